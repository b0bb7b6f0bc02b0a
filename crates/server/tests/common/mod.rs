//! Starts the real `directory-server` binary on a random loopback port.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use reqwest::header::{HeaderMap, ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use reqwest::{Client, StatusCode};
use serde_json::Value;

pub const SCIM: &str = "application/scim+json";

pub struct Server {
    pub child: Child,
    pub url: String,
    pub key: Option<String>,
    pub _data: Option<tempfile::TempDir>,
    pub stdout_lines: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start_with(data: &std::path::Path, extra: &[&str], env: &[(&str, &str)]) -> Server {
    start_logged(data, extra, env, None)
}

/// Like `start_with`, writing the server's log (stderr) to `log`.
pub fn start_logged(
    data: &std::path::Path,
    extra: &[&str],
    env: &[(&str, &str)],
    log: Option<&std::path::Path>,
) -> Server {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_directory-server"));
    cmd.args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(data)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(match log {
            Some(p) => Stdio::from(std::fs::File::create(p).expect("log file")),
            None => Stdio::null(),
        });
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawn server");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = Vec::new();
    let mut url = None;
    let mut key = None;
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("line");
        if let Some(k) = line.split("(shown once): ").nth(1) {
            key = Some(k.trim().to_string());
        }
        if let Some(rest) = line.strip_prefix("listening on ") {
            url = rest.split_whitespace().next().map(str::to_string);
            lines.push(line);
            break;
        }
        lines.push(line);
    }
    Server {
        child,
        url: url.expect("listening line"),
        key,
        _data: None,
        stdout_lines: lines,
    }
}

pub fn start() -> Server {
    let data = tempfile::tempdir().expect("tmp");
    let mut s = start_with(data.path(), &[], &[]);
    s._data = Some(data);
    s
}

/// Runs the CLI (`directory-server ARGS --data-dir <the server's>`) as a
/// second process beside the running server; its stdout, trimmed.
pub fn cli(s: &Server, args: &[&str]) -> String {
    let data = s._data.as_ref().expect("data dir").path();
    let out = Command::new(env!("CARGO_BIN_EXE_directory-server"))
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .output()
        .expect("cli");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Runs the CLI with `data` as its data directory, `stdin` as its input
/// and `env`; its stdout, trimmed (a failure panics with its stderr).
pub fn cli_with(
    data: &std::path::Path,
    args: &[&str],
    stdin: &str,
    env: &[(&str, &str)],
) -> String {
    use std::io::Write as _;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_directory-server"));
    cmd.args(args)
        .arg("--data-dir")
        .arg(data)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("cli");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("cli");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The org the server bootstrapped (from its first-start lines).
pub fn bootstrapped_org(s: &Server) -> String {
    s.stdout_lines
        .iter()
        .find_map(|l| {
            l.split(" (")
                .nth(1)
                .filter(|_| l.starts_with("created org"))
        })
        .map(|r| r.trim_end_matches(')').to_string())
        .expect("created org line")
}

/// RFC 6238 TOTP (HMAC-SHA-1, `digits` digits, 30 s steps), written here
/// apart from the server's so the tests check it against the RFC.
pub fn totp_at(secret: &[u8], unix: u64, digits: u32) -> String {
    use hmac::{Hmac, Mac};
    let mut m = Hmac::<sha1::Sha1>::new_from_slice(secret).expect("hmac key");
    m.update(&(unix / 30).to_be_bytes());
    let h = m.finalize().into_bytes();
    let off = usize::from(h[19] & 0x0f);
    let bin = u32::from_be_bytes([h[off] & 0x7f, h[off + 1], h[off + 2], h[off + 3]]);
    format!(
        "{:0width$}",
        bin % 10u32.pow(digits),
        width = digits as usize
    )
}

/// Decodes RFC 4648 base32 (no padding), as authenticator apps read secrets.
pub fn base32_decode(s: &str) -> Vec<u8> {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = Vec::new();
    let (mut buf, mut bits) = (0u32, 0u32);
    for c in s.trim_end_matches('=').bytes() {
        let v = A
            .iter()
            .position(|&a| a == c.to_ascii_uppercase())
            .expect("base32") as u32;
        buf = (buf << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    out
}

/// A browser-like session: the cookie (name=value) and the CSRF token.
#[derive(Debug, Clone)]
pub struct Cookie {
    pub pair: String,
    pub set_cookie: String,
    pub csrf: String,
}

/// POSTs `body` to `url` with an optional session; the status, the JSON
/// body and the session it handed out, if any.
pub async fn post_session(
    c: &Client,
    url: &str,
    body: Value,
    session: Option<&Cookie>,
) -> (StatusCode, Value, Option<Cookie>) {
    let mut r = c.post(url).json(&body);
    if let Some(s) = session {
        r = r.header("cookie", &s.pair).header("x-csrf-token", &s.csrf);
    }
    let r = r.send().await.expect("send");
    let st = r.status();
    let set = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| !v.contains("Max-Age=0"))
        .map(str::to_string);
    let v: Value = r.json().await.unwrap_or(Value::Null);
    let cookie = match (set, v["csrf_token"].as_str()) {
        (Some(set), Some(csrf)) => Some(Cookie {
            pair: set.split(';').next().unwrap_or_default().to_string(),
            set_cookie: set.clone(),
            csrf: csrf.to_string(),
        }),
        _ => None,
    };
    (st, v, cookie)
}

/// Creates an admin who signs in (CLI, password on stdin) in the server's
/// org, signs in, enrols TOTP and returns the full session and the secret.
pub async fn admin_with_totp(s: &Server, login: &str, password: &str) -> (Cookie, Vec<u8>) {
    let org = bootstrapped_org(s);
    let data = s._data.as_ref().expect("data dir").path();
    cli_with(
        data,
        &[
            "create-admin",
            "--org",
            &org,
            "--login",
            login,
            "--password-stdin",
        ],
        &format!("{password}\n"),
        &[],
    );
    sign_in_and_enrol(s, login, password).await
}

/// Signs `login` in and enrols TOTP (the org requires MFA).
pub async fn sign_in_and_enrol(s: &Server, login: &str, password: &str) -> (Cookie, Vec<u8>) {
    let c = client();
    let (st, v, held) = post_session(
        &c,
        &format!("{}/api/v1/sign-in", s.url),
        serde_json::json!({"login": login, "password": password}),
        None,
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["stage"], "enrol_mfa", "{v}");
    let held = held.expect("session");
    let (st, e, _) = post_session(
        &c,
        &format!("{}/api/v1/me/mfa/totp", s.url),
        serde_json::json!({}),
        Some(&held),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{e}");
    let secret = base32_decode(e["secret"].as_str().expect("secret"));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("time")
        .as_secs();
    let code = totp_at(&secret, now, 6);
    let (st, v, full) = post_session(
        &c,
        &format!("{}/api/v1/me/mfa/totp/confirm", s.url),
        serde_json::json!({"code": code}),
        Some(&held),
    )
    .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["stage"], "full", "{v}");
    (full.expect("full session"), secret)
}

pub fn client() -> Client {
    Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("client")
}

impl Server {
    /// Enrols a device with the admin key; the answer (device, credential).
    pub async fn enroll(&self, name: &str, platform: &str) -> Value {
        let (st, v) = self
            .admin(
                reqwest::Method::POST,
                "/devices",
                Some(serde_json::json!({"name": name, "platform": platform})),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "enroll: {v}");
        v
    }

    /// The server's `/metrics` text.
    pub async fn metrics(&self) -> String {
        client()
            .get(format!("{}/metrics", self.url))
            .send()
            .await
            .expect("metrics")
            .text()
            .await
            .expect("text")
    }

    pub fn scim(&self, path: &str) -> String {
        format!("{}/scim/v2{path}", self.url)
    }
    pub fn auth(&self) -> String {
        format!("Bearer {}", self.key.as_deref().expect("key"))
    }
    pub async fn req(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, HeaderMap, Value) {
        let mut r = client()
            .request(method, self.scim(path))
            .header(AUTHORIZATION, self.auth())
            .header(ACCEPT, SCIM)
            .header("User-Agent", "Okta SCIM Client 1.0.0");
        if let Some(b) = body {
            r = r
                .header(CONTENT_TYPE, "application/scim+json; charset=utf-8")
                .body(b.to_string());
        }
        let resp = r.send().await.expect("send");
        let status = resp.status();
        let headers = resp.headers().clone();
        let text = resp.text().await.expect("body");
        let v = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, headers, v)
    }
    /// Mints a single-use enrolment token (as an admin would) and returns it.
    pub async fn enrolment_token(&self) -> String {
        let (st, v) = self
            .admin(
                reqwest::Method::POST,
                "/enrolment-tokens",
                Some(serde_json::json!({"expires_in_seconds": 600})),
            )
            .await;
        assert_eq!(st, StatusCode::CREATED, "{v}");
        v["token"].as_str().expect("token").to_string()
    }

    pub async fn admin(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let mut r = client()
            .request(method, format!("{}/api/v1{path}", self.url))
            .header(AUTHORIZATION, self.auth());
        if let Some(b) = body {
            r = r.json(&b);
        }
        let resp = r.send().await.expect("send");
        let s = resp.status();
        let t = resp.text().await.expect("text");
        (s, serde_json::from_str(&t).unwrap_or(Value::Null))
    }
}

/// A PostgreSQL database created for one test and dropped when this guard
/// goes out of scope. `None` (with a loud SKIP line) when DATABASE_URL is
/// not set; a failure when REQUIRE_POSTGRES=1 asks for PostgreSQL.
pub struct PgDb {
    /// The URL of the new database.
    pub url: String,
    admin_url: String,
    name: String,
}

impl PgDb {
    pub fn create(prefix: &str, what: &str) -> Option<PgDb> {
        let Ok(admin_url) = std::env::var("DATABASE_URL") else {
            if std::env::var("REQUIRE_POSTGRES").as_deref() == Ok("1") {
                panic!("REQUIRE_POSTGRES=1 but DATABASE_URL is not set");
            }
            eprintln!("SKIP (loud): {what} not tested: DATABASE_URL is not set");
            return None;
        };
        let name = format!("{prefix}_{}", std::process::id());
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b.to_string())
            .expect("DATABASE_URL has a path");
        psql(
            &admin_url,
            &format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"),
        );
        psql(&admin_url, &format!("CREATE DATABASE \"{name}\""));
        Some(PgDb {
            url: format!("{base}/{name}"),
            admin_url,
            name,
        })
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        psql(
            &self.admin_url,
            &format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name),
        );
    }
}

/// Runs one statement with the PostgreSQL client.
fn psql(url: &str, sql: &str) {
    let out = Command::new("psql")
        .arg(url)
        .arg("-qc")
        .arg(sql)
        .output()
        .expect("psql");
    assert!(
        out.status.success(),
        "{sql}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
