//! Several API instances and workers on one database (issue 4): sign-ups and events arrive at
//! both instances at once, both workers deliver, and every message reaches the provider
//! exactly once. Runs on SQLite by default and on PostgreSQL with `TEST_BACKEND=postgres`,
//! where the claim relies on `FOR UPDATE SKIP LOCKED`.

use crate::helpers;
use crate::smtp_sink;

use ballot_api::domain::api_keys;
use ballot_api::domain::api_keys::Scope;
use ballot_api::domain::voter_file;
use helpers::{count, spawn_app_with, Options, TestApp};
use serde_json::json;
use smtp_sink::SmtpSink;
use std::collections::BTreeMap;
use std::time::Duration;

const VOTERS: usize = 100;

async fn instance(smtp: &SmtpSink, database_url: Option<String>) -> TestApp {
    spawn_app_with(Options {
        demo_voters: false,
        run_worker: true,
        database_url,
        env: vec![
            ("SMTP_URL", smtp.url()),
            ("SMTP_FROM", "ballots@elections.example".to_string()),
        ],
        ..Options::default()
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_and_two_workers_deliver_every_message_exactly_once() {
    let smtp = SmtpSink::start().await;
    let mut a = instance(&smtp, None).await;
    let mut b = instance(&smtp, Some(a.database.url.clone())).await;
    let report = voter_file::import(
        &a.store,
        helpers::distinct_voters_file("S", VOTERS, "1970-05-17").as_bytes(),
        false,
    )
    .await
    .unwrap();
    assert_eq!(report.imported, VOTERS as u64);
    let key = api_keys::create(&a.store, &Scope::Statewide, "test")
        .await
        .unwrap();

    // Every voter signs up, alternately at each instance, all at once.
    let signups = (0..VOTERS).map(|i| {
        let app = if i % 2 == 0 { &a } else { &b };
        let (first, last) = helpers::distinct_name(i);
        let body = json!({
            "first_name": first, "last_name": last,
            "date_of_birth": "05-17-1970", "zip": "95814", "language": "en",
            "email": {"opt_in": true, "address": format!("voter{i}@example.com")},
            "sms": {"opt_in": false, "phone": null},
            "voice": {"opt_in": false, "phone": null}
        });
        async move { app.sign_up(&body).await.0 }
    });
    let statuses = futures::future::join_all(signups).await;
    assert!(statuses.iter().all(|s| *s == 201), "{statuses:?}");
    // Each voter follows the link in their confirmation, at either instance.
    for _ in 0..200 {
        if smtp.received().len() >= VOTERS {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let confirmations: Vec<String> = smtp
        .received()
        .iter()
        .map(|m| helpers::email_as_read(&m.data))
        .collect();
    let (even, odd): (Vec<_>, Vec<_>) = confirmations
        .into_iter()
        .enumerate()
        .partition(|(i, _)| i % 2 == 0);
    let strip = |v: Vec<(usize, String)>| v.into_iter().map(|(_, t)| t).collect::<Vec<_>>();
    let (even, odd) = (strip(even), strip(odd));
    let confirmed = a.confirm_links_in(&even).await + b.confirm_links_in(&odd).await;
    assert_eq!(confirmed, VOTERS);

    // Then each ballot is mailed, the events split between the instances in small batches.
    let batches = (0..VOTERS).collect::<Vec<_>>();
    let posts = batches.chunks(10).enumerate().map(|(n, chunk)| {
        let app = if n % 2 == 0 { &a } else { &b };
        let events: Vec<_> = chunk
            .iter()
            .map(|i| json!({"event_id": format!("M{i}"), "voter_id": format!("S{i:04}"), "election_id": "2026-general", "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"}))
            .collect();
        let key = key.clone();
        async move {
            app.client
                .post(format!("{}/api/v1/admin/ballot-events", app.base))
                .bearer_auth(key)
                .json(&events)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    });
    let statuses = futures::future::join_all(posts).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");

    let expected = 2 * VOTERS;
    assert_eq!(count(&a.store, "outbox_message").await, expected as i64);
    for _ in 0..200 {
        if smtp.received().len() >= expected && a.settled().await.iter().all(|m| m.1 == "sent") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Both instances stopped, their workers finished: a duplicate, however late, was sent
    // by now (a fixed pause would miss one sent just after it).
    a.halt().await;
    b.halt().await;

    let mut per_recipient: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for message in smtp.received() {
        let kind = if !message.data.contains("Subject: Your ballot:") {
            "confirmation"
        } else {
            "mailed"
        };
        per_recipient
            .entry(message.to.join(","))
            .or_default()
            .push(kind.to_string());
    }
    assert_eq!(per_recipient.len(), VOTERS, "every voter got mail");
    for (recipient, kinds) in &per_recipient {
        assert_eq!(
            kinds,
            &["confirmation", "mailed"],
            "{recipient}: each message once, in order"
        );
    }
    let states = a.settled().await;
    assert_eq!(states.len(), expected);
    assert!(states
        .iter()
        .all(|(_, state, attempts)| state == "sent" && *attempts == 1));
    assert_eq!(count(&a.store, "delivery_attempt").await, expected as i64);
    b.stop().await;
    a.stop().await;
}

/// The claim itself, raced hard: eight claimers on two separate connection pools (as two
/// processes would have) take every due message, and no message is taken twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_claims_never_take_a_message_twice() {
    use ballot_api::store::{outbox, Store};
    // One message per destination: a destination's later messages wait for its earlier ones.
    const MESSAGES: usize = 2000;
    let app = spawn_app_with(Options {
        demo_voters: false,
        run_worker: false,
        ..Options::default()
    })
    .await;
    helpers::voters_with_a_due_email(&app.store, "C", MESSAGES).await;

    let other = Store::open(&app.database.url).await.unwrap();
    let claimers = (0..8).map(|n| {
        let store = if n % 2 == 0 {
            app.store.clone()
        } else {
            other.clone()
        };
        tokio::spawn(async move {
            let mut taken = Vec::new();
            loop {
                let lease = ballot_api::clock::now_plus(jiff::SignedDuration::from_secs(600));
                let claimed = outbox::claim_due(store.pool(), 25, ballot_api::clock::now(), lease)
                    .await
                    .unwrap();
                if claimed.is_empty() {
                    return taken;
                }
                taken.extend(claimed.into_iter().map(|m| m.outbox_message_id));
            }
        })
    });
    let mut all: Vec<i64> = Vec::new();
    for claimer in claimers {
        all.extend(claimer.await.unwrap());
    }
    let total = all.len();
    all.sort_unstable();
    all.dedup();
    assert_eq!(total, all.len(), "a message was claimed twice");
    assert_eq!(total, MESSAGES);
    other.close().await;
}

/// A destination's messages go in order whichever worker sends them: the second waits while
/// the first is unsent.
#[tokio::test]
async fn a_later_message_waits_for_an_earlier_one_to_the_same_destination() {
    use ballot_api::store::outbox;
    let app = spawn_app_with(Options {
        run_worker: false,
        ..Options::default()
    })
    .await;
    assert_eq!(app.sign_up(&helpers::maria()).await.0, 201); // queues a confirmation
    let subscription_id: i64 = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT subscription_id FROM subscription"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    let mut tx = app.store.begin().await.unwrap();
    let message = outbox::NewMessage {
        subscription_id,
        channel: ballot_shared::channels::Channel::Email,
        kind: ballot_api::store::outbox::MessageKind::Status(
            ballot_shared::status::BallotStatus::Mailed,
        ),
        recipient: "maria@example.com",
        sender: "Sacramento County Elections",
        subject: Some("s"),
        body_text: "mailed",
        body_html: None,
        due_at: "2000-01-01T00:00:00Z".parse().unwrap(),
        list_unsubscribe: None,
        destination_request_id: None,
        election_id: None,
        language: "en",
    };
    let reference = ballot_api::domain::message_links::new_reference();
    outbox::enqueue(&mut tx, &message, &reference, ballot_api::clock::now())
        .await
        .unwrap()
        .expect("a fresh reference");
    tx.commit().await.unwrap();
    let lease = ballot_api::clock::now_plus(jiff::SignedDuration::from_secs(600));
    let first = outbox::claim_due(app.store.pool(), 10, ballot_api::clock::now(), lease)
        .await
        .unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].kind.code(), "confirm_destination");
    // While the confirmation is being sent, the "mailed" message is not claimable.
    let second = outbox::claim_due(app.store.pool(), 10, ballot_api::clock::now(), lease)
        .await
        .unwrap();
    assert!(second.is_empty());
    outbox::record_outcomes(
        app.store.pool(),
        &[(
            first[0].outbox_message_id,
            outbox::Outcome::Sent {
                at: ballot_api::clock::now(),
            },
        )],
        ballot_api::clock::now(),
    )
    .await
    .unwrap();
    let third = outbox::claim_due(app.store.pool(), 10, ballot_api::clock::now(), lease)
        .await
        .unwrap();
    assert_eq!(third.len(), 1);
    assert_eq!(third[0].kind.code(), "mailed");
}

/// A worker that dies mid-send leaves its claim; when the lease runs out the message is
/// claimed again (counted as a second attempt), and not before.
#[tokio::test]
async fn a_message_whose_lease_ran_out_is_claimed_again() {
    use ballot_api::store::outbox;
    let app = spawn_app_with(Options {
        run_worker: false,
        ..Options::default()
    })
    .await;
    assert_eq!(app.sign_up(&helpers::maria()).await.0, 201);
    let now = ballot_api::clock::now();
    let soon = ballot_api::clock::now_plus(jiff::SignedDuration::from_secs(1));
    let first = outbox::claim_due(app.store.pool(), 10, now, soon)
        .await
        .unwrap();
    assert_eq!(first.len(), 1);
    // Still leased: nobody else may take it.
    let during = outbox::claim_due(app.store.pool(), 10, now, soon)
        .await
        .unwrap();
    assert!(during.is_empty());
    // After the lease (claiming "2 s from now"), it is taken again.
    let later = ballot_api::clock::now_plus(jiff::SignedDuration::from_secs(2));
    let lease = ballot_api::clock::now_plus(jiff::SignedDuration::from_secs(600));
    let again = outbox::claim_due(app.store.pool(), 10, later, lease)
        .await
        .unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].outbox_message_id, first[0].outbox_message_id);
    assert_eq!(again[0].attempts, 2);
}
