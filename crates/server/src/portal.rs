//! The user portal under `/portal/v1`: a user signs in with the directory
//! password (the one Okta set), then sees their own profile, changes their
//! password and, where the org allows it, attributes. A user's session
//! reaches only that user's own record.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Json, Router};
use directory::{DirectoryError, SessionKind};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use crate::body::JsonBody;
use crate::error::ApiError;
use crate::session::{presented_session, session_response, ClientAddr, UserSession};
use crate::AppState;

/// The portal routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/v1/sign-in", post(sign_in))
        .route("/portal/v1/sign-out", post(sign_out))
        .route("/portal/v1/me", get(me))
        .route("/portal/v1/password", post(portal_password))
        .route("/portal/v1/attributes", post(portal_attributes))
}

/// The org of a portal sign-in: given, or the only one.
pub(crate) async fn portal_org(s: &AppState, given: Option<String>) -> Result<String, ApiError> {
    if let Some(o) = given {
        return Ok(o);
    }
    let orgs = s.dir.list_orgs().await?;
    match orgs.as_slice() {
        [one] => Ok(one.id.clone()),
        _ => Err(ApiError::syntax(
            "'org_id' is required on a multi-tenant server",
        )),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SignIn {
    org_id: Option<String>,
    username: String,
    password: Zeroizing<String>,
}

async fn sign_in(
    State(s): State<AppState>,
    ClientAddr(address): ClientAddr,
    headers: axum::http::HeaderMap,
    JsonBody(req): JsonBody<SignIn>,
) -> Result<Response, ApiError> {
    let org = portal_org(&s, req.org_id).await?;
    let new = s
        .dir
        .user_sign_in(&org, &req.username, req.password, &address)
        .await?;
    if let Some(old) = presented_session(&headers, s.config.secure_cookies, SessionKind::User) {
        s.dir.sign_out(&old).await?;
    }
    Ok(session_response(&s, &new, json!({})))
}

async fn sign_out(
    State(s): State<AppState>,
    UserSession(u): UserSession,
) -> Result<Response, ApiError> {
    s.dir.sign_out(&u.token).await?;
    let mut r = axum::response::IntoResponse::into_response(Json(json!({"signed_out": 1})));
    if let Some(v) = crate::session::clear_cookie(s.config.secure_cookies, SessionKind::User) {
        r.headers_mut().append(axum::http::header::SET_COOKIE, v);
    }
    Ok(r)
}

/// The session's user, if still active: a suspended user's sessions end.
pub(crate) async fn active_user(
    s: &AppState,
    u: &crate::session::Authed,
) -> Result<Value, ApiError> {
    let profile = match s
        .dir
        .portal_profile(&u.session.org_id, &u.session.subject)
        .await
    {
        Ok(p) => p,
        Err(DirectoryError::NotFound(_)) => {
            s.dir.sign_out(&u.token).await?;
            return Err(ApiError::unauthorized(
                "the session has ended: sign in again",
            ));
        }
        Err(e) => return Err(e.into()),
    };
    if profile["state"] == directory::state::SUSPENDED {
        s.dir.sign_out(&u.token).await?;
        return Err(ApiError::unauthorized(
            "the account is suspended; the session has ended",
        ));
    }
    Ok(profile)
}

async fn me(
    State(s): State<AppState>,
    UserSession(u): UserSession,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(active_user(&s, &u).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PortalPassword {
    current_password: Zeroizing<String>,
    new_password: Zeroizing<String>,
}

async fn portal_password(
    State(s): State<AppState>,
    UserSession(u): UserSession,
    JsonBody(req): JsonBody<PortalPassword>,
) -> Result<Json<Value>, ApiError> {
    active_user(&s, &u).await?;
    s.dir
        .portal_change_password(
            &u.session.org_id,
            &u.session.subject,
            req.current_password,
            req.new_password,
        )
        .await?;
    Ok(Json(
        json!({"changed": true, "note": "this change is not sent to Okta; Okta's next push overwrites it"}),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PortalAttributes {
    attributes: Map<String, Value>,
}

async fn portal_attributes(
    State(s): State<AppState>,
    UserSession(u): UserSession,
    JsonBody(req): JsonBody<PortalAttributes>,
) -> Result<StatusCode, ApiError> {
    active_user(&s, &u).await?;
    s.dir
        .portal_update_attributes(&u.session.org_id, &u.session.subject, &req.attributes)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
