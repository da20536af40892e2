//! The `simulate` walk.

use crate::helpers;

use helpers::{maria, spawn_app};
use serde_json::Value;
use std::time::Duration;

#[tokio::test]
async fn the_simulation_walks_a_ballot_to_counted() {
    let app = spawn_app().await;
    let (_, answer) = app.sign_up_and_confirm(&maria()).await;
    let token = answer["subscription"]["status_token"]
        .as_str()
        .unwrap()
        .to_string();
    ballot_api::cli::simulate::run(
        &app.store,
        &app.base,
        false,
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
