//! How far each device has come: the cursor a check-in sends is what the
//! device has applied (an agent saves its reconcile before it polls
//! again), kept in `devices.applied_seq` for convergence.
//!
//! Two things keep this cheap when thousands of devices poll at once (a
//! fleet reconnecting after a restart, or moving on after a change reached
//! all of them): the cursor last seen from each device, kept in this
//! process (on the device's `notify::Slot`), so a poll writes only when its
//! device moved; and a group commit: the cursors noted while one write is
//! in flight are written together by the next, in one statement and one
//! transaction. One transaction per check-in
//! made 10,000 reconnecting devices 10,000 commits (on PostgreSQL each also a
//! `NOTIFY` that empties every replica's read cache), beside the password
//! changes sent meanwhile (BENCHMARKS.md, fifteenth session). And on
//! PostgreSQL the group's commit is not announced to the replicas' read
//! caches, which hold nothing that depends on a cursor
//! (`WriteTx::commit_unannounced`).

use std::collections::HashMap;
use std::sync::Mutex;

use crate::db::{Db, Dialect};
use crate::error::Result;
use crate::notify::Slot;

/// The applied cursors of this process waiting to be written, and
/// written. (Those seen are on each device's `notify::Slot`: a miss, when
/// another replica served the device or this process restarted, writes
/// once more, harmlessly, as the write never moves a cursor back.)
///
/// One note at a time writes (the leader), the batch of every cursor
/// pending when it began; the others wait for a write to end and look
/// again: theirs written, they return; otherwise one of them leads the
/// next batch. A write's end wakes every waiter at once. A queue on a lock
/// instead handed the turn from one waiter to the next, one wake-up after
/// another through the runtime's queue, and a check-in's answer waits for
/// its note: on a runtime kept busy, 20,000 notes took a minute to pass
/// the turn along where waking them together took 6 s (BENCHMARKS.md,
/// twenty-second session).
#[derive(Debug, Default)]
pub(crate) struct AppliedCursors {
    state: Mutex<State>,
    /// Wakes every waiting note when a write ends, written or not.
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
    /// A note is writing a batch.
    writing: bool,
}

impl State {
    /// `cursor` waits to be written for `device`, unless a newer one does.
    fn pend(&mut self, device: String, cursor: i64) {
        let p = self.pending.entry(device).or_insert(cursor);
        *p = (*p).max(cursor);
    }
}

impl AppliedCursors {
    /// Records that `device` (whose slot is `slot`) has applied its change
    /// sequence up to `cursor`. Returns at once when that is known
    /// already; otherwise once a transaction holding it has committed (this
    /// call's or a concurrent one's). An error is the failed write's; its
    /// cursors stay pending, written by the next note (a waiting one leads
    /// the next batch).
    pub(crate) async fn note(&self, db: &Db, device: &str, slot: &Slot, cursor: i64) -> Result<()> {
        let Some(ticket) = self.queue(device, slot, cursor) else {
            return Ok(());
        };
        loop {
            // Registered before the state is read, so a write ending in
            // between still wakes this note.
            let ended = self.ended.notified();
            tokio::pin!(ended);
            ended.as_mut().enable();
            let lead = {
                let mut s = self.lock();
                if s.written >= ticket {
                    return Ok(());
                }
                self.lead(&mut s)
            };
            match lead {
                Some(lead) => return lead.write(db).await,
                None => ended.await,
            }
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

    /// The turn to write every pending cursor, unless a note has it.
    fn lead<'a>(&'a self, s: &mut State) -> Option<Lead<'a>> {
        if s.writing {
            return None;
        }
        s.writing = true;
        Some(Lead {
            owner: self,
            batch: std::mem::take(&mut s.pending),
            upto: s.noted,
            written: false,
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The leading note's batch: every cursor pending when it began, which
/// covers the tickets up to `upto`. However its write ends (committed,
/// failed, or the check-in dropped while writing: a device that hung up),
/// dropping it ends the turn: the tickets are marked written, or the
/// cursors go back to pending for the next leader, and the waiters wake.
struct Lead<'a> {
    owner: &'a AppliedCursors,
    batch: HashMap<String, i64>,
    upto: u64,
    written: bool,
}

impl Lead<'_> {
    async fn write(mut self, db: &Db) -> Result<()> {
        write(db, &self.batch).await?;
        self.written = true;
        Ok(())
    }
}

impl Drop for Lead<'_> {
    fn drop(&mut self) {
        {
            let mut s = self.owner.lock();
            s.writing = false;
            if self.written {
                s.written = s.written.max(self.upto);
            } else {
                for (d, c) in self.batch.drain() {
                    s.pend(d, c);
                }
            }
        }
        self.owner.ended.notify_waiters();
    }
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

    /// An in-memory database: its writes go through sqlx's worker thread,
    /// so a write in flight lets other notes run, as on PostgreSQL (a
    /// SQLite file's write runs inline and ends within its first poll).
    async fn db() -> Db {
        Db::connect("sqlite::memory:", 1).await.expect("db")
    }

    fn writes(log: &[String]) -> usize {
        log.iter().filter(|s| s.contains("applied_seq")).count()
    }

    #[tokio::test]
    async fn many_notes_at_once_are_written_by_two_writes_and_all_return() {
        let db = db().await;
        let a = AppliedCursors::default();
        let slots: Vec<Slot> = (0..200).map(|_| Slot::default()).collect();
        let names: Vec<String> = (0..200).map(|i| format!("d{i}")).collect();
        crate::db::statement_log::start();
        let notes = slots
            .iter()
            .zip(&names)
            .map(|(slot, d)| a.note(&db, d, slot, 9));
        for r in futures::future::join_all(notes).await {
            r.expect("noted");
        }
        let log = crate::db::statement_log::take();
        // The first note writes its own cursor; those noted during that
        // write are written by the next leader, together.
        assert_eq!(writes(&log), 2, "{log:?}");
        let s = a.lock();
        assert_eq!((s.noted, s.written, s.writing), (200, 200, false));
        assert!(s.pending.is_empty());
    }

    #[tokio::test]
    async fn a_lead_dropped_before_its_write_ended_leaves_its_cursors_to_a_waiting_note() {
        let db = db().await;
        let a = AppliedCursors::default();
        let (d1, d2) = (Slot::default(), Slot::default());
        // d1's note leads; its check-in is dropped mid-write (the device
        // hung up), so its batch is never committed.
        let first = a.queue("d1", &d1, 5).expect("queued");
        let lead = a.lead(&mut a.lock()).expect("no one else writes");
        let waiting = a.note(&db, "d2", &d2, 7);
        tokio::pin!(waiting);
        assert!(
            futures::poll!(waiting.as_mut()).is_pending(),
            "d2 waits for the lead's write"
        );
        drop(lead);
        {
            let s = a.lock();
            assert_eq!(
                s.pending.get("d1"),
                Some(&5),
                "d1's cursor is pending again"
            );
            assert!(s.written < first && !s.writing);
        }
        crate::db::statement_log::start();
        waiting.await.expect("d2's note leads the next batch");
        assert_eq!(writes(&crate::db::statement_log::take()), 1);
        let s = a.lock();
        assert_eq!(s.written, 2, "both notes written");
        assert!(s.pending.is_empty() && !s.writing);
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
