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
