//! The agent API under `/agent/v1` (device credential); the messages are
//! `agent_protocol`'s.

use std::time::Duration;

use agent_protocol::{CheckinQuery, CheckinResponse, EnrollRequest, EnrollResponse, ReportOwned};
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use directory::Device;

use crate::auth::presented_key;
use crate::body::JsonBody;
use crate::error::ApiError;
use crate::AppState;

/// Agent routes (the check-in is [`checkin_routes`]).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(agent_protocol::ENROLL_PATH, post(enroll))
        .route(agent_protocol::REPORT_PATH, post(report))
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
    JsonBody(req): JsonBody<EnrollRequest>,
) -> Result<(StatusCode, Json<EnrollResponse>), ApiError> {
    let key = presented_key(&headers)
        .ok_or_else(|| ApiError::unauthorized("enrollment needs an admin API key"))?;
    let p = s.dir.resolve_api_key(&key).await?;
    let org = p.tenant_org()?.to_string();
    crate::admin::enroll(&s, &org, req).await
}

/// The long-poll check-in, served without the router's middleware: every
/// enrolled device holds one of these open, so what a held request costs is
/// what the server's memory scales with (BENCHMARKS.md, P5). It has no body
/// to decompress or time out, its answer is small, and its metrics are
/// recorded here.
pub fn checkin_routes() -> Router<AppState> {
    Router::new().route(
        agent_protocol::CHECKIN_PATH,
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
) -> Result<Json<CheckinResponse>, ApiError> {
    let d = device(s, &headers).await?;
    // The header values are slices of hyper's read buffer: holding them for
    // the whole wait would pin that buffer while hyper reads into a new one.
    drop(headers);
    let q = CheckinQuery::parse(q.as_deref().unwrap_or(""))
        .map_err(|e| ApiError::syntax(e.to_string()))?;
    let wait = Duration::from_secs(q.wait_secs).min(s.config.long_poll_max);
    let _held = s.metrics.hold_long_poll();
    Ok(Json(s.dir.checkin(&d, q.cursor, wait).await?))
}

async fn report(
    State(s): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<ReportOwned>,
) -> Result<StatusCode, ApiError> {
    let d = device(&s, &headers).await?;
    s.dir
        .report_delivery(&d, &req.user_id, req.version, req.event)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
