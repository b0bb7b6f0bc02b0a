//! Local account operations on the account tables, with the rules that
//! keep the agent from damaging a system: it never touches a system
//! account (uid below [`FIRST_USER_UID`], or a name in
//! `username_rules::RESERVED`, the names the directory never assigns), never reuses
//! a name or uid that belongs to someone else, and locks by prefixing the
//! hash with `!` (as `usermod -L` and `passwd -l` do) so that unlocking
//! gives back the same password.
//!
//! Pure: the tables are read and written by [`crate::files::AccountFiles`].

use crate::error::{AgentError, Result};
use crate::etc::{shadow, PasswdEntry, Table};

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
pub fn ensure(
    want: &Account,
    passwd: &mut Table,
    shadow: &mut Table,
    group: &mut Table,
    today: u64,
) -> Result<Ensured> {
    check_manageable(&want.name, want.uid)?;
    let existing = PasswdEntry::read(passwd, &want.name)?;
    if let Some(e) = &existing {
        if e.uid != want.uid {
            return Err(AgentError::Refused(format!(
                "a local account '{}' exists with uid {}, not {}",
                want.name, e.uid, want.uid
            )));
        }
    }
    // One pass over the file: another entry whose uid field is this uid.
    let uid_owner = passwd.entries().find_map(|f| {
        let uid = f.get(2).and_then(|u| u.parse::<u32>().ok());
        (f[0] != want.name && uid == Some(want.uid)).then(|| f[0].to_string())
    });
    if let Some(other) = uid_owner {
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
    entry.write(passwd)?;
    if !shadow.contains(&want.name) {
        let day = today.to_string();
        shadow.upsert(&[&want.name, "!", &day, "0", "99999", "7", "", "", ""])?;
    }
    if !group.contains(&want.name) {
        let gid = want.gid.to_string();
        group.upsert(&[&want.name, "x", &gid, ""])?;
    }
    Ok(match existing {
        None => Ensured::Created,
        Some(_) => Ensured::Present,
    })
}

/// Sets an account's password hash (a crypt string such as sha512-crypt's
/// `$6$...`), keeping it locked if it was; `today` is days since the epoch.
pub fn set_hash(shadow: &mut Table, name: &str, hash: &str, today: u64) -> Result<()> {
    if hash.is_empty() || hash.starts_with('!') || hash.starts_with('*') {
        return Err(AgentError::Refused(format!(
            "'{hash}' is not a password hash"
        )));
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

    fn tables() -> (Table, Table, Table) {
        (
            Table::parse(Kind::Passwd, PASSWD),
            Table::parse(Kind::Shadow, SHADOW),
            Table::parse(Kind::Group, GROUP),
        )
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
        let (mut p, mut s, mut g) = tables();
        assert_eq!(
            ensure(&bob(), &mut p, &mut s, &mut g, 19500).expect("ok"),
            Ensured::Created
        );
        assert!(p
            .render()
            .ends_with("bob:x:1001:1001:Bob B:/home/bob:/bin/bash\n"));
        assert!(s.render().ends_with("bob:!:19500:0:99999:7:::\n"));
        assert!(g.render().ends_with("bob:x:1001:\n"));
        // Again: present, nothing doubled.
        assert_eq!(
            ensure(&bob(), &mut p, &mut s, &mut g, 19501).expect("ok"),
            Ensured::Present
        );
        assert_eq!(p.names().filter(|n| *n == "bob").count(), 1);
        assert!(
            s.render().ends_with("bob:!:19500:0:99999:7:::\n"),
            "shadow kept"
        );
    }

    #[test]
    fn system_accounts_and_clashes_are_refused() {
        let (mut p, mut s, mut g) = tables();
        let (p0, s0, g0) = (p.clone(), s.clone(), g.clone());
        let mut root = bob();
        root.name = "root".into();
        assert!(ensure(&root, &mut p, &mut s, &mut g, 1).is_err());
        let mut low = bob();
        low.uid = 999;
        assert!(ensure(&low, &mut p, &mut s, &mut g, 1).is_err());
        let mut same_name = bob();
        same_name.name = "ann".into();
        let e = ensure(&same_name, &mut p, &mut s, &mut g, 1).expect_err("uid differs");
        assert!(e.to_string().contains("uid 1000, not 1001"), "{e}");
        let mut same_uid = bob();
        same_uid.uid = 1000;
        let e = ensure(&same_uid, &mut p, &mut s, &mut g, 1).expect_err("uid taken");
        assert!(
            e.to_string().contains("belongs to the local account 'ann'"),
            "{e}"
        );
        assert_eq!((p, s, g), (p0, s0, g0), "nothing changed");
    }

    #[test]
    fn lock_keeps_the_hash_and_unlock_gives_it_back() {
        let (_, mut s, _) = tables();
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
