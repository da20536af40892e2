//! `/api/v1/subscriptions/{token}` (GET, PUT, DELETE, and `/events` for live updates),
//! `/api/v1/unsubscribe/{token}` (RFC 8058 one-click) and `/api/v1/status-lookups`.

use crate::app::AppState;
use crate::clock;
use crate::error::{ApiError, ApiJson, ApiPath, ApiQuery};
use crate::matching::{match_voter, VoterMatch};
use crate::store::ballot_events;
use crate::subscriptions;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use ballot_shared::api::{
    BallotStatusView, PreferencesRequest, StatusLookupRequest, SubscriptionDetails,
};
use ballot_shared::channels::Channel;
use ballot_shared::error::ErrorBody;
use ballot_shared::signup::{validate_identity, validate_preferences_request, FieldErrors};
use futures_util::stream::{self, Stream};
use serde::Deserialize;
use std::convert::Infallible;
use std::time::Duration;
use tokio::sync::broadcast;

/// How often an open status page checks for changes made by another process (an import, another
/// instance); changes made by this one arrive at once.
const POLL_EVERY: Duration = Duration::from_secs(5);

/// How a request about one subscription, by its token, can fail.
/// Only the document uses it: the answers themselves come from `ApiError`.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
enum TokenErrors {
    /// `not_found`: no subscription has this token
    #[response(status = 404)]
    NotFound(ErrorBody),
    /// `rate_limited`, with `Retry-After`
    #[response(status = 429)]
    RateLimited(ErrorBody),
    /// `service_unavailable`: try again
    #[response(status = 503)]
    Unavailable(ErrorBody),
}

/// A subscription's preferences and the voter's ballot timeline.
#[utoipa::path(
    get,
    path = "/api/v1/subscriptions/{token}",
    operation_id = "get_subscription",
    tag = "voters",
    params(("token" = String, Path, description = "The subscription's token, from the sign-up answer")),
    responses(
        (status = 200, body = SubscriptionDetails),
        TokenErrors,
    )
)]
pub async fn get(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<ApiJson<SubscriptionDetails>, ApiError> {
    let subscription = subscriptions::find(&state, &token).await?;
    Ok(ApiJson(
        subscriptions::details(&state, &subscription).await?,
    ))
}

/// Change which channels are on, their destinations, the language and quiet hours.
#[utoipa::path(
    put,
    path = "/api/v1/subscriptions/{token}",
    operation_id = "change_subscription",
    tag = "voters",
    params(("token" = String, Path, description = "The subscription's token, from the sign-up answer")),
    request_body = PreferencesRequest,
    responses(
        (status = 200, body = SubscriptionDetails),
        (status = 400, description = "`malformed_request`", body = ballot_shared::error::ErrorBody),
        (status = 415, description = "`unsupported_media_type`", body = ballot_shared::error::ErrorBody),
        (status = 422, description = "`invalid_input`, with `fields`", body = ballot_shared::error::ErrorBody),
        TokenErrors,
    )
)]
pub async fn put(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    ApiJson(request): ApiJson<PreferencesRequest>,
) -> Result<ApiJson<SubscriptionDetails>, ApiError> {
    let subscription = subscriptions::find(&state, &token).await?;
    let request = subscriptions::with_kept_destinations(&subscription, request);
    let preferences = validate_preferences_request(&request).map_err(ApiError::InvalidInput)?;
    Ok(ApiJson(
        subscriptions::update(&state, &subscription, preferences).await?,
    ))
}

/// Stop every notification.
#[utoipa::path(
    delete,
    path = "/api/v1/subscriptions/{token}",
    operation_id = "stop_subscription",
    tag = "voters",
    params(("token" = String, Path, description = "The subscription's token, from the sign-up answer")),
    responses(
        (status = 204, description = "Stopped"),
        TokenErrors,
    )
)]
pub async fn delete(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<StatusCode, ApiError> {
    let subscription = subscriptions::find(&state, &token).await?;
    subscriptions::stop(&state, &subscription, None).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UnsubscribeQuery {
    /// `email` from an email's List-Unsubscribe link; absent stops everything.
    channel: Option<String>,
}

/// One-click unsubscribe (RFC 8058): mail clients POST here without a body or a page.
#[utoipa::path(
    post,
    path = "/api/v1/unsubscribe/{token}",
    operation_id = "unsubscribe",
    tag = "voters",
    params(
        ("token" = String, Path, description = "The subscription's token"),
        UnsubscribeQuery,
    ),
    responses(
        (status = 200, description = "Stopped"),
        (status = 400, description = "`malformed_request`", body = ballot_shared::error::ErrorBody),
        (status = 422, description = "`invalid_input`: an unknown channel", body = ballot_shared::error::ErrorBody),
        TokenErrors,
    )
)]
pub async fn unsubscribe(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
    ApiQuery(query): ApiQuery<UnsubscribeQuery>,
) -> Result<StatusCode, ApiError> {
    let subscription = subscriptions::find(&state, &token).await?;
    let channel = match query.channel.as_deref() {
        None => None,
        Some(code) => Some(Channel::parse(code).ok_or_else(|| {
            ApiError::InvalidFields(vec![("channel", "Use email, sms or voice".to_string())])
        })?),
    };
    subscriptions::stop(&state, &subscription, channel).await?;
    Ok(StatusCode::OK)
}

/// Server-Sent Events: the ballot status now, then each time it changes.
#[utoipa::path(
    get,
    path = "/api/v1/subscriptions/{token}/events",
    operation_id = "subscription_events",
    tag = "voters",
    params(("token" = String, Path, description = "The subscription's token, from the sign-up answer")),
    responses(
        (status = 200, description = "`text/event-stream` of `status` events, each a `BallotStatusView` as JSON", content_type = "text/event-stream", body = StatusEvent),
        TokenErrors,
    )
)]
pub async fn events(
    State(state): State<AppState>,
    ApiPath(token): ApiPath<String>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let subscription = subscriptions::find(&state, &token).await?;
    let changes = state.changes.subscribe();
    // The stream outlives the request: keep the language it asked for.
    let language = crate::locales::request_language();
    let start = (state, subscription, changes, None::<String>, true);
    let stream = stream::unfold(
        start,
        move |(state, subscription, mut changes, last, first)| async move {
            loop {
                if !first || last.is_some() {
                    // Wake on a change to this token, or poll; end when the server stops.
                    let mut stopping = state.stopping.clone();
                    let changed = async {
                        loop {
                            match changes.recv().await {
                                Ok(token) if token == subscription.token => return,
                                Ok(_) => continue,
                                Err(broadcast::error::RecvError::Lagged(_)) => return,
                                Err(broadcast::error::RecvError::Closed) => {
                                    std::future::pending::<()>().await
                                }
                            }
                        }
                    };
                    tokio::select! {
                        _ = tokio::time::timeout(POLL_EVERY, changed) => {}
                        _ = stopping.wait_for(|stop| *stop) => return None,
                    }
                }
                let view = match subscriptions::status_view(&state, &subscription, language).await {
                    Ok(view) => view,
                    Err(_) => return None, // the subscription or the database went away: end the stream
                };
                let json = serde_json::to_string(&view).unwrap_or_default();
                if last.as_deref() != Some(json.as_str()) {
                    let event = Event::default().event("status").data(json.clone());
                    return Some((Ok(event), (state, subscription, changes, Some(json), false)));
                }
            }
        },
    );
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// `POST /api/v1/status-lookups`: the timeline, without subscribing.
#[utoipa::path(
    post,
    path = "/api/v1/status-lookups",
    tag = "voters",
    request_body = StatusLookupRequest,
    responses(
        (status = 200, body = BallotStatusView),
        (status = 400, description = "`malformed_request`", body = ballot_shared::error::ErrorBody),
        (status = 413, description = "`payload_too_large`", body = ballot_shared::error::ErrorBody),
        (status = 415, description = "`unsupported_media_type`", body = ballot_shared::error::ErrorBody),
        (status = 422, description = "`invalid_input`, `no_matching_voter` or `ambiguous_voter`", body = ballot_shared::error::ErrorBody),
        (status = 429, description = "`rate_limited`, with `Retry-After`", body = ballot_shared::error::ErrorBody),
        (status = 503, description = "`service_unavailable`: try again", body = ballot_shared::error::ErrorBody),
    )
)]
pub async fn lookup(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<StatusLookupRequest>,
) -> Result<ApiJson<BallotStatusView>, ApiError> {
    let mut errors = FieldErrors::new();
    let identity = validate_identity(
        &request.first_name,
        &request.last_name,
        &request.date_of_birth,
        &request.zip,
        request.voter_id.as_deref(),
        clock::today_anywhere(),
        &mut errors,
    );
    let identity = match identity {
        Some(identity) if errors.is_empty() => identity,
        _ => return Err(ApiError::InvalidInput(errors)),
    };
    state.rate_limits.check_identity(&identity)?;
    let voter = match match_voter(&state.store, &identity).await? {
        VoterMatch::Found(voter) => voter,
        VoterMatch::NotFound => return Err(ApiError::NoMatchingVoter),
        VoterMatch::Ambiguous => return Err(ApiError::AmbiguousVoter),
    };
    let events = ballot_events::timeline(state.store.pool(), &voter.voter_id).await?;
    let public_url = &state.config.public_url;
    let home = format!("{public_url}/");
    let office = state.offices.get(&state.store, &voter.county).await?;
    Ok(ApiJson(crate::ballot_status::view(
        crate::locales::catalog(crate::locales::request_language()),
        &office,
        &voter.first_name,
        &events,
        (&home, &home),
    )))
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
