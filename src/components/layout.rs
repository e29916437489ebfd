use super::share::ShareButton;
use super::{nav_click, screen_name, ScreenLink};
use crate::content::{course, msg};
use crate::query::{to_query, Screen};
use crate::state::Action;
use crate::store::{dispatch, start_over, use_dispatch, use_store};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Html,
}

/// Skip link, header with the lesson navigation, notices, the live region, and footer.
#[function_component(Layout)]
pub fn layout(p: &LayoutProps) -> Html {
    let store = use_store();
    let links = use_dispatch();
    let c = course().content;
    let current = store.lesson.screen;
    let embed = store.lesson.frame.embed;
    super::LINK_SOURCES.with(|f| f.set(store.lesson.frame.allows(Screen::Sources)));
    let current_if = |s: Screen| (s == current).then_some("page");
    // The same screen and forces, without the embedding frame.
    let full_lesson = {
        let board = match current {
            Screen::Phase(n) => Some(store.lesson.board(n)),
            _ => None,
        };
        format!(
            "{}{}",
            crate::web::page_base(),
            crate::query::with_lang(
                &to_query(&course().model, current, board, &[]),
                crate::content::lang().code
            )
        )
    };
    let confirm_open = use_state(|| false);
    // The confirmation replaces the Start over button: focus moves into it, and back.
    let (keep_ref, start_ref) = (use_node_ref(), use_node_ref());
    let was_open = use_mut_ref(|| false);
    {
        let (keep_ref, start_ref) = (keep_ref.clone(), start_ref.clone());
        use_effect_with(*confirm_open, move |open| {
            if *open {
                crate::web::focus_ref(&keep_ref);
                *was_open.borrow_mut() = true;
            } else if was_open.replace(false) {
                crate::web::focus_ref(&start_ref);
            }
        });
    }

    let notices = store.lesson.notices.iter().enumerate().map(|(i, n)| {
        let store = store.clone();
        let dismiss = Callback::from(move |_| dispatch(&store, Action::DismissNotice(i)));
        html! {
            <div class={classes!("notice", (*n == crate::state::Notice::Update).then_some("notice-update"))}>
                <span class="notice-icon" aria-hidden="true">{ "i" }</span>
                <p>{ n.words(course()) }</p>
                if *n == crate::state::Notice::Update {
                    <button type="button" class="small" onclick={Callback::from(|_| crate::web::apply_update())}>
                        { msg::offline_reload() }
                    </button>
                }
                <button type="button" class="secondary small" onclick={dismiss}>
                    { msg::notice_dismiss() }<span class="visually-hidden">{ msg::notice_dismiss_hidden() }</span>
                </button>
            </div>
        }
    });

    let ask = {
        let o = confirm_open.clone();
        Callback::from(move |_| o.set(true))
    };
    let cancel = {
        let o = confirm_open.clone();
        Callback::from(move |_| o.set(false))
    };
    let confirm = {
        let o = confirm_open.clone();
        let store = store.clone();
        Callback::from(move |_| {
            o.set(false);
            start_over(&store);
        })
    };

    html! {
        <>
            <a class="skip-link" href="#main">{ msg::layout_skip() }</a>
            <header class={classes!("site-header", embed.then_some("compact"))}>
                <div class="header-inner">
                    if embed {
                        <span class="brand">
                            <span class="brand-mark" aria-hidden="true">{ "◐" }</span>
                            { c.title }
                        </span>
                    } else {
                        <ScreenLink to={Screen::Intro} class="brand">
                            <span class="brand-mark" aria-hidden="true">{ "◐" }</span>
                            { c.title }
                        </ScreenLink>
                    }
                    <nav aria-label={msg::layout_lesson_nav()} class="lesson-nav">
                        <ol>
                            { for store.lesson.frame.lesson_screens().into_iter().map(|s| {
                                // A phase the student has revealed is marked done.
                                let done = matches!(s, Screen::Phase(n) if store.lesson.revealed(n))
                                    || (s == Screen::Afghanistan && store.lesson.transfer_revealed);
                                html! {
                                    <li>
                                        <a href={s.href()}
                                           aria-current={current_if(s)}
                                           onclick={nav_click(&links, s)}>
                                            if done { <span class="done-mark" aria-hidden="true">{ "✓ " }</span> }
                                            { screen_name(s) }
                                            if done { <span class="visually-hidden">{ msg::layout_done() }</span> }
                                        </a>
                                    </li>
                                }
                            }) }
                        </ol>
                    </nav>
                    <div class="header-tools">
                        <LanguageSwitch />
                        <a href={Screen::MyWork.href()} class="tool-link" aria-current={current_if(Screen::MyWork)}
                           onclick={nav_click(&links, Screen::MyWork)}>{ msg::nav_mywork() }</a>
                        if embed && store.lesson.frame.screens.contains(&Screen::Guide) {
                            // Embedded, the guide is offered only when the instructor asked
                            // for it (`screens=…,guide`).
                            <a href={Screen::Guide.href()} class="tool-link" aria-current={current_if(Screen::Guide)}
                               onclick={nav_click(&links, Screen::Guide)}>{ msg::layout_for_instructors() }</a>
                        }
                        if embed {
                            <a class="tool-link" href={full_lesson} target="_blank" rel="noopener">
                                { msg::layout_open_full() }<span aria-hidden="true">{ " ↗" }</span>
                                <span class="visually-hidden">{ msg::layout_new_tab() }</span>
                            </a>
                        } else {
                            <a href={Screen::Guide.href()} class="tool-link guide-link" aria-current={current_if(Screen::Guide)}
                               onclick={nav_click(&links, Screen::Guide)}>{ msg::layout_for_instructors() }</a>
                            <ShareButton />
                        }
                    </div>
                </div>
            </header>
            <div class="notices" role="status" data-notice={(!store.lesson.notices.is_empty()).then_some("true")}>
                { for notices }
            </div>
            <div class="visually-hidden" aria-live="polite" data-live="">
                { &store.lesson.announcement.text }
            </div>
            <main id="main" tabindex="-1">
                { p.children.clone() }
            </main>
            <footer class="site-footer">
                if !embed {
                    // On a phone the header has no room for it: it moves here (CSS).
                    <p class="footer-guide">
                        <a href={Screen::Guide.href()} onclick={nav_click(&links, Screen::Guide)}>{ msg::layout_for_instructors() }</a>
                    </p>
                }
                <p>{ c.disclaimer }</p>
                <p>
                    if *confirm_open {
                        <span role="group" aria-label={msg::layout_confirm_label()}>
                            { msg::layout_confirm_question() }
                            <button type="button" class="danger small" onclick={confirm}>{ msg::layout_confirm_yes() }</button>
                            { " " }
                            <button type="button" class="secondary small" onclick={cancel} ref={keep_ref}>{ msg::layout_confirm_keep() }</button>
                        </span>
                    } else {
                        <button type="button" class="secondary small" onclick={ask} ref={start_ref}>{ msg::layout_start_over() }</button>
                    }
                    if !store.can_save {
                        <span class="muted">{ msg::layout_not_saving() }</span>
                    }
                </p>
            </footer>
        </>
    }
}

/// The language switch: a native select, each language named in itself. Choosing one
/// keeps the screen, the forces and the answers (see `store::switch_language`).
#[function_component(LanguageSwitch)]
fn language_switch() -> Html {
    let links = use_dispatch();
    let langs = crate::content::LANGS;
    if langs.len() < 2 {
        return html! {};
    }
    let active = crate::content::lang().code;
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        crate::store::switch_language(&links, select.value());
    });
    html! {
        <span class="lang-switch">
            <label for="lang-select">
                // A globe (drawn in CSS): on a phone it stands for the word, which stays the
                // control's name.
                <span class="lang-icon" aria-hidden="true"></span>
                <span class="lang-word">{ msg::layout_language() }</span>
            </label>
            <select id="lang-select" {onchange}>
                { for langs.iter().map(|l| html! {
                    <option value={l.code} lang={l.tag} selected={l.code == active}>{ l.name }</option>
                }) }
            </select>
        </span>
    }
}
