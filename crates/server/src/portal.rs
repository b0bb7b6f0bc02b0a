//! The user portal under `/portal/v1`: a user signs in with the directory
//! password (the one Okta set), then sees their own profile, changes their
//! password and, where the org allows it, attributes. A user's session
//! reaches only that user's own record.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use directory::{DirectoryError, SessionKind};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use crate::body::JsonBody;
use crate::error::ApiError;
use crate::openapi::ErrorBody;
use crate::session::{presented_session, session_response, ClientAddr, UserSession};
use crate::AppState;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The portal routes.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(sign_in))
        .routes(routes!(sign_out))
        .routes(routes!(me))
        .routes(routes!(portal_password))
        .routes(routes!(portal_attributes))
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

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct SignIn {
    org_id: Option<String>,
    username: String,
    #[schema(value_type = String)]
    password: Zeroizing<String>,
}

#[utoipa::path(post, path = "/portal/v1/sign-in", tag = "portal", request_body = SignIn, responses((status = 200, description = "The user's session (the cookie is set)", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")))]
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

#[utoipa::path(post, path = "/portal/v1/sign-out", tag = "portal", responses((status = 200, description = "Signed out", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("user_session" = [])))]
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

#[utoipa::path(get, path = "/portal/v1/me", tag = "portal", responses((status = 200, description = "The user's own profile", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("user_session" = [])))]
async fn me(
    State(s): State<AppState>,
    UserSession(u): UserSession,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(active_user(&s, &u).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct PortalPassword {
    #[schema(value_type = String)]
    current_password: Zeroizing<String>,
    #[schema(value_type = String)]
    new_password: Zeroizing<String>,
}

#[utoipa::path(post, path = "/portal/v1/password", tag = "portal", request_body = PortalPassword, responses((status = 200, description = "Changed (a local change Okta will overwrite)", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("user_session" = [])))]
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

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct PortalAttributes {
    #[schema(value_type = Object)]
    attributes: Map<String, Value>,
}

#[utoipa::path(post, path = "/portal/v1/attributes", tag = "portal", request_body = PortalAttributes, responses((status = 204, description = "Saved"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("user_session" = [])))]
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
