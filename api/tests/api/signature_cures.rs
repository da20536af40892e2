//! Issue 16: a signature cure sent with the status link, and the county's review.
//! `POST /api/v1/ballot-statuses/{token}/signature-cures`, `/api/v1/admin/signature-cures`.

use crate::helpers::{self, count, maria, spawn_app_with, Options, TestApp};
use ballot_api::clock::california_date_days_ago;
use ballot_api::domain::api_keys::Scope;
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// A key for the tests only (`CURE_ENCRYPTION_KEY`).
const KEY: &str = "9f3c2a1b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170605f4e3";

/// A real 600 × 200 PNG (a drawing's size): dark strokes on white, and with `location` a
/// text chunk saying where it was taken, as a phone's screenshot tool might write.
fn png(location: bool) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, 600, 200);
    encoder.set_color(png::ColorType::Rgb);
    if location {
        encoder
            .add_text_chunk("Location".into(), "GPS 38.5816,-121.4944".into())
            .unwrap();
    }
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&strokes(600, 200)).unwrap();
    writer.finish().unwrap();
    bytes
}

/// RGB pixels: white, with a dark diagonal stroke.
fn strokes(width: u32, height: u32) -> Vec<u8> {
    (0..width * height)
        .flat_map(|i| {
            let (x, y) = (i % width, i / width);
            if x.abs_diff(y * width / height) < 4 {
                [20, 20, 60]
            } else {
                [255, 255, 255]
            }
        })
        .collect()
}

/// The pixels a kept image decodes to.
fn pixels(bytes: &[u8]) -> image::RgbImage {
    image::load_from_memory(bytes).unwrap().to_rgb8()
}

pub(crate) async fn app_taking_cures(more: Vec<(&'static str, String)>) -> TestApp {
    let mut env = vec![("CURE_ENCRYPTION_KEY", KEY.to_string())];
    env.extend(more);
    spawn_app_with(Options {
        env,
        ..Default::default()
    })
    .await
}

/// Maria Garcia (V000000001, Sacramento, born 01-23-1980) signs up for email and confirms it;
/// her status link's token.
async fn marias_status_token(app: &TestApp) -> String {
    let (status, answer) = app.sign_up_and_confirm(&maria()).await;
    assert_eq!(status, 201, "{answer}");
    answer["subscription"]["status_token"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Posts one of Maria's ballot events as Sacramento County.
pub(crate) async fn post_event(app: &TestApp, id: &str, status: &str, at: &str, detail: Value) {
    let key = helpers::operator_key(app, Scope::County("Sacramento".into())).await;
    let body = json!([{
        "event_id": id, "voter_id": "V000000001", "election_id": "2026-11-03-general",
        "status": status, "occurred_at": at, "detail": detail,
    }]);
    let (status, answer) = helpers::post_upload(
        app,
        "/api/v1/admin/ballot-events",
        &key,
        "application/json",
        body.to_string(),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
}

/// Maria's ballot arrived without a signature; the county's deadline is `deadline`.
pub(crate) async fn signature_missing(app: &TestApp, deadline: &str) {
    post_event(
        app,
        "E-1",
        "received",
        "2026-11-04T10:00:00-08:00",
        json!({}),
    )
    .await;
    post_event(
        app,
        "E-2",
        "signature_missing",
        "2026-11-05T10:00:00-08:00",
        json!({ "cure_deadline": deadline }),
    )
    .await;
}

pub(crate) fn typed(dob: &str, name: &str) -> Value {
    json!({
        "election_id": "2026-11-03-general", "date_of_birth": dob,
        "method": "typed", "typed_name": name,
    })
}

fn photo(bytes: &[u8]) -> Value {
    json!({
        "election_id": "2026-11-03-general", "date_of_birth": "01-23-1980",
        "method": "photo",
        "image_base64": base64::engine::general_purpose::STANDARD.encode(bytes),
    })
}

pub(crate) async fn send_cure(app: &TestApp, token: &str, body: &Value) -> (u16, Value) {
    app.post_json(
        &format!("/api/v1/ballot-statuses/{token}/signature-cures"),
        body,
    )
    .await
}

/// The bodies of the messages of `kind` queued, by channel.
async fn told(app: &TestApp, kind: &str) -> Vec<(String, String)> {
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
        "SELECT channel, body_text FROM outbox_message WHERE kind = $1 ORDER BY outbox_message_id"
    )
    .bind(kind)
    .fetch_all(p)
    .await)
    .unwrap()
}

/// The status page's data for Maria's ballot: its `signature_cure`.
async fn status_page_cure(app: &TestApp, token: &str) -> Value {
    marias_ballot(app, token).await["signature_cure"].clone()
}

async fn admin_get(app: &TestApp, key: &str, path: &str) -> reqwest::Response {
    app.client
        .get(format!("{}{path}", app.base))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
}

pub(crate) async fn decide(app: &TestApp, key: &str, id: i64, body: Value) -> (u16, Value) {
    let response = app
        .client
        .post(format!(
            "{}/api/v1/admin/signature-cures/{id}/decision",
            app.base
        ))
        .bearer_auth(key)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_cure_needs_the_voters_date_of_birth_and_a_signature_problem() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;

    // No ballot yet, then a ballot received without any problem: nothing to cure.
    let (status, answer) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 409, "{answer}");
    assert_eq!(answer["error"]["code"], "cure_not_needed");
    post_event(
        &app,
        "E-1",
        "received",
        "2026-11-04T10:00:00-08:00",
        json!({}),
    )
    .await;
    let (status, answer) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (409, Some("cure_not_needed"))
    );

    signature_missing(&app, &california_date_days_ago(-7)).await;
    // The link alone is not enough: the date of birth must be the voter file's.
    let (status, answer) = send_cure(&app, &token, &typed("01-24-1980", "Maria Garcia")).await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(answer["error"]["code"], "invalid_input");
    assert_eq!(
        answer["error"]["fields"]["date_of_birth"],
        "This date of birth does not match our records for this ballot."
    );
    // The rules, in the voter's language.
    let mut bad = typed("01-23-1980", "  ");
    bad["method"] = json!("scribble");
    let response = app
        .client
        .post(format!(
            "{}/api/v1/ballot-statuses/{token}/signature-cures",
            app.base
        ))
        .header("accept-language", "es")
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 422);
    let answer: Value = response.json().await.unwrap();
    assert!(answer["error"]["fields"]["method"]
        .as_str()
        .unwrap()
        .starts_with("Elija cómo va a firmar"));
    assert_eq!(count(&app.store, "signature_cure").await, 0);

    let (status, receipt) = send_cure(&app, &token, &typed("01-23-1980", " Maria  Garcia")).await;
    assert_eq!(status, 201, "{receipt}");
    assert_eq!(receipt["state"], "pending");
    assert_eq!(receipt["method"], "typed");
    assert_eq!(
        receipt["content_sha256"],
        format!("{:x}", Sha256::digest(b"Maria Garcia"))
    );
    // One waits for the county at a time.
    let (status, answer) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (409, Some("cure_already_sent"))
    );
    assert_eq!(count(&app.store, "signature_cure").await, 1);

    // Any other token opens nothing.
    let (status, _) = send_cure(&app, &"0".repeat(32), &typed("01-23-1980", "Maria")).await;
    assert_eq!(status, 404);
    app.stop().await;
}

#[tokio::test]
async fn no_cure_after_the_countys_deadline() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(1)).await;
    let (status, answer) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 410, "{answer}");
    assert_eq!(answer["error"]["code"], "cure_deadline_passed");
    assert_eq!(count(&app.store, "signature_cure").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn images_are_checked_by_content_and_stored_encrypted() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(0)).await;

    // A GIF named anything is still a GIF; a PNG is a PNG whatever it is called.
    let (status, answer) = send_cure(&app, &token, &photo(b"GIF89a signature")).await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(
        answer["error"]["fields"]["image_base64"],
        "Send your signature as a photo (JPEG, PNG or HEIC) or a scan (PDF)"
    );
    let (status, receipt) = send_cure(&app, &token, &photo(&png(true))).await;
    assert_eq!(status, 201, "{receipt}");
    let id = receipt["cure_id"].as_i64().unwrap();

    // The county reads back the picture encoded anew: the same pixels, a PNG still (a drawing
    // stays lossless), without where it was taken; and that is what was hashed.
    let key = helpers::operator_key(&app, Scope::County("Sacramento".into())).await;
    let response = admin_get(
        &app,
        &key,
        &format!("/api/v1/admin/signature-cures/{id}/content"),
    )
    .await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    assert_eq!(response.headers()["cache-control"], "no-store");
    // Saved, not shown: a reviewer's browser never renders what a voter sent.
    assert_eq!(
        response.headers()["content-disposition"],
        format!("attachment; filename=\"signature-cure-{id}.png\"").as_str()
    );
    let kept = response.bytes().await.unwrap().to_vec();
    assert_eq!(pixels(&kept), pixels(&png(false)));
    assert!(!kept.windows(7).any(|w| w == b"38.5816"));
    assert!(!kept.windows(8).any(|w| w == b"Location"));
    assert_eq!(
        receipt["content_sha256"],
        format!("{:x}", Sha256::digest(&kept))
    );

    // What a copy of the database holds: neither the image nor anything that opens it.
    let (sealed, sha256): (Vec<u8>, String) = ballot_api::on_pool!(app.store.pool(), |p| {
        sqlx::query_as("SELECT content, content_sha256 FROM signature_cure")
            .fetch_one(p)
            .await
    })
    .unwrap();
    assert!(!sealed.windows(4).any(|w| w == b"IDAT"));
    assert!(
        sealed.len() >= kept.len() + 1 + 24 + 16,
        "version, nonce and tag"
    );
    assert_eq!(sha256, receipt["content_sha256"]);
    assert!(!helpers::all_text_in_the_database(&app.store)
        .await
        .contains("38.5816"));

    // With one waiting for the county, the next is refused before its file is even decoded
    // (a PNG's header on nothing that decodes; `a_file_that_does_not_decode_…` has the rest).
    let (status, answer) = send_cure(&app, &token, &photo(&png(true)[..30])).await;
    assert_eq!(status, 409, "{answer}");
    app.stop().await;
}

#[tokio::test]
async fn a_county_reviews_only_its_own_cures() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(-3)).await;
    let (status, receipt) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 201, "{receipt}");
    let id = receipt["cure_id"].as_i64().unwrap();
    // The voter is told at once that the county has it, on the channel they confirmed.
    let received = told(&app, "cure_received").await;
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].0, "email");
    assert!(received[0]
        .1
        .contains("Sacramento County Elections received the signature statement you sent on"));

    // The status page shows it waiting.
    let cure = status_page_cure(&app, &token).await;
    assert_eq!(cure["state"], "pending");
    assert!(cure["message"]
        .as_str()
        .unwrap()
        .contains("received the signature statement you sent on"));

    // Another county's key sees nothing, and cannot read or decide it.
    let other = helpers::operator_key(&app, Scope::County("Los Angeles".into())).await;
    let listed: Value = admin_get(&app, &other, "/api/v1/admin/signature-cures")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed, json!([]));
    let response = admin_get(
        &app,
        &other,
        &format!("/api/v1/admin/signature-cures/{id}/content"),
    )
    .await;
    assert_eq!(response.status().as_u16(), 404);
    let (status, _) = decide(&app, &other, id, json!({"decision": "accepted"})).await;
    assert_eq!(status, 404);
    let response = app
        .client
        .get(format!("{}/api/v1/admin/signature-cures", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);

    // Sacramento's key, and a statewide one, see it waiting.
    let own = helpers::operator_key(&app, Scope::County("Sacramento".into())).await;
    for key in [own.clone(), helpers::statewide_key(&app).await] {
        let listed: Value = admin_get(&app, &key, "/api/v1/admin/signature-cures")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
        assert_eq!(listed[0]["cure_id"], id);
        assert_eq!(listed[0]["voter_id"], "V000000001");
        assert_eq!(listed[0]["event_id"], "E-2");
        assert_eq!(listed[0]["method"], "typed");
        assert_eq!(listed[0]["state"], "pending");
        assert_eq!(listed[0]["content_sha256"], receipt["content_sha256"]);
    }
    let response = admin_get(
        &app,
        &own,
        &format!("/api/v1/admin/signature-cures/{id}/content"),
    )
    .await;
    assert_eq!(response.text().await.unwrap(), "Maria Garcia");

    // A rejection says why; the first decision stands.
    let (status, answer) = decide(&app, &own, id, json!({"decision": "rejected"})).await;
    assert_eq!(status, 422, "{answer}");
    assert!(answer["error"]["fields"]["reason"].is_string());
    let (status, answer) = decide(&app, &own, id, json!({"decision": "maybe"})).await;
    assert_eq!(status, 422, "{answer}");
    let (status, decided) = decide(
        &app,
        &own,
        id,
        json!({"decision": "rejected", "reason": "The typed name does not match the registration"}),
    )
    .await;
    assert_eq!(status, 200, "{decided}");
    assert_eq!(decided["state"], "rejected");
    assert_eq!(
        decided["reason"],
        "The typed name does not match the registration"
    );
    assert!(decided["decided_at"].is_string());
    let (status, answer) = decide(&app, &own, id, json!({"decision": "accepted"})).await;
    assert_eq!(status, 409, "{answer}");
    // The voter is told why, once.
    let rejected = told(&app, "cure_rejected").await;
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    let text = &rejected[0].1;
    assert!(text.contains("did not accept the signature statement you sent on"));
    assert!(
        text.contains("Reason: The typed name does not match the registration. Contact the office")
    );
    assert!(told(&app, "cure_accepted").await.is_empty());
    let cure = status_page_cure(&app, &token).await;
    assert_eq!(cure["state"], "rejected");
    assert!(cure["message"]
        .as_str()
        .unwrap()
        .contains("Reason: The typed name does not match the registration."));
    // The look-up needs only what a voter file holds: it tells the decision, not the county's
    // words about this voter.
    let looked_up: Value = app
        .client
        .post(format!("{}/api/v1/status-lookups", app.base))
        .json(&json!({"first_name": "Maria", "last_name": "Garcia",
                      "date_of_birth": "01-23-1980", "zip": "95814"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let seen = &looked_up["ballots"][0]["signature_cure"];
    assert_eq!(seen["state"], "rejected", "{looked_up}");
    let seen = seen["message"].as_str().unwrap();
    assert!(
        seen.contains("did not accept the signature statement"),
        "{seen}"
    );
    assert!(!seen.contains("typed name"), "{seen}");
    let listed: Value = admin_get(&app, &own, "/api/v1/admin/signature-cures")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed, json!([]));

    // Audited like every operator request: the route, never the cure's id or content.
    let audited: i64 = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_event WHERE outcome = '200' \
         AND action = 'POST /api/v1/admin/signature-cures/{id}/decision'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(audited, 1);

    // Once decided, the voter may send another.
    let (status, answer) = send_cure(&app, &token, &photo(&png(false))).await;
    assert_eq!(status, 201, "{answer}");
    app.stop().await;
}

/// A real PNG, `width` by `height`, dark strokes on a transparent canvas as a drawing gives.
fn drawn_png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    let pixels: Vec<u8> = (0..width * height)
        .flat_map(|i| {
            if i % 7 == 0 {
                [20, 20, 60, 255]
            } else {
                [0, 0, 0, 0]
            }
        })
        .collect();
    writer.write_image_data(&pixels).unwrap();
    writer.finish().unwrap();
    bytes
}

/// A PDF opened as a reader would: its first page's text (whitespace as single spaces) and
/// the width and height of each image on it.
fn read_pdf(bytes: &[u8]) -> (String, Vec<(i64, i64)>) {
    let document = lopdf::Document::load_mem(bytes).expect("a PDF that opens");
    let pages = document.get_pages();
    assert_eq!(pages.len(), 1);
    let text = document.extract_text(&[1]).unwrap();
    let images = document
        .get_page_images(pages[&1])
        .unwrap()
        .iter()
        .map(|image| (image.width, image.height))
        .collect();
    (
        text.split_whitespace().collect::<Vec<_>>().join(" "),
        images,
    )
}

async fn cure_pdf(app: &TestApp, key: &str, id: i64) -> (u16, Vec<u8>) {
    let response = admin_get(app, key, &format!("/api/v1/admin/signature-cures/{id}/pdf")).await;
    let status = response.status().as_u16();
    if status == 200 {
        assert_eq!(response.headers()["content-type"], "application/pdf");
        assert_eq!(
            response.headers()["content-disposition"],
            format!("attachment; filename=\"signature-cure-{id}.pdf\"").as_str()
        );
    }
    (status, response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn a_county_fetches_each_cure_as_a_pdf() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(-3)).await;
    let own = helpers::operator_key(&app, Scope::County("Sacramento".into())).await;
    let statement = ballot_api::domain::cure_pdf::STATEMENT
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");

    // A typed name: the statement, the voter, the name as text, how, when and the hash.
    let (status, receipt) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 201, "{receipt}");
    let id = receipt["cure_id"].as_i64().unwrap();
    let (status, pdf) = cure_pdf(&app, &own, id).await;
    assert_eq!(status, 200);
    assert!(pdf.starts_with(b"%PDF-"));
    let (text, images) = read_pdf(&pdf);
    assert!(text.contains(&statement), "{text}");
    assert!(text.contains("Name: Maria"), "{text}");
    assert!(text.contains("Garcia"), "{text}");
    assert!(text.contains("Voter ID: V000000001"), "{text}");
    assert!(text.contains("Election: 2026-11-03-general"), "{text}");
    assert!(text.contains("Signed by: typed name"), "{text}");
    assert!(text.contains(&format!("Cure ID: {id}")), "{text}");
    assert!(text.contains(" UTC; in California "), "{text}");
    let sha256 = receipt["content_sha256"].as_str().unwrap();
    assert!(
        text.contains(&format!("SHA-256 of the content: {sha256}")),
        "{text}"
    );
    // The date of birth confirmed the voter; it is not on the county's copy.
    assert!(!text.contains("1980"), "{text}");
    assert!(images.is_empty());

    // Another county's key gets nothing, as for the content; the request is audited.
    let other = helpers::operator_key(&app, Scope::County("Los Angeles".into())).await;
    let (status, _) = cure_pdf(&app, &other, id).await;
    assert_eq!(status, 404);
    let (status, _) = cure_pdf(&app, &own, id + 1000).await;
    assert_eq!(status, 404);
    let audited: Vec<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT outcome FROM audit_event \
         WHERE action = 'GET /api/v1/admin/signature-cures/{id}/pdf' ORDER BY outcome"
    )
    .fetch_all(p)
    .await)
    .unwrap();
    assert_eq!(audited, ["200", "404", "404"]);

    // A drawn signature: its picture is in the PDF, the size it was drawn.
    let (status, _) = decide(
        &app,
        &own,
        id,
        json!({"decision": "rejected", "reason": "Please draw your signature"}),
    )
    .await;
    assert_eq!(status, 200);
    let mut drawn = photo(&drawn_png(120, 40));
    drawn["method"] = json!("drawn");
    let (status, receipt) = send_cure(&app, &token, &drawn).await;
    assert_eq!(status, 201, "{receipt}");
    let id = receipt["cure_id"].as_i64().unwrap();
    for key in [own.clone(), helpers::statewide_key(&app).await] {
        let (status, pdf) = cure_pdf(&app, &key, id).await;
        assert_eq!(status, 200);
        let (text, images) = read_pdf(&pdf);
        assert_eq!(images, [(120, 40)]);
        assert!(text.contains(&statement), "{text}");
        assert!(text.contains("Signed by: drawn"), "{text}");
        assert!(text.contains("Content type: image/png"), "{text}");
        let sha256 = receipt["content_sha256"].as_str().unwrap();
        assert!(text.contains(sha256), "{text}");
    }

    // A photo as a JPEG: in the PDF as it was kept (encoded anew, without its EXIF).
    let (status, _) = decide(&app, &own, id, json!({"decision": "accepted"})).await;
    assert_eq!(status, 200);
    let (status, receipt) = send_cure(&app, &token, &photo(&jpeg())).await;
    assert_eq!(status, 201, "{receipt}");
    let id = receipt["cure_id"].as_i64().unwrap();
    let kept = admin_get(
        &app,
        &own,
        &format!("/api/v1/admin/signature-cures/{id}/content"),
    )
    .await
    .bytes()
    .await
    .unwrap();
    let (status, pdf) = cure_pdf(&app, &own, id).await;
    assert_eq!(status, 200);
    let document = lopdf::Document::load_mem(&pdf).unwrap();
    let images = document.get_page_images(document.get_pages()[&1]).unwrap();
    assert_eq!(images.len(), 1);
    assert_eq!((images[0].width, images[0].height), (30, 20));
    assert_eq!(
        images[0].filters.as_deref(),
        Some(&["DCTDecode".to_string()][..])
    );
    assert_eq!(images[0].content, &kept[..]);
    let (text, _) = read_pdf(&pdf);
    assert!(text.contains("Signed by: photo"), "{text}");
    assert!(!text.contains("GPS"), "{text}");
    app.stop().await;
}

/// A real 30 × 20 JPEG, as a phone writes it: an EXIF segment saying where it was taken,
/// before the picture.
fn jpeg() -> Vec<u8> {
    let mut encoded = std::io::Cursor::new(Vec::new());
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut encoded, 95)
        .encode(&strokes(30, 20), 30, 20, image::ExtendedColorType::Rgb8)
        .unwrap();
    let encoded = encoded.into_inner();
    let mut jpeg = vec![0xff, 0xd8];
    let exif = b"Exif\0\0GPS 38.5816,-121.4944";
    jpeg.extend([0xff, 0xe1, 0, (exif.len() + 2) as u8]);
    jpeg.extend_from_slice(exif);
    jpeg.extend_from_slice(&encoded[2..]);
    jpeg
}

#[tokio::test]
async fn dates_of_birth_tried_on_one_link_are_limited() {
    let app = app_taking_cures(vec![("RATE_LIMIT_SWEEP_MISSES_PER_HOUR", "2".into())]).await;
    let (status, answer) = app.sign_up_and_confirm(&maria()).await;
    assert_eq!(status, 201, "{answer}");
    let status_token = answer["subscription"]["status_token"].as_str().unwrap();
    let manage_token = answer["subscription"]["manage_token"].as_str().unwrap();
    signature_missing(&app, &california_date_days_ago(-7)).await;
    for dob in ["01-01-1980", "01-02-1980"] {
        let (status, _) = send_cure(&app, status_token, &typed(dob, "Maria Garcia")).await;
        assert_eq!(status, 422);
    }
    // Past the hour's limit a wrong date waits, on any link of the same voter: the links
    // are one budget.
    for token in [status_token, manage_token] {
        let (status, answer) = send_cure(&app, token, &typed("01-03-1980", "Maria Garcia")).await;
        assert_eq!(
            (status, answer["error"]["code"].as_str()),
            (429, Some("rate_limited"))
        );
    }
    assert_eq!(count(&app.store, "signature_cure").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn wrong_dates_on_a_forwarded_link_do_not_keep_the_voter_out() {
    let app = app_taking_cures(vec![("RATE_LIMIT_SWEEP_MISSES_PER_HOUR", "2".into())]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(-7)).await;
    // Whoever holds a forwarded link spends the hour's tries, and more.
    for dob in ["01-01-1980", "01-02-1980", "01-03-1980"] {
        let (status, _) = send_cure(&app, &token, &typed(dob, "Maria Garcia")).await;
        assert!(status == 422 || status == 429, "{status}");
    }
    // The voter's right date still passes.
    let (status, receipt) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 201, "{receipt}");
    assert_eq!(count(&app.store, "signature_cure").await, 1);
    app.stop().await;
}

#[tokio::test]
async fn wrong_dates_of_birth_are_capped_per_election() {
    let app = app_taking_cures(vec![
        ("RATE_LIMIT_SWEEP_MISSES_PER_HOUR", "0".into()),
        ("CURE_DOB_MISSES_PER_ELECTION", "3".into()),
    ])
    .await;
    let (status, answer) = app.sign_up_and_confirm(&maria()).await;
    assert_eq!(status, 201, "{answer}");
    let status_token = answer["subscription"]["status_token"].as_str().unwrap();
    let manage_token = answer["subscription"]["manage_token"].as_str().unwrap();
    signature_missing(&app, &california_date_days_ago(-7)).await;
    // Election IDs made up for fresh tries are not checked, so they count nothing.
    for election in ["2026-11-03-other", " 2026-11-03-general "] {
        let mut body = typed("01-01-1980", "Maria Garcia");
        body["election_id"] = json!(election);
        let (status, answer) = send_cure(&app, status_token, &body).await;
        assert!(status == 409 || status == 422, "{status} {answer}");
    }
    // A burst sent at once gets no more tries than the cap: each is counted before any is
    // checked. (One of the two above was a miss.)
    let burst = (1..=8).map(|day| {
        let body = typed(&format!("02-{day:02}-1980"), "Maria Garcia");
        let app = &app;
        async move { send_cure(app, status_token, &body).await }
    });
    let answers = futures::future::join_all(burst).await;
    let checked = answers.iter().filter(|(status, _)| *status == 422).count();
    assert_eq!(checked, 2, "{answers:?}");
    // Past the cap even the right date is refused, on any link, and the voter is sent to
    // the county, in their language.
    for token in [status_token, manage_token] {
        let (status, answer) = send_cure(&app, token, &typed("01-23-1980", "Maria Garcia")).await;
        assert_eq!(
            (status, answer["error"]["code"].as_str()),
            (403, Some("cure_dob_attempts_exhausted")),
            "{answer}"
        );
        assert!(answer["error"]["message"]
            .as_str()
            .unwrap()
            .ends_with("Contact your county elections office."));
    }
    let response = app
        .client
        .post(format!(
            "{}/api/v1/ballot-statuses/{status_token}/signature-cures",
            app.base
        ))
        .header("accept-language", "es")
        .json(&typed("01-23-1980", "Maria Garcia"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    let answer: Value = response.json().await.unwrap();
    assert!(answer["error"]["message"]
        .as_str()
        .unwrap()
        .ends_with("Comuníquese con la oficina electoral de su condado."));
    assert_eq!(count(&app.store, "signature_cure").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn cures_do_not_draw_on_the_daily_miss_budget() {
    let app = app_taking_cures(vec![("DAILY_MISS_BUDGET", "1".into())]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(-7)).await;
    // Look-ups that match nobody spend the deployment's budget for the day...
    let (status, _) = app
        .sign_up(&helpers::with_identity(
            "Nobody",
            "Here",
            "02-02-1970",
            "95814",
        ))
        .await;
    assert_eq!(status, 422);
    let (status, _) = app
        .sign_up(&helpers::with_identity(
            "Nobody",
            "Else",
            "02-02-1970",
            "95814",
        ))
        .await;
    assert_eq!(status, 429);
    // ...and a voter's cure is still checked and taken.
    let (status, _) = send_cure(&app, &token, &typed("01-01-1980", "Maria Garcia")).await;
    assert_eq!(status, 422);
    let (status, receipt) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 201, "{receipt}");
    app.stop().await;
}

#[tokio::test]
async fn no_cure_once_the_election_is_certified() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    post_event(
        &app,
        "E-2",
        "signature_missing",
        "2026-11-05T10:00:00-08:00",
        json!({}),
    )
    .await;
    ballot_api::store::retention::certify(app.store.pool(), "2026-11-03-general", "2026-12-01")
        .await
        .unwrap();
    // No deadline from the county, but the count is final.
    let (status, answer) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (410, Some("cure_deadline_passed")),
        "{answer}"
    );
    assert_eq!(count(&app.store, "signature_cure").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn without_a_key_no_cure_is_taken() {
    let app = spawn_app_with(Options::default()).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(-7)).await;
    let (status, answer) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 404, "{answer}");
    app.stop().await;
}

#[tokio::test]
async fn an_elections_purge_takes_its_cures() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(-7)).await;
    let (status, answer) = send_cure(&app, &token, &photo(&png(false))).await;
    assert_eq!(status, 201, "{answer}");

    ballot_api::store::retention::certify(app.store.pool(), "2026-11-03-general", "2026-12-01")
        .await
        .unwrap();
    let purged = ballot_api::domain::retention::purge_election(&app.store, "2026-11-03-general")
        .await
        .unwrap();
    assert_eq!(purged.signature_cures, 1);
    assert_eq!(count(&app.store, "signature_cure").await, 0);
    // Its notice was the election's message, and went with it.
    assert!(told(&app, "cure_received").await.is_empty());
    app.stop().await;
}

/// Runs the command line against the app's database, as an office without an integration
/// would on the server.
async fn cli(app: &TestApp, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ballot-api"));
    command
        .args(args)
        .env("DATABASE_URL", &app.database.url)
        .env("CURE_ENCRYPTION_KEY", KEY)
        .env("RUST_LOG", "warn");
    // Off the test's thread, which also runs the app.
    tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap()
}

#[tokio::test]
async fn an_office_reviews_cures_from_the_command_line() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(-7)).await;
    let (status, receipt) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 201, "{receipt}");
    let id = receipt["cure_id"].to_string();

    let listed = cli(&app, &["signature-cures", "--county", "Sacramento"]).await;
    assert!(listed.status.success(), "{listed:?}");
    let listed = String::from_utf8(listed.stdout).unwrap();
    assert!(listed.contains(&format!(
        "{id}\tsacramento\tV000000001\t2026-11-03-general\ttyped"
    )));
    let other = cli(&app, &["signature-cures", "--county", "Los Angeles"]).await;
    assert_eq!(String::from_utf8(other.stdout).unwrap().lines().count(), 1);

    let out = app.dir.path().join("cure.txt");
    let read = cli(
        &app,
        &[
            "signature-cure-content",
            &id,
            "--out",
            out.to_str().unwrap(),
        ],
    )
    .await;
    assert!(read.status.success(), "{read:?}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "Maria Garcia");
    let pdf = app.dir.path().join("cure.pdf");
    let read = cli(
        &app,
        &[
            "signature-cure-content",
            &id,
            "--pdf",
            "--out",
            pdf.to_str().unwrap(),
        ],
    )
    .await;
    assert!(read.status.success(), "{read:?}");
    let (text, _) = read_pdf(&std::fs::read(&pdf).unwrap());
    assert!(text.contains("Signed by: typed name"), "{text}");

    let refused = cli(
        &app,
        &["decide-signature-cure", &id, "--decision", "rejected"],
    )
    .await;
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--reason is needed"));
    let decided = cli(
        &app,
        &["decide-signature-cure", &id, "--decision", "accepted"],
    )
    .await;
    assert!(decided.status.success(), "{decided:?}");
    assert_eq!(told(&app, "cure_accepted").await.len(), 1);
    let audited: i64 = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_event WHERE action = 'cli decide-signature-cure'"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(audited, 2, "the refused decision and the accepted one");
    app.stop().await;
}

/// Maria's ballot as her status link shows it.
async fn marias_ballot(app: &TestApp, token: &str) -> Value {
    marias_ballot_in(app, token, "en").await
}

/// Maria's ballot as her status page shows it in `language`.
async fn marias_ballot_in(app: &TestApp, token: &str, language: &str) -> Value {
    let view: Value = app
        .client
        .get(format!("{}/api/v1/ballot-statuses/{token}", app.base))
        .header("accept-language", language)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    view["ballots"][0].clone()
}

#[tokio::test]
async fn the_cure_page_is_offered_exactly_while_a_cure_can_be_sent() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, "2099-12-01").await;
    let ballot = marias_ballot(&app, &token).await;
    assert_eq!(ballot["cure_open"], true, "{ballot}");
    assert_eq!(ballot["cure_deadline"], "December 1, 2099");
    // The signature problem's email links to the cure page (the link's token filled as sent).
    let told = told(&app, "signature_missing").await;
    assert!(
        told.iter().any(|(channel, body)| channel == "email"
            && body.contains("sign the statement from your phone or computer instead: ")
            && body.contains("/cure/{{token:status}}")),
        "{told:?}"
    );
    // The page itself, rendered by the server with the ballot in it.
    let page = app
        .client
        .get(format!("{}/cure/{token}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Sign your ballot statement"), "{html}");
    assert!(html.contains("Send it by December 1, 2099."), "{html}");
    let missing = app
        .client
        .get(format!("{}/cure/{}", app.base, "0".repeat(32)))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);

    // A look-up, with what a voter file holds, never offers it.
    let (status, looked_up) = app
        .post_json(
            "/api/v1/status-lookups",
            &json!({"first_name": "Maria", "last_name": "Garcia", "date_of_birth": "01-23-1980", "zip": "95814"}),
        )
        .await;
    assert_eq!(status, 200, "{looked_up}");
    assert!(
        looked_up["ballots"][0].get("cure_open").is_none(),
        "{looked_up}"
    );

    // Sent: not again while the county has it; rejected: open again.
    let (status, receipt) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 201, "{receipt}");
    assert!(marias_ballot(&app, &token).await.get("cure_open").is_none());
    let key = helpers::operator_key(&app, Scope::County("Sacramento".into())).await;
    let id = receipt["cure_id"].as_i64().unwrap();
    let (status, _) = decide(
        &app,
        &key,
        id,
        json!({"decision": "rejected", "reason": "The signature does not match"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(marias_ballot(&app, &token).await["cure_open"], true);

    // Certified: closed, deadline or not.
    ballot_api::store::retention::certify(app.store.pool(), "2026-11-03-general", "2026-12-01")
        .await
        .unwrap();
    assert!(marias_ballot(&app, &token).await.get("cure_open").is_none());
    app.stop().await;
}

#[tokio::test]
async fn no_cure_page_after_the_deadline_nor_without_a_key() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, &california_date_days_ago(1)).await;
    assert!(marias_ballot(&app, &token).await.get("cure_open").is_none());
    app.stop().await;

    let app = spawn_app_with(Options::default()).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, "2099-12-01").await;
    assert!(marias_ballot(&app, &token).await.get("cure_open").is_none());
    let told = told(&app, "signature_missing").await;
    assert!(!told.is_empty());
    assert!(
        told.iter().all(|(_, body)| !body.contains("/cure/")),
        "{told:?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn the_link_is_checked_before_the_body_is_read_and_pixels_before_decoding() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, "2099-12-01").await;
    // 15 MB to a link that is none: refused for the link, not for the body it never read.
    let big = json!({"image_base64": "A".repeat(15 * 1024 * 1024)});
    let (status, answer) = send_cure(&app, &"0".repeat(32), &big).await;
    assert_eq!(status, 404, "{}", answer["error"]);
    // The same to Maria's link: read up to its limit, and refused for its size.
    let (status, answer) = send_cure(&app, &token, &big).await;
    assert_eq!(status, 413, "{}", answer["error"]);
    // A small file whose header claims 100,000 × 100,000 pixels: refused before anything
    // decodes it, with what the voter can do.
    let mut bomb = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    bomb.extend(100_000u32.to_be_bytes());
    bomb.extend(100_000u32.to_be_bytes());
    bomb.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
    let (status, answer) = send_cure(&app, &token, &photo(&bomb)).await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(
        answer["error"]["fields"]["image_base64"],
        "The image has too many pixels: at most 8 million. Take the photo again at a lower resolution"
    );
    assert_eq!(count(&app.store, "signature_cure").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn a_link_without_a_ballot_to_cure_never_has_its_body_read() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    // Anyone with a voter-file extract can get such a link by signing up: 15 MB sent with it
    // is refused for the ballot, before the body is read (not 413 for its size).
    let big = json!({"image_base64": "A".repeat(15 * 1024 * 1024)});
    let (status, answer) = send_cure(&app, &token, &big).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (409, Some("cure_not_needed")),
        "{}",
        answer["error"]
    );
    // Past the deadline: the same, as 410.
    signature_missing(&app, &california_date_days_ago(1)).await;
    let (status, answer) = send_cure(&app, &token, &big).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (410, Some("cure_deadline_passed")),
        "{}",
        answer["error"]
    );
    app.stop().await;
}

/// The fixtures libheif and img2pdf wrote (tests/fixtures/cure/README.md).
const HEIC: &[u8] = include_bytes!("../fixtures/cure/statement.heic");
const SCAN_PDF: &[u8] = include_bytes!("../fixtures/cure/statement-scan.pdf");

#[tokio::test]
async fn an_iphones_heic_and_a_scanned_pdf_are_kept_as_jpegs_without_their_metadata() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, "2099-12-01").await;
    let key = helpers::operator_key(&app, Scope::County("Sacramento".into())).await;
    for (sent, what) in [(HEIC, "heic"), (SCAN_PDF, "pdf")] {
        let (status, receipt) = send_cure(&app, &token, &photo(sent)).await;
        assert_eq!(status, 201, "{what}: {receipt}");
        let id = receipt["cure_id"].as_i64().unwrap();
        let response = admin_get(
            &app,
            &key,
            &format!("/api/v1/admin/signature-cures/{id}/content"),
        )
        .await;
        assert_eq!(response.headers()["content-type"], "image/jpeg", "{what}");
        let kept = response.bytes().await.unwrap();
        assert!(!kept.windows(3).any(|w| w == b"GPS"), "{what}");
        assert!(!kept.windows(6).any(|w| w == b"iPhone"), "{what}");
        let picture = pixels(&kept);
        assert_eq!(picture.dimensions(), (640, 400), "{what}");
        // The black square stays top left: the page is the right way up.
        assert!(picture.get_pixel(10, 10).0[0] < 64, "{what}");
        assert!(picture.get_pixel(600, 20).0[0] > 192, "{what}");
        // The county's PDF shows it.
        let (status, pdf) = cure_pdf(&app, &key, id).await;
        assert_eq!(status, 200);
        assert_eq!(read_pdf(&pdf).1, [(640, 400)], "{what}");
        let (status, _) = decide(&app, &key, id, json!({"decision": "accepted"})).await;
        assert_eq!(status, 200);
    }
    app.stop().await;
}

#[tokio::test]
async fn a_file_that_does_not_decode_is_refused_but_only_after_the_date_of_birth() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, "2099-12-01").await;
    // HEIC's first box and nothing that decodes; a PDF written by a program, with no scan.
    let broken_heic = &HEIC[..HEIC.len() / 2];
    let mut no_scan = pdf_writer::Pdf::new();
    no_scan
        .catalog(pdf_writer::Ref::new(1))
        .pages(pdf_writer::Ref::new(2));
    no_scan.pages(pdf_writer::Ref::new(2)).count(0);
    let no_scan = no_scan.finish();
    let cases: [(&[u8], &str); 2] = [
        (broken_heic, "This file could not be opened as a picture. Take the photo again, or choose another file"),
        (&no_scan, "This PDF has no scanned page in it. Send a photo of your signed statement instead"),
    ];
    for (sent, told) in cases {
        // A wrong date of birth is told first: a stranger with the link never gets the server
        // to decode anything.
        let mut wrong = photo(sent);
        wrong["date_of_birth"] = json!("01-24-1980");
        let (status, answer) = send_cure(&app, &token, &wrong).await;
        assert_eq!(status, 422, "{answer}");
        assert!(
            answer["error"]["fields"]["date_of_birth"].is_string(),
            "{answer}"
        );
        assert!(
            answer["error"]["fields"]["image_base64"].is_null(),
            "{answer}"
        );
        let (status, answer) = send_cure(&app, &token, &photo(sent)).await;
        assert_eq!(status, 422, "{answer}");
        assert_eq!(answer["error"]["fields"]["image_base64"], told);
    }
    assert_eq!(count(&app.store, "signature_cure").await, 0);
    // While one waits for the county, another is refused before its file is decoded.
    let (status, _) = send_cure(&app, &token, &typed("01-23-1980", "Maria Garcia")).await;
    assert_eq!(status, 201);
    let (status, answer) = send_cure(&app, &token, &photo(broken_heic)).await;
    assert_eq!(
        (status, answer["error"]["code"].as_str()),
        (409, Some("cure_already_sent"))
    );
    app.stop().await;
}

async fn put_county(app: &TestApp, key: &str, body: Value) -> (u16, Value) {
    let response = app
        .client
        .put(format!("{}/api/v1/admin/counties/Sacramento", app.base))
        .bearer_auth(key)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_county_chooses_how_it_takes_a_signature_and_words_its_statement() {
    let app = app_taking_cures(vec![]).await;
    let token = marias_status_token(&app).await;
    signature_missing(&app, "2099-12-01").await;
    let key = helpers::operator_key(&app, Scope::County("Sacramento".into())).await;

    // Until it says otherwise: all three ways, and our wording.
    let ballot = marias_ballot(&app, &token).await;
    assert_eq!(ballot["cure_methods"], json!(["drawn", "photo", "typed"]));
    assert!(ballot["cure_statement"].is_null());

    // What it may not set, each told.
    for (body, field, says) in [
        (json!({"cure_methods": []}), "cure_methods", "at least one"),
        (
            json!({"cure_methods": ["fax"]}),
            "cure_methods",
            "\"fax\" is not drawn",
        ),
        (
            json!({"cure_statements": {"xx": "I declare"}}),
            "cure_statements",
            "\"xx\" is not a language",
        ),
        (
            json!({"cure_statements": {"es": " "}}),
            "cure_statements",
            "1 to 2000",
        ),
        (
            json!({"cure_statements": {"es": "Yo {first_name}"}}),
            "cure_statements",
            "must not contain",
        ),
        (
            json!({"cure_statements": {"es": "Yo", "es-MX": "Yo"}}),
            "cure_statements",
            "a second statement for es",
        ),
    ] {
        let (status, answer) = put_county(&app, &key, body.clone()).await;
        assert_eq!(status, 422, "{body}: {answer}");
        let told = answer["error"]["fields"][field]
            .as_str()
            .unwrap_or_default();
        assert!(told.contains(says), "{body}: {told}");
    }

    // Sacramento takes photos and typed names, in its own words in English and Spanish.
    let english = "I, the voter, declare under penalty of perjury that I signed this statement.";
    let spanish = "Yo, el votante, declaro bajo pena de perjurio que firmé esta declaración.";
    let (status, answer) = put_county(
        &app,
        &key,
        // Language codes as a county might write them: kept as ours.
        json!({"cure_methods": ["typed", "photo"], "cure_statements": {"EN": english, "es-MX": spanish}}),
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    let ballot = marias_ballot(&app, &token).await;
    assert_eq!(ballot["cure_methods"], json!(["photo", "typed"]));
    assert_eq!(ballot["cure_statement"], english);
    assert_eq!(ballot["cure_statement_language"], "en");
    assert_eq!(
        marias_ballot_in(&app, &token, "es").await["cure_statement"],
        spanish
    );
    // Another setting saved later keeps them.
    let (status, _) = put_county(&app, &key, json!({"contact": "916-875-6451"})).await;
    assert_eq!(status, 200);
    assert_eq!(
        marias_ballot(&app, &token).await["cure_methods"],
        json!(["photo", "typed"])
    );

    // A drawing is refused, as the page would not offer it; a typed name is taken.
    let mut drawn = photo(&drawn_png(120, 40));
    drawn["method"] = json!("drawn");
    let (status, answer) = send_cure(&app, &token, &drawn).await;
    assert_eq!(status, 422, "{answer}");
    assert!(answer["error"]["fields"]["method"].is_string(), "{answer}");
    let response = app
        .client
        .post(format!(
            "{}/api/v1/ballot-statuses/{token}/signature-cures",
            app.base
        ))
        .header("accept-language", "es")
        .json(&typed("01-23-1980", "Maria Garcia"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 201);
    let receipt: Value = response.json().await.unwrap();

    // The county's PDF carries its English wording, and says the voter read its Spanish one.
    let (status, pdf) = cure_pdf(&app, &key, receipt["cure_id"].as_i64().unwrap()).await;
    assert_eq!(status, 200);
    let (text, _) = read_pdf(&pdf);
    assert!(text.contains(english), "{text}");
    assert!(
        text.contains("The voter read this statement in the county's es wording."),
        "{text}"
    );
    assert!(
        !text.contains("sent from the ballot tracker in place of"),
        "{text}"
    );
    app.stop().await;
}
