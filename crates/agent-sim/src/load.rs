//! Load mode: N enrolled devices holding long-polls while Okta-style
//! password changes arrive at a steady rate; reports propagation latency
//! (change due → device applied) as p50/p90/p99/max. Okta's side runs on a
//! thread of its own ([`okta_side`]).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use password_sync::Platform;
use tokio::sync::Semaphore;

use crate::agent::Agent;
use crate::client::{Client, PasswordShape};
use crate::device::Device;
use crate::SimError;

/// Load settings.
#[derive(Debug, Clone)]
pub struct LoadConfig {
    /// Devices (one user each).
    pub devices: usize,
    /// Platform weights (macOS, Windows, Linux).
    pub mix: (u32, u32, u32),
    /// Password changes per second.
    pub rate: f64,
    /// How long to send changes.
    pub duration: Duration,
    /// Concurrency of the setup phase (creates, enrollments).
    pub setup_concurrency: usize,
    /// Additionally: a burst of this many changes at once after the steady phase.
    pub burst: usize,
    /// How long each held check-in asks to wait (the server caps it). The
    /// real agent asks for 60 s; with many devices a short wait is a steady
    /// load of re-polls of its own (devices ÷ wait per second).
    pub poll_wait: Duration,
    /// A pause after the set-up, before the devices hold their check-ins
    /// (announced to `progress` as phase `settle`).
    pub settle: Duration,
    /// Devices seeded already (`directory-server seed-devices`): used
    /// instead of setting up `devices` through the API.
    pub seeded: Option<Vec<SeededDevice>>,
    /// When Okta's changes begin. Every device opens its check-in at
    /// once (as a fleet does when its server restarts). By default the
    /// changes wait until the server holds all of them (its
    /// `directory_devices_connected` gauge; it must be the only fleet on
    /// that server): what is measured is propagation to devices that
    /// are connected. With this set they begin with the check-ins, and
    /// a change whose device has not reconnected yet waits for it.
    pub changes_during_reconnect: bool,
}

/// How long the devices' check-ins may take to be all held before the run
/// fails (100,000 devices on six replicas on two cores: 8–16 s).
const HELD_TIMEOUT: Duration = Duration::from_secs(180);

/// A device `directory-server seed-devices` made: one line of its CSV.
/// Its `Debug` leaves the credential out.
#[derive(Clone)]
pub struct SeededDevice {
    /// The server's id of the device.
    pub device_id: String,
    /// Its platform.
    pub platform: Platform,
    /// Its credential.
    pub credential: String,
    /// The user bound to it.
    pub user_id: String,
    /// That user's unix username.
    pub unix_username: String,
}

impl std::fmt::Debug for SeededDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SeededDevice")
            .field("device_id", &self.device_id)
            .field("platform", &self.platform)
            .field("credential", &"<redacted>")
            .field("user_id", &self.user_id)
            .field("unix_username", &self.unix_username)
            .finish()
    }
}

/// Reads `seed-devices`' CSV (`device_id,platform,credential,user_id,unix_username`
/// under that header).
pub fn parse_seeded(text: &str) -> Result<Vec<SeededDevice>, SimError> {
    const HEADER: &str = "device_id,platform,credential,user_id,unix_username";
    let mut lines = text.lines();
    if lines.next().map(str::trim) != Some(HEADER) {
        return Err(SimError::Scenario(format!(
            "a seeded fleet starts with the header line '{HEADER}'"
        )));
    }
    lines
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let bad = |why: &str| SimError::Scenario(format!("line {}: {why}", i + 2));
            let f: Vec<&str> = l.trim().split(',').collect();
            let [device_id, platform, credential, user_id, unix_username] = f[..] else {
                return Err(bad("expected five comma-separated fields"));
            };
            if [device_id, credential, user_id, unix_username]
                .iter()
                .any(|v| v.is_empty())
            {
                return Err(bad("an empty field"));
            }
            Ok(SeededDevice {
                device_id: device_id.into(),
                platform: Platform::parse(platform)
                    .ok_or_else(|| bad(&format!("'{platform}' is not a platform")))?,
                credential: credential.into(),
                user_id: user_id.into(),
                unix_username: unix_username.into(),
            })
        })
        .collect()
}

/// One applied change of the steady phase.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    /// When it was due, in seconds since the steady phase began.
    pub t: f64,
    /// From when it was due until its device applied it.
    pub latency: Duration,
    /// From when it was due until Okta had the server's answer (the write
    /// acknowledged); `None` when not known (a plotted CSV without it).
    /// The device may apply a change before Okta reads the answer.
    pub answered: Option<Duration>,
}

/// The measured latencies.
#[derive(Debug, Default, Clone)]
pub struct LoadReport {
    /// Each applied change of the steady phase.
    pub samples: Vec<Sample>,
    /// Changes sent in the steady phase.
    pub sent: usize,
    /// How long the set-up took (users, enrolments, bindings, first sync).
    pub setup: Duration,
    /// Changes not applied within the drain window.
    pub missing: usize,
    /// Burst: changes and the time until all were applied.
    pub burst: Option<(usize, Duration)>,
    /// One full credential derivation (default parameters) timed on this
    /// machine right before and right after the burst (the mean): with the
    /// server on the same machine, `burst × derivation ÷ cores` is the
    /// hash-bound time the burst is measured against.
    pub derivation: Option<Duration>,
    /// This process's own CPU time during the burst (Linux only): sending
    /// the changes and running the 10,000-odd devices' check-ins (HTTP,
    /// JSON, applying the received credentials) on the same cores as the
    /// server, which real Okta and real devices do not.
    pub burst_sim_cpu: Option<Duration>,
    /// Check-ins, or the reports after them, that failed (each device
    /// polls again after 200 ms, and sends the reports again after its next
    /// check-in).
    pub failed_polls: Failures,
    /// Some of the users whose change never arrived (ids).
    pub missing_users: Vec<String>,
    /// From when the devices opened their check-ins until the server
    /// held all of them (99.5% of them with `changes_during_reconnect`,
    /// when devices that just got a change are between check-ins);
    /// `None` if that did not happen before the changes ended.
    pub held_after: Option<Duration>,
}

/// The check-ins (or the reports after them) that failed during a load.
#[derive(Debug, Default, Clone)]
pub struct Failures {
    /// How many failed.
    pub count: usize,
    /// On how many devices.
    pub devices: usize,
    /// When the first and the last failed, in seconds since the devices
    /// began holding their check-ins.
    pub span: Option<(f64, f64)>,
    /// The first one's error.
    pub first: Option<String>,
}

/// [`Failures`] as they are noted (the devices by id).
#[derive(Debug, Default)]
struct FailureLog {
    count: usize,
    devices: std::collections::HashSet<String>,
    span: Option<(f64, f64)>,
    first: Option<String>,
}

impl FailureLog {
    fn note(&mut self, device: &str, e: &SimError, at: f64) {
        self.count += 1;
        if !self.devices.contains(device) {
            self.devices.insert(device.to_string());
        }
        self.span = Some(self.span.map_or((at, at), |(first, _)| (first, at)));
        if self.first.is_none() {
            self.first = Some(format!("device {device}: {e}"));
        }
    }

    fn report(&self) -> Failures {
        Failures {
            count: self.count,
            devices: self.devices.len(),
            span: self.span,
            first: self.first.clone(),
        }
    }
}

impl LoadReport {
    /// The q-quantile of the latencies (0..=1).
    pub fn quantile(&self, q: f64) -> Duration {
        quantile(self.samples.iter().map(|s| s.latency).collect(), q)
    }

    /// The q-quantile (0..=1) of how long Okta waited for the server's
    /// answer, over the changes whose answer is known; `None` if none is.
    /// Beside [`LoadReport::quantile`] it tells the write's part of a
    /// change's latency from the delivery's (a device still reconnecting,
    /// a wake-up).
    pub fn answered_quantile(&self, q: f64) -> Option<Duration> {
        let v: Vec<Duration> = self.samples.iter().filter_map(|s| s.answered).collect();
        (!v.is_empty()).then(|| quantile(v, q))
    }

    /// Draws latency over time as a PNG scatter plot. Labels need a TrueType
    /// font: `font` or, by default, DejaVu Sans from Debian's fonts-dejavu-core.
    pub fn plot(
        &self,
        path: &std::path::Path,
        title: &str,
        font: Option<&std::path::Path>,
    ) -> Result<(), SimError> {
        use plotters::prelude::*;
        let font_path = font
            .map(std::path::Path::to_path_buf)
            .unwrap_or_else(|| "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf".into());
        let bytes = std::fs::read(&font_path).map_err(|e| {
            SimError::Scenario(format!(
                "the plot needs a TrueType font ({}): {e}",
                font_path.display()
            ))
        })?;
        // register_font keeps the bytes for the process's lifetime.
        let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        plotters::style::register_font("sans-serif", FontStyle::Normal, bytes).map_err(|_| {
            SimError::Scenario(format!("{} is not a usable font", font_path.display()))
        })?;
        let err = |e: &dyn std::fmt::Display| SimError::Scenario(format!("plot: {e}"));
        let root = BitMapBackend::new(path, (1000, 500)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| err(&e))?;
        let t_max = self.samples.iter().map(|s| s.t).fold(1.0, f64::max);
        let l_max = self
            .samples
            .iter()
            .map(|s| s.latency.as_secs_f64() * 1000.0)
            .fold(1.0, f64::max)
            * 1.1;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 20))
            .margin(15)
            .x_label_area_size(40)
            .y_label_area_size(60)
            .build_cartesian_2d(0.0..t_max, 0.0..l_max)
            .map_err(|e| err(&e))?;
        chart
            .configure_mesh()
            .x_desc("seconds since the first change")
            .y_desc("change due -> device applied (ms)")
            .draw()
            .map_err(|e| err(&e))?;
        chart
            .draw_series(
                self.samples.iter().map(|s| {
                    Circle::new((s.t, s.latency.as_secs_f64() * 1000.0), 2, BLUE.filled())
                }),
            )
            .map_err(|e| err(&e))?;
        root.present().map_err(|e| err(&e))?;
        Ok(())
    }

    /// CSV: `t_seconds,latency_ms,answered_ms` (the last empty when not
    /// known).
    pub fn csv(&self) -> String {
        let ms = |d: Duration| format!("{:.3}", d.as_secs_f64() * 1000.0);
        let mut s = String::from(CSV_HEADER);
        s.push('\n');
        for x in &self.samples {
            s.push_str(&format!(
                "{:.3},{},{}\n",
                x.t,
                ms(x.latency),
                x.answered.map(ms).unwrap_or_default()
            ));
        }
        s
    }

    /// Reads a CSV [`LoadReport::csv`] wrote (or an older one without
    /// `answered_ms`) into a report holding only its samples.
    pub fn from_csv(text: &str) -> Result<LoadReport, SimError> {
        let mut lines = text.lines();
        let header = lines.next().map(str::trim).unwrap_or_default();
        if !CSV_HEADER.starts_with(header) || !header.starts_with("t_seconds,latency_ms") {
            return Err(SimError::Scenario(format!(
                "a latency CSV starts with the header line '{CSV_HEADER}', not '{header}'"
            )));
        }
        let mut report = LoadReport::default();
        for (i, line) in lines.enumerate() {
            let bad = |why: String| SimError::Scenario(format!("line {}: {why}", i + 2));
            let mut f = line.trim().split(',');
            let mut number = |name: &str| -> Result<Option<f64>, SimError> {
                match f.next().map(str::trim) {
                    None | Some("") => Ok(None),
                    Some(v) => v
                        .parse::<f64>()
                        .ok()
                        .filter(|x| x.is_finite() && *x >= 0.0)
                        .map(Some)
                        .ok_or_else(|| bad(format!("'{v}' is not {name}"))),
                }
            };
            let t = number("a time")?;
            let latency = number("a latency")?;
            let answered = number("an answer time")?;
            let (Some(t), Some(latency)) = (t, latency) else {
                return Err(bad("expected a time and a latency".into()));
            };
            report.samples.push(Sample {
                t,
                latency: Duration::from_secs_f64(latency / 1000.0),
                answered: answered.map(|a| Duration::from_secs_f64(a / 1000.0)),
            });
        }
        Ok(report)
    }
}

/// The q-quantile (0..=1) of `v` (nearest rank); zero for none.
fn quantile(mut v: Vec<Duration>, q: f64) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    v.sort();
    let i = ((v.len() as f64 - 1.0) * q).round() as usize;
    v[i.min(v.len() - 1)]
}

fn platform_for(i: usize, mix: (u32, u32, u32)) -> Platform {
    let total = (mix.0 + mix.1 + mix.2).max(1) as usize;
    let k = (i % total) as u32;
    if k < mix.0 {
        Platform::Macos
    } else if k < mix.0 + mix.1 {
        Platform::Windows
    } else {
        Platform::Linux
    }
}

/// The header of [`LoadReport::csv`].
const CSV_HEADER: &str = "t_seconds,latency_ms,answered_ms";

type Sent = Arc<Mutex<HashMap<String, Instant>>>;

/// The mean time of one full derivation with the default parameters, over
/// a few of them, off the async threads.
async fn derivation_time() -> Result<Duration, SimError> {
    tokio::task::spawn_blocking(|| {
        password_sync::material::mean_derivation_time(&password_sync::HashParams::default(), 5)
            .map_err(|e| SimError::Device(format!("timing a derivation: {e}")))
    })
    .await
    .map_err(|e| SimError::Device(format!("timing a derivation: {e}")))?
}

/// Runs the load. `progress` is called with (phase, done, total).
/// Runs the load: `client` is Okta's and the admin's side (users, devices
/// enrolled and bound, password changes); the devices check in to
/// `devices` (the same server, or another replica on the same database).
pub async fn run(
    client: Client,
    devices: Client,
    cfg: &LoadConfig,
    progress: impl Fn(&str, usize, usize) + Send + Sync + 'static,
) -> Result<LoadReport, SimError> {
    let progress = Arc::new(progress);
    let run_id = format!("{:x}", rand::random::<u32>());
    let sem = Arc::new(Semaphore::new(cfg.setup_concurrency.max(1)));
    let setup_started = Instant::now();
    // Setup: users, devices, bindings, first sync.
    let (users, agents) = match &cfg.seeded {
        Some(fleet) => first_sync(fleet, &devices, &sem, &progress).await?,
        None => set_up(&client, &devices, cfg, &run_id, &sem, &progress).await?,
    };
    let setup = setup_started.elapsed();
    if !cfg.settle.is_zero() {
        progress("settle", agents.len(), agents.len());
        tokio::time::sleep(cfg.settle).await;
    }
    // Hold a long-poll per device; record arrival times.
    let sent: Sent = Arc::new(Mutex::new(HashMap::new()));
    // (when the change was due, latency)
    let samples = Arc::new(Mutex::new(Vec::<(Instant, Duration)>::new()));
    let hold_started = Instant::now();
    let stop = Arc::new(tokio::sync::Notify::new());
    let failed: Arc<Mutex<FailureLog>> = Arc::default();
    let mut pollers = Vec::new();
    let poll_wait = cfg.poll_wait.as_secs().max(1);
    for mut agent in agents {
        let sent = sent.clone();
        let samples = samples.clone();
        let stop = stop.clone();
        let failed = failed.clone();
        let wait = poll_wait;
        pollers.push(tokio::spawn(async move {
            let note_failure = |e: SimError, device: &str| {
                failed.lock().unwrap_or_else(|p| p.into_inner()).note(
                    device,
                    &e,
                    hold_started.elapsed().as_secs_f64(),
                );
            };
            loop {
                // A change's latency ends when the device applies it; its
                // report is sent after (a failed report is repeated by the
                // next flush, and is not a change arriving a poll later).
                let applied = tokio::select! {
                    r = agent.apply(wait) => r,
                    () = stop.notified() => return,
                };
                let out = match applied {
                    Ok(out) => out,
                    Err(e) => {
                        note_failure(e, &agent.device_id);
                        tokio::time::sleep(Duration::from_millis(200)).await;
                        continue;
                    }
                };
                let now = Instant::now();
                for (user, _v) in out.received {
                    let Some(uid) = agent.users.get(&user).cloned() else {
                        continue;
                    };
                    if let Some(at) = sent.lock().unwrap_or_else(|p| p.into_inner()).remove(&uid) {
                        samples
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .push((at, now - at));
                    }
                }
                let flushed = tokio::select! {
                    r = agent.flush() => r,
                    () = stop.notified() => return,
                };
                if let Err(e) = flushed {
                    note_failure(e, &agent.device_id);
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
        }));
    }
    progress("hold", pollers.len(), pollers.len());
    let n_devices = pollers.len();
    let held = {
        let devices = devices.clone();
        // Before any change every device holds; during changes the few
        // that just got one are between check-ins.
        let enough = if cfg.changes_during_reconnect {
            n_devices - n_devices / 200
        } else {
            n_devices
        };
        tokio::spawn(async move { wait_until_held(&devices, enough, hold_started).await })
    };
    // Either awaited now, or (during the reconnect) looked at once the
    // changes are sent.
    let (held_later, mut held_after) = if cfg.changes_during_reconnect {
        (Some(held), None)
    } else {
        let after = held.await.map_err(|e| SimError::Http(e.to_string()))??;
        progress("held", n_devices, n_devices);
        (None, Some(after))
    };
    let changes_started = Instant::now();
    // Steady phase: changes at `rate` per second, one user at a time, sent
    // by `okta_side` on a thread of its own.
    let interval = Duration::from_secs_f64(1.0 / cfg.rate.max(0.001));
    let n_changes = (cfg.duration.as_secs_f64() * cfg.rate).round() as usize;
    let okta = client.with_own_connections()?;
    let steady = {
        let (users, sent, progress) = (users.clone(), sent.clone(), progress.clone());
        let run_id = run_id.clone();
        std::thread::Builder::new()
            .name("okta".into())
            .spawn(move || {
                okta_side(okta, &users, &run_id, n_changes, interval, &sent, |k| {
                    progress("changes", k, n_changes)
                })
            })
            .map_err(|e| SimError::Http(format!("cannot start Okta's thread: {e}")))?
    };
    let answered: HashMap<Instant, Duration> = tokio::task::spawn_blocking(move || steady.join())
        .await
        .map_err(|e| SimError::Http(e.to_string()))?
        .map_err(|_| SimError::Http("Okta's thread panicked".into()))??
        .into_iter()
        .collect();
    // Drain.
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline && !sent.lock().unwrap_or_else(|p| p.into_inner()).is_empty() {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (missing, missing_users) = {
        let sent = sent.lock().unwrap_or_else(|p| p.into_inner());
        (sent.len(), sent.keys().take(5).cloned().collect())
    };
    if let Some(h) = held_later {
        // During a reconnect: whether the fleet was held by now.
        if h.is_finished() {
            held_after = h.await.ok().and_then(Result::ok);
        } else {
            h.abort();
        }
    }
    let samples = samples
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .map(|&(due, latency)| Sample {
            t: due.saturating_duration_since(changes_started).as_secs_f64(),
            latency,
            answered: answered.get(&due).copied(),
        })
        .collect();
    let mut report = LoadReport {
        failed_polls: failed.lock().unwrap_or_else(|p| p.into_inner()).report(),
        missing_users,
        held_after,
        samples,
        sent: n_changes,
        setup,
        missing,
        burst: None,
        derivation: None,
        burst_sim_cpu: None,
    };
    if cfg.burst > 0 {
        let n = cfg.burst.min(users.len());
        let before = derivation_time().await?;
        let cpu_before = own_cpu();
        let started = Instant::now();
        let mut tasks = Vec::new();
        for (k, uid) in users.iter().take(n).enumerate() {
            let client = client.clone();
            let sent = sent.clone();
            let uid = uid.clone();
            let password = format!("Burst-{run_id}-{k}-Pw9x");
            tasks.push(tokio::spawn(async move {
                sent.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(uid.clone(), Instant::now());
                client
                    .set_password(&uid, &password, PasswordShape::PatchPath)
                    .await
            }));
        }
        for t in tasks {
            t.await.map_err(|e| SimError::Http(e.to_string()))??;
        }
        let deadline = Instant::now() + Duration::from_secs(120);
        while Instant::now() < deadline
            && !sent.lock().unwrap_or_else(|p| p.into_inner()).is_empty()
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        report.burst = Some((n, started.elapsed()));
        report.burst_sim_cpu = own_cpu()
            .zip(cpu_before)
            .map(|(after, before)| after.saturating_sub(before));
        report.missing += sent.lock().unwrap_or_else(|p| p.into_inner()).len();
        report.derivation = Some((before + derivation_time().await?) / 2);
    }
    stop.notify_waiters();
    for p in pollers {
        p.abort();
    }
    Ok(report)
}

/// Waits until the server holds `n` check-ins (its gauge), reading it
/// every 100 ms; the time since `since`. A failed reading is tried again
/// (the server may be busy opening check-ins); the run fails if the gauge
/// stays under `n` for [`HELD_TIMEOUT`].
async fn wait_until_held(devices: &Client, n: usize, since: Instant) -> Result<Duration, SimError> {
    let mut last = Ok(0);
    while since.elapsed() < HELD_TIMEOUT {
        last = devices.held_checkins().await;
        if matches!(last, Ok(k) if k >= n as u64) {
            return Ok(since.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(SimError::Assertion(match last {
        Ok(k) => format!(
            "the server held {k} of {n} check-ins {} s after the devices opened them",
            HELD_TIMEOUT.as_secs()
        ),
        Err(e) => format!("cannot read how many check-ins the server holds: {e}"),
    }))
}

/// Okta: `n` password changes, one every `interval`, to `users` in turn
/// (passwords of this run only: a second run against the same fleet
/// changes them again).
///
/// Okta is another machine: it runs on a thread and a runtime of its own,
/// with its own connections, so a fleet of devices keeping this process's
/// runtime busy (all of them opening their check-ins at once) does not
/// delay what Okta sends. A change is stamped with the moment it was due,
/// so whatever still delays its sending counts in its latency. Returns,
/// per change, when it was due and how long after that its answer came.
fn okta_side(
    okta: Client,
    users: &[String],
    run_id: &str,
    n: usize,
    interval: Duration,
    sent: &Sent,
    progress: impl Fn(usize),
) -> Result<Vec<(Instant, Duration)>, SimError> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| SimError::Http(format!("cannot start Okta's runtime: {e}")))?;
    rt.block_on(async {
        let mut ticker = tokio::time::interval(interval);
        let mut requests = tokio::task::JoinSet::new();
        for k in 0..n {
            let due = ticker.tick().await.into_std();
            let Some(uid) = users.get(k % users.len().max(1)).cloned() else {
                return Err(SimError::Assertion("no users to change".into()));
            };
            sent.lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(uid.clone(), due);
            let okta = okta.clone();
            let password = format!("Change-{run_id}-{k}-Pw9x");
            requests.spawn(async move {
                okta.set_password(&uid, &password, PasswordShape::PatchPath)
                    .await
                    .map(|()| (due, due.elapsed()))
            });
            progress(k + 1);
        }
        let mut answered = Vec::with_capacity(n);
        while let Some(r) = requests.join_next().await {
            answered.push(r.map_err(|e| SimError::Http(e.to_string()))??);
        }
        Ok(answered)
    })
}

type Fleet = (Vec<String>, Vec<Agent>);

/// The set-up through the API: per device a user created with a password,
/// a device enrolled and bound, and its first sync.
async fn set_up(
    client: &Client,
    devices: &Client,
    cfg: &LoadConfig,
    run_id: &str,
    sem: &Arc<Semaphore>,
    progress: &Arc<impl Fn(&str, usize, usize) + Send + Sync + 'static>,
) -> Result<Fleet, SimError> {
    let mut tasks = Vec::new();
    for i in 0..cfg.devices {
        let client = client.clone();
        let devices = devices.clone();
        let sem = sem.clone();
        let mix = cfg.mix;
        let run_id = run_id.to_string();
        tasks.push(tokio::spawn(async move {
            let _p = sem
                .acquire()
                .await
                .map_err(|e| SimError::Http(e.to_string()))?;
            let login = format!("l{run_id}-{i}@load.test");
            let first = format!("First-{i}-Pw9");
            let uid = client.create_user(&login, &first).await?;
            let platform = platform_for(i, mix);
            let (did, cred) = client
                .enroll(&format!("dev-{run_id}-{i}"), platform.as_str())
                .await?;
            client.bind(&uid, &did).await?;
            let unix = login.split('@').next().unwrap_or_default().to_string();
            let mut device = Device::new(platform);
            device.add_user(&unix, &first)?;
            let mut agent = Agent::new(&format!("dev-{i}"), &did, device, devices.agent(&cred));
            agent.users.insert(unix.clone(), uid.clone());
            agent.poll(0).await?;
            Ok::<_, SimError>((uid, agent))
        }));
    }
    gather(tasks, "setup", progress.as_ref()).await
}

/// A seeded fleet's first sync: each device checks in from cursor 0 and
/// creates its user's account (no password yet), `sem` at a time.
async fn first_sync(
    fleet: &[SeededDevice],
    devices: &Client,
    sem: &Arc<Semaphore>,
    progress: &Arc<impl Fn(&str, usize, usize) + Send + Sync + 'static>,
) -> Result<Fleet, SimError> {
    let mut tasks = Vec::new();
    for (i, d) in fleet.iter().cloned().enumerate() {
        let (devices, sem) = (devices.clone(), sem.clone());
        tasks.push(tokio::spawn(async move {
            let _p = sem
                .acquire()
                .await
                .map_err(|e| SimError::Http(e.to_string()))?;
            let mut agent = Agent::new(
                &format!("dev-{i}"),
                &d.device_id,
                Device::new(d.platform),
                devices.agent(&d.credential),
            );
            agent.poll(0).await?;
            if agent.users.get(&d.unix_username) != Some(&d.user_id) {
                return Err(SimError::Device(format!(
                    "seeded device {} did not receive {}'s account at its first sync",
                    d.device_id, d.unix_username
                )));
            }
            Ok::<_, SimError>((d.user_id, agent))
        }));
    }
    gather(tasks, "sync", progress.as_ref()).await
}

/// Each device's (user, agent) as its task finishes, in order.
async fn gather(
    tasks: Vec<tokio::task::JoinHandle<Result<(String, Agent), SimError>>>,
    phase: &str,
    progress: &(impl Fn(&str, usize, usize) + Send + Sync + 'static),
) -> Result<Fleet, SimError> {
    let mut users = Vec::new();
    let mut agents = Vec::new();
    let total = tasks.len();
    for (n, t) in tasks.into_iter().enumerate() {
        let (uid, agent) = t.await.map_err(|e| SimError::Http(e.to_string()))??;
        users.push(uid);
        agents.push(agent);
        progress(phase, n + 1, total);
    }
    Ok((users, agents))
}

/// Creates `n` users `{prefix}-{i}@load.test` with passwords, at most as
/// many at once as `sem` allows; their ids, in order.
async fn create_members(
    client: &Client,
    sem: &Arc<Semaphore>,
    prefix: &str,
    n: usize,
    progress: &(impl Fn(&str, usize, usize) + Send + Sync + 'static),
) -> Result<Vec<String>, SimError> {
    let mut tasks = Vec::new();
    for i in 0..n {
        let (client, sem, login) = (
            client.clone(),
            sem.clone(),
            format!("{prefix}-{i}@load.test"),
        );
        tasks.push(tokio::spawn(async move {
            let _p = sem
                .acquire()
                .await
                .map_err(|e| SimError::Http(e.to_string()))?;
            client
                .create_user(&login, &format!("Member-{i}-Pw9x"))
                .await
        }));
    }
    let mut ids = Vec::with_capacity(n);
    for (k, t) in tasks.into_iter().enumerate() {
        ids.push(t.await.map_err(|e| SimError::Http(e.to_string()))??);
        progress("users", k + 1, n);
    }
    Ok(ids)
}

/// What [`group_fanout`] measured.
#[derive(Debug, Clone)]
pub struct GroupFanoutReport {
    /// Devices in the device group.
    pub devices: usize,
    /// Members the one PATCH added.
    pub members: usize,
    /// The PATCH's own answer time.
    pub patch: Duration,
    /// From the PATCH sent until each device had every member's account,
    /// the unix group with every member, and every member's password: p50,
    /// p99 and the last device.
    pub p50: Duration,
    /// p99.
    pub p99: Duration,
    /// The last device.
    pub all: Duration,
    /// Devices that had not finished within the window.
    pub missing: usize,
    /// The server's convergence for the group at the end:
    /// (devices, membership applied, passwords applied, converged).
    pub convergence: (u64, u64, u64, u64),
}

/// Simulated Linux devices (agent-sim's, on the real agent's core) in one
/// device group; a group bound to it; then one Okta PATCH adds `members`
/// users to the group. Measures how long until every device has applied it.
pub async fn group_fanout(
    client: Client,
    devices: usize,
    members: usize,
    setup_concurrency: usize,
    progress: impl Fn(&str, usize, usize) + Send + Sync + 'static,
) -> Result<GroupFanoutReport, SimError> {
    use reqwest::Method;
    use serde_json::json;
    let run_id = format!("{:x}", rand::random::<u32>());
    let sem = Arc::new(Semaphore::new(setup_concurrency.max(1)));
    let users = create_members(&client, &sem, &format!("g{run_id}"), members, &progress).await?;
    let set = client
        .admin(
            Method::POST,
            "/device-groups",
            Some(json!({"name": format!("fleet-{run_id}")})),
        )
        .await?["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let mut tasks = Vec::new();
    for i in 0..devices {
        let (client, sem, run_id, set) = (client.clone(), sem.clone(), run_id.clone(), set.clone());
        tasks.push(tokio::spawn(async move {
            let _p = sem
                .acquire()
                .await
                .map_err(|e| SimError::Http(e.to_string()))?;
            let (did, cred) = client
                .enroll(&format!("fleet-{run_id}-{i}"), "linux")
                .await?;
            client
                .admin(
                    Method::PUT,
                    &format!("/device-groups/{set}/devices/{did}"),
                    None,
                )
                .await?;
            let mut agent = Agent::new(
                &format!("fleet-{i}"),
                &did,
                Device::new(Platform::Linux),
                client.agent(&cred),
            );
            agent.poll(0).await?;
            Ok::<_, SimError>(agent)
        }));
    }
    let mut agents = Vec::new();
    for (n, t) in tasks.into_iter().enumerate() {
        agents.push(t.await.map_err(|e| SimError::Http(e.to_string()))??);
        progress("devices", n + 1, devices);
    }
    let group = client.create_group(&format!("Fleet {run_id}"), &[]).await?;
    client
        .admin(
            Method::POST,
            "/group-bindings",
            Some(json!({"group_id": group, "device_group_id": set})),
        )
        .await?;
    // Every device holds a long-poll; each notes when it has it all.
    let t0 = Arc::new(Mutex::new(None::<Instant>));
    let finished = Arc::new(Mutex::new(Vec::<Duration>::new()));
    let mut pollers = Vec::new();
    for mut agent in agents {
        let (t0, finished) = (t0.clone(), finished.clone());
        pollers.push(tokio::spawn(async move {
            loop {
                match agent.poll(25).await {
                    Ok(_) => {
                        let complete = agent.memory.managed.len() == members
                            && agent
                                .memory
                                .managed
                                .values()
                                .all(|m| m.password_version >= 1)
                            && agent
                                .device
                                .access()
                                .groups
                                .values()
                                .any(|g| g.members.len() == members);
                        let at = *t0.lock().unwrap_or_else(|p| p.into_inner());
                        if complete {
                            if let Some(at) = at {
                                let applied = at.elapsed();
                                // One more poll: the server learns it applied it.
                                let _ = agent.poll(0).await;
                                finished
                                    .lock()
                                    .unwrap_or_else(|p| p.into_inner())
                                    .push(applied);
                                return;
                            }
                        }
                    }
                    Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let started = Instant::now();
    *t0.lock().unwrap_or_else(|p| p.into_inner()) = Some(started);
    client.add_group_members(&group, &users).await?;
    let patch = started.elapsed();
    let deadline = Instant::now() + Duration::from_secs(900);
    loop {
        let n = finished.lock().unwrap_or_else(|p| p.into_inner()).len();
        progress("applied", n, devices);
        if n == devices || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for p in pollers {
        p.abort();
    }
    let mut done = finished.lock().unwrap_or_else(|p| p.into_inner()).clone();
    done.sort();
    let q = |x: f64| {
        done.get(((done.len() as f64 - 1.0) * x).round() as usize)
            .copied()
            .unwrap_or_default()
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    let c = client
        .admin(Method::GET, &format!("/groups/{group}/convergence"), None)
        .await?;
    let n = |k: &str| c[k].as_u64().unwrap_or(0);
    Ok(GroupFanoutReport {
        devices,
        members,
        patch,
        p50: q(0.5),
        p99: q(0.99),
        all: done.last().copied().unwrap_or_default(),
        missing: devices - done.len(),
        convergence: (
            n("devices"),
            n("membership_applied"),
            n("passwords_applied"),
            n("converged"),
        ),
    })
}

/// What [`big_checkin`] measured.
#[derive(Debug, Clone)]
pub struct BigCheckin {
    /// Users bound to the device (through one group).
    pub users: usize,
    /// From the group binding's request until every member is bound.
    pub bind: Duration,
    /// The first check-in: bytes of its JSON and its time.
    pub first_bytes: usize,
    /// Its time.
    pub first: Duration,
    /// The check-in after the device applied everything (nothing new).
    pub idle: Duration,
}

/// A device that `users` users reach through one group: the size and time
/// of its first check-in (every account, the group, every password).
pub async fn big_checkin(
    client: Client,
    users: usize,
    setup_concurrency: usize,
    progress: impl Fn(&str, usize, usize) + Send + Sync + 'static,
) -> Result<BigCheckin, SimError> {
    use reqwest::Method;
    use serde_json::json;
    let run_id = format!("{:x}", rand::random::<u32>());
    let sem = Arc::new(Semaphore::new(setup_concurrency.max(1)));
    let ids = create_members(&client, &sem, &format!("b{run_id}"), users, &progress).await?;
    let group = client
        .create_group(&format!("Everyone {run_id}"), &ids)
        .await?;
    let (did, cred) = client.enroll(&format!("big-{run_id}"), "linux").await?;
    let conn = client.agent(&cred);
    conn.checkin(0, 0).await?;
    let t = Instant::now();
    client
        .admin(
            Method::POST,
            "/group-bindings",
            Some(json!({"group_id": group, "device_id": did})),
        )
        .await?;
    // So many users are bound in the background: until none is queued.
    loop {
        let c = client
            .admin(Method::GET, &format!("/groups/{group}/convergence"), None)
            .await?;
        if c["queued_members"].as_u64() == Some(0) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let bind = t.elapsed();
    let t = Instant::now();
    let first = conn.checkin(0, 0).await?;
    let first_time = t.elapsed();
    let first_bytes = serde_json::to_vec(&first).map(|v| v.len()).unwrap_or(0);
    if first.accounts.as_ref().map(Vec::len) != Some(users) || first.deliveries.len() != users {
        return Err(SimError::Device(format!(
            "the check-in holds {} accounts and {} passwords, not {users}",
            first.accounts.as_ref().map_or(0, Vec::len),
            first.deliveries.len()
        )));
    }
    let mut agent = Agent::new("big", &did, Device::new(Platform::Linux), conn);
    agent.poll(0).await?;
    let t = Instant::now();
    agent.poll(0).await?;
    Ok(BigCheckin {
        users,
        bind,
        first_bytes,
        first: first_time,
        idle: t.elapsed(),
    })
}

/// User and system CPU time of this process so far, from `/proc/self/stat`
/// (fields 14 and 15, in the kernel's fixed 100 ticks per second); `None`
/// where there is no procfs.
fn own_cpu() -> Option<Duration> {
    cpu_of_stat(&std::fs::read_to_string("/proc/self/stat").ok()?)
}

fn cpu_of_stat(stat: &str) -> Option<Duration> {
    // Skip the command name, which may hold spaces and parentheses: after
    // it, utime and stime are the 12th and 13th fields.
    let mut fields = stat
        .get(stat.rfind(')')? + 2..)?
        .split_whitespace()
        .skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some(Duration::from_millis((utime + stime) * 10))
}

#[cfg(test)]
mod cpu_tests {
    use super::*;

    #[test]
    fn reads_utime_and_stime_after_an_awkward_command_name() {
        let stat = "4242 (a (b) c) S 1 2 3 4 5 6 7 8 9 10 150 25 0 0 20 0 1";
        assert_eq!(cpu_of_stat(stat), Some(Duration::from_millis(1750)));
        assert_eq!(cpu_of_stat("4242 (x) S 1 2"), None);
        assert_eq!(cpu_of_stat("garbage"), None);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn own_cpu_is_read_on_linux() {
        assert!(own_cpu().is_some());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latency_csv_reads_back_what_it_wrote_and_an_older_one_too() {
        let ms = |m: u64| Duration::from_millis(m);
        let report = LoadReport {
            samples: vec![
                Sample {
                    t: 0.05,
                    latency: ms(120),
                    answered: Some(ms(30)),
                },
                Sample {
                    t: 1.5,
                    latency: ms(2500),
                    answered: None,
                },
                Sample {
                    t: 2.0,
                    latency: ms(80),
                    answered: Some(ms(900)),
                },
            ],
            ..LoadReport::default()
        };
        let back = LoadReport::from_csv(&report.csv()).expect("its own CSV");
        assert_eq!(back.samples, report.samples);
        assert_eq!(back.quantile(1.0), ms(2500));
        assert_eq!(back.answered_quantile(0.0), Some(ms(30)));
        assert_eq!(back.answered_quantile(1.0), Some(ms(900)));
        let old = LoadReport::from_csv("t_seconds,latency_ms\n0.500,12.000\n").expect("old");
        assert_eq!(old.samples.len(), 1);
        assert_eq!(old.answered_quantile(0.5), None);
    }

    #[test]
    fn a_bad_latency_csv_is_refused_with_its_line() {
        for (text, says) in [
            ("t,l\n1,2\n", "header line"),
            (
                "t_seconds,latency_ms\n1.0\n",
                "line 2: expected a time and a latency",
            ),
            (
                "t_seconds,latency_ms\n1.0,fast\n",
                "line 2: 'fast' is not a latency",
            ),
            (
                "t_seconds,latency_ms,answered_ms\n1,2,3\n1,-2,3\n",
                "line 3: '-2' is not a latency",
            ),
            (
                "t_seconds,latency_ms,answered_ms\n1,2,NaN\n",
                "'NaN' is not an answer time",
            ),
        ] {
            let e = LoadReport::from_csv(text).expect_err(text).to_string();
            assert!(e.contains(says), "{text:?}: {e}");
        }
    }

    #[test]
    fn failures_count_devices_once_and_keep_the_first_error_and_the_span() {
        let mut log = FailureLog::default();
        assert_eq!(log.report().span, None);
        let e = |m: &str| SimError::Http(m.into());
        log.note("d1", &e("first"), 2.0);
        log.note("d2", &e("second"), 3.5);
        log.note("d1", &e("third"), 7.25);
        let f = log.report();
        assert_eq!((f.count, f.devices), (3, 2));
        assert_eq!(f.span, Some((2.0, 7.25)));
        assert_eq!(f.first.as_deref(), Some("device d1: HTTP: first"));
    }

    #[test]
    fn a_seeded_fleet_is_read_and_bad_lines_are_named() {
        let good = "device_id,platform,credential,user_id,unix_username\n\
                    d1,linux,dv_a_b,u1,fleet0\nd2,windows,dv_c_d,u2,fleet1\n\n";
        let f = parse_seeded(good).expect("good");
        assert_eq!(f.len(), 2);
        assert!(
            !format!("{f:?}").contains("dv_a_b"),
            "the credential is not printed"
        );
        assert_eq!(
            (f[1].platform, f[1].unix_username.as_str()),
            (Platform::Windows, "fleet1")
        );
        for (text, why) in [
            ("d1,linux,c,u,n\n", "header"),
            (
                "device_id,platform,credential,user_id,unix_username\nd1,linux,c,u\n",
                "line 2: expected five",
            ),
            (
                "device_id,platform,credential,user_id,unix_username\nd1,beos,c,u,n\n",
                "line 2: 'beos' is not a platform",
            ),
            (
                "device_id,platform,credential,user_id,unix_username\nd1,linux,,u,n\n",
                "line 2: an empty field",
            ),
        ] {
            let e = parse_seeded(text).expect_err(why).to_string();
            assert!(e.contains(why), "{e}");
        }
    }
}
