//! The Where's My Ballot? web app: a Leptos client-side-rendered single-page app.
//! Business rules come from `ballot_shared`; components only show them.

pub mod api_client;
pub mod app;
pub mod components;
pub mod dom;
pub mod form_fields;
pub mod i18n;
pub mod pages;
pub mod route;
