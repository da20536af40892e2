//! The app for every page but the sign-up (which has its own, smaller, `bin/signup.rs`): it
//! takes over the page the server rendered (`takeover`); everything else is in `app` and below.

#[cfg(target_arch = "wasm32")]
fn main() {
    use ballot_frontend::app::App;
    use ballot_frontend::route::Route;
    use leptos::prelude::*;
    ballot_frontend::takeover::start(|| view! { <App route=Route::current() /> }.into_any());
}

/// Built natively only as part of the workspace: the server renders these components itself.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ballot-frontend runs in the browser; ballot-api serves its pages");
}
