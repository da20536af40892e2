//! Issue 16: reminders before a signature cure's deadline, 7, 3 and 1 days before it, once
//! each, stopping when a cure arrives or the status changes, never on or after the deadline's
//! day. The pass is driven here with the day it runs on (`cure_reminders::send_due`), as the
//! worker drives it with the clock; the ballot's deadline is a month from today, so the
//! reminders' emails, due on their (future) day, stay in the outbox to be looked at.

use crate::helpers::{self, maria, TestApp};
use crate::signature_cures::{self, app_taking_cures, decide, post_event, send_cure, typed};
use ballot_api::clock::{california_date_days_ago, Timestamp};
use ballot_api::domain::api_keys::Scope;
use ballot_api::domain::cure_reminders::{send_due, ReminderReport};
use ballot_api::domain::offices::Offices;
use serde_json::json;

/// Maria signs up (in `language`) and confirms her email; her status link's token.
async fn maria_signed_up(app: &TestApp, language: &str) -> String {
    let mut body = maria();
    body["language"] = json!(language);
    let (status, answer) = app.sign_up_and_confirm(&body).await;
    assert_eq!(status, 201, "{answer}");
    answer["subscription"]["status_token"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Maria's ballot arrived without a signature; the county's deadline is a month away. Returns
/// the deadline.
async fn signature_missing(app: &TestApp) -> String {
    let deadline = california_date_days_ago(-30);
    signature_cures::signature_missing(app, &deadline).await;
    deadline
}

/// Noon in California `days` days before `deadline` (after it, for negative `days`).
fn days_before(deadline: &str, days: i64) -> Timestamp {
    let deadline: jiff::civil::Date = deadline.parse().unwrap();
    let day = deadline.checked_sub(jiff::Span::new().days(days)).unwrap();
    format!("{day}T12:00:00-08:00").parse().unwrap()
}

/// One pass of the worker's, on the day `at`.
async fn pass(app: &TestApp, at: Timestamp) -> ReminderReport {
    send_due(
        &app.store,
        &Offices::default(),
        "http://localhost",
        true,
        at,
    )
    .await
    .unwrap()
}

/// The cure reminders in the outbox: state, last error and text.
async fn reminders(app: &TestApp) -> Vec<(String, Option<String>, String)> {
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
        "SELECT state, last_error, body_text FROM outbox_message WHERE kind = 'cure_reminder' \
         ORDER BY outbox_message_id"
    )
    .fetch_all(p)
    .await)
    .unwrap()
}

#[tokio::test]
async fn reminders_go_7_3_and_1_days_before_the_deadline_once_each() {
    let app = app_taking_cures(vec![]).await;
    maria_signed_up(&app, "en").await;
    let deadline = signature_missing(&app).await;

    let mut reminded_on = Vec::new();
    for days in (-2..=10).rev() {
        let at = days_before(&deadline, days);
        // Twice a day, and two workers at once: the database's key keeps each to one.
        let (a, b) = tokio::join!(pass(&app, at), pass(&app, at));
        let again = pass(&app, at).await;
        assert_eq!(again.messages, 0, "{days} days before");
        if a.messages + b.messages > 0 {
            assert_eq!(a.messages + b.messages, 1, "{days} days before: one email");
            reminded_on.push(days);
        }
    }
    assert_eq!(reminded_on, [7, 3, 1]);
    let sent = reminders(&app).await;
    assert_eq!(sent.len(), 3);
    let spoken = ballot_api::domain::notifications::spoken_date(
        ballot_api::domain::locales::catalog(ballot_shared::language::Language::English),
        &deadline,
    );
    for (_, _, text) in &sent {
        assert!(
            text.contains(&format!(
                "Reminder: Your ballot envelope is not signed. To have your ballot counted, \
                 return the unsigned ballot statement to Sacramento County Elections by {spoken}."
            )),
            "{text}"
        );
        assert!(
            text.contains("http://localhost/status/{{token:status}}"),
            "{text}"
        );
    }
    assert_eq!(helpers::count(&app.store, "cure_reminder").await, 3);
    app.stop().await;
}

#[tokio::test]
async fn none_on_or_after_the_deadline_and_a_waiting_one_is_withdrawn_that_day() {
    let app = app_taking_cures(vec![]).await;
    maria_signed_up(&app, "en").await;
    let deadline = signature_missing(&app).await;

    assert_eq!(pass(&app, days_before(&deadline, 1)).await.messages, 1);
    // The email is due on its day (a month from now): still waiting when the deadline's day
    // comes, it is withdrawn, and nothing new is queued then or after.
    let on_the_day = pass(&app, days_before(&deadline, 0)).await;
    assert_eq!((on_the_day.messages, on_the_day.withdrawn), (0, 1));
    assert_eq!(pass(&app, days_before(&deadline, -1)).await.messages, 0);
    let sent = reminders(&app).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].0, "dead");
    assert!(sent[0].1.as_deref().unwrap().starts_with("withdrawn"));
    app.stop().await;
}

#[tokio::test]
async fn none_after_a_cure_is_sent_and_the_waiting_one_is_withdrawn() {
    let app = app_taking_cures(vec![]).await;
    let token = maria_signed_up(&app, "en").await;
    let deadline = signature_missing(&app).await;

    assert_eq!(pass(&app, days_before(&deadline, 7)).await.messages, 1);
    let (status, answer) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 201, "{answer}");
    // Withdrawn with the cure's arrival, not at the next pass.
    let sent = reminders(&app).await;
    assert_eq!(
        (sent[0].0.as_str(), sent[0].1.as_deref()),
        ("dead", Some("withdrawn: the voter sent a signature cure"))
    );
    for days in [3, 1] {
        let report = pass(&app, days_before(&deadline, days)).await;
        assert_eq!(report.messages, 0, "{days} days before");
    }
    let sent = reminders(&app).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].0, "dead", "the waiting reminder is withdrawn");
    app.stop().await;
}

#[tokio::test]
async fn none_once_the_status_changed() {
    let app = app_taking_cures(vec![]).await;
    maria_signed_up(&app, "en").await;
    let deadline = signature_missing(&app).await;

    assert_eq!(pass(&app, days_before(&deadline, 7)).await.messages, 1);
    // The county cured it from a statement that came by mail: the waiting reminder goes with
    // the status it was about.
    post_event(&app, "E-3", "cured", "2026-11-10T10:00:00-08:00", json!({})).await;
    let sent = reminders(&app).await;
    assert_eq!(
        (sent[0].0.as_str(), sent[0].1.as_deref()),
        ("dead", Some("withdrawn: the ballot's status changed"))
    );
    for days in [3, 1] {
        assert_eq!(pass(&app, days_before(&deadline, days)).await.messages, 0);
    }
    assert_eq!(reminders(&app).await.len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn reminders_are_in_the_voters_language() {
    let app = app_taking_cures(vec![]).await;
    maria_signed_up(&app, "es").await;
    let deadline = signature_missing(&app).await;

    assert_eq!(pass(&app, days_before(&deadline, 3)).await.messages, 1);
    let spanish = ballot_api::domain::locales::catalog(ballot_shared::language::Language::Spanish);
    let spoken = ballot_api::domain::notifications::spoken_date(spanish, &deadline);
    let (_, _, text) = &reminders(&app).await[0];
    assert!(
        text.contains("Recordatorio: El sobre de su boleta no está firmado."),
        "{text}"
    );
    assert!(text.contains(&spoken), "{text}");
    let subject: String = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT subject FROM outbox_message WHERE kind = 'cure_reminder'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(subject.starts_with("Recordatorio: "), "{subject}");
    app.stop().await;
}

/// `hour`:00 in California `days` days before `deadline`.
fn at_hour(deadline: &str, days: i64, hour: i8) -> Timestamp {
    let deadline: jiff::civil::Date = deadline.parse().unwrap();
    let day = deadline.checked_sub(jiff::Span::new().days(days)).unwrap();
    let at = day
        .at(hour, 0, 0, 0)
        .in_tz("America/Los_Angeles")
        .unwrap()
        .timestamp();
    Timestamp::new(at)
}

#[tokio::test]
async fn texts_keep_contact_hours_and_none_would_arrive_on_the_deadlines_day() {
    let app = app_taking_cures(vec![]).await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    let (status, answer) = app.sign_up_and_confirm(&body).await;
    assert_eq!(status, 201, "{answer}");
    let deadline = signature_missing(&app).await;

    // At 2 AM, the email is due at once and the text at 8 AM, when Maria's quiet hours end.
    let report = pass(&app, at_hour(&deadline, 7, 2)).await;
    assert_eq!(report.messages, 2);
    let due: Vec<(String, Timestamp)> = ballot_api::on_pool!(app.store.pool(), |p| {
        sqlx::query_as(
            "SELECT channel, next_attempt_at FROM outbox_message WHERE kind = 'cure_reminder' \
             ORDER BY channel",
        )
        .fetch_all(p)
        .await
    })
    .unwrap();
    assert_eq!(
        due,
        [
            ("email".to_string(), at_hour(&deadline, 7, 2)),
            ("sms".to_string(), at_hour(&deadline, 7, 8)),
        ]
    );
    // At 10 PM the day before the deadline, a text would wait until the deadline's day: only
    // the email is queued.
    let report = pass(&app, at_hour(&deadline, 1, 22)).await;
    assert_eq!(report.messages, 1);
    app.stop().await;
}

#[tokio::test]
async fn a_rejected_cure_lets_the_reminders_start_again() {
    let app = app_taking_cures(vec![]).await;
    let token = maria_signed_up(&app, "en").await;
    let deadline = signature_missing(&app).await;

    assert_eq!(pass(&app, days_before(&deadline, 7)).await.messages, 1);
    let (status, answer) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 201, "{answer}");
    assert_eq!(pass(&app, days_before(&deadline, 3)).await.messages, 0);
    // The county does not accept it: Maria may send another, and is reminded again.
    let key = helpers::operator_key(&app, Scope::County("Sacramento".into())).await;
    let id = answer["cure_id"].as_i64().unwrap();
    let rejection = json!({"decision": "rejected", "reason": "The signature does not match"});
    let (status, decided) = decide(&app, &key, id, rejection).await;
    assert_eq!(status, 200, "{decided}");
    assert_eq!(pass(&app, days_before(&deadline, 1)).await.messages, 1);
    app.stop().await;
}
