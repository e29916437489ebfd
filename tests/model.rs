//! The ripeness model against the calibration and the properties the sources require
//! (`../shared/design/lesson.md` §3–4, `docs/model.md`).

use proptest::prelude::*;
use ripe_for_peace::content::{course, model_spec};
use ripe_for_peace::model::{Model, Scenario, Test, CONDITIONS};

fn model() -> Model {
    let spec = model_spec();
    Model::new(&spec).unwrap_or_else(|e| panic!("model.toml is inconsistent:\n{}", e.join("\n")))
}

fn holds(m: &Model, s: &Scenario) -> Vec<(&'static str, bool)> {
    m.assess(s)
        .conditions
        .iter()
        .map(|c| (c.id, c.holds))
        .collect()
}

fn with(m: &Model, base: &Scenario, changes: &[(&str, u8)]) -> Scenario {
    let mut s = base.clone();
    for (id, l) in changes {
        s.0[m
            .factor_index(id)
            .unwrap_or_else(|| panic!("no factor {id}"))] = *l;
    }
    s
}

#[test]
fn factor_ids_and_tiers_are_the_public_ones() {
    let m = model();
    let expected = [
        ("economy", "domestic"),
        ("war-weariness", "domestic"),
        ("coalition", "domestic"),
        ("military-balance", "adversaries"),
        ("nuri-control", "adversaries"),
        ("formula", "adversaries"),
        ("track-two", "adversaries"),
        ("taliban", "international"),
        ("russia", "international"),
        ("iran", "international"),
        ("uzbekistan", "international"),
        ("afghan-haven", "international"),
        ("un-mediation", "international"),
    ];
    let got: Vec<(&str, &str)> = m
        .factors
        .iter()
        .map(|f| (f.id.as_str(), f.tier.as_str()))
        .collect();
    assert_eq!(got, expected);
    for f in &m.factors {
        assert!(
            m.rules
                .iter()
                .any(|r| r.contributions.iter().any(|c| c.factor == f.id)),
            "factor {} takes part in no rule",
            f.id
        );
    }
}

#[test]
fn presets_give_the_calibration() {
    let m = model();
    let table = [
        (1, [true, false, false, false], false),
        (2, [true, true, false, false], false),
        (3, [true, true, true, true], true),
    ];
    for (phase, want, ripe) in table {
        let s = m.preset(phase).expect("preset");
        let got: Vec<bool> = holds(&m, s).iter().map(|(_, h)| *h).collect();
        assert_eq!(got, want, "phase {phase}: conditions {CONDITIONS:?}");
        assert_eq!(m.assess(s).ripe, ripe, "phase {phase} verdict");
    }
}

#[test]
fn phase_two_leaders_are_in_between_and_phase_three_leaders_weak_enough() {
    let m = model();
    for (phase, want) in [(1, "between"), (2, "between"), (3, "weak")] {
        let a = m.assess(m.preset(phase).unwrap());
        for side in &a.condition("capacity").sides {
            assert_eq!(side.position(), want, "phase {phase}, {}", side.side());
        }
    }
}

#[test]
fn convergence_no_single_change_from_phase_two_makes_it_ripe() {
    let m = model();
    let p2 = m.preset(2).unwrap();
    let mut tried = 0;
    for (i, f) in m.factors.iter().enumerate() {
        for l in 0..f.levels as u8 {
            let mut s = p2.clone();
            s.0[i] = l;
            tried += 1;
            assert!(
                !m.assess(&s).ripe,
                "setting {} to {} alone makes phase 2 ripe",
                f.id,
                l
            );
        }
    }
    assert_eq!(tried, m.factors.iter().map(|f| f.levels).sum::<usize>());
}

#[test]
fn third_tier_removing_late_1996_international_changes_leaves_it_unripe() {
    let m = model();
    let (p2, p3) = (m.preset(2).unwrap(), m.preset(3).unwrap());
    let mut s = p3.clone();
    let mut reverted = Vec::new();
    for (i, f) in m.factors.iter().enumerate() {
        if f.tier == "international" && p2.0[i] != p3.0[i] {
            s.0[i] = p2.0[i];
            reverted.push(f.id.as_str());
        }
    }
    assert!(
        reverted.len() >= 4,
        "phase 3 should differ internationally: {reverted:?}"
    );
    let a = m.assess(&s);
    assert!(!a.ripe, "phase 3 without {reverted:?} is still ripe");
    // And the domestic and battlefield changes alone cannot do it from phase 2 either.
    let mut only_inside = p2.clone();
    for (i, f) in m.factors.iter().enumerate() {
        if f.tier != "international" {
            only_inside.0[i] = p3.0[i];
        }
    }
    assert!(!m.assess(&only_inside).ripe);
}

#[test]
fn convergence_international_changes_alone_are_not_enough_either() {
    let m = model();
    let (p2, p3) = (m.preset(2).unwrap(), m.preset(3).unwrap());
    let mut s = p2.clone();
    for (i, f) in m.factors.iter().enumerate() {
        if f.tier == "international" {
            s.0[i] = p3.0[i];
        }
    }
    assert!(
        !m.assess(&s).ripe,
        "the international changes alone made phase 2 ripe"
    );
}

#[test]
fn strength_paradox_a_strong_government_can_but_will_not_compromise() {
    let m = model();
    let s = with(
        &m,
        m.preset(3).unwrap(),
        &[("coalition", 0), ("uzbekistan", 0), ("russia", 0)],
    );
    let a = m.assess(&s);
    let gov = |c: &str| {
        a.condition(c)
            .sides
            .iter()
            .find(|x| x.side() == "government")
            .unwrap()
            .clone()
    };
    assert!(gov("capacity").holds);
    assert_eq!(gov("capacity").position(), "strong");
    assert!(
        !gov("desirability").holds,
        "a strong government still wants an accord"
    );
    assert!(!a.ripe);
}

#[test]
fn capacity_holds_only_at_the_ends_of_the_band() {
    let m = model();
    for rule in m.rules.iter().filter(|r| r.condition == "capacity") {
        assert_eq!(
            rule.kind,
            ripe_for_peace::model::RuleKind::Band,
            "capacity is judged on a band"
        );
    }
    // Sweep the coalition from solid to splintering with everything else at phase 3,
    // but Uzbekistan and Russia backing the government: strong, then between, then weak.
    let base = with(
        &m,
        m.preset(3).unwrap(),
        &[("uzbekistan", 0), ("russia", 0)],
    );
    let positions: Vec<&str> = (0..3)
        .map(|l| {
            let s = with(&m, &base, &[("coalition", l)]);
            let a = m.assess(&s);
            let side = a
                .condition("capacity")
                .sides
                .iter()
                .find(|x| x.side() == "government")
                .unwrap();
            side.position()
        })
        .collect();
    assert_eq!(positions, ["strong", "between", "between"]);
    let weakest = with(&m, m.preset(3).unwrap(), &[]);
    let a = m.assess(&weakest);
    assert_eq!(a.condition("capacity").sides[0].position(), "weak");
}

#[test]
fn two_sided_conditions_hold_only_when_both_sides_qualify() {
    let m = model();
    for cond in ["capacity", "desirability"] {
        let sides: Vec<&str> = m
            .rules
            .iter()
            .filter(|r| r.condition == cond)
            .map(|r| r.side.as_str())
            .collect();
        assert_eq!(sides, ["government", "opposition"]);
    }
    // Phase 3 with the UTO's haven secure again: the government still qualifies, the UTO
    // no longer does, so capacity fails as a whole.
    let s = with(
        &m,
        m.preset(3).unwrap(),
        &[("afghan-haven", 0), ("iran", 0)],
    );
    let a = m.assess(&s);
    let cap = a.condition("capacity");
    assert!(cap.sides[0].holds && !cap.sides[1].holds && !cap.holds);
}

#[test]
fn every_challenge_is_reachable_or_truly_impossible() {
    let m = model();
    let challenges = course().content.challenges;
    assert!(challenges.len() >= 3);
    for c in challenges {
        let goal = c.goal();
        let start = m.preset(c.phase).expect("challenge phase has a preset");
        assert!(
            !m.meets(&goal, start, start),
            "{}: already met at the start",
            c.id
        );
        let found = m.fewest_changes(&goal, start, 4);
        if c.impossible {
            // max_changes bounds the search, so this is exhaustive.
            let bound = goal
                .max_changes
                .expect("an impossible goal must bound its changes");
            assert!(
                m.fewest_changes(&goal, start, bound).is_none(),
                "{} is possible",
                c.id
            );
        } else {
            assert!(found.is_some(), "{} cannot be reached in 4 changes", c.id);
        }
    }
}

#[test]
fn fewest_changes_from_phase_two_to_ripe_is_more_than_two() {
    let m = model();
    let goal = ripe_for_peace::model::Goal {
        ripe: Some(true),
        ..Default::default()
    };
    let p2 = m.preset(2).unwrap();
    assert!(m.fewest_changes(&goal, p2, 2).is_none());
    let s = m
        .fewest_changes(&goal, p2, 4)
        .expect("ripe within four changes");
    assert!(m.assess(&s).ripe);
    let changed = m.changes(p2, &s);
    assert!(changed.len() >= 3);
}

fn scenario_strategy(m: &Model) -> impl Strategy<Value = Scenario> {
    let ranges: Vec<_> = m.factors.iter().map(|f| 0..f.levels as u8).collect();
    ranges.prop_map(Scenario)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn monotonic_pressure_more_outside_threat_never_lowers_desirability(
        s in scenario_strategy(&model()),
        pick in 0usize..13,
    ) {
        let m = model();
        let external: Vec<usize> = (0..m.factors.len()).filter(|&i| m.factors[i].external_pressure).collect();
        prop_assert!(external.len() >= 5);
        let i = external[pick % external.len()];
        if usize::from(s.0[i]) + 1 < m.factors[i].levels {
            let mut up = s.clone();
            up.0[i] += 1;
            let (a, b) = (m.assess(&s), m.assess(&up));
            for (x, y) in a.condition("desirability").sides.iter().zip(&b.condition("desirability").sides) {
                prop_assert!(y.score >= x.score, "{} up lowered {}'s desirability", m.factors[i].id, x.side());
                prop_assert!(y.holds || !x.holds);
            }
        }
    }

    #[test]
    fn ripe_exactly_when_all_four_hold_and_scores_stay_in_range(s in scenario_strategy(&model())) {
        let m = model();
        let a = m.assess(&s);
        prop_assert_eq!(a.ripe, a.conditions.iter().all(|c| c.holds));
        for c in &a.conditions {
            prop_assert_eq!(c.holds, c.sides.iter().all(|x| x.holds));
            for x in &c.sides {
                prop_assert!(x.min <= x.score && x.score <= x.max);
                prop_assert_eq!(x.holds, x.gap == 0);
                let sum: i32 = x.rule.base + x.reasons.iter().map(|r| r.points).sum::<i32>();
                prop_assert_eq!(sum, x.score);
                match x.test {
                    Test::AtLeast(t) => prop_assert_eq!(x.holds, x.score >= t),
                    Test::Band { weak, strong } => prop_assert_eq!(x.holds, x.score <= weak || x.score >= strong),
                }
            }
        }
        prop_assert_eq!(m.assess(&s), a, "the model is deterministic");
    }
}

/// The rule summaries are what students read on the panel and in "How the model works":
/// each must state the numbers the rule actually uses.
#[test]
fn rule_summaries_state_their_thresholds() {
    let spec = &course().content.model;
    let says = |text: &str, n: i32| {
        let t = text.replace('−', "-");
        t.contains(&format!("{n} ")) || t.contains(&format!("{n})")) || t.contains(&format!("{n},"))
    };
    for r in spec.rules {
        let numbers: Vec<i32> = [r.threshold, r.weak, r.strong]
            .into_iter()
            .flatten()
            .collect();
        assert!(!numbers.is_empty());
        for n in numbers {
            assert!(
                says(r.summary.text.get(), n),
                "{} ({}): summary does not state {n}: {}",
                r.condition,
                r.side,
                r.summary.text
            );
        }
    }
    assert!(
        !says("Holds at 5 points or more.", 4),
        "the check catches a wrong number"
    );
}
