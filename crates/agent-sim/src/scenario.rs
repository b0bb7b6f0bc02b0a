//! Scenario files (TOML) that drive a real server end to end: users are
//! provisioned the way Okta does, devices enroll and are bound through the
//! admin API, then the steps play Okta's, the devices' and the users' actions
//! and assert outcomes.
//!
//! ```toml
//! name = "Single Mac, online"
//! [[users]]
//! login = "jane@example.com"
//! password = "Old-Passw0rd"
//! [[devices]]
//! name = "mac"
//! platform = "macos"
//! users = ["jane@example.com"]
//! [[steps]]
//! action = "okta_password"
//! user = "jane@example.com"
//! password = "New-Passw0rd"
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::agent::Agent;
use crate::client::{Client, PasswordShape};
use crate::device::{ConfirmOutcome, Device};
use crate::SimError;

/// A scenario file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Title.
    pub name: String,
    /// What it shows.
    #[serde(default)]
    pub description: String,
    /// Users provisioned by Okta with their first password.
    pub users: Vec<UserSpec>,
    /// Devices, with the users bound to them (their local accounts start
    /// with the user's first password, already in sync).
    pub devices: Vec<DeviceSpec>,
    /// The steps.
    pub steps: Vec<Step>,
}

/// A user.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSpec {
    /// The Okta login (an email).
    pub login: String,
    /// The first password.
    pub password: String,
}

/// A device.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceSpec {
    /// Name.
    pub name: String,
    /// `macos`, `windows` or `linux`.
    pub platform: String,
    /// Logins bound to it.
    pub users: Vec<String>,
}

fn yes() -> bool {
    true
}

/// One step.
#[derive(Debug, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Step {
    /// Okta sends a new password.
    OktaPassword {
        /// Login.
        user: String,
        /// The new password.
        password: String,
        /// PATCH by value (default), PATCH by path, or PUT.
        #[serde(default)]
        shape: PasswordShape,
    },
    /// Okta re-sends the current password (every Okta sign-in).
    OktaResend {
        /// Login.
        user: String,
    },
    /// Okta deactivates the user.
    Deactivate {
        /// Login.
        user: String,
    },
    /// Okta reactivates the user.
    Reactivate {
        /// Login.
        user: String,
    },
    /// The user changes the password in the user portal.
    PortalPassword {
        /// Login.
        user: String,
        /// Current password.
        current: String,
        /// New password.
        new: String,
    },
    /// The device loses its network.
    Offline {
        /// Device.
        device: String,
    },
    /// The device gets its network back.
    Online {
        /// Device.
        device: String,
    },
    /// A Mac is shut down and cold-booted: FileVault locked, network down.
    ColdBoot {
        /// Device.
        device: String,
    },
    /// The FileVault prompt at boot.
    UnlockFilevault {
        /// Device.
        device: String,
        /// Password typed.
        password: String,
        /// Whether it must unlock.
        #[serde(default = "yes")]
        ok: bool,
    },
    /// The agent checks in (answers at once when work is waiting).
    Checkin {
        /// Device.
        device: String,
    },
    /// Every reachable agent checks in once.
    Sync,
    /// macOS: the user confirms with the new and the previous password.
    Confirm {
        /// Device.
        device: String,
        /// Login.
        user: String,
        /// New password.
        new: String,
        /// Previous password typed.
        previous: String,
        /// Expected outcome: `synced` or `keychain_reset`.
        #[serde(default)]
        expect: Option<String>,
    },
    /// Which password logs in.
    ExpectLogin {
        /// Device.
        device: String,
        /// Login.
        user: String,
        /// Password.
        password: String,
        /// Whether it must work.
        ok: bool,
    },
    /// Which password opens FileVault.
    ExpectFilevault {
        /// Device.
        device: String,
        /// Login.
        user: String,
        /// Password.
        password: String,
        /// Whether it must open.
        ok: bool,
    },
    /// Whether the keychain opens with a password and what it holds.
    ExpectKeychain {
        /// Device.
        device: String,
        /// Login.
        user: String,
        /// Password.
        password: String,
        /// Whether the old items were kept (false: a new, empty keychain).
        kept: bool,
    },
    /// Windows: the credential manager was cleared.
    ExpectCredentialManagerCleared {
        /// Device.
        device: String,
        /// Login.
        user: String,
    },
    /// Whether the local account is locked.
    ExpectLocked {
        /// Device.
        device: String,
        /// Login.
        user: String,
        /// Expected.
        locked: bool,
    },
    /// The delivery state the admin API shows for (user, device, version).
    ExpectDelivery {
        /// Device.
        device: String,
        /// Login.
        user: String,
        /// Version (default: the user's current version).
        #[serde(default)]
        version: Option<u64>,
        /// `pending`, `delivered`, `awaiting_confirmation`, `applied`,
        /// `confirmed`, `keychain_reset`, `superseded` or `cancelled`.
        state: String,
    },
    /// The password status the admin API shows.
    ExpectPassword {
        /// Login.
        user: String,
        /// Version.
        #[serde(default)]
        version: Option<u64>,
        /// Drift from Okta.
        #[serde(default)]
        drift: Option<bool>,
    },
}

/// Runs scenarios against a server.
pub struct Runner {
    client: Client,
    agents: BTreeMap<String, Agent>,
    /// login → (user id, unix username, Okta's current password)
    users: BTreeMap<String, (String, String, String)>,
    /// Prefix making logins unique per run, so scenarios can share a server.
    run_id: String,
}

impl std::fmt::Debug for Runner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runner")
            .field("agents", &self.agents.keys())
            .finish()
    }
}

fn check(cond: bool, what: String) -> Result<(), SimError> {
    if cond {
        Ok(())
    } else {
        Err(SimError::Assertion(what))
    }
}

impl Runner {
    /// A runner over `client`.
    pub fn new(client: Client) -> Self {
        let run_id = format!("{:x}", rand::random::<u32>());
        Runner {
            client,
            agents: BTreeMap::new(),
            users: BTreeMap::new(),
            run_id,
        }
    }

    fn login(&self, l: &str) -> String {
        // Make the local part unique per run: "jane@x" -> "jane-1a2b@x".
        match l.split_once('@') {
            Some((local, domain)) => format!("{local}-{}@{domain}", self.run_id),
            None => format!("{l}-{}", self.run_id),
        }
    }

    fn user(&self, l: &str) -> Result<&(String, String, String), SimError> {
        self.users
            .get(l)
            .ok_or_else(|| SimError::Scenario(format!("unknown user {l}")))
    }

    fn agent(&mut self, d: &str) -> Result<&mut Agent, SimError> {
        self.agents
            .get_mut(d)
            .ok_or_else(|| SimError::Scenario(format!("unknown device {d}")))
    }

    /// Provisions the users and devices and brings every device in sync
    /// with the users' first passwords.
    pub async fn setup(&mut self, s: &Scenario) -> Result<(), SimError> {
        for u in &s.users {
            let login = self.login(&u.login);
            let id = self.client.create_user(&login, &u.password).await?;
            let unix = login.split('@').next().unwrap_or(&login).to_string();
            self.users
                .insert(u.login.clone(), (id, unix, u.password.clone()));
        }
        for d in &s.devices {
            let platform = password_sync::Platform::parse(&d.platform)
                .ok_or_else(|| SimError::Scenario(format!("unknown platform {}", d.platform)))?;
            let name = format!("{}-{}", d.name, self.run_id);
            let (id, credential) = self.client.enroll(&name, platform.as_str()).await?;
            let mut device = Device::new(platform);
            for l in &d.users {
                let (_, unix, pw) = self.user(l)?.clone();
                device.add_user(&unix, &pw)?;
            }
            let mut agent = Agent::new(&d.name, &id, device, self.client.agent(&credential));
            for l in &d.users {
                let (uid, unix, _) = self.user(l)?.clone();
                self.client.bind(&uid, &id).await?;
                agent.users.insert(unix, uid);
            }
            // First check-in: the device receives version 1 (the password it
            // already has); a Mac's user confirms it.
            let got = agent.poll(0).await?;
            for (unix, _) in got.received {
                if matches!(agent.device, Device::Macos(_)) {
                    let login = d
                        .users
                        .iter()
                        .find(|l| self.users[*l].1 == unix)
                        .cloned()
                        .unwrap_or_default();
                    let pw = self.user(&login)?.2.clone();
                    agent.confirm(&unix, &pw, &pw).await?;
                }
            }
            self.agents.insert(d.name.clone(), agent);
        }
        Ok(())
    }

    async fn delivery_state(
        &self,
        login: &str,
        device: &str,
        version: Option<u64>,
    ) -> Result<(u64, String), SimError> {
        let (uid, _, _) = self.user(login)?;
        let d = self.client.user_details(uid).await?;
        let dev_id = &self
            .agents
            .get(device)
            .ok_or_else(|| SimError::Scenario(format!("unknown device {device}")))?
            .device_id;
        let version = version.unwrap_or_else(|| d["password"]["version"].as_u64().unwrap_or(0));
        let empty = Vec::new();
        let bound = d["bound_resources"].as_array().unwrap_or(&empty);
        let state = bound
            .iter()
            .find(|b| b["device_id"].as_str() == Some(dev_id))
            .and_then(|b| b["deliveries"].as_array())
            .and_then(|ds| ds.iter().find(|x| x["version"].as_u64() == Some(version)))
            .and_then(|x| x["state"].as_str())
            .map(str::to_string)
            .unwrap_or_else(|| "none".into());
        Ok((version, state))
    }

    /// Runs one step; returns a one-line description of what happened.
    pub async fn step(&mut self, step: &Step) -> Result<String, SimError> {
        Ok(match step {
            Step::OktaPassword {
                user,
                password,
                shape,
            } => {
                let uid = self.user(user)?.0.clone();
                self.client.set_password(&uid, password, *shape).await?;
                if let Some(u) = self.users.get_mut(user) {
                    u.2 = password.clone();
                }
                format!("Okta sends a new password for {user} ({shape:?})")
            }
            Step::OktaResend { user } => {
                let (uid, _, pw) = self.user(user)?.clone();
                self.client
                    .set_password(&uid, &pw, PasswordShape::PatchValue)
                    .await?;
                format!("Okta re-sends the same password for {user}")
            }
            Step::Deactivate { user } => {
                let uid = self.user(user)?.0.clone();
                self.client.set_active(&uid, false).await?;
                format!("Okta deactivates {user}")
            }
            Step::Reactivate { user } => {
                let uid = self.user(user)?.0.clone();
                self.client.set_active(&uid, true).await?;
                format!("Okta reactivates {user}")
            }
            Step::PortalPassword { user, current, new } => {
                let unix = self.user(user)?.1.clone();
                self.client.portal_password(&unix, current, new).await?;
                format!("{user} changes the password in the user portal")
            }
            Step::Offline { device } => {
                self.agent(device)?.online = false;
                format!("{device} goes offline")
            }
            Step::Online { device } => {
                self.agent(device)?.online = true;
                format!("{device} comes online")
            }
            Step::ColdBoot { device } => {
                let a = self.agent(device)?;
                match &mut a.device {
                    Device::Macos(m) => m.cold_boot(),
                    _ => return Err(SimError::Scenario(format!("{device} is not a Mac"))),
                }
                format!("{device} cold-boots: FileVault locked, agent not running")
            }
            Step::UnlockFilevault {
                device,
                password,
                ok,
            } => {
                let a = self.agent(device)?;
                let Device::Macos(m) = &mut a.device else {
                    return Err(SimError::Scenario(format!("{device} is not a Mac")));
                };
                let unlocked = m.unlock_filevault(password);
                check(
                    unlocked == *ok,
                    format!(
                        "FileVault unlock with '{password}' on {device}: got {unlocked}, want {ok}"
                    ),
                )?;
                format!(
                    "FileVault on {device} {} with the typed password",
                    if unlocked { "opens" } else { "refuses" }
                )
            }
            Step::Checkin { device } => {
                let a = self.agent(device)?;
                let reachable = a.reachable();
                let got = a.poll(2).await?;
                if reachable {
                    format!(
                        "{device} checks in: received {:?}, commands {:?}",
                        got.received, got.commands
                    )
                } else {
                    format!("{device} cannot check in (offline or FileVault locked)")
                }
            }
            Step::Sync => {
                let mut n = 0;
                for a in self.agents.values_mut() {
                    n += a.poll(0).await?.received.len();
                }
                format!("every reachable agent checks in ({n} deliveries)")
            }
            Step::Confirm {
                device,
                user,
                new,
                previous,
                expect,
            } => {
                let unix = self.user(user)?.1.clone();
                let outcome = self.agent(device)?.confirm(&unix, new, previous).await?;
                let got = match outcome {
                    ConfirmOutcome::Synced => "synced",
                    ConfirmOutcome::KeychainReset => "keychain_reset",
                };
                if let Some(want) = expect {
                    check(
                        got == want,
                        format!("confirmation on {device}: got {got}, want {want}"),
                    )?;
                }
                format!("{user} confirms on {device} (new + previous): {got}")
            }
            Step::ExpectLogin {
                device,
                user,
                password,
                ok,
            } => {
                let unix = self.user(user)?.1.clone();
                let got = self.agent(device)?.device.login(&unix, password);
                check(
                    got == *ok,
                    format!("login of {user} on {device} with '{password}': got {got}, want {ok}"),
                )?;
                format!(
                    "login on {device} with '{password}': {}",
                    if got { "works" } else { "fails" }
                )
            }
            Step::ExpectFilevault {
                device,
                user,
                password,
                ok,
            } => {
                let unix = self.user(user)?.1.clone();
                let Device::Macos(m) = &self.agent(device)?.device else {
                    return Err(SimError::Scenario(format!("{device} is not a Mac")));
                };
                let got = m.filevault_opens(&unix, password);
                check(
                    got == *ok,
                    format!(
                        "FileVault of {user} on {device} with '{password}': got {got}, want {ok}"
                    ),
                )?;
                format!(
                    "FileVault with '{password}': {}",
                    if got { "opens" } else { "refuses" }
                )
            }
            Step::ExpectKeychain {
                device,
                user,
                password,
                kept,
            } => {
                let unix = self.user(user)?.1.clone();
                let Device::Macos(m) = &self.agent(device)?.device else {
                    return Err(SimError::Scenario(format!("{device} is not a Mac")));
                };
                let (opens, items) = m.keychain(&unix, password);
                check(
                    opens,
                    format!("keychain of {user} on {device} does not open with '{password}'"),
                )?;
                check(
                    (items > 0) == *kept,
                    format!("keychain of {user} on {device}: {items} items, kept should be {kept}"),
                )?;
                format!(
                    "keychain opens with '{password}' and was {}",
                    if *kept { "kept" } else { "reset (empty)" }
                )
            }
            Step::ExpectCredentialManagerCleared { device, user } => {
                let unix = self.user(user)?.1.clone();
                let Device::Windows(w) = &self.agent(device)?.device else {
                    return Err(SimError::Scenario(format!(
                        "{device} is not a Windows device"
                    )));
                };
                let n = w.credential_manager.get(&unix).map_or(0, Vec::len);
                check(
                    n == 0,
                    format!("credential manager of {user} on {device} still has {n} entries"),
                )?;
                "credential manager cleared".into()
            }
            Step::ExpectLocked {
                device,
                user,
                locked,
            } => {
                let unix = self.user(user)?.1.clone();
                let got = self.agent(device)?.device.is_locked(&unix);
                check(
                    got == *locked,
                    format!("{user} on {device} locked: got {got}, want {locked}"),
                )?;
                format!("local account {}", if got { "locked" } else { "unlocked" })
            }
            Step::ExpectDelivery {
                device,
                user,
                version,
                state,
            } => {
                let (v, got) = self.delivery_state(user, device, *version).await?;
                check(&got == state, format!("delivery of v{v} for {user} on {device}: admin API shows {got}, want {state}"))?;
                format!("admin API: v{v} on {device} is {got}")
            }
            Step::ExpectPassword {
                user,
                version,
                drift,
            } => {
                let uid = self.user(user)?.0.clone();
                let d: Value = self.client.user_details(&uid).await?;
                let got_v = d["password"]["version"].as_u64().unwrap_or(0);
                let got_d = d["password"]["drift"].as_bool().unwrap_or(false);
                if let Some(v) = version {
                    check(
                        got_v == *v,
                        format!("password version of {user}: got {got_v}, want {v}"),
                    )?;
                }
                if let Some(dr) = drift {
                    check(
                        got_d == *dr,
                        format!("drift of {user}: got {got_d}, want {dr}"),
                    )?;
                }
                format!("admin API: password v{got_v}, drift {got_d}")
            }
        })
    }
}

/// Loads and runs a scenario, printing each step; stops at the first failure.
pub async fn run(
    client: Client,
    s: &Scenario,
    mut out: impl std::io::Write,
) -> Result<(), SimError> {
    let io = |e: std::io::Error| SimError::Scenario(e.to_string());
    writeln!(out, "scenario: {}", s.name).map_err(io)?;
    let mut r = Runner::new(client);
    r.setup(s).await?;
    writeln!(
        out,
        "  setup: {} users, {} devices in sync",
        s.users.len(),
        s.devices.len()
    )
    .map_err(io)?;
    for (i, step) in s.steps.iter().enumerate() {
        match r.step(step).await {
            Ok(line) => writeln!(out, "  [{:>2}] ok    {line}", i + 1).map_err(io)?,
            Err(e) => {
                writeln!(out, "  [{:>2}] FAIL  {e}", i + 1).map_err(io)?;
                return Err(e);
            }
        }
    }
    writeln!(out, "  passed ({} steps)", s.steps.len()).map_err(io)?;
    Ok(())
}

/// Parses a scenario file.
pub fn parse(text: &str) -> Result<Scenario, SimError> {
    toml::from_str(text).map_err(|e| SimError::Scenario(format!("invalid scenario: {e}")))
}
