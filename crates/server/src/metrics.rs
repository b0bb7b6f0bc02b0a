//! A few Prometheus counters and gauges, hand-rolled: the set is small and
//! fixed, which does not justify a metrics framework and its exporter.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use axum::http::Request;
use axum::response::Response;
use tower::{Layer, Service};

/// Server metrics.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(&'static str, u16), u64>>,
    /// Long-polls currently held (see [`Metrics::hold_long_poll`]).
    long_polls: AtomicI64,
}

/// Counts one held long-poll for as long as it lives: dropped when the
/// check-in answers, fails, or is abandoned because the device went away
/// (hyper drops the handler's future then, and a decrement written after
/// an `.await` would never run).
#[derive(Debug)]
pub struct LongPollGuard<'a>(&'a AtomicI64);

impl Drop for LongPollGuard<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Metrics {
    /// Counts a long-poll as held until the guard is dropped.
    pub fn hold_long_poll(&self) -> LongPollGuard<'_> {
        self.long_polls.fetch_add(1, Ordering::Relaxed);
        LongPollGuard(&self.long_polls)
    }

    /// Long-polls currently held.
    pub fn long_polls(&self) -> i64 {
        self.long_polls.load(Ordering::Relaxed)
    }

    pub(crate) fn record(&self, api: &'static str, status: u16) {
        let mut m = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        *m.entry((api, status)).or_default() += 1;
    }

    /// The Prometheus text exposition.
    /// `cache`: the directory's read cache counters, if it caches.
    pub fn render(&self, cache: Option<directory::ReadCacheStats>) -> String {
        let mut out = String::from("# HELP directory_http_requests_total HTTP requests by API and status.\n# TYPE directory_http_requests_total counter\n");
        for ((api, status), n) in self
            .requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
        {
            out.push_str(&format!(
                "directory_http_requests_total{{api=\"{api}\",status=\"{status}\"}} {n}\n"
            ));
        }
        out.push_str("# HELP directory_long_polls Device check-ins currently waiting.\n# TYPE directory_long_polls gauge\n");
        out.push_str(&format!("directory_long_polls {}\n", self.long_polls()));
        if let Some(c) = cache {
            out.push_str("# HELP directory_read_cache_lookups_total Read cache lookups by result (miss: absent, or stale after a commit).\n# TYPE directory_read_cache_lookups_total counter\n");
            out.push_str(&format!(
                "directory_read_cache_lookups_total{{result=\"hit\"}} {}\ndirectory_read_cache_lookups_total{{result=\"miss\"}} {}\n",
                c.hits, c.misses
            ));
        }
        out
    }
}

/// Counts every response by API (path prefix) and status: a tower layer
/// rather than `axum::middleware::from_fn`, which clones the inner service
/// and boxes a future per request. As `from_fn` this layer cost 3.4k of the
/// 45.5k instructions of a cached `GET /Users/{id}`; as a layer, about 0.4k
/// (`benches/examples/get_instructions.rs`).
#[derive(Debug, Clone)]
pub struct CountLayer(pub Arc<Metrics>);

impl<S> Layer<S> for CountLayer {
    type Service = Count<S>;

    fn layer(&self, inner: S) -> Count<S> {
        Count {
            inner,
            metrics: self.0.clone(),
        }
    }
}

/// The service of [`CountLayer`].
#[derive(Debug, Clone)]
pub struct Count<S> {
    inner: S,
    metrics: Arc<Metrics>,
}

impl<S, B> Service<Request<B>> for Count<S>
where
    S: Service<Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Counted<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<B>) -> Self::Future {
        let api = api_of(req.uri().path());
        Counted {
            inner: self.inner.call(req),
            api,
            metrics: self.metrics.clone(),
        }
    }
}

pin_project_lite::pin_project! {
    /// The response future of [`Count`]: records the status when it is ready.
    pub struct Counted<F> {
        #[pin]
        inner: F,
        api: &'static str,
        metrics: Arc<Metrics>,
    }
}

impl<F, E> Future for Counted<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let out = std::task::ready!(this.inner.poll(cx));
        if let Ok(r) = &out {
            this.metrics.record(this.api, r.status().as_u16());
        }
        Poll::Ready(out)
    }
}

/// The API a path belongs to, for the request counters.
fn api_of(path: &str) -> &'static str {
    if path.starts_with("/scim/") {
        "scim"
    } else if path.starts_with("/api/") {
        "admin"
    } else if path.starts_with("/agent/") {
        "agent"
    } else if path.starts_with("/portal/") {
        "portal"
    } else {
        "other"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    #[tokio::test]
    async fn counts_each_response_by_api_and_status() {
        let metrics = Arc::new(Metrics::default());
        let svc =
            CountLayer(metrics.clone()).layer(tower::service_fn(|req: Request<()>| async move {
                let status = if req.uri().path().ends_with("/missing") {
                    404
                } else {
                    200
                };
                let mut r = Response::default();
                *r.status_mut() = axum::http::StatusCode::from_u16(status).expect("status");
                Ok::<_, std::convert::Infallible>(r)
            }));
        for path in [
            "/scim/v2/Users",
            "/scim/v2/missing",
            "/agent/v1/x",
            "/healthz",
        ] {
            let req = Request::builder().uri(path).body(()).expect("request");
            svc.clone().oneshot(req).await.expect("response");
        }
        let req = Request::builder()
            .uri("/scim/v2/Users")
            .body(())
            .expect("request");
        svc.oneshot(req).await.expect("response");
        let text = metrics.render(None);
        for line in [
            "directory_http_requests_total{api=\"scim\",status=\"200\"} 2",
            "directory_http_requests_total{api=\"scim\",status=\"404\"} 1",
            "directory_http_requests_total{api=\"agent\",status=\"200\"} 1",
            "directory_http_requests_total{api=\"other\",status=\"200\"} 1",
        ] {
            assert!(text.contains(line), "{line} not in:\n{text}");
        }
        assert!(!text.contains("read_cache"), "no cache, no cache lines");
    }
}
