//! The one place that maps errors to HTTP: every error answers with SCIM
//! Error JSON (`schemas`, `status` as a string, `detail`, `scimType`).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use directory::DirectoryError;
use scim_core::{error_body, ScimError, ScimType};

/// An HTTP-facing error.
#[derive(Debug)]
pub struct ApiError {
    /// Status.
    pub status: StatusCode,
    /// SCIM `scimType`, if any.
    pub scim_type: Option<ScimType>,
    /// Human detail (no secrets).
    pub detail: String,
    /// `Retry-After` seconds (429).
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// A new error.
    pub fn new(status: StatusCode, scim_type: Option<ScimType>, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            scim_type,
            detail: detail.into(),
            retry_after: None,
        }
    }
    /// 400 invalidSyntax.
    pub fn syntax(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            Some(ScimType::InvalidSyntax),
            detail,
        )
    }
    /// 401.
    pub fn unauthorized(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, None, detail)
    }
    /// 404.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, None, detail)
    }
}

impl From<ScimError> for ApiError {
    fn from(e: ScimError) -> Self {
        let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::BAD_REQUEST);
        ApiError::new(status, e.scim_type(), e.to_string())
    }
}

/// Seconds a client is asked to wait when the database is unavailable.
pub const STORAGE_RETRY_AFTER_SECS: u64 = 2;

impl From<DirectoryError> for ApiError {
    fn from(e: DirectoryError) -> Self {
        use password_sync::PasswordSyncError as P;
        match e {
            DirectoryError::Scim(s) => s.into(),
            DirectoryError::NotFound(what) => ApiError::not_found(format!("{what} not found")),
            DirectoryError::InvalidUsername(u) => ApiError::new(
                StatusCode::BAD_REQUEST,
                Some(ScimType::InvalidValue),
                format!("invalid username: {u}"),
            ),
            DirectoryError::Unauthorized => {
                ApiError::unauthorized("invalid or revoked credentials")
            }
            DirectoryError::Forbidden(d) => ApiError::new(StatusCode::FORBIDDEN, None, d),
            DirectoryError::Password(P::Policy(v)) => ApiError::new(
                StatusCode::BAD_REQUEST,
                Some(ScimType::InvalidValue),
                format!(
                    "the password does not meet the policy: {}",
                    password_sync::policy::describe(&v)
                ),
            ),
            DirectoryError::Password(
                p @ (P::InvalidTransition { .. } | P::Backwards { .. } | P::Suspended),
            ) => ApiError::new(StatusCode::CONFLICT, None, p.to_string()),
            DirectoryError::Password(P::UnknownDevice(d)) => {
                ApiError::not_found(format!("{d} not found"))
            }
            DirectoryError::Conflict(d) => ApiError::new(StatusCode::CONFLICT, None, d),
            DirectoryError::BadRequest(d) => {
                ApiError::new(StatusCode::BAD_REQUEST, Some(ScimType::InvalidValue), d)
            }
            e @ DirectoryError::SignInFailed => ApiError::unauthorized(e.to_string()),
            e @ DirectoryError::Throttled { retry_after_secs } => {
                let mut r = ApiError::new(StatusCode::TOO_MANY_REQUESTS, None, e.to_string());
                r.retry_after = Some(retry_after_secs);
                r
            }
            e @ DirectoryError::ReauthRequired { .. } => {
                ApiError::new(StatusCode::FORBIDDEN, None, e.to_string())
            }
            busy @ DirectoryError::Busy { retry_after_secs } => {
                let mut e = ApiError::new(StatusCode::TOO_MANY_REQUESTS, None, busy.to_string());
                e.retry_after = Some(retry_after_secs);
                e
            }
            DirectoryError::VersionMismatch { current } => ApiError::new(
                StatusCode::PRECONDITION_FAILED,
                None,
                format!("If-Match does not match the current version W/\"{current}\""),
            ),
            DirectoryError::Storage(s) if s.is_unavailable() => {
                // The database is unreachable (restarting, say): a retry
                // will do. Okta retries a 503 that names when.
                tracing::warn!(error = %s, "storage unavailable");
                let mut e = ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    None,
                    "the directory's database is unavailable; retry later",
                );
                e.retry_after = Some(STORAGE_RETRY_AFTER_SECS);
                e
            }
            other => {
                // Storage and internal errors: log the cause, answer generically.
                tracing::error!(error = %other, "request failed");
                ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, None, "internal error")
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = error_body(self.status.as_u16(), self.scim_type, &self.detail);
        let mut r = (self.status, body.to_string()).into_response();
        r.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(crate::SCIM_CONTENT_TYPE),
        );
        if let Some(s) = self.retry_after {
            if let Ok(v) = HeaderValue::from_str(&s.to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        if self.status == StatusCode::UNAUTHORIZED {
            r.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_hash_queue_is_a_429_with_retry_after() {
        let r = ApiError::from(DirectoryError::Busy {
            retry_after_secs: 7,
        })
        .into_response();
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(
            r.headers().get(header::RETRY_AFTER).map(|v| v.as_bytes()),
            Some(&b"7"[..])
        );
        assert_eq!(
            r.headers().get(header::CONTENT_TYPE).map(|v| v.as_bytes()),
            Some(crate::SCIM_CONTENT_TYPE.as_bytes())
        );
    }
}
