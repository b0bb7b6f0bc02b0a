//! The server's Prometheus metrics, kept with `prometheus-client` and
//! served at `/metrics` in the OpenMetrics text format.
//!
//! | metric | type | what |
//! |---|---|---|
//! | `directory_http_request_duration_seconds{method,route,status}` | histogram | every answered request, by route template (`/scim/v2/Users/{id}`; `unmatched` for a 404 outside any route) |
//! | `directory_password_propagation_seconds` | histogram | a password version's delivery, from the change that made it to the device completing it |
//! | `directory_hash_queue_wait_seconds` | histogram | how long a password derivation waited for a hash thread |
//! | `directory_devices_connected` | gauge | check-ins held open by this process |
//! | `directory_devices` | gauge | enrolled devices |
//! | `directory_deliveries_pending` | gauge | deliveries not yet completed |
//! | `directory_devices_behind` | gauge | devices with a delivery not yet completed |
//! | `directory_accounts_drifted` | gauge | accounts agents reported drifted or failed |
//! | `directory_read_cache_lookups_total{result}` | counter | read cache hits and misses (SQLite file) |
//! | `directory_db_connections{state}` | gauge | the pool's idle and in-use connections |
//! | `directory_db_connections_max` | gauge | the pool's size limit |
//! | `directory_build_info{version}` | gauge | 1, labelled with the version |
//!
//! The storage figures are read once per scrape, not per request.
//! `docs/operations/alerts.yml` holds example alert rules on them.

use std::sync::Mutex;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::{Registry, Unit};

/// The labels of a request's latency.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    /// `GET`, `POST`...
    pub method: String,
    /// The route template, or `unmatched`.
    pub route: String,
    /// The answer's status code.
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ResultLabel {
    result: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StateLabel {
    state: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct VersionLabel {
    version: &'static str,
}

type HistogramFamily<L> = Family<L, Histogram, fn() -> Histogram>;

/// Request latencies: 0.5 ms to about 16 s.
fn request_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.0005, 2.0, 16))
}

/// Server metrics (see the module documentation).
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: HistogramFamily<RequestLabels>,
    propagation: Histogram,
    hash_wait: Histogram,
    connected: Gauge,
    devices: Gauge,
    deliveries_pending: Gauge,
    devices_behind: Gauge,
    accounts_drifted: Gauge,
    cache: Family<ResultLabel, Counter>,
    /// The cache counters as last exported (the directory's are absolute).
    cache_seen: Mutex<(u64, u64)>,
    db_connections: Family<StateLabel, Gauge>,
    db_max: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

/// Counts one held long-poll for as long as it lives: dropped when the
/// check-in answers, fails, or is abandoned because the device went away
/// (hyper drops the handler's future then, and a decrement written after
/// an `.await` would never run).
#[derive(Debug)]
pub struct LongPollGuard<'a>(&'a Gauge);

impl Drop for LongPollGuard<'_> {
    fn drop(&mut self) {
        self.0.dec();
    }
}

impl Metrics {
    /// Every metric registered, at zero.
    pub fn new() -> Self {
        let mut registry = Registry::default();
        let requests: HistogramFamily<RequestLabels> =
            Family::new_with_constructor(request_histogram);
        registry.register_with_unit(
            "directory_http_request_duration",
            "Answered HTTP requests by method, route template and status",
            Unit::Seconds,
            requests.clone(),
        );
        // 10 ms to about 5.5 minutes: a device polls, applies and reports.
        let propagation = Histogram::new(exponential_buckets(0.01, 2.0, 16));
        registry.register_with_unit(
            "directory_password_propagation",
            "From the change that made a password version to a device completing it",
            Unit::Seconds,
            propagation.clone(),
        );
        let hash_wait = Histogram::new(exponential_buckets(0.001, 2.0, 15));
        registry.register_with_unit(
            "directory_hash_queue_wait",
            "How long a password derivation waited for a hash thread",
            Unit::Seconds,
            hash_wait.clone(),
        );
        let gauge = |registry: &mut Registry, name: &str, help: &str| {
            let g = Gauge::default();
            registry.register(name, help, g.clone());
            g
        };
        let connected = gauge(
            &mut registry,
            "directory_devices_connected",
            "Device check-ins held open by this process",
        );
        let devices = gauge(&mut registry, "directory_devices", "Enrolled devices");
        let deliveries_pending = gauge(
            &mut registry,
            "directory_deliveries_pending",
            "Password deliveries not yet completed by their device",
        );
        let devices_behind = gauge(
            &mut registry,
            "directory_devices_behind",
            "Devices with at least one password delivery not yet completed",
        );
        let accounts_drifted = gauge(
            &mut registry,
            "directory_accounts_drifted",
            "Accounts an agent reported drifted (changed locally) or failed",
        );
        let cache = Family::<ResultLabel, Counter>::default();
        registry.register(
            "directory_read_cache_lookups",
            "Read cache lookups by result (miss: absent, or stale after a commit)",
            cache.clone(),
        );
        let db_connections = Family::<StateLabel, Gauge>::default();
        registry.register(
            "directory_db_connections",
            "Database connections of this process by state",
            db_connections.clone(),
        );
        let db_max = gauge(
            &mut registry,
            "directory_db_connections_max",
            "The most database connections this process opens",
        );
        // A gauge at 1 rather than an OpenMetrics `info`: the classic
        // `_info` convention, which every Prometheus text parser reads.
        let build = Family::<VersionLabel, Gauge>::default();
        build
            .get_or_create(&VersionLabel {
                version: crate::VERSION,
            })
            .set(1);
        registry.register(
            "directory_build_info",
            "The server's version (always 1)",
            build,
        );
        Metrics {
            registry,
            requests,
            propagation,
            hash_wait,
            connected,
            devices,
            deliveries_pending,
            devices_behind,
            accounts_drifted,
            cache,
            cache_seen: Mutex::new((0, 0)),
            db_connections,
            db_max,
        }
    }

    /// Counts a long-poll as held until the guard is dropped.
    pub fn hold_long_poll(&self) -> LongPollGuard<'_> {
        self.connected.inc();
        LongPollGuard(&self.connected)
    }

    /// Long-polls currently held.
    pub fn long_polls(&self) -> i64 {
        self.connected.get()
    }

    /// Records an answered request.
    pub fn observe_request(&self, labels: &RequestLabels, latency: Duration) {
        self.requests
            .get_or_create(labels)
            .observe(latency.as_secs_f64());
    }

    /// The text exposition, with the storage figures read from `dir` now
    /// (left as they were if the store does not answer).
    pub async fn render(&self, dir: &directory::Directory) -> String {
        match dir.backlog().await {
            Ok(b) => {
                self.devices.set(b.devices);
                self.deliveries_pending.set(b.deliveries_pending);
                self.devices_behind.set(b.devices_behind);
                self.accounts_drifted.set(b.accounts_drifted);
            }
            Err(e) => tracing::warn!(error = %e, "metrics: cannot read the backlog"),
        }
        let pool = dir.pool_stats();
        self.db_connections
            .get_or_create(&StateLabel { state: "idle" })
            .set(i64::from(pool.idle));
        self.db_connections
            .get_or_create(&StateLabel { state: "in_use" })
            .set(i64::from(pool.open.saturating_sub(pool.idle)));
        self.db_max.set(i64::from(pool.max));
        if let Some(c) = dir.read_cache_stats() {
            let mut seen = self.cache_seen.lock().unwrap_or_else(|p| p.into_inner());
            let (hits, misses) = *seen;
            self.cache
                .get_or_create(&ResultLabel { result: "hit" })
                .inc_by(c.hits.saturating_sub(hits));
            self.cache
                .get_or_create(&ResultLabel { result: "miss" })
                .inc_by(c.misses.saturating_sub(misses));
            *seen = (c.hits.max(hits), c.misses.max(misses));
        }
        self.encode()
    }

    /// The text exposition of the metrics as they are.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}

impl directory::Observer for Metrics {
    fn password_completed(&self, latency: Duration) {
        self.propagation.observe(latency.as_secs_f64());
    }

    fn hash_queue_wait(&self, wait: Duration) {
        self.hash_wait.observe(wait.as_secs_f64());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use directory::Observer;

    #[test]
    fn the_exposition_names_every_metric_with_prometheus_conventions() {
        let m = Metrics::new();
        m.observe_request(
            &RequestLabels {
                method: "GET".into(),
                route: "/scim/v2/Users/{id}".into(),
                status: 200,
            },
            Duration::from_millis(3),
        );
        m.password_completed(Duration::from_millis(80));
        m.hash_queue_wait(Duration::from_millis(2));
        let _held = m.hold_long_poll();
        let text = m.encode();
        for line in [
            "# TYPE directory_http_request_duration_seconds histogram",
            "directory_http_request_duration_seconds_count{method=\"GET\",route=\"/scim/v2/Users/{id}\",status=\"200\"} 1",
            "directory_http_request_duration_seconds_bucket{le=\"0.004\",method=\"GET\",route=\"/scim/v2/Users/{id}\",status=\"200\"} 1",
            "directory_password_propagation_seconds_count 1",
            "directory_password_propagation_seconds_bucket{le=\"0.08\"} 1",
            "directory_hash_queue_wait_seconds_count 1",
            "directory_devices_connected 1",
            "directory_build_info{version=\"",
        ] {
            assert!(text.contains(line), "{line} not in:\n{text}");
        }
        drop(_held);
        assert!(m.encode().contains("directory_devices_connected 0"));
    }
}
