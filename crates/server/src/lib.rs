//! # server: the bundled HTTP server
//!
//! A thin adapter (decode → `directory` → encode) on axum, hyper and tokio,
//! and the only crate that knows HTTP status codes.
//!
//! - `/scim/v2`: SCIM 2.0 for Okta ([`scim`]), behind an admin API key.
//! - `/api/v1`: the admin API ([`admin`]), with an API key or an admin
//!   session; sign-in, MFA and sessions ([`session`]).
//! - `/agent/v1`: device agents (enroll, long-poll check-in, report),
//!   in `agent_protocol`'s messages ([`agent`]).
//! - `/portal/v1`: the user portal ([`portal`]), with a user's session.
//! - `/console` and `/portal`: the web console and the user portal as
//!   HTML pages ([`console`]).
//! - `/healthz`, `/readyz`, `/metrics`.
//!
//! [`app`] builds the router and [`run`] serves it on a bound listener until
//! a shutdown future resolves, so tests start a server on `127.0.0.1:0`:
//!
//! ```no_run
//! # async fn demo(dir: directory::Directory) -> std::io::Result<()> {
//! let listener = server::bind("127.0.0.1:0".parse().expect("an address"))?;
//! let state = server::AppState::new(dir, server::ServerConfig::default());
//! server::run(listener, state, async { let _ = tokio::signal::ctrl_c().await; }).await
//! # }
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod admin;
pub mod agent;
pub mod auth;
pub mod body;
pub mod config;
pub mod console;
pub mod error;
pub mod limits;
pub mod metrics;
pub mod openapi;
pub mod portal;
pub mod request;
pub mod scim;
pub mod session;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{middleware, Router};
use futures::FutureExt;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tower::Layer;
use tower_http::compression::predicate::{NotForContentType, Predicate, SizeAbove};
use tower_http::compression::CompressionLayer;
use tower_http::decompression::RequestDecompressionLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};
use utoipa_axum::router::OpenApiRouter;

/// The media type of every SCIM response.
pub const SCIM_CONTENT_TYPE: &str = "application/scim+json";

/// Server settings.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The public SCIM base URL (for discovery documents).
    pub scim_base_url: String,
    /// Largest request body accepted (413 beyond).
    pub body_limit: usize,
    /// Longest a device check-in may wait.
    pub long_poll_max: Duration,
    /// Per-key rate limit (requests per second; 0 disables) and burst.
    pub rate_limit: (f64, f64),
    /// A request (other than a long-poll) must complete within this.
    pub request_timeout: Duration,
    /// A client must send its request headers within this (slow-loris guard).
    pub header_read_timeout: Duration,
    /// Whether clients reach the server over TLS (served here, or by a
    /// proxy in front: a public URL that is `https://`): session cookies
    /// are then `Secure` and `__Host-` prefixed.
    pub secure_cookies: bool,
    /// Proxies whose `X-Forwarded-For` is believed for the client's
    /// address (sign-in throttling and its audit).
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            scim_base_url: "http://localhost/scim/v2".into(),
            body_limit: 1024 * 1024,
            long_poll_max: Duration::from_secs(30),
            rate_limit: (2000.0, 4000.0),
            request_timeout: Duration::from_secs(30),
            header_read_timeout: Duration::from_secs(10),
            secure_cookies: false,
            trusted_proxies: Vec::new(),
        }
    }
}

/// Shared state of the handlers.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The directory.
    pub dir: Arc<directory::Directory>,
    /// Settings.
    pub config: Arc<ServerConfig>,
    /// Per-key rate limiter.
    pub limiter: Arc<auth::RateLimiter>,
    /// Metrics.
    pub metrics: Arc<metrics::Metrics>,
}

impl AppState {
    /// State over a directory.
    pub fn new(dir: directory::Directory, config: ServerConfig) -> Self {
        let (rate, burst) = config.rate_limit;
        let metrics = Arc::new(metrics::Metrics::new());
        dir.set_observer(metrics.clone());
        AppState {
            dir: Arc::new(dir),
            limiter: Arc::new(auth::RateLimiter::new(rate, burst)),
            config: Arc::new(config),
            metrics,
        }
    }
}

/// The whole application router.
pub fn app(state: AppState) -> Router {
    let tenant = middleware::from_fn_with_state(state.clone(), auth::require_tenant);
    let admin = middleware::from_fn_with_state(state.clone(), auth::require_admin);
    let timeout =
        TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, state.config.request_timeout);
    // The described APIs: their routes and their OpenAPI document come
    // from the same handler attributes (see `openapi`).
    let (described, mut doc) = OpenApiRouter::with_openapi(openapi::base())
        .nest(
            "/api/v1",
            admin::routes()
                .layer(admin)
                .merge(session::routes())
                .layer(timeout),
        )
        .merge(agent::routes())
        .merge(portal::routes())
        .split_for_parts();
    let (checkin, checkin_doc) = agent::checkin_routes().split_for_parts();
    doc.merge(checkin_doc);
    // Serialising a document of plain strings and maps cannot fail; if it
    // ever did, the endpoint says so instead of the server not starting.
    let doc: Arc<str> = doc
        .to_json()
        .unwrap_or_else(|e| json!({"error": e.to_string()}).to_string())
        .into();
    Router::new()
        .nest("/scim/v2", scim::routes().layer(tenant).layer(timeout))
        .route(
            "/api/v1/openapi.json",
            get(move || {
                let doc = doc.clone();
                async move {
                    (
                        [(axum::http::header::CONTENT_TYPE, "application/json")],
                        doc.to_string(),
                    )
                }
            }),
        )
        .merge(described)
        .merge(console::routes(state.clone()).layer(timeout))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_page))
        .fallback(scim::not_found)
        .layer(request::RequestLayer(state.metrics.clone()))
        .layer(RequestBodyTimeoutLayer::new(state.config.request_timeout))
        // Bodies under 1 KiB (a user, an error) go as they are: Okta asks for
        // gzip on every request, and compressing a few hundred bytes costs
        // more CPU than it saves on the wire. Lists and import pages are
        // compressed.
        .layer(
            CompressionLayer::new().compress_when(
                SizeAbove::new(1024)
                    .and(NotForContentType::GRPC)
                    .and(NotForContentType::IMAGES)
                    .and(NotForContentType::SSE),
            ),
        )
        .layer(RequestDecompressionLayer::new())
        .merge(checkin)
        .layer(limits::RequestLimitsLayer)
        .with_state(state)
}

/// The server's version (the workspace's, as `--version` prints it).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// `/metrics`: the Prometheus text exposition.
async fn metrics_page(
    axum::extract::State(s): axum::extract::State<AppState>,
) -> impl IntoResponse {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        s.metrics.render(&s.dir).await,
    )
}

/// Liveness: the process serves requests. Says which version runs.
async fn healthz() -> axum::Json<Value> {
    axum::Json(json!({"status": "ok", "version": VERSION}))
}

async fn readyz(axum::extract::State(s): axum::extract::State<AppState>) -> impl IntoResponse {
    match s.dir.readiness(Duration::from_secs(1)).await {
        Ok(()) => (StatusCode::OK, "ready".to_string()),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
    }
}

/// The accept queue [`bind`] asks for. The kernel silently caps it at
/// `net.core.somaxconn` (4,096 on current Linux). tokio's own
/// `TcpListener::bind` asks for 1,024: a fleet of thousands of devices
/// reconnecting at once (a replica restarted, a balancer failing over)
/// overflowed that, the kernel fell back to SYN cookies and other clients'
/// new connections (Okta's) waited or failed.
pub const LISTEN_BACKLOG: u32 = 65_535;

/// Binds a listener on `addr` with an accept queue of [`LISTEN_BACKLOG`]
/// (and, on Unix, `SO_REUSEADDR`, as `TcpListener::bind` sets it). Must be
/// called within a tokio runtime.
pub fn bind(addr: std::net::SocketAddr) -> std::io::Result<TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(LISTEN_BACKLOG)
}

/// Serves `state` on `listener` until `shutdown` resolves, then lets open
/// requests finish (up to 30 s). Clients that do not send their headers in
/// time are disconnected.
pub async fn run(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send,
) -> std::io::Result<()> {
    run_with_tls(listener, state, shutdown, None).await
}

/// Stops a background task when the server stops.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Loads a PEM certificate chain and private key into a TLS acceptor.
pub fn tls_acceptor(
    cert_pem: &std::path::Path,
    key_pem: &std::path::Path,
) -> std::io::Result<tokio_rustls::TlsAcceptor> {
    use std::io::{BufReader, Error, ErrorKind};
    let certs = rustls_pemfile::certs(&mut BufReader::new(std::fs::File::open(cert_pem)?))
        .collect::<Result<Vec<_>, _>>()?;
    if certs.is_empty() {
        return Err(Error::new(
            ErrorKind::InvalidData,
            format!("no certificate in {}", cert_pem.display()),
        ));
    }
    let key = rustls_pemfile::private_key(&mut BufReader::new(std::fs::File::open(key_pem)?))?
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidData,
                format!("no private key in {}", key_pem.display()),
            )
        })?;
    let config = tokio_rustls::rustls::ServerConfig::builder_with_provider(Arc::new(
        tokio_rustls::rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| Error::new(ErrorKind::InvalidInput, e))?
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .map_err(|e| Error::new(ErrorKind::InvalidData, e))?;
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

/// [`run`], optionally over TLS (the handshake must finish within the
/// header-read timeout).
pub async fn run_with_tls(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send,
    tls: Option<tokio_rustls::TlsAcceptor>,
) -> std::io::Result<()> {
    let header_timeout = state.config.header_read_timeout;
    // Large access changes (a big group bound to many devices) are queued
    // by the request and applied here, in batches, in the background.
    let _worker = AbortOnDrop(tokio::spawn(state.dir.clone().run_access_worker()));
    let dir = state.dir.clone();
    let router = app(state);
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(a) => a,
                    Err(e) => {
                        // e.g. too many open files: back off instead of spinning.
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let svc = TowerToHyperService::new(
                    axum::Extension(session::PeerAddr(peer)).layer(router.clone()),
                );
                let mut builder = hyper::server::conn::http1::Builder::new();
                builder
                    .timer(TokioTimer::new())
                    .header_read_timeout(header_timeout)
                    .max_headers(limits::HYPER_MAX_HEADERS);
                match &tls {
                    None => {
                        let conn = graceful.watch(builder.serve_connection(TokioIo::new(stream), svc));
                        tokio::spawn(connection_task(conn));
                    }
                    Some(acceptor) => {
                        let acceptor = acceptor.clone();
                        let watcher = graceful.watcher();
                        tokio::spawn(async move {
                            let tls_stream = match tokio::time::timeout(header_timeout, acceptor.accept(stream)).await {
                                Ok(Ok(s)) => s,
                                Ok(Err(e)) => {
                                    tracing::debug!(error = %e, "TLS handshake failed");
                                    return;
                                }
                                Err(_) => return, // the handshake was too slow
                            };
                            let conn = watcher.watch(builder.serve_connection(TokioIo::new(tls_stream), svc));
                            connection_task(conn).await;
                        });
                    }
                }
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(Duration::from_secs(30)) => tracing::warn!("shutdown: open connections did not finish in 30 s"),
    }
    // The last check-ins' applied cursors (their answers did not wait for
    // them). Lost ones are harmless: each device sends its cursor again.
    match tokio::time::timeout(Duration::from_secs(5), dir.applied_cursors_written()).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::warn!(error = %e, "shutdown: devices' applied cursors not written"),
        Err(_) => tracing::warn!("shutdown: devices' applied cursors not written within 5 s"),
    }
    Ok(())
}

/// A connection's task: serves it, and logs how it ended if with an error.
/// A combinator, not an `async` block: a block that captures the
/// connection and awaits it keeps room for it twice (832 bytes each for a
/// plain HTTP/1 connection), and every device holding a check-in holds a
/// connection (BENCHMARKS.md, P5).
fn connection_task<E: std::fmt::Display>(
    conn: impl Future<Output = Result<(), E>>,
) -> impl Future<Output = ()> {
    conn.map(|ended| {
        if let Err(e) = ended {
            tracing::debug!(error = %e, "connection ended with an error");
        }
    })
}

/// The collision report as JSON.
pub fn findings_json(findings: &[username_rules::Finding]) -> Vec<Value> {
    findings
        .iter()
        .map(|f| match f {
            username_rules::Finding::Collision { username, logins } => {
                json!({"kind": "collision", "username": username, "logins": logins})
            }
            username_rules::Finding::Invalid { login, error } => {
                json!({"kind": "invalid", "login": login, "reason": error.to_string()})
            }
            username_rules::Finding::MatchesExisting { login, existing } => {
                json!({"kind": "matches_existing", "login": login, "existing_username": existing})
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every held check-in holds a connection's task: it must not keep room
    /// for its connection twice, as an `async` block awaiting a captured
    /// connection did (1,672 bytes for an 832-byte connection).
    #[test]
    fn a_connection_task_is_the_size_of_its_connection() {
        let conn = async {
            let state = [1u8; 1000];
            std::future::pending::<()>().await;
            match state[999] {
                1 => Ok(()),
                _ => Err(std::io::Error::other("the stand-in never ends")),
            }
        };
        let own = std::mem::size_of_val(&conn);
        let task = connection_task(conn);
        let size = std::mem::size_of_val(&task);
        assert!(own >= 1000, "the stand-in connection is {own} bytes");
        assert!(
            size <= own + 8,
            "the task is {size} bytes for a {own}-byte connection"
        );
    }
}
