//! Settings, read once from the environment at start-up and validated there; nothing else
//! reads the environment.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Config {
    /// `DATABASE_URL`: the embedded default is an SQLite file under `data/`.
    pub database_url: String,
    /// `BIND`: address of the HTTP server.
    pub bind: SocketAddr,
    /// `PUBLIC_URL`: how voters reach this service, for links in messages.
    pub public_url: String,
    /// `DIST_DIR`: the built single-page app (`trunk build --release` writes `dist/`).
    pub dist_dir: PathBuf,
    /// `MESSAGE_CAPTURE_DIR`: where delivered messages are written when no provider is set up
    /// (the embedded default), so a newcomer can read them.
    pub capture_dir: PathBuf,
    /// `WORKER_INTERVAL_MS`: how often the outbox worker looks for due messages.
    pub worker_interval: Duration,
    /// `REQUEST_TIMEOUT_MS`: how long a request (other than a file upload or an event stream)
    /// may take before it is abandoned, rolled back, and answered 503. Default 10 s.
    pub request_timeout: Duration,
    /// `WORKER_LEASE_MS`: how long a worker's claim on a batch holds; a worker that dies
    /// mid-batch frees its messages for another after this. Default 60 s.
    pub worker_lease: Duration,
    pub rate_limits: RateLimitConfig,
    /// `RUN_WORKER`: deliver messages from the `serve` process (default) or only from a
    /// separate `worker` process.
    pub run_worker: bool,
    /// `SMTP_URL` (`smtp://host:25`, `smtps://user:pass@host`): send email; unset, capture it.
    pub smtp_url: Option<String>,
    /// `SMTP_FROM`: the address emails come from; the county is the display name.
    pub smtp_from: String,
    /// `TWILIO_ACCOUNT_SID`, `TWILIO_AUTH_TOKEN`, `TWILIO_FROM` (and `TWILIO_API_BASE`):
    /// send texts and place calls; unset, capture them.
    pub twilio: Option<TwilioConfig>,
    /// `DKIM_DOMAIN`, `DKIM_SELECTOR`, `DKIM_PRIVATE_KEY_FILE`: sign every email.
    pub dkim: Option<DkimConfig>,
    /// `DEPLOYMENT=production` (default `development`): refuse channels without a provider,
    /// and refuse to start with any development setting on.
    pub production: bool,
    /// `MESSAGE_VIEWER=true`: a development setting that serves captured messages at
    /// `/messages`, to loopback clients only, when every channel is captured.
    pub message_viewer: bool,
    /// `ALLOW_UNSIGNED_WEBHOOKS=true`: a development setting that accepts provider webhooks
    /// without a signature when no provider is configured (to try STOP, YES and key presses).
    pub allow_unsigned_webhooks: bool,
    /// `PHONE_COUNTRY_CODES` (`1,44,52`): countries texts and calls may go to; unset, all.
    pub phone_country_codes: Option<Vec<String>>,
    /// `MANAGE_LINK_DAYS` (14): how long a manage link works.
    pub link_lifetimes: LinkLifetimes,
    /// `CONFIRMATIONS_PER_DESTINATION_PER_DAY` (3), `CONFIRMATIONS_PER_SUBSCRIPTION_PER_DAY` (5).
    pub confirmation_caps: ConfirmationCaps,
    pub status_streams: StatusStreamLimits,
    /// `OPERATIONS_TOKEN`: when set, `/metrics` and `/readyz` need `Authorization: Bearer` it.
    pub operations_token: Option<String>,
    /// `RETENTION_DAYS` (90): an election's voters, subscriptions, events and messages are
    /// purged this many days after it is certified.
    pub retention_days: i64,
    /// `BROADCAST_APPROVAL_THRESHOLD` (1000): a broadcast to more voters than this needs a
    /// second operator key to approve it.
    pub broadcast_approval_threshold: i64,
    /// `CURE_ENCRYPTION_KEY`: 64 hex characters (32 random bytes, `openssl rand -hex 32`)
    /// that encrypt the signature cures voters send (issue 16). Unset, the service takes no
    /// cures: it will not store a signature in the clear.
    pub cure_key: Option<CureKey>,
}

/// The key that encrypts signature cures at rest. Never printed: `Debug` says only that it
/// is set.
#[derive(Clone, PartialEq, Eq)]
pub struct CureKey(pub [u8; 32]);

impl std::fmt::Debug for CureKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CureKey(..)")
    }
}

impl CureKey {
    /// 64 hex digits, either case.
    pub fn parse_hex(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let mut key = [0u8; 32];
        for (i, byte) in key.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
        }
        Some(Self(key))
    }
}

/// DKIM signing of every email (RFC 6376), with the key the county publishes in DNS at
/// `<selector>._domainkey.<domain>`.
#[derive(Clone)]
pub struct DkimConfig {
    pub domain: String,
    pub selector: String,
    /// PKCS#1 PEM (`BEGIN RSA PRIVATE KEY`), read once at start-up.
    pub private_key_pem: String,
}

impl std::fmt::Debug for DkimConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DkimConfig")
            .field("domain", &self.domain)
            .field("selector", &self.selector)
            .finish_non_exhaustive()
    }
}

/// Live status pages (Server-Sent Events) hold a connection each: a cap per client address, a
/// cap in all, and a lifetime after which the browser reconnects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusStreamLimits {
    /// `STATUS_STREAMS_PER_ADDRESS` (8).
    pub per_address: usize,
    /// `STATUS_STREAMS_TOTAL` (5000).
    pub total: usize,
    /// `STATUS_STREAM_LIFETIME_S` (1800).
    pub lifetime: Duration,
}

#[derive(Debug, Clone)]
pub struct TwilioConfig {
    pub api_base: String,
    pub account_sid: String,
    pub auth_token: String,
    /// The number texts and calls come from, E.164.
    pub from: String,
}

impl TwilioConfig {
    /// Every number our texts and calls come from (the verify page lists them).
    pub fn senders(&self) -> Vec<&str> {
        vec![self.from.as_str()]
    }
}

/// Limits on the voter-facing endpoints (`rate_limits`); 0 turns one off.
#[derive(Debug, Clone)]
pub struct RateLimitConfig {
    /// `RATE_LIMIT_PER_ADDRESS_PER_MINUTE`, default 60: requests from one client address (an
    /// IPv6 /64).
    pub per_address_per_minute: u32,
    /// `RATE_LIMIT_PER_IDENTITY_PER_HOUR`, default 10: sign-ups and look-ups with one name,
    /// date of birth and ZIP that matched nobody, whoever sent them.
    pub identity_misses_per_hour: u32,
    /// `RATE_LIMIT_SWEEP_MISSES_PER_HOUR`, default 5: misses for one name and ZIP (a sweep of
    /// birth dates) or one name and birth date (a sweep of ZIP codes).
    pub sweep_misses_per_hour: u32,
    /// `DAILY_MISS_BUDGET`, default 20,000: misses in a day, all identities together.
    pub daily_miss_budget: u32,
    /// `CURE_DOB_MISSES_PER_ELECTION`, default 10: wrong dates of birth sent with one
    /// subscription's links for a signature cure in one election, after which its cures go
    /// through the county. The right date passes under the hourly limit (so a forwarded link
    /// cannot lock the voter out for an hour), so this is what bounds guessing in all.
    pub cure_dob_misses_per_election: u32,
    /// `CLIENT_IP_HEADER`: behind a proxy, the header it puts the client's address in
    /// (`X-Forwarded-For`, `X-Real-IP`); unset, the connection's own address counts.
    pub client_ip_header: Option<axum::http::HeaderName>,
    /// `TRUSTED_PROXIES` (`10.0.0.0/8,192.0.2.7`): the only peers whose header is believed.
    pub trusted_proxies: Vec<crate::ip_net::IpNet>,
    /// `RATE_LIMIT_STORE=database`: counters in the database, one budget for all instances.
    pub shared: bool,
}

#[derive(Debug, thiserror::Error)]
#[error("{name}: {problem}")]
pub struct ConfigError {
    name: &'static str,
    problem: String,
}

/// Largest request body of the voter-facing JSON endpoints: a sign-up is well under 2 KiB.
pub const JSON_BODY_LIMIT: usize = 16 * 1024;

/// Largest signature cure: a 10 MB image in base64 (4/3 as long) with the rest of its JSON.
pub const CURE_BODY_LIMIT: usize = 14 * 1024 * 1024;

/// Largest operator upload over HTTP (voter rows, ballot events); bigger files go through
/// the `import-voters` and `import-events` commands, which stream.
pub const ADMIN_BODY_LIMIT: usize = 64 * 1024 * 1024;

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Builds the configuration from any source of variables (tests pass a closure).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| get(name).filter(|v| !v.trim().is_empty());
        let bind_text = get("BIND").unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind: SocketAddr = bind_text.parse().map_err(|_| ConfigError {
            name: "BIND",
            problem: format!("{bind_text:?} is not an address like 127.0.0.1:8080"),
        })?;
        let public_url = get("PUBLIC_URL")
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_string();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError {
                name: "PUBLIC_URL",
                problem: "must start with http:// or https://".into(),
            });
        }
        let milliseconds = |name: &'static str, default: u64| match get(name) {
            None => Ok(default),
            Some(text) => text
                .parse::<u64>()
                .ok()
                .filter(|ms| *ms > 0)
                .ok_or(ConfigError {
                    name,
                    problem: format!("{text:?} is not a positive number of milliseconds"),
                }),
        };
        let interval_ms = milliseconds("WORKER_INTERVAL_MS", 500)?;
        let request_timeout_ms = milliseconds("REQUEST_TIMEOUT_MS", 10_000)?;
        let worker_lease_ms = milliseconds("WORKER_LEASE_MS", 60_000)?;
        let count = |name: &'static str, default: u32| match get(name) {
            None => Ok(default),
            Some(text) => text.trim().parse::<u32>().map_err(|_| ConfigError {
                name,
                problem: format!("{text:?} is not a whole number (0 turns the limit off)"),
            }),
        };
        let client_ip_header = match get("CLIENT_IP_HEADER") {
            None => None,
            Some(text) => Some(
                axum::http::HeaderName::from_bytes(text.trim().as_bytes()).map_err(|_| {
                    ConfigError {
                        name: "CLIENT_IP_HEADER",
                        problem: format!("{text:?} is not a header name"),
                    }
                })?,
            ),
        };
        let flag = |name: &'static str, default: bool| match get(name).as_deref() {
            None => Ok(default),
            Some("true") | Some("1") => Ok(true),
            Some("false") | Some("0") => Ok(false),
            Some(other) => Err(ConfigError {
                name,
                problem: format!("{other:?} is not true or false"),
            }),
        };
        let trusted_proxies = match get("TRUSTED_PROXIES") {
            None => Vec::new(),
            Some(text) => text
                .split(',')
                .filter(|t| !t.trim().is_empty())
                .map(|t| {
                    crate::ip_net::IpNet::parse(t).ok_or(ConfigError {
                        name: "TRUSTED_PROXIES",
                        problem: format!(
                            "{:?} is not an address or a block like 10.0.0.0/8",
                            t.trim()
                        ),
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
        };
        if client_ip_header.is_some() && trusted_proxies.is_empty() {
            return Err(ConfigError {
                name: "CLIENT_IP_HEADER",
                problem: "needs TRUSTED_PROXIES, the proxies whose header is believed (from anyone else it is the client's own claim)".into(),
            });
        }
        let rate_limits = RateLimitConfig {
            per_address_per_minute: count("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", 60)?,
            identity_misses_per_hour: count("RATE_LIMIT_PER_IDENTITY_PER_HOUR", 10)?,
            sweep_misses_per_hour: count("RATE_LIMIT_SWEEP_MISSES_PER_HOUR", 5)?,
            daily_miss_budget: count("DAILY_MISS_BUDGET", 20_000)?,
            cure_dob_misses_per_election: count("CURE_DOB_MISSES_PER_ELECTION", 10)?,
            client_ip_header,
            trusted_proxies,
            shared: match get("RATE_LIMIT_STORE").as_deref() {
                None | Some("memory") => false,
                Some("database") => true,
                Some(other) => {
                    return Err(ConfigError {
                        name: "RATE_LIMIT_STORE",
                        problem: format!("{other:?} is not memory or database"),
                    })
                }
            },
        };
        let run_worker = flag("RUN_WORKER", true)?;
        let production = match get("DEPLOYMENT").as_deref() {
            None | Some("development") => false,
            Some("production") => true,
            Some(other) => {
                return Err(ConfigError {
                    name: "DEPLOYMENT",
                    problem: format!("{other:?} is not production or development"),
                })
            }
        };
        let message_viewer = flag("MESSAGE_VIEWER", false)?;
        let allow_unsigned_webhooks = flag("ALLOW_UNSIGNED_WEBHOOKS", false)?;
        for (name, on) in [
            ("MESSAGE_VIEWER", message_viewer),
            ("ALLOW_UNSIGNED_WEBHOOKS", allow_unsigned_webhooks),
        ] {
            if production && on {
                return Err(ConfigError {
                    name,
                    problem: "is a development setting; DEPLOYMENT=production refuses it".into(),
                });
            }
        }
        let phone_country_codes = match get("PHONE_COUNTRY_CODES") {
            None => None,
            Some(text) if text.trim().eq_ignore_ascii_case("all") => None,
            Some(text) => Some(
                text.split(',')
                    .map(|c| c.trim().trim_start_matches('+').to_string())
                    .map(|c| {
                        if !c.is_empty() && c.len() <= 3 && c.bytes().all(|b| b.is_ascii_digit()) {
                            Ok(c)
                        } else {
                            Err(ConfigError {
                                name: "PHONE_COUNTRY_CODES",
                                problem: format!(
                                    "{c:?} is not a country calling code like 1 or 44"
                                ),
                            })
                        }
                    })
                    .collect::<Result<Vec<_>, _>>()?,
            ),
        };
        let whole = |name: &'static str, default: u64| match get(name) {
            None => Ok(default),
            Some(text) => text
                .trim()
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or(ConfigError {
                    name,
                    problem: format!("{text:?} is not a positive whole number"),
                }),
        };
        let link_lifetimes = LinkLifetimes {
            manage: crate::clock::days(whole("MANAGE_LINK_DAYS", 14)? as i64),
            ..Default::default()
        };
        let confirmation_caps = ConfirmationCaps {
            per_destination: whole("CONFIRMATIONS_PER_DESTINATION_PER_DAY", 3)? as i64,
            per_subscription: whole("CONFIRMATIONS_PER_SUBSCRIPTION_PER_DAY", 5)? as i64,
        };
        let status_streams = StatusStreamLimits {
            per_address: whole("STATUS_STREAMS_PER_ADDRESS", 8)? as usize,
            total: whole("STATUS_STREAMS_TOTAL", 5000)? as usize,
            lifetime: Duration::from_secs(whole("STATUS_STREAM_LIFETIME_S", 1800)?),
        };
        let dkim = match get("DKIM_DOMAIN") {
            None => None,
            Some(domain) => {
                let need = |name: &'static str| {
                    get(name).ok_or(ConfigError {
                        name,
                        problem: "is needed with DKIM_DOMAIN".into(),
                    })
                };
                let selector = need("DKIM_SELECTOR")?;
                let path = need("DKIM_PRIVATE_KEY_FILE")?;
                let private_key_pem = std::fs::read_to_string(&path).map_err(|e| ConfigError {
                    name: "DKIM_PRIVATE_KEY_FILE",
                    problem: format!("cannot read {path}: {e}"),
                })?;
                if lettre::message::dkim::DkimSigningKey::new(
                    &private_key_pem,
                    lettre::message::dkim::DkimSigningAlgorithm::Rsa,
                )
                .is_err()
                {
                    return Err(ConfigError {
                        name: "DKIM_PRIVATE_KEY_FILE",
                        problem: format!(
                            "{path} is not an RSA private key in PKCS#1 PEM (BEGIN RSA PRIVATE KEY; `openssl genrsa -traditional 2048` writes one)"
                        ),
                    });
                }
                Some(DkimConfig {
                    domain: domain.trim().to_ascii_lowercase(),
                    selector: selector.trim().to_string(),
                    private_key_pem,
                })
            }
        };
        let twilio = match get("TWILIO_ACCOUNT_SID") {
            None => None,
            Some(account_sid) => {
                let need = |name: &'static str| {
                    get(name).ok_or(ConfigError {
                        name,
                        problem: "is needed with TWILIO_ACCOUNT_SID".into(),
                    })
                };
                Some(TwilioConfig {
                    api_base: get("TWILIO_API_BASE")
                        .unwrap_or_else(|| "https://api.twilio.com".into())
                        .trim_end_matches('/')
                        .to_string(),
                    account_sid,
                    auth_token: need("TWILIO_AUTH_TOKEN")?,
                    from: need("TWILIO_FROM")?,
                })
            }
        };
        let smtp_from = get("SMTP_FROM").unwrap_or_else(|| "wheres-my-ballot@localhost".into());
        if smtp_from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(ConfigError {
                name: "SMTP_FROM",
                problem: format!("{smtp_from:?} is not an email address"),
            });
        }
        let operations_token = get("OPERATIONS_TOKEN");
        if operations_token.as_ref().is_some_and(|t| t.len() < 16) {
            return Err(ConfigError {
                name: "OPERATIONS_TOKEN",
                problem: "must be at least 16 characters".into(),
            });
        }
        let cure_key = match get("CURE_ENCRYPTION_KEY") {
            None => None,
            Some(text) => Some(CureKey::parse_hex(&text).ok_or(ConfigError {
                name: "CURE_ENCRYPTION_KEY",
                problem: "must be 64 hex characters, 32 random bytes (openssl rand -hex 32)".into(),
            })?),
        };
        Ok(Self {
            cure_key,
            dkim,
            production,
            message_viewer,
            allow_unsigned_webhooks,
            phone_country_codes,
            link_lifetimes,
            confirmation_caps,
            status_streams,
            operations_token,
            retention_days: whole("RETENTION_DAYS", 90)? as i64,
            broadcast_approval_threshold: whole("BROADCAST_APPROVAL_THRESHOLD", 1000)? as i64,
            smtp_url: get("SMTP_URL"),
            smtp_from,
            twilio,
            database_url: get("DATABASE_URL").unwrap_or_else(|| "sqlite://data/ballot.db".into()),
            bind,
            public_url,
            dist_dir: get("DIST_DIR").unwrap_or_else(|| "dist".into()).into(),
            capture_dir: get("MESSAGE_CAPTURE_DIR")
                .unwrap_or_else(|| "data/messages".into())
                .into(),
            worker_interval: Duration::from_millis(interval_ms),
            run_worker,
            request_timeout: Duration::from_millis(request_timeout_ms),
            worker_lease: Duration::from_millis(worker_lease_ms),
            rate_limits,
        })
    }
}

/// How long the links of each kind work, counted from when the message is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkLifetimes {
    /// `MANAGE_LINK_DAYS`: a forwarded manage link stops working after this.
    pub manage: jiff::SignedDuration,
    /// A new destination must be confirmed within this.
    pub confirm: jiff::SignedDuration,
    /// The destinations on file may undo a change within this.
    pub undo: jiff::SignedDuration,
}

impl Default for LinkLifetimes {
    fn default() -> Self {
        Self {
            manage: crate::clock::days(14),
            confirm: CONFIRM_WITHIN,
            undo: crate::clock::days(30),
        }
    }
}

/// How long a new destination has to confirm (the request expires with its link).
pub const CONFIRM_WITHIN: jiff::SignedDuration = jiff::SignedDuration::from_hours(48);

/// Daily caps on confirmation requests, so the service cannot be used to flood a number or an
/// inbox (and to run up a texting bill).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConfirmationCaps {
    /// `CONFIRMATIONS_PER_DESTINATION_PER_DAY`, default 3.
    pub per_destination: i64,
    /// `CONFIRMATIONS_PER_SUBSCRIPTION_PER_DAY`, default 5.
    pub per_subscription: i64,
}

impl Default for ConfirmationCaps {
    fn default() -> Self {
        Self {
            per_destination: 3,
            per_subscription: 5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_are_the_embedded_setup() {
        let config = config(&[]).unwrap();
        assert_eq!(config.database_url, "sqlite://data/ballot.db");
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.public_url, "http://127.0.0.1:8080");
        assert!(config.run_worker);
    }

    #[test]
    fn bad_values_are_refused_by_name() {
        let err = config(&[("BIND", "localhost")]).unwrap_err();
        assert!(err.to_string().starts_with("BIND:"), "{err}");
        assert!(config(&[("PUBLIC_URL", "example.com")]).is_err());
        assert!(config(&[("WORKER_INTERVAL_MS", "0")]).is_err());
        assert!(config(&[("RUN_WORKER", "maybe")]).is_err());
        let err = config(&[("TWILIO_ACCOUNT_SID", "AC1")]).unwrap_err();
        assert!(err.to_string().starts_with("TWILIO_AUTH_TOKEN"), "{err}");
        assert!(config(&[("SMTP_FROM", "not an address")]).is_err());
        let err = config(&[("CLIENT_IP_HEADER", "x-forwarded-for")]).unwrap_err();
        assert!(err.to_string().contains("TRUSTED_PROXIES"), "{err}");
        let err = config(&[("DEPLOYMENT", "production"), ("MESSAGE_VIEWER", "true")]).unwrap_err();
        assert!(err.to_string().starts_with("MESSAGE_VIEWER"), "{err}");
        assert!(config(&[("PHONE_COUNTRY_CODES", "1,abc")]).is_err());
        let err = config(&[("CURE_ENCRYPTION_KEY", "secret")]).unwrap_err();
        assert!(err.to_string().starts_with("CURE_ENCRYPTION_KEY"), "{err}");
        let key = "0f".repeat(32);
        let config_with_key = config(&[("CURE_ENCRYPTION_KEY", &key)]).unwrap();
        assert_eq!(config_with_key.cure_key, Some(CureKey([0x0f; 32])));
        assert!(!format!("{config_with_key:?}").contains(&key));
        assert_eq!(
            config(&[("PHONE_COUNTRY_CODES", "+1, 44")])
                .unwrap()
                .phone_country_codes,
            Some(vec!["1".to_string(), "44".to_string()])
        );
        assert_eq!(
            config(&[("PUBLIC_URL", "https://ballot.example/")])
                .unwrap()
                .public_url,
            "https://ballot.example"
        );
    }
}
