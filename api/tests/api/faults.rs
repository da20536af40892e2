//! Issue 5, faults: providers down for a while and then back. Every message is delivered,
//! none twice, counted at the SMTP server and the SMS provider. The database down for a
//! while and then back: requests get 503, nothing is half-written, and service resumes.
//! Processes stopped (SIGTERM) or killed (SIGKILL) in the middle of their work.

use crate::helpers;
use crate::smtp_sink;

use ballot_api::domain::voter_file;
use helpers::{spawn_app_with, Options};
use serde_json::json;
use smtp_sink::SmtpSink;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SID: &str = "AC0123456789abcdef";
const VOTERS: usize = 30;

#[tokio::test]
async fn providers_down_then_back_every_message_delivered_once() {
    let smtp = SmtpSink::start().await;
    smtp.refusing.store(true, Ordering::SeqCst);
    let provider = MockServer::start().await;
    const FAILURES: u64 = 40;
    // The provider answers 503 to its first 40 requests, then accepts.
    Mock::given(method("POST"))
        .and(path(format!("/2010-04-01/Accounts/{SID}/Messages.json")))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(FAILURES)
        .with_priority(1)
        .mount(&provider)
        .await;
    Mock::given(method("POST"))
        .and(path(format!("/2010-04-01/Accounts/{SID}/Messages.json")))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"sid": "SM1"})))
        .with_priority(2)
        .mount(&provider)
        .await;
    let app = spawn_app_with(Options {
        demo_voters: false,
        env: vec![
            ("SMTP_URL", smtp.url()),
            ("SMTP_FROM", "ballots@elections.example".to_string()),
            ("TWILIO_API_BASE", provider.uri()),
            ("TWILIO_ACCOUNT_SID", SID.to_string()),
            ("TWILIO_AUTH_TOKEN", "secret-token".to_string()),
            ("TWILIO_FROM", "+19165550100".to_string()),
        ],
        ..Options::default()
    })
    .await;
    let file = helpers::distinct_voters_file("F", VOTERS, "1966-02-14");
    voter_file::import(&app.store, file.as_bytes(), false)
        .await
        .unwrap();
    for i in 0..VOTERS {
        let (first, last) = helpers::distinct_name(i);
        let body = json!({
            "first_name": first, "last_name": last,
            "date_of_birth": "02-14-1966", "zip": "95814", "language": "en",
            "email": {"opt_in": true, "address": format!("voter{i}@example.com")},
            "sms": {"opt_in": true, "phone": format!("(916) 555-{:04}", 100 + i)},
            "voice": {"opt_in": false, "phone": null}
        });
        assert_eq!(app.sign_up(&body).await.0, 201);
    }

    // Down: every attempt fails and is rescheduled; nothing is lost or given up.
    let first = app.settled().await;
    assert_eq!(first.len(), 2 * VOTERS);
    assert!(
        first.iter().all(|(_, state, _)| state == "pending"),
        "{first:?}"
    );
    // Back (SMTP at once; the SMS provider after its 40 failures): retry until all is sent.
    smtp.refusing.store(false, Ordering::SeqCst);
    let mut states = Vec::new();
    for _ in 0..40 {
        app.make_all_due().await;
        states = app.settled().await;
        if states.iter().all(|(_, state, _)| state == "sent") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        states.iter().all(|(_, state, _)| state == "sent"),
        "{states:?}"
    );

    // Counted where they arrive: each email once, each text once.
    let emails: Vec<String> = smtp.received().iter().map(|m| m.to.join(",")).collect();
    let distinct: BTreeSet<&String> = emails.iter().collect();
    assert_eq!(emails.len(), VOTERS, "{emails:?}");
    assert_eq!(distinct.len(), VOTERS);
    let requests = provider.received_requests().await.unwrap();
    assert!(
        requests.len() as u64 > FAILURES,
        "the provider really was down"
    );
    let delivered: Vec<String> = requests[FAILURES as usize..]
        .iter()
        .map(|r| {
            let body = String::from_utf8_lossy(&r.body).into_owned();
            body.split('&')
                .find(|p| p.starts_with("To="))
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    let distinct: BTreeSet<&String> = delivered.iter().collect();
    println!(
        "outage: {} provider requests ({FAILURES} refused), {} texts and {} emails delivered",
        requests.len(),
        delivered.len(),
        emails.len()
    );
    assert_eq!(delivered.len(), VOTERS, "{delivered:?}");
    assert_eq!(distinct.len(), VOTERS);
}

/// SIGTERM to the real binary in the middle of a voter-file upload: the server stops taking
/// connections at once, finishes the upload (all of it is committed), the worker ends its
/// pass without leaving a message claimed, and the process exits cleanly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_requests_in_flight_and_takes_no_new_ones() {
    use ballot_api::domain::api_keys;
    use ballot_api::domain::api_keys::Scope;
    const ROWS: u64 = 20_000;
    let dir = tempfile::tempdir().unwrap();
    let database = helpers::TestDatabase::create(&dir).await;
    let store = ballot_api::store::Store::open(&database.url).await.unwrap();
    let key = api_keys::create(&store, &Scope::Statewide, "test")
        .await
        .unwrap();
    let mut demo = Vec::new();
    ballot_api::cli::demo::write_voter_file(&mut demo, 50, 1).unwrap();
    ballot_api::domain::voter_file::import(&store, demo.as_slice(), false)
        .await
        .unwrap();
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let base = format!("http://127.0.0.1:{port}");
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_ballot-api"))
        .arg("serve")
        .env("DATABASE_URL", &database.url)
        .env("BIND", format!("127.0.0.1:{port}"))
        .env("DIST_DIR", dir.path().join("no-dist"))
        .env("MESSAGE_CAPTURE_DIR", dir.path().join("messages"))
        .env("WORKER_INTERVAL_MS", "20")
        .env("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "0")
        .env("RUST_LOG", "warn")
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let mut up = false;
    for _ in 0..200 {
        if client.get(format!("{base}/healthz")).send().await.is_ok() {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(up, "the server did not start");
    assert_eq!(
        client
            .post(format!("{base}/api/v1/signups"))
            .json(&helpers::maria())
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        201
    );

    let mut file = String::from(
        "voter_id,first_name,middle_name,last_name,name_suffix,date_of_birth,residence_zip,county,status,confidential\n",
    );
    for i in 0..ROWS {
        file.push_str(&format!(
            "T{i:07},Ana,,Abbot,,1970-05-17,95814,Sacramento,active,false\n"
        ));
    }
    // The body goes in two halves, the second only once the server has been told to stop:
    // the upload is in flight when SIGTERM arrives, by construction (a pause "long enough"
    // would be a guess).
    let half = file.len() / 2;
    let (head, tail) = (file[..half].to_string(), file[half..].to_string());
    let (head_taken, head_was_taken) = tokio::sync::oneshot::channel::<()>();
    let (release_tail, tail_released) = tokio::sync::oneshot::channel::<()>();
    let body = futures::stream::unfold(
        (0, Some(head_taken), Some(tail_released)),
        move |(part, mut taken, mut released)| {
            let (head, tail) = (head.clone(), tail.clone());
            async move {
                match part {
                    0 => Some((Ok::<_, std::io::Error>(head), (1, taken, released))),
                    1 => {
                        // Asked for more: the first half has gone to the server.
                        let _ = taken.take().map(|t| t.send(()));
                        let _ = released.take()?.await;
                        Some((Ok(tail), (2, None, None)))
                    }
                    _ => None,
                }
            }
        },
    );
    let upload = tokio::spawn({
        let client = client.clone();
        let url = format!("{base}/api/v1/admin/voters");
        async move {
            client
                .post(url)
                .bearer_auth(key)
                .header("content-type", "text/csv")
                .body(reqwest::Body::wrap_stream(body))
                .send()
                .await
                .map(|r| r.status().as_u16())
        }
    });
    tokio::time::timeout(Duration::from_secs(10), head_was_taken)
        .await
        .expect("the upload started within 10 s")
        .unwrap();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    // No new connections: a client with no pooled connection is refused, soon (the upload's
    // parsing may keep the runtime busy for a moment), while the upload is still in flight.
    let fresh = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while fresh.get(format!("{base}/healthz")).send().await.is_ok() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "new connections still accepted 5 s after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        !upload.is_finished(),
        "refused while the upload was in flight"
    );
    // The request in flight is answered, and all of it was applied.
    release_tail.send(()).unwrap();
    assert_eq!(upload.await.unwrap().unwrap(), 200);
    let mut exited = None;
    for _ in 0..200 {
        if let Some(status) = server.try_wait().unwrap() {
            exited = Some(status);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let status = exited.expect("the server exits after SIGTERM");
    assert!(status.success(), "{status:?}");
    assert_eq!(helpers::count(&store, "voter").await, ROWS as i64 + 61);
    let stuck: i64 = ballot_api::on_pool!(store.pool(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox_message WHERE state = 'sending'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(stuck, 0, "no message left claimed");
    store.close().await;
}

/// SIGKILL to a worker in the middle of a batch, then a new worker: every message is
/// delivered, and the only duplicates are messages of the batch that was in flight.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_killed_mid_batch_loses_nothing_and_repeats_at_most_its_batch() {
    const MESSAGES: usize = 300;
    const BATCH: usize = 200; // outbox::worker::BATCH
    let smtp = SmtpSink::start().await;
    smtp.delay_ms.store(40, Ordering::SeqCst);
    let dir = tempfile::tempdir().unwrap();
    let database = helpers::TestDatabase::create(&dir).await;
    let store = ballot_api::store::Store::open(&database.url).await.unwrap();
    // 300 voters, each subscribed by email, each with one message due.
    helpers::voters_with_a_due_email(&store, "K", MESSAGES).await;

    let worker = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_ballot-api"))
            .arg("worker")
            .env("DATABASE_URL", &database.url)
            .env("SMTP_URL", smtp.url())
            .env("SMTP_FROM", "ballots@elections.example")
            .env("WORKER_INTERVAL_MS", "20")
            .env("WORKER_LEASE_MS", "1000")
            .env("RUST_LOG", "error")
            .spawn()
            .unwrap()
    };
    let mut first = worker();
    // Kill it once part of its first batch has gone out.
    for _ in 0..400 {
        if smtp.received().len() >= 40 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    first.kill().unwrap(); // SIGKILL
    first.wait().unwrap();
    let sent_before_kill = smtp.received().len();
    assert!(
        (40..MESSAGES).contains(&sent_before_kill),
        "killed mid-batch: {sent_before_kill}"
    );
    let claimed: i64 = ballot_api::on_pool!(store.pool(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox_message WHERE state = 'sending'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(claimed > 0, "the killed worker left its batch claimed");

    let mut second = worker();
    let mut all_sent = false;
    for _ in 0..300 {
        let unsent: i64 = ballot_api::on_pool!(store.pool(), |p| sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox_message WHERE state <> 'sent'"
        )
        .fetch_one(p)
        .await)
        .unwrap();
        if unsent == 0 {
            all_sent = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    second.kill().unwrap();
    second.wait().unwrap();
    assert!(all_sent, "every message sent after the restart");
    let received: Vec<String> = smtp.received().iter().map(|m| m.to.join(",")).collect();
    let distinct: BTreeSet<&String> = received.iter().collect();
    assert_eq!(distinct.len(), MESSAGES, "nothing lost");
    let duplicates = received.len() - MESSAGES;
    println!(
        "SIGKILL: {sent_before_kill} sent before the kill, {claimed} left claimed, \
         {} received in all, {duplicates} duplicates",
        received.len()
    );
    assert!(
        duplicates <= BATCH,
        "{duplicates} duplicates, more than the one batch in flight"
    );
    store.close().await;
}

/// The database unavailable for a while, then back: every request that needs it fails
/// cleanly and soon, 503 in the API's error shape (docs/api.md), liveness stays up, nothing is
/// half-written, and the service recovers by itself.
///
/// On PostgreSQL the app reaches its database through a TCP proxy of this test, which cuts
/// every live connection and then first closes new ones on arrival, then refuses them (nothing
/// listening, as while the server restarts). SQLite is a file and cannot be unreachable; its
/// outage is another process holding the database's write lock (`BEGIN EXCLUSIVE`) for a
/// while, during which writes get 503 and reads (WAL) go on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_unavailable_for_a_while_gets_503_and_recovers() {
    let outage = async {
        if helpers::backend() == "postgres" {
            postgres_outage().await
        } else {
            sqlite_outage().await
        }
    };
    tokio::time::timeout(Duration::from_secs(20), outage)
        .await
        .expect("the outage test finished within 20 s");
}

/// A sign-up of voter `Q000{i}` of `distinct_voters_file("Q", …, "1966-02-14")`: voters
/// besides the demo ones, to sign up during and after the outage.
fn sign_up_of(i: usize) -> serde_json::Value {
    let (first, last) = helpers::distinct_name(i);
    let mut body = helpers::with_identity(first, last, "02-14-1966", "95814");
    body["email"]["address"] = json!(format!("q{i}@example.com"));
    body
}

fn maria_lookup() -> serde_json::Value {
    json!({"first_name": "Maria", "last_name": "Garcia", "date_of_birth": "01-23-1980", "zip": "95814"})
}

/// One request's answer: status, Retry-After, body, and how long it took.
struct Answer {
    status: u16,
    retry_after: Option<String>,
    body: serde_json::Value,
    took: Duration,
}

/// Sends one request (a JSON POST when `body` is given, else a GET), bounded by `limit`.
async fn timed(
    app: &helpers::TestApp,
    path: &str,
    body: Option<&serde_json::Value>,
    limit: Duration,
) -> Answer {
    let url = format!("{}{path}", app.base);
    let request = match body {
        Some(body) => app.client.post(url).json(body),
        None => app.client.get(url),
    };
    let started = std::time::Instant::now();
    let response = tokio::time::timeout(limit, request.send())
        .await
        .unwrap_or_else(|_| panic!("{path}: no answer within {limit:?}"))
        .unwrap();
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_string());
    let body = response.json().await.unwrap_or(serde_json::Value::Null);
    Answer {
        status,
        retry_after,
        body,
        took: started.elapsed(),
    }
}

/// Asks every 100 ms until the answer is `status`, each refusal meanwhile a clean 503 (at most
/// 50 tries); returns how long after `since` it came, and after how many tries.
async fn until_answered(
    app: &helpers::TestApp,
    path: &str,
    body: Option<&serde_json::Value>,
    status: u16,
    limit: Duration,
    since: std::time::Instant,
) -> (Duration, u32) {
    for tries in 1..=50 {
        let answer = timed(app, path, body, limit).await;
        if answer.status == status {
            return (since.elapsed(), tries);
        }
        assert_unavailable(&answer, &format!("{path} while recovering"));
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{path} still refused 50 tries after the database came back");
}

/// A clean "try again later": 503, the API's error shape (docs/api.md), and when to try again.
fn assert_unavailable(answer: &Answer, what: &str) {
    assert_eq!(answer.status, 503, "{what}: {}", answer.body);
    let error = &answer.body["error"];
    assert_eq!(
        error["code"], "service_unavailable",
        "{what}: {}",
        answer.body
    );
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{what}: {}",
        answer.body
    );
    let retry_after = answer
        .retry_after
        .as_deref()
        .unwrap_or_else(|| panic!("{what}: a 503 without Retry-After"));
    let seconds: u64 = retry_after.parse().expect("Retry-After in seconds");
    assert!(
        (1..=300).contains(&seconds),
        "{what}: Retry-After {seconds}"
    );
}

/// How a [`DbProxy`] treats connections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    Up,
    /// Live connections are cut; new ones are accepted and closed at once.
    Reset,
    /// Live connections are cut and nothing listens: new ones are refused (a server down).
    Refuse,
}

/// A TCP proxy to the database server that can be switched down and up again.
struct DbProxy {
    addr: std::net::SocketAddr,
    link: tokio::sync::watch::Sender<Link>,
    /// Connections cut while live, and connections closed on arrival.
    cut: Arc<AtomicU64>,
    closed_on_arrival: Arc<AtomicU64>,
}

impl DbProxy {
    async fn start(upstream: String) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (link, mut watch) = tokio::sync::watch::channel(Link::Up);
        let cut = Arc::new(AtomicU64::new(0));
        let closed_on_arrival = Arc::new(AtomicU64::new(0));
        let (cut_count, closed_count) = (cut.clone(), closed_on_arrival.clone());
        tokio::spawn(async move {
            let mut listener = Some(listener);
            loop {
                let Some(listening) = &listener else {
                    // Listen again, on the same address, once no longer refusing.
                    if watch.wait_for(|link| *link != Link::Refuse).await.is_err() {
                        return;
                    }
                    listener = Some(tokio::net::TcpListener::bind(addr).await.unwrap());
                    continue;
                };
                let mut client = tokio::select! {
                    accepted = listening.accept() => accepted.unwrap().0,
                    _ = watch.wait_for(|link| *link == Link::Refuse) => {
                        listener = None;
                        continue;
                    }
                };
                if *watch.borrow() != Link::Up {
                    closed_count.fetch_add(1, Ordering::SeqCst);
                    continue; // `client` is dropped: closed at once
                }
                let mut watch = watch.clone();
                let upstream = upstream.clone();
                let cut = cut_count.clone();
                tokio::spawn(async move {
                    let Ok(mut server) = tokio::net::TcpStream::connect(&upstream).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = watch.wait_for(|link| *link != Link::Up) => {
                            cut.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                    // Both sockets close here, without a word to either side.
                });
            }
        });
        Self {
            addr,
            link,
            cut,
            closed_on_arrival,
        }
    }

    fn set(&self, link: Link) {
        self.link.send_replace(link);
    }
}

async fn postgres_outage() {
    let dir = tempfile::tempdir().unwrap();
    let database = helpers::TestDatabase::create(&dir).await;
    let options: sqlx::postgres::PgConnectOptions = database.url.parse().unwrap();
    let proxy = DbProxy::start(format!("{}:{}", options.get_host(), options.get_port())).await;
    // The same database, reached through the proxy: only the host and port change.
    let through_proxy = {
        let (scheme, rest) = database.url.split_once("://").unwrap();
        let (authority, path) = rest.split_once('/').unwrap();
        let user = authority
            .rsplit_once('@')
            .map(|(user, _)| format!("{user}@"))
            .unwrap_or_default();
        format!("{scheme}://{user}{}/{path}", proxy.addr)
    };
    let app = spawn_app_with(Options {
        database_url: Some(through_proxy),
        ..Options::default()
    })
    .await;
    // Counted past the proxy, straight from the database.
    let direct = ballot_api::store::Store::open(&database.url).await.unwrap();
    let file = helpers::distinct_voters_file("Q", 1, "1966-02-14");
    voter_file::import(&direct, file.as_bytes(), false)
        .await
        .unwrap();
    let limit = Duration::from_secs(8);
    assert_eq!(
        timed(&app, "/api/v1/signups", Some(&helpers::maria()), limit)
            .await
            .status,
        201
    );
    assert_eq!(helpers::count(&direct, "subscription").await, 1);
    let outbox_before = helpers::count(&direct, "outbox_message").await;

    // First the server's address answers but drops every connection (the pool's idle ones
    // too): each request fails on its first try.
    proxy.set(Link::Reset);
    let went_down = std::time::Instant::now();
    let mut reset = Vec::new();
    for round in 0..3 {
        for (what, path, body) in outage_requests() {
            let answer = timed(&app, path, body.as_ref(), limit).await;
            assert_unavailable(&answer, &format!("{what}, reset, round {round}"));
            assert!(
                answer.took < Duration::from_secs(1),
                "{what}: {:?}",
                answer.took
            );
            reset.push((what, answer));
        }
        let live = timed(&app, "/healthz", None, limit).await;
        assert_eq!(live.status, 200, "liveness does not need the database");
    }
    let reset_for = went_down.elapsed();

    assert!(
        proxy.cut.load(Ordering::SeqCst) > 0,
        "the pool's live connections were cut"
    );

    // Then nothing listens: the pool retries the connection until its acquire timeout (5 s),
    // so requests wait that long, all at once, and then get their 503. Liveness does not wait.
    proxy.set(Link::Refuse);
    let refusing = std::time::Instant::now();
    let closed_before = proxy.closed_on_arrival.load(Ordering::SeqCst);
    let requests = outage_requests();
    let (refused, probes) = {
        let waiting = futures::future::join_all(
            requests
                .iter()
                .map(|(_, path, body)| timed(&app, path, body.as_ref(), limit)),
        );
        // Liveness is asked again and again for as long as those requests wait, not once after a
        // guessed delay: every answer must be quick.
        tokio::pin!(waiting);
        let mut probes = Vec::new();
        let mut every = tokio::time::interval(Duration::from_millis(100));
        let refused = loop {
            tokio::select! {
                refused = &mut waiting => break refused,
                live = async {
                    every.tick().await;
                    timed(&app, "/healthz", None, limit).await
                } => probes.push(live),
            }
        };
        (refused, probes)
    };
    assert!(!probes.is_empty(), "liveness was asked during the outage");
    for live in &probes {
        assert_eq!(live.status, 200, "liveness does not need the database");
        assert!(live.took < Duration::from_secs(1), "{:?}", live.took);
    }
    for ((what, _, _), answer) in requests.iter().zip(&refused) {
        assert_unavailable(answer, &format!("{what}, refused"));
        assert!(
            answer.took < Duration::from_secs(7),
            "{what}: {:?}",
            answer.took
        );
    }
    let refused_for = refusing.elapsed();
    assert_eq!(
        proxy.closed_on_arrival.load(Ordering::SeqCst),
        closed_before,
        "refused, not accepted"
    );

    // Nothing of the refused sign-ups reached the database.
    assert_eq!(helpers::count(&direct, "subscription").await, 1);
    assert_eq!(signed_up_voters(&direct).await, 0);
    assert_eq!(
        helpers::count(&direct, "outbox_message").await,
        outbox_before
    );

    proxy.set(Link::Up);
    let came_up = std::time::Instant::now();
    let (ready, tries) = until_answered(&app, "/readyz", None, 200, limit, came_up).await;
    let signed_up = timed(&app, "/api/v1/signups", Some(&sign_up_of(0)), limit).await;
    assert_eq!(signed_up.status, 201, "{}", signed_up.body);
    let looked_up = timed(&app, "/api/v1/status-lookups", Some(&maria_lookup()), limit).await;
    assert_eq!(looked_up.status, 200, "{}", looked_up.body);
    assert_eq!(helpers::count(&direct, "subscription").await, 2);
    assert_eq!(
        signed_up_voters(&direct).await,
        1,
        "one sign-up, the one after the outage"
    );

    let took = |answers: &[&Answer]| {
        let times: Vec<Duration> = answers.iter().map(|a| a.took).collect();
        (*times.iter().min().unwrap(), *times.iter().max().unwrap())
    };
    println!(
        "postgres, connections reset: {} requests answered 503 in {:?} (fastest, slowest) \
         over {reset_for:?}; Retry-After {:?}",
        reset.len(),
        took(&reset.iter().map(|(_, a)| a).collect::<Vec<_>>()),
        reset[0].1.retry_after,
    );
    println!(
        "postgres, connections refused: {} requests at once answered 503 in {:?} over \
         {refused_for:?}; liveness 200 meanwhile, {} times, in {:?}",
        refused.len(),
        took(&refused.iter().collect::<Vec<_>>()),
        probes.len(),
        took(&probes.iter().collect::<Vec<_>>()),
    );
    println!(
        "postgres: the proxy cut {} live connections and closed {} on arrival; ready again \
         {ready:?} after the database came back ({tries} tries), sign-up then 201 in {:?}",
        proxy.cut.load(Ordering::SeqCst),
        proxy.closed_on_arrival.load(Ordering::SeqCst),
        signed_up.took,
    );
    direct.close().await;
    app.stop().await;
}

/// A sign-up, a status look-up and a readiness probe: each needs the database.
fn outage_requests() -> [(&'static str, &'static str, Option<serde_json::Value>); 3] {
    [
        ("sign-up", "/api/v1/signups", Some(sign_up_of(0))),
        (
            "status look-up",
            "/api/v1/status-lookups",
            Some(maria_lookup()),
        ),
        ("readiness", "/readyz", None),
    ]
}

async fn sqlite_outage() {
    let app = spawn_app_with(Options::default()).await;
    let file = helpers::distinct_voters_file("Q", 2, "1966-02-14");
    voter_file::import(&app.store, file.as_bytes(), false)
        .await
        .unwrap();
    let limit = Duration::from_secs(8);
    assert_eq!(
        timed(&app, "/api/v1/signups", Some(&helpers::maria()), limit)
            .await
            .status,
        201
    );
    let outbox_before = helpers::count(&app.store, "outbox_message").await;

    // Another process (an operator's sqlite3 shell, a restore) takes the write lock and keeps
    // it: its own connection, so the app's writers meet it at SQLite's lock.
    let mut other = <sqlx::SqliteConnection as sqlx::Connection>::connect(&app.database.url)
        .await
        .unwrap();
    sqlx::query("BEGIN EXCLUSIVE")
        .execute(&mut other)
        .await
        .unwrap();
    let went_down = std::time::Instant::now();
    // Two sign-ups at once: one waits at SQLite's lock, the other for its turn behind it.
    let (ana, ben) = (sign_up_of(0), sign_up_of(1));
    let writes = futures::future::join(
        timed(&app, "/api/v1/signups", Some(&ana), limit),
        timed(&app, "/api/v1/signups", Some(&ben), limit),
    );
    let reads = async {
        // Once a sign-up holds a connection, waiting at the lock, the reads go.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        while connections_in_use(&app.store) == 0 {
            assert!(
                tokio::time::Instant::now() < deadline,
                "no sign-up reached the database"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let lookup = timed(&app, "/api/v1/status-lookups", Some(&maria_lookup()), limit).await;
        let ready = timed(&app, "/readyz", None, limit).await;
        let live = timed(&app, "/healthz", None, limit).await;
        (lookup, ready, live)
    };
    let ((first, second), (lookup, ready, live)) = futures::future::join(writes, reads).await;
    let outage = went_down.elapsed();
    assert_unavailable(&first, "sign-up");
    assert_unavailable(&second, "sign-up");
    // WAL: readers do not wait for the writer, nor behind the app's waiting writers.
    assert_eq!(lookup.status, 200, "{}", lookup.body);
    assert_eq!(ready.status, 200, "{}", ready.body);
    assert_eq!(live.status, 200);
    for answer in [&lookup, &ready, &live] {
        assert!(answer.took < Duration::from_secs(1), "{:?}", answer.took);
    }
    sqlx::query("ROLLBACK").execute(&mut other).await.unwrap();
    let came_up = std::time::Instant::now();
    // Nothing of the refused sign-ups was kept.
    assert_eq!(helpers::count(&app.store, "subscription").await, 1);
    assert_eq!(
        helpers::count(&app.store, "outbox_message").await,
        outbox_before
    );

    let (recovered, tries) = until_answered(
        &app,
        "/api/v1/signups",
        Some(&sign_up_of(0)),
        201,
        limit,
        came_up,
    )
    .await;
    assert_eq!(
        timed(&app, "/api/v1/signups", Some(&sign_up_of(1)), limit)
            .await
            .status,
        201
    );
    assert_eq!(helpers::count(&app.store, "subscription").await, 3);
    assert_eq!(
        signed_up_voters(&app.store).await,
        2,
        "one sign-up each, after the outage"
    );

    println!(
        "sqlite outage: sign-ups answered 503 in {:?} and {:?} (Retry-After {:?}) while \
         another connection held the write lock for {outage:?}; meanwhile look-up {:?}, \
         readiness {:?}, liveness {:?}; sign-ups accepted again {recovered:?} after it let go \
         ({tries} tries)",
        first.took, second.took, first.retry_after, lookup.took, ready.took, live.took,
    );
    sqlx::Connection::close(other).await.unwrap();
    app.stop().await;
}

/// Subscriptions of the voters `Q0000`… (`distinct_voters_file("Q", …)`).
async fn signed_up_voters(store: &ballot_api::store::Store) -> i64 {
    ballot_api::on_pool!(store.pool(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM subscription WHERE voter_id LIKE 'Q%'"
    )
    .fetch_one(p)
    .await)
    .unwrap()
}

/// Connections of the app's SQLite pool checked out now (by requests waiting or working).
fn connections_in_use(store: &ballot_api::store::Store) -> usize {
    match store.pool() {
        ballot_api::store::Pool::Sqlite(pool, _) => pool.size() as usize - pool.num_idle(),
        ballot_api::store::Pool::Postgres(pool) => pool.size() as usize - pool.num_idle(),
    }
}
