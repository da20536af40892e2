//! The `mail_piece` table: ballot envelopes by their Intelligent Mail barcode's tracking code.

use super::{on_tx, Tx};
use crate::clock::Timestamp;

pub struct NewPiece<'a> {
    pub tracking_code: &'a str,
    pub routing_code: &'a str,
    /// The voter's county, lower-case.
    pub county_key: &'a str,
    pub voter_id: &'a str,
    pub election_id: &'a str,
    /// `outbound` or `return`.
    pub direction: &'a str,
}

/// The envelope a tracking code already names.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct KnownPiece {
    pub county_key: String,
    pub voter_id: String,
    pub election_id: String,
    pub direction: String,
    pub routing_code: String,
}

/// Records the envelope; `None` if it is new, else the envelope its tracking code already
/// named (the same one, when a file is posted again), which is left as it was.
pub async fn insert_if_new(
    tx: &mut Tx,
    piece: &NewPiece<'_>,
    now: Timestamp,
) -> Result<Option<KnownPiece>, sqlx::Error> {
    let inserted: Option<String> = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO mail_piece (tracking_code, routing_code, county_key, voter_id, election_id, \
             direction, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (tracking_code) DO NOTHING RETURNING tracking_code",
    )
    .bind(piece.tracking_code)
    .bind(piece.routing_code)
    .bind(piece.county_key)
    .bind(piece.voter_id)
    .bind(piece.election_id)
    .bind(piece.direction)
    .bind(now)
    .fetch_optional(&mut *c)
    .await
    })?;
    if inserted.is_some() {
        return Ok(None);
    }
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT county_key, voter_id, election_id, direction, routing_code FROM mail_piece \
         WHERE tracking_code = $1",
    )
    .bind(piece.tracking_code)
    .fetch_optional(&mut *c)
    .await)
}
