//! The lesson state: actions, announcements, saving and restoring, links.

use ripe_for_peace::content::Course;
use ripe_for_peace::query::{parse, Screen};
use ripe_for_peace::state::{Action, HistoryOp, Lesson, Notice};

fn course() -> &'static Course {
    ripe_for_peace::content::course()
}

#[test]
fn navigation_pushes_history_and_board_changes_replace_it() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    assert_eq!(l.screen, Screen::Intro);
    l.apply(c, Action::Navigate(Screen::Phase(2)));
    assert_eq!(
        (l.screen, l.history, l.nav_seq),
        (Screen::Phase(2), HistoryOp::Push, 1)
    );
    let t = c.model.factor_index("taliban").unwrap();
    l.apply(
        c,
        Action::SetLevel {
            phase: 2,
            factor: t,
            level: 4,
        },
    );
    assert_eq!(l.history, HistoryOp::Replace);
    assert_eq!(l.board(2).0[t], 4);
    // Out-of-range levels and unknown factors are refused.
    l.apply(
        c,
        Action::SetLevel {
            phase: 2,
            factor: t,
            level: 9,
        },
    );
    l.apply(
        c,
        Action::SetLevel {
            phase: 2,
            factor: 99,
            level: 0,
        },
    );
    assert_eq!(l.board(2).0[t], 4);
    l.apply(c, Action::ResetBoard(2));
    assert_eq!(l.board(2), c.model.preset(2).unwrap());
}

#[test]
fn announcements_only_when_a_condition_flips() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    let un = c.model.factor_index("un-mediation").unwrap();
    let drop_un = Action::SetLevel {
        phase: 1,
        factor: un,
        level: 0,
    };
    // Before the prediction is revealed the panel is covered: a flip is not announced,
    // or a screen reader would hear the answer that sighted students cannot see.
    let seq = l.announcement.seq;
    l.apply(c, drop_un.clone());
    assert_eq!(l.announcement.seq, seq, "{}", l.announcement.text);
    l.apply(c, Action::ResetBoard(1));
    assert_eq!(l.announcement.seq, seq);

    // Revealing says how the prediction compared, in the names students see, and asks
    // the view to move focus to the comparison (the Reveal button is gone).
    let focus = l.focus.seq;
    l.apply(
        c,
        Action::Guess {
            phase: 1,
            condition: "process".into(),
            holds: true,
        },
    );
    l.apply(c, Action::Reveal(1));
    assert!(
        l.announcement.text.contains("1 of 4"),
        "{}",
        l.announcement.text
    );
    assert!(
        l.announcement
            .text
            .contains("Not holding: Sufficient concessions; Leaders able to agree"),
        "{}",
        l.announcement.text
    );
    assert_eq!(l.focus.seq, focus + 1);
    assert_eq!(l.focus.id, "prediction-result-1");

    // Once revealed, dropping UN mediation breaks the process condition: announced once.
    let seq = l.announcement.seq;
    l.apply(c, drop_un);
    assert_eq!(
        l.announcement.text,
        "A mutually acceptable process: no longer holds."
    );
    assert_eq!(l.announcement.seq, seq + 1);
    // A change that flips nothing announces nothing new.
    let econ = c.model.factor_index("economy").unwrap();
    l.apply(
        c,
        Action::SetLevel {
            phase: 1,
            factor: econ,
            level: 0,
        },
    );
    assert_eq!(l.announcement.seq, seq + 1);
    l.apply(c, Action::ResetBoard(1));
    assert_eq!(
        l.announcement.text,
        "A mutually acceptable process: now holds."
    );
}

#[test]
fn prediction_is_compared_with_the_model() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    for (cond, h) in [
        ("process", true),
        ("concessions", true),
        ("capacity", false),
        ("desirability", true),
    ] {
        l.apply(
            c,
            Action::Guess {
                phase: 2,
                condition: cond.into(),
                holds: h,
            },
        );
    }
    l.apply(
        c,
        Action::Guess {
            phase: 2,
            condition: "nonsense".into(),
            holds: true,
        },
    );
    l.apply(c, Action::Reveal(2));
    let p = &l.predictions[&2];
    assert_eq!(p.guesses.len(), 4);
    assert!(!p.actual["desirability"]);
    assert!(
        l.announcement.text.contains("3 of 4"),
        "{}",
        l.announcement.text
    );
    // Guesses are frozen once revealed.
    l.apply(
        c,
        Action::Guess {
            phase: 2,
            condition: "desirability".into(),
            holds: false,
        },
    );
    assert!(l.predictions[&2].guesses["desirability"]);
}

#[test]
fn challenges_are_detected_when_reached() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    let t = c.model.factor_index("taliban").unwrap();
    l.apply(
        c,
        Action::SetLevel {
            phase: 3,
            factor: t,
            level: 0,
        },
    );
    l.apply(c, Action::StartChallenge("p3-strong-government".into()));
    assert_eq!(
        l.board(3),
        c.model.preset(3).unwrap(),
        "a challenge starts from history"
    );
    for (f, lv) in [("coalition", 0), ("uzbekistan", 0)] {
        l.apply(
            c,
            Action::SetLevel {
                phase: 3,
                factor: c.model.factor_index(f).unwrap(),
                level: lv,
            },
        );
        assert!(!l
            .challenges
            .get("p3-strong-government")
            .is_some_and(|r| r.done));
    }
    l.apply(
        c,
        Action::SetLevel {
            phase: 3,
            factor: c.model.factor_index("russia").unwrap(),
            level: 0,
        },
    );
    let rec = &l.challenges["p3-strong-government"];
    assert!(rec.done);
    assert_eq!(rec.changes, 3);
    assert!(l.announcement.text.contains("Challenge reached"));
}

#[test]
fn progress_round_trips_and_bad_saves_are_refused() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    l.apply(c, Action::Navigate(Screen::Phase(3)));
    l.apply(
        c,
        Action::SetLevel {
            phase: 3,
            factor: 0,
            level: 0,
        },
    );
    l.apply(
        c,
        Action::Answer {
            question: c.content.questions[0].id.to_string(),
            option: 1,
        },
    );
    l.apply(
        c,
        Action::Reflect {
            prompt: 0,
            text: "Pressure from outside mattered most.".into(),
        },
    );
    let saved = l.to_saved();
    let back = Lesson::from_saved(c, &saved);
    assert_eq!(back.progress(), l.progress());
    assert_eq!(back.screen, Screen::Phase(3));
    assert!(back.notices.is_empty(), "{:?}", back.notices);

    // Not a save of this format at all: a fresh start, said politely.
    for bad in [
        "",
        "{",
        "null",
        r#"{"version":1,"screen":"intro","boards":{}}"#,
        "v=99&s=intro",
        "s=intro&v=2",
    ] {
        let l = Lesson::from_saved(c, bad);
        assert_eq!(l.progress(), Lesson::new(&c.model).progress(), "{bad:?}");
        assert_eq!(l.notices, [Notice::SavedUnreadable], "{bad:?}");
    }
}

#[test]
fn one_bad_value_in_saved_progress_loses_only_itself() {
    let c = course();
    let t = c.model.factor_index("taliban").unwrap();
    let mut board = c.model.preset(2).unwrap().0.clone();
    board[t] = 4;
    let digits: String = board.iter().map(|l| l.to_string()).collect();
    let q = c.content.questions.iter().find(|q| q.phase == 2).unwrap();
    let text = format!(
        "v=2&s=phase-2&b2={digits}&b3=99&b7=0000000000000&p2=yyn-&r2=yynn&p1=maybe\
         &a={}.1,nonsense.3&c=p2-fewest.3,unknown.1&t0=Mine%26yours&t99=lost&zz=1",
        q.id
    );
    let l = Lesson::from_saved(c, &text);
    assert_eq!(l.screen, Screen::Phase(2));
    assert_eq!(l.board(2).0, board);
    assert_eq!(
        l.board(3),
        c.model.preset(3).unwrap(),
        "a bad board is left at history"
    );
    assert!(l.revealed(2));
    assert_eq!(l.predictions[&2].guesses.len(), 3);
    assert_eq!(
        l.answers.get(q.id).map(|a| (a.first, a.retry)),
        Some((1, None))
    );
    assert!(l.challenges.contains_key("p2-fewest"));
    assert_eq!(
        l.reflections.get("0").map(String::as_str),
        Some("Mine&yours")
    );
    // b3 (a level out of range), b7 (no phase 7), p1, an unknown question and challenge,
    // t99 and zz: each lost alone, and counted in the notice.
    match l.notices.as_slice() {
        [Notice::SavedPartly(n)] => assert!(*n >= 7, "counted {n}"),
        other => panic!("notices {other:?}"),
    }
    assert!(l.notices[0].words(c).contains("rest is restored"));
}

#[test]
fn a_link_overrides_saved_boards_and_names_what_it_ignored() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    l.apply(
        c,
        Action::SetLevel {
            phase: 2,
            factor: 0,
            level: 0,
        },
    );
    let parsed = parse("?phase=2&taliban=3&bogus=1", &c.model);
    l.apply_query(&c.model, &parsed);
    assert_eq!(l.screen, Screen::Phase(2));
    let mut want = c.model.preset(2).unwrap().clone();
    want.0[c.model.factor_index("taliban").unwrap()] = 3;
    assert_eq!(l.board(2), &want);
    assert_eq!(l.notices.len(), 1);
    assert!(l.notices[0].words(c).contains("bogus"));
}

#[test]
fn start_over_clears_everything() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    l.apply(c, Action::Navigate(Screen::Debrief));
    l.apply(c, Action::Reveal(1));
    l.apply(c, Action::StartOver);
    assert_eq!(l.screen, Screen::Intro);
    assert!(l.predictions.is_empty());
    assert!(l.announcement.text.contains("cleared"));
}

#[test]
fn locked_factors_and_limited_screens_are_enforced() {
    let c = course();
    let mut l = Lesson::new(&c.model);
    l.apply_query(
        &c.model,
        &parse(
            "?phase=3&uzbekistan=0&lock=uzbekistan&screens=phase-3,debrief",
            &c.model,
        ),
    );
    let u = c.model.factor_index("uzbekistan").unwrap();
    let t = c.model.factor_index("taliban").unwrap();
    l.apply(
        c,
        Action::SetLevel {
            phase: 3,
            factor: u,
            level: 2,
        },
    );
    assert_eq!(l.board(3).0[u], 0, "a locked factor cannot change");
    l.apply(
        c,
        Action::SetLevel {
            phase: 3,
            factor: t,
            level: 1,
        },
    );
    assert_eq!(l.board(3).0[t], 1);
    l.apply(c, Action::ResetBoard(3));
    assert_eq!(l.board(3).0[t], c.model.preset(3).unwrap().0[t]);
    assert_eq!(l.board(3).0[u], 0, "reset keeps the link's locked level");
    l.apply(c, Action::Navigate(Screen::Phase(1)));
    assert_eq!(
        l.screen,
        Screen::Phase(3),
        "a screen outside the link's set is refused"
    );
    l.apply(c, Action::Navigate(Screen::Debrief));
    assert_eq!(l.screen, Screen::Debrief);
    l.apply(c, Action::StartOver);
    assert!(
        l.frame.is_locked(u),
        "starting over keeps the instructor's frame"
    );
}

#[test]
fn a_wrong_first_answer_may_be_tried_once_more_and_both_are_kept() {
    let c = course();
    let q = c.content.questions.iter().find(|q| q.phase == 2).unwrap();
    let right = q.options.iter().position(|o| o.correct).unwrap();
    let wrong: Vec<usize> = (0..q.options.len()).filter(|&i| i != right).collect();
    let mut l = Lesson::new(&c.model);
    let answer = |l: &mut Lesson, option| {
        l.apply(
            c,
            Action::Answer {
                question: q.id.to_string(),
                option,
            },
        )
    };
    answer(&mut l, wrong[0]);
    assert_eq!(
        l.focus.id,
        format!("q-{}-feedback", q.id),
        "focus moves to the feedback"
    );
    // The same wrong option again is not a second try.
    answer(&mut l, wrong[0]);
    assert_eq!(l.answers[q.id].retry, None);
    answer(&mut l, right);
    assert_eq!(
        (l.answers[q.id].first, l.answers[q.id].retry),
        (wrong[0], Some(right))
    );
    // Then it stands.
    answer(&mut l, wrong[1]);
    assert_eq!(l.answers[q.id].retry, Some(right));
    // It survives saving, and the hand-in shows both tries.
    let back = Lesson::from_saved(c, &l.to_saved());
    assert_eq!(back.answers, l.answers);
    let work = ripe_for_peace::handin::HandIn::from_lesson(c, &back);
    let row = work.phases[1]
        .answers
        .iter()
        .find(|a| a.prompt == q.prompt.get())
        .unwrap();
    assert!(row.correct && !row.first_correct && row.first_try.is_some());
    assert_eq!(work.first_try_right(), 0);
    // A right first answer stands at once.
    let mut l = Lesson::new(&c.model);
    answer(&mut l, right);
    answer(&mut l, wrong[0]);
    assert_eq!(
        (l.answers[q.id].first, l.answers[q.id].retry),
        (right, None)
    );
}

#[test]
fn afghanistan_judgements_reveal_only_when_complete_then_stay_fixed() {
    use ripe_for_peace::transfer::{judged, Verdict};
    let c = course();
    let items = judged(&c.content.afghanistan);
    assert_eq!(
        items.len(),
        6,
        "process, concessions, and two sides each of capacity and desirability"
    );
    let mut l = Lesson::new(&c.model);
    l.apply(
        c,
        Action::Judge {
            key: "no-such-item".into(),
            verdict: Verdict::Holds,
        },
    );
    assert!(l.judgements.is_empty(), "unknown items are refused");
    for j in &items[..5] {
        l.apply(
            c,
            Action::Judge {
                key: j.key(),
                verdict: Verdict::Fails,
            },
        );
    }
    l.apply(c, Action::RevealTransfer);
    assert!(!l.transfer_revealed, "not before every item is judged");
    l.apply(
        c,
        Action::Judge {
            key: items[5].key(),
            verdict: Verdict::Unclear,
        },
    );
    l.apply(
        c,
        Action::Reason {
            condition: "process".into(),
            text: "Kabul was left out.".into(),
        },
    );
    l.apply(
        c,
        Action::Reason {
            condition: "nonsense".into(),
            text: "x".into(),
        },
    );
    assert_eq!(l.reasons.len(), 1);
    l.apply(c, Action::RevealTransfer);
    assert!(l.transfer_revealed);
    assert_eq!(l.focus.id, "transfer-result");
    assert!(
        l.announcement.text.contains("of 6"),
        "{}",
        l.announcement.text
    );
    // Fixed once the reading is shown.
    l.apply(
        c,
        Action::Judge {
            key: items[0].key(),
            verdict: Verdict::Holds,
        },
    );
    l.apply(
        c,
        Action::Reason {
            condition: "process".into(),
            text: "changed".into(),
        },
    );
    assert_eq!(l.judgements.get(&items[0].key()), Some(&Verdict::Fails));
    assert_eq!(
        l.reasons.get("process").map(String::as_str),
        Some("Kabul was left out.")
    );
    // Saved and restored whole.
    l.apply(c, Action::ShareWords(true));
    let back = Lesson::from_saved(c, &l.to_saved());
    assert_eq!(back.judgements, l.judgements);
    assert_eq!(back.reasons, l.reasons);
    assert!(back.transfer_revealed && back.share_words);
    assert!(back.notices.is_empty());
}

#[test]
fn saved_afghanistan_parts_that_do_not_fit_are_dropped_alone() {
    let c = course();
    let saved = "v=2&s=afghanistan&j=process.h,ghost.n,concessions.x&wprocess=ok&wghost=no&ar=1";
    let l = Lesson::from_saved(c, saved);
    assert_eq!(l.screen, Screen::Afghanistan);
    assert_eq!(l.judgements.len(), 1, "process kept; the rest dropped");
    assert_eq!(l.reasons.len(), 1);
    assert!(!l.transfer_revealed, "not revealed with items unjudged");
    assert!(matches!(l.notices.as_slice(), [Notice::SavedPartly(_)]));
}
