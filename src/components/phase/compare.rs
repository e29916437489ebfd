//! "Your scenario beside history": what the student changed and what it did.

use super::{condition_name, PhaseProps};
use crate::components::{side_name, signed, TableWrap};
use crate::content::{course, msg, Content};
use crate::model::{Scenario, SideResult};
use crate::store::use_store;
use yew::prelude::*;

/// For one side, the factors whose points differ between history and the scenario.
fn explain_change(content: &Content, before: &SideResult, after: &SideResult) -> Vec<String> {
    before
        .reasons
        .iter()
        .zip(&after.reasons)
        .filter(|(b, a)| b.points != a.points)
        .map(|(b, a)| {
            msg::compare_move(
                content.factor(b.factor).name,
                content.level(b.factor, b.level).label,
                signed(b.points),
                content.level(a.factor, a.level).label,
                signed(a.points),
            )
        })
        .collect()
}

#[function_component(Compare)]
pub fn compare(p: &PhaseProps) -> Html {
    let store = use_store();
    let c = course();
    let m = &c.model;
    let n = p.phase;
    let board: &Scenario = store.lesson.board(n);
    let preset = m.preset(n).expect("preset");
    let changed = m.changes(preset, board);
    if changed.is_empty() {
        return html! {};
    }
    let (h, y) = (m.assess(preset), m.assess(board));
    let ripe = |r: bool| {
        if r {
            msg::compare_ripe()
        } else {
            msg::compare_not_ripe()
        }
    };
    html! {
        <section aria-labelledby="compare-title" class="compare card">
            <h2 id="compare-title">{ msg::compare_title() }</h2>
            <TableWrap label={msg::compare_forces_label()}>
                <table>
                    <caption>{ msg::compare_forces_caption(changed.len()) }</caption>
                    <thead><tr>
                        <th scope="col">{ msg::compare_force() }</th>
                        <th scope="col">{ msg::compare_history() }</th>
                        <th scope="col">{ msg::compare_yours() }</th>
                    </tr></thead>
                    <tbody>
                        { for changed.iter().map(|&i| html! {
                            <tr>
                                <th scope="row">{ c.content.factor(i).name }</th>
                                <td>{ c.content.level(i, preset.0[i]).label }</td>
                                <td><strong>{ c.content.level(i, board.0[i]).label }</strong></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </TableWrap>
            <h3>{ msg::compare_conditions() }</h3>
            <ul class="compare-list">
                { for h.conditions.iter().zip(&y.conditions).map(|(hc, yc)| {
                    let verdict = match (hc.holds, yc.holds) {
                        (true, false) => msg::compare_lost(),
                        (false, true) => msg::compare_gained(),
                        (true, true) => msg::compare_both(),
                        (false, false) => msg::compare_neither(),
                    };
                    let moves: Vec<String> = hc.sides.iter().zip(&yc.sides)
                        .flat_map(|(hs, ys)| {
                            let two = hc.sides.len() > 1;
                            explain_change(c.content, hs, ys).into_iter().map(move |e| {
                                if two { msg::compare_side_move(e, side_name(hs.side())) } else { e }
                            })
                        })
                        .collect();
                    html! {
                        <li class={classes!((hc.holds != yc.holds).then_some("flipped"))}>
                            <strong>{ condition_name(hc.id) }</strong>{ msg::compare_verdict_words(verdict) }
                            if !moves.is_empty() {
                                <ul>{ for moves.iter().map(|mv| html! { <li>{ mv }</li> }) }</ul>
                            }
                        </li>
                    }
                }) }
                <li>
                    <strong>{ msg::table_verdict() }</strong>
                    { msg::compare_verdict(ripe(h.ripe), ripe(y.ripe)) }
                </li>
            </ul>
        </section>
    }
}
