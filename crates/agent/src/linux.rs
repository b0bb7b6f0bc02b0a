//! The Linux platform: the reconcile core's plans applied to a system
//! image's `/etc/passwd`, `/etc/shadow`, `/etc/group` and `/etc/gshadow`
//! (through [`crate::files::AccountFiles`]) and its home directories.
//!
//! One reconcile takes the `.pwd.lock` lock once, edits the four tables in
//! memory (an account whose edit fails is rolled back alone, the others
//! go on), makes the new homes, then replaces the files that changed.

use std::fs;
use std::os::unix::fs::{lchown, DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use agent_protocol::DeviceMaterial;
use sha2::{Digest, Sha256};

use crate::accounts::{self, Ensured, Tables, FIRST_USER_UID};
use crate::error::{AgentError, Result};
use crate::etc::{shadow, Kind, PasswdEntry};
use crate::files::AccountFiles;
use crate::reconcile::{
    AccountDone, Applied, GroupsDone, GroupsPlan, Local, LocalAccount, LocalGroup, LocalGroups,
    Plan, Platform,
};
use crate::sudoers;

/// The uid of `nobody`, which the agent never manages either.
const NOBODY: u32 = 65534;

/// The accounts of the Linux system rooted at `root` (`/`, or an image).
#[derive(Debug, Clone)]
pub struct Linux {
    root: PathBuf,
}

impl Linux {
    /// The system at `root`.
    pub fn new(root: impl Into<PathBuf>) -> Linux {
        Linux { root: root.into() }
    }

    /// `path` (absolute on the system) under the root.
    fn under_root(&self, path: &str) -> PathBuf {
        self.root.join(path.trim_start_matches('/'))
    }
}

/// The digest the core keeps of a hash to tell drift (never the hash).
pub fn hash_digest(hash: &str) -> String {
    hex::encode(Sha256::digest(hash.as_bytes()))
}

/// Days since the epoch, for shadow's "last change" field.
fn today() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400)
}

impl Platform for Linux {
    type Error = AgentError;

    fn inspect(&mut self) -> Result<Local> {
        let files = AccountFiles::lock(&self.root)?;
        let t = Tables::read(&files)?;
        let mut local = Local::new();
        for f in t.passwd.entries() {
            let Some(uid) = f.get(2).and_then(|u| u.parse::<u32>().ok()) else {
                continue;
            };
            let name = f[0];
            let hash = t
                .shadow
                .get(name)
                .and_then(|s| s.get(shadow::HASH).map(|h| h.to_string()))
                .unwrap_or_default();
            let locked = hash.starts_with('!') || hash.starts_with('*');
            let bare = hash.trim_start_matches('!');
            let system = uid < FIRST_USER_UID
                || uid == NOBODY
                || username_rules::RESERVED
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(name));
            local.insert(
                name.to_string(),
                LocalAccount {
                    uid,
                    hash_digest: (bare.starts_with('$')).then(|| hash_digest(bare)),
                    locked,
                    system,
                    entry: (f.len() >= 7).then(|| f[3..7].join(":")),
                },
            );
        }
        Ok(local)
    }

    fn apply(&mut self, plan: &Plan) -> Result<Vec<std::result::Result<AccountDone, String>>> {
        let files = AccountFiles::lock(&self.root)?;
        let mut t = Tables::read(&files)?;
        let day = today();
        let mut out = Vec::with_capacity(plan.accounts.len());
        let mut homes = Vec::new();
        for a in &plan.accounts {
            let before = t.clone();
            let homes_before = homes.len();
            match self.apply_one(a, &mut t, day, &mut homes) {
                Ok(done) => out.push(Ok(AccountDone {
                    changed: t != before,
                    ..done
                })),
                Err(e) => {
                    t = before;
                    homes.truncate(homes_before);
                    out.push(Err(e.to_string()));
                }
            }
        }
        for r in &plan.releases {
            // An account already gone, or never made, has nothing to release.
            let result = if r.remove {
                accounts::remove(&mut t, &r.username)
            } else if t.shadow.contains(&r.username) {
                accounts::lock(&mut t.shadow, &r.username)
            } else {
                Ok(())
            };
            if let Err(e) = result {
                // Releases are not reported per account; the next reconcile
                // tries again.
                tracing::warn!(account = %r.username, error = %e, "could not release an unbound account");
            }
        }
        // Homes before the entries that name them, so an account never
        // points at a home that is not there.
        for (home, uid, gid) in homes {
            self.make_home(&home, uid, gid)?;
        }
        t.write(&files)?;
        Ok(out)
    }

    fn inspect_groups(&mut self) -> Result<(LocalGroups, Vec<String>)> {
        let files = AccountFiles::lock(&self.root)?;
        let group = files.read(Kind::Group)?;
        let mut local = LocalGroups::new();
        for f in group.entries() {
            let Some(gid) = f.get(2).and_then(|g| g.parse::<u32>().ok()) else {
                continue;
            };
            let members = f
                .get(3)
                .map(|m| {
                    m.split(',')
                        .filter(|x| !x.is_empty())
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            local.insert(f[0].to_string(), LocalGroup { gid, members });
        }
        let path = self.under_root(sudoers::DROP_IN);
        let admins = match fs::read_to_string(&path) {
            Ok(text) => sudoers::parse(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(AgentError::io(&path, "read", e)),
        };
        Ok((local, admins))
    }

    fn apply_groups(&mut self, plan: &GroupsPlan) -> Result<GroupsDone> {
        let mut done = GroupsDone::default();
        if !plan.groups.is_empty() || !plan.removals.is_empty() {
            let files = AccountFiles::lock(&self.root)?;
            let mut t = Tables::read(&files)?;
            for (name, gid) in &plan.removals {
                let ours = t
                    .group
                    .get(name)
                    .is_some_and(|f| f.get(2) == Some(&gid.to_string().as_str()));
                if ours && *gid >= FIRST_USER_UID {
                    t.group.remove(name);
                    t.gshadow.remove(name);
                }
            }
            for g in &plan.groups {
                let before = (t.group.clone(), t.gshadow.clone());
                if let Err(e) = set_group(&mut t, g) {
                    (t.group, t.gshadow) = before;
                    done.failed.push((g.group_id.clone(), e.to_string()));
                }
            }
            t.write(&files)?;
        }
        if let Some(admins) = &plan.admins {
            if let Err(e) = self.write_sudoers(admins) {
                done.admins_failed = Some(e.to_string());
            }
        }
        Ok(done)
    }
}

/// Makes a managed group exactly as planned, in `/etc/group` and
/// `/etc/gshadow`.
fn set_group(t: &mut Tables, g: &crate::reconcile::GroupPlan) -> Result<()> {
    if g.gid < FIRST_USER_UID || g.gid == NOBODY {
        return Err(AgentError::Refused(format!(
            "gid {} is a system group's; the agent never manages it",
            g.gid
        )));
    }
    let members = g.members.join(",");
    t.group
        .upsert(&[&g.name, "x", &g.gid.to_string(), &members])?;
    t.gshadow.upsert(&[&g.name, "!", "", &members])?;
    Ok(())
}

impl Linux {
    /// Writes the admin drop-in (or removes it when no one is an admin):
    /// the new text is staged beside it, checked with the system's own
    /// `visudo -c`, and only then renamed over it; a text `visudo` refuses
    /// is never put in place.
    fn write_sudoers(&self, admins: &[String]) -> Result<()> {
        let path = self.under_root(sudoers::DROP_IN);
        if admins.is_empty() {
            return match fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(AgentError::io(&path, "remove", e))
                }
                _ => Ok(()),
            };
        }
        if !self.under_root("usr/sbin/visudo").exists() {
            return Err(AgentError::Refused(
                "sudo is not installed (no visudo to check the drop-in with)".into(),
            ));
        }
        let staged = self.under_root(sudoers::STAGED);
        let dir = staged.parent().unwrap_or(&self.root).to_path_buf();
        fs::create_dir_all(&dir).map_err(|e| AgentError::io(&dir, "create", e))?;
        {
            let mut f = fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o440)
                .open(&staged)
                .map_err(|e| AgentError::io(&staged, "create", e))?;
            std::io::Write::write_all(&mut f, sudoers::render(admins).as_bytes())
                .map_err(|e| AgentError::io(&staged, "write", e))?;
            f.sync_all()
                .map_err(|e| AgentError::io(&staged, "sync", e))?;
        }
        fs::set_permissions(&staged, fs::Permissions::from_mode(0o440))
            .map_err(|e| AgentError::io(&staged, "set the mode of", e))?;
        let inside = format!("/{}", sudoers::STAGED);
        let mut cmd = if self.root == Path::new("/") {
            std::process::Command::new("/usr/sbin/visudo")
        } else {
            // An image is checked by its own visudo, against its own files.
            let mut c = std::process::Command::new("chroot");
            c.arg(&self.root).arg("/usr/sbin/visudo");
            c
        };
        let out = cmd
            .args(["-c", "-q", "-f", &inside])
            .output()
            .map_err(|e| AgentError::io(Path::new("visudo"), "run", e))?;
        if !out.status.success() {
            let _ = fs::remove_file(&staged);
            let why = String::from_utf8_lossy(&out.stderr);
            let why = why.trim();
            return Err(AgentError::Refused(format!(
                "visudo -c refused the drop-in ({}): it was not put in place",
                if why.is_empty() {
                    "no reason given"
                } else {
                    why
                }
            )));
        }
        fs::rename(&staged, &path).map_err(|e| AgentError::io(&path, "replace", e))?;
        fs::File::open(&dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| AgentError::io(&dir, "sync", e))
    }

    fn apply_one(
        &self,
        a: &crate::reconcile::AccountPlan,
        t: &mut Tables,
        day: u64,
        homes: &mut Vec<(String, u32, u32)>,
    ) -> Result<AccountDone> {
        if let Some(entry) = &a.entry {
            if accounts::ensure(entry, t, day)? == Ensured::Created {
                homes.push((entry.home.clone(), entry.uid, entry.gid));
            }
        } else if PasswdEntry::read(&t.passwd, &a.username)?.is_none() {
            return Err(AgentError::Refused(format!(
                "the taken-over account '{}' is gone from /etc/passwd",
                a.username
            )));
        } else if !t.shadow.contains(&a.username) {
            // A taken-over account without a shadow entry gets one, locked.
            let d = day.to_string();
            t.shadow
                .upsert(&[&a.username, "!", &d, "0", "99999", "7", "", "", ""])?;
        }
        let mut done = AccountDone {
            changed: false,
            password: None,
            hash_digest: None,
        };
        if let Some((_, material)) = &a.password {
            let DeviceMaterial::Sha512Crypt { shadow } = material else {
                return Err(AgentError::Refused(
                    "the directory sent material for another platform to this Linux device".into(),
                ));
            };
            let hash = shadow.expose_shadow();
            if !hash.starts_with('$') {
                return Err(AgentError::Refused(
                    "the material is not a crypt(3) hash".into(),
                ));
            }
            accounts::set_hash(&mut t.shadow, &a.username, hash, day)?;
            done.password = Some(Applied::Done {
                credential_manager_cleared: false,
            });
            done.hash_digest = Some(hash_digest(hash));
        }
        let has_password = t
            .shadow
            .get(&a.username)
            .and_then(|f| {
                f.get(shadow::HASH)
                    .map(|h| h.trim_start_matches('!').starts_with('$'))
            })
            .unwrap_or(false);
        if a.locked || !has_password {
            // Without a password the account stays locked: unlocking an
            // empty hash would let anyone in where PAM allows `nullok`.
            accounts::lock(&mut t.shadow, &a.username)?;
        } else {
            accounts::unlock(&mut t.shadow, &a.username)?;
        }
        Ok(done)
    }

    /// Makes a home from the image's `/etc/skel`, owned by the account; an
    /// existing directory is left as it is.
    fn make_home(&self, home: &str, uid: u32, gid: u32) -> Result<()> {
        let path = self.under_root(home);
        if path.exists() {
            return Ok(());
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| AgentError::io(parent, "create", e))?;
        }
        // Built under a temporary name and renamed, so a crash never leaves
        // a half-copied home that a later run would take as made.
        let tmp = path.with_file_name(format!(
            ".{}.agent-new",
            path.file_name().and_then(|n| n.to_str()).unwrap_or("home")
        ));
        if tmp.exists() {
            fs::remove_dir_all(&tmp).map_err(|e| AgentError::io(&tmp, "remove a leftover", e))?;
        }
        fs::DirBuilder::new()
            .mode(0o700)
            .create(&tmp)
            .map_err(|e| AgentError::io(&tmp, "create", e))?;
        copy_tree(&self.under_root("/etc/skel"), &tmp, uid, gid)?;
        lchown(&tmp, Some(uid), Some(gid))
            .map_err(|e| AgentError::io(&tmp, "set the owner of", e))?;
        fs::set_permissions(&tmp, fs::Permissions::from_mode(0o700))
            .map_err(|e| AgentError::io(&tmp, "set the mode of", e))?;
        fs::rename(&tmp, &path).map_err(|e| AgentError::io(&path, "create", e))
    }
}

/// Copies `from` into `to` (files, directories and symlinks, modes kept),
/// everything owned by `uid:gid`. A missing `from` copies nothing.
fn copy_tree(from: &Path, to: &Path, uid: u32, gid: u32) -> Result<()> {
    let entries = match fs::read_dir(from) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(AgentError::io(from, "read", e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| AgentError::io(from, "read", e))?;
        let src = entry.path();
        let dst = to.join(entry.file_name());
        let meta = fs::symlink_metadata(&src).map_err(|e| AgentError::io(&src, "inspect", e))?;
        if meta.file_type().is_symlink() {
            let target = fs::read_link(&src).map_err(|e| AgentError::io(&src, "read", e))?;
            std::os::unix::fs::symlink(target, &dst)
                .map_err(|e| AgentError::io(&dst, "create", e))?;
        } else if meta.is_dir() {
            fs::create_dir(&dst).map_err(|e| AgentError::io(&dst, "create", e))?;
            copy_tree(&src, &dst, uid, gid)?;
            fs::set_permissions(&dst, meta.permissions())
                .map_err(|e| AgentError::io(&dst, "set the mode of", e))?;
        } else if meta.is_file() {
            fs::copy(&src, &dst).map_err(|e| AgentError::io(&dst, "copy", e))?;
        } else {
            // Devices, sockets and fifos have no place in a skeleton.
            continue;
        }
        lchown(&dst, Some(uid), Some(gid))
            .map_err(|e| AgentError::io(&dst, "set the owner of", e))?;
    }
    Ok(())
}
