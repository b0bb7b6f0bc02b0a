//! The user portal under `/portal/v1`: a user changes their own password
//! or, where the org allows it, attributes, proving who they are with the
//! directory password.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use zeroize::Zeroizing;

use crate::body::JsonBody;
use crate::error::ApiError;
use crate::AppState;

/// The portal routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal/v1/password", post(portal_password))
        .route("/portal/v1/attributes", post(portal_attributes))
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
    current_password: Zeroizing<String>,
    new_password: Zeroizing<String>,
}

async fn portal_password(
    State(s): State<AppState>,
    JsonBody(req): JsonBody<PortalPassword>,
) -> Result<Json<Value>, ApiError> {
    let org = portal_org(&s, req.org_id).await?;
    s.dir
        .portal_change_password(&org, &req.username, req.current_password, req.new_password)
        .await?;
    Ok(Json(
        json!({"changed": true, "note": "this change is not sent to Okta; Okta's next push overwrites it"}),
    ))
}

#[derive(Deserialize)]
struct PortalAttributes {
    org_id: Option<String>,
    username: String,
    password: Zeroizing<String>,
    attributes: Map<String, Value>,
}

async fn portal_attributes(
    State(s): State<AppState>,
    JsonBody(req): JsonBody<PortalAttributes>,
) -> Result<StatusCode, ApiError> {
    let org = portal_org(&s, req.org_id).await?;
    s.dir
        .portal_update_attributes(&org, &req.username, req.password, &req.attributes)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
