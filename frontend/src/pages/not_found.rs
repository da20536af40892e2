use crate::dom;
use crate::i18n::{self, t};
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    dom::follow(move || dom::set_title(&i18n::text("not-found-title"), false));
    view! {
        <h1 id="page-heading" tabindex="-1">{t("not-found-title")}</h1>
        <p>{t("not-found-lead")}</p>
        <p><a href="/">{t("not-found-sign-up")}</a></p>
    }
}
