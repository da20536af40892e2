//! Issue 5, faults: providers down for a while and then back. Every message is delivered,
//! none twice, counted at the SMTP server and the SMS provider.

mod helpers;
mod smtp_sink;

use ballot_api::voter_file;
use helpers::{spawn_app_with, Options};
use serde_json::json;
use smtp_sink::SmtpSink;
use std::collections::BTreeSet;
use std::sync::atomic::Ordering;
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
    use ballot_api::api_keys;
    use ballot_api::ballot_events::Scope;
    const ROWS: u64 = 150_000;
    let dir = tempfile::tempdir().unwrap();
    let database = helpers::TestDatabase::create(&dir).await;
    let store = ballot_api::store::Store::open(&database.url).await.unwrap();
    let key = api_keys::create(&store, &Scope::Statewide, "test")
        .await
        .unwrap();
    let mut demo = Vec::new();
    ballot_api::demo::write_voter_file(&mut demo, 50, 1).unwrap();
    ballot_api::voter_file::import(&store, demo.as_slice(), false)
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
    let upload = tokio::spawn({
        let client = client.clone();
        let url = format!("{base}/api/v1/admin/voters");
        async move {
            client
                .post(url)
                .bearer_auth(key)
                .header("content-type", "text/csv")
                .body(file)
                .send()
                .await
                .map(|r| r.status().as_u16())
        }
    });
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(
        !upload.is_finished(),
        "the upload should still be in flight"
    );
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    tokio::time::sleep(Duration::from_millis(300)).await;
    // No new connections.
    assert!(client.get(format!("{base}/healthz")).send().await.is_err());
    // The request in flight is answered, and all of it was applied.
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
