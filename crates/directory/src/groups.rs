//! Groups (Okta push groups): create, get, list, PUT, PATCH, DELETE. Member
//! ids are kept in `group_members` too, for the users' read-only `groups`.

use scim_core::etag::{self, IfMatch};
use scim_core::{ListQuery, PatchRequest, ScimError, GROUP};
use serde_json::{json, Value};
use sqlx::Row;

use std::collections::BTreeSet;

use crate::access::{group_devices, touch_group};
use crate::change::retry_lost_races;
use crate::db::{now_str, WriteTx};
use crate::error::{DirectoryError, Result};
use crate::reads::Cols;
use crate::render::ScimUser;
use crate::sql_filter::{group_columns, Translator};
use crate::Directory;

const GROUP_COLS: &str = "id, resource, version, created_at, modified_at";

/// Who acts for Okta in the audit log.
const OKTA: &str = "okta";

/// A precondition against a group's version.
fn check(precondition: Option<&IfMatch>, version: u64) -> Result<()> {
    match precondition {
        Some(p) if !p.matches(version) => Err(DirectoryError::VersionMismatch { current: version }),
        _ => Ok(()),
    }
}

/// A group as SCIM returns it (same shape as a user).
pub type ScimGroup = ScimUser;

struct PreparedGroup {
    resource: Value,
    display_name: String,
    external_id: Option<String>,
    members: Vec<String>,
}

fn prepare_group(body: &Value) -> Result<PreparedGroup> {
    let mut v = body.clone();
    GROUP.normalize(&mut v)?;
    let Some(o) = v.as_object_mut() else {
        return Err(ScimError::InvalidSyntax("a Group must be a JSON object".into()).into());
    };
    for ro in ["id", "meta"] {
        o.remove(ro);
    }
    let display_name = match o.get("displayName") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        _ => return Err(ScimError::InvalidValue("'displayName' is required".into()).into()),
    };
    let external_id = o
        .get("externalId")
        .and_then(Value::as_str)
        .map(str::to_string);
    let mut members = Vec::new();
    if let Some(Value::Array(ms)) = o.get("members") {
        for m in ms {
            match m.get("value").and_then(Value::as_str) {
                Some(id) if !members.iter().any(|x| x == id) => members.push(id.to_string()),
                Some(_) => {}
                None => {
                    return Err(ScimError::InvalidValue(
                        "each member needs a string 'value'".into(),
                    )
                    .into())
                }
            }
        }
    }
    if !o.contains_key("schemas") {
        o.insert("schemas".into(), json!([scim_core::schema::GROUP_SCHEMA]));
    }
    Ok(PreparedGroup {
        resource: v,
        display_name,
        external_id,
        members,
    })
}

/// Writes a group's members (only those that changed) and returns the ids
/// that joined or left.
async fn write_members(
    tx: &mut WriteTx<'_>,
    group_id: &str,
    members: &[String],
) -> Result<BTreeSet<String>> {
    let old: BTreeSet<String> = tx
        .query("SELECT member_id FROM group_members WHERE group_id = $1")
        .bind(group_id)
        .fetch_all()
        .await?
        .iter()
        .map(|r| r.text("member_id"))
        .collect::<Result<_>>()?;
    let new: BTreeSet<String> = members.iter().cloned().collect();
    for m in old.difference(&new) {
        tx.query("DELETE FROM group_members WHERE group_id = $1 AND member_id = $2")
            .bind(group_id)
            .bind(m)
            .execute()
            .await?;
    }
    for m in new.difference(&old) {
        tx.query("INSERT INTO group_members (group_id, member_id) VALUES ($1, $2)")
            .bind(group_id)
            .bind(m)
            .execute()
            .await?;
    }
    Ok(old.symmetric_difference(&new).cloned().collect())
}

/// Whether a group has group bindings (its membership reaches devices).
async fn is_bound(tx: &mut WriteTx<'_>, group_id: &str) -> Result<bool> {
    Ok(tx
        .query("SELECT id FROM group_bindings WHERE group_id = $1 LIMIT 1")
        .bind(group_id)
        .fetch_optional()
        .await?
        .is_some())
}

impl Directory {
    fn scim_group(&self, r: &sqlx::any::AnyRow) -> Result<ScimGroup> {
        let id: String = r.try_get("id")?;
        let version: i64 = r.try_get("version")?;
        let mut resource: Value = serde_json::from_str(&r.try_get::<String, _>("resource")?)
            .map_err(DirectoryError::internal)?;
        if let Some(o) = resource.as_object_mut() {
            o.insert("id".into(), json!(id));
            o.insert(
                "meta".into(),
                json!({
                    "resourceType": "Group",
                    "created": r.try_get::<String, _>("created_at")?,
                    "lastModified": r.try_get::<String, _>("modified_at")?,
                    "location": format!("{}/Groups/{id}", self.base_url),
                    "version": etag::weak_etag(version as u64),
                }),
            );
        }
        Ok(ScimUser {
            id,
            version: version as u64,
            resource,
        })
    }

    /// `POST /Groups`.
    pub async fn create_group(&self, org_id: &str, body: &Value) -> Result<ScimGroup> {
        let p = prepare_group(body)?;
        let id = uuid::Uuid::new_v4().to_string();
        let now = now_str();
        let mut c = self.change(org_id, OKTA, "scim.create_group").await?;
        c.tx().query(
            "INSERT INTO groups (id, org_id, display_name, external_id, resource, version, created_at, modified_at) \
             VALUES ($1, $2, $3, $4, $5, 1, $6, $6)",
        )
        .bind(&id)
        .bind(org_id)
        .bind(&p.display_name)
        .bind(&p.external_id)
        .bind(p.resource.to_string())
        .bind(&now)
        .execute()
        .await?;
        write_members(c.tx(), &id, &p.members).await?;
        c.commit(
            Some(&id),
            json!({"displayName": p.display_name, "members": p.members.len()}),
        )
        .await?;
        self.get_group(org_id, &id).await
    }

    /// `GET /Groups/{id}`.
    pub async fn get_group(&self, org_id: &str, id: &str) -> Result<ScimGroup> {
        let r = sqlx::query(&format!(
            "SELECT {GROUP_COLS} FROM groups WHERE id = $1 AND org_id = $2"
        ))
        .bind(id)
        .bind(org_id)
        .fetch_optional(&self.db.pool)
        .await?
        .ok_or_else(|| DirectoryError::NotFound(format!("Group {id}")))?;
        self.scim_group(&r)
    }

    /// `GET /Groups`.
    pub async fn list_groups(
        &self,
        org_id: &str,
        q: &ListQuery,
    ) -> Result<(usize, Vec<ScimGroup>)> {
        let mut t = Translator::new(self.db.dialect, &GROUP, group_columns, 2);
        let cond = q.filter.as_ref().map(|f| t.translate(f));
        let order = q.sort_by.as_ref().map(|s| t.order_expr(s));
        let binds = t.binds;
        let where_sql = match &cond {
            Some(c) => format!("org_id = $1 AND {c}"),
            None => "org_id = $1".to_string(),
        };
        let count_sql = format!("SELECT COUNT(*) FROM groups WHERE {where_sql}");
        let mut cq = sqlx::query_scalar::<_, i64>(&count_sql).bind(org_id);
        for b in &binds {
            cq = cq.bind(b);
        }
        let total = cq.fetch_one(&self.db.pool).await? as usize;
        if q.count == 0 || total < q.start_index {
            return Ok((total, Vec::new()));
        }
        let dir = if q.sort_order == scim_core::SortOrder::Descending {
            "DESC"
        } else {
            "ASC"
        };
        let order_sql = order.map_or_else(
            || "seq".to_string(),
            |o| format!("{o} {dir} NULLS LAST, seq"),
        );
        let n = binds.len() + 2;
        let sql = format!("SELECT {GROUP_COLS} FROM groups WHERE {where_sql} ORDER BY {order_sql} LIMIT ${n} OFFSET ${}", n + 1);
        let mut lq = sqlx::query(&sql).bind(org_id);
        for b in &binds {
            lq = lq.bind(b);
        }
        let rows = lq
            .bind(q.count as i64)
            .bind((q.start_index - 1) as i64)
            .fetch_all(&self.db.pool)
            .await?;
        Ok((
            total,
            rows.iter()
                .map(|r| self.scim_group(r))
                .collect::<Result<_>>()?,
        ))
    }

    /// `PUT /Groups/{id}`. A write that loses a race with another is redone
    /// unless the client gave `If-Match`.
    pub async fn replace_group(
        &self,
        org_id: &str,
        id: &str,
        body: &Value,
        precondition: Option<&IfMatch>,
    ) -> Result<ScimGroup> {
        let p = prepare_group(body)?;
        retry_lost_races("group", precondition, || async {
            let current = self.get_group(org_id, id).await?;
            check(precondition, current.version)?;
            self.write_group(org_id, id, &p, current.version, "scim.replace_group")
                .await
        })
        .await
    }

    /// `PATCH /Groups/{id}` (membership add/remove/replace, path-less rename).
    pub async fn patch_group(
        &self,
        org_id: &str,
        id: &str,
        patch: &PatchRequest,
        precondition: Option<&IfMatch>,
    ) -> Result<ScimGroup> {
        retry_lost_races("group", precondition, || async {
            let current = self.get_group(org_id, id).await?;
            check(precondition, current.version)?;
            let mut resource = current.resource;
            patch.apply(&mut resource, &GROUP)?;
            let p = prepare_group(&resource)?;
            self.write_group(org_id, id, &p, current.version, "scim.patch_group")
                .await
        })
        .await
    }

    /// Writes a prepared group over `version` (a lost race is a
    /// `VersionMismatch`).
    async fn write_group(
        &self,
        org_id: &str,
        id: &str,
        p: &PreparedGroup,
        version: u64,
        action: &'static str,
    ) -> Result<ScimGroup> {
        let mut c = self.change(org_id, OKTA, action).await?;
        let n = c.tx().query(
            "UPDATE groups SET display_name = $1, external_id = $2, resource = $3, version = version + 1, modified_at = $4 \
             WHERE id = $5 AND org_id = $6 AND version = $7",
        )
        .bind(&p.display_name)
        .bind(&p.external_id)
        .bind(p.resource.to_string())
        .bind(now_str())
        .bind(id)
        .bind(org_id)
        .bind(version as i64)
        .execute()
        .await?;
        if n == 0 {
            return Err(DirectoryError::VersionMismatch {
                current: version + 1,
            });
        }
        let moved = write_members(c.tx(), id, &p.members).await?;
        let mut detail = json!({"displayName": p.display_name, "members": p.members.len()});
        // A bound group's members gain or lose exactly the access it gives,
        // and its devices get the new membership.
        if !moved.is_empty() && is_bound(c.tx(), id).await? {
            let changed = self.reconcile_access(&mut c, org_id, &moved).await?;
            touch_group(&mut c, id).await?;
            detail["bindings_changed"] = json!(changed);
        }
        c.commit(Some(id), detail).await?;
        self.get_group(org_id, id).await
    }

    /// `DELETE /Groups/{id}`: the group goes, with its group bindings and
    /// the access they gave; its members (users) stay.
    pub async fn delete_group(&self, org_id: &str, id: &str) -> Result<()> {
        let mut c = self.change(org_id, OKTA, "scim.delete_group").await?;
        let bound = is_bound(c.tx(), id).await?;
        let (members, reached) = if bound {
            (
                self.group_users(&mut c, org_id, id).await?,
                group_devices(&mut c, id).await?,
            )
        } else {
            Default::default()
        };
        let n = c
            .tx()
            .query("DELETE FROM groups WHERE id = $1 AND org_id = $2")
            .bind(id)
            .bind(org_id)
            .execute()
            .await?;
        if n == 0 {
            return Err(DirectoryError::NotFound(format!("Group {id}")));
        }
        c.tx()
            .query("DELETE FROM group_members WHERE group_id = $1")
            .bind(id)
            .execute()
            .await?;
        if !bound {
            return c.commit(Some(id), json!({})).await;
        }
        c.tx()
            .query("DELETE FROM group_bindings WHERE group_id = $1")
            .bind(id)
            .execute()
            .await?;
        let changed = self.reconcile_access(&mut c, org_id, &members).await?;
        for d in &reached {
            c.accounts_changed(d);
        }
        c.commit(Some(id), json!({"bindings_changed": changed}))
            .await
    }
}
