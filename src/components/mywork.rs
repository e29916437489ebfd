//! "My work": the student's hand-in. A printable summary of predictions, answers,
//! challenges, reflections and scenario links, with the date, and a plain-text copy.

use super::{ScreenLink, TableWrap};
use crate::app::{course, Store};
use crate::handin::{HandIn, PhaseWork};
use crate::query::Screen;
use crate::web;
use yew::prelude::*;

fn holds_words(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "✓ holds",
        Some(false) => "✗ does not hold",
        None => "—",
    }
}

#[function_component(MyWork)]
pub fn my_work() -> Html {
    let store = use_context::<Store>().expect("store");
    let c = course();
    let work = HandIn::from_lesson(c, &store.lesson);
    let date = use_memo((), |_| web::today());
    let base = web::page_base();
    // After "Copy as text": None = not tried, Some(true) = copied, Some(false) = refused.
    let copied = use_state(|| None::<bool>);
    let text = work.to_text(&c.content.title, &base, &date);

    let copy = {
        let copied = copied.clone();
        let text = text.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(web::copy_text(&text).await));
            });
        })
    };
    let print = Callback::from(|_| web::print());
    let (qr, qa, qt) = work.quiz_score();
    let (cd, ct) = work.challenge_score();

    html! {
        <article class="screen mywork">
            <header class="screen-head">
                <p class="eyebrow">{ format!("{} · hand-in", c.content.title) }</p>
                <h1 id="screen-title" tabindex="-1">{ "My work" }</h1>
                <p class="lede">{ format!("A summary of your work in this lesson, {}.", *date) }</p>
                <p class="print-only">{ "Name: ______________________________" }</p>
            </header>

            <div class="actions no-print">
                <button type="button" onclick={print}>{ "Print or save as PDF" }</button>
                <button type="button" class="secondary" onclick={copy}>{ "Copy as plain text" }</button>
                <span class="copy-status" role="status">
                    { match *copied {
                        Some(true) => "Copied. Paste it into your assignment.",
                        Some(false) => "Your browser did not allow copying: select the text below and copy it.",
                        None => "",
                    } }
                </span>
            </div>
            if *copied == Some(false) {
                <label class="no-print plain-copy">
                    { "Your work as plain text" }
                    <textarea readonly=true rows="12" value={text.clone()} />
                </label>
            }

            <section aria-labelledby="tally-title" class="card tally">
                <h2 id="tally-title">{ "At a glance" }</h2>
                <ul>
                    <li>{ work.predictions_line() }</li>
                    <li>{ format!("Questions: {qa} of {qt} answered, {qr} right.") }</li>
                    <li>{ format!("Challenges: {cd} of {ct} completed.") }</li>
                    <li>{ format!("Reflections written: {}.", work.reflections.len()) }</li>
                </ul>
            </section>

            { for work.phases.iter().map(|p| phase_work(p, &base)) }

            <section aria-labelledby="reflections-title">
                <h2 id="reflections-title">{ "Reflections" }</h2>
                if work.reflections.is_empty() {
                    <p class="muted">
                        { "No reflections yet. Write them on the " }
                        <ScreenLink to={Screen::Debrief}>{ "Debrief" }</ScreenLink>{ " screen." }
                    </p>
                } else {
                    { for work.reflections.iter().map(|(q, a)| html! {
                        <div class="reflection">
                            <h3>{ q }</h3>
                            <p class="answer-text">{ a }</p>
                        </div>
                    }) }
                }
            </section>
        </article>
    }
}

fn phase_work(p: &PhaseWork, base: &str) -> Html {
    let id = format!("work-phase-{}", p.phase);
    html! {
        <section aria-labelledby={id.clone()} class="phase-work">
            <h2 id={id}>{ format!("Phase {}: {}", p.phase, p.title) }</h2>
            <TableWrap label={format!("Your predictions, phase {}", p.phase)}>
                <table>
                    <caption>{ "Your predictions" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Condition" }</th>
                        <th scope="col">{ "You predicted" }</th>
                        <th scope="col">{ "The model" }</th>
                    </tr></thead>
                    <tbody>
                        { for p.predictions.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ &r.condition }</th>
                                <td>{ holds_words(r.guess) }</td>
                                <td>
                                    { if p.revealed { holds_words(r.actual) } else { "not revealed yet" } }
                                    if r.actual.is_some() && r.guess.is_some() {
                                        { if r.guess == r.actual { " · you were right" } else { " · you differed" } }
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </TableWrap>
            <h3>{ "Questions" }</h3>
            <ol class="answers">
                { for p.answers.iter().map(|a| html! {
                    <li>
                        <p class="q">{ &a.prompt }</p>
                        { match &a.chosen {
                            None => html! { <p class="muted">{ "Not answered." }</p> },
                            Some(ch) if a.correct => html! { <p>{ format!("✓ {ch}") }</p> },
                            Some(ch) => html! { <p>{ format!("✗ {ch}") }<br />{ format!("The answer: {}", a.right_answer) }</p> },
                        } }
                    </li>
                }) }
            </ol>
            if !p.challenges.is_empty() {
                <h3>{ "Challenges" }</h3>
                <ul>
                    { for p.challenges.iter().map(|ch| html! {
                        <li>
                            <strong>{ &ch.title }</strong>{ ": " }
                            { match (ch.done, ch.impossible) {
                                (false, _) => "not done".to_string(),
                                (true, true) => "✓ judged impossible, rightly".to_string(),
                                (true, false) => format!("✓ reached with {} change{}", ch.changes, if ch.changes == 1 { "" } else { "s" }),
                            } }
                        </li>
                    }) }
                </ul>
            }
            if let Some(q) = &p.scenario {
                <h3>{ "Your scenario" }</h3>
                <ul>{ for p.changed.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                <p class="scenario-link"><a href={q.clone()}>{ format!("{base}{q}") }</a></p>
            }
        </section>
    }
}
