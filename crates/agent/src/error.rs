//! The one error type of `agent`.

use std::path::{Path, PathBuf};

/// Everything the agent can refuse or fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AgentError {
    /// A value that would corrupt an account file, or a file the agent
    /// cannot read as one; nothing was written.
    #[error("{file}: {reason}")]
    Field {
        /// The file (`passwd`, `shadow`, `group`).
        file: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// A change the agent will not make to this system (a system account, a
    /// name or uid that belongs to someone else, a value that is not a hash).
    #[error("refused: {0}")]
    Refused(String),
    /// The agent's own state (enrolment, memory) is missing or unreadable.
    #[error("{0}")]
    State(String),
    /// Talking to the server failed, or it refused.
    #[error("{0}")]
    Server(String),
    /// A file operation failed.
    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What was being done (`read`, `replace`, `lock`, ...).
        action: &'static str,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

impl AgentError {
    pub(crate) fn io(path: &Path, action: &'static str, source: std::io::Error) -> Self {
        AgentError::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    }
}

/// Result alias.
pub type Result<T, E = AgentError> = std::result::Result<T, E>;
