//! The ripeness panel: the verdict, the four conditions, each side's score on its scale
//! and the "why?" list; and the compact strip that keeps the verdict in view on phones.

use super::{condition_name, PhaseProps};
use crate::components::{
    css_pct, entry_click, entry_href, side_name, signed, Cites, ConditionsByPhase, ParaView,
};
use crate::content::{course, msg};
use crate::model::{SideResult, Test};
use crate::store::{use_dispatch, use_store};
use yew::prelude::*;

#[function_component(Panel)]
pub fn panel(p: &PhaseProps) -> Html {
    let store = use_store();
    let links = use_dispatch();
    let c = course();
    let m = &c.model;
    let n = p.phase;
    let board = store.lesson.board(n);
    let a = m.assess(board);
    let revealed = store.lesson.revealed(n);
    let holding = a.conditions.iter().filter(|x| x.holds).count();
    let at_history = m.preset(n) == Some(board);
    let outcome = c.content.phase(n).map(|ph| &ph.outcome);

    html! {
        // data-board: the levels the panel shows, for the benchmark to see it has caught up.
        <section class={classes!("panel", (!revealed).then_some("covered"))} aria-labelledby="panel-title"
            data-board={board.0.iter().map(|l| char::from(b'0' + l)).collect::<String>()}>
            <h3 id="panel-title">{ msg::panel_title() }</h3>
            <div class={classes!("verdict", if a.ripe { "is-ripe" } else { "not-ripe" })} data-ripe={a.ripe.to_string()}>
                if revealed {
                    <span class="verdict-mark" aria-hidden="true">{ if a.ripe { "✓" } else { "✗" } }</span>
                    <span class="verdict-text">
                        <strong>{ if a.ripe { msg::verdict_ripe() } else { msg::verdict_not_ripe() } }</strong>
                        { msg::panel_holding(holding as i64) }
                    </span>
                } else {
                    <span class="verdict-mark" aria-hidden="true">{ "?" }</span>
                    <span class="verdict-text">{ msg::panel_hidden() }</span>
                }
            </div>
            <ul class="conditions">
                { for a.conditions.iter().map(|cr| html! {
                    <ConditionCard id={cr.id} revealed={revealed}
                        sides={cr.sides.iter().map(SideData::from).collect::<Vec<_>>()} />
                }) }
            </ul>
            <p class="model-link">
                <a href={entry_href("model")} onclick={entry_click(&links, "model".to_string())}>
                    { msg::panel_model_link() }
                </a>
            </p>
            if revealed {
                if at_history {
                    if let Some(o) = outcome {
                        <div class="history-note">
                            <h4>{ msg::panel_meant() }</h4>
                            <ParaView para={o} />
                        </div>
                    }
                } else {
                    <p class="history-note">{ msg::panel_differs() }</p>
                }
                <ConditionsByPhase caption={msg::panel_table_caption()}
                    board={Some(board.clone())} />
            }
        </section>
    }
}

/// A slim strip that stays at the foot of the screen on narrow screens, so the verdict
/// is in sight while the student moves the forces. It repeats the panel, so it is hidden
/// from assistive technology (the live region already announces changes).
#[function_component(MiniVerdict)]
pub fn mini_verdict(p: &PhaseProps) -> Html {
    let store = use_store();
    let m = &course().model;
    let a = m.assess(store.lesson.board(p.phase));
    html! {
        <div class="mini-verdict" aria-hidden="true">
            if store.lesson.revealed(p.phase) {
                <strong>{ if a.ripe { msg::mini_ripe() } else { msg::mini_not_ripe() } }</strong>
                { for a.conditions.iter().map(|c| html! {
                    <span class={if c.holds { "mv holds" } else { "mv fails" }}>
                        { if c.holds { "✓ " } else { "✗ " } }
                        // Haass's one-word names on a phone, so the strip stays small.
                        <span class="mv-long">{ condition_name(c.id) }</span>
                        <span class="mv-short">{ short_name(c.id) }</span>
                    </span>
                }) }
            } else {
                <span>{ msg::mini_predict_first() }</span>
            }
        </div>
    }
}

/// Haass's one-word name of a condition ("Capacity").
fn short_name(id: &str) -> &'static str {
    match id {
        "process" => msg::mini_process(),
        "concessions" => msg::mini_concessions(),
        "capacity" => msg::mini_capacity(),
        _ => msg::mini_desirability(),
    }
}

#[derive(Properties, PartialEq)]
struct ConditionProps {
    id: &'static str,
    revealed: bool,
    sides: Vec<SideData>,
}

#[function_component(ConditionCard)]
fn condition_card(p: &ConditionProps) -> Html {
    let c = course();
    let holds = p.sides.iter().all(|s| s.holds);
    let text = c.content.conditions.iter().find(|t| t.id == p.id);
    let two_sided = p.sides.len() > 1;

    html! {
        <li class={classes!("condition", if holds { "holds" } else { "fails" })}
            data-condition={p.id} data-holds={holds.to_string()}>
            <div class="condition-head">
                <h4>{ condition_name(p.id) }</h4>
                if p.revealed {
                    <p class="status">
                        <span class="status-mark" aria-hidden="true">{ if holds { "✓" } else { "✗" } }</span>
                        { if holds { msg::panel_holds() } else { msg::panel_does_not_hold() } }
                    </p>
                } else {
                    <p class="status hidden-status">{ msg::panel_status_hidden() }</p>
                }
            </div>
            if let Some(t) = text { <p class="condition-short">{ t.short }</p> }
            if p.revealed {
                { for p.sides.iter().map(|s| html! { <SideView side={s.clone()} two_sided={two_sided} condition={p.id} /> }) }
            }
        </li>
    }
}

/// A side's result without borrowed lifetimes, for props.
#[derive(PartialEq, Clone)]
struct SideData {
    rule: usize,
    side: String,
    score: i32,
    min: i32,
    max: i32,
    test: Test,
    holds: bool,
    gap: i32,
    position: &'static str,
    /// (factor, level, points, contribution).
    reasons: Vec<crate::model::Reason>,
}

impl From<&SideResult<'_>> for SideData {
    fn from(s: &SideResult<'_>) -> SideData {
        SideData {
            rule: s.rule_index,
            side: s.side().to_string(),
            score: s.score,
            min: s.min,
            max: s.max,
            test: s.test,
            holds: s.holds,
            gap: s.gap,
            position: s.position(),
            reasons: s.reasons.clone(),
        }
    }
}

#[derive(Properties, PartialEq)]
struct SideProps {
    side: SideData,
    two_sided: bool,
    condition: &'static str,
}

/// One side's score on its scale, in words and as a bar, with the "why?" list.
#[function_component(SideView)]
fn side_view(p: &SideProps) -> Html {
    let s = &p.side;
    let content = course().content;
    let rule = &content.model.rules[s.rule];
    let span = i64::from((s.max - s.min).max(1));
    let pct = |v: i32| css_pct(i64::from(v - s.min), span, 1);
    let words = match s.test {
        Test::AtLeast(t) => {
            if s.holds {
                msg::panel_met(i64::from(s.score), t)
            } else {
                msg::panel_short(s.gap, i64::from(s.score), t)
            }
        }
        Test::Band { weak, strong } => {
            let pos = match s.position {
                "strong" => msg::panel_strong_enough(),
                "weak" => msg::panel_weak_enough(),
                _ => msg::panel_in_between(),
            };
            msg::panel_position(pos, signed(s.score), signed(strong), signed(weak))
        }
    };
    let bar = match s.test {
        Test::AtLeast(t) => html! {
            <div class="bar" aria-hidden="true">
                <div class="bar-fill" style={format!("width:{}", pct(s.score))}></div>
                <div class="bar-mark" style={format!("left:{}", pct(t))} title={msg::panel_threshold()}></div>
            </div>
        },
        Test::Band { weak, strong } => html! {
            <div class="bar band" aria-hidden="true">
                <div class="zone weak" style={format!("width:{}", pct(weak))}></div>
                <div class="zone strong" style={format!("left:{};width:{}", pct(strong), css_pct(i64::from(s.max - strong), span, 1))}></div>
                <div class="bar-dot" style={format!("left:{}", pct(s.score))}></div>
            </div>
        },
    };
    let mut pushing: Vec<_> = s.reasons.iter().filter(|r| r.points != 0).collect();
    crate::small::sort_by_key(&mut pushing, |r| -r.points.abs());
    let neutral: Vec<&str> = s
        .reasons
        .iter()
        .filter(|r| r.points == 0)
        .map(|r| content.factor(r.factor).name.get())
        .collect();
    let label = if p.two_sided {
        side_name(&s.side)
    } else {
        rule.scale.get()
    };

    html! {
        <div class={classes!("side", if s.holds { "holds" } else { "fails" })} data-side={s.side.clone()} data-side-holds={s.holds.to_string()}>
            <p class="side-line">
                if p.two_sided {
                    <span class="side-mark" aria-hidden="true">{ if s.holds { "✓" } else { "✗" } }</span>
                }
                <strong>{ msg::panel_side_label(label) }</strong>{ words }
            </p>
            { bar }
            if matches!(s.test, Test::Band { .. }) {
                <div class="band-labels" aria-hidden="true"><span>{ msg::panel_band_weak() }</span><span>{ msg::panel_band_between() }</span><span>{ msg::panel_band_strong() }</span></div>
            }
            <details class="why">
                <summary>{ msg::panel_why() }<span class="visually-hidden">{ msg::panel_why_hidden(condition_name(p.condition), label) }</span></summary>
                <ParaView para={&rule.summary} class="rule" />
                <ul class="reasons">
                    { for pushing.iter().map(|r| {
                        let why = content.reason(s.rule, r.contribution);
                        html! {
                            <li class={if r.points > 0 { "up" } else { "down" }}>
                                <span class="points">{ signed(r.points) }</span>
                                <span>
                                    <strong>{ msg::panel_reason(content.factor(r.factor).name, content.level(r.factor, r.level).label) }</strong>
                                    { why.why }{ " " }<Cites cites={std::slice::from_ref(&why.cite)} />
                                </span>
                            </li>
                        }
                    }) }
                </ul>
                if !neutral.is_empty() {
                    <p class="muted">{ msg::panel_no_effect(neutral.join(", ")) }</p>
                }
            </details>
        </div>
    }
}
