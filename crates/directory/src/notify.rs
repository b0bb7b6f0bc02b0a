//! Wakes long-polling devices when work for them commits: in-process, and
//! across replicas through PostgreSQL LISTEN/NOTIFY.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

use crate::cache::Commits;

/// The PostgreSQL channel carrying device ids.
pub const CHANNEL: &str = "directory_device_changes";

/// One `Notify` per device id.
#[derive(Debug, Default)]
pub struct Notifier {
    devices: Mutex<HashMap<String, Arc<Notify>>>,
    /// Set on PostgreSQL: commits are announced to other replicas too.
    pg: Option<sqlx::AnyPool>,
}

impl Notifier {
    pub(crate) fn new(pg: Option<sqlx::AnyPool>) -> Self {
        Notifier {
            devices: Mutex::new(HashMap::new()),
            pg,
        }
    }

    /// The device's wake-up handle.
    pub fn handle(&self, device: &str) -> Arc<Notify> {
        let mut m = self.devices.lock().unwrap_or_else(|p| p.into_inner());
        m.entry(device.to_string()).or_default().clone()
    }

    /// Wakes local waiters of one device.
    pub fn wake_local(&self, device: &str) {
        let m = self.devices.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = m.get(device) {
            n.notify_waiters();
        }
    }

    /// Wakes every local waiter (they re-read the store).
    pub(crate) fn wake_all_local(&self) {
        let m = self.devices.lock().unwrap_or_else(|p| p.into_inner());
        for n in m.values() {
            n.notify_waiters();
        }
    }

    /// Wakes the devices, here and (PostgreSQL) on every replica.
    pub(crate) fn notify_all<'a>(&self, devices: impl Iterator<Item = &'a String>) {
        let devices: Vec<String> = devices.cloned().collect();
        for d in &devices {
            self.wake_local(d);
        }
        if let (Some(pool), false) = (&self.pg, devices.is_empty()) {
            let pool = pool.clone();
            tokio::spawn(async move {
                for d in devices {
                    if let Err(e) = sqlx::query("SELECT pg_notify($1, $2)")
                        .bind(CHANNEL)
                        .bind(&d)
                        .execute(&pool)
                        .await
                    {
                        tracing::warn!(error = %e, "pg_notify failed; other replicas learn of the change at their next poll");
                    }
                }
            });
        }
    }
}

/// Listens on PostgreSQL: wakes local waiters of the devices named on
/// [`CHANNEL`] and advances `commits` for every commit announced on
/// [`Commits::CHANNEL`]. When the connection is lost the read cache stops
/// (`commits` is not listening) and every local long-poll is woken, so it
/// re-reads the store now (and is answered 503 if the database is gone)
/// rather than waiting for a wake-up that cannot come; the listener then
/// reconnects by itself, backing off up to two seconds, and wakes every
/// long-poll once more for the notifications it missed.
pub(crate) fn spawn_pg_listener(url: String, notifier: Arc<Notifier>, commits: Arc<Commits>) {
    tokio::spawn(async move {
        let mut backoff = MIN_BACKOFF;
        loop {
            match listen(&url, &notifier, &commits).await {
                Ok(()) => backoff = MIN_BACKOFF,
                Err(e) => {
                    tracing::warn!(error = %e, "cannot listen for commits and device changes")
                }
            }
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    });
}

const MIN_BACKOFF: std::time::Duration = std::time::Duration::from_millis(100);
const MAX_BACKOFF: std::time::Duration = std::time::Duration::from_secs(2);

/// One listening connection's life: `Ok` once it was up and then lost.
async fn listen(url: &str, notifier: &Notifier, commits: &Commits) -> Result<(), sqlx::Error> {
    let mut l = sqlx::postgres::PgListener::connect(url).await?;
    l.listen_all([CHANNEL, Commits::CHANNEL]).await?;
    commits.set_listening(true);
    notifier.wake_all_local();
    tracing::info!("listening for commits and device changes");
    let lost = loop {
        match l.try_recv().await {
            Ok(Some(n)) if n.channel() == Commits::CHANNEL => commits.heard(n.payload()),
            Ok(Some(n)) => notifier.wake_local(n.payload()),
            Ok(None) => break None,
            Err(e) => break Some(e),
        }
    };
    commits.set_listening(false);
    notifier.wake_all_local();
    match lost {
        Some(e) => {
            tracing::warn!(error = %e, "lost the listening connection; the read cache is off until it is back")
        }
        None => {
            tracing::warn!("lost the listening connection; the read cache is off until it is back")
        }
    }
    Ok(())
}
