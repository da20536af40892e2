#![recursion_limit = "256"]
//! The Where's My Ballot? web app: Leptos components the server renders to HTML first
//! (`ssr`, on the server) and the browser's app takes over (`takeover`).
//! Business rules come from `ballot_shared`; components only show them.

pub mod api_client;
pub mod app;
pub mod components;
pub mod dom;
pub mod fetch;
pub mod form_fields;
pub mod handed_over;
pub mod i18n;
pub mod pages;
pub mod route;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
