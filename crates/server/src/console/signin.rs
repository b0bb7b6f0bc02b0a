//! Admin sign-in pages: password, the MFA step (TOTP, a recovery code or a
//! passkey), MFA enrolment when the org requires it, sign-out. Signing in
//! again (re-authentication before sensitive actions) is the same form
//! with the login filled in.

use axum::body::Bytes;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::Engine;
use directory::{DirectoryError, NewSession, Session, SessionKind, Stage};
use maud::{html, Markup};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::{
    admin_session, bare, check_form_csrf, csrf_field, safe_next, see_other, throttled, Console,
    Fields, PageError,
};
use crate::session::{clear_cookie, client_address, set_cookie, PeerAddr};
use crate::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/sign-in", get(sign_in_page).post(sign_in))
        .route("/console/mfa", get(mfa_page))
        .route("/console/mfa/totp", post(mfa_totp))
        .route("/console/mfa/recovery", post(mfa_recovery))
        .route("/console/enrol", get(enrol_page))
        .route("/console/enrol/totp", post(enrol_totp))
        .route("/console/sign-out", post(sign_out))
}

#[derive(Deserialize, Default)]
pub(super) struct NextQuery {
    next: Option<String>,
    login: Option<String>,
}

/// An admin session at any stage (the MFA step, enrolment).
pub(super) struct Pending {
    token: Zeroizing<String>,
    session: Session,
    csrf: String,
    address: String,
}

impl FromRequestParts<AppState> for Pending {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Response> {
        let Some((token, session)) = admin_session(parts, s).await else {
            return Err(see_other("/console/sign-in"));
        };
        let peer = parts.extensions.get::<PeerAddr>().copied();
        Ok(Pending {
            csrf: s.dir.csrf_token(&token),
            address: client_address(s, &parts.headers, peer),
            token,
            session,
        })
    }
}

fn sign_in_form(next: &str, login: Option<&str>, error: Option<&str>, reauth: bool) -> Markup {
    bare(
        "Sign in",
        html! {
            main.narrow {
                h1 { @if reauth { "Confirm it's you" } @else { "Sign in to the admin console" } }
                @if reauth {
                    p { "This action needs a recent sign-in. Enter your password again (and your second factor next)." }
                }
                @if let Some(e) = error { p.error role="alert" { (e) } }
                form.stack method="post" action="/console/sign-in" {
                    input type="hidden" name="next" value=(next);
                    label for="login" { "Email or service account name" }
                    input #login name="login" type="text" autocomplete="username" required
                        value=(login.unwrap_or("")) autofocus[login.is_none()];
                    label for="password" { "Password" }
                    input #password name="password" type="password" autocomplete="current-password" required autofocus[login.is_some()];
                    button type="submit" { "Sign in" }
                }
                p.muted { "End users sign in to the " a href="/portal" { "user portal" } "." }
            }
        },
    )
}

async fn sign_in_page(
    State(s): State<AppState>,
    parts: Parts,
    Query(q): Query<NextQuery>,
) -> Response {
    // Already signed in and not asked to confirm: straight in.
    if q.login.is_none() {
        if let Some((_, session)) = admin_session(&parts, &s).await {
            if session.stage == Stage::Full {
                return see_other(safe_next(q.next.as_deref()));
            }
        }
    }
    let next = safe_next(q.next.as_deref());
    sign_in_form(next, q.login.as_deref(), None, q.login.is_some()).into_response()
}

/// Hands out a new session (cookie) and ends the one presented before.
async fn start_session(
    s: &AppState,
    h: &HeaderMap,
    new: &NewSession,
    to: &str,
) -> Result<Response, PageError> {
    if let Some(old) =
        crate::session::presented_session(h, s.config.secure_cookies, SessionKind::Admin)
    {
        if old.as_str() != new.token.as_str() {
            s.dir.sign_out(&old).await?;
        }
    }
    let mut r = see_other(to);
    if let Some(v) = set_cookie(s.config.secure_cookies, SessionKind::Admin, &new.token) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}

fn with_next(path: &str, next: &str) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("next", next);
    format!("{path}?{}", q.finish())
}

/// Where a new session goes: its stage decides.
fn after_sign_in(new: &NewSession, next: &str) -> String {
    match new.session.stage {
        Stage::Full => next.to_string(),
        Stage::Mfa => with_next("/console/mfa", next),
        Stage::EnrolMfa => "/console/enrol".to_string(),
    }
}

async fn sign_in(
    State(s): State<AppState>,
    parts: Parts,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = Fields::parse(&parts.headers, &body)?;
    let next = safe_next(f.text("next")).to_string();
    let login = f.text("login").unwrap_or("").to_string();
    let peer = parts.extensions.get::<PeerAddr>().copied();
    let address = client_address(&s, &parts.headers, peer);
    let refused = |status: StatusCode, msg: &str| {
        (status, sign_in_form(&next, Some(&login), Some(msg), false)).into_response()
    };
    if login.is_empty() || f.get("password").unwrap_or("").is_empty() {
        return Ok(refused(
            StatusCode::BAD_REQUEST,
            "Enter your login and your password.",
        ));
    }
    match s
        .dir
        .admin_sign_in(&login, f.secret("password"), &address)
        .await
    {
        Ok(new) => start_session(&s, &parts.headers, &new, &after_sign_in(&new, &next)).await,
        Err(DirectoryError::SignInFailed) => Ok(refused(
            StatusCode::UNAUTHORIZED,
            "The login or the password is wrong.",
        )),
        Err(DirectoryError::Throttled { retry_after_secs }) => Ok(throttled(
            |msg| sign_in_form(&next, Some(&login), Some(msg), false),
            retry_after_secs,
        )),
        Err(e) => Err(e.into()),
    }
}

fn mfa_form(p: &Pending, status: &directory::MfaStatus, next: &str, error: Option<&str>) -> Markup {
    bare(
        "Second factor",
        html! {
            main.narrow {
                h1 { "Second factor" }
                @if let Some(e) = error { p.error role="alert" { (e) } }
                @if status.totp {
                    form.stack method="post" action="/console/mfa/totp" {
                        (csrf_field(&p.csrf))
                        input type="hidden" name="next" value=(next);
                        label for="code" { "Code from your authenticator app" }
                        input #code name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
                            pattern="[0-9 ]{6,8}" required autofocus;
                        button type="submit" { "Verify" }
                    }
                }
                @if !status.passkeys.is_empty() {
                    div.stack {
                        button #passkey-sign-in type="button" data-csrf=(p.csrf) data-next=(next) { "Use a passkey" }
                        p.error #passkey-error role="alert" hidden {}
                    }
                }
                details {
                    summary { "Use a recovery code" }
                    form.stack method="post" action="/console/mfa/recovery" {
                        (csrf_field(&p.csrf))
                        input type="hidden" name="next" value=(next);
                        label for="recovery" { "Recovery code" }
                        input #recovery name="code" type="text" autocomplete="off" required;
                        button type="submit" { "Use recovery code" }
                    }
                }
                form method="post" action="/console/sign-out" {
                    (csrf_field(&p.csrf))
                    button.link type="submit" { "Cancel and sign out" }
                }
            }
        },
    )
}

async fn mfa_page(
    State(s): State<AppState>,
    p: Pending,
    Query(q): Query<NextQuery>,
) -> Result<Response, PageError> {
    match p.session.stage {
        Stage::Full => return Ok(see_other(safe_next(q.next.as_deref()))),
        Stage::EnrolMfa => return Ok(see_other("/console/enrol")),
        Stage::Mfa => {}
    }
    let status = s.dir.mfa_status(&p.session.subject).await?;
    Ok(mfa_form(&p, &status, safe_next(q.next.as_deref()), None).into_response())
}

async fn mfa_step(
    s: &AppState,
    p: &Pending,
    h: &HeaderMap,
    body: &Bytes,
    recovery: bool,
) -> Result<Response, PageError> {
    let f = Fields::parse(h, body)?;
    check_form_csrf(s, &p.token, &f)?;
    let next = safe_next(f.text("next")).to_string();
    let code = Zeroizing::new(f.text("code").unwrap_or("").to_string());
    let r = if recovery {
        s.dir
            .sign_in_recovery_code(&p.token, &code, &p.address)
            .await
    } else {
        s.dir.sign_in_totp(&p.token, &code, &p.address).await
    };
    match r {
        Ok(new) => start_session(s, h, &new, &next).await,
        Err(e @ (DirectoryError::SignInFailed | DirectoryError::BadRequest(_))) => {
            let status = s.dir.mfa_status(&p.session.subject).await?;
            let msg = if matches!(e, DirectoryError::SignInFailed) {
                if recovery {
                    "That recovery code is wrong or already used."
                } else {
                    "That code is wrong or was already used. Wait for the next code and try again."
                }
            } else {
                "Enter the code as it is shown."
            };
            Ok((
                StatusCode::UNAUTHORIZED,
                mfa_form(p, &status, &next, Some(msg)),
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

async fn mfa_totp(
    State(s): State<AppState>,
    p: Pending,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    mfa_step(&s, &p, &h, &body, false).await
}

async fn mfa_recovery(
    State(s): State<AppState>,
    p: Pending,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    mfa_step(&s, &p, &h, &body, true).await
}

/// The TOTP enrolment form: a new secret each time the page is shown
/// (kept in the session until confirmed).
pub(super) async fn totp_enrol_markup(
    s: &AppState,
    token: &str,
    csrf: &str,
    error: Option<&str>,
) -> Result<Markup, PageError> {
    let e = s.dir.totp_enrol_start(token).await?;
    let qr = base64::engine::general_purpose::STANDARD.encode(e.qr_svg.as_bytes());
    Ok(html! {
        @if let Some(e) = error { p.error role="alert" { (e) } }
        ol {
            li { "Scan this code with an authenticator app (or enter the key by hand)." }
            li { "Enter the 6-digit code it shows." }
        }
        img.qr src=(format!("data:image/svg+xml;base64,{qr}")) alt="QR code of the authenticator key" width="200" height="200";
        p { "Key: " code #totp-secret { (e.secret.as_str()) } }
        form.stack method="post" action="/console/enrol/totp" {
            (csrf_field(csrf))
            label for="code" { "Code from the app" }
            input #code name="code" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,8}" required;
            button type="submit" { "Confirm" }
        }
    })
}

async fn enrol_page(State(s): State<AppState>, p: Pending) -> Result<Response, PageError> {
    if p.session.stage == Stage::Mfa {
        return Ok(see_other("/console/mfa"));
    }
    let form = totp_enrol_markup(&s, &p.token, &p.csrf, None).await?;
    Ok(enrol_page_markup(&p, form).into_response())
}

fn enrol_page_markup(p: &Pending, form: Markup) -> Markup {
    bare(
        "Set up a second factor",
        html! {
            main.narrow {
                h1 { "Set up a second factor" }
                @if p.session.stage == Stage::EnrolMfa {
                    p { "Your organization requires admins to sign in with a second factor. Set one up to continue." }
                }
                section {
                    h2 { "Authenticator app" }
                    (form)
                }
                section {
                    h2 { "Or a passkey" }
                    p.muted { "A passkey on this device or a security key." }
                    label for="passkey-name" { "Name" }
                    input #passkey-name type="text" value="My passkey";
                    button #passkey-register type="button" data-csrf=(p.csrf) { "Add a passkey" }
                    p.error #passkey-error role="alert" hidden {}
                    (recovery_codes_box())
                }
                form method="post" action="/console/sign-out" {
                    (csrf_field(&p.csrf))
                    button.link type="submit" { "Cancel and sign out" }
                }
            }
        },
    )
}

/// Where the script shows recovery codes a passkey enrolment returned.
pub(super) fn recovery_codes_box() -> Markup {
    html! {
        div #recovery-codes hidden {
            h2 { "Your recovery codes" }
            p { "Each code signs you in once if you lose your second factor. They are shown only now: store them somewhere safe." }
            pre.codes {}
            a.button href="/console" { "Continue to the console" }
        }
    }
}

/// The recovery codes, shown once.
pub(super) fn codes_markup(codes: &directory::RecoveryCodes) -> Markup {
    html! {
        h2 { "Your recovery codes" }
        p { "Each code signs you in once if you lose your second factor. They are shown only now: store them somewhere safe." }
        pre.codes #recovery-code-list { @for c in &codes.0 { (c.as_str()) "\n" } }
    }
}

async fn enrol_totp(
    State(s): State<AppState>,
    p: Pending,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = Fields::parse(&h, &body)?;
    check_form_csrf(&s, &p.token, &f)?;
    let code = f.text("code").unwrap_or("");
    let e = match s.dir.totp_enrol_confirm(&p.token, code).await {
        Ok(e) => e,
        Err(DirectoryError::BadRequest(_) | DirectoryError::SignInFailed) => {
            let form = totp_enrol_markup(
                &s,
                &p.token,
                &p.csrf,
                Some("That code did not match. A new key is shown below: scan it again (remove the old entry from the app)."),
            )
            .await?;
            return Ok((StatusCode::BAD_REQUEST, enrol_page_markup(&p, form)).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    let page = bare(
        "Authenticator app added",
        html! {
            main.narrow {
                h1 { "Authenticator app added" }
                @if let Some(codes) = &e.recovery_codes { (codes_markup(codes)) }
                a.button href="/console/account" { "Continue" }
            }
        },
    );
    let mut r = page.into_response();
    if let Some(new) = &e.session {
        if let Some(v) = set_cookie(s.config.secure_cookies, SessionKind::Admin, &new.token) {
            r.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    Ok(r)
}

async fn sign_out(
    State(s): State<AppState>,
    p: Pending,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = Fields::parse(&h, &body)?;
    check_form_csrf(&s, &p.token, &f)?;
    s.dir.sign_out(&p.token).await?;
    let mut r = see_other("/console/sign-in");
    if let Some(v) = clear_cookie(s.config.secure_cookies, SessionKind::Admin) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}

/// The re-authentication prompt of a page whose action needs a recent
/// sign-in: the sign-in form with the login filled in, coming back here.
pub(super) fn reauth_link(c: &Console, back: &str) -> Markup {
    let mut q = form_urlencoded::Serializer::new(String::new());
    q.append_pair("next", back);
    q.append_pair("login", &c.admin.email);
    html! {
        p.notice {
            "This needs a sign-in within the last "
            (c.reauth_minutes()) " minutes. "
            a href=(format!("/console/sign-in?{}", q.finish())) { "Confirm it's you" }
        }
    }
}

impl Console {
    fn reauth_minutes(&self) -> u64 {
        self.reauth_secs().div_ceil(60)
    }

    fn reauth_secs(&self) -> u64 {
        // The policy lives in the directory; a page only shows it.
        self.reauth
    }
}
