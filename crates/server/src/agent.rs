//! The agent API under `/agent/v1` (device credential) and the user portal
//! under `/portal/v1`.

use std::sync::atomic::Ordering;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use directory::{DeliveryEvent, Device};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use crate::auth::presented_key;
use crate::error::ApiError;
use crate::scim::read_json;
use crate::AppState;

/// Agent and portal routes (the check-in is [`checkin_routes`]).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/agent/v1/enroll", post(enroll))
        .route("/agent/v1/report", post(report))
        .route("/portal/v1/password", post(portal_password))
        .route("/portal/v1/attributes", post(portal_attributes))
}

async fn device(s: &AppState, h: &HeaderMap) -> Result<Device, ApiError> {
    let key = presented_key(h)
        .ok_or_else(|| ApiError::unauthorized("a device credential is required"))?;
    Ok(s.dir.resolve_device(&key).await?)
}

/// Enrollment, authorised by a tenant admin's API key; returns the device
/// credential once.
async fn enroll(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let key = presented_key(&headers)
        .ok_or_else(|| ApiError::unauthorized("enrollment needs an admin API key"))?;
    let p = s.dir.resolve_api_key(&key).await?;
    let org = p.tenant_org()?.to_string();
    let req: crate::admin::EnrollReq = serde_json::from_value(read_json(&s, &headers, body).await?)
        .map_err(|e| ApiError::syntax(format!("invalid request: {e}")))?;
    crate::admin::enroll(&s, &org, req).await
}

/// The long-poll check-in, served without the router's middleware: every
/// enrolled device holds one of these open, so what a held request costs is
/// what the server's memory scales with (BENCHMARKS.md, P5). It has no body
/// to decompress or time out, its answer is small, and its metrics are
/// recorded here.
pub fn checkin_routes() -> Router<AppState> {
    Router::new().route(
        "/agent/v1/checkin",
        get(
            |State(s): State<AppState>, headers: HeaderMap, RawQuery(q): RawQuery| async move {
                let r = checkin(&s, headers, q).await;
                let status = match &r {
                    Ok(_) => StatusCode::OK,
                    Err(e) => e.status,
                };
                s.metrics.record("agent", status.as_u16());
                r
            },
        ),
    )
}

/// Long-poll check-in: `?cursor=N&wait=SECONDS` (wait capped by the server).
async fn checkin(
    s: &AppState,
    headers: HeaderMap,
    q: Option<String>,
) -> Result<Json<Value>, ApiError> {
    let d = device(s, &headers).await?;
    // The header values are slices of hyper's read buffer: holding them for
    // the whole wait would pin that buffer while hyper reads into a new one.
    drop(headers);
    let mut cursor = 0i64;
    let mut wait = 0u64;
    for (k, v) in q
        .as_deref()
        .map(|q| {
            form_urlencoded::parse(q.as_bytes())
                .into_owned()
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    {
        match k.as_str() {
            "cursor" => {
                cursor = v
                    .parse()
                    .map_err(|_| ApiError::syntax("'cursor' must be an integer"))?
            }
            "wait" => {
                wait = v
                    .parse()
                    .map_err(|_| ApiError::syntax("'wait' must be a number of seconds"))?
            }
            _ => {}
        }
    }
    let wait = Duration::from_secs(wait).min(s.config.long_poll_max);
    s.metrics.long_polls.fetch_add(1, Ordering::Relaxed);
    let r = s.dir.checkin(&d, cursor, wait).await;
    s.metrics.long_polls.fetch_sub(1, Ordering::Relaxed);
    Ok(Json(
        serde_json::to_value(r?).map_err(|e| ApiError::syntax(e.to_string()))?,
    ))
}

#[derive(Deserialize)]
struct ReportReq {
    user_id: String,
    version: u64,
    #[serde(flatten)]
    event: DeliveryEvent,
}

async fn report(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<StatusCode, ApiError> {
    let d = device(&s, &headers).await?;
    let req: ReportReq = serde_json::from_value(read_json(&s, &headers, body).await?)
        .map_err(|e| ApiError::syntax(format!("invalid report: {e}")))?;
    s.dir
        .report_delivery(&d, &req.user_id, req.version, req.event)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The org of a portal request: given, or the only one.
async fn portal_org(s: &AppState, given: Option<String>) -> Result<String, ApiError> {
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
struct PortalPassword {
    org_id: Option<String>,
    username: String,
    current_password: String,
    new_password: String,
}

async fn portal_password(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<Value>, ApiError> {
    let req: PortalPassword = serde_json::from_value(read_json(&s, &headers, body).await?)
        .map_err(|_| ApiError::syntax("expected {username, current_password, new_password}"))?;
    let org = portal_org(&s, req.org_id).await?;
    s.dir
        .portal_change_password(
            &org,
            &req.username,
            Zeroizing::new(req.current_password),
            Zeroizing::new(req.new_password),
        )
        .await?;
    Ok(Json(
        json!({"changed": true, "note": "this change is not sent to Okta; Okta's next push overwrites it"}),
    ))
}

#[derive(Deserialize)]
struct PortalAttributes {
    org_id: Option<String>,
    username: String,
    password: String,
    attributes: Map<String, Value>,
}

async fn portal_attributes(
    State(s): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<StatusCode, ApiError> {
    let req: PortalAttributes = serde_json::from_value(read_json(&s, &headers, body).await?)
        .map_err(|_| ApiError::syntax("expected {username, password, attributes}"))?;
    let org = portal_org(&s, req.org_id).await?;
    s.dir
        .portal_update_attributes(
            &org,
            &req.username,
            Zeroizing::new(req.password),
            &req.attributes,
        )
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
