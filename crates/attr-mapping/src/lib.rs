//! # attr-mapping: the vendor's Okta attribute table, both directions
//!
//! Okta provisions SCIM Users; the directory keeps its own user record
//! ([`DirectoryUser`]). [`OKTA_TABLE`] is the seed's "Attribute Mappings"
//! table as data, one [`Mapping`] per row. [`from_scim`] turns a SCIM User
//! (as Okta sends it) into a record plus a [`MappingReport`]; [`to_scim`]
//! turns a record back into a SCIM User.
//!
//! Two laws hold (and are property-tested):
//! - record → SCIM → record is the identity;
//! - SCIM → record → SCIM keeps every attribute: what the table does not map
//!   is kept verbatim in [`DirectoryUser::extension_data`]. Okta updates by
//!   GET-then-PUT, so whatever a GET dropped, the next PUT would wipe.
//!
//! `active` and `password` are not profile attributes: the directory reads
//! them before mapping (they drive the account state and the password
//! lifecycle) and [`from_scim`] ignores them. `id`, `meta`, `groups` and
//! `schemas` are the server's to write and are ignored too.
//!
//! ```
//! use attr_mapping::{from_scim, to_scim};
//! use serde_json::json;
//!
//! let okta = json!({
//!     "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
//!     "userName": "test.user@okta.local",
//!     "name": {"givenName": "Test", "familyName": "User"},
//!     "emails": [{"primary": true, "value": "test.user@okta.local", "type": "work"}],
//!     "nickName": "T",
//!     "password": "1mz050nq", "active": true,
//! });
//! let (record, report) = from_scim(&okta)?;
//! assert_eq!(record.first_name.as_deref(), Some("Test"));
//! assert_eq!(record.email(), Some("test.user@okta.local"));
//! assert_eq!(record.email_type(), Some("work"));
//! assert_eq!(report.kept_unmapped, vec!["nickName".to_string()]);
//! let back = to_scim(&record);
//! assert_eq!(back["nickName"], "T");           // kept, not dropped
//! assert!(back.get("password").is_none());     // never part of the record
//! # Ok::<(), attr_mapping::MappingError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/// Errors turning a SCIM User into a directory record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MappingError {
    /// The SCIM User is not a JSON object.
    #[error("a User must be a JSON object")]
    NotAnObject,
    /// `userName` is missing or empty.
    #[error("'userName' is required")]
    MissingUserName,
    /// An attribute has the wrong JSON type.
    #[error("attribute '{attribute}' must be {expected}")]
    WrongType {
        /// Attribute path.
        attribute: String,
        /// What was expected.
        expected: &'static str,
    },
}

/// A value with a type label, e.g. an email or phone number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Typed {
    /// The value (address, number).
    pub value: String,
    /// The label (`work`, `mobile`, ...).
    pub kind: Option<String>,
    /// Whether this is the primary one (`None`: not said).
    pub primary: Option<bool>,
    /// Display text, if the client sent one.
    pub display: Option<String>,
}

/// A postal address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// Label (`work`, `home`, ...).
    pub kind: Option<String>,
    /// Street.
    pub street_address: Option<String>,
    /// City.
    pub locality: Option<String>,
    /// State or region.
    pub region: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Formatted address.
    pub formatted: Option<String>,
    /// Whether this is the primary address (`None`: not said).
    pub primary: Option<bool>,
}

/// The directory's own user record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryUser {
    /// SCIM `userName`: the Okta login, case preserved. (The unix username
    /// derived from it belongs to `username-rules`.)
    pub user_name: String,
    /// The provisioning client's id for the user.
    pub external_id: Option<String>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Middle name.
    pub middle_name: Option<String>,
    /// Display name.
    pub display_name: Option<String>,
    /// Job title (SCIM `title`).
    pub job_title: Option<String>,
    /// Emails; the primary one is the table's `email`/`emailType`.
    pub emails: Vec<Typed>,
    /// Phone numbers; the primary one is `primaryPhone`/`primaryPhoneType`.
    pub phone_numbers: Vec<Typed>,
    /// Addresses; the primary one carries the table's address rows.
    pub addresses: Vec<Address>,
    /// Enterprise extension: department.
    pub department: Option<String>,
    /// Enterprise extension: cost center.
    pub cost_center: Option<String>,
    /// Enterprise extension: employee number.
    pub employee_number: Option<String>,
    /// Enterprise extension: the manager's id (`manager.value`).
    pub manager: Option<String>,
    /// Every SCIM attribute the table does not map, verbatim (other core
    /// attributes, unmapped sub-attributes, unknown extensions).
    pub extension_data: Map<String, Value>,
}

fn primary<T>(items: &[T], is_primary: impl Fn(&T) -> bool) -> Option<&T> {
    items
        .iter()
        .find(|i| is_primary(i))
        .or_else(|| items.first())
}

impl DirectoryUser {
    /// The primary email's address.
    pub fn email(&self) -> Option<&str> {
        primary(&self.emails, |e| e.primary == Some(true)).map(|e| e.value.as_str())
    }
    /// The primary email's type.
    pub fn email_type(&self) -> Option<&str> {
        primary(&self.emails, |e| e.primary == Some(true)).and_then(|e| e.kind.as_deref())
    }
    /// The primary phone number.
    pub fn primary_phone(&self) -> Option<&str> {
        primary(&self.phone_numbers, |e| e.primary == Some(true)).map(|e| e.value.as_str())
    }
    /// The primary phone number's type.
    pub fn primary_phone_type(&self) -> Option<&str> {
        primary(&self.phone_numbers, |e| e.primary == Some(true)).and_then(|e| e.kind.as_deref())
    }
    /// The primary address.
    pub fn primary_address(&self) -> Option<&Address> {
        primary(&self.addresses, |a| a.primary == Some(true))
    }

    /// Reads the directory-side value of a table row.
    pub fn get(&self, field: Field) -> Option<&str> {
        let addr = self.primary_address();
        match field {
            Field::UserName => Some(&self.user_name),
            Field::FirstName => self.first_name.as_deref(),
            Field::LastName => self.last_name.as_deref(),
            Field::MiddleName => self.middle_name.as_deref(),
            Field::Email => self.email(),
            Field::EmailType => self.email_type(),
            Field::JobTitle => self.job_title.as_deref(),
            Field::DisplayName => self.display_name.as_deref(),
            Field::PrimaryPhone => self.primary_phone(),
            Field::PrimaryPhoneType => self.primary_phone_type(),
            Field::AddressType => addr.and_then(|a| a.kind.as_deref()),
            Field::StreetAddress => addr.and_then(|a| a.street_address.as_deref()),
            Field::Locality => addr.and_then(|a| a.locality.as_deref()),
            Field::Region => addr.and_then(|a| a.region.as_deref()),
            Field::PostalCode => addr.and_then(|a| a.postal_code.as_deref()),
        }
    }
}

/// A directory-side attribute named by the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// `username` (the login).
    UserName,
    /// `firstname`.
    FirstName,
    /// `lastname`.
    LastName,
    /// `middlename`.
    MiddleName,
    /// `email` (primary).
    Email,
    /// `emailType` (primary email's type).
    EmailType,
    /// `jobTitle`.
    JobTitle,
    /// `displayname`.
    DisplayName,
    /// `primaryPhone`.
    PrimaryPhone,
    /// `primaryPhoneType`.
    PrimaryPhoneType,
    /// `addressType` (primary address's type).
    AddressType,
    /// `streetAddress` (primary address).
    StreetAddress,
    /// `locality` (primary address).
    Locality,
    /// `region` (primary address).
    Region,
    /// `postalCode` (primary address).
    PostalCode,
}

/// One row of the seed's attribute table.
#[derive(Debug, Clone, Copy)]
pub struct Mapping {
    /// Okta's attribute name.
    pub okta: &'static str,
    /// The SCIM attribute path Okta sends it as.
    pub scim: &'static str,
    /// The directory attribute.
    pub directory: &'static str,
    /// The record field.
    pub field: Field,
}

/// The seed's "Attribute Mappings" table, every row, in the seed's order.
///
/// The seed's ninth row reads `user.displayName | primaryPhone`: a typo for
/// `user.primaryPhone` (the previous row already maps `user.displayName`, and
/// the next row is `user.primaryPhoneType`). We map `user.primaryPhone`.
pub const OKTA_TABLE: &[Mapping] = &[
    Mapping {
        okta: "login",
        scim: "userName",
        directory: "username",
        field: Field::UserName,
    },
    Mapping {
        okta: "user.firstName",
        scim: "name.givenName",
        directory: "firstname",
        field: Field::FirstName,
    },
    Mapping {
        okta: "user.lastName",
        scim: "name.familyName",
        directory: "lastname",
        field: Field::LastName,
    },
    Mapping {
        okta: "user.middleName",
        scim: "name.middleName",
        directory: "middlename",
        field: Field::MiddleName,
    },
    Mapping {
        okta: "user.email",
        scim: "emails[primary eq true].value",
        directory: "email",
        field: Field::Email,
    },
    Mapping {
        okta: "user.emailType",
        scim: "emails[primary eq true].type",
        directory: "emailType",
        field: Field::EmailType,
    },
    Mapping {
        okta: "user.Title",
        scim: "title",
        directory: "jobTitle",
        field: Field::JobTitle,
    },
    Mapping {
        okta: "user.displayName",
        scim: "displayName",
        directory: "displayname",
        field: Field::DisplayName,
    },
    Mapping {
        okta: "user.primaryPhone",
        scim: "phoneNumbers[primary eq true].value",
        directory: "primaryPhone",
        field: Field::PrimaryPhone,
    },
    Mapping {
        okta: "user.primaryPhoneType",
        scim: "phoneNumbers[primary eq true].type",
        directory: "primaryPhoneType",
        field: Field::PrimaryPhoneType,
    },
    Mapping {
        okta: "user.addressType",
        scim: "addresses[primary eq true].type",
        directory: "addressType",
        field: Field::AddressType,
    },
    Mapping {
        okta: "user.streetAddress",
        scim: "addresses[primary eq true].streetAddress",
        directory: "streetAddress",
        field: Field::StreetAddress,
    },
    Mapping {
        okta: "user.city",
        scim: "addresses[primary eq true].locality",
        directory: "locality",
        field: Field::Locality,
    },
    Mapping {
        okta: "user.state",
        scim: "addresses[primary eq true].region",
        directory: "region",
        field: Field::Region,
    },
    Mapping {
        okta: "user.zipCode",
        scim: "addresses[primary eq true].postalCode",
        directory: "postalCode",
        field: Field::PostalCode,
    },
];

/// What a mapping did, for the diagnostics log. Holds attribute names only,
/// never values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MappingReport {
    /// Table rows that received a value: (Okta attribute, directory attribute).
    pub mapped: Vec<(&'static str, &'static str)>,
    /// SCIM attributes outside the table that were mapped too (the full
    /// email/phone/address lists, the enterprise extension, externalId).
    pub also_mapped: Vec<String>,
    /// SCIM attributes kept verbatim as extension data.
    pub kept_unmapped: Vec<String>,
    /// Attributes ignored because the server owns them (`id`, `meta`, ...).
    pub ignored: Vec<String>,
}

fn opt_str(v: Option<&Value>, attr: &str) -> Result<Option<String>, MappingError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(MappingError::WrongType {
            attribute: attr.to_string(),
            expected: "a string",
        }),
    }
}

fn get<'a>(o: &'a Map<String, Value>, k: &str) -> Option<&'a Value> {
    o.get(k)
}

fn array<'a>(v: &'a Value, attr: &str) -> Result<&'a Vec<Value>, MappingError> {
    v.as_array().ok_or(MappingError::WrongType {
        attribute: attr.to_string(),
        expected: "an array",
    })
}

/// Splits an object into the sub-attributes named in `known` and the rest.
fn take(o: &Map<String, Value>, known: &[&str]) -> (Map<String, Value>, Map<String, Value>) {
    let mut taken = Map::new();
    let mut rest = Map::new();
    for (k, v) in o {
        if known.contains(&k.as_str()) {
            taken.insert(k.clone(), v.clone());
        } else {
            rest.insert(k.clone(), v.clone());
        }
    }
    (taken, rest)
}

const TYPED_KEYS: &[&str] = &["value", "type", "primary", "display"];
const ADDRESS_KEYS: &[&str] = &[
    "type",
    "streetAddress",
    "locality",
    "region",
    "postalCode",
    "country",
    "formatted",
    "primary",
];
const NAME_KEYS: &[&str] = &["givenName", "familyName", "middleName"];
const ENTERPRISE_KEYS: &[&str] = &["department", "costCenter", "employeeNumber", "manager"];
/// Attributes the server owns or the directory reads before mapping.
const IGNORED: &[&str] = &["id", "meta", "groups", "schemas", "active", "password"];

fn typed_list(
    v: &Value,
    attr: &str,
    leftover: &mut Map<String, Value>,
) -> Result<Vec<Typed>, MappingError> {
    let mut out = Vec::new();
    let mut extra_elems = Vec::new();
    for (i, item) in array(v, attr)?.iter().enumerate() {
        let Some(o) = item.as_object() else {
            return Err(MappingError::WrongType {
                attribute: format!("{attr}[{i}]"),
                expected: "an object",
            });
        };
        let (t, rest) = take(o, TYPED_KEYS);
        let value = opt_str(get(&t, "value"), attr)?.unwrap_or_default();
        out.push(Typed {
            value,
            kind: opt_str(get(&t, "type"), attr)?,
            primary: get(&t, "primary").and_then(Value::as_bool),
            display: opt_str(get(&t, "display"), attr)?,
        });
        extra_elems.push(Value::Object(rest));
    }
    // Sub-attributes outside value/type/primary/display, per element, so they survive.
    if extra_elems
        .iter()
        .any(|e| e.as_object().is_some_and(|o| !o.is_empty()))
    {
        leftover.insert(attr.to_string(), Value::Array(extra_elems));
    }
    Ok(out)
}

/// Maps a SCIM User (already schema-normalised: canonical attribute names)
/// to a directory record.
pub fn from_scim(user: &Value) -> Result<(DirectoryUser, MappingReport), MappingError> {
    let obj = user.as_object().ok_or(MappingError::NotAnObject)?;
    let mut r = DirectoryUser::default();
    let mut report = MappingReport::default();
    let mut extension = Map::new();
    // Element-level leftovers of multi-valued attributes, under a private key.
    let mut element_extras = Map::new();
    for (k, v) in obj {
        match k.as_str() {
            "userName" => {
                r.user_name = opt_str(Some(v), k)?.unwrap_or_default();
            }
            "externalId" => {
                r.external_id = opt_str(Some(v), k)?;
                report.also_mapped.push(k.clone());
            }
            "displayName" => r.display_name = opt_str(Some(v), k)?,
            "title" => r.job_title = opt_str(Some(v), k)?,
            "name" => {
                let Some(o) = v.as_object() else {
                    if v.is_null() {
                        continue;
                    }
                    return Err(MappingError::WrongType {
                        attribute: "name".into(),
                        expected: "an object",
                    });
                };
                let (t, rest) = take(o, NAME_KEYS);
                r.first_name = opt_str(get(&t, "givenName"), "name.givenName")?;
                r.last_name = opt_str(get(&t, "familyName"), "name.familyName")?;
                r.middle_name = opt_str(get(&t, "middleName"), "name.middleName")?;
                for key in rest.keys() {
                    report.kept_unmapped.push(format!("name.{key}"));
                }
                if !rest.is_empty() {
                    extension.insert("name".into(), Value::Object(rest));
                }
            }
            "emails" => {
                r.emails = typed_list(v, k, &mut element_extras)?;
                report.also_mapped.push("emails".into());
            }
            "phoneNumbers" => {
                r.phone_numbers = typed_list(v, k, &mut element_extras)?;
                report.also_mapped.push("phoneNumbers".into());
            }
            "addresses" => {
                let mut extras = Vec::new();
                for (i, item) in array(v, k)?.iter().enumerate() {
                    let Some(o) = item.as_object() else {
                        return Err(MappingError::WrongType {
                            attribute: format!("addresses[{i}]"),
                            expected: "an object",
                        });
                    };
                    let (t, rest) = take(o, ADDRESS_KEYS);
                    let s = |key: &str| opt_str(get(&t, key), "addresses");
                    r.addresses.push(Address {
                        kind: s("type")?,
                        street_address: s("streetAddress")?,
                        locality: s("locality")?,
                        region: s("region")?,
                        postal_code: s("postalCode")?,
                        country: s("country")?,
                        formatted: s("formatted")?,
                        primary: get(&t, "primary").and_then(Value::as_bool),
                    });
                    extras.push(Value::Object(rest));
                }
                if extras
                    .iter()
                    .any(|e| e.as_object().is_some_and(|o| !o.is_empty()))
                {
                    element_extras.insert("addresses".into(), Value::Array(extras));
                }
                report.also_mapped.push("addresses".into());
            }
            ENTERPRISE => {
                let Some(o) = v.as_object() else {
                    return Err(MappingError::WrongType {
                        attribute: ENTERPRISE.into(),
                        expected: "an object",
                    });
                };
                let (t, rest) = take(o, ENTERPRISE_KEYS);
                r.department = opt_str(get(&t, "department"), "department")?;
                r.cost_center = opt_str(get(&t, "costCenter"), "costCenter")?;
                r.employee_number = opt_str(get(&t, "employeeNumber"), "employeeNumber")?;
                match get(&t, "manager") {
                    None | Some(Value::Null) => {}
                    Some(Value::Object(m)) => {
                        let (mv, mrest) = take(m, &["value"]);
                        r.manager = opt_str(get(&mv, "value"), "manager.value")?;
                        if !mrest.is_empty() {
                            let mut e = rest.clone();
                            e.insert("manager".into(), Value::Object(mrest));
                            extension.insert(ENTERPRISE.into(), Value::Object(e));
                        }
                    }
                    // Some clients send the manager id as a bare string.
                    Some(Value::String(s)) => r.manager = Some(s.clone()),
                    Some(_) => {
                        return Err(MappingError::WrongType {
                            attribute: "manager".into(),
                            expected: "an object",
                        })
                    }
                }
                if !rest.is_empty() && !extension.contains_key(ENTERPRISE) {
                    extension.insert(ENTERPRISE.into(), Value::Object(rest));
                }
                report.also_mapped.push(ENTERPRISE.into());
            }
            key if IGNORED.contains(&key) => report.ignored.push(key.to_string()),
            _ => {
                report.kept_unmapped.push(k.clone());
                extension.insert(k.clone(), v.clone());
            }
        }
    }
    if r.user_name.is_empty() {
        return Err(MappingError::MissingUserName);
    }
    if !element_extras.is_empty() {
        extension.insert(ELEMENT_EXTRAS.into(), Value::Object(element_extras));
    }
    r.extension_data = extension;
    report.mapped = OKTA_TABLE
        .iter()
        .filter(|m| r.get(m.field).is_some())
        .map(|m| (m.okta, m.directory))
        .collect();
    Ok((r, report))
}

/// Key under which per-element leftovers of multi-valued attributes are kept.
const ELEMENT_EXTRAS: &str = "_elementExtras";

fn put(o: &mut Map<String, Value>, k: &str, v: &Option<String>) {
    if let Some(s) = v {
        o.insert(k.into(), Value::String(s.clone()));
    }
}

fn typed_to_json(items: &[Typed], extras: Option<&Value>) -> Value {
    Value::Array(
        items
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut o = extras
                    .and_then(|e| e.get(i))
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default();
                o.insert("value".into(), Value::String(t.value.clone()));
                put(&mut o, "type", &t.kind);
                put(&mut o, "display", &t.display);
                if let Some(p) = t.primary {
                    o.insert("primary".into(), Value::Bool(p));
                }
                Value::Object(o)
            })
            .collect(),
    )
}

/// Maps a directory record to a SCIM User (without `id`, `meta`, `active`:
/// the directory adds those).
pub fn to_scim(r: &DirectoryUser) -> Value {
    let mut o = Map::new();
    let mut ext = r.extension_data.clone();
    let element_extras = ext.remove(ELEMENT_EXTRAS);
    let extras_of = |k: &str| element_extras.as_ref().and_then(|e| e.get(k));
    let mut schemas = vec![Value::String(
        "urn:ietf:params:scim:schemas:core:2.0:User".into(),
    )];
    o.insert("userName".into(), Value::String(r.user_name.clone()));
    put(&mut o, "externalId", &r.external_id);
    let mut name = ext
        .remove("name")
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    put(&mut name, "givenName", &r.first_name);
    put(&mut name, "familyName", &r.last_name);
    put(&mut name, "middleName", &r.middle_name);
    if !name.is_empty() {
        o.insert("name".into(), Value::Object(name));
    }
    put(&mut o, "displayName", &r.display_name);
    put(&mut o, "title", &r.job_title);
    if !r.emails.is_empty() {
        o.insert(
            "emails".into(),
            typed_to_json(&r.emails, extras_of("emails")),
        );
    }
    if !r.phone_numbers.is_empty() {
        o.insert(
            "phoneNumbers".into(),
            typed_to_json(&r.phone_numbers, extras_of("phoneNumbers")),
        );
    }
    if !r.addresses.is_empty() {
        let addrs = r
            .addresses
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mut m = extras_of("addresses")
                    .and_then(|e| e.get(i))
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default();
                put(&mut m, "type", &a.kind);
                put(&mut m, "streetAddress", &a.street_address);
                put(&mut m, "locality", &a.locality);
                put(&mut m, "region", &a.region);
                put(&mut m, "postalCode", &a.postal_code);
                put(&mut m, "country", &a.country);
                put(&mut m, "formatted", &a.formatted);
                if let Some(p) = a.primary {
                    m.insert("primary".into(), Value::Bool(p));
                }
                Value::Object(m)
            })
            .collect();
        o.insert("addresses".into(), Value::Array(addrs));
    }
    let mut ent = ext
        .remove(ENTERPRISE)
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    put(&mut ent, "department", &r.department);
    put(&mut ent, "costCenter", &r.cost_center);
    put(&mut ent, "employeeNumber", &r.employee_number);
    if let Some(m) = &r.manager {
        let mgr = ent
            .entry("manager")
            .or_insert_with(|| Value::Object(Map::new()));
        if let Some(mo) = mgr.as_object_mut() {
            mo.insert("value".into(), Value::String(m.clone()));
        }
    }
    for (k, v) in ext {
        o.insert(k, v);
    }
    if !ent.is_empty() {
        schemas.push(Value::String(ENTERPRISE.into()));
        o.insert(ENTERPRISE.into(), Value::Object(ent));
    }
    o.insert("schemas".into(), Value::Array(schemas));
    Value::Object(o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn okta_full() -> Value {
        json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": "john.doe@example.com",
            "name": {"givenName": "John", "familyName": "Doe", "middleName": "Q"},
            "emails": [{"value": "john.doe@example.com", "type": "work", "primary": true},
                       {"value": "jd@home.org", "type": "home"}],
            "title": "Engineer",
            "displayName": "John Doe",
            "phoneNumbers": [{"value": "+1 555 0100", "type": "mobile", "primary": true}],
            "addresses": [{"type": "work", "streetAddress": "1 Main St", "locality": "Springfield",
                           "region": "IL", "postalCode": "62701", "primary": true}],
        })
    }

    /// Every row of the table, with the seed's attribute names.
    #[test]
    fn every_table_row_maps() {
        let (r, report) = from_scim(&okta_full()).expect("map");
        let want: &[(&str, &str)] = &[
            ("login", "john.doe@example.com"),
            ("user.firstName", "John"),
            ("user.lastName", "Doe"),
            ("user.middleName", "Q"),
            ("user.email", "john.doe@example.com"),
            ("user.emailType", "work"),
            ("user.Title", "Engineer"),
            ("user.displayName", "John Doe"),
            ("user.primaryPhone", "+1 555 0100"),
            ("user.primaryPhoneType", "mobile"),
            ("user.addressType", "work"),
            ("user.streetAddress", "1 Main St"),
            ("user.city", "Springfield"),
            ("user.state", "IL"),
            ("user.zipCode", "62701"),
        ];
        assert_eq!(OKTA_TABLE.len(), want.len());
        for (okta, value) in want {
            let row = OKTA_TABLE.iter().find(|m| m.okta == *okta).expect("row");
            assert_eq!(r.get(row.field), Some(*value), "row {okta}");
        }
        assert_eq!(report.mapped.len(), 15);
    }

    #[test]
    fn type_attributes_pick_the_primary() {
        let u = json!({"userName": "a", "emails": [
            {"value": "home@x", "type": "home"}, {"value": "work@x", "type": "work", "primary": true}]});
        let (r, _) = from_scim(&u).expect("map");
        assert_eq!(r.email(), Some("work@x"));
        assert_eq!(r.email_type(), Some("work"));
        // With no primary flag, the first element is the primary.
        let (r, _) =
            from_scim(&json!({"userName": "a", "emails": [{"value": "first@x"}]})).expect("map");
        assert_eq!(r.email(), Some("first@x"));
    }

    #[test]
    fn round_trip_keeps_everything() {
        let mut u = okta_full();
        u["nickName"] = json!("Johnny");
        u["name"]["honorificPrefix"] = json!("Dr.");
        u["emails"][0]["x-extra"] = json!(1);
        u["urn:example:custom"] = json!({"k": [1, 2]});
        u[ENTERPRISE] = json!({"department": "R&D", "manager": {"value": "m1", "displayName": "Boss"}, "division": "D"});
        let (r, report) = from_scim(&u).expect("map");
        assert!(report.kept_unmapped.contains(&"nickName".to_string()));
        let mut back = to_scim(&r);
        // schemas is regenerated; compare the rest.
        back.as_object_mut().map(|o| o.remove("schemas"));
        let mut want = u.clone();
        want.as_object_mut().map(|o| o.remove("schemas"));
        assert_eq!(back, want);
    }

    #[test]
    fn wrong_types_are_errors() {
        assert_eq!(
            from_scim(&json!({"userName": 5})),
            Err(MappingError::WrongType {
                attribute: "userName".into(),
                expected: "a string"
            })
        );
        assert_eq!(
            from_scim(&json!({"emails": []})),
            Err(MappingError::MissingUserName)
        );
        assert!(from_scim(&json!({"userName": "a", "emails": "x"})).is_err());
    }
}
