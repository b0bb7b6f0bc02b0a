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
//! The storage figures (`directory_devices`, `_deliveries_pending`,
//! `_devices_behind`, `_accounts_drifted`) are whole-table counts, read by a
//! scrape at most once every [`STORAGE_FIGURES_MAX_AGE`] and never per
//! request: a scrape within that time of the last read shows that read's.
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

/// How old the storage figures may be when a scrape shows them. They are
/// counts over whole tables (devices, bindings, open deliveries): at
/// 100,000 devices one read took the database 56 ms, and a client may
/// scrape every 100 ms (a load tool watching `directory_devices_connected`
/// while a fleet reconnects, or a dashboard; BENCHMARKS.md, twenty-fifth
/// session). Prometheus scrapes every 15 s or so by default, so each of
/// its scrapes still reads them afresh.
pub const STORAGE_FIGURES_MAX_AGE: Duration = Duration::from_secs(5);

/// When the storage figures were last read: one read at a time (scrapes
/// that arrive during a read wait for it and show what it read), and none
/// while the last is younger than the age given.
#[derive(Debug, Default)]
struct Throttle {
    last: tokio::sync::Mutex<Option<std::time::Instant>>,
}

impl Throttle {
    /// Runs `read` unless a read began less than `max_age` ago (whether it
    /// succeeded or not: a database that fails is not asked again sooner);
    /// whether it ran.
    async fn run<F: std::future::Future<Output = ()>>(
        &self,
        max_age: Duration,
        read: impl FnOnce() -> F,
    ) -> bool {
        let mut last = self.last.lock().await;
        let now = std::time::Instant::now();
        if last.is_some_and(|t| now.saturating_duration_since(t) < max_age) {
            return false;
        }
        *last = Some(now);
        read().await;
        true
    }
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
    /// The storage figures' reads.
    storage_read: Throttle,
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
            storage_read: Throttle::default(),
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

    /// The text exposition, with the storage figures read from `dir` if
    /// the last read is [`STORAGE_FIGURES_MAX_AGE`] old (left as they were
    /// if the store does not answer), and the pool's and the cache's
    /// figures as they are now.
    pub async fn render(&self, dir: &directory::Directory) -> String {
        self.storage_read
            .run(STORAGE_FIGURES_MAX_AGE, || async {
                match dir.backlog().await {
                    Ok(b) => {
                        self.devices.set(b.devices);
                        self.deliveries_pending.set(b.deliveries_pending);
                        self.devices_behind.set(b.devices_behind);
                        self.accounts_drifted.set(b.accounts_drifted);
                    }
                    Err(e) => tracing::warn!(error = %e, "metrics: cannot read the backlog"),
                }
            })
            .await;
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

    #[tokio::test]
    async fn the_storage_figures_are_read_at_most_once_per_age() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let t = Throttle::default();
        let reads = std::sync::Arc::new(AtomicUsize::new(0));
        let read = || {
            let reads = reads.clone();
            move || async move {
                reads.fetch_add(1, Ordering::SeqCst);
            }
        };
        let age = Duration::from_secs(3600);
        assert!(t.run(age, read()).await, "the first scrape reads");
        assert!(
            !t.run(age, read()).await,
            "a second within the age does not"
        );
        // Scrapes arriving while a read runs wait for it and do not read
        // again.
        let slow = std::sync::Arc::new(Throttle::default());
        let (go, gate) = tokio::sync::oneshot::channel::<()>();
        let first = {
            let (slow, reads) = (slow.clone(), reads.clone());
            tokio::spawn(async move {
                slow.run(age, move || async move {
                    let _ = gate.await;
                    reads.fetch_add(1, Ordering::SeqCst);
                })
                .await
            })
        };
        tokio::task::yield_now().await;
        let second = {
            let (slow, read) = (slow.clone(), read());
            tokio::spawn(async move { slow.run(age, read).await })
        };
        tokio::task::yield_now().await;
        assert!(
            !second.is_finished(),
            "a scrape waits for the read in progress"
        );
        go.send(()).expect("the first read waits");
        assert!(first.await.expect("first"));
        assert!(!second.await.expect("second"));
        assert_eq!(reads.load(Ordering::SeqCst), 2, "one read per throttle");
        // Once the age has passed, the next scrape reads again.
        assert!(t.run(Duration::ZERO, read()).await);
        assert_eq!(reads.load(Ordering::SeqCst), 3);
    }
}
