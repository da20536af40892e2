//! The OpenAPI document of `/api/v1`, generated from the handlers' `#[utoipa::path]`
//! annotations and the request and response types themselves, so it cannot drift from the
//! code. Served at `GET /api/v1/openapi.json`; schemathesis tests the running server against it.

use crate::routes::{
    admin, broadcasts, destination_links, health, signups, sms_webhook, subscriptions,
    verification, voice_webhook,
};
use axum::http::header;
use axum::response::IntoResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Where's My Ballot",
        description = "Sign up to be told when a vote-by-mail ballot is mailed, received and \
                       counted, or needs fixing. Every error has one shape: `ErrorBody`.",
        license(name = "MIT")
    ),
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
        destination_links::confirm,
        destination_links::undo,
        verification::verify,
        verification::senders,
        sms_webhook::receive,
        voice_webhook::key_pressed,
        admin::post_voters,
        admin::post_ballot_events,
        admin::get_stats,
        broadcasts::create,
        broadcasts::get,
        broadcasts::test,
        broadcasts::approve,
        broadcasts::cancel,
        broadcasts::correct,
        admin::put_county,
        admin::put_election,
        health::healthz,
        health::readyz,
        crate::metrics::render,
    ),
    components(schemas(VoterRow)),
    modifiers(&OperatorKey),
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

/// One voter-file row as JSON (`POST /api/v1/admin/voters`); the CSV columns of SPEC.md, by
/// name. Documentation only: the handler reads rows as maps so that it can name an unknown key.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct VoterRow {
    voter_id: String,
    first_name: String,
    middle_name: Option<String>,
    last_name: String,
    name_suffix: Option<String>,
    /// `YYYY-MM-DD`.
    date_of_birth: String,
    residence_zip: String,
    county: String,
    /// `active`, `inactive` or `cancelled`.
    status: String,
    /// `true` for voters whose record is protected: they are never matched (the strings
    /// `"true"` and `"false"`, as in the CSV file, are read too).
    confidential: Option<bool>,
}

/// The document, rendered once per request (it is small and rarely asked for).
pub async fn document() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        ApiDoc::openapi().to_json().unwrap_or_default(),
    )
}
