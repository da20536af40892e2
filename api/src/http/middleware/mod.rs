//! What wraps every request, or a group of them, before a handler runs.

pub mod audit;
pub mod metrics;
pub mod rate_limits;
pub mod request_language;
pub mod security_headers;
