//! The class code: it round-trips any student's record, stays short, and refuses damaged
//! codes with a reason; and Class results count a class's codes and write them as CSV.

use proptest::prelude::*;
use ripe_for_peace::class::{cell, students_csv, summarise, summary_csv};
use ripe_for_peace::classcode::{
    decode, encode, find_codes, read_pasted, record, ClassRecord, CodeError, MAX_LEN,
    MAX_LEN_WITH_WORDS,
};
use ripe_for_peace::content::{course, Course};
use ripe_for_peace::state::{Action, Lesson};
use ripe_for_peace::transfer::{judged, Verdict};

fn c() -> &'static Course {
    course()
}

fn slots() -> usize {
    let t = c().content;
    t.debrief.prompts.len() + t.afghanistan.readings.len()
}

fn verdict() -> impl Strategy<Value = Option<Verdict>> {
    prop_oneof![
        Just(None),
        Just(Some(Verdict::Holds)),
        Just(Some(Verdict::Fails)),
        Just(Some(Verdict::Unclear)),
    ]
}

/// Any record a student of this lesson could produce.
fn any_record(with_words: bool) -> impl Strategy<Value = ClassRecord> {
    let content = c().content;
    let answers: Vec<BoxedStrategy<Option<(usize, bool)>>> = content
        .questions
        .iter()
        .map(|q| proptest::option::of((0..q.options.len(), any::<bool>())).boxed())
        .collect();
    let words = if with_words {
        proptest::option::of(proptest::collection::vec("\\PC{0,10}", slots())).boxed()
    } else {
        Just(None).boxed()
    };
    (
        proptest::array::uniform3(proptest::array::uniform4(proptest::option::of(
            any::<bool>(),
        ))),
        answers,
        proptest::collection::vec(any::<bool>(), content.challenges.len()),
        proptest::collection::vec(verdict(), judged(&content.afghanistan).len()),
        any::<bool>(),
        words,
    )
        .prop_map(
            |(predictions, answers, challenges, judgements, transfer_revealed, words)| {
                ClassRecord {
                    predictions,
                    answers,
                    challenges,
                    judgements,
                    transfer_revealed,
                    words,
                }
            },
        )
}

proptest! {
    #[test]
    fn a_code_round_trips_and_stays_short(r in any_record(false)) {
        let (code, shortened) = encode(c(), &r);
        prop_assert!(!shortened);
        prop_assert!(code.len() <= MAX_LEN, "{} characters: {code}", code.len());
        prop_assert_eq!(decode(c(), &code), Ok(r.clone()));
        // Typed by hand: lower case, without the dashes, O for 0 and l for 1.
        let typed = code.to_lowercase().replace('-', "").replacen("rp1", "RP1-", 1)
            .replace('0', "o").replace('1', "l").replacen("RPl-", "RP1-", 1);
        prop_assert_eq!(decode(c(), &typed), Ok(r));
    }

    #[test]
    fn a_code_with_words_round_trips(r in any_record(true)) {
        let (code, shortened) = encode(c(), &r);
        prop_assert!(!shortened, "short words need no cutting");
        prop_assert!(code.len() <= MAX_LEN_WITH_WORDS);
        prop_assert_eq!(decode(c(), &code), Ok(r));
    }

    #[test]
    fn any_changed_character_is_caught(r in any_record(false), at in any::<prop::sample::Index>(), by in 1u8..31) {
        let (code, _) = encode(c(), &r);
        let body: Vec<usize> = code.char_indices().skip(4).filter(|(_, ch)| *ch != '-').map(|(i, _)| i).collect();
        let i = body[at.index(body.len())];
        let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let old = alphabet.find(code.as_bytes()[i] as char).unwrap();
        let new = alphabet.as_bytes()[(old + by as usize) % 32] as char;
        let mut damaged = code.clone();
        damaged.replace_range(i..i + 1, &new.to_string());
        prop_assert_ne!(decode(c(), &damaged), Ok(r));
    }
}

fn sample() -> ClassRecord {
    let content = c().content;
    ClassRecord {
        predictions: [
            [Some(true), Some(false), Some(false), None],
            [Some(true); 4],
            [None; 4],
        ],
        answers: content
            .questions
            .iter()
            .enumerate()
            .map(|(i, _)| (i % 3 != 0).then_some((i % 2, i % 4 == 1)))
            .collect(),
        challenges: (0..content.challenges.len()).map(|i| i % 2 == 0).collect(),
        judgements: judged(&content.afghanistan)
            .iter()
            .enumerate()
            .map(|(i, _)| Some(Verdict::ALL[i % 3]))
            .collect(),
        transfer_revealed: true,
        words: None,
    }
}

#[test]
fn damaged_codes_are_refused_with_a_reason() {
    let (code, _) = encode(c(), &sample());
    assert_eq!(decode(c(), &code), Ok(sample()));
    // One character flipped.
    let mut flipped: Vec<char> = code.chars().collect();
    let last = flipped.len() - 3;
    flipped[last] = if flipped[last] == 'A' { 'B' } else { 'A' };
    let flipped: String = flipped.into_iter().collect();
    assert_eq!(decode(c(), &flipped), Err(CodeError::Damaged));
    // Cut short, at every length.
    for n in 4..code.len() {
        let cut = &code[..n];
        assert!(
            matches!(decode(c(), cut), Err(CodeError::Damaged)),
            "cut to {n}: {cut}"
        );
    }
    // A character too many.
    assert_eq!(decode(c(), &format!("{code}Q")), Err(CodeError::Damaged));
    // Another version of the format.
    assert_eq!(
        decode(c(), &code.replacen("RP1", "RP2", 1)),
        Err(CodeError::Version(2))
    );
    // Not a code at all.
    assert_eq!(decode(c(), "hello"), Err(CodeError::NoCode));
    // Letters outside the alphabet (U).
    assert_eq!(
        decode(c(), &code.replacen('-', "-U", 2)),
        Err(CodeError::Damaged)
    );
}

#[test]
fn every_code_of_this_edition_is_the_same_short_length() {
    let (a, _) = encode(c(), &ClassRecord::default());
    let (b, _) = encode(c(), &sample());
    assert_eq!(a.len(), b.len());
    assert!(a.len() <= MAX_LEN);
    assert!(a.starts_with("RP1-"));
}

#[test]
fn long_reflections_are_shortened_to_fit_and_say_so() {
    let mut r = sample();
    r.words = Some(
        (0..slots())
            .map(|i| format!("{i} Переговоры и уступки. ").repeat(60))
            .collect(),
    );
    let (code, shortened) = encode(c(), &r);
    assert!(shortened);
    assert!(code.len() <= MAX_LEN_WITH_WORDS, "{}", code.len());
    let back = decode(c(), &code).expect("a sound code");
    let words = back.words.expect("words kept");
    assert_eq!(words.len(), slots());
    assert!(
        words
            .iter()
            .all(|w| w.ends_with('…') && w.chars().count() > 10),
        "{words:?}"
    );
    // Everything but the words is intact.
    assert_eq!(back.judgements, r.judgements);
}

#[test]
fn a_students_lesson_becomes_their_record() {
    let course = c();
    let mut l = Lesson::new(&course.model);
    l.apply(
        course,
        Action::Guess {
            phase: 2,
            condition: "process".into(),
            holds: true,
        },
    );
    // Not revealed: the prediction is not in the code.
    assert_eq!(record(course, &l, false).predictions[1][0], None);
    l.apply(course, Action::Reveal(2));
    assert_eq!(record(course, &l, false).predictions[1][0], Some(true));
    let key = judged(&course.content.afghanistan)[0].key();
    l.apply(
        course,
        Action::Judge {
            key,
            verdict: Verdict::Unclear,
        },
    );
    l.apply(
        course,
        Action::Reflect {
            prompt: 0,
            text: "My own words".into(),
        },
    );
    let without = record(course, &l, false);
    assert_eq!(without.judgements[0], Some(Verdict::Unclear));
    assert_eq!(
        without.words, None,
        "no words unless the student ticks the box"
    );
    let with = record(course, &l, true);
    assert_eq!(with.words.as_ref().unwrap()[0], "My own words");
    let (code, _) = encode(course, &with);
    assert_eq!(decode(course, &code), Ok(with));
}

#[test]
fn pasted_text_finds_codes_among_names_and_names_bad_lines() {
    let (code, _) = encode(c(), &sample());
    assert_eq!(
        find_codes(&format!("Alice Smith, {code}, submitted 3 Dec")),
        vec![code.as_str()]
    );
    assert_eq!(find_codes("GRP1-ABC is not a code"), Vec::<&str>::new());
    let text = format!(
        "Name,Code\n\nAlice\t{code}\nBob: {}\n{}\nCarol {code}",
        &code[..code.len() - 2],
        code.to_lowercase()
    );
    let p = read_pasted(c(), &text);
    assert_eq!(
        p.records.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        vec![3, 5, 6]
    );
    assert_eq!(p.bad, vec![(4, CodeError::Damaged)]);
    assert_eq!(p.no_code, vec![1]);
}

#[test]
fn a_class_is_counted_and_the_csv_matches_the_counts() {
    let course = c();
    let mut records = vec![sample(); 3];
    records[1].predictions[0][0] = Some(false);
    records[2] = ClassRecord::default();
    let s = summarise(course, &records);
    assert_eq!(s.students, 3);
    let p = s.predictions[0][0];
    assert_eq!((p.held, p.not_held, p.none), (1, 1, 1));
    assert_eq!(s.transfer_revealed, 2);
    let first = &s.questions[1];
    assert_eq!(first.answered, 2);
    let csv = summary_csv(course, &s);
    let process = course.content.condition_name("process");
    assert!(
        csv.starts_with("Section,Phase,Item,Choice,Students,Of,"),
        "{csv}"
    );
    assert!(
        csv.contains(&format!("Predictions,1,{},✓ holds,1,3,", cell(process))),
        "{csv}"
    );
    // Every count of the judgement table is a row.
    for (j, k) in judged(&course.content.afghanistan)
        .iter()
        .zip(&s.judgements)
    {
        let name = ripe_for_peace::class::judged_name(course, j);
        assert!(
            csv.contains(&format!("{},Holds,{},3", cell(&name), k.holds)),
            "{name}"
        );
    }
    let pasted = read_pasted(
        course,
        &records
            .iter()
            .map(|r| encode(course, r).0)
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let per_student = students_csv(course, &pasted);
    assert_eq!(
        per_student.lines().count(),
        4,
        "a header and a row per code"
    );
}

#[test]
fn csv_cells_never_run_as_formulas() {
    assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(cell("+1"), "'+1");
    assert_eq!(cell("-2"), "'-2");
    assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(cell("a, b"), "\"a, b\"");
    assert_eq!(cell("plain"), "plain");
}
