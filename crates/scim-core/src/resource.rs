//! Typed views of the User and Group resources (RFC 7643 §4) for embedders.
//! Unknown and extension attributes are kept in `extra`, so decoding and
//! re-encoding a resource never drops data.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ScimError;

/// `meta` (RFC 7643 §3.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// `User` or `Group`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// Creation time (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// Last modification time (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// The resource's URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The ETag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// `name` (RFC 7643 §4.1.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Name {
    /// Full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formatted: Option<String>,
    /// Family name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    /// Given name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    /// Middle name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    /// Prefix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub honorific_prefix: Option<String>,
    /// Suffix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub honorific_suffix: Option<String>,
}

/// One value of a multi-valued attribute (`emails`, `phoneNumbers`, ...).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MultiValue {
    /// The value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Display text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// Label such as `work`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Whether it is the primary value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    /// `$ref` for references.
    #[serde(rename = "$ref", skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// An `addresses` value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    /// Full address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub formatted: Option<String>,
    /// Street.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street_address: Option<String>,
    /// City.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    /// State or region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Postal code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Label such as `work`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Whether it is the primary address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
}

/// A SCIM User with the core attributes typed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    /// Schema URNs.
    #[serde(default)]
    pub schemas: Vec<String>,
    /// Server-issued id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Client-issued id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// The login.
    pub user_name: String,
    /// Name parts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Name>,
    /// Display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Active flag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Write-only password; never serialized.
    #[serde(skip_serializing)]
    pub password: Option<String>,
    /// Emails.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<MultiValue>,
    /// Phone numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phone_numbers: Vec<MultiValue>,
    /// Addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
    /// Groups (read-only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<MultiValue>,
    /// Metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Everything else: other core attributes (photos, ims, roles, ...),
    /// the Enterprise extension and unknown extensions.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A SCIM Group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Group {
    /// Schema URNs.
    #[serde(default)]
    pub schemas: Vec<String>,
    /// Server-issued id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Client-issued id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Name.
    pub display_name: String,
    /// Members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<MultiValue>,
    /// Metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    /// Unknown attributes, kept.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

macro_rules! json_codec {
    ($t:ty, $what:literal) => {
        impl $t {
            /// Decodes from JSON, with a SCIM error on failure.
            pub fn from_json(v: &Value) -> Result<Self, ScimError> {
                serde_json::from_value(v.clone()).map_err(|e| {
                    ScimError::InvalidSyntax(format!(concat!("invalid ", $what, ": {}"), e))
                })
            }
            /// Encodes to JSON.
            pub fn to_json(&self) -> Value {
                serde_json::to_value(self).unwrap_or(Value::Null)
            }
        }
    };
}
json_codec!(User, "User");
json_codec!(Group, "Group");

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unknown_attributes_survive_and_password_is_never_encoded() {
        let v = json!({"schemas": [crate::schema::USER_SCHEMA], "userName": "a",
            "password": "secret", "photos": [{"value": "https://x/p.png"}],
            "urn:example:ext": {"k": 1}});
        let u = User::from_json(&v).expect("decode");
        assert_eq!(u.password.as_deref(), Some("secret"));
        let back = u.to_json();
        assert!(back.get("password").is_none());
        assert_eq!(back["photos"], v["photos"]);
        assert_eq!(back["urn:example:ext"], v["urn:example:ext"]);
    }
}
