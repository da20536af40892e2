//! Operator endpoints: voter file rows, ballot events, envelopes and their scans in (CSV or
//! JSON), counts and reports out.

use super::operator::{FeedOperator, Operator};
use crate::domain::api_keys::Scope;
use crate::domain::ballot_events::{self, IngestReport, RawEvent};
use crate::domain::county_settings::{self, CountyRequest};
use crate::domain::csv_table::{CsvTable, HeaderError};
use crate::domain::file_rows::{checked_id, RowError};
use crate::domain::mail_pieces::{self, PiecesReport, RawPiece};
use crate::domain::mail_report::{self, MailReport};
use crate::domain::mail_scans::{self, FeedError, ScansReport};
use crate::domain::voter_file::{self, ImportReport};
use crate::http::error::{ApiError, ApiPath, ApiQuery};
use crate::http::responses::{BodyErrors, InvalidFields, OperatorErrors};
use crate::http::state::AppState;
use crate::store::stats::{self, Stats};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header::CONTENT_TYPE, HeaderMap};
use axum::Json;
use ballot_shared::error::ErrorBody;
use serde::{Deserialize, Serialize};

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportOptions {
    /// Apply the good rows and list the bad ones, instead of refusing the whole file.
    #[serde(default)]
    pub skip_bad_rows: bool,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EventsAnswer {
    #[serde(flatten)]
    pub report: IngestReport,
    /// Bad rows that were skipped (with `skip_bad_rows=true`).
    pub skipped: Vec<RowError>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct VotersAnswer {
    pub rows: u64,
    pub imported: u64,
    pub rejected: u64,
    pub skipped: Vec<RowError>,
}

enum Format {
    Csv,
    Json,
}

fn format(headers: &HeaderMap) -> Result<Format, ApiError> {
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match essence.as_str() {
        "text/csv" => Ok(Format::Csv),
        "application/json" => Ok(Format::Json),
        _ => Err(ApiError::UnsupportedMediaType(
            "text/csv or application/json",
        )),
    }
}

fn header_error(error: HeaderError) -> ApiError {
    ApiError::InvalidFile(vec![RowError {
        line: 1,
        message: error.to_string(),
    }])
}

/// A JSON body: a list, or an object holding the list under `key`.
fn json_list<T: serde::de::DeserializeOwned>(body: &[u8], key: &str) -> Result<Vec<T>, ApiError> {
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::Malformed(format!("not valid JSON: {e}")))?;
    let list = match value {
        serde_json::Value::Object(mut map) => map.remove(key).unwrap_or(serde_json::Value::Null),
        other => other,
    };
    serde_json::from_value(list)
        .map_err(|e| ApiError::Malformed(format!("expected a list of {key}: {e}")))
}

/// How a file upload can fail, besides `OperatorErrors`; nothing of the file is applied in any
/// of these.
/// Only the document uses it: the answers themselves come from `ApiError`.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
enum UploadErrors {
    /// `malformed_request`: not JSON, or not a list
    #[response(status = 400)]
    Malformed(ErrorBody),
    /// `forbidden`: rows outside the key's county, by line; nothing applied
    #[response(status = 403)]
    Forbidden(ErrorBody),
    /// `payload_too_large`
    #[response(status = 413)]
    TooLarge(ErrorBody),
    /// `unsupported_media_type`: send text/csv or application/json
    #[response(status = 415)]
    MediaType(ErrorBody),
    /// `invalid_file`: bad rows by line; nothing applied
    #[response(status = 422)]
    InvalidFile(ErrorBody),
}

/// Post ballot status events (CSV or JSON). Idempotent by `event_id`: an event posted twice
/// changes nothing and notifies nobody twice.
#[utoipa::path(
    post,
    path = "/api/v1/admin/ballot-events",
    tag = "operators",
    security(("operator_key" = [])),
    params(ImportOptions),
    request_body(
        description = "The file's rows: CSV with a header row naming the columns `event_id`, `voter_id`, `election_id`, `status`, `occurred_at` and optionally `detail`, or JSON with the same names, a list or an object holding the list under `events`",
        content(
            (String = "text/csv"),
            (Vec<RawEvent> = "application/json"),
        )
    ),
    responses(
        (status = 200, description = "Applied (bad rows skipped only with `skip_bad_rows=true`)", body = EventsAnswer),
        UploadErrors,
        OperatorErrors,
    )
)]
pub async fn post_ballot_events(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiQuery(options): ApiQuery<ImportOptions>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<EventsAnswer>, ApiError> {
    let body = body?;
    let public_url = &state.config.public_url;
    let report = match format(&headers)? {
        Format::Csv => {
            let rows = ballot_events::csv_events(body.as_ref()).map_err(header_error)?;
            ballot_events::ingest(
                &state.store,
                rows,
                &scope,
                public_url,
                state.config.cure_key.is_some(),
                options.skip_bad_rows,
            )
            .await?
        }
        Format::Json => {
            let raw: Vec<RawEvent> = json_list(&body, "events")?;
            let rows = raw
                .iter()
                .enumerate()
                .map(|(i, r)| (i as u64 + 1, ballot_events::parse_event(r)));
            ballot_events::ingest(
                &state.store,
                rows,
                &scope,
                public_url,
                state.config.cure_key.is_some(),
                options.skip_bad_rows,
            )
            .await?
        }
    };
    if !report.forbidden.is_empty() {
        return Err(ApiError::Forbidden(report.forbidden));
    }
    if !report.committed {
        return Err(ApiError::InvalidFile(report.errors));
    }
    for subscription_id in &report.changed {
        let _ = state.changes.send(*subscription_id); // no open status page is fine
    }
    let skipped = report.errors.clone();
    Ok(Json(EventsAnswer { report, skipped }))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MailPiecesAnswer {
    #[serde(flatten)]
    pub report: PiecesReport,
    /// Bad rows that were skipped (with `skip_bad_rows=true`).
    pub skipped: Vec<RowError>,
}

/// Post the mail-piece file (CSV or JSON): each ballot envelope's Intelligent Mail barcode, so
/// that the Postal Service's scans of it reach the voter's ballot. Idempotent: an envelope
/// posted again changes nothing.
#[utoipa::path(
    post,
    path = "/api/v1/admin/mail-pieces",
    tag = "operators",
    security(("operator_key" = [])),
    params(ImportOptions),
    request_body(
        description = "The file's rows: CSV with a header row naming the columns `voter_id`, `election_id`, `direction` (`outbound` or `return`) and `imb` (20 to 31 digits, or the 65 bar letters), or JSON with the same names, a list or an object holding the list under `pieces`",
        content(
            (String = "text/csv"),
            (Vec<RawPiece> = "application/json"),
        )
    ),
    responses(
        (status = 200, description = "Recorded (bad rows skipped only with `skip_bad_rows=true`)", body = MailPiecesAnswer),
        UploadErrors,
        OperatorErrors,
    )
)]
pub async fn post_mail_pieces(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiQuery(options): ApiQuery<ImportOptions>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<MailPiecesAnswer>, ApiError> {
    let body = body?;
    let report = match format(&headers)? {
        Format::Csv => {
            let rows = mail_pieces::csv_pieces(body.as_ref()).map_err(header_error)?;
            mail_pieces::ingest(&state.store, rows, &scope, options.skip_bad_rows).await?
        }
        Format::Json => {
            let raw: Vec<RawPiece> = json_list(&body, "pieces")?;
            let rows = raw
                .iter()
                .enumerate()
                .map(|(i, r)| (i as u64 + 1, mail_pieces::parse_piece(r)));
            mail_pieces::ingest(&state.store, rows, &scope, options.skip_bad_rows).await?
        }
    };
    if !report.forbidden.is_empty() {
        return Err(ApiError::Forbidden(report.forbidden));
    }
    if !report.committed {
        return Err(ApiError::InvalidFile(report.errors));
    }
    let skipped = report.errors.clone();
    Ok(Json(MailPiecesAnswer { report, skipped }))
}

/// Post the Postal Service's scans of ballot envelopes: USPS Informed Visibility Mail
/// Tracking & Reporting (IV-MTR) piece scan data, as its JSON (the push feed's body, or a
/// file) or its delimited layout. Scans of known envelopes are stored and give their ballots
/// statuses (in the mail, on its way, delivered, undeliverable, on its way back), each once;
/// scans of unknown envelopes are counted and kept aside; records that cannot be read are
/// listed and the rest kept, since a feed cannot send one record again alone. Idempotent: a
/// scan posted again changes nothing. The feed may authenticate with HTTP Basic, the key as
/// the password.
#[utoipa::path(
    post,
    path = "/api/v1/admin/mail-scans",
    tag = "operators",
    security(("operator_key" = [])),
    request_body(
        description = "IV-MTR piece scans: JSON, a list of scan records or an object holding it under `events` (fields `imb` or `imbTrackingCode` and `imbRoutingCode`, `scanDatetime`, `scanEventCode`, `handlingEventType`, `mailPhase`, `scanFacilityName`, `scanFacilityCity`, `scanFacilityState`, `scanFacilityZip`, `expectedDeliveryDate`), or the delimited layout (text/csv or text/plain): a header row of the same names, then one scan per line, separated by `|` or commas",
        content(
            (Vec<std::collections::HashMap<String, serde_json::Value>> = "application/json"),
            (String = "text/csv"),
            (String = "text/plain"),
        )
    ),
    responses(
        (status = 200, description = "Stored; unreadable records listed in `errors`", body = ScansReport),
        UploadErrors,
        OperatorErrors,
    )
)]
pub async fn post_mail_scans(
    State(state): State<AppState>,
    FeedOperator(scope): FeedOperator,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<ScansReport>, ApiError> {
    let body = body?;
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let read = match content_type.as_str() {
        "application/json" => mail_scans::read_feed,
        "text/csv" | "text/plain" => mail_scans::read_delimited,
        _ => {
            return Err(ApiError::UnsupportedMediaType(
                "application/json, text/csv or text/plain",
            ))
        }
    };
    // Reading a large push takes every core for a moment: off the threads serving requests.
    let records = tokio::task::spawn_blocking(move || read(&body))
        .await
        .map_err(|e| ApiError::Internal(e.into()))?;
    let records = records.map_err(|e| match e {
        FeedError::Json(_) | FeedError::NoEvents | FeedError::NotAnObject(_) => {
            ApiError::Malformed(e.to_string())
        }
        FeedError::TooManyRecords => ApiError::PayloadTooLarge,
        FeedError::Delimited(_) | FeedError::NoImbColumn => ApiError::InvalidFile(vec![RowError {
            line: 1,
            message: e.to_string(),
        }]),
    })?;
    let public_url = state.config.public_url.as_str();
    Ok(Json(
        mail_scans::ingest(&state.store, records, &scope, public_url).await?,
    ))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MailReportQuery {
    pub election_id: String,
    /// Outbound envelopes not scanned this many days after the mail-piece file named them
    /// are listed (default 5).
    #[serde(default)]
    pub days: Option<u32>,
    /// `csv` for a spreadsheet; JSON otherwise (or send `Accept: text/csv`).
    #[serde(default)]
    pub format: Option<String>,
}

/// The county's mail report for an election: outbound envelopes the Postal Service has not
/// scanned after `days`, envelopes returned undeliverable, and return envelopes on their way
/// back and not yet received. A county key sees its county's.
#[utoipa::path(
    get,
    path = "/api/v1/admin/mail-report",
    tag = "operators",
    security(("operator_key" = [])),
    params(MailReportQuery),
    responses(
        (status = 200, description = "The envelopes needing attention (as CSV with `format=csv`)",
         content((MailReport = "application/json"), (String = "text/csv"))),
        (status = 400, description = "`malformed_request`: the query cannot be read", body = ErrorBody),
        InvalidFields,
        OperatorErrors,
    )
)]
pub async fn get_mail_report(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiQuery(query): ApiQuery<MailReportQuery>,
    headers: HeaderMap,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    let Some(election_id) = checked_id(&query.election_id) else {
        return Err(ApiError::InvalidFields(vec![(
            "election_id",
            "must be 1 to 64 letters, digits, '-', '_', '.' or ':'".into(),
        )]));
    };
    let days = query.days.unwrap_or(mail_report::DEFAULT_DAYS);
    if !(1..=120).contains(&days) {
        return Err(ApiError::InvalidFields(vec![(
            "days",
            "must be 1 to 120".into(),
        )]));
    }
    let wants_csv = match query.format.as_deref() {
        Some("csv") => true,
        Some("json") | None => headers
            .get(axum::http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/csv")),
        Some(_) => {
            return Err(ApiError::InvalidFields(vec![(
                "format",
                "must be csv or json".into(),
            )]))
        }
    };
    let report = mail_report::report(&state.store, election_id, &scope, days).await?;
    if wants_csv {
        return Ok((
            [(CONTENT_TYPE, "text/csv; charset=utf-8")],
            mail_report::to_csv(&report),
        )
            .into_response());
    }
    Ok(Json(report).into_response())
}

/// Load voter-file rows (CSV or JSON), upserted by `voter_id`. A county key may only load its
/// own county's voters.
#[utoipa::path(
    post,
    path = "/api/v1/admin/voters",
    tag = "operators",
    security(("operator_key" = [])),
    params(ImportOptions),
    request_body(
        description = "The file's rows: CSV with a header row naming the columns `voter_id`, `first_name`, `middle_name`, `last_name`, `name_suffix`, `date_of_birth`, `residence_zip`, `county`, `status` and optionally `confidential`, or JSON with the same names, a list or an object holding the list under `voters`",
        content(
            (String = "text/csv"),
            (Vec<voter_file::VoterRow> = "application/json"),
        )
    ),
    responses(
        (status = 200, description = "Applied (bad rows skipped only with `skip_bad_rows=true`)", body = VotersAnswer),
        UploadErrors,
        OperatorErrors,
    )
)]
pub async fn post_voters(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiQuery(options): ApiQuery<ImportOptions>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<VotersAnswer>, ApiError> {
    let body = body?;
    let report: ImportReport = match format(&headers)? {
        Format::Csv => {
            let mut table =
                CsvTable::open(body.as_ref(), &voter_file::COLUMNS, 9).map_err(header_error)?;
            let rows = std::iter::from_fn(move || table.next_row()).map(voter_file::csv_row);
            voter_file::import_rows(&state.store, rows, &scope, options.skip_bad_rows).await?
        }
        Format::Json => {
            let objects: Vec<serde_json::Value> = json_list(&body, "voters")?;
            // A value of the wrong JSON type, or a key missing or unknown, is a broken
            // request, not a bad row to skip.
            let voters = objects
                .into_iter()
                .enumerate()
                .map(|(i, object)| {
                    serde_json::from_value::<voter_file::VoterRow>(object)
                        .map(|row| (i as u64 + 1, Ok(row)))
                        .map_err(|e| ApiError::Malformed(format!("voter {}: {e}", i + 1)))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let rows = voters.into_iter();
            voter_file::import_rows(&state.store, rows, &scope, options.skip_bad_rows).await?
        }
    };
    if !report.forbidden.is_empty() {
        return Err(ApiError::Forbidden(report.forbidden));
    }
    if !report.committed {
        return Err(ApiError::InvalidFile(report.errors));
    }
    Ok(Json(VotersAnswer {
        rows: report.rows,
        imported: report.imported,
        rejected: report.rejected,
        skipped: report.errors,
    }))
}

/// Counts of voters, subscriptions, events and messages. A county key sees its county's.
#[utoipa::path(
    get,
    path = "/api/v1/admin/stats",
    tag = "operators",
    security(("operator_key" = [])),
    responses(
        (status = 200, description = "The counts the key may see", body = Stats),
        OperatorErrors,
    )
)]
pub async fn get_stats(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
) -> Result<Json<Stats>, ApiError> {
    let county = match &scope {
        Scope::Statewide => None,
        Scope::County(name) => Some(name.as_str()),
    };
    Ok(Json(stats::stats(state.store.pool(), county).await?))
}

/// Set a county's sender name, contact and wording of its messages.
#[utoipa::path(
    put,
    path = "/api/v1/admin/counties/{county}",
    tag = "operators",
    security(("operator_key" = [])),
    params(("county" = String, Path, description = "The county's name, as in the voter file")),
    request_body = CountyRequest,
    responses(
        (status = 200, description = "The county's settings, saved", body = CountySaved),
        (status = 403, description = "`forbidden`: another county", body = ballot_shared::error::ErrorBody),
        OperatorErrors,
        BodyErrors,
        InvalidFields,
    )
)]
pub async fn put_county(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiPath(county): ApiPath<String>,
    crate::http::error::ApiJson(request): crate::http::error::ApiJson<CountyRequest>,
) -> Result<Json<CountySaved>, ApiError> {
    county_settings::save(&state.store, &scope, &county, &request).await?;
    state.offices.forget(county.trim());
    Ok(Json(CountySaved {
        county: county.trim().to_string(),
        saved: true,
    }))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CountySaved {
    pub county: String,
    pub saved: bool,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ElectionRequest {
    /// The date the election was certified, YYYY-MM-DD: its personal data is purged
    /// `RETENTION_DAYS` after.
    pub certified_on: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ElectionSaved {
    pub election_id: String,
    pub certified_on: String,
    /// The day its data will be purged.
    pub purge_on: String,
}

/// Record an election's certification, which starts its retention clock (statewide
/// keys only: the retention of a statewide election is the state's call).
#[utoipa::path(
    put,
    path = "/api/v1/admin/elections/{election_id}",
    tag = "operators",
    security(("operator_key" = [])),
    params(("election_id" = String, Path, description = "As in the ballot events")),
    request_body = ElectionRequest,
    responses(
        (status = 200, description = "The election's certification, recorded", body = ElectionSaved),
        (status = 403, description = "`forbidden`: a county key", body = ballot_shared::error::ErrorBody),
        OperatorErrors,
        BodyErrors,
        InvalidFields,
    )
)]
pub async fn put_election(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiPath(election_id): ApiPath<String>,
    crate::http::error::ApiJson(request): crate::http::error::ApiJson<ElectionRequest>,
) -> Result<Json<ElectionSaved>, ApiError> {
    if scope != Scope::Statewide {
        return Err(ApiError::Forbidden(vec![RowError {
            line: 1,
            message: "only a statewide key records an election's certification".into(),
        }]));
    }
    let election_id = election_id.trim().to_string();
    if election_id.is_empty() || election_id.len() > 64 {
        return Err(ApiError::InvalidFields(vec![(
            "election_id",
            "Give the election's id, as in the ballot events".into(),
        )]));
    }
    let date = ballot_shared::date::CivilDate::parse_iso(request.certified_on.trim()).ok_or_else(
        || ApiError::InvalidFields(vec![("certified_on", "Give the date as YYYY-MM-DD".into())]),
    )?;
    // A date ahead would put off the purge as far as it likes; a certification is a fact.
    if date.to_iso() > crate::clock::california_date_days_ago(0) {
        return Err(ApiError::InvalidFields(vec![(
            "certified_on",
            "An election is certified on a day that has come; give that date".into(),
        )]));
    }
    let purge_on = date
        .to_iso()
        .parse::<jiff::civil::Date>()
        .ok()
        .and_then(|d| {
            d.checked_add(jiff::Span::new().days(state.config.retention_days))
                .ok()
        })
        .map(|d| d.to_string())
        .unwrap_or_default();
    crate::store::retention::certify(state.store.pool(), &election_id, &date.to_iso()).await?;
    Ok(Json(ElectionSaved {
        election_id,
        certified_on: date.to_iso(),
        purge_on,
    }))
}
