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
                    next.lesson.notice(Notice::NoStorage);
                }
            }
        }
        Rc::new(next)
    }
}

/// The handle components use to read the state and dispatch actions.
pub type Store = UseReducerHandle<State>;

/// The store, from the context the root provides.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("the root provides the store")
}

pub fn dispatch(store: &Store, action: Action) {
    store.dispatch(Msg::Act(action));
}

/// Clears saved progress in the browser as well as in the state.
pub fn start_over(store: &Store) {
    web::clear_progress();
    dispatch(store, Action::StartOver);
}
