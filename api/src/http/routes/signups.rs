//! `POST /api/v1/signups`.

use crate::clock;
use crate::domain::signups::sign_up;
use crate::http::error::{ApiError, ApiJson};
use crate::http::responses::{BodyErrors, TooLarge, Unavailable};
use crate::http::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use ballot_shared::api::{SignupRequest, SignupResponse};
use ballot_shared::signup::validate_signup;

/// Whether a sign-up's identity matched no voter (what the identity limits count).
fn outcome_missed<T>(outcome: &Result<T, crate::domain::signups::SignupError>) -> bool {
    matches!(
        outcome,
        Err(crate::domain::signups::SignupError::NoMatchingVoter)
    )
}

/// Sign a voter up for notifications. For a voter already signed up, nothing changes until
/// the new destinations confirm.
#[utoipa::path(
    post,
    path = "/api/v1/signups",
    operation_id = "create_signup",
    tag = "voters",
    request_body(
        content = SignupRequest,
        // A demo voter (README.md, "Demo voters"): a sign-up that succeeds on the demo data.
        example = json!({
            "first_name": "Maria", "last_name": "Garcia", "date_of_birth": "01-23-1980",
            "zip": "95814", "language": "en",
            "email": {"opt_in": true, "address": "maria@example.com"},
            "sms": {"opt_in": false, "phone": null}, "voice": {"opt_in": false, "phone": null}
        })
    ),
    responses(
        (status = 201, description = "A new subscription with its links; each destination was sent a confirmation and gets ballot news once confirmed", body = SignupResponse,
        links(
            ("status" = (operation_id = "get_ballot_status", parameters(("token" = "$response.body#/subscription/status_token")))),
            ("live" = (operation_id = "ballot_status_events", parameters(("token" = "$response.body#/subscription/status_token")))),
            ("details" = (operation_id = "get_subscription", parameters(("token" = "$response.body#/subscription/manage_token")))),
            ("change" = (operation_id = "change_subscription", parameters(("token" = "$response.body#/subscription/manage_token")))),
            ("stop" = (operation_id = "stop_subscription", parameters(("token" = "$response.body#/subscription/manage_token")))),
        )),
        (status = 202, description = "The voter was already signed up: nothing changed and no link is given; new destinations were asked to confirm and the destinations on file were told", body = SignupResponse),
        (status = 422, description = "`invalid_input` (with `fields`), `no_matching_voter` or `ambiguous_voter` (with `help`)", body = ballot_shared::error::ErrorBody),
        (status = 429, description = "`rate_limited`, with `Retry-After` (and `fields` when a destination had its day's confirmations)", body = ballot_shared::error::ErrorBody),
        BodyErrors,
        TooLarge,
        Unavailable,
    )
)]
pub async fn create(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<SignupRequest>,
) -> Result<(StatusCode, ApiJson<SignupResponse>), ApiError> {
    let signup =
        validate_signup(&request, clock::today_anywhere()).map_err(ApiError::InvalidInput)?;
    let identity = signup.identity();
    let reserved = state.rate_limits.reserve_identity(&identity).await?;
    let outcome = sign_up(state.services(), signup).await;
    state
        .rate_limits
        .settle(reserved, outcome_missed(&outcome))
        .await;
    let outcome = outcome?;
    let status = if outcome.created {
        StatusCode::CREATED
    } else {
        StatusCode::ACCEPTED
    };
    Ok((status, ApiJson(outcome.response)))
}
