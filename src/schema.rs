// The shape of the lesson's content, written once and compiled twice.
//
// `build.rs` includes this file with owned types (`Text` = a string to translate, `Id` =
// `String`, `List<T>` = `Vec<T>`) to parse `content/<lang>/*.toml` with serde; it then writes
// the English content back out as Rust statics in which every `Text` is an index into a
// per-language string table (`Txt`). The crate includes this file again with those static
// types (`Id` = `&'static str`, `List<T>` = `&'static [T]`), so the lesson carries its
// structure as plain data and loads only one language's words (see `content.rs`).
//
// `Text` fields are translated; `Id` fields (ids, source ids, dates for sorting) and
// `Quote`s (the English phrases that citations quote) are the same in every language.
//
// Plain `//` comments here: the two `schema!` macros drop field attributes, doc comments
// included.

schema! {
    // A reference into one of the five source texts (`docs/sources/<file>`).
    pub struct Cite {
        // Source id: "000" … "004".
        src: Id,
        // First and last line (1-based, inclusive) of the passage in the source file.
        lines: [u32; 2],
        // A short phrase that must appear within those lines (checked by a test). It stays
        // in English in every language: it quotes the English source. It travels with the
        // later words: the first screen shows citations closed.
        #[serde(default)]
        quote: Option<Quote>,
    }

    pub struct Source {
        id: Id,
        file: Id,
        // Short name used in running text, e.g. "McAuliffe".
        short: Text,
        author: Text,
        title: Text,
        publication: Text,
        year: Text,
        // What the source offers and how far to trust it, for students.
        about: Para,
    }

    // A paragraph of lesson text with its citations. It states facts and cites at least
    // one source, or it is the lesson's own framing (instructions, questions, the lesson's
    // or the model's reading, labelled as such) and says so with `framing = true` instead
    // (tests/content.rs checks it).
    pub struct Para {
        text: Text,
        #[serde(default)]
        cite: List<Cite>,
        #[serde(default)]
        framing: bool,
    }

    // A dated event (phase narratives and the timeline).
    pub struct Event {
        // As shown to students, e.g. "10–11 December 1996".
        date: Text,
        // Sortable: "1996", "1996-12" or "1996-12-10".
        sort: Id,
        #[serde(default)]
        place: Option<Text>,
        title: Text,
        text: Text,
        // 0 = before the talks, 1–3 = negotiation phase, 4 = after the agreement.
        phase: u8,
        cite: List<Cite>,
        // Where the sources disagree about this event, said plainly.
        #[serde(default)]
        disputed: Option<Text>,
    }

    pub struct Phase {
        id: u8,
        title: Text,
        span: Text,
        summary: Para,
        // What happened: the evidence a student predicts from.
        narrative: List<Para>,
        // The sources' explanation, shown once the student has predicted.
        analysis: List<Para>,
        events: List<Event>,
        // What the verdict meant historically in this phase.
        outcome: Para,
    }

    pub struct Side {
        id: Id,
        name: Text,
        leader: Text,
        text: Para,
    }

    // A region on the introduction's map, with its text equivalent.
    pub struct Region {
        id: Id,
        name: Text,
        // "government", "opposition", "contested" or "other".
        side: Id,
        text: Para,
    }

    pub struct Intro {
        steps: List<Text>,
        paragraphs: List<Para>,
        sides: List<Side>,
        regions: List<Region>,
    }

    pub struct ConditionText {
        id: Id,
        name: Text,
        short: Text,
        // What the condition means in general (the introduction: no verdicts).
        explain: Para,
        // How it went in Tajikistan (the debrief).
        history: Para,
    }

    pub struct TierText {
        id: Id,
        name: Text,
        // One line, for the introduction's glance.
        short: Text,
        explain: Para,
    }

    pub struct Choice {
        text: Text,
        #[serde(default)]
        correct: bool,
        feedback: Text,
    }

    pub struct Question {
        id: Id,
        phase: u8,
        prompt: Text,
        options: List<Choice>,
        cite: List<Cite>,
    }

    pub struct Perspective {
        src: Id,
        author: Text,
        headline: Text,
        argument: List<Para>,
    }

    pub struct Debate {
        topic: Text,
        views: List<View>,
    }

    pub struct View {
        src: Id,
        text: Text,
        cite: List<Cite>,
    }

    pub struct Perspectives {
        intro: Para,
        authors: List<Perspective>,
        agreements: List<Para>,
        debates: List<Debate>,
    }

    pub struct Term {
        // The anchor of the entry (`term-uto`), made by build.rs from the English term so
        // that links to it are the same in every language.
        #[serde(default)]
        anchor: Id,
        term: Text,
        #[serde(default)]
        variants: List<Text>,
        // Other forms of the term in running text, comma-separated, for linking its first
        // mention: inflected forms in Russian and Tajik ("Рахмонова, Рахмонову").
        #[serde(default)]
        forms: Text,
        definition: Text,
        #[serde(default)]
        cite: List<Cite>,
    }

    pub struct Criterion {
        title: Text,
        text: Para,
    }

    pub struct Debrief {
        intro: Para,
        criteria: List<Criterion>,
        critiques: List<Para>,
        prompts: List<Text>,
    }

    pub struct PlanStep {
        minutes: u32,
        activity: Text,
        #[serde(default)]
        screen: Option<Id>,
    }

    pub struct Plan {
        title: Text,
        steps: List<PlanStep>,
    }

    pub struct Discussion {
        question: Text,
        answer: Para,
    }

    pub struct Role {
        actor: Text,
        // The situation as this actor sees it.
        brief: Para,
        interests: List<Text>,
        red_lines: List<Text>,
        // Sources for the interests and red lines.
        cite: List<Cite>,
    }

    pub struct Misconception {
        belief: Text,
        correction: Para,
    }

    pub struct Guide {
        intro: Text,
        objectives: List<Text>,
        plans: List<Plan>,
        in_class: List<Para>,
        discussion: List<Discussion>,
        // The role play's scene and instructions, before the role cards.
        role_play: Para,
        roles: List<Role>,
        misconceptions: List<Misconception>,
    }

    // ── The model's words and numbers (`model.toml`); `model.rs` gets the numbers. ──

    pub struct Level {
        label: Text,
        description: Text,
        #[serde(default)]
        cite: List<Cite>,
    }

    pub struct Factor {
        id: Id,
        name: Text,
        tier: Id,
        measures: Para,
        #[serde(default)]
        external_pressure: bool,
        levels: List<Level>,
    }

    pub struct Contribution {
        factor: Id,
        points: List<i32>,
        why: Text,
        cite: Cite,
    }

    pub struct Rule {
        condition: Id,
        side: Id,
        // "threshold" or "band".
        kind: Id,
        scale: Text,
        summary: Para,
        #[serde(default)]
        base: i32,
        #[serde(default)]
        threshold: Option<i32>,
        #[serde(default)]
        weak: Option<i32>,
        #[serde(default)]
        strong: Option<i32>,
        contributions: List<Contribution>,
    }

    pub struct PresetLevel {
        factor: Id,
        level: u8,
        why: Text,
        cite: Cite,
    }

    pub struct Preset {
        phase: u8,
        levels: List<PresetLevel>,
    }

    pub struct ModelSpec {
        factors: List<Factor>,
        rules: List<Rule>,
        presets: List<Preset>,
    }

    pub struct Setting {
        factor: Id,
        level: u8,
    }

    pub struct Goal {
        #[serde(default)]
        ripe: Option<bool>,
        #[serde(default)]
        holds: List<Id>,
        #[serde(default)]
        fails: List<Id>,
        #[serde(default)]
        set: List<Setting>,
        #[serde(default)]
        max_changes: Option<u32>,
    }

    pub struct Challenge {
        id: Id,
        phase: u8,
        title: Text,
        prompt: Text,
        goal: Goal,
        // The forces the challenge is about, highlighted on the board while it runs.
        #[serde(default)]
        factors: List<Id>,
        #[serde(default)]
        impossible: bool,
        success: Text,
        explain: Text,
        cite: List<Cite>,
    }

    // ── The transfer exercise, Afghanistan 2018–21 (`afghanistan.toml`). ──

    // A party of the Afghan process: "government", "taliban", or "us" (mediator and party).
    pub struct Party {
        id: Id,
        name: Text,
        // For labels: "the Taliban".
        short: Text,
        text: Para,
    }

    // A piece of evidence from the source for the student to weigh.
    pub struct Card {
        id: Id,
        title: Text,
        text: Text,
        // A phrase of the cited lines (checked by a test), in the source's English.
        quote: Quote,
        cite: List<Cite>,
        // The conditions it bears on.
        bears_on: List<Id>,
    }

    // One side's part of a two-sided condition in the lesson's reading.
    pub struct SideReading {
        party: Id,
        // "holds", "does-not-hold" or "unclear".
        verdict: Id,
        text: Text,
    }

    // The lesson's reading of the source, condition by condition, shown after the student
    // has judged. Two-sided conditions (capacity, desirability) have `sides`.
    pub struct Reading {
        condition: Id,
        verdict: Id,
        #[serde(default)]
        sides: List<SideReading>,
        text: Para,
    }

    // A row of the table "Tajikistan 1997 vs Afghanistan 2021".
    pub struct CompareRow {
        topic: Text,
        tajikistan: Para,
        afghanistan: Para,
    }

    pub struct Transfer {
        title: Text,
        intro: Para,
        // What the exercise cannot do, said on the screen.
        limits: List<Para>,
        parties: List<Party>,
        cards: List<Card>,
        readings: List<Reading>,
        comparison: List<CompareRow>,
    }

    // Everything the lesson shows, merged from `content/<lang>/*.toml` (but `ui.toml`).
    pub struct Content {
        sources: List<Source>,
        title: Text,
        question: Text,
        disclaimer: Text,
        model_intro: Text,
        intro: Intro,
        conditions: List<ConditionText>,
        tiers: List<TierText>,
        phases: List<Phase>,
        model: ModelSpec,
        questions: List<Question>,
        perspectives: Perspectives,
        glossary: List<Term>,
        timeline: List<Event>,
        debrief: Debrief,
        challenges: List<Challenge>,
        guide: Guide,
        afghanistan: Transfer,
    }
}
