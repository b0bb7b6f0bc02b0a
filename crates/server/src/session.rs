//! Sessions over HTTP: the cookies, CSRF, the client's address, and the
//! sign-in, MFA and session routes of `/api/v1` (admins) whose directory
//! side is `directory::signin` and `directory::mfa`.
//!
//! A session token travels only in a cookie: `__Host-` prefixed, `Secure`
//! when the server is reached over TLS (served itself, or a public URL
//! that is `https://`), always `HttpOnly` and `SameSite=Strict`, with no
//! lifetime of its own (the server ends sessions). Every state-changing
//! request with a session cookie must send the session's CSRF token in
//! `X-CSRF-Token`; the sign-in's answer carries it.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use cookie::{Cookie, SameSite};
use directory::{NewSession, Session, SessionKind};
use serde::Deserialize;
use serde_json::{json, Value};
use zeroize::Zeroizing;

use crate::body::JsonBody;
use crate::error::ApiError;
use crate::openapi::ErrorBody;
use crate::AppState;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The header state-changing requests carry the CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The peer address of a connection, put on every request by `run`.
#[derive(Debug, Clone, Copy)]
pub struct PeerAddr(pub SocketAddr);

/// The name of the session cookie for `kind`.
pub fn cookie_name(secure: bool, kind: SessionKind) -> &'static str {
    match (secure, kind) {
        (true, SessionKind::Admin) => "__Host-directory-admin",
        (true, SessionKind::User) => "__Host-directory-user",
        (false, SessionKind::Admin) => "directory-admin",
        (false, SessionKind::User) => "directory-user",
    }
}

/// The `Set-Cookie` value that hands out a session token.
pub fn set_cookie(secure: bool, kind: SessionKind, token: &str) -> Option<HeaderValue> {
    let c = Cookie::build((cookie_name(secure, kind), token))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .build();
    HeaderValue::from_str(&c.to_string()).ok()
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie(secure: bool, kind: SessionKind) -> Option<HeaderValue> {
    let mut c = Cookie::build((cookie_name(secure, kind), ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .build();
    c.make_removal();
    HeaderValue::from_str(&c.to_string()).ok()
}

/// The session token a request presents for `kind`, if any.
pub fn presented_session(h: &HeaderMap, secure: bool, kind: SessionKind) -> Option<String> {
    let name = cookie_name(secure, kind);
    h.get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| Cookie::split_parse(v.to_string()))
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
        .filter(|v| !v.is_empty())
}

/// The client's address: the peer's, or, when the peer is a trusted
/// proxy, the nearest untrusted hop of `X-Forwarded-For`.
pub fn client_address(
    state: &AppState,
    parts_headers: &HeaderMap,
    peer: Option<PeerAddr>,
) -> String {
    let Some(PeerAddr(peer)) = peer else {
        return "unknown".into();
    };
    let trusted = &state.config.trusted_proxies;
    if !trusted.contains(&peer.ip()) {
        return peer.ip().to_string();
    }
    let hops: Vec<IpAddr> = parts_headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    hops.iter()
        .rev()
        .find(|ip| !trusted.contains(ip))
        .map(|ip| ip.to_string())
        .unwrap_or_else(|| peer.ip().to_string())
}

/// Whether a method changes nothing (no CSRF token needed).
pub fn is_safe(m: &Method) -> bool {
    matches!(*m, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Refuses a state-changing request whose CSRF token is missing or wrong.
pub fn check_csrf(
    state: &AppState,
    method: &Method,
    h: &HeaderMap,
    token: &str,
) -> Result<(), ApiError> {
    if is_safe(method) {
        return Ok(());
    }
    let presented = h
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if presented.is_empty() || !state.dir.csrf_matches(token, presented) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            None,
            "a state-changing request with a session needs the session's CSRF token in the X-CSRF-Token header (from the sign-in's answer or GET /api/v1/session)",
        ));
    }
    Ok(())
}

/// A request's session of one kind, its CSRF token checked.
#[derive(Debug)]
pub struct Authed {
    /// The cookie's token.
    pub token: Zeroizing<String>,
    /// The session.
    pub session: Session,
    /// The client's address.
    pub address: String,
}

/// An admin's session (any stage), from the admin cookie.
#[derive(Debug)]
pub struct AdminSession(pub Authed);

/// A user's session, from the user portal cookie.
#[derive(Debug)]
pub struct UserSession(pub Authed);

/// The session a token names, or a 401 saying it has ended.
pub async fn current_session_of(s: &AppState, token: &str) -> Result<Session, ApiError> {
    s.dir.session(token).await.map_err(|e| match e {
        directory::DirectoryError::Unauthorized => ApiError::unauthorized(
            "the session has ended (signed out, revoked or expired): sign in again",
        ),
        e => e.into(),
    })
}

async fn authed(parts: &mut Parts, s: &AppState, kind: SessionKind) -> Result<Authed, ApiError> {
    let secure = s.config.secure_cookies;
    let Some(token) = presented_session(&parts.headers, secure, kind) else {
        return Err(ApiError::unauthorized(match kind {
            SessionKind::Admin => "sign in first: POST /api/v1/sign-in",
            SessionKind::User => "sign in first: POST /portal/v1/sign-in",
        }));
    };
    let token = Zeroizing::new(token);
    let session = current_session_of(s, &token).await?;
    if session.kind != kind {
        return Err(ApiError::unauthorized(
            "not a session of this portal: sign in again",
        ));
    }
    crate::request::record_principal(&format!(
        "{}:{}",
        match kind {
            SessionKind::Admin => "admin",
            SessionKind::User => "user",
        },
        session.subject
    ));
    check_csrf(s, &parts.method, &parts.headers, &token)?;
    let peer = parts.extensions.get::<PeerAddr>().copied();
    Ok(Authed {
        address: client_address(s, &parts.headers, peer),
        token,
        session,
    })
}

impl FromRequestParts<AppState> for AdminSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, ApiError> {
        authed(parts, s, SessionKind::Admin).await.map(AdminSession)
    }
}

impl FromRequestParts<AppState> for UserSession {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, ApiError> {
        authed(parts, s, SessionKind::User).await.map(UserSession)
    }
}

/// The client's address as an extractor.
#[derive(Debug)]
pub struct ClientAddr(pub String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, ApiError> {
        let peer = parts.extensions.get::<PeerAddr>().copied();
        Ok(ClientAddr(client_address(s, &parts.headers, peer)))
    }
}

/// The answer that hands out a new session: its cookie, the CSRF token and
/// the stage, with `extra` fields.
pub fn session_response(state: &AppState, new: &NewSession, extra: Value) -> Response {
    let mut body = json!({
        "stage": new.session.stage,
        "csrf_token": new.csrf_token,
        "session": {"id": new.session.id, "created_at": new.session.created_at},
    });
    match new.session.stage {
        directory::Stage::Mfa => {
            body["next"] = json!("POST /api/v1/sign-in/totp {\"code\"}, /api/v1/sign-in/recovery-code {\"code\"} or /api/v1/sign-in/passkey/start");
        }
        directory::Stage::EnrolMfa => {
            body["next"] = json!("the organization requires MFA: enrol with POST /api/v1/me/mfa/totp or /api/v1/me/mfa/passkeys/start");
        }
        directory::Stage::Full => {}
    }
    if let (Some(b), Some(e)) = (body.as_object_mut(), extra.as_object()) {
        b.extend(e.clone());
    }
    let mut r = Json(body).into_response();
    if let Some(v) = set_cookie(state.config.secure_cookies, new.session.kind, &new.token) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// The admin session routes under `/api/v1` (not behind the API key
/// middleware: each handler proves its session itself).
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(sign_in))
        .routes(routes!(sign_in_totp))
        .routes(routes!(sign_in_recovery))
        .routes(routes!(passkey_start))
        .routes(routes!(passkey_finish))
        .routes(routes!(sign_out))
        .routes(routes!(sign_out_everywhere))
        .routes(routes!(current_session))
        .routes(routes!(list_sessions))
        .routes(routes!(me))
        .routes(routes!(change_password))
        .routes(routes!(totp_start, totp_remove))
        .routes(routes!(totp_confirm))
        .routes(routes!(passkey_register_start))
        .routes(routes!(passkey_register_finish))
        .routes(routes!(passkey_remove))
        .routes(routes!(recovery_codes))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct SignIn {
    login: String,
    #[schema(value_type = String)]
    password: Zeroizing<String>,
}

#[utoipa::path(post, path = "/sign-in", tag = "sign-in", request_body = SignIn, responses((status = 200, description = "The session: its stage, CSRF token and id (the cookie is set)", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")))]
async fn sign_in(
    State(s): State<AppState>,
    ClientAddr(address): ClientAddr,
    headers: HeaderMap,
    JsonBody(req): JsonBody<SignIn>,
) -> Result<Response, ApiError> {
    let new = s
        .dir
        .admin_sign_in(&req.login, req.password, &address)
        .await?;
    // A session the client held before is ended: signing in always gives
    // a new id, and never leaves the old one behind.
    if let Some(old) = presented_session(&headers, s.config.secure_cookies, SessionKind::Admin) {
        s.dir.sign_out(&old).await?;
    }
    Ok(session_response(&s, &new, json!({})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct Code {
    #[schema(value_type = String)]
    code: Zeroizing<String>,
}

#[utoipa::path(post, path = "/sign-in/totp", tag = "sign-in", request_body = Code, responses((status = 200, description = "The session: its stage, CSRF token and id (the cookie is set)", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn sign_in_totp(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
    JsonBody(req): JsonBody<Code>,
) -> Result<Response, ApiError> {
    let new = s.dir.sign_in_totp(&a.token, &req.code, &a.address).await?;
    Ok(session_response(&s, &new, json!({})))
}

#[utoipa::path(post, path = "/sign-in/recovery-code", tag = "sign-in", request_body = Code, responses((status = 200, description = "The session: its stage, CSRF token and id (the cookie is set)", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn sign_in_recovery(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
    JsonBody(req): JsonBody<Code>,
) -> Result<Response, ApiError> {
    let new = s
        .dir
        .sign_in_recovery_code(&a.token, &req.code, &a.address)
        .await?;
    let left = s
        .dir
        .mfa_status(&new.session.subject)
        .await?
        .recovery_codes_left;
    Ok(session_response(
        &s,
        &new,
        json!({"recovery_codes_left": left}),
    ))
}

#[utoipa::path(post, path = "/sign-in/passkey/start", tag = "sign-in", responses((status = 200, description = "The WebAuthn challenge", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn passkey_start(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(s.dir.passkey_sign_in_start(&a.token).await?))
}

#[utoipa::path(post, path = "/sign-in/passkey/finish", tag = "sign-in", request_body = Value, responses((status = 200, description = "The session: its stage, CSRF token and id (the cookie is set)", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn passkey_finish(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
    JsonBody(credential): JsonBody<Value>,
) -> Result<Response, ApiError> {
    let new = s
        .dir
        .passkey_sign_in_finish(&a.token, &credential, &a.address)
        .await?;
    Ok(session_response(&s, &new, json!({})))
}

fn signed_out(s: &AppState, kind: SessionKind, body: Value) -> Response {
    let mut r = Json(body).into_response();
    if let Some(v) = clear_cookie(s.config.secure_cookies, kind) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    r
}

#[utoipa::path(post, path = "/sign-out", tag = "sign-in", responses((status = 200, description = "Signed out (the cookie is removed)", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn sign_out(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
) -> Result<Response, ApiError> {
    s.dir.sign_out(&a.token).await?;
    Ok(signed_out(&s, SessionKind::Admin, json!({"signed_out": 1})))
}

#[utoipa::path(post, path = "/sign-out-everywhere", tag = "sign-in", responses((status = 200, description = "Every session of the admin ended", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn sign_out_everywhere(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
) -> Result<Response, ApiError> {
    let n = s.dir.sign_out_everywhere(&a.session).await?;
    Ok(signed_out(&s, SessionKind::Admin, json!({"signed_out": n})))
}

#[utoipa::path(get, path = "/session", tag = "sign-in", responses((status = 200, description = "This session", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn current_session(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
) -> Result<Json<Value>, ApiError> {
    let recent = s.dir.require_recent_sign_in(&a.session).is_ok();
    Ok(Json(json!({
        "session": a.session,
        "csrf_token": s.dir.csrf_token(&a.token),
        "recent_sign_in": recent,
        "policy": {
            "idle_secs": s.dir.sign_in_policy().session_idle_secs,
            "absolute_secs": s.dir.sign_in_policy().session_absolute_secs,
            "reauth_secs": s.dir.sign_in_policy().reauth_secs,
        },
    })))
}

#[utoipa::path(get, path = "/sessions", tag = "sign-in", responses((status = 200, description = "The admin's sessions", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn list_sessions(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(
        json!({"sessions": s.dir.sessions_of(&a.session).await?}),
    ))
}

#[utoipa::path(get, path = "/me", tag = "sign-in", responses((status = 200, description = "The signed-in admin and their second factors", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn me(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
) -> Result<Json<Value>, ApiError> {
    let summary = s.dir.admin_summary(&a.session.subject).await?;
    Ok(Json(json!({"admin": summary, "stage": a.session.stage})))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct NewPassword {
    #[schema(value_type = String)]
    new_password: Zeroizing<String>,
}

#[utoipa::path(post, path = "/me/password", tag = "sign-in", request_body = NewPassword, responses((status = 204, description = "Changed; other sessions ended"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn change_password(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
    JsonBody(req): JsonBody<NewPassword>,
) -> Result<StatusCode, ApiError> {
    s.dir.require_recent_sign_in(&a.session)?;
    let admin = s.dir.session_admin(&a.session).await?;
    s.dir
        .set_admin_password(
            &admin.id,
            req.new_password,
            &format!("admin:{}", admin.email),
            Some(&a.session.id),
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/me/mfa/totp", tag = "sign-in", responses((status = 200, description = "The TOTP secret and its QR code, to confirm", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn totp_start(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
) -> Result<Response, ApiError> {
    let e = s.dir.totp_enrol_start(&a.token).await?;
    let mut r = Json(json!({
        "secret": e.secret.as_str(),
        "otpauth_uri": e.uri.as_str(),
        "qr_svg": e.qr_svg.as_str(),
        "next": "POST /api/v1/me/mfa/totp/confirm {\"code\"} with a code from the app",
    }))
    .into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

fn enrolled_response(s: &AppState, e: directory::Enrolled) -> Response {
    let codes: Option<Vec<&str>> = e
        .recovery_codes
        .as_ref()
        .map(|c| c.0.iter().map(|c| c.as_str()).collect());
    let extra = json!({"enrolled": true, "recovery_codes": codes});
    let mut r = match &e.session {
        Some(new) => session_response(s, new, extra),
        None => Json(extra).into_response(),
    };
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

#[utoipa::path(post, path = "/me/mfa/totp/confirm", tag = "sign-in", request_body = Code, responses((status = 200, description = "Enrolled: recovery codes, shown once, and a new session", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn totp_confirm(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
    JsonBody(req): JsonBody<Code>,
) -> Result<Response, ApiError> {
    let e = s.dir.totp_enrol_confirm(&a.token, &req.code).await?;
    Ok(enrolled_response(&s, e))
}

#[utoipa::path(delete, path = "/me/mfa/totp", tag = "sign-in", responses((status = 204, description = "Removed"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn totp_remove(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
) -> Result<StatusCode, ApiError> {
    s.dir.remove_totp(&a.token).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct PasskeyName {
    name: String,
}

#[utoipa::path(post, path = "/me/mfa/passkeys/start", tag = "sign-in", request_body = PasskeyName, responses((status = 200, description = "The WebAuthn creation options", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn passkey_register_start(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
    JsonBody(req): JsonBody<PasskeyName>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(
        s.dir.passkey_register_start(&a.token, &req.name).await?,
    ))
}

#[utoipa::path(post, path = "/me/mfa/passkeys/finish", tag = "sign-in", request_body = Value, responses((status = 200, description = "Registered", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn passkey_register_finish(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
    JsonBody(credential): JsonBody<Value>,
) -> Result<Response, ApiError> {
    let e = s.dir.passkey_register_finish(&a.token, &credential).await?;
    Ok(enrolled_response(&s, e))
}

#[utoipa::path(delete, path = "/me/mfa/passkeys/{id}", tag = "sign-in", params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Removed"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn passkey_remove(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.dir.remove_passkey(&a.token, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/me/mfa/recovery-codes", tag = "sign-in", responses((status = 200, description = "New recovery codes, shown once", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("admin_session" = [])))]
async fn recovery_codes(
    State(s): State<AppState>,
    AdminSession(a): AdminSession,
) -> Result<Response, ApiError> {
    let codes = s.dir.new_recovery_codes(&a.token).await?;
    let list: Vec<&str> = codes.0.iter().map(|c| c.as_str()).collect();
    let mut r = Json(
        json!({"recovery_codes": list, "note": "shown once; the previous codes no longer work"}),
    )
    .into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_flags() {
        let v = set_cookie(true, SessionKind::Admin, "ds_abc").expect("cookie");
        let v = v.to_str().expect("ascii");
        assert!(v.starts_with("__Host-directory-admin=ds_abc"), "{v}");
        for flag in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/"] {
            assert!(v.contains(flag), "{flag} in {v}");
        }
        assert!(!v.contains("Domain"), "a __Host- cookie has no Domain");
        let plain = set_cookie(false, SessionKind::User, "ds_x").expect("cookie");
        let plain = plain.to_str().expect("ascii");
        assert!(plain.starts_with("directory-user=ds_x") && !plain.contains("Secure"));
        let gone = clear_cookie(true, SessionKind::Admin).expect("cookie");
        assert!(gone.to_str().expect("ascii").contains("Max-Age=0"));
    }

    #[test]
    fn presented_cookie_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; __Host-directory-admin=ds_tok; b=2"),
        );
        assert_eq!(
            presented_session(&h, true, SessionKind::Admin).as_deref(),
            Some("ds_tok")
        );
        assert_eq!(presented_session(&h, false, SessionKind::Admin), None);
        assert_eq!(presented_session(&h, true, SessionKind::User), None);
    }
}
