//! Every word a student sees lives in `content/`, never in `src/`; every language has
//! every message, with the same placeholders and the plural forms it needs; plural rules
//! and placeholders work.

use ripe_for_peace::content::{fill, plural_category, use_lang, LANGS, TABLES};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Non-text tokens the scan would otherwise take for words: values of attributes and
/// keys that are not shown (ARIA states, input types, key names).
const ALLOWED: &[&str] = &["Escape", "Enter"];

/// Files that hold no words for students by design, and why.
const NO_STUDENT_TEXT: &[(&str, &str)] = &[
    (
        "src/model.rs",
        "numbers only; its messages are for content authors (cargo test)",
    ),
    (
        "src/main.rs",
        "the native stub's message in a developer's terminal",
    ),
];

/// The string literals of a Rust source, with the text just before each (its context).
fn literals(src: &str) -> Vec<(String, String, usize)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < b.len() {
        match b[i] {
            b'\n' => line += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    if b[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 2;
                continue;
            }
            // A char literal ('x', '\n', '“'), not a lifetime ('a).
            b'\'' => {
                let rest = &src[i + 1..];
                let mut chars = rest.chars();
                if let Some(c) = chars.next() {
                    let len = c.len_utf8();
                    if c == '\\' {
                        if let Some(end) = rest.find('\'') {
                            i += end + 2;
                            continue;
                        }
                    } else if rest[len..].starts_with('\'') {
                        i += len + 2;
                        continue;
                    }
                }
            }
            b'"' => {
                // Raw strings: r"…" and r#"…"#.
                let hashes = src[..i].chars().rev().take_while(|&c| c == '#').count();
                let raw = src[..i - hashes].ends_with('r');
                let start = i + 1;
                let mut j = start;
                if raw {
                    let close = format!("\"{}", "#".repeat(hashes));
                    j += src[start..].find(&close).unwrap_or(0);
                } else {
                    while j < b.len() && b[j] != b'"' {
                        j += if b[j] == b'\\' { 2 } else { 1 };
                    }
                }
                let ctx_from = src[..i].rfind('\n').map_or(0, |n| n + 1);
                let ctx = src[ctx_from.max(i.saturating_sub(60))..i].to_string();
                let ctx = src[..i]
                    .char_indices()
                    .map(|(k, _)| k)
                    .find(|&k| k >= ctx_from.max(i.saturating_sub(60)))
                    .map_or(ctx, |k| src[k..i].to_string());
                out.push((src[start..j].to_string(), ctx, line));
                line += src[start..j].matches('\n').count();
                i = j + 1 + if raw { hashes } else { 0 };
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Whether a literal reads as words: two words of letters, or one capitalised word.
/// Placeholders (`{name}`, `{}`) and escapes (`\n`) are not words.
fn looks_like_words(s: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in s.replace("\\n", " ").replace("\\\"", " ").chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let s = plain.as_str();
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    let spaced = s.contains(' ') && words.len() >= 2;
    let capitalised = words.iter().any(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
    });
    spaced || capitalised
}

/// Attributes whose values are shown or read aloud; every other attribute holds tokens
/// (classes, ids, ARIA states, SVG geometry).
const TEXT_ATTRS: &[&str] = &["title", "aria-label", "alt", "placeholder", "label"];

/// Contexts in which a literal is never shown: attribute tokens, developer messages, and
/// lines marked `// not shown` (on the line or the one above; say why after it).
fn silent_context(ctx: &str, line: &str) -> bool {
    let t = ctx.trim_end();
    let attr = t
        .strip_suffix('=')
        .or_else(|| t.strip_suffix("={"))
        .map(|a| a.trim_end())
        .and_then(|a| {
            a.rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .next()
        });
    if attr.is_some_and(|a| !a.is_empty() && !TEXT_ATTRS.contains(&a)) {
        return true;
    }
    // Inside a class attribute's expression (`class={if x { "a b" } else { "c" }}`): a
    // `class` before the literal and no end of tag between them.
    let in_class = t.rfind("class").is_some_and(|i| !t[i..].contains('>'));
    in_class
        || [
            "expect(",
            "panic!(",
            "assert",
            "unreachable!(",
            "query_selector(",
        ]
        .iter()
        .any(|k| t.contains(k))
        || line.contains("// not shown")
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Literals in `src` that look like words a student would see. Unit tests at the end of
/// a file (`#[cfg(test)] mod tests`) are not scanned.
fn english_in(src: &str) -> Vec<String> {
    let src = src.split("#[cfg(test)]\nmod tests").next().unwrap_or(src);
    let lines: Vec<&str> = src.lines().collect();
    literals(src)
        .into_iter()
        .filter(|(s, ctx, line)| {
            // The marker may stand on the line itself or on the line above.
            let text = [line.wrapping_sub(2), line - 1]
                .iter()
                .filter_map(|&i| lines.get(i))
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            let text = text.as_str();
            looks_like_words(s) && !silent_context(ctx, text) && !ALLOWED.contains(&s.as_str())
        })
        .map(|(s, _, line)| format!("line {line}: {s:?}"))
        .collect()
}

#[test]
fn no_words_for_students_in_the_code() {
    let mut files = Vec::new();
    rs_files(&Path::new(ROOT).join("src"), &mut files);
    files.sort();
    assert!(files.len() > 15);
    let mut found = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(ROOT)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if NO_STUDENT_TEXT.iter().any(|(x, _)| *x == rel) {
            continue;
        }
        let src = std::fs::read_to_string(f).unwrap();
        for hit in english_in(&src) {
            found.push(format!(
                "{}: {hit}",
                f.strip_prefix(ROOT).unwrap().display()
            ));
        }
    }
    assert!(
        found.is_empty(),
        "words for students belong in content/<lang>/ui.toml, not in src/:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_english_and_spares_code() {
    let code = r##"
        html! { <button class="secondary small" onclick={go}>{ "Start over" }</button> }
        let x = store.expect("the root provides the store");
        let label = "Government";
        let id = format!("f-{}", f.id); // "a comment with words"
        let aria = "page"; let t = 'a'; let r = r#"Raw words here"#;
        /* "block comment words" */
        <svg aria-labelledby="map-title map-desc" title="Shown title" />
        let e = "the text did not load"; // not shown: the console's
    "##;
    let hits = english_in(code);
    assert_eq!(hits.len(), 4, "{hits:?}");
    assert!(hits[0].contains("Start over"));
    assert!(hits[1].contains("Government"));
    assert!(hits[2].contains("Raw words here"));
    assert!(hits[3].contains("Shown title"));
}

#[test]
fn unit_tests_are_not_scanned() {
    let code = "let a = 1;\n#[cfg(test)]\nmod tests {\n let t = \"Some words\";\n}";
    assert!(english_in(code).is_empty());
}

#[test]
fn placeholder_only_literals_are_not_words() {
    assert!(!looks_like_words("  - {}\\n    {chosen}{mark}\\n"));
    assert!(looks_like_words("Copy link"));
    assert!(!looks_like_words("secondary-small"));
}

// ───────────────────────────── Languages ─────────────────────────────

#[derive(Debug, PartialEq)]
enum Msg {
    One(String),
    Plural(BTreeMap<String, String>),
}

fn ui(lang: &str) -> BTreeMap<String, Msg> {
    let path = Path::new(ROOT).join("content").join(lang).join("ui.toml");
    let table: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for (group, v) in table {
        for (k, v) in v.as_table().unwrap() {
            let m = match v {
                toml::Value::String(s) => Msg::One(s.clone()),
                toml::Value::Table(t) => Msg::Plural(
                    t.iter()
                        .map(|(c, s)| (c.clone(), s.as_str().unwrap().to_string()))
                        .collect(),
                ),
                other => panic!("{lang}: {group}.{k} = {other}"),
            };
            out.insert(format!("{group}.{k}"), m);
        }
    }
    out
}

fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(i) = rest.find("{") {
        let end = rest[i..].find('}').map_or(rest.len(), |e| i + e);
        out.insert(rest[i + 1..end].trim().trim_start_matches('$').to_string());
        rest = &rest[(end + 1).min(rest.len())..];
    }
    out
}

fn msg_placeholders(m: &Msg) -> BTreeSet<String> {
    match m {
        Msg::One(s) => placeholders(s),
        Msg::Plural(f) => f.values().flat_map(|s| placeholders(s)).collect(),
    }
}

/// The plural categories each language's messages must give (content/languages.toml).
fn required_plurals() -> BTreeMap<String, Vec<String>> {
    let path = Path::new(ROOT).join("content/languages.toml");
    let t: toml::Table = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    t["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let code = l["code"].as_str().unwrap().to_string();
            let p = l["plurals"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_string())
                .collect();
            (code, p)
        })
        .collect()
}

/// What is wrong with a translation of the interface, compared with English.
fn ui_problems(
    en: &BTreeMap<String, Msg>,
    t: &BTreeMap<String, Msg>,
    plurals: &[String],
) -> Vec<String> {
    let mut out = Vec::new();
    for (k, m) in en {
        match t.get(k) {
            None => out.push(format!("{k}: missing")),
            Some(tm) => {
                if msg_placeholders(m) != msg_placeholders(tm) {
                    out.push(format!(
                        "{k}: placeholders {:?}, English has {:?}",
                        msg_placeholders(tm),
                        msg_placeholders(m)
                    ));
                }
                match (m, tm) {
                    (Msg::Plural(_), Msg::Plural(f)) => {
                        for c in plurals {
                            if !f.contains_key(c) {
                                out.push(format!("{k}: no `{c}` form"));
                            }
                        }
                    }
                    (Msg::Plural(_), Msg::One(_)) if plurals != ["other"] => {
                        out.push(format!("{k}: needs plural forms"))
                    }
                    (Msg::One(_), Msg::Plural(_)) => out.push(format!("{k}: is not a plural")),
                    _ => {}
                }
                let empty = match tm {
                    Msg::One(s) => s.trim().is_empty(),
                    Msg::Plural(f) => f.values().any(|s| s.trim().is_empty()),
                };
                if empty && !matches!(m, Msg::One(s) if s.trim().is_empty()) {
                    out.push(format!("{k}: empty"));
                }
            }
        }
    }
    for k in t.keys().filter(|k| !en.contains_key(*k)) {
        out.push(format!("{k}: not in English"));
    }
    out
}

#[test]
fn every_language_has_every_message_with_its_placeholders_and_plurals() {
    let en = ui("en");
    let plurals = required_plurals();
    for l in LANGS {
        let problems = ui_problems(&en, &ui(l.code), &plurals[l.code]);
        assert!(
            problems.is_empty(),
            "content/{}/ui.toml:\n{}",
            l.code,
            problems.join("\n")
        );
    }
    // The check catches what it looks for.
    let mut bad = ui("en");
    bad.remove("predict.reveal");
    bad.insert("extra.key".into(), Msg::One("x".into()));
    bad.insert("state.revealed".into(), Msg::One("{ $right } only".into()));
    bad.insert(
        "board.changed".into(),
        Msg::Plural([("one".to_string(), "{ $n }".to_string())].into()),
    );
    let ru = ["one".to_string(), "few".to_string(), "many".to_string()];
    let problems = ui_problems(&en, &bad, &ru);
    for want in [
        "predict.reveal: missing",
        "extra.key: not in English",
        "state.revealed: placeholders",
        "board.changed: no `few` form",
    ] {
        assert!(
            problems.iter().any(|p| p.starts_with(want)),
            "{want} not found in {problems:?}"
        );
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let mut files = Vec::new();
    rs_files(&Path::new(ROOT).join("src"), &mut files);
    let code: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    let unused: Vec<String> = ui("en")
        .keys()
        .filter(|k| !k.starts_with("boot.")) // index.html's, used by scripts/post-build.mjs
        .filter(|k| !code.contains(&format!("msg::{}(", k.replace(['.', '-'], "_"))))
        .cloned()
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code uses:\n{}",
        unused.join("\n")
    );
}

#[test]
fn plural_rules_follow_each_language() {
    // 0 one, 1 few, 2 many, 3 other (CLDR, integers).
    let ru: Vec<usize> = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 0]
        .iter()
        .map(|&n| plural_category("ru", n))
        .collect();
    assert_eq!(ru, [0, 1, 1, 2, 2, 2, 2, 0, 1, 2, 0, 2, 2, 2]);
    assert_eq!(plural_category("en", 1), 0);
    assert_eq!(plural_category("en", 2), 3);
    assert_eq!(plural_category("en", 0), 3);
    assert_eq!(plural_category("tg", 1), 3, "Tajik: one form after numbers");
    assert_eq!(plural_category("ru", -1), 0);
}

#[test]
fn placeholders_are_filled_by_name() {
    assert_eq!(
        fill(
            "{ $n } of { $total }, {$n} again",
            &[("n", &3), ("total", &"4")]
        ),
        "3 of 4, 3 again"
    );
    assert_eq!(fill("no { $such } value", &[]), "no { $such } value");
    use_lang("en").unwrap();
    assert_eq!(
        ripe_for_peace::content::msg::board_changed(1),
        "✎ 1 changed from history"
    );
    assert_eq!(
        ripe_for_peace::content::msg::challenge_working(2),
        "Working on it: 2 forces changed from history. Use the board above."
    );
    assert_eq!(
        ripe_for_peace::content::msg::challenge_working(1),
        "Working on it: 1 force changed from history. Use the board above."
    );
}

#[test]
fn each_language_table_has_the_same_length_and_no_gaps() {
    for (l, (t, later)) in LANGS.iter().zip(TABLES) {
        assert_eq!(t.len(), l.len, "{}", l.code);
        assert_eq!(later.len(), l.later_len, "{}", l.code);
        assert!(
            later.len() * 5 > t.len(),
            "the later part holds a good share of the words"
        );
        let en = TABLES[0].0;
        // Empty strings are allowed only where English has one (an unused plural slot).
        let gaps: Vec<usize> = (0..t.len())
            .filter(|&i| t[i].is_empty() && !en[i].is_empty() && l.code == "en")
            .collect();
        assert!(gaps.is_empty(), "{}: empty entries {gaps:?}", l.code);
    }
}
