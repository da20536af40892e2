//! `/api/v1/confirmations/{token}` and `/api/v1/undo/{token}`: the links a new destination's
//! confirmation and a change notice carry. Both are POSTs from a page with a button, never a
//! GET: mail scanners open every link in an email, and must not confirm or undo anything.

use crate::domain::destinations;
use crate::domain::signups::mint_status_link;
use crate::http::error::{ApiError, ApiJson, ApiPath};
use crate::http::responses::Busy;
use crate::http::state::AppState;
use axum::extract::State;
use ballot_shared::api::{ConfirmationResponse, UndoResponse};
use ballot_shared::error::ErrorBody;

/// How a link's request can fail, besides `Busy`.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
enum LinkErrors {
    /// `not_found`: no such link
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// `link_expired`: used, or past its time
    #[response(status = 410)]
    Expired(ErrorBody),
}

/// Confirm a new destination: from now on it gets ballot news, and the destinations on file
/// are told, with a link that undoes it.
#[utoipa::path(
    post,
    path = "/api/v1/confirmations/{token}",
    operation_id = "confirm_destination",
    tag = "voters",
    params(("token" = String, Path, description = "The confirmation link's token")),
    responses((status = 200, description = "Confirmed: the destination gets ballot news from now on", body = ConfirmationResponse), LinkErrors, Busy)
)]
pub async fn confirm(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<ApiJson<ConfirmationResponse>, ApiError> {
    let confirmed = destinations::confirm_by_token(
        &state.store,
        &state.offices,
        &state.config.public_url,
        &token,
    )
    .await?;
    // A fresh status link for the page that confirmed: its holder now gets the ballot's news.
    let now = crate::clock::now();
    let mut tx = state.store.begin().await?;
    let status = mint_status_link(&mut tx, confirmed.subscription_id, now).await?;
    tx.commit().await?;
    Ok(ApiJson(ConfirmationResponse {
        channel: confirmed.channel.code().to_string(),
        destination: confirmed.destination,
        county_office: confirmed.office.sender,
        status_url: format!("/status/{status}"),
    }))
}

/// Undo a change of destination, from the notice the destinations on file were sent.
#[utoipa::path(
    post,
    path = "/api/v1/undo/{token}",
    operation_id = "undo_destination_change",
    tag = "voters",
    params(("token" = String, Path, description = "The undo link's token")),
    responses(
        (status = 200, description = "Undone: what the destinations are now", body = UndoResponse),
        (status = 409, description = "`changed_since`: the channel changed again after", body = ballot_shared::error::ErrorBody),
        LinkErrors,
        Busy,
    )
)]
pub async fn undo(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<ApiJson<UndoResponse>, ApiError> {
    let undone = destinations::undo_by_token(
        &state.store,
        &state.offices,
        &state.config.public_url,
        &token,
    )
    .await?;
    Ok(ApiJson(UndoResponse {
        channel: undone.channel.code().to_string(),
        restored: undone.restored,
        removed: undone.removed,
    }))
}
