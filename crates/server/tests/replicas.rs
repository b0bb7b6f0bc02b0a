//! Three replicas on one PostgreSQL behind HAProxy (`deploy/haproxy/haproxy.cfg`,
//! the documented production example), with Okta's password changes and
//! 1,000 long-polling devices talking only to the balancer. One replica is
//! killed with SIGKILL, then the database is stopped and started again:
//! no acknowledged write is lost, every device ends with every user's last
//! password and applies no version twice, no one is answered 500, and while
//! the database is down the replicas answer 503 with Retry-After and are
//! not ready, then recover by themselves.
//!
//! PostgreSQL here is a cluster of the test's own (initdb into a temporary
//! directory, started with pg_ctl on a free port), so that stopping it
//! disturbs no other test. It needs the PostgreSQL server binaries, root
//! (the cluster runs as the `postgres` user) and HAProxy; without them the
//! test skips loudly, and with REQUIRE_POSTGRES=1 (CI) that is a failure.
mod common;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use agent_sim::agent::Agent;
use agent_sim::client::Client;
use agent_sim::device::Device;
use password_sync::Platform;
use serde_json::json;

const DEVICES: usize = 1000;
const WRITERS: usize = 4;

/// Skips (loudly) or, with REQUIRE_POSTGRES=1, fails.
fn skip(why: &str) {
    if std::env::var("REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("REQUIRE_POSTGRES=1 but {why}");
    }
    eprintln!("SKIP (loud): replicas behind HAProxy not tested: {why}");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn run(cmd: &mut Command) {
    let out = cmd.output().expect("run a command");
    assert!(
        out.status.success(),
        "{cmd:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A PostgreSQL cluster of this test's own.
struct Cluster {
    bin: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
}

impl Cluster {
    fn start() -> Option<Cluster> {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
            .find(|b| b.join("initdb").exists())?;
        if !Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
        {
            return None;
        }
        let dir = tempfile::tempdir().expect("tmp");
        run(Command::new("chown").arg("postgres").arg(dir.path()));
        let c = Cluster {
            bin,
            dir,
            port: free_port(),
        };
        c.as_postgres(
            &["initdb", "-A", "trust", "-U", "postgres", "-D"],
            &[&c.data()],
        );
        c.pg_ctl("start");
        Some(c)
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn as_postgres(&self, args: &[&str], paths: &[&Path]) {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "postgres", "--"])
            .arg(self.bin.join(args[0]))
            .args(&args[1..])
            .args(paths);
        run(&mut cmd);
    }

    fn pg_ctl(&self, what: &str) {
        let opts = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("postgres.log");
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .args(["-w", "-m", "fast", "-D"])
            .arg(self.data())
            .arg("-l")
            .arg(log)
            .args(["-o", &opts, what]);
        run(&mut cmd);
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .args(["-w", "-m", "immediate", "-D"])
            .arg(self.data())
            .arg("stop")
            .output();
    }
}

struct Balancer(Child);

impl Drop for Balancer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A replica's data directory and config: fast hashes, the shared database.
fn replica_dir(url: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().expect("tmp");
    std::fs::write(
        d.path().join("server.toml"),
        format!(
            "database_url = \"{url}\"\nlong_poll_max_secs = 25\n[hash]\nargon2_m_kib = 64\nargon2_t = 1\nargon2_p = 1\nsha512_crypt_rounds = 1000\nmacos_iterations = 20000\n"
        ),
    )
    .expect("config");
    d
}

fn start_replica(d: &Path, log: &Path) -> common::Server {
    let cfg = d.join("server.toml");
    common::start_logged(
        d,
        &["--config", cfg.to_str().expect("utf-8 path")],
        &[("RUST_LOG", "warn")],
        Some(log),
    )
}

/// One password change Okta sent: the password, when it was first sent,
/// whether it was acknowledged, whether its device was seen applying it.
struct Change {
    password: String,
    sent: Instant,
    acked: bool,
    sampled: bool,
}

#[derive(Default)]
struct Tally {
    /// Per user id, every change sent, in order.
    changes: Mutex<HashMap<String, Vec<Change>>>,
    /// Change sent → its device applied it, for changes applied before a newer one.
    latencies: Mutex<Vec<Duration>>,
    /// Answers by status while the writers ran (HAProxy's included).
    statuses: Mutex<HashMap<u16, u64>>,
    /// Transport errors (a replica killed mid-request).
    transport_errors: AtomicU64,
    /// A device reported a version it had reported before.
    applied_twice: AtomicU64,
    /// Check-ins answered 500.
    checkin_500: AtomicU64,
    /// Check-ins answered 503 (the database gone).
    checkin_503: AtomicU64,
}

/// Okta: sets `password` on `id` until it is acknowledged, retrying 5xx
/// answers after their Retry-After and transport errors after a second.
async fn okta_change(
    http: &reqwest::Client,
    base: &str,
    key: &str,
    id: &str,
    password: &str,
    t: &Tally,
) {
    let body = json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "password", "value": password}]})
    .to_string();
    loop {
        let r = http
            .patch(format!("{base}/scim/v2/Users/{id}"))
            .bearer_auth(key)
            .header("Content-Type", common::SCIM)
            .body(body.clone())
            .send()
            .await;
        match r {
            Ok(r) => {
                let status = r.status().as_u16();
                *t.statuses
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .entry(status)
                    .or_default() += 1;
                if r.status().is_success() {
                    return;
                }
                assert!(
                    status > 500,
                    "Okta's change was refused: {status} {}",
                    r.text().await.unwrap_or_default()
                );
                let wait = r
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
                    .unwrap_or(1);
                tokio::time::sleep(Duration::from_secs(wait.clamp(1, 5))).await;
            }
            Err(_) => {
                t.transport_errors.fetch_add(1, Ordering::Relaxed);
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

/// Whether each replica answers /readyz with `ready`.
async fn all_ready(http: &reqwest::Client, urls: &[&str], ready: bool) -> bool {
    for u in urls {
        let ok = http
            .get(format!("{u}/readyz"))
            .timeout(Duration::from_secs(3))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success());
        if ok != ready {
            return false;
        }
    }
    true
}

async fn wait_until<F, Fut>(what: &str, limit: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + limit;
    while !check().await {
        assert!(Instant::now() < deadline, "not within {limit:?}: {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn p99(v: &mut [Duration]) -> Duration {
    v.sort();
    v.get(((v.len() as f64 - 1.0) * 0.99).round() as usize)
        .copied()
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn replicas_behind_haproxy_survive_a_replica_kill_and_a_database_restart() {
    if std::env::var("DATABASE_URL").is_err() && std::env::var("REQUIRE_POSTGRES").is_err() {
        eprintln!("SKIP (loud): replicas behind HAProxy not tested: DATABASE_URL is not set");
        return;
    }
    let Some(pg) = Cluster::start() else {
        return skip("no PostgreSQL server binaries under /usr/lib/postgresql, or not root");
    };
    if Command::new("haproxy").arg("-v").output().is_err() {
        return skip("haproxy is not installed");
    }
    let logs = tempfile::tempdir().expect("tmp");

    // Three replicas; the first makes the server key and the admin's key,
    // the others get the same server key (replicas must share it).
    let dirs: Vec<_> = (0..3).map(|_| replica_dir(&pg.url())).collect();
    let first = start_replica(dirs[0].path(), &logs.path().join("replica1.log"));
    let key = first.key.clone().expect("the bootstrap key");
    for d in &dirs[1..] {
        std::fs::copy(
            dirs[0].path().join("server.key"),
            d.path().join("server.key"),
        )
        .expect("share the server key");
    }
    let mut replicas = vec![first];
    for (i, d) in dirs.iter().enumerate().skip(1) {
        replicas.push(start_replica(
            d.path(),
            &logs.path().join(format!("replica{}.log", i + 1)),
        ));
    }
    let urls: Vec<String> = replicas.iter().map(|r| r.url.clone()).collect();
    let addr = |u: &str| u.trim_start_matches("http://").to_string();

    // The shipped balancer configuration, addresses from the environment.
    let lb_port = free_port();
    let cfg = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/haproxy/haproxy.cfg");
    let lb = Balancer(
        Command::new("haproxy")
            .arg("-db")
            .arg("-f")
            .arg(&cfg)
            .env("DIRECTORY_BALANCER_LISTEN", format!("127.0.0.1:{lb_port}"))
            .env("DIRECTORY_REPLICA_1", addr(&urls[0]))
            .env("DIRECTORY_REPLICA_2", addr(&urls[1]))
            .env("DIRECTORY_REPLICA_3", addr(&urls[2]))
            .stdout(Stdio::null())
            .stderr(Stdio::from(
                std::fs::File::create(logs.path().join("haproxy.log")).expect("log"),
            ))
            .spawn()
            .expect("start haproxy"),
    );
    let base = format!("http://127.0.0.1:{lb_port}");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("client");
    let all: Vec<&str> = urls.iter().map(String::as_str).collect();
    wait_until("every replica ready", Duration::from_secs(30), || {
        all_ready(&http, &all, true)
    })
    .await;
    wait_until("the balancer serves", Duration::from_secs(30), || async {
        http.get(format!("{base}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
    })
    .await;

    // 1,000 devices, each with one user, set up through the balancer.
    let client = Client::new(&base, &key).expect("client");
    let sem = Arc::new(tokio::sync::Semaphore::new(16));
    let mut setup = Vec::new();
    for i in 0..DEVICES {
        let (client, sem) = (client.clone(), sem.clone());
        setup.push(tokio::spawn(async move {
            let _p = sem.acquire().await.expect("semaphore");
            let login = format!("fo{i}@replicas.test");
            let first = format!("Start-{i}-Pw9x");
            let uid = client.create_user(&login, &first).await.expect("create");
            let (did, cred) = client
                .enroll(&format!("fo-dev-{i}"), "linux")
                .await
                .expect("enrol");
            client.bind(&uid, &did).await.expect("bind");
            let unix = format!("fo{i}");
            let mut device = Device::new(Platform::Linux);
            device.add_user(&unix, &first).expect("local user");
            let mut agent = Agent::new(&format!("fo-dev-{i}"), &did, device, client.agent(&cred));
            agent.users.insert(unix.clone(), uid.clone());
            agent.poll(0).await.expect("first check-in");
            (uid, unix, agent)
        }));
    }
    let mut devices = Vec::new();
    for s in setup {
        devices.push(s.await.expect("setup task"));
    }
    let uids: Vec<String> = devices.iter().map(|d| d.0.clone()).collect();

    // Devices long-poll through the balancer for the whole run.
    let tally = Arc::new(Tally::default());
    let stop = Arc::new(AtomicBool::new(false));
    let agents: Arc<Mutex<Vec<(String, String, Agent)>>> = Arc::new(Mutex::new(Vec::new()));
    let mut pollers = Vec::new();
    for (uid, unix, mut agent) in devices {
        let (tally, stop, agents) = (tally.clone(), stop.clone(), agents.clone());
        pollers.push(tokio::spawn(async move {
            let mut seen: HashSet<u64> = HashSet::new();
            while !stop.load(Ordering::Relaxed) {
                match agent.poll(25).await {
                    Ok(out) => {
                        let now = Instant::now();
                        for (_user, version) in out.received {
                            if !seen.insert(version) {
                                tally.applied_twice.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        let mut changes = tally.changes.lock().unwrap_or_else(|p| p.into_inner());
                        if let Some(c) = changes.get_mut(&uid).and_then(|v| {
                            v.iter_mut()
                                .rev()
                                .find(|c| agent.device.login(&unix, &c.password))
                        }) {
                            if !c.sampled {
                                c.sampled = true;
                                tally
                                    .latencies
                                    .lock()
                                    .unwrap_or_else(|p| p.into_inner())
                                    .push(now - c.sent);
                            }
                        }
                    }
                    Err(e) => {
                        let e = e.to_string();
                        if e.contains("HTTP 500") {
                            tally.checkin_500.fetch_add(1, Ordering::Relaxed);
                        }
                        if e.contains("HTTP 503") {
                            tally.checkin_503.fetch_add(1, Ordering::Relaxed);
                        }
                        tokio::time::sleep(Duration::from_millis(500)).await;
                    }
                }
            }
            agents
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push((uid, unix, agent));
        }));
    }

    // Okta: each writer changes its share of the users' passwords in turn.
    let writing = Arc::new(AtomicBool::new(true));
    let mut writers = Vec::new();
    for w in 0..WRITERS {
        let mine: Vec<String> = uids.iter().skip(w).step_by(WRITERS).cloned().collect();
        let (tally, writing, http, base, key) = (
            tally.clone(),
            writing.clone(),
            http.clone(),
            base.clone(),
            key.clone(),
        );
        writers.push(tokio::spawn(async move {
            let mut n = 0usize;
            while writing.load(Ordering::Relaxed) {
                let uid = &mine[n % mine.len()];
                let password = format!("Okta-{w}-{n}-Pw9x");
                tally
                    .changes
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .entry(uid.clone())
                    .or_default()
                    .push(Change {
                        password: password.clone(),
                        sent: Instant::now(),
                        acked: false,
                        sampled: false,
                    });
                okta_change(&http, &base, &key, uid, &password, &tally).await;
                if let Some(c) = tally
                    .changes
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .get_mut(uid)
                    .and_then(|v| v.last_mut())
                {
                    c.acked = true;
                }
                n += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }));
    }

    // A replica dies without a word.
    tokio::time::sleep(Duration::from_secs(10)).await;
    let mut killed = replicas.remove(1);
    killed.child.kill().expect("SIGKILL replica 2");
    killed.child.wait().expect("reaped");
    let live: Vec<&str> = vec![urls[0].as_str(), urls[2].as_str()];
    tokio::time::sleep(Duration::from_secs(10)).await;

    // The database goes away: the replicas stop being ready and answer
    // 503 with Retry-After, directly and through the balancer.
    pg.pg_ctl("stop");
    wait_until("no replica ready", Duration::from_secs(15), || {
        all_ready(&http, &live, false)
    })
    .await;
    for u in live.iter().map(|u| u.to_string()).chain([base.clone()]) {
        let r = http
            .get(format!("{u}/scim/v2/Users/{}", uids[0]))
            .bearer_auth(&key)
            .send()
            .await
            .expect("an answer while the database is down");
        assert_eq!(r.status(), 503, "{u} while the database is down");
        assert!(
            r.headers().contains_key(reqwest::header::RETRY_AFTER),
            "{u}: 503 without Retry-After"
        );
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    pg.pg_ctl("start");
    wait_until(
        "the replicas ready again by themselves",
        Duration::from_secs(30),
        || all_ready(&http, &live, true),
    )
    .await;

    // Okta keeps writing a while, then stops; every device must end with
    // its user's last acknowledged password.
    tokio::time::sleep(Duration::from_secs(10)).await;
    writing.store(false, Ordering::Relaxed);
    for w in writers {
        w.await.expect("writer");
    }
    let last: HashMap<String, String> = tally
        .changes
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .filter_map(|(uid, v)| {
            let c = v.last()?;
            assert!(c.acked, "a change of {uid} was never acknowledged");
            Some((uid.clone(), c.password.clone()))
        })
        .collect();
    // Drain: every change reached its device (the pollers keep polling).
    wait_until(
        "every device applied its user's last password",
        Duration::from_secs(90),
        || {
            let t = tally.clone();
            let last = last.clone();
            async move {
                let changes = t.changes.lock().unwrap_or_else(|p| p.into_inner());
                last.iter().all(|(uid, pw)| {
                    changes
                        .get(uid)
                        .and_then(|v| v.iter().find(|c| &c.password == pw))
                        .is_some_and(|c| c.sampled)
                })
            }
        },
    )
    .await;
    stop.store(true, Ordering::Relaxed);
    // Held polls end by their own timeout at the latest.
    for p in pollers {
        tokio::time::timeout(Duration::from_secs(40), p)
            .await
            .expect("a poller ends")
            .expect("poller");
    }
    // Each device logs in with exactly its user's last password.
    for (uid, unix, agent) in agents.lock().unwrap_or_else(|p| p.into_inner()).iter() {
        if let Some(pw) = last.get(uid) {
            assert!(
                agent.device.login(unix, pw),
                "{unix} lacks its last password"
            );
        }
    }

    // Nothing acknowledged was lost: the store has every user, and the
    // counts of the whole run.
    let statuses = tally
        .statuses
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let changes_acked: usize = tally
        .changes
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .values()
        .map(|v| v.iter().filter(|c| c.acked).count())
        .sum();
    let mut lat = tally
        .latencies
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let samples = lat.len();
    let p99 = p99(&mut lat);
    eprintln!(
        "replicas: {changes_acked} password changes acknowledged over {DEVICES} devices; answers by status {statuses:?}; {} transport errors; check-ins answered 503: {}; propagation (sent -> applied) p99 {p99:?} over {samples} changes through a SIGKILL and a database restart",
        tally.transport_errors.load(Ordering::Relaxed),
        tally.checkin_503.load(Ordering::Relaxed),
    );
    assert!(
        changes_acked >= 300,
        "too few changes to mean anything: {changes_acked}"
    );
    assert_eq!(statuses.get(&500), None, "Okta was answered 500");
    assert_eq!(
        tally.checkin_500.load(Ordering::Relaxed),
        0,
        "a check-in was answered 500"
    );
    assert_eq!(
        tally.applied_twice.load(Ordering::Relaxed),
        0,
        "a device applied a version twice"
    );
    for uid in &uids {
        let r = http
            .get(format!("{base}/scim/v2/Users/{uid}"))
            .bearer_auth(&key)
            .send()
            .await
            .expect("get");
        assert_eq!(r.status(), 200, "user {uid} after the faults");
    }
    // The replicas logged no failed request (a 500 is logged as an error).
    for i in [1, 3] {
        let log = std::fs::read_to_string(logs.path().join(format!("replica{i}.log")))
            .unwrap_or_default();
        assert!(
            !log.contains("request failed"),
            "replica {i} answered a request with an internal error:\n{log}"
        );
    }
    drop(lb);
    drop(replicas);
}
