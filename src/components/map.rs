//! A schematic map of Tajikistan for the introduction: the regions the sources name,
//! which side held them, and the Afghan border. The shapes are simplified by hand from
//! longitude and latitude (x = (lon − 67) × 78, y = (41.3 − lat) × 100); the words, and
//! which side a region belongs to, come from the content (`intro.regions`). The list
//! beside the map is its text equivalent.

use super::{mentions, Cites};
use crate::content::{course, msg};
use crate::store::use_dispatch;
use yew::prelude::*;

const OUTLINE: &str = "M31.2 180 L54.6 140 L117 120 L148.2 70 L179.4 50 L234 25 L273 50 L257.4 80 L304.2 110 L280.8 140 L351 170 L429 195 L514.8 185 L538.2 240 L608.4 270 L631.8 290 L616.2 390 L577.2 415 L514.8 400 L444.6 430 L374.4 460 L354.9 380 L343.2 330 L292.5 285 L257.4 330 L226.2 370 L187.2 410 L124.8 415 L78 430 L62.4 410 L85.8 340 L109.2 280 L85.8 240 L54.6 210 Z";
const AFGHAN_BORDER: &str = "M616.2 390 L577.2 415 L514.8 400 L444.6 430 L374.4 460 L354.9 380 L343.2 330 L292.5 285 L257.4 330 L226.2 370 L187.2 410 L124.8 415 L78 430 L62.4 410";

/// Region id → (shape, label position). Shapes for the provinces, points for places.
/// Coordinates are in tenths of the viewBox's units: integers keep float formatting
/// (kilobytes of code) out of the wasm.
enum Shape {
    Area(&'static str),
    Point(i32, i32),
}

/// Tenths as SVG writes them: 1388 → "138.8".
fn at(v: i32) -> String {
    format!("{}.{}", v / 10, v % 10)
}

fn geometry(id: &str) -> Option<(Shape, i32, i32)> {
    Some(match id {
        "leninabad" => (Shape::Area("M31.2 180 L54.6 140 L117 120 L148.2 70 L179.4 50 L234 25 L273 50 L257.4 80 L304.2 110 L280.8 140 L210.6 195 L124.8 215 L54.6 210 Z"), 1500, 1500),
        "garm" => (Shape::Area("M210.6 195 L280.8 140 L351 170 L413.4 195 L358.8 240 L312 255 L257.4 245 L218.4 240 Z"), 3120, 2000),
        "kulyab" => (Shape::Area("M179.4 300 L249.6 275 L292.5 285 L257.4 330 L226.2 370 L187.2 410 L163.8 360 Z"), 2200, 3350),
        "gorno-badakhshan" => (Shape::Area("M413.4 195 L429 195 L514.8 185 L538.2 240 L608.4 270 L631.8 290 L616.2 390 L577.2 415 L514.8 400 L444.6 430 L374.4 460 L354.9 380 L343.2 330 L292.5 285 L312 255 L358.8 240 Z"), 4800, 3100),
        "dushanbe" => (Shape::Point(1388, 2740), 1500, 2790),
        "tavildara" => (Shape::Point(2707, 2620), 2840, 2670),
        _ => return None,
    })
}

/// Words and a symbol for a side: the map and its legend never rely on colour alone.
pub fn side_label(side: &str) -> (&'static str, &'static str) {
    match side {
        "government" => ("■", msg::map_government()),
        "opposition" => ("●", msg::map_opposition()),
        "contested" => ("◆", msg::map_contested()),
        _ => ("○", msg::map_other()),
    }
}

fn marker(side: &str, x: i32, y: i32) -> Html {
    let class = format!("marker side-{side}");
    match side {
        "government" => {
            html! { <rect class={class} x={at(x - 70)} y={at(y - 70)} width="14" height="14" /> }
        }
        "contested" => html! {
            <path class={class} d={format!("M{} {} L{} {} L{} {} L{} {} Z",
                at(x), at(y - 100), at(x + 100), at(y), at(x), at(y + 100), at(x - 100), at(y))} />
        },
        _ => html! { <circle class={class} cx={at(x)} cy={at(y)} r="8" /> },
    }
}

#[function_component(Map)]
pub fn map() -> Html {
    // Renders again when the later words arrive.
    let _ = crate::store::use_words();
    let store = use_dispatch();
    let regions = course().content.intro.regions;
    let sides_present: Vec<&str> = ["government", "opposition", "contested", "other"]
        .into_iter()
        .filter(|s| regions.iter().any(|r| r.side == *s))
        .collect();
    let texts: Vec<&str> = regions.iter().map(|r| r.text.text.get()).collect();
    let found = mentions(&texts);

    html! {
        <figure class="map-figure">
            <div class="map-wrap">
                <svg class="map" viewBox="0 0 650 490" role="img" aria-labelledby="map-title map-desc">
                    <title id="map-title">{ msg::map_title() }</title>
                    <desc id="map-desc">{ msg::map_desc() }</desc>
                    <defs>
                        <pattern id="hatch-government" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect width="8" height="8" class="fill-government" />
                            <line x1="0" y1="0" x2="0" y2="8" class="hatch-line" />
                        </pattern>
                        <pattern id="dots-opposition" width="10" height="10" patternUnits="userSpaceOnUse">
                            <rect width="10" height="10" class="fill-opposition" />
                            <circle cx="5" cy="5" r="1.8" class="dot" />
                        </pattern>
                    </defs>
                    <text class="neighbour" x="5" y="255">{ msg::map_uzbekistan() }</text>
                    <text class="neighbour" x="420" y="120">{ msg::map_kyrgyzstan() }</text>
                    <text class="neighbour" x="642" y="200" text-anchor="end">{ msg::map_china() }</text>
                    <text class="neighbour" x="250" y="455" text-anchor="middle">{ msg::map_afghanistan() }</text>
                    <path class="country" d={OUTLINE} />
                    { for regions.iter().filter_map(|r| match geometry(r.id) {
                        Some((Shape::Area(d), ..)) => Some(html! {
                            <path class={format!("region side-{}", r.side)} d={d} data-region={r.id} />
                        }),
                        _ => None,
                    }) }
                    <path class="afghan-border" d={AFGHAN_BORDER} />
                    <text class="border-label" x="470" y="470" text-anchor="middle">{ msg::map_border() }</text>
                    { for regions.iter().filter_map(|r| match geometry(r.id) {
                        Some((Shape::Point(x, y), ..)) => Some(marker(r.side, x, y)),
                        _ => None,
                    }) }
                    { for regions.iter().filter_map(|r| geometry(r.id).map(|(shape, x, y)| {
                        // Areas carry the side's symbol in their label; places have a marker.
                        let (label, anchor) = match shape {
                            Shape::Area(_) => (format!("{} {}", side_label(r.side).0, short_name(r.name.get())), "middle"),
                            Shape::Point(..) => (short_name(r.name.get()).to_string(), "start"),
                        };
                        html! {
                            <text class="region-label" x={at(x)} y={at(y)} text-anchor={anchor}>
                                { label }
                            </text>
                        }
                    })) }
                </svg>
                <ul class="map-legend" aria-label={msg::map_key()}>
                    { for sides_present.iter().map(|s| {
                        let (symbol, words) = side_label(s);
                        html! {
                            <li><span class={format!("swatch side-{s}")} aria-hidden="true">{ symbol }</span>{ words }</li>
                        }
                    }) }
                    <li><span class="swatch border" aria-hidden="true"></span>{ msg::map_border_key() }</li>
                </ul>
            </div>
            // The map's text equivalent, a tap away so the short way in stays short.
            <figcaption>
                <details class="regions">
                <summary id="regions-title">{ msg::map_in_words() }</summary>
                <dl class="region-list">
                    { for regions.iter().zip(&found).map(|(r, m)| {
                        let (symbol, words) = side_label(r.side);
                        html! {
                            <div class="region-entry" data-region-side={r.side}>
                                <dt><span aria-hidden="true">{ format!("{symbol} ") }</span>{ r.name }
                                    <span class="region-side">{ msg::map_side_words(words) }</span></dt>
                                <dd>{ super::linked(&store, r.text.text.get(), m) }{ " " }<Cites cites={r.text.cite} /></dd>
                            </div>
                        }
                    }) }
                </dl>
                </details>
            </figcaption>
        </figure>
    }
}

/// The map label: the name without any bracketed alternative ("Garm (Karategin)" → "Garm").
fn short_name(name: &str) -> &str {
    name.split(" (")
        .next()
        .unwrap_or(name)
        .split(" /")
        .next()
        .unwrap_or(name)
}
