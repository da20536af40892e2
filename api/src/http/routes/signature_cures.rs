//! Signature cures over HTTP (issue 16): the voter sends one with their status link
//! (`/ballot-statuses/{token}/signature-cures`); the county lists, reads and decides them
//! (`/admin/signature-cures`). See `domain::signature_cures`.

use super::operator::Operator;
use crate::domain::signature_cures::{self, CureError, CureSummary, DecisionRequest, Refusal};
use crate::domain::subscriptions::{self, Access};
use crate::http::error::{ApiError, ApiJson, ApiPath};
use crate::http::middleware::request_language::request_language;
use crate::http::responses::{BodyErrors, Busy, OperatorErrors, TooLarge};
use crate::http::state::AppState;
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use ballot_shared::api::{SignatureCureReceipt, SignatureCureRequest};
use ballot_shared::error::ErrorBody;

/// How a voter's cure can be refused, besides `Busy`, `BodyErrors` and `TooLarge`.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
enum CureErrors {
    /// `not_found`: no such link, or this deployment takes no cures
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// `cure_not_needed`: the ballot's latest status is not a signature problem;
    /// `cure_already_sent`: a cure for it waits for the county
    #[response(status = 409)]
    Conflict(ErrorBody),
    /// `cure_dob_attempts_exhausted`: too many wrong dates of birth for this election with
    /// this voter's links; the voter is told to contact the county
    #[response(status = 403)]
    Forbidden(ErrorBody),
    /// `cure_deadline_passed`: the county's cure deadline has passed, or the election is
    /// certified; `link_expired`: a manage link past its time
    #[response(status = 410)]
    Gone(ErrorBody),
    /// `invalid_input`, with `fields`: a rule broken, or a date of birth that is not the
    /// voter's (`fields.date_of_birth`)
    #[response(status = 422)]
    Invalid(ErrorBody),
}

/// Send a signature cure for one of the voter's ballots, with their status link: the date of
/// birth on file, and a drawn signature, a photo of the signed statement (PNG, JPEG, HEIC or a scanned PDF, at most
/// 10 MB, told by its content) or the name typed. Taken only while the ballot's latest status
/// is a signature problem, the county's cure deadline has not passed and the election is not
/// certified; the county then accepts or rejects it.
#[utoipa::path(
    post,
    path = "/api/v1/ballot-statuses/{token}/signature-cures",
    operation_id = "send_signature_cure",
    tag = "voters",
    params(("token" = String, Path, description = "A status link's token")),
    request_body = SignatureCureRequest,
    responses(
        (status = 201, description = "Received: the county reviews it next", body = SignatureCureReceipt),
        CureErrors,
        BodyErrors,
        TooLarge,
        Busy,
    )
)]
pub async fn submit(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    body: axum::extract::Request,
) -> Result<(StatusCode, ApiJson<SignatureCureReceipt>), ApiError> {
    // The deployment, the link and its ballots first: a body of up to 14 MB is read only for a
    // link with a ballot that takes a cure now, and only so many at once
    // (`CURE_BODIES_AT_ONCE`).
    if state.config.cure_key.is_none() {
        return Err(CureError::NotOffered.into());
    }
    let (subscription, _) =
        subscriptions::open(state.services(), &token, Access::ViewStatus).await?;
    signature_cures::precheck(state.services(), &subscription).await?;
    let _reading = state
        .cure_bodies
        .clone()
        .try_acquire_owned()
        .map_err(|_| ApiError::Busy)?;
    let ApiJson(request) = <ApiJson<SignatureCureRequest> as axum::extract::FromRequest<
        AppState,
    >>::from_request(body, &state)
    .await?;
    let reserved = state
        .rate_limits
        .reserve_cure_check(subscription.subscription_id, request.election_id.trim())
        .await?;
    let sent = signature_cures::submit(
        state.services(),
        &subscription,
        &request,
        request_language(),
    )
    .await;
    let missed = matches!(sent, Err(CureError::Refused(Refusal::DateOfBirth)));
    state
        .rate_limits
        .settle_cure_check(reserved, missed)
        .await?;
    Ok((StatusCode::CREATED, ApiJson(sent?)))
}

/// How a review request can fail, besides `OperatorErrors`.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
enum ReviewErrors {
    /// `not_found`: no such cure for this key (another county's is not shown)
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// `conflict`: already accepted or rejected
    #[response(status = 409)]
    Conflict(ErrorBody),
    /// `invalid_input`: a decision other than accepted or rejected, or a rejection without
    /// a reason
    #[response(status = 422)]
    Invalid(ErrorBody),
}

/// The signature cures waiting for review, oldest first (at most 500): the key's county's,
/// or every county's for a statewide key.
#[utoipa::path(
    get,
    path = "/api/v1/admin/signature-cures",
    operation_id = "list_signature_cures",
    tag = "operators",
    security(("operator_key" = [])),
    responses((status = 200, description = "Pending cures, without their content", body = Vec<CureSummary>), OperatorErrors)
)]
pub async fn list(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
) -> Result<ApiJson<Vec<CureSummary>>, ApiError> {
    Ok(ApiJson(
        signature_cures::pending(&state.store, &scope).await?,
    ))
}

/// A cure's content as the voter sent it: the image, or the typed name as text.
#[utoipa::path(
    get,
    path = "/api/v1/admin/signature-cures/{id}/content",
    operation_id = "get_signature_cure_content",
    tag = "operators",
    security(("operator_key" = [])),
    params(("id" = i64, Path, description = "The cure's id")),
    responses(
        (status = 200, description = "The content, decrypted: the image's bytes, or the typed name",
         content((String = "image/png"), (String = "image/jpeg"), (String = "text/plain"))),
        ReviewErrors,
        BodyErrors,
        OperatorErrors,
    )
)]
pub async fn content(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    let (content_type, bytes) =
        signature_cures::content(&state.store, state.config.cure_key.as_ref(), &scope, id).await?;
    // Like every API answer, `Cache-Control: no-store` (`app::cache_control`): no cache keeps
    // a copy of a signature. Saved, never shown in the browser of whoever reviews it: what a
    // voter sent is kept as they sent it.
    let extension = match content_type.as_str() {
        "image/png" => "png",
        "image/jpeg" => "jpg",
        _ => "txt",
    };
    let disposition = format!("attachment; filename=\"signature-cure-{id}.{extension}\"");
    Ok((
        [
            (CONTENT_TYPE, content_type),
            (CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}

/// A cure as the county files it: one PDF page with the statement, the voter's name, voter ID,
/// county and election, the signature (the image, or the typed name), and when and how it was
/// signed with the SHA-256 of its content.
#[utoipa::path(
    get,
    path = "/api/v1/admin/signature-cures/{id}/pdf",
    operation_id = "get_signature_cure_pdf",
    tag = "operators",
    security(("operator_key" = [])),
    params(("id" = i64, Path, description = "The cure's id")),
    responses(
        (status = 200, description = "The cure as a PDF", content((String = "application/pdf"))),
        ReviewErrors,
        BodyErrors,
        OperatorErrors,
    )
)]
pub async fn pdf(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    let pdf =
        signature_cures::pdf(&state.store, state.config.cure_key.as_ref(), &scope, id).await?;
    let disposition = format!("attachment; filename=\"signature-cure-{id}.pdf\"");
    Ok((
        [
            (CONTENT_TYPE, "application/pdf".to_string()),
            (CONTENT_DISPOSITION, disposition),
        ],
        pdf,
    )
        .into_response())
}

/// Accept or reject a pending cure, with a reason (needed to reject). The ballot's status is
/// still the county's to post (`cured`) as a ballot event.
#[utoipa::path(
    post,
    path = "/api/v1/admin/signature-cures/{id}/decision",
    operation_id = "decide_signature_cure",
    tag = "operators",
    security(("operator_key" = [])),
    params(("id" = i64, Path, description = "The cure's id")),
    request_body = DecisionRequest,
    responses(
        (status = 200, description = "Decided", body = CureSummary),
        ReviewErrors,
        BodyErrors,
        OperatorErrors,
    )
)]
pub async fn decide(
    State(state): State<AppState>,
    Operator(scope, key): Operator,
    ApiPath(id): ApiPath<i64>,
    ApiJson(request): ApiJson<DecisionRequest>,
) -> Result<ApiJson<CureSummary>, ApiError> {
    Ok(ApiJson(
        signature_cures::decide(
            &state.store,
            &state.offices,
            &state.config.public_url,
            &scope,
            Some(key),
            id,
            &request,
        )
        .await?,
    ))
}
