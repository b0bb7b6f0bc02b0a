//! # agent-protocol: what a device agent and the server say to each other
//!
//! The one definition of the agent API's messages, used by the server
//! (`directory` builds them, `server` carries them) and by every client of
//! the API (`agent-sim` today). A change here is a compile error on both
//! sides instead of a surprise at run time. Pure: no I/O, no HTTP types;
//! paths and query strings are plain text.
//!
//! The exchange, in the order a device meets it:
//! 1. **Enrolment**: `POST` [`ENROLL_PATH`] with an [`EnrollRequest`],
//!    authorised by a single-use, expiring enrolment token an admin minted
//!    (`et_...`; an admin's API key never goes onto a device); the
//!    [`EnrollResponse`] carries the device's credential, shown once.
//! 2. **Check-in**: `GET` [`CHECKIN_PATH`]`?`[`CheckinQuery::to_query`] with
//!    the credential as a bearer token. The server answers at once when there
//!    is work newer than the cursor, otherwise when some arrives or the wait
//!    ends: a [`CheckinResponse`] with the device's **desired accounts**
//!    (every user bound to it, [`AccountSpec`], with admin rights where a
//!    group binding grants them), its **unix groups** ([`GroupSpec`]),
//!    [`Delivery`]s (password material for this device's platform) and
//!    [`AccountCommand`]s (lock, unlock).
//! 3. **Report**: `POST` [`REPORT_PATH`] with a [`Report`] per delivery
//!    (applied; on macOS prompted, then confirmed), and `POST`
//!    [`STATUS_PATH`] with each account's state on the device
//!    ([`AccountStatusReport`]: in sync, failed and why, drifted).
//!
//! Compatibility: every message carries or tolerates [`PROTOCOL_VERSION`];
//! unknown fields are ignored and an unknown command kind decodes as
//! [`CommandKind::Unknown`], so a newer server can add to the protocol
//! without breaking older agents.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

pub use password_sync::{DeliveryEvent, DeviceMaterial, Platform};

/// The version of this protocol. A message without one is version 1.
pub const PROTOCOL_VERSION: u32 = 1;

/// Enrolment (`POST`).
pub const ENROLL_PATH: &str = "/agent/v1/enroll";
/// The long-poll check-in (`GET`, query from [`CheckinQuery`]).
pub const CHECKIN_PATH: &str = "/agent/v1/checkin";
/// Delivery reports (`POST`).
pub const REPORT_PATH: &str = "/agent/v1/report";
/// Delivery reports in one request (`POST`, a [`ReportBatch`]): a device
/// that applied a thousand passwords at once sends one request, not a
/// thousand. A server without it answers 404; the agent then sends them
/// one by one to [`REPORT_PATH`].
pub const REPORTS_PATH: &str = "/agent/v1/reports";
/// Account status reports (`POST`, an [`AccountStatusReport`]).
pub const STATUS_PATH: &str = "/agent/v1/status";
/// How long a client keeps an idle connection for reuse. A server closes a
/// connection that has been idle for its header timeout (10 s by default);
/// a client that reused one at that moment would send its request into a
/// closing socket and fail with "connection closed before message
/// completed" (seen by thousands of simulated devices at once). Idle
/// connections are dropped well before that, so a request only ever goes
/// out on a connection the server still keeps open.
pub const CLIENT_POOL_IDLE: std::time::Duration = std::time::Duration::from_secs(5);
/// The tag that starts every enrolment token (`et_...`).
pub const ENROLMENT_TOKEN_TAG: &str = "et";

/// Everything a message can be refused for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProtocolError {
    /// A platform name that is none of `macos`, `windows`, `linux`.
    #[error("unknown platform '{0}': use macos, windows or linux")]
    UnknownPlatform(String),
    /// A check-in query parameter that does not parse.
    #[error("'{name}' must be {expected}")]
    BadQuery {
        /// The parameter.
        name: &'static str,
        /// What it must be.
        expected: &'static str,
    },
}

fn version_1() -> u32 {
    1
}

/// The longest agent product token ([`agent_product`]) a server records.
pub const MAX_AGENT_PRODUCT: usize = 64;

/// The agent a device runs, from its `User-Agent` header: the first product
/// token (`name/version`, RFC 9110 section 10.1.5), e.g. `directory-agent/0.2.0`
/// from `directory-agent/0.2.0 (linux)`. `None` when the header does not
/// start with one, or it is longer than [`MAX_AGENT_PRODUCT`], or it holds
/// characters other than letters, digits and `. _ - +` around one `/`.
pub fn agent_product(user_agent: &str) -> Option<&str> {
    let product = user_agent.split_ascii_whitespace().next()?;
    let (name, version) = product.split_once('/')?;
    let part = |p: &str| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+'))
    };
    (product.len() <= MAX_AGENT_PRODUCT && part(name) && part(version)).then_some(product)
}

/// An enrolled device, as the server knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Device {
    /// Server-issued id.
    pub id: String,
    /// The org it belongs to.
    pub org_id: String,
    /// The name given at enrolment.
    pub name: String,
    /// Its platform: which material it receives.
    pub platform: Platform,
}

/// `POST /agent/v1/enroll`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrollRequest {
    /// A name for the device (its hostname, say).
    pub name: String,
    /// `macos`, `windows` or `linux`; see [`EnrollRequest::platform`].
    pub platform: String,
}

impl EnrollRequest {
    /// The requested platform, or an error that names the valid ones.
    pub fn platform(&self) -> Result<Platform, ProtocolError> {
        Platform::parse(&self.platform)
            .ok_or_else(|| ProtocolError::UnknownPlatform(self.platform.clone()))
    }
}

/// The answer to an enrolment: the credential is shown this once and
/// stored only as a hash on the server.
#[derive(Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrollResponse {
    /// The protocol version the server speaks.
    #[serde(default = "version_1")]
    pub protocol_version: u32,
    /// The enrolled device.
    pub device: Device,
    /// The device's bearer credential (zeroized when dropped).
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub credential: Zeroizing<String>,
    /// A note for a person reading the answer.
    #[serde(default)]
    pub note: String,
}

/// The check-in's query: what the device has seen and how long it waits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CheckinQuery {
    /// The `cursor` of the previous [`CheckinResponse`] (0 at first).
    pub cursor: i64,
    /// Seconds to wait for work (the server caps it); 0 answers at once.
    pub wait_secs: u64,
}

impl CheckinQuery {
    /// Parses `cursor=N&wait=S` (either may be absent; other keys are ignored).
    pub fn parse(query: &str) -> Result<CheckinQuery, ProtocolError> {
        let mut q = CheckinQuery::default();
        for (k, v) in form_urlencoded::parse(query.as_bytes()) {
            match k.as_ref() {
                "cursor" => {
                    q.cursor = v.parse().map_err(|_| ProtocolError::BadQuery {
                        name: "cursor",
                        expected: "an integer",
                    })?
                }
                "wait" => {
                    q.wait_secs = v.parse().map_err(|_| ProtocolError::BadQuery {
                        name: "wait",
                        expected: "a number of seconds",
                    })?
                }
                _ => {}
            }
        }
        Ok(q)
    }

    /// The query string (without `?`) that [`CheckinQuery::parse`] reads.
    pub fn to_query(&self) -> String {
        format!("cursor={}&wait={}", self.cursor, self.wait_secs)
    }
}

/// Password material for one user bound to the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Delivery {
    /// The user's id (what reports name).
    pub user_id: String,
    /// The local (unix) username to update.
    pub username: String,
    /// The password version.
    pub version: u64,
    /// The material for this device's platform.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub material: DeviceMaterial,
}

/// What a device must do to a local account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum CommandKind {
    /// The user was suspended: refuse logins, keep the hash.
    Lock,
    /// The user was restored.
    Unlock,
    /// A command this agent does not know (from a newer server): ignored.
    #[serde(other)]
    Unknown,
}

impl CommandKind {
    /// The wire name (`lock`, `unlock`; `unknown` for what this side cannot name).
    pub fn as_str(self) -> &'static str {
        match self {
            CommandKind::Lock => "lock",
            CommandKind::Unlock => "unlock",
            CommandKind::Unknown => "unknown",
        }
    }
}

/// A local-account command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountCommand {
    /// Its place in the device's change sequence.
    pub seq: i64,
    /// The user's id.
    pub user_id: String,
    /// The local username.
    pub username: String,
    /// What to do.
    pub command: CommandKind,
}

/// One account the device must have: a user bound to it. The list is
/// declarative: an account the device manages that is not in it was unbound.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountSpec {
    /// The user's id (what reports name).
    pub user_id: String,
    /// The local (unix) username.
    pub username: String,
    /// The uid the directory assigned (per org, stable across renames, never
    /// reused). An existing local account that is taken over keeps its own.
    pub uid: u32,
    /// The primary group's gid: the user's own group, numbered as the uid.
    pub gid: u32,
    /// The full name (the GECOS field).
    #[serde(default)]
    pub full_name: String,
    /// The home directory.
    pub home: String,
    /// The login shell.
    pub shell: String,
    /// Whether logins must be refused (the user is suspended); the hash is kept.
    #[serde(default)]
    pub locked: bool,
    /// Whether the device may take over an existing local account of this
    /// name (never a system account); otherwise such an account is left
    /// alone and reported.
    #[serde(default)]
    pub take_over: bool,
    /// The newest password version the server has for this device (0: none);
    /// its material comes as a [`Delivery`] until the device reports it applied.
    #[serde(default)]
    pub password_version: u64,
    /// Admin rights on the device (sudo), through a group binding with the
    /// admin flag; `None`: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<AdminGrant>,
}

/// Admin rights granted to an account, possibly until a time. The agent
/// removes an expired grant by itself, even while the server is away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminGrant {
    /// Unix seconds after which the grant no longer holds; `None`: no end.
    #[serde(default)]
    pub until: Option<u64>,
}

impl AdminGrant {
    /// Whether the grant holds at `now` (unix seconds).
    pub fn holds_at(&self, now: u64) -> bool {
        self.until.is_none_or(|t| now < t)
    }
}

/// A unix group the device must have: a directory group bound to it (or
/// to a device group it is in). The list is declarative like the accounts:
/// a group the agent manages that is not in it is removed; groups the agent
/// does not manage are never touched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupSpec {
    /// The directory group's id.
    pub group_id: String,
    /// The unix name (unix rules, unique in the org among groups and users).
    pub name: String,
    /// The gid the directory assigned (stable, never reused).
    pub gid: u32,
    /// The members: user ids of accounts in [`CheckinResponse::accounts`].
    #[serde(default)]
    pub members: Vec<String>,
}

/// The state of one account on a device, as the agent reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "detail")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AccountState {
    /// The account matches the desired state.
    InSync,
    /// The agent could not apply the desired state; the reason is for an admin.
    Failed(String),
    /// The password hash was changed on the device (`passwd`), not by the
    /// agent. The next password from the directory overwrites it.
    Drifted,
    /// Not managed: the directory did not allow the account to be taken
    /// over, or it is a system account; the reason is for an admin.
    Refused(String),
}

/// One account's line in an [`AccountStatusReport`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountStatus {
    /// The user's id, from the [`AccountSpec`].
    pub user_id: String,
    /// The password version the device has applied (0: none).
    pub password_version: u64,
    /// The state.
    #[serde(flatten)]
    pub state: AccountState,
}

/// `POST /agent/v1/status`: the state of the device's accounts after a
/// reconcile (only those whose state changed need be sent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountStatusReport {
    /// The accounts.
    pub accounts: Vec<AccountStatus>,
    /// Groups the device could not make as the directory wants them, and why
    /// (a local group of that name or gid that the agent does not manage).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupStatus>,
}

/// A group the agent could not apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupStatus {
    /// The directory group's id, from the [`GroupSpec`].
    pub group_id: String,
    /// Why, for an admin.
    pub refused: String,
}

/// The answer to a check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckinResponse {
    /// The protocol version the server speaks.
    #[serde(default = "version_1")]
    pub protocol_version: u32,
    /// Pass back as [`CheckinQuery::cursor`] on the next check-in.
    pub cursor: i64,
    /// New or re-sent deliveries.
    #[serde(default)]
    pub deliveries: Vec<Delivery>,
    /// Account commands since the cursor, in order.
    #[serde(default)]
    pub commands: Vec<AccountCommand>,
    /// The desired accounts, all of them, whenever anything changed since
    /// the cursor (and at the first check-in); `None` when nothing did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<AccountSpec>>,
    /// The unix groups the device must have, all of them, sent with
    /// [`CheckinResponse::accounts`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<GroupSpec>>,
}

impl CheckinResponse {
    /// An answer with nothing to do at `cursor`.
    pub fn empty(cursor: i64) -> CheckinResponse {
        CheckinResponse {
            protocol_version: PROTOCOL_VERSION,
            cursor,
            deliveries: Vec::new(),
            commands: Vec::new(),
            accounts: None,
            groups: None,
        }
    }

    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.deliveries.is_empty() && self.commands.is_empty() && self.accounts.is_none()
    }
}

/// `POST /agent/v1/report`: progress on one delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report<'a> {
    /// The user's id, from the [`Delivery`].
    pub user_id: &'a str,
    /// The version, from the [`Delivery`].
    pub version: u64,
    /// What happened: `applied`, `prompted` or `confirmed` (the other
    /// events are the server's and are refused).
    #[serde(flatten)]
    pub event: DeliveryEvent,
}

/// [`Report`] with an owned user id, for decoding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportOwned {
    /// The user's id.
    pub user_id: String,
    /// The version.
    pub version: u64,
    /// What happened.
    #[serde(flatten)]
    pub event: DeliveryEvent,
}

/// `POST /agent/v1/reports`: several delivery reports, applied in one
/// transaction, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportBatch {
    /// The reports (at most [`ReportBatch::MAX`]).
    pub reports: Vec<ReportOwned>,
}

impl ReportBatch {
    /// The most reports one request may carry.
    pub const MAX: usize = 1000;
}

/// The answer to a [`ReportBatch`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportBatchResult {
    /// Reports recorded.
    pub accepted: usize,
    /// Reports that no longer apply (the user was unbound meanwhile, or the
    /// version was superseded), each with why; the agent drops them.
    #[serde(default)]
    pub not_applicable: Vec<String>,
}

#[cfg(test)]
mod tests {
    #[test]
    fn agent_product_is_the_first_token_of_the_user_agent() {
        assert_eq!(
            agent_product("directory-agent/0.2.0 (linux)"),
            Some("directory-agent/0.2.0")
        );
        assert_eq!(
            agent_product("agent-sim/1.0.0-rc.1+g1"),
            Some("agent-sim/1.0.0-rc.1+g1")
        );
        for bad in [
            "",
            "directory-agent",
            "/1.0",
            "agent/",
            "a/b/c",
            "a\"b/1",
            &format!("a/{}", "1".repeat(MAX_AGENT_PRODUCT)),
        ] {
            assert_eq!(agent_product(bad), None, "{bad:?}");
        }
    }

    use super::*;

    #[test]
    fn query_round_trips_and_names_what_is_wrong() {
        let q = CheckinQuery {
            cursor: -3,
            wait_secs: 25,
        };
        assert_eq!(CheckinQuery::parse(&q.to_query()), Ok(q));
        assert_eq!(CheckinQuery::parse(""), Ok(CheckinQuery::default()));
        assert_eq!(
            CheckinQuery::parse("cursor=7&other=x"),
            Ok(CheckinQuery {
                cursor: 7,
                wait_secs: 0
            })
        );
        let e = CheckinQuery::parse("cursor=x").expect_err("not an integer");
        assert_eq!(e.to_string(), "'cursor' must be an integer");
        let e = CheckinQuery::parse("wait=-1").expect_err("negative");
        assert_eq!(e.to_string(), "'wait' must be a number of seconds");
    }

    #[test]
    fn platform_errors_name_the_valid_ones() {
        let r = EnrollRequest {
            name: "n".into(),
            platform: "beos".into(),
        };
        assert_eq!(
            r.platform().expect_err("no such platform").to_string(),
            "unknown platform 'beos': use macos, windows or linux"
        );
        let r = EnrollRequest {
            name: "n".into(),
            platform: "linux".into(),
        };
        assert_eq!(r.platform(), Ok(Platform::Linux));
    }
}
