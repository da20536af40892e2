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
const FIRST: [&str; 10] = [
    "Ana", "Ben", "Cruz", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivan", "Jo",
];
const LAST: [&str; 3] = ["Abbot", "Baker", "Chen"];

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
    let mut file = String::from(
        "voter_id,first_name,middle_name,last_name,name_suffix,date_of_birth,residence_zip,county,status,confidential\n",
    );
    for i in 0..VOTERS {
        file.push_str(&format!(
            "F{i:03},{},,{},,1966-02-14,95814,Sacramento,active,false\n",
            FIRST[i % 10],
            LAST[i / 10]
        ));
    }
    voter_file::import(&app.store, file.as_bytes(), false)
        .await
        .unwrap();
    for i in 0..VOTERS {
        let body = json!({
            "first_name": FIRST[i % 10], "last_name": LAST[i / 10],
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
    assert_eq!(delivered.len(), VOTERS, "{delivered:?}");
    assert_eq!(distinct.len(), VOTERS);
}
