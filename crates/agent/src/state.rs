//! The agent's state directory: the device credential (mode 0600), the
//! enrolment (server and device id), and the reconcile [`Memory`], each
//! replaced whole (written beside, flushed, renamed) so a crash never
//! leaves half of one.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{AgentError, Result};
use crate::reconcile::Memory;

/// Where the device is enrolled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enrolment {
    /// The server's base URL.
    pub server: String,
    /// The device's id.
    pub device_id: String,
    /// The device's name.
    pub name: String,
}

/// The state directory, held exclusively: a second agent on the same
/// directory would apply and report from a memory the first one overwrites.
#[derive(Debug)]
pub struct StateDir {
    dir: PathBuf,
    /// `agent.lock`, flock(2)ed for as long as this lives.
    _lock: File,
}

const CREDENTIAL: &str = "credential";
const ENROLMENT: &str = "enrolment.json";
const MEMORY: &str = "state.json";

impl StateDir {
    /// Opens (creating, mode 0700) the state directory.
    pub fn open(dir: impl Into<PathBuf>) -> Result<StateDir> {
        let dir = dir.into();
        if !dir.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(&dir)
                .map_err(|e| AgentError::io(&dir, "create", e))?;
        }
        let path = dir.join("agent.lock");
        let lock = crate::files::open_lock_file(&path)?;
        rustix::fs::flock(&lock, rustix::fs::FlockOperation::NonBlockingLockExclusive).map_err(
            |_| {
                AgentError::State(format!(
                    "another directory-agent is using {}; stop it first",
                    dir.display()
                ))
            },
        )?;
        Ok(StateDir { dir, _lock: lock })
    }

    /// Stores the enrolment and the credential (the credential mode 0600).
    pub fn save_enrolment(&self, e: &Enrolment, credential: &str) -> Result<()> {
        replace(&self.dir.join(CREDENTIAL), credential.as_bytes(), 0o600)?;
        let text = serde_json::to_vec_pretty(e).map_err(|e| AgentError::State(e.to_string()))?;
        replace(&self.dir.join(ENROLMENT), &text, 0o600)
    }

    /// The enrolment and credential, or an error that says to enrol first.
    pub fn enrolment(&self) -> Result<(Enrolment, Zeroizing<String>)> {
        let path = self.dir.join(ENROLMENT);
        let text = match fs::read(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(AgentError::State(format!(
                    "this device is not enrolled ({} is missing): run `directory-agent enroll --server URL --token TOKEN` first",
                    path.display()
                )))
            }
            Err(e) => return Err(AgentError::io(&path, "read", e)),
        };
        let e: Enrolment = serde_json::from_slice(&text)
            .map_err(|e| AgentError::State(format!("{}: {e}", path.display())))?;
        let cpath = self.dir.join(CREDENTIAL);
        let cred = Zeroizing::new(
            fs::read_to_string(&cpath).map_err(|e| AgentError::io(&cpath, "read", e))?,
        );
        Ok((e, Zeroizing::new(cred.trim().to_string())))
    }

    /// The reconcile memory (empty before the first reconcile).
    pub fn memory(&self) -> Result<Memory> {
        let path = self.dir.join(MEMORY);
        match fs::read(&path) {
            Ok(t) => serde_json::from_slice(&t).map_err(|e| {
                AgentError::State(format!(
                    "{}: {e} (move it aside to start over: the agent then re-reads the desired state)",
                    path.display()
                ))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Memory::default()),
            Err(e) => Err(AgentError::io(&path, "read", e)),
        }
    }

    /// Replaces the reconcile memory.
    pub fn save_memory(&self, m: &Memory) -> Result<()> {
        let text = serde_json::to_vec(m).map_err(|e| AgentError::State(e.to_string()))?;
        replace(&self.dir.join(MEMORY), &text, 0o600)
    }
}

/// Writes `bytes` beside `path`, flushes, and renames it into place.
fn replace(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    let tmp = path.with_extension("new");
    let _ = fs::remove_file(&tmp);
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(&tmp)
        .map_err(|e| AgentError::io(&tmp, "create", e))?;
    f.write_all(bytes)
        .map_err(|e| AgentError::io(&tmp, "write", e))?;
    f.sync_all().map_err(|e| AgentError::io(&tmp, "flush", e))?;
    fs::rename(&tmp, path).map_err(|e| AgentError::io(path, "replace", e))?;
    if let Some(dir) = path.parent() {
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| AgentError::io(dir, "flush", e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn the_credential_is_private_and_round_trips() {
        let d = tempfile::tempdir().expect("tmp");
        let s = StateDir::open(d.path().join("state")).expect("open");
        let e = StateDir::open(d.path().join("state")).expect_err("held");
        assert!(e.to_string().contains("another directory-agent"), "{e}");
        let e = s.enrolment().expect_err("not enrolled");
        assert!(e.to_string().contains("directory-agent enroll"), "{e}");
        let en = Enrolment {
            server: "https://dir.example".into(),
            device_id: "d1".into(),
            name: "host".into(),
        };
        s.save_enrolment(&en, "dv_secret").expect("save");
        let mode = fs::metadata(d.path().join("state/credential"))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let (back, cred) = s.enrolment().expect("read");
        assert_eq!((back, cred.as_str()), (en, "dv_secret"));
        let mut m = s.memory().expect("empty");
        m.cursor = 7;
        s.save_memory(&m).expect("save");
        assert_eq!(s.memory().expect("read").cursor, 7);
        fs::write(d.path().join("state/state.json"), "{not json").expect("w");
        let e = s.memory().expect_err("corrupt");
        assert!(e.to_string().contains("move it aside"), "{e}");
    }
}
