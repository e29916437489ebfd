//! The interactive timeline on the introduction: a band showing the three negotiation
//! phases to scale, a filter by period, and the events (from `content/timeline.toml`),
//! each linking into its phase.

use super::{linked, mentions, Cites, ScreenLink};
use crate::app::{course, Store};
use crate::query::Screen;
use yew::prelude::*;

/// The periods students can filter by: (phase code, label).
const PERIODS: [(u8, &str); 5] = [
    (0, "Before the talks"),
    (1, "Phase 1"),
    (2, "Phase 2"),
    (3, "Phase 3"),
    (4, "After the agreement"),
];

/// Months since January 1991, for placing the phases on the band.
fn month(year: u32, m: u32) -> u32 {
    (year - 1991) * 12 + (m - 1)
}

#[function_component(Timeline)]
pub fn timeline() -> Html {
    let store = use_context::<Store>().expect("store");
    // Which period is shown: a view choice only, not part of the lesson state.
    let filter = use_state(|| None::<u8>);
    let events = &course().content.timeline;
    let shown: Vec<_> = events
        .iter()
        .filter(|e| filter.is_none_or(|f| e.phase == f))
        .collect();
    let texts: Vec<&str> = shown.iter().map(|e| e.text.as_str()).collect();
    let found = mentions(&texts);

    // The band spans 1991 to the end of 1997; phases per McAuliffe.
    let total = f64::from(month(1998, 1));
    let pct = |m: u32| f64::from(m) / total * 100.0;
    let spans = [
        (
            0u8,
            month(1991, 1),
            month(1994, 4),
            "1991–94: war, then talks about talks",
        ),
        (1, month(1994, 4), month(1995, 8), "Phase 1"),
        (2, month(1995, 8), month(1996, 12), "Phase 2"),
        (3, month(1996, 12), month(1997, 7), "Phase 3"),
    ];

    let choose = |value: Option<u8>| {
        let filter = filter.clone();
        Callback::from(move |_: Event| filter.set(value))
    };

    html! {
        <div class="timeline">
            <div class="band" aria-hidden="true">
                { for spans.iter().map(|(ph, a, b, label)| html! {
                    <span class={format!("band-seg band-{ph}")}
                          style={format!("left:{:.2}%;width:{:.2}%", pct(*a), pct(*b) - pct(*a))}>
                        <span class="band-label">{ *label }</span>
                    </span>
                }) }
                <span class="band-years">
                    { for (1991..=1997).map(|y| html! {
                        <span style={format!("left:{:.2}%", pct(month(y, 1)))}>{ y }</span>
                    }) }
                </span>
            </div>
            <fieldset class="timeline-filter">
                <legend>{ "Show events" }</legend>
                <label class="chip">
                    <input type="radio" name="timeline-filter" checked={filter.is_none()} onchange={choose(None)} />
                    { "All" }
                </label>
                { for PERIODS.iter().map(|(p, label)| html! {
                    <label class="chip">
                        <input type="radio" name="timeline-filter" checked={*filter == Some(*p)} onchange={choose(Some(*p))} />
                        { *label }
                    </label>
                }) }
            </fieldset>
            // Names the period, so two periods with as many events still sound different.
            <p class="visually-hidden" aria-live="polite">{
                format!("{}: {} events shown.",
                    filter.and_then(|f| PERIODS.iter().find(|(p, _)| *p == f)).map_or("All periods", |(_, l)| *l),
                    shown.len())
            }</p>
            <ol class="event-list timeline-list">
                { for shown.iter().zip(&found).map(|(e, m)| html! {
                    <li class={format!("period-{}", e.phase)} data-period={e.phase.to_string()}>
                        <p class="event-date">
                            <strong>{ &e.date }</strong>
                            if let Some(place) = &e.place { { format!(" · {place}") } }
                            <span class="period-tag">{ format!(" · {}", PERIODS[usize::from(e.phase.min(4))].1) }</span>
                        </p>
                        <p class="event-title">{ &e.title }</p>
                        <p>{ linked(&store, &e.text, m) }{ " " }<Cites cites={e.cite.clone()} /></p>
                        if let Some(d) = &e.disputed {
                            <p class="disputed"><strong>{ "Sources differ: " }</strong>{ d }</p>
                        }
                        if (1..=3).contains(&e.phase) {
                            <p class="event-link">
                                <ScreenLink to={Screen::Phase(e.phase)}>{ format!("Open Phase {} →", e.phase) }</ScreenLink>
                            </p>
                        }
                    </li>
                }) }
            </ol>
        </div>
    }
}
