//! The `outbox_message` table: messages waiting to be delivered, and what became of them.

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;
use crate::store::broadcasts::BroadcastKind;
use ballot_shared::channels::Channel;
use ballot_shared::status::BallotStatus;

/// Where a message is in its delivery (the `state` column, stored by its snake_case name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type)]
#[sqlx(type_name = "TEXT", rename_all = "snake_case")]
pub enum OutboxState {
    /// Waiting for its time (`next_attempt_at`) or for an earlier message to the same place.
    Pending,
    /// Claimed by a worker until `locked_until`.
    Sending,
    Sent,
    /// Never deliverable, or withdrawn; kept with its error for operators.
    Dead,
}

impl OutboxState {
    pub const ALL: [OutboxState; 4] = [
        OutboxState::Pending,
        OutboxState::Sending,
        OutboxState::Sent,
        OutboxState::Dead,
    ];

    /// The stored name, as `/metrics` and the stats label it.
    pub fn code(self) -> &'static str {
        match self {
            OutboxState::Pending => "pending",
            OutboxState::Sending => "sending",
            OutboxState::Sent => "sent",
            OutboxState::Dead => "dead",
        }
    }
}

/// What one delivery attempt came to (`delivery_attempt.outcome`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "TEXT", rename_all = "snake_case")]
pub enum AttemptOutcome {
    Sent,
    Retry,
    Dead,
}

/// What a message is about (the `kind` column): a ballot status update, a notice about the
/// voter's own sign-up, or a broadcast. Stored as the code each had as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageKind {
    /// The ballot reached this status (stored as the status code: `mailed`, `received`, …).
    Status(BallotStatus),
    /// A new destination is asked to confirm (`confirm_destination`).
    ConfirmDestination,
    /// The destinations on file are told of a change, with its undo link.
    DestinationChanged,
    /// A destination is told it no longer gets anything.
    DestinationRemoved,
    /// Someone signed up again with the voter's details.
    SignupAgain,
    /// A fresh manage link, asked for.
    ManageLink,
    /// A broadcast's message (`return_reminder`, `notice`, `correction`).
    Broadcast(BroadcastKind),
    /// A broadcast's test send to the operator (never stored; captured files are named by it).
    BroadcastTest,
    /// About a signature cure the voter sent from the tracker (`cure_received`, …).
    Cure(CureNotice),
    /// A reminder before the deadline of a signature cure not yet sent (`cure_reminder`).
    CureReminder,
}

/// What the voter is told of a signature cure they sent (issue 16).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CureNotice {
    Received,
    Accepted,
    Rejected,
}

impl CureNotice {
    pub const ALL: [CureNotice; 3] = [
        CureNotice::Received,
        CureNotice::Accepted,
        CureNotice::Rejected,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CureNotice::Received => "cure_received",
            CureNotice::Accepted => "cure_accepted",
            CureNotice::Rejected => "cure_rejected",
        }
    }
}

impl MessageKind {
    /// Notices about the voter's own sign-up rather than their ballot: they still go to a
    /// destination after it stops getting ballot news (the notice that it was removed, a
    /// change notice with its undo link, a confirmation it was sent to answer).
    pub const ACCOUNT_NOTICES: [MessageKind; 5] = [
        MessageKind::ConfirmDestination,
        MessageKind::DestinationChanged,
        MessageKind::DestinationRemoved,
        MessageKind::SignupAgain,
        MessageKind::ManageLink,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MessageKind::Status(status) => status.code(),
            MessageKind::ConfirmDestination => "confirm_destination",
            MessageKind::DestinationChanged => "destination_changed",
            MessageKind::DestinationRemoved => "destination_removed",
            MessageKind::SignupAgain => "signup_again",
            MessageKind::ManageLink => "manage_link",
            MessageKind::Broadcast(kind) => kind.code(),
            MessageKind::BroadcastTest => "broadcast_test",
            MessageKind::Cure(notice) => notice.code(),
            MessageKind::CureReminder => "cure_reminder",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        // Written by the first versions for what is now `confirm_destination`; rows of it may
        // still wait in an outbox.
        if code == "confirmation" {
            return Some(MessageKind::ConfirmDestination);
        }
        if let Ok(status) = BallotStatus::parse(code) {
            return Some(MessageKind::Status(status));
        }
        if let Some(kind) = BroadcastKind::parse(code) {
            return Some(MessageKind::Broadcast(kind));
        }
        Self::ACCOUNT_NOTICES
            .into_iter()
            .chain([MessageKind::BroadcastTest, MessageKind::CureReminder])
            .chain(CureNotice::ALL.map(MessageKind::Cure))
            .find(|k| k.code() == code)
    }
}

impl std::fmt::Display for MessageKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

// Stored as its code, as text, on either database: by hand, because a derive cannot store a
// variant holding another enum as that enum's code.
impl<DB: sqlx::Database> sqlx::Type<DB> for MessageKind
where
    str: sqlx::Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <str as sqlx::Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <str as sqlx::Type<DB>>::compatible(ty)
    }
}

impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for MessageKind
where
    &'q str: sqlx::Encode<'q, DB>,
{
    fn encode_by_ref(
        &self,
        buf: &mut <DB as sqlx::Database>::ArgumentBuffer<'q>,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        <&'q str as sqlx::Encode<'q, DB>>::encode(self.code(), buf)
    }
}

impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for MessageKind
where
    &'r str: sqlx::Decode<'r, DB>,
{
    fn decode(
        value: <DB as sqlx::Database>::ValueRef<'r>,
    ) -> Result<Self, sqlx::error::BoxDynError> {
        let code = <&'r str as sqlx::Decode<'r, DB>>::decode(value)?;
        MessageKind::parse(code).ok_or_else(|| format!("unknown message kind {code:?}").into())
    }
}

pub struct NewMessage<'a> {
    pub subscription_id: i64,
    pub channel: Channel,
    pub kind: MessageKind,
    pub recipient: &'a str,
    pub sender: &'a str,
    pub subject: Option<&'a str>,
    pub body_text: &'a str,
    pub body_html: Option<&'a str>,
    /// When it may first be sent: now, or after the recipient's quiet hours.
    pub due_at: Timestamp,
    /// Email only: the RFC 8058 one-click unsubscribe address.
    pub list_unsubscribe: Option<&'a str>,
    /// A confirmation request or a change notice: the destination request it is about.
    pub destination_request_id: Option<i64>,
    /// The election it is about, so that a purge removes it with the election.
    pub election_id: Option<&'a str>,
    /// The language its words are in (a call is read in it).
    pub language: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OutboxMessage {
    pub outbox_message_id: i64,
    pub subscription_id: i64,
    pub channel: Channel,
    pub kind: MessageKind,
    pub recipient: String,
    pub sender: String,
    pub subject: Option<String>,
    pub body_text: String,
    pub body_html: Option<String>,
    pub state: OutboxState,
    pub attempts: i64,
    pub created_at: Timestamp,
    pub sent_at: Option<Timestamp>,
    pub last_error: Option<String>,
    pub list_unsubscribe: Option<String>,
    /// What the voter can check at /verify (drawn by `message_links::new_reference`).
    pub reference: Option<String>,
    pub destination_request_id: Option<i64>,
    pub language: String,
}

const COLUMNS: &str = "outbox_message_id, subscription_id, channel, kind, recipient, sender, \
     subject, body_text, body_html, state, attempts, created_at, sent_at, last_error, \
     list_unsubscribe, reference, destination_request_id, language";

/// Queues a message in the caller's transaction with `reference`, or answers `None` if that
/// reference is already taken (without the failed statement that would abort a PostgreSQL
/// transaction): the caller draws another.
pub async fn enqueue(
    tx: &mut Tx,
    message: &NewMessage<'_>,
    reference: &str,
    now: Timestamp,
) -> Result<Option<i64>, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
            "INSERT INTO outbox_message (subscription_id, channel, kind, recipient, sender, subject, \
                 body_text, body_html, state, attempts, next_attempt_at, created_at, list_unsubscribe, \
                 reference, destination_request_id, election_id, language) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending', 0, $9, $10, $11, $12, $13, $14, $15) \
             ON CONFLICT (reference) DO NOTHING RETURNING outbox_message_id",
        )
        .bind(message.subscription_id)
        .bind(message.channel)
        .bind(message.kind)
        .bind(message.recipient)
        .bind(message.sender)
        .bind(message.subject)
        .bind(message.body_text)
        .bind(message.body_html)
        .bind(message.due_at)
        .bind(now)
        .bind(message.list_unsubscribe)
        .bind(reference)
        .bind(message.destination_request_id)
        .bind(message.election_id)
        .bind(message.language)
        .fetch_optional(c)
        .await
    })
}

/// What `/verify` may say of a message: that we sent it, how, when and to whom (masked by the
/// caller).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SentMessage {
    pub channel: Channel,
    pub recipient: String,
    pub sender: String,
    pub state: OutboxState,
    pub created_at: Timestamp,
    pub sent_at: Option<Timestamp>,
}

pub async fn find_by_reference(
    pool: &Pool,
    reference: &str,
) -> Result<Option<SentMessage>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT channel, recipient, sender, state, created_at, sent_at FROM outbox_message \
         WHERE reference = $1",
    )
    .bind(reference)
    .fetch_optional(p)
    .await)
}

/// How many messages of `kind` went to `recipient` since `since` (a cap per destination).
pub async fn count_kind_to(
    tx: &mut Tx,
    kind: MessageKind,
    recipient: &str,
    since: Timestamp,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox_message WHERE recipient = $1 AND created_at > $2 AND kind = $3"
    )
    .bind(recipient)
    .bind(since)
    .bind(kind)
    .fetch_one(c)
    .await
    })
}

/// How many messages of these kinds a subscription was sent since `since` (daily caps).
pub async fn count_kinds_since(
    tx: &mut Tx,
    subscription_id: i64,
    kinds: &[MessageKind],
    since: Timestamp,
) -> Result<i64, sqlx::Error> {
    let mut total = 0;
    for kind in kinds {
        let n: i64 = on_tx!(tx, |c| {
            sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox_message WHERE subscription_id = $1 AND kind = $2 AND created_at > $3"
        )
        .bind(subscription_id)
        .bind(kind)
        .bind(since)
        .fetch_one(c)
        .await
        })?;
        total += n;
    }
    Ok(total)
}

/// Withdraws the ballot news still queued for a subscription's channel to any recipient but
/// `keep` (the channel's destination now, if any), in the caller's transaction: news about a
/// voter's ballot must not reach an address they took off, or that someone else put on and
/// the voter undid. Account notices still go.
pub async fn withdraw_news(
    tx: &mut Tx,
    subscription_id: i64,
    channel: Channel,
    keep: Option<&str>,
) -> Result<u64, sqlx::Error> {
    let notices = MessageKind::ACCOUNT_NOTICES
        .map(|k| format!("'{}'", k.code()))
        .join(", ");
    let sql = format!(
        "UPDATE outbox_message SET state = 'dead', locked_until = NULL, \
             last_error = 'withdrawn: the channel no longer goes to this recipient' \
         WHERE subscription_id = $1 AND channel = $2 AND state = 'pending' \
           AND ($3 IS NULL OR recipient <> $3) AND kind NOT IN ({notices})"
    );
    on_tx!(tx, |c| sqlx::query(&sql)
        .bind(subscription_id)
        .bind(channel)
        .bind(keep)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
}

/// Withdraws the messages of `kind` still queued for a subscription about one election, in
/// the caller's transaction (`why` is kept as the error operators see).
pub async fn withdraw_kind(
    tx: &mut Tx,
    subscription_id: i64,
    election_id: &str,
    kind: MessageKind,
    why: &str,
) -> Result<u64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE outbox_message SET state = 'dead', locked_until = NULL, last_error = $4 \
         WHERE subscription_id = $1 AND election_id = $2 AND kind = $3 AND state = 'pending'",
    )
    .bind(subscription_id)
    .bind(election_id)
    .bind(kind)
    .bind(why)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))
}

/// The (subscription, voter, election) of each ballot with messages of `kind` still queued.
pub async fn waiting_ballots(
    pool: &Pool,
    kind: MessageKind,
) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT DISTINCT o.subscription_id, s.voter_id, o.election_id FROM outbox_message o \
         JOIN subscription s ON s.subscription_id = o.subscription_id \
         WHERE o.kind = $1 AND o.state = 'pending' AND o.election_id IS NOT NULL",
    )
    .bind(kind)
    .fetch_all(p)
    .await)
}

/// STOP from a number: nothing queued for it goes out any more, whatever it was about.
pub async fn withdraw_all_to(
    tx: &mut Tx,
    channel: Channel,
    recipient: &str,
) -> Result<u64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE outbox_message SET state = 'dead', locked_until = NULL, \
             last_error = 'withdrawn: the recipient replied STOP' \
         WHERE channel = $1 AND recipient = $2 AND state = 'pending'",
    )
    .bind(channel)
    .bind(recipient)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))
}

/// Takes up to `limit` due messages for delivery: pending ones whose time has come, and ones
/// whose earlier claim expired (a worker that died mid-send). The claim is a lease until
/// `lease_until`, so two workers never send the same message while the lease holds.
///
/// A message waits while an earlier one to the same destination (subscription and channel)
/// is unsent, so a voter never reads "received" before "mailed", whichever workers send them;
/// an earlier message waiting for the recipient's contact hours or a retry holds the later
/// ones back with it.
///
/// SQLite has one writer at a time, so the UPDATE is atomic as it stands. On PostgreSQL,
/// workers claim at once: `FOR UPDATE SKIP LOCKED` makes each skip the rows another is
/// claiming (instead of both taking them, or waiting), and re-checks the condition on rows
/// claimed meanwhile, so a message goes to exactly one worker.
pub async fn claim_due(
    pool: &Pool,
    limit: i64,
    now: Timestamp,
    lease_until: Timestamp,
) -> Result<Vec<OutboxMessage>, sqlx::Error> {
    let lock = match pool {
        Pool::Sqlite(..) => "",
        Pool::Postgres(_) => "FOR UPDATE SKIP LOCKED",
    };
    // Claims a dead worker left behind go back to the queue first, so that the claim below
    // reads pending rows only, in the order of the (state, next_attempt_at) index, and stops
    // after `limit`: with an OR of both states it gathered and sorted every due message, per
    // claim (63 s instead of 42 s for 100,000 messages).
    on_pool!(pool, |p| sqlx::query(
        "UPDATE outbox_message SET state = 'pending', locked_until = NULL \
         WHERE state = 'sending' AND locked_until <= $1"
    )
    .bind(now)
    .execute(p)
    .await
    .map(|_| ()))?;
    let sql = format!(
        "UPDATE outbox_message SET state = 'sending', locked_until = $1, attempts = attempts + 1 \
         WHERE outbox_message_id IN ( \
             SELECT outbox_message_id FROM outbox_message o \
             WHERE state = 'pending' AND next_attempt_at <= $2 \
               AND NOT EXISTS (SELECT 1 FROM outbox_message earlier \
                   WHERE earlier.subscription_id = o.subscription_id \
                     AND earlier.channel = o.channel \
                     AND earlier.outbox_message_id < o.outbox_message_id \
                     AND earlier.state IN ('pending', 'sending')) \
             ORDER BY next_attempt_at, outbox_message_id LIMIT $3 {lock}) \
         RETURNING {COLUMNS}"
    );
    let mut claimed: Vec<OutboxMessage> = on_pool!(pool, |p| sqlx::query_as(&sql)
        .bind(lease_until)
        .bind(now)
        .bind(limit)
        .fetch_all(p)
        .await)?;
    // RETURNING gives rows in no promised order; deliver the oldest first.
    claimed.sort_by_key(|m| m.outbox_message_id);
    Ok(claimed)
}

/// What became of one delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent {
        at: Timestamp,
    },
    /// Back in the queue until `next_attempt_at`.
    Retry {
        next_attempt_at: Timestamp,
        error: String,
    },
    /// Never deliverable; the message stays, with its error, for operators.
    Dead {
        error: String,
    },
}

/// Records the outcomes of a batch of attempts, each beside its message's new state, in one
/// transaction (one commit per batch rather than per message keeps the worker's pace).
pub async fn record_outcomes(
    pool: &Pool,
    outcomes: &[(i64, Outcome)],
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    if outcomes.is_empty() {
        return Ok(());
    }
    let mut tx = pool.begin_write().await?;
    for (id, outcome) in outcomes {
        let (state, sent_at, next_attempt_at, error, label) = match outcome {
            Outcome::Sent { at } => (
                OutboxState::Sent,
                Some(*at),
                None,
                None,
                AttemptOutcome::Sent,
            ),
            Outcome::Retry {
                next_attempt_at,
                error,
            } => (
                OutboxState::Pending,
                None,
                Some(*next_attempt_at),
                Some(error.as_str()),
                AttemptOutcome::Retry,
            ),
            Outcome::Dead { error } => (
                OutboxState::Dead,
                None,
                None,
                Some(error.as_str()),
                AttemptOutcome::Dead,
            ),
        };
        on_tx!(&mut tx, |c| {
            sqlx::query(
            "UPDATE outbox_message SET state = $2, sent_at = COALESCE($3, sent_at), \
                 next_attempt_at = COALESCE($4, next_attempt_at), locked_until = NULL, last_error = $5 \
             WHERE outbox_message_id = $1",
        )
        .bind(id)
        .bind(state)
        .bind(sent_at)
        .bind(next_attempt_at)
        .bind(error)
        .execute(&mut *c)
        .await
        .map(|_| ())
        })?;
        on_tx!(&mut tx, |c| {
            sqlx::query(
            "INSERT INTO delivery_attempt (outbox_message_id, attempted_at, outcome, error) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(now)
        .bind(label)
        .bind(error)
        .execute(&mut *c)
        .await
        .map(|_| ())
        })?;
    }
    tx.commit().await
}

/// How many messages are in each state (pending, sending, sent, dead), for `/metrics`.
pub async fn counts_by_state(pool: &Pool) -> Result<Vec<(OutboxState, i64)>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(
        "SELECT state, COUNT(*) FROM outbox_message GROUP BY state ORDER BY state"
    )
    .fetch_all(p)
    .await)
}

/// The newest messages, newest first.
pub async fn list_recent(pool: &Pool, limit: i64) -> Result<Vec<OutboxMessage>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM outbox_message ORDER BY outbox_message_id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(p)
    .await)
}

pub async fn list_for_subscription(
    pool: &Pool,
    subscription_id: i64,
) -> Result<Vec<OutboxMessage>, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM outbox_message WHERE subscription_id = $1 ORDER BY outbox_message_id"
    ))
    .bind(subscription_id)
    .fetch_all(p)
    .await)
}
