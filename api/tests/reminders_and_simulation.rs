//! Return-deadline reminders and the `simulate` walk.

mod helpers;

use ballot_api::api_keys;
use ballot_api::ballot_events::Scope;
use helpers::{maria, spawn_app, with_identity, TestApp};
use serde_json::{json, Value};
use std::time::Duration;

async fn admin(app: &TestApp, scope: Scope) -> String {
    api_keys::create(&app.store, &scope, "test").await.unwrap()
}

async fn post_event(app: &TestApp, key: &str, id: &str, voter: &str, status: &str) {
    let response = app
        .client
        .post(format!("{}/api/v1/admin/ballot-events", app.base))
        .bearer_auth(key)
        .json(&json!([{"event_id": id, "voter_id": voter, "election_id": "g26", "status": status, "occurred_at": "2026-10-06T09:00:00-07:00"}]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
}

async fn reminders(app: &TestApp) -> Vec<(String, String)> {
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
        "SELECT s.voter_id, o.body_text FROM outbox_message o JOIN subscription s ON s.subscription_id = o.subscription_id \
         WHERE o.kind = 'return_reminder' ORDER BY s.voter_id",
    )
    .fetch_all(p)
    .await)
    .unwrap()
}

#[tokio::test]
async fn mailed_but_not_received_ballots_get_one_reminder() {
    let app = spawn_app().await;
    // Maria (V000000001) and Linh (V000000011) are in Sacramento; José (V000000002) is not.
    assert_eq!(app.sign_up_and_confirm(&maria()).await.0, 201);
    assert_eq!(
        app.sign_up_and_confirm(&with_identity("Linh", "Nguyen", "08-20-1992", "95823"))
            .await
            .0,
        201
    );
    assert_eq!(
        app.sign_up_and_confirm(&with_identity("Jose", "Nunez", "07-04-1975", "90012"))
            .await
            .0,
        201
    );
    let statewide = admin(&app, Scope::Statewide).await;
    post_event(&app, &statewide, "E1", "V000000001", "mailed").await;
    post_event(&app, &statewide, "E2", "V000000011", "mailed").await;
    post_event(&app, &statewide, "E3", "V000000011", "received").await;
    post_event(&app, &statewide, "E4", "V000000002", "mailed").await;

    let sacramento = admin(&app, Scope::County("Sacramento".into())).await;
    let set = |key: &str, body: Value| {
        app.client
            .put(format!("{}/api/v1/admin/reminders", app.base))
            .bearer_auth(key)
            .json(&body)
            .send()
    };
    let other_county = set(&sacramento, json!({"county": "Los Angeles", "election_id": "g26", "remind_at": "2026-10-30T09:00:00-07:00", "return_deadline": "2026-11-10"})).await.unwrap();
    assert_eq!(other_county.status().as_u16(), 403);
    let bad = set(
        &sacramento,
        json!({"election_id": "g26", "remind_at": "tomorrow", "return_deadline": "11/10/2026"}),
    )
    .await
    .unwrap();
    assert_eq!(bad.status().as_u16(), 422);
    let ok = set(&sacramento, json!({"election_id": "g26", "remind_at": "2020-01-01T09:00:00-08:00", "return_deadline": "2026-11-10"})).await.unwrap();
    assert_eq!(ok.status().as_u16(), 200);

    // The worker runs the due reminder on its next pass.
    let mut sent = Vec::new();
    for _ in 0..100 {
        sent = reminders(&app).await;
        if !sent.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        sent.len(),
        1,
        "Maria only: Linh's ballot was received, José is in another county"
    );
    assert_eq!(sent[0].0, "V000000001");
    assert!(sent[0]
        .1
        .contains("has not yet received your vote-by-mail ballot. Return it by November 10, 2026"));

    // Setting it again runs again, but nobody is reminded twice.
    let again = set(&sacramento, json!({"election_id": "g26", "remind_at": "2020-01-02T09:00:00-08:00", "return_deadline": "2026-11-10"})).await.unwrap();
    assert_eq!(again.status().as_u16(), 200);
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(reminders(&app).await.len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn the_simulation_walks_a_ballot_to_counted() {
    let app = spawn_app().await;
    let (_, answer) = app.sign_up_and_confirm(&maria()).await;
    let token = answer["subscription"]["status_token"]
        .as_str()
        .unwrap()
        .to_string();
    ballot_api::simulate::run(
        &app.store,
        &app.base,
        &["V000000001".to_string()],
        Duration::ZERO,
    )
    .await
    .unwrap();
    let details: Value = app
        .client
        .get(format!("{}/api/v1/ballot-statuses/{token}", app.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ballot = &details["ballots"][0];
    assert_eq!(ballot["current_status"], "counted");
    let statuses: Vec<&str> = ballot["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "mailed",
            "received",
            "signature_missing",
            "cured",
            "counted"
        ]
    );
    let kinds: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| {
        sqlx::query_scalar(
        "SELECT kind FROM outbox_message WHERE kind <> 'confirm_destination' ORDER BY outbox_message_id",
    )
    .fetch_all(p)
    .await
    })
    .unwrap();
    assert_eq!(
        kinds,
        [
            "mailed",
            "received",
            "signature_missing",
            "cured",
            "counted"
        ],
        "one email per step"
    );
    app.stop().await;
}
