//! The API's tests, in one binary: each file below was a binary of its own, and linking the
//! whole app sixteen times took longer than running the tests. Each test spawns the real app
//! on a random port with a fresh database (`helpers`): SQLite, or PostgreSQL with
//! `TEST_BACKEND=postgres` and `TEST_POSTGRES_URL`.

mod ballot_events;
mod broadcasts;
mod cure_reminders;
mod delivery;
mod faults;
mod hardening;
mod health_and_static;
mod helpers;
mod languages;
mod mail_pieces;
mod mail_scans;
mod migrations;
mod pages;
mod scale_out;
mod signature_cures;
mod signups;
mod simulation;
mod sms_webhook;
mod smtp_sink;
mod subscriptions;
mod trust;
mod voter_import;
