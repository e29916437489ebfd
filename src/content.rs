//! The lesson's content: every text, factor, preset, citation and quiz item, and the
//! interface's words.
//!
//! Authors edit `content/<lang>/*.toml`. `build.rs` compiles the English files into the
//! statics below (`CONTENT`), in which every translatable string is a [`Txt`]: an index
//! into the active language's string table. The browser loads one table (one language)
//! at start-up, so the binary carries no words and no parser; native builds embed every
//! table, for the tests. The interface's words are functions of [`msg`].
//! This module is plain Rust: no browser dependency, tested natively.

use crate::model;
use std::cell::Cell;
use std::fmt;
use std::sync::OnceLock;

/// A translatable string: an index into the active language's table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Txt(pub u16);

impl Txt {
    pub fn get(self) -> &'static str {
        text(usize::from(self.0))
    }
}

impl fmt::Display for Txt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

type Text = Txt;
type Quote = Txt;
type Id = &'static str;
type List<T> = &'static [T];

macro_rules! schema {
    ($( pub struct $name:ident { $( $(#[$fa:meta])* $field:ident : $ty:ty ),* $(,)? } )*) => {
        $(
            #[derive(Debug, Clone, Copy, PartialEq)]
            pub struct $name { $( pub $field: $ty ),* }
        )*
    };
}

include!("schema.rs");

/// A language the lesson is built in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LangInfo {
    /// "en", "ru", "tg": the `lang=` value and the table's file name.
    pub code: &'static str,
    /// The language's name in itself ("Русский"), for the language switch.
    pub name: &'static str,
    /// BCP 47 tag for `<html lang>` and dates.
    pub tag: &'static str,
    /// How many strings its tables have: a table of another length belongs to another
    /// build. `later_len` counts the words of the screens reached later (see build.rs).
    pub len: usize,
    pub later_len: usize,
}

/// Indices of the later words carry this bit (build.rs).
const LATER_BIT: usize = 0x8000;

include!(concat!(env!("OUT_DIR"), "/content_gen.rs"));

// ───────────────────────────── The active language ─────────────────────────────

type Table = &'static [&'static str];

thread_local! {
    static TABLE: Cell<Table> = Cell::new(default_tables().0);
    static LATER: Cell<Table> = Cell::new(default_tables().1);
    static LANG: Cell<usize> = const { Cell::new(0) };
}

#[cfg(not(target_arch = "wasm32"))]
fn default_tables() -> (Table, Table) {
    TABLES[0]
}

#[cfg(target_arch = "wasm32")]
fn default_tables() -> (Table, Table) {
    (&[], &[])
}

/// The string at `i` of the active tables ("" if its table is not loaded yet).
fn text(i: usize) -> &'static str {
    if i & LATER_BIT != 0 {
        LATER.with(|t| t.get().get(i & !LATER_BIT).copied().unwrap_or(""))
    } else {
        TABLE.with(|t| t.get().get(i).copied().unwrap_or(""))
    }
}

/// Whether the active language's later words (Debrief, Sources, My work, the guide)
/// have arrived.
pub fn later_loaded() -> bool {
    LATER.with(|t| t.get().len()) == lang().later_len
}

/// The index in [`LANGS`] of a language code.
pub fn lang_index(code: &str) -> Option<usize> {
    LANGS.iter().position(|l| l.code == code)
}

/// The active language.
pub fn lang() -> &'static LangInfo {
    &LANGS[LANG.with(Cell::get)]
}

/// Keeps a loaded table for the rest of the page's life.
fn leak(table: Vec<String>) -> Table {
    let strs: Vec<&'static str> = table
        .into_iter()
        .map(|s| &*Box::leak(s.into_boxed_str()))
        .collect();
    Box::leak(strs.into_boxed_slice())
}

/// Makes a loaded table the active language (its later words follow with `set_later`).
/// Refuses a table of the wrong length (one left over from another build), so the words
/// always match the structure.
pub fn set_table(lang: usize, table: Vec<String>) -> Result<(), String> {
    let info = LANGS.get(lang).ok_or("no such language")?; // not shown: the console's
    if table.len() != info.len {
        let (code, got, want) = (info.code, table.len(), info.len);
        return Err(format!("{code}: {got} strings, {want} expected")); // not shown: the console's
    }
    TABLE.with(|t| t.set(leak(table)));
    LATER.with(|t| t.set(&[]));
    LANG.with(|l| l.set(lang));
    Ok(())
}

/// Adds the active language's later words.
pub fn set_later(lang: usize, table: Vec<String>) -> Result<(), String> {
    let info = LANGS.get(lang).ok_or("no such language")?; // not shown: the console's
    if lang != LANG.with(Cell::get) || table.len() != info.later_len {
        return Err(format!("{}: later words do not fit", info.code)); // not shown: the console's
    }
    LATER.with(|t| t.set(leak(table)));
    Ok(())
}

/// Natively every table is built in: switches the language (tests, tools).
#[cfg(not(target_arch = "wasm32"))]
pub fn use_lang(code: &str) -> Result<(), String> {
    let i = lang_index(code).ok_or_else(|| format!("{code}?"))?;
    TABLE.with(|t| t.set(TABLES[i].0));
    LATER.with(|t| t.set(TABLES[i].1));
    LANG.with(|l| l.set(i));
    Ok(())
}

/// Fills `{ $name }` placeholders; an unknown placeholder is left as written.
pub fn fill(template: &str, args: &[(&str, &dyn fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let Some(end) = after.find('}') else { break };
        let name = after[1..end].trim().trim_start_matches('$');
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => {
                use fmt::Write;
                let _ = write!(out, "{v}");
            }
            None => out.push_str(&after[..=end]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The CLDR plural category of an integer in a language: 0 one, 1 few, 2 many, 3 other.
pub fn plural_category(code: &str, n: i64) -> usize {
    let n = n.unsigned_abs();
    match code {
        "ru" => match (n % 10, n % 100) {
            (1, r) if r != 11 => 0,
            (2..=4, r) if !(12..=14).contains(&r) => 1,
            _ => 2,
        },
        "en" if n == 1 => 0,
        // Tajik (no CLDR rules; a noun stays singular after a number) and the rest.
        _ => 3,
    }
}

/// The form of a plural message (four slots from `slot`) for `n` in the active language,
/// falling back to "other", then "many".
fn plural(slot: usize, n: i64) -> &'static str {
    let cat = plural_category(lang().code, n);
    [cat, 3, 2]
        .into_iter()
        .map(|c| text(slot + c))
        .find(|s| !s.is_empty())
        .unwrap_or("")
}

// ───────────────────────────── The course ─────────────────────────────

/// The content together with the model checked from it: what every screen needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    pub content: &'static Content,
    pub model: model::Model,
}

static COURSE: OnceLock<Course> = OnceLock::new();

/// The lesson's content and model. The model is checked by the native tests, so a
/// failure here is a broken build, not bad input.
pub fn course() -> &'static Course {
    COURSE.get_or_init(|| Course::load().unwrap_or_else(|e| panic!("lesson model: {e}")))
}

impl Course {
    pub fn load() -> Result<Course, String> {
        let model = model::Model::new(&model_spec()).map_err(|e| e.join("; "))?;
        Ok(Course {
            content: &CONTENT,
            model,
        })
    }
}

/// The model's numbers, read from the content.
pub fn model_spec() -> model::ModelSpec {
    let m = &CONTENT.model;
    model::ModelSpec {
        factors: m
            .factors
            .iter()
            .map(|f| model::Factor {
                id: f.id.into(),
                tier: f.tier.into(),
                levels: f.levels.len(),
                external_pressure: f.external_pressure,
            })
            .collect(),
        rules: m
            .rules
            .iter()
            .map(|r| model::Rule {
                condition: r.condition.into(),
                side: r.side.into(),
                // An unknown kind is caught by the native tests; a band needs both bounds.
                kind: model::RuleKind::from_id(r.kind).unwrap_or(model::RuleKind::Threshold),
                base: r.base,
                threshold: r.threshold,
                weak: r.weak,
                strong: r.strong,
                contributions: r
                    .contributions
                    .iter()
                    .map(|c| model::Contribution {
                        factor: c.factor.into(),
                        points: c.points.to_vec(),
                    })
                    .collect(),
            })
            .collect(),
        presets: m
            .presets
            .iter()
            .map(|p| model::Preset {
                phase: p.phase,
                levels: p
                    .levels
                    .iter()
                    .map(|l| (l.factor.into(), l.level))
                    .collect(),
            })
            .collect(),
    }
}

impl Challenge {
    /// The goal as the model checks it.
    pub fn goal(&self) -> model::Goal {
        let g = &self.goal;
        model::Goal {
            ripe: g.ripe,
            holds: g.holds.iter().map(|s| s.to_string()).collect(),
            fails: g.fails.iter().map(|s| s.to_string()).collect(),
            set: g.set.iter().map(|s| (s.factor.into(), s.level)).collect(),
            max_changes: g.max_changes.map(|m| m as usize),
        }
    }
}

impl Content {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn phase(&self, id: u8) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }

    pub fn challenge(&self, id: &str) -> Option<&Challenge> {
        self.challenges.iter().find(|c| c.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// A factor's words, by the model's index.
    pub fn factor(&self, i: usize) -> &Factor {
        &self.model.factors[i]
    }

    /// The words of a factor's level.
    pub fn level(&self, factor: usize, level: u8) -> &Level {
        &self.model.factors[factor].levels[usize::from(level)]
    }

    /// The sentence and citation for one part of a rule (`model::Reason`).
    pub fn reason(&self, rule: usize, contribution: usize) -> &Contribution {
        &self.model.rules[rule].contributions[contribution]
    }

    /// The cited justification of a preset's level for one factor.
    pub fn preset_reason(&self, phase: u8, factor: &str) -> Option<&PresetLevel> {
        self.model
            .presets
            .iter()
            .find(|p| p.phase == phase)?
            .levels
            .iter()
            .find(|l| l.factor == factor)
    }

    /// A condition's name as students see it ("Leaders able to agree"), or its id.
    pub fn condition_name(&self, id: &str) -> &'static str {
        self.conditions
            .iter()
            .find(|c| c.id == id)
            .map_or("", |c| c.name.get())
    }

    /// A tier's name as students see it.
    pub fn tier_name(&self, id: &str) -> &'static str {
        self.tiers
            .iter()
            .find(|t| t.id == id)
            .map_or("", |t| t.name.get())
    }

    /// Every paragraph (`Para`) in the content, with a label saying where it is.
    pub fn all_paras(&'static self) -> Vec<(String, &'static Para)> {
        let mut out: Vec<(String, &'static Para)> = Vec::new();
        let mut add = |label: String, p: &'static Para| out.push((label, p));
        for s in self.sources {
            add(format!("sources.{}.about", s.id), &s.about);
        }
        for p in self.intro.paragraphs {
            add("intro.paragraphs".into(), p);
        }
        for s in self.intro.sides {
            add(format!("intro.sides.{}", s.id), &s.text);
        }
        for r in self.intro.regions {
            add(format!("intro.regions.{}", r.id), &r.text);
        }
        for c in self.conditions {
            add(format!("conditions.{}.explain", c.id), &c.explain);
            add(format!("conditions.{}.history", c.id), &c.history);
        }
        for t in self.tiers {
            add(format!("tiers.{}", t.id), &t.explain);
        }
        for ph in self.phases {
            add(format!("phases.{}.summary", ph.id), &ph.summary);
            for p in ph.narrative {
                add(format!("phases.{}.narrative", ph.id), p);
            }
            for p in ph.analysis {
                add(format!("phases.{}.analysis", ph.id), p);
            }
            add(format!("phases.{}.outcome", ph.id), &ph.outcome);
        }
        for f in self.model.factors {
            add(format!("factors.{}.measures", f.id), &f.measures);
        }
        for r in self.model.rules {
            add(
                format!("rules.{}.{}.summary", r.condition, r.side),
                &r.summary,
            );
        }
        add("perspectives.intro".into(), &self.perspectives.intro);
        for a in self.perspectives.authors {
            for p in a.argument {
                add(format!("perspectives.{}", a.src), p);
            }
        }
        for p in self.perspectives.agreements {
            add("perspectives.agreements".into(), p);
        }
        add("debrief.intro".into(), &self.debrief.intro);
        for (i, c) in self.debrief.criteria.iter().enumerate() {
            add(format!("debrief.criteria.{i}"), &c.text);
        }
        for p in self.debrief.critiques {
            add("debrief.critiques".into(), p);
        }
        for p in self.guide.in_class {
            add("guide.in_class".into(), p);
        }
        for (i, d) in self.guide.discussion.iter().enumerate() {
            add(format!("guide.discussion.{i}"), &d.answer);
        }
        add("guide.role_play".into(), &self.guide.role_play);
        for (i, r) in self.guide.roles.iter().enumerate() {
            add(format!("guide.roles.{i}.brief"), &r.brief);
        }
        for (i, m) in self.guide.misconceptions.iter().enumerate() {
            add(format!("guide.misconceptions.{i}"), &m.correction);
        }
        let t = &self.afghanistan;
        add("afghanistan.intro".into(), &t.intro);
        for p in t.limits {
            add("afghanistan.limits".into(), p);
        }
        for p in t.parties {
            add(format!("afghanistan.parties.{}", p.id), &p.text);
        }
        for r in t.readings {
            add(format!("afghanistan.readings.{}", r.condition), &r.text);
        }
        for (i, r) in t.comparison.iter().enumerate() {
            add(
                format!("afghanistan.comparison.{i}.tajikistan"),
                &r.tajikistan,
            );
            add(
                format!("afghanistan.comparison.{i}.afghanistan"),
                &r.afghanistan,
            );
        }
        out
    }

    /// Every citation in the content, with a label saying where it is used.
    pub fn all_cites(&'static self) -> Vec<(String, &'static Cite)> {
        // Collected as (label, cite) pairs so a failing test names the place.
        let mut out: Vec<(String, &'static Cite)> = Vec::new();
        let mut add = |label: String, cites: &'static [Cite]| {
            out.extend(cites.iter().map(|c| (label.clone(), c)));
        };
        for (label, p) in self.all_paras() {
            add(label, p.cite);
        }
        for ph in self.phases {
            for e in ph.events {
                add(format!("phases.{}.events.{}", ph.id, e.sort), e.cite);
            }
        }
        for f in self.model.factors {
            for (i, l) in f.levels.iter().enumerate() {
                add(format!("factors.{}.levels.{i}", f.id), l.cite);
            }
        }
        for r in self.model.rules {
            for c in r.contributions {
                let label = format!("rules.{}.{}.{}", r.condition, r.side, c.factor);
                add(label, std::slice::from_ref(&c.cite));
            }
        }
        for p in self.model.presets {
            for j in p.levels {
                let label = format!("presets.{}.{}", p.phase, j.factor);
                add(label, std::slice::from_ref(&j.cite));
            }
        }
        for q in self.questions {
            add(format!("questions.{}", q.id), q.cite);
        }
        for (i, d) in self.perspectives.debates.iter().enumerate() {
            for v in d.views {
                add(format!("perspectives.debates.{i}.{}", v.src), v.cite);
            }
        }
        for t in self.glossary {
            add(format!("glossary.{}", t.anchor), t.cite);
        }
        for e in self.timeline {
            add(format!("timeline.{}", e.sort), e.cite);
        }
        for (i, r) in self.guide.roles.iter().enumerate() {
            add(format!("guide.roles.{i}"), r.cite);
        }
        for c in self.challenges {
            add(format!("challenges.{}", c.id), c.cite);
        }
        for c in self.afghanistan.cards {
            add(format!("afghanistan.cards.{}", c.id), c.cite);
        }
        out
    }
}
