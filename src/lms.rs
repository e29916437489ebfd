//! What the lesson reports to a learning management system through SCORM (1.2 or 2004):
//! completion, the quiz score, the session time and the saved progress. Pure Rust, tested
//! natively; the part that finds the LMS's API and calls it is `scorm.rs`, at the edge.
//!
//! - Status: `incomplete` once started, `completed` once the student has reached the
//!   Debrief with all three phases revealed; never back from completed.
//! - Score: the share of the quiz questions answered right, as a percentage (raw, 0–100).
//! - Suspend data: the saved-progress text (`progress.rs`), fitted under the LMS's limit
//!   (SCORM 1.2: 4,096 characters) by shortening the reflections first.

use crate::content::Course;
use crate::progress::Progress;
use crate::query::Screen;
use crate::small::Map;
use crate::state::Lesson;

/// The SCORM version the LMS speaks (which API it offers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// `window.API`, `LMSInitialize` … `cmi.core.*`.
    Scorm12,
    /// `window.API_1484_11`, `Initialize` … `cmi.*` (2004, 4th edition).
    Scorm2004,
}

/// SCORM 1.2's `cmi.suspend_data` is a CMIString4096.
pub const SUSPEND_LIMIT_12: usize = 4096;
/// SCORM 2004 4th edition allows 64,000 characters.
pub const SUSPEND_LIMIT_2004: usize = 64_000;

impl Version {
    pub fn suspend_limit(self) -> usize {
        match self {
            Version::Scorm12 => SUSPEND_LIMIT_12,
            Version::Scorm2004 => SUSPEND_LIMIT_2004,
        }
    }

    /// The API's function names: (initialize, get, set, commit, finish).
    pub fn calls(self) -> [&'static str; 5] {
        match self {
            Version::Scorm12 => [
                "LMSInitialize",
                "LMSGetValue",
                "LMSSetValue",
                "LMSCommit",
                "LMSFinish",
            ],
            // not shown: the SCORM 2004 API's function names
            Version::Scorm2004 => ["Initialize", "GetValue", "SetValue", "Commit", "Terminate"],
        }
    }

    /// Data model elements read at the start: (status, suspend data, learner id, entry).
    pub fn read_elements(self) -> [&'static str; 4] {
        match self {
            Version::Scorm12 => [
                "cmi.core.lesson_status",
                "cmi.suspend_data",
                "cmi.core.student_id",
                "cmi.core.entry",
            ],
            Version::Scorm2004 => [
                "cmi.completion_status",
                "cmi.suspend_data",
                "cmi.learner_id",
                "cmi.entry",
            ],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub raw: usize,
    pub min: usize,
    pub max: usize,
}

/// Whether the lesson counts as finished: the Debrief reached, every phase revealed.
pub fn completed(course: &Course, lesson: &Lesson) -> bool {
    lesson.screen == Screen::Debrief && course.model.phases().all(|p| lesson.revealed(p))
}

/// Whether an LMS status read at the start already says finished (never go back).
pub fn status_is_complete(status: &str) -> bool {
    matches!(status, "completed" | "passed")
}

/// The quiz score as a percentage: questions answered right out of all questions, with
/// min 0 and max 100 (Moodle takes `raw` as the grade out of its "maximum grade", 100 by
/// default; SCORM Cloud and others scale raw between min and max). `None` before any answer.
pub fn score(course: &Course, lesson: &Lesson) -> Option<Score> {
    if lesson.answers.is_empty() {
        return None;
    }
    let (right, total) = right_answers(course, lesson);
    Some(Score {
        raw: (200 * right + total).checked_div(2 * total).unwrap_or(0),
        min: 0,
        max: 100,
    })
}

/// (questions answered right at the first try, questions in all): the same count as the
/// hand-in's, so the grade in the LMS and the student's own page agree.
pub fn right_answers(course: &Course, lesson: &Lesson) -> (usize, usize) {
    let questions = course.content.questions;
    let right = questions
        .iter()
        .filter(|q| {
            lesson
                .answers
                .get(q.id)
                .and_then(|a| q.options.get(a.first))
                .is_some_and(|c| c.correct)
        })
        .count();
    (right, questions.len())
}

/// Length as SCORM runtimes count it (JavaScript string length: UTF-16 code units).
pub fn scorm_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The saved-progress text, at most `limit` characters. When the whole text is longer,
/// the reflections are shortened (in order, each kept as far as it fits), then left out;
/// if that is still not enough, the finished challenges, then the boards go. Predictions
/// and answers are kept to the last.
pub fn suspend_data(p: &Progress, limit: usize) -> String {
    let full = p.encode();
    if scorm_len(&full) <= limit {
        return full;
    }
    let mut fit = p.clone();
    fit.reflections = Map::new();
    if scorm_len(&fit.encode()) > limit {
        fit.challenges = Map::new();
    }
    if scorm_len(&fit.encode()) > limit {
        fit.boards = Map::new();
    }
    if scorm_len(&fit.encode()) > limit {
        fit.answers = Map::new();
    }
    if scorm_len(&fit.encode()) > limit {
        fit.predictions = Map::new();
    }
    // Put the reflections back, each as long as still fits.
    for (k, text) in &p.reflections {
        let chars: Vec<char> = text.chars().collect();
        let with = |n: usize| {
            let mut t = fit.clone();
            t.reflections.insert(k.clone(), chars[..n].iter().collect());
            t
        };
        if scorm_len(&with(chars.len()).encode()) <= limit {
            fit = with(chars.len());
            continue;
        }
        // The longest prefix that fits (binary search: encoding grows with the prefix).
        let (mut lo, mut hi) = (0, chars.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if scorm_len(&with(mid).encode()) <= limit {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if lo > 0 {
            fit = with(lo);
        }
        break;
    }
    let out = fit.encode();
    if scorm_len(&out) <= limit {
        out
    } else {
        // Only the version and the screen: never more than the limit.
        Progress {
            screen: p.screen.clone(),
            ..Progress::default()
        }
        .encode()
    }
}

/// The data model elements to set for the lesson as it is now, in order.
pub fn values(
    course: &Course,
    lesson: &Lesson,
    version: Version,
    was_completed: bool,
) -> Vec<(&'static str, String)> {
    let done = was_completed || completed(course, lesson);
    let status = if done { "completed" } else { "incomplete" };
    let data = suspend_data(&lesson.progress(), version.suspend_limit());
    let location = lesson.screen.slug();
    let mut out = Vec::new();
    match version {
        Version::Scorm12 => {
            out.push(("cmi.core.lesson_status", status.to_string()));
            if let Some(s) = score(course, lesson) {
                out.push(("cmi.core.score.min", s.min.to_string()));
                out.push(("cmi.core.score.max", s.max.to_string()));
                out.push(("cmi.core.score.raw", s.raw.to_string()));
            }
            out.push(("cmi.core.lesson_location", location));
        }
        Version::Scorm2004 => {
            out.push(("cmi.completion_status", status.to_string()));
            if let Some(s) = score(course, lesson) {
                out.push(("cmi.score.min", s.min.to_string()));
                out.push(("cmi.score.max", s.max.to_string()));
                out.push(("cmi.score.raw", s.raw.to_string()));
                out.push(("cmi.score.scaled", scaled(s)));
            }
            out.push(("cmi.location", location));
        }
    }
    out.push(("cmi.suspend_data", data));
    out
}

/// `raw / max` with four decimals ("0.7500"), without floating-point formatting (which
/// would cost the wasm some 10 KB).
fn scaled(s: Score) -> String {
    let per_10k = (s.raw.min(s.max) * 10_000).checked_div(s.max).unwrap_or(0);
    format!("{}.{:04}", per_10k / 10_000, per_10k % 10_000)
}

/// What is set when the session ends: the session time and `exit = suspend`, so that the
/// LMS offers the suspend data next time.
pub fn closing_values(version: Version, seconds: f64) -> Vec<(&'static str, String)> {
    match version {
        Version::Scorm12 => vec![
            ("cmi.core.session_time", session_time(version, seconds)),
            ("cmi.core.exit", "suspend".into()),
        ],
        Version::Scorm2004 => vec![
            ("cmi.session_time", session_time(version, seconds)),
            ("cmi.exit", "suspend".into()),
        ],
    }
}

/// Session time: SCORM 1.2's CMITimespan `HHHH:MM:SS.SS`, SCORM 2004's ISO 8601
/// duration `PT1H2M3.5S`.
pub fn session_time(version: Version, seconds: f64) -> String {
    let centis = (seconds.max(0.0) * 100.0).round() as u64;
    let (h, m, s, c) = (
        centis / 360_000,
        centis / 6_000 % 60,
        centis / 100 % 60,
        centis % 100,
    );
    match version {
        Version::Scorm12 => format!("{:04}:{m:02}:{s:02}.{c:02}", h.min(9999)),
        Version::Scorm2004 => {
            let mut out = String::from("PT");
            if h > 0 {
                out.push_str(&format!("{h}H"));
            }
            if m > 0 {
                out.push_str(&format!("{m}M"));
            }
            if c > 0 {
                out.push_str(&format!("{s}.{c:02}S"));
            } else {
                out.push_str(&format!("{s}S"));
            }
            out
        }
    }
}

/// Which saved text to resume from: the LMS's suspend data (the student may come from
/// another computer), unless this browser holds work the LMS never acknowledged
/// (`local_unsent`: a commit failed), which is then newer.
pub fn resume_from<'a>(
    lms: Option<&'a str>,
    local: Option<&'a str>,
    local_unsent: bool,
) -> Option<&'a str> {
    let lms = lms.filter(|s| !s.trim().is_empty());
    let local = local.filter(|s| !s.trim().is_empty());
    match (lms, local) {
        (_, Some(l)) if local_unsent => Some(l),
        (Some(m), _) => Some(m),
        (None, l) => l,
    }
}

/// A learner id as part of a storage key: letters, digits, `-` and `_`, at most 64.
pub fn learner_key(id: &str) -> String {
    let k: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(64)
        .collect();
    if k.is_empty() {
        "learner".into()
    } else {
        k
    }
}

/// Whether an API call's answer means success: `"true"` (or `true`) as SCORM returns.
pub fn succeeded(answer: Option<&str>) -> bool {
    matches!(answer, Some("true"))
}
