//! What the lesson reports to an LMS (src/lms.rs): status, score, session time, and the
//! suspend data under SCORM 1.2's 4,096-character limit.

use ripe_for_peace::content::Course;
use ripe_for_peace::lms::{
    completed, learner_key, resume_from, right_answers, score, scorm_len, session_time, succeeded,
    suspend_data, values, Version, SUSPEND_LIMIT_12,
};
use ripe_for_peace::query::Screen;
use ripe_for_peace::state::{Action, Lesson};

fn course() -> &'static Course {
    ripe_for_peace::content::course()
}

fn reveal_all(l: &mut Lesson) {
    let c = course();
    for p in c.model.phases().collect::<Vec<_>>() {
        l.apply(
            c,
            Action::Guess {
                phase: p,
                condition: "process".into(),
                holds: true,
            },
        );
        l.apply(c, Action::Reveal(p));
    }
}

fn answer_all(l: &mut Lesson, right: bool) {
    let c = course();
    for q in c.content.questions {
        let option = q
            .options
            .iter()
            .position(|o| o.correct == right)
            .expect("a right and a wrong option");
        l.apply(
            c,
            Action::Answer {
                question: q.id.into(),
                option,
            },
        );
    }
}

fn value<'a>(v: &'a [(&str, String)], key: &str) -> Option<&'a str> {
    v.iter().find(|(k, _)| *k == key).map(|(_, x)| x.as_str())
}

#[test]
fn completed_only_on_the_debrief_with_every_phase_revealed() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    l.apply(c, Action::Navigate(Screen::Debrief));
    assert!(!completed(c, &l), "the debrief alone is not enough");
    reveal_all(&mut l);
    l.apply(c, Action::Navigate(Screen::Phase(1)));
    assert!(
        !completed(c, &l),
        "every phase revealed, but not on the debrief"
    );
    let v = values(c, &l, Version::Scorm12, false);
    assert_eq!(value(&v, "cmi.core.lesson_status"), Some("incomplete"));
    l.apply(c, Action::Navigate(Screen::Debrief));
    assert!(completed(c, &l));
    let v = values(c, &l, Version::Scorm12, false);
    assert_eq!(value(&v, "cmi.core.lesson_status"), Some("completed"));
    // Never back: leaving the debrief keeps "completed" once the LMS has it.
    l.apply(c, Action::Navigate(Screen::Sources));
    let v = values(c, &l, Version::Scorm12, true);
    assert_eq!(value(&v, "cmi.core.lesson_status"), Some("completed"));
    let v = values(c, &l, Version::Scorm2004, true);
    assert_eq!(value(&v, "cmi.completion_status"), Some("completed"));
}

#[test]
fn the_score_is_the_share_of_right_answers_in_percent() {
    let c = course();
    let n = c.content.questions.len();
    assert!(n >= 2);
    let mut l = Lesson::new(&c.model);
    assert_eq!(score(c, &l), None, "no score before any answer");
    assert_eq!(
        value(
            &values(c, &l, Version::Scorm12, false),
            "cmi.core.score.raw"
        ),
        None
    );
    answer_all(&mut l, false);
    let s = score(c, &l).unwrap();
    assert_eq!((s.raw, s.min, s.max), (0, 0, 100));
    assert_eq!(right_answers(c, &l), (0, n));
    // The retries put every answer right, but the grade counts first tries, as the
    // hand-in does.
    answer_all(&mut l, true);
    assert_eq!(score(c, &l).unwrap().raw, 0);
    let mut l = Lesson::new(&c.model);
    answer_all(&mut l, true);
    assert_eq!(score(c, &l).unwrap().raw, 100);
    // One wrong first try: rounded to the nearest percent.
    let mut l = Lesson::new(&c.model);
    let q = &c.content.questions[0];
    let wrong = q.options.iter().position(|o| !o.correct).unwrap();
    l.apply(
        c,
        Action::Answer {
            question: q.id.into(),
            option: wrong,
        },
    );
    answer_all(&mut l, true);
    let want = (100.0 * (n - 1) as f64 / n as f64).round() as usize;
    assert_eq!(score(c, &l).unwrap().raw, want);
    let v = values(c, &l, Version::Scorm12, false);
    assert_eq!(
        value(&v, "cmi.core.score.raw"),
        Some(want.to_string().as_str())
    );
    assert_eq!(value(&v, "cmi.core.score.max"), Some("100"));
    assert_eq!(value(&v, "cmi.core.score.min"), Some("0"));
    let v = values(c, &l, Version::Scorm2004, false);
    assert_eq!(
        value(&v, "cmi.score.scaled"),
        Some(format!("{:.4}", want as f64 / 100.0).as_str())
    );
}

#[test]
fn suspend_data_is_the_saved_progress_and_restores_it() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    reveal_all(&mut l);
    answer_all(&mut l, true);
    l.apply(c, Action::Navigate(Screen::Phase(2)));
    let v = values(c, &l, Version::Scorm12, false);
    let data = value(&v, "cmi.suspend_data").unwrap();
    assert_eq!(data, l.to_saved());
    let back = Lesson::from_saved(c, data);
    assert_eq!(back.predictions, l.predictions);
    assert_eq!(back.answers, l.answers);
    assert_eq!(back.screen, Screen::Phase(2));
    assert_eq!(value(&v, "cmi.core.lesson_location"), Some("phase-2"));
}

#[test]
fn suspend_data_stays_under_4096_characters_shortening_reflections_first() {
    let c = course();
    let prompts = c.content.debrief.prompts.len();
    assert!(prompts >= 1);
    let mut l = Lesson::new(&c.model);
    reveal_all(&mut l);
    answer_all(&mut l, true);
    // Long reflections in Cyrillic (one UTF-16 unit a letter) with characters the
    // format escapes (& = % +), three times what SCORM 1.2 keeps.
    let long = "Переговоры & уступки = 100% + ".repeat(400);
    for i in 0..prompts {
        l.apply(
            c,
            Action::Reflect {
                prompt: i,
                text: format!("{i}: {long}"),
            },
        );
    }
    assert!(scorm_len(&l.to_saved()) > SUSPEND_LIMIT_12);
    let data = suspend_data(&l.progress(), SUSPEND_LIMIT_12);
    assert!(scorm_len(&data) <= SUSPEND_LIMIT_12, "{}", scorm_len(&data));
    // Close to the limit: the room goes to the reflections.
    assert!(
        scorm_len(&data) > SUSPEND_LIMIT_12 - 40,
        "{}",
        scorm_len(&data)
    );
    let back = Lesson::from_saved(c, &data);
    assert!(back.notices.is_empty(), "{:?}", back.notices);
    assert_eq!(back.predictions, l.predictions);
    assert_eq!(back.answers, l.answers);
    // What is kept of the reflections is their beginning.
    let first = back
        .reflections
        .get("0")
        .expect("the first reflection, shortened");
    assert!(l.reflections.get("0").unwrap().starts_with(first.as_str()));
    assert!(first.chars().count() > 1000);
    // Exactly at the limit and one under: kept whole.
    for room in [0, 1] {
        let mut m = Lesson::new(&c.model);
        m.apply(
            c,
            Action::Reflect {
                prompt: 0,
                text: String::new(),
            },
        );
        let base = scorm_len(&m.to_saved()) + "&t0=".len();
        let text = "ж".repeat(SUSPEND_LIMIT_12 - base - room);
        m.apply(
            c,
            Action::Reflect {
                prompt: 0,
                text: text.clone(),
            },
        );
        assert_eq!(scorm_len(&m.to_saved()), SUSPEND_LIMIT_12 - room);
        assert_eq!(suspend_data(&m.progress(), SUSPEND_LIMIT_12), m.to_saved());
        // One more character: shortened by one.
        m.apply(
            c,
            Action::Reflect {
                prompt: 0,
                text: format!("{text}жж"),
            },
        );
        let d = suspend_data(&m.progress(), SUSPEND_LIMIT_12);
        assert!(scorm_len(&d) <= SUSPEND_LIMIT_12);
    }
}

#[test]
fn session_time_in_each_format() {
    assert_eq!(session_time(Version::Scorm12, 0.0), "0000:00:00.00");
    assert_eq!(session_time(Version::Scorm12, 3723.456), "0001:02:03.46");
    assert_eq!(session_time(Version::Scorm2004, 3723.456), "PT1H2M3.46S");
    assert_eq!(session_time(Version::Scorm2004, 42.0), "PT42S");
    assert_eq!(session_time(Version::Scorm2004, 0.0), "PT0S");
    assert_eq!(session_time(Version::Scorm12, -5.0), "0000:00:00.00");
}

#[test]
fn resuming_prefers_the_lms_unless_this_browser_holds_unsent_work() {
    assert_eq!(
        resume_from(Some("v=2&s=debrief"), Some("v=2&s=intro"), false),
        Some("v=2&s=debrief")
    );
    assert_eq!(
        resume_from(Some("v=2&s=debrief"), Some("v=2&s=intro"), true),
        Some("v=2&s=intro")
    );
    assert_eq!(
        resume_from(Some(""), Some("v=2&s=intro"), false),
        Some("v=2&s=intro")
    );
    assert_eq!(resume_from(None, None, true), None);
    assert_eq!(resume_from(Some("v=2"), None, true), Some("v=2"));
}

#[test]
fn learner_keys_and_answers() {
    assert_eq!(learner_key("st-42_a"), "st-42_a");
    assert_eq!(learner_key("a b/c:d"), "abcd");
    assert_eq!(learner_key("  "), "learner");
    assert_eq!(learner_key(&"x".repeat(100)).len(), 64);
    assert!(succeeded(Some("true")));
    assert!(!succeeded(Some("false")));
    assert!(!succeeded(None));
}
