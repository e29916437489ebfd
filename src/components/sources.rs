//! Sources and glossary: the five documents with full references (each citation in the
//! lesson opens its entry here), where the sources differ, how the model works (every
//! rule and number), and the glossary with its spelling variants.

use super::{side_name, signed, Cites, NextPrev, ParaView, TableWrap};
use crate::content::{course, msg};
use crate::query::Screen;
use yew::prelude::*;

/// The glossary in the alphabetical order of the active language.
fn glossary_order() -> Vec<&'static crate::content::Term> {
    let mut terms: Vec<_> = course().content.glossary.iter().collect();
    crate::small::sort_by_key(&mut terms, |t| crate::terms::collation_key(t.term.get()));
    terms
}

#[function_component(Sources)]
pub fn sources() -> Html {
    let c = course().content;
    let cites = c.all_cites();
    let count = |src: &str| cites.iter().filter(|(_, ci)| ci.src == src).count();
    // Every place where the content records that the sources disagree.
    let disputes: Vec<_> = c
        .phases
        .iter()
        .flat_map(|p| p.events)
        .chain(c.timeline)
        .filter_map(|e| e.disputed.map(|d| (e, d.get())))
        .fold(
            Vec::new(),
            |mut acc: Vec<(&crate::content::Event, &str)>, (e, d)| {
                if !acc.iter().any(|(_, x)| *x == d) {
                    acc.push((e, d));
                }
                acc
            },
        );

    html! {
        <article class="screen sources">
            <header class="screen-head">
                <p class="eyebrow">{ msg::sources_eyebrow() }</p>
                <h1 id="screen-title" tabindex="-1">{ msg::sources_title() }</h1>
                <p class="lede">{ msg::sources_lede() }</p>
            </header>

            <section aria-labelledby="docs-title">
                <h2 id="docs-title">{ msg::sources_five() }</h2>
                <ol class="source-list">
                    { for c.sources.iter().map(|s| html! {
                        <li id={format!("src-{}", s.id)} tabindex="-1" class="card source-entry">
                            <h3>{ s.short }</h3>
                            <p class="reference">
                                { super::words(&msg::sources_author_title(s.author, s.title)) }
                                <cite>{ super::words(s.publication.get()) }</cite>
                                { msg::sources_year(s.year) }
                            </p>
                            <ParaView para={&s.about} />
                            <super::source_text::SourceText file={s.file} cited={msg::sources_cited(count(s.id) as i64)} />
                        </li>
                    }) }
                </ol>
            </section>

            if !disputes.is_empty() {
                <section aria-labelledby="differ-title">
                    <h2 id="differ-title">{ msg::sources_differ() }</h2>
                    <p>{ msg::sources_differ_text() }</p>
                    <ul class="disputes">
                        { for disputes.iter().map(|(e, d)| html! {
                            <li>
                                <strong>{ msg::sources_dispute_event(e.date, e.title) }</strong>
                                { ": " }{ super::words(d) }{ " " }<Cites cites={e.cite} />
                            </li>
                        }) }
                    </ul>
                </section>
            }

            <ModelRules />

            <section aria-labelledby="glossary-title">
                <h2 id="glossary-title">{ msg::sources_glossary() }</h2>
                <p class="muted">{ msg::sources_glossary_help() }</p>
                <dl class="glossary">
                    { for glossary_order().into_iter().map(|t| html! {
                        <div class="term-entry">
                            <dt id={t.anchor} tabindex="-1">{ t.term }</dt>
                            <dd>
                                { super::words(t.definition.get()) }{ " " }<Cites cites={t.cite} />
                                if !t.variants.is_empty() {
                                    <span class="variants">{ super::words(&msg::sources_also_written(
                                        t.variants.iter().map(|v| v.get()).collect::<Vec<_>>().join(", ")
                                    )) }</span>
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
    let content = c.content;
    html! {
        <section aria-labelledby="model-title" id="model" tabindex="-1" class="model-rules">
            <h2 id="model-title">{ msg::sources_model() }</h2>
            <p>{ content.model_intro }</p>
            { for content.model.rules.iter().map(|r| {
                let name = content.condition_name(r.condition);
                let title = match r.side {
                    "both" => name.to_string(),
                    side => msg::sources_rule_side(name, side_name(side)),
                };
                html! {
                    <div class="model-rule">
                        <h3>{ title.clone() }</h3>
                        // The summary states the threshold in words (tests/model.rs checks it).
                        <p>{ r.summary.text }
                            if r.base != 0 { { msg::sources_base(signed(r.base)) } }
                            { " " }<Cites cites={r.summary.cite} />
                        </p>
                        <TableWrap label={msg::sources_points_label(title.clone())}>
                            <table>
                                <caption>{ msg::sources_points_caption(title.clone(), r.scale) }</caption>
                                <thead><tr>
                                    <th scope="col">{ msg::compare_force() }</th>
                                    <th scope="col">{ msg::sources_points_at() }</th>
                                    <th scope="col">{ msg::sources_why() }</th>
                                </tr></thead>
                                <tbody>
                                    { for r.contributions.iter().filter_map(|k| {
                                        let i = c.model.factor_index(k.factor)?;
                                        let f = content.factor(i);
                                        Some(html! {
                                            <tr>
                                                <th scope="row">{ f.name }</th>
                                                <td>
                                                    <ul class="level-points">
                                                        { for f.levels.iter().zip(k.points).map(|(l, pt)| html! {
                                                            <li>{ msg::sources_level_points(l.label, signed(*pt)) }</li>
                                                        }) }
                                                    </ul>
                                                </td>
                                                <td>{ super::words(k.why.get()) }{ " " }<Cites cites={std::slice::from_ref(&k.cite)} /></td>
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
