//! `directory-agent run`: long-poll, reconcile, report, and keep going
//! through outages. The configuration file ([`Config`]) and the loop.
//!
//! Order of a cycle, chosen so a crash at any point loses nothing:
//! 1. send what the last cycle could not (the outbox);
//! 2. check in (long poll) with the remembered cursor;
//! 3. reconcile (the platform changes the device);
//! 4. save the memory (new cursor, applied versions, reports to send);
//! 5. send the reports and account states.
//!
//! A crash before 4 repeats the check-in from the old cursor: the server
//! sends the same work again, and applying it again changes nothing. While
//! the server cannot be reached the device keeps its last applied state
//! (logins keep working) and the agent still reconciles against the
//! remembered desired state, so a local change is still seen.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::client::{Client, Refusal};
use crate::error::{AgentError, Result};
use crate::linux::Linux;
use crate::reconcile::{self, Memory, Policy};
use crate::state::StateDir;

/// The configuration file (TOML; see `packaging/agent.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The server's base URL (`https://...`). Enrolment records it too.
    pub server: Option<String>,
    /// Where the credential and the agent's memory live.
    pub state_dir: PathBuf,
    /// Extra CA certificates (PEM) to trust for the server.
    pub ca_file: Option<PathBuf>,
    /// The system whose accounts are managed (`/`; an image's root for builds).
    pub root: PathBuf,
    /// How long one check-in waits for work, in seconds.
    pub poll_wait_secs: u64,
    /// The longest pause between attempts while the server is unreachable.
    pub retry_max_secs: u64,
    /// Remove unbound accounts' entries instead of locking them (homes are kept).
    pub remove_unbound: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            server: None,
            state_dir: PathBuf::from("/var/lib/directory-agent"),
            ca_file: None,
            root: PathBuf::from("/"),
            poll_wait_secs: 60,
            retry_max_secs: 300,
            remove_unbound: false,
        }
    }
}

impl Config {
    /// Reads `path`; a missing file at the default path is the defaults.
    pub fn load(path: &Path, required: bool) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
                return Ok(Config::default())
            }
            Err(e) => return Err(AgentError::io(path, "read", e)),
        };
        let c: Config = toml::from_str(&text)
            .map_err(|e| AgentError::State(format!("{}: {e}", path.display())))?;
        if c.poll_wait_secs == 0 || c.poll_wait_secs > 600 {
            return Err(AgentError::State(format!(
                "{}: poll_wait_secs must be 1 to 600, not {}",
                path.display(),
                c.poll_wait_secs
            )));
        }
        Ok(c)
    }
}

/// Runs the agent: forever, or for one cycle with `once` (which fails if
/// the server cannot be reached, so a script sees it).
pub async fn run(config: &Config, once: bool) -> Result<()> {
    let state = StateDir::open(&config.state_dir)?;
    let (enrolment, credential) = state.enrolment()?;
    let server = config.server.clone().unwrap_or(enrolment.server.clone());
    let wait = Duration::from_secs(if once { 0 } else { config.poll_wait_secs });
    let client = Client::new(&server, config.ca_file.as_deref(), wait)?;
    let mut memory = state.memory()?;
    let mut platform = Linux::new(&config.root);
    let policy = Policy {
        remove_unbound: config.remove_unbound,
    };
    tracing::info!(device = %enrolment.device_id, server = %server, root = %config.root.display(), "agent started");
    let mut backoff = Duration::from_secs(1);
    loop {
        let cycle = cycle(
            &client,
            &credential,
            &state,
            &mut memory,
            &mut platform,
            policy,
            wait,
        )
        .await;
        match cycle {
            Ok(()) => backoff = Duration::from_secs(1),
            Err(e) if once => return Err(e),
            Err(e) => {
                tracing::warn!(error = %e, retry_in_secs = backoff.as_secs(), "cycle failed");
                // Offline: the device keeps its accounts; a local change is
                // still noticed against the remembered desired state.
                if let Err(e) = offline_reconcile(&state, &mut memory, &mut platform, policy) {
                    tracing::warn!(error = %e, "offline reconcile failed");
                }
                let jitter = Duration::from_millis(rand::random::<u64>() % 1000);
                // An admin grant that ends meanwhile is taken away on time.
                tokio::time::sleep(until_expiry(&memory, backoff + jitter)).await;
                backoff = (backoff * 2).min(Duration::from_secs(config.retry_max_secs.max(1)));
            }
        }
        if once {
            return Ok(());
        }
    }
}

async fn cycle(
    client: &Client,
    credential: &str,
    state: &StateDir,
    memory: &mut Memory,
    platform: &mut Linux,
    policy: Policy,
    wait: Duration,
) -> Result<()> {
    flush_outbox(client, credential, state, memory).await?;
    // The poll ends when an admin grant does, so the reconcile after it
    // takes the grant away on time.
    let wait = if wait.is_zero() {
        wait
    } else {
        until_expiry(memory, wait)
    };
    let response = client.checkin(credential, memory.cursor, wait).await?;
    let outcome = reconcile::reconcile(memory, Some(&response), platform, policy, unix_now())?;
    state.save_memory(memory)?;
    if outcome.changed > 0 || !outcome.reports.is_empty() {
        tracing::info!(
            changed = outcome.changed,
            passwords = outcome.reports.len(),
            cursor = memory.cursor,
            "reconciled"
        );
    }
    flush_outbox(client, credential, state, memory).await?;
    send_statuses(client, credential, state, memory, &outcome).await
}

/// Seconds since the epoch.
fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// `wait`, or less when an admin grant ends sooner (a second after it ends;
/// at least a second).
fn until_expiry(memory: &Memory, wait: Duration) -> Duration {
    let now = unix_now();
    match reconcile::next_expiry(memory, now) {
        Some(t) => wait.min(Duration::from_secs((t - now + 1).max(1))),
        None => wait,
    }
}

fn offline_reconcile(
    state: &StateDir,
    memory: &mut Memory,
    platform: &mut Linux,
    policy: Policy,
) -> Result<()> {
    reconcile::reconcile(memory, None, platform, policy, unix_now())?;
    state.save_memory(memory)
}

/// Sends the delivery reports the memory holds, oldest first; each one the
/// server accepted (or refused for good) leaves the outbox.
async fn flush_outbox(
    client: &Client,
    credential: &str,
    state: &StateDir,
    memory: &mut Memory,
) -> Result<()> {
    if memory.outbox.is_empty() {
        return Ok(());
    }
    // In batches (one request for a thousand passwords applied at once);
    // one by one only when the server has no batch endpoint.
    let mut batches = true;
    while batches && !memory.outbox.is_empty() {
        let n = memory.outbox.len().min(agent_protocol::ReportBatch::MAX);
        match client.reports(credential, &memory.outbox[..n]).await {
            Ok(result) => {
                for why in &result.not_applicable {
                    tracing::info!(reason = %why, "report no longer applies");
                }
                memory.outbox.drain(..n);
                state.save_memory(memory)?;
            }
            Err((Refusal::NotFound, _)) => batches = false,
            Err((_, e)) => {
                state.save_memory(memory)?;
                return Err(e);
            }
        }
    }
    while let Some(r) = memory.outbox.first().cloned() {
        match client.report(credential, &r).await {
            Ok(()) => {}
            // Unbound or superseded meanwhile, or already recorded: nothing
            // to tell any more.
            Err((Refusal::NotFound, e)) => {
                tracing::info!(error = %e, version = r.version, "report no longer applies")
            }
            Err((_, e)) => {
                state.save_memory(memory)?;
                return Err(e);
            }
        }
        memory.outbox.remove(0);
    }
    state.save_memory(memory)
}

async fn send_statuses(
    client: &Client,
    credential: &str,
    state: &StateDir,
    memory: &mut Memory,
    outcome: &reconcile::Outcome,
) -> Result<()> {
    let (statuses, groups) = (&outcome.statuses, &outcome.groups);
    if statuses.is_empty() && groups.is_empty() {
        return Ok(());
    }
    for g in groups {
        tracing::warn!(group = %g.group_id, reason = %g.refused, "group not applied");
    }
    for s in statuses {
        match &s.state {
            agent_protocol::AccountState::InSync => {}
            other => tracing::warn!(user = %s.user_id, state = ?other, "account not in sync"),
        }
    }
    match client.status(credential, statuses, groups).await {
        // A user unbound since the check-in: the states are stale, not wrong.
        Ok(()) | Err((Refusal::NotFound, _)) => {
            memory.sent(statuses, groups);
            state.save_memory(memory)
        }
        Err((_, e)) => Err(e),
    }
}

/// Enrols this device: stores the credential and the server in the state
/// directory. Refuses to enrol a device that already is (move the state
/// directory aside to enrol again).
pub async fn enroll(config: &Config, server: &str, token: &str, name: &str) -> Result<String> {
    let state = StateDir::open(&config.state_dir)?;
    if state.enrolment().is_ok() {
        return Err(AgentError::State(format!(
            "this device is already enrolled (state in {}); move that directory aside to enrol again",
            config.state_dir.display()
        )));
    }
    let client = Client::new(server, config.ca_file.as_deref(), Duration::ZERO)?;
    let e = client.enroll(token, name).await?;
    state.save_enrolment(
        &crate::state::Enrolment {
            server: server.to_string(),
            device_id: e.device.id.clone(),
            name: e.device.name.clone(),
        },
        &e.credential,
    )?;
    Ok(e.device.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_config_is_the_defaults_and_bad_values_are_named() {
        let shipped: Config =
            toml::from_str(include_str!("../packaging/agent.toml")).expect("shipped config");
        assert_eq!(shipped, Config::default());
        let d = tempfile::tempdir().expect("tmp");
        let p = d.path().join("agent.toml");
        std::fs::write(&p, "poll_wait_secs = 0\n").expect("write");
        let e = Config::load(&p, true).expect_err("zero wait");
        assert!(
            e.to_string().contains("poll_wait_secs must be 1 to 600"),
            "{e}"
        );
        std::fs::write(&p, "server_url = \"x\"\n").expect("write");
        let e = Config::load(&p, true).expect_err("unknown key");
        assert!(e.to_string().contains("server_url"), "{e}");
        assert!(Config::load(&d.path().join("absent.toml"), true).is_err());
        assert_eq!(
            Config::load(&d.path().join("absent.toml"), false).expect("defaults"),
            Config::default()
        );
    }
}
