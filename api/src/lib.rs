//! The Where's My Ballot? API server and its command-line tools, in layers: each folder
//! depends only on the ones below it in this list (`docs/architecture.md` has the map).
//!
//! - `cli`: the command line (`serve`, `worker`, imports, `demo`, `simulate`, …).
//! - `http`: the HTTP edge: the router and its state, handlers, middleware, the error shape,
//!   the OpenAPI document.
//! - `outbox`: the worker that delivers queued messages, and the messages' words.
//! - `domain`: the product's rules: sign-ups, subscriptions, matching, ballot events,
//!   notifications, voter files, broadcasts and reminders, county offices, API keys.
//! - `store`: SQL, and only SQL, for SQLite and PostgreSQL.
//! - `config`, `clock`, `redact`, `ip_net`: read by every layer; they import none.

pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod http;
pub mod ip_net;
pub mod outbox;
pub mod redact;
pub mod store;
