//! Enrolment tokens: what an admin hands to a device instead of an API key.
//! Each is single-use and expires; the directory keeps only its SHA-256,
//! and the token is shown once, like an API key. Using one enrols the
//! device in the token's org and marks the token used in the same
//! transaction, so two devices racing on one token get one enrolment.

use std::time::Duration;

use agent_protocol::{Device, ENROLMENT_TOKEN_TAG};
use password_sync::{Platform, Zeroizing};
use serde::Serialize;
use serde_json::json;

use crate::crypto::{new_secret, secret_digest, secret_prefix};
use crate::db::{fmt_time, now_str};
use crate::error::{DirectoryError, Result};
use crate::reads::Cols;
use crate::Directory;

/// The shortest and longest life an enrolment token may be given.
pub const ENROLMENT_TOKEN_TTL: std::ops::RangeInclusive<Duration> =
    Duration::from_secs(60)..=Duration::from_secs(7 * 24 * 3600);

/// A minted enrolment token: the token itself is shown once.
#[derive(Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrolmentToken {
    /// `et_...` (zeroized when dropped).
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub token: Zeroizing<String>,
    /// When it stops working (RFC 3339, UTC).
    pub expires_at: String,
}

impl std::fmt::Debug for EnrolmentToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "EnrolmentToken {{ token: [redacted], expires_at: {} }}",
            self.expires_at
        )
    }
}

impl Directory {
    /// Mints a single-use enrolment token for `org_id` that expires after
    /// `ttl` (within [`ENROLMENT_TOKEN_TTL`]); `actor` is the admin.
    pub async fn mint_enrolment_token(
        &self,
        org_id: &str,
        actor: &str,
        ttl: Duration,
    ) -> Result<EnrolmentToken> {
        if !ENROLMENT_TOKEN_TTL.contains(&ttl) {
            return Err(DirectoryError::BadRequest(format!(
                "an enrolment token lives between {} and {} seconds, not {}",
                ENROLMENT_TOKEN_TTL.start().as_secs(),
                ENROLMENT_TOKEN_TTL.end().as_secs(),
                ttl.as_secs()
            )));
        }
        self.org_settings(org_id).await?;
        let s = new_secret(ENROLMENT_TOKEN_TAG);
        let ttl = chrono::Duration::from_std(ttl).map_err(DirectoryError::internal)?;
        let expires_at = fmt_time(chrono::Utc::now() + ttl);
        let mut c = self.change(org_id, actor, "device.enrolment_token").await?;
        c.tx()
            .query(
                "INSERT INTO enrolment_tokens (prefix, hash, org_id, created_by, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&s.prefix)
            .bind(&s.hash)
            .bind(org_id)
            .bind(actor)
            .bind(now_str())
            .bind(&expires_at)
            .execute()
            .await?;
        // The prefix names the token in the log without revealing it.
        c.commit(Some(&s.prefix), json!({"expires_at": expires_at}))
            .await?;
        Ok(EnrolmentToken {
            token: s.secret,
            expires_at,
        })
    }

    /// Enrols a device with an enrolment token, which is used up. A token
    /// that is unknown, already used or expired is refused alike
    /// ([`DirectoryError::Unauthorized`]): which of them it was is for the
    /// audit log, not for whoever holds it.
    pub async fn enroll_with_token(
        &self,
        token: &str,
        name: &str,
        platform: Platform,
    ) -> Result<(Device, Zeroizing<String>)> {
        let prefix =
            secret_prefix(token, ENROLMENT_TOKEN_TAG).ok_or(DirectoryError::Unauthorized)?;
        // The lookup by prefix and the constant-time compare API keys use.
        let row = self
            .row_for_secret(
                token,
                &secret_digest(token),
                ENROLMENT_TOKEN_TAG,
                "SELECT org_id, hash, expires_at, used_at FROM enrolment_tokens WHERE prefix = $1",
            )
            .await?;
        let org_id = row.text("org_id")?;
        let now = now_str();
        let why = if row.opt_text("used_at")?.is_some() {
            Some("used")
        } else if row.text("expires_at")? <= now {
            Some("expired")
        } else {
            None
        };
        if let Some(why) = why {
            self.audit(
                &org_id,
                &format!("token:{prefix}"),
                "device.enroll",
                None,
                "refused",
                json!({"token": why}),
            )
            .await;
            return Err(DirectoryError::Unauthorized);
        }
        let actor = format!("token:{prefix}");
        let mut c = self.change(&org_id, &actor, "device.enroll").await?;
        let (device, secret) = self.insert_device(&mut c, &org_id, name, platform).await?;
        // Used in this transaction, or by a racing enrolment first.
        let n = c
            .tx()
            .query(
                "UPDATE enrolment_tokens SET used_at = $1, device_id = $2 \
                 WHERE prefix = $3 AND used_at IS NULL AND expires_at > $1",
            )
            .bind(&now)
            .bind(&device.id)
            .bind(prefix)
            .execute()
            .await?;
        if n != 1 {
            return Err(DirectoryError::Unauthorized);
        }
        c.commit(
            Some(&device.id),
            json!({"name": name, "platform": platform}),
        )
        .await?;
        Ok((device, secret))
    }
}
