//! A text input that owns its label, hint, error message and the ids that tie them together
//! (GOV.UK Frontend's pattern): `aria-describedby` names the hint and the error, and
//! `aria-invalid` is set while an error shows.

use crate::components::speakable::speakable;
use crate::handed_over::ON_SERVER;
use crate::i18n;
use ballot_shared::dob::{Edit, Typed};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, InputEvent};

/// Reformats the text after an edit: `(before, after, caret, edit)` to the new text and caret
/// (`ballot_shared::dob::typing`).
pub type WhileTyping = fn(&str, &str, usize, Edit) -> Typed;

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
    /// Reformats the text after each edit (the date's dashes); never while a keyboard is
    /// composing.
    #[prop(optional)]
    while_typing: Option<WhileTyping>,
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
    // An Android keyboard or dictation composes: the text changes under the keyboard until it
    // commits. Rewriting it meanwhile makes the keyboard insert its text again (`01231980`
    // became `01-12-231980`), so the whole value is reformatted once the composition ends.
    let composing = StoredValue::new(false);
    let reformat = move |input: &HtmlInputElement, edit: Edit| -> String {
        let raw = input.value();
        let Some(format) = while_typing else {
            return raw;
        };
        let caret = input
            .selection_start()
            .ok()
            .flatten()
            .map_or(raw.encode_utf16().count(), |c| c as usize);
        let typed = format(&value.get_untracked(), &raw, caret, edit);
        if typed.text != raw {
            input.set_value(&typed.text);
        }
        if typed.text != raw || typed.caret != caret {
            let caret = typed.caret as u32;
            let _ = input.set_selection_range(caret, caret);
        }
        typed.text
    };
    let on_input = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let event = ev.dyn_ref::<InputEvent>();
        if composing.get_value() || event.is_some_and(InputEvent::is_composing) {
            value.set(input.value());
            return;
        }
        let edit = match event.map(InputEvent::input_type).as_deref() {
            Some("deleteContentBackward") => Edit::DeleteBackward,
            Some("deleteContentForward") => Edit::DeleteForward,
            Some(kind) if kind.starts_with("insert") => Edit::Insert,
            _ => Edit::Other,
        };
        value.set(reformat(&input, edit));
    };
    let on_composition_end = move |ev: web_sys::CompositionEvent| {
        composing.set_value(false);
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        {
            value.set(reformat(&input, Edit::Insert));
        }
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
            {hint.map(|hint| view! { <div class="hint" id=hint_id.clone()>{speakable(hint)}</div> })}
            <Show when=has_error>
                <p class="error-message" id=error_id.clone()>
                    <span class="error-prefix">{i18n::t("error-prefix")} " "</span>
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
                // The server writes what was typed (a property is not HTML).
                value=ON_SERVER.then(|| value.get_untracked())
                prop:value=move || value.get()
                on:input=on_input
                on:compositionstart=move |_| composing.set_value(true)
                on:compositionend=on_composition_end
                on:focusout=on_focusout
            />
        </div>
    }
}
