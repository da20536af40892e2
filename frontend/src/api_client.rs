//! Every HTTP call of the app, typed with `ballot_shared::api`. Failures become `ApiFailure`,
//! so pages deal with one error type.

use crate::i18n;
use ballot_shared::api::{
    BallotStatusView, ConfirmationResponse, ManageLinkRequest, ManageLinkResponse, SendersView,
    SignupRequest, SignupResponse, UndoResponse, VerificationRequest, VerificationResponse,
};
use ballot_shared::error::ErrorBody;
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;

#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// The server answered with an error body (the error shape of docs/api.md).
    Api { status: u16, body: ErrorBody },
    /// No answer, or one we could not read.
    Network(String),
}

/// No answer, or one that could not be read: the voter is told to check their connection.
impl From<gloo_net::Error> for ApiFailure {
    fn from(error: gloo_net::Error) -> Self {
        ApiFailure::Network(error.to_string())
    }
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
        return Ok(response.json::<T>().await?);
    }
    match response.json::<ErrorBody>().await {
        Ok(body) => Err(ApiFailure::Api { status, body }),
        Err(_) => Err(ApiFailure::Network(format!("HTTP {status}"))),
    }
}

/// `POST /api/v1/signups`.
pub async fn sign_up(request: &SignupRequest) -> Result<SignupResponse, ApiFailure> {
    let response = post("/api/v1/signups").json(request)?.send().await?;
    read(response).await
}

/// `POST /api/v1/status-lookups`.
pub async fn look_up(
    request: &ballot_shared::api::StatusLookupRequest,
) -> Result<ballot_shared::api::BallotStatusView, ApiFailure> {
    let response = post("/api/v1/status-lookups").json(request)?.send().await?;
    read(response).await
}

/// A token as it may go in a path: tokens are hex, and anything else is refused by the
/// server with 404 anyway.
fn path_token(token: &str) -> String {
    token.chars().filter(char::is_ascii_alphanumeric).collect()
}

fn subscription_url(token: &str) -> String {
    format!("/api/v1/subscriptions/{}", path_token(token))
}

fn status_url(token: &str) -> String {
    format!("/api/v1/ballot-statuses/{}", path_token(token))
}

/// `GET /api/v1/ballot-statuses/{token}`: the ballot, by a status (or manage) link.
pub async fn ballot_status(token: &str) -> Result<BallotStatusView, ApiFailure> {
    let response = get(&status_url(token)).send().await?;
    read(response).await
}

/// `POST` with no body to a link's address (a confirmation, an undo).
async fn post_link<T: DeserializeOwned>(url: &str) -> Result<T, ApiFailure> {
    let response = post(url).send().await?;
    read(response).await
}

/// `POST /api/v1/confirmations/{token}`.
pub async fn confirm(token: &str) -> Result<ConfirmationResponse, ApiFailure> {
    post_link(&format!("/api/v1/confirmations/{}", path_token(token))).await
}

/// `POST /api/v1/undo/{token}`.
pub async fn undo(token: &str) -> Result<UndoResponse, ApiFailure> {
    post_link(&format!("/api/v1/undo/{}", path_token(token))).await
}

/// `POST /api/v1/manage-links`: a fresh manage link to the destinations on file.
pub async fn send_manage_link(token: &str) -> Result<ManageLinkResponse, ApiFailure> {
    let response = post("/api/v1/manage-links")
        .json(&ManageLinkRequest {
            token: token.to_string(),
        })?
        .send()
        .await?;
    read(response).await
}

/// `POST /api/v1/message-verifications`.
pub async fn verify(reference: &str) -> Result<VerificationResponse, ApiFailure> {
    let response = post("/api/v1/message-verifications")
        .json(&VerificationRequest {
            reference: reference.to_string(),
        })?
        .send()
        .await?;
    read(response).await
}

/// `GET /api/v1/senders`.
pub async fn senders() -> Result<SendersView, ApiFailure> {
    let response = get("/api/v1/senders").send().await?;
    read(response).await
}

/// `GET /api/v1/subscriptions/{token}`.
pub async fn subscription(
    token: &str,
) -> Result<ballot_shared::api::SubscriptionDetails, ApiFailure> {
    let response = get(&subscription_url(token)).send().await?;
    read(response).await
}

/// `PUT /api/v1/subscriptions/{token}`.
pub async fn update_preferences(
    token: &str,
    request: &ballot_shared::api::PreferencesRequest,
) -> Result<ballot_shared::api::SubscriptionDetails, ApiFailure> {
    let response = put(&subscription_url(token)).json(request)?.send().await?;
    read(response).await
}

/// `DELETE /api/v1/subscriptions/{token}`.
pub async fn stop_all(token: &str) -> Result<(), ApiFailure> {
    let response = delete(&subscription_url(token)).send().await?;
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
        status_url(token),
        i18n::language().code()
    )
}
