//! The operator extractor: an API key, resolved to what it may act on.

use crate::domain::api_keys;
use crate::domain::api_keys::Scope;
use crate::http::error::ApiError;
use crate::http::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use base64::Engine;

/// The API key a request presents: `Authorization: Bearer <key>`, or where `basic` allows,
/// HTTP Basic with the key as the password (any user name), which is how the Postal Service's
/// IV-MTR push feed authenticates (a user name and password, no other header). Only the feed's
/// route takes Basic: a browser keeps Basic credentials and sends them by itself, so another
/// site's form could otherwise use an operator's key.
pub fn presented_key(headers: &HeaderMap, basic: bool) -> Option<String> {
    let value = headers.get(AUTHORIZATION)?.to_str().ok()?;
    if let Some(key) = value.strip_prefix("Bearer ") {
        return Some(key.trim().to_string());
    }
    if !basic {
        return None;
    }
    let encoded = value.strip_prefix("Basic ")?.trim();
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (_, password) = text.split_once(':')?;
    Some(password.to_string())
}

/// What the key may act on, and the key's id (broadcasts need a second key to approve).
pub struct Operator(pub Scope, pub i64);

impl FromRequestParts<AppState> for Operator {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let presented = presented_key(&parts.headers, false).ok_or(ApiError::Unauthorized)?;
        api_keys::identify(&state.store, &presented)
            .await?
            .map(|(id, scope)| Operator(scope, id))
            .ok_or(ApiError::Unauthorized)
    }
}

/// The operator of the scan feed's route: a bearer key, or HTTP Basic with the key as the
/// password.
pub struct FeedOperator(pub Scope);

impl FromRequestParts<AppState> for FeedOperator {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let presented = presented_key(&parts.headers, true).ok_or(ApiError::Unauthorized)?;
        api_keys::identify(&state.store, &presented)
            .await?
            .map(|(_, scope)| FeedOperator(scope))
            .ok_or(ApiError::Unauthorized)
    }
}
