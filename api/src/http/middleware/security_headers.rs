//! Security headers on every response: a Content-Security-Policy the web app works under, and
//! the headers that stop sniffing, framing and leaking tokens through the Referer.
//!
//! Trunk writes the app's loader as an inline `<script type="module">` in index.html, so the
//! policy allows exactly that script by its SHA-256 (read from the built index.html at start)
//! and nothing else inline. WebAssembly needs `'wasm-unsafe-eval'` to compile; it allows no JS
//! `eval`.

use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct SecurityHeaders {
    csp: HeaderValue,
    /// Served over https (`PUBLIC_URL`): browsers are told to use nothing else (HSTS).
    https: bool,
}

/// A year, and every subdomain: a county's site is https throughout.
const HSTS: &str = "max-age=31536000; includeSubDomains";

impl SecurityHeaders {
    /// The policy for the web app built into `dist` (no app built: no inline script allowed).
    pub fn for_dist(dist: &Path, https: bool) -> Self {
        // The sign-up page's app and every other page's: both loaders are allowed.
        let html = ["index.html", "app/index.html"]
            .iter()
            .filter_map(|page| std::fs::read_to_string(dist.join(page)).ok())
            .collect::<Vec<_>>()
            .join("\n");
        Self {
            https,
            ..Self::for_index_html(&html)
        }
    }

    pub fn for_index_html(html: &str) -> Self {
        let hashes: String = inline_scripts(html)
            .map(|script| {
                let digest = Sha256::digest(script.as_bytes());
                format!(
                    " 'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(digest)
                )
            })
            .collect();
        let policy = format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
             style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        );
        Self {
            csp: HeaderValue::from_str(&policy).expect("the policy is ASCII"),
            https: false,
        }
    }

    pub fn policy(&self) -> &str {
        self.csp.to_str().unwrap_or_default()
    }
}

/// The contents of each `<script>` element without a `src`, exactly as written.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    let mut rest = html;
    std::iter::from_fn(move || loop {
        let start = rest.find("<script")?;
        let after = &rest[start..];
        let open_end = after.find('>')?;
        let tag = &after[..open_end];
        let body_start = start + open_end + 1;
        let close = rest[body_start..].find("</script>")?;
        let body = &rest[body_start..body_start + close];
        rest = &rest[body_start + close + "</script>".len()..];
        if !tag.contains(" src=") {
            return Some(body);
        }
    })
}

/// Adds the headers to every response that does not already set them.
pub async fn add(
    State(headers): State<Arc<SecurityHeaders>>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let map = response.headers_mut();
    map.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(headers.csp.clone());
    map.entry(header::X_CONTENT_TYPE_OPTIONS)
        .or_insert(HeaderValue::from_static("nosniff"));
    // Status and manage links carry the voter's token in the path.
    map.entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("no-referrer"));
    map.entry(header::X_FRAME_OPTIONS)
        .or_insert(HeaderValue::from_static("DENY"));
    map.entry(HeaderName::from_static("cross-origin-opener-policy"))
        .or_insert(HeaderValue::from_static("same-origin"));
    map.entry(HeaderName::from_static("permissions-policy"))
        .or_insert(HeaderValue::from_static(
            "camera=(), microphone=(), geolocation=()",
        ));
    if headers.https {
        map.entry(header::STRICT_TRANSPORT_SECURITY)
            .or_insert(HeaderValue::from_static(HSTS));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_allowed_by_hash_and_external_ones_by_origin() {
        let html = "<head><script type=\"module\">\nimport init from '/a.js';\n</script>\
                    <script src=\"/b.js\"></script></head>";
        let headers = SecurityHeaders::for_index_html(html);
        let expected = base64::engine::general_purpose::STANDARD
            .encode(Sha256::digest("\nimport init from '/a.js';\n".as_bytes()));
        assert!(headers.policy().contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-{expected}';"
        )));
        assert_eq!(headers.policy().matches("sha256-").count(), 1);
        assert!(headers.policy().contains("frame-ancestors 'none'"));
    }

    #[test]
    fn without_an_app_nothing_inline_is_allowed() {
        let headers = SecurityHeaders::for_index_html("");
        assert!(!headers.policy().contains("sha256-"));
        assert!(!headers.policy().contains("unsafe-inline"));
    }
}
