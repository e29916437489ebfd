//! The lesson content: it loads, every id it references exists, and every citation
//! points inside its source text (and contains its quoted phrase).

use ripe_for_peace::content::{course as the_course, Cite, Content, Course, Para, Txt, TABLES};
use ripe_for_peace::model::CONDITIONS;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

fn course() -> &'static Course {
    the_course()
}

/// Collapses whitespace and maps typographic hyphens and quotes to ASCII, so a quote
/// matches the source text across its line breaks.
fn normalise(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{00AD}' => '-',
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            c => c,
        })
        .collect();
    mapped
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn source_lines(c: &Content) -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/sources");
    c.sources
        .iter()
        .map(|s| {
            let text = std::fs::read_to_string(dir.join(s.file))
                .unwrap_or_else(|e| panic!("source {} ({}): {e}", s.id, s.file));
            (s.id.to_string(), text.lines().map(str::to_string).collect())
        })
        .collect()
}

fn check_cite(label: &str, cite: &Cite, sources: &BTreeMap<String, Vec<String>>) -> Option<String> {
    check(
        label,
        cite.src,
        cite.lines,
        cite.quote.map(|q| q.get()),
        sources,
    )
}

fn check(
    label: &str,
    src: &str,
    [a, b]: [u32; 2],
    quote: Option<&str>,
    sources: &BTreeMap<String, Vec<String>>,
) -> Option<String> {
    let Some(lines) = sources.get(src) else {
        return Some(format!("{label}: unknown source {src}"));
    };
    if a == 0 || a > b || b as usize > lines.len() {
        return Some(format!(
            "{label}: lines {a}–{b} are outside {src} (1–{})",
            lines.len()
        ));
    }
    if b - a > 80 {
        return Some(format!(
            "{label}: lines {a}–{b} is too wide to be a citation"
        ));
    }
    if let Some(q) = quote {
        let passage = normalise(&lines[a as usize - 1..b as usize].join(" "));
        if !passage.contains(&normalise(q)) {
            return Some(format!(
                "{label}: quote “{q}” is not in {src} lines {a}–{b}"
            ));
        }
    }
    None
}

#[test]
fn content_loads_and_the_model_checks() {
    let c = course();
    assert_eq!(c.content.title.get(), "Ripe for Peace");
    assert!(!c.content.question.get().is_empty());
}

#[test]
fn every_citation_resolves_inside_its_source() {
    let c = course();
    let sources = source_lines(c.content);
    let cites = c.content.all_cites();
    assert!(cites.len() > 150, "only {} citations", cites.len());
    let errors: Vec<String> = cites
        .iter()
        .filter_map(|(l, ci)| check_cite(l, ci, &sources))
        .collect();
    assert!(
        errors.is_empty(),
        "{} bad citations:\n{}",
        errors.len(),
        errors.join("\n")
    );
    let quoted = cites.iter().filter(|(_, c)| c.quote.is_some()).count();
    assert!(
        quoted * 2 > cites.len(),
        "most citations should carry a checked quote"
    );
}

/// Why a paragraph fails the "cited or framing" rule, if it does.
fn para_problem(label: &str, p: &Para) -> Option<String> {
    match (p.cite.is_empty(), p.framing) {
        (true, false) => Some(format!(
            "{label}: no citation and not marked as framing: {}",
            p.text
        )),
        (false, true) => Some(format!(
            "{label}: marked as framing but cites sources: {}",
            p.text
        )),
        _ if p.text.get().trim().is_empty() => Some(format!("{label}: empty text")),
        _ => None,
    }
}

/// Every field holding a factual statement has a citation or is explicitly marked as the
/// lesson's framing: paragraphs carry `cite` or `framing = true` (not both), and every
/// other cited item (events, levels, questions, terms, views, role cards, challenges)
/// has at least one citation. Framing stays the exception.
#[test]
fn every_paragraph_is_cited_or_marked_as_framing() {
    let c = course().content;
    let paras = c.all_paras();
    let mut errors: Vec<String> = paras
        .iter()
        .filter_map(|(l, p)| para_problem(l, p))
        .collect();
    let mut need = |label: String, cites: &[Cite]| {
        if cites.is_empty() {
            errors.push(format!("{label}: no citation"));
        }
    };
    for e in c.phases.iter().flat_map(|p| p.events).chain(c.timeline) {
        need(format!("event {}", e.title), e.cite);
    }
    for f in c.model.factors {
        for l in f.levels {
            need(format!("factor {} level {}", f.id, l.label), l.cite);
        }
    }
    for q in c.questions {
        need(format!("question {}", q.id), q.cite);
    }
    for v in c.perspectives.debates.iter().flat_map(|d| d.views) {
        need(format!("debate view {}", v.src), v.cite);
    }
    for t in c.glossary {
        need(format!("glossary {}", t.term), t.cite);
    }
    for r in c.guide.roles {
        need(format!("role {}", r.actor), r.cite);
    }
    for ch in c.challenges {
        need(format!("challenge {}", ch.id), ch.cite);
    }
    assert!(
        errors.is_empty(),
        "{} uncited statements:\n{}",
        errors.len(),
        errors.join("\n")
    );
    let framing = paras.iter().filter(|(_, p)| p.framing).count();
    assert!(
        framing * 4 < paras.len(),
        "{framing} of {} paragraphs are marked as framing: framing must stay the exception",
        paras.len()
    );
    // The check itself catches an uncited paragraph and a cited "framing" one.
    let text = c.question;
    let bare = Para {
        text,
        cite: &[],
        framing: false,
    };
    assert!(para_problem("test", &bare).is_some());
    const CITE: [Cite; 1] = [Cite {
        src: "000",
        lines: [1, 2],
        quote: None,
    }];
    let both = Para {
        framing: true,
        cite: &CITE,
        ..bare
    };
    assert!(para_problem("test", &both).is_some());
    assert!(para_problem(
        "test",
        &Para {
            framing: true,
            ..bare
        }
    )
    .is_none());
    let _: Txt = text;
}

#[test]
fn the_citation_check_catches_bad_citations() {
    let c = course();
    let sources = source_lines(c.content);
    let bad = [
        ("009", [1, 2], None),
        ("000", [20, 10], None),
        ("000", [1, 99_999], None),
        ("000", [667, 673], Some("the least important")),
    ];
    for (src, lines, quote) in bad {
        assert!(
            check("test", src, lines, quote, &sources).is_some(),
            "{src} {lines:?} {quote:?} passed"
        );
    }
    let good = ("000", [667, 673], Some("proved to be the most important"));
    assert_eq!(check("test", good.0, good.1, good.2, &sources), None);
}

#[test]
fn sources_are_the_five_documents() {
    let c = course().content;
    let ids: Vec<&str> = c.sources.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["000", "001", "002", "003", "004"]);
    for s in c.sources {
        assert!(s.file.starts_with(s.id), "{} file {}", s.id, s.file);
    }
}

#[test]
fn conditions_tiers_phases_and_regions_are_complete() {
    let c = course().content;
    let cond: Vec<&str> = c.conditions.iter().map(|x| x.id).collect();
    assert_eq!(cond, CONDITIONS);
    let tiers: Vec<&str> = c.tiers.iter().map(|x| x.id).collect();
    assert_eq!(tiers, ["domestic", "adversaries", "international"]);
    let phases: Vec<(u8, &str)> = c.phases.iter().map(|p| (p.id, p.span.get())).collect();
    assert_eq!(
        phases,
        [
            (1, "April 1994 – August 1995"),
            (2, "August 1995 – December 1996"),
            (3, "December 1996 – June 1997"),
        ]
    );
    for p in c.phases {
        assert!(p.narrative.len() >= 2, "phase {} narrative", p.id);
        assert!(!p.analysis.is_empty(), "phase {} analysis", p.id);
        assert!(p.events.len() >= 4, "phase {} events", p.id);
        assert!(
            p.events.iter().all(|e| e.phase == p.id),
            "phase {} has another phase's event",
            p.id
        );
    }
    let mut regions: Vec<&str> = c.intro.regions.iter().map(|r| r.id).collect();
    regions.sort();
    assert_eq!(
        regions,
        [
            "dushanbe",
            "garm",
            "gorno-badakhshan",
            "kulyab",
            "leninabad",
            "tavildara"
        ]
    );
    for r in c.intro.regions {
        assert!(
            ["government", "opposition", "contested", "other"].contains(&r.side),
            "{}",
            r.id
        );
    }
    let sides: Vec<&str> = c.intro.sides.iter().map(|s| s.id).collect();
    assert_eq!(sides, ["government", "opposition"]);
}

/// The introduction explains the four conditions before any phase; if it said when they
/// held, the phase screens' "predict first" would be answered in advance.
#[test]
fn the_introduction_explains_conditions_without_giving_the_answers_away() {
    let c = course().content;
    let giveaway = |t: &str| -> Option<String> {
        let lower = t.to_lowercase();
        let year = lower
            .split(|ch: char| !ch.is_ascii_digit())
            .find(|w| w.len() == 4 && w.starts_with("19"));
        let word = [" held", " absent", " was met", "neither", "tajikistan"]
            .into_iter()
            .find(|w| lower.contains(w));
        year.map(str::to_string).or(word.map(str::to_string))
    };
    for k in c.conditions {
        assert_eq!(
            giveaway(k.explain.text.get()),
            None,
            "condition {} explain",
            k.id
        );
        assert!(
            !k.history.text.get().is_empty() && !k.history.cite.is_empty(),
            "condition {} history",
            k.id
        );
    }
    // The check itself catches a giveaway.
    assert!(giveaway("In Tajikistan this held from 1994.").is_some());
}

#[test]
fn questions_have_one_right_answer_and_feedback_for_every_option() {
    let c = course().content;
    let mut ids = HashSet::new();
    for q in c.questions {
        assert!(ids.insert(q.id), "question id {} twice", q.id);
        assert!((1..=3).contains(&q.phase), "{}", q.id);
        assert!(
            (3..=5).contains(&q.options.len()),
            "{}: {} options",
            q.id,
            q.options.len()
        );
        assert_eq!(
            q.options.iter().filter(|o| o.correct).count(),
            1,
            "{}: exactly one right answer",
            q.id
        );
        assert!(
            q.options.iter().all(|o| o.feedback.get().len() > 20),
            "{}: feedback for every option",
            q.id
        );
        assert!(!q.cite.is_empty(), "{}: cited", q.id);
    }
    for phase in 1..=3 {
        let n = c.questions.iter().filter(|q| q.phase == phase).count();
        assert!((3..=4).contains(&n), "phase {phase} has {n} questions");
    }
}

/// How many questions have their right option as the longest (a tie counts as longest),
/// given each question's options as (characters of `text`, correct).
fn right_is_longest(questions: &[Vec<(usize, bool)>]) -> usize {
    questions
        .iter()
        .filter(|opts| {
            let longest = opts.iter().map(|&(n, _)| n).max().unwrap_or(0);
            opts.iter().any(|&(n, correct)| correct && n == longest)
        })
        .count()
}

/// A student who always picks the longest option must not do well: the right option is
/// the longest in at most a third of the questions.
#[test]
fn right_answers_are_not_given_away_by_length() {
    let c = course().content;
    let questions: Vec<Vec<(usize, bool)>> = c
        .questions
        .iter()
        .map(|q| {
            q.options
                .iter()
                .map(|o| (o.text.get().chars().count(), o.correct))
                .collect()
        })
        .collect();
    let longest = right_is_longest(&questions);
    let which: Vec<&str> = c
        .questions
        .iter()
        .zip(&questions)
        .filter(|(_, opts)| right_is_longest(std::slice::from_ref(opts)) == 1)
        .map(|(q, _)| q.id)
        .collect();
    assert!(
        longest * 3 <= questions.len(),
        "the right option is the longest in {longest} of {} questions (at most a third allowed): {}",
        questions.len(),
        which.join(", ")
    );
    // The count itself: a tie counts as longest; a shorter right option does not.
    let tie = vec![(90, true), (90, false), (80, false)];
    let shorter = vec![(85, true), (90, false), (80, false)];
    assert_eq!(right_is_longest(&[tie.clone(), shorter.clone()]), 1);
    assert_eq!(right_is_longest(&[tie.clone(), tie, shorter]), 2);
}

#[test]
fn perspectives_glossary_timeline_and_debrief_are_consistent() {
    let c = course().content;
    let known: HashSet<&str> = c.sources.iter().map(|s| s.id).collect();
    let authors: Vec<&str> = c.perspectives.authors.iter().map(|a| a.src).collect();
    for a in ["000", "001", "002", "003"] {
        assert!(authors.contains(&a), "perspective of {a} missing");
    }
    for d in c.perspectives.debates {
        assert!(d.views.iter().all(|v| known.contains(v.src)), "{}", d.topic);
    }
    let terms: Vec<String> = c
        .glossary
        .iter()
        .map(|t| t.term.get().to_lowercase())
        .collect();
    let mut sorted = terms.clone();
    sorted.sort();
    assert_eq!(terms, sorted, "glossary in alphabetical order");
    for needed in [
        "uto",
        "irp",
        "cnr",
        "unmot",
        "osce",
        "cis",
        "itd",
        "garm",
        "gorno-badakhshan",
        "karategin",
    ] {
        assert!(
            terms
                .iter()
                .any(|t| t == needed || t.starts_with(&format!("{needed} "))),
            "glossary lacks {needed}"
        );
    }
    let sorts: Vec<&str> = c.timeline.iter().map(|e| e.sort).collect();
    let mut s2 = sorts.clone();
    s2.sort();
    assert_eq!(sorts, s2, "timeline sorted by date");
    assert!(c.timeline.iter().all(|e| e.phase <= 4));
    assert!(c.timeline.iter().any(|e| e.sort.starts_with("1991")));
    assert!(
        c.timeline.iter().any(|e| e.sort.starts_with("1999")),
        "post-war milestones"
    );
    assert_eq!(c.debrief.criteria.len(), 3, "McAuliffe's three criteria");
    assert!(c.debrief.prompts.len() >= 4);
}

#[test]
fn challenges_refer_to_real_factors_and_conditions() {
    let c = course();
    for ch in c.content.challenges {
        assert!(c.model.preset(ch.phase).is_some(), "{}", ch.id);
        for s in ch.goal.set {
            let i = c
                .model
                .factor_index(s.factor)
                .unwrap_or_else(|| panic!("{}: {}", ch.id, s.factor));
            assert!(usize::from(s.level) < c.model.factors[i].levels);
        }
        let a = c.model.assess(c.model.preset(ch.phase).unwrap());
        for k in ch.goal.holds.iter().chain(ch.goal.fails) {
            assert!(a.holds(k).is_some(), "{}: unknown condition {k}", ch.id);
        }
    }
}

#[test]
fn text_is_plain_and_names_are_spelled_one_way() {
    let c = course().content;
    // Every string of the English table: the lesson's texts, then the interface's words.
    let all: Vec<&str> = TABLES[0].0.iter().chain(TABLES[0].1).copied().collect();
    assert!(all.len() > 1000, "only {} strings", all.len());
    for s in &all {
        assert!(!regex_like_tag(s), "looks like markup: {s}");
    }
    // Variants are allowed only in the glossary and in citations' quotes (the source's
    // own English).
    let quotes: HashSet<&str> = c
        .all_cites()
        .iter()
        .filter_map(|(_, ci)| ci.quote.map(|q| q.get()))
        .collect();
    let glossary: HashSet<&str> = c
        .glossary
        .iter()
        .flat_map(|t| std::iter::once(t.term.get()).chain(t.variants.iter().map(|v| v.get())))
        .chain(c.glossary.iter().map(|t| t.definition.get()))
        .collect();
    for s in all
        .iter()
        .filter(|s| !glossary.contains(**s) && !quotes.contains(**s))
    {
        // Rahmon Nabiyev, the president ousted in 1992, is a different man.
        let s = &s.replace("Rahmon Nabiyev", "Nabiyev");
        for variant in [
            "Rahmon ",
            "Rahmon.",
            "Rahmon,",
            "Rahmonov",
            "Kulob",
            "Ashkabad",
            "Kreisberg",
        ] {
            assert!(
                !s.contains(variant) || s.contains('“') || s.contains('"'),
                "uses the variant {variant:?}: {s}"
            );
        }
    }
}

fn regex_like_tag(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/'))
}

#[test]
fn afghanistan_cards_quote_their_cited_lines_of_mullojanov() {
    let c = course().content;
    let t = &c.afghanistan;
    let sources = source_lines(c);
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    assert!(t.cards.len() >= 8, "enough evidence to weigh");
    for k in t.cards {
        let label = format!("afghanistan.cards.{}", k.id);
        if !ids.insert(k.id) {
            problems.push(format!("{label}: id used twice"));
        }
        if k.cite.is_empty() {
            problems.push(format!("{label}: no citation"));
        }
        // The screen draws on one source: Mullojanov (002).
        for cite in k.cite {
            if cite.src != "002" {
                problems.push(format!("{label}: cites {}, not 002", cite.src));
            }
        }
        // The card's quoted phrase is in one of its cited passages.
        let found = k
            .cite
            .iter()
            .any(|cite| check(&label, "002", cite.lines, Some(k.quote.get()), &sources).is_none());
        if !found {
            problems.push(format!(
                "{label}: quote “{}” is in none of its cited lines",
                k.quote.get()
            ));
        }
        if k.bears_on.is_empty() || k.bears_on.iter().any(|b| !CONDITIONS.contains(b)) {
            problems.push(format!(
                "{label}: bears_on {:?} names no known condition",
                k.bears_on
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The check itself fails for a phrase that is not there.
    assert!(check(
        "x",
        "002",
        [142, 142],
        Some("the Taliban signed in Moscow"),
        &sources
    )
    .is_some());
}

#[test]
fn afghanistan_readings_cover_each_condition_once_with_consistent_sides() {
    use ripe_for_peace::transfer::{combine, Verdict};
    let t = &course().content.afghanistan;
    let conditions: Vec<&str> = t.readings.iter().map(|r| r.condition).collect();
    assert_eq!(
        conditions, CONDITIONS,
        "one reading per condition, in the lesson's order"
    );
    let parties: Vec<&str> = t.parties.iter().map(|p| p.id).collect();
    for r in t.readings {
        let v = Verdict::from_slug(r.verdict);
        assert!(v.is_some(), "{}: verdict {:?}", r.condition, r.verdict);
        // Two-sided exactly where the lesson's model is.
        let two_sided = matches!(r.condition, "capacity" | "desirability");
        assert_eq!(!r.sides.is_empty(), two_sided, "{}: sides", r.condition);
        if two_sided {
            let sides: Vec<Option<Verdict>> = r
                .sides
                .iter()
                .map(|s| Verdict::from_slug(s.verdict))
                .collect();
            assert_eq!(
                combine(&sides),
                v,
                "{}: the sides' verdicts give the condition's",
                r.condition
            );
            for s in r.sides {
                assert!(
                    parties.contains(&s.party),
                    "{}: party {}",
                    r.condition,
                    s.party
                );
            }
        }
        // Every condition has evidence to judge it by.
        assert!(
            t.cards.iter().any(|k| k.bears_on.contains(&r.condition)),
            "{}: no card bears on it",
            r.condition
        );
    }
    assert!(
        t.comparison.len() >= 5,
        "the side-by-side table has its rows"
    );
    assert!(!t.limits.is_empty(), "the screen says what it cannot do");
}
