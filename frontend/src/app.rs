//! The page layout shared by every page, and the page for the current address.

use crate::i18n::{self, t};
use crate::pages::cure::CurePage;
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

/// The languages, each named in itself (and marked as that language for screen readers and
/// fonts). Changing it changes every text on the page at once, without losing what was typed.
///
/// A language applies when it is chosen: picked from the list, Enter, or the button. Arrow
/// keys on a closed list change its value (and fire `change`) at each step, and a page that
/// switched language at each arrow key was unusable with a keyboard or a screen reader. Its
/// label also says "Language" in English, so a voter who landed in a language they do not
/// read can find it.
#[component]
fn LanguagePicker() -> impl IntoView {
    // The value was moved by keys since the last choice: wait for Enter or the button.
    let moved_by_keys = StoredValue::new(false);
    let select_ref = NodeRef::<leptos::html::Select>::new();
    let apply = move || {
        moved_by_keys.set_value(false);
        let Some(select) = select_ref.get_untracked() else {
            return;
        };
        let Ok(language) = Language::parse(&select.value()) else {
            return;
        };
        if language == i18n::language() {
            return;
        }
        leptos::task::spawn_local(async move {
            if i18n::switch_to(language).await.is_err() {
                // Not fetched (offline?): show the language the page still speaks.
                select.set_value(i18n::language().code());
            }
        });
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            apply();
        }
        // These open the list, where a choice is a choice.
        " " | "F4" | "Tab" | "Escape" | "Shift" | "Control" | "Alt" | "Meta" => {}
        "ArrowDown" | "ArrowUp" if ev.alt_key() => {}
        _ => moved_by_keys.set_value(true),
    };
    let on_change = move |_| {
        if !moved_by_keys.get_value() {
            apply();
        }
    };
    let english = move || i18n::tracked_language() == Language::English;
    view! {
        // A form, so that without the app (no JavaScript yet, or none) the button still works:
        // the server renders the page again in the language chosen, and remembers it.
        <form class="language-picker" method="get">
            <label for="language">
                {t("language-picker-label")}
                <Show when=move || !english()>
                    " · "<span lang="en">"Language"</span>
                </Show>
            </label>
            <select
                id="language"
                name="language"
                node_ref=select_ref
                on:keydown=on_keydown
                on:change=on_change
                on:blur=move |_| moved_by_keys.set_value(false)
                prop:value=move || i18n::tracked_language().code()
            >
                {Language::ALL
                    .into_iter()
                    .map(|language| {
                        view! {
                            // The server's page has no property: the attribute says it.
                            <option
                                value=language.code()
                                lang=language.html_lang()
                                selected=language == i18n::language()
                            >
                                {language.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button
                type="submit"
                on:click=move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    apply();
                }
            >
                {t("language-picker-apply")}
            </button>
        </form>
    }
}

/// The page at `route`: rendered to HTML by the server first, then by the browser.
#[component]
pub fn App(route: Route) -> impl IntoView {
    let page = match route {
        Route::SignUp => view! { <SignupPage /> }.into_any(),
        Route::Check => view! { <LookupPage /> }.into_any(),
        Route::Status(token) => view! { <StatusPage token /> }.into_any(),
        Route::Manage(token) => view! { <ManagePage token /> }.into_any(),
        Route::Confirm(token) => view! { <ConfirmPage token /> }.into_any(),
        Route::Undo(token) => view! { <UndoPage token /> }.into_any(),
        Route::Cure(token) => view! { <CurePage token /> }.into_any(),
        Route::Verify => view! { <VerifyPage /> }.into_any(),
        Route::NotFound => view! { <NotFound /> }.into_any(),
    };
    view! { <Layout>{page}</Layout> }
}

/// What every page has around it: the skip link, the header with the language picker, and the
/// footer. The sign-up page's own WASM (`src/bin/signup.rs`) renders only it and this, so a
/// voter signing up downloads no other page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
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
        <main id="main" class="container" tabindex="-1">{children()}</main>
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
