//! `/api/v1/admin/broadcasts`: messages to many voters, through their safeguards (preview,
//! test send, approval by a second key when large, cancel, correction). See `broadcasts`.

use super::operator::Operator;
use crate::domain::broadcasts::{
    self, BroadcastRequest, CorrectionRequest, Preview, TestSendRequest,
};
use crate::http::error::{ApiError, ApiJson, ApiPath};
use crate::http::responses::{BodyErrors, OperatorErrors};
use crate::http::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use ballot_shared::error::ErrorBody;

/// How a broadcast request can fail, besides `BodyErrors` and `OperatorErrors`.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
enum BroadcastErrors {
    /// `forbidden`: another county
    #[response(status = 403)]
    Forbidden(ErrorBody),
    /// `not_found`: no such broadcast (for this key)
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// `conflict`: not in a state that allows it (says why)
    #[response(status = 409)]
    Conflict(ErrorBody),
    /// `invalid_input`: with `fields` (a placeholder that would be blank refuses it)
    #[response(status = 422)]
    Invalid(ErrorBody),
    /// `delivery_failed`: the test send did not go through
    #[response(status = 502)]
    DeliveryFailed(ErrorBody),
}

/// Create a broadcast (a return reminder or a notice): checked against its whole audience,
/// answered with its preview. It goes out only once tested and approved.
#[utoipa::path(
    post,
    path = "/api/v1/admin/broadcasts",
    operation_id = "create_broadcast",
    tag = "operators",
    security(("operator_key" = [])),
    request_body = BroadcastRequest,
    responses((status = 201, description = "Created, with its preview: nothing is sent yet", body = Preview), BroadcastErrors, BodyErrors, OperatorErrors)
)]
pub async fn create(
    State(state): State<AppState>,
    Operator(scope, key): Operator,
    ApiJson(request): ApiJson<BroadcastRequest>,
) -> Result<(StatusCode, ApiJson<Preview>), ApiError> {
    let preview = broadcasts::create(
        &state.store,
        &state.offices,
        &state.config,
        &scope,
        key,
        &request,
    )
    .await?;
    Ok((StatusCode::CREATED, ApiJson(preview)))
}

/// A broadcast's preview and state.
#[utoipa::path(
    get,
    path = "/api/v1/admin/broadcasts/{id}",
    tag = "operators",
    security(("operator_key" = [])),
    params(("id" = i64, Path, description = "The broadcast's id")),
    responses((status = 200, description = "The broadcast's preview and state", body = Preview), BroadcastErrors, BodyErrors, OperatorErrors)
)]
pub async fn get(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiPath(id): ApiPath<i64>,
) -> Result<ApiJson<Preview>, ApiError> {
    Ok(ApiJson(
        broadcasts::preview(&state.store, &state.offices, &state.config, &scope, id).await?,
    ))
}

/// Send the first recipient's messages to the operator's own email or phone, links inert.
#[utoipa::path(
    post,
    path = "/api/v1/admin/broadcasts/{id}/test",
    tag = "operators",
    security(("operator_key" = [])),
    params(("id" = i64, Path, description = "The broadcast's id")),
    request_body = TestSendRequest,
    responses((status = 200, description = "The first recipient's messages went to the operator", body = Preview), BroadcastErrors, BodyErrors, OperatorErrors)
)]
pub async fn test(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiPath(id): ApiPath<i64>,
    ApiJson(request): ApiJson<TestSendRequest>,
) -> Result<ApiJson<Preview>, ApiError> {
    Ok(ApiJson(
        broadcasts::test_send(
            &state.store,
            &state.offices,
            &state.config,
            &state.delivery,
            &scope,
            id,
            &request,
        )
        .await?,
    ))
}

/// Approve a tested broadcast: it goes out at its time. Over the threshold, only a key other
/// than the one that created it.
#[utoipa::path(
    post,
    path = "/api/v1/admin/broadcasts/{id}/approve",
    tag = "operators",
    security(("operator_key" = [])),
    params(("id" = i64, Path, description = "The broadcast's id")),
    responses((status = 200, description = "Approved: it goes out at its time", body = Preview), BroadcastErrors, BodyErrors, OperatorErrors)
)]
pub async fn approve(
    State(state): State<AppState>,
    Operator(scope, key): Operator,
    ApiPath(id): ApiPath<i64>,
) -> Result<ApiJson<Preview>, ApiError> {
    Ok(ApiJson(
        broadcasts::approve(&state.store, &state.offices, &state.config, &scope, key, id).await?,
    ))
}

/// Cancel a broadcast that has not started.
#[utoipa::path(
    post,
    path = "/api/v1/admin/broadcasts/{id}/cancel",
    tag = "operators",
    security(("operator_key" = [])),
    params(("id" = i64, Path, description = "The broadcast's id")),
    responses((status = 200, description = "Cancelled", body = Preview), BroadcastErrors, BodyErrors, OperatorErrors)
)]
pub async fn cancel(
    State(state): State<AppState>,
    Operator(scope, _): Operator,
    ApiPath(id): ApiPath<i64>,
) -> Result<ApiJson<Preview>, ApiError> {
    Ok(ApiJson(
        broadcasts::cancel(&state.store, &state.offices, &state.config, &scope, id).await?,
    ))
}

/// A correction of a broadcast that went out, to exactly its recipients: a new broadcast,
/// through the same preview, test and approval.
#[utoipa::path(
    post,
    path = "/api/v1/admin/broadcasts/{id}/corrections",
    tag = "operators",
    security(("operator_key" = [])),
    params(("id" = i64, Path, description = "The id of the broadcast to correct")),
    request_body = CorrectionRequest,
    responses((status = 201, description = "The correction, created with its preview: nothing is sent yet", body = Preview), BroadcastErrors, BodyErrors, OperatorErrors)
)]
pub async fn correct(
    State(state): State<AppState>,
    Operator(scope, key): Operator,
    ApiPath(id): ApiPath<i64>,
    ApiJson(request): ApiJson<CorrectionRequest>,
) -> Result<(StatusCode, ApiJson<Preview>), ApiError> {
    let preview = broadcasts::correct(
        &state.store,
        &state.offices,
        &state.config,
        &scope,
        key,
        id,
        &request,
    )
    .await?;
    Ok((StatusCode::CREATED, ApiJson(preview)))
}
