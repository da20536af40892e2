//! `POST /api/v1/webhooks/sms`: STOP, START and HELP from voters' phones.

mod helpers;

use ballot_api::sms_keywords::twilio_signature;
use helpers::{maria, spawn_app, spawn_app_with, Options, TestApp};
use serde_json::json;

async fn text(app: &TestApp, from: &str, body: &str, signature: Option<String>) -> (u16, String) {
    let mut request = app
        .client
        .post(format!("{}/api/v1/webhooks/sms", app.base))
        .form(&[
            ("From", from),
            ("To", "+19165550100"),
            ("Body", body),
            ("MessageSid", "SM1"),
        ]);
    if let Some(signature) = signature {
        request = request.header("X-Twilio-Signature", signature);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn sms_phone(app: &TestApp) -> Option<String> {
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT sms_phone FROM subscription"
    )
    .fetch_one(p)
    .await)
    .unwrap()
}

#[tokio::test]
async fn stop_start_and_help() {
    let app = spawn_app().await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    assert_eq!(app.sign_up(&body).await.0, 201);

    let (status, reply) = text(&app, "+19165550123", "help", None).await;
    assert_eq!(status, 200);
    assert!(reply.starts_with("<?xml"), "{reply}");
    for needed in [
        "Where&#39;s My Ballot?",
        "Sacramento County Elections",
        "STOP",
        "Msg &amp; data rates may apply",
    ] {
        assert!(reply.contains(needed), "{needed} in {reply}");
    }

    for word in ["STOP", "stop"] {
        let (status, reply) = text(&app, "+19165550123", word, None).await;
        assert_eq!(status, 200);
        assert!(reply.contains("unsubscribed"), "{reply}");
    }
    assert_eq!(sms_phone(&app).await, None);
    // Email goes on: STOP is about texts.
    let email: Option<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT email_address FROM subscription"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(email.as_deref(), Some("maria@example.com"));

    let (_, reply) = text(&app, "+19165550123", "Start", None).await;
    assert!(reply.contains("resubscribed"), "{reply}");
    assert_eq!(sms_phone(&app).await.as_deref(), Some("+19165550123"));

    let (_, reply) = text(&app, "+19165550199", "START", None).await;
    assert!(reply.contains("not signed up"), "{reply}");
    app.stop().await;
}

#[tokio::test]
async fn a_configured_provider_must_sign_its_requests() {
    let env = vec![
        ("TWILIO_API_BASE", "http://127.0.0.1:9".to_string()),
        ("TWILIO_ACCOUNT_SID", "AC1".to_string()),
        ("TWILIO_AUTH_TOKEN", "the-token".to_string()),
        ("TWILIO_FROM", "+19165550100".to_string()),
    ];
    let app = spawn_app_with(Options {
        env,
        ..Options::default()
    })
    .await;
    let (status, _) = text(&app, "+19165550123", "HELP", None).await;
    assert_eq!(status, 401);
    let (status, _) = text(&app, "+19165550123", "HELP", Some("forged".into())).await;
    assert_eq!(status, 401);
    let params: Vec<(String, String)> = [
        ("From", "+19165550123"),
        ("To", "+19165550100"),
        ("Body", "HELP"),
        ("MessageSid", "SM1"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let signature = twilio_signature(
        "the-token",
        &format!("{}/api/v1/webhooks/sms", app.base),
        &params,
    );
    let (status, reply) = text(&app, "+19165550123", "HELP", Some(signature)).await;
    assert_eq!(status, 200, "{reply}");
    app.stop().await;
}
