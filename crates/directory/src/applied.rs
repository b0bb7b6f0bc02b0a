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
#[derive(Debug, Default)]
pub(crate) struct AppliedCursors {
    state: Mutex<State>,
    /// Held by the one task writing a batch; the others queue on it and,
    /// when their turn comes, find their cursor written (or write the next
    /// batch themselves).
    writing: tokio::sync::Mutex<()>,
}

#[derive(Debug, Default)]
struct State {
    /// Cursors not yet written, newest per device.
    pending: HashMap<String, i64>,
    /// The ticket of the newest note (each note takes the next).
    noted: u64,
    /// Every note up to this ticket is written.
    written: u64,
}

impl AppliedCursors {
    /// Records that `device` (whose slot is `slot`) has applied its change
    /// sequence up to `cursor`. Returns at once when that is known
    /// already; otherwise once a transaction holding it has committed (this
    /// call's or a concurrent one's). An error is the failed write's; its
    /// cursors stay pending, written by the next note.
    pub(crate) async fn note(&self, db: &Db, device: &str, slot: &Slot, cursor: i64) -> Result<()> {
        let Some(ticket) = self.queue(device, slot, cursor) else {
            return Ok(());
        };
        let _turn = self.writing.lock().await;
        let (batch, upto) = {
            let mut s = self.lock();
            if s.written >= ticket {
                return Ok(());
            }
            (std::mem::take(&mut s.pending), s.noted)
        };
        match write(db, &batch).await {
            Ok(()) => {
                let mut s = self.lock();
                s.written = s.written.max(upto);
                Ok(())
            }
            Err(e) => {
                let mut s = self.lock();
                for (d, c) in batch {
                    let p = s.pending.entry(d).or_insert(c);
                    *p = (*p).max(c);
                }
                Err(e)
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
        let p = s.pending.entry(device.to_string()).or_insert(cursor);
        *p = (*p).max(cursor);
        s.noted += 1;
        Some(s.noted)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
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
