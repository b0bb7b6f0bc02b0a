//! Delivery of one password version to one device, following the seed's
//! workflows, and [`UserSync`], the aggregate of a user's password status and
//! the deliveries to the devices bound to them.
//!
//! ```text
//! Linux / Windows:  Pending ─Fetched─▶ Delivered ─Applied─▶ Applied
//! macOS:            Pending ─Fetched─▶ Delivered ─Prompted─▶ AwaitingConfirmation
//!                        ─Confirmed{previous ok}──▶ Confirmed
//!                        ─Confirmed{previous wrong}─▶ KeychainReset
//! any open state    ─Superseded─▶ Superseded   (a newer version exists)
//! any open state    ─Cancelled──▶ Cancelled    (the user was suspended)
//! Cancelled         ─Reinstated─▶ Pending      (the user was restored)
//! ```

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::lifecycle::PasswordStatus;
use crate::material::Platform;
use crate::policy::{PasswordPolicy, PolicyViolation};
use crate::{Action, PasswordSyncError};

/// Where a delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DeliveryState {
    /// Waiting for the device to check in.
    Pending,
    /// The agent fetched the material.
    Delivered,
    /// macOS: the user was asked to confirm (new + previous password).
    AwaitingConfirmation,
    /// Linux/Windows: the local hash was updated.
    Applied,
    /// macOS: login, FileVault/SecureToken and keychain re-keyed.
    Confirmed,
    /// macOS: confirmed with a wrong previous password; the login password is
    /// the new one but the keychain could not be re-keyed (a new, empty one).
    KeychainReset,
    /// A newer version replaced this one before it completed.
    Superseded,
    /// The user was suspended before it completed.
    Cancelled,
}

impl DeliveryState {
    /// Whether the delivery still waits for the device or the user.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            DeliveryState::Pending | DeliveryState::Delivered | DeliveryState::AwaitingConfirmation
        )
    }

    /// Whether the device ended up with this version's password.
    pub fn is_completed(self) -> bool {
        matches!(
            self,
            DeliveryState::Applied | DeliveryState::Confirmed | DeliveryState::KeychainReset
        )
    }

    /// The snake_case name (for storage).
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryState::Pending => "pending",
            DeliveryState::Delivered => "delivered",
            DeliveryState::AwaitingConfirmation => "awaiting_confirmation",
            DeliveryState::Applied => "applied",
            DeliveryState::Confirmed => "confirmed",
            DeliveryState::KeychainReset => "keychain_reset",
            DeliveryState::Superseded => "superseded",
            DeliveryState::Cancelled => "cancelled",
        }
    }

    /// Parses [`DeliveryState::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        use DeliveryState::*;
        [
            Pending,
            Delivered,
            AwaitingConfirmation,
            Applied,
            Confirmed,
            KeychainReset,
            Superseded,
            Cancelled,
        ]
        .into_iter()
        .find(|d| d.as_str() == s)
    }
}

/// What happened to a delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DeliveryEvent {
    /// The agent checked in and received the material (repeatable).
    Fetched,
    /// macOS: the agent showed the confirmation prompt (notification, or the
    /// login prompt after an offline cold boot).
    Prompted,
    /// Linux/Windows: the agent updated the local hash.
    Applied {
        /// Windows: the credential manager was cleared.
        credential_manager_cleared: bool,
    },
    /// macOS: the user confirmed with the new and the previous password.
    Confirmed {
        /// Whether the previous password was right (keychain re-keyed).
        previous_password_ok: bool,
    },
    /// A newer version replaced this one.
    Superseded,
    /// The user was suspended.
    Cancelled,
    /// The user was restored: a delivery cancelled by the suspension is due again.
    Reinstated,
}

/// One (user, device, version) delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Delivery {
    /// Device id.
    pub device: String,
    /// Device platform.
    pub platform: Platform,
    /// Password version.
    pub version: u64,
    /// Current state.
    pub state: DeliveryState,
    /// Windows: the credential manager was reported cleared.
    pub credential_manager_cleared: bool,
}

impl Delivery {
    /// A new pending delivery.
    pub fn new(device: impl Into<String>, platform: Platform, version: u64) -> Self {
        Delivery {
            device: device.into(),
            platform,
            version,
            state: DeliveryState::Pending,
            credential_manager_cleared: false,
        }
    }

    /// Applies an event; invalid transitions are errors and leave the delivery unchanged.
    pub fn on(&mut self, event: DeliveryEvent) -> Result<Vec<Action>, PasswordSyncError> {
        use DeliveryEvent as E;
        use DeliveryState as S;
        let mac = self.platform == Platform::Macos;
        let (next, actions) = match (self.state, event) {
            (S::Pending | S::Delivered, E::Fetched) => (
                S::Delivered,
                vec![Action::SendMaterial {
                    device: self.device.clone(),
                    version: self.version,
                }],
            ),
            (
                S::Delivered,
                E::Applied {
                    credential_manager_cleared,
                },
            ) if !mac => {
                self.credential_manager_cleared = credential_manager_cleared;
                (
                    S::Applied,
                    vec![Action::RecordCompleted {
                        device: self.device.clone(),
                        version: self.version,
                    }],
                )
            }
            // The same report again (an agent that crashed before it
            // noted the first was accepted): nothing changes.
            (S::Applied, E::Applied { .. }) if !mac => (S::Applied, vec![]),
            (S::Delivered | S::AwaitingConfirmation, E::Prompted) if mac => {
                (S::AwaitingConfirmation, vec![])
            }
            (
                S::AwaitingConfirmation,
                E::Confirmed {
                    previous_password_ok,
                },
            ) if mac => {
                let mut a = vec![Action::RecordCompleted {
                    device: self.device.clone(),
                    version: self.version,
                }];
                if previous_password_ok {
                    (S::Confirmed, a)
                } else {
                    a.push(Action::ReportKeychainReset {
                        device: self.device.clone(),
                    });
                    (S::KeychainReset, a)
                }
            }
            (s, E::Superseded) if s.is_open() => (S::Superseded, vec![]),
            (s, E::Cancelled) if s.is_open() => (S::Cancelled, vec![]),
            (S::Cancelled, E::Reinstated) => (S::Pending, vec![]),
            (state, event) => return Err(PasswordSyncError::InvalidTransition { state, event }),
        };
        self.state = next;
        Ok(actions)
    }
}

/// A device bound to the user, with its deliveries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceSync {
    /// Platform.
    pub platform: Platform,
    /// Newest version completed on the device (0: none).
    pub completed_version: u64,
    /// Deliveries, oldest first.
    pub deliveries: Vec<Delivery>,
    /// Whether the device was told to lock the local account.
    pub locked: bool,
}

impl DeviceSync {
    /// The open delivery, if any (at most one is open at a time).
    pub fn open(&self) -> Option<&Delivery> {
        self.deliveries.iter().rev().find(|d| d.state.is_open())
    }
}

/// A user's password status and the deliveries to their devices.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSync {
    /// Password status.
    pub password: PasswordStatus,
    /// Whether the user is suspended.
    pub suspended: bool,
    /// Bound devices by id.
    pub devices: BTreeMap<String, DeviceSync>,
    /// Devices unbound by [`UserSync::unbind`] in this transition, with what
    /// they had open cancelled: the caller persists their final state and
    /// removes the binding. Not part of the stored state.
    #[serde(skip)]
    pub unbound: BTreeMap<String, DeviceSync>,
}

impl UserSync {
    /// Binds a device. A bound device receives the current version if it is
    /// deliverable; for a suspended user its local account starts locked.
    /// Binding a device that is already bound changes nothing.
    pub fn bind(&mut self, device: &str, platform: Platform) -> Vec<Action> {
        if self.devices.contains_key(device) {
            return Vec::new();
        }
        let mut d = DeviceSync {
            platform,
            completed_version: 0,
            deliveries: Vec::new(),
            locked: self.suspended,
        };
        let mut actions = Vec::new();
        if self.suspended {
            actions.push(Action::LockLocalAccount {
                device: device.to_string(),
            });
        } else if self.password.deliverable() {
            d.deliveries
                .push(Delivery::new(device, platform, self.password.version));
            actions.push(Action::NotifyDevice {
                device: device.to_string(),
            });
        }
        self.devices.insert(device.to_string(), d);
        actions
    }

    /// Unbinds a device, cancelling what it had open; the device moves to
    /// [`UserSync::unbound`].
    pub fn unbind(&mut self, device: &str) -> Result<Vec<Action>, PasswordSyncError> {
        let mut d = self
            .devices
            .remove(device)
            .ok_or_else(|| PasswordSyncError::UnknownDevice(device.to_string()))?;
        for del in d.deliveries.iter_mut().filter(|x| x.state.is_open()) {
            // Ignoring the result: Cancelled applies to every open state.
            let _ = del.on(DeliveryEvent::Cancelled);
        }
        self.unbound.insert(device.to_string(), d);
        Ok(Vec::new())
    }

    fn fan_out(&mut self, version: u64) -> Vec<Action> {
        let mut actions = Vec::new();
        for (id, d) in &mut self.devices {
            for del in d.deliveries.iter_mut().filter(|x| x.state.is_open()) {
                // Ignoring the result: Superseded applies to every open state.
                let _ = del.on(DeliveryEvent::Superseded);
            }
            d.deliveries
                .push(Delivery::new(id.clone(), d.platform, version));
            actions.push(Action::NotifyDevice { device: id.clone() });
        }
        actions
    }

    fn expand(&mut self, actions: Vec<Action>) -> Vec<Action> {
        let mut out = Vec::new();
        for a in actions {
            if let Action::FanOut { version } = a {
                out.push(a);
                out.extend(self.fan_out(version));
            } else {
                out.push(a);
            }
        }
        out
    }

    /// Okta pushed a password (see [`PasswordStatus::okta_push`]); a new
    /// deliverable version fans out to every bound device, superseding
    /// whatever older version they had open.
    pub fn okta_push(
        &mut self,
        unchanged: bool,
        violations: Vec<PolicyViolation>,
        policy: &PasswordPolicy,
        now: DateTime<Utc>,
    ) -> Result<Vec<Action>, PasswordSyncError> {
        let a = self.password.okta_push(unchanged, violations, policy, now);
        if self.suspended {
            // The password is kept for when the user is restored, not delivered.
            return Ok(a
                .into_iter()
                .filter(|x| !matches!(x, Action::FanOut { .. }))
                .collect());
        }
        Ok(self.expand(a))
    }

    /// The user changed the password in the portal (see [`PasswordStatus::portal_change`]).
    pub fn portal_change(
        &mut self,
        violations: Vec<PolicyViolation>,
        policy: &PasswordPolicy,
        now: DateTime<Utc>,
    ) -> Result<Vec<Action>, PasswordSyncError> {
        if self.suspended {
            return Err(PasswordSyncError::Suspended);
        }
        let a = self.password.portal_change(violations, policy, now)?;
        Ok(self.expand(a))
    }

    /// A device checks in: the newest open version is marked delivered and
    /// an [`Action::SendMaterial`] says to send it (again, while a Mac waits
    /// for its user's confirmation); no action when there is nothing to do.
    pub fn fetch(&mut self, device: &str) -> Result<Vec<Action>, PasswordSyncError> {
        let d = self
            .devices
            .get_mut(device)
            .ok_or_else(|| PasswordSyncError::UnknownDevice(device.to_string()))?;
        let Some(del) = d.deliveries.iter_mut().rev().find(|x| x.state.is_open()) else {
            return Ok(Vec::new());
        };
        if del.state == DeliveryState::AwaitingConfirmation {
            return Ok(vec![Action::SendMaterial {
                device: device.to_string(),
                version: del.version,
            }]);
        }
        del.on(DeliveryEvent::Fetched)
    }

    /// A device reports progress on `version`: only `Applied`, `Prompted` and
    /// `Confirmed` come from devices; the other events are the server's.
    pub fn report(
        &mut self,
        device: &str,
        version: u64,
        event: DeliveryEvent,
    ) -> Result<Vec<Action>, PasswordSyncError> {
        if !matches!(
            event,
            DeliveryEvent::Applied { .. }
                | DeliveryEvent::Prompted
                | DeliveryEvent::Confirmed { .. }
        ) {
            let state = self
                .devices
                .get(device)
                .and_then(|d| d.deliveries.iter().find(|x| x.version == version))
                .map_or(DeliveryState::Pending, |d| d.state);
            return Err(PasswordSyncError::InvalidTransition { state, event });
        }
        let d = self
            .devices
            .get_mut(device)
            .ok_or_else(|| PasswordSyncError::UnknownDevice(device.to_string()))?;
        if version < d.completed_version {
            return Err(PasswordSyncError::Backwards {
                applied: d.completed_version,
                got: version,
            });
        }
        let del = d
            .deliveries
            .iter_mut()
            .rev()
            .find(|x| x.version == version)
            .ok_or_else(|| {
                PasswordSyncError::UnknownDevice(format!(
                    "{device} (no delivery of version {version})"
                ))
            })?;
        let actions = del.on(event)?;
        if del.state.is_completed() {
            d.completed_version = version;
        }
        Ok(actions)
    }

    /// Suspends the user: every open delivery is cancelled and each device
    /// must lock the local account.
    pub fn suspend(&mut self) -> Vec<Action> {
        self.suspended = true;
        let mut actions = Vec::new();
        for (id, d) in &mut self.devices {
            for del in d.deliveries.iter_mut().filter(|x| x.state.is_open()) {
                let _ = del.on(DeliveryEvent::Cancelled);
            }
            d.locked = true;
            actions.push(Action::LockLocalAccount { device: id.clone() });
        }
        actions
    }

    /// Restores the user: devices unlock and receive the current version if
    /// they have not completed it.
    pub fn reactivate(&mut self) -> Vec<Action> {
        self.suspended = false;
        let mut actions = Vec::new();
        let deliverable = self.password.deliverable();
        let version = self.password.version;
        for (id, d) in &mut self.devices {
            d.locked = false;
            actions.push(Action::UnlockLocalAccount { device: id.clone() });
            if deliverable && d.completed_version < version && d.open().is_none() {
                // Keep (user, device, version) unique: reinstate a delivery the
                // suspension cancelled rather than adding a second one.
                match d.deliveries.iter_mut().find(|x| x.version == version) {
                    Some(del) => {
                        if del.on(DeliveryEvent::Reinstated).is_err() {
                            continue; // completed or superseded: nothing is due
                        }
                    }
                    None => d
                        .deliveries
                        .push(Delivery::new(id.clone(), d.platform, version)),
                }
                actions.push(Action::NotifyDevice { device: id.clone() });
            }
        }
        actions
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_transitions_are_errors() {
        let mut d = Delivery::new("l1", Platform::Linux, 1);
        assert!(d
            .on(DeliveryEvent::Applied {
                credential_manager_cleared: false
            })
            .is_err());
        assert_eq!(d.state, DeliveryState::Pending);
        d.on(DeliveryEvent::Fetched).expect("fetch");
        assert!(
            d.on(DeliveryEvent::Prompted).is_err(),
            "Linux has no prompt"
        );
        d.on(DeliveryEvent::Applied {
            credential_manager_cleared: false,
        })
        .expect("apply");
        // The same report again changes nothing (an agent restarted before
        // it noted the first was accepted).
        assert_eq!(
            d.on(DeliveryEvent::Applied {
                credential_manager_cleared: false,
            })
            .expect("repeat"),
            vec![]
        );
        assert_eq!(d.state, DeliveryState::Applied);
        assert!(d.on(DeliveryEvent::Cancelled).is_err(), "final");
        let mut m = Delivery::new("m1", Platform::Macos, 1);
        m.on(DeliveryEvent::Fetched).expect("fetch");
        assert!(m
            .on(DeliveryEvent::Applied {
                credential_manager_cleared: false
            })
            .is_err());
        assert!(
            m.on(DeliveryEvent::Confirmed {
                previous_password_ok: true
            })
            .is_err(),
            "needs a prompt"
        );
    }

    #[test]
    fn binding_a_suspended_user_locks_and_delivers_nothing() {
        let policy = PasswordPolicy::default();
        let mut u = UserSync::default();
        u.okta_push(false, vec![], &policy, chrono::Utc::now())
            .expect("push");
        u.suspend();
        let a = u.bind("l1", Platform::Linux);
        assert_eq!(
            a,
            vec![Action::LockLocalAccount {
                device: "l1".into()
            }]
        );
        assert!(u.devices["l1"].locked);
        assert!(u.devices["l1"].deliveries.is_empty());
        // Binding again changes nothing.
        assert!(u.bind("l1", Platform::Linux).is_empty());
        // Restored: unlocked, and the current version becomes due.
        let a = u.reactivate();
        assert!(a.contains(&Action::NotifyDevice {
            device: "l1".into()
        }));
        assert_eq!(u.devices["l1"].open().map(|d| d.version), Some(1));
    }

    #[test]
    fn unbinding_cancels_what_was_open_and_keeps_the_rest() {
        let policy = PasswordPolicy::default();
        let mut u = UserSync::default();
        u.bind("l1", Platform::Linux);
        u.bind("l2", Platform::Linux);
        u.okta_push(false, vec![], &policy, chrono::Utc::now())
            .expect("push");
        assert!(u.unbind("l1").expect("bound").is_empty());
        assert!(!u.devices.contains_key("l1"));
        let gone = &u.unbound["l1"];
        assert_eq!(gone.deliveries[0].state, DeliveryState::Cancelled);
        assert_eq!(u.devices["l2"].deliveries[0].state, DeliveryState::Pending);
        assert!(matches!(
            u.unbind("l1"),
            Err(PasswordSyncError::UnknownDevice(_))
        ));
    }

    #[test]
    fn state_names_round_trip() {
        for s in [
            DeliveryState::Pending,
            DeliveryState::KeychainReset,
            DeliveryState::Cancelled,
        ] {
            assert_eq!(DeliveryState::parse(s.as_str()), Some(s));
        }
    }
}
