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
    /// The user portal: the user changes their own password with their
    /// current one. Not sent back to Okta: the user is marked as diverged.
    pub async fn portal_change_password(
        &self,
        org_id: &str,
        username: &str,
        current: Zeroizing<String>,
        new: Zeroizing<String>,
    ) -> Result<()> {
        const ACTION: &str = "portal.change_password";
        let actor = format!("portal:{username}");
        let id = self.user_id_by_username(org_id, username).await?;
        let row = self.user_row_by_id(org_id, &id).await?;
        let settings = self.org_settings(org_id).await?;
        if !settings.portal_password_changes {
            return Err(DirectoryError::Forbidden(
                "password changes in the user portal are disabled for this organization".into(),
            ));
        }
        let verifier = row.verifier.clone().ok_or(DirectoryError::Unauthorized)?;
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
            let e = DirectoryError::Unauthorized;
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

    /// The user portal: the user edits their own attributes, if the org allows it.
    pub async fn portal_update_attributes(
        &self,
        org_id: &str,
        username: &str,
        password: Zeroizing<String>,
        attrs: &Map<String, Value>,
    ) -> Result<()> {
        let settings = self.org_settings(org_id).await?;
        if !settings.portal_attribute_edits {
            return Err(DirectoryError::Forbidden(
                "attribute edits in the user portal are disabled for this organization".into(),
            ));
        }
        let id = self.user_id_by_username(org_id, username).await?;
        let row = self.user_row_by_id(org_id, &id).await?;
        let verifier = row.verifier.clone().ok_or(DirectoryError::Unauthorized)?;
        if !self.verify_password(verifier, password).await? {
            return Err(DirectoryError::Unauthorized);
        }
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
