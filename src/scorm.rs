//! The LMS edge, beside `web.rs`: in a SCORM package (the boot data says `lms`), finds
//! the LMS's API by the standard discovery walk — this window and its parents, then the
//! opener and its parents — and reports to it what `lms.rs` computes: Initialize at the
//! start, SetValue and Commit a moment after each change, the session time, Commit and
//! Terminate when the page goes away.
//!
//! An LMS that answers "false", throws, or loses its API mid-session never breaks the
//! lesson: each call is caught, the local copy of the progress is kept (and marked
//! unsent, so it wins over the LMS's older copy next time), the student is told once,
//! and everything is sent again with the next change.

use crate::content::course;
use crate::lms::{self, Version};
use crate::state::Lesson;
use crate::web;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

type Values = Vec<(&'static str, String)>;

struct Session {
    api: JsValue,
    version: Version,
    /// `Date.now()` at Initialize, for the session time.
    started: f64,
    /// What the LMS last accepted, so that only changes are sent.
    sent: Values,
    /// The LMS said "completed" at the start: never report less.
    was_completed: bool,
    /// The suspend data the LMS held at the start.
    suspend: Option<String>,
    /// The last calls failed (the student has been told).
    failing: bool,
    finished: bool,
    /// Values waiting to be sent, and the timer that sends them.
    pending: Option<(Values, gloo::timers::callback::Timeout)>,
    on_failure: Option<std::rc::Rc<dyn Fn()>>,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

fn object(obj: &JsValue, key: &str) -> Option<JsValue> {
    // A cross-origin window throws on any property but a few (`parent`, `opener`).
    js_sys::Reflect::get(obj, &key.into())
        .ok()
        .filter(|v| v.is_object())
}

/// The walk up from one window: its own API, then its parents' (at most 10 levels).
fn find_from(mut win: JsValue) -> Option<(JsValue, Version)> {
    for _ in 0..10 {
        if let Some(api) = object(&win, "API_1484_11") {
            return Some((api, Version::Scorm2004));
        }
        if let Some(api) = object(&win, "API") {
            return Some((api, Version::Scorm12));
        }
        let parent = object(&win, "parent")?;
        if parent == win {
            return None;
        }
        win = parent;
    }
    None
}

fn discover() -> Option<(JsValue, Version)> {
    let w: JsValue = web_sys::window()?.into();
    find_from(w.clone()).or_else(|| find_from(object(&w, "opener")?))
}

/// One API call; `None` when the function is missing or throws.
fn call(api: &JsValue, name: &str, args: &[&str]) -> Option<String> {
    let f: js_sys::Function = js_sys::Reflect::get(api, &name.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let r = match args {
        [] => f.call1(api, &JsValue::from_str("")),
        [a] => f.call1(api, &JsValue::from_str(a)),
        [a, b, ..] => f.call2(api, &JsValue::from_str(a), &JsValue::from_str(b)),
    }
    .ok()?;
    r.as_string().or_else(|| r.as_bool().map(|b| b.to_string()))
}

/// In a SCORM package: finds the LMS and starts the session (LMSInitialize). Progress is
/// then kept locally per learner. Returns false without an LMS: the lesson runs as ever.
pub fn start() -> bool {
    if web::boot_value("lms").is_none() {
        return false;
    }
    let Some((api, version)) = discover() else {
        return false;
    };
    let [init, get, ..] = version.calls();
    if !lms::succeeded(call(&api, init, &[]).as_deref()) {
        return false;
    }
    let [status, suspend, learner, _entry] = version.read_elements();
    let read = |el: &str| call(&api, get, &[el]).filter(|v| !v.is_empty());
    let was_completed = read(status).is_some_and(|s| lms::status_is_complete(&s));
    let suspend = read(suspend);
    web::keep_progress_for(&lms::learner_key(&read(learner).unwrap_or_default()));
    SESSION.with(|s| {
        *s.borrow_mut() = Some(Session {
            api,
            version,
            started: js_sys::Date::now(),
            sent: Vec::new(),
            was_completed,
            suspend,
            failing: false,
            finished: false,
            pending: None,
            on_failure: None,
        })
    });
    if let Some(w) = web_sys::window() {
        gloo::events::EventListener::new(&w, "pagehide", |_| finish()).forget();
    }
    true
}

/// The saved text to start from, given the local copy (see `lms::resume_from`).
pub fn resume(local: Option<String>) -> Option<String> {
    let lms = SESSION.with(|s| s.borrow().as_ref().map(|s| s.suspend.clone()));
    match lms {
        None => local,
        Some(lms) => {
            lms::resume_from(lms.as_deref(), local.as_deref(), web::unsent()).map(str::to_string)
        }
    }
}

/// Reports the lesson as it is now, a moment later (a slider dragged through five levels
/// is one report). `failed` runs once when the LMS stops accepting.
pub fn report(lesson: &Lesson, failed: impl Fn() + 'static) {
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let Some(s) = s.as_mut().filter(|s| !s.finished) else {
            return;
        };
        let values = lms::values(course(), lesson, s.version, s.was_completed);
        s.on_failure = Some(std::rc::Rc::new(failed));
        let timer = gloo::timers::callback::Timeout::new(1000, send_pending);
        s.pending = Some((values, timer));
    });
}

fn send_pending() {
    SESSION.with(|s| {
        if let Some(s) = s.borrow_mut().as_mut() {
            send(s, &[]);
        }
    });
}

/// Sends what changed (and `extra`), then commits.
fn send(s: &mut Session, extra: &[(&'static str, String)]) {
    let values = match s.pending.take() {
        Some((values, timer)) => {
            timer.cancel();
            values
        }
        None => Vec::new(),
    };
    let [_, _, set, commit, _] = s.version.calls();
    let mut ok = true;
    for (k, v) in values.iter().chain(extra) {
        if s.sent.iter().any(|(sk, sv)| sk == k && sv == v) {
            continue;
        }
        if lms::succeeded(call(&s.api, set, &[k, v]).as_deref()) {
            s.sent.retain(|(sk, _)| sk != k);
            s.sent.push((k, v.clone()));
        } else {
            ok = false;
        }
    }
    if values
        .iter()
        .any(|(k, v)| k.ends_with("_status") && v == "completed")
    {
        s.was_completed = true;
    }
    ok &= lms::succeeded(call(&s.api, commit, &[]).as_deref());
    if ok {
        s.failing = false;
        web::set_unsent(false);
    } else {
        // Everything goes again next time; this browser's copy is the newer one.
        s.sent.clear();
        web::set_unsent(true);
        if !s.failing {
            s.failing = true;
            if let Some(f) = s.on_failure.clone() {
                // Not from inside this borrow: the callback re-renders.
                gloo::timers::callback::Timeout::new(0, move || f()).forget();
            }
        }
    }
}

/// The page is going away: the last changes, the session time, `exit = suspend`,
/// Commit and Terminate (LMSFinish).
pub fn finish() {
    SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let Some(s) = s.as_mut().filter(|s| !s.finished) else {
            return;
        };
        web::flush_progress();
        let seconds = (js_sys::Date::now() - s.started) / 1000.0;
        let closing = lms::closing_values(s.version, seconds);
        send(s, &closing);
        let [.., finish] = s.version.calls();
        let _ = call(&s.api, finish, &[]);
        s.finished = true;
    });
}
