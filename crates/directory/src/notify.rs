//! Wakes long-polling devices when work for them commits: in-process, and
//! across replicas through PostgreSQL LISTEN/NOTIFY.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

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

/// Listens on PostgreSQL and wakes local waiters; reconnects on failure.
pub(crate) fn spawn_pg_listener(url: String, notifier: Arc<Notifier>) {
    tokio::spawn(async move {
        loop {
            match sqlx::postgres::PgListener::connect(&url).await {
                Ok(mut l) => {
                    if let Err(e) = l.listen(CHANNEL).await {
                        tracing::warn!(error = %e, "LISTEN failed");
                    } else {
                        loop {
                            match l.recv().await {
                                Ok(n) => notifier.wake_local(n.payload()),
                                Err(e) => {
                                    tracing::warn!(error = %e, "LISTEN connection lost");
                                    break;
                                }
                            }
                        }
                    }
                }
                Err(e) => tracing::warn!(error = %e, "cannot connect the LISTEN connection"),
            }
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
    });
}
