//! The storage layer: one sqlx `Any` pool over SQLite or PostgreSQL, the
//! migrations, and the few places where the two SQL dialects differ.
//!
//! Why sqlx's `Any` driver: one code path and one set of SQL statements serve
//! both backends (placeholders are `$N` on both), so the shared conformance
//! suite exercises the same code the server runs. The dialect differences
//! (auto-increment, JSON functions for filter translation, LISTEN/NOTIFY) are
//! isolated in [`Dialect`].

use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use tokio::sync::{Mutex, MutexGuard};

use crate::error::{DirectoryError, Result};

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
    /// they queue in-process instead of failing with SQLITE_BUSY.
    write_lock: Mutex<()>,
    /// Synchronous readers on SQLite files (see [`crate::reads`]).
    pub(crate) reader: Option<crate::reads::SqliteReader>,
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
];

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
            .acquire_timeout(Duration::from_secs(30));
        if dialect == Dialect::Sqlite {
            pool = pool.after_connect(|conn, _| {
                Box::pin(async move {
                    // WAL for concurrent readers; FULL: a commit is durable
                    // when it returns (crash safety of acknowledged writes).
                    conn.execute(
                        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; \
                         PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;",
                    )
                    .await?;
                    Ok(())
                })
            });
        }
        let pool = pool.connect_with(opts).await?;
        let mut db = Db {
            pool,
            dialect,
            write_lock: Mutex::new(()),
            reader: None,
        };
        db.migrate().await?;
        if dialect == Dialect::Sqlite {
            db.reader = crate::reads::SqliteReader::for_url(url)?;
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
            let sql = m.replace("{SERIAL}", self.serial());
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
    pub(crate) async fn write_guard(&self) -> Option<MutexGuard<'_, ()>> {
        match self.dialect {
            Dialect::Sqlite => Some(self.write_lock.lock().await),
            Dialect::Postgres => None,
        }
    }

    /// Starts a write transaction (after taking the SQLite write lock).
    pub(crate) async fn begin_write(&self) -> Result<WriteTx<'_>> {
        let guard = self.write_guard().await;
        let tx = self.pool.begin().await?;
        Ok(WriteTx { tx, _guard: guard })
    }

    /// Next value of the global change sequence (within `tx`).
    pub(crate) async fn next_change(tx: &mut sqlx::Transaction<'_, sqlx::Any>) -> Result<i64> {
        let v: i64 = sqlx::query_scalar(
            "UPDATE counters SET value = value + 1 WHERE name = 'change' RETURNING value",
        )
        .fetch_one(&mut **tx)
        .await?;
        Ok(v)
    }

    /// The dialect.
    pub fn dialect(&self) -> Dialect {
        self.dialect
    }
}

/// A write transaction holding the SQLite write lock until it ends.
pub(crate) struct WriteTx<'a> {
    pub(crate) tx: sqlx::Transaction<'static, sqlx::Any>,
    _guard: Option<MutexGuard<'a, ()>>,
}

impl WriteTx<'_> {
    pub(crate) async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        Ok(())
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
