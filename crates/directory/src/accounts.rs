//! Admin accounts that sign in: people (by email) and service accounts (by
//! name, the seed's recommendation for generating the Okta API key), each
//! with a role, a password under the org's policy, and an enabled flag.

use password_sync::{material, PasswordSyncError, Zeroizing};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::admin::{
    admin_from_row, is_unique_violation, Admin, AdminKind, AdminRole, ADMIN_COLUMNS,
};
use crate::db::now_str;
use crate::error::{DirectoryError, Result};
use crate::mfa::MfaStatus;
use crate::reads::Cols;
use crate::Directory;

/// An admin to add.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewAdmin {
    /// An email, or a service account's name (`[a-z0-9][a-z0-9._-]*`).
    pub login: String,
    /// A name to show.
    #[serde(default)]
    pub display_name: Option<String>,
    /// What the admin may do.
    #[serde(default)]
    pub role: AdminRole,
    /// A dedicated account not tied to a person.
    #[serde(default)]
    pub service_account: bool,
    /// The first password (the org's password policy applies).
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub password: Zeroizing<String>,
}

impl std::fmt::Debug for NewAdmin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewAdmin")
            .field("login", &self.login)
            .field("role", &self.role)
            .field("service_account", &self.service_account)
            .finish_non_exhaustive()
    }
}

/// An admin as the admins list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminSummary {
    /// The admin.
    #[serde(flatten)]
    pub admin: Admin,
    /// Whether the admin can sign in with a password.
    pub has_password: bool,
    /// Second factors.
    pub mfa: MfaStatus,
    /// Whether the admin has an API key.
    pub api_key: bool,
    /// Current sessions.
    pub sessions: i64,
}

/// A login that is an email or a service account name, lowercased; or a
/// refusal naming the rule.
pub(crate) fn valid_login(login: &str, service_account: bool) -> Result<String> {
    let l = login.trim().to_lowercase();
    let bad = |m: &str| Err(DirectoryError::BadRequest(format!("login '{login}': {m}")));
    if l.len() > 254 || l.is_empty() {
        return bad("must be 1 to 254 characters");
    }
    if l.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return bad("must not contain spaces or control characters");
    }
    match l.split_once('@') {
        Some((local, domain)) => {
            if local.is_empty()
                || domain.is_empty()
                || domain.contains('@')
                || !domain.contains('.') && domain != "localhost"
            {
                return bad("is not an email address (name@domain)");
            }
        }
        None => {
            if !service_account {
                return bad("a person's login is an email address; a name without '@' is for a service account (service_account: true)");
            }
            let ok_first = l.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit());
            let ok_rest = l.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-')
            });
            if !ok_first || !ok_rest || l.len() > 64 {
                return bad("a service account's name is 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
            }
        }
    }
    Ok(l)
}

impl Directory {
    /// Adds an admin to an org, with a password under the org's policy.
    /// `actor` is who does it (an admin, or `operator` from the CLI).
    pub async fn add_admin(&self, org_id: &str, new: NewAdmin, actor: &str) -> Result<Admin> {
        let login = valid_login(&new.login, new.service_account)?;
        let display_name = match new.display_name.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(d) if d.chars().count() > 128 || d.chars().any(char::is_control) => {
                return Err(DirectoryError::BadRequest(
                    "display_name must be at most 128 characters without control characters".into(),
                ))
            }
            Some(d) => Some(d.to_string()),
        };
        let settings = self.org_settings(org_id).await?;
        let hash = self
            .admin_password_hash(&settings, &login, new.password)
            .await?;
        let admin = Admin {
            id: uuid::Uuid::new_v4().to_string(),
            org_id: Some(org_id.to_string()),
            email: login,
            kind: AdminKind::Tenant,
            role: new.role,
            display_name,
            service_account: new.service_account,
            enabled: true,
        };
        let mut c = self.change(org_id, actor, "admin.add_admin").await?;
        let inserted = c
            .tx()
            .query(
                "INSERT INTO admins (id, org_id, email, kind, created_at, role, display_name, service_account, enabled, password_hash) VALUES ($1, $2, $3, 'tenant', $4, $5, $6, $7, 1, $8)",
            )
            .bind(&admin.id)
            .bind(org_id)
            .bind(&admin.email)
            .bind(now_str())
            .bind(admin.role.as_str())
            .bind(admin.display_name.clone())
            .bind(i64::from(admin.service_account))
            .bind(hash)
            .execute()
            .await;
        match inserted {
            Err(e) if is_unique_violation(&e) => {
                return Err(DirectoryError::Conflict(format!(
                    "an admin with login {} exists",
                    admin.email
                )))
            }
            other => other?,
        };
        let detail = json!({"login": admin.email, "role": admin.role, "service_account": admin.service_account});
        c.commit(Some(&admin.id), detail).await?;
        Ok(admin)
    }

    /// An argon2id verifier for an admin's new password, after the org's
    /// policy (the login stands in for the username rule).
    async fn admin_password_hash(
        &self,
        settings: &crate::OrgSettings,
        login: &str,
        password: Zeroizing<String>,
    ) -> Result<String> {
        let local = login.split('@').next().unwrap_or(login);
        let violations = settings.password_policy.evaluate(&password, local);
        if !violations.is_empty() {
            return Err(PasswordSyncError::Policy(violations).into());
        }
        let params = self.params.clone();
        let v = self
            .hash_pool
            .run(move |mem| material::argon2_verifier_in(&password, &params, mem))
            .await?
            .map_err(DirectoryError::from)?;
        Ok(v.expose_phc().to_string())
    }

    /// Sets an admin's password (their own change, or the operator's
    /// reset). Every session of the admin ends but `keep` (the session
    /// that made the change, if any): whoever knew the old password is
    /// signed out.
    pub async fn set_admin_password(
        &self,
        admin_id: &str,
        password: Zeroizing<String>,
        actor: &str,
        keep: Option<&str>,
    ) -> Result<()> {
        let admin = self.admin_by_id(admin_id).await?;
        let Some(org) = admin.org_id.clone() else {
            return Err(DirectoryError::Forbidden(
                "multi-tenant portal admins do not sign in here".into(),
            ));
        };
        let settings = self.org_settings(&org).await?;
        let hash = self
            .admin_password_hash(&settings, &admin.email, password)
            .await?;
        let mut c = self.change(&org, actor, "admin.set_password").await?;
        c.tx()
            .query("UPDATE admins SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(admin_id)
            .execute()
            .await?;
        let ended = c
            .tx()
            .query("DELETE FROM sessions WHERE kind = 'admin' AND subject = $1 AND prefix <> $2")
            .bind(admin_id)
            .bind(keep.unwrap_or(""))
            .execute()
            .await?;
        c.commit(Some(admin_id), json!({"sessions_ended": ended}))
            .await
    }

    /// An admin by id.
    pub async fn admin_by_id(&self, admin_id: &str) -> Result<Admin> {
        let sql = format!("SELECT {ADMIN_COLUMNS} FROM admins a WHERE a.id = $1");
        let r = self
            .db
            .read_one(&sql, &[admin_id.into()])
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("admin {admin_id}")))?;
        admin_from_row(&r)
    }

    /// The org's admins, by login.
    pub async fn list_admins(&self, org_id: &str) -> Result<Vec<AdminSummary>> {
        let sql =
            format!("SELECT {ADMIN_COLUMNS} FROM admins a WHERE a.org_id = $1 ORDER BY a.email");
        let rows = self.db.read(&sql, &[org_id.into()]).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.summary_of(admin_from_row(r)?).await?);
        }
        Ok(out)
    }

    /// One admin as the admins list shows it.
    pub async fn admin_summary(&self, admin_id: &str) -> Result<AdminSummary> {
        let a = self.admin_by_id(admin_id).await?;
        self.summary_of(a).await
    }

    async fn summary_of(&self, admin: Admin) -> Result<AdminSummary> {
        let r = self
            .db
            .read_one(
                "SELECT (password_hash IS NOT NULL) AS has_password, \
                 (SELECT COUNT(*) FROM api_keys k WHERE k.admin_id = $1) AS keys, \
                 (SELECT COUNT(*) FROM sessions s WHERE s.kind = 'admin' AND s.subject = $1) AS sessions \
                 FROM admins WHERE id = $1",
                &[admin.id.as_str().into()],
            )
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("admin {}", admin.id)))?;
        let mfa = self.mfa_status(&admin.id).await?;
        Ok(AdminSummary {
            has_password: r.int("has_password")? != 0,
            api_key: r.int("keys")? > 0,
            sessions: r.int("sessions")?,
            mfa,
            admin,
        })
    }

    /// Enables or disables an admin of `org_id`. Disabling ends their
    /// sessions and stops their API key at once; the org's last enabled
    /// admin (role `admin`) cannot be disabled.
    pub async fn set_admin_enabled(
        &self,
        org_id: &str,
        admin_id: &str,
        enabled: bool,
        actor: &str,
    ) -> Result<()> {
        let admin = self.admin_by_id(admin_id).await?;
        if admin.org_id.as_deref() != Some(org_id) {
            return Err(DirectoryError::NotFound(format!("admin {admin_id}")));
        }
        let action = if enabled {
            "admin.enable_admin"
        } else {
            "admin.disable_admin"
        };
        let mut c = self.change(org_id, actor, action).await?;
        if !enabled && admin.enabled && admin.role == AdminRole::Admin {
            let others = c
                .tx()
                .query("SELECT COUNT(*) AS n FROM admins WHERE org_id = $1 AND id <> $2 AND enabled = 1 AND role = 'admin'")
                .bind(org_id)
                .bind(admin_id)
                .fetch_one()
                .await?
                .int("n")?;
            if others == 0 {
                drop(c);
                return Err(DirectoryError::Conflict(
                    "this is the organization's last enabled admin: add or enable another first"
                        .into(),
                ));
            }
        }
        c.tx()
            .query("UPDATE admins SET enabled = $1 WHERE id = $2")
            .bind(i64::from(enabled))
            .bind(admin_id)
            .execute()
            .await?;
        if !enabled {
            c.tx()
                .query("DELETE FROM sessions WHERE kind = 'admin' AND subject = $1")
                .bind(admin_id)
                .execute()
                .await?;
        }
        c.commit(Some(admin_id), json!({"login": admin.email}))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn logins() {
        assert_eq!(
            valid_login(" Ops@Acme.test ", false).expect("email"),
            "ops@acme.test"
        );
        assert_eq!(
            valid_login("okta-provisioning", true).expect("name"),
            "okta-provisioning"
        );
        assert!(
            valid_login("okta-provisioning", false).is_err(),
            "a name is for service accounts"
        );
        assert!(
            valid_login("svc@acme.test", true).is_ok(),
            "a service account may have an email"
        );
        for bad in [
            "",
            "a b@x.test",
            "@x.test",
            "a@",
            "a@b@c.test",
            "-svc",
            "Svc!",
            "a\u{7}@x.test",
        ] {
            assert!(valid_login(bad, true).is_err(), "{bad:?}");
        }
        assert!(valid_login(&"a".repeat(65), true).is_err());
    }

    proptest! {
        #[test]
        fn an_accepted_login_is_lowercase_and_unpadded(s in "\\PC{0,80}", svc in any::<bool>()) {
            if let Ok(l) = valid_login(&s, svc) {
                prop_assert_eq!(l.clone(), l.trim().to_lowercase());
                prop_assert!(!l.is_empty() && l.len() <= 254);
                prop_assert!(!l.contains(char::is_whitespace));
            }
        }
    }
}
