//! Every HTTP call of the app, typed with `ballot_shared::api`. Failures become `ApiFailure`,
//! so pages deal with one error type.

use crate::i18n;
use ballot_shared::api::{SignupRequest, SignupResponse};
use ballot_shared::error::ErrorBody;
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;

#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// The server answered with an error body (SPEC.md's error shape).
    Api { status: u16, body: ErrorBody },
    /// No answer, or one we could not read.
    Network(String),
}

impl ApiFailure {
    pub fn message(&self) -> String {
        match self {
            ApiFailure::Api { body, .. } => body.error.message.clone(),
            ApiFailure::Network(_) => i18n::text("network-error"),
        }
    }
}

// Every call asks for answers in the page's language: error messages, the rules' messages
// and ballot timelines come back in it.
fn post(url: &str) -> RequestBuilder {
    Request::post(url).header("Accept-Language", i18n::language().code())
}

fn get(url: &str) -> RequestBuilder {
    Request::get(url).header("Accept-Language", i18n::language().code())
}

fn put(url: &str) -> RequestBuilder {
    Request::put(url).header("Accept-Language", i18n::language().code())
}

fn delete(url: &str) -> RequestBuilder {
    Request::delete(url).header("Accept-Language", i18n::language().code())
}

async fn read<T: DeserializeOwned>(response: Response) -> Result<T, ApiFailure> {
    let status = response.status();
    if (200..300).contains(&status) {
        return response
            .json::<T>()
            .await
            .map_err(|e| ApiFailure::Network(e.to_string()));
    }
    match response.json::<ErrorBody>().await {
        Ok(body) => Err(ApiFailure::Api { status, body }),
        Err(_) => Err(ApiFailure::Network(format!("HTTP {status}"))),
    }
}

/// `POST /api/v1/signups`; `created` is true for a new subscription (201).
pub async fn sign_up(request: &SignupRequest) -> Result<(bool, SignupResponse), ApiFailure> {
    let response = post("/api/v1/signups")
        .json(request)
        .map_err(|e| ApiFailure::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    let created = response.status() == 201;
    read(response).await.map(|body| (created, body))
}

/// `POST /api/v1/status-lookups`.
pub async fn look_up(
    request: &ballot_shared::api::StatusLookupRequest,
) -> Result<ballot_shared::api::BallotStatusView, ApiFailure> {
    let response = post("/api/v1/status-lookups")
        .json(request)
        .map_err(|e| ApiFailure::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    read(response).await
}

fn subscription_url(token: &str) -> String {
    // Tokens are hex; anything else is refused by the server with 404 anyway.
    let safe: String = token.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("/api/v1/subscriptions/{safe}")
}

/// `GET /api/v1/subscriptions/{token}`.
pub async fn subscription(
    token: &str,
) -> Result<ballot_shared::api::SubscriptionDetails, ApiFailure> {
    let response = get(&subscription_url(token))
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    read(response).await
}

/// `PUT /api/v1/subscriptions/{token}`.
pub async fn update_preferences(
    token: &str,
    request: &ballot_shared::api::PreferencesRequest,
) -> Result<ballot_shared::api::SubscriptionDetails, ApiFailure> {
    let response = put(&subscription_url(token))
        .json(request)
        .map_err(|e| ApiFailure::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    read(response).await
}

/// `DELETE /api/v1/subscriptions/{token}`.
pub async fn stop_all(token: &str) -> Result<(), ApiFailure> {
    let response = delete(&subscription_url(token))
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    if response.ok() {
        Ok(())
    } else {
        read::<()>(response).await
    }
}

/// The address of the live status stream of a subscription, in the page's language (an
/// `EventSource` cannot send `Accept-Language`).
pub fn status_events_url(token: &str) -> String {
    format!(
        "{}/events?lang={}",
        subscription_url(token),
        i18n::language().code()
    )
}
