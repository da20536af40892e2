//! A subscription's links through the API: the status link (read-only), the manage link
//! (changes, stop; expires), one-click unsubscribe, look-ups and live events.

use crate::helpers;

use ballot_api::domain::api_keys;
use ballot_api::domain::api_keys::Scope;
use helpers::{maria, spawn_app, token_after, with_identity, TestApp};
use serde_json::{json, Value};
use std::time::Duration;

/// Maria signed up by email and text, both confirmed; her status and manage tokens.
async fn signed_up(app: &TestApp) -> (String, String) {
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "916 555 0123"});
    let (status, answer) = app.sign_up_and_confirm(&body).await;
    assert_eq!(status, 201);
    let token = |name: &str| answer["subscription"][name].as_str().unwrap().to_string();
    (token("status_token"), token("manage_token"))
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

async fn on_file(app: &TestApp) -> (Option<String>, Option<String>) {
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
        "SELECT email_address, sms_phone FROM subscription"
    )
    .fetch_one(p)
    .await)
    .unwrap()
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
async fn the_manage_link_shows_preferences_and_the_status_link_only_the_status() {
    let app = spawn_app().await;
    let (status_token, manage_token) = signed_up(&app).await;
    post_event(&app, "E1", "mailed", "2026-10-06T09:00:00-07:00").await;
    let (status, details) = get(&app, &format!("/api/v1/subscriptions/{manage_token}")).await;
    assert_eq!(status, 200, "{details}");
    assert_eq!(
        details["channels"]["email"]["destination"],
        "m•••@example.com"
    );
    assert_eq!(details["channels"]["sms"]["destination"], "(•••) •••-0123");
    assert_eq!(details["stopped"], false);
    assert_eq!(details["status"]["ballots"][0]["current_status"], "mailed");

    // The status link is safe to forward: it shows the ballot, and changes nothing.
    let (status, view) = get(&app, &format!("/api/v1/ballot-statuses/{status_token}")).await;
    assert_eq!(status, 200);
    assert_eq!(view["ballots"][0]["current_status"], "mailed");
    assert!(
        !view.to_string().contains("example.com"),
        "no destinations: {view}"
    );
    let (status, answer) = get(&app, &format!("/api/v1/subscriptions/{status_token}")).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (403, Some("read_only_link"))
    );
    let url = format!("{}/api/v1/subscriptions/{status_token}", app.base);
    let put = app.client.put(&url).json(&maria()).send().await.unwrap();
    assert_eq!(put.status().as_u16(), 403);
    let delete = app.client.delete(&url).send().await.unwrap();
    assert_eq!(delete.status().as_u16(), 403);
    assert_eq!(on_file(&app).await.0.as_deref(), Some("maria@example.com"));

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
async fn a_manage_link_expires_and_a_fresh_one_goes_only_to_the_destinations_on_file() {
    let app = spawn_app().await;
    let (status_token, manage_token) = signed_up(&app).await;
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query(
        "UPDATE access_token SET expires_at = '2000-01-01T00:00:00.000000Z' WHERE kind = 'manage'"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let (status, answer) = get(&app, &format!("/api/v1/subscriptions/{manage_token}")).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (410, Some("link_expired"))
    );
    // Anyone holding the (forwardable) status link may ask: the link goes to Maria, not them.
    let (status, answer) = app
        .post_json("/api/v1/manage-links", &json!({"token": status_token}))
        .await;
    assert_eq!(status, 202, "{answer}");
    assert_eq!(answer["sent_on"], json!(["email", "sms"]));
    let email = &app.wait_for_captured("email", "manage_link", 1).await[0];
    assert!(email.contains("To: maria@example.com"));
    let fresh = token_after(email, "/manage/").expect("a manage link");
    let (status, _) = get(&app, &format!("/api/v1/subscriptions/{fresh}")).await;
    assert_eq!(status, 200);
    // A few a day at most: the fourth note today is not sent.
    for _ in 0..3 {
        app.post_json("/api/v1/manage-links", &json!({"token": status_token}))
            .await;
    }
    let (_, answer) = app
        .post_json("/api/v1/manage-links", &json!({"token": status_token}))
        .await;
    assert_eq!(answer["sent_on"], json!([]));
    let (status, _) = app
        .post_json(
            "/api/v1/manage-links",
            &json!({"token": "0123456789abcdef0123456789abcdef"}),
        )
        .await;
    assert_eq!(status, 404);
    app.stop().await;
}

#[tokio::test]
async fn a_new_destination_waits_for_its_confirmation_and_the_old_one_can_undo_it() {
    let app = spawn_app().await;
    let (_, manage_token) = signed_up(&app).await;
    let url = format!("{}/api/v1/subscriptions/{manage_token}", app.base);
    let change = json!({
        "email": {"opt_in": true, "address": "maria@example.com"},
        "sms": {"opt_in": true, "phone": "+44 7700 900123"},
        "voice": {"opt_in": false, "phone": null}
    });
    let response = app.client.put(&url).json(&change).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let details: Value = response.json().await.unwrap();
    assert_eq!(details["channels"]["sms"]["destination"], "(•••) •••-0123");
    assert_eq!(
        details["channels"]["sms"]["awaiting_confirmation"],
        "+•••0123"
    );
    assert_eq!(details["channels"]["sms"]["confirmation_sent"], true);
    assert_eq!(details["channels"]["email"]["confirmation_sent"], false);
    assert_eq!(
        on_file(&app).await.1.as_deref(),
        Some("+19165550123"),
        "not yet"
    );

    app.confirm_waiting(1).await;
    assert_eq!(on_file(&app).await.1.as_deref(), Some("+447700900123"));
    // The number replaced and the email on file are told, each with a link that undoes it.
    let notice = &app
        .wait_for_captured("email", "destination_changed", 1)
        .await[0];
    assert!(notice.contains("+•••0123 instead"), "{notice}");
    let replaced = &app.wait_for_captured("sms", "destination_changed", 1).await[0];
    assert!(replaced.contains("To: +19165550123"), "{replaced}");
    let undo = token_after(notice, "/undo/").expect("an undo link");
    let response = app
        .client
        .post(format!("{}/api/v1/undo/{undo}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let undone: Value = response.json().await.unwrap();
    assert_eq!(
        undone,
        json!({"channel": "sms", "restored": "(•••) •••-0123", "removed": "+•••0123"})
    );
    assert_eq!(on_file(&app).await.1.as_deref(), Some("+19165550123"));
    // Once only.
    let again = app
        .client
        .post(format!("{}/api/v1/undo/{undo}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status().as_u16(), 410);

    let none =
        json!({"email": {"opt_in": false}, "sms": {"opt_in": false}, "voice": {"opt_in": false}});
    let response = app.client.put(&url).json(&none).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 422);
    app.stop().await;
}

#[tokio::test]
async fn stopping_everything_or_one_channel() {
    let app = spawn_app().await;
    let (_, manage_token) = signed_up(&app).await;
    post_event(&app, "E0", "mailed", "2026-10-06T09:00:00-07:00").await;
    let email = &app.wait_for_captured("email", "mailed", 1).await[0];
    let one_click = email
        .lines()
        .find_map(|l| l.strip_prefix("List-Unsubscribe: <"))
        .and_then(|l| l.strip_suffix('>'))
        .expect("a one-click unsubscribe link")
        .to_string();
    let response = app
        .client
        .post(&one_click)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let (_, details) = get(&app, &format!("/api/v1/subscriptions/{manage_token}")).await;
    assert_eq!(
        (
            details["channels"]["email"]["opt_in"].as_bool(),
            details["channels"]["sms"]["opt_in"].as_bool()
        ),
        (Some(false), Some(true))
    );

    let deleted = app
        .client
        .delete(format!("{}/api/v1/subscriptions/{manage_token}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status().as_u16(), 204);
    let (_, details) = get(&app, &format!("/api/v1/subscriptions/{manage_token}")).await;
    assert_eq!(details["stopped"], true);

    post_event(&app, "E1", "received", "2026-10-09T09:00:00-07:00").await;
    let notified: i64 = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox_message WHERE kind = 'received'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(notified, 0, "a stopped subscription is not notified");
    app.stop().await;
}

#[tokio::test]
async fn an_old_emails_unsubscribe_link_cannot_stop_a_later_owners_emails() {
    let app = spawn_app().await;
    let (_, manage_token) = signed_up(&app).await;
    post_event(&app, "E0", "mailed", "2026-10-06T09:00:00-07:00").await;
    let old = &app.wait_for_captured("email", "mailed", 1).await[0];
    let old_unsubscribe = token_after(old, "/unsubscribe/").unwrap();
    // The email moves to another address, confirmed by its owner.
    let url = format!("{}/api/v1/subscriptions/{manage_token}", app.base);
    let change = json!({"email": {"opt_in": true, "address": "maria.new@example.org"}, "sms": {"opt_in": true}});
    assert_eq!(
        app.client
            .put(&url)
            .json(&change)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    app.confirm_waiting(1).await;
    assert_eq!(
        on_file(&app).await.0.as_deref(),
        Some("maria.new@example.org")
    );
    let response = app
        .client
        .post(format!("{}/api/v1/unsubscribe/{old_unsubscribe}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        on_file(&app).await.0.as_deref(),
        Some("maria.new@example.org"),
        "the old address's link stops only the old address"
    );
    app.stop().await;
}

#[tokio::test]
async fn an_open_status_stream_gets_each_change_without_polling() {
    let app = spawn_app().await;
    let (status_token, _) = signed_up(&app).await;
    let mut stream = app
        .client
        .get(format!(
            "{}/api/v1/ballot-statuses/{status_token}/events",
            app.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.headers()["content-type"], "text/event-stream");
    let first = next_event(&mut stream).await;
    assert!(first.starts_with("event: status"), "{first}");
    assert!(first.contains("\"ballots\":[]"), "{first}");
    assert!(first.contains("retry: 5000"), "{first}");

    post_event(&app, "E2", "received", "2026-11-03T10:00:00-08:00").await;
    let second = next_event(&mut stream).await;
    assert!(
        second.contains("\"current_status\":\"received\""),
        "{second}"
    );
    drop(stream);
    app.stop().await;
}

/// Reads until a whole SSE event (ending in a blank line) has arrived, within 3 s.
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
