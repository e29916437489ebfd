//! Predict first: the student says which conditions held before the panel shows them.

use super::{condition_name, PhaseProps};
use crate::content::msg;
use crate::model::CONDITIONS;
use crate::state::Action;
use crate::store::{dispatch, use_store};
use yew::prelude::*;

#[function_component(Predict)]
pub fn predict(p: &PhaseProps) -> Html {
    let store = use_store();
    let n = p.phase;
    let pred = store
        .lesson
        .predictions
        .get(&n)
        .cloned()
        .unwrap_or_default();
    let guessed = pred.guesses.len();
    let reveal = {
        let store = store.clone();
        Callback::from(move |_| dispatch(&store, Action::Reveal(n)))
    };

    html! {
        <section aria-labelledby="predict-title" class="predict card">
            <h2 id="predict-title">{ msg::predict_title() }</h2>
            if !pred.revealed {
                <p>{ msg::predict_intro() }</p>
                <div class="predict-grid">
                    { for CONDITIONS.iter().map(|&cid| {
                        let name = format!("predict-{n}-{cid}");
                        let choice = pred.guesses.get(cid).copied();
                        let radio = |value: bool, label: &'static str| {
                            let store = store.clone();
                            let onchange = Callback::from(move |_| dispatch(&store, Action::Guess {
                                phase: n, condition: cid.to_string(), holds: value,
                            }));
                            let id = format!("{name}-{value}");
                            html! {
                                <span class="choice">
                                    <input type="radio" id={id.clone()} name={name.clone()}
                                        checked={choice == Some(value)} {onchange} />
                                    <label for={id}>{ label }</label>
                                </span>
                            }
                        };
                        html! {
                            <fieldset>
                                <legend>{ condition_name(cid) }</legend>
                                { radio(true, msg::predict_held()) }
                                { radio(false, msg::predict_did_not_hold()) }
                            </fieldset>
                        }
                    }) }
                </div>
                <button type="button" onclick={reveal}>
                    { if guessed == 4 { msg::predict_reveal().to_string() } else { msg::predict_reveal_partial(guessed) } }
                </button>
            } else {
                <div id={format!("prediction-result-{n}")} tabindex="-1" class="prediction-summary">
                <p>{ msg::predict_compared() }</p>
                <ul class="prediction-result">
                    { for CONDITIONS.iter().map(|&cid| {
                        let guess = pred.guesses.get(cid).copied();
                        let actual = pred.actual.get(cid).copied().unwrap_or(false);
                        let said = match guess {
                            Some(true) => msg::predict_you_said_held(),
                            Some(false) => msg::predict_you_said_not(),
                            None => msg::predict_none(),
                        };
                        let is = if actual { msg::predict_it_held() } else { msg::predict_it_did_not() };
                        // Right, wrong, or not predicted (a dash, not a cross).
                        let (class, mark, words) = match guess {
                            None => ("none", "–", ""),
                            Some(g) if g == actual => ("right", "✓", msg::predict_correct()),
                            Some(_) => ("wrong", "✗", msg::predict_not_correct()),
                        };
                        html! {
                            <li class={class}>
                                <span aria-hidden="true" class="mark">{ mark }</span>
                                <strong>{ condition_name(cid) }</strong>{ msg::predict_row(is, said) }
                                <span class="visually-hidden">{ words }</span>
                            </li>
                        }
                    }) }
                </ul>
                </div>
            }
        </section>
    }
}
