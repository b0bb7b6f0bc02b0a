//! The admin API under `/api/v1` (a tenant admin's API key, or a signed-in
//! admin session; see `auth::require_admin`): users and their details
//! panel, suspend/restore, local users, settings, the admin's own API key
//! (a recent sign-in only), admins, devices and bindings, diagnostics
//! (with the sign-in attempts) and the collision report.

use agent_protocol::{EnrollRequest, EnrollResponse};
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post, put};
use axum::{Extension, Json, Router};
use directory::OrgSettings;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::Tenant;
use crate::body::JsonBody;
use crate::error::ApiError;
use crate::AppState;

/// The admin routes (behind the tenant middleware).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/users", get(list_users).post(create_local_user))
        .route("/users/{id}", get(user_details))
        .route("/users/{id}/suspend", post(suspend))
        .route("/users/{id}/restore", post(restore))
        .route("/users/{id}/bindings", post(bind))
        .route("/users/{id}/bindings/{device}", delete(unbind))
        .route("/settings", get(get_settings).put(put_settings))
        .route("/api-key", post(rotate_key))
        .route("/devices", get(list_devices).post(enroll_device))
        .route("/devices/{id}", get(device_details))
        .route("/enrolment-tokens", post(mint_enrolment_token))
        .route("/diagnostics", get(diagnostics))
        .route("/collision-report", post(collision_report))
        .route("/admins", get(list_admins).post(add_admin))
        .route("/admins/{id}", get(admin_details))
        .route("/admins/{id}/disable", post(disable_admin))
        .route("/admins/{id}/enable", post(enable_admin))
        .route("/admins/{id}/reset-mfa", post(reset_admin_mfa))
        .route("/users/{id}/access", get(user_access))
        .route(
            "/device-groups",
            get(list_device_groups).post(create_device_group),
        )
        .route(
            "/device-groups/{id}",
            get(device_group)
                .patch(rename_device_group)
                .delete(delete_device_group),
        )
        .route(
            "/device-groups/{id}/devices/{device}",
            put(add_to_device_group).delete(remove_from_device_group),
        )
        .route(
            "/group-bindings",
            get(list_group_bindings).post(create_group_binding),
        )
        .route(
            "/group-bindings/{id}",
            get(group_binding).delete(delete_group_binding),
        )
        .route("/unix-groups", get(unix_groups))
        .route("/groups/{id}/convergence", get(group_convergence))
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

async fn user_details(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(
        serde_json::to_value(s.dir.user_details(&t.org_id, &id).await?).unwrap_or_default(),
    ))
}

#[derive(Deserialize)]
struct LocalUser {
    username: String,
}

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

#[derive(Deserialize)]
struct BindReq {
    device_id: String,
}

async fn bind(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    JsonBody(req): JsonBody<BindReq>,
) -> Result<StatusCode, ApiError> {
    s.dir.bind(&t.org_id, &id, &req.device_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn unbind(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path((id, device)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    s.dir.unbind(&t.org_id, &id, &device).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn get_settings(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<OrgSettings>, ApiError> {
    Ok(Json(s.dir.org_settings(&t.org_id).await?))
}

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
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TokenReq {
    expires_in_seconds: Option<u64>,
}

/// Mints a single-use enrolment token for a device agent, shown once.
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

async fn admin_details(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<directory::AdminSummary>, ApiError> {
    Ok(Json(org_admin(&s, &t, &id).await?))
}

/// `POST /api/v1/admins`: `{"login", "password", "display_name"?, "role"?
/// ("admin" | "read_only"), "service_account"?}`; needs a recent sign-in.
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

async fn disable_admin(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    set_enabled(&s, &t, &id, false).await
}

async fn enable_admin(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    set_enabled(&s, &t, &id, true).await
}

/// Removes another admin's second factors (a lost device); they enrol
/// again at their next sign-in.
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

#[derive(Deserialize)]
struct CollisionReq {
    logins: Vec<String>,
}

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
async fn user_access(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<Vec<directory::Access>>, ApiError> {
    Ok(Json(s.dir.user_access(&t.org_id, &id).await?))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeviceGroupReq {
    name: String,
}

async fn list_device_groups(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<Vec<directory::DeviceGroup>>, ApiError> {
    Ok(Json(s.dir.list_device_groups(&t.org_id).await?))
}

async fn create_device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(req): JsonBody<DeviceGroupReq>,
) -> Result<(StatusCode, Json<directory::DeviceGroup>), ApiError> {
    let g = s.dir.create_device_group(&t.org_id, &req.name).await?;
    Ok((StatusCode::CREATED, Json(g)))
}

async fn device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (g, devices) = s.dir.device_group(&t.org_id, &id).await?;
    Ok(Json(json!({"device_group": g, "devices": devices})))
}

async fn rename_device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    JsonBody(req): JsonBody<DeviceGroupReq>,
) -> Result<StatusCode, ApiError> {
    s.dir.rename_device_group(&t.org_id, &id, &req.name).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn delete_device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.dir.delete_device_group(&t.org_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn add_to_device_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path((id, device)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    s.dir.add_to_device_group(&t.org_id, &id, &device).await?;
    Ok(StatusCode::NO_CONTENT)
}

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
#[derive(Deserialize)]
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

async fn list_group_bindings(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<Vec<directory::GroupBinding>>, ApiError> {
    Ok(Json(s.dir.group_bindings(&t.org_id).await?))
}

async fn group_binding(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<directory::GroupBinding>, ApiError> {
    Ok(Json(s.dir.group_binding(&t.org_id, &id).await?))
}

async fn delete_group_binding(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.dir.delete_group_binding(&t.org_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn unix_groups(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<Vec<directory::UnixGroup>>, ApiError> {
    Ok(Json(s.dir.unix_groups(&t.org_id).await?))
}

async fn group_convergence(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<Json<directory::Convergence>, ApiError> {
    Ok(Json(s.dir.group_convergence(&t.org_id, &id).await?))
}
