//! `POST /api/v1/signups`.

use crate::app::AppState;
use crate::clock;
use crate::error::{ApiError, ApiJson};
use crate::signups::sign_up;
use axum::extract::State;
use axum::http::StatusCode;
use ballot_shared::api::{SignupRequest, SignupResponse};
use ballot_shared::signup::validate_signup;

pub async fn create(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<SignupRequest>,
) -> Result<(StatusCode, ApiJson<SignupResponse>), ApiError> {
    let signup =
        validate_signup(&request, clock::today_anywhere()).map_err(ApiError::InvalidInput)?;
    state.rate_limits.check_identity(&signup.identity())?;
    let outcome = sign_up(&state, signup).await?;
    let status = if outcome.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, ApiJson(outcome.response)))
}
