//! The factor board: one control per force, grouped by Kriesberg's tiers.

use super::PhaseProps;
use crate::components::{Cites, ParaView};
use crate::content::{course, msg};
use crate::model::TIERS;
use crate::state::Action;
use crate::store::{dispatch, use_dispatch, use_store};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(Board)]
pub fn board(p: &PhaseProps) -> Html {
    let store = use_store();
    let c = course();
    let m = &c.model;
    let n = p.phase;
    let board = store.lesson.board(n).clone();
    let preset = m.preset(n).expect("preset").clone();
    let changed = m.changes(&preset, &board).len();
    let reset = {
        let store = store.clone();
        Callback::from(move |_| dispatch(&store, Action::ResetBoard(n)))
    };
    // The forces the active challenge is about are highlighted.
    let focus: Vec<&str> = store
        .lesson
        .active_challenge
        .as_deref()
        .and_then(|id| c.content.challenge(id))
        .map(|ch| ch.factors.to_vec())
        .unwrap_or_default();

    html! {
        <div class="board" aria-labelledby="board-title">
            <div class="board-head">
                <h3 id="board-title">{ msg::board_title() }</h3>
                <p class="board-status" aria-live="off">
                    if changed == 0 {
                        <span>{ msg::board_as_history() }</span>
                    } else {
                        <span class="changed-count">{ msg::board_changed(changed as i64) }</span>
                    }
                </p>
                // aria-disabled, not disabled: a disabled button would drop the focus it has.
                <button type="button" class="secondary small" onclick={reset} aria-disabled={(changed == 0).to_string()}>
                    { msg::board_reset() }
                </button>
            </div>
            { for TIERS.iter().map(|&tier| html! {
                <fieldset class="tier">
                    <legend>{ c.content.tier_name(tier) }</legend>
                    { for m.factors.iter().enumerate().filter(|(_, f)| f.tier == tier).map(|(i, f)| html! {
                        <FactorControl phase={n} index={i} level={board.0[i]} history={preset.0[i]}
                            locked={store.lesson.frame.is_locked(i)} focus={focus.contains(&f.id.as_str())} />
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
    /// A force the active challenge is about.
    focus: bool,
}

#[function_component(FactorControl)]
fn factor_control(p: &FactorProps) -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_dispatch();
    let c = course();
    let f = c.content.factor(p.index);
    let (phase, index) = (p.phase, p.index);
    let max = f.levels.len() - 1;
    let level = c.content.level(index, p.level);
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
    let valuetext = msg::board_valuetext(level.label, p.level + 1, max + 1);
    let why = c.content.preset_reason(phase, f.id);
    let history_label = c.content.level(index, p.history).label;

    html! {
        <div class={classes!("factor", changed.then_some("changed"), p.focus.then_some("focus"))} data-factor={f.id}
             data-changed={changed.to_string()}>
            <div class="factor-top">
                <label for={id.clone()}>{ f.name }</label>
                if p.focus {
                    <span class="badge focus-badge"><span aria-hidden="true">{ "◎ " }</span>{ msg::board_in_challenge() }</span>
                }
                if p.locked {
                    <span class="badge locked-badge"><LockIcon />{ msg::board_locked() }</span>
                } else if changed {
                    <span class="badge changed-badge">{ msg::board_changed_badge() }</span>
                }
            </div>
            <input type="range" id={id.clone()} min="0" max={max.to_string()} step="1"
                value={p.level.to_string()} aria-valuetext={valuetext} disabled={p.locked}
                aria-describedby={format!("{id}-now")} list={format!("{id}-ticks")} {oninput} />
            // Tick marks at each named stop.
            <datalist id={format!("{id}-ticks")}>
                { for (0..=max).map(|l| html! { <option value={l.to_string()}></option> }) }
            </datalist>
            <div class="scale-ends" aria-hidden="true">
                <span>{ f.levels[0].label }</span>
                <span>{ f.levels[max].label }</span>
            </div>
            <p class="factor-now" id={format!("{id}-now")}>
                <output for={id.clone()}>{ level.label }</output>
                if changed {
                    <span class="muted">{ msg::board_history_was(history_label) }</span>
                }
                if p.locked {
                    <span class="muted">{ msg::board_locked_note() }</span>
                }
            </p>
            <details class="about">
                <summary>{ msg::board_about() }<span class="visually-hidden">{ msg::board_about_hidden(f.name) }</span></summary>
                <ParaView para={&f.measures} />
                <p><strong>{ msg::board_level_heading(level.label) }</strong>{ crate::components::words(level.description.get()) }{ " " }<Cites cites={level.cite} /></p>
                if let Some(w) = why {
                    <p><strong>{ msg::board_in_history(c.content.level(index, w.level).label) }</strong>
                        { crate::components::words(w.why.get()) }{ " " }<Cites cites={std::slice::from_ref(&w.cite)} /></p>
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
