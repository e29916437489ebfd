//! The student's hand-in ("My work"): what they predicted, answered, reached and wrote,
//! gathered from the lesson state. Pure Rust, so the same summary feeds the printable
//! page, the plain-text copy and the debrief, and is tested natively.

use crate::content::Course;
use crate::model::CONDITIONS;
use crate::query::{to_query, Screen};
use crate::state::Lesson;

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
    pub chosen: Option<String>,
    pub correct: bool,
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

#[derive(Debug, Clone, PartialEq)]
pub struct HandIn {
    pub phases: Vec<PhaseWork>,
    /// (prompt, what the student wrote), for prompts answered.
    pub reflections: Vec<(String, String)>,
}

impl HandIn {
    pub fn from_lesson(course: &Course, lesson: &Lesson) -> HandIn {
        let c = &course.content;
        let m = &course.model;
        let name = |id: &str| {
            c.conditions
                .iter()
                .find(|k| k.id == id)
                .map_or(id.to_string(), |k| k.name.clone())
        };
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
                        let chosen = lesson.answers.get(&q.id).and_then(|&i| q.options.get(i));
                        AnswerRow {
                            prompt: q.prompt.clone(),
                            chosen: chosen.map(|o| o.text.clone()),
                            correct: chosen.is_some_and(|o| o.correct),
                            right_answer: q
                                .options
                                .iter()
                                .find(|o| o.correct)
                                .map(|o| o.text.clone())
                                .unwrap_or_default(),
                        }
                    })
                    .collect();
                let challenges = c
                    .challenges
                    .iter()
                    .filter(|ch| ch.phase == n)
                    .map(|ch| {
                        let rec = lesson.challenges.get(&ch.id);
                        ChallengeRow {
                            title: ch.title.clone(),
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
                                let f = &m.factors[i];
                                format!("{}: {}", f.name, f.levels[usize::from(board.0[i])].label)
                            })
                            .collect(),
                    ),
                    _ => (None, Vec::new()),
                };
                PhaseWork {
                    phase: n,
                    title: ph.title.clone(),
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
                    .map(|t| (p.clone(), t.clone()))
            })
            .collect();
        HandIn {
            phases,
            reflections,
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
            (_, 0) => "Predictions: none revealed yet.".into(),
            (right, total) => format!("Predictions: {right} of {total} matched the model."),
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
        let mut out = format!("{title}: my work\n{date}\n");
        let yes_no = |b: Option<bool>| match b {
            Some(true) => "holds",
            Some(false) => "does not hold",
            None => "no prediction",
        };
        for p in &self.phases {
            out.push_str(&format!("\nPhase {}: {}\n", p.phase, p.title));
            out.push_str("Predictions:\n");
            for r in &p.predictions {
                let actual = match r.actual {
                    Some(a) => format!(
                        " (model: {}{})",
                        yes_no(Some(a)),
                        if r.guess == Some(a) { ", right" } else { "" }
                    ),
                    None => String::new(),
                };
                out.push_str(&format!(
                    "  - {}: {}{actual}\n",
                    r.condition,
                    yes_no(r.guess)
                ));
            }
            out.push_str("Questions:\n");
            for a in &p.answers {
                let chosen = a.chosen.as_deref().unwrap_or("not answered");
                let mark = match (&a.chosen, a.correct) {
                    (None, _) => String::new(),
                    (Some(_), true) => " (right)".into(),
                    (Some(_), false) => format!(" (the answer: {})", a.right_answer),
                };
                out.push_str(&format!("  - {}\n    {chosen}{mark}\n", a.prompt));
            }
            if !p.challenges.is_empty() {
                out.push_str("Challenges:\n");
                for ch in &p.challenges {
                    let status = match (ch.done, ch.impossible) {
                        (false, _) => "not done".to_string(),
                        (true, true) => "judged impossible (right)".to_string(),
                        (true, false) => format!("reached with {} change(s)", ch.changes),
                    };
                    out.push_str(&format!("  - {}: {status}\n", ch.title));
                }
            }
            if let Some(q) = &p.scenario {
                out.push_str(&format!("My scenario: {base}{q}\n"));
                for c in &p.changed {
                    out.push_str(&format!("  - {c}\n"));
                }
            }
        }
        if !self.reflections.is_empty() {
            out.push_str("\nReflections\n");
            for (prompt, text) in &self.reflections {
                out.push_str(&format!("\n{prompt}\n{text}\n"));
            }
        }
        out
    }
}
