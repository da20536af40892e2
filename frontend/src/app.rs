//! The page layout shared by every page, and the page for the current address.

use crate::i18n::{self, t};
use crate::pages::destination_links::{ConfirmPage, UndoPage};
use crate::pages::lookup::LookupPage;
use crate::pages::manage::ManagePage;
use crate::pages::not_found::NotFound;
use crate::pages::signup::SignupPage;
use crate::pages::status::StatusPage;
use crate::pages::verify::VerifyPage;
use crate::route::Route;
use ballot_shared::language::Language;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The languages, each named in itself (and marked as that language for screen readers and
/// fonts). Changing it changes every text on the page at once, without losing what was typed.
#[component]
fn LanguagePicker() -> impl IntoView {
    let on_change = move |ev: web_sys::Event| {
        let Some(select) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        else {
            return;
        };
        let Ok(language) = Language::parse(&select.value()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if i18n::switch_to(language).await.is_err() {
                // Not fetched (offline?): show the language the page still speaks.
                select.set_value(i18n::language().code());
            }
        });
    };
    view! {
        <div class="language-picker">
            <label for="language">{t("language-picker-label")}</label>
            <select
                id="language"
                name="language"
                on:change=on_change
                prop:value=move || i18n::tracked_language().code()
            >
                {Language::ALL
                    .into_iter()
                    .map(|language| {
                        view! {
                            <option value=language.code() lang=language.html_lang()>
                                {language.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
pub fn App() -> impl IntoView {
    let page = match Route::current() {
        Route::SignUp => view! { <SignupPage /> }.into_any(),
        Route::Check => view! { <LookupPage /> }.into_any(),
        Route::Status(token) => view! { <StatusPage token /> }.into_any(),
        Route::Manage(token) => view! { <ManagePage token /> }.into_any(),
        Route::Confirm(token) => view! { <ConfirmPage token /> }.into_any(),
        Route::Undo(token) => view! { <UndoPage token /> }.into_any(),
        Route::Verify => view! { <VerifyPage /> }.into_any(),
        Route::NotFound => view! { <NotFound /> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#main">{t("skip-link")}</a>
        <header class="site-header">
            <div class="container">
                <a class="site-name" href="/">{t("site-name")}</a>
                <p class="site-tagline">{t("site-tagline")}</p>
                <nav aria-label=t("nav-label")>
                    <ul class="site-nav">
                        <li><a href="/">{t("nav-sign-up")}</a></li>
                        <li><a href="/check">{t("nav-check")}</a></li>
                        <li><a href="/verify">{t("nav-verify")}</a></li>
                    </ul>
                </nav>
                <LanguagePicker />
            </div>
        </header>
        <main id="main" class="container" tabindex="-1">{page}</main>
        <footer class="site-footer">
            <div class="container">
                <p>
                    {t("footer-questions")}
                    " "
                    <a href="tel:+18003458683">"(800) 345-8683"</a>
                </p>
            </div>
        </footer>
    }
}
