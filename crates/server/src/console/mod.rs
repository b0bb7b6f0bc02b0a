//! The web console: the admin portal under `/console` and the user portal
//! under `/portal`, as server-rendered HTML (maud: every value is escaped
//! unless a template says otherwise, which none does with input).
//!
//! Everything is served by this binary: one stylesheet and one small
//! script are embedded (`assets/`), nothing comes from a CDN. Pages send a
//! Content-Security-Policy without `unsafe-inline` (the script and the
//! stylesheet are files; no page has inline script, style or handlers).
//!
//! Sessions are those of `directory::signin` (the same cookies as the
//! JSON API). Every form that changes something carries the session's CSRF
//! token in a hidden `csrf` field, and a state-changing request whose
//! `Origin` is another site is refused before anything is read; the sign-in
//! forms, which have no session yet, rely on that `Origin` check and on the
//! `SameSite=Strict` cookie.
//!
//! Pages: `signin` (sign-in, MFA, enrolment, re-authentication, sign-out),
//! `users` (overview, users list, details panel and its actions), `org`
//! (devices, settings, API key, admins, own account, diagnostics,
//! collision report) and `portal` (the user portal).

mod groups;
mod org;
mod portal;
mod signin;
mod users;

use axum::body::Bytes;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use directory::{Admin, AdminRole, DirectoryError, Session, SessionKind, Stage};
use maud::{html, Markup, DOCTYPE};
use zeroize::Zeroizing;

use crate::error::ApiError;
use crate::session::{client_address, current_session_of, is_safe, presented_session, PeerAddr};
use crate::AppState;

const CSS: &str = include_str!("assets/console.css");
const JS: &str = include_str!("assets/console.js");

/// The Content-Security-Policy of every console and portal page.
pub const CSP: &str =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The console's and the user portal's routes.
pub fn routes(state: AppState) -> Router<AppState> {
    Router::new()
        .merge(signin::routes())
        .merge(users::routes())
        .merge(org::routes())
        .merge(groups::routes())
        .merge(portal::routes())
        .route("/console/assets/console.css", get(css))
        .route("/console/assets/console.js", get(js))
        .layer(middleware::from_fn_with_state(state, guard))
}

async fn css() -> Response {
    asset("text/css; charset=utf-8", CSS)
}

async fn js() -> Response {
    asset("text/javascript; charset=utf-8", JS)
}

fn asset(ty: &'static str, body: &'static str) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(ty));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    r
}

/// Security headers on every answer, and the cross-site check of every
/// state-changing request.
async fn guard(State(s): State<AppState>, req: axum::extract::Request, next: Next) -> Response {
    let cross_site = !is_safe(req.method()) && !same_origin(&s.config.scim_base_url, req.headers());
    let mut r = if cross_site {
        PageError::new(
            StatusCode::FORBIDDEN,
            "This form was sent from another site, so it was refused. Open the page from this server and send it again.",
        )
        .into_response()
    } else {
        next.run(req).await
    };
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        // Pages show directory data: never kept by a browser or a proxy.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    r
}

/// Whether a request's `Origin` (or, without one, its `Referer`) is this
/// server. Browsers send `Origin` with every form POST; a request with
/// neither is not from a browser page and is let through to the CSRF token
/// check.
fn same_origin(public_url: &str, h: &HeaderMap) -> bool {
    let origin = h
        .get(header::ORIGIN)
        .or_else(|| h.get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(origin) = origin else {
        return true;
    };
    if origin == "null" {
        return false;
    }
    let Ok(uri) = origin.parse::<Uri>() else {
        return false;
    };
    let host = h.get(header::HOST).and_then(|v| v.to_str().ok());
    let authority = uri.authority().map(|a| a.as_str());
    if authority.is_some() && authority == host {
        return true;
    }
    // Behind a proxy the Host may be rewritten: the public URL's authority.
    let public = public_url.parse::<Uri>().ok();
    public
        .as_ref()
        .and_then(|u| u.authority())
        .map(|a| a.as_str())
        == authority
        && authority.is_some()
}

/// An error page: a status and a sentence that says what was wrong.
#[derive(Debug)]
pub struct PageError {
    status: StatusCode,
    message: String,
    retry_after: Option<u64>,
}

impl PageError {
    fn new(status: StatusCode, message: impl Into<String>) -> Self {
        PageError {
            status,
            message: message.into(),
            retry_after: None,
        }
    }

    fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }
}

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> Self {
        PageError {
            status: e.status,
            message: e.detail,
            retry_after: e.retry_after,
        }
    }
}

impl From<DirectoryError> for PageError {
    fn from(e: DirectoryError) -> Self {
        ApiError::from(e).into()
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let title = match self.status {
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::FORBIDDEN => "Not allowed",
            StatusCode::UNAUTHORIZED => "Sign-in needed",
            StatusCode::TOO_MANY_REQUESTS => "Too many attempts",
            StatusCode::CONFLICT => "Conflict",
            StatusCode::SERVICE_UNAVAILABLE => "Temporarily unavailable",
            s if s.is_client_error() => "That did not work",
            _ => "Something went wrong",
        };
        let body = bare(
            title,
            html! {
                main.narrow {
                    h1 { (title) }
                    p.error role="alert" { (self.message) }
                    p { a href="/console" { "Back to the console" } " · " a href="/portal" { "User portal" } }
                }
            },
        );
        let mut r = (self.status, body).into_response();
        if let Some(secs) = self.retry_after {
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                r.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        r
    }
}

/// The `<head>` of every page: the embedded stylesheet and script (files,
/// as the CSP requires), titled `title · site`.
fn head(title: &str, site: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " · " (site) }
            link rel="stylesheet" href="/console/assets/console.css";
            script src="/console/assets/console.js" defer {}
        }
    }
}

/// A page without navigation (sign-in, errors).
fn bare(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(title, "Directory"))
            body.bare {
                header.top { span.brand { "Directory" } }
                (body)
            }
        }
    }
}

/// The console's sections, in the order the navigation shows them.
const NAV: &[(&str, &str)] = &[
    ("/console", "Overview"),
    ("/console/users", "Users"),
    ("/console/devices", "Devices"),
    ("/console/groups", "Groups"),
    ("/console/diagnostics", "Diagnostics"),
    ("/console/collisions", "Username check"),
    ("/console/settings", "Org settings"),
    ("/console/admins", "Admins"),
    ("/console/api-key", "My API key"),
];

/// A console page: navigation, who is signed in, sign-out, and the body.
fn page(c: &Console, title: &str, active: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(title, "Directory"))
            body {
                header.top {
                    span.brand { "Directory" }
                    nav aria-label="Sections" {
                        ul {
                            @for (href, label) in NAV {
                                li { a href=(href) aria-current=[(*href == active).then_some("page")] { (label) } }
                            }
                        }
                    }
                    div.who {
                        a href="/console/account" aria-current=[("/console/account" == active).then_some("page")] {
                            (c.admin.display_name.as_deref().unwrap_or(&c.admin.email))
                        }
                        @if c.admin.role == AdminRole::ReadOnly { " " span.badge { "read-only" } }
                        form method="post" action="/console/sign-out" {
                            (csrf_field(&c.csrf))
                            button.link type="submit" { "Sign out" }
                        }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// The hidden CSRF field of a form.
fn csrf_field(csrf: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(csrf); }
}

/// A one-line notice after an action (`?done=...`), from a fixed list so a
/// link cannot put words on the page.
fn notice(done: Option<&str>) -> Markup {
    let text = match done {
        Some("suspended") => "The user is suspended: their devices lock the account.",
        Some("restored") => "The user is restored: their devices unlock the account.",
        Some("bound") => "The device is bound: it receives the account at its next check-in.",
        Some("unbound") => "The device is unbound.",
        Some("saved") => "Saved.",
        Some("added") => "Added.",
        Some("disabled") => "The admin is disabled: their key and sessions stopped at once.",
        Some("enabled") => "The admin is enabled.",
        Some("mfa-reset") => "The admin's MFA is reset: they enrol again at their next sign-in.",
        Some("password") => "Your password is changed.",
        Some("passkey-removed") => "The passkey is removed.",
        Some("totp-removed") => "The authenticator app is removed.",
        _ => return html! {},
    };
    html! { p.notice role="status" { (text) } }
}

/// A form body: fields in order; values that may be secrets are zeroized
/// when dropped.
#[derive(Default)]
pub struct Fields(Vec<(String, Zeroizing<String>)>);

impl std::fmt::Debug for Fields {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Names only: values may be passwords.
        f.debug_list()
            .entries(self.0.iter().map(|(k, _)| k))
            .finish()
    }
}

impl Fields {
    /// Parses `application/x-www-form-urlencoded`.
    fn parse(h: &HeaderMap, body: &Bytes) -> Result<Fields, PageError> {
        let ty = h
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !ty.starts_with("application/x-www-form-urlencoded") {
            return Err(PageError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "forms are sent as application/x-www-form-urlencoded",
            ));
        }
        Ok(Fields(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), Zeroizing::new(v.into_owned())))
                .collect(),
        ))
    }

    /// A field's value, if present.
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A field's value, trimmed; empty counts as missing.
    fn text(&self, name: &str) -> Option<&str> {
        self.get(name).map(str::trim).filter(|s| !s.is_empty())
    }

    /// A required field, or a 400 page that names it.
    fn required(&self, name: &str, label: &str) -> Result<&str, PageError> {
        self.text(name)
            .ok_or_else(|| PageError::bad_request(format!("{label} is required.")))
    }

    /// A secret field as it was typed (not trimmed).
    fn secret(&self, name: &str) -> Zeroizing<String> {
        Zeroizing::new(self.get(name).unwrap_or("").to_string())
    }

    /// Whether a checkbox was ticked.
    fn checked(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

/// A signed-in admin (all factors), for console pages. Without a session
/// the browser is sent to sign in (and back afterwards); half-way through
/// a sign-in, to the MFA step or enrolment.
#[derive(Debug)]
pub struct Console {
    token: Zeroizing<String>,
    session: Session,
    admin: Admin,
    csrf: String,
    address: String,
    /// Whether the sign-in is recent enough for sensitive actions.
    recent: bool,
    /// How recent that is, in seconds.
    reauth: u64,
}

impl Console {
    /// The actor recorded in the audit log.
    fn actor(&self) -> String {
        format!("admin:{}", self.admin.email)
    }

    /// Refuses read-only admins (changes to the directory).
    fn require_write(&self) -> Result<(), PageError> {
        if self.admin.role == AdminRole::ReadOnly {
            return Err(PageError::new(
                StatusCode::FORBIDDEN,
                "Read-only admins cannot change anything. Ask an admin with the 'admin' role.",
            ));
        }
        Ok(())
    }

    /// Parses a form and checks its CSRF token.
    fn form(&self, s: &AppState, h: &HeaderMap, body: &Bytes) -> Result<Fields, PageError> {
        let f = Fields::parse(h, body)?;
        check_form_csrf(s, &self.token, &f)?;
        Ok(f)
    }
}

fn check_form_csrf(s: &AppState, token: &str, f: &Fields) -> Result<(), PageError> {
    match f.get("csrf") {
        Some(c) if !c.is_empty() && s.dir.csrf_matches(token, c) => Ok(()),
        _ => Err(PageError::new(
            StatusCode::FORBIDDEN,
            "The form's security token is missing or out of date (the page may be from an earlier session). Reload the page and send it again.",
        )),
    }
}

/// Where a browser without a (full) session is sent.
fn to_sign_in(parts: &Parts) -> Response {
    let next = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/console");
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("next", next);
    Redirect::to(&format!("/console/sign-in?{}", q.finish())).into_response()
}

/// A `next` target that stays in the console (never another site).
fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(n) if n.starts_with("/console") && !n.starts_with("//") && !n.contains('\\') => n,
        _ => "/console",
    }
}

/// The admin session a request presents, at any stage.
async fn admin_session(parts: &Parts, s: &AppState) -> Option<(Zeroizing<String>, Session)> {
    let token = Zeroizing::new(presented_session(
        &parts.headers,
        s.config.secure_cookies,
        SessionKind::Admin,
    )?);
    let session = current_session_of(s, &token).await.ok()?;
    if session.kind != SessionKind::Admin {
        return None;
    }
    crate::request::record_principal(&format!("admin:{}", session.subject));
    Some((token, session))
}

impl FromRequestParts<AppState> for Console {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        let Some((token, session)) = admin_session(parts, s).await else {
            return Err(if parts.method == Method::GET {
                to_sign_in(parts)
            } else {
                PageError::new(
                    StatusCode::UNAUTHORIZED,
                    "Your session has ended (signed out, timed out or revoked). Sign in again; nothing was changed.",
                )
                .into_response()
            });
        };
        match session.stage {
            Stage::Full => {}
            Stage::Mfa => return Err(Redirect::to("/console/mfa").into_response()),
            Stage::EnrolMfa => return Err(Redirect::to("/console/enrol").into_response()),
        }
        let admin = s
            .dir
            .session_admin(&session)
            .await
            .map_err(|e| PageError::from(e).into_response())?;
        let peer = parts.extensions.get::<PeerAddr>().copied();
        Ok(Console {
            recent: s.dir.require_recent_sign_in(&session).is_ok(),
            reauth: s.dir.sign_in_policy().reauth_secs,
            csrf: s.dir.csrf_token(&token),
            address: client_address(s, &parts.headers, peer),
            token,
            session,
            admin,
        })
    }
}

/// A sign-in form answered 429 with `Retry-After`: too many failures.
fn throttled(form: impl FnOnce(&str) -> Markup, retry_after_secs: u64) -> Response {
    let msg = format!("Too many failed sign-ins. Try again in {retry_after_secs} seconds.");
    let mut r = (StatusCode::TOO_MANY_REQUESTS, form(&msg)).into_response();
    if let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string()) {
        r.headers_mut().insert(header::RETRY_AFTER, v);
    }
    r
}

/// A 303 to `to` (after a form).
fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// Formats unix seconds or a stored time for people (UTC, to the minute).
fn when(t: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(t)
        .map(|d| d.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|_| t.to_string())
}

fn when_unix(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|| secs.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_in_the_console() {
        assert_eq!(safe_next(Some("/console/users?q=a")), "/console/users?q=a");
        for evil in [
            "https://evil.example/",
            "//evil.example",
            "/console\\..",
            "/api/v1/x",
        ] {
            assert_eq!(safe_next(Some(evil)), "/console", "{evil}");
        }
        assert_eq!(safe_next(None), "/console");
    }

    #[test]
    fn origin_check() {
        let s = "https://dir.example.com/scim/v2";
        let mut h = HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert!(same_origin(s, &h), "no Origin: not a browser form");
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:8080"),
        );
        assert!(same_origin(s, &h));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://evil.example"),
        );
        assert!(!same_origin(s, &h));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("https://dir.example.com"),
        );
        assert!(same_origin(s, &h), "the public URL, behind a proxy");
        h.insert(header::ORIGIN, HeaderValue::from_static("null"));
        assert!(!same_origin(s, &h));
    }

    #[test]
    fn markup_is_escaped() {
        let hostile = "<script>alert(1)</script>";
        let m = html! { td { (hostile) } }.into_string();
        assert!(!m.contains("<script>"), "{m}");
        assert!(m.contains("&lt;script&gt;"), "{m}");
    }
}
