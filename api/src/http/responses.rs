//! Error responses that many operations share, for the OpenAPI document: each set written
//! once here and listed by name in `#[utoipa::path(responses(...))]`, beside the operation's
//! own. Only the document uses them: the answers themselves come from `ApiError`.

use ballot_shared::error::ErrorBody;

/// A request body that could not be read.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum BodyErrors {
    /// `malformed_request`
    #[response(status = 400)]
    Malformed(ErrorBody),
    /// `unsupported_media_type`
    #[response(status = 415)]
    MediaType(ErrorBody),
}

/// Too many requests, or the database is away.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum Busy {
    /// `rate_limited`, with `Retry-After`
    #[response(status = 429)]
    RateLimited(ErrorBody),
    /// `service_unavailable`: try again
    #[response(status = 503)]
    Unavailable(ErrorBody),
}

/// The database is away (where no rate limit applies).
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum Unavailable {
    /// `service_unavailable`: try again
    #[response(status = 503)]
    Unavailable(ErrorBody),
}

/// An operator's request (`Authorization: Bearer <API key>`).
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum OperatorErrors {
    /// `unauthorized`: no key, or an unknown one
    #[response(status = 401)]
    Unauthorized(ErrorBody),
    /// `service_unavailable`: try again
    #[response(status = 503)]
    Unavailable(ErrorBody),
}

/// A provider's webhook (a form, signed by the provider).
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum ProviderErrors {
    /// `malformed_request`
    #[response(status = 400)]
    Malformed(ErrorBody),
    /// `unauthorized`: not signed by the provider
    #[response(status = 401)]
    Unauthorized(ErrorBody),
    /// `unsupported_media_type`
    #[response(status = 415)]
    MediaType(ErrorBody),
    /// `service_unavailable`: try again
    #[response(status = 503)]
    Unavailable(ErrorBody),
}

/// The operations endpoints (`/readyz`, `/metrics`).
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum OperationsErrors {
    /// `unauthorized`: `OPERATIONS_TOKEN` is set and was not given
    #[response(status = 401)]
    Unauthorized(ErrorBody),
    /// `service_unavailable`: the database cannot be reached
    #[response(status = 503)]
    Unavailable(ErrorBody),
}

/// A body over the size limit.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum TooLarge {
    /// `payload_too_large`
    #[response(status = 413)]
    TooLarge(ErrorBody),
}

/// Fields that are not valid, each with its problem.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum InvalidFields {
    /// `invalid_input`, with `fields`
    #[response(status = 422)]
    Invalid(ErrorBody),
}
