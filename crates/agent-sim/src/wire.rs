//! A simulated device's own HTTP/1.1 connection to the agent API.
//!
//! A real agent runs on a machine of its own and keeps one connection to
//! its server. The simulator runs thousands of devices in one process:
//! through reqwest's shared pools a device's request went from its task to
//! the connection's task over a channel, and a pool opened connections that
//! a connection freed meanwhile made unneeded. With 16,667 devices to a
//! process on two busy cores, requests reached their sockets more than 10 s
//! after their connections were served, and the server's header-read
//! timeout closed them (BENCHMARKS.md, twenty-first session). Here each
//! device owns one connection, driven by the task that sends on it: a
//! request is written in the poll that made its connection.
//!
//! Plain HTTP only (the simulator talks to servers on its own host);
//! hyper's `client::conn` rather than a hand-written HTTP/1.1 client.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpSocket, TcpStream};

use crate::client::with_causes;
use crate::SimError;

/// How long one request may take, its connection included: the longest
/// check-in wait the simulator asks for, and time to answer.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

type Conn = http1::Connection<TokioIo<TcpStream>, Full<Bytes>>;

/// A connection: the half that sends, and the half that must be polled
/// for anything to move.
#[derive(Debug)]
struct Open {
    send: http1::SendRequest<Full<Bytes>>,
    conn: Conn,
}

/// One device's connection to `server`, opened at its first request and
/// again after the server closed it. A clone has a connection of its own.
#[derive(Debug)]
pub(crate) struct DeviceWire {
    server: Arc<Server>,
    /// Boxed: [`DeviceWire`] is kept small where it sits beside other
    /// transports.
    open: tokio::sync::Mutex<Option<Box<Open>>>,
}

/// Where the devices connect, and from which local address.
#[derive(Debug)]
pub(crate) struct Server {
    /// The URL as given, without a trailing slash (for messages).
    base: String,
    /// The URL's path, without a trailing slash: in front of every
    /// request's path (a server behind a path prefix).
    prefix: String,
    /// `host:port`, for the `Host` header.
    authority: String,
    local: Option<IpAddr>,
}

impl Server {
    /// `base` must be a plain `http://` URL (a path after the authority is
    /// kept in front of every request's path).
    pub(crate) fn new(base: &str, local: Option<IpAddr>) -> Result<Server, SimError> {
        let uri: http::Uri = base
            .parse()
            .map_err(|e| SimError::Http(format!("server URL '{base}': {e}")))?;
        if uri.scheme_str() != Some("http") {
            return Err(SimError::Http(format!(
                "server URL '{base}': a device's own connection is plain http"
            )));
        }
        let authority = uri
            .authority()
            .ok_or_else(|| SimError::Http(format!("server URL '{base}': no host")))?
            .to_string();
        Ok(Server {
            base: base.trim_end_matches('/').to_string(),
            prefix: uri.path().trim_end_matches('/').to_string(),
            authority,
            local,
        })
    }

    async fn connect(&self) -> Result<Open, SimError> {
        let fail = |e: &dyn std::fmt::Display| {
            SimError::Http(format!("connecting to {}: {e}", self.authority))
        };
        let addrs: Vec<SocketAddr> = tokio::net::lookup_host(&self.authority)
            .await
            .map_err(|e| fail(&e))?
            .collect();
        let mut last = None;
        for addr in addrs {
            let socket = if addr.is_ipv4() {
                TcpSocket::new_v4()
            } else {
                TcpSocket::new_v6()
            }
            .map_err(|e| fail(&e))?;
            if let Some(ip) = self.local.filter(|ip| ip.is_ipv4() == addr.is_ipv4()) {
                socket.bind(SocketAddr::new(ip, 0)).map_err(|e| fail(&e))?;
            }
            match socket.connect(addr).await {
                Ok(stream) => {
                    let _ = stream.set_nodelay(true);
                    let (send, conn) = http1::handshake(TokioIo::new(stream))
                        .await
                        .map_err(|e| fail(&e))?;
                    return Ok(Open { send, conn });
                }
                Err(e) => last = Some(e),
            }
        }
        Err(match last {
            Some(e) => fail(&e),
            None => fail(&"no address"),
        })
    }
}

impl Clone for DeviceWire {
    fn clone(&self) -> Self {
        DeviceWire::new(self.server.clone())
    }
}

/// Why a request got no answer.
enum Failed {
    /// The connection closed first; `written`: the request may have
    /// reached the server.
    Retry {
        error: String,
        written: bool,
    },
    Fatal(String),
}

impl Open {
    /// Whether the server has closed this idle connection (or it failed).
    fn closed(&mut self) -> bool {
        use std::task::{Context, Poll, Waker};
        if self.send.is_closed() {
            return true;
        }
        // Lets the connection read what arrived while it was idle: the
        // end of the stream completes it.
        let mut cx = Context::from_waker(Waker::noop());
        matches!(
            std::pin::Pin::new(&mut self.conn).poll(&mut cx),
            Poll::Ready(_)
        )
    }
}

impl DeviceWire {
    pub(crate) fn new(server: Arc<Server>) -> DeviceWire {
        DeviceWire {
            server,
            open: tokio::sync::Mutex::new(None),
        }
    }

    /// Sends `method path` with the device's `credential` (and a JSON
    /// `body`); the status and the body of the answer. A request the
    /// server closed the connection on before answering is sent once more,
    /// on a new connection, if the connection had served before (the
    /// server closes idle ones). A device that sends two requests at once
    /// sends the second on a connection of its own.
    pub(crate) async fn send(
        &self,
        method: http::Method,
        path_and_query: &str,
        credential: &str,
        body: Option<Vec<u8>>,
    ) -> Result<(http::StatusCode, Bytes), SimError> {
        let request = || {
            let mut b = http::Request::builder()
                .method(method.clone())
                .uri(format!("{}{path_and_query}", self.server.prefix))
                .header(http::header::HOST, &self.server.authority)
                .header(
                    http::header::USER_AGENT,
                    concat!("agent-sim/", env!("CARGO_PKG_VERSION")),
                )
                .header(http::header::AUTHORIZATION, format!("Bearer {credential}"));
            if body.is_some() {
                b = b.header(http::header::CONTENT_TYPE, "application/json");
            }
            b.body(Full::new(Bytes::from(body.clone().unwrap_or_default())))
                .map_err(|e| SimError::Http(format!("{method} {path_and_query}: {e}")))
        };
        let sent = async {
            let mut own = None;
            let mut slot = match self.open.try_lock() {
                Ok(g) => g,
                // Busy with another request of this device.
                Err(_) => own.insert(tokio::sync::Mutex::new(None)).lock().await,
            };
            for attempt in 0..2 {
                // A connection the server closed while it was idle (its
                // header-read timeout) has read its end by now.
                if slot.as_mut().is_some_and(|o| o.closed()) {
                    *slot = None;
                }
                let reused = slot.is_some();
                let open = match slot.as_mut() {
                    Some(o) => o,
                    None => slot.insert(Box::new(self.server.connect().await?)),
                };
                match exchange(open, request()?).await {
                    Ok((answer, open_still)) => {
                        if !open_still {
                            *slot = None;
                        }
                        return Ok(answer);
                    }
                    // Sent again only if it cannot have been acted on
                    // twice: not written, or a GET.
                    Err(Failed::Retry { written, .. })
                        if reused && attempt == 0 && (!written || method == http::Method::GET) =>
                    {
                        *slot = None;
                    }
                    Err(Failed::Retry { error, .. } | Failed::Fatal(error)) => {
                        *slot = None;
                        return Err(SimError::Http(format!(
                            "{method} {}{path_and_query}: {error}",
                            self.server.base
                        )));
                    }
                }
            }
            Err(SimError::Http(format!(
                "{method} {}{path_and_query}: the server closed two connections before answering",
                self.server.base
            )))
        };
        tokio::time::timeout(REQUEST_TIMEOUT, sent)
            .await
            .map_err(|_| {
                SimError::Http(format!(
                    "{method} {}{path_and_query}: no answer in {} s",
                    self.server.base,
                    REQUEST_TIMEOUT.as_secs()
                ))
            })?
    }
}

/// One request and its whole answer on `open`, polling the connection
/// meanwhile (it writes the request and reads the answer); and whether
/// the connection is still open after it.
async fn exchange(
    open: &mut Open,
    request: http::Request<Full<Bytes>>,
) -> Result<((http::StatusCode, Bytes), bool), Failed> {
    let Open { send, conn } = open;
    let answer = async {
        send.ready().await?;
        let response = send.send_request(request).await?;
        let status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        Ok::<_, hyper::Error>((status, body))
    };
    tokio::pin!(answer);
    let failed = |e: hyper::Error| {
        if e.is_canceled() {
            // Never written: the connection was gone.
            Failed::Retry {
                error: with_causes(&e),
                written: false,
            }
        } else if e.is_closed() || e.is_incomplete_message() {
            Failed::Retry {
                error: with_causes(&e),
                written: true,
            }
        } else {
            Failed::Fatal(with_causes(&e))
        }
    };
    tokio::select! {
        biased;
        r = &mut answer => r.map(|a| (a, true)).map_err(failed),
        ended = &mut *conn => {
            // The connection ended (a server closes after an answer that
            // says `Connection: close`, or an idle connection): the answer
            // has come, or never will (one more poll, not an await: the
            // request would wait for the ended connection forever).
            let polled = std::future::poll_fn(|cx| {
                std::task::Poll::Ready(answer.as_mut().poll(cx))
            })
            .await;
            match (polled, ended) {
                (std::task::Poll::Ready(Ok(a)), _) => Ok((a, false)),
                (std::task::Poll::Ready(Err(e)), _) | (std::task::Poll::Pending, Err(e)) => {
                    Err(failed(e))
                }
                (std::task::Poll::Pending, Ok(())) => Err(Failed::Retry {
                    error: "the server closed the connection before answering".into(),
                    written: true,
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A server on `127.0.0.1:0` that answers every request with its path
    /// and closes each connection after `per_connection` answers, or
    /// `lifetime` after it was accepted; counts the connections it accepted.
    async fn server(per_connection: usize, lifetime: Duration) -> (String, Arc<AtomicUsize>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let accepted = Arc::new(AtomicUsize::new(0));
        let count = accepted.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                count.fetch_add(1, Ordering::SeqCst);
                let served = Arc::new(AtomicUsize::new(0));
                let svc =
                    hyper::service::service_fn(move |req: http::Request<hyper::body::Incoming>| {
                        let n = served.fetch_add(1, Ordering::SeqCst) + 1;
                        async move {
                            let mut r = http::Response::new(Full::new(Bytes::from(
                                req.uri().path().to_string(),
                            )));
                            if n >= per_connection {
                                r.headers_mut().insert(
                                    http::header::CONNECTION,
                                    http::HeaderValue::from_static("close"),
                                );
                            }
                            Ok::<_, std::convert::Infallible>(r)
                        }
                    });
                tokio::spawn(tokio::time::timeout(
                    lifetime,
                    hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), svc),
                ));
            }
        });
        (format!("http://{addr}"), accepted)
    }

    #[tokio::test]
    async fn a_device_keeps_its_connection_and_opens_another_when_the_server_closed_it() {
        let (base, accepted) = server(2, Duration::from_secs(60)).await;
        let wire = DeviceWire::new(Arc::new(Server::new(&base, None).expect("server")));
        for path in ["/a", "/b", "/c"] {
            let (status, body) = wire
                .send(http::Method::GET, path, "secret", None)
                .await
                .expect("answered");
            assert_eq!((status, &body[..]), (http::StatusCode::OK, path.as_bytes()));
        }
        // Two answers on the first connection, then it was closed.
        assert_eq!(accepted.load(Ordering::SeqCst), 2);
        // A clone is another device: a connection of its own.
        let other = wire.clone();
        other
            .send(http::Method::POST, "/d", "secret", Some(b"{}".to_vec()))
            .await
            .expect("answered");
        assert_eq!(accepted.load(Ordering::SeqCst), 3);
    }

    /// As a server does with an idle connection after its header-read
    /// timeout: a GET on it is sent again on a new one, once.
    #[tokio::test]
    async fn a_connection_the_server_closed_while_idle_is_replaced() {
        let (base, accepted) = server(100, Duration::from_millis(100)).await;
        let wire = DeviceWire::new(Arc::new(Server::new(&base, None).expect("server")));
        for path in ["/a", "/b"] {
            wire.send(http::Method::GET, path, "secret", None)
                .await
                .expect("answered");
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        wire.send(http::Method::POST, "/c", "secret", Some(b"{}".to_vec()))
            .await
            .expect("a POST on a connection known closed is sent on a new one");
        assert_eq!(accepted.load(Ordering::SeqCst), 3);
    }

    #[test]
    fn only_plain_http_is_a_devices_own_connection() {
        assert!(Server::new("https://127.0.0.1:1", None).is_err());
        assert!(Server::new("not a url", None).is_err());
        let s = Server::new("http://127.0.0.1:1/", None).expect("plain");
        assert_eq!(
            (s.prefix.as_str(), s.authority.as_str()),
            ("", "127.0.0.1:1")
        );
        let s = Server::new("http://127.0.0.1:1/directory/", None).expect("prefixed");
        assert_eq!(s.prefix, "/directory");
    }

    #[tokio::test]
    async fn a_path_in_the_servers_url_is_in_front_of_every_request() {
        let (base, _) = server(100, Duration::from_secs(60)).await;
        let wire = DeviceWire::new(Arc::new(
            Server::new(&format!("{base}/directory"), None).expect("server"),
        ));
        let (_, body) = wire
            .send(http::Method::GET, "/agent/v1/checkin", "secret", None)
            .await
            .expect("answered");
        assert_eq!(&body[..], b"/directory/agent/v1/checkin");
    }

    #[tokio::test]
    async fn a_server_that_is_not_there_is_an_error_naming_it() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        drop(listener);
        let wire = DeviceWire::new(Arc::new(Server::new(&base, None).expect("server")));
        let e = wire
            .send(http::Method::GET, "/", "secret", None)
            .await
            .expect_err("refused");
        assert!(e.to_string().contains("connecting to 127.0.0.1"), "{e}");
    }
}
