//! The server's configuration file (TOML), as `directory-server --config`
//! reads it. `packaging/server.toml` is the reference: every key, commented,
//! with its default (a test below keeps the two equal). Flags and
//! `DIRECTORY_*` environment variables override the file.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use directory::{HashParams, SignInPolicy};
use serde::{Deserialize, Serialize};

/// The reference configuration shipped with the server (and installed as
/// `/etc/okta-directory/server.toml` by the package).
pub const REFERENCE: &str = include_str!("../packaging/server.toml");

/// The configuration file. Every key is optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FileConfig {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// The SQLite file and the server key live here.
    pub data_dir: PathBuf,
    /// `postgres://...` for PostgreSQL; none: SQLite under `data_dir`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    /// The most connections the pool opens to the database.
    pub database_max_connections: u32,
    /// The URL clients reach the server at; none: `http://<listen>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// The first admin, made on an empty store.
    pub admin_email: String,
    /// The longest a device check-in waits for work.
    pub long_poll_max_secs: u64,
    /// Requests per second per API key (0: no limit).
    pub rate_limit_per_sec: f64,
    /// Requests an API key may send at once; none: twice the rate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_limit_burst: Option<f64>,
    /// The largest request body accepted.
    pub body_limit_bytes: usize,
    /// A client must send its request headers within this (a keep-alive
    /// connection idle this long is closed: keep it above
    /// [`agent_protocol::CLIENT_POOL_IDLE`]).
    pub header_read_timeout_secs: u64,
    /// A request (other than a check-in) must complete within this.
    pub request_timeout_secs: u64,
    /// The hot-read cache's size (SQLite files; 0: off).
    pub read_cache_mib: u64,
    /// Proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<IpAddr>,
    /// Password hash costs.
    pub hash: HashParams,
    /// Sign-in throttling and session lifetimes.
    pub sign_in: SignInPolicy,
}

impl Default for FileConfig {
    fn default() -> Self {
        let server = crate::ServerConfig::default();
        let dir = directory::Config::sqlite_in("./data");
        FileConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: dir.data_dir,
            database_url: None,
            database_max_connections: 16,
            public_url: None,
            admin_email: "admin@localhost".into(),
            long_poll_max_secs: server.long_poll_max.as_secs(),
            rate_limit_per_sec: server.rate_limit.0,
            rate_limit_burst: None,
            body_limit_bytes: server.body_limit,
            header_read_timeout_secs: server.header_read_timeout.as_secs(),
            request_timeout_secs: server.request_timeout.as_secs(),
            read_cache_mib: dir.read_cache_bytes >> 20,
            trusted_proxies: Vec::new(),
            hash: dir.hash_params,
            sign_in: dir.sign_in,
        }
    }
}

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// It cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// It is not valid TOML for this file (an unknown key, a wrong type).
    #[error("invalid configuration file {path}: {source}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// Why, with the line.
        source: toml::de::Error,
    },
    /// A value is out of its range.
    #[error("invalid configuration file {path}: {message}")]
    Value {
        /// The file.
        path: PathBuf,
        /// Which key and why.
        message: String,
    },
}

impl FileConfig {
    /// Reads and checks `path`.
    pub fn load(path: &Path) -> Result<FileConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(&text).map_err(|e| match e {
            ConfigError::Parse { source, .. } => ConfigError::Parse {
                path: path.to_path_buf(),
                source,
            },
            ConfigError::Value { message, .. } => ConfigError::Value {
                path: path.to_path_buf(),
                message,
            },
            e => e,
        })
    }

    /// Parses and checks a file's text.
    pub fn parse(text: &str) -> Result<FileConfig, ConfigError> {
        let c: FileConfig = toml::from_str(text).map_err(|source| ConfigError::Parse {
            path: PathBuf::new(),
            source,
        })?;
        let bad = |message: String| ConfigError::Value {
            path: PathBuf::new(),
            message,
        };
        if !(c.rate_limit_per_sec.is_finite() && c.rate_limit_per_sec >= 0.0) {
            return Err(bad(format!(
                "rate_limit_per_sec must be 0 (no limit) or more, not {}",
                c.rate_limit_per_sec
            )));
        }
        if let Some(b) = c.rate_limit_burst {
            if !(b.is_finite() && b >= 1.0) {
                return Err(bad(format!("rate_limit_burst must be 1 or more, not {b}")));
            }
        }
        for (key, v) in [
            ("long_poll_max_secs", c.long_poll_max_secs),
            ("header_read_timeout_secs", c.header_read_timeout_secs),
            ("request_timeout_secs", c.request_timeout_secs),
        ] {
            if v == 0 {
                return Err(bad(format!("{key} must be at least 1")));
            }
        }
        if !(1..=1000).contains(&c.database_max_connections) {
            return Err(bad(format!(
                "database_max_connections must be 1 to 1000, not {}",
                c.database_max_connections
            )));
        }
        if c.body_limit_bytes < 1024 {
            return Err(bad(format!(
                "body_limit_bytes must be at least 1024, not {}",
                c.body_limit_bytes
            )));
        }
        Ok(c)
    }

    /// The server settings this file gives (the public URL and cookies are
    /// the caller's: they depend on where it listens and on TLS).
    pub fn server_config(&self) -> crate::ServerConfig {
        crate::ServerConfig {
            long_poll_max: Duration::from_secs(self.long_poll_max_secs),
            rate_limit: (
                self.rate_limit_per_sec,
                self.rate_limit_burst
                    .unwrap_or(self.rate_limit_per_sec * 2.0),
            ),
            body_limit: self.body_limit_bytes,
            header_read_timeout: Duration::from_secs(self.header_read_timeout_secs),
            request_timeout: Duration::from_secs(self.request_timeout_secs),
            trusted_proxies: self.trusted_proxies.clone(),
            ..crate::ServerConfig::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_file_is_the_defaults_and_sets_every_key() {
        let reference = FileConfig::parse(REFERENCE).expect("the reference parses");
        assert_eq!(reference, FileConfig::default());
        // Every key with a default is written out (not left to serde's
        // defaults), with that value; the optional ones are commented.
        let written: toml::Value = toml::from_str(REFERENCE).expect("toml");
        let defaults = toml::Value::try_from(FileConfig::default()).expect("serialise");
        assert_eq!(written, defaults);
        for optional in ["database_url", "public_url", "rate_limit_burst"] {
            assert!(
                REFERENCE.contains(&format!("\n# {optional} = ")),
                "{optional} is not described in the reference"
            );
        }
    }

    #[test]
    fn the_defaults_are_the_built_in_server_settings() {
        let from_file = FileConfig::default().server_config();
        let built_in = crate::ServerConfig::default();
        assert_eq!(from_file.long_poll_max, built_in.long_poll_max);
        assert_eq!(from_file.rate_limit, built_in.rate_limit);
        assert_eq!(from_file.body_limit, built_in.body_limit);
        assert_eq!(from_file.request_timeout, built_in.request_timeout);
        assert_eq!(from_file.header_read_timeout, built_in.header_read_timeout);
    }

    #[test]
    fn agents_drop_idle_connections_before_the_server_closes_them() {
        // The server closes a connection idle for its header timeout; the
        // agents must never reuse one that old (agent_protocol says why).
        let closes_after = crate::ServerConfig::default().header_read_timeout;
        assert!(
            agent_protocol::CLIENT_POOL_IDLE * 3 / 2 <= closes_after,
            "agents keep idle connections {:?}, the server closes them after {closes_after:?}",
            agent_protocol::CLIENT_POOL_IDLE
        );
    }

    #[test]
    fn bad_files_are_refused_naming_the_key() {
        for (text, names) in [
            ("listen_addr = \"x\"", "listen_addr"),
            ("rate_limit_per_sec = -1.0", "rate_limit_per_sec"),
            ("rate_limit_burst = 0.0", "rate_limit_burst"),
            ("request_timeout_secs = 0", "request_timeout_secs"),
            ("body_limit_bytes = 10", "body_limit_bytes"),
            ("database_max_connections = 0", "database_max_connections"),
            ("[hash]\nargon2_mkib = 1", "argon2_mkib"),
            ("[sign_in]\nlock = 1", "lock"),
            ("long_poll_max_secs = \"30\"", "long_poll_max_secs"),
        ] {
            let e = FileConfig::parse(text).expect_err(text).to_string();
            assert!(e.contains(names), "{text}: {e}");
        }
    }
}
