//! # agent-sim: simulated device agents for macOS, Windows and Linux
//!
//! A black-box client of the server's wire protocol (it never depends on the
//! `server` crate) that plays the seed's password workflows end to end.
//!
//! - [`device`]: devices whose local state behaves like the OS: a Linux
//!   shadow file checked with a real sha512-crypt verifier, Windows NT-hash
//!   logins and a credential manager, and a Mac whose FileVault/SecureToken
//!   and keychain are wrapped by password-derived keys and re-keyed only when
//!   the user confirms with the new and the previous password.
//! - [`client`]: SCIM the way Okta calls it, the admin API, the agent API.
//! - [`agent`]: an agent: device + credential + cursor + online flag.
//! - [`scenario`]: TOML scenario files: provision, bind, change passwords,
//!   take devices offline, play the user's actions, and assert outcomes.
//! - [`load`]: many devices holding long-polls under Okta-style password
//!   changes; propagation latency percentiles.
//!
//! ```
//! use agent_sim::device::{MacDevice, ConfirmOutcome};
//! use password_sync::{material, HashParams, Zeroizing};
//!
//! let mut mac = MacDevice::default();
//! mac.add_user("jane", "Old-Passw0rd")?;
//! let new = material::derive(Zeroizing::new("New-Passw0rd".into()), &HashParams::insecure_fast_for_tests())
//!     .map_err(|e| agent_sim::SimError::Device(e.to_string()))?;
//! mac.receive("jane", 2, &new.macos)?;                      // the agent got the hash
//! assert!(!mac.filevault_opens("jane", "New-Passw0rd"));     // not re-keyed yet
//! assert_eq!(mac.confirm("jane", "New-Passw0rd", "Old-Passw0rd")?.1, ConfirmOutcome::Synced);
//! assert!(mac.filevault_opens("jane", "New-Passw0rd"));
//! # Ok::<(), agent_sim::SimError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod agent;
pub mod client;
pub mod device;
pub mod load;
pub mod scenario;
mod wire;

/// Everything that can go wrong in the simulator.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SimError {
    /// The server could not be reached or answered with an error.
    #[error("HTTP: {0}")]
    Http(String),
    /// A device-side operation was impossible.
    #[error("device: {0}")]
    Device(String),
    /// The scenario file is invalid or names something unknown.
    #[error("scenario: {0}")]
    Scenario(String),
    /// An expectation did not hold.
    #[error("assertion failed: {0}")]
    Assertion(String),
}
