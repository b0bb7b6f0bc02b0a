//! Devices: enrollment, user↔device bindings, the long-poll check-in that
//! hands a device the material for users bound to it, and acknowledgements.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use agent_protocol::{
    AccountCommand, AccountSpec, AccountState, AccountStatusReport, AdminGrant, CheckinResponse,
    CommandKind, Delivery, Device, GroupSpec,
};
use password_sync::{DeliveryEvent, DeviceMaterial, Platform, Zeroizing};
use serde_json::json;

use crate::access::BINDINGS_ON_DEVICE;
use crate::admin::{is_unique_violation, UnixAccounts};
use crate::change::{material_aad, Change, Known, ACCOUNTS_CHANGED};
use crate::crypto::new_secret;
use crate::db::now_str;
use crate::error::{DirectoryError, Result};
use crate::reads::{Arg, Cols};
use crate::Directory;

/// How many resolved device credentials a process remembers (about 200
/// bytes each).
pub(crate) const CREDENTIALS_CACHED: usize = 1 << 17;

/// The tag that starts every device credential.
pub const DEVICE_SECRET_TAG: &str = "dv";

impl Directory {
    /// Enrolls a device by an admin's hand (the admin API); the returned
    /// credential is shown once (stored hashed). Agents enrol with a token
    /// instead ([`Directory::enroll_with_token`]).
    pub async fn enroll_device(
        &self,
        org_id: &str,
        name: &str,
        platform: Platform,
    ) -> Result<(Device, Zeroizing<String>)> {
        self.org_settings(org_id).await?;
        let mut c = self.change(org_id, "admin", "device.enroll").await?;
        let (d, secret) = self.insert_device(&mut c, org_id, name, platform).await?;
        c.commit(Some(&d.id), json!({"name": name, "platform": platform}))
            .await?;
        Ok((d, secret))
    }

    /// Adds a device to `org_id` in the change `c`; its credential is returned.
    pub(crate) async fn insert_device(
        &self,
        c: &mut Change<'_>,
        org_id: &str,
        name: &str,
        platform: Platform,
    ) -> Result<(Device, Zeroizing<String>)> {
        if name.trim().is_empty() || name.len() > 255 || name.chars().any(char::is_control) {
            return Err(DirectoryError::BadRequest(
                "a device name is 1 to 255 characters, none of them control characters".into(),
            ));
        }
        let s = new_secret(DEVICE_SECRET_TAG);
        let d = Device {
            id: uuid::Uuid::new_v4().to_string(),
            org_id: org_id.into(),
            name: name.into(),
            platform,
        };
        c.tx().query(
            "INSERT INTO devices (id, org_id, name, platform, secret_prefix, secret_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&d.id)
        .bind(&d.org_id)
        .bind(&d.name)
        .bind(platform.as_str())
        .bind(&s.prefix)
        .bind(&s.hash)
        .bind(now_str())
        .execute()
        .await?;
        Ok((d, s.secret))
    }

    /// Resolves a device credential (constant-time compare of the hash).
    ///
    /// A credential once resolved is remembered (by its SHA-256 digest, so
    /// a lookup's timing tells nothing of a credential's characters; a
    /// wrong credential is not remembered): a device's row never changes,
    /// as devices are neither renamed, removed nor given a new credential,
    /// so a fleet reconnecting costs no reads here. Whatever comes to
    /// change a device must forget its entry, on every replica. Shared
    /// with the cache: a check-in holds the device for its whole wait, and
    /// a copy of its strings would be part of every held check-in.
    pub async fn resolve_device(&self, secret: &str) -> Result<Arc<Device>> {
        let digest = crate::crypto::secret_digest(secret);
        if let Some(d) = self.devices_by_credential.get(&digest) {
            return Ok(d);
        }
        let r = self
            .row_for_secret(
                secret,
                &digest,
                DEVICE_SECRET_TAG,
                "SELECT id, org_id, name, platform, secret_hash AS hash FROM devices WHERE secret_prefix = $1",
            )
            .await?;
        let d = Arc::new(device_from_row(&r)?);
        self.devices_by_credential.insert(digest, Arc::clone(&d));
        Ok(d)
    }

    /// Devices of an org.
    pub async fn list_devices(&self, org_id: &str) -> Result<Vec<Device>> {
        let rows = sqlx::query("SELECT id, org_id, name, platform FROM devices WHERE org_id = $1 ORDER BY created_at, id")
            .bind(org_id)
            .fetch_all(&self.db.pool)
            .await?;
        rows.iter().map(device_from_row).collect()
    }

    async fn device(&self, org_id: &str, id: &str) -> Result<Device> {
        let r = sqlx::query(
            "SELECT id, org_id, name, platform FROM devices WHERE id = $1 AND org_id = $2",
        )
        .bind(id)
        .bind(org_id)
        .fetch_optional(&self.db.pool)
        .await?
        .ok_or_else(|| DirectoryError::NotFound(format!("device {id}")))?;
        device_from_row(&r)
    }

    /// Binds a user to a device (both in `org_id`): the device receives the
    /// user's account (a uid is assigned at the user's first bind) and
    /// current password if it is deliverable, and a suspended user's
    /// account starts locked. Binding again changes nothing.
    pub async fn bind(&self, org_id: &str, user_id: &str, device_id: &str) -> Result<()> {
        let row = self.user_row_by_id(org_id, user_id).await?;
        let device = self.device(org_id, device_id).await?;
        let mut c = self.change(org_id, "admin", "device.bind").await?;
        let after = c
            .sync(user_id, Known::Nothing, None, |s| {
                Ok(s.bind(device_id, device.platform))
            })
            .await;
        match after {
            Ok(_) => {}
            // Bound meanwhile by another request: that one made the binding.
            Err(e) if is_unique_violation(&e) => return Ok(()),
            Err(e) => return Err(e),
        }
        // Direct, also when a group binding made it first: it then outlives
        // the group's.
        c.tx()
            .query("UPDATE bindings SET direct = 1 WHERE user_id = $1 AND device_id = $2")
            .bind(user_id)
            .bind(device_id)
            .execute()
            .await?;
        let uid = match row.uid {
            Some(uid) => uid,
            None => {
                let unix = unix_accounts_in(&mut c, org_id).await?;
                assign_uid(&mut c, org_id, user_id, &unix).await?
            }
        };
        c.device_command(device_id, user_id, ACCOUNTS_CHANGED);
        c.commit(Some(user_id), json!({"device": device_id, "uid": uid}))
            .await
    }

    /// Unbinds a user from a device; what it had open is cancelled, and the
    /// device locks the account (it removes it only if configured to). A
    /// user a group binding still brings to the device keeps the account:
    /// only the direct binding goes.
    pub async fn unbind(&self, org_id: &str, user_id: &str, device_id: &str) -> Result<()> {
        self.user_row_by_id(org_id, user_id).await?;
        let mut c = self.change(org_id, "admin", "device.unbind").await?;
        let direct = c
            .tx()
            .query("SELECT direct FROM bindings WHERE user_id = $1 AND device_id = $2")
            .bind(user_id)
            .bind(device_id)
            .fetch_optional()
            .await?;
        if direct.as_ref().map(|r| r.int("direct")).transpose()? == Some(1) {
            c.tx()
                .query("UPDATE bindings SET direct = 0 WHERE user_id = $1 AND device_id = $2")
                .bind(user_id)
                .bind(device_id)
                .execute()
                .await?;
            let users = std::iter::once(user_id.to_string()).collect();
            if self.reconcile_access(&mut c, org_id, &users).await? == 0 {
                // Still reached through a group: the account stays.
                return c
                    .commit(
                        Some(user_id),
                        json!({"device": device_id, "kept_by_group": true}),
                    )
                    .await;
            }
            return c.commit(Some(user_id), json!({"device": device_id})).await;
        }
        if direct.is_some() {
            return Err(DirectoryError::Conflict(format!(
                "user {user_id} reaches device {device_id} through a group binding: remove it from the group or the binding"
            )));
        }
        let unbound = c
            .sync(user_id, Known::Nothing, None, |s| s.unbind(device_id))
            .await;
        match unbound {
            Ok(_) => {}
            Err(DirectoryError::Password(password_sync::PasswordSyncError::UnknownDevice(_))) => {
                return Err(DirectoryError::NotFound(format!(
                    "binding of user {user_id} to device {device_id}"
                )))
            }
            Err(e) => return Err(e),
        }
        c.device_command(device_id, user_id, ACCOUNTS_CHANGED);
        c.commit(Some(user_id), json!({"device": device_id})).await
    }

    /// The device's check-in. Answers at once when there is work newer than
    /// `cursor`; otherwise waits for a change (in-process notification, and
    /// PostgreSQL NOTIFY from other replicas) until a random point in the
    /// last fifth of `wait` (see `jittered` in this module).
    ///
    /// Every device holds one of these futures for the whole wait, so it is
    /// kept small (the server's memory per held poll, BENCHMARKS.md P5):
    /// queries are boxed, and it and [`Directory::wait_for_work`] are plain
    /// functions returning a future, as an `async fn` keeps room for its
    /// arguments twice (rust-lang/rust#62958).
    // Not an `async fn` on purpose (see above): it would keep its
    // arguments twice in every held check-in.
    #[allow(clippy::manual_async_fn)]
    pub fn checkin<'a>(
        &'a self,
        device: &'a Device,
        cursor: i64,
        wait: Duration,
    ) -> impl Future<Output = Result<CheckinResponse>> + Send + 'a {
        async move {
            let handle = self.notifier.handle(&device.id);
            // The cursor a device sends is what it has applied (an agent saves
            // its reconcile before it polls again): kept for convergence,
            // written soon after by the applied cursors' writer
            // (`applied.rs`). The answer does not wait for it.
            self.applied.note(&self.db, &device.id, &handle, cursor);
            self.wait_for_work(device, cursor, wait, &handle).await
        }
    }

    /// Waits until the applied cursors of every check-in made so far are
    /// written (a check-in's answer does not wait for its own; see
    /// `applied.rs`): for a view that must show them, and before a
    /// graceful exit. An error is a cursor write that failed meanwhile;
    /// its cursors stay queued and are tried again.
    pub async fn applied_cursors_written(&self) -> Result<()> {
        self.applied.written().await
    }

    /// [`Directory::checkin`]'s work: at once if there is any, otherwise
    /// the first found after a wake-up, or nothing at the deadline.
    // Not an `async fn`, as [`Directory::checkin`] is not.
    #[allow(clippy::manual_async_fn)]
    fn wait_for_work<'a>(
        &'a self,
        device: &'a Device,
        cursor: i64,
        wait: Duration,
        handle: &'a crate::notify::Slot,
    ) -> impl Future<Output = Result<CheckinResponse>> + Send + 'a {
        async move {
            let notified = handle.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let deadline = tokio::time::Instant::now() + jittered(wait);
            loop {
                // Boxed: a held check-in's future would otherwise be as large as
                // the largest state of the queries, for the whole wait
                // (BENCHMARKS.md, P5). And only the cursor of an empty answer is
                // kept across the wait, not the answer (112 bytes a device).
                let idle_at = {
                    let work = Box::pin(self.work_since(device, cursor, handle)).await?;
                    if !work.is_empty() || wait.is_zero() {
                        return Ok(work);
                    }
                    work.cursor
                };
                // A wake-up can find nothing new (with PostgreSQL, a NOTIFY for
                // an earlier commit can arrive late): wait again until the
                // deadline.
                if tokio::time::timeout_at(deadline, notified.as_mut())
                    .await
                    .is_err()
                {
                    return Ok(CheckinResponse::empty(idle_at));
                }
                // Re-armed before the read, so a commit in between still wakes us.
                notified.set(handle.notified());
                notified.as_mut().enable();
            }
        }
    }

    /// The device's work after `cursor`: nothing, from memory, when a read
    /// of it up to `cursor` found nothing after and the device has not been
    /// woken since (`notify.rs` says why that is exact); otherwise read
    /// from the store, leaving such a mark for the cursor the answer moves
    /// the device to.
    async fn work_since(
        &self,
        device: &Device,
        cursor: i64,
        slot: &crate::notify::Slot,
    ) -> Result<CheckinResponse> {
        let mark = self.notifier.mark(slot);
        // Cursor 0 (a first sync) is always read: it carries the account list.
        if cursor > 0 && mark.is_some_and(|m| slot.idle_at(cursor, m)) {
            return Ok(CheckinResponse::empty(cursor));
        }
        let work = self.collect_work(device, cursor).await?;
        if let Some(m) = mark {
            slot.set_idle(work.cursor, m);
        }
        Ok(work)
    }

    /// Records the agent a device runs, from the `User-Agent` of its
    /// check-in (its product token, e.g. `directory-agent/0.2.0`; see
    /// [`agent_protocol::agent_product`]), so admins see which version runs
    /// where. Reads before it writes, and remembers what it saw per
    /// process (on the device's notifier slot), so a device that keeps its
    /// agent costs no write; a change is written and audited
    /// (`device.agent`, from and to). A header that
    /// is not a product token is not recorded (the device keeps the agent
    /// last seen): it is metadata, and a check-in is never refused for it.
    pub async fn note_agent(&self, device: &Device, user_agent: &str) -> Result<()> {
        let Some(agent) = agent_protocol::agent_product(user_agent) else {
            return Ok(());
        };
        if self.notifier.handle(&device.id).runs(agent) {
            return Ok(());
        }
        // Boxed: every held check-in awaits this future inline before it
        // waits, so its size (the queries' and the change's states, some
        // 2.4 KiB) would otherwise be part of each held check-in's future
        // for the whole wait (BENCHMARKS.md, P5).
        Box::pin(self.record_agent(device, agent)).await
    }

    /// [`Directory::note_agent`] for an agent this process has not seen on
    /// the device: read the stored one, write and audit a change.
    async fn record_agent(&self, device: &Device, agent: &str) -> Result<()> {
        let remember = |dir: &Directory| dir.notifier.handle(&device.id).set_agent(agent);
        let stored = self
            .db
            .read(
                "SELECT agent FROM devices WHERE id = $1",
                &[Arg::from(device.id.as_str())],
            )
            .await?
            .first()
            .map(|r| r.opt_text("agent"))
            .transpose()?
            .flatten();
        if stored.as_deref() == Some(agent) {
            remember(self);
            return Ok(());
        }
        let actor = format!("device:{}", device.id);
        let mut c = self.change(&device.org_id, &actor, "device.agent").await?;
        c.tx()
            .query("UPDATE devices SET agent = $1 WHERE id = $2")
            .bind(agent)
            .bind(&device.id)
            .execute()
            .await?;
        c.commit(
            Some(&device.id),
            serde_json::json!({"from": stored, "to": agent}),
        )
        .await?;
        remember(self);
        Ok(())
    }

    async fn collect_work(&self, device: &Device, cursor: i64) -> Result<CheckinResponse> {
        // Read-only probe first: idle devices never take the write lock.
        // One statement, so one snapshot: with two reads, a bind committed
        // between them would show its command (seq n+1) but not its
        // delivery (seq n), and the cursor would move past the delivery.
        let args = [Arg::from(device.id.as_str()), Arg::Int(cursor)];
        let rows = self
            .db
            .read(
                "SELECT 'd' AS kind, user_id, version, change_seq AS seq, CAST(NULL AS TEXT) AS command, \
                 CAST(NULL AS TEXT) AS unix_username FROM deliveries WHERE device_id = $1 AND change_seq > $2 \
                 AND state IN ('pending', 'delivered', 'awaiting_confirmation') \
                 UNION ALL \
                 SELECT 'c' AS kind, c.user_id, 0 AS version, c.seq, c.command, u.unix_username \
                 FROM device_commands c LEFT JOIN users u ON u.id = c.user_id WHERE c.device_id = $1 AND c.seq > $2 \
                 ORDER BY seq",
                &args,
            )
            .await?;
        let mut open = Vec::new();
        let mut cmds = Vec::new();
        for r in &rows {
            if r.text("kind")? == "d" {
                open.push(r);
            } else {
                cmds.push(r);
            }
        }
        let mut out = CheckinResponse::empty(cursor);
        for c in &cmds {
            let seq = c.int("seq")?;
            out.cursor = out.cursor.max(seq);
            let command = match c.text("command")?.as_str() {
                "lock" => CommandKind::Lock,
                "unlock" => CommandKind::Unlock,
                // Carried by the account list below.
                ACCOUNTS_CHANGED => continue,
                other => {
                    return Err(DirectoryError::invariant(format!(
                        "stored device command '{other}' is unknown"
                    )))
                }
            };
            let Some(username) = c.opt_text("unix_username")? else {
                continue; // the user is gone
            };
            out.commands.push(AccountCommand {
                seq,
                user_id: c.text("user_id")?,
                username,
                command,
            });
        }
        // The whole desired list whenever anything changed, and at the
        // first check-in if the device has accounts at all.
        if !cmds.is_empty() || !open.is_empty() || cursor == 0 {
            let accounts = self.desired_accounts(device).await?;
            if !(cursor == 0 && accounts.is_empty() && cmds.is_empty() && open.is_empty()) {
                out.groups = Some(self.desired_groups(device).await?);
                out.accounts = Some(accounts);
            }
        }
        if open.is_empty() {
            return Ok(out);
        }
        let mut users = Vec::new();
        for r in &open {
            out.cursor = out.cursor.max(r.int("seq")?);
            let u = r.text("user_id")?;
            if !users.contains(&u) {
                users.push(u);
            }
        }
        // A check-in's marks (delivered, when) are kept on the deliveries
        // themselves; the audit log, which would grow with every poll,
        // records reports instead.
        let actor = format!("device:{}", device.id);
        let mut c = self
            .change(&device.org_id, &actor, "device.checkin")
            .await?;
        for user_id in users {
            c.sync_on(&user_id, &device.id, |s| s.fetch(&device.id))
                .await?;
        }
        let sends = c.sends().to_vec();
        for (user_id, version) in sends {
            let r = c.tx().query(
                "SELECT m.nonce, m.ciphertext, u.unix_username FROM materials m JOIN users u ON u.id = m.user_id \
                 WHERE m.user_id = $1 AND m.version = $2 AND m.platform = $3",
            )
            .bind(&user_id)
            .bind(version as i64)
            .bind(device.platform.as_str())
            .fetch_optional()
            .await?
            .ok_or_else(|| DirectoryError::invariant(format!("no stored material for version {version}")))?;
            let plain = self.key.open(
                &r.text("nonce")?,
                &r.text("ciphertext")?,
                &material_aad(&user_id, version as i64, device.platform),
            )?;
            let material: DeviceMaterial =
                serde_json::from_slice(&plain).map_err(DirectoryError::internal)?;
            out.deliveries.push(Delivery {
                user_id,
                username: r.text("unix_username")?,
                version,
                material,
            });
        }
        c.tx()
            .query("UPDATE devices SET last_seen_at = $1 WHERE id = $2")
            .bind(now_str())
            .bind(&device.id)
            .execute()
            .await?;
        c.commit_unaudited().await?;
        Ok(out)
    }

    /// The device reports progress on a delivery (applied, prompted, confirmed).
    /// Only deliveries for users bound to this device are accepted.
    pub async fn report_delivery(
        &self,
        device: &Device,
        user_id: &str,
        version: u64,
        event: DeliveryEvent,
    ) -> Result<()> {
        let actor = format!("device:{}", device.id);
        let mut c = self.change(&device.org_id, &actor, "device.report").await?;
        let bound = c
            .tx()
            .query("SELECT user_id FROM bindings WHERE user_id = $1 AND device_id = $2")
            .bind(user_id)
            .bind(&device.id)
            .fetch_optional()
            .await?;
        if bound.is_none() {
            return Err(DirectoryError::NotFound(format!(
                "user {user_id} is not bound to this device"
            )));
        }
        c.sync_on(user_id, &device.id, |s| {
            s.report(&device.id, version, event)
        })
        .await?;
        c.commit(Some(user_id), json!({"version": version, "event": event}))
            .await
    }

    /// Several delivery reports in one transaction (a device that applied
    /// many passwords at once). A report that no longer applies (the user
    /// was unbound, the transition is not allowed any more) is skipped and
    /// said why; the others are recorded. One audit entry says how many.
    pub async fn report_deliveries(
        &self,
        device: &Device,
        reports: &[agent_protocol::ReportOwned],
    ) -> Result<agent_protocol::ReportBatchResult> {
        if reports.len() > agent_protocol::ReportBatch::MAX {
            return Err(DirectoryError::BadRequest(format!(
                "a report batch holds at most {} reports",
                agent_protocol::ReportBatch::MAX
            )));
        }
        let actor = format!("device:{}", device.id);
        let mut c = self
            .change(&device.org_id, &actor, "device.report_batch")
            .await?;
        let mut out = agent_protocol::ReportBatchResult::default();
        for r in reports {
            let bound = c
                .tx()
                .query("SELECT user_id FROM bindings WHERE user_id = $1 AND device_id = $2")
                .bind(&r.user_id)
                .bind(&device.id)
                .fetch_optional()
                .await?;
            if bound.is_none() {
                out.not_applicable
                    .push(format!("user {} is not bound to this device", r.user_id));
                continue;
            }
            match c
                .sync_on(&r.user_id, &device.id, |s| {
                    s.report(&device.id, r.version, r.event)
                })
                .await
            {
                Ok(_) => out.accepted += 1,
                // Refused by the state machine before anything was written.
                Err(DirectoryError::Password(e)) => out
                    .not_applicable
                    .push(format!("user {} version {}: {e}", r.user_id, r.version)),
                Err(e) => return Err(e),
            }
        }
        c.commit(
            None,
            json!({"reports": reports.len(), "accepted": out.accepted, "not_applicable": out.not_applicable.len()}),
        )
        .await?;
        Ok(out)
    }

    /// Gives a uid to every bound user that has none (bindings made before
    /// uids existed) and tells their devices; returns how many. Run at
    /// open, idempotent, and harmless when replicas race (the loser skips a
    /// number). A user the org's range has no room for is logged and left
    /// for the admin (raise `unix_accounts.uid_max`); the start goes on.
    pub(crate) async fn backfill_uids(&self) -> Result<usize> {
        let rows = self
            .db
            .read(
                "SELECT DISTINCT b.user_id, b.org_id FROM bindings b JOIN users u ON u.id = b.user_id \
                 WHERE u.uid IS NULL",
                &[],
            )
            .await?;
        let mut assigned = 0;
        for r in &rows {
            let (user_id, org_id) = (r.text("user_id")?, r.text("org_id")?);
            let unix = self.org_settings(&org_id).await?.unix_accounts;
            let mut c = self
                .change(&org_id, "operator", "device.assign_uid")
                .await?;
            match assign_uid(&mut c, &org_id, &user_id, &unix).await {
                Ok(uid) => {
                    account_changed(&mut c, &user_id).await?;
                    c.commit(Some(&user_id), json!({"uid": uid})).await?;
                    assigned += 1;
                }
                Err(DirectoryError::Conflict(why)) => {
                    tracing::warn!(user = %user_id, org = %org_id, reason = %why, "no uid for a bound user");
                }
                Err(e) => return Err(e),
            }
        }
        Ok(assigned)
    }

    /// Every account the device must have: the users bound to it, by uid.
    /// A user without a uid (bound before uids existed) gets one when the
    /// directory opens (`backfill_uids`); until then it is left
    /// out.
    pub async fn desired_accounts(&self, device: &Device) -> Result<Vec<AccountSpec>> {
        let unix = self.org_settings(&device.org_id).await?.unix_accounts;
        let rows = self
            .db
            .read(
                "SELECT b.user_id, b.locked, u.unix_username, u.uid, u.resource,                  (SELECT MAX(d.version) FROM deliveries d WHERE d.user_id = b.user_id AND d.device_id = b.device_id) AS pv                  FROM bindings b JOIN users u ON u.id = b.user_id                  WHERE b.device_id = $1 AND u.uid IS NOT NULL ORDER BY u.uid",
                &[Arg::from(device.id.as_str())],
            )
            .await?;
        let home_base = unix.home_base.trim_end_matches('/');
        let admins = self.admin_grants(device).await?;
        rows.iter()
            .map(|r| {
                let uid = u32::try_from(r.int("uid")?)
                    .map_err(|_| DirectoryError::invariant("stored uid is out of range"))?;
                let username = r.text("unix_username")?;
                let resource: serde_json::Value =
                    serde_json::from_str(&r.text("resource")?).map_err(DirectoryError::internal)?;
                Ok(AccountSpec {
                    user_id: r.text("user_id")?,
                    home: format!("{home_base}/{username}"),
                    username,
                    uid,
                    gid: uid,
                    full_name: full_name(&resource),
                    shell: unix.shell.clone(),
                    locked: r.int("locked")? != 0,
                    take_over: unix.take_over_local_accounts,
                    password_version: r.opt_int("pv")?.unwrap_or(0).max(0) as u64,
                    admin: admins.get(&r.text("user_id")?).copied(),
                })
            })
            .collect()
    }

    /// The admin rights group bindings grant on the device, by user: the
    /// longest of each user's grants that hold now.
    async fn admin_grants(
        &self,
        device: &Device,
    ) -> Result<std::collections::BTreeMap<String, AdminGrant>> {
        let now = chrono::Utc::now().timestamp();
        let sql = format!(
            "SELECT gm.member_id, g.admin_until FROM ({BINDINGS_ON_DEVICE}) g \
             JOIN group_members gm ON gm.group_id = g.group_id WHERE g.admin = 1"
        );
        let rows = self.db.read(&sql, &[Arg::from(device.id.as_str())]).await?;
        let mut out = std::collections::BTreeMap::new();
        for r in &rows {
            let until = r.opt_int("admin_until")?;
            if until.is_some_and(|t| t <= now) {
                continue;
            }
            let until = until.map(|t| t.max(0) as u64);
            out.entry(r.text("member_id")?)
                .and_modify(|g: &mut AdminGrant| {
                    g.until = match (g.until, until) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        _ => None,
                    }
                })
                .or_insert(AdminGrant { until });
        }
        Ok(out)
    }

    /// The unix groups the device must have: every group a binding brings
    /// to it, with its members among the users bound to the device.
    pub async fn desired_groups(&self, device: &Device) -> Result<Vec<GroupSpec>> {
        let sql = format!(
            "SELECT DISTINCT g.id, g.unix_name, g.gid, b.user_id FROM ({BINDINGS_ON_DEVICE}) gb \
             JOIN groups g ON g.id = gb.group_id \
             LEFT JOIN group_members gm ON gm.group_id = g.id \
             LEFT JOIN bindings b ON b.user_id = gm.member_id AND b.device_id = $1 \
             WHERE g.gid IS NOT NULL ORDER BY g.gid, b.user_id"
        );
        let rows = self.db.read(&sql, &[Arg::from(device.id.as_str())]).await?;
        let mut out: Vec<GroupSpec> = Vec::new();
        for r in &rows {
            let id = r.text("id")?;
            if out.last().is_none_or(|g| g.group_id != id) {
                out.push(GroupSpec {
                    group_id: id,
                    name: r.opt_text("unix_name")?.unwrap_or_default(),
                    gid: u32::try_from(r.int("gid")?)
                        .map_err(|_| DirectoryError::invariant("stored gid is out of range"))?,
                    members: Vec::new(),
                });
            }
            if let (Some(user), Some(g)) = (r.opt_text("user_id")?, out.last_mut()) {
                g.members.push(user);
            }
        }
        Ok(out)
    }

    /// The device reports the state of its accounts; the admin sees each
    /// in the user's details. Every user named must be bound to the device.
    pub async fn report_status(&self, device: &Device, report: &AccountStatusReport) -> Result<()> {
        const MAX_ACCOUNTS: usize = 10_000;
        const MAX_DETAIL: usize = 1_000;
        if report.accounts.len() > MAX_ACCOUNTS {
            return Err(DirectoryError::BadRequest(format!(
                "a status report holds at most {MAX_ACCOUNTS} accounts"
            )));
        }
        let actor = format!("device:{}", device.id);
        let mut c = self.change(&device.org_id, &actor, "device.status").await?;
        let now = now_str();
        let mut notable = Vec::new();
        for a in &report.accounts {
            let (state, detail) = match &a.state {
                AccountState::InSync => ("in_sync", None),
                AccountState::Drifted => ("drifted", None),
                AccountState::Failed(why) => ("failed", Some(why)),
                AccountState::Refused(why) => ("refused", Some(why)),
            };
            let detail = detail.map(|d| d.chars().take(MAX_DETAIL).collect::<String>());
            let n = c
                .tx()
                .query(
                    "UPDATE bindings SET agent_state = $1, agent_detail = $2, agent_version = $3, agent_at = $4                      WHERE user_id = $5 AND device_id = $6",
                )
                .bind(state)
                .bind(detail.clone())
                .bind(a.password_version as i64)
                .bind(&now)
                .bind(&a.user_id)
                .bind(&device.id)
                .execute()
                .await?;
            if n == 0 {
                return Err(DirectoryError::NotFound(format!(
                    "user {} is not bound to this device",
                    a.user_id
                )));
            }
            if state != "in_sync" {
                notable.push(json!({"user": a.user_id, "state": state, "detail": detail}));
            }
        }
        let groups: Vec<_> = report
            .groups
            .iter()
            .take(MAX_ACCOUNTS)
            .map(|g| json!({"group": g.group_id, "refused": g.refused.chars().take(MAX_DETAIL).collect::<String>()}))
            .collect();
        let mut detail = json!({"accounts": report.accounts.len(), "not_in_sync": notable});
        if !groups.is_empty() {
            detail["groups_refused"] = json!(groups);
        }
        c.commit(None, detail).await
    }
}

/// The org's unix account settings, read through `c`'s own transaction.
/// A change must not read through the pool while it holds a connection:
/// with as many changes open as the pool has connections (PostgreSQL
/// replicas under concurrent binds), each would wait for a connection only
/// another could give back, until the pool's wait ran out (503).
pub(crate) async fn unix_accounts_in(c: &mut Change<'_>, org_id: &str) -> Result<UnixAccounts> {
    let text = c
        .tx()
        .query("SELECT settings FROM orgs WHERE id = $1")
        .bind(org_id)
        .fetch_optional()
        .await?
        .ok_or_else(|| DirectoryError::NotFound(format!("org {org_id}")))?
        .text("settings")?;
    Ok(crate::admin::stored_settings(&text)?.unix_accounts)
}

/// Takes the next uid from the org's counter for a user that has none:
/// counters only grow, so a uid is never given twice, even after the user
/// it was given to is gone.
pub(crate) async fn assign_uid(
    c: &mut Change<'_>,
    org_id: &str,
    user_id: &str,
    unix: &UnixAccounts,
) -> Result<i64> {
    let row = c
        .tx()
        .query(
            "UPDATE orgs SET next_uid = CASE WHEN next_uid IS NULL OR next_uid < $2 THEN $2 ELSE next_uid END + 1              WHERE id = $1 RETURNING next_uid",
        )
        .bind(org_id)
        .bind(i64::from(unix.uid_min))
        .fetch_one()
        .await?;
    let uid = row.int("next_uid")? - 1;
    if uid > i64::from(unix.uid_max) {
        return Err(DirectoryError::Conflict(format!(
            "the org's uid range ({}-{}) is used up: raise unix_accounts.uid_max in the settings",
            unix.uid_min, unix.uid_max
        )));
    }
    let n = c
        .tx()
        .query("UPDATE users SET uid = $1 WHERE id = $2 AND uid IS NULL")
        .bind(uid)
        .bind(user_id)
        .execute()
        .await?;
    if n == 1 {
        return Ok(uid);
    }
    // A bind to another device gave the user one meanwhile (the number
    // taken here is skipped, never given to anyone).
    c.tx()
        .query("SELECT uid FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one()
        .await?
        .int("uid")
}

/// A full name a GECOS field can hold: `:` ends the field, `,` separates
/// its parts, and a control character has no place in /etc/passwd.
pub(crate) fn gecos(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c == ':' || c == ',' || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Tells the devices a user is bound to that the user's account changed
/// (its full name): they receive the account list at their next check-in.
pub(crate) async fn account_changed(c: &mut Change<'_>, user_id: &str) -> Result<()> {
    let devices = c
        .tx()
        .query("SELECT device_id FROM bindings WHERE user_id = $1")
        .bind(user_id)
        .fetch_all()
        .await?;
    for d in devices {
        c.device_command(&d.text("device_id")?, user_id, ACCOUNTS_CHANGED);
    }
    Ok(())
}

/// The full name of a SCIM user: `name.formatted`, else the given and
/// family names, else `displayName`.
pub(crate) fn full_name(resource: &serde_json::Value) -> String {
    let name = &resource["name"];
    let text = |v: &serde_json::Value| v.as_str().unwrap_or("").trim().to_string();
    let formatted = text(&name["formatted"]);
    if !formatted.is_empty() {
        return gecos(&formatted);
    }
    let parts = format!("{} {}", text(&name["givenName"]), text(&name["familyName"]));
    if !parts.trim().is_empty() {
        return gecos(&parts);
    }
    gecos(&text(&resource["displayName"]))
}

fn device_from_row(r: &impl Cols) -> Result<Device> {
    Ok(Device {
        id: r.text("id")?,
        org_id: r.text("org_id")?,
        name: r.text("name")?,
        platform: Platform::parse(&r.text("platform")?)
            .ok_or_else(|| DirectoryError::invariant("stored platform is unknown"))?,
    })
}

/// A random point in the last fifth of `wait`. Devices that polled together
/// (after a server restart, or enrolled at once) would otherwise all come
/// back at the same instant every cycle, and a change sent then waits
/// behind thousands of re-polls: the spikes in BENCHMARKS.md's P3 plot.
/// With this, each cycle spreads them further.
pub(crate) fn jittered(wait: Duration) -> Duration {
    wait - (wait / 5).mul_f64(rand::random::<f64>())
}

#[cfg(test)]
mod jitter_tests {
    use super::*;

    #[test]
    fn jitter_stays_in_the_last_fifth_and_varies() {
        let wait = Duration::from_secs(25);
        let samples: Vec<Duration> = (0..200).map(|_| jittered(wait)).collect();
        assert!(samples.iter().all(|d| *d <= wait && *d >= wait * 4 / 5));
        let distinct: std::collections::HashSet<_> = samples.iter().collect();
        assert!(
            distinct.len() > 100,
            "only {} distinct waits",
            distinct.len()
        );
        assert_eq!(jittered(Duration::ZERO), Duration::ZERO);
    }
}

#[cfg(test)]
mod idle_tests {
    use super::*;
    use crate::db::statement_log;
    use scim_core::patch::PatchRequest;

    fn reads_of(log: &[String], table: &str) -> usize {
        log.iter()
            .filter(|s| s.trim_start().starts_with("SELECT") && s.contains(table))
            .count()
    }

    /// A device that has its work is answered "nothing new" without a read
    /// until a change gives it work; its credential is read once.
    #[tokio::test]
    async fn an_idle_device_is_answered_from_memory_until_it_has_work() {
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = std::sync::Arc::new(crate::provision::tests::scratch(&tmp).await);
        let org = dir.create_org("o").await.expect("org");
        let body = json!({"userName": "ann@example.com", "password": "Start-Passw0rd1"});
        let u = dir.create_user(&org.id, &body).await.expect("create");
        let (d, secret) = dir
            .enroll_device(&org.id, "d", Platform::Linux)
            .await
            .expect("enroll");
        dir.bind(&org.id, &u.id, &d.id).await.expect("bind");

        let first = dir.checkin(&d, 0, Duration::ZERO).await.expect("first");
        assert_eq!(first.deliveries.len(), 1, "the password");
        let c = first.cursor;
        statement_log::start();
        for _ in 0..3 {
            let device = dir.resolve_device(&secret).await.expect("resolve");
            assert_eq!(*device, d);
            let again = dir.checkin(&d, c, Duration::ZERO).await.expect("again");
            assert_eq!(again, CheckinResponse::empty(c));
        }
        let log = statement_log::take();
        assert_eq!(reads_of(&log, "FROM devices"), 1, "{log:#?}");
        assert_eq!(reads_of(&log, "FROM deliveries"), 0, "{log:#?}");
        // A wrong credential is still refused.
        assert!(matches!(
            dir.resolve_device(&format!("{}x", secret.as_str())).await,
            Err(DirectoryError::Unauthorized)
        ));

        // Okta changes the password: the device is read again and gets it.
        let patch = PatchRequest::from_json(&json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "value": {"password": "New-Passw0rd2"}}]
        }))
        .expect("patch");
        dir.patch_user(&org.id, &u.id, &patch, None)
            .await
            .expect("patch");
        let next = dir.checkin(&d, c, Duration::ZERO).await.expect("next");
        assert_eq!(next.deliveries.len(), 1, "{next:?}");
        assert!(next.cursor > c);

        // A held check-in at the new cursor wakes for the next change.
        let held = {
            let (dir, d) = (dir.clone(), d.clone());
            let at = next.cursor;
            tokio::spawn(async move { dir.checkin(&d, at, Duration::from_secs(20)).await })
        };
        tokio::time::sleep(Duration::from_millis(100)).await;
        let lock = PatchRequest::from_json(&json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "value": {"active": false}}]
        }))
        .expect("patch");
        dir.patch_user(&org.id, &u.id, &lock, None)
            .await
            .expect("suspend");
        let woken = tokio::time::timeout(Duration::from_secs(10), held)
            .await
            .expect("woken before its wait ends")
            .expect("task")
            .expect("check-in");
        assert!(!woken.is_empty(), "{woken:?}");
    }

    /// What a device's check-ins tell (the agent it runs, the cursor it
    /// has applied) is written when it moves and remembered per device:
    /// the same again costs no statement, and one device's memo is not
    /// another's.
    #[tokio::test]
    async fn a_device_that_keeps_its_agent_and_cursor_costs_no_statement() {
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = crate::provision::tests::scratch(&tmp).await;
        let org = dir.create_org("o").await.expect("org");
        let (a, _) = dir
            .enroll_device(&org.id, "a", Platform::Linux)
            .await
            .expect("enroll a");
        let (b, _) = dir
            .enroll_device(&org.id, "b", Platform::Windows)
            .await
            .expect("enroll b");
        let count = |log: &[String], what: &str| log.iter().filter(|s| s.contains(what)).count();

        statement_log::start();
        for (d, agent) in [
            (&a, "directory-agent/1.0 (linux)"),
            (&a, "directory-agent/1.0"),
            (&b, "directory-agent/1.0"),
        ] {
            dir.note_agent(d, agent).await.expect("note");
        }
        let log = statement_log::take();
        assert_eq!(count(&log, "SELECT agent"), 2, "once per device: {log:#?}");
        assert_eq!(count(&log, "SET agent"), 2, "once per device: {log:#?}");
        statement_log::start();
        for agent in [
            "directory-agent/1.1",
            "directory-agent/1.1",
            "no product token",
        ] {
            dir.note_agent(&a, agent).await.expect("note");
        }
        let log = statement_log::take();
        assert_eq!(count(&log, "SELECT agent"), 1, "the upgrade only: {log:#?}");
        assert_eq!(count(&log, "SET agent"), 1, "the upgrade only: {log:#?}");
        let audited: Vec<_> = dir
            .audit_log(&org.id, 100)
            .await
            .expect("audit")
            .into_iter()
            .filter(|e| e.action == "device.agent")
            .map(|e| (e.target.unwrap_or_default(), e.detail.to_string()))
            .collect();
        assert_eq!(audited.len(), 3, "{audited:?}");
        assert!(audited.contains(&(
            a.id.clone(),
            json!({"from": "directory-agent/1.0", "to": "directory-agent/1.1"}).to_string()
        )));

        statement_log::start();
        for (d, cursor) in [(&a, 5), (&a, 5), (&a, 3), (&b, 5), (&a, 7), (&b, 0)] {
            dir.checkin(d, cursor, Duration::ZERO)
                .await
                .expect("check-in");
            dir.applied_cursors_written().await.expect("written");
        }
        let log = statement_log::take();
        assert_eq!(
            count(&log, "SET applied_seq"),
            3,
            "a at 5 and 7, b at 5: {log:#?}"
        );
    }
}

#[cfg(test)]
mod held_size_tests {
    use super::*;

    /// A held check-in's future lives for the whole wait, once per device:
    /// its size is part of the server's memory per held poll. The futures
    /// a check-in awaits inline must stay small; a query or a change
    /// awaited inline (2.4 KiB for `note_agent`'s before it was boxed)
    /// would grow every held check-in by its size. `checkin` itself was 560
    /// bytes while it kept its empty answer across the wait and was an
    /// `async fn` (room for its arguments twice); it is 408.
    #[tokio::test]
    async fn what_a_check_in_awaits_inline_stays_small() {
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = crate::provision::tests::scratch(&tmp).await;
        let d = Device {
            id: "d".into(),
            org_id: "o".into(),
            name: "n".into(),
            platform: Platform::Linux,
        };
        let sizes = [
            (
                "resolve_device",
                std::mem::size_of_val(&dir.resolve_device("k")),
                512,
            ),
            (
                "note_agent",
                std::mem::size_of_val(&dir.note_agent(&d, "a/1")),
                256,
            ),
            (
                "checkin",
                std::mem::size_of_val(&dir.checkin(&d, 1, Duration::ZERO)),
                512,
            ),
        ];
        for (what, size, most) in sizes {
            assert!(size <= most, "{what}'s future is {size} bytes, over {most}");
        }
    }
}
