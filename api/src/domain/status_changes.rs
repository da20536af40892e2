//! Telling open status pages that a ballot changed, whichever process recorded it.
//!
//! In a process, ingest sends the ids of the subscriptions whose status changed on a broadcast
//! channel. Across processes (several API instances, or `import-events` from the command
//! line): on PostgreSQL, the ingest transaction `NOTIFY`s them and every instance `LISTEN`s; on
//! SQLite, one task per process watches for events recorded since it last looked. Either way,
//! one listener per process, and each open page just waits to be woken.

use crate::store::{ballot_events, Pool, Store};
use std::time::Duration;
use tokio::sync::{broadcast, watch};

/// How often SQLite's watcher looks for events recorded by another process.
const SQLITE_WATCH_EVERY: Duration = Duration::from_secs(2);

/// Starts forwarding other processes' changes into `changes` until `stopping`.
pub fn forward_from_other_processes(
    store: Store,
    changes: broadcast::Sender<i64>,
    mut stopping: watch::Receiver<bool>,
) {
    tokio::spawn(async move {
        match store.pool() {
            Pool::Postgres(pool) => loop {
                let result = tokio::select! {
                    result = listen(pool, &changes) => result,
                    _ = stopping.wait_for(|stop| *stop) => return,
                };
                if let Err(error) = result {
                    let error = crate::redact::redact(&error.to_string());
                    tracing::warn!(%error, "status change listener lost its connection; reconnecting");
                }
                if *stopping.borrow() {
                    return;
                }
                let stop = tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(1)) => false,
                    _ = stopping.wait_for(|stop| *stop) => true,
                };
                if stop {
                    return;
                }
            },
            Pool::Sqlite(..) => {
                let mut seen: i64 = ballot_events::last_row(store.pool())
                    .await
                    .unwrap_or_default();
                loop {
                    let stop = tokio::select! {
                        _ = tokio::time::sleep(SQLITE_WATCH_EVERY) => false,
                        _ = stopping.wait_for(|stop| *stop) => true,
                    };
                    if stop {
                        return;
                    }
                    match ballot_events::subscriptions_changed_since(store.pool(), seen).await {
                        Ok((last, ids)) => {
                            seen = last;
                            for id in ids {
                                let _ = changes.send(id);
                            }
                        }
                        Err(error) => {
                            let error = crate::redact::redact(&error.to_string());
                            tracing::warn!(%error, "could not look for status changes");
                        }
                    }
                }
            }
        }
    });
}

async fn listen(pool: &sqlx::PgPool, changes: &broadcast::Sender<i64>) -> Result<(), sqlx::Error> {
    let mut listener = sqlx::postgres::PgListener::connect_with(pool).await?;
    listener.listen(ballot_events::CHANNEL).await?;
    loop {
        let notification = listener.recv().await?;
        for id in notification
            .payload()
            .split(',')
            .filter_map(|id| id.parse::<i64>().ok())
        {
            let _ = changes.send(id);
        }
    }
}
