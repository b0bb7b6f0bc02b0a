//! Per-user password status: version, source, expiry, drift, policy violations.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::policy::{PasswordPolicy, PolicyViolation};
use crate::{Action, PasswordSyncError};

/// Where the current password came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Source {
    /// Pushed by Okta over SCIM (the source of truth).
    Okta,
    /// Changed by the user in the directory's user portal: not sent back to
    /// Okta, so the two diverge.
    Portal,
}

/// The password side of a user, as the admin "Details panel" shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordStatus {
    /// Monotonic password version; 0 = no password yet.
    pub version: u64,
    /// Source of the current version.
    pub source: Option<Source>,
    /// When the current version was set.
    pub changed_at: Option<DateTime<Utc>>,
    /// When it expires (`None`: never).
    pub expires_at: Option<DateTime<Utc>>,
    /// The directory's password diverged from Okta's (a portal change).
    pub drift: bool,
    /// Non-empty when the current password broke the policy: it is stored
    /// but not deliverable to devices (Okta's placeholder passwords).
    pub policy_violations: Vec<PolicyViolation>,
}

impl PasswordStatus {
    /// Whether the password has expired at `now`.
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_some_and(|e| now >= e)
    }

    /// Whether the current version may be sent to devices.
    pub fn deliverable(&self) -> bool {
        self.version > 0 && self.policy_violations.is_empty()
    }

    fn new_version(
        &mut self,
        source: Source,
        violations: Vec<PolicyViolation>,
        policy: &PasswordPolicy,
        now: DateTime<Utc>,
    ) -> Vec<Action> {
        self.version += 1;
        self.source = Some(source);
        self.changed_at = Some(now);
        self.expires_at = policy.expires_at(now);
        let mut actions = vec![Action::StoreNewVersion {
            version: self.version,
        }];
        if violations.is_empty() {
            self.policy_violations.clear();
            actions.push(Action::FanOut {
                version: self.version,
            });
        } else {
            self.policy_violations = violations.clone();
            actions.push(Action::PolicyViolationRecorded { violations });
        }
        actions
    }

    /// Okta pushed a password. `unchanged` is the result of verifying it
    /// against the stored verifier ([`crate::material::verify`]): an unchanged
    /// password produces no version and no device work (Okta re-sends the
    /// password on every sign-in). A changed one always becomes a new version,
    /// even when it breaks the policy (Okta's placeholder on create): it is then
    /// recorded as a violation and not delivered.
    pub fn okta_push(
        &mut self,
        unchanged: bool,
        violations: Vec<PolicyViolation>,
        policy: &PasswordPolicy,
        now: DateTime<Utc>,
    ) -> Vec<Action> {
        if unchanged && self.version > 0 {
            if self.drift {
                // Okta's password equals the directory's again.
                self.drift = false;
                self.source = Some(Source::Okta);
                return vec![Action::DriftResolved];
            }
            return Vec::new();
        }
        let mut actions = self.new_version(Source::Okta, violations, policy, now);
        if self.drift {
            self.drift = false;
            actions.push(Action::DriftResolved);
        }
        actions
    }

    /// The user changed the password in the user portal. Policy violations
    /// are refused here (the user is present to pick another). The password
    /// goes to devices, and the user is marked as diverged from Okta.
    pub fn portal_change(
        &mut self,
        violations: Vec<PolicyViolation>,
        policy: &PasswordPolicy,
        now: DateTime<Utc>,
    ) -> Result<Vec<Action>, PasswordSyncError> {
        if !violations.is_empty() {
            return Err(PasswordSyncError::Policy(violations));
        }
        let mut actions = self.new_version(Source::Portal, Vec::new(), policy, now);
        if !self.drift {
            self.drift = true;
            actions.push(Action::DriftDetected);
        }
        Ok(actions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_push_is_a_no_op() {
        let p = PasswordPolicy::default();
        let now = Utc::now();
        let mut s = PasswordStatus::default();
        let a = s.okta_push(false, vec![], &p, now);
        assert_eq!(
            a,
            vec![
                Action::StoreNewVersion { version: 1 },
                Action::FanOut { version: 1 }
            ]
        );
        assert!(s.okta_push(true, vec![], &p, now).is_empty());
        assert_eq!(s.version, 1);
    }

    #[test]
    fn placeholder_is_stored_but_not_deliverable() {
        let p = PasswordPolicy::default();
        let mut s = PasswordStatus::default();
        let a = s.okta_push(
            false,
            vec![PolicyViolation::MissingUppercase],
            &p,
            Utc::now(),
        );
        assert!(matches!(a[1], Action::PolicyViolationRecorded { .. }));
        assert!(!s.deliverable());
        s.okta_push(false, vec![], &p, Utc::now());
        assert!(s.deliverable());
    }

    #[test]
    fn drift_detected_then_overwritten_by_okta() {
        let p = PasswordPolicy::default();
        let mut s = PasswordStatus::default();
        s.okta_push(false, vec![], &p, Utc::now());
        let a = s.portal_change(vec![], &p, Utc::now()).expect("ok");
        assert!(a.contains(&Action::DriftDetected));
        assert!(s.drift);
        assert_eq!(s.source, Some(Source::Portal));
        let a = s.okta_push(false, vec![], &p, Utc::now());
        assert!(a.contains(&Action::DriftResolved));
        assert!(a.contains(&Action::FanOut { version: 3 }));
        assert!(!s.drift);
        assert!(s
            .portal_change(vec![PolicyViolation::MissingDigit], &p, Utc::now())
            .is_err());
    }

    #[test]
    fn expiry_follows_policy() {
        let p = PasswordPolicy {
            max_age_days: Some(1),
            ..Default::default()
        };
        let now = Utc::now();
        let mut s = PasswordStatus::default();
        s.okta_push(false, vec![], &p, now);
        assert!(!s.is_expired(now));
        assert!(s.is_expired(now + chrono::Duration::days(2)));
    }
}
