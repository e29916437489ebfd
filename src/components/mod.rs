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
use yew::prelude::*;

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
                            <a href={format!("{}#src-{}", Screen::Sources.href(), c.src)}
                               onclick={nav_click(&store, Screen::Sources)}>
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
}

/// A paragraph of lesson text followed by its citations.
#[function_component(ParaView)]
pub fn para_view(p: &ParaProps) -> Html {
    html! {
        <p>{ &p.para.text }{ " " }<Cites cites={p.para.cite.clone()} /></p>
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
