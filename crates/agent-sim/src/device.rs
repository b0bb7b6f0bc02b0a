//! Simulated devices with local state that behaves like the real OS.
//!
//! - [`LinuxDevice`]: a shadow file; logins are checked with a real
//!   sha512-crypt verifier.
//! - [`WindowsDevice`]: local NT-hash logins and a credential manager that
//!   is cleared when the password is changed by a third party (Okta).
//! - [`MacDevice`]: the login hash (ShadowHashData), and FileVault/SecureToken
//!   and the keychain, each wrapped by a key derived from a password. A new
//!   hash from the directory changes the login password only; FileVault and
//!   the keychain are re-keyed when the user confirms with the new and the
//!   previous password. A wrong previous password leaves a new, empty keychain.

use std::collections::{BTreeMap, BTreeSet};

use password_sync::material::{self, MacShadowHash, NtHash, ShadowHash};
use password_sync::{DeviceMaterial, Platform};
use rand::RngCore;
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::SimError;

/// A secret wrapped by a key derived from a password (FileVault, keychain).
#[derive(Debug, Clone)]
pub struct Wrapped {
    salt: [u8; 16],
    check: [u8; 32],
}

impl Wrapped {
    /// Wraps with `password`.
    pub fn new(password: &str) -> Self {
        let mut salt = [0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        Wrapped {
            salt,
            check: Self::derive(password, &salt),
        }
    }

    fn derive(password: &str, salt: &[u8]) -> [u8; 32] {
        pbkdf2::pbkdf2_hmac_array::<Sha256, 32>(password.as_bytes(), salt, 1000)
    }

    /// Whether `password` unwraps it.
    pub fn opens_with(&self, password: &str) -> bool {
        Self::derive(password, &self.salt).ct_eq(&self.check).into()
    }

    /// Re-wraps from `old` to `new`; fails (unchanged) when `old` does not open it.
    pub fn rekey(&mut self, old: &str, new: &str) -> bool {
        if !self.opens_with(old) {
            return false;
        }
        *self = Wrapped::new(new);
        true
    }
}

/// A Linux device: `/etc/shadow`.
#[derive(Debug, Clone, Default)]
pub struct LinuxDevice {
    shadow: BTreeMap<String, String>,
    locked: BTreeSet<String>,
    access: LocalAccess,
}

/// A device's groups and admins (`/etc/group` and sudoers on Linux, local
/// groups and Administrators on Windows, the `admin` group on a Mac).
#[derive(Debug, Clone, Default)]
pub struct LocalAccess {
    /// The local groups, by name.
    pub groups: agent::reconcile::LocalGroups,
    /// The accounts with admin rights, sorted.
    pub admins: Vec<String>,
}

impl LinuxDevice {
    /// Creates a local account with a password (as set up before enrollment).
    pub fn add_user(&mut self, user: &str, password: &str) -> Result<(), SimError> {
        let h =
            material::sha512_crypt(password, 5000).map_err(|e| SimError::Device(e.to_string()))?;
        self.shadow
            .insert(user.to_string(), h.expose_shadow().to_string());
        Ok(())
    }
    /// Applies a shadow hash (like `chpasswd -e`).
    pub fn apply(&mut self, user: &str, shadow: &ShadowHash) {
        self.shadow
            .insert(user.to_string(), shadow.expose_shadow().to_string());
    }
    /// Whether `password` logs `user` in.
    pub fn login(&self, user: &str, password: &str) -> bool {
        !self.locked.contains(user)
            && self.shadow.get(user).is_some_and(|h| {
                material::verify_shadow(&ShadowHash::from_shadow(h.clone()), password)
            })
    }
}

/// A Windows device: local NT-hash logins and the credential manager.
#[derive(Debug, Clone, Default)]
pub struct WindowsDevice {
    nt: BTreeMap<String, NtHash>,
    /// Saved credentials per user (DPAPI-protected in reality).
    pub credential_manager: BTreeMap<String, Vec<String>>,
    locked: BTreeSet<String>,
    access: LocalAccess,
}

impl WindowsDevice {
    /// Creates a local account with a password and a saved credential.
    pub fn add_user(&mut self, user: &str, password: &str) {
        self.nt
            .insert(user.to_string(), material::nt_hash(password));
        self.credential_manager.insert(
            user.to_string(),
            vec![format!("wifi:{user}"), format!("share:{user}")],
        );
    }
    /// Applies an NT hash; the credential manager is cleared (seed, "Considerations").
    pub fn apply(&mut self, user: &str, hash: &NtHash) -> bool {
        self.nt.insert(user.to_string(), hash.clone());
        self.credential_manager.insert(user.to_string(), Vec::new());
        true
    }
    /// Whether `password` logs `user` in.
    pub fn login(&self, user: &str, password: &str) -> bool {
        !self.locked.contains(user) && self.nt.get(user).is_some_and(|h| h.verify(password))
    }
}

/// One macOS account.
#[derive(Debug, Clone)]
pub struct MacUser {
    login: MacShadowHash,
    /// FileVault / SecureToken.
    pub filevault: Wrapped,
    /// The login keychain.
    pub keychain: Wrapped,
    /// Items in the keychain (lost when it is reset).
    pub keychain_items: Vec<String>,
    /// A received version waiting for the user's confirmation.
    pub pending: Option<u64>,
}

/// What the user's confirmation achieved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmOutcome {
    /// Login, FileVault/SecureToken and keychain all use the new password.
    Synced,
    /// The previous password was wrong: a new, empty keychain was created.
    KeychainReset,
}

/// A Mac.
#[derive(Debug, Clone, Default)]
pub struct MacDevice {
    users: BTreeMap<String, MacUser>,
    locked: BTreeSet<String>,
    access: LocalAccess,
    /// After a cold boot FileVault is locked until a password unlocks it.
    pub filevault_locked: bool,
}

impl MacDevice {
    /// Creates an account whose login, FileVault and keychain use `password`.
    pub fn add_user(&mut self, user: &str, password: &str) -> Result<(), SimError> {
        let login = material::salted_sha512_pbkdf2(password, 20_000)
            .map_err(|e| SimError::Device(e.to_string()))?;
        self.users.insert(
            user.to_string(),
            MacUser {
                login,
                filevault: Wrapped::new(password),
                keychain: Wrapped::new(password),
                keychain_items: vec![format!("wifi:{user}"), format!("mail:{user}")],
                pending: None,
            },
        );
        Ok(())
    }

    /// The agent received a new hash: ShadowHashData is replaced (the login
    /// password only) and a notification asks the user to confirm.
    pub fn receive(
        &mut self,
        user: &str,
        version: u64,
        hash: &MacShadowHash,
    ) -> Result<(), SimError> {
        let u = self
            .users
            .get_mut(user)
            .ok_or_else(|| SimError::Device(format!("no local account {user}")))?;
        u.login = hash.clone();
        u.pending = Some(version);
        Ok(())
    }

    /// The user confirms with the new and the previous password.
    pub fn confirm(
        &mut self,
        user: &str,
        new: &str,
        previous: &str,
    ) -> Result<(u64, ConfirmOutcome), SimError> {
        let u = self
            .users
            .get_mut(user)
            .ok_or_else(|| SimError::Device(format!("no local account {user}")))?;
        let version = u
            .pending
            .ok_or_else(|| SimError::Device(format!("nothing to confirm for {user}")))?;
        if !u.login.verify(new) {
            return Err(SimError::Device(
                "the new password does not match the received hash".into(),
            ));
        }
        u.pending = None;
        let fv = u.filevault.rekey(previous, new);
        if fv && u.keychain.rekey(previous, new) {
            return Ok((version, ConfirmOutcome::Synced));
        }
        // The keychain cannot be unwrapped: macOS creates a new, empty one.
        u.keychain = Wrapped::new(new);
        u.keychain_items.clear();
        Ok((version, ConfirmOutcome::KeychainReset))
    }

    /// Cold boot: FileVault is locked and the network is down until unlocked.
    pub fn cold_boot(&mut self) {
        self.filevault_locked = true;
    }

    /// The FileVault prompt at boot: any account's FileVault password unlocks it.
    pub fn unlock_filevault(&mut self, password: &str) -> bool {
        let ok = self
            .users
            .values()
            .any(|u| u.filevault.opens_with(password));
        if ok {
            self.filevault_locked = false;
        }
        ok
    }

    /// Whether `password` opens `user`'s FileVault.
    pub fn filevault_opens(&self, user: &str, password: &str) -> bool {
        self.users
            .get(user)
            .is_some_and(|u| u.filevault.opens_with(password))
    }

    /// Whether `password` opens `user`'s keychain, and its item count.
    pub fn keychain(&self, user: &str, password: &str) -> (bool, usize) {
        self.users.get(user).map_or((false, 0), |u| {
            (u.keychain.opens_with(password), u.keychain_items.len())
        })
    }

    /// Whether `password` logs `user` in.
    pub fn login(&self, user: &str, password: &str) -> bool {
        !self.filevault_locked
            && !self.locked.contains(user)
            && self
                .users
                .get(user)
                .is_some_and(|u| u.login.verify(password))
    }

    /// The version waiting for confirmation, if any.
    pub fn pending(&self, user: &str) -> Option<u64> {
        self.users.get(user).and_then(|u| u.pending)
    }
}

/// Any simulated device.
#[derive(Debug, Clone)]
pub enum Device {
    /// Linux.
    Linux(LinuxDevice),
    /// Windows.
    Windows(WindowsDevice),
    /// macOS.
    Macos(MacDevice),
}

/// What applying received material asks of the agent next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// Done (Linux/Windows); `credential_manager_cleared` for Windows.
    Done {
        /// Windows only.
        credential_manager_cleared: bool,
    },
    /// macOS: the user was prompted; a confirmation must follow.
    Prompted,
}

impl Device {
    /// A new device of `platform`.
    pub fn new(platform: Platform) -> Device {
        match platform {
            Platform::Linux => Device::Linux(LinuxDevice::default()),
            Platform::Windows => Device::Windows(WindowsDevice::default()),
            Platform::Macos => Device::Macos(MacDevice::default()),
        }
    }

    /// The platform.
    pub fn platform(&self) -> Platform {
        match self {
            Device::Linux(_) => Platform::Linux,
            Device::Windows(_) => Platform::Windows,
            Device::Macos(_) => Platform::Macos,
        }
    }

    /// Creates a local account.
    pub fn add_user(&mut self, user: &str, password: &str) -> Result<(), SimError> {
        match self {
            Device::Linux(d) => d.add_user(user, password),
            Device::Windows(d) => {
                d.add_user(user, password);
                Ok(())
            }
            Device::Macos(d) => d.add_user(user, password),
        }
    }

    /// Applies material received from the directory.
    pub fn apply(
        &mut self,
        user: &str,
        version: u64,
        m: &DeviceMaterial,
    ) -> Result<Applied, SimError> {
        match (self, m) {
            (Device::Linux(d), DeviceMaterial::Sha512Crypt { shadow }) => {
                d.apply(user, shadow);
                Ok(Applied::Done {
                    credential_manager_cleared: false,
                })
            }
            (Device::Windows(d), DeviceMaterial::NtHash { hash }) => {
                let cleared = d.apply(user, hash);
                Ok(Applied::Done {
                    credential_manager_cleared: cleared,
                })
            }
            (Device::Macos(d), DeviceMaterial::SaltedSha512Pbkdf2 { hash }) => {
                d.receive(user, version, hash)?;
                Ok(Applied::Prompted)
            }
            _ => Err(SimError::Device("material for another platform".into())),
        }
    }

    /// Whether `password` logs `user` in.
    pub fn login(&self, user: &str, password: &str) -> bool {
        match self {
            Device::Linux(d) => d.login(user, password),
            Device::Windows(d) => d.login(user, password),
            Device::Macos(d) => d.login(user, password),
        }
    }

    /// Locks or unlocks the local account (user suspended / restored).
    pub fn set_locked(&mut self, user: &str, locked: bool) {
        let set = match self {
            Device::Linux(d) => &mut d.locked,
            Device::Windows(d) => &mut d.locked,
            Device::Macos(d) => &mut d.locked,
        };
        if locked {
            set.insert(user.to_string());
        } else {
            set.remove(user);
        }
    }

    /// The device's groups and admins.
    pub fn access(&self) -> &LocalAccess {
        match self {
            Device::Linux(d) => &d.access,
            Device::Windows(d) => &d.access,
            Device::Macos(d) => &d.access,
        }
    }

    fn access_mut(&mut self) -> &mut LocalAccess {
        match self {
            Device::Linux(d) => &mut d.access,
            Device::Windows(d) => &mut d.access,
            Device::Macos(d) => &mut d.access,
        }
    }

    /// Whether the local account is locked.
    pub fn is_locked(&self, user: &str) -> bool {
        match self {
            Device::Linux(d) => d.locked.contains(user),
            Device::Windows(d) => d.locked.contains(user),
            Device::Macos(d) => d.locked.contains(user),
        }
    }
}

/// The simulated devices run the real agent's core: its plans are applied
/// to the simulated OS state here, as `agent::linux::Linux` applies them
/// to /etc files.
impl agent::reconcile::Platform for Device {
    type Error = SimError;

    fn inspect(&mut self) -> Result<agent::reconcile::Local, SimError> {
        let mut local = agent::reconcile::Local::new();
        for name in self.account_names() {
            local.insert(
                name.clone(),
                agent::reconcile::LocalAccount {
                    uid: sim_uid(&name),
                    hash_digest: self.hash_digest(&name),
                    locked: self.is_locked(&name),
                    system: false,
                    entry: None,
                },
            );
        }
        Ok(local)
    }

    fn apply(
        &mut self,
        plan: &agent::reconcile::Plan,
    ) -> Result<Vec<Result<agent::reconcile::AccountDone, String>>, SimError> {
        let mut out = Vec::with_capacity(plan.accounts.len());
        for a in &plan.accounts {
            let mut changed = false;
            if !self.has_account(&a.username) {
                if let Err(e) = self.create_account(&a.username) {
                    out.push(Err(e.to_string()));
                    continue;
                }
                changed = true;
            }
            let mut done = agent::reconcile::AccountDone {
                changed,
                password: None,
                hash_digest: None,
            };
            if let Some((version, material)) = &a.password {
                match self.apply(&a.username, *version, material) {
                    Ok(applied) => {
                        done.changed = true;
                        done.password = Some(match applied {
                            Applied::Done {
                                credential_manager_cleared,
                            } => agent::reconcile::Applied::Done {
                                credential_manager_cleared,
                            },
                            Applied::Prompted => agent::reconcile::Applied::Prompted,
                        });
                        done.hash_digest = self.hash_digest(&a.username);
                    }
                    Err(e) => {
                        out.push(Err(e.to_string()));
                        continue;
                    }
                }
            }
            if self.is_locked(&a.username) != a.locked {
                self.set_locked(&a.username, a.locked);
                done.changed = true;
            }
            out.push(Ok(done));
        }
        for r in &plan.releases {
            self.set_locked(&r.username, true);
        }
        Ok(out)
    }

    fn inspect_groups(&mut self) -> Result<(agent::reconcile::LocalGroups, Vec<String>), SimError> {
        let a = self.access();
        Ok((a.groups.clone(), a.admins.clone()))
    }

    fn apply_groups(
        &mut self,
        plan: &agent::reconcile::GroupsPlan,
    ) -> Result<agent::reconcile::GroupsDone, SimError> {
        let a = self.access_mut();
        for (name, gid) in &plan.removals {
            if a.groups.get(name).is_some_and(|g| g.gid == *gid) {
                a.groups.remove(name);
            }
        }
        for g in &plan.groups {
            a.groups.insert(
                g.name.clone(),
                agent::reconcile::LocalGroup {
                    gid: g.gid,
                    members: g.members.clone(),
                },
            );
        }
        if let Some(admins) = &plan.admins {
            a.admins = admins.clone();
        }
        Ok(agent::reconcile::GroupsDone::default())
    }
}

/// A simulated account's uid: stable per name, in the local range (the
/// directory's uids start far above it).
fn sim_uid(name: &str) -> u32 {
    let h = name.bytes().fold(2_166_136_261_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(16_777_619)
    });
    1000 + h % 50_000
}

fn digest(s: &str) -> String {
    use sha2::Digest;
    hex::encode(Sha256::digest(s.as_bytes()))
}

impl Device {
    /// The local accounts' names.
    fn account_names(&self) -> Vec<String> {
        match self {
            Device::Linux(d) => d.shadow.keys().cloned().collect(),
            Device::Windows(d) => d.credential_manager.keys().cloned().collect(),
            Device::Macos(d) => d.users.keys().cloned().collect(),
        }
    }

    /// Whether `user` has a local account.
    fn has_account(&self, user: &str) -> bool {
        match self {
            Device::Linux(d) => d.shadow.contains_key(user),
            Device::Windows(d) => d.credential_manager.contains_key(user),
            Device::Macos(d) => d.users.contains_key(user),
        }
    }

    /// A digest of `user`'s hash, to tell drift (none on a Mac, where a
    /// hash change on the device is not simulated).
    fn hash_digest(&self, user: &str) -> Option<String> {
        match self {
            Device::Linux(d) => d
                .shadow
                .get(user)
                .filter(|h| h.starts_with('$'))
                .map(|h| digest(h)),
            Device::Windows(d) => d.nt.get(user).map(|h| digest(h.expose_hex())),
            Device::Macos(_) => None,
        }
    }

    /// A new local account with no usable password (the directory's comes next).
    fn create_account(&mut self, user: &str) -> Result<(), SimError> {
        match self {
            Device::Linux(d) => {
                d.shadow.insert(user.to_string(), "!".into());
            }
            Device::Windows(d) => {
                d.credential_manager.insert(user.to_string(), Vec::new());
            }
            Device::Macos(d) => {
                // A random password nobody knows wraps FileVault and the keychain.
                let mut bytes = [0u8; 24];
                rand::rngs::OsRng.fill_bytes(&mut bytes);
                d.add_user(user, &hex::encode(bytes))?;
                if let Some(u) = d.users.get_mut(user) {
                    u.keychain_items.clear();
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use password_sync::{HashParams, Zeroizing};

    fn derive(p: &str) -> password_sync::CredentialMaterial {
        material::derive(
            Zeroizing::new(p.into()),
            &HashParams::insecure_fast_for_tests(),
        )
        .expect("derive")
    }

    #[test]
    fn linux_new_password_works_old_fails() {
        let mut d = Device::new(Platform::Linux);
        d.add_user("jane", "Old-Passw0rd").expect("add");
        assert!(d.login("jane", "Old-Passw0rd"));
        let m = derive("New-Passw0rd");
        d.apply("jane", 2, &m.for_platform(Platform::Linux))
            .expect("apply");
        assert!(d.login("jane", "New-Passw0rd"));
        assert!(!d.login("jane", "Old-Passw0rd"));
    }

    #[test]
    fn windows_clears_credential_manager() {
        let mut w = WindowsDevice::default();
        w.add_user("jane", "Old-Passw0rd");
        assert_eq!(w.credential_manager["jane"].len(), 2);
        w.apply("jane", &derive("New-Passw0rd").windows);
        assert!(w.login("jane", "New-Passw0rd") && !w.login("jane", "Old-Passw0rd"));
        assert!(w.credential_manager["jane"].is_empty());
    }

    #[test]
    fn filevault_refuses_new_password_before_confirmation_and_accepts_after() {
        let mut m = MacDevice::default();
        m.add_user("jane", "Old-Passw0rd").expect("add");
        m.receive("jane", 2, &derive("New-Passw0rd").macos)
            .expect("receive");
        assert!(
            m.login("jane", "New-Passw0rd"),
            "the login hash is the new one"
        );
        assert!(
            !m.filevault_opens("jane", "New-Passw0rd"),
            "FileVault is still wrapped by the old password"
        );
        assert!(m.filevault_opens("jane", "Old-Passw0rd"));
        let (v, out) = m
            .confirm("jane", "New-Passw0rd", "Old-Passw0rd")
            .expect("confirm");
        assert_eq!((v, out), (2, ConfirmOutcome::Synced));
        assert!(m.filevault_opens("jane", "New-Passw0rd"));
        assert_eq!(m.keychain("jane", "New-Passw0rd"), (true, 2));
    }

    #[test]
    fn wrong_previous_password_resets_the_keychain() {
        let mut m = MacDevice::default();
        m.add_user("jane", "Old-Passw0rd").expect("add");
        m.receive("jane", 2, &derive("New-Passw0rd").macos)
            .expect("receive");
        let (_, out) = m
            .confirm("jane", "New-Passw0rd", "Wrong-Passw0rd")
            .expect("confirm");
        assert_eq!(out, ConfirmOutcome::KeychainReset);
        assert_eq!(
            m.keychain("jane", "New-Passw0rd"),
            (true, 0),
            "a new, empty keychain"
        );
    }

    #[test]
    fn cold_boot_needs_the_previous_password() {
        let mut m = MacDevice::default();
        m.add_user("jane", "Old-Passw0rd").expect("add");
        m.cold_boot();
        assert!(
            !m.login("jane", "Old-Passw0rd"),
            "nothing logs in before FileVault is unlocked"
        );
        assert!(!m.unlock_filevault("New-Passw0rd"));
        assert!(m.unlock_filevault("Old-Passw0rd"));
        assert!(m.login("jane", "Old-Passw0rd"));
    }

    #[test]
    fn locked_accounts_cannot_log_in() {
        let mut d = Device::new(Platform::Linux);
        d.add_user("jane", "Old-Passw0rd").expect("add");
        d.set_locked("jane", true);
        assert!(!d.login("jane", "Old-Passw0rd"));
        d.set_locked("jane", false);
        assert!(d.login("jane", "Old-Passw0rd"));
    }
}
