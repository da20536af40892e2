//! Issue 6 on the server: answers in the language the page asks for, and every message in the
//! language the voter signed up in. Expected words come from the locale files themselves.

use crate::helpers;

use ballot_api::domain::locales;
use ballot_shared::i18n::Message;
use ballot_shared::language::Language;
use helpers::{maria, spawn_app, with_identity};
use serde_json::{json, Value};

async fn post_in(
    app: &helpers::TestApp,
    language: &str,
    path: &str,
    body: &Value,
) -> (u16, String, Value) {
    let response = app
        .client
        .post(format!("{}{path}", app.base))
        .header("Accept-Language", language)
        .json(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let content_language = response
        .headers()
        .get("content-language")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, content_language, response.json().await.unwrap())
}

#[tokio::test]
async fn errors_come_in_the_language_the_page_asks_for() {
    let app = spawn_app().await;
    let spanish = locales::catalog(Language::Spanish);
    let mut body = maria();
    body["first_name"] = json!("");
    body["date_of_birth"] = json!("02-30-1980");
    let (status, content_language, answer) =
        post_in(&app, "es-MX,es;q=0.9,en;q=0.5", "/api/v1/signups", &body).await;
    assert_eq!(status, 422);
    assert_eq!(content_language, "es");
    assert_eq!(answer["error"]["code"], "invalid_input");
    assert_eq!(answer["error"]["message"], spanish.text("invalid-input"));
    assert_eq!(
        answer["error"]["fields"]["first_name"],
        spanish.text("name-first-empty")
    );
    assert_eq!(
        answer["error"]["fields"]["date_of_birth"],
        spanish.format(
            &Message::new("dob-day-february")
                .number("days", 29)
                .number("year", 1980)
        )
    );
    assert!(answer["error"]["fields"]["date_of_birth"]
        .as_str()
        .unwrap()
        .contains("febrero"));

    let chinese = locales::catalog(Language::Chinese);
    let unknown = with_identity("Nobody", "Here", "01-01-1970", "95814");
    let (status, content_language, answer) =
        post_in(&app, "zh-TW", "/api/v1/status-lookups", &unknown).await;
    assert_eq!((status, content_language.as_str()), (422, "zh"));
    assert_eq!(
        answer["error"]["message"],
        chinese.text("no-matching-voter")
    );
    assert_eq!(
        answer["error"]["help"][0],
        chinese.text("no-matching-voter-help-spelling")
    );

    // No language we offer, or none asked for: English.
    let (_, content_language, answer) =
        post_in(&app, "fr-FR, de", "/api/v1/status-lookups", &unknown).await;
    assert_eq!(content_language, "en");
    assert_eq!(
        answer["error"]["message"],
        "The information you entered does not match any voters in our system."
    );
    app.stop().await;
}

#[tokio::test]
async fn a_voter_who_signed_up_in_vietnamese_is_written_to_in_vietnamese() {
    let app = helpers::spawn_app_with(helpers::Options {
        env: vec![("ALLOW_UNSIGNED_WEBHOOKS", "true".to_string())],
        ..helpers::Options::default()
    })
    .await;
    let vietnamese = locales::catalog(Language::Vietnamese);
    let mut body = maria();
    body["language"] = json!("vi");
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0177"});
    let (status, _, answer) = post_in(&app, "en", "/api/v1/signups", &body).await;
    assert_eq!(status, 201, "{answer}");
    let token = answer["subscription"]["manage_token"]
        .as_str()
        .unwrap()
        .to_string();
    // The confirmation is in the language of the page that asked.
    let email = app
        .wait_for_captured("email", "confirm_destination", 1)
        .await[0]
        .clone();
    let subject = vietnamese.format(
        &Message::new("confirm-request-email-subject")
            .text("office", "Sacramento County Elections"),
    );
    assert!(email.contains(&subject), "{email}");
    app.confirm_waiting(2).await;

    // A status change: the sentence, its date and the email's subject, all in Vietnamese.
    let key = helpers::statewide_key(&app).await;
    let response = app
        .client
        .post(format!("{}/api/v1/admin/ballot-events", app.base))
        .bearer_auth(&key)
        .json(
            &json!([{"event_id": "vi-1", "voter_id": "V000000001", "election_id": "g",
                        "status": "received", "occurred_at": "2026-11-03T20:00:00Z"}]),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    app.make_all_due().await;
    let all = app.captured_messages(4).await;
    let greeting = vietnamese.format(&Message::new("greeting").text("first_name", "Maria"));
    assert!(
        all.iter().any(|(_, text)| text.contains(&greeting)),
        "{all:?}"
    );
    let date = vietnamese.format(
        &Message::new("date-long")
            .number("month", 11)
            .number("day", 3)
            .number("year", 2026),
    );
    assert_eq!(date, "ngày 3 tháng 11 năm 2026");
    let sentence = vietnamese.format(
        &Message::new("sentence-received")
            .text("office", "Sacramento County Elections")
            .text("date", date.as_str()),
    );
    let updates: Vec<&String> = all
        .iter()
        .filter(|(_, text)| text.contains(&sentence))
        .map(|(_, text)| text)
        .collect();
    assert_eq!(updates.len(), 2, "email and SMS: {all:?}");

    // The status page asks in the page's language, whatever the subscription's.
    let view: Value = app
        .client
        .get(format!("{}/api/v1/subscriptions/{token}", app.base))
        .header("Accept-Language", "es")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let spanish = locales::catalog(Language::Spanish);
    assert_eq!(view["language"], "vi");
    assert_eq!(
        view["status"]["ballots"][0]["events"][0]["title"],
        spanish.text("status-received")
    );

    // Texts back: the reply in the subscription's language.
    let reply = app
        .client
        .post(format!("{}/api/v1/webhooks/sms", app.base))
        .form(&[("From", "+19165550177"), ("Body", "STOP")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let stopped = vietnamese.text("sms-stopped");
    let tail = stopped.rsplit(':').next().unwrap().trim();
    assert!(
        reply.contains(
            &askama::filters::escape(tail, askama::filters::Html)
                .unwrap()
                .to_string()
        ),
        "{reply}"
    );
    app.stop().await;
}
