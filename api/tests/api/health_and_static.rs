//! Operations endpoints and the single-page app's files.

use crate::helpers;

use helpers::{spawn_app_with, Options};

#[tokio::test]
async fn healthz_and_readyz_answer() {
    let app = spawn_app_with(Options {
        demo_voters: false,
        ..Options::default()
    })
    .await;
    let health: serde_json::Value = app
        .client
        .get(format!("{}/healthz", app.base))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["status"], "ok");
    let ready = app
        .client
        .get(format!("{}/readyz", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(ready.status().as_u16(), 200);
    // The suite really runs on the database it was asked for.
    let expected = match helpers::backend() {
        "postgres" => ballot_api::store::Backend::Postgres,
        _ => ballot_api::store::Backend::Sqlite,
    };
    assert_eq!(app.store.backend(), expected);
    app.stop().await;
}

#[tokio::test]
async fn pages_are_the_built_app_rendered_and_assets_are_cached_for_a_year() {
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(
        dist.path().join("index.html"),
        "<!doctype html><html lang=\"en\"><head><title>app</title>\
         <script type=\"module\">import init from '/app-0123abcd.js';</script></head>\
         <body><noscript>gone</noscript></body></html>",
    )
    .unwrap();
    std::fs::create_dir_all(dist.path().join("app")).unwrap();
    std::fs::write(
        dist.path().join("app/index.html"),
        "<!doctype html><html lang=\"en\"><head><title>app</title>\
         <script type=\"module\">import init from '/app/app-4567cdef.js';</script></head>\
         <body><noscript>gone</noscript></body></html>",
    )
    .unwrap();
    std::fs::write(dist.path().join("app-0123abcd_bg.wasm"), b"\0asm").unwrap();
    std::fs::write(dist.path().join("app-0123abcd_bg.wasm.br"), b"brotli bytes").unwrap();
    std::fs::create_dir_all(dist.path().join("locales/vi")).unwrap();
    std::fs::write(
        dist.path().join("locales/vi/ui.ftl"),
        "site-name = Lá Phiếu\n",
    )
    .unwrap();
    let app = spawn_app_with(Options {
        demo_voters: false,
        dist: Some(dist.path().into()),
        ..Options::default()
    })
    .await;

    for (path, status) in [
        ("/", 200),
        ("/check", 200),
        ("/status/abc123", 404),
        ("/manage/abc123", 404),
    ] {
        let response = app
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), status, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
        let page = response.text().await.unwrap();
        // The built page's head and script (the sign-up page's own app, or every other
        // page's), the page rendered into its body.
        let script = if path == "/" {
            "import init from '/app-0123abcd.js';"
        } else {
            "import init from '/app/app-4567cdef.js';"
        };
        assert!(page.contains(script), "{path}: {page}");
        assert!(page.contains("<main id=\"main\""), "{path}: {page}");
        assert!(!page.contains("<noscript>"), "{path}");
        assert!(!page.contains("<title>app</title>"), "{path}");
    }
    let wasm = app
        .client
        .get(format!("{}/app-0123abcd_bg.wasm", app.base))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(wasm.headers()["content-encoding"], "br");
    assert_eq!(
        wasm.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(wasm.bytes().await.unwrap().as_ref(), b"brotli bytes");

    // A language's words: text, and checked before each use (the name stays across releases).
    let words = app
        .client
        .get(format!("{}/locales/vi/ui.ftl", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(words.headers()["content-type"], "text/plain; charset=utf-8");
    assert_eq!(words.headers()["cache-control"], "no-cache");
    assert_eq!(words.text().await.unwrap(), "site-name = Lá Phiếu\n");

    // The API never falls back to the app.
    let api = app
        .client
        .get(format!("{}/api/v1/unknown", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status().as_u16(), 404);
    assert_eq!(api.headers()["content-type"], "application/json");
    app.stop().await;
}

#[tokio::test]
async fn the_message_viewer_is_served_only_when_development_asks_for_it() {
    // Before: served whenever any channel was captured, to anyone.
    let app = spawn_app_with(Options::default()).await;
    let viewer = app
        .client
        .get(format!("{}/messages", app.base))
        .send()
        .await
        .unwrap();
    assert_ne!(viewer.status().as_u16(), 200);
    app.stop().await;
}

#[tokio::test]
async fn the_message_viewer_lists_captured_messages_and_answers_them_like_a_phone() {
    let app = spawn_app_with(Options {
        env: vec![("MESSAGE_VIEWER", "true".to_string())],
        ..Options::default()
    })
    .await;
    let mut body = helpers::maria();
    body["sms"] = serde_json::json!({"opt_in": true, "phone": "(916) 555-0123"});
    let (status, _) = app.sign_up(&body).await;
    assert_eq!(status, 201);
    // Both confirmations: the page lists the email's too, and the two are sent apart.
    app.wait_for_captured("sms", "confirm_destination", 1).await;
    app.wait_for_captured("email", "confirm_destination", 1)
        .await;
    let response = app
        .client
        .get(format!("{}/messages", app.base))
        .send()
        .await
        .unwrap();
    // Its style is allowed by its own policy, by hash: under the app's, the page was unstyled.
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    let page = response.text().await.unwrap();
    let style = page
        .split_once("<style>")
        .and_then(|(_, rest)| rest.split_once("</style>"))
        .map(|(style, _)| style)
        .unwrap();
    let hash = {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(style))
    };
    assert!(
        policy.contains(&format!("style-src 'sha256-{hash}'")),
        "{policy}"
    );
    assert!(page.contains("<h1>Captured messages</h1>"));
    assert!(page.contains("Email to maria@example.com"));
    assert!(page.contains("Sacramento County Elections"));
    assert!(page.contains("Reply from +19165550123"), "{page}");
    // Replying YES from the page confirms the number, as the phone would.
    let reply = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{}/messages", app.base))
        .form(&[("from", "+19165550123"), ("text", "YES")])
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status().as_u16(), 303);
    let sms: Option<String> = ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_scalar(
        "SELECT sms_phone FROM subscription"
    )
    .fetch_one(p)
    .await)
    .unwrap();
    assert_eq!(sms.as_deref(), Some("+19165550123"));
    app.stop().await;
}
