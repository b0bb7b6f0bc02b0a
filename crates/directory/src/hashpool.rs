//! A dedicated pool of one thread per core for password derivation.
//!
//! argon2id needs ~19 MiB per derivation. On tokio's blocking pool the
//! derivations would land on many different threads, and allocators keep
//! per-thread memory: the resident size grows with the number of threads
//! that ever hashed. A fixed set of threads bounds both the concurrency
//! (cores) and the memory: each worker owns one [`HashMemory`] that every
//! job it runs borrows, so under password traffic the pool holds exactly
//! threads × one argon2 block set, allocated once instead of per
//! derivation. (Freed per derivation, mimalloc returned the blocks to the
//! OS only lazily, and the resident size wandered by 19 MiB steps.) A
//! worker idle for [`IDLE_RELEASE`] frees its memory.
//!
//! The queue is bounded in time, not length: a job whose estimated wait
//! (jobs ahead × the mean job time ÷ threads) exceeds `max_wait` is refused
//! with [`DirectoryError::Busy`] and a retry delay, which the server answers
//! as 429 with `Retry-After` (what Okta expects when throttled) instead of
//! holding the request until a timeout. A job whose caller has gone (client
//! timeout, disconnect) is skipped instead of derived for nobody.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crossbeam_channel::RecvTimeoutError;
use password_sync::HashMemory;

use crate::observe::ObserverSlot;
use crate::{DirectoryError, Result};

type Job = Box<dyn FnOnce(&mut HashMemory) + Send + 'static>;

/// How long a worker keeps its argon2 memory without a job.
pub(crate) const IDLE_RELEASE: Duration = Duration::from_secs(60);

/// The pool; jobs queue when every thread is busy.
#[derive(Debug)]
pub(crate) struct HashPool {
    tx: crossbeam_channel::Sender<Job>,
    threads: usize,
    max_wait: Duration,
    load: Arc<Load>,
    /// Told each job's wait for a thread.
    observer: ObserverSlot,
}

/// What the admission estimate reads.
#[derive(Debug, Default)]
struct Load {
    /// Jobs admitted and not finished (queued or running).
    pending: AtomicUsize,
    /// Moving average of a job's run time, in microseconds (0: none yet).
    job_us: AtomicU64,
}

/// Decrements `pending` however the job ends (done, skipped, panicked).
struct Admitted(Arc<Load>);

impl Drop for Admitted {
    fn drop(&mut self) {
        self.0.pending.fetch_sub(1, Ordering::AcqRel);
    }
}

impl HashPool {
    /// Starts `threads` worker threads; jobs that would wait longer than
    /// `max_wait` are refused.
    pub(crate) fn new(
        threads: usize,
        max_wait: Duration,
        observer: ObserverSlot,
    ) -> std::io::Result<HashPool> {
        let mut pool = Self::with_idle_release(threads, max_wait, IDLE_RELEASE)?;
        pool.observer = observer;
        Ok(pool)
    }

    fn with_idle_release(
        threads: usize,
        max_wait: Duration,
        idle_release: Duration,
    ) -> std::io::Result<HashPool> {
        let threads = threads.max(1);
        let (tx, rx) = crossbeam_channel::unbounded::<Job>();
        for i in 0..threads {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("hash-{i}"))
                .spawn(move || {
                    let mut mem = HashMemory::new();
                    loop {
                        match rx.recv_timeout(idle_release) {
                            Ok(job) => {
                                // A panicking job fails only its own request
                                // (its caller sees the result channel close);
                                // the worker lives on, with fresh memory.
                                let ran =
                                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                        job(&mut mem)
                                    }));
                                if ran.is_err() {
                                    mem.release();
                                }
                            }
                            Err(RecvTimeoutError::Timeout) => mem.release(),
                            Err(RecvTimeoutError::Disconnected) => return, // pool dropped
                        }
                    }
                })?;
        }
        Ok(HashPool {
            tx,
            threads,
            max_wait,
            load: Arc::new(Load::default()),
            observer: ObserverSlot::default(),
        })
    }

    /// How long a job admitted now would wait before it starts.
    fn estimated_wait(&self) -> Duration {
        let ahead = self.load.pending.load(Ordering::Acquire);
        if ahead < self.threads {
            return Duration::ZERO;
        }
        let rounds = (ahead - self.threads + 1) as u64;
        let job_us = self.load.job_us.load(Ordering::Relaxed);
        Duration::from_micros(rounds.saturating_mul(job_us) / self.threads as u64)
    }

    /// Runs `f` on the pool, lending it the worker's argon2 memory, and
    /// awaits its result; or refuses with [`DirectoryError::Busy`] when the
    /// queue is too long.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut HashMemory) -> T + Send + 'static,
    ) -> Result<T> {
        let wait = self.estimated_wait();
        if wait > self.max_wait {
            // The earliest this job could be admitted if it came back.
            let secs = (wait - self.max_wait).as_secs_f64().ceil().max(1.0);
            return Err(DirectoryError::Busy {
                retry_after_secs: secs as u64,
            });
        }
        self.load.pending.fetch_add(1, Ordering::AcqRel);
        let admitted = Admitted(self.load.clone());
        let (done, result) = tokio::sync::oneshot::channel();
        let observer = self.observer.clone();
        let queued = Instant::now();
        let job: Job = Box::new(move |mem| {
            let admitted = admitted;
            if done.is_closed() {
                return; // the caller is gone
            }
            let started = Instant::now();
            if let Some(o) = observer.get() {
                o.hash_queue_wait(started - queued);
            }
            let out = f(mem);
            let us = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
            let avg = &admitted.0.job_us;
            let old = avg.load(Ordering::Relaxed);
            avg.store(
                if old == 0 { us } else { (old * 7 + us) / 8 },
                Ordering::Relaxed,
            );
            // No longer pending before the caller can see the result.
            drop(admitted);
            let _ = done.send(out);
        });
        self.tx
            .send(job)
            .map_err(|_| DirectoryError::invariant("the hash pool has stopped"))?;
        // The job's sender is dropped unsent only if the job panicked (a
        // worker outlives its jobs; the pool lives as long as its callers).
        result
            .await
            .map_err(|_| DirectoryError::invariant("a hash job failed: it ended without a result"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A job that keeps a pool thread busy for `ms`.
    fn sleeper(pool: &Arc<HashPool>, ms: u64) -> tokio::task::JoinHandle<Result<()>> {
        let p = pool.clone();
        tokio::spawn(async move {
            p.run(move |_| std::thread::sleep(Duration::from_millis(ms)))
                .await
        })
    }

    #[tokio::test]
    async fn runs_jobs_and_returns_results() {
        let pool =
            HashPool::new(2, Duration::from_secs(60), ObserverSlot::default()).expect("pool");
        let mut handles = Vec::new();
        for i in 0..10u64 {
            handles.push(pool.run(move |_| i * 2));
        }
        let mut sum = 0;
        for h in handles {
            sum += h.await.expect("result");
        }
        assert_eq!(sum, 90);
    }

    /// Records the waits it is told.
    #[derive(Debug, Default)]
    struct Waits(std::sync::Mutex<Vec<Duration>>);

    impl crate::Observer for Waits {
        fn hash_queue_wait(&self, wait: Duration) {
            self.0.lock().expect("lock").push(wait);
        }
    }

    #[tokio::test]
    async fn the_observer_is_told_how_long_each_job_queued() {
        let waits = Arc::new(Waits::default());
        let slot = ObserverSlot::default();
        assert!(slot.set(waits.clone()));
        let pool = Arc::new(HashPool::new(1, Duration::from_secs(60), slot).expect("pool"));
        // One thread: the second job waits for the first (50 ms).
        let first = sleeper(&pool, 50);
        tokio::time::sleep(Duration::from_millis(5)).await;
        let second = sleeper(&pool, 0);
        first.await.expect("join").expect("first");
        second.await.expect("join").expect("second");
        let w = waits.0.lock().expect("lock").clone();
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[1] >= Duration::from_millis(30),
            "the second queued: {w:?}"
        );
    }

    #[tokio::test]
    async fn refuses_when_the_queue_is_longer_than_the_limit() {
        let pool = Arc::new(
            HashPool::new(1, Duration::from_millis(150), ObserverSlot::default()).expect("pool"),
        );
        // Teach the pool that a job takes ~100 ms.
        pool.run(|_| std::thread::sleep(Duration::from_millis(100)))
            .await
            .expect("first");
        // One running, one queued: a third would wait ~200 ms > 150 ms.
        let a = sleeper(&pool, 100);
        let b = sleeper(&pool, 100);
        while pool.load.pending.load(Ordering::Acquire) < 2 {
            tokio::task::yield_now().await;
        }
        match pool.run(|_| ()).await {
            Err(DirectoryError::Busy { retry_after_secs }) => assert_eq!(retry_after_secs, 1),
            other => panic!("expected Busy, got {other:?}"),
        }
        a.await.expect("join").expect("a");
        b.await.expect("join").expect("b");
        // Drained: admitted again.
        pool.run(|_| ()).await.expect("after the drain");
    }

    #[tokio::test]
    async fn skips_jobs_whose_caller_is_gone() {
        let pool = Arc::new(
            HashPool::new(1, Duration::from_secs(60), ObserverSlot::default()).expect("pool"),
        );
        let ran = Arc::new(AtomicUsize::new(0));
        let blocker = sleeper(&pool, 200);
        while pool.load.pending.load(Ordering::Acquire) < 1 {
            tokio::task::yield_now().await;
        }
        let r = ran.clone();
        let abandoned = pool.run(move |_| {
            r.fetch_add(1, Ordering::SeqCst);
        });
        // Queue it, then drop the caller before the thread is free.
        let _ = tokio::time::timeout(Duration::from_millis(20), abandoned).await;
        blocker.await.expect("join").expect("blocker");
        pool.run(|_| ()).await.expect("a later job");
        assert_eq!(ran.load(Ordering::SeqCst), 0, "the abandoned job ran");
        assert_eq!(pool.load.pending.load(Ordering::Acquire), 0);
    }

    #[tokio::test]
    async fn a_panicking_job_fails_alone_and_the_worker_lives_on() {
        let pool =
            HashPool::new(1, Duration::from_secs(60), ObserverSlot::default()).expect("pool");
        let failed = pool.run(|_| -> u32 { panic!("a bug in a job") }).await;
        assert!(
            matches!(&failed, Err(DirectoryError::Internal { message, .. }) if message.contains("hash job failed")),
            "{failed:?}"
        );
        assert_eq!(pool.run(|_| 7).await.expect("the next job"), 7);
        assert_eq!(pool.load.pending.load(Ordering::Acquire), 0);
    }

    #[tokio::test]
    async fn workers_keep_their_memory_until_idle() {
        let pool = HashPool::with_idle_release(1, Duration::from_secs(60), Duration::from_secs(1))
            .expect("pool");
        let params = password_sync::HashParams {
            argon2_m_kib: 512,
            ..password_sync::HashParams::insecure_fast_for_tests()
        };
        let p = params.clone();
        let first = pool
            .run(move |mem| {
                password_sync::material::argon2_verifier_in("Pw-one-1", &p, mem)
                    .map(|_| mem.held_kib())
            })
            .await
            .expect("run")
            .expect("hash");
        assert_eq!(first, 512);
        // The next job finds the same memory, still held.
        let held = pool.run(|mem| mem.held_kib()).await.expect("run");
        assert_eq!(held, 512);
        // Idle past the release delay: freed.
        tokio::time::sleep(Duration::from_millis(2500)).await;
        let held = pool.run(|mem| mem.held_kib()).await.expect("run");
        assert_eq!(held, 0);
    }
}
