//! `GET /healthz` (the process is up) and `GET /readyz` (it can reach its database).

use crate::app::AppState;
use crate::error::ApiError;
use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
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
    if crate::provider_webhooks::signature_matches(expected, presented.trim()) {
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
        (status = 401, description = "`unauthorized`: `OPERATIONS_TOKEN` is set and was not given", body = ballot_shared::error::ErrorBody),
        (status = 503, description = "`service_unavailable`: the database cannot be reached", body = ballot_shared::error::ErrorBody),
    )
)]
pub async fn readyz(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    state.store.ping().await?;
    Ok(Json(Health {
        status: "ready".into(),
    }))
}
