//! A device agent: a simulated device, its credential, its cursor, and
//! whether it is online.

use agent_protocol::{CommandKind, DeliveryEvent};

use crate::client::AgentConn;
use crate::device::{Applied, ConfirmOutcome, Device};
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
    /// Cursor of the change feed.
    pub cursor: i64,
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
            cursor: 0,
            online: true,
            users: Default::default(),
        }
    }

    /// Whether the agent can reach the server (online, and on a Mac past FileVault).
    pub fn reachable(&self) -> bool {
        self.online && !matches!(&self.device, Device::Macos(m) if m.filevault_locked)
    }

    /// One check-in (long-poll up to `wait_secs`); applies what arrives and
    /// reports it. An unreachable agent does nothing.
    pub async fn poll(&mut self, wait_secs: u64) -> Result<PollOutcome, SimError> {
        let mut out = PollOutcome::default();
        if !self.reachable() {
            return Ok(out);
        }
        let c = self.conn.checkin(self.cursor, wait_secs).await?;
        for cmd in &c.commands {
            let lock = match cmd.command {
                CommandKind::Lock => true,
                CommandKind::Unlock => false,
                // A command from a newer server: ignored, as a real agent would.
                CommandKind::Unknown => continue,
            };
            self.device.set_locked(&cmd.username, lock);
            self.users.insert(cmd.username.clone(), cmd.user_id.clone());
            out.commands
                .push((cmd.username.clone(), cmd.command.as_str().to_string()));
        }
        for d in &c.deliveries {
            self.users.insert(d.username.clone(), d.user_id.clone());
            let event = match self.device.apply(&d.username, d.version, &d.material)? {
                Applied::Done {
                    credential_manager_cleared,
                } => DeliveryEvent::Applied {
                    credential_manager_cleared,
                },
                Applied::Prompted => DeliveryEvent::Prompted,
            };
            self.conn.report(&d.user_id, d.version, event).await?;
            out.received.push((d.username.clone(), d.version));
        }
        self.cursor = c.cursor;
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
