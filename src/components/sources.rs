//! Sources and glossary: the five documents with full references (each citation in the
//! lesson opens its entry here), where the sources differ, how the model works (every
//! rule and number), and the glossary with its spelling variants.

use super::{side_name, signed, Cites, NextPrev, TableWrap};
use crate::app::course;
use crate::query::Screen;
use crate::terms;
use yew::prelude::*;

#[function_component(Sources)]
pub fn sources() -> Html {
    let c = &course().content;
    let cites = c.all_cites();
    let count = |src: &str| cites.iter().filter(|(_, ci)| ci.src == src).count();
    // Every place where the content records that the sources disagree.
    let disputes: Vec<_> = c
        .phases
        .iter()
        .flat_map(|p| &p.events)
        .chain(&c.timeline)
        .filter_map(|e| e.disputed.as_ref().map(|d| (e, d)))
        .fold(
            Vec::new(),
            |mut acc: Vec<(&crate::content::Event, &String)>, (e, d)| {
                if !acc.iter().any(|(_, x)| *x == d) {
                    acc.push((e, d));
                }
                acc
            },
        );

    html! {
        <article class="screen sources">
            <header class="screen-head">
                <p class="eyebrow">{ "Evidence" }</p>
                <h1 id="screen-title" tabindex="-1">{ "Sources and glossary" }</h1>
                <p class="lede">
                    { "Every statement in the lesson comes from these five documents. A citation such as \u{201c}McAuliffe, lines 667\u{2013}673\u{201d} points to those lines of the source's text file; each entry below links to the full text." }
                </p>
            </header>

            <section aria-labelledby="docs-title">
                <h2 id="docs-title">{ "The five sources" }</h2>
                <ol class="source-list">
                    { for c.sources.iter().map(|s| html! {
                        <li id={format!("src-{}", s.id)} tabindex="-1" class="card source-entry">
                            <h3>{ &s.short }</h3>
                            <p class="reference">
                                { format!("{}, \u{201c}{}\u{201d}. ", s.author, s.title) }
                                <cite>{ &s.publication }</cite>
                                { format!(", {}.", s.year) }
                            </p>
                            <p>{ &s.about.text }</p>
                            <p class="muted">
                                { format!("Cited {} times in the lesson. ", count(&s.id)) }
                                <a href={format!("sources/{}", s.file)}>{ format!("Read the full text ({})", s.file) }</a>
                            </p>
                        </li>
                    }) }
                </ol>
            </section>

            if !disputes.is_empty() {
                <section aria-labelledby="differ-title">
                    <h2 id="differ-title">{ "Where the sources differ" }</h2>
                    <p>{ "Historians and witnesses do not always agree on dates, numbers or causes. Where the lesson's sources disagree, it says so; here is every such place." }</p>
                    <ul class="disputes">
                        { for disputes.iter().map(|(e, d)| html! {
                            <li>
                                <strong>{ format!("{} ({})", e.title, e.date) }</strong>
                                { ": " }{ *d }{ " " }<Cites cites={e.cite.clone()} />
                            </li>
                        }) }
                    </ul>
                </section>
            }

            <ModelRules />

            <section aria-labelledby="glossary-title">
                <h2 id="glossary-title">{ "Glossary" }</h2>
                <p class="muted">{ "Names are spelled one way throughout the lesson; other spellings you may meet in the sources are listed with each entry." }</p>
                <dl class="glossary">
                    { for c.glossary.iter().map(|t| html! {
                        <div class="term-entry">
                            <dt id={terms::anchor(&t.term)} tabindex="-1">{ &t.term }</dt>
                            <dd>
                                { &t.definition }{ " " }<Cites cites={t.cite.clone()} />
                                if !t.variants.is_empty() {
                                    <span class="variants">{ format!(" Also written: {}.", t.variants.join(", ")) }</span>
                                }
                            </dd>
                        </div>
                    }) }
                </dl>
            </section>

            <NextPrev screen={Screen::Sources} />
        </article>
    }
}

/// Every rule of the ripeness model with its points, thresholds, reasons and sources,
/// generated from the model itself, so that no part of the board is a black box.
#[function_component(ModelRules)]
fn model_rules() -> Html {
    let c = course();
    let m = &c.model;
    html! {
        <section aria-labelledby="model-title" id="model" tabindex="-1" class="model-rules">
            <h2 id="model-title">{ "How the model works" }</h2>
            <p>{ &c.content.model_intro }</p>
            { for m.rules.iter().map(|r| {
                let name = c.content.condition_name(&r.condition);
                let title = match r.side.as_str() {
                    "both" => name.to_string(),
                    side => format!("{name} · {}", side_name(side)),
                };
                html! {
                    <div class="model-rule">
                        <h3>{ title.clone() }</h3>
                        // The summary states the threshold in words (tests/model.rs checks it).
                        <p>{ &r.summary.text }
                            if r.base != 0 { { format!(" Starting score {}.", signed(r.base)) } }
                        </p>
                        <TableWrap label={format!("Points for {title}")}>
                            <table>
                                <caption>{ format!("Points for {}: {}", title, r.scale) }</caption>
                                <thead><tr>
                                    <th scope="col">{ "Force" }</th>
                                    <th scope="col">{ "Points at each level" }</th>
                                    <th scope="col">{ "Why" }</th>
                                </tr></thead>
                                <tbody>
                                    { for r.contributions.iter().filter_map(|k| {
                                        let f = m.factors.iter().find(|f| f.id == k.factor)?;
                                        Some(html! {
                                            <tr>
                                                <th scope="row">{ &f.name }</th>
                                                <td>
                                                    <ul class="level-points">
                                                        { for f.levels.iter().zip(&k.points).map(|(l, pt)| html! {
                                                            <li>{ format!("{}: {}", l.label, signed(*pt)) }</li>
                                                        }) }
                                                    </ul>
                                                </td>
                                                <td>{ &k.why }{ " " }<Cites cites={vec![k.cite.clone()]} /></td>
                                            </tr>
                                        })
                                    }) }
                                </tbody>
                            </table>
                        </TableWrap>
                    </div>
                }
            }) }
        </section>
    }
}
