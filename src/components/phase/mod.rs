//! A phase screen: the story, predict-first, the factor board, the ripeness panel, the
//! comparison with history, guided challenges and questions. Each part is a file here;
//! this one composes them.

mod board;
mod challenges;
mod compare;
mod panel;
mod predict;
mod quiz;

use super::{linked, mentions, Cites, NextPrev, ParaView};
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
    // Glossary links: the narrative, the events, then the analysis (shown last). Found
    // once per phase and language, not on every move of a slider.
    let found = use_memo((n, crate::content::lang().code), |_| {
        let texts: Vec<&str> = ph
            .narrative
            .iter()
            .map(|p| p.text.get())
            .chain(ph.events.iter().map(|e| e.text.get()))
            .chain(ph.analysis.iter().map(|p| p.text.get()))
            .collect();
        mentions(&texts)
    });
    let (narrative_m, rest) = found.split_at(ph.narrative.len());
    let (events_m, analysis_m) = rest.split_at(ph.events.len());

    html! {
        <article class="screen phase">
            <header class="screen-head">
                <p class="eyebrow">{ msg::phase_eyebrow(n, ph.span) }</p>
                <h1 id="screen-title" tabindex="-1">{ ph.title }</h1>
                <ParaView para={&ph.summary} class="lede" />
                // A long story and many citations come first: let keyboard users jump.
                <nav class="on-page" aria-label={msg::phase_on_page()}>
                    <a href="#predict-title">{ msg::phase_jump_predict() }</a>
                    <a href="#explore-title">{ msg::phase_jump_explore() }</a>
                    <a href="#challenges-title">{ msg::phase_jump_challenges() }</a>
                    <a href="#quiz-title">{ msg::phase_jump_quiz() }</a>
                </nav>
            </header>

            <div class="two-col story">
                <section aria-labelledby="story-title">
                    <h2 id="story-title">{ msg::phase_story() }</h2>
                    { for ph.narrative.iter().zip(narrative_m).map(|(para, m)| html! { <ParaView {para} mentions={m.clone()} /> }) }
                    if !revealed {
                        <p class="muted analysis-later">{ msg::phase_analysis_later() }</p>
                    }
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

            <predict::Predict phase={n} />

            if revealed {
                <section aria-labelledby="analysis-title" class="analysis">
                    <h2 id="analysis-title">{ msg::phase_analysis() }</h2>
                    { for ph.analysis.iter().zip(analysis_m).map(|(para, m)| html! { <ParaView {para} mentions={m.clone()} /> }) }
                </section>
            }

            <section aria-labelledby="explore-title" class="explore">
                <h2 id="explore-title">{ msg::phase_explore() }</h2>
                <p class="muted">{ msg::phase_explore_help() }</p>
                <div class="explore-grid">
                    <board::Board phase={n} />
                    <panel::Panel phase={n} />
                </div>
                <panel::MiniVerdict phase={n} />
            </section>

            if revealed {
                <compare::Compare phase={n} />
            }

            <challenges::Challenges phase={n} />
            <quiz::Quiz phase={n} />
            <NextPrev screen={Screen::Phase(n)} />
        </article>
    }
}
