//! Who reaches which device, and why.
//!
//! A user reaches a device by a **direct binding** (an admin bound the
//! user to it) or through a **group binding**: a user group (pushed by
//! Okta, or made in the directory) bound to a **device group** or to a
//! single device, optionally with admin rights (sudo on Linux), possibly
//! until a time. The `bindings` table holds the *effective* bindings, the
//! ones deliveries and device accounts follow, with `direct` saying
//! whether an admin made it by hand; [`Directory::reconcile_access`]
//! brings a set of users' effective bindings in line with their direct
//! bindings and their groups, through `UserSync` like every binding. So
//! removing a member, deleting a group or taking a device out of a device
//! group removes exactly the access that came from it: a user still bound
//! another way keeps the account, and an account that loses its last
//! binding is released as by an unbind (locked on the device).
//!
//! A group bound anywhere becomes a **unix group**: a gid from the org's
//! range (assigned at its first binding, never reused) and a name derived
//! from its display name by `username_rules::group_name` (or given by the
//! admin), unique in the org among groups and users; a name that collides
//! is refused with what it collides with, never merged.

use std::collections::{BTreeMap, BTreeSet};

use password_sync::{Action, Platform};
use serde::Serialize;
use serde_json::json;

use crate::admin::is_unique_violation;
use crate::change::{Change, Known, ACCOUNTS_CHANGED};
use crate::db::now_str;
use crate::devices::{assign_uid, unix_accounts_in};
use crate::error::{DirectoryError, Result};
use crate::reads::{Arg, Cols};
use crate::Directory;

/// Who acts for an admin in the audit log (as binds do).
const ADMIN: &str = "admin";

/// At most this many users' access is changed in the request's own change;
/// more are queued for the access worker.
pub const ACCESS_INLINE: usize = 64;

/// Users per transaction when the access worker applies the queue.
const ACCESS_BATCH: usize = 100;

/// A named set of devices that user groups are bound to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceGroup {
    /// Its id.
    pub id: String,
    /// Its name (unique in the org, case-insensitively).
    pub name: String,
    /// How many devices are in it.
    pub devices: usize,
    /// When it was made.
    pub created_at: String,
}

/// What a group binding binds a user group to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BindingTarget {
    /// Every device in a device group, as it is now and later.
    DeviceGroup(String),
    /// One device.
    Device(String),
}

/// A group binding to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewGroupBinding {
    /// The user group.
    pub group_id: String,
    /// Where its members get accounts.
    pub target: BindingTarget,
    /// Whether its members are admins (sudo) there.
    pub admin: bool,
    /// Unix seconds after which the admin rights end (`None`: no end).
    pub admin_until: Option<i64>,
    /// The unix group's name when the group has none yet; derived from its
    /// display name when `None`.
    pub unix_name: Option<String>,
}

/// A user group bound to a device group or a device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupBinding {
    /// Its id.
    pub id: String,
    /// The user group.
    pub group_id: String,
    /// The user group's display name.
    pub group_name: String,
    /// Its unix name on devices.
    pub unix_name: Option<String>,
    /// Its gid on devices.
    pub gid: Option<u32>,
    /// What it is bound to.
    pub target: BindingTarget,
    /// The device group's or the device's name.
    pub target_name: String,
    /// Whether members are admins there.
    pub admin: bool,
    /// When the admin rights end (unix seconds).
    pub admin_until: Option<i64>,
    /// When it was made.
    pub created_at: String,
}

/// One device a user reaches, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Access {
    /// The device.
    pub device_id: String,
    /// Its name.
    pub device_name: String,
    /// Whether an admin bound the user to it directly.
    pub direct: bool,
    /// The group bindings that bring the user there.
    pub via: Vec<Via>,
    /// Whether the user is an admin there now.
    pub admin_now: bool,
    /// Until when, if a grant holds now and all that hold end
    /// (`None` with `admin_now`: no end).
    pub admin_until: Option<i64>,
}

/// One group binding that brings a user to a device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Via {
    /// The group binding.
    pub binding_id: String,
    /// The user group.
    pub group_id: String,
    /// Its display name.
    pub group_name: String,
    /// The device group, if the binding is to one: (id, name).
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<String>>))]
    pub device_group: Option<(String, String)>,
    /// Whether the binding grants admin rights.
    pub admin: bool,
    /// Until when.
    pub admin_until: Option<i64>,
}

impl Via {
    /// "via group Eng bound to device group Laptops, admin until T" in words.
    pub fn describe(&self) -> String {
        let target = match &self.device_group {
            Some((_, name)) => format!("bound to device group {name}"),
            None => "bound to this device".to_string(),
        };
        let admin = match (self.admin, self.admin_until) {
            (false, _) => String::new(),
            (true, None) => ", admin".to_string(),
            (true, Some(t)) => format!(", admin until {}", unix_time_text(t)),
        };
        format!("via group {} {target}{admin}", self.group_name)
    }
}

/// A unix time as RFC 3339 text (UTC).
pub fn unix_time_text(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0).map_or_else(
        || t.to_string(),
        |d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
    )
}

/// How far the devices a group reaches have come.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Convergence {
    /// The group.
    pub group_id: String,
    /// Its members (users of the org).
    pub members: usize,
    /// The devices its bindings reach.
    pub devices: usize,
    /// Of those, how many have applied its current membership (their
    /// agent has checked in past the last change to it).
    pub membership_applied: usize,
    /// How many have applied every member's current password.
    pub passwords_applied: usize,
    /// How many have done both.
    pub converged: usize,
    /// Members whose access change is still queued (a large change is
    /// applied in the background): until 0, devices may lack them.
    pub queued_members: usize,
}

/// A group made a unix group on devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnixGroup {
    /// The directory group.
    pub group_id: String,
    /// Its display name.
    pub display_name: String,
    /// Its unix name.
    pub unix_name: String,
    /// Its gid.
    pub gid: u32,
    /// Its members.
    pub members: usize,
    /// Group bindings it has.
    pub bindings: usize,
}

/// The devices a user reaches through group bindings: `$1` the user, `$2`
/// the org.
const GROUP_REACH: &str = "SELECT gb.device_id AS device_id FROM group_members gm \
     JOIN group_bindings gb ON gb.group_id = gm.group_id \
     WHERE gm.member_id = $1 AND gb.org_id = $2 AND gb.device_id IS NOT NULL \
     UNION \
     SELECT dgm.device_id AS device_id FROM group_members gm \
     JOIN group_bindings gb ON gb.group_id = gm.group_id \
     JOIN device_group_members dgm ON dgm.device_group_id = gb.device_group_id \
     WHERE gm.member_id = $1 AND gb.org_id = $2";

/// The group bindings that reach device `$1`.
pub(crate) const BINDINGS_ON_DEVICE: &str = "SELECT gb.id, gb.group_id, gb.admin, gb.admin_until FROM group_bindings gb \
     WHERE gb.device_id = $1 \
     UNION \
     SELECT gb.id, gb.group_id, gb.admin, gb.admin_until FROM group_bindings gb \
     JOIN device_group_members dgm ON dgm.device_group_id = gb.device_group_id WHERE dgm.device_id = $1";

fn name_ok(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 255 || name.chars().any(char::is_control) {
        return Err(DirectoryError::BadRequest(
            "a device group's name is 1 to 255 characters, none of them control characters".into(),
        ));
    }
    Ok(name.to_string())
}

fn gid_of(v: Option<i64>) -> Result<Option<u32>> {
    v.map(|g| u32::try_from(g).map_err(|_| DirectoryError::invariant("stored gid is out of range")))
        .transpose()
}

impl Directory {
    /// Makes a device group.
    pub async fn create_device_group(&self, org_id: &str, name: &str) -> Result<DeviceGroup> {
        let name = name_ok(name)?;
        self.org_settings(org_id).await?;
        let id = uuid::Uuid::new_v4().to_string();
        let now = now_str();
        let mut c = self.change(org_id, ADMIN, "device_group.create").await?;
        let r = c
            .tx()
            .query("INSERT INTO device_groups (id, org_id, name, name_lower, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(&id)
            .bind(org_id)
            .bind(&name)
            .bind(name.to_lowercase())
            .bind(&now)
            .execute()
            .await;
        match r {
            Err(e) if is_unique_violation(&e) => {
                return Err(DirectoryError::Conflict(format!(
                    "a device group named '{name}' exists already"
                )))
            }
            r => r?,
        };
        c.commit(Some(&id), json!({"name": name})).await?;
        Ok(DeviceGroup {
            id,
            name,
            devices: 0,
            created_at: now,
        })
    }

    /// Renames a device group.
    pub async fn rename_device_group(&self, org_id: &str, id: &str, name: &str) -> Result<()> {
        let name = name_ok(name)?;
        let mut c = self.change(org_id, ADMIN, "device_group.rename").await?;
        let r = c
            .tx()
            .query(
                "UPDATE device_groups SET name = $1, name_lower = $2 WHERE id = $3 AND org_id = $4",
            )
            .bind(&name)
            .bind(name.to_lowercase())
            .bind(id)
            .bind(org_id)
            .execute()
            .await;
        match r {
            Err(e) if is_unique_violation(&e) => Err(DirectoryError::Conflict(format!(
                "a device group named '{name}' exists already"
            ))),
            Ok(0) => Err(DirectoryError::NotFound(format!("device group {id}"))),
            Ok(_) => c.commit(Some(id), json!({"name": name})).await,
            Err(e) => Err(e),
        }
    }

    /// Deletes a device group with the group bindings to it; the devices
    /// stay, and lose exactly the accounts that came through it.
    pub async fn delete_device_group(&self, org_id: &str, id: &str) -> Result<()> {
        let mut c = self.change(org_id, ADMIN, "device_group.delete").await?;
        let users = users_of_device_group(&mut c, id).await?;
        let devices = device_ids(
            &mut c,
            "SELECT device_id FROM device_group_members WHERE device_group_id = $1",
            id,
        )
        .await?;
        let n = c
            .tx()
            .query("DELETE FROM device_groups WHERE id = $1 AND org_id = $2")
            .bind(id)
            .bind(org_id)
            .execute()
            .await?;
        if n == 0 {
            return Err(DirectoryError::NotFound(format!("device group {id}")));
        }
        for sql in [
            "DELETE FROM device_group_members WHERE device_group_id = $1",
            "DELETE FROM group_bindings WHERE device_group_id = $1",
        ] {
            c.tx().query(sql).bind(id).execute().await?;
        }
        let changed = self.reconcile_access(&mut c, org_id, &users).await?;
        for d in &devices {
            c.accounts_changed(d);
        }
        c.commit(Some(id), json!({"bindings_changed": changed}))
            .await
    }

    /// The org's device groups, by name.
    pub async fn list_device_groups(&self, org_id: &str) -> Result<Vec<DeviceGroup>> {
        let rows = self
            .db
            .read(
                "SELECT g.id, g.name, g.created_at, \
                 (SELECT COUNT(*) FROM device_group_members m WHERE m.device_group_id = g.id) AS n \
                 FROM device_groups g WHERE g.org_id = $1 ORDER BY g.name_lower",
                &[org_id.into()],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(DeviceGroup {
                    id: r.text("id")?,
                    name: r.text("name")?,
                    devices: r.int("n")? as usize,
                    created_at: r.text("created_at")?,
                })
            })
            .collect()
    }

    /// A device group and its devices' ids.
    pub async fn device_group(
        &self,
        org_id: &str,
        id: &str,
    ) -> Result<(DeviceGroup, Vec<crate::Device>)> {
        let g = self
            .list_device_groups(org_id)
            .await?
            .into_iter()
            .find(|g| g.id == id)
            .ok_or_else(|| DirectoryError::NotFound(format!("device group {id}")))?;
        let devices = self.list_devices(org_id).await?;
        let members: BTreeSet<String> = self
            .db
            .read(
                "SELECT device_id FROM device_group_members WHERE device_group_id = $1",
                &[id.into()],
            )
            .await?
            .iter()
            .map(|r| r.text("device_id"))
            .collect::<Result<_>>()?;
        Ok((
            g,
            devices
                .into_iter()
                .filter(|d| members.contains(&d.id))
                .collect(),
        ))
    }

    /// Puts a device in a device group (again: nothing changes); the users
    /// of the group bindings to it reach the device.
    pub async fn add_to_device_group(
        &self,
        org_id: &str,
        device_group_id: &str,
        device_id: &str,
    ) -> Result<()> {
        self.device_in_org(org_id, device_id).await?;
        let mut c = self
            .change(org_id, ADMIN, "device_group.add_device")
            .await?;
        self.device_group_in(&mut c, org_id, device_group_id)
            .await?;
        let there = c
            .tx()
            .query("SELECT device_id FROM device_group_members WHERE device_group_id = $1 AND device_id = $2")
            .bind(device_group_id)
            .bind(device_id)
            .fetch_optional()
            .await?;
        if there.is_some() {
            return Ok(());
        }
        c.tx()
            .query("INSERT INTO device_group_members (device_group_id, device_id) VALUES ($1, $2)")
            .bind(device_group_id)
            .bind(device_id)
            .execute()
            .await?;
        self.device_group_changed(c, org_id, device_group_id, device_id)
            .await
    }

    /// Takes a device out of a device group: its users lose exactly the
    /// access that came through the group.
    pub async fn remove_from_device_group(
        &self,
        org_id: &str,
        device_group_id: &str,
        device_id: &str,
    ) -> Result<()> {
        let mut c = self
            .change(org_id, ADMIN, "device_group.remove_device")
            .await?;
        self.device_group_in(&mut c, org_id, device_group_id)
            .await?;
        let n = c
            .tx()
            .query("DELETE FROM device_group_members WHERE device_group_id = $1 AND device_id = $2")
            .bind(device_group_id)
            .bind(device_id)
            .execute()
            .await?;
        if n == 0 {
            return Err(DirectoryError::NotFound(format!(
                "device {device_id} in device group {device_group_id}"
            )));
        }
        self.device_group_changed(c, org_id, device_group_id, device_id)
            .await
    }

    /// A device joined or left a device group (in `c`): the users of the
    /// group bindings to it gain or lose the device, which hears of it.
    async fn device_group_changed(
        &self,
        mut c: Change<'_>,
        org_id: &str,
        device_group_id: &str,
        device_id: &str,
    ) -> Result<()> {
        let users = users_of_device_group(&mut c, device_group_id).await?;
        let changed = self.reconcile_access(&mut c, org_id, &users).await?;
        c.accounts_changed(device_id);
        c.commit(
            Some(device_group_id),
            json!({"device": device_id, "bindings_changed": changed}),
        )
        .await
    }

    /// Binds a user group to a device group or a device. The group becomes
    /// a unix group (its gid and name assigned now if it has none) and its
    /// members reach the devices.
    pub async fn create_group_binding(
        &self,
        org_id: &str,
        b: &NewGroupBinding,
    ) -> Result<GroupBinding> {
        if let Some(t) = b.admin_until {
            if !b.admin {
                return Err(DirectoryError::BadRequest(
                    "admin_until is for a binding with admin rights (admin: true)".into(),
                ));
            }
            if t <= chrono::Utc::now().timestamp() {
                return Err(DirectoryError::BadRequest(format!(
                    "admin_until {} is in the past",
                    unix_time_text(t)
                )));
            }
        }
        let unix = self.org_settings(org_id).await?.unix_accounts;
        let mut c = self.change(org_id, ADMIN, "group_binding.create").await?;
        let group = c
            .tx()
            .query("SELECT display_name, gid, unix_name FROM groups WHERE id = $1 AND org_id = $2")
            .bind(&b.group_id)
            .bind(org_id)
            .fetch_optional()
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("Group {}", b.group_id)))?;
        let (device_group_id, device_id) = match &b.target {
            BindingTarget::DeviceGroup(id) => {
                self.device_group_in(&mut c, org_id, id).await?;
                (Some(id.as_str()), None)
            }
            BindingTarget::Device(id) => {
                let d = c
                    .tx()
                    .query("SELECT id FROM devices WHERE id = $1 AND org_id = $2")
                    .bind(id)
                    .bind(org_id)
                    .fetch_optional()
                    .await?;
                if d.is_none() {
                    return Err(DirectoryError::NotFound(format!("device {id}")));
                }
                (None, Some(id.as_str()))
            }
        };
        if group.opt_int("gid")?.is_none() {
            let name = match &b.unix_name {
                Some(n) => username_rules::Username::parse(n)?,
                None => username_rules::group_name(&group.text("display_name")?).map_err(|e| {
                    DirectoryError::BadRequest(format!(
                        "the group's name gives no unix name ({e}): give one as unix_name"
                    ))
                })?,
            };
            assign_gid(&mut c, org_id, &b.group_id, name.as_str(), &unix).await?;
        }
        let id = uuid::Uuid::new_v4().to_string();
        c.tx()
            .query(
                "INSERT INTO group_bindings (id, org_id, group_id, device_group_id, device_id, admin, admin_until, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&id)
            .bind(org_id)
            .bind(&b.group_id)
            .bind(device_group_id)
            .bind(device_id)
            .bind(i64::from(b.admin))
            .bind(b.admin_until)
            .bind(now_str())
            .execute()
            .await?;
        let users = self.group_users(&mut c, org_id, &b.group_id).await?;
        let changed = self.reconcile_access(&mut c, org_id, &users).await?;
        touch_group(&mut c, &b.group_id).await?;
        c.commit(
            Some(&id),
            json!({"group": b.group_id, "target": b.target, "admin": b.admin,
                   "admin_until": b.admin_until, "bindings_changed": changed}),
        )
        .await?;
        self.group_binding(org_id, &id).await
    }

    /// Removes a group binding: its members lose exactly the access that
    /// came through it.
    pub async fn delete_group_binding(&self, org_id: &str, id: &str) -> Result<()> {
        let mut c = self.change(org_id, ADMIN, "group_binding.delete").await?;
        let r = c
            .tx()
            .query("SELECT group_id FROM group_bindings WHERE id = $1 AND org_id = $2")
            .bind(id)
            .bind(org_id)
            .fetch_optional()
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("group binding {id}")))?;
        let group_id = r.text("group_id")?;
        // The devices it reached hear of it even when no account changes.
        let reached = group_devices(&mut c, &group_id).await?;
        c.tx()
            .query("DELETE FROM group_bindings WHERE id = $1")
            .bind(id)
            .execute()
            .await?;
        let users = self.group_users(&mut c, org_id, &group_id).await?;
        let changed = self.reconcile_access(&mut c, org_id, &users).await?;
        for d in &reached {
            c.accounts_changed(d);
        }
        touch_group(&mut c, &group_id).await?;
        c.commit(
            Some(id),
            json!({"group": group_id, "bindings_changed": changed}),
        )
        .await
    }

    /// One group binding.
    pub async fn group_binding(&self, org_id: &str, id: &str) -> Result<GroupBinding> {
        self.group_bindings(org_id)
            .await?
            .into_iter()
            .find(|b| b.id == id)
            .ok_or_else(|| DirectoryError::NotFound(format!("group binding {id}")))
    }

    /// The org's group bindings, oldest first.
    pub async fn group_bindings(&self, org_id: &str) -> Result<Vec<GroupBinding>> {
        let rows = self
            .db
            .read(
                "SELECT b.id, b.group_id, b.device_group_id, b.device_id, b.admin, b.admin_until, b.created_at, \
                 g.display_name, g.unix_name, g.gid, COALESCE(dg.name, d.name) AS target_name \
                 FROM group_bindings b JOIN groups g ON g.id = b.group_id \
                 LEFT JOIN device_groups dg ON dg.id = b.device_group_id \
                 LEFT JOIN devices d ON d.id = b.device_id \
                 WHERE b.org_id = $1 ORDER BY b.created_at, b.id",
                &[org_id.into()],
            )
            .await?;
        rows.iter()
            .map(|r| {
                let target = match (r.opt_text("device_group_id")?, r.opt_text("device_id")?) {
                    (Some(g), _) => BindingTarget::DeviceGroup(g),
                    (None, Some(d)) => BindingTarget::Device(d),
                    (None, None) => {
                        return Err(DirectoryError::invariant(
                            "a group binding without a target",
                        ))
                    }
                };
                Ok(GroupBinding {
                    id: r.text("id")?,
                    group_id: r.text("group_id")?,
                    group_name: r.text("display_name")?,
                    unix_name: r.opt_text("unix_name")?,
                    gid: gid_of(r.opt_int("gid")?)?,
                    target,
                    target_name: r.opt_text("target_name")?.unwrap_or_default(),
                    admin: r.int("admin")? != 0,
                    admin_until: r.opt_int("admin_until")?,
                    created_at: r.text("created_at")?,
                })
            })
            .collect()
    }

    /// The groups that are unix groups on devices, by name.
    pub async fn unix_groups(&self, org_id: &str) -> Result<Vec<UnixGroup>> {
        let rows = self
            .db
            .read(
                "SELECT g.id, g.display_name, g.unix_name, g.gid, \
                 (SELECT COUNT(*) FROM group_members gm JOIN users u ON u.id = gm.member_id \
                  WHERE gm.group_id = g.id AND u.org_id = g.org_id) AS members, \
                 (SELECT COUNT(*) FROM group_bindings b WHERE b.group_id = g.id) AS bindings \
                 FROM groups g WHERE g.org_id = $1 AND g.gid IS NOT NULL ORDER BY g.unix_name_lower",
                &[org_id.into()],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(UnixGroup {
                    group_id: r.text("id")?,
                    display_name: r.text("display_name")?,
                    unix_name: r.opt_text("unix_name")?.unwrap_or_default(),
                    gid: gid_of(r.opt_int("gid")?)?.unwrap_or_default(),
                    members: r.int("members")? as usize,
                    bindings: r.int("bindings")? as usize,
                })
            })
            .collect()
    }

    /// The org's groups as (id, display name), by name, at most `limit`:
    /// what an admin picks from to bind one.
    pub async fn group_choices(&self, org_id: &str, limit: usize) -> Result<Vec<(String, String)>> {
        self.db
            .read(
                "SELECT id, display_name FROM groups WHERE org_id = $1 ORDER BY display_name, id LIMIT $2",
                &[org_id.into(), Arg::Int(limit as i64)],
            )
            .await?
            .iter()
            .map(|r| Ok((r.text("id")?, r.text("display_name")?)))
            .collect()
    }

    /// Every device a user reaches and why (direct, through which group
    /// bindings, admin until when).
    pub async fn user_access(&self, org_id: &str, user_id: &str) -> Result<Vec<Access>> {
        self.user_row_by_id(org_id, user_id).await?;
        let now = chrono::Utc::now().timestamp();
        let rows = self
            .db
            .read(
                "SELECT b.device_id, b.direct, d.name FROM bindings b JOIN devices d ON d.id = b.device_id \
                 WHERE b.user_id = $1 ORDER BY d.name, d.id",
                &[user_id.into()],
            )
            .await?;
        let mut out: Vec<Access> = Vec::new();
        for r in &rows {
            out.push(Access {
                device_id: r.text("device_id")?,
                device_name: r.text("name")?,
                direct: r.int("direct")? != 0,
                via: Vec::new(),
                admin_now: false,
                admin_until: None,
            });
        }
        let vias = self
            .db
            .read(
                "SELECT gb.id, gb.group_id, g.display_name, gb.device_group_id, dg.name AS dg_name, gb.admin, gb.admin_until, \
                 COALESCE(gb.device_id, dgm.device_id) AS device_id \
                 FROM group_members gm JOIN group_bindings gb ON gb.group_id = gm.group_id \
                 JOIN groups g ON g.id = gb.group_id \
                 LEFT JOIN device_groups dg ON dg.id = gb.device_group_id \
                 LEFT JOIN device_group_members dgm ON dgm.device_group_id = gb.device_group_id \
                 WHERE gm.member_id = $1 AND gb.org_id = $2 ORDER BY g.display_name, gb.id",
                &[user_id.into(), org_id.into()],
            )
            .await?;
        for v in &vias {
            let Some(device) = v.opt_text("device_id")? else {
                continue; // a device group with no devices
            };
            let Some(a) = out.iter_mut().find(|a| a.device_id == device) else {
                continue;
            };
            let via = Via {
                binding_id: v.text("id")?,
                group_id: v.text("group_id")?,
                group_name: v.text("display_name")?,
                device_group: match v.opt_text("device_group_id")? {
                    Some(id) => Some((id, v.opt_text("dg_name")?.unwrap_or_default())),
                    None => None,
                },
                admin: v.int("admin")? != 0,
                admin_until: v.opt_int("admin_until")?,
            };
            if via.admin && via.admin_until.is_none_or(|t| now < t) {
                a.admin_until = match (a.admin_now, a.admin_until, via.admin_until) {
                    (false, _, t) => t,
                    (true, None, _) | (true, _, None) => None,
                    (true, Some(x), Some(y)) => Some(x.max(y)),
                };
                a.admin_now = true;
            }
            a.via.push(via);
        }
        Ok(out)
    }

    /// How many of the devices a group reaches have applied its current
    /// membership (no account list sent to them is waiting to be applied:
    /// a list holds every membership) and every member's current password.
    pub async fn group_convergence(&self, org_id: &str, group_id: &str) -> Result<Convergence> {
        let g = self
            .db
            .read_one(
                "SELECT (SELECT COUNT(*) FROM group_members gm JOIN users u ON u.id = gm.member_id \
                  WHERE gm.group_id = groups.id AND u.org_id = groups.org_id) AS members \
                 FROM groups WHERE id = $1 AND org_id = $2",
                &[group_id.into(), org_id.into()],
            )
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("Group {group_id}")))?;
        let rows = self
            .db
            .read(
                "SELECT d.id, \
                 (SELECT COUNT(*) FROM device_commands dc WHERE dc.device_id = d.id \
                  AND dc.command = $2 AND dc.seq > d.applied_seq) AS lists, \
                 (SELECT COUNT(*) FROM deliveries dl JOIN group_members gm ON gm.member_id = dl.user_id \
                  WHERE gm.group_id = $1 AND dl.device_id = d.id \
                  AND dl.state IN ('pending', 'delivered', 'awaiting_confirmation')) AS open \
                 FROM devices d WHERE d.id IN ( \
                   SELECT gb.device_id FROM group_bindings gb WHERE gb.group_id = $1 AND gb.device_id IS NOT NULL \
                   UNION SELECT dgm.device_id FROM group_bindings gb \
                   JOIN device_group_members dgm ON dgm.device_group_id = gb.device_group_id WHERE gb.group_id = $1)",
                &[group_id.into(), ACCOUNTS_CHANGED.into()],
            )
            .await?;
        let mut c = Convergence {
            group_id: group_id.to_string(),
            members: g.int("members")? as usize,
            devices: rows.len(),
            membership_applied: 0,
            passwords_applied: 0,
            converged: 0,
            queued_members: self.queued_users(org_id, group_id).await?,
        };
        for r in &rows {
            let m = r.int("lists")? == 0;
            let p = r.int("open")? == 0;
            c.membership_applied += usize::from(m);
            c.passwords_applied += usize::from(p);
            c.converged += usize::from(m && p);
        }
        Ok(c)
    }

    /// Brings `users`' effective bindings in line with their direct
    /// bindings and group bindings, in the change `c` when they are few
    /// (returns how many bindings changed); many (a group of a thousand
    /// bound to a thousand devices is a million bindings, longer than a
    /// request may take) are queued in the same change and applied by the
    /// access worker in batches of [`ACCESS_BATCH`] users, each in its own
    /// transaction ([`Directory::apply_access_queue`]).
    pub(crate) async fn reconcile_access(
        &self,
        c: &mut Change<'_>,
        org_id: &str,
        users: &BTreeSet<String>,
    ) -> Result<usize> {
        if users.len() <= ACCESS_INLINE {
            return self.reconcile_now(c, org_id, users).await;
        }
        for chunk in users.iter().collect::<Vec<_>>().chunks(50) {
            let mut sql = String::from("INSERT INTO access_queue (org_id, user_id) VALUES ");
            for i in 0..chunk.len() {
                if i > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!("($1, ${})", i + 2));
            }
            sql.push_str(" ON CONFLICT (org_id, user_id) DO NOTHING");
            let mut q = c.tx().query(&sql).bind(org_id);
            for u in chunk {
                q = q.bind(u.as_str());
            }
            q.execute().await?;
        }
        c.access_queued();
        Ok(0)
    }

    /// Applies queued access changes, [`ACCESS_BATCH`] users to a
    /// transaction, until the queue is empty; returns how many users. Run by
    /// the access worker, and by tests.
    pub async fn apply_access_queue(&self) -> Result<usize> {
        let mut done = 0;
        loop {
            let Some(first) = self
                .db
                .read_one("SELECT org_id FROM access_queue LIMIT 1", &[])
                .await?
            else {
                return Ok(done);
            };
            let org_id = first.text("org_id")?;
            let mut c = self.change(&org_id, "directory", "access.apply").await?;
            let users: BTreeSet<String> = c
                .tx()
                .query(
                    "SELECT user_id FROM access_queue WHERE org_id = $1 ORDER BY user_id LIMIT $2",
                )
                .bind(&org_id)
                .bind(ACCESS_BATCH as i64)
                .fetch_all()
                .await?
                .iter()
                .map(|r| r.text("user_id"))
                .collect::<Result<_>>()?;
            if users.is_empty() {
                continue; // another replica took them
            }
            match self.reconcile_now(&mut c, &org_id, &users).await {
                Ok(changed) => {
                    dequeue(&mut c, &org_id, &users).await?;
                    c.commit(
                        None,
                        json!({"users": users.len(), "bindings_changed": changed}),
                    )
                    .await?;
                }
                // One user the directory cannot give access to (the uid
                // range is used up, say) must not hold the queue up: each
                // alone, and such a refusal is audited and dropped.
                Err(e) if !matches!(e, DirectoryError::Storage(_)) => {
                    drop(c);
                    for u in &users {
                        self.apply_one_queued(&org_id, u).await?;
                    }
                }
                Err(e) => return Err(e),
            }
            done += users.len();
        }
    }

    /// Applies one queued user's access change in its own transaction; a
    /// refusal is audited and the user leaves the queue.
    async fn apply_one_queued(&self, org_id: &str, user: &str) -> Result<()> {
        let one: BTreeSet<String> = std::iter::once(user.to_string()).collect();
        let mut c = self.change(org_id, "directory", "access.apply").await?;
        match self.reconcile_now(&mut c, org_id, &one).await {
            Ok(changed) => {
                dequeue(&mut c, org_id, &one).await?;
                c.commit(Some(user), json!({"users": 1, "bindings_changed": changed}))
                    .await
            }
            Err(e) if !matches!(e, DirectoryError::Storage(_)) => {
                drop(c);
                let mut c = self.change(org_id, "directory", "access.apply").await?;
                dequeue(&mut c, org_id, &one).await?;
                c.commit(Some(user), json!({"dropped": true})).await?;
                let _ = self
                    .refuse(
                        org_id,
                        "directory",
                        "access.apply",
                        Some(user),
                        json!({}),
                        e,
                    )
                    .await;
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Runs the access worker until the directory is dropped: applies the
    /// queue whenever a change queued to it, and every few seconds (another
    /// replica's queue, a restart with a queue left).
    pub async fn run_access_worker(self: std::sync::Arc<Self>) {
        loop {
            let notified = self.access_wake.notified();
            match self.apply_access_queue().await {
                Ok(n) if n > 0 => tracing::info!(users = n, "applied queued access changes"),
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "applying queued access changes failed; retrying")
                }
            }
            let _ = tokio::time::timeout(std::time::Duration::from_secs(5), notified).await;
        }
    }

    /// Users queued for an access change (the members of `group_id`, or all).
    async fn queued_users(&self, org_id: &str, group_id: &str) -> Result<usize> {
        Ok(self
            .db
            .read_one(
                "SELECT COUNT(*) AS n FROM access_queue q JOIN group_members gm ON gm.member_id = q.user_id \
                 WHERE q.org_id = $1 AND gm.group_id = $2",
                &[org_id.into(), group_id.into()],
            )
            .await?
            .map(|r| r.int("n"))
            .transpose()?
            .unwrap_or(0) as usize)
    }

    /// [`Directory::reconcile_access`] in the change itself.
    async fn reconcile_now(
        &self,
        c: &mut Change<'_>,
        org_id: &str,
        users: &BTreeSet<String>,
    ) -> Result<usize> {
        let mut unix = None;
        let mut changed = 0;
        for user_id in users {
            let Some(u) = c
                .tx()
                .query("SELECT uid FROM users WHERE id = $1 AND org_id = $2")
                .bind(user_id)
                .bind(org_id)
                .fetch_optional()
                .await?
            else {
                continue; // a member id that is no user of this org
            };
            let sql = format!(
                "SELECT r.device_id, d.platform FROM ({GROUP_REACH}) r JOIN devices d ON d.id = r.device_id"
            );
            let reached: BTreeMap<String, String> = c
                .tx()
                .query(&sql)
                .bind(user_id)
                .bind(org_id)
                .fetch_all()
                .await?
                .iter()
                .map(|r| Ok((r.text("device_id")?, r.text("platform")?)))
                .collect::<Result<_>>()?;
            let current: BTreeMap<String, bool> = c
                .tx()
                .query("SELECT device_id, direct FROM bindings WHERE user_id = $1")
                .bind(user_id)
                .fetch_all()
                .await?
                .iter()
                .map(|r| Ok((r.text("device_id")?, r.int("direct")? != 0)))
                .collect::<Result<_>>()?;
            let mut add = Vec::new();
            for (d, p) in &reached {
                if !current.contains_key(d) {
                    let p = Platform::parse(p)
                        .ok_or_else(|| DirectoryError::invariant("stored platform is unknown"))?;
                    add.push((d.clone(), p));
                }
            }
            let remove: Vec<String> = current
                .iter()
                .filter(|(d, direct)| !**direct && !reached.contains_key(*d))
                .map(|(d, _)| d.clone())
                .collect();
            if add.is_empty() && remove.is_empty() {
                continue;
            }
            c.sync(user_id, Known::Nothing, None, |s| {
                let mut actions: Vec<Action> = Vec::new();
                for (d, p) in &add {
                    actions.extend(s.bind(d, *p));
                }
                for d in &remove {
                    actions.extend(s.unbind(d)?);
                }
                Ok(actions)
            })
            .await?;
            if !add.is_empty() && u.opt_int("uid")?.is_none() {
                if unix.is_none() {
                    unix = Some(unix_accounts_in(c, org_id).await?);
                }
                if let Some(unix) = &unix {
                    assign_uid(c, org_id, user_id, unix).await?;
                }
            }
            for d in add.iter().map(|(d, _)| d).chain(&remove) {
                c.accounts_changed(d);
            }
            changed += add.len() + remove.len();
        }
        Ok(changed)
    }

    /// The org's users who are members of `group_id`.
    pub(crate) async fn group_users(
        &self,
        c: &mut Change<'_>,
        org_id: &str,
        group_id: &str,
    ) -> Result<BTreeSet<String>> {
        c.tx()
            .query(
                "SELECT gm.member_id FROM group_members gm JOIN users u ON u.id = gm.member_id \
                 WHERE gm.group_id = $1 AND u.org_id = $2",
            )
            .bind(group_id)
            .bind(org_id)
            .fetch_all()
            .await?
            .iter()
            .map(|r| r.text("member_id"))
            .collect()
    }

    async fn device_group_in(&self, c: &mut Change<'_>, org_id: &str, id: &str) -> Result<()> {
        c.tx()
            .query("SELECT id FROM device_groups WHERE id = $1 AND org_id = $2")
            .bind(id)
            .bind(org_id)
            .fetch_optional()
            .await?
            .map(|_| ())
            .ok_or_else(|| DirectoryError::NotFound(format!("device group {id}")))
    }

    async fn device_in_org(&self, org_id: &str, id: &str) -> Result<()> {
        self.db
            .read_one(
                "SELECT id FROM devices WHERE id = $1 AND org_id = $2",
                &[Arg::from(id), Arg::from(org_id)],
            )
            .await?
            .map(|_| ())
            .ok_or_else(|| DirectoryError::NotFound(format!("device {id}")))
    }
}

/// Takes `users` off the access queue.
async fn dequeue(c: &mut Change<'_>, org_id: &str, users: &BTreeSet<String>) -> Result<()> {
    for u in users {
        c.tx()
            .query("DELETE FROM access_queue WHERE org_id = $1 AND user_id = $2")
            .bind(org_id)
            .bind(u)
            .execute()
            .await?;
    }
    Ok(())
}

/// The members of the groups bound to a device group.
async fn users_of_device_group(
    c: &mut Change<'_>,
    device_group_id: &str,
) -> Result<BTreeSet<String>> {
    c.tx()
        .query(
            "SELECT gm.member_id FROM group_bindings gb JOIN group_members gm ON gm.group_id = gb.group_id \
             WHERE gb.device_group_id = $1",
        )
        .bind(device_group_id)
        .fetch_all()
        .await?
        .iter()
        .map(|r| r.text("member_id"))
        .collect()
}

async fn device_ids(c: &mut Change<'_>, sql: &str, id: &str) -> Result<Vec<String>> {
    c.tx()
        .query(sql)
        .bind(id)
        .fetch_all()
        .await?
        .iter()
        .map(|r| r.text("device_id"))
        .collect()
}

/// The devices a group's bindings reach.
pub(crate) async fn group_devices(c: &mut Change<'_>, group_id: &str) -> Result<Vec<String>> {
    c.tx()
        .query(
            "SELECT device_id FROM group_bindings WHERE group_id = $1 AND device_id IS NOT NULL \
             UNION SELECT dgm.device_id FROM group_bindings gb \
             JOIN device_group_members dgm ON dgm.device_group_id = gb.device_group_id WHERE gb.group_id = $1",
        )
        .bind(group_id)
        .fetch_all()
        .await?
        .iter()
        .map(|r| r.text("device_id"))
        .collect()
}

/// A group's membership or bindings changed: every device it reaches gets
/// the new list (an `accounts` command, which its convergence waits for).
pub(crate) async fn touch_group(c: &mut Change<'_>, group_id: &str) -> Result<()> {
    for d in group_devices(c, group_id).await? {
        c.accounts_changed(&d);
    }
    Ok(())
}

/// Gives a group its unix name and the next gid from the org's counter
/// (counters only grow: a gid is never given twice). A name taken by
/// another group or by a user's unix username is refused with what took it.
async fn assign_gid(
    c: &mut Change<'_>,
    org_id: &str,
    group_id: &str,
    name: &str,
    unix: &crate::admin::UnixAccounts,
) -> Result<()> {
    let lower = name.to_ascii_lowercase();
    let taken = c
        .tx()
        .query(
            "SELECT 'group' AS kind, display_name AS who FROM groups WHERE org_id = $1 AND unix_name_lower = $2 \
             UNION ALL SELECT 'user' AS kind, user_name AS who FROM users WHERE org_id = $1 AND unix_username_lower = $2",
        )
        .bind(org_id)
        .bind(&lower)
        .fetch_optional()
        .await?;
    if let Some(t) = taken {
        return Err(DirectoryError::Conflict(format!(
            "the unix group name '{name}' is taken by the {} '{}': give another as unix_name",
            t.text("kind")?,
            t.text("who")?
        )));
    }
    let row = c
        .tx()
        .query(
            "UPDATE orgs SET next_gid = CASE WHEN next_gid IS NULL OR next_gid < $2 THEN $2 ELSE next_gid END + 1 \
             WHERE id = $1 RETURNING next_gid",
        )
        .bind(org_id)
        .bind(i64::from(unix.gid_min))
        .fetch_one()
        .await?;
    let gid = row.int("next_gid")? - 1;
    if gid > i64::from(unix.gid_max) {
        return Err(DirectoryError::Conflict(format!(
            "the org's gid range ({}-{}) is used up: raise unix_accounts.gid_max in the settings",
            unix.gid_min, unix.gid_max
        )));
    }
    c.tx()
        .query("UPDATE groups SET gid = $1, unix_name = $2, unix_name_lower = $3 WHERE id = $4")
        .bind(gid)
        .bind(name)
        .bind(&lower)
        .bind(group_id)
        .execute()
        .await?;
    Ok(())
}
