//! `ApiError`: the one place where a failure becomes an HTTP status and the API's error body
//! (docs/api.md, Errors).

use crate::domain::locales;
use crate::http::middleware::request_language::request_language;
use axum::extract::rejection::{
    BytesRejection, FormRejection, JsonRejection, PathRejection, QueryRejection,
};
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use ballot_shared::channels::Channel;
use ballot_shared::error::{code, ErrorBody};
use ballot_shared::i18n::Message;
use ballot_shared::language::Language;
use ballot_shared::signup::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A voter's input broke the rules: said in the request's language.
    #[error("invalid input")]
    InvalidInput(FieldErrors),
    /// An operator's input is wrong, in English (the operator API's language).
    #[error("invalid input")]
    InvalidFields(Vec<(&'static str, String)>),
    #[error("no matching voter")]
    NoMatchingVoter,
    #[error("more than one voter matches")]
    AmbiguousVoter,
    #[error("malformed request: {0}")]
    Malformed(String),
    #[error("request body too large")]
    PayloadTooLarge,
    /// The body's Content-Type is not one the route reads; names the ones it does.
    #[error("unsupported media type")]
    UnsupportedMediaType(&'static str),
    #[error("not found")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("missing or unknown API key")]
    Unauthorized,
    /// Rows about voters outside the key's county; nothing of the request was applied.
    #[error("outside the key's county")]
    Forbidden(Vec<crate::domain::file_rows::RowError>),
    /// A file with bad rows; nothing was applied.
    #[error("invalid file")]
    InvalidFile(Vec<crate::domain::file_rows::RowError>),
    /// Too many requests from one address or for one identity; try again after this long.
    #[error("rate limited")]
    RateLimited(std::time::Duration),
    /// The request took longer than its route allows; whatever it started was rolled back.
    #[error("request timed out")]
    TimedOut,
    /// Too much of one kind of work at once (signature cures' bodies): try again shortly.
    #[error("busy")]
    Busy,
    /// A manage, confirmation or undo link past its time, or used.
    #[error("link expired")]
    LinkExpired,
    /// A status link where a manage link is needed.
    #[error("read-only link")]
    ReadOnlyLink,
    /// An undo after a newer change.
    #[error("changed since")]
    ChangedSince,
    /// An operator action the object's state does not allow, said in English.
    #[error("conflict: {0}")]
    Conflict(String),
    /// A provider refused or could not be reached, for a request that delivers at once.
    #[error("delivery failed: {0}")]
    DeliveryFailed(String),
    /// A signature cure the ballot's state does not allow, said in the voter's language.
    #[error("cure refused")]
    CureRefused(crate::domain::signature_cures::Refusal),
    /// The day's confirmations to a destination (or for a subscription) are used up.
    #[error("too many confirmations")]
    TooManyConfirmations(Channel),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    fn status_and_body(&self) -> (StatusCode, ErrorBody) {
        match self {
            ApiError::InvalidInput(fields) => {
                let language = request_language();
                let fields = fields
                    .iter()
                    .map(|(field, message)| (*field, locales::say(language, message)));
                invalid_input(language, fields)
            }
            ApiError::InvalidFields(fields) => invalid_input(
                Language::English,
                fields.iter().map(|(f, m)| (*f, m.clone())),
            ),
            ApiError::NoMatchingVoter => voter_problem(
                code::NO_MATCHING_VOTER,
                "no-matching-voter",
                &[
                    "no-matching-voter-help-spelling",
                    "no-matching-voter-help-zip",
                    "no-matching-voter-help-recent",
                ],
            ),
            ApiError::AmbiguousVoter => voter_problem(
                code::AMBIGUOUS_VOTER,
                "ambiguous-voter",
                &["ambiguous-voter-help-where", "ambiguous-voter-help-county"],
            ),
            ApiError::Malformed(detail) => (
                StatusCode::BAD_REQUEST,
                ErrorBody::new(
                    code::MALFORMED_REQUEST,
                    format!("The request could not be read: {detail}"),
                ),
            ),
            ApiError::PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                ErrorBody::new(code::PAYLOAD_TOO_LARGE, "The request body is too large."),
            ),
            ApiError::UnsupportedMediaType(expected) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorBody::new(
                    code::UNSUPPORTED_MEDIA_TYPE,
                    format!("Send the request body with Content-Type: {expected}."),
                ),
            ),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                ErrorBody::new(code::NOT_FOUND, "There is nothing at this address."),
            ),
            ApiError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                ErrorBody::new(
                    code::METHOD_NOT_ALLOWED,
                    "This address does not accept that method.",
                ),
            ),
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                ErrorBody::new(
                    code::UNAUTHORIZED,
                    "Send an operator API key as Authorization: Bearer <key>.",
                ),
            ),
            ApiError::Forbidden(rows) => {
                let mut body = ErrorBody::new(
                    code::FORBIDDEN,
                    "Some rows are about voters outside this key's county; nothing was applied.",
                );
                body.error.fields = row_fields(rows);
                (StatusCode::FORBIDDEN, body)
            }
            ApiError::InvalidFile(rows) => {
                let mut body = ErrorBody::new(
                    code::INVALID_FILE,
                    "Some rows are not valid; nothing was applied. Fix them, or send skip_bad_rows=true.",
                );
                body.error.fields = row_fields(rows);
                (StatusCode::UNPROCESSABLE_ENTITY, body)
            }
            ApiError::RateLimited(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                ErrorBody::new(code::RATE_LIMITED, said("rate-limited")),
            ),
            ApiError::TimedOut => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorBody::new(code::UNAVAILABLE, said("timed-out")),
            ),
            ApiError::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorBody::new(code::UNAVAILABLE, said("unavailable")),
            ),
            ApiError::Conflict(message) => (
                StatusCode::CONFLICT,
                ErrorBody::new(code::CONFLICT, message.clone()),
            ),
            ApiError::DeliveryFailed(detail) => (
                StatusCode::BAD_GATEWAY,
                ErrorBody::new(
                    code::DELIVERY_FAILED,
                    format!("The message could not be sent: {detail}"),
                ),
            ),
            ApiError::LinkExpired => (
                StatusCode::GONE,
                ErrorBody::new(code::LINK_EXPIRED, said("link-expired")),
            ),
            ApiError::ReadOnlyLink => (
                StatusCode::FORBIDDEN,
                ErrorBody::new(code::READ_ONLY_LINK, said("read-only-link")),
            ),
            ApiError::ChangedSince => (
                StatusCode::CONFLICT,
                ErrorBody::new(code::CHANGED_SINCE, said("changed-since")),
            ),
            ApiError::CureRefused(refusal) => {
                use crate::domain::signature_cures::Refusal;
                let (status, code, message) = match refusal {
                    // Said as the date of birth field's error: the form shows it there.
                    Refusal::DateOfBirth => {
                        let language = request_language();
                        return invalid_input(
                            language,
                            std::iter::once((
                                ballot_shared::api::field::DATE_OF_BIRTH,
                                locales::catalog(language).text("cure-dob-mismatch"),
                            )),
                        );
                    }
                    Refusal::NotNeeded => (
                        StatusCode::CONFLICT,
                        code::CURE_NOT_NEEDED,
                        "cure-not-needed",
                    ),
                    Refusal::AlreadySent => (
                        StatusCode::CONFLICT,
                        code::CURE_ALREADY_SENT,
                        "cure-already-sent",
                    ),
                    Refusal::DeadlinePassed => (
                        StatusCode::GONE,
                        code::CURE_DEADLINE_PASSED,
                        "cure-deadline-passed",
                    ),
                    Refusal::TooManyDates => (
                        StatusCode::FORBIDDEN,
                        code::CURE_DOB_ATTEMPTS_EXHAUSTED,
                        "cure-dob-attempts-exhausted",
                    ),
                };
                (status, ErrorBody::new(code, said(message)))
            }
            ApiError::TooManyConfirmations(channel) => {
                let language = request_language();
                let mut body = ErrorBody::new(code::RATE_LIMITED, said("rate-limited"));
                body.error.fields.insert(
                    channel.field().to_string(),
                    locales::say(
                        language,
                        &Message::new("too-many-confirmations").text("channel", channel.code()),
                    ),
                );
                (StatusCode::TOO_MANY_REQUESTS, body)
            }
            ApiError::Database(err) if is_unavailable(err) => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorBody::new(code::UNAVAILABLE, said("unavailable")),
            ),
            ApiError::Database(_) | ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorBody::new(code::INTERNAL, said("internal")),
            ),
        }
    }
}

/// A voter-facing message in the request's language.
fn said(id: &'static str) -> String {
    locales::catalog(request_language()).text(id)
}

/// 422 `invalid_input`; the first message per field wins: it is the one the form shows first.
fn invalid_input<'a>(
    language: Language,
    fields: impl Iterator<Item = (&'a str, String)>,
) -> (StatusCode, ErrorBody) {
    let mut body = ErrorBody::new(
        code::INVALID_INPUT,
        locales::catalog(language).text("invalid-input"),
    );
    for (field, message) in fields {
        body.error
            .fields
            .entry(field.to_string())
            .or_insert(message);
    }
    (StatusCode::UNPROCESSABLE_ENTITY, body)
}

/// 422 for a voter who could not be found, with what to check, in the request's language.
fn voter_problem(
    code: &str,
    message: &'static str,
    help: &[&'static str],
) -> (StatusCode, ErrorBody) {
    let catalog = locales::catalog(request_language());
    let mut body = ErrorBody::new(code, catalog.text(message));
    body.error.help = help.iter().map(|id| catalog.text(id)).collect();
    (StatusCode::UNPROCESSABLE_ENTITY, body)
}

/// Row errors as `fields`: `{"line 3": "…"}`.
fn row_fields(
    rows: &[crate::domain::file_rows::RowError],
) -> std::collections::BTreeMap<String, String> {
    rows.iter()
        .map(|r| (format!("line {}", r.line), r.message.clone()))
        .collect()
}

/// A pool that could not hand out a connection, SQLite busy or locked, or PostgreSQL out of
/// connections, shutting down or picking a deadlock victim: the request may succeed if tried
/// again, so it is a 503, not a 500.
fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => true,
        sqlx::Error::Database(db) => {
            let code = db.code();
            // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes; PostgreSQL's
            // SQLSTATEs for serialization failure, deadlock, too many connections, shutdown,
            // and the connection exception class (08).
            matches!(
                code.as_deref(),
                Some("5" | "6" | "261" | "517" | "262")
                    | Some("40001" | "40P01" | "53300" | "57P01" | "57P02" | "57P03")
            ) || code
                .as_deref()
                .is_some_and(|c| c.len() == 5 && c.starts_with("08"))
        }
        _ => false,
    }
}

/// `Retry-After` on a 503: the database's busy timeout and the pool's wait are 5 s.
const RETRY_UNAVAILABLE_AFTER_S: u64 = 5;

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = self.status_and_body();
        if matches!(self, ApiError::Busy) {
            // Expected under load (or an attack on it): not an error of ours to alert on.
            tracing::warn!("request refused: busy");
        } else if status.is_server_error() {
            // Only the error itself: never the request, which may hold personal data.
            let error = crate::redact::redact(&self.to_string());
            tracing::error!(%error, "request failed");
        }
        let mut response = (status, Json(body)).into_response();
        let retry_after = match self {
            // Whole seconds, rounded up, at least 1.
            ApiError::RateLimited(wait) => {
                Some(wait.as_secs() + u64::from(wait.subsec_nanos() > 0))
            }
            // The cap counts the last 24 hours; an hour is a fair first wait.
            ApiError::TooManyConfirmations(_) => Some(3600),
            // Busy or away for a moment: clients and proxies that honour it try again soon
            // rather than at once.
            _ if status == StatusCode::SERVICE_UNAVAILABLE => Some(RETRY_UNAVAILABLE_AFTER_S),
            _ => None,
        };
        if let Some(seconds) = retry_after {
            response.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from(seconds.max(1)),
            );
        }
        response
    }
}

impl From<crate::domain::signups::SignupError> for ApiError {
    fn from(error: crate::domain::signups::SignupError) -> Self {
        use crate::domain::signups::SignupError;
        match error {
            SignupError::Invalid(fields) => ApiError::InvalidInput(fields),
            SignupError::NoMatchingVoter => ApiError::NoMatchingVoter,
            SignupError::AmbiguousVoter => ApiError::AmbiguousVoter,
            SignupError::TooManyConfirmations(c) => ApiError::TooManyConfirmations(c),
            SignupError::Database(e) => ApiError::Database(e),
            SignupError::Unexpected(e) => ApiError::Internal(anyhow::Error::new(e)),
        }
    }
}

impl From<crate::domain::subscriptions::LinkError> for ApiError {
    fn from(error: crate::domain::subscriptions::LinkError) -> Self {
        use crate::domain::subscriptions::LinkError;
        match error {
            LinkError::NotFound => ApiError::NotFound,
            LinkError::Expired => ApiError::LinkExpired,
            LinkError::ReadOnly => ApiError::ReadOnlyLink,
            LinkError::Invalid(fields) => ApiError::InvalidInput(fields),
            LinkError::TooManyConfirmations(c) => ApiError::TooManyConfirmations(c),
            LinkError::ChangedSince => ApiError::ChangedSince,
            LinkError::Database(e) => ApiError::Database(e),
        }
    }
}

impl From<crate::domain::broadcasts::BroadcastError> for ApiError {
    fn from(error: crate::domain::broadcasts::BroadcastError) -> Self {
        use crate::domain::broadcasts::BroadcastError;
        match error {
            BroadcastError::Invalid(fields) => ApiError::InvalidFields(fields),
            BroadcastError::NotFound => ApiError::NotFound,
            BroadcastError::Forbidden => {
                ApiError::Forbidden(vec![crate::domain::file_rows::RowError {
                    line: 1,
                    message: "that county is not this key's".into(),
                }])
            }
            BroadcastError::Conflict(message) => ApiError::Conflict(message),
            BroadcastError::TestSendFailed(cause) => ApiError::DeliveryFailed(cause.to_string()),
            BroadcastError::Database(e) => ApiError::Database(e),
        }
    }
}

impl From<crate::domain::county_settings::CountySettingsError> for ApiError {
    fn from(error: crate::domain::county_settings::CountySettingsError) -> Self {
        use crate::domain::county_settings::CountySettingsError;
        match error {
            CountySettingsError::OtherCounty(_)
            | CountySettingsError::HostsStatewideOnly
            | CountySettingsError::MailerIdsStatewideOnly => {
                ApiError::Forbidden(vec![crate::domain::file_rows::RowError {
                    line: 1,
                    message: error.to_string(),
                }])
            }
            CountySettingsError::Invalid(fields) => ApiError::InvalidFields(fields),
            CountySettingsError::Store(e) => ApiError::Database(e),
        }
    }
}

impl From<crate::domain::signature_cures::CureError> for ApiError {
    fn from(error: crate::domain::signature_cures::CureError) -> Self {
        use crate::domain::signature_cures::CureError;
        match error {
            CureError::Invalid(fields) => ApiError::InvalidInput(fields),
            // A deployment without CURE_ENCRYPTION_KEY has no cure endpoints to speak of.
            CureError::NotOffered | CureError::NotFound => ApiError::NotFound,
            CureError::Refused(refusal) => ApiError::CureRefused(refusal),
            CureError::AlreadyDecided(state) => {
                ApiError::Conflict(format!("this cure was already {state}"))
            }
            CureError::InvalidDecision(fields) => ApiError::InvalidFields(fields),
            CureError::Unreadable | CureError::Rendering(_) => {
                ApiError::Internal(anyhow::Error::new(error))
            }
            CureError::Link(e) => e.into(),
            CureError::Database(e) => ApiError::Database(e),
        }
    }
}

impl From<crate::domain::destinations::DestinationError> for ApiError {
    fn from(error: crate::domain::destinations::DestinationError) -> Self {
        crate::domain::subscriptions::LinkError::from(error).into()
    }
}

/// axum's extractors answer their own rejections in plain text; ours answer in the error shape.
fn rejected(status: StatusCode, text: String, expected: &'static str) -> ApiError {
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType(expected),
        _ => ApiError::Malformed(text),
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        rejected(
            rejection.status(),
            rejection.body_text(),
            "application/json",
        )
    }
}

impl From<FormRejection> for ApiError {
    fn from(rejection: FormRejection) -> Self {
        rejected(
            rejection.status(),
            rejection.body_text(),
            "application/x-www-form-urlencoded",
        )
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        ApiError::Malformed(rejection.body_text())
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        ApiError::Malformed(rejection.body_text())
    }
}

impl From<BytesRejection> for ApiError {
    fn from(rejection: BytesRejection) -> Self {
        rejected(rejection.status(), rejection.body_text(), "")
    }
}

/// A JSON object body. Like `axum::Json`, but rejections answer in our error shape (400, 413,
/// 415), and the body must be an object: serde would otherwise read a struct from an array
/// (`[null, null]`) by position.
pub struct ApiJson<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let Json(value) = Json::<IsObject<T>>::from_request(request, state).await?;
        Ok(ApiJson(value.0))
    }
}

/// Deserialises `T` only from a JSON object.
struct IsObject<T>(T);

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for IsObject<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ObjectOnly(std::marker::PhantomData))
    }
}

struct ObjectOnly<T>(std::marker::PhantomData<T>);

impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for ObjectOnly<T> {
    type Value = IsObject<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(IsObject)
    }
}

/// `axum::extract::Query`, answering a bad query string in the error shape.
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Query), rejection(ApiError))]
pub struct ApiQuery<T>(pub T);

/// `axum::extract::Path`, answering a bad path parameter in the error shape.
#[derive(axum::extract::FromRequestParts)]
#[from_request(via(axum::extract::Path), rejection(ApiError))]
pub struct ApiPath<T>(pub T);

/// `axum::Form`, answering a bad form body in the error shape.
#[derive(axum::extract::FromRequest)]
#[from_request(via(axum::Form), rejection(ApiError))]
pub struct ApiForm<T>(pub T);

impl<T: serde::Serialize> IntoResponse for ApiJson<T> {
    fn into_response(self) -> Response {
        Json(self.0).into_response()
    }
}

impl From<crate::domain::sms_keywords::KeywordError> for ApiError {
    fn from(error: crate::domain::sms_keywords::KeywordError) -> Self {
        use crate::domain::sms_keywords::KeywordError;
        match error {
            KeywordError::Confirming(e) => e.into(),
            KeywordError::Database(e) => ApiError::Database(e),
        }
    }
}
