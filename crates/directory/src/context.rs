//! The request a piece of work is done for, as the caller names it.
//!
//! The server runs each HTTP request inside [`with_request_id`]; every
//! audit entry written while it runs carries that id, so one Okta call can
//! be followed from the server's request log into the audit log and the
//! diagnostics. A task-local rather than a parameter of every use case:
//! it is context, not input, and work done outside a request (the access
//! worker) simply has none.

use std::future::Future;
use std::sync::Arc;

tokio::task_local! {
    static REQUEST_ID: Arc<str>;
}

/// The longest request id kept (longer ones are the caller's to refuse).
pub const MAX_REQUEST_ID: usize = 128;

/// Whether `id` is acceptable as a request id: 1 to [`MAX_REQUEST_ID`]
/// characters among `A-Z a-z 0-9 - _ . : /`. Anything else (spaces, quotes,
/// control characters) could forge or garble a log line, so the server
/// makes a fresh id instead.
pub fn valid_request_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_REQUEST_ID
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':' | b'/'))
}

/// `work`, run as part of the request `id` (see the module documentation).
pub fn with_request_id<F: Future>(
    id: Arc<str>,
    work: F,
) -> tokio::task::futures::TaskLocalFuture<Arc<str>, F> {
    REQUEST_ID.scope(id, work)
}

/// The id of the request being served, if any.
pub fn request_id() -> Option<Arc<str>> {
    REQUEST_ID.try_with(Arc::clone).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_id_is_seen_inside_the_scope_only() {
        assert_eq!(request_id(), None);
        let seen = with_request_id(Arc::from("req-1"), async {
            tokio::task::yield_now().await;
            request_id()
        })
        .await;
        assert_eq!(seen.as_deref(), Some("req-1"));
        assert_eq!(request_id(), None);
    }

    #[test]
    fn request_ids_are_restricted_to_safe_characters() {
        for ok in [
            "a",
            "0f8e-12",
            "okta:abc/1.2_x",
            &"x".repeat(MAX_REQUEST_ID),
        ] {
            assert!(valid_request_id(ok), "{ok}");
        }
        for bad in [
            "",
            "a b",
            "a\"b",
            "a\nb",
            "é",
            &"x".repeat(MAX_REQUEST_ID + 1),
        ] {
            assert!(!valid_request_id(bad), "{bad:?}");
        }
    }
}
