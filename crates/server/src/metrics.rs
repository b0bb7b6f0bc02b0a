//! A few Prometheus counters and gauges, hand-rolled: the set is small and
//! fixed, which does not justify a metrics framework and its exporter.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::AppState;

/// Server metrics.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(&'static str, u16), u64>>,
    /// Long-polls currently held.
    pub long_polls: AtomicI64,
}

impl Metrics {
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
        out.push_str(&format!(
            "directory_long_polls {}\n",
            self.long_polls.load(Ordering::Relaxed)
        ));
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

/// Counts every response by API (path prefix) and status.
pub async fn count(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let api = if path.starts_with("/scim/") {
        "scim"
    } else if path.starts_with("/api/") {
        "admin"
    } else if path.starts_with("/agent/") {
        "agent"
    } else if path.starts_with("/portal/") {
        "portal"
    } else {
        "other"
    };
    let resp = next.run(req).await;
    state.metrics.record(api, resp.status().as_u16());
    resp
}
