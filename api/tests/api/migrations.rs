//! Migrations keep the data they find. Rows written as text before timestamps were typed read
//! back as the same instants afterwards: on PostgreSQL, migration 20261130000016 turned the
//! TEXT columns into TIMESTAMPTZ; on SQLite the text stays, in the fixed width that
//! `clock::Timestamp` writes, so the old rows still compare and sort with the new ones.

use crate::helpers::{backend, TestDatabase};
use ballot_api::clock::{self, Timestamp};
use ballot_api::store::{api_keys, ballot_events, outbox, Pool, Store};
use std::borrow::Cow;

/// The PostgreSQL migration that typed the timestamps.
const TYPED_TIMESTAMPS: i64 = 20261130000016;

/// Rows as the program wrote them before: timestamps as fixed-width RFC 3339 text.
const OLD_ROWS: &str = "
INSERT INTO voter (voter_id, first_name, last_name, first_key, last_key, date_of_birth,
    residence_zip, county, status, updated_at)
VALUES ('V1', 'Maria', 'Garcia', 'maria', 'garcia', '1980-01-23', '95814', 'Sacramento',
    'active', '2026-11-24T22:33:00.123456Z');
INSERT INTO subscription (subscription_id, voter_id, language, email_address, quiet_start,
    quiet_end, created_at, updated_at)
VALUES (1, 'V1', 'en', 'maria@example.com', '21:00', '08:00', '2026-11-24T22:33:00.123456Z',
    '2026-11-24T22:33:01.000000Z');
INSERT INTO outbox_message (outbox_message_id, subscription_id, channel, kind, recipient, sender,
    body_text, state, attempts, next_attempt_at, created_at, sent_at, reference, language)
VALUES (1, 1, 'email', 'mailed', 'maria@example.com', 'Sacramento County Elections', 'sent',
    'sent', 1, '2026-11-24T22:33:02.000001Z', '2026-11-24T22:33:02.000001Z',
    '2026-11-24T22:33:03.500000Z', 'AAAA-AAAA', 'en');
INSERT INTO outbox_message (outbox_message_id, subscription_id, channel, kind, recipient, sender,
    body_text, state, attempts, next_attempt_at, created_at, reference, language)
VALUES (2, 1, 'email', 'received', 'maria@example.com', 'Sacramento County Elections', 'due',
    'pending', 0, '2026-11-25T00:00:00.000000Z', '2026-11-24T22:34:00.000000Z', 'BBBB-BBBB', 'en');
INSERT INTO ballot_event (county_key, event_id, voter_id, election_id, status, occurred_at,
    received_at)
VALUES ('sacramento', 'E1', 'V1', 'g2026', 'mailed', '2026-10-06T17:00:00.000000Z',
    '2026-10-06T17:05:00.250000Z');
INSERT INTO api_key (api_key_id, key_hash, county, label, created_at, expires_at, revoked_at)
VALUES (1, 'live', NULL, 'live', '2026-01-01T00:00:00.000000Z', '2999-01-01T00:00:00.000000Z', NULL);
INSERT INTO api_key (api_key_id, key_hash, county, label, created_at, expires_at, revoked_at)
VALUES (2, 'expired', NULL, 'expired', '2026-01-01T00:00:00.000000Z', '2026-02-01T00:00:00.000000Z',
    '2026-01-15T08:30:00.000000Z');
";

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

#[tokio::test]
async fn timestamps_written_as_text_read_back_typed_after_the_migrations() {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(&dir).await;
    if backend() == "postgres" {
        // The schema as it was just before the timestamps were typed, with rows in it.
        let all = sqlx::migrate!("./migrations/postgres");
        let before = sqlx::migrate::Migrator {
            migrations: Cow::Owned(
                all.migrations
                    .iter()
                    .filter(|m| m.version < TYPED_TIMESTAMPS)
                    .cloned()
                    .collect(),
            ),
            ignore_missing: false,
            locking: true,
            no_tx: false,
        };
        assert!(before.migrations.len() < all.migrations.len());
        let pool = sqlx::PgPool::connect(&database.url).await.unwrap();
        before.run(&pool).await.unwrap();
        sqlx::raw_sql(OLD_ROWS).execute(&pool).await.unwrap();
        let text: String =
            sqlx::query_scalar("SELECT created_at FROM outbox_message WHERE outbox_message_id = 1")
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(text, "2026-11-24T22:33:02.000001Z");
        pool.close().await;
    } else {
        // SQLite keeps text: the rows go into the current schema as the old code wrote them.
        let store = Store::open(&database.url).await.unwrap();
        let Pool::Sqlite(pool, _) = store.pool() else {
            unreachable!()
        };
        sqlx::raw_sql(OLD_ROWS).execute(pool).await.unwrap();
        store.close().await;
    }

    // Opening the store applies the rest (on PostgreSQL, the TEXT -> TIMESTAMPTZ migration).
    let store = Store::open(&database.url).await.unwrap();
    if let Pool::Postgres(pool) = store.pool() {
        let untyped: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT table_name::text, column_name::text, data_type::text \
             FROM information_schema.columns WHERE table_schema = 'public' \
             AND (column_name LIKE '%\\_at' OR column_name IN ('at', 'locked_until')) \
             AND data_type <> 'timestamp with time zone' ORDER BY 1, 2",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        assert_eq!(untyped, [], "every instant column is TIMESTAMPTZ");
    }

    let messages = outbox::list_for_subscription(store.pool(), 1)
        .await
        .unwrap();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0].created_at, at("2026-11-24T22:33:02.000001Z"));
    assert_eq!(messages[0].sent_at, Some(at("2026-11-24T22:33:03.5Z")));
    assert_eq!(messages[1].created_at, at("2026-11-24T22:34:00Z"));
    assert_eq!(messages[1].sent_at, None);
    // In JSON and in the database's text, still the fixed-width form.
    assert_eq!(
        serde_json::to_value(messages[0].created_at).unwrap(),
        "2026-11-24T22:33:02.000001Z"
    );

    let timeline = ballot_events::timeline(store.pool(), "V1").await.unwrap();
    assert_eq!(timeline.len(), 1);
    assert_eq!(timeline[0].occurred_at, at("2026-10-06T10:00:00-07:00"));

    let keys = api_keys::list(store.pool()).await.unwrap();
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[0].created_at, at("2026-01-01T00:00:00Z"));
    assert_eq!(keys[1].revoked_at, Some(at("2026-01-15T08:30:00Z")));

    // Old values compare with typed ones, in SQL: the live key is found, the due message is
    // claimed only once its time has come, by a time written by the new code.
    assert!(api_keys::find_by_hash(store.pool(), "live", clock::now())
        .await
        .unwrap()
        .is_some());
    let early = at("2026-11-24T23:59:59.999999Z");
    let lease = clock::now_plus(jiff::SignedDuration::from_secs(600));
    assert!(outbox::claim_due(store.pool(), 10, early, lease)
        .await
        .unwrap()
        .is_empty());
    let claimed = outbox::claim_due(store.pool(), 10, at("2026-11-25T00:00:00Z"), lease)
        .await
        .unwrap();
    assert_eq!(
        claimed
            .iter()
            .map(|m| m.outbox_message_id)
            .collect::<Vec<_>>(),
        [2]
    );
    store.close().await;
}
