//! A phase screen: the story, predict-first, the factor board, the ripeness panel,
//! the comparison with history, guided challenges and questions.

use super::{
    entry_click, entry_href, linked, mentions, side_name, signed, Cites, ConditionsByPhase,
    NextPrev, ParaView, TableWrap,
};
use crate::app::{course, dispatch, Store};
use crate::model::{ConditionResult, Scenario, SideResult, Test, CONDITIONS, TIERS};
use crate::query::Screen;
use crate::state::{capitalise, Action};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PhaseProps {
    pub phase: u8,
}

fn condition_name(id: &str) -> String {
    course().content.condition_name(id).to_string()
}

fn tier_name(id: &str) -> String {
    course()
        .content
        .tiers
        .iter()
        .find(|t| t.id == id)
        .map(|t| t.name.clone())
        .unwrap_or_else(|| capitalise(id))
}

/// "1 point", "3 points".
fn points(n: i32) -> String {
    if n.abs() == 1 {
        format!("{n} point")
    } else {
        format!("{n} points")
    }
}

#[function_component(PhaseScreen)]
pub fn phase_screen(p: &PhaseProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let c = course();
    let n = p.phase;
    let Some(ph) = c.content.phase(n) else {
        return html! { <h1 id="screen-title" tabindex="-1">{ "No such phase" }</h1> };
    };
    let revealed = store.lesson.revealed(n);
    // Glossary links: the narrative, the events, then the analysis (shown last).
    let texts: Vec<&str> = ph
        .narrative
        .iter()
        .map(|p| p.text.as_str())
        .chain(ph.events.iter().map(|e| e.text.as_str()))
        .chain(ph.analysis.iter().map(|p| p.text.as_str()))
        .collect();
    let found = mentions(&texts);
    let (narrative_m, rest) = found.split_at(ph.narrative.len());
    let (events_m, analysis_m) = rest.split_at(ph.events.len());

    html! {
        <article class="screen phase">
            <header class="screen-head">
                <p class="eyebrow">{ format!("Phase {n} of 3 · {}", ph.span) }</p>
                <h1 id="screen-title" tabindex="-1">{ &ph.title }</h1>
                <p class="lede">{ &ph.summary.text }</p>
                // A long story and many citations come first: let keyboard users jump.
                <nav class="on-page" aria-label="On this page">
                    <a href="#predict-title">{ "Predict" }</a>
                    <a href="#explore-title">{ "Explore the forces" }</a>
                    <a href="#challenges-title">{ "Challenges" }</a>
                    <a href="#quiz-title">{ "Questions" }</a>
                </nav>
            </header>

            <div class="two-col story">
                <section aria-labelledby="story-title">
                    <h2 id="story-title">{ "What happened" }</h2>
                    { for ph.narrative.iter().zip(narrative_m).map(|(para, m)| html! { <ParaView para={para.clone()} mentions={m.clone()} /> }) }
                    if !revealed {
                        <p class="muted analysis-later">{ "How the sources explain this phase follows once you have made your prediction below." }</p>
                    }
                </section>
                <section aria-labelledby="events-title" class="events">
                    <h2 id="events-title">{ "Key events" }</h2>
                    <ol class="event-list">
                        { for ph.events.iter().zip(events_m).map(|(e, m)| html! {
                            <li>
                                <p class="event-date">
                                    <strong>{ &e.date }</strong>
                                    if let Some(place) = &e.place { { format!(" · {place}") } }
                                </p>
                                <p class="event-title">{ &e.title }</p>
                                <p>{ linked(&store, &e.text, m) }{ " " }<Cites cites={e.cite.clone()} /></p>
                                if let Some(d) = &e.disputed {
                                    <p class="disputed"><strong>{ "Sources differ: " }</strong>{ d }</p>
                                }
                            </li>
                        }) }
                    </ol>
                </section>
            </div>

            <Predict phase={n} />

            if revealed {
                <section aria-labelledby="analysis-title" class="analysis">
                    <h2 id="analysis-title">{ "Why it went this way: the analysis" }</h2>
                    { for ph.analysis.iter().zip(analysis_m).map(|(para, m)| html! { <ParaView para={para.clone()} mentions={m.clone()} /> }) }
                </section>
            }

            <section aria-labelledby="explore-title" class="explore">
                <h2 id="explore-title">{ "Explore the forces" }</h2>
                <p class="muted">
                    { "The board starts at history: the forces as the sources describe them in this phase. Move a control to ask \u{201c}what if?\u{201d}; the panel recalculates at once." }
                </p>
                <div class="explore-grid">
                    <Board phase={n} />
                    <Panel phase={n} />
                </div>
                <MiniVerdict phase={n} />
            </section>

            if revealed {
                <Compare phase={n} />
            }

            <Challenges phase={n} />
            <Quiz phase={n} />
            <NextPrev screen={Screen::Phase(n)} />
        </article>
    }
}

// ───────────────────────────── Predict first ─────────────────────────────

#[function_component(Predict)]
fn predict(p: &PhaseProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let n = p.phase;
    let pred = store
        .lesson
        .predictions
        .get(&n)
        .cloned()
        .unwrap_or_default();
    let guessed = pred.guesses.len();
    let reveal = {
        let store = store.clone();
        Callback::from(move |_| dispatch(&store, Action::Reveal(n)))
    };

    html! {
        <section aria-labelledby="predict-title" class="predict card">
            <h2 id="predict-title">{ "Predict first" }</h2>
            if !pred.revealed {
                <p>{ "Before you look at the model: in the situation on the board, which of Haass's four conditions do you think held? Choose for each, then reveal the answer." }</p>
                <div class="predict-grid">
                    { for CONDITIONS.iter().map(|&cid| {
                        let name = format!("predict-{n}-{cid}");
                        let choice = pred.guesses.get(cid).copied();
                        let radio = |value: bool, label: &'static str| {
                            let store = store.clone();
                            let onchange = Callback::from(move |_| dispatch(&store, Action::Guess {
                                phase: n, condition: cid.to_string(), holds: value,
                            }));
                            let id = format!("{name}-{value}");
                            html! {
                                <span class="choice">
                                    <input type="radio" id={id.clone()} name={name.clone()}
                                        checked={choice == Some(value)} {onchange} />
                                    <label for={id}>{ label }</label>
                                </span>
                            }
                        };
                        html! {
                            <fieldset>
                                <legend>{ condition_name(cid) }</legend>
                                { radio(true, "Held") }
                                { radio(false, "Did not hold") }
                            </fieldset>
                        }
                    }) }
                </div>
                <button type="button" onclick={reveal}>
                    { if guessed == 4 { "Reveal the answer".to_string() } else { format!("Reveal the answer ({guessed} of 4 predicted)") } }
                </button>
            } else {
                <div id={format!("prediction-result-{n}")} tabindex="-1" class="prediction-summary">
                <p>{ "Your prediction, compared with the model:" }</p>
                <ul class="prediction-result">
                    { for CONDITIONS.iter().map(|&cid| {
                        let guess = pred.guesses.get(cid).copied();
                        let actual = pred.actual.get(cid).copied().unwrap_or(false);
                        let said = match guess { Some(true) => "you said it held", Some(false) => "you said it did not", None => "no prediction" };
                        let is = if actual { "it held" } else { "it did not hold" };
                        // Right, wrong, or not predicted (a dash, not a cross).
                        let (class, mark, words) = match guess {
                            None => ("none", "–", ""),
                            Some(g) if g == actual => ("right", "✓", " Correct."),
                            Some(_) => ("wrong", "✗", " Not correct."),
                        };
                        html! {
                            <li class={class}>
                                <span aria-hidden="true" class="mark">{ mark }</span>
                                <strong>{ condition_name(cid) }</strong>{ format!(": {said}; {is}.") }
                                <span class="visually-hidden">{ words }</span>
                            </li>
                        }
                    }) }
                </ul>
                </div>
            }
        </section>
    }
}

// ───────────────────────────── The factor board ─────────────────────────────

#[function_component(Board)]
fn board(p: &PhaseProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let m = &course().model;
    let n = p.phase;
    let board = store.lesson.board(n).clone();
    let preset = m.preset(n).expect("preset").clone();
    let changed = m.changes(&preset, &board).len();
    let reset = {
        let store = store.clone();
        Callback::from(move |_| dispatch(&store, Action::ResetBoard(n)))
    };

    html! {
        <div class="board" aria-labelledby="board-title">
            <div class="board-head">
                <h3 id="board-title">{ "The forces" }</h3>
                <p class="board-status" aria-live="off">
                    if changed == 0 {
                        <span>{ "As in history" }</span>
                    } else {
                        <span class="changed-count">{ format!("✎ {changed} changed from history") }</span>
                    }
                </p>
                // aria-disabled, not disabled: a disabled button would drop the focus it has.
                <button type="button" class="secondary small" onclick={reset} aria-disabled={(changed == 0).to_string()}>
                    { "Reset to history" }
                </button>
            </div>
            { for TIERS.iter().map(|&tier| html! {
                <fieldset class="tier">
                    <legend>{ tier_name(tier) }</legend>
                    { for m.factors.iter().enumerate().filter(|(_, f)| f.tier == tier).map(|(i, _)| html! {
                        <FactorControl phase={n} index={i} level={board.0[i]} history={preset.0[i]}
                            locked={store.lesson.frame.is_locked(i)} />
                    }) }
                </fieldset>
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FactorProps {
    phase: u8,
    index: usize,
    level: u8,
    history: u8,
    /// Locked by the link (an instructor's `lock=`): shown but not changeable.
    locked: bool,
}

#[function_component(FactorControl)]
fn factor_control(p: &FactorProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let c = course();
    let f = &c.model.factors[p.index];
    let (phase, index) = (p.phase, p.index);
    let max = f.levels.len() - 1;
    let level = &f.levels[usize::from(p.level)];
    let changed = p.level != p.history;
    let id = format!("f-{}", f.id);
    let oninput = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(level) = input.value().parse::<u8>() {
                dispatch(
                    &store,
                    Action::SetLevel {
                        phase,
                        factor: index,
                        level,
                    },
                );
            }
        })
    };
    // Counted from one, as people count: "Secure, level 1 of 3".
    let valuetext = format!("{}, level {} of {}", level.label, p.level + 1, max + 1);
    let why = c.model.preset_reason(phase, &f.id);

    html! {
        <div class={classes!("factor", changed.then_some("changed"))} data-factor={f.id.clone()}
             data-changed={changed.to_string()}>
            <div class="factor-top">
                <label for={id.clone()}>{ &f.name }</label>
                if p.locked {
                    <span class="badge locked-badge"><LockIcon />{ "locked" }</span>
                } else if changed {
                    <span class="badge changed-badge">{ "✎ changed" }</span>
                }
            </div>
            <input type="range" id={id.clone()} min="0" max={max.to_string()} step="1"
                value={p.level.to_string()} aria-valuetext={valuetext} disabled={p.locked}
                aria-describedby={format!("{id}-now")} {oninput} />
            <div class="scale-ends" aria-hidden="true">
                <span>{ &f.levels[0].label }</span>
                <span>{ &f.levels[max].label }</span>
            </div>
            <p class="factor-now" id={format!("{id}-now")}>
                <output for={id.clone()}>{ &level.label }</output>
                if changed {
                    <span class="muted">{ format!(" · history: {}", f.levels[usize::from(p.history)].label) }</span>
                }
                if p.locked {
                    <span class="muted">{ " · Locked by your instructor for this activity." }</span>
                }
            </p>
            <details class="about">
                <summary>{ "About this force" }<span class="visually-hidden">{ format!(": {}", f.name) }</span></summary>
                <p>{ &f.measures.text }</p>
                <p><strong>{ format!("{}: ", level.label) }</strong>{ &level.description }{ " " }<Cites cites={level.cite.clone()} /></p>
                if let Some(w) = why {
                    <p><strong>{ format!("In history ({}): ", f.levels[usize::from(w.level)].label) }</strong>
                        { &w.why }{ " " }<Cites cites={vec![w.cite.clone()]} /></p>
                }
            </details>
        </div>
    }
}

/// A padlock drawn inline: emoji fonts are missing on many school machines.
#[function_component(LockIcon)]
fn lock_icon() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
            <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
    }
}

// ───────────────────────────── The ripeness panel ─────────────────────────────

#[function_component(Panel)]
fn panel(p: &PhaseProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let c = course();
    let m = &c.model;
    let n = p.phase;
    let board = store.lesson.board(n);
    let a = m.assess(board);
    let revealed = store.lesson.revealed(n);
    let holding = a.conditions.iter().filter(|x| x.holds).count();
    let at_history = m.preset(n) == Some(board);
    let outcome = c.content.phase(n).map(|ph| ph.outcome.clone());

    html! {
        <section class={classes!("panel", (!revealed).then_some("covered"))} aria-labelledby="panel-title">
            <h3 id="panel-title">{ "Ripeness: Haass's four conditions" }</h3>
            <div class={classes!("verdict", if a.ripe { "is-ripe" } else { "not-ripe" })} data-ripe={a.ripe.to_string()}>
                if revealed {
                    <span class="verdict-mark" aria-hidden="true">{ if a.ripe { "✓" } else { "✗" } }</span>
                    <span class="verdict-text">
                        <strong>{ if a.ripe { "Ripe" } else { "Not ripe" } }</strong>
                        { format!(": {holding} of 4 conditions hold") }
                    </span>
                } else {
                    <span class="verdict-mark" aria-hidden="true">{ "?" }</span>
                    <span class="verdict-text">{ "Hidden until you predict (above)" }</span>
                }
            </div>
            <ul class="conditions">
                { for a.conditions.iter().map(|cr| html! { <ConditionCard phase={n} id={cr.id} revealed={revealed} /> }) }
            </ul>
            <p class="model-link">
                <a href={entry_href("model")} onclick={entry_click(&store, "model".to_string())}>
                    { "How the model works: every rule and number" }
                </a>
            </p>
            if revealed {
                if at_history {
                    if let Some(o) = outcome {
                        <div class="history-note">
                            <h4>{ "What it meant at the time" }</h4>
                            <ParaView para={o} />
                        </div>
                    }
                } else {
                    <p class="history-note">{ "Your scenario differs from history. See the comparison below the board." }</p>
                }
                <ConditionsByPhase caption={"The four conditions in each phase of history, and on your board"}
                    board={Some(board.clone())} />
            }
        </section>
    }
}

/// A slim strip that stays at the foot of the screen on narrow screens, so the verdict
/// is in sight while the student moves the forces. It repeats the panel, so it is hidden
/// from assistive technology (the live region already announces changes).
#[function_component(MiniVerdict)]
fn mini_verdict(p: &PhaseProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let m = &course().model;
    let a = m.assess(store.lesson.board(p.phase));
    html! {
        <div class="mini-verdict" aria-hidden="true">
            if store.lesson.revealed(p.phase) {
                <strong>{ if a.ripe { "✓ Ripe" } else { "✗ Not ripe" } }</strong>
                { for a.conditions.iter().map(|c| html! {
                    <span class={if c.holds { "mv holds" } else { "mv fails" }}>
                        { if c.holds { "✓ " } else { "✗ " } }
                        // Haass's one-word names on a phone, so the strip stays small.
                        <span class="mv-long">{ condition_name(c.id) }</span>
                        <span class="mv-short">{ capitalise(c.id) }</span>
                    </span>
                }) }
            } else {
                <span>{ "Predict above to see the conditions" }</span>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ConditionProps {
    phase: u8,
    id: &'static str,
    revealed: bool,
}

#[function_component(ConditionCard)]
fn condition_card(p: &ConditionProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let c = course();
    let a = c.model.assess(store.lesson.board(p.phase));
    let cr: &ConditionResult = a.condition(p.id);
    let text = c.content.conditions.iter().find(|t| t.id == p.id);
    let two_sided = cr.sides.len() > 1;

    html! {
        <li class={classes!("condition", if cr.holds { "holds" } else { "fails" })}
            data-condition={p.id} data-holds={cr.holds.to_string()}>
            <div class="condition-head">
                <h4>{ condition_name(p.id) }</h4>
                if p.revealed {
                    <p class="status">
                        <span class="status-mark" aria-hidden="true">{ if cr.holds { "✓" } else { "✗" } }</span>
                        { if cr.holds { "Holds" } else { "Does not hold" } }
                    </p>
                } else {
                    <p class="status hidden-status">{ "? Hidden" }</p>
                }
            </div>
            if let Some(t) = text { <p class="condition-short">{ &t.short }</p> }
            if p.revealed {
                { for cr.sides.iter().map(|s| html! { <SideView side={s.clone_owned()} two_sided={two_sided} condition={p.id} /> }) }
            }
        </li>
    }
}

/// A side's result without borrowed lifetimes, for props.
#[derive(PartialEq, Clone)]
struct SideData {
    side: String,
    scale: String,
    summary: String,
    score: i32,
    min: i32,
    max: i32,
    test: Test,
    holds: bool,
    gap: i32,
    position: &'static str,
    reasons: Vec<(usize, u8, i32, String, crate::content::Cite)>,
}

trait CloneOwned {
    fn clone_owned(&self) -> SideData;
}

impl CloneOwned for SideResult<'_> {
    fn clone_owned(&self) -> SideData {
        let m = &course().model;
        SideData {
            side: self.side().to_string(),
            scale: self.rule.scale.clone(),
            summary: self.rule.summary.text.clone(),
            score: self.score,
            min: self.min,
            max: self.max,
            test: self.test,
            holds: self.holds,
            gap: self.gap,
            position: self.position(),
            reasons: self
                .reasons
                .iter()
                .map(|r| {
                    let i = m.factor_index(&r.factor.id).unwrap_or(0);
                    (i, r.level, r.points, r.why.to_string(), r.cite.clone())
                })
                .collect(),
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
    let m = &course().model;
    let span = (s.max - s.min).max(1) as f64;
    let pct = |v: i32| ((v - s.min) as f64 / span * 100.0).clamp(0.0, 100.0);
    let words = match s.test {
        Test::AtLeast(t) => {
            if s.holds {
                format!("{}; {t} needed. Met.", points(s.score))
            } else {
                format!("{}; {t} needed: {} short.", points(s.score), s.gap)
            }
        }
        Test::Band { weak, strong } => {
            let pos = match s.position {
                "strong" => "strong enough to compromise",
                "weak" => "weak enough that compromise cannot be avoided",
                _ => "in between: neither strong nor weak enough",
            };
            format!(
                "Position {}: {pos} (qualifies at {} or less, or {} or more).",
                signed(s.score),
                signed(weak),
                signed(strong)
            )
        }
    };
    let bar = match s.test {
        Test::AtLeast(t) => html! {
            <div class="bar" aria-hidden="true">
                <div class="bar-fill" style={format!("width:{:.1}%", pct(s.score))}></div>
                <div class="bar-mark" style={format!("left:{:.1}%", pct(t))} title="threshold"></div>
            </div>
        },
        Test::Band { weak, strong } => html! {
            <div class="bar band" aria-hidden="true">
                <div class="zone weak" style={format!("width:{:.1}%", pct(weak))}></div>
                <div class="zone strong" style={format!("left:{:.1}%;width:{:.1}%", pct(strong), 100.0 - pct(strong))}></div>
                <div class="bar-dot" style={format!("left:{:.1}%", pct(s.score))}></div>
            </div>
        },
    };
    let mut pushing: Vec<_> = s.reasons.iter().filter(|r| r.2 != 0).collect();
    pushing.sort_by_key(|r| -r.2.abs());
    let neutral: Vec<String> = s
        .reasons
        .iter()
        .filter(|r| r.2 == 0)
        .map(|r| m.factors[r.0].name.clone())
        .collect();
    let label = if p.two_sided {
        side_name(&s.side).to_string()
    } else {
        s.scale.clone()
    };

    html! {
        <div class={classes!("side", if s.holds { "holds" } else { "fails" })} data-side={s.side.clone()} data-side-holds={s.holds.to_string()}>
            <p class="side-line">
                if p.two_sided {
                    <span class="side-mark" aria-hidden="true">{ if s.holds { "✓" } else { "✗" } }</span>
                }
                <strong>{ format!("{label}: ") }</strong>{ words }
            </p>
            { bar }
            if matches!(s.test, Test::Band { .. }) {
                <div class="band-labels" aria-hidden="true"><span>{ "weak enough" }</span><span>{ "in between" }</span><span>{ "strong enough" }</span></div>
            }
            <details class="why">
                <summary>{ "Why?" }<span class="visually-hidden">{ format!(" {}, {}", condition_name(p.condition), label) }</span></summary>
                <p class="rule">{ &s.summary }</p>
                <ul class="reasons">
                    { for pushing.iter().map(|(i, level, points, why, cite)| {
                        let f = &m.factors[*i];
                        html! {
                            <li class={if *points > 0 { "up" } else { "down" }}>
                                <span class="points">{ signed(*points) }</span>
                                <span>
                                    <strong>{ format!("{}: {}. ", f.name, f.levels[usize::from(*level)].label) }</strong>
                                    { why }{ " " }<Cites cites={vec![cite.clone()]} />
                                </span>
                            </li>
                        }
                    }) }
                </ul>
                if !neutral.is_empty() {
                    <p class="muted">{ format!("No effect at their current levels: {}.", neutral.join(", ")) }</p>
                }
            </details>
        </div>
    }
}

// ───────────────────────────── Compare with history ─────────────────────────────

/// Explains, for each condition that changed, which factors moved its score.
fn explain_change(before: &SideResult, after: &SideResult) -> Vec<String> {
    before
        .reasons
        .iter()
        .zip(&after.reasons)
        .filter(|(b, a)| b.points != a.points)
        .map(|(b, a)| {
            format!(
                "{}: {} → {} ({} → {})",
                b.factor.name,
                b.factor.levels[usize::from(b.level)].label,
                a.factor.levels[usize::from(a.level)].label,
                signed(b.points),
                signed(a.points)
            )
        })
        .collect()
}

#[function_component(Compare)]
fn compare(p: &PhaseProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let m = &course().model;
    let n = p.phase;
    let board: &Scenario = store.lesson.board(n);
    let preset = m.preset(n).expect("preset");
    let changed = m.changes(preset, board);
    if changed.is_empty() {
        return html! {};
    }
    let (h, y) = (m.assess(preset), m.assess(board));
    html! {
        <section aria-labelledby="compare-title" class="compare card">
            <h2 id="compare-title">{ "Your scenario beside history" }</h2>
            <TableWrap label={"Forces you changed"}>
                <table>
                    <caption>{ format!("Forces you changed ({})", changed.len()) }</caption>
                    <thead><tr><th scope="col">{ "Force" }</th><th scope="col">{ "History" }</th><th scope="col">{ "Your scenario" }</th></tr></thead>
                    <tbody>
                        { for changed.iter().map(|&i| {
                            let f = &m.factors[i];
                            html! {
                                <tr>
                                    <th scope="row">{ &f.name }</th>
                                    <td>{ &f.levels[usize::from(preset.0[i])].label }</td>
                                    <td><strong>{ &f.levels[usize::from(board.0[i])].label }</strong></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </TableWrap>
            <h3>{ "What changed in the conditions" }</h3>
            <ul class="compare-list">
                { for h.conditions.iter().zip(&y.conditions).map(|(hc, yc)| {
                    let verdict = match (hc.holds, yc.holds) {
                        (true, false) => "held in history; does not hold in your scenario",
                        (false, true) => "did not hold in history; holds in your scenario",
                        (true, true) => "holds in both",
                        (false, false) => "holds in neither",
                    };
                    let moves: Vec<String> = hc.sides.iter().zip(&yc.sides)
                        .flat_map(|(hs, ys)| {
                            let prefix = if hc.sides.len() > 1 { format!("{}: ", side_name(hs.side())) } else { String::new() };
                            explain_change(hs, ys).into_iter().map(move |e| format!("{prefix}{e}"))
                        })
                        .collect();
                    html! {
                        <li class={classes!((hc.holds != yc.holds).then_some("flipped"))}>
                            <strong>{ condition_name(hc.id) }</strong>{ format!(" {verdict}.") }
                            if !moves.is_empty() {
                                <ul>{ for moves.iter().map(|mv| html! { <li>{ mv }</li> }) }</ul>
                            }
                        </li>
                    }
                }) }
                <li>
                    <strong>{ "Verdict" }</strong>
                    { format!(": history {}; your scenario {}.", if h.ripe { "ripe" } else { "not ripe" }, if y.ripe { "ripe" } else { "not ripe" }) }
                </li>
            </ul>
        </section>
    }
}

// ───────────────────────────── Challenges ─────────────────────────────

#[function_component(Challenges)]
fn challenges(p: &PhaseProps) -> Html {
    let store = use_context::<Store>().expect("store");
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
            <h2 id="challenges-title">{ "Challenges" }</h2>
            <div class="grid">
                { for list.into_iter().map(|ch| {
                    let id = ch.id.clone();
                    let active = store.lesson.active_challenge.as_deref() == Some(ch.id.as_str());
                    let record = store.lesson.challenges.get(&ch.id).cloned().unwrap_or_default();
                    let start = { let store = store.clone(); let id = id.clone(); Callback::from(move |_| dispatch(&store, Action::StartChallenge(id.clone()))) };
                    let stop = { let store = store.clone(); Callback::from(move |_| dispatch(&store, Action::EndChallenge)) };
                    let claim = { let store = store.clone(); let id = id.clone(); Callback::from(move |_| dispatch(&store, Action::ClaimImpossible(id.clone()))) };
                    let changes = m.changes(preset, board).len();
                    html! {
                        <article class={classes!("challenge", "card", active.then_some("active"), record.done.then_some("done"))} data-challenge={ch.id.clone()}>
                            <h3 id={format!("ch-{}-title", ch.id)}>
                                if record.done { <span aria-hidden="true">{ "✓ " }</span> }
                                { &ch.title }
                                if record.done { <span class="visually-hidden">{ " (done)" }</span> }
                            </h3>
                            <p>{ &ch.prompt }</p>
                            if active {
                                <p class="challenge-status">{ match changes {
                                    0 => "Working on it: no forces changed yet. Use the board above.".to_string(),
                                    1 => "Working on it: 1 force changed from history. Use the board above.".to_string(),
                                    k => format!("Working on it: {k} forces changed from history. Use the board above."),
                                } }</p>
                                <p class="challenge-actions">
                                    if ch.impossible && !record.done {
                                        <button type="button" onclick={claim}>{ "I think it can't be done" }</button>
                                    }
                                    <button type="button" class="secondary" onclick={stop}>{ "Stop the challenge" }</button>
                                </p>
                            } else {
                                <p class="challenge-actions">
                                    <button type="button" class="secondary" onclick={start} aria-describedby={format!("ch-{}-title", ch.id)}>
                                        { if record.done { "Try again" } else { "Start: reset the board to history" } }
                                    </button>
                                </p>
                            }
                            if record.done {
                                <div class="challenge-done" role="note">
                                    <p><strong>{ "✓ " }</strong>{ &ch.success }</p>
                                    if !ch.impossible && ch.goal.ripe == Some(true) && ch.goal.max_changes.is_none() {
                                        <FewestNote phase={n} id={ch.id.clone()} used={record.changes} />
                                    }
                                    <p>{ &ch.explain }{ " " }<Cites cites={ch.cite.clone()} /></p>
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
    id: String,
    used: usize,
}

/// "You used k changes; the fewest possible is m", computed once per challenge.
#[function_component(FewestNote)]
fn fewest_note(p: &FewestProps) -> Html {
    let fewest = use_memo((p.phase, p.id.clone()), |(phase, id)| {
        let c = course();
        let ch = c.content.challenges.iter().find(|c| &c.id == id)?;
        let start = c.model.preset(*phase)?;
        c.model
            .fewest_changes(&ch.goal, start, 4)
            .map(|s| c.model.changes(start, &s).len())
    });
    match *fewest {
        Some(k) => {
            html! { <p>{ format!("You used {} change(s); the fewest possible in the model is {k}.", p.used) }</p> }
        }
        None => html! {},
    }
}

// ───────────────────────────── Questions ─────────────────────────────

#[function_component(Quiz)]
fn quiz(p: &PhaseProps) -> Html {
    let c = course();
    let qs: Vec<_> = c
        .content
        .questions
        .iter()
        .filter(|q| q.phase == p.phase)
        .collect();
    if qs.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="quiz-title" class="quiz">
            <h2 id="quiz-title">{ "Check your understanding" }</h2>
            { for qs.into_iter().enumerate().map(|(qi, q)| html! {
                <QuestionView number={qi + 1} id={q.id.clone()} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    number: usize,
    id: String,
}

/// One question: the student picks an option, then checks it. The first checked answer
/// is the one recorded (browsing the options with the arrow keys answers nothing).
#[function_component(QuestionView)]
fn question_view(p: &QuestionProps) -> Html {
    let store = use_context::<Store>().expect("store");
    let picked = use_state(|| None::<usize>);
    let Some(q) = course().content.questions.iter().find(|q| q.id == p.id) else {
        return html! {};
    };
    let answered = store.lesson.answers.get(&q.id).copied();
    let shown = answered.or(*picked);
    let check = {
        let (store, picked, qid) = (store.clone(), picked.clone(), q.id.clone());
        Callback::from(move |_| {
            if let Some(option) = *picked {
                dispatch(
                    &store,
                    Action::Answer {
                        question: qid.clone(),
                        option,
                    },
                );
            }
        })
    };
    html! {
        <fieldset class="question" data-question={q.id.clone()}>
            <legend>{ format!("{}. {}", p.number, q.prompt) }</legend>
            { for q.options.iter().enumerate().map(|(oi, o)| {
                let picked = picked.clone();
                let onchange = Callback::from(move |_| picked.set(Some(oi)));
                let id = format!("q-{}-{oi}", q.id);
                html! {
                    <div class={classes!("option", (answered == Some(oi)).then_some("chosen"))}>
                        <input type="radio" id={id.clone()} name={format!("q-{}", q.id)}
                            checked={shown == Some(oi)} disabled={answered.is_some()} {onchange} />
                        <label for={id}>
                            { &o.text }
                            if answered == Some(oi) { <span class="your-answer">{ " · your answer" }</span> }
                        </label>
                    </div>
                }
            }) }
            if answered.is_none() {
                <button type="button" class="secondary small check-answer" onclick={check} disabled={picked.is_none()}>
                    { "Check my answer" }
                </button>
            }
            // Present from the start so screen readers announce the verdict; the
            // citations stay outside it.
            <div aria-live="polite">
                if let Some(o) = answered.and_then(|i| q.options.get(i)) {
                    <div class={classes!("feedback", if o.correct { "right" } else { "wrong" })}>
                        <p>
                            <strong>{ if o.correct { "✓ Right. " } else { "✗ Not quite. " } }</strong>
                            { &o.feedback }
                        </p>
                    </div>
                }
            </div>
            if answered.is_some() {
                <p class="feedback-sources"><Cites cites={q.cite.clone()} /></p>
            }
        </fieldset>
    }
}
