//! Real delivery: email to a real SMTP server, texts and calls to an HTTP fake of the
//! provider (Twilio's REST shape), with retries when either fails.

use crate::helpers;
use crate::smtp_sink;

use ballot_api::domain::api_keys;
use ballot_api::domain::api_keys::Scope;
use helpers::{email_as_read, form_decoded, maria, spawn_app_with, Options, TestApp};
use serde_json::json;
use smtp_sink::SmtpSink;
use std::sync::atomic::Ordering;
use wiremock::matchers::{body_string_contains, header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SID: &str = "AC0123456789abcdef";

async fn app_with(smtp: Option<&SmtpSink>, provider: Option<&MockServer>) -> TestApp {
    let mut env = Vec::new();
    if let Some(smtp) = smtp {
        env.push(("SMTP_URL", smtp.url()));
        env.push(("SMTP_FROM", "ballots@elections.example".to_string()));
    }
    if let Some(provider) = provider {
        env.push(("TWILIO_API_BASE", provider.uri()));
        env.push(("TWILIO_ACCOUNT_SID", SID.to_string()));
        env.push(("TWILIO_AUTH_TOKEN", "secret-token".to_string()));
        env.push(("TWILIO_FROM", "+19165550100".to_string()));
    }
    spawn_app_with(Options {
        env,
        ..Options::default()
    })
    .await
}

async fn post_event(app: &TestApp, id: &str, status: &str) {
    let key = api_keys::create(&app.store, &Scope::Statewide, "test")
        .await
        .unwrap();
    let response = app
        .client
        .post(format!("{}/api/v1/admin/ballot-events", app.base))
        .bearer_auth(key)
        .json(&json!([{"event_id": id, "voter_id": "V000000001", "election_id": "2026-general", "status": status, "occurred_at": "2026-11-03T10:00:00-08:00"}]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
}

#[tokio::test]
async fn email_goes_over_smtp_with_both_parts_an_id_a_date_and_one_click_unsubscribe() {
    let smtp = SmtpSink::start().await;
    let provider = MockServer::start().await;
    let app = app_with(Some(&smtp), Some(&provider)).await;
    let (status, _) = app.sign_up(&maria()).await;
    assert_eq!(status, 201);
    app.settled().await;
    let confirmation = email_as_read(&smtp.received()[0].data);
    assert_eq!(app.confirm_links_in(&[confirmation]).await, 1);
    post_event(&app, "E1", "received").await;
    let states = app.settled().await;
    assert_eq!(
        states,
        [
            ("email".into(), "sent".into(), 1),
            ("email".into(), "sent".into(), 1)
        ]
    );

    let received = smtp.received();
    assert_eq!(received.len(), 2, "each message once");
    let update = &received[1];
    assert_eq!(update.to, ["<maria@example.com>"]);
    assert!(update.from.contains("ballots@elections.example"));
    let data = &update.data;
    assert!(
        data.contains("From: \"Sacramento County Elections\" <ballots@elections.example>"),
        "{data}"
    );
    assert!(data.contains("multipart/alternative"));
    assert!(data.contains("text/plain"));
    assert!(data.contains("text/html"));
    let read = email_as_read(data);
    // Mailbox providers' sender guidelines: a Message-ID and a Date on every message.
    let message_id = read
        .lines()
        .find_map(|l| l.strip_prefix("Message-ID: "))
        .expect("a Message-ID");
    assert!(
        message_id.starts_with('<') && message_id.ends_with("@elections.example>"),
        "{message_id}"
    );
    assert!(read.lines().any(|l| l.starts_with("Date: ")), "{read}");
    let unsubscribe = read
        .lines()
        .find_map(|l| l.strip_prefix("List-Unsubscribe: "))
        .expect("List-Unsubscribe");
    assert!(
        unsubscribe.starts_with(&format!("<{}/api/v1/unsubscribe/", app.base)),
        "{unsubscribe}"
    );
    assert!(data.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
    assert!(read.contains("received your ballot on November 3, 2026"));
    assert!(read.contains("Reference "), "{read}");
    // The two emails carry different Message-IDs.
    assert_ne!(
        email_as_read(&received[0].data)
            .lines()
            .find(|l| l.starts_with("Message-ID: ")),
        Some(format!("Message-ID: {message_id}").as_str())
    );
    // The captured-message viewer is off once email really goes out.
    let viewer = app
        .client
        .get(format!("{}/messages", app.base))
        .send()
        .await
        .unwrap();
    assert_ne!(viewer.status().as_u16(), 200);
    app.stop().await;
}

#[tokio::test]
async fn an_smtp_outage_delays_email_and_loses_nothing() {
    let smtp = SmtpSink::start().await;
    smtp.refusing.store(true, Ordering::SeqCst);
    let app = app_with(Some(&smtp), None).await;
    let (status, _) = app.sign_up(&maria()).await;
    assert_eq!(status, 201);
    let states = app.settled().await;
    assert_eq!(
        states,
        [("email".into(), "pending".into(), 1)],
        "waiting to retry"
    );
    let error: String = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT last_error FROM outbox_message"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(error.contains("451"), "{error}");

    smtp.refusing.store(false, Ordering::SeqCst);
    app.make_all_due().await;
    let states = app.settled().await;
    assert_eq!(states, [("email".into(), "sent".into(), 2)]);
    assert_eq!(smtp.received().len(), 1);
    let attempts: Vec<(String, Option<String>)> =
        ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
            "SELECT outcome, error FROM delivery_attempt ORDER BY delivery_attempt_id"
        )
        .fetch_all(p)
        .await)
        .unwrap();
    assert_eq!(attempts.len(), 2, "each attempt is recorded: {attempts:?}");
    assert_eq!(attempts[0].0, "retry");
    assert!(attempts[0].1.as_deref().unwrap_or("").contains("451"));
    assert_eq!(attempts[1], ("sent".to_string(), None));
    app.stop().await;
}

#[tokio::test]
async fn texts_and_calls_go_to_the_provider_once_each() {
    let provider = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!("/2010-04-01/Accounts/{SID}/Messages.json")))
        .and(header_exists("authorization"))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(json!({"sid": "SM1", "status": "queued"})),
        )
        .mount(&provider)
        .await;
    Mock::given(method("POST"))
        .and(path(format!("/2010-04-01/Accounts/{SID}/Calls.json")))
        .and(body_string_contains("Twiml="))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(json!({"sid": "CA1", "status": "queued"})),
        )
        .mount(&provider)
        .await;
    let app = app_with(None, Some(&provider)).await;
    let mut body = maria();
    body["email"] = json!({"opt_in": false});
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    body["voice"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    assert_eq!(app.sign_up(&body).await.0, 201);
    // Calls wait for 8 AM-9 PM in Sacramento; don't wait in a test.
    app.make_all_due().await;
    app.settled().await;
    let asked: Vec<String> = provider
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| form_decoded(&r.body))
        .collect();
    assert_eq!(app.confirm_links_in(&asked).await, 2, "{asked:?}");
    post_event(&app, "E1", "counted").await;
    app.make_all_due().await;
    let states = app.settled().await;
    assert!(
        states.iter().all(|(_, state, _)| state == "sent"),
        "{states:?}"
    );

    let requests = provider.received_requests().await.unwrap();
    let texts: Vec<String> = requests
        .iter()
        .filter(|r| r.url.path().ends_with("Messages.json"))
        .map(|r| String::from_utf8_lossy(&r.body).into_owned())
        .collect();
    let calls: Vec<String> = requests
        .iter()
        .filter(|r| r.url.path().ends_with("Calls.json"))
        .map(|r| String::from_utf8_lossy(&r.body).into_owned())
        .collect();
    assert_eq!(
        (texts.len(), calls.len()),
        (2, 2),
        "a confirmation and a status update each, by text and by call"
    );
    assert!(texts[0].contains("To=%2B19165550123"));
    assert!(texts[0].contains("From=%2B19165550100"));
    assert!(texts[0].contains("STOP"));
    assert!(texts[1].contains("accepted+and+counted"), "{}", texts[1]);
    // The confirmation call waits for one key and posts it back; the update is read twice, in
    // the voter's language's voice.
    let confirmation_call = form_decoded(calls[0].as_bytes());
    assert!(
        confirmation_call.contains("<Gather input=\"dtmf\" numDigits=\"1\""),
        "{confirmation_call}"
    );
    assert!(confirmation_call.contains("/api/v1/webhooks/voice/confirmations/"));
    let update_call = form_decoded(calls[1].as_bytes());
    assert!(update_call.contains("Sacramento County Elections"));
    assert_eq!(
        update_call
            .matches("<Say language=\"en-US\" voice=\"Polly.Joanna\">")
            .count(),
        2,
        "{update_call}"
    );
    let auth = requests[0]
        .headers
        .get("authorization")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(auth.starts_with("Basic "));
    app.stop().await;
}

#[tokio::test]
async fn a_provider_outage_is_retried_and_a_refusal_is_set_aside() {
    let provider = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&provider)
        .await;
    Mock::given(method("POST"))
        .and(body_string_contains("To=%2B19165550123"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"sid": "SM2"})))
        .mount(&provider)
        .await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(400)
                .set_body_json(json!({"code": 21211, "message": "invalid To"})),
        )
        .mount(&provider)
        .await;
    let app = app_with(None, Some(&provider)).await;
    let mut body = maria();
    body["email"] = json!({"opt_in": false});
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    assert_eq!(app.sign_up(&body).await.0, 201);
    let states = app.settled().await;
    assert_eq!(
        states,
        [("sms".into(), "pending".into(), 1)],
        "the 503 is retried later"
    );
    app.make_all_due().await;
    let states = app.settled().await;
    assert_eq!(states, [("sms".into(), "sent".into(), 2)]);

    let mut other = helpers::with_identity("Jose", "Nunez", "07-04-1975", "90012");
    other["email"] = json!({"opt_in": false});
    other["sms"] = json!({"opt_in": true, "phone": "+44 7700 900123"});
    assert_eq!(app.sign_up(&other).await.0, 201);
    let states = app.settled().await;
    assert_eq!(
        states[1],
        ("sms".into(), "dead".into(), 1),
        "a 400 will never succeed"
    );
    app.stop().await;
}

#[tokio::test]
async fn emails_are_dkim_signed_with_the_deployments_key() {
    let smtp = SmtpSink::start().await;
    let key =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dkim-test-key.pem");
    let app = spawn_app_with(Options {
        env: vec![
            ("SMTP_URL", smtp.url()),
            ("SMTP_FROM", "ballots@elections.example".to_string()),
            ("DKIM_DOMAIN", "elections.example".to_string()),
            ("DKIM_SELECTOR", "wmb2026".to_string()),
            ("DKIM_PRIVATE_KEY_FILE", key.display().to_string()),
        ],
        ..Options::default()
    })
    .await;
    assert_eq!(app.sign_up(&maria()).await.0, 201);
    app.settled().await;
    let read = email_as_read(&smtp.received()[0].data);
    let signature = read
        .lines()
        .find_map(|l| l.strip_prefix("DKIM-Signature: "))
        .expect("a DKIM signature");
    for tag in [
        "v=1",
        "a=rsa-sha256",
        "d=elections.example",
        "s=wmb2026",
        "c=relaxed/relaxed",
    ] {
        assert!(signature.contains(tag), "{tag} in {signature}");
    }
    // The headers a forger would change are the ones signed.
    let signed = signature
        .split(';')
        .find_map(|t| t.trim().strip_prefix("h="))
        .unwrap()
        .replace([' ', '\t', '\r', '\n'], "");
    for header in ["from", "to", "subject", "date", "message-id"] {
        assert!(
            signed.split(':').any(|h| h == header),
            "{header} in h={signed}"
        );
    }
    assert!(read.contains("Message-ID: <"), "{read}");
    app.stop().await;
}

#[tokio::test]
async fn calls_speak_the_voters_language_or_say_briefly_in_english_that_they_cannot() {
    let provider = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"sid": "CA1"})))
        .mount(&provider)
        .await;
    let app = app_with(None, Some(&provider)).await;
    for (language, voter, phone) in [
        ("es", helpers::maria(), "(916) 555-0131"),
        (
            "km",
            helpers::with_identity("Linh", "Nguyen", "08-20-1992", "95823"),
            "(916) 555-0132",
        ),
    ] {
        let mut body = voter;
        body["language"] = json!(language);
        body["email"] = json!({"opt_in": false});
        body["voice"] = json!({"opt_in": true, "phone": phone});
        assert_eq!(app.sign_up(&body).await.0, 201);
    }
    app.make_all_due().await;
    app.settled().await;
    let calls: Vec<String> = provider
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path().ends_with("Calls.json"))
        .map(|r| form_decoded(&r.body))
        .collect();
    assert_eq!(calls.len(), 2);
    let spanish = calls
        .iter()
        .find(|c| c.contains("To=+19165550131"))
        .unwrap();
    // Before: `<Say>` with no language, read by the provider's default English voice.
    assert!(
        spanish.contains("<Say language=\"es-US\" voice=\"Polly.Lupe\">"),
        "{spanish}"
    );
    assert!(spanish.contains("oprima 1"), "in Spanish: {spanish}");
    let khmer = calls
        .iter()
        .find(|c| c.contains("To=+19165550132"))
        .unwrap();
    // No provider voice speaks Khmer: the call is in English, and short.
    assert!(
        khmer.contains("<Say language=\"en-US\" voice=\"Polly.Joanna\">"),
        "{khmer}"
    );
    assert!(!khmer.contains("language=\"km"), "{khmer}");
    app.stop().await;
}
