//! "My work": the student's hand-in. A printable summary of predictions, answers,
//! challenges, reflections and scenario links, with the date, and a plain-text copy.

use super::{ScreenLink, TableWrap};
use crate::class::verdict_word;
use crate::content::{course, msg};
use crate::handin::{HandIn, PhaseWork, TransferWork};
use crate::query::Screen;
use crate::state::Action;
use crate::store::{dispatch, use_store};
use crate::transfer::Verdict;
use crate::web;
use yew::prelude::*;

fn holds_words(b: Option<bool>) -> &'static str {
    b.map_or("—", crate::class::holds_word)
}

#[function_component(MyWork)]
pub fn my_work() -> Html {
    let store = use_store();
    let c = course();
    let work = HandIn::from_lesson(c, &store.lesson);
    let date = use_memo(crate::content::lang().code, |_| {
        let (day, month, year) = web::today();
        super::date_words(day, month, year)
    });
    let base = web::page_base();
    // After "Copy as text": None = not tried, Some(true) = copied, Some(false) = refused.
    let copied = use_state(|| None::<bool>);
    let text = work.to_text(c.content.title.get(), &base, &date);

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
                <p class="eyebrow">{ msg::mywork_eyebrow(c.content.title) }</p>
                <h1 id="screen-title" tabindex="-1">{ msg::nav_mywork() }</h1>
                <p class="lede">{ msg::mywork_lede(&*date) }</p>
                <p class="print-only">{ msg::mywork_name_line() }</p>
            </header>

            <div class="actions no-print">
                <button type="button" onclick={print}>{ msg::mywork_print() }</button>
                <button type="button" class="secondary" onclick={copy}>{ msg::mywork_copy() }</button>
                <span class="copy-status" role="status">
                    { match *copied {
                        Some(true) => msg::mywork_copied(),
                        Some(false) => msg::mywork_copy_refused(),
                        None => "",
                    } }
                </span>
            </div>
            if *copied == Some(false) {
                <label class="no-print plain-copy">
                    { msg::mywork_plain() }
                    <textarea readonly=true rows="12" value={text.clone()} />
                </label>
            }

            <section aria-labelledby="tally-title" class="card tally">
                <h2 id="tally-title">{ msg::mywork_glance() }</h2>
                <ul>
                    <li>{ work.predictions_line() }</li>
                    <li>{ msg::mywork_questions(qa, qr, qt) }</li>
                    <li>{ msg::common_challenges_done(cd, ct) }</li>
                    <li>{ msg::mywork_reflections_count(work.reflections.len()) }</li>
                    <li>{ msg::mywork_transfer_count(work.transfer.judged(), work.transfer.judgements.len()) }</li>
                </ul>
            </section>

            <ClassCode code={work.code.clone()} shortened={work.code_shortened} />

            { for work.phases.iter().map(|p| phase_work(p, &base)) }

            { transfer_work(&work.transfer) }

            <section aria-labelledby="reflections-title">
                <h2 id="reflections-title">{ msg::handin_text_reflections() }</h2>
                if work.reflections.is_empty() {
                    <p class="muted">
                        { msg::mywork_no_reflections_before() }
                        <ScreenLink to={Screen::Debrief}>{ msg::nav_debrief() }</ScreenLink>{ msg::mywork_no_reflections_after() }
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
            <h2 id={id}>{ msg::handin_phase_heading(p.phase, &p.title) }</h2>
            <TableWrap label={msg::mywork_predictions_label(p.phase)}>
                <table>
                    <caption>{ msg::mywork_predictions() }</caption>
                    <thead><tr>
                        <th scope="col">{ msg::table_condition() }</th>
                        <th scope="col">{ msg::mywork_you_predicted() }</th>
                        <th scope="col">{ msg::mywork_the_model() }</th>
                    </tr></thead>
                    <tbody>
                        { for p.predictions.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ &r.condition }</th>
                                <td>{ holds_words(r.guess) }</td>
                                <td>
                                    { if p.revealed { holds_words(r.actual) } else { msg::mywork_not_revealed() } }
                                    if r.actual.is_some() && r.guess.is_some() {
                                        { if r.guess == r.actual { msg::mywork_you_were_right() } else { msg::mywork_you_differed() } }
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </TableWrap>
            <h3>{ msg::phase_jump_quiz() }</h3>
            <ol class="answers">
                { for p.answers.iter().map(|a| html! {
                    <li>
                        <p class="q">{ &a.prompt }</p>
                        { match &a.chosen {
                            None => html! { <p class="muted">{ msg::mywork_not_answered() }</p> },
                            Some(ch) if a.correct => html! { <p>{ format!("✓ {ch}") }</p> },
                            Some(ch) => html! { <p>{ format!("✗ {ch}") }<br />{ msg::mywork_the_answer(&a.right_answer) }</p> },
                        } }
                    </li>
                }) }
            </ol>
            if !p.challenges.is_empty() {
                <h3>{ msg::challenge_title() }</h3>
                <ul>
                    { for p.challenges.iter().map(|ch| html! {
                        <li>
                            <strong>{ &ch.title }</strong>{ ": " }
                            if ch.done { { "✓ " } }
                            { ch.status() }
                        </li>
                    }) }
                </ul>
            }
            if let Some(q) = &p.scenario {
                <h3>{ msg::compare_yours() }</h3>
                <ul>{ for p.changed.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                <p class="scenario-link"><a href={q.clone()}>{ format!("{base}{q}") }</a></p>
            }
        </section>
    }
}

fn verdict_cell(v: Option<Verdict>) -> Html {
    match v {
        Some(v) => html! { <>{ format!("{} ", v.symbol()) }{ verdict_word(v) }</> },
        None => html! { { "—" } },
    }
}

fn transfer_work(t: &TransferWork) -> Html {
    let title = course().content.afghanistan.title;
    html! {
        <section aria-labelledby="work-transfer" class="phase-work">
            <h2 id="work-transfer">{ title }</h2>
            if t.judged() == 0 {
                <p class="muted">
                    { msg::mywork_transfer_none_before() }
                    <ScreenLink to={Screen::Afghanistan}>{ msg::nav_afghanistan() }</ScreenLink>
                    { msg::mywork_transfer_none_after() }
                </p>
            } else {
                <TableWrap label={title.get()}>
                    <table>
                        <caption class="visually-hidden">{ title }</caption>
                        <thead><tr>
                            <th scope="col">{ msg::table_condition() }</th>
                            <th scope="col">{ msg::mywork_your_judgement() }</th>
                            <th scope="col">{ msg::mywork_the_reading() }</th>
                        </tr></thead>
                        <tbody>
                            { for t.judgements.iter().map(|j| html! {
                                <tr>
                                    <th scope="row">{ &j.item }</th>
                                    <td>{ verdict_cell(j.verdict) }</td>
                                    <td>{ if t.revealed { verdict_cell(j.reading) } else { html! { { msg::mywork_reading_hidden() } } } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </TableWrap>
                if !t.reasons.is_empty() {
                    <h3>{ msg::mywork_your_reason() }</h3>
                    <ul class="reasons">
                        { for t.reasons.iter().map(|(k, w)| html! {
                            <li><strong>{ k }{ ": " }</strong>{ w }</li>
                        }) }
                    </ul>
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CodeProps {
    code: String,
    shortened: bool,
}

/// The class code, to copy into an assignment box; the student decides whether their
/// own words go with it.
#[function_component(ClassCode)]
fn class_code(p: &CodeProps) -> Html {
    let store = use_store();
    let copied = use_state(|| None::<bool>);
    let share = store.lesson.share_words;
    let toggle = {
        let store = store.clone();
        Callback::from(move |_| dispatch(&store, Action::ShareWords(!share)))
    };
    let copy = {
        let (copied, code) = (copied.clone(), p.code.clone());
        Callback::from(move |_| {
            let (copied, code) = (copied.clone(), code.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(Some(web::copy_text(&code).await));
            });
        })
    };
    html! {
        <section aria-labelledby="code-title" class="card class-code">
            <h2 id="code-title">{ msg::mywork_code_title() }</h2>
            <p>{ msg::mywork_code_intro() }</p>
            <p class="check">
                <input type="checkbox" id="code-words" checked={share} onchange={toggle} />
                <label for="code-words">{ msg::mywork_code_words() }</label>
            </p>
            <label for="class-code">{ msg::mywork_code_label() }</label>
            <textarea id="class-code" class="code" readonly=true spellcheck="false"
                rows={if p.code.len() > crate::classcode::MAX_LEN { "6" } else { "1" }} value={p.code.clone()} />
            if p.shortened { <p class="muted">{ msg::mywork_code_shortened() }</p> }
            <p class="no-print">
                <button type="button" class="secondary" onclick={copy}>{ msg::mywork_code_copy() }</button>
                <span class="copy-status" role="status">
                    { match *copied {
                        Some(true) => msg::mywork_code_copied(),
                        Some(false) => msg::mywork_copy_refused(),
                        None => "",
                    } }
                </span>
            </p>
        </section>
    }
}
