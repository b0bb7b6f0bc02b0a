//! The user portal: users change their own password (a local change, which
//! Okta's next push overwrites: drift) and, where the org allows it, some of
//! their own attributes.

use password_sync::material;
use password_sync::Zeroizing;
use serde_json::{json, Map, Value};

use crate::change::{Known, NewMaterial};
use crate::db::now_str;
use crate::error::{DirectoryError, Result};
use crate::user_input::{keep_active, prepare};
use crate::Directory;

/// The attributes a user may edit in the portal (when the org allows it).
pub const PORTAL_EDITABLE: &[&str] = &[
    "displayName",
    "nickName",
    "title",
    "phoneNumbers",
    "addresses",
    "locale",
    "timezone",
    "preferredLanguage",
];

impl Directory {
    /// The user portal: a signed-in user (`user_id`) changes their own
    /// password with their current one. Not sent back to Okta: the user
    /// is marked as diverged.
    pub async fn portal_change_password(
        &self,
        org_id: &str,
        user_id: &str,
        current: Zeroizing<String>,
        new: Zeroizing<String>,
    ) -> Result<()> {
        const ACTION: &str = "portal.change_password";
        let id = user_id.to_string();
        let row = self.user_row_by_id(org_id, &id).await?;
        let actor = format!("portal:{}", row.unix_username);
        let settings = self.org_settings(org_id).await?;
        if !settings.portal_password_changes {
            return Err(DirectoryError::Forbidden(
                "password changes in the user portal are disabled for this organization".into(),
            ));
        }
        let wrong = || DirectoryError::Forbidden("the current password is wrong".into());
        let verifier = row.verifier.clone().ok_or_else(wrong)?;
        let violations = settings.password_policy.evaluate(&new, &row.unix_username);
        let params = self.params.clone();
        let new_mac = self.key.password_mac(&id, &new);
        let derived = self
            .hash_pool
            .run(move |mem| {
                if !material::verify_in(&material::Verifier::from_phc(verifier), &current, mem) {
                    return Ok(None);
                }
                material::derive_in(new, &params, mem).map(Some)
            })
            .await?
            .map_err(DirectoryError::from)?;
        let Some(m) = derived else {
            let detail = json!({"reason": "wrong current password"});
            let e = wrong();
            return Err(self
                .refuse(org_id, &actor, ACTION, Some(&id), detail, e)
                .await);
        };
        let mut c = self.change(org_id, &actor, ACTION).await?;
        let material = NewMaterial {
            material: &m,
            mac: &new_mac,
        };
        let policy = &settings.password_policy;
        let changed = c
            .sync(&id, Known::Nothing, Some(material), |s| {
                s.portal_change(violations, policy, chrono::Utc::now())
            })
            .await;
        let after = match changed {
            Ok(after) => after,
            Err(e @ DirectoryError::Password(_)) => {
                drop(c);
                return Err(self
                    .refuse(org_id, &actor, ACTION, Some(&id), json!({}), e)
                    .await);
            }
            Err(e) => return Err(e),
        };
        c.commit(
            Some(&id),
            json!({"drift": true, "version": after.password.version,
                   "note": "changed outside Okta: diverged until Okta's next push"}),
        )
        .await
    }

    /// The user portal: a signed-in user (`user_id`) edits their own
    /// attributes, if the org allows it.
    pub async fn portal_update_attributes(
        &self,
        org_id: &str,
        user_id: &str,
        attrs: &Map<String, Value>,
    ) -> Result<()> {
        let settings = self.org_settings(org_id).await?;
        if !settings.portal_attribute_edits {
            return Err(DirectoryError::Forbidden(
                "attribute edits in the user portal are disabled for this organization".into(),
            ));
        }
        let id = user_id.to_string();
        let row = self.user_row_by_id(org_id, &id).await?;
        let username = row.unix_username.clone();
        let mut resource = row.resource.clone();
        for (k, v) in attrs {
            if !PORTAL_EDITABLE.contains(&k.as_str()) {
                return Err(DirectoryError::BadRequest(format!(
                    "attribute '{k}' cannot be edited in the user portal"
                )));
            }
            if let Some(o) = resource.as_object_mut() {
                o.insert(k.clone(), v.clone());
            }
        }
        let mut p = prepare(&resource)?;
        keep_active(&mut p.resource, p.active, &row.state);
        let mut c = self
            .change(
                org_id,
                &format!("portal:{username}"),
                "portal.update_attributes",
            )
            .await?;
        let n = c
            .tx()
            .query(
                "UPDATE users SET resource = $1, version = version + 1, modified_at = $2 WHERE id = $3 AND version = $4",
            )
            .bind(p.resource.to_string())
            .bind(now_str())
            .bind(&id)
            .bind(row.version)
            .execute()
            .await?;
        if n == 0 {
            return Err(DirectoryError::Conflict(
                "the profile changed while it was edited; retry".into(),
            ));
        }
        c.commit(
            Some(&id),
            json!({"attributes": attrs.keys().collect::<Vec<_>>()}),
        )
        .await
    }
}

impl Directory {
    /// What a signed-in user sees of themselves in the user portal: their
    /// names, attributes, password status and what the org lets them edit.
    pub async fn portal_profile(&self, org_id: &str, user_id: &str) -> Result<Value> {
        let row = self.user_row_by_id(org_id, user_id).await?;
        let settings = self.org_settings(org_id).await?;
        let mut attributes = Map::new();
        if let Some(o) = row.resource.as_object() {
            for (k, v) in o {
                if !matches!(k.as_str(), "password" | "schemas" | "meta") {
                    attributes.insert(k.clone(), v.clone());
                }
            }
        }
        Ok(json!({
            "id": row.id,
            "username": row.unix_username,
            "login": row.user_name,
            "state": row.state,
            "uid": row.uid,
            "attributes": attributes,
            "password": {
                "version": row.password.version,
                "source": row.password.source,
                "drift": row.password.drift,
                "changed_at": row.password.changed_at,
                "expires_at": row.password.expires_at,
            },
            "may_edit_attributes": settings.portal_attribute_edits,
            "editable_attributes": PORTAL_EDITABLE,
            "may_change_password": settings.portal_password_changes,
            "password_policy": settings.password_policy,
            "note": "your password comes from Okta: a change here is not sent to Okta, and Okta's next push overwrites it",
        }))
    }
}
