//! What happens around every request: its id, its log line, its latency.
//!
//! [`RequestLayer`] gives each request an id — the client's `X-Request-Id`
//! when it is a safe token ([`directory::valid_request_id`]), a fresh UUID
//! otherwise — returns it in `X-Request-Id`, runs the request inside
//! [`directory::with_request_id`] so that audit entries carry it, and in a
//! `request` span (id, method, route template, and the principal the
//! credential checks record: `admin:<id>`, `device:<id>`, `user:<id>`).
//! When the answer is ready it logs one line at `info` (status, latency)
//! and observes the latency histogram. Never a body, a header value other
//! than the id, or a credential.
//!
//! A tower layer rather than `middleware::from_fn`, which boxes a future
//! per request (see `benches/examples/get_instructions.rs`); applied with
//! `Router::layer` so the route template (`MatchedPath`) is known.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::extract::MatchedPath;
use axum::http::{HeaderName, HeaderValue, Request};
use axum::response::Response;
use tower::{Layer, Service};
use tracing::Instrument;

use crate::metrics::{Metrics, RequestLabels};

/// The header that carries a request's id, both ways.
pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-request-id");

/// The request id of a request: the client's when it is acceptable, a new
/// one otherwise.
pub fn request_id_of<B>(req: &Request<B>) -> Arc<str> {
    req.headers()
        .get(&REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|v| directory::valid_request_id(v))
        .map(Arc::from)
        .unwrap_or_else(|| Arc::from(uuid::Uuid::new_v4().simple().to_string()))
}

/// Records who a request is from in its log line (an id, never a secret).
pub fn record_principal(principal: &str) {
    tracing::Span::current().record("principal", principal);
}

/// See the module documentation.
#[derive(Debug, Clone)]
pub struct RequestLayer(pub Arc<Metrics>);

impl<S> Layer<S> for RequestLayer {
    type Service = RequestService<S>;

    fn layer(&self, inner: S) -> RequestService<S> {
        RequestService {
            inner,
            metrics: self.0.clone(),
        }
    }
}

/// The service of [`RequestLayer`].
#[derive(Debug, Clone)]
pub struct RequestService<S> {
    inner: S,
    metrics: Arc<Metrics>,
}

impl<S, B> Service<Request<B>> for RequestService<S>
where
    S: Service<Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Observed<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<B>) -> Self::Future {
        let id = request_id_of(&req);
        let route = req
            .extensions()
            .get::<MatchedPath>()
            .map_or("unmatched", MatchedPath::as_str)
            .to_string();
        let method = req.method().as_str().to_string();
        let span = tracing::info_span!(
            "request",
            id = %id,
            method = %method,
            route = %route,
            principal = tracing::field::Empty,
        );
        let started = Instant::now();
        let inner = {
            let _entered = span.enter();
            self.inner.call(req)
        };
        Observed {
            inner: directory::with_request_id(id.clone(), inner).instrument(span),
            labels: Some(RequestLabels {
                method,
                route,
                status: 0,
            }),
            id,
            started,
            metrics: self.metrics.clone(),
        }
    }
}

pin_project_lite::pin_project! {
    /// The response future of [`RequestService`].
    pub struct Observed<F> {
        #[pin]
        inner: tracing::instrument::Instrumented<tokio::task::futures::TaskLocalFuture<Arc<str>, F>>,
        labels: Option<RequestLabels>,
        id: Arc<str>,
        started: Instant,
        metrics: Arc<Metrics>,
    }
}

impl<F, E> Future for Observed<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        let mut out = std::task::ready!(this.inner.as_mut().poll(cx));
        if let (Ok(r), Some(mut labels)) = (&mut out, this.labels.take()) {
            let latency = this.started.elapsed();
            labels.status = r.status().as_u16();
            this.metrics.observe_request(&labels, latency);
            if let Ok(v) = HeaderValue::from_str(this.id) {
                r.headers_mut().insert(REQUEST_ID_HEADER, v);
            }
            let _entered = this.inner.span().enter();
            tracing::info!(
                status = labels.status,
                latency_ms = latency.as_secs_f64() * 1000.0,
                "answered"
            );
        }
        Poll::Ready(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_safe_client_id_is_kept_and_anything_else_replaced() {
        let with = |v: &str| {
            request_id_of(
                &Request::builder()
                    .header("x-request-id", v)
                    .body(())
                    .expect("request"),
            )
        };
        assert_eq!(&*with("okta-7f3a.1"), "okta-7f3a.1");
        for bad in ["has space", "quote\"d", &"x".repeat(200)] {
            let id = with(bad);
            assert_ne!(&*id, bad);
            assert_eq!(id.len(), 32, "a simple UUID: {id}");
        }
        let none = request_id_of(&Request::builder().body(()).expect("request"));
        assert!(directory::valid_request_id(&none));
    }
}
