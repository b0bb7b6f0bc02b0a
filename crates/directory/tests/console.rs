//! The console's reads on SQLite and, with DATABASE_URL, PostgreSQL: the
//! users list (pages, search, filters, the bounded scan), the overview,
//! devices, the filtered audit log and the troubleshooting hints.
mod common;

use std::collections::HashSet;

use common::Backend;
use directory::{AuditQuery, PasswordFilter, Platform, UserQuery, USER_SCAN_MAX};
use serde_json::{json, Value};

fn user(login: &str, name: &str, password: Option<&str>) -> Value {
    let mut u = json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": login,
        "displayName": name,
        "emails": [{"primary": true, "value": login, "type": "work"}],
        "active": true,
    });
    if let Some(p) = password {
        u["password"] = json!(p);
    }
    u
}

fn query(q: Option<&str>, state: Option<&str>, password: Option<PasswordFilter>) -> UserQuery {
    UserQuery {
        q: q.map(str::to_string),
        state: state.map(str::to_string),
        password,
        after: None,
        limit: 50,
        login_prefix: false,
    }
}

async fn users_list(b: &Backend) {
    let o = b.dir.create_org("console").await.expect("org").id;
    b.dir.seed_users(&o, "seed", 120).await.expect("seed");
    let ann = b
        .dir
        .create_user(
            &o,
            &user("ann.lee@example.com", "Ann Lee", Some("Str0ng-Passw0rd!")),
        )
        .await
        .expect("create")
        .id;
    // Okta's create-time placeholder: stored, breaks the policy.
    let pat = b
        .dir
        .create_user(
            &o,
            &user("pat@example.com", "Pat Placeholder", Some("1mz050nq")),
        )
        .await
        .expect("create")
        .id;

    // Every user once, in pages of 50, oldest first.
    let mut seen = HashSet::new();
    let mut q = query(None, None, None);
    let mut pages = 0;
    loop {
        let page = b.dir.user_list(&o, &q).await.expect("page");
        pages += 1;
        for u in &page.users {
            assert!(seen.insert(u.id.clone()), "{}: {} twice", b.name, u.id);
        }
        match page.next {
            Some(n) => q.after = Some(n),
            None => break,
        }
    }
    assert_eq!((seen.len(), pages), (122, 3), "{}", b.name);

    // Search: login, unix username, name, case-insensitive substrings.
    let names = |p: directory::UserListPage| -> Vec<String> {
        p.users.into_iter().map(|u| u.username).collect()
    };
    let found = names(
        b.dir
            .user_list(&o, &query(Some("ANN"), None, None))
            .await
            .expect("q"),
    );
    assert_eq!(found, ["ann.lee"], "{}", b.name);
    let found = names(
        b.dir
            .user_list(&o, &query(Some("lee"), None, None))
            .await
            .expect("q"),
    );
    assert_eq!(found, ["ann.lee"], "{}", b.name);
    // The seeded users are "Seed User{i}": User7 and User70..User79.
    let found = b
        .dir
        .user_list(&o, &query(Some("user7"), None, None))
        .await
        .expect("q");
    assert_eq!(found.users.len(), 11, "{}", b.name);
    assert!(found.next.is_none() && !found.scan_limited);

    // State and password filters.
    b.dir
        .set_user_state(&o, &ann, false, "admin:test")
        .await
        .expect("suspend");
    let found = names(
        b.dir
            .user_list(&o, &query(None, Some("SUSPENDED"), None))
            .await
            .expect("q"),
    );
    assert_eq!(found, ["ann.lee"], "{}", b.name);
    let found = b
        .dir
        .user_list(&o, &query(None, None, Some(PasswordFilter::Undeliverable)))
        .await
        .expect("q");
    assert_eq!(
        found
            .users
            .iter()
            .map(|u| u.id.as_str())
            .collect::<Vec<_>>(),
        [pat.as_str()],
        "{}",
        b.name
    );
    let found = b
        .dir
        .user_list(&o, &query(None, None, Some(PasswordFilter::None)))
        .await
        .expect("q");
    assert_eq!(
        found.users.len(),
        50,
        "{}: the seeded users have none",
        b.name
    );
    let found = names(
        b.dir
            .user_list(&o, &query(Some("ann"), None, Some(PasswordFilter::Okta)))
            .await
            .expect("q"),
    );
    assert_eq!(found, ["ann.lee"], "{}", b.name);

    // Bad input: a clear error, nothing else.
    for bad in [
        UserQuery {
            after: Some("page-two".into()),
            ..query(None, None, None)
        },
        query(None, Some("ASLEEP"), None),
    ] {
        let e = b.dir.user_list(&o, &bad).await.expect_err("refused");
        assert!(
            matches!(e, directory::DirectoryError::BadRequest(_)),
            "{}: {e}",
            b.name
        );
    }

    // Another org sees none of them.
    let other = b.dir.create_org("other").await.expect("org").id;
    let page = b
        .dir
        .user_list(&other, &query(None, None, None))
        .await
        .expect("page");
    assert!(page.users.is_empty() && page.next.is_none());
}

/// A search whose only match lies beyond the scan bound answers an empty,
/// scan-limited page that says where to continue, and the next request finds it.
async fn the_scan_is_bounded(b: &Backend) {
    let o = b.dir.create_org("bounded").await.expect("org").id;
    b.dir
        .seed_users(&o, "bulk", USER_SCAN_MAX + 100)
        .await
        .expect("seed");
    b.dir
        .create_user(
            &o,
            &user("needle@example.com", "The Needle", Some("Needle-Passw0rd")),
        )
        .await
        .expect("create");
    let mut q = query(Some("needle"), None, None);
    let first = b.dir.user_list(&o, &q).await.expect("page");
    assert!(first.users.is_empty(), "{}", b.name);
    assert!(first.scan_limited, "{}", b.name);
    assert_eq!(first.scanned, USER_SCAN_MAX, "{}", b.name);
    q.after = first.next;
    let second = b.dir.user_list(&o, &q).await.expect("page");
    assert_eq!(second.users.len(), 1, "{}", b.name);
    assert!(second.next.is_none() && !second.scan_limited, "{}", b.name);
}

async fn overview_devices_audit_and_hints(b: &Backend) {
    let o = b.dir.create_org("ov").await.expect("org").id;
    let ov = b.dir.overview(&o).await.expect("overview");
    assert!(ov.last_okta.is_none() && ov.devices == 0);
    assert!(
        b.dir.hints(&o).await.expect("hints").is_empty(),
        "{}",
        b.name
    );

    let pat = b
        .dir
        .create_user(&o, &user("pat@example.com", "Pat", Some("1mz050nq")))
        .await
        .expect("create")
        .id;
    let ann = b
        .dir
        .create_user(
            &o,
            &user("ann@example.com", "Ann", Some("Str0ng-Passw0rd!")),
        )
        .await
        .expect("create")
        .id;
    let (dev, _cred) = b
        .dir
        .enroll_device(&o, "lin", Platform::Linux)
        .await
        .expect("enroll");
    b.dir.bind(&o, &ann, &dev.id).await.expect("bind");
    b.dir.bind(&o, &pat, &dev.id).await.expect("bind");
    b.dir
        .set_user_state(&o, &pat, false, "admin:test")
        .await
        .expect("suspend");

    let ov = b.dir.overview(&o).await.expect("overview");
    assert_eq!(
        ov.users_by_state,
        [
            ("ACTIVATED".to_string(), 1),
            ("STAGED".to_string(), 0),
            ("SUSPENDED".to_string(), 1)
        ],
        "{}",
        b.name
    );
    assert_eq!((ov.devices, ov.devices_online), (1, 0), "never checked in");
    assert_eq!(ov.devices_behind, 1, "{}: Ann's password waits", b.name);
    let last = ov.last_okta.expect("last request from Okta");
    assert_eq!(last.action, "scim.create_user");

    assert_eq!(ov.users_with_drift, 0);
    b.dir
        .portal_change_password(
            &o,
            &ann,
            zeroize::Zeroizing::new("Str0ng-Passw0rd!".into()),
            zeroize::Zeroizing::new("Her-Own-Passw0rd".into()),
        )
        .await
        .expect("portal change");
    let ov = b.dir.overview(&o).await.expect("overview");
    assert_eq!(
        ov.users_with_drift, 1,
        "{}: the portal change is drift",
        b.name
    );
    let drifted = b
        .dir
        .user_list(&o, &query(None, None, Some(PasswordFilter::Drift)))
        .await
        .expect("q");
    assert_eq!(drifted.users.len(), 1, "{}", b.name);

    let d = b.dir.device_details(&o, &dev.id).await.expect("device");
    assert_eq!(d.device.bound_users, 2);
    let usernames: Vec<&str> = d.bindings.iter().map(|x| x.username.as_str()).collect();
    assert_eq!(usernames, ["ann", "pat"], "{}", b.name);
    assert!(
        d.bindings.iter().any(|x| x.locked),
        "the suspended user's account is locked"
    );
    let other = b.dir.create_org("ov-other").await.expect("org").id;
    assert!(
        b.dir.device_details(&other, &dev.id).await.is_err(),
        "other orgs cannot see it"
    );

    // The audit log, filtered.
    let creates = b
        .dir
        .audit_search(
            &o,
            &AuditQuery {
                action: Some("create_user".into()),
                limit: 50,
                ..AuditQuery::default()
            },
        )
        .await
        .expect("audit");
    assert_eq!(creates.len(), 2, "{}", b.name);
    let about_pat = b
        .dir
        .audit_search(
            &o,
            &AuditQuery {
                target: Some(pat.clone()),
                actor: Some("admin:".into()),
                limit: 50,
                ..AuditQuery::default()
            },
        )
        .await
        .expect("audit");
    assert_eq!(about_pat.len(), 1, "{}: the suspension", b.name);
    assert_eq!(about_pat[0].action, "admin.suspend_user");
    // LIKE's wildcards in a filter are taken as text, not patterns.
    let none = b
        .dir
        .audit_search(
            &o,
            &AuditQuery {
                action: Some("%".into()),
                limit: 50,
                ..AuditQuery::default()
            },
        )
        .await
        .expect("audit");
    assert!(none.is_empty(), "{}", b.name);

    // Hints from what Okta sent: only the placeholder password arrived, and
    // no update ever did.
    let hints = b.dir.hints(&o).await.expect("hints");
    let titles: Vec<&str> = hints.iter().map(|h| h.title.as_str()).collect();
    assert!(
        titles.contains(&"Passwords are not syncing from Okta"),
        "{}: {titles:?}",
        b.name
    );
    assert!(
        titles.contains(&"No attribute updates have arrived from Okta"),
        "{}: {titles:?}",
        b.name
    );
    assert!(
        hints[0].evidence.contains("1 of the newest 2"),
        "{}",
        hints[0].evidence
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn users_list_all() {
    on_all_backends!(users_list)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_scan_is_bounded_all() {
    on_all_backends!(the_scan_is_bounded)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overview_devices_audit_and_hints_all() {
    on_all_backends!(overview_devices_audit_and_hints)
}

/// Logins starting with a prefix: every match, in login order, through the
/// login index, paged by a login cursor; filters still apply; LIKE's
/// wildcards and case mean nothing special.
async fn login_prefix_search(b: &Backend) {
    let o = b.dir.create_org("prefix").await.expect("org").id;
    b.dir.seed_users(&o, "seed", 50).await.expect("seed");
    let mut ids = std::collections::HashMap::new();
    for login in [
        "annex@y.test",
        "ann@x.test",
        "bob@x.test",
        "anna@x.test",
        "pat@c%d.test",
        "Annie@x.test",
    ] {
        let id = b
            .dir
            .create_user(&o, &user(login, "Someone", None))
            .await
            .expect("create")
            .id;
        ids.insert(login, id);
    }
    let by_login = |q: &str, limit: usize, after: Option<String>| UserQuery {
        login_prefix: true,
        limit,
        after,
        ..query(Some(q), None, None)
    };
    let logins = |p: &directory::UserListPage| -> Vec<String> {
        p.users.iter().map(|u| u.user_name.clone()).collect()
    };

    let all = b
        .dir
        .user_list(&o, &by_login("ANN", 50, None))
        .await
        .expect("q");
    assert_eq!(
        logins(&all),
        ["ann@x.test", "anna@x.test", "annex@y.test", "Annie@x.test"],
        "{}: every login starting with ann, any case, in login order",
        b.name
    );
    assert!(all.next.is_none() && !all.scan_limited, "{}", b.name);

    // Pages of two, continued by the login cursor.
    let first = b
        .dir
        .user_list(&o, &by_login("ann", 2, None))
        .await
        .expect("q");
    assert_eq!(logins(&first), ["ann@x.test", "anna@x.test"], "{}", b.name);
    let second = b
        .dir
        .user_list(&o, &by_login("ann", 2, first.next.clone()))
        .await
        .expect("q");
    assert_eq!(
        logins(&second),
        ["annex@y.test", "Annie@x.test"],
        "{}",
        b.name
    );
    let third = b
        .dir
        .user_list(&o, &by_login("ann", 2, second.next.clone()))
        .await
        .expect("q");
    assert!(third.users.is_empty() && third.next.is_none(), "{}", b.name);

    // Wildcards are plain characters (as LIKE patterns "a%" and "a_" would
    // match every ann).
    for q in ["a%", "a_"] {
        let w = b
            .dir
            .user_list(&o, &by_login(q, 50, None))
            .await
            .expect("q");
        assert!(
            w.users.is_empty(),
            "{}: {q} matched {:?}",
            b.name,
            logins(&w)
        );
    }
    let pct = b
        .dir
        .user_list(&o, &by_login("pat@c%", 50, None))
        .await
        .expect("q");
    assert_eq!(logins(&pct), ["pat@c%d.test"], "{}", b.name);
    let none = b
        .dir
        .user_list(&o, &by_login("zz", 50, None))
        .await
        .expect("q");
    assert!(none.users.is_empty() && none.next.is_none(), "{}", b.name);

    // With a state filter.
    b.dir
        .set_user_state(&o, &ids["anna@x.test"], false, "admin:test")
        .await
        .expect("suspend");
    let suspended = b
        .dir
        .user_list(
            &o,
            &UserQuery {
                login_prefix: true,
                ..query(Some("ann"), Some("SUSPENDED"), None)
            },
        )
        .await
        .expect("q");
    assert_eq!(logins(&suspended), ["anna@x.test"], "{}", b.name);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_prefix_search_all() {
    on_all_backends!(login_prefix_search)
}
