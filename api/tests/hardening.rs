//! Issue 5, abuse and privacy: security headers on every response, CORS closed, and requests
//! that take too long answered 503 in the error shape, rolled back, with the service
//! recovering at once.

mod helpers;

use helpers::{maria, spawn_app_with, Options};
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
