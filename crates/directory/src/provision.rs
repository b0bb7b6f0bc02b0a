//! Provisioning by Okta over SCIM: create (with takeover and re-link), PUT,
//! PATCH and DELETE of users. Each is one [`crate::change::Change`].
//!
//! Who a SCIM create lands on is decided by [`arrival`], a pure function of
//! what the org already holds; the rename rule for bound users is
//! `username_rules::rename`'s; what a body means is `user_input`'s.
//!
//! About 620 lines of code, over the other rooms: create, PUT/PATCH and
//! DELETE share the one read of the user's record, the version guard and
//! the rename rule, and read best top-down in one place.

use password_sync::{Action, PasswordPolicy, PasswordStatus, UserSync};
use scim_core::etag::IfMatch;
use scim_core::{PatchRequest, ScimError, USER};
use serde_json::{json, Value};
use username_rules::{Rename, Username};

use crate::admin::{is_unique_violation, UsernamePolicy};
use crate::change::{retry_lost_races, Change, Known, NewMaterial};
use crate::db::{now_str, WriteTx};
use crate::error::{DirectoryError, Result};
use crate::passwords::PasswordInput;
use crate::reads::Cols;
use crate::render::{ScimUser, UserView};
use crate::user_input::{
    follow_state, keep_active, masked, masked_patch, next_state, prepare, set_active, Prepared,
};
use crate::users::{state, user_row, UserRecord, UserRow, USER_COLS};
use crate::Directory;

/// Who acts for Okta in the audit log.
const OKTA: &str = "okta";

/// Where a SCIM create lands.
#[derive(Debug)]
pub(crate) enum Arrival<'r> {
    /// A new user.
    Create,
    /// A user deleted over SCIM with the same userName comes back.
    Relink(&'r UserRow),
    /// A directory-native user with the derived username, bound to nothing,
    /// becomes Okta-managed.
    TakeOver(&'r UserRow),
    /// Refused (uniqueness), naming why; `on` is the user in the way.
    Refuse {
        reason: String,
        on: Option<&'r UserRow>,
    },
}

/// The seed's rules for a create: a visible user with the same userName is
/// a clash; a SCIM-deleted one is re-linked; otherwise an existing user
/// with the derived username is taken over only when it is not
/// Okta-managed and bound to no resources (`username_rules::takeover`).
/// `by_unix` comes with its number of bindings.
pub(crate) fn arrival<'r>(
    login: &str,
    username: &Username,
    by_name: Option<&'r UserRow>,
    by_unix: Option<(&'r UserRow, usize)>,
) -> Arrival<'r> {
    match (by_name, by_unix) {
        (Some(r), _) if r.scim_visible => Arrival::Refuse {
            reason: format!("userName '{login}' is already taken"),
            on: Some(r),
        },
        (Some(r), _) => Arrival::Relink(r),
        (None, None) => Arrival::Create,
        (None, Some((r, _))) if r.externally_managed => Arrival::Refuse {
            reason: format!(
                "the username '{username}' derived from '{login}' already belongs to another Okta-managed user ('{}')",
                r.user_name
            ),
            on: Some(r),
        },
        (None, Some((r, bound))) => {
            let account = username_rules::Account {
                username: &r.unix_username,
                bound_resources: bound,
            };
            match username_rules::takeover(login, &account) {
                Ok(_) => Arrival::TakeOver(r),
                Err(e) => Arrival::Refuse {
                    reason: format!(
                        "existing user '{}' cannot be taken over: {e}",
                        r.unix_username
                    ),
                    on: Some(r),
                },
            }
        }
    }
}

/// Records an Okta password: unchanged, or a new version (see
/// `UserSync::okta_push`).
fn push_password(
    s: &mut UserSync,
    input: &PasswordInput,
    policy: &PasswordPolicy,
) -> std::result::Result<Vec<Action>, password_sync::PasswordSyncError> {
    let now = chrono::Utc::now();
    match input {
        PasswordInput::Unchanged => s.okta_push(true, Vec::new(), policy, now),
        PasswordInput::New { violations, .. } => {
            s.okta_push(false, violations.clone(), policy, now)
        }
    }
}

impl Directory {
    /// `POST /Users`. An existing directory user whose username equals the
    /// login's email prefix and that is bound to no resources is taken over;
    /// a user deleted over SCIM with the same userName is re-linked.
    pub async fn create_user(&self, org_id: &str, body: &Value) -> Result<ScimUser> {
        const ACTION: &str = "scim.create_user";
        let sent = masked(body);
        let p = match prepare(body) {
            Ok(p) => p,
            Err(e) => {
                let detail = json!({"sent": sent});
                return Err(self.refuse(org_id, OKTA, ACTION, None, detail, e).await);
            }
        };
        let settings = self.org_settings(org_id).await?;
        let username = match settings.username_policy.derive(&p.user_name) {
            Ok(u) => u,
            Err(e) => {
                let detail = json!({"userName": p.user_name, "sent": sent});
                return Err(self.refuse(org_id, OKTA, ACTION, None, detail, e).await);
            }
        };
        let new_id = uuid::Uuid::new_v4().to_string();
        let mut pw = match p.password.clone() {
            Some(pw) => Some(
                self.password_input(
                    &new_id,
                    pw,
                    None,
                    None,
                    username.as_str(),
                    &settings.password_policy,
                )
                .await?,
            ),
            None => None,
        };
        let mut c = self.change(org_id, OKTA, ACTION).await?;
        let by_name = find_user(
            c.tx(),
            org_id,
            "user_name_lower",
            &p.user_name.to_lowercase(),
        )
        .await?;
        let by_unix = match by_name {
            Some(_) => None,
            None => {
                match find_user(c.tx(), org_id, "unix_username_lower", &username.key()).await? {
                    Some(r) => {
                        let bound = count_bindings(c.tx(), &r.id).await?;
                        Some((r, bound))
                    }
                    None => None,
                }
            }
        };
        let decided = arrival(
            &p.user_name,
            &username,
            by_name.as_ref(),
            by_unix.as_ref().map(|(r, n)| (r, *n)),
        );
        let (existing, how) = match decided {
            Arrival::Refuse { reason, on } => {
                let on = on.map(|r| r.id.clone());
                drop(c);
                let detail = json!({"userName": p.user_name, "sent": sent});
                let e = ScimError::Uniqueness(reason);
                return Err(self
                    .refuse(org_id, OKTA, ACTION, on.as_deref(), detail, e)
                    .await);
            }
            Arrival::Create => (None, "created"),
            Arrival::Relink(r) => (Some(r.clone()), "re-linked"),
            Arrival::TakeOver(r) => (Some(r.clone()), "taken over"),
        };
        let st = if p.active == Some(false) {
            state::SUSPENDED
        } else {
            state::ACTIVATED
        };
        let mut resource = p.resource;
        set_active(&mut resource, st);
        let now = now_str();
        let new_status = PasswordStatus::default();
        let (id, version, known) = match &existing {
            Some(r) => {
                c.tx().query(
                    "UPDATE users SET user_name = $1, user_name_lower = $2, external_id = $3, state = $4, \
                     externally_managed = 1, scim_visible = 1, resource = $5, version = version + 1, modified_at = $6 WHERE id = $7",
                )
                .bind(&p.user_name)
                .bind(p.user_name.to_lowercase())
                .bind(&p.external_id)
                .bind(st)
                .bind(resource.to_string())
                .bind(&now)
                .bind(&r.id)
                .execute()
                .await?;
                // A re-linked or taken-over user becomes visible over SCIM
                // at its old position: list positions shift.
                c.scim_visibility_changed(1, true).await?;
                // The MAC was keyed with a fresh id; this user keeps no MAC
                // until its next change (the argon2 verifier answers meanwhile).
                if let Some(PasswordInput::New { mac, .. }) = pw.as_mut() {
                    mac.clear();
                }
                let known = Known::Row {
                    suspended: r.suspended(),
                    password: &r.password,
                };
                (r.id.clone(), r.version + 1, known)
            }
            None => {
                let res = c.tx().query(
                    "INSERT INTO users (id, org_id, user_name, user_name_lower, external_id, unix_username, unix_username_lower, \
                     state, externally_managed, scim_visible, resource, password, verifier, version, created_at, modified_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, 1, $9, $10, NULL, 1, $11, $11)",
                )
                .bind(&new_id)
                .bind(org_id)
                .bind(&p.user_name)
                .bind(p.user_name.to_lowercase())
                .bind(&p.external_id)
                .bind(username.as_str())
                .bind(username.key())
                .bind(st)
                .bind(resource.to_string())
                .bind(serde_json::to_string(&new_status).map_err(DirectoryError::internal)?)
                .bind(&now)
                .execute()
                .await;
                match res {
                    Err(e) if is_unique_violation(&e) => {
                        return Err(ScimError::Uniqueness(format!(
                            "userName '{}' is already taken",
                            p.user_name
                        ))
                        .into())
                    }
                    Err(e) => return Err(e),
                    Ok(_) => {}
                }
                // Appended at the end: no list position moves.
                c.scim_visibility_changed(1, false).await?;
                let known = Known::Row {
                    suspended: st == state::SUSPENDED,
                    password: &new_status,
                };
                (new_id.clone(), 1, known)
            }
        };
        // The password first (kept, not delivered, while suspended), then
        // a re-linked or taken-over user follows the requested state.
        let from = existing.as_ref().map(|r| r.state.as_str());
        if pw.is_some() || from.is_some_and(|f| f != st) {
            let material = pw.as_ref().and_then(PasswordInput::material);
            let policy = &settings.password_policy;
            c.sync(&id, known, material, |s| {
                let mut actions = match &pw {
                    Some(input) => push_password(s, input, policy)?,
                    None => Vec::new(),
                };
                if let Some(from) = from {
                    actions.extend(follow_state(s, from, st));
                }
                Ok(actions)
            })
            .await?;
        }
        let warnings: Vec<String> = username
            .warnings()
            .iter()
            .map(ToString::to_string)
            .collect();
        c.commit(
            Some(&id),
            json!({
                "userName": p.user_name, "username": username.as_str(), "how": how,
                "mapping": p.report, "password": if p.password.is_some() { "received" } else { "absent" },
                "warnings": warnings, "sent": sent,
            }),
        )
        .await?;
        match existing {
            // A returning user may have group memberships: read them back.
            Some(_) => self.get_user(org_id, &id).await,
            None => self.scim_user_from(
                resource,
                UserView {
                    id: &id,
                    version: version as u64,
                    state: st,
                    created: &now,
                    modified: &now,
                    groups: Vec::new(),
                },
            ),
        }
    }

    /// `PUT /Users/{id}`: replaces the profile; read-only attributes in the
    /// body are ignored; no `password` means unchanged; `active` sets the
    /// state. A write that loses a race with another is redone unless the
    /// client gave `If-Match`.
    pub async fn replace_user(
        &self,
        org_id: &str,
        id: &str,
        body: &Value,
        precondition: Option<&IfMatch>,
    ) -> Result<ScimUser> {
        const ACTION: &str = "scim.replace_user";
        retry_lost_races("user", precondition, || async {
            let rec = self.user_record(org_id, id).await?;
            check(precondition, &rec)?;
            let sent = masked(body);
            let p = match prepare(body) {
                Ok(p) => p,
                Err(e) => {
                    let detail = json!({"sent": sent});
                    return Err(self.refuse(org_id, OKTA, ACTION, Some(id), detail, e).await);
                }
            };
            self.write_user(org_id, rec, p, ACTION, sent).await
        })
        .await
    }

    /// `PATCH /Users/{id}`: applies the operations to the current resource
    /// and stores the result as a PUT would. The user's row is read once.
    pub async fn patch_user(
        &self,
        org_id: &str,
        id: &str,
        patch: &PatchRequest,
        precondition: Option<&IfMatch>,
    ) -> Result<ScimUser> {
        const ACTION: &str = "scim.patch_user";
        retry_lost_races("user", precondition, || async {
            let rec = self.user_record(org_id, id).await?;
            check(precondition, &rec)?;
            let mut resource = self.scim_of(&rec)?.resource;
            let sent = masked_patch(patch);
            if let Err(e) = patch.apply(&mut resource, &USER) {
                return Err(self
                    .refuse(org_id, OKTA, ACTION, Some(id), json!({"sent": sent}), e)
                    .await);
            }
            let p = prepare(&resource)?;
            self.write_user(org_id, rec, p, ACTION, sent).await
        })
        .await
    }

    /// The SCIM resource of a record, as a GET would show it.
    fn scim_of(&self, rec: &UserRecord) -> Result<ScimUser> {
        let r = &rec.row;
        self.scim_user_from(
            r.resource.clone(),
            UserView {
                id: &r.id,
                version: r.version as u64,
                state: &r.state,
                created: &rec.created_at,
                modified: &rec.modified_at,
                groups: rec.groups.clone(),
            },
        )
    }

    /// Writes a prepared user over `rec` (read by the caller, which the
    /// write requires to be still current: a lost race is a
    /// `VersionMismatch`), and answers with the new resource.
    async fn write_user(
        &self,
        org_id: &str,
        rec: UserRecord,
        p: Prepared,
        action: &'static str,
        sent: Value,
    ) -> Result<ScimUser> {
        let row = &rec.row;
        let id = row.id.as_str();
        let settings = self.org_settings(org_id).await?;
        let pw = match p.password.clone() {
            Some(pw) => Some(
                self.password_input(
                    id,
                    pw,
                    row.verifier.clone(),
                    row.pw_mac.clone(),
                    &row.unix_username,
                    &settings.password_policy,
                )
                .await?,
            ),
            None => None,
        };
        let now = now_str();
        let mut c = self.change(org_id, OKTA, action).await?;
        // Rename rule: a bound user keeps its username.
        let mut unix = row.unix_username.clone();
        let mut rename_note = None;
        if p.user_name != row.user_name {
            let bound = count_bindings(c.tx(), id).await?;
            let login = match settings.username_policy {
                UsernamePolicy::Strict => p.user_name.clone(),
                UsernamePolicy::Sanitize => settings
                    .username_policy
                    .derive(&p.user_name)
                    .map(|u| u.as_str().to_string())
                    .unwrap_or_default(),
            };
            match username_rules::rename(&row.unix_username, &login, bound)? {
                Rename::Unchanged => {}
                Rename::To(u) => {
                    rename_note = Some(format!(
                        "username renamed from '{}' to '{}'",
                        row.unix_username, u
                    ));
                    unix = u.as_str().to_string();
                }
                Rename::KeptBecauseBound { wanted } => {
                    rename_note = Some(format!(
                        "{} (kept '{}', wanted '{}')",
                        username_rules::BOUND_RENAME_MESSAGE,
                        row.unix_username,
                        wanted
                    ));
                }
            }
        }
        let st = next_state(p.active, &row.state);
        let mut resource = p.resource;
        keep_active(&mut resource, p.active, st);
        let res = c
            .tx()
            .query(
                "UPDATE users SET user_name = $1, user_name_lower = $2, external_id = $3, unix_username = $4, unix_username_lower = $5, \
                 state = $6, resource = $7, version = version + 1, modified_at = $8 WHERE id = $9 AND version = $10 \
                 RETURNING password",
            )
            .bind(&p.user_name)
            .bind(p.user_name.to_lowercase())
            .bind(&p.external_id)
            .bind(&unix)
            .bind(unix.to_lowercase())
            .bind(st)
            .bind(resource.to_string())
            .bind(&now)
            .bind(id)
            .bind(row.version)
            .fetch_optional()
            .await;
        // The password status as of this transaction (a portal change or a
        // device report moves it without a new version).
        let status = match res {
            Err(e) if is_unique_violation(&e) => {
                return Err(ScimError::Uniqueness(format!(
                    "userName '{}' (username '{unix}') is already taken",
                    p.user_name
                ))
                .into())
            }
            Err(e) => return Err(e),
            Ok(None) => {
                return Err(DirectoryError::VersionMismatch {
                    current: row.version as u64 + 1,
                })
            }
            Ok(Some(r)) => crate::change::parse_password(&r.text("password")?)?,
        };
        // Devices show the full name (GECOS): they learn of a new one.
        if crate::devices::full_name(&row.resource) != crate::devices::full_name(&resource) {
            crate::devices::account_changed(&mut c, id).await?;
        }
        if pw.is_some() || st != row.state {
            let material = pw.as_ref().and_then(PasswordInput::material);
            let policy = &settings.password_policy;
            let from = row.state.as_str();
            let known = Known::Row {
                suspended: row.suspended(),
                password: &status,
            };
            c.sync(id, known, material, |s| {
                let mut actions = follow_state(s, from, st);
                if let Some(input) = &pw {
                    actions.extend(push_password(s, input, policy)?);
                }
                Ok(actions)
            })
            .await?;
        }
        let password_outcome = match &pw {
            Some(PasswordInput::Unchanged) => "unchanged",
            Some(PasswordInput::New { .. }) => "changed",
            None => "absent",
        };
        c.commit(
            Some(id),
            json!({
                "userName": p.user_name, "state": st, "mapping": p.report,
                "password": password_outcome, "rename": rename_note, "sent": sent,
            }),
        )
        .await?;
        self.scim_user_from(
            resource,
            UserView {
                id,
                version: row.version as u64 + 1,
                state: st,
                created: &rec.created_at,
                modified: &now,
                groups: rec.groups,
            },
        )
    }

    /// `DELETE /Users/{id}`: the user is suspended and kept; it disappears
    /// from SCIM only. A later create with the same userName re-links it.
    pub async fn delete_user(&self, org_id: &str, id: &str) -> Result<()> {
        retry_lost_races("user", None, || async {
            let row = self.user_row_by_id(org_id, id).await?;
            if !row.scim_visible {
                return Err(DirectoryError::NotFound(format!("User {id}")));
            }
            let mut c = self.change(org_id, OKTA, "scim.delete_user").await?;
            write_state(&mut c, &row, state::SUSPENDED, false).await?;
            c.scim_visibility_changed(-1, true).await?;
            if !row.suspended() {
                let known = Known::Row {
                    suspended: false,
                    password: &row.password,
                };
                c.sync(id, known, None, |s| Ok(s.suspend())).await?;
            }
            c.commit(
                Some(id),
                json!({"userName": row.user_name, "state": state::SUSPENDED, "kept": true}),
            )
            .await
        })
        .await
    }
}

/// Moves `row` to state `st` (its stored `active` with it), hiding it from
/// SCIM unless `visible`; a row changed since it was read is a
/// `VersionMismatch`.
pub(crate) async fn write_state(
    c: &mut Change<'_>,
    row: &UserRow,
    st: &str,
    visible: bool,
) -> Result<()> {
    let mut resource = row.resource.clone();
    set_active(&mut resource, st);
    let n = c
        .tx()
        .query(
            "UPDATE users SET state = $1, resource = $2, scim_visible = $3, version = version + 1, modified_at = $4 \
             WHERE id = $5 AND version = $6",
        )
        .bind(st)
        .bind(resource.to_string())
        .bind(i64::from(visible && row.scim_visible))
        .bind(now_str())
        .bind(&row.id)
        .bind(row.version)
        .execute()
        .await?;
    if n == 0 {
        return Err(DirectoryError::VersionMismatch {
            current: row.version as u64 + 1,
        });
    }
    Ok(())
}

/// A precondition against a record's version.
fn check(precondition: Option<&IfMatch>, rec: &UserRecord) -> Result<()> {
    match precondition {
        Some(p) if !p.matches(rec.row.version as u64) => Err(DirectoryError::VersionMismatch {
            current: rec.row.version as u64,
        }),
        _ => Ok(()),
    }
}

/// The user of `org_id` whose `column` (an indexed lower-case name) is `value`.
async fn find_user(
    tx: &mut WriteTx<'_>,
    org_id: &str,
    column: &'static str,
    value: &str,
) -> Result<Option<UserRow>> {
    tx.query(&format!(
        "SELECT {USER_COLS} FROM users WHERE org_id = $1 AND {column} = $2"
    ))
    .bind(org_id)
    .bind(value)
    .fetch_optional()
    .await?
    .map(|r| user_row(&r))
    .transpose()
}

/// How many devices a user is bound to.
pub(crate) async fn count_bindings(tx: &mut WriteTx<'_>, user_id: &str) -> Result<usize> {
    let n = tx
        .query("SELECT COUNT(*) AS n FROM bindings WHERE user_id = $1")
        .bind(user_id)
        .fetch_one()
        .await?
        .int("n")?;
    Ok(n as usize)
}

impl PasswordInput {
    /// The material a new password's version stores.
    pub(crate) fn material(&self) -> Option<NewMaterial<'_>> {
        match self {
            PasswordInput::Unchanged => None,
            PasswordInput::New { material, mac, .. } => Some(NewMaterial { material, mac }),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn row(name: &str, unix: &str, visible: bool, okta: bool) -> UserRow {
        UserRow {
            id: format!("id-{unix}"),
            user_name: name.into(),
            unix_username: unix.into(),
            state: state::ACTIVATED.into(),
            externally_managed: okta,
            scim_visible: visible,
            resource: json!({}),
            verifier: None,
            pw_mac: None,
            version: 1,
            password: PasswordStatus::default(),
            uid: None,
        }
    }

    #[test]
    fn a_create_lands_where_the_seed_says() {
        let login = "jane.doe@example.com";
        let u = Username::parse("jane.doe").expect("valid");
        assert!(matches!(arrival(login, &u, None, None), Arrival::Create));

        let visible = row(login, "jane.doe", true, true);
        assert!(matches!(
            arrival(login, &u, Some(&visible), None),
            Arrival::Refuse { on: Some(_), ref reason } if reason.contains("already taken")
        ));
        let deleted = row(login, "jane.doe", false, true);
        assert!(matches!(
            arrival(login, &u, Some(&deleted), None),
            Arrival::Relink(r) if r.id == deleted.id
        ));

        let local = row("jane.doe", "jane.doe", false, false);
        assert!(matches!(
            arrival(login, &u, None, Some((&local, 0))),
            Arrival::TakeOver(r) if r.id == local.id
        ));
        assert!(matches!(
            arrival(login, &u, None, Some((&local, 2))),
            Arrival::Refuse { ref reason, .. } if reason.contains("cannot be taken over")
        ));
        let other_okta = row("jane.doe@other.example", "jane.doe", true, true);
        assert!(matches!(
            arrival(login, &u, None, Some((&other_okta, 0))),
            Arrival::Refuse { ref reason, .. } if reason.contains("Okta-managed")
        ));
    }

    /// A directory on a SQLite file in `tmp`, with fast hashing and no cache.
    pub(crate) async fn scratch(tmp: &tempfile::TempDir) -> Directory {
        let mut cfg = crate::Config::sqlite_in(tmp.path());
        cfg.hash_params = password_sync::HashParams::insecure_fast_for_tests();
        cfg.read_cache_bytes = 0;
        Directory::open(cfg).await.expect("open")
    }

    #[tokio::test]
    async fn a_password_patch_reads_the_user_row_once() {
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = scratch(&tmp).await;
        let org = dir.create_org("o").await.expect("org");
        let body = json!({"userName": "ann@example.com", "password": "Start-Passw0rd1"});
        let u = dir.create_user(&org.id, &body).await.expect("create");
        let (d, _) = dir
            .enroll_device(&org.id, "d", password_sync::Platform::Linux)
            .await
            .expect("enroll");
        dir.bind(&org.id, &u.id, &d.id).await.expect("bind");
        let patch = PatchRequest::from_json(&json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "value": {"password": "New-Passw0rd2"}}]
        }))
        .expect("patch");
        crate::db::statement_log::start();
        let after = dir
            .patch_user(&org.id, &u.id, &patch, None)
            .await
            .expect("patch");
        let log = crate::db::statement_log::take();
        let reads: Vec<&String> = log
            .iter()
            .filter(|s| s.trim_start().starts_with("SELECT") && s.contains("FROM users"))
            .collect();
        assert_eq!(reads.len(), 1, "reads of the user's row: {reads:#?}");
        assert_eq!(after.version, u.version + 1);
        // The answer is what a GET shows, and the device has the new version.
        assert_eq!(after, dir.get_user(&org.id, &u.id).await.expect("get"));
        let details = dir.user_details(&org.id, &u.id).await.expect("details");
        assert_eq!(details.password.version, 2);
        assert_eq!(
            details.bound_resources[0]
                .deliveries
                .last()
                .map(|d| d.version),
            Some(2)
        );
    }
}
