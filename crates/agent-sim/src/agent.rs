//! A device agent: a simulated device, its credential, its cursor, and
//! whether it is online.

use agent::reconcile::{self, Memory, Policy};
use agent_protocol::{AccountStatus, DeliveryEvent, GroupStatus};

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
    /// Account and group states the last reconcile found changed, until
    /// [`Agent::flush`] sends them.
    unsent: (Vec<AccountStatus>, Vec<GroupStatus>),
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
            unsent: Default::default(),
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
        let out = self.apply(wait_secs).await?;
        self.flush().await?;
        Ok(out)
    }

    /// [`Agent::poll`]'s check-in and reconcile, without the reports (see
    /// [`Agent::flush`]): what the device applied, as soon as it applied
    /// it. A report that fails is not a change that arrived late: the
    /// load's latency stops here.
    pub async fn apply(&mut self, wait_secs: u64) -> Result<PollOutcome, SimError> {
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
        // Everything still to report, this reconcile's and any an earlier
        // flush failed to send (a caller counts a change once).
        for r in &self.memory.outbox {
            if let Some(m) = self.memory.managed.get(&r.user_id) {
                out.received.push((m.username.clone(), r.version));
            }
        }
        self.unsent = (outcome.statuses, outcome.groups);
        Ok(out)
    }

    /// Sends what [`Agent::apply`] left to report: the delivery reports, in
    /// batches as the real agent sends them, and the account states. What
    /// fails stays to be sent by the next flush.
    pub async fn flush(&mut self) -> Result<(), SimError> {
        while !self.memory.outbox.is_empty() {
            let n = self
                .memory
                .outbox
                .len()
                .min(agent_protocol::ReportBatch::MAX);
            self.conn.reports(&self.memory.outbox[..n]).await?;
            self.memory.outbox.drain(..n);
        }
        let (statuses, groups) = &self.unsent;
        if !statuses.is_empty() || !groups.is_empty() {
            self.conn.status(statuses, groups).await?;
            self.memory.sent(statuses, groups);
            self.unsent = Default::default();
        }
        Ok(())
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
