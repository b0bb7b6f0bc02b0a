//! Wakes long-polling devices when work for them commits: in-process, and
//! across replicas through PostgreSQL LISTEN/NOTIFY.
//!
//! It also knows when a device has no new work without asking the store.
//! A check-in that read the device's work up to some cursor leaves an
//! [`Idle`] mark on the device's [`Slot`]: the cursor, the device's wake-up
//! count and the notifier's epoch as they were *before* the read. A later
//! check-in at that cursor with both counts unchanged is answered "nothing
//! new" from memory: a fleet reconnecting to its replica (or re-polling
//! every minute) costs no reads. That is exact because every commit that
//! gives a device work wakes it here after it commits:
//!
//! - a change made by this process wakes its devices as it commits
//!   (`Change`: every delivery and command that takes a change sequence
//!   number names its device);
//! - on PostgreSQL, another replica's change notifies [`CHANNEL`] *inside*
//!   its transaction, so the notification is delivered if and only if the
//!   commit is; while the listening connection is down no mark is made or
//!   used ([`Notifier::mark`] is `None`), and losing or regaining it
//!   advances the epoch, which voids every mark;
//! - on a SQLite file the only other processes that write are this
//!   binary's own commands (admins, seeding), none of which gives an
//!   existing device work. A command that ever does must wake the devices
//!   of a running server or restart it.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::futures::Notified;
use tokio::sync::Notify;

use crate::cache::Commits;

/// The PostgreSQL channel carrying device ids.
pub const CHANNEL: &str = "directory_device_changes";

/// What this process knows of one device: its wake-ups and its work, and
/// two memos of its check-ins (the newest cursor it reported applied, the
/// agent it runs) that spare the store a write when nothing moved.
///
/// One per device that checked in here, kept for the process's life. The
/// check-in path keeps no other map by device id (the device itself is
/// cached by its credential's digest): each such map costs a copy of the
/// id and a table slot per device, some 100 bytes, and every device of a
/// fleet is in it (BENCHMARKS.md, memory per held poll).
#[derive(Debug, Default)]
pub struct Slot {
    notify: Notify,
    /// How many times the device was woken.
    wakes: AtomicU64,
    /// Its work was read up to a cursor and nothing came after (see the
    /// module documentation).
    idle: Mutex<Option<(i64, Mark)>>,
    /// The newest applied cursor seen from the device (`applied.rs`).
    applied: AtomicI64,
    /// The agent the store is known to hold for the device
    /// (`Directory::note_agent`).
    agent: Mutex<Option<Box<str>>>,
}

/// When a read of a device's work began: its wake-ups and the notifier's
/// epoch then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    wakes: u64,
    epoch: u64,
}

impl Slot {
    /// A future that completes at the device's next wake-up.
    pub fn notified(&self) -> Notified<'_> {
        self.notify.notified()
    }

    /// Whether the device's work was read up to `cursor`, with nothing
    /// after it, at `mark` (then nothing new has committed since).
    pub fn idle_at(&self, cursor: i64, mark: Mark) -> bool {
        *self.idle.lock().unwrap_or_else(|p| p.into_inner()) == Some((cursor, mark))
    }

    /// A read begun at `mark` found the device's work up to `cursor` and
    /// nothing after it.
    pub fn set_idle(&self, cursor: i64, mark: Mark) {
        *self.idle.lock().unwrap_or_else(|p| p.into_inner()) = Some((cursor, mark));
    }

    /// Notes that the device has applied up to `cursor`: whether that is
    /// past every cursor seen from it before (then it is worth writing).
    pub(crate) fn advance_applied(&self, cursor: i64) -> bool {
        self.applied.fetch_max(cursor, Ordering::AcqRel) < cursor
    }

    /// Whether the store is known to hold `agent` for the device.
    pub(crate) fn runs(&self, agent: &str) -> bool {
        self.agent
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_deref()
            == Some(agent)
    }

    /// The store now holds `agent` for the device.
    pub(crate) fn set_agent(&self, agent: &str) {
        *self.agent.lock().unwrap_or_else(|p| p.into_inner()) = Some(agent.into());
    }
}

/// One [`Slot`] per device id.
#[derive(Debug, Default)]
pub struct Notifier {
    devices: Mutex<HashMap<String, Arc<Slot>>>,
    /// Advances when any device may have work it was not woken for.
    epoch: AtomicU64,
    /// On PostgreSQL: whether other replicas' changes are being heard.
    commits: Option<Arc<Commits>>,
}

impl Notifier {
    pub(crate) fn new(commits: Option<Arc<Commits>>) -> Self {
        Notifier {
            devices: Mutex::new(HashMap::new()),
            epoch: AtomicU64::new(0),
            commits,
        }
    }

    /// The device's slot.
    pub fn handle(&self, device: &str) -> Arc<Slot> {
        let mut m = self.devices.lock().unwrap_or_else(|p| p.into_inner());
        // Looked up before the entry API, which would copy the id on
        // every check-in.
        if let Some(s) = m.get(device) {
            return Arc::clone(s);
        }
        Arc::clone(m.entry(device.to_string()).or_default())
    }

    /// Where a read of `slot`'s device's work begins: taken before the
    /// read. `None` while another replica's changes could go unheard.
    pub fn mark(&self, slot: &Slot) -> Option<Mark> {
        if self.commits.as_ref().is_some_and(|c| !c.is_listening()) {
            return None;
        }
        Some(Mark {
            wakes: slot.wakes.load(Ordering::Acquire),
            epoch: self.epoch.load(Ordering::Acquire),
        })
    }

    /// Wakes local waiters of one device.
    pub fn wake_local(&self, device: &str) {
        let m = self.devices.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(s) = m.get(device) {
            s.wakes.fetch_add(1, Ordering::AcqRel);
            s.notify.notify_waiters();
        }
    }

    /// Wakes every local waiter (they re-read the store) and voids every
    /// idle mark.
    pub(crate) fn wake_all_local(&self) {
        let m = self.devices.lock().unwrap_or_else(|p| p.into_inner());
        self.epoch.fetch_add(1, Ordering::AcqRel);
        for s in m.values() {
            s.notify.notify_waiters();
        }
    }

    /// Wakes the devices a commit of this process gave work. Other
    /// replicas hear of it through the transaction's own notifications
    /// (`WriteTx::commit_waking`).
    pub(crate) fn wake_committed<'a>(&self, devices: impl Iterator<Item = &'a String>) {
        for d in devices {
            self.wake_local(d);
        }
    }
}

/// Listens on PostgreSQL: wakes local waiters of the devices named on
/// [`CHANNEL`] and advances `commits` for every commit announced on
/// [`Commits::CHANNEL`].
///
/// The first connection is made before this returns, so a replica that
/// has just opened its store is already listening (and ready) when it
/// starts serving; a first attempt that fails or takes longer than
/// [`FIRST_CONNECT`] is logged and retried in the background. When the
/// connection is lost the read cache stops (`commits` is not listening)
/// and every local long-poll is woken, so it re-reads the store now (and
/// is answered 503 if the database is gone) rather than waiting for a
/// wake-up that cannot come; the listener then reconnects by itself,
/// backing off up to two seconds, and wakes every long-poll once more for
/// the notifications it missed.
pub(crate) async fn start_pg_listener(url: String, notifier: Arc<Notifier>, commits: Arc<Commits>) {
    let first = match tokio::time::timeout(FIRST_CONNECT, connect(&url, &notifier, &commits)).await
    {
        Ok(Ok(l)) => Some(l),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "cannot listen for commits and device changes yet");
            None
        }
        Err(_) => {
            tracing::warn!(
                "cannot listen for commits and device changes yet: no answer in {FIRST_CONNECT:?}"
            );
            None
        }
    };
    tokio::spawn(async move {
        let mut backoff = MIN_BACKOFF;
        let mut next = first;
        loop {
            let listener = match next.take() {
                Some(l) => Ok(l),
                None => connect(&url, &notifier, &commits).await,
            };
            match listener {
                Ok(l) => {
                    hear(l, &notifier, &commits).await;
                    backoff = MIN_BACKOFF;
                }
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
/// How long opening the store waits for its first listening connection
/// (the pool's own wait for a connection).
const FIRST_CONNECT: std::time::Duration = std::time::Duration::from_secs(5);

/// Opens a listening connection; once it listens, the read cache may cache
/// again and every long-poll re-reads for what was missed before.
async fn connect(
    url: &str,
    notifier: &Notifier,
    commits: &Commits,
) -> Result<sqlx::postgres::PgListener, sqlx::Error> {
    let mut l = sqlx::postgres::PgListener::connect(url).await?;
    l.listen_all([CHANNEL, Commits::CHANNEL]).await?;
    commits.set_listening(true);
    notifier.wake_all_local();
    tracing::info!("listening for commits and device changes");
    Ok(l)
}

/// One listening connection's life, until it is lost.
async fn hear(mut l: sqlx::postgres::PgListener, notifier: &Notifier, commits: &Commits) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_idle_mark_holds_until_the_device_or_every_device_is_woken() {
        let n = Notifier::new(None);
        let slot = n.handle("d1");
        let other = n.handle("d2");
        let m = n.mark(&slot).expect("no replicas to hear");
        slot.set_idle(7, m);
        assert!(slot.idle_at(7, n.mark(&slot).expect("mark")));
        assert!(
            !slot.idle_at(8, n.mark(&slot).expect("mark")),
            "another cursor"
        );
        // Another device's wake-up leaves it.
        n.wake_local("d2");
        assert!(slot.idle_at(7, n.mark(&slot).expect("mark")));
        // Its own voids it, and a new read marks it again.
        n.wake_committed([String::from("d1")].iter());
        assert!(!slot.idle_at(7, n.mark(&slot).expect("mark")));
        slot.set_idle(7, n.mark(&slot).expect("mark"));
        other.set_idle(3, n.mark(&other).expect("mark"));
        // Waking everyone (the listener lost or back) voids every mark.
        n.wake_all_local();
        assert!(!slot.idle_at(7, n.mark(&slot).expect("mark")));
        assert!(!other.idle_at(3, n.mark(&other).expect("mark")));
    }

    #[test]
    fn no_mark_while_other_replicas_changes_go_unheard() {
        let commits = Arc::new(Commits::default());
        let n = Notifier::new(Some(commits.clone()));
        let slot = n.handle("d1");
        assert_eq!(n.mark(&slot), None, "not listening yet");
        commits.set_listening(true);
        let m = n.mark(&slot).expect("listening");
        slot.set_idle(1, m);
        assert!(slot.idle_at(1, m));
        commits.set_listening(false);
        assert_eq!(n.mark(&slot), None, "listener lost");
    }
}
