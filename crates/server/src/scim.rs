//! SCIM 2.0 under `/scim/v2`: decode → directory → encode.

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use scim_core::etag::IfMatch;
use scim_core::schema::{self, ResourceType, ServiceProviderConfig};
use scim_core::{
    list_response, project, AttrPath, ListQuery, PatchRequest, ScimError, GROUP, USER,
};
use serde_json::Value;

use crate::auth::Tenant;
use crate::body::{JsonBody, Secret};
use crate::error::ApiError;
use crate::{AppState, SCIM_CONTENT_TYPE};

/// The SCIM routes (mounted under `/scim/v2`, behind the tenant middleware).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/Users",
            get(list_users)
                .post(create_user)
                .fallback(method_not_allowed),
        )
        .route(
            "/Users/.search",
            post(search_users).fallback(method_not_allowed),
        )
        .route(
            "/Users/{id}",
            get(get_user)
                .put(put_user)
                .patch(patch_user)
                .delete(delete_user)
                .fallback(method_not_allowed),
        )
        .route(
            "/Groups",
            get(list_groups)
                .post(create_group)
                .fallback(method_not_allowed),
        )
        .route(
            "/Groups/.search",
            post(search_groups).fallback(method_not_allowed),
        )
        .route(
            "/Groups/{id}",
            get(get_group)
                .put(put_group)
                .patch(patch_group)
                .delete(delete_group)
                .fallback(method_not_allowed),
        )
        .route("/.search", post(search_all).fallback(method_not_allowed))
        .route(
            "/ServiceProviderConfig",
            get(service_provider_config).fallback(method_not_allowed),
        )
        .route("/Schemas", get(schemas).fallback(method_not_allowed))
        .route(
            "/Schemas/{id}",
            get(schema_by_id).fallback(method_not_allowed),
        )
        .route(
            "/ResourceTypes",
            get(resource_types).fallback(method_not_allowed),
        )
        .route(
            "/ResourceTypes/{id}",
            get(resource_type_by_id).fallback(method_not_allowed),
        )
        .route("/Bulk", post(bulk).fallback(method_not_allowed))
        .route("/Me", get(me).fallback(me))
        .fallback(not_found)
}

pub(crate) async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        None,
        "method not allowed on this endpoint",
    )
}

pub(crate) async fn not_found() -> ApiError {
    ApiError::not_found("no such endpoint")
}

async fn bulk() -> ApiError {
    ApiError::new(
        StatusCode::NOT_IMPLEMENTED,
        None,
        "Bulk is not supported (see /ServiceProviderConfig)",
    )
}

async fn me() -> ApiError {
    ApiError::new(
        StatusCode::NOT_IMPLEMENTED,
        None,
        "/Me is not supported: API keys belong to admins, not users",
    )
}

/// A SCIM JSON response with an optional ETag.
fn scim_response(status: StatusCode, body: &Value) -> Response {
    // to_vec into a presized buffer: Display goes through fmt::Write.
    let mut buf = Vec::with_capacity(1024);
    let body_bytes = match serde_json::to_writer(&mut buf, body) {
        Ok(()) => buf,
        Err(_) => body.to_string().into_bytes(),
    };
    let etag = body.pointer("/meta/version").and_then(Value::as_str);
    scim_body(status, body_bytes, etag)
}

/// A SCIM response whose body is already JSON text, with the ETag of a
/// single resource's `version` (the one its `meta.version` holds).
fn scim_text_response(status: StatusCode, body: String, version: Option<u64>) -> Response {
    let etag = version.map(scim_core::etag::weak_etag);
    scim_body(status, body, etag.as_deref())
}

/// The SCIM media type and, if given, the ETag, on a JSON body.
fn scim_body(status: StatusCode, body: impl IntoResponse, etag: Option<&str>) -> Response {
    let mut r = (status, body).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(SCIM_CONTENT_TYPE),
    );
    if let Some(Ok(h)) = etag.map(HeaderValue::from_str) {
        r.headers_mut().insert(header::ETAG, h);
    }
    r
}

/// Query pairs, percent-decoded with `+` as space (older Okta clients).
fn pairs(q: &Option<String>) -> Vec<(String, String)> {
    q.as_deref()
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default()
}

/// `attributes` / `excludedAttributes` from the query, for single-resource responses.
fn projection(
    q: &Option<String>,
    rt: &ResourceType,
) -> Result<(Vec<AttrPath>, Vec<AttrPath>), ApiError> {
    let p = pairs(q);
    let only: Vec<(&str, &str)> = p
        .iter()
        .filter(|(k, _)| {
            k.eq_ignore_ascii_case("attributes") || k.eq_ignore_ascii_case("excludedAttributes")
        })
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let lq = ListQuery::from_pairs(only, rt)?;
    Ok((lq.attributes, lq.excluded_attributes))
}

/// The `If-Match` precondition, parsed where it arrives. A value that is
/// not text matches no version.
fn if_match(h: &HeaderMap) -> Option<IfMatch> {
    h.get(header::IF_MATCH)
        .map(|v| IfMatch::parse(v.to_str().unwrap_or("")))
}

fn one(
    status: StatusCode,
    resource: Value,
    rt: &ResourceType,
    proj: &(Vec<AttrPath>, Vec<AttrPath>),
) -> Response {
    let location = (status == StatusCode::CREATED)
        .then(|| resource.pointer("/meta/location").and_then(Value::as_str))
        .flatten()
        .and_then(|loc| HeaderValue::from_str(loc).ok());
    let shown = project(resource, rt, &proj.0, &proj.1);
    // The ETag follows the body's meta.version (set by scim_response).
    let mut r = scim_response(status, &shown);
    if let Some(h) = location {
        r.headers_mut().insert(header::LOCATION, h);
    }
    r
}

fn list(total: usize, q: &ListQuery, items: Vec<Value>, rt: &ResourceType) -> Response {
    let shown = items
        .into_iter()
        .map(|r| project(r, rt, &q.attributes, &q.excluded_attributes))
        .collect();
    scim_response(StatusCode::OK, &list_response(total, q.start_index, shown))
}

fn not_modified(headers: &HeaderMap, version: u64) -> Option<Response> {
    let h = headers.get(header::IF_NONE_MATCH)?.to_str().ok()?;
    scim_core::etag::if_none_match_hits(h, version)
        .then(|| StatusCode::NOT_MODIFIED.into_response())
}

// ---------------------------------------------------------------- Users

/// A page of users for `GET /Users` and `POST /Users/.search`. With the
/// default projection (Okta's lists and imports) the directory renders
/// each user as text and the page is written around them.
async fn user_page(s: &AppState, t: &Tenant, lq: &ListQuery) -> Result<Response, ApiError> {
    if lq.attributes.is_empty() && lq.excluded_attributes.is_empty() {
        let (total, users) = s.dir.list_users_rendered(&t.org_id, lq).await?;
        let texts: Vec<String> = users.into_iter().map(|u| u.json).collect();
        let body = scim_core::list_response_text(total, lq.start_index, &texts);
        return Ok(scim_text_response(StatusCode::OK, body, None));
    }
    let (total, users) = s.dir.list_users(&t.org_id, lq).await?;
    Ok(list(
        total,
        lq,
        users.into_iter().map(|u| u.resource).collect(),
        &USER,
    ))
}

async fn list_users(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = pairs(&q);
    let lq = ListQuery::from_pairs(p.iter().map(|(k, v)| (k.as_str(), v.as_str())), &USER)?;
    user_page(&s, &t, &lq).await
}

async fn search_users(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(b): JsonBody<Value>,
) -> Result<Response, ApiError> {
    let lq = ListQuery::from_search_request(&b, &USER)?;
    user_page(&s, &t, &lq).await
}

async fn create_user(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    RawQuery(q): RawQuery,
    JsonBody(b): JsonBody<Secret<Value>>,
) -> Result<Response, ApiError> {
    let proj = projection(&q, &USER)?;
    let u = s.dir.create_user(&t.org_id, &b.0).await?;
    Ok(one(StatusCode::CREATED, u.resource, &USER, &proj))
}

async fn get_user(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let proj = projection(&q, &USER)?;
    if proj.0.is_empty() && proj.1.is_empty() {
        // The common case (Okta's): rendered by the directory as text.
        let u = s.dir.get_user_rendered(&t.org_id, &id).await?;
        if let Some(r) = not_modified(&headers, u.version) {
            return Ok(r);
        }
        return Ok(scim_text_response(StatusCode::OK, u.json, Some(u.version)));
    }
    let u = s.dir.get_user(&t.org_id, &id).await?;
    if let Some(r) = not_modified(&headers, u.version) {
        return Ok(r);
    }
    Ok(one(StatusCode::OK, u.resource, &USER, &proj))
}

async fn put_user(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    JsonBody(b): JsonBody<Secret<Value>>,
) -> Result<Response, ApiError> {
    let proj = projection(&q, &USER)?;
    let u = s
        .dir
        .replace_user(&t.org_id, &id, &b.0, if_match(&headers).as_ref())
        .await?;
    Ok(one(StatusCode::OK, u.resource, &USER, &proj))
}

async fn patch_user(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    JsonBody(b): JsonBody<Secret<Value>>,
) -> Result<Response, ApiError> {
    let proj = projection(&q, &USER)?;
    let patch = PatchRequest::from_json(&b.0)?;
    let u = s
        .dir
        .patch_user(&t.org_id, &id, &patch, if_match(&headers).as_ref())
        .await?;
    Ok(one(StatusCode::OK, u.resource, &USER, &proj))
}

async fn delete_user(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.dir.delete_user(&t.org_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---------------------------------------------------------------- Groups

async fn list_groups(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let p = pairs(&q);
    let lq = ListQuery::from_pairs(p.iter().map(|(k, v)| (k.as_str(), v.as_str())), &GROUP)?;
    let (total, groups) = s.dir.list_groups(&t.org_id, &lq).await?;
    Ok(list(
        total,
        &lq,
        groups.into_iter().map(|g| g.resource).collect(),
        &GROUP,
    ))
}

async fn search_groups(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(b): JsonBody<Value>,
) -> Result<Response, ApiError> {
    let lq = ListQuery::from_search_request(&b, &GROUP)?;
    let (total, groups) = s.dir.list_groups(&t.org_id, &lq).await?;
    Ok(list(
        total,
        &lq,
        groups.into_iter().map(|g| g.resource).collect(),
        &GROUP,
    ))
}

/// `POST /.search` at the root: users, then groups, in one ListResponse. A
/// filter that names attributes of only one type matches nothing of the
/// other (RFC 7644 §3.4.3); one valid for neither is refused.
async fn search_all(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    JsonBody(b): JsonBody<Value>,
) -> Result<Response, ApiError> {
    let (uq, gq) = match (
        ListQuery::from_search_request(&b, &USER),
        ListQuery::from_search_request(&b, &GROUP),
    ) {
        (Ok(u), Ok(g)) => (Some(u), Some(g)),
        (Ok(u), Err(_)) => (Some(u), None),
        (Err(_), Ok(g)) => (None, Some(g)),
        (Err(e), Err(_)) => return Err(e.into()),
    };
    // One page over the users, then the groups: each is asked for the part
    // of the page that falls in it, so a page costs the same at any
    // startIndex (no request loads more than `count` resources).
    let q = uq.clone().or_else(|| gq.clone()).unwrap_or_default();
    let start = q.start_index.max(1);
    let mut total = 0;
    let mut page: Vec<Value> = Vec::new();
    if let Some(q) = &uq {
        let part = ListQuery {
            start_index: start,
            ..q.clone()
        };
        let (n, users) = s.dir.list_users(&t.org_id, &part).await?;
        total += n;
        page.extend(
            users
                .into_iter()
                .map(|u| project(u.resource, &USER, &q.attributes, &q.excluded_attributes)),
        );
    }
    if let Some(q) = &gq {
        let part = ListQuery {
            start_index: (start - 1).saturating_sub(total).saturating_add(1),
            count: q.count.saturating_sub(page.len()),
            ..q.clone()
        };
        let (n, groups) = s.dir.list_groups(&t.org_id, &part).await?;
        total += n;
        page.extend(
            groups
                .into_iter()
                .map(|g| project(g.resource, &GROUP, &q.attributes, &q.excluded_attributes)),
        );
    }
    Ok(scim_response(
        StatusCode::OK,
        &list_response(total, start, page),
    ))
}

async fn create_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    RawQuery(q): RawQuery,
    JsonBody(b): JsonBody<Value>,
) -> Result<Response, ApiError> {
    let proj = projection(&q, &GROUP)?;
    let g = s.dir.create_group(&t.org_id, &b).await?;
    Ok(one(StatusCode::CREATED, g.resource, &GROUP, &proj))
}

async fn get_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let proj = projection(&q, &GROUP)?;
    let g = s.dir.get_group(&t.org_id, &id).await?;
    if let Some(r) = not_modified(&headers, g.version) {
        return Ok(r);
    }
    Ok(one(StatusCode::OK, g.resource, &GROUP, &proj))
}

async fn put_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    JsonBody(b): JsonBody<Value>,
) -> Result<Response, ApiError> {
    let proj = projection(&q, &GROUP)?;
    let g = s
        .dir
        .replace_group(&t.org_id, &id, &b, if_match(&headers).as_ref())
        .await?;
    Ok(one(StatusCode::OK, g.resource, &GROUP, &proj))
}

async fn patch_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    JsonBody(b): JsonBody<Value>,
) -> Result<Response, ApiError> {
    let proj = projection(&q, &GROUP)?;
    let patch = PatchRequest::from_json(&b)?;
    let g = s
        .dir
        .patch_group(&t.org_id, &id, &patch, if_match(&headers).as_ref())
        .await?;
    Ok(one(StatusCode::OK, g.resource, &GROUP, &proj))
}

async fn delete_group(
    State(s): State<AppState>,
    Extension(t): Extension<Tenant>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    s.dir.delete_group(&t.org_id, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

// ---------------------------------------------------------------- Discovery

async fn service_provider_config(State(s): State<AppState>) -> Response {
    scim_response(
        StatusCode::OK,
        &ServiceProviderConfig::default().to_json(&s.config.scim_base_url),
    )
}

async fn schemas(State(s): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let docs: Vec<Value> = schema::all()
        .iter()
        .map(|sc| sc.to_json(&format!("{}/Schemas/{}", s.config.scim_base_url, sc.id)))
        .collect();
    discovery_list(docs, &q)
}

async fn schema_by_id(
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let sc = schema::schema_by_id(&id)
        .ok_or_else(|| ApiError::not_found(format!("schema {id} not found")))?;
    Ok(scim_response(
        StatusCode::OK,
        &sc.to_json(&format!("{}/Schemas/{}", s.config.scim_base_url, sc.id)),
    ))
}

async fn resource_types(
    State(s): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    discovery_list(
        [USER, GROUP]
            .iter()
            .map(|r| r.to_json(&s.config.scim_base_url))
            .collect(),
        &q,
    )
}

async fn resource_type_by_id(
    State(s): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let rt = schema::resource_type(&id)
        .ok_or_else(|| ApiError::not_found(format!("resource type {id} not found")))?;
    Ok(scim_response(
        StatusCode::OK,
        &rt.to_json(&s.config.scim_base_url),
    ))
}

/// Discovery lists ignore filtering (RFC 7644 §4): a `filter` is refused.
fn discovery_list(docs: Vec<Value>, q: &Option<String>) -> Result<Response, ApiError> {
    if pairs(q)
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("filter"))
    {
        return Err(ScimError::UnsupportedFilter(
            "filtering is not supported on discovery endpoints".into(),
        )
        .into());
    }
    let n = docs.len();
    Ok(scim_response(StatusCode::OK, &list_response(n, 1, docs)))
}
