//! `GET /healthz` (the process is up) and `GET /readyz` (it can reach its database).

use crate::app::AppState;
use crate::error::ApiError;
use axum::extract::State;
use axum::Json;
use ballot_shared::api::Health;

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, body = Health)))]
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
        (status = 200, body = Health),
        (status = 503, description = "`service_unavailable`: the database cannot be reached", body = ballot_shared::error::ErrorBody),
    )
)]
pub async fn readyz(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    state.store.ping().await?;
    Ok(Json(Health {
        status: "ready".into(),
    }))
}
