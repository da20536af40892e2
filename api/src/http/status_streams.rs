//! Live status pages: a Server-Sent Events stream per open page, sending the ballot status at
//! once and again whenever it changes (`status_changes` wakes it; nothing polls).
//!
//! Each stream holds a connection, so they are limited: a few per client address, a ceiling
//! in all (`Config::status_streams`), and a lifetime, after which the stream ends and the
//! browser's EventSource reconnects by itself (with `retry` telling it when).

use crate::http::error::ApiError;
use crate::http::state::AppState;
use crate::http::stream_slots::Slot;
use crate::store::subscriptions::Subscription;
use axum::response::sse::Event;
use ballot_shared::language::Language;
use futures_util::stream::{self, Stream};
use std::convert::Infallible;
use std::net::IpAddr;
use std::time::Duration;
use tokio::sync::broadcast;

/// When a browser should reconnect after its stream ends.
const RECONNECT_AFTER: Duration = Duration::from_secs(5);

/// The stream of a status page, or 429 when its client (or everyone) has too many open.
pub fn open(
    state: AppState,
    subscription: Subscription,
    language: Language,
    address: IpAddr,
) -> Result<impl Stream<Item = Result<Event, Infallible>>, ApiError> {
    let limits = state.config.status_streams;
    let slot = state
        .status_streams
        .take(
            crate::http::middleware::rate_limits::block(address),
            limits.per_address,
            limits.total,
        )
        .ok_or(ApiError::RateLimited(RECONNECT_AFTER))?;
    let changes = state.changes.subscribe();
    let ends_at = tokio::time::Instant::now() + limits.lifetime;
    let start = Streaming {
        state,
        subscription,
        language,
        changes,
        last: None,
        ends_at,
        _slot: slot,
    };
    Ok(stream::unfold(start, |mut s| async move {
        loop {
            // The first event goes at once; each later one waits for a change.
            if s.last.is_some() {
                let mut stopping = s.state.stopping.clone();
                let id = s.subscription.subscription_id;
                let changes = &mut s.changes;
                let changed = async {
                    loop {
                        match changes.recv().await {
                            Ok(changed) if changed == id => return,
                            Ok(_) => continue,
                            // Missed some: look, in case one was ours.
                            Err(broadcast::error::RecvError::Lagged(_)) => return,
                            Err(broadcast::error::RecvError::Closed) => {
                                std::future::pending::<()>().await
                            }
                        }
                    }
                };
                tokio::select! {
                    _ = changed => {}
                    _ = tokio::time::sleep_until(s.ends_at) => return None,
                    _ = stopping.wait_for(|stop| *stop) => return None,
                }
            }
            let view = crate::domain::subscriptions::status_view(
                s.state.services(),
                &s.subscription,
                s.language,
            )
            .await
            .ok()?; // the subscription or the database went away: end the stream
            let json = serde_json::to_string(&view).unwrap_or_default();
            if s.last.as_deref() != Some(json.as_str()) {
                let event = Event::default()
                    .event("status")
                    .retry(RECONNECT_AFTER)
                    .data(json.clone());
                s.last = Some(json);
                return Some((Ok(event), s));
            }
        }
    }))
}

struct Streaming {
    state: AppState,
    subscription: Subscription,
    language: Language,
    changes: broadcast::Receiver<i64>,
    last: Option<String>,
    ends_at: tokio::time::Instant,
    _slot: Slot,
}
