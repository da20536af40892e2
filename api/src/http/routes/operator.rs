//! The operator extractor: a bearer API key, resolved to what it may act on.

use crate::domain::api_keys;
use crate::domain::api_keys::Scope;
use crate::http::error::ApiError;
use crate::http::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

/// What the key may act on, and the key's id (broadcasts need a second key to approve).
pub struct Operator(pub Scope, pub i64);

impl FromRequestParts<AppState> for Operator {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let presented = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or(ApiError::Unauthorized)?;
        api_keys::identify(&state.store, presented)
            .await?
            .map(|(id, scope)| Operator(scope, id))
            .ok_or(ApiError::Unauthorized)
    }
}
