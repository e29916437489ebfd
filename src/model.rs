//! The ripeness model: a pure, deterministic function from factor levels to an
//! assessment of Haass's four conditions. No randomness, no hidden state, no browser.
//!
//! It knows numbers only: the words (names, level labels, the "why" of every rule) and
//! the citations are content, matched to the model by index. It depends on nothing else
//! in the crate. The numbers live in `content/en/model.toml` (see `docs/model.md`): every condition side
//! is a points table. A side's score is `base + Σ points[factor][level]`; a `threshold`
//! rule holds when the score reaches its threshold, a `band` rule (capacity) holds when
//! the leader is strong enough (score ≥ strong) or weak enough (score ≤ weak).

pub const CONDITIONS: [&str; 4] = ["process", "concessions", "capacity", "desirability"];
pub const TIERS: [&str; 3] = ["domestic", "adversaries", "international"];
pub const SIDES: [&str; 3] = ["both", "government", "opposition"];

/// A factor as the model sees it: its id, tier and how many levels it has. Its name and
/// the words for each level are content (`content.rs`).
#[derive(Debug, Clone, PartialEq)]
pub struct Factor {
    /// Stable id used in URLs and tests, e.g. "taliban".
    pub id: String,
    /// "domestic", "adversaries" or "international".
    pub tier: String,
    /// Number of levels (0..levels).
    pub levels: usize,
    /// True for outside pressure: raising it may never make an accord less desirable.
    pub external_pressure: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    pub factor: String,
    /// Points added to the side's score at each level of the factor.
    pub points: Vec<i32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// Holds when score ≥ threshold.
    Threshold,
    /// Holds when score ≤ weak or score ≥ strong (Haass: strong enough or weak enough).
    Band,
}

impl RuleKind {
    pub fn from_id(id: &str) -> Option<RuleKind> {
        match id {
            "threshold" => Some(RuleKind::Threshold),
            "band" => Some(RuleKind::Band),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub condition: String,
    /// "both" for one-sided conditions, else "government" or "opposition".
    pub side: String,
    pub kind: RuleKind,
    pub base: i32,
    pub threshold: Option<i32>,
    pub weak: Option<i32>,
    pub strong: Option<i32>,
    pub contributions: Vec<Contribution>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Preset {
    pub phase: u8,
    /// (factor id, level) for every factor.
    pub levels: Vec<(String, u8)>,
}

/// The model's numbers, as `content.rs` reads them from `model.toml`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModelSpec {
    pub factors: Vec<Factor>,
    pub rules: Vec<Rule>,
    pub presets: Vec<Preset>,
}

/// What a challenge asks the student to reach. Every listed part must be true.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Goal {
    pub ripe: Option<bool>,
    /// "condition" or "condition.side" that must hold, e.g. "capacity.government".
    pub holds: Vec<String>,
    /// "condition" or "condition.side" that must not hold.
    pub fails: Vec<String>,
    /// (factor id, level) the scenario must have.
    pub set: Vec<(String, u8)>,
    /// At most this many factors may differ from the phase's preset.
    pub max_changes: Option<usize>,
}

/// The factor levels of one scenario, in the order of `Model::factors`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scenario(pub Vec<u8>);

/// One factor's part in a side's score. `contribution` indexes the rule's contributions,
/// where the content keeps the sentence saying why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub factor: usize,
    pub level: u8,
    pub points: i32,
    pub contribution: usize,
}

/// How a side's score is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Test {
    AtLeast(i32),
    Band { weak: i32, strong: i32 },
}

#[derive(Debug, Clone, PartialEq)]
pub struct SideResult<'a> {
    pub rule: &'a Rule,
    /// Index of the rule in `Model::rules` (and in the content's rules).
    pub rule_index: usize,
    pub score: i32,
    /// The lowest and highest score the rule can give, for drawing a scale.
    pub min: i32,
    pub max: i32,
    pub test: Test,
    pub holds: bool,
    /// How far the score is from qualifying (0 when it holds).
    pub gap: i32,
    pub reasons: Vec<Reason>,
}

impl SideResult<'_> {
    pub fn side(&self) -> &str {
        &self.rule.side
    }

    /// For a band rule: "strong", "weak" or "between"; for a threshold rule: "met" or "short".
    pub fn position(&self) -> &'static str {
        match self.test {
            Test::AtLeast(_) if self.holds => "met",
            Test::AtLeast(_) => "short",
            Test::Band { strong, .. } if self.score >= strong => "strong",
            Test::Band { weak, .. } if self.score <= weak => "weak",
            Test::Band { .. } => "between",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConditionResult<'a> {
    pub id: &'static str,
    pub holds: bool,
    pub sides: Vec<SideResult<'a>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment<'a> {
    pub conditions: Vec<ConditionResult<'a>>,
    pub ripe: bool,
}

impl<'a> Assessment<'a> {
    pub fn condition(&self, id: &str) -> &ConditionResult<'a> {
        self.conditions
            .iter()
            .find(|c| c.id == id)
            .expect("the four conditions are always assessed")
    }

    /// Looks up "condition" or "condition.side".
    pub fn holds(&self, key: &str) -> Option<bool> {
        let (cond, side) = match key.split_once('.') {
            Some((c, s)) => (c, Some(s)),
            None => (key, None),
        };
        let c = self.conditions.iter().find(|c| c.id == cond)?;
        match side {
            None => Some(c.holds),
            Some(s) => c.sides.iter().find(|r| r.side() == s).map(|r| r.holds),
        }
    }

    /// A compact fingerprint of which conditions (and sides) hold, for change detection.
    pub fn signature(&self) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        for c in &self.conditions {
            out.push((c.id.to_string(), c.holds));
            for s in &c.sides {
                out.push((format!("{}.{}", c.id, s.side()), s.holds));
            }
        }
        out
    }
}

/// A checked model: built once from the content, then used for every assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub factors: Vec<Factor>,
    pub rules: Vec<Rule>,
    presets: Vec<(u8, Scenario)>,
    /// rules[i].contributions[j] refers to factor index contrib_index[i][j].
    contrib_index: Vec<Vec<usize>>,
}

impl Model {
    /// Checks the spec for consistency: known ids, one points entry per level, complete
    /// presets, thresholds present for their rule kind. Returns every problem found.
    pub fn new(spec: &ModelSpec) -> Result<Model, Vec<String>> {
        let mut errors = Vec::new();
        let factors = spec.factors.clone();
        for (i, f) in factors.iter().enumerate() {
            if factors[..i].iter().any(|g| g.id == f.id) {
                errors.push(format!("factor `{}` is defined twice", f.id));
            }
            if !TIERS.contains(&f.tier.as_str()) {
                errors.push(format!("factor `{}`: unknown tier `{}`", f.id, f.tier));
            }
            if f.levels < 2 {
                errors.push(format!("factor `{}` needs at least two levels", f.id));
            }
        }
        let index_of = |id: &str| factors.iter().position(|f| f.id == id);

        let mut contrib_index = Vec::new();
        for r in &spec.rules {
            let name = format!("rule {} ({})", r.condition, r.side);
            if !CONDITIONS.contains(&r.condition.as_str()) {
                errors.push(format!("{name}: unknown condition"));
            }
            if !SIDES.contains(&r.side.as_str()) {
                errors.push(format!("{name}: unknown side"));
            }
            match (r.kind, r.threshold, r.weak, r.strong) {
                (RuleKind::Threshold, Some(_), None, None) => {}
                (RuleKind::Band, None, Some(w), Some(s)) if w < s => {}
                _ => errors.push(format!(
                    "{name}: a threshold rule needs `threshold` only; a band rule needs `weak` < `strong` only"
                )),
            }
            let mut idx = Vec::new();
            for c in &r.contributions {
                match index_of(&c.factor) {
                    Some(i) => {
                        if c.points.len() != factors[i].levels {
                            errors.push(format!(
                                "{name}: factor `{}` has {} levels but {} points",
                                c.factor,
                                factors[i].levels,
                                c.points.len()
                            ));
                        }
                        if idx.contains(&i) {
                            errors.push(format!("{name}: factor `{}` listed twice", c.factor));
                        }
                        idx.push(i);
                    }
                    None => errors.push(format!("{name}: unknown factor `{}`", c.factor)),
                }
            }
            contrib_index.push(idx);
        }
        for cond in CONDITIONS {
            let sides: Vec<&str> = spec
                .rules
                .iter()
                .filter(|r| r.condition == cond)
                .map(|r| r.side.as_str())
                .collect();
            if sides != ["both"] && sides != ["government", "opposition"] {
                errors.push(format!(
                    "condition `{cond}` needs one rule for \"both\", or one for \"government\" then one for \"opposition\"; found [{}]",
                    sides.join(", ")
                ));
            }
        }

        let mut presets = Vec::new();
        for p in &spec.presets {
            let mut levels = vec![None; factors.len()];
            for (factor, level) in &p.levels {
                match index_of(factor) {
                    Some(i) if levels[i].is_some() => {
                        errors.push(format!("preset {}: factor `{factor}` set twice", p.phase))
                    }
                    Some(i) if usize::from(*level) >= factors[i].levels => errors.push(format!(
                        "preset {}: `{factor}` level {level} out of range",
                        p.phase
                    )),
                    Some(i) => levels[i] = Some(*level),
                    None => errors.push(format!("preset {}: unknown factor `{factor}`", p.phase)),
                }
            }
            if let Some(i) = levels.iter().position(Option::is_none) {
                errors.push(format!(
                    "preset {}: factor `{}` not set",
                    p.phase, factors[i].id
                ));
            }
            presets.push((
                p.phase,
                Scenario(levels.into_iter().map(|l| l.unwrap_or(0)).collect()),
            ));
        }

        if errors.is_empty() {
            Ok(Model {
                factors,
                rules: spec.rules.clone(),
                presets,
                contrib_index,
            })
        } else {
            Err(errors)
        }
    }

    pub fn factor_index(&self, id: &str) -> Option<usize> {
        self.factors.iter().position(|f| f.id == id)
    }

    /// The historical preset of a phase (1–3).
    pub fn preset(&self, phase: u8) -> Option<&Scenario> {
        self.presets
            .iter()
            .find(|(p, _)| *p == phase)
            .map(|(_, s)| s)
    }

    pub fn phases(&self) -> impl Iterator<Item = u8> + '_ {
        self.presets.iter().map(|(p, _)| *p)
    }

    /// True when every level is in range for its factor.
    pub fn is_valid(&self, s: &Scenario) -> bool {
        s.0.len() == self.factors.len()
            && s.0
                .iter()
                .zip(&self.factors)
                .all(|(l, f)| usize::from(*l) < f.levels)
    }

    fn side(&self, rule_idx: usize, s: &Scenario) -> SideResult<'_> {
        let rule = &self.rules[rule_idx];
        let mut score = rule.base;
        let (mut min, mut max) = (rule.base, rule.base);
        let mut reasons = Vec::with_capacity(rule.contributions.len());
        for (c, &fi) in rule.contributions.iter().zip(&self.contrib_index[rule_idx]) {
            let level = s.0[fi];
            let points = c.points[usize::from(level)];
            score += points;
            min += c.points.iter().min().copied().unwrap_or(0);
            max += c.points.iter().max().copied().unwrap_or(0);
            reasons.push(Reason {
                factor: fi,
                level,
                points,
                contribution: reasons.len(),
            });
        }
        let (test, holds, gap) = match rule.kind {
            RuleKind::Threshold => {
                let t = rule.threshold.unwrap_or(0);
                (Test::AtLeast(t), score >= t, (t - score).max(0))
            }
            RuleKind::Band => {
                let (w, st) = (rule.weak.unwrap_or(0), rule.strong.unwrap_or(0));
                let holds = score <= w || score >= st;
                let gap = if holds {
                    0
                } else {
                    (score - w).min(st - score)
                };
                (
                    Test::Band {
                        weak: w,
                        strong: st,
                    },
                    holds,
                    gap,
                )
            }
        };
        SideResult {
            rule,
            rule_index: rule_idx,
            score,
            min,
            max,
            test,
            holds,
            gap,
            reasons,
        }
    }

    /// The assessment of a scenario. Panics only on a scenario of the wrong length,
    /// which the state layer never builds.
    pub fn assess(&self, s: &Scenario) -> Assessment<'_> {
        assert!(self.is_valid(s), "scenario does not fit the model");
        let conditions: Vec<ConditionResult> = CONDITIONS
            .iter()
            .map(|&id| {
                let sides: Vec<SideResult> = (0..self.rules.len())
                    .filter(|&i| self.rules[i].condition == id)
                    .map(|i| self.side(i, s))
                    .collect();
                ConditionResult {
                    id,
                    holds: sides.iter().all(|r| r.holds),
                    sides,
                }
            })
            .collect();
        let ripe = conditions.iter().all(|c| c.holds);
        Assessment { conditions, ripe }
    }

    /// Factors whose level differs between two scenarios.
    pub fn changes(&self, from: &Scenario, to: &Scenario) -> Vec<usize> {
        (0..self.factors.len())
            .filter(|&i| from.0[i] != to.0[i])
            .collect()
    }

    /// Whether a scenario meets a challenge's goal, counting changes from `start`.
    pub fn meets(&self, goal: &Goal, start: &Scenario, s: &Scenario) -> bool {
        let a = self.assess(s);
        goal.ripe.is_none_or(|r| a.ripe == r)
            && goal.holds.iter().all(|k| a.holds(k) == Some(true))
            && goal.fails.iter().all(|k| a.holds(k) == Some(false))
            && goal
                .set
                .iter()
                .all(|(f, l)| self.factor_index(f).is_some_and(|i| s.0[i] == *l))
            && goal
                .max_changes
                .is_none_or(|m| self.changes(start, s).len() <= m)
    }

    /// The fewest factor changes from `start` that meet `goal`, searching up to `limit`
    /// changes; None if no such scenario exists within the limit. Exhaustive, so keep
    /// `limit` small (4 changes of 13 factors is a few hundred thousand scenarios).
    pub fn fewest_changes(&self, goal: &Goal, start: &Scenario, limit: usize) -> Option<Scenario> {
        let n = self.factors.len();
        let mut chosen = Vec::new();
        (0..=limit).find_map(|k| self.search(goal, start, &mut start.clone(), 0, k, n, &mut chosen))
    }

    #[allow(clippy::too_many_arguments)]
    fn search(
        &self,
        goal: &Goal,
        start: &Scenario,
        cur: &mut Scenario,
        from: usize,
        left: usize,
        n: usize,
        chosen: &mut Vec<usize>,
    ) -> Option<Scenario> {
        if left == 0 {
            return self.meets(goal, start, cur).then(|| cur.clone());
        }
        for i in from..n {
            let original = cur.0[i];
            for l in 0..self.factors[i].levels as u8 {
                if l == original {
                    continue;
                }
                cur.0[i] = l;
                chosen.push(i);
                let found = self.search(goal, start, cur, i + 1, left - 1, n, chosen);
                chosen.pop();
                if found.is_some() {
                    cur.0[i] = original;
                    return found;
                }
            }
            cur.0[i] = original;
        }
        None
    }
}
