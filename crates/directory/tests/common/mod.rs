//! Test backends: SQLite always; PostgreSQL when DATABASE_URL is set, each
//! test on its own freshly created database that is dropped afterwards.
#![allow(dead_code)]

use directory::{Config, Directory, HashParams};

pub struct Backend {
    pub name: &'static str,
    pub dir: Directory,
    _tmp: tempfile::TempDir,
    pg: Option<(String, String)>,
    /// The database's URL, for statements a test runs behind the directory's back.
    url: String,
}

impl Backend {
    /// Runs `sql` on the backend's database directly (as a hand edit or
    /// another program would), bypassing the directory.
    pub async fn raw(&self, sql: &str) {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.url)
            .await
            .expect("raw connection");
        sqlx::query(sql)
            .execute(&pool)
            .await
            .expect("raw statement");
        pool.close().await;
    }

    /// The database's URL, for connections a test holds itself.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The column `n` of every row `sql` returns, read directly.
    pub async fn query_ints(&self, sql: &str) -> Vec<i64> {
        use sqlx::Row as _;
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.url)
            .await
            .expect("raw connection");
        let rows = sqlx::query(sql).fetch_all(&pool).await.expect("raw query");
        pool.close().await;
        rows.iter().map(|r| r.get::<i64, _>("n")).collect()
    }

    pub async fn cleanup(self) {
        let Backend { dir, pg, .. } = self;
        drop(dir);
        if let Some((admin_url, db)) = pg {
            let pool = sqlx::PgPool::connect(&admin_url)
                .await
                .expect("admin connection");
            sqlx::query(&format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"))
                .execute(&pool)
                .await
                .expect("drop test database");
        }
    }
}

fn config(tmp: &tempfile::TempDir, url: String) -> Config {
    Config {
        database_url: url,
        data_dir: tmp.path().to_path_buf(),
        server_key_hex: None,
        hash_params: HashParams::insecure_fast_for_tests(),
        scim_base_url: "http://test/scim/v2".into(),
        max_connections: 8,
        max_hash_wait: std::time::Duration::from_secs(20),
        read_cache_bytes: 32 << 20,
        sign_in: directory::SignInPolicy::default(),
    }
}

/// The configuration of another process on `b`'s store: the same
/// PostgreSQL database, or the same SQLite file.
fn config_of(b: &Backend) -> Config {
    let url = match b.pg {
        Some(_) => b.url.clone(),
        None => format!("sqlite://{}?mode=rwc", b._tmp.path().join("t.db").display()),
    };
    config(&b._tmp, url)
}

/// A second directory over the same store as `b` (as another process
/// would open it), caching `read_cache_bytes`.
pub async fn reopen(b: &Backend, read_cache_bytes: u64) -> Directory {
    let mut cfg = config_of(b);
    cfg.read_cache_bytes = read_cache_bytes;
    Directory::open(cfg).await.expect("reopen")
}

/// [`reopen`], with a pool of `max_connections`.
pub async fn reopen_with_pool(b: &Backend, max_connections: u32) -> Directory {
    let mut cfg = config_of(b);
    cfg.max_connections = max_connections;
    Directory::open(cfg).await.expect("reopen")
}

pub async fn sqlite() -> Backend {
    let tmp = tempfile::tempdir().expect("tmp");
    let url = format!("sqlite://{}?mode=rwc", tmp.path().join("t.db").display());
    let dir = Directory::open(config(&tmp, url.clone()))
        .await
        .expect("open sqlite");
    Backend {
        name: "sqlite",
        dir,
        _tmp: tmp,
        pg: None,
        url,
    }
}

/// PostgreSQL from DATABASE_URL, or None (with a loud SKIP line). With
/// REQUIRE_POSTGRES=1 a missing DATABASE_URL is a failure.
pub async fn postgres() -> Option<Backend> {
    let Ok(admin_url) = std::env::var("DATABASE_URL") else {
        if std::env::var("REQUIRE_POSTGRES").as_deref() == Ok("1") {
            panic!("REQUIRE_POSTGRES=1 but DATABASE_URL is not set");
        }
        eprintln!("SKIP (loud): PostgreSQL backend not tested: DATABASE_URL is not set");
        return None;
    };
    let db = format!("dirtest_{}", uuid::Uuid::new_v4().simple());
    let pool = sqlx::PgPool::connect(&admin_url)
        .await
        .expect("connect to DATABASE_URL");
    sqlx::query(&format!("CREATE DATABASE \"{db}\""))
        .execute(&pool)
        .await
        .expect("create test database");
    pool.close().await;
    let url = match admin_url.rfind('/') {
        Some(i) if admin_url[..i].contains("://") && i > admin_url.find("://").unwrap_or(0) + 2 => {
            let (base, rest) = admin_url.split_at(i);
            let query = rest.find('?').map(|q| &rest[q..]).unwrap_or("");
            format!("{base}/{db}{query}")
        }
        _ => format!("{admin_url}/{db}"),
    };
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = Directory::open(config(&tmp, url.clone()))
        .await
        .expect("open postgres");
    Some(Backend {
        name: "postgres",
        dir,
        _tmp: tmp,
        pg: Some((admin_url, db)),
        url,
    })
}

/// Runs `f` against every available backend.
#[macro_export]
macro_rules! on_all_backends {
    ($f:ident) => {{
        let b = common::sqlite().await;
        $f(&b).await;
        b.cleanup().await;
        if let Some(b) = common::postgres().await {
            $f(&b).await;
            b.cleanup().await;
        }
    }};
}
