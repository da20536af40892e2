//! The contract between the voter's browser and the server.
//!
//! Every rule of docs/product.md ("Rules") lives here exactly once, as a parser that turns
//! what a person typed into a value that cannot be invalid ("parse, don't validate"). The
//! browser calls these as the voter types; the server calls the same code on every request.
//! Keep this crate light: it is compiled into the WASM bundle, so parsers are hand-written
//! (no `regex`); its dependencies are `serde` and Project Fluent, which the pages need anyway
//! to speak the voter's language.

pub mod api;
pub mod channels;
pub mod cure;
pub mod date;
pub mod digits;
pub mod dob;
pub mod email;
pub mod error;
pub mod i18n;
pub mod imb;
pub mod language;
pub mod name;
pub mod phone;
pub mod quiet_hours;
pub mod reference;
pub mod signup;
pub mod status;
pub mod zip;
