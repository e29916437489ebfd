//! The introduction: the question, who fought whom (with the map), the timeline, and
//! Haass's four conditions and Kriesberg's three tiers in a few lines each.

use super::map::Map;
use super::timeline::Timeline;
use super::{linked, mentions, Cites, NextPrev, ParaView};
use crate::app::{course, Store};
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
    let store = use_context::<Store>().expect("store");
    let c = &course().content;
    let texts: Vec<&str> = c
        .intro
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .chain(c.intro.sides.iter().map(|s| s.text.text.as_str()))
        .chain(c.conditions.iter().map(|x| x.explain.text.as_str()))
        .chain(c.tiers.iter().map(|t| t.explain.text.as_str()))
        .collect();
    let found = mentions(&texts);
    let (para_m, rest) = found.split_at(c.intro.paragraphs.len());
    let (side_m, rest) = rest.split_at(c.intro.sides.len());
    let (cond_m, tier_m) = rest.split_at(c.conditions.len());

    html! {
        <article class="screen intro">
            <header class="screen-head">
                <p class="eyebrow">{ "Introduction" }</p>
                <h1 id="screen-title" tabindex="-1">{ &c.title }</h1>
                <p class="lede lesson-question">{ &c.question }</p>
                <section class="card howto" aria-labelledby="howto-title">
                    <h2 id="howto-title">{ "How this lesson works" }</h2>
                    <ol>{ for c.intro.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                </section>
            </header>

            <section aria-labelledby="war-title">
                <h2 id="war-title">{ "The war and the talks" }</h2>
                { for c.intro.paragraphs.iter().zip(para_m).map(|(p, m)| html! {
                    <ParaView para={p.clone()} mentions={m.clone()} />
                }) }
            </section>

            <section aria-labelledby="sides-title">
                <h2 id="sides-title">{ "Who fought whom" }</h2>
                <div class="grid sides">
                    { for c.intro.sides.iter().zip(side_m).map(|(s, m)| html! {
                        <div class={format!("card side-card side-{}", s.id)}>
                            <h3>
                                <span aria-hidden="true">{ if s.id == "government" { "■ " } else { "● " } }</span>
                                { &s.name }
                            </h3>
                            <p class="muted">{ format!("Led by {}", s.leader) }</p>
                            <p>{ linked(&store, &s.text.text, m) }{ " " }<Cites cites={s.text.cite.clone()} /></p>
                        </div>
                    }) }
                </div>
                <Map />
            </section>

            <section aria-labelledby="conditions-title">
                <h2 id="conditions-title">{ "When is a conflict ripe? Haass's four conditions" }</h2>
                <p>
                    { "McAuliffe judges each phase of the talks by four conditions drawn from Richard Haass. All four are needed: if any one is missing, an agreement is out of reach. On each phase screen you will predict which held, then test your prediction on a board of the forces at work." }
                </p>
                <ol class="grid conditions-intro">
                    { for c.conditions.iter().zip(cond_m).map(|(k, m)| html! {
                        <li class="card condition-intro" data-condition-intro={k.id.clone()}>
                            <h3><span class="condition-icon" aria-hidden="true">{ condition_icon(&k.id) }</span>{ " " }{ &k.name }</h3>
                            <p class="condition-short">{ &k.short }</p>
                            <p>{ linked(&store, &k.explain.text, m) }{ " " }<Cites cites={k.explain.cite.clone()} /></p>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="tiers-title">
                <h2 id="tiers-title">{ "Where the pressure came from: Kriesberg's three tiers" }</h2>
                <ol class="grid tiers-intro">
                    { for c.tiers.iter().zip(tier_m).map(|(t, m)| html! {
                        <li class="card">
                            <h3>{ &t.name }</h3>
                            <p>{ linked(&store, &t.explain.text, m) }{ " " }<Cites cites={t.explain.cite.clone()} /></p>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="timeline-title">
                <h2 id="timeline-title">{ "Timeline, 1991–1999 and after" }</h2>
                <p class="muted">{ "Choose a period to narrow the list; each event of the talks links to its phase." }</p>
                <Timeline />
            </section>

            <NextPrev screen={Screen::Intro} />
        </article>
    }
}
