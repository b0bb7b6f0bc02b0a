//! Bounds on the request line and header block, answered as SCIM errors.
//!
//! hyper refuses a request whose head does not fit its read buffer with a
//! bare 414 or 431 (no body) and closes the connection. Well below that
//! buffer, this layer refuses a target longer than [`MAX_URI_BYTES`] with
//! 414 and a header block larger than [`MAX_HEADER_BYTES`] or with more
//! than [`MAX_HEADERS`] fields with 431, each with a SCIM Error body that
//! says which limit was passed. A tower layer, not `middleware::from_fn`,
//! which costs a boxed future per request (see `metrics::CountLayer`).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use tower::{Layer, Service};

use crate::error::ApiError;

/// The longest request target (path and query) served.
pub const MAX_URI_BYTES: usize = 32 * 1024;
/// The largest header block served (names, values and separators).
pub const MAX_HEADER_BYTES: usize = 64 * 1024;
/// The most header fields served.
pub const MAX_HEADERS: usize = 100;

/// The most header fields hyper parses, above [`MAX_HEADERS`] so that a
/// request with too many reaches this layer and gets a SCIM answer.
pub(crate) const HYPER_MAX_HEADERS: usize = 4 * MAX_HEADERS;

/// Refuses requests over the limits (see the module documentation).
#[derive(Debug, Clone, Copy, Default)]
pub struct RequestLimitsLayer;

impl<S> Layer<S> for RequestLimitsLayer {
    type Service = RequestLimits<S>;

    fn layer(&self, inner: S) -> RequestLimits<S> {
        RequestLimits { inner }
    }
}

/// The service of [`RequestLimitsLayer`].
#[derive(Debug, Clone)]
pub struct RequestLimits<S> {
    inner: S,
}

/// Why a request head is refused, if it is.
fn refusal<B>(req: &Request<B>) -> Option<ApiError> {
    let uri = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri > MAX_URI_BYTES {
        return Some(ApiError::new(
            StatusCode::URI_TOO_LONG,
            None,
            format!("the request target is {uri} bytes; at most {MAX_URI_BYTES} are accepted"),
        ));
    }
    let headers = req.headers();
    if headers.len() > MAX_HEADERS {
        return Some(ApiError::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            None,
            format!(
                "the request has {} header fields; at most {MAX_HEADERS} are accepted",
                headers.len()
            ),
        ));
    }
    let bytes: usize = headers
        .iter()
        .map(|(k, v)| k.as_str().len() + v.len() + 4)
        .sum();
    (bytes > MAX_HEADER_BYTES).then(|| {
        ApiError::new(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            None,
            format!(
                "the request headers are {bytes} bytes; at most {MAX_HEADER_BYTES} are accepted"
            ),
        )
    })
}

impl<S, B> Service<Request<B>> for RequestLimits<S>
where
    S: Service<Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Limited<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<B>) -> Self::Future {
        match refusal(&req) {
            Some(e) => Limited {
                inner: None,
                refused: Some(e.into_response()),
            },
            None => Limited {
                inner: Some(self.inner.call(req)),
                refused: None,
            },
        }
    }
}

pin_project_lite::pin_project! {
    /// The response future of [`RequestLimits`]: the inner service's
    /// answer, or the refusal.
    pub struct Limited<F> {
        #[pin]
        inner: Option<F>,
        refused: Option<Response>,
    }
}

impl<F, E> Future for Limited<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        match (this.inner.as_pin_mut(), this.refused.take()) {
            (Some(inner), _) => inner.poll(cx),
            (None, Some(r)) => Poll::Ready(Ok(r)),
            // Polled again after it answered: an answer is given once.
            (None, None) => Poll::Pending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::ServiceExt;

    async fn status_of(req: Request<()>) -> (StatusCode, String) {
        let svc = RequestLimitsLayer.layer(tower::service_fn(|_req: Request<()>| async {
            Ok::<_, std::convert::Infallible>(Response::default())
        }));
        let r = svc.oneshot(req).await.expect("infallible");
        let status = r.status();
        let body = axum::body::to_bytes(r.into_body(), 1 << 16)
            .await
            .expect("body");
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    #[tokio::test]
    async fn long_targets_and_header_blocks_get_scim_errors() {
        let ok = Request::builder()
            .uri("/scim/v2/Users")
            .body(())
            .expect("req");
        assert_eq!(status_of(ok).await.0, StatusCode::OK);

        let long = format!("/scim/v2/Users?filter={}", "a".repeat(MAX_URI_BYTES));
        let (st, body) = status_of(Request::builder().uri(long).body(()).expect("req")).await;
        assert_eq!(st, StatusCode::URI_TOO_LONG);
        assert!(
            body.contains("urn:ietf:params:scim:api:messages:2.0:Error"),
            "{body}"
        );
        assert!(body.contains("\"status\":\"414\""), "{body}");

        let mut many = Request::builder().uri("/");
        for i in 0..=MAX_HEADERS {
            many = many.header(format!("x-h{i}"), "v");
        }
        let (st, body) = status_of(many.body(()).expect("req")).await;
        assert_eq!(st, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
        assert!(body.contains("header fields"), "{body}");

        let big = Request::builder()
            .uri("/")
            .header("x-big", "b".repeat(MAX_HEADER_BYTES))
            .body(())
            .expect("req");
        let (st, body) = status_of(big).await;
        assert_eq!(st, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
        assert!(body.contains("\"status\":\"431\""), "{body}");
    }
}
