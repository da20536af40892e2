//! `POST /api/v1/signups`, black-box through HTTP against the real app.

use crate::helpers;

use helpers::{count, maria, spawn_app, with_identity};
use serde_json::json;

#[tokio::test]
async fn a_new_sign_up_is_201_with_separate_links_and_every_destination_confirming() {
    let app = spawn_app().await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    body["voice"] = json!({"opt_in": true, "phone": "+44 20 7946 0958"});
    let (status, answer) = app.sign_up(&body).await;
    assert_eq!(status, 201, "{answer}");
    assert_eq!(answer["outcome"], "created");
    let sub = &answer["subscription"];
    let status_token = sub["status_token"].as_str().unwrap();
    let manage_token = sub["manage_token"].as_str().unwrap();
    for token in [status_token, manage_token] {
        assert_eq!(token.len(), 32);
        assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));
    }
    assert_ne!(status_token, manage_token, "two capabilities, two tokens");
    assert_eq!(sub["status_url"], format!("/status/{status_token}"));
    assert_eq!(sub["manage_url"], format!("/manage/{manage_token}"));
    assert!(sub["manage_expires_at"].as_str().unwrap() > "2026");
    assert_eq!(sub["county"], "Sacramento");
    assert_eq!(answer["county_office"], "Sacramento County Elections");
    let channel = |destination: &str| json!({"opt_in": true, "destination": destination, "awaiting_confirmation": destination, "confirmation_sent": true});
    assert_eq!(answer["channels"]["email"], channel("m•••@example.com"));
    assert_eq!(answer["channels"]["sms"], channel("(•••) •••-0123"));
    assert_eq!(answer["channels"]["voice"], channel("+•••0958"));
    assert_eq!(
        sub["quiet_hours"],
        json!({"start": "21:00", "end": "08:00"})
    );
    // Nothing is on file until each destination confirms.
    let on_file: (Option<String>, Option<String>, Option<String>) = ballot_api::on_pool!(
        app.store.pool(),
        |p| sqlx::query_as("SELECT email_address, sms_phone, voice_phone FROM subscription")
            .fetch_one(p)
            .await
    )
    .unwrap();
    assert_eq!(on_file, (None, None, None));
    // No token is stored: only hashes. (The worker may already have made the confirmations'
    // own links, which are rows too: only the status and manage links are counted here.)
    let stored: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT token_hash FROM access_token WHERE kind IN ('status', 'manage')"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(stored.len(), 2);
    for token in [status_token, manage_token] {
        assert!(!stored.iter().any(|h| h == token));
        assert!(stored.contains(&ballot_api::domain::token::lookup_key(token)));
    }
    app.stop().await;
}

#[tokio::test]
async fn signing_up_again_never_returns_the_links_and_changes_nothing_until_confirmed() {
    let app = spawn_app().await;
    app.sign_up_and_confirm(&maria()).await;
    let mut again = maria();
    again["email"] = json!({"opt_in": true, "address": "someone-else@example.net"});
    again["sms"] = json!({"opt_in": true, "phone": "916-555-0199"});
    let (status, answer) = app.sign_up(&again).await;
    assert_eq!(status, 202, "{answer}");
    assert_eq!(answer["outcome"], "already_signed_up");
    assert!(answer.get("subscription").is_none(), "no links: {answer}");
    assert!(!answer.to_string().contains("/manage/"));
    assert_eq!(
        answer["channels"]["email"]["awaiting_confirmation"],
        "s•••@example.net"
    );
    assert_eq!(answer["channels"]["sms"]["confirmation_sent"], true);
    assert_eq!(count(&app.store, "subscription").await, 1);
    let (email, sms): (Option<String>, Option<String>) = ballot_api::on_pool!(
        app.store.pool(),
        |p| sqlx::query_as("SELECT email_address, sms_phone FROM subscription")
            .fetch_one(p)
            .await
    )
    .unwrap();
    assert_eq!(
        (email.as_deref(), sms),
        (Some("maria@example.com"), None),
        "alerts stay where they were"
    );
    // The address on file is told, with a manage link for the voter who lost theirs.
    let note = &app.wait_for_captured("email", "signup_again", 1).await[0];
    assert!(note.contains("To: maria@example.com"), "{note}");
    assert!(note.contains("Nothing has changed"), "{note}");
    assert!(note.contains("s•••@example.net"), "{note}");
    assert!(note.contains("/manage/"), "{note}");
    // The new destinations are asked to confirm; nothing of the ballot goes to them.
    let confirmations = app
        .wait_for_captured("email", "confirm_destination", 2)
        .await;
    assert!(confirmations[1].contains("To: someone-else@example.net"));
    assert!(!confirmations[1].contains("/status/"));
    app.stop().await;
}

#[tokio::test]
async fn names_match_across_case_spacing_accents_apostrophes_hyphens_and_suffixes() {
    let app = spawn_app().await;
    let cases = [
        (
            "  MARIA ",
            "garcia",
            "01-23-1980",
            "95814-1234",
            "Sacramento",
        ),
        ("Jose", "Nunez", "07-04-1975", "90012", "Los Angeles"),
        ("JOSÉ", "núñez", "07-04-1975", "90012", "Los Angeles"),
        ("Siobhan", "O'Brien", "03-15-1990", "94110", "San Francisco"),
        ("siobhán", "OBrien", "03-15-1990", "94110", "San Francisco"),
        ("Ana", "Garcia Lopez", "11-30-1988", "92101", "San Diego"),
        ("Ana", "García–López", "11-30-1988", "92101", "San Diego"),
        ("Robert", "King Jr.", "02-29-1964", "93721", "Fresno"),
        ("Robert", "King", "02-29-1964", "93721", "Fresno"),
        ("Linh", "Nguyen", "08-20-1992", "95823", "Sacramento"),
    ];
    for (i, (first, last, dob, zip, county)) in cases.into_iter().enumerate() {
        let mut body = with_identity(first, last, dob, zip);
        body["email"]["address"] = json!(format!("voter{i}@example.com"));
        let (status, answer) = app.sign_up(&body).await;
        assert!(
            status == 201 || status == 202,
            "{first} {last}: {status} {answer}"
        );
        assert_eq!(
            answer["county_office"],
            format!("{county} County Elections"),
            "{first} {last}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn no_match_gives_the_seed_message_and_never_names_a_field() {
    let app = spawn_app().await;
    for (first, last, dob, zip) in [
        ("Mariah", "Garcia", "01-23-1980", "95814"),
        ("Maria", "Garza", "01-23-1980", "95814"),
        ("Maria", "Garcia", "01-24-1980", "95814"),
        ("Maria", "Garcia", "01-23-1980", "95815"),
    ] {
        let (status, answer) = app.sign_up(&with_identity(first, last, dob, zip)).await;
        assert_eq!(status, 422);
        assert_eq!(answer["error"]["code"], "no_matching_voter");
        // The words of the service we replace, which voters and help desks know.
        assert_eq!(
            answer["error"]["message"],
            "The information you entered does not match any voters in our system."
        );
        assert_eq!(answer["error"]["fields"], json!({}));
        assert_eq!(answer["error"]["help"].as_array().unwrap().len(), 3);
        assert!(answer["error"]["help"][1]
            .as_str()
            .unwrap()
            .contains("even if you live abroad"));
    }
    assert_eq!(count(&app.store, "subscription").await, 0);
    assert_eq!(count(&app.store, "outbox_message").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn cancelled_and_confidential_voters_never_match() {
    let app = spawn_app().await;
    for body in [
        with_identity("Pat", "Jones", "09-09-1985", "95814"),
        with_identity("Alex", "Rivera", "12-01-1979", "95814"),
    ] {
        let (status, answer) = app.sign_up(&body).await;
        assert_eq!(
            (status, answer["error"]["code"].as_str()),
            (422, Some("no_matching_voter"))
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn two_matching_voters_need_the_voter_id() {
    let app = spawn_app().await;
    let john = with_identity("John", "Smith", "05-05-1970", "90012");
    let (status, answer) = app.sign_up(&john).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (422, Some("ambiguous_voter"))
    );
    assert!(answer["error"]["help"]
        .to_string()
        .contains("contact your county"));

    let mut with_id = john.clone();
    with_id["voter_id"] = json!(" v000000008 ");
    let (status, _) = app.sign_up(&with_id).await;
    assert_eq!(status, 201);
    let voter: String = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT voter_id FROM subscription"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(voter, "V000000008");

    let mut wrong_id = john;
    wrong_id["voter_id"] = json!("V000000001");
    let (status, answer) = app.sign_up(&wrong_id).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (422, Some("no_matching_voter"))
    );
    app.stop().await;
}

#[tokio::test]
async fn a_voter_id_that_disagrees_with_a_single_match_is_no_match() {
    let app = spawn_app().await;
    let mut body = maria();
    body["voter_id"] = json!("V000000002");
    let (status, answer) = app.sign_up(&body).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (422, Some("no_matching_voter"))
    );
    app.stop().await;
}

#[tokio::test]
async fn invalid_input_names_each_field_with_its_own_message() {
    let app = spawn_app().await;
    let body = json!({
        "first_name": "",
        "last_name": "Garcia",
        "date_of_birth": "1/23/1980",
        "zip": "SW1A 1AA",
        "email": {"opt_in": true, "address": "maria@example"},
        "sms": {"opt_in": true, "phone": "555-0123"},
        "voice": {"opt_in": true, "phone": null},
        "quiet_hours": {"start": "23:00", "end": "07:00"}
    });
    let (status, answer) = app.sign_up(&body).await;
    assert_eq!(status, 422);
    assert_eq!(answer["error"]["code"], "invalid_input");
    let fields = &answer["error"]["fields"];
    assert_eq!(fields["first_name"], "Enter your first name");
    assert_eq!(
        fields["date_of_birth"],
        "Enter your date of birth as MM-DD-YYYY, for example 01-23-1980"
    );
    assert!(fields["zip"]
        .as_str()
        .unwrap()
        .contains("California residential address"));
    assert!(fields["email.address"]
        .as_str()
        .unwrap()
        .contains("name@example.com"));
    assert!(fields["sms.phone"]
        .as_str()
        .unwrap()
        .contains("(916) 555-0123"));
    assert_eq!(
        fields["voice.phone"],
        "Enter the phone number for voice calls"
    );
    assert!(fields["quiet_hours"].as_str().unwrap().contains("9 PM"));
    assert!(fields.get("last_name").is_none());
    app.stop().await;
}

#[tokio::test]
async fn each_date_of_birth_error_says_what_is_wrong() {
    let app = spawn_app().await;
    let cases = [
        ("13-01-1980", "Month must be between 01 and 12"),
        (
            "02-29-1981",
            "Day must be between 01 and 28 for February 1981",
        ),
        ("12-31-1899", "Date of birth cannot be before 01-01-1900"),
        ("01-01-2999", "Date of birth cannot be in the future"),
        ("", "Enter your date of birth"),
    ];
    for (dob, message) in cases {
        let (status, answer) = app
            .sign_up(&with_identity("Maria", "Garcia", dob, "95814"))
            .await;
        assert_eq!(status, 422);
        assert_eq!(answer["error"]["fields"]["date_of_birth"], message, "{dob}");
    }
    app.stop().await;
}

#[tokio::test]
async fn at_least_one_channel_and_off_switches_ignore_what_was_typed() {
    let app = spawn_app().await;
    let mut none = maria();
    none["email"] = json!({"opt_in": false, "address": "maria@example.com"});
    let (status, answer) = app.sign_up(&none).await;
    assert_eq!(status, 422);
    assert!(answer["error"]["fields"]["channels"]
        .as_str()
        .unwrap()
        .contains("at least one"));

    let mut sms_only = maria();
    sms_only["email"] = json!({"opt_in": false, "address": "not an email"});
    sms_only["sms"] = json!({"opt_in": true, "phone": "+81-3-1234-5678"});
    let (status, answer) = app.sign_up(&sms_only).await;
    assert_eq!(status, 201, "{answer}");
    assert_eq!(answer["channels"]["email"]["destination"], json!(null));
    app.stop().await;
}

#[tokio::test]
async fn missing_fields_are_invalid_input_not_a_crash() {
    let app = spawn_app().await;
    let (status, answer) = app.sign_up(&json!({})).await;
    assert_eq!(status, 422);
    let fields = answer["error"]["fields"].as_object().unwrap();
    for key in [
        "first_name",
        "last_name",
        "date_of_birth",
        "zip",
        "channels",
    ] {
        assert!(fields.contains_key(key), "{key} in {answer}");
    }
    app.stop().await;
}

#[tokio::test]
async fn malformed_oversized_and_mistyped_requests_get_the_error_shape() {
    let app = spawn_app().await;
    let url = format!("{}/api/v1/signups", app.base);
    let send = |body: String, content_type: Option<&'static str>| {
        let mut request = app.client.post(&url).body(body);
        if let Some(ct) = content_type {
            request = request.header("content-type", ct);
        }
        request.send()
    };
    let cases = [
        (
            send("{not json".into(), Some("application/json"))
                .await
                .unwrap(),
            400,
            "malformed_request",
        ),
        (
            send(r#"{"first_name": 5}"#.into(), Some("application/json"))
                .await
                .unwrap(),
            400,
            "malformed_request",
        ),
        (
            send("x".repeat(64 * 1024), Some("application/json"))
                .await
                .unwrap(),
            413,
            "payload_too_large",
        ),
        (
            send(
                "first_name=Maria".into(),
                Some("application/x-www-form-urlencoded"),
            )
            .await
            .unwrap(),
            415,
            "unsupported_media_type",
        ),
        (
            send("{}".into(), None).await.unwrap(),
            415,
            "unsupported_media_type",
        ),
    ];
    for (response, status, code) in cases {
        assert_eq!(response.status().as_u16(), status);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], code, "{body}");
        assert!(body["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()));
    }
    let not_found = app
        .client
        .get(format!("{}/api/v1/nothing-here", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(not_found.status().as_u16(), 404);
    let body: serde_json::Value = not_found.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
    let wrong_method = app.client.get(&url).send().await.unwrap();
    assert_eq!(wrong_method.status().as_u16(), 405);
    let body: serde_json::Value = wrong_method.json().await.unwrap();
    assert_eq!(body["error"]["code"], "method_not_allowed");
    assert_eq!(count(&app.store, "subscription").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn each_destination_gets_a_confirmation_and_nothing_of_the_ballot() {
    let app = spawn_app().await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "916 555 0123"});
    body["voice"] = json!({"opt_in": true, "phone": "916 555 0124"});
    let (status, _) = app.sign_up(&body).await;
    assert_eq!(status, 201);
    let email = &app
        .wait_for_captured("email", "confirm_destination", 1)
        .await[0];
    let sms = &app.wait_for_captured("sms", "confirm_destination", 1).await[0];
    let call = &app
        .wait_for_captured("voice", "confirm_destination", 1)
        .await[0];
    assert!(email.contains("From: Sacramento County Elections"));
    assert!(email.contains("To: maria@example.com"));
    assert!(email.contains("Maria's vote-by-mail ballot"));
    assert!(email.contains("/confirm/"));
    assert!(sms.contains("To: +19165550123"));
    assert!(sms.contains("Reply YES"));
    assert!(sms.contains("Reply HELP for help, STOP to cancel."));
    assert!(sms.contains("Msg & data rates may apply"));
    assert!(call.contains("To: +19165550124"));
    assert!(call.contains("press 1"));
    assert!(call.contains("Key-Press: http://"));
    for message in [email, sms, call] {
        assert!(!message.contains("/status/") && !message.contains("/manage/"));
        assert!(message.contains("Reference: "), "{message}");
    }
    // The stored bodies hold placeholders, never a token.
    let bodies: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT body_text FROM outbox_message"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    for token in app.confirmation_tokens() {
        assert!(!bodies.iter().any(|b| b.contains(&token)));
    }
    assert!(bodies.iter().any(|b| b.contains("{{token:confirm}}")));
    app.stop().await;
}

#[tokio::test]
async fn tokens_differ_between_voters() {
    let app = spawn_app().await;
    let (_, a) = app.sign_up(&maria()).await;
    let (_, b) = app
        .sign_up(&with_identity("Jose", "Nunez", "07-04-1975", "90012"))
        .await;
    assert_ne!(
        a["subscription"]["status_token"],
        b["subscription"]["status_token"]
    );
    app.stop().await;
}

#[tokio::test]
async fn concurrent_sign_ups_of_one_voter_make_one_subscription() {
    let app = spawn_app().await;
    let body = maria();
    let requests = (0..8).map(|_| app.sign_up(&body));
    let results = futures::future::join_all(requests).await;
    let created = results.iter().filter(|(s, _)| *s == 201).count();
    let again = results.iter().filter(|(s, _)| *s == 202).count();
    assert_eq!((created, again), (1, 7), "{results:?}");
    assert_eq!(count(&app.store, "subscription").await, 1);
    // One destination waiting: the confirmation is sent again, up to the day's cap (3).
    assert_eq!(count(&app.store, "destination_request").await, 1);
    assert_eq!(count(&app.store, "outbox_message").await, 3);
    app.stop().await;
}
