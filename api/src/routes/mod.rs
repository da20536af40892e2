//! HTTP routes, one module per resource. Handlers are a few lines: parse, call, answer.

pub mod admin;
pub mod captured_messages;
pub mod health;
pub mod operator;
pub mod signups;
pub mod sms_webhook;
pub mod subscriptions;

use crate::app::AppState;
use crate::config::{ADMIN_BODY_LIMIT, JSON_BODY_LIMIT};
use crate::error::ApiError;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use axum::Router;

/// Everything under `/api`: unknown paths and methods answer in the API's error shape.
pub fn api() -> Router<AppState> {
    Router::new()
        .route("/v1/signups", post(signups::create))
        .route("/v1/status-lookups", post(subscriptions::lookup))
        .route(
            "/v1/subscriptions/{token}",
            get(subscriptions::get)
                .put(subscriptions::put)
                .delete(subscriptions::delete),
        )
        .route(
            "/v1/subscriptions/{token}/events",
            get(subscriptions::events),
        )
        .route("/v1/unsubscribe/{token}", post(subscriptions::unsubscribe))
        .route("/v1/webhooks/sms", post(sms_webhook::receive))
        .route(
            "/v1/admin/ballot-events",
            post(admin::post_ballot_events).layer(DefaultBodyLimit::max(ADMIN_BODY_LIMIT)),
        )
        .route(
            "/v1/admin/voters",
            post(admin::post_voters).layer(DefaultBodyLimit::max(ADMIN_BODY_LIMIT)),
        )
        .route("/v1/admin/stats", get(admin::get_stats))
        .route("/v1/admin/reminders", put(admin::put_reminder))
        .route("/v1/admin/counties/{county}", put(admin::put_county))
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
}
