//! ETags (RFC 7644 §3.14): weak ETags from a resource version, and the
//! If-Match / If-None-Match preconditions.

/// The weak ETag for a resource version: `W/"<version>"`.
pub fn weak_etag(version: u64) -> String {
    format!("W/\"{version}\"")
}

/// Extracts the version from an ETag (weak or strong), if it is one of ours.
pub fn parse_etag(tag: &str) -> Option<u64> {
    let t = tag.trim();
    let t = t.strip_prefix("W/").unwrap_or(t);
    t.strip_prefix('"')?.strip_suffix('"')?.parse().ok()
}

/// Whether an `If-Match` header value allows a write to a resource at `version`.
/// `*` matches any existing resource; a list matches when any entry does.
/// Comparison is weak (RFC 7232 §2.3.2), since our ETags are weak.
pub fn if_match(header: &str, version: u64) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || parse_etag(t) == Some(version))
}

/// Whether an `If-None-Match` header value means "not modified" for `version`.
pub fn if_none_match_hits(header: &str, version: u64) -> bool {
    if_match(header, version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_matching() {
        assert_eq!(weak_etag(7), "W/\"7\"");
        assert_eq!(parse_etag("W/\"7\""), Some(7));
        assert_eq!(parse_etag("\"7\""), Some(7));
        assert_eq!(parse_etag("7"), None);
        assert!(if_match("*", 3));
        assert!(if_match("W/\"2\", W/\"3\"", 3));
        assert!(!if_match("W/\"2\"", 3));
        assert!(if_none_match_hits("W/\"3\"", 3));
    }
}
