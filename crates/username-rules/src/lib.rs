//! # username-rules: unix account names from Okta logins
//!
//! The directory's username is a unix account name. The vendor's rules
//! (seed, "Considerations"): it starts with a letter, is at most 30
//! characters, and holds only letters, digits, `-`, `.` and `_`.
//!
//! - [`Username::parse`] is the only constructor: a [`Username`] value is
//!   valid by construction. Each [`UsernameError`] names the rule broken and
//!   where, so a server can return it verbatim as a SCIM `invalidValue` detail.
//! - [`Username::from_login`] derives the username from an Okta login: the
//!   local part of an email (`john.doe@example.com` → `john.doe`), or a
//!   non-email login as is.
//! - [`takeover`] decides whether an existing directory account may become
//!   managed by Okta; [`rename`] applies the seed's rename rule;
//!   [`collision_report`] lists problems in a batch of logins before anything
//!   is provisioned.
//!
//! **Case:** a username is stored exactly as given, and compared
//! case-insensitively for uniqueness ([`Username::key`]): `John.Doe` and
//! `john.doe` cannot both exist in one organisation.
//!
//! ```
//! use username_rules::{Username, UsernameError, takeover, Account, TakeoverRefusal};
//!
//! let u = Username::from_login("john.doe@example.com")?;
//! assert_eq!(u.as_str(), "john.doe");
//! assert!(matches!(Username::parse("9lives"), Err(UsernameError::MustStartWithLetter { .. })));
//!
//! // An existing unbound "john.doe" can be taken over by the login john.doe@example.com...
//! assert!(takeover("john.doe@example.com", &Account { username: "john.doe", bound_resources: 0 }).is_ok());
//! // ...but not while it is bound to a device.
//! assert!(matches!(
//!     takeover("john.doe@example.com", &Account { username: "john.doe", bound_resources: 2 }),
//!     Err(TakeoverRefusal::BoundToResources { count: 2 })
//! ));
//! # Ok::<(), UsernameError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::collections::BTreeMap;
use std::fmt;

/// The longest username allowed (macOS/Linux rule from the seed).
pub const MAX_LEN: usize = 30;
/// Windows' limit for local account names (sAMAccountName): longer names work
/// on macOS and Linux but are truncated or refused on Windows.
pub const WINDOWS_MAX_LEN: usize = 20;

/// System account names that may never be provisioned (compared
/// case-insensitively). They exist on stock Linux, macOS or Windows systems,
/// and taking one over would hand a user a system identity.
pub const RESERVED: &[&str] = &[
    "root",
    "daemon",
    "bin",
    "sys",
    "sync",
    "games",
    "man",
    "lp",
    "mail",
    "news",
    "uucp",
    "proxy",
    "www-data",
    "backup",
    "list",
    "irc",
    "gnats",
    "nobody",
    "nogroup",
    "systemd-network",
    "systemd-resolve",
    "systemd-timesync",
    "messagebus",
    "sshd",
    "_apt",
    "polkitd",
    "admin",
    "administrator",
    "guest",
    "defaultaccount",
    "wdagutilityaccount",
    "operator",
    "adm",
    "wheel",
    "staff",
    "shutdown",
    "halt",
    "ftp",
    "postgres",
    "mysql",
    "dnsmasq",
    "avahi",
    "colord",
];

/// Why a string is not a valid username.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UsernameError {
    /// The name is empty (or the login's local part is).
    #[error("the username is empty")]
    Empty,
    /// More than [`MAX_LEN`] characters.
    #[error("the username must be 30 characters or less (it has {len})")]
    TooLong {
        /// Characters in the name.
        len: usize,
    },
    /// The first character is not a letter.
    #[error("the username must start with a letter (found '{found}')")]
    MustStartWithLetter {
        /// The offending first character.
        found: char,
    },
    /// A character outside letters, digits, `-`, `.`, `_`.
    #[error(
        "the username may only contain letters, digits, '-', '.' and '_' (found '{found}' at position {position})"
    )]
    InvalidCharacter {
        /// The character.
        found: char,
        /// 1-based character position.
        position: usize,
    },
    /// A reserved system account name.
    #[error("'{name}' is a reserved system account name")]
    Reserved {
        /// The name as given.
        name: String,
    },
}

/// Something legal but worth telling the admin.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum UsernameWarning {
    /// Longer than Windows' 20-character limit for local accounts.
    ExceedsWindowsLimit {
        /// Characters in the name.
        len: usize,
    },
}

impl fmt::Display for UsernameWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsernameWarning::ExceedsWindowsLimit { len } => write!(
                f,
                "the username has {len} characters; Windows devices allow at most {WINDOWS_MAX_LEN}"
            ),
        }
    }
}

/// A valid unix username. Construct it with [`Username::parse`] or
/// [`Username::from_login`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Username(String);

impl Username {
    /// Validates `s` against every rule.
    pub fn parse(s: &str) -> Result<Username, UsernameError> {
        let mut chars = s.chars();
        let Some(first) = chars.next() else {
            return Err(UsernameError::Empty);
        };
        if !first.is_ascii_alphabetic() {
            return Err(UsernameError::MustStartWithLetter { found: first });
        }
        if let Some((i, c)) = s
            .chars()
            .enumerate()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')))
        {
            return Err(UsernameError::InvalidCharacter {
                found: c,
                position: i + 1,
            });
        }
        // All characters are ASCII from here, so bytes == characters.
        if s.len() > MAX_LEN {
            return Err(UsernameError::TooLong { len: s.len() });
        }
        if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(s)) {
            return Err(UsernameError::Reserved {
                name: s.to_string(),
            });
        }
        Ok(Username(s.to_string()))
    }

    /// Derives the username from an Okta login: the local part of an email
    /// (everything before the last `@`), or a non-email login as is.
    pub fn from_login(login: &str) -> Result<Username, UsernameError> {
        Username::parse(email_prefix(login))
    }

    /// Derives a valid username from any login: the email prefix with every
    /// invalid character replaced by `_`, prefixed with `u` when it does not
    /// start with a letter, cut to 30 characters, and suffixed with `_` when
    /// it is reserved. Used only by orgs that opt into sanitizing instead of
    /// refusing (the seed's default is to refuse).
    pub fn sanitized_from_login(login: &str) -> Result<Username, UsernameError> {
        let prefix = email_prefix(login);
        if prefix.is_empty() {
            return Err(UsernameError::Empty);
        }
        let mut s: String = prefix
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if !s.starts_with(|c: char| c.is_ascii_alphabetic()) {
            s.insert(0, 'u');
        }
        s.truncate(MAX_LEN);
        if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(&s)) {
            s.truncate(MAX_LEN - 1);
            s.push('_');
        }
        Username::parse(&s)
    }

    /// The name as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The uniqueness key: the name in lower case.
    pub fn key(&self) -> String {
        self.0.to_ascii_lowercase()
    }

    /// Warnings for a legal name.
    pub fn warnings(&self) -> Vec<UsernameWarning> {
        let mut w = Vec::new();
        if self.0.len() > WINDOWS_MAX_LEN {
            w.push(UsernameWarning::ExceedsWindowsLimit { len: self.0.len() });
        }
        w
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Username {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// The unix group name for a directory group's display name, derived as
/// usernames are and held to the same rules: lower case, every run of
/// characters a name cannot hold (spaces, `/`, accents...) becomes one `-`,
/// `g` in front when it does not start with a letter, cut to [`MAX_LEN`], `_`
/// at the end when it is reserved. "Engineering / Mac Admins" gives
/// `engineering-mac-admins`. A name with nothing usable (`"!!"`) is
/// [`UsernameError::Empty`]; two groups that give the same name are a
/// collision for the caller to report, never merged.
pub fn group_name(display_name: &str) -> Result<Username, UsernameError> {
    let mut s = String::with_capacity(display_name.len());
    for c in display_name.trim().chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '_') {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    let s = s.trim_matches('-');
    if s.is_empty() {
        return Err(UsernameError::Empty);
    }
    let mut s = if s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        s.to_string()
    } else {
        format!("g{s}")
    };
    s.truncate(MAX_LEN);
    let mut s = s.trim_end_matches('-').to_string();
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(&s)) {
        s.truncate(MAX_LEN - 1);
        s.push('_');
    }
    Username::parse(&s)
}

/// The part of a login before its last `@` (the whole login when it has none).
pub fn email_prefix(login: &str) -> &str {
    login.rsplit_once('@').map_or(login, |(local, _)| local)
}

/// What [`takeover`] needs to know about an existing directory account.
#[derive(Debug, Clone, Copy)]
pub struct Account<'a> {
    /// Its username.
    pub username: &'a str,
    /// How many resources (devices, ...) it is bound to.
    pub bound_resources: usize,
}

/// Why an existing account cannot be taken over by an Okta login.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TakeoverRefusal {
    /// The username differs from the login's email prefix.
    #[error("the existing username '{username}' does not equal the email prefix '{prefix}' of the Okta login")]
    PrefixMismatch {
        /// Existing username.
        username: String,
        /// The login's prefix.
        prefix: String,
    },
    /// The account is bound to resources (seed: "The user can't be bound to
    /// any resources at the time of account takeover").
    #[error("the existing user is bound to {count} resource(s); unbind them before Okta can take the account over")]
    BoundToResources {
        /// Number of bound resources.
        count: usize,
    },
}

/// Whether the account may become managed by Okta through `login`: only if
/// its username equals the login's email prefix exactly and it is bound to
/// no resources.
pub fn takeover(login: &str, existing: &Account<'_>) -> Result<(), TakeoverRefusal> {
    let prefix = email_prefix(login);
    if existing.username != prefix {
        return Err(TakeoverRefusal::PrefixMismatch {
            username: existing.username.to_string(),
            prefix: prefix.to_string(),
        });
    }
    if existing.bound_resources > 0 {
        return Err(TakeoverRefusal::BoundToResources {
            count: existing.bound_resources,
        });
    }
    Ok(())
}

/// The vendor's message when a bound user's username is kept.
pub const BOUND_RENAME_MESSAGE: &str =
    "The username cannot be modified because the user is bound to one or more resources";

/// The outcome of Okta changing a user's login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rename {
    /// The derived username did not change.
    Unchanged,
    /// The user is unbound: rename to this.
    To(Username),
    /// The user is bound to resources: the username is kept; the message is
    /// [`BOUND_RENAME_MESSAGE`].
    KeptBecauseBound {
        /// The username the login would have produced.
        wanted: Username,
    },
}

/// Applies the seed's rename rule for a user whose login changes to `new_login`.
pub fn rename(
    current: &str,
    new_login: &str,
    bound_resources: usize,
) -> Result<Rename, UsernameError> {
    let wanted = Username::from_login(new_login)?;
    if wanted.as_str() == current {
        return Ok(Rename::Unchanged);
    }
    if bound_resources > 0 {
        return Ok(Rename::KeptBecauseBound { wanted });
    }
    Ok(Rename::To(wanted))
}

/// One finding of a [`collision_report`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// Several logins derive the same username (case-insensitively).
    Collision {
        /// The shared username key.
        username: String,
        /// The logins, in input order.
        logins: Vec<String>,
    },
    /// A login derives no valid username.
    Invalid {
        /// The login.
        login: String,
        /// Why.
        error: UsernameError,
    },
    /// A login's username matches an existing account: it will be taken over
    /// if that account is unbound and the case matches, or refused otherwise.
    MatchesExisting {
        /// The login.
        login: String,
        /// The existing username.
        existing: String,
    },
}

/// Lists, before anything is provisioned, the logins that collide with each
/// other (`john.doe@a.com` and `john.doe@b.com`), that are invalid, or that
/// land on an existing username. Logins are compared as usernames, i.e.
/// case-insensitively.
pub fn collision_report<'a>(
    logins: impl IntoIterator<Item = &'a str>,
    existing: impl IntoIterator<Item = &'a str>,
) -> Vec<Finding> {
    let existing: BTreeMap<String, &str> = existing
        .into_iter()
        .map(|e| (e.to_ascii_lowercase(), e))
        .collect();
    let mut by_key: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut findings = Vec::new();
    for login in logins {
        match Username::from_login(login) {
            Ok(u) => {
                if let Some(e) = existing.get(&u.key()) {
                    findings.push(Finding::MatchesExisting {
                        login: login.to_string(),
                        existing: (*e).to_string(),
                    });
                }
                by_key.entry(u.key()).or_default().push(login.to_string());
            }
            Err(error) => findings.push(Finding::Invalid {
                login: login.to_string(),
                error,
            }),
        }
    }
    for (username, logins) in by_key {
        if logins.len() > 1 {
            findings.push(Finding::Collision { username, logins });
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_examples() {
        assert_eq!(
            Username::from_login("john.doe@example.com").map(|u| u.0),
            Ok("john.doe".into())
        );
        assert!(Username::parse("a").is_ok());
        assert!(Username::parse(&"a".repeat(30)).is_ok());
        assert_eq!(
            Username::parse(&"a".repeat(31)),
            Err(UsernameError::TooLong { len: 31 })
        );
        assert_eq!(
            Username::parse("_x"),
            Err(UsernameError::MustStartWithLetter { found: '_' })
        );
        assert_eq!(
            Username::parse("jo hn"),
            Err(UsernameError::InvalidCharacter {
                found: ' ',
                position: 3
            })
        );
        assert_eq!(
            Username::parse("john@x"),
            Err(UsernameError::InvalidCharacter {
                found: '@',
                position: 5
            })
        );
        assert!(Username::parse("a-b.c_d9").is_ok());
        assert_eq!(Username::parse(""), Err(UsernameError::Empty));
        assert_eq!(
            Username::from_login("@example.com"),
            Err(UsernameError::Empty)
        );
        assert!(matches!(
            Username::parse("Root"),
            Err(UsernameError::Reserved { .. })
        ));
        assert!(matches!(
            Username::parse("é"),
            Err(UsernameError::MustStartWithLetter { .. })
        ));
    }

    #[test]
    fn error_messages_name_the_rule() {
        let e = Username::parse("ab$c").expect_err("invalid");
        assert_eq!(
            e.to_string(),
            "the username may only contain letters, digits, '-', '.' and '_' (found '$' at position 3)"
        );
    }

    #[test]
    fn sanitizing_always_yields_a_valid_name() {
        let u =
            Username::sanitized_from_login("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d").expect("valid");
        assert_eq!(u.as_str(), "u9b1deb4d-3b7d-4bad-9bdd-2b0d7");
        assert_eq!(
            Username::sanitized_from_login("jo hn@x.com").map(|u| u.0),
            Ok("jo_hn".into())
        );
        assert_eq!(
            Username::sanitized_from_login("root@x.com").map(|u| u.0),
            Ok("root_".into())
        );
        assert_eq!(
            Username::sanitized_from_login("@x.com"),
            Err(UsernameError::Empty)
        );
    }

    #[test]
    fn windows_warning() {
        let u = Username::parse("abcdefghijklmnopqrstu").expect("21 chars is legal");
        assert_eq!(
            u.warnings(),
            vec![UsernameWarning::ExceedsWindowsLimit { len: 21 }]
        );
        assert!(Username::parse("short").expect("ok").warnings().is_empty());
    }

    #[test]
    fn case_is_kept_and_key_folds() {
        let u = Username::from_login("John.Doe@Example.com").expect("ok");
        assert_eq!(u.as_str(), "John.Doe");
        assert_eq!(u.key(), "john.doe");
    }

    #[test]
    fn takeover_rules() {
        let ok = Account {
            username: "john.doe",
            bound_resources: 0,
        };
        assert_eq!(takeover("john.doe@example.com", &ok), Ok(()));
        let other = Account {
            username: "jdoe",
            bound_resources: 0,
        };
        assert!(matches!(
            takeover("john.doe@example.com", &other),
            Err(TakeoverRefusal::PrefixMismatch { .. })
        ));
        let case = Account {
            username: "John.Doe",
            bound_resources: 0,
        };
        assert!(matches!(
            takeover("john.doe@example.com", &case),
            Err(TakeoverRefusal::PrefixMismatch { .. })
        ));
    }

    #[test]
    fn rename_rules() {
        assert_eq!(
            rename("john.doe", "john.doe@new.com", 3),
            Ok(Rename::Unchanged)
        );
        assert_eq!(
            rename("john.doe", "jd@x.com", 0),
            Ok(Rename::To(Username("jd".into())))
        );
        assert_eq!(
            rename("john.doe", "jd@x.com", 1),
            Ok(Rename::KeptBecauseBound {
                wanted: Username("jd".into())
            })
        );
        assert!(rename("john.doe", "1jd@x.com", 0).is_err());
    }

    #[test]
    fn collisions() {
        let report = collision_report(
            [
                "john.doe@a.com",
                "John.Doe@b.com",
                "9bad@x.com",
                "amy@x.com",
            ],
            ["amy", "zed"],
        );
        assert!(report.contains(&Finding::Collision {
            username: "john.doe".into(),
            logins: vec!["john.doe@a.com".into(), "John.Doe@b.com".into()],
        }));
        assert!(report
            .iter()
            .any(|f| matches!(f, Finding::Invalid { login, .. } if login == "9bad@x.com")));
        assert!(report.contains(&Finding::MatchesExisting {
            login: "amy@x.com".into(),
            existing: "amy".into()
        }));
        assert_eq!(report.len(), 3);
    }
}
