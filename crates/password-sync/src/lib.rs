//! # password-sync: policy, credential material and lifecycle, sans-IO
//!
//! This crate encodes the seed's "Managing Password Resets" sections. It does
//! no I/O: time is passed in, events go in, and [`Action`]s come out for the
//! caller (the `directory` crate) to perform.
//!
//! - [`policy`]: the org [`PasswordPolicy`], evaluated with reasons. Okta's
//!   placeholder password on create is recorded as a violation, never refused.
//! - [`material`]: one plaintext → argon2id verifier, Linux sha512-crypt,
//!   macOS SALTED-SHA512-PBKDF2 and Windows NT hash, in types that redact
//!   themselves in `Debug`; [`material::verify`] is the one-argon2 unchanged check.
//! - [`lifecycle`]: [`PasswordStatus`]: version, source, expiry, drift.
//! - [`delivery`]: the per-(user, device, version) [`Delivery`] state machine
//!   and the [`UserSync`] aggregate (fan-out, supersede, suspend).
//!
//! ```
//! use password_sync::{material, Action, DeliveryEvent, HashParams, PasswordPolicy, Platform, UserSync};
//! use zeroize::Zeroizing;
//!
//! let policy = PasswordPolicy::default();
//! let now = chrono::Utc::now();
//! let mut user = UserSync::default();
//! user.bind("linux-1", Platform::Linux);
//!
//! // Okta pushes P1: derive once, then record a new version; it fans out.
//! let p1 = "Corr3ct-Horse";
//! let m = material::derive(Zeroizing::new(p1.to_string()), &HashParams::insecure_fast_for_tests())?;
//! let actions = user.okta_push(false, policy.evaluate(p1, "jdoe"), &policy, now)?;
//! assert!(actions.contains(&Action::NotifyDevice { device: "linux-1".into() }));
//!
//! // The agent checks in, applies the shadow hash and acknowledges.
//! let send = user.fetch("linux-1")?;
//! assert_eq!(send, vec![Action::SendMaterial { device: "linux-1".into(), version: 1 }]);
//! assert!(material::verify_shadow(&m.linux, p1));
//! user.report("linux-1", 1, DeliveryEvent::Applied { credential_manager_cleared: false })?;
//! assert_eq!(user.devices["linux-1"].completed_version, 1);
//!
//! // Okta re-sends the same password on the next sign-in: nothing happens.
//! let unchanged = material::verify(&m.verifier, p1);
//! assert!(user.okta_push(unchanged, vec![], &policy, now)?.is_empty());
//! # Ok::<(), password_sync::PasswordSyncError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod delivery;
pub mod error;
pub mod lifecycle;
pub mod material;
pub mod policy;

pub use delivery::{Delivery, DeliveryEvent, DeliveryState, DeviceSync, UserSync};
pub use error::PasswordSyncError;
pub use lifecycle::{PasswordStatus, Source};
pub use material::{CredentialMaterial, DeviceMaterial, HashMemory, HashParams, Platform};
pub use policy::{PasswordPolicy, PolicyViolation};
pub use zeroize::Zeroizing;

/// What the caller must do after a transition.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Persist the new version's material.
    StoreNewVersion {
        /// The version.
        version: u64,
    },
    /// Create deliveries of this version for every bound device.
    FanOut {
        /// The version.
        version: u64,
    },
    /// Wake this device's long-poll.
    NotifyDevice {
        /// Device id.
        device: String,
    },
    /// Send this version's material to the device (it fetched it).
    SendMaterial {
        /// Device id.
        device: String,
        /// The version.
        version: u64,
    },
    /// The device completed this version.
    RecordCompleted {
        /// Device id.
        device: String,
        /// The version.
        version: u64,
    },
    /// macOS: the keychain could not be re-keyed (wrong previous password).
    ReportKeychainReset {
        /// Device id.
        device: String,
    },
    /// Tell the device to lock the local account (user suspended).
    LockLocalAccount {
        /// Device id.
        device: String,
    },
    /// Tell the device to unlock the local account (user restored).
    UnlockLocalAccount {
        /// Device id.
        device: String,
    },
    /// The password was changed outside Okta: report the divergence.
    DriftDetected,
    /// Okta's password overwrote the local one.
    DriftResolved,
    /// The password broke the policy: stored, not delivered.
    PolicyViolationRecorded {
        /// What was broken.
        violations: Vec<PolicyViolation>,
    },
}
