//! A voter's ballot timeline, as the status page and look-ups show it.

use crate::domain::event_record::EventDetail;
use crate::domain::messages::{self, Office, StatusContext};
use crate::domain::notifications::{pacific_day, spoken_date};
use crate::store::ballot_events::EventRow;
use crate::store::mail_scans::VoterPiece;
use crate::store::signature_cures::{CureRow, CureState};
use ballot_shared::api::{
    BallotStatusView, BallotTimeline, PostalTracking, SignatureCureView, TimelineEvent,
    TimelineStep,
};
use ballot_shared::i18n::{Catalog, Message};
use ballot_shared::status::BallotStatus;

/// The steps every ballot goes through (key, title id), and the statuses that show each was
/// reached.
const STEPS: [(&str, &str, &[BallotStatus]); 3] = [
    ("mailed", "status-mailed", &[]), // any event at all means the ballot was mailed
    (
        "received",
        "status-received",
        &[
            BallotStatus::Received,
            BallotStatus::InReview,
            BallotStatus::Counted,
            BallotStatus::SignatureMissing,
            BallotStatus::SignatureMismatch,
            BallotStatus::Cured,
            BallotStatus::NotCounted,
        ],
    ),
    ("counted", "status-counted", &[BallotStatus::Counted]),
];

/// Builds the view from the voter's events (oldest first, as the store returns them) and
/// ballot envelopes with their latest scans (`mail_scans::of_voter`).
pub fn view(
    catalog: &Catalog,
    office: &Office,
    first_name: &str,
    events: &[EventRow],
    pieces: &[VoterPiece],
    public_url: &str,
) -> BallotStatusView {
    let mut elections: Vec<&str> = events.iter().map(|e| e.election_id.as_str()).collect();
    elections.dedup();
    let ballots = elections
        .into_iter()
        .map(|election| {
            let rows: Vec<&EventRow> = events
                .iter()
                .filter(|e| e.election_id == election)
                .collect();
            let mut ballot = timeline(catalog, office, first_name, election, &rows, public_url);
            ballot.postal = postal(catalog, election, pieces);
            ballot
        })
        .collect();
    BallotStatusView {
        county_office: office.sender.clone(),
        ballots,
    }
}

fn timeline(
    catalog: &Catalog,
    office: &Office,
    first_name: &str,
    election: &str,
    rows: &[&EventRow],
    public_url: &str,
) -> BallotTimeline {
    let mut events = Vec::new();
    let mut statuses = Vec::new();
    let mut action_needed = None;
    for row in rows {
        let status = row.status;
        let detail: EventDetail = serde_json::from_str(&row.detail).unwrap_or_default();
        let occurred_on = pacific_day(catalog, row.occurred_at);
        let cure_deadline = detail
            .cure_deadline
            .as_deref()
            .map(|d| spoken_date(catalog, d));
        let expected_delivery = detail
            .expected_delivery
            .as_deref()
            .map(|d| spoken_date(catalog, d));
        let ctx = StatusContext {
            catalog,
            first_name,
            office,
            occurred_on: &occurred_on,
            cure_deadline: cure_deadline.as_deref(),
            cure_url: detail.cure_url.as_deref(),
            reason: detail.reason.as_deref(),
            expected_delivery: expected_delivery.as_deref(),
            links: crate::domain::message_links::Links { public_url },
            // The page's own sentence: the cure page's link is beside it, not in it.
            cure_page: false,
        };
        let message = messages::status_sentence(status, None, &ctx);
        action_needed = status.needs_action().then(|| message.clone());
        statuses.push(status);
        let evidence = detail.postal_scan.as_ref().map(|scan| {
            catalog.format(
                &Message::new("postal-scan")
                    .text("place", place(&scan.city, &scan.state, &scan.zip))
                    .text(
                        "date",
                        spoken_date(catalog, scan.local_time.get(..10).unwrap_or("")),
                    ),
            )
        });
        events.push(TimelineEvent {
            status: status.code().to_string(),
            title: catalog.text(status.title_id()),
            occurred_at: row.occurred_at.to_string(),
            message,
            evidence,
        });
    }
    let current = statuses.last().copied();
    // A ballot cancelled for an in-person vote or a replacement does not go on to be counted.
    let counted_possible = !matches!(current, Some(BallotStatus::VotedInPerson));
    let done: Vec<bool> = STEPS
        .iter()
        .enumerate()
        .map(|(i, (_, _, reached_by))| match i {
            0 => !statuses.is_empty(),
            _ => counted_possible && statuses.iter().any(|s| reached_by.contains(s)),
        })
        .collect();
    let furthest = done.iter().rposition(|d| *d);
    BallotTimeline {
        election_id: election.to_string(),
        current_status: current.map(|s| s.code().to_string()).unwrap_or_default(),
        steps: STEPS
            .iter()
            .enumerate()
            .map(|(i, (key, title, _))| TimelineStep {
                key: key.to_string(),
                title: catalog.text(title),
                done: done[i],
                current: furthest == Some(i),
            })
            .collect(),
        events,
        action_needed,
        postal: None,
        signature_cure: None,
        cure_open: false,
        cure_deadline: None,
        cure_methods: Vec::new(),
        cure_statement: None,
        cure_statement_language: None,
    }
}

/// Gives each ballot the latest signature cure the voter sent for it from the tracker (issue
/// 16), said as its notice says it. `cures` are the voter's, oldest first
/// (`signature_cures::of_voter`). The county's reason for not accepting one is only for
/// `Reader::Voter`: a look-up needs nothing but what a voter file holds.
pub fn add_cures(
    view: &mut BallotStatusView,
    catalog: &Catalog,
    office: &Office,
    cures: &[CureRow],
    reader: Reader,
) {
    for ballot in &mut view.ballots {
        let Some(cure) = cures.iter().rfind(|c| c.election_id == ballot.election_id) else {
            continue;
        };
        let id = match cure.state {
            CureState::Pending => "cure-received-sentence",
            CureState::Accepted => "cure-accepted-sentence",
            CureState::Rejected if reader == Reader::Voter => "cure-rejected-sentence",
            CureState::Rejected => "cure-rejected-brief-sentence",
        };
        let reason = cure
            .reason
            .as_deref()
            .unwrap_or("")
            .trim_end_matches('.')
            .trim_end();
        ballot.signature_cure = Some(SignatureCureView {
            state: cure.state.code().to_string(),
            received_at: cure.created_at.to_string(),
            message: catalog.format(
                &Message::new(id)
                    .text("office", &office.sender)
                    .text("date", pacific_day(catalog, cure.created_at))
                    .text("reason", reason),
            ),
        });
    }
}

/// Marks the ballots a cure can be sent for from the tracker now (`cure_open`, the link to
/// the cure page), with the county's deadline in the voter's words, the ways it accepts a
/// signature and its statement's wording: the rules `signature_cures::submit` applies, less
/// the date of birth, so the link is shown only where it can work. `events` and `cures` are
/// the voter's, oldest first; `certified` tells whether an election's count is final.
pub fn mark_cures_open(
    view: &mut BallotStatusView,
    catalog: &Catalog,
    office: &Office,
    events: &[EventRow],
    cures: &[CureRow],
    certified: impl Fn(&str) -> bool,
) {
    for ballot in &mut view.ballots {
        let Some((_, detail)) = signature_problem(events, &ballot.election_id) else {
            continue;
        };
        let waits_or_done = cures
            .iter()
            .rfind(|c| c.election_id == ballot.election_id)
            .is_some_and(|c| c.state != CureState::Rejected);
        if waits_or_done || detail.cure_deadline_passed() || certified(&ballot.election_id) {
            continue;
        }
        ballot.cure_open = true;
        ballot.cure_deadline = detail
            .cure_deadline
            .as_deref()
            .map(|d| spoken_date(catalog, d));
        ballot.cure_methods = office
            .cure_methods
            .iter()
            .map(|m| m.code().to_string())
            .collect();
        if let Some((text, language)) = office.cure_statement(catalog.language().code()) {
            ballot.cure_statement = Some(text.to_string());
            ballot.cure_statement_language = Some(language.to_string());
        }
    }
}

/// The election's latest event and its detail, when it is a signature problem: what a cure
/// answers. `events` are the voter's, oldest first.
pub fn signature_problem<'a>(
    events: &'a [EventRow],
    election_id: &str,
) -> Option<(&'a EventRow, EventDetail)> {
    let latest = events
        .iter()
        .rfind(|e| e.election_id == election_id)
        .filter(|e| e.status.is_signature_problem())?;
    Some((
        latest,
        serde_json::from_str(&latest.detail).unwrap_or_default(),
    ))
}

/// Who reads a status view: the voter through a link sent to them, or anyone who typed a
/// voter's name, date of birth and ZIP code into the look-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Voter,
    LookUp,
}

/// "Sacramento, CA" from the Postal Service's "SACRAMENTO" and "CA"; the facility's ZIP code
/// when neither was a plain place name (`mail_scans::read_scan`).
fn place(city: &str, state: &str, zip: &str) -> String {
    let city = city
        .split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ");
    match (city.is_empty(), state.is_empty()) {
        (false, false) => format!("{city}, {state}"),
        (false, true) => city,
        (true, false) => state.to_string(),
        (true, true) => zip.to_string(),
    }
}

/// The latest scan of the election's envelopes: the return envelope's once it has one, else
/// the ballot's own.
fn postal(catalog: &Catalog, election: &str, pieces: &[VoterPiece]) -> Option<PostalTracking> {
    let scanned = |direction: &str| {
        pieces.iter().rev().find(|p| {
            p.election_id == election && p.direction == direction && p.latest_local_time.is_some()
        })
    };
    let piece = scanned("return").or_else(|| scanned("outbound"))?;
    let local_time = piece.latest_local_time.clone().unwrap_or_default();
    let place = place(
        piece.latest_city.as_deref().unwrap_or(""),
        piece.latest_state.as_deref().unwrap_or(""),
        piece.latest_zip.as_deref().unwrap_or(""),
    );
    let latest = catalog.format(&Message::new("postal-latest").text("place", &place).text(
        "date",
        spoken_date(catalog, local_time.get(..10).unwrap_or("")),
    ));
    Some(PostalTracking {
        direction: piece.direction.clone(),
        latest,
        place,
        local_time,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> &'static Catalog {
        crate::domain::locales::catalog(ballot_shared::language::Language::English)
    }

    fn row(id: &str, status: &str, at: &str) -> EventRow {
        EventRow {
            event_id: id.into(),
            voter_id: "V1".into(),
            election_id: "g".into(),
            status: BallotStatus::parse(status).unwrap(),
            occurred_at: at.parse().unwrap(),
            detail: "{}".into(),
        }
    }

    #[test]
    fn steps_follow_the_events() {
        let events = [
            row("1", "mailed", "2026-10-06T16:00:00.000000Z"),
            row("2", "received", "2026-11-03T18:00:00.000000Z"),
        ];
        let view = view(
            english(),
            &Office::default_for("Sacramento"),
            "Maria",
            &events,
            &[],
            "https://x",
        );
        let ballot = &view.ballots[0];
        let done: Vec<bool> = ballot.steps.iter().map(|s| s.done).collect();
        assert_eq!(done, [true, true, false]);
        assert!(ballot.steps[1].current);
        assert_eq!(ballot.current_status, "received");
        assert_eq!(
            ballot.events[1].message,
            "Sacramento County Elections received your ballot on November 3, 2026."
        );
        assert_eq!(view.county_office, "Sacramento County Elections");
    }

    #[test]
    fn a_problem_says_what_to_do_until_it_is_fixed() {
        let problem = [row("1", "signature_missing", "2026-11-04T18:00:00.000000Z")];
        assert!(view(
            english(),
            &Office::default_for("Fresno"),
            "A",
            &problem,
            &[],
            "https://x"
        )
        .ballots[0]
            .action_needed
            .as_deref()
            .unwrap()
            .contains("unsigned ballot statement"));
        let fixed = [
            row("1", "signature_missing", "2026-11-04T18:00:00.000000Z"),
            row("2", "cured", "2026-11-05T18:00:00.000000Z"),
        ];
        assert_eq!(
            view(
                english(),
                &Office::default_for("Fresno"),
                "A",
                &fixed,
                &[],
                "https://x"
            )
            .ballots[0]
                .action_needed,
            None
        );
    }

    #[test]
    fn voting_in_person_never_shows_counted() {
        let events = [
            row("1", "mailed", "2026-10-06T16:00:00.000000Z"),
            row("2", "voted_in_person", "2026-11-03T18:00:00.000000Z"),
        ];
        let ballot = &view(
            english(),
            &Office::default_for("Kern"),
            "A",
            &events,
            &[],
            "https://x",
        )
        .ballots[0];
        assert!(!ballot.steps[2].done);
        assert_eq!(ballot.current_status, "voted_in_person");
    }
}
