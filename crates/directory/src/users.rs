//! Reading users: the stored row, SCIM `GET /Users/{id}` and `GET /Users`
//! (filters, sorting and paging translated to SQL), and lookups by name.
//! Changes to users are in `provision.rs` (Okta), `details.rs` (admins)
//! and `portal.rs` (users themselves).

use password_sync::PasswordStatus;
use scim_core::{CompValue, CompareOp, Filter, ListQuery, USER};
use serde_json::Value;

use crate::change::parse_password;
use crate::db::Dialect;
use crate::error::{DirectoryError, Result};
use crate::reads::{Arg, Cols, Row};
use crate::render::{groups_column, RenderedUser, ScimUser, USER_VIEW_COLS};
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

/// A stored user row: what the write paths need to decide a change.
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
    /// The password status (`password_sync`'s part of the row).
    pub password: PasswordStatus,
    /// The unix uid, assigned at the user's first bind to a device.
    pub uid: Option<i64>,
}

impl UserRow {
    pub(crate) fn suspended(&self) -> bool {
        self.state == state::SUSPENDED
    }
}

/// The columns of a [`UserRow`].
pub(crate) const USER_COLS: &str =
    "id, org_id, user_name, unix_username, state, externally_managed, \
     scim_visible, resource, verifier, pw_mac, version, password, uid";

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
        password: parse_password(&r.text("password")?)?,
        uid: r.opt_int("uid")?,
    })
}

/// A [`UserRow`] with what its SCIM rendering needs besides: read once by
/// a SCIM write, which decides from it and answers with it.
#[derive(Debug, Clone)]
pub(crate) struct UserRecord {
    pub row: UserRow,
    pub created_at: String,
    pub modified_at: String,
    /// The `groups` attribute.
    pub groups: Vec<Value>,
}

impl Directory {
    pub(crate) async fn user_row_by_id(&self, org_id: &str, id: &str) -> Result<UserRow> {
        let sql = format!("SELECT {USER_COLS} FROM users WHERE id = $1 AND org_id = $2");
        let r = self
            .db
            .read_one(&sql, &[id.into(), org_id.into()])
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("User {id}")))?;
        user_row(&r)
    }

    /// A user visible over SCIM, with its rendering's parts, in one statement.
    pub(crate) async fn user_record(&self, org_id: &str, id: &str) -> Result<UserRecord> {
        let sql = format!(
            "SELECT {USER_COLS}, created_at, modified_at, {} FROM users WHERE id = $1 AND org_id = $2 AND scim_visible = 1",
            groups_column(self.db.dialect)
        );
        let r = self
            .db
            .read_one(&sql, &[id.into(), org_id.into()])
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("User {id}")))?;
        Ok(UserRecord {
            row: user_row(&r)?,
            created_at: r.text("created_at")?,
            modified_at: r.text("modified_at")?,
            groups: self.groups_value(&r)?,
        })
    }

    /// `GET /Users/{id}`: deactivated users answer with `active: false`;
    /// users deleted over SCIM are gone from SCIM (404) but kept.
    pub async fn get_user(&self, org_id: &str, id: &str) -> Result<ScimUser> {
        let r = self.user_view_row(org_id, id).await?;
        self.scim_user(&r)
    }

    /// The row `get_user` renders: [`USER_VIEW_COLS`] and the groups.
    async fn user_view_row(&self, org_id: &str, id: &str) -> Result<Row> {
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
    /// the total. The page holds at most `q.count` rows (itself at most
    /// `scim_core::list::MAX_COUNT`) whatever `startIndex` is.
    async fn list_user_rows(&self, org_id: &str, q: &ListQuery) -> Result<(usize, Vec<Row>)> {
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
        // Positions are 0-based from here; a startIndex beyond any row a
        // database can hold asks for an empty page.
        let skip = q.start_index.saturating_sub(1);
        let skip_arg = i64::try_from(skip).unwrap_or(i64::MAX);
        let n = binds.len() + 2;
        let seek = if cond.is_none() && order.is_none() {
            self.page_cursors.get(org_id, skip)
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
        let count = q.count.min(scim_core::list::MAX_COUNT);
        match seek {
            Some(after) => args.extend([Arg::Int(after), Arg::Int(count as i64)]),
            None => args.extend([Arg::Int(count as i64), Arg::Int(skip_arg)]),
        }
        let raw = if count == 0 {
            Vec::new()
        } else {
            self.db.read(&sql, &args).await?
        };
        // A short page tells the total without counting (e.g. `userName eq`).
        let total = match raw.len() {
            got if count > 0 && got < count && (got > 0 || skip == 0) => skip.saturating_add(got),
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
                    .put(org_id, skip.saturating_add(raw.len()), seq);
            }
        }
        Ok((total, raw))
    }

    /// A single non-negative count in column `n` (0 when there is no row).
    async fn read_count(&self, sql: &str, args: &[Arg]) -> Result<usize> {
        let n = self.db.read_one(sql, args).await?;
        Ok(n.map(|r| r.int("n")).transpose()?.unwrap_or(0).max(0) as usize)
    }

    /// Finds a user id by unix username (case-insensitive).
    pub async fn user_id_by_username(&self, org_id: &str, username: &str) -> Result<String> {
        let r = self
            .db
            .read_one(
                "SELECT id FROM users WHERE org_id = $1 AND unix_username_lower = $2",
                &[org_id.into(), username.to_lowercase().into()],
            )
            .await?
            .ok_or_else(|| DirectoryError::NotFound(format!("user {username}")))?;
        r.text("id")
    }
}
