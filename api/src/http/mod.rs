//! The HTTP edge: parses requests, calls the domain, and answers in the API's shapes. Domain
//! errors become `error::ApiError` here, and nowhere below.

pub mod app;
pub mod error;
pub mod middleware;
pub mod openapi;
pub mod pages;
pub mod provider_webhooks;
pub mod responses;
pub mod routes;
pub mod same_origin;
pub mod state;
pub mod status_streams;
pub mod stream_slots;
