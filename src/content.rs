//! The lesson's content: every text, factor, preset, citation and quiz item.
//!
//! Authors edit the TOML files in `content/`. `build.rs` merges them into one JSON
//! document at build time (a TOML syntax error fails the build), and `Content::load`
//! parses it with serde. Unknown fields are rejected so that a typo in a key is caught.
//! This module is plain Rust: no browser dependency, tested natively.

use serde::Deserialize;

/// The merged content, embedded in the binary at build time.
pub const CONTENT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

/// A reference into one of the five source texts (`docs/sources/<file>`).
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Cite {
    /// Source id: "000" … "004".
    pub src: String,
    /// First and last line (1-based, inclusive) of the passage in the source file.
    pub lines: [u32; 2],
    /// Optional short phrase that must appear within those lines (checked by a test).
    #[serde(default)]
    pub quote: Option<String>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub file: String,
    /// Short name used in running text, e.g. "McAuliffe".
    pub short: String,
    pub author: String,
    pub title: String,
    pub publication: String,
    pub year: String,
    /// What the source offers and how far to trust it, for students.
    pub about: Para,
}

/// A paragraph of lesson text with its citations.
///
/// A paragraph states facts and carries at least one citation, or it is the lesson's own
/// framing (instructions, questions to the student, the lesson's or the model's reading,
/// labelled as such) and says so with `framing = true` instead (checked by a test).
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Para {
    pub text: String,
    #[serde(default)]
    pub cite: Vec<Cite>,
    /// The lesson's own framing, not a statement of fact: needs no citation.
    #[serde(default)]
    pub framing: bool,
}

/// A dated event (phase narratives and the timeline).
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Date as shown to students, e.g. "10–11 December 1996".
    pub date: String,
    /// Sortable ISO-like date: "1996", "1996-12" or "1996-12-10".
    pub sort: String,
    #[serde(default)]
    pub place: Option<String>,
    /// Short headline, e.g. "Rakhmonov meets Nuri at Khos Deh".
    pub title: String,
    pub text: String,
    /// 0 = before the talks, 1–3 = negotiation phase, 4 = after the agreement.
    pub phase: u8,
    pub cite: Vec<Cite>,
    /// Where the sources disagree about this event, said plainly.
    #[serde(default)]
    pub disputed: Option<String>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub id: u8,
    pub title: String,
    /// e.g. "April 1994 – August 1995".
    pub span: String,
    /// One or two sentences for the phase card.
    pub summary: Para,
    /// What happened: the evidence a student predicts from.
    pub narrative: Vec<Para>,
    /// The sources' explanation of the phase, shown once the student has predicted
    /// (it names the conditions that held, so it would answer the prediction).
    pub analysis: Vec<Para>,
    pub events: Vec<Event>,
    /// What the verdict meant historically in this phase.
    pub outcome: Para,
}

/// One side of the war, for the introduction.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Side {
    pub id: String,
    pub name: String,
    pub leader: String,
    pub text: Para,
}

/// A region on the introduction's map, with its text equivalent.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// "government", "opposition", "contested" or "other".
    pub side: String,
    pub text: Para,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Intro {
    /// "How this lesson works": a few short steps for a student starting out.
    pub steps: Vec<String>,
    pub paragraphs: Vec<Para>,
    pub sides: Vec<Side>,
    pub regions: Vec<Region>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConditionText {
    /// "process", "concessions", "capacity" or "desirability".
    pub id: String,
    pub name: String,
    /// A few words, for the panel, e.g. "An agreed way to negotiate".
    pub short: String,
    /// What the condition means, in general: the introduction shows it before any phase,
    /// so it must not say when the condition held (that would give the predictions away).
    pub explain: Para,
    /// How it went in Tajikistan, for the debrief.
    pub history: Para,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TierText {
    /// "domestic", "adversaries" or "international".
    pub id: String,
    pub name: String,
    pub explain: Para,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    /// Shown after the student picks this option: why it is right or wrong.
    pub feedback: String,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, e.g. "p2-formula"; progress is saved under it.
    pub id: String,
    /// 1–3: the phase screen it belongs to.
    pub phase: u8,
    pub prompt: String,
    pub options: Vec<Choice>,
    pub cite: Vec<Cite>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    /// Source id of the author.
    pub src: String,
    /// e.g. "McAuliffe (c. 2006)".
    pub author: String,
    /// The view in a phrase, e.g. "Ripeness, and the Taliban above all".
    pub headline: String,
    pub argument: Vec<Para>,
}

/// A question on which the authors differ, and what each says.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Debate {
    pub topic: String,
    pub views: Vec<View>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct View {
    pub src: String,
    pub text: String,
    pub cite: Vec<Cite>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Perspectives {
    pub intro: Para,
    pub authors: Vec<Perspective>,
    /// What the authors agree on.
    pub agreements: Vec<Para>,
    pub debates: Vec<Debate>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The spelling the lesson uses, e.g. "Rakhmonov".
    pub term: String,
    /// Other spellings or expansions students may meet, e.g. ["Rahmon"].
    #[serde(default)]
    pub variants: Vec<String>,
    pub definition: String,
    #[serde(default)]
    pub cite: Vec<Cite>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub title: String,
    pub text: Para,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Debrief {
    pub intro: Para,
    /// McAuliffe's three criteria for judging the agreement.
    pub criteria: Vec<Criterion>,
    /// Later critiques (Mullojanov, the thesis).
    pub critiques: Vec<Para>,
    /// Open reflection prompts.
    pub prompts: Vec<String>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlanStep {
    pub minutes: u32,
    /// What happens, e.g. "Phase 2: students predict, then explore the board in pairs".
    pub activity: String,
    /// The screen used, as a `screen=` slug ("intro", "phase-2", "debrief", …), if any.
    #[serde(default)]
    pub screen: Option<String>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// e.g. "A 45-minute class".
    pub title: String,
    pub steps: Vec<PlanStep>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Discussion {
    pub question: String,
    /// A model answer for the instructor.
    pub answer: Para,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// e.g. "Government of Tajikistan (Rakhmonov)".
    pub actor: String,
    /// The situation as this actor sees it.
    pub brief: Para,
    pub interests: Vec<String>,
    pub red_lines: Vec<String>,
    /// Sources for the interests and red lines.
    pub cite: Vec<Cite>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Misconception {
    /// The mistaken belief, as a student might put it.
    pub belief: String,
    /// What the sources show instead.
    pub correction: Para,
}

/// The instructor guide (`content/guide.toml`).
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub intro: String,
    pub objectives: Vec<String>,
    pub plans: Vec<Plan>,
    /// How to use the phases, the challenges and the debrief in class.
    pub in_class: Vec<Para>,
    pub discussion: Vec<Discussion>,
    /// The role play's scene and instructions, before the role cards.
    pub role_play: Para,
    pub roles: Vec<Role>,
    pub misconceptions: Vec<Misconception>,
}

/// Everything the lesson shows, merged from `content/*.toml`.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Content {
    // sources.toml
    pub sources: Vec<Source>,
    // lesson.toml
    pub title: String,
    pub question: String,
    pub disclaimer: String,
    /// Opens "How the model works" on the Sources screen.
    pub model_intro: String,
    pub intro: Intro,
    pub conditions: Vec<ConditionText>,
    pub tiers: Vec<TierText>,
    pub phases: Vec<Phase>,
    // model.toml
    pub model: crate::model::ModelSpec,
    // quiz.toml
    pub questions: Vec<Question>,
    // perspectives.toml
    pub perspectives: Perspectives,
    // glossary.toml
    pub glossary: Vec<Term>,
    // timeline.toml
    pub timeline: Vec<Event>,
    // debrief.toml
    pub debrief: Debrief,
    // challenges.toml
    pub challenges: Vec<crate::model::Challenge>,
    // guide.toml
    pub guide: Guide,
}

/// The content together with the model checked from it: what every screen needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    pub content: Content,
    pub model: crate::model::Model,
}

impl Course {
    /// Loads the embedded content and checks the model. Both are verified by the native
    /// tests, so an error here means a broken build, not bad user input.
    pub fn load() -> Result<Course, String> {
        let content = Content::load()?;
        let model = crate::model::Model::new(&content.model).map_err(|e| e.join("; "))?;
        Ok(Course { content, model })
    }
}

impl Content {
    /// Parses the embedded content. It is checked by the native tests, so a failure
    /// here means a broken build, not bad user input.
    pub fn load() -> Result<Content, String> {
        serde_json::from_str(CONTENT_JSON).map_err(|e| format!("lesson content: {e}"))
    }

    /// Parses only the model part, so the model can be checked on its own.
    pub fn model_spec() -> Result<crate::model::ModelSpec, String> {
        #[derive(Deserialize)]
        struct OnlyModel {
            model: crate::model::ModelSpec,
        }
        serde_json::from_str::<OnlyModel>(CONTENT_JSON)
            .map(|m| m.model)
            .map_err(|e| format!("model content: {e}"))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn phase(&self, id: u8) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == id)
    }

    /// A condition's name as students see it ("Leaders able to agree"), or its id.
    pub fn condition_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.conditions
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.name.as_str())
    }

    /// Every paragraph (`Para`) in the content, with a label saying where it is used.
    pub fn all_paras(&self) -> Vec<(String, &Para)> {
        let mut out: Vec<(String, &Para)> = Vec::new();
        for s in &self.sources {
            out.push((format!("source {} about", s.id), &s.about));
        }
        for p in &self.intro.paragraphs {
            out.push(("intro".into(), p));
        }
        for s in &self.intro.sides {
            out.push((format!("intro side {}", s.id), &s.text));
        }
        for r in &self.intro.regions {
            out.push((format!("intro region {}", r.id), &r.text));
        }
        for c in &self.conditions {
            out.push((format!("condition {}", c.id), &c.explain));
            out.push((format!("condition {} history", c.id), &c.history));
        }
        for t in &self.tiers {
            out.push((format!("tier {}", t.id), &t.explain));
        }
        for ph in &self.phases {
            out.push((format!("phase {} summary", ph.id), &ph.summary));
            for p in &ph.narrative {
                out.push((format!("phase {} narrative", ph.id), p));
            }
            for p in &ph.analysis {
                out.push((format!("phase {} analysis", ph.id), p));
            }
            out.push((format!("phase {} outcome", ph.id), &ph.outcome));
        }
        for f in &self.model.factors {
            out.push((format!("factor {} measures", f.id), &f.measures));
        }
        for r in &self.model.rules {
            out.push((
                format!("rule {} {} summary", r.condition, r.side),
                &r.summary,
            ));
        }
        out.push(("perspectives intro".into(), &self.perspectives.intro));
        for a in &self.perspectives.authors {
            for p in &a.argument {
                out.push((format!("perspective {}", a.src), p));
            }
        }
        for p in &self.perspectives.agreements {
            out.push(("perspectives agreement".into(), p));
        }
        out.push(("debrief intro".into(), &self.debrief.intro));
        for c in &self.debrief.criteria {
            out.push((format!("debrief criterion {}", c.title), &c.text));
        }
        for p in &self.debrief.critiques {
            out.push(("debrief critique".into(), p));
        }
        for p in &self.guide.in_class {
            out.push(("guide in class".into(), p));
        }
        for d in &self.guide.discussion {
            out.push((format!("guide discussion {}", d.question), &d.answer));
        }
        out.push(("guide role play".into(), &self.guide.role_play));
        for r in &self.guide.roles {
            out.push((format!("guide role {} brief", r.actor), &r.brief));
        }
        for m in &self.guide.misconceptions {
            out.push((format!("guide misconception {}", m.belief), &m.correction));
        }
        out
    }

    /// Every citation in the content, with a label saying where it is used.
    pub fn all_cites(&self) -> Vec<(String, &Cite)> {
        // Collected as (label, cite) pairs so a failing test names the place.
        fn add<'a>(out: &mut Vec<(String, &'a Cite)>, label: String, cites: &'a [Cite]) {
            out.extend(cites.iter().map(|c| (label.clone(), c)));
        }
        let mut out: Vec<(String, &Cite)> = Vec::new();
        for (label, p) in self.all_paras() {
            add(&mut out, label, &p.cite);
        }
        for ph in &self.phases {
            for e in &ph.events {
                add(
                    &mut out,
                    format!("phase {} event {}", ph.id, e.title),
                    &e.cite,
                );
            }
        }
        for f in &self.model.factors {
            for l in &f.levels {
                add(
                    &mut out,
                    format!("factor {} level {}", f.id, l.label),
                    &l.cite,
                );
            }
        }
        for r in &self.model.rules {
            for c in &r.contributions {
                add(
                    &mut out,
                    format!("rule {} {} factor {}", r.condition, r.side, c.factor),
                    std::slice::from_ref(&c.cite),
                );
            }
        }
        for p in &self.model.presets {
            for j in &p.levels {
                add(
                    &mut out,
                    format!("preset {} factor {}", p.phase, j.factor),
                    std::slice::from_ref(&j.cite),
                );
            }
        }
        for q in &self.questions {
            add(&mut out, format!("question {}", q.id), &q.cite);
        }
        for d in &self.perspectives.debates {
            for v in &d.views {
                add(
                    &mut out,
                    format!("debate {} view {}", d.topic, v.src),
                    &v.cite,
                );
            }
        }
        for t in &self.glossary {
            add(&mut out, format!("glossary {}", t.term), &t.cite);
        }
        for e in &self.timeline {
            add(&mut out, format!("timeline {}", e.title), &e.cite);
        }
        for r in &self.guide.roles {
            add(&mut out, format!("guide role {}", r.actor), &r.cite);
        }
        for c in &self.challenges {
            add(&mut out, format!("challenge {}", c.id), &c.cite);
        }
        out
    }
}
