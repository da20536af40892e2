//! Mounts the app; everything else is in `app` and below.

fn main() {
    leptos::mount::mount_to_body(ballot_frontend::app::App);
}
