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
}

#[derive(Debug, Clone)]
pub struct TwilioConfig {
    pub api_base: String,
    pub account_sid: String,
    pub auth_token: String,
    /// The number texts and calls come from, E.164.
    pub from: String,
}

/// Limits on the voter-facing endpoints (`rate_limits`); 0 turns one off.
#[derive(Debug, Clone)]
pub struct RateLimitConfig {
    /// `RATE_LIMIT_PER_ADDRESS_PER_MINUTE`, default 60: requests from one client address.
    pub per_address_per_minute: u32,
    /// `RATE_LIMIT_PER_IDENTITY_PER_HOUR`, default 10: sign-ups and look-ups with one name,
    /// date of birth and ZIP, whoever sends them.
    pub per_identity_per_hour: u32,
    /// `CLIENT_IP_HEADER`: behind a proxy, the header it puts the client's address in
    /// (`X-Forwarded-For`, `X-Real-IP`); unset, the connection's own address counts.
    pub client_ip_header: Option<axum::http::HeaderName>,
}

#[derive(Debug, thiserror::Error)]
#[error("{name}: {problem}")]
pub struct ConfigError {
    name: &'static str,
    problem: String,
}

/// Largest request body of the voter-facing JSON endpoints: a sign-up is well under 2 KiB.
pub const JSON_BODY_LIMIT: usize = 16 * 1024;

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
        let rate_limits = RateLimitConfig {
            per_address_per_minute: count("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", 60)?,
            per_identity_per_hour: count("RATE_LIMIT_PER_IDENTITY_PER_HOUR", 10)?,
            client_ip_header,
        };
        let run_worker = match get("RUN_WORKER").as_deref() {
            None | Some("true") | Some("1") => true,
            Some("false") | Some("0") => false,
            Some(other) => {
                return Err(ConfigError {
                    name: "RUN_WORKER",
                    problem: format!("{other:?} is not true or false"),
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
        Ok(Self {
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
        assert_eq!(
            config(&[("PUBLIC_URL", "https://ballot.example/")])
                .unwrap()
                .public_url,
            "https://ballot.example"
        );
    }
}
