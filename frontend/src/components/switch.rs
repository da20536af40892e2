//! The opt-in switch of the sign-up form (docs/product.md): an X when off, a green check when on.
//! WAI-ARIA APG switch pattern: a `<button role="switch">` whose `aria-checked` is the state;
//! as a button it answers Space, Enter, click and tap. Its accessible name never changes with
//! its state, and the state is shown by an icon as well as by colour.
//!
//! As the server renders it (no app yet, or no JavaScript at all) it is a submit button: the
//! form goes to the server, which renders it again with the switch flipped and what it
//! reveals, back at the switch (`#id`); a hidden field carries its state in the form.

use crate::handed_over::ON_SERVER;
use crate::i18n;
use leptos::prelude::*;

#[component]
pub fn Switch(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    checked: RwSignal<bool>,
    /// The id of what describes it (an error about the group it is in), if anything.
    #[prop(optional, into)]
    described_by: Signal<Option<&'static str>>,
) -> impl IntoView {
    view! {
        <button
            type=if ON_SERVER { "submit" } else { "button" }
            name=ON_SERVER.then_some("toggle")
            value=ON_SERVER.then_some(id)
            formaction=ON_SERVER.then(|| format!("#{id}"))
            role="switch"
            class="switch"
            id=id
            aria-checked=move || if checked.get() { "true" } else { "false" }
            aria-describedby=move || described_by.get()
            on:click=move |_| checked.update(|on| *on = !*on)
        >
            <span class="switch-label">{label}</span>
            <span class="switch-track" aria-hidden="true">
                <span class="switch-thumb">
                    <Show
                        when=move || checked.get()
                        fallback=|| {
                            view! {
                                <svg class="switch-icon" viewBox="0 0 16 16" focusable="false">
                                    <path d="M4 4l8 8M12 4l-8 8" />
                                </svg>
                            }
                        }
                    >
                        <svg class="switch-icon" viewBox="0 0 16 16" focusable="false">
                            <path d="M3 8.5l3.2 3.2L13 4.8" />
                        </svg>
                    </Show>
                </span>
            </span>
            <span class="switch-state" aria-hidden="true">
                {move || i18n::text(if checked.get() { "switch-on" } else { "switch-off" })}
            </span>
        </button>
        {ON_SERVER.then(|| checked.get_untracked().then(|| view! { <input type="hidden" name=id value="on" /> }))}
    }
}
