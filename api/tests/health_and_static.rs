//! Operations endpoints and the single-page app's files.

mod helpers;

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
async fn client_routes_get_the_app_and_assets_are_cached_for_a_year() {
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(
        dist.path().join("index.html"),
        "<!doctype html><title>app</title>",
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

    for path in ["/", "/status/abc123", "/manage/abc123"] {
        let response = app
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("<title>app</title>"),
            "{path}"
        );
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
async fn the_message_viewer_lists_captured_messages() {
    let app = spawn_app_with(Options::default()).await;
    let (status, _) = app.sign_up(&helpers::maria()).await;
    assert_eq!(status, 201);
    let page = app
        .client
        .get(format!("{}/messages", app.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<h1>Captured messages</h1>"));
    assert!(page.contains("Email to maria@example.com"));
    assert!(page.contains("Sacramento County Elections"));
    app.stop().await;
}
