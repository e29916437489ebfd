//! The instructor guide: objectives, lesson plans, how to use each part in class,
//! discussion questions with model answers, the answer key (every question and
//! challenge, computed from the content and the model), role cards, misconceptions.

use super::{Cites, ParaView, ScreenLink, TableWrap};
use crate::app::course;
use crate::query::Screen;
use crate::web;
use yew::prelude::*;

#[function_component(Guide)]
pub fn guide() -> Html {
    let c = course();
    let g = &c.content.guide;
    let m = &c.model;
    let print = Callback::from(|_| web::print());

    html! {
        <article class="screen guide">
            <header class="screen-head">
                <p class="eyebrow">{ "For instructors" }</p>
                <h1 id="screen-title" tabindex="-1">{ "Instructor guide" }</h1>
                <p class="lede">{ &g.intro }</p>
                <div class="actions no-print">
                    <button type="button" onclick={print}>{ "Print the guide" }</button>
                </div>
            </header>

            <nav class="toc no-print" aria-label="In this guide">
                <ul>
                    <li><a href="#g-objectives">{ "Objectives" }</a></li>
                    <li><a href="#g-plans">{ "Lesson plans" }</a></li>
                    <li><a href="#g-class">{ "In class" }</a></li>
                    <li><a href="#g-discussion">{ "Discussion" }</a></li>
                    <li><a href="#g-key">{ "Answer key" }</a></li>
                    <li><a href="#g-roles">{ "Role play" }</a></li>
                    <li><a href="#g-misconceptions">{ "Misconceptions" }</a></li>
                </ul>
            </nav>

            <section aria-labelledby="g-objectives">
                <h2 id="g-objectives">{ "Learning objectives" }</h2>
                <ul>{ for g.objectives.iter().map(|o| html! { <li>{ o }</li> }) }</ul>
            </section>

            <section aria-labelledby="g-plans">
                <h2 id="g-plans">{ "Lesson plans" }</h2>
                <div class="grid plans">
                    { for g.plans.iter().map(|plan| html! {
                        <TableWrap label={plan.title.clone()}>
                            <table class="plan">
                                <caption>{ &plan.title }</caption>
                                <thead><tr>
                                    <th scope="col">{ "Minutes" }</th>
                                    <th scope="col">{ "Activity" }</th>
                                    <th scope="col">{ "Screen" }</th>
                                </tr></thead>
                                <tbody>
                                    { for plan.steps.iter().map(|s| html! {
                                        <tr>
                                            <td>{ s.minutes }</td>
                                            <td>{ &s.activity }</td>
                                            <td>
                                                { match s.screen.as_deref().and_then(Screen::parse_loose) {
                                                    Some(screen) => html! { <ScreenLink to={screen}>{ screen.nav_label() }</ScreenLink> },
                                                    None => html! { { "—" } },
                                                } }
                                            </td>
                                        </tr>
                                    }) }
                                    <tr class="total">
                                        <th scope="row">{ plan.steps.iter().map(|s| s.minutes).sum::<u32>() }</th>
                                        <td colspan="2">{ "minutes in all" }</td>
                                    </tr>
                                </tbody>
                            </table>
                        </TableWrap>
                    }) }
                </div>
            </section>

            <section aria-labelledby="g-class">
                <h2 id="g-class">{ "Using the lesson in class" }</h2>
                { for g.in_class.iter().map(|p| html! { <ParaView para={p.clone()} /> }) }
                <p>
                    { "To hand students a scenario, set the board and use Share: the link reopens exactly those forces, and the embed code puts the lesson in a course page. Students' work stays in their browser; ask them to hand in the " }
                    <ScreenLink to={Screen::MyWork}>{ "My work" }</ScreenLink>
                    { " page as a PDF or as text." }
                </p>
            </section>

            <section aria-labelledby="g-discussion">
                <h2 id="g-discussion">{ "Discussion questions, with model answers" }</h2>
                <ol class="discussion">
                    { for g.discussion.iter().map(|d| html! {
                        <li>
                            <p class="q"><strong>{ &d.question }</strong></p>
                            <div class="model-answer">
                                <p class="label">{ "Model answer" }</p>
                                <ParaView para={d.answer.clone()} />
                            </div>
                        </li>
                    }) }
                </ol>
            </section>

            <section aria-labelledby="g-key">
                <h2 id="g-key">{ "Answer key" }</h2>
                { for c.content.phases.iter().map(|ph| {
                    let qs: Vec<_> = c.content.questions.iter().filter(|q| q.phase == ph.id).collect();
                    let chs: Vec<_> = c.content.challenges.iter().filter(|x| x.phase == ph.id).collect();
                    let a = m.assess(m.preset(ph.id).expect("preset"));
                    html! {
                        <section class="key-phase" aria-label={format!("Answer key, phase {}", ph.id)}>
                            <h3>{ format!("Phase {}: {}", ph.id, ph.title) }</h3>
                            <p>
                                <strong>{ "Prediction: " }</strong>
                                { crate::state::summary(&c.content, &a) }
                            </p>
                            <ol class="key">
                                { for qs.iter().map(|q| {
                                    let right = q.options.iter().find(|o| o.correct);
                                    html! {
                                        <li>
                                            <p class="q">{ &q.prompt }</p>
                                            if let Some(o) = right {
                                                <p><strong>{ format!("Answer: {}", o.text) }</strong>{ " " }{ &o.feedback }{ " " }<Cites cites={q.cite.clone()} /></p>
                                            }
                                        </li>
                                    }
                                }) }
                            </ol>
                            if !chs.is_empty() {
                                <h4>{ "Challenges" }</h4>
                                <ul class="key">
                                    { for chs.iter().map(|ch| {
                                        let start = m.preset(ch.phase).expect("preset");
                                        let best = if ch.impossible { None } else { m.fewest_changes(&ch.goal, start, 4) };
                                        let how = match (&best, ch.impossible) {
                                            (_, true) => "Cannot be reached: the right answer is to say so.".to_string(),
                                            (Some(s), _) => {
                                                let moves: Vec<String> = m.changes(start, s).into_iter().map(|i| {
                                                    let f = &m.factors[i];
                                                    format!("{} → {}", f.name, f.levels[usize::from(s.0[i])].label)
                                                }).collect();
                                                format!("One of the fewest-change solutions ({}): {}.", moves.len(), moves.join("; "))
                                            }
                                            (None, false) => "Needs more than four changes.".to_string(),
                                        };
                                        html! {
                                            <li>
                                                <p class="q"><strong>{ &ch.title }</strong>{ " " }{ &ch.prompt }</p>
                                                <p>{ how }</p>
                                                <p>{ &ch.success }{ " " }{ &ch.explain }{ " " }<Cites cites={ch.cite.clone()} /></p>
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
                <h2 id="g-roles">{ "Role play: late 1996" }</h2>
                <p>{ &g.role_play.text }</p>
                <div class="grid roles">
                    { for g.roles.iter().map(|r| html! {
                        <section class="card role-card" aria-label={format!("Role card: {}", r.actor)}>
                            <h3>{ &r.actor }</h3>
                            <p>{ &r.brief.text }</p>
                            <h4>{ "Interests" }</h4>
                            <ul>{ for r.interests.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                            <h4>{ "Red lines" }</h4>
                            <ul>{ for r.red_lines.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                            <p class="role-cites"><Cites cites={r.cite.clone()} /></p>
                        </section>
                    }) }
                </div>
            </section>

            <section aria-labelledby="g-misconceptions">
                <h2 id="g-misconceptions">{ "Common misconceptions" }</h2>
                <dl class="misconceptions">
                    { for g.misconceptions.iter().map(|x| html! {
                        <div>
                            <dt>{ format!("\u{201c}{}\u{201d}", x.belief) }</dt>
                            <dd><ParaView para={x.correction.clone()} /></dd>
                        </div>
                    }) }
                </dl>
            </section>
        </article>
    }
}
