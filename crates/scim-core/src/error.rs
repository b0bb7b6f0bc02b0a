//! The one error type of `scim-core`, mapped onto SCIM Error responses
//! (RFC 7644 §3.12).

use serde_json::{json, Value};

/// The URN of a SCIM Error message.
pub const ERROR_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:Error";

/// The `scimType` keywords of RFC 7644 §3.12, table 9.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ScimType {
    /// The filter syntax is invalid or the filter is not supported.
    InvalidFilter,
    /// The filter yields more results than the server will return.
    TooMany,
    /// One or more unique attribute values are in use.
    Uniqueness,
    /// The request would modify a read-only or immutable attribute.
    Mutability,
    /// The request body is not parsable or violates the schema.
    InvalidSyntax,
    /// The path attribute is invalid or malformed.
    InvalidPath,
    /// The path filter yielded no match.
    NoTarget,
    /// A required value is missing or a value is incompatible.
    InvalidValue,
    /// The protocol version is not supported.
    InvalidVers,
    /// The request cannot be completed because of sensitive information in the URI.
    Sensitive,
}

impl ScimType {
    /// The keyword as written in an Error body.
    pub fn as_str(self) -> &'static str {
        match self {
            ScimType::InvalidFilter => "invalidFilter",
            ScimType::TooMany => "tooMany",
            ScimType::Uniqueness => "uniqueness",
            ScimType::Mutability => "mutability",
            ScimType::InvalidSyntax => "invalidSyntax",
            ScimType::InvalidPath => "invalidPath",
            ScimType::NoTarget => "noTarget",
            ScimType::InvalidValue => "invalidValue",
            ScimType::InvalidVers => "invalidVers",
            ScimType::Sensitive => "sensitive",
        }
    }
}

/// Everything that can go wrong in the SCIM protocol layer.
///
/// Each variant knows its SCIM `status` and `scimType`, so a server turns it
/// into an Error body with [`ScimError::to_body`] without a lookup table.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ScimError {
    /// A filter could not be parsed; `offset` is the byte where parsing failed.
    #[error("invalid filter at byte {offset}: {message}")]
    InvalidFilter {
        /// What was wrong.
        message: String,
        /// Byte offset into the filter text.
        offset: usize,
    },
    /// A filter parsed but cannot be evaluated (e.g. `gt` on a boolean).
    #[error("unsupported filter: {0}")]
    UnsupportedFilter(String),
    /// A PATCH or attribute path is malformed or names no attribute.
    #[error("invalid path: {0}")]
    InvalidPath(String),
    /// A PATCH path filter matched nothing where a match is required.
    #[error("no target: {0}")]
    NoTarget(String),
    /// An attempt to change a readOnly or immutable attribute.
    #[error("mutability: {0}")]
    Mutability(String),
    /// The body is not valid JSON or not a valid SCIM message.
    #[error("invalid syntax: {0}")]
    InvalidSyntax(String),
    /// A value is missing, of the wrong type, or refused by a rule.
    #[error("invalid value: {0}")]
    InvalidValue(String),
    /// A unique attribute is already taken.
    #[error("uniqueness: {0}")]
    Uniqueness(String),
    /// The request asks for more results than allowed.
    #[error("too many: {0}")]
    TooMany(String),
    /// A resource does not exist.
    #[error("not found: {0}")]
    NotFound(String),
    /// An If-Match / If-None-Match precondition failed.
    #[error("precondition failed: {0}")]
    PreconditionFailed(String),
    /// The protocol version is not supported.
    #[error("invalid version: {0}")]
    InvalidVers(String),
}

impl ScimError {
    /// The HTTP status the SCIM protocol assigns to this error (RFC 7644 §3.12).
    pub fn status(&self) -> u16 {
        match self {
            ScimError::NotFound(_) => 404,
            ScimError::Uniqueness(_) => 409,
            ScimError::PreconditionFailed(_) => 412,
            ScimError::UnsupportedFilter(_) => 400,
            ScimError::InvalidFilter { .. }
            | ScimError::InvalidPath(_)
            | ScimError::NoTarget(_)
            | ScimError::Mutability(_)
            | ScimError::InvalidSyntax(_)
            | ScimError::InvalidValue(_)
            | ScimError::TooMany(_)
            | ScimError::InvalidVers(_) => 400,
        }
    }

    /// The `scimType` keyword, where RFC 7644 defines one for this error.
    pub fn scim_type(&self) -> Option<ScimType> {
        Some(match self {
            ScimError::InvalidFilter { .. } | ScimError::UnsupportedFilter(_) => {
                ScimType::InvalidFilter
            }
            ScimError::InvalidPath(_) => ScimType::InvalidPath,
            ScimError::NoTarget(_) => ScimType::NoTarget,
            ScimError::Mutability(_) => ScimType::Mutability,
            ScimError::InvalidSyntax(_) => ScimType::InvalidSyntax,
            ScimError::InvalidValue(_) => ScimType::InvalidValue,
            ScimError::Uniqueness(_) => ScimType::Uniqueness,
            ScimError::TooMany(_) => ScimType::TooMany,
            ScimError::InvalidVers(_) => ScimType::InvalidVers,
            ScimError::NotFound(_) | ScimError::PreconditionFailed(_) => return None,
        })
    }

    /// The SCIM Error JSON body for this error.
    pub fn to_body(&self) -> Value {
        error_body(self.status(), self.scim_type(), &self.to_string())
    }
}

/// Builds a SCIM Error body; `status` is written as a string, as RFC 7644 requires.
pub fn error_body(status: u16, scim_type: Option<ScimType>, detail: &str) -> Value {
    let mut body = json!({
        "schemas": [ERROR_SCHEMA],
        "status": status.to_string(),
        "detail": detail,
    });
    if let (Some(t), Some(obj)) = (scim_type, body.as_object_mut()) {
        obj.insert("scimType".into(), Value::String(t.as_str().into()));
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_has_string_status_and_scim_type() {
        let e = ScimError::Uniqueness("userName taken".into());
        let b = e.to_body();
        assert_eq!(b["status"], "409");
        assert_eq!(b["scimType"], "uniqueness");
        assert_eq!(b["schemas"][0], ERROR_SCHEMA);
        assert_eq!(b["detail"], "uniqueness: userName taken");
    }

    #[test]
    fn not_found_has_no_scim_type() {
        let b = ScimError::NotFound("user x".into()).to_body();
        assert_eq!(b["status"], "404");
        assert!(b.get("scimType").is_none());
    }
}
