//! The browser edge: the only module that touches the URL, history, storage and the
//! document outside Yew's tree. Everything here fails soft: a browser that refuses
//! (storage in a sandboxed frame, a missing API) yields an error value, never a panic.

use wasm_bindgen::JsValue;

const STORAGE_KEY: &str = "ripe-for-peace:progress";

/// `window.ripeText`, set up by index.html's first script: the language it chose, a
/// promise of that language's words, and `load(code)` for another language.
fn boot() -> Option<JsValue> {
    let w = window()?;
    js_sys::Reflect::get(&w, &"ripeText".into())
        .ok()
        .filter(|v| v.is_object())
}

fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(obj, &key.into())
        .ok()
        .filter(|v| !v.is_undefined())
}

/// The language index.html chose (the URL's `lang=`, the saved choice, the browser's
/// languages), or "en".
pub fn boot_lang() -> String {
    boot()
        .and_then(|b| get(&b, "lang"))
        .and_then(|l| l.as_string())
        .unwrap_or_else(|| "en".into())
}

/// One part of a language's words ("first" or "later"), as index.html's loader fetched
/// it (or has it inline). The fetch starts at the call, so two parts load side by side.
pub fn load_text(
    code: &str,
    part: &str,
) -> impl std::future::Future<Output = Result<Vec<String>, String>> {
    use wasm_bindgen::JsCast;
    let promise = boot()
        .and_then(|b| {
            let started = get(&b, "lang").and_then(|l| l.as_string()).as_deref() == Some(code);
            let key = if part == "later" { "later" } else { "data" };
            started.then(|| get(&b, key)).flatten().or_else(|| {
                get(&b, "load")
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                    .and_then(|f| f.call2(&b, &code.into(), &part.into()).ok())
            })
        })
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let label = format!("{code} {part}");
    async move {
        let promise = promise.ok_or("ripeText.load")?; // not shown: the console's
        read_text(promise, &label).await
    }
}

async fn read_text(promise: js_sys::Promise, label: &str) -> Result<Vec<String>, String> {
    use wasm_bindgen::JsCast;
    let value = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|e| {
            // A message, not Debug formatting (which would weigh on every first load).
            let why = e
                .dyn_ref::<js_sys::Error>()
                .map(|x| String::from(x.message()))
                .or_else(|| e.as_string())
                .unwrap_or_default();
            format!("{label}: {why}")
        })?;
    let array: js_sys::Array = value.dyn_into().map_err(|_| "ripeText: not an array")?; // not shown
    Ok(array
        .iter()
        .map(|v| v.as_string().unwrap_or_default())
        .collect())
}

/// A problem for developers, in the console (never on the page).
pub fn log_error(detail: &str) {
    web_sys::console::error_1(&detail.into());
}

/// Whether index.html already started fetching the later words (a returning student, or
/// a link to a later screen): the first render then waits for them too.
pub fn later_started() -> bool {
    boot().and_then(|b| get(&b, "later")).is_some()
}

/// `<html lang>`, so screen readers and hyphenation follow the language.
pub fn set_document_lang(tag: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
    }
}

pub fn app_root() -> Option<web_sys::Element> {
    window()?.document()?.get_element_by_id("app")
}

/// When the words cannot be loaded: say so where "Loading the lesson…" was, in the
/// words index.html has for it (never in the error's own text, which may hold anything).
pub fn show_load_failure(detail: &str) {
    web_sys::console::error_1(&detail.into());
    let failed = boot()
        .and_then(|b| get(&b, "failed"))
        .and_then(|f| f.as_string())
        .unwrap_or_default();
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        // The note is a polite status region: the change is announced.
        el.set_text_content(Some(&failed));
    }
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current query string, including its leading `?` (or empty).
pub fn search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Puts `query` in the address bar: a new history entry (`push`) or the current one.
pub fn set_query(query: &str, push: bool) {
    LAST_SEARCH.with(|l| *l.borrow_mut() = query.to_string());
    let Some(w) = window() else { return };
    if w.location().search().ok().as_deref() == Some(query) {
        return;
    }
    let Ok(history) = w.history() else { return };
    // Keep the path as is: the lesson may be served from any sub-path.
    let url = format!("{}{}", w.location().pathname().unwrap_or_default(), query);
    let _ = if push {
        // Remember how far down the page being left the student was, for Back.
        let here = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&here, &"y".into(), &w.scroll_y().unwrap_or(0.0).into());
        let _ = history.replace_state(&here, "");
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Why saved progress could not be used.
pub enum StorageError {
    /// The browser refuses storage (private mode, sandboxed frame, disabled).
    Unavailable,
}

thread_local! {
    /// Where progress is kept: the lesson's key, or in an LMS one key per learner (a
    /// shared classroom computer must not hand one student's work to the next).
    static KEY: std::cell::RefCell<String> = std::cell::RefCell::new(STORAGE_KEY.into());
}

fn key() -> String {
    KEY.with(|k| k.borrow().clone())
}

/// Keeps progress under a key of its own for this LMS learner (see `lms::learner_key`).
#[cfg(feature = "portable")]
pub fn keep_progress_for(learner: &str) {
    KEY.with(|k| *k.borrow_mut() = format!("{STORAGE_KEY}:lms:{learner}"));
}

/// Whether this browser holds progress the LMS has not acknowledged (a commit failed).
#[cfg(feature = "portable")]
pub fn unsent() -> bool {
    storage()
        .ok()
        .and_then(|s| s.get_item(&format!("{}:unsent", key())).ok().flatten())
        .is_some()
}

#[cfg(feature = "portable")]
pub fn set_unsent(unsent: bool) {
    if let Ok(s) = storage() {
        let k = format!("{}:unsent", key());
        let _ = if unsent {
            s.set_item(&k, "1")
        } else {
            s.remove_item(&k)
        };
    }
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    // `local_storage()` itself throws in a sandboxed frame without allow-same-origin.
    window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

pub fn load_progress() -> Result<Option<String>, StorageError> {
    storage()?
        .get_item(&key())
        .map_err(|_| StorageError::Unavailable)
}

pub fn save_progress(json: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(&key(), json)
        .map_err(|_| StorageError::Unavailable)
}

thread_local! {
    /// Progress waiting to be written, and the timer that will write it.
    static PENDING: std::cell::RefCell<Option<(String, gloo::timers::callback::Timeout)>> =
        const { std::cell::RefCell::new(None) };
    static FLUSH_ON_HIDE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Saves progress a moment later, once the student pauses: dragging a slider through
/// five levels writes once, not five times. Leaving the page writes at once. `failed`
/// runs if the browser refuses.
pub fn save_progress_soon(text: String, failed: impl Fn() + 'static) {
    let failed = std::rc::Rc::new(failed);
    let timer = {
        let failed = failed.clone();
        gloo::timers::callback::Timeout::new(300, move || {
            if let Some((text, _)) = PENDING.with(|p| p.borrow_mut().take()) {
                if save_progress(&text).is_err() {
                    failed();
                }
            }
        })
    };
    PENDING.with(|p| *p.borrow_mut() = Some((text, timer)));
    if !FLUSH_ON_HIDE.with(|f| f.replace(true)) {
        if let Some(w) = window() {
            gloo::events::EventListener::new(&w, "pagehide", |_| flush_progress()).forget();
        }
    }
}

/// Writes waiting progress now (the page is going away).
pub fn flush_progress() {
    if let Some((text, timer)) = PENDING.with(|p| p.borrow_mut().take()) {
        timer.cancel();
        let _ = save_progress(&text);
    }
}

pub fn clear_progress() {
    PENDING.with(|p| p.borrow_mut().take());
    if let Ok(s) = storage() {
        let _ = s.remove_item(&key());
    }
}

/// A performance mark, for the benchmark's breakdown of the start-up.
pub fn mark(name: &str) {
    if let Some(p) = window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Marks the first render: tests wait for `html[data-ready]`, the benchmark reads the mark.
pub fn mark_rendered() {
    show_current_nav_item();
    let Some(w) = window() else { return };
    if let Some(p) = w.performance() {
        let _ = p.mark("ripe:rendered");
    }
    if let Some(root) = w.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "true");
    }
}

/// Moves keyboard focus to an element (the screen's heading after a navigation).
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let el = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Focuses and scrolls to an element once the screen that holds it has rendered
/// (a glossary term or a source entry on the Sources screen).
pub fn focus_later(id: String) {
    focus_when_there(id, 50);
}

/// Tries every 60 ms, for about three seconds: a later screen shows its entries only once
/// its words (and stylesheet) are in, which on a slow network takes a moment.
fn focus_when_there(id: String, tries: u32) {
    gloo::timers::callback::Timeout::new(60, move || {
        use wasm_bindgen::JsCast;
        let el = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match el {
            Some(el) => {
                el.scroll_into_view();
                let _ = el.focus();
            }
            None if tries > 1 => focus_when_there(id, tries - 1),
            None => {}
        }
    })
    .forget();
}

/// Opens a `<details>` element, brings it into view and puts focus on its summary (the
/// phone strip's "why?" buttons).
pub fn open_details(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let _ = el.set_attribute("open", "");
    if let Some(summary) = el
        .query_selector("summary")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
    {
        summary.scroll_into_view();
        let _ = summary.focus();
    }
}

/// The fragment of the address (`#term-uto` → `term-uto`), if any.
pub fn hash_target() -> Option<String> {
    let h = window()?.location().hash().ok()?;
    let h = h.trim_start_matches('#');
    // Only ids the lesson itself makes: letters, digits and dashes.
    (!h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .then(|| h.to_string())
}

pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

thread_local! {
    /// The query string the lesson last saw or wrote, so that a jump to an anchor on the
    /// same screen (which also fires `popstate`) is not taken for a navigation.
    static LAST_SEARCH: std::cell::RefCell<String> = std::cell::RefCell::new(search());
}

thread_local! {
    /// Where Back should scroll to once the screen has rendered.
    static RESTORE: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Calls `f` when the browser's back or forward button changes the URL's query.
pub fn on_popstate(f: impl Fn() + 'static) -> gloo::events::EventListener {
    use wasm_bindgen::JsCast;
    let w = window().expect("a window");
    gloo::events::EventListener::new(&w, "popstate", move |e| {
        let now = search();
        let changed = LAST_SEARCH.with(|l| l.replace(now.clone()) != now);
        if changed {
            let y = e
                .dyn_ref::<web_sys::PopStateEvent>()
                .map(|e| e.state())
                .and_then(|s| js_sys::Reflect::get(&s, &"y".into()).ok())
                .and_then(|y| y.as_f64());
            RESTORE.with(|r| r.set(y));
            f();
        }
    })
}

/// After a navigation has rendered: back where the student was (Back), or at the top
/// with focus on the new screen's heading.
pub fn settle_after_navigation() {
    show_current_nav_item();
    match RESTORE.with(|r| r.take()) {
        Some(y) => {
            if let Some(w) = window() {
                w.scroll_to_with_x_and_y(0.0, y);
            }
            focus_without_scrolling("screen-title");
        }
        None => {
            scroll_to_top();
            focus("screen-title");
        }
    }
}

/// On a phone the navigation is one row that scrolls sideways: bring the current screen's
/// link into that row's view (without moving the page).
pub fn show_current_nav_item() {
    use wasm_bindgen::JsCast;
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let row = doc.query_selector(".lesson-nav ol").ok().flatten();
    let link = doc
        .query_selector(".lesson-nav [aria-current=\"page\"]")
        .ok()
        .flatten()
        .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok());
    if let (Some(row), Some(link)) = (row, link) {
        let left = f64::from(link.offset_left()) - 24.0;
        row.set_scroll_left(left.max(0.0) as i32);
    }
}

fn focus_without_scrolling(id: &str) {
    use wasm_bindgen::JsCast;
    let el = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

/// Removes the static "loading" note that index.html shows until the wasm runs.
pub fn remove_loading_note() {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("loading"))
    {
        el.remove();
    }
}

/// The address of the page without its query, e.g. `https://site/course/ripe/`.
pub fn page_base() -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let l = w.location();
    format!(
        "{}{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default()
    )
}

/// Copies text to the clipboard. Resolves to false where the browser refuses (an
/// insecure origin, a frame without permission); the caller then shows the text to copy.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let clipboard = w.navigator().clipboard();
    // `clipboard` is undefined on insecure origins even though the binding says otherwise.
    if JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Today's date: (day, month 1–12, year), for the hand-in.
pub fn today() -> (u32, u32, i32) {
    let d = js_sys::Date::new_0();
    (d.get_date(), d.get_month() + 1, d.get_full_year() as i32)
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// True when the lesson runs inside a frame (an LMS page, a blog).
pub fn in_frame() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(p)) => JsValue::from(p) != JsValue::from(w),
        _ => false,
    }
}

/// The content height in CSS pixels.
fn content_height() -> f64 {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map(|e| e.get_bounding_client_rect().height().ceil())
        .unwrap_or(0.0)
}

/// Tells the parent frame the lesson's height, so the frame can fit it without a second
/// scrollbar: Canvas's `lti.frameResize` message, and the lesson's own
/// `ripe-for-peace:resize` (see docs/embedding.md).
fn post_height(height: f64) {
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let send = |pairs: &[(&str, JsValue)]| {
        let msg = js_sys::Object::new();
        for (k, v) in pairs {
            let _ = js_sys::Reflect::set(&msg, &JsValue::from_str(k), v);
        }
        // "*": the lesson cannot know the LMS's origin, and the height is not secret.
        let _ = parent.post_message(&msg, "*");
    };
    send(&[
        ("subject", "lti.frameResize".into()),
        ("height", height.into()),
    ]);
    send(&[
        ("type", "ripe-for-peace:resize".into()),
        ("height", height.into()),
    ]);
}

/// Inside a frame, posts the content height now and whenever it changes.
pub fn watch_height() {
    use wasm_bindgen::{closure::Closure, JsCast};
    if !in_frame() {
        return;
    }
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let last = std::cell::Cell::new(-1.0);
    let cb = Closure::<dyn FnMut()>::new(move || {
        let h = content_height();
        if h != last.get() {
            last.set(h);
            post_height(h);
        }
    });
    if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        ro.observe(&root);
        // Both live as long as the page: the observer watches the whole document.
        std::mem::forget(ro);
        cb.forget();
    }
}

/// Moves keyboard focus to an element the view holds a reference to.
pub fn focus_ref(node: &yew::NodeRef) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Opens a `<dialog>` as a modal (focus moves into it; Escape closes it).
pub fn show_modal(dialog: &yew::NodeRef) {
    if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
        let _ = d.show_modal();
    }
}

pub fn close_modal(dialog: &yew::NodeRef) {
    if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
        d.close();
    }
}

/// A value of the build's boot data that index.html passes on (`ripeText.sw`, `.lms`).
pub fn boot_value(key: &str) -> Option<String> {
    boot()
        .and_then(|b| get(&b, key))
        .and_then(|v| v.as_string())
}

pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

thread_local! {
    /// A new release, installed and waiting for the student to reload.
    static WAITING: std::cell::RefCell<Option<web_sys::ServiceWorker>> =
        const { std::cell::RefCell::new(None) };
    /// The student asked for the new release: reload once it has taken over.
    static RELOADING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Offline use: registers the service worker that scripts/post-build.mjs wrote (release
/// builds only: the boot data names it), after the first render. `on_update` runs when a
/// new release has been downloaded and waits for the student to reload. Nothing happens
/// where the browser has no service workers (file://, a sandboxed frame, plain http on
/// another host than localhost).
pub fn start_offline(on_update: impl Fn() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(script) = boot_value("sw") else {
        return;
    };
    let Some(w) = window() else { return };
    // `navigator.serviceWorker` is undefined on insecure origins and throws in a frame
    // sandboxed without allow-same-origin.
    let Ok(container) = js_sys::Reflect::get(&w.navigator(), &"serviceWorker".into()) else {
        return;
    };
    if !container.is_object() {
        return;
    }
    let container: web_sys::ServiceWorkerContainer = container.unchecked_into();
    gloo::events::EventListener::new(&container, "controllerchange", |_| {
        if RELOADING.with(std::cell::Cell::get) {
            reload();
        }
    })
    .forget();
    let on_update = std::rc::Rc::new(on_update);
    let promise = container.register(&script);
    wasm_bindgen_futures::spawn_local(async move {
        // Not a registration where service workers are blocked (a browser's policy, tests).
        let Some(reg) = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .filter(JsValue::is_object)
        else {
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
        // A first install has nothing to replace: only an update is offered.
        let offer = move |sw: web_sys::ServiceWorker| {
            if container.controller().is_some() {
                WAITING.with(|w| *w.borrow_mut() = Some(sw));
                on_update();
            }
        };
        let offer = std::rc::Rc::new(offer);
        if let Some(sw) = reg.waiting() {
            offer(sw);
        }
        let r = reg.clone();
        gloo::events::EventListener::new(&reg, "updatefound", move |_| {
            let Some(sw) = r.installing() else { return };
            let (s, offer) = (sw.clone(), offer.clone());
            gloo::events::EventListener::new(&sw, "statechange", move |_| {
                if s.state() == web_sys::ServiceWorkerState::Installed {
                    offer(s.clone());
                }
            })
            .forget();
        })
        .forget();
    });
}

/// The student chose the new release: it takes over, then the page reloads in it.
pub fn apply_update() {
    RELOADING.with(|r| r.set(true));
    match WAITING.with(|w| w.borrow_mut().take()) {
        Some(sw) if sw.post_message(&"ripe-for-peace:update".into()).is_ok() => {
            // Should the new worker never take over, reload all the same.
            gloo::timers::callback::Timeout::new(4000, reload).forget();
        }
        _ => reload(),
    }
}

#[cfg(feature = "portable")]
thread_local! {
    /// The source texts a single-file build carries (`<script id="ripe-sources">`).
    static SOURCES: std::cell::OnceCell<Option<JsValue>> = const { std::cell::OnceCell::new() };
}

/// The full text of a source file, when the page carries it (the single-file build,
/// which has no folder to link to).
#[cfg(feature = "portable")]
pub fn inline_source(file: &str) -> Option<String> {
    let all = SOURCES.with(|s| {
        s.get_or_init(|| {
            let el = window()?.document()?.get_element_by_id("ripe-sources")?;
            js_sys::JSON::parse(&el.text_content()?).ok()
        })
        .clone()
    })?;
    get(&all, file)?.as_string()
}

/// The site (dist/) links to the source files beside it.
#[cfg(not(feature = "portable"))]
pub fn inline_source(_file: &str) -> Option<String> {
    None
}

/// The text of a file the instructor chose or dropped (Class results). `None` if the
/// browser could not read it.
pub async fn file_text(file: web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
}

/// Offers text as a file to save. False when the page may not (a sandboxed frame
/// without downloads): the caller shows the text to copy instead.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(doc) = window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The browser has taken the file by the next turn of the event loop.
    gloo::timers::callback::Timeout::new(1000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    true
}
