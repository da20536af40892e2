//! The outbox worker: claims due messages, delivers them, and records what happened.
//! A failed delivery is retried with exponential back-off; nothing is dropped.

use super::delivery::{Delivery, DeliveryError};
use crate::clock::{self, Timestamp};
use crate::config::Config;
use crate::config::LinkLifetimes;
use crate::domain::contact_hours::earliest_contact;
use crate::domain::message_links::{fill, Filled};
use crate::redact::redact;
use crate::store::access_tokens;
use crate::store::outbox::{self, OutboxMessage, Outcome};
use crate::store::Store;
use ballot_shared::channels::Channel;
use ballot_shared::quiet_hours::QuietHours;
use futures_util::StreamExt;
use jiff::SignedDuration;
use std::collections::HashMap;
use std::time::Duration;
use tokio::sync::watch;

/// Messages claimed per pass. Outcomes are committed once per pass, so a worker that dies
/// mid-pass may send up to this many again after the lease; smaller is safer, larger faster.
const BATCH: i64 = 200;
/// Back-off after the first failure, doubling each time up to `MAX_BACKOFF`.
const FIRST_BACKOFF_SECS: i64 = 5;
const MAX_BACKOFF_SECS: i64 = 15 * 60;

#[derive(Clone)]
pub struct Worker {
    store: Store,
    delivery: Delivery,
    /// For links in the reminders this worker queues.
    public_url: String,
    /// Signature cures are taken here: a signature problem's reminders link to the cure page.
    cure_page: bool,
    /// How long a claim holds (`Config::worker_lease`).
    lease: SignedDuration,
    /// How long the links this worker mints work.
    link_lifetimes: LinkLifetimes,
    /// County offices, for the broadcasts this worker sends.
    offices: std::sync::Arc<crate::domain::offices::Offices>,
    /// `RETENTION_DAYS`: how long after certification an election is purged.
    retention_days: i64,
    /// `BROADCAST_APPROVAL_THRESHOLD`: a broadcast its creator alone approved stops there.
    broadcast_approval_threshold: i64,
}

/// How often the worker looks for elections due to be purged.
const PURGE_EVERY: std::time::Duration = std::time::Duration::from_secs(600);
/// How often the worker looks for signature cures due a reminder. Reminders are by the day,
/// so any pass that day will do; a cure or a new status withdraws waiting ones at once, and
/// a pass withdraws those whose deadline's day came.
const CURE_REMINDERS_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PassReport {
    pub sent: usize,
    pub retried: usize,
    pub dead: usize,
}

/// Delay before attempt `attempts + 1`, after `attempts` failed tries.
pub fn backoff(attempts: i64) -> SignedDuration {
    let exponent = attempts.clamp(1, 20) - 1;
    let secs = FIRST_BACKOFF_SECS
        .saturating_mul(1 << exponent)
        .min(MAX_BACKOFF_SECS);
    SignedDuration::from_secs(secs)
}

/// When to try again: after the back-off, and for texts and calls not before 8 AM where the
/// recipient is.
fn retry_time(message: &OutboxMessage, delay: SignedDuration) -> Timestamp {
    let at = clock::now_plus(delay);
    if message.channel == Channel::Email {
        return at;
    }
    let allowed = earliest_contact(at.to_jiff(), &message.recipient, &QuietHours::default());
    // Whole seconds, as before: contact hours begin on the minute.
    Timestamp::from_unix_seconds(allowed.as_second()).unwrap_or(at)
}

impl Worker {
    pub fn new(store: Store, delivery: Delivery, config: &Config) -> Self {
        Self {
            store,
            delivery,
            public_url: config.public_url.clone(),
            cure_page: config.cure_key.is_some(),
            lease: SignedDuration::try_from(config.worker_lease)
                .unwrap_or(SignedDuration::from_mins(1)),
            link_lifetimes: config.link_lifetimes,
            offices: Default::default(),
            retention_days: config.retention_days,
            broadcast_approval_threshold: config.broadcast_approval_threshold,
        }
    }

    /// One pass: claims a batch of due messages, delivers them (up to `CONCURRENCY` at a
    /// time), and records every outcome in one transaction.
    #[tracing::instrument(skip_all)]
    pub async fn deliver_due_messages(&self) -> Result<PassReport, sqlx::Error> {
        let pool = self.store.pool();
        let claimed =
            outbox::claim_due(pool, BATCH, clock::now(), clock::now_plus(self.lease)).await?;
        // Each message's links get fresh tokens now, recorded (as hashes) before any is sent:
        // the queued bodies never held one.
        let sent_at = clock::now();
        let mut tokens = Vec::new();
        let filled: Vec<Filled> = claimed
            .iter()
            .map(|message| {
                let (filled, records) = fill(message, &self.link_lifetimes, sent_at);
                tokens.extend(records);
                filled
            })
            .collect();
        if !tokens.is_empty() {
            let mut tx = self.store.begin().await?;
            access_tokens::insert(&mut tx, &tokens, clock::now()).await?;
            tx.commit().await?;
        }
        // One recipient's messages go one after another, oldest first, so a voter never reads
        // "received" before "mailed"; different recipients are served side by side.
        let mut by_recipient: Vec<Vec<Filled>> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for message in filled {
            let slot = *index
                .entry(message.message.recipient.clone())
                .or_insert_with(|| {
                    by_recipient.push(Vec::new());
                    by_recipient.len() - 1
                });
            by_recipient[slot].push(message);
        }
        let outcomes: Vec<(i64, Outcome)> = futures_util::stream::iter(by_recipient)
            .map(|messages| async move {
                let mut outcomes = Vec::with_capacity(messages.len());
                for message in messages {
                    outcomes.push((
                        message.message.outbox_message_id,
                        self.attempt(&message).await,
                    ));
                }
                outcomes
            })
            .buffer_unordered(super::delivery::CONCURRENCY)
            .flat_map(futures_util::stream::iter)
            .collect()
            .await;
        let mut report = PassReport::default();
        for (_, outcome) in &outcomes {
            match outcome {
                Outcome::Sent { .. } => report.sent += 1,
                Outcome::Retry { .. } => report.retried += 1,
                Outcome::Dead { .. } => report.dead += 1,
            }
        }
        outbox::record_outcomes(pool, &outcomes, clock::now()).await?;
        Ok(report)
    }

    /// Delivers one message and says what the outbox should make of the result.
    async fn attempt(&self, filled: &Filled) -> Outcome {
        let message = &filled.message;
        let id = message.outbox_message_id;
        match self.delivery.deliver(filled).await {
            Ok(()) => {
                tracing::debug!(
                    outbox_message_id = id,
                    channel = message.channel.code(),
                    "delivered"
                );
                Outcome::Sent { at: clock::now() }
            }
            Err(DeliveryError::Retryable(error)) => {
                let logged = redact(&error);
                tracing::warn!(outbox_message_id = id, attempts = message.attempts, error = %logged, "delivery failed; will retry");
                Outcome::Retry {
                    next_attempt_at: retry_time(message, backoff(message.attempts)),
                    error,
                }
            }
            Err(DeliveryError::Permanent(error)) => {
                let logged = redact(&error);
                tracing::warn!(outbox_message_id = id, error = %logged, "delivery refused; message set aside");
                Outcome::Dead { error }
            }
        }
    }

    /// Runs passes until `shutdown` turns true; a full batch is followed at once by another.
    pub async fn run(self, interval: Duration, mut shutdown: watch::Receiver<bool>) {
        let mut next_purge = tokio::time::Instant::now();
        let mut next_cure_reminders = tokio::time::Instant::now();
        loop {
            if tokio::time::Instant::now() >= next_purge {
                next_purge += PURGE_EVERY;
                let purged =
                    match crate::domain::retention::purge_due(&self.store, self.retention_days)
                        .await
                    {
                        Ok(_) => {
                            crate::domain::retention::purge_aged(&self.store, self.retention_days)
                                .await
                                .map(|_| ())
                        }
                        Err(error) => Err(error),
                    };
                if let Err(error) = purged {
                    let error = redact(&error.to_string());
                    tracing::error!(%error, "retention pass failed");
                }
            }
            if tokio::time::Instant::now() >= next_cure_reminders {
                next_cure_reminders += CURE_REMINDERS_EVERY;
                if let Err(error) = crate::domain::cure_reminders::send_due(
                    &self.store,
                    &self.offices,
                    &self.public_url,
                    self.cure_page,
                    clock::now(),
                )
                .await
                {
                    let error = redact(&error.to_string());
                    tracing::error!(%error, "cure reminder pass failed");
                }
            }
            if let Err(error) = crate::domain::broadcasts::send_due(
                &self.store,
                &self.offices,
                &self.public_url,
                self.broadcast_approval_threshold,
            )
            .await
            {
                let error = redact(&error.to_string());
                tracing::error!(%error, "broadcast pass failed");
            }
            let full = match self.deliver_due_messages().await {
                Ok(report) => report.sent + report.retried + report.dead >= BATCH as usize,
                Err(error) => {
                    let error = redact(&error.to_string());
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
        assert_eq!(backoff(1).as_secs(), 5);
        assert_eq!(backoff(2).as_secs(), 10);
        assert_eq!(backoff(3).as_secs(), 20);
        assert_eq!(backoff(9).as_secs(), 900);
        assert_eq!(backoff(60).as_secs(), 900);
    }
}
