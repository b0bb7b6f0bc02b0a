//! Tenant isolation beyond the catalog's 404s: another org's key never lists,
//! filters or searches this org's users, groups or devices, and a device never
//! receives material for a user not bound to it.
mod common;

use std::process::Command;
use std::time::Duration;

use common::{client, start};
use serde_json::{json, Value};

#[tokio::test]
async fn orgs_and_devices_see_only_their_own() {
    let s = start();
    let a = s.key.clone().expect("key");
    let data = s._data.as_ref().expect("data").path().to_path_buf();
    let cli = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_directory-server"))
            .args(args)
            .arg("--data-dir")
            .arg(&data)
            .output()
            .expect("cli");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let org_b = cli(&["create-org", "--name", "b"]);
    let b = cli(&["create-admin", "--org", &org_b, "--email", "b@b"])
        .rsplit(": ")
        .next()
        .unwrap_or_default()
        .to_string();
    let c = client();
    let post = |key: String, path: &'static str, body: Value| {
        let c = c.clone();
        let url = format!("{}{path}", s.url);
        async move {
            c.post(url)
                .bearer_auth(key)
                .json(&body)
                .send()
                .await
                .expect("post")
                .json::<Value>()
                .await
                .expect("json")
        }
    };
    let get = |key: String, path: String| {
        let c = c.clone();
        let url = format!("{}{path}", s.url);
        async move {
            c.get(url)
                .bearer_auth(key)
                .send()
                .await
                .expect("get")
                .json::<Value>()
                .await
                .expect("json")
        }
    };
    let ua = post(a.clone(), "/scim/v2/Users", json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"alice@a.com","password":"Alice-Passw0rd"})).await;
    post(
        a.clone(),
        "/scim/v2/Groups",
        json!({"displayName":"A-team"}),
    )
    .await;
    let da = post(
        a.clone(),
        "/api/v1/devices",
        json!({"name":"a-mac","platform":"macos"}),
    )
    .await;
    let db = post(
        b.clone(),
        "/api/v1/devices",
        json!({"name":"b-linux","platform":"linux"}),
    )
    .await;
    let ub = post(b.clone(), "/scim/v2/Users", json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bob@b.com","password":"Builder-Passw0rd9"})).await;
    // Org B's views contain nothing of org A.
    for path in [
        "/scim/v2/Users",
        "/scim/v2/Users?filter=userName%20eq%20%22alice%40a.com%22",
        "/scim/v2/Groups",
        "/scim/v2/Groups?filter=displayName%20eq%20%22A-team%22",
    ] {
        let v = get(b.clone(), path.to_string()).await;
        let names: Vec<&str> = v["Resources"]
            .as_array()
            .map(|r| {
                r.iter()
                    .filter_map(|x| x["userName"].as_str().or(x["displayName"].as_str()))
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            !names.contains(&"alice@a.com") && !names.contains(&"A-team"),
            "{path}: {names:?}"
        );
    }
    let search = c
        .post(format!("{}/scim/v2/.search", s.url))
        .bearer_auth(&b)
        .json(&json!({"filter":"userName pr"}))
        .send()
        .await
        .expect("s")
        .json::<Value>()
        .await
        .expect("j");
    assert_eq!(search["totalResults"], 1, "root search sees only org B");
    let devices = get(b.clone(), "/api/v1/devices".into()).await;
    assert_eq!(devices["devices"].as_array().map(Vec::len), Some(1));
    let users = get(b.clone(), "/api/v1/users".into()).await;
    assert!(users.to_string().contains("bob@b.com") && !users.to_string().contains("alice@a.com"));
    let diag = get(b.clone(), "/api/v1/diagnostics".into()).await;
    assert!(
        !diag
            .to_string()
            .contains(ua["id"].as_str().unwrap_or("none")),
        "org B's diagnostics hold nothing of org A"
    );
    // Org B's device, bound to Bob, never receives Alice's material, even
    // while Alice's password changes and her own Mac receives it.
    let dev_b = db["device"]["id"].as_str().expect("dev").to_string();
    let cred_b = db["credential"].as_str().expect("cred").to_string();
    let r = c
        .post(format!(
            "{}/api/v1/users/{}/bindings",
            s.url,
            ub["id"].as_str().unwrap_or("")
        ))
        .bearer_auth(&b)
        .json(&json!({"device_id": dev_b}))
        .send()
        .await
        .expect("bind");
    assert_eq!(r.status(), 204);
    let dev_a = da["device"]["id"].as_str().expect("dev").to_string();
    let r = c
        .post(format!(
            "{}/api/v1/users/{}/bindings",
            s.url,
            ua["id"].as_str().unwrap_or("")
        ))
        .bearer_auth(&a)
        .json(&json!({"device_id": dev_a}))
        .send()
        .await
        .expect("bind");
    assert_eq!(r.status(), 204);
    // Neither key may bind across orgs.
    let r = c
        .post(format!(
            "{}/api/v1/users/{}/bindings",
            s.url,
            ua["id"].as_str().unwrap_or("")
        ))
        .bearer_auth(&a)
        .json(&json!({"device_id": dev_b}))
        .send()
        .await
        .expect("bind");
    assert_eq!(r.status(), 404);
    let r = c
        .post(format!(
            "{}/api/v1/users/{}/bindings",
            s.url,
            ua["id"].as_str().unwrap_or("")
        ))
        .bearer_auth(&b)
        .json(&json!({"device_id": dev_b}))
        .send()
        .await
        .expect("bind");
    assert_eq!(r.status(), 404);
    let first = c
        .get(format!("{}/agent/v1/checkin?cursor=0&wait=0", s.url))
        .bearer_auth(&cred_b)
        .send()
        .await
        .expect("c")
        .json::<Value>()
        .await
        .expect("j");
    let users_seen: Vec<&str> = first["deliveries"]
        .as_array()
        .map(|d| d.iter().filter_map(|x| x["username"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(users_seen, vec!["bob"]);
    let cursor = first["cursor"].as_i64().unwrap_or(0);
    c.patch(format!("{}/scim/v2/Users/{}", s.url, ua["id"].as_str().unwrap_or(""))).bearer_auth(&a)
        .json(&json!({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"password","value":"Alice-Passw0rd2"}]}))
        .send().await.expect("patch");
    let later = c
        .get(format!("{}/agent/v1/checkin?cursor={cursor}&wait=1", s.url))
        .bearer_auth(&cred_b)
        .send()
        .await
        .expect("c")
        .json::<Value>()
        .await
        .expect("j");
    assert_eq!(
        later["deliveries"],
        json!([]),
        "org B's device got nothing of Alice's change"
    );
    tokio::time::sleep(Duration::from_millis(10)).await;
}
