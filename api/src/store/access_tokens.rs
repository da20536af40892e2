//! The `access_token` table: what each link opens, kept as the SHA-256 of its token.

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;
use ballot_shared::channels::Channel;

/// What a link may do. Each is a separate capability: a forwarded status link shows the
/// ballot and nothing else; only a manage link (which expires) changes anything. Stored by
/// its [`TokenKind::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type)]
#[sqlx(type_name = "TEXT", rename_all = "snake_case")]
pub enum TokenKind {
    /// The status page: read-only, safe to forward, valid until the subscription is purged.
    Status,
    /// The manage page: change or stop notifications; expires (`Config::manage_link_ttl`).
    Manage,
    /// An email's one-click unsubscribe (RFC 8058): stops that channel, nothing else.
    Unsubscribe,
    /// Confirms one new destination (`destination_request`).
    Confirm,
    /// Undoes one confirmed change of destination.
    Undo,
}

impl TokenKind {
    pub const ALL: [TokenKind; 5] = [
        TokenKind::Status,
        TokenKind::Manage,
        TokenKind::Unsubscribe,
        TokenKind::Confirm,
        TokenKind::Undo,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TokenKind::Status => "status",
            TokenKind::Manage => "manage",
            TokenKind::Unsubscribe => "unsubscribe",
            TokenKind::Confirm => "confirm",
            TokenKind::Undo => "undo",
        }
    }
}

/// A token to record; `token_hash` is `token::lookup_key` of the token itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    pub token_hash: String,
    pub kind: TokenKind,
    pub subscription_id: i64,
    pub destination_request_id: Option<i64>,
    pub channel: Option<Channel>,
    /// Unsubscribe: the address or number the message went to. The link stops the channel
    /// only while it still goes there, so an old message cannot stop a later owner's.
    pub recipient: Option<String>,
    pub expires_at: Option<Timestamp>,
}

/// A token as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundToken {
    pub kind: TokenKind,
    pub subscription_id: i64,
    pub destination_request_id: Option<i64>,
    pub channel: Option<Channel>,
    pub recipient: Option<String>,
    pub expires_at: Option<Timestamp>,
}

impl FoundToken {
    pub fn expired(&self, now: Timestamp) -> bool {
        self.expires_at.is_some_and(|at| at <= now)
    }
}

#[derive(sqlx::FromRow)]
struct TokenRow {
    kind: TokenKind,
    subscription_id: i64,
    destination_request_id: Option<i64>,
    channel: Option<Channel>,
    recipient: Option<String>,
    expires_at: Option<Timestamp>,
}

/// Rows per INSERT: 8 parameters each, far below either database's limit.
const ROWS_PER_STATEMENT: usize = 200;

/// Records tokens in the caller's transaction.
pub async fn insert(tx: &mut Tx, tokens: &[NewToken], now: Timestamp) -> Result<(), sqlx::Error> {
    for chunk in tokens.chunks(ROWS_PER_STATEMENT) {
        on_tx!(tx, |c, Db| {
            let mut query: sqlx::QueryBuilder<Db> = sqlx::QueryBuilder::new(
                "INSERT INTO access_token (token_hash, kind, subscription_id, \
                 destination_request_id, channel, recipient, created_at, expires_at) ",
            );
            query.push_values(chunk, |mut row, t| {
                row.push_bind(&t.token_hash)
                    .push_bind(t.kind)
                    .push_bind(t.subscription_id)
                    .push_bind(t.destination_request_id)
                    .push_bind(t.channel)
                    .push_bind(&t.recipient)
                    .push_bind(now)
                    .push_bind(t.expires_at);
            });
            query.build().execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

/// Every kind a presented token's hash has (usually one; links sent before tokens were split
/// are both a status and an unsubscribe link).
pub async fn find(pool: &Pool, token_hash: &str) -> Result<Vec<FoundToken>, sqlx::Error> {
    let rows: Vec<TokenRow> = on_pool!(pool, |p| sqlx::query_as(
        "SELECT kind, subscription_id, destination_request_id, channel, recipient, expires_at \
         FROM access_token WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_all(p)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|r| FoundToken {
            kind: r.kind,
            subscription_id: r.subscription_id,
            destination_request_id: r.destination_request_id,
            channel: r.channel,
            recipient: r.recipient,
            expires_at: r.expires_at,
        })
        .collect())
}

/// Ends a token early (a confirmation or undo link works once).
pub async fn expire(
    tx: &mut Tx,
    token_hash: &str,
    kind: TokenKind,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE access_token SET expires_at = $3 WHERE token_hash = $1 AND kind = $2"
    )
    .bind(token_hash)
    .bind(kind)
    .bind(now)
    .execute(c)
    .await
    .map(|_| ()))
}

pub async fn count(pool: &Pool) -> Result<i64, sqlx::Error> {
    on_pool!(pool, |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM access_token"
    )
    .fetch_one(p)
    .await)
}
