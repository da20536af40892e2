//! `GET /healthz` (the process is up) and `GET /readyz` (it can reach its database).

use crate::http::error::ApiError;
use crate::http::responses::OperationsErrors;
use crate::http::state::AppState;
use crate::store::outbox;
use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::http::header::CONTENT_TYPE;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use ballot_shared::api::Health;

/// With `OPERATIONS_TOKEN` set, `/readyz` and `/metrics` answer only `Authorization: Bearer`
/// it (compared in constant time): they tell how busy the service is and how many messages
/// wait, which is nobody else's business. `/healthz` stays open for load balancers.
pub async fn operations_token(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let Some(expected) = &state.config.operations_token else {
        return next.run(request).await;
    };
    let presented = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if crate::http::provider_webhooks::signature_matches(expected, presented.trim()) {
        next.run(request).await
    } else {
        ApiError::Unauthorized.into_response()
    }
}

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, description = "The process is up", body = Health)))]
pub async fn healthz() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
    })
}

/// The process can reach its database.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    responses(
        (status = 200, description = "The database answers", body = Health),
        OperationsErrors,
    )
)]
pub async fn readyz(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    state.store.ping().await?;
    Ok(Json(Health {
        status: "ready".into(),
    }))
}

/// OpenMetrics text: requests by route and status with their durations, and the outbox's
/// messages by state.
#[utoipa::path(
    get,
    path = "/metrics",
    tag = "operations",
    responses(
        (status = 200, description = "OpenMetrics text (Prometheus reads it)", content_type = "application/openmetrics-text", body = String),
        OperationsErrors,
    )
)]
pub async fn metrics(State(state): State<AppState>) -> Result<Response, ApiError> {
    let counts = outbox::counts_by_state(state.store.pool())
        .await?
        .into_iter()
        .map(|(message_state, count)| (message_state.code().to_string(), count))
        .collect();
    let text = state
        .metrics
        .encode(counts)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("encoding metrics: {e}")))?;
    Ok((
        [(
            CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response())
}
