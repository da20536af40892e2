//! Rate limits on the voter-facing endpoints, so that nobody can use sign-up or look-up to learn
//! who is registered, whichever and however many addresses they come from. Past a limit, 429
//! with `Retry-After`.
//!
//! - Per client address, every voter-facing request (`RATE_LIMIT_PER_ADDRESS_PER_MINUTE`, 60):
//!   generous, because a mobile carrier puts thousands of voters behind one address; IPv6
//!   addresses count per /64, the block one subscriber gets.
//! - Per identity (name, date of birth and ZIP), misses only (`RATE_LIMIT_PER_IDENTITY_PER_HOUR`,
//!   10): someone holding a voter's true details succeeds and counts nothing, so they cannot
//!   lock the voter out.
//! - Per sweep, misses only (`RATE_LIMIT_SWEEP_MISSES_PER_HOUR`, 5): trying dates of birth for
//!   one name and ZIP, ZIP codes for one name and date of birth, or names for one date of birth
//!   and ZIP, stops after a few misses.
//! - Per deployment, misses per day (`DAILY_MISS_BUDGET`, 20,000): a spread-out enumeration of
//!   a purchased list ends there for the day, and operators see it in the log.
//!
//! A look-up counts as a miss before it is matched, and a match gives it back: counted only
//! after matching, a burst of look-ups at once would all pass the check before the first miss
//! was counted.
//!
//! Counters are fixed windows kept in this process, or, with `RATE_LIMIT_STORE=database`, in
//! the database, so that every instance behind a load balancer spends one budget. Keys are
//! SHA-256 hashes: no counter holds a name, a birth date or an address.

use crate::config::RateLimitConfig;
use crate::domain::signature_cures::Refusal;
use crate::http::error::ApiError;
use crate::ip_net::canonical;
pub use crate::ip_net::IpNet;
use crate::store::{rate_counters, Store};
use axum::extract::{ConnectInfo, FromRef, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ballot_shared::name::{last_name_key, name_key};
use ballot_shared::signup::Identity;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::sync::Mutex;
use std::time::Duration;

const MINUTE: i64 = 60;
const HOUR: i64 = 3600;
const DAY: i64 = 86_400;
/// The window of a cure's wrong dates per election: longer than any election's cure period
/// (ballots are counted within weeks). Windows are fixed, so one may end during a cure
/// period and start the count again: at worst twice the cap.
const CURE_PERIOD: i64 = 366 * DAY;

/// References asked about that we never sent, per address and hour, before `/verify` waits.
const REFERENCE_MISSES_PER_HOUR: u32 = 20;

pub struct RateLimits {
    config: RateLimitConfig,
    counters: Counters,
}

enum Counters {
    /// Key -> (window length, window start, count), in this process.
    Memory(Mutex<HashMap<[u8; 32], (i64, i64, u32)>>),
    /// `rate_counter`, shared by every instance on the database.
    Database(Store),
}

impl Counters {
    async fn count(&self, key: &[u8; 32], window: i64, now: i64) -> Result<u32, sqlx::Error> {
        let start = now - now.rem_euclid(window);
        match self {
            Counters::Memory(map) => {
                let map = map.lock().expect("rate limit lock");
                let count = map
                    .get(key)
                    .filter(|(w, s, _)| *w == window && *s == start)
                    .map_or(0, |(_, _, n)| *n);
                Ok(count)
            }
            Counters::Database(store) => rate_counters::count(store.pool(), &hex(key), start).await,
        }
    }

    async fn add(&self, key: &[u8; 32], window: i64, now: i64) -> Result<u32, sqlx::Error> {
        let start = now - now.rem_euclid(window);
        match self {
            Counters::Memory(map) => {
                let mut map = map.lock().expect("rate limit lock");
                let entry = map.entry(*key).or_insert((window, start, 0));
                if entry.0 != window || entry.1 != start {
                    *entry = (window, start, 0);
                }
                entry.2 = entry.2.saturating_add(1);
                Ok(entry.2)
            }
            Counters::Database(store) => {
                rate_counters::add(store.pool(), &hex(key), start, start + window).await
            }
        }
    }

    /// Takes back one `add` made in the window holding `at`.
    async fn subtract(&self, key: &[u8; 32], window: i64, at: i64) -> Result<(), sqlx::Error> {
        let start = at - at.rem_euclid(window);
        match self {
            Counters::Memory(map) => {
                let mut map = map.lock().expect("rate limit lock");
                if let Some(entry) = map.get_mut(key) {
                    if entry.0 == window && entry.1 == start {
                        entry.2 = entry.2.saturating_sub(1);
                    }
                }
                Ok(())
            }
            Counters::Database(store) => {
                rate_counters::subtract(store.pool(), &hex(key), start).await
            }
        }
    }
}

/// Misses counted ahead for one look-up (`RateLimits::reserve_identity`), until it is settled.
#[must_use = "settle it once the look-up is matched"]
pub struct Reservation {
    counters: Vec<([u8; 32], i64)>,
    at: i64,
}

/// A cure's date of birth counted ahead (`RateLimits::reserve_cure_check`), until it is checked.
#[must_use = "settle it once the date is checked"]
pub struct CureCheck {
    reservation: Reservation,
    /// Past the hour's limit: how long a wrong date waits.
    wait: Option<Duration>,
}

fn hex(key: &[u8; 32]) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

fn key(parts: &[&str]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize().into()
}

fn now_seconds() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// Seconds until the window holding `now` ends.
fn wait(window: i64, now: i64) -> Duration {
    Duration::from_secs((window - now.rem_euclid(window)).max(1) as u64)
}

/// The counters an identity touches when it misses.
fn identity_keys(identity: &Identity) -> [(&'static str, [u8; 32]); 4] {
    let first = name_key(identity.first_name.as_str());
    let last = last_name_key(identity.last_name.as_str());
    let dob = identity.date_of_birth.to_iso();
    let zip = identity.zip.as_str();
    [
        ("identity", key(&["identity", &first, &last, &dob, zip])),
        ("sweep", key(&["name+zip", &first, &last, zip])),
        ("sweep", key(&["name+dob", &first, &last, &dob])),
        ("sweep", key(&["dob+zip", &dob, zip])),
    ]
}

impl RateLimits {
    pub fn new(config: &RateLimitConfig, store: &Store) -> Self {
        Self {
            config: config.clone(),
            counters: if config.shared {
                Counters::Database(store.clone())
            } else {
                Counters::Memory(Mutex::default())
            },
        }
    }

    /// The client's address: the connection's peer, unless the peer is one of the configured
    /// proxies (`TRUSTED_PROXIES`); then the last address in `CLIENT_IP_HEADER` that is not
    /// itself a trusted proxy. A header from anyone else is ignored: it is the client's claim.
    pub fn client_address(&self, headers: &HeaderMap, peer: Option<SocketAddr>) -> IpAddr {
        let peer = peer
            .map(|p| canonical(p.ip()))
            .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        let Some(name) = &self.config.client_ip_header else {
            return peer;
        };
        if !self.config.trusted_proxies.iter().any(|n| n.contains(peer)) {
            return peer;
        }
        let chain: Vec<IpAddr> = headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|part| part.trim().parse::<IpAddr>().ok())
            .map(canonical)
            .collect();
        chain
            .into_iter()
            .rev()
            .find(|ip| !self.config.trusted_proxies.iter().any(|n| n.contains(*ip)))
            .unwrap_or(peer)
    }

    /// Counts a request from `address`; past the limit, how long to wait.
    pub async fn check_address(&self, address: IpAddr) -> Result<(), ApiError> {
        let limit = self.config.per_address_per_minute;
        if limit == 0 {
            return Ok(());
        }
        let now = now_seconds();
        let count = self
            .counters
            .add(&key(&["address", &address_block(address)]), MINUTE, now)
            .await?;
        if count > limit {
            return Err(ApiError::RateLimited(wait(MINUTE, now)));
        }
        Ok(())
    }

    /// `/verify`: an address that asked about too many references that do not exist (someone
    /// guessing) waits; looking up real ones costs nothing.
    pub async fn check_reference_misses(&self, address: IpAddr) -> Result<(), ApiError> {
        let now = now_seconds();
        let counter = key(&["reference-misses", &address_block(address)]);
        if self.counters.count(&counter, HOUR, now).await? >= REFERENCE_MISSES_PER_HOUR {
            return Err(ApiError::RateLimited(wait(HOUR, now)));
        }
        Ok(())
    }

    pub async fn record_reference_miss(&self, address: IpAddr) -> Result<(), ApiError> {
        let counter = key(&["reference-misses", &address_block(address)]);
        self.counters.add(&counter, HOUR, now_seconds()).await?;
        Ok(())
    }

    /// Counts a miss for the identity, its sweeps and the day's budget before it is matched;
    /// refuses it (counting nothing) when any of them is past its limit.
    pub async fn reserve_identity(&self, identity: &Identity) -> Result<Reservation, ApiError> {
        let config = &self.config;
        let mut limited: Vec<([u8; 32], i64, u32)> = Vec::with_capacity(5);
        limited.push((key(&["daily-misses"]), DAY, config.daily_miss_budget));
        for (kind, counter) in identity_keys(identity) {
            let limit = match kind {
                "identity" => config.identity_misses_per_hour,
                _ => config.sweep_misses_per_hour,
            };
            limited.push((counter, HOUR, limit));
        }
        self.reserve(limited).await
    }

    /// A signature cure's date of birth, checked against the voter of a subscription (issue
    /// 16), counted ahead as a miss against the subscription (all its links together: a status
    /// and a manage link are not two budgets), so that a burst of guesses sent at once is
    /// counted before any is checked; a right date gives it back (`settle_cure_check`).
    ///
    /// - Per election (`CURE_DOB_MISSES_PER_ELECTION`): past it, nothing is checked, the right
    ///   date included (otherwise the cap would bound nothing), and the voter is told to
    ///   contact the county. This bounds guessing in all: 10, not 5 an hour until the deadline.
    /// - Per hour (`RATE_LIMIT_SWEEP_MISSES_PER_HOUR`): past it the date is still checked, and
    ///   only a wrong one waits. Refusing the right one too let whoever holds a forwarded link
    ///   spend the hour's tries and keep the voter out, hour after hour.
    ///
    /// Not the deployment's `DAILY_MISS_BUDGET`: look-ups spending it (an enumeration of a
    /// purchased list) would stop every voter's cure until the next day, and cure tries need
    /// no deployment-wide bound: each needs a subscription's link and is capped per election,
    /// and subscriptions are made by sign-ups, which draw on that budget.
    pub async fn reserve_cure_check(
        &self,
        subscription_id: i64,
        election_id: &str,
    ) -> Result<CureCheck, ApiError> {
        let now = now_seconds();
        let subscription = subscription_id.to_string();
        let mut reservation = Reservation {
            counters: Vec::with_capacity(2),
            at: now,
        };
        let election = key(&["cure-dob-election", &subscription, election_id]);
        let counted = self.counters.add(&election, CURE_PERIOD, now).await?;
        reservation.counters.push((election, CURE_PERIOD));
        let cap = self.config.cure_dob_misses_per_election;
        if cap > 0 && counted > cap {
            self.give_back(reservation).await;
            return Err(ApiError::CureRefused(Refusal::TooManyDates));
        }
        let hourly = key(&["cure-dob", &subscription]);
        let counted = match self.counters.add(&hourly, HOUR, now).await {
            Ok(n) => n,
            Err(error) => {
                self.give_back(reservation).await;
                return Err(error.into());
            }
        };
        reservation.counters.push((hourly, HOUR));
        let limit = self.config.sweep_misses_per_hour;
        Ok(CureCheck {
            reservation,
            wait: (limit > 0 && counted > limit).then(|| wait(HOUR, now)),
        })
    }

    /// After the cure was checked: a wrong date keeps its count, and past the hour's limit
    /// answers with the wait; anything else gives the count back.
    pub async fn settle_cure_check(&self, check: CureCheck, missed: bool) -> Result<(), ApiError> {
        if !missed {
            self.give_back(check.reservation).await;
            return Ok(());
        }
        match check.wait {
            Some(wait) => Err(ApiError::RateLimited(wait)),
            None => Ok(()),
        }
    }

    /// Counts a miss on each `(counter, window, limit)` ahead; refuses (counting nothing)
    /// when any of them is past its limit.
    async fn reserve(&self, limited: Vec<([u8; 32], i64, u32)>) -> Result<Reservation, ApiError> {
        let now = now_seconds();
        let config = &self.config;
        let mut reservation = Reservation {
            counters: Vec::with_capacity(limited.len()),
            at: now,
        };
        let mut refused: Option<(i64, bool)> = None;
        for (counter, window, limit) in limited {
            let counted = match self.counters.add(&counter, window, now).await {
                Ok(n) => n,
                Err(error) => {
                    self.give_back(reservation).await;
                    return Err(error.into());
                }
            };
            reservation.counters.push((counter, window));
            if limit > 0 && counted > limit && refused.is_none() {
                refused = Some((window, window == DAY));
            }
        }
        if let Some((window, daily)) = refused {
            self.give_back(reservation).await;
            if daily {
                tracing::error!(
                    budget = config.daily_miss_budget,
                    "the day's budget of look-ups that match nobody is spent: refusing sign-ups and look-ups until tomorrow (UTC)"
                );
            }
            return Err(ApiError::RateLimited(wait(window, now)));
        }
        Ok(reservation)
    }

    /// After matching: a miss keeps what was counted; anything else gives it back.
    pub async fn settle(&self, reservation: Reservation, missed: bool) {
        if !missed {
            self.give_back(reservation).await;
        }
    }

    async fn give_back(&self, reservation: Reservation) {
        for (counter, window) in reservation.counters {
            if let Err(error) = self
                .counters
                .subtract(&counter, window, reservation.at)
                .await
            {
                let error = crate::redact::redact(&error.to_string());
                tracing::warn!(%error, "could not give back a counted miss");
            }
        }
    }

    /// Drops counters whose window is over, so memory follows recent traffic only (the
    /// database's are deleted the same way).
    pub async fn forget_recovered(&self) {
        let now = now_seconds();
        match &self.counters {
            Counters::Memory(map) => {
                let mut map = map.lock().expect("rate limit lock");
                map.retain(|_, (window, start, _)| *start + *window > now);
            }
            Counters::Database(store) => {
                if let Err(error) = rate_counters::delete_ended(store.pool(), now).await {
                    let error = crate::redact::redact(&error.to_string());
                    tracing::warn!(%error, "could not delete old rate counters");
                }
            }
        }
    }
}

/// What one subscriber holds: an IPv4 address, or an IPv6 /64 (as its first address).
pub fn block(ip: IpAddr) -> IpAddr {
    match canonical(ip) {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !((1u128 << 64) - 1))),
        v4 => v4,
    }
}

fn address_block(ip: IpAddr) -> String {
    match block(ip) {
        IpAddr::V6(v6) => format!("{v6}/64"),
        v4 => v4.to_string(),
    }
}

/// The client's address as the limits see it (`RateLimits::client_address`).
pub struct ClientAddress(pub IpAddr);

impl<S> FromRequestParts<S> for ClientAddress
where
    Arc<RateLimits>: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let limits = Arc::<RateLimits>::from_ref(state);
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0);
        Ok(ClientAddress(limits.client_address(&parts.headers, peer)))
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
    match limits.check_address(address).await {
        Ok(()) => next.run(request).await,
        Err(error) => error.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderName;

    fn config(header: Option<&str>, trusted: &[&str]) -> RateLimitConfig {
        RateLimitConfig {
            per_address_per_minute: 2,
            identity_misses_per_hour: 1,
            sweep_misses_per_hour: 5,
            daily_miss_budget: 0,
            cure_dob_misses_per_election: 10,
            client_ip_header: header.map(|h| HeaderName::from_bytes(h.as_bytes()).unwrap()),
            trusted_proxies: trusted.iter().filter_map(|t| IpNet::parse(t)).collect(),
            shared: false,
        }
    }

    fn limits(header: Option<&str>, trusted: &[&str]) -> RateLimits {
        RateLimits {
            config: config(header, trusted),
            counters: Counters::Memory(Mutex::default()),
        }
    }

    #[test]
    fn the_header_is_believed_only_from_a_configured_proxy() {
        let proxy: SocketAddr = "10.0.0.9:5000".parse().unwrap();
        let stranger: SocketAddr = "198.51.100.7:5000".parse().unwrap();
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", "1.2.3.4, 5.6.7.8".parse().unwrap());
        assert_eq!(
            limits(None, &[]).client_address(&headers, Some(proxy)),
            proxy.ip(),
            "no header configured: a client's header is ignored"
        );
        let limits = limits(Some("x-forwarded-for"), &["10.0.0.0/8"]);
        assert_eq!(
            limits.client_address(&headers, Some(proxy)),
            "5.6.7.8".parse::<IpAddr>().unwrap(),
            "from the proxy: the address it appended, not the one the client claimed"
        );
        assert_eq!(
            limits.client_address(&headers, Some(stranger)),
            stranger.ip(),
            "straight from a client: its header is its own claim, ignored"
        );
        // Two proxies in a row: the last address that is not one of ours.
        headers.insert(
            "x-forwarded-for",
            "1.2.3.4, 5.6.7.8, 10.1.1.1".parse().unwrap(),
        );
        assert_eq!(
            limits.client_address(&headers, Some(proxy)),
            "5.6.7.8".parse::<IpAddr>().unwrap()
        );
    }

    #[test]
    fn ipv6_counts_per_64_and_mapped_ipv4_is_ipv4() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(address_block(a), address_block(b));
        assert_ne!(address_block(a), address_block(c));
        assert_eq!(
            address_block("::ffff:192.0.2.1".parse().unwrap()),
            "192.0.2.1"
        );
        let net = IpNet::parse("2001:db8::/32").unwrap();
        assert!(net.contains(a) && !net.contains("2001:db9::1".parse().unwrap()));
        assert!(IpNet::parse("10.0.0.0/33").is_none());
        assert!(IpNet::parse("10.0.0.1")
            .unwrap()
            .contains("10.0.0.1".parse().unwrap()));
    }

    #[tokio::test]
    async fn past_the_limit_comes_a_wait() {
        let limits = limits(None, &[]);
        let address: IpAddr = "1.2.3.4".parse().unwrap();
        assert!(limits.check_address(address).await.is_ok());
        assert!(limits.check_address(address).await.is_ok());
        match limits.check_address(address).await {
            Err(ApiError::RateLimited(wait)) => assert!(wait.as_secs() <= 60),
            other => panic!("expected a rate limit, got {other:?}"),
        }
        assert!(limits
            .check_address("1.2.3.5".parse().unwrap())
            .await
            .is_ok());
    }
}
