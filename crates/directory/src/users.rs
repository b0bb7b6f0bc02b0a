//! Users: SCIM provisioning (create with takeover, get, list, PUT, PATCH,
//! deactivate, delete), the rename rule, and the password flow that turns an
//! Okta password into versions and device deliveries.

use std::collections::BTreeSet;

use password_sync::material::{self, CredentialMaterial, Verifier};
use password_sync::{
    Action, Delivery, DeliveryState, DeviceSync, PasswordStatus, Platform, UserSync, Zeroizing,
};
use scim_core::{etag, CompValue, CompareOp, Filter, ListQuery, PatchRequest, ScimError, USER};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{json, Map, Value};
use username_rules::{Rename, Username};

use crate::admin::{audit_in, is_unique_violation};
use crate::db::{now_str, Db, Dialect, WriteTx};
use crate::error::{DirectoryError, Result};
use crate::reads::{Arg, Cols};
use crate::sql_filter::{user_columns, Translator};
use crate::Directory;

/// Account states (the vendor's model).
pub mod state {
    /// Created, not yet active.
    pub const STAGED: &str = "STAGED";
    /// Active.
    pub const ACTIVATED: &str = "ACTIVATED";
    /// Suspended (Okta deactivate, or SCIM DELETE).
    pub const SUSPENDED: &str = "SUSPENDED";
}

/// A user as SCIM returns it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScimUser {
    /// Server-issued id.
    pub id: String,
    /// Optimistic version (the ETag).
    pub version: u64,
    /// The full resource (with `id`, `active`, `groups`, `meta`; never `password`).
    pub resource: Value,
}

impl ScimUser {
    /// The weak ETag.
    pub fn etag(&self) -> String {
        etag::weak_etag(self.version)
    }
}

/// A user rendered as SCIM JSON text with the default projection (no
/// `attributes` or `excludedAttributes`): what `GET /Users/{id}` answers.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedUser {
    /// Resource id.
    pub id: String,
    /// Version (for the ETag).
    pub version: u64,
    /// The JSON body.
    pub json: String,
}

/// A user's `meta`, in the order SCIM renders it (a struct serializes
/// faster than a map is built).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct UserMeta {
    resource_type: &'static str,
    created: String,
    last_modified: String,
    location: String,
    version: String,
}

/// A stored user row.
#[derive(Debug, Clone)]
pub(crate) struct UserRow {
    pub id: String,
    pub user_name: String,
    pub unix_username: String,
    pub state: String,
    pub externally_managed: bool,
    pub scim_visible: bool,
    pub resource: Value,
    pub verifier: Option<String>,
    pub pw_mac: Option<String>,
    pub version: i64,
}

/// The columns a SCIM rendering of a user needs ([`Directory::scim_user`]):
/// not the password state or its verifier, which a read has no use for.
const USER_VIEW_COLS: &str = "id, resource, version, created_at, modified_at";

/// The columns of a [`UserRow`] (the write paths' view of a user).
pub(crate) const USER_COLS: &str =
    "id, org_id, user_name, unix_username, state, externally_managed, \
     scim_visible, resource, verifier, pw_mac, version";

/// A user's group memberships as one JSON text column `grp`
/// (`[[seq, id, displayName], ...]` in no particular order; `groups_value`
/// sorts them by `seq`), so a user and its groups are one statement.
/// `users` must be the unaliased users table.
///
/// Not `ORDER BY` inside the aggregate: SQLite implements an ordered
/// aggregate with an ephemeral table opened and closed for every row, which
/// was a quarter of a `GET /Users/{id}` in the directory (criterion
/// `request/directory get_user`: 22.1 → 16.7 µs without it). A user's few
/// groups sort faster in Rust.
fn groups_column(d: Dialect) -> &'static str {
    match d {
        Dialect::Sqlite => {
            "(SELECT json_group_array(json_array(g.seq, g.id, g.display_name)) \
             FROM group_members gm JOIN groups g ON g.id = gm.group_id WHERE gm.member_id = users.id) AS grp"
        }
        Dialect::Postgres => {
            "(SELECT json_agg(json_build_array(g.seq, g.id, g.display_name))::text \
             FROM group_members gm JOIN groups g ON g.id = gm.group_id WHERE gm.member_id = users.id) AS grp"
        }
    }
}

pub(crate) fn user_row(r: &impl Cols) -> Result<UserRow> {
    let resource = r.text("resource")?;
    Ok(UserRow {
        id: r.text("id")?,
        user_name: r.text("user_name")?,
        unix_username: r.text("unix_username")?,
        state: r.text("state")?,
        externally_managed: r.int("externally_managed")? != 0,
        scim_visible: r.int("scim_visible")? != 0,
        resource: serde_json::from_str(&resource).map_err(DirectoryError::internal)?,
        verifier: r.opt_text("verifier")?,
        pw_mac: r.opt_text("pw_mac")?,
        version: r.int("version")?,
    })
}

/// A stored resource's text without its closing brace, when the default
/// projection would keep every member of it as it is and none of them is
/// one [`Directory::scim_user`] sets (`id`, `groups`, `meta`): then the
/// members a rendering appends can follow it. `None` sends the caller to
/// the full path (a `Value`, projected).
fn splice_head(stored: &str) -> Option<&str> {
    /// The top-level members of an object, borrowed from its text.
    struct Members<'a>(Vec<(&'a str, &'a RawValue)>);
    impl<'de> serde::Deserialize<'de> for Members<'de> {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
            struct V;
            impl<'de> serde::de::Visitor<'de> for V {
                type Value = Members<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> std::result::Result<Self::Value, A::Error> {
                    let mut members = Vec::new();
                    while let Some(m) = map.next_entry::<&'de str, &'de RawValue>()? {
                        members.push(m);
                    }
                    Ok(Members(members))
                }
            }
            d.deserialize_map(V)
        }
    }
    // A key with escapes cannot be borrowed: that, too, takes the full path.
    let Members(mut members) = serde_json::from_str(stored).ok()?;
    let passes = !members.is_empty()
        && members.iter().all(|(k, v)| {
            !matches!(*k, "id" | "groups" | "meta")
                && scim_core::list::kept_as_is_by_default(&USER, k, v.get())
        });
    members.sort_unstable_by_key(|m| m.0);
    let unique = members.windows(2).all(|w| w[0].0 != w[1].0);
    let head = stored.trim_end().strip_suffix('}')?;
    (passes && unique).then_some(head)
}

/// Appends `,"name":<value as JSON>` to a JSON object being written.
fn push_member(out: &mut Vec<u8>, name: &str, v: &impl serde::Serialize) -> Result<()> {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
    serde_json::to_writer(out, v).map_err(DirectoryError::internal)
}

/// A SCIM User body decoded for the directory.
pub(crate) struct Prepared {
    /// The profile as stored: `attr_mapping::to_scim(record)`.
    pub resource: Value,
    pub user_name: String,
    pub external_id: Option<String>,
    pub password: Option<Zeroizing<String>>,
    pub active: Option<bool>,
    pub report: attr_mapping::MappingReport,
}

/// Most values a multi-valued User attribute may hold.
pub const MAX_VALUES: usize = 100;

/// Decodes and validates a client's User body.
pub(crate) fn prepare(body: &Value) -> Result<Prepared> {
    let mut v = body.clone();
    USER.normalize(&mut v)?;
    let Some(obj) = v.as_object_mut() else {
        return Err(ScimError::InvalidSyntax("a User must be a JSON object".into()).into());
    };
    if let Some(schemas) = obj.get("schemas") {
        let ok = schemas.as_array().is_some_and(|a| {
            a.iter().all(Value::is_string)
                && a.iter().any(|s| {
                    s.as_str()
                        .is_some_and(|s| s.eq_ignore_ascii_case(scim_core::schema::USER_SCHEMA))
                })
        });
        if !ok {
            return Err(ScimError::InvalidValue(format!(
                "'schemas' must include {}",
                scim_core::schema::USER_SCHEMA
            ))
            .into());
        }
    }
    // Bounded arrays: a user has at most this many values per attribute.
    for (k, v) in obj.iter() {
        if v.as_array().is_some_and(|a| a.len() > MAX_VALUES) {
            return Err(ScimError::InvalidValue(format!(
                "'{k}' has more than {MAX_VALUES} values"
            ))
            .into());
        }
    }
    let password = match obj.remove("password") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(Zeroizing::new(s)),
        Some(_) => {
            return Err(ScimError::InvalidValue("'password' must be a string".into()).into())
        }
    };
    let active = obj.remove("active").and_then(|a| a.as_bool());
    for ro in ["id", "meta", "groups"] {
        obj.remove(ro);
    }
    scim_core::patch::check_primary(&v, &USER)?;
    let (record, report) = attr_mapping::from_scim(&v).map_err(|e| match e {
        attr_mapping::MappingError::MissingUserName => {
            ScimError::InvalidValue("'userName' is required".into())
        }
        other => ScimError::InvalidValue(other.to_string()),
    })?;
    if record.user_name.trim().is_empty() {
        return Err(ScimError::InvalidValue("'userName' must not be empty".into()).into());
    }
    let mut resource = attr_mapping::to_scim(&record);
    if let (Some(a), Some(o)) = (active, resource.as_object_mut()) {
        // Kept as assigned: a removed `active` stays unassigned in SCIM (the
        // account state does not change).
        o.insert("active".into(), Value::Bool(a));
    }
    Ok(Prepared {
        resource,
        user_name: record.user_name.clone(),
        external_id: record.external_id.clone(),
        password,
        active,
        report,
    })
}

/// The outcome of checking an Okta password against the stored verifier.
pub(crate) enum PasswordInput {
    /// Equal to the current password.
    Unchanged,
    /// A new password: its material (derived off the executor) and policy result.
    New {
        material: Box<CredentialMaterial>,
        violations: Vec<password_sync::PolicyViolation>,
        /// The keyed MAC of (user, password), for the fast unchanged check.
        mac: String,
    },
}

impl Directory {
    /// Whether `plaintext` is the user's current password, and if not its
    /// material. The fast path is a keyed MAC comparison (microseconds); an
    /// argon2 verification is the fallback for rows without a MAC. Derivation
    /// runs on the blocking pool, at most one per core at a time (each takes
    /// ~19 MiB for argon2id), so a burst cannot exhaust memory.
    pub(crate) async fn password_input(
        &self,
        user_id: &str,
        plaintext: Zeroizing<String>,
        verifier: Option<String>,
        pw_mac: Option<String>,
        unix_username: &str,
        policy: &password_sync::PasswordPolicy,
    ) -> Result<PasswordInput> {
        let mac = self
            .key
            .mac(format!("{user_id}\0{}", plaintext.as_str()).as_bytes());
        if pw_mac.as_deref().is_some_and(|m| {
            self.key
                .mac_matches(format!("{user_id}\0{}", plaintext.as_str()).as_bytes(), m)
        }) {
            return Ok(PasswordInput::Unchanged);
        }
        let violations = policy.evaluate(&plaintext, unix_username);
        let params = self.params.clone();
        self.hash_pool
            .run(move |mem| {
                // With a MAC, a mismatch means a new password: no argon2
                // verification needed. Without one (re-linked or taken-over
                // users, whose MAC is cleared), the argon2 verifier decides.
                if let (Some(v), None) = (verifier, pw_mac) {
                    if material::verify_in(&Verifier::from_phc(v), &plaintext, mem) {
                        return Ok(PasswordInput::Unchanged);
                    }
                }
                let m = material::derive_in(plaintext, &params, mem)?;
                Ok(PasswordInput::New {
                    material: Box::new(m),
                    violations,
                    mac,
                })
            })
            .await?
    }

    fn location(&self, kind: &str, id: &str) -> String {
        format!("{}/{kind}/{id}", self.base_url)
    }

    /// Builds the SCIM resource from a row of [`USER_VIEW_COLS`] and the
    /// `grp` column of its group memberships.
    pub(crate) fn scim_user(&self, r: &impl Cols) -> Result<ScimUser> {
        let id = r.text("id")?;
        let version = r.int("version")? as u64;
        let mut resource: Value =
            serde_json::from_str(&r.text("resource")?).map_err(DirectoryError::internal)?;
        let groups = self.groups_value(r)?;
        if let Some(o) = resource.as_object_mut() {
            o.insert("id".into(), json!(id));
            if !groups.is_empty() {
                o.insert("groups".into(), Value::Array(groups));
            }
            let meta = self.user_meta(r, &id, version)?;
            o.insert(
                "meta".into(),
                serde_json::to_value(meta).map_err(DirectoryError::internal)?,
            );
        }
        Ok(ScimUser {
            id,
            version,
            resource,
        })
    }

    fn user_meta(&self, r: &impl Cols, id: &str, version: u64) -> Result<UserMeta> {
        Ok(UserMeta {
            resource_type: "User",
            created: r.text("created_at")?,
            last_modified: r.text("modified_at")?,
            location: self.location("Users", id),
            version: etag::weak_etag(version),
        })
    }

    /// [`Directory::scim_user`] projected by default and serialized, as
    /// JSON text. When every stored member passes the default projection
    /// as it is ([`scim_core::list::kept_as_is_by_default`]), the text is
    /// spliced: the stored JSON, then `id`, `groups` and `meta`, in the
    /// order `scim_user` adds them. No `Value` of the profile is built;
    /// parsing it was the largest single cost of a GET (BENCHMARKS.md).
    /// Otherwise the resource is built, projected and serialized.
    fn render_user(&self, r: &impl Cols) -> Result<RenderedUser> {
        let stored = r.text("resource")?;
        let Some(head) = splice_head(&stored) else {
            let u = self.scim_user(r)?;
            let shown = scim_core::project(u.resource, &USER, &[], &[]);
            return Ok(RenderedUser {
                id: u.id,
                version: u.version,
                json: serde_json::to_string(&shown).map_err(DirectoryError::internal)?,
            });
        };
        let id = r.text("id")?;
        let version = r.int("version")? as u64;
        let groups = self.groups_value(r)?;
        let meta = self.user_meta(r, &id, version)?;
        let mut out = Vec::with_capacity(stored.len() + 320);
        out.extend_from_slice(head.as_bytes());
        push_member(&mut out, "id", &id)?;
        if !groups.is_empty() {
            push_member(&mut out, "groups", &groups)?;
        }
        push_member(&mut out, "meta", &meta)?;
        out.push(b'}');
        Ok(RenderedUser {
            id,
            version,
            json: String::from_utf8(out).map_err(DirectoryError::internal)?,
        })
    }

    /// The `groups` attribute from a row's `grp` column (see [`groups_column`]).
    fn groups_value(&self, r: &impl Cols) -> Result<Vec<Value>> {
        let Some(text) = r.opt_text("grp")? else {
            return Ok(Vec::new());
        };
        let mut groups: Vec<(i64, String, String)> =
            serde_json::from_str(&text).map_err(DirectoryError::internal)?;
        groups.sort_unstable_by_key(|g| g.0);
        Ok(groups
            .into_iter()
            .map(|(_, gid, name)| {
                json!({
                    "value": gid, "display": name, "$ref": self.location("Groups", &gid), "type": "direct",
                })
            })
            .collect())
    }

    pub(crate) async fn user_row_by_id(&self, org_id: &str, id: &str) -> Result<UserRow> {
        let sql = format!("SELECT {USER_COLS} FROM users WHERE id = $1 AND org_id = $2");
        let r = self
            .db
            .read_one(&sql, &[id.into(), org_id.into()])
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("User {id}")))?;
        user_row(&r)
    }

    /// `GET /Users/{id}`: deactivated users answer with `active: false`;
    /// users deleted over SCIM are gone from SCIM (404) but kept.
    pub async fn get_user(&self, org_id: &str, id: &str) -> Result<ScimUser> {
        let r = self.user_view_row(org_id, id).await?;
        self.scim_user(&r)
    }

    /// The row `get_user` renders: [`USER_VIEW_COLS`] and the groups.
    async fn user_view_row(&self, org_id: &str, id: &str) -> Result<crate::reads::Row> {
        // The statement's text depends on the dialect only: built once.
        static SQLITE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        static POSTGRES: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let d = self.db.dialect;
        let cell = match d {
            Dialect::Sqlite => &SQLITE,
            Dialect::Postgres => &POSTGRES,
        };
        let sql = cell.get_or_init(|| {
            format!(
                "SELECT {USER_VIEW_COLS}, {} FROM users WHERE id = $1 AND org_id = $2 AND scim_visible = 1",
                groups_column(d)
            )
        });
        self.db
            .read_one(sql, &[id.into(), org_id.into()])
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("User {id}")))
    }

    /// [`Directory::get_user`] with the default projection, rendered as
    /// JSON text (see [`RenderedUser`]): the same body a server would
    /// serialize from `get_user`, produced without parsing the stored
    /// profile when it can be.
    pub async fn get_user_rendered(&self, org_id: &str, id: &str) -> Result<RenderedUser> {
        let cache = self.cache.as_ref().and_then(|c| Some((c, c.seen()?)));
        if let Some(u) = cache.and_then(|(c, at)| c.user(at, org_id, id)) {
            return Ok(u);
        }
        let r = self.user_view_row(org_id, id).await?;
        let u = self.render_user(&r)?;
        if let Some((c, at)) = cache {
            c.put_user(at, org_id, u.clone());
        }
        Ok(u)
    }

    /// `GET /Users` with filter, sort and paging translated to SQL.
    ///
    /// An unfiltered count comes from a counter kept with the rows, and an
    /// unfiltered, unsorted page that follows the previous one (Okta's import:
    /// startIndex 1, 101, 201, ...) seeks by the order key instead of
    /// skipping rows, so a page costs the same at any depth.
    pub async fn list_users(&self, org_id: &str, q: &ListQuery) -> Result<(usize, Vec<ScimUser>)> {
        let (total, rows) = self.list_user_rows(org_id, q).await?;
        let users = rows
            .iter()
            .map(|r| self.scim_user(r))
            .collect::<Result<_>>()?;
        Ok((total, users))
    }

    /// [`Directory::list_users`] with each user rendered as JSON text with
    /// the default projection ([`RenderedUser`]); `q`'s `attributes` and
    /// `excludedAttributes` are not applied (the caller uses `list_users`
    /// for those).
    pub async fn list_users_rendered(
        &self,
        org_id: &str,
        q: &ListQuery,
    ) -> Result<(usize, Vec<RenderedUser>)> {
        // `<attr> eq "<string>"` pages (Okta's lookups by userName) are
        // cached; their results are small.
        let key = match (&q.filter, &q.sort_by) {
            (Some(Filter::Compare(path, CompareOp::Eq, CompValue::Str(value))), None) => {
                Some(crate::cache::PageKeyRef {
                    org: org_id,
                    path,
                    value,
                    start_index: q.start_index,
                    count: q.count,
                })
            }
            _ => None,
        };
        let cache = match (&self.cache, &key) {
            (Some(c), Some(k)) => c.seen().map(|at| (c, at, k)),
            _ => None,
        };
        if let Some(page) = cache.and_then(|(c, at, k)| c.page(at, k)) {
            return Ok(page.as_ref().clone());
        }
        let (total, rows) = self.list_user_rows(org_id, q).await?;
        let users = rows
            .iter()
            .map(|r| self.render_user(r))
            .collect::<Result<Vec<_>>>()?;
        if let Some((c, at, k)) = cache {
            c.put_page(at, k, std::sync::Arc::new((total, users.clone())));
        }
        Ok((total, users))
    }

    /// A page of users' rows ([`USER_VIEW_COLS`], `seq` and the groups) and
    /// the total.
    async fn list_user_rows(
        &self,
        org_id: &str,
        q: &ListQuery,
    ) -> Result<(usize, Vec<crate::reads::Row>)> {
        let mut t = Translator::new(self.db.dialect, &USER, user_columns, 2);
        let cond = q.filter.as_ref().map(|f| t.translate(f));
        let order = q.sort_by.as_ref().map(|s| t.order_expr(s));
        let binds = t.binds;
        let where_sql = match &cond {
            Some(c) => format!("org_id = $1 AND scim_visible = 1 AND {c}"),
            None => "org_id = $1 AND scim_visible = 1".to_string(),
        };
        let dir = if q.sort_order == scim_core::SortOrder::Descending {
            "DESC"
        } else {
            "ASC"
        };
        let n = binds.len() + 2;
        let seek = if cond.is_none() && order.is_none() {
            self.page_cursors.get(org_id, q.start_index - 1)
        } else {
            None
        };
        let grp = groups_column(self.db.dialect);
        let sql = match (&order, seek) {
            (None, Some(_)) => format!("SELECT seq, {USER_VIEW_COLS}, {grp} FROM users WHERE {where_sql} AND seq > ${n} ORDER BY seq LIMIT ${}", n + 1),
            (Some(o), _) => format!("SELECT seq, {USER_VIEW_COLS}, {grp} FROM users WHERE {where_sql} ORDER BY {o} {dir} NULLS LAST, seq LIMIT ${n} OFFSET ${}", n + 1),
            (None, None) => format!("SELECT seq, {USER_VIEW_COLS}, {grp} FROM users WHERE {where_sql} ORDER BY seq LIMIT ${n} OFFSET ${}", n + 1),
        };
        // The WHERE clause's arguments, then the page's.
        let mut args = vec![Arg::from(org_id)];
        args.extend(binds.iter().map(|b| Arg::from(b.as_str())));
        let where_args = args.len();
        match seek {
            Some(after) => args.extend([Arg::Int(after), Arg::Int(q.count as i64)]),
            None => args.extend([
                Arg::Int(q.count as i64),
                Arg::Int((q.start_index - 1) as i64),
            ]),
        }
        let raw = if q.count == 0 {
            Vec::new()
        } else {
            self.db.read(&sql, &args).await?
        };
        // A short page tells the total without counting (e.g. `userName eq`).
        let total = match (raw.len(), q.count, q.start_index) {
            (got, count, start) if count > 0 && got < count && (got > 0 || start == 1) => {
                start - 1 + got
            }
            _ if cond.is_none() => {
                self.read_count("SELECT scim_users AS n FROM orgs WHERE id = $1", &args[..1])
                    .await?
            }
            _ => {
                let count_sql = format!("SELECT COUNT(*) AS n FROM users WHERE {where_sql}");
                self.read_count(&count_sql, &args[..where_args]).await?
            }
        };
        if cond.is_none() && order.is_none() {
            if let Some(last) = raw.last() {
                let seq = last.int("seq")?;
                self.page_cursors
                    .put(org_id, q.start_index - 1 + raw.len(), seq);
            }
        }
        Ok((total, raw))
    }

    /// A single non-negative count in column `n` (0 when there is no row).
    async fn read_count(&self, sql: &str, args: &[Arg]) -> Result<usize> {
        let n = self.db.read_one(sql, args).await?;
        Ok(n.map(|r| r.int("n")).transpose()?.unwrap_or(0).max(0) as usize)
    }

    /// `POST /Users`. An existing directory user whose username equals the
    /// login's email prefix and that is bound to no resources is taken over;
    /// a user deleted over SCIM with the same userName is re-linked.
    pub async fn create_user(&self, org_id: &str, body: &Value) -> Result<ScimUser> {
        let p = match prepare(body) {
            Ok(p) => p,
            Err(e) => {
                self.audit(
                    org_id,
                    "okta",
                    "scim.create_user",
                    None,
                    "refused",
                    json!({"reason": e.to_string()}),
                )
                .await;
                return Err(e);
            }
        };
        let settings = self.org_settings(org_id).await?;
        let username = match settings.username_policy.derive(&p.user_name) {
            Ok(u) => u,
            Err(e) => {
                self.audit(
                    org_id,
                    "okta",
                    "scim.create_user",
                    None,
                    "refused",
                    json!({"userName": p.user_name, "reason": e.to_string()}),
                )
                .await;
                return Err(e.into());
            }
        };
        let new_id = uuid::Uuid::new_v4().to_string();
        let pw = match p.password.clone() {
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
        let now = now_str();
        let mut w = self.db.begin_write().await?;
        let by_name = w
            .query(&format!(
                "SELECT {USER_COLS} FROM users WHERE org_id = $1 AND user_name_lower = $2"
            ))
            .bind(org_id)
            .bind(p.user_name.to_lowercase())
            .fetch_optional()
            .await?
            .map(|r| user_row(&r))
            .transpose()?;
        let mut how = "created";
        let existing = match by_name {
            Some(r) if r.scim_visible => {
                drop(w);
                let e = DirectoryError::Scim(ScimError::Uniqueness(format!(
                    "userName '{}' is already taken",
                    p.user_name
                )));
                self.audit(
                    org_id,
                    "okta",
                    "scim.create_user",
                    Some(&r.id),
                    "refused",
                    json!({"reason": e.to_string()}),
                )
                .await;
                return Err(e);
            }
            Some(r) => {
                how = "re-linked";
                Some(r)
            }
            None => {
                let by_unix = w
                    .query(&format!(
                    "SELECT {USER_COLS} FROM users WHERE org_id = $1 AND unix_username_lower = $2"
                ))
                    .bind(org_id)
                    .bind(username.key())
                    .fetch_optional()
                    .await?
                    .map(|r| user_row(&r))
                    .transpose()?;
                match by_unix {
                    None => None,
                    Some(r) => {
                        let refusal = if r.externally_managed {
                            Some(format!(
                                "the username '{}' derived from '{}' already belongs to another Okta-managed user ('{}')",
                                username, p.user_name, r.user_name
                            ))
                        } else {
                            let bound = count_bindings(&mut w, &r.id).await?;
                            username_rules::takeover(
                                &p.user_name,
                                &username_rules::Account {
                                    username: &r.unix_username,
                                    bound_resources: bound,
                                },
                            )
                            .err()
                            .map(|e| {
                                format!(
                                    "existing user '{}' cannot be taken over: {e}",
                                    r.unix_username
                                )
                            })
                        };
                        if let Some(reason) = refusal {
                            drop(w);
                            self.audit(
                                org_id,
                                "okta",
                                "scim.create_user",
                                Some(&r.id),
                                "refused",
                                json!({"userName": p.user_name, "reason": reason}),
                            )
                            .await;
                            return Err(ScimError::Uniqueness(reason).into());
                        }
                        how = "taken over";
                        Some(r)
                    }
                }
            }
        };
        let st = if p.active == Some(false) {
            state::SUSPENDED
        } else {
            state::ACTIVATED
        };
        let id = match &existing {
            Some(r) => {
                w.query(
                    "UPDATE users SET user_name = $1, user_name_lower = $2, external_id = $3, state = $4, \
                     externally_managed = 1, scim_visible = 1, resource = $5, version = version + 1, modified_at = $6 WHERE id = $7",
                )
                .bind(&p.user_name)
                .bind(p.user_name.to_lowercase())
                .bind(&p.external_id)
                .bind(st)
                .bind(p.resource.to_string())
                .bind(&now)
                .bind(&r.id)
                .execute()
                .await?;
                // A re-linked or taken-over user becomes visible over SCIM
                // at its old position: list positions shift.
                adjust_scim_count(&mut w, org_id, 1).await?;
                self.page_cursors.forget(org_id);
                r.id.clone()
            }
            None => {
                let id = new_id.clone();
                let res = w.query(
                    "INSERT INTO users (id, org_id, user_name, user_name_lower, external_id, unix_username, unix_username_lower, \
                     state, externally_managed, scim_visible, resource, password, verifier, version, created_at, modified_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, 1, $9, $10, NULL, 1, $11, $11)",
                )
                .bind(&id)
                .bind(org_id)
                .bind(&p.user_name)
                .bind(p.user_name.to_lowercase())
                .bind(&p.external_id)
                .bind(username.as_str())
                .bind(username.key())
                .bind(st)
                .bind(p.resource.to_string())
                .bind(serde_json::to_string(&PasswordStatus::default()).map_err(DirectoryError::internal)?)
                .bind(&now)
                .execute()
                .await;
                if let Err(e) = res {
                    if is_unique_violation(&e) {
                        return Err(ScimError::Uniqueness(format!(
                            "userName '{}' is already taken",
                            p.user_name
                        ))
                        .into());
                    }
                    return Err(e);
                }
                adjust_scim_count(&mut w, org_id, 1).await?;
                id
            }
        };
        let mut notify = Vec::new();
        let mut pw = pw;
        if id != new_id {
            // The MAC was keyed with a fresh id; this user keeps no MAC until
            // its next change (the argon2 verifier answers meanwhile).
            if let Some(PasswordInput::New { mac, .. }) = pw.as_mut() {
                mac.clear();
            }
        }
        if let Some(input) = pw {
            notify = self
                .apply_password(&mut w, &id, input, &settings.password_policy)
                .await?;
        }
        let mut sync_actions = Vec::new();
        if let Some(r) = &existing {
            // A re-linked or taken-over user follows the requested state.
            sync_actions = self.apply_state(&mut w, &r.id, &r.state, st).await?;
        }
        let warnings: Vec<String> = username
            .warnings()
            .iter()
            .map(ToString::to_string)
            .collect();
        audit_in(&mut w, org_id, "okta", "scim.create_user", Some(&id), "ok", json!({
            "userName": p.user_name, "username": username.as_str(), "how": how,
            "mapping": p.report, "password": if p.password.is_some() { "received" } else { "absent" },
            "warnings": warnings,
        })).await?;
        w.commit().await?;
        self.notifier
            .notify_all(notify.iter().chain(sync_actions.iter()));
        self.get_user(org_id, &id).await
    }

    /// `PUT /Users/{id}`: replaces the profile; read-only attributes in the
    /// body are ignored; no `password` means unchanged; `active` sets the state.
    pub async fn replace_user(
        &self,
        org_id: &str,
        id: &str,
        body: &Value,
        if_match: Option<&str>,
    ) -> Result<ScimUser> {
        let p = prepare(body)?;
        self.update_user(org_id, id, p, if_match, "scim.replace_user")
            .await
    }

    /// `PATCH /Users/{id}`: applies the operations to the stored resource and
    /// stores the result as a replace would, retrying on concurrent updates.
    pub async fn patch_user(
        &self,
        org_id: &str,
        id: &str,
        patch: &PatchRequest,
        if_match: Option<&str>,
    ) -> Result<ScimUser> {
        for _ in 0..8 {
            let current = self.get_user(org_id, id).await?;
            if let Some(h) = if_match {
                if !etag::if_match(h, current.version) {
                    return Err(DirectoryError::VersionMismatch {
                        current: current.version,
                    });
                }
            }
            let mut resource = current.resource.clone();
            if let Err(e) = patch.apply(&mut resource, &USER) {
                self.audit(
                    org_id,
                    "okta",
                    "scim.patch_user",
                    Some(id),
                    "refused",
                    json!({"reason": e.to_string()}),
                )
                .await;
                return Err(e.into());
            }
            let p = prepare(&resource)?;
            let etag = etag::weak_etag(current.version);
            match self
                .update_user(org_id, id, p, Some(&etag), "scim.patch_user")
                .await
            {
                Err(DirectoryError::VersionMismatch { .. }) if if_match.is_none() => continue,
                other => return other,
            }
        }
        Err(DirectoryError::Conflict(
            "the user is being modified concurrently; retry".into(),
        ))
    }

    pub(crate) async fn update_user(
        &self,
        org_id: &str,
        id: &str,
        p: Prepared,
        if_match: Option<&str>,
        action: &str,
    ) -> Result<ScimUser> {
        let row = self.user_row_by_id(org_id, id).await?;
        if !row.scim_visible {
            return Err(DirectoryError::NotFound(format!("User {id}")));
        }
        if let Some(h) = if_match {
            if !etag::if_match(h, row.version as u64) {
                return Err(DirectoryError::VersionMismatch {
                    current: row.version as u64,
                });
            }
        }
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
        let mut w = self.db.begin_write().await?;
        // Rename rule: a bound user keeps its username.
        let mut unix = row.unix_username.clone();
        let mut rename_note = None;
        if p.user_name != row.user_name {
            let bound = count_bindings(&mut w, id).await?;
            let renamed = match settings.username_policy {
                crate::admin::UsernamePolicy::Strict => {
                    username_rules::rename(&row.unix_username, &p.user_name, bound)
                }
                crate::admin::UsernamePolicy::Sanitize => {
                    let login = settings
                        .username_policy
                        .derive(&p.user_name)
                        .map(|u| u.as_str().to_string())
                        .unwrap_or_default();
                    username_rules::rename(&row.unix_username, &login, bound)
                }
            };
            match renamed {
                Ok(Rename::Unchanged) => {}
                Ok(Rename::To(u)) => {
                    rename_note = Some(format!(
                        "username renamed from '{}' to '{}'",
                        row.unix_username, u
                    ));
                    unix = u.as_str().to_string();
                }
                Ok(Rename::KeptBecauseBound { wanted }) => {
                    rename_note = Some(format!(
                        "{} (kept '{}', wanted '{}')",
                        username_rules::BOUND_RENAME_MESSAGE,
                        row.unix_username,
                        wanted
                    ));
                }
                Err(e) => return Err(e.into()),
            }
        }
        let st = match (p.active, row.state.as_str()) {
            (Some(false), _) => state::SUSPENDED,
            (Some(true), _) => state::ACTIVATED,
            (None, s) if s == state::SUSPENDED => state::SUSPENDED,
            (None, s) if s == state::STAGED => state::STAGED,
            (None, _) => state::ACTIVATED,
        };
        let res = w.query(
            "UPDATE users SET user_name = $1, user_name_lower = $2, external_id = $3, unix_username = $4, unix_username_lower = $5, \
             state = $6, resource = $7, version = version + 1, modified_at = $8 WHERE id = $9 AND version = $10",
        )
        .bind(&p.user_name)
        .bind(p.user_name.to_lowercase())
        .bind(&p.external_id)
        .bind(&unix)
        .bind(unix.to_lowercase())
        .bind(st)
        .bind(p.resource.to_string())
        .bind(&now)
        .bind(id)
        .bind(row.version)
        .execute()
        .await;
        match res {
            Err(e) if is_unique_violation(&e) => {
                return Err(ScimError::Uniqueness(format!(
                    "userName '{}' (username '{unix}') is already taken",
                    p.user_name
                ))
                .into())
            }
            Err(e) => return Err(e),
            Ok(0) => {
                return Err(DirectoryError::VersionMismatch {
                    current: row.version as u64 + 1,
                })
            }
            Ok(_) => {}
        }
        let mut notify = self.apply_state(&mut w, id, &row.state, st).await?;
        let password_outcome = match pw {
            Some(PasswordInput::Unchanged) => {
                notify.extend(
                    self.apply_password(
                        &mut w,
                        id,
                        PasswordInput::Unchanged,
                        &settings.password_policy,
                    )
                    .await?,
                );
                "unchanged"
            }
            Some(input) => {
                notify.extend(
                    self.apply_password(&mut w, id, input, &settings.password_policy)
                        .await?,
                );
                "changed"
            }
            None => "absent",
        };
        audit_in(&mut w, org_id, "okta", action, Some(id), "ok", json!({
            "userName": p.user_name, "state": st, "mapping": p.report, "password": password_outcome, "rename": rename_note,
        }))
        .await?;
        w.commit().await?;
        self.notifier.notify_all(notify.iter());
        self.get_user(org_id, id).await
    }

    /// `DELETE /Users/{id}`: the user is suspended and kept; it disappears
    /// from SCIM only. A later create with the same userName re-links it.
    pub async fn delete_user(&self, org_id: &str, id: &str) -> Result<()> {
        let row = self.user_row_by_id(org_id, id).await?;
        if !row.scim_visible {
            return Err(DirectoryError::NotFound(format!("User {id}")));
        }
        let mut w = self.db.begin_write().await?;
        w.query("UPDATE users SET scim_visible = 0, state = $1, version = version + 1, modified_at = $2 WHERE id = $3")
            .bind(state::SUSPENDED)
            .bind(now_str())
            .bind(id)
            .execute()
            .await?;
        adjust_scim_count(&mut w, org_id, -1).await?;
        self.page_cursors.forget(org_id);
        let notify = self
            .apply_state(&mut w, id, &row.state, state::SUSPENDED)
            .await?;
        audit_in(
            &mut w,
            org_id,
            "okta",
            "scim.delete_user",
            Some(id),
            "ok",
            json!({"userName": row.user_name, "state": "SUSPENDED", "kept": true}),
        )
        .await?;
        w.commit().await?;
        self.notifier.notify_all(notify.iter());
        Ok(())
    }

    /// Suspends or restores (admin API); the same effect as Okta's deactivate/reactivate.
    pub async fn set_user_state(
        &self,
        org_id: &str,
        id: &str,
        active: bool,
        actor: &str,
    ) -> Result<()> {
        let row = self.user_row_by_id(org_id, id).await?;
        let st = if active {
            state::ACTIVATED
        } else {
            state::SUSPENDED
        };
        let mut w = self.db.begin_write().await?;
        w.query(
            "UPDATE users SET state = $1, version = version + 1, modified_at = $2 WHERE id = $3",
        )
        .bind(st)
        .bind(now_str())
        .bind(id)
        .execute()
        .await?;
        let notify = self.apply_state(&mut w, id, &row.state, st).await?;
        audit_in(
            &mut w,
            org_id,
            actor,
            if active {
                "admin.restore_user"
            } else {
                "admin.suspend_user"
            },
            Some(id),
            "ok",
            json!({"state": st}),
        )
        .await?;
        w.commit().await?;
        self.notifier.notify_all(notify.iter());
        Ok(())
    }

    /// Applies a state change to the user's devices (suspend: cancel + lock;
    /// restore: unlock + deliver). Returns devices to wake.
    async fn apply_state(
        &self,
        tx: &mut WriteTx<'_>,
        user_id: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<String>> {
        if from == to || (from != state::SUSPENDED && to != state::SUSPENDED) {
            return Ok(Vec::new());
        }
        let before = load_sync(tx, user_id).await?;
        let mut after = before.clone();
        let actions = if to == state::SUSPENDED {
            after.suspend()
        } else {
            after.reactivate()
        };
        save_sync(tx, user_id, &before, &after, &actions).await
    }

    /// Records an Okta password (unchanged, or a new version) and fans it out.
    pub(crate) async fn apply_password(
        &self,
        tx: &mut WriteTx<'_>,
        user_id: &str,
        input: PasswordInput,
        policy: &password_sync::PasswordPolicy,
    ) -> Result<Vec<String>> {
        let before = load_sync(tx, user_id).await?;
        let mut after = before.clone();
        let now = chrono::Utc::now();
        let (actions, material) = match input {
            PasswordInput::Unchanged => (after.okta_push(true, vec![], policy, now)?, None),
            PasswordInput::New {
                material,
                violations,
                mac,
            } => (
                after.okta_push(false, violations, policy, now)?,
                Some((material, mac)),
            ),
        };
        if let Some((m, mac)) = material {
            self.store_version(tx, user_id, &after, &m, &mac).await?;
        }
        save_sync(tx, user_id, &before, &after, &actions).await
    }

    /// Stores the verifier and, for a deliverable version, the encrypted
    /// per-platform material.
    pub(crate) async fn store_version(
        &self,
        tx: &mut WriteTx<'_>,
        user_id: &str,
        sync: &UserSync,
        m: &CredentialMaterial,
        mac: &str,
    ) -> Result<()> {
        tx.query("UPDATE users SET verifier = $1, pw_mac = $2 WHERE id = $3")
            .bind(m.verifier.expose_phc())
            .bind((!mac.is_empty()).then_some(mac))
            .bind(user_id)
            .execute()
            .await?;
        if !sync.password.deliverable() {
            return Ok(());
        }
        let version = sync.password.version as i64;
        for platform in [Platform::Linux, Platform::Macos, Platform::Windows] {
            let plain = Zeroizing::new(
                serde_json::to_vec(&m.for_platform(platform)).map_err(DirectoryError::internal)?,
            );
            let aad = material_aad(user_id, version, platform);
            let (nonce, ct) = self.key.seal(&plain, &aad)?;
            tx.query("INSERT INTO materials (user_id, version, platform, nonce, ciphertext) VALUES ($1, $2, $3, $4, $5)")
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
}

/// Additional data binding a material ciphertext to its row.
pub(crate) fn material_aad(user_id: &str, version: i64, platform: Platform) -> String {
    format!("{user_id}|{version}|{}", platform.as_str())
}

/// Keeps `orgs.scim_users` (the unfiltered `totalResults`) in step with
/// visibility changes, in the same transaction.
pub(crate) async fn adjust_scim_count(
    tx: &mut WriteTx<'_>,
    org_id: &str,
    delta: i64,
) -> Result<()> {
    tx.query("UPDATE orgs SET scim_users = scim_users + $1 WHERE id = $2")
        .bind(delta)
        .bind(org_id)
        .execute()
        .await?;
    Ok(())
}

pub(crate) async fn count_bindings(tx: &mut WriteTx<'_>, user_id: &str) -> Result<usize> {
    let n = tx
        .query("SELECT COUNT(*) AS n FROM bindings WHERE user_id = $1")
        .bind(user_id)
        .fetch_one()
        .await?
        .int("n")?;
    Ok(n as usize)
}

/// Loads a user's password status, state and deliveries as a `UserSync`.
pub(crate) async fn load_sync(tx: &mut WriteTx<'_>, user_id: &str) -> Result<UserSync> {
    let r = tx
        .query("SELECT state, password FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional()
        .await?
        .ok_or_else(|| DirectoryError::NotFound(format!("User {user_id}")))?;
    let st = r.text("state")?;
    let pw = r.text("password")?;
    let mut sync = UserSync {
        password: serde_json::from_str(&pw).map_err(DirectoryError::internal)?,
        suspended: st == state::SUSPENDED,
        devices: Default::default(),
    };
    let bindings = tx.query(
        "SELECT b.device_id, b.completed_version, b.locked, d.platform FROM bindings b JOIN devices d ON d.id = b.device_id WHERE b.user_id = $1",
    )
    .bind(user_id)
    .fetch_all()
    .await?;
    for b in bindings {
        let device = b.text("device_id")?;
        let completed = b.int("completed_version")?;
        let platform = Platform::parse(&b.text("platform")?)
            .ok_or_else(|| DirectoryError::Internal("stored platform is unknown".into()))?;
        let rows = tx.query(
            "SELECT version, state, cm_cleared FROM deliveries WHERE user_id = $1 AND device_id = $2 AND version >= $3 ORDER BY version",
        )
        .bind(user_id)
        .bind(&device)
        .bind(completed)
        .fetch_all()
        .await?;
        let mut deliveries = Vec::new();
        for d in rows {
            let state = DeliveryState::parse(&d.text("state")?).ok_or_else(|| {
                DirectoryError::Internal("stored delivery state is unknown".into())
            })?;
            deliveries.push(Delivery {
                device: device.clone(),
                platform,
                version: d.int("version")? as u64,
                state,
                credential_manager_cleared: d.int("cm_cleared")? != 0,
            });
        }
        sync.devices.insert(
            device,
            DeviceSync {
                platform,
                completed_version: completed as u64,
                deliveries,
                locked: b.int("locked")? != 0,
            },
        );
    }
    Ok(sync)
}

/// Writes what changed between `before` and `after`; returns the devices to wake.
pub(crate) async fn save_sync(
    tx: &mut WriteTx<'_>,
    user_id: &str,
    before: &UserSync,
    after: &UserSync,
    actions: &[Action],
) -> Result<Vec<String>> {
    let now = now_str();
    let mut wake = BTreeSet::new();
    if before.password != after.password {
        tx.query("UPDATE users SET password = $1 WHERE id = $2")
            .bind(serde_json::to_string(&after.password).map_err(DirectoryError::internal)?)
            .bind(user_id)
            .execute()
            .await?;
    }
    for (dev, d) in &after.devices {
        let old = before.devices.get(dev);
        if old.map(|o| (o.completed_version, o.locked)) != Some((d.completed_version, d.locked)) {
            tx.query("UPDATE bindings SET completed_version = $1, locked = $2 WHERE user_id = $3 AND device_id = $4")
                .bind(d.completed_version as i64)
                .bind(i64::from(d.locked))
                .bind(user_id)
                .bind(dev)
                .execute()
                .await?;
        }
        for del in &d.deliveries {
            let prev = old.and_then(|o| o.deliveries.iter().find(|x| x.version == del.version));
            match prev {
                None => {
                    let seq = Db::next_change(tx).await?;
                    tx.query(
                        "INSERT INTO deliveries (user_id, device_id, version, platform, state, cm_cleared, change_seq, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    )
                    .bind(user_id)
                    .bind(dev)
                    .bind(del.version as i64)
                    .bind(del.platform.as_str())
                    .bind(del.state.as_str())
                    .bind(i64::from(del.credential_manager_cleared))
                    .bind(seq)
                    .bind(&now)
                    .execute()
                    .await?;
                    wake.insert(dev.clone());
                }
                Some(p)
                    if p.state != del.state
                        || p.credential_manager_cleared != del.credential_manager_cleared =>
                {
                    let reinstated = del.state == DeliveryState::Pending;
                    let seq = if reinstated {
                        Some(Db::next_change(tx).await?)
                    } else {
                        None
                    };
                    tx.query(
                        "UPDATE deliveries SET state = $1, cm_cleared = $2, updated_at = $3, change_seq = COALESCE($4, change_seq) \
                         WHERE user_id = $5 AND device_id = $6 AND version = $7",
                    )
                    .bind(del.state.as_str())
                    .bind(i64::from(del.credential_manager_cleared))
                    .bind(&now)
                    .bind(seq)
                    .bind(user_id)
                    .bind(dev)
                    .bind(del.version as i64)
                    .execute()
                    .await?;
                    if reinstated {
                        wake.insert(dev.clone());
                    }
                }
                Some(_) => {}
            }
        }
    }
    for a in actions {
        let (dev, cmd) = match a {
            Action::LockLocalAccount { device } => (device, "lock"),
            Action::UnlockLocalAccount { device } => (device, "unlock"),
            Action::NotifyDevice { device } => {
                wake.insert(device.clone());
                continue;
            }
            _ => continue,
        };
        let seq = Db::next_change(tx).await?;
        tx.query("INSERT INTO device_commands (seq, device_id, user_id, command, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(seq)
            .bind(dev)
            .bind(user_id)
            .bind(cmd)
            .bind(&now)
            .execute()
            .await?;
        wake.insert(dev.clone());
    }
    Ok(wake.into_iter().collect())
}

/// What the admin "Details panel" shows for a user.
#[derive(Debug, Clone, Serialize)]
pub struct UserDetails {
    /// Id.
    pub id: String,
    /// SCIM userName (the Okta login), or the local name.
    pub user_name: String,
    /// The unix username.
    pub username: String,
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
}

impl Directory {
    /// Bulk seeding for benchmarks and migrations: `count` Okta-managed users
    /// `{prefix}{n}@seed.test` without passwords, inserted in large batches.
    /// Returns how many were inserted.
    pub async fn seed_users(&self, org_id: &str, prefix: &str, count: usize) -> Result<usize> {
        const BATCH: usize = 500;
        let pw =
            serde_json::to_string(&PasswordStatus::default()).map_err(DirectoryError::internal)?;
        let now = now_str();
        let mut done = 0;
        while done < count {
            let n = BATCH.min(count - done);
            let mut sql = String::from(
                "INSERT INTO users (id, org_id, user_name, user_name_lower, external_id, unix_username, unix_username_lower, \
                 state, externally_managed, scim_visible, resource, password, verifier, version, created_at, modified_at) VALUES ",
            );
            for i in 0..n {
                let b = i * 9;
                if i > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!(
                    "(${}, ${}, ${}, ${}, ${}, ${}, ${}, 'ACTIVATED', 1, 1, ${}, ${}, NULL, 1, $1, $1)",
                    b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10
                ));
            }
            let mut args: Vec<Arg> = vec![Arg::from(&now)];
            for i in done..done + n {
                let login = format!("{prefix}{i}@seed.test");
                let unix = Username::parse(&format!("{prefix}{i}"))?;
                let resource = json!({"schemas": [scim_core::schema::USER_SCHEMA], "userName": login,
                    "name": {"givenName": "Seed", "familyName": format!("User{i}")},
                    "emails": [{"value": login, "type": "work", "primary": true}], "active": true});
                args.extend([
                    Arg::from(uuid::Uuid::new_v4().to_string()),
                    Arg::from(org_id),
                    Arg::from(login.clone()),
                    Arg::from(login.to_lowercase()),
                    Arg::from(format!("seed-{i}")),
                    Arg::from(unix.as_str()),
                    Arg::from(unix.key()),
                    Arg::from(resource.to_string()),
                    Arg::from(&pw),
                ]);
            }
            let mut w = self.db.begin_write().await?;
            let mut q = w.query(&sql);
            for a in args {
                q = q.bind(a);
            }
            q.execute().await?;
            adjust_scim_count(&mut w, org_id, n as i64).await?;
            w.commit().await?;
            done += n;
        }
        // A bulk load changes the table's shape at once: refresh the planner's
        // statistics (without them PostgreSQL scans instead of using the
        // userName index).
        sqlx::query("ANALYZE users").execute(&self.db.pool).await?;
        Ok(done)
    }

    /// Creates a directory-native (not Okta-managed) user, e.g. one that
    /// existed before the Okta integration: a candidate for takeover.
    pub async fn create_local_user(&self, org_id: &str, username: &str) -> Result<UserDetails> {
        let u = Username::parse(username)?;
        let id = uuid::Uuid::new_v4().to_string();
        let now = now_str();
        let resource = json!({"schemas": [scim_core::schema::USER_SCHEMA], "userName": u.as_str()});
        let mut w = self.db.begin_write().await?;
        let r = w.query(
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
        if let Err(e) = r {
            if is_unique_violation(&e) {
                return Err(DirectoryError::Conflict(format!(
                    "username '{u}' already exists"
                )));
            }
            return Err(e);
        }
        w.commit().await?;
        self.user_details(org_id, &id).await
    }

    /// The details panel of one user.
    pub async fn user_details(&self, org_id: &str, id: &str) -> Result<UserDetails> {
        let row = self.user_row_by_id(org_id, id).await?;
        let settings = self.org_settings(org_id).await?;
        // One snapshot of the user's three tables: `load_sync` reads them in
        // a transaction, here one that writes nothing and is rolled back.
        let mut tx = self.db.begin_write().await?;
        let sync = load_sync(&mut tx, id).await?;
        drop(tx);
        let profile = attr_mapping::from_scim(&row.resource)
            .ok()
            .and_then(|(r, _)| serde_json::to_value(r).ok())
            .unwrap_or(Value::Null);
        Ok(UserDetails {
            id: row.id,
            user_name: row.user_name,
            username: row.unix_username,
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

    /// All users of an org (admin list), oldest first.
    pub async fn list_user_details(&self, org_id: &str) -> Result<Vec<UserDetails>> {
        let ids: Vec<String> =
            sqlx::query_scalar("SELECT id FROM users WHERE org_id = $1 ORDER BY seq")
                .bind(org_id)
                .fetch_all(&self.db.pool)
                .await?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(self.user_details(org_id, &id).await?);
        }
        Ok(out)
    }

    /// Finds a user id by unix username (case-insensitive).
    pub async fn user_id_by_username(&self, org_id: &str, username: &str) -> Result<String> {
        sqlx::query_scalar("SELECT id FROM users WHERE org_id = $1 AND unix_username_lower = $2")
            .bind(org_id)
            .bind(username.to_lowercase())
            .fetch_optional(&self.db.pool)
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("user {username}")))
    }

    /// The user portal: the user changes their own password with their
    /// current one. Not sent back to Okta: the user is marked as diverged.
    pub async fn portal_change_password(
        &self,
        org_id: &str,
        username: &str,
        current: Zeroizing<String>,
        new: Zeroizing<String>,
    ) -> Result<()> {
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
        let new_mac = self.key.mac(format!("{id}\0{}", new.as_str()).as_bytes());
        let derived = self
            .hash_pool
            .run(move |mem| {
                if !material::verify_in(&Verifier::from_phc(verifier), &current, mem) {
                    return Ok(None);
                }
                material::derive_in(new, &params, mem).map(Some)
            })
            .await?
            .map_err(DirectoryError::from)?;
        let Some(m) = derived else {
            self.audit(
                org_id,
                &format!("portal:{username}"),
                "portal.change_password",
                Some(&id),
                "refused",
                json!({"reason": "wrong current password"}),
            )
            .await;
            return Err(DirectoryError::Unauthorized);
        };
        let mut w = self.db.begin_write().await?;
        let before = load_sync(&mut w, &id).await?;
        let mut after = before.clone();
        let actions =
            match after.portal_change(violations, &settings.password_policy, chrono::Utc::now()) {
                Ok(a) => a,
                Err(e) => {
                    drop(w);
                    self.audit(
                        org_id,
                        &format!("portal:{username}"),
                        "portal.change_password",
                        Some(&id),
                        "refused",
                        json!({"reason": e.to_string()}),
                    )
                    .await;
                    return Err(e.into());
                }
            };
        self.store_version(&mut w, &id, &after, &m, &new_mac)
            .await?;
        let wake = save_sync(&mut w, &id, &before, &after, &actions).await?;
        audit_in(&mut w, org_id, &format!("portal:{username}"), "portal.change_password", Some(&id), "ok",
            json!({"drift": true, "version": after.password.version, "note": "changed outside Okta: diverged until Okta's next push"}))
        .await?;
        w.commit().await?;
        self.notifier.notify_all(wake.iter());
        Ok(())
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
        let ok = self
            .hash_pool
            .run(move |mem| material::verify_in(&Verifier::from_phc(verifier), &password, mem))
            .await?;
        if !ok {
            return Err(DirectoryError::Unauthorized);
        }
        let allowed = [
            "displayName",
            "nickName",
            "title",
            "phoneNumbers",
            "addresses",
            "locale",
            "timezone",
            "preferredLanguage",
        ];
        let mut resource = row.resource.clone();
        for (k, v) in attrs {
            if !allowed.contains(&k.as_str()) {
                return Err(DirectoryError::BadRequest(format!(
                    "attribute '{k}' cannot be edited in the user portal"
                )));
            }
            if let Some(o) = resource.as_object_mut() {
                o.insert(k.clone(), v.clone());
            }
        }
        let p = prepare(&resource)?;
        let mut w = self.db.begin_write().await?;
        w.query(
            "UPDATE users SET resource = $1, version = version + 1, modified_at = $2 WHERE id = $3",
        )
        .bind(p.resource.to_string())
        .bind(now_str())
        .bind(&id)
        .execute()
        .await?;
        audit_in(
            &mut w,
            org_id,
            &format!("portal:{username}"),
            "portal.update_attributes",
            Some(&id),
            "ok",
            json!({"attributes": attrs.keys().collect::<Vec<_>>()}),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_head_takes_plain_profiles_and_refuses_the_rest() {
        let ext = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
        let plain = r#"{"userName":"ann@example.com","name":{"givenName":"Ann"},"active":true}"#;
        assert_eq!(splice_head(plain), Some(&plain[..plain.len() - 1]));
        let with_ext = format!(r#"{{"userName":"a","{ext}":{{"employeeNumber":"7"}}}}"#);
        assert!(splice_head(&with_ext).is_some());
        for refused in [
            // Members the default projection drops or the rendering sets.
            r#"{"userName":"a","password":"x"}"#.to_string(),
            r#"{"userName":"a","id":"1"}"#.to_string(),
            r#"{"userName":"a","meta":{}}"#.to_string(),
            r#"{"userName":"a","groups":[]}"#.to_string(),
            format!(r#"{{"userName":"a","{ext}":{{}}}}"#),
            format!(r#"{{"userName":"a","{ext}":"x"}}"#),
            // What cannot be spliced safely.
            r#"{"user\u004eame":"a"}"#.to_string(),
            r#"{"userName":"a","userName":"b"}"#.to_string(),
            "{}".to_string(),
            "[]".to_string(),
            "not json".to_string(),
        ] {
            assert_eq!(splice_head(&refused), None, "{refused}");
        }
    }
}
