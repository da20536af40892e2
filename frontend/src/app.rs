//! The page layout shared by every page, and the page for the current address.

use crate::pages::lookup::LookupPage;
use crate::pages::manage::ManagePage;
use crate::pages::not_found::NotFound;
use crate::pages::signup::SignupPage;
use crate::pages::status::StatusPage;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let page = match Route::current() {
        Route::SignUp => view! { <SignupPage /> }.into_any(),
        Route::Check => view! { <LookupPage /> }.into_any(),
        Route::Status(token) => view! { <StatusPage token /> }.into_any(),
        Route::Manage(token) => view! { <ManagePage token /> }.into_any(),
        Route::NotFound => view! { <NotFound /> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <header class="site-header">
            <div class="container">
                <a class="site-name" href="/">"Where's My Ballot?"</a>
                <p class="site-tagline">"Vote-by-mail ballot tracking for California voters"</p>
                <nav aria-label="Main">
                    <ul class="site-nav">
                        <li><a href="/">"Sign up"</a></li>
                        <li><a href="/check">"Check my ballot"</a></li>
                    </ul>
                </nav>
            </div>
        </header>
        <main id="main" class="container" tabindex="-1">{page}</main>
        <footer class="site-footer">
            <div class="container">
                <p>
                    "Questions about your registration or ballot? Contact your county elections office, or the California Secretary of State at "
                    <a href="tel:+18003458683">"(800) 345-8683"</a>"."
                </p>
            </div>
        </footer>
    }
}
