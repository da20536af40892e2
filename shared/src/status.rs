//! Ballot status codes (docs/product.md, Ballot statuses; Elections Code §3019.7, 2 CCR §19092).

use std::fmt;

/// Stored by its code (`in_transit_to_voter`) in a TEXT column (the server's `sqlx` feature).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "sqlx",
    derive(sqlx::Type),
    sqlx(type_name = "TEXT", rename_all = "snake_case")
)]
pub enum BallotStatus {
    Mailed,
    InTransitToVoter,
    /// The Postal Service's delivery scan (issue 15); the county never posts it.
    Delivered,
    Undeliverable,
    InTransitToCounty,
    Received,
    InReview,
    Counted,
    SignatureMissing,
    SignatureMismatch,
    Cured,
    NotCounted,
    Reissued,
    VotedInPerson,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownStatus(pub String);

impl fmt::Display for UnknownStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a ballot status code", self.0)
    }
}

impl std::error::Error for UnknownStatus {}

impl BallotStatus {
    pub const ALL: [BallotStatus; 14] = [
        BallotStatus::Mailed,
        BallotStatus::InTransitToVoter,
        BallotStatus::Delivered,
        BallotStatus::Undeliverable,
        BallotStatus::InTransitToCounty,
        BallotStatus::Received,
        BallotStatus::InReview,
        BallotStatus::Counted,
        BallotStatus::SignatureMissing,
        BallotStatus::SignatureMismatch,
        BallotStatus::Cured,
        BallotStatus::NotCounted,
        BallotStatus::Reissued,
        BallotStatus::VotedInPerson,
    ];

    pub fn code(self) -> &'static str {
        match self {
            BallotStatus::Mailed => "mailed",
            BallotStatus::InTransitToVoter => "in_transit_to_voter",
            BallotStatus::Delivered => "delivered",
            BallotStatus::Undeliverable => "undeliverable",
            BallotStatus::InTransitToCounty => "in_transit_to_county",
            BallotStatus::Received => "received",
            BallotStatus::InReview => "in_review",
            BallotStatus::Counted => "counted",
            BallotStatus::SignatureMissing => "signature_missing",
            BallotStatus::SignatureMismatch => "signature_mismatch",
            BallotStatus::Cured => "cured",
            BallotStatus::NotCounted => "not_counted",
            BallotStatus::Reissued => "reissued",
            BallotStatus::VotedInPerson => "voted_in_person",
        }
    }

    pub fn parse(code: &str) -> Result<Self, UnknownStatus> {
        let code = code.trim();
        Self::ALL
            .into_iter()
            .find(|s| s.code().eq_ignore_ascii_case(code))
            .ok_or_else(|| UnknownStatus(code.to_string()))
    }

    /// The id of its short name for timelines and email subjects ("Received") in the locale
    /// files (`locales/*/messages.ftl`).
    pub fn title_id(self) -> &'static str {
        match self {
            BallotStatus::Mailed => "status-mailed",
            BallotStatus::InTransitToVoter => "status-in-transit-to-voter",
            BallotStatus::Delivered => "status-delivered",
            BallotStatus::Undeliverable => "status-undeliverable",
            BallotStatus::InTransitToCounty => "status-in-transit-to-county",
            BallotStatus::Received => "status-received",
            BallotStatus::InReview => "status-in-review",
            BallotStatus::Counted => "status-counted",
            BallotStatus::SignatureMissing => "status-signature-missing",
            BallotStatus::SignatureMismatch => "status-signature-mismatch",
            BallotStatus::Cured => "status-cured",
            BallotStatus::NotCounted => "status-not-counted",
            BallotStatus::Reissued => "status-reissued",
            BallotStatus::VotedInPerson => "status-voted-in-person",
        }
    }

    /// A problem the voter must act on (a cure form and a deadline, or a call to the county).
    pub fn needs_action(self) -> bool {
        matches!(
            self,
            BallotStatus::SignatureMissing
                | BallotStatus::SignatureMismatch
                | BallotStatus::Undeliverable
        )
    }

    /// Whether a signature cure (statement form, deadline) applies.
    pub fn is_signature_problem(self) -> bool {
        matches!(
            self,
            BallotStatus::SignatureMissing | BallotStatus::SignatureMismatch
        )
    }
}

impl fmt::Display for BallotStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for status in BallotStatus::ALL {
            assert_eq!(BallotStatus::parse(status.code()), Ok(status));
            assert!(status.title_id().starts_with("status-"));
        }
        assert_eq!(
            BallotStatus::parse(" RECEIVED "),
            Ok(BallotStatus::Received)
        );
        assert!(BallotStatus::parse("lost").is_err());
    }
}
