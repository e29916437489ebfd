//! The instructor guide: objectives, lesson plans, how to use each part in class,
//! discussion questions with model answers, the answer key (every question and
//! challenge, computed from the content and the model), role cards, misconceptions.

use super::{screen_name, Cites, ParaView, ScreenLink, TableWrap};
use crate::content::{course, msg};
use crate::query::Screen;
use crate::state::Action;
use crate::store::{dispatch, use_store};
use crate::web;
use yew::prelude::*;

#[function_component(Guide)]
pub fn guide() -> Html {
    let store = use_store();
    let c = course();
    let g = &c.content.guide;
    let content = c.content;
    let m = &c.model;
    let print = Callback::from(|_| web::print());
    // The guide holds the answer key: a student meets a warning first. An embed whose
    // instructor asked for the guide (`screens=…,guide`) opens it straight away.
    let unlocked =
        store.lesson.guide_unlocked || store.lesson.frame.screens.contains(&Screen::Guide);
    if !unlocked {
        let open = {
            let store = store.clone();
            Callback::from(move |_| dispatch(&store, Action::UnlockGuide))
        };
        return html! {
            <article class="screen guide">
                <header class="screen-head">
                    <p class="eyebrow">{ msg::layout_for_instructors() }</p>
                    <h1 id="screen-title" tabindex="-1">{ msg::nav_guide() }</h1>
                </header>
                <section class="card guide-gate" aria-labelledby="gate-title">
                    <h2 id="gate-title">{ msg::guide_gate_title() }</h2>
                    <p>{ msg::guide_gate_text() }</p>
                    <p class="actions">
                        <button type="button" onclick={open}>{ msg::guide_gate_open() }</button>
                        <ScreenLink to={Screen::Intro} class="button secondary">{ msg::guide_gate_back() }</ScreenLink>
                    </p>
                </section>
            </article>
        };
    }

    html! {
        <article class="screen guide">
            <header class="screen-head">
                <p class="eyebrow">{ msg::layout_for_instructors() }</p>
                <h1 id="screen-title" tabindex="-1">{ msg::nav_guide() }</h1>
                <p class="lede">{ g.intro }</p>
                <div class="actions no-print">
                    <button type="button" onclick={print}>{ msg::guide_print() }</button>
                    <ScreenLink to={Screen::Class} class="button-link">{ msg::guide_class_results() }</ScreenLink>
                </div>
            </header>

            <nav class="toc no-print" aria-label={msg::guide_toc()}>
                <ul>
                    <li><a href="#g-objectives">{ msg::guide_toc_objectives() }</a></li>
                    <li><a href="#g-plans">{ msg::guide_toc_plans() }</a></li>
                    <li><a href="#g-class">{ msg::guide_toc_class() }</a></li>
                    <li><a href="#g-discussion">{ msg::guide_toc_discussion() }</a></li>
                    <li><a href="#g-key">{ msg::guide_toc_key() }</a></li>
                    <li><a href="#g-roles">{ msg::guide_toc_roles() }</a></li>
                    <li><a href="#g-misconceptions">{ msg::guide_toc_misconceptions() }</a></li>
                </ul>
            </nav>

            <section aria-labelledby="g-objectives">
                <h2 id="g-objectives">{ msg::guide_objectives() }</h2>
                <ul>{ for g.objectives.iter().map(|o| html! { <li>{ o }</li> }) }</ul>
            </section>

            <section aria-labelledby="g-plans">
                <h2 id="g-plans">{ msg::guide_plans() }</h2>
                <div class="grid plans">
                    { for g.plans.iter().map(|plan| html! {
                        <TableWrap label={plan.title.get()}>
                            <table class="plan">
                                <caption>{ plan.title }</caption>
                                <thead><tr>
                                    <th scope="col">{ msg::guide_minutes() }</th>
                                    <th scope="col">{ msg::guide_activity() }</th>
                                    <th scope="col">{ msg::guide_screen() }</th>
                                </tr></thead>
                                <tbody>
                                    { for plan.steps.iter().map(|s| html! {
                                        <tr>
                                            <td>{ s.minutes }</td>
                                            <td>{ s.activity }</td>
                                            <td>
                                                { match s.screen.and_then(Screen::parse_loose) {
                                                    Some(screen) => html! { <ScreenLink to={screen}>{ screen_name(screen) }</ScreenLink> },
                                                    None => html! { { "—" } },
                                                } }
                                            </td>
                                        </tr>
                                    }) }
                                    <tr class="total">
                                        <th scope="row">{ plan.steps.iter().map(|s| s.minutes).sum::<u32>() }</th>
                                        <td colspan="2">{ msg::guide_minutes_total() }</td>
                                    </tr>
                                </tbody>
                            </table>
                        </TableWrap>
                    }) }
                </div>
            </section>

            <section aria-labelledby="g-class">
                <h2 id="g-class">{ msg::guide_class() }</h2>
                { for g.in_class.iter().map(|para| html! { <ParaView {para} /> }) }
                <p>
                    { msg::guide_share_before() }
                    <ScreenLink to={Screen::MyWork}>{ msg::nav_mywork() }</ScreenLink>
                    { msg::guide_share_after() }
                </p>
            </section>

            <section aria-labelledby="g-discussion">
                <h2 id="g-discussion">{ msg::guide_discussion() }</h2>
                <ol class="discussion">
                    { for g.discussion.iter().map(|d| html! {
                        <li>
                            <p class="q"><strong>{ d.question }</strong></p>
                            <div class="model-answer">
                                <p class="label">{ msg::guide_model_answer() }</p>
                                <ParaView para={&d.answer} />
                            </div>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="g-key">
                <h2 id="g-key">{ msg::guide_toc_key() }</h2>
                { for c.content.phases.iter().map(|ph| {
                    let qs: Vec<_> = c.content.questions.iter().filter(|q| q.phase == ph.id).collect();
                    let chs: Vec<_> = c.content.challenges.iter().filter(|x| x.phase == ph.id).collect();
                    let a = m.assess(m.preset(ph.id).expect("preset"));
                    html! {
                        <section class="key-phase" aria-label={msg::guide_key_label(ph.id)}>
                            <h3>{ msg::handin_phase_heading(ph.id, ph.title) }</h3>
                            <p>
                                <strong>{ msg::guide_key_prediction() }</strong>
                                { crate::state::summary(content, &a) }
                            </p>
                            <ol class="key">
                                { for qs.iter().map(|q| {
                                    let right = q.options.iter().find(|o| o.correct);
                                    html! {
                                        <li>
                                            <p class="q">{ crate::components::words(q.prompt.get()) }</p>
                                            if let Some(o) = right {
                                                <p><strong>{ msg::guide_key_answer(o.text) }</strong>{ " " }{ crate::components::words(o.feedback.get()) }{ " " }<Cites cites={q.cite} /></p>
                                            }
                                        </li>
                                    }
                                }) }
                            </ol>
                            if !chs.is_empty() {
                                <h4>{ msg::challenge_title() }</h4>
                                <ul class="key">
                                    { for chs.iter().map(|ch| {
                                        let start = m.preset(ch.phase).expect("preset");
                                        let best = if ch.impossible { None } else { m.fewest_changes(&ch.goal(), start, 4) };
                                        let how = match (&best, ch.impossible) {
                                            (_, true) => msg::guide_key_impossible().to_string(),
                                            (Some(s), _) => {
                                                let moves: Vec<String> = m.changes(start, s).into_iter().map(|i| {
                                                    msg::guide_key_move(content.factor(i).name, content.level(i, s.0[i]).label)
                                                }).collect();
                                                msg::guide_key_fewest(moves.join(msg::common_list_separator()), moves.len())
                                            }
                                            (None, false) => msg::guide_key_more().to_string(),
                                        };
                                        html! {
                                            <li>
                                                <p class="q"><strong>{ ch.title }</strong>{ " " }{ crate::components::words(ch.prompt.get()) }</p>
                                                <p>{ how }</p>
                                                <p>{ crate::components::words(ch.success.get()) }{ " " }{ crate::components::words(ch.explain.get()) }{ " " }<Cites cites={ch.cite} /></p>
                                            </li>
                                        }
                                    }) }
                                </ul>
                            }
                        </section>
                    }
                }) }
            </section>

            <section aria-labelledby="g-roles">
                <h2 id="g-roles">{ msg::guide_roles() }</h2>
                <ParaView para={&g.role_play} />
                <div class="grid roles">
                    { for g.roles.iter().map(|r| html! {
                        <section class="card role-card" aria-label={msg::guide_role_label(r.actor)}>
                            <h3>{ r.actor }</h3>
                            <ParaView para={&r.brief} />
                            <h4>{ msg::guide_interests() }</h4>
                            <ul>{ for r.interests.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                            <h4>{ msg::guide_red_lines() }</h4>
                            <ul>{ for r.red_lines.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                            <p class="role-cites"><Cites cites={r.cite} /></p>
                        </section>
                    }) }
                </div>
            </section>

            <section aria-labelledby="g-misconceptions">
                <h2 id="g-misconceptions">{ msg::guide_misconceptions() }</h2>
                <dl class="misconceptions">
                    { for g.misconceptions.iter().map(|x| html! {
                        <div>
                            <dt>{ msg::guide_belief(x.belief) }</dt>
                            <dd><ParaView para={&x.correction} /></dd>
                        </div>
                    }) }
                </dl>
            </section>
        </article>
    }
}
