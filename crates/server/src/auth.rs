//! Credentials: admin API keys (`Authorization: Bearer <key>`, a raw
//! `Authorization: <key>` as Okta's "HTTP Header" mode sends it, or
//! `x-api-key: <key>`), device credentials, and a per-key rate limit.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::DefaultClock;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use directory::{AdminRole, Session, SessionKind, Stage};

use crate::error::ApiError;
use crate::session::{check_csrf, current_session_of, is_safe, presented_session};
use crate::AppState;

/// The authenticated tenant of a SCIM or admin request.
#[derive(Debug, Clone)]
pub struct Tenant {
    /// Org id.
    pub org_id: String,
    /// Admin id.
    pub admin_id: String,
    /// Admin email (for the audit log).
    pub admin_email: String,
    /// What the admin may do.
    pub role: AdminRole,
    /// The session, when the request came with one instead of an API key.
    pub session: Option<Session>,
}

impl Tenant {
    /// Refuses unless the request comes from a session that signed in
    /// (with MFA) within the re-authentication window: what generating
    /// an API key or managing admins needs. `what` names the action.
    pub fn recent_session(&self, state: &AppState, what: &str) -> Result<&Session, ApiError> {
        let Some(s) = &self.session else {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                None,
                format!("{what} needs a signed-in admin, not an API key: sign in (POST /api/v1/sign-in, with MFA) and retry within {} s", state.dir.sign_in_policy().reauth_secs),
            ));
        };
        state.dir.require_recent_sign_in(s)?;
        Ok(s)
    }
}

/// The credential presented, from any of the accepted headers.
pub fn presented_key(h: &HeaderMap) -> Option<String> {
    if let Some(v) = h
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        let v = v.trim();
        let key = match v.split_once(' ') {
            Some((scheme, rest))
                if scheme.eq_ignore_ascii_case("bearer")
                    || scheme.eq_ignore_ascii_case("token") =>
            {
                rest.trim()
            }
            _ => v,
        };
        if !key.is_empty() {
            return Some(key.to_string());
        }
    }
    h.get("x-api-key")
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The per-key rate limit: governor's GCRA (a token bucket without a
/// background refill), keyed by the admin's id.
pub struct RateLimiter {
    /// `None`: no limit.
    inner: Option<governor::DefaultKeyedRateLimiter<String>>,
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimiter")
            .field("limited", &self.inner.is_some())
            .finish()
    }
}

impl RateLimiter {
    /// `rate` requests per second with bursts of `burst`; a rate of 0 (or
    /// less, or not a number) means no limit.
    pub fn new(rate: f64, burst: f64) -> Self {
        let quota = (rate.is_finite() && rate > 0.0)
            .then(|| governor::Quota::with_period(Duration::from_secs_f64(1.0 / rate)))
            .flatten()
            .map(|q| {
                // At least one request; a burst beyond u32 is no limit anyway.
                let burst = burst.clamp(1.0, f64::from(u32::MAX)) as u32;
                q.allow_burst(NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN))
            });
        RateLimiter {
            inner: quota.map(governor::RateLimiter::keyed),
        }
    }

    /// Takes a request for `key`, or returns the whole seconds to wait.
    pub fn check(&self, key: &str) -> Result<(), u64> {
        let Some(l) = &self.inner else { return Ok(()) };
        l.check_key(&key.to_string()).map_err(|not_until| {
            let wait =
                not_until.wait_time_from(governor::clock::Clock::now(&DefaultClock::default()));
            wait.as_secs_f64().ceil().max(1.0) as u64
        })
    }
}

/// Middleware for `/scim/v2`: resolves the API key to a tenant (refusing
/// MTP admins' and read-only admins' keys) and applies the per-key rate
/// limit. Sessions are not accepted here: SCIM is for Okta.
pub async fn require_tenant(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let Some(key) = presented_key(req.headers()) else {
        return Err(ApiError::unauthorized(
            "an API key is required: 'Authorization: Bearer <key>' or 'x-api-key: <key>'",
        ));
    };
    let tenant = key_tenant(&state, &key).await?;
    if tenant.role != AdminRole::Admin {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            None,
            "this API key belongs to a read-only admin and cannot provision: use the key of an admin with the 'admin' role",
        ));
    }
    req.extensions_mut().insert(tenant);
    Ok(next.run(req).await)
}

/// The tenant an API key names, rate limited per key.
async fn key_tenant(state: &AppState, key: &str) -> Result<Tenant, ApiError> {
    let principal = state.dir.resolve_api_key(key).await?;
    crate::request::record_principal(&format!("admin:{}", principal.admin.id));
    let org_id = principal.tenant_org()?.to_string();
    if let Err(wait) = state.limiter.check(&principal.admin.id) {
        let mut e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            None,
            "rate limit exceeded for this API key",
        );
        e.retry_after = Some(wait);
        return Err(e);
    }
    Ok(Tenant {
        org_id,
        admin_id: principal.admin.id.clone(),
        admin_email: principal.admin.email.clone(),
        role: principal.admin.role,
        session: None,
    })
}

/// Middleware for `/api/v1`: an API key, or an admin session cookie that
/// has signed in fully (a state-changing request must carry its CSRF
/// token). A read-only admin only reads.
pub async fn require_admin(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let tenant = if let Some(key) = presented_key(req.headers()) {
        key_tenant(&state, &key).await?
    } else if let Some(token) = presented_session(
        req.headers(),
        state.config.secure_cookies,
        SessionKind::Admin,
    ) {
        let token = zeroize::Zeroizing::new(token);
        let session = current_session_of(&state, &token).await?;
        check_csrf(&state, req.method(), req.headers(), &token)?;
        match session.stage {
            Stage::Full => {}
            Stage::Mfa => {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    None,
                    "the sign-in is not finished: send the second factor (POST /api/v1/sign-in/totp, /sign-in/recovery-code or /sign-in/passkey/start)",
                ))
            }
            Stage::EnrolMfa => {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    None,
                    "the organization requires MFA: enrol a second factor first (POST /api/v1/me/mfa/totp or /api/v1/me/mfa/passkeys/start)",
                ))
            }
        }
        let admin = state.dir.session_admin(&session).await?;
        crate::request::record_principal(&format!("admin:{}", admin.id));
        Tenant {
            org_id: session.org_id.clone(),
            admin_id: admin.id,
            admin_email: admin.email,
            role: admin.role,
            session: Some(session),
        }
    } else {
        return Err(ApiError::unauthorized(
            "an API key ('Authorization: Bearer <key>') or a session (POST /api/v1/sign-in) is required",
        ));
    };
    if tenant.role == AdminRole::ReadOnly && !is_safe(req.method()) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            None,
            "read-only admins cannot change anything",
        ));
    }
    req.extensions_mut().insert(tenant);
    Ok(next.run(req).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_header_shapes() {
        let mut h = HeaderMap::new();
        h.insert("authorization", "Bearer dk_abc".parse().expect("h"));
        assert_eq!(presented_key(&h).as_deref(), Some("dk_abc"));
        h.insert("authorization", "dk_raw".parse().expect("h"));
        assert_eq!(presented_key(&h).as_deref(), Some("dk_raw"));
        let mut h = HeaderMap::new();
        h.insert("x-api-key", "dk_x".parse().expect("h"));
        assert_eq!(presented_key(&h).as_deref(), Some("dk_x"));
        assert_eq!(presented_key(&HeaderMap::new()), None);
    }

    #[test]
    fn no_rate_means_no_limit() {
        let l = RateLimiter::new(0.0, 0.0);
        for _ in 0..10_000 {
            assert!(l.check("k").is_ok());
        }
    }

    #[test]
    fn a_refusal_says_how_long_to_wait() {
        // One request every two seconds, no burst: the second waits 2 s.
        let l = RateLimiter::new(0.5, 1.0);
        assert!(l.check("k").is_ok());
        assert_eq!(l.check("k"), Err(2));
    }

    #[test]
    fn bucket_refills() {
        let l = RateLimiter::new(1000.0, 2.0);
        assert!(l.check("k").is_ok());
        assert!(l.check("k").is_ok());
        assert!(l.check("k").is_err());
        assert!(l.check("other").is_ok());
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(l.check("k").is_ok());
    }
}
