//! Keeping personal data no longer than needed: an election's voters, subscriptions, events and
//! message bodies are purged `RETENTION_DAYS` after the election is certified, keeping only
//! counts of what was removed and the audit of the purge. What belongs to no election
//! (destination requests, expired links, confirmations and notes) goes once it is
//! `RETENTION_DAYS` old. The worker checks every ten minutes; `ballot-api purge` does it at once.

use crate::clock;
use crate::store::retention::{self, Aged, Purged};
use crate::store::Store;

#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error("election {0} has not been certified (ballot-api certify-election, or PUT /api/v1/admin/elections/{{id}})")]
    NotCertified(String),
    #[error("election {0} was already purged")]
    AlreadyPurged(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Purges one certified election now, whatever the retention period.
pub async fn purge_election(store: &Store, election_id: &str) -> Result<Purged, RetentionError> {
    let election = retention::get(store.pool(), election_id).await?;
    match election {
        Some(e) if e.purged_at.is_some() => Err(RetentionError::AlreadyPurged(e.election_id)),
        Some(e) if e.certified_on.is_some() => {
            let mut tx = store.begin().await?;
            let purged = retention::purge(&mut tx, election_id, clock::now()).await?;
            tx.commit().await?;
            crate::domain::audit::command(store, &format!("purge {election_id}"), true).await;
            tracing::info!(election_id, ?purged, "election purged");
            Ok(purged)
        }
        _ => Err(RetentionError::NotCertified(election_id.to_string())),
    }
}

/// Removes what no election's purge reaches once it is `retention_days` old: destination
/// requests, expired links, messages about no election.
pub async fn purge_aged(store: &Store, retention_days: i64) -> Result<Aged, RetentionError> {
    let before = clock::now_plus(-crate::clock::days(retention_days));
    let mut tx = store.begin().await?;
    let aged = retention::purge_aged(&mut tx, before).await?;
    tx.commit().await?;
    if aged != Aged::default() {
        tracing::info!(?aged, "aged data purged");
    }
    Ok(aged)
}

/// Purges every election certified at least `retention_days` ago; returns them with counts.
pub async fn purge_due(
    store: &Store,
    retention_days: i64,
) -> Result<Vec<(String, Purged)>, RetentionError> {
    let cutoff = clock::california_date_days_ago(retention_days);
    let mut done = Vec::new();
    for election_id in retention::due_for_purge(store.pool(), &cutoff).await? {
        let purged = purge_election(store, &election_id).await?;
        done.push((election_id, purged));
    }
    Ok(done)
}
