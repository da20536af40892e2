//! HTTP routes, one module per resource. Handlers are a few lines: parse, call, answer.

pub mod captured_messages;
pub mod health;
pub mod signups;

use crate::app::AppState;
use crate::config::JSON_BODY_LIMIT;
use crate::error::ApiError;
use axum::extract::DefaultBodyLimit;
use axum::routing::post;
use axum::Router;

/// Everything under `/api`: unknown paths and methods answer in the API's error shape.
pub fn api() -> Router<AppState> {
    Router::new()
        .route("/v1/signups", post(signups::create))
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT))
}
