//! The organisation's password policy, evaluated with reasons.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// An org password policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordPolicy {
    /// Minimum length in characters.
    pub min_length: usize,
    /// Require an upper-case letter.
    pub require_uppercase: bool,
    /// Require a lower-case letter.
    pub require_lowercase: bool,
    /// Require a digit.
    pub require_digit: bool,
    /// Require a character that is not a letter or digit.
    pub require_symbol: bool,
    /// Refuse passwords that contain the username (case-insensitively).
    pub disallow_username: bool,
    /// Days until a password expires; `None`: never expires (the seed
    /// recommends this for Okta-managed users).
    pub max_age_days: Option<u32>,
    /// How many previous passwords may not be reused (0: no history).
    pub history_depth: usize,
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy {
            min_length: 8,
            require_uppercase: true,
            require_lowercase: true,
            require_digit: true,
            require_symbol: false,
            disallow_username: true,
            max_age_days: None,
            history_depth: 0,
        }
    }
}

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PolicyViolation {
    /// Shorter than the minimum.
    TooShort {
        /// The minimum.
        min: usize,
        /// The actual length.
        actual: usize,
    },
    /// No upper-case letter.
    MissingUppercase,
    /// No lower-case letter.
    MissingLowercase,
    /// No digit.
    MissingDigit,
    /// No symbol.
    MissingSymbol,
    /// Contains the username.
    ContainsUsername,
    /// Equals one of the last `depth` passwords.
    RecentlyUsed {
        /// The history depth.
        depth: usize,
    },
}

impl std::fmt::Display for PolicyViolation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PolicyViolation::TooShort { min, actual } => {
                write!(
                    f,
                    "at least {min} characters are required (it has {actual})"
                )
            }
            PolicyViolation::MissingUppercase => f.write_str("an upper-case letter is required"),
            PolicyViolation::MissingLowercase => f.write_str("a lower-case letter is required"),
            PolicyViolation::MissingDigit => f.write_str("a digit is required"),
            PolicyViolation::MissingSymbol => f.write_str("a symbol is required"),
            PolicyViolation::ContainsUsername => f.write_str("it must not contain the username"),
            PolicyViolation::RecentlyUsed { depth } => {
                write!(f, "it must differ from the last {depth} passwords")
            }
        }
    }
}

/// Joins violations into one sentence.
pub fn describe(v: &[PolicyViolation]) -> String {
    v.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl PasswordPolicy {
    /// Every rule `password` breaks (empty: it complies). The history rule
    /// is checked by the caller with [`crate::material::verify`] against the
    /// stored verifiers, since that costs one argon2 verification each.
    pub fn evaluate(&self, password: &str, username: &str) -> Vec<PolicyViolation> {
        let mut v = Vec::new();
        let len = password.chars().count();
        if len < self.min_length {
            v.push(PolicyViolation::TooShort {
                min: self.min_length,
                actual: len,
            });
        }
        if self.require_uppercase && !password.chars().any(char::is_uppercase) {
            v.push(PolicyViolation::MissingUppercase);
        }
        if self.require_lowercase && !password.chars().any(char::is_lowercase) {
            v.push(PolicyViolation::MissingLowercase);
        }
        if self.require_digit && !password.chars().any(|c| c.is_ascii_digit()) {
            v.push(PolicyViolation::MissingDigit);
        }
        if self.require_symbol && !password.chars().any(|c| !c.is_alphanumeric()) {
            v.push(PolicyViolation::MissingSymbol);
        }
        if self.disallow_username
            && !username.is_empty()
            && password.to_lowercase().contains(&username.to_lowercase())
        {
            v.push(PolicyViolation::ContainsUsername);
        }
        v
    }

    /// When a password changed at `changed_at` expires (`None`: never).
    pub fn expires_at(&self, changed_at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.max_age_days
            .map(|d| changed_at + Duration::days(i64::from(d)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn okta_placeholder_fails_default_policy_with_reasons() {
        let p = PasswordPolicy::default();
        // Okta's random placeholder from the shared doc.
        let v = p.evaluate("1mz050nq", "test.user");
        assert_eq!(v, vec![PolicyViolation::MissingUppercase]);
        assert!(p.evaluate("Corr3ct-Horse", "test.user").is_empty());
        let v = p.evaluate("xTest.User1", "test.user");
        assert_eq!(v, vec![PolicyViolation::ContainsUsername]);
        assert_eq!(
            describe(&p.evaluate("a", "u")),
            "at least 8 characters are required (it has 1); an upper-case letter is required; a digit is required"
        );
    }

    #[test]
    fn expiry() {
        let now = Utc::now();
        assert_eq!(PasswordPolicy::default().expires_at(now), None);
        let p = PasswordPolicy {
            max_age_days: Some(90),
            ..Default::default()
        };
        assert_eq!(p.expires_at(now), Some(now + Duration::days(90)));
    }
}
