//! The unit of work that every change to the directory goes through.
//!
//! A use case opens a [`Change`] (a write transaction named by who acts and
//! what they do), reads what it needs, and writes. A user's password and
//! delivery state is never written by hand: [`Change::sync`] loads it as a
//! `password_sync::UserSync`, lets one transition of that state machine run,
//! writes the difference, and performs the [`Action`]s the transition asked
//! for. [`Change::commit`] then writes the audit entry in the same
//! transaction, commits, and only after the commit wakes the devices that
//! have work and forgets list positions that moved. So a change and its
//! audit entry are committed together or not at all, a device is never woken
//! for work it cannot see yet, and `password-sync` is the only place that
//! decides delivery transitions (bind, unbind, suspend, restore included).
//!
//! What a change makes due for a device (a delivery, new or reinstated, or
//! a command) takes the next number of that device's change sequence, which
//! is what the device's check-in cursor follows. The numbers are taken at
//! the commit, in one order of devices, and their rows stay locked until it
//! ends: a device's numbers commit in order, and a change waits only for
//! changes to the same devices (see [`Db::take_device_seqs`]).
//!
//! A refused change writes nothing but its audit entry
//! ([`Directory::refuse`]).

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;

use password_sync::material::CredentialMaterial;
use password_sync::{
    Action, Delivery, DeliveryState, DeviceSync, PasswordStatus, PasswordSyncError, Platform,
    UserSync, Zeroizing,
};
use scim_core::etag::IfMatch;
use serde_json::{json, Value};

use crate::admin::audit_in;
use crate::db::{now_str, value_rows, Db, WriteTx};
use crate::error::{DirectoryError, Result};
use crate::reads::Cols;
use crate::users::state;
use crate::Directory;

/// The `device_commands` entry that says a device's account list changed.
pub(crate) const ACCOUNTS_CHANGED: &str = "accounts";

/// One change in progress: see the module documentation.
pub(crate) struct Change<'d> {
    dir: &'d Directory,
    tx: WriteTx<'d>,
    org_id: String,
    actor: String,
    action: &'static str,
    /// Devices to wake after the commit.
    wake: BTreeSet<String>,
    /// Whether users became visible or invisible over SCIM (list positions move).
    positions_moved: bool,
    /// What the state machine's actions did, for the audit entry.
    effects: Vec<Value>,
    /// `SendMaterial` actions: (user, version) whose material the device fetched.
    sends: Vec<(String, u64)>,
    /// The audit outcome (`ok` unless an action says otherwise).
    outcome: &'static str,
    /// Change-to-completed latencies of deliveries completed here, told to
    /// the observer after the commit.
    completed: Vec<std::time::Duration>,
    /// Devices whose account list changed: one `accounts` command each,
    /// queued at commit however many users changed.
    accounts_changed: BTreeSet<String>,
    /// Deliveries made due here, as (device, user, version): numbered in
    /// their devices' sequences at commit.
    due: BTreeSet<(String, String, u64)>,
    /// Commands queued here, as (device, user, command), in order: numbered
    /// and written at commit.
    commands: Vec<(String, String, String)>,
    /// Whether access changes were queued for the access worker (woken
    /// after the commit).
    access_queued: bool,
}

impl std::fmt::Debug for Change<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Change")
            .field("org_id", &self.org_id)
            .field("actor", &self.actor)
            .field("action", &self.action)
            .finish_non_exhaustive()
    }
}

/// What a user's sync state is loaded from: the `users` row is read unless
/// the caller already holds its state and password status from this
/// transaction (so a change reads the user's row once).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Known<'a> {
    /// Read `state` and `password` from the user's row.
    Nothing,
    /// The user's state and password status, as read in this transaction.
    Row {
        /// Whether the user is suspended.
        suspended: bool,
        /// The password status.
        password: &'a PasswordStatus,
    },
}

/// New password material for a transition that may store a version
/// (`Action::StoreNewVersion`).
pub(crate) struct NewMaterial<'m> {
    pub material: &'m CredentialMaterial,
    /// The keyed MAC of (user, password); empty when none may be kept.
    pub mac: &'m str,
}

impl Directory {
    /// Opens a change in `org_id` made by `actor` (`okta`, `admin:EMAIL`,
    /// `portal:USER`, `device:ID`) doing `action` (`scim.create_user`, ...).
    pub(crate) async fn change(
        &self,
        org_id: &str,
        actor: &str,
        action: &'static str,
    ) -> Result<Change<'_>> {
        Ok(Change {
            dir: self,
            tx: self.db.begin_write().await?,
            org_id: org_id.to_string(),
            actor: actor.to_string(),
            action,
            wake: BTreeSet::new(),
            positions_moved: false,
            effects: Vec::new(),
            sends: Vec::new(),
            outcome: "ok",
            accounts_changed: BTreeSet::new(),
            due: BTreeSet::new(),
            commands: Vec::new(),
            access_queued: false,
            completed: Vec::new(),
        })
    }

    /// Records a refused change (its own audit entry, nothing else) and
    /// returns the error to answer with. The reason is `detail`'s `reason`,
    /// or else the error's text.
    pub(crate) async fn refuse(
        &self,
        org_id: &str,
        actor: &str,
        action: &'static str,
        target: Option<&str>,
        mut detail: Value,
        error: impl Into<DirectoryError>,
    ) -> DirectoryError {
        let error = error.into();
        if let Some(o) = detail.as_object_mut() {
            o.entry("reason")
                .or_insert_with(|| json!(error.to_string()));
        }
        self.audit(org_id, actor, action, target, "refused", detail)
            .await;
        error
    }
}

impl<'d> Change<'d> {
    /// The transaction, for the change's own statements.
    pub(crate) fn tx(&mut self) -> &mut WriteTx<'d> {
        &mut self.tx
    }

    /// Users became visible or invisible over SCIM: keeps the org's
    /// unfiltered count in step and, when rows appeared or vanished before
    /// the end of the list (`moves_positions`), forgets list positions
    /// after the commit.
    pub(crate) async fn scim_visibility_changed(
        &mut self,
        delta: i64,
        moves_positions: bool,
    ) -> Result<()> {
        self.tx
            .query("UPDATE orgs SET scim_users = scim_users + $1 WHERE id = $2")
            .bind(delta)
            .bind(&self.org_id)
            .execute()
            .await?;
        self.positions_moved |= moves_positions;
        Ok(())
    }

    /// Loads the user's sync state, runs `transition` on it (a method of
    /// `UserSync`), writes what changed, and performs its actions. Returns
    /// the state after the transition. A refused transition writes nothing.
    pub(crate) async fn sync(
        &mut self,
        user_id: &str,
        known: Known<'_>,
        material: Option<NewMaterial<'_>>,
        transition: impl FnOnce(&mut UserSync) -> std::result::Result<Vec<Action>, PasswordSyncError>,
    ) -> Result<UserSync> {
        let before = load_sync(&mut self.tx, user_id, known).await?;
        let mut after = before.clone();
        let actions = transition(&mut after)?;
        self.save_sync(user_id, &before, &after).await?;
        self.perform(user_id, &after, &actions, material).await?;
        Ok(after)
    }

    /// [`Change::sync`] for a transition that concerns one device only
    /// (`fetch`, `report`): only that device's binding and deliveries are
    /// loaded, so the cost does not grow with the user's other devices.
    pub(crate) async fn sync_on(
        &mut self,
        user_id: &str,
        device: &str,
        transition: impl FnOnce(&mut UserSync) -> std::result::Result<Vec<Action>, PasswordSyncError>,
    ) -> Result<UserSync> {
        let before = load_sync_on(&mut self.tx, user_id, Known::Nothing, Some(device)).await?;
        let mut after = before.clone();
        let actions = transition(&mut after)?;
        self.save_sync(user_id, &before, &after).await?;
        self.perform(user_id, &after, &actions, None).await?;
        Ok(after)
    }

    /// Notes how long a delivery took from its making to its completion.
    async fn note_completed(&mut self, user_id: &str, device: &str, version: u64) -> Result<()> {
        let made = self
            .tx
            .query(
                "SELECT created_at FROM deliveries WHERE user_id = $1 AND device_id = $2 AND version = $3",
            )
            .bind(user_id)
            .bind(device)
            .bind(version as i64)
            .fetch_optional()
            .await?
            .map(|r| r.opt_text("created_at"))
            .transpose()?
            .flatten();
        // Rows made before the column existed have no time: not measured.
        if let Some(t) = made.and_then(|t| chrono::DateTime::parse_from_rfc3339(&t).ok()) {
            let ms = (chrono::Utc::now() - t.with_timezone(&chrono::Utc)).num_milliseconds();
            self.completed
                .push(std::time::Duration::from_millis(ms.max(0) as u64));
        }
        Ok(())
    }

    /// The (user, version) pairs whose material devices fetched in this change.
    pub(crate) fn sends(&self) -> &[(String, u64)] {
        &self.sends
    }

    /// Carries out a transition's actions. Every variant is handled here.
    async fn perform(
        &mut self,
        user_id: &str,
        after: &UserSync,
        actions: &[Action],
        material: Option<NewMaterial<'_>>,
    ) -> Result<()> {
        for a in actions {
            match a {
                Action::StoreNewVersion { version } => {
                    let m = material.as_ref().ok_or_else(|| {
                        DirectoryError::invariant(format!(
                            "version {version} was recorded without its material"
                        ))
                    })?;
                    self.store_version(user_id, after, m).await?;
                    self.effects.push(json!({"stored_version": version}));
                }
                Action::FanOut { version } => {
                    // The deliveries themselves are in the state written above.
                    self.effects
                        .push(json!({"fanned_out": version, "devices": after.devices.len()}));
                }
                Action::NotifyDevice { device } => {
                    self.wake.insert(device.clone());
                }
                Action::SendMaterial { device: _, version } => {
                    self.sends.push((user_id.to_string(), *version));
                }
                Action::RecordCompleted { device, version } => {
                    self.effects
                        .push(json!({"completed": version, "device": device}));
                    if self.dir.observer.get().is_some() {
                        self.note_completed(user_id, device, *version).await?;
                    }
                }
                Action::ReportKeychainReset { device } => {
                    self.outcome = "keychain_reset";
                    self.effects.push(json!({"keychain_reset": device}));
                }
                Action::LockLocalAccount { device } | Action::UnlockLocalAccount { device } => {
                    let command = if matches!(a, Action::LockLocalAccount { .. }) {
                        "lock"
                    } else {
                        "unlock"
                    };
                    self.device_command(device, user_id, command);
                }
                Action::DriftDetected => self.effects.push(json!({"drift": "detected"})),
                Action::DriftResolved => self.effects.push(json!({"drift": "resolved"})),
                Action::PolicyViolationRecorded { violations } => {
                    let broken: Vec<String> = violations.iter().map(ToString::to_string).collect();
                    self.effects.push(json!({"policy_violations": broken}));
                }
            }
        }
        Ok(())
    }

    /// Queues `command` (`lock`, `unlock`, or `accounts`: the device's
    /// account list changed) in the device's change sequence; it is written
    /// at commit, which wakes the device.
    pub(crate) fn device_command(&mut self, device: &str, user_id: &str, command: &str) {
        self.commands
            .push((device.to_string(), user_id.to_string(), command.to_string()));
        self.wake.insert(device.to_string());
    }

    /// Notes that `device`'s account list (or its groups) changed; the
    /// device hears of it once, at commit.
    pub(crate) fn accounts_changed(&mut self, device: &str) {
        if !self.accounts_changed.contains(device) {
            self.accounts_changed.insert(device.to_string());
        }
    }

    /// Notes that access changes were queued: the worker is woken at commit.
    pub(crate) fn access_queued(&mut self) {
        self.access_queued = true;
    }

    /// Numbers what this change made due in its devices' change
    /// sequences, just before the commit: the deliveries, then the commands
    /// in the order queued, with one `accounts` command per device noted by
    /// [`Change::accounts_changed`].
    async fn number_due(&mut self) -> Result<()> {
        for device in std::mem::take(&mut self.accounts_changed) {
            self.device_command(&device, "", ACCOUNTS_CHANGED);
        }
        if self.due.is_empty() && self.commands.is_empty() {
            return Ok(());
        }
        let mut wanted: BTreeMap<String, i64> = BTreeMap::new();
        let devices = self.due.iter().map(|(d, _, _)| d);
        for device in devices.chain(self.commands.iter().map(|(d, _, _)| d)) {
            *wanted.entry(device.clone()).or_default() += 1;
        }
        let mut next = Db::take_device_seqs(&mut self.tx, &wanted).await?;
        let mut take = |device: &str| -> Result<i64> {
            let n = next.get_mut(device).ok_or_else(|| {
                DirectoryError::invariant(format!("device {device} was given no numbers"))
            })?;
            *n += 1;
            Ok(*n - 1)
        };
        let due: Vec<_> = std::mem::take(&mut self.due).into_iter().collect();
        for chunk in due.chunks(ROWS_PER_INSERT) {
            // `column1`.. are the names both SQLite and PostgreSQL give a
            // VALUES list's columns.
            let sql = format!(
                "UPDATE deliveries SET change_seq = v.column4 FROM (VALUES {}) AS v \
                 WHERE deliveries.device_id = v.column1 AND deliveries.user_id = v.column2 \
                 AND deliveries.version = v.column3",
                value_rows(chunk.len(), 4)
            );
            let mut q = self.tx.query(&sql);
            for (device, user, version) in chunk {
                q = q
                    .bind(device.as_str())
                    .bind(user.as_str())
                    .bind(*version as i64)
                    .bind(take(device)?);
            }
            q.execute().await?;
        }
        let commands = std::mem::take(&mut self.commands);
        let now = now_str();
        for chunk in commands.chunks(ROWS_PER_INSERT) {
            let sql = format!(
                "INSERT INTO device_commands (seq, device_id, user_id, command, created_at) VALUES {}",
                value_rows(chunk.len(), 5)
            );
            let mut q = self.tx.query(&sql);
            for (device, user, command) in chunk {
                q = q
                    .bind(take(device)?)
                    .bind(device.as_str())
                    .bind(user.as_str())
                    .bind(command.as_str())
                    .bind(now.as_str());
            }
            q.execute().await?;
        }
        Ok(())
    }

    /// Stores the verifier and MAC of a new version and, when the version
    /// is deliverable, its per-platform material, encrypted.
    async fn store_version(
        &mut self,
        user_id: &str,
        sync: &UserSync,
        m: &NewMaterial<'_>,
    ) -> Result<()> {
        self.tx
            .query("UPDATE users SET verifier = $1, pw_mac = $2 WHERE id = $3")
            .bind(m.material.verifier.expose_phc())
            .bind((!m.mac.is_empty()).then_some(m.mac))
            .bind(user_id)
            .execute()
            .await?;
        if !sync.password.deliverable() {
            return Ok(());
        }
        let version = sync.password.version as i64;
        for platform in [Platform::Linux, Platform::Macos, Platform::Windows] {
            let plain = Zeroizing::new(
                serde_json::to_vec(&m.material.for_platform(platform))
                    .map_err(DirectoryError::internal)?,
            );
            let aad = material_aad(user_id, version, platform);
            let (nonce, ct) = self.dir.key.seal(&plain, &aad)?;
            self.tx
                .query("INSERT INTO materials (user_id, version, platform, nonce, ciphertext) VALUES ($1, $2, $3, $4, $5)")
                .bind(user_id)
                .bind(version)
                .bind(platform.as_str())
                .bind(nonce)
                .bind(ct)
                .execute()
                .await?;
        }
        Ok(())
    }

    /// Commits a change that the audit log does not record: a device's
    /// check-in, whose marks (delivered, and when) the deliveries keep
    /// themselves; the log would otherwise grow with every poll. Wakes
    /// devices as [`Change::commit`] does.
    pub(crate) async fn commit_unaudited(mut self) -> Result<()> {
        self.number_due().await?;
        let Change {
            dir,
            tx,
            org_id,
            wake,
            positions_moved,
            access_queued,
            completed,
            ..
        } = self;
        tx.commit_waking(&wake).await?;
        if let Some(o) = dir.observer.get() {
            for latency in completed {
                o.password_completed(latency);
            }
        }
        // Only after the commit: a woken device must see what it is woken for.
        if positions_moved {
            dir.page_cursors.forget(&org_id);
        }
        dir.notifier.wake_committed(wake.iter());
        if access_queued {
            dir.access_wake.notify_one();
        }
        Ok(())
    }

    /// Writes the audit entry (`target`, `detail`, and what the state
    /// machine did), commits, then wakes devices and forgets moved list
    /// positions.
    pub(crate) async fn commit(mut self, target: Option<&str>, mut detail: Value) -> Result<()> {
        if !self.effects.is_empty() {
            if let Some(o) = detail.as_object_mut() {
                o.insert(
                    "effects".into(),
                    Value::Array(std::mem::take(&mut self.effects)),
                );
            }
        }
        audit_in(
            &mut self.tx,
            &self.org_id,
            &self.actor,
            self.action,
            target,
            self.outcome,
            detail,
        )
        .await?;
        self.commit_unaudited().await
    }
}

/// Additional data binding a material ciphertext to its row.
pub(crate) fn material_aad(user_id: &str, version: i64, platform: Platform) -> String {
    format!("{user_id}|{version}|{}", platform.as_str())
}

/// Runs `attempt` until it does not fail with a version mismatch: a
/// read-modify-write (SCIM PATCH) whose write lost a race reads again.
/// With an `If-Match` precondition the client asked for exactly one
/// version, so a mismatch is answered at once (412).
pub(crate) async fn retry_lost_races<T, F, Fut>(
    what: &str,
    precondition: Option<&IfMatch>,
    mut attempt: F,
) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    const ATTEMPTS: usize = 8;
    for _ in 0..ATTEMPTS {
        match attempt().await {
            Err(DirectoryError::VersionMismatch { .. }) if precondition.is_none() => continue,
            other => return other,
        }
    }
    Err(DirectoryError::Conflict(format!(
        "the {what} is being modified concurrently; retry"
    )))
}

/// Loads a user's password status, state and deliveries as a `UserSync`:
/// the user's row (unless `known`), its bindings, and the deliveries each
/// device has not completed yet (two statements however many devices).
pub(crate) async fn load_sync(
    tx: &mut WriteTx<'_>,
    user_id: &str,
    known: Known<'_>,
) -> Result<UserSync> {
    load_sync_on(tx, user_id, known, None).await
}

/// [`load_sync`] of one device's binding and deliveries only (`Some`).
async fn load_sync_on(
    tx: &mut WriteTx<'_>,
    user_id: &str,
    known: Known<'_>,
    device: Option<&str>,
) -> Result<UserSync> {
    let mut sync = match known {
        Known::Row {
            suspended,
            password,
        } => UserSync {
            password: password.clone(),
            suspended,
            ..UserSync::default()
        },
        Known::Nothing => {
            let r = tx
                .query("SELECT state, password FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional()
                .await?
                .ok_or_else(|| DirectoryError::NotFound(format!("User {user_id}")))?;
            UserSync {
                password: parse_password(&r.text("password")?)?,
                suspended: r.text("state")? == state::SUSPENDED,
                ..UserSync::default()
            }
        }
    };
    let bindings = match device {
        None => {
            tx.query(
                "SELECT b.device_id, b.completed_version, b.locked, d.platform FROM bindings b \
                 JOIN devices d ON d.id = b.device_id WHERE b.user_id = $1",
            )
            .bind(user_id)
            .fetch_all()
            .await?
        }
        Some(dev) => {
            tx.query(
                "SELECT b.device_id, b.completed_version, b.locked, d.platform FROM bindings b \
                 JOIN devices d ON d.id = b.device_id WHERE b.user_id = $1 AND b.device_id = $2",
            )
            .bind(user_id)
            .bind(dev)
            .fetch_all()
            .await?
        }
    };
    for b in bindings {
        let platform = Platform::parse(&b.text("platform")?)
            .ok_or_else(|| DirectoryError::invariant("stored platform is unknown"))?;
        sync.devices.insert(
            b.text("device_id")?,
            DeviceSync {
                platform,
                completed_version: b.int("completed_version")? as u64,
                deliveries: Vec::new(),
                locked: b.int("locked")? != 0,
            },
        );
    }
    if sync.devices.is_empty() {
        return Ok(sync);
    }
    const OPEN: &str = "SELECT d.device_id, d.version, d.state, d.cm_cleared FROM deliveries d \
         JOIN bindings b ON b.user_id = d.user_id AND b.device_id = d.device_id \
         WHERE d.user_id = $1 AND d.version >= b.completed_version";
    let rows = match device {
        None => {
            tx.query(&format!("{OPEN} ORDER BY d.device_id, d.version"))
                .bind(user_id)
                .fetch_all()
                .await?
        }
        Some(dev) => {
            tx.query(&format!("{OPEN} AND d.device_id = $2 ORDER BY d.version"))
                .bind(user_id)
                .bind(dev)
                .fetch_all()
                .await?
        }
    };
    for d in rows {
        let device = d.text("device_id")?;
        let Some(ds) = sync.devices.get_mut(&device) else {
            continue;
        };
        let state = DeliveryState::parse(&d.text("state")?)
            .ok_or_else(|| DirectoryError::invariant("stored delivery state is unknown"))?;
        ds.deliveries.push(Delivery {
            platform: ds.platform,
            device,
            version: d.int("version")? as u64,
            state,
            credential_manager_cleared: d.int("cm_cleared")? != 0,
        });
    }
    Ok(sync)
}

/// A stored password status.
pub(crate) fn parse_password(text: &str) -> Result<PasswordStatus> {
    serde_json::from_str(text).map_err(DirectoryError::internal)
}

impl Change<'_> {
    /// Writes what changed between `before` and `after`: the password
    /// status, bindings made, changed or removed, and deliveries added or
    /// moved. A delivery that becomes due (new, or reinstated) is numbered
    /// in its device's change sequence at commit, and its device is woken
    /// then whatever the transition asked (a device's idle mark relies on
    /// it; see `notify.rs`).
    async fn save_sync(
        &mut self,
        user_id: &str,
        before: &UserSync,
        after: &UserSync,
    ) -> Result<()> {
        let tx = &mut self.tx;
        let now = now_str();
        if before.password != after.password {
            tx.query("UPDATE users SET password = $1, drift = $2 WHERE id = $3")
                .bind(serde_json::to_string(&after.password).map_err(DirectoryError::internal)?)
                .bind(i64::from(after.password.drift))
                .bind(user_id)
                .execute()
                .await?;
        }
        // New bindings and deliveries are written many rows to a statement:
        // a group binding can give a user a thousand devices in one change.
        let mut new_bindings: Vec<(&str, &DeviceSync)> = Vec::new();
        let mut moved = Moved::default();
        for (dev, d) in &after.devices {
            let old = before.devices.get(dev);
            match old {
                None => new_bindings.push((dev, d)),
                Some(o) if (o.completed_version, o.locked) != (d.completed_version, d.locked) => {
                    tx.query("UPDATE bindings SET completed_version = $1, locked = $2 WHERE user_id = $3 AND device_id = $4")
                        .bind(d.completed_version as i64)
                        .bind(i64::from(d.locked))
                        .bind(user_id)
                        .bind(dev)
                        .execute()
                        .await?;
                }
                Some(_) => {}
            }
            save_deliveries(tx, user_id, dev, old, &d.deliveries, &now, &mut moved).await?;
        }
        for (dev, d) in &after.unbound {
            let old = before.devices.get(dev);
            save_deliveries(tx, user_id, dev, old, &d.deliveries, &now, &mut moved).await?;
            tx.query("DELETE FROM bindings WHERE user_id = $1 AND device_id = $2")
                .bind(user_id)
                .bind(dev)
                .execute()
                .await?;
        }
        insert_bindings(tx, user_id, &new_bindings, &now).await?;
        insert_deliveries(tx, user_id, &moved.new, &now).await?;
        let new = moved.new.iter().map(|(dev, d)| (*dev, d.version));
        for (dev, version) in moved.reinstated.into_iter().chain(new) {
            self.wake.insert(dev.to_string());
            self.due
                .insert((dev.to_string(), user_id.to_string(), version));
        }
        Ok(())
    }
}

/// Rows per multi-row `INSERT`: SQLite finds a `$N` parameter by walking
/// its list of names, so a statement with p parameters costs p² to bind;
/// 50 rows keep that small and still share one statement among many rows.
const ROWS_PER_INSERT: usize = 50;

/// Inserts new bindings, made through a group unless the caller marks
/// them direct afterwards; in the user's org (every caller binds within one).
async fn insert_bindings(
    tx: &mut WriteTx<'_>,
    user_id: &str,
    rows: &[(&str, &DeviceSync)],
    now: &str,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let org = tx
        .query("SELECT org_id FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one()
        .await?
        .text("org_id")?;
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let mut sql = String::from(
            "INSERT INTO bindings (user_id, device_id, org_id, completed_version, locked, created_at, direct) VALUES ",
        );
        for i in 0..chunk.len() {
            let b = 4 + i * 3;
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!("($1, ${b}, $2, ${}, ${}, $3, 0)", b + 1, b + 2));
        }
        let mut q = tx.query(&sql).bind(user_id).bind(&org).bind(now);
        for (dev, d) in chunk {
            q = q
                .bind(*dev)
                .bind(d.completed_version as i64)
                .bind(i64::from(d.locked));
        }
        q.execute().await?;
    }
    Ok(())
}

/// Inserts new deliveries; their change sequence numbers are written at
/// commit ([`Change::number_due`]; until then they hold 0, seen only by this
/// transaction). A device bound again gets a version it once had cancelled
/// (unbound): the old row becomes the new delivery.
async fn insert_deliveries(
    tx: &mut WriteTx<'_>,
    user_id: &str,
    rows: &[(&str, &Delivery)],
    now: &str,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let mut sql = String::from(
            "INSERT INTO deliveries (user_id, device_id, version, platform, state, cm_cleared, change_seq, updated_at, created_at) VALUES ",
        );
        for i in 0..chunk.len() {
            let b = 3 + i * 6;
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!(
                "($1, ${b}, ${}, ${}, ${}, ${}, ${}, $2, $2)",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5
            ));
        }
        sql.push_str(
            " ON CONFLICT (user_id, device_id, version) DO UPDATE SET platform = excluded.platform, \
             state = excluded.state, cm_cleared = excluded.cm_cleared, change_seq = excluded.change_seq, \
             updated_at = excluded.updated_at, created_at = excluded.created_at",
        );
        let mut q = tx.query(&sql).bind(user_id).bind(now);
        for (dev, del) in chunk {
            q = q
                .bind(*dev)
                .bind(del.version as i64)
                .bind(del.platform.as_str())
                .bind(del.state.as_str())
                .bind(i64::from(del.credential_manager_cleared))
                .bind(0_i64);
        }
        q.execute().await?;
    }
    Ok(())
}

/// Deliveries [`save_deliveries`] leaves to be written or numbered.
#[derive(Default)]
struct Moved<'s> {
    /// New deliveries, for [`insert_deliveries`].
    new: Vec<(&'s str, &'s Delivery)>,
    /// (device, version) of deliveries due again, numbered at commit.
    reinstated: Vec<(&'s str, u64)>,
}

/// Writes one device's changed deliveries; collects new and reinstated
/// ones into `out`.
async fn save_deliveries<'s>(
    tx: &mut WriteTx<'_>,
    user_id: &str,
    dev: &'s str,
    old: Option<&DeviceSync>,
    deliveries: &'s [Delivery],
    now: &str,
    out: &mut Moved<'s>,
) -> Result<()> {
    for del in deliveries {
        let prev = old.and_then(|o| o.deliveries.iter().find(|x| x.version == del.version));
        match prev {
            None => out.new.push((dev, del)),
            Some(p)
                if p.state != del.state
                    || p.credential_manager_cleared != del.credential_manager_cleared =>
            {
                if del.state == DeliveryState::Pending {
                    out.reinstated.push((dev, del.version));
                }
                tx.query(
                    "UPDATE deliveries SET state = $1, cm_cleared = $2, updated_at = $3 \
                     WHERE user_id = $4 AND device_id = $5 AND version = $6",
                )
                .bind(del.state.as_str())
                .bind(i64::from(del.credential_manager_cleared))
                .bind(now)
                .bind(user_id)
                .bind(dev)
                .bind(del.version as i64)
                .execute()
                .await?;
            }
            Some(_) => {}
        }
    }
    Ok(())
}
