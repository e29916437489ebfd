//! The lesson's state and its reducer: pure Rust, no browser. The Yew layer holds a
//! `Lesson`, sends it `Action`s, and renders it; the browser edge saves `Progress`.

use crate::content::{Content, Course};
use crate::model::{Assessment, Model, Scenario, CONDITIONS};
use crate::query::{Frame, Parsed, Screen};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Bumped when the saved format changes incompatibly; older saves are then set aside.
pub const SAVE_VERSION: u32 = 1;

/// A student's prediction for one phase: which conditions they think hold.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Prediction {
    pub guesses: BTreeMap<String, bool>,
    /// Once revealed, the panel shows the model's answer and the comparison.
    pub revealed: bool,
    /// The model's answer at the moment of revealing, for the comparison and the hand-in.
    #[serde(default)]
    pub actual: BTreeMap<String, bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ChallengeRecord {
    pub done: bool,
    /// Factors changed from the preset when the goal was reached.
    #[serde(default)]
    pub changes: usize,
}

/// What is saved in the browser between visits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    pub screen: String,
    pub boards: BTreeMap<u8, Vec<u8>>,
    #[serde(default)]
    pub predictions: BTreeMap<u8, Prediction>,
    #[serde(default)]
    pub answers: BTreeMap<String, usize>,
    #[serde(default)]
    pub challenges: BTreeMap<String, ChallengeRecord>,
    #[serde(default)]
    pub reflections: BTreeMap<String, String>,
}

/// A request to move keyboard focus to an element once the view has rendered, so that
/// focus does not fall to the page when the control that had it goes away. `seq`
/// changes with every request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FocusRequest {
    pub seq: u32,
    pub id: String,
}

/// A message for the polite live region; `seq` changes with every new message so the
/// same words can be announced twice.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Announcement {
    pub seq: u32,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub screen: Screen,
    /// The factor board of each phase.
    pub boards: BTreeMap<u8, Scenario>,
    pub predictions: BTreeMap<u8, Prediction>,
    pub answers: BTreeMap<String, usize>,
    pub challenges: BTreeMap<String, ChallengeRecord>,
    /// The challenge the student is working on, if any.
    pub active_challenge: Option<String>,
    pub reflections: BTreeMap<String, String>,
    pub announcement: Announcement,
    /// Polite notices shown at the top of the page (ignored URL parameters, storage).
    pub notices: Vec<String>,
    /// Increases on every navigation, so the view knows to move focus to the heading.
    pub nav_seq: u32,
    /// Where focus should go after an action that removes the focused control.
    pub focus: FocusRequest,
    /// Whether the last action should add a browser history entry or amend the current one.
    pub history: HistoryOp,
    /// Embedding, locked factors and allowed screens, from the URL (never saved).
    pub frame: Frame,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HistoryOp {
    #[default]
    Replace,
    Push,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Navigate(Screen),
    /// The browser's back/forward buttons changed the URL.
    FromUrl(Parsed),
    SetLevel {
        phase: u8,
        factor: usize,
        level: u8,
    },
    ResetBoard(u8),
    Guess {
        phase: u8,
        condition: String,
        holds: bool,
    },
    Reveal(u8),
    Answer {
        question: String,
        option: usize,
    },
    StartChallenge(String),
    /// The student judges the active challenge impossible.
    ClaimImpossible(String),
    EndChallenge,
    Reflect {
        prompt: usize,
        text: String,
    },
    Notice(String),
    DismissNotice(usize),
    StartOver,
}

impl Lesson {
    pub fn new(model: &Model) -> Lesson {
        Lesson {
            screen: Screen::Intro,
            boards: model
                .phases()
                .map(|p| (p, model.preset(p).cloned().expect("preset")))
                .collect(),
            predictions: BTreeMap::new(),
            answers: BTreeMap::new(),
            challenges: BTreeMap::new(),
            active_challenge: None,
            reflections: BTreeMap::new(),
            announcement: Announcement::default(),
            notices: Vec::new(),
            nav_seq: 0,
            focus: FocusRequest::default(),
            history: HistoryOp::Replace,
            frame: Frame::default(),
        }
    }

    /// Restores saved progress; anything that does not fit the model is an error, and
    /// the caller starts afresh with a notice.
    pub fn from_progress(model: &Model, p: Progress) -> Result<Lesson, String> {
        if p.version != SAVE_VERSION {
            return Err(format!("saved by another version ({})", p.version));
        }
        let mut lesson = Lesson::new(model);
        lesson.screen = Screen::from_slug(&p.screen).ok_or("unknown screen")?;
        for (phase, levels) in p.boards {
            let s = Scenario(levels);
            if !lesson.boards.contains_key(&phase) || !model.is_valid(&s) {
                return Err(format!("board of phase {phase} does not fit the lesson"));
            }
            lesson.boards.insert(phase, s);
        }
        lesson.predictions = p.predictions;
        lesson.answers = p.answers;
        lesson.challenges = p.challenges;
        lesson.reflections = p.reflections;
        Ok(lesson)
    }

    pub fn from_json(model: &Model, json: &str) -> Result<Lesson, String> {
        let p: Progress = serde_json::from_str(json).map_err(|e| e.to_string())?;
        Lesson::from_progress(model, p)
    }

    pub fn progress(&self) -> Progress {
        Progress {
            version: SAVE_VERSION,
            screen: self.screen.slug(),
            boards: self.boards.iter().map(|(k, v)| (*k, v.0.clone())).collect(),
            predictions: self.predictions.clone(),
            answers: self.answers.clone(),
            challenges: self.challenges.clone(),
            reflections: self.reflections.clone(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.progress()).expect("progress serialises")
    }

    /// Applies what a URL asked for: its screen, and on a phase screen the preset with
    /// the URL's overrides. Ignored parameters become a notice.
    pub fn apply_query(&mut self, model: &Model, parsed: &Parsed) {
        self.frame = parsed.frame.clone();
        if !self.frame.allows(self.screen) {
            self.screen = self.frame.screens.first().copied().unwrap_or(Screen::Intro);
        }
        if let Some(screen) = parsed.screen {
            self.screen = screen;
            if let Screen::Phase(n) = screen {
                let mut board = model.preset(n).cloned().expect("preset");
                for &(i, l) in &parsed.overrides {
                    board.0[i] = l;
                }
                self.boards.insert(n, board);
            }
        }
        if !parsed.ignored.is_empty() {
            self.notices.push(format!(
                "Some settings in the link were not applied: {}.",
                parsed.ignored.join("; ")
            ));
        }
    }

    /// The phase's preset, with locked factors kept where the link set them.
    pub fn history_board(&self, model: &Model, phase: u8) -> Option<Scenario> {
        let mut p = model.preset(phase)?.clone();
        if let Some(b) = self.boards.get(&phase) {
            for &i in &self.frame.locked {
                p.0[i] = b.0[i];
            }
        }
        Some(p)
    }

    pub fn board(&self, phase: u8) -> &Scenario {
        &self.boards[&phase]
    }

    pub fn revealed(&self, phase: u8) -> bool {
        self.predictions.get(&phase).is_some_and(|p| p.revealed)
    }

    fn focus_on(&mut self, id: String) {
        self.focus = FocusRequest {
            seq: self.focus.seq.wrapping_add(1),
            id,
        };
    }

    fn announce(&mut self, text: String) {
        self.announcement = Announcement {
            seq: self.announcement.seq.wrapping_add(1),
            text,
        };
    }

    pub fn apply(&mut self, course: &Course, action: Action) {
        let model = &course.model;
        self.history = HistoryOp::Replace;
        match action {
            Action::FromUrl(parsed) => {
                self.apply_query(model, &parsed);
                self.nav_seq = self.nav_seq.wrapping_add(1);
            }
            Action::Navigate(screen) if !self.frame.allows(screen) => {}
            Action::Navigate(screen) => {
                self.history = HistoryOp::Push;
                self.screen = screen;
                self.nav_seq = self.nav_seq.wrapping_add(1);
                if !matches!(screen, Screen::Phase(_)) {
                    self.active_challenge = None;
                }
            }
            Action::SetLevel {
                phase,
                factor,
                level,
            } => {
                let Some(board) = self.boards.get(&phase) else {
                    return;
                };
                let Some(f) = model.factors.get(factor) else {
                    return;
                };
                if usize::from(level) >= f.levels.len()
                    || board.0[factor] == level
                    || self.frame.is_locked(factor)
                {
                    return;
                }
                let mut next = board.clone();
                next.0[factor] = level;
                self.change_board(course, phase, next);
            }
            Action::ResetBoard(phase) => {
                if let Some(p) = self.history_board(model, phase) {
                    self.change_board(course, phase, p);
                }
            }
            Action::Guess {
                phase,
                condition,
                holds,
            } => {
                if CONDITIONS.contains(&condition.as_str()) {
                    let p = self.predictions.entry(phase).or_default();
                    if !p.revealed {
                        p.guesses.insert(condition, holds);
                    }
                }
            }
            Action::Reveal(phase) => {
                let Some(board) = self.boards.get(&phase) else {
                    return;
                };
                let a = model.assess(board);
                let actual: BTreeMap<String, bool> = a
                    .conditions
                    .iter()
                    .map(|c| (c.id.to_string(), c.holds))
                    .collect();
                let p = self.predictions.entry(phase).or_default();
                p.revealed = true;
                p.actual = actual;
                let right = CONDITIONS
                    .iter()
                    .filter(|c| p.guesses.get(**c) == p.actual.get(**c))
                    .count();
                let text = format!(
                    "Revealed. You predicted {right} of 4 conditions correctly. {}",
                    summary(&course.content, &a)
                );
                self.announce(text);
                // The Reveal button is gone: focus the comparison that replaced it.
                self.focus_on(format!("prediction-result-{phase}"));
            }
            Action::Answer { question, option } => {
                self.answers.insert(question, option);
            }
            Action::StartChallenge(id) => {
                // A challenge starts from its phase's history.
                if let Some(ch) = course.content.challenges.iter().find(|c| c.id == id) {
                    let (phase, preset) = (ch.phase, self.history_board(model, ch.phase));
                    self.active_challenge = None;
                    if let Some(p) = preset {
                        self.change_board(course, phase, p);
                    }
                    self.announce(format!(
                        "Challenge started: “{}”. The board is back at history.",
                        ch.title
                    ));
                    self.active_challenge = Some(id);
                }
            }
            Action::ClaimImpossible(id) => {
                self.challenges.insert(
                    id,
                    ChallengeRecord {
                        done: true,
                        changes: 0,
                    },
                );
            }
            Action::EndChallenge => self.active_challenge = None,
            Action::Reflect { prompt, text } => {
                if text.trim().is_empty() {
                    self.reflections.remove(&prompt.to_string());
                } else {
                    self.reflections.insert(prompt.to_string(), text);
                }
            }
            Action::Notice(text) => {
                if !self.notices.contains(&text) {
                    self.notices.push(text);
                }
            }
            Action::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Action::StartOver => {
                let (seq, nav) = (self.announcement.seq, self.nav_seq);
                let frame = std::mem::take(&mut self.frame);
                *self = Lesson::new(model);
                self.frame = frame;
                // A new value, so the view moves focus to the heading even the second time.
                self.nav_seq = nav.wrapping_add(1);
                self.announcement = Announcement {
                    seq: seq.wrapping_add(1),
                    text: "Your progress was cleared. The lesson starts again.".into(),
                };
            }
        }
    }

    /// Sets a phase's board; announces conditions that started or stopped holding (once
    /// per change, never for a change that flips nothing), and records a challenge reached.
    fn change_board(&mut self, course: &Course, phase: u8, next: Scenario) {
        let model = &course.model;
        let before = model.assess(&self.boards[&phase]);
        let after = model.assess(&next);
        // Before the student has predicted, the panel is covered: announcing a condition
        // that starts or stops holding would give the answer away.
        let mut parts = if self.revealed(phase) {
            changes_in_words(&course.content, &before, &after)
        } else {
            Vec::new()
        };
        if let Some(id) = self.active_challenge.clone() {
            if let Some(ch) = course
                .content
                .challenges
                .iter()
                .find(|c| c.id == id && c.phase == phase)
            {
                let start = model.preset(phase).expect("preset");
                if !ch.impossible && model.meets(&ch.goal, start, &next) {
                    let changes = model.changes(start, &next).len();
                    let rec = self.challenges.entry(id).or_default();
                    if !rec.done || changes < rec.changes {
                        *rec = ChallengeRecord {
                            done: true,
                            changes,
                        };
                        parts.push(format!("Challenge reached: “{}”.", ch.title));
                    }
                }
            }
        }
        self.boards.insert(phase, next);
        if !parts.is_empty() {
            self.announce(parts.join(" "));
        }
    }
}

/// "Ripe: all four conditions hold." or "Not ripe. Not holding: Leaders able to agree;
/// A shared sense that a deal is desirable." (the names students see on the panel).
pub fn summary(content: &Content, a: &Assessment) -> String {
    let failing: Vec<&str> = a
        .conditions
        .iter()
        .filter(|c| !c.holds)
        .map(|c| content.condition_name(c.id))
        .collect();
    if failing.is_empty() {
        "Ripe: all four conditions hold.".into()
    } else {
        format!("Not ripe. Not holding: {}.", failing.join("; "))
    }
}

/// Sentences for each condition that started or stopped holding, and for the verdict.
pub fn changes_in_words(content: &Content, before: &Assessment, after: &Assessment) -> Vec<String> {
    let mut out = Vec::new();
    for (b, a) in before.conditions.iter().zip(&after.conditions) {
        if b.holds != a.holds {
            let name = content.condition_name(a.id);
            out.push(if a.holds {
                format!("{name}: now holds.")
            } else {
                format!("{name}: no longer holds.")
            });
        }
    }
    if before.ripe != after.ripe {
        out.push(if after.ripe {
            "The conflict is now ripe.".into()
        } else {
            "The conflict is no longer ripe.".into()
        });
    }
    out
}

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
