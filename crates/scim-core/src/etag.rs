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

/// A parsed `If-Match` (or `If-None-Match`) precondition: parsed once where
/// the header arrives, then compared with versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IfMatch {
    /// `*`: any existing resource.
    Any,
    /// These versions (from weak or strong tags). Tags that are not ours
    /// match nothing, so a list of only such tags matches no version.
    Versions(Vec<u64>),
}

impl IfMatch {
    /// Parses a header value: `*` anywhere in the list means any.
    pub fn parse(header: &str) -> IfMatch {
        let tags: Vec<&str> = header.split(',').map(str::trim).collect();
        if tags.contains(&"*") {
            return IfMatch::Any;
        }
        IfMatch::Versions(tags.into_iter().filter_map(parse_etag).collect())
    }

    /// The precondition for exactly `version` (what a read-modify-write
    /// that read `version` writes under).
    pub fn exactly(version: u64) -> IfMatch {
        IfMatch::Versions(vec![version])
    }

    /// Whether a resource at `version` meets the precondition. Comparison
    /// is weak (RFC 7232 §2.3.2), since our ETags are weak.
    pub fn matches(&self, version: u64) -> bool {
        match self {
            IfMatch::Any => true,
            IfMatch::Versions(v) => v.contains(&version),
        }
    }
}

/// Whether an `If-Match` header value allows a write to a resource at `version`.
/// `*` matches any existing resource; a list matches when any entry does.
pub fn if_match(header: &str, version: u64) -> bool {
    IfMatch::parse(header).matches(version)
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

    #[test]
    fn parsed_preconditions() {
        assert_eq!(IfMatch::parse(" * "), IfMatch::Any);
        assert_eq!(IfMatch::parse("W/\"1\", *"), IfMatch::Any);
        assert_eq!(
            IfMatch::parse("W/\"1\", \"2\", junk"),
            IfMatch::Versions(vec![1, 2])
        );
        assert!(
            !IfMatch::parse("junk").matches(0),
            "foreign tags match nothing"
        );
        assert!(IfMatch::exactly(4).matches(4));
        assert!(!IfMatch::exactly(4).matches(5));
    }
}
