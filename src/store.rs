//! The store the components share: the lesson state in a Yew reducer, handed down by
//! context. The root (`app.rs`) creates it; components read it and dispatch actions
//! through it. Neither imports the other.

use crate::content::course;
use crate::state::{Action, Lesson, Notice};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct State {
    pub lesson: Lesson,
    /// False when the browser refuses storage: the lesson works, without saving.
    pub can_save: bool,
    /// Counts arrivals of words (the later screens' part): the view renders again.
    pub words: u32,
}

pub enum Msg {
    Act(Action),
    StorageFailed,
    WordsArrived,
    /// A notice from the browser edge (a new release, the LMS).
    Notify(Notice),
}

impl Reducible for State {
    type Action = Msg;
    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Act(a) => next.lesson.apply(course(), a),
            Msg::WordsArrived => next.words = next.words.wrapping_add(1),
            Msg::Notify(n) => next.lesson.notice(n),
            Msg::StorageFailed => {
                if next.can_save {
                    next.can_save = false;
                    next.lesson.notice(Notice::NoStorage);
                }
            }
        }
        Rc::new(next)
    }
}

/// The handle components use to read the state and dispatch actions. Reading it
/// subscribes: the component renders again on every change of the state.
pub type Store = UseReducerHandle<State>;

/// Dispatches without reading: a component that only sends actions (a link, a citation,
/// a slider) takes this, and renders again only when its own props change. On a phase
/// screen that is the difference between re-rendering every citation on every slider
/// move and re-rendering the panel.
pub type Dispatch = UseReducerDispatcher<State>;

/// The store, from the context the root provides.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("the root provides the store")
}

/// The dispatcher, from the context the root provides (it never changes).
#[hook]
pub fn use_dispatch() -> Dispatch {
    use_context::<Dispatch>().expect("the root provides the dispatcher")
}

/// How the link frames the lesson (embedding, locked forces, allowed screens), from the
/// root: links use it to leave out screens an embed does not offer.
#[hook]
pub fn use_frame() -> crate::query::Frame {
    use_context::<crate::query::Frame>().unwrap_or_default()
}

/// Which words have arrived: the later part of the words follows the first render.
#[derive(Clone, Copy, PartialEq)]
pub struct Words(pub u32);

/// Subscribes a component to the arrival of the later words, and to nothing else: one
/// that shows them (a paragraph, a citation's quote, a "why?") calls this, so it renders
/// again when they arrive but not on every move of a slider.
#[hook]
pub fn use_words() -> u32 {
    use_context::<Words>().map_or(0, |w| w.0)
}

/// Anything actions can be sent through: the store or the dispatcher.
pub trait Sends {
    fn send(&self, msg: Msg);
}

impl Sends for Store {
    fn send(&self, msg: Msg) {
        self.dispatch(msg);
    }
}

impl Sends for Dispatch {
    fn send(&self, msg: Msg) {
        self.dispatch(msg);
    }
}

pub fn dispatch(to: &impl Sends, action: Action) {
    to.send(Msg::Act(action));
}

/// Switches the lesson's language: fetches both parts of its words (from the network,
/// or the offline cache), makes them the active table, then tells the state, which keeps
/// the screen, the boards and the answers; the view rebuilds in the new words. If the
/// words cannot be had, the lesson stays as it is and says so.
pub fn switch_language(to: &Dispatch, code: String) {
    let to = to.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let Some(index) = crate::content::lang_index(&code) else {
            return;
        };
        if crate::content::lang().code == code && crate::content::later_loaded() {
            dispatch(&to, Action::SetLang(code));
            return;
        }
        // Both parts at once.
        let (first, later) = (
            web::load_text(&code, "first"),
            web::load_text(&code, "later"),
        );
        let (first, later) = (first.await, later.await);
        let set = first
            .and_then(|f| crate::content::set_table(index, f))
            .and_then(|()| later.and_then(|l| crate::content::set_later(index, l)));
        match set {
            Ok(()) => {
                web::set_document_lang(crate::content::lang().tag);
                to.dispatch(Msg::WordsArrived);
                dispatch(&to, Action::SetLang(code));
            }
            Err(e) => {
                web::log_error(&e);
                to.dispatch(Msg::Notify(Notice::LanguageFailed));
            }
        }
    });
}

/// Clears saved progress in the browser as well as in the state.
pub fn start_over(to: &impl Sends) {
    web::clear_progress();
    dispatch(to, Action::StartOver);
}
