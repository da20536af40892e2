//! The audit trail of operator actions (`audit_event`): every request to the operators' API
//! with a live key, and every command-line action that changes data. It records who (which API
//! key), what (method and route pattern, never values or bodies), for which county, and how it
//! ended; no personal data. Requests refused for a missing or unknown key are counted per
//! minute instead (`audit_refusal`).

use crate::api_keys;
use crate::api_keys::Scope;
use crate::app::AppState;
use crate::clock;
use crate::redact::redact;
use crate::store::audit::{self, AuditEvent};
use crate::store::Store;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::Response;

/// Middleware for the operators' routes: runs the request, then records it.
pub async fn operator_requests(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| request.uri().path().to_owned());
    let action = format!("{} {route}", request.method());
    let presented = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|v| v.trim().to_owned());
    let response = next.run(request).await;
    let key = match &presented {
        None => Ok(None),
        Some(presented) => api_keys::identify(&state.store, presented).await,
    };
    let (actor, api_key_id, county) = match (&presented, key) {
        (None, _) => ("no_key", None, None),
        (Some(_), Ok(Some((id, Scope::County(county))))) => ("api_key", Some(id), Some(county)),
        (Some(_), Ok(Some((id, Scope::Statewide)))) => ("api_key", Some(id), None),
        (Some(_), _) => ("unknown_key", None, None),
    };
    let outcome = response.status().as_u16().to_string();
    if api_key_id.is_none() {
        // Refused: counted per minute, so that nobody can fill the trail with them.
        let now = clock::now();
        let minute = format!("{}:00Z", &now[..16]);
        if let Err(error) =
            audit::count_refusal(state.store.pool(), &minute, actor, &action, &outcome).await
        {
            let error = redact(&error.to_string());
            tracing::error!(%error, "could not count a refused operator request");
        }
        return response;
    }
    record(
        &state.store,
        &AuditEvent {
            at: &clock::now(),
            api_key_id,
            actor,
            county: county.as_deref(),
            action: &action,
            outcome: &outcome,
        },
    )
    .await;
    response
}

/// A command-line action (`ballot-api import-voters` and the like).
pub async fn command(store: &Store, name: &str, succeeded: bool) {
    record(
        store,
        &AuditEvent {
            at: &clock::now(),
            api_key_id: None,
            actor: "cli",
            county: None,
            action: &format!("cli {name}"),
            outcome: if succeeded { "ok" } else { "failed" },
        },
    )
    .await;
}

/// The action has happened by now, so a failure to record it is logged, not returned.
async fn record(store: &Store, event: &AuditEvent<'_>) {
    if let Err(error) = audit::insert(store.pool(), event).await {
        let error = redact(&error.to_string());
        tracing::error!(%error, action = event.action, "could not record an operator action in the audit trail");
    }
}
