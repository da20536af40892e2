//! Issue 5, abuse and privacy: security headers on every response, CORS closed, and requests
//! that take too long answered 503 in the error shape, rolled back, with the service
//! recovering at once; the OpenAPI document, and requests that do not fit it.

use crate::helpers;

use helpers::{maria, spawn_app, spawn_app_with, Options};
use serde_json::{json, Value};
use std::time::Duration;

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let dist = tempfile::tempdir().unwrap();
    let loader = "\nimport init from '/app.js';\nawait init();\n";
    std::fs::write(
        dist.path().join("index.html"),
        format!("<!doctype html><title>app</title><script type=\"module\">{loader}</script>"),
    )
    .unwrap();
    std::fs::write(dist.path().join("app-0123abcd.js"), "export default 1").unwrap();
    let app = spawn_app_with(Options {
        dist: Some(dist.path().into()),
        ..Options::default()
    })
    .await;
    let hash = {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(loader.as_bytes()))
    };
    let requests = [
        app.client.get(format!("{}/", app.base)),
        app.client.get(format!("{}/status/abc", app.base)),
        app.client.get(format!("{}/app-0123abcd.js", app.base)),
        app.client.get(format!("{}/healthz", app.base)),
        app.client.get(format!("{}/api/v1/nothing-here", app.base)),
        app.client
            .post(format!("{}/api/v1/signups", app.base))
            .json(&maria()),
        app.client
            .post(format!("{}/api/v1/status-lookups", app.base))
            .body("not json"),
    ];
    for request in requests {
        let response = request.send().await.unwrap();
        let url = response.url().to_string();
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains(&format!(
                "script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}'"
            )),
            "{url}: {csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{url}");
        assert!(!csp.contains("unsafe-inline"), "{url}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{url}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{url}");
        assert_eq!(headers["x-frame-options"], "DENY", "{url}");
    }
}

#[tokio::test]
async fn other_origins_get_no_cors_permission() {
    let app = helpers::spawn_app().await;
    let preflight = app
        .client
        .request(
            reqwest::Method::OPTIONS,
            format!("{}/api/v1/signups", app.base),
        )
        .header("origin", "https://evil.example")
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .send()
        .await
        .unwrap();
    assert!(!preflight.status().is_success());
    assert!(preflight
        .headers()
        .get("access-control-allow-origin")
        .is_none());
    let post = app
        .client
        .post(format!("{}/api/v1/signups", app.base))
        .header("origin", "https://evil.example")
        .json(&maria())
        .send()
        .await
        .unwrap();
    assert!(post.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn a_request_stuck_on_the_database_gets_503_and_changes_nothing() {
    let app = spawn_app_with(Options {
        env: vec![("REQUEST_TIMEOUT_MS", "300".to_string())],
        ..Options::default()
    })
    .await;
    // Another writer holds the database: SQLite's write turn, or on PostgreSQL a lock on
    // the subscription table.
    let mut blocker = app.store.begin().await.unwrap();
    ballot_api::on_tx!(&mut blocker, |c| {
        if helpers::backend() == "postgres" {
            sqlx::query("LOCK TABLE subscription IN ACCESS EXCLUSIVE MODE")
                .execute(&mut *c)
                .await
                .map(|_| ())
        } else {
            Ok(())
        }
    })
    .unwrap();
    let started = std::time::Instant::now();
    let (status, body) = app.sign_up(&maria()).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["error"]["code"], "service_unavailable");
    assert!(started.elapsed() < Duration::from_secs(3));
    blocker.rollback().await.unwrap();

    // Nothing of the abandoned sign-up was kept, and the next one goes through.
    assert_eq!(helpers::count(&app.store, "subscription").await, 0);
    assert_eq!(helpers::count(&app.store, "outbox_message").await, 0);
    let (status, _) = app.sign_up(&maria()).await;
    assert_eq!(status, 201);
    assert_eq!(helpers::count(&app.store, "subscription").await, 1);
}

#[tokio::test]
async fn one_address_past_its_limit_gets_429_with_retry_after() {
    let app = spawn_app_with(Options {
        env: vec![("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "3".to_string())],
        ..Options::default()
    })
    .await;
    let lookup = serde_json::json!({"first_name": "Nobody", "last_name": "Here", "date_of_birth": "01-01-1990", "zip": "95814"});
    for _ in 0..3 {
        let (status, body) = app.post_json("/api/v1/status-lookups", &lookup).await;
        assert_eq!(
            body["error"]["code"], "no_matching_voter",
            "{status} {body}"
        );
    }
    let response = app
        .client
        .post(format!("{}/api/v1/status-lookups", app.base))
        .json(&lookup)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 429);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "rate_limited");
    // Sign-ups from the same address are limited too; operators' and health routes are not.
    assert_eq!(app.sign_up(&maria()).await.0, 429);
    let health = app
        .client
        .get(format!("{}/healthz", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status().as_u16(), 200);
}

#[tokio::test]
async fn every_operator_request_is_in_the_audit_trail() {
    use ballot_api::domain::api_keys::Scope;
    let app = helpers::spawn_app().await;
    let key = ballot_api::domain::api_keys::create(
        &app.store,
        &Scope::County("Sacramento".into()),
        "test",
    )
    .await
    .unwrap();
    let post = |auth: Option<String>| {
        let mut request = app
            .client
            .post(format!("{}/api/v1/admin/ballot-events", app.base))
            .json(&serde_json::json!([{"event_id": "A1", "voter_id": "V000000001", "election_id": "2026-general", "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"}]));
        if let Some(auth) = auth {
            request = request.bearer_auth(auth);
        }
        request.send()
    };
    assert_eq!(
        post(Some(key.clone())).await.unwrap().status().as_u16(),
        200
    );
    assert_eq!(
        post(Some("bt_wrong".into()))
            .await
            .unwrap()
            .status()
            .as_u16(),
        401
    );
    assert_eq!(post(None).await.unwrap().status().as_u16(), 401);
    // A flood of refused requests is counted, not written a row each.
    for _ in 0..50 {
        assert_eq!(post(None).await.unwrap().status().as_u16(), 401);
    }
    let stats = app
        .client
        .get(format!("{}/api/v1/admin/stats", app.base))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(stats.status().as_u16(), 200);
    // Voters' requests are not operator actions.
    assert_eq!(app.sign_up(&maria()).await.0, 201);

    // actor, api_key_id, county, action, outcome
    type Row = (String, Option<i64>, Option<String>, String, String);
    let trail: Vec<Row> =
        ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
            "SELECT actor, api_key_id, county, action, outcome FROM audit_event ORDER BY audit_event_id"
        )
        .fetch_all(p)
        .await)
        .unwrap();
    let key_id = trail[0].1;
    assert!(key_id.is_some());
    let sacramento = Some("Sacramento".to_string());
    assert_eq!(
        trail,
        [
            (
                "api_key".into(),
                key_id,
                sacramento.clone(),
                "POST /api/v1/admin/ballot-events".into(),
                "200".into()
            ),
            (
                "api_key".into(),
                key_id,
                sacramento,
                "GET /api/v1/admin/stats".into(),
                "200".into()
            ),
        ]
    );
    let refusals: Vec<(String, String, String, i64)> =
        ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
            "SELECT actor, action, outcome, CAST(SUM(count) AS BIGINT) FROM audit_refusal \
             GROUP BY actor, action, outcome ORDER BY actor"
        )
        .fetch_all(p)
        .await)
        .unwrap();
    assert_eq!(
        refusals,
        [
            (
                "no_key".into(),
                "POST /api/v1/admin/ballot-events".into(),
                "401".into(),
                51
            ),
            (
                "unknown_key".into(),
                "POST /api/v1/admin/ballot-events".into(),
                "401".into(),
                1
            ),
        ]
    );
    assert!(
        helpers::count(&app.store, "audit_refusal").await <= 4,
        "a row per minute at most"
    );
}

#[tokio::test]
async fn no_token_is_kept_in_plain_text_in_any_table() {
    let app = spawn_app().await;
    let mut body = maria();
    body["sms"] = json!({"opt_in": true, "phone": "(916) 555-0123"});
    let (status, answer) = app.sign_up_and_confirm(&body).await;
    assert_eq!(status, 201);
    let key = helpers::statewide_key(&app).await;
    let event = json!([{"event_id": "E1", "voter_id": "V000000001", "election_id": "2026-general", "status": "mailed", "occurred_at": "2026-10-05T09:00:00-07:00"}]);
    let response = app
        .client
        .post(format!("{}/api/v1/admin/ballot-events", app.base))
        .bearer_auth(&key)
        .json(&event)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    app.wait_for_captured("email", "mailed", 1).await;
    // Every token handed out: the sign-up's links, and every link in every message sent.
    let mut tokens: Vec<String> = vec![
        answer["subscription"]["status_token"]
            .as_str()
            .unwrap()
            .into(),
        answer["subscription"]["manage_token"]
            .as_str()
            .unwrap()
            .into(),
    ];
    for entry in std::fs::read_dir(&app.capture_dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for marker in [
            "/status/",
            "/manage/",
            "/unsubscribe/",
            "/confirm/",
            "/confirmations/",
        ] {
            tokens.extend(helpers::token_after(&text, marker));
        }
    }
    tokens.sort();
    tokens.dedup();
    assert!(tokens.len() >= 6, "{tokens:?}");
    // Every text in every table, as the database holds it.
    let everything = helpers::all_text_in_the_database(&app.store).await;
    assert!(everything.len() > 1000);
    for token in &tokens {
        assert!(!everything.contains(token.as_str()), "{token} is stored");
        // Each still works, found by its hash.
        assert!(everything.contains(&ballot_api::domain::token::lookup_key(token)));
    }
    app.stop().await;
}

#[tokio::test]
async fn the_openapi_document_describes_every_operation() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/api/v1/openapi.json", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let document: Value = response.json().await.unwrap();
    assert_eq!(document["openapi"], "3.1.0");
    let paths = document["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/v1/signups", "post"),
        ("/api/v1/status-lookups", "post"),
        ("/api/v1/subscriptions/{token}", "get"),
        ("/api/v1/subscriptions/{token}", "put"),
        ("/api/v1/subscriptions/{token}", "delete"),
        ("/api/v1/ballot-statuses/{token}", "get"),
        ("/api/v1/ballot-statuses/{token}/events", "get"),
        ("/api/v1/unsubscribe/{token}", "post"),
        ("/api/v1/manage-links", "post"),
        ("/api/v1/confirmations/{token}", "post"),
        ("/api/v1/undo/{token}", "post"),
        ("/api/v1/message-verifications", "post"),
        ("/api/v1/senders", "get"),
        ("/api/v1/webhooks/sms", "post"),
        ("/api/v1/webhooks/voice/confirmations/{token}", "post"),
        ("/api/v1/admin/voters", "post"),
        ("/api/v1/admin/ballot-events", "post"),
        ("/api/v1/admin/stats", "get"),
        ("/api/v1/admin/broadcasts", "post"),
        ("/api/v1/admin/broadcasts/{id}", "get"),
        ("/api/v1/admin/broadcasts/{id}/test", "post"),
        ("/api/v1/admin/broadcasts/{id}/approve", "post"),
        ("/api/v1/admin/broadcasts/{id}/cancel", "post"),
        ("/api/v1/admin/broadcasts/{id}/corrections", "post"),
        ("/api/v1/admin/elections/{election_id}", "put"),
        ("/api/v1/admin/counties/{county}", "put"),
        ("/healthz", "get"),
        ("/readyz", "get"),
        ("/metrics", "get"),
    ] {
        let operation = &paths[path][method];
        assert!(operation.is_object(), "{method} {path} is not described");
        // Every error it can answer is in the one error shape.
        for (code, answer) in operation["responses"].as_object().unwrap() {
            if code.starts_with('4') || code.starts_with('5') {
                let schema = &answer["content"]["application/json"]["schema"]["$ref"];
                assert_eq!(
                    schema, "#/components/schemas/ErrorBody",
                    "{method} {path} {code}"
                );
            }
        }
    }
    app.stop().await;
}

#[tokio::test]
async fn requests_that_do_not_fit_the_document_get_the_error_shape() {
    let app = spawn_app_with(Options {
        env: vec![("ALLOW_UNSIGNED_WEBHOOKS", "true".to_string())],
        ..Options::default()
    })
    .await;
    // A JSON array where an object belongs.
    let (status, answer) = app.post_json("/api/v1/signups", &json!([null, null])).await;
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["error"]["code"], "malformed_request");
    // A query parameter of the wrong type.
    let key = helpers::statewide_key(&app).await;
    let response = app
        .client
        .post(format!(
            "{}/api/v1/admin/voters?skip_bad_rows=maybe",
            app.base
        ))
        .bearer_auth(&key)
        .json(&json!([]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"]["code"], "malformed_request");
    // A text from the provider without a sender.
    let response = app
        .client
        .post(format!("{}/api/v1/webhooks/sms", app.base))
        .form(&[("Body", "STOP")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 422);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"]["code"], "invalid_input");
    assert!(answer["error"]["fields"]["From"].is_string(), "{answer}");
    app.stop().await;
}

#[tokio::test]
async fn metrics_count_requests_by_route_and_method_and_the_outbox_by_state() {
    let app = spawn_app().await;
    let (status, answer) = app.sign_up(&maria()).await;
    assert_eq!(status, 201);
    assert_eq!(app.sign_up(&maria()).await.0, 202);
    let token = answer["subscription"]["status_token"]
        .as_str()
        .unwrap()
        .to_string();
    let response = app
        .client
        .get(format!("{}/api/v1/ballot-statuses/{token}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    // Methods come from a fixed set: a made-up one cannot add a label of its own.
    for method in ["BREW", "PROPFIND", "X-ANYTHING-AT-ALL"] {
        let response = app
            .client
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
                format!("{}/api/v1/signups", app.base),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 405);
    }
    app.settled().await;
    let response = app
        .client
        .get(format!("{}/metrics", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/openmetrics-text"));
    let text = response.text().await.unwrap();
    for line in [
        r#"ballot_http_requests_total{method="POST",route="/api/v1/signups",status="201"} 1"#,
        r#"ballot_http_requests_total{method="POST",route="/api/v1/signups",status="202"} 1"#,
        r#"ballot_http_requests_total{method="GET",route="/api/v1/ballot-statuses/{token}",status="200"} 1"#,
        r#"ballot_http_requests_total{method="OTHER",route="/api/v1/signups",status="405"} 3"#,
    ] {
        assert!(text.lines().any(|l| l == line), "no {line} in\n{text}");
    }
    assert!(
        !text.contains("BREW") && !text.contains("PROPFIND"),
        "{text}"
    );
    // Routes, never paths: a token in a metric would be readable by anyone who scrapes it.
    assert!(!text.contains(&token));
    app.stop().await;
}
