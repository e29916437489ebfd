//! The debrief: McAuliffe's three criteria for judging the 1997 agreement, the later
//! critiques, the four authors side by side, reflection prompts, and the student's
//! own results.

use super::{
    linked, mentions, Cites, ConditionsByPhase, NextPrev, ParaView, ScreenLink, TableWrap,
};
use crate::content::{course, msg};
use crate::handin::HandIn;
use crate::query::Screen;
use crate::state::Action;
use crate::store::{dispatch, use_dispatch, use_store};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[function_component(Debrief)]
pub fn debrief() -> Html {
    let store = use_store();
    let links = use_dispatch();
    let c = course();
    let d = &c.content.debrief;
    let p = &c.content.perspectives;
    let found = use_memo(
        (crate::content::lang().code, crate::content::later_loaded()),
        |_| {
            let texts: Vec<&str> = d
                .criteria
                .iter()
                .map(|k| k.text.text.get())
                .chain(d.critiques.iter().map(|x| x.text.get()))
                .collect();
            mentions(&texts)
        },
    );
    let (crit_m, critique_m) = found.split_at(d.criteria.len());
    let work = HandIn::from_lesson(c, &store.lesson);
    let (qr, qa, _) = work.quiz_score();
    let (cd, ct) = work.challenge_score();
    let source_name = |src: &str| {
        p.authors
            .iter()
            .find(|a| a.src == src)
            .map(|a| a.author.get())
            .or_else(|| c.content.source(src).map(|s| s.short.get()))
            .unwrap_or("")
    };

    html! {
        <article class="screen debrief">
            <header class="screen-head">
                <p class="eyebrow">{ msg::debrief_eyebrow() }</p>
                <h1 id="screen-title" tabindex="-1">{ msg::debrief_title() }</h1>
                <ParaView para={&d.intro} class="lede" />
            </header>

            <Recap />

            <section aria-labelledby="criteria-title">
                <h2 id="criteria-title">{ msg::debrief_criteria() }</h2>
                <ol class="grid criteria">
                    { for d.criteria.iter().zip(crit_m).map(|(k, m)| html! {
                        <li class="card">
                            <h3>{ k.title }</h3>
                            <p>{ linked(&links, k.text.text.get(), m) }{ " " }<Cites cites={k.text.cite} /></p>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="critiques-title">
                <h2 id="critiques-title">{ msg::debrief_critiques() }</h2>
                { for d.critiques.iter().zip(critique_m).map(|(para, m)| html! {
                    <ParaView {para} mentions={m.clone()} />
                }) }
            </section>

            <section aria-labelledby="perspectives-title">
                <h2 id="perspectives-title">{ msg::debrief_perspectives() }</h2>
                <ParaView para={&p.intro} />
                <div class="grid authors">
                    { for p.authors.iter().map(|a| html! {
                        <section class="card author" aria-label={a.author.get()}>
                            <h3>{ a.author }</h3>
                            <p class="headline">{ a.headline }</p>
                            { for a.argument.iter().map(|para| html! { <ParaView {para} /> }) }
                        </section>
                    }) }
                </div>
                <h3>{ msg::debrief_agree() }</h3>
                { for p.agreements.iter().map(|para| html! { <ParaView {para} /> }) }
                <h3>{ msg::debrief_differ() }</h3>
                { for p.debates.iter().map(|deb| html! {
                    <TableWrap label={deb.topic.get()}>
                        <table class="debate">
                            <caption>{ deb.topic }</caption>
                            <thead><tr><th scope="col">{ msg::debrief_author() }</th><th scope="col">{ msg::debrief_view() }</th></tr></thead>
                            <tbody>
                                { for deb.views.iter().map(|v| html! {
                                    <tr>
                                        <th scope="row">{ source_name(v.src) }</th>
                                        <td>{ super::words(v.text.get()) }{ " " }<Cites cites={v.cite} /></td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </TableWrap>
                }) }
            </section>

            <section aria-labelledby="yours-title" class="card your-results">
                <h2 id="yours-title">{ msg::debrief_yours() }</h2>
                <ul>
                    <li>{ work.predictions_line() }</li>
                    <li>{ msg::debrief_questions(qa, qr) }</li>
                    <li>{ msg::common_challenges_done(cd, ct) }</li>
                </ul>
                <p>
                    <ScreenLink to={Screen::MyWork}>{ msg::debrief_see_work() }</ScreenLink>
                </p>
            </section>

            <section aria-labelledby="reflect-title">
                <h2 id="reflect-title">{ msg::debrief_reflect() }</h2>
                <p class="muted">{ msg::debrief_reflect_help() }</p>
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
                            <label for={id.clone()}>{ super::words(prompt.get()) }</label>
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
/// historical presets), how each condition went, and how each tier moved, in words. It
/// would answer the phases' predictions, so it waits until all three are revealed, or
/// until the student says they have finished with the phases.
#[function_component(Recap)]
fn recap() -> Html {
    let store = use_store();
    let c = course();
    let asked = use_state(|| false);
    let unrevealed: Vec<u8> = (1..=3).filter(|&n| !store.lesson.revealed(n)).collect();
    let heading_ref = use_node_ref();
    {
        // The heading exists only after the re-render the button causes: focus it then.
        let heading = heading_ref.clone();
        use_effect_with(*asked, move |asked| {
            if *asked {
                crate::web::focus_ref(&heading);
            }
        });
    }
    if !unrevealed.is_empty() && !*asked {
        let show = {
            let asked = asked.clone();
            Callback::from(move |_| asked.set(true))
        };
        let phases = unrevealed
            .iter()
            .map(msg::nav_phase)
            .collect::<Vec<_>>()
            .join(", ");
        return html! {
            <section aria-labelledby="recap-title" class="card recap-gate">
                <h2 id="recap-title">{ msg::debrief_recap() }</h2>
                <p>{ msg::debrief_recap_wait(phases) }</p>
                <button type="button" onclick={show}>{ msg::debrief_recap_show() }</button>
            </section>
        };
    }
    html! {
        <section aria-labelledby="recap-title">
            <h2 id="recap-title" tabindex="-1" ref={heading_ref}>{ msg::debrief_recap() }</h2>
            <ConditionsByPhase caption={msg::debrief_recap_caption()} />
            <ol class="grid recap-conditions">
                { for c.content.conditions.iter().map(|k| html! {
                    <li class="card">
                        <h3>{ k.name }</h3>
                        <ParaView para={&k.history} />
                    </li>
                }) }
            </ol>
            <h3>{ msg::debrief_tiers() }</h3>
            <ol class="grid recap-tiers">
                { for c.content.tiers.iter().map(|t| html! {
                    <li class="card">
                        <h4>{ t.name }</h4>
                        <ParaView para={&t.explain} />
                    </li>
                }) }
            </ol>
        </section>
    }
}
