//! Saved progress as a short text: what the browser keeps between visits (and, being
//! compact, what an LMS can keep for a student too).
//!
//! The text is a query-like list of `key=value` pairs joined by `&`, for example
//! `v=2&s=phase-2&l=en&b2=1101212111112&p2=yyn-&r2=yynn&a=p2-formula.1&c=p2-fewest.3&t0=…`,
//! and for the Afghanistan screen `j=process.n,capacity-taliban.u&wprocess=…&ar=1`.
//! Each pair is read on its own: a pair that does not fit the lesson is dropped and
//! counted, and everything else is kept. Pure Rust, tested natively.

use crate::model::CONDITIONS;
use crate::small::Map;
use crate::transfer::Verdict;

/// The format's version, the value of `v=`.
pub const VERSION: u32 = 2;

/// A student's prediction for one phase: which conditions they think hold.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Prediction {
    pub guesses: Map<String, bool>,
    /// Once revealed, the panel shows the model's answer and the comparison.
    pub revealed: bool,
    /// The model's answer at the moment of revealing, for the comparison and the hand-in.
    pub actual: Map<String, bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChallengeRecord {
    pub done: bool,
    /// Factors changed from the preset when the goal was reached.
    pub changes: usize,
}

/// A student's answer to a question: the first try, and the one retry a wrong first try
/// allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Answer {
    pub first: usize,
    pub retry: Option<usize>,
}

impl Answer {
    /// The answer that stands: the retry if there was one.
    pub fn last(&self) -> usize {
        self.retry.unwrap_or(self.first)
    }
}

/// What is saved between visits.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub screen: String,
    /// The language the student chose ("" if none was chosen).
    pub lang: String,
    pub boards: Map<u8, Vec<u8>>,
    pub predictions: Map<u8, Prediction>,
    pub answers: Map<String, Answer>,
    pub challenges: Map<String, ChallengeRecord>,
    pub reflections: Map<String, String>,
    /// Afghanistan: judgements by item key (`transfer::Judged::key`).
    pub judgements: Map<String, Verdict>,
    /// Afghanistan: the one-line reason per condition.
    pub reasons: Map<String, String>,
    pub transfer_revealed: bool,
    /// The class code includes the student's reflections.
    pub share_words: bool,
}

/// Why a saved text could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not this format (an older lesson's save, or something else).
    NotProgress,
    /// A newer or older version of the format.
    Version(String),
}

/// Escapes the characters that structure the text; everything else stays as it is, so
/// a reflection in Russian costs one character a letter.
fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '%' | '&' | '=' | '+' | '\u{0}'..='\u{1f}' | '\u{7f}' => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
}

fn flags(map: &Map<String, bool>) -> String {
    CONDITIONS
        .iter()
        .map(|c| match map.get(*c) {
            Some(true) => 'y',
            Some(false) => 'n',
            None => '-',
        })
        .collect()
}

fn read_flags(s: &str) -> Option<Map<String, bool>> {
    if s.chars().count() != CONDITIONS.len() {
        return None;
    }
    let mut out = Map::new();
    for (c, ch) in CONDITIONS.iter().zip(s.chars()) {
        match ch {
            'y' => {
                out.insert(c.to_string(), true);
            }
            'n' => {
                out.insert(c.to_string(), false);
            }
            '-' => {}
            _ => return None,
        }
    }
    Some(out)
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Progress {
    /// The saved text.
    pub fn encode(&self) -> String {
        let mut parts = vec![format!("v={VERSION}")];
        let mut push = |k: &str, v: &str| {
            let mut s = String::from(k);
            s.push('=');
            escape(v, &mut s);
            parts.push(s);
        };
        push("s", &self.screen);
        if !self.lang.is_empty() {
            push("l", &self.lang);
        }
        for (phase, levels) in &self.boards {
            let digits: String = levels
                .iter()
                .map(|l| char::from_digit(u32::from(*l), 36).unwrap_or('0'))
                .collect();
            push(&format!("b{phase}"), &digits);
        }
        for (phase, p) in &self.predictions {
            if !p.guesses.is_empty() {
                push(&format!("p{phase}"), &flags(&p.guesses));
            }
            if p.revealed {
                push(&format!("r{phase}"), &flags(&p.actual));
            }
        }
        if !self.answers.is_empty() {
            let a: Vec<String> = self
                .answers
                .iter()
                .map(|(q, a)| match a.retry {
                    Some(r) => format!("{q}.{}.{r}", a.first),
                    None => format!("{q}.{}", a.first),
                })
                .collect();
            push("a", &a.join(","));
        }
        let done: Vec<String> = self
            .challenges
            .iter()
            .filter(|(_, r)| r.done)
            .map(|(id, r)| format!("{id}.{}", r.changes))
            .collect();
        if !done.is_empty() {
            push("c", &done.join(","));
        }
        for (k, text) in &self.reflections {
            push(&format!("t{k}"), text);
        }
        if !self.judgements.is_empty() {
            let j: Vec<String> = self
                .judgements
                .iter()
                .map(|(k, v)| format!("{k}.{}", v.letter()))
                .collect();
            push("j", &j.join(","));
        }
        for (k, text) in &self.reasons {
            push(&format!("w{k}"), text);
        }
        if self.transfer_revealed {
            push("ar", "1");
        }
        if self.share_words {
            push("k", "1");
        }
        parts.join("&")
    }

    /// Reads a saved text. Returns the progress with everything readable, and how many
    /// parts had to be dropped; an error only when the text is not this format at all.
    pub fn decode(text: &str) -> Result<(Progress, usize), ReadError> {
        let pairs = crate::query::pairs(text);
        match pairs.first() {
            Some((k, v)) if k == "v" && v == &VERSION.to_string() => {}
            Some((k, v)) if k == "v" => return Err(ReadError::Version(crate::query::echo(v))),
            _ => return Err(ReadError::NotProgress),
        }
        let mut p = Progress::default();
        let mut dropped = 0;
        for (key, value) in pairs.into_iter().skip(1) {
            if !p.read_pair(&key, &value) {
                dropped += 1;
            }
        }
        Ok((p, dropped))
    }

    /// Reads one pair; false if it does not fit.
    fn read_pair(&mut self, key: &str, value: &str) -> bool {
        let phase = |k: &str| k[1..].parse::<u8>().ok().filter(|n| (1..=9).contains(n));
        match key {
            "s" if is_id(value) => self.screen = value.to_string(),
            "l" if is_id(value) => self.lang = value.to_string(),
            "a" => {
                let mut ok = true;
                for item in value.split(',') {
                    // "question.first" or "question.first.retry"; ids have no dots.
                    let mut parts = item.split('.');
                    let q = parts.next().unwrap_or("");
                    let nums: Option<Vec<usize>> = parts
                        .map(|n| n.parse::<usize>().ok().filter(|&n| n < 16))
                        .collect();
                    match nums.as_deref() {
                        Some([first]) if is_id(q) => {
                            let a = Answer {
                                first: *first,
                                retry: None,
                            };
                            self.answers.insert(q.to_string(), a);
                        }
                        Some([first, retry]) if is_id(q) => {
                            let a = Answer {
                                first: *first,
                                retry: Some(*retry),
                            };
                            self.answers.insert(q.to_string(), a);
                        }
                        _ => ok = false,
                    }
                }
                return ok;
            }
            "c" => {
                let mut ok = true;
                for item in value.split(',') {
                    match item.rsplit_once('.') {
                        Some((id, n)) if is_id(id) => match n.parse::<usize>() {
                            Ok(changes) if changes < 64 => {
                                self.challenges.insert(
                                    id.to_string(),
                                    ChallengeRecord {
                                        done: true,
                                        changes,
                                    },
                                );
                            }
                            _ => ok = false,
                        },
                        _ => ok = false,
                    }
                }
                return ok;
            }
            k if k.starts_with('b') && phase(k).is_some() => {
                let levels: Option<Vec<u8>> = value
                    .chars()
                    .map(|c| c.to_digit(36).map(|d| d as u8))
                    .collect();
                match levels {
                    Some(l) if !l.is_empty() => {
                        self.boards.insert(phase(k).unwrap_or(0), l);
                    }
                    _ => return false,
                }
            }
            k if (k.starts_with('p') || k.starts_with('r')) && phase(k).is_some() => {
                let Some(map) = read_flags(value) else {
                    return false;
                };
                let pred = self.predictions.entry_or_default(phase(k).unwrap_or(0));
                if k.starts_with('p') {
                    pred.guesses = map;
                } else {
                    pred.revealed = true;
                    pred.actual = map;
                }
            }
            "j" => {
                let mut ok = true;
                for item in value.split(',') {
                    // "process.n": an item's key, a dot, the verdict's letter.
                    let read = item.rsplit_once('.').and_then(|(k, v)| {
                        let mut cs = v.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) if is_id(k) => Verdict::from_letter(c).map(|v| (k, v)),
                            _ => None,
                        }
                    });
                    match read {
                        Some((k, v)) => {
                            self.judgements.insert(k.to_string(), v);
                        }
                        None => ok = false,
                    }
                }
                return ok;
            }
            "ar" if value == "1" => self.transfer_revealed = true,
            "k" if value == "1" => self.share_words = true,
            k if k.starts_with('w') && is_id(&k[1..]) => {
                self.reasons.insert(k[1..].to_string(), value.to_string());
            }
            k if k.starts_with('t') && k[1..].parse::<u8>().is_ok() => {
                self.reflections
                    .insert(k[1..].to_string(), value.to_string());
            }
            _ => return false,
        }
        true
    }
}
