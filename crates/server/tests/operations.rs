//! What an operator relies on, against the release binary: the version it
//! reports, one log line per request with its id, the id in the audit log,
//! the metrics (latency by route template, password propagation), and the
//! agent version a device checks in with.

mod common;

use agent_protocol::{DeliveryEvent, ReportOwned};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
use reqwest::StatusCode;
use serde_json::{json, Value};

const PASSWORD: &str = "Tr4ce-Me-Through";

#[tokio::test]
async fn one_okta_call_can_be_followed_from_the_log_to_the_audit_entry() {
    let data = tempfile::tempdir().expect("tmp");
    let log = data.path().join("server.log");
    let mut s = common::start_logged(data.path(), &["--log-json"], &[], Some(&log));
    s._data = Some(data);
    let c = common::client();
    let key = s.key.clone().expect("key");

    // The version, in --version and in /healthz.
    let version = std::process::Command::new(env!("CARGO_BIN_EXE_directory-server"))
        .arg("--version")
        .output()
        .expect("--version");
    let printed = String::from_utf8_lossy(&version.stdout);
    assert_eq!(
        printed.trim(),
        format!("directory-server {}", env!("CARGO_PKG_VERSION"))
    );
    let health: Value = c
        .get(format!("{}/healthz", s.url))
        .send()
        .await
        .expect("healthz")
        .json()
        .await
        .expect("json");
    assert_eq!(
        health,
        json!({"status": "ok", "version": env!("CARGO_PKG_VERSION")})
    );

    // Okta's call with its own id: kept, returned, in the audit entry.
    let r = c
        .post(s.scim("/Users"))
        .header(AUTHORIZATION, s.auth())
        .header(CONTENT_TYPE, common::SCIM)
        .header("X-Request-Id", "okta-trace-0001")
        .body(
            json!({
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                "userName": "trace@example.com",
                "name": {"givenName": "Tra", "familyName": "Ce"},
                "emails": [{"value": "trace@example.com", "primary": true}],
                "active": true,
                "password": PASSWORD,
            })
            .to_string(),
        )
        .send()
        .await
        .expect("create");
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(r.headers()["x-request-id"], "okta-trace-0001");
    let user: Value = r.json().await.expect("user");
    let user_id = user["id"].as_str().expect("id").to_string();
    let (st, diag) = s
        .admin(reqwest::Method::GET, "/diagnostics?limit=50", None)
        .await;
    assert_eq!(st, StatusCode::OK);
    let created = diag["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .find(|e| e["action"] == "scim.create_user")
        .unwrap_or_else(|| panic!("no create entry: {diag}"));
    assert_eq!(created["request_id"], "okta-trace-0001", "{created}");

    // Without an id, or with one that could garble a log line: a new one.
    for header in [None, Some("two words"), Some("quote\"d")] {
        let mut r = c
            .get(s.scim(&format!("/Users/{user_id}")))
            .header(AUTHORIZATION, s.auth());
        if let Some(h) = header {
            r = r.header("X-Request-Id", h);
        }
        let r = r.send().await.expect("get");
        assert_eq!(r.status(), StatusCode::OK);
        let id = r.headers()["x-request-id"].to_str().expect("ascii");
        assert_eq!(id.len(), 32, "{id}");
        assert!(id.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
    }
    let r = c
        .get(format!("{}/no/such/page", s.url))
        .send()
        .await
        .expect("404");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    // A device that applies her password: propagation is measured, and
    // the agent it runs is recorded from its User-Agent.
    let enrolled = s.enroll("trace-box", "linux").await;
    let device_id = enrolled["device"]["id"]
        .as_str()
        .expect("device id")
        .to_string();
    let credential = enrolled["credential"]
        .as_str()
        .expect("credential")
        .to_string();
    let (st, v) = s
        .admin(
            reqwest::Method::POST,
            &format!("/users/{user_id}/bindings"),
            Some(json!({"device_id": device_id})),
        )
        .await;
    assert_eq!(st, StatusCode::NO_CONTENT, "{v}");
    let checkin = |ua: &'static str| {
        c.get(format!("{}/agent/v1/checkin?cursor=0&wait=0", s.url))
            .bearer_auth(&credential)
            .header(USER_AGENT, ua)
            .send()
    };
    // A User-Agent that names no agent is not recorded, and the check-in
    // is served all the same: it is metadata.
    let r = checkin("not a product token").await.expect("checkin");
    assert_eq!(r.status(), StatusCode::OK);
    let (_, device) = s
        .admin(reqwest::Method::GET, &format!("/devices/{device_id}"), None)
        .await;
    assert_eq!(device["device"]["agent"], Value::Null, "{device}");
    let work: Value = checkin("directory-agent/9.8.7 (linux)")
        .await
        .expect("checkin")
        .json()
        .await
        .expect("json");
    let version = work["deliveries"][0]["version"]
        .as_u64()
        .expect("a delivery");
    let report = ReportOwned {
        user_id: user_id.clone(),
        version,
        event: DeliveryEvent::Applied {
            credential_manager_cleared: false,
        },
    };
    let r = c
        .post(format!("{}/agent/v1/report", s.url))
        .bearer_auth(&credential)
        .json(&report)
        .send()
        .await
        .expect("report");
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    // Its agent, from the device page, and the audit entry that recorded it.
    let agent_of = || async {
        let (st, device) = s
            .admin(reqwest::Method::GET, &format!("/devices/{device_id}"), None)
            .await;
        assert_eq!(st, StatusCode::OK, "{device}");
        let (_, diag) = s
            .admin(reqwest::Method::GET, "/diagnostics?limit=50", None)
            .await;
        let audited: Vec<Value> = diag["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .filter(|e| e["action"] == "device.agent")
            .map(|e| e["detail"].clone())
            .collect();
        (device["device"]["agent"].clone(), audited)
    };
    let (agent, audited) = agent_of().await;
    assert_eq!(agent, "directory-agent/9.8.7");
    assert!(
        audited.contains(&json!({"from": null, "to": "directory-agent/9.8.7"})),
        "the first agent version is audited: {audited:?}"
    );
    // An upgrade shows at the next check-in, audited from and to.
    let r = checkin("directory-agent/9.9.0 (linux)")
        .await
        .expect("checkin");
    assert_eq!(r.status(), StatusCode::OK);
    let (agent, audited) = agent_of().await;
    assert_eq!(agent, "directory-agent/9.9.0");
    assert!(
        audited.contains(&json!({"from": "directory-agent/9.8.7", "to": "directory-agent/9.9.0"})),
        "the upgrade is audited: {audited:?}"
    );

    // Metrics: latency by route template (nested routes included), the
    // unmatched 404, propagation of the one applied password.
    let m = s.metrics().await;
    for line in [
        "directory_http_request_duration_seconds_count{method=\"POST\",route=\"/scim/v2/Users\",status=\"201\"} 1",
        "directory_http_request_duration_seconds_count{method=\"GET\",route=\"/scim/v2/Users/{id}\",status=\"200\"} 3",
        "directory_http_request_duration_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"} 1",
        "directory_http_request_duration_seconds_count{method=\"GET\",route=\"/agent/v1/checkin\",status=\"200\"} 3",
        "directory_password_propagation_seconds_count 1",
        "directory_devices 1",
        "directory_deliveries_pending 0",
        "directory_devices_behind 0",
        "directory_build_info{version=\"",
    ] {
        assert!(m.contains(line), "{line} not in:\n{m}");
    }

    // An admin's session is the admin in the log line, never the session.
    let (session, _) = common::admin_with_totp(&s, "ops@example.com", "Tr1cky-Secret-Pw").await;
    let r = c
        .get(format!("{}/api/v1/me", s.url))
        .header("cookie", &session.pair)
        .header("X-Request-Id", "console-me-1")
        .send()
        .await
        .expect("me");
    assert_eq!(r.status(), StatusCode::OK);
    let me: Value = r.json().await.expect("me");

    // The log: one JSON line per request with its id, route, status and
    // principal; never the password or the key.
    let text = std::fs::read_to_string(&log).expect("log");
    let lines: Vec<Value> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .filter(|v: &Value| v["fields"]["message"] == "answered")
        .collect();
    let create = lines
        .iter()
        .find(|v| v["span"]["id"] == "okta-trace-0001")
        .unwrap_or_else(|| panic!("no line for the request id in:\n{text}"));
    assert_eq!(create["level"], "INFO");
    assert_eq!(create["span"]["method"], "POST");
    assert_eq!(create["span"]["route"], "/scim/v2/Users");
    assert!(
        create["span"]["principal"]
            .as_str()
            .is_some_and(|p| p.starts_with("admin:")),
        "{create}"
    );
    assert_eq!(create["fields"]["status"], 201);
    assert!(
        create["fields"]["latency_ms"].as_f64().is_some(),
        "{create}"
    );
    let report_line = lines
        .iter()
        .find(|v| v["span"]["route"] == "/agent/v1/report")
        .unwrap_or_else(|| panic!("no report line in:\n{text}"));
    assert_eq!(
        report_line["span"]["principal"],
        format!("device:{device_id}")
    );
    let me_line = lines
        .iter()
        .find(|v| v["span"]["id"] == "console-me-1")
        .unwrap_or_else(|| panic!("no line for GET /me in:\n{text}"));
    assert_eq!(me_line["span"]["route"], "/api/v1/me");
    let admin_id = me["id"]
        .as_str()
        .or_else(|| me["admin"]["id"].as_str())
        .unwrap_or_else(|| panic!("no admin id in {me}"));
    assert_eq!(me_line["span"]["principal"], format!("admin:{admin_id}"));
    let session_secret = session.pair.split('=').nth(1).expect("cookie value");
    for secret in [PASSWORD, key.as_str(), credential.as_str(), session_secret] {
        assert!(!text.contains(secret), "a secret is in the log");
    }
}

/// The OpenAPI document describes what the server answers. A small
/// version of what schemathesis checks in CI (`scripts/schemathesis.sh`),
/// kept as the regression test of what it found: refusals are
/// `application/scim+json` and were documented as `application/json`.
/// Every operation is called without a credential, with placeholder path
/// parameters: its status must be documented (exactly or as a range) with
/// the content type the server sends.
#[tokio::test]
async fn every_operation_answers_as_its_openapi_entry_says() {
    let s = common::start();
    let c = common::client();
    let r = c
        .get(format!("{}/api/v1/openapi.json", s.url))
        .send()
        .await
        .expect("openapi.json");
    assert_eq!(r.status(), StatusCode::OK);
    let doc: Value = r.json().await.expect("json");
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
    let paths = doc["paths"].as_object().expect("paths");
    for p in [
        "/api/v1/users",
        "/api/v1/devices/{id}",
        "/api/v1/group-bindings",
        "/api/v1/sign-in",
        "/api/v1/me/mfa/totp",
        "/portal/v1/password",
        "/agent/v1/checkin",
        "/agent/v1/reports",
    ] {
        assert!(paths.contains_key(p), "{p} is not described");
    }
    let mut calls = 0;
    for (path, item) in paths {
        let url = format!(
            "{}{}",
            s.url,
            path.replace("{id}", "x").replace("{device}", "y")
        );
        for (method, op) in item.as_object().expect("path item") {
            let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).expect("method");
            let mut req = c.request(m, &url);
            if op.get("requestBody").is_some() {
                req = req.header(CONTENT_TYPE, "application/json").body("{}");
            }
            let r = req.send().await.expect("send");
            let status = r.status().as_u16();
            let ctype = r
                .headers()
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let responses = &op["responses"];
            let documented = responses
                .get(status.to_string())
                .or_else(|| responses.get(format!("{}XX", status / 100)))
                .unwrap_or_else(|| panic!("{method} {path}: {status} is not documented"));
            if let Some(content) = documented.get("content").and_then(Value::as_object) {
                assert!(
                    content.contains_key(&ctype),
                    "{method} {path}: {status} answered {ctype}, documented {:?}",
                    content.keys().collect::<Vec<_>>()
                );
            }
            calls += 1;
        }
    }
    assert!(calls >= 60, "only {calls} operations");
}

/// A fleet seeded for a load run (`seed-devices`, beside the running
/// server) is real: its credentials file is the owner's only and is never
/// overwritten, every device checks in with its credential and receives its
/// user's account, and Okta's password changes reach each of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seeded_fleet_receives_oktas_changes() {
    use agent_sim::client::Client as Sim;
    use agent_sim::load::{self, LoadConfig};
    use std::time::Duration;

    let s = common::start();
    let org = common::bootstrapped_org(&s);
    let out_dir = tempfile::tempdir().expect("tmp");
    let csv = out_dir.path().join("fleet.csv");
    let csv_arg = csv.to_str().expect("utf-8 path");
    let printed = common::cli(
        &s,
        &[
            "seed-devices",
            "--org",
            &org,
            "--count",
            "12",
            "--platforms",
            "linux,windows",
            "--concurrency",
            "4",
            "--out",
            csv_arg,
        ],
    );
    assert!(printed.starts_with("seeded 12 devices"), "{printed}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&csv).expect("csv").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "credentials readable by others");
    }
    let text = std::fs::read_to_string(&csv).expect("csv");
    let fleet = load::parse_seeded(&text).expect("parse");
    assert_eq!(fleet.len(), 12);
    assert_eq!(
        fleet
            .iter()
            .filter(|d| d.platform == directory::Platform::Windows)
            .count(),
        6,
        "platforms in turn"
    );
    let (st, devices) = s.admin(reqwest::Method::GET, "/devices", None).await;
    assert_eq!(st, StatusCode::OK);
    let before = devices["devices"].as_array().map(Vec::len);
    assert_eq!(before, Some(12));

    // Never overwritten: a second run refuses before seeding anything.
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_directory-server"))
        .args([
            "seed-devices",
            "--org",
            &org,
            "--count",
            "3",
            "--out",
            csv_arg,
            "--data-dir",
        ])
        .arg(s._data.as_ref().expect("data").path())
        .output()
        .expect("cli");
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("cannot create") && err.contains("fleet.csv"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&csv).expect("csv"),
        text,
        "file kept"
    );
    let (_, devices) = s.admin(reqwest::Method::GET, "/devices", None).await;
    assert_eq!(
        devices["devices"].as_array().map(Vec::len),
        before,
        "nothing seeded"
    );

    // A run that fails (an unknown org) leaves no file behind.
    let other = out_dir.path().join("other.csv");
    let failed = std::process::Command::new(env!("CARGO_BIN_EXE_directory-server"))
        .args([
            "seed-devices",
            "--org",
            "no-such-org",
            "--count",
            "2",
            "--out",
        ])
        .arg(&other)
        .arg("--data-dir")
        .arg(s._data.as_ref().expect("data").path())
        .output()
        .expect("cli");
    assert!(!failed.status.success());
    assert!(!other.exists(), "an empty credentials file was left");

    // The load with the seeded fleet: every change reaches its device.
    let key = s.key.clone().expect("key");
    let sim = Sim::new(&s.url, &key).expect("client");
    let cfg = LoadConfig {
        devices: fleet.len(),
        mix: (0, 1, 1),
        rate: 12.0,
        duration: Duration::from_secs(2),
        setup_concurrency: 4,
        burst: 0,
        poll_wait: Duration::from_secs(20),
        settle: Duration::from_millis(200),
        seeded: Some(fleet),
        changes_during_reconnect: false,
    };
    let phases = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = phases.clone();
    let report = load::run(sim.clone(), sim, &cfg, move |phase, _, _| {
        let mut p = seen.lock().expect("phases");
        if p.last() != Some(&phase.to_string()) {
            p.push(phase.to_string());
        }
    })
    .await
    .expect("load");
    assert_eq!((report.sent, report.missing), (24, 0), "{report:?}");
    assert_eq!(report.samples.len(), 24);
    assert!(report.held_after.is_some(), "{report:?}");
    // The pause after the set-up is announced before the polls are held,
    // and the changes begin once the server holds every one.
    assert_eq!(
        phases.lock().expect("phases")[..],
        ["sync", "settle", "hold", "held", "changes"].map(String::from)
    );
}

/// A fleet reconnecting at once (a replica restarted, a balancer failing
/// over) must not overflow the accept queue: the server asks for the
/// longest queue the kernel allows (`net.core.somaxconn`), not tokio's
/// default of 1,024. `ss` shows a listening socket's queue length in its
/// Send-Q column.
#[test]
fn the_server_listens_with_the_longest_accept_queue_the_kernel_allows() {
    let somaxconn: u32 = match std::fs::read_to_string("/proc/sys/net/core/somaxconn") {
        Ok(s) => s.trim().parse().expect("somaxconn is a number"),
        Err(e) => {
            eprintln!("SKIPPED: cannot read net.core.somaxconn ({e}): not Linux?");
            return;
        }
    };
    let s = common::start();
    let port = s.url.rsplit(':').next().expect("a port").to_string();
    let out = match std::process::Command::new("ss")
        .args(["-ltnH", &format!("sport = :{port}")])
        .output()
    {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout).into_owned(),
        other => {
            eprintln!("SKIPPED: cannot run `ss` (iproute2): {other:?}");
            return;
        }
    };
    // "LISTEN 0 4096 127.0.0.1:PORT 0.0.0.0:*": state, Recv-Q, Send-Q, ...
    let backlog: u32 = out
        .split_whitespace()
        .nth(2)
        .unwrap_or_else(|| panic!("no listening socket on port {port} in {out:?}"))
        .parse()
        .expect("Send-Q is a number");
    assert_eq!(
        backlog,
        somaxconn.min(server::LISTEN_BACKLOG),
        "accept queue of the server listening on port {port}"
    );
}
