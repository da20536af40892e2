//! `simulate`: walks the demo voters' ballots through a realistic life, a few seconds apart,
//! so a newcomer can watch notifications arrive and status pages change: mailed, received, a
//! signature problem with its cure, cured, counted.

use crate::clock;
use crate::domain::api_keys::Scope;
use crate::domain::ballot_events::ingest;
use crate::domain::event_record::{EventDetail, EventRecord};
use crate::store::Store;
use ballot_shared::status::BallotStatus;
use std::time::Duration;

pub const ELECTION_ID: &str = "2026-11-03-general";

/// Where the demo's cure form is: the Secretary of State's page (counties list their own).
const CURE_FORM_HOST: &str = "www.sos.ca.gov";

/// The steps, in order; the signature problem comes with a deadline and a cure-form link.
fn steps() -> Vec<(BallotStatus, EventDetail)> {
    let cure = EventDetail {
        cure_deadline: Some("2026-12-01".into()),
        cure_url: Some(format!("https://{CURE_FORM_HOST}/elections/ballot-status")),
        ..EventDetail::default()
    };
    vec![
        (BallotStatus::Mailed, EventDetail::default()),
        (BallotStatus::Received, EventDetail::default()),
        (BallotStatus::SignatureMissing, cure),
        (BallotStatus::Cured, EventDetail::default()),
        (BallotStatus::Counted, EventDetail::default()),
    ]
}

/// Posts each step for every voter, waiting `interval` between steps; prints what it did.
pub async fn run(
    store: &Store,
    public_url: &str,
    cure_page: bool,
    voter_ids: &[String],
    interval: Duration,
) -> anyhow::Result<()> {
    let run_id = clock::now().to_string().replace([':', '.'], "");
    // The walked voters' counties accept the demo's cure-form link.
    for voter_id in voter_ids {
        let mut tx = store.read().await?;
        let voter = crate::store::voters::find(&mut tx, voter_id).await?;
        tx.rollback().await?;
        if let Some(voter) = voter {
            crate::store::counties::add_cure_url_host(
                store.pool(),
                &voter.county,
                CURE_FORM_HOST,
                clock::now(),
            )
            .await?;
        }
    }
    for (i, (status, detail)) in steps().into_iter().enumerate() {
        if i > 0 {
            tokio::time::sleep(interval).await;
        }
        let occurred_at = clock::now();
        let rows = voter_ids.iter().enumerate().map(|(n, voter_id)| {
            let record = EventRecord {
                event_id: format!("sim-{run_id}-{voter_id}-{}", status.code()),
                voter_id: voter_id.clone(),
                election_id: ELECTION_ID.to_string(),
                status,
                occurred_at,
                detail: detail.clone(),
            };
            (n as u64 + 1, Ok(record))
        });
        let report = ingest(store, rows, &Scope::Statewide, public_url, cure_page, true).await?;
        println!(
            "{:<20} {} ballots, {} notifications queued{}",
            status.code(),
            report.applied,
            report.notifications,
            if report.rejected > 0 {
                format!(" ({} voters not in the voter file)", report.rejected)
            } else {
                String::new()
            }
        );
    }
    Ok(())
}
