//! What every handler and middleware is given: the store, the settings, and the process's
//! shared parts. Middleware take only the part they use (`FromRef`), so that they need not
//! know the whole.

use crate::config::Config;
use crate::http::middleware::metrics::Metrics;
use crate::http::middleware::rate_limits::RateLimits;
use crate::outbox::delivery::Delivery;
use crate::store::Store;
use axum::extract::FromRef;
use std::sync::Arc;
use tokio::sync::{broadcast, watch};

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    /// Ids of subscriptions whose ballot status just changed, from this process or another
    /// (`status_changes`), for open status pages (`status_streams`).
    pub changes: broadcast::Sender<i64>,
    /// Turns true when the server is stopping, so long-lived streams end.
    pub stopping: watch::Receiver<bool>,
    /// Whether `/messages` is served: `MESSAGE_VIEWER` is on and every channel is captured.
    pub message_viewer: bool,
    /// Which destinations this deployment sends to.
    pub channel_policy: Arc<crate::domain::channel_policy::ChannelPolicy>,
    pub status_streams: Arc<crate::http::stream_slots::OpenStreams>,
    /// County offices as last read (`offices::OFFICE_TTL`).
    pub offices: Arc<crate::domain::offices::Offices>,
    pub rate_limits: Arc<RateLimits>,
    pub metrics: Arc<Metrics>,
    /// For test sends of broadcasts, straight to the operator.
    pub delivery: Delivery,
    /// Signature cures' bodies being read now (`CURE_BODIES_AT_ONCE`).
    pub cure_bodies: Arc<tokio::sync::Semaphore>,
}

/// How many signature cures' bodies (each up to 14 MB, an image in base64) an instance reads
/// at once: at most 112 MB held for them, whatever many addresses send. One more waits for
/// none: it is answered 503 with `Retry-After`, and the voter's page says to try again.
pub const CURE_BODIES_AT_ONCE: usize = 8;

impl AppState {
    /// What the domain's functions need, lent from this state.
    pub fn services(&self) -> crate::domain::services::Services<'_> {
        crate::domain::services::Services {
            store: &self.store,
            config: &self.config,
            offices: &self.offices,
            channel_policy: &self.channel_policy,
        }
    }
}

impl FromRef<AppState> for Store {
    fn from_ref(state: &AppState) -> Self {
        state.store.clone()
    }
}

impl FromRef<AppState> for Arc<RateLimits> {
    fn from_ref(state: &AppState) -> Self {
        state.rate_limits.clone()
    }
}
