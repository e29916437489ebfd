//! The URL contract: `?phase=`, factor overrides, bad input named and ignored.

use ripe_for_peace::content::{course, Course};
use ripe_for_peace::model::Model;
use ripe_for_peace::query::{decode, parse, to_query, Ignored, Screen};
use ripe_for_peace::state::ignored_words;

/// What the notice says of one ignored parameter.
fn words(i: &Ignored) -> String {
    ignored_words(course(), i)
}

fn course_model() -> &'static Course {
    course()
}

fn model() -> Model {
    course_model().model.clone()
}

#[test]
fn phase_and_factor_overrides() {
    let m = model();
    let p = parse("?phase=2&taliban=3&uzbekistan=0", &m);
    assert_eq!(p.screen, Some(Screen::Phase(2)));
    let t = m.factor_index("taliban").unwrap();
    let u = m.factor_index("uzbekistan").unwrap();
    assert_eq!(p.overrides, vec![(t, 3), (u, 0)]);
    assert!(p.ignored.is_empty(), "{:?}", p.ignored);
}

#[test]
fn screens_and_empty_query() {
    let m = model();
    assert_eq!(parse("", &m).screen, None);
    assert_eq!(parse("?screen=debrief", &m).screen, Some(Screen::Debrief));
    assert_eq!(parse("screen=sources", &m).screen, Some(Screen::Sources));
    for s in Screen::ALL {
        let q = s.href();
        assert_eq!(parse(&q, &m).screen, Some(s), "{q}");
    }
}

#[test]
fn bad_input_is_ignored_and_named() {
    let m = model();
    let cases = [
        ("?phase=9", "phase"),
        ("?phase=two", "phase"),
        ("?phase=2&taliban=banana", "taliban"),
        ("?phase=2&taliban=99", "taliban"),
        ("?phase=2&taliban=-1", "taliban"),
        ("?phase=2&colour=red", "colour"),
        ("?screen=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>"),
        ("?taliban=3", "phase"),
    ];
    for (q, named) in cases {
        let p = parse(q, &m);
        assert!(p.overrides.is_empty(), "{q} applied {:?}", p.overrides);
        assert!(
            p.ignored.iter().any(|i| words(i).contains(named)),
            "{q}: notice {:?} should name {named}",
            p.ignored
        );
    }
    // Valid parts still apply beside invalid ones.
    let p = parse("?phase=2&taliban=banana&iran=2", &m);
    assert_eq!(p.screen, Some(Screen::Phase(2)));
    assert_eq!(p.overrides, vec![(m.factor_index("iran").unwrap(), 2)]);
    assert_eq!(p.ignored.len(), 1);
}

#[test]
fn long_or_odd_values_are_shortened_in_notices() {
    let m = model();
    let long = "x".repeat(500);
    let p = parse(&format!("?phase=2&taliban={long}"), &m);
    assert!(words(&p.ignored[0]).chars().count() < 200);
    assert_eq!(decode("a%20b+c%zz%"), "a b c%zz%");
    assert_eq!(decode("%E2%9C%93"), "✓");
}

#[test]
fn to_query_round_trips_a_scenario() {
    let m = model();
    let mut board = m.preset(2).unwrap().clone();
    assert_eq!(
        to_query(&m, Screen::Phase(2), Some(&board), &[]),
        "?phase=2"
    );
    board.0[m.factor_index("taliban").unwrap()] = 4;
    board.0[m.factor_index("afghan-haven").unwrap()] = 2;
    let q = to_query(&m, Screen::Phase(2), Some(&board), &[]);
    assert_eq!(q, "?phase=2&taliban=4&afghan-haven=2");
    let p = parse(&q, &m);
    let mut rebuilt = m.preset(2).unwrap().clone();
    for (i, l) in p.overrides {
        rebuilt.0[i] = l;
    }
    assert_eq!(rebuilt, board);
    assert_eq!(to_query(&m, Screen::Debrief, None, &[]), "?screen=debrief");
}

#[test]
fn embed_lock_and_screens_frame_the_lesson() {
    let m = model();
    let p = parse(
        "?phase=3&embed=1&lock=taliban,uzbekistan,nonsense&screens=phase-3,debrief",
        &m,
    );
    assert!(p.frame.embed);
    let t = m.factor_index("taliban").unwrap();
    let u = m.factor_index("uzbekistan").unwrap();
    assert_eq!(p.frame.locked, vec![t, u]);
    assert_eq!(p.frame.screens, vec![Screen::Phase(3), Screen::Debrief]);
    assert!(p.ignored.iter().any(|i| words(i).contains("nonsense")));
    assert!(p.frame.allows(Screen::Debrief) && !p.frame.allows(Screen::Phase(1)));
    assert!(
        p.frame.allows(Screen::MyWork),
        "students can always reach their hand-in"
    );
    // The frame survives the address bar.
    let q = to_query(&m, Screen::Phase(3), m.preset(3), &p.frame.params(&m));
    assert_eq!(
        q,
        "?phase=3&embed=1&lock=taliban,uzbekistan&screens=phase-3,debrief"
    );
    assert_eq!(parse(&q, &m).frame, p.frame);
}

#[test]
fn a_screen_outside_the_allowed_set_opens_the_first_allowed() {
    let m = model();
    let p = parse("?phase=1&screens=3", &m);
    assert_eq!(p.screen, Some(Screen::Phase(3)));
    assert!(p.ignored.iter().any(|i| words(i).contains("phase-1")));
    let p = parse("?screens=debrief", &m);
    assert_eq!(p.screen, Some(Screen::Debrief));
    assert!(p.ignored.is_empty());
    let p = parse("?lock=all&phase=2", &m);
    assert_eq!(p.frame.locked.len(), m.factors.len());
}

#[test]
fn a_known_language_is_taken_and_an_unknown_one_named() {
    let c = course();
    let mut l = ripe_for_peace::state::Lesson::new(&c.model);
    l.apply_query(&c.model, &parse("?phase=2&lang=EN", &c.model));
    assert_eq!(l.lang, "en");
    assert!(l.notices.is_empty(), "{:?}", l.notices);
    assert_eq!(l.query(&c.model), "?phase=2&lang=en");
    let mut l = ripe_for_peace::state::Lesson::new(&c.model);
    l.apply_query(&c.model, &parse("?lang=xx%3Cb%3E", &c.model));
    assert_eq!(l.lang, "");
    let words = l.notices[0].words(c);
    assert!(words.contains("xx<b>") && words.contains("en"), "{words}");
}
