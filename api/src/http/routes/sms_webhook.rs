//! `POST /api/v1/webhooks/sms`: texts from voters, forwarded by the provider as a form post;
//! the reply goes back as TwiML.

use crate::domain::sms_keywords;
use crate::http::error::{ApiError, ApiForm};
use crate::http::responses::ProviderErrors;
use crate::http::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::IntoResponse;

/// A text from a voter (STOP, START, HELP and their synonyms, and YES to confirm the number);
/// the reply is TwiML. Only requests the provider signed (`X-Twilio-Signature`) are read.
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/sms",
    tag = "providers",
    request_body(content = SmsWebhookForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "The reply to send back", content_type = "text/xml", body = String),
        (status = 422, description = "`invalid_input`: no `From`", body = ballot_shared::error::ErrorBody),
        ProviderErrors,
    )
)]
pub async fn receive(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiForm(params): ApiForm<Vec<(String, String)>>,
) -> Result<impl IntoResponse, ApiError> {
    crate::http::provider_webhooks::authenticate(
        &state,
        &headers,
        "/api/v1/webhooks/sms",
        &params,
    )?;
    let value = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    if value("From").trim().is_empty() {
        return Err(ApiError::InvalidFields(vec![(
            "From",
            "The sender's number is missing".into(),
        )]));
    }
    let reply = sms_keywords::handle(state.services(), value("From"), value("Body")).await?;
    Ok((
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        crate::outbox::twiml::sms_reply(&reply),
    ))
}

/// The form fields we read; the provider sends more, which are kept for the signature.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct SmsWebhookForm {
    /// The voter's number, E.164.
    #[schema(rename = "From")]
    from: String,
    /// What the voter wrote (absent: an empty text).
    #[schema(rename = "Body")]
    body: Option<String>,
}
