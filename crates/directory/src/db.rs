//! The storage layer: one sqlx `Any` pool over SQLite or PostgreSQL, the
//! migrations, write transactions ([`WriteTx`]), and the few places where
//! the two SQL dialects differ.
//!
//! Longer than the other rooms (about 700 lines): the schema's migration
//! list and the write transaction's two engines (inline rusqlite on a file,
//! sqlx elsewhere) belong together, since every statement must mean the
//! same on both; splitting them would scatter that one contract.
//!
//! Why sqlx's `Any` driver: one set of SQL statements serves both backends
//! (placeholders are `$N` on both), so the shared conformance suite
//! exercises the same statements on both. The dialect differences
//! (auto-increment, JSON functions for filter translation, LISTEN/NOTIFY) are
//! isolated in [`Dialect`]. On a SQLite file the hot reads and all write
//! transactions run those statements through rusqlite instead, inline, to
//! spare sqlx's per-statement thread hand-offs (see [`crate::reads`] and
//! [`WriteTx`]).

use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use tokio::sync::{Mutex, MutexGuard};

use crate::cache::Commits;
use crate::error::{DirectoryError, Result};
use crate::reads::{from_any, sqlx_query, Arg, Cols, Row, SqlConn};

/// See `Db::connect`.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

/// Which SQL dialect the pool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// Embedded SQLite (WAL, synchronous=FULL).
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

/// The pool and its dialect.
#[derive(Debug)]
pub struct Db {
    pub(crate) pool: AnyPool,
    pub(crate) dialect: Dialect,
    /// SQLite allows one writer: write transactions take this lock first, so
    /// they queue in-process instead of failing with SQLITE_BUSY. On a
    /// SQLite file it holds the write connection (see [`WriteTx`]); `None`
    /// on PostgreSQL and in-memory SQLite, or after a connection failed
    /// (the next write opens a new one).
    write_lock: Mutex<Option<SqlConn>>,
    /// Synchronous readers on SQLite files (see [`crate::reads`]).
    pub(crate) reader: Option<crate::reads::SqliteReader>,
    /// PostgreSQL: the commits this process has made or heard of; every
    /// write transaction announces itself to the other replicas (see
    /// `cache.rs`).
    pub(crate) commits: Option<Arc<Commits>>,
}

const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) VALUES ('change', 0);
CREATE TABLE orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, settings TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE admins (id TEXT PRIMARY KEY, org_id TEXT, email TEXT NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE UNIQUE INDEX admins_email ON admins (email);
CREATE TABLE api_keys (admin_id TEXT PRIMARY KEY, prefix TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE users (
  seq {SERIAL},
  id TEXT NOT NULL UNIQUE,
  org_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  user_name_lower TEXT NOT NULL,
  external_id TEXT,
  unix_username TEXT NOT NULL,
  unix_username_lower TEXT NOT NULL,
  state TEXT NOT NULL,
  externally_managed BIGINT NOT NULL,
  scim_visible BIGINT NOT NULL,
  resource TEXT NOT NULL,
  password TEXT NOT NULL,
  verifier TEXT,
  version BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL
);
CREATE UNIQUE INDEX users_org_user_name ON users (org_id, user_name_lower);
CREATE UNIQUE INDEX users_org_unix ON users (org_id, unix_username_lower);
CREATE INDEX users_org_external_id ON users (org_id, external_id);
CREATE INDEX users_org_visible_seq ON users (org_id, scim_visible, seq);
CREATE TABLE groups (
  seq {SERIAL},
  id TEXT NOT NULL UNIQUE,
  org_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  external_id TEXT,
  resource TEXT NOT NULL,
  version BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL
);
CREATE INDEX groups_org_seq ON groups (org_id, seq);
CREATE TABLE group_members (group_id TEXT NOT NULL, member_id TEXT NOT NULL, PRIMARY KEY (group_id, member_id));
CREATE INDEX group_members_member ON group_members (member_id);
CREATE TABLE devices (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, name TEXT NOT NULL, platform TEXT NOT NULL,
  secret_prefix TEXT NOT NULL UNIQUE, secret_hash TEXT NOT NULL,
  created_at TEXT NOT NULL, last_seen_at TEXT
);
CREATE INDEX devices_org ON devices (org_id);
CREATE TABLE bindings (
  user_id TEXT NOT NULL, device_id TEXT NOT NULL, org_id TEXT NOT NULL,
  completed_version BIGINT NOT NULL, locked BIGINT NOT NULL, created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, device_id)
);
CREATE INDEX bindings_device ON bindings (device_id);
CREATE TABLE materials (
  user_id TEXT NOT NULL, version BIGINT NOT NULL, platform TEXT NOT NULL,
  nonce TEXT NOT NULL, ciphertext TEXT NOT NULL,
  PRIMARY KEY (user_id, version, platform)
);
CREATE TABLE deliveries (
  user_id TEXT NOT NULL, device_id TEXT NOT NULL, version BIGINT NOT NULL, platform TEXT NOT NULL,
  state TEXT NOT NULL, cm_cleared BIGINT NOT NULL, change_seq BIGINT NOT NULL, updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, device_id, version)
);
CREATE INDEX deliveries_device_seq ON deliveries (device_id, change_seq);
CREATE TABLE device_commands (
  seq BIGINT PRIMARY KEY, device_id TEXT NOT NULL, user_id TEXT NOT NULL,
  command TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE INDEX device_commands_device ON device_commands (device_id, seq);
CREATE TABLE audit_log (
  seq {SERIAL}, org_id TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  target TEXT, outcome TEXT NOT NULL, detail TEXT NOT NULL
);
CREATE INDEX audit_org_seq ON audit_log (org_id, seq);
"#,
    r#"
ALTER TABLE orgs ADD COLUMN scim_users BIGINT NOT NULL DEFAULT 0;
UPDATE orgs SET scim_users = (SELECT COUNT(*) FROM users WHERE users.org_id = orgs.id AND users.scim_visible = 1);
"#,
    r#"
ALTER TABLE users ADD COLUMN pw_mac TEXT;
"#,
    // Device accounts: each user's uid (assigned at the first bind from the
    // org's counter, never reused), enrolment tokens, and what the agent
    // last reported about each bound account.
    r#"
ALTER TABLE users ADD COLUMN uid BIGINT;
CREATE UNIQUE INDEX users_org_uid ON users (org_id, uid);
ALTER TABLE orgs ADD COLUMN next_uid BIGINT;
CREATE TABLE enrolment_tokens (
  prefix TEXT PRIMARY KEY, hash TEXT NOT NULL, org_id TEXT NOT NULL, created_by TEXT NOT NULL,
  created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT, device_id TEXT
);
CREATE INDEX enrolment_tokens_org ON enrolment_tokens (org_id);
ALTER TABLE bindings ADD COLUMN agent_state TEXT;
ALTER TABLE bindings ADD COLUMN agent_detail TEXT;
ALTER TABLE bindings ADD COLUMN agent_version BIGINT;
ALTER TABLE bindings ADD COLUMN agent_at TEXT;
"#,
    // Admin accounts that sign in (password, TOTP, passkeys, recovery
    // codes), server-side sessions, sign-in throttling and its audit.
    // Times in these tables are unix seconds.
    r#"
ALTER TABLE admins ADD COLUMN display_name TEXT;
ALTER TABLE admins ADD COLUMN role TEXT NOT NULL DEFAULT 'admin';
ALTER TABLE admins ADD COLUMN service_account BIGINT NOT NULL DEFAULT 0;
ALTER TABLE admins ADD COLUMN enabled BIGINT NOT NULL DEFAULT 1;
ALTER TABLE admins ADD COLUMN password_hash TEXT;
ALTER TABLE admins ADD COLUMN totp_nonce TEXT;
ALTER TABLE admins ADD COLUMN totp_secret TEXT;
ALTER TABLE admins ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
CREATE TABLE recovery_codes (
  admin_id TEXT NOT NULL, hash TEXT NOT NULL, used_at BIGINT, PRIMARY KEY (admin_id, hash)
);
CREATE TABLE passkeys (
  id TEXT PRIMARY KEY, admin_id TEXT NOT NULL, cred_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  passkey TEXT NOT NULL, created_at BIGINT NOT NULL, used_at BIGINT
);
CREATE INDEX passkeys_admin ON passkeys (admin_id);
CREATE TABLE sessions (
  prefix TEXT PRIMARY KEY, hash TEXT NOT NULL, kind TEXT NOT NULL, org_id TEXT NOT NULL,
  subject TEXT NOT NULL, stage TEXT NOT NULL, address TEXT NOT NULL,
  created_at BIGINT NOT NULL, seen_at BIGINT NOT NULL, authed_at BIGINT NOT NULL, pending TEXT
);
CREATE INDEX sessions_subject ON sessions (kind, subject);
CREATE TABLE signin_throttle (
  key TEXT PRIMARY KEY, failures BIGINT NOT NULL, last_at BIGINT NOT NULL, locked_until BIGINT
);
CREATE TABLE signin_attempts (
  seq {SERIAL}, org_id TEXT, at TEXT NOT NULL, kind TEXT NOT NULL, login TEXT NOT NULL,
  address TEXT NOT NULL, outcome TEXT NOT NULL, count BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX signin_attempts_org ON signin_attempts (org_id, seq);
"#,
    // The console's overview counts users by state and with drift through
    // indexes (at a million users a scan of the password column took 1.8 s).
    r#"
ALTER TABLE users ADD COLUMN drift BIGINT NOT NULL DEFAULT 0;
UPDATE users SET drift = 1 WHERE password LIKE '%"drift":true%';
CREATE INDEX users_org_drift ON users (org_id, drift);
CREATE INDEX users_org_state ON users (org_id, state);
"#,
    // Groups reach devices: device groups, bindings of a user group to a
    // device group or a device (admin rights, possibly until a time), each
    // binding's origin (direct, or only through groups), unix groups (a gid
    // from the org's counter, never reused, and a name kept once given),
    // and how far each device has applied its change sequence.
    r#"
ALTER TABLE bindings ADD COLUMN direct BIGINT NOT NULL DEFAULT 1;
CREATE TABLE device_groups (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, name TEXT NOT NULL, name_lower TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX device_groups_org_name ON device_groups (org_id, name_lower);
CREATE TABLE device_group_members (
  device_group_id TEXT NOT NULL, device_id TEXT NOT NULL, PRIMARY KEY (device_group_id, device_id)
);
CREATE INDEX device_group_members_device ON device_group_members (device_id);
CREATE TABLE group_bindings (
  id TEXT PRIMARY KEY, org_id TEXT NOT NULL, group_id TEXT NOT NULL,
  device_group_id TEXT, device_id TEXT, admin BIGINT NOT NULL, admin_until BIGINT, created_at TEXT NOT NULL
);
CREATE INDEX group_bindings_org ON group_bindings (org_id);
CREATE INDEX group_bindings_group ON group_bindings (group_id);
CREATE INDEX group_bindings_device_group ON group_bindings (device_group_id);
CREATE INDEX group_bindings_device ON group_bindings (device_id);
ALTER TABLE groups ADD COLUMN gid BIGINT;
ALTER TABLE groups ADD COLUMN unix_name TEXT;
ALTER TABLE groups ADD COLUMN unix_name_lower TEXT;
ALTER TABLE groups ADD COLUMN membership_seq BIGINT NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX groups_org_gid ON groups (org_id, gid);
CREATE UNIQUE INDEX groups_org_unix_name ON groups (org_id, unix_name_lower);
ALTER TABLE orgs ADD COLUMN next_gid BIGINT;
ALTER TABLE devices ADD COLUMN applied_seq BIGINT NOT NULL DEFAULT 0;
CREATE TABLE access_queue (org_id TEXT NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (org_id, user_id));
"#,
    // The agent each device runs (its User-Agent product), the request an
    // audit entry came from (X-Request-Id), and when a delivery was made
    // (for the change-to-applied latency; NULL on older rows).
    r#"
ALTER TABLE devices ADD COLUMN agent TEXT;
ALTER TABLE audit_log ADD COLUMN request_id TEXT;
ALTER TABLE deliveries ADD COLUMN created_at TEXT;
"#,
    // Users per org, state and drift, kept by triggers on `users` (so no
    // write path can forget them): the console's overview reads a few rows
    // instead of counting a million. The login-prefix search walks a
    // bytewise login index; the newest users of an org (the hints) are an
    // index walk too (BENCHMARKS.md, the console at 1,000,000 users).
    r#"
CREATE TABLE user_counts (
  org_id TEXT NOT NULL, state TEXT NOT NULL, drift BIGINT NOT NULL, n BIGINT NOT NULL,
  PRIMARY KEY (org_id, state, drift)
);
INSERT INTO user_counts (org_id, state, drift, n)
  SELECT org_id, state, drift, COUNT(*) FROM users GROUP BY org_id, state, drift;
{USER_COUNT_TRIGGERS}
{LOGIN_BYTEWISE_INDEX}
CREATE INDEX users_org_seq ON users (org_id, seq);
CREATE INDEX users_org_state_seq ON users (org_id, state, seq);
"#,
    // Each device has its own change sequence: a delivery or a command
    // takes its device's next number, so changes to different devices no
    // longer queue on one counter row (held by every write transaction
    // until its commit, on every replica). Each device's numbers go on from
    // the global sequence's last, so every cursor a device holds stays
    // valid; commands are numbered per device, hence the new key. The
    // global counter row and `groups.membership_seq` are left as they were
    // and no longer used.
    r#"
CREATE TABLE device_seqs (device_id TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO device_seqs (device_id, value)
  SELECT id, (SELECT value FROM counters WHERE name = 'change') FROM devices;
CREATE TABLE device_commands_by_device (
  seq BIGINT NOT NULL, device_id TEXT NOT NULL, user_id TEXT NOT NULL,
  command TEXT NOT NULL, created_at TEXT NOT NULL,
  PRIMARY KEY (device_id, seq)
);
INSERT INTO device_commands_by_device (seq, device_id, user_id, command, created_at)
  SELECT seq, device_id, user_id, command, created_at FROM device_commands;
DROP TABLE device_commands;
ALTER TABLE device_commands_by_device RENAME TO device_commands;
"#,
    // The deliveries still open, and the accounts in trouble, each a small
    // part of a table that keeps every version ever delivered: the
    // metrics' counts of them (`Directory::backlog`) walk these instead of
    // every row, on both backends, and so does a check-in's read of its
    // device's open deliveries on PostgreSQL (SQLite's planner may keep
    // `deliveries_device_seq` for it). A query uses a partial index only
    // when its own WHERE holds the same `IN (...)` term, word for word:
    // keep the state lists of those queries as they are written here.
    r#"
CREATE INDEX deliveries_open ON deliveries (device_id, change_seq)
  WHERE state IN ('pending', 'delivered', 'awaiting_confirmation');
CREATE INDEX bindings_troubled ON bindings (device_id) WHERE agent_state IN ('drifted', 'failed');
"#,
];

/// Migration 9's index for login-prefix searches: SQLite's
/// `users_org_user_name` already orders bytewise; PostgreSQL's orders by the
/// database's collation (see `sql_filter::bytewise`).
const LOGIN_BYTEWISE_INDEX_POSTGRES: &str =
    r#"CREATE INDEX users_org_login_bytewise ON users (org_id, (user_name_lower COLLATE "C"));"#;

/// Migration 9's triggers, in each dialect: a user counts once under its
/// (org, state, drift); an update that changes none of them writes nothing.
const USER_COUNT_TRIGGERS_SQLITE: &str = r#"
CREATE TRIGGER users_count_insert AFTER INSERT ON users BEGIN
  INSERT INTO user_counts (org_id, state, drift, n) VALUES (NEW.org_id, NEW.state, NEW.drift, 1)
    ON CONFLICT (org_id, state, drift) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER users_count_delete AFTER DELETE ON users BEGIN
  UPDATE user_counts SET n = n - 1 WHERE org_id = OLD.org_id AND state = OLD.state AND drift = OLD.drift;
END;
CREATE TRIGGER users_count_update AFTER UPDATE OF org_id, state, drift ON users
  WHEN OLD.org_id IS NOT NEW.org_id OR OLD.state IS NOT NEW.state OR OLD.drift IS NOT NEW.drift
BEGIN
  UPDATE user_counts SET n = n - 1 WHERE org_id = OLD.org_id AND state = OLD.state AND drift = OLD.drift;
  INSERT INTO user_counts (org_id, state, drift, n) VALUES (NEW.org_id, NEW.state, NEW.drift, 1)
    ON CONFLICT (org_id, state, drift) DO UPDATE SET n = n + 1;
END;
"#;

/// See [`USER_COUNT_TRIGGERS_SQLITE`].
const USER_COUNT_TRIGGERS_POSTGRES: &str = r#"
CREATE FUNCTION users_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR TG_OP = 'DELETE' THEN
    UPDATE user_counts SET n = n - 1 WHERE org_id = OLD.org_id AND state = OLD.state AND drift = OLD.drift;
  END IF;
  IF TG_OP = 'UPDATE' OR TG_OP = 'INSERT' THEN
    INSERT INTO user_counts (org_id, state, drift, n) VALUES (NEW.org_id, NEW.state, NEW.drift, 1)
      ON CONFLICT (org_id, state, drift) DO UPDATE SET n = user_counts.n + 1;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER users_count_insert_delete AFTER INSERT OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION users_count();
CREATE TRIGGER users_count_update AFTER UPDATE OF org_id, state, drift ON users
  FOR EACH ROW WHEN (OLD.org_id IS DISTINCT FROM NEW.org_id OR OLD.state IS DISTINCT FROM NEW.state OR OLD.drift IS DISTINCT FROM NEW.drift)
  EXECUTE FUNCTION users_count();
"#;

impl Db {
    /// Connects and migrates. `url` is `sqlite://PATH` or `postgres://...`.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db> {
        sqlx::any::install_default_drivers();
        let dialect = if url.starts_with("sqlite:") {
            Dialect::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Dialect::Postgres
        } else {
            return Err(DirectoryError::BadRequest(format!(
                "unsupported database URL (use sqlite:// or postgres://): {}",
                redact_url(url)
            )));
        };
        let opts: AnyConnectOptions = url
            .parse()
            .map_err(|e| DirectoryError::BadRequest(format!("database URL: {e}")))?;
        let mut pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            // How long a statement waits for a connection, while the pool
            // is busy or the database is unreachable (sqlx keeps trying
            // to connect meanwhile): a restart shorter than this is not
            // seen by clients; past it they are answered 503 with
            // Retry-After rather than held.
            .acquire_timeout(ACQUIRE_TIMEOUT);
        if dialect == Dialect::Sqlite {
            pool = pool.after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(SQLITE_WRITER_PRAGMAS).await?;
                    conn.execute("PRAGMA busy_timeout=10000;").await?;
                    Ok(())
                })
            });
        }
        let pool = pool.connect_with(opts).await?;
        let mut db = Db {
            pool,
            dialect,
            write_lock: Mutex::new(None),
            reader: None,
            commits: (dialect == Dialect::Postgres).then(Arc::default),
        };
        db.migrate().await?;
        if dialect == Dialect::Sqlite {
            db.reader = crate::reads::SqliteReader::for_url(url)?;
            *db.write_lock.get_mut() = db.open_writer()?;
        }
        Ok(db)
    }

    async fn migrate(&self) -> Result<()> {
        let _w = self.write_guard().await;
        sqlx::raw_sql("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
            .execute(&self.pool)
            .await?;
        let mut tx = self.pool.begin().await?;
        if self.dialect == Dialect::Postgres {
            // Serialise migrations of replicas starting together.
            sqlx::query("SELECT pg_advisory_xact_lock(72210)")
                .execute(&mut *tx)
                .await?;
        }
        let current: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM schema_version")
            .fetch_one(&mut *tx)
            .await?;
        let current = current.unwrap_or(0) as usize;
        for (i, m) in MIGRATIONS.iter().enumerate().skip(current) {
            let (triggers, login_index) = match self.dialect {
                Dialect::Sqlite => (USER_COUNT_TRIGGERS_SQLITE, ""),
                Dialect::Postgres => (USER_COUNT_TRIGGERS_POSTGRES, LOGIN_BYTEWISE_INDEX_POSTGRES),
            };
            let sql = m
                .replace("{SERIAL}", self.serial())
                .replace("{USER_COUNT_TRIGGERS}", triggers)
                .replace("{LOGIN_BYTEWISE_INDEX}", login_index);
            sqlx::raw_sql(&sql).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO schema_version (version) VALUES ($1)")
                .bind((i + 1) as i64)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    fn serial(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "INTEGER PRIMARY KEY AUTOINCREMENT",
            Dialect::Postgres => "BIGSERIAL PRIMARY KEY",
        }
    }

    /// Taken before every write transaction on SQLite (a no-op guard on PostgreSQL).
    pub(crate) async fn write_guard(&self) -> Option<MutexGuard<'_, Option<SqlConn>>> {
        match self.dialect {
            Dialect::Sqlite => Some(self.write_lock.lock().await),
            Dialect::Postgres => None,
        }
    }

    /// A new write connection to the SQLite file, or `None` where writes
    /// go through sqlx (PostgreSQL, in-memory SQLite).
    fn open_writer(&self) -> Result<Option<SqlConn>> {
        self.reader
            .as_ref()
            .map(|r| SqlConn::open(r.path(), false))
            .transpose()
    }

    /// Starts a write transaction (after taking the SQLite write lock).
    pub(crate) async fn begin_write(&self) -> Result<WriteTx<'_>> {
        let mut guard = self.write_guard().await;
        if let Some(g) = guard.as_mut().filter(|g| g.is_none()) {
            // The first write after a connection failed.
            **g = self.open_writer()?;
        }
        match guard {
            Some(g) if g.is_some() => Self::begin_immediate(g).await,
            _ => Ok(WriteTx {
                inner: Inner::Sqlx {
                    tx: Some(self.pool.begin().await?),
                    _guard: guard,
                    commits: self.commits.as_deref(),
                },
            }),
        }
    }

    /// `BEGIN IMMEDIATE` on the write connection: the write lock is taken
    /// now, so a transaction that reads before it writes cannot fail to
    /// upgrade when another process committed in between. Another process
    /// (the CLI seeding users, say) may hold that lock for a while: each
    /// attempt blocks for at most [`SqlConn::WRITER_BUSY_TIMEOUT`], and the
    /// waits between them are async, so the executor's threads keep serving
    /// reads meanwhile.
    async fn begin_immediate(guard: MutexGuard<'_, Option<SqlConn>>) -> Result<WriteTx<'_>> {
        let deadline = tokio::time::Instant::now() + WRITE_LOCK_WAIT;
        loop {
            let begun = guard
                .as_ref()
                .ok_or_else(no_connection)?
                .batch("BEGIN IMMEDIATE");
            match begun {
                Err(e) if is_busy(&e) && tokio::time::Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                Err(e) => return Err(e),
                Ok(()) => {
                    return Ok(WriteTx {
                        inner: Inner::Sqlite { guard, open: true },
                    })
                }
            }
        }
    }

    /// Takes the next numbers of devices' change sequences: `wanted` says
    /// how many each device needs; returns each device's first. A device
    /// without numbers yet starts at 1.
    ///
    /// The numbers are taken at the end of a write transaction and their
    /// rows stay locked until it commits, so a device's numbers commit in
    /// order (its cursor never passes a number still to commit) while
    /// changes to other devices go ahead. The devices are taken in one
    /// order (`wanted` is sorted), so two transactions waiting on each
    /// other's devices cannot deadlock.
    pub(crate) async fn take_device_seqs(
        tx: &mut WriteTx<'_>,
        wanted: &std::collections::BTreeMap<String, i64>,
    ) -> Result<std::collections::BTreeMap<String, i64>> {
        /// Rows per statement (see `change.rs`'s `ROWS_PER_INSERT`).
        const ROWS: usize = 50;
        let devices: Vec<(&String, &i64)> = wanted.iter().collect();
        let mut first = std::collections::BTreeMap::new();
        for chunk in devices.chunks(ROWS) {
            let sql = format!(
                "INSERT INTO device_seqs (device_id, value) VALUES {} \
                 ON CONFLICT (device_id) DO UPDATE SET value = device_seqs.value + excluded.value \
                 RETURNING device_id, value",
                value_rows(chunk.len(), 2)
            );
            let mut q = tx.query(&sql);
            for (device, n) in chunk {
                q = q.bind(device.as_str()).bind(**n);
            }
            for r in q.fetch_all().await? {
                let device = r.text("device_id")?;
                let n = *wanted.get(&device).ok_or_else(|| {
                    DirectoryError::invariant(format!(
                        "device_seqs returned device {device}, which was not asked for"
                    ))
                })?;
                first.insert(device, r.int("value")? - n + 1);
            }
        }
        if first.len() != wanted.len() {
            return Err(DirectoryError::invariant(format!(
                "device_seqs numbered {} devices of {}",
                first.len(),
                wanted.len()
            )));
        }
        Ok(first)
    }
}

/// `rows` parenthesized rows of `per_row` parameters each, numbered from
/// `$1` on (`($1, $2), ($3, $4)`): the VALUES of a multi-row statement
/// whose rows bind every value of their own.
pub(crate) fn value_rows(rows: usize, per_row: usize) -> String {
    let row = |r: usize| {
        let params: Vec<String> = (1..=per_row)
            .map(|c| format!("${}", r * per_row + c))
            .collect();
        format!("({})", params.join(", "))
    };
    (0..rows).map(row).collect::<Vec<_>>().join(", ")
}

/// Tests: the statements this thread runs, to count what a use case reads.
/// (`#[tokio::test]` runs a use case on one thread.)
#[cfg(test)]
pub(crate) mod statement_log {
    use std::cell::RefCell;

    thread_local!(static LOG: RefCell<Option<Vec<String>>> = const { RefCell::new(None) });

    /// Records `sql` if this thread is logging.
    pub(crate) fn record(sql: &str) {
        LOG.with(|l| {
            if let Some(v) = l.borrow_mut().as_mut() {
                v.push(sql.to_string());
            }
        });
    }

    /// Starts logging (forgetting what was logged).
    pub(crate) fn start() {
        LOG.with(|l| *l.borrow_mut() = Some(Vec::new()));
    }

    /// Stops logging and returns what was run.
    pub(crate) fn take() -> Vec<String> {
        LOG.with(|l| l.borrow_mut().take().unwrap_or_default())
    }
}

/// A write transaction, holding the SQLite write lock until it ends; rolled
/// back if dropped uncommitted.
///
/// On a SQLite file the statements run inline on the calling task, on the
/// one write connection (rusqlite), as the reads do (see [`crate::reads`]):
/// through sqlx each statement was a hand-off to the connection's worker
/// thread and back, and a password change's five transactions and ~40
/// statements cost more CPU in those thread wake-ups than in SQLite
/// (BENCHMARKS.md, P3). On PostgreSQL and in-memory SQLite they go through
/// an sqlx transaction. Either way the SQL and the rows are the same.
pub(crate) struct WriteTx<'a> {
    inner: Inner<'a>,
}

enum Inner<'a> {
    Sqlx {
        /// `None` once committed.
        tx: Option<sqlx::Transaction<'static, sqlx::Any>>,
        _guard: Option<MutexGuard<'a, Option<SqlConn>>>,
        /// PostgreSQL: announce the commit (see `cache.rs`).
        commits: Option<&'a Commits>,
    },
    Sqlite {
        guard: MutexGuard<'a, Option<SqlConn>>,
        /// A transaction is open on the connection (until commit or rollback).
        open: bool,
    },
}

impl<'a> WriteTx<'a> {
    /// A statement of this transaction; bind its `$N` parameters in order.
    pub(crate) fn query<'q>(&'q mut self, sql: &'q str) -> Stmt<'q, 'a> {
        Stmt {
            tx: self,
            sql,
            args: Vec::new(),
        }
    }

    /// The SQLite connection this transaction runs on.
    fn sqlite(&mut self) -> Result<&mut SqlConn> {
        match &mut self.inner {
            Inner::Sqlite { guard, .. } => guard.as_mut().ok_or_else(no_connection),
            Inner::Sqlx { .. } => Err(no_connection()),
        }
    }

    async fn execute(&mut self, sql: &str, args: &[Arg]) -> Result<u64> {
        #[cfg(test)]
        statement_log::record(sql);
        if let Inner::Sqlx { tx, .. } = &mut self.inner {
            let tx = tx.as_mut().ok_or_else(no_connection)?;
            return Ok(sqlx_query(sql, args)
                .execute(&mut **tx)
                .await?
                .rows_affected());
        }
        self.sqlite()?.execute(sql, args)
    }

    async fn fetch_all(&mut self, sql: &str, args: &[Arg]) -> Result<Vec<Row>> {
        #[cfg(test)]
        statement_log::record(sql);
        if let Inner::Sqlx { tx, .. } = &mut self.inner {
            let tx = tx.as_mut().ok_or_else(no_connection)?;
            return sqlx_query(sql, args)
                .fetch_all(&mut **tx)
                .await?
                .iter()
                .map(from_any)
                .collect();
        }
        self.sqlite()?.run(sql, args)
    }

    /// Commits; the write is durable when this returns.
    pub(crate) async fn commit(self) -> Result<()> {
        self.commit_waking(&std::collections::BTreeSet::new()).await
    }

    /// Commits without telling the read caches (`cache.rs`) of any
    /// replica, this one's included: only for a write to what no cached
    /// read depends on. The caches hold API key resolutions and users
    /// (`GET /Users/{id}`, `eq` pages); the one such write is a device's
    /// applied cursor (`applied.rs`), which a fleet reconnecting writes
    /// thousands of times a second. Announced, each of those commits sent
    /// every replica a notification and emptied its cache.
    pub(crate) async fn commit_unannounced(mut self) -> Result<()> {
        match &mut self.inner {
            Inner::Sqlx { tx, .. } => {
                tx.take().ok_or_else(no_connection)?.commit().await?;
            }
            Inner::Sqlite { guard, open } => {
                guard.as_ref().ok_or_else(no_connection)?.batch("COMMIT")?;
                *open = false;
            }
        }
        Ok(())
    }

    /// Commits a write that gave `devices` work. On PostgreSQL each is
    /// named on [`crate::notify::CHANNEL`] inside the transaction, so every
    /// replica hears of it if and only if it commits (the caller wakes this
    /// process's own waiters after the commit).
    pub(crate) async fn commit_waking(
        mut self,
        devices: &std::collections::BTreeSet<String>,
    ) -> Result<()> {
        let Inner::Sqlx {
            tx,
            commits: Some(commits),
            ..
        } = &mut self.inner
        else {
            // Nothing to announce on SQLite: a file's cache sees every
            // commit in its wal-index (and memory is not cached).
            return self.commit_unannounced().await;
        };
        let mut tx = tx.take().ok_or_else(no_connection)?;
        if !devices.is_empty() {
            // One statement for any number of devices: the ids
            // travel as one JSON array.
            let ids = serde_json::to_string(devices).map_err(DirectoryError::internal)?;
            sqlx::query("SELECT pg_notify($1, d) FROM json_array_elements_text($2::json) AS d")
                .bind(crate::notify::CHANNEL)
                .bind(ids)
                .execute(&mut *tx)
                .await?;
        }
        // Delivered to every listening replica once the commit is
        // visible; identical notifications of one transaction are
        // sent once.
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(Commits::CHANNEL)
            .bind(commits.origin())
            .execute(&mut *tx)
            .await?;
        let done = tx.commit().await;
        // Also when the outcome is unknown (the connection broke
        // during COMMIT): entries read before are not served again.
        commits.committed();
        done?;
        Ok(())
    }
}

impl Drop for WriteTx<'_> {
    fn drop(&mut self) {
        // sqlx rolls its own transactions back when dropped.
        if let Inner::Sqlite { guard, open: true } = &mut self.inner {
            let rolled_back = guard.as_ref().is_some_and(|c| c.batch("ROLLBACK").is_ok());
            if !rolled_back {
                // A connection in an unknown state is not reused.
                **guard = None;
            }
        }
    }
}

/// The settings of every SQLite connection that writes (the sqlx pool's and
/// the write connection): WAL for concurrent readers; FULL: a commit is
/// durable when it returns (crash safety of acknowledged writes); a 64 MiB
/// page cache and statement journals in memory, so a change that writes a
/// million rows (a group bound to a thousand devices gaining a thousand
/// members) is not spilled to temporary files mid-transaction: 1.4 s → 0.56 s
/// for 90,000 bindings, measured.
pub(crate) const SQLITE_WRITER_PRAGMAS: &str =
    "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;";

/// How long a write waits for another process's SQLite write lock.
const WRITE_LOCK_WAIT: Duration = Duration::from_secs(10);

/// SQLITE_BUSY: the database is locked by another connection.
fn is_busy(e: &DirectoryError) -> bool {
    matches!(e, DirectoryError::Storage(s) if s.is_busy())
}

fn no_connection() -> DirectoryError {
    DirectoryError::invariant("the write transaction has no connection")
}

/// A statement being bound, run by one of its `fetch_*`/`execute` methods.
pub(crate) struct Stmt<'q, 'a> {
    tx: &'q mut WriteTx<'a>,
    sql: &'q str,
    args: Vec<Arg>,
}

impl Stmt<'_, '_> {
    /// Binds the next parameter.
    pub(crate) fn bind(mut self, a: impl Into<Arg>) -> Self {
        self.args.push(a.into());
        self
    }

    /// Runs it; the number of rows changed.
    pub(crate) async fn execute(self) -> Result<u64> {
        self.tx.execute(self.sql, &self.args).await
    }

    /// Runs it; all its rows.
    pub(crate) async fn fetch_all(self) -> Result<Vec<Row>> {
        self.tx.fetch_all(self.sql, &self.args).await
    }

    /// Runs it; its first row, if any.
    pub(crate) async fn fetch_optional(self) -> Result<Option<Row>> {
        Ok(self.fetch_all().await?.into_iter().next())
    }

    /// Runs it; its first row, which must exist.
    pub(crate) async fn fetch_one(self) -> Result<Row> {
        let sql = self.sql;
        self.fetch_optional()
            .await?
            .ok_or_else(|| DirectoryError::invariant(format!("no row from: {sql}")))
    }
}

/// A database URL with any password replaced, for messages and logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// Now, in the fixed format stored in every timestamp column (sortable as text).
pub fn now_str() -> String {
    fmt_time(chrono::Utc::now())
}

/// Formats a time in the stored format.
pub fn fmt_time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database file (written through rusqlite) and an in-memory one
    /// (through sqlx): the two paths of [`WriteTx`].
    async fn both() -> (tempfile::TempDir, Vec<Db>) {
        let tmp = tempfile::tempdir().expect("tmp");
        let file = format!("sqlite://{}?mode=rwc", tmp.path().join("t.db").display());
        let file = Db::connect(&file, 4).await.expect("file db");
        assert!(
            file.write_lock.lock().await.is_some(),
            "a file db writes through rusqlite"
        );
        let mem = Db::connect("sqlite::memory:", 1).await.expect("memory db");
        assert!(
            mem.write_lock.lock().await.is_none(),
            "an in-memory db writes through sqlx"
        );
        (tmp, vec![file, mem])
    }

    /// The last number of the test device's change sequence (0: none yet).
    async fn change_counter(db: &Db) -> i64 {
        db.read_one(
            "SELECT value FROM device_seqs WHERE device_id = $1",
            &[Arg::from("d")],
        )
        .await
        .expect("read")
        .map_or(0, |r| r.int("value").expect("int"))
    }

    /// Takes the test device's next number.
    async fn next_change(w: &mut WriteTx<'_>) -> i64 {
        let wanted = std::collections::BTreeMap::from([("d".to_string(), 1)]);
        Db::take_device_seqs(w, &wanted).await.expect("take")["d"]
    }

    #[test]
    fn value_rows_number_every_parameter_once() {
        assert_eq!(value_rows(1, 1), "($1)");
        assert_eq!(value_rows(2, 3), "($1, $2, $3), ($4, $5, $6)");
    }

    #[tokio::test]
    async fn devices_take_numbers_of_their_own_sequences_in_blocks() {
        let (_tmp, dbs) = both().await;
        for db in &dbs {
            // More devices than one statement's rows.
            let wanted: std::collections::BTreeMap<String, i64> = (0..120)
                .map(|i| (format!("dev{i:03}"), 1 + i % 3))
                .collect();
            let mut w = db.begin_write().await.expect("begin");
            let first = Db::take_device_seqs(&mut w, &wanted).await.expect("take");
            assert_eq!(first.len(), 120);
            assert!(first.values().all(|f| *f == 1), "new devices start at 1");
            let again = Db::take_device_seqs(&mut w, &wanted).await.expect("again");
            for (d, n) in &wanted {
                assert_eq!(again[d], 1 + n, "{d} goes on after its block of {n}");
            }
            w.commit().await.expect("commit");
            let mut w = db.begin_write().await.expect("begin");
            let one = std::collections::BTreeMap::from([("dev005".to_string(), 1)]);
            let next = Db::take_device_seqs(&mut w, &one).await.expect("one");
            assert_eq!(next["dev005"], 1 + 2 * 3, "only its own numbers count");
            w.commit().await.expect("commit");
        }
    }

    #[tokio::test]
    async fn a_committed_write_is_read_back_and_a_dropped_one_is_rolled_back() {
        let (_tmp, dbs) = both().await;
        for db in &dbs {
            let start = change_counter(db).await;
            let mut w = db.begin_write().await.expect("begin");
            assert_eq!(next_change(&mut w).await, start + 1);
            w.commit().await.expect("commit");
            assert_eq!(change_counter(db).await, start + 1);

            let mut w = db.begin_write().await.expect("begin");
            next_change(&mut w).await;
            drop(w);
            assert_eq!(change_counter(db).await, start + 1, "rolled back");
            // The connection is usable again.
            let mut w = db.begin_write().await.expect("begin after a rollback");
            assert_eq!(next_change(&mut w).await, start + 2);
            w.commit().await.expect("commit");
        }
    }

    /// Another process holding SQLite's write lock makes a write wait, but
    /// not by blocking the executor (this runtime has one thread).
    #[tokio::test(flavor = "current_thread")]
    async fn a_write_waits_for_another_process_without_blocking_the_executor() {
        let tmp = tempfile::tempdir().expect("tmp");
        let path = tmp.path().join("t.db");
        let db = Db::connect(&format!("sqlite://{}?mode=rwc", path.display()), 2)
            .await
            .expect("db");
        let start = change_counter(&db).await;
        let (locked_tx, locked_rx) = std::sync::mpsc::channel();
        let other = std::thread::spawn(move || {
            let c = rusqlite::Connection::open(&path).expect("other connection");
            c.execute_batch("BEGIN IMMEDIATE").expect("other's lock");
            locked_tx.send(()).expect("signal");
            std::thread::sleep(Duration::from_millis(300));
            c.execute_batch("COMMIT").expect("other's commit");
        });
        locked_rx
            .recv()
            .expect("the other connection holds the lock");
        let ticks = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let ticker = {
            let ticks = ticks.clone();
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    ticks.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            })
        };
        let mut w = db
            .begin_write()
            .await
            .expect("begins once the other commits");
        assert_eq!(next_change(&mut w).await, start + 1);
        w.commit().await.expect("commit");
        ticker.abort();
        other.join().expect("other thread");
        let ticks = ticks.load(std::sync::atomic::Ordering::Relaxed);
        assert!(
            ticks >= 3,
            "the executor ran only {ticks} ticks while the write waited"
        );
    }

    #[tokio::test]
    async fn an_audit_entry_is_committed_or_rolled_back_with_its_change() {
        let (_tmp, dbs) = both().await;
        for db in &dbs {
            let entries = || async {
                db.read_one(
                    "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'test.change'",
                    &[],
                )
                .await
                .expect("count")
                .expect("row")
                .int("n")
                .expect("n")
            };
            for commit in [false, true] {
                let mut w = db.begin_write().await.expect("begin");
                next_change(&mut w).await;
                crate::admin::audit_in(
                    &mut w,
                    "o",
                    "t",
                    "test.change",
                    None,
                    "ok",
                    serde_json::json!({}),
                )
                .await
                .expect("audit");
                if commit {
                    w.commit().await.expect("commit");
                }
            }
            assert_eq!(entries().await, 1, "only the committed change's entry");
        }
    }

    #[tokio::test]
    async fn a_write_after_a_lost_connection_opens_a_new_one() {
        let (_tmp, dbs) = both().await;
        let file = &dbs[0];
        let start = change_counter(file).await;
        // As after a rollback that failed (`WriteTx::drop`).
        *file.write_lock.lock().await = None;
        let mut w = file.begin_write().await.expect("begin on a new connection");
        next_change(&mut w).await;
        w.commit().await.expect("commit");
        assert_eq!(change_counter(file).await, start + 1);
        assert!(file.write_lock.lock().await.is_some());
    }

    #[tokio::test]
    async fn statements_bind_nulls_count_rows_and_report_unique_violations() {
        let (_tmp, dbs) = both().await;
        for db in &dbs {
            let mut w = db.begin_write().await.expect("begin");
            let insert =
                "INSERT INTO orgs (id, name, settings, created_at) VALUES ($1, $2, $3, $4)";
            let n = w
                .query(insert)
                .bind("o1")
                .bind("One")
                .bind("{}")
                .bind(now_str())
                .execute()
                .await
                .expect("insert");
            assert_eq!(n, 1);
            let again = w
                .query(insert)
                .bind("o1")
                .bind("One again")
                .bind("{}")
                .bind(now_str())
                .execute()
                .await
                .expect_err("duplicate id");
            assert!(crate::admin::is_unique_violation(&again), "{again:?}");
            let n = w
                .query("UPDATE orgs SET name = $1 WHERE id = $2")
                .bind("Renamed")
                .bind("nobody")
                .execute()
                .await
                .expect("update");
            assert_eq!(n, 0);
            // Typed NULLs: PostgreSQL would refuse a text NULL in COALESCE
            // with an integer (the statements' own use of `NullInt`).
            let row = w
                .query(
                    "SELECT name FROM orgs WHERE id = $1 AND COALESCE($2, 'x') = 'x' \
                     AND COALESCE($3, 7) = 7",
                )
                .bind("o1")
                .bind(None::<&str>)
                .bind(None::<i64>)
                .fetch_one()
                .await
                .expect("select");
            assert_eq!(row.text("name").expect("name"), "One");
            // An expression's column has no declared type on SQLite.
            let row = w
                .query("SELECT COUNT(*) AS n FROM orgs")
                .fetch_one()
                .await
                .expect("count");
            assert_eq!(row.int("n").expect("n"), 1);
            let missing = w
                .query("SELECT name FROM orgs WHERE id = $1")
                .fetch_one()
                .await;
            assert!(missing.is_err(), "a parameter without an argument");
            w.commit().await.expect("commit");
        }
    }

    #[test]
    fn urls_are_redacted() {
        assert_eq!(
            redact_url("postgres://u:secret@h/db"),
            "postgres://u:***@h/db"
        );
        assert_eq!(redact_url("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(redact_url("sqlite://x.db"), "sqlite://x.db");
    }
}
