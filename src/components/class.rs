//! Class results, for instructors: class codes pasted or opened from a file, counted in
//! tables with small bars (the numbers are in the text too), damaged codes named by
//! line, and CSV to download. Everything stays in this browser; the page says so.

use super::TableWrap;
use crate::class::{
    holds_word, judged_name, students_csv, summarise, summary_csv, verdict_word, Summary,
};
use crate::classcode::{read_pasted, CodeError, Pasted};
use crate::content::{course, msg};
use crate::model::CONDITIONS;
use crate::transfer::{judged, Verdict};
use std::rc::Rc;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A bar of segments (count, class), out of `total`: a picture of the numbers beside it.
fn bar(parts: &[(usize, &'static str)], total: usize) -> Html {
    let total = total.max(1);
    let mut x = 0;
    html! {
        <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bar-bg" x="0" y="0" width="100" height="8" />
            { for parts.iter().map(|&(n, class)| {
                let w = n * 100 / total;
                let r = html! { <rect class={class} x={x.to_string()} y="0" width={w.to_string()} height="8" /> };
                x += w;
                r
            }) }
        </svg>
    }
}

fn count(n: usize, total: usize) -> String {
    msg::class_count(n, total)
}

fn error_words(e: &CodeError) -> String {
    match e {
        CodeError::Damaged | CodeError::NoCode => msg::class_err_damaged().into(),
        CodeError::Version(v) => msg::class_err_version(v),
        CodeError::OtherLesson => msg::class_err_other().into(),
    }
}

#[function_component(ClassResults)]
pub fn class_results() -> Html {
    let text = use_state(String::new);
    let read = use_state(|| None::<Rc<(Pasted, Summary)>>);
    // After a download the page could not start: the CSV to copy.
    let fallback = use_state(|| None::<String>);
    // The tables as CSV, written once per reading (and language), not on every keystroke.
    let csv = use_memo(
        (
            read.as_ref().map(|r| Rc::as_ptr(r) as usize),
            crate::content::lang().code,
        ),
        {
            let read = read.clone();
            move |_| {
                read.as_ref()
                    .map(|r| summary_csv(course(), &r.1))
                    .unwrap_or_default()
            }
        },
    );

    let run = {
        let read = read.clone();
        move |t: &str| {
            let pasted = read_pasted(course(), t);
            let summary = summarise(course(), pasted.records.iter().map(|(_, r)| r));
            read.set(Some(Rc::new((pasted, summary))));
        }
    };
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let t: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(t.value());
        })
    };
    let onsubmit = {
        let (text, run) = (text.clone(), run.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            run(&text);
        })
    };
    let load_file = {
        let (text, run) = (text.clone(), run.clone());
        move |file: web_sys::File| {
            let (text, run) = (text.clone(), run.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(t) = crate::web::file_text(file).await {
                    text.set(t.clone());
                    run(&t);
                }
            });
        }
    };
    let onchange_file = {
        let load_file = load_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                load_file(f);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: DragEvent| {
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|l| l.get(0));
        if let Some(f) = file {
            e.prevent_default();
            load_file(f);
        }
    });
    let clear = {
        let (text, read, fallback) = (text.clone(), read.clone(), fallback.clone());
        Callback::from(move |_| {
            text.set(String::new());
            read.set(None);
            fallback.set(None);
        })
    };
    let download = |name: &'static str, make: Rc<dyn Fn() -> String>| {
        let fallback = fallback.clone();
        Callback::from(move |_| {
            // A byte-order mark, so spreadsheets read Cyrillic as UTF-8.
            let csv = format!("\u{feff}{}", make());
            let saved = crate::web::download(name, "text/csv;charset=utf-8", &csv);
            fallback.set((!saved).then_some(csv));
        })
    };

    html! {
        <article class="screen class-results">
            <header class="screen-head">
                <p class="eyebrow">{ msg::class_eyebrow() }</p>
                <h1 id="screen-title" tabindex="-1">{ msg::nav_class() }</h1>
                <p class="lede">{ msg::class_lede() }</p>
                <p class="private">{ msg::class_private() }</p>
            </header>

            <form class="card codes-form" {onsubmit}>
                <label for="class-codes">{ msg::class_paste_label() }</label>
                <p id="class-codes-help" class="muted">{ msg::class_paste_help() }</p>
                <textarea id="class-codes" rows="8" aria-describedby="class-codes-help"
                    spellcheck="false" autocomplete="off"
                    value={(*text).clone()} {oninput} {ondragover} {ondrop} />
                <label for="class-file" class="file-label">{ msg::class_file_label() }</label>
                <input type="file" id="class-file" accept=".txt,.csv,text/plain,text/csv" onchange={onchange_file} />
                <div class="actions">
                    <button type="submit">{ msg::class_read() }</button>
                    <button type="button" class="secondary" onclick={clear}>{ msg::class_clear() }</button>
                </div>
            </form>

            <div class="class-status" role="status">
                { match &*read {
                    None => html! {},
                    Some(r) => html! { <p>{ msg::class_read_count(r.0.records.len() as i64) }</p> },
                } }
            </div>

            if let Some(r) = &*read {
                { problems(&r.0) }
                if r.1.students > 0 {
                    <section aria-labelledby="csv-title" class="csv">
                        <h2 id="csv-title" class="visually-hidden">{ msg::class_csv_text() }</h2>
                        <div class="actions">
                            <button type="button" onclick={download("class-results.csv", {
                                let csv = csv.clone();
                                Rc::new(move || (*csv).clone())
                            })}>{ msg::class_download_summary() }</button>
                            <button type="button" class="secondary" onclick={download("class-students.csv", {
                                let r = r.clone();
                                Rc::new(move || students_csv(course(), &r.0))
                            })}>{ msg::class_download_students() }</button>
                        </div>
                        <details class="csv-text" open={fallback.is_some()}>
                            <summary>{ msg::class_csv_text() }</summary>
                            <p class="muted">{ msg::class_csv_help() }</p>
                            <textarea readonly=true rows="8" aria-label={msg::class_csv_text()}
                                value={fallback.as_ref().map(|s| s.trim_start_matches('\u{feff}').to_string())
                                    .unwrap_or_else(|| (*csv).clone())} />
                        </details>
                    </section>
                    { tables(&r.1) }
                } else {
                    <p class="muted">{ msg::class_empty() }</p>
                }
            }
        </article>
    }
}

/// The lines that were not counted, each with its reason.
fn problems(p: &Pasted) -> Html {
    html! {
        <>
            if !p.bad.is_empty() {
                <section aria-labelledby="bad-title" class="card bad-codes">
                    <h2 id="bad-title">{ msg::class_bad_title() }</h2>
                    <p>{ msg::class_bad_intro() }</p>
                    <ul>
                        { for p.bad.iter().map(|(line, e)| html! {
                            <li data-line={line.to_string()}>{ msg::class_bad_line(line, error_words(e)) }</li>
                        }) }
                    </ul>
                </section>
            }
            if !p.no_code.is_empty() {
                <p class="muted no-code">
                    { msg::class_no_code(p.no_code.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")) }
                </p>
            }
        </>
    }
}

/// A cell of a results table.
enum Cell {
    Num(usize),
    Text(Html),
    /// "12 of 30" and its bar.
    Count(usize, usize, Vec<(usize, &'static str)>),
}

struct Row {
    /// `data-row`, for finding a row (tests, and styles if ever needed).
    key: String,
    head: Html,
    cells: Vec<Cell>,
}

/// One results table: the same markup for all of them, written once.
fn table(
    id: &str,
    caption: String,
    show_caption: bool,
    heads: &[&'static str],
    rows: Vec<Row>,
) -> Html {
    html! {
        <TableWrap label={caption.clone()}>
            <table class="class-table" data-table={id.to_string()}>
                <caption class={(!show_caption).then_some("visually-hidden")}>{ caption }</caption>
                <thead><tr>{ for heads.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                <tbody>
                    { for rows.into_iter().map(|r| html! {
                        <tr data-row={r.key}>
                            <th scope="row">{ r.head }</th>
                            { for r.cells.into_iter().map(|c| match c {
                                Cell::Num(n) => html! { <td class="num">{ n }</td> },
                                Cell::Text(h) => html! { <td>{ h }</td> },
                                Cell::Count(k, of, parts) => html! { <td class="count">{ count(k, of) }{ bar(&parts, of) }</td> },
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </TableWrap>
    }
}

fn text(s: &str) -> Cell {
    Cell::Text(html! { { s.to_string() } })
}

fn tables(s: &Summary) -> Html {
    let c = course();
    let n = s.students;
    let t = &c.content.afghanistan;
    let items = judged(t);
    let prediction_heads = [
        msg::table_condition(),
        msg::class_held(),
        msg::class_not_held(),
        msg::class_not_revealed(),
        msg::class_answer(),
        msg::class_matched(),
    ];
    let predictions = s.predictions.iter().enumerate().map(|(i, row)| {
        let rows = row
            .iter()
            .enumerate()
            .map(|(k, p)| Row {
                key: CONDITIONS[k].to_string(),
                head: html! { { c.content.condition_name(CONDITIONS[k]) } },
                cells: vec![
                    Cell::Num(p.held),
                    Cell::Num(p.not_held),
                    Cell::Num(p.none),
                    text(holds_word(p.answer)),
                    Cell::Count(
                        p.matched(),
                        n,
                        vec![
                            (p.matched(), "seg-match"),
                            (n - p.none - p.matched(), "seg-other"),
                        ],
                    ),
                ],
            })
            .collect();
        table(
            &format!("predictions-{}", i + 1),
            msg::class_predictions_caption(i + 1),
            true,
            &prediction_heads,
            rows,
        )
    });
    let questions = s
        .most_missed()
        .into_iter()
        .map(|q| {
            let question = &c.content.questions[q.index];
            let wrong = match q.common_wrong(c) {
                Some((o, k)) => format!("{} ({k})", question.options[o].text.get()),
                None => "—".into(),
            };
            Row {
                key: question.id.to_string(),
                head: html! { { question.prompt } },
                cells: vec![
                    Cell::Num(q.answered),
                    Cell::Count(
                        q.right_first,
                        q.answered,
                        vec![(q.right_first, "seg-match"), (q.missed(), "seg-other")],
                    ),
                    text(&wrong),
                ],
            }
        })
        .collect();
    let challenges = c
        .content
        .challenges
        .iter()
        .zip(&s.challenges)
        .map(|(ch, &k)| Row {
            key: ch.id.to_string(),
            head: html! { { format!("{} · {}", msg::nav_phase(ch.phase), ch.title.get()) } },
            cells: vec![Cell::Count(k, n, vec![(k, "seg-match")])],
        })
        .collect();
    let judgements = items
        .iter()
        .zip(&s.judgements)
        .map(|(j, k)| Row {
            key: j.key(),
            head: html! { { judged_name(c, j) } },
            cells: vec![
                Cell::Num(k.holds),
                Cell::Num(k.fails),
                Cell::Num(k.unclear),
                Cell::Num(k.none),
                Cell::Text(bar(
                    &[
                        (k.holds, "seg-holds"),
                        (k.fails, "seg-fails"),
                        (k.unclear, "seg-unclear"),
                    ],
                    n,
                )),
                text(j.reading(t).map_or("", verdict_word)),
            ],
        })
        .collect();
    html! {
        <>
            <section aria-labelledby="class-predictions">
                <h2 id="class-predictions">{ msg::class_predictions_title() }</h2>
                { for predictions }
            </section>

            <section aria-labelledby="class-questions">
                <h2 id="class-questions">{ msg::class_questions_title() }</h2>
                { table("questions", msg::class_questions_caption().into(), true,
                    &[msg::class_question(), msg::class_answered(), msg::class_right_first(), msg::class_common_wrong()],
                    questions) }
            </section>

            <section aria-labelledby="class-challenges">
                <h2 id="class-challenges">{ msg::class_challenges_title() }</h2>
                { table("challenges", msg::class_challenges_title().into(), false,
                    &[msg::class_challenge(), msg::class_reached_col()], challenges) }
            </section>

            <section aria-labelledby="class-transfer">
                <h2 id="class-transfer">{ msg::class_transfer_title() }</h2>
                <p>{ msg::class_transfer_revealed(s.transfer_revealed, n) }</p>
                { table("afghanistan", msg::class_transfer_caption().into(), true,
                    &[msg::class_item(), msg::transfer_holds(), msg::transfer_does_not_hold(),
                      msg::transfer_unclear(), msg::class_not_judged(), msg::class_glance(), msg::class_reading()],
                    judgements) }
                <p class="legend" aria-hidden="true">
                    { for Verdict::ALL.iter().map(|&v| html! {
                        <span class={classes!("key", format!("key-{}", v.slug()))}>{ verdict_word(v) }</span>
                    }) }
                </p>
            </section>

            <section aria-labelledby="class-words">
                <h2 id="class-words">{ msg::class_words_title() }</h2>
                if s.with_words == 0 {
                    <p class="muted">{ msg::class_words_none() }</p>
                } else {
                    <p>{ msg::class_words_count(s.with_words as i64) }</p>
                    { for s.words.iter().enumerate().filter(|(_, w)| !w.is_empty()).map(|(i, w)| {
                        let prompts = c.content.debrief.prompts;
                        let title = match prompts.get(i) {
                            Some(p) => p.get().to_string(),
                            None => msg::class_csv_reason(
                                c.content.condition_name(t.readings[i - prompts.len()].condition),
                            ),
                        };
                        html! {
                            <details class="shared-words">
                                <summary>{ title }{ format!(" ({})", w.len()) }</summary>
                                <ul>{ for w.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                            </details>
                        }
                    }) }
                }
            </section>
        </>
    }
}
