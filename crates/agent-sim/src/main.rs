//! `agent-sim`: run device scenarios or a load against a server.
//!
//! ```text
//! agent-sim scenario scenarios/single-mac-online.toml --server http://127.0.0.1:8080 --key dk_...
//! agent-sim load --server URL --key KEY --devices 1000 --platform-mix macos=1,windows=1,linux=1 --rate 10 --duration 60
//! ```
#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use agent_sim::client::Client;
use agent_sim::load::{self, LoadConfig};
use agent_sim::scenario;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "agent-sim",
    version,
    about = "Simulated macOS/Windows/Linux device agents"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run scenario files; exits non-zero on the first failed assertion.
    Scenario {
        /// One or more scenario files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Server base URL.
        #[arg(long, env = "AGENT_SIM_SERVER")]
        server: String,
        /// A tenant admin API key.
        #[arg(long, env = "AGENT_SIM_KEY")]
        key: String,
    },
    /// Plot a CSV written by `load --csv` as a PNG.
    Plot {
        /// The CSV (`t_seconds,latency_ms[,answered_ms]`).
        #[arg(long)]
        csv: PathBuf,
        /// The PNG to write.
        #[arg(long)]
        out: PathBuf,
        /// The title.
        #[arg(long, default_value = "propagation latency")]
        title: String,
    },
    /// Propagation latency under load.
    Load {
        #[arg(long, env = "AGENT_SIM_SERVER")]
        server: String,
        #[arg(long, env = "AGENT_SIM_KEY")]
        key: String,
        /// Send Okta's and the admin's requests here instead (another
        /// replica on the same database); the devices use `--server`.
        #[arg(long)]
        okta_server: Option<String>,
        /// Devices (one user each).
        #[arg(long, default_value_t = 100)]
        devices: usize,
        /// Weights, e.g. `macos=1,windows=1,linux=1`.
        #[arg(long, default_value = "macos=1,windows=1,linux=1")]
        platform_mix: String,
        /// The devices `directory-server seed-devices` wrote (its CSV),
        /// instead of setting up `--devices` through the API.
        #[arg(long, conflicts_with_all = ["devices", "platform_mix"])]
        seeded: Option<PathBuf>,
        /// Password changes per second.
        #[arg(long, default_value_t = 10.0)]
        rate: f64,
        /// Seconds of steady changes.
        #[arg(long, default_value_t = 10)]
        duration: u64,
        /// Then a burst of this many changes at once (0: none).
        #[arg(long, default_value_t = 0)]
        burst: usize,
        /// Concurrency while provisioning.
        #[arg(long, default_value_t = 16)]
        setup_concurrency: usize,
        /// Seconds each held check-in asks to wait (the real agent: 60).
        #[arg(long, default_value_t = 25, value_parser = clap::value_parser!(u64).range(1..=600))]
        poll_wait: u64,
        /// Seconds to wait after the set-up (every device synced once, its
        /// connection idle) before the devices hold their check-ins; the
        /// wait is announced on stderr ("set up N devices"), so a script
        /// can read the server's memory before the polls are held.
        #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=600))]
        settle: u64,
        /// Begin Okta's changes together with the devices' check-ins (a
        /// fleet reconnecting at once), instead of once the server holds
        /// every one of them (its `directory_devices_connected` gauge on
        /// /metrics: the devices must be the only ones on that server).
        #[arg(long)]
        changes_during_reconnect: bool,
        /// Local addresses the devices connect from, in turn (e.g.
        /// `127.0.0.1,127.0.0.2,...` towards a server on loopback): past
        /// about 14,000 connections to one server address from one local
        /// address, the kernel's search for a free port sets the pace.
        #[arg(long, value_delimiter = ',')]
        device_addresses: Vec<std::net::IpAddr>,
        /// Write `t_seconds,latency_ms,answered_ms` here (`answered_ms`: from
        /// when the change was due until Okta had the server's answer).
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Write a PNG latency plot here.
        #[arg(long)]
        plot: Option<PathBuf>,
    },
    /// Groups reaching devices at scale: simulated Linux devices in one
    /// device group, a group bound to it, one Okta PATCH adding the members;
    /// then a device with many users bound through a group. Fails unless
    /// every device applies everything.
    GroupLoad {
        #[arg(long, env = "AGENT_SIM_SERVER")]
        server: String,
        #[arg(long, env = "AGENT_SIM_KEY")]
        key: String,
        /// Devices in the device group.
        #[arg(long, default_value_t = 100)]
        devices: usize,
        /// Members the PATCH adds.
        #[arg(long, default_value_t = 100)]
        members: usize,
        /// Users of the one device whose check-in is measured (0: skip).
        #[arg(long, default_value_t = 0)]
        checkin_users: usize,
        /// Concurrency while provisioning.
        #[arg(long, default_value_t = 16)]
        setup_concurrency: usize,
    },
}

fn parse_mix(s: &str) -> Result<(u32, u32, u32), String> {
    let mut mix = (0, 0, 0);
    for part in s.split(',').filter(|p| !p.is_empty()) {
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| format!("'{part}': expected platform=weight"))?;
        let w: u32 = v
            .parse()
            .map_err(|_| format!("'{v}' is not a whole number"))?;
        match k {
            "macos" => mix.0 = w,
            "windows" => mix.1 = w,
            "linux" => mix.2 = w,
            other => return Err(format!("unknown platform '{other}'")),
        }
    }
    if mix == (0, 0, 0) {
        return Err("the platform mix is empty".into());
    }
    Ok(mix)
}

#[tokio::main]
async fn main() -> ExitCode {
    match run(Cli::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    match cli.cmd {
        Cmd::Scenario { files, server, key } => {
            let client = Client::new(&server, &key).map_err(|e| e.to_string())?;
            for f in files {
                let text =
                    std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
                let s = scenario::parse(&text).map_err(|e| format!("{}: {e}", f.display()))?;
                scenario::run(client.clone(), &s, std::io::stdout())
                    .await
                    .map_err(|e| format!("{}: {e}", f.display()))?;
            }
            Ok(())
        }
        Cmd::GroupLoad {
            server,
            key,
            devices,
            members,
            checkin_users,
            setup_concurrency,
        } => {
            let client = Client::new(&server, &key).map_err(|e| e.to_string())?;
            let ms = |d: Duration| d.as_secs_f64() * 1000.0;
            let r = load::group_fanout(
                client.clone(),
                devices,
                members,
                setup_concurrency,
                |phase, n, total| {
                    if n == total || n % 100 == 0 {
                        eprintln!("{phase}: {n}/{total}");
                    }
                },
            )
            .await
            .map_err(|e| e.to_string())?;
            println!(
                "one PATCH adding {} members to a group bound to a device group of {} devices: \
                 answered in {:.0} ms; every device applied it (accounts, unix group, passwords) \
                 p50 {:.0} ms, p99 {:.0} ms, last {:.0} ms; {} missing; convergence (devices, membership, passwords, both) = {:?}",
                r.members, r.devices, ms(r.patch), ms(r.p50), ms(r.p99), ms(r.all), r.missing, r.convergence
            );
            let n = r.devices as u64;
            if r.missing > 0 || r.convergence != (n, n, n, n) {
                return Err("not every device applied the group (see above)".into());
            }
            if checkin_users > 0 {
                let b = load::big_checkin(
                    client,
                    checkin_users,
                    setup_concurrency,
                    |phase, n, total| {
                        if n == total || n % 1000 == 0 {
                            eprintln!("{phase}: {n}/{total}");
                        }
                    },
                )
                .await
                .map_err(|e| e.to_string())?;
                println!(
                    "a device with {} users bound through one group: all bound {:.0} ms after the request; \
                     first check-in {} bytes in {:.0} ms; a check-in with nothing new {:.1} ms",
                    b.users, ms(b.bind), b.first_bytes, ms(b.first), ms(b.idle)
                );
            }
            Ok(())
        }
        Cmd::Plot { csv, out, title } => {
            let text =
                std::fs::read_to_string(&csv).map_err(|e| format!("{}: {e}", csv.display()))?;
            let report =
                load::LoadReport::from_csv(&text).map_err(|e| format!("{}: {e}", csv.display()))?;
            report.plot(&out, &title, None).map_err(|e| e.to_string())?;
            println!("wrote {} ({} points)", out.display(), report.samples.len());
            Ok(())
        }
        Cmd::Load {
            server,
            key,
            okta_server,
            devices,
            platform_mix,
            seeded,
            rate,
            duration,
            burst,
            setup_concurrency,
            poll_wait,
            settle,
            changes_during_reconnect,
            device_addresses,
            csv,
            plot,
        } => {
            let device_side = Client::new(&server, &key).map_err(|e| e.to_string())?;
            let device_side = device_side
                .with_device_addresses(&device_addresses)
                .map_err(|e| e.to_string())?;
            let client = match &okta_server {
                Some(o) => Client::new(o, &key).map_err(|e| e.to_string())?,
                None => device_side.clone(),
            };
            let seeded = match &seeded {
                Some(path) => {
                    let text = std::fs::read_to_string(path)
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    Some(
                        load::parse_seeded(&text)
                            .map_err(|e| format!("{}: {e}", path.display()))?,
                    )
                }
                None => None,
            };
            let devices = seeded.as_ref().map_or(devices, Vec::len);
            let cfg = LoadConfig {
                devices,
                mix: parse_mix(&platform_mix)?,
                rate,
                duration: Duration::from_secs(duration),
                setup_concurrency,
                burst,
                poll_wait: Duration::from_secs(poll_wait),
                settle: Duration::from_secs(settle),
                seeded,
                changes_during_reconnect,
            };
            let bar = indicatif::ProgressBar::new(devices as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{msg:>8} [{bar:40}] {pos}/{len} {elapsed}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            let b = bar.clone();
            let report = load::run(client, device_side, &cfg, move |phase, done, total| {
                if phase == "settle" {
                    // scripts/scale-out.sh reads the server's memory now.
                    b.suspend(|| eprintln!("set up {total} devices"));
                }
                if phase == "hold" {
                    // Scripts wait for this line (scripts/scale-out.sh).
                    b.suspend(|| eprintln!("holding {total} long-polls"));
                }
                if phase == "held" {
                    b.suspend(|| eprintln!("the server holds all {total}; the changes begin"));
                }
                b.set_message(phase.to_string());
                b.set_length(total as u64);
                b.set_position(done as u64);
            })
            .await
            .map_err(|e| e.to_string())?;
            bar.finish_and_clear();
            let ms = |d: Duration| d.as_secs_f64() * 1000.0;
            println!(
                "devices {devices} set up in {:.1} s, changes {} at {rate}/s, applied {}, missing {}",
                report.setup.as_secs_f64(),
                report.sent,
                report.samples.len(),
                report.missing
            );
            println!(
                "latency (change due -> device applied): p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
                ms(report.quantile(0.5)),
                ms(report.quantile(0.9)),
                ms(report.quantile(0.99)),
                ms(report.quantile(1.0))
            );
            if let (Some(p50), Some(p99), Some(max)) = (
                report.answered_quantile(0.5),
                report.answered_quantile(0.99),
                report.answered_quantile(1.0),
            ) {
                println!(
                    "Okta's changes answered (change due -> the server's answer): p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
                    ms(p50),
                    ms(p99),
                    ms(max)
                );
            }
            match (report.held_after, changes_during_reconnect) {
                (Some(d), false) => println!(
                    "the server held every device's check-in {:.1} s after they were opened; the changes began then",
                    d.as_secs_f64()
                ),
                (Some(d), true) => println!(
                    "the changes began with the check-ins; the server held 99.5% of them {:.1} s after they were opened",
                    d.as_secs_f64()
                ),
                (None, _) => println!(
                    "the changes began with the check-ins; the server did not hold 99.5% of them while the changes were sent"
                ),
            }
            let f = &report.failed_polls;
            if let (Some(first), Some((from, to))) = (&f.first, f.span) {
                println!(
                    "{} check-ins or their reports failed and were repeated, on {} devices, {from:.1}-{to:.1} s after the devices began holding; the first: {first}",
                    f.count, f.devices
                );
            }
            if !report.missing_users.is_empty() {
                println!(
                    "users whose change never arrived (some): {}",
                    report.missing_users.join(", ")
                );
            }
            if let Some((n, d)) = report.burst {
                println!("burst of {n} changes drained in {:.2} s", d.as_secs_f64());
            }
            if let (Some((n, d)), Some(one)) = (report.burst, report.derivation) {
                let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
                let bound = one.as_secs_f64() * n as f64 / cores as f64;
                println!(
                    "hash-bound time for {n} derivations on this machine: {bound:.2} s ({cores} cores, one derivation {:.1} ms, timed here around the burst); drained in {:.2}x of it",
                    one.as_secs_f64() * 1000.0,
                    d.as_secs_f64() / bound
                );
                if let Some(sim) = report.burst_sim_cpu {
                    println!(
                        "the simulator's own CPU during the burst: {:.2} s (its client and devices, on the same {cores} cores: up to {:.2} s of the drain)",
                        sim.as_secs_f64(),
                        sim.as_secs_f64() / cores as f64
                    );
                }
            }
            if let Some(path) = csv {
                std::fs::write(&path, report.csv())
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                println!("wrote {}", path.display());
            }
            if let Some(path) = plot {
                let title =
                    format!("{devices} devices, {rate} password changes/s: propagation latency");
                report
                    .plot(&path, &title, None)
                    .map_err(|e| e.to_string())?;
                println!("wrote {}", path.display());
            }
            if report.missing > 0 {
                return Err(format!(
                    "{} changes never reached their device",
                    report.missing
                ));
            }
            Ok(())
        }
    }
}
