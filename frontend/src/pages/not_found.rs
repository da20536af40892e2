use crate::dom;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    dom::set_title("Page not found", false);
    view! {
        <h1 id="page-heading" tabindex="-1">"Page not found"</h1>
        <p>"If you typed the address, check it is correct."</p>
        <p><a href="/">"Sign up for ballot notifications"</a></p>
    }
}
