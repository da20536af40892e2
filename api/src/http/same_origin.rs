//! Whether a form post comes from one of our own pages: what a page on another site, open in
//! the same browser, cannot fake. Used by the pages' forms and the message viewer's replies.

use axum::http::{header, HeaderMap};

/// `Origin` names this host (browsers send it with every form post); no `Origin` at all is
/// not a browser's form (curl, a test), with nothing to forge.
pub fn origin_is_ours(headers: &HeaderMap) -> bool {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin = headers.get(header::ORIGIN).and_then(|h| h.to_str().ok());
    match (origin, host) {
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host)),
        (None, _) => true,
        (Some(_), None) => false,
    }
}

/// The browser's own word first (`Sec-Fetch-Site`: only `same-origin`, or `none` for what the
/// voter typed or bookmarked), else `Origin`.
pub fn from_our_page(headers: &HeaderMap) -> bool {
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => matches!(site, "same-origin" | "none"),
        None => origin_is_ours(headers),
    }
}
