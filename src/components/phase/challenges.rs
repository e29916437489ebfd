//! Guided challenges: a goal to reach on the board, or to judge impossible.

use super::PhaseProps;
use crate::components::Cites;
use crate::content::{course, msg};
use crate::state::Action;
use crate::store::{dispatch, use_store};
use yew::prelude::*;

#[function_component(Challenges)]
pub fn challenges(p: &PhaseProps) -> Html {
    let store = use_store();
    let c = course();
    let m = &c.model;
    let n = p.phase;
    let list: Vec<_> = c
        .content
        .challenges
        .iter()
        .filter(|ch| ch.phase == n)
        .collect();
    if list.is_empty() {
        return html! {};
    }
    let board = store.lesson.board(n);
    let preset = m.preset(n).expect("preset");
    html! {
        <section aria-labelledby="challenges-title" class="challenges">
            <h2 id="challenges-title">{ msg::challenge_title() }</h2>
            <div class="grid">
                { for list.into_iter().map(|ch| {
                    let id = ch.id.to_string();
                    let active = store.lesson.active_challenge.as_deref() == Some(ch.id);
                    let record = store.lesson.challenges.get(ch.id).cloned().unwrap_or_default();
                    let start = { let store = store.clone(); let id = id.clone(); Callback::from(move |_| dispatch(&store, Action::StartChallenge(id.clone()))) };
                    let stop = { let store = store.clone(); Callback::from(move |_| dispatch(&store, Action::EndChallenge)) };
                    let claim = { let store = store.clone(); let id = id.clone(); Callback::from(move |_| dispatch(&store, Action::ClaimImpossible(id.clone()))) };
                    let changes = m.changes(preset, board).len();
                    html! {
                        <article class={classes!("challenge", "card", active.then_some("active"), record.done.then_some("done"))} data-challenge={ch.id}>
                            <h3 id={format!("ch-{}-title", ch.id)}>
                                if record.done { <span aria-hidden="true">{ "✓ " }</span> }
                                { ch.title }
                                if record.done { <span class="visually-hidden">{ msg::challenge_done_hidden() }</span> }
                            </h3>
                            <p>{ ch.prompt }</p>
                            if active {
                                <p class="challenge-status">{ match changes {
                                    0 => msg::challenge_working_none().to_string(),
                                    k => msg::challenge_working(k as i64),
                                } }</p>
                                <p class="challenge-actions">
                                    if ch.impossible && !record.done {
                                        <button type="button" onclick={claim}>{ msg::challenge_claim() }</button>
                                    }
                                    <button type="button" class="secondary" onclick={stop}>{ msg::challenge_stop() }</button>
                                </p>
                            } else {
                                <p class="challenge-actions">
                                    <button type="button" class="secondary" onclick={start} aria-describedby={format!("ch-{}-title", ch.id)}>
                                        { if record.done { msg::challenge_again() } else { msg::challenge_start() } }
                                    </button>
                                </p>
                            }
                            if record.done {
                                <div class="challenge-done" role="note">
                                    <p><strong>{ "✓ " }</strong>{ ch.success }</p>
                                    if !ch.impossible && ch.goal.ripe == Some(true) && ch.goal.max_changes.is_none() {
                                        <FewestNote phase={n} id={ch.id} used={record.changes} />
                                    }
                                    <p>{ ch.explain }{ " " }<Cites cites={ch.cite} /></p>
                                </div>
                            }
                        </article>
                    }
                }) }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct FewestProps {
    phase: u8,
    id: &'static str,
    used: usize,
}

/// "You used k changes; the fewest possible is m", computed once per challenge.
#[function_component(FewestNote)]
fn fewest_note(p: &FewestProps) -> Html {
    let fewest = use_memo((p.phase, p.id), |(phase, id)| {
        let c = course();
        let ch = c.content.challenge(id)?;
        let start = c.model.preset(*phase)?;
        c.model
            .fewest_changes(&ch.goal(), start, 4)
            .map(|s| c.model.changes(start, &s).len())
    });
    match *fewest {
        Some(k) => html! { <p>{ msg::challenge_fewest(k, p.used as i64) }</p> },
        None => html! {},
    }
}
