//! The shared conformance suite: every test runs against SQLite and, when
//! DATABASE_URL is set, against PostgreSQL.
mod common;

use std::time::Duration;

use common::Backend;
use directory::agent_protocol::CommandKind;
use directory::{AdminKind, DeliveryEvent, DirectoryError, Platform};
use password_sync::DeliveryState;
use scim_core::etag::IfMatch;
use scim_core::{ListQuery, PatchRequest, ScimError, USER};
use serde_json::{json, Value};
use zeroize::Zeroizing;

async fn org(b: &Backend, name: &str) -> String {
    b.dir.create_org(name).await.expect("org").id
}

fn user(login: &str, password: Option<&str>) -> Value {
    let mut u = json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": login,
        "name": {"givenName": "Test", "familyName": "User"},
        "emails": [{"primary": true, "value": login, "type": "work"}],
        "externalId": format!("ext-{login}"),
        "active": true,
    });
    if let Some(p) = password {
        u["password"] = json!(p);
    }
    u
}

fn patch(ops: Value) -> PatchRequest {
    PatchRequest::from_json(
        &json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops}),
    )
    .expect("patch")
}

fn q(pairs: &[(&str, &str)]) -> ListQuery {
    ListQuery::from_pairs(pairs.iter().copied(), &USER).expect("query")
}

async fn create_get_list_and_uniqueness(b: &Backend) {
    let o = org(b, "a").await;
    let u = b
        .dir
        .create_user(&o, &user("Jane.Doe@Example.com", Some("1mz050nq")))
        .await
        .expect("create");
    assert_eq!(
        u.resource["userName"], "Jane.Doe@Example.com",
        "{}: case preserved",
        b.name
    );
    assert!(u.resource.get("password").is_none());
    assert_eq!(u.resource["active"], true);
    let got = b.dir.get_user(&o, &u.id).await.expect("get");
    assert_eq!(got.resource["name"]["givenName"], "Test");
    let (total, found) = b
        .dir
        .list_users(
            &o,
            &q(&[("filter", r#"userName eq "jane.doe@example.com""#)]),
        )
        .await
        .expect("list");
    assert_eq!(
        (total, found.len()),
        (1, 1),
        "{}: case-insensitive userName",
        b.name
    );
    let (total, _) = b
        .dir
        .list_users(&o, &q(&[("filter", r#"userName eq "nobody@example.com""#)]))
        .await
        .expect("list");
    assert_eq!(total, 0);
    let dup = b
        .dir
        .create_user(&o, &user("JANE.DOE@EXAMPLE.COM", None))
        .await;
    assert!(
        matches!(dup, Err(DirectoryError::Scim(ScimError::Uniqueness(_)))),
        "{}: {dup:?}",
        b.name
    );
    // The placeholder password broke the policy: accepted, recorded, not deliverable.
    let d = b.dir.user_details(&o, &u.id).await.expect("details");
    assert_eq!(d.password.version, 1);
    assert!(!d.password.policy_violations.is_empty());
    assert_eq!(d.username, "Jane.Doe");
    // Invalid usernames are refused with the rule.
    let bad = b
        .dir
        .create_user(&o, &user("9lives@example.com", None))
        .await;
    match bad {
        Err(DirectoryError::InvalidUsername(e)) => {
            assert!(e.to_string().contains("start with a letter"))
        }
        other => panic!("{}: {other:?}", b.name),
    }
}

async fn paging_is_stable(b: &Backend) {
    let o = org(b, "p").await;
    for i in 0..25 {
        b.dir
            .create_user(&o, &user(&format!("u{i:02}@x.com"), None))
            .await
            .expect("create");
    }
    let mut seen = Vec::new();
    let mut start = 1;
    loop {
        let s = start.to_string();
        let (total, page) = b
            .dir
            .list_users(&o, &q(&[("startIndex", &s), ("count", "10")]))
            .await
            .expect("page");
        assert_eq!(total, 25);
        if page.is_empty() {
            break;
        }
        seen.extend(
            page.into_iter()
                .map(|u| u.resource["userName"].as_str().unwrap_or("").to_string()),
        );
        start += 10;
    }
    let want: Vec<String> = (0..25).map(|i| format!("u{i:02}@x.com")).collect();
    assert_eq!(seen, want, "{}", b.name);
    // A filtered list deduces its total from a short page and counts
    // otherwise: each shape must agree with the number of matches.
    let f = r#"userName sw "u1""#; // u10..u19: 10 matches
    for (start, count, want_total, want_len) in [
        ("1", "100", 10, 10), // short first page
        ("1", "10", 10, 10),  // exactly full: counted
        ("1", "4", 10, 4),    // full: counted
        ("9", "4", 10, 2),    // short later page
        ("11", "4", 10, 0),   // past the end: counted
        ("500", "4", 10, 0),  // far past the end
        ("1", "0", 10, 0),    // count=0 asks for the total only
    ] {
        let (total, page) = b
            .dir
            .list_users(
                &o,
                &q(&[("filter", f), ("startIndex", start), ("count", count)]),
            )
            .await
            .expect("filtered page");
        assert_eq!(
            (total, page.len()),
            (want_total, want_len),
            "{}: startIndex={start} count={count}",
            b.name
        );
    }
    let (total, page) = b
        .dir
        .list_users(&o, &q(&[("startIndex", "26"), ("count", "10")]))
        .await
        .expect("past the end, unfiltered");
    assert_eq!((total, page.len()), (25, 0), "{}", b.name);
    let (_, none) = b
        .dir
        .list_users(&o, &q(&[("count", "0")]))
        .await
        .expect("count 0");
    assert!(none.is_empty());
    let (_, sorted) = b
        .dir
        .list_users(
            &o,
            &q(&[
                ("sortBy", "userName"),
                ("sortOrder", "descending"),
                ("count", "2"),
            ]),
        )
        .await
        .expect("sort");
    assert_eq!(sorted[0].resource["userName"], "u24@x.com");
}

async fn takeover_rules(b: &Backend) {
    let o = org(b, "t").await;
    // Allowed: unbound, username equals the prefix.
    let local = b
        .dir
        .create_local_user(&o, "john.doe")
        .await
        .expect("local");
    let u = b
        .dir
        .create_user(&o, &user("john.doe@example.com", None))
        .await
        .expect("takeover");
    assert_eq!(
        u.id, local.id,
        "{}: the existing user is taken over",
        b.name
    );
    assert!(
        b.dir
            .user_details(&o, &u.id)
            .await
            .expect("d")
            .externally_managed
    );
    // Refused: bound to a device.
    let bound = b.dir.create_local_user(&o, "amy").await.expect("local");
    let (dev, _) = b
        .dir
        .enroll_device(&o, "amy-mac", Platform::Macos)
        .await
        .expect("enroll");
    b.dir.bind(&o, &bound.id, &dev.id).await.expect("bind");
    let r = b.dir.create_user(&o, &user("amy@example.com", None)).await;
    match r {
        Err(DirectoryError::Scim(ScimError::Uniqueness(m))) => assert!(m.contains("bound"), "{m}"),
        other => panic!("{}: {other:?}", b.name),
    }
    // Refused: the prefix differs (case counts).
    b.dir.create_local_user(&o, "Bob").await.expect("local");
    let r = b.dir.create_user(&o, &user("bob@example.com", None)).await;
    assert!(
        matches!(r, Err(DirectoryError::Scim(ScimError::Uniqueness(_)))),
        "{r:?}"
    );
    // Two Okta logins with the same prefix: the second is refused.
    b.dir
        .create_user(&o, &user("carl@a.com", None))
        .await
        .expect("first");
    let r = b.dir.create_user(&o, &user("carl@b.com", None)).await;
    assert!(matches!(
        r,
        Err(DirectoryError::Scim(ScimError::Uniqueness(_)))
    ));
}

async fn rename_rules(b: &Backend) {
    let o = org(b, "r").await;
    let free = b
        .dir
        .create_user(&o, &user("free@example.com", None))
        .await
        .expect("c");
    let mut body = user("freed@example.com", None);
    body["id"] = json!(free.id);
    b.dir
        .replace_user(&o, &free.id, &body, None)
        .await
        .expect("rename");
    assert_eq!(
        b.dir.user_details(&o, &free.id).await.expect("d").username,
        "freed"
    );
    let tied = b
        .dir
        .create_user(&o, &user("tied@example.com", None))
        .await
        .expect("c");
    let (dev, _) = b
        .dir
        .enroll_device(&o, "l", Platform::Linux)
        .await
        .expect("enroll");
    b.dir.bind(&o, &tied.id, &dev.id).await.expect("bind");
    let r = b
        .dir
        .replace_user(&o, &tied.id, &user("untied@example.com", None), None)
        .await
        .expect("put");
    assert_eq!(r.resource["userName"], "untied@example.com");
    assert_eq!(
        b.dir.user_details(&o, &tied.id).await.expect("d").username,
        "tied",
        "{}: bound user keeps username",
        b.name
    );
    let log = b.dir.audit_log(&o, 1).await.expect("audit");
    assert!(log[0].detail["rename"]
        .as_str()
        .unwrap_or("")
        .contains("bound to one or more resources"));
}

async fn deactivate_delete_and_relink(b: &Backend) {
    let o = org(b, "d").await;
    let u = b
        .dir
        .create_user(&o, &user("dee@example.com", None))
        .await
        .expect("c");
    let off = b
        .dir
        .patch_user(
            &o,
            &u.id,
            &patch(json!([{"op": "replace", "value": {"active": false}}])),
            None,
        )
        .await
        .expect("deactivate");
    assert_eq!(off.resource["active"], false);
    assert_eq!(
        b.dir.user_details(&o, &u.id).await.expect("d").state,
        "SUSPENDED"
    );
    let on = b
        .dir
        .patch_user(
            &o,
            &u.id,
            &patch(json!([{"op": "Replace", "value": {"active": true}}])),
            None,
        )
        .await
        .expect("reactivate");
    assert_eq!(on.resource["active"], true);
    // AIW-style PUT deactivate.
    let mut body = user("dee@example.com", None);
    body["active"] = json!(false);
    assert_eq!(
        b.dir
            .replace_user(&o, &u.id, &body, None)
            .await
            .expect("put")
            .resource["active"],
        false
    );
    // DELETE: suspended, kept, gone from SCIM.
    b.dir.delete_user(&o, &u.id).await.expect("delete");
    assert!(matches!(
        b.dir.get_user(&o, &u.id).await,
        Err(DirectoryError::NotFound(_))
    ));
    let d = b.dir.user_details(&o, &u.id).await.expect("kept");
    assert_eq!(d.state, "SUSPENDED");
    let (total, _) = b.dir.list_users(&o, &q(&[])).await.expect("list");
    assert_eq!(total, 0);
    // A later create with the same userName re-links it.
    let again = b
        .dir
        .create_user(&o, &user("DEE@example.com", None))
        .await
        .expect("relink");
    assert_eq!(again.id, u.id, "{}", b.name);
    assert_eq!(again.resource["active"], true);
}

async fn keys_and_isolation(b: &Backend) {
    let a = org(b, "org-a").await;
    let z = org(b, "org-z").await;
    let admin = b
        .dir
        .create_admin(Some(&a), &format!("admin-{}@a", b.name), AdminKind::Tenant)
        .await
        .expect("admin");
    let k1 = b.dir.generate_api_key(&admin.id).await.expect("key");
    assert_eq!(
        b.dir
            .resolve_api_key(&k1)
            .await
            .expect("resolve")
            .tenant_org()
            .expect("org"),
        a
    );
    let k2 = b.dir.generate_api_key(&admin.id).await.expect("rotate");
    assert!(
        matches!(
            b.dir.resolve_api_key(&k1).await,
            Err(DirectoryError::Unauthorized)
        ),
        "{}: old key revoked",
        b.name
    );
    assert!(b.dir.resolve_api_key(&k2).await.is_ok());
    assert!(matches!(
        b.dir.resolve_api_key("dk_garbage").await,
        Err(DirectoryError::Unauthorized)
    ));
    let mtp = b
        .dir
        .create_admin(None, &format!("mtp-{}@x", b.name), AdminKind::Mtp)
        .await
        .expect("mtp");
    let km = b.dir.generate_api_key(&mtp.id).await.expect("key");
    let p = b.dir.resolve_api_key(&km).await.expect("resolves");
    assert!(
        matches!(p.tenant_org(), Err(DirectoryError::Forbidden(_))),
        "{}: MTP refused",
        b.name
    );
    // Cross-org isolation.
    let u = b
        .dir
        .create_user(&a, &user("iso@example.com", None))
        .await
        .expect("c");
    assert!(matches!(
        b.dir.get_user(&z, &u.id).await,
        Err(DirectoryError::NotFound(_))
    ));
    assert!(matches!(
        b.dir
            .patch_user(
                &z,
                &u.id,
                &patch(json!([{"op":"replace","value":{"active":false}}])),
                None
            )
            .await,
        Err(DirectoryError::NotFound(_))
    ));
    assert_eq!(b.dir.list_users(&z, &q(&[])).await.expect("list").0, 0);
    // The same login may exist in two orgs.
    b.dir
        .create_user(&z, &user("iso@example.com", None))
        .await
        .expect("other org");
    let (dz, _) = b
        .dir
        .enroll_device(&z, "z", Platform::Linux)
        .await
        .expect("enroll");
    assert!(
        b.dir.bind(&a, &u.id, &dz.id).await.is_err(),
        "a device of another org cannot be bound"
    );
}

async fn passwords_unchanged_drift_and_delivery(b: &Backend) {
    let o = org(b, "pw").await;
    let mut s = b.dir.org_settings(&o).await.expect("settings");
    s.portal_password_changes = true;
    b.dir
        .set_org_settings(&o, &s, "admin:test")
        .await
        .expect("set");
    let u = b
        .dir
        .create_user(&o, &user("pat@example.com", Some("Passw0rd-One")))
        .await
        .expect("c");
    let (dev, secret) = b
        .dir
        .enroll_device(&o, "pat-linux", Platform::Linux)
        .await
        .expect("enroll");
    let dev2 = b
        .dir
        .resolve_device(&secret)
        .await
        .expect("device credential");
    assert_eq!(dev2.id, dev.id);
    b.dir.bind(&o, &u.id, &dev.id).await.expect("bind");
    // Binding delivers the current version.
    let c = b
        .dir
        .checkin(&dev, 0, Duration::ZERO)
        .await
        .expect("checkin");
    assert_eq!(c.deliveries.len(), 1, "{}", b.name);
    assert_eq!(c.deliveries[0].version, 1);
    assert_eq!(c.deliveries[0].username, "pat");
    b.dir
        .report_delivery(
            &dev,
            &u.id,
            1,
            DeliveryEvent::Applied {
                credential_manager_cleared: false,
            },
        )
        .await
        .expect("ack");
    let cursor = c.cursor;
    // Unchanged password: no version, no device work.
    b.dir
        .patch_user(
            &o,
            &u.id,
            &patch(json!([{"op":"replace","path":"password","value":"Passw0rd-One"}])),
            None,
        )
        .await
        .expect("same");
    assert_eq!(
        b.dir
            .user_details(&o, &u.id)
            .await
            .expect("d")
            .password
            .version,
        1
    );
    assert!(b
        .dir
        .checkin(&dev, cursor, Duration::ZERO)
        .await
        .expect("c")
        .deliveries
        .is_empty());
    // A long-poll wakes when Okta pushes a new password.
    let dir_dev = dev.clone();
    let waiter = {
        let started = std::time::Instant::now();
        let poll = b.dir.checkin(&dir_dev, cursor, Duration::from_secs(20));
        let push = async {
            tokio::time::sleep(Duration::from_millis(200)).await;
            b.dir
                .patch_user(
                    &o,
                    &u.id,
                    &patch(json!([{"op":"replace","value":{"password":"Passw0rd-Two"}}])),
                    None,
                )
                .await
                .expect("push");
        };
        let (c, ()) = tokio::join!(poll, push);
        (c.expect("checkin"), started.elapsed())
    };
    assert_eq!(waiter.0.deliveries.len(), 1, "{}", b.name);
    assert_eq!(waiter.0.deliveries[0].version, 2);
    assert!(
        waiter.1 < Duration::from_secs(15),
        "long-poll answered on the change, not the timeout"
    );
    b.dir
        .report_delivery(
            &dev,
            &u.id,
            2,
            DeliveryEvent::Applied {
                credential_manager_cleared: false,
            },
        )
        .await
        .expect("ack");
    // Drift: the user changes the password in the portal.
    b.dir
        .portal_change_password(
            &o,
            &u.id,
            Zeroizing::new("Passw0rd-Two".into()),
            Zeroizing::new("Portal-Pass9".into()),
        )
        .await
        .expect("portal");
    let d = b.dir.user_details(&o, &u.id).await.expect("d");
    assert!(d.password.drift, "{}", b.name);
    assert_eq!(d.password.version, 3);
    assert!(matches!(
        b.dir
            .portal_change_password(
                &o,
                &u.id,
                Zeroizing::new("wrong".into()),
                Zeroizing::new("Xx-12345678".into())
            )
            .await,
        Err(DirectoryError::Forbidden(_))
    ));
    // Okta's next push overwrites it.
    b.dir
        .patch_user(
            &o,
            &u.id,
            &patch(json!([{"op":"replace","value":{"password":"Passw0rd-Three"}}])),
            None,
        )
        .await
        .expect("push");
    let d = b.dir.user_details(&o, &u.id).await.expect("d");
    assert!(!d.password.drift);
    assert_eq!(d.password.version, 4);
    // Suspension cancels and locks.
    b.dir
        .patch_user(
            &o,
            &u.id,
            &patch(json!([{"op":"replace","value":{"active":false}}])),
            None,
        )
        .await
        .expect("off");
    let c = b
        .dir
        .checkin(&dev, waiter.0.cursor, Duration::ZERO)
        .await
        .expect("c");
    assert!(
        c.commands
            .iter()
            .any(|c| c.command == CommandKind::Lock && c.username == "pat"),
        "{}: {:?}",
        b.name,
        c.commands
    );
    let d = b.dir.user_details(&o, &u.id).await.expect("d");
    assert!(d.bound_resources[0]
        .deliveries
        .iter()
        .all(|x| !x.state.is_open()));
    assert!(d.bound_resources[0]
        .deliveries
        .iter()
        .any(|x| x.state == DeliveryState::Cancelled));
}

async fn device_accounts_uids_tokens_and_status(b: &Backend) {
    use directory::agent_protocol::{AccountState, AccountStatus, AccountStatusReport};
    let o = org(b, "acct").await;
    let mut s = b.dir.org_settings(&o).await.expect("settings");
    s.unix_accounts.uid_min = 70_000;
    s.unix_accounts.uid_max = 70_001;
    b.dir
        .set_org_settings(&o, &s, "admin:test")
        .await
        .expect("set");
    // A range a device could not use is refused, naming the field.
    let mut bad = s.clone();
    bad.unix_accounts.uid_min = 500;
    let e = b
        .dir
        .set_org_settings(&o, &bad, "admin:test")
        .await
        .expect_err("system range");
    assert!(e.to_string().contains("uid_min 500"), "{e}");
    // Enrolment: a token works once, and never after it expired or was used.
    let t = b
        .dir
        .mint_enrolment_token(&o, "admin:test", Duration::from_secs(600))
        .await
        .expect("token");
    assert!(t.token.starts_with("et_"));
    let (dev, _cred) = b
        .dir
        .enroll_with_token(&t.token, "host-1", Platform::Linux)
        .await
        .expect("enrol");
    assert_eq!(dev.org_id, o);
    assert!(matches!(
        b.dir
            .enroll_with_token(&t.token, "host-2", Platform::Linux)
            .await,
        Err(DirectoryError::Unauthorized)
    ));
    assert!(matches!(
        b.dir
            .mint_enrolment_token(&o, "admin:test", Duration::from_secs(5))
            .await,
        Err(DirectoryError::BadRequest(_))
    ));
    // A new device with no accounts long-polls: nothing is due.
    let c = b
        .dir
        .checkin(&dev, 0, Duration::ZERO)
        .await
        .expect("checkin");
    assert!(c.is_empty(), "{c:?}");
    // Binding gives the user a uid from the org's range and the device the account.
    let ann = b
        .dir
        .create_user(&o, &user("ann@example.com", None))
        .await
        .expect("ann");
    b.dir.bind(&o, &ann.id, &dev.id).await.expect("bind");
    let c = b
        .dir
        .checkin(&dev, 0, Duration::ZERO)
        .await
        .expect("checkin");
    let accounts = c.accounts.clone().expect("the account list");
    assert_eq!(accounts.len(), 1);
    let a = &accounts[0];
    assert_eq!((a.username.as_str(), a.uid, a.gid), ("ann", 70_000, 70_000));
    assert_eq!(a.home, "/home/ann");
    assert_eq!(a.full_name, "Test User");
    assert!(!a.locked);
    assert_eq!(a.password_version, 0);
    // Nothing new after the cursor.
    let again = b
        .dir
        .checkin(&dev, c.cursor, Duration::ZERO)
        .await
        .expect("checkin");
    assert!(again.is_empty(), "{again:?}");
    // A new full name reaches the device with the account list.
    b.dir
        .patch_user(
            &o,
            &ann.id,
            &patch(json!([{"op":"replace","path":"name.formatted","value":"Ann: Lee,\nJr"}])),
            None,
        )
        .await
        .expect("rename");
    let renamed = b
        .dir
        .checkin(&dev, c.cursor, Duration::ZERO)
        .await
        .expect("checkin");
    assert_eq!(
        renamed.accounts.as_ref().expect("list")[0].full_name,
        "Ann Lee Jr",
        "GECOS-safe"
    );
    let c = renamed;
    // The details panel shows the uid; binding again keeps it.
    b.dir.bind(&o, &ann.id, &dev.id).await.expect("bind again");
    assert_eq!(
        b.dir.user_details(&o, &ann.id).await.expect("d").uid,
        Some(70_000)
    );
    // The next user takes the next uid; the range then is used up.
    let bob = b
        .dir
        .create_user(&o, &user("bob@example.com", None))
        .await
        .expect("bob");
    b.dir.bind(&o, &bob.id, &dev.id).await.expect("bind bob");
    let cy = b
        .dir
        .create_user(&o, &user("cy@example.com", None))
        .await
        .expect("cy");
    let e = b
        .dir
        .bind(&o, &cy.id, &dev.id)
        .await
        .expect_err("range used up");
    assert!(e.to_string().contains("uid range"), "{e}");
    // Unbinding wakes the device with the shorter list; a uid is never reused.
    b.dir.unbind(&o, &bob.id, &dev.id).await.expect("unbind");
    let c2 = b
        .dir
        .checkin(&dev, c.cursor, Duration::ZERO)
        .await
        .expect("checkin");
    let names: Vec<_> = c2
        .accounts
        .expect("list")
        .into_iter()
        .map(|a| a.username)
        .collect();
    assert_eq!(names, ["ann"]);
    b.dir
        .bind(&o, &bob.id, &dev.id)
        .await
        .expect("bind bob again");
    assert_eq!(
        b.dir.user_details(&o, &bob.id).await.expect("d").uid,
        Some(70_001)
    );
    // The agent's report is what the admin sees; an unbound user is refused.
    let report = AccountStatusReport {
        accounts: vec![AccountStatus {
            user_id: ann.id.clone(),
            password_version: 0,
            state: AccountState::Failed("/etc/shadow: read-only file system".into()),
        }],
        groups: vec![],
    };
    b.dir.report_status(&dev, &report).await.expect("status");
    let d = b.dir.user_details(&o, &ann.id).await.expect("d");
    let agent = d.bound_resources[0].agent.clone().expect("agent report");
    assert_eq!(agent.state, "failed");
    assert_eq!(
        agent.detail.as_deref(),
        Some("/etc/shadow: read-only file system")
    );
    let stranger = AccountStatusReport {
        accounts: vec![AccountStatus {
            user_id: cy.id.clone(),
            password_version: 0,
            state: AccountState::Drifted,
        }],
        groups: vec![],
    };
    assert!(matches!(
        b.dir.report_status(&dev, &stranger).await,
        Err(DirectoryError::NotFound(_))
    ));
}

async fn concurrent_patches_lose_nothing(b: &Backend) {
    let o = org(b, "cc").await;
    let u = b
        .dir
        .create_user(&o, &user("cc@example.com", None))
        .await
        .expect("c");
    let patches: Vec<PatchRequest> = (0..8)
        .map(|i| patch(json!([{"op":"add","path":"emails","value":[{"value": format!("e{i}@x.com"), "type": "other"}]}])))
        .collect();
    let tasks: Vec<_> = patches
        .iter()
        .map(|p| b.dir.patch_user(&o, &u.id, p, None))
        .collect();
    for r in futures_join_all(tasks).await {
        r.expect("patch");
    }
    let got = b.dir.get_user(&o, &u.id).await.expect("get");
    assert_eq!(
        got.resource["emails"].as_array().map(Vec::len),
        Some(9),
        "{}: {}",
        b.name,
        got.resource["emails"]
    );
    // If-Match with a stale version fails.
    let stale = b
        .dir
        .patch_user(
            &o,
            &u.id,
            &patch(json!([{"op":"replace","path":"title","value":"x"}])),
            Some(&IfMatch::parse("W/\"1\"")),
        )
        .await;
    assert!(matches!(stale, Err(DirectoryError::VersionMismatch { .. })));
}

async fn futures_join_all<F: std::future::Future>(fs: Vec<F>) -> Vec<F::Output> {
    let mut set = Vec::new();
    // Poll all concurrently on this task.
    let mut pinned: Vec<std::pin::Pin<Box<F>>> = fs.into_iter().map(Box::pin).collect();
    let mut done: Vec<Option<F::Output>> = pinned.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in pinned.iter_mut().enumerate() {
            if done[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => done[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    for d in done {
        set.extend(d);
    }
    set
}

async fn groups_and_membership(b: &Backend) {
    let o = org(b, "g").await;
    let u1 = b
        .dir
        .create_user(&o, &user("g1@example.com", None))
        .await
        .expect("c");
    let u2 = b
        .dir
        .create_user(&o, &user("g2@example.com", None))
        .await
        .expect("c");
    let g = b.dir.create_group(&o, &json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Eng","members":[]})).await.expect("group");
    // u1 joins the newer group first: group order is the groups' order,
    // not the order of joining.
    let g2 = b.dir.create_group(&o, &json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Ops \"on call\"","members":[{"value": u1.id}]})).await.expect("group 2");
    let p = patch(
        json!([{"op":"add","path":"members","value":[{"value": u1.id, "display":"g1"}, {"value": u2.id}]}]),
    );
    b.dir.patch_group(&o, &g.id, &p, None).await.expect("add");
    let got = b.dir.get_user(&o, &u1.id).await.expect("get");
    let want = json!([
        {"value": g.id, "display": "Eng", "type": "direct",
         "$ref": format!("http://test/scim/v2/Groups/{}", g.id)},
        {"value": g2.id, "display": "Ops \"on call\"", "type": "direct",
         "$ref": format!("http://test/scim/v2/Groups/{}", g2.id)},
    ]);
    assert_eq!(
        got.resource["groups"], want,
        "{}: groups in group order",
        b.name
    );
    let (_, listed) = b.dir.list_users(&o, &q(&[])).await.expect("list");
    let listed_u1 = listed.iter().find(|u| u.id == u1.id).expect("u1 listed");
    assert_eq!(listed_u1.resource["groups"], want, "{}: list pages", b.name);
    b.dir
        .delete_group(&o, &g2.id)
        .await
        .expect("delete group 2");
    let p = patch(json!([{"op":"remove","path": format!("members[value eq \"{}\"]", u1.id)}]));
    let after = b
        .dir
        .patch_group(&o, &g.id, &p, None)
        .await
        .expect("remove");
    assert_eq!(after.resource["members"].as_array().map(Vec::len), Some(1));
    assert!(b
        .dir
        .get_user(&o, &u1.id)
        .await
        .expect("get")
        .resource
        .get("groups")
        .is_none());
    let lq = ListQuery::from_pairs([("filter", r#"displayName eq "eng""#)], &scim_core::GROUP)
        .expect("q");
    assert_eq!(b.dir.list_groups(&o, &lq).await.expect("list").0, 1);
    b.dir.delete_group(&o, &g.id).await.expect("delete");
    assert!(matches!(
        b.dir.get_group(&o, &g.id).await,
        Err(DirectoryError::NotFound(_))
    ));
    assert!(b.dir.get_user(&o, &u2.id).await.is_ok(), "members stay");
}

/// `get_user_rendered` (text spliced from the stored profile where it can
/// be) answers byte for byte what serializing `get_user`'s resource, as
/// projected by default, answers: for every shape of user it may meet.
async fn rendered_get_matches_the_full_path(b: &Backend) {
    let o = org(b, "render").await;
    let ext = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    let mut ids = Vec::new();
    let plain = b
        .dir
        .create_user(&o, &user("r1@example.com", Some("1mz050nq")))
        .await
        .expect("c");
    ids.push(plain.id.clone());
    let mut with_ext = user("r2@example.com", None);
    with_ext["schemas"] = json!(["urn:ietf:params:scim:schemas:core:2.0:User", ext]);
    with_ext[ext] = json!({"employeeNumber": "42", "department": "Zoë \"Q\" \\ Ü", "manager": {"value": plain.id}});
    with_ext["name"]["givenName"] = json!("Zoë \u{1F600} \n tab\t");
    let with_ext = b.dir.create_user(&o, &with_ext).await.expect("c ext");
    ids.push(with_ext.id.clone());
    let g = b.dir.create_group(&o, &json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Ops \"on call\"","members":[{"value": plain.id}, {"value": with_ext.id}]})).await.expect("group");
    b.dir.create_group(&o, &json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Eng","members":[{"value": plain.id}]})).await.expect("group 2");
    // An extension emptied by PATCH, and a deactivated user.
    let p = patch(
        json!([{"op":"remove","path": format!("{ext}:employeeNumber")}, {"op":"remove","path": format!("{ext}:department")}, {"op":"remove","path": format!("{ext}:manager")}]),
    );
    let emptied = b
        .dir
        .create_user(&o, &with_ext_of(ext, "r3@example.com"))
        .await
        .expect("c3");
    b.dir
        .patch_user(&o, &emptied.id, &p, None)
        .await
        .expect("empty the extension");
    ids.push(emptied.id.clone());
    let off = b
        .dir
        .create_user(&o, &user("r4@example.com", None))
        .await
        .expect("c4");
    b.dir
        .patch_user(
            &o,
            &off.id,
            &patch(json!([{"op":"replace","path":"active","value":false}])),
            None,
        )
        .await
        .expect("deactivate");
    ids.push(off.id.clone());
    b.dir.seed_users(&o, "rs", 3).await.expect("seed");
    let (_, seeded) = b
        .dir
        .list_users(&o, &q(&[("filter", "userName sw \"rs\"")]))
        .await
        .expect("list");
    assert_eq!(seeded.len(), 3);
    ids.extend(seeded.iter().map(|u| u.id.clone()));
    for id in &ids {
        let full = b.dir.get_user(&o, id).await.expect("get");
        let shown = scim_core::project(full.resource, &USER, &[], &[]);
        let rendered = b.dir.get_user_rendered(&o, id).await.expect("rendered");
        assert_eq!(rendered.id, full.id);
        assert_eq!(rendered.version, full.version);
        assert_eq!(
            rendered.json,
            serde_json::to_string(&shown).expect("json"),
            "{}: user {id}",
            b.name
        );
    }
    // Pages: filtered, sorted, offset, and an import's consecutive pages.
    for pairs in [
        vec![],
        vec![("filter", "userName eq \"r2@example.com\"")],
        vec![("sortBy", "userName"), ("sortOrder", "descending")],
        vec![("startIndex", "2"), ("count", "2")],
        vec![("startIndex", "1"), ("count", "3")],
        vec![("startIndex", "4"), ("count", "3")],
        vec![("startIndex", "7"), ("count", "3")],
        vec![("count", "0")],
    ] {
        let lq = q(&pairs);
        let (total, full) = b.dir.list_users(&o, &lq).await.expect("list");
        let (rtotal, rendered) = b
            .dir
            .list_users_rendered(&o, &lq)
            .await
            .expect("rendered list");
        assert_eq!(rtotal, total, "{}: {pairs:?}", b.name);
        let shown: Vec<Value> = full
            .into_iter()
            .map(|u| scim_core::project(u.resource, &USER, &[], &[]))
            .collect();
        let texts: Vec<String> = rendered.into_iter().map(|u| u.json).collect();
        assert_eq!(
            scim_core::list_response_text(total, lq.start_index, &texts),
            scim_core::list_response(total, lq.start_index, shown).to_string(),
            "{}: {pairs:?}",
            b.name
        );
    }
    let got = b
        .dir
        .get_user_rendered(&o, &plain.id)
        .await
        .expect("rendered");
    assert!(got.json.contains(&g.id), "{}: groups rendered", b.name);
    assert!(
        !got.json.contains("1mz050nq"),
        "{}: never the password",
        b.name
    );
    b.dir.delete_user(&o, &off.id).await.expect("delete");
    assert!(matches!(
        b.dir.get_user_rendered(&o, &off.id).await,
        Err(DirectoryError::NotFound(_))
    ));
}

fn with_ext_of(ext: &str, login: &str) -> Value {
    let mut u = user(login, None);
    u["schemas"] = json!(["urn:ietf:params:scim:schemas:core:2.0:User", ext]);
    u[ext] = json!({"employeeNumber": "7", "department": "d", "manager": {"value": "m"}});
    u
}

async fn seeded_paging_matches_offset_after_deletes(b: &Backend) {
    let o = org(b, "seed").await;
    assert_eq!(b.dir.seed_users(&o, "sd", 1234).await.expect("seed"), 1234);
    let names = |page: &[directory::ScimUser]| -> Vec<String> {
        page.iter()
            .map(|u| u.resource["userName"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let (total, p1) = b
        .dir
        .list_users(&o, &q(&[("startIndex", "1"), ("count", "100")]))
        .await
        .expect("p1");
    assert_eq!((total, p1.len()), (1234, 100));
    // Page 2 follows page 1 (the keyset path); it equals what OFFSET gives.
    let (_, p2) = b
        .dir
        .list_users(&o, &q(&[("startIndex", "101"), ("count", "100")]))
        .await
        .expect("p2");
    let want: Vec<String> = (100..200).map(|i| format!("sd{i}@seed.test")).collect();
    assert_eq!(names(&p2), want, "{}", b.name);
    // A user on page 1 is deleted: positions shift, and the next page must
    // still be what OFFSET over the current rows gives.
    b.dir.delete_user(&o, &p1[0].id).await.expect("delete");
    let (total, p3) = b
        .dir
        .list_users(&o, &q(&[("startIndex", "201"), ("count", "100")]))
        .await
        .expect("p3");
    assert_eq!(total, 1233);
    let want: Vec<String> = (201..301).map(|i| format!("sd{i}@seed.test")).collect();
    assert_eq!(names(&p3), want, "{}", b.name);
    let (_, last) = b
        .dir
        .list_users(&o, &q(&[("startIndex", "1201"), ("count", "100")]))
        .await
        .expect("last");
    assert_eq!(last.len(), 33);
}

/// Defects a review found; each of these failed before its fix.
async fn defects_found_by_review(b: &Backend) {
    let o = org(b, "defects").await;
    // A user created without `active` renders `active` from its state, on
    // both rendering paths; an admin's suspension shows in SCIM.
    let mut body = user("noactive@x.com", None);
    body.as_object_mut().map(|m| m.remove("active"));
    let u = b.dir.create_user(&o, &body).await.expect("create");
    assert_eq!(u.resource["active"], true, "{}", b.name);
    let text = b
        .dir
        .get_user_rendered(&o, &u.id)
        .await
        .expect("rendered")
        .json;
    assert!(text.contains(r#""active":true"#), "{}: {text}", b.name);
    b.dir
        .set_user_state(&o, &u.id, false, "admin:test")
        .await
        .expect("suspend");
    assert_eq!(
        b.dir.get_user(&o, &u.id).await.expect("get").resource["active"],
        false
    );
    let text = b
        .dir
        .get_user_rendered(&o, &u.id)
        .await
        .expect("rendered")
        .json;
    assert!(text.contains(r#""active":false"#), "{}: {text}", b.name);
    let (n, found) = b
        .dir
        .list_users(&o, &q(&[("filter", "active eq false")]))
        .await
        .expect("filter");
    assert_eq!((n, found[0].id.as_str()), (1, u.id.as_str()), "{}", b.name);
    // A client may unassign `active` (RFC 7644 §3.5.2.2): it is then not
    // rendered, and the account state stays as it was.
    let removed = b
        .dir
        .patch_user(
            &o,
            &u.id,
            &patch(json!([{"op": "remove", "path": "active"}])),
            None,
        )
        .await
        .expect("remove");
    assert!(removed.resource.get("active").is_none(), "{}", b.name);
    let text = b
        .dir
        .get_user_rendered(&o, &u.id)
        .await
        .expect("rendered")
        .json;
    assert!(!text.contains(r#""active""#), "{}: {text}", b.name);
    let details = b.dir.user_details(&o, &u.id).await.expect("details");
    assert_eq!(details.state, "SUSPENDED", "{}", b.name);
    b.dir
        .set_user_state(&o, &u.id, true, "admin:test")
        .await
        .expect("restore");
    assert_eq!(
        b.dir.get_user(&o, &u.id).await.expect("get").resource["active"],
        true
    );

    // A startIndex beyond any row asks for an empty page, on every path.
    for start in ["9223372036854775807", "0"] {
        for filter in [
            None,
            Some("userName pr"),
            Some(r#"userName eq "noactive@x.com""#),
        ] {
            let mut pairs = vec![("startIndex", start), ("count", "5")];
            pairs.extend(filter.map(|f| ("filter", f)));
            let (total, page) = b.dir.list_users(&o, &q(&pairs)).await.expect("page");
            assert_eq!(total, 1, "{}: startIndex {start} {filter:?}", b.name);
            assert_eq!(
                page.len(),
                usize::from(start == "0"),
                "{}: {start} {filter:?}",
                b.name
            );
        }
    }

    // The admin users list comes in bounded pages that follow each other.
    for i in 0..4 {
        b.dir
            .create_user(&o, &user(&format!("p{i}@x.com"), None))
            .await
            .expect("create");
    }
    let mut seen = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let page = b
            .dir
            .list_user_details(&o, after.as_deref(), 2)
            .await
            .expect("page");
        assert!(page.users.len() <= 2);
        seen.extend(page.users.into_iter().map(|u| u.user_name));
        match page.next {
            Some(n) => after = Some(n),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5, "{}: {seen:?}", b.name);
    assert!(matches!(
        b.dir.list_user_details(&o, Some("not-a-cursor"), 2).await,
        Err(DirectoryError::BadRequest(_))
    ));

    // A key rotation is audited in its own transaction.
    let admin = b
        .dir
        .create_admin(Some(&o), "rot@x.com", AdminKind::Tenant)
        .await
        .expect("admin");
    b.dir.generate_api_key(&admin.id).await.expect("key");
    let key = b.dir.generate_api_key(&admin.id).await.expect("rotate");
    let log = b.dir.audit_log(&o, 50).await.expect("audit");
    let rotations: Vec<String> = log
        .iter()
        .filter(|e| e.action == "admin.rotate_api_key" && e.actor == "admin:rot@x.com")
        .map(|e| e.detail.to_string())
        .collect();
    assert_eq!(rotations.len(), 2, "{}: {rotations:?}", b.name);
    assert!(
        rotations[0].contains("revoked"),
        "newest first: {rotations:?}"
    );

    // An admin kind the directory does not know is refused, not taken for
    // a tenant admin (fail closed).
    b.raw(&format!(
        "UPDATE admins SET kind = 'superuser' WHERE id = '{}'",
        admin.id
    ))
    .await;
    let fresh = b.dir.resolve_api_key(&key).await;
    assert!(
        matches!(fresh, Err(DirectoryError::Internal { .. })),
        "{}: {fresh:?}",
        b.name
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn defects_found_by_review_all() {
    on_all_backends!(defects_found_by_review)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rendered_get_matches_the_full_path_all() {
    on_all_backends!(rendered_get_matches_the_full_path)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seeded_paging_matches_offset_after_deletes_all() {
    on_all_backends!(seeded_paging_matches_offset_after_deletes)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_get_list_and_uniqueness_all() {
    on_all_backends!(create_get_list_and_uniqueness)
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paging_is_stable_all() {
    on_all_backends!(paging_is_stable)
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn takeover_rules_all() {
    on_all_backends!(takeover_rules)
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rename_rules_all() {
    on_all_backends!(rename_rules)
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deactivate_delete_and_relink_all() {
    on_all_backends!(deactivate_delete_and_relink)
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_and_isolation_all() {
    on_all_backends!(keys_and_isolation)
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passwords_unchanged_drift_and_delivery_all() {
    on_all_backends!(passwords_unchanged_drift_and_delivery)
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_patches_lose_nothing_all() {
    on_all_backends!(concurrent_patches_lose_nothing)
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn device_accounts_uids_tokens_and_status_all() {
    on_all_backends!(device_accounts_uids_tokens_and_status)
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_and_membership_all() {
    on_all_backends!(groups_and_membership)
}

/// A binding made before uids existed gets one when the directory opens,
/// and its device then receives the account.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uids_are_backfilled_at_open() {
    let b = common::sqlite().await;
    let o = org(&b, "legacy").await;
    let u = b
        .dir
        .create_user(&o, &user("old@example.com", None))
        .await
        .expect("user");
    let (dev, _) = b
        .dir
        .enroll_device(&o, "old-host", Platform::Linux)
        .await
        .expect("enrol");
    b.dir.bind(&o, &u.id, &dev.id).await.expect("bind");
    let c = b
        .dir
        .checkin(&dev, 0, Duration::ZERO)
        .await
        .expect("checkin");
    // As a store written before uids existed would be.
    b.raw(&format!(
        "UPDATE users SET uid = NULL WHERE id = '{}'",
        u.id
    ))
    .await;
    let reopened = common::reopen(&b, 0).await;
    let uid = reopened.user_details(&o, &u.id).await.expect("d").uid;
    // The counter had given 200000 already: a number is never given twice.
    assert_eq!(uid, Some(200_001));
    let again = reopened
        .checkin(&dev, c.cursor, Duration::ZERO)
        .await
        .expect("checkin");
    let accounts = again.accounts.expect("the device hears of it");
    assert_eq!(accounts[0].username, "old");
    assert_eq!(accounts[0].uid, 200_001);
    // Opening again assigns nothing more.
    drop(reopened);
    let third = common::reopen(&b, 0).await;
    assert_eq!(
        third.user_details(&o, &u.id).await.expect("d").uid,
        Some(200_001)
    );
}
