//! Rate limiting and slow clients, against the real binary.
mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{client, start_with};

fn config(dir: &std::path::Path, body: &str) -> String {
    let p = dir.join("config.toml");
    std::fs::write(&p, body).expect("write config");
    p.display().to_string()
}

#[tokio::test]
async fn per_key_rate_limit_answers_429_with_retry_after() {
    let data = tempfile::tempdir().expect("tmp");
    let cfg = config(
        data.path(),
        "rate_limit_per_sec = 2.0\nrate_limit_burst = 5.0\n",
    );
    let s = start_with(data.path(), &["--config", &cfg], &[]);
    let key = s.key.clone().expect("key");
    let mut statuses = Vec::new();
    let mut retry_after = None;
    for _ in 0..8 {
        let r = client()
            .get(format!("{}/scim/v2/Users", s.url))
            .bearer_auth(&key)
            .send()
            .await
            .expect("send");
        if r.status() == 429 {
            retry_after = r
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            let b: serde_json::Value = r.json().await.expect("json");
            assert_eq!(b["status"], "429");
            statuses.push(429);
        } else {
            statuses.push(r.status().as_u16());
        }
    }
    assert_eq!(
        &statuses[..5],
        &[200; 5],
        "the burst is served: {statuses:?}"
    );
    assert!(statuses[5..].contains(&429), "then throttled: {statuses:?}");
    let secs: u64 = retry_after.expect("Retry-After").parse().expect("seconds");
    assert!((1..=5).contains(&secs));
    // Health endpoints are not behind the key's limit.
    let r = client()
        .get(format!("{}/healthz", s.url))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn slow_loris_clients_are_cut_off_and_the_server_stays_responsive() {
    let data = tempfile::tempdir().expect("tmp");
    let cfg = config(data.path(), "header_read_timeout_secs = 1\n");
    let s = start_with(data.path(), &["--config", &cfg], &[]);
    let addr = s.url.trim_start_matches("http://").to_string();
    // 50 connections that send half a request line and then stall.
    let mut slow = Vec::new();
    for _ in 0..50 {
        let mut c = TcpStream::connect(&addr).expect("connect");
        c.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            .expect("write");
        slow.push(c);
    }
    // The server still answers others at once.
    let t = Instant::now();
    let r = client()
        .get(format!("{}/healthz", s.url))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 200);
    assert!(t.elapsed() < Duration::from_secs(1));
    // After the header timeout the stalled connections are closed.
    std::thread::sleep(Duration::from_millis(2500));
    let mut closed = 0;
    for c in &mut slow {
        c.set_read_timeout(Some(Duration::from_millis(500)))
            .expect("timeout");
        let mut buf = [0u8; 256];
        match c.read(&mut buf) {
            Ok(0) => closed += 1,
            Ok(n) => {
                // hyper may answer 408 before closing.
                if String::from_utf8_lossy(&buf[..n]).contains("408") {
                    closed += 1;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => closed += 1,
            Err(_) => {}
        }
    }
    assert_eq!(closed, 50, "every stalled connection was cut off");
}

/// An over-long request line or header block is answered with a SCIM Error
/// body that names the limit, and the server goes on serving.
#[tokio::test]
async fn long_request_heads_get_scim_errors() {
    let s = common::start();
    let key = s.key.clone().expect("key");
    let scim_error = |what: &str, text: &str, status: &str| {
        let b: serde_json::Value = serde_json::from_str(text).expect("a JSON body");
        assert_eq!(
            b["schemas"][0], "urn:ietf:params:scim:api:messages:2.0:Error",
            "{what}: {text}"
        );
        assert_eq!(b["status"], status, "{what}: {text}");
        assert!(
            b["detail"].as_str().is_some_and(|d| d.contains("at most")),
            "{what}: {text}"
        );
    };
    let long = format!("{}/scim/v2/Users?filter={}", s.url, "a".repeat(40 * 1024));
    let r = client()
        .get(long)
        .bearer_auth(&key)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 414);
    scim_error("long target", &r.text().await.expect("text"), "414");

    let mut many = client()
        .get(format!("{}/scim/v2/Users", s.url))
        .bearer_auth(&key);
    for i in 0..150 {
        many = many.header(format!("x-extra-{i}"), "v");
    }
    let r = many.send().await.expect("send");
    assert_eq!(r.status(), 431);
    scim_error("many headers", &r.text().await.expect("text"), "431");

    let r = client()
        .get(format!("{}/scim/v2/Users", s.url))
        .bearer_auth(&key)
        .header("x-big", "b".repeat(70 * 1024))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 431);
    scim_error("large header", &r.text().await.expect("text"), "431");

    let r = client()
        .get(format!("{}/scim/v2/Users", s.url))
        .bearer_auth(&key)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 200, "still serving");
}
