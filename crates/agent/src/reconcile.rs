//! The agent's core, without I/O: from the **desired state** the server
//! sends (the accounts bound to this device, and password material), the
//! **local state** a [`Platform`] reads, and what the agent remembers
//! ([`Memory`]), it computes a [`Plan`]; the platform applies it; the core
//! then updates its memory and says what to report.
//!
//! Every platform shares this logic: the real Linux one
//! ([`crate::linux::Linux`]) and `agent-sim`'s simulated macOS, Windows and
//! Linux devices.
//!
//! The rules, in the order [`plan`] applies them to each desired account:
//! 1. An account the agent already manages is kept as the directory says
//!    (re-created if someone deleted it).
//! 2. A name with no local account is created with the directory's uid,
//!    unless that uid belongs to another local account (refused).
//! 3. A name with a local account is taken over, keeping its uid and home,
//!    only if the directory allows it and it is not a system account;
//!    otherwise it is left alone and reported as refused.
//! 4. The newest delivered password is set; a hash changed on the device
//!    since the agent set it is reported as drift (the next password from
//!    the directory overwrites it).
//! 5. Suspended users are locked (hash kept), restored ones unlocked; an
//!    account without a password stays locked.
//!
//! An account the agent manages that is no longer desired was unbound: it
//! is locked, or removed if so configured; its home is never deleted.
//!
//! Then the groups ([`plan_groups`]): each desired group is made with the
//! directory's gid and exactly the members it names that the agent manages
//! here; a local group with its name or gid that the agent did not make is
//! never touched (the group is refused and reported); a managed group no
//! longer desired is removed. Admin rights are the accounts whose grant
//! holds at `now` (so one that ends is taken away offline too), written as
//! one drop-in the platform validates before it is put in place.

use std::collections::BTreeMap;

use agent_protocol::{
    AccountSpec, AccountState, AccountStatus, CheckinResponse, DeliveryEvent, DeviceMaterial,
    GroupSpec, GroupStatus, ReportOwned,
};
use serde::{Deserialize, Serialize};

use crate::accounts::Account;

/// What the agent remembers between runs (kept in its state directory).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Memory {
    /// The cursor of the last check-in whose answer was applied.
    pub cursor: i64,
    /// The last desired account list: a restart or a reconcile while
    /// offline works from it.
    pub desired: Vec<AccountSpec>,
    /// The accounts this agent manages, by user id.
    pub managed: BTreeMap<String, Managed>,
    /// Delivery reports not yet accepted by the server (sent first at the
    /// next connection, so an offline spell loses none).
    pub outbox: Vec<ReportOwned>,
    /// The state of each account last accepted by the server, by user id,
    /// so only changes are sent.
    pub reported: BTreeMap<String, AccountState>,
    /// The password version each of those states was reported with: a new
    /// version applied in the same state is reported too, so the server
    /// never shows an account as in sync at an old version.
    pub reported_versions: BTreeMap<String, u64>,
    /// The last desired group list (offline reconciles work from it).
    pub desired_groups: Vec<GroupSpec>,
    /// The groups this agent made, by directory group id.
    pub managed_groups: BTreeMap<String, ManagedGroup>,
    /// Group refusals last accepted by the server, by group id.
    pub reported_groups: BTreeMap<String, String>,
}

/// One group the agent manages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedGroup {
    /// Its name on the device.
    pub name: String,
    /// Its gid.
    pub gid: u32,
}

/// A local group as a platform reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalGroup {
    /// Its gid.
    pub gid: u32,
    /// Its members' names, as listed.
    pub members: Vec<String>,
}

/// The local groups, by name.
pub type LocalGroups = BTreeMap<String, LocalGroup>;

/// A group to make or bring in line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupPlan {
    /// The directory group's id.
    pub group_id: String,
    /// Its name on the device.
    pub name: String,
    /// Its gid.
    pub gid: u32,
    /// Exactly these members (local usernames, sorted).
    pub members: Vec<String>,
}

/// What [`plan_groups`] decided.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupsPlan {
    /// Groups to create or whose gid or members to set.
    pub groups: Vec<GroupPlan>,
    /// Managed groups to remove: (name, gid). One whose gid changed
    /// locally is not the agent's any more and is left alone.
    pub removals: Vec<(String, u32)>,
    /// The accounts with admin rights, when they differ from the device's
    /// (the whole list, sorted; empty: none).
    pub admins: Option<Vec<String>>,
    /// Desired groups the agent will not touch, and why: (group id, why).
    pub refused: Vec<(String, String)>,
    /// Groups the agent starts managing.
    adopted: Vec<(String, ManagedGroup)>,
    /// Groups it stops managing (by id).
    dropped: Vec<String>,
}

impl GroupsPlan {
    /// Whether the plan changes nothing on the device.
    pub fn is_noop(&self) -> bool {
        self.groups.is_empty() && self.removals.is_empty() && self.admins.is_none()
    }
}

/// How a [`GroupsPlan`] went.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupsDone {
    /// Groups that could not be applied: (group id, why).
    pub failed: Vec<(String, String)>,
    /// Why the admin rights could not be written, if they could not.
    pub admins_failed: Option<String>,
}

/// One account the agent manages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Managed {
    /// The local username.
    pub username: String,
    /// The local uid: the directory's, or the taken-over account's own.
    pub uid: u32,
    /// Whether it existed before and was taken over (its passwd entry is
    /// then never rewritten).
    pub taken_over: bool,
    /// The newest password version applied (0: none yet).
    pub password_version: u64,
    /// The platform's digest of the hash the agent set, to tell a change
    /// made on the device (drift). Never the hash itself.
    pub hash_digest: Option<String>,
    /// Unbound: locked (or removed) and no longer kept.
    pub released: bool,
}

/// A local account as a platform reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalAccount {
    /// Its uid.
    pub uid: u32,
    /// The platform's digest of its current hash (without a lock mark);
    /// `None` when it has none.
    pub hash_digest: Option<String>,
    /// Whether logins are refused.
    pub locked: bool,
    /// Whether it is a system account (never managed).
    pub system: bool,
    /// Its passwd entry as "gid:gecos:home:shell", where the platform has
    /// one: an account the agent made is kept in line with the directory.
    pub entry: Option<String>,
}

/// The local accounts, by name.
pub type Local = BTreeMap<String, LocalAccount>;

/// What to do to one desired account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountPlan {
    /// The user's id.
    pub user_id: String,
    /// The local username.
    pub username: String,
    /// The passwd entry to create or keep in line; `None` for a taken-over
    /// account, whose entry (uid, home) is its own.
    pub entry: Option<Account>,
    /// A new password: its version and material.
    pub password: Option<(u64, DeviceMaterial)>,
    /// Whether logins must be refused.
    pub locked: bool,
}

/// An account to let go of (unbound).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// The user's id.
    pub user_id: String,
    /// The local username.
    pub username: String,
    /// Remove the entries (the home stays) instead of locking.
    pub remove: bool,
}

/// What [`plan`] decided.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Accounts to create, keep, set a password on, lock or unlock.
    pub accounts: Vec<AccountPlan>,
    /// Accounts no longer bound.
    pub releases: Vec<Release>,
    /// Desired accounts the agent will not touch, and why.
    pub refused: Vec<(String, String)>,
    /// Accounts whose hash was changed on the device.
    pub drifted: Vec<String>,
    /// New accounts: (user id, username, uid, taken over).
    adopted: Vec<(String, String, u32, bool)>,
}

impl Plan {
    /// Whether the plan changes nothing on the device.
    pub fn is_noop(&self) -> bool {
        self.accounts.is_empty() && self.releases.is_empty()
    }
}

/// How a password was applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// The hash is in place (Windows: and the credential manager cleared?).
    Done {
        /// Windows only.
        credential_manager_cleared: bool,
    },
    /// macOS: the user is asked to confirm with the new and previous password.
    Prompted,
}

/// The outcome of one [`AccountPlan`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountDone {
    /// Whether anything on the device changed.
    pub changed: bool,
    /// How the password was applied, if there was one.
    pub password: Option<Applied>,
    /// The digest of the hash now in place (for drift detection).
    pub hash_digest: Option<String>,
}

/// A device's accounts, as the agent core sees them.
pub trait Platform {
    /// A failure that stops the whole reconcile (the account files cannot
    /// be read or locked); per-account failures are in [`Platform::apply`]'s
    /// answer.
    type Error: std::error::Error + Send + Sync + 'static;

    /// The local accounts.
    fn inspect(&mut self) -> Result<Local, Self::Error>;

    /// Applies the plan: one answer per [`Plan::accounts`] entry, in order
    /// (an `Err` is the reason, for an admin), then the releases.
    fn apply(&mut self, plan: &Plan) -> Result<Vec<Result<AccountDone, String>>, Self::Error>;

    /// The local groups, and the accounts the agent's admin-rights drop-in
    /// names now (empty when there is none).
    fn inspect_groups(&mut self) -> Result<(LocalGroups, Vec<String>), Self::Error>;

    /// Applies a groups plan (after [`Platform::apply`], so new members exist).
    fn apply_groups(&mut self, plan: &GroupsPlan) -> Result<GroupsDone, Self::Error>;
}

/// What to configure about unbound accounts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Policy {
    /// Remove an unbound account's entries instead of locking it (its home
    /// directory is kept either way).
    pub remove_unbound: bool,
}

/// Decides what to do. `response` is the check-in's answer, or `None` for
/// a reconcile against the remembered desired state (offline, at start).
pub fn plan(
    memory: &Memory,
    response: Option<&CheckinResponse>,
    local: &Local,
    policy: Policy,
) -> Plan {
    let desired = response
        .and_then(|r| r.accounts.as_ref())
        .unwrap_or(&memory.desired);
    let mut p = Plan::default();
    // By uid, in name order: one lookup per new account, not a scan.
    let mut by_uid: std::collections::HashMap<u32, Vec<&str>> = std::collections::HashMap::new();
    for (n, a) in local {
        by_uid.entry(a.uid).or_default().push(n.as_str());
    }
    let uid_owner = |uid: u32, name: &str| {
        by_uid
            .get(&uid)
            .and_then(|names| names.iter().find(|n| **n != name))
            .map(|n| n.to_string())
    };
    for spec in desired {
        let known = memory
            .managed
            .get(&spec.user_id)
            .filter(|m| m.username == spec.username);
        let managed = known.filter(|m| !m.released);
        let here = local.get(&spec.username);
        let (uid, taken_over) = match (known, here) {
            (Some(m), None) if !m.released => (m.uid, m.taken_over),
            (Some(m), Some(l)) if !m.released || l.uid == m.uid => (m.uid, m.taken_over),
            (_, None) => {
                if let Some(other) = uid_owner(spec.uid, &spec.username) {
                    p.refused.push((
                        spec.user_id.clone(),
                        format!("uid {} belongs to the local account '{other}'", spec.uid),
                    ));
                    continue;
                }
                (spec.uid, false)
            }
            (_, Some(l)) if l.system => {
                p.refused.push((
                    spec.user_id.clone(),
                    format!(
                        "'{}' is a system account (uid {}); the agent never manages it",
                        spec.username, l.uid
                    ),
                ));
                continue;
            }
            (_, Some(l)) if !spec.take_over => {
                p.refused.push((
                    spec.user_id.clone(),
                    format!(
                        "a local account '{}' (uid {}) exists and the directory does not allow taking it over",
                        spec.username, l.uid
                    ),
                ));
                continue;
            }
            (_, Some(l)) => (l.uid, true),
        };
        if managed.is_none() {
            p.adopted
                .push((spec.user_id.clone(), spec.username.clone(), uid, taken_over));
        }
        // The newest delivery for this user wins; older ones are superseded.
        let password = response
            .into_iter()
            .flat_map(|r| &r.deliveries)
            .filter(|d| d.user_id == spec.user_id)
            .filter(|d| managed.is_none_or(|m| d.version > m.password_version))
            .max_by_key(|d| d.version)
            .map(|d| (d.version, d.material.clone()));
        if password.is_none() {
            if let (Some(m), Some(l)) = (managed, here) {
                if m.hash_digest.is_some() && l.hash_digest != m.hash_digest {
                    p.drifted.push(spec.user_id.clone());
                }
            }
        }
        let entry = (!taken_over).then(|| Account {
            name: spec.username.clone(),
            uid,
            gid: if uid == spec.uid { spec.gid } else { uid },
            full_name: spec.full_name.clone(),
            home: spec.home.clone(),
            shell: spec.shell.clone(),
        });
        let entry_differs = match (&entry, here.and_then(|l| l.entry.as_deref())) {
            (Some(want), Some(have)) => {
                have != format!(
                    "{}:{}:{}:{}",
                    want.gid, want.full_name, want.home, want.shell
                )
            }
            _ => false,
        };
        let needed = password.is_some()
            || here.is_none()
            || here.is_some_and(|l| l.locked != spec.locked)
            || managed.is_none()
            || entry_differs;
        if needed {
            p.accounts.push(AccountPlan {
                user_id: spec.user_id.clone(),
                username: spec.username.clone(),
                entry,
                password,
                locked: spec.locked,
            });
        }
    }
    // A set: a device with 10,000 accounts would otherwise compare 10^8 ids.
    let wanted: std::collections::HashSet<&str> =
        desired.iter().map(|d| d.user_id.as_str()).collect();
    for (user_id, m) in &memory.managed {
        let still = wanted.contains(user_id.as_str());
        if !still && !m.released {
            p.releases.push(Release {
                user_id: user_id.clone(),
                username: m.username.clone(),
                remove: policy.remove_unbound && !m.taken_over,
            });
        }
    }
    p
}

/// Decides what to do to groups and admin rights, from the desired groups
/// (the check-in's, or remembered), the accounts the agent manages (after
/// the accounts' reconcile), the local groups and admins, at `now` (unix
/// seconds).
pub fn plan_groups(
    memory: &Memory,
    response: Option<&CheckinResponse>,
    local: &LocalGroups,
    local_admins: &[String],
    now: u64,
) -> GroupsPlan {
    let desired = response
        .and_then(|r| r.groups.as_ref())
        .unwrap_or(&memory.desired_groups);
    let accounts = response
        .and_then(|r| r.accounts.as_ref())
        .unwrap_or(&memory.desired);
    let username = |user_id: &str| {
        memory
            .managed
            .get(user_id)
            .filter(|m| !m.released)
            .map(|m| m.username.clone())
    };
    let mut p = GroupsPlan::default();
    for g in desired {
        let ours = memory.managed_groups.get(&g.group_id);
        let here = local.get(&g.name);
        // A group the agent made but did not get to remember (a crash
        // between the write and the save) is known by its name and gid.
        let made_here = here.is_some_and(|l| l.gid == g.gid);
        let ours_here = ours.is_some_and(|m| m.name == g.name) || made_here;
        if let (Some(l), false) = (here, ours_here) {
            p.refused.push((
                g.group_id.clone(),
                format!(
                    "a local group '{}' (gid {}) exists that the agent did not make; it is left alone",
                    g.name, l.gid
                ),
            ));
            continue;
        }
        if let Some((other, _)) = local.iter().find(|(n, l)| l.gid == g.gid && **n != g.name) {
            let renamed_ours = ours.is_some_and(|m| &m.name == other && m.gid == g.gid);
            if !renamed_ours {
                p.refused.push((
                    g.group_id.clone(),
                    format!("gid {} belongs to the local group '{other}'", g.gid),
                ));
                continue;
            }
        }
        if let Some(m) = ours.filter(|m| m.name != g.name) {
            // Renamed in the directory: the old one goes, the new one comes.
            if local.get(&m.name).is_some_and(|l| l.gid == m.gid) {
                p.removals.push((m.name.clone(), m.gid));
            }
        }
        let mut members: Vec<String> = g.members.iter().filter_map(|u| username(u)).collect();
        members.sort();
        members.dedup();
        let in_line = here.is_some_and(|l| {
            let mut have = l.members.clone();
            have.sort();
            l.gid == g.gid && have == members
        });
        if !in_line {
            p.groups.push(GroupPlan {
                group_id: g.group_id.clone(),
                name: g.name.clone(),
                gid: g.gid,
                members,
            });
        }
        if ours.is_none_or(|m| m.name != g.name || m.gid != g.gid) {
            p.adopted.push((
                g.group_id.clone(),
                ManagedGroup {
                    name: g.name.clone(),
                    gid: g.gid,
                },
            ));
        }
    }
    for (id, m) in &memory.managed_groups {
        if desired.iter().any(|g| &g.group_id == id) {
            continue;
        }
        if local.get(&m.name).is_some_and(|l| l.gid == m.gid) {
            p.removals.push((m.name.clone(), m.gid));
        }
        p.dropped.push(id.clone());
    }
    let mut admins: Vec<String> = accounts
        .iter()
        .filter(|a| !a.locked && a.admin.is_some_and(|g| g.holds_at(now)))
        .filter_map(|a| username(&a.user_id))
        .collect();
    admins.sort();
    admins.dedup();
    let mut have = local_admins.to_vec();
    have.sort();
    if admins != have {
        p.admins = Some(admins);
    }
    p
}

/// The earliest time (unix seconds) after `now` at which an admin grant
/// in the remembered accounts ends: the agent reconciles then, online or not.
pub fn next_expiry(memory: &Memory, now: u64) -> Option<u64> {
    memory
        .desired
        .iter()
        .filter_map(|a| a.admin.and_then(|g| g.until))
        .filter(|t| *t > now)
        .min()
}

/// What to tell the server after a reconcile.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Delivery reports (also kept in [`Memory::outbox`] until sent).
    pub reports: Vec<ReportOwned>,
    /// Account states that changed since last reported.
    pub statuses: Vec<AccountStatus>,
    /// Accounts changed on the device (created, password set, locked, ...).
    pub changed: usize,
    /// Group refusals that changed since last reported.
    pub groups: Vec<GroupStatus>,
}

/// One reconcile: inspect, plan, apply, remember. The caller persists
/// `memory` afterwards, then sends the outcome (and marks it sent with
/// [`Memory::sent`]).
pub fn reconcile<P: Platform>(
    memory: &mut Memory,
    response: Option<&CheckinResponse>,
    platform: &mut P,
    policy: Policy,
    now: u64,
) -> Result<Outcome, P::Error> {
    let local = platform.inspect()?;
    let plan = plan(memory, response, &local, policy);
    let results = if plan.is_noop() {
        Vec::new()
    } else {
        platform.apply(&plan)?
    };
    if let Some(accounts) = response.and_then(|r| r.accounts.as_ref()) {
        memory.desired = accounts.clone();
    }
    for (user_id, username, uid, taken_over) in &plan.adopted {
        memory.managed.insert(
            user_id.clone(),
            Managed {
                username: username.clone(),
                uid: *uid,
                taken_over: *taken_over,
                password_version: 0,
                hash_digest: None,
                released: false,
            },
        );
    }
    let mut out = Outcome::default();
    let mut states: BTreeMap<&str, AccountState> = BTreeMap::new();
    for (a, r) in plan.accounts.iter().zip(results.iter()) {
        let Some(m) = memory.managed.get_mut(&a.user_id) else {
            continue;
        };
        match r {
            Ok(done) => {
                out.changed += usize::from(done.changed);
                if done.hash_digest.is_some() {
                    m.hash_digest = done.hash_digest.clone();
                }
                if let (Some((version, _)), Some(applied)) = (&a.password, done.password) {
                    m.password_version = *version;
                    let event = match applied {
                        Applied::Done {
                            credential_manager_cleared,
                        } => DeliveryEvent::Applied {
                            credential_manager_cleared,
                        },
                        Applied::Prompted => DeliveryEvent::Prompted,
                    };
                    out.reports.push(ReportOwned {
                        user_id: a.user_id.clone(),
                        version: *version,
                        event,
                    });
                }
                states.insert(&a.user_id, AccountState::InSync);
            }
            Err(why) => {
                states.insert(&a.user_id, AccountState::Failed(why.clone()));
            }
        }
    }
    for (user_id, why) in &plan.refused {
        states.insert(user_id, AccountState::Refused(why.clone()));
    }
    for user_id in &plan.drifted {
        states.insert(user_id, AccountState::Drifted);
    }
    // A desired account nothing was done to keeps its state: in sync, or
    // drifted until a new password comes.
    for spec in &memory.desired {
        states
            .entry(&spec.user_id)
            .or_insert_with(|| match memory.reported.get(&spec.user_id) {
                Some(AccountState::Drifted) => AccountState::Drifted,
                _ => AccountState::InSync,
            });
    }
    for rel in &plan.releases {
        if let Some(m) = memory.managed.get_mut(&rel.user_id) {
            m.released = true;
            out.changed += 1;
        }
    }
    // Groups and admin rights, now that the accounts are in place.
    let (local_groups, local_admins) = platform.inspect_groups()?;
    let gp = plan_groups(memory, response, &local_groups, &local_admins, now);
    let done = if gp.is_noop() {
        GroupsDone::default()
    } else {
        platform.apply_groups(&gp)?
    };
    if let Some(groups) = response.and_then(|r| r.groups.as_ref()) {
        memory.desired_groups = groups.clone();
    }
    for id in &gp.dropped {
        memory.managed_groups.remove(id);
    }
    for (id, m) in &gp.adopted {
        if !done.failed.iter().any(|(f, _)| f == id) {
            memory.managed_groups.insert(id.clone(), m.clone());
        }
    }
    out.changed += gp.groups.len() + gp.removals.len() - done.failed.len().min(gp.groups.len());
    if let (Some(admins), Some(why)) = (&gp.admins, &done.admins_failed) {
        for spec in &memory.desired {
            let name = memory.managed.get(&spec.user_id).map(|m| &m.username);
            if name.is_some_and(|n| admins.contains(n)) {
                states.insert(
                    &spec.user_id,
                    AccountState::Failed(format!("admin rights not applied: {why}")),
                );
            }
        }
    }
    let refused: BTreeMap<String, String> = gp.refused.into_iter().chain(done.failed).collect();
    for (id, why) in &refused {
        if memory.reported_groups.get(id) != Some(why) {
            out.groups.push(GroupStatus {
                group_id: id.clone(),
                refused: why.clone(),
            });
        }
    }
    memory
        .reported_groups
        .retain(|id, _| refused.contains_key(id));
    for (user_id, state) in states {
        let version = memory
            .managed
            .get(user_id)
            .map_or(0, |m| m.password_version);
        if memory.reported.get(user_id) != Some(&state)
            || memory.reported_versions.get(user_id) != Some(&version)
        {
            out.statuses.push(AccountStatus {
                user_id: user_id.to_string(),
                password_version: version,
                state,
            });
        }
    }
    memory.outbox.extend(out.reports.iter().cloned());
    if let Some(r) = response {
        memory.cursor = r.cursor;
    }
    Ok(out)
}

impl Memory {
    /// The server accepted these states: they are not sent again until
    /// they change.
    pub fn sent(&mut self, statuses: &[AccountStatus], groups: &[GroupStatus]) {
        for g in groups {
            self.reported_groups
                .insert(g.group_id.clone(), g.refused.clone());
        }
        for s in statuses {
            self.reported.insert(s.user_id.clone(), s.state.clone());
            self.reported_versions
                .insert(s.user_id.clone(), s.password_version);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use agent_protocol::{AdminGrant, Delivery};
    use password_sync::material::ShadowHash;

    const NOW: u64 = 1_800_000_000;

    fn spec(user: &str, name: &str, uid: u32) -> AccountSpec {
        AccountSpec {
            user_id: user.into(),
            username: name.into(),
            uid,
            gid: uid,
            full_name: "Test User".into(),
            home: format!("/home/{name}"),
            shell: "/bin/bash".into(),
            locked: false,
            take_over: true,
            password_version: 0,
            admin: None,
        }
    }

    fn local(uid: u32, system: bool) -> LocalAccount {
        LocalAccount {
            uid,
            hash_digest: Some("d0".into()),
            locked: false,
            system,
            entry: None,
        }
    }

    fn response(accounts: Vec<AccountSpec>, deliveries: Vec<Delivery>) -> CheckinResponse {
        CheckinResponse {
            accounts: Some(accounts),
            deliveries,
            ..CheckinResponse::empty(5)
        }
    }

    fn delivery(user: &str, name: &str, version: u64) -> Delivery {
        Delivery {
            user_id: user.into(),
            username: name.into(),
            version,
            material: DeviceMaterial::Sha512Crypt {
                shadow: ShadowHash::from_shadow(format!("$6$salt$v{version}")),
            },
        }
    }

    #[test]
    fn new_names_are_created_existing_ones_taken_over_system_ones_refused() {
        let mut l = Local::new();
        l.insert("root".into(), local(0, true));
        l.insert("pat".into(), local(1500, false));
        l.insert("clash".into(), local(200_003, false));
        let mut no_takeover = spec("u4", "kim", 200_004);
        no_takeover.take_over = false;
        l.insert("kim".into(), local(1600, false));
        let r = response(
            vec![
                spec("u1", "ann", 200_001),
                spec("u2", "root", 200_002),
                spec("u3", "pat", 200_000),
                no_takeover,
                spec("u5", "zed", 200_003),
            ],
            vec![],
        );
        let p = plan(&Memory::default(), Some(&r), &l, Policy::default());
        let planned: Vec<_> = p
            .accounts
            .iter()
            .map(|a| (a.username.as_str(), a.entry.as_ref().map(|e| e.uid)))
            .collect();
        // ann is created with the directory's uid; pat is taken over as is.
        assert_eq!(planned, [("ann", Some(200_001)), ("pat", None)]);
        let refused: BTreeMap<_, _> = p.refused.iter().cloned().collect();
        assert!(refused["u2"].contains("system account"), "{refused:?}");
        assert!(refused["u4"].contains("does not allow"), "{refused:?}");
        assert!(refused["u5"].contains("belongs to the local account 'clash'"));
        assert_eq!(p.adopted.len(), 2);
    }

    #[test]
    fn the_newest_delivery_wins_and_old_versions_are_not_reapplied() {
        let mut m = Memory::default();
        m.managed.insert(
            "u1".into(),
            Managed {
                username: "ann".into(),
                uid: 200_001,
                taken_over: false,
                password_version: 3,
                hash_digest: Some("d0".into()),
                released: false,
            },
        );
        let mut l = Local::new();
        l.insert("ann".into(), local(200_001, false));
        let r = response(
            vec![spec("u1", "ann", 200_001)],
            vec![delivery("u1", "ann", 5), delivery("u1", "ann", 4)],
        );
        let p = plan(&m, Some(&r), &l, Policy::default());
        assert_eq!(p.accounts[0].password.as_ref().map(|x| x.0), Some(5));
        let r = response(
            vec![spec("u1", "ann", 200_001)],
            vec![delivery("u1", "ann", 3)],
        );
        let p = plan(&m, Some(&r), &l, Policy::default());
        assert!(p.accounts.is_empty(), "version 3 is applied already: {p:?}");
    }

    #[test]
    fn a_hash_changed_on_the_device_is_drift_and_an_unbound_account_is_released() {
        let mut m = Memory::default();
        for (id, name) in [("u1", "ann"), ("u2", "bob")] {
            m.managed.insert(
                id.into(),
                Managed {
                    username: name.into(),
                    uid: 200_001,
                    taken_over: id == "u2",
                    password_version: 1,
                    hash_digest: Some("set-by-agent".into()),
                    released: false,
                },
            );
        }
        m.desired = vec![spec("u1", "ann", 200_001)];
        let mut l = Local::new();
        l.insert("ann".into(), local(200_001, false));
        l.insert("bob".into(), local(1500, false));
        // Offline (no response): the remembered list is the desired state.
        let p = plan(
            &m,
            None,
            &l,
            Policy {
                remove_unbound: true,
            },
        );
        assert_eq!(p.drifted, ["u1"]);
        // bob was taken over: locked, never removed, even when removal is configured.
        assert_eq!(
            p.releases,
            [Release {
                user_id: "u2".into(),
                username: "bob".into(),
                remove: false
            }]
        );
    }

    fn managed(m: &mut Memory, user: &str, name: &str) {
        m.managed.insert(
            user.into(),
            Managed {
                username: name.into(),
                uid: 200_001,
                taken_over: false,
                password_version: 1,
                hash_digest: None,
                released: false,
            },
        );
    }

    fn group(id: &str, name: &str, gid: u32, members: &[&str]) -> GroupSpec {
        GroupSpec {
            group_id: id.into(),
            name: name.into(),
            gid,
            members: members.iter().map(|m| m.to_string()).collect(),
        }
    }

    #[test]
    fn groups_hold_exactly_the_managed_members_and_foreign_groups_are_refused() {
        let mut m = Memory::default();
        managed(&mut m, "u1", "ann");
        managed(&mut m, "u2", "bob");
        let mut r = response(vec![spec("u1", "ann", 200_001)], vec![]);
        r.groups = Some(vec![
            // u3 is not managed here (refused, say): never a member.
            group("g1", "eng", 300_000, &["u2", "u1", "u3"]),
            group("g2", "staff", 300_001, &["u1"]),
            group("g3", "ops", 300_002, &[]),
        ]);
        let mut local = LocalGroups::new();
        local.insert(
            "staff".into(),
            LocalGroup {
                gid: 50,
                members: vec![],
            },
        );
        local.insert(
            "audio".into(),
            LocalGroup {
                gid: 300_002,
                members: vec![],
            },
        );
        let p = plan_groups(&m, Some(&r), &local, &[], NOW);
        assert_eq!(
            p.groups,
            [GroupPlan {
                group_id: "g1".into(),
                name: "eng".into(),
                gid: 300_000,
                members: vec!["ann".into(), "bob".into()],
            }]
        );
        let refused: BTreeMap<_, _> = p.refused.iter().cloned().collect();
        assert!(refused["g2"].contains("did not make"), "{refused:?}");
        assert!(refused["g3"].contains("belongs to the local group 'audio'"));
        assert_eq!(p.admins, None, "no one is an admin, no drop-in");
    }

    #[test]
    fn a_group_in_line_is_left_alone_and_one_no_longer_bound_is_removed() {
        let mut m = Memory::default();
        managed(&mut m, "u1", "ann");
        m.managed_groups.insert(
            "g1".into(),
            ManagedGroup {
                name: "eng".into(),
                gid: 300_000,
            },
        );
        m.managed_groups.insert(
            "g9".into(),
            ManagedGroup {
                name: "old".into(),
                gid: 300_009,
            },
        );
        let mut r = response(vec![spec("u1", "ann", 200_001)], vec![]);
        r.groups = Some(vec![group("g1", "eng", 300_000, &["u1"])]);
        let mut local = LocalGroups::new();
        for (n, gid) in [("eng", 300_000), ("old", 300_009)] {
            local.insert(
                n.into(),
                LocalGroup {
                    gid,
                    members: vec!["ann".into()],
                },
            );
        }
        let p = plan_groups(&m, Some(&r), &local, &[], NOW);
        assert!(p.groups.is_empty(), "{p:?}");
        assert_eq!(p.removals, [("old".to_string(), 300_009)]);
        assert_eq!(p.dropped, ["g9"]);
    }

    #[test]
    fn admin_rights_follow_the_grants_and_end_on_time_even_offline() {
        let mut m = Memory::default();
        managed(&mut m, "u1", "ann");
        managed(&mut m, "u2", "bob");
        managed(&mut m, "u3", "cy");
        let mut ann = spec("u1", "ann", 200_001);
        ann.admin = Some(AdminGrant { until: None });
        let mut bob = spec("u2", "bob", 200_002);
        bob.admin = Some(AdminGrant {
            until: Some(NOW + 60),
        });
        let mut cy = spec("u3", "cy", 200_003);
        cy.admin = Some(AdminGrant { until: None });
        cy.locked = true;
        m.desired = vec![ann, bob, cy];
        // Offline: the remembered list decides.
        let p = plan_groups(&m, None, &LocalGroups::new(), &[], NOW);
        assert_eq!(p.admins, Some(vec!["ann".to_string(), "bob".to_string()]));
        let have = ["bob".to_string(), "ann".to_string()];
        assert_eq!(
            plan_groups(&m, None, &LocalGroups::new(), &have, NOW).admins,
            None
        );
        assert_eq!(next_expiry(&m, NOW), Some(NOW + 60));
        let later = plan_groups(&m, None, &LocalGroups::new(), &have, NOW + 60);
        assert_eq!(
            later.admins,
            Some(vec!["ann".to_string()]),
            "bob's grant ended"
        );
        assert_eq!(next_expiry(&m, NOW + 60), None);
    }
}
