//! The Postal Service's scans in (issue 15): `POST /api/v1/admin/mail-scans` with a generated
//! IV-MTR feed (several scans per envelope, delays between pushes, the JSON and the delimited
//! layouts, one envelope turned back as undeliverable, one unknown envelope), through to the
//! statuses with their evidence, the voter's messages and the county's mail report.

use crate::helpers;

use ballot_api::domain::api_keys::Scope;
use base64::Engine;
use helpers::{count, maria, spawn_app, with_identity, TestApp};
use serde_json::{json, Value};

const ELECTION: &str = "2026-11-03-general";
/// Maria's ballot (to 95814), her return envelope, Linh's ballot (to 95823), and one more
/// ballot of Maria's county that the Postal Service never scans.
const MARIA_OUT: &str = "00700567094000000001";
const MARIA_BACK: &str = "00700567094000000002";
const LINH_OUT: &str = "00700567094000000003";
const NEVER_SCANNED: &str = "00700567094000000004";
/// The ballot of Alex (V000000010), who did not sign up.
const ALEX_OUT: &str = "00700567094000000005";

async fn post_scans(app: &TestApp, key: &str, content_type: &str, body: String) -> (u16, Value) {
    helpers::post_upload(app, "/api/v1/admin/mail-scans", key, content_type, body).await
}

/// Sacramento's Mailer ID, its envelopes, and Maria (V000000001) and Linh (V000000011) signed
/// up for email. Returns a statewide key.
async fn envelopes_and_voters(app: &TestApp) -> String {
    let key = helpers::operator_key(app, Scope::Statewide).await;
    let response = app
        .client
        .put(format!("{}/api/v1/admin/counties/Sacramento", app.base))
        .bearer_auth(&key)
        .json(&json!({ "mailer_ids": ["567094"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let pieces = format!(
        "voter_id,election_id,direction,imb\n\
         V000000001,{ELECTION},outbound,{MARIA_OUT}95814\n\
         V000000001,{ELECTION},return,{MARIA_BACK}95819\n\
         V000000011,{ELECTION},outbound,{LINH_OUT}95823\n\
         V000000011,{ELECTION},outbound,{NEVER_SCANNED}95823\n\
         V000000010,{ELECTION},outbound,{ALEX_OUT}95814\n"
    );
    let (status, answer) =
        helpers::post_upload(app, "/api/v1/admin/mail-pieces", &key, "text/csv", pieces).await;
    assert_eq!(
        (status, answer["recorded"].as_u64()),
        (200, Some(5)),
        "{answer}"
    );
    let (status, _) = app.sign_up_and_confirm(&maria()).await;
    assert_eq!(status, 201);
    let mut linh = with_identity("Linh", "Nguyen", "08-20-1992", "95823");
    linh["email"] = json!({"opt_in": true, "address": "linh@example.com"});
    let (status, _) = app.sign_up_and_confirm(&linh).await;
    assert_eq!(status, 201);
    key
}

/// One IV-MTR scan record.
fn scan(code: &str, at: &str, operation: &str, phase: &str, place: (&str, &str)) -> Value {
    json!({
        "imb": code, "scanDatetime": at, "scanEventCode": operation, "handlingEventType": "A",
        "mailPhase": phase, "scanFacilityName": format!("{} CA P&DC", place.0),
        "scanFacilityCity": place.0, "scanFacilityState": "CA", "scanFacilityZip": place.1
    })
}

const ORIGIN: (&str, &str) = ("SACRAMENTO", "95813");
const PLANT: (&str, &str) = ("WEST SACRAMENTO", "95799");
const CARRIER: (&str, &str) = ("SACRAMENTO", "95814");

async fn timeline(app: &TestApp) -> Value {
    let (status, view) = app
        .post_json(
            "/api/v1/status-lookups",
            &json!({"first_name": "Maria", "last_name": "Garcia",
                    "date_of_birth": "01-23-1980", "zip": "95814"}),
        )
        .await;
    assert_eq!(status, 200, "{view}");
    view["ballots"][0].clone()
}

fn statuses(ballot: &Value) -> Vec<String> {
    ballot["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap().to_string())
        .collect()
}

async fn status_emails(app: &TestApp, to: &str) -> Vec<String> {
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT kind FROM outbox_message WHERE channel = 'email' AND recipient = $1 \
         AND kind NOT LIKE 'confirm%' AND kind NOT LIKE 'welcome%' ORDER BY outbox_message_id"
    )
    .bind(to)
    .fetch_all(p)
    .await)
    .unwrap()
}

#[tokio::test]
async fn a_feed_gives_each_status_once_with_its_evidence_and_tells_the_voter_once() {
    let app = spawn_app().await;
    let key = envelopes_and_voters(&app).await;
    let before = status_emails(&app, "maria@example.com").await;

    // Day 1: taken in at the origin plant, sorted twice; a scan of an unknown envelope.
    let day1 = json!({"msgGrpId": 1, "events": [
        scan(MARIA_OUT, "2026-10-06T21:14:09", "044", "Phase 1 - Origin Processing", ORIGIN),
        scan(MARIA_OUT, "2026-10-06T23:40:00", "271", "Phase 1 - Origin Processing", ORIGIN),
        scan("00700567094999999999", "2026-10-06T23:41:00", "271", "Phase 1 - Origin Processing", ORIGIN),
        scan(LINH_OUT, "2026-10-06T21:20:00", "044", "Phase 1 - Origin Processing", ORIGIN),
        scan(ALEX_OUT, "2026-10-06T21:30:00", "044", "Phase 1 - Origin Processing", ORIGIN),
        scan(ALEX_OUT, "2026-10-07T22:30:00", "919", "Phase 3c - Destination", PLANT),
    ]});
    let (status, answer) = post_scans(&app, &key, "application/json", day1.to_string()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["records"], 6);
    assert_eq!(answer["stored"], 5);
    assert_eq!(answer["unmatched"], 1);
    assert_eq!(
        answer["statuses"], 4,
        "Maria's and Linh's ballots are in the mail, Alex's too and on its way"
    );
    assert_eq!(answer["notifications"], 2, "Alex is not signed up");
    let alex: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT status FROM ballot_event WHERE voter_id = 'V000000010' ORDER BY occurred_at"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(alex, ["mailed", "in_transit_to_voter"]);

    let ballot = timeline(&app).await;
    assert_eq!(statuses(&ballot), ["mailed"]);
    let mailed = &ballot["events"][0];
    // 21:14 in Sacramento is 04:14 the next day in UTC: the scan's own zone decides.
    assert_eq!(mailed["occurred_at"], "2026-10-07T04:14:09.000000Z");
    assert_eq!(
        mailed["evidence"],
        "Postal service scan in Sacramento, CA on October 6, 2026."
    );
    assert_eq!(
        ballot["postal"]["latest"],
        "Last postal service scan: Sacramento, CA, October 6, 2026."
    );

    // The same push again (the feed retried): nothing new, nobody told twice.
    let (status, again) = post_scans(&app, &key, "application/json", day1.to_string()).await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(
        (
            again["stored"].as_u64(),
            again["duplicates"].as_u64(),
            again["statuses"].as_u64()
        ),
        (Some(0), Some(5), Some(0))
    );

    // Day 2, as the delimited layout and with HTTP Basic as the push feed sends it: at the
    // destination plant (with the Postal Service's expected day), then in transit again;
    // Linh's ballot turned back by PARS.
    let day2 = format!(
        "imb|scanDatetime|scanEventCode|handlingEventType|mailPhase|scanFacilityName|scanFacilityCity|scanFacilityState|scanFacilityZip|expectedDeliveryDate\n\
         {MARIA_OUT}95814|2026-10-07T22:05:00|919|A|Phase 3c - Destination Sequenced Carrier Sortation|WEST SACRAMENTO CA P&DC|WEST SACRAMENTO|CA|95799|2026-10-08\n\
         {MARIA_OUT}95814|2026-10-07T23:30:00|919|A|Phase 3c - Destination Sequenced Carrier Sortation|WEST SACRAMENTO CA P&DC|WEST SACRAMENTO|CA|95799|2026-10-08\n\
         {LINH_OUT}|2026-10-07T10:00:00|895|A|PARS|SACRAMENTO CA P&DC|SACRAMENTO|CA|95813|\n\
         not a barcode|2026-10-07T10:00:00|895|A|PARS|SACRAMENTO CA P&DC|SACRAMENTO|CA|95813|\n"
    );
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("ivmtr:{key}"));
    let response = app
        .client
        .post(format!("{}/api/v1/admin/mail-scans", app.base))
        .header("authorization", format!("Basic {basic}"))
        .header("content-type", "text/plain")
        .body(day2)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["stored"], 3, "{answer}");
    assert_eq!(answer["rejected"], 1);
    assert_eq!(answer["errors"][0]["line"], 5);
    assert_eq!(answer["statuses"], 2, "{answer}");

    // Day 3: out for delivery and delivered (a logical event); then the voter mails it back.
    let day3 = json!([
        scan(
            MARIA_OUT,
            "2026-10-08T07:10:00",
            "919",
            "Phase 4b - Delivery Unit",
            CARRIER
        ),
        scan(
            MARIA_OUT,
            "2026-10-08T14:02:00",
            "918",
            "Phase 4c - Delivery",
            CARRIER
        ),
    ]);
    let (status, answer) = post_scans(&app, &key, "application/json", day3.to_string()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        answer["statuses"], 1,
        "delivered; 4b is still at the destination"
    );
    let day9 = json!([
        scan(
            MARIA_BACK,
            "2026-10-14T18:00:00",
            "044",
            "Phase 1 - Origin Processing",
            ORIGIN
        ),
        scan(
            MARIA_BACK,
            "2026-10-15T01:00:00",
            "919",
            "Phase 3c - Destination Sequenced Carrier Sortation",
            PLANT
        ),
    ]);
    let (status, answer) = post_scans(&app, &key, "application/json", day9.to_string()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["statuses"], 1, "on its way back, once");

    let ballot = timeline(&app).await;
    assert_eq!(
        statuses(&ballot),
        [
            "mailed",
            "in_transit_to_voter",
            "delivered",
            "in_transit_to_county"
        ]
    );
    let in_transit = &ballot["events"][1];
    assert_eq!(
        in_transit["message"],
        "The postal service expects to deliver your ballot around October 8, 2026."
    );
    assert_eq!(
        in_transit["evidence"],
        "Postal service scan in West Sacramento, CA on October 7, 2026."
    );
    assert_eq!(ballot["current_status"], "in_transit_to_county");
    assert_eq!(ballot["postal"]["direction"], "return");
    assert_eq!(ballot["postal"]["place"], "West Sacramento, CA");
    // Never "late", and no problem to act on while it travels.
    assert_eq!(ballot["action_needed"], Value::Null);

    // One message per meaningful change, not one per scan (9 of Maria's scans).
    let told: Vec<String> = status_emails(&app, "maria@example.com")
        .await
        .into_iter()
        .skip(before.len())
        .collect();
    assert_eq!(
        told,
        [
            "mailed",
            "in_transit_to_voter",
            "delivered",
            "in_transit_to_county"
        ]
    );
    // Linh is told at once what to do.
    let linh = status_emails(&app, "linh@example.com").await;
    assert!(
        linh.ends_with(&["mailed".to_string(), "undeliverable".to_string()]),
        "{linh:?}"
    );
    let undeliverable: String = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT body_text FROM outbox_message WHERE kind = 'undeliverable'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert!(undeliverable.contains("returned to"), "{undeliverable}");

    // The county's report: Linh's returned ballot, Maria's return envelope on its way, and the
    // envelope never scanned once it is a week old.
    let week_ago = ballot_api::clock::now_plus(jiff::SignedDuration::from_hours(-8 * 24));
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query(
        "UPDATE mail_piece SET received_at = $2 WHERE tracking_code = $1"
    )
    .bind(NEVER_SCANNED)
    .bind(week_ago)
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    let county_key = helpers::operator_key(&app, Scope::County("Sacramento".into())).await;
    let report: Value = app
        .client
        .get(format!(
            "{}/api/v1/admin/mail-report?election_id={ELECTION}&days=7",
            app.base
        ))
        .bearer_auth(&county_key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let listed: Vec<(String, String)> = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["attention"].as_str().unwrap().to_string(),
                r["tracking_code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("return_in_transit".to_string(), MARIA_BACK.to_string()),
            ("undeliverable".to_string(), LINH_OUT.to_string()),
            ("no_scan".to_string(), NEVER_SCANNED.to_string()),
        ]
    );
    let csv = app
        .client
        .get(format!(
            "{}/api/v1/admin/mail-report?election_id={ELECTION}&format=csv",
            app.base
        ))
        .bearer_auth(&county_key)
        .send()
        .await
        .unwrap();
    assert!(csv.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("attention,county,voter_id"), "{csv}");
    assert!(csv.contains(&format!(
        "undeliverable,sacramento,V000000011,{ELECTION},{LINH_OUT}"
    )));

    // Once the county marks it received, the return envelope leaves the report.
    let received = json!([{"event_id": "R-1", "voter_id": "V000000001", "election_id": ELECTION,
        "status": "received", "occurred_at": "2026-10-16T10:00:00-07:00"}]);
    let (status, _) = helpers::post_upload(
        &app,
        "/api/v1/admin/ballot-events",
        &key,
        "application/json",
        received.to_string(),
    )
    .await;
    assert_eq!(status, 200);
    let report: Value = app
        .client
        .get(format!(
            "{}/api/v1/admin/mail-report?election_id={ELECTION}",
            app.base
        ))
        .bearer_auth(&county_key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(report["return_in_transit"], 0, "{report}");
    assert_eq!(report["undeliverable"], 1);
    app.stop().await;
}

#[tokio::test]
async fn a_county_key_reaches_only_its_own_envelopes_and_learns_nothing_of_others() {
    let app = spawn_app().await;
    let _statewide = envelopes_and_voters(&app).await;
    let los_angeles = helpers::operator_key(&app, Scope::County("Los Angeles".into())).await;
    let feed = json!([scan(
        MARIA_OUT,
        "2026-10-06T21:14:09",
        "044",
        "Phase 1 - Origin Processing",
        ORIGIN
    )]);
    let (status, answer) =
        post_scans(&app, &los_angeles, "application/json", feed.to_string()).await;
    assert_eq!(status, 200, "{answer}");
    // The same answer as for a code no one has: kept aside, no status, no message.
    assert_eq!(
        (
            answer["stored"].as_u64(),
            answer["unmatched"].as_u64(),
            answer["statuses"].as_u64()
        ),
        (Some(0), Some(1), Some(0))
    );
    assert_eq!(count(&app.store, "mail_scan").await, 0);
    let ballot = timeline(&app).await;
    assert_eq!(ballot, Value::Null, "Maria's ballot has no status yet");
    // The report is the key's county's only.
    let report: Value = app
        .client
        .get(format!(
            "{}/api/v1/admin/mail-report?election_id={ELECTION}&days=1",
            app.base
        ))
        .bearer_auth(&los_angeles)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(report["rows"], json!([]));
    app.stop().await;
}

#[tokio::test]
async fn a_feed_that_cannot_be_read_is_refused_in_the_error_shape() {
    let app = spawn_app().await;
    let key = helpers::operator_key(&app, Scope::Statewide).await;
    for (content_type, body, status, code) in [
        (
            "application/json",
            "{\"events\": [",
            400,
            "malformed_request",
        ),
        (
            "application/json",
            "{\"records\": []}",
            400,
            "malformed_request",
        ),
        (
            "text/plain",
            "voter_id|scanDatetime\nV1|2026-10-06T21:14:09\n",
            422,
            "invalid_file",
        ),
        ("application/xml", "<scans/>", 415, "unsupported_media_type"),
    ] {
        let (got, answer) = post_scans(&app, &key, content_type, body.to_string()).await;
        assert_eq!(got, status, "{content_type} {body}: {answer}");
        assert_eq!(answer["error"]["code"], code);
    }
    // A scan from the future (it would stay the ballot's status and silence the county's real
    // events), and a NUL in a field (PostgreSQL refuses it, failing the push on every retry),
    // are refused one by one; the rest of the push is kept.
    let _ = envelopes_and_voters(&app).await;
    let mut nul = scan(
        MARIA_OUT,
        "2026-10-06T21:14:09",
        "044",
        "Phase 1 - Origin Processing",
        ORIGIN,
    );
    nul["mailPhase"] = json!("Phase 1\u{0}");
    let feed = json!([
        scan(
            MARIA_OUT,
            "2099-01-01T00:00:00",
            "918",
            "Phase 4c - Delivery",
            CARRIER
        ),
        nul,
        scan(
            LINH_OUT,
            "2026-10-06T21:20:00",
            "044",
            "Phase 1 - Origin Processing",
            ORIGIN
        ),
    ]);
    let (got, answer) = post_scans(&app, &key, "application/json", feed.to_string()).await;
    assert_eq!(got, 200, "{answer}");
    assert_eq!(
        (
            answer["rejected"].as_u64(),
            answer["stored"].as_u64(),
            answer["statuses"].as_u64()
        ),
        (Some(2), Some(1), Some(1)),
        "{answer}"
    );
    assert_eq!(answer["errors"][0]["line"], 1);
    assert!(answer["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("from the future"));
    assert!(answer["errors"][1]["message"]
        .as_str()
        .unwrap()
        .contains("control character"));
    // HTTP Basic is the feed's only: a browser keeps it and would send it to any route.
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("x:{key}"));
    let status = app
        .client
        .get(format!("{}/api/v1/admin/stats", app.base))
        .header("authorization", format!("Basic {basic}"))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 401);
    let (got, answer) = app
        .client
        .get(format!(
            "{}/api/v1/admin/mail-report?election_id=a%20b",
            app.base
        ))
        .bearer_auth(&key)
        .send()
        .await
        .map(|r| (r.status().as_u16(), r))
        .unwrap();
    let answer: Value = answer.json().await.unwrap();
    assert_eq!(got, 422, "{answer}");
    assert!(answer["error"]["fields"]["election_id"].is_string());
    app.stop().await;
}
