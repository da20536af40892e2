//! The language of the request being answered: errors, the rules' messages and ballot
//! timelines are in it.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use ballot_shared::language::Language;

tokio::task_local! {
    static REQUEST_LANGUAGE: Language;
}

/// The language the current request asked for (English outside a request).
pub fn request_language() -> Language {
    REQUEST_LANGUAGE.try_with(|l| *l).unwrap_or_default()
}

/// Answers each request in the language of its `lang` query parameter (an `EventSource`
/// cannot set headers), else the first supported one of its `Accept-Language`: errors, the
/// rules' messages and ballot timelines. The pages send the language the voter picked.
pub async fn negotiate(request: Request, next: Next) -> Response {
    let from_query = request.uri().query().and_then(|query| {
        query
            .split('&')
            .find_map(|pair| pair.strip_prefix("lang="))
            .and_then(|code| Language::parse(code).ok())
    });
    let language = from_query
        .or_else(|| {
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Language::negotiate)
        })
        .unwrap_or_default();
    let mut response = REQUEST_LANGUAGE.scope(language, next.run(request)).await;
    let headers = response.headers_mut();
    // A response that says its own language (a language's words for the app) keeps it.
    if headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"application/json"))
        && !headers.contains_key(header::CONTENT_LANGUAGE)
    {
        headers.insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(language.code()),
        );
        headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    }
    response
}
