//! A device agent: a simulated device, its credential, its cursor, and
//! whether it is online.

use agent::reconcile::{self, Memory, Policy};
use agent_protocol::DeliveryEvent;

use crate::client::AgentConn;
use crate::device::{ConfirmOutcome, Device};
use crate::SimError;

/// What one check-in did.
#[derive(Debug, Default, Clone)]
pub struct PollOutcome {
    /// (username, version) applied or prompted.
    pub received: Vec<(String, u64)>,
    /// (username, command) executed.
    pub commands: Vec<(String, String)>,
}

/// A simulated agent.
#[derive(Debug)]
pub struct Agent {
    /// Device name.
    pub name: String,
    /// Server-side device id.
    pub device_id: String,
    /// The device's local state.
    pub device: Device,
    conn: AgentConn,
    /// The real agent's memory (its cursor, managed accounts, outbox).
    pub memory: Memory,
    /// Whether the device has network.
    pub online: bool,
    /// Local username → user id.
    pub users: std::collections::BTreeMap<String, String>,
}

impl Agent {
    /// A new online agent.
    pub fn new(name: &str, device_id: &str, device: Device, conn: AgentConn) -> Self {
        Agent {
            name: name.to_string(),
            device_id: device_id.to_string(),
            device,
            conn,
            memory: Memory::default(),
            online: true,
            users: Default::default(),
        }
    }

    /// Whether the agent can reach the server (online, and on a Mac past FileVault).
    pub fn reachable(&self) -> bool {
        self.online && !matches!(&self.device, Device::Macos(m) if m.filevault_locked)
    }

    /// One check-in (long-poll up to `wait_secs`), reconciled by the real
    /// agent's core (`agent::reconcile`) against this simulated device, and
    /// reported. An unreachable agent does nothing.
    pub async fn poll(&mut self, wait_secs: u64) -> Result<PollOutcome, SimError> {
        let mut out = PollOutcome::default();
        if !self.reachable() {
            return Ok(out);
        }
        let c = self.conn.checkin(self.memory.cursor, wait_secs).await?;
        // Lock and unlock arrive in the account list too; the commands are
        // recorded for the scenarios' expectations.
        for cmd in &c.commands {
            out.commands
                .push((cmd.username.clone(), cmd.command.as_str().to_string()));
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let outcome = reconcile::reconcile(
            &mut self.memory,
            Some(&c),
            &mut self.device,
            Policy::default(),
            now,
        )?;
        for (user_id, m) in &self.memory.managed {
            self.users.insert(m.username.clone(), user_id.clone());
        }
        // In batches, as the real agent sends them.
        while !self.memory.outbox.is_empty() {
            let n = self
                .memory
                .outbox
                .len()
                .min(agent_protocol::ReportBatch::MAX);
            self.conn.reports(&self.memory.outbox[..n]).await?;
            for r in self.memory.outbox.drain(..n) {
                if let Some(m) = self.memory.managed.get(&r.user_id) {
                    out.received.push((m.username.clone(), r.version));
                }
            }
        }
        if !outcome.statuses.is_empty() || !outcome.groups.is_empty() {
            self.conn.status(&outcome.statuses, &outcome.groups).await?;
            self.memory.sent(&outcome.statuses, &outcome.groups);
        }
        Ok(out)
    }

    /// macOS: the user confirms with the new and the previous password; the
    /// outcome is reported to the server.
    pub async fn confirm(
        &mut self,
        user: &str,
        new: &str,
        previous: &str,
    ) -> Result<ConfirmOutcome, SimError> {
        let Device::Macos(m) = &mut self.device else {
            return Err(SimError::Device(format!("{} is not a Mac", self.name)));
        };
        let (version, outcome) = m.confirm(user, new, previous)?;
        let user_id = self
            .users
            .get(user)
            .cloned()
            .ok_or_else(|| SimError::Device(format!("unknown user {user}")))?;
        if self.reachable() {
            let ok = outcome == ConfirmOutcome::Synced;
            self.conn
                .report(
                    &user_id,
                    version,
                    DeliveryEvent::Confirmed {
                        previous_password_ok: ok,
                    },
                )
                .await?;
        }
        Ok(outcome)
    }
}
