//! The transfer exercise, Afghanistan 2018–21: what the student judges (Haass's four
//! conditions, two-sided where the lesson's model is), and the lesson's reading of the
//! source to compare with. No model runs here: the ripeness model was built for
//! Tajikistan, and the screen says so. Pure Rust, tested natively.

use crate::content::Transfer;

/// A judgement of one condition (or of one side's part of it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Holds,
    Fails,
    Unclear,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Holds, Verdict::Fails, Verdict::Unclear];

    /// As the content writes it: "holds", "does-not-hold", "unclear".
    pub fn slug(self) -> &'static str {
        match self {
            Verdict::Holds => "holds",
            Verdict::Fails => "does-not-hold",
            Verdict::Unclear => "unclear",
        }
    }

    pub fn from_slug(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.slug() == s)
    }

    /// One letter, for saved progress.
    pub fn letter(self) -> char {
        match self {
            Verdict::Holds => 'h',
            Verdict::Fails => 'n',
            Verdict::Unclear => 'u',
        }
    }

    pub fn from_letter(c: char) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.letter() == c)
    }

    /// A symbol to go with the words, never instead of them.
    pub fn symbol(self) -> &'static str {
        match self {
            Verdict::Holds => "✓",
            Verdict::Fails => "✗",
            Verdict::Unclear => "?",
        }
    }
}

/// One thing the student judges: a condition, or one party's side of a two-sided one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Judged {
    pub condition: &'static str,
    pub party: Option<&'static str>,
}

impl Judged {
    /// "process", or "capacity-government" for a side.
    pub fn key(&self) -> String {
        match self.party {
            Some(p) => format!("{}-{p}", self.condition),
            None => self.condition.to_string(),
        }
    }

    /// The lesson's reading of it.
    pub fn reading(&self, t: &Transfer) -> Option<Verdict> {
        let r = t.readings.iter().find(|r| r.condition == self.condition)?;
        let v = match self.party {
            None => r.verdict,
            Some(p) => r.sides.iter().find(|s| s.party == p)?.verdict,
        };
        Verdict::from_slug(v)
    }
}

/// What the student judges, in order: each reading's condition, or its sides when the
/// reading has them.
pub fn judged(t: &Transfer) -> Vec<Judged> {
    let mut out = Vec::new();
    for r in t.readings {
        if r.sides.is_empty() {
            out.push(Judged {
                condition: r.condition,
                party: None,
            });
        } else {
            out.extend(r.sides.iter().map(|s| Judged {
                condition: r.condition,
                party: Some(s.party),
            }));
        }
    }
    out
}

/// A two-sided condition holds only if it holds for both sides; it fails if it fails
/// for either; otherwise it is unclear. `None` until every side is judged.
pub fn combine(sides: &[Option<Verdict>]) -> Option<Verdict> {
    let all: Option<Vec<Verdict>> = sides.iter().copied().collect();
    let all = all?;
    if all.is_empty() {
        return None;
    }
    Some(if all.contains(&Verdict::Fails) {
        Verdict::Fails
    } else if all.iter().all(|v| *v == Verdict::Holds) {
        Verdict::Holds
    } else {
        Verdict::Unclear
    })
}
