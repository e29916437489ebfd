//! How long the lesson takes, worked out from the words on screen, so the times the
//! lesson states are honest in every language: reading at 200 words a minute, plus a
//! fixed time for each task. Two paths:
//! - short: the Introduction's glance, each phase's summary, key events, prediction,
//!   the analysis, a first look at the board and one challenge; the Debrief's
//!   introduction, its three tests and its questions (a minute each to answer);
//! - full: everything a student reads on those screens, every challenge and question,
//!   the perspectives, and two minutes for each reflection.
//!
//! Pure Rust, tested natively.

use crate::content::{course, Para};

/// Words a minute, for reading.
pub const WORDS_PER_MINUTE: usize = 200;
/// Minutes for each task.
pub const PREDICT: f32 = 1.0;
pub const EXPLORE: f32 = 2.0;
pub const CHALLENGE: f32 = 3.0;
pub const QUESTION: f32 = 1.0;
pub const REFLECT_SHORT: f32 = 1.0;
pub const REFLECT_FULL: f32 = 2.0;

/// Minutes, on the short path and on the full path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub short: f32,
    pub full: f32,
}

impl Estimate {
    /// Whole minutes, at least one.
    pub fn minutes(&self) -> (u32, u32) {
        let m = |x: f32| (x.round() as u32).max(1);
        (m(self.short), m(self.full))
    }
}

impl std::ops::Add for Estimate {
    type Output = Estimate;
    fn add(self, o: Estimate) -> Estimate {
        Estimate {
            short: self.short + o.short,
            full: self.full + o.full,
        }
    }
}

fn words(texts: &[&str]) -> usize {
    texts.iter().map(|t| t.split_whitespace().count()).sum()
}

fn reading(texts: &[&str]) -> f32 {
    words(texts) as f32 / WORDS_PER_MINUTE as f32
}

fn paras(ps: &[Para]) -> Vec<&'static str> {
    ps.iter().map(|p| p.text.get()).collect()
}

/// The Introduction.
pub fn intro() -> Estimate {
    let c = course().content;
    let mut glance: Vec<&str> = vec![c.question.get()];
    glance.extend(c.intro.steps.iter().map(|s| s.get()));
    for k in c.conditions {
        glance.extend([k.name.get(), k.short.get()]);
    }
    for t in c.tiers {
        glance.extend([t.name.get(), t.short.get()]);
    }
    glance.extend(
        c.timeline
            .iter()
            .flat_map(|e| [e.date.get(), e.title.get()]),
    );
    let mut more: Vec<&str> = paras(c.intro.paragraphs);
    more.extend(c.intro.sides.iter().map(|s| s.text.text.get()));
    more.extend(c.intro.regions.iter().map(|r| r.text.text.get()));
    more.extend(c.conditions.iter().map(|k| k.explain.text.get()));
    more.extend(c.timeline.iter().map(|e| e.text.get()));
    let short = reading(&glance);
    Estimate {
        short,
        full: short + reading(&more),
    }
}

/// A phase screen.
pub fn phase(n: u8) -> Estimate {
    let c = course().content;
    let Some(ph) = c.phase(n) else {
        return Estimate {
            short: 0.0,
            full: 0.0,
        };
    };
    let mut glance: Vec<&str> = vec![ph.summary.text.get()];
    glance.extend(ph.events.iter().flat_map(|e| [e.date.get(), e.title.get()]));
    for k in c.conditions {
        glance.extend([k.name.get(), k.short.get()]);
    }
    glance.extend(paras(ph.analysis));
    let challenges: Vec<_> = c.challenges.iter().filter(|x| x.phase == n).collect();
    let challenge_words = |x: &crate::content::Challenge| {
        reading(&[x.prompt.get(), x.success.get(), x.explain.get()])
    };
    let first = challenges
        .first()
        .map_or(0.0, |x| challenge_words(x) + CHALLENGE);
    let short = reading(&glance) + PREDICT + EXPLORE + first;

    let mut more: Vec<&str> = paras(ph.narrative);
    more.extend(ph.events.iter().map(|e| e.text.get()));
    more.push(ph.outcome.text.get());
    let rest_challenges: f32 = challenges
        .iter()
        .skip(1)
        .map(|x| challenge_words(x) + CHALLENGE)
        .sum();
    let questions: f32 = c
        .questions
        .iter()
        .filter(|q| q.phase == n)
        .map(|q| {
            let mut t: Vec<&str> = vec![q.prompt.get()];
            t.extend(q.options.iter().map(|o| o.text.get()));
            // The feedback of the answer given, and of the right one.
            t.extend(q.options.iter().take(2).map(|o| o.feedback.get()));
            reading(&t) + QUESTION
        })
        .sum();
    Estimate {
        short,
        full: short + reading(&more) + rest_challenges + questions,
    }
}

/// The Debrief.
pub fn debrief() -> Estimate {
    let c = course().content;
    let d = &c.debrief;
    let mut glance: Vec<&str> = vec![d.intro.text.get()];
    for k in d.criteria {
        glance.extend([k.title.get(), k.text.text.get()]);
    }
    glance.extend(d.prompts.iter().map(|p| p.get()));
    let prompts = d.prompts.len() as f32;
    let short = reading(&glance) + REFLECT_SHORT * prompts;
    let p = &c.perspectives;
    let mut more: Vec<&str> = paras(d.critiques);
    more.push(p.intro.text.get());
    for a in p.authors {
        more.push(a.headline.get());
        more.extend(paras(a.argument));
    }
    more.extend(paras(p.agreements));
    more.extend(
        p.debates
            .iter()
            .flat_map(|x| x.views.iter().map(|v| v.text.get())),
    );
    more.extend(c.conditions.iter().map(|k| k.history.text.get()));
    Estimate {
        short,
        full: short + reading(&more) + (REFLECT_FULL - REFLECT_SHORT) * prompts,
    }
}

/// Minutes to judge one item of the Afghanistan exercise, and to write one reason.
pub const JUDGE: f32 = 1.0;
pub const REASON: f32 = 1.0;

/// The Afghanistan exercise, read in full: the limits, parties and cards, a judgement
/// of each item and a reason for each condition, then the reading and the table.
pub fn transfer() -> f32 {
    let t = &course().content.afghanistan;
    let mut texts: Vec<&str> = vec![t.intro.text.get()];
    texts.extend(paras(t.limits));
    texts.extend(t.parties.iter().map(|p| p.text.text.get()));
    texts.extend(t.cards.iter().flat_map(|k| [k.title.get(), k.text.get()]));
    for r in t.readings {
        texts.push(r.text.text.get());
        texts.extend(r.sides.iter().map(|s| s.text.get()));
    }
    for row in t.comparison {
        texts.extend([
            row.topic.get(),
            row.tajikistan.text.get(),
            row.afghanistan.text.get(),
        ]);
    }
    let items = crate::transfer::judged(t).len() as f32;
    reading(&texts) + JUDGE * items + REASON * t.readings.len() as f32
}

/// The whole lesson: the Introduction, the three phases and the Debrief.
pub fn lesson() -> Estimate {
    intro() + phase(1) + phase(2) + phase(3) + debrief()
}

/// A lesson-length figure as people say it: to the nearest five minutes.
pub fn round5(minutes: f32) -> u32 {
    ((minutes / 5.0).round() as u32 * 5).max(5)
}
