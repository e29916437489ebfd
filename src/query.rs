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
    /// The student's hand-in: predictions, answers, challenges, reflections.
    MyWork,
    /// The instructor guide.
    Guide,
    /// The transfer exercise: Afghanistan, 2018–21.
    Afghanistan,
    /// For instructors: a class's codes counted.
    Class,
}

impl Screen {
    /// The student's path through the lesson, in order.
    pub const LESSON: [Screen; 7] = [
        Screen::Intro,
        Screen::Phase(1),
        Screen::Phase(2),
        Screen::Phase(3),
        Screen::Debrief,
        Screen::Afghanistan,
        Screen::Sources,
    ];

    pub const ALL: [Screen; 10] = [
        Screen::Intro,
        Screen::Phase(1),
        Screen::Phase(2),
        Screen::Phase(3),
        Screen::Debrief,
        Screen::Afghanistan,
        Screen::Sources,
        Screen::MyWork,
        Screen::Guide,
        Screen::Class,
    ];

    /// The `screen=` value; phases use `phase=` instead.
    pub fn slug(self) -> String {
        match self {
            Screen::Intro => "intro".into(),
            Screen::Phase(n) => format!("phase-{n}"),
            Screen::Debrief => "debrief".into(),
            Screen::Sources => "sources".into(),
            Screen::MyWork => "mywork".into(),
            Screen::Guide => "guide".into(),
            Screen::Afghanistan => "afghanistan".into(),
            Screen::Class => "class".into(),
        }
    }

    pub fn from_slug(s: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|x| x.slug() == s)
    }

    /// The query string of the screen alone (no factor overrides).
    pub fn href(self) -> String {
        match self {
            Screen::Phase(n) => format!("?phase={n}"),
            other => format!("?screen={}", other.slug()),
        }
    }

    /// The next screen on the student's path.
    pub fn next(self) -> Option<Screen> {
        let i = Screen::LESSON.iter().position(|s| *s == self)?;
        Screen::LESSON.get(i + 1).copied()
    }

    pub fn prev(self) -> Option<Screen> {
        let i = Screen::LESSON.iter().position(|s| *s == self)?;
        i.checked_sub(1).map(|j| Screen::LESSON[j])
    }

    /// Accepts a slug (`phase-2`, `debrief`) or a bare phase number (`2`).
    pub fn parse_loose(s: &str) -> Option<Screen> {
        let s = s.trim().to_ascii_lowercase();
        Screen::from_slug(&s).or_else(|| match s.parse::<u8>() {
            Ok(n @ 1..=3) => Some(Screen::Phase(n)),
            _ => None,
        })
    }
}

/// How the lesson is framed by the link that opened it: embedded, with locked factors,
/// limited to some screens. Set by the URL only, never saved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Frame {
    /// `embed=1`: no site chrome, a compact header, a link to the full lesson.
    pub embed: bool,
    /// `lock=taliban,uzbekistan`: factors shown but not changeable (indices).
    pub locked: Vec<usize>,
    /// `screens=phase-3,debrief`: the only screens offered; empty means all.
    pub screens: Vec<Screen>,
}

impl Frame {
    /// Whether a screen may be shown. "My work" is always allowed: students hand it in.
    pub fn allows(&self, s: Screen) -> bool {
        self.screens.is_empty() || self.screens.contains(&s) || s == Screen::MyWork
    }

    /// The lesson-path screens this frame offers, in order.
    pub fn lesson_screens(&self) -> Vec<Screen> {
        Screen::LESSON
            .into_iter()
            .filter(|s| self.allows(*s))
            .collect()
    }

    pub fn is_locked(&self, factor: usize) -> bool {
        self.locked.contains(&factor)
    }

    /// The query parameters that reproduce this frame.
    pub fn params(&self, model: &Model) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if self.embed {
            out.push(("embed".to_string(), "1".to_string()));
        }
        if !self.locked.is_empty() {
            let ids: Vec<&str> = self
                .locked
                .iter()
                .map(|&i| model.factors[i].id.as_str())
                .collect();
            out.push(("lock".to_string(), ids.join(",")));
        }
        if !self.screens.is_empty() {
            let slugs: Vec<String> = self.screens.iter().map(|s| s.slug()).collect();
            out.push(("screens".to_string(), slugs.join(",")));
        }
        out
    }
}

/// A parameter of a link that was not applied, and why. The view says it in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ignored {
    /// The key appeared more than once; the first value was used.
    Repeated {
        key: String,
    },
    /// `phase=` is not 1, 2 or 3.
    Phase {
        value: String,
    },
    /// `screen=` names no screen.
    Screen {
        value: String,
    },
    /// Both `screen=` and `phase=`: the phase was opened.
    ScreenWithPhase {
        value: String,
    },
    Embed {
        value: String,
    },
    /// `lock=` names no factor.
    Lock {
        value: String,
    },
    /// `screens=` names no screen.
    Screens {
        value: String,
    },
    /// A factor's level is not a number in range.
    Level {
        factor: usize,
        value: String,
    },
    /// Not a setting of the lesson at all.
    Unknown {
        key: String,
    },
    /// The link limits the screens, and this one is not among them.
    NotOffered {
        screen: Screen,
        offered: Vec<Screen>,
    },
    /// Factor settings without a phase.
    NeedsPhase {
        factors: Vec<usize>,
    },
    /// `lang=` names a language the lesson is not built in.
    Lang {
        value: String,
    },
}

/// The result of reading a query string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The screen asked for, if any valid one was.
    pub screen: Option<Screen>,
    /// (factor index, level) pairs to apply on top of the phase's preset.
    pub overrides: Vec<(usize, u8)>,
    pub frame: Frame,
    /// `lang=`, as given (checked against the built languages by the state).
    pub lang: Option<String>,
    /// Every parameter that was not applied (user input shortened by `echo`).
    pub ignored: Vec<Ignored>,
}

/// Longest piece of user input repeated back in a notice.
const ECHO_MAX: usize = 40;

pub fn echo(s: &str) -> String {
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

/// Reads a query string against the model. Never fails: whatever cannot be applied
/// is described in `ignored`.
pub fn parse(query: &str, model: &Model) -> Parsed {
    let mut screen = None;
    let mut overrides: Vec<(usize, u8)> = Vec::new();
    let mut frame = Frame::default();
    let mut lang = None;
    let mut ignored = Vec::new();
    let mut seen: Vec<String> = Vec::new();

    for (key, value) in pairs(query) {
        if seen.contains(&key) {
            ignored.push(Ignored::Repeated { key: echo(&key) });
            continue;
        }
        seen.push(key.clone());
        match key.as_str() {
            "phase" => match value.parse::<u8>() {
                Ok(n) if model.preset(n).is_some() => screen = Some(Screen::Phase(n)),
                _ => ignored.push(Ignored::Phase {
                    value: echo(&value),
                }),
            },
            "screen" => match Screen::from_slug(&value) {
                Some(s) if screen.is_none() => screen = Some(s),
                Some(_) => ignored.push(Ignored::ScreenWithPhase {
                    value: echo(&value),
                }),
                None => ignored.push(Ignored::Screen {
                    value: echo(&value),
                }),
            },
            "lang" => lang = Some(echo(&value.trim().to_ascii_lowercase())),
            "embed" => match value.as_str() {
                "1" | "true" | "yes" | "" => frame.embed = true,
                "0" | "false" | "no" => {}
                _ => ignored.push(Ignored::Embed {
                    value: echo(&value),
                }),
            },
            "lock" => {
                for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match model.factor_index(id) {
                        Some(i) if !frame.locked.contains(&i) => frame.locked.push(i),
                        Some(_) => {}
                        None if id == "all" => frame.locked = (0..model.factors.len()).collect(),
                        None => ignored.push(Ignored::Lock { value: echo(id) }),
                    }
                }
            }
            "screens" => {
                for part in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match Screen::parse_loose(part) {
                        Some(s) if !frame.screens.contains(&s) => frame.screens.push(s),
                        Some(_) => {}
                        None => ignored.push(Ignored::Screens { value: echo(part) }),
                    }
                }
                crate::small::sort_by_key(&mut frame.screens, |s| *s);
            }
            k => match model.factor_index(k) {
                Some(i) => {
                    let max = model.factors[i].levels - 1;
                    match value.trim().parse::<usize>() {
                        Ok(l) if l <= max => overrides.push((i, l as u8)),
                        _ => ignored.push(Ignored::Level {
                            factor: i,
                            value: echo(&value),
                        }),
                    }
                }
                None => ignored.push(Ignored::Unknown { key: echo(k) }),
            },
        }
    }

    // A screen outside the allowed set opens the first allowed one instead.
    match screen {
        Some(s) if !frame.allows(s) => {
            ignored.push(Ignored::NotOffered {
                screen: s,
                offered: frame.screens.clone(),
            });
            screen = frame.screens.first().copied();
        }
        None => screen = frame.screens.first().copied(),
        _ => {}
    }
    if !overrides.is_empty() && !matches!(screen, Some(Screen::Phase(_))) {
        ignored.push(Ignored::NeedsPhase {
            factors: overrides.iter().map(|(i, _)| *i).collect(),
        });
        overrides.clear();
    }
    Parsed {
        screen,
        overrides,
        frame,
        lang,
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

/// The query with `lang=` for the language on screen, unless it names one already: a
/// shared link or an embed opens in the language the sharer saw.
pub fn with_lang(query: &str, code: &str) -> String {
    if pairs(query).iter().any(|(k, _)| k == "lang") {
        return query.to_string();
    }
    if query.len() <= 1 {
        return format!("?lang={code}");
    }
    format!("{query}&lang={code}")
}
