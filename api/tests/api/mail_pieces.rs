//! Ballot envelopes' barcodes in: `POST /api/v1/admin/mail-pieces` (issue 15), CSV or JSON,
//! digits or bar letters, all or nothing with lines, idempotent, and within a key's county.

use crate::helpers;

use ballot_api::domain::api_keys::Scope;
use helpers::{count, spawn_app, TestApp};
use serde_json::{json, Value};

async fn key(app: &TestApp, scope: Scope) -> String {
    helpers::operator_key(app, scope).await
}

async fn post_pieces(app: &TestApp, key: &str, content_type: &str, body: String) -> (u16, Value) {
    helpers::post_upload(app, "/api/v1/admin/mail-pieces", key, content_type, body).await
}

/// The county's Mailer IDs, set with a statewide key; the answer's status.
async fn set_mailer_ids(app: &TestApp, key: &str, county: &str, ids: &[&str]) -> u16 {
    app.client
        .put(format!("{}/api/v1/admin/counties/{county}", app.base))
        .bearer_auth(key)
        .json(&json!({ "mailer_ids": ids }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Sacramento's print vendor uses 567094 and 901019658, Los Angeles's 567094 too, San
/// Francisco's 123456.
async fn counties_with_mailer_ids(app: &TestApp) -> String {
    let key = key(app, Scope::Statewide).await;
    for (county, ids) in [
        ("Sacramento", &["567094", "901019658"][..]),
        ("Los Angeles", &["567094"][..]),
        ("San Francisco", &["123456"][..]),
        ("Fresno", &["567094"][..]),
    ] {
        assert_eq!(set_mailer_ids(app, &key, county, ids).await, 200);
    }
    key
}

/// USPS-B-3200's example barcode, for 01234567094987654321 routed to 01234-5678-91.
const BARS: &str = "AADTFFDFTDADTAADAATFDTDDAAADDTDTTDAFADADDDTFFFDDTTTADFAAADFTDAADA";

#[tokio::test]
async fn envelopes_are_recorded_once_whether_digits_or_bars() {
    let app = spawn_app().await;
    let key = counties_with_mailer_ids(&app).await;
    let csv = "voter_id,election_id,direction,imb\n\
         V000000001,2026-11-03-general,outbound,01234567094987654321 95814\n\
         V000000001,2026-11-03-general,return,00700901019658000001\n"
        .to_string();
    let (status, answer) = post_pieces(&app, &key, "text/csv", csv.clone()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["recorded"], 2);
    assert_eq!(answer["duplicates"], 0);
    // Posted again, and the same envelope as its printed bars: nothing new.
    let (status, answer) = post_pieces(&app, &key, "text/csv", csv).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        (answer["recorded"].as_u64(), answer["duplicates"].as_u64()),
        (Some(0), Some(2))
    );
    let json = json!({"pieces": [{"voter_id": "V000000001", "election_id": "2026-11-03-general",
        "direction": "outbound", "imb": BARS}]});
    let (status, answer) = post_pieces(&app, &key, "application/json", json.to_string()).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["duplicates"], 1);
    assert_eq!(count(&app.store, "mail_piece").await, 2);
    app.stop().await;
}

#[tokio::test]
async fn a_bad_row_refuses_the_file_with_every_line_named() {
    let app = spawn_app().await;
    let key = counties_with_mailer_ids(&app).await;
    let csv = "voter_id,election_id,direction,imb\n\
         V000000001,2026-11-03-general,outbound,01234567094987654321\n\
         V000000002,2026-11-03-general,outbound,01234567094987654321\n\
         V000000003,2026-11-03-general,outbound,ATTFATTDTTADTAATTDTDTATTDAFDDFADFDFTFFFFFTATFAAAATDFFTDAADFTFDTDA\n\
         V999999999,2026-11-03-general,outbound,01234567094987654329\n"
        .to_string();
    let (status, answer) = post_pieces(&app, &key, "text/csv", csv.clone()).await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(answer["error"]["code"], "invalid_file");
    let fields = &answer["error"]["fields"];
    assert!(
        fields["line 3"]
            .as_str()
            .unwrap()
            .contains("already on line 2"),
        "{answer}"
    );
    assert!(
        fields["line 4"]
            .as_str()
            .unwrap()
            .contains("not a valid Intelligent Mail barcode"),
        "{answer}"
    );
    assert!(
        fields["line 5"]
            .as_str()
            .unwrap()
            .contains("not in the voter file"),
        "{answer}"
    );
    assert!(fields.get("line 2").is_none(), "{answer}");
    assert_eq!(
        count(&app.store, "mail_piece").await,
        0,
        "nothing half-written"
    );

    // The good rows only, when asked.
    let response = app
        .client
        .post(format!(
            "{}/api/v1/admin/mail-pieces?skip_bad_rows=true",
            app.base
        ))
        .bearer_auth(&key)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["recorded"], 1, "{answer}");
    assert_eq!(answer["skipped"].as_array().unwrap().len(), 3, "{answer}");

    // A later file cannot give the same tracking code to another envelope.
    let later = "voter_id,election_id,direction,imb\n\
         V000000002,2026-11-03-general,outbound,01234567094987654321\n"
        .to_string();
    let (status, answer) = post_pieces(&app, &key, "text/csv", later).await;
    assert_eq!(status, 422, "{answer}");
    let refusal = answer["error"]["fields"]["line 2"].as_str().unwrap();
    assert!(
        refusal.contains("posted before for another envelope"),
        "{refusal}"
    );
    assert!(
        !refusal.contains("V000000001"),
        "whose envelope it is stays unsaid: {refusal}"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_county_key_records_only_its_own_voters_envelopes() {
    let app = spawn_app().await;
    let statewide = counties_with_mailer_ids(&app).await;
    let fresno = key(&app, Scope::County("Fresno".into())).await;
    // V000000005 is in Fresno, V000000001 in Sacramento: the whole request is refused.
    let csv = "voter_id,election_id,direction,imb\n\
         V000000005,2026-11-03-general,outbound,01234567094987654321\n\
         V000000001,2026-11-03-general,outbound,01234567094987654322\n"
        .to_string();
    let (status, answer) = post_pieces(&app, &fresno, "text/csv", csv).await;
    assert_eq!(status, 403, "{answer}");
    assert_eq!(answer["error"]["code"], "forbidden");
    assert!(!answer.to_string().contains("Sacramento"), "{answer}");
    assert_eq!(count(&app.store, "mail_piece").await, 0);
    // Nor another county's envelopes for its own voters: Mailer ID 123456 is San Francisco's.
    let claimed = "voter_id,election_id,direction,imb\n\
         V000000005,2026-11-03-general,outbound,00040123456000000001\n"
        .to_string();
    let (status, answer) = post_pieces(&app, &fresno, "text/csv", claimed.clone()).await;
    assert_eq!(status, 422, "{answer}");
    let refusal = answer["error"]["fields"]["line 2"].as_str().unwrap();
    assert!(
        refusal.contains("Mailer ID 123456 is not one of Fresno's"),
        "{refusal}"
    );
    // A print vendor's Mailer ID that several counties list (567094: Sacramento, Los Angeles
    // and Fresno) is posted by a statewide key only: Fresno could otherwise take tracking
    // codes the others will print.
    let shared = "voter_id,election_id,direction,imb\n\
         V000000005,2026-11-03-general,outbound,01234567094987654321\n"
        .to_string();
    let (status, answer) = post_pieces(&app, &fresno, "text/csv", shared.clone()).await;
    assert_eq!(status, 422, "{answer}");
    let refusal = answer["error"]["fields"]["line 2"].as_str().unwrap();
    assert!(refusal.contains("shared with another county"), "{refusal}");
    assert!(!refusal.contains("Sacramento"), "{refusal}");
    // A statewide key cannot either: the envelope's Mailer ID is the voter's county's or none.
    let (status, _) = post_pieces(&app, &statewide, "text/csv", claimed).await;
    assert_eq!(status, 422);
    assert_eq!(count(&app.store, "mail_piece").await, 0);
    assert_eq!(
        post_pieces(&app, &statewide, "text/csv", shared).await.0,
        200
    );
    // Only a statewide key says which Mailer IDs are a county's, and only real ones.
    assert_eq!(
        set_mailer_ids(&app, &fresno, "Fresno", &["123456"]).await,
        403
    );
    assert_eq!(
        set_mailer_ids(&app, &statewide, "Fresno", &["12345"]).await,
        422
    );
    assert_eq!(
        set_mailer_ids(&app, &statewide, "Fresno", &["912345"]).await,
        422
    );
    assert_eq!(
        set_mailer_ids(&app, &statewide, "Fresno", &["912345678"]).await,
        200
    );
    // Without a key, nothing at all.
    let (status, _) = post_pieces(&app, "not-a-key", "text/csv", "voter_id\n".into()).await;
    assert_eq!(status, 401);
    app.stop().await;
}
