//! Credentials: admin API keys (`Authorization: Bearer <key>`, a raw
//! `Authorization: <key>` as Okta's "HTTP Header" mode sends it, or
//! `x-api-key: <key>`), device credentials, and a per-key rate limit.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use crate::error::ApiError;
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

/// A token bucket per key.
#[derive(Debug)]
pub struct RateLimiter {
    rate: f64,
    burst: f64,
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl RateLimiter {
    /// `rate` requests per second with bursts of `burst`.
    pub fn new(rate: f64, burst: f64) -> Self {
        RateLimiter {
            rate,
            burst,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes a token for `key`, or returns the seconds to wait.
    pub fn check(&self, key: &str) -> Result<(), u64> {
        let mut b = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let (tokens, last) = b.entry(key.to_string()).or_insert((self.burst, now));
        *tokens = (*tokens + now.duration_since(*last).as_secs_f64() * self.rate).min(self.burst);
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) / self.rate).ceil().max(1.0) as u64)
        }
    }
}

/// Middleware for `/scim/v2` and `/api/v1`: resolves the key to a tenant
/// (refusing MTP admins' keys) and applies the per-key rate limit.
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
    let principal = state.dir.resolve_api_key(&key).await?;
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
    req.extensions_mut().insert(Tenant {
        org_id,
        admin_id: principal.admin.id.clone(),
        admin_email: principal.admin.email.clone(),
    });
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
