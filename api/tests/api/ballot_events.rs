//! Ballot events in, notifications out: `POST /api/v1/admin/ballot-events`, API keys and
//! county scope, idempotency, out-of-order events, and `GET /api/v1/admin/stats`.

use crate::helpers;

use ballot_api::domain::api_keys;
use ballot_api::domain::api_keys::Scope;
use helpers::{count, maria, spawn_app, with_identity, TestApp};
use serde_json::{json, Value};

async fn key(app: &TestApp, scope: Scope) -> String {
    helpers::operator_key(app, scope).await
}

async fn post_events(app: &TestApp, key: &str, content_type: &str, body: String) -> (u16, Value) {
    helpers::post_upload(app, "/api/v1/admin/ballot-events", key, content_type, body).await
}

fn event(id: &str, voter: &str, status: &str, at: &str) -> Value {
    json!({"event_id": id, "voter_id": voter, "election_id": "2026-11-03-general", "status": status, "occurred_at": at})
}

/// Maria Garcia (V000000001, Sacramento) signed up for email, SMS and voice.
async fn subscribed_maria(app: &TestApp) {
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    body["voice"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    let (status, _) = app.sign_up_and_confirm(&body).await;
    assert_eq!(status, 201);
}

async fn messages_of_kind(app: &TestApp, kind: &str) -> Vec<(String, String, String)> {
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as("SELECT channel, recipient, body_text FROM outbox_message WHERE kind = $1 ORDER BY outbox_message_id")
        .bind(kind)
        .fetch_all(p)
        .await)
        .unwrap()
}

#[tokio::test]
async fn an_event_notifies_every_channel_once_and_a_repeat_changes_nothing() {
    let app = spawn_app().await;
    subscribed_maria(&app).await;
    let key = key(&app, Scope::Statewide).await;
    let body = json!([event(
        "E-1",
        "V000000001",
        "received",
        "2026-11-03T14:05:00-08:00"
    )])
    .to_string();

    let (status, answer) = post_events(&app, &key, "application/json", body.clone()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        (answer["applied"].as_u64(), answer["notifications"].as_u64()),
        (Some(1), Some(3))
    );
    let messages = messages_of_kind(&app, "received").await;
    let channels: Vec<&str> = messages.iter().map(|(c, _, _)| c.as_str()).collect();
    assert_eq!(channels, ["email", "sms", "voice"]);
    assert!(messages[0]
        .2
        .contains("Sacramento County Elections received your ballot on November 3, 2026."));

    let (status, answer) = post_events(&app, &key, "application/json", body).await;
    assert_eq!(status, 200);
    assert_eq!(
        (answer["applied"].as_u64(), answer["duplicates"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(
        messages_of_kind(&app, "received").await.len(),
        3,
        "nobody is notified twice"
    );
    assert_eq!(count(&app.store, "ballot_event").await, 1);
    app.stop().await;
}

#[tokio::test]
async fn csv_events_with_cure_details_reach_the_voter() {
    let app = spawn_app().await;
    subscribed_maria(&app).await;
    let key = key(&app, Scope::County("Sacramento".into())).await;
    let csv = "event_id,voter_id,election_id,status,occurred_at,detail\n\
               E-2,V000000001,2026-11-03-general,signature_missing,2026-11-05T10:00:00-08:00,cure_deadline=2026-12-01;cure_url=https://elections.example/cure\n";
    // Before the county lists its cure-form host, a cure link is refused.
    let (status, answer) = post_events(&app, &key, "text/csv", csv.into()).await;
    assert_eq!(status, 422, "{answer}");
    assert!(answer["error"]["fields"]["line 2"]
        .as_str()
        .unwrap()
        .contains("cure_url host"));
    // The state lists it: a county key may not (a stolen one could point voters anywhere).
    let list = |key: String| {
        app.client
            .put(format!("{}/api/v1/admin/counties/Sacramento", app.base))
            .bearer_auth(key)
            .json(&json!({"cure_url_hosts": ["elections.example"]}))
            .send()
    };
    assert_eq!(list(key.clone()).await.unwrap().status().as_u16(), 403);
    let statewide = helpers::statewide_key(&app).await;
    assert_eq!(list(statewide).await.unwrap().status().as_u16(), 200);
    // An http link, or one to another host, is refused even so.
    for url in [
        "http://elections.example/cure",
        "https://elections.example.evil.test/cure",
    ] {
        let bad = format!("event_id,voter_id,election_id,status,occurred_at,detail\n\
               E-9,V000000001,2026-11-03-general,signature_missing,2026-11-05T10:00:00-08:00,cure_url={url}\n");
        let (status, answer) = post_events(&app, &key, "text/csv", bad).await;
        assert_eq!(status, 422, "{url}: {answer}");
    }
    let (status, answer) = post_events(&app, &key, "text/csv", csv.into()).await;
    assert_eq!(status, 200, "{answer}");
    let messages = messages_of_kind(&app, "signature_missing").await;
    assert_eq!(messages.len(), 3);
    let email = &messages[0].2;
    assert!(
        email.contains("unsigned ballot statement by December 1, 2026"),
        "{email}"
    );
    assert!(email.contains("https://elections.example/cure"));
    app.stop().await;
}

#[tokio::test]
async fn a_county_key_cannot_touch_another_countys_voters() {
    let app = spawn_app().await;
    subscribed_maria(&app).await;
    let fresno = key(&app, Scope::County("Fresno".into())).await;
    // V000000005 is in Fresno, V000000001 in Sacramento: the whole request is refused.
    let body = json!([
        event("E-3", "V000000005", "mailed", "2026-10-06T09:00:00-07:00"),
        event("E-4", "V000000001", "mailed", "2026-10-06T09:00:00-07:00"),
    ])
    .to_string();
    let (status, answer) = post_events(&app, &fresno, "application/json", body).await;
    assert_eq!(status, 403, "{answer}");
    assert_eq!(answer["error"]["code"], "forbidden");
    // It names no other county: where a voter is registered is not this key's business.
    let refusal = answer["error"]["fields"]["line 2"].as_str().unwrap();
    assert!(refusal.contains("not in this key's county"), "{refusal}");
    assert!(!answer.to_string().contains("Sacramento"), "{answer}");
    assert_eq!(count(&app.store, "ballot_event").await, 0);
    assert_eq!(messages_of_kind(&app, "mailed").await.len(), 0);
    app.stop().await;
}

#[tokio::test]
async fn keys_are_required_and_checked() {
    let app = spawn_app().await;
    let body = json!([event(
        "E-5",
        "V000000001",
        "mailed",
        "2026-10-06T09:00:00-07:00"
    )])
    .to_string();
    for key in ["", "wmb_not-a-real-key", "something-else"] {
        let (status, answer) = post_events(&app, key, "application/json", body.clone()).await;
        assert_eq!(status, 401, "{key}");
        assert_eq!(answer["error"]["code"], "unauthorized");
    }
    let stats = app
        .client
        .get(format!("{}/api/v1/admin/stats", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(stats.status().as_u16(), 401);
    let hashes: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT key_hash FROM api_key"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    let key = key(&app, Scope::Statewide).await;
    let stored: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT key_hash FROM api_key"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(hashes.len() + 1, stored.len());
    assert!(!stored.contains(&key), "only a hash is stored");
    assert!(stored.contains(&api_keys::hash(&key)));
    app.stop().await;
}

#[tokio::test]
async fn bad_rows_are_reported_by_line_and_change_nothing_unless_skipped() {
    let app = spawn_app().await;
    subscribed_maria(&app).await;
    let key = key(&app, Scope::Statewide).await;
    let csv = "event_id,voter_id,election_id,status,occurred_at,detail\n\
               E-6,V000000001,g,mailed,2026-10-06T09:00:00-07:00,\n\
               E-7,V000000001,g,lost,2026-10-07T09:00:00-07:00,\n\
               E-8,V999999999,g,received,2026-10-08T09:00:00-07:00,\n";
    let (status, answer) = post_events(&app, &key, "text/csv", csv.into()).await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(answer["error"]["code"], "invalid_file");
    assert!(answer["error"]["fields"]["line 3"]
        .as_str()
        .unwrap()
        .contains("status"));
    assert!(answer["error"]["fields"]["line 4"]
        .as_str()
        .unwrap()
        .contains("not in the voter file"));
    assert_eq!(count(&app.store, "ballot_event").await, 0);

    let response = app
        .client
        .post(format!(
            "{}/api/v1/admin/ballot-events?skip_bad_rows=true",
            app.base
        ))
        .bearer_auth(&key)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(
        (answer["applied"].as_u64(), answer["rejected"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(answer["skipped"][0]["line"], 3);
    app.stop().await;
}

#[tokio::test]
async fn a_late_older_event_joins_the_timeline_without_a_notification() {
    let app = spawn_app().await;
    subscribed_maria(&app).await;
    let key = key(&app, Scope::Statewide).await;
    let received = json!([event(
        "E-10",
        "V000000001",
        "received",
        "2026-11-03T10:00:00-08:00"
    )])
    .to_string();
    let mailed = json!([event(
        "E-9",
        "V000000001",
        "mailed",
        "2026-10-06T09:00:00-07:00"
    )])
    .to_string();
    post_events(&app, &key, "application/json", received).await;
    let (status, answer) = post_events(&app, &key, "application/json", mailed).await;
    assert_eq!(status, 200);
    assert_eq!(
        (answer["applied"].as_u64(), answer["notifications"].as_u64()),
        (Some(1), Some(0))
    );
    let timeline: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT status FROM ballot_event WHERE voter_id = 'V000000001' ORDER BY occurred_at",
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(timeline, ["mailed", "received"]);
    app.stop().await;
}

#[tokio::test]
async fn voters_of_other_subscribers_are_not_notified() {
    let app = spawn_app().await;
    subscribed_maria(&app).await;
    let (status, _) = app
        .sign_up_and_confirm(&with_identity("Jose", "Nunez", "07-04-1975", "90012"))
        .await;
    assert_eq!(status, 201);
    let key = key(&app, Scope::Statewide).await;
    let body = json!([event(
        "E-11",
        "V000000002",
        "counted",
        "2026-11-10T10:00:00-08:00"
    )])
    .to_string();
    let (_, answer) = post_events(&app, &key, "application/json", body).await;
    assert_eq!(answer["notifications"], 1, "José has email only");
    let messages = messages_of_kind(&app, "counted").await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].1, "maria@example.com"); // maria() body, reused for José's sign-up
    assert!(messages[0].2.contains("Hello José,"));
    assert!(messages[0]
        .2
        .contains("Your ballot was accepted and counted."));
    app.stop().await;
}

#[tokio::test]
async fn stats_count_by_county() {
    let app = spawn_app().await;
    subscribed_maria(&app).await;
    let statewide = key(&app, Scope::Statewide).await;
    let fresno = key(&app, Scope::County("Fresno".into())).await;
    let get = |key: String| {
        let request = app
            .client
            .get(format!("{}/api/v1/admin/stats", app.base))
            .bearer_auth(key);
        async move { request.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let all = get(statewide).await;
    assert_eq!(all["subscriptions"], 1);
    assert_eq!(
        all["voters"].as_i64().unwrap(),
        count(&app.store, "voter").await
    );
    assert_eq!(
        all["messages"]["pending"].as_i64().unwrap()
            + all["messages"]["sent"].as_i64().unwrap()
            + all["messages"]["sending"].as_i64().unwrap(),
        3,
        "a confirmation to each destination"
    );
    let county = get(fresno).await;
    assert_eq!(county["subscriptions"], 0);
    assert!(county["voters"].as_i64().unwrap() < all["voters"].as_i64().unwrap());
    // A key's county is matched without regard to case, as everywhere else.
    let lower = key(&app, Scope::County("sacramento".into())).await;
    let upper = key(&app, Scope::County("Sacramento".into())).await;
    let (lower, upper) = (get(lower).await, get(upper).await);
    assert_eq!(lower["subscriptions"], 1);
    assert_eq!(lower, upper);
    app.stop().await;
}

#[tokio::test]
async fn voter_rows_over_http_follow_the_same_rules() {
    let app = spawn_app().await;
    let fresno = key(&app, Scope::County("Fresno".into())).await;
    let post = |body: Value| {
        app.client
            .post(format!("{}/api/v1/admin/voters", app.base))
            .bearer_auth(&fresno)
            .json(&body)
            .send()
    };
    let row = |id: &str, county: &str| {
        json!({"voter_id": id, "first_name": "Ann", "last_name": "Lee", "date_of_birth": "1990-01-01",
               "residence_zip": "93721", "county": county, "status": "active", "confidential": false})
    };
    let ok = post(json!([row("F-1", "Fresno")])).await.unwrap();
    assert_eq!(ok.status().as_u16(), 200);
    let other = post(json!({"voters": [row("F-2", "Fresno"), row("K-1", "Kern")]}))
        .await
        .unwrap();
    assert_eq!(other.status().as_u16(), 403);
    // A row that breaks the documented shape is a broken request; a row with a bad value is a
    // bad row, reported by number. Neither applies anything.
    let broken = post(json!([row("F-3", "Fresno"), {"voter_id": "F-4", "first_name": "Ann"}]))
        .await
        .unwrap();
    assert_eq!(broken.status().as_u16(), 400);
    let broken: Value = broken.json().await.unwrap();
    assert!(
        broken["error"]["message"]
            .as_str()
            .unwrap()
            .contains("voter 2: missing field `last_name`"),
        "{broken}"
    );
    let mut late = row("F-5", "Fresno");
    late["date_of_birth"] = json!("1990-02-30");
    let bad = post(json!([row("F-3", "Fresno"), late])).await.unwrap();
    assert_eq!(bad.status().as_u16(), 422);
    let ids: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT voter_id FROM voter WHERE voter_id LIKE 'F-%' OR voter_id = 'K-1'",
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(ids, ["F-1"]);
    app.stop().await;
}

#[tokio::test]
async fn a_county_sets_its_sender_name_contact_and_wording() {
    let app = spawn_app().await;
    let sacramento = key(&app, Scope::County("Sacramento".into())).await;
    let fresno = key(&app, Scope::County("Fresno".into())).await;
    let put = |key: &str, body: Value| {
        app.client
            .put(format!("{}/api/v1/admin/counties/Sacramento", app.base))
            .bearer_auth(key)
            .json(&body)
            .send()
    };
    let settings = json!({
        "sender_name": "Sacramento County Voter Registration and Elections",
        "contact": "(916) 875-6451",
        "templates": {"received": {"sms": "{office}: we have your ballot ({date}). Thank you, {first_name}!"}}
    });
    assert_eq!(
        put(&fresno, settings.clone())
            .await
            .unwrap()
            .status()
            .as_u16(),
        403
    );
    let bad = put(
        &sacramento,
        json!({"templates": {"received": {"sms": "Hi {name}"}, "lost": {"all": "x"}}}),
    )
    .await
    .unwrap();
    assert_eq!(bad.status().as_u16(), 422);
    let body: Value = bad.json().await.unwrap();
    assert!(body["error"]["fields"]["templates"]
        .as_str()
        .unwrap()
        .contains("{name}"));
    assert_eq!(
        put(&sacramento, settings).await.unwrap().status().as_u16(),
        200
    );
    // The state sets the county's cure-form hosts: what it leaves out stays as the county set
    // it (it used to wipe the county's name, contact and wording).
    let statewide = key(&app, Scope::Statewide).await;
    assert_eq!(
        put(
            &statewide,
            json!({"cure_url_hosts": ["elections.saccounty.gov"]})
        )
        .await
        .unwrap()
        .status()
        .as_u16(),
        200
    );

    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    let (_, answer) = app.sign_up_and_confirm(&body).await;
    assert_eq!(
        answer["county_office"],
        "Sacramento County Voter Registration and Elections"
    );
    let body = json!([event(
        "E-20",
        "V000000001",
        "received",
        "2026-11-03T14:05:00-08:00"
    )])
    .to_string();
    let (status, _) = post_events(&app, &sacramento, "application/json", body).await;
    assert_eq!(status, 200);
    let messages = messages_of_kind(&app, "received").await;
    let (email, sms) = (&messages[0].2, &messages[1].2);
    assert_eq!(
        *sms,
        // Named once: the county's own sentence starts with its name.
        "Sacramento County Voter Registration and Elections: we have your ballot (November 3, 2026). Thank you, Maria! Status: "
            .to_string()
            + &sms[sms.find("http").unwrap()..]
    );
    assert!(
        email.contains("Sacramento County Voter Registration and Elections received your ballot")
    );
    assert!(email
        .contains("Contact Sacramento County Voter Registration and Elections at (916) 875-6451."));
    app.stop().await;
}
