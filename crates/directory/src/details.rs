//! What admins see and do to users outside SCIM: the "Details panel", the
//! paged users list, suspend and restore, and directory-native users (the
//! ones a SCIM create may take over).

use password_sync::{Delivery, PasswordStatus, Platform};
use serde::Serialize;
use serde_json::{json, Value};
use username_rules::Username;

use crate::admin::is_unique_violation;
use crate::change::{load_sync, retry_lost_races, Known};
use crate::db::now_str;
use crate::error::{DirectoryError, Result};
use crate::provision::write_state;
use crate::reads::{Arg, Cols};
use crate::user_input::{follow_state, set_active};
use crate::users::state;
use crate::Directory;

/// What the admin "Details panel" shows for a user.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserDetails {
    /// Id.
    pub id: String,
    /// SCIM userName (the Okta login), or the local name.
    pub user_name: String,
    /// The unix username.
    pub username: String,
    /// The unix uid (assigned at the first bind to a device; stable, never reused).
    pub uid: Option<i64>,
    /// STAGED / ACTIVATED / SUSPENDED.
    pub state: String,
    /// Managed by Okta.
    pub externally_managed: bool,
    /// Visible over SCIM (false after a SCIM DELETE).
    pub scim_visible: bool,
    /// Password status.
    pub password: PasswordStatus,
    /// Whether the password has expired now.
    pub password_expired: bool,
    /// Whether the password never expires (org policy).
    pub password_never_expires: bool,
    /// Bound resources with their delivery states.
    pub bound_resources: Vec<BoundResource>,
    /// The directory record (mapped attributes).
    pub profile: Value,
}

/// A device bound to a user, as the details panel shows it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BoundResource {
    /// Device id.
    pub device_id: String,
    /// Platform.
    pub platform: Platform,
    /// Newest version completed on it.
    pub completed_version: u64,
    /// Whether the local account is locked.
    pub locked: bool,
    /// Deliveries still tracked (open, and the last completed).
    pub deliveries: Vec<Delivery>,
    /// What the device's agent last reported about the account, if anything.
    pub agent: Option<AgentReport>,
}

/// An agent's last word on one account (`POST /agent/v1/status`).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgentReport {
    /// `in_sync`, `failed`, `drifted` (changed on the device) or `refused`.
    pub state: String,
    /// Why, for `failed` and `refused`.
    pub detail: Option<String>,
    /// The password version the device had applied.
    pub password_version: u64,
    /// When.
    pub at: String,
}

/// One page of the admin users list.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserPage {
    /// The users, oldest first.
    pub users: Vec<UserDetails>,
    /// Pass as `after` for the next page; `None` on the last page.
    pub next: Option<String>,
}

/// The most users one page of the admin list holds.
pub const MAX_USER_PAGE: usize = 500;

impl Directory {
    /// The details panel of one user.
    pub async fn user_details(&self, org_id: &str, id: &str) -> Result<UserDetails> {
        let row = self.user_row_by_id(org_id, id).await?;
        let settings = self.org_settings(org_id).await?;
        // One snapshot of the user's bindings and deliveries: read in a
        // transaction, here one that writes nothing and is rolled back.
        let mut tx = self.db.begin_write().await?;
        let known = Known::Row {
            suspended: row.suspended(),
            password: &row.password,
        };
        let sync = load_sync(&mut tx, id, known).await?;
        let reports = tx
            .query(
                "SELECT device_id, agent_state, agent_detail, agent_version, agent_at FROM bindings \
                 WHERE user_id = $1 AND agent_state IS NOT NULL",
            )
            .bind(id)
            .fetch_all()
            .await?;
        drop(tx);
        let mut agent = std::collections::HashMap::new();
        for r in &reports {
            agent.insert(
                r.text("device_id")?,
                AgentReport {
                    state: r.text("agent_state")?,
                    detail: r.opt_text("agent_detail")?,
                    password_version: r.opt_int("agent_version")?.unwrap_or(0).max(0) as u64,
                    at: r.text("agent_at")?,
                },
            );
        }
        let profile = attr_mapping::from_scim(&row.resource)
            .ok()
            .and_then(|(r, _)| serde_json::to_value(r).ok())
            .unwrap_or(Value::Null);
        Ok(UserDetails {
            id: row.id,
            user_name: row.user_name,
            username: row.unix_username,
            uid: row.uid,
            state: row.state,
            externally_managed: row.externally_managed,
            scim_visible: row.scim_visible,
            password_expired: sync.password.is_expired(chrono::Utc::now()),
            password_never_expires: settings.password_policy.max_age_days.is_none(),
            password: sync.password,
            bound_resources: sync
                .devices
                .into_iter()
                .map(|(id, d)| BoundResource {
                    agent: agent.remove(&id),
                    device_id: id,
                    platform: d.platform,
                    completed_version: d.completed_version,
                    locked: d.locked,
                    deliveries: d.deliveries,
                })
                .collect(),
            profile,
        })
    }

    /// A page of an org's users (admin list), oldest first: at most `limit`
    /// (itself at most [`MAX_USER_PAGE`]) after the cursor `after` from the
    /// previous page. Each page costs the same at any depth (it seeks).
    pub async fn list_user_details(
        &self,
        org_id: &str,
        after: Option<&str>,
        limit: usize,
    ) -> Result<UserPage> {
        let after = match after {
            None => i64::MIN,
            Some(c) => c.parse::<i64>().map_err(|_| {
                DirectoryError::BadRequest(format!(
                    "'after' must be the 'next' cursor of a previous page, not '{c}'"
                ))
            })?,
        };
        let limit = limit.clamp(1, MAX_USER_PAGE);
        let rows = self
            .db
            .read(
                "SELECT id, seq FROM users WHERE org_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                &[
                    Arg::from(org_id),
                    Arg::Int(after),
                    Arg::Int(limit as i64 + 1),
                ],
            )
            .await?;
        let more = rows.len() > limit;
        let mut users = Vec::with_capacity(limit);
        let mut next = None;
        for r in rows.iter().take(limit) {
            users.push(self.user_details(org_id, &r.text("id")?).await?);
            next = Some(r.int("seq")?.to_string());
        }
        Ok(UserPage {
            users,
            next: if more { next } else { None },
        })
    }

    /// Suspends or restores (admin API); the same effect as Okta's deactivate/reactivate.
    pub async fn set_user_state(
        &self,
        org_id: &str,
        id: &str,
        active: bool,
        actor: &str,
    ) -> Result<()> {
        let st = if active {
            state::ACTIVATED
        } else {
            state::SUSPENDED
        };
        let action = if active {
            "admin.restore_user"
        } else {
            "admin.suspend_user"
        };
        retry_lost_races("user", None, || async {
            let row = self.user_row_by_id(org_id, id).await?;
            let mut c = self.change(org_id, actor, action).await?;
            write_state(&mut c, &row, st, true).await?;
            let known = Known::Row {
                suspended: row.suspended(),
                password: &row.password,
            };
            let from = row.state.as_str();
            c.sync(id, known, None, |s| Ok(follow_state(s, from, st)))
                .await?;
            c.commit(Some(id), json!({"state": st})).await
        })
        .await
    }

    /// Creates a directory-native (not Okta-managed) user, e.g. one that
    /// existed before the Okta integration: a candidate for takeover.
    pub async fn create_local_user(&self, org_id: &str, username: &str) -> Result<UserDetails> {
        let u = Username::parse(username)?;
        let id = uuid::Uuid::new_v4().to_string();
        let now = now_str();
        let mut resource =
            json!({"schemas": [scim_core::schema::USER_SCHEMA], "userName": u.as_str()});
        set_active(&mut resource, state::ACTIVATED);
        let mut c = self
            .change(org_id, "admin", "admin.create_local_user")
            .await?;
        let r = c
            .tx()
            .query(
                "INSERT INTO users (id, org_id, user_name, user_name_lower, external_id, unix_username, unix_username_lower, \
                 state, externally_managed, scim_visible, resource, password, verifier, version, created_at, modified_at) \
                 VALUES ($1, $2, $3, $4, NULL, $3, $4, $5, 0, 0, $6, $7, NULL, 1, $8, $8)",
            )
            .bind(&id)
            .bind(org_id)
            .bind(u.as_str())
            .bind(u.key())
            .bind(state::ACTIVATED)
            .bind(resource.to_string())
            .bind(serde_json::to_string(&PasswordStatus::default()).map_err(DirectoryError::internal)?)
            .bind(&now)
            .execute()
            .await;
        match r {
            Err(e) if is_unique_violation(&e) => {
                return Err(DirectoryError::Conflict(format!(
                    "username '{u}' already exists"
                )))
            }
            Err(e) => return Err(e),
            Ok(_) => {}
        }
        c.commit(Some(&id), json!({"username": u.as_str()})).await?;
        self.user_details(org_id, &id).await
    }
}
