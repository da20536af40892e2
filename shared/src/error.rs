//! The one error body of the API (docs/api.md, Errors):
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
    /// A manage, confirmation or undo link past its time, or already used (410).
    pub const LINK_EXPIRED: &str = "link_expired";
    /// A status link used where only a manage link may act (403).
    pub const READ_ONLY_LINK: &str = "read_only_link";
    /// An undo after a newer change (409).
    pub const CHANGED_SINCE: &str = "changed_since";
    /// An operator action refused by the broadcast safeguards (409).
    pub const CONFLICT: &str = "conflict";
    /// A provider refused a message sent at once (a broadcast's test send) (502).
    pub const DELIVERY_FAILED: &str = "delivery_failed";
    /// A signature cure for a ballot whose latest status is not a signature problem (409).
    pub const CURE_NOT_NEEDED: &str = "cure_not_needed";
    /// A signature cure after the county's cure deadline (410).
    pub const CURE_DEADLINE_PASSED: &str = "cure_deadline_passed";
    /// A signature cure after too many wrong dates of birth for the election with one
    /// voter's links (403): only the county can take it now.
    pub const CURE_DOB_ATTEMPTS_EXHAUSTED: &str = "cure_dob_attempts_exhausted";
    /// A signature cure while another for the same ballot waits for the county (409).
    pub const CURE_ALREADY_SENT: &str = "cure_already_sent";
}

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
