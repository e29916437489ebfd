//! The debrief: McAuliffe's three criteria for judging the 1997 agreement, the later
//! critiques, the four authors side by side, reflection prompts, and the student's
//! own results.

use super::{
    linked, mentions, Cites, ConditionsByPhase, NextPrev, ParaView, ScreenLink, TableWrap,
};
use crate::app::{course, dispatch, Store};
use crate::handin::HandIn;
use crate::query::Screen;
use crate::state::Action;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[function_component(Debrief)]
pub fn debrief() -> Html {
    let store = use_context::<Store>().expect("store");
    let c = course();
    let d = &c.content.debrief;
    let p = &c.content.perspectives;
    let texts: Vec<&str> = d
        .criteria
        .iter()
        .map(|k| k.text.text.as_str())
        .chain(d.critiques.iter().map(|x| x.text.as_str()))
        .collect();
    let found = mentions(&texts);
    let (crit_m, critique_m) = found.split_at(d.criteria.len());
    let work = HandIn::from_lesson(c, &store.lesson);
    let (qr, qa, _) = work.quiz_score();
    let (cd, ct) = work.challenge_score();
    let source_name = |src: &str| {
        p.authors
            .iter()
            .find(|a| a.src == src)
            .map(|a| a.author.clone())
            .or_else(|| c.content.source(src).map(|s| s.short.clone()))
            .unwrap_or_else(|| src.to_string())
    };

    html! {
        <article class="screen debrief">
            <header class="screen-head">
                <p class="eyebrow">{ "After the agreement" }</p>
                <h1 id="screen-title" tabindex="-1">{ "Debrief: was it a good peace?" }</h1>
                <p class="lede">{ &d.intro.text }</p>
            </header>

            <Recap />

            <section aria-labelledby="criteria-title">
                <h2 id="criteria-title">{ "McAuliffe's three tests of the agreement" }</h2>
                <ol class="grid criteria">
                    { for d.criteria.iter().zip(crit_m).map(|(k, m)| html! {
                        <li class="card">
                            <h3>{ &k.title }</h3>
                            <p>{ linked(&store, &k.text.text, m) }{ " " }<Cites cites={k.text.cite.clone()} /></p>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="critiques-title">
                <h2 id="critiques-title">{ "Later critiques" }</h2>
                { for d.critiques.iter().zip(critique_m).map(|(x, m)| html! {
                    <ParaView para={x.clone()} mentions={m.clone()} />
                }) }
            </section>

            <section aria-labelledby="perspectives-title">
                <h2 id="perspectives-title">{ "Four authors, four emphases" }</h2>
                <p>{ &p.intro.text }</p>
                <div class="grid authors">
                    { for p.authors.iter().map(|a| html! {
                        <section class="card author" aria-label={a.author.clone()}>
                            <h3>{ &a.author }</h3>
                            <p class="headline">{ &a.headline }</p>
                            { for a.argument.iter().map(|x| html! { <ParaView para={x.clone()} /> }) }
                        </section>
                    }) }
                </div>
                <h3>{ "Where they agree" }</h3>
                { for p.agreements.iter().map(|x| html! { <ParaView para={x.clone()} /> }) }
                <h3>{ "Where they differ" }</h3>
                { for p.debates.iter().map(|deb| html! {
                    <TableWrap label={deb.topic.clone()}>
                        <table class="debate">
                            <caption>{ &deb.topic }</caption>
                            <thead><tr><th scope="col">{ "Author" }</th><th scope="col">{ "View" }</th></tr></thead>
                            <tbody>
                                { for deb.views.iter().map(|v| html! {
                                    <tr>
                                        <th scope="row">{ source_name(&v.src) }</th>
                                        <td>{ &v.text }{ " " }<Cites cites={v.cite.clone()} /></td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </TableWrap>
                }) }
            </section>

            <section aria-labelledby="yours-title" class="card your-results">
                <h2 id="yours-title">{ "Your lesson so far" }</h2>
                <ul>
                    <li>{ work.predictions_line() }</li>
                    <li>{ format!("Questions: {qr} right of {qa} answered.") }</li>
                    <li>{ format!("Challenges: {cd} of {ct} completed.") }</li>
                </ul>
                <p>
                    <ScreenLink to={Screen::MyWork}>{ "See all your work, print it or copy it" }</ScreenLink>
                </p>
            </section>

            <section aria-labelledby="reflect-title">
                <h2 id="reflect-title">{ "Reflect" }</h2>
                <p class="muted">{ "Your answers are kept in this browser and appear in My work." }</p>
                { for d.prompts.iter().enumerate().map(|(i, prompt)| {
                    let id = format!("reflect-{i}");
                    let value = store.lesson.reflections.get(&i.to_string()).cloned().unwrap_or_default();
                    let oninput = {
                        let store = store.clone();
                        Callback::from(move |e: InputEvent| {
                            let t: HtmlTextAreaElement = e.target_unchecked_into();
                            dispatch(&store, Action::Reflect { prompt: i, text: t.value() });
                        })
                    };
                    html! {
                        <div class="reflect">
                            <label for={id.clone()}>{ prompt }</label>
                            <textarea id={id} rows="4" {value} {oninput} />
                        </div>
                    }
                }) }
            </section>

            <NextPrev screen={Screen::Debrief} />
        </article>
    }
}

/// Looking back on the three phases: which conditions held in each (from the model's
/// historical presets) and how each condition went, in words. Kept out of the
/// introduction so that it does not answer the phase screens' predictions in advance.
#[function_component(Recap)]
fn recap() -> Html {
    let c = course();
    html! {
        <section aria-labelledby="recap-title">
            <h2 id="recap-title">{ "Looking back: the four conditions, phase by phase" }</h2>
            <ConditionsByPhase caption={"Which of Haass's conditions held in each phase, in the lesson's model of McAuliffe's account"} />
            <ol class="grid recap-conditions">
                { for c.content.conditions.iter().map(|k| html! {
                    <li class="card">
                        <h3>{ &k.name }</h3>
                        <ParaView para={k.history.clone()} />
                    </li>
                }) }
            </ol>
        </section>
    }
}
