//! A ballot status event once checked: what `ballot_events` records and `notifications` tells
//! the voter about. Its own module, so that neither of those needs the other for its types.

use ballot_shared::status::BallotStatus;
use serde::{Deserialize, Serialize};

/// Optional facts about an event. In CSV, `key=value` pairs separated by `;`
/// (`cure_deadline=2026-12-01;cure_url=https://…`); text without `=` is a reason.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cure_deadline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cure_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_delivery: Option<String>,
    /// The Postal Service scan a status was derived from (`mail_scans`); never posted by a
    /// county (`ballot_events::parse_detail` knows no such key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_scan: Option<PostalScan>,
}

impl EventDetail {
    /// The county's cure deadline (`YYYY-MM-DD`) has passed: a cure is on time until the end
    /// of that day in California, where the county's office is. Without a deadline nothing
    /// has passed: the county still decides.
    pub fn cure_deadline_passed(&self) -> bool {
        self.cure_deadline
            .as_deref()
            .is_some_and(|d| d < crate::clock::california_date_days_ago(0).as_str())
    }
}

/// Which scan, where and when: the evidence for a status derived from scans.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalScan {
    /// The facility's local time, `YYYY-MM-DDTHH:MM:SS`.
    pub local_time: String,
    pub city: String,
    pub state: String,
    pub zip: String,
    pub operation_code: String,
    pub mail_phase: String,
}

/// One checked event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRecord {
    pub event_id: String,
    pub voter_id: String,
    pub election_id: String,
    pub status: BallotStatus,
    /// Fixed-width RFC 3339 UTC.
    pub occurred_at: crate::clock::Timestamp,
    pub detail: EventDetail,
}
