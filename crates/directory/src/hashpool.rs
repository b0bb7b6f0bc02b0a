//! A dedicated pool of one thread per core for password derivation.
//!
//! argon2id allocates ~19 MiB per derivation. On tokio's blocking pool the
//! derivations would land on many different threads, and glibc keeps a
//! per-thread arena holding on to that memory: the resident size grows with
//! the number of threads that ever hashed. A fixed set of threads bounds both
//! the concurrency (cores) and the memory (cores × one argon2 block set).

use std::sync::mpsc;
use std::sync::Mutex;

type Job = Box<dyn FnOnce() + Send + 'static>;

/// The pool; jobs queue when every thread is busy.
#[derive(Debug)]
pub(crate) struct HashPool {
    tx: Mutex<mpsc::Sender<Job>>,
}

impl HashPool {
    /// Starts `threads` worker threads.
    pub(crate) fn new(threads: usize) -> std::io::Result<HashPool> {
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = std::sync::Arc::new(Mutex::new(rx));
        for i in 0..threads.max(1) {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("hash-{i}"))
                .spawn(move || loop {
                    let job = {
                        let guard = rx.lock().unwrap_or_else(|p| p.into_inner());
                        guard.recv()
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => return, // the pool was dropped
                    }
                })?;
        }
        Ok(HashPool { tx: Mutex::new(tx) })
    }

    /// Runs `f` on the pool and awaits its result.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Option<T> {
        let (done, result) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = done.send(f());
        });
        self.tx
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .send(job)
            .ok()?;
        result.await.ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_jobs_and_returns_results() {
        let pool = HashPool::new(2).expect("pool");
        let mut handles = Vec::new();
        for i in 0..10u64 {
            handles.push(pool.run(move || i * 2));
        }
        let mut sum = 0;
        for h in handles {
            sum += h.await.expect("result");
        }
        assert_eq!(sum, 90);
    }
}
