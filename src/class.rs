//! Class results: many students' class codes counted into the tables the instructor's
//! page shows, and the same counts as CSV. Everything happens in the browser; this
//! module is pure Rust, tested natively.

use crate::classcode::{ClassRecord, Pasted};
use crate::content::{msg, Course};
use crate::model::CONDITIONS;
use crate::transfer::{judged, Verdict};

/// How a class predicted one condition in one phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PredictionCount {
    pub held: usize,
    pub not_held: usize,
    /// Students who had not revealed the phase.
    pub none: usize,
    /// The model's answer for the phase's history.
    pub answer: bool,
}

impl PredictionCount {
    /// Students whose prediction matched the model's answer.
    pub fn matched(&self) -> usize {
        if self.answer {
            self.held
        } else {
            self.not_held
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuestionCount {
    /// Index in the content's questions.
    pub index: usize,
    pub answered: usize,
    pub right_first: usize,
    /// First tries per option.
    pub chosen: Vec<usize>,
}

impl QuestionCount {
    pub fn missed(&self) -> usize {
        self.answered - self.right_first
    }

    /// The wrong option chosen most often at the first try, and by how many.
    pub fn common_wrong(&self, course: &Course) -> Option<(usize, usize)> {
        let q = &course.content.questions[self.index];
        let mut best: Option<(usize, usize)> = None;
        for (i, &n) in self.chosen.iter().enumerate() {
            if n > 0 && !q.options[i].correct && best.is_none_or(|(_, m)| n > m) {
                best = Some((i, n));
            }
        }
        best
    }
}

/// Judgements of one item: holds, does not hold, unclear, not judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct JudgementCount {
    pub holds: usize,
    pub fails: usize,
    pub unclear: usize,
    pub none: usize,
}

impl JudgementCount {
    pub fn of(&self, v: Verdict) -> usize {
        match v {
            Verdict::Holds => self.holds,
            Verdict::Fails => self.fails,
            Verdict::Unclear => self.unclear,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    pub students: usize,
    /// Per phase 1–3, per condition (CONDITIONS order).
    pub predictions: Vec<[PredictionCount; 4]>,
    /// Content order; `most_missed` sorts them.
    pub questions: Vec<QuestionCount>,
    /// Students who reached each challenge (content order).
    pub challenges: Vec<usize>,
    /// Per judged item (`transfer::judged` order).
    pub judgements: Vec<JudgementCount>,
    /// Students who revealed the lesson's reading of Afghanistan.
    pub transfer_revealed: usize,
    /// Codes that included reflections.
    pub with_words: usize,
    /// Per reflection slot (debrief prompts, then Afghanistan reasons): what was written.
    pub words: Vec<Vec<String>>,
}

pub fn summarise<'a>(
    course: &Course,
    records: impl IntoIterator<Item = &'a ClassRecord>,
) -> Summary {
    let c = course.content;
    let m = &course.model;
    let mut s = Summary {
        predictions: (1..=3u8)
            .map(|n| {
                let a = m.preset(n).map(|p| m.assess(p));
                let mut row = [PredictionCount::default(); 4];
                for (k, cell) in row.iter_mut().enumerate() {
                    cell.answer = a.as_ref().is_some_and(|a| {
                        a.conditions
                            .iter()
                            .any(|x| x.id == CONDITIONS[k] && x.holds)
                    });
                }
                row
            })
            .collect(),
        questions: c
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| QuestionCount {
                index: i,
                chosen: vec![0; q.options.len()],
                ..QuestionCount::default()
            })
            .collect(),
        challenges: vec![0; c.challenges.len()],
        judgements: vec![JudgementCount::default(); judged(&c.afghanistan).len()],
        words: vec![Vec::new(); c.debrief.prompts.len() + c.afghanistan.readings.len()],
        ..Summary::default()
    };
    for r in records {
        s.students += 1;
        for (row, rec) in s.predictions.iter_mut().zip(&r.predictions) {
            for (cell, p) in row.iter_mut().zip(rec) {
                match p {
                    Some(true) => cell.held += 1,
                    Some(false) => cell.not_held += 1,
                    None => cell.none += 1,
                }
            }
        }
        for (q, a) in s.questions.iter_mut().zip(&r.answers) {
            if let Some((first, _)) = a {
                q.answered += 1;
                if let Some(n) = q.chosen.get_mut(*first) {
                    *n += 1;
                }
                if c.questions[q.index]
                    .options
                    .get(*first)
                    .is_some_and(|o| o.correct)
                {
                    q.right_first += 1;
                }
            }
        }
        for (n, done) in s.challenges.iter_mut().zip(&r.challenges) {
            *n += usize::from(*done);
        }
        for (j, v) in s.judgements.iter_mut().zip(&r.judgements) {
            match v {
                Some(Verdict::Holds) => j.holds += 1,
                Some(Verdict::Fails) => j.fails += 1,
                Some(Verdict::Unclear) => j.unclear += 1,
                None => j.none += 1,
            }
        }
        s.transfer_revealed += usize::from(r.transfer_revealed);
        if let Some(words) = &r.words {
            s.with_words += 1;
            for (slot, w) in s.words.iter_mut().zip(words) {
                if !w.trim().is_empty() {
                    slot.push(w.clone());
                }
            }
        }
    }
    s
}

impl Summary {
    /// Answered questions, most missed first (by share missed at the first try; ties
    /// in the lesson's order).
    pub fn most_missed(&self) -> Vec<&QuestionCount> {
        let mut v: Vec<&QuestionCount> = self.questions.iter().filter(|q| q.answered > 0).collect();
        // Compare missed/answered shares without division: a/b > c/d ⇔ a·d > c·b.
        crate::small::sort_by_key(&mut v, |q| {
            (std::cmp::Reverse(Share(q.missed(), q.answered)), q.index)
        });
        v
    }
}

/// A fraction that orders by its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Share(usize, usize);

impl PartialOrd for Share {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Share {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.0 * o.1).cmp(&(o.0 * self.1))
    }
}

// ───────────────────────────── CSV ─────────────────────────────

/// One CSV cell. A cell a spreadsheet would run as a formula (=, +, -, @) gets a
/// leading apostrophe: students' words are data, never commands.
pub fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn row(cells: &[String]) -> String {
    let mut line = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// "holds" or "does not hold", as the tables say it.
pub fn holds_word(b: bool) -> &'static str {
    if b {
        msg::table_holds()
    } else {
        msg::table_does_not_hold()
    }
}

pub fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Holds => msg::transfer_holds(),
        Verdict::Fails => msg::transfer_does_not_hold(),
        Verdict::Unclear => msg::transfer_unclear(),
    }
}

/// The name of a judged item: "Process" or "Capacity: the Taliban".
pub fn judged_name(course: &Course, j: &crate::transfer::Judged) -> String {
    let c = course.content;
    let name = c.condition_name(j.condition);
    match j.party {
        None => name.to_string(),
        Some(p) => {
            let party = c
                .afghanistan
                .parties
                .iter()
                .find(|x| x.id == p)
                .map_or(p, |x| x.short.get());
            msg::class_side(name, party)
        }
    }
}

/// The page's tables as one CSV: a row per count, in the long form spreadsheets pivot
/// (section, phase, item, choice, students, of, the answer or reading).
pub fn summary_csv(course: &Course, s: &Summary) -> String {
    let c = course.content;
    let t = |x: &str| x.to_string();
    let mut out = row(&[
        t(msg::class_csv_section()),
        t(msg::class_csv_phase()),
        t(msg::class_csv_item()),
        t(msg::class_csv_choice()),
        t(msg::class_csv_students()),
        t(msg::class_csv_of()),
        t(msg::class_csv_answer()),
    ]);
    let n = s.students.to_string();
    for (i, phase) in s.predictions.iter().enumerate() {
        for (k, p) in phase.iter().enumerate() {
            let name = c.condition_name(CONDITIONS[k]);
            for (choice, count) in [
                (msg::table_holds(), p.held),
                (msg::table_does_not_hold(), p.not_held),
                (msg::class_not_revealed(), p.none),
            ] {
                out.push_str(&row(&[
                    t(msg::class_predictions_title()),
                    (i + 1).to_string(),
                    t(name),
                    t(choice),
                    count.to_string(),
                    n.clone(),
                    t(holds_word(p.answer)),
                ]));
            }
        }
    }
    for q in s.most_missed() {
        let question = &c.questions[q.index];
        let right = question
            .options
            .iter()
            .find(|o| o.correct)
            .map_or("", |o| o.text.get());
        for (i, o) in question.options.iter().enumerate() {
            out.push_str(&row(&[
                t(msg::class_questions_title()),
                question.phase.to_string(),
                t(question.prompt.get()),
                t(o.text.get()),
                q.chosen[i].to_string(),
                q.answered.to_string(),
                t(right),
            ]));
        }
    }
    for (i, ch) in c.challenges.iter().enumerate() {
        out.push_str(&row(&[
            t(msg::class_challenges_title()),
            ch.phase.to_string(),
            t(ch.title.get()),
            t(msg::class_reached()),
            s.challenges[i].to_string(),
            n.clone(),
            String::new(),
        ]));
    }
    for (j, count) in judged(&c.afghanistan).iter().zip(&s.judgements) {
        let reading = j.reading(&c.afghanistan).map_or("", verdict_word);
        for v in Verdict::ALL {
            out.push_str(&row(&[
                t(msg::class_transfer_title()),
                String::new(),
                judged_name(course, j),
                t(verdict_word(v)),
                count.of(v).to_string(),
                n.clone(),
                t(reading),
            ]));
        }
        out.push_str(&row(&[
            t(msg::class_transfer_title()),
            String::new(),
            judged_name(course, j),
            t(msg::class_not_judged()),
            count.none.to_string(),
            n.clone(),
            t(reading),
        ]));
    }
    out
}

/// One row per code: the line it came from, then every prediction, first try,
/// challenge and judgement, then any reflections.
pub fn students_csv(course: &Course, pasted: &Pasted) -> String {
    let c = course.content;
    let t = |x: &str| x.to_string();
    let judged = judged(&c.afghanistan);
    let mut head = vec![t(msg::class_csv_line())];
    for n in 1..=3 {
        for k in CONDITIONS {
            head.push(msg::class_csv_prediction(c.condition_name(k), n));
        }
    }
    head.extend(c.questions.iter().map(|q| q.id.to_string()));
    head.extend(c.challenges.iter().map(|ch| ch.id.to_string()));
    head.extend(judged.iter().map(|j| judged_name(course, j)));
    let any_words = pasted.records.iter().any(|(_, r)| r.words.is_some());
    if any_words {
        head.extend((1..=c.debrief.prompts.len()).map(|i| msg::class_csv_reflection(i as i64)));
        head.extend(
            c.afghanistan
                .readings
                .iter()
                .map(|r| msg::class_csv_reason(c.condition_name(r.condition))),
        );
    }
    let mut out = row(&head);
    for (line, r) in &pasted.records {
        let mut cells = vec![line.to_string()];
        for phase in &r.predictions {
            for p in phase {
                cells.push(p.map_or(String::new(), |b| t(holds_word(b))));
            }
        }
        for (q, a) in c.questions.iter().zip(&r.answers) {
            cells.push(match a {
                None => String::new(),
                Some((first, _)) if q.options.get(*first).is_some_and(|o| o.correct) => {
                    t(msg::class_right())
                }
                Some(_) => t(msg::class_wrong()),
            });
        }
        for done in &r.challenges {
            cells.push(if *done {
                t(msg::class_reached())
            } else {
                String::new()
            });
        }
        for v in &r.judgements {
            cells.push(v.map_or(String::new(), |v| t(verdict_word(v))));
        }
        if any_words {
            let slots = c.debrief.prompts.len() + c.afghanistan.readings.len();
            for i in 0..slots {
                cells.push(
                    r.words
                        .as_ref()
                        .and_then(|w| w.get(i))
                        .cloned()
                        .unwrap_or_default(),
                );
            }
        }
        out.push_str(&row(&cells));
    }
    out
}
