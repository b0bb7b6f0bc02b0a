//! Local account operations on the account tables, with the rules that
//! keep the agent from damaging a system: it never touches a system
//! account (uid below [`FIRST_USER_UID`], or a name in
//! `username_rules::RESERVED`, the names the directory never assigns), never reuses
//! a name or uid that belongs to someone else, and locks by prefixing the
//! hash with `!` (as `usermod -L` and `passwd -l` do) so that unlocking
//! gives back the same password.
//!
//! Pure: the tables are read and written by [`crate::files::AccountFiles`]
//! ([`Tables::read`], [`Tables::write`]).

use crate::error::{AgentError, Result};
use crate::etc::{shadow, Kind, PasswdEntry, Table};
use crate::files::AccountFiles;

/// The four account databases, edited together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tables {
    /// `/etc/passwd`.
    pub passwd: Table,
    /// `/etc/shadow`.
    pub shadow: Table,
    /// `/etc/group`.
    pub group: Table,
    /// `/etc/gshadow`.
    pub gshadow: Table,
}

impl Tables {
    /// Reads all four from locked files.
    pub fn read(files: &AccountFiles) -> Result<Tables> {
        Ok(Tables {
            passwd: files.read(Kind::Passwd)?,
            shadow: files.read(Kind::Shadow)?,
            group: files.read(Kind::Group)?,
            gshadow: files.read(Kind::Gshadow)?,
        })
    }

    /// Writes back those that changed, each replaced whole (see
    /// [`AccountFiles::write`]). Groups first, so that a user's primary
    /// group exists before the user does; an interrupted run leaves each
    /// file whole, and the next run completes what it began.
    pub fn write(&self, files: &AccountFiles) -> Result<()> {
        files.write(&self.group)?;
        files.write(&self.gshadow)?;
        files.write(&self.shadow)?;
        files.write(&self.passwd)
    }
}

/// The first uid of a regular user (Debian's `FIRST_UID`): below it are
/// system accounts, which the agent never creates, changes or takes over.
pub const FIRST_USER_UID: u32 = 1000;

/// An account as the directory wants it on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Login name.
    pub name: String,
    /// User id (assigned by the directory, stable across renames).
    pub uid: u32,
    /// Primary group id.
    pub gid: u32,
    /// Full name (GECOS).
    pub full_name: String,
    /// Home directory.
    pub home: String,
    /// Login shell.
    pub shell: String,
}

/// What [`ensure`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ensured {
    /// The account was created (its home must be made next).
    Created,
    /// It existed as the directory wants it, or was brought in line.
    Present,
}

/// Refuses names and uids that belong to the system.
fn check_manageable(name: &str, uid: u32) -> Result<()> {
    let reserved = username_rules::RESERVED
        .iter()
        .any(|r| r.eq_ignore_ascii_case(name));
    if reserved || uid < FIRST_USER_UID {
        return Err(AgentError::Refused(format!(
            "'{name}' (uid {uid}) is a system account; the agent never manages it"
        )));
    }
    Ok(())
}

/// Makes `want` exist in the tables: creates it (passwd entry, a locked
/// shadow entry until a password arrives, a personal group with its gid),
/// or updates an existing entry with the same name and uid. An existing
/// entry with the same name and another uid, or another name with this
/// uid, is refused: taking an account over is the caller's decision.
pub fn ensure(want: &Account, t: &mut Tables, today: u64) -> Result<Ensured> {
    check_manageable(&want.name, want.uid)?;
    let existing = PasswdEntry::read(&t.passwd, &want.name)?;
    if let Some(e) = &existing {
        if e.uid != want.uid {
            return Err(AgentError::Refused(format!(
                "a local account '{}' exists with uid {}, not {}",
                want.name, e.uid, want.uid
            )));
        }
    }
    // One pass over the file: another entry whose uid field is this uid.
    if let Some(other) = uid_owner(&t.passwd, want.uid, &want.name) {
        return Err(AgentError::Refused(format!(
            "uid {} belongs to the local account '{other}'",
            want.uid
        )));
    }
    let entry = PasswdEntry {
        name: want.name.clone(),
        uid: want.uid,
        gid: want.gid,
        gecos: want.full_name.clone(),
        home: want.home.clone(),
        shell: want.shell.clone(),
    };
    entry.write(&mut t.passwd)?;
    if !t.shadow.contains(&want.name) {
        let day = today.to_string();
        t.shadow
            .upsert(&[&want.name, "!", &day, "0", "99999", "7", "", "", ""])?;
    }
    if !t.group.contains(&want.name) {
        let gid = want.gid.to_string();
        t.group.upsert(&[&want.name, "x", &gid, ""])?;
    }
    if !t.gshadow.contains(&want.name) {
        t.gshadow.upsert(&[&want.name, "!", "", ""])?;
    }
    Ok(match existing {
        None => Ensured::Created,
        Some(_) => Ensured::Present,
    })
}

/// The name of the account other than `name` whose uid is `uid`, if any.
pub fn uid_owner(passwd: &Table, uid: u32, name: &str) -> Option<String> {
    passwd.entries().find_map(|f| {
        let u = f.get(2).and_then(|u| u.parse::<u32>().ok());
        (f[0] != name && u == Some(uid)).then(|| f[0].to_string())
    })
}

/// Whether an existing local account may be taken over at all: never a
/// system account (uid below [`FIRST_USER_UID`] or a reserved name).
pub fn may_take_over(entry: &PasswdEntry) -> Result<()> {
    check_manageable(&entry.name, entry.uid)
}

/// Removes an account's entries (passwd, shadow, and its personal group if
/// no one else uses it as theirs). Its home directory is left alone.
pub fn remove(t: &mut Tables, name: &str) -> Result<()> {
    let Some(entry) = PasswdEntry::read(&t.passwd, name)? else {
        return Ok(());
    };
    check_manageable(name, entry.uid)?;
    t.passwd.remove(name);
    t.shadow.remove(name);
    let gid = entry.gid.to_string();
    let personal = t
        .group
        .get(name)
        .is_some_and(|g| g.get(2) == Some(&gid.as_str()));
    let used_by_others = t.passwd.entries().any(|f| f.get(3) == Some(&gid.as_str()));
    if personal && !used_by_others {
        t.group.remove(name);
        t.gshadow.remove(name);
    }
    Ok(())
}

/// Sets an account's password hash (a crypt string such as sha512-crypt's
/// `$6$...`), keeping it locked if it was; `today` is days since the epoch.
pub fn set_hash(shadow: &mut Table, name: &str, hash: &str, today: u64) -> Result<()> {
    if hash.is_empty() || hash.starts_with('!') || hash.starts_with('*') {
        // The value is not repeated: errors reach logs and the server.
        return Err(AgentError::Refused(
            "the value given is not a password hash (empty, or a lock mark)".into(),
        ));
    }
    let fields = shadow
        .get(name)
        .ok_or_else(|| AgentError::Refused(format!("'{name}' has no shadow entry")))?;
    let locked = fields.get(shadow::HASH).is_some_and(|h| h.starts_with('!'));
    let value = if locked {
        format!("!{hash}")
    } else {
        hash.to_string()
    };
    shadow.set_field(name, shadow::HASH, &value)?;
    shadow.set_field(name, shadow::LAST_CHANGE, &today.to_string())?;
    Ok(())
}

/// Locks an account: logins with its password are refused, the hash is kept.
pub fn lock(shadow: &mut Table, name: &str) -> Result<()> {
    let hash = current_hash(shadow, name)?;
    if !hash.starts_with('!') {
        shadow.set_field(name, shadow::HASH, &format!("!{hash}"))?;
    }
    Ok(())
}

/// Unlocks an account locked by [`lock`]: its password works again.
pub fn unlock(shadow: &mut Table, name: &str) -> Result<()> {
    let hash = current_hash(shadow, name)?;
    if let Some(rest) = hash.strip_prefix('!') {
        shadow.set_field(name, shadow::HASH, rest)?;
    }
    Ok(())
}

fn current_hash(shadow: &Table, name: &str) -> Result<String> {
    shadow
        .get(name)
        .and_then(|f| f.get(shadow::HASH).map(|h| h.to_string()))
        .ok_or_else(|| AgentError::Refused(format!("'{name}' has no shadow entry")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::etc::Kind;

    const PASSWD: &str =
        "root:x:0:0:root:/root:/bin/bash\nann:x:1000:1000:Ann:/home/ann:/bin/bash\n";
    const SHADOW: &str = "root:*:19000:0:99999:7:::\nann:$6$old$hash:19000:0:99999:7:::\n";
    const GROUP: &str = "root:x:0:\nann:x:1000:\n";

    fn tables() -> Tables {
        Tables {
            passwd: Table::parse(Kind::Passwd, PASSWD),
            shadow: Table::parse(Kind::Shadow, SHADOW),
            group: Table::parse(Kind::Group, GROUP),
            gshadow: Table::parse(Kind::Gshadow, "root:*::\nann:!::\n"),
        }
    }

    fn bob() -> Account {
        Account {
            name: "bob".into(),
            uid: 1001,
            gid: 1001,
            full_name: "Bob B".into(),
            home: "/home/bob".into(),
            shell: "/bin/bash".into(),
        }
    }

    #[test]
    fn a_new_account_starts_locked_with_its_group() {
        let mut t = tables();
        assert_eq!(ensure(&bob(), &mut t, 19500).expect("ok"), Ensured::Created);
        assert!(t
            .passwd
            .render()
            .ends_with("bob:x:1001:1001:Bob B:/home/bob:/bin/bash\n"));
        assert!(t.shadow.render().ends_with("bob:!:19500:0:99999:7:::\n"));
        assert!(t.group.render().ends_with("bob:x:1001:\n"));
        assert!(t.gshadow.render().ends_with("bob:!::\n"));
        // Again: present, nothing doubled.
        assert_eq!(ensure(&bob(), &mut t, 19501).expect("ok"), Ensured::Present);
        assert_eq!(t.passwd.names().filter(|n| *n == "bob").count(), 1);
        assert!(
            t.shadow.render().ends_with("bob:!:19500:0:99999:7:::\n"),
            "shadow kept"
        );
        // Removal takes the entries and the personal group, nothing else.
        remove(&mut t, "bob").expect("remove");
        assert_eq!(t, tables());
        assert!(remove(&mut t, "root").is_err(), "never a system account");
    }

    #[test]
    fn system_accounts_and_clashes_are_refused() {
        let mut t = tables();
        let t0 = t.clone();
        let mut root = bob();
        root.name = "root".into();
        assert!(ensure(&root, &mut t, 1).is_err());
        let mut low = bob();
        low.uid = 999;
        assert!(ensure(&low, &mut t, 1).is_err());
        let mut same_name = bob();
        same_name.name = "ann".into();
        let e = ensure(&same_name, &mut t, 1).expect_err("uid differs");
        assert!(e.to_string().contains("uid 1000, not 1001"), "{e}");
        let mut same_uid = bob();
        same_uid.uid = 1000;
        let e = ensure(&same_uid, &mut t, 1).expect_err("uid taken");
        assert!(
            e.to_string().contains("belongs to the local account 'ann'"),
            "{e}"
        );
        assert_eq!(t, t0, "nothing changed");
    }

    #[test]
    fn lock_keeps_the_hash_and_unlock_gives_it_back() {
        let mut s = tables().shadow;
        lock(&mut s, "ann").expect("lock");
        lock(&mut s, "ann").expect("twice");
        assert!(s.render().contains("ann:!$6$old$hash:"));
        // A new password while locked stays locked.
        set_hash(&mut s, "ann", "$6$new$hash", 19600).expect("set");
        assert!(s.render().contains("ann:!$6$new$hash:19600:"));
        unlock(&mut s, "ann").expect("unlock");
        assert!(s.render().contains("ann:$6$new$hash:19600:"));
        assert!(set_hash(&mut s, "ann", "!x", 1).is_err());
        assert!(set_hash(&mut s, "nobody", "$6$a$b", 1).is_err());
        assert!(
            set_hash(&mut s, "ann", "$6$a:b", 1).is_err(),
            "a colon is refused"
        );
    }
}
