//! Presentational components. They read the state from the store (`crate::store`) and
//! dispatch `Action`s; their words come from the content (`content::msg` and the lesson's
//! texts), and none of them touches the browser beyond `web`'s few calls.

mod class;
mod debrief;
mod guide;
mod intro;
mod layout;
mod map;
mod mywork;
mod phase;
mod share;
mod source_text;
mod sources;
mod timeline;
mod transfer;

pub use layout::Layout;

use crate::content::{course, msg, Cite, Para, Txt};
use crate::query::Screen;
use crate::state::Action;
use crate::store::{dispatch, use_dispatch, use_frame, use_store, Dispatch};
use crate::terms::{self, Mention};
use yew::prelude::*;

/// Lesson text renders straight from the language's table, without a copy.
impl yew::html::IntoPropValue<Html> for Txt {
    fn into_prop_value(self) -> Html {
        Html::VText(yew::virtual_dom::VText::new(self.get()))
    }
}

impl yew::html::IntoPropValue<Html> for &Txt {
    fn into_prop_value(self) -> Html {
        (*self).into_prop_value()
    }
}

/// `part / whole` as a CSS percentage with `places` decimals ("33.3%"), in integers: float
/// formatting would add its own code to the wasm for a few style values.
pub fn css_pct(part: i64, whole: i64, places: u32) -> String {
    let scale = 10i64.pow(places);
    let whole = whole.max(1);
    let v = ((part.clamp(0, whole) * 100 * scale * 2 + whole) / (2 * whole)).max(0);
    let (int, frac) = (v / scale, v % scale);
    if places == 0 {
        format!("{int}%")
    } else {
        format!("{int}.{frac:0width$}%", width = places as usize)
    }
}

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
        "government" => msg::side_government(),
        "opposition" => msg::side_opposition(),
        _ => msg::side_both(),
    }
}

/// A screen's name in the navigation ("Phase 2", "Debrief").
pub fn screen_name(s: Screen) -> String {
    match s {
        Screen::Intro => msg::nav_intro().into(),
        Screen::Phase(n) => msg::nav_phase(n),
        Screen::Debrief => msg::nav_debrief().into(),
        Screen::Sources => msg::nav_sources().into(),
        Screen::MyWork => msg::nav_mywork().into(),
        Screen::Guide => msg::nav_guide().into(),
        Screen::Afghanistan => msg::nav_afghanistan().into(),
        Screen::Class => msg::nav_class().into(),
    }
}

/// A date as the active language writes it ("2 December 2026", "2 декабря 2026 г.").
pub fn date_words(day: u32, month: u32, year: i32) -> String {
    let name = match month {
        1 => msg::date_m1(),
        2 => msg::date_m2(),
        3 => msg::date_m3(),
        4 => msg::date_m4(),
        5 => msg::date_m5(),
        6 => msg::date_m6(),
        7 => msg::date_m7(),
        8 => msg::date_m8(),
        9 => msg::date_m9(),
        10 => msg::date_m10(),
        11 => msg::date_m11(),
        _ => msg::date_m12(),
    };
    msg::date_format(day, name, year)
}

/// The current screen. Those that show the later part of the words wait for it (it
/// follows the first render, so this is seldom seen).
#[function_component(ScreenView)]
pub fn screen_view() -> Html {
    let store = use_store();
    let screen = store.lesson.screen;
    let needs_later = matches!(
        screen,
        Screen::Debrief
            | Screen::Sources
            | Screen::MyWork
            | Screen::Guide
            | Screen::Afghanistan
            | Screen::Class
    );
    if needs_later && !crate::content::later_loaded() {
        return html! {
            <article class="screen">
                <h1 id="screen-title" tabindex="-1">{ screen_name(screen) }</h1>
                <p class="loading" role="status">{ msg::boot_loading() }</p>
            </article>
        };
    }
    match screen {
        Screen::Intro => html! { <intro::Intro /> },
        Screen::Phase(n) => html! { <phase::PhaseScreen phase={n} /> },
        Screen::Debrief => html! { <debrief::Debrief /> },
        Screen::Sources => html! { <sources::Sources /> },
        Screen::MyWork => html! { <mywork::MyWork /> },
        Screen::Guide => html! { <guide::Guide /> },
        Screen::Afghanistan => html! { <transfer::Transfer /> },
        Screen::Class => html! { <class::ClassResults /> },
    }
}

/// True for a click the browser should handle itself (a new tab or window).
fn modified(e: &MouseEvent) -> bool {
    e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0
}

/// Handles a click on an in-lesson link: navigate without reloading, unless the user
/// asked for a new tab or window.
pub fn nav_click(store: &Dispatch, screen: Screen) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |e: MouseEvent| {
        if modified(&e) {
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
    let store = use_dispatch();
    let frame = use_frame();
    if !frame.allows(p.to) {
        // An embed that does not offer the screen: the full lesson, in a new tab.
        let href = format!("{}{}", crate::web::page_base(), p.to.href());
        return html! {
            <a {href} class={p.class.clone()} target="_blank" rel="noopener">
                { p.children.clone() }
                <span class="visually-hidden">{ msg::layout_new_tab() }</span>
            </a>
        };
    }
    html! {
        <a href={p.to.href()} class={p.class.clone()} onclick={nav_click(&store, p.to)}>
            { p.children.clone() }
        </a>
    }
}

/// A link to an entry on the Sources screen (a source or a glossary term): navigates in
/// place, then moves focus to the entry.
pub fn entry_click(store: &Dispatch, id: String) -> Callback<MouseEvent> {
    let store = store.clone();
    Callback::from(move |e: MouseEvent| {
        if modified(&e) {
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
    let terms: Vec<Vec<&str>> = course()
        .content
        .glossary
        .iter()
        .map(|t| terms::needles(t.term.get(), t.forms.get()))
        .collect();
    terms::first_mentions(&terms, texts)
}

/// Plain text, with any run of Latin script marked as English (`lang="en"`) when the
/// lesson is in another language: a quotation left in the source's English is then
/// pronounced as English by screen readers.
pub fn words(text: &str) -> Html {
    if crate::content::lang().code == "en" {
        return html! { { text } };
    }
    terms::latin_runs(text)
        .into_iter()
        .map(|(r, latin)| {
            if latin {
                html! { <span lang="en">{ &text[r] }</span> }
            } else {
                html! { { &text[r] } }
            }
        })
        .collect::<Html>()
}

/// Text with its glossary mentions linked to their entries (unless the link's frame
/// leaves the Sources screen out).
pub fn linked(store: &Dispatch, text: &str, mentions: &[Mention]) -> Html {
    let glossary = course().content.glossary;
    if !LINK_SOURCES.with(|f| f.get()) {
        return words(text);
    }
    let mut out = Vec::new();
    let mut at = 0;
    for m in mentions {
        out.push(words(&text[at..m.start]));
        let term = &glossary[m.term];
        out.push(html! {
            <a class="term" href={entry_href(term.anchor)} onclick={entry_click(store, term.anchor.to_string())}
               title={msg::common_glossary_title(term.term)}>
                { &text[m.start..m.end] }
            </a>
        });
        at = m.end;
    }
    out.push(words(&text[at..]));
    out.into_iter().collect::<Html>()
}

thread_local! {
    /// Whether glossary and source links may lead to the Sources screen (an embed may
    /// leave it out). Set by the layout from the link's frame.
    pub static LINK_SOURCES: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// "McAuliffe, lines 667–695" for a citation.
pub fn cite_label(c: &Cite) -> String {
    let who = course()
        .content
        .source(c.src)
        .map_or(msg::cite_unknown_source(), |s| s.short.get());
    if c.lines[0] == c.lines[1] {
        msg::cite_line(c.lines[0], who)
    } else {
        msg::cite_lines(c.lines[0], c.lines[1], who)
    }
}

#[derive(Properties)]
pub struct CitesProps {
    pub cites: &'static [Cite],
}

// Content is static: the same place in it is the same content, without comparing it.
impl PartialEq for CitesProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.cites, other.cites)
    }
}

/// Citations as a small disclosure button that opens the full references in place: one
/// chip for one citation, one chip ("McAuliffe, lines 200–204 +3") for several, so a
/// sentence is not followed by a row of chips. The quoted phrase stays in English, the
/// language of the source, and is marked so.
#[function_component(Cites)]
pub fn cites(p: &CitesProps) -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_dispatch();
    let to_sources = use_frame().allows(Screen::Sources);
    let Some(first) = p.cites.first() else {
        return html! {};
    };
    let more = p.cites.len() - 1;
    let body = |c: &Cite| {
        let src = course().content.source(c.src);
        let entry = format!("src-{}", c.src);
        html! {
            <span class="cite-body">
                if more > 0 { <strong class="cite-label">{ cite_label(c) }</strong>{ " " } }
                if let Some(s) = src {
                    <span class="cite-ref">
                        { msg::cite_reference(s.author, s.publication, s.title, s.year) }
                    </span>
                    { msg::cite_where(s.file, c.lines[0], c.lines[1]) }
                }
                if let Some(q) = c.quote {
                    <q class="cite-quote" lang="en">{ q }</q>
                }
                if to_sources {
                    <a href={entry_href(&entry)} onclick={entry_click(&store, entry.clone())}>
                        { msg::cite_about_source() }
                    </a>
                }
            </span>
        }
    };
    html! {
        <span class="cites">
            <details class="cite">
                <summary>
                    <span class="visually-hidden">{ msg::cite_prefix() }</span>
                    { cite_label(first) }
                    if more > 0 {
                        <span aria-hidden="true">{ format!("\u{a0}+{more}") }</span>
                        <span class="visually-hidden">{ msg::cite_and_more(more as i64) }</span>
                    }
                </summary>
                { for p.cites.iter().map(body) }
            </details>
        </span>
    }
}

#[derive(Properties)]
pub struct ParaProps {
    pub para: &'static Para,
    /// Glossary terms first mentioned in this paragraph (see `mentions`).
    #[prop_or_default]
    pub mentions: Vec<Mention>,
    #[prop_or_default]
    pub class: Classes,
}

impl PartialEq for ParaProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.para, other.para)
            && self.mentions == other.mentions
            && self.class == other.class
    }
}

/// A paragraph of lesson text followed by its citations.
#[function_component(ParaView)]
pub fn para_view(p: &ParaProps) -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_dispatch();
    html! {
        <p class={p.class.clone()}>{ linked(&store, p.para.text.get(), &p.mentions) }{ " " }<Cites cites={p.para.cite} /></p>
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
        <nav class="next-prev" aria-label={msg::nav_prev_next()}>
            if let Some(prev) = p.screen.prev() {
                <ScreenLink to={prev} class="button secondary">{ msg::nav_prev(screen_name(prev)) }</ScreenLink>
            }
            if let Some(next) = p.screen.next() {
                <ScreenLink to={next} class="button">{ msg::nav_next(screen_name(next)) }</ScreenLink>
            }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConditionsByPhaseProps {
    pub caption: AttrValue,
    /// The phases to show (the ones the student has revealed); all when `None`.
    #[prop_or_default]
    pub phases: Option<Vec<u8>>,
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
        .filter(|ph| p.phases.as_ref().is_none_or(|only| only.contains(ph)))
        .filter_map(|ph| m.preset(ph).map(|s| (ph, m.assess(s))))
        .collect();
    let yours = p.board.as_ref().map(|b| m.assess(b));
    let past = |h: bool| {
        if h {
            msg::table_held()
        } else {
            msg::table_did_not_hold()
        }
    };
    let now = crate::class::holds_word;
    let verdict = |r: bool| {
        if r {
            msg::verdict_ripe()
        } else {
            msg::verdict_not_ripe()
        }
    };
    html! {
        <TableWrap label={p.caption.clone()}>
            <table class="phase-table">
                <caption>{ p.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ msg::table_condition() }</th>
                        { for history.iter().map(|(ph, _)| html! { <th scope="col">{ msg::nav_phase(ph) }</th> }) }
                        if yours.is_some() { <th scope="col">{ msg::table_your_board() }</th> }
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
                        <th scope="row">{ msg::table_verdict() }</th>
                        { for history.iter().map(|(_, a)| html! { <td><strong>{ verdict(a.ripe) }</strong></td> }) }
                        if let Some(y) = &yours { <td><strong>{ verdict(y.ripe) }</strong></td> }
                    </tr>
                </tbody>
            </table>
        </TableWrap>
    }
}
