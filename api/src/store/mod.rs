//! All SQL lives here, one module per table. Each function is one query or one transaction,
//! named for what it does to the data.
//!
//! The same program runs on SQLite (the embedded default) or PostgreSQL (statewide scale),
//! chosen by `DATABASE_URL` alone. Each query is written once, in the SQL both understand
//! (`$1` parameters, `ON CONFLICT`, `RETURNING`), and run through the native driver of the
//! database at hand: [`on_pool!`] and [`on_tx!`] expand one query expression for each driver.
//! Where the two dialects must differ (taking the write lock, claiming outbox messages, bulk
//! loading) the function says so with an explicit `match`.

pub mod access_tokens;
pub mod api_keys;
pub mod audit;
pub mod ballot_events;
pub mod broadcasts;
pub mod counties;
pub mod cure_reminders;
pub mod destination_requests;
pub mod mail_pieces;
pub mod mail_scans;
pub mod outbox;
pub mod rate_counters;
pub mod retention;
pub mod signature_cures;
mod sqlite_rebuild;
pub mod stats;
pub mod subscriptions;
pub mod voters;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

/// A pool of connections to one of the two databases.
#[derive(Clone, Debug)]
pub enum Pool {
    Sqlite(SqlitePool, WriteTurns),
    Postgres(PgPool),
}

/// SQLite has one writer at a time. Writers of this process take turns here, in arrival
/// order, before asking SQLite for its lock: left to SQLite's busy handler, waiting writers
/// sleep and poll (1, 2, 5 … 100 ms), so under load the lock sat idle while they slept and
/// sign-ups' p99 reached 150-220 ms. Other processes still meet at SQLite's own lock.
pub type WriteTurns = Arc<tokio::sync::Mutex<()>>;

impl Pool {
    /// Begins a write transaction. On SQLite, IMMEDIATE takes the write lock at once (waiting
    /// up to the busy timeout): a transaction that reads first and writes later would instead
    /// fail with SQLITE_BUSY_SNAPSHOT whenever another writer committed in between, which the
    /// e2e run hit as 503s while events and sign-ups arrived together. PostgreSQL locks rows
    /// as they are written, so a plain BEGIN is right there.
    pub async fn begin_write(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Pool::Sqlite(pool, turns) => {
                // As long as SQLite's own busy timeout; then a 503, as before.
                let turn = tokio::time::timeout(SQLITE_BUSY_TIMEOUT, turns.clone().lock_owned())
                    .await
                    .map_err(|_| sqlx::Error::PoolTimedOut)?;
                Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?, Some(turn))
            }
            Pool::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }
}

/// A transaction on either database. Dropping it without [`Tx::commit`] rolls it back.
#[derive(Debug)]
pub enum Tx {
    /// With this process's write turn while it writes (none for a read-only transaction);
    /// the turn is given up after the transaction ends.
    Sqlite(
        Transaction<'static, Sqlite>,
        Option<tokio::sync::OwnedMutexGuard<()>>,
    ),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(tx, _turn) => tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(tx, _turn) => tx.rollback().await,
            Tx::Postgres(tx) => tx.rollback().await,
        }
    }
}

/// Runs `$body` with `$p` bound to the native pool (`&SqlitePool` or `&PgPool`) of `$pool`.
/// The body is compiled once per driver, so one query text serves both.
#[macro_export]
macro_rules! on_pool {
    ($pool:expr, |$p:ident| $body:expr) => {
        match $pool {
            $crate::store::Pool::Sqlite($p, _) => $body,
            $crate::store::Pool::Postgres($p) => $body,
        }
    };
}

/// Runs `$body` with `$c` bound to the native connection (`&mut SqliteConnection` or
/// `&mut PgConnection`) inside the transaction `$tx` (a `&mut Tx`). With a second name,
/// `$db` also names the driver type (`sqlx::Sqlite` or `sqlx::Postgres`) for query builders.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, |$c:ident| $body:expr) => {
        match $tx {
            $crate::store::Tx::Sqlite(t, _) => {
                let $c = &mut **t;
                $body
            }
            $crate::store::Tx::Postgres(t) => {
                let $c = &mut **t;
                $body
            }
        }
    };
    ($tx:expr, |$c:ident, $db:ident| $body:expr) => {
        match $tx {
            $crate::store::Tx::Sqlite(t, _) => {
                type $db = sqlx::Sqlite;
                let $c = &mut **t;
                $body
            }
            $crate::store::Tx::Postgres(t) => {
                type $db = sqlx::Postgres;
                let $c = &mut **t;
                $body
            }
        }
    };
}
pub use crate::{on_pool, on_tx};

/// Appends one row of PostgreSQL's COPY text format: fields by tabs, `None` as `\N`, and the
/// four characters the format gives meaning to escaped.
fn copy_text_row(out: &mut Vec<u8>, fields: &[Option<&str>]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        let Some(field) = field else {
            out.extend_from_slice(b"\\N");
            continue;
        };
        let bytes = field.as_bytes();
        if !bytes
            .iter()
            .any(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r'))
        {
            out.extend_from_slice(bytes); // nearly every field
            continue;
        }
        for &b in bytes {
            match b {
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\t' => out.extend_from_slice(b"\\t"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                _ => out.push(b),
            }
        }
    }
    out.push(b'\n');
}

/// Inserts many rows into `table` on PostgreSQL, skipping those that conflict: COPY into a
/// temporary table of the same columns, then one INSERT … SELECT. Many times faster than
/// INSERTs with thousands of parameters (a scan feed's hundreds of thousands of rows). Returns
/// how many rows were new.
async fn copy_insert_new<'r>(
    conn: &mut sqlx::PgConnection,
    table: &str,
    columns: &str,
    rows: impl Iterator<Item = Vec<Option<&'r str>>>,
) -> Result<u64, sqlx::Error> {
    let load = format!("{table}_load");
    sqlx::query(&format!(
        "CREATE TEMPORARY TABLE IF NOT EXISTS {load} ON COMMIT DROP AS \
         SELECT {columns} FROM {table} WITH NO DATA"
    ))
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!("TRUNCATE {load}"))
        .execute(&mut *conn)
        .await?;
    let mut copy = conn
        .copy_in_raw(&format!("COPY {load} ({columns}) FROM STDIN (FORMAT text)"))
        .await?;
    let mut data = Vec::with_capacity(1 << 20);
    for row in rows {
        copy_text_row(&mut data, &row);
        if data.len() > 1 << 20 {
            copy.send(std::mem::take(&mut data)).await?;
        }
    }
    copy.send(data).await?;
    copy.finish().await?;
    sqlx::query(&format!(
        "INSERT INTO {table} ({columns}) SELECT {columns} FROM {load} ON CONFLICT DO NOTHING"
    ))
    .execute(&mut *conn)
    .await
    .map(|done| done.rows_affected())
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: Pool,
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database a `DATABASE_URL` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            anyhow::bail!(
                "DATABASE_URL must start with sqlite: or postgres:// (got {:?})",
                url.split(':').next().unwrap_or_default()
            )
        }
    }
}

/// How long a writer waits for SQLite's write lock before the request gets a 503.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Connections per API or worker process on PostgreSQL; the server's own limit (100 by
/// default) bounds how many processes may share it.
const POSTGRES_CONNECTIONS: u32 = 16;

impl Store {
    /// Opens (creating if needed) the database at `url` and brings its schema up to date.
    pub async fn open(url: &str) -> anyhow::Result<Self> {
        let pool = match Backend::of_url(url)? {
            Backend::Sqlite => Pool::Sqlite(open_sqlite(url).await?, WriteTurns::default()),
            Backend::Postgres => Pool::Postgres(open_postgres(url).await?),
        };
        Ok(Self { pool })
    }

    pub fn pool(&self) -> &Pool {
        &self.pool
    }

    pub fn backend(&self) -> Backend {
        match self.pool {
            Pool::Sqlite(..) => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    /// Begins a write transaction (see [`Pool::begin_write`]).
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        self.pool.begin_write().await
    }

    /// Begins a transaction that only reads: one consistent view, no write lock.
    pub async fn read(&self) -> Result<Tx, sqlx::Error> {
        Ok(match &self.pool {
            Pool::Sqlite(pool, _) => Tx::Sqlite(pool.begin().await?, None),
            Pool::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        on_pool!(&self.pool, |p| sqlx::query("SELECT 1")
            .execute(p)
            .await
            .map(|_| ()))
    }

    /// Closes every connection (after which the store must not be used).
    pub async fn close(&self) {
        on_pool!(&self.pool, |p| p.close().await)
    }
}

async fn open_sqlite(url: &str) -> anyhow::Result<SqlitePool> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        // WAL lets readers go on while the one writer writes; NORMAL is durable in WAL
        // mode except for the last transactions on power loss, not on a crash.
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(SQLITE_BUSY_TIMEOUT)
        .foreign_keys(true);
    if let Some(parent) = options.get_filename().parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)?;
        }
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(options)
        .await?;
    SQLITE_MIGRATOR.run(&pool).await?;
    sqlite_rebuild::run(&pool).await?;
    Ok(pool)
}

async fn open_postgres(url: &str) -> anyhow::Result<PgPool> {
    let options = PgConnectOptions::from_str(url)?.application_name("ballot-api");
    let pool = PgPoolOptions::new()
        .max_connections(POSTGRES_CONNECTIONS)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(options)
        .await?;
    // Several instances may start at once; sqlx's migrator takes an advisory lock so only
    // one applies the migrations and the others wait for it.
    POSTGRES_MIGRATOR.run(&pool).await?;
    Ok(pool)
}

#[cfg(test)]
mod tests {
    use super::access_tokens::TokenKind;
    use super::broadcasts::BroadcastKind;
    use super::destination_requests::Via;
    use super::outbox::OutboxState;
    use super::voters::VoterStatus;
    use ballot_shared::channels::Channel;
    use ballot_shared::status::BallotStatus;
    use sqlx::SqlitePool;

    /// The enums stored through `sqlx::Type` write and read the codes their columns always
    /// held, so no data migration came with them.
    #[tokio::test]
    async fn enums_are_stored_as_their_codes() {
        let pool = SqlitePool::connect("sqlite::memory:").await.unwrap();
        macro_rules! check {
            ($($ty:ty),*) => {$(
                for value in <$ty>::ALL {
                    let text: String = sqlx::query_scalar("SELECT $1")
                        .bind(value)
                        .fetch_one(&pool)
                        .await
                        .unwrap();
                    assert_eq!(text, value.code());
                    let back: $ty = sqlx::query_scalar("SELECT $1")
                        .bind(value.code())
                        .fetch_one(&pool)
                        .await
                        .unwrap();
                    assert_eq!(back, value);
                }
            )*};
        }
        check!(
            Channel,
            BallotStatus,
            OutboxState,
            TokenKind,
            BroadcastKind,
            VoterStatus
        );
        for via in [Via::Signup, Via::Manage] {
            let text: String = sqlx::query_scalar("SELECT $1")
                .bind(via)
                .fetch_one(&pool)
                .await
                .unwrap();
            assert_eq!(text, via.code());
        }
    }

    /// Every message kind is stored as the code it had as text, and reads back as itself; an
    /// unknown code is an error, not a silent default.
    #[tokio::test]
    async fn message_kinds_are_stored_as_their_codes() {
        use super::outbox::MessageKind;
        let pool = SqlitePool::connect("sqlite::memory:").await.unwrap();
        let kinds = BallotStatus::ALL
            .into_iter()
            .map(MessageKind::Status)
            .chain(BroadcastKind::ALL.into_iter().map(MessageKind::Broadcast))
            .chain(MessageKind::ACCOUNT_NOTICES)
            .chain([MessageKind::BroadcastTest, MessageKind::CureReminder])
            .chain(super::outbox::CureNotice::ALL.map(MessageKind::Cure));
        let mut codes = std::collections::HashSet::new();
        for kind in kinds {
            assert!(codes.insert(kind.code()), "{kind} twice");
            let text: String = sqlx::query_scalar("SELECT $1")
                .bind(kind)
                .fetch_one(&pool)
                .await
                .unwrap();
            assert_eq!(text, kind.code());
            let back: MessageKind = sqlx::query_scalar("SELECT $1")
                .bind(kind.code())
                .fetch_one(&pool)
                .await
                .unwrap();
            assert_eq!(back, kind);
        }
        assert_eq!(codes.len(), BallotStatus::ALL.len() + 3 + 6 + 4);
        // The first versions' name for a confirmation request, still readable.
        let legacy: MessageKind = sqlx::query_scalar("SELECT 'confirmation'")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(legacy, MessageKind::ConfirmDestination);
        assert!(sqlx::query_scalar::<_, MessageKind>("SELECT 'mystery'")
            .fetch_one(&pool)
            .await
            .is_err());
    }
}
