//! The Yew root: loads the lesson's words, builds the first state, wires the store to the
//! browser edge (`web`), and renders the screens. Components only render state and
//! dispatch actions (see `store.rs`).

use crate::components::{screen_name, Layout, ScreenView};
use crate::content::{self, course, msg};
use crate::query::{self, Screen};
use crate::state::{Action, HistoryOp, Lesson, Notice};
use crate::store::{dispatch, Dispatch, Msg, State, Store};
use crate::web;
use yew::prelude::*;

/// Builds the first state: saved progress if readable, then whatever the URL asks.
fn initial_state() -> State {
    let c = course();
    let mut can_save = true;
    // First: in a SCORM package with an LMS it picks the learner's own storage key. The
    // LMS's copy of the progress then wins, unless this browser's is newer.
    let lms = crate::scorm::start();
    let stored = web::load_progress().map(|local| {
        if lms {
            crate::scorm::resume(local)
        } else {
            local
        }
    });
    let mut lesson = match stored {
        Ok(Some(text)) => Lesson::from_saved(c, &text),
        Ok(None) => Lesson::new(&c.model),
        Err(web::StorageError::Unavailable) => {
            can_save = false;
            let mut l = match crate::scorm::resume(None) {
                Some(text) => Lesson::from_saved(c, &text),
                None => Lesson::new(&c.model),
            };
            l.notice(Notice::NoStorage);
            l
        }
    };
    let parsed = query::parse(&web::search(), &c.model);
    lesson.apply_query(&c.model, &parsed);
    State {
        lesson,
        can_save,
        words: 0,
    }
}

/// "Phase 2: Deadlock · Ripe for Peace".
fn screen_title(screen: Screen) -> String {
    let c = course().content;
    let name = match screen {
        Screen::Phase(n) => c
            .phase(n)
            .map(|p| msg::handin_phase_heading(n, p.title))
            .unwrap_or_else(|| screen_name(screen)),
        Screen::Intro => return msg::common_intro_title(c.title),
        other => screen_name(other),
    };
    msg::common_title_suffix(name, c.title)
}

#[function_component(App)]
fn app() -> Html {
    let store = use_reducer(initial_state);

    // Back/forward: read the URL again.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = {
                let store = store.clone();
                web::on_popstate(move || {
                    let parsed = query::parse(&web::search(), &course().model);
                    dispatch(&store, Action::FromUrl(parsed));
                })
            };
            web::mark_rendered();
            web::watch_height();
            // Offline use: only now, so it never competes with the first load.
            {
                let store = store.clone();
                web::start_offline(move || store.dispatch(Msg::Notify(Notice::Update)));
            }
            // The language the student chose earlier (kept by an LMS, say) when index.html
            // loaded another: switching brings both parts of its words. Otherwise the
            // words of the later screens follow the first render.
            let chosen = store.lesson.lang.clone();
            if !chosen.is_empty() && chosen != content::lang().code {
                crate::store::switch_language(&store.dispatcher(), chosen);
            } else if !content::later_loaded() {
                let store = store.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let lang = content::lang();
                    let index = content::lang_index(lang.code).unwrap_or(0);
                    match web::load_text(lang.code, "later")
                        .await
                        .and_then(|t| content::set_later(index, t))
                    {
                        Ok(()) => store.dispatch(Msg::WordsArrived),
                        Err(e) => web::log_error(&e),
                    }
                });
            }
            // A link to a glossary term or source entry (`?screen=sources#term-uto`).
            if let Some(id) = web::hash_target() {
                web::focus_later(id);
            }
            move || drop(listener)
        });
    }

    // Keep the address bar and the saved progress in step with the state.
    {
        let store = store.clone();
        use_effect_with(store.lesson.clone(), move |lesson| {
            web::set_query(
                &lesson.query(&course().model),
                lesson.history == HistoryOp::Push,
            );
            if store.can_save {
                let store = store.clone();
                web::save_progress_soon(lesson.to_saved(), move || {
                    store.dispatch(Msg::StorageFailed)
                });
            }
            let store = store.clone();
            crate::scorm::report(lesson, move || {
                store.dispatch(Msg::Notify(Notice::LmsNotRecording))
            });
        });
    }

    // After a navigation, move focus to the new screen's heading.
    use_effect_with(store.lesson.nav_seq, |seq| {
        if *seq > 0 {
            web::settle_after_navigation();
        }
    });

    // After an action that removed the focused control (Reveal), focus what replaced it.
    use_effect_with(store.lesson.focus.clone(), |f| {
        if f.seq > 0 {
            web::focus(&f.id);
        }
    });

    // Each screen has its own title, for tabs, history and screen readers.
    use_effect_with(
        (store.lesson.screen, content::lang().code),
        |(screen, _)| {
            web::set_title(&screen_title(*screen));
        },
    );

    html! {
        <ContextProvider<Dispatch> context={store.dispatcher()}>
            <ContextProvider<crate::query::Frame> context={store.lesson.frame.clone()}>
                <ContextProvider<crate::store::Words> context={crate::store::Words(store.words)}>
                    <ContextProvider<Store> context={store.clone()}>
                        // Keyed by language: a switch rebuilds every component in the new words.
                        <Layout key={content::lang().code}>
                            <ScreenView />
                        </Layout>
                    </ContextProvider<Store>>
                </ContextProvider<crate::store::Words>>
            </ContextProvider<crate::query::Frame>>
        </ContextProvider<Dispatch>>
    }
}

/// Entry point, called from `main`: waits for the words, then renders.
pub fn start() {
    web::mark("ripe:start");
    wasm_bindgen_futures::spawn_local(async {
        let lang = content::lang_index(&web::boot_lang()).unwrap_or(0);
        let code = content::LANGS[lang].code;
        let mut words = web::load_text(code, "first")
            .await
            .and_then(|t| content::set_table(lang, t));
        if words.is_ok() && web::later_started() {
            words = web::load_text(code, "later")
                .await
                .and_then(|t| content::set_later(lang, t));
        }
        match words {
            Ok(()) => {
                web::mark("ripe:words");
                web::set_document_lang(content::lang().tag);
                web::remove_loading_note();
                let root = web::app_root().expect("index.html has #app");
                yew::Renderer::<App>::with_root(root).render();
            }
            Err(e) => web::show_load_failure(&e),
        }
    });
}
