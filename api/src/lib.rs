//! The Where's My Ballot? API server and its command-line tools.

pub mod api_keys;
pub mod app;
pub mod ballot_events;
pub mod ballot_status;
pub mod clock;
pub mod config;
pub mod confirmations;
pub mod csv_table;
pub mod demo;
pub mod error;
pub mod matching;
pub mod notifications;
pub mod offices;
pub mod outbox;
pub mod rate_limits;
pub mod redact;
pub mod reminders;
pub mod routes;
pub mod security_headers;
pub mod signups;
pub mod simulate;
pub mod sms_keywords;
pub mod store;
pub mod subscriptions;
pub mod token;
pub mod voter_file;
