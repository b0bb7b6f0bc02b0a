//! The one error type of `directory`.

use scim_core::ScimError;

/// Everything a directory use case can refuse or fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DirectoryError {
    /// A SCIM protocol error (bad filter, PATCH, types, uniqueness, ...).
    #[error(transparent)]
    Scim(#[from] ScimError),
    /// The thing does not exist (in this org).
    #[error("{0} not found")]
    NotFound(String),
    /// A username that breaks a rule; the detail names the rule.
    #[error("invalid username: {0}")]
    InvalidUsername(#[from] username_rules::UsernameError),
    /// The API key is missing, malformed, unknown or revoked.
    #[error("invalid API key")]
    Unauthorized,
    /// The key is valid but may not do this (e.g. an MTP admin's key on SCIM).
    #[error("{0}")]
    Forbidden(String),
    /// A password refused by the policy (user portal).
    #[error(transparent)]
    Password(#[from] password_sync::PasswordSyncError),
    /// A conflict that is not a SCIM uniqueness clash (e.g. takeover refused).
    #[error("{0}")]
    Conflict(String),
    /// Bad input to a non-SCIM API.
    #[error("{0}")]
    BadRequest(String),
    /// The optimistic version did not match (If-Match).
    #[error("the resource was modified: version {current} does not match")]
    VersionMismatch {
        /// The current version.
        current: u64,
    },
    /// Too many password derivations are queued: retry after this many
    /// seconds (the server answers 429 with `Retry-After`).
    #[error("too many password changes are queued; retry after {retry_after_secs} s")]
    Busy {
        /// Seconds until the queue is expected to have room.
        retry_after_secs: u64,
    },
    /// Storage failed.
    #[error("storage error: {0}")]
    Storage(#[from] sqlx::Error),
    /// Storage failed on the synchronous SQLite path (reads, and writes to
    /// a database file).
    #[error("storage error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The data directory, server key or a stored value is unusable.
    #[error("{0}")]
    Internal(String),
}

impl DirectoryError {
    pub(crate) fn internal(e: impl std::fmt::Display) -> Self {
        DirectoryError::Internal(e.to_string())
    }
}

/// Result alias.
pub type Result<T, E = DirectoryError> = std::result::Result<T, E>;
