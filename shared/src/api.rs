//! Request and response bodies of the HTTP API under `/api/v1` (SPEC.md, "HTTP API").

use serde::{Deserialize, Serialize};

/// Keys of `error.fields`, matching the request's JSON paths.
pub mod field {
    pub const FIRST_NAME: &str = "first_name";
    pub const LAST_NAME: &str = "last_name";
    pub const DATE_OF_BIRTH: &str = "date_of_birth";
    pub const ZIP: &str = "zip";
    pub const LANGUAGE: &str = "language";
    pub const VOTER_ID: &str = "voter_id";
    pub const CHANNELS: &str = "channels";
    pub const EMAIL: &str = "email.address";
    pub const SMS: &str = "sms.phone";
    pub const VOICE: &str = "voice.phone";
    pub const QUIET_HOURS: &str = "quiet_hours";
}

/// `POST /api/v1/signups`. Missing text fields deserialise as empty so that the voter gets a
/// field-by-field `invalid_input` answer rather than a bare "malformed" one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupRequest {
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    /// `MM-DD-YYYY`.
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub zip: String,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default)]
    pub email: EmailChoice,
    #[serde(default)]
    pub sms: PhoneChoice,
    #[serde(default)]
    pub voice: PhoneChoice,
    /// Only needed when more than one voter matches (`ambiguous_voter`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voter_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiet_hours: Option<QuietHoursInput>,
}

pub fn default_language() -> String {
    "en".to_string()
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailChoice {
    #[serde(default)]
    pub opt_in: bool,
    #[serde(default)]
    pub address: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneChoice {
    #[serde(default)]
    pub opt_in: bool,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuietHoursInput {
    /// When quiet starts in the evening, `HH:MM`.
    pub start: String,
    /// When quiet ends in the morning, `HH:MM`.
    pub end: String,
}

/// 201 (new) or 200 (updated) answer of `POST /api/v1/signups`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignupResponse {
    pub subscription: SubscriptionView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionView {
    /// Opaque, at least 128 random bits; the key of the status and manage pages.
    pub token: String,
    /// Path of the voter's status page, `/status/{token}`.
    pub status_url: String,
    /// Path of the page to change or stop notifications, `/manage/{token}`.
    pub manage_url: String,
    /// The county elections office that sends the notifications.
    pub county: String,
    pub language: String,
    pub channels: ChannelsView,
    pub quiet_hours: QuietHoursInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelsView {
    pub email: ChannelView,
    pub sms: ChannelView,
    pub voice: ChannelView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelView {
    pub opt_in: bool,
    /// Masked (`j•••@example.com`, `(•••) •••-0123`); `null` when off.
    pub destination: Option<String>,
    /// Whether a confirmation message was queued by this request.
    pub confirmation_sent: bool,
}

/// `GET /healthz`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
}
