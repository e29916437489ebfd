//! Guided challenges: a goal to reach on the board, or to judge impossible. The list
//! follows the analysis; the challenge being worked on sits at the top of the panel
//! (`GoalBar`), beside the board, and changes the moment the goal is reached.

use super::PhaseProps;
use crate::components::Cites;
use crate::content::{course, msg, Challenge};
use crate::state::{Action, Lesson};
use crate::store::{dispatch, use_store};
use yew::prelude::*;

/// The challenges a phase offers: not those whose every force the link has locked.
fn offered(lesson: &Lesson, phase: u8) -> Vec<&'static Challenge> {
    let c = course();
    let all_locked = lesson.frame.locked.len() >= c.model.factors.len();
    c.content
        .challenges
        .iter()
        .filter(|ch| ch.phase == phase && !all_locked)
        .filter(|ch| {
            ch.factors.is_empty()
                || ch.factors.iter().any(|f| {
                    c.model
                        .factor_index(f)
                        .is_some_and(|i| !lesson.frame.is_locked(i))
                })
        })
        .collect()
}

/// The next challenge to offer after `id`: the next one not yet done in this phase.
fn next_after(lesson: &Lesson, phase: u8, id: &str) -> Option<&'static Challenge> {
    let list = offered(lesson, phase);
    let at = list.iter().position(|ch| ch.id == id)?;
    list.iter()
        .skip(at + 1)
        .chain(list.iter().take(at))
        .find(|ch| !lesson.challenges.get(ch.id).is_some_and(|r| r.done))
        .copied()
}

/// The challenge being worked on, at the top of the panel.
#[function_component(GoalBar)]
pub fn goal_bar(p: &PhaseProps) -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_store();
    let c = course();
    let n = p.phase;
    let Some(ch) = store
        .lesson
        .active_challenge
        .as_deref()
        .and_then(|id| c.content.challenge(id))
        .filter(|ch| ch.phase == n)
    else {
        return html! {};
    };
    let record = store
        .lesson
        .challenges
        .get(ch.id)
        .cloned()
        .unwrap_or_default();
    let changes = c
        .model
        .changes(c.model.preset(n).expect("preset"), store.lesson.board(n))
        .len();
    let stop = {
        let store = store.clone();
        Callback::from(move |_| dispatch(&store, Action::EndChallenge))
    };
    let claim = {
        let (store, id) = (store.clone(), ch.id.to_string());
        Callback::from(move |_| dispatch(&store, Action::ClaimImpossible(id.clone())))
    };
    let next = next_after(&store.lesson, n, ch.id);
    let start_next = next.map(|nx| {
        let (store, id) = (store.clone(), nx.id.to_string());
        Callback::from(move |_| dispatch(&store, Action::StartChallenge(id.clone())))
    });
    html! {
        <div class={classes!("goal-bar", record.done.then_some("reached"))} id="goal-bar" tabindex="-1"
             role="region" aria-label={msg::challenge_goal_label()}>
            <p class="goal-title">
                <span class="goal-mark" aria-hidden="true">{ if record.done { "✓" } else { "◎" } }</span>
                <strong>{ if record.done { msg::challenge_reached() } else { msg::challenge_goal() } }</strong>
                { " " }{ ch.title }
            </p>
            if record.done {
                <p>{ ch.success }</p>
            } else {
                <p class="goal-prompt">{ crate::components::words(ch.prompt.get()) }</p>
                <p class="goal-status">{ match changes {
                    0 => msg::challenge_working_none().to_string(),
                    k => msg::challenge_working(k as i64),
                } }</p>
            }
            <p class="goal-actions">
                if ch.impossible && !record.done {
                    <button type="button" class="small" onclick={claim}>{ msg::challenge_claim() }</button>
                }
                if let (true, Some(nx), Some(go)) = (record.done, next, start_next) {
                    <button type="button" class="small" onclick={go}>{ msg::challenge_next(nx.title) }</button>
                }
                <button type="button" class="secondary small" onclick={stop}>
                    { if record.done { msg::challenge_close() } else { msg::challenge_stop() } }
                </button>
            </p>
        </div>
    }
}

#[function_component(Challenges)]
pub fn challenges(p: &PhaseProps) -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_store();
    let n = p.phase;
    let list = offered(&store.lesson, n);
    if list.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="challenges-title" class="challenges">
            <h2 id="challenges-title">{ msg::challenge_title() }</h2>
            <p class="muted">{ msg::challenge_help() }</p>
            <div class="grid">
                { for list.into_iter().map(|ch| {
                    let id = ch.id.to_string();
                    let active = store.lesson.active_challenge.as_deref() == Some(ch.id);
                    let record = store.lesson.challenges.get(ch.id).cloned().unwrap_or_default();
                    let start = { let store = store.clone(); let id = id.clone(); Callback::from(move |_| dispatch(&store, Action::StartChallenge(id.clone()))) };
                    html! {
                        <article class={classes!("challenge", "card", active.then_some("active"), record.done.then_some("done"))} data-challenge={ch.id}>
                            <h3 id={format!("ch-{}-title", ch.id)}>
                                if record.done { <span aria-hidden="true">{ "✓ " }</span> }
                                { ch.title }
                                if record.done { <span class="visually-hidden">{ msg::challenge_done_hidden() }</span> }
                            </h3>
                            <p>{ crate::components::words(ch.prompt.get()) }</p>
                            if active {
                                <p class="challenge-status">{ msg::challenge_at_board() }</p>
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
                                    <p>{ crate::components::words(ch.explain.get()) }{ " " }<Cites cites={ch.cite} /></p>
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
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
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
