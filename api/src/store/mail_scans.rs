//! The `mail_scan` and `mail_scan_unmatched` tables, and what scans have shown of each
//! envelope (`mail_piece`'s `*_scan_at` columns).

use super::{on_pool, on_tx, Pool, Tx};
use crate::clock::Timestamp;
use std::collections::HashMap;

/// One scan to store, borrowed from the scan as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanRow<'a> {
    pub tracking_code: &'a str,
    pub scanned_at: Timestamp,
    pub local_time: &'a str,
    pub operation_code: &'a str,
    pub handling_event_type: &'a str,
    pub mail_phase: &'a str,
    pub facility_name: &'a str,
    pub facility_city: &'a str,
    pub facility_state: &'a str,
    pub facility_zip: &'a str,
    pub expected_delivery: Option<String>,
}

/// A scan whose envelope is not known (to the posting key).
pub struct UnmatchedScan<'a> {
    pub imb: &'a str,
    pub scanned_at: Timestamp,
    pub local_time: &'a str,
    pub operation_code: &'a str,
    pub mail_phase: &'a str,
    pub facility_zip: &'a str,
}

/// An envelope, and what its scans have shown so far.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PieceState {
    pub tracking_code: String,
    pub routing_code: String,
    pub county_key: String,
    pub voter_id: String,
    pub election_id: String,
    pub direction: String,
    pub first_scan_at: Option<Timestamp>,
    pub destination_scan_at: Option<Timestamp>,
    pub delivered_at: Option<Timestamp>,
    pub returned_at: Option<Timestamp>,
}

const SCAN_COLUMNS: &str = "tracking_code, scanned_at, local_time, operation_code, \
     handling_event_type, mail_phase, facility_name, facility_city, facility_state, \
     facility_zip, expected_delivery, received_at";

const PIECE_STATE: &str = "SELECT tracking_code, routing_code, county_key, voter_id, election_id, \
     direction, first_scan_at, destination_scan_at, delivered_at, returned_at \
     FROM mail_piece WHERE tracking_code";

/// Tracking codes per `IN (…)` list: far below either database's parameter limit.
const CODES_PER_STATEMENT: usize = 500;
/// Scans per INSERT: 12 parameters each; SQLite allows 32,766 and PostgreSQL 65,535.
const SCANS_PER_STATEMENT: usize = 2_000;

/// The envelopes these tracking codes name, by tracking code (codes no envelope has are left
/// out).
pub async fn pieces(
    tx: &mut Tx,
    codes: &[&str],
) -> Result<HashMap<String, PieceState>, sqlx::Error> {
    let mut found = HashMap::with_capacity(codes.len());
    if let Tx::Postgres(t) = tx {
        // One array parameter: one statement however many codes.
        let rows: Vec<PieceState> = sqlx::query_as(&format!("{PIECE_STATE} = ANY($1)"))
            .bind(codes)
            .fetch_all(&mut **t)
            .await?;
        found.extend(rows.into_iter().map(|p| (p.tracking_code.clone(), p)));
        return Ok(found);
    }
    for chunk in codes.chunks(CODES_PER_STATEMENT) {
        let rows: Vec<PieceState> = on_tx!(tx, |c, Db| {
            let mut query: sqlx::QueryBuilder<Db> =
                sqlx::QueryBuilder::new(format!("{PIECE_STATE} IN ("));
            let mut list = query.separated(", ");
            for code in chunk {
                list.push_bind(*code);
            }
            query.push(")");
            query.build_query_as().fetch_all(&mut *c).await
        })?;
        found.extend(rows.into_iter().map(|p| (p.tracking_code.clone(), p)));
    }
    Ok(found)
}

/// Stores the scans of known envelopes; a scan already stored is left alone. Returns how
/// many were new.
pub async fn insert(
    tx: &mut Tx,
    scans: &[ScanRow<'_>],
    now: Timestamp,
) -> Result<u64, sqlx::Error> {
    if let Tx::Postgres(t) = tx {
        let now = now.to_string();
        let times: Vec<String> = scans.iter().map(|s| s.scanned_at.to_string()).collect();
        let rows = scans.iter().zip(&times).map(|(s, at)| {
            vec![
                Some(s.tracking_code),
                Some(at.as_str()),
                Some(s.local_time),
                Some(s.operation_code),
                Some(s.handling_event_type),
                Some(s.mail_phase),
                Some(s.facility_name),
                Some(s.facility_city),
                Some(s.facility_state),
                Some(s.facility_zip),
                s.expected_delivery.as_deref(),
                Some(now.as_str()),
            ]
        });
        return super::copy_insert_new(t, "mail_scan", SCAN_COLUMNS, rows).await;
    }
    let mut stored = 0;
    for chunk in scans.chunks(SCANS_PER_STATEMENT) {
        stored += on_tx!(tx, |c, Db| {
            let mut query: sqlx::QueryBuilder<Db> =
                sqlx::QueryBuilder::new(format!("INSERT INTO mail_scan ({SCAN_COLUMNS}) "));
            query.push_values(chunk, |mut row, s| {
                row.push_bind(s.tracking_code)
                    .push_bind(s.scanned_at)
                    .push_bind(s.local_time)
                    .push_bind(s.operation_code)
                    .push_bind(s.handling_event_type)
                    .push_bind(s.mail_phase)
                    .push_bind(s.facility_name)
                    .push_bind(s.facility_city)
                    .push_bind(s.facility_state)
                    .push_bind(s.facility_zip)
                    .push_bind(&s.expected_delivery)
                    .push_bind(now);
            });
            query.push(" ON CONFLICT DO NOTHING");
            query
                .build()
                .execute(&mut *c)
                .await
                .map(|done| done.rows_affected())
        })?;
    }
    Ok(stored)
}

/// Keeps scans of unknown envelopes aside; one already kept is left alone.
pub async fn insert_unmatched(
    tx: &mut Tx,
    scans: &[UnmatchedScan<'_>],
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    for chunk in scans.chunks(SCANS_PER_STATEMENT) {
        on_tx!(tx, |c, Db| {
            let mut query: sqlx::QueryBuilder<Db> = sqlx::QueryBuilder::new(
                "INSERT INTO mail_scan_unmatched (imb, scanned_at, local_time, operation_code, \
                 mail_phase, facility_zip, received_at) ",
            );
            query.push_values(chunk, |mut row, s| {
                row.push_bind(s.imb)
                    .push_bind(s.scanned_at)
                    .push_bind(s.local_time)
                    .push_bind(s.operation_code)
                    .push_bind(s.mail_phase)
                    .push_bind(s.facility_zip)
                    .push_bind(now);
            });
            query.push(" ON CONFLICT DO NOTHING");
            query.build().execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

/// What scans newly showed of one envelope: each column given is set unless it already was.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    pub first_scan_at: Option<Timestamp>,
    pub destination_scan_at: Option<Timestamp>,
    pub delivered_at: Option<Timestamp>,
    pub returned_at: Option<Timestamp>,
}

/// Records what scans newly showed of many envelopes, one statement per few hundred.
pub async fn record_shown(tx: &mut Tx, shown: &[(&str, Shown)]) -> Result<(), sqlx::Error> {
    if let Tx::Postgres(t) = tx {
        // Arrays, one statement: PostgreSQL plans a VALUES list of thousands slowly.
        let codes: Vec<&str> = shown.iter().map(|(code, _)| *code).collect();
        let column = |pick: fn(&Shown) -> Option<Timestamp>| -> Vec<Option<String>> {
            shown
                .iter()
                .map(|(_, s)| pick(s).map(|t| t.to_string()))
                .collect()
        };
        sqlx::query(
            "UPDATE mail_piece SET first_scan_at = COALESCE(mail_piece.first_scan_at, v.a::timestamptz), \
             destination_scan_at = COALESCE(mail_piece.destination_scan_at, v.b::timestamptz), \
             delivered_at = COALESCE(mail_piece.delivered_at, v.c::timestamptz), \
             returned_at = COALESCE(mail_piece.returned_at, v.d::timestamptz) \
             FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(code, a, b, c, d) \
             WHERE mail_piece.tracking_code = v.code",
        )
        .bind(codes)
        .bind(column(|s| s.first_scan_at))
        .bind(column(|s| s.destination_scan_at))
        .bind(column(|s| s.delivered_at))
        .bind(column(|s| s.returned_at))
        .execute(&mut **t)
        .await?;
        return Ok(());
    }
    // 5 parameters each. VALUES columns are column1, column2, … in both databases.
    for chunk in shown.chunks(1_000) {
        on_tx!(tx, |c, Db| {
            let mut query: sqlx::QueryBuilder<Db> = sqlx::QueryBuilder::new(
                "UPDATE mail_piece SET first_scan_at = COALESCE(mail_piece.first_scan_at, v.column2), \
                 destination_scan_at = COALESCE(mail_piece.destination_scan_at, v.column3), \
                 delivered_at = COALESCE(mail_piece.delivered_at, v.column4), \
                 returned_at = COALESCE(mail_piece.returned_at, v.column5) FROM (",
            );
            query.push_values(chunk, |mut row, (code, s)| {
                row.push_bind(*code)
                    .push_bind(s.first_scan_at)
                    .push_bind(s.destination_scan_at)
                    .push_bind(s.delivered_at)
                    .push_bind(s.returned_at);
            });
            query.push(") AS v WHERE mail_piece.tracking_code = v.column1");
            query.build().execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

/// One envelope of a voter's, with its latest scan (if any).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VoterPiece {
    pub tracking_code: String,
    pub election_id: String,
    pub direction: String,
    pub latest_local_time: Option<String>,
    pub latest_city: Option<String>,
    pub latest_state: Option<String>,
    pub latest_zip: Option<String>,
}

/// A voter's envelopes, each with its latest scan, newest envelope last.
pub async fn of_voter(pool: &Pool, voter_id: &str) -> Result<Vec<VoterPiece>, sqlx::Error> {
    on_pool!(pool, |p| {
        sqlx::query_as(
            "SELECT p.tracking_code, p.election_id, p.direction, \
         s.local_time AS latest_local_time, s.facility_city AS latest_city, \
         s.facility_state AS latest_state, s.facility_zip AS latest_zip \
         FROM mail_piece p LEFT JOIN mail_scan s ON s.tracking_code = p.tracking_code \
           AND s.scanned_at = (SELECT MAX(l.scanned_at) FROM mail_scan l \
                               WHERE l.tracking_code = p.tracking_code) \
         WHERE p.voter_id = $1 ORDER BY p.received_at, p.tracking_code, s.operation_code",
        )
        .bind(voter_id)
        .fetch_all(p)
        .await
    })
}

/// A row of the county's mail report.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReportRow {
    pub county_key: String,
    pub voter_id: String,
    pub election_id: String,
    pub direction: String,
    pub tracking_code: String,
    pub recorded_at: Timestamp,
    pub returned_at: Option<Timestamp>,
    pub latest_scan_at: Option<Timestamp>,
    pub latest_city: Option<String>,
    pub latest_state: Option<String>,
}

/// Envelopes needing a county's attention in an election: outbound ones not scanned since
/// `unscanned_before`, returned undeliverable ones, and return envelopes scanned but not yet
/// received (no `received` or later event). `county_key` `None` is every county.
pub async fn attention(
    pool: &Pool,
    election_id: &str,
    county_key: Option<&str>,
    unscanned_before: Timestamp,
) -> Result<Vec<ReportRow>, sqlx::Error> {
    on_pool!(pool, |p| {
        sqlx::query_as(
        "SELECT p.county_key, p.voter_id, p.election_id, p.direction, p.tracking_code, \
         p.received_at AS recorded_at, p.returned_at, \
         s.scanned_at AS latest_scan_at, s.facility_city AS latest_city, \
         s.facility_state AS latest_state \
         FROM mail_piece p LEFT JOIN mail_scan s ON s.tracking_code = p.tracking_code \
           AND s.scanned_at = (SELECT MAX(l.scanned_at) FROM mail_scan l \
                               WHERE l.tracking_code = p.tracking_code) \
           AND s.operation_code = (SELECT MIN(l.operation_code) FROM mail_scan l \
                               WHERE l.tracking_code = p.tracking_code AND l.scanned_at = s.scanned_at) \
         WHERE p.election_id = $1 AND ($2 IS NULL OR p.county_key = $2) AND ( \
           (p.direction = 'outbound' AND p.returned_at IS NOT NULL) \
           OR (p.direction = 'outbound' AND p.first_scan_at IS NULL AND p.received_at < $3) \
           OR (p.direction = 'return' AND p.first_scan_at IS NOT NULL AND NOT EXISTS ( \
                 SELECT 1 FROM ballot_event e WHERE e.voter_id = p.voter_id \
                 AND e.election_id = p.election_id AND e.status IN ('received', 'in_review', \
                 'counted', 'signature_missing', 'signature_mismatch', 'cured', 'not_counted')))) \
         ORDER BY p.county_key, p.voter_id, p.direction, p.tracking_code",
    )
    .bind(election_id)
    .bind(county_key)
    .bind(unscanned_before)
    .fetch_all(p)
    .await
    })
}
