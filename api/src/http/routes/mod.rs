//! HTTP routes, one module per resource. Handlers are a few lines: parse, call, answer.

pub mod admin;
pub mod broadcasts;
pub mod captured_messages;
pub mod destination_links;
pub mod health;
pub mod operator;
pub mod signature_cures;
pub mod signups;
pub mod sms_webhook;
pub mod subscriptions;
pub mod verification;
pub mod voice_webhook;

use crate::config::{ADMIN_BODY_LIMIT, CURE_BODY_LIMIT, JSON_BODY_LIMIT};
use crate::http::error::ApiError;
use crate::http::middleware::rate_limits;
use crate::http::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::Router;
use std::time::Duration;

/// Operators' file uploads: a county's whole voter file (a million rows load in about 5 s).
pub const ADMIN_TIMEOUT: Duration = Duration::from_secs(300);

/// Everything under `/api`: unknown paths and methods answer in the API's error shape. A
/// request that takes longer than `request_timeout` (`config::Config`) is abandoned, its
/// transaction rolled back, and answered 503: a stuck database must not hold connections and
/// memory indefinitely.
///
/// The voter-facing routes are limited per client address (`rate_limits`); operators'
/// routes are behind their keys, and the SMS provider's webhook behind its signature.
/// Every request to the operators' routes is recorded in the audit trail (`audit`).
pub fn api(state: &AppState) -> Router<AppState> {
    let request_timeout = state.config.request_timeout;
    let per_address =
        middleware::from_fn_with_state(state.rate_limits.clone(), rate_limits::limit_by_address);
    let uploads = Router::new()
        .route(
            "/v1/admin/ballot-events",
            post(admin::post_ballot_events).layer(DefaultBodyLimit::max(ADMIN_BODY_LIMIT)),
        )
        .route(
            "/v1/admin/mail-pieces",
            post(admin::post_mail_pieces).layer(DefaultBodyLimit::max(ADMIN_BODY_LIMIT)),
        )
        .route(
            "/v1/admin/mail-scans",
            post(admin::post_mail_scans).layer(DefaultBodyLimit::max(ADMIN_BODY_LIMIT)),
        )
        .route(
            "/v1/admin/voters",
            post(admin::post_voters).layer(DefaultBodyLimit::max(ADMIN_BODY_LIMIT)),
        )
        .route_layer(middleware::from_fn(|request, next| {
            time_limit(ADMIN_TIMEOUT, request, next)
        }));
    // Server-Sent Events stay open for as long as the status page does: no time limit.
    let streams = Router::new()
        .route(
            "/v1/ballot-statuses/{token}/events",
            get(subscriptions::events),
        )
        .route_layer(per_address.clone());
    let voters = Router::new()
        .route("/v1/signups", post(signups::create))
        .route("/v1/status-lookups", post(subscriptions::lookup))
        .route(
            "/v1/subscriptions/{token}",
            get(subscriptions::get)
                .put(subscriptions::put)
                .delete(subscriptions::delete),
        )
        .route("/v1/unsubscribe/{token}", post(subscriptions::unsubscribe))
        .route(
            "/v1/ballot-statuses/{token}",
            get(subscriptions::get_status),
        )
        .route("/v1/manage-links", post(subscriptions::send_manage_link))
        // A photo of a signed statement is far bigger than any other voter's request.
        .route(
            "/v1/ballot-statuses/{token}/signature-cures",
            post(signature_cures::submit).layer(DefaultBodyLimit::max(CURE_BODY_LIMIT)),
        )
        .route(
            "/v1/confirmations/{token}",
            post(destination_links::confirm),
        )
        .route("/v1/undo/{token}", post(destination_links::undo))
        .route("/v1/message-verifications", post(verification::verify))
        .route("/v1/senders", get(verification::senders))
        .route_layer(per_address);
    let operators = Router::new()
        .route("/v1/admin/stats", get(admin::get_stats))
        .route("/v1/admin/mail-report", get(admin::get_mail_report))
        .route("/v1/admin/broadcasts", post(broadcasts::create))
        .route("/v1/admin/broadcasts/{id}", get(broadcasts::get))
        .route("/v1/admin/broadcasts/{id}/test", post(broadcasts::test))
        .route(
            "/v1/admin/broadcasts/{id}/approve",
            post(broadcasts::approve),
        )
        .route("/v1/admin/broadcasts/{id}/cancel", post(broadcasts::cancel))
        .route(
            "/v1/admin/broadcasts/{id}/corrections",
            post(broadcasts::correct),
        )
        .route("/v1/admin/signature-cures", get(signature_cures::list))
        .route(
            "/v1/admin/signature-cures/{id}/content",
            get(signature_cures::content),
        )
        .route(
            "/v1/admin/signature-cures/{id}/pdf",
            get(signature_cures::pdf),
        )
        .route(
            "/v1/admin/signature-cures/{id}/decision",
            post(signature_cures::decide),
        )
        .route("/v1/admin/counties/{county}", put(admin::put_county))
        .route(
            "/v1/admin/elections/{election_id}",
            put(admin::put_election),
        )
        .route_layer(middleware::from_fn(move |request, next| {
            time_limit(request_timeout, request, next)
        }))
        .merge(uploads)
        .route_layer(middleware::from_fn_with_state(
            state.store.clone(),
            crate::http::middleware::audit::operator_requests,
        ));
    Router::new()
        .merge(voters)
        .route("/v1/webhooks/sms", post(sms_webhook::receive))
        .route(
            "/v1/webhooks/voice/confirmations/{token}",
            post(voice_webhook::key_pressed),
        )
        .route("/v1/openapi.json", get(crate::http::openapi::document))
        .route_layer(middleware::from_fn(move |request, next| {
            time_limit(request_timeout, request, next)
        }))
        .merge(operators)
        .merge(streams)
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
}

/// Answers 503 in the error shape when the handler takes longer than `limit`; the handler's
/// future is dropped, which rolls back any transaction it had open.
async fn time_limit(limit: Duration, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(limit_s = limit.as_secs(), "request timed out");
            ApiError::TimedOut.into_response()
        }
    }
}
