//! The bad-input catalog (`tests/data/bad_requests.json`): malformed and
//! hostile requests, each with the expected status and `scimType`, replayed
//! against the real server; afterwards no state may have changed.
mod common;

use common::{cli, client, start, Server};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};
use reqwest::Method;
use serde_json::{json, Value};

struct Ctx {
    vars: Vec<(&'static str, String)>,
}

impl Ctx {
    fn fill(&self, s: &str) -> String {
        let mut out = s.to_string();
        for (k, v) in &self.vars {
            out = out.replace(&format!("{{{k}}}"), v);
        }
        out
    }
}

fn key_of(line: &str) -> String {
    line.rsplit(": ")
        .next()
        .unwrap_or_default()
        .trim()
        .to_string()
}

async fn call(s: &Server, key: &str, method: Method, path: &str, body: Option<Value>) -> Value {
    let mut r = client()
        .request(method, format!("{}{path}", s.url))
        .header(AUTHORIZATION, format!("Bearer {key}"));
    if let Some(b) = body {
        r = r.json(&b);
    }
    let resp = r.send().await.expect("send");
    let st = resp.status();
    let t = resp.text().await.expect("text");
    assert!(st.is_success(), "{path}: {st} {t}");
    serde_json::from_str(&t).unwrap_or(Value::Null)
}

/// Everything observable about both orgs, minus the audit log.
async fn snapshot(s: &Server, keys: &[&str]) -> Value {
    let mut all = Vec::new();
    for k in keys {
        let users = call(s, k, Method::GET, "/scim/v2/Users?count=1000", None).await;
        let groups = call(s, k, Method::GET, "/scim/v2/Groups?count=1000", None).await;
        let details = call(s, k, Method::GET, "/api/v1/users", None).await;
        let settings = call(s, k, Method::GET, "/api/v1/settings", None).await;
        let devices = call(s, k, Method::GET, "/api/v1/devices", None).await;
        all.push(json!({"users": users, "groups": groups, "details": details, "settings": settings, "devices": devices}));
    }
    Value::Array(all)
}

#[tokio::test]
async fn catalog_of_bad_requests() {
    let s = start();
    let key = s.key.clone().expect("key");
    // Org A: two users (one bound to a device), a group.
    let u1 = call(&s, &key, Method::POST, "/scim/v2/Users", Some(json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"existing@x.com","password":"Start-Passw0rd1"}))).await;
    call(&s, &key, Method::POST, "/scim/v2/Users", Some(json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"second@x.com"}))).await;
    let g1 = call(
        &s,
        &key,
        Method::POST,
        "/scim/v2/Groups",
        Some(json!({"displayName":"G"})),
    )
    .await;
    let dev = call(
        &s,
        &key,
        Method::POST,
        "/api/v1/devices",
        Some(json!({"name":"d","platform":"linux"})),
    )
    .await;
    let user = u1["id"].as_str().expect("id").to_string();
    let device_cred = dev["credential"].as_str().expect("cred").to_string();
    let r = client()
        .post(format!("{}/api/v1/users/{user}/bindings", s.url))
        .header(AUTHORIZATION, format!("Bearer {key}"))
        .json(&json!({"device_id": dev["device"]["id"]}))
        .send()
        .await
        .expect("bind");
    assert!(r.status().is_success());
    let c = client()
        .get(format!("{}/agent/v1/checkin?cursor=0&wait=0", s.url))
        .bearer_auth(&device_cred)
        .send()
        .await
        .expect("c");
    assert!(c.status().is_success());
    // Org B, an MTP admin, and a revoked key.
    let org_b = cli(&s, &["create-org", "--name", "other"]);
    let other_key = key_of(&cli(
        &s,
        &["create-admin", "--org", &org_b, "--email", "b@other"],
    ));
    let mtp_key = key_of(&cli(&s, &["create-admin", "--email", "mtp@x", "--mtp"]));
    let orgs_out = call(&s, &key, Method::GET, "/api/v1/settings", None).await;
    assert!(orgs_out.is_object());
    let revoked = key_of(&cli(
        &s,
        &["create-admin", "--org", &org_b, "--email", "rev@other"],
    ));
    cli(&s, &["rotate-key", "--email", "rev@other"]);
    let u2 = call(&s, &other_key, Method::POST, "/scim/v2/Users", Some(json!({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"theirs@y.com"}))).await;
    let g2 = call(
        &s,
        &other_key,
        Method::POST,
        "/scim/v2/Groups",
        Some(json!({"displayName":"Theirs"})),
    )
    .await;
    let d2 = call(
        &s,
        &other_key,
        Method::POST,
        "/api/v1/devices",
        Some(json!({"name":"d2","platform":"macos"})),
    )
    .await;
    // The default org's id, for the portal.
    let details = call(
        &s,
        &key,
        Method::GET,
        &format!("/api/v1/users/{user}"),
        None,
    )
    .await;
    assert_eq!(details["username"], "existing");
    let org_a = {
        let line = s
            .stdout_lines
            .iter()
            .find(|l| l.starts_with("created org"))
            .expect("org line");
        line.rsplit('(')
            .next()
            .unwrap_or_default()
            .trim_end_matches(')')
            .to_string()
    };
    let ctx = Ctx {
        vars: vec![
            ("key", key.clone()),
            ("other_key", other_key.clone()),
            ("mtp_key", mtp_key),
            ("revoked_key", revoked),
            ("device_cred", device_cred),
            ("user", user.clone()),
            ("group", g1["id"].as_str().unwrap_or_default().to_string()),
            (
                "other_user",
                u2["id"].as_str().unwrap_or_default().to_string(),
            ),
            (
                "other_group",
                g2["id"].as_str().unwrap_or_default().to_string(),
            ),
            (
                "other_device",
                d2["device"]["id"].as_str().unwrap_or_default().to_string(),
            ),
            ("org", org_a),
        ],
    };
    let before = snapshot(&s, &[&key, &other_key]).await;

    let path = format!(
        "{}/tests/data/bad_requests.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let cases: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(path).expect("catalog")).expect("json");
    assert!(
        cases.len() >= 100,
        "the catalog has {} requests",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap_or("?");
        let method = Method::from_bytes(case["method"].as_str().unwrap_or("GET").as_bytes())
            .expect("method");
        let url = format!(
            "{}{}",
            s.url,
            ctx.fill(case["path"].as_str().unwrap_or("/"))
        );
        let mut req = client().request(method, url);
        if let Some(k) = case["key"].as_str() {
            req = req.header(AUTHORIZATION, format!("Bearer {}", ctx.fill(k)));
        }
        if let Some(h) = case["headers"].as_object() {
            for (k, v) in h {
                req = req.header(k.as_str(), ctx.fill(v.as_str().unwrap_or("")));
            }
        }
        let body: Option<Vec<u8>> = if let Some(j) = case.get("json") {
            Some(ctx.fill(&j.to_string()).into_bytes())
        } else if let Some(r) = case["raw"].as_str() {
            Some(r.as_bytes().to_vec())
        } else if let Some(h) = case["hex"].as_str() {
            Some(hex_decode(h))
        } else if let Some(g) = case.get("generate") {
            let mut b = g["prefix"].as_str().unwrap_or("").to_string();
            b.push_str(
                &g["unit"]
                    .as_str()
                    .unwrap_or("")
                    .repeat(g["count"].as_u64().unwrap_or(0) as usize),
            );
            b.push_str(g["suffix"].as_str().unwrap_or(""));
            Some(b.into_bytes())
        } else {
            None
        };
        if let Some(b) = body {
            req = req.body(b);
            if let Some(ct) = case["content_type"].as_str() {
                req = req.header(CONTENT_TYPE, ct);
            }
        }
        let resp = req.send().await.expect("send");
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap_or_default();
        let want = case["status"].as_u64().unwrap_or(0) as u16;
        if status != want {
            failures.push(format!(
                "{name}: status {status}, want {want}: {}",
                text.chars().take(200).collect::<String>()
            ));
            continue;
        }
        if status >= 400 {
            let b: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
            if b["schemas"][0] != "urn:ietf:params:scim:api:messages:2.0:Error"
                || b["status"].as_str() != Some(want.to_string().as_str())
                || !b["detail"].is_string()
            {
                failures.push(format!("{name}: not a SCIM Error body: {text}"));
                continue;
            }
            if let Some(t) = case["scimType"].as_str() {
                if b["scimType"] != t {
                    failures.push(format!(
                        "{name}: scimType {}, want {t}: {}",
                        b["scimType"], b["detail"]
                    ));
                }
            }
        }
    }
    let after = snapshot(&s, &[&key, &other_key]).await;
    assert!(
        failures.is_empty(),
        "{} of {} requests answered wrongly:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert_eq!(before, after, "a refused request changed state");
    eprintln!(
        "bad-input catalog: {} requests, all answered as expected, state unchanged",
        cases.len()
    );
}

fn hex_decode(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .filter_map(|i| u8::from_str_radix(&h[i..i + 2], 16).ok())
        .collect()
}
