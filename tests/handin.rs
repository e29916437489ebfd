//! The hand-in ("My work") and the glossary links: built from the lesson state and the
//! real content.

use ripe_for_peace::content::Course;
use ripe_for_peace::handin::HandIn;
use ripe_for_peace::state::{Action, Lesson};
use ripe_for_peace::terms::{anchor, first_mentions};
use std::collections::HashSet;

fn course() -> Course {
    Course::load().unwrap()
}

#[test]
fn an_untouched_lesson_hands_in_nothing_done() {
    let c = course();
    let h = HandIn::from_lesson(&c, &Lesson::new(&c.model));
    assert_eq!(h.phases.len(), 3);
    assert_eq!(h.predictions_score(), (0, 0));
    assert_eq!(h.predictions_line(), "Predictions: none revealed yet.");
    let (right, answered, asked) = h.quiz_score();
    assert_eq!((right, answered), (0, 0));
    assert_eq!(asked, c.content.questions.len());
    assert_eq!(h.challenge_score().0, 0);
    assert!(h.phases.iter().all(|p| p.scenario.is_none()));
    assert!(h.reflections.is_empty());
}

#[test]
fn predictions_answers_scenarios_and_reflections_are_reported() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    for k in ["process", "concessions", "capacity", "desirability"] {
        l.apply(
            &c,
            Action::Guess {
                phase: 1,
                condition: k.into(),
                holds: true,
            },
        );
    }
    l.apply(&c, Action::Reveal(1));
    let q = c.content.questions.iter().find(|q| q.phase == 2).unwrap();
    let right = q.options.iter().position(|o| o.correct).unwrap();
    l.apply(
        &c,
        Action::Answer {
            question: q.id.to_string(),
            option: right,
        },
    );
    let t = c.model.factor_index("taliban").unwrap();
    l.apply(
        &c,
        Action::SetLevel {
            phase: 2,
            factor: t,
            level: 0,
        },
    );
    l.apply(
        &c,
        Action::Reflect {
            prompt: 0,
            text: "It took all three tiers.".into(),
        },
    );
    let h = HandIn::from_lesson(&c, &l);
    // Phase 1 calibration: only process holds, so "all hold" is right once in four.
    assert_eq!(h.predictions_score(), (1, 4));
    assert_eq!(
        h.predictions_line(),
        "Predictions: 1 of 4 matched the model."
    );
    assert_eq!(h.quiz_score().0, 1);
    let p2 = &h.phases[1];
    assert!(p2.scenario.as_deref().unwrap().contains("taliban=0"));
    assert_eq!(p2.changed.len(), 1);
    assert_eq!(h.reflections.len(), 1);
    let text = h.to_text("Ripe for Peace", "https://example.org/ripe/", "1 May 2027");
    assert!(text.contains("1 May 2027"));
    assert!(text.contains("https://example.org/ripe/?phase=2"));
    assert!(text.contains("It took all three tiers."));
    assert!(text.contains("(right)"));
    assert!(text.contains(c.content.debrief.prompts[0].get()));
}

#[test]
fn glossary_terms_have_unique_anchors_and_are_found_in_the_lesson() {
    let c = course().content;
    let ids: HashSet<String> = c.glossary.iter().map(|t| anchor(t.term.get())).collect();
    assert!(c.glossary.iter().all(|t| t.anchor == anchor(t.term.get())));
    assert_eq!(ids.len(), c.glossary.len(), "two terms share an anchor");
    // Most terms are linked somewhere in the narrative of the phases and the introduction.
    let texts: Vec<&str> = c
        .intro
        .paragraphs
        .iter()
        .map(|p| p.text.get())
        .chain(
            c.phases
                .iter()
                .flat_map(|p| p.narrative.iter().map(|x| x.text.get())),
        )
        .chain(c.timeline.iter().map(|e| e.text.get()))
        .collect();
    let terms: Vec<Vec<&str>> = c
        .glossary
        .iter()
        .map(|t| ripe_for_peace::terms::needles(t.term.get(), t.forms.get()))
        .collect();
    let found: HashSet<usize> = first_mentions(&terms, &texts)
        .into_iter()
        .flatten()
        .map(|m| m.term)
        .collect();
    assert!(
        found.len() * 2 > c.glossary.len(),
        "only {} of {} glossary terms appear in the lesson text",
        found.len(),
        c.glossary.len()
    );
}

#[test]
fn the_lesson_states_honest_times() {
    use ripe_for_peace::timing;
    let (short, full) = (timing::lesson().short, timing::lesson().full);
    // The short path is the half-hour way through; the full path takes a class period
    // and more.
    assert!((22.0..=40.0).contains(&short), "short path {short:.1} min");
    assert!(full > short * 2.0, "full path {full:.1} min");
    let (s, f) = timing::phase(2).minutes();
    assert!(s >= 4 && f > s, "phase 2: {s} / {f}");
    assert!(
        timing::intro().short < 4.0,
        "the first prediction within about three minutes"
    );
    // The README states the same figures.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for m in [timing::round5(short), timing::round5(full)] {
        assert!(
            readme.contains(&format!("about {m} minutes")),
            "README should say \"about {m} minutes\""
        );
    }
}
