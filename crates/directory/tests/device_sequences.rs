//! Each device has its own change sequence (what its check-in cursor
//! follows): a change waits only for changes to the same devices, never for
//! the rest of the fleet's, and a device's numbers still commit in order.
mod common;

use std::time::Duration;

use serde_json::json;
use sqlx::Connection as _;

/// Okta's PATCH of a user's password.
fn new_password(p: &str) -> scim_core::patch::PatchRequest {
    scim_core::patch::PatchRequest::from_json(&json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "value": {"password": p}}]
    }))
    .expect("patch")
}

/// `name`, with a password, bound to a Linux device of their own.
async fn user_on_a_device(
    dir: &directory::Directory,
    org: &str,
    name: &str,
) -> (directory::ScimUser, directory::Device) {
    let u = dir
        .create_user(
            org,
            &json!({"userName": format!("{name}@o.test"), "password": "Start-Passw0rd1"}),
        )
        .await
        .expect("user");
    let (d, _) = dir
        .enroll_device(org, name, directory::Platform::Linux)
        .await
        .expect("enroll");
    dir.bind(org, &u.id, &d.id).await.expect("bind");
    (u, d)
}

/// On both backends: a device's cursor follows only its own changes, and
/// deliveries and commands share its sequence.
#[tokio::test]
async fn a_devices_cursor_moves_only_for_its_own_changes() {
    let mut backends = vec![common::sqlite().await];
    backends.extend(common::postgres().await);
    for b in backends {
        let dir = &b.dir;
        let org = dir.create_org("o").await.expect("org");
        let (ann, da) = user_on_a_device(dir, &org.id, "ann").await;
        let (bob, db) = user_on_a_device(dir, &org.id, "bob").await;
        let a0 = dir
            .checkin(&da, 0, Duration::ZERO)
            .await
            .expect("ann's device");
        let b0 = dir
            .checkin(&db, 0, Duration::ZERO)
            .await
            .expect("bob's device");
        assert_eq!(
            (a0.deliveries.len(), b0.deliveries.len()),
            (1, 1),
            "{}",
            b.name
        );
        // The bind's delivery and its account list: each device's own 1 and 2.
        assert_eq!((a0.cursor, b0.cursor), (2, 2), "{}", b.name);
        for i in 0..3 {
            dir.patch_user(
                &org.id,
                &bob.id,
                &new_password(&format!("Second-Passw0rd{i}")),
                None,
            )
            .await
            .expect("bob's password");
        }
        let idle = dir
            .checkin(&da, a0.cursor, Duration::ZERO)
            .await
            .expect("ann's device again");
        assert!(idle.is_empty(), "{}: {idle:?}", b.name);
        assert_eq!(idle.cursor, a0.cursor, "{}: others' changes", b.name);
        let busy = dir
            .checkin(&db, b0.cursor, Duration::ZERO)
            .await
            .expect("bob's device again");
        assert_eq!(busy.deliveries.len(), 1, "{}: the newest version", b.name);
        assert!(busy.cursor > b0.cursor, "{}", b.name);

        dir.patch_user(&org.id, &ann.id, &new_password("Third-Passw0rd8"), None)
            .await
            .expect("ann's password");
        let next = dir
            .checkin(&da, a0.cursor, Duration::ZERO)
            .await
            .expect("ann's device, her new password");
        assert_eq!(next.deliveries.len(), 1, "{}: {next:?}", b.name);
        assert!(next.cursor > a0.cursor, "{}", b.name);
        b.cleanup().await;
    }
}

/// On PostgreSQL, while a transaction holds Ann's device's sequence (as a
/// change to that device would until its commit), a change to Bob on
/// another device commits at once; Ann's own change waits for it, then
/// commits and reaches her device. (With one counter for every device, as
/// before, Bob's change waited too.)
#[tokio::test]
async fn on_postgres_a_change_waits_only_for_changes_to_its_own_devices() {
    let Some(b) = common::postgres().await else {
        return;
    };
    let dir = &b.dir;
    let org = dir.create_org("o").await.expect("org");
    let (ann, da) = user_on_a_device(dir, &org.id, "ann").await;
    let (bob, _db) = user_on_a_device(dir, &org.id, "bob").await;
    let a0 = dir.checkin(&da, 0, Duration::ZERO).await.expect("first");

    let mut holder = sqlx::PgConnection::connect(b.url()).await.expect("holder");
    let mut held = holder.begin().await.expect("begin");
    sqlx::query("SELECT value FROM device_seqs WHERE device_id = $1 FOR UPDATE")
        .bind(&da.id)
        .fetch_one(&mut *held)
        .await
        .expect("hold ann's device's sequence");

    tokio::time::timeout(
        Duration::from_secs(60),
        dir.patch_user(&org.id, &bob.id, &new_password("Second-Passw0rd7"), None),
    )
    .await
    .expect("bob's change waited for ann's device")
    .expect("bob's password");

    let patch = new_password("Third-Passw0rd8");
    let mut anns = Box::pin(dir.patch_user(&org.id, &ann.id, &patch, None));
    let waiting = async {
        loop {
            let n = b
                .query_ints(
                    "SELECT COUNT(*)::BIGINT AS n FROM pg_stat_activity \
                     WHERE datname = current_database() AND wait_event_type = 'Lock'",
                )
                .await;
            if n.first().copied().unwrap_or(0) >= 1 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    tokio::select! {
        r = &mut anns => panic!("ann's change did not wait for her device's sequence: {r:?}"),
        w = tokio::time::timeout(Duration::from_secs(60), waiting) => {
            w.expect("ann's change never waited on a lock");
        }
    }
    let before = dir
        .checkin(&da, a0.cursor, Duration::ZERO)
        .await
        .expect("while ann's change waits");
    assert!(before.is_empty(), "{before:?}");

    held.commit().await.expect("release");
    tokio::time::timeout(Duration::from_secs(60), &mut anns)
        .await
        .expect("ann's change went on once her device's sequence was free")
        .expect("ann's password");
    drop(anns);
    let after = dir
        .checkin(&da, a0.cursor, Duration::ZERO)
        .await
        .expect("ann's device");
    assert_eq!(after.deliveries.len(), 1, "{after:?}");
    assert!(after.cursor > a0.cursor);
    drop(holder);
    b.cleanup().await;
}
