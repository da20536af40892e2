//! `GET /healthz` (the process is up) and `GET /readyz` (it can reach its database).

use crate::app::AppState;
use crate::error::ApiError;
use axum::extract::State;
use axum::Json;
use ballot_shared::api::Health;

pub async fn healthz() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
    })
}

pub async fn readyz(State(state): State<AppState>) -> Result<Json<Health>, ApiError> {
    state.store.ping().await?;
    Ok(Json(Health {
        status: "ready".into(),
    }))
}
