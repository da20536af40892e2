//! The outbox worker: claims due messages, delivers them, and records what happened.
//! A failed delivery is retried with exponential back-off; nothing is dropped.

use super::contact_hours::earliest_contact;
use super::delivery::{Delivery, DeliveryError};
use crate::clock;
use crate::store::{outbox, Store};
use ballot_shared::quiet_hours::QuietHours;
use std::time::Duration;
use tokio::sync::watch;

/// Messages claimed per pass.
const BATCH: i64 = 50;
/// How long a claim holds; a worker that dies mid-batch frees its messages after this.
const LEASE: time::Duration = time::Duration::seconds(60);
/// Back-off after the first failure, doubling each time up to `MAX_BACKOFF`.
const FIRST_BACKOFF_SECS: i64 = 5;
const MAX_BACKOFF_SECS: i64 = 15 * 60;

#[derive(Clone)]
pub struct Worker {
    store: Store,
    delivery: Delivery,
    /// For links in the reminders this worker queues.
    public_url: String,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PassReport {
    pub sent: usize,
    pub retried: usize,
    pub dead: usize,
}

/// Delay before attempt `attempts + 1`, after `attempts` failed tries.
pub fn backoff(attempts: i64) -> time::Duration {
    let exponent = attempts.clamp(1, 20) - 1;
    let secs = FIRST_BACKOFF_SECS
        .saturating_mul(1 << exponent)
        .min(MAX_BACKOFF_SECS);
    time::Duration::seconds(secs)
}

/// When to try again: after the back-off, and for texts and calls not before 8 AM where the
/// recipient is.
fn retry_time(message: &crate::store::outbox::OutboxMessage, delay: time::Duration) -> String {
    let at = time::OffsetDateTime::now_utc() + delay;
    if message.channel == "email" {
        return clock::timestamp(at);
    }
    let instant = jiff::Timestamp::from_second(at.unix_timestamp())
        .unwrap_or_else(|_| jiff::Timestamp::now());
    let allowed = earliest_contact(instant, &message.recipient, &QuietHours::default());
    clock::timestamp(time::OffsetDateTime::from_unix_timestamp(allowed.as_second()).unwrap_or(at))
}

impl Worker {
    pub fn new(store: Store, delivery: Delivery, public_url: String) -> Self {
        Self {
            store,
            delivery,
            public_url,
        }
    }

    /// One pass: claims a batch of due messages and delivers each.
    #[tracing::instrument(skip_all)]
    pub async fn deliver_due_messages(&self) -> Result<PassReport, sqlx::Error> {
        let pool = self.store.pool();
        let claimed =
            outbox::claim_due(pool, BATCH, &clock::now(), &clock::now_plus(LEASE)).await?;
        let mut report = PassReport::default();
        for message in claimed {
            let id = message.outbox_message_id;
            match self.delivery.deliver(&message).await {
                Ok(()) => {
                    outbox::mark_sent(pool, id, &clock::now()).await?;
                    report.sent += 1;
                    tracing::info!(outbox_message_id = id, channel = %message.channel, "delivered");
                }
                Err(DeliveryError::Retryable(error)) => {
                    let next = retry_time(&message, backoff(message.attempts));
                    outbox::schedule_retry(pool, id, &next, &error).await?;
                    report.retried += 1;
                    tracing::warn!(outbox_message_id = id, attempts = message.attempts, %error, "delivery failed; will retry");
                }
                Err(DeliveryError::Permanent(error)) => {
                    outbox::mark_dead(pool, id, &error).await?;
                    report.dead += 1;
                    tracing::warn!(outbox_message_id = id, %error, "delivery refused; message set aside");
                }
            }
        }
        Ok(report)
    }

    /// Runs passes until `shutdown` turns true; a full batch is followed at once by another.
    pub async fn run(self, interval: Duration, mut shutdown: watch::Receiver<bool>) {
        loop {
            if let Err(error) =
                crate::reminders::send_due_reminders(&self.store, &self.public_url).await
            {
                tracing::error!(%error, "reminder pass failed");
            }
            let full = match self.deliver_due_messages().await {
                Ok(report) => report.sent + report.retried + report.dead >= BATCH as usize,
                Err(error) => {
                    tracing::error!(%error, "outbox pass failed");
                    false
                }
            };
            if *shutdown.borrow() {
                return;
            }
            if !full {
                tokio::select! {
                    _ = tokio::time::sleep(interval) => {}
                    _ = shutdown.changed() => return,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_a_cap() {
        assert_eq!(backoff(1).whole_seconds(), 5);
        assert_eq!(backoff(2).whole_seconds(), 10);
        assert_eq!(backoff(3).whole_seconds(), 20);
        assert_eq!(backoff(9).whole_seconds(), 900);
        assert_eq!(backoff(60).whole_seconds(), 900);
    }
}
