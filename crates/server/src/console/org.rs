//! Devices and enrolment tokens, org settings, the API key, admins, the
//! signed-in admin's own account (password, MFA), diagnostics and the
//! username collision report.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use directory::{AdminRole, AuditQuery, NewAdmin, OrgSettings, UsernamePolicy};
use maud::{html, Markup};
use serde::Deserialize;
use zeroize::Zeroizing;

use super::signin::{codes_markup, reauth_link, recovery_codes_box, totp_enrol_markup};
use super::{csrf_field, notice, page, see_other, when, when_unix, Console, Fields, PageError};
use crate::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/devices", get(devices))
        .route("/console/devices/{id}", get(device))
        .route("/console/enrolment-tokens", post(mint_token))
        .route("/console/settings", get(settings).post(save_settings))
        .route("/console/api-key", get(api_key).post(generate_key))
        .route("/console/admins", get(admins).post(add_admin))
        .route("/console/admins/{id}/{action}", post(admin_action))
        .route("/console/account", get(account))
        .route("/console/account/password", post(change_password))
        .route("/console/account/totp", get(add_totp).post(remove_totp))
        .route(
            "/console/account/passkeys/{id}/remove",
            post(remove_passkey),
        )
        .route("/console/account/recovery-codes", post(new_codes))
        .route("/console/diagnostics", get(diagnostics))
        .route(
            "/console/collisions",
            get(collisions).post(check_collisions),
        )
}

#[derive(Deserialize, Default)]
struct Done {
    done: Option<String>,
}

async fn devices(State(s): State<AppState>, c: Console) -> Result<Response, PageError> {
    let list = s.dir.device_summaries(&c.session.org_id).await?;
    let body = html! {
        h1 { "Devices" }
        @if list.is_empty() {
            p.empty { "No devices yet. Create an enrolment token below and run the agent with it on a device." }
        } @else {
            table.data {
                thead { tr { th scope="col" { "Name" } th scope="col" { "Platform" } th scope="col" { "Agent" } th scope="col" { "Last check-in" } th scope="col" { "Bound users" } th scope="col" { "Versions to apply" } th scope="col" { "Drifted or failed" } } }
                tbody {
                    @for d in &list {
                        tr {
                            td { a href=(format!("/console/devices/{}", d.id)) { (d.name) } }
                            td { (d.platform.as_str()) }
                            td { @if let Some(a) = &d.agent { code { (a) } } @else { span.muted { "unknown" } } }
                            td {
                                @if d.online { span.badge.ok { "online" } " " }
                                @if let Some(t) = &d.last_seen_at { (when(t)) } @else { span.muted { "never" } }
                            }
                            td { (d.bound_users) }
                            td { @if d.open_deliveries > 0 { span.badge.warn { (d.open_deliveries) } } @else { "0" } }
                            td { @if d.accounts_drifted > 0 { span.badge.bad { (d.accounts_drifted) } } @else { "0" } }
                        }
                    }
                }
            }
        }
        @if c.admin.role == AdminRole::Admin {
            section {
                h2 { "Enrol a device" }
                p { "An enrolment token is used once and expires. Give it to the agent: " code { "directory-agent enroll --server URL --token TOKEN" } }
                form.inline method="post" action="/console/enrolment-tokens" {
                    (csrf_field(&c.csrf))
                    label for="hours" { "Valid for (hours)" }
                    input #hours name="hours" type="number" min="1" max="168" value="1" required;
                    button type="submit" { "Create enrolment token" }
                }
            }
        }
    };
    Ok(page(&c, "Devices", "/console/devices", body).into_response())
}

async fn device(
    State(s): State<AppState>,
    c: Console,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let d = s.dir.device_details(&c.session.org_id, &id).await?;
    let body = html! {
        p.crumbs { a href="/console/devices" { "Devices" } " › " (d.device.name) }
        h1 { (d.device.name) @if d.device.online { " " span.badge.ok { "online" } } }
        dl {
            dt { "Platform" } dd { (d.device.platform.as_str()) }
            dt { "Enrolled" } dd { (when(&d.device.created_at)) }
            dt { "Last check-in" } dd { @if let Some(t) = &d.device.last_seen_at { (when(t)) } @else { "never" } }
            dt { "Agent" } dd { @if let Some(a) = &d.device.agent { code { (a) } } @else { "not yet known (it shows at the next check-in)" } }
            dt { "Device id" } dd { code { (d.device.id) } }
        }
        h2 { "Bound users" }
        @if d.bindings.is_empty() {
            p.empty { "No user is bound to this device. Bind users from their Details panel." }
        } @else {
            table.data {
                thead { tr { th scope="col" { "User" } th scope="col" { "State" } th scope="col" { "Applied / current version" } th scope="col" { "Agent report" } th scope="col" { "Account" } } }
                tbody {
                    @for b in &d.bindings {
                        tr {
                            td { a href=(format!("/console/users/{}", b.user_id)) { (b.username) } }
                            td { (b.state) }
                            td { "v" (b.completed_version) " / v" (b.current_version)
                                @if b.completed_version < b.current_version { " " span.badge.warn { "behind" } } }
                            td {
                                @if let Some(st) = &b.agent_state {
                                    span class=(if st == "in_sync" { "badge ok" } else { "badge warn" }) { (st) }
                                    @if let Some(t) = &b.agent_at { " · " (when(t)) }
                                    @if let Some(detail) = &b.agent_detail { br; span.muted { (detail) } }
                                } @else { span.muted { "no report yet" } }
                            }
                            td { @if b.locked { "locked" } @else { "unlocked" } }
                        }
                    }
                }
            }
        }
    };
    Ok(page(&c, &d.device.name, "/console/devices", body).into_response())
}

async fn mint_token(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    c.require_write()?;
    let hours: u64 = f
        .required("hours", "How long the token is valid")?
        .parse()
        .ok()
        .filter(|h| (1..=168).contains(h))
        .ok_or_else(|| {
            PageError::bad_request("The validity must be a whole number of hours from 1 to 168.")
        })?;
    let t = s
        .dir
        .mint_enrolment_token(
            &c.session.org_id,
            &c.actor(),
            std::time::Duration::from_secs(hours * 3600),
        )
        .await?;
    let body = html! {
        h1 { "Enrolment token" }
        p.notice { "Shown once. It enrols one device and expires at " (when(&t.expires_at)) "." }
        div.secret {
            code #enrolment-token { (t.token.as_str()) }
            button.copy type="button" data-copy="enrolment-token" { "Copy" }
        }
        p { a href="/console/devices" { "Back to devices" } }
    };
    Ok((
        StatusCode::CREATED,
        page(&c, "Enrolment token", "/console/devices", body),
    )
        .into_response())
}

fn settings_form(c: &Console, st: &OrgSettings, error: Option<&str>, done: Option<&str>) -> Markup {
    let p = &st.password_policy;
    let ro = c.admin.role != AdminRole::Admin;
    html! {
        h1 { "Org settings" }
        (notice(done))
        @if let Some(e) = error { p.error role="alert" { (e) } }
        form.stack.settings method="post" action="/console/settings" {
            (csrf_field(&c.csrf))
            fieldset disabled[ro] {
                legend { "User portal" }
                label.check { input type="checkbox" name="portal_attribute_edits" checked[st.portal_attribute_edits]; " Users may edit their attributes in the User Portal" }
                p.muted { "The product document recommends turning this off for Okta-managed users: Okta is the source of truth and overwrites local edits." }
                label.check { input type="checkbox" name="portal_password_changes" checked[st.portal_password_changes]; " Users may change their password in the User Portal (drift: Okta's next push overwrites it)" }
            }
            fieldset disabled[ro] {
                legend { "Password policy" }
                label for="min_length" { "Minimum length" }
                input #min_length name="min_length" type="number" min="1" max="256" value=(p.min_length) required;
                label.check { input type="checkbox" name="require_uppercase" checked[p.require_uppercase]; " An uppercase letter" }
                label.check { input type="checkbox" name="require_lowercase" checked[p.require_lowercase]; " A lowercase letter" }
                label.check { input type="checkbox" name="require_digit" checked[p.require_digit]; " A digit" }
                label.check { input type="checkbox" name="require_symbol" checked[p.require_symbol]; " A symbol" }
                label.check { input type="checkbox" name="disallow_username" checked[p.disallow_username]; " Must not contain the username" }
                label for="history_depth" { "Previous passwords that may not be reused" }
                input #history_depth name="history_depth" type="number" min="0" max="24" value=(p.history_depth) required;
                label for="max_age_days" { "Password aging: expires after (days; empty = never expires)" }
                input #max_age_days name="max_age_days" type="number" min="1" max="3650" value=[p.max_age_days];
            }
            fieldset disabled[ro] {
                legend { "Usernames" }
                label.check { input type="radio" name="username_policy" value="strict" checked[st.username_policy == UsernamePolicy::Strict]; " Refuse a login whose username breaks the unix rules (strict)" }
                label.check { input type="radio" name="username_policy" value="sanitize" checked[st.username_policy == UsernamePolicy::Sanitize]; " Derive a compliant username instead (sanitize)" }
            }
            fieldset disabled[ro] {
                legend { "Admins" }
                label.check { input type="checkbox" name="require_admin_mfa" checked[st.require_admin_mfa]; " Every admin signs in with a second factor" }
            }
            @if !ro { button type="submit" { "Save settings" } }
        }
    }
}

async fn settings(
    State(s): State<AppState>,
    c: Console,
    Query(d): Query<Done>,
) -> Result<Response, PageError> {
    let st = s.dir.org_settings(&c.session.org_id).await?;
    Ok(page(
        &c,
        "Org settings",
        "/console/settings",
        settings_form(&c, &st, None, d.done.as_deref()),
    )
    .into_response())
}

fn number<T: std::str::FromStr>(f: &Fields, name: &str, label: &str) -> Result<T, String> {
    f.text(name)
        .ok_or_else(|| format!("{label} is required."))?
        .parse()
        .map_err(|_| format!("{label} must be a whole number."))
}

/// The settings a form asks for (what it does not show is kept as is).
fn settings_from(f: &Fields, mut st: OrgSettings) -> Result<OrgSettings, String> {
    st.portal_attribute_edits = f.checked("portal_attribute_edits");
    st.portal_password_changes = f.checked("portal_password_changes");
    st.require_admin_mfa = f.checked("require_admin_mfa");
    let p = &mut st.password_policy;
    p.min_length = number(f, "min_length", "The minimum length")?;
    p.history_depth = number(f, "history_depth", "The number of previous passwords")?;
    p.max_age_days = match f.text("max_age_days") {
        None => None,
        Some(_) => Some(number(f, "max_age_days", "The password age")?),
    };
    p.require_uppercase = f.checked("require_uppercase");
    p.require_lowercase = f.checked("require_lowercase");
    p.require_digit = f.checked("require_digit");
    p.require_symbol = f.checked("require_symbol");
    p.disallow_username = f.checked("disallow_username");
    st.username_policy = match f.text("username_policy") {
        Some("strict") => UsernamePolicy::Strict,
        Some("sanitize") => UsernamePolicy::Sanitize,
        _ => return Err("Choose a username policy: strict or sanitize.".into()),
    };
    Ok(st)
}

async fn save_settings(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    c.require_write()?;
    let current = s.dir.org_settings(&c.session.org_id).await?;
    let wanted = match settings_from(&f, current.clone()) {
        Ok(w) => w,
        Err(msg) => {
            return Ok((
                StatusCode::BAD_REQUEST,
                page(
                    &c,
                    "Org settings",
                    "/console/settings",
                    settings_form(&c, &current, Some(&msg), None),
                ),
            )
                .into_response())
        }
    };
    match s
        .dir
        .set_org_settings(&c.session.org_id, &wanted, &c.actor())
        .await
    {
        Ok(()) => Ok(see_other("/console/settings?done=saved")),
        Err(e @ directory::DirectoryError::BadRequest(_)) => {
            let msg = crate::error::ApiError::from(e).detail;
            Ok((
                StatusCode::BAD_REQUEST,
                page(
                    &c,
                    "Org settings",
                    "/console/settings",
                    settings_form(&c, &wanted, Some(&msg), None),
                ),
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

async fn api_key(State(s): State<AppState>, c: Console) -> Result<Response, PageError> {
    let summary = s.dir.admin_summary(&c.admin.id).await?;
    let body = html! {
        h1 { "My API key" }
        p { "Okta calls this directory's SCIM API with an admin's API key. Enter it in Okta's app under Provisioning > Integration (API token). Ideally it belongs to a service account with MFA." }
        p { "SCIM base URL: " code { (s.config.scim_base_url) } }
        p {
            @if summary.api_key { "You have an API key. It is never shown again after it was generated." }
            @else { "You have no API key yet." }
        }
        @if c.admin.role != AdminRole::Admin {
            p.notice { "Read-only admins cannot generate API keys: Okta's key belongs to an admin with the 'admin' role." }
        } @else if c.recent {
            form method="post" action="/console/api-key" {
                (csrf_field(&c.csrf))
                @if summary.api_key {
                    p.warning { "Generating a new key revokes the current one at once: Okta's requests fail until you enter the new key in Okta." }
                    button.danger type="submit" { "Generate new API key" }
                } @else {
                    button type="submit" { "Generate API key" }
                }
            }
        } @else {
            (reauth_link(&c, "/console/api-key"))
        }
    };
    Ok(page(&c, "My API key", "/console/api-key", body).into_response())
}

async fn generate_key(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    c.form(&s, &h, &body)?;
    c.require_write()?;
    s.dir.require_recent_sign_in(&c.session)?;
    let key = s.dir.generate_api_key(&c.admin.id).await?;
    let body = html! {
        h1 { "Your new API key" }
        p.warning { "Copy it now: it is shown only this once. Your previous key stopped working." }
        div.secret {
            code #api-key { (key.as_str()) }
            button.copy type="button" data-copy="api-key" { "Copy" }
        }
        p { "Enter it in Okta: the app's Provisioning > Integration > API token, then Test API Credentials." }
        p { a href="/console" { "Done" } }
    };
    Ok((
        StatusCode::CREATED,
        page(&c, "Your new API key", "/console/api-key", body),
    )
        .into_response())
}

async fn admins(
    State(s): State<AppState>,
    c: Console,
    Query(d): Query<Done>,
) -> Result<Response, PageError> {
    let list = s.dir.list_admins(&c.session.org_id).await?;
    let can = c.admin.role == AdminRole::Admin;
    let body = html! {
        h1 { "Admins" }
        (notice(d.done.as_deref()))
        table.data {
            thead { tr { th scope="col" { "Login" } th scope="col" { "Name" } th scope="col" { "Role" } th scope="col" { "MFA" } th scope="col" { "API key" } th scope="col" { "Status" } th {} } }
            tbody {
                @for a in &list {
                    tr {
                        td { (a.admin.email) @if a.admin.service_account { " " span.badge { "service account" } } }
                        td { (a.admin.display_name.as_deref().unwrap_or("")) }
                        td { (a.admin.role.as_str()) }
                        td {
                            @if a.mfa.totp { "authenticator app " }
                            @if !a.mfa.passkeys.is_empty() { (a.mfa.passkeys.len()) " passkey(s) " }
                            @if !a.mfa.totp && a.mfa.passkeys.is_empty() { span.badge.warn { "none" } }
                        }
                        td { @if a.api_key { "yes" } @else { "no" } }
                        td { @if a.admin.enabled { "enabled" } @else { span.badge.bad { "disabled" } } }
                        td.row-actions {
                            @if can && a.admin.id != c.admin.id {
                                @if c.recent {
                                    @let action = if a.admin.enabled { "disable" } else { "enable" };
                                    form method="post" action=(format!("/console/admins/{}/{action}", a.admin.id)) {
                                        (csrf_field(&c.csrf))
                                        button.link type="submit" { @if a.admin.enabled { "Disable" } @else { "Enable" } }
                                    }
                                    form method="post" action=(format!("/console/admins/{}/reset-mfa", a.admin.id)) {
                                        (csrf_field(&c.csrf))
                                        button.link type="submit" { "Reset MFA" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if can {
            section {
                h2 { "Add an admin" }
                @if c.recent {
                    form.stack method="post" action="/console/admins" {
                        (csrf_field(&c.csrf))
                        label for="login" { "Email (or a service account's name)" }
                        input #login name="login" type="text" required;
                        label.check { input type="checkbox" name="service_account"; " Service account (for Okta's API key)" }
                        label for="display_name" { "Name" }
                        input #display_name name="display_name" type="text";
                        label for="role" { "Role" }
                        select #role name="role" {
                            option value="admin" { "admin: reads and changes everything" }
                            option value="read_only" { "read-only: reads only" }
                        }
                        label for="new_password" { "Initial password" }
                        input #new_password name="password" type="password" autocomplete="new-password" required;
                        button type="submit" { "Add admin" }
                    }
                } @else {
                    (reauth_link(&c, "/console/admins"))
                }
            }
        }
    };
    Ok(page(&c, "Admins", "/console/admins", body).into_response())
}

async fn add_admin(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    c.require_write()?;
    s.dir.require_recent_sign_in(&c.session)?;
    let role = match f.text("role") {
        Some("admin") | None => AdminRole::Admin,
        Some("read_only") => AdminRole::ReadOnly,
        Some(r) => {
            return Err(PageError::bad_request(format!(
                "Unknown role '{r}': choose admin or read-only."
            )))
        }
    };
    let new = NewAdmin {
        login: f.required("login", "The login")?.to_string(),
        display_name: f.text("display_name").map(str::to_string),
        role,
        service_account: f.checked("service_account"),
        password: f.secret("password"),
    };
    s.dir.add_admin(&c.session.org_id, new, &c.actor()).await?;
    Ok(see_other("/console/admins?done=added"))
}

async fn admin_action(
    State(s): State<AppState>,
    c: Console,
    Path((id, action)): Path<(String, String)>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    c.form(&s, &h, &body)?;
    c.require_write()?;
    s.dir.require_recent_sign_in(&c.session)?;
    if !matches!(action.as_str(), "disable" | "enable" | "reset-mfa") {
        return Err(PageError::new(
            StatusCode::NOT_FOUND,
            format!("Unknown action '{action}': disable, enable or reset-mfa."),
        ));
    }
    let target = s.dir.admin_summary(&id).await?;
    if target.admin.org_id.as_deref() != Some(c.session.org_id.as_str()) {
        return Err(PageError::new(
            StatusCode::NOT_FOUND,
            format!("No admin {id} in this organization."),
        ));
    }
    let done = if action == "reset-mfa" {
        s.dir.reset_admin_mfa(&id, &c.actor()).await?;
        "mfa-reset"
    } else {
        let on = action == "enable";
        s.dir
            .set_admin_enabled(&c.session.org_id, &id, on, &c.actor())
            .await?;
        if on {
            "enabled"
        } else {
            "disabled"
        }
    };
    Ok(see_other(&format!("/console/admins?done={done}")))
}

async fn account(
    State(s): State<AppState>,
    c: Console,
    Query(d): Query<Done>,
) -> Result<Response, PageError> {
    let mfa = s.dir.mfa_status(&c.admin.id).await?;
    let sessions = s.dir.sessions_of(&c.session).await?;
    let body = html! {
        h1 { "My account" }
        (notice(d.done.as_deref()))
        dl {
            dt { "Login" } dd { (c.admin.email) }
            dt { "Role" } dd { (c.admin.role.as_str()) }
            dt { "Signed in" } dd { (when_unix(c.session.authed_at)) " from " (c.address) }
        }
        section {
            h2 { "Second factors" }
            @if !c.recent { (reauth_link(&c, "/console/account")) }
            ul.plain {
                li {
                    "Authenticator app: "
                    @if mfa.totp {
                        "on "
                        @if c.recent {
                            form.inline method="post" action="/console/account/totp" {
                                (csrf_field(&c.csrf))
                                button.link type="submit" { "Remove" }
                            }
                        }
                    } @else {
                        "off "
                        @if c.recent { a href="/console/account/totp" { "Set up" } }
                    }
                }
                @for p in &mfa.passkeys {
                    li {
                        "Passkey " strong { (p.name) } " added " (when_unix(p.created_at))
                        @if let Some(u) = p.used_at { ", last used " (when_unix(u)) }
                        @if c.recent {
                            " "
                            form.inline method="post" action=(format!("/console/account/passkeys/{}/remove", p.id)) {
                                (csrf_field(&c.csrf))
                                button.link type="submit" { "Remove" }
                            }
                        }
                    }
                }
                li { "Recovery codes left: " (mfa.recovery_codes_left) }
            }
            @if c.recent {
                div.stack {
                    label for="passkey-name" { "New passkey's name" }
                    input #passkey-name type="text" value="My passkey";
                    button #passkey-register type="button" data-csrf=(c.csrf) { "Add a passkey" }
                    p.error #passkey-error role="alert" hidden {}
                    (recovery_codes_box())
                }
                form method="post" action="/console/account/recovery-codes" {
                    (csrf_field(&c.csrf))
                    button type="submit" { "New recovery codes" }
                }
            }
        }
        @if c.recent {
            section {
                h2 { "Change password" }
                form.stack method="post" action="/console/account/password" {
                    (csrf_field(&c.csrf))
                    label for="new_password" { "New password" }
                    input #new_password name="new_password" type="password" autocomplete="new-password" required;
                    button type="submit" { "Change password" }
                    p.muted { "Your other sessions end." }
                }
            }
        }
        section {
            h2 { "Sessions" }
            table.data {
                thead { tr { th scope="col" { "Signed in" } th scope="col" { "Last seen" } th scope="col" { "From" } th {} } }
                tbody {
                    @for x in &sessions {
                        tr {
                            td { (when_unix(x.authed_at)) }
                            td { (when_unix(x.seen_at)) }
                            td { (x.address) }
                            td { @if x.id == c.session.id { "this session" } }
                        }
                    }
                }
            }
        }
    };
    Ok(page(&c, "My account", "/console/account", body).into_response())
}

async fn change_password(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    s.dir.require_recent_sign_in(&c.session)?;
    let pw: Zeroizing<String> = f.secret("new_password");
    s.dir
        .set_admin_password(&c.admin.id, pw, &c.actor(), Some(&c.session.id))
        .await?;
    Ok(see_other("/console/account?done=password"))
}

async fn add_totp(State(s): State<AppState>, c: Console) -> Result<Response, PageError> {
    if !c.recent {
        return Ok(page(
            &c,
            "Authenticator app",
            "/console/account",
            reauth_link(&c, "/console/account/totp"),
        )
        .into_response());
    }
    let form = totp_enrol_markup(&s, &c.token, &c.csrf, None).await?;
    let body = html! { h1 { "Set up an authenticator app" } (form) };
    Ok(page(&c, "Authenticator app", "/console/account", body).into_response())
}

async fn remove_totp(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    c.form(&s, &h, &body)?;
    s.dir.remove_totp(&c.token).await?;
    Ok(see_other("/console/account?done=totp-removed"))
}

async fn remove_passkey(
    State(s): State<AppState>,
    c: Console,
    Path(id): Path<String>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    c.form(&s, &h, &body)?;
    s.dir.remove_passkey(&c.token, &id).await?;
    Ok(see_other("/console/account?done=passkey-removed"))
}

async fn new_codes(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    c.form(&s, &h, &body)?;
    let codes = s.dir.new_recovery_codes(&c.token).await?;
    let body = html! {
        h1 { "New recovery codes" }
        p.warning { "Your previous codes no longer work." }
        (codes_markup(&codes))
        p { a href="/console/account" { "Done" } }
    };
    Ok(page(&c, "Recovery codes", "/console/account", body).into_response())
}

#[derive(Deserialize, Default)]
struct AuditFilter {
    action: Option<String>,
    actor: Option<String>,
    outcome: Option<String>,
    target: Option<String>,
    request: Option<String>,
    seq: Option<i64>,
}

async fn diagnostics(
    State(s): State<AppState>,
    c: Console,
    Query(q): Query<AuditFilter>,
) -> Result<Response, PageError> {
    let hints = s.dir.hints(&c.session.org_id).await?;
    let mut entries = s
        .dir
        .audit_search(
            &c.session.org_id,
            &AuditQuery {
                action: q.action.clone(),
                actor: q.actor.clone(),
                outcome: q.outcome.clone(),
                target: q.target.clone(),
                request_id: q.request.clone(),
                limit: 200,
            },
        )
        .await?;
    if let Some(seq) = q.seq {
        entries.retain(|e| e.seq == seq);
    }
    let attempts = s.dir.sign_in_attempts(&c.session.org_id, 20).await?;
    let body = html! {
        h1 { "Diagnostics" }
        section {
            h2 { "Troubleshooting" }
            @if hints.is_empty() {
                p.empty { "Nothing in what Okta sent points at a provisioning setting." }
            } @else {
                @for h in &hints {
                    div.hint role="note" {
                        h3 { (h.title) }
                        p { (h.evidence) }
                        p { strong { "Check: " } (h.check) }
                    }
                }
            }
        }
        section {
            h2 { "Audit log" }
            form.filters method="get" action="/console/diagnostics" {
                label for="action" { "Action" }
                input #action name="action" type="text" placeholder="scim." value=(q.action.as_deref().unwrap_or(""));
                label for="actor" { "Actor" }
                input #actor name="actor" type="text" placeholder="okta" value=(q.actor.as_deref().unwrap_or(""));
                label for="outcome" { "Outcome" }
                select #outcome name="outcome" {
                    option value="" { "any" }
                    @for o in ["ok", "refused", "error"] { option value=(o) selected[q.outcome.as_deref() == Some(o)] { (o) } }
                }
                label for="request" { "Request id" }
                input #request name="request" type="text" placeholder="X-Request-Id" value=(q.request.as_deref().unwrap_or(""));
                @if let Some(t) = &q.target { input type="hidden" name="target" value=(t); }
                button type="submit" { "Filter" }
                a href="/console/diagnostics" { "Clear" }
            }
            @if entries.is_empty() {
                p.empty { "No entries match." }
            } @else {
                table.data.audit {
                    thead { tr { th scope="col" { "When" } th scope="col" { "Actor" } th scope="col" { "Action" } th scope="col" { "Outcome" } th scope="col" { "Request" } th scope="col" { "Details (secrets are never recorded)" } } }
                    tbody {
                        @for e in &entries {
                            tr {
                                td { (when(&e.at)) }
                                td { (e.actor) }
                                td { code { (e.action) } @if let Some(t) = &e.target { br; a.muted href=(format!("/console/users/{t}")) { (t) } } }
                                td { span class=(if e.outcome == "ok" { "badge ok" } else { "badge bad" }) { (e.outcome) } }
                                td { @if let Some(r) = &e.request_id { a.muted href=(format!("/console/diagnostics?request={r}")) title=(format!("Request {r}: its entries")) { code { (short_id(r)) } } } }
                                td { details { summary { (summary_of(&e.detail)) } pre { (serde_json::to_string_pretty(&e.detail).unwrap_or_default()) } } }
                            }
                        }
                    }
                }
            }
        }
        section {
            h2 { "Recent sign-in attempts" }
            @if attempts.is_empty() { p.empty { "None." } } @else {
                table.data {
                    thead { tr { th scope="col" { "When" } th scope="col" { "Who" } th scope="col" { "From" } th scope="col" { "Outcome" } th scope="col" { "Count" } } }
                    tbody {
                        @for a in &attempts {
                            tr { td { (when(&a.at)) } td { (a.kind) ": " (a.login) } td { (a.address) } td { (a.outcome) } td { (a.count) } }
                        }
                    }
                }
            }
        }
    };
    Ok(page(&c, "Diagnostics", "/console/diagnostics", body).into_response())
}

/// A request id as the audit table shows it: its first 8 characters (the
/// link and its title carry the whole id), so the column stays narrow.
fn short_id(id: &str) -> String {
    match id.char_indices().nth(8) {
        Some((i, _)) => format!("{}…", &id[..i]),
        None => id.to_string(),
    }
}

/// One line of an audit entry's detail: its error or reason, or its keys.
fn summary_of(detail: &serde_json::Value) -> String {
    for k in ["error", "reason", "detail"] {
        if let Some(v) = detail.get(k) {
            return v
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string());
        }
    }
    match detail.as_object() {
        Some(o) if !o.is_empty() => o.keys().cloned().collect::<Vec<_>>().join(", "),
        _ => "—".into(),
    }
}

fn collisions_page(
    c: &Console,
    logins: &str,
    findings: Option<&[username_rules::Finding]>,
) -> Markup {
    let body = html! {
        h1 { "Username check" }
        p { "Before assigning people to the app in Okta, paste their Okta logins (one per line) to see which would collide with each other or with existing users, or break the unix username rules." }
        form.stack method="post" action="/console/collisions" {
            (csrf_field(&c.csrf))
            label for="logins" { "Okta logins" }
            textarea #logins name="logins" rows="8" required { (logins) }
            button type="submit" { "Check" }
        }
        @if let Some(f) = findings {
            h2 { "Findings" }
            @if f.is_empty() {
                p.notice { "No collisions: every login gives a distinct valid username." }
            } @else {
                table.data {
                    thead { tr { th scope="col" { "Finding" } th scope="col" { "Username" } th scope="col" { "Logins" } } }
                    tbody {
                        @for x in f {
                            tr {
                                @match x {
                                    username_rules::Finding::Collision { username, logins } => {
                                        td { "collision" } td { code { (username) } } td { (logins.join(", ")) }
                                    }
                                    username_rules::Finding::Invalid { login, error } => {
                                        td { "invalid" } td { (error.to_string()) } td { (login) }
                                    }
                                    username_rules::Finding::MatchesExisting { login, existing } => {
                                        td { "matches an existing user (taken over if unbound)" } td { code { (existing) } } td { (login) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    page(c, "Username check", "/console/collisions", body)
}

async fn collisions(c: Console) -> Response {
    collisions_page(&c, "", None).into_response()
}

async fn check_collisions(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    let text = f.get("logins").unwrap_or("").to_string();
    let logins: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    if logins.is_empty() {
        return Err(PageError::bad_request("Paste at least one Okta login."));
    }
    if logins.len() > 10_000 {
        return Err(PageError::bad_request("At most 10,000 logins at a time."));
    }
    let findings = s.dir.collision_report(&c.session.org_id, &logins).await?;
    Ok(collisions_page(&c, &text, Some(&findings)).into_response())
}
