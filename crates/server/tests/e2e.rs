//! End-to-end: the real `directory-server` binary on a random loopback port,
//! driven over HTTP the way Okta drives it (../shared/docs/okta-scim-behaviour.md).

mod common;

use std::time::{Duration, Instant};

use common::{client, start, start_with, SCIM};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};
use reqwest::StatusCode;
use serde_json::{json, Value};

fn okta_user(login: &str, ext: &str) -> Value {
    json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName": login,
        "name":{"givenName":"Test","familyName":"User","middleName":""},
        "emails":[{"primary":true,"value": login,"type":"work"}],
        "displayName":"Test User","locale":"en-US","externalId": ext,
        "groups":[],"password":"1mz050nq","active":true})
}

fn assert_error(status: StatusCode, body: &Value, want: u16, scim_type: Option<&str>) {
    assert_eq!(status.as_u16(), want, "{body}");
    assert_eq!(
        body["schemas"][0], "urn:ietf:params:scim:api:messages:2.0:Error",
        "{body}"
    );
    assert_eq!(
        body["status"],
        want.to_string(),
        "status is a string: {body}"
    );
    assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()));
    if let Some(t) = scim_type {
        assert_eq!(body["scimType"], t, "{body}");
    }
}

use reqwest::Method as M;

#[tokio::test]
async fn okta_test_credentials_and_import_paging() {
    let s = start();
    assert!(s
        .stdout_lines
        .iter()
        .any(|l| l.starts_with("API key for admin@localhost (shown once): ")));
    let (st, h, v) = s.req(M::GET, "/Users?startIndex=1&count=2", None).await;
    assert_eq!(st, StatusCode::OK);
    assert!(h[CONTENT_TYPE].to_str().unwrap_or("").starts_with(SCIM));
    assert_eq!(v["totalResults"], 0);
    assert_eq!(v["Resources"], json!([]));
    let (st, _, v) = s.req(M::GET, "/Groups?startIndex=1&count=100", None).await;
    assert_eq!((st, v["totalResults"].clone()), (StatusCode::OK, json!(0)));
    for i in 0..205 {
        let mut u = okta_user(&format!("user{i:03}@okta.local"), &format!("ext{i}"));
        u.as_object_mut().map(|o| o.remove("password"));
        let (st, _, _) = s.req(M::POST, "/Users", Some(u)).await;
        assert_eq!(st, StatusCode::CREATED);
    }
    let mut seen = Vec::new();
    let mut start_index = 1;
    loop {
        let (_, _, page) = s
            .req(
                M::GET,
                &format!("/Users?startIndex={start_index}&count=100"),
                None,
            )
            .await;
        assert!(
            page["totalResults"].is_u64()
                && page["itemsPerPage"].is_u64()
                && page["startIndex"].is_u64()
        );
        assert_eq!(page["totalResults"], 205);
        let items = page["Resources"].as_array().cloned().unwrap_or_default();
        assert_eq!(
            page["itemsPerPage"],
            items.len(),
            "itemsPerPage is what was returned"
        );
        assert_eq!(page["startIndex"], start_index);
        if items.is_empty() {
            break;
        }
        seen.extend(
            items
                .iter()
                .map(|u| u["userName"].as_str().unwrap_or("").to_string()),
        );
        start_index += 100;
    }
    let want: Vec<String> = (0..205).map(|i| format!("user{i:03}@okta.local")).collect();
    assert_eq!(
        seen, want,
        "stable order across pages, nothing skipped or repeated"
    );
    // The first start printed the key; a restart on the same data does not.
    let mut s = s;
    let data = s._data.take().expect("data dir");
    drop(s);
    let again = start_with(data.path(), &[], &[]);
    assert!(
        again.key.is_none(),
        "the key is shown once: {:?}",
        again.stdout_lines
    );
}

#[tokio::test]
async fn okta_create_filter_read_update_deactivate() {
    let s = start();
    // 1. Filter by userName (with %20 and with + encoding): no match is 200, totalResults 0.
    let (st, _, v) = s
        .req(
            M::GET,
            "/Users?filter=userName%20eq%20%22test.user%40okta.local%22&startIndex=1&count=100",
            None,
        )
        .await;
    assert_eq!((st, v["totalResults"].clone()), (StatusCode::OK, json!(0)));
    // 2. POST with the placeholder password.
    let (st, h, created) = s
        .req(
            M::POST,
            "/Users",
            Some(okta_user("test.user@okta.local", "00ujl29u0le5T6Aj10h7")),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{created}");
    let id = created["id"].as_str().expect("id").to_string();
    assert!(!id.is_empty());
    assert_eq!(
        h["location"].to_str().ok(),
        created["meta"]["location"].as_str(),
        "Location = meta.location"
    );
    assert_eq!(h["etag"].to_str().ok(), created["meta"]["version"].as_str());
    assert!(created.get("password").is_none());
    assert_eq!(created["userName"], "test.user@okta.local");
    for q in [
        "/Users?filter=userName+eq+%22TEST.USER%40OKTA.LOCAL%22&startIndex=1&count=100",
        "/Users?filter=USERNAME%20EQ%20%22Test.User%40okta.local%22",
    ] {
        let (_, _, v) = s.req(M::GET, q, None).await;
        assert_eq!(v["totalResults"], 1, "{q}");
    }
    // 3. Duplicates (case variants): 409 uniqueness.
    let (st, _, e) = s
        .req(
            M::POST,
            "/Users",
            Some(okta_user("TEST.USER@okta.local", "x")),
        )
        .await;
    assert_error(st, &e, 409, Some("uniqueness"));
    // Invalid usernames: 400 invalidValue with the rule.
    let (st, _, e) = s
        .req(M::POST, "/Users", Some(okta_user("1abc@okta.local", "y")))
        .await;
    assert_error(st, &e, 400, Some("invalidValue"));
    assert!(e["detail"]
        .as_str()
        .unwrap_or("")
        .contains("start with a letter"));
    // Read: 404 has an Error body.
    let (st, _, e) = s.req(M::GET, "/Users/does-not-exist", None).await;
    assert_error(st, &e, 404, None);
    // GET-then-PUT keeps every attribute.
    let mut full = okta_user("full@okta.local", "ext-full");
    full["nickName"] = json!("Fully");
    full["title"] = json!("Engineer");
    full["phoneNumbers"] = json!([{"value": "+1 555 0100", "type": "mobile", "primary": true}]);
    full["addresses"] = json!([{"type": "work", "streetAddress": "1 Main St", "locality": "Springfield", "region": "IL", "postalCode": "62701", "primary": true}]);
    full["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] =
        json!({"department": "R&D", "manager": {"value": "m1"}});
    full["urn:okta:custom:1.0:User"] = json!({"badge": "B-7"});
    let (_, _, c) = s.req(M::POST, "/Users", Some(full)).await;
    let fid = c["id"].as_str().expect("id").to_string();
    let (_, _, got) = s.req(M::GET, &format!("/Users/{fid}"), None).await;
    let (st, _, put) = s
        .req(M::PUT, &format!("/Users/{fid}"), Some(got.clone()))
        .await;
    assert_eq!(st, StatusCode::OK, "{put}");
    let strip = |mut v: Value| {
        v.as_object_mut().map(|o| o.remove("meta"));
        v
    };
    assert_eq!(
        strip(put.clone()),
        strip(got.clone()),
        "GET-then-PUT changes nothing"
    );
    assert_eq!(got["urn:okta:custom:1.0:User"]["badge"], "B-7");
    assert_eq!(got["addresses"][0]["locality"], "Springfield");
    // Deactivate: path-less PATCH (op in any case), 200 with the resource.
    let off = json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Replace","value":{"active":false}}]});
    let (st, _, v) = s.req(M::PATCH, &format!("/Users/{id}"), Some(off)).await;
    assert_eq!((st, v["active"].clone()), (StatusCode::OK, json!(false)));
    let (st, _, v) = s.req(M::GET, &format!("/Users/{id}"), None).await;
    assert_eq!(
        (st, v["active"].clone()),
        (StatusCode::OK, json!(false)),
        "a deactivated user still answers"
    );
    let (_, details) = s.admin(M::GET, &format!("/users/{id}"), None).await;
    assert_eq!(details["state"], "SUSPENDED");
    let on = json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"active":true}}]});
    let (_, _, v) = s.req(M::PATCH, &format!("/Users/{id}"), Some(on)).await;
    assert_eq!(v["active"], true);
    // AIW: PUT with active false.
    let mut aiw = got.clone();
    aiw["active"] = json!(false);
    let (_, _, v) = s.req(M::PUT, &format!("/Users/{fid}"), Some(aiw)).await;
    assert_eq!(v["active"], false);
    // DELETE: suspended and kept; gone from SCIM.
    let (st, _, _) = s.req(M::DELETE, &format!("/Users/{id}"), None).await;
    assert_eq!(st, StatusCode::NO_CONTENT);
    let (st, _, _) = s.req(M::GET, &format!("/Users/{id}"), None).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (st, details) = s.admin(M::GET, &format!("/users/{id}"), None).await;
    assert_eq!(
        (st, details["state"].clone()),
        (StatusCode::OK, json!("SUSPENDED"))
    );
    // If-Match mismatch: 412.
    let r = client()
        .patch(s.scim(&format!("/Users/{fid}")))
        .header(AUTHORIZATION, s.auth())
        .header(CONTENT_TYPE, "application/json")
        .header("If-Match", "W/\"1\"")
        .body(json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"title","value":"x"}]}).to_string())
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::PRECONDITION_FAILED);
}

#[tokio::test]
async fn okta_password_shapes_and_unchanged() {
    let s = start();
    let mut u = okta_user("pw.user@okta.local", "e");
    u["password"] = json!("Start-Passw0rd");
    let (_, _, c) = s.req(M::POST, "/Users", Some(u.clone())).await;
    let id = c["id"].as_str().expect("id").to_string();
    let version = |d: &Value| d["password"]["version"].as_u64().unwrap_or(0);
    let (_, d) = s.admin(M::GET, &format!("/users/{id}"), None).await;
    assert_eq!(version(&d), 1);
    let shape1 = json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"password":"Second-Passw0rd"}}]});
    let (st, _, v) = s
        .req(M::PATCH, &format!("/Users/{id}"), Some(shape1.clone()))
        .await;
    assert_eq!(st, StatusCode::OK);
    assert!(v.get("password").is_none(), "password is never returned");
    let shape2 = json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"password","value":"Third-Passw0rd"}]});
    s.req(M::PATCH, &format!("/Users/{id}"), Some(shape2.clone()))
        .await;
    let (_, d) = s.admin(M::GET, &format!("/users/{id}"), None).await;
    assert_eq!(version(&d), 3);
    // Okta re-sends the same password (every sign-in): nothing changes.
    s.req(M::PATCH, &format!("/Users/{id}"), Some(shape2)).await;
    let (_, d) = s.admin(M::GET, &format!("/users/{id}"), None).await;
    assert_eq!(version(&d), 3);
    // AIW: the password in a PUT; a PUT without password leaves it unchanged.
    let (_, _, mut got) = s.req(M::GET, &format!("/Users/{id}"), None).await;
    s.req(M::PUT, &format!("/Users/{id}"), Some(got.clone()))
        .await;
    let (_, d) = s.admin(M::GET, &format!("/users/{id}"), None).await;
    assert_eq!(version(&d), 3, "PUT without password: unchanged");
    got["password"] = json!("Fourth-Passw0rd");
    s.req(M::PUT, &format!("/Users/{id}"), Some(got)).await;
    let (_, d) = s.admin(M::GET, &format!("/users/{id}"), None).await;
    assert_eq!(version(&d), 4);
    // The placeholder password on create is accepted and flagged.
    let (st, _, c2) = s
        .req(M::POST, "/Users", Some(okta_user("ph@okta.local", "p")))
        .await;
    assert_eq!(st, StatusCode::CREATED);
    let (_, d) = s
        .admin(
            M::GET,
            &format!("/users/{}", c2["id"].as_str().unwrap_or("")),
            None,
        )
        .await;
    assert!(d["password"]["policy_violations"]
        .as_array()
        .is_some_and(|v| !v.is_empty()));
}

#[tokio::test]
async fn okta_group_push_shapes() {
    let s = start();
    let mut ids = Vec::new();
    for n in ["g.one@okta.local", "g.two@okta.local"] {
        let (_, _, u) = s.req(M::POST, "/Users", Some(okta_user(n, n))).await;
        ids.push(u["id"].as_str().expect("id").to_string());
    }
    let (st, _, g) = s.req(M::POST, "/Groups", Some(json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Push Me","members":[]}))).await;
    assert_eq!(st, StatusCode::CREATED);
    let gid = g["id"].as_str().expect("gid").to_string();
    let (_, _, l) = s
        .req(
            M::GET,
            "/Groups?filter=displayName%20eq%20%22Push%20Me%22&startIndex=1&count=100",
            None,
        )
        .await;
    assert_eq!(l["totalResults"], 1);
    let p = |ops: Value| json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations": ops});
    let (st, _, v) = s.req(M::PATCH, &format!("/Groups/{gid}"), Some(p(json!([{"op":"add","path":"members","value":[{"value": ids[0], "display":"g.one@okta.local"}, {"value": ids[1]}]}])))).await;
    assert_eq!(
        (st, v["members"].as_array().map(Vec::len)),
        (StatusCode::OK, Some(2))
    );
    let (_, _, v) = s
        .req(
            M::PATCH,
            &format!("/Groups/{gid}"),
            Some(p(
                json!([{"op":"remove","path": format!("members[value eq \"{}\"]", ids[0])}]),
            )),
        )
        .await;
    assert_eq!(
        v["members"],
        json!([{"value": ids[1]}]),
        "remove by filter really removes"
    );
    let (_, _, v) = s
        .req(
            M::PATCH,
            &format!("/Groups/{gid}"),
            Some(p(json!([{"op":"replace","path":"members","value":[]}]))),
        )
        .await;
    assert!(v.get("members").is_none(), "replace with [] empties");
    let (_, _, v) = s
        .req(
            M::PATCH,
            &format!("/Groups/{gid}"),
            Some(p(
                json!([{"op":"replace","value":{"members":[{"value": ids[0]}]}}]),
            )),
        )
        .await;
    assert_eq!(v["members"].as_array().map(Vec::len), Some(1));
    let (st, _, v) = s
        .req(
            M::PATCH,
            &format!("/Groups/{gid}"),
            Some(p(
                json!([{"op":"replace","value":{"id": gid, "displayName":"Renamed"}}]),
            )),
        )
        .await;
    assert_eq!(
        (st, v["displayName"].clone()),
        (StatusCode::OK, json!("Renamed"))
    );
    let (_, _, u) = s.req(M::GET, &format!("/Users/{}", ids[0]), None).await;
    assert_eq!(u["groups"][0]["value"], json!(gid));
    let (st, _, _) = s.req(M::DELETE, &format!("/Groups/{gid}"), None).await;
    assert_eq!(st, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn auth_transport_and_error_bodies() {
    let s = start();
    let c = client();
    let key = s.key.clone().expect("key");
    // Bearer, raw Authorization and x-api-key all work.
    for (h, v) in [
        ("authorization", format!("Bearer {key}")),
        ("authorization", key.clone()),
        ("x-api-key", key.clone()),
    ] {
        let r = c
            .get(s.scim("/Users"))
            .header(h, v)
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), StatusCode::OK, "{h}");
    }
    for (h, v) in [
        ("authorization", "Bearer nope".to_string()),
        ("x-api-key", "dk_wrong".to_string()),
    ] {
        let r = c
            .get(s.scim("/Users"))
            .header(h, v)
            .send()
            .await
            .expect("send");
        let st = r.status();
        let b: Value = r.json().await.expect("json");
        assert_error(st, &b, 401, None);
    }
    let r = c.get(s.scim("/Users")).send().await.expect("send");
    let st = r.status();
    assert_error(st, &r.json().await.expect("json"), 401, None);
    // Rotating the key needs the admin signed in (with MFA), not the key.
    let (st, refused) = s.admin(M::POST, "/api-key", None).await;
    assert_eq!(st, StatusCode::FORBIDDEN, "{refused}");
    let data = s._data.as_ref().expect("data").path().to_path_buf();
    common::cli_with(
        &data,
        &["set-admin-password", "--login", "admin@localhost"],
        "Rotate-Keys-4091\n",
        &[],
    );
    let (session, _) = common::sign_in_and_enrol(&s, "admin@localhost", "Rotate-Keys-4091").await;
    // Rotating the key revokes the old one at once.
    let (st, rotated, _) = common::post_session(
        &c,
        &format!("{}/api/v1/api-key", s.url),
        json!({}),
        Some(&session),
    )
    .await;
    assert_eq!(st, StatusCode::CREATED);
    let new_key = rotated["api_key"].as_str().expect("new key").to_string();
    let r = c
        .get(s.scim("/Users"))
        .bearer_auth(&key)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = c
        .get(s.scim("/Users"))
        .bearer_auth(&new_key)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::OK);
    let mut s = s;
    s.key = Some(new_key.clone());
    // application/json with charset is accepted; other media types are refused.
    let body = okta_user("ct@okta.local", "ct").to_string();
    let r = c
        .post(s.scim("/Users"))
        .bearer_auth(&new_key)
        .header(CONTENT_TYPE, "application/json; charset=UTF-8")
        .body(body.clone())
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = c
        .post(s.scim("/Users"))
        .bearer_auth(&new_key)
        .header(CONTENT_TYPE, "text/plain")
        .body(body)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // Invalid JSON, invalid filter, oversized body, read-only endpoints, unknown URLs.
    let r = c
        .post(s.scim("/Users"))
        .bearer_auth(&new_key)
        .header(CONTENT_TYPE, SCIM)
        .body("{nope")
        .send()
        .await
        .expect("send");
    let st = r.status();
    assert_error(
        st,
        &r.json().await.expect("json"),
        400,
        Some("invalidSyntax"),
    );
    let (st, _, e) = s
        .req(M::GET, "/Users?filter=userName%20xx%20%22a%22", None)
        .await;
    assert_error(st, &e, 400, Some("invalidFilter"));
    let huge = json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"big@okta.local","nickName":"x".repeat(2 * 1024 * 1024)});
    let (st, _, e) = s.req(M::POST, "/Users", Some(huge)).await;
    assert_error(st, &e, 413, None);
    let (st, _, e) = s
        .req(M::PUT, "/ServiceProviderConfig", Some(json!({})))
        .await;
    assert_error(st, &e, 405, None);
    let (st, _, e) = s.req(M::GET, "/Nope", None).await;
    assert_error(st, &e, 404, None);
    // Discovery documents.
    let (_, _, spc) = s.req(M::GET, "/ServiceProviderConfig", None).await;
    assert_eq!(spc["patch"]["supported"], true);
    let (_, _, sch) = s.req(M::GET, "/Schemas", None).await;
    assert_eq!(sch["totalResults"], 3);
    let (_, _, rts) = s.req(M::GET, "/ResourceTypes", None).await;
    assert_eq!(rts["totalResults"], 2);
    // gzip responses on request.
    let r = c
        .get(s.scim("/Schemas"))
        .bearer_auth(&new_key)
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .expect("send");
    assert_eq!(
        r.headers()
            .get("content-encoding")
            .and_then(|v| v.to_str().ok()),
        Some("gzip")
    );
    // ... but bodies under 1 KiB as they are (Okta asks for gzip every time).
    let r = c
        .get(s.scim("/Nope"))
        .bearer_auth(&new_key)
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(r.headers().get("content-encoding"), None);
    // Health, readiness, metrics.
    for p in ["/healthz", "/readyz", "/metrics"] {
        let r = c.get(format!("{}{p}", s.url)).send().await.expect("send");
        assert_eq!(r.status(), StatusCode::OK, "{p}");
    }
    let m = c
        .get(format!("{}/metrics", s.url))
        .send()
        .await
        .expect("send")
        .text()
        .await
        .expect("text");
    assert!(
        m.contains("directory_http_request_duration_seconds_count{method=\"POST\",route=\"/scim/v2/Users\",status=\"201\"}"),
        "{m}"
    );
}

#[tokio::test]
async fn device_agent_long_poll_and_delivery_over_http() {
    let s = start();
    let c = client();
    let mut u = okta_user("dev.user@okta.local", "d");
    u["password"] = json!("First-Passw0rd");
    let (_, _, created) = s.req(M::POST, "/Users", Some(u)).await;
    let uid = created["id"].as_str().expect("id").to_string();
    // An admin key is refused: it never goes onto a device.
    let r = c
        .post(format!("{}/agent/v1/enroll", s.url))
        .header(AUTHORIZATION, s.auth())
        .json(&json!({"name": "laptop", "platform": "linux"}))
        .send()
        .await
        .expect("enroll");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let token = s.enrolment_token().await;
    let r = c
        .post(format!("{}/agent/v1/enroll", s.url))
        .header(AUTHORIZATION, format!("Bearer {token}"))
        .json(&json!({"name": "laptop", "platform": "linux"}))
        .send()
        .await
        .expect("enroll");
    assert_eq!(r.status(), StatusCode::CREATED);
    let e: Value = r.json().await.expect("json");
    let cred = e["credential"].as_str().expect("credential").to_string();
    let dev = e["device"]["id"].as_str().expect("device id").to_string();
    let (st, _) = s
        .admin(
            M::POST,
            &format!("/users/{uid}/bindings"),
            Some(json!({"device_id": dev})),
        )
        .await;
    assert_eq!(st, StatusCode::NO_CONTENT);
    let checkin = |cursor: i64, wait: u64| {
        let c = c.clone();
        let url = format!("{}/agent/v1/checkin?cursor={cursor}&wait={wait}", s.url);
        let cred = cred.clone();
        async move {
            c.get(url)
                .bearer_auth(cred)
                .send()
                .await
                .expect("checkin")
                .json::<Value>()
                .await
                .expect("json")
        }
    };
    let first = checkin(0, 0).await;
    assert_eq!(first["deliveries"][0]["version"], 1);
    assert_eq!(first["deliveries"][0]["material"]["format"], "sha512-crypt");
    let shadow = first["deliveries"][0]["material"]["shadow"]
        .as_str()
        .expect("shadow");
    assert!(shadow.starts_with("$6$rounds="));
    let cursor = first["cursor"].as_i64().expect("cursor");
    let r = c.post(format!("{}/agent/v1/report", s.url)).bearer_auth(&cred)
        .json(&json!({"user_id": uid, "version": 1, "event": "applied", "credential_manager_cleared": false})).send().await.expect("report");
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    // A held long-poll answers as soon as Okta changes the password.
    let started = Instant::now();
    let poll = tokio::spawn(checkin(cursor, 25));
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pw = json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"password","value":"Second-Passw0rd"}]});
    s.req(M::PATCH, &format!("/Users/{uid}"), Some(pw)).await;
    let got = poll.await.expect("join");
    assert_eq!(got["deliveries"][0]["version"], 2);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "woke on the change: {:?}",
        started.elapsed()
    );
    // A device without a credential is refused; reports for unbound users are refused.
    let r = c
        .get(format!("{}/agent/v1/checkin", s.url))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = c.post(format!("{}/agent/v1/report", s.url)).bearer_auth(&cred)
        .json(&json!({"user_id": "someone-else", "version": 1, "event": "applied", "credential_manager_cleared": false})).send().await.expect("report");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
}

/// Two server processes on one PostgreSQL database: a password change made
/// through one reaches a device long-polling the other.
#[tokio::test]
async fn postgres_two_replicas_share_changes() {
    let Some(pg) = common::PgDb::create("e2e", "two-replica PostgreSQL test") else {
        return;
    };
    let url = pg.url.clone();
    let key_hex = "11".repeat(32);
    let env = [("DIRECTORY_SERVER_KEY", key_hex.as_str())];
    let d1 = tempfile::tempdir().expect("tmp");
    let d2 = tempfile::tempdir().expect("tmp");
    let a = start_with(d1.path(), &["--database-url", &url], &env);
    let b = start_with(d2.path(), &["--database-url", &url], &env);
    assert!(
        b.key.is_none(),
        "the second replica finds the store bootstrapped"
    );
    let mut b = b;
    b.key = a.key.clone();
    let c = client();
    let mut u = okta_user("replica@okta.local", "r");
    u["password"] = json!("First-Passw0rd");
    let (_, _, created) = a.req(M::POST, "/Users", Some(u)).await;
    let uid = created["id"].as_str().expect("id").to_string();
    let token = b.enrolment_token().await;
    let e: Value = c
        .post(format!("{}/agent/v1/enroll", b.url))
        .header(AUTHORIZATION, format!("Bearer {token}"))
        .json(&json!({"name": "mac", "platform": "macos"}))
        .send()
        .await
        .expect("enroll")
        .json()
        .await
        .expect("json");
    let cred = e["credential"].as_str().expect("cred").to_string();
    let dev = e["device"]["id"].as_str().expect("dev").to_string();
    b.admin(
        M::POST,
        &format!("/users/{uid}/bindings"),
        Some(json!({"device_id": dev})),
    )
    .await;
    let first: Value = c
        .get(format!("{}/agent/v1/checkin?cursor=0&wait=0", b.url))
        .bearer_auth(&cred)
        .send()
        .await
        .expect("c")
        .json()
        .await
        .expect("j");
    let cursor = first["cursor"].as_i64().expect("cursor");
    let started = Instant::now();
    let poll = {
        let c = c.clone();
        let url = format!("{}/agent/v1/checkin?cursor={cursor}&wait=25", b.url);
        let cred = cred.clone();
        tokio::spawn(async move {
            c.get(url)
                .bearer_auth(cred)
                .send()
                .await
                .expect("c")
                .json::<Value>()
                .await
                .expect("j")
        })
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pw = json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","value":{"password":"Second-Passw0rd"}}]});
    let (st, _, _) = a.req(M::PATCH, &format!("/Users/{uid}"), Some(pw)).await;
    assert_eq!(st, StatusCode::OK);
    let got = poll.await.expect("join");
    assert_eq!(got["deliveries"][0]["version"], 2, "{got}");
    assert_eq!(
        got["deliveries"][0]["material"]["format"],
        "salted-sha512-pbkdf2"
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "LISTEN/NOTIFY woke the other replica: {:?}",
        started.elapsed()
    );
    drop(a);
    drop(b);
}

/// `POST /.search` pages over users then groups; every page is bounded by
/// `count` whatever the startIndex (a huge one once asked the database for
/// a negative LIMIT: every row on SQLite, a 500 on PostgreSQL).
async fn root_search_pages(s: &common::Server) {
    for i in 0..3 {
        let (st, _, _) = s
            .req(
                M::POST,
                "/Users",
                Some(okta_user(&format!("rs{i}@okta.local"), &format!("rs{i}"))),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED);
    }
    for name in ["g1", "g2"] {
        let (st, _, _) = s
            .req(M::POST, "/Groups", Some(json!({"displayName": name})))
            .await;
        assert_eq!(st, StatusCode::CREATED);
    }
    let search = |start: &str, count: u64| {
        let start: Value = serde_json::from_str(start).expect("number");
        json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
               "startIndex": start, "count": count})
    };
    let names = |v: &Value| -> Vec<String> {
        v["Resources"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|r| {
                        r["userName"]
                            .as_str()
                            .or(r["displayName"].as_str())
                            .unwrap_or("?")
                            .to_string()
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    // A page across the boundary: the last user, then the first group.
    let (st, _, v) = s.req(M::POST, "/.search", Some(search("3", 2))).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["totalResults"], 5);
    assert_eq!(names(&v), ["rs2@okta.local", "g1"]);
    // Only groups.
    let (_, _, v) = s.req(M::POST, "/.search", Some(search("5", 10))).await;
    assert_eq!(names(&v), ["g2"]);
    // Beyond the end, and far beyond anything a database can hold.
    for start in ["6", "9223372036854775807"] {
        let (st, _, v) = s.req(M::POST, "/.search", Some(search(start, 10))).await;
        assert_eq!(st, StatusCode::OK, "startIndex {start}: {v}");
        assert_eq!(v["totalResults"], 5);
        assert!(names(&v).is_empty(), "startIndex {start}: {v}");
    }
    // startIndex 0 is read as 1.
    let (_, _, v) = s.req(M::POST, "/.search", Some(search("0", 1))).await;
    assert_eq!(
        (v["startIndex"].as_u64(), names(&v)),
        (Some(1), vec!["rs0@okta.local".to_string()])
    );
}

#[tokio::test]
async fn root_search_pages_are_bounded_on_sqlite() {
    let s = start();
    root_search_pages(&s).await;
}

#[tokio::test]
async fn root_search_pages_are_bounded_on_postgres() {
    let Some(pg) = common::PgDb::create("e2e_search", "root search on PostgreSQL") else {
        return;
    };
    let d = tempfile::tempdir().expect("tmp");
    let s = start_with(d.path(), &["--database-url", &pg.url], &[]);
    root_search_pages(&s).await;
}

/// A device that goes away in the middle of a long-poll is no longer
/// counted as holding one.
#[tokio::test]
async fn the_long_poll_gauge_forgets_devices_that_hang_up() {
    let s = start();
    let e = s.enroll("gone", "linux").await;
    let cred = e["credential"].as_str().expect("cred").to_string();
    let gauge = || async {
        let text = s.metrics().await;
        text.lines()
            .find_map(|l| l.strip_prefix("directory_devices_connected "))
            .and_then(|n| n.trim().parse::<i64>().ok())
            .expect("the gauge is exported")
    };
    let url = format!("{}/agent/v1/checkin?cursor=0&wait=25", s.url);
    let held = tokio::spawn(async move { client().get(url).bearer_auth(cred).send().await });
    let deadline = Instant::now() + Duration::from_secs(10);
    while gauge().await != 1 {
        assert!(Instant::now() < deadline, "the poll was never counted");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    held.abort(); // the device hangs up: its connection closes
    let deadline = Instant::now() + Duration::from_secs(10);
    while gauge().await != 0 {
        assert!(
            Instant::now() < deadline,
            "a poll whose device hung up is still counted"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
