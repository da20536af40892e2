//! Every HTTP call of the app, typed with `ballot_shared::api`. Failures become `ApiFailure`,
//! so pages deal with one error type.

use ballot_shared::api::{SignupRequest, SignupResponse};
use ballot_shared::error::ErrorBody;
use gloo_net::http::{Request, Response};
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
            ApiFailure::Network(_) => {
                "We could not reach the server. Check your connection and try again.".into()
            }
        }
    }
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
    let response = Request::post("/api/v1/signups")
        .json(request)
        .map_err(|e| ApiFailure::Network(e.to_string()))?
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    let created = response.status() == 201;
    read(response).await.map(|body| (created, body))
}
