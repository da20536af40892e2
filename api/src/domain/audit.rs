//! The audit trail of operator actions (`audit_event`): every request to the operators' API
//! with a live key, and every command-line action that changes data. It records who (which API
//! key), what (method and route pattern, never values or bodies), for which county, and how it
//! ended; no personal data. Requests refused for a missing or unknown key are counted per
//! minute instead (`audit_refusal`).

use crate::clock;
use crate::domain::api_keys::{self, Scope};
use crate::redact::redact;
use crate::store::audit::{self, AuditEvent};
use crate::store::Store;

/// An operator's request, once answered: recorded with the key that made it, or, when no key or
/// an unknown one was presented, counted. `action` is the method and route pattern; `status` the
/// HTTP status it got.
pub async fn operator_request(store: &Store, presented: Option<&str>, action: &str, status: u16) {
    let key = match presented {
        None => Ok(None),
        Some(presented) => api_keys::identify(store, presented).await,
    };
    let (actor, api_key_id, county) = match (&presented, key) {
        (None, _) => ("no_key", None, None),
        (Some(_), Ok(Some((id, Scope::County(county))))) => ("api_key", Some(id), Some(county)),
        (Some(_), Ok(Some((id, Scope::Statewide)))) => ("api_key", Some(id), None),
        (Some(_), _) => ("unknown_key", None, None),
    };
    let outcome = status.to_string();
    if api_key_id.is_none() {
        // Refused: counted per minute, so that nobody can fill the trail with them.
        let now = clock::now();
        let minute = now.minute_key();
        if let Err(error) =
            audit::count_refusal(store.pool(), &minute, actor, action, &outcome).await
        {
            let error = redact(&error.to_string());
            tracing::error!(%error, "could not count a refused operator request");
        }
        return;
    }
    record(
        store,
        &AuditEvent {
            at: clock::now(),
            api_key_id,
            actor,
            county: county.as_deref(),
            action,
            outcome: &outcome,
        },
    )
    .await;
}

/// A command-line action (`ballot-api import-voters` and the like).
pub async fn command(store: &Store, name: &str, succeeded: bool) {
    record(
        store,
        &AuditEvent {
            at: clock::now(),
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
