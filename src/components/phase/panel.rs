//! The ripeness panel, beside the board: first the student's prediction (the four
//! conditions to mark, then Reveal); once revealed, the verdict, each condition with its
//! sides' scores on their scales and the "why?" list, the student's prediction marked on
//! each; and the challenge being worked on, at the top, travelling with the panel. The
//! compact strip keeps the verdicts in view on phones.

use super::{challenges::GoalBar, condition_name, PhaseProps};
use crate::components::{css_pct, entry_click, entry_href, side_name, signed, Cites, ParaView};
use crate::content::{course, msg};
use crate::model::{SideResult, Test, CONDITIONS};
use crate::state::Action;
use crate::store::{dispatch, use_dispatch, use_store};
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
    let pred = store
        .lesson
        .predictions
        .get(&n)
        .cloned()
        .unwrap_or_default();
    let reveal = {
        let store = store.clone();
        Callback::from(move |_| dispatch(&store, Action::Reveal(n)))
    };
    let right = CONDITIONS
        .iter()
        .filter(|k| {
            pred.guesses.get(**k).is_some() && pred.guesses.get(**k) == pred.actual.get(**k)
        })
        .count();

    html! {
        // data-board: the levels the panel shows, for the benchmark to see it has caught up.
        <section class={classes!("panel", (!revealed).then_some("covered"))} aria-labelledby="panel-title"
            data-board={board.0.iter().map(|l| char::from(b'0' + l)).collect::<String>()}>
            <GoalBar phase={n} />
            <h3 id="panel-title">{ if revealed { msg::panel_title() } else { msg::predict_title() } }</h3>
            <div class={classes!("verdict", if a.ripe { "is-ripe" } else { "not-ripe" })} data-ripe={a.ripe.to_string()}>
                if revealed {
                    <span class="verdict-mark" aria-hidden="true">{ if a.ripe { "✓" } else { "✗" } }</span>
                    <span class="verdict-text">
                        <strong>{ if a.ripe { msg::verdict_ripe() } else { msg::verdict_not_ripe() } }</strong>
                        { msg::panel_holding(holding as i64) }
                    </span>
                } else {
                    <span class="verdict-mark" aria-hidden="true">{ "?" }</span>
                    <span class="verdict-text">{ msg::predict_intro() }</span>
                }
            </div>
            if revealed {
                <p id={format!("prediction-result-{n}")} tabindex="-1" class="prediction-score">
                    { msg::predict_score(right as i64) }
                </p>
            }
            <ul class="conditions">
                { for a.conditions.iter().map(|cr| {
                    let guess = pred.guesses.get(cr.id).copied();
                    html! {
                        <ConditionCard phase={n} id={cr.id} revealed={revealed} {guess}
                            sides={cr.sides.iter().map(SideData::from).collect::<Vec<_>>()} />
                    }
                }) }
            </ul>
            if !revealed {
                <button type="button" class="reveal" onclick={reveal}>
                    { if pred.guesses.len() == 4 { msg::predict_reveal().to_string() } else { msg::predict_reveal_partial(pred.guesses.len()) } }
                </button>
            } else {
                <p class="model-link">
                    <a href={entry_href("model")} onclick={entry_click(&links, "model".to_string())}>
                        { msg::panel_model_link() }
                    </a>
                </p>
            }
        </section>
    }
}

/// The four verdicts at a glance, in a strip that stays at the foot of the screen on
/// phones while the student moves the forces. Each opens its condition's "why?".
#[function_component(MiniVerdict)]
pub fn mini_verdict(p: &PhaseProps) -> Html {
    let store = use_store();
    let m = &course().model;
    let a = m.assess(store.lesson.board(p.phase));
    if !store.lesson.revealed(p.phase) {
        return html! {};
    }
    html! {
        <nav class="mini-verdict" aria-label={msg::mini_label()}>
            <strong aria-hidden="true">{ if a.ripe { msg::mini_ripe() } else { msg::mini_not_ripe() } }</strong>
            { for a.conditions.iter().map(|c| {
                let why = format!("why-{}", c.id);
                let onclick = Callback::from(move |_| crate::web::open_details(&why));
                html! {
                    <button type="button" class={if c.holds { "mv holds" } else { "mv fails" }} {onclick}
                        aria-label={msg::mini_why(condition_name(c.id), if c.holds { msg::panel_holds() } else { msg::panel_does_not_hold() })}>
                        <span aria-hidden="true">{ if c.holds { "✓ " } else { "✗ " } }</span>
                        // Haass's one-word names on a phone, so the strip stays small.
                        <span class="mv-long" aria-hidden="true">{ condition_name(c.id) }</span>
                        <span class="mv-short" aria-hidden="true">{ short_name(c.id) }</span>
                    </button>
                }
            }) }
        </nav>
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
    phase: u8,
    id: &'static str,
    revealed: bool,
    /// The student's prediction for this condition.
    guess: Option<bool>,
    sides: Vec<SideData>,
}

#[function_component(ConditionCard)]
fn condition_card(p: &ConditionProps) -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_dispatch();
    let c = course();
    let holds = p.sides.iter().all(|s| s.holds);
    let text = c.content.conditions.iter().find(|t| t.id == p.id);
    let two_sided = p.sides.len() > 1;
    let (n, cid) = (p.phase, p.id);

    if !p.revealed {
        // The prediction: two radio buttons, no verdict anywhere.
        let name = format!("predict-{n}-{cid}");
        let radio = |value: bool, label: &'static str| {
            let store = store.clone();
            let onchange = Callback::from(move |_| {
                dispatch(
                    &store,
                    Action::Guess {
                        phase: n,
                        condition: cid.to_string(),
                        holds: value,
                    },
                )
            });
            let id = format!("{name}-{value}");
            html! {
                <span class="choice">
                    <input type="radio" id={id.clone()} name={name.clone()}
                        checked={p.guess == Some(value)} {onchange} />
                    <label for={id}>{ label }</label>
                </span>
            }
        };
        return html! {
            <li class="condition predict-condition" id={format!("cond-{cid}")}
                data-condition={cid} data-holds={holds.to_string()}>
                <fieldset>
                    <legend>{ condition_name(cid) }</legend>
                    if let Some(t) = text { <p class="condition-short">{ t.short }</p> }
                    <span class="choices">
                        { radio(true, msg::predict_held()) }
                        { radio(false, msg::predict_did_not_hold()) }
                    </span>
                </fieldset>
            </li>
        };
    }

    // Right, wrong, or not predicted (a dash, not a cross).
    let (class, mark, said) = match p.guess {
        None => ("none", "–", msg::predict_none()),
        Some(g) if g == holds => (
            "right",
            "✓",
            if g {
                msg::predict_you_said_held()
            } else {
                msg::predict_you_said_not()
            },
        ),
        Some(g) => (
            "wrong",
            "✗",
            if g {
                msg::predict_you_said_held()
            } else {
                msg::predict_you_said_not()
            },
        ),
    };
    let verdict_words = match p.guess {
        None => "",
        Some(g) if g == holds => msg::predict_correct(),
        Some(_) => msg::predict_not_correct(),
    };
    html! {
        <li class={classes!("condition", if holds { "holds" } else { "fails" })} id={format!("cond-{cid}")}
            data-condition={cid} data-holds={holds.to_string()}>
            <h4>{ condition_name(cid) }</h4>
            <p class="condition-status">
                <span class="status">
                    <span class="status-mark" aria-hidden="true">{ if holds { "✓" } else { "✗" } }</span>
                    { if holds { msg::panel_holds() } else { msg::panel_does_not_hold() } }
                </span>
                { " " }
                <span class={classes!("your-guess", class)}>
                    <span aria-hidden="true" class="mark">{ mark }</span>{ " " }{ said }
                    <span class="visually-hidden">{ verdict_words }</span>
                </span>
            </p>
            { for p.sides.iter().map(|s| html! { <SideView side={s.clone()} two_sided={two_sided} condition={cid} /> }) }
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
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
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
        Test::Band { .. } => {
            let pos = match s.position {
                "strong" => msg::panel_strong_enough(),
                "weak" => msg::panel_weak_enough(),
                _ => msg::panel_in_between(),
            };
            msg::panel_position(pos, signed(s.score))
        }
    };
    // Where a leader qualifies, in words: the band's scale, inside the "why?".
    let qualifies = match s.test {
        Test::Band { weak, strong } => Some(msg::panel_qualifies(signed(strong), signed(weak))),
        Test::AtLeast(_) => None,
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
    // The first side's "why?" is the one the strip's buttons open.
    let why_id = (!p.two_sided || s.side == "government").then(|| format!("why-{}", p.condition));

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
            <details class="why" id={why_id}>
                <summary>{ msg::panel_why() }<span class="visually-hidden">{ msg::panel_why_hidden(condition_name(p.condition), label) }</span></summary>
                <ParaView para={&rule.summary} class="rule" />
                if let Some(q) = qualifies { <p class="qualifies">{ q }</p> }
                <ul class="reasons">
                    { for pushing.iter().map(|r| {
                        let why = content.reason(s.rule, r.contribution);
                        html! {
                            <li class={if r.points > 0 { "up" } else { "down" }}>
                                <span class="points">{ signed(r.points) }</span>
                                <span>
                                    <strong>{ msg::panel_reason(content.factor(r.factor).name, content.level(r.factor, r.level).label) }</strong>
                                    { crate::components::words(why.why.get()) }{ " " }<Cites cites={std::slice::from_ref(&why.cite)} />
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
