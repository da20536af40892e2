//! The one error body of the API (SPEC.md):
//! `{"error": {"code": "snake_case", "message": "human text", "fields": {"field": "message"}}}`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorDetail {
    pub code: String,
    pub message: String,
    /// Per-field messages, keyed by the request's field path (`date_of_birth`, `sms.phone`).
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// What the voter can do next, one sentence per item (for `no_matching_voter` and
    /// `ambiguous_voter`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub help: Vec<String>,
}

/// Every `code` the API answers with.
pub mod code {
    pub const INVALID_INPUT: &str = "invalid_input";
    pub const NO_MATCHING_VOTER: &str = "no_matching_voter";
    pub const AMBIGUOUS_VOTER: &str = "ambiguous_voter";
    pub const RATE_LIMITED: &str = "rate_limited";
    pub const MALFORMED_REQUEST: &str = "malformed_request";
    pub const PAYLOAD_TOO_LARGE: &str = "payload_too_large";
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "unsupported_media_type";
    pub const NOT_FOUND: &str = "not_found";
    pub const METHOD_NOT_ALLOWED: &str = "method_not_allowed";
    pub const UNAUTHORIZED: &str = "unauthorized";
    pub const FORBIDDEN: &str = "forbidden";
    pub const INVALID_FILE: &str = "invalid_file";
    pub const INTERNAL: &str = "internal_error";
    pub const UNAVAILABLE: &str = "service_unavailable";
}

/// The message of the service we replace, kept word for word: voters and help desks know it.
/// It never says which field failed, so the form cannot be used to probe the voter file.
pub const NO_MATCH_MESSAGE: &str =
    "The information you entered does not match any voters in our system.";

pub const NO_MATCH_HELP: [&str; 3] = [
    "Check that your first name, last name, date of birth and ZIP code are spelled as on your voter registration.",
    "Use the ZIP code of your California residential address, even if you live abroad or get mail elsewhere.",
    "If you registered or updated your registration recently, try again in a few days.",
];

pub const AMBIGUOUS_MESSAGE: &str =
    "More than one voter matches this information. Enter your voter ID to tell us which one is you.";

pub const AMBIGUOUS_HELP: [&str; 2] = [
    "Your voter ID is printed on your voter registration card and on your sample ballot.",
    "If you do not have it, contact your county elections office.",
];

impl ErrorBody {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        Self {
            error: ErrorDetail {
                code: code.to_string(),
                message: message.into(),
                fields: BTreeMap::new(),
                help: Vec::new(),
            },
        }
    }
}
