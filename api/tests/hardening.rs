//! Issue 5, abuse and privacy: security headers on every response, CORS closed, and requests
//! that take too long answered 503 in the error shape, rolled back, with the service
//! recovering at once; the OpenAPI document, and requests that do not fit it.

mod helpers;

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
async fn one_identity_past_its_limit_gets_429_from_any_address() {
    let app = spawn_app_with(Options {
        env: vec![
            ("RATE_LIMIT_PER_IDENTITY_PER_HOUR", "2".to_string()),
            ("CLIENT_IP_HEADER", "x-forwarded-for".to_string()),
        ],
        ..Options::default()
    })
    .await;
    let mut statuses = Vec::new();
    for (i, variant) in ["Maria", "MARIA", " maria "].iter().enumerate() {
        let mut body = maria();
        body["first_name"] = serde_json::json!(variant);
        let response = app
            .client
            .post(format!("{}/api/v1/signups", app.base))
            .header("x-forwarded-for", format!("203.0.113.{i}"))
            .json(&body)
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
    }
    // The same person however typed, from three addresses: the third try is refused, before
    // anything is looked up or written.
    assert_eq!(statuses, [201, 200, 429]);
    // A look-up of that identity counts against the same limit.
    let lookup = serde_json::json!({"first_name": "Maria", "last_name": "Garcia", "date_of_birth": "01-23-1980", "zip": "95814"});
    assert_eq!(
        app.post_json("/api/v1/status-lookups", &lookup).await.0,
        429
    );
    // Another identity is unaffected.
    let other = helpers::with_identity("Jose", "Nunez", "07-04-1975", "90012");
    assert_eq!(app.sign_up(&other).await.0, 201);
}

#[tokio::test]
async fn every_operator_request_is_in_the_audit_trail() {
    use ballot_api::ballot_events::Scope;
    let app = helpers::spawn_app().await;
    let key = ballot_api::api_keys::create(&app.store, &Scope::County("Sacramento".into()), "test")
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
                "unknown_key".into(),
                None,
                None,
                "POST /api/v1/admin/ballot-events".into(),
                "401".into()
            ),
            (
                "no_key".into(),
                None,
                None,
                "POST /api/v1/admin/ballot-events".into(),
                "401".into()
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
}

#[tokio::test]
async fn subscriptions_are_found_by_the_hash_of_their_token() {
    let app = helpers::spawn_app().await;
    let (status, answer) = app.sign_up(&maria()).await;
    assert_eq!(status, 201);
    let token = answer["subscription"]["token"]
        .as_str()
        .unwrap()
        .to_string();
    let stored: Option<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT token_hash FROM subscription"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(stored, Some(ballot_api::token::lookup_key(&token)));
    let get = |t: String| {
        app.client
            .get(format!("{}/api/v1/subscriptions/{t}", app.base))
            .send()
    };
    assert_eq!(get(token.clone()).await.unwrap().status().as_u16(), 200);
    let mut wrong = token.clone();
    wrong.replace_range(31.., if token.ends_with('0') { "1" } else { "0" });
    assert_eq!(get(wrong).await.unwrap().status().as_u16(), 404);

    // A subscription from before token_hash existed gets its hash when the store opens.
    ballot_api::on_pool!(app.store.pool(), |p| sqlx::query(
        "UPDATE subscription SET token_hash = NULL"
    )
    .execute(p)
    .await
    .map(|_| ()))
    .unwrap();
    assert_eq!(get(token.clone()).await.unwrap().status().as_u16(), 404);
    let reopened = ballot_api::store::Store::open(&app.database.url)
        .await
        .unwrap();
    reopened.close().await;
    assert_eq!(get(token).await.unwrap().status().as_u16(), 200);
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
        ("/api/v1/subscriptions/{token}/events", "get"),
        ("/api/v1/unsubscribe/{token}", "post"),
        ("/api/v1/webhooks/sms", "post"),
        ("/api/v1/admin/voters", "post"),
        ("/api/v1/admin/ballot-events", "post"),
        ("/api/v1/admin/stats", "get"),
        ("/api/v1/admin/reminders", "put"),
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
    let app = spawn_app().await;
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
async fn metrics_count_requests_by_route_and_the_outbox_by_state() {
    let app = spawn_app().await;
    assert_eq!(app.sign_up(&maria()).await.0, 201);
    let token_path = app.post_json("/api/v1/signups", &maria()).await.1["subscription"]
        ["status_url"]
        .as_str()
        .unwrap()
        .replace("/status/", "/api/v1/subscriptions/");
    let response = app
        .client
        .get(format!("{}{token_path}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
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
        r#"ballot_http_requests_total{method="POST",route="/api/v1/signups",status="200"} 1"#,
        r#"ballot_http_requests_total{method="GET",route="/api/v1/subscriptions/{token}",status="200"} 1"#,
    ] {
        assert!(text.lines().any(|l| l == line), "no {line} in\n{text}");
    }
    assert!(
        text.contains(r#"ballot_http_request_duration_seconds_count{route="/api/v1/signups"} 2"#)
    );
    // Routes, never paths: a token in a metric would be readable by anyone who scrapes it.
    let token = token_path.rsplit('/').next().unwrap();
    assert!(!text.contains(token));
    app.stop().await;
}
