//! Groups on devices: the groups bound to devices (unix name, gid, members,
//! how many devices have applied them), the group bindings (to a device
//! group or a device, admin rights and until when), and device groups
//! (create, rename, delete, add and remove devices).

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use directory::{AdminRole, BindingTarget, NewGroupBinding};
use maud::html;
use serde::Deserialize;

use super::{csrf_field, notice, page, see_other, when, when_unix, Console, PageError};
use crate::AppState;

/// How many groups and devices a form's list offers.
const CHOICES: usize = 500;

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/console/groups", get(groups))
        .route("/console/group-bindings", post(create_binding))
        .route("/console/group-bindings/{id}/delete", post(delete_binding))
        .route("/console/device-groups", post(create_device_group))
        .route("/console/device-groups/{id}", get(device_group))
        .route(
            "/console/device-groups/{id}/{action}",
            post(device_group_action),
        )
}

#[derive(Deserialize, Default)]
struct Done {
    done: Option<String>,
}

async fn groups(
    State(s): State<AppState>,
    c: Console,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let org = &c.session.org_id;
    let unix = s.dir.unix_groups(org).await?;
    let mut convergence = Vec::new();
    for g in &unix {
        convergence.push(s.dir.group_convergence(org, &g.group_id).await?);
    }
    let bindings = s.dir.group_bindings(org).await?;
    let sets = s.dir.list_device_groups(org).await?;
    let choices = s.dir.group_choices(org, CHOICES).await?;
    let devices = s.dir.list_devices(org).await?;
    let can_write = c.admin.role == AdminRole::Admin;
    let body = html! {
        h1 { "Groups on devices" }
        (notice(done.done.as_deref()))
        p { "A group bound to a device group or a device gives its members an account there, \
             becomes a unix group with a gid the directory assigns (kept for good), and with \
             admin rights puts them in the device's sudoers drop-in. Okta's changes to the \
             group's members reach the devices at once." }
        section {
            h2 { "Groups bound to devices" }
            @if unix.is_empty() {
                p.empty { "No group is bound to a device yet: bind one below." }
            } @else {
                table.data #unix-groups {
                    thead { tr { th scope="col" { "Group" } th scope="col" { "Unix name" } th scope="col" { "gid" } th scope="col" { "Members" } th scope="col" { "Devices" } th scope="col" { "Applied membership" } th scope="col" { "Applied passwords" } } }
                    tbody {
                        @for (g, cv) in unix.iter().zip(&convergence) {
                            tr {
                                td { (g.display_name) }
                                td { code { (g.unix_name) } }
                                td { (g.gid) }
                                td { (g.members) }
                                td { (cv.devices) }
                                td {
                                    @if cv.queued_members > 0 {
                                        (cv.queued_members) " members being bound " span.badge.warn { "applying" }
                                    } @else { (progress(cv.membership_applied, cv.devices)) }
                                }
                                td { (progress(cv.passwords_applied, cv.devices)) }
                            }
                        }
                    }
                }
            }
        }
        section {
            h2 { "Group bindings" }
            @if bindings.is_empty() {
                p.empty { "None." }
            } @else {
                table.data #group-bindings {
                    thead { tr { th scope="col" { "Group" } th scope="col" { "Bound to" } th scope="col" { "Admin rights" } th scope="col" { "Since" } th {} } }
                    tbody {
                        @for b in &bindings {
                            tr {
                                td { (b.group_name) }
                                td {
                                    @match &b.target {
                                        BindingTarget::DeviceGroup(id) => { "device group " a href=(format!("/console/device-groups/{id}")) { (b.target_name) } }
                                        BindingTarget::Device(id) => { "device " a href=(format!("/console/devices/{id}")) { (b.target_name) } }
                                    }
                                }
                                td {
                                    @if b.admin {
                                        span.badge.ok { "admin" }
                                        @if let Some(t) = b.admin_until { " until " (when_unix(t)) }
                                    } @else { "no" }
                                }
                                td { (when(&b.created_at)) }
                                td {
                                    @if can_write {
                                        form method="post" action=(format!("/console/group-bindings/{}/delete", b.id)) {
                                            (csrf_field(&c.csrf))
                                            button.link type="submit" { "Remove" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if can_write {
                @if choices.is_empty() {
                    p.muted { "Okta has pushed no group yet (Push Groups in the Okta app)." }
                } @else if sets.is_empty() && devices.is_empty() {
                    p.muted { "Enrol a device or make a device group first." }
                } @else {
                    form.stacked method="post" action="/console/group-bindings" {
                        (csrf_field(&c.csrf))
                        h3 { "Bind a group" }
                        label for="group_id" { "Group" }
                        select #group_id name="group_id" required {
                            @for (id, name) in &choices { option value=(id) { (name) } }
                        }
                        label for="target" { "To" }
                        select #target name="target" required {
                            @for g in &sets { option value=(format!("set:{}", g.id)) { "device group " (g.name) } }
                            @for d in devices.iter().take(CHOICES) { option value=(format!("device:{}", d.id)) { "device " (d.name) } }
                        }
                        label { input name="admin" type="checkbox" value="1"; " Admin rights (sudo)" }
                        label for="until" { "Admin rights until (UTC, optional)" }
                        input #until name="until" type="datetime-local";
                        label for="unix_name" { "Unix name (optional; derived from the group's name)" }
                        input #unix_name name="unix_name" type="text" maxlength="30";
                        button type="submit" { "Bind" }
                    }
                }
            }
        }
        section {
            h2 { "Device groups" }
            @if sets.is_empty() {
                p.empty { "No device group yet." }
            } @else {
                table.data #device-groups {
                    thead { tr { th scope="col" { "Name" } th scope="col" { "Devices" } th scope="col" { "Made" } } }
                    tbody {
                        @for g in &sets {
                            tr {
                                td { a href=(format!("/console/device-groups/{}", g.id)) { (g.name) } }
                                td { (g.devices) }
                                td { (when(&g.created_at)) }
                            }
                        }
                    }
                }
            }
            @if can_write {
                form.inline method="post" action="/console/device-groups" {
                    (csrf_field(&c.csrf))
                    label for="name" { "New device group" }
                    input #name name="name" type="text" required maxlength="255";
                    button type="submit" { "Create" }
                }
            }
        }
    };
    Ok(page(&c, "Groups", "/console/groups", body).into_response())
}

fn progress(done: usize, of: usize) -> maud::Markup {
    html! {
        (done) " of " (of)
        @if done < of { " " span.badge.warn { "applying" } }
        @else if of > 0 { " " span.badge.ok { "all" } }
    }
}

async fn create_binding(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    c.require_write()?;
    let group_id = f.required("group_id", "The group")?.to_string();
    let target = match f.required("target", "What to bind it to")?.split_once(':') {
        Some(("set", id)) => BindingTarget::DeviceGroup(id.to_string()),
        Some(("device", id)) => BindingTarget::Device(id.to_string()),
        _ => {
            return Err(PageError::bad_request(
                "Bind the group to a device group or a device from the list.",
            ))
        }
    };
    let admin = f.checked("admin");
    let admin_until = match f.text("until") {
        None => None,
        Some(t) => Some(
            chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
                .or_else(|_| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S"))
                .map_err(|_| {
                    PageError::bad_request(format!(
                        "'{t}' is not a date and time (2026-12-31T18:00)."
                    ))
                })?
                .and_utc()
                .timestamp(),
        ),
    };
    s.dir
        .create_group_binding(
            &c.session.org_id,
            &NewGroupBinding {
                group_id,
                target,
                admin,
                admin_until,
                unix_name: f.text("unix_name").map(str::to_string),
            },
        )
        .await?;
    Ok(see_other("/console/groups?done=added"))
}

async fn delete_binding(
    State(s): State<AppState>,
    c: Console,
    Path(id): Path<String>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    c.form(&s, &h, &body)?;
    c.require_write()?;
    s.dir.delete_group_binding(&c.session.org_id, &id).await?;
    Ok(see_other("/console/groups?done=saved"))
}

async fn create_device_group(
    State(s): State<AppState>,
    c: Console,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    c.require_write()?;
    let g = s
        .dir
        .create_device_group(&c.session.org_id, f.required("name", "A name")?)
        .await?;
    Ok(see_other(&format!(
        "/console/device-groups/{}?done=added",
        g.id
    )))
}

async fn device_group(
    State(s): State<AppState>,
    c: Console,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let org = &c.session.org_id;
    let (g, members) = s.dir.device_group(org, &id).await?;
    let others: Vec<_> = s
        .dir
        .list_devices(org)
        .await?
        .into_iter()
        .filter(|d| !members.iter().any(|m| m.id == d.id))
        .take(CHOICES)
        .collect();
    let bound: Vec<_> = s
        .dir
        .group_bindings(org)
        .await?
        .into_iter()
        .filter(|b| b.target == BindingTarget::DeviceGroup(id.clone()))
        .collect();
    let can_write = c.admin.role == AdminRole::Admin;
    let action = |a: &str| format!("/console/device-groups/{id}/{a}");
    let body = html! {
        p.crumbs { a href="/console/groups" { "Groups" } " › " (g.name) }
        h1 { "Device group " (g.name) }
        (notice(done.done.as_deref()))
        h2 { "Bound groups" }
        @if bound.is_empty() {
            p.empty { "No group is bound to it." }
        } @else {
            ul {
                @for b in &bound {
                    li { (b.group_name) @if b.admin { " " span.badge.ok { "admin" } @if let Some(t) = b.admin_until { " until " (when_unix(t)) } } }
                }
            }
        }
        h2 { "Devices" }
        @if members.is_empty() {
            p.empty { "No device in it yet." }
        } @else {
            table.data #members {
                thead { tr { th scope="col" { "Device" } th scope="col" { "Platform" } th {} } }
                tbody {
                    @for d in &members {
                        tr {
                            td { a href=(format!("/console/devices/{}", d.id)) { (d.name) } }
                            td { (d.platform.as_str()) }
                            td {
                                @if can_write {
                                    form method="post" action=(action("remove")) {
                                        (csrf_field(&c.csrf))
                                        input type="hidden" name="device_id" value=(d.id);
                                        button.link type="submit" { "Remove" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if can_write {
            @if !others.is_empty() {
                div { form.inline method="post" action=(action("add")) {
                    (csrf_field(&c.csrf))
                    label for="device_id" { "Add a device" }
                    select #device_id name="device_id" required {
                        @for d in &others { option value=(d.id) { (d.name) " (" (d.platform.as_str()) ")" } }
                    }
                    button type="submit" { "Add" }
                } }
            }
            div { form.inline method="post" action=(action("rename")) {
                (csrf_field(&c.csrf))
                label for="name" { "Rename to" }
                input #name name="name" type="text" required maxlength="255" value=(g.name);
                button type="submit" { "Rename" }
            } }
            form method="post" action=(action("delete")) {
                (csrf_field(&c.csrf))
                button.danger type="submit" { "Delete the device group" }
                " " span.muted { "Its devices stay; users lose the accounts that came only through it." }
            }
        }
    };
    Ok(page(&c, &g.name, "/console/groups", body).into_response())
}

async fn device_group_action(
    State(s): State<AppState>,
    c: Console,
    Path((id, action)): Path<(String, String)>,
    h: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    let f = c.form(&s, &h, &body)?;
    c.require_write()?;
    let org = &c.session.org_id;
    let done = match action.as_str() {
        "add" => {
            s.dir
                .add_to_device_group(org, &id, f.required("device_id", "A device")?)
                .await?;
            "added"
        }
        "remove" => {
            s.dir
                .remove_from_device_group(org, &id, f.required("device_id", "A device")?)
                .await?;
            "saved"
        }
        "rename" => {
            s.dir
                .rename_device_group(org, &id, f.required("name", "A name")?)
                .await?;
            "saved"
        }
        "delete" => {
            s.dir.delete_device_group(org, &id).await?;
            return Ok(see_other("/console/groups?done=saved"));
        }
        other => {
            return Err(PageError::new(
                StatusCode::NOT_FOUND,
                format!("There is no device group action '{other}'."),
            ))
        }
    };
    Ok(see_other(&format!(
        "/console/device-groups/{id}?done={done}"
    )))
}
