//! The OpenAPI document of `/api/v1`, generated from the handlers' `#[utoipa::path]`
//! annotations and the request and response types themselves, so it cannot drift from the
//! code. Served at `GET /api/v1/openapi.json`; schemathesis tests the running server against it.

use crate::http::routes::{
    admin, broadcasts, destination_links, health, signature_cures, signups, sms_webhook,
    subscriptions, verification, voice_webhook,
};
use axum::http::header;
use axum::response::IntoResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Where's My Ballot",
        description = "Sign up to be told when a vote-by-mail ballot is mailed, received and \
                       counted, or needs fixing. Every error has one shape: `ErrorBody`.",
        license(name = "MIT")
    ),
    // Wherever it is deployed: the document is served by the server it describes.
    servers((url = "/", description = "The server that serves this document")),
    paths(
        signups::create,
        subscriptions::lookup,
        subscriptions::get,
        subscriptions::put,
        subscriptions::delete,
        subscriptions::events,
        subscriptions::get_status,
        subscriptions::unsubscribe,
        subscriptions::send_manage_link,
        signature_cures::submit,
        destination_links::confirm,
        destination_links::undo,
        verification::verify,
        verification::senders,
        sms_webhook::receive,
        voice_webhook::key_pressed,
        admin::post_voters,
        admin::post_ballot_events,
        admin::post_mail_pieces,
        admin::post_mail_scans,
        admin::get_mail_report,
        admin::get_stats,
        broadcasts::create,
        broadcasts::get,
        broadcasts::test,
        broadcasts::approve,
        broadcasts::cancel,
        broadcasts::correct,
        signature_cures::list,
        signature_cures::content,
        signature_cures::pdf,
        signature_cures::decide,
        admin::put_county,
        admin::put_election,
        health::healthz,
        health::readyz,
        crate::http::routes::health::metrics,
    ),
    components(schemas(crate::domain::voter_file::VoterRow)),
    modifiers(&OperatorKey, &Descriptions),
    tags(
        (name = "voters", description = "The pages voters use: sign up, look up, manage."),
        (name = "operators", description = "County and state election offices, with an API key."),
        (name = "providers", description = "Callbacks from the SMS and voice provider, signed by it."),
        (name = "operations", description = "Health checks for load balancers."),
    )
)]
pub struct ApiDoc;

/// Operators' routes take `Authorization: Bearer <key>` (`ballot-api create-api-key`).
struct OperatorKey;

impl Modify for OperatorKey {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "operator_key",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// Each operation's summary is its handler's first sentence and its description the handler's
/// whole doc comment (utoipa puts a comment without a blank line all in the summary, and
/// leaves the description out, which OpenAPI linters rightly flag).
struct Descriptions;

impl Modify for Descriptions {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        for item in openapi.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for operation in operations.into_iter().flatten() {
                let Some(text) = operation.summary.take() else {
                    continue;
                };
                let text = text.replace('\n', " ");
                let first = match text.find(". ") {
                    Some(end) => &text[..end],
                    None => text.trim_end_matches('.'),
                };
                operation.summary = Some(first.to_string());
                if operation.description.as_deref().is_none_or(str::is_empty) {
                    operation.description = Some(text.clone());
                }
            }
        }
    }
}

/// The document, rendered once per request (it is small and rarely asked for).
pub async fn document() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], json())
}

/// The document as JSON (also `ballot-api openapi`, which the test command lints).
pub fn json() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap_or_default()
}
