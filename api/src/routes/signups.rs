//! `POST /api/v1/signups`.

use crate::app::AppState;
use crate::clock;
use crate::error::{ApiError, ApiJson};
use crate::signups::sign_up;
use axum::extract::State;
use axum::http::StatusCode;
use ballot_shared::api::{SignupRequest, SignupResponse};
use ballot_shared::signup::validate_signup;

/// Sign a voter up for notifications, or change an existing sign-up for the same voter.
#[utoipa::path(
    post,
    path = "/api/v1/signups",
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
        (status = 201, description = "A new subscription; confirmations queued", body = SignupResponse,
        links(
            ("status" = (operation_id = "get_subscription", parameters(("token" = "$response.body#/subscription/token")))),
            ("change" = (operation_id = "change_subscription", parameters(("token" = "$response.body#/subscription/token")))),
            ("stop" = (operation_id = "stop_subscription", parameters(("token" = "$response.body#/subscription/token")))),
            ("live" = (operation_id = "subscription_events", parameters(("token" = "$response.body#/subscription/token")))),
            ("unsubscribe" = (operation_id = "unsubscribe", parameters(("token" = "$response.body#/subscription/token")))),
        )),
        (status = 200, description = "The voter's existing subscription, updated", body = SignupResponse,
        links(
            ("status" = (operation_id = "get_subscription", parameters(("token" = "$response.body#/subscription/token")))),
            ("change" = (operation_id = "change_subscription", parameters(("token" = "$response.body#/subscription/token")))),
            ("stop" = (operation_id = "stop_subscription", parameters(("token" = "$response.body#/subscription/token")))),
            ("live" = (operation_id = "subscription_events", parameters(("token" = "$response.body#/subscription/token")))),
            ("unsubscribe" = (operation_id = "unsubscribe", parameters(("token" = "$response.body#/subscription/token")))),
        )),
        (status = 400, description = "`malformed_request`", body = ballot_shared::error::ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ballot_shared::error::ErrorBody),
        (status = 415, description = "`unsupported_media_type`", body = ballot_shared::error::ErrorBody),
        (status = 422, description = "`invalid_input` (with `fields`), `no_matching_voter` or `ambiguous_voter` (with `help`)", body = ballot_shared::error::ErrorBody),
        (status = 429, description = "`rate_limited`, with `Retry-After`", body = ballot_shared::error::ErrorBody),
        (status = 503, description = "`service_unavailable`: try again", body = ballot_shared::error::ErrorBody),
    )
)]
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
