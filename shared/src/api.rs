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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmailChoice {
    #[serde(default)]
    pub opt_in: bool,
    #[serde(default)]
    pub address: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhoneChoice {
    #[serde(default)]
    pub opt_in: bool,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuietHoursInput {
    /// When quiet starts in the evening, `HH:MM`.
    pub start: String,
    /// When quiet ends in the morning, `HH:MM`.
    pub end: String,
}

/// 201 (new) or 200 (updated) answer of `POST /api/v1/signups`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignupResponse {
    pub subscription: SubscriptionView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubscriptionView {
    /// Opaque, at least 128 random bits; the key of the status and manage pages.
    pub token: String,
    /// Path of the voter's status page, `/status/{token}`.
    pub status_url: String,
    /// Path of the page to change or stop notifications, `/manage/{token}`.
    pub manage_url: String,
    /// The county of the voter's registration.
    pub county: String,
    /// The office that sends the notifications, by the name it uses ("Sacramento County Elections").
    pub county_office: String,
    pub language: String,
    pub channels: ChannelsView,
    pub quiet_hours: QuietHoursInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChannelsView {
    pub email: ChannelView,
    pub sms: ChannelView,
    pub voice: ChannelView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChannelView {
    pub opt_in: bool,
    /// Masked (`j•••@example.com`, `(•••) •••-0123`); `null` when off.
    pub destination: Option<String>,
    /// Whether a confirmation message was queued by this request.
    pub confirmation_sent: bool,
}

/// `GET /healthz`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    pub status: String,
}

/// `POST /api/v1/status-lookups`: the identity fields of a sign-up, nothing else.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusLookupRequest {
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub date_of_birth: String,
    #[serde(default)]
    pub zip: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voter_id: Option<String>,
}

/// The voter's ballots (one per election) and who handles them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotStatusView {
    /// The county elections office, as the sender of messages ("Sacramento County Elections").
    pub county_office: String,
    pub ballots: Vec<BallotTimeline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BallotTimeline {
    pub election_id: String,
    /// Code of the latest event (`received`, `signature_missing`, …).
    pub current_status: String,
    /// Mailed, Received, Counted: the steps every ballot goes through.
    pub steps: Vec<TimelineStep>,
    /// What happened, oldest first.
    pub events: Vec<TimelineEvent>,
    /// What the voter must do now, for a problem (a cure statement and its deadline).
    pub action_needed: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimelineStep {
    pub key: String,
    pub title: String,
    pub done: bool,
    /// The furthest step reached (`aria-current="step"`).
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimelineEvent {
    pub status: String,
    pub title: String,
    /// RFC 3339.
    pub occurred_at: String,
    /// The sentence a notification said ("Sacramento County Elections received your ballot on …").
    pub message: String,
}

/// `GET /api/v1/subscriptions/{token}`: preferences and the ballot timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubscriptionDetails {
    pub language: String,
    pub channels: ChannelsView,
    pub quiet_hours: QuietHoursInput,
    /// True when every channel is off (stopped).
    pub stopped: bool,
    pub status: BallotStatusView,
}

/// `PUT /api/v1/subscriptions/{token}`: the new choices, with the sign-up's channel rules.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PreferencesRequest {
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default)]
    pub email: EmailChoice,
    #[serde(default)]
    pub sms: PhoneChoice,
    #[serde(default)]
    pub voice: PhoneChoice,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiet_hours: Option<QuietHoursInput>,
}
