//! The voters' pages as the server renders them (`http/pages.rs`): in the voter's language from
//! the first byte, and working as plain HTML forms without JavaScript, through the same rules,
//! API and limits as the app.

use crate::helpers::{self, spawn_app, spawn_app_with, Options};

async fn get(app: &helpers::TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = app.client.get(format!("{}{path}", app.base));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

async fn post_form(app: &helpers::TestApp, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let response = app
        .client
        .post(format!("{}{path}", app.base))
        .header("accept-language", "en")
        .form(fields)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

const MARIA: [(&str, &str); 4] = [
    ("first-name", "Maria"),
    ("last-name", "Garcia"),
    ("date-of-birth", "1/23/1980"),
    ("zip", "95814"),
];

#[tokio::test]
async fn a_page_is_in_the_voters_language_from_the_first_byte() {
    let app = spawn_app().await;
    // The browser's languages.
    let page = get(&app, "/", &[("accept-language", "fr, es;q=0.9")]).await;
    assert_eq!(page.headers()["content-language"], "es");
    let vary = page.headers()["vary"].to_str().unwrap().to_string();
    assert!(
        vary.contains("accept-language") && vary.contains("cookie"),
        "{vary}"
    );
    let html = page.text().await.unwrap();
    assert!(
        html.starts_with("<!doctype html><html lang=\"es\">"),
        "{html}"
    );
    assert!(html.contains("<title>Inscríbase"), "{html}");
    // What a search result or a shared link shows under the title is in Spanish too.
    assert!(
        html.contains("<meta name=\"description\" content=\"Reciba"),
        "{html}"
    );
    assert_eq!(html.matches("name=\"description\"").count(), 1, "{html}");
    assert!(
        html.contains("<option value=\"es\" lang=\"es\" selected>"),
        "{html}"
    );

    // The picker's choice wins, and is remembered in a cookie.
    let chosen = get(&app, "/check?language=zh", &[("accept-language", "es")]).await;
    assert_eq!(chosen.headers()["content-language"], "zh");
    let cookie = chosen.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("language=zh;"), "{cookie}");
    assert!(chosen
        .text()
        .await
        .unwrap()
        .contains("<html lang=\"zh-Hant\">"));
    let remembered = get(
        &app,
        "/",
        &[("accept-language", "es"), ("cookie", "language=vi")],
    )
    .await;
    assert_eq!(remembered.headers()["content-language"], "vi");
    assert!(remembered.headers().get("set-cookie").is_none());
    app.stop().await;
}

#[tokio::test]
async fn a_sign_up_posted_without_javascript_goes_through_the_rules_then_the_api() {
    let app = spawn_app().await;
    // Nothing sent: the rules' errors, in the summary and by each field; nothing written.
    let (status, html) = post_form(&app, "/", &[("first-name", "Maria")]).await;
    assert_eq!(status, 200);
    assert!(html.contains("<title>Error: Sign up"), "{html}");
    assert!(
        html.contains("href=\"#last-name\">Enter your last name</a>"),
        "{html}"
    );
    assert!(
        html.contains("Turn on at least one way to be notified"),
        "{html}"
    );
    assert!(
        html.contains("value=\"Maria\""),
        "what was typed comes back: {html}"
    );
    assert_eq!(helpers::count(&app.store, "subscription").await, 0);

    // A switch flipped: the form again, the switch on and its input shown, no errors.
    let mut fields = MARIA.to_vec();
    fields.push(("toggle", "email-switch"));
    let (_, html) = post_form(&app, "/", &fields).await;
    assert!(html.contains("aria-checked=\"true\""), "{html}");
    assert!(html.contains("id=\"email-address\""), "{html}");
    assert!(!html.contains("error-summary"), "{html}");
    assert!(html.contains("<input type=\"hidden\" name=\"email-switch\" value=\"on\">"));

    // Sent: the API's answer, and its confirmation queued.
    let mut fields = MARIA.to_vec();
    fields.extend([
        ("email-switch", "on"),
        ("email-address", "maria@example.com"),
    ]);
    let (_, html) = post_form(&app, "/", &fields).await;
    assert!(html.contains("Check your email and phone"), "{html}");
    assert!(html.contains("href=\"/status/"), "{html}");
    assert_eq!(helpers::count(&app.store, "subscription").await, 1);
    app.wait_for_captured("email", "confirm_destination", 1)
        .await;

    // The look-up answers the same way.
    let (_, html) = post_form(&app, "/check", &MARIA).await;
    assert!(html.contains("id=\"result-heading\""), "{html}");
    let (_, html) = post_form(
        &app,
        "/check",
        &[
            ("first-name", "Nobody"),
            ("last-name", "Atall"),
            ("date-of-birth", "01-01-1950"),
            ("zip", "95814"),
        ],
    )
    .await;
    assert!(html.contains("does not match any voters"), "{html}");
    app.stop().await;
}

#[tokio::test]
async fn forms_posted_without_javascript_spend_the_same_rate_limit_as_the_api() {
    let app = spawn_app_with(Options {
        env: vec![("RATE_LIMIT_PER_ADDRESS_PER_MINUTE", "2".to_string())],
        ..Options::default()
    })
    .await;
    let mut fields = MARIA.to_vec();
    fields.extend([
        ("email-switch", "on"),
        ("email-address", "maria@example.com"),
    ]);
    for _ in 0..2 {
        let (_, html) = post_form(&app, "/check", &MARIA).await;
        assert!(html.contains("id=\"result-heading\""), "{html}");
    }
    // The third in the minute, by the API's JSON or by a form: refused alike.
    let (_, html) = post_form(&app, "/", &fields).await;
    assert!(!html.contains("Check your email and phone"), "{html}");
    assert!(html.contains("error-summary"), "{html}");
    let (status, _) = app.sign_up(&helpers::maria()).await;
    assert_eq!(status, 429);
    assert_eq!(helpers::count(&app.store, "subscription").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn a_form_posted_from_another_site_is_refused() {
    let app = spawn_app().await;
    let mut fields = MARIA.to_vec();
    fields.extend([
        ("email-switch", "on"),
        ("email-address", "maria@example.com"),
    ]);
    let response = app
        .client
        .post(format!("{}/", app.base))
        .header("sec-fetch-site", "cross-site")
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 403);
    // Another site of ours, or a browser that says only where the form came from.
    for (name, value) in [
        ("sec-fetch-site", "same-site"),
        ("origin", "https://elsewhere.example"),
        ("origin", "null"),
    ] {
        let response = app
            .client
            .post(format!("{}/", app.base))
            .header(name, value)
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 403, "{name}: {value}");
    }
    assert_eq!(helpers::count(&app.store, "subscription").await, 0);
    // Our own page, by either header.
    let ours = app.base.clone();
    let response = app
        .client
        .post(format!("{}/check", app.base))
        .header("origin", ours)
        .form(&MARIA)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let response = app
        .client
        .post(format!("{}/check", app.base))
        .header("sec-fetch-site", "same-origin")
        .form(&MARIA)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    // Too big to be one of our forms.
    let big = "x".repeat(20_000);
    let (status, _) = post_form(&app, "/", &[("first-name", big.as_str())]).await;
    assert_eq!(status, 413);
    app.stop().await;
}

#[tokio::test]
async fn the_status_page_carries_the_ballot_and_unknown_addresses_are_not_found() {
    let app = spawn_app().await;
    let (status, body) = app.sign_up(&helpers::maria()).await;
    assert_eq!(status, 201);
    let url = body["subscription"]["status_url"]
        .as_str()
        .unwrap()
        .to_string();
    let path = url
        .split_once("/status/")
        .map(|(_, t)| format!("/status/{t}"))
        .unwrap();
    let page = get(&app, &path, &[]).await;
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Sacramento County Elections"), "{html}");
    assert!(html.contains("id=\"handed-over\""), "{html}");

    let missing = get(&app, "/no/such/page", &[]).await;
    assert_eq!(missing.status().as_u16(), 404);
    assert!(missing.text().await.unwrap().contains("Page not found"));

    let robots = get(&app, "/robots.txt", &[]).await;
    assert_eq!(
        robots.headers()["content-type"],
        "text/plain; charset=utf-8"
    );
    assert!(robots.text().await.unwrap().contains("Disallow: /status/"));
    let icon = get(&app, "/favicon.ico", &[]).await;
    assert_eq!(icon.headers()["content-type"], "image/x-icon");
    assert_eq!(&icon.bytes().await.unwrap()[..4], &[0, 0, 1, 0]);
    app.stop().await;
}

#[tokio::test]
async fn what_a_voter_typed_comes_back_as_text_never_as_markup() {
    let app = spawn_app().await;
    let typed = "\"><script>alert(1)</script><!--<script>";
    let (status, html) = post_form(
        &app,
        "/",
        &[
            ("first-name", typed),
            ("last-name", "</script><b>x</b>"),
            ("toggle", "email-switch"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<b>x</b>"), "{html}");
    assert!(!html.contains("<!--<script>"), "{html}");
    // The hand-over script holds it as JSON text, with no `<` the HTML parser could act on.
    let handed = html
        .split_once("id=\"handed-over\">")
        .and_then(|(_, rest)| rest.split_once("</script>"))
        .map(|(json, _)| json)
        .unwrap();
    assert!(!handed.contains('<'), "{handed}");
    let value: serde_json::Value = serde_json::from_str(handed).unwrap();
    assert_eq!(value["fields"][0][1], typed);
    // And the page still ends as it should (nothing swallowed the rest of it).
    assert!(html.trim_end().ends_with("</html>"), "{html}");
    app.stop().await;
}

#[tokio::test]
async fn a_languages_words_come_compiled_for_the_app_and_are_checked_before_reuse() {
    let app = spawn_app().await;
    // Asked for by a browser in English: the file still says it is Spanish.
    let words = get(&app, "/locales/es/page.json", &[("accept-language", "en")]).await;
    assert_eq!(words.status().as_u16(), 200);
    assert_eq!(words.headers()["content-language"], "es");
    assert_eq!(words.headers()["cache-control"], "no-cache");
    let etag = words.headers()["etag"].to_str().unwrap().to_string();
    let compiled: Vec<(String, serde_json::Value)> = words.json().await.unwrap();
    let title = compiled
        .iter()
        .find(|(id, _)| id == "signup-title")
        .unwrap();
    assert_eq!(
        title.1,
        serde_json::json!([{ "t": "Inscríbase para recibir notificaciones sobre su boleta" }])
    );
    // The browser asks again with what it has: nothing is sent twice.
    let again = get(
        &app,
        "/locales/es/page.json",
        &[("if-none-match", etag.as_str())],
    )
    .await;
    assert_eq!(again.status().as_u16(), 304);
    for missing in [
        "/locales/xx/page.json",
        "/locales/ES/page.json",
        "/locales/es-MX/page.json",
    ] {
        assert_eq!(
            get(&app, missing, &[]).await.status().as_u16(),
            404,
            "{missing}"
        );
    }
    app.stop().await;
}
