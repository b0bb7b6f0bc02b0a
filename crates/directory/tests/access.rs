//! Groups reach devices, on SQLite and (with DATABASE_URL) PostgreSQL:
//! device groups, group bindings with admin rights, unix groups with gids,
//! the cascade when Okta changes a group, why a user is on a device, and
//! convergence per group. A property test checks the effective bindings
//! after random changes against a recomputation from scratch.
mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use common::Backend;
use directory::{BindingTarget, Device, DirectoryError, NewGroupBinding, Platform};
use proptest::prelude::*;
use scim_core::PatchRequest;
use serde_json::{json, Value};

fn user(login: &str, password: &str) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": login,
        "name": {"givenName": "Test", "familyName": "User"},
        "emails": [{"primary": true, "value": login, "type": "work"}],
        "active": true,
        "password": password,
    })
}

fn group(name: &str, members: &[&str]) -> Value {
    json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
        "displayName": name,
        "members": members.iter().map(|m| json!({"value": m})).collect::<Vec<_>>(),
    })
}

fn members_patch(op: &str, ids: &[&str]) -> PatchRequest {
    let value: Vec<Value> = ids.iter().map(|i| json!({"value": i})).collect();
    let op = if op == "remove" {
        json!({"op": "remove", "path": format!("members[value eq \"{}\"]", ids[0])})
    } else {
        json!({"op": op, "path": "members", "value": value})
    };
    PatchRequest::from_json(&json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [op],
    }))
    .expect("patch")
}

fn binding(group: &str, target: BindingTarget, admin: bool, until: Option<i64>) -> NewGroupBinding {
    NewGroupBinding {
        group_id: group.into(),
        target,
        admin,
        admin_until: until,
        unix_name: None,
    }
}

/// A Linux device enrolled in `org` as `name`.
async fn linux_device(b: &Backend, org: &str, name: &str) -> Device {
    b.dir
        .enroll_device(org, name, Platform::Linux)
        .await
        .expect("enrol")
        .0
}

/// The devices a user is on: (device name, direct).
async fn reach(b: &Backend, org: &str, user: &str) -> BTreeMap<String, bool> {
    b.dir
        .user_access(org, user)
        .await
        .expect("access")
        .into_iter()
        .map(|a| (a.device_name, a.direct))
        .collect()
}

fn names(m: &BTreeMap<String, bool>) -> Vec<&str> {
    m.keys().map(String::as_str).collect()
}

async fn groups_reach_devices(b: &Backend) {
    let o = b.dir.create_org("acme").await.expect("org").id;
    let ann = b
        .dir
        .create_user(&o, &user("ann@example.com", "Str0ng-Passw0rd!"))
        .await
        .expect("ann")
        .id;
    let bob = b
        .dir
        .create_user(&o, &user("bob@example.com", "Str0ng-Passw0rd!"))
        .await
        .expect("bob")
        .id;
    let mut dev: BTreeMap<&str, Device> = BTreeMap::new();
    for (n, p) in [
        ("l1", Platform::Linux),
        ("l2", Platform::Linux),
        ("w1", Platform::Windows),
    ] {
        dev.insert(n, b.dir.enroll_device(&o, n, p).await.expect("enrol").0);
    }
    let laptops = b
        .dir
        .create_device_group(&o, "Laptops")
        .await
        .expect("device group");
    assert!(matches!(
        b.dir.create_device_group(&o, "laptops").await,
        Err(DirectoryError::Conflict(_))
    ));
    for d in ["l1", "w1"] {
        b.dir
            .add_to_device_group(&o, &laptops.id, &dev[d].id)
            .await
            .expect("add");
    }
    // Again: nothing changes.
    b.dir
        .add_to_device_group(&o, &laptops.id, &dev["l1"].id)
        .await
        .expect("again");
    let eng = b
        .dir
        .create_group(&o, &group("Engineering / Mac Admins", &[&ann, &bob]))
        .await
        .expect("group")
        .id;
    let until = chrono::Utc::now().timestamp() + 3600;
    let gb = b
        .dir
        .create_group_binding(
            &o,
            &binding(
                &eng,
                BindingTarget::DeviceGroup(laptops.id.clone()),
                true,
                Some(until),
            ),
        )
        .await
        .expect("bind group");
    assert_eq!(gb.unix_name.as_deref(), Some("engineering-mac-admins"));
    assert_eq!(gb.gid, Some(300_000));
    assert_eq!(gb.target_name, "Laptops");

    // Why ann is on l1: through the group, admin until then.
    let access = b.dir.user_access(&o, &ann).await.expect("access");
    assert_eq!(access.len(), 2, "{}: {access:?}", b.name);
    let l1 = access.iter().find(|a| a.device_name == "l1").expect("l1");
    assert!(!l1.direct && l1.admin_now && l1.admin_until == Some(until));
    assert_eq!(
        l1.via[0].describe(),
        format!(
            "via group Engineering / Mac Admins bound to device group Laptops, admin until {}",
            directory::unix_time_text(until)
        )
    );

    // The device's desired state: both accounts (admins), the unix group.
    let accounts = b.dir.desired_accounts(&dev["l1"]).await.expect("accounts");
    assert_eq!(accounts.len(), 2);
    assert!(accounts
        .iter()
        .all(|a| a.admin.is_some_and(|g| g.until == Some(until as u64))));
    let groups = b.dir.desired_groups(&dev["l1"]).await.expect("groups");
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].name, "engineering-mac-admins");
    assert_eq!(groups[0].gid, 300_000);
    let mut want = vec![ann.clone(), bob.clone()];
    want.sort();
    assert_eq!(groups[0].members, want);
    assert!(b
        .dir
        .desired_groups(&dev["l2"])
        .await
        .expect("none")
        .is_empty());
    let first = b
        .dir
        .checkin(&dev["l1"], 0, Duration::ZERO)
        .await
        .expect("checkin");
    assert_eq!(first.groups.as_ref().map(Vec::len), Some(1));
    assert_eq!(first.deliveries.len(), 2, "both passwords go to l1");

    // Convergence: nothing applied yet; l1 polls past its cursor (it has
    // applied the membership) and reports both passwords.
    let c = b.dir.group_convergence(&o, &eng).await.expect("conv");
    assert_eq!(
        (c.members, c.devices, c.membership_applied, c.converged),
        (2, 2, 0, 0)
    );
    for d in &first.deliveries {
        b.dir
            .report_delivery(
                &dev["l1"],
                &d.user_id,
                d.version,
                directory::DeliveryEvent::Applied {
                    credential_manager_cleared: false,
                },
            )
            .await
            .expect("report");
    }
    b.dir
        .checkin(&dev["l1"], first.cursor, Duration::ZERO)
        .await
        .expect("poll");
    // The poll's applied cursor is written after its answer.
    b.dir.applied_cursors_written().await.expect("cursor");
    let c = b.dir.group_convergence(&o, &eng).await.expect("conv");
    assert_eq!(
        (c.membership_applied, c.passwords_applied, c.converged),
        (1, 1, 1),
        "{}: {c:?}",
        b.name
    );

    // A direct binding outlives the group's.
    b.dir.bind(&o, &ann, &dev["l1"].id).await.expect("bind");
    assert_eq!(reach(b, &o, &ann).await.get("l1"), Some(&true));
    // Unbinding it while the group still brings ann there keeps the account.
    b.dir.unbind(&o, &ann, &dev["l1"].id).await.expect("unbind");
    assert_eq!(reach(b, &o, &ann).await.get("l1"), Some(&false));
    assert!(matches!(
        b.dir.unbind(&o, &ann, &dev["l1"].id).await,
        Err(DirectoryError::Conflict(_))
    ));
    b.dir.bind(&o, &ann, &dev["l1"].id).await.expect("bind");

    // Okta removes ann from the group: she keeps l1 (direct), loses w1.
    b.dir
        .patch_group(&o, &eng, &members_patch("remove", &[&ann]), None)
        .await
        .expect("remove member");
    assert_eq!(names(&reach(b, &o, &ann).await), ["l1"]);
    assert_eq!(names(&reach(b, &o, &bob).await), ["l1", "w1"]);
    let l1_accounts = b.dir.desired_accounts(&dev["l1"]).await.expect("accounts");
    let ann_l1 = l1_accounts.iter().find(|a| a.user_id == ann).expect("ann");
    assert_eq!(ann_l1.admin, None, "no admin rights without the group");
    assert_eq!(
        b.dir.desired_groups(&dev["l1"]).await.expect("g")[0].members,
        std::slice::from_ref(&bob)
    );
    // w1 leaves the device group: bob loses it.
    b.dir
        .remove_from_device_group(&o, &laptops.id, &dev["w1"].id)
        .await
        .expect("remove device");
    assert_eq!(names(&reach(b, &o, &bob).await), ["l1"]);
    // Okta adds ann back; then the group is deleted: bob loses everything,
    // ann keeps her direct binding.
    b.dir
        .patch_group(&o, &eng, &members_patch("add", &[&ann]), None)
        .await
        .expect("add member");
    b.dir.delete_group(&o, &eng).await.expect("delete group");
    assert!(reach(b, &o, &bob).await.is_empty());
    assert_eq!(names(&reach(b, &o, &ann).await), ["l1"]);
    assert!(b.dir.group_bindings(&o).await.expect("list").is_empty());
    // l1 learns it all: bob is not among its accounts, the group is gone.
    let after = b
        .dir
        .checkin(&dev["l1"], first.cursor, Duration::ZERO)
        .await
        .expect("checkin");
    let accounts = after.accounts.expect("accounts changed");
    assert_eq!(accounts.len(), 1);
    assert_eq!(after.groups, Some(vec![]));

    // Unix names: one that collides with a user's is refused with the
    // owner, never merged; a given name works; gids are never reused.
    let g_ann = b
        .dir
        .create_group(&o, &group("Ann", &[&bob]))
        .await
        .expect("group")
        .id;
    match b
        .dir
        .create_group_binding(
            &o,
            &binding(
                &g_ann,
                BindingTarget::Device(dev["l2"].id.clone()),
                false,
                None,
            ),
        )
        .await
    {
        Err(DirectoryError::Conflict(m)) => {
            assert!(m.contains("'ann'") && m.contains("user"), "{m}")
        }
        other => panic!("{}: {other:?}", b.name),
    }
    let mut named = binding(
        &g_ann,
        BindingTarget::Device(dev["l2"].id.clone()),
        false,
        None,
    );
    named.unix_name = Some("ann-team".into());
    let gb2 = b.dir.create_group_binding(&o, &named).await.expect("named");
    assert_eq!(
        (gb2.unix_name.as_deref(), gb2.gid),
        (Some("ann-team"), Some(300_001))
    );
    assert_eq!(names(&reach(b, &o, &bob).await), ["l2"]);
    let twin = b
        .dir
        .create_group(&o, &group("Ann Team", &[]))
        .await
        .expect("twin")
        .id;
    let mut same = binding(
        &twin,
        BindingTarget::Device(dev["l2"].id.clone()),
        false,
        None,
    );
    same.unix_name = Some("ANN-TEAM".into());
    assert!(matches!(
        b.dir.create_group_binding(&o, &same).await,
        Err(DirectoryError::Conflict(_))
    ));
    b.dir
        .delete_group_binding(&o, &gb2.id)
        .await
        .expect("delete binding");
    assert!(reach(b, &o, &bob).await.is_empty());
    let again = b
        .dir
        .create_group_binding(
            &o,
            &binding(
                &g_ann,
                BindingTarget::Device(dev["l2"].id.clone()),
                false,
                None,
            ),
        )
        .await
        .expect("again");
    assert_eq!(again.gid, Some(300_001), "a group keeps its gid");
    // Bad input: an end in the past, an end without admin rights, unknowns.
    let past = chrono::Utc::now().timestamp() - 10;
    for bad in [
        binding(
            &g_ann,
            BindingTarget::Device(dev["l2"].id.clone()),
            true,
            Some(past),
        ),
        binding(
            &g_ann,
            BindingTarget::Device(dev["l2"].id.clone()),
            false,
            Some(past + 100),
        ),
    ] {
        assert!(matches!(
            b.dir.create_group_binding(&o, &bad).await,
            Err(DirectoryError::BadRequest(_))
        ));
    }
    for bad in [
        binding(
            "no-such-group",
            BindingTarget::Device(dev["l2"].id.clone()),
            false,
            None,
        ),
        binding(
            &g_ann,
            BindingTarget::Device("no-such-device".into()),
            false,
            None,
        ),
        binding(
            &g_ann,
            BindingTarget::DeviceGroup("no-such".into()),
            false,
            None,
        ),
    ] {
        assert!(matches!(
            b.dir.create_group_binding(&o, &bad).await,
            Err(DirectoryError::NotFound(_))
        ));
    }
    // Another org sees none of it.
    let other = b.dir.create_org("other").await.expect("org").id;
    assert!(b
        .dir
        .list_device_groups(&other)
        .await
        .expect("l")
        .is_empty());
    assert!(matches!(
        b.dir.delete_device_group(&other, &laptops.id).await,
        Err(DirectoryError::NotFound(_))
    ));
    // Deleting the device group takes what came through it.
    b.dir
        .delete_device_group(&o, &laptops.id)
        .await
        .expect("delete device group");
    assert!(b.dir.list_device_groups(&o).await.expect("l").is_empty());
    // Bound, unbound and bound again with the same password version: the
    // device gets it again (the cancelled delivery was in the way once).
    for _ in 0..2 {
        b.dir.bind(&o, &ann, &dev["w1"].id).await.expect("bind");
        b.dir.unbind(&o, &ann, &dev["w1"].id).await.expect("unbind");
    }
    b.dir.bind(&o, &ann, &dev["w1"].id).await.expect("bind");
    assert_eq!(reach(b, &o, &ann).await.get("w1"), Some(&true));
    let w1 = b
        .dir
        .checkin(&dev["w1"], 0, Duration::ZERO)
        .await
        .expect("w1");
    assert_eq!(w1.deliveries.len(), 1, "{}", b.name);
}

/// More users than a request changes itself: the change queues them, and
/// the access worker's step applies them (in its own transactions).
async fn a_large_change_is_queued_and_applied_in_the_background(b: &Backend) {
    let o = b.dir.create_org("big").await.expect("org").id;
    let n = directory::ACCESS_INLINE + 6;
    b.dir.seed_users(&o, "q", n).await.expect("seed");
    let users: Vec<String> = b
        .dir
        .list_user_details(&o, None, n)
        .await
        .expect("users")
        .users
        .into_iter()
        .map(|u| u.id)
        .collect();
    let refs: Vec<&str> = users.iter().map(String::as_str).collect();
    let d = b
        .dir
        .enroll_device(&o, "d", Platform::Linux)
        .await
        .expect("d")
        .0;
    let g = b
        .dir
        .create_group(&o, &group("Everyone", &refs))
        .await
        .expect("g")
        .id;
    b.dir
        .create_group_binding(
            &o,
            &binding(&g, BindingTarget::Device(d.id.clone()), false, None),
        )
        .await
        .expect("bind");
    assert!(
        reach(b, &o, &users[0]).await.is_empty(),
        "{}: applied in the request",
        b.name
    );
    let c = b.dir.group_convergence(&o, &g).await.expect("conv");
    assert_eq!(c.queued_members, n);
    assert_eq!(b.dir.apply_access_queue().await.expect("apply"), n);
    assert_eq!(b.dir.apply_access_queue().await.expect("again"), 0);
    assert_eq!(b.dir.desired_accounts(&d).await.expect("accounts").len(), n);
    assert_eq!(
        b.dir.desired_groups(&d).await.expect("groups")[0]
            .members
            .len(),
        n
    );
    assert_eq!(
        b.dir
            .group_convergence(&o, &g)
            .await
            .expect("conv")
            .queued_members,
        0
    );
    // Okta deletes the group: queued too, then every account goes.
    b.dir.delete_group(&o, &g).await.expect("delete");
    assert_eq!(b.dir.apply_access_queue().await.expect("apply"), n);
    assert!(b
        .dir
        .desired_accounts(&d)
        .await
        .expect("accounts")
        .is_empty());

    // An org whose uid range holds two: the queue gives two users their
    // accounts, refuses the others (audited) and does not get stuck.
    let tight = b.dir.create_org("tight").await.expect("org").id;
    let mut st = b.dir.org_settings(&tight).await.expect("settings");
    st.unix_accounts.uid_min = 250_000;
    st.unix_accounts.uid_max = 250_001;
    b.dir
        .set_org_settings(&tight, &st, "admin:test")
        .await
        .expect("set");
    b.dir.seed_users(&tight, "t", n).await.expect("seed");
    let ids: Vec<String> = b
        .dir
        .list_user_details(&tight, None, n)
        .await
        .expect("users")
        .users
        .into_iter()
        .map(|u| u.id)
        .collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let d2 = b
        .dir
        .enroll_device(&tight, "d2", Platform::Linux)
        .await
        .expect("d")
        .0;
    let g2 = b
        .dir
        .create_group(&tight, &group("All", &refs))
        .await
        .expect("g")
        .id;
    b.dir
        .create_group_binding(
            &tight,
            &binding(&g2, BindingTarget::Device(d2.id.clone()), false, None),
        )
        .await
        .expect("bind");
    assert_eq!(b.dir.apply_access_queue().await.expect("apply"), n);
    assert_eq!(
        b.dir.desired_accounts(&d2).await.expect("accounts").len(),
        2
    );
    assert_eq!(
        b.dir
            .group_convergence(&tight, &g2)
            .await
            .expect("c")
            .queued_members,
        0
    );
    let refused = b
        .dir
        .audit_log(&tight, 500)
        .await
        .expect("audit")
        .into_iter()
        .filter(|e| e.action == "access.apply" && e.outcome == "refused")
        .count();
    assert_eq!(refused, n - 2, "{}", b.name);
}

/// Many devices moving on at once (a fleet reconnecting): every cursor is
/// stored when its check-in returns, though they are written together; a
/// cursor never moves back, also when another directory on the same store
/// (a replica that has not seen the device) hears an older one.
async fn many_devices_cursors_are_all_stored(b: &Backend) {
    const N: usize = 40;
    let o = b.dir.create_org("acme").await.expect("org").id;
    let ann = b
        .dir
        .create_user(&o, &user("ann@example.com", "Str0ng-Passw0rd!"))
        .await
        .expect("ann")
        .id;
    let fleet = b.dir.create_device_group(&o, "Fleet").await.expect("fleet");
    let mut devices = Vec::new();
    for i in 0..N {
        let d = linux_device(b, &o, &format!("d{i}")).await;
        b.dir
            .add_to_device_group(&o, &fleet.id, &d.id)
            .await
            .expect("add");
        devices.push(d);
    }
    let eng = b
        .dir
        .create_group(&o, &group("Engineering", &[&ann]))
        .await
        .expect("group")
        .id;
    b.dir
        .create_group_binding(
            &o,
            &binding(
                &eng,
                BindingTarget::DeviceGroup(fleet.id.clone()),
                false,
                None,
            ),
        )
        .await
        .expect("bind group");
    let mut cursors = Vec::new();
    for d in &devices {
        let first = b.dir.checkin(d, 0, Duration::ZERO).await.expect("first");
        assert!(first.cursor > 0);
        cursors.push(first.cursor);
    }
    let c = b.dir.group_convergence(&o, &eng).await.expect("conv");
    assert_eq!((c.devices, c.membership_applied), (N, 0));
    // All at once, each with the cursor it applied.
    let dir = &b.dir;
    let polls = devices
        .iter()
        .zip(&cursors)
        .map(|(d, cursor)| dir.checkin(d, *cursor, Duration::ZERO));
    for r in futures::future::join_all(polls).await {
        r.expect("poll");
    }
    b.dir.applied_cursors_written().await.expect("cursors");
    let c = b.dir.group_convergence(&o, &eng).await.expect("conv");
    assert_eq!(c.membership_applied, N, "{}: {c:?}", b.name);
    let stored = b
        .query_ints("SELECT MIN(applied_seq) AS n FROM devices")
        .await;
    assert_eq!(stored, vec![*cursors.iter().min().expect("cursors")]);
    // Another directory on the same store has not seen these devices: an
    // older cursor is noted there but does not move any back.
    let other = common::reopen(b, 0).await;
    for d in &devices {
        other.checkin(d, 1, Duration::ZERO).await.expect("older");
    }
    other
        .applied_cursors_written()
        .await
        .expect("older cursors");
    let c = b.dir.group_convergence(&o, &eng).await.expect("conv");
    assert_eq!(c.membership_applied, N, "{}: moved back", b.name);
}

/// More binds at once than the pool has connections, each a user's first
/// (so each gives its user a uid): every one succeeds. A bind read the
/// org's settings through the pool while its transaction held a
/// connection; with every connection held by such a bind, each waited for
/// one the others held until the pool's wait ran out.
async fn more_first_binds_at_once_than_connections(b: &Backend) {
    const BINDS: usize = 12;
    let o = b.dir.create_org("acme").await.expect("org").id;
    let mut pairs = Vec::new();
    for i in 0..BINDS {
        let u = b
            .dir
            .create_user(&o, &user(&format!("u{i}@example.com"), "Str0ng-Passw0rd!"))
            .await
            .expect("user")
            .id;
        let d = linux_device(b, &o, &format!("d{i}")).await;
        pairs.push((u, d.id));
    }
    let small = common::reopen_with_pool(b, 2).await;
    let binds = pairs.iter().map(|(u, d)| small.bind(&o, u, d));
    for r in futures::future::join_all(binds).await {
        r.expect("bind");
    }
    let uids = b
        .query_ints("SELECT COUNT(DISTINCT uid) AS n FROM users WHERE uid IS NOT NULL")
        .await;
    assert_eq!(uids, vec![BINDS as i64], "{}", b.name);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_first_binds_than_connections_all() {
    on_all_backends!(more_first_binds_at_once_than_connections)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_devices_cursors_all() {
    on_all_backends!(many_devices_cursors_are_all_stored)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_change_is_queued_all() {
    on_all_backends!(a_large_change_is_queued_and_applied_in_the_background)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_reach_devices_all() {
    on_all_backends!(groups_reach_devices)
}

/// One change in the property test (indexes into small universes).
#[derive(Debug, Clone)]
enum Op {
    Members(usize, Vec<usize>),
    AddDevice(usize, usize),
    RemoveDevice(usize, usize),
    BindToSet(usize, usize, bool),
    BindToDevice(usize, usize, bool),
    Unbinding(usize),
    Direct(usize, usize),
    Undirect(usize, usize),
}

const USERS: usize = 4;
const DEVICES: usize = 4;
const GROUPS: usize = 3;
const SETS: usize = 2;

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..GROUPS, proptest::collection::vec(0..USERS, 0..4)).prop_map(|(g, m)| Op::Members(g, m)),
        (0..SETS, 0..DEVICES).prop_map(|(s, d)| Op::AddDevice(s, d)),
        (0..SETS, 0..DEVICES).prop_map(|(s, d)| Op::RemoveDevice(s, d)),
        (0..GROUPS, 0..SETS, any::<bool>()).prop_map(|(g, s, a)| Op::BindToSet(g, s, a)),
        (0..GROUPS, 0..DEVICES, any::<bool>()).prop_map(|(g, d, a)| Op::BindToDevice(g, d, a)),
        (0..8usize).prop_map(Op::Unbinding),
        (0..USERS, 0..DEVICES).prop_map(|(u, d)| Op::Direct(u, d)),
        (0..USERS, 0..DEVICES).prop_map(|(u, d)| Op::Undirect(u, d)),
    ]
}

/// What the changes say, kept as plain sets.
#[derive(Default)]
struct Model {
    members: BTreeMap<usize, BTreeSet<usize>>,
    sets: BTreeMap<usize, BTreeSet<usize>>,
    /// (id, group, Ok(set) | Err(device), admin)
    bindings: Vec<(String, usize, Result<usize, usize>, bool)>,
    direct: BTreeSet<(usize, usize)>,
}

impl Model {
    /// Every (user, device) → admin, recomputed from scratch.
    fn effective(&self) -> BTreeMap<(usize, usize), bool> {
        let mut out = BTreeMap::new();
        for &(u, d) in &self.direct {
            out.insert((u, d), false);
        }
        for (_, g, target, admin) in &self.bindings {
            let devices: Vec<usize> = match target {
                Ok(s) => self.sets.get(s).into_iter().flatten().copied().collect(),
                Err(d) => vec![*d],
            };
            for u in self.members.get(g).into_iter().flatten() {
                for d in &devices {
                    *out.entry((*u, *d)).or_insert(false) |= admin;
                }
            }
        }
        out
    }
}

async fn run_ops(ops: Vec<Op>) -> std::result::Result<(), TestCaseError> {
    let b = common::sqlite().await;
    let o = b.dir.create_org("p").await.expect("org").id;
    let mut users = Vec::new();
    for i in 0..USERS {
        users.push(
            b.dir
                .create_user(&o, &user(&format!("u{i}@example.com"), "Str0ng-Passw0rd!"))
                .await
                .expect("user")
                .id,
        );
    }
    let mut devices = Vec::new();
    for i in 0..DEVICES {
        devices.push(
            b.dir
                .enroll_device(&o, &format!("d{i}"), Platform::Linux)
                .await
                .expect("device")
                .0,
        );
    }
    let mut groups = Vec::new();
    for i in 0..GROUPS {
        groups.push(
            b.dir
                .create_group(&o, &group(&format!("Group {i}"), &[]))
                .await
                .expect("group")
                .id,
        );
    }
    let mut sets = Vec::new();
    for i in 0..SETS {
        sets.push(
            b.dir
                .create_device_group(&o, &format!("Set {i}"))
                .await
                .expect("set")
                .id,
        );
    }
    let mut m = Model::default();
    for op in ops {
        match op {
            Op::Members(g, ms) => {
                let ids: Vec<&str> = ms.iter().map(|u| users[*u].as_str()).collect();
                b.dir
                    .replace_group(&o, &groups[g], &group(&format!("Group {g}"), &ids), None)
                    .await
                    .expect("members");
                m.members.insert(g, ms.into_iter().collect());
            }
            Op::AddDevice(s, d) => {
                b.dir
                    .add_to_device_group(&o, &sets[s], &devices[d].id)
                    .await
                    .expect("add");
                m.sets.entry(s).or_default().insert(d);
            }
            Op::RemoveDevice(s, d) => {
                let r = b
                    .dir
                    .remove_from_device_group(&o, &sets[s], &devices[d].id)
                    .await;
                let was = m.sets.entry(s).or_default().remove(&d);
                prop_assert_eq!(r.is_ok(), was);
            }
            Op::BindToSet(g, s, admin) => {
                let gb = b
                    .dir
                    .create_group_binding(
                        &o,
                        &binding(
                            &groups[g],
                            BindingTarget::DeviceGroup(sets[s].clone()),
                            admin,
                            None,
                        ),
                    )
                    .await
                    .expect("bind");
                m.bindings.push((gb.id, g, Ok(s), admin));
            }
            Op::BindToDevice(g, d, admin) => {
                let gb = b
                    .dir
                    .create_group_binding(
                        &o,
                        &binding(
                            &groups[g],
                            BindingTarget::Device(devices[d].id.clone()),
                            admin,
                            None,
                        ),
                    )
                    .await
                    .expect("bind");
                m.bindings.push((gb.id, g, Err(d), admin));
            }
            Op::Unbinding(i) => {
                if m.bindings.is_empty() {
                    continue;
                }
                let (id, ..) = m.bindings.remove(i % m.bindings.len());
                b.dir.delete_group_binding(&o, &id).await.expect("unbind");
            }
            Op::Direct(u, d) => {
                b.dir
                    .bind(&o, &users[u], &devices[d].id)
                    .await
                    .expect("bind");
                m.direct.insert((u, d));
            }
            Op::Undirect(u, d) => {
                let before = m.effective();
                let r = b.dir.unbind(&o, &users[u], &devices[d].id).await;
                let was_direct = m.direct.remove(&(u, d));
                match (was_direct, before.contains_key(&(u, d))) {
                    (true, _) => prop_assert!(r.is_ok(), "{:?}", r),
                    (false, true) => prop_assert!(matches!(r, Err(DirectoryError::Conflict(_)))),
                    (false, false) => prop_assert!(matches!(r, Err(DirectoryError::NotFound(_)))),
                }
            }
        }
        // After every change: the effective bindings, with their origin
        // and admin rights, are the brute force's.
        let want = m.effective();
        let mut got = BTreeMap::new();
        for (ui, u) in users.iter().enumerate() {
            for a in b.dir.user_access(&o, u).await.expect("access") {
                let di = devices
                    .iter()
                    .position(|d| d.id == a.device_id)
                    .expect("device");
                prop_assert_eq!(a.direct, m.direct.contains(&(ui, di)));
                got.insert((ui, di), a.admin_now);
            }
        }
        prop_assert_eq!(&got, &want);
        for (di, d) in devices.iter().enumerate() {
            let accounts = b.dir.desired_accounts(d).await.expect("accounts");
            let admins: BTreeSet<usize> = accounts
                .iter()
                .filter(|a| a.admin.is_some())
                .map(|a| users.iter().position(|u| *u == a.user_id).expect("user"))
                .collect();
            let want_admins: BTreeSet<usize> = want
                .iter()
                .filter(|((_, dd), admin)| *dd == di && **admin)
                .map(|((u, _), _)| *u)
                .collect();
            prop_assert_eq!(admins, want_admins);
        }
    }
    b.cleanup().await;
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn effective_bindings_equal_a_recomputation_from_scratch(ops in proptest::collection::vec(op(), 1..25)) {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(run_ops(ops))?;
    }
}
