//! A subscription's links over HTTP: the status (`/ballot-statuses/{token}`, read-only, and its
//! live `/events`), the manage link's `/subscriptions/{token}` (GET, PUT, DELETE), one-click
//! `/unsubscribe/{token}`, fresh manage links (`/manage-links`), and `/status-lookups`.

use crate::clock;
use crate::domain::matching::{match_voter, VoterMatch};
use crate::domain::subscriptions::{self, Access};
use crate::http::error::{ApiError, ApiJson, ApiPath, ApiQuery};
use crate::http::middleware::request_language::request_language;
use crate::http::responses::{BodyErrors, Busy, InvalidFields, TooLarge};
use crate::http::state::AppState;
use crate::store::ballot_events;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use ballot_shared::api::{
    BallotStatusView, ManageLinkRequest, ManageLinkResponse, PreferencesRequest,
    StatusLookupRequest, SubscriptionDetails,
};
use ballot_shared::channels::Channel;
use ballot_shared::error::ErrorBody;
use ballot_shared::signup::{validate_lookup, validate_preferences_request};
use futures_util::stream::Stream;
use serde::Deserialize;
use std::convert::Infallible;

/// How a request with a manage link can fail, besides `Busy`.
/// Only the document uses it: the answers themselves come from `ApiError`.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
enum ManageErrors {
    /// `read_only_link`: a status link, which cannot change anything
    #[response(status = 403)]
    ReadOnly(ErrorBody),
    /// `not_found`: no such link
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// `link_expired`: ask for a new one (`POST /api/v1/manage-links`)
    #[response(status = 410)]
    Expired(ErrorBody),
}

/// How a request with a status link can fail, besides `Busy`.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
enum StatusErrors {
    /// `not_found`: no such link
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// `link_expired`: a manage link past its time (status links do not expire)
    #[response(status = 410)]
    Expired(ErrorBody),
}

/// The voter's ballot timeline, by a status link (or a manage link).
#[utoipa::path(
    get,
    path = "/api/v1/ballot-statuses/{token}",
    operation_id = "get_ballot_status",
    tag = "voters",
    params(("token" = String, Path, description = "A status link's token")),
    responses((status = 200, description = "The ballot timeline", body = BallotStatusView), StatusErrors, Busy)
)]
pub async fn get_status(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<ApiJson<BallotStatusView>, ApiError> {
    let (subscription, _) =
        subscriptions::open(state.services(), &token, Access::ViewStatus).await?;
    Ok(ApiJson(
        subscriptions::status_view(state.services(), &subscription, request_language()).await?,
    ))
}

/// A subscription's preferences, destinations and the voter's ballot timeline.
#[utoipa::path(
    get,
    path = "/api/v1/subscriptions/{token}",
    operation_id = "get_subscription",
    tag = "voters",
    params(("token" = String, Path, description = "A manage link's token")),
    responses((status = 200, description = "The subscription's preferences, destinations (masked) and timeline", body = SubscriptionDetails), ManageErrors, Busy)
)]
pub async fn get(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<ApiJson<SubscriptionDetails>, ApiError> {
    let (subscription, found) =
        subscriptions::open(state.services(), &token, Access::Manage).await?;
    Ok(ApiJson(
        subscriptions::details(
            state.services(),
            &subscription,
            found.expires_at,
            request_language(),
        )
        .await?,
    ))
}

/// Change the language and quiet hours, turn channels off, or give a new destination (which
/// gets ballot news once it confirms).
#[utoipa::path(
    put,
    path = "/api/v1/subscriptions/{token}",
    operation_id = "change_subscription",
    tag = "voters",
    params(("token" = String, Path, description = "A manage link's token")),
    request_body = PreferencesRequest,
    responses(
        (status = 200, description = "Saved; a new destination waits for its confirmation", body = SubscriptionDetails),
        ManageErrors,
        Busy,
        BodyErrors,
        InvalidFields,
    )
)]
pub async fn put(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    ApiJson(request): ApiJson<PreferencesRequest>,
) -> Result<ApiJson<SubscriptionDetails>, ApiError> {
    let (subscription, found) =
        subscriptions::open(state.services(), &token, Access::Manage).await?;
    let request =
        subscriptions::with_kept_destinations(state.services(), &subscription, request).await?;
    let preferences = validate_preferences_request(&request).map_err(ApiError::InvalidInput)?;
    Ok(ApiJson(
        subscriptions::update(
            state.services(),
            &subscription,
            &found,
            preferences,
            request_language(),
        )
        .await?,
    ))
}

/// Stop every notification.
#[utoipa::path(
    delete,
    path = "/api/v1/subscriptions/{token}",
    operation_id = "stop_subscription",
    tag = "voters",
    params(("token" = String, Path, description = "A manage link's token")),
    responses((status = 204, description = "Stopped"), ManageErrors, Busy)
)]
pub async fn delete(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    let (subscription, _) = subscriptions::open(state.services(), &token, Access::Manage).await?;
    subscriptions::stop_all(state.services(), &subscription).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UnsubscribeQuery {
    /// For links sent before each link had one purpose: the channel to stop (`email`).
    channel: Option<String>,
}

/// One-click unsubscribe (RFC 8058): mail clients POST here without a body or a page.
#[utoipa::path(
    post,
    path = "/api/v1/unsubscribe/{token}",
    operation_id = "unsubscribe",
    tag = "voters",
    params(
        ("token" = String, Path, description = "An email's unsubscribe token"),
        UnsubscribeQuery,
    ),
    responses(
        (status = 200, description = "Stopped"),
        (status = 400, description = "`malformed_request`", body = ballot_shared::error::ErrorBody),
        (status = 404, description = "`not_found`", body = ballot_shared::error::ErrorBody),
        (status = 422, description = "`invalid_input`: an unknown channel", body = ballot_shared::error::ErrorBody),
        Busy,
    )
)]
pub async fn unsubscribe(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    ApiQuery(query): ApiQuery<UnsubscribeQuery>,
) -> Result<StatusCode, ApiError> {
    let channel = match query.channel.as_deref() {
        None => None,
        Some(code) => Some(Channel::parse(code).ok_or_else(|| {
            ApiError::InvalidFields(vec![("channel", "Use email, sms or voice".to_string())])
        })?),
    };
    subscriptions::unsubscribe(state.services(), &token, channel).await?;
    Ok(StatusCode::OK)
}

/// Send a fresh manage link to the email and phone on file, for whoever holds any link of the
/// subscription (a status link, an expired manage link). It goes only to the voter's own
/// confirmed destinations, a few times a day at most.
#[utoipa::path(
    post,
    path = "/api/v1/manage-links",
    operation_id = "send_manage_link",
    tag = "voters",
    request_body = ManageLinkRequest,
    responses(
        (status = 202, description = "Accepted: where a link was sent, if anywhere (the same answer for every link)", body = ManageLinkResponse),
        (status = 404, description = "`not_found`: no such link", body = ballot_shared::error::ErrorBody),
        BodyErrors,
        Busy,
    )
)]
pub async fn send_manage_link(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<ManageLinkRequest>,
) -> Result<(StatusCode, ApiJson<ManageLinkResponse>), ApiError> {
    let sent = subscriptions::send_manage_link(state.services(), request.token.trim()).await?;
    Ok((
        StatusCode::ACCEPTED,
        ApiJson(ManageLinkResponse {
            sent_on: sent.into_iter().map(|c| c.code().to_string()).collect(),
        }),
    ))
}

/// Server-Sent Events: the ballot status now, then each time it changes.
#[utoipa::path(
    get,
    path = "/api/v1/ballot-statuses/{token}/events",
    operation_id = "ballot_status_events",
    tag = "voters",
    params(("token" = String, Path, description = "A status link's token")),
    responses(
        (status = 200, description = "`text/event-stream` of `status` events, each a `BallotStatusView` as JSON", content_type = "text/event-stream", body = StatusEvent),
        StatusErrors,
        Busy,
    )
)]
pub async fn events(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    client: crate::http::middleware::rate_limits::ClientAddress,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let (subscription, _) =
        subscriptions::open(state.services(), &token, Access::ViewStatus).await?;
    // The stream outlives the request: keep the language it asked for.
    let language = request_language();
    let stream = crate::http::status_streams::open(state, subscription, language, client.0)?;
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// Look a ballot up by the voter's details: the timeline, without subscribing.
#[utoipa::path(
    post,
    path = "/api/v1/status-lookups",
    tag = "voters",
    request_body = StatusLookupRequest,
    responses(
        (status = 200, description = "The voter's ballot timeline", body = BallotStatusView),
        (status = 422, description = "`invalid_input`, `no_matching_voter` or `ambiguous_voter`", body = ballot_shared::error::ErrorBody),
        BodyErrors,
        TooLarge,
        Busy,
    )
)]
pub async fn lookup(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<StatusLookupRequest>,
) -> Result<ApiJson<BallotStatusView>, ApiError> {
    let identity = validate_lookup(&request, clock::today_anywhere(), false)
        .map_err(ApiError::InvalidInput)?;
    let reserved = state.rate_limits.reserve_identity(&identity).await?;
    let found = match_voter(&state.store, &identity).await;
    let missed = matches!(found, Ok(VoterMatch::NotFound));
    state.rate_limits.settle(reserved, missed).await;
    let found = found?;
    let voter = match found {
        VoterMatch::Found(voter) => voter,
        VoterMatch::NotFound => return Err(ApiError::NoMatchingVoter),
        VoterMatch::Ambiguous => return Err(ApiError::AmbiguousVoter),
    };
    let events = ballot_events::timeline(state.store.pool(), &voter.voter_id).await?;
    let pieces = crate::store::mail_scans::of_voter(state.store.pool(), &voter.voter_id).await?;
    let office = state.offices.get(&state.store, &voter.county).await?;
    let cures =
        crate::store::signature_cures::of_voter(state.store.pool(), &voter.voter_id).await?;
    let catalog = crate::domain::locales::catalog(request_language());
    let mut view = crate::domain::ballot_status::view(
        catalog,
        &office,
        &voter.first_name,
        &events,
        &pieces,
        &state.config.public_url,
    );
    crate::domain::ballot_status::add_cures(
        &mut view,
        catalog,
        &office,
        &cures,
        crate::domain::ballot_status::Reader::LookUp,
    );
    Ok(ApiJson(view))
}

/// One Server-Sent Event of `/events`, as OpenAPI 3.1 describes events.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct StatusEvent {
    /// Always `status`.
    event: String,
    /// A `BallotStatusView`, as JSON.
    data: String,
}
