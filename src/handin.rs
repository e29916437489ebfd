//! The student's hand-in ("My work"): what they predicted, answered, reached and wrote,
//! gathered from the lesson state. Pure Rust, so the same summary feeds the printable
//! page, the plain-text copy and the debrief, and is tested natively.

use crate::content::{msg, Course};
use crate::model::CONDITIONS;
use crate::query::{to_query, Screen};
use crate::state::Lesson;
use crate::transfer::{judged, Verdict};

#[derive(Debug, Clone, PartialEq)]
pub struct PredictionRow {
    pub condition: String,
    pub guess: Option<bool>,
    /// The model's answer, once revealed.
    pub actual: Option<bool>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRow {
    pub prompt: String,
    /// The answer that stands (the retry, if the first try was wrong and retried).
    pub chosen: Option<String>,
    pub correct: bool,
    /// The first try, when a retry replaced it.
    pub first_try: Option<String>,
    pub first_correct: bool,
    pub right_answer: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChallengeRow {
    pub title: String,
    pub done: bool,
    /// Factors changed when the goal was reached (0 for a goal judged impossible).
    pub changes: usize,
    pub impossible: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PhaseWork {
    pub phase: u8,
    pub title: String,
    pub revealed: bool,
    pub predictions: Vec<PredictionRow>,
    pub answers: Vec<AnswerRow>,
    pub challenges: Vec<ChallengeRow>,
    /// The query string of the student's board, when it differs from history.
    pub scenario: Option<String>,
    /// "Taliban advance: Hold Kabul", for each force the student changed.
    pub changed: Vec<String>,
}

/// One Afghanistan judgement: "Capacity: the Taliban", the student's verdict, and the
/// lesson's reading once revealed.
#[derive(Debug, Clone, PartialEq)]
pub struct JudgementRow {
    pub item: String,
    pub verdict: Option<Verdict>,
    pub reading: Option<Verdict>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TransferWork {
    pub revealed: bool,
    pub judgements: Vec<JudgementRow>,
    /// (condition name, reason) for the reasons given.
    pub reasons: Vec<(String, String)>,
}

impl TransferWork {
    pub fn judged(&self) -> usize {
        self.judgements
            .iter()
            .filter(|j| j.verdict.is_some())
            .count()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct HandIn {
    pub phases: Vec<PhaseWork>,
    /// (prompt, what the student wrote), for prompts answered.
    pub reflections: Vec<(String, String)>,
    pub transfer: TransferWork,
    /// The class code (see `classcode.rs`), and whether the reflections in it were cut.
    pub code: String,
    pub code_shortened: bool,
}

impl HandIn {
    pub fn from_lesson(course: &Course, lesson: &Lesson) -> HandIn {
        let c = course.content;
        let m = &course.model;
        let name = |id: &str| c.condition_name(id).to_string();
        let phases = c
            .phases
            .iter()
            .map(|ph| {
                let n = ph.id;
                let pred = lesson.predictions.get(&n);
                let revealed = pred.is_some_and(|p| p.revealed);
                let predictions = CONDITIONS
                    .iter()
                    .map(|&k| PredictionRow {
                        condition: name(k),
                        guess: pred.and_then(|p| p.guesses.get(k).copied()),
                        actual: pred
                            .filter(|p| p.revealed)
                            .and_then(|p| p.actual.get(k).copied()),
                    })
                    .collect();
                let answers = c
                    .questions
                    .iter()
                    .filter(|q| q.phase == n)
                    .map(|q| {
                        let answer = lesson.answers.get(q.id);
                        let chosen = answer.and_then(|a| q.options.get(a.last()));
                        let first_try = answer
                            .filter(|a| a.retry.is_some())
                            .and_then(|a| q.options.get(a.first));
                        AnswerRow {
                            prompt: q.prompt.to_string(),
                            chosen: chosen.map(|o| o.text.to_string()),
                            correct: chosen.is_some_and(|o| o.correct),
                            first_try: first_try.map(|o| o.text.to_string()),
                            first_correct: answer
                                .and_then(|a| q.options.get(a.first))
                                .is_some_and(|o| o.correct),
                            right_answer: q
                                .options
                                .iter()
                                .find(|o| o.correct)
                                .map(|o| o.text.to_string())
                                .unwrap_or_default(),
                        }
                    })
                    .collect();
                let challenges = c
                    .challenges
                    .iter()
                    .filter(|ch| ch.phase == n)
                    .map(|ch| {
                        let rec = lesson.challenges.get(ch.id);
                        ChallengeRow {
                            title: ch.title.to_string(),
                            done: rec.is_some_and(|r| r.done),
                            changes: rec.map_or(0, |r| r.changes),
                            impossible: ch.impossible,
                        }
                    })
                    .collect();
                let (scenario, changed) = match (m.preset(n), lesson.boards.get(&n)) {
                    (Some(preset), Some(board)) if preset != board => (
                        Some(to_query(m, Screen::Phase(n), Some(board), &[])),
                        m.changes(preset, board)
                            .into_iter()
                            .map(|i| {
                                msg::handin_changed_force(
                                    c.factor(i).name,
                                    c.level(i, board.0[i]).label,
                                )
                            })
                            .collect(),
                    ),
                    _ => (None, Vec::new()),
                };
                PhaseWork {
                    phase: n,
                    title: ph.title.to_string(),
                    revealed,
                    predictions,
                    answers,
                    challenges,
                    scenario,
                    changed,
                }
            })
            .collect();
        let reflections = c
            .debrief
            .prompts
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                lesson
                    .reflections
                    .get(&i.to_string())
                    .map(|t| (p.to_string(), t.clone()))
            })
            .collect();
        let t = &c.afghanistan;
        let transfer = TransferWork {
            revealed: lesson.transfer_revealed,
            judgements: judged(t)
                .iter()
                .map(|j| JudgementRow {
                    item: crate::class::judged_name(course, j),
                    verdict: lesson.judgements.get(&j.key()).copied(),
                    reading: j.reading(t).filter(|_| lesson.transfer_revealed),
                })
                .collect(),
            reasons: t
                .readings
                .iter()
                .filter_map(|r| {
                    lesson
                        .reasons
                        .get(r.condition)
                        .map(|w| (name(r.condition), w.clone()))
                })
                .collect(),
        };
        let record = crate::classcode::record(course, lesson, lesson.share_words);
        let (code, code_shortened) = crate::classcode::encode(course, &record);
        HandIn {
            phases,
            reflections,
            transfer,
            code,
            code_shortened,
        }
    }

    /// (right, revealed) predictions across phases.
    pub fn predictions_score(&self) -> (usize, usize) {
        let rows = self
            .phases
            .iter()
            .flat_map(|p| &p.predictions)
            .filter(|r| r.actual.is_some() && r.guess.is_some());
        let (mut right, mut total) = (0, 0);
        for r in rows {
            total += 1;
            if r.guess == r.actual {
                right += 1;
            }
        }
        (right, total)
    }

    /// Questions answered right at the first try.
    pub fn first_try_right(&self) -> usize {
        self.phases
            .iter()
            .flat_map(|p| &p.answers)
            .filter(|a| a.first_correct)
            .count()
    }

    /// (right, answered, asked) quiz answers.
    pub fn quiz_score(&self) -> (usize, usize, usize) {
        let all: Vec<&AnswerRow> = self.phases.iter().flat_map(|p| &p.answers).collect();
        (
            all.iter().filter(|a| a.correct).count(),
            all.iter().filter(|a| a.chosen.is_some()).count(),
            all.len(),
        )
    }

    /// "Predictions: 3 of 4 matched the model." or "Predictions: none revealed yet."
    pub fn predictions_line(&self) -> String {
        match self.predictions_score() {
            (_, 0) => msg::handin_predictions_none().into(),
            (right, total) => msg::handin_predictions_line(right, total),
        }
    }

    /// (done, offered) challenges.
    pub fn challenge_score(&self) -> (usize, usize) {
        let all: Vec<&ChallengeRow> = self.phases.iter().flat_map(|p| &p.challenges).collect();
        (all.iter().filter(|c| c.done).count(), all.len())
    }

    /// The hand-in as plain text, for pasting into an assignment box or an e-mail.
    /// `base` is the lesson's address without its query; `date` is shown as given.
    pub fn to_text(&self, title: &str, base: &str, date: &str) -> String {
        let mut out = format!("{}\n{date}\n", msg::handin_text_title(title));
        let yes_no = |b: Option<bool>| match b {
            Some(true) => msg::handin_holds(),
            Some(false) => msg::handin_does_not_hold(),
            None => msg::handin_no_prediction(),
        };
        for p in &self.phases {
            out.push_str(&format!(
                "\n{}\n",
                msg::handin_phase_heading(p.phase, &p.title)
            ));
            out.push_str(&format!("{}\n", msg::handin_text_predictions()));
            for r in &p.predictions {
                let actual = match r.actual {
                    Some(a) if r.guess == Some(a) => msg::handin_text_model_right(yes_no(Some(a))),
                    Some(a) => msg::handin_text_model(yes_no(Some(a))),
                    None => String::new(),
                };
                out.push_str(&format!(
                    "  - {}: {}{actual}\n",
                    r.condition,
                    yes_no(r.guess)
                ));
            }
            out.push_str(&format!("{}\n", msg::handin_text_questions()));
            for a in &p.answers {
                let chosen = a.chosen.as_deref().unwrap_or(msg::handin_not_answered());
                let mark = match (&a.chosen, a.correct) {
                    (None, _) => String::new(),
                    (Some(_), true) => msg::handin_text_right().into(),
                    (Some(_), false) => msg::handin_text_the_answer(&a.right_answer),
                };
                out.push_str(&format!("  - {}\n", a.prompt));
                if let Some(first) = &a.first_try {
                    out.push_str(&format!("    {}\n", msg::handin_text_first_try(first)));
                }
                out.push_str(&format!("    {chosen}{mark}\n"));
            }
            if !p.challenges.is_empty() {
                out.push_str(&format!("{}\n", msg::handin_text_challenges()));
                for ch in &p.challenges {
                    out.push_str(&format!("  - {}: {}\n", ch.title, ch.status()));
                }
            }
            if let Some(q) = &p.scenario {
                out.push_str(&format!(
                    "{}\n",
                    msg::handin_text_scenario(format!("{base}{q}"))
                ));
                for c in &p.changed {
                    out.push_str(&format!("  - {c}\n"));
                }
            }
        }
        if self.transfer.judged() > 0 {
            out.push_str(&format!("\n{}\n", msg::handin_text_transfer()));
            for j in &self.transfer.judgements {
                let verdict = j
                    .verdict
                    .map_or(msg::handin_no_prediction(), crate::class::verdict_word);
                let reading = j
                    .reading
                    .map(|r| msg::handin_text_reading(crate::class::verdict_word(r)))
                    .unwrap_or_default();
                out.push_str(&msg::handin_text_judgement(
                    &j.item,
                    format!("{verdict}{reading}"),
                ));
                out.push('\n');
            }
            for (condition, reason) in &self.transfer.reasons {
                out.push_str(&format!("  - {condition}\n"));
                out.push_str(&msg::handin_text_reason(reason));
                out.push('\n');
            }
        }
        if !self.reflections.is_empty() {
            out.push_str(&format!("\n{}\n", msg::handin_text_reflections()));
            for (prompt, text) in &self.reflections {
                out.push_str(&format!("\n{prompt}\n{text}\n"));
            }
        }
        out.push_str(&format!("\n{}\n", msg::handin_text_code(&self.code)));
        out
    }
}

impl ChallengeRow {
    /// "not done", "judged impossible, rightly", "reached with 2 changes".
    pub fn status(&self) -> String {
        match (self.done, self.impossible) {
            (false, _) => msg::handin_challenge_not_done().into(),
            (true, true) => msg::handin_challenge_impossible().into(),
            (true, false) => msg::handin_challenge_reached(self.changes as i64),
        }
    }
}
