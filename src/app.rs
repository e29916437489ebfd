//! The Yew root: holds the lesson state, wires it to the browser edge (`web`), and
//! renders the screens. Components only render state and dispatch actions.

use crate::components::{Layout, ScreenView};
use crate::content::Course;
use crate::query::{self, Screen};
use crate::state::{Action, HistoryOp, Lesson};
use crate::web;
use std::rc::Rc;
use std::sync::OnceLock;
use yew::prelude::*;

static COURSE: OnceLock<Course> = OnceLock::new();

/// The lesson's content and model, loaded once at start-up.
pub fn course() -> &'static Course {
    COURSE.get().expect("course loaded in start()")
}

#[derive(Clone, PartialEq)]
pub struct State {
    pub lesson: Lesson,
    /// False when the browser refuses storage: the lesson works, without saving.
    pub can_save: bool,
}

pub enum Msg {
    Act(Action),
    StorageFailed,
}

impl Reducible for State {
    type Action = Msg;
    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Act(a) => next.lesson.apply(course(), a),
            Msg::StorageFailed => {
                if next.can_save {
                    next.can_save = false;
                    next.lesson.notices.push(NO_STORAGE.into());
                }
            }
        }
        Rc::new(next)
    }
}

const NO_STORAGE: &str = "This browser is not letting the lesson save your progress (as in a private window or some embedded frames). Everything works, but your answers will be lost when you close the page.";

/// The handle components use to read the state and dispatch actions.
pub type Store = UseReducerHandle<State>;

pub fn dispatch(store: &Store, action: Action) {
    store.dispatch(Msg::Act(action));
}

/// Builds the first state: saved progress if readable, then whatever the URL asks.
fn initial_state() -> State {
    let c = course();
    let mut can_save = true;
    let mut notices = Vec::new();
    let mut lesson = match web::load_progress() {
        Ok(Some(json)) => Lesson::from_json(&c.model, &json).unwrap_or_else(|_| {
            notices.push(
                "Your saved progress could not be read, so the lesson starts afresh.".to_string(),
            );
            Lesson::new(&c.model)
        }),
        Ok(None) => Lesson::new(&c.model),
        Err(web::StorageError::Unavailable) => {
            can_save = false;
            notices.push(NO_STORAGE.to_string());
            Lesson::new(&c.model)
        }
    };
    let parsed = query::parse(&web::search(), &c.model);
    lesson.apply_query(&c.model, &parsed);
    lesson.notices.extend(notices);
    State { lesson, can_save }
}

/// "Phase 2: Deadlock · Ripe for Peace".
fn screen_title(screen: Screen) -> String {
    let c = &course().content;
    let name = match screen {
        Screen::Phase(n) => c
            .phase(n)
            .map(|p| format!("Phase {n}: {}", p.title))
            .unwrap_or_else(|| screen.nav_label()),
        Screen::Intro => return c.title.clone() + ": why the Tajik peace talks succeeded in 1997",
        other => other.nav_label(),
    };
    format!("{name} · {}", c.title)
}

/// The query string that describes the current state.
pub fn current_query(lesson: &Lesson) -> String {
    let c = course();
    let board = match lesson.screen {
        Screen::Phase(n) => Some(lesson.board(n)),
        _ => None,
    };
    query::to_query(
        &c.model,
        lesson.screen,
        board,
        &lesson.frame.params(&c.model),
    )
}

#[function_component(App)]
fn app() -> Html {
    let store = use_reducer(initial_state);

    // Back/forward: read the URL again.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = web::on_popstate(move || {
                let parsed = query::parse(&web::search(), &course().model);
                dispatch(&store, Action::FromUrl(parsed));
            });
            web::mark_rendered();
            web::watch_height();
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
            web::set_query(&current_query(lesson), lesson.history == HistoryOp::Push);
            if store.can_save && web::save_progress(&lesson.to_json()).is_err() {
                store.dispatch(Msg::StorageFailed);
            }
        });
    }

    // After a navigation, move focus to the new screen's heading.
    use_effect_with(store.lesson.nav_seq, |seq| {
        if *seq > 0 {
            web::scroll_to_top();
            web::focus("screen-title");
        }
    });

    // After an action that removed the focused control (Reveal), focus what replaced it.
    use_effect_with(store.lesson.focus.clone(), |f| {
        if f.seq > 0 {
            web::focus(&f.id);
        }
    });

    // Each screen has its own title, for tabs, history and screen readers.
    use_effect_with(store.lesson.screen, |screen| {
        web::set_title(&screen_title(*screen));
    });

    html! {
        <ContextProvider<Store> context={store.clone()}>
            <Layout>
                <ScreenView />
            </Layout>
        </ContextProvider<Store>>
    }
}

/// Entry point, called from `main`.
pub fn start() {
    match Course::load() {
        Ok(c) => {
            let _ = COURSE.set(c);
            web::remove_loading_note();
            let root = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("app"))
                .expect("index.html has #app");
            yew::Renderer::<App>::with_root(root).render();
        }
        Err(e) => {
            // Content is checked by the native tests, so this is a broken build.
            web_sys::console::error_1(&e.into());
        }
    }
}

/// Clears saved progress in the browser as well as in the state.
pub fn start_over(store: &Store) {
    web::clear_progress();
    dispatch(store, Action::StartOver);
}
