//! The read cache on SQLite: what it answers equals what the store holds,
//! and a commit through another `Directory` on the same file (as another
//! process would make it) is seen by the next read.

mod common;

use directory::{AdminKind, DirectoryError};
use scim_core::{AttrPath, CompValue, CompareOp, Filter, ListQuery};
use serde_json::json;

fn eq(user_name: &str) -> ListQuery {
    ListQuery {
        filter: Some(Filter::Compare(
            AttrPath::new("userName"),
            CompareOp::Eq,
            CompValue::Str(user_name.into()),
        )),
        start_index: 1,
        count: 100,
        ..Default::default()
    }
}

#[tokio::test]
async fn cached_reads_match_the_store_and_see_other_writers() {
    let b = common::sqlite().await;
    let a = &b.dir;
    let other = common::reopen(&b, 32 << 20).await;
    let uncached = common::reopen(&b, 0).await;
    assert!(uncached.read_cache_stats().is_none());

    let org = a.create_org("o").await.expect("org");
    let admin = a
        .create_admin(Some(&org.id), "ops@o.test", AdminKind::Tenant)
        .await
        .expect("admin");
    let key = a.generate_api_key(&admin.id).await.expect("key");
    let u = a
        .create_user(
            &org.id,
            &json!({"userName": "ann@o.test", "name": {"givenName": "Ann"}}),
        )
        .await
        .expect("user");

    // Twice each: the second answers come from the cache, equal to the store's.
    for _ in 0..2 {
        assert_eq!(
            a.resolve_api_key(&key).await.expect("key"),
            uncached.resolve_api_key(&key).await.expect("key")
        );
        assert_eq!(
            a.get_user_rendered(&org.id, &u.id).await.expect("get"),
            uncached
                .get_user_rendered(&org.id, &u.id)
                .await
                .expect("get")
        );
        for name in ["ann@o.test", "bob@o.test"] {
            assert_eq!(
                a.list_users_rendered(&org.id, &eq(name)).await.expect("eq"),
                uncached
                    .list_users_rendered(&org.id, &eq(name))
                    .await
                    .expect("eq")
            );
        }
    }
    let before = a.read_cache_stats().expect("cached");
    assert_eq!(before.hits, 4, "{before:?}");
    // A wrong key is not answered from the cache.
    assert!(matches!(
        a.resolve_api_key(&format!("{}x", &key[..key.len() - 1]))
            .await,
        Err(DirectoryError::Unauthorized)
    ));

    // Another writer changes the user, adds bob and rotates the key.
    other
        .replace_user(
            &org.id,
            &u.id,
            &json!({"userName": "ann@o.test", "name": {"givenName": "Anne"}}),
            None,
        )
        .await
        .expect("replace");
    let got = a.get_user_rendered(&org.id, &u.id).await.expect("get");
    assert!(got.json.contains("\"Anne\""), "{}", got.json);
    other
        .create_user(&org.id, &json!({"userName": "bob@o.test"}))
        .await
        .expect("bob");
    let (total, _) = a
        .list_users_rendered(&org.id, &eq("bob@o.test"))
        .await
        .expect("eq");
    assert_eq!(total, 1);
    let new_key = other.generate_api_key(&admin.id).await.expect("rotate");
    assert!(matches!(
        a.resolve_api_key(&key).await,
        Err(DirectoryError::Unauthorized)
    ));
    assert_eq!(
        a.resolve_api_key(&new_key).await.expect("new key").admin.id,
        admin.id
    );
    // Each of those reads went to the store.
    assert_eq!(a.read_cache_stats().expect("cached").hits, before.hits);
    drop((other, uncached));
    b.cleanup().await;
}

/// Polls `check` until it holds, for at most 5 seconds (the bound a test
/// allows; the window itself is measured by `benches/examples/stale_window.rs`).
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !check().await {
        assert!(
            std::time::Instant::now() < deadline,
            "not within 5 s: {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    }
}

/// Another replica on `b`'s PostgreSQL database. A replica's store opens
/// listening for the others' commits, so both are ready at once: a server
/// that has just started (after a crash, say) is not turned away by its
/// balancer's first readiness check.
async fn second_replica(b: &common::Backend) -> directory::Directory {
    let other = common::reopen(b, 32 << 20).await;
    let ready = std::time::Duration::from_secs(1);
    for d in [&b.dir, &other] {
        if let Err(e) = d.readiness(ready).await {
            panic!("a replica is ready as soon as its store is open: {e}");
        }
    }
    other
}

/// The PostgreSQL backends listening on the test's database.
async fn listeners(b: &common::Backend) -> Vec<i64> {
    b.query_ints(
        "SELECT pid::BIGINT AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'",
    )
    .await
}

/// Two replicas on one PostgreSQL database: each caches, the writer never
/// serves its own stale entry, the other drops its entries when it hears of
/// the commit (a rotated key is refused), and a replica whose listening
/// connection was cut serves nothing it read before.
#[tokio::test]
async fn on_postgres_replicas_hear_each_others_commits() {
    let Some(b) = common::postgres().await else {
        return;
    };
    let a = &b.dir;
    let other = second_replica(&b).await;
    let ready = std::time::Duration::from_secs(1);
    let org = a.create_org("o").await.expect("org");
    let admin = a
        .create_admin(Some(&org.id), "ops@o.test", AdminKind::Tenant)
        .await
        .expect("admin");
    let key = a.generate_api_key(&admin.id).await.expect("key");
    let u = a
        .create_user(
            &org.id,
            &json!({"userName": "ann@o.test", "name": {"givenName": "Ann"}}),
        )
        .await
        .expect("user");

    // Both replicas cache what they read. The other replica may still hear
    // of the commits above after its first read (any commit invalidates
    // every entry), so the reads repeat until none of those arrives between
    // them: a cache that never served would never pass.
    for d in [a, &other] {
        eventually("Ann seen", || async {
            d.get_user_rendered(&org.id, &u.id)
                .await
                .is_ok_and(|g| g.json.contains("\"Ann\""))
        })
        .await;
        eventually(
            "a read and a key resolution served from the cache",
            || async {
                let hits = d.read_cache_stats().expect("cached on PostgreSQL").hits;
                d.get_user_rendered(&org.id, &u.id).await.expect("get");
                d.resolve_api_key(&key).await.expect("key");
                d.resolve_api_key(&key).await.expect("key");
                // A repeat after a miss may find the key cached already.
                d.read_cache_stats().expect("cached").hits >= hits + 2
            },
        )
        .await;
    }

    // The writer's own next read is fresh, without waiting.
    a.replace_user(
        &org.id,
        &u.id,
        &json!({"userName": "ann@o.test", "name": {"givenName": "Anne"}}),
        None,
    )
    .await
    .expect("replace");
    let got = a.get_user_rendered(&org.id, &u.id).await.expect("get");
    assert!(got.json.contains("\"Anne\""), "{}", got.json);
    // The other replica drops its entry when it hears of the commit.
    eventually("the other replica sees Anne", || async {
        other
            .get_user_rendered(&org.id, &u.id)
            .await
            .is_ok_and(|g| g.json.contains("\"Anne\""))
    })
    .await;

    // A rotated key: refused at once by the writer, and by the other
    // replica as soon as it hears of the commit.
    let new_key = a.generate_api_key(&admin.id).await.expect("rotate");
    assert!(matches!(
        a.resolve_api_key(&key).await,
        Err(DirectoryError::Unauthorized)
    ));
    eventually("the other replica refuses the old key", || async {
        matches!(
            other.resolve_api_key(&key).await,
            Err(DirectoryError::Unauthorized)
        )
    })
    .await;
    assert_eq!(
        other
            .resolve_api_key(&new_key)
            .await
            .expect("new key")
            .admin
            .id,
        admin.id
    );
    // An `eq` page cached empty learns of a user created elsewhere.
    let (total, _) = other
        .list_users_rendered(&org.id, &eq("bob@o.test"))
        .await
        .expect("eq");
    assert_eq!(total, 0);
    a.create_user(&org.id, &json!({"userName": "bob@o.test"}))
        .await
        .expect("bob");
    eventually("the other replica finds bob", || async {
        other
            .list_users_rendered(&org.id, &eq("bob@o.test"))
            .await
            .is_ok_and(|(n, _)| n == 1)
    })
    .await;

    // Cut both listening connections: each replica reconnects by itself, and
    // nothing read before the cut is served from its cache after it.
    other.get_user_rendered(&org.id, &u.id).await.expect("get");
    let before = listeners(&b).await;
    assert_eq!(before.len(), 2, "one listening connection per replica");
    b.raw(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'",
    )
    .await;
    eventually("both replicas listen again", || async {
        let now = listeners(&b).await;
        now.len() == 2 && now.iter().all(|p| !before.contains(p))
    })
    .await;
    for d in [a, &other] {
        eventually("ready again", || async { d.readiness(ready).await.is_ok() }).await;
    }
    let hits = other.read_cache_stats().expect("cached").hits;
    other.get_user_rendered(&org.id, &u.id).await.expect("get");
    assert_eq!(
        other.read_cache_stats().expect("cached").hits,
        hits,
        "an entry from before the cut was served"
    );
    other.get_user_rendered(&org.id, &u.id).await.expect("get");
    assert_eq!(other.read_cache_stats().expect("cached").hits, hits + 1);
    drop(other);
    b.cleanup().await;
}

/// An org with Ann, who has a password, bound to a Linux device.
async fn ann_on_a_device(
    a: &directory::Directory,
) -> (directory::Org, directory::ScimUser, directory::Device) {
    let org = a.create_org("o").await.expect("org");
    let u = a
        .create_user(
            &org.id,
            &json!({"userName": "ann@o.test", "password": "Start-Passw0rd1"}),
        )
        .await
        .expect("user");
    let (d, _) = a
        .enroll_device(&org.id, "d", directory::Platform::Linux)
        .await
        .expect("enroll");
    a.bind(&org.id, &u.id, &d.id).await.expect("bind");
    (org, u, d)
}

/// A device known to have nothing new is answered from memory (no read);
/// on PostgreSQL a change made through another replica reaches it all the
/// same: the replica that committed names the device inside its
/// transaction, and the device's own replica, hearing it, reads again.
#[tokio::test]
async fn on_postgres_an_idle_device_hears_of_work_from_another_replica() {
    let Some(b) = common::postgres().await else {
        return;
    };
    let a = &b.dir;
    let other = second_replica(&b).await;
    let (org, u, d) = ann_on_a_device(a).await;
    // The device syncs through `other`, which then knows it has nothing new.
    let first = other
        .checkin(&d, 0, std::time::Duration::ZERO)
        .await
        .expect("first");
    assert_eq!(first.deliveries.len(), 1);
    let c = first.cursor;
    let idle = other
        .checkin(&d, c, std::time::Duration::ZERO)
        .await
        .expect("idle");
    assert!(idle.is_empty(), "{idle:?}");

    // A held check-in on `other` wakes for a password Okta sends through `a`.
    let patch = scim_core::patch::PatchRequest::from_json(&json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "value": {"password": "New-Passw0rd2"}}]
    }))
    .expect("patch");
    let (held, patched) = tokio::join!(
        tokio::time::timeout(
            std::time::Duration::from_secs(10),
            other.checkin(&d, c, std::time::Duration::from_secs(20)),
        ),
        async {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            a.patch_user(&org.id, &u.id, &patch, None).await
        }
    );
    patched.expect("patch");
    let held = held
        .expect("woken before its wait ended")
        .expect("check-in");
    assert_eq!(held.deliveries.len(), 1, "{held:?}");
    assert!(held.cursor > c);
    // And an immediate check-in at the old cursor reads it again.
    let again = other
        .checkin(&d, c, std::time::Duration::ZERO)
        .await
        .expect("again");
    assert_eq!(again.deliveries.len(), 1, "{again:?}");
    drop(other);
    b.cleanup().await;
}

/// A device's applied cursor is written without telling the caches: a
/// fleet reconnecting writes thousands a second, and no cached read
/// depends on it. Neither the replica that wrote it nor another drops its
/// entries for it; a write to a user still reaches both.
#[tokio::test]
async fn on_postgres_a_devices_applied_cursor_leaves_the_caches_warm() {
    let Some(b) = common::postgres().await else {
        return;
    };
    let a = &b.dir;
    let other = second_replica(&b).await;
    let (org, u, d) = ann_on_a_device(a).await;
    let first = other
        .checkin(&d, 0, std::time::Duration::ZERO)
        .await
        .expect("first");
    assert!(first.cursor > 0);
    for r in [a, &other] {
        eventually("Ann cached", || async {
            let hits = r.read_cache_stats().expect("cached").hits;
            r.get_user_rendered(&org.id, &u.id).await.expect("get");
            r.read_cache_stats().expect("cached").hits == hits + 1
        })
        .await;
    }
    // The device reports it applied everything: `other` writes its cursor.
    other
        .checkin(&d, first.cursor, std::time::Duration::ZERO)
        .await
        .expect("applied");
    other.applied_cursors_written().await.expect("written");
    assert_eq!(
        b.query_ints("SELECT applied_seq AS n FROM devices").await,
        vec![first.cursor],
        "the cursor is written"
    );
    // An announced commit reaches another replica within milliseconds
    // (BENCHMARKS.md, the stale window); this waits far longer.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    for r in [a, &other] {
        let hits = r.read_cache_stats().expect("cached").hits;
        r.get_user_rendered(&org.id, &u.id).await.expect("get");
        assert_eq!(
            r.read_cache_stats().expect("cached").hits,
            hits + 1,
            "an applied cursor emptied a replica's cache"
        );
    }
    // A write to the user still empties both.
    a.replace_user(
        &org.id,
        &u.id,
        &json!({"userName": "ann@o.test", "name": {"givenName": "Anne"}}),
        None,
    )
    .await
    .expect("replace");
    for r in [a, &other] {
        eventually("Anne seen", || async {
            r.get_user_rendered(&org.id, &u.id)
                .await
                .is_ok_and(|g| g.json.contains("\"Anne\""))
        })
        .await;
    }
    drop(other);
    b.cleanup().await;
}
