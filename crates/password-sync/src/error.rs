//! The one error type of `password-sync`.

use crate::delivery::{DeliveryEvent, DeliveryState};
use crate::policy::PolicyViolation;

/// Everything that can go wrong in password policy, derivation and lifecycle.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PasswordSyncError {
    /// A password refused by the policy where refusal is allowed (the user
    /// portal; never an Okta create).
    #[error("the password does not meet the policy: {}", crate::policy::describe(.0))]
    Policy(Vec<PolicyViolation>),
    /// Hash parameters out of range.
    #[error("invalid hash parameters: {0}")]
    Params(String),
    /// A hash could not be computed or parsed.
    #[error("hashing failed: {0}")]
    Hash(String),
    /// An event that is not valid in the delivery's current state.
    #[error("invalid delivery transition: {event:?} in state {state:?}")]
    InvalidTransition {
        /// The state the delivery was in.
        state: DeliveryState,
        /// The event that does not apply.
        event: DeliveryEvent,
    },
    /// A device acknowledged a version older than one it already applied.
    #[error("device went backwards: version {got} after {applied}")]
    Backwards {
        /// The version the device already applied.
        applied: u64,
        /// The version it reported.
        got: u64,
    },
    /// An operation on a user that is suspended.
    #[error("the user is suspended")]
    Suspended,
    /// A device unknown to this user.
    #[error("device {0} is not bound to this user")]
    UnknownDevice(String),
}
