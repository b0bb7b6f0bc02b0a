//! How far each device has come: the cursor a check-in sends is what the
//! device has applied (an agent saves its reconcile before it polls
//! again), kept in `devices.applied_seq` for convergence (the group
//! convergence view reads it).
//!
//! A check-in does not wait for its cursor's write: the cursor is queued
//! and one writer task per process writes what is queued, in one statement
//! and one transaction per batch, until nothing is left. Its answer, and a
//! change it carries, never wait behind a batch of other devices' cursors.
//! When every check-in awaited its cursor's group commit, a whole fleet
//! reconnecting queued thousands of cursors behind the first write, and a
//! device's password change waited for a batch of them (BENCHMARKS.md,
//! twenty-third session).
//!
//! Three more things keep this cheap when thousands of devices poll at
//! once (a fleet reconnecting after a restart, or moving on after a change
//! reached all of them): the cursor last seen from each device, kept in
//! this process (on the device's `notify::Slot`), so a poll queues a write
//! only when its device moved; batching, as above (one transaction per
//! check-in made 10,000 reconnecting devices 10,000 commits; BENCHMARKS.md,
//! fifteenth session); and on PostgreSQL the batch's commit is not
//! announced to the replicas' read caches, which hold nothing that
//! depends on a cursor (`WriteTx::commit_unannounced`).
//!
//! A cursor queued but not yet written when the process ends is lost, and
//! that is harmless: this process's memory of it goes with it, so the
//! device's next check-in, here or on another replica, queues it (or a
//! newer one) again. A write that fails leaves its cursors queued; the
//! writer tries again after a pause that doubles up to
//! [`RETRY_MAX`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use crate::db::{Db, Dialect};
use crate::error::{DirectoryError, Result};
use crate::notify::Slot;

/// The first pause after a failed write, doubled after each failure that
/// follows.
const RETRY_MIN: Duration = Duration::from_millis(100);
/// The longest pause between two tries.
const RETRY_MAX: Duration = Duration::from_secs(5);
/// The most cursors one write takes: a short transaction, and a statement
/// of some 50 KB, even when a whole fleet's are queued.
const BATCH_MAX: usize = 1000;

/// The applied cursors of this process waiting to be written, and
/// written. (Those seen are on each device's `notify::Slot`: a miss, when
/// another replica served the device or this process restarted, writes
/// once more, harmlessly, as the write never moves a cursor back.)
#[derive(Debug, Default)]
pub(crate) struct AppliedCursors {
    state: Mutex<State>,
    /// Wakes every [`AppliedCursors::written`] caller when a write ends,
    /// committed or not.
    ended: tokio::sync::Notify,
}

#[derive(Debug, Default)]
struct State {
    /// Cursors not yet written, newest per device.
    pending: HashMap<String, i64>,
    /// The ticket of the newest note (each note takes the next).
    noted: u64,
    /// Every note up to this ticket is written.
    written: u64,
    /// The writer task runs.
    writing: bool,
    /// Writes that failed, and the last one's error.
    failed: u64,
    last_error: Option<String>,
}

impl State {
    /// `cursor` waits to be written for `device`, unless a newer one does.
    fn pend(&mut self, device: String, cursor: i64) {
        let p = self.pending.entry(device).or_insert(cursor);
        *p = (*p).max(cursor);
    }
}

/// A batch the writer took; written, every note up to `upto` is.
struct Batch {
    cursors: HashMap<String, i64>,
    upto: u64,
}

impl AppliedCursors {
    /// Records that `device` (whose slot is `slot`) has applied its change
    /// sequence up to `cursor`, to be written by the writer task (started
    /// here if it is not running: this must be called on a Tokio runtime).
    /// Returns at once.
    pub(crate) fn note(self: &Arc<Self>, db: &Arc<Db>, device: &str, slot: &Slot, cursor: i64) {
        if self.queue(device, slot, cursor).is_none() {
            return;
        }
        let start = {
            let mut s = self.lock();
            !std::mem::replace(&mut s.writing, true)
        };
        if start {
            tokio::spawn(write_queued(Arc::downgrade(self), Arc::downgrade(db)));
        }
    }

    /// Waits until every cursor noted before the call is written. An
    /// error is the last write that failed meanwhile (its cursors stay
    /// queued, and the writer tries again).
    pub(crate) async fn written(&self) -> Result<()> {
        let (target, failed) = {
            let s = self.lock();
            (s.noted, s.failed)
        };
        loop {
            // Registered before the state is read, so a write ending in
            // between still wakes this call.
            let ended = self.ended.notified();
            tokio::pin!(ended);
            ended.as_mut().enable();
            {
                let s = self.lock();
                if s.written >= target {
                    return Ok(());
                }
                if s.failed > failed {
                    return Err(DirectoryError::invariant(format!(
                        "the devices' applied cursors were not written (the writer tries again): {}",
                        s.last_error.as_deref().unwrap_or("unknown error")
                    )));
                }
            }
            ended.await;
        }
    }

    /// Notes `cursor` if it is past what `device` was last seen at; its
    /// ticket, or `None` when there is nothing to write.
    fn queue(&self, device: &str, slot: &Slot, cursor: i64) -> Option<u64> {
        if cursor <= 0 || !slot.advance_applied(cursor) {
            return None;
        }
        let mut s = self.lock();
        s.pend(device.to_string(), cursor);
        s.noted += 1;
        Some(s.noted)
    }

    /// Up to [`BATCH_MAX`] pending cursors, for the writer; `None`, and
    /// the writer's turn ended, when there is none.
    fn take(&self) -> Option<Batch> {
        let mut s = self.lock();
        if s.pending.is_empty() {
            s.writing = false;
            return None;
        }
        if s.pending.len() <= BATCH_MAX {
            return Some(Batch {
                cursors: std::mem::take(&mut s.pending),
                upto: s.noted,
            });
        }
        let some: Vec<String> = s.pending.keys().take(BATCH_MAX).cloned().collect();
        let cursors = some
            .into_iter()
            .filter_map(|d| s.pending.remove_entry(&d))
            .collect();
        // Not every note is in it: it moves no waiter on.
        Some(Batch {
            cursors,
            upto: s.written,
        })
    }

    /// The writer's write of `batch` ended with `outcome`: its tickets are
    /// written, or its cursors pending again (unless newer ones are).
    fn finish(&self, batch: Batch, outcome: &Result<()>) {
        {
            let mut s = self.lock();
            match outcome {
                Ok(()) => s.written = s.written.max(batch.upto),
                Err(e) => {
                    s.failed += 1;
                    s.last_error = Some(causes(e));
                    for (d, c) in batch.cursors {
                        s.pend(d, c);
                    }
                }
            }
        }
        self.ended.notify_waiters();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The writer task: writes batches until none is pending, pausing after a
/// failed write. It holds the directory's cursors and store only while it
/// writes: once the directory is dropped it ends.
async fn write_queued(cursors: Weak<AppliedCursors>, db: Weak<Db>) {
    let mut pause = RETRY_MIN;
    loop {
        let (Some(me), Some(db)) = (cursors.upgrade(), db.upgrade()) else {
            return;
        };
        let Some(batch) = me.take() else {
            return;
        };
        let outcome = write(&db, &batch.cursors).await;
        let failed = outcome.is_err();
        if let Err(e) = &outcome {
            // The cursors stay queued: convergence lags, no check-in fails.
            tracing::warn!(error = %causes(e), devices = batch.cursors.len(), retry_in_ms = pause.as_millis() as u64,
                "writing the devices' applied cursors failed");
        }
        me.finish(batch, &outcome);
        drop((me, db));
        if failed {
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(RETRY_MAX);
        } else {
            pause = RETRY_MIN;
        }
    }
}

/// `e` and its causes, for a log line and a later caller (a storage
/// error says only "storage error" by itself).
fn causes(e: &DirectoryError) -> String {
    let mut why = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        why.push_str(": ");
        why.push_str(&c.to_string());
        cause = c.source();
    }
    why
}

/// Writes a batch in one statement: the cursors travel as one JSON object
/// (device id → cursor), which both dialects unpack to rows. A cursor never
/// moves back (another replica may have written a newer one).
async fn write(db: &Db, batch: &HashMap<String, i64>) -> Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let sql = match db.dialect {
        Dialect::Sqlite => {
            "UPDATE devices SET applied_seq = v.value FROM json_each($1) AS v \
             WHERE devices.id = v.key AND devices.applied_seq < v.value"
        }
        Dialect::Postgres => {
            "UPDATE devices SET applied_seq = v.value::bigint FROM json_each_text($1::json) AS v \
             WHERE devices.id = v.key AND devices.applied_seq < v.value::bigint"
        }
    };
    let cursors = serde_json::to_string(batch).map_err(crate::DirectoryError::internal)?;
    let mut tx = db.begin_write().await?;
    tx.query(sql).bind(cursors).execute().await?;
    // No cached read depends on `applied_seq`: the replicas' caches and
    // devices need not hear of this commit.
    tx.commit_unannounced().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reads::Cols;

    /// An in-memory database: its writes go through sqlx's worker thread,
    /// so a write in flight lets other notes run, as on PostgreSQL (a
    /// SQLite file's write runs inline and ends within its first poll).
    async fn db() -> Db {
        Db::connect("sqlite::memory:", 1).await.expect("db")
    }

    fn writes(log: &[String]) -> usize {
        log.iter().filter(|s| s.contains("applied_seq")).count()
    }

    async fn stored(db: &Db) -> Vec<(String, i64)> {
        let rows = db
            .read("SELECT id, applied_seq FROM devices ORDER BY id", &[])
            .await
            .expect("read");
        rows.iter()
            .map(|r| {
                (
                    r.text("id").expect("id"),
                    r.int("applied_seq").expect("seq"),
                )
            })
            .collect()
    }

    async fn devices(db: &Db, n: usize) -> Vec<String> {
        let names: Vec<String> = (0..n).map(|i| format!("d{i:03}")).collect();
        let mut tx = db.begin_write().await.expect("tx");
        for d in &names {
            tx.query(
                "INSERT INTO devices (id, org_id, name, platform, secret_prefix, secret_hash, created_at) \
                 VALUES ($1, 'o', $1, 'linux', $1, $1, 'now')",
            )
            .bind(d.as_str())
            .execute()
            .await
            .expect("device");
        }
        tx.commit_unannounced().await.expect("commit");
        names
    }

    #[tokio::test]
    async fn notes_return_at_once_and_one_writer_writes_them_together() {
        let db = Arc::new(db().await);
        let names = devices(&db, 200).await;
        let a = Arc::new(AppliedCursors::default());
        let slots: Vec<Slot> = (0..200).map(|_| Slot::default()).collect();
        crate::db::statement_log::start();
        // Each returns without a write: on this one-thread runtime the
        // writer has not run yet.
        for (slot, d) in slots.iter().zip(&names) {
            a.note(&db, d, slot, 9);
        }
        {
            let s = a.lock();
            assert_eq!((s.noted, s.written, s.writing), (200, 0, true));
        }
        assert_eq!(writes(&crate::db::statement_log::take()), 0);
        crate::db::statement_log::start();
        a.written().await.expect("written");
        assert_eq!(writes(&crate::db::statement_log::take()), 1, "one batch");
        assert!(stored(&db).await.iter().all(|(_, seq)| *seq == 9));
        // The writer ended with nothing left; the next note starts another.
        tokio::task::yield_now().await;
        assert!(!a.lock().writing);
        a.note(&db, &names[0], &slots[0], 12);
        a.written().await.expect("written");
        assert_eq!(stored(&db).await[0], (names[0].clone(), 12));
    }

    #[tokio::test]
    async fn a_fleets_cursors_are_written_a_bounded_batch_at_a_time() {
        let n = 2 * BATCH_MAX + 1;
        let db = Arc::new(db().await);
        let names = devices(&db, n).await;
        let a = Arc::new(AppliedCursors::default());
        let slots: Vec<Slot> = (0..n).map(|_| Slot::default()).collect();
        for (slot, d) in slots.iter().zip(&names) {
            a.note(&db, d, slot, 3);
        }
        crate::db::statement_log::start();
        a.written().await.expect("written");
        assert_eq!(writes(&crate::db::statement_log::take()), 3);
        let stored = stored(&db).await;
        assert_eq!(stored.len(), n);
        assert!(stored.iter().all(|(_, seq)| *seq == 3));
    }

    #[tokio::test]
    async fn a_failed_write_keeps_its_cursors_and_the_writer_tries_again() {
        let db = Arc::new(db().await);
        let names = devices(&db, 2).await;
        let a = Arc::new(AppliedCursors::default());
        let (s0, s1) = (Slot::default(), Slot::default());
        // The write cannot succeed while the table is renamed away.
        let rename = |from: &'static str, to: &'static str| {
            let db = db.clone();
            async move {
                let mut tx = db.begin_write().await.expect("tx");
                tx.query(&format!("ALTER TABLE {from} RENAME TO {to}"))
                    .execute()
                    .await
                    .expect("rename");
                tx.commit_unannounced().await.expect("commit");
            }
        };
        rename("devices", "devices_away").await;
        a.note(&db, &names[0], &s0, 5);
        let e = a.written().await.expect_err("the write failed");
        assert!(e.to_string().contains("no such table"), "{e}");
        {
            let s = a.lock();
            assert_eq!(s.pending.get(&names[0]), Some(&5), "still queued");
            assert!(s.writing, "the writer waits to try again");
        }
        // A newer note meanwhile joins the retry.
        a.note(&db, &names[1], &s1, 7);
        rename("devices_away", "devices").await;
        a.written().await.expect("written on the next try");
        assert_eq!(
            stored(&db).await,
            vec![(names[0].clone(), 5), (names[1].clone(), 7)]
        );
    }

    #[tokio::test]
    async fn the_writer_ends_with_its_directory() {
        let db = Arc::new(db().await);
        let a = Arc::new(AppliedCursors::default());
        let writer = tokio::spawn(write_queued(Arc::downgrade(&a), Arc::downgrade(&db)));
        a.lock().pend("d".into(), 1);
        drop(a);
        writer.await.expect("the writer ended");
    }

    #[test]
    fn only_a_cursor_past_the_last_seen_is_queued() {
        let a = AppliedCursors::default();
        let (d1, d2) = (Slot::default(), Slot::default());
        assert_eq!(a.queue("d1", &d1, 0), None, "nothing applied yet");
        assert_eq!(a.queue("d1", &d1, 5), Some(1));
        assert_eq!(a.queue("d1", &d1, 5), None, "seen");
        assert_eq!(a.queue("d1", &d1, 3), None, "behind what was seen");
        assert_eq!(a.queue("d2", &d2, 2), Some(2));
        assert_eq!(a.queue("d1", &d1, 7), Some(3));
        let s = a.lock();
        assert_eq!(s.pending.get("d1"), Some(&7), "the newest per device");
        assert_eq!(s.pending.get("d2"), Some(&2));
    }
}
