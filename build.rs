//! Compiles the lesson's content into the binary's data, one language's words apart.
//!
//! - `content/languages.toml` lists the languages; English (`content/en/`) is the reference.
//! - `content/<lang>/*.toml` (all but `ui.toml`) is the lesson, in the shape of
//!   `src/schema.rs`. The English files become Rust statics (`$OUT_DIR/content_gen.rs`) in
//!   which every translatable string is an index into a string table. Another language's
//!   files must have exactly the same structure (ids, numbers, citations): only the words
//!   differ, and the build says where they do not.
//! - `content/<lang>/ui.toml` holds the interface's words by key, with `{ $name }`
//!   placeholders and plural forms; each key becomes a function in `content::msg` taking
//!   the placeholders in alphabetical order, so a key the code uses but the content lacks
//!   fails to compile.
//! - Each language's words are written as JSON to `target/lesson-text/<lang>.json` and,
//!   for the screens a student reaches later (Debrief, Sources, My work, the guide),
//!   `<lang>-later.json`; `scripts/post-build.mjs` ships them beside the wasm. The first
//!   load carries one language's first part only. Native builds (the tests) embed every
//!   table instead.
//!
//! Parsing TOML here keeps every parser out of the wasm binary, and a mistake in a content
//! file fails the build with its file name.

use serde::{ser, Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path, path::PathBuf};

/// A string to translate. [`RustLit`] writes it as `Txt(n)` and collects the words.
#[derive(Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(transparent)]
pub struct Text(pub String);

/// Marks a `Text` for [`RustLit`]: content never holds a NUL.
const TEXT_MARK: &str = "\u{0}text:";

impl Serialize for Text {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{TEXT_MARK}{}", self.0))
    }
}

/// A citation's quoted phrase: English in every language, shipped with the later words.
#[derive(Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(transparent)]
pub struct Quote(pub String);

/// Marks a `Quote` for [`RustLit`].
const QUOTE_MARK: &str = "\u{0}quote:";

impl Serialize for Quote {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{QUOTE_MARK}{}", self.0))
    }
}

type Id = String;
type List<T> = Vec<T>;

macro_rules! schema {
    ($( pub struct $name:ident { $( $(#[$fa:meta])* $field:ident : $ty:ty ),* $(,)? } )*) => {
        $(
            #[derive(Deserialize, Serialize, Debug, Clone, PartialEq, Default)]
            #[serde(deny_unknown_fields)]
            pub struct $name { $( $(#[$fa])* pub $field: $ty ),* }
        )*
    };
}

#[allow(dead_code)]
mod schema {
    use super::{Deserialize, Id, List, Quote, Serialize, Text};
    include!("src/schema.rs");
}
#[path = "src/names.rs"]
#[allow(dead_code)]
mod names;

use schema::Content;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Languages {
    languages: Vec<Language>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct Language {
    code: String,
    /// The language's name in itself, for the language switch.
    name: String,
    /// BCP 47 tag for `<html lang>`, dates and hyphenation.
    tag: String,
    /// The plural categories its messages must give (CLDR names).
    plurals: Vec<String>,
}

const PLURAL_SLOTS: [&str; 4] = ["one", "few", "many", "other"];

fn main() {
    println!("cargo:rerun-if-env-changed=RIPE_CONTENT_DIR");
    println!("cargo:rerun-if-changed=src/schema.rs");
    println!("cargo:rerun-if-changed=src/names.rs");
    let root = PathBuf::from(env::var("RIPE_CONTENT_DIR").unwrap_or_else(|_| "content".into()));
    println!("cargo:rerun-if-changed={}", root.display());
    let langs_file = root.join("languages.toml");
    println!("cargo:rerun-if-changed={}", langs_file.display());
    let langs: Languages = toml::from_str(&read(&langs_file)).unwrap_or_else(|e| {
        panic!("{}: {e}", langs_file.display());
    });
    // A language is built once its folder has every file English has; until then a
    // translation in progress is left out (with a warning), not a broken build.
    let en_files = toml_files(&root.join("en"));
    let langs: Vec<Language> = langs
        .languages
        .into_iter()
        .filter(|l| {
            let dir = root.join(&l.code);
            if !dir.is_dir() {
                return false;
            }
            let have = toml_files(&dir);
            let missing: Vec<&String> = en_files.iter().filter(|f| !have.contains(f)).collect();
            if !missing.is_empty() {
                println!(
                    "cargo:warning=content/{} is not built yet: it lacks {:?}",
                    l.code, missing
                );
            }
            missing.is_empty()
        })
        .collect();
    assert!(
        langs.first().is_some_and(|l| l.code == "en"),
        "{}: English must come first (it is the reference)",
        langs_file.display()
    );

    let mut english: Option<(String, Content)> = None;
    let mut quotes_en: Vec<String> = Vec::new();
    let mut ui_en: Vec<(String, Message)> = Vec::new();
    // (language, first-load words, later words)
    let mut tables: Vec<(Language, Vec<String>, Vec<String>)> = Vec::new();
    for lang in &langs {
        let dir = root.join(&lang.code);
        let mut content = load_content(&dir);
        if let Some((_, en)) = &english {
            copy_ids(en, &mut content);
        } else {
            for t in &mut content.glossary {
                t.anchor = names::anchor(&t.term.0);
            }
        }
        let mut lit = RustLit::default();
        content.serialize(&mut lit).expect("content as Rust");
        if english.is_none() {
            quotes_en = lit.quotes.clone();
        } else if let Some(i) =
            (0..quotes_en.len()).find(|&i| lit.quotes.get(i) != quotes_en.get(i))
        {
            panic!(
                "{}: a citation's quote differs from English ({:?}): quotes stay in the source's English",
                dir.display(),
                lit.quotes.get(i)
            );
        }
        match &english {
            None => english = Some((lit.out.clone(), content)),
            Some((en_lit, _)) => {
                if let Some(at) = first_difference(en_lit, &lit.out) {
                    panic!(
                        "{}: the structure differs from content/en (ids, numbers and citations must be the same in every language).\n  en: …{}…\n  {}: …{}…",
                        dir.display(),
                        excerpt(en_lit, at),
                        lang.code,
                        excerpt(&lit.out, at)
                    );
                }
            }
        }
        let ui = load_ui(&dir.join("ui.toml"));
        if lang.code == "en" {
            ui_en = ui.clone();
        }
        let (mut texts, mut later) = (lit.texts, lit.later);
        append_messages(&mut texts, &mut later, &ui_en, &ui, lang);
        tables.push((lang.clone(), texts, later));
    }
    let (en_lit, _) = english.expect("English content");

    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    let mut gen = String::new();
    writeln!(
        gen,
        "/// The lesson's content, in the shape of `schema.rs`."
    )
    .unwrap();
    writeln!(gen, "pub static CONTENT: Content = {en_lit};").unwrap();
    writeln!(gen, "/// The languages built, English first.").unwrap();
    writeln!(gen, "pub static LANGS: &[LangInfo] = &[").unwrap();
    for (l, t, later) in &tables {
        writeln!(
            gen,
            "    LangInfo {{ code: {:?}, name: {:?}, tag: {:?}, len: {}, later_len: {} }},",
            l.code,
            l.name,
            l.tag,
            t.len(),
            later.len()
        )
        .unwrap();
    }
    writeln!(gen, "];").unwrap();
    gen.push_str(&messages_module(
        &ui_en,
        tables[0].1.len() - message_slots(&ui_en, false),
        tables[0].2.len() - message_slots(&ui_en, true),
    ));
    // Native builds (tests, tools) carry every table; the wasm loads one at run time.
    writeln!(gen, "#[cfg(not(target_arch = \"wasm32\"))]").unwrap();
    writeln!(gen, "pub static TABLES: &[(&[&str], &[&str])] = &[").unwrap();
    for (_, t, later) in &tables {
        writeln!(gen, "    (&{t:?}, &{later:?}),").unwrap();
    }
    writeln!(gen, "];").unwrap();
    fs::write(out_dir.join("content_gen.rs"), gen).expect("write content_gen.rs");

    // The tables the browser loads, at a fixed place for scripts/post-build.mjs.
    let text_dir = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("manifest dir"))
        .join("target")
        .join("lesson-text");
    fs::create_dir_all(&text_dir).expect("target/lesson-text");
    let mut boot = serde_json::Map::new();
    for (l, t, later) in &tables {
        let json = serde_json::to_string(t).expect("JSON");
        write_if_changed(&text_dir.join(format!("{}.json", l.code)), &json);
        let json = serde_json::to_string(later).expect("JSON");
        write_if_changed(&text_dir.join(format!("{}-later.json", l.code)), &json);
        // What index.html shows before the wasm runs, in each language.
        let word = |key: &str| -> serde_json::Value {
            let later_key = is_later_key(key);
            let i = position(&ui_en, key, later_key)
                .unwrap_or_else(|| panic!("content/en/ui.toml: `{key}` is needed by index.html"));
            if later_key {
                later[tables[0].2.len() - message_slots(&ui_en, true) + i]
                    .clone()
                    .into()
            } else {
                t[tables[0].1.len() - message_slots(&ui_en, false) + i]
                    .clone()
                    .into()
            }
        };
        let mut b = serde_json::Map::new();
        for key in [
            "boot.loading",
            "boot.failed",
            "boot.title",
            "boot.noscript",
            "boot.description",
        ] {
            b.insert(key.to_string(), word(key));
        }
        b.insert("tag".into(), l.tag.clone().into());
        boot.insert(l.code.clone(), b.into());
    }
    write_if_changed(
        &text_dir.join("boot.json"),
        &serde_json::to_string(&boot).expect("JSON"),
    );
}

/// The names of a folder's `*.toml` files.
fn toml_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".toml"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn write_if_changed(p: &Path, text: &str) {
    if fs::read_to_string(p).ok().as_deref() != Some(text) {
        fs::write(p, text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    }
}

/// Merges a language's content files (every `*.toml` but `ui.toml`) and parses them.
fn load_content(dir: &Path) -> Content {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("content entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter(|p| p.file_name().is_some_and(|n| n != "ui.toml"))
        .collect();
    paths.sort();
    let mut merged = toml::Table::new();
    for path in paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let table: toml::Table = toml::from_str(&read(&path))
            .unwrap_or_else(|e| panic!("{}: invalid TOML: {e}", path.display()));
        for (key, value) in table {
            if merged.insert(key.clone(), value).is_some() {
                panic!(
                    "{}: top-level key `{key}` is defined in two content files",
                    path.display()
                );
            }
        }
    }
    Content::deserialize(toml::Value::Table(merged))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

/// Gives a translation the values that are made, not written (glossary anchors).
fn copy_ids(en: &Content, c: &mut Content) {
    for (t, e) in c.glossary.iter_mut().zip(&en.glossary) {
        t.anchor = e.anchor.clone();
    }
}

fn first_difference(a: &str, b: &str) -> Option<usize> {
    if a == b {
        return None;
    }
    Some(
        a.bytes()
            .zip(b.bytes())
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len())),
    )
}

fn excerpt(s: &str, at: usize) -> String {
    let mut from = at.saturating_sub(120);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at + 80).min(s.len());
    while !s.is_char_boundary(to) {
        to += 1;
    }
    s[from..to].to_string()
}

// ───────────────────────────── Interface messages ─────────────────────────────

#[derive(Clone, Debug)]
enum Message {
    One(String),
    /// Plural forms by CLDR category.
    Plural(BTreeMap<String, String>),
}

/// `ui.toml`: `key = "text"` or `key = { one = "…", other = "…" }`, grouped in tables
/// (`[predict] reveal = …` is the key `predict.reveal`), in file order.
fn load_ui(path: &Path) -> Vec<(String, Message)> {
    println!("cargo:rerun-if-changed={}", path.display());
    let table: toml::Table =
        toml::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for (group, v) in table {
        let toml::Value::Table(t) = v else {
            panic!(
                "{}: `{group}` should be a [table] of messages",
                path.display()
            );
        };
        for (k, v) in t {
            let key = format!("{group}.{k}");
            let m = match v {
                toml::Value::String(s) => Message::One(s),
                toml::Value::Table(forms) => Message::Plural(
                    forms
                        .into_iter()
                        .map(|(cat, s)| match s {
                            toml::Value::String(s) if PLURAL_SLOTS.contains(&cat.as_str()) => {
                                (cat, s)
                            }
                            _ => panic!(
                                "{}: `{key}.{cat}`: plural forms are strings named one, few, many or other",
                                path.display()
                            ),
                        })
                        .collect(),
                ),
                _ => panic!("{}: `{key}` should be a string", path.display()),
            };
            check_placeholders(path, &key, &m);
            out.push((key, m));
        }
    }
    // toml::Table is sorted; keep that order, it is stable across languages.
    out
}

/// Groups of ui.toml whose words only later screens show (Debrief, Afghanistan, Sources,
/// My work, the guide, Class results), or that only show after the student acts (the
/// Share dialog, challenges, the comparison, the questions): they travel with the later
/// words. The boot words are index.html's own; only "loading" is shown by the lesson.
const UI_LATER: &[&str] = &[
    "boot",
    "challenge",
    "class",
    "compare",
    "debrief",
    "guide",
    "handin",
    "lms",
    "mywork",
    "quiz",
    "share",
    "sources",
    "transfer",
];
/// Keys of those groups that the first screen shows (a phase's page title).
const UI_FIRST: &[&str] = &["boot.loading", "handin.phase-heading", "share.button"];

fn is_later_key(key: &str) -> bool {
    UI_LATER.contains(&key.split('.').next().unwrap_or("")) && !UI_FIRST.contains(&key)
}

/// A message's place among the first-load messages, or among the later ones.
fn position(ui: &[(String, Message)], key: &str, later: bool) -> Option<usize> {
    let mut slot = 0;
    for (k, m) in ui.iter().filter(|(k, _)| is_later_key(k) == later) {
        if k == key {
            return Some(slot);
        }
        slot += slots(m);
    }
    None
}

fn slots(m: &Message) -> usize {
    match m {
        Message::One(_) => 1,
        Message::Plural(_) => PLURAL_SLOTS.len(),
    }
}

/// Slots of the first-load messages, or of the later ones.
fn message_slots(ui: &[(String, Message)], later: bool) -> usize {
    ui.iter()
        .filter(|(k, _)| is_later_key(k) == later)
        .map(|(_, m)| slots(m))
        .sum()
}

/// The placeholders of a text, in order of first appearance: `{ $n }` → `n`.
fn placeholders(text: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        let end = after
            .find('}')
            .ok_or_else(|| format!("unclosed `{{` in {text:?}"))?;
        let inner = after[..end].trim();
        let name = inner
            .strip_prefix('$')
            .filter(|n| {
                !n.is_empty()
                    && n.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
            .ok_or_else(|| format!("`{{{inner}}}` is not a placeholder like {{ $n }}"))?;
        if !out.iter().any(|x| x == name) {
            out.push(name.to_string());
        }
        rest = &after[end + 1..];
    }
    Ok(out)
}

fn message_placeholders(m: &Message) -> Result<Vec<String>, String> {
    match m {
        Message::One(s) => placeholders(s),
        Message::Plural(forms) => {
            let mut all: Vec<String> = Vec::new();
            for s in forms.values() {
                for p in placeholders(s)? {
                    if !all.contains(&p) {
                        all.push(p);
                    }
                }
            }
            Ok(all)
        }
    }
}

fn check_placeholders(path: &Path, key: &str, m: &Message) {
    let ps = message_placeholders(m).unwrap_or_else(|e| panic!("{}: `{key}`: {e}", path.display()));
    // The generated functions call these helpers by name.
    if let Some(p) = ps
        .iter()
        .find(|p| ["text", "plural", "fill"].contains(&p.as_str()))
    {
        panic!(
            "{}: `{key}`: `{{ ${p} }}` is reserved; name the placeholder otherwise",
            path.display()
        );
    }
    if let Message::Plural(forms) = m {
        assert!(
            ps.iter().any(|p| p == "n") || forms.values().all(|s| !s.contains('{')),
            "{}: `{key}`: a plural message counts `{{ $n }}`",
            path.display()
        );
        assert!(
            forms.contains_key("other") || forms.contains_key("many"),
            "{}: `{key}` needs an `other` form",
            path.display()
        );
    }
}

/// Appends a language's messages to its table in English's key order. A key the
/// translation lacks falls back to English here; `cargo test` (tests/i18n.rs) names it.
fn append_messages(
    first: &mut Vec<String>,
    later: &mut Vec<String>,
    en: &[(String, Message)],
    ui: &[(String, Message)],
    lang: &Language,
) {
    for (key, en_m) in en {
        let texts = if is_later_key(key) {
            &mut *later
        } else {
            &mut *first
        };
        let m = ui.iter().find(|(k, _)| k == key).map(|(_, m)| m);
        if m.is_none() && lang.code != "en" {
            println!("cargo:warning=content/{}/ui.toml lacks `{key}`", lang.code);
        }
        match (en_m, m) {
            (Message::One(e), Some(Message::One(t))) => {
                texts.push(if t.is_empty() { e } else { t }.clone())
            }
            (Message::One(e), _) => texts.push(e.clone()),
            (Message::Plural(e), m) => {
                let forms = match m {
                    Some(Message::Plural(f)) => f,
                    _ => e,
                };
                for cat in &lang.plurals {
                    if !forms.contains_key(cat) {
                        println!(
                            "cargo:warning=content/{}/ui.toml: `{key}` lacks its `{cat}` form",
                            lang.code
                        );
                    }
                }
                for cat in PLURAL_SLOTS {
                    texts.push(forms.get(cat).cloned().unwrap_or_default());
                }
            }
        }
    }
}

fn fn_name(key: &str) -> String {
    key.replace(['.', '-'], "_")
}

/// `content::msg`: one function per message, taking its placeholders as arguments.
fn messages_module(ui: &[(String, Message)], offset: usize, later_offset: usize) -> String {
    let mut s = String::from(
        "/// The interface's words (`content/<lang>/ui.toml`), one function per key.\n#[allow(dead_code)]\npub mod msg {\n    use super::{fill, plural, text};\n    use std::fmt::Display;\n",
    );
    let (mut first_slot, mut later_slot) = (offset, LATER_BIT + later_offset);
    for (key, m) in ui {
        let name = fn_name(key);
        let slot = if is_later_key(key) {
            later_slot
        } else {
            first_slot
        };
        // Arguments in alphabetical order: rewording a message never reorders them.
        let mut ps = message_placeholders(m).expect("checked");
        ps.sort();
        let doc = match m {
            Message::One(t) => t.clone(),
            Message::Plural(f) => f
                .get("other")
                .or(f.get("many"))
                .cloned()
                .unwrap_or_default(),
        };
        writeln!(s, "    /// `{key}`: {:?}", doc).unwrap();
        let args: Vec<String> = ps
            .iter()
            .map(|p| {
                if p == "n" && matches!(m, Message::Plural(_)) {
                    "r#n: i64".to_string()
                } else {
                    format!("r#{p}: impl Display")
                }
            })
            .collect();
        let pairs: Vec<String> = ps
            .iter()
            .map(|p| format!("(\"{p}\", &r#{p} as &dyn Display)"))
            .collect();
        let source = match m {
            Message::One(_) => format!("text({slot})"),
            Message::Plural(_) => format!("plural({slot}, r#n)"),
        };
        if ps.is_empty() {
            writeln!(s, "    pub fn {name}() -> &'static str {{ {source} }}").unwrap();
        } else {
            writeln!(
                s,
                "    pub fn {name}({}) -> String {{ fill({source}, &[{}]) }}",
                args.join(", "),
                pairs.join(", ")
            )
            .unwrap();
        }
        if is_later_key(key) {
            later_slot += slots(m);
        } else {
            first_slot += slots(m);
        }
    }
    s.push_str("}\n");
    s
}

// ───────────────────────────── Content as Rust ─────────────────────────────

/// A serde serializer that writes a value as a Rust expression for a static: structs as
/// struct literals, sequences as slices, `Text` as `Txt(n)` (its words go to `texts`).
#[derive(Default)]
struct RustLit {
    out: String,
    /// The words the first screen can need.
    texts: Vec<String>,
    /// The words only the Debrief, Sources, My work and guide screens show: they load
    /// after the first render (see `LATER`).
    later: Vec<String>,
    /// The field names from the top of the content down to the value being written.
    path: Vec<&'static str>,
    /// The citations' quotes, which must be the same in every language.
    quotes: Vec<String>,
}

/// Where the later words are: (top-level field, fields below it, "/"-separated in order;
/// "" for all). Whole screens a student reaches later, and on the first screens what only
/// shows after the student acts: the fuller story and the events' texts behind "Full
/// story", the analysis, challenges and questions after a prediction, the reasons inside
/// closed "why?" and "about" disclosures, the timeline's stories behind a tap.
const LATER: &[(&str, &str)] = &[
    ("guide", ""),
    ("afghanistan", ""),
    ("perspectives", ""),
    ("debrief", ""),
    ("model_intro", ""),
    ("questions", ""),
    ("challenges", ""),
    ("glossary", "definition"),
    ("glossary", "variants"),
    ("glossary", "forms"),
    ("sources", "about"),
    ("phases", "narrative"),
    ("phases", "events/text"),
    ("phases", "events/disputed"),
    ("phases", "analysis"),
    ("phases", "outcome"),
    ("timeline", "text"),
    ("timeline", "disputed"),
    ("intro", "paragraphs"),
    ("intro", "sides"),
    ("intro", "regions/text"),
    ("conditions", "explain"),
    ("conditions", "history"),
    ("tiers", "explain"),
    ("model", "rules"),
    ("model", "description"),
    ("model", "measures"),
    ("model", "why"),
];

/// Later words' indices carry this bit, so one `Txt` type points into either table.
const LATER_BIT: usize = 0x8000;

impl RustLit {
    fn is_later(&self) -> bool {
        let top = self.path.first().copied().unwrap_or("");
        LATER.iter().any(|(t, f)| {
            // Each "/"-separated field appears below the top, in this order.
            let mut rest = self.path.iter().skip(1);
            *t == top && (f.is_empty() || f.split('/').all(|x| rest.any(|p| p == &x)))
        })
    }
}

#[derive(Debug)]
struct LitError(String);
impl std::fmt::Display for LitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for LitError {}
impl ser::Error for LitError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        LitError(msg.to_string())
    }
}

type R = Result<(), LitError>;

impl RustLit {
    fn push(&mut self, s: &str) -> R {
        self.out.push_str(s);
        Ok(())
    }
}

macro_rules! lit_numbers {
    ($($f:ident: $t:ty),*) => { $( fn $f(self, v: $t) -> R { self.push(&v.to_string()) } )* };
}

impl<'a> ser::Serializer for &'a mut RustLit {
    type Ok = ();
    type Error = LitError;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = ser::Impossible<(), LitError>;
    type SerializeTupleVariant = ser::Impossible<(), LitError>;
    type SerializeMap = ser::Impossible<(), LitError>;
    type SerializeStruct = Seq<'a>;
    type SerializeStructVariant = ser::Impossible<(), LitError>;

    lit_numbers!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);
    fn serialize_f32(self, _: f32) -> R {
        Err(LitError("no floats in content".into()))
    }
    fn serialize_f64(self, _: f64) -> R {
        Err(LitError("no floats in content".into()))
    }
    fn serialize_char(self, v: char) -> R {
        self.push(&format!("{v:?}"))
    }
    fn serialize_str(self, v: &str) -> R {
        if let Some(q) = v.strip_prefix(QUOTE_MARK) {
            // English everywhere: the same in every language's later words.
            self.quotes.push(q.to_string());
            self.later.push(q.to_string());
            let n = LATER_BIT + self.later.len() - 1;
            return self.push(&format!("Txt({n})"));
        }
        match v.strip_prefix(TEXT_MARK) {
            // The words go to the table; the static keeps their index.
            Some(words) => {
                let n = if self.is_later() {
                    self.later.push(words.to_string());
                    LATER_BIT + self.later.len() - 1
                } else {
                    self.texts.push(words.to_string());
                    self.texts.len() - 1
                };
                assert!(
                    n < 0x10000 && self.texts.len() < LATER_BIT,
                    "too many strings for Txt(u16)"
                );
                self.push(&format!("Txt({n})"))
            }
            None => self.push(&format!("{v:?}")),
        }
    }
    fn serialize_bytes(self, _: &[u8]) -> R {
        Err(LitError("no bytes in content".into()))
    }
    fn serialize_none(self) -> R {
        self.push("None")
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> R {
        self.push("Some(")?;
        v.serialize(&mut *self)?;
        self.push(")")
    }
    fn serialize_unit(self) -> R {
        self.push("()")
    }
    fn serialize_unit_struct(self, name: &'static str) -> R {
        self.push(name)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> R {
        Err(LitError("no enums in content".into()))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, name: &'static str, _: &T) -> R {
        Err(LitError(format!("unexpected newtype {name}")))
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> R {
        Err(LitError("no enums in content".into()))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'a>, LitError> {
        self.push("&[")?;
        Ok(Seq {
            lit: self,
            close: "]",
        })
    }
    fn serialize_tuple(self, _: usize) -> Result<Seq<'a>, LitError> {
        // Fixed arrays ([u32; 2]) are tuples to serde.
        self.push("[")?;
        Ok(Seq {
            lit: self,
            close: "]",
        })
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, LitError> {
        Err(LitError("no tuple structs in content".into()))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, LitError> {
        Err(LitError("no enums in content".into()))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, LitError> {
        Err(LitError("no maps in content".into()))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Seq<'a>, LitError> {
        self.push(&format!("{name} {{"))?;
        Ok(Seq {
            lit: self,
            close: "}",
        })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, LitError> {
        Err(LitError("no enums in content".into()))
    }
}

struct Seq<'a> {
    lit: &'a mut RustLit,
    close: &'static str,
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = LitError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
        v.serialize(&mut *self.lit)?;
        self.lit.push(",")
    }
    fn end(self) -> R {
        self.lit.push(self.close)
    }
}

impl ser::SerializeTuple for Seq<'_> {
    type Ok = ();
    type Error = LitError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> R {
        v.serialize(&mut *self.lit)?;
        self.lit.push(",")
    }
    fn end(self) -> R {
        self.lit.push(self.close)
    }
}

impl ser::SerializeStruct for Seq<'_> {
    type Ok = ();
    type Error = LitError;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> R {
        self.lit.push(&format!("{key}:"))?;
        self.lit.path.push(key);
        v.serialize(&mut *self.lit)?;
        self.lit.path.pop();
        self.lit.push(",")
    }
    fn end(self) -> R {
        self.lit.push(self.close)
    }
}
