//! Afghanistan, 2018–21: the transfer exercise. What it cannot do comes first; then the
//! parties, the evidence cards, and the student's judgement of each condition (two-sided
//! where the lesson's model is) with a reason; once every item is judged, the lesson's
//! reading of Mullojanov beside the student's, and Tajikistan 1997 against Afghanistan
//! 2021. No model runs: the screen says why.

use super::{words, Cites, NextPrev, ParaView, ScreenLink, TableWrap};
use crate::class::{judged_name, verdict_word};
use crate::content::{course, msg, Reading};
use crate::query::Screen;
use crate::state::{Action, Lesson};
use crate::store::{dispatch, use_store};
use crate::transfer::{combine, judged, Judged, Verdict};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Verdict classes and symbols: the words always go with them.
fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Holds => "v-holds",
        Verdict::Fails => "v-fails",
        Verdict::Unclear => "v-unclear",
    }
}

fn verdict_badge(v: Option<Verdict>) -> Html {
    match v {
        Some(v) => html! {
            <span class={classes!("vbadge", verdict_class(v))}>
                <span aria-hidden="true">{ v.symbol() }{ " " }</span>{ verdict_word(v) }
            </span>
        },
        None => html! { <span class="vbadge">{ "—" }</span> },
    }
}

#[function_component(Transfer)]
pub fn transfer() -> Html {
    let store = use_store();
    let c = course();
    let t = &c.content.afghanistan;
    let lesson = &store.lesson;
    let revealed = lesson.transfer_revealed;
    let items = judged(t);
    // After a Reveal pressed too early: which items are still open.
    let tried = use_state(|| false);
    let missing: Vec<String> = items
        .iter()
        .filter(|j| !lesson.judgements.contains_key(&j.key()))
        .map(|j| judged_name(c, j))
        .collect();
    let reveal = {
        let (store, tried) = (store.clone(), tried.clone());
        let first_missing = items
            .iter()
            .find(|j| !store.lesson.judgements.contains_key(&j.key()))
            .map(|j| format!("judge-{}-{}", j.key(), Verdict::Holds.slug()));
        Callback::from(move |_| {
            tried.set(true);
            match &first_missing {
                // Focus the first open choice, so the keyboard user lands on it.
                Some(id) => crate::web::focus(id),
                None => dispatch(&store, Action::RevealTransfer),
            }
        })
    };
    let minutes = crate::timing::round5(crate::timing::transfer());

    html! {
        <article class="screen transfer">
            <header class="screen-head">
                <p class="eyebrow">{ msg::transfer_eyebrow(minutes) }</p>
                <h1 id="screen-title" tabindex="-1">{ t.title }</h1>
                <ParaView para={&t.intro} class="lede" />
            </header>

            <section aria-labelledby="limits-title" class="card limits">
                <h2 id="limits-title">{ msg::transfer_limits_title() }</h2>
                <ul>
                    { for t.limits.iter().map(|p| html! { <li><ParaView para={p} /></li> }) }
                </ul>
            </section>

            <section aria-labelledby="parties-title">
                <h2 id="parties-title">{ msg::transfer_parties_title() }</h2>
                <ul class="grid parties">
                    { for t.parties.iter().map(|p| html! {
                        <li class="card party">
                            <h3>{ p.name }</h3>
                            <ParaView para={&p.text} />
                        </li>
                    }) }
                </ul>
            </section>

            <section aria-labelledby="cards-title">
                <h2 id="cards-title">{ msg::transfer_cards_title() }</h2>
                <p>{ msg::transfer_cards_intro() }</p>
                <ol class="grid evidence">
                    { for t.cards.iter().map(|k| html! {
                        <li class="card evidence-card" id={format!("card-{}", k.id)}>
                            <h3>{ k.title }</h3>
                            <p>{ words(k.text.get()) }{ " " }<Cites cites={k.cite} /></p>
                            <p class="bears-on">
                                { msg::transfer_bears_on() }
                                { k.bears_on.iter().map(|b| condition_name(b)).collect::<Vec<_>>().join(msg::common_list_separator()) }
                            </p>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="judge-title" class="judge">
                <h2 id="judge-title">{ msg::transfer_judge_title() }</h2>
                <p>{ msg::transfer_judge_intro() }</p>
                { for t.readings.iter().map(|r| html! { <JudgeCondition reading={r} /> }) }
                if !revealed {
                    <button type="button" class="reveal" onclick={reveal}>{ msg::transfer_reveal() }</button>
                    if *tried && !missing.is_empty() {
                        <p class="reveal-missing" role="status">
                            { msg::transfer_reveal_missing(missing.join(msg::common_list_separator())) }
                        </p>
                    }
                    <p class="after-reveal muted">{ msg::transfer_after_reveal() }</p>
                }
            </section>

            if revealed {
                <section aria-labelledby="transfer-result" class="transfer-result">
                    <h2 id="transfer-result" tabindex="-1">{ msg::transfer_result_title() }</h2>
                    <p>
                        { msg::transfer_locked() }
                        <ScreenLink to={Screen::MyWork}>{ msg::nav_mywork() }</ScreenLink>
                        { msg::transfer_locked_after() }
                    </p>
                    <ol class="readings">
                        { for t.readings.iter().map(|r| reading_view(lesson, r, &items)) }
                    </ol>
                </section>
                <section aria-labelledby="compare-title">
                    <h2 id="compare-title">{ msg::transfer_compare_title() }</h2>
                    <TableWrap label={msg::transfer_compare_caption()}>
                        <table class="side-by-side">
                            <caption>{ msg::transfer_compare_caption() }</caption>
                            <thead><tr>
                                <th scope="col">{ msg::transfer_topic() }</th>
                                <th scope="col">{ msg::transfer_tajikistan() }</th>
                                <th scope="col">{ msg::transfer_afghanistan() }</th>
                            </tr></thead>
                            <tbody>
                                { for t.comparison.iter().map(|row| html! {
                                    <tr>
                                        <th scope="row">{ row.topic }</th>
                                        <td><ParaView para={&row.tajikistan} /></td>
                                        <td><ParaView para={&row.afghanistan} /></td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </TableWrap>
                </section>
            }

            <NextPrev screen={Screen::Afghanistan} />
        </article>
    }
}

#[derive(Properties)]
struct JudgeProps {
    reading: &'static Reading,
}

impl PartialEq for JudgeProps {
    fn eq(&self, o: &Self) -> bool {
        std::ptr::eq(self.reading, o.reading)
    }
}

/// One condition: its choices (one group, or one per side) and the reason. Fixed once
/// the reading is shown.
#[function_component(JudgeCondition)]
fn judge_condition(p: &JudgeProps) -> Html {
    let store = use_store();
    let c = course();
    let t = &c.content.afghanistan;
    let r = p.reading;
    let lesson = &store.lesson;
    let locked = lesson.transfer_revealed;
    let cid = r.condition;
    let short = c
        .content
        .conditions
        .iter()
        .find(|x| x.id == cid)
        .map(|x| x.short.get());
    let groups: Vec<Judged> = judged(t)
        .into_iter()
        .filter(|j| j.condition == cid)
        .collect();
    let cards: Vec<Html> = t
        .cards
        .iter()
        .filter(|k| k.bears_on.contains(&cid))
        .map(|k| html! { <a href={format!("#card-{}", k.id)}>{ k.title }</a> })
        .collect();
    let group = |j: &Judged| {
        let key = j.key();
        let chosen = lesson.judgements.get(&key).copied();
        // One side: the party's name, with the condition for screen readers; one-sided
        // conditions: the heading above says it, the legend is for screen readers.
        let legend = match j.party {
            Some(p) => html! { <legend>
                <span class="visually-hidden">{ format!("{}: ", condition_name(cid)) }</span>{ party_name(p) }
            </legend> },
            None => html! { <legend class="visually-hidden">{ condition_name(cid) }</legend> },
        };
        html! {
            <fieldset class={classes!("judge-group", j.party.is_none().then_some("single"))} disabled={locked}>
                { legend }
                <span class="choices">
                    { for Verdict::ALL.iter().map(|&v| {
                        let id = format!("judge-{key}-{}", v.slug());
                        let onchange = {
                            let (store, key) = (store.clone(), key.clone());
                            Callback::from(move |_| dispatch(&store, Action::Judge { key: key.clone(), verdict: v }))
                        };
                        html! {
                            <span class="choice">
                                <input type="radio" id={id.clone()} name={format!("judge-{key}")}
                                    checked={chosen == Some(v)} {onchange} />
                                <label for={id}>{ verdict_word(v) }</label>
                            </span>
                        }
                    }) }
                </span>
            </fieldset>
        }
    };
    let reason_id = format!("reason-{cid}");
    let oninput = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch(
                &store,
                Action::Reason {
                    condition: cid.to_string(),
                    text: input.value(),
                },
            );
        })
    };
    html! {
        <div class="card judge-condition" id={format!("judge-{cid}")}>
            <h3>{ condition_name(cid) }</h3>
            if let Some(s) = short { <p class="condition-short">{ s }</p> }
            if groups.len() > 1 { <p class="muted">{ msg::transfer_both_sides() }</p> }
            <div class={classes!((groups.len() > 1).then_some("judge-sides"))}>
                { for groups.iter().map(group) }
            </div>
            <label for={reason_id.clone()} class="reason-label">{ msg::transfer_reason(condition_name(cid)) }</label>
            <input type="text" id={reason_id} class="reason" maxlength="300" readonly={locked}
                value={lesson.reasons.get(cid).cloned().unwrap_or_default()} {oninput} />
            if !cards.is_empty() {
                <p class="evidence-links">
                    { msg::transfer_evidence() }
                    { for cards.into_iter().enumerate().map(|(i, a)| html! {
                        <>{ if i > 0 { msg::common_list_separator() } else { "" } }{ a }</>
                    }) }
                </p>
            }
        </div>
    }
}

/// The student's judgement beside the lesson's reading, for one condition.
fn reading_view(lesson: &Lesson, r: &'static Reading, items: &[Judged]) -> Html {
    let mine: Vec<(&Judged, Option<Verdict>)> = items
        .iter()
        .filter(|j| j.condition == r.condition)
        .map(|j| (j, lesson.judgements.get(&j.key()).copied()))
        .collect();
    let reading = Verdict::from_slug(r.verdict);
    let two_sided = !r.sides.is_empty();
    let overall_mine = if two_sided {
        combine(&mine.iter().map(|(_, v)| *v).collect::<Vec<_>>())
    } else {
        mine.first().and_then(|(_, v)| *v)
    };
    let compare = |yours: Option<Verdict>, theirs: Option<Verdict>| {
        if yours == theirs {
            html! { <span class="same">{ msg::transfer_same() }</span> }
        } else {
            html! { <span class="different">{ msg::transfer_different() }</span> }
        }
    };
    html! {
        <li class="card reading" id={format!("reading-{}", r.condition)}>
            <h3>{ condition_name(r.condition) }</h3>
            <p class="reading-verdicts">
                <span>{ msg::transfer_yours() }{ verdict_badge(overall_mine) }</span>
                <span>{ msg::transfer_reading() }{ verdict_badge(reading) }</span>
                { compare(overall_mine, reading) }
            </p>
            if two_sided {
                <ul class="side-readings">
                    { for r.sides.iter().map(|s| {
                        let j = items.iter().find(|j| j.condition == r.condition && j.party == Some(s.party));
                        let yours = j.and_then(|j| lesson.judgements.get(&j.key()).copied());
                        let theirs = Verdict::from_slug(s.verdict);
                        html! {
                            <li>
                                <strong>{ party_name(s.party) }</strong>
                                <span class="reading-verdicts">
                                    <span>{ msg::transfer_yours() }{ verdict_badge(yours) }</span>
                                    <span>{ msg::transfer_reading() }{ verdict_badge(theirs) }</span>
                                </span>
                                <p>{ words(s.text.get()) }</p>
                            </li>
                        }
                    }) }
                </ul>
            }
            <ParaView para={&r.text} />
            <p class="your-reason">
                <strong>{ msg::transfer_your_reason() }</strong>
                { match lesson.reasons.get(r.condition) {
                    Some(w) => html! { { w.clone() } },
                    None => html! { <span class="muted">{ msg::transfer_no_reason() }</span> },
                } }
            </p>
        </li>
    }
}

fn condition_name(id: &str) -> &'static str {
    course().content.condition_name(id)
}

/// A party's short name, capitalised for a label ("The Taliban").
fn party_name(id: &str) -> String {
    let short = course()
        .content
        .afghanistan
        .parties
        .iter()
        .find(|p| p.id == id)
        .map_or(id, |p| p.short.get());
    let mut chars = short.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
