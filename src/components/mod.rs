//! Presentational components. They read the state from the `Store` context and
//! dispatch `Action`s; none of them touches the browser directly.

mod debrief;
mod guide;
mod intro;
mod layout;
mod map;
mod mywork;
mod phase;
mod share;
mod sources;
mod timeline;

pub use layout::Layout;

use crate::app::{course, dispatch, Store};
use crate::content::{Cite, Para};
use crate::query::Screen;
use crate::state::Action;
use crate::terms::{self, Mention};
use yew::prelude::*;

/// "+2", "−1", "0": points with their sign (a true minus sign).
pub fn signed(n: i32) -> String {
    match n {
        n if n > 0 => format!("+{n}"),
        n if n < 0 => format!("−{}", -n),
        _ => "0".into(),
    }
}

/// A rule's side as students read it.
pub fn side_name(side: &str) -> &'static str {
    match side {
        "government" => "Government",
        "opposition" => "Opposition (UTO)",
        _ => "Both sides",
    }
}

/// The current screen.
#[function_component(ScreenView)]
pub fn screen_view() -> Html {
    let store = use_context::<Store>().expect("store");
    match store.lesson.screen {
        Screen::Intro => html! { <intro::Intro /> },
        Screen::Phase(n) => html! { <phase::PhaseScreen phase={n} /> },
        Screen::Debrief => html! { <debrief::Debrief /> },
        Screen::Sources => html! { <sources::Sources /> },
        Screen::MyWork => html! { <mywork::MyWork /> },
        Screen::Guide => html! { <guide::Guide /> },
    }
}

/// Handles a click on an in-lesson link: navigate without reloading, unless the user
/// asked for a new tab or window.
pub fn nav_click(store: &Store, screen: Screen) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        dispatch(&store, Action::Navigate(screen));
    })
}

#[derive(Properties, PartialEq)]
pub struct ScreenLinkProps {
    pub to: Screen,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

/// A real link to a screen (it works in a new tab too) that navigates in place.
#[function_component(ScreenLink)]
pub fn screen_link(p: &ScreenLinkProps) -> Html {
    let store = use_context::<Store>().expect("store");
    html! {
        <a href={p.to.href()} class={p.class.clone()} onclick={nav_click(&store, p.to)}>
            { p.children.clone() }
        </a>
    }
}

/// A link to an entry on the Sources screen (a source or a glossary term): navigates in
/// place, then moves focus to the entry.
pub fn entry_click(store: &Store, id: String) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        dispatch(&store, Action::Navigate(Screen::Sources));
        crate::web::focus_later(id.clone());
    })
}

pub fn entry_href(id: &str) -> String {
    format!("{}#{id}", Screen::Sources.href())
}

/// The first mentions of glossary terms in a screen's texts, in reading order.
pub fn mentions(texts: &[&str]) -> Vec<Vec<Mention>> {
    terms::first_mentions(&course().content.glossary, texts)
}

/// Text with its glossary mentions linked to their entries.
pub fn linked(store: &Store, text: &str, mentions: &[Mention]) -> Html {
    let glossary = &course().content.glossary;
    let mut out = Vec::new();
    let mut at = 0;
    for m in mentions {
        out.push(html! { { &text[at..m.start] } });
        let term = &glossary[m.term];
        let id = terms::anchor(&term.term);
        out.push(html! {
            <a class="term" href={entry_href(&id)} onclick={entry_click(store, id.clone())}
               title={format!("Glossary: {}", term.term)}>
                { &text[m.start..m.end] }
            </a>
        });
        at = m.end;
    }
    out.push(html! { { &text[at..] } });
    out.into_iter().collect::<Html>()
}

/// "McAuliffe, lines 667–695" for a citation.
pub fn cite_label(c: &Cite) -> String {
    let who = course()
        .content
        .source(&c.src)
        .map(|s| s.short.as_str())
        .unwrap_or("Source");
    if c.lines[0] == c.lines[1] {
        format!("{who}, line {}", c.lines[0])
    } else {
        format!("{who}, lines {}–{}", c.lines[0], c.lines[1])
    }
}

#[derive(Properties, PartialEq)]
pub struct CitesProps {
    pub cites: Vec<Cite>,
}

/// Citations as small disclosure buttons: each opens the full reference in place.
#[function_component(Cites)]
pub fn cites(p: &CitesProps) -> Html {
    let store = use_context::<Store>().expect("store");
    if p.cites.is_empty() {
        return html! {};
    }
    html! {
        <span class="cites">
            { for p.cites.iter().map(|c| {
                let src = course().content.source(&c.src);
                html! {
                    <details class="cite">
                        <summary>
                            <span class="visually-hidden">{ "Source: " }</span>
                            { cite_label(c) }
                        </summary>
                        <span class="cite-body">
                            if let Some(s) = src {
                                <span class="cite-ref">
                                    { format!("{}, “{}”, {}, {}. ", s.author, s.title, s.publication, s.year) }
                                </span>
                                { format!("Lines {}–{} of the source text ({}).", c.lines[0], c.lines[1], s.file) }
                            }
                            if let Some(q) = &c.quote {
                                <q class="cite-quote">{ q }</q>
                            }
                            <a href={entry_href(&format!("src-{}", c.src))}
                               onclick={entry_click(&store, format!("src-{}", c.src))}>
                                { "About this source" }
                            </a>
                        </span>
                    </details>
                }
            }) }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct ParaProps {
    pub para: Para,
    /// Glossary terms first mentioned in this paragraph (see `mentions`).
    #[prop_or_default]
    pub mentions: Vec<Mention>,
}

/// A paragraph of lesson text followed by its citations.
#[function_component(ParaView)]
pub fn para_view(p: &ParaProps) -> Html {
    let store = use_context::<Store>().expect("store");
    html! {
        <p>{ linked(&store, &p.para.text, &p.mentions) }{ " " }<Cites cites={p.para.cite.clone()} /></p>
    }
}

#[derive(Properties, PartialEq)]
pub struct TableWrapProps {
    /// Names the region for screen readers (usually the table's caption).
    pub label: AttrValue,
    pub children: Html,
}

/// A wide table's container: it scrolls sideways on a narrow screen, so it is focusable
/// and named, and keyboard users can scroll it too.
#[function_component(TableWrap)]
pub fn table_wrap(p: &TableWrapProps) -> Html {
    html! {
        <div class="table-wrap" role="region" aria-label={p.label.clone()} tabindex="0">
            { p.children.clone() }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NextPrevProps {
    pub screen: Screen,
}

/// "Previous / Next" links at the foot of a screen.
#[function_component(NextPrev)]
pub fn next_prev(p: &NextPrevProps) -> Html {
    html! {
        <nav class="next-prev" aria-label="Previous and next screen">
            if let Some(prev) = p.screen.prev() {
                <ScreenLink to={prev} class="button secondary">{ format!("← {}", prev.nav_label()) }</ScreenLink>
            }
            if let Some(next) = p.screen.next() {
                <ScreenLink to={next} class="button">{ format!("{} →", next.nav_label()) }</ScreenLink>
            }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConditionsByPhaseProps {
    pub caption: AttrValue,
    /// A student's board, shown as a last column beside history.
    #[prop_or_default]
    pub board: Option<crate::model::Scenario>,
}

/// Which conditions held in each phase of history (the model's presets), as a real
/// table: the ripeness panel's text equivalent, and the Debrief's look back.
#[function_component(ConditionsByPhase)]
pub fn conditions_by_phase(p: &ConditionsByPhaseProps) -> Html {
    let c = course();
    let m = &c.model;
    let history: Vec<(u8, crate::model::Assessment)> = m
        .phases()
        .filter_map(|ph| m.preset(ph).map(|s| (ph, m.assess(s))))
        .collect();
    let yours = p.board.as_ref().map(|b| m.assess(b));
    let past = |h: bool| if h { "✓ held" } else { "✗ did not hold" };
    let now = |h: bool| if h { "✓ holds" } else { "✗ does not hold" };
    let verdict = |r: bool| if r { "Ripe" } else { "Not ripe" };
    html! {
        <TableWrap label={p.caption.clone()}>
            <table class="phase-table">
                <caption>{ p.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Condition" }</th>
                        { for history.iter().map(|(ph, _)| html! { <th scope="col">{ format!("Phase {ph}") }</th> }) }
                        if yours.is_some() { <th scope="col">{ "Your board" }</th> }
                    </tr>
                </thead>
                <tbody>
                    { for crate::model::CONDITIONS.iter().map(|&id| {
                        html! {
                            <tr>
                                <th scope="row">{ c.content.condition_name(id) }</th>
                                { for history.iter().map(|(_, a)| html! { <td>{ past(a.condition(id).holds) }</td> }) }
                                if let Some(y) = &yours { <td>{ now(y.condition(id).holds) }</td> }
                            </tr>
                        }
                    }) }
                    <tr>
                        <th scope="row">{ "Verdict" }</th>
                        { for history.iter().map(|(_, a)| html! { <td><strong>{ verdict(a.ripe) }</strong></td> }) }
                        if let Some(y) = &yours { <td><strong>{ verdict(y.ripe) }</strong></td> }
                    </tr>
                </tbody>
            </table>
        </TableWrap>
    }
}
