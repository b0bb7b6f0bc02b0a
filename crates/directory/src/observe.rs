//! What the directory tells an embedder about its work, for metrics.
//!
//! The directory measures what only it can see (how long a password took
//! from the change that made it to a device applying it; how long a
//! derivation queued for a hash thread) and hands each measurement to an
//! [`Observer`] the embedder installs ([`crate::Directory::set_observer`]).
//! It keeps no metrics registry of its own: which exporter, names and
//! buckets is the server's business. Counts read from storage (deliveries
//! pending, devices behind) are [`crate::Directory::backlog`].

use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Receives measurements. Called on the directory's tasks and hash
/// threads: an implementation must be quick and must not block.
pub trait Observer: Send + Sync + std::fmt::Debug {
    /// A device completed a password version (applied it; on macOS,
    /// confirmed it): the time since the change that made the version
    /// reach that device (Okta's or the portal's request, or the binding).
    fn password_completed(&self, _latency: Duration) {}

    /// A password derivation waited this long for a hash thread.
    fn hash_queue_wait(&self, _wait: Duration) {}
}

/// The installed observer, shared with the hash pool; set at most once.
#[derive(Debug, Clone, Default)]
pub(crate) struct ObserverSlot(Arc<OnceLock<Arc<dyn Observer>>>);

impl ObserverSlot {
    pub(crate) fn get(&self) -> Option<&Arc<dyn Observer>> {
        self.0.get()
    }

    /// Installs `o`; false when one was installed already.
    pub(crate) fn set(&self, o: Arc<dyn Observer>) -> bool {
        self.0.set(o).is_ok()
    }
}
