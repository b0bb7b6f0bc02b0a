//! Request bodies: the one JSON body extractor every handler uses.
//!
//! [`JsonBody<T>`] accepts `application/scim+json` or `application/json`
//! (any charset; an absent type is tolerated: Okta and curl both send
//! bodies so), bounded by the server's body limit, and decodes `T` from the
//! bytes. The bytes are zeroized once decoded: bodies carry plaintext
//! passwords. [`Secret<Value>`] is for bodies decoded as a `Value` that
//! may hold one (SCIM users): its strings are zeroized when it is dropped.

use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderMap, StatusCode};
use http_body_util::BodyExt;
use scim_core::ScimType;
use serde::de::DeserializeOwned;
use serde_json::Value;
use zeroize::{Zeroize, Zeroizing};

use crate::error::ApiError;
use crate::AppState;

/// A JSON request body decoded as `T`; refusals are SCIM Error answers
/// (415 for another media type, 413 beyond the limit, 400 for what does
/// not decode, naming the problem).
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, ApiError> {
        let (parts, body) = req.into_parts();
        let bytes = read_bounded(state.config.body_limit, &parts.headers, body).await?;
        let text = std::str::from_utf8(&bytes)
            .map_err(|e| ApiError::syntax(format!("the body is not valid UTF-8: {e}")))?;
        let value: Value = serde_json::from_str(text)
            .map_err(|e| ApiError::syntax(format!("the body is not valid JSON: {e}")))?;
        // Through a Value, so that a body that is JSON but the wrong shape
        // is told apart from one that is not JSON at all. `from_value`
        // moves the strings into `T` (into a `Zeroizing` or a [`Secret`]
        // where `T` holds secrets), it does not copy them.
        serde_json::from_value(value)
            .map(JsonBody)
            .map_err(|e| ApiError::syntax(format!("invalid request: {e}")))
    }
}

/// A decoded body whose strings are zeroized when it is dropped.
#[derive(Debug)]
pub struct Secret<T: Scrub>(pub T);

impl<T: Scrub> Drop for Secret<T> {
    fn drop(&mut self) {
        self.0.scrub();
    }
}

impl<'de, T: Scrub + serde::Deserialize<'de>> serde::Deserialize<'de> for Secret<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(d).map(Secret)
    }
}

/// Zeroizes the strings a value holds.
pub trait Scrub {
    /// Overwrites every string with zeros.
    fn scrub(&mut self);
}

impl Scrub for Value {
    fn scrub(&mut self) {
        match self {
            Value::String(s) => s.zeroize(),
            Value::Array(a) => a.iter_mut().for_each(Scrub::scrub),
            Value::Object(o) => o.values_mut().for_each(Scrub::scrub),
            _ => {}
        }
    }
}

/// Reads a body of at most `limit` bytes after checking its media type.
async fn read_bounded(
    limit: usize,
    headers: &HeaderMap,
    body: axum::body::Body,
) -> Result<Zeroizing<Vec<u8>>, ApiError> {
    if let Some(ct) = headers.get(header::CONTENT_TYPE) {
        let ct = ct.to_str().unwrap_or("").to_ascii_lowercase();
        let mime = ct.split(';').next().unwrap_or("").trim();
        if !(mime == "application/scim+json" || mime == "application/json" || mime.is_empty()) {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                Some(ScimType::InvalidSyntax),
                format!("unsupported Content-Type '{mime}': use application/scim+json or application/json"),
            ));
        }
    }
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            None,
            format!("the request body is larger than {limit} bytes"),
        )
    };
    // An oversized body is still read (and discarded) up to a bound before
    // the 413 is sent: a client that is still writing would otherwise hit a
    // closed connection and never see the answer. Beyond the bound the
    // connection is cut.
    let drain_bound = limit.saturating_mul(8).min(32 * 1024 * 1024);
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > drain_bound) {
        return Err(too_large());
    }
    let mut body = body;
    let mut buf = Zeroizing::new(Vec::new());
    let mut seen = 0usize;
    while let Some(frame) = body.frame().await {
        let frame =
            frame.map_err(|e| ApiError::syntax(format!("cannot read the request body: {e}")))?;
        if let Ok(data) = frame.into_data() {
            seen += data.len();
            if seen > drain_bound {
                return Err(too_large());
            }
            if seen <= limit {
                buf.extend_from_slice(&data);
            }
        }
    }
    if seen > limit {
        return Err(too_large());
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubbing_zeroizes_every_string() {
        let mut v = serde_json::json!({"password": "Secr3t", "ops": [{"value": {"password": "x"}}], "n": 1});
        v.scrub();
        let text = v.to_string();
        assert!(!text.contains("Secr3t"), "{text}");
        assert_eq!(v["n"], 1);
    }
}
