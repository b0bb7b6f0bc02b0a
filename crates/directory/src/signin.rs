//! Signing in: admins (password, then a second factor: `mfa`) and users
//! (the directory password Okta set) get a server-side session; failures
//! are throttled per login and per client address; every attempt is
//! recorded.
//!
//! What an attacker learns is kept small: an unknown login, a wrong
//! password, a disabled admin and a user without a password all answer
//! [`DirectoryError::SignInFailed`] after one argon2 verification (a dummy
//! one when there is nothing to verify), and a throttled attempt answers
//! [`DirectoryError::Throttled`] before any hashing, whoever it names.

use password_sync::material;
use password_sync::Zeroizing;
use serde::{Deserialize, Serialize};

use crate::admin::{admin_from_row, Admin, AdminKind, ADMIN_COLUMNS};
use crate::crypto::{new_secret, secret_digest, ServerKey};
use crate::db::{now_str, WriteTx};
use crate::error::{DirectoryError, Result};
use crate::reads::Cols;
use crate::Directory;

/// The tag that starts every session token.
pub const SESSION_TAG: &str = "ds";

/// How long a session at the MFA step or at enrolment lasts.
const HALF_SIGNED_IN_SECS: i64 = 10 * 60;

/// Longest login accepted (an email's limit).
const MAX_LOGIN: usize = 320;

/// Sign-in throttling and session lifetimes. The defaults are what an
/// operator gets; tests shorten them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SignInPolicy {
    /// Failures for one login answered without delay.
    pub login_free_failures: u32,
    /// Failures for one login that lock it for `lock_secs`.
    pub login_lock_after: u32,
    /// Failures from one address answered without delay.
    pub address_free_failures: u32,
    /// Failures from one address that lock it for `lock_secs`.
    pub address_lock_after: u32,
    /// The longest delay between two attempts before the lock (the delay
    /// doubles with each failure past the free ones).
    pub max_delay_secs: u64,
    /// How long a lock lasts.
    pub lock_secs: u64,
    /// Failures this old are forgotten.
    pub forget_after_secs: u64,
    /// A session unused this long ends.
    pub session_idle_secs: u64,
    /// A session ends this long after its sign-in, used or not.
    pub session_absolute_secs: u64,
    /// Sensitive actions need a sign-in (with MFA) this recent.
    pub reauth_secs: u64,
}

impl Default for SignInPolicy {
    fn default() -> Self {
        SignInPolicy {
            login_free_failures: 3,
            login_lock_after: 10,
            address_free_failures: 20,
            address_lock_after: 100,
            max_delay_secs: 60,
            lock_secs: 15 * 60,
            forget_after_secs: 60 * 60,
            session_idle_secs: 30 * 60,
            session_absolute_secs: 12 * 60 * 60,
            reauth_secs: 5 * 60,
        }
    }
}

/// Failures recorded for one throttling key (a login or an address).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counter {
    pub failures: u32,
    pub last_at: i64,
    pub locked_until: Option<i64>,
}

/// The thresholds of one kind of key.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub free: u32,
    pub lock_after: u32,
}

impl SignInPolicy {
    pub(crate) fn login_limits(&self) -> Limits {
        Limits {
            free: self.login_free_failures,
            lock_after: self.login_lock_after.max(1),
        }
    }

    pub(crate) fn address_limits(&self) -> Limits {
        Limits {
            free: self.address_free_failures,
            lock_after: self.address_lock_after.max(1),
        }
    }

    /// Whether `c`'s failures have lapsed at `now` (a lock that ended, or
    /// failures older than `forget_after_secs`).
    fn lapsed(&self, c: &Counter, now: i64) -> bool {
        match c.locked_until {
            Some(until) => now >= until,
            None => now.saturating_sub(c.last_at) >= self.forget_after_secs as i64,
        }
    }

    /// Seconds to wait before the next attempt may be considered, or
    /// `None` when it may be now.
    pub(crate) fn wait(&self, c: &Counter, l: Limits, now: i64) -> Option<u64> {
        if self.lapsed(c, now) {
            return None;
        }
        if let Some(until) = c.locked_until {
            return Some((until - now).max(1) as u64);
        }
        if c.failures < l.free {
            return None;
        }
        let doublings = (c.failures - l.free).min(30);
        let delay = (1u64 << doublings).min(self.max_delay_secs) as i64;
        let ready = c.last_at.saturating_add(delay);
        (now < ready).then(|| (ready - now) as u64)
    }

    /// The counter after one more failure at `now`: a lock at the
    /// threshold (counting starts again once it ends).
    pub(crate) fn failed(&self, c: Counter, l: Limits, now: i64) -> Counter {
        let before = if self.lapsed(&c, now) { 0 } else { c.failures };
        let failures = before + 1;
        if failures >= l.lock_after {
            Counter {
                failures: 0,
                last_at: now,
                locked_until: Some(now.saturating_add(self.lock_secs as i64)),
            }
        } else {
            Counter {
                failures,
                last_at: now,
                locked_until: None,
            }
        }
    }
}

/// Who a session is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// An admin (the admin API, the admin portal).
    Admin,
    /// A user (the user portal).
    User,
}

impl SessionKind {
    fn as_str(self) -> &'static str {
        match self {
            SessionKind::Admin => "admin",
            SessionKind::User => "user",
        }
    }
}

/// How far a session's sign-in has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The password was right; a second factor is due.
    Mfa,
    /// The password was right; the org requires MFA and the admin has
    /// none: only enrolment is open.
    EnrolMfa,
    /// Signed in.
    Full,
}

impl Stage {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Stage::Mfa => "mfa",
            Stage::EnrolMfa => "enrol_mfa",
            Stage::Full => "full",
        }
    }

    fn parse(s: &str) -> Result<Stage> {
        match s {
            "mfa" => Ok(Stage::Mfa),
            "enrol_mfa" => Ok(Stage::EnrolMfa),
            "full" => Ok(Stage::Full),
            other => Err(DirectoryError::invariant(format!(
                "stored session stage '{other}' is unknown"
            ))),
        }
    }
}

/// A session, as stored (never its token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    /// Names the session (to list or revoke it) without being its secret.
    pub id: String,
    /// Admin or user.
    pub kind: SessionKind,
    /// The org.
    pub org_id: String,
    /// The admin's or the user's id.
    pub subject: String,
    /// How far the sign-in has come.
    pub stage: Stage,
    /// The client address it was signed in from.
    pub address: String,
    /// When it started (unix seconds).
    pub created_at: i64,
    /// When it was last used.
    pub seen_at: i64,
    /// When its holder last proved who they are (password and, for an
    /// admin with MFA, the second factor).
    pub authed_at: i64,
    /// What an MFA ceremony in progress holds (sealed or challenge state).
    #[serde(skip)]
    pub(crate) pending: Option<String>,
}

/// A session just opened: its token goes in the cookie, once.
pub struct NewSession {
    /// The cookie's value.
    pub token: Zeroizing<String>,
    /// What state-changing requests must send back (`X-CSRF-Token`).
    pub csrf_token: String,
    /// The session.
    pub session: Session,
}

impl std::fmt::Debug for NewSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSession")
            .field("token", &"[redacted]")
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}

/// One recorded sign-in attempt (diagnostics).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInAttempt {
    /// When.
    pub at: String,
    /// `admin`, `admin_mfa` or `user`.
    pub kind: String,
    /// The login named (as given, lowercased).
    pub login: String,
    /// The client address.
    pub address: String,
    /// `ok`, `mfa_required`, `enrol_mfa`, `throttled` or `failed: <why>`.
    pub outcome: String,
    /// How many attempts the entry stands for: throttled attempts of one
    /// login from one address are counted together, a second at a time.
    pub count: i64,
}

/// What one replica remembers of refusals, so that a flood of attempts
/// that are sure to be refused costs neither a database read nor a write
/// each: throttling keys refused until a time, and throttled attempts not
/// yet written to the audit (written together at most a second later).
#[derive(Debug, Default)]
pub(crate) struct Refusals {
    inner: std::sync::Mutex<RefusalsInner>,
}

#[derive(Debug, Default)]
struct RefusalsInner {
    /// Key → refused until (unix seconds). Only ever refuses: admission is
    /// decided by the database.
    until: std::collections::HashMap<String, i64>,
    /// (org, kind, login, address) → throttled attempts not yet written.
    pending: std::collections::HashMap<(Option<String>, String, String, String), i64>,
    last_flush: i64,
}

/// Keys remembered at most (a flood of distinct keys clears the memory,
/// which only costs reads).
const REFUSALS_MAX: usize = 100_000;

type PendingAudit = Vec<((Option<String>, String, String, String), i64)>;

impl Refusals {
    /// Seconds `keys` are known to be refused for at `now`, if any.
    fn known_wait(&self, keys: [&str; 2], now: i64) -> Option<u64> {
        let m = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        keys.iter()
            .filter_map(|k| m.until.get(*k))
            .filter(|&&u| u > now)
            .map(|&u| (u - now) as u64)
            .max()
    }

    fn remember(&self, key: &str, until: i64) {
        let mut m = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if m.until.len() >= REFUSALS_MAX {
            m.until.clear();
        }
        m.until.insert(key.to_string(), until);
    }

    /// Counts a throttled attempt; returns what is due to be written (at
    /// most once a second).
    fn throttled(
        &self,
        entry: (Option<String>, String, String, String),
        now: i64,
    ) -> Option<PendingAudit> {
        let mut m = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        *m.pending.entry(entry).or_default() += 1;
        if now > m.last_flush {
            m.last_flush = now;
            return Some(m.pending.drain().collect());
        }
        None
    }

    fn drain(&self) -> PendingAudit {
        let mut m = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        m.pending.drain().collect()
    }
}

/// Unix seconds now.
pub(crate) fn now_secs() -> i64 {
    chrono::Utc::now().timestamp()
}

const SESSION_COLS: &str =
    "prefix, hash, kind, org_id, subject, stage, address, created_at, seen_at, authed_at, pending";

fn session_from_row(r: &crate::reads::Row) -> Result<Session> {
    Ok(Session {
        id: r.text("prefix")?,
        kind: match r.text("kind")?.as_str() {
            "admin" => SessionKind::Admin,
            "user" => SessionKind::User,
            other => {
                return Err(DirectoryError::invariant(format!(
                    "stored session kind '{other}' is unknown"
                )))
            }
        },
        org_id: r.text("org_id")?,
        subject: r.text("subject")?,
        stage: Stage::parse(&r.text("stage")?)?,
        address: r.text("address")?,
        created_at: r.int("created_at")?,
        seen_at: r.int("seen_at")?,
        authed_at: r.int("authed_at")?,
        pending: r.opt_text("pending")?,
    })
}

/// A normalised login, or a refusal naming the problem (nothing here
/// depends on who exists).
fn normalise_login(login: &str) -> Result<String> {
    let l = login.trim().to_lowercase();
    if l.is_empty() {
        return Err(DirectoryError::BadRequest("'login' is empty".into()));
    }
    if l.len() > MAX_LOGIN || l.chars().any(char::is_control) {
        return Err(DirectoryError::BadRequest(format!(
            "'login' must be at most {MAX_LOGIN} bytes without control characters"
        )));
    }
    Ok(l)
}

impl Directory {
    /// The sign-in policy in force.
    pub fn sign_in_policy(&self) -> &SignInPolicy {
        &self.sign_in
    }

    /// An admin signs in with a login (email or service account name) and
    /// password, from `address`. Returns a new session: `Full`, or `Mfa`
    /// when the admin has a second factor, or `EnrolMfa` when the org
    /// requires one and the admin has none.
    pub async fn admin_sign_in(
        &self,
        login: &str,
        password: Zeroizing<String>,
        address: &str,
    ) -> Result<NewSession> {
        let login = normalise_login(login)?;
        let key = format!("admin:{login}");
        self.admit(&key, address, None, "admin", &login).await?;
        let sql =
            format!("SELECT {ADMIN_COLUMNS}, a.password_hash FROM admins a WHERE a.email = $1");
        let row = self.db.read_one(&sql, &[login.as_str().into()]).await?;
        let found = match &row {
            Some(r) => Some((admin_from_row(r)?, r.opt_text("password_hash")?)),
            None => None,
        };
        let verifier = found.as_ref().and_then(|(_, h)| h.clone());
        let matched = self.verify_or_dummy(verifier, password).await?;
        let refusal = match &found {
            None => Some("unknown login"),
            Some((_, None)) => Some("no password set"),
            Some(_) if !matched => Some("wrong password"),
            Some((a, _)) if !a.enabled => Some("admin disabled"),
            Some((a, _)) if a.kind != AdminKind::Tenant || a.org_id.is_none() => {
                Some("multi-tenant portal admins do not sign in here")
            }
            Some(_) => None,
        };
        let (admin, org) = match (found, refusal) {
            (Some((a, _)), None) => match a.org_id.clone() {
                Some(org) => (a, org),
                None => return Err(DirectoryError::SignInFailed),
            },
            (found, why) => {
                let org = found.and_then(|(a, _)| a.org_id);
                let why = why.unwrap_or("unknown login");
                return Err(self
                    .sign_in_failed(address, org.as_deref(), "admin", &login, why)
                    .await);
            }
        };
        let stage = if self.has_mfa(&admin.id).await? {
            Stage::Mfa
        } else if self.org_settings(&org).await?.require_admin_mfa {
            Stage::EnrolMfa
        } else {
            Stage::Full
        };
        let outcome = match stage {
            Stage::Mfa => "mfa_required",
            Stage::EnrolMfa => "enrol_mfa",
            Stage::Full => "ok",
        };
        self.signed_in(
            &key,
            SessionKind::Admin,
            &org,
            &admin.id,
            stage,
            &login,
            address,
            outcome,
        )
        .await
    }

    /// A user signs in to the user portal with their unix username and the
    /// directory password (the one Okta set, or their own). A suspended
    /// user, or one without a password, fails like a wrong password.
    pub async fn user_sign_in(
        &self,
        org_id: &str,
        username: &str,
        password: Zeroizing<String>,
        address: &str,
    ) -> Result<NewSession> {
        let login = normalise_login(username)?;
        let key = format!("user:{org_id}:{login}");
        self.admit(&key, address, Some(org_id), "user", &login)
            .await?;
        let row = self
            .db
            .read_one(
                "SELECT id, state, verifier FROM users WHERE org_id = $1 AND unix_username_lower = $2",
                &[org_id.into(), login.as_str().into()],
            )
            .await?;
        let verifier = match &row {
            Some(r) => r.opt_text("verifier")?,
            None => None,
        };
        let matched = self.verify_or_dummy(verifier.clone(), password).await?;
        let user = match &row {
            Some(r) => Some((r.text("id")?, r.text("state")?)),
            None => None,
        };
        let refusal = match &user {
            None => "unknown login",
            Some(_) if verifier.is_none() => "no password set",
            Some(_) if !matched => "wrong password",
            Some((_, s)) if s == crate::users::state::SUSPENDED => "user suspended",
            Some(_) => "",
        };
        let Some((user_id, _)) = user.filter(|_| refusal.is_empty()) else {
            return Err(self
                .sign_in_failed(address, Some(org_id), "user", &login, refusal)
                .await);
        };
        self.signed_in(
            &key,
            SessionKind::User,
            org_id,
            &user_id,
            Stage::Full,
            &login,
            address,
            "ok",
        )
        .await
    }

    /// The session a token names, if it is current: unknown, revoked,
    /// idle too long or too old is [`DirectoryError::Unauthorized`].
    pub async fn session(&self, token: &str) -> Result<Session> {
        let digest = secret_digest(token);
        let sql = format!("SELECT {SESSION_COLS} FROM sessions WHERE prefix = $1");
        let row = self
            .row_for_secret(token, &digest, SESSION_TAG, &sql)
            .await?;
        let s = session_from_row(&row)?;
        let now = now_secs();
        let p = &self.sign_in;
        // A sign-in left at its second step or at enrolment lasts
        // HALF_SIGNED_IN_SECS.
        let half_done = s.stage != Stage::Full && now - s.created_at >= HALF_SIGNED_IN_SECS;
        if half_done
            || now - s.seen_at >= p.session_idle_secs as i64
            || now - s.created_at >= p.session_absolute_secs as i64
        {
            let mut w = self.db.begin_write().await?;
            w.query("DELETE FROM sessions WHERE prefix = $1")
                .bind(&s.id)
                .execute()
                .await?;
            w.commit().await?;
            return Err(DirectoryError::Unauthorized);
        }
        // The idle clock is written at most once a minute per session (a
        // quarter of the idle timeout when that is shorter).
        if now - s.seen_at >= (p.session_idle_secs as i64 / 4).clamp(0, 60) {
            let mut w = self.db.begin_write().await?;
            w.query("UPDATE sessions SET seen_at = $1 WHERE prefix = $2")
                .bind(now)
                .bind(&s.id)
                .execute()
                .await?;
            w.commit().await?;
        }
        Ok(s)
    }

    /// The CSRF token of a session token: a MAC of it under the server
    /// key, so replicas agree without storing it.
    pub fn csrf_token(&self, session_token: &str) -> String {
        self.key.mac(&[b"csrf\0", session_token.as_bytes()])
    }

    /// Whether `presented` is the session's CSRF token (constant time).
    pub fn csrf_matches(&self, session_token: &str, presented: &str) -> bool {
        ServerKey::mac_eq(&self.csrf_token(session_token), presented)
    }

    /// Ends the session `token` names (signing out). Unknown tokens are
    /// ignored: signing out twice is not an error.
    pub async fn sign_out(&self, token: &str) -> Result<()> {
        match self.session(token).await {
            Ok(s) => self.end_session(&s.id).await,
            Err(DirectoryError::Unauthorized) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Ends every session of the session's holder ("sign out
    /// everywhere"); how many ended.
    pub async fn sign_out_everywhere(&self, s: &Session) -> Result<u64> {
        let mut w = self.db.begin_write().await?;
        let n = w
            .query("DELETE FROM sessions WHERE kind = $1 AND subject = $2")
            .bind(s.kind.as_str())
            .bind(&s.subject)
            .execute()
            .await?;
        w.commit().await?;
        Ok(n)
    }

    /// The current sessions of the session's holder, newest first.
    pub async fn sessions_of(&self, s: &Session) -> Result<Vec<Session>> {
        let sql = format!(
            "SELECT {SESSION_COLS} FROM sessions WHERE kind = $1 AND subject = $2 ORDER BY created_at DESC"
        );
        let rows = self
            .db
            .read(&sql, &[s.kind.as_str().into(), s.subject.as_str().into()])
            .await?;
        rows.iter().map(session_from_row).collect()
    }

    /// Refuses unless the session is signed in fully and proved who it is
    /// within the re-authentication window.
    pub fn require_recent_sign_in(&self, s: &Session) -> Result<()> {
        let window = self.sign_in.reauth_secs;
        if s.stage != Stage::Full || now_secs() - s.authed_at > window as i64 {
            return Err(DirectoryError::ReauthRequired {
                window_secs: window,
            });
        }
        Ok(())
    }

    /// The admin a session is for (it must be an admin session).
    pub async fn session_admin(&self, s: &Session) -> Result<Admin> {
        if s.kind != SessionKind::Admin {
            return Err(DirectoryError::Unauthorized);
        }
        let sql = format!("SELECT {ADMIN_COLUMNS} FROM admins a WHERE a.id = $1");
        let r = self
            .db
            .read_one(&sql, &[s.subject.as_str().into()])
            .await?
            .ok_or(DirectoryError::Unauthorized)?;
        let a = admin_from_row(&r)?;
        if !a.enabled {
            return Err(DirectoryError::Unauthorized);
        }
        Ok(a)
    }

    /// The last `limit` sign-in attempts naming the org's admins and users
    /// or no one known, newest first.
    pub async fn sign_in_attempts(&self, org_id: &str, limit: i64) -> Result<Vec<SignInAttempt>> {
        self.write_throttled(self.refusals.drain()).await?;
        let rows = self
            .db
            .read(
                "SELECT at, kind, login, address, outcome, count FROM signin_attempts WHERE org_id = $1 OR org_id IS NULL ORDER BY seq DESC LIMIT $2",
                &[org_id.into(), limit.clamp(1, 10_000).into()],
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(SignInAttempt {
                    at: r.text("at")?,
                    kind: r.text("kind")?,
                    login: r.text("login")?,
                    address: r.text("address")?,
                    outcome: r.text("outcome")?,
                    count: r.int("count")?,
                })
            })
            .collect()
    }

    /// Deletes one session.
    async fn end_session(&self, id: &str) -> Result<()> {
        let mut w = self.db.begin_write().await?;
        w.query("DELETE FROM sessions WHERE prefix = $1")
            .bind(id)
            .execute()
            .await?;
        w.commit().await
    }

    /// A successful password sign-in: the login's charge forgotten, the
    /// attempt recorded as `outcome`, and a new session at `stage`, in one
    /// transaction.
    #[allow(clippy::too_many_arguments)]
    async fn signed_in(
        &self,
        key: &str,
        kind: SessionKind,
        org_id: &str,
        subject: &str,
        stage: Stage,
        login: &str,
        address: &str,
        outcome: &str,
    ) -> Result<NewSession> {
        let mut w = self.db.begin_write().await?;
        forget_failures(&mut w, key).await?;
        record_attempt(&mut w, Some(org_id), kind.as_str(), login, address, outcome).await?;
        let now = now_secs();
        let new = self
            .open_session(&mut w, kind, org_id, subject, stage, address, now, now)
            .await?;
        w.commit().await?;
        Ok(new)
    }

    /// Opens a session within `w`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn open_session(
        &self,
        w: &mut WriteTx<'_>,
        kind: SessionKind,
        org_id: &str,
        subject: &str,
        stage: Stage,
        address: &str,
        created_at: i64,
        authed_at: i64,
    ) -> Result<NewSession> {
        let s = new_secret(SESSION_TAG);
        let now = now_secs();
        // The holder's ended sessions go when a new one starts: a session
        // nobody presents again would otherwise stay as a row.
        let p = &self.sign_in;
        w.query(
            "DELETE FROM sessions WHERE kind = $1 AND subject = $2 AND (seen_at <= $3 OR created_at <= $4 OR (stage <> 'full' AND created_at <= $5))",
        )
        .bind(kind.as_str())
        .bind(subject)
        .bind(now - p.session_idle_secs as i64)
        .bind(now - p.session_absolute_secs as i64)
        .bind(now - HALF_SIGNED_IN_SECS)
        .execute()
        .await?;
        w.query(
            "INSERT INTO sessions (prefix, hash, kind, org_id, subject, stage, address, created_at, seen_at, authed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(&s.prefix)
        .bind(&s.hash)
        .bind(kind.as_str())
        .bind(org_id)
        .bind(subject)
        .bind(stage.as_str())
        .bind(address)
        .bind(created_at)
        .bind(now)
        .bind(authed_at)
        .execute()
        .await?;
        let csrf_token = self.csrf_token(&s.secret);
        Ok(NewSession {
            session: Session {
                id: s.prefix,
                kind,
                org_id: org_id.to_string(),
                subject: subject.to_string(),
                stage,
                address: address.to_string(),
                created_at,
                seen_at: now,
                authed_at,
                pending: None,
            },
            token: s.secret,
            csrf_token,
        })
    }

    /// Replaces `old` by a new session (a new id: no fixation) at `stage`,
    /// proved now; within `w`.
    pub(crate) async fn rotate_session(
        &self,
        w: &mut WriteTx<'_>,
        old: &Session,
        stage: Stage,
    ) -> Result<NewSession> {
        w.query("DELETE FROM sessions WHERE prefix = $1")
            .bind(&old.id)
            .execute()
            .await?;
        let now = now_secs();
        self.open_session(
            w,
            old.kind,
            &old.org_id,
            &old.subject,
            stage,
            &old.address,
            old.created_at,
            now,
        )
        .await
    }

    /// Admits an attempt for throttling key `key` from `address`, or
    /// refuses it (recorded, no hashing). An admitted attempt is charged to
    /// `key` up front, so concurrent guesses cannot all slip through; a
    /// success forgets the charge.
    pub(crate) async fn admit(
        &self,
        key: &str,
        address: &str,
        org_id: Option<&str>,
        kind: &str,
        login: &str,
    ) -> Result<()> {
        let p = &self.sign_in;
        let now = now_secs();
        let addr_key = format!("addr:{address}");
        let entry = (
            org_id.map(str::to_string),
            kind.to_string(),
            login.to_string(),
            address.to_string(),
        );
        if let Some(secs) = self.refusals.known_wait([key, &addr_key], now) {
            return Err(self.throttled(entry, secs, now).await);
        }
        // (the login's wait, the address's wait)
        let waits = |login_c: &Counter, addr_c: &Counter| {
            (
                p.wait(login_c, p.login_limits(), now),
                p.wait(addr_c, p.address_limits(), now),
            )
        };
        // Under a guessing attack most attempts are refused here, on a
        // read: no write lock, no hash.
        let rows = self
            .db
            .read(
                "SELECT key, failures, last_at, locked_until FROM signin_throttle WHERE key = $1 OR key = $2",
                &[key.into(), addr_key.as_str().into()],
            )
            .await?;
        let mut seen = (Counter::default(), Counter::default());
        for r in &rows {
            let c = counter_from_row(r)?;
            if r.text("key")? == key {
                seen.0 = c;
            } else {
                seen.1 = c;
            }
        }
        let mut decided = waits(&seen.0, &seen.1);
        if decided == (None, None) {
            // Admitted on the read: decided again under the write lock, as
            // a concurrent attempt may have charged the login meanwhile.
            let mut w = self.db.begin_write().await?;
            let login_c = read_counter(&mut w, key).await?;
            let addr_c = read_counter(&mut w, &addr_key).await?;
            decided = waits(&login_c, &addr_c);
            if decided == (None, None) {
                let charged = p.failed(login_c, p.login_limits(), now);
                write_counter(&mut w, key, charged).await?;
                return w.commit().await;
            }
        }
        // Each key is remembered as refused for its own wait only: a
        // login's delay must not refuse its address for other logins.
        let mut longest = 0;
        for (k, wait) in [(key, decided.0), (addr_key.as_str(), decided.1)] {
            if let Some(secs) = wait {
                self.refusals.remember(k, now + secs as i64);
                longest = longest.max(secs);
            }
        }
        Err(self.throttled(entry, longest, now).await)
    }

    /// Counts a throttled attempt for the audit (written a second at a
    /// time) and returns its answer.
    async fn throttled(
        &self,
        entry: (Option<String>, String, String, String),
        secs: u64,
        now: i64,
    ) -> DirectoryError {
        if let Some(due) = self.refusals.throttled(entry, now) {
            if let Err(e) = self.write_throttled(due).await {
                tracing::warn!(error = %e, "could not record throttled sign-ins");
            }
        }
        DirectoryError::Throttled {
            retry_after_secs: secs,
        }
    }

    async fn write_throttled(&self, due: PendingAudit) -> Result<()> {
        if due.is_empty() {
            return Ok(());
        }
        let mut w = self.db.begin_write().await?;
        for ((org, kind, login, address), n) in due {
            record_attempts(
                &mut w,
                org.as_deref(),
                &kind,
                &login,
                &address,
                "throttled",
                n,
            )
            .await?;
        }
        w.commit().await
    }

    /// Records a failed attempt (charging the address; the login was
    /// charged on admission) and returns the one answer every failure gets.
    pub(crate) async fn sign_in_failed(
        &self,
        address: &str,
        org_id: Option<&str>,
        kind: &str,
        login: &str,
        why: &str,
    ) -> DirectoryError {
        let p = &self.sign_in;
        let addr_key = format!("addr:{address}");
        let written = async {
            let mut w = self.db.begin_write().await?;
            let c = read_counter(&mut w, &addr_key).await?;
            let c = p.failed(c, p.address_limits(), now_secs());
            write_counter(&mut w, &addr_key, c).await?;
            let outcome = format!("failed: {why}");
            record_attempt(&mut w, org_id, kind, login, address, &outcome).await?;
            w.commit().await
        };
        if let Err(e) = written.await {
            tracing::warn!(error = %e, "could not record a failed sign-in");
        }
        DirectoryError::SignInFailed
    }

    /// One argon2 verification of `password`: against `verifier`, or,
    /// when there is none, against a dummy made with the current
    /// parameters, so the answer takes as long either way.
    async fn verify_or_dummy(
        &self,
        verifier: Option<String>,
        password: Zeroizing<String>,
    ) -> Result<bool> {
        let known = verifier.is_some();
        let v = match verifier {
            Some(v) => v,
            None => self.dummy_verifier().await?,
        };
        Ok(self.verify_password(v, password).await? && known)
    }

    async fn dummy_verifier(&self) -> Result<String> {
        let params = self.params.clone();
        self.dummy
            .get_or_try_init(|| async {
                let v = self
                    .hash_pool
                    .run(move |mem| {
                        let pw = crate::crypto::new_secret("dummy");
                        material::argon2_verifier_in(&pw.secret, &params, mem)
                    })
                    .await?
                    .map_err(DirectoryError::from)?;
                Ok::<_, DirectoryError>(v.expose_phc().to_string())
            })
            .await
            .cloned()
    }
}

async fn read_counter(w: &mut WriteTx<'_>, key: &str) -> Result<Counter> {
    let r = w
        .query("SELECT failures, last_at, locked_until FROM signin_throttle WHERE key = $1")
        .bind(key)
        .fetch_optional()
        .await?;
    match r {
        Some(r) => counter_from_row(&r),
        None => Ok(Counter::default()),
    }
}

fn counter_from_row(r: &crate::reads::Row) -> Result<Counter> {
    Ok(Counter {
        failures: u32::try_from(r.int("failures")?).unwrap_or(u32::MAX),
        last_at: r.int("last_at")?,
        locked_until: r.opt_int("locked_until")?,
    })
}

async fn write_counter(w: &mut WriteTx<'_>, key: &str, c: Counter) -> Result<()> {
    w.query(
        "INSERT INTO signin_throttle (key, failures, last_at, locked_until) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at, locked_until = excluded.locked_until",
    )
    .bind(key)
    .bind(i64::from(c.failures))
    .bind(c.last_at)
    .bind(c.locked_until)
    .execute()
    .await?;
    Ok(())
}

pub(crate) async fn forget_failures(w: &mut WriteTx<'_>, key: &str) -> Result<()> {
    w.query("DELETE FROM signin_throttle WHERE key = $1")
        .bind(key)
        .execute()
        .await?;
    Ok(())
}

pub(crate) async fn record_attempt(
    w: &mut WriteTx<'_>,
    org_id: Option<&str>,
    kind: &str,
    login: &str,
    address: &str,
    outcome: &str,
) -> Result<()> {
    record_attempts(w, org_id, kind, login, address, outcome, 1).await
}

async fn record_attempts(
    w: &mut WriteTx<'_>,
    org_id: Option<&str>,
    kind: &str,
    login: &str,
    address: &str,
    outcome: &str,
    count: i64,
) -> Result<()> {
    w.query(
        "INSERT INTO signin_attempts (org_id, at, kind, login, address, outcome, count) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(org_id)
    .bind(now_str())
    .bind(kind)
    .bind(login)
    .bind(address)
    .bind(outcome)
    .bind(count)
    .execute()
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn policy() -> SignInPolicy {
        SignInPolicy::default()
    }

    #[test]
    fn free_failures_then_doubling_delays_then_a_lock() {
        let p = policy();
        let l = p.login_limits();
        let mut c = Counter::default();
        let mut now = 1_000_000;
        for _ in 0..l.free {
            assert_eq!(p.wait(&c, l, now), None);
            c = p.failed(c, l, now);
        }
        let mut delays = Vec::new();
        while c.locked_until.is_none() {
            let w = p.wait(&c, l, now).unwrap_or(0);
            delays.push(w);
            now += w as i64;
            assert_eq!(p.wait(&c, l, now), None, "admitted once the delay is over");
            c = p.failed(c, l, now);
        }
        assert_eq!(delays, vec![1, 2, 4, 8, 16, 32, 60]);
        assert_eq!(p.wait(&c, l, now), Some(p.lock_secs));
        assert_eq!(p.wait(&c, l, now + p.lock_secs as i64 - 1), Some(1));
        assert_eq!(
            p.wait(&c, l, now + p.lock_secs as i64),
            None,
            "the lock ends"
        );
        let after = p.failed(c, l, now + p.lock_secs as i64);
        assert_eq!(after.failures, 1, "counting starts again after a lock");
    }

    #[test]
    fn old_failures_are_forgotten() {
        let p = policy();
        let l = p.login_limits();
        let c = Counter {
            failures: 8,
            last_at: 0,
            locked_until: None,
        };
        assert!(p.wait(&c, l, 10).is_some());
        let later = p.forget_after_secs as i64;
        assert_eq!(p.wait(&c, l, later), None);
        assert_eq!(p.failed(c, l, later).failures, 1);
    }

    #[test]
    fn refusals_remember_only_until_their_end_and_flush_once_a_second() {
        let r = Refusals::default();
        r.remember("admin:a@x", 110);
        assert_eq!(r.known_wait(["admin:a@x", "addr:1.2.3.4"], 100), Some(10));
        assert_eq!(
            r.known_wait(["admin:b@x", "addr:1.2.3.4"], 100),
            None,
            "other keys"
        );
        assert_eq!(
            r.known_wait(["admin:a@x", "addr:1.2.3.4"], 110),
            None,
            "the end"
        );
        let e = || {
            (
                None,
                "admin".to_string(),
                "a@x".to_string(),
                "1.2.3.4".to_string(),
            )
        };
        let first = r
            .throttled(e(), 100)
            .expect("the first of a second is written");
        assert_eq!(first, vec![(e(), 1)]);
        assert!(r.throttled(e(), 100).is_none());
        assert!(r.throttled(e(), 100).is_none());
        assert_eq!(
            r.throttled(e(), 101).expect("a second later"),
            vec![(e(), 3)]
        );
        assert!(r.drain().is_empty());
    }

    proptest! {
        /// However an attacker times their guesses, no more than
        /// `lock_after` are admitted before a lock, and while locked none is.
        #[test]
        fn guesses_before_a_lock_are_bounded(gaps in proptest::collection::vec(0u64..120, 1..60)) {
            let p = policy();
            let l = p.login_limits();
            let mut c = Counter::default();
            let mut now = 5_000_000i64;
            let mut admitted_since_lock = 0u32;
            for g in gaps {
                now += g as i64;
                match p.wait(&c, l, now) {
                    Some(w) => prop_assert!(w >= 1),
                    None => {
                        if p.lapsed(&c, now) { admitted_since_lock = 0; }
                        admitted_since_lock += 1;
                        prop_assert!(admitted_since_lock <= l.lock_after);
                        c = p.failed(c, l, now);
                        if c.locked_until.is_some() {
                            prop_assert!(p.wait(&c, l, now).is_some());
                        }
                    }
                }
            }
        }
    }
}
