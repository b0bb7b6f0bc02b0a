//! The agent API under `/agent/v1` (device credential); the messages are
//! `agent_protocol`'s.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use agent_protocol::{
    AccountStatusReport, CheckinQuery, CheckinResponse, EnrollRequest, EnrollResponse, ReportOwned,
    ENROLMENT_TOKEN_TAG,
};
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use directory::Device;

use crate::auth::presented_key;
use crate::body::JsonBody;
use crate::error::ApiError;
use crate::openapi::ErrorBody;
use crate::AppState;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Agent routes (the check-in is [`checkin_routes`]).
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(enroll))
        .routes(routes!(report))
        .routes(routes!(reports))
        .routes(routes!(status))
}

async fn device(s: &AppState, h: &HeaderMap) -> Result<Arc<Device>, ApiError> {
    device_of(s, presented_key(h).as_deref()).await
}

/// The device a presented credential (if any) belongs to.
async fn device_of(s: &AppState, key: Option<&str>) -> Result<Arc<Device>, ApiError> {
    let key = key.ok_or_else(|| ApiError::unauthorized("a device credential is required"))?;
    let d = s.dir.resolve_device(key).await?;
    crate::request::record_principal(&format!("device:{}", d.id));
    Ok(d)
}

/// Enrolment, authorised by a single-use enrolment token an admin minted
/// (`POST /api/v1/enrolment-tokens`); returns the device credential once.
/// An admin's API key is refused here: it never goes onto a device.
#[utoipa::path(post, path = "/agent/v1/enroll", tag = "agent", request_body = agent_protocol::EnrollRequest, responses((status = 201, description = "The device and its credential, shown once", body = agent_protocol::EnrollResponse), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("enrolment_token" = [])))]
async fn enroll(
    State(s): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<EnrollRequest>,
) -> Result<(StatusCode, Json<EnrollResponse>), ApiError> {
    let token = presented_key(&headers)
        .ok_or_else(|| ApiError::unauthorized("enrolment needs an enrolment token"))?;
    if !token.starts_with(&format!("{ENROLMENT_TOKEN_TAG}_")) {
        return Err(ApiError::unauthorized(
            "enrolment takes an enrolment token (et_...) minted with POST /api/v1/enrolment-tokens, not an API key",
        ));
    }
    let platform = req
        .platform()
        .map_err(|e| ApiError::syntax(e.to_string()))?;
    let (device, credential) = s
        .dir
        .enroll_with_token(&token, &req.name, platform)
        .await
        .map_err(|e| match e {
            directory::DirectoryError::Unauthorized => {
                ApiError::unauthorized("the enrolment token is unknown, used or expired")
            }
            e => e.into(),
        })?;
    Ok(crate::admin::enrolled(device, credential))
}

/// The long-poll check-in, served without the router's middleware: every
/// enrolled device holds one of these open, so what a held request costs is
/// what the server's memory scales with (BENCHMARKS.md, P5). It has no body
/// to decompress or time out, its answer is small, and its metrics are
/// recorded here.
pub fn checkin_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(checkin_route))
}

#[utoipa::path(get, path = "/agent/v1/checkin", tag = "agent",
    params(
        ("cursor" = Option<i64>, Query, description = "The previous answer's cursor (0 at first)"),
        ("wait" = Option<u64>, Query, description = "Seconds to wait for work (capped by the server); 0 answers at once"),
    ),
    responses(
        (status = 200, description = "The device's work: deliveries, the account list when it changed, commands, the next cursor", body = CheckinResponse),
        (status = "4XX", description = "Refused: the SCIM Error body says why (400 a bad query, 401 an unknown device credential)", body = ErrorBody, content_type = "application/scim+json"),
        (status = 503, description = "Storage unavailable: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json"),
    ),
    security(("device_credential" = [])))]
//
// Not an `async fn`: what the check-in needs of the request (the
// credential, the agent's product token, the query) is taken before its
// future is made, so the future a device holds for the whole wait keeps no
// headers and no second copy of its arguments (an `async fn` keeps room for
// its arguments twice, rust-lang/rust#62958). The header values are slices
// of hyper's read buffer, too: holding them would pin that buffer while
// hyper reads into a new one. The credential and the agent are let go of
// once used, before the wait: held, they were 80 bytes of heap a device
// (and the credential need not sit in memory for a minute).
fn checkin_route(
    State(s): State<AppState>,
    headers: HeaderMap,
    RawQuery(q): RawQuery,
) -> impl Future<Output = Result<Json<CheckinResponse>, ApiError>> {
    let started = std::time::Instant::now();
    let mut key = presented_key(&headers);
    let mut agent = headers
        .get(axum::http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    drop(headers);
    let query = CheckinQuery::parse(q.as_deref().unwrap_or(""));
    async move {
        // Long-poll check-in: `?cursor=N&wait=SECONDS` (wait capped by the
        // server). A missing or unknown credential is refused before a bad
        // query.
        let r: Result<Json<CheckinResponse>, ApiError> = async {
            // `take`: each is dropped at the end of its statement.
            let d = device_of(&s, key.take().as_deref()).await?;
            if let Some(ua) = agent.take() {
                s.dir.note_agent(&d, &ua).await?;
            }
            let q = query
                .as_ref()
                .map_err(|e| ApiError::syntax(e.to_string()))?;
            let wait = Duration::from_secs(q.wait_secs).min(s.config.long_poll_max);
            let _held = s.metrics.hold_long_poll();
            Ok(Json(s.dir.checkin(&d, q.cursor, wait).await?))
        }
        .await;
        let status = match &r {
            Ok(_) => StatusCode::OK,
            Err(e) => e.status,
        };
        let latency = started.elapsed();
        s.metrics.observe_request(
            &crate::metrics::RequestLabels {
                method: "GET".into(),
                route: agent_protocol::CHECKIN_PATH.into(),
                status: status.as_u16(),
            },
            latency,
        );
        // At debug: every device holds one, all the time.
        tracing::debug!(
            route = agent_protocol::CHECKIN_PATH,
            status = status.as_u16(),
            latency_ms = latency.as_secs_f64() * 1000.0,
            "check-in answered"
        );
        r
    }
}

#[utoipa::path(post, path = "/agent/v1/status", tag = "agent", request_body = agent_protocol::AccountStatusReport, responses((status = 204, description = "Recorded"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("device_credential" = [])))]
async fn status(
    State(s): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<AccountStatusReport>,
) -> Result<StatusCode, ApiError> {
    let d = device(&s, &headers).await?;
    s.dir.report_status(&d, &req).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(post, path = "/agent/v1/reports", tag = "agent", request_body = agent_protocol::ReportBatch, responses((status = 200, description = "How many were accepted, and why the others were not", body = agent_protocol::ReportBatchResult), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("device_credential" = [])))]
async fn reports(
    State(s): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<agent_protocol::ReportBatch>,
) -> Result<Json<agent_protocol::ReportBatchResult>, ApiError> {
    let d = device(&s, &headers).await?;
    Ok(Json(s.dir.report_deliveries(&d, &req.reports).await?))
}

#[utoipa::path(post, path = "/agent/v1/report", tag = "agent", request_body = agent_protocol::ReportOwned, responses((status = 204, description = "Recorded"), (status = "4XX", description = "Refused: the SCIM Error body says why (400 bad input, 401 no or a wrong credential, 403 not allowed, 404 unknown, 408 too slow, 409 conflict, 413 too large, 415 not JSON, 429 rate limited, with Retry-After)", body = ErrorBody, content_type = "application/scim+json"), (status = 503, description = "Storage unavailable or the password queue full: retry after Retry-After", body = ErrorBody, content_type = "application/scim+json")), security(("device_credential" = [])))]
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A held check-in's future lives for the whole wait, once per device,
    /// so its size is part of the server's memory per held poll (P5): what
    /// it awaits before the wait (the device's key, its agent) must not sit
    /// inline in it. Measured as axum allocates it, with its own wrapping:
    /// 3,296 bytes with `note_agent`'s queries inline and an `async fn`'s
    /// arguments. The bound is the allocator's size class: mimalloc rounds
    /// 1,025 to 1,280 bytes.
    #[tokio::test]
    async fn a_held_check_in_is_small() {
        use axum::handler::Handler;
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = directory::Directory::open(directory::Config::sqlite_in(tmp.path()))
            .await
            .expect("open");
        let s = AppState::new(dir, crate::ServerConfig::default());
        let req = axum::http::Request::get("/agent/v1/checkin?cursor=1&wait=30")
            .body(axum::body::Body::empty())
            .expect("request");
        let held = Handler::<_, AppState>::call(checkin_route, req, s);
        let size = std::mem::size_of_val(&*held);
        assert!(size <= 1024, "a check-in's future is {size} bytes");
    }
}
