//! `POST /api/v1/webhooks/voice/confirmations/{token}`: the key a voter pressed on a
//! confirmation call, posted by the provider (TwiML `<Gather>`), signed like every provider
//! request. 1 confirms the number; the answer is TwiML the call says before hanging up.

use crate::domain::destinations::{self, DestinationError};
use crate::http::error::{ApiError, ApiForm, ApiPath};
use crate::http::responses::ProviderErrors;
use crate::http::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::IntoResponse;
use ballot_shared::i18n::Message;
use ballot_shared::language::Language;

/// The key pressed on a confirmation call; the reply is TwiML.
#[utoipa::path(
    post,
    path = "/api/v1/webhooks/voice/confirmations/{token}",
    operation_id = "voice_key_pressed",
    tag = "providers",
    params(("token" = String, Path, description = "The confirmation's token, in the call's `<Gather action>`")),
    request_body(content = KeyPressForm, content_type = "application/x-www-form-urlencoded"),
    responses(
        (status = 200, description = "What the call says next", content_type = "text/xml", body = String),
        ProviderErrors,
    )
)]
pub async fn key_pressed(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    headers: HeaderMap,
    ApiForm(params): ApiForm<Vec<(String, String)>>,
) -> Result<impl IntoResponse, ApiError> {
    let path = format!("/api/v1/webhooks/voice/confirmations/{token}");
    crate::http::provider_webhooks::authenticate(&state, &headers, &path, &params)?;
    let digits = params
        .iter()
        .find(|(k, _)| k == "Digits")
        .map(|(_, v)| v.trim())
        .unwrap_or("");
    let (language, said) = if digits == "1" {
        match destinations::confirm_by_token(
            &state.store,
            &state.offices,
            &state.config.public_url,
            &token,
        )
        .await
        {
            Ok(confirmed) => {
                let language = if crate::domain::voices::speaks(confirmed.language) {
                    confirmed.language
                } else {
                    Language::English
                };
                let text = crate::domain::locales::catalog(language).format(
                    &Message::new("confirm-voice-done")
                        .text("first_name", confirmed.first_name.as_str())
                        .text("office", confirmed.office.sender.as_str()),
                );
                (language, text)
            }
            Err(DestinationError::Database(e)) => return Err(ApiError::Database(e)),
            Err(_) => (
                Language::English,
                crate::domain::locales::catalog(Language::English).text("confirm-voice-expired"),
            ),
        }
    } else {
        (
            Language::English,
            crate::domain::locales::catalog(Language::English).text("confirm-voice-no-key"),
        )
    };
    Ok((
        [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        crate::outbox::twiml::spoken(language, &said),
    ))
}

/// The form fields we read; the provider sends more (`CallSid`, `From`, `To` …), which count
/// for the signature.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct KeyPressForm {
    /// The keys pressed (`1`).
    #[schema(rename = "Digits")]
    digits: Option<String>,
}
