//! Recording every request to the operators' routes in the audit trail (`domain::audit`).

use crate::domain::audit;
use crate::store::Store;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;

/// Middleware for the operators' routes: runs the request, then records it.
pub async fn operator_requests(
    State(store): State<Store>,
    request: Request,
    next: Next,
) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| request.uri().path().to_owned());
    let action = format!("{} {route}", request.method());
    // Recorded whichever way it was presented; the route decides whether it is accepted.
    let presented = crate::http::routes::operator::presented_key(request.headers(), true);
    let response = next.run(request).await;
    audit::operator_request(
        &store,
        presented.as_deref(),
        &action,
        response.status().as_u16(),
    )
    .await;
    response
}
