//! The `election` table, and purging an election's personal data once it is over.

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;

/// Records (or moves) an election's certification date.
pub async fn certify(
    pool: &Pool,
    election_id: &str,
    certified_on: &str,
) -> Result<(), sqlx::Error> {
    on_pool!(pool, |p| sqlx::query(
        "INSERT INTO election (election_id, certified_on) VALUES ($1, $2) \
         ON CONFLICT (election_id) DO UPDATE SET certified_on = excluded.certified_on"
    )
    .bind(election_id)
    .bind(certified_on)
    .execute(p)
    .await
    .map(|_| ()))
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Election {
    pub election_id: String,
    pub certified_on: Option<String>,
    pub purged_at: Option<Timestamp>,
    pub purged: Option<String>,
}

pub async fn get(pool: &Pool, election_id: &str) -> Result<Option<Election>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT election_id, certified_on, purged_at, purged FROM election WHERE election_id = $1"
    )
    .bind(election_id)
    .fetch_optional(p)
    .await)
}

/// Certified elections not purged, certified on or before `certified_by` (YYYY-MM-DD).
pub async fn due_for_purge(pool: &Pool, certified_by: &str) -> Result<Vec<String>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT election_id FROM election WHERE purged_at IS NULL AND certified_on IS NOT NULL \
         AND certified_on <= $1 ORDER BY certified_on"
    )
    .bind(certified_by)
    .fetch_all(p)
    .await)
}

/// Voters whose only ballots (of elections not yet purged) are in election `$1`: purging the
/// election removes them; a voter with a ballot in another election stays.
/// (An envelope of another election, posted before any event of it, keeps the voter too.)
const VOTERS: &str = "SELECT DISTINCT e.voter_id FROM ballot_event e WHERE e.election_id = $1 \
     AND NOT EXISTS (SELECT 1 FROM ballot_event o WHERE o.voter_id = e.voter_id \
         AND o.election_id <> $1 AND o.election_id NOT IN \
             (SELECT election_id FROM election WHERE purged_at IS NOT NULL)) \
     AND NOT EXISTS (SELECT 1 FROM mail_piece m WHERE m.voter_id = e.voter_id \
         AND m.election_id <> $1)";

/// Whether election `election_id` was purged: nothing more is recorded for it.
pub async fn is_purged(tx: &mut Tx, election_id: &str) -> Result<bool, sqlx::Error> {
    let purged: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM election WHERE election_id = $1 AND purged_at IS NOT NULL"
    )
    .bind(election_id)
    .fetch_one(c)
    .await)?;
    Ok(purged > 0)
}

/// What a purge removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Purged {
    pub voters: u64,
    pub subscriptions: u64,
    pub ballot_events: u64,
    /// The Postal Service's scans of the election's envelopes (`mail_scan`).
    pub mail_scans: u64,
    /// Ballot envelopes' barcodes (`mail_piece`).
    pub mail_pieces: u64,
    /// Signature cures voters sent from the tracker, with their encrypted content
    /// (`signature_cure`); the audit trail keeps only the requests that sent and decided them.
    pub signature_cures: u64,
    pub messages: u64,
}

/// Removes, in the caller's transaction, the election's ballot events and messages, and the
/// voters it alone concerned with their subscriptions, links, destination requests and every
/// message ever sent to them; records the counts on the election.
pub async fn purge(tx: &mut Tx, election_id: &str, now: Timestamp) -> Result<Purged, sqlx::Error> {
    // Whom it removes, read while the election's events still say so.
    let voters: Vec<String> = on_tx!(tx, |c| sqlx::query_scalar(VOTERS)
        .bind(election_id)
        .fetch_all(&mut *c)
        .await)?;
    let subscriptions =
        format!("SELECT subscription_id FROM subscription WHERE voter_id IN ({VOTERS})");
    let messages = format!(
        "SELECT outbox_message_id FROM outbox_message WHERE election_id = $1 \
         OR subscription_id IN ({subscriptions})"
    );
    // The worker may be recording a delivery attempt for one of these messages right now:
    // lock them first, so it waits for the purge instead of adding an attempt between the
    // two deletes below (seen in a CI run on PostgreSQL). SQLite's single writer already waits.
    if let Tx::Postgres(t) = tx {
        sqlx::query(&format!(
            "SELECT 1 FROM outbox_message WHERE outbox_message_id IN ({messages}) FOR UPDATE"
        ))
        .bind(election_id)
        .execute(&mut **t)
        .await?;
    }
    // Children before parents; each statement names the election as $1.
    let statements = [
        format!("DELETE FROM delivery_attempt WHERE outbox_message_id IN ({messages})"),
        format!("DELETE FROM outbox_message WHERE outbox_message_id IN ({messages})"),
        format!("DELETE FROM access_token WHERE subscription_id IN ({subscriptions})"),
        format!("DELETE FROM broadcast_recipient WHERE subscription_id IN ({subscriptions})"),
        format!("DELETE FROM destination_request WHERE subscription_id IN ({subscriptions})"),
        format!("DELETE FROM subscription WHERE subscription_id IN ({subscriptions})"),
        "DELETE FROM ballot_event WHERE election_id = $1".to_string(),
        "DELETE FROM mail_scan WHERE tracking_code IN \
         (SELECT tracking_code FROM mail_piece WHERE election_id = $1)"
            .to_string(),
        "DELETE FROM mail_piece WHERE election_id = $1".to_string(),
        "DELETE FROM signature_cure WHERE election_id = $1".to_string(),
        "DELETE FROM cure_reminder WHERE election_id = $1".to_string(),
    ];
    let mut removed = [0u64; 11];
    for (i, sql) in statements.iter().enumerate() {
        removed[i] = on_tx!(tx, |c| sqlx::query(sql)
            .bind(election_id)
            .execute(&mut *c)
            .await
            .map(|r| r.rows_affected()))?;
    }
    let mut voters_removed = 0;
    for chunk in voters.chunks(500) {
        voters_removed += on_tx!(tx, |c, Db| {
            let mut query: sqlx::QueryBuilder<Db> =
                sqlx::QueryBuilder::new("DELETE FROM voter WHERE voter_id IN (");
            let mut separated = query.separated(", ");
            for id in chunk {
                separated.push_bind(id.as_str());
            }
            separated.push_unseparated(")");
            query
                .build()
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
    }
    let purged = Purged {
        voters: voters_removed,
        subscriptions: removed[5],
        ballot_events: removed[6],
        mail_scans: removed[7],
        mail_pieces: removed[8],
        signature_cures: removed[9],
        messages: removed[1],
    };
    let counts = serde_json::to_string(&purged).unwrap_or_else(|_| "{}".into());
    on_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO election (election_id, purged_at, purged) VALUES ($1, $2, $3) \
         ON CONFLICT (election_id) DO UPDATE SET purged_at = excluded.purged_at, purged = excluded.purged"
    )
    .bind(election_id)
    .bind(now)
    .bind(&counts)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    Ok(purged)
}

/// What a purge by age removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Aged {
    pub destination_requests: u64,
    pub links: u64,
    pub messages: u64,
    /// Scans of envelopes no mail-piece file named (`mail_scan_unmatched`).
    pub unmatched_scans: u64,
}

/// Removes, in the caller's transaction, what no election's purge reaches and no one needs
/// after `before` (an RFC 3339 time): requests for new destinations made before it (with the
/// addresses they held and replaced), links that expired before it, and messages about no
/// election (confirmations, change notices, notes) finished before it, and scans of unknown
/// envelopes kept aside before it.
pub async fn purge_aged(tx: &mut Tx, before: Timestamp) -> Result<Aged, sqlx::Error> {
    let requests = "SELECT destination_request_id FROM destination_request WHERE created_at < $1";
    let messages = format!(
        "SELECT outbox_message_id FROM outbox_message WHERE destination_request_id IN ({requests}) \
         OR (election_id IS NULL AND state IN ('sent', 'dead') AND created_at < $1)"
    );
    // As in `purge`: a worker recording an attempt for a destination request's message waits.
    if let Tx::Postgres(t) = tx {
        sqlx::query(&format!(
            "SELECT 1 FROM outbox_message WHERE outbox_message_id IN ({messages}) FOR UPDATE"
        ))
        .bind(before)
        .execute(&mut **t)
        .await?;
    }
    // Children before parents; each statement names the cut-off as $1.
    let statements = [
        format!("DELETE FROM delivery_attempt WHERE outbox_message_id IN ({messages})"),
        format!("DELETE FROM outbox_message WHERE outbox_message_id IN ({messages})"),
        format!(
            "DELETE FROM access_token WHERE destination_request_id IN ({requests}) \
             OR (expires_at IS NOT NULL AND expires_at < $1)"
        ),
        format!("DELETE FROM destination_request WHERE destination_request_id IN ({requests})"),
        "DELETE FROM mail_scan_unmatched WHERE received_at < $1".to_string(),
    ];
    let mut removed = [0u64; 5];
    for (i, sql) in statements.iter().enumerate() {
        removed[i] = on_tx!(tx, |c| sqlx::query(sql)
            .bind(before)
            .execute(&mut *c)
            .await
            .map(|r| r.rows_affected()))?;
    }
    Ok(Aged {
        destination_requests: removed[3],
        links: removed[2],
        messages: removed[1],
        unmatched_scans: removed[4],
    })
}
