//! A bare Yew app: one slider and one paragraph, the floor the lesson is measured against.
//! It sets the same performance mark and `data-ready` as the lesson, and its slider
//! updates a `data-value` the benchmark waits for.
use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    let value = use_state(|| 1u8);
    use_effect_with((), |_| {
        let w = web_sys::window().expect("window");
        if let Some(p) = w.performance() {
            let _ = p.mark("ripe:rendered");
        }
        if let Some(root) = w.document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-ready", "true");
        }
    });
    let oninput = {
        let value = value.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            value.set(input.value().parse().unwrap_or(0));
        })
    };
    html! {
        <main>
            <label for="f">{ "Level" }</label>
            <input id="f" type="range" min="0" max="4" value={value.to_string()} {oninput} />
            <p data-value={value.to_string()}>{ format!("Level {}", *value) }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
