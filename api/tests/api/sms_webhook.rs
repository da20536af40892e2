//! The provider's webhooks: texts from voters (STOP, START, HELP, YES) and keys pressed on
//! confirmation calls. Only signed requests are read, unless a development setup says so.

use crate::helpers;

use ballot_api::http::provider_webhooks::twilio_signature;
use helpers::{maria, spawn_app, spawn_app_with, token_after, Options, TestApp};
use serde_json::json;

fn unsigned_allowed() -> Options {
    Options {
        env: vec![("ALLOW_UNSIGNED_WEBHOOKS", "true".to_string())],
        ..Options::default()
    }
}

fn provider() -> Options {
    Options {
        env: vec![
            ("TWILIO_API_BASE", "http://127.0.0.1:9".to_string()),
            ("TWILIO_ACCOUNT_SID", "AC1".to_string()),
            ("TWILIO_AUTH_TOKEN", "the-token".to_string()),
            ("TWILIO_FROM", "+19165550100".to_string()),
        ],
        ..Options::default()
    }
}

fn params(from: &str, body: &str) -> Vec<(String, String)> {
    [
        ("From", from),
        ("To", "+19165550100"),
        ("Body", body),
        ("MessageSid", "SM1"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

async fn text(app: &TestApp, from: &str, body: &str, signature: Option<String>) -> (u16, String) {
    let mut request = app
        .client
        .post(format!("{}/api/v1/webhooks/sms", app.base))
        .form(&params(from, body));
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
async fn without_a_provider_unsigned_texts_are_refused_unless_development_allows_them() {
    // Before: anyone could post STOP for a voter's number and stop their texts.
    let app = spawn_app().await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    app.sign_up_and_confirm(&body).await;
    for word in ["STOP", "START", "HELP", "YES"] {
        let (status, reply) = text(&app, "+19165550123", word, None).await;
        assert_eq!(status, 401, "{word}: {reply}");
        assert!(reply.contains("unauthorized"), "{reply}");
    }
    assert_eq!(sms_phone(&app).await.as_deref(), Some("+19165550123"));
    app.stop().await;
}

#[tokio::test]
async fn yes_confirms_stop_start_and_help_answers_every_number_alike() {
    let app = spawn_app_with(unsigned_allowed()).await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    assert_eq!(app.sign_up(&body).await.0, 201);
    assert_eq!(
        sms_phone(&app).await,
        None,
        "not before the number says yes"
    );
    let (status, reply) = text(&app, "+19165550123", "yes", None).await;
    assert_eq!(status, 200);
    assert!(reply.starts_with("<?xml"), "{reply}");
    assert!(reply.contains("signed up"), "{reply}");
    assert!(reply.contains("/status/"), "{reply}");
    assert_eq!(sms_phone(&app).await.as_deref(), Some("+19165550123"));

    // HELP says the same to a subscribed number and to one we never heard of.
    let (_, help) = text(&app, "+19165550123", "help", None).await;
    let (_, stranger) = text(&app, "+19165550177", "HELP", None).await;
    assert_eq!(help, stranger);
    for needed in [
        "Where&#39;s My Ballot?",
        "STOP",
        // Escaped for XML (askama's HTML escaper, which writes `&` as `&#38;`).
        "Msg &#38; data rates may apply",
        "(800) 345-8683",
    ] {
        assert!(help.contains(needed), "{needed} in {help}");
    }
    assert!(!help.contains("Sacramento"), "{help}");

    for word in ["STOP", "stop"] {
        let (status, reply) = text(&app, "+19165550123", word, None).await;
        assert_eq!(status, 200);
        assert!(reply.contains("unsubscribed"), "{reply}");
    }
    assert_eq!(sms_phone(&app).await, None);
    let (_, reply) = text(&app, "+19165550123", "Start", None).await;
    assert!(reply.contains("resubscribed"), "{reply}");
    assert_eq!(sms_phone(&app).await.as_deref(), Some("+19165550123"));
    let (_, reply) = text(&app, "+19165550199", "START", None).await;
    assert!(reply.contains("not signed up"), "{reply}");
    app.stop().await;
}

#[tokio::test]
async fn a_configured_provider_must_sign_its_requests() {
    let app = spawn_app_with(provider()).await;
    let (status, _) = text(&app, "+19165550123", "HELP", None).await;
    assert_eq!(status, 401);
    let (status, _) = text(&app, "+19165550123", "HELP", Some("forged".into())).await;
    assert_eq!(status, 401);
    let signature = twilio_signature(
        "the-token",
        &format!("{}/api/v1/webhooks/sms", app.base),
        &params("+19165550123", "HELP"),
    );
    let (status, reply) = text(&app, "+19165550123", "HELP", Some(signature)).await;
    assert_eq!(status, 200, "{reply}");
    app.stop().await;
}

#[tokio::test]
async fn pressing_1_on_a_signed_confirmation_call_confirms_the_number() {
    // A development setup: the call is captured, and the provider's post of the key unsigned.
    let app = spawn_app_with(unsigned_allowed()).await;
    let mut body = maria();
    body["email"] = json!({"opt_in": false});
    body["voice"] = json!({"opt_in": true, "phone": "(916) 555-0124"});
    assert_eq!(app.sign_up(&body).await.0, 201);
    let call = &app
        .wait_for_captured("voice", "confirm_destination", 1)
        .await[0];
    let token = token_after(call, "/confirmations/").unwrap();
    let press = |digits: &'static str| {
        app.client
            .post(format!(
                "{}/api/v1/webhooks/voice/confirmations/{token}",
                app.base
            ))
            .form(&[
                ("Digits", digits),
                ("CallSid", "CA1"),
                ("To", "+19165550124"),
            ])
            .send()
    };
    let reply = press("2").await.unwrap().text().await.unwrap();
    assert!(reply.contains("Nothing was confirmed"), "{reply}");
    let reply = press("1").await.unwrap().text().await.unwrap();
    assert!(
        reply.contains("<Say language=\"en-US\" voice=\"Polly.Joanna\">Thank you"),
        "{reply}"
    );
    let voice: Option<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT voice_phone FROM subscription"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(voice.as_deref(), Some("+19165550124"));
    let reply = press("1").await.unwrap().text().await.unwrap();
    assert!(reply.contains("expired or was already used"), "{reply}");
    app.stop().await;
}

#[tokio::test]
async fn key_presses_need_the_providers_signature() {
    let app = spawn_app_with(provider()).await;
    let path = "/api/v1/webhooks/voice/confirmations/0123456789abcdef0123456789abcdef";
    let response = app
        .client
        .post(format!("{}{path}", app.base))
        .form(&[("Digits", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
    let signature = twilio_signature(
        "the-token",
        &format!("{}{path}", app.base),
        &[("Digits".to_string(), "1".to_string())],
    );
    let response = app
        .client
        .post(format!("{}{path}", app.base))
        .header("X-Twilio-Signature", signature)
        .form(&[("Digits", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let reply = response.text().await.unwrap();
    assert!(reply.contains("expired or was already used"), "{reply}");
    app.stop().await;
}
