//! The token's pages through the API: status look-up, preferences, stopping, live events.

mod helpers;

use ballot_api::api_keys;
use ballot_api::ballot_events::Scope;
use helpers::{maria, spawn_app, with_identity, TestApp};
use serde_json::{json, Value};
use std::time::Duration;

async fn signed_up(app: &TestApp) -> String {
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "916 555 0123"});
    let (status, answer) = app.sign_up(&body).await;
    assert_eq!(status, 201);
    answer["subscription"]["token"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn post_event(app: &TestApp, id: &str, status: &str, at: &str) {
    let key = api_keys::create(&app.store, &Scope::Statewide, "test")
        .await
        .unwrap();
    let response = app
        .client
        .post(format!("{}/api/v1/admin/ballot-events", app.base))
        .bearer_auth(key)
        .json(&json!([{"event_id": id, "voter_id": "V000000001", "election_id": "2026-general", "status": status, "occurred_at": at}]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
}

async fn get(app: &TestApp, path: &str) -> (u16, Value) {
    let response = app
        .client
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn look_up_a_ballot_without_subscribing() {
    let app = spawn_app().await;
    post_event(&app, "E1", "mailed", "2026-10-06T09:00:00-07:00").await;
    post_event(&app, "E2", "received", "2026-11-03T10:00:00-08:00").await;
    let (status, view) = app
        .post_json("/api/v1/status-lookups", &json!({"first_name": "maria", "last_name": "GARCIA", "date_of_birth": "01-23-1980", "zip": "95814"}))
        .await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["county_office"], "Sacramento County Elections");
    let ballot = &view["ballots"][0];
    assert_eq!(ballot["current_status"], "received");
    let done: Vec<bool> = ballot["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["done"].as_bool().unwrap())
        .collect();
    assert_eq!(done, [true, true, false]);
    assert_eq!(ballot["events"].as_array().unwrap().len(), 2);
    assert_eq!(helpers::count(&app.store, "subscription").await, 0);

    let (status, answer) = app
        .post_json(
            "/api/v1/status-lookups",
            &with_identity("Maria", "Garcia", "01-24-1980", "95814"),
        )
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (422, Some("no_matching_voter"))
    );
    let (status, answer) = app
        .post_json("/api/v1/status-lookups", &json!({"first_name": "Maria"}))
        .await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (422, Some("invalid_input"))
    );
    app.stop().await;
}

#[tokio::test]
async fn the_token_shows_preferences_and_timeline() {
    let app = spawn_app().await;
    let token = signed_up(&app).await;
    post_event(&app, "E1", "mailed", "2026-10-06T09:00:00-07:00").await;
    let (status, details) = get(&app, &format!("/api/v1/subscriptions/{token}")).await;
    assert_eq!(status, 200, "{details}");
    assert_eq!(
        details["channels"]["email"]["destination"],
        "m•••@example.com"
    );
    assert_eq!(details["channels"]["sms"]["destination"], "(•••) •••-0123");
    assert_eq!(details["stopped"], false);
    assert_eq!(details["status"]["ballots"][0]["current_status"], "mailed");

    for bad in [
        "0123456789abcdef0123456789abcdef",
        "not-a-token",
        "0123456789ABCDEF0123456789ABCDEF",
    ] {
        let (status, answer) = get(&app, &format!("/api/v1/subscriptions/{bad}")).await;
        assert_eq!(
            (status, answer["error"]["code"].as_str()),
            (404, Some("not_found")),
            "{bad}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn changing_preferences_confirms_only_what_is_new() {
    let app = spawn_app().await;
    let token = signed_up(&app).await;
    let url = format!("{}/api/v1/subscriptions/{token}", app.base);
    let change = json!({
        "email": {"opt_in": true, "address": "maria@example.com"},
        "sms": {"opt_in": true, "phone": "+44 7700 900123"},
        "voice": {"opt_in": false, "phone": null}
    });
    let response = app.client.put(&url).json(&change).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let details: Value = response.json().await.unwrap();
    assert_eq!(details["channels"]["sms"]["destination"], "+•••0123");
    assert_eq!(details["channels"]["sms"]["confirmation_sent"], true);
    assert_eq!(details["channels"]["email"]["confirmation_sent"], false);
    let confirmations: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar("SELECT recipient FROM outbox_message WHERE kind = 'confirmation' ORDER BY outbox_message_id")
        .fetch_all(p)
        .await)
        .unwrap();
    assert_eq!(
        confirmations,
        ["maria@example.com", "+19165550123", "+447700900123"]
    );

    let none =
        json!({"email": {"opt_in": false}, "sms": {"opt_in": false}, "voice": {"opt_in": false}});
    let response = app.client.put(&url).json(&none).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 422);
    app.stop().await;
}

#[tokio::test]
async fn stopping_everything_or_one_channel() {
    let app = spawn_app().await;
    let token = signed_up(&app).await;
    let one_click = app
        .client
        .post(format!(
            "{}/api/v1/unsubscribe/{token}?channel=email",
            app.base
        ))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(one_click.status().as_u16(), 200);
    let (_, details) = get(&app, &format!("/api/v1/subscriptions/{token}")).await;
    assert_eq!(
        (
            details["channels"]["email"]["opt_in"].as_bool(),
            details["channels"]["sms"]["opt_in"].as_bool()
        ),
        (Some(false), Some(true))
    );

    let deleted = app
        .client
        .delete(format!("{}/api/v1/subscriptions/{token}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status().as_u16(), 204);
    let (_, details) = get(&app, &format!("/api/v1/subscriptions/{token}")).await;
    assert_eq!(details["stopped"], true);

    post_event(&app, "E1", "mailed", "2026-10-06T09:00:00-07:00").await;
    let notified: i64 = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox_message WHERE kind = 'mailed'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(notified, 0, "a stopped subscription is not notified");
    app.stop().await;
}

#[tokio::test]
async fn an_open_status_stream_gets_each_change() {
    let app = spawn_app().await;
    let token = signed_up(&app).await;
    let mut stream = app
        .client
        .get(format!("{}/api/v1/subscriptions/{token}/events", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.headers()["content-type"], "text/event-stream");
    let first = next_event(&mut stream).await;
    assert!(first.starts_with("event: status"), "{first}");
    assert!(first.contains("\"ballots\":[]"), "{first}");

    post_event(&app, "E2", "received", "2026-11-03T10:00:00-08:00").await;
    let second = next_event(&mut stream).await;
    assert!(
        second.contains("\"current_status\":\"received\""),
        "{second}"
    );
    drop(stream);
    app.stop().await;
}

/// Reads until a whole SSE event (ending in a blank line) has arrived, within 3 s: sooner than
/// the 5 s poll, so the change came through the in-process notification.
async fn next_event(response: &mut reqwest::Response) -> String {
    let mut text = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(3);
    while !text.contains("\n\n") {
        let chunk = tokio::time::timeout_at(deadline, response.chunk())
            .await
            .expect("an event within 3 s")
            .unwrap();
        let Some(chunk) = chunk else { break };
        text.push_str(&String::from_utf8_lossy(&chunk));
        if text.starts_with(':') && text.contains("\n\n") {
            text.clear(); // a keep-alive comment
        }
    }
    text
}
