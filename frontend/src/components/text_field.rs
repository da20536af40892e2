//! A text input that owns its label, hint, error message and the ids that tie them together
//! (GOV.UK Frontend's pattern): `aria-describedby` names the hint and the error, and
//! `aria-invalid` is set while an error shows.

use crate::i18n;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, InputEvent};

#[component]
pub fn TextField(
    /// The input's id; the hint and error ids derive from it.
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    /// Shown under the label and read after it.
    #[prop(default = None, into)]
    hint: Option<Signal<String>>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    autocomplete: &'static str,
    /// Names and addresses are not words: no red squiggles, no autocorrect.
    #[prop(optional)]
    no_spellcheck: bool,
    /// CSS width class, e.g. `input-width-10` for a date.
    #[prop(optional)]
    width: Option<&'static str>,
    /// Reformats the text while the voter inserts at its end (the date's dashes).
    #[prop(optional)]
    while_typing: Option<fn(&str) -> String>,
    /// Tidies the text when the voter leaves the field (the date's canonical form).
    #[prop(optional)]
    on_leave: Option<fn(&str) -> Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let has_hint = hint.is_some();
    let error_id = format!("{id}-error");
    let has_error = move || error.with(Option::is_some);
    let described_by = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if has_error() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let on_input = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let mut text = input.value();
        if let Some(format) = while_typing {
            // Only while inserting at the end: deleting a dash must work, and a caret in the
            // middle must not jump.
            let inserting = ev
                .dyn_ref::<InputEvent>()
                .is_some_and(|e| e.input_type().starts_with("insert"));
            let caret_at_end = input
                .selection_start()
                .ok()
                .flatten()
                .is_none_or(|caret| caret as usize == text.encode_utf16().count());
            if inserting && caret_at_end {
                let formatted = format(&text);
                if formatted != text {
                    input.set_value(&formatted);
                    text = formatted;
                }
            }
        }
        value.set(text);
    };
    let on_focusout = move |_| {
        let text = value.get_untracked();
        if let Some(tidied) = on_leave.and_then(|tidy| tidy(&text)) {
            value.set(tidied);
        }
    };
    let class = format!("input {}", width.unwrap_or(""));
    view! {
        <div class="field" class:field-error=has_error>
            <label class="label" for=id>{label}</label>
            {hint.map(|hint| view! { <div class="hint" id=hint_id.clone()>{hint}</div> })}
            <Show when=has_error>
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">{i18n::t("error-prefix")} " "</span>
                    {move || error.get().unwrap_or_default()}
                </p>
            </Show>
            <input
                class=class.clone()
                class:input-error=has_error
                id=id
                name=id
                type=input_type
                inputmode=inputmode
                autocomplete=autocomplete
                spellcheck=no_spellcheck.then_some("false")
                autocapitalize=no_spellcheck.then_some("off")
                aria-describedby=described_by
                aria-invalid=move || has_error().then_some("true")
                prop:value=move || value.get()
                on:input=on_input
                on:focusout=on_focusout
            />
        </div>
    }
}
