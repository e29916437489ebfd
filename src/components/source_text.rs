//! A source's full text: a link to the file beside the lesson, or, in the single-file
//! build (which has no folder beside it), a button that shows the text the page carries.

use crate::content::msg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceTextProps {
    pub file: &'static str,
    /// "Cited 12 times in the lesson. "
    pub cited: String,
}

#[function_component(SourceText)]
pub fn source_text(p: &SourceTextProps) -> Html {
    let open = use_state(|| false);
    let Some(text) = crate::web::inline_source(p.file) else {
        return html! {
            <p class="muted">
                { p.cited.clone() }
                <a href={format!("sources/{}", p.file)} hreflang="en">{ msg::sources_read(p.file) }</a>
            </p>
        };
    };
    let id = format!("text-{}", p.file.replace('.', "-"));
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <>
            <p class="muted">
                { p.cited.clone() }
                <button type="button" class="secondary small" aria-expanded={(*open).to_string()}
                        aria-controls={id.clone()} onclick={toggle}>
                    { if *open { msg::single_hide().to_string() } else { msg::sources_read(p.file) } }
                </button>
            </p>
            <div id={id}>
                if *open {
                    <pre class="source-full" lang="en" tabindex="0" role="region"
                         aria-label={msg::single_text_label(p.file)}>{ text }</pre>
                }
            </div>
        </>
    }
}
