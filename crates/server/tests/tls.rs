//! HTTPS with rustls: the real binary with --tls-cert/--tls-key answers a
//! TLS client that trusts the test certificate, and plain HTTP gets nothing.
mod common;

use std::sync::Arc;

use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio_rustls::rustls::{self, pki_types::ServerName, RootCertStore};

#[tokio::test]
async fn serves_https_with_the_given_certificate() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/tls");
    let data = tempfile::tempdir().expect("tmp");
    let s = common::start_with(
        data.path(),
        &[
            "--tls-cert",
            &format!("{dir}/cert.pem"),
            "--tls-key",
            &format!("{dir}/key.pem"),
        ],
        &[],
    );
    assert!(s.url.starts_with("https://"), "{}", s.url);
    let addr = s.url.trim_start_matches("https://").to_string();
    let mut roots = RootCertStore::empty();
    let pem = std::fs::read(format!("{dir}/ca.pem")).expect("ca");
    for c in rustls_pemfile::certs(&mut pem.as_slice()) {
        roots.add(c.expect("pem")).expect("add root");
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("connect");
    let name = ServerName::try_from("127.0.0.1").expect("name").to_owned();
    let tls = connector.connect(name, tcp).await.expect("TLS handshake");
    let (mut send, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tls))
        .await
        .expect("http");
    tokio::spawn(conn);
    let key = s.key.clone().expect("key");
    let req = hyper::Request::get("/scim/v2/Users?count=1")
        .header("host", "127.0.0.1")
        .header("authorization", format!("Bearer {key}"))
        .body(Empty::<Bytes>::new())
        .expect("request");
    let resp = send.send_request(req).await.expect("response");
    assert_eq!(resp.status(), 200);
    let body = resp.into_body().collect().await.expect("body").to_bytes();
    let v: serde_json::Value = serde_json::from_slice(&body).expect("json");
    assert_eq!(v["totalResults"], 0);
    // Plain HTTP on the TLS port does not get an answer.
    let r = common::client()
        .get(format!("http://{addr}/healthz"))
        .send()
        .await;
    assert!(r.is_err() || !r.expect("resp").status().is_success());
}
