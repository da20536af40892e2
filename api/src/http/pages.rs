//! The voter's pages as HTML, rendered here by the app's own Leptos components
//! (`ballot_frontend`) before any WebAssembly arrives, in the voter's language; the app then
//! takes the page over. Without JavaScript the pages work as plain HTML forms: a posted form
//! goes through the same rules (`ballot_shared`) and then to the JSON API itself, inside this
//! process, with the voter's address and language, so its answers, messages and rate limits
//! are the API's own.

use crate::clock;
use crate::http::state::AppState;
use axum::body::Body;
use axum::extract::{ConnectInfo, Path, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use ballot_frontend::api_client::path_token;
use ballot_frontend::app::App;
use ballot_frontend::handed_over::{HandedOver, SCRIPT_ID};
use ballot_frontend::route::Route;
use ballot_frontend::{dom, i18n, pages};
use ballot_shared::language::Language;
use leptos::prelude::*;
use std::net::SocketAddr;
use std::path::Path as FsPath;
use std::sync::Arc;
use tower::ServiceExt;

/// A posted form is a few fields; anything larger is not one of ours.
const FORM_LIMIT: usize = 16 * 1024;

/// What the pages need: the built apps' HTML shells, and the API to send forms to.
#[derive(Clone)]
pub struct Pages {
    /// The sign-up page's, with its own smaller app (`dist/index.html`).
    sign_up: Arc<Shell>,
    /// Every other page's (`dist/app/index.html`).
    other: Arc<Shell>,
    api: Router,
}

impl Pages {
    pub fn new(dist: &FsPath, api: Router) -> Self {
        dom::server::set_date_format(california_day);
        let read = |path: &FsPath| std::fs::read_to_string(path).unwrap_or_default();
        Self {
            sign_up: Arc::new(Shell::from_index_html(&read(&dist.join("index.html")))),
            other: Arc::new(Shell::from_index_html(&read(&dist.join("app/index.html")))),
            api,
        }
    }

    fn shell(&self, route: &Route) -> &Shell {
        if *route == Route::SignUp {
            &self.sign_up
        } else {
            &self.other
        }
    }
}

/// The built `index.html` (Trunk's: styles, the app's script and its preloads), cut where the
/// language, the title and the page go. Its description, English, is taken out: each page
/// writes its own, in its language, after the title (what a search result or a shared link
/// shows under it).
struct Shell {
    before_lang: String,
    before_title: String,
    /// From just after `</title>`.
    before_body: String,
    after_body: String,
}

impl Shell {
    fn from_index_html(html: &str) -> Self {
        let html = without_description(html);
        let cut = || -> Option<Shell> {
            let lang = html.find("<html lang=\"")? + "<html lang=\"".len();
            let lang_end = lang + html[lang..].find('"')?;
            let title = html.find("<title>")? + "<title>".len();
            let title_end = html.find("</title>")? + "</title>".len();
            let body = html.find("<body>")? + "<body>".len();
            let body_end = html.rfind("</body>")?;
            Some(Shell {
                before_lang: html[..lang].to_string(),
                before_title: html[lang_end..title].to_string(),
                before_body: html[title_end..body].to_string(),
                after_body: html[body_end..].to_string(),
            })
        };
        // No app built (the API's tests): the pages still render, without styles or script.
        cut().unwrap_or_else(|| Shell {
            before_lang: "<!doctype html><html lang=\"".into(),
            before_title: "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
                content=\"width=device-width, initial-scale=1\"><title>"
                .into(),
            before_body: "</head><body>".into(),
            after_body: "</body></html>".into(),
        })
    }

    fn page(&self, language: Language, head: &Head, body: &str, handed: &str) -> String {
        let mut html = String::with_capacity(body.len() + 4096);
        html.push_str(&self.before_lang);
        html.push_str(language.html_lang());
        html.push_str(&self.before_title);
        html.push_str(&escape(&head.title));
        html.push_str("</title><meta name=\"description\" content=\"");
        html.push_str(&escape(&head.description).replace('"', "&quot;"));
        html.push_str("\">");
        html.push_str(&self.before_body);
        html.push_str(body);
        html.push_str("<script type=\"application/json\" id=\"");
        html.push_str(SCRIPT_ID);
        html.push_str("\">");
        html.push_str(handed);
        html.push_str("</script>");
        html.push_str(&self.after_body);
        html
    }
}

/// `html` without its `<meta name="description" ...>` tag, if it has one.
fn without_description(html: &str) -> String {
    let Some(start) = html.find("<meta name=\"description\"") else {
        return html.to_string();
    };
    match html[start..].find('>') {
        Some(end) => format!("{}{}", &html[..start], &html[start + end + 1..]),
        None => html.to_string(),
    }
}

/// A page's words in its `<head>`.
struct Head {
    title: String,
    description: String,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The pages' routes; unknown paths get the not-found page from `not_found`.
pub fn routes(pages: Pages) -> Router<AppState> {
    Router::new()
        .route("/", get(show).post(post_signup))
        .route("/index.html", get(show))
        .route("/check", get(show).post(post_lookup))
        .route("/verify", get(show_verify).post(post_verify))
        .route("/status/{token}", get(show_status))
        .route("/manage/{token}", get(show_manage).post(post_manage))
        .route("/cure/{token}", get(show_cure))
        .route("/confirm/{token}", get(show).post(post_confirm))
        .route("/undo/{token}", get(show).post(post_undo))
        .route("/locales/{code}/page.json", get(compiled_words))
        .route("/robots.txt", get(robots))
        .route("/favicon.ico", get(favicon))
        .layer(Extension(pages))
        // Pages are rendered per request (their language and data are the voter's), so they
        // are compressed as they go; the app's files are compressed ahead, in dist/.
        .layer(
            tower_http::compression::CompressionLayer::new()
                .quality(tower_http::CompressionLevel::Fastest),
        )
}

/// The language of a page: the voter's choice (the picker's `language` parameter, which is
/// then remembered, or the cookie it left), else their browser's `Accept-Language`.
struct PageLanguage {
    language: Language,
    /// Chosen with this request: remember it.
    chosen: bool,
}

fn page_language(parts: &Parts) -> PageLanguage {
    let chosen = parts.uri.query().and_then(|query| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix("language="))
            .and_then(|code| Language::parse(code).ok())
    });
    if let Some(language) = chosen {
        return PageLanguage {
            language,
            chosen: true,
        };
    }
    let cookie = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == i18n::COOKIE).then(|| Language::parse(value).ok())?
        });
    let language = cookie
        .or_else(|| {
            parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Language::negotiate)
        })
        .unwrap_or_default();
    PageLanguage {
        language,
        chosen: false,
    }
}

/// An event's California day, as the county's messages say it.
fn california_day(rfc3339: &str, language: Language) -> String {
    match clock::parse(rfc3339) {
        Some(at) => {
            crate::domain::notifications::pacific_day(crate::domain::locales::catalog(language), at)
        }
        None => rfc3339.to_string(),
    }
}

/// The day the rules count from, as the API's (`clock::today_anywhere`), also set for the
/// components on this thread: they read it (a typed date's canonical form needs it) both while
/// a page renders and when a posted form is turned into a request. Call it right before, with
/// no `.await` between (the task may move to another thread at one).
fn today() -> ballot_shared::date::CivilDate {
    let today = clock::today_anywhere();
    dom::server::set_today(today);
    today
}

/// Renders `route` with the app's components, in `language`, with what the server hands it;
/// a page that fails to render is a 500, never a stuck worker thread.
fn render(pages: &Pages, language: Language, route: Route, handed: HandedOver) -> String {
    let shell = pages.shell(&route);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        render_page(shell, language, route, handed)
    }))
    .unwrap_or_else(|_| {
        tracing::error!("a page failed to render");
        String::new()
    })
}

fn render_page(shell: &Shell, language: Language, route: Route, handed: HandedOver) -> String {
    // Synchronous, on this thread: the components read the language and the day from
    // thread-locals, which nothing else touches meanwhile.
    i18n::use_catalog(i18n::page_catalog(language));
    today();
    let owner = Owner::new();
    let json = serde_json::to_string(&handed).unwrap_or_default();
    let body = owner.with(|| {
        provide_context(handed);
        view! { <App route /> }.to_html()
    });
    drop(owner);
    let head = Head {
        title: dom::server::take_title(),
        description: i18n::text("signup-lead"),
    };
    // No `<` at all in the script's text: neither `</script>` nor `<!--` (which changes how
    // the HTML parser reads on) can come from a voter's or a county's words. `<` occurs only
    // inside JSON strings, where `\u003c` is the same character.
    shell.page(language, &head, &body, &json.replace('<', "\\u003c"))
}

fn respond(status: StatusCode, page: &PageLanguage, html: String) -> Response {
    if html.is_empty() {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let mut response = (status, html).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(page.language.code()),
    );
    headers.insert(
        header::VARY,
        HeaderValue::from_static("accept-language, cookie"),
    );
    if page.chosen {
        let cookie = format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            i18n::COOKIE,
            page.language.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.insert(header::SET_COOKIE, value);
        }
    }
    response
}

fn status_of(route: &Route) -> StatusCode {
    if *route == Route::NotFound {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    }
}

/// A page that needs nothing from the API first.
async fn show(Extension(pages): Extension<Pages>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let language = page_language(&parts);
    let route = Route::from_path(parts.uri.path());
    let html = render(
        &pages,
        language.language,
        route.clone(),
        HandedOver::default(),
    );
    respond(status_of(&route), &language, html)
}

/// Any other address: the not-found page, with a 404.
pub async fn not_found(Extension(pages): Extension<Pages>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let language = page_language(&parts);
    let html = render(
        &pages,
        language.language,
        Route::NotFound,
        HandedOver::default(),
    );
    respond(StatusCode::NOT_FOUND, &language, html)
}

/// The status page, with the ballot's status in it.
async fn show_status(
    Extension(pages): Extension<Pages>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let token = path_token(&token);
    let path = format!("/api/v1/ballot-statuses/{token}");
    show_with(pages, request, Route::Status(token), path).await
}

/// The cure page, with the ballot's status in it (which ballot takes a cure, and by when).
async fn show_cure(
    Extension(pages): Extension<Pages>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let token = path_token(&token);
    let path = format!("/api/v1/ballot-statuses/{token}");
    show_with(pages, request, Route::Cure(token), path).await
}

/// The manage page, with the subscription in it.
async fn show_manage(
    Extension(pages): Extension<Pages>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let token = path_token(&token);
    let path = format!("/api/v1/subscriptions/{token}");
    show_with(pages, request, Route::Manage(token), path).await
}

async fn show_with(pages: Pages, request: Request, route: Route, api_path: String) -> Response {
    let (parts, _) = request.into_parts();
    let language = page_language(&parts);
    let answer = ask_api(
        &pages,
        &parts,
        Method::GET,
        &api_path,
        None,
        language.language,
    )
    .await;
    // A link that was never one is a page we do not have, for the browser and crawlers too.
    let status = if answer.0 == 404 {
        StatusCode::NOT_FOUND
    } else {
        status_of(&route)
    };
    let handed = HandedOver {
        answer: Some(answer),
        ..HandedOver::default()
    };
    let html = render(&pages, language.language, route, handed);
    respond(status, &language, html)
}

/// The posted fields, or why not.
async fn posted_fields(request: Request) -> Result<(Parts, Vec<(String, String)>), StatusCode> {
    let (parts, body) = request.into_parts();
    // Another site (or another site of ours) cannot make a browser post our forms.
    if !crate::http::same_origin::from_our_page(&parts.headers) {
        return Err(StatusCode::FORBIDDEN);
    }
    let bytes = axum::body::to_bytes(body, FORM_LIMIT)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE)?;
    let fields: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&bytes).map_err(|_| StatusCode::BAD_REQUEST)?;
    Ok((parts, fields))
}

/// What a posted form asks the page to do before anything is sent: flip a switch, or go back
/// to change the details; `None` when it is a submit.
fn form_step(fields: &mut Vec<(String, String)>) -> Option<()> {
    if let Some(at) = fields.iter().position(|(k, _)| k == "toggle") {
        let (_, switch) = fields.remove(at);
        match fields.iter().position(|(k, _)| *k == switch) {
            Some(on) => {
                fields.remove(on);
            }
            None => fields.push((switch, "on".into())),
        }
        return Some(());
    }
    if let Some(at) = fields.iter().position(|(k, _)| k == "change") {
        fields.remove(at);
        return Some(());
    }
    None
}

/// `POST /`: the sign-up form, sent without the app.
async fn post_signup(Extension(pages): Extension<Pages>, request: Request) -> Response {
    let (parts, mut fields) = match posted_fields(request).await {
        Ok(posted) => posted,
        Err(status) => return status.into_response(),
    };
    let language = page_language(&parts);
    let mut handed = HandedOver {
        fields: std::mem::take(&mut fields),
        ..HandedOver::default()
    };
    if form_step(&mut handed.fields).is_none() {
        handed.submitted = true;
        let request = pages::signup::posted_request(&handed, language.language, today());
        if let Some(request) = request {
            let body = serde_json::to_string(&request).unwrap_or_default();
            let answer = ask_api(
                &pages,
                &parts,
                Method::POST,
                "/api/v1/signups",
                Some(body),
                language.language,
            )
            .await;
            handed.answer = Some(answer);
        }
    }
    let html = render(&pages, language.language, Route::SignUp, handed);
    respond(StatusCode::OK, &language, html)
}

/// `POST /check`: the look-up form, sent without the app.
async fn post_lookup(Extension(pages): Extension<Pages>, request: Request) -> Response {
    let (parts, fields) = match posted_fields(request).await {
        Ok(posted) => posted,
        Err(status) => return status.into_response(),
    };
    let language = page_language(&parts);
    let mut handed = HandedOver {
        fields,
        submitted: true,
        ..HandedOver::default()
    };
    if let Some(request) = pages::lookup::posted_request(&handed, today()) {
        let body = serde_json::to_string(&request).unwrap_or_default();
        let answer = ask_api(
            &pages,
            &parts,
            Method::POST,
            "/api/v1/status-lookups",
            Some(body),
            language.language,
        )
        .await;
        handed.answer = Some(answer);
    }
    let html = render(&pages, language.language, Route::Check, handed);
    respond(StatusCode::OK, &language, html)
}

/// `POST /manage/{token}`: the manage page's forms, sent without the app: a switch flipped,
/// the choices saved, stopping asked about, confirmed or cancelled, a fresh link asked for.
async fn post_manage(
    Extension(pages): Extension<Pages>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    use ballot_frontend::pages::manage::{self, DO, SAVE, SEND_LINK, STOP, TOGGLE};
    let (parts, mut fields) = match posted_fields(request).await {
        Ok(posted) => posted,
        Err(status) => return status.into_response(),
    };
    let language = page_language(&parts);
    let token = path_token(&token);
    let details_path = format!("/api/v1/subscriptions/{token}");
    let (pages_ref, parts_ref, lang) = (&pages, &parts, language.language);
    let ask = |method: Method, path: String, json: Option<String>| async move {
        ask_api(pages_ref, parts_ref, method, &path, json, lang).await
    };
    let mut answers = Vec::new();
    if form_step(&mut fields).is_some() {
        fields.retain(|(k, _)| k != DO);
        fields.push((DO.into(), TOGGLE.into()));
    }
    let action = fields
        .iter()
        .find(|(k, _)| k == DO)
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    match action.as_str() {
        SAVE => {
            // Quiet hours are not on the form: what is on file goes back. Without it, nothing
            // is saved (defaults would replace the voter's hours), and the page says why.
            let (status, body) = ask(Method::GET, details_path.clone(), None).await;
            let on_file = serde_json::from_str::<ballot_shared::api::SubscriptionDetails>(&body)
                .ok()
                .filter(|_| status == 200);
            let answer = match on_file {
                Some(details) => {
                    let posted = HandedOver {
                        fields: fields.clone(),
                        ..HandedOver::default()
                    };
                    let request = manage::posted_preferences(&posted, Some(details.quiet_hours));
                    let json = serde_json::to_string(&request).unwrap_or_default();
                    ask(Method::PUT, details_path.clone(), Some(json)).await
                }
                None => (status, body),
            };
            answers.push((SAVE.to_string(), answer));
        }
        STOP => {
            answers.push((
                STOP.to_string(),
                ask(Method::DELETE, details_path.clone(), None).await,
            ));
        }
        SEND_LINK => {
            let json = serde_json::json!({ "token": token }).to_string();
            answers.push((
                "link".to_string(),
                ask(Method::POST, "/api/v1/manage-links".into(), Some(json)).await,
            ));
        }
        _ => {}
    }
    // A save's answer is the subscription as saved: no need to ask again (and spend another
    // of the voter's requests).
    let saved = answers
        .iter()
        .find(|(name, (status, _))| name == SAVE && *status == 200)
        .map(|(_, answer)| answer.clone());
    let loaded = match saved {
        Some(saved) => saved,
        None => ask(Method::GET, details_path, None).await,
    };
    let route = Route::Manage(token);
    let handed = HandedOver {
        fields,
        submitted: false,
        answer: Some(loaded),
        answers,
    };
    let html = render(&pages, language.language, route, handed);
    respond(StatusCode::OK, &language, html)
}

/// `GET /verify`, with where our messages come from in it.
async fn show_verify(Extension(pages): Extension<Pages>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    verify_page(pages, parts, Vec::new()).await
}

/// `POST /verify`: a message's reference, checked without the app.
async fn post_verify(Extension(pages): Extension<Pages>, request: Request) -> Response {
    let (parts, fields) = match posted_fields(request).await {
        Ok(posted) => posted,
        Err(status) => return status.into_response(),
    };
    verify_page(pages, parts, fields).await
}

async fn verify_page(pages: Pages, parts: Parts, fields: Vec<(String, String)>) -> Response {
    let language = page_language(&parts);
    let posted = !fields.is_empty();
    let mut handed = HandedOver {
        fields,
        submitted: posted,
        ..HandedOver::default()
    };
    if let Some(reference) = pages::verify::posted_reference(&handed) {
        let json = serde_json::json!({ "reference": reference }).to_string();
        let path = "/api/v1/message-verifications";
        let answer = ask_api(
            &pages,
            &parts,
            Method::POST,
            path,
            Some(json),
            language.language,
        );
        handed.answer = Some(answer.await);
    }
    let senders = ask_api(
        &pages,
        &parts,
        Method::GET,
        "/api/v1/senders",
        None,
        language.language,
    );
    handed.answers.push(("senders".into(), senders.await));
    let html = render(&pages, language.language, Route::Verify, handed);
    respond(StatusCode::OK, &language, html)
}

/// `POST /confirm/{token}`: the confirmation page's button, pressed without the app.
async fn post_confirm(
    Extension(pages): Extension<Pages>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let token = path_token(&token);
    let path = format!("/api/v1/confirmations/{token}");
    press(pages, request, Route::Confirm(token), path).await
}

/// `POST /undo/{token}`: the change notice's page's button, pressed without the app.
async fn post_undo(
    Extension(pages): Extension<Pages>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let token = path_token(&token);
    let path = format!("/api/v1/undo/{token}");
    press(pages, request, Route::Undo(token), path).await
}

/// A page's one button: the API acts, and the page says what it did.
async fn press(pages: Pages, request: Request, route: Route, api_path: String) -> Response {
    let (parts, _) = match posted_fields(request).await {
        Ok(posted) => posted,
        Err(status) => return status.into_response(),
    };
    let language = page_language(&parts);
    let answer = ask_api(
        &pages,
        &parts,
        Method::POST,
        &api_path,
        None,
        language.language,
    )
    .await;
    let handed = HandedOver {
        answer: Some(answer),
        ..HandedOver::default()
    };
    let html = render(&pages, language.language, route, handed);
    respond(StatusCode::OK, &language, html)
}

/// Sends a request to the JSON API in this process, as from the voter: their address (the
/// connection's, and any forwarding headers the limits trust) and their page's language. The
/// answer is its status and JSON body, as the app would have read them.
async fn ask_api(
    pages: &Pages,
    from: &Parts,
    method: Method,
    path: &str,
    json: Option<String>,
    language: Language,
) -> (u16, String) {
    let mut request = Request::builder().method(method).uri(path);
    if let Some(headers) = request.headers_mut() {
        for (name, value) in &from.headers {
            // The voter's own headers (their address as proxies report it, their browser),
            // not what describes the page request's body or connection, nor credentials.
            let skip = [
                header::CONTENT_TYPE,
                header::CONTENT_LENGTH,
                header::TRANSFER_ENCODING,
                header::CONNECTION,
                header::HOST,
                header::ACCEPT_LANGUAGE,
                header::ACCEPT_ENCODING,
                header::COOKIE,
                header::AUTHORIZATION,
            ];
            if !skip.contains(name) {
                headers.append(name.clone(), value.clone());
            }
        }
        headers.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static(language.code()),
        );
        if json.is_some() {
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
        }
    }
    if let Some(peer) = from.extensions.get::<ConnectInfo<SocketAddr>>() {
        request = request.extension(*peer);
    }
    let Ok(request) = request.body(json.map(Body::from).unwrap_or_else(Body::empty)) else {
        return (500, String::new());
    };
    let Ok(response) = pages.api.clone().oneshot(request).await;
    let status = response.status().as_u16();
    let body = axum::body::to_bytes(response.into_body(), 4 * 1024 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    (status, body)
}

/// A language's words for the app, compiled (`ballot_shared::i18n::lite`): fetched when a
/// voter's page is in another language than English. The same address across releases, so
/// cached but checked (`ETag`) before each use.
async fn compiled_words(Path(code): Path<String>, headers: HeaderMap) -> Response {
    use sha2::Digest;
    let Ok(language) = Language::parse(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if language.code() != code {
        return StatusCode::NOT_FOUND.into_response();
    }
    let json = i18n::compiled_page_json(language);
    let digest = sha2::Sha256::digest(json.as_bytes());
    let etag = format!(
        "\"{}\"",
        digest[..12]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    );
    let cached = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|tag| tag.trim() == etag));
    let mut response = if cached {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], json).into_response()
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    // The words' language, whatever language the request asked for.
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(language.code()),
    );
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, value);
    }
    response
}

/// Every page but the ones a link opens with a secret in its address.
async fn robots() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "User-agent: *\nDisallow: /status/\nDisallow: /cure/\nDisallow: /manage/\nDisallow: /confirm/\nDisallow: /undo/\nDisallow: /api/\n",
    )
}

/// The site's icon (a ballot envelope), for browsers that ask for it by this name.
async fn favicon() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "image/x-icon")],
        include_bytes!("../../../frontend/assets/favicon.ico").as_slice(),
    )
}
