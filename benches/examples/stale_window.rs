//! The read cache's stale window on PostgreSQL: how long after a commit on
//! one replica another replica can still answer from an entry read before
//! it.
//!
//! Two directories (replicas A and B) on one fresh PostgreSQL database, each
//! with its own pool, cache and listening connection, as two server
//! processes would have. Per round, A changes a user (or rotates the admin's
//! API key) and, as soon as A's call returns, B reads that user (or resolves
//! the old key) in a loop until the answer is fresh. The window of a round
//! lies between the *end* of B's last stale answer and B's first fresh one,
//! both counted from A's return (0 when B's first answer was already
//! fresh). B's cached answers take microseconds,
//! so the loop samples the window finely.
//!
//! ```text
//! cargo build --release -p benches --example stale_window
//! target/release/examples/stale_window postgres://postgres@127.0.0.1:5432/postgres 500
//! ```
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use benches::{database_url, psql};
use directory::{AdminKind, Config, Directory, DirectoryError, HashParams};

/// The pause between B's reads (tokio's timer rounds it up to a millisecond).
const SAMPLE: Duration = Duration::from_micros(200);

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let admin_url = args
        .next()
        .or_else(|| std::env::var("DATABASE_URL").ok())
        .context("usage: stale_window POSTGRES_ADMIN_URL [ROUNDS]")?;
    let rounds: usize = args.next().as_deref().unwrap_or("500").parse()?;
    let db = format!("stale_window_{}", std::process::id());
    psql(&admin_url, &format!("CREATE DATABASE \"{db}\""))?;
    let url = database_url(&admin_url, &db);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let result = rt.block_on(measure(&url, rounds));
    drop(rt);
    psql(
        &admin_url,
        &format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)"),
    )?;
    result
}

async fn replica(url: &str, data: &std::path::Path) -> anyhow::Result<Directory> {
    let mut cfg = Config::sqlite_in(data);
    cfg.database_url = url.to_string();
    // Both replicas share the server key, as replicas must.
    cfg.server_key_hex = Some("11".repeat(32));
    cfg.hash_params = HashParams::insecure_fast_for_tests();
    let d = Directory::open(cfg).await?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while d.readiness(Duration::from_secs(1)).await.is_err() {
        if Instant::now() > deadline {
            bail!("the replica is not ready (listening) within 10 s");
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    Ok(d)
}

async fn measure(url: &str, rounds: usize) -> anyhow::Result<()> {
    let (da, db) = (tempfile::tempdir()?, tempfile::tempdir()?);
    let a = replica(url, da.path()).await?;
    let b = replica(url, db.path()).await?;
    let org = a.create_org("stale").await?;
    let admin = a
        .create_admin(Some(&org.id), "ops@stale.test", AdminKind::Tenant)
        .await?;
    let mut key = a.generate_api_key(&admin.id).await?.to_string();
    let user = a
        .create_user(
            &org.id,
            &serde_json::json!({"userName": "ann@stale.test", "name": {"givenName": "V0"}}),
        )
        .await?;

    // Users: A renames, B reads until it sees the new name.
    let mut windows = Vec::with_capacity(rounds);
    let mut bounds = Vec::with_capacity(rounds);
    let mut stale_answers = 0usize;
    for i in 1..=rounds {
        // B holds the current version in its cache.
        b.get_user_rendered(&org.id, &user.id).await?;
        b.get_user_rendered(&org.id, &user.id).await?;
        let name = format!("\"V{i}\"");
        a.replace_user(
            &org.id,
            &user.id,
            &serde_json::json!({"userName": "ann@stale.test", "name": {"givenName": format!("V{i}")}}),
            None,
        )
        .await?;
        let t0 = Instant::now();
        let mut last_stale = None;
        let fresh = loop {
            let got = b.get_user_rendered(&org.id, &user.id).await?;
            if got.json.contains(&name) {
                break t0.elapsed();
            }
            stale_answers += 1;
            last_stale = Some(t0.elapsed());
            if t0.elapsed() > Duration::from_secs(5) {
                bail!("replica B still stale 5 s after round {i}'s commit");
            }
            tokio::time::sleep(SAMPLE).await;
        };
        windows.push(last_stale.unwrap_or_default());
        bounds.push(if last_stale.is_some() {
            fresh
        } else {
            Duration::ZERO
        });
    }
    report(
        "user read (GET /Users/{id})",
        &mut windows,
        &mut bounds,
        stale_answers,
        rounds,
    );

    // Keys: A rotates, B resolves the old key until it is refused.
    let key_rounds = rounds.min(200);
    let mut windows = Vec::with_capacity(key_rounds);
    let mut bounds = Vec::with_capacity(key_rounds);
    let mut stale_answers = 0usize;
    for i in 1..=key_rounds {
        b.resolve_api_key(&key).await?;
        b.resolve_api_key(&key).await?;
        let new_key = a.generate_api_key(&admin.id).await?.to_string();
        let t0 = Instant::now();
        let mut last_stale = None;
        let fresh = loop {
            match b.resolve_api_key(&key).await {
                Err(DirectoryError::Unauthorized) => break t0.elapsed(),
                Ok(_) => {
                    stale_answers += 1;
                    last_stale = Some(t0.elapsed());
                }
                Err(e) => return Err(e.into()),
            }
            if t0.elapsed() > Duration::from_secs(5) {
                bail!("replica B still accepts the rotated key 5 s after round {i}");
            }
            tokio::time::sleep(SAMPLE).await;
        };
        windows.push(last_stale.unwrap_or_default());
        bounds.push(if last_stale.is_some() {
            fresh
        } else {
            Duration::ZERO
        });
        key = new_key;
    }
    report(
        "rotated API key",
        &mut windows,
        &mut bounds,
        stale_answers,
        key_rounds,
    );
    let stats = b.read_cache_stats().context("B caches")?;
    println!("B's cache: {} hits, {} misses", stats.hits, stats.misses);
    Ok(())
}

/// `w`: the end of each round's last stale answer (a lower bound of its
/// window); `b`: its first fresh answer (an upper bound; 0 when no answer
/// was stale).
fn report(what: &str, w: &mut [Duration], b: &mut [Duration], stale: usize, rounds: usize) {
    w.sort();
    b.sort();
    let q = |v: &[Duration], p: f64| v[((v.len() as f64 - 1.0) * p).round() as usize];
    let stale_rounds = w.iter().filter(|d| !d.is_zero()).count();
    println!(
        "{what}: {rounds} rounds, {stale_rounds} with a stale answer ({stale} stale answers); \
         window between p50 {:?} and {:?}, p99 {:?} and {:?}, max {:?} and {:?}",
        q(w, 0.5),
        q(b, 0.5),
        q(w, 0.99),
        q(b, 0.99),
        q(w, 1.0),
        q(b, 1.0)
    );
}
