//! The admin API under `/api/v1` (a tenant admin's API key, or a signed-in
//! admin session; see `auth::require_admin`): users and their details
//! panel, suspend/restore, local users, settings, the admin's own API key
//! (a recent sign-in only), admins, devices and bindings, diagnostics
//! (with the sign-in attempts) and the collision report.

use agent_protocol::{EnrollRequest, EnrollResponse};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use directory::OrgSettings;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::Tenant;
use crate::body::JsonBody;
use crate::error::ApiError;
use crate::openapi::ErrorBody;
use crate::AppState;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// The admin routes (behind the tenant middleware), each with its OpenAPI
/// description (`#[utoipa::path]` on its handler, which also gives the path).
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_users, create_local_user))
        .routes(routes!(user_details))
        .routes(routes!(suspend))
        .routes(routes!(restore))
        .routes(routes!(bind))
        .routes(routes!(unbind))
        .routes(routes!(get_settings, put_settings))
        .routes(routes!(rotate_key))
        .routes(routes!(list_devices, enroll_device))
        .routes(routes!(device_details))
        .routes(routes!(mint_enrolment_token))
        .routes(routes!(diagnostics))
        .routes(routes!(collision_report))
        .routes(routes!(list_admins, add_admin))
        .routes(routes!(admin_details))
        .routes(routes!(disable_admin))
        .routes(routes!(enable_admin))
        .routes(routes!(reset_admin_mfa))
        .routes(routes!(user_access))
        .routes(routes!(list_device_groups, create_device_group))
        .routes(routes!(
            device_group,
            rename_device_group,
            delete_device_group
        ))
        .routes(routes!(add_to_device_group, remove_from_device_group))
        .routes(routes!(list_group_bindings, create_group_binding))
        .routes(routes!(group_binding, delete_group_binding))
        .routes(routes!(unix_groups))
        .routes(routes!(group_convergence))
        .fallback(crate::scim::not_found)
}

/// `?limit=N&after=CURSOR` of the users list.
#[derive(Deserialize)]
struct PageQuery {
    limit: Option<usize>,
    after: Option<String>,
}

/// The users list, a page at a time (100 by default, at most
/// `directory::MAX_USER_PAGE`): `{"users": [...], "next": CURSOR|null}`.
#[utoipa::path(get, path = "/users", tag = "admin", params(("limit" = Option<usize>, Query, description = "Users per page (100; at most 500)"), ("after" = Option<String>, Query, description = "The previous page's next cursor")), responses((status = 200, description = "A page of users and the next cursor", body = directory::UserPage), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn list_users(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    RawQuery(q): RawQuery,
) -> Result<Json<directory::UserPage>, ApiError> {
    let q: PageQuery = query_as(q.as_deref())?;
    let page = s
        .dir
        .list_user_details(&t.org_id, q.after.as_deref(), q.limit.unwrap_or(100))
        .await?;
    Ok(Json(page))
}

/// A query string decoded into `T` (by way of a JSON object of its pairs),
/// refusals naming the parameter.
fn query_as<T: serde::de::DeserializeOwned>(q: Option<&str>) -> Result<T, ApiError> {
    let mut m = serde_json::Map::new();
    for (k, v) in form_urlencoded::parse(q.unwrap_or("").as_bytes()) {
        let v = match v.parse::<u64>() {
            Ok(n) => Value::from(n),
            Err(_) => Value::String(v.into_owned()),
        };
        m.insert(k.into_owned(), v);
    }
    serde_json::from_value(Value::Object(m))
        .map_err(|e| ApiError::syntax(format!("invalid query: {e}")))
}

#[utoipa::path(get, path = "/users/{id}", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 200, description = "The Details panel", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn user_details(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(
        serde_json::to_value(s.dir.user_details(&t.org_id, &id).await?).unwrap_or_default(),
    ))
}

#[derive(Deserialize, utoipa::ToSchema)]
struct LocalUser {
    username: String,
}

#[utoipa::path(post, path = "/users", tag = "admin", request_body = LocalUser, responses((status = 201, description = "The local user", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn create_local_user(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(req): JsonBody<LocalUser>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let d = s.dir.create_local_user(&t.org_id, &req.username).await?;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::to_value(d).unwrap_or_default()),
    ))
}

#[utoipa::path(post, path = "/users/{id}/suspend", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Suspended"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn suspend(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.dir
        .set_user_state(&t.org_id, &id, false, &format!("admin:{}", t.admin_email))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/users/{id}/restore", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Restored"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn restore(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.dir
        .set_user_state(&t.org_id, &id, true, &format!("admin:{}", t.admin_email))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
struct BindReq {
    device_id: String,
}

#[utoipa::path(post, path = "/users/{id}/bindings", tag = "admin", request_body = BindReq, params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Bound"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn bind(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    JsonBody(req): JsonBody<BindReq>,
) -> Result<StatusCode, ApiError> {
    s.dir.bind(&t.org_id, &id, &req.device_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/users/{id}/bindings/{device}", tag = "admin", params(("id" = String, Path, description = "The id"), ("device" = String, Path, description = "The device's id")), responses((status = 204, description = "Unbound"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn unbind(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path((id, device)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    s.dir.unbind(&t.org_id, &id, &device).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/settings", tag = "admin", responses((status = 200, description = "The org's settings", body = directory::OrgSettings), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn get_settings(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<OrgSettings>, ApiError> {
    Ok(Json(s.dir.org_settings(&t.org_id).await?))
}

#[utoipa::path(put, path = "/settings", tag = "admin", request_body = directory::OrgSettings, responses((status = 200, description = "The settings as saved", body = directory::OrgSettings), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn put_settings(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(settings): JsonBody<OrgSettings>,
) -> Result<Json<OrgSettings>, ApiError> {
    s.dir
        .set_org_settings(&t.org_id, &settings, &format!("admin:{}", t.admin_email))
        .await?;
    Ok(Json(settings))
}

/// Generates a new key for the calling admin: shown once; the key used for
/// this call stops working at once.
#[utoipa::path(post, path = "/api-key", tag = "admin", responses((status = 201, description = "The new API key, shown once", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn rotate_key(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    t.recent_session(&s, "generating an API key")?;
    // Audited by the directory, in the rotation's own transaction.
    let key = s.dir.generate_api_key(&t.admin_id).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"api_key": key.as_str(), "note": "shown once; the previous key is revoked"})),
    ))
}

#[utoipa::path(get, path = "/devices", tag = "admin", responses((status = 200, description = "The org's devices", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn list_devices(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(
        json!({"devices": s.dir.list_devices(&t.org_id).await?}),
    ))
}

/// One device: when it last checked in, the agent it runs, its bound users
/// and how far each is.
#[utoipa::path(get, path = "/devices/{id}", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 200, description = "The device, its agent and bound users", body = directory::DeviceDetails), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn device_details(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<directory::DeviceDetails>, ApiError> {
    Ok(Json(s.dir.device_details(&t.org_id, &id).await?))
}

/// The answer to an enrolment: the credential is in it, once.
pub(crate) fn enrolled(
    device: directory::Device,
    credential: zeroize::Zeroizing<String>,
) -> (StatusCode, Json<EnrollResponse>) {
    (
        StatusCode::CREATED,
        Json(EnrollResponse {
            protocol_version: agent_protocol::PROTOCOL_VERSION,
            device,
            credential,
            note: "the credential is shown once".into(),
        }),
    )
}

/// An admin enrols a device by hand (the credential is theirs to install).
#[utoipa::path(post, path = "/devices", tag = "admin", request_body = agent_protocol::EnrollRequest, responses((status = 201, description = "The device and its credential, shown once", body = agent_protocol::EnrollResponse), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn enroll_device(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(req): JsonBody<EnrollRequest>,
) -> Result<(StatusCode, Json<EnrollResponse>), ApiError> {
    let platform = req
        .platform()
        .map_err(|e| ApiError::syntax(e.to_string()))?;
    let (device, credential) = s.dir.enroll_device(&t.org_id, &req.name, platform).await?;
    Ok(enrolled(device, credential))
}

/// `POST /api/v1/enrolment-tokens`: `{}`, or `{"expires_in_seconds": N}`
/// (default one hour).
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct TokenReq {
    expires_in_seconds: Option<u64>,
}

/// Mints a single-use enrolment token for a device agent, shown once.
#[utoipa::path(post, path = "/enrolment-tokens", tag = "admin", request_body = TokenReq, responses((status = 201, description = "A single-use enrolment token, shown once", body = directory::EnrolmentToken), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn mint_enrolment_token(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(req): JsonBody<TokenReq>,
) -> Result<(StatusCode, Json<directory::EnrolmentToken>), ApiError> {
    let ttl = std::time::Duration::from_secs(req.expires_in_seconds.unwrap_or(3600));
    let token = s
        .dir
        .mint_enrolment_token(&t.org_id, &format!("admin:{}", t.admin_email), ttl)
        .await?;
    Ok((StatusCode::CREATED, Json(token)))
}

#[utoipa::path(get, path = "/diagnostics", tag = "admin", params(("limit" = Option<i64>, Query, description = "Entries (100; 1 to 10,000)")), responses((status = 200, description = "Audit entries and sign-in attempts, newest first", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn diagnostics(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    RawQuery(q): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let limit = q
        .as_deref()
        .and_then(|q| {
            form_urlencoded::parse(q.as_bytes())
                .find(|(k, _)| k == "limit")
                .and_then(|(_, v)| v.parse().ok())
        })
        .unwrap_or(100);
    Ok(Json(json!({
        "entries": s.dir.audit_log(&t.org_id, limit).await?,
        "sign_in_attempts": s.dir.sign_in_attempts(&t.org_id, limit).await?,
    })))
}

#[utoipa::path(get, path = "/admins", tag = "admin", responses((status = 200, description = "The org's admins", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn list_admins(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(json!({"admins": s.dir.list_admins(&t.org_id).await?})))
}

/// An admin of the tenant's org, or 404.
async fn org_admin(
    s: &AppState,
    t: &Tenant,
    id: &str,
) -> Result<directory::AdminSummary, ApiError> {
    let a = s.dir.admin_summary(id).await?;
    if a.admin.org_id.as_deref() != Some(t.org_id.as_str()) {
        return Err(ApiError::not_found(format!("admin {id} not found")));
    }
    Ok(a)
}

#[utoipa::path(get, path = "/admins/{id}", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 200, description = "The admin", body = directory::AdminSummary), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn admin_details(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<directory::AdminSummary>, ApiError> {
    Ok(Json(org_admin(&s, &t, &id).await?))
}

/// `POST /api/v1/admins`: `{"login", "password", "display_name"?, "role"?
/// ("admin" | "read_only"), "service_account"?}`; needs a recent sign-in.
#[utoipa::path(post, path = "/admins", tag = "admin", request_body = directory::NewAdmin, responses((status = 201, description = "The new admin", body = directory::AdminSummary), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn add_admin(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(req): JsonBody<directory::NewAdmin>,
) -> Result<(StatusCode, Json<directory::AdminSummary>), ApiError> {
    t.recent_session(&s, "adding an admin")?;
    let a = s
        .dir
        .add_admin(&t.org_id, req, &format!("admin:{}", t.admin_email))
        .await?;
    Ok((StatusCode::CREATED, Json(s.dir.admin_summary(&a.id).await?)))
}

async fn set_enabled(
    s: &AppState,
    t: &Tenant,
    id: &str,
    enabled: bool,
) -> Result<StatusCode, ApiError> {
    t.recent_session(s, "enabling or disabling an admin")?;
    org_admin(s, t, id).await?;
    s.dir
        .set_admin_enabled(&t.org_id, id, enabled, &format!("admin:{}", t.admin_email))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/admins/{id}/disable", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Disabled: sign-in and key refused, sessions ended"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn disable_admin(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    set_enabled(&s, &t, &id, false).await
}

#[utoipa::path(post, path = "/admins/{id}/enable", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Enabled"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn enable_admin(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    set_enabled(&s, &t, &id, true).await
}

/// Removes another admin's second factors (a lost device); they enrol
/// again at their next sign-in.
#[utoipa::path(post, path = "/admins/{id}/reset-mfa", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Second factors removed, sessions ended"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn reset_admin_mfa(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    t.recent_session(&s, "resetting an admin's MFA")?;
    org_admin(&s, &t, &id).await?;
    s.dir
        .reset_admin_mfa(&id, &format!("admin:{}", t.admin_email))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, utoipa::ToSchema)]
struct CollisionReq {
    logins: Vec<String>,
}

#[utoipa::path(post, path = "/collision-report", tag = "admin", request_body = CollisionReq, responses((status = 200, description = "Logins that collide or are invalid", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn collision_report(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(req): JsonBody<CollisionReq>,
) -> Result<Json<Value>, ApiError> {
    let findings = s.dir.collision_report(&t.org_id, &req.logins).await?;
    Ok(Json(json!({"findings": crate::findings_json(&findings)})))
}

/// Every device a user reaches and why: `[{"device_id", "device_name",
/// "direct", "via": [...], "admin_now", "admin_until"}]`.
#[utoipa::path(get, path = "/users/{id}/access", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 200, description = "The devices the user is on, and why", body = Vec<directory::Access>), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn user_access(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<Vec<directory::Access>>, ApiError> {
    Ok(Json(s.dir.user_access(&t.org_id, &id).await?))
}

#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct DeviceGroupReq {
    name: String,
}

#[utoipa::path(get, path = "/device-groups", tag = "admin", responses((status = 200, description = "The org's device groups", body = Vec<directory::DeviceGroup>), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn list_device_groups(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<Vec<directory::DeviceGroup>>, ApiError> {
    Ok(Json(s.dir.list_device_groups(&t.org_id).await?))
}

#[utoipa::path(post, path = "/device-groups", tag = "admin", request_body = DeviceGroupReq, responses((status = 201, description = "The device group", body = directory::DeviceGroup), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn create_device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(req): JsonBody<DeviceGroupReq>,
) -> Result<(StatusCode, Json<directory::DeviceGroup>), ApiError> {
    let g = s.dir.create_device_group(&t.org_id, &req.name).await?;
    Ok((StatusCode::CREATED, Json(g)))
}

#[utoipa::path(get, path = "/device-groups/{id}", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 200, description = "The device group and its devices", body = Value), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (g, devices) = s.dir.device_group(&t.org_id, &id).await?;
    Ok(Json(json!({"device_group": g, "devices": devices})))
}

#[utoipa::path(patch, path = "/device-groups/{id}", tag = "admin", request_body = DeviceGroupReq, params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Renamed"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn rename_device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    JsonBody(req): JsonBody<DeviceGroupReq>,
) -> Result<StatusCode, ApiError> {
    s.dir.rename_device_group(&t.org_id, &id, &req.name).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/device-groups/{id}", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Deleted; its bindings go with it"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn delete_device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.dir.delete_device_group(&t.org_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(put, path = "/device-groups/{id}/devices/{device}", tag = "admin", params(("id" = String, Path, description = "The id"), ("device" = String, Path, description = "The device's id")), responses((status = 204, description = "The device is in the group"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn add_to_device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path((id, device)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    s.dir.add_to_device_group(&t.org_id, &id, &device).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(delete, path = "/device-groups/{id}/devices/{device}", tag = "admin", params(("id" = String, Path, description = "The id"), ("device" = String, Path, description = "The device's id")), responses((status = 204, description = "The device is no longer in the group"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn remove_from_device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path((id, device)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    s.dir
        .remove_from_device_group(&t.org_id, &id, &device)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `{"group_id", "device_group_id" | "device_id", "admin"?, "admin_until"?
/// (RFC 3339), "unix_name"?}`.
#[derive(Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
struct GroupBindingReq {
    group_id: String,
    device_group_id: Option<String>,
    device_id: Option<String>,
    #[serde(default)]
    admin: bool,
    admin_until: Option<String>,
    unix_name: Option<String>,
}

#[utoipa::path(post, path = "/group-bindings", tag = "admin", request_body = GroupBindingReq, responses((status = 201, description = "The group binding", body = directory::GroupBinding), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn create_group_binding(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(req): JsonBody<GroupBindingReq>,
) -> Result<(StatusCode, Json<directory::GroupBinding>), ApiError> {
    let target = match (req.device_group_id, req.device_id) {
        (Some(g), None) => directory::BindingTarget::DeviceGroup(g),
        (None, Some(d)) => directory::BindingTarget::Device(d),
        _ => {
            return Err(ApiError::syntax(
                "give exactly one of device_group_id and device_id".to_string(),
            ))
        }
    };
    let admin_until = req
        .admin_until
        .as_deref()
        .map(|t| {
            chrono::DateTime::parse_from_rfc3339(t)
                .map(|d| d.timestamp())
                .map_err(|_| {
                    ApiError::syntax(format!(
                        "admin_until '{t}' is not an RFC 3339 time (2026-12-31T18:00:00Z)"
                    ))
                })
        })
        .transpose()?;
    let b = s
        .dir
        .create_group_binding(
            &t.org_id,
            &directory::NewGroupBinding {
                group_id: req.group_id,
                target,
                admin: req.admin,
                admin_until,
                unix_name: req.unix_name,
            },
        )
        .await?;
    Ok((StatusCode::CREATED, Json(b)))
}

#[utoipa::path(get, path = "/group-bindings", tag = "admin", responses((status = 200, description = "The org's group bindings", body = Vec<directory::GroupBinding>), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn list_group_bindings(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<Vec<directory::GroupBinding>>, ApiError> {
    Ok(Json(s.dir.group_bindings(&t.org_id).await?))
}

#[utoipa::path(get, path = "/group-bindings/{id}", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 200, description = "The group binding", body = directory::GroupBinding), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn group_binding(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<directory::GroupBinding>, ApiError> {
    Ok(Json(s.dir.group_binding(&t.org_id, &id).await?))
}

#[utoipa::path(delete, path = "/group-bindings/{id}", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 204, description = "Removed, with the access it gave"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn delete_group_binding(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.dir.delete_group_binding(&t.org_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/unix-groups", tag = "admin", responses((status = 200, description = "Groups bound to devices, with their unix name and gid", body = Vec<directory::UnixGroup>), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn unix_groups(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<Vec<directory::UnixGroup>>, ApiError> {
    Ok(Json(s.dir.unix_groups(&t.org_id).await?))
}

#[utoipa::path(get, path = "/groups/{id}/convergence", tag = "admin", params(("id" = String, Path, description = "The id")), responses((status = 200, description = "How far the group's devices are", body = directory::Convergence), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("api_key" = []), ("admin_session" = [])))]
async fn group_convergence(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<directory::Convergence>, ApiError> {
    Ok(Json(s.dir.group_convergence(&t.org_id, &id).await?))
}
