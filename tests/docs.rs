//! `docs/model.md` carries generated tables of every factor, level, rule, weight,
//! threshold and preset. This test fails when they drift from `content/en/model.toml`;
//! run `UPDATE_DOCS=1 cargo test --test docs` to rewrite them.

use ripe_for_peace::content::{course, Cite, Course};
use std::fmt::Write;

const BEGIN: &str = "<!-- BEGIN GENERATED: cargo test --test docs -->";
const END: &str = "<!-- END GENERATED -->";

fn cite(c: &Cite) -> String {
    format!("{} L{}–{}", c.src, c.lines[0], c.lines[1])
}

fn render(c: &Course) -> String {
    let (m, spec) = (&c.model, &c.content.model);
    let mut s = String::new();
    let cond_names = ["process", "concessions", "capacity", "desirability"];
    writeln!(s, "### Factors and levels\n").unwrap();
    for f in spec.factors {
        let ext = if f.external_pressure {
            " · external pressure"
        } else {
            ""
        };
        writeln!(
            s,
            "#### `{}`: {} ({} tier{ext})\n\n{}\n",
            f.id, f.name, f.tier, f.measures.text
        )
        .unwrap();
        writeln!(s, "| level | label | meaning | source |\n|---|---|---|---|").unwrap();
        for (i, l) in f.levels.iter().enumerate() {
            let src: Vec<String> = l.cite.iter().map(cite).collect();
            writeln!(
                s,
                "| {i} | {} | {} | {} |",
                l.label,
                l.description,
                src.join("; ")
            )
            .unwrap();
        }
        writeln!(s).unwrap();
    }
    writeln!(s, "### Rules: points per level\n").unwrap();
    for cond in cond_names {
        for r in spec.rules.iter().filter(|r| r.condition == cond) {
            let test = match r.kind {
                "threshold" => {
                    format!("holds when score ≥ **{}**", r.threshold.unwrap_or(0))
                }
                _ => format!(
                    "holds when score ≤ **{}** (weak enough) or ≥ **{}** (strong enough)",
                    r.weak.unwrap_or(0),
                    r.strong.unwrap_or(0)
                ),
            };
            writeln!(
                s,
                "#### {cond} · {} ({})\n\n{} Base {}; {test}.\n",
                r.side, r.scale, r.summary.text, r.base
            )
            .unwrap();
            writeln!(
                s,
                "| factor | points by level (0, 1, …) | why | source |\n|---|---|---|---|"
            )
            .unwrap();
            for c in r.contributions {
                let pts: Vec<String> = c.points.iter().map(|p| format!("{p:+}")).collect();
                writeln!(
                    s,
                    "| `{}` | {} | {} | {} |",
                    c.factor,
                    pts.join(", "),
                    c.why,
                    cite(&c.cite)
                )
                .unwrap();
            }
            writeln!(s).unwrap();
        }
    }
    writeln!(s, "### Presets\n").unwrap();
    let phases: Vec<u8> = m.phases().collect();
    let head: Vec<String> = phases.iter().map(|p| format!("phase {p}")).collect();
    writeln!(
        s,
        "| factor | {} |\n|---|{}",
        head.join(" | "),
        "---|".repeat(phases.len())
    )
    .unwrap();
    for (i, f) in spec.factors.iter().enumerate() {
        let cells: Vec<String> = phases
            .iter()
            .map(|p| {
                let l = m.preset(*p).unwrap().0[i];
                format!("{l}: {}", f.levels[usize::from(l)].label)
            })
            .collect();
        writeln!(s, "| `{}` | {} |", f.id, cells.join(" | ")).unwrap();
    }
    writeln!(s, "\n### Scores of the presets\n").unwrap();
    writeln!(
        s,
        "| phase | condition · side | score | test | holds |\n|---|---|---|---|---|"
    )
    .unwrap();
    for p in &phases {
        let a = m.assess(m.preset(*p).unwrap());
        for c in &a.conditions {
            for x in &c.sides {
                let t = match x.test {
                    ripe_for_peace::model::Test::AtLeast(t) => format!("≥ {t}"),
                    ripe_for_peace::model::Test::Band { weak, strong } => {
                        format!("≤ {weak} or ≥ {strong}")
                    }
                };
                writeln!(
                    s,
                    "| {p} | {} · {} | {} | {t} | {} |",
                    c.id,
                    x.side(),
                    x.score,
                    if x.holds { "yes" } else { "no" }
                )
                .unwrap();
            }
        }
        writeln!(
            s,
            "| {p} | **verdict** | | | **{}** |",
            if a.ripe { "ripe" } else { "not ripe" }
        )
        .unwrap();
    }
    s
}

#[test]
fn model_doc_tables_match_the_model() {
    let c = course();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/model.md");
    let doc = std::fs::read_to_string(&path).expect("docs/model.md");
    let (start, end) = (
        doc.find(BEGIN).expect("begin marker"),
        doc.find(END).expect("end marker"),
    );
    let want = format!("{BEGIN}\n\n{}\n{END}", render(c));
    let got = &doc[start..end + END.len()];
    if got != want {
        if std::env::var_os("UPDATE_DOCS").is_some() {
            let new = format!("{}{}{}", &doc[..start], want, &doc[end + END.len()..]);
            std::fs::write(&path, new).unwrap();
        } else {
            panic!("docs/model.md is out of date: run `UPDATE_DOCS=1 cargo test --test docs`");
        }
    }
}
