//! The admin API under `/api/v1` (tenant admin key): users and their details
//! panel, suspend/restore, local users, settings, the admin's own API key,
//! devices and bindings, diagnostics and the collision report.

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{delete, get, post};
use axum::{Extension, Json, Router};
use directory::{OrgSettings, Platform};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::auth::Tenant;
use crate::error::ApiError;
use crate::scim::read_json;
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
        .route("/diagnostics", get(diagnostics))
        .route("/collision-report", post(collision_report))
        .fallback(crate::scim::not_found)
}

fn parse<T: for<'de> Deserialize<'de>>(v: Value) -> Result<T, ApiError> {
    serde_json::from_value(v).map_err(|e| ApiError::syntax(format!("invalid request: {e}")))
}

async fn list_users(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<Json<Value>, ApiError> {
    Ok(Json(
        json!({"users": s.dir.list_user_details(&t.org_id).await?}),
    ))
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
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let req: LocalUser = parse(read_json(&s, &headers, body).await?)?;
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
    headers: HeaderMap,
    body: Body,
) -> Result<StatusCode, ApiError> {
    let req: BindReq = parse(read_json(&s, &headers, body).await?)?;
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
    headers: HeaderMap,
    body: Body,
) -> Result<Json<OrgSettings>, ApiError> {
    let settings: OrgSettings = parse(read_json(&s, &headers, body).await?)?;
    s.dir.set_org_settings(&t.org_id, &settings).await?;
    Ok(Json(settings))
}

/// Generates a new key for the calling admin: shown once; the key used for
/// this call stops working at once.
async fn rotate_key(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let key = s.dir.generate_api_key(&t.admin_id).await?;
    s.dir
        .audit(
            &t.org_id,
            &format!("admin:{}", t.admin_email),
            "admin.rotate_api_key",
            Some(&t.admin_id),
            "ok",
            json!({"previous_key": "revoked"}),
        )
        .await;
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

#[derive(Deserialize)]
pub(crate) struct EnrollReq {
    pub name: String,
    pub platform: String,
}

pub(crate) async fn enroll(
    s: &AppState,
    org_id: &str,
    req: EnrollReq,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let platform = Platform::parse(&req.platform).ok_or_else(|| {
        ApiError::syntax(format!(
            "unknown platform '{}': use macos, windows or linux",
            req.platform
        ))
    })?;
    let (d, secret) = s.dir.enroll_device(org_id, &req.name, platform).await?;
    Ok((
        StatusCode::CREATED,
        Json(
            json!({"device": d, "credential": secret.as_str(), "note": "the credential is shown once"}),
        ),
    ))
}

async fn enroll_device(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let req: EnrollReq = parse(read_json(&s, &headers, body).await?)?;
    enroll(&s, &t.org_id, req).await
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
    Ok(Json(
        json!({"entries": s.dir.audit_log(&t.org_id, limit).await?}),
    ))
}

#[derive(Deserialize)]
struct CollisionReq {
    logins: Vec<String>,
}

async fn collision_report(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let req: CollisionReq = parse(read_json(&s, &headers, body).await?)?;
    let findings = s.dir.collision_report(&t.org_id, &req.logins).await?;
    Ok(Json(json!({"findings": crate::findings_json(&findings)})))
}
