//! The wire protocol, as a black-box HTTP client: SCIM the way Okta calls
//! it, the admin API, the agent API and the user portal.

use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use agent_protocol::{
    AccountStatus, AccountStatusReport, CheckinQuery, CheckinResponse, DeliveryEvent,
    EnrollRequest, EnrollResponse, Report, CHECKIN_PATH, ENROLL_PATH, REPORT_PATH, STATUS_PATH,
};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::SimError;

/// How Okta sends a password.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PasswordShape {
    /// `{"op":"replace","value":{"password":"..."}}`
    #[default]
    PatchValue,
    /// `{"op":"replace","path":"password","value":"..."}`
    PatchPath,
    /// A PUT of the whole user (AIW apps).
    Put,
}

/// Okta's side and the admin's side of the server.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    key: String,
    /// Where the devices connect ([`Client::agent`]), from each of the
    /// local addresses in turn (empty: the default address); `None` when
    /// the server is not plain HTTP (the devices then share `http`'s
    /// connections).
    device_servers: Option<Arc<[Arc<crate::wire::Server>]>>,
    next_device: Arc<AtomicUsize>,
}

async fn ok_json(r: reqwest::Response, what: &str) -> Result<Value, SimError> {
    let status = r.status();
    let bytes = r.bytes().await.map_err(|e| http_error(what, &e))?;
    json_answer(status, &bytes, what)
}

/// An answer's JSON (`Null` when empty), or an error naming `what` failed
/// and why (the status and the body of a refusal).
fn json_answer(status: reqwest::StatusCode, body: &[u8], what: &str) -> Result<Value, SimError> {
    if !status.is_success() {
        return Err(SimError::Http(format!(
            "{what}: HTTP {status}: {}",
            String::from_utf8_lossy(body)
        )));
    }
    if body.is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_slice(body).map_err(|e| SimError::Http(format!("{what}: bad JSON: {e}")))
}

/// The simulator's HTTP client, connecting from `local` if given.
fn http_client(local: Option<IpAddr>) -> Result<reqwest::Client, SimError> {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(120))
        .pool_idle_timeout(agent_protocol::CLIENT_POOL_IDLE)
        // No TCP keep-alive (reqwest probes an idle connection every 15 s
        // and drops it after three unanswered probes). Thousands of
        // simulated devices that start their check-ins in the same second
        // probe in the same second, every 15 s; on loopback the probes and
        // their answers overflowed the kernel's backlog of 1,000 packets
        // (`/proc/net/softnet_stat`), and held check-ins died with
        // "Connection timed out" (100,000 devices: 33,400 such aborts). A
        // device on the same machine as its server has no NAT to keep open.
        .tcp_keepalive(None)
        .local_address(local)
        // Its devices show as this agent in the console.
        .user_agent(concat!("agent-sim/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| SimError::Http(e.to_string()))
}

/// How long Okta waits before it sends a request again after this
/// answer: a 429 (throttled) or a 503 (the server's store unavailable, or
/// its password queue full) after its `Retry-After` seconds (1 when
/// missing or not a number; at most 60); `None` for any other answer.
fn retry_after(
    status: reqwest::StatusCode,
    headers: &reqwest::header::HeaderMap,
) -> Option<std::time::Duration> {
    use reqwest::StatusCode;
    if status != StatusCode::TOO_MANY_REQUESTS && status != StatusCode::SERVICE_UNAVAILABLE {
        return None;
    }
    let secs = headers
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok()?.trim().parse::<u64>().ok())
        .unwrap_or(1);
    Some(std::time::Duration::from_secs(secs.clamp(1, 60)))
}

/// A failed request as an error naming what failed and why, with every
/// cause reqwest keeps ("error sending request" alone does not say whether
/// the connection was refused or no local port was left).
fn http_error(what: &str, e: &dyn std::error::Error) -> SimError {
    SimError::Http(format!("{what}: {}", with_causes(e)))
}

/// An error and every cause it keeps, joined by ": ".
pub(crate) fn with_causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(&format!(": {c}"));
        cause = c.source();
    }
    text
}

fn patch_op(ops: Value) -> Value {
    json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops})
}

impl Client {
    /// A client for `base` (e.g. `http://127.0.0.1:8080`) with an admin API key.
    pub fn new(base: &str, key: &str) -> Result<Client, SimError> {
        Ok(Client {
            http: http_client(None)?,
            base: base.trim_end_matches('/').to_string(),
            key: key.to_string(),
            device_servers: device_servers(base, &[None])?,
            next_device: Arc::default(),
        })
    }

    /// The same, with the devices' connections ([`Client::agent`]) spread
    /// over `local` addresses, each device connecting from one of them in
    /// turn. A machine simulating thousands of devices runs out of cheap
    /// ephemeral ports towards one server address: past about 14,000
    /// connections Linux's port search for `connect` slows from some
    /// 15,000 connections a second to 500 (it has used up the half of the
    /// range it tries first), and the simulator, not the server, sets the
    /// pace. Each local address has ports of its own. On loopback every
    /// `127.x.y.z` is local, e.g. `127.0.0.1` to `127.0.0.8`.
    pub fn with_device_addresses(&self, local: &[IpAddr]) -> Result<Client, SimError> {
        let local: Vec<Option<IpAddr>> = if local.is_empty() {
            vec![None]
        } else {
            local.iter().copied().map(Some).collect()
        };
        Ok(Client {
            device_servers: device_servers(&self.base, &local)?,
            next_device: Arc::default(),
            ..self.clone()
        })
    }

    /// The same server and key over connections of its own (a client
    /// first used on another runtime sends on that runtime's tasks).
    pub fn with_own_connections(&self) -> Result<Client, SimError> {
        Ok(Client {
            http: http_client(None)?,
            ..self.clone()
        })
    }

    fn scim(&self, path: &str) -> String {
        format!("{}/scim/v2{path}", self.base)
    }

    /// Sends as Okta does: a 429 or a 503 is retried after its
    /// `Retry-After` (a few times, then its error is returned).
    async fn send(&self, rb: reqwest::RequestBuilder, what: &str) -> Result<Value, SimError> {
        const RETRIES: usize = 8;
        let rb = rb
            .bearer_auth(&self.key)
            .header("Content-Type", "application/scim+json; charset=utf-8")
            .header("User-Agent", "Okta SCIM Client 1.0.0");
        let mut attempt = 0;
        loop {
            let Some(this) = rb.try_clone() else {
                return Err(SimError::Http(format!(
                    "{what}: request cannot be repeated"
                )));
            };
            let r = this.send().await.map_err(|e| http_error(what, &e))?;
            match retry_after(r.status(), r.headers()) {
                Some(pause) if attempt < RETRIES => {
                    attempt += 1;
                    tokio::time::sleep(pause).await;
                }
                _ => return ok_json(r, what).await,
            }
        }
    }

    /// Okta's create: filter first, then POST with the password.
    pub async fn create_user(&self, login: &str, password: &str) -> Result<String, SimError> {
        let body = json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": login,
            "name": {"givenName": "Sim", "familyName": "User"},
            "emails": [{"primary": true, "value": login, "type": "work"}],
            "displayName": login, "active": true, "password": password,
        });
        let v = self
            .send(
                self.http.post(self.scim("/Users")).body(body.to_string()),
                "create user",
            )
            .await?;
        v["id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| SimError::Http("create user: no id".into()))
    }

    /// Okta sends a password.
    pub async fn set_password(
        &self,
        id: &str,
        password: &str,
        shape: PasswordShape,
    ) -> Result<(), SimError> {
        let url = self.scim(&format!("/Users/{id}"));
        match shape {
            PasswordShape::PatchValue => {
                let b = patch_op(json!([{"op": "replace", "value": {"password": password}}]));
                self.send(self.http.patch(url).body(b.to_string()), "password PATCH")
                    .await?;
            }
            PasswordShape::PatchPath => {
                let b = patch_op(json!([{"op": "replace", "path": "password", "value": password}]));
                self.send(self.http.patch(url).body(b.to_string()), "password PATCH")
                    .await?;
            }
            PasswordShape::Put => {
                let mut u = self.send(self.http.get(url.clone()), "GET user").await?;
                u["password"] = json!(password);
                self.send(self.http.put(url).body(u.to_string()), "password PUT")
                    .await?;
            }
        }
        Ok(())
    }

    /// Okta's deactivate / reactivate (path-less PATCH).
    pub async fn set_active(&self, id: &str, active: bool) -> Result<(), SimError> {
        let b = patch_op(json!([{"op": "replace", "value": {"active": active}}]));
        self.send(
            self.http
                .patch(self.scim(&format!("/Users/{id}")))
                .body(b.to_string()),
            "set active",
        )
        .await?;
        Ok(())
    }

    /// The admin's details panel of a user.
    pub async fn user_details(&self, id: &str) -> Result<Value, SimError> {
        self.send(
            self.http.get(format!("{}/api/v1/users/{id}", self.base)),
            "user details",
        )
        .await
    }

    /// Okta pushes a group (`POST /Groups`) with these members; its id.
    pub async fn create_group(&self, name: &str, members: &[String]) -> Result<String, SimError> {
        let members: Vec<Value> = members.iter().map(|m| json!({"value": m})).collect();
        let body = json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "displayName": name,
            "members": members,
        });
        let v = self
            .send(
                self.http.post(self.scim("/Groups")).body(body.to_string()),
                "create group",
            )
            .await?;
        v["id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| SimError::Http("create group: no id".into()))
    }

    /// Okta adds members to a group in one PATCH.
    pub async fn add_group_members(&self, group: &str, members: &[String]) -> Result<(), SimError> {
        let value: Vec<Value> = members.iter().map(|m| json!({"value": m})).collect();
        let b = patch_op(json!([{"op": "add", "path": "members", "value": value}]));
        self.send(
            self.http
                .patch(self.scim(&format!("/Groups/{group}")))
                .body(b.to_string()),
            "group PATCH",
        )
        .await?;
        Ok(())
    }

    /// Okta removes one member from a group.
    pub async fn remove_group_member(&self, group: &str, member: &str) -> Result<(), SimError> {
        let b =
            patch_op(json!([{"op": "remove", "path": format!("members[value eq \"{member}\"]")}]));
        self.send(
            self.http
                .patch(self.scim(&format!("/Groups/{group}")))
                .body(b.to_string()),
            "group PATCH",
        )
        .await?;
        Ok(())
    }

    /// An admin API call (`/api/v1{path}`); its JSON answer (`null` when empty).
    pub async fn admin(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, SimError> {
        let mut rb = self
            .http
            .request(method, format!("{}/api/v1{path}", self.base));
        if let Some(b) = body {
            rb = rb.body(b.to_string());
        }
        self.send(rb, path).await
    }

    /// Binds a user to a device.
    pub async fn bind(&self, user_id: &str, device_id: &str) -> Result<(), SimError> {
        let b = json!({"device_id": device_id});
        self.send(
            self.http
                .post(format!("{}/api/v1/users/{user_id}/bindings", self.base))
                .body(b.to_string()),
            "bind",
        )
        .await?;
        Ok(())
    }

    /// Enrolls a device; returns (device id, credential).
    pub async fn enroll(&self, name: &str, platform: &str) -> Result<(String, String), SimError> {
        let b = EnrollRequest {
            name: name.into(),
            platform: platform.into(),
        };
        let t = self
            .send(
                self.http
                    .post(format!("{}/api/v1/enrolment-tokens", self.base))
                    .body("{}"),
                "enrolment token",
            )
            .await?;
        let token = t["token"]
            .as_str()
            .ok_or_else(|| SimError::Http("enrolment token: no token in the answer".into()))?;
        // The device presents the token, never the admin's key.
        let v = ok_json(
            self.http
                .post(format!("{}{ENROLL_PATH}", self.base))
                .bearer_auth(token)
                .header("Content-Type", "application/json")
                .body(serde_json::to_string(&b).map_err(|e| SimError::Http(e.to_string()))?)
                .send()
                .await
                .map_err(|e| http_error("enroll", &e))?,
            "enroll",
        )
        .await?;
        let e: EnrollResponse = serde_json::from_value(v).map_err(|e| http_error("enroll", &e))?;
        Ok((e.device.id, e.credential.to_string()))
    }

    /// The user portal password change, as a user makes it: sign in with
    /// the current password (a session cookie and its CSRF token), then
    /// change it.
    pub async fn portal_password(
        &self,
        username: &str,
        current: &str,
        new: &str,
    ) -> Result<(), SimError> {
        let r = self
            .http
            .post(format!("{}/portal/v1/sign-in", self.base))
            .json(&json!({"username": username, "password": current}))
            .send()
            .await
            .map_err(|e| SimError::Http(e.to_string()))?;
        // The session cookie, by the portal's cookie name whatever its prefix.
        let cookie = r
            .headers()
            .get_all(reqwest::header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.contains("directory-user="))
            .and_then(|v| v.split(';').next())
            .map(str::to_string);
        let signed_in = ok_json(r, "portal sign-in").await?;
        let (Some(cookie), Some(csrf)) = (cookie, signed_in["csrf_token"].as_str()) else {
            return Err(SimError::Http(
                "portal sign-in: no session cookie or CSRF token in the answer".into(),
            ));
        };
        let b = json!({"current_password": current, "new_password": new});
        let r = self
            .http
            .post(format!("{}/portal/v1/password", self.base))
            .header(reqwest::header::COOKIE, cookie)
            .header("x-csrf-token", csrf)
            .json(&b)
            .send()
            .await
            .map_err(|e| SimError::Http(e.to_string()))?;
        ok_json(r, "portal password").await.map(|_| ())
    }

    /// The check-ins the server holds open right now: its
    /// `directory_devices_connected` gauge on `/metrics` (a replica counts
    /// only its own).
    pub async fn held_checkins(&self) -> Result<u64, SimError> {
        let what = "metrics";
        let r = self
            .http
            .get(format!("{}/metrics", self.base))
            .send()
            .await
            .map_err(|e| http_error(what, &e))?;
        let status = r.status();
        let text = r.text().await.map_err(|e| http_error(what, &e))?;
        if !status.is_success() {
            return Err(SimError::Http(format!("{what}: HTTP {status}: {text}")));
        }
        held_gauge(&text).ok_or_else(|| {
            SimError::Http(format!(
                "{what}: no numeric {HELD_GAUGE} line in the server's /metrics"
            ))
        })
    }

    /// The agent side, for a device credential.
    pub fn agent(&self, credential: &str) -> AgentConn {
        let transport = match &self.device_servers {
            Some(servers) if !servers.is_empty() => {
                let i = self.next_device.fetch_add(1, Ordering::Relaxed) % servers.len();
                Transport::Own(crate::wire::DeviceWire::new(servers[i].clone()))
            }
            _ => Transport::Shared(self.http.clone()),
        };
        AgentConn {
            transport,
            base: self.base.clone(),
            credential: credential.to_string(),
        }
    }
}

/// The server's gauge of held check-ins.
const HELD_GAUGE: &str = "directory_devices_connected";

/// `directory_devices_connected`'s value in a Prometheus or OpenMetrics
/// text page. One unlabelled gauge is a line of its name, its value and
/// perhaps a timestamp; a parser crate for the whole exposition format
/// would be more than this needs.
fn held_gauge(page: &str) -> Option<u64> {
    page.lines().find_map(|l| {
        let v: f64 = l
            .strip_prefix(HELD_GAUGE)?
            .strip_prefix(' ')?
            .split_whitespace()
            .next()?
            .parse()
            .ok()?;
        (v.is_finite() && v >= 0.0).then_some(v as u64)
    })
}

/// Where the devices of a client connect: one per local address, or
/// `None` when `base` is not plain HTTP.
fn device_servers(
    base: &str,
    local: &[Option<IpAddr>],
) -> Result<Option<Arc<[Arc<crate::wire::Server>]>>, SimError> {
    if !base.starts_with("http://") {
        return Ok(None);
    }
    let servers = local
        .iter()
        .map(|ip| crate::wire::Server::new(base, *ip).map(Arc::new))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(servers.into()))
}

/// A device's connection to the agent API.
#[derive(Debug, Clone)]
pub struct AgentConn {
    transport: Transport,
    base: String,
    credential: String,
}

/// How a device's requests travel.
#[derive(Debug, Clone)]
enum Transport {
    /// A connection of the device's own (plain HTTP; see `wire.rs`).
    Own(crate::wire::DeviceWire),
    /// The client's shared pool (HTTPS).
    Shared(reqwest::Client),
}

impl AgentConn {
    /// `method path` with the device's credential and an optional JSON
    /// body; the answer's JSON (`Null` when empty), or an error naming
    /// `what` failed and why.
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Vec<u8>>,
        what: &str,
    ) -> Result<Value, SimError> {
        match &self.transport {
            Transport::Own(wire) => {
                let (status, bytes) = wire
                    .send(method, path, &self.credential, body)
                    .await
                    .map_err(|e| SimError::Http(format!("{what}: {e}")))?;
                json_answer(status, &bytes, what)
            }
            Transport::Shared(http) => {
                let mut rb = http
                    .request(method, format!("{}{path}", self.base))
                    .bearer_auth(&self.credential);
                if let Some(b) = body {
                    rb = rb.header("Content-Type", "application/json").body(b);
                }
                let r = rb.send().await.map_err(|e| http_error(what, &e))?;
                ok_json(r, what).await
            }
        }
    }

    fn json(body: &impl serde::Serialize, what: &str) -> Result<Option<Vec<u8>>, SimError> {
        serde_json::to_vec(body)
            .map(Some)
            .map_err(|e| SimError::Http(format!("{what}: {e}")))
    }

    /// Long-poll check-in.
    pub async fn checkin(&self, cursor: i64, wait_secs: u64) -> Result<CheckinResponse, SimError> {
        let q = CheckinQuery { cursor, wait_secs };
        let path = format!("{CHECKIN_PATH}?{}", q.to_query());
        let v = self
            .call(reqwest::Method::GET, &path, None, "checkin")
            .await?;
        serde_json::from_value(v).map_err(|e| http_error("checkin", &e))
    }

    /// Reports progress on a delivery.
    pub async fn report(
        &self,
        user_id: &str,
        version: u64,
        event: DeliveryEvent,
    ) -> Result<(), SimError> {
        let b = Report {
            user_id,
            version,
            event,
        };
        let body = Self::json(&b, "report")?;
        self.call(reqwest::Method::POST, REPORT_PATH, body, "report")
            .await
            .map(|_| ())
    }

    /// Several delivery reports in one request.
    pub async fn reports(
        &self,
        reports: &[agent_protocol::ReportOwned],
    ) -> Result<agent_protocol::ReportBatchResult, SimError> {
        let b = agent_protocol::ReportBatch {
            reports: reports.to_vec(),
        };
        let body = Self::json(&b, "reports")?;
        let v = self
            .call(
                reqwest::Method::POST,
                agent_protocol::REPORTS_PATH,
                body,
                "reports",
            )
            .await?;
        serde_json::from_value(v).map_err(|e| http_error("reports", &e))
    }

    /// Reports account states and refused groups.
    pub async fn status(
        &self,
        accounts: &[AccountStatus],
        groups: &[agent_protocol::GroupStatus],
    ) -> Result<(), SimError> {
        let b = AccountStatusReport {
            accounts: accounts.to_vec(),
            groups: groups.to_vec(),
        };
        let body = Self::json(&b, "status")?;
        self.call(reqwest::Method::POST, STATUS_PATH, body, "status")
            .await
            .map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn okta_repeats_a_429_or_a_503_after_its_retry_after_and_nothing_else() {
        use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};
        use reqwest::StatusCode;
        let after = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(RETRY_AFTER, HeaderValue::from_str(v).expect("header"));
            h
        };
        let secs = std::time::Duration::from_secs;
        let none = HeaderMap::new();
        assert_eq!(
            retry_after(StatusCode::TOO_MANY_REQUESTS, &after("3")),
            Some(secs(3))
        );
        assert_eq!(
            retry_after(StatusCode::SERVICE_UNAVAILABLE, &after(" 2 ")),
            Some(secs(2))
        );
        assert_eq!(
            retry_after(StatusCode::SERVICE_UNAVAILABLE, &none),
            Some(secs(1))
        );
        assert_eq!(
            retry_after(StatusCode::TOO_MANY_REQUESTS, &after("soon")),
            Some(secs(1))
        );
        assert_eq!(
            retry_after(StatusCode::TOO_MANY_REQUESTS, &after("0")),
            Some(secs(1))
        );
        assert_eq!(
            retry_after(StatusCode::SERVICE_UNAVAILABLE, &after("3600")),
            Some(secs(60))
        );
        for other in [
            StatusCode::OK,
            StatusCode::BAD_REQUEST,
            StatusCode::REQUEST_TIMEOUT,
            StatusCode::INTERNAL_SERVER_ERROR,
        ] {
            assert_eq!(retry_after(other, &after("1")), None, "{other}");
        }
    }

    #[test]
    fn the_held_gauge_is_read_from_its_own_line_only() {
        let page = "# HELP directory_devices_connected check-ins held\n\
                    # TYPE directory_devices_connected gauge\n\
                    directory_devices_connected_total 7\n\
                    directory_devices_connected 1234\n\
                    directory_requests_total 9\n";
        assert_eq!(held_gauge(page), Some(1234));
        assert_eq!(held_gauge("directory_devices_connected 3e2\n"), Some(300));
        assert_eq!(
            held_gauge("directory_devices_connected 42 1733370000000\n"),
            Some(42)
        );
        assert_eq!(held_gauge("directory_devices_connected_total 5\n"), None);
        assert_eq!(held_gauge("directory_devices_connected NaN\n"), None);
        assert_eq!(held_gauge("directory_devices_connected -1\n"), None);
        assert_eq!(held_gauge(""), None);
    }

    /// Reads a request's head and answers 503, closing the connection.
    async fn refuse(mut conn: tokio::net::TcpStream) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut head = Vec::new();
        let mut buf = [0u8; 1024];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = conn.read(&mut buf).await.expect("read");
            assert!(n > 0, "the request ended before its head");
            head.extend_from_slice(&buf[..n]);
        }
        conn.write_all(
            b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
        )
        .await
        .expect("write");
    }

    /// Devices connect from the given local addresses, in turn.
    #[tokio::test]
    async fn devices_connect_from_their_local_addresses_in_turn() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let local: Vec<IpAddr> = ["127.0.0.2", "127.0.0.3"]
            .iter()
            .map(|a| a.parse().expect("ip"))
            .collect();
        let client = Client::new(&url, "key")
            .expect("client")
            .with_device_addresses(&local)
            .expect("devices");
        let mut from = Vec::new();
        for i in 0..4 {
            let device = client.agent(&format!("credential-{i}"));
            let poll = tokio::spawn(async move { device.checkin(0, 0).await });
            let (conn, peer) = listener.accept().await.expect("accept");
            from.push(peer.ip().to_string());
            refuse(conn).await;
            assert!(poll.await.expect("join").is_err());
        }
        assert_eq!(from, ["127.0.0.2", "127.0.0.3", "127.0.0.2", "127.0.0.3"]);
        // Okta's side keeps the default route.
        let okta = tokio::spawn(async move { client.user_details("u1").await });
        let (_conn, peer) = listener.accept().await.expect("accept");
        assert_eq!(peer.ip().to_string(), "127.0.0.1");
        okta.abort();
    }
}
