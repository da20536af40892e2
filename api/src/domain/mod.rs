//! The product's rules. Functions here take the store (and the settings they need) and
//! return their own errors; they know nothing of HTTP.

pub mod api_keys;
pub mod audit;
pub mod ballot_events;
pub mod ballot_status;
pub mod broadcasts;
pub mod channel_policy;
pub mod contact_hours;
pub mod county_settings;
pub mod csv_table;
pub mod cure_pdf;
pub mod cure_reminders;
pub mod destinations;
pub mod event_record;
pub mod file_rows;
pub mod locales;
pub mod mail_pieces;
pub mod mail_report;
pub mod mail_scans;
pub mod matching;
pub mod message_links;
pub mod messages;
pub mod notifications;
pub mod offices;
pub mod retention;
pub mod services;
pub mod signature_cures;
pub mod signature_images;
pub mod signups;
pub mod sms_keywords;
pub mod status_changes;
pub mod subscriptions;
pub mod token;
pub mod voices;
pub mod voter_file;
