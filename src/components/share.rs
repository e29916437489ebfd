//! The Share dialog: a link to the current scenario, and an embed-code generator with
//! a live preview, for instructors.

use super::screen_name;
use crate::content::{course, msg};
use crate::query::{to_query, Frame, Screen};
use crate::store::use_store;
use crate::web;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The embed sizes: (width, height) of the frame.
const SIZES: [(&str, &str); 3] = [("100%", "900"), ("760", "640"), ("640", "520")];

fn size_name(i: usize) -> &'static str {
    match i {
        0 => msg::share_size_full(),
        1 => msg::share_size_medium(),
        _ => msg::share_size_compact(),
    }
}

/// The page address for a query.
fn url(query: &str) -> String {
    format!("{}{}", web::page_base(), query)
}

#[derive(Clone, PartialEq)]
struct EmbedChoice {
    start: Screen,
    only_start: bool,
    keep_forces: bool,
    locked: Vec<usize>,
    size: usize,
}

/// `<iframe>` code for an embed URL. Attribute values are escaped for HTML.
fn iframe_code(src: &str, width: &str, height: &str) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    format!(
        // not shown: HTML code for the instructor's page, with the title from the content.
        "<iframe src=\"{}\" title=\"{}\" width=\"{}\" height=\"{}\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>",
        esc(src),
        esc(msg::share_iframe_title()),
        esc(width),
        esc(height)
    )
}

/// The Share button and its dialog. The dialog's contents exist only while it is open,
/// so the button does not render again with every change of the lesson.
#[function_component(ShareButton)]
pub fn share_button() -> Html {
    let dialog = use_node_ref();
    let open = use_state(|| false);
    {
        let dialog = dialog.clone();
        use_effect_with(*open, move |open| {
            if *open {
                web::show_modal(&dialog);
            }
        });
    }
    let show = {
        let open = open.clone();
        Callback::from(move |_| open.set(true))
    };
    let close = {
        let (open, dialog) = (open.clone(), dialog.clone());
        Callback::from(move |_| {
            web::close_modal(&dialog);
            open.set(false);
        })
    };
    // Escape closes a modal dialog by itself: keep the state in step.
    let on_closed = {
        let open = open.clone();
        Callback::from(move |_: Event| open.set(false))
    };
    html! {
        <>
            <button type="button" class="share-button secondary small" onclick={show} aria-haspopup="dialog">
                <span aria-hidden="true">{ "⤴ " }</span>{ msg::share_button() }
            </button>
            <dialog ref={dialog} class="share-dialog" aria-labelledby="share-title" onclose={on_closed}>
                if *open {
                    <ShareBody {close} />
                }
            </dialog>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ShareBodyProps {
    close: Callback<MouseEvent>,
}

#[function_component(ShareBody)]
fn share_body(p: &ShareBodyProps) -> Html {
    let store = use_store();
    let c = course();
    let m = &c.model;
    let lesson = &store.lesson;
    // The generator starts from what is on screen.
    let choice = use_state(|| EmbedChoice {
        start: if Screen::LESSON.contains(&lesson.screen) {
            lesson.screen
        } else {
            Screen::Intro
        },
        only_start: false,
        keep_forces: true,
        locked: Vec::new(),
        size: 0,
    });
    let status = use_state(String::new);
    let preview = use_state(|| false);
    let close = p.close.clone();

    let lang = crate::content::lang().code;
    let link = url(&crate::query::with_lang(&lesson.query(m), lang));
    let ch = (*choice).clone();
    let embed_query = {
        let frame = Frame {
            embed: true,
            locked: if matches!(ch.start, Screen::Phase(_)) {
                ch.locked.clone()
            } else {
                Vec::new()
            },
            screens: if ch.only_start {
                vec![ch.start]
            } else {
                Vec::new()
            },
        };
        let board = match ch.start {
            Screen::Phase(n) if ch.keep_forces => Some(lesson.board(n)),
            _ => None,
        };
        crate::query::with_lang(&to_query(m, ch.start, board, &frame.params(m)), lang)
    };
    let embed_url = url(&embed_query);
    let (width, height) = SIZES[ch.size];
    let code = iframe_code(&embed_url, width, height);

    // (copied, refused): what the status line says either way.
    let copy = |text: String, words: (&'static str, &'static str)| {
        let status = status.clone();
        Callback::from(move |_| {
            let text = text.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = web::copy_text(&text).await;
                status.set(if ok { words.0 } else { words.1 }.to_string());
            });
        })
    };

    let set = |f: fn(&mut EmbedChoice, &Event)| {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            let mut c = (*choice).clone();
            f(&mut c, &e);
            choice.set(c);
        })
    };
    let on_start = set(|c, e| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        c.start = Screen::from_slug(&v).unwrap_or(Screen::Intro);
    });
    let on_only =
        set(|c, e| c.only_start = e.target_unchecked_into::<HtmlInputElement>().checked());
    let on_keep =
        set(|c, e| c.keep_forces = e.target_unchecked_into::<HtmlInputElement>().checked());
    let on_size = set(|c, e| {
        c.size = e
            .target_unchecked_into::<HtmlSelectElement>()
            .value()
            .parse()
            .unwrap_or(0);
    });
    let toggle_preview = {
        let preview = preview.clone();
        Callback::from(move |_| preview.set(!*preview))
    };

    html! {
        <>
                <div class="dialog-head">
                    <h2 id="share-title">{ msg::share_title() }</h2>
                    <button type="button" class="secondary small" onclick={close.clone()}>{ msg::share_close() }</button>
                </div>
                <section aria-labelledby="share-link-title">
                    <h3 id="share-link-title">{ msg::share_link_title() }</h3>
                    <p class="muted">{ msg::share_link_help() }</p>
                    <label for="share-link">{ msg::share_link() }</label>
                    <div class="copy-row">
                        <input id="share-link" type="text" readonly=true value={link.clone()} />
                        <button type="button" onclick={copy(link.clone(), (msg::share_link_copied(), msg::share_link_refused()))}>{ msg::share_copy_link() }</button>
                    </div>
                </section>
                <section aria-labelledby="share-embed-title">
                    <h3 id="share-embed-title">{ msg::share_embed_title() }</h3>
                    <p class="muted">{ msg::share_embed_help() }</p>
                    <div class="embed-options">
                        <p>
                            <label for="embed-start">{ msg::share_start_on() }</label>
                            <select id="embed-start" onchange={on_start}>
                                { for Screen::LESSON.iter().map(|s| html! {
                                    <option value={s.slug()} selected={*s == ch.start}>{ screen_name(*s) }</option>
                                }) }
                            </select>
                        </p>
                        <p class="check">
                            <input id="embed-only" type="checkbox" checked={ch.only_start} onchange={on_only} />
                            <label for="embed-only">{ msg::share_only() }</label>
                        </p>
                        if let Screen::Phase(n) = ch.start {
                            <p class="check">
                                <input id="embed-keep" type="checkbox" checked={ch.keep_forces} onchange={on_keep} />
                                <label for="embed-keep">{ msg::share_keep(n) }</label>
                            </p>
                            <fieldset class="lock-list">
                                <legend>{ msg::share_lock() }</legend>
                                { for m.factors.iter().enumerate().map(|(i, f)| {
                                    let choice = choice.clone();
                                    let onchange = Callback::from(move |e: Event| {
                                        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                                        let mut c = (*choice).clone();
                                        c.locked.retain(|&x| x != i);
                                        if on { c.locked.push(i); crate::small::sort_by_key(&mut c.locked, |x| *x); }
                                        choice.set(c);
                                    });
                                    let id = format!("lock-{}", f.id);
                                    html! {
                                        <span class="check">
                                            <input id={id.clone()} type="checkbox" checked={ch.locked.contains(&i)} {onchange} />
                                            <label for={id}>{ c.content.factor(i).name }</label>
                                        </span>
                                    }
                                }) }
                            </fieldset>
                        }
                        <p>
                            <label for="embed-size">{ msg::share_size() }</label>
                            <select id="embed-size" onchange={on_size}>
                                { for (0..SIZES.len()).map(|i| html! {
                                    <option value={i.to_string()} selected={i == ch.size}>{ size_name(i) }</option>
                                }) }
                            </select>
                        </p>
                    </div>
                    <label for="embed-code">{ msg::share_code() }</label>
                    <textarea id="embed-code" readonly=true rows="4" value={code.clone()} />
                    <p class="copy-row">
                        <button type="button" onclick={copy(code, (msg::share_code_copied(), msg::share_code_refused()))}>{ msg::share_copy_code() }</button>
                        <button type="button" class="secondary" onclick={toggle_preview} aria-expanded={preview.to_string()}>
                            { if *preview { msg::share_hide_preview() } else { msg::share_show_preview() } }
                        </button>
                    </p>
                    <p role="status" class="copy-status">{ (*status).clone() }</p>
                    if *preview {
                        <iframe class="embed-preview" src={embed_url} title={msg::share_preview_title()}
                            width={width} height={height}></iframe>
                    }
                </section>
        </>
    }
}
