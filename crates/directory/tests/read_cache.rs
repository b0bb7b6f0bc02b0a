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
