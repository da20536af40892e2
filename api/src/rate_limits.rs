//! Rate limits on the voter-facing endpoints, per client address and per identity (name, date
//! of birth and ZIP), so nobody can use sign-up or look-up to test who is registered: past the
//! limit, 429 with `Retry-After`.
//!
//! Limits are kept in this process (governor's GCRA, which needs one timestamp per key): with
//! several API instances behind a load balancer, each allows its share. Behind a proxy the
//! client address is read from the one header named in `CLIENT_IP_HEADER`, never from
//! whatever header a client sends.

use crate::config::RateLimitConfig;
use crate::error::ApiError;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderName};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ballot_shared::name::{last_name_key, name_key};
use ballot_shared::signup::Identity;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use sha2::{Digest, Sha256};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

pub struct RateLimits {
    by_address: Option<DefaultKeyedRateLimiter<IpAddr>>,
    /// Keyed by a SHA-256 of the identity, so the limiter holds no names or birth dates.
    by_identity: Option<DefaultKeyedRateLimiter<[u8; 32]>>,
    client_ip_header: Option<HeaderName>,
    clock: DefaultClock,
}

impl RateLimits {
    pub fn new(config: &RateLimitConfig) -> Self {
        Self {
            by_address: NonZeroU32::new(config.per_address_per_minute)
                .map(|n| DefaultKeyedRateLimiter::keyed(Quota::per_minute(n))),
            by_identity: NonZeroU32::new(config.per_identity_per_hour)
                .map(|n| DefaultKeyedRateLimiter::keyed(Quota::per_hour(n))),
            client_ip_header: config.client_ip_header.clone(),
            clock: DefaultClock::default(),
        }
    }

    /// The client's address: the socket's peer, or the trusted proxy header's last address
    /// (the one the proxy itself appended) when one is configured.
    pub fn client_address(&self, headers: &HeaderMap, peer: Option<SocketAddr>) -> IpAddr {
        let from_header = self.client_ip_header.as_ref().and_then(|name| {
            headers
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|part| part.trim().parse::<IpAddr>().ok())
                .next_back()
        });
        from_header
            .or(peer.map(|p| p.ip()))
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
    }

    pub fn check_address(&self, address: IpAddr) -> Result<(), ApiError> {
        match &self.by_address {
            None => Ok(()),
            Some(limiter) => limiter.check_key(&address).map_err(|not_until| {
                ApiError::RateLimited(not_until.wait_time_from(self.clock.now()))
            }),
        }
    }

    /// Counts an attempt with this identity, whether or not it matches a voter.
    pub fn check_identity(&self, identity: &Identity) -> Result<(), ApiError> {
        let Some(limiter) = &self.by_identity else {
            return Ok(());
        };
        let mut hasher = Sha256::new();
        for part in [
            name_key(identity.first_name.as_str()),
            last_name_key(identity.last_name.as_str()),
            identity.date_of_birth.to_iso(),
            identity.zip.as_str().to_string(),
        ] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
        let key: [u8; 32] = hasher.finalize().into();
        limiter
            .check_key(&key)
            .map_err(|not_until| ApiError::RateLimited(not_until.wait_time_from(self.clock.now())))
    }

    /// Drops keys whose limit has fully recovered, so memory follows recent traffic only.
    pub fn forget_recovered(&self) {
        if let Some(limiter) = &self.by_address {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        if let Some(limiter) = &self.by_identity {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// Middleware for the voter-facing routes: the per-address limit.
pub async fn limit_by_address(
    State(limits): State<Arc<RateLimits>>,
    request: Request,
    next: Next,
) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let address = limits.client_address(request.headers(), peer);
    match limits.check_address(address) {
        Ok(()) => next.run(request).await,
        Err(error) => error.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(header: Option<&str>) -> RateLimits {
        RateLimits::new(&RateLimitConfig {
            per_address_per_minute: 2,
            per_identity_per_hour: 1,
            client_ip_header: header.map(|h| HeaderName::from_bytes(h.as_bytes()).unwrap()),
        })
    }

    #[test]
    fn the_address_comes_from_the_trusted_header_only() {
        let peer: SocketAddr = "10.0.0.9:5000".parse().unwrap();
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "1.2.3.4, 5.6.7.8".parse().unwrap());
        assert_eq!(
            limits(None).client_address(&headers, Some(peer)),
            peer.ip(),
            "no header configured: a client's header is ignored"
        );
        assert_eq!(
            limits(Some("x-forwarded-for")).client_address(&headers, Some(peer)),
            "5.6.7.8".parse::<IpAddr>().unwrap(),
            "the address the proxy appended, not the one the client claimed"
        );
    }

    #[test]
    fn past_the_limit_comes_a_wait() {
        let limits = limits(None);
        let address: IpAddr = "1.2.3.4".parse().unwrap();
        assert!(limits.check_address(address).is_ok());
        assert!(limits.check_address(address).is_ok());
        match limits.check_address(address) {
            Err(ApiError::RateLimited(wait)) => assert!(wait.as_secs() <= 30),
            other => panic!("expected a rate limit, got {other:?}"),
        }
        assert!(limits.check_address("1.2.3.5".parse().unwrap()).is_ok());
    }
}
