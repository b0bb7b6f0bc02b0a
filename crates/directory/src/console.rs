//! What the web console reads beyond the details panel: the overview, the
//! users list with search and filters, devices with their bindings, the
//! audit log filtered, and troubleshooting hints drawn from what Okta sent.
//!
//! Every read here costs a bounded amount at any directory size: the users
//! list walks an index from a cursor (the table in `seq` order, the users
//! of one state in `seq` order, or the logins from a prefix in login order)
//! and, when it filters rows itself (a substring search, the password
//! filters), stops after [`USER_SCAN_MAX`] rows whether or not a page was
//! filled (the page then says where to continue); the overview reads
//! counts kept by triggers; the hints and the audit log read the newest
//! rows only.

use std::collections::HashMap;

use password_sync::{PasswordStatus, Platform, Source};
use serde::Serialize;
use serde_json::Value;

use crate::admin::AuditEntry;
use crate::error::{DirectoryError, Result};
use crate::reads::{Arg, Cols};
use crate::users::state;
use crate::Directory;

/// The most rows one users-list request looks at (see the module docs).
pub const USER_SCAN_MAX: usize = 5_000;

/// A device is online when it checked in within this many seconds (a
/// long-poll answers at least every 30 s by default).
pub const ONLINE_SECS: i64 = 120;

/// The console's overview of an org.
#[derive(Debug, Clone, Serialize)]
pub struct Overview {
    /// Users by state (`ACTIVATED`, `STAGED`, `SUSPENDED`), in that order.
    pub users_by_state: Vec<(String, i64)>,
    /// Users whose directory password diverged from Okta's.
    pub users_with_drift: i64,
    /// Enrolled devices.
    pub devices: i64,
    /// Devices that checked in within [`ONLINE_SECS`].
    pub devices_online: i64,
    /// Devices with a password version still to apply.
    pub devices_behind: i64,
    /// Bound accounts whose agent last reported them drifted or failed.
    pub accounts_drifted: i64,
    /// The last request from Okta and its outcome.
    pub last_okta: Option<AuditEntry>,
}

/// Which users a password filter keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordFilter {
    /// No password yet.
    None,
    /// The current password came from Okta.
    Okta,
    /// The current password was changed in the user portal.
    Portal,
    /// Diverged from Okta (a portal change Okta has not overwritten).
    Drift,
    /// Stored but not deliverable: it breaks the policy (Okta's placeholder).
    Undeliverable,
    /// Expired under the org's aging policy.
    Expired,
}

impl PasswordFilter {
    /// Every filter with its query value, in the order a form lists them.
    pub const ALL: [(&'static str, PasswordFilter); 6] = [
        ("none", PasswordFilter::None),
        ("okta", PasswordFilter::Okta),
        ("portal", PasswordFilter::Portal),
        ("drift", PasswordFilter::Drift),
        ("undeliverable", PasswordFilter::Undeliverable),
        ("expired", PasswordFilter::Expired),
    ];

    /// Parses a query value, naming the valid ones on error.
    pub fn parse(s: &str) -> Result<PasswordFilter> {
        Self::ALL
            .iter()
            .find(|(n, _)| *n == s)
            .map(|(_, f)| *f)
            .ok_or_else(|| {
                DirectoryError::BadRequest(format!(
                    "unknown password filter '{s}': use one of none, okta, portal, drift, undeliverable, expired"
                ))
            })
    }

    fn keeps(self, p: &PasswordStatus, now: chrono::DateTime<chrono::Utc>) -> bool {
        match self {
            PasswordFilter::None => p.version == 0,
            PasswordFilter::Okta => p.version > 0 && p.source == Some(Source::Okta),
            PasswordFilter::Portal => p.source == Some(Source::Portal),
            PasswordFilter::Drift => p.drift,
            PasswordFilter::Undeliverable => p.version > 0 && !p.deliverable(),
            PasswordFilter::Expired => p.is_expired(now),
        }
    }
}

/// A users-list request.
#[derive(Debug, Clone, Default)]
pub struct UserQuery {
    /// Matches the login (email), the unix username, the display name,
    /// given or family name, or an email, case-insensitively, as a substring
    /// (within the bounded scan); with `login_prefix`, the start of the
    /// login only, through its index.
    pub q: Option<String>,
    /// `q` is the start of the login (SCIM userName), case-insensitively:
    /// the list walks the login index from `q` in login order, so every
    /// match is found at any size and the page's cursor is a login.
    pub login_prefix: bool,
    /// Only users in this state.
    pub state: Option<String>,
    /// Only users whose password matches.
    pub password: Option<PasswordFilter>,
    /// The `next` cursor of the previous page.
    pub after: Option<String>,
    /// Page size (1..=200).
    pub limit: usize,
}

/// One row of the users list.
#[derive(Debug, Clone, Serialize)]
pub struct UserListRow {
    /// Id.
    pub id: String,
    /// The Okta login (SCIM userName), or the local name.
    pub user_name: String,
    /// The unix username.
    pub username: String,
    /// The display name (or given + family name), if any.
    pub name: Option<String>,
    /// The unix uid, once bound.
    pub uid: Option<i64>,
    /// State.
    pub state: String,
    /// Managed by Okta.
    pub externally_managed: bool,
    /// Password status.
    pub password: PasswordStatus,
}

/// A page of the users list.
#[derive(Debug, Clone, Serialize)]
pub struct UserListPage {
    /// Matching users, oldest first.
    pub users: Vec<UserListRow>,
    /// Where the next request continues (`None`: the end of the table).
    pub next: Option<String>,
    /// Rows looked at by this request.
    pub scanned: usize,
    /// Whether the page stopped at [`USER_SCAN_MAX`] before filling: more
    /// matches may follow `next`.
    pub scan_limited: bool,
}

/// A device as the console lists it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceSummary {
    /// Id.
    pub id: String,
    /// Name given at enrolment.
    pub name: String,
    /// Platform.
    pub platform: Platform,
    /// Enrolled at.
    pub created_at: String,
    /// Last check-in answered.
    pub last_seen_at: Option<String>,
    /// The agent it last checked in with (`directory-agent/0.2.0`), if known.
    pub agent: Option<String>,
    /// Checked in within [`ONLINE_SECS`].
    pub online: bool,
    /// Bound users.
    pub bound_users: i64,
    /// Password versions still to apply.
    pub open_deliveries: i64,
    /// Accounts the agent reported drifted or failed.
    pub accounts_drifted: i64,
}

/// A user bound to a device, as the device page shows it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceBinding {
    /// User id.
    pub user_id: String,
    /// Unix username.
    pub username: String,
    /// User state.
    pub state: String,
    /// The user's current password version.
    pub current_version: u64,
    /// The newest version completed on this device.
    pub completed_version: u64,
    /// Whether the local account is locked.
    pub locked: bool,
    /// The agent's last report on the account (`in_sync`, `drifted`, ...).
    pub agent_state: Option<String>,
    /// Its detail.
    pub agent_detail: Option<String>,
    /// When.
    pub agent_at: Option<String>,
}

/// A device page.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeviceDetails {
    /// The device.
    pub device: DeviceSummary,
    /// Its bound users.
    pub bindings: Vec<DeviceBinding>,
}

/// An audit-log query (all parts optional, all must match).
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    /// Substring of the action (`scim.`, `admin.suspend_user`...).
    pub action: Option<String>,
    /// Substring of the actor (`okta`, `admin:ann@example.com`...).
    pub actor: Option<String>,
    /// Exact outcome (`ok`, `refused`, `error`).
    pub outcome: Option<String>,
    /// The target's id.
    pub target: Option<String>,
    /// The request that wrote it (the `X-Request-Id` of the server's answer).
    pub request_id: Option<String>,
    /// At most this many entries, newest first.
    pub limit: usize,
}

/// A troubleshooting hint: what the directory saw and what to check in Okta.
#[derive(Debug, Clone, Serialize)]
pub struct Hint {
    /// Short title.
    pub title: String,
    /// What was seen, with the numbers.
    pub evidence: String,
    /// What to check (the product document's troubleshooting step).
    pub check: String,
}

fn display_name(resource: &Value) -> Option<String> {
    if let Some(d) = resource.get("displayName").and_then(Value::as_str) {
        if !d.trim().is_empty() {
            return Some(d.to_string());
        }
    }
    let n = resource.get("name")?;
    let parts: Vec<&str> = ["givenName", "familyName"]
        .iter()
        .filter_map(|k| n.get(*k).and_then(Value::as_str))
        .filter(|s| !s.trim().is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Where a users-list walk continues: after a `seq` (the table's order),
/// or after a lowercased login (a login-prefix search). Shown to clients as
/// the page's `next`: a number, or the login itself.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Cursor {
    Seq(i64),
    Login(String),
}

impl Cursor {
    fn parse(after: Option<&str>, by_login: bool) -> Result<Cursor> {
        match (after, by_login) {
            (None | Some(""), false) => Ok(Cursor::Seq(i64::MIN)),
            (None | Some(""), true) => Ok(Cursor::Login(String::new())),
            (Some(c), true) => Ok(Cursor::Login(c.to_string())),
            (Some(c), false) => c.parse::<i64>().map(Cursor::Seq).map_err(|_| {
                DirectoryError::BadRequest(format!(
                    "'after' must be the 'next' cursor of a previous page, not '{c}'"
                ))
            }),
        }
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cursor::Seq(s) => write!(f, "{s}"),
            Cursor::Login(l) => f.write_str(l),
        }
    }
}

/// The least string greater than every string that starts with `p`
/// (code point order), or `None` if there is none (`p` is all `char::MAX`).
fn prefix_successor(p: &str) -> Option<String> {
    let mut chars: Vec<char> = p.chars().collect();
    while let Some(last) = chars.pop() {
        // The next scalar value (surrogates are not chars).
        let next = match last as u32 + 1 {
            0xD800 => Some('\u{E000}'),
            n => char::from_u32(n),
        };
        if let Some(n) = next {
            chars.push(n);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

/// Whether rows can be turned down for `needle` (lowercased) on their
/// stored resource text and logins, without parsing them: a row whose
/// text holds no match ([`text_holds`]) fails [`matches_text`] too. Exact
/// for a needle of printable ASCII without a space, `"` or `\`: lowercasing
/// works character by character, and the stored JSON (serde_json's) writes
/// such characters as they are, so a match in any field is a match in the
/// text. A space could match across the given and family names joined into
/// a display name, and the escaped characters are not written as they are;
/// rows are not judged on their text for such needles.
fn judged_on_text(needle: &str) -> bool {
    needle
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\')
}

/// Whether the stored text or a login holds `needle`, case-insensitively.
fn text_holds(stored: &str, logins: [&str; 2], needle: &str) -> bool {
    std::iter::once(stored)
        .chain(logins)
        .any(|t| t.to_lowercase().contains(needle))
}

/// Whether `needle` (lowercased) is in the login, the unix username, the
/// display name, a given or family name, or an email.
fn matches_text(resource: &Value, logins: [&str; 2], name: Option<&str>, needle: &str) -> bool {
    let has = |s: &str| s.to_lowercase().contains(needle);
    if logins.into_iter().any(has) || name.is_some_and(has) {
        return true;
    }
    let name = resource.get("name");
    let names = ["givenName", "familyName"]
        .iter()
        .filter_map(|k| name.and_then(|n| n.get(*k)).and_then(Value::as_str));
    let emails = resource
        .get("emails")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|e| e.get("value").and_then(Value::as_str));
    names.chain(emails).any(has)
}

impl Directory {
    /// The overview page's numbers.
    pub async fn overview(&self, org_id: &str) -> Result<Overview> {
        // Kept by triggers on `users` (migration 9): a few rows at any size.
        let rows = self
            .db
            .read(
                "SELECT state, drift, n FROM user_counts WHERE org_id = $1",
                &[Arg::from(org_id)],
            )
            .await?;
        let mut counts: HashMap<String, i64> = HashMap::new();
        let mut drifted = 0;
        for r in &rows {
            let n = r.int("n")?;
            *counts.entry(r.text("state")?).or_default() += n;
            if r.int("drift")? != 0 {
                drifted += n;
            }
        }
        let users_by_state = [state::ACTIVATED, state::STAGED, state::SUSPENDED]
            .iter()
            .map(|s| (s.to_string(), counts.get(*s).copied().unwrap_or(0)))
            .collect();
        let devices = self.device_summaries(org_id).await?;
        let last_okta = self
            .audit_search(
                org_id,
                &AuditQuery {
                    action: Some("scim.".into()),
                    limit: 1,
                    ..AuditQuery::default()
                },
            )
            .await?
            .into_iter()
            .next();
        Ok(Overview {
            users_by_state,
            users_with_drift: drifted,
            devices: devices.len() as i64,
            devices_online: devices.iter().filter(|d| d.online).count() as i64,
            devices_behind: devices.iter().filter(|d| d.open_deliveries > 0).count() as i64,
            accounts_drifted: devices.iter().map(|d| d.accounts_drifted).sum(),
            last_okta,
        })
    }

    /// A page of the users list: matching users after the cursor, oldest
    /// first, looking at no more than [`USER_SCAN_MAX`] rows.
    pub async fn user_list(&self, org_id: &str, query: &UserQuery) -> Result<UserListPage> {
        const BATCH: usize = 500;
        let needle = query
            .q
            .as_deref()
            .map(|q| q.trim().to_lowercase())
            .filter(|q| !q.is_empty());
        // Where the walk starts: after a `seq`, or (login prefix) after a login.
        let prefix = needle.as_deref().filter(|_| query.login_prefix);
        let mut after = Cursor::parse(query.after.as_deref(), prefix.is_some())?;
        if let Some(s) = query.state.as_deref() {
            if ![state::ACTIVATED, state::STAGED, state::SUSPENDED].contains(&s) {
                return Err(DirectoryError::BadRequest(format!(
                    "unknown state '{s}': use ACTIVATED, STAGED or SUSPENDED"
                )));
            }
        }
        // A substring search (not a login-prefix walk) filters each row,
        // on its stored text first when the needle allows it.
        let search = needle.as_deref().filter(|_| prefix.is_none());
        let on_text = search.filter(|n| judged_on_text(n));
        let limit = query.limit.clamp(1, 200);
        let now = chrono::Utc::now();
        let mut users = Vec::new();
        let mut scanned = 0;
        let mut exhausted = false;
        while users.len() < limit && scanned < USER_SCAN_MAX {
            // Without a filter every row is a match: read just the page.
            // (A login-prefix walk reads only matches of the prefix.)
            // A state filter on the table's order is part of the query (an
            // index walk of that state); a login-prefix walk reads only
            // matches of the prefix; the other filters look at each row.
            let state_in_sql = prefix.is_none() && query.state.is_some();
            let filtered = search.is_some()
                || (query.state.is_some() && !state_in_sql)
                || query.password.is_some();
            let want = if filtered { BATCH } else { limit - users.len() };
            let rows = match (&after, prefix) {
                (Cursor::Seq(seq), _) => match query.state.as_deref().filter(|_| state_in_sql) {
                    Some(st) => {
                        self.db
                            .read(
                                "SELECT id, seq, user_name, unix_username, uid, state, externally_managed, password, resource \
                                 FROM users WHERE org_id = $1 AND state = $2 AND seq > $3 ORDER BY seq LIMIT $4",
                                &[Arg::from(org_id), Arg::from(st), Arg::Int(*seq), Arg::Int(want as i64)],
                            )
                            .await?
                    }
                    None => {
                        self.db
                            .read(
                                "SELECT id, seq, user_name, unix_username, uid, state, externally_managed, password, resource \
                                 FROM users WHERE org_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                                &[Arg::from(org_id), Arg::Int(*seq), Arg::Int(want as i64)],
                            )
                            .await?
                    }
                },
                (Cursor::Login(login), Some(p)) => {
                    self.login_range(org_id, p, login, want).await?
                }
                (Cursor::Login(_), None) => {
                    return Err(DirectoryError::invariant("a login cursor without a prefix"))
                }
            };
            if rows.len() < want {
                exhausted = true;
            }
            for r in &rows {
                scanned += 1;
                after = match after {
                    Cursor::Seq(_) => Cursor::Seq(r.int("seq")?),
                    Cursor::Login(_) => Cursor::Login(r.text("user_name_lower")?),
                };
                if let Some(s) = query.state.as_deref() {
                    if r.text("state")? != s {
                        continue;
                    }
                }
                // The text first: most rows of a search fail it, and the
                // password status need not be parsed for them; most fail it
                // on the stored text already, and their resource need not be
                // parsed either.
                let stored = r.text("resource")?;
                let (user_name, username) = (r.text("user_name")?, r.text("unix_username")?);
                if on_text.is_some_and(|n| !text_holds(&stored, [&user_name, &username], n)) {
                    continue;
                }
                let resource: Value = serde_json::from_str(&stored).unwrap_or(Value::Null);
                let name = display_name(&resource);
                if search.is_some_and(|n| {
                    !matches_text(&resource, [&user_name, &username], name.as_deref(), n)
                }) {
                    continue;
                }
                let password: PasswordStatus =
                    serde_json::from_str(&r.text("password")?).map_err(|e| {
                        DirectoryError::invariant(format!("stored password status: {e}"))
                    })?;
                if query.password.is_some_and(|f| !f.keeps(&password, now)) {
                    continue;
                }
                let row = UserListRow {
                    id: r.text("id")?,
                    user_name,
                    username,
                    name,
                    uid: r.opt_int("uid")?,
                    state: r.text("state")?,
                    externally_managed: r.int("externally_managed")? != 0,
                    password,
                };
                users.push(row);
                if users.len() == limit {
                    break;
                }
            }
            if exhausted {
                break;
            }
        }
        let at_end = exhausted && users.len() < limit;
        Ok(UserListPage {
            scan_limited: !at_end && users.len() < limit,
            next: (!at_end).then(|| after.to_string()),
            users,
            scanned,
        })
    }

    /// Up to `want` users whose lowercased login starts with `prefix` and
    /// sorts after `after`, in login order: a range of the login index
    /// (byte order, which is code point order in UTF-8).
    async fn login_range(
        &self,
        org_id: &str,
        prefix: &str,
        after: &str,
        want: usize,
    ) -> Result<Vec<crate::reads::Row>> {
        let login = crate::sql_filter::bytewise(self.db.dialect, "user_name_lower");
        let upper = prefix_successor(prefix);
        let sql = format!(
            "SELECT id, seq, user_name, user_name_lower, unix_username, uid, state, externally_managed, password, resource \
             FROM users WHERE org_id = $1 AND {login} >= $2 AND {login} > $3{} ORDER BY {login} LIMIT $4",
            if upper.is_some() { format!(" AND {login} < $5") } else { String::new() }
        );
        let mut args = vec![
            Arg::from(org_id),
            Arg::from(prefix),
            Arg::from(after),
            Arg::Int(want as i64),
        ];
        if let Some(u) = upper {
            args.push(Arg::Text(u));
        }
        self.db.read(&sql, &args).await
    }

    /// The org's devices with their binding and delivery counts.
    pub async fn device_summaries(&self, org_id: &str) -> Result<Vec<DeviceSummary>> {
        let rows = self
            .db
            .read(
                "SELECT d.id, d.name, d.platform, d.created_at, d.last_seen_at, d.agent, \
                 (SELECT COUNT(*) FROM bindings b WHERE b.device_id = d.id) AS bound, \
                 (SELECT COUNT(*) FROM deliveries v WHERE v.device_id = d.id \
                    AND v.state IN ('pending', 'delivered', 'awaiting_confirmation')) AS open, \
                 (SELECT COUNT(*) FROM bindings b WHERE b.device_id = d.id \
                    AND b.agent_state IN ('drifted', 'failed')) AS drifted \
                 FROM devices d WHERE d.org_id = $1 ORDER BY d.created_at, d.id",
                &[Arg::from(org_id)],
            )
            .await?;
        let now = chrono::Utc::now();
        rows.iter()
            .map(|r| {
                let last_seen_at = r.opt_text("last_seen_at")?;
                let online = last_seen_at
                    .as_deref()
                    .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                    .is_some_and(|t| {
                        (now - t.with_timezone(&chrono::Utc)).num_seconds() < ONLINE_SECS
                    });
                Ok(DeviceSummary {
                    id: r.text("id")?,
                    name: r.text("name")?,
                    platform: Platform::parse(&r.text("platform")?)
                        .ok_or_else(|| DirectoryError::invariant("stored platform is unknown"))?,
                    created_at: r.text("created_at")?,
                    last_seen_at,
                    agent: r.opt_text("agent")?,
                    online,
                    bound_users: r.int("bound")?,
                    open_deliveries: r.int("open")?,
                    accounts_drifted: r.int("drifted")?,
                })
            })
            .collect()
    }

    /// One device with its bound users.
    pub async fn device_details(&self, org_id: &str, device_id: &str) -> Result<DeviceDetails> {
        let device = self
            .device_summaries(org_id)
            .await?
            .into_iter()
            .find(|d| d.id == device_id)
            .ok_or_else(|| DirectoryError::NotFound(format!("device {device_id}")))?;
        let rows = self
            .db
            .read(
                "SELECT b.user_id, u.unix_username, u.state, u.password, b.completed_version, b.locked, \
                 b.agent_state, b.agent_detail, b.agent_at \
                 FROM bindings b JOIN users u ON u.id = b.user_id \
                 WHERE b.device_id = $1 AND b.org_id = $2 ORDER BY u.unix_username_lower",
                &[Arg::from(device_id), Arg::from(org_id)],
            )
            .await?;
        let bindings = rows
            .iter()
            .map(|r| {
                let p: PasswordStatus =
                    serde_json::from_str(&r.text("password")?).map_err(|e| {
                        DirectoryError::invariant(format!("stored password status: {e}"))
                    })?;
                Ok(DeviceBinding {
                    user_id: r.text("user_id")?,
                    username: r.text("unix_username")?,
                    state: r.text("state")?,
                    current_version: p.version,
                    completed_version: r.int("completed_version")?.max(0) as u64,
                    locked: r.int("locked")? != 0,
                    agent_state: r.opt_text("agent_state")?,
                    agent_detail: r.opt_text("agent_detail")?,
                    agent_at: r.opt_text("agent_at")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(DeviceDetails { device, bindings })
    }

    /// The names of the devices a user is bound to (id → name).
    pub async fn bound_device_names(
        &self,
        org_id: &str,
        user_id: &str,
    ) -> Result<HashMap<String, String>> {
        let rows = self
            .db
            .read(
                "SELECT d.id, d.name FROM bindings b JOIN devices d ON d.id = b.device_id \
                 WHERE b.user_id = $1 AND d.org_id = $2",
                &[Arg::from(user_id), Arg::from(org_id)],
            )
            .await?;
        rows.iter()
            .map(|r| Ok((r.text("id")?, r.text("name")?)))
            .collect()
    }

    /// Up to `limit` devices of the org a user is not bound to, by name,
    /// for the Details panel's bind form (id, name, platform).
    pub async fn bindable_devices(
        &self,
        org_id: &str,
        user_id: &str,
        limit: usize,
    ) -> Result<Vec<(String, String, Platform)>> {
        let rows = self
            .db
            .read(
                "SELECT id, name, platform FROM devices d WHERE org_id = $1 AND NOT EXISTS \
                 (SELECT 1 FROM bindings b WHERE b.device_id = d.id AND b.user_id = $2) \
                 ORDER BY name, id LIMIT $3",
                &[
                    Arg::from(org_id),
                    Arg::from(user_id),
                    Arg::Int(limit as i64),
                ],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.text("id")?,
                    r.text("name")?,
                    Platform::parse(&r.text("platform")?)
                        .ok_or_else(|| DirectoryError::invariant("stored platform is unknown"))?,
                ))
            })
            .collect()
    }

    /// When each of a user's tracked deliveries last changed state:
    /// (device id, version) → time (the Details panel's times).
    pub async fn delivery_times(
        &self,
        org_id: &str,
        user_id: &str,
    ) -> Result<HashMap<(String, u64), String>> {
        let rows = self
            .db
            .read(
                "SELECT v.device_id, v.version, v.updated_at FROM deliveries v \
                 JOIN users u ON u.id = v.user_id WHERE v.user_id = $1 AND u.org_id = $2",
                &[Arg::from(user_id), Arg::from(org_id)],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    (r.text("device_id")?, r.int("version")?.max(0) as u64),
                    r.text("updated_at")?,
                ))
            })
            .collect()
    }

    /// The audit log, newest first, filtered.
    pub async fn audit_search(&self, org_id: &str, q: &AuditQuery) -> Result<Vec<AuditEntry>> {
        let like = |s: &Option<String>| {
            s.as_deref().filter(|s| !s.is_empty()).map(|s| {
                // Taken as text: LIKE's wildcards and the escape escaped.
                let s = s
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                format!("%{s}%")
            })
        };
        let rows = self
            .db
            .read(
                "SELECT seq, at, actor, action, target, outcome, detail, request_id FROM audit_log \
                 WHERE org_id = $1 AND ($2 IS NULL OR action LIKE $2 ESCAPE '\\') AND ($3 IS NULL OR actor LIKE $3 ESCAPE '\\') \
                 AND ($4 IS NULL OR outcome = $4) AND ($5 IS NULL OR target = $5) AND ($7 IS NULL OR request_id = $7) \
                 ORDER BY seq DESC LIMIT $6",
                &[
                    Arg::from(org_id),
                    Arg::from(like(&q.action)),
                    Arg::from(like(&q.actor)),
                    Arg::from(q.outcome.clone().filter(|s| !s.is_empty())),
                    Arg::from(q.target.clone().filter(|s| !s.is_empty())),
                    Arg::Int(q.limit.clamp(1, 1000) as i64),
                    Arg::from(q.request_id.clone().filter(|s| !s.is_empty())),
                ],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    seq: r.int("seq")?,
                    at: r.text("at")?,
                    actor: r.text("actor")?,
                    action: r.text("action")?,
                    target: r.opt_text("target")?,
                    outcome: r.text("outcome")?,
                    detail: serde_json::from_str(&r.text("detail")?).unwrap_or_default(),
                    request_id: r.opt_text("request_id")?,
                })
            })
            .collect()
    }

    /// The product document's troubleshooting, as hints drawn from what
    /// Okta actually sent: the newest 2,000 users and 10,000 audit entries.
    pub async fn hints(&self, org_id: &str) -> Result<Vec<Hint>> {
        let mut hints = Vec::new();
        let users = self
            .db
            .read(
                "SELECT password, created_at FROM users WHERE org_id = $1 AND externally_managed = 1 \
                 ORDER BY seq DESC LIMIT 2000",
                &[Arg::from(org_id)],
            )
            .await?;
        let mut placeholder_only = 0;
        for r in &users {
            let p: PasswordStatus = serde_json::from_str(&r.text("password")?)
                .map_err(|e| DirectoryError::invariant(format!("stored password status: {e}")))?;
            if p.version == 1 && p.source == Some(Source::Okta) && !p.policy_violations.is_empty() {
                placeholder_only += 1;
            }
        }
        if placeholder_only > 0 {
            hints.push(Hint {
                title: "Passwords are not syncing from Okta".into(),
                evidence: format!(
                    "{placeholder_only} of the newest {} Okta users have only the password Okta sent when it created them, and it breaks the password policy: Okta's random placeholder. Their devices receive no password.",
                    users.len()
                ),
                check: "In Okta, open the app's Provisioning > To App settings and make sure Sync Password is enabled with \"Sync Okta Password\"; then push passwords (or have users sign in to Okta).".into(),
            });
        }
        let entries = self
            .audit_search(
                org_id,
                &AuditQuery {
                    action: Some("scim.".into()),
                    limit: 1000,
                    ..AuditQuery::default()
                },
            )
            .await?;
        let count = |a: &str| entries.iter().filter(|e| e.action == a).count();
        let (creates, updates) = (
            count("scim.create_user"),
            count("scim.replace_user") + count("scim.patch_user"),
        );
        if creates >= 1 && updates == 0 {
            hints.push(Hint {
                title: "No attribute updates have arrived from Okta".into(),
                evidence: format!(
                    "Among the last {} requests from Okta there are {creates} user creations and no updates (PUT or PATCH).",
                    entries.len()
                ),
                check: "If changes made to users in Okta don't show here, enable \"Update User Attributes\" in the app's Provisioning > To App settings.".into(),
            });
        }
        let refused: Vec<&AuditEntry> = entries.iter().filter(|e| e.outcome != "ok").collect();
        if let Some(last) = refused.first() {
            hints.push(Hint {
                title: "Okta's requests were refused".into(),
                evidence: format!(
                    "{} of the last {} requests from Okta were refused; the newest ({} at {}) because: {}",
                    refused.len(),
                    entries.len(),
                    last.action,
                    last.at,
                    last.detail
                        .get("error")
                        .or_else(|| last.detail.get("reason"))
                        .map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()))
                        .unwrap_or_else(|| last.detail.to_string())
                ),
                check: "Open the refused requests below: each says what was sent (secrets masked) and why it was refused.".into(),
            });
        }
        Ok(hints)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_and_text_matching() {
        let r = json!({"displayName": " ", "name": {"givenName": "Ann", "familyName": "Lee"},
                       "emails": [{"value": "ann.lee@corp.example"}]});
        assert_eq!(display_name(&r).as_deref(), Some("Ann Lee"));
        let name = display_name(&r);
        let logins = ["ann@example.com", "ann"];
        for needle in ["ann", "lee", "corp.example", "example.com"] {
            assert!(
                matches_text(&r, logins, name.as_deref(), needle),
                "{needle}"
            );
        }
        assert!(!matches_text(&r, logins, name.as_deref(), "bob"));
        assert_eq!(display_name(&json!({})), None);
    }

    /// What the users list applies before parsing a row: false only for a
    /// row it turns down.
    fn text_may_match(stored: &str, logins: [&str; 2], needle: &str) -> bool {
        !judged_on_text(needle) || text_holds(stored, logins, needle)
    }

    proptest::proptest! {
        /// The prefilter never turns down a row the full match keeps.
        #[test]
        fn the_stored_text_prefilter_never_drops_a_match(
            display in "[ a-zA-Z\"\\\\ΣσςİK\u{212A}é\u{1}-]{0,8}",
            given in "[ a-zA-Z\"\\\\ΣİK\u{212A}é-]{0,8}",
            family in "[ a-zA-Z\"\\\\ΣİK\u{212A}é-]{0,8}",
            email in "[a-zA-Z.@\"\\\\Σ\u{212A}-]{0,10}",
            login in "[a-zA-Z.@\u{212A}-]{0,10}",
            from in 0usize..40,
            len in 0usize..6,
        ) {
            let r = json!({"displayName": display, "name": {"givenName": given, "familyName": family},
                           "emails": [{"value": email}]});
            let stored = serde_json::to_string(&r).expect("json");
            let name = display_name(&r);
            let logins = [login.as_str(), "ann"];
            // Needles from the fields' own lowercased text, so that many match.
            let all = format!("{} {display} {given} {family} {email} {login}", name.clone().unwrap_or_default())
                .to_lowercase();
            let chars: Vec<char> = all.chars().collect();
            let start = from.min(chars.len());
            let needle: String = chars[start..(start + len).min(chars.len())].iter().collect();
            proptest::prop_assume!(!needle.is_empty());
            if matches_text(&r, logins, name.as_deref(), &needle) {
                proptest::prop_assert!(text_may_match(&stored, logins, &needle), "{needle:?} in {stored}");
            }
        }
    }

    #[test]
    fn the_stored_text_prefilter_turns_down_rows_without_the_needle() {
        let r = json!({"displayName": "Ann Lee", "emails": [{"value": "ann.lee@corp.example"}]});
        let stored = serde_json::to_string(&r).expect("json");
        assert!(!text_may_match(&stored, ["ann@example.com", "ann"], "bob"));
        assert!(text_may_match(
            &stored,
            ["ann@example.com", "ann"],
            "corp.ex"
        ));
        assert!(text_may_match(
            &stored,
            ["ann@example.com", "ann"],
            "LEE".to_lowercase().as_str()
        ));
        // Needles it cannot judge on the text are let through.
        assert!(text_may_match(&stored, ["a", "b"], "ann lee"));
        assert!(text_may_match(&stored, ["a", "b"], "zz\""));
        assert!(text_may_match(&stored, ["a", "b"], "é"));
    }

    #[test]
    fn the_prefix_successor_bounds_every_string_with_the_prefix() {
        assert_eq!(prefix_successor("abc").as_deref(), Some("abd"));
        assert_eq!(prefix_successor("a\u{10FFFF}").as_deref(), Some("b"));
        assert_eq!(prefix_successor("x\u{D7FF}").as_deref(), Some("x\u{E000}"));
        assert_eq!(prefix_successor("\u{10FFFF}\u{10FFFF}"), None);
        assert_eq!(prefix_successor(""), None);
        let p = "ann";
        let s = prefix_successor(p).expect("successor");
        for login in ["ann", "ann@x", "anna", "ann\u{10FFFF}zz"] {
            assert!(login >= p && login < s.as_str(), "{login}");
        }
        for login in ["anm", "ano", "b", "an"] {
            assert!(!(login >= p && login < s.as_str()), "{login}");
        }
    }

    #[test]
    fn cursors_parse_as_their_walk_writes_them() {
        assert_eq!(Cursor::parse(None, false).ok(), Some(Cursor::Seq(i64::MIN)));
        assert_eq!(Cursor::parse(Some("42"), false).ok(), Some(Cursor::Seq(42)));
        assert!(Cursor::parse(Some("ann@x"), false).is_err());
        assert_eq!(
            Cursor::parse(Some("ann@x"), true).ok(),
            Some(Cursor::Login("ann@x".into()))
        );
        assert_eq!(
            Cursor::parse(Some(""), true).ok(),
            Some(Cursor::Login(String::new()))
        );
        assert_eq!(Cursor::Login("ann@x".into()).to_string(), "ann@x");
        assert_eq!(Cursor::Seq(7).to_string(), "7");
    }

    #[test]
    fn password_filters() {
        let now = chrono::Utc::now();
        let none = PasswordStatus::default();
        assert!(PasswordFilter::None.keeps(&none, now));
        assert!(!PasswordFilter::Okta.keeps(&none, now));
        let okta = PasswordStatus {
            version: 2,
            source: Some(Source::Okta),
            ..PasswordStatus::default()
        };
        assert!(PasswordFilter::Okta.keeps(&okta, now));
        assert!(!PasswordFilter::Drift.keeps(&okta, now));
        assert!(!PasswordFilter::Undeliverable.keeps(&okta, now));
        let expired = PasswordStatus {
            expires_at: Some(now - chrono::Duration::seconds(1)),
            ..okta.clone()
        };
        assert!(PasswordFilter::Expired.keeps(&expired, now));
        assert!(PasswordFilter::parse("drift").is_ok());
        let e = PasswordFilter::parse("bogus").expect_err("unknown");
        assert!(e.to_string().contains("undeliverable"), "{e}");
    }
}
