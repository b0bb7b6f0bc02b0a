//! # directory: the application core
//!
//! What a Rust service embeds to *be* the identity directory: every use case
//! of the Okta integration as an async API over storage, with no HTTP in it.
//! This is the only crate that knows SQL.
//!
//! - [`Directory::open`] connects to embedded SQLite (default) or PostgreSQL,
//!   migrates, and loads or creates the server key that encrypts device
//!   material at rest.
//! - SCIM use cases: [`Directory::create_user`] (with takeover and re-link),
//!   [`Directory::get_user`], [`Directory::list_users`] (filters translated to
//!   SQL), [`Directory::replace_user`], [`Directory::patch_user`],
//!   [`Directory::delete_user`] (suspend and keep), and the same for groups.
//! - Passwords: an Okta password that equals the stored one costs one argon2
//!   verification and changes nothing; a new one is derived once (off the
//!   executor), stored encrypted per platform, and fanned out to bound devices.
//!   [`Directory::portal_change_password`] is the local change that drifts.
//! - Devices: [`Directory::enroll_device`], [`Directory::bind`],
//!   [`Directory::checkin`] (long-poll), [`Directory::report_delivery`]; the
//!   messages are [`agent_protocol`]'s.
//! - Admins: the Details panel ([`Directory::user_details`]), the paged users
//!   list ([`Directory::list_user_details`]), suspend and restore
//!   ([`Directory::set_user_state`]).
//! - Admin: orgs, admins, API keys ([`Directory::generate_api_key`] shows a key
//!   once and revokes the previous one; MTP keys are refused for SCIM by
//!   [`Principal::tenant_org`]), settings, audit log, collision report.
//! - Every change is one transaction with its audit entry; devices are woken
//!   after it commits. Errors are [`DirectoryError`]; a storage failure keeps
//!   its cause as its `source` ([`StorageError`]).
//! - Reads: on a SQLite file, API key resolutions, [`Directory::get_user_rendered`]
//!   and `eq` pages of [`Directory::list_users_rendered`] are cached until the
//!   next commit by any process ([`Config::read_cache_bytes`],
//!   [`Directory::read_cache_stats`]).
//!
//! ```no_run
//! # async fn demo() -> Result<(), directory::DirectoryError> {
//! use directory::{Config, Directory};
//! let dir = Directory::open(Config::sqlite_in("./data")).await?;
//! let boot = dir.bootstrap("admin@localhost").await?; // Some(..) on first start only
//! let org = dir.list_orgs().await?.remove(0);
//! let user = dir.create_user(&org.id, &serde_json::json!({
//!     "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
//!     "userName": "jane@example.com", "password": "Corr3ct-Horse"})).await?;
//! assert_eq!(user.resource["userName"], "jane@example.com");
//! # let _ = boot; Ok(()) }
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// # Layout
//
// Use cases, one room each, every change through `change::Change`:
// `provision` (SCIM users from Okta; what a body means: `user_input`), `groups` (SCIM groups), `devices`
// (enrolment, bindings, check-in, reports), `details` (the admin's view of
// users and suspend/restore), `portal` (users themselves), `admin` (orgs,
// admins, keys, settings, audit), `seed` (bulk loads).
// Reading and rendering: `users` (rows, GET and lists), `render` (SCIM
// JSON), `sql_filter` (SCIM filters as SQL), `cache` (hot reads).
// Mechanics: `change` (the unit of work), `passwords` (derivation on
// `hashpool`), `db` and `reads` (the two write and read paths), `notify`
// (waking long-polls, across replicas), `crypto` (server key, secrets).

mod access;
mod accounts;
mod admin;
mod applied;
mod cache;
mod change;
mod console;
mod context;
mod crypto;
mod db;
mod details;
mod devices;
mod enrolment;
mod error;
mod groups;
mod hashpool;
mod mfa;
mod notify;
mod observe;
mod passwords;
mod portal;
mod provision;
mod reads;
mod render;
mod seed;
mod signin;
mod sql_filter;
mod user_input;
mod users;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use access::{
    unix_time_text, Access, BindingTarget, Convergence, DeviceGroup, GroupBinding, NewGroupBinding,
    UnixGroup, Via, ACCESS_INLINE,
};
pub use accounts::{AdminSummary, NewAdmin};
pub use admin::{
    Admin, AdminKind, AdminRole, AuditEntry, Org, OrgSettings, Principal, UnixAccounts,
    UsernamePolicy,
};
pub use agent_protocol::{self, CheckinResponse, Device};
pub use cache::ReadCacheStats;
pub use console::{
    AuditQuery, DeviceBinding, DeviceDetails, DeviceSummary, Hint, Overview, PasswordFilter,
    UserListPage, UserListRow, UserQuery, ONLINE_SECS, USER_SCAN_MAX,
};
pub use context::{request_id, valid_request_id, with_request_id, MAX_REQUEST_ID};
pub use crypto::{secret_prefix, verify_secret, ServerKey};
pub use db::Dialect;
pub use details::{AgentReport, BoundResource, UserDetails, UserPage, MAX_USER_PAGE};
pub use devices::DEVICE_SECRET_TAG;
pub use enrolment::{EnrolmentToken, ENROLMENT_TOKEN_TTL};
pub use error::{DirectoryError, Result, StorageError};
pub use groups::ScimGroup;
pub use mfa::{Enrolled, MfaStatus, PasskeyInfo, RecoveryCodes, TotpEnrolment};
pub use observe::Observer;
pub use password_sync::{DeliveryEvent, HashParams, Platform};
pub use portal::PORTAL_EDITABLE;
pub use render::{RenderedUser, ScimUser};
pub use seed::SeededDevice;
pub use signin::{
    NewSession, Session, SessionKind, SignInAttempt, SignInPolicy, Stage, SESSION_TAG,
};
pub use user_input::MAX_VALUES;
pub use users::state;

/// How to open the directory.
#[derive(Debug, Clone)]
pub struct Config {
    /// `sqlite://PATH` or `postgres://...`.
    pub database_url: String,
    /// Holds the SQLite file (default) and the server key file.
    pub data_dir: PathBuf,
    /// The server key as 64 hex characters; otherwise `data_dir/server.key`
    /// is loaded or created (mode 0600). Replicas sharing a database must share it.
    pub server_key_hex: Option<String>,
    /// Hash parameters.
    pub hash_params: HashParams,
    /// The public SCIM base URL, for `meta.location` (e.g. `http://host/scim/v2`).
    pub scim_base_url: String,
    /// Pool size.
    pub max_connections: u32,
    /// Longest a password change may queue for a derivation thread before it
    /// is refused with [`DirectoryError::Busy`] (default 20 s: under the
    /// server's 30 s request timeout and Okta's 60 s).
    pub max_hash_wait: Duration,
    /// Bytes for cached reads (API keys, users, `eq` lookups) on a SQLite
    /// file; 0 turns the cache off. Entries are exact across processes:
    /// any commit to the database invalidates them (see `cache.rs`).
    pub read_cache_bytes: u64,
    /// Sign-in throttling and session lifetimes.
    pub sign_in: SignInPolicy,
}

impl Config {
    /// Embedded SQLite under `data_dir` with production hash parameters.
    pub fn sqlite_in(data_dir: impl Into<PathBuf>) -> Config {
        let data_dir = data_dir.into();
        Config {
            database_url: format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("directory.db").display()
            ),
            data_dir,
            server_key_hex: None,
            hash_params: HashParams::default(),
            scim_base_url: "http://localhost/scim/v2".into(),
            max_connections: 8,
            max_hash_wait: Duration::from_secs(20),
            read_cache_bytes: 32 << 20,
            sign_in: SignInPolicy::default(),
        }
    }
}

/// Why [`Directory::readiness`] says no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NotReady {
    /// The database did not answer (in time).
    #[error("storage unavailable")]
    Storage,
    /// PostgreSQL: the connection listening for other replicas' commits is down.
    #[error("not listening for other replicas' commits")]
    NotListening,
}

/// The directory: storage, the server key, hash parameters and the device notifier.
#[derive(Debug)]
pub struct Directory {
    /// Shared with the applied cursors' writer task (`applied.rs`).
    pub(crate) db: Arc<db::Db>,
    pub(crate) key: crypto::ServerKey,
    pub(crate) params: HashParams,
    pub(crate) notifier: Arc<notify::Notifier>,
    pub(crate) base_url: String,
    /// (org, position) → order key of the row at that position, for
    /// in-order paging without OFFSET.
    pub(crate) page_cursors: PageCursors,
    /// One thread per core for password derivation (bounded CPU and memory).
    pub(crate) hash_pool: hashpool::HashPool,
    /// Cached hot reads (SQLite files only; see `cache.rs`).
    pub(crate) cache: Option<cache::ReadCache>,
    /// Sign-in throttling and session lifetimes.
    pub(crate) sign_in: SignInPolicy,
    /// The verifier an unknown login's password is checked against (made
    /// at the first such sign-in, with the current parameters).
    pub(crate) dummy: tokio::sync::OnceCell<String>,
    /// Refusals this replica remembers (see `signin::Refusals`).
    pub(crate) refusals: signin::Refusals,
    /// The WebAuthn relying party (passkeys), when the public URL allows one.
    pub(crate) webauthn: Option<webauthn_rs::Webauthn>,
    /// The cursors devices reported applied that wait to be written (see
    /// `applied.rs`; the newest seen from each is on its notifier slot),
    /// shared with their writer task.
    pub(crate) applied: Arc<applied::AppliedCursors>,
    /// Wakes the access worker ([`Directory::run_access_worker`]).
    pub(crate) access_wake: tokio::sync::Notify,
    /// Receives measurements (see [`Observer`]).
    pub(crate) observer: observe::ObserverSlot,
    /// Devices as check-ins resolved them, by their credential's digest
    /// (see [`Directory::resolve_device`]).
    pub(crate) devices_by_credential: quick_cache::sync::Cache<[u8; 32], Arc<Device>>,
}

/// A bounded map from (org, list position) to the `seq` of the user at that
/// position in the unfiltered order. A hit turns `OFFSET n` into `seq > k`.
/// Per process; a miss (another replica served the previous page) falls back
/// to OFFSET, which gives the same rows.
#[derive(Debug, Default)]
pub(crate) struct PageCursors(std::sync::Mutex<std::collections::HashMap<(String, usize), i64>>);

impl PageCursors {
    const MAX: usize = 4096;

    fn get(&self, org: &str, position: usize) -> Option<i64> {
        if position == 0 {
            return Some(i64::MIN);
        }
        let m = self.0.lock().unwrap_or_else(|p| p.into_inner());
        m.get(&(org.to_string(), position)).copied()
    }

    fn put(&self, org: &str, position: usize, seq: i64) {
        let mut m = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if m.len() >= Self::MAX {
            m.clear();
        }
        m.insert((org.to_string(), position), seq);
    }

    /// Forgets an org's positions (rows became invisible: positions shift).
    pub(crate) fn forget(&self, org: &str) {
        let mut m = self.0.lock().unwrap_or_else(|p| p.into_inner());
        m.retain(|(o, _), _| o != org);
    }
}

impl Directory {
    /// Opens (and migrates) the store.
    pub async fn open(cfg: Config) -> Result<Directory> {
        cfg.hash_params.validate()?;
        std::fs::create_dir_all(&cfg.data_dir).map_err(|e| {
            DirectoryError::invariant(format!(
                "cannot create data directory {}: {e}",
                cfg.data_dir.display()
            ))
        })?;
        let key = match &cfg.server_key_hex {
            Some(h) => crypto::ServerKey::from_hex(h)?,
            None => crypto::ServerKey::load_or_create(&cfg.data_dir.join("server.key"))?,
        };
        let db = db::Db::connect(&cfg.database_url, cfg.max_connections).await?;
        // The cache only saves work: without it every read goes to the store.
        let cache = match (&db.reader, &db.commits, cfg.read_cache_bytes) {
            (_, _, 0) => None,
            (Some(r), _, bytes) => match cache::WalIndex::open(r.path()) {
                Ok(f) => f.map(|f| cache::ReadCache::new(cache::Freshness::Wal(f), bytes)),
                Err(e) => {
                    tracing::warn!(error = %e, "read cache off: cannot watch the database's commits");
                    None
                }
            },
            (None, Some(c), bytes) => Some(cache::ReadCache::new(
                cache::Freshness::Commits(c.clone()),
                bytes,
            )),
            (None, None, _) => None,
        };
        let notifier = Arc::new(notify::Notifier::new(db.commits.clone()));
        if let Some(commits) = &db.commits {
            notify::start_pg_listener(cfg.database_url.clone(), notifier.clone(), commits.clone())
                .await;
        }
        let observer = observe::ObserverSlot::default();
        let dir = Directory {
            db: Arc::new(db),
            key,
            params: cfg.hash_params,
            notifier,
            base_url: cfg.scim_base_url.trim_end_matches('/').to_string(),
            page_cursors: PageCursors::default(),
            hash_pool: hashpool::HashPool::new(
                std::thread::available_parallelism()
                    .map(|n| n.get())
                    .unwrap_or(1),
                cfg.max_hash_wait,
                observer.clone(),
            )
            .map_err(DirectoryError::internal)?,
            observer,
            cache,
            webauthn: mfa::relying_party(&cfg.scim_base_url),
            sign_in: cfg.sign_in,
            dummy: tokio::sync::OnceCell::new(),
            refusals: signin::Refusals::default(),
            applied: Arc::default(),
            devices_by_credential: quick_cache::sync::Cache::new(devices::CREDENTIALS_CACHED),
            access_wake: tokio::sync::Notify::new(),
        };
        // Bindings made before uids existed: those users get one now, so
        // their devices receive the account.
        let assigned = dir.backfill_uids().await?;
        if assigned > 0 {
            tracing::info!(
                users = assigned,
                "assigned uids to users bound before uids existed"
            );
        }
        Ok(dir)
    }

    /// Installs the observer that receives the directory's measurements
    /// (see [`Observer`]); false, and ignored, when one is installed already.
    pub fn set_observer(&self, observer: Arc<dyn Observer>) -> bool {
        self.observer.set(observer)
    }

    /// On an empty store: creates the default org and a tenant admin
    /// `admin_email`, and returns them with the admin's API key (shown once).
    /// Returns `None` when the store already has an org.
    pub async fn bootstrap(
        &self,
        admin_email: &str,
    ) -> Result<Option<(Org, Admin, zeroize::Zeroizing<String>)>> {
        if !self.list_orgs().await?.is_empty() {
            return Ok(None);
        }
        let org = self.create_org("default").await?;
        let admin = self
            .create_admin(Some(&org.id), admin_email, AdminKind::Tenant)
            .await?;
        let key = self.generate_api_key(&admin.id).await?;
        Ok(Some((org, admin, key)))
    }

    /// The read cache's counters; `None` when reads are not cached
    /// (PostgreSQL, in-memory SQLite, or `read_cache_bytes` 0).
    pub fn read_cache_stats(&self) -> Option<ReadCacheStats> {
        self.cache.as_ref().map(cache::ReadCache::stats)
    }

    /// The dialect in use.
    pub fn dialect(&self) -> Dialect {
        self.db.dialect
    }

    /// Whether the store answers (readiness).
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.db.pool).await?;
        Ok(())
    }

    /// Whether this process can serve now: the database answers within
    /// `within`, and on PostgreSQL the connection that hears the other
    /// replicas' commits and device changes is up (without it a replica
    /// would wake its devices late and read nothing from its cache).
    pub async fn readiness(&self, within: Duration) -> std::result::Result<(), NotReady> {
        if self.db.commits.as_ref().is_some_and(|c| !c.is_listening()) {
            return Err(NotReady::NotListening);
        }
        match tokio::time::timeout(within, self.ping()).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) | Err(_) => Err(NotReady::Storage),
        }
    }

    /// The database connection pool's use now.
    pub fn pool_stats(&self) -> PoolStats {
        PoolStats {
            open: self.db.pool.size(),
            idle: self.db.pool.num_idle() as u32,
            max: self.db.pool.options().get_max_connections(),
        }
    }

    /// What devices still have to do, over all orgs (one read; for
    /// metrics, not per request): deliveries not yet completed, devices
    /// with at least one, and accounts agents reported drifted or failed.
    pub async fn backlog(&self) -> Result<Backlog> {
        use reads::Cols;
        let rows = self
            .db
            .read(
                "SELECT (SELECT COUNT(*) FROM deliveries WHERE state IN ('pending', 'delivered', 'awaiting_confirmation')) AS pending, \
                 (SELECT COUNT(DISTINCT device_id) FROM deliveries WHERE state IN ('pending', 'delivered', 'awaiting_confirmation')) AS behind, \
                 (SELECT COUNT(*) FROM bindings WHERE agent_state IN ('drifted', 'failed')) AS drifted, \
                 (SELECT COUNT(*) FROM devices) AS devices",
                &[],
            )
            .await?;
        let r = rows
            .first()
            .ok_or_else(|| DirectoryError::invariant("a count returned no row"))?;
        Ok(Backlog {
            deliveries_pending: r.int("pending")?,
            devices_behind: r.int("behind")?,
            accounts_drifted: r.int("drifted")?,
            devices: r.int("devices")?,
        })
    }
}

/// A connection pool's use ([`Directory::pool_stats`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStats {
    /// Connections open (idle or in use).
    pub open: u32,
    /// Of those, idle.
    pub idle: u32,
    /// The most it opens.
    pub max: u32,
}

/// What devices still have to do ([`Directory::backlog`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backlog {
    /// Password deliveries not yet completed.
    pub deliveries_pending: i64,
    /// Devices with at least one of them.
    pub devices_behind: i64,
    /// Accounts an agent reported drifted or failed.
    pub accounts_drifted: i64,
    /// Enrolled devices.
    pub devices: i64,
}
