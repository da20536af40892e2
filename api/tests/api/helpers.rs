//! Spawns the real application on a random port with a fresh database holding the demo
//! voters, and talks to it over HTTP.
//!
//! The database is a fresh SQLite file, or, when `TEST_BACKEND=postgres`, a fresh PostgreSQL
//! database created on the server at `TEST_POSTGRES_URL` (and dropped when the test ends).
//! `scripts/test.sh` runs the suite both ways.
#![allow(dead_code)] // each test file uses a different part

use ballot_api::config::Config;
use ballot_api::http::app::{self, Running};
use ballot_api::store::Store;
use ballot_api::{cli::demo, domain::voter_file};
use serde_json::{json, Value};
use sqlx::Connection;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub store: Store,
    pub capture_dir: PathBuf,
    pub dir: tempfile::TempDir,
    running: Option<Running>,
    /// Last, so the app stops before its database is dropped.
    pub database: TestDatabase,
}

pub struct Options {
    pub demo_voters: bool,
    pub run_worker: bool,
    pub dist: Option<PathBuf>,
    /// More settings (SMTP_URL, TWILIO_…).
    pub env: Vec<(&'static str, String)>,
    /// Share another instance's database instead of creating a fresh one.
    pub database_url: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            demo_voters: true,
            run_worker: true,
            dist: None,
            env: Vec::new(),
            database_url: None,
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let capture_dir = dir.path().join("messages");
    let mut vars: HashMap<&str, String> = HashMap::new();
    let database = match options.database_url {
        Some(url) => TestDatabase::shared(url),
        None => TestDatabase::create(&dir).await,
    };
    vars.insert("DATABASE_URL", database.url.clone());
    vars.insert("BIND", "127.0.0.1:0".into());
    vars.insert("MESSAGE_CAPTURE_DIR", capture_dir.display().to_string());
    vars.insert("WORKER_INTERVAL_MS", "50".into());
    vars.insert("RUN_WORKER", options.run_worker.to_string());
    // Every test client is 127.0.0.1: limits are off unless a test sets them (hardening.rs).
    vars.insert("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "0".into());
    vars.insert("RATE_LIMIT_PER_IDENTITY_PER_HOUR", "0".into());
    vars.insert("RATE_LIMIT_SWEEP_MISSES_PER_HOUR", "0".into());
    vars.insert("DAILY_MISS_BUDGET", "0".into());
    let dist = options.dist.unwrap_or_else(|| dir.path().join("no-dist"));
    vars.insert("DIST_DIR", dist.display().to_string());
    vars.extend(options.env);
    let config = Config::from_lookup(|name| vars.get(name).cloned()).expect("config");
    let running = app::start(config).await.expect("app starts");
    let store = running.store.clone();
    if options.demo_voters {
        let mut file = Vec::new();
        demo::write_voter_file(&mut file, 50, 1).unwrap();
        let report = voter_file::import(&store, file.as_slice(), false)
            .await
            .unwrap();
        assert!(report.committed);
    }
    TestApp {
        base: format!("http://{}", running.addr),
        client: reqwest::Client::new(),
        store,
        capture_dir,
        dir,
        running: Some(running),
        database,
    }
}

/// Which database the tests run on: `TEST_BACKEND` is `sqlite` (the default) or `postgres`.
pub fn backend() -> &'static str {
    match std::env::var("TEST_BACKEND").as_deref() {
        Err(_) | Ok("") | Ok("sqlite") => "sqlite",
        Ok("postgres") => "postgres",
        Ok(other) => panic!("TEST_BACKEND must be sqlite or postgres, not {other:?}"),
    }
}

/// A database for one test. A PostgreSQL one is dropped (best effort) when this is.
pub struct TestDatabase {
    pub url: String,
    postgres: Option<(String, String)>,
}

impl TestDatabase {
    /// Another instance's database, left for that instance to drop.
    pub fn shared(url: String) -> Self {
        Self {
            url,
            postgres: None,
        }
    }

    pub async fn create(dir: &tempfile::TempDir) -> Self {
        if backend() == "sqlite" {
            return Self {
                url: format!("sqlite://{}", dir.path().join("test.db").display()),
                postgres: None,
            };
        }
        let server = std::env::var("TEST_POSTGRES_URL")
            .expect("TEST_BACKEND=postgres needs TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)");
        let name = format!("ballot_test_{}", rand::random::<u64>());
        let mut admin = sqlx::postgres::PgConnection::connect(&server)
            .await
            .expect("connect to TEST_POSTGRES_URL");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .expect("create test database");
        let url = with_database(&server, &name);
        Self {
            url,
            postgres: Some((server, name)),
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some((server, name)) = self.postgres.take() {
            // Drop runs outside async; a short-lived thread with its own runtime does it.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(async {
                    if let Ok(mut admin) = sqlx::postgres::PgConnection::connect(&server).await {
                        let _ =
                            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&mut admin)
                                .await;
                    }
                });
            })
            .join();
        }
    }
}

/// `url` with its database name replaced by `name`.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (url, String::new()),
    };
    let authority_end = base
        .find("://")
        .map(|i| i + 3)
        .and_then(|start| base[start..].find('/').map(|slash| start + slash))
        .unwrap_or(base.len());
    format!("{}/{name}{query}", &base[..authority_end])
}

impl TestApp {
    pub async fn post_json(&self, path: &str, body: &Value) -> (u16, Value) {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .json(body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn sign_up(&self, body: &Value) -> (u16, Value) {
        self.post_json("/api/v1/signups", body).await
    }

    /// Makes every waiting message due now (instead of waiting for back-off or contact hours).
    pub async fn make_all_due(&self) {
        ballot_api::on_pool!(self.store.pool(), |p| sqlx::query("UPDATE outbox_message SET next_attempt_at = '2000-01-01T00:00:00.000000Z' WHERE state = 'pending'")
            .execute(p)
            .await
            .map(|_| ()))
            .unwrap();
    }

    /// Waits (bounded) until no message is being sent or due within a second; returns each
    /// message's channel, state and attempts.
    pub async fn settled(&self) -> Vec<(String, String, i64)> {
        for _ in 0..200 {
            let soon = ballot_api::clock::now_plus(jiff::SignedDuration::from_secs(1));
            let busy: i64 = ballot_api::on_pool!(self.store.pool(), |p| sqlx::query_scalar(
                "SELECT COUNT(*) FROM outbox_message WHERE state = 'sending' OR (state = 'pending' AND next_attempt_at <= $1)",
            )
            .bind(soon)
            .fetch_one(p)
            .await)
            .unwrap();
            if busy == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        ballot_api::on_pool!(self.store.pool(), |p| sqlx::query_as(
            "SELECT channel, state, attempts FROM outbox_message ORDER BY outbox_message_id",
        )
        .fetch_all(p)
        .await)
        .unwrap()
    }

    pub async fn stop(mut self) {
        self.halt().await;
    }

    /// Stops the server and waits for its worker to finish what it had taken, keeping the
    /// database to look at: after this, nothing more is sent.
    pub async fn halt(&mut self) {
        if let Some(running) = self.running.take() {
            running.stop().await.unwrap();
        }
    }

    /// Waits (bounded) until the worker has written `count` message files.
    pub async fn captured_messages(&self, count: usize) -> Vec<(String, String)> {
        for _ in 0..100 {
            let mut found: Vec<(String, String)> = match std::fs::read_dir(&self.capture_dir) {
                Ok(entries) => entries
                    .filter_map(Result::ok)
                    .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
                    .map(|e| {
                        (
                            e.file_name().to_string_lossy().into_owned(),
                            std::fs::read_to_string(e.path()).unwrap(),
                        )
                    })
                    .collect(),
                Err(_) => Vec::new(),
            };
            if found.len() >= count {
                found.sort();
                return found;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("fewer than {count} captured messages after 5 s");
    }
}

impl TestApp {
    /// Signs up, then confirms every destination asked for the way their owners would: the
    /// link in each captured confirmation (a call's key press goes to the same token). Returns
    /// the sign-up's status and answer.
    pub async fn sign_up_and_confirm(&self, body: &Value) -> (u16, Value) {
        let (status, answer) = self.sign_up(body).await;
        assert!(status == 201 || status == 202, "{status} {answer}");
        let wanted = ["email", "sms", "voice"]
            .iter()
            .filter(|c| answer["channels"][**c]["confirmation_sent"] == true)
            .count();
        self.confirm_waiting(wanted).await;
        (status, answer)
    }

    /// Waits for `count` unused confirmation requests to be captured, and confirms them.
    pub async fn confirm_waiting(&self, count: usize) {
        self.make_all_due().await;
        let mut confirmed = 0;
        for _ in 0..200 {
            for token in self.confirmation_tokens() {
                let response = self
                    .client
                    .post(format!("{}/api/v1/confirmations/{token}", self.base))
                    .send()
                    .await
                    .unwrap();
                if response.status().as_u16() == 200 {
                    confirmed += 1;
                }
            }
            if confirmed >= count {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{confirmed} of {count} confirmations arrived in 10 s");
    }

    /// The confirmation tokens in every captured confirmation request (links and key presses).
    pub fn confirmation_tokens(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.capture_dir) else {
            return Vec::new();
        };
        let mut tokens = Vec::new();
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.ends_with("-confirm_destination.txt") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for marker in ["/confirm/", "/confirmations/"] {
                if let Some(token) = token_after(&text, marker) {
                    tokens.push(token);
                    break;
                }
            }
        }
        tokens.sort();
        tokens.dedup();
        tokens
    }

    /// The captured messages whose file name ends with `-{channel}-{kind}.txt`, oldest first.
    pub fn captured_of(&self, channel: &str, kind: &str) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(&self.capture_dir) else {
            return Vec::new();
        };
        let suffix = format!("-{channel}-{kind}.txt");
        let mut found: Vec<(String, String)> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(&suffix))
            .map(|e| {
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read_to_string(e.path()).unwrap_or_default(),
                )
            })
            .collect();
        found.sort();
        found.into_iter().map(|(_, text)| text).collect()
    }

    /// Waits (bounded) for at least `count` captured messages of `channel` and `kind`.
    pub async fn wait_for_captured(&self, channel: &str, kind: &str, count: usize) -> Vec<String> {
        self.make_all_due().await;
        for _ in 0..200 {
            let found = self.captured_of(channel, kind);
            if found.len() >= count {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("fewer than {count} captured {channel} {kind} messages after 10 s");
    }
}

impl TestApp {
    /// Confirms every destination whose confirmation is among `texts` (emails as a client
    /// reads them, or the provider's decoded form posts): follows each confirmation link, as
    /// its owner would. Returns how many were confirmed.
    pub async fn confirm_links_in(&self, texts: &[String]) -> usize {
        let mut confirmed = 0;
        for text in texts {
            for marker in ["/confirm/", "/confirmations/"] {
                if let Some(token) = token_after(text, marker) {
                    let response = self
                        .client
                        .post(format!("{}/api/v1/confirmations/{token}", self.base))
                        .send()
                        .await
                        .unwrap();
                    if response.status().as_u16() == 200 {
                        confirmed += 1;
                    }
                }
            }
        }
        confirmed
    }
}

/// Every text value in every table, joined: what a copy of the database would give away.
pub async fn all_text_in_the_database(store: &Store) -> String {
    let columns: Vec<(String, String)> = match store.pool() {
        ballot_api::store::Pool::Sqlite(p, _) => sqlx::query_as(
            "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
             AND c.type = 'TEXT'",
        )
        .fetch_all(p)
        .await
        .unwrap(),
        ballot_api::store::Pool::Postgres(p) => sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns \
             WHERE table_schema = 'public' AND data_type = 'text' AND table_name NOT LIKE '_sqlx%'",
        )
        .fetch_all(p)
        .await
        .unwrap(),
    };
    let mut everything = String::new();
    for (table, column) in columns {
        let values: Vec<Option<String>> =
            ballot_api::on_pool!(store.pool(), |p| sqlx::query_scalar(&format!(
                "SELECT \"{column}\" FROM \"{table}\""
            ))
            .fetch_all(p)
            .await)
            .unwrap();
        for value in values.into_iter().flatten() {
            everything.push_str(&value);
            everything.push('\n');
        }
    }
    everything
}

/// An email as a mail client shows it: the headers, then the plain-text part, decoded.
pub fn email_as_read(raw: &str) -> String {
    let parsed = mailparse::parse_mail(raw.as_bytes()).expect("a parseable email");
    let mut text = String::new();
    for header in &parsed.headers {
        text.push_str(&format!("{}: {}\n", header.get_key(), header.get_value()));
    }
    text.push('\n');
    let plain = parsed
        .subparts
        .iter()
        .find(|p| p.ctype.mimetype == "text/plain")
        .unwrap_or(&parsed);
    text.push_str(&plain.get_body().unwrap_or_default());
    text
}

/// A form post's body (`a=b&c=%2Fd`) decoded, as the provider's fake received it.
pub fn form_decoded(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body).replace('+', " ");
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The 32-hex token that follows `marker` in `text`.
pub fn token_after(text: &str, marker: &str) -> Option<String> {
    let start = text.find(marker)? + marker.len();
    let token: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    (token.len() == 32).then_some(token)
}

/// A new statewide operator key.
pub async fn statewide_key(app: &TestApp) -> String {
    ballot_api::domain::api_keys::create(
        &app.store,
        &ballot_api::domain::api_keys::Scope::Statewide,
        "test",
    )
    .await
    .unwrap()
}

/// A new operator key for `scope`.
pub async fn operator_key(app: &TestApp, scope: ballot_api::domain::api_keys::Scope) -> String {
    ballot_api::domain::api_keys::create(&app.store, &scope, "test")
        .await
        .unwrap()
}

/// Posts a file to an operator endpoint (`path` after the base address); the answer's status
/// and JSON.
pub async fn post_upload(
    app: &TestApp,
    path: &str,
    key: &str,
    content_type: &str,
    body: String,
) -> (u16, Value) {
    let response = app
        .client
        .post(format!("{}{path}", app.base))
        .bearer_auth(key)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// A valid sign-up of the demo voter Maria Garcia, for email only.
pub fn maria() -> Value {
    json!({
        "first_name": "Maria",
        "last_name": "Garcia",
        "date_of_birth": "01-23-1980",
        "zip": "95814",
        "language": "en",
        "email": {"opt_in": true, "address": "maria@example.com"},
        "sms": {"opt_in": false, "phone": null},
        "voice": {"opt_in": false, "phone": null}
    })
}

/// `maria()` with the identity fields replaced.
pub fn with_identity(first: &str, last: &str, dob: &str, zip: &str) -> Value {
    let mut body = maria();
    body["first_name"] = json!(first);
    body["last_name"] = json!(last);
    body["date_of_birth"] = json!(dob);
    body["zip"] = json!(zip);
    body
}

pub async fn count(store: &Store, table: &str) -> i64 {
    // Tests may count rows directly; the app itself keeps SQL in its store module.
    ballot_api::on_pool!(store.pool(), |p| sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM {table}"
    ))
    .fetch_one(p)
    .await)
    .unwrap()
}

/// `count` voters (ids `{prefix}0000`…), each subscribed by email as `{voter_id}@example.com`
/// and each with one "mailed" email due now: load for the outbox without sign-ups.
pub async fn voters_with_a_due_email(store: &Store, prefix: &str, count: usize) {
    use ballot_api::store::outbox;
    let mut file = ballot_api::domain::voter_file::COLUMNS.join(",");
    file.push('\n');
    for i in 0..count {
        file.push_str(&format!(
            "{prefix}{i:04},Ana,,Abbot,,1970-05-17,95814,Sacramento,active,false\n"
        ));
    }
    voter_file::import(store, file.as_bytes(), false)
        .await
        .unwrap();
    ballot_api::on_pool!(store.pool(), |p| sqlx::query(
        "INSERT INTO subscription (voter_id, language, email_address, quiet_start, \
             quiet_end, created_at, updated_at) \
         SELECT voter_id, 'en', voter_id || '@example.com', '08:00', \
             '21:00', '2026-11-01T00:00:00.000000Z', '2026-11-01T00:00:00.000000Z' FROM voter \
         WHERE voter_id LIKE $1"
    )
    .bind(format!("{prefix}%"))
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let subscriptions: Vec<(i64, String)> = ballot_api::on_pool!(store.pool(), |p| sqlx::query_as(
        "SELECT subscription_id, email_address FROM subscription WHERE voter_id LIKE $1 \
         ORDER BY subscription_id"
    )
    .bind(format!("{prefix}%"))
    .fetch_all(p)
    .await)
    .unwrap();
    let mut tx = store.begin().await.unwrap();
    let now = ballot_api::clock::now();
    for (id, email) in &subscriptions {
        let message = outbox::NewMessage {
            subscription_id: *id,
            channel: ballot_shared::channels::Channel::Email,
            kind: ballot_api::store::outbox::MessageKind::Status(
                ballot_shared::status::BallotStatus::Mailed,
            ),
            recipient: email,
            sender: "Sacramento County Elections",
            subject: Some("Your ballot"),
            body_text: "Your ballot was mailed.",
            body_html: None,
            due_at: "2000-01-01T00:00:00Z".parse().unwrap(),
            list_unsubscribe: None,
            destination_request_id: None,
            election_id: None,
            language: "en",
        };
        let reference = ballot_api::domain::message_links::new_reference();
        outbox::enqueue(&mut tx, &message, &reference, now)
            .await
            .unwrap()
            .expect("a fresh reference");
    }
    tx.commit().await.unwrap();
}

const FIRST_NAMES: [&str; 10] = [
    "Ana", "Ben", "Cruz", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivan", "Jo",
];
const LAST_NAMES: [&str; 10] = [
    "Abbot", "Baker", "Chen", "Diaz", "Evans", "Ford", "Gupta", "Hill", "Ito", "Jones",
];

/// The name of the `i`th of up to 100 voters who can each sign up on their own (no two share
/// first and last name).
pub fn distinct_name(i: usize) -> (&'static str, &'static str) {
    assert!(i < 100, "only 100 distinct names");
    (FIRST_NAMES[i % 10], LAST_NAMES[i / 10])
}

/// A voter file of `count` such voters (ids `{prefix}0000`…), all born on `date_of_birth`
/// (YYYY-MM-DD) and living in 95814, Sacramento.
pub fn distinct_voters_file(prefix: &str, count: usize, date_of_birth: &str) -> String {
    let mut file = ballot_api::domain::voter_file::COLUMNS.join(",");
    file.push('\n');
    for i in 0..count {
        let (first, last) = distinct_name(i);
        file.push_str(&format!(
            "{prefix}{i:04},{first},,{last},,{date_of_birth},95814,Sacramento,active,false\n"
        ));
    }
    file
}
