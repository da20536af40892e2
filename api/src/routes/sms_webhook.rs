//! `POST /api/v1/webhooks/sms`: texts from voters, forwarded by the provider as a form post;
//! the reply goes back as TwiML.

use crate::app::AppState;
use crate::error::ApiError;
use crate::outbox::templates::escape_html;
use crate::sms_keywords::{self, signature_matches, twilio_signature};
use axum::extract::{Form, State};
use axum::http::{header, HeaderMap};
use axum::response::IntoResponse;

pub async fn receive(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(params): Form<Vec<(String, String)>>,
) -> Result<impl IntoResponse, ApiError> {
    if let Some(twilio) = &state.config.twilio {
        let url = format!("{}/api/v1/webhooks/sms", state.config.public_url);
        let presented = headers
            .get("x-twilio-signature")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !signature_matches(
            &twilio_signature(&twilio.auth_token, &url, &params),
            presented,
        ) {
            return Err(ApiError::Unauthorized);
        }
    }
    let value = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let reply = sms_keywords::handle(&state, value("From"), value("Body")).await?;
    Ok((
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{}</Message></Response>",
            escape_html(&reply)
        ),
    ))
}
