//! The few direct DOM operations the app needs: focus, title, today's date.

use crate::i18n;
use ballot_shared::date::CivilDate;
use ballot_shared::i18n::Message;
use wasm_bindgen::JsCast;

/// Moves keyboard and screen-reader focus to the element with `id` (which needs a tabindex
/// if it is not focusable), and scrolls it into view.
pub fn focus_by_id(id: &str) {
    let element = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Moves focus to a form control from an error summary's link, first scrolling so that what
/// explains it is in view above it: the field's label, hint and error (`.field`), or a group's
/// legend and error (`fieldset`). Scrolling the control itself to the top would hide them, and
/// a voter at 400 % zoom would not see why they are there (GOV.UK error summary).
pub fn focus_field(id: &str) {
    let Some(element) = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let explained_by = element
        .closest(".field")
        .ok()
        .flatten()
        .or_else(|| element.closest("fieldset").ok().flatten());
    match explained_by {
        Some(container) => {
            container.scroll_into_view_with_bool(true);
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
        None => {
            let _ = element.focus();
        }
    }
}

/// "Page - Where's My Ballot?", with "Error: " in front while errors are shown (so a screen
/// reader hears it first), in the page's language. Call it in an effect: it follows the
/// language.
pub fn set_title(page: &str, has_errors: bool) {
    let id = if has_errors {
        "page-title-error"
    } else {
        "page-title"
    };
    leptos::prelude::document().set_title(&i18n::say(&Message::new(id).text("page", page)));
}

/// Today in the voter's own time zone, for "date of birth cannot be in the future".
pub fn today() -> CivilDate {
    let now = js_sys::Date::new_0();
    CivilDate::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(CivilDate::JAN_1_1900)
}
