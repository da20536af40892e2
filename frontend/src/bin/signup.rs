//! The sign-up page's own app: only it and the layout, so the voter most likely on a slow
//! phone downloads no other page's code (`main.rs` has the rest).

#[cfg(target_arch = "wasm32")]
fn main() {
    use ballot_frontend::app::Layout;
    use ballot_frontend::pages::signup::SignupPage;
    use leptos::prelude::*;
    ballot_frontend::takeover::start(|| view! { <Layout><SignupPage /></Layout> }.into_any());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("signup runs in the browser; ballot-api serves its page");
}
