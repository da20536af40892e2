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

/// Runs `f` now and again whenever what it reads changes (an effect), in the browser. On the
/// server, which renders a page once, it runs once, while the page renders.
pub fn follow(f: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::Effect::new(move |_| f());
    #[cfg(not(target_arch = "wasm32"))]
    f();
}

/// "Page - Where's My Ballot?", with "Error: " in front while errors are shown (so a screen
/// reader hears it first), in the page's language. Call it in `follow`: it follows the
/// language.
pub fn set_title(page: &str, has_errors: bool) {
    let id = if has_errors {
        "page-title-error"
    } else {
        "page-title"
    };
    let title = i18n::say(&Message::new(id).text("page", page));
    #[cfg(target_arch = "wasm32")]
    leptos::prelude::document().set_title(&title);
    #[cfg(not(target_arch = "wasm32"))]
    server::TITLE.with(|t| *t.borrow_mut() = title);
}

/// Today in the voter's own time zone, for "date of birth cannot be in the future".
#[cfg(target_arch = "wasm32")]
pub fn today() -> CivilDate {
    let now = js_sys::Date::new_0();
    CivilDate::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(CivilDate::JAN_1_1900)
}

/// Today where the server renders the page (California's day, set by the server).
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> CivilDate {
    server::TODAY.with(std::cell::Cell::get)
}

/// What the server sets before it renders a page, and reads after: the page is rendered
/// synchronously on one thread, so thread-locals carry them.
#[cfg(not(target_arch = "wasm32"))]
pub mod server {
    use ballot_shared::date::CivilDate;
    use ballot_shared::language::Language;
    use std::cell::{Cell, RefCell};

    thread_local! {
        pub(super) static TITLE: RefCell<String> = const { RefCell::new(String::new()) };
        pub(super) static TODAY: Cell<CivilDate> = const { Cell::new(CivilDate::JAN_1_1900) };
    }

    /// The day the rules count from (a date of birth cannot be after it).
    pub fn set_today(today: CivilDate) {
        TODAY.with(|t| t.set(today));
    }

    /// How the server says an instant's California day in a language (the app asks the
    /// browser); registered once at start.
    static DATE_FORMAT: std::sync::OnceLock<fn(&str, Language) -> String> =
        std::sync::OnceLock::new();

    pub fn set_date_format(format: fn(&str, Language) -> String) {
        let _ = DATE_FORMAT.set(format);
    }

    pub(crate) fn local_date(rfc3339: &str, language: Language) -> String {
        match DATE_FORMAT.get() {
            Some(format) => format(rfc3339, language),
            None => rfc3339.to_string(),
        }
    }

    /// The title the page asked for while it rendered.
    pub fn take_title() -> String {
        TITLE.with(|t| std::mem::take(&mut *t.borrow_mut()))
    }
}
