//! "Check your understanding": the phase's questions, opened once the phase is revealed.
//! A wrong first answer may be tried once more; then the right option is marked on the
//! screen with its explanation.

use super::PhaseProps;
use crate::components::Cites;
use crate::content::{course, msg};
use crate::state::{Action, Answer};
use crate::store::{dispatch, use_dispatch, use_store};
use yew::prelude::*;

#[function_component(Quiz)]
pub fn quiz(p: &PhaseProps) -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_store();
    let c = course();
    let qs: Vec<_> = c
        .content
        .questions
        .iter()
        .filter(|q| q.phase == p.phase)
        .collect();
    if qs.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="quiz-title" class="quiz">
            <h2 id="quiz-title">{ msg::quiz_title() }</h2>
            { for qs.into_iter().enumerate().map(|(qi, q)| html! {
                <QuestionView number={qi + 1} id={q.id} answer={store.lesson.answers.get(q.id).copied()} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    number: usize,
    id: &'static str,
    /// What the student has checked so far (the question renders again only when this
    /// changes, not with every move on the board).
    answer: Option<Answer>,
}

/// One question: pick an option, then check it (browsing the options with the arrow keys
/// answers nothing). A wrong first try can be tried once more.
#[function_component(QuestionView)]
fn question_view(p: &QuestionProps) -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_dispatch();
    let picked = use_state(|| None::<usize>);
    let Some(q) = course().content.question(p.id) else {
        return html! {};
    };
    let right = |o: usize| q.options.get(o).is_some_and(|x| x.correct);
    let right_index = q.options.iter().position(|o| o.correct);
    // Settled: right at the first try, or after the retry.
    let settled = p
        .answer
        .is_some_and(|a| a.retry.is_some() || right(a.first));
    let retrying = p.answer.is_some() && !settled;
    let last = p.answer.map(|a| a.last());
    let shown = if settled { last } else { (*picked).or(None) };
    let check = {
        let (store, picked, qid) = (store.clone(), picked.clone(), q.id);
        Callback::from(move |_| {
            if let Some(option) = *picked {
                picked.set(None);
                dispatch(
                    &store,
                    Action::Answer {
                        question: qid.to_string(),
                        option,
                    },
                );
            }
        })
    };
    let first_wrong = p.answer.filter(|a| !right(a.first)).map(|a| a.first);
    html! {
        <fieldset class={classes!("question", settled.then_some("settled"))} data-question={q.id}>
            <legend>{ msg::quiz_prompt(p.number, q.prompt) }</legend>
            { for q.options.iter().enumerate().map(|(oi, o)| {
                let picked = picked.clone();
                let onchange = Callback::from(move |_| picked.set(Some(oi)));
                let id = format!("q-{}-{oi}", q.id);
                // On the retry, the option already tried stays out of reach.
                let disabled = settled || (retrying && first_wrong == Some(oi));
                let mark = if settled && Some(oi) == right_index {
                    Some(("right-answer", "✓", msg::quiz_right_answer()))
                } else if first_wrong == Some(oi) {
                    Some(("tried", "✗", msg::quiz_tried()))
                } else if settled && last == Some(oi) {
                    Some(("tried", "✗", msg::quiz_your_answer()))
                } else {
                    None
                };
                html! {
                    <div class={classes!("option", mark.map(|m| m.0))}>
                        <input type="radio" id={id.clone()} name={format!("q-{}", q.id)}
                            checked={shown == Some(oi)} {disabled} {onchange} />
                        <label for={id}>
                            { crate::components::words(o.text.get()) }
                            if let Some((_, sym, words)) = mark {
                                <span class="option-mark"><span aria-hidden="true">{ format!(" {sym} ") }</span>{ words }</span>
                            }
                        </label>
                    </div>
                }
            }) }
            if !settled {
                <button type="button" class="secondary small check-answer" onclick={check} disabled={picked.is_none()}>
                    { if retrying { msg::quiz_check_again() } else { msg::quiz_check() } }
                </button>
            }
            // Present from the start so screen readers announce the result; focus moves
            // here after each check. The citations stay outside it.
            <div aria-live="polite" id={format!("q-{}-feedback", q.id)} tabindex="-1" class="feedback-region">
                if let Some(a) = p.answer {
                    if let Some(o) = q.options.get(a.last()) {
                        <div class={classes!("feedback", if o.correct { "right" } else { "wrong" })}>
                            <p>
                                <strong>{ if o.correct { msg::quiz_right() } else if settled { msg::quiz_wrong() } else { msg::quiz_try_again() } }</strong>
                                { crate::components::words(o.feedback.get()) }
                            </p>
                        </div>
                    }
                    // After the last try, the right answer's explanation too.
                    if settled && !right(a.last()) {
                        if let Some(o) = right_index.and_then(|i| q.options.get(i)) {
                            <div class="feedback right">
                                <p><strong>{ msg::quiz_the_answer(o.text) }</strong>{ " " }{ crate::components::words(o.feedback.get()) }</p>
                            </div>
                        }
                    }
                }
            </div>
            if settled {
                <p class="feedback-sources"><Cites cites={q.cite} /></p>
            }
        </fieldset>
    }
}
