//! The server's words in each language: the rules' and the messages' Fluent files, compiled
//! in (a missing file is a build error, not a surprise in production), and the language of
//! the request being answered.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use ballot_shared::i18n::{Catalog, Message, ENGLISH_RULES};
use ballot_shared::language::Language;
use std::sync::OnceLock;

macro_rules! files {
    ($code:literal) => {
        [
            include_str!(concat!("../../locales/", $code, "/rules.ftl")),
            include_str!(concat!("../../locales/", $code, "/messages.ftl")),
        ]
    };
}

fn sources(language: Language) -> [&'static str; 2] {
    match language {
        Language::English => [ENGLISH_RULES, files!("en")[1]],
        Language::Spanish => files!("es"),
        Language::Chinese => files!("zh"),
        Language::Hindi => files!("hi"),
        Language::Japanese => files!("ja"),
        Language::Khmer => files!("km"),
        Language::Korean => files!("ko"),
        Language::Tagalog => files!("tl"),
        Language::Thai => files!("th"),
        Language::Vietnamese => files!("vi"),
    }
}

/// The catalog of `language`, built once.
pub fn catalog(language: Language) -> &'static Catalog {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    let catalogs = CATALOGS.get_or_init(|| {
        let english = sources(Language::English);
        Language::ALL
            .into_iter()
            .map(|language| {
                Catalog::new(language, &sources(language), &english)
                    .expect("the locale files are valid Fluent (shared/tests/locales.rs)")
            })
            .collect()
    });
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .expect("every language is in ALL");
    &catalogs[index]
}

/// The catalog of a stored language code (a subscription's); English if it is not one.
pub fn for_code(code: &str) -> &'static Catalog {
    catalog(Language::parse(code).unwrap_or_default())
}

/// `message` in `language`.
pub fn say(language: Language, message: &Message) -> String {
    catalog(language).format(message)
}

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
    if headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"application/json"))
    {
        headers.insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(language.code()),
        );
        headers.append(header::VARY, HeaderValue::from_static("accept-language"));
    }
    response
}
