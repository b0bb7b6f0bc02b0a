//! Changing a system's account files safely, as shadow-utils does
//! (`lib/commonio.c`):
//!
//! 1. Lock: an exclusive `fcntl` lock on `ROOT/etc/.pwd.lock`, the lock
//!    glibc's `lckpwdf(3)` and shadow-utils' tools (`useradd`, `passwd`,
//!    `chpasswd`) take, so the agent and they never interleave.
//! 2. Write each changed file as `NAME+` next to it, with the original's
//!    owner and mode, and `fsync` it.
//! 3. Keep the previous version as `NAME-` (the backup `pwck` and admins
//!    know), written the same way.
//! 4. `rename` `NAME+` over `NAME` and `fsync` the directory.
//!
//! A crash at any point leaves each file either as it was or as it is meant
//! to be, never half-written; a leftover `NAME+` is overwritten next time.

use std::fs::{self, File, OpenOptions, Permissions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rustix::fs::FlockOperation;

use crate::error::{AgentError, Result};
use crate::etc::{Kind, Table};

/// The account files of a system image rooted at `root` (`/` for the
/// running system), held locked for as long as this lives.
#[derive(Debug)]
pub struct AccountFiles {
    etc: PathBuf,
    /// The locked `.pwd.lock`; the lock is released when it is closed.
    _lock: File,
    /// Serialises this process's own writers: a POSIX record lock is the
    /// process's, so a second thread would be granted it again.
    _in_process: MutexGuard<'static, ()>,
}

/// See [`AccountFiles::_in_process`].
static IN_PROCESS: Mutex<()> = Mutex::new(());

impl AccountFiles {
    /// Locks the account files of the system at `root`, waiting for another
    /// writer (a shadow-utils tool, another agent) to finish.
    pub fn lock(root: &Path) -> Result<AccountFiles> {
        // A thread that panicked while holding it left no file half-written
        // (see the module documentation): the lock is still good.
        let in_process = IN_PROCESS.lock().unwrap_or_else(|p| p.into_inner());
        let etc = root.join("etc");
        let path = etc.join(".pwd.lock");
        let lock = open_lock_file(&path)?;
        rustix::fs::fcntl_lock(&lock, FlockOperation::LockExclusive)
            .map_err(|e| AgentError::io(&path, "lock", e.into()))?;
        Ok(AccountFiles {
            etc,
            _lock: lock,
            _in_process: in_process,
        })
    }

    /// The path of one database.
    pub fn path(&self, kind: Kind) -> PathBuf {
        self.etc.join(kind.file_name())
    }

    /// Reads one database (an absent file reads as empty).
    pub fn read(&self, kind: Kind) -> Result<Table> {
        let path = self.path(kind);
        match fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8(bytes).map_err(|_| AgentError::Field {
                    file: kind.file_name(),
                    reason: "the file is not UTF-8 text; it is left as it is".into(),
                })?;
                Ok(Table::parse(kind, &text))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Table::new(kind)),
            Err(e) => Err(AgentError::io(&path, "read", e)),
        }
    }

    /// Replaces one database with `table`, keeping the previous text as the
    /// backup (`NAME-`). Nothing is written when the text is unchanged.
    pub fn write(&self, table: &Table) -> Result<()> {
        let kind = table.kind();
        let path = self.path(kind);
        let new_text = table.render();
        // The text, owner and mode from one open file (not two lookups
        // of the path, between which it could be replaced).
        let (old_text, owner, mode) = match File::open(&path) {
            Ok(mut f) => {
                let meta = f
                    .metadata()
                    .map_err(|e| AgentError::io(&path, "inspect", e))?;
                let mut old = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut old)
                    .map_err(|e| AgentError::io(&path, "read", e))?;
                (
                    Some(old),
                    Some((meta.uid(), meta.gid())),
                    meta.mode() & 0o7777,
                )
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (None, None, default_mode(kind)),
            Err(e) => return Err(AgentError::io(&path, "read", e)),
        };
        if old_text.as_deref() == Some(new_text.as_bytes()) {
            return Ok(());
        }
        if let Some(old) = &old_text {
            // Written in place, as shadow-utils does: a crash while writing
            // it leaves a short backup, never a short database.
            write_durably(&sibling(&path, '-'), old, owner, mode)?;
        }
        let next = sibling(&path, '+');
        write_durably(&next, new_text.as_bytes(), owner, mode)?;
        fs::rename(&next, &path).map_err(|e| AgentError::io(&path, "replace", e))?;
        sync_dir(&self.etc)
    }
}

/// Opens (creating, mode 0600, never truncating) a file that exists to be locked.
pub(crate) fn open_lock_file(path: &Path) -> Result<File> {
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| AgentError::io(path, "open the lock file", e))
}

/// The mode a database is created with when it does not exist yet.
fn default_mode(kind: Kind) -> u32 {
    match kind {
        Kind::Passwd | Kind::Group => 0o644,
        Kind::Shadow | Kind::Gshadow => 0o640,
    }
}

/// `path` with `suffix` appended to its file name (`passwd+`, `passwd-`).
fn sibling(path: &Path, suffix: char) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(suffix.to_string());
    path.with_file_name(name)
}

/// Writes `bytes` to `path` (replacing any leftover) with the given owner
/// and mode, and flushes it to disk. The mode is set before any byte is
/// written, so a secret file is never readable by others, not even briefly.
fn write_durably(path: &Path, bytes: &[u8], owner: Option<(u32, u32)>, mode: u32) -> Result<()> {
    // A leftover from an interrupted run is replaced, not appended to.
    match fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(AgentError::io(path, "remove a leftover", e)),
    }
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode & 0o600)
        .open(path)
        .map_err(|e| AgentError::io(path, "create", e))?;
    if let Some((uid, gid)) = owner {
        std::os::unix::fs::fchown(&f, Some(uid), Some(gid))
            .map_err(|e| AgentError::io(path, "set the owner of", e))?;
    }
    f.set_permissions(Permissions::from_mode(mode))
        .map_err(|e| AgentError::io(path, "set the mode of", e))?;
    f.write_all(bytes)
        .map_err(|e| AgentError::io(path, "write", e))?;
    f.sync_all().map_err(|e| AgentError::io(path, "flush", e))
}

/// Flushes a directory's entries (the renames in it) to disk.
fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| AgentError::io(dir, "flush", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root_with(files: &[(&str, &str, u32)]) -> tempfile::TempDir {
        let root = tempfile::tempdir().expect("tmp");
        fs::create_dir(root.path().join("etc")).expect("etc");
        for (name, text, mode) in files {
            let p = root.path().join("etc").join(name);
            fs::write(&p, text).expect("write");
            fs::set_permissions(&p, Permissions::from_mode(*mode)).expect("mode");
        }
        root
    }

    #[test]
    fn a_write_keeps_mode_owner_and_a_backup() {
        let root = root_with(&[
            ("passwd", "root:x:0:0:root:/root:/bin/bash\n", 0o644),
            ("shadow", "root:*:19000:0:99999:7:::\n", 0o640),
        ]);
        let files = AccountFiles::lock(root.path()).expect("lock");
        let mut shadow = files.read(Kind::Shadow).expect("read");
        shadow
            .upsert(&[
                "ann",
                "$6$salt$hash",
                "19001",
                "0",
                "99999",
                "7",
                "",
                "",
                "",
            ])
            .expect("valid");
        files.write(&shadow).expect("write");
        let etc = root.path().join("etc");
        let text = fs::read_to_string(etc.join("shadow")).expect("new");
        assert_eq!(
            text,
            "root:*:19000:0:99999:7:::\nann:$6$salt$hash:19001:0:99999:7:::\n"
        );
        assert_eq!(
            fs::read_to_string(etc.join("shadow-")).expect("backup"),
            "root:*:19000:0:99999:7:::\n"
        );
        for name in ["shadow", "shadow-"] {
            let m = fs::metadata(etc.join(name)).expect("meta");
            assert_eq!(m.mode() & 0o7777, 0o640, "{name}");
        }
        assert!(!etc.join("shadow+").exists(), "no temporary file is left");
        // Writing the same text again changes nothing, not even the backup.
        files.write(&shadow).expect("same");
        assert_eq!(
            fs::read_to_string(etc.join("shadow-")).expect("backup"),
            "root:*:19000:0:99999:7:::\n"
        );
    }

    #[test]
    fn a_leftover_temporary_file_is_replaced() {
        let root = root_with(&[
            ("group", "root:x:0:\n", 0o644),
            ("group+", "garbage", 0o666),
        ]);
        let files = AccountFiles::lock(root.path()).expect("lock");
        let mut g = files.read(Kind::Group).expect("read");
        g.upsert(&["staff", "x", "1000", "ann"]).expect("valid");
        files.write(&g).expect("write");
        let etc = root.path().join("etc");
        assert_eq!(
            fs::read_to_string(etc.join("group")).expect("group"),
            "root:x:0:\nstaff:x:1000:ann\n"
        );
        assert!(!etc.join("group+").exists());
    }

    /// The lock is the one `lckpwdf(3)` takes: an `fcntl` write lock on
    /// `.pwd.lock`, here held by another process (Python's `lockf`, which
    /// is the same call).
    #[test]
    fn the_lock_excludes_other_processes_lckpwdf_style() {
        let root = root_with(&[("passwd", "", 0o644)]);
        let lock = root.path().join("etc/.pwd.lock");
        let mut holder = std::process::Command::new("python3")
            .args([
                "-c",
                "import fcntl, sys, time\n\
                 f = open(sys.argv[1], 'w')\n\
                 fcntl.lockf(f, fcntl.LOCK_EX)\n\
                 print('locked', flush=True)\n\
                 time.sleep(0.6)",
            ])
            .arg(&lock)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("python3");
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(holder.stdout.take().expect("stdout")),
            &mut line,
        )
        .expect("read");
        assert_eq!(line.trim(), "locked");
        let start = std::time::Instant::now();
        let files = AccountFiles::lock(root.path()).expect("lock");
        let waited = start.elapsed();
        assert!(
            waited >= std::time::Duration::from_millis(300),
            "got the lock after {waited:?} while another process held it"
        );
        drop(files);
        holder.wait().expect("wait");
    }

    #[test]
    fn a_second_writer_waits_for_the_first() {
        let root = root_with(&[("passwd", "", 0o644)]);
        let first = AccountFiles::lock(root.path()).expect("lock");
        let path = root.path().to_path_buf();
        let (tx, rx) = std::sync::mpsc::channel();
        let second = std::thread::spawn(move || {
            let files = AccountFiles::lock(&path).expect("lock");
            tx.send(()).expect("send");
            drop(files);
        });
        assert!(
            rx.recv_timeout(std::time::Duration::from_millis(300))
                .is_err(),
            "the second writer got the lock while the first held it"
        );
        drop(first);
        rx.recv_timeout(std::time::Duration::from_secs(10))
            .expect("the second writer got the lock once it was free");
        second.join().expect("thread");
    }
}
