//! The introduction, a short way in: the question, how the lesson works and how long it
//! takes, Haass's four conditions and Kriesberg's three tiers in a line each, the map and
//! the timeline at a glance, and a way into Phase 1. Everything longer sits behind
//! "read more".

use super::map::Map;
use super::timeline::Timeline;
use super::{mentions, NextPrev, ParaView, ScreenLink};
use crate::content::{course, msg};
use crate::query::Screen;
use yew::prelude::*;

/// A symbol for each condition, used wherever the four appear together.
pub fn condition_icon(id: &str) -> &'static str {
    match id {
        "process" => "⇄",
        "concessions" => "⚖",
        "capacity" => "✍",
        _ => "★",
    }
}

#[function_component(Intro)]
pub fn intro() -> Html {
    // Re-rendered when the later words arrive: the times below wait for them.
    let _words = crate::store::use_words();
    let c = course().content;
    // Found again once the later words (these paragraphs among them) have arrived.
    let found = use_memo(
        (crate::content::lang().code, crate::content::later_loaded()),
        |_| {
            let texts: Vec<&str> = c
                .intro
                .paragraphs
                .iter()
                .map(|p| p.text.get())
                .chain(c.intro.sides.iter().map(|s| s.text.text.get()))
                .chain(c.conditions.iter().map(|x| x.explain.text.get()))
                .collect();
            // The lesson's times count every word: once per language, too.
            let l = crate::timing::lesson();
            let times = (
                crate::timing::round5(l.short),
                crate::timing::round5(l.full),
            );
            (mentions(&texts), times)
        },
    );
    let (found, (short, full)) = (&found.0, found.1);
    let (para_m, rest) = found.split_at(c.intro.paragraphs.len());
    let (side_m, cond_m) = rest.split_at(c.intro.sides.len());

    html! {
        <article class="screen intro">
            <header class="screen-head">
                <p class="eyebrow">{ msg::nav_intro() }</p>
                <h1 id="screen-title" tabindex="-1">{ c.title }</h1>
                <p class="lede lesson-question">{ c.question }</p>
            </header>

            <section class="card howto" aria-labelledby="howto-title">
                <h2 id="howto-title">{ msg::intro_howto() }</h2>
                <ol>{ for c.intro.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                // The times count every word, some of which follow the first render.
                if crate::content::later_loaded() {
                    <ul class="paths">
                        <li>{ msg::intro_short_path(short) }</li>
                        <li>{ msg::intro_full_path(full) }</li>
                    </ul>
                }
                <p class="start">
                    <ScreenLink to={Screen::Phase(1)} class="button">{ msg::intro_start() }</ScreenLink>
                </p>
            </section>

            <section aria-labelledby="conditions-title">
                <h2 id="conditions-title">{ msg::intro_conditions() }</h2>
                <p>{ msg::intro_conditions_text() }</p>
                <ol class="grid conditions-intro">
                    { for c.conditions.iter().zip(cond_m).map(|(k, m)| html! {
                        <li class="card condition-intro" data-condition-intro={k.id}>
                            <h3><span class="condition-icon" aria-hidden="true">{ condition_icon(k.id) }</span>{ " " }{ k.name }</h3>
                            <p class="condition-short">{ k.short }</p>
                            <details class="more">
                                <summary>{ msg::intro_more() }<span class="visually-hidden">{ msg::intro_more_hidden(k.name) }</span></summary>
                                <ParaView para={&k.explain} mentions={m.clone()} />
                            </details>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="tiers-title">
                <h2 id="tiers-title">{ msg::intro_tiers() }</h2>
                <ol class="grid tiers-intro">
                    { for c.tiers.iter().map(|t| html! {
                        <li class="card">
                            <h3>{ t.name }</h3>
                            <p>{ t.short }</p>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="sides-title">
                <h2 id="sides-title">{ msg::intro_sides() }</h2>
                <Map />
                <details class="more war-more">
                    <summary>{ msg::intro_war_more() }</summary>
                    <h3>{ msg::intro_war() }</h3>
                    { for c.intro.paragraphs.iter().zip(para_m).map(|(para, m)| html! {
                        <ParaView {para} mentions={m.clone()} />
                    }) }
                    <div class="grid sides">
                        { for c.intro.sides.iter().zip(side_m).map(|(s, m)| html! {
                            <div class={format!("card side-card side-{}", s.id)}>
                                <h3>
                                    <span aria-hidden="true">{ if s.id == "government" { "■ " } else { "● " } }</span>
                                    { s.name }
                                </h3>
                                <p class="muted">{ msg::intro_led_by(s.leader) }</p>
                                <ParaView para={&s.text} mentions={m.clone()} />
                            </div>
                        }) }
                    </div>
                </details>
            </section>

            <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">{ msg::intro_timeline() }</h2>
                <p class="muted">{ msg::intro_timeline_help() }</p>
                <Timeline />
            </section>

            <NextPrev screen={Screen::Intro} />
        </article>
    }
}
