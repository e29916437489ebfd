//! A phase screen, board first: a few lines of story and the key events, then the
//! board beside the panel, where the student predicts, reveals and explores. Once the
//! phase is revealed the sources' analysis, the comparison with history, the challenges
//! and the questions follow. Each part is a file here; this one composes them.

mod board;
mod challenges;
mod compare;
mod panel;
mod quiz;

use super::{linked, mentions, Cites, ConditionsByPhase, NextPrev, ParaView};
use crate::content::{course, msg};
use crate::query::Screen;
use crate::store::{use_dispatch, use_store};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PhaseProps {
    pub phase: u8,
}

/// A condition's name as students see it.
fn condition_name(id: &str) -> &'static str {
    course().content.condition_name(id)
}

#[function_component(PhaseScreen)]
pub fn phase_screen(p: &PhaseProps) -> Html {
    let store = use_store();
    let links = use_dispatch();
    let c = course();
    let n = p.phase;
    let Some(ph) = c.content.phase(n) else {
        return html! { <h1 id="screen-title" tabindex="-1">{ msg::phase_missing() }</h1> };
    };
    let revealed = store.lesson.revealed(n);
    // Glossary links: the narrative, the events, then the analysis (shown last); and the
    // phase's minutes, which count its words. Found once per phase and language, not on
    // every move of a slider.
    let found = use_memo(
        (
            n,
            crate::content::lang().code,
            crate::content::later_loaded(),
        ),
        |_| {
            let texts: Vec<&str> = ph
                .narrative
                .iter()
                .map(|p| p.text.get())
                .chain(ph.events.iter().map(|e| e.text.get()))
                .chain(ph.analysis.iter().map(|p| p.text.get()))
                .collect();
            (mentions(&texts), crate::timing::phase(n).minutes())
        },
    );
    let (found, (short, full)) = (&found.0, found.1);
    let (narrative_m, rest) = found.split_at(ph.narrative.len());
    let (events_m, analysis_m) = rest.split_at(ph.events.len());
    // The history table shows only the phases the student has revealed.
    let revealed_phases: Vec<u8> = (1..=3).filter(|&k| store.lesson.revealed(k)).collect();

    html! {
        <article class="screen phase">
            <header class="screen-head">
                <p class="eyebrow">
                    // The times count words that follow the first render.
                    { if crate::content::later_loaded() { msg::phase_eyebrow(full, n, short, ph.span) } else { msg::phase_eyebrow_plain(n, ph.span) } }
                </p>
                <h1 id="screen-title" tabindex="-1">{ ph.title }</h1>
                <ParaView para={&ph.summary} class="lede" />
                // It scrolls sideways on a phone, so keyboard users can scroll it too.
                <ol class="event-strip" aria-label={msg::phase_events()} tabindex="0">
                    { for ph.events.iter().map(|e| html! {
                        <li><span class="event-strip-date">{ e.date }</span>{ " " }{ e.title }</li>
                    }) }
                </ol>
                <details class="story-more">
                    <summary>{ msg::phase_read_more() }</summary>
                    <div class="two-col story">
                        <section aria-labelledby="story-title">
                            <h2 id="story-title">{ msg::phase_story() }</h2>
                            { for ph.narrative.iter().zip(narrative_m).map(|(para, m)| html! { <ParaView {para} mentions={m.clone()} /> }) }
                        </section>
                        <section aria-labelledby="events-title" class="events">
                            <h2 id="events-title">{ msg::phase_events() }</h2>
                            <ol class="event-list">
                                { for ph.events.iter().zip(events_m).map(|(e, m)| html! {
                                    <li>
                                        <p class="event-date">
                                            <strong>{ e.date }</strong>
                                            if let Some(place) = e.place { { msg::common_at_place(place) } }
                                        </p>
                                        <p class="event-title">{ e.title }</p>
                                        <p>{ linked(&links, e.text.get(), m) }{ " " }<Cites cites={e.cite} /></p>
                                        if let Some(d) = e.disputed {
                                            <p class="disputed"><strong>{ msg::common_sources_differ() }</strong>{ d }</p>
                                        }
                                    </li>
                                }) }
                            </ol>
                        </section>
                    </div>
                </details>
            </header>

            <section aria-labelledby="explore-title" class="explore">
                <h2 id="explore-title">{ if revealed { msg::phase_explore() } else { msg::phase_predict_explore() } }</h2>
                if revealed {
                    <p class="muted explore-help">{ msg::phase_explore_help() }</p>
                }
                // The panel, then the forces. On a phone, once revealed, the forces come
                // first on screen and the strip at the foot keeps the verdicts in view.
                <div class={classes!("explore-grid", revealed.then_some("revealed"))}>
                    <panel::Panel phase={n} />
                    <board::Board phase={n} />
                </div>
                <panel::MiniVerdict phase={n} />
            </section>

            if revealed {
                <section aria-labelledby="analysis-title" class="analysis">
                    <h2 id="analysis-title">{ msg::phase_analysis() }</h2>
                    { for ph.analysis.iter().zip(analysis_m).map(|(para, m)| html! { <ParaView {para} mentions={m.clone()} /> }) }
                    <h3>{ msg::panel_meant() }</h3>
                    <ParaView para={&ph.outcome} />
                    <ConditionsByPhase caption={msg::panel_table_caption()}
                        phases={revealed_phases} board={Some(store.lesson.board(n).clone())} />
                </section>
                <compare::Compare phase={n} />
                <challenges::Challenges phase={n} />
                <quiz::Quiz phase={n} />
            } else {
                <p class="after-reveal muted">{ msg::phase_after_reveal() }</p>
            }
            <NextPrev screen={Screen::Phase(n)} />
        </article>
    }
}
