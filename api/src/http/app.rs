//! The application: its state, its router, and starting and stopping it.

use crate::config::Config;
use crate::http::routes;
use crate::http::state::AppState;
use crate::outbox::delivery::Delivery;
use crate::outbox::worker::Worker;
use crate::store::Store;
use axum::extract::{MatchedPath, Request};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::sync::{broadcast, watch};
use tokio::task::JoinHandle;
use tower_http::services::ServeDir;
use tower_http::trace::TraceLayer;

pub fn router(state: AppState) -> Router {
    let dist = &state.config.dist_dir;
    // The pages send forms to the API in this process, through its own limits and language.
    let api = Router::new()
        .nest("/api", routes::api(&state))
        .layer(middleware::from_fn(
            crate::http::middleware::request_language::negotiate,
        ))
        .with_state(state.clone());
    let pages = crate::http::pages::Pages::new(dist, api);
    // The app's hashed assets as built, compressed ahead; any other address is a page we do
    // not have.
    let assets = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(
            axum::routing::any(crate::http::pages::not_found)
                .layer(axum::Extension(pages.clone()))
                .with_state(state.clone()),
        );
    // Readiness and metrics say how the service is doing: behind OPERATIONS_TOKEN when set.
    let operations = Router::new()
        .route("/readyz", get(routes::health::readyz))
        .route("/metrics", get(routes::health::metrics))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            routes::health::operations_token,
        ));
    let mut router = Router::new()
        .route("/healthz", get(routes::health::healthz))
        .merge(operations)
        .nest("/api", routes::api(&state))
        .merge(crate::http::pages::routes(pages));
    if state.message_viewer {
        router = router.route(
            "/messages",
            get(routes::captured_messages::list).post(routes::captured_messages::reply),
        );
    }
    // No CORS layer: the API answers only pages of its own origin (browsers refuse other
    // origins' reads, and their preflights get a 405 without CORS headers).
    let security = Arc::new(
        crate::http::middleware::security_headers::SecurityHeaders::for_dist(
            dist,
            state.config.public_url.starts_with("https://"),
        ),
    );
    router
        .fallback_service(assets)
        .layer(middleware::from_fn(
            crate::http::middleware::request_language::negotiate,
        ))
        .layer(middleware::from_fn_with_state(
            state.metrics.clone(),
            crate::http::middleware::metrics::record,
        ))
        .layer(middleware::from_fn(cache_control))
        .layer(middleware::from_fn_with_state(
            security,
            crate::http::middleware::security_headers::add,
        ))
        .layer(
            // Method and route pattern only: paths carry subscription tokens.
            TraceLayer::new_for_http().make_span_with(|request: &Request| {
                let route = request
                    .extensions()
                    .get::<MatchedPath>()
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_else(|| "static".into());
                tracing::info_span!("request", method = %request.method(), route)
            }),
        )
        .with_state(state)
}

/// Trunk puts a content hash in every asset's name, so assets can be cached for a year; the
/// HTML and API answers must never be cached (they change, and may be personal).
async fn cache_control(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let is_asset = !path.starts_with("/api/")
        && [".wasm", ".js", ".css", ".woff2", ".svg", ".png", ".ico"]
            .iter()
            .any(|ext| path.ends_with(ext));
    let is_locale = path.starts_with("/locales/") && path.ends_with(".ftl");
    let value = if is_asset && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else if is_locale && response.status().is_success() {
        // The same name across releases: cached, but checked (ETag) before each use.
        if let Ok(text) = HeaderValue::from_str("text/plain; charset=utf-8") {
            response.headers_mut().insert(header::CONTENT_TYPE, text);
        }
        "no-cache"
    } else {
        "no-store"
    };
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static(value));
    response
}

/// A started application: the server, and the outbox worker if configured.
pub struct Running {
    pub addr: SocketAddr,
    pub store: Store,
    shutdown: watch::Sender<bool>,
    server: JoinHandle<std::io::Result<()>>,
    worker: Option<JoinHandle<()>>,
}

pub async fn start(config: Config) -> anyhow::Result<Running> {
    let store = Store::open(&config.database_url).await?;
    let listener = tokio::net::TcpListener::bind(config.bind).await?;
    let addr = listener.local_addr()?;
    let mut config = config;
    if config.bind.port() == 0 && config.public_url.ends_with(":0") {
        // Bound to a random port (tests): links must use the real one.
        config.public_url = format!("http://{addr}");
    }
    let delivery = Delivery::from_config(&config)?;
    let message_viewer = config.message_viewer && delivery.captures_every_channel();
    if config.message_viewer && !message_viewer {
        tracing::warn!(
            "MESSAGE_VIEWER is on but a provider is configured: /messages is not served"
        );
    }
    let (shutdown, watch_shutdown) = watch::channel(false);
    let worker = config.run_worker.then(|| {
        let worker = Worker::new(store.clone(), delivery.clone(), &config);
        tokio::spawn(worker.run(config.worker_interval, watch_shutdown.clone()))
    });
    let (changes, _) = broadcast::channel(1024);
    crate::domain::status_changes::forward_from_other_processes(
        store.clone(),
        changes.clone(),
        watch_shutdown.clone(),
    );
    let channel_policy = crate::domain::channel_policy::ChannelPolicy {
        production: config.production,
        email_provider: config.smtp_url.is_some(),
        phone_provider: config.twilio.is_some(),
        phone_country_codes: config.phone_country_codes.clone(),
    };
    let rate_limits = Arc::new(crate::http::middleware::rate_limits::RateLimits::new(
        &config.rate_limits,
        &store,
    ));
    let state = AppState {
        store: store.clone(),
        config: Arc::new(config),
        changes,
        stopping: watch_shutdown.clone(),
        message_viewer,
        channel_policy: Arc::new(channel_policy),
        status_streams: Arc::default(),
        offices: Arc::default(),
        rate_limits: rate_limits.clone(),
        metrics: Arc::new(crate::http::middleware::metrics::Metrics::default()),
        delivery,
        cure_bodies: Arc::new(tokio::sync::Semaphore::new(
            crate::http::state::CURE_BODIES_AT_ONCE,
        )),
    };
    let mut forget_shutdown = watch_shutdown.clone();
    tokio::spawn(async move {
        loop {
            let stopped = tokio::select! {
                _ = tokio::time::sleep(std::time::Duration::from_secs(60)) => false,
                _ = forget_shutdown.wait_for(|stop| *stop) => true,
            };
            if stopped {
                return;
            }
            rate_limits.forget_recovered().await;
        }
    });
    let mut server_shutdown = watch_shutdown;
    let server = tokio::spawn(async move {
        axum::serve(
            listener,
            router(state).into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            let _ = server_shutdown.wait_for(|stop| *stop).await;
        })
        .await
    });
    Ok(Running {
        addr,
        store,
        shutdown,
        server,
        worker,
    })
}

impl Running {
    /// Stops taking requests, finishes those in flight, and lets the worker finish its batch.
    pub async fn stop(self) -> anyhow::Result<()> {
        let _ = self.shutdown.send(true);
        self.server.await??;
        if let Some(worker) = self.worker {
            worker.await?;
        }
        Ok(())
    }
}
