//! The URL contract (docs and `../shared/design/lesson.md` §5), as pure functions:
//! parsing a query string into a screen and factor overrides, naming everything it
//! ignored, and writing the query string that reproduces a scenario.

use crate::model::{Model, Scenario};

/// The lesson's screens, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Screen {
    Intro,
    Phase(u8),
    Debrief,
    Sources,
}

impl Screen {
    pub const ALL: [Screen; 6] = [
        Screen::Intro,
        Screen::Phase(1),
        Screen::Phase(2),
        Screen::Phase(3),
        Screen::Debrief,
        Screen::Sources,
    ];

    /// The `screen=` value; phases use `phase=` instead.
    pub fn slug(self) -> String {
        match self {
            Screen::Intro => "intro".into(),
            Screen::Phase(n) => format!("phase-{n}"),
            Screen::Debrief => "debrief".into(),
            Screen::Sources => "sources".into(),
        }
    }

    pub fn from_slug(s: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|x| x.slug() == s)
    }

    pub fn nav_label(self) -> String {
        match self {
            Screen::Intro => "Introduction".into(),
            Screen::Phase(n) => format!("Phase {n}"),
            Screen::Debrief => "Debrief".into(),
            Screen::Sources => "Sources".into(),
        }
    }

    /// The query string of the screen alone (no factor overrides).
    pub fn href(self) -> String {
        match self {
            Screen::Phase(n) => format!("?phase={n}"),
            other => format!("?screen={}", other.slug()),
        }
    }

    pub fn next(self) -> Option<Screen> {
        let i = Screen::ALL.iter().position(|s| *s == self)?;
        Screen::ALL.get(i + 1).copied()
    }

    pub fn prev(self) -> Option<Screen> {
        let i = Screen::ALL.iter().position(|s| *s == self)?;
        i.checked_sub(1).map(|j| Screen::ALL[j])
    }
}

/// The result of reading a query string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The screen asked for, if any valid one was.
    pub screen: Option<Screen>,
    /// (factor index, level) pairs to apply on top of the phase's preset.
    pub overrides: Vec<(usize, u8)>,
    /// Human-readable notes on every parameter that was not applied.
    pub ignored: Vec<String>,
}

/// Longest piece of user input repeated back in a notice.
const ECHO_MAX: usize = 40;

fn echo(s: &str) -> String {
    let mut out: String = s
        .chars()
        .filter(|c| !c.is_control())
        .take(ECHO_MAX)
        .collect();
    if s.chars().count() > ECHO_MAX {
        out.push('…');
    }
    out
}

/// Decodes `application/x-www-form-urlencoded` text: `+` is a space, `%XX` a byte.
/// Invalid escapes are kept literally; invalid UTF-8 is replaced, never trusted.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes a value for a query string (only what the lesson writes: ids, digits, commas).
fn encode(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' | '.' | ',' => c.to_string(),
            other => {
                let mut buf = [0u8; 4];
                other
                    .encode_utf8(&mut buf)
                    .bytes()
                    .map(|b| format!("%{b:02X}"))
                    .collect()
            }
        })
        .collect()
}

/// Splits a query string (with or without its leading `?`) into decoded pairs.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// Parameters the lesson knows but that other parts handle (embedding, issue 5).
const PASSTHROUGH: [&str; 3] = ["embed", "lock", "screens"];

/// Reads a query string against the model. Never fails: whatever cannot be applied
/// is described in `ignored`.
pub fn parse(query: &str, model: &Model) -> Parsed {
    let mut screen = None;
    let mut overrides: Vec<(usize, u8)> = Vec::new();
    let mut ignored = Vec::new();
    let mut seen: Vec<String> = Vec::new();

    for (key, value) in pairs(query) {
        if seen.contains(&key) {
            ignored.push(format!(
                "“{}” was given more than once; the first value was used",
                echo(&key)
            ));
            continue;
        }
        seen.push(key.clone());
        match key.as_str() {
            "phase" => match value.parse::<u8>() {
                Ok(n) if model.preset(n).is_some() => screen = Some(Screen::Phase(n)),
                _ => ignored.push(format!(
                    "phase “{}”: the phases are 1, 2 and 3",
                    echo(&value)
                )),
            },
            "screen" => match Screen::from_slug(&value) {
                Some(s) if screen.is_none() => screen = Some(s),
                Some(_) => ignored.push(format!(
                    "screen “{}”: a phase was also given, and the phase was opened",
                    echo(&value)
                )),
                None => ignored.push(format!(
                    "screen “{}”: the screens are intro, debrief and sources",
                    echo(&value)
                )),
            },
            k if PASSTHROUGH.contains(&k) => {}
            k => match model.factor_index(k) {
                Some(i) => {
                    let f = &model.factors[i];
                    let max = f.levels.len() - 1;
                    match value.trim().parse::<usize>() {
                        Ok(l) if l <= max => overrides.push((i, l as u8)),
                        _ => ignored.push(format!(
                            "{} “{}”: the levels of {} are 0 to {max}",
                            f.id,
                            echo(&value),
                            f.name
                        )),
                    }
                }
                None => ignored.push(format!("“{}”: not a setting of this lesson", echo(k))),
            },
        }
    }

    if !overrides.is_empty() && !matches!(screen, Some(Screen::Phase(_))) {
        let names: Vec<&str> = overrides
            .iter()
            .map(|(i, _)| model.factors[*i].id.as_str())
            .collect();
        ignored.push(format!(
            "{}: factor settings apply only together with a phase, such as phase=2",
            names.join(", ")
        ));
        overrides.clear();
    }
    Parsed {
        screen,
        overrides,
        ignored,
    }
}

/// The query string that reproduces a screen and, on a phase screen, the factors that
/// differ from that phase's preset. `extra` carries parameters to keep (embedding).
pub fn to_query(
    model: &Model,
    screen: Screen,
    board: Option<&Scenario>,
    extra: &[(String, String)],
) -> String {
    let mut parts = vec![screen.href().trim_start_matches('?').to_string()];
    if let (Screen::Phase(n), Some(b)) = (screen, board) {
        if let Some(preset) = model.preset(n) {
            for i in model.changes(preset, b) {
                parts.push(format!("{}={}", model.factors[i].id, b.0[i]));
            }
        }
    }
    for (k, v) in extra {
        parts.push(format!("{}={}", encode(k), encode(v)));
    }
    format!("?{}", parts.join("&"))
}
