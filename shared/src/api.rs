//! Request and response bodies of the HTTP API under `/api/v1` (docs/api.md).

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
    pub const REFERENCE: &str = "reference";
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

/// What a sign-up did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SignupOutcome {
    /// A new subscription (201): each destination gets a confirmation first.
    Created,
    /// The voter was already signed up (202). Nothing changed: new destinations were asked to
    /// confirm, and the destinations on file were told, with a link to manage notifications.
    AlreadySignedUp,
}

/// 201 or 202 answer of `POST /api/v1/signups`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignupResponse {
    pub outcome: SignupOutcome,
    /// The office that sends the notifications, by the name it uses ("Sacramento County Elections").
    pub county_office: String,
    /// Each channel asked for, masked, and whether a confirmation was sent to it.
    pub channels: ChannelsView,
    /// A new subscription's links; never given for a voter who was already signed up (whoever
    /// typed their details again may not be them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription: Option<SubscriptionLinks>,
}

/// The links of a new subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubscriptionLinks {
    /// Opens the status page only (read-only, safe to forward); 128 random bits.
    pub status_token: String,
    /// Path of the status page, `/status/{status_token}`.
    pub status_url: String,
    /// Opens the page that changes or stops notifications; expires at `manage_expires_at`.
    pub manage_token: String,
    /// Path of the manage page, `/manage/{manage_token}`.
    pub manage_url: String,
    /// RFC 3339.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub manage_expires_at: String,
    /// The county of the voter's registration.
    pub county: String,
    pub language: String,
    pub quiet_hours: QuietHoursInput,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChannelsView {
    pub email: ChannelView,
    pub sms: ChannelView,
    pub voice: ChannelView,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChannelView {
    /// On: ballot news goes to `destination` (a sign-up's answer: asked for).
    pub opt_in: bool,
    /// Masked (`j•••@example.com`, `(•••) •••-0123`); `null` when off.
    pub destination: Option<String>,
    /// Masked: a destination that gets nothing but its confirmation until it is confirmed.
    #[serde(default)]
    pub awaiting_confirmation: Option<String>,
    /// Whether a confirmation was queued by this request.
    pub confirmation_sent: bool,
}

/// `POST /api/v1/confirmations/{token}`: a destination, confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfirmationResponse {
    /// `email`, `sms` or `voice`.
    pub channel: String,
    /// Masked.
    pub destination: String,
    pub county_office: String,
    /// Path of the voter's status page (a fresh read-only link).
    pub status_url: String,
}

/// `POST /api/v1/undo/{token}`: a change of destination, undone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UndoResponse {
    pub channel: String,
    /// Masked: where the channel goes again; `null` when it had no destination before.
    pub restored: Option<String>,
    /// Masked: the destination taken off.
    pub removed: String,
}

/// `POST /api/v1/manage-links`: any link of a subscription (a status link, an expired manage
/// link), to have a fresh manage link sent to its destinations on file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ManageLinkRequest {
    #[serde(default)]
    pub token: String,
}

/// 202 answer of `POST /api/v1/manage-links`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ManageLinkResponse {
    /// The channels a link went out on (`email`, `sms`); empty when the day's links were
    /// already sent, or nothing is on file.
    pub sent_on: Vec<String>,
}

/// `POST /api/v1/message-verifications`: a reference printed on a message.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VerificationRequest {
    #[serde(default)]
    pub reference: String,
}

/// What `/verify` says of a reference: whether we sent it, and only how, when and to whom
/// (masked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VerificationResponse {
    /// The reference as we write it (`7KQM-4MXZ`).
    pub reference: String,
    /// Whether this service sent (or is about to send) a message with this reference.
    pub sent_by_us: bool,
    /// `email`, `sms` or `voice`.
    pub channel: Option<String>,
    /// RFC 3339: when it was sent, or queued if not yet sent.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub sent_at: Option<String>,
    /// Masked.
    pub destination: Option<String>,
    /// Who it came from ("Sacramento County Elections").
    pub sender: Option<String>,
}

/// `GET /api/v1/senders`: where genuine messages come from, for voters to compare with.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SendersView {
    /// The address emails come from.
    pub email: Option<String>,
    /// The numbers texts and calls come from, as a voter reads them.
    pub phone: Vec<String>,
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
    /// Where the Postal Service last scanned the ballot's envelope, when it has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal: Option<PostalTracking>,
    /// The latest signature cure the voter sent for this ballot from the tracker, when they
    /// have (issue 16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_cure: Option<SignatureCureView>,
    /// A signature cure can be sent for this ballot from the tracker now (the cure page,
    /// `/cure/{token}`): its latest status is a signature problem, the county's deadline has
    /// not passed, the election is not certified and no cure of the voter's waits for the
    /// county or was accepted. Only for a link sent to the voter; never for a look-up.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cure_open: bool,
    /// The county's cure deadline in the voter's words ("December 1, 2026"), while
    /// `cure_open` and the county gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cure_deadline: Option<String>,
    /// The ways the county accepts the signature (`drawn`, `photo`, `typed`), while
    /// `cure_open`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cure_methods: Vec<String>,
    /// The statement to sign as the county words it, while `cure_open` and the county set its
    /// own wording: in the voter's language, else in English (`cure_statement_language`
    /// says which). Absent: the tracker's own wording, in the voter's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cure_statement: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cure_statement_language: Option<String>,
}

/// A signature cure sent from the tracker, as the status page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignatureCureView {
    /// `pending` (the county has it), `accepted` or `rejected`.
    pub state: String,
    /// RFC 3339.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub received_at: String,
    /// What it came to, in the voter's language ("… received the signature statement you sent
    /// on …", and a rejection's reason).
    pub message: String,
}

/// The Postal Service's latest scan of a ballot's envelope (its Intelligent Mail barcode).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostalTracking {
    /// `outbound` (the ballot on its way to the voter) or `return` (back to the county).
    pub direction: String,
    /// "Last postal service scan: SACRAMENTO, CA, October 7, 2026."
    pub latest: String,
    /// The facility's city and state.
    pub place: String,
    /// The facility's local time of the scan, `YYYY-MM-DDTHH:MM:SS`.
    pub local_time: String,
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
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub occurred_at: String,
    /// The sentence a notification said ("Sacramento County Elections received your ballot on …").
    pub message: String,
    /// For a status the Postal Service's scans gave: which scan, where and when ("Postal
    /// service scan in SACRAMENTO, CA on October 7, 2026.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// `GET /api/v1/subscriptions/{token}`: preferences and the ballot timeline (manage links).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubscriptionDetails {
    /// RFC 3339: when this manage link stops working.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub manage_expires_at: Option<String>,
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

/// `POST /api/v1/ballot-statuses/{token}/signature-cures`: the voter's signed statement for a
/// ballot whose signature is missing or does not match (issue 16). Missing text fields
/// deserialise as empty, so the voter gets a field-by-field answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignatureCureRequest {
    /// The ballot's election, as the status page's timeline names it.
    #[serde(default)]
    pub election_id: String,
    /// `MM-DD-YYYY`, compared with the voter file: a forwarded or leaked link alone cannot
    /// send a cure.
    #[serde(default)]
    pub date_of_birth: String,
    /// `drawn`, `photo` or `typed`.
    #[serde(default)]
    pub method: String,
    /// For `typed`: the voter's name as they sign it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed_name: Option<String>,
    /// For `drawn` and `photo`: a PNG, JPEG or HEIC image or a scanned PDF (at most 10 MB), in standard base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_base64: Option<String>,
}

/// A cure as received: the county reviews it next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignatureCureReceipt {
    pub cure_id: i64,
    pub election_id: String,
    pub method: String,
    /// `pending` until the county accepts or rejects it.
    pub state: String,
    /// RFC 3339.
    pub received_at: String,
    /// The SHA-256 of what is kept (the typed name's UTF-8, or the image's bytes without its
    /// metadata), in hex: the same value the county's review shows.
    pub content_sha256: String,
}
