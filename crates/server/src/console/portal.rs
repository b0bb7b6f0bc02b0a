//! The user portal's pages: sign-in with the directory password, the
//! user's own profile, changing the password (with the policy and the
//! warning that Okta's next push overwrites it) and editing attributes
//! when the org allows it.

use axum::body::Bytes;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use directory::{DirectoryError, SessionKind};
use maud::{html, Markup, DOCTYPE};
use serde::Deserialize;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use super::{check_form_csrf, csrf_field, head, see_other, throttled, Fields, PageError};
use crate::session::{
    clear_cookie, client_address, current_session_of, presented_session, set_cookie, Authed,
    PeerAddr,
};
use crate::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/portal", get(profile))
        .route("/portal/", get(profile))
        .route("/portal/sign-in", get(sign_in_page).post(sign_in))
        .route("/portal/password", post(change_password))
        .route("/portal/attributes", post(edit_attributes))
        .route("/portal/sign-out", post(sign_out))
}

/// The attributes the portal's form edits (a subset of `PORTAL_EDITABLE`
/// with plain string values).
const FORM_ATTRIBUTES: &[(&str, &str)] = &[
    ("displayName", "Display name"),
    ("nickName", "Nickname"),
    ("title", "Job title"),
    ("locale", "Locale"),
    ("timezone", "Time zone"),
    ("preferredLanguage", "Preferred language"),
];

fn layout(title: &str, csrf: Option<&str>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head(title, "User Portal"))
            body.bare {
                header.top {
                    span.brand { "User Portal" }
                    @if let Some(csrf) = csrf {
                        div.who {
                            form method="post" action="/portal/sign-out" {
                                (csrf_field(csrf))
                                button.link type="submit" { "Sign out" }
                            }
                        }
                    }
                }
                main.narrow { (body) }
            }
        }
    }
}

/// A signed-in, active user.
struct PortalUser {
    authed: Authed,
    csrf: String,
    profile: Value,
}

impl PortalUser {
    /// Parses a form and checks its CSRF token.
    fn form(&self, s: &AppState, h: &HeaderMap, body: &Bytes) -> Result<Fields, PageError> {
        let f = Fields::parse(h, body)?;
        check_form_csrf(s, &self.authed.token, &f)?;
        Ok(f)
    }
}

impl FromRequestParts<AppState> for PortalUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        let token = presented_session(&parts.headers, s.config.secure_cookies, SessionKind::User)
            .map(Zeroizing::new);
        let Some(token) = token else {
            return Err(see_other("/portal/sign-in"));
        };
        let Ok(session) = current_session_of(s, &token).await else {
            return Err(see_other("/portal/sign-in"));
        };
        if session.kind != SessionKind::User {
            return Err(see_other("/portal/sign-in"));
        }
        let peer = parts.extensions.get::<PeerAddr>().copied();
        let authed = Authed {
            address: client_address(s, &parts.headers, peer),
            token,
            session,
        };
        // A suspended (or removed) user's session ends here.
        let profile = match crate::portal::active_user(s, &authed).await {
            Ok(p) => p,
            Err(e) if e.status == StatusCode::UNAUTHORIZED => {
                return Err(see_other("/portal/sign-in"))
            }
            Err(e) => return Err(PageError::from(e).into_response()),
        };
        Ok(PortalUser {
            csrf: s.dir.csrf_token(&authed.token),
            authed,
            profile,
        })
    }
}

fn sign_in_form(username: &str, error: Option<&str>) -> Markup {
    layout(
        "Sign in",
        None,
        html! {
            h1 { "Sign in to the User Portal" }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            form.stack method="post" action="/portal/sign-in" {
                label for="username" { "Username" }
                input #username name="username" type="text" autocomplete="username" required value=(username) autofocus;
                label for="password" { "Password" }
                input #password name="password" type="password" autocomplete="current-password" required;
                button type="submit" { "Sign in" }
            }
            p.muted { "Your username is the part of your email before the @; your password is the one you use for Okta." }
        },
    )
}

async fn sign_in_page() -> Response {
    sign_in_form("", None).into_response()
}

async fn sign_in(
    State(s): State<AppState>,
    parts: Parts,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = Fields::parse(&parts.headers, &body)?;
    let username = f.text("username").unwrap_or("").to_string();
    if username.is_empty() || f.get("password").unwrap_or("").is_empty() {
        return Ok((
            StatusCode::BAD_REQUEST,
            sign_in_form(&username, Some("Enter your username and your password.")),
        )
            .into_response());
    }
    let org = crate::portal::portal_org(&s, None).await?;
    let peer = parts.extensions.get::<PeerAddr>().copied();
    let address = client_address(&s, &parts.headers, peer);
    match s
        .dir
        .user_sign_in(&org, &username, f.secret("password"), &address)
        .await
    {
        Ok(new) => {
            if let Some(old) =
                presented_session(&parts.headers, s.config.secure_cookies, SessionKind::User)
            {
                s.dir.sign_out(&old).await?;
            }
            let mut r = see_other("/portal");
            if let Some(v) = set_cookie(s.config.secure_cookies, SessionKind::User, &new.token) {
                r.headers_mut().append(header::SET_COOKIE, v);
            }
            Ok(r)
        }
        Err(DirectoryError::SignInFailed | DirectoryError::InvalidUsername(_)) => Ok((
            StatusCode::UNAUTHORIZED,
            sign_in_form(&username, Some("The username or the password is wrong.")),
        )
            .into_response()),
        Err(DirectoryError::Throttled { retry_after_secs }) => Ok(throttled(
            |msg| sign_in_form(&username, Some(msg)),
            retry_after_secs,
        )),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
struct Done {
    done: Option<String>,
}

fn str_at<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    let mut cur = v;
    for p in path {
        cur = match cur.get(p) {
            Some(x) => x,
            None => return "",
        };
    }
    cur.as_str().unwrap_or("")
}

fn profile_page(u: &PortalUser, done: Option<&str>, error: Option<&str>) -> Markup {
    let p = &u.profile;
    let attrs = &p["attributes"];
    let may_edit = p["may_edit_attributes"].as_bool().unwrap_or(false);
    let may_change = p["may_change_password"].as_bool().unwrap_or(false);
    let policy = &p["password_policy"];
    let done_text = match done {
        Some("password") => {
            Some("Your password is changed. Your devices receive it at their next check-in.")
        }
        Some("attributes") => Some("Your profile is saved."),
        _ => None,
    };
    layout(
        "My profile",
        Some(&u.csrf),
        html! {
            h1 { "Hello, " (str_at(p, &["username"])) }
            @if let Some(t) = done_text { p.notice role="status" { (t) } }
            @if let Some(e) = error { p.error role="alert" { (e) } }
            section {
                h2 { "Profile" }
                dl {
                    dt { "Username" } dd { code { (str_at(p, &["username"])) } }
                    dt { "Login" } dd { (str_at(p, &["login"])) }
                    dt { "Name" } dd { (str_at(attrs, &["name", "givenName"])) " " (str_at(attrs, &["name", "familyName"])) }
                    @for (k, label) in FORM_ATTRIBUTES {
                        @let v = str_at(attrs, &[k]);
                        @if !v.is_empty() { dt { (label) } dd { (v) } }
                    }
                }
            }
            section {
                h2 { "Edit my attributes" }
                @if may_edit {
                    form.stack method="post" action="/portal/attributes" {
                        (csrf_field(&u.csrf))
                        @for (k, label) in FORM_ATTRIBUTES {
                            label for=(k) { (label) }
                            input id=(k) name=(k) type="text" value=(str_at(attrs, &[k]));
                        }
                        button type="submit" { "Save" }
                    }
                    p.muted { "Okta may overwrite these when it next updates your account." }
                } @else {
                    p.empty #attributes-disabled { "Your organization manages your attributes in Okta: they cannot be edited here." }
                }
            }
            section {
                h2 { "Change my password" }
                @if may_change {
                    p.warning { "Your password comes from Okta. A change here is not sent to Okta, and Okta's next password push overwrites it." }
                    p.muted {
                        "At least " (policy["min_length"].as_u64().unwrap_or(8)) " characters"
                        @if policy["require_uppercase"] == true { ", an uppercase letter" }
                        @if policy["require_lowercase"] == true { ", a lowercase letter" }
                        @if policy["require_digit"] == true { ", a digit" }
                        @if policy["require_symbol"] == true { ", a symbol" }
                        @if policy["disallow_username"] == true { "; not containing your username" }
                        "."
                    }
                    form.stack method="post" action="/portal/password" {
                        (csrf_field(&u.csrf))
                        label for="current_password" { "Current password" }
                        input #current_password name="current_password" type="password" autocomplete="current-password" required;
                        label for="new_password" { "New password" }
                        input #new_password name="new_password" type="password" autocomplete="new-password" required;
                        button type="submit" { "Change password" }
                    }
                } @else {
                    p.empty { "Your organization does not allow password changes here: change it in Okta." }
                }
            }
        },
    )
}

async fn profile(u: PortalUser, Query(d): Query<Done>) -> Response {
    profile_page(&u, d.done.as_deref(), None).into_response()
}

/// Re-renders the profile with an error for a refused change.
fn refused(u: &PortalUser, e: DirectoryError) -> Result<Response, PageError> {
    let api = crate::error::ApiError::from(e);
    if api.status.is_client_error() && api.status != StatusCode::UNAUTHORIZED {
        Ok((api.status, profile_page(u, None, Some(&api.detail))).into_response())
    } else {
        Err(api.into())
    }
}

async fn change_password(
    State(s): State<AppState>,
    u: PortalUser,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = u.form(&s, &h, &body)?;
    let r = s
        .dir
        .portal_change_password(
            &u.authed.session.org_id,
            &u.authed.session.subject,
            f.secret("current_password"),
            f.secret("new_password"),
        )
        .await;
    match r {
        Ok(()) => Ok(see_other("/portal?done=password")),
        Err(DirectoryError::SignInFailed | DirectoryError::Unauthorized) => Ok((
            StatusCode::BAD_REQUEST,
            profile_page(
                &u,
                None,
                Some("The current password is wrong; nothing was changed."),
            ),
        )
            .into_response()),
        Err(e) => refused(&u, e),
    }
}

async fn edit_attributes(
    State(s): State<AppState>,
    u: PortalUser,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = u.form(&s, &h, &body)?;
    let mut attrs = Map::new();
    for (k, _) in FORM_ATTRIBUTES {
        let Some(v) = f.get(k).map(str::trim) else {
            continue;
        };
        // Only what changed is sent; an emptied field removes the attribute.
        if v != str_at(&u.profile["attributes"], &[k]) {
            let v = if v.is_empty() {
                Value::Null
            } else {
                Value::String(v.to_string())
            };
            attrs.insert(k.to_string(), v);
        }
    }
    if attrs.is_empty() {
        return Ok(see_other("/portal?done=attributes"));
    }
    match s
        .dir
        .portal_update_attributes(&u.authed.session.org_id, &u.authed.session.subject, &attrs)
        .await
    {
        Ok(()) => Ok(see_other("/portal?done=attributes")),
        Err(e) => refused(&u, e),
    }
}

async fn sign_out(
    State(s): State<AppState>,
    u: PortalUser,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    u.form(&s, &h, &body)?;
    s.dir.sign_out(&u.authed.token).await?;
    let mut r = see_other("/portal/sign-in");
    if let Some(v) = clear_cookie(s.config.secure_cookies, SessionKind::User) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}
