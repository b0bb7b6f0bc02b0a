//! The agent's side of the wire protocol over HTTPS (rustls; plain HTTP
//! only to a loopback address, for tests and a server on the same host).

use std::path::Path;
use std::time::Duration;

use agent_protocol::{
    AccountStatus, AccountStatusReport, CheckinQuery, CheckinResponse, EnrollRequest,
    EnrollResponse, GroupStatus, ReportBatch, ReportBatchResult, ReportOwned, CHECKIN_PATH,
    ENROLL_PATH, REPORTS_PATH, REPORT_PATH, STATUS_PATH,
};
use zeroize::Zeroizing;

use crate::error::{AgentError, Result};

/// An HTTP client for one server.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
}

/// What a refused request looked like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// 401/403: the credential is wrong or revoked.
    Unauthorized,
    /// 400, 404, 409, 422: the server will never accept it (a user unbound
    /// meanwhile, a version superseded meanwhile).
    NotFound,
    /// Anything else.
    Other,
}

impl Client {
    /// A client for `server`, trusting the system's roots and, if given,
    /// the PEM certificates in `ca_file`. Plain `http://` is refused
    /// unless the host is a loopback address.
    pub fn new(server: &str, ca_file: Option<&Path>, wait: Duration) -> Result<Client> {
        let url = reqwest::Url::parse(server)
            .map_err(|e| AgentError::Server(format!("server URL '{server}': {e}")))?;
        match url.scheme() {
            "https" => {}
            "http" if is_loopback(&url) => {}
            "http" => {
                return Err(AgentError::Server(format!(
                    "server URL '{server}': plain http is only allowed to a loopback address; use https"
                )))
            }
            other => {
                return Err(AgentError::Server(format!(
                    "server URL '{server}': unsupported scheme '{other}'"
                )))
            }
        }
        let mut b = reqwest::Client::builder()
            .use_rustls_tls()
            .connect_timeout(Duration::from_secs(10))
            .pool_idle_timeout(agent_protocol::CLIENT_POOL_IDLE)
            // The long poll, plus time for the answer.
            .timeout(wait + Duration::from_secs(30))
            .user_agent(concat!("directory-agent/", env!("CARGO_PKG_VERSION")));
        if let Some(path) = ca_file {
            let pem = std::fs::read(path).map_err(|e| AgentError::io(path, "read", e))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                AgentError::Server(format!("{}: not PEM certificates: {e}", path.display()))
            })?;
            if certs.is_empty() {
                return Err(AgentError::Server(format!(
                    "{}: holds no certificate",
                    path.display()
                )));
            }
            for c in certs {
                b = b.add_root_certificate(c);
            }
        }
        let http = b
            .build()
            .map_err(|e| AgentError::Server(format!("TLS setup: {e}")))?;
        Ok(Client {
            http,
            base: server.trim_end_matches('/').to_string(),
        })
    }

    /// Enrols with a single-use token; the answer holds the credential.
    pub async fn enroll(&self, token: &str, name: &str) -> Result<EnrollResponse> {
        let body = EnrollRequest {
            name: name.into(),
            platform: "linux".into(),
        };
        let r = self
            .http
            .post(format!("{}{ENROLL_PATH}", self.base))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .map_err(|e| AgentError::Server(format!("enrol: {}", causes(&e))))?;
        let r = ok(r, "enrol").await?;
        r.json()
            .await
            .map_err(|e| AgentError::Server(format!("enrol: bad answer: {e}")))
    }

    /// One long-poll check-in.
    pub async fn checkin(
        &self,
        credential: &str,
        cursor: i64,
        wait: Duration,
    ) -> Result<CheckinResponse> {
        let q = CheckinQuery {
            cursor,
            wait_secs: wait.as_secs(),
        };
        let r = self
            .http
            .get(format!("{}{CHECKIN_PATH}?{}", self.base, q.to_query()))
            .bearer_auth(credential)
            .send()
            .await
            .map_err(|e| AgentError::Server(format!("check-in: {}", causes(&e))))?;
        let r = ok(r, "check-in").await?;
        r.json()
            .await
            .map_err(|e| AgentError::Server(format!("check-in: bad answer: {e}")))
    }

    /// Reports one delivery; `Err((refusal, message))` when refused.
    pub async fn report(
        &self,
        credential: &str,
        report: &ReportOwned,
    ) -> std::result::Result<(), (Refusal, AgentError)> {
        self.post(credential, REPORT_PATH, report, "report").await
    }

    /// Reports account states and groups the device refused.
    pub async fn status(
        &self,
        credential: &str,
        accounts: &[AccountStatus],
        groups: &[GroupStatus],
    ) -> std::result::Result<(), (Refusal, AgentError)> {
        let body = AccountStatusReport {
            accounts: accounts.to_vec(),
            groups: groups.to_vec(),
        };
        self.post(credential, STATUS_PATH, &body, "status").await
    }

    /// Several delivery reports in one request; `NotFound` when the server
    /// has no batch endpoint (an older one) or refuses the batch as a whole.
    pub async fn reports(
        &self,
        credential: &str,
        reports: &[ReportOwned],
    ) -> std::result::Result<ReportBatchResult, (Refusal, AgentError)> {
        let body = ReportBatch {
            reports: reports.to_vec(),
        };
        let r = self
            .post_response(credential, REPORTS_PATH, &body, "reports")
            .await?;
        r.json::<ReportBatchResult>().await.map_err(|e| {
            (
                Refusal::Other,
                AgentError::Server(format!("reports: the answer does not decode: {e}")),
            )
        })
    }

    async fn post<T: serde::Serialize>(
        &self,
        credential: &str,
        path: &str,
        body: &T,
        what: &str,
    ) -> std::result::Result<(), (Refusal, AgentError)> {
        self.post_response(credential, path, body, what)
            .await
            .map(|_| ())
    }

    async fn post_response<T: serde::Serialize>(
        &self,
        credential: &str,
        path: &str,
        body: &T,
        what: &str,
    ) -> std::result::Result<reqwest::Response, (Refusal, AgentError)> {
        let r = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(credential)
            .json(body)
            .send()
            .await
            .map_err(|e| {
                (
                    Refusal::Other,
                    AgentError::Server(format!("{what}: {}", causes(&e))),
                )
            })?;
        let refusal = match r.status().as_u16() {
            401 | 403 => Refusal::Unauthorized,
            400 | 404 | 409 | 422 => Refusal::NotFound,
            _ => Refusal::Other,
        };
        ok(r, what).await.map_err(|e| (refusal, e))
    }
}

/// An error and its causes, so "error sending request" says why (an
/// unknown certificate issuer, a refused connection).
fn causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn is_loopback(url: &reqwest::Url) -> bool {
    let host = url.host_str().unwrap_or("").trim_matches(['[', ']']);
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|a| a.is_loopback())
}

/// The response if it succeeded, else an error with the server's message.
async fn ok(r: reqwest::Response, what: &str) -> Result<reqwest::Response> {
    let status = r.status();
    if status.is_success() {
        return Ok(r);
    }
    let text = Zeroizing::new(r.text().await.unwrap_or_default());
    let detail = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v["detail"].as_str().map(str::to_string))
        .unwrap_or_else(|| text.chars().take(200).collect());
    Err(AgentError::Server(format!(
        "{what}: the server answered {status}: {detail}"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_loopback() {
        let w = Duration::from_secs(1);
        assert!(Client::new("http://127.0.0.1:8080", None, w).is_ok());
        assert!(Client::new("http://[::1]:8080", None, w).is_ok());
        assert!(Client::new("http://localhost:8080", None, w).is_ok());
        assert!(Client::new("https://dir.example.com", None, w).is_ok());
        let e = Client::new("http://dir.example.com", None, w).expect_err("plain http");
        assert!(e.to_string().contains("use https"), "{e}");
        let e = Client::new("ftp://dir.example.com", None, w).expect_err("scheme");
        assert!(e.to_string().contains("unsupported scheme"), "{e}");
        let d = tempfile::tempdir().expect("tmp");
        let p = d.path().join("ca.pem");
        std::fs::write(&p, "not a certificate").expect("write");
        let e = Client::new("https://dir.example.com", Some(&p), w).expect_err("no cert");
        assert!(e.to_string().contains("ca.pem"), "{e}");
    }
}
