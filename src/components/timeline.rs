//! The interactive timeline on the introduction: a band showing the three negotiation
//! phases to scale, a filter by period, and the events (from `content/timeline.toml`),
//! each linking into its phase.

use super::{linked, mentions, Cites, ScreenLink};
use crate::content::{course, msg};
use crate::query::Screen;
use crate::store::use_dispatch;
use yew::prelude::*;

/// The periods students can filter by (the events' phase codes).
const PERIODS: [u8; 5] = [0, 1, 2, 3, 4];

fn period_name(p: u8) -> String {
    match p {
        0 => msg::timeline_before().into(),
        1..=3 => msg::nav_phase(p),
        _ => msg::timeline_after().into(),
    }
}

/// Months since January 1991, for placing the phases on the band.
fn month(year: u32, m: u32) -> u32 {
    (year - 1991) * 12 + (m - 1)
}

#[function_component(Timeline)]
pub fn timeline() -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_dispatch();
    // Which period is shown: nothing until the student chooses (the band gives the
    // overview; the list is "read more"), then all or one period. A view choice only.
    let chosen = use_state(|| None::<Option<u8>>);
    let filter = chosen.flatten();
    let events = course().content.timeline;
    let shown: Vec<_> = match *chosen {
        None => Vec::new(),
        Some(f) => events
            .iter()
            .filter(|e| f.is_none_or(|p| e.phase == p))
            .collect(),
    };
    let texts: Vec<&str> = shown.iter().map(|e| e.text.get()).collect();
    let found = mentions(&texts);

    // The band spans 1991 to the end of 1997; phases per McAuliffe.
    let total = i64::from(month(1998, 1));
    let pct = |m: u32| super::css_pct(i64::from(m), total, 2);
    let spans = [
        (
            0u8,
            month(1991, 1),
            month(1994, 4),
            msg::timeline_band_before().to_string(),
        ),
        (1, month(1994, 4), month(1995, 8), msg::nav_phase(1)),
        (2, month(1995, 8), month(1996, 12), msg::nav_phase(2)),
        (3, month(1996, 12), month(1997, 7), msg::nav_phase(3)),
    ];

    let choose = |value: Option<u8>| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| chosen.set(Some(value)))
    };

    html! {
        <div class="timeline">
            <div class="band" aria-hidden="true">
                { for spans.iter().map(|(ph, a, b, label)| html! {
                    <span class={format!("band-seg band-{ph}")}
                          style={format!("left:{};width:{}", pct(*a), pct(*b - *a))}>
                        <span class="band-label">{ label }</span>
                    </span>
                }) }
                <span class="band-years">
                    { for (1991..=1997).map(|y| html! {
                        <span style={format!("left:{}", pct(month(y, 1)))}>{ y }</span>
                    }) }
                </span>
            </div>
            <fieldset class="timeline-filter">
                <legend>{ msg::timeline_show() }</legend>
                <label class="chip">
                    <input type="radio" name="timeline-filter" checked={*chosen == Some(None)} onchange={choose(None)} />
                    { msg::timeline_all() }
                </label>
                { for PERIODS.iter().map(|&p| html! {
                    <label class="chip">
                        <input type="radio" name="timeline-filter" checked={filter == Some(p)} onchange={choose(Some(p))} />
                        { period_name(p) }
                    </label>
                }) }
            </fieldset>
            // Names the period, so two periods with as many events still sound different.
            <p class="visually-hidden" aria-live="polite">{
                if chosen.is_some() {
                    msg::timeline_shown(
                        shown.len() as i64,
                        filter.map_or_else(|| msg::timeline_all_periods().to_string(), period_name),
                    )
                } else {
                    String::new()
                }
            }</p>
            if chosen.is_none() {
                <p class="muted">{ msg::timeline_choose() }</p>
            }
            <ol class="event-list timeline-list">
                { for shown.iter().zip(&found).map(|(e, m)| html! {
                    // Date and headline at a glance; the story of the event behind a tap.
                    <li class={format!("period-{}", e.phase)} data-period={e.phase.to_string()}>
                        <details class="event">
                            <summary>
                                <span class="event-date"><strong>{ e.date }</strong>
                                    if let Some(place) = e.place { { msg::common_at_place(place) } }
                                </span>
                                <span class="event-title">{ e.title }</span>
                                <span class="period-tag">{ period_name(e.phase.min(4)) }</span>
                            </summary>
                            <p>{ linked(&store, e.text.get(), m) }{ " " }<Cites cites={e.cite} /></p>
                            if let Some(d) = e.disputed {
                                <p class="disputed"><strong>{ msg::common_sources_differ() }</strong>{ d }</p>
                            }
                            if (1..=3).contains(&e.phase) {
                                <p class="event-link">
                                    <ScreenLink to={Screen::Phase(e.phase)}>{ msg::timeline_open_phase(e.phase) }</ScreenLink>
                                </p>
                            }
                        </details>
                    </li>
                }) }
            </ol>
        </div>
    }
}
