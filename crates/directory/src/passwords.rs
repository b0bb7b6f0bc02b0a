//! Turning a plaintext password into what the directory keeps: whether it
//! is the user's current one, and if not its material, derived once on the
//! hash pool (off the executor, one derivation per core at a time).
//! Where a new version goes from there is `password_sync`'s decision,
//! carried out by [`crate::change::Change::sync`].

use password_sync::material::{self, CredentialMaterial, Verifier};
use password_sync::{PasswordPolicy, PolicyViolation, Zeroizing};

use crate::crypto::ServerKey;
use crate::error::Result;
use crate::Directory;

/// The outcome of checking an Okta password against the stored verifier.
pub(crate) enum PasswordInput {
    /// Equal to the current password.
    Unchanged,
    /// A new password: its material (derived off the executor) and policy result.
    New {
        material: Box<CredentialMaterial>,
        violations: Vec<PolicyViolation>,
        /// The keyed MAC of (user, password), for the fast unchanged check;
        /// empty when none may be kept.
        mac: String,
    },
}

impl Directory {
    /// Whether `plaintext` is the user's current password, and if not its
    /// material. The fast path is a keyed MAC comparison (microseconds); an
    /// argon2 verification is the fallback for rows without a MAC. Derivation
    /// runs on the hash pool, at most one per core at a time (each takes
    /// ~19 MiB for argon2id), so a burst cannot exhaust memory.
    pub(crate) async fn password_input(
        &self,
        user_id: &str,
        plaintext: Zeroizing<String>,
        verifier: Option<String>,
        pw_mac: Option<String>,
        unix_username: &str,
        policy: &PasswordPolicy,
    ) -> Result<PasswordInput> {
        let mac = self.key.password_mac(user_id, &plaintext);
        if pw_mac
            .as_deref()
            .is_some_and(|m| ServerKey::mac_eq(&mac, m))
        {
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

    /// Whether `password` is the one whose argon2 `verifier` is stored (on
    /// the hash pool).
    pub(crate) async fn verify_password(
        &self,
        verifier: String,
        password: Zeroizing<String>,
    ) -> Result<bool> {
        self.hash_pool
            .run(move |mem| material::verify_in(&Verifier::from_phc(verifier), &password, mem))
            .await
    }
}
