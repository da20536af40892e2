//! Issue 11: nobody takes over a voter's alerts, and each hole an attacker's trial found stays
//! closed. Each test here failed before the fix it covers.

use crate::helpers;

use ballot_api::domain::api_keys;
use ballot_api::domain::api_keys::Scope;
use helpers::{maria, spawn_app, spawn_app_with, token_after, with_identity, Options, TestApp};
use serde_json::{json, Value};
use std::time::Duration;

fn with_env(env: &[(&'static str, &str)]) -> Options {
    Options {
        env: env.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        ..Options::default()
    }
}

async fn on_file(app: &TestApp) -> (Option<String>, Option<String>) {
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
        "SELECT email_address, sms_phone FROM subscription"
    )
    .fetch_one(p)
    .await)
    .unwrap()
}

async fn post_events(app: &TestApp, key: &str, events: Value) -> (u16, Value) {
    let response = app
        .client
        .post(format!("{}/api/v1/admin/ballot-events", app.base))
        .bearer_auth(key)
        .json(&events)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn someone_holding_a_voters_details_cannot_take_over_their_alerts() {
    let app = spawn_app().await;
    // Maria signs up and confirms her address.
    app.sign_up_and_confirm(&maria()).await;
    // An attacker with a voter-file extract signs up "again" with their own address.
    let mut attack = maria();
    attack["email"] = json!({"opt_in": true, "address": "attacker@evil.example"});
    let (status, answer) = app.sign_up(&attack).await;
    // Before: 200 with Maria's token, and her alerts silently moved to the attacker.
    assert_eq!(status, 202, "{answer}");
    assert!(answer.get("subscription").is_none());
    for token in answer.to_string().split(|c: char| !c.is_ascii_hexdigit()) {
        assert!(token.len() < 32, "no token in the answer: {answer}");
    }
    assert_eq!(on_file(&app).await.0.as_deref(), Some("maria@example.com"));
    // Ballot news still goes to Maria, and nothing of it to the attacker.
    let key = helpers::statewide_key(&app).await;
    let event = json!([{"event_id": "E1", "voter_id": "V000000001", "election_id": "g", "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"}]);
    assert_eq!(post_events(&app, &key, event).await.0, 200);
    let mailed = app.wait_for_captured("email", "mailed", 1).await;
    assert_eq!(mailed.len(), 1);
    assert!(mailed[0].contains("To: maria@example.com"));
    // Maria is told someone tried, with a way to manage her notifications.
    let note = &app.wait_for_captured("email", "signup_again", 1).await[0];
    assert!(note.contains("To: maria@example.com") && note.contains("a•••@evil.example"));
    // The attacker confirms their own address: Maria is told, with an undo link that works.
    let attacker_confirmation = app
        .captured_of("email", "confirm_destination")
        .into_iter()
        .find(|m| m.contains("To: attacker@evil.example"))
        .unwrap();
    assert_eq!(app.confirm_links_in(&[attacker_confirmation]).await, 1);
    let notice = &app
        .wait_for_captured("email", "destination_changed", 1)
        .await[0];
    assert!(notice.contains("To: maria@example.com"), "{notice}");
    let undo = token_after(notice, "/undo/").unwrap();
    let response = app
        .client
        .post(format!("{}/api/v1/undo/{undo}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(on_file(&app).await.0.as_deref(), Some("maria@example.com"));
    app.stop().await;
}

#[tokio::test]
async fn a_county_key_cannot_take_over_another_countys_voter() {
    let app = spawn_app().await;
    let fresno = api_keys::create(&app.store, &Scope::County("Fresno".into()), "t")
        .await
        .unwrap();
    // V000000001 is Maria Garcia, registered in Sacramento. Before: the upsert moved her.
    let row = "voter_id,first_name,middle_name,last_name,name_suffix,date_of_birth,residence_zip,county,status\n\
               V000000001,Maria,,Garcia,,1980-01-23,93721,Fresno,active\n\
               F9,New,,Fresnan,,1990-01-01,93721,Fresno,active\n";
    let response = app
        .client
        .post(format!("{}/api/v1/admin/voters", app.base))
        .bearer_auth(&fresno)
        .header("content-type", "text/csv")
        .body(row)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"]["code"], "forbidden");
    assert!(answer["error"]["fields"]["line 2"]
        .as_str()
        .unwrap()
        .contains("registered by another county"));
    assert!(!answer.to_string().contains("Sacramento"), "{answer}");
    let (county, new): (String, i64) = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
        "SELECT (SELECT county FROM voter WHERE voter_id = 'V000000001'), \
                (SELECT COUNT(*) FROM voter WHERE voter_id = 'F9')"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!((county.as_str(), new), ("Sacramento", 0), "nothing applied");
    app.stop().await;
}

#[tokio::test]
async fn each_county_numbers_its_own_events() {
    let app = spawn_app().await;
    let sacramento = api_keys::create(&app.store, &Scope::County("Sacramento".into()), "t")
        .await
        .unwrap();
    let fresno = api_keys::create(&app.store, &Scope::County("Fresno".into()), "t")
        .await
        .unwrap();
    let event = |voter: &str| json!([{"event_id": "E-1", "voter_id": voter, "election_id": "g", "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"}]);
    let (_, first) = post_events(&app, &sacramento, event("V000000001")).await;
    assert_eq!(first["applied"], 1);
    // Before: Fresno's E-1 was taken for Sacramento's and silently dropped as a repeat.
    let (_, second) = post_events(&app, &fresno, event("V000000005")).await;
    assert_eq!(
        (second["applied"].as_i64(), second["duplicates"].as_i64()),
        (Some(1), Some(0))
    );
    let (_, again) = post_events(&app, &fresno, event("V000000005")).await;
    assert_eq!(
        (again["applied"].as_i64(), again["duplicates"].as_i64()),
        (Some(0), Some(1))
    );
    assert_eq!(helpers::count(&app.store, "ballot_event").await, 2);
    app.stop().await;
}

fn from(ip: &str) -> (&'static str, String) {
    ("x-forwarded-for", ip.to_string())
}

async fn sign_up_from(app: &TestApp, body: &Value, ip: &str) -> u16 {
    let (name, value) = from(ip);
    app.client
        .post(format!("{}/api/v1/signups", app.base))
        .header(name, value)
        .json(body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_sweep_of_birth_dates_stops_after_a_few_misses_from_any_address() {
    let app = spawn_app_with(with_env(&[
        ("CLIENT_IP_HEADER", "x-forwarded-for"),
        ("TRUSTED_PROXIES", "127.0.0.1"),
        ("RATE_LIMIT_SWEEP_MISSES_PER_HOUR", "5"),
    ]))
    .await;
    // Before: 60 guesses a minute per address passed, and each new address brought 60 more.
    let mut statuses = Vec::new();
    for day in 1..=8 {
        let guess = with_identity("Maria", "Garcia", &format!("02-{day:02}-1980"), "95814");
        statuses.push(sign_up_from(&app, &guess, &format!("198.51.100.{day}")).await);
    }
    assert_eq!(statuses, [422, 422, 422, 422, 422, 429, 429, 429]);
    // Even the right date now waits, whoever asks: the sweep learns nothing.
    assert_eq!(sign_up_from(&app, &maria(), "203.0.113.9").await, 429);
    // A sweep of ZIP codes for one name and date is stopped the same way.
    let mut zips = Vec::new();
    for zip in ["90001", "90002", "90003", "90004", "90005", "90006"] {
        zips.push(
            sign_up_from(
                &app,
                &with_identity("Jose", "Nunez", "07-04-1975", zip),
                "198.51.100.50",
            )
            .await,
        );
    }
    assert_eq!(zips, [422, 422, 422, 422, 422, 429]);
    // Other voters are not affected.
    let (status, _) = app
        .sign_up(&with_identity("Linh", "Nguyen", "08-20-1992", "95823"))
        .await;
    assert_eq!(status, 201);
    app.stop().await;
}

#[tokio::test]
async fn identity_limits_count_misses_so_the_real_details_cannot_lock_a_voter_out() {
    let app = spawn_app_with(with_env(&[("RATE_LIMIT_PER_IDENTITY_PER_HOUR", "2")])).await;
    // Before: ten sign-ups with a voter's true details, from anywhere, locked them out.
    let mut statuses = Vec::new();
    for _ in 0..10 {
        statuses.push(app.sign_up(&maria()).await.0);
    }
    assert_eq!(statuses[0], 201);
    assert!(statuses[1..].iter().all(|s| *s == 202), "{statuses:?}");
    let lookup = json!({"first_name": "Maria", "last_name": "Garcia", "date_of_birth": "01-23-1980", "zip": "95814"});
    assert_eq!(
        app.post_json("/api/v1/status-lookups", &lookup).await.0,
        200
    );
    // Misses of one identity do count.
    let wrong = json!({"first_name": "Maria", "last_name": "Garcia", "date_of_birth": "01-23-1981", "zip": "95814"});
    let tries: Vec<u16> = futures::future::join_all(
        (0..3).map(|_| async { app.post_json("/api/v1/status-lookups", &wrong).await.0 }),
    )
    .await;
    assert!(tries.contains(&429) || tries == [422, 422, 422]);
    assert_eq!(app.post_json("/api/v1/status-lookups", &wrong).await.0, 429);
    app.stop().await;
}

#[tokio::test]
async fn a_day_of_misses_across_all_identities_has_a_budget() {
    let app = spawn_app_with(with_env(&[("DAILY_MISS_BUDGET", "3")])).await;
    for i in 0..3 {
        let (status, _) = app
            .post_json(
                "/api/v1/status-lookups",
                &with_identity("Nobody", &format!("Here{i}"), "01-01-1970", "95814"),
            )
            .await;
        assert_eq!(status, 422);
    }
    let (status, answer) = app
        .post_json(
            "/api/v1/status-lookups",
            &with_identity("Maria", "Garcia", "01-23-1980", "95814"),
        )
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (429, Some("rate_limited"))
    );
    app.stop().await;
}

#[tokio::test]
async fn a_client_ip_header_is_believed_only_from_a_configured_proxy() {
    // The test client connects from 127.0.0.1, which is not the configured proxy: its header
    // is its own claim, so changing it does not buy a fresh allowance.
    let app = spawn_app_with(with_env(&[
        ("CLIENT_IP_HEADER", "x-forwarded-for"),
        ("TRUSTED_PROXIES", "10.0.0.0/8"),
        ("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "3"),
    ]))
    .await;
    let lookup = with_identity("Nobody", "Here", "01-01-1970", "95814");
    let mut statuses = Vec::new();
    for i in 0..4 {
        let (name, value) = from(&format!("203.0.113.{i}"));
        let response = app
            .client
            .post(format!("{}/api/v1/status-lookups", app.base))
            .header(name, value)
            .json(&lookup)
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [422, 422, 422, 429]);
    app.stop().await;
}

#[tokio::test]
async fn instances_sharing_the_database_share_one_budget() {
    let shared = [
        ("RATE_LIMIT_STORE", "database"),
        ("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "4"),
    ];
    let a = spawn_app_with(with_env(&shared)).await;
    let b = spawn_app_with(Options {
        database_url: Some(a.database.url.clone()),
        demo_voters: false,
        ..with_env(&shared)
    })
    .await;
    let lookup = with_identity("Nobody", "Here", "01-01-1970", "95814");
    let mut statuses = Vec::new();
    for i in 0..6 {
        let app = if i % 2 == 0 { &a } else { &b };
        statuses.push(app.post_json("/api/v1/status-lookups", &lookup).await.0);
    }
    // Kept in each process, each instance would have allowed four.
    assert_eq!(statuses, [422, 422, 422, 422, 429, 429]);
    b.stop().await;
    a.stop().await;
}

async fn open_stream(app: &TestApp, token: &str) -> reqwest::Response {
    app.client
        .get(format!(
            "{}/api/v1/ballot-statuses/{token}/events",
            app.base
        ))
        .send()
        .await
        .unwrap()
}

/// Reads the next whole event (or the end of the stream) within `wait`.
async fn next_event(response: &mut reqwest::Response, wait: Duration) -> Option<String> {
    let mut text = String::new();
    let deadline = tokio::time::Instant::now() + wait;
    while !text.contains("\n\n") {
        let chunk = tokio::time::timeout_at(deadline, response.chunk())
            .await
            .expect("an event, or the end, in time")
            .unwrap()?;
        text.push_str(&String::from_utf8_lossy(&chunk));
        if text.starts_with(':') && text.contains("\n\n") {
            text.clear(); // a keep-alive comment
        }
    }
    Some(text)
}

#[tokio::test]
async fn status_streams_are_capped_per_client_and_end_after_their_lifetime() {
    let app = spawn_app_with(with_env(&[
        ("STATUS_STREAMS_PER_ADDRESS", "2"),
        ("STATUS_STREAM_LIFETIME_S", "1"),
    ]))
    .await;
    let (_, answer) = app.sign_up(&maria()).await;
    let token = answer["subscription"]["status_token"]
        .as_str()
        .unwrap()
        .to_string();
    let mut first = open_stream(&app, &token).await;
    let second = open_stream(&app, &token).await;
    assert_eq!(
        (first.status().as_u16(), second.status().as_u16()),
        (200, 200)
    );
    // Before: any number of streams, each held for as long as the client liked.
    let third = open_stream(&app, &token).await;
    assert_eq!(third.status().as_u16(), 429);
    assert!(next_event(&mut first, Duration::from_secs(3))
        .await
        .is_some());
    // The lifetime ends the stream (the browser reconnects by itself).
    assert_eq!(next_event(&mut first, Duration::from_secs(5)).await, None);
    drop(second);
    // Places are given back.
    let mut again = open_stream(&app, &token).await;
    assert_eq!(again.status().as_u16(), 200);
    assert!(next_event(&mut again, Duration::from_secs(3))
        .await
        .is_some());
    app.stop().await;
}

#[tokio::test]
async fn a_change_recorded_by_another_instance_wakes_an_open_status_page() {
    let a = spawn_app().await;
    let b = spawn_app_with(Options {
        database_url: Some(a.database.url.clone()),
        demo_voters: false,
        ..Options::default()
    })
    .await;
    let (_, answer) = a.sign_up(&maria()).await;
    let token = answer["subscription"]["status_token"]
        .as_str()
        .unwrap()
        .to_string();
    let mut stream = open_stream(&a, &token).await;
    let first = next_event(&mut stream, Duration::from_secs(3))
        .await
        .unwrap();
    assert!(first.contains("\"ballots\":[]"));
    let key = helpers::statewide_key(&b).await;
    let event = json!([{"event_id": "E1", "voter_id": "V000000001", "election_id": "g", "status": "received", "occurred_at": "2026-11-03T10:00:00-08:00"}]);
    assert_eq!(post_events(&b, &key, event).await.0, 200);
    // PostgreSQL: NOTIFY; SQLite: the one watcher of the process (every 2 s). No page polls.
    let second = next_event(&mut stream, Duration::from_secs(5))
        .await
        .unwrap();
    assert!(
        second.contains("\"current_status\":\"received\""),
        "{second}"
    );
    drop(stream);
    b.stop().await;
    a.stop().await;
}

#[tokio::test]
async fn readiness_and_metrics_can_be_kept_for_operations() {
    let token = "an-operations-token-of-some-length";
    let app = spawn_app_with(with_env(&[
        ("OPERATIONS_TOKEN", token),
        ("PUBLIC_URL", "https://ballots.example"),
    ]))
    .await;
    for path in ["/readyz", "/metrics"] {
        let refused = app
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status().as_u16(), 401, "{path}");
        let allowed = app
            .client
            .get(format!("{}{path}", app.base))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(allowed.status().as_u16(), 200, "{path}");
        // Served over https: browsers are told to use nothing else.
        assert_eq!(
            allowed.headers()["strict-transport-security"],
            "max-age=31536000; includeSubDomains"
        );
    }
    let health = app
        .client
        .get(format!("{}/healthz", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(
        health.status().as_u16(),
        200,
        "load balancers still see health"
    );
    app.stop().await;
    // Over plain http (a local setup), no HSTS.
    let local = spawn_app().await;
    let response = local
        .client
        .get(format!("{}/healthz", local.base))
        .send()
        .await
        .unwrap();
    assert!(response
        .headers()
        .get("strict-transport-security")
        .is_none());
    local.stop().await;
}

#[tokio::test]
async fn operator_keys_expire_and_can_be_revoked() {
    let app = spawn_app().await;
    let stats = |key: String| {
        let request = app
            .client
            .get(format!("{}/api/v1/admin/stats", app.base))
            .bearer_auth(key);
        async move { request.send().await.unwrap().status().as_u16() }
    };
    let (id, key) = api_keys::create_expiring(&app.store, &Scope::Statewide, "t", 30)
        .await
        .unwrap();
    assert_eq!(stats(key.clone()).await, 200);
    assert!(
        ballot_api::store::api_keys::revoke(app.store.pool(), id, ballot_api::clock::now())
            .await
            .unwrap()
    );
    assert_eq!(stats(key).await, 401);
    let (id, key) = api_keys::create_expiring(&app.store, &Scope::Statewide, "t", 30)
        .await
        .unwrap();
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query(
        "UPDATE api_key SET expires_at = '2000-01-01T00:00:00.000000Z' WHERE api_key_id = $1"
    )
    .bind(id)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    assert_eq!(stats(key).await, 401);
    app.stop().await;
}

#[tokio::test]
async fn production_refuses_a_channel_it_cannot_send_and_numbers_it_must_not() {
    // Before: a sign-up for texts said "we sent a confirmation" that no provider would send.
    let app = spawn_app_with(with_env(&[
        ("DEPLOYMENT", "production"),
        ("SMTP_URL", "smtp://127.0.0.1:9"),
        ("PHONE_COUNTRY_CODES", "1,44"),
    ]))
    .await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    let (status, answer) = app.sign_up(&body).await;
    assert_eq!(status, 422, "{answer}");
    assert!(answer["error"]["fields"]["sms.phone"]
        .as_str()
        .unwrap()
        .contains("not available"));
    assert_eq!(helpers::count(&app.store, "subscription").await, 0);
    app.stop().await;
    // A deployment without production mode but with a country list.
    let app = spawn_app_with(with_env(&[("PHONE_COUNTRY_CODES", "1,44")])).await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "+81 3 1234 5678"});
    let (status, answer) = app.sign_up(&body).await;
    assert_eq!(status, 422);
    assert!(answer["error"]["fields"]["sms.phone"]
        .as_str()
        .unwrap()
        .contains("that country"));
    body["sms"] = json!({"opt_in": true, "phone": "+881 6 3123 4567"});
    let (_, answer) = app.sign_up(&body).await;
    assert!(answer["error"]["fields"]["sms.phone"]
        .as_str()
        .unwrap()
        .contains("premium-rate or satellite"));
    body["sms"] = json!({"opt_in": true, "phone": "+44 7700 900123"});
    assert_eq!(app.sign_up(&body).await.0, 201);
    app.stop().await;
}

#[tokio::test]
async fn confirmations_to_one_number_are_capped_per_day() {
    let app = spawn_app().await;
    let mut sent = Vec::new();
    for (first, last, dob, zip) in [
        ("Maria", "Garcia", "01-23-1980", "95814"),
        ("Jose", "Nunez", "07-04-1975", "90012"),
        ("Linh", "Nguyen", "08-20-1992", "95823"),
        ("Robert", "King", "02-29-1964", "93721"),
    ] {
        let mut body = with_identity(first, last, dob, zip);
        body["email"] = json!({"opt_in": false});
        body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0142"});
        let (status, answer) = app.sign_up(&body).await;
        sent.push((status, answer["error"]["fields"]["sms.phone"].clone()));
    }
    // Someone typing a stranger's number into sign-up after sign-up: three texts, then no more.
    assert_eq!(sent[0].0, 201);
    assert_eq!(sent[2].0, 201);
    assert_eq!(sent[3].0, 429);
    assert!(sent[3]
        .1
        .as_str()
        .unwrap()
        .contains("as many confirmations"));
    app.stop().await;
}

#[tokio::test]
async fn a_message_can_be_checked_by_its_reference_and_nothing_more_is_told() {
    let app = spawn_app().await;
    app.sign_up(&maria()).await;
    let email = &app
        .wait_for_captured("email", "confirm_destination", 1)
        .await[0];
    let reference = email
        .lines()
        .find_map(|l| l.strip_prefix("Reference: "))
        .unwrap()
        .to_string();
    assert!(email.contains(&format!("Reference {reference}")), "{email}");
    app.settled().await;
    let typed = format!("ref {}", reference.to_lowercase().replace('-', " "));
    let (status, answer) = app
        .post_json(
            "/api/v1/message-verifications",
            &json!({"reference": typed}),
        )
        .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["reference"], reference);
    assert_eq!(answer["sent_by_us"], true);
    assert_eq!(answer["channel"], "email");
    assert_eq!(answer["destination"], "m•••@example.com");
    assert_eq!(answer["sender"], "Sacramento County Elections");
    assert!(
        !answer.to_string().contains("Maria"),
        "nothing of the message: {answer}"
    );
    let (_, answer) = app
        .post_json(
            "/api/v1/message-verifications",
            &json!({"reference": "ZZZZ-ZZZZ"}),
        )
        .await;
    assert_eq!(answer["sent_by_us"], false);
    let (status, answer) = app
        .post_json(
            "/api/v1/message-verifications",
            &json!({"reference": "not one"}),
        )
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (422, Some("invalid_input"))
    );
    app.stop().await;
}

#[tokio::test]
async fn guessing_references_is_rate_limited() {
    let app = spawn_app().await;
    let mut statuses = Vec::new();
    for i in 0..22 {
        let reference = format!("AAAA-{i:04}");
        statuses.push(
            app.post_json(
                "/api/v1/message-verifications",
                &json!({"reference": reference}),
            )
            .await
            .0,
        );
    }
    assert!(statuses[..20].iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(statuses[20], 429);
    app.stop().await;
}

#[tokio::test]
async fn an_election_is_purged_after_certification_keeping_only_counts() {
    let app = spawn_app().await;
    app.sign_up_and_confirm(&maria()).await;
    let mut jose = with_identity("Jose", "Nunez", "07-04-1975", "90012");
    jose["email"]["address"] = json!("jose@example.com");
    app.sign_up_and_confirm(&jose).await;
    let key = helpers::statewide_key(&app).await;
    let event = |id: &str, voter: &str, election: &str| json!({"event_id": id, "voter_id": voter, "election_id": election, "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"});
    let events = json!([
        event("M1", "V000000001", "g26"),
        event("J1", "V000000002", "g26"),
        event("J2", "V000000002", "g27"),
        event("S1", "V000000003", "g26"),
    ]);
    assert_eq!(post_events(&app, &key, events).await.0, 200);
    // Envelopes' barcodes go with their election; Siobhán's envelope for the next election,
    // posted before any of its events, keeps her in the voter file.
    let pieces = "voter_id,election_id,direction,imb\n\
        V000000001,g26,outbound,00040123456000000001\n\
        V000000002,g27,outbound,00040123456000000002\n\
        V000000003,g28,outbound,00040123456000000003\n";
    for county in ["Sacramento", "Los Angeles", "San Francisco"] {
        let saved = app
            .client
            .put(format!("{}/api/v1/admin/counties/{county}", app.base))
            .bearer_auth(&key)
            .json(&json!({"mailer_ids": ["123456"]}))
            .send()
            .await
            .unwrap();
        assert_eq!(saved.status().as_u16(), 200);
    }
    let posted = app
        .client
        .post(format!("{}/api/v1/admin/mail-pieces", app.base))
        .bearer_auth(&key)
        .header("content-type", "text/csv")
        .body(pieces)
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status().as_u16(), 200);
    app.wait_for_captured("email", "mailed", 3).await;
    app.settled().await;
    // Only a statewide key records a certification.
    let county = api_keys::create(&app.store, &Scope::County("Sacramento".into()), "t")
        .await
        .unwrap();
    let certify = |key: String| {
        app.client
            .put(format!("{}/api/v1/admin/elections/g26", app.base))
            .bearer_auth(key)
            .json(&json!({"certified_on": ballot_api::clock::california_date_days_ago(0)}))
            .send()
    };
    assert_eq!(certify(county).await.unwrap().status().as_u16(), 403);
    let saved: Value = certify(key.clone()).await.unwrap().json().await.unwrap();
    assert!(saved["purge_on"].as_str().unwrap() > saved["certified_on"].as_str().unwrap());
    // Not yet due (90 days by default)…
    assert!(ballot_api::domain::retention::purge_due(&app.store, 90)
        .await
        .unwrap()
        .is_empty());
    // …and once due, purged.
    let done = ballot_api::domain::retention::purge_due(&app.store, 0)
        .await
        .unwrap();
    assert_eq!(done.len(), 1);
    let (election, purged) = &done[0];
    assert_eq!(election, "g26");
    assert_eq!(
        (
            purged.voters,
            purged.subscriptions,
            purged.ballot_events,
            purged.mail_pieces
        ),
        (1, 1, 3, 1)
    );
    let store = &app.store;
    let count = |sql: &'static str| async move {
        let n: i64 =
            ballot_api::on_pool!(store.pool(), |p| sqlx::query_scalar(sql).fetch_one(p).await)
                .unwrap();
        n
    };
    assert_eq!(
        count("SELECT COUNT(*) FROM voter WHERE voter_id = 'V000000001'").await,
        0
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM subscription WHERE voter_id = 'V000000001'").await,
        0
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM ballot_event WHERE election_id = 'g26'").await,
        0
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM outbox_message WHERE recipient = 'maria@example.com'").await,
        0
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM outbox_message WHERE election_id = 'g26'").await,
        0
    );
    assert_eq!(count("SELECT COUNT(*) FROM access_token t JOIN subscription s ON s.subscription_id = t.subscription_id WHERE s.voter_id = 'V000000001'").await, 0);
    // José voted in another election too: he stays, with that election's events.
    assert_eq!(
        count("SELECT COUNT(*) FROM subscription WHERE voter_id = 'V000000002'").await,
        1
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM ballot_event WHERE election_id = 'g27'").await,
        1
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM mail_piece WHERE election_id = 'g26'").await,
        0
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM mail_piece WHERE election_id <> 'g26'").await,
        2
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM voter WHERE voter_id = 'V000000003'").await,
        1
    );
    // Nothing more is recorded for a purged election.
    let late = app
        .client
        .post(format!("{}/api/v1/admin/mail-pieces", app.base))
        .bearer_auth(&key)
        .header("content-type", "text/csv")
        .body("voter_id,election_id,direction,imb\nV000000002,g26,return,00040123456000000004\n")
        .send()
        .await
        .unwrap();
    assert_eq!(late.status().as_u16(), 422);
    let answer: Value = late.json().await.unwrap();
    assert!(
        answer["error"]["fields"]["line 2"]
            .as_str()
            .unwrap()
            .contains("was purged"),
        "{answer}"
    );
    // What remains: the counts, and the audit of the purge.
    let counts: String = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT purged FROM election WHERE election_id = 'g26'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(counts.contains("\"voters\":1"), "{counts}");
    assert_eq!(
        count("SELECT COUNT(*) FROM audit_event WHERE action = 'cli purge g26'").await,
        1
    );
    assert!(matches!(
        ballot_api::domain::retention::purge_election(&app.store, "g26").await,
        Err(ballot_api::domain::retention::RetentionError::AlreadyPurged(_))
    ));
    assert!(matches!(
        ballot_api::domain::retention::purge_election(&app.store, "g27").await,
        Err(ballot_api::domain::retention::RetentionError::NotCertified(
            _
        ))
    ));
    app.stop().await;
}

// What a second look at the fixes above found; each test failed before its fix.

async fn put_manage(app: &TestApp, manage: &str, body: Value) -> (u16, Value) {
    let response = app
        .client
        .put(format!("{}/api/v1/subscriptions/{manage}", app.base))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn one_click(app: &TestApp, token: &str) -> u16 {
    app.client
        .post(format!("{}/api/v1/unsubscribe/{token}", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_strangers_sign_up_neither_cancels_the_voters_confirmation_nor_spends_their_allowance() {
    let app = spawn_app_with(with_env(&[("CONFIRMATIONS_PER_SUBSCRIPTION_PER_DAY", "2")])).await;
    let (status, answer) = app.sign_up(&maria()).await;
    assert_eq!(status, 201, "{answer}");
    let manage = answer["subscription"]["manage_token"]
        .as_str()
        .unwrap()
        .to_string();
    let marias = app
        .wait_for_captured("email", "confirm_destination", 1)
        .await;
    // Before Maria clicks, someone with her details signs up with their own address.
    let mut attack = maria();
    attack["email"] = json!({"opt_in": true, "address": "attacker@evil.example"});
    let (status, answer) = app.sign_up(&attack).await;
    assert_eq!(status, 202, "{answer}");
    let theirs = app
        .wait_for_captured("email", "confirm_destination", 2)
        .await
        .into_iter()
        .find(|m| m.contains("To: attacker@evil.example"))
        .unwrap();
    // The unsubscribe link in their confirmation cancels that request, and only that one.
    let unsubscribe = token_after(&theirs, "/unsubscribe/").unwrap();
    assert_eq!(one_click(&app, &unsubscribe).await, 200);
    assert_eq!(app.confirm_links_in(&[theirs]).await, 0);
    // Before: the stranger's sign-up had cancelled Maria's request; her link said it expired.
    assert_eq!(app.confirm_links_in(&marias).await, 1);
    assert_eq!(on_file(&app).await.0.as_deref(), Some("maria@example.com"));
    // Sign-ups have had the subscription's two confirmations of the day…
    attack["email"] = json!({"opt_in": true, "address": "other@evil.example"});
    let (status, answer) = app.sign_up(&attack).await;
    assert_eq!(status, 429, "{answer}");
    // …but Maria's manage link has an allowance of its own. Before: refused as well.
    let (status, details) = put_manage(
        &app,
        &manage,
        json!({"email": {"opt_in": true, "address": "maria.new@example.org"}, "sms": {"opt_in": false}, "voice": {"opt_in": false}}),
    )
    .await;
    assert_eq!(status, 200, "{details}");
    assert_eq!(details["channels"]["email"]["confirmation_sent"], true);
    app.stop().await;
}

#[tokio::test]
async fn each_destination_taken_off_is_told_how_to_get_its_alerts_back() {
    let app = spawn_app().await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    let (_, answer) = app.sign_up_and_confirm(&body).await;
    let manage = answer["subscription"]["manage_token"]
        .as_str()
        .unwrap()
        .to_string();
    // Texts turned off with a manage link (which may have been forwarded): the number is told.
    let (status, details) = put_manage(
        &app,
        &manage,
        json!({"email": {"opt_in": true}, "sms": {"opt_in": false}, "voice": {"opt_in": false}}),
    )
    .await;
    assert_eq!(status, 200, "{details}");
    let text = &app.wait_for_captured("sms", "destination_removed", 1).await[0];
    assert!(text.contains("To: +19165550123"), "{text}");
    assert!(text.contains("no longer come to this number"), "{text}");
    assert!(
        text.contains(&format!("{}/", app.base)),
        "the way back: {text}"
    );
    // Stopping everything tells the address too.
    let response = app
        .client
        .delete(format!("{}/api/v1/subscriptions/{manage}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 204);
    let email = helpers::email_as_read(
        &app.wait_for_captured("email", "destination_removed", 1)
            .await[0],
    );
    assert!(email.contains("To: maria@example.com"), "{email}");
    assert!(
        email.contains("will no longer send Maria's email notifications to m"),
        "{email}"
    );
    assert!(email.contains("sign up again"), "{email}");
    app.stop().await;
}

#[tokio::test]
async fn an_undone_change_tells_the_destination_it_removes() {
    let app = spawn_app().await;
    app.sign_up_and_confirm(&maria()).await;
    let mut attack = maria();
    attack["sms"] = json!({"opt_in": true, "phone": "(916) 555-0199"});
    assert_eq!(app.sign_up(&attack).await.0, 202);
    let theirs = app.wait_for_captured("sms", "confirm_destination", 1).await;
    assert_eq!(app.confirm_links_in(&theirs).await, 1);
    let notice = &app
        .wait_for_captured("email", "destination_changed", 1)
        .await[0];
    let undo = token_after(notice, "/undo/").unwrap();
    let undone = app
        .client
        .post(format!("{}/api/v1/undo/{undo}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(undone.status().as_u16(), 200);
    assert_eq!(on_file(&app).await.1, None);
    let told = &app.wait_for_captured("sms", "destination_removed", 1).await[0];
    assert!(told.contains("To: +19165550199"), "{told}");
    // The same link again changes nothing and tells no one again.
    let again = app
        .client
        .post(format!("{}/api/v1/undo/{undo}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status().as_u16(), 410);
    app.settled().await;
    assert_eq!(app.captured_of("sms", "destination_removed").len(), 1);
    app.stop().await;
}

async fn outbox_states(app: &TestApp) -> Vec<(String, String, String, Option<String>)> {
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
        "SELECT channel, kind, state, last_error FROM outbox_message \
         WHERE kind NOT IN ('confirm_destination') ORDER BY outbox_message_id"
    )
    .fetch_all(p)
    .await)
    .unwrap()
}

#[tokio::test]
async fn news_queued_for_a_destination_taken_off_is_withdrawn() {
    // This instance has no worker, so what is queued stays queued; a second one with a worker
    // delivers the confirmations, then stops.
    let quiet = spawn_app_with(Options {
        run_worker: false,
        ..with_env(&[("ALLOW_UNSIGNED_WEBHOOKS", "true")])
    })
    .await;
    let sender = spawn_app_with(Options {
        database_url: Some(quiet.database.url.clone()),
        demo_voters: false,
        ..Options::default()
    })
    .await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    let (_, answer) = sender.sign_up_and_confirm(&body).await;
    sender.stop().await;
    let manage = answer["subscription"]["manage_token"]
        .as_str()
        .unwrap()
        .to_string();
    let key = helpers::statewide_key(&quiet).await;
    let event = json!([{"event_id": "E1", "voter_id": "V000000001", "election_id": "g", "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"}]);
    assert_eq!(post_events(&quiet, &key, event).await.0, 200);
    // STOP by text: nothing queued for the number goes out any more. Before: it still did.
    let stop = quiet
        .client
        .post(format!("{}/api/v1/webhooks/sms", quiet.base))
        .form(&[
            ("From", "+19165550123"),
            ("To", "+19165550100"),
            ("Body", "STOP"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(stop.status().as_u16(), 200);
    // Email turned off with the manage link: its news is withdrawn, its removal notice is not.
    let (status, details) = put_manage(
        &quiet,
        &manage,
        json!({"email": {"opt_in": false}, "sms": {"opt_in": false}, "voice": {"opt_in": true, "phone": "(916) 555-0123"}}),
    )
    .await;
    assert_eq!(status, 200, "{details}");
    let states = outbox_states(&quiet).await;
    let find = |channel: &str, kind: &str| {
        states
            .iter()
            .find(|(c, k, _, _)| c == channel && k == kind)
            .unwrap_or_else(|| panic!("no {channel} {kind} in {states:?}"))
            .clone()
    };
    let (_, _, state, error) = find("sms", "mailed");
    assert_eq!(state, "dead");
    assert!(error.unwrap().contains("STOP"));
    let (_, _, state, error) = find("email", "mailed");
    assert_eq!(state, "dead");
    assert!(error.unwrap().starts_with("withdrawn"));
    assert_eq!(find("email", "destination_removed").2, "pending");
    quiet.stop().await;
}

#[tokio::test]
async fn operator_text_cannot_carry_a_working_link_into_a_message() {
    let app = spawn_app().await;
    app.sign_up_and_confirm(&maria()).await;
    let statewide = helpers::statewide_key(&app).await;
    let county = api_keys::create(&app.store, &Scope::County("Sacramento".into()), "t")
        .await
        .unwrap();
    let put_county = |key: String, body: Value| {
        app.client
            .put(format!("{}/api/v1/admin/counties/Sacramento", app.base))
            .bearer_auth(key)
            .json(&body)
            .send()
    };
    // Before: a notice saying "{{token:manage}}" went out with a working manage link in it.
    let notice = json!({"kind": "notice", "election_id": "g", "county": "Sacramento",
        "texts": {"en": "Update your choices: https://evil.example/{{token:manage}}"},
        "send_at": "2026-11-01T16:00:00Z"});
    let (status, answer) = {
        let r = app
            .client
            .post(format!("{}/api/v1/admin/broadcasts", app.base))
            .bearer_auth(&county)
            .json(&notice)
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.json::<Value>().await.unwrap())
    };
    assert_eq!(status, 422, "{answer}");
    assert!(answer["error"]["fields"]["texts"]
        .as_str()
        .unwrap()
        .contains("must not contain {{ or }}"));
    for (field, value) in [("sender_name", "{{token:manage}}"), ("contact", "{x}")] {
        let r = put_county(county.clone(), json!({ field: value }))
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "{field}");
    }
    let reason = json!([{"event_id": "E1", "voter_id": "V000000001", "election_id": "g", "status": "not_counted", "occurred_at": "2026-11-05T09:00:00-08:00", "detail": {"reason": "see {{token:status}}"}}]);
    assert_eq!(post_events(&app, &county, reason).await.0, 422);
    // A county key may not point its voters' cure links at a host of its own choosing.
    let hosts = json!({"cure_url_hosts": ["evil.example"]});
    let r = put_county(county.clone(), hosts.clone()).await.unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(
        put_county(statewide.clone(), hosts)
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    // Leaving the hosts out keeps them.
    let r = put_county(
        county.clone(),
        json!({"sender_name": "Sacramento County Voter Registration"}),
    )
    .await
    .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    // Text saved before such marks were refused goes out with them broken.
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query(
        "UPDATE county SET sender_name = 'Office {{token:manage}}' WHERE county = 'Sacramento'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let office = ballot_api::domain::offices::office_for(
        &mut app.store.begin().await.unwrap(),
        "Sacramento",
    )
    .await
    .unwrap();
    assert_eq!(office.sender, "Office { {token:manage} }");
    assert_eq!(office.cure_url_hosts, ["evil.example"]);
    app.stop().await;
}

#[tokio::test]
async fn a_burst_of_look_ups_for_one_identity_cannot_outrun_its_limit() {
    let app = spawn_app_with(with_env(&[("RATE_LIMIT_PER_IDENTITY_PER_HOUR", "1")])).await;
    let lookup = with_identity("Nobody", "Here", "01-01-1970", "95814");
    let statuses = futures_util::future::join_all(
        (0..8).map(|_| app.post_json("/api/v1/status-lookups", &lookup)),
    )
    .await;
    let mut statuses: Vec<u16> = statuses.into_iter().map(|(s, _)| s).collect();
    statuses.sort();
    // Before: several passed the check before the first miss was counted.
    assert_eq!(statuses, [422, 429, 429, 429, 429, 429, 429, 429]);
    // A match gives its count back: the real details are never locked out by their own use.
    let marias = maria();
    for _ in 0..3 {
        assert_eq!(
            app.post_json("/api/v1/status-lookups", &marias).await.0,
            200
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn trying_names_for_one_birth_date_and_zip_stops_after_a_few_misses() {
    let app = spawn_app_with(with_env(&[("RATE_LIMIT_SWEEP_MISSES_PER_HOUR", "3")])).await;
    let mut statuses = Vec::new();
    for (first, last) in [
        ("Ann", "Aa"),
        ("Bob", "Bb"),
        ("Cy", "Cc"),
        ("Di", "Dd"),
        ("Ed", "Ee"),
    ] {
        let lookup = with_identity(first, last, "01-23-1980", "95814");
        statuses.push(app.post_json("/api/v1/status-lookups", &lookup).await.0);
    }
    assert_eq!(statuses, [422, 422, 422, 429, 429]);
    app.stop().await;
}

#[tokio::test]
async fn what_belongs_to_no_election_goes_once_it_is_old() {
    let app = spawn_app().await;
    app.sign_up_and_confirm(&maria()).await;
    let mut attack = maria();
    attack["email"] = json!({"opt_in": true, "address": "attacker@evil.example"});
    assert_eq!(app.sign_up(&attack).await.0, 202);
    app.wait_for_captured("email", "signup_again", 1).await;
    app.settled().await;
    let store = &app.store;
    let count = |sql: &'static str| async move {
        let n: i64 =
            ballot_api::on_pool!(store.pool(), |p| sqlx::query_scalar(sql).fetch_one(p).await)
                .unwrap();
        n
    };
    assert_eq!(count("SELECT COUNT(*) FROM destination_request").await, 2);
    // Not yet old: kept.
    let kept = ballot_api::domain::retention::purge_aged(&app.store, 90)
        .await
        .unwrap();
    assert_eq!(kept, Default::default());
    // Made old: the requests (with the stranger's address), the confirmations and notes, and
    // their links go; the subscription and its status link stay.
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query(
        "UPDATE destination_request SET created_at = '2020-01-01T00:00:00.000000Z'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query(
        "UPDATE outbox_message SET created_at = '2020-01-01T00:00:00.000000Z'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let aged = ballot_api::domain::retention::purge_aged(&app.store, 90)
        .await
        .unwrap();
    assert_eq!(aged.destination_requests, 2);
    assert!(aged.messages >= 3, "{aged:?}");
    assert_eq!(count("SELECT COUNT(*) FROM destination_request").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM outbox_message").await, 0);
    assert_eq!(count("SELECT COUNT(*) FROM subscription").await, 1);
    assert!(!helpers::all_text_in_the_database(&app.store)
        .await
        .contains("attacker@evil.example"));
    // An election cannot be certified on a day to come (which would put its purge off).
    let key = helpers::statewide_key(&app).await;
    for day in ["9999-12-31", "2099-01-01"] {
        let r = app
            .client
            .put(format!("{}/api/v1/admin/elections/g", app.base))
            .bearer_auth(&key)
            .json(&json!({"certified_on": day}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "{day}");
    }
    app.stop().await;
}
