//! `GET /messages`: the messages a development setup captured instead of sending (every channel
//! captured and `MESSAGE_VIEWER=true`), newest first, so a newcomer can read the confirmation
//! they just triggered and follow its link. Served to this computer only (loopback), and never
//! with a real provider: it would show voters' messages.
//!
//! A captured text can be answered (YES, STOP …) and a captured confirmation call answered
//! with its key, as the provider would post them (`POST /messages`).

use crate::http::error::{ApiError, ApiForm};
use crate::http::state::AppState;
use askama::Template;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap};
use axum::response::{Html, IntoResponse, Redirect, Response};
use std::net::SocketAddr;

const SHOWN: usize = 100;

/// The page's own style, allowed by its hash in the page's own Content-Security-Policy (the
/// app's allows no inline style; under it this page was unstyled, and on a phone its long
/// lines ran off the screen).
const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1b1b}\
article{border:1px solid #565c65;border-radius:4px;padding:.75rem 1rem;margin:1rem 0}\
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit;margin:.5rem 0 0}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;margin:0}dd{margin:0;overflow-wrap:anywhere}\
form{margin:.5rem 0 0}button{font:inherit;padding:.25rem .75rem}";

/// Nothing but the page's style and its forms' posts to itself.
fn policy() -> String {
    use base64::Engine;
    use sha2::Digest;
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(STYLE));
    format!(
        "default-src 'none'; style-src 'sha256-{hash}'; form-action 'self'; base-uri 'none'; \
         frame-ancestors 'none'"
    )
}

/// A reply must come from the viewer's own form: a page on another site, open in the same
/// browser, could otherwise post to this computer's loopback address (a YES that confirms
/// someone's number). Browsers send `Origin` with every form post.
fn from_this_page(headers: &HeaderMap) -> Result<(), ApiError> {
    if crate::http::same_origin::origin_is_ours(headers) {
        Ok(())
    } else {
        Err(ApiError::Forbidden(vec![
            crate::domain::file_rows::RowError {
                line: 1,
                message: "replies come from the message viewer's own page".into(),
            },
        ]))
    }
}

/// Only this computer may look: the connection's own address, never a forwarded one.
fn from_this_computer(peer: SocketAddr) -> Result<(), ApiError> {
    if peer.ip().is_loopback() {
        Ok(())
    } else {
        Err(ApiError::NotFound)
    }
}

pub async fn list(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
) -> Result<Response, ApiError> {
    from_this_computer(peer)?;
    let dir = &state.config.capture_dir;
    let mut files: Vec<std::path::PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files.reverse();
    let files: Vec<String> = files
        .into_iter()
        .take(SHOWN)
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect();
    let messages: Vec<Shown<'_>> = files.iter().map(|text| Shown::of(text)).collect();
    let html = Page {
        style: STYLE,
        folder: dir.display().to_string(),
        messages,
    }
    .to_string();
    Ok(([(header::CONTENT_SECURITY_POLICY, policy())], Html(html)).into_response())
}

/// The page (`api/templates/captured_messages.html`; askama escapes what it fills in).
#[derive(Template)]
#[template(path = "captured_messages.html")]
struct Page<'a> {
    style: &'static str,
    folder: String,
    messages: Vec<Shown<'a>>,
}

/// A captured message as the page shows it.
struct Shown<'a> {
    kind: &'static str,
    to: &'a str,
    from: &'a str,
    subject: &'a str,
    reference: &'a str,
    queued: &'a str,
    body: &'a str,
    /// A text, which can be answered.
    text: bool,
    /// A confirmation call's token, to press its key.
    key_press: Option<&'a str>,
}

impl<'a> Shown<'a> {
    fn of(file: &'a str) -> Self {
        let (head, body) = file.split_once("\n\n").unwrap_or((file, ""));
        let header = |name: &str| {
            head.lines()
                .filter_map(|line| line.split_once(": "))
                .find(|(k, _)| *k == name)
                .map_or("", |(_, v)| v)
        };
        let channel = header("Channel");
        Self {
            kind: match channel {
                "email" => "Email",
                "sms" => "Text message",
                _ => "Voice call",
            },
            to: header("To"),
            from: header("From"),
            subject: header("Subject"),
            reference: header("Reference"),
            queued: header("Queued"),
            body: body.trim_end(),
            text: channel == "sms",
            key_press: header("Key-Press")
                .rsplit('/')
                .next()
                .filter(|t| !t.is_empty()),
        }
    }
}

/// A reply to a captured text, or a key pressed on a captured call.
#[derive(Debug, serde::Deserialize)]
pub struct Reply {
    from: Option<String>,
    text: Option<String>,
    confirm: Option<String>,
}

pub async fn reply(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ApiForm(reply): ApiForm<Reply>,
) -> Result<Response, ApiError> {
    from_this_computer(peer)?;
    from_this_page(&headers)?;
    if let (Some(from), Some(text)) = (&reply.from, &reply.text) {
        let answer = crate::domain::sms_keywords::handle(state.services(), from, text).await?;
        tracing::info!(reply = %crate::redact::redact(&answer), "answered a captured text");
    }
    if let Some(token) = &reply.confirm {
        // As the provider would post it: the outcome is what the call would say.
        let _ = crate::domain::destinations::confirm_by_token(
            &state.store,
            &state.offices,
            &state.config.public_url,
            token,
        )
        .await;
    }
    Ok(Redirect::to("/messages").into_response())
}

#[cfg(test)]
mod tests {
    use askama::Template;

    #[test]
    fn the_page_shows_each_message_escaped_with_its_answers() {
        let text = "Channel: sms\nTo: +19165550123\nFrom: A & <B>\nReference: 7KQM-4MXZ\nQueued: now\n\nReply \"YES\" <now>\n";
        let call = "Channel: voice\nTo: +19165550124\nFrom: C\nSubject: x\nKey-Press: https://h/api/v1/webhooks/voice/confirmations/t'1\n\nPress 1";
        let page = super::Page {
            style: "p{}",
            folder: "/tmp/a&b".into(),
            messages: vec![super::Shown::of(text), super::Shown::of(call)],
        }
        .render()
        .unwrap();
        assert_eq!(
            page,
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Captured messages - Where's My Ballot?</title><style>p{}</style></head><body><main><h1>Captured messages</h1>\
             <p>No email, text or call leaves this computer: each message is written to <code>/tmp/a&#38;b</code> and listed here, newest first. \
             Texts can be answered, and confirmation calls answered with a key, as a phone would.</p>\
             <article><h2>Text message to +19165550123</h2><dl><dt>From</dt><dd>A &#38; &#60;B&#62;</dd>\
             <dt>Reference</dt><dd>7KQM-4MXZ</dd><dt>Queued</dt><dd>now</dd></dl><pre>Reply &#34;YES&#34; &#60;now&#62;</pre>\
             <form method=\"post\" action=\"/messages\"><input type=\"hidden\" name=\"from\" value=\"+19165550123\">\
             <label>Reply from +19165550123: <input name=\"text\" value=\"YES\" size=\"8\"></label> \
             <button type=\"submit\">Send reply</button></form></article>\
             <article><h2>Voice call to +19165550124</h2><dl><dt>From</dt><dd>C</dd><dt>Subject</dt><dd>x</dd>\
             <dt>Reference</dt><dd></dd><dt>Queued</dt><dd></dd></dl><pre>Press 1</pre>\
             <form method=\"post\" action=\"/messages\"><input type=\"hidden\" name=\"confirm\" value=\"t&#39;1\">\
             <button type=\"submit\">Press 1 on this call</button></form></article></main></body></html>"
        );
        let empty = super::Page {
            style: "",
            folder: String::new(),
            messages: Vec::new(),
        }
        .render()
        .unwrap();
        assert!(empty.contains(
            "<p>No messages yet. Sign up on the <a href=\"/\">sign-up page</a>.</p></main>"
        ));
    }

    #[test]
    fn only_this_computer_may_look() {
        for allowed in ["127.0.0.1:5000", "[::1]:5000"] {
            assert!(super::from_this_computer(allowed.parse().unwrap()).is_ok());
        }
        for refused in ["192.168.1.20:5000", "10.0.0.1:80", "[2001:db8::1]:443"] {
            assert!(super::from_this_computer(refused.parse().unwrap()).is_err());
        }
    }

    #[test]
    fn only_the_viewers_own_page_may_reply() {
        let headers = |origin: Option<&str>| {
            let mut h = axum::http::HeaderMap::new();
            h.insert("host", "127.0.0.1:8080".parse().unwrap());
            if let Some(o) = origin {
                h.insert("origin", o.parse().unwrap());
            }
            h
        };
        assert!(super::from_this_page(&headers(Some("http://127.0.0.1:8080"))).is_ok());
        assert!(super::from_this_page(&headers(None)).is_ok());
        for other in ["https://evil.example", "http://127.0.0.1:9999", "null"] {
            assert!(
                super::from_this_page(&headers(Some(other))).is_err(),
                "{other}"
            );
        }
    }
}
