//! The lesson's state and its reducer: pure Rust, no browser. The Yew layer holds a
//! `Lesson`, sends it `Action`s, and renders it; the browser edge saves its `Progress`.

use crate::content::{msg, Content, Course};
use crate::model::{Assessment, Model, Scenario, CONDITIONS};
use crate::progress::ReadError;
pub use crate::progress::{Answer, ChallengeRecord, Prediction, Progress};
use crate::query::{self, Frame, Ignored, Parsed, Screen};
use crate::small::Map;
use crate::transfer::{judged, Verdict};

/// A polite notice at the top of the page. Kept as what happened, not as words, so that
/// it reads in whatever language the student switches to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Parameters of the link that were not applied.
    Link(Vec<Ignored>),
    /// The browser refuses storage: the lesson works, without saving.
    NoStorage,
    /// Saved progress could not be read at all: the lesson starts afresh.
    SavedUnreadable,
    /// Saved progress was read, but this many parts of it did not fit and were left out.
    SavedPartly(usize),
    /// A new release of the lesson is downloaded and waits for a reload (offline use).
    Update,
    /// The LMS stopped accepting the lesson's reports: the work is kept in this browser.
    LmsNotRecording,
    /// The words of the language the student chose could not be loaded.
    LanguageFailed,
}

/// One ignored link parameter, in words.
pub fn ignored_words(c: &Course, i: &Ignored) -> String {
    let factor_ids = |fs: &[usize]| -> String {
        fs.iter()
            .map(|&f| c.model.factors[f].id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match i {
        Ignored::Repeated { key } => msg::notice_repeated(key),
        Ignored::Phase { value } => msg::notice_phase(value),
        Ignored::Screen { value } => {
            // Named from the list itself, so a new screen is never missing from the notice.
            let names: Vec<String> = Screen::ALL
                .iter()
                .filter(|s| !matches!(s, Screen::Phase(_)))
                .map(|s| s.slug())
                .collect();
            msg::notice_screen(value, names.join(", "))
        }
        Ignored::ScreenWithPhase { value } => msg::notice_screen_with_phase(value),
        Ignored::Embed { value } => msg::notice_embed(value),
        Ignored::Lock { value } => msg::notice_lock(value),
        Ignored::Screens { value } => msg::notice_screens(value),
        Ignored::Level { factor, value } => msg::notice_level(
            &c.model.factors[*factor].id,
            c.model.factors[*factor].levels - 1,
            c.content.factor(*factor).name,
            value,
        ),
        Ignored::Unknown { key } => msg::notice_unknown(key),
        Ignored::NotOffered { screen, offered } => msg::notice_not_offered(
            offered
                .iter()
                .map(|s| s.slug())
                .collect::<Vec<_>>()
                .join(", "),
            screen.slug(),
        ),
        Ignored::NeedsPhase { factors } => msg::notice_needs_phase(factor_ids(factors)),
        Ignored::Lang { value } => msg::notice_lang(
            crate::content::LANGS
                .iter()
                .map(|l| l.code)
                .collect::<Vec<_>>()
                .join(", "),
            value,
        ),
    }
}

/// A notice in words. Ignored parameters are listed once each, with a count when the
/// same one came many times (a link with a parameter repeated 1,500 times is one line).
impl Notice {
    pub fn words(&self, c: &Course) -> String {
        match self {
            Notice::Link(items) => {
                let mut seen: Vec<(String, usize)> = Vec::new();
                for i in items {
                    let w = ignored_words(c, i);
                    match seen.iter_mut().find(|(x, _)| *x == w) {
                        Some((_, k)) => *k += 1,
                        None => seen.push((w, 1)),
                    }
                }
                let list: Vec<String> = seen
                    .into_iter()
                    .map(|(w, k)| {
                        if k > 1 {
                            msg::notice_times(k as i64, w)
                        } else {
                            w
                        }
                    })
                    .collect();
                msg::notice_link(list.join(msg::common_list_separator()))
            }
            Notice::NoStorage => msg::notice_no_storage().into(),
            Notice::SavedUnreadable => msg::notice_saved_unreadable().into(),
            Notice::SavedPartly(k) => msg::notice_saved_partly(*k as i64),
            Notice::Update => msg::offline_update().into(),
            Notice::LmsNotRecording => msg::lms_not_recording().into(),
            Notice::LanguageFailed => msg::layout_language_failed().into(),
        }
    }
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
    pub boards: Map<u8, Scenario>,
    pub predictions: Map<u8, Prediction>,
    pub answers: Map<String, Answer>,
    pub challenges: Map<String, ChallengeRecord>,
    /// The challenge the student is working on, if any.
    pub active_challenge: Option<String>,
    pub reflections: Map<String, String>,
    pub announcement: Announcement,
    /// Polite notices shown at the top of the page (ignored URL parameters, storage).
    pub notices: Vec<Notice>,
    /// The language the student chose, if any ("" for the browser's choice).
    pub lang: String,
    /// Increases on every navigation, so the view knows to move focus to the heading.
    pub nav_seq: u32,
    /// Where focus should go after an action that removes the focused control.
    pub focus: FocusRequest,
    /// Whether the last action should add a browser history entry or amend the current one.
    pub history: HistoryOp,
    /// Embedding, locked factors and allowed screens, from the URL (never saved).
    pub frame: Frame,
    /// The instructor guide (with its answer key) was opened past its warning in this
    /// session; never saved, so a student's next visit asks again.
    pub guide_unlocked: bool,
    /// Afghanistan: the student's judgements (by `transfer::Judged::key`), one-line
    /// reasons (by condition), and whether the lesson's reading is shown.
    pub judgements: Map<String, Verdict>,
    pub reasons: Map<String, String>,
    pub transfer_revealed: bool,
    /// The class code includes the reflections (the student ticked it).
    pub share_words: bool,
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
    DismissNotice(usize),
    /// The student chose a language (its text is loaded by then).
    SetLang(String),
    /// Past the guide's warning that it holds the answers.
    UnlockGuide,
    /// Afghanistan: a judgement of one item (`transfer::Judged::key`).
    Judge {
        key: String,
        verdict: Verdict,
    },
    /// Afghanistan: the reason given for a condition.
    Reason {
        condition: String,
        text: String,
    },
    /// Afghanistan: show the lesson's reading (once every item is judged).
    RevealTransfer,
    ShareWords(bool),
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
            predictions: Map::new(),
            answers: Map::new(),
            challenges: Map::new(),
            active_challenge: None,
            reflections: Map::new(),
            announcement: Announcement::default(),
            notices: Vec::new(),
            lang: String::new(),
            nav_seq: 0,
            focus: FocusRequest::default(),
            history: HistoryOp::Replace,
            frame: Frame::default(),
            guide_unlocked: false,
            judgements: Map::new(),
            reasons: Map::new(),
            transfer_revealed: false,
            share_words: false,
        }
    }

    /// Restores saved progress, keeping every part that fits the lesson. Returns how many
    /// parts were left out.
    pub fn from_progress(course: &Course, p: Progress) -> (Lesson, usize) {
        let (model, content) = (&course.model, course.content);
        let mut lesson = Lesson::new(model);
        let mut dropped = 0;
        let mut keep = |ok: bool| {
            if !ok {
                dropped += 1;
            }
            ok
        };
        match Screen::from_slug(&p.screen) {
            Some(s) => lesson.screen = s,
            None => {
                keep(p.screen.is_empty());
            }
        }
        lesson.lang = p.lang;
        for (phase, levels) in p.boards {
            let s = Scenario(levels);
            if keep(lesson.boards.contains_key(&phase) && model.is_valid(&s)) {
                lesson.boards.insert(phase, s);
            }
        }
        for (phase, pred) in p.predictions {
            if keep(model.preset(phase).is_some()) {
                lesson.predictions.insert(phase, pred);
            }
        }
        for (q, answer) in p.answers {
            let fits = content.question(&q).is_some_and(|x| {
                let n = x.options.len();
                answer.first < n && answer.retry.is_none_or(|r| r < n)
            });
            if keep(fits) {
                lesson.answers.insert(q, answer);
            }
        }
        for (id, rec) in p.challenges {
            if keep(content.challenge(&id).is_some()) {
                lesson.challenges.insert(id, rec);
            }
        }
        for (k, text) in p.reflections {
            let fits = k
                .parse::<usize>()
                .is_ok_and(|i| i < content.debrief.prompts.len());
            if keep(fits) {
                lesson.reflections.insert(k, text);
            }
        }
        let t = &content.afghanistan;
        let keys: Vec<String> = judged(t).iter().map(|j| j.key()).collect();
        for (k, v) in p.judgements {
            if keep(keys.contains(&k)) {
                lesson.judgements.insert(k, v);
            }
        }
        for (k, text) in p.reasons {
            if keep(t.readings.iter().any(|r| r.condition == k)) {
                lesson.reasons.insert(k, text);
            }
        }
        // Revealed only with every item judged, as the screen allows.
        lesson.transfer_revealed = p.transfer_revealed && lesson.transfer_complete(course);
        lesson.share_words = p.share_words;
        (lesson, dropped)
    }

    /// Whether every Afghanistan item is judged.
    pub fn transfer_complete(&self, course: &Course) -> bool {
        judged(&course.content.afghanistan)
            .iter()
            .all(|j| self.judgements.contains_key(&j.key()))
    }

    /// Restores a saved text (see `progress.rs`), with a notice if any of it was lost.
    pub fn from_saved(course: &Course, text: &str) -> Lesson {
        match Progress::decode(text) {
            Ok((p, dropped_in_text)) => {
                let (mut lesson, dropped) = Lesson::from_progress(course, p);
                if dropped + dropped_in_text > 0 {
                    lesson.notice(Notice::SavedPartly(dropped + dropped_in_text));
                }
                lesson
            }
            Err(ReadError::NotProgress | ReadError::Version(_)) => {
                let mut lesson = Lesson::new(&course.model);
                lesson.notice(Notice::SavedUnreadable);
                lesson
            }
        }
    }

    pub fn progress(&self) -> Progress {
        Progress {
            screen: self.screen.slug(),
            lang: self.lang.clone(),
            boards: self.boards.iter().map(|(k, v)| (*k, v.0.clone())).collect(),
            predictions: self.predictions.clone(),
            answers: self.answers.clone(),
            challenges: self.challenges.clone(),
            reflections: self.reflections.clone(),
            judgements: self.judgements.clone(),
            reasons: self.reasons.clone(),
            transfer_revealed: self.transfer_revealed,
            share_words: self.share_words,
        }
    }

    /// The text to save (see `progress.rs`).
    pub fn to_saved(&self) -> String {
        self.progress().encode()
    }

    /// Adds a notice, once.
    pub fn notice(&mut self, n: Notice) {
        if !self.notices.contains(&n) {
            self.notices.push(n);
        }
    }

    /// The query string that describes what is on screen (the address bar, Share).
    pub fn query(&self, model: &Model) -> String {
        let board = match self.screen {
            Screen::Phase(n) => Some(self.board(n)),
            _ => None,
        };
        let mut extra = self.frame.params(model);
        if !self.lang.is_empty() {
            extra.insert(0, ("lang".into(), self.lang.clone()));
        }
        query::to_query(model, self.screen, board, &extra)
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
        let mut ignored = parsed.ignored.clone();
        match parsed.lang.as_deref() {
            Some(code) if crate::content::lang_index(code).is_some() => self.lang = code.into(),
            Some(value) => ignored.push(Ignored::Lang {
                value: value.into(),
            }),
            None => {}
        }
        if !ignored.is_empty() {
            self.notice(Notice::Link(ignored));
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
                if usize::from(level) >= f.levels
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
                    let p = self.predictions.entry_or_default(phase);
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
                let actual: Map<String, bool> = a
                    .conditions
                    .iter()
                    .map(|c| (c.id.to_string(), c.holds))
                    .collect();
                let p = self.predictions.entry_or_default(phase);
                p.revealed = true;
                p.actual = actual;
                let right = CONDITIONS
                    .iter()
                    .filter(|c| p.guesses.get(**c) == p.actual.get(**c))
                    .count();
                self.announce(msg::state_revealed(right, summary(course.content, &a)));
                // The Reveal button is gone: focus the comparison that replaced it.
                self.focus_on(format!("prediction-result-{phase}"));
            }
            Action::Answer { question, option } => {
                // A first try, then one retry if the first was wrong; then it stands.
                let Some(q) = course.content.question(&question) else {
                    return;
                };
                let right = |o: usize| q.options.get(o).is_some_and(|x| x.correct);
                if option >= q.options.len() {
                    return;
                }
                match self.answers.get(&question).copied() {
                    None => {
                        let a = Answer {
                            first: option,
                            retry: None,
                        };
                        self.answers.insert(question.clone(), a);
                    }
                    Some(a) if a.retry.is_none() && !right(a.first) && option != a.first => {
                        let a = Answer {
                            retry: Some(option),
                            ..a
                        };
                        self.answers.insert(question.clone(), a);
                    }
                    Some(_) => return,
                }
                // The Check button is gone or changed: focus the feedback, which is read.
                self.focus_on(format!("q-{question}-feedback"));
            }
            Action::StartChallenge(id) => {
                // A challenge starts from its phase's history.
                if let Some(ch) = course.content.challenge(&id) {
                    let (phase, preset) = (ch.phase, self.history_board(model, ch.phase));
                    self.active_challenge = None;
                    if let Some(p) = preset {
                        self.change_board(course, phase, p);
                    }
                    self.announce(msg::state_challenge_started(ch.title));
                    self.active_challenge = Some(id);
                    // The goal now sits at the top of the panel, beside the board.
                    self.focus_on("goal-bar".into());
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
            Action::Judge { key, verdict } => {
                let known = judged(&course.content.afghanistan)
                    .iter()
                    .any(|j| j.key() == key);
                if known && !self.transfer_revealed {
                    self.judgements.insert(key, verdict);
                }
            }
            Action::Reason { condition, text } => {
                let known = course
                    .content
                    .afghanistan
                    .readings
                    .iter()
                    .any(|r| r.condition == condition);
                if !known || self.transfer_revealed {
                    return;
                }
                if text.trim().is_empty() {
                    self.reasons.remove(&condition);
                } else {
                    self.reasons.insert(condition, text);
                }
            }
            Action::RevealTransfer => {
                if self.transfer_revealed || !self.transfer_complete(course) {
                    return;
                }
                self.transfer_revealed = true;
                let t = &course.content.afghanistan;
                let items = judged(t);
                let same = items
                    .iter()
                    .filter(|j| j.reading(t) == self.judgements.get(&j.key()).copied())
                    .count();
                self.announce(msg::transfer_revealed(items.len() as i64, same));
                // The button is gone: focus the comparison that replaced it.
                self.focus_on("transfer-result".into());
            }
            Action::ShareWords(on) => self.share_words = on,
            Action::UnlockGuide => {
                self.guide_unlocked = true;
                self.focus_on("screen-title".into());
            }
            Action::SetLang(code) => {
                self.lang = code;
                // Said in the new language (its words are in by now); the switch, rebuilt
                // in the new words, gets focus back.
                self.announce(msg::layout_language_now().into());
                self.focus_on("lang-select".into());
                self.notices.retain(|n| *n != Notice::LanguageFailed);
            }
            Action::DismissNotice(i) => {
                if i < self.notices.len() {
                    self.notices.remove(i);
                }
            }
            Action::StartOver => {
                let (seq, nav) = (self.announcement.seq, self.nav_seq);
                let frame = std::mem::take(&mut self.frame);
                let lang = std::mem::take(&mut self.lang);
                *self = Lesson::new(model);
                self.frame = frame;
                self.lang = lang;
                // A new value, so the view moves focus to the heading even the second time.
                self.nav_seq = nav.wrapping_add(1);
                self.announcement = Announcement {
                    seq: seq.wrapping_add(1),
                    text: msg::state_cleared().into(),
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
            changes_in_words(course.content, &before, &after)
        } else {
            Vec::new()
        };
        if let Some(id) = self.active_challenge.clone() {
            if let Some(ch) = course.content.challenge(&id).filter(|c| c.phase == phase) {
                let start = model.preset(phase).expect("preset");
                if !ch.impossible && model.meets(&ch.goal(), start, &next) {
                    let changes = model.changes(start, &next).len();
                    let rec = self.challenges.entry_or_default(id);
                    if !rec.done || changes < rec.changes {
                        *rec = ChallengeRecord {
                            done: true,
                            changes,
                        };
                        parts.push(msg::state_challenge_reached(ch.title));
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
        msg::state_summary_ripe().into()
    } else {
        msg::state_summary_not_ripe(failing.join(msg::common_list_separator()))
    }
}

/// Sentences for each condition that started or stopped holding, and for the verdict.
pub fn changes_in_words(content: &Content, before: &Assessment, after: &Assessment) -> Vec<String> {
    let mut out = Vec::new();
    for (b, a) in before.conditions.iter().zip(&after.conditions) {
        if b.holds != a.holds {
            let name = content.condition_name(a.id);
            out.push(if a.holds {
                msg::state_now_holds(name)
            } else {
                msg::state_no_longer_holds(name)
            });
        }
    }
    if before.ripe != after.ripe {
        out.push(if after.ripe {
            msg::state_now_ripe().into()
        } else {
            msg::state_no_longer_ripe().into()
        });
    }
    out
}
