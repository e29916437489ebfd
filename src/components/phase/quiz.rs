//! "Check your understanding": the phase's questions, answered once and explained.

use super::PhaseProps;
use crate::components::Cites;
use crate::content::{course, msg};
use crate::state::Action;
use crate::store::{dispatch, use_dispatch, use_store};
use yew::prelude::*;

#[function_component(Quiz)]
pub fn quiz(p: &PhaseProps) -> Html {
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
                <QuestionView number={qi + 1} id={q.id} answered={store.lesson.answers.get(q.id).copied()} />
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    number: usize,
    id: &'static str,
    /// The option the student checked, if any (the question renders again only when this
    /// changes, not with every move on the board).
    answered: Option<usize>,
}

/// One question: the student picks an option, then checks it. The first checked answer
/// is the one recorded (browsing the options with the arrow keys answers nothing).
#[function_component(QuestionView)]
fn question_view(p: &QuestionProps) -> Html {
    let store = use_dispatch();
    let picked = use_state(|| None::<usize>);
    let Some(q) = course().content.question(p.id) else {
        return html! {};
    };
    let answered = p.answered;
    let shown = answered.or(*picked);
    let check = {
        let (store, picked, qid) = (store.clone(), picked.clone(), q.id);
        Callback::from(move |_| {
            if let Some(option) = *picked {
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
    html! {
        <fieldset class="question" data-question={q.id}>
            <legend>{ msg::quiz_prompt(p.number, q.prompt) }</legend>
            { for q.options.iter().enumerate().map(|(oi, o)| {
                let picked = picked.clone();
                let onchange = Callback::from(move |_| picked.set(Some(oi)));
                let id = format!("q-{}-{oi}", q.id);
                html! {
                    <div class={classes!("option", (answered == Some(oi)).then_some("chosen"))}>
                        <input type="radio" id={id.clone()} name={format!("q-{}", q.id)}
                            checked={shown == Some(oi)} disabled={answered.is_some()} {onchange} />
                        <label for={id}>
                            { o.text }
                            if answered == Some(oi) { <span class="your-answer">{ msg::quiz_your_answer() }</span> }
                        </label>
                    </div>
                }
            }) }
            if answered.is_none() {
                <button type="button" class="secondary small check-answer" onclick={check} disabled={picked.is_none()}>
                    { msg::quiz_check() }
                </button>
            }
            // Present from the start so screen readers announce the verdict; the
            // citations stay outside it.
            <div aria-live="polite">
                if let Some(o) = answered.and_then(|i| q.options.get(i)) {
                    <div class={classes!("feedback", if o.correct { "right" } else { "wrong" })}>
                        <p>
                            <strong>{ if o.correct { msg::quiz_right() } else { msg::quiz_wrong() } }</strong>
                            { o.feedback }
                        </p>
                    </div>
                }
            </div>
            if answered.is_some() {
                <p class="feedback-sources"><Cites cites={q.cite} /></p>
            }
        </fieldset>
    }
}
