//! A cache for the hot reads (API key resolutions, `GET /Users/{id}` and
//! `filter=<attr> eq "<value>"` pages) that is exact across processes: an
//! entry is served only if no commit to the database, by any connection in
//! any process, has been seen since the read that filled it began.
//!
//! Why: every SCIM request resolves its API key, and Okta's traffic is
//! mostly `GET /Users/{id}` and `userName eq` lookups. Without the cache each
//! such request runs two read transactions and renders the user
//! (BENCHMARKS.md, P1). With it, a repeated read costs a hash-map probe (and
//! on SQLite one `pread`).
//!
//! Every entry is stored with the *generation* seen before its value was
//! read and served only while the generation is unchanged, so a commit that
//! lands between the check and the read, or at any time after, makes the
//! entry stale. [`Freshness`] is where the generation comes from:
//!
//! - **A SQLite file** ([`WalIndex`]): in WAL mode every connection to the
//!   database, in any process, maps the same wal-index file (`<db>-shm`),
//!   and every commit rewrites the wal-index header at its start before the
//!   commit returns (its `iChange` field is "incremented with each
//!   transaction", and `mxFrame` or the salts change with it;
//!   <https://sqlite.org/walformat.html>). The generation advances whenever
//!   those 48 bytes differ from the last header seen. A torn read of the
//!   header (it is being rewritten) differs from both the old and the new
//!   header and only costs a spurious invalidation.
//! - **PostgreSQL** ([`Commits`]): every write transaction, on every
//!   replica, sends `NOTIFY directory_commits` inside the transaction, which
//!   PostgreSQL delivers to every listener after the commit is visible.
//!   Each replica listens on one connection (`notify.rs`) and advances its
//!   generation per notification from another replica; the replica that
//!   committed advances it as soon as its commit returns (and skips its own
//!   notification, which names it), so it never serves its own stale
//!   entry. The window in which another replica can still answer from an
//!   entry older than a commit is the notification's delivery (measured in
//!   BENCHMARKS.md). While the listening connection is down the generation
//!   is unknown and nothing is served from the cache or stored in it; when
//!   it is back the generation advances, so nothing read before is served.
//!
//! Invalidation is global (any commit invalidates every entry): exact
//! without knowing what other processes wrote, and under a steady write
//! load the cache just misses. In-memory SQLite is not cached.
//!
//! On SQLite the header stays the one the database uses only while some
//! connection keeps the wal-index open (SQLite may reinitialise it when the
//! last connection closes), so [`WalIndex`] holds a connection of its own
//! for its whole life.

use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use quick_cache::sync::Cache;
use quick_cache::{Equivalent, Weighter};
use scim_core::filter::AttrPath;

use crate::admin::Principal;
use crate::error::{DirectoryError, Result};
use crate::render::RenderedUser;

/// Bytes of the wal-index header (`WalIndexHdr`; the first of its two copies,
/// the one SQLite writes last).
const HEADER: usize = 48;

/// Where the cache's generation comes from (see the module documentation).
#[derive(Debug)]
pub(crate) enum Freshness {
    /// A SQLite file's wal-index header.
    Wal(WalIndex),
    /// PostgreSQL's commit notifications.
    Commits(Arc<Commits>),
}

impl Freshness {
    /// The current generation; `None` when it cannot be known (the caller
    /// then reads the store and stores nothing).
    pub(crate) fn generation(&self) -> Option<u64> {
        match self {
            Freshness::Wal(w) => w.generation(),
            Freshness::Commits(c) => c.generation(),
        }
    }
}

/// The commits this process has heard of on PostgreSQL: its own, as they
/// return, and every replica's through `LISTEN directory_commits`.
#[derive(Debug)]
pub(crate) struct Commits {
    generation: AtomicU64,
    /// Whether the listening connection is up (nothing is cached until it is).
    listening: AtomicBool,
    /// This process's notifications carry this payload, so that it does
    /// not count its own commits twice (it counted them as they returned).
    origin: String,
}

impl Default for Commits {
    fn default() -> Self {
        Commits {
            generation: AtomicU64::new(0),
            listening: AtomicBool::new(false),
            origin: uuid::Uuid::new_v4().simple().to_string(),
        }
    }
}

impl Commits {
    /// The PostgreSQL channel every write transaction notifies.
    pub(crate) const CHANNEL: &'static str = "directory_commits";

    /// The payload of this process's notifications.
    pub(crate) fn origin(&self) -> &str {
        &self.origin
    }

    /// A notification on [`Commits::CHANNEL`] was heard.
    pub(crate) fn heard(&self, payload: &str) {
        if payload != self.origin {
            self.committed();
        }
    }

    /// The generation, or `None` while commits may go unheard.
    pub(crate) fn generation(&self) -> Option<u64> {
        if !self.listening.load(Ordering::Acquire) {
            return None;
        }
        Some(self.generation.load(Ordering::Acquire))
    }

    /// A commit was made or heard of (or may have been: a commit whose
    /// outcome is unknown counts too).
    pub(crate) fn committed(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    /// The listening connection went down (`false`) or is listening again
    /// (`true`). Either way the generation advances: what was read before
    /// may predate a commit nobody heard of.
    pub(crate) fn set_listening(&self, on: bool) {
        if on {
            self.committed();
            self.listening.store(true, Ordering::Release);
        } else {
            self.listening.store(false, Ordering::Release);
            self.committed();
        }
    }

    /// Whether the listening connection is up.
    pub(crate) fn is_listening(&self) -> bool {
        self.listening.load(Ordering::Acquire)
    }
}

/// Watches the wal-index header of a SQLite database in WAL mode.
#[derive(Debug)]
pub(crate) struct WalIndex {
    shm: std::fs::File,
    /// Keeps the wal-index open (see the module documentation).
    _guard: Mutex<rusqlite::Connection>,
    /// The last header seen and its generation.
    seen: Mutex<([u8; HEADER], u64)>,
}

impl WalIndex {
    /// Watches the database file `db` (already in WAL mode); `None` on a
    /// platform without positioned reads.
    pub(crate) fn open(db: &Path) -> Result<Option<WalIndex>> {
        if !cfg!(unix) {
            return Ok(None);
        }
        let guard = rusqlite::Connection::open_with_flags(
            db,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        guard.execute_batch("PRAGMA query_only = ON;")?;
        // A read maps the wal-index, which this connection then keeps open.
        let mode: String = guard.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(DirectoryError::invariant(format!(
                "the read cache needs WAL mode; the database is in {mode} mode"
            )));
        }
        guard.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        let mut shm_path = db.as_os_str().to_owned();
        shm_path.push("-shm");
        let shm = std::fs::File::open(&shm_path).map_err(|e| {
            DirectoryError::invariant(format!(
                "cannot open the wal-index {}: {e}",
                Path::new(&shm_path).display()
            ))
        })?;
        let f = WalIndex {
            shm,
            _guard: Mutex::new(guard),
            seen: Mutex::new(([0; HEADER], 0)),
        };
        if f.generation().is_none() {
            return Err(DirectoryError::invariant(
                "cannot read the wal-index header",
            ));
        }
        Ok(Some(f))
    }

    /// The current generation; `None` if the header cannot be read (the
    /// caller then reads the store).
    pub(crate) fn generation(&self) -> Option<u64> {
        let mut hdr = [0u8; HEADER];
        read_at(&self.shm, &mut hdr).ok()?;
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.0 != hdr {
            seen.0 = hdr;
            seen.1 += 1;
        }
        Some(seen.1)
    }
}

#[cfg(unix)]
fn read_at(f: &std::fs::File, buf: &mut [u8]) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(f, buf, 0)
}

#[cfg(not(unix))]
fn read_at(_: &std::fs::File, _: &mut [u8]) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// The generation seen before a read: what its result is stored under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Seen(u64);

/// Approximate bytes an entry holds, for the caches' budgets.
trait Size {
    fn size(&self) -> u64;
}

impl Size for Principal {
    fn size(&self) -> u64 {
        let a = &self.admin;
        (128 + a.id.len() + a.email.len() + a.org_id.as_ref().map_or(0, |o| o.len())) as u64
    }
}

impl Size for RenderedUser {
    fn size(&self) -> u64 {
        (64 + self.id.len() + self.json.len()) as u64
    }
}

/// A cached page: `totalResults` and the rendered users.
pub(crate) type Page = Arc<(usize, Vec<RenderedUser>)>;

impl Size for Page {
    fn size(&self) -> u64 {
        32 + self.1.iter().map(Size::size).sum::<u64>()
    }
}

impl Size for [u8; 32] {
    fn size(&self) -> u64 {
        32
    }
}

#[derive(Debug, Clone, Copy)]
struct BySize;

impl<K: Size, V: Size> Weighter<K, (Seen, V)> for BySize {
    fn weight(&self, k: &K, v: &(Seen, V)) -> u64 {
        k.size() + v.1.size()
    }
}

/// Entries tagged with the generation they were read at.
#[derive(Debug)]
struct Entries<K, V>(Cache<K, (Seen, V), BySize>);

impl<K: Eq + Hash + Size, V: Clone + Size> Entries<K, V> {
    fn new(bytes: u64, typical: u64) -> Self {
        // The estimate sizes the initial table; past a million entries it
        // grows as it fills rather than reserving for a huge budget.
        let items = usize::try_from(bytes / typical.max(1))
            .unwrap_or(usize::MAX)
            .clamp(16, 1 << 20);
        Entries(Cache::with_weighter(items, bytes.max(1), BySize))
    }

    fn get<Q: Hash + Equivalent<K> + ?Sized>(&self, now: Seen, k: &Q) -> Option<V> {
        match self.0.get(k) {
            Some((at, v)) if at == now => Some(v),
            _ => None,
        }
    }

    fn put(&self, at: Seen, k: K, v: V) {
        self.0.insert(k, (at, v));
    }
}

/// `(org, user id)`, owned.
#[derive(Debug, PartialEq, Eq)]
struct UserKey(String, String);

/// `(org, user id)`, borrowed for lookups (hashes as [`UserKey`] does).
struct UserKeyRef<'a>(&'a str, &'a str);

impl Hash for UserKey {
    fn hash<H: Hasher>(&self, h: &mut H) {
        UserKeyRef(&self.0, &self.1).hash(h);
    }
}

impl Hash for UserKeyRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.0.hash(h);
        self.1.hash(h);
    }
}

impl Equivalent<UserKey> for UserKeyRef<'_> {
    fn equivalent(&self, k: &UserKey) -> bool {
        self.0 == k.0 && self.1 == k.1
    }
}

impl Size for UserKey {
    fn size(&self) -> u64 {
        (48 + self.0.len() + self.1.len()) as u64
    }
}

/// A page of `filter=<path> eq "<value>"`: org, path, value, startIndex,
/// count.
#[derive(Debug, PartialEq, Eq)]
struct PageKey(String, AttrPath, String, usize, usize);

/// [`PageKey`] borrowed for lookups.
pub(crate) struct PageKeyRef<'a> {
    pub org: &'a str,
    pub path: &'a AttrPath,
    pub value: &'a str,
    pub start_index: usize,
    pub count: usize,
}

impl Hash for PageKeyRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.org.hash(h);
        self.path.hash(h);
        self.value.hash(h);
        self.start_index.hash(h);
        self.count.hash(h);
    }
}

impl Hash for PageKey {
    fn hash<H: Hasher>(&self, h: &mut H) {
        PageKeyRef {
            org: &self.0,
            path: &self.1,
            value: &self.2,
            start_index: self.3,
            count: self.4,
        }
        .hash(h);
    }
}

impl Equivalent<PageKey> for PageKeyRef<'_> {
    fn equivalent(&self, k: &PageKey) -> bool {
        self.org == k.0
            && *self.path == k.1
            && self.value == k.2
            && self.start_index == k.3
            && self.count == k.4
    }
}

impl Size for PageKey {
    fn size(&self) -> u64 {
        let p = &self.1;
        let path = p.attr.len()
            + p.urn.as_ref().map_or(0, |u| u.len())
            + p.sub_attr.as_ref().map_or(0, |s| s.len());
        (96 + self.0.len() + path + self.2.len()) as u64
    }
}

/// The cached reads of one directory.
#[derive(Debug)]
pub(crate) struct ReadCache {
    fresh: Freshness,
    /// SHA-256 of a presented API key → who it belongs to. Only keys that
    /// verified are stored; the digest, not the key, is kept.
    keys: Entries<[u8; 32], Principal>,
    users: Entries<UserKey, RenderedUser>,
    pages: Entries<PageKey, Page>,
    hits: AtomicU64,
    misses: AtomicU64,
}

/// How often the read cache answered (see [`crate::Directory::read_cache_stats`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadCacheStats {
    /// Lookups answered from the cache.
    pub hits: u64,
    /// Lookups that read the store (absent or stale).
    pub misses: u64,
}

impl ReadCache {
    /// Keys kept (one per admin that calls; a few in practice).
    const KEYS_BYTES: u64 = 256 * 1024;

    /// A cache of about `bytes` over `fresh`.
    pub(crate) fn new(fresh: Freshness, bytes: u64) -> ReadCache {
        ReadCache {
            fresh,
            keys: Entries::new(Self::KEYS_BYTES, 256),
            users: Entries::new(bytes / 2, 1024),
            pages: Entries::new(bytes / 2, 1024),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    /// Counts a lookup.
    fn counted<T>(&self, found: Option<T>) -> Option<T> {
        let n = if found.is_some() {
            &self.hits
        } else {
            &self.misses
        };
        n.fetch_add(1, Ordering::Relaxed);
        found
    }

    pub(crate) fn stats(&self) -> ReadCacheStats {
        ReadCacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
        }
    }

    /// The generation to look up and fill entries at; take it before the
    /// read whose result is stored.
    pub(crate) fn seen(&self) -> Option<Seen> {
        self.fresh.generation().map(Seen)
    }

    pub(crate) fn key(&self, at: Seen, digest: &[u8; 32]) -> Option<Principal> {
        self.counted(self.keys.get(at, digest))
    }

    pub(crate) fn put_key(&self, at: Seen, digest: [u8; 32], p: Principal) {
        self.keys.put(at, digest, p);
    }

    pub(crate) fn user(&self, at: Seen, org: &str, id: &str) -> Option<RenderedUser> {
        self.counted(self.users.get(at, &UserKeyRef(org, id)))
    }

    pub(crate) fn put_user(&self, at: Seen, org: &str, u: RenderedUser) {
        self.users
            .put(at, UserKey(org.to_string(), u.id.clone()), u);
    }

    pub(crate) fn page(&self, at: Seen, k: &PageKeyRef<'_>) -> Option<Page> {
        self.counted(self.pages.get(at, k))
    }

    pub(crate) fn put_page(&self, at: Seen, k: &PageKeyRef<'_>, page: Page) {
        let key = PageKey(
            k.org.to_string(),
            k.path.clone(),
            k.value.to_string(),
            k.start_index,
            k.count,
        );
        self.pages.put(at, key, page);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wal_db() -> (tempfile::TempDir, std::path::PathBuf, rusqlite::Connection) {
        let d = tempfile::tempdir().expect("tempdir");
        let p = d.path().join("t.db");
        let c = rusqlite::Connection::open(&p).expect("open");
        c.execute_batch(
            "PRAGMA journal_mode=WAL; CREATE TABLE schema_version (version BIGINT);
             CREATE TABLE t (a TEXT);",
        )
        .expect("schema");
        (d, p, c)
    }

    #[test]
    fn every_commit_by_any_connection_advances_the_generation() {
        let (_d, p, writer) = wal_db();
        let f = WalIndex::open(&p).expect("open").expect("unix");
        let g0 = f.generation().expect("g");
        // Reads, by this or another connection, change nothing.
        assert_eq!(f.generation(), Some(g0));
        let reader = rusqlite::Connection::open(&p).expect("reader");
        let n: i64 = reader
            .query_row("SELECT COUNT(*) FROM t", [], |r| r.get(0))
            .expect("read");
        assert_eq!(n, 0);
        assert_eq!(f.generation(), Some(g0));
        // Each commit is seen, also by a connection opened after the watcher.
        writer.execute("INSERT INTO t VALUES ('x')", []).expect("w");
        let g1 = f.generation().expect("g");
        assert!(g1 > g0);
        assert_eq!(f.generation(), Some(g1));
        reader.execute("INSERT INTO t VALUES ('y')", []).expect("w");
        assert!(f.generation().expect("g") > g1);
        // A checkpoint that restarts the WAL, then a commit.
        writer
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .expect("checkpoint");
        let g2 = f.generation().expect("g");
        writer.execute("INSERT INTO t VALUES ('z')", []).expect("w");
        assert!(f.generation().expect("g") > g2);
        // A rolled-back transaction commits nothing.
        let g3 = f.generation().expect("g");
        writer
            .execute_batch("BEGIN; INSERT INTO t VALUES ('r'); ROLLBACK;")
            .expect("rollback");
        assert_eq!(f.generation(), Some(g3));
    }

    #[test]
    fn commits_give_no_generation_while_not_listening_and_a_new_one_after() {
        let c = Commits::default();
        assert_eq!(c.generation(), None, "not listening yet");
        c.committed();
        assert_eq!(c.generation(), None);
        c.set_listening(true);
        let g0 = c.generation().expect("listening");
        assert_eq!(c.generation(), Some(g0), "nothing heard");
        c.committed();
        let g1 = c.generation().expect("listening");
        assert_ne!(g1, g0);
        // Down, then back: what was read before is not served again.
        c.set_listening(false);
        assert_eq!(c.generation(), None);
        c.set_listening(true);
        assert!(c.generation().is_some_and(|g| g != g1 && g != g0));
        // Its own notifications were counted when its commits returned.
        let g2 = c.generation();
        c.heard(c.origin());
        assert_eq!(c.generation(), g2);
        c.heard("another replica");
        assert_ne!(c.generation(), g2);
        // Entries follow the generation.
        let cache = ReadCache::new(Freshness::Commits(Arc::new(Commits::default())), 1 << 20);
        assert_eq!(cache.seen(), None, "nothing cached while not listening");
    }

    #[test]
    fn refuses_a_database_not_in_wal_mode() {
        let d = tempfile::tempdir().expect("tempdir");
        let p = d.path().join("t.db");
        let c = rusqlite::Connection::open(&p).expect("open");
        c.execute_batch("CREATE TABLE schema_version (version BIGINT);")
            .expect("schema");
        assert!(WalIndex::open(&p).is_err());
    }

    fn wal(p: &Path) -> Freshness {
        Freshness::Wal(WalIndex::open(p).expect("open").expect("unix"))
    }

    fn user(id: &str, json: &str) -> RenderedUser {
        RenderedUser {
            id: id.into(),
            version: 1,
            json: json.into(),
        }
    }

    #[test]
    fn entries_are_served_only_at_the_generation_they_were_read_at() {
        let (_d, p, writer) = wal_db();
        let c = ReadCache::new(wal(&p), 1 << 20);
        let at = c.seen().expect("seen");
        c.put_user(at, "org", user("u1", "{}"));
        assert_eq!(c.user(at, "org", "u1"), Some(user("u1", "{}")));
        assert_eq!(c.user(at, "other", "u1"), None, "keyed by org");
        assert_eq!(c.user(at, "org", "u2"), None);
        let path = AttrPath::new("userName");
        let k = PageKeyRef {
            org: "org",
            path: &path,
            value: "a@b",
            start_index: 1,
            count: 100,
        };
        c.put_page(at, &k, Arc::new((0, vec![])));
        assert!(c.page(at, &k).is_some());
        let other = PageKeyRef { count: 10, ..k };
        assert!(c.page(at, &other).is_none(), "keyed by count");
        c.put_key(at, [1; 32], principal());
        assert_eq!(c.key(at, &[1; 32]), Some(principal()));
        assert_eq!(c.key(at, &[2; 32]), None);
        // A commit anywhere makes every entry stale.
        writer.execute("INSERT INTO t VALUES ('x')", []).expect("w");
        let now = c.seen().expect("seen");
        assert_ne!(now, at);
        assert_eq!(c.user(now, "org", "u1"), None);
        assert!(c.page(now, &k).is_none());
        assert_eq!(c.key(now, &[1; 32]), None);
        assert_eq!(c.stats(), ReadCacheStats { hits: 3, misses: 7 });
    }

    #[test]
    fn a_huge_budget_is_not_reserved_up_front() {
        let (_d, p, _w) = wal_db();
        let c = ReadCache::new(wal(&p), u64::MAX);
        let at = c.seen().expect("seen");
        c.put_user(at, "org", user("u1", "{}"));
        assert_eq!(c.user(at, "org", "u1"), Some(user("u1", "{}")));
    }

    fn principal() -> Principal {
        Principal {
            admin: crate::admin::Admin {
                id: "a".into(),
                org_id: Some("o".into()),
                email: "a@o".into(),
                kind: crate::admin::AdminKind::Tenant,
                role: crate::admin::AdminRole::Admin,
                display_name: None,
                service_account: false,
                enabled: true,
            },
        }
    }
}
