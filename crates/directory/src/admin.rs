//! Orgs, admins, API keys, org settings, the audit log and the collision report.

use serde::{Deserialize, Serialize};
use serde_json::json;
use sqlx::Row;

use crate::crypto::{new_secret, secret_digest, secret_prefix, verify_digest};
use crate::db::{now_str, WriteTx};
use crate::error::{DirectoryError, Result};
use crate::reads::Cols;
use crate::Directory;

/// The tag that starts every API key.
pub const API_KEY_TAG: &str = "dk";

/// Who acts in the audit log for what the operator does from the command
/// line or at the first start (orgs, admins).
const OPERATOR: &str = "operator";

/// A tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Org {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// Per-org settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrgSettings {
    /// The password policy (also sets aging: `max_age_days: null` = never expires).
    pub password_policy: password_sync::PasswordPolicy,
    /// Whether end users may edit their own attributes in the user portal
    /// (the seed recommends disabling it for Okta-managed users).
    pub portal_attribute_edits: bool,
    /// Whether end users may change their password in the user portal
    /// (the change is not sent back to Okta: drift).
    pub portal_password_changes: bool,
    /// What to do with a login whose username breaks the unix rules.
    pub username_policy: UsernamePolicy,
    /// The local accounts devices create: uid range, home, shell.
    pub unix_accounts: UnixAccounts,
    /// Whether every admin must sign in with a second factor (TOTP or a
    /// passkey); one without is sent to enrolment before anything else.
    pub require_admin_mfa: bool,
}

/// How devices lay out the local accounts of bound users.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnixAccounts {
    /// The first uid the directory assigns (each user's own, at the first
    /// bind; stable across renames and never reused).
    pub uid_min: u32,
    /// The last; a bind that would need a uid past it is refused.
    pub uid_max: u32,
    /// The first gid of a directory group made a unix group on devices (at
    /// its first binding; stable and never reused). Apart from the uid
    /// range: each user's own group is numbered as the uid.
    pub gid_min: u32,
    /// The last gid.
    pub gid_max: u32,
    /// The directory homes are made in (`HOME_BASE/username`).
    pub home_base: String,
    /// The login shell.
    pub shell: String,
    /// Whether a device takes over an existing local account with a bound
    /// user's name (keeping its uid and home), as the directory takes over
    /// unbound users; system accounts never are.
    pub take_over_local_accounts: bool,
}

impl Default for UnixAccounts {
    fn default() -> Self {
        // Above the local range useradd(8) takes from login.defs (1000-59999)
        // so a directory account never lands on a local one's uid.
        UnixAccounts {
            uid_min: 200_000,
            uid_max: 299_999,
            gid_min: 300_000,
            gid_max: 399_999,
            home_base: "/home".into(),
            shell: "/bin/bash".into(),
            take_over_local_accounts: true,
        }
    }
}

impl UnixAccounts {
    /// Refuses a range or a path a device could not use, naming the field.
    pub fn validate(&self) -> Result<()> {
        let bad = |m: String| Err(DirectoryError::BadRequest(format!("unix_accounts: {m}")));
        if self.uid_min < 1000 {
            return bad(format!(
                "uid_min {} is in the system range (below 1000)",
                self.uid_min
            ));
        }
        if self.uid_min > self.uid_max {
            return bad(format!(
                "uid_min {} is above uid_max {}",
                self.uid_min, self.uid_max
            ));
        }
        // 65534 is nobody's; 2^32-1 is (uid_t)-1, "no uid" to setuid(2).
        if (self.uid_min..=self.uid_max).contains(&65534) {
            return bad("the range holds 65534 (nobody)".into());
        }
        if self.uid_max >= u32::MAX - 1 {
            return bad(format!("uid_max {} is reserved", self.uid_max));
        }
        if self.gid_min < 1000 || self.gid_min > self.gid_max {
            return bad(format!(
                "gid_min {} to gid_max {} is not a range above the system's (1000)",
                self.gid_min, self.gid_max
            ));
        }
        if (self.gid_min..=self.gid_max).contains(&65534) || self.gid_max >= u32::MAX - 1 {
            return bad("the gid range holds 65534 (nogroup) or a reserved gid".into());
        }
        if self.gid_min <= self.uid_max && self.uid_min <= self.gid_max {
            return bad(format!(
                "the gid range {}-{} overlaps the uid range {}-{} (each user's own group is numbered as the uid)",
                self.gid_min, self.gid_max, self.uid_min, self.uid_max
            ));
        }
        for (name, path) in [("home_base", &self.home_base), ("shell", &self.shell)] {
            if !path.starts_with('/') || path.contains([':', '\n', '\0']) {
                return bad(format!(
                    "{name} must be an absolute path without ':' or a newline"
                ));
            }
        }
        Ok(())
    }
}

/// What to do with a login whose derived username breaks the unix rules.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum UsernamePolicy {
    /// Refuse the create with the rule broken (the seed's behaviour; default).
    #[default]
    Strict,
    /// Derive a compliant name instead (`Username::sanitized_from_login`).
    Sanitize,
}

impl UsernamePolicy {
    /// The username for `login` under this policy.
    pub fn derive(
        self,
        login: &str,
    ) -> Result<username_rules::Username, username_rules::UsernameError> {
        match self {
            UsernamePolicy::Strict => username_rules::Username::from_login(login),
            UsernamePolicy::Sanitize => username_rules::Username::from_login(login)
                .or_else(|_| username_rules::Username::sanitized_from_login(login)),
        }
    }
}

impl Default for OrgSettings {
    fn default() -> Self {
        OrgSettings {
            password_policy: password_sync::PasswordPolicy::default(),
            portal_attribute_edits: false,
            portal_password_changes: true,
            username_policy: UsernamePolicy::Strict,
            unix_accounts: UnixAccounts::default(),
            require_admin_mfa: true,
        }
    }
}

/// Tenant admin or multi-tenant-portal admin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AdminKind {
    /// An admin of one org: the only kind whose key works for SCIM.
    Tenant,
    /// A multi-tenant portal admin: keys are refused by the Okta integration.
    Mtp,
}

/// An administrator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Admin {
    /// Id.
    pub id: String,
    /// The org (tenant admins), or `None` for MTP admins.
    pub org_id: Option<String>,
    /// The sign-in name: an email, or a service account's name
    /// (lowercased; unique across the server).
    pub email: String,
    /// Kind.
    pub kind: AdminKind,
    /// What the admin may do.
    pub role: AdminRole,
    /// A name to show; `None` shows the login.
    pub display_name: Option<String>,
    /// A dedicated account not tied to a person (the seed's recommendation
    /// for generating the Okta API key).
    pub service_account: bool,
    /// A disabled admin can neither sign in nor use an API key.
    pub enabled: bool,
}

/// What an admin may do in their org.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AdminRole {
    /// Everything: provisioning (its API key works for SCIM), settings,
    /// admins, devices.
    #[default]
    Admin,
    /// Reads everything, changes nothing (its API key is refused for SCIM).
    ReadOnly,
}

impl AdminRole {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            AdminRole::Admin => "admin",
            AdminRole::ReadOnly => "read_only",
        }
    }

    /// A stored role; fails closed like [`parse_kind`].
    pub(crate) fn parse(s: &str) -> Result<AdminRole> {
        match s {
            "admin" => Ok(AdminRole::Admin),
            "read_only" => Ok(AdminRole::ReadOnly),
            other => Err(DirectoryError::invariant(format!(
                "stored admin role '{other}' is unknown"
            ))),
        }
    }
}

/// The columns [`admin_from_row`] reads, for `SELECT` lists (`a.` prefixed
/// where the admins table is aliased `a`).
pub(crate) const ADMIN_COLUMNS: &str =
    "a.id, a.org_id, a.email, a.kind, a.role, a.display_name, a.service_account, a.enabled";

/// An admin from a row holding [`ADMIN_COLUMNS`].
pub(crate) fn admin_from_row(r: &crate::reads::Row) -> Result<Admin> {
    Ok(Admin {
        id: r.text("id")?,
        org_id: r.opt_text("org_id")?,
        email: r.text("email")?,
        kind: parse_kind(&r.text("kind")?)?,
        role: AdminRole::parse(&r.text("role")?)?,
        display_name: r.opt_text("display_name")?,
        service_account: r.int("service_account")? != 0,
        enabled: r.int("enabled")? != 0,
    })
}

/// Who an API key belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The admin.
    pub admin: Admin,
}

impl Principal {
    /// The org a tenant admin acts in; MTP keys are refused (seed: "The API key
    /// from MTP admins will not work with the ... integration app in Okta").
    pub fn tenant_org(&self) -> Result<&str> {
        match (&self.admin.kind, &self.admin.org_id) {
            (AdminKind::Tenant, Some(o)) => Ok(o),
            _ => Err(DirectoryError::Forbidden(
                "API keys of multi-tenant portal (MTP) admins are not accepted; use the key of an admin of this organization".into(),
            )),
        }
    }
}

/// One audit entry (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Sequence number.
    pub seq: i64,
    /// Time.
    pub at: String,
    /// Who (admin id, `okta`, `portal:<user>`, `device:<id>`).
    pub actor: String,
    /// What (`scim.create_user`, ...).
    pub action: String,
    /// On what (an id), if any.
    pub target: Option<String>,
    /// `ok` or `refused`/`error`.
    pub outcome: String,
    /// Details: what was mapped, why it was refused.
    pub detail: serde_json::Value,
    /// The request that made the change (its `X-Request-Id`), if it came
    /// from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

/// A stored admin kind. Fails closed: a value that is neither kind (a
/// hand-edited row, a newer schema) is an error, never taken for a tenant
/// admin, whose keys may provision users.
fn parse_kind(s: &str) -> Result<AdminKind> {
    match s {
        "tenant" => Ok(AdminKind::Tenant),
        "mtp" => Ok(AdminKind::Mtp),
        other => Err(DirectoryError::invariant(format!(
            "stored admin kind '{other}' is unknown"
        ))),
    }
}

/// An org's settings as `orgs.settings` stores them (JSON).
pub(crate) fn stored_settings(text: &str) -> Result<OrgSettings> {
    serde_json::from_str(text).map_err(DirectoryError::internal)
}

impl Directory {
    /// Creates an org with default settings.
    pub async fn create_org(&self, name: &str) -> Result<Org> {
        let org = Org {
            id: uuid::Uuid::new_v4().to_string(),
            name: name.to_string(),
        };
        let mut c = self.change(&org.id, OPERATOR, "admin.create_org").await?;
        c.tx()
            .query("INSERT INTO orgs (id, name, settings, created_at) VALUES ($1, $2, $3, $4)")
            .bind(&org.id)
            .bind(&org.name)
            .bind(serde_json::to_string(&OrgSettings::default()).map_err(DirectoryError::internal)?)
            .bind(now_str())
            .execute()
            .await?;
        c.commit(None, json!({"name": name})).await?;
        Ok(org)
    }

    /// All orgs.
    pub async fn list_orgs(&self) -> Result<Vec<Org>> {
        let rows = sqlx::query("SELECT id, name FROM orgs ORDER BY created_at, id")
            .fetch_all(&self.db.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Org {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                })
            })
            .collect()
    }

    /// Creates an admin: a tenant admin of `org_id`, or an MTP admin (`org_id` None).
    pub async fn create_admin(
        &self,
        org_id: Option<&str>,
        email: &str,
        kind: AdminKind,
    ) -> Result<Admin> {
        if kind == AdminKind::Tenant && org_id.is_none() {
            return Err(DirectoryError::BadRequest(
                "a tenant admin needs an org".into(),
            ));
        }
        if let Some(o) = org_id {
            self.org_settings(o).await?;
        }
        let admin = Admin {
            id: uuid::Uuid::new_v4().to_string(),
            org_id: org_id.map(str::to_string),
            email: email.to_lowercase(),
            kind,
            role: AdminRole::Admin,
            display_name: None,
            service_account: false,
            enabled: true,
        };
        // An MTP admin belongs to no org, and the audit log is per org.
        match org_id {
            Some(o) => {
                let mut c = self.change(o, OPERATOR, "admin.create_admin").await?;
                insert_admin(c.tx(), &admin).await?;
                let detail = json!({"email": admin.email, "kind": admin.kind});
                c.commit(Some(&admin.id), detail).await?;
            }
            None => {
                let mut w = self.db.begin_write().await?;
                insert_admin(&mut w, &admin).await?;
                w.commit().await?;
            }
        }
        Ok(admin)
    }

    /// Finds an admin by login (email or service account name).
    pub async fn admin_by_email(&self, email: &str) -> Result<Admin> {
        let sql = format!("SELECT {ADMIN_COLUMNS} FROM admins a WHERE a.email = $1");
        let r = self
            .db
            .read_one(&sql, &[email.to_lowercase().into()])
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("admin {email}")))?;
        admin_from_row(&r)
    }

    /// Generates the admin's API key and returns it: the only time it is
    /// shown. Any previous key of this admin stops working at once.
    ///
    /// The rotation's audit entry (an admin of an org) is written in the
    /// rotation's transaction, with the admin as the actor.
    pub async fn generate_api_key(&self, admin_id: &str) -> Result<zeroize::Zeroizing<String>> {
        let admin = self
            .db
            .read_one(
                "SELECT id, org_id, email FROM admins WHERE id = $1",
                &[admin_id.into()],
            )
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("admin {admin_id}")))?;
        let s = new_secret(API_KEY_TAG);
        let actor = format!("admin:{}", admin.text("email")?);
        match admin.opt_text("org_id")? {
            Some(org) => {
                let mut c = self.change(&org, &actor, "admin.rotate_api_key").await?;
                let revoked = replace_key(c.tx(), admin_id, &s.prefix, &s.hash).await?;
                let previous = if revoked { "revoked" } else { "none" };
                c.commit(Some(admin_id), json!({"previous_key": previous}))
                    .await?;
            }
            // An MTP admin belongs to no org, and the audit log is per org.
            None => {
                let mut w = self.db.begin_write().await?;
                replace_key(&mut w, admin_id, &s.prefix, &s.hash).await?;
                w.commit().await?;
            }
        }
        Ok(s.secret)
    }

    /// Resolves a presented API key (hash lookup by prefix, constant-time compare).
    pub async fn resolve_api_key(&self, key: &str) -> Result<Principal> {
        // Cached by the key's digest: only keys that verified are stored.
        let cache = self.cache.as_ref().and_then(|c| Some((c, c.seen()?)));
        let digest = secret_digest(key);
        if let Some(p) = cache.and_then(|(c, at)| c.key(at, &digest)) {
            return Ok(p);
        }
        let sql = format!(
            "SELECT k.hash, {ADMIN_COLUMNS} FROM api_keys k JOIN admins a ON a.id = k.admin_id WHERE k.prefix = $1"
        );
        let row = self.row_for_secret(key, &digest, API_KEY_TAG, &sql).await?;
        let admin = admin_from_row(&row)?;
        // A disabled admin's key is refused like a revoked one.
        if !admin.enabled {
            return Err(DirectoryError::Unauthorized);
        }
        let p = Principal { admin };
        if let Some((c, at)) = cache {
            c.put_key(at, digest, p.clone());
        }
        Ok(p)
    }

    /// The row whose stored `hash` matches a presented secret (`digest`:
    /// its [`secret_digest`]): looked up by the secret's prefix (`sql` binds
    /// it as `$1`), then compared in constant time. Every failure is
    /// `Unauthorized`, alike.
    pub(crate) async fn row_for_secret(
        &self,
        presented: &str,
        digest: &[u8; 32],
        tag: &str,
        sql: &str,
    ) -> Result<crate::reads::Row> {
        let prefix = secret_prefix(presented, tag).ok_or(DirectoryError::Unauthorized)?;
        let row = self
            .db
            .read_one(sql, &[prefix.into()])
            .await?
            .ok_or(DirectoryError::Unauthorized)?;
        if !verify_digest(digest, &row.text("hash")?) {
            return Err(DirectoryError::Unauthorized);
        }
        Ok(row)
    }

    /// An org's settings.
    pub async fn org_settings(&self, org_id: &str) -> Result<OrgSettings> {
        let s = self
            .db
            .read_one("SELECT settings FROM orgs WHERE id = $1", &[org_id.into()])
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("org {org_id}")))?
            .text("settings")?;
        stored_settings(&s)
    }

    /// Replaces an org's settings; `actor` is who does it, for the audit log.
    pub async fn set_org_settings(
        &self,
        org_id: &str,
        settings: &OrgSettings,
        actor: &str,
    ) -> Result<()> {
        settings.unix_accounts.validate()?;
        let text = serde_json::to_string(settings).map_err(DirectoryError::internal)?;
        let mut c = self.change(org_id, actor, "admin.set_settings").await?;
        let n = c
            .tx()
            .query("UPDATE orgs SET settings = $1 WHERE id = $2")
            .bind(&text)
            .bind(org_id)
            .execute()
            .await?;
        if n == 0 {
            return Err(DirectoryError::NotFound(format!("org {org_id}")));
        }
        c.commit(None, json!({"settings": settings})).await
    }

    /// Appends an audit entry in a transaction of its own. `detail` must
    /// hold no secrets.
    ///
    /// For refusals, which write nothing else: a change's entry is written
    /// by [`audit_in`] in the change's own transaction. Best effort: a
    /// failure is logged, and the refusal is answered as it would be.
    pub async fn audit(
        &self,
        org_id: &str,
        actor: &str,
        action: &str,
        target: Option<&str>,
        outcome: &str,
        detail: serde_json::Value,
    ) {
        let written = async {
            let mut w = self.db.begin_write().await?;
            audit_in(&mut w, org_id, actor, action, target, outcome, detail).await?;
            w.commit().await
        };
        if let Err(e) = written.await {
            tracing::warn!(error = %e, action, "could not write an audit entry");
        }
    }

    /// The last `limit` audit entries of an org, newest first.
    pub async fn audit_log(&self, org_id: &str, limit: i64) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT seq, at, actor, action, target, outcome, detail, request_id FROM audit_log WHERE org_id = $1 ORDER BY seq DESC LIMIT $2",
        )
        .bind(org_id)
        .bind(limit.clamp(1, 10_000))
        .fetch_all(&self.db.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    seq: r.try_get("seq")?,
                    at: r.try_get("at")?,
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    target: r.try_get("target")?,
                    outcome: r.try_get("outcome")?,
                    detail: serde_json::from_str(&r.try_get::<String, _>("detail")?)
                        .unwrap_or_default(),
                    request_id: r.try_get("request_id")?,
                })
            })
            .collect()
    }

    /// Which incoming logins collide with each other or with existing
    /// usernames of the org, or are invalid, before anything is provisioned.
    pub async fn collision_report(
        &self,
        org_id: &str,
        logins: &[String],
    ) -> Result<Vec<username_rules::Finding>> {
        let existing: Vec<String> =
            sqlx::query_scalar("SELECT unix_username FROM users WHERE org_id = $1")
                .bind(org_id)
                .fetch_all(&self.db.pool)
                .await?;
        Ok(username_rules::collision_report(
            logins.iter().map(String::as_str),
            existing.iter().map(String::as_str),
        ))
    }
}

/// Whether a database error is a unique-constraint violation (both dialects).
/// Appends an audit entry within `w`: the entry is committed exactly when
/// the change it records is. `detail` must hold no secrets.
pub(crate) async fn audit_in(
    w: &mut WriteTx<'_>,
    org_id: &str,
    actor: &str,
    action: &str,
    target: Option<&str>,
    outcome: &str,
    detail: serde_json::Value,
) -> Result<()> {
    w.query(
        "INSERT INTO audit_log (org_id, at, actor, action, target, outcome, detail, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(org_id)
    .bind(now_str())
    .bind(actor)
    .bind(action)
    .bind(target)
    .bind(outcome)
    .bind(detail.to_string())
    .bind(crate::context::request_id().as_deref())
    .execute()
    .await?;
    Ok(())
}

/// Replaces an admin's key (prefix and hash); whether one was revoked.
async fn replace_key(
    w: &mut WriteTx<'_>,
    admin_id: &str,
    prefix: &str,
    hash: &str,
) -> Result<bool> {
    let revoked = w
        .query("DELETE FROM api_keys WHERE admin_id = $1")
        .bind(admin_id)
        .execute()
        .await?;
    w.query("INSERT INTO api_keys (admin_id, prefix, hash, created_at) VALUES ($1, $2, $3, $4)")
        .bind(admin_id)
        .bind(prefix)
        .bind(hash)
        .bind(now_str())
        .execute()
        .await?;
    Ok(revoked > 0)
}

/// Inserts an admin row.
async fn insert_admin(w: &mut WriteTx<'_>, admin: &Admin) -> Result<()> {
    let r = w
        .query(
            "INSERT INTO admins (id, org_id, email, kind, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&admin.id)
        .bind(&admin.org_id)
        .bind(&admin.email)
        .bind(match admin.kind {
            AdminKind::Tenant => "tenant",
            AdminKind::Mtp => "mtp",
        })
        .bind(now_str())
        .execute()
        .await;
    match r {
        Err(e) if is_unique_violation(&e) => Err(DirectoryError::Conflict(format!(
            "an admin with email {} exists",
            admin.email
        ))),
        Err(e) => Err(e),
        Ok(_) => Ok(()),
    }
}

pub(crate) fn is_unique_violation(e: &DirectoryError) -> bool {
    matches!(e, DirectoryError::Storage(s) if s.is_unique_violation())
}
