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
    /// A password refused by the policy (user portal), or a delivery event
    /// the state machine refuses.
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
    /// A sign-in (password, or a second factor) that did not succeed. The
    /// same for an unknown login, a wrong password, a disabled account and
    /// a user without a directory password, so an answer says nothing
    /// about who exists.
    #[error("sign-in failed: the login or the password is wrong")]
    SignInFailed,
    /// Too many failed sign-ins for this login or from this address:
    /// nothing was checked; retry after this many seconds.
    #[error("too many failed sign-ins; retry after {retry_after_secs} s")]
    Throttled {
        /// Seconds until the next attempt is considered.
        retry_after_secs: u64,
    },
    /// The session is valid but this needs a fresh sign-in (with MFA)
    /// within the last few minutes: generating an API key, changing MFA,
    /// adding admins.
    #[error("this needs a recent sign-in: sign in again (with MFA) within the last {window_secs} s, then retry")]
    ReauthRequired {
        /// How recent the sign-in must be.
        window_secs: u64,
    },
    /// Storage failed; the cause is the error's source.
    #[error("storage error")]
    Storage(#[source] StorageError),
    /// The data directory, server key or a stored value is unusable; the
    /// cause, where there is one, is the error's source.
    #[error("{message}")]
    Internal {
        /// What went wrong.
        message: String,
        /// Why, when another error said so.
        #[source]
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
}

/// A storage failure. Opaque: which database library failed is not part of
/// the API; its error is this one's [`std::error::Error::source`].
#[derive(Debug)]
pub struct StorageError(Backend);

#[derive(Debug)]
enum Backend {
    /// Through sqlx (PostgreSQL, and SQLite's pool).
    Sqlx(sqlx::Error),
    /// Through rusqlite (SQLite files: reads, and writes to a file).
    Sqlite(rusqlite::Error),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Backend::Sqlx(e) => e.fmt(f),
            Backend::Sqlite(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for StorageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.0 {
            Backend::Sqlx(e) => Some(e),
            Backend::Sqlite(e) => Some(e),
        }
    }
}

impl StorageError {
    /// Whether the database refused a duplicate of a unique key.
    pub(crate) fn is_unique_violation(&self) -> bool {
        match &self.0 {
            Backend::Sqlx(sqlx::Error::Database(d)) => {
                d.is_unique_violation()
                    || d.message().contains("UNIQUE constraint failed")
                    || d.code().as_deref() == Some("23505")
            }
            Backend::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => {
                e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
            }
            _ => false,
        }
    }

    /// SQLITE_BUSY: the database is locked by another connection.
    pub(crate) fn is_busy(&self) -> bool {
        matches!(
            &self.0,
            Backend::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::DatabaseBusy
        )
    }

    /// Whether the database could not be reached or went away (as opposed
    /// to refusing a statement): connection failures, a pool that timed
    /// out waiting for a connection, and PostgreSQL's connection exceptions
    /// (class 08) and shutdowns (57P01–57P03: the server is stopping,
    /// crashed, or not yet accepting connections). Worth retrying later.
    pub fn is_unavailable(&self) -> bool {
        match &self.0 {
            Backend::Sqlx(
                sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
                | sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::WorkerCrashed,
            ) => true,
            Backend::Sqlx(sqlx::Error::Database(d)) => d
                .code()
                .is_some_and(|c| c.starts_with("08") || matches!(&*c, "57P01" | "57P02" | "57P03")),
            _ => false,
        }
    }
}

impl From<sqlx::Error> for DirectoryError {
    fn from(e: sqlx::Error) -> Self {
        DirectoryError::Storage(StorageError(Backend::Sqlx(e)))
    }
}

impl From<rusqlite::Error> for DirectoryError {
    fn from(e: rusqlite::Error) -> Self {
        DirectoryError::Storage(StorageError(Backend::Sqlite(e)))
    }
}

impl DirectoryError {
    /// An internal error caused by `e` (kept as the source).
    pub(crate) fn internal(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        DirectoryError::Internal {
            message: e.to_string(),
            source: Some(Box::new(e)),
        }
    }

    /// An internal error with no other error behind it: a broken invariant
    /// or an unusable stored value.
    pub(crate) fn invariant(message: impl Into<String>) -> Self {
        DirectoryError::Internal {
            message: message.into(),
            source: None,
        }
    }
}

/// Result alias.
pub type Result<T, E = DirectoryError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    #[test]
    fn storage_errors_keep_their_cause_without_showing_its_type() {
        let e = DirectoryError::from(sqlx::Error::PoolTimedOut);
        assert_eq!(e.to_string(), "storage error");
        let cause = e.source().expect("a storage error has a cause");
        assert!(cause.to_string().contains("timed out"), "{cause}");
        assert!(cause.source().is_some(), "the library's error is kept");
        assert!(matches!(&e, DirectoryError::Storage(s) if s.is_unavailable()));
    }

    #[test]
    fn internal_errors_keep_their_source() {
        let parse = serde_json::from_str::<serde_json::Value>("{").expect_err("not JSON");
        let e = DirectoryError::internal(parse);
        assert!(e.source().is_some());
        assert!(DirectoryError::invariant("broken").source().is_none());
    }
}
