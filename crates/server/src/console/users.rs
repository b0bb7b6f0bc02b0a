//! The overview, the Users list and a user's Details panel with its
//! actions (suspend, restore, bind and unbind devices).

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use directory::{PasswordFilter, UserDetails, UserQuery};
use maud::{html, Markup};
use password_sync::{DeliveryState, PasswordStatus};
use serde::Deserialize;

use super::{csrf_field, notice, page, see_other, when, when_unix, Console, PageError};
use crate::AppState;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console", get(overview))
        .route("/console/", get(overview))
        .route("/console/users", get(users))
        .route("/console/users/{id}", get(details))
        .route("/console/users/{id}/suspend", post(suspend))
        .route("/console/users/{id}/restore", post(restore))
        .route("/console/users/{id}/bind", post(bind))
        .route("/console/users/{id}/unbind", post(unbind))
}

async fn overview(State(s): State<AppState>, c: Console) -> Result<Response, PageError> {
    let o = s.dir.overview(&c.session.org_id).await?;
    let total: i64 = o.users_by_state.iter().map(|(_, n)| n).sum();
    let body = html! {
        h1 { "Overview" }
        section.cards aria-label="Users and devices" {
            div.card {
                h2 { "Users" }
                p.big { (total) }
                ul.plain {
                    @for (st, n) in &o.users_by_state {
                        li { a href=(format!("/console/users?state={st}")) { (state_label(st)) } ": " (n) }
                    }
                }
            }
            div.card {
                h2 { "Drift" }
                p.big { (o.users_with_drift) }
                p { a href="/console/users?password=drift" { "users" } " whose password was changed outside Okta" }
                p { (o.accounts_drifted) " device accounts reported drifted or failed" }
            }
            div.card {
                h2 { "Devices" }
                p.big { (o.devices_online) " / " (o.devices) }
                p { "online (checked in within " (directory::ONLINE_SECS / 60) " minutes)" }
                p { (o.devices_behind) " behind on a password version" }
            }
        }
        section {
            h2 { "Last request from Okta" }
            @match &o.last_okta {
                None => p.empty { "No request from Okta yet. Generate an API key on " a href="/console/api-key" { "My API key" } " and enter it in Okta's provisioning settings." },
                Some(e) => {
                    p {
                        (when(&e.at)) ": " code { (e.action) } " — "
                        span class=(outcome_class(&e.outcome)) { (e.outcome) }
                        " " a href=(format!("/console/diagnostics?seq={}", e.seq)) { "details" }
                    }
                }
            }
        }
    };
    Ok(page(&c, "Overview", "/console", body).into_response())
}

fn outcome_class(outcome: &str) -> &'static str {
    if outcome == "ok" {
        "badge ok"
    } else {
        "badge bad"
    }
}

fn state_label(st: &str) -> &'static str {
    match st {
        directory::state::ACTIVATED => "Active",
        directory::state::STAGED => "Staged",
        directory::state::SUSPENDED => "Suspended",
        _ => "Unknown",
    }
}

fn state_badge(st: &str) -> Markup {
    let class = match st {
        directory::state::ACTIVATED => "badge ok",
        directory::state::SUSPENDED => "badge bad",
        _ => "badge",
    };
    html! { span class=(class) { (state_label(st)) } }
}

/// A password status in words: version, source, and what is wrong.
fn password_summary(p: &PasswordStatus, expired: bool) -> Markup {
    html! {
        @if p.version == 0 {
            span.muted { "none" }
        } @else {
            "v" (p.version)
            @match p.source {
                Some(password_sync::Source::Okta) => " from Okta",
                Some(password_sync::Source::Portal) => " from the user portal",
                None => "",
            }
            @if p.drift { " " span.badge.warn { "drift" } }
            @if !p.deliverable() { " " span.badge.bad title="It breaks the password policy: devices do not receive it" { "not deliverable" } }
            @if expired { " " span.badge.warn { "expired" } }
        }
    }
}

#[derive(Deserialize, Default)]
struct ListQuery {
    q: Option<String>,
    /// "login": `q` is the start of the login (an index walk, complete at
    /// any size); otherwise a substring of names and emails too.
    search: Option<String>,
    state: Option<String>,
    password: Option<String>,
    after: Option<String>,
}

async fn users(
    State(s): State<AppState>,
    c: Console,
    Query(q): Query<ListQuery>,
) -> Result<Response, PageError> {
    let password = match q.password.as_deref().filter(|p| !p.is_empty()) {
        None => None,
        Some(p) => Some(PasswordFilter::parse(p)?),
    };
    let state = q.state.clone().filter(|s| !s.is_empty());
    let by_login = q.search.as_deref() == Some("login");
    let query = UserQuery {
        q: q.q.clone(),
        login_prefix: by_login,
        state: state.clone(),
        password,
        after: q.after.clone(),
        limit: 50,
    };
    let list = s.dir.user_list(&c.session.org_id, &query).await?;
    let now = chrono::Utc::now();
    let next_link = list.next.as_ref().map(|n| {
        let mut ser = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("q", &q.q),
            ("search", &q.search),
            ("state", &q.state),
            ("password", &q.password),
        ] {
            if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                ser.append_pair(k, v);
            }
        }
        ser.append_pair("after", n);
        format!("/console/users?{}", ser.finish())
    });
    let body = html! {
        h1 { "Users" }
        form.filters method="get" action="/console/users" role="search" {
            label for="q" { "Search" }
            input #q name="q" type="search" placeholder="username, email or name" value=(q.q.as_deref().unwrap_or(""));
            label for="search" { "Match" }
            select #search name="search" {
                option value="" selected[!by_login] { "anywhere" }
                option value="login" selected[by_login] { "login starts with" }
            }
            label for="state" { "State" }
            select #state name="state" {
                option value="" { "any" }
                @for st in [directory::state::ACTIVATED, directory::state::STAGED, directory::state::SUSPENDED] {
                    option value=(st) selected[state.as_deref() == Some(st)] { (state_label(st)) }
                }
            }
            label for="password" { "Password" }
            select #password name="password" {
                option value="" { "any" }
                @for (name, _) in PasswordFilter::ALL {
                    option value=(name) selected[q.password.as_deref() == Some(name)] { (name) }
                }
            }
            button type="submit" { "Filter" }
            @if q.q.is_some() || state.is_some() || password.is_some() { a href="/console/users" { "Clear" } }
        }
        @if list.users.is_empty() {
            p.empty {
                @if list.scan_limited { "No match in the " (list.scanned) " users looked at so far." }
                @else if q.after.is_some() { "No more users." }
                @else if q.q.is_some() || state.is_some() || password.is_some() { "No user matches these filters." }
                @else { "No users yet. Users appear here when Okta provisions them." }
            }
        } @else {
            table.data {
                thead { tr { th scope="col" { "Username" } th scope="col" { "Name" } th scope="col" { "Login (email)" } th scope="col" { "State" } th scope="col" { "Password" } th scope="col" { "uid" } } }
                tbody {
                    @for u in &list.users {
                        tr {
                            td { a href=(format!("/console/users/{}", u.id)) { (u.username) } }
                            td { (u.name.as_deref().unwrap_or("")) }
                            td { (u.user_name) @if !u.externally_managed { " " span.badge { "local" } } }
                            td { (state_badge(&u.state)) }
                            td { (password_summary(&u.password, u.password.is_expired(now))) }
                            td { @if let Some(uid) = u.uid { (uid) } }
                        }
                    }
                }
            }
        }
        nav.pager aria-label="Pages" {
            @if q.after.is_some() { a href="/console/users" { "« First page" } }
            @if let Some(n) = &next_link {
                a href=(n) { @if list.scan_limited { "Keep searching ›" } @else { "Next page ›" } }
            }
        }
    };
    Ok(page(&c, "Users", "/console/users", body).into_response())
}

/// Up to this many devices are offered in a list; beyond, the id is typed.
const BIND_CHOICES: usize = 200;

#[derive(Deserialize, Default)]
struct Done {
    done: Option<String>,
}

fn delivery_label(st: DeliveryState) -> &'static str {
    match st {
        DeliveryState::Pending => "waiting for the device",
        DeliveryState::Delivered => "delivered",
        DeliveryState::AwaitingConfirmation => "awaiting the user's confirmation",
        DeliveryState::Applied => "applied",
        DeliveryState::Confirmed => "confirmed",
        DeliveryState::KeychainReset => "applied (keychain reset)",
        DeliveryState::Superseded => "superseded",
        DeliveryState::Cancelled => "cancelled",
    }
}

fn details_markup(
    c: &Console,
    d: &UserDetails,
    names: &std::collections::HashMap<String, String>,
    bindable: &[(String, String, password_sync::Platform)],
    times: &std::collections::HashMap<(String, u64), String>,
    access: &[directory::Access],
    done: Option<&str>,
) -> Markup {
    let why = |device: &str| access.iter().find(|a| a.device_id == device);
    let record: Option<attr_mapping::DirectoryUser> =
        serde_json::from_value(d.profile.clone()).ok();
    let name_of = |id: &str| names.get(id).cloned().unwrap_or_else(|| id.to_string());
    let can_write = c.admin.role == directory::AdminRole::Admin;
    html! {
        p.crumbs { a href="/console/users" { "Users" } " › " (d.username) }
        h1 { (d.username) " " (state_badge(&d.state)) }
        (notice(done))
        @if can_write {
            div.actions {
                @if d.state == directory::state::SUSPENDED {
                    form method="post" action=(format!("/console/users/{}/restore", d.id)) {
                        (csrf_field(&c.csrf))
                        button type="submit" { "Restore user" }
                    }
                } @else {
                    form method="post" action=(format!("/console/users/{}/suspend", d.id)) {
                        (csrf_field(&c.csrf))
                        button.danger type="submit" { "Suspend user" }
                    }
                }
            }
        }
        div.columns {
            section {
                h2 { "Account" }
                dl {
                    dt { "Login (Okta)" } dd { (d.user_name) }
                    dt { "Unix username" } dd { code { (d.username) } }
                    dt { "uid" } dd { @if let Some(u) = d.uid { (u) } @else { span.muted { "assigned at the first device binding" } } }
                    dt { "Managed by" } dd { @if d.externally_managed { "Okta" } @else { "this directory (local user)" } }
                    dt { "Password" } dd { (password_summary(&d.password, d.password_expired)) }
                    @if let Some(t) = d.password.changed_at { dt { "Password set" } dd { (t.format("%Y-%m-%d %H:%M UTC")) } }
                    dt { "Password expires" } dd {
                        @if d.password_never_expires { "never (org policy)" }
                        @else if let Some(t) = d.password.expires_at { (t.format("%Y-%m-%d %H:%M UTC")) }
                        @else { "—" }
                    }
                    @if d.password.drift {
                        dt { "Drift" } dd { "The user changed the password in the user portal. Okta's next password push overwrites it." }
                    }
                    @if !d.password.policy_violations.is_empty() {
                        dt { "Policy" } dd { (password_sync::policy::describe(&d.password.policy_violations)) }
                    }
                }
            }
        }
        section {
            h2 { "Devices" }
            @if d.bound_resources.is_empty() {
                p.empty { "Not bound to any device." }
            } @else {
                table.data #devices {
                    thead { tr { th scope="col" { "Device" } th scope="col" { "Platform" } th scope="col" { "Applied version" } th scope="col" { "Password versions" } th scope="col" { "Agent report" } th scope="col" { "Account" } th scope="col" { "Why" } th {} } }
                    tbody {
                        @for b in &d.bound_resources {
                            tr {
                                td { a href=(format!("/console/devices/{}", b.device_id)) { (name_of(&b.device_id)) } }
                                td { (b.platform.as_str()) }
                                td { "v" (b.completed_version)
                                    @if b.completed_version < d.password.version && d.password.deliverable() { " " span.badge.warn { "behind" } } }
                                td {
                                    ul.plain {
                                        @for del in &b.deliveries {
                                            li data-version=(del.version) data-state=(del.state.as_str()) {
                                                "v" (del.version) ": " (delivery_label(del.state))
                                                @if let Some(t) = times.get(&(b.device_id.clone(), del.version)) {
                                                    " " span.muted { "(" (when(t)) ")" }
                                                }
                                            }
                                        }
                                    }
                                }
                                td {
                                    @if let Some(a) = &b.agent {
                                        span class=(if a.state == "in_sync" { "badge ok" } else { "badge warn" }) { (a.state) }
                                        " " span.muted { "at v" (a.password_version) ", " (when(&a.at)) }
                                        @if let Some(detail) = &a.detail { br; span.muted { (detail) } }
                                    } @else { span.muted { "no report yet" } }
                                }
                                td { @if b.locked { "locked" } @else { "unlocked" } }
                                td.why {
                                    @if let Some(a) = why(&b.device_id) {
                                        @if a.admin_now {
                                            span.badge.ok { "admin" }
                                            @if let Some(t) = a.admin_until { " " span.muted { "until " (when_unix(t)) } }
                                            br;
                                        }
                                        @if a.direct { "bound directly" @if !a.via.is_empty() { br; } }
                                        @for (i, v) in a.via.iter().enumerate() {
                                            @if i > 0 { br; }
                                            a href="/console/groups" { (v.describe()) }
                                        }
                                    }
                                }
                                td {
                                    @if can_write && why(&b.device_id).is_none_or(|a| a.direct) {
                                        form method="post" action=(format!("/console/users/{}/unbind", d.id)) {
                                            (csrf_field(&c.csrf))
                                            input type="hidden" name="device_id" value=(b.device_id);
                                            button.link type="submit" { "Unbind" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if can_write {
                form.inline method="post" action=(format!("/console/users/{}/bind", d.id)) {
                    (csrf_field(&c.csrf))
                    label for="device_id" { "Bind to device" }
                    @if bindable.len() > BIND_CHOICES {
                        input #device_id name="device_id" type="text" required placeholder="device id";
                    } @else if !bindable.is_empty() {
                        select #device_id name="device_id" required {
                            @for (id, name, platform) in bindable { option value=(id) { (name) " (" (platform.as_str()) ")" } }
                        }
                    }
                    @if !bindable.is_empty() { button type="submit" { "Bind" } }
                    @else { span.muted { "every device is bound already" } }
                }
            }
        }
        section {
            h2 { "Attributes" }
            table.data {
                thead { tr { th scope="col" { "Okta attribute" } th scope="col" { "Directory attribute" } th scope="col" { "Value" } } }
                tbody {
                    @for m in attr_mapping::OKTA_TABLE {
                        tr {
                            td { code { (m.okta) } }
                            td { code { (m.directory) } }
                            td { (record.as_ref().and_then(|r| r.get(m.field)).unwrap_or("")) }
                        }
                    }
                }
            }
        }
        p { a href=(format!("/console/diagnostics?target={}", d.id)) { "Audit log for this user" } }
    }
}

async fn details(
    State(s): State<AppState>,
    c: Console,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let d = s.dir.user_details(&c.session.org_id, &id).await?;
    let names = s.dir.bound_device_names(&c.session.org_id, &id).await?;
    let bindable = s
        .dir
        .bindable_devices(&c.session.org_id, &id, BIND_CHOICES + 1)
        .await?;
    let times = s.dir.delivery_times(&c.session.org_id, &id).await?;
    let access = s.dir.user_access(&c.session.org_id, &id).await?;
    let body = details_markup(
        &c,
        &d,
        &names,
        &bindable,
        &times,
        &access,
        done.done.as_deref(),
    );
    Ok(page(&c, &d.username, "/console/users", body).into_response())
}

async fn set_state(
    s: &AppState,
    c: &Console,
    h: &HeaderMap,
    body: &Bytes,
    id: &str,
    active: bool,
) -> Result<Response, PageError> {
    c.form(s, h, body)?;
    c.require_write()?;
    s.dir
        .set_user_state(&c.session.org_id, id, active, &c.actor())
        .await?;
    let done = if active { "restored" } else { "suspended" };
    Ok(see_other(&format!("/console/users/{id}?done={done}")))
}

async fn suspend(
    State(s): State<AppState>,
    c: Console,
    Path(id): Path<String>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    set_state(&s, &c, &h, &body, &id, false).await
}

async fn restore(
    State(s): State<AppState>,
    c: Console,
    Path(id): Path<String>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    set_state(&s, &c, &h, &body, &id, true).await
}

async fn bind(
    State(s): State<AppState>,
    c: Console,
    Path(id): Path<String>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    c.require_write()?;
    let device = f.required("device_id", "A device")?;
    s.dir.bind(&c.session.org_id, &id, device).await?;
    Ok(see_other(&format!("/console/users/{id}?done=bound")))
}

async fn unbind(
    State(s): State<AppState>,
    c: Console,
    Path(id): Path<String>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    c.require_write()?;
    let device = f.required("device_id", "A device")?;
    s.dir.unbind(&c.session.org_id, &id, device).await?;
    Ok(see_other(&format!("/console/users/{id}?done=unbound")))
}
