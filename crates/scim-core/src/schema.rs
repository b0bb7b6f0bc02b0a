//! Schema definitions (RFC 7643 §2, §4, §7, §8.7) with attribute
//! characteristics. They drive validation, projection, case rules and the
//! `/Schemas` discovery document; the JSON is generated from them.

use std::sync::OnceLock;

use serde_json::{json, Map, Value};

use crate::ScimError;

/// URN of the core User schema.
pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
/// URN of the Enterprise User extension.
pub const ENTERPRISE_USER_SCHEMA: &str =
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
/// URN of the core Group schema.
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
/// URN of ListResponse messages.
pub const LIST_RESPONSE_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
/// URN of PatchOp messages.
pub const PATCH_OP_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
/// URN of SearchRequest messages.
pub const SEARCH_REQUEST_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
/// URN of the ServiceProviderConfig schema.
pub const SERVICE_PROVIDER_CONFIG_SCHEMA: &str =
    "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
/// URN of the ResourceType schema.
pub const RESOURCE_TYPE_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
/// URN of the Schema schema.
pub const SCHEMA_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Schema";

/// Attribute data types (RFC 7643 §2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    /// JSON string.
    String,
    /// JSON boolean.
    Boolean,
    /// JSON number with a fraction.
    Decimal,
    /// JSON number without a fraction.
    Integer,
    /// xsd:dateTime string.
    DateTime,
    /// base64 string.
    Binary,
    /// URI reference string.
    Reference,
    /// Object with sub-attributes.
    Complex,
}

impl AttrType {
    fn as_str(self) -> &'static str {
        match self {
            AttrType::String => "string",
            AttrType::Boolean => "boolean",
            AttrType::Decimal => "decimal",
            AttrType::Integer => "integer",
            AttrType::DateTime => "dateTime",
            AttrType::Binary => "binary",
            AttrType::Reference => "reference",
            AttrType::Complex => "complex",
        }
    }
}

/// `mutability` (RFC 7643 §2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutability {
    /// Cannot be written by a client.
    ReadOnly,
    /// May be written at any time.
    ReadWrite,
    /// May be written once (on create or while absent).
    Immutable,
    /// May be written but is never returned.
    WriteOnly,
}

/// `returned` (RFC 7643 §2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Returned {
    /// Always returned, whatever `attributes`/`excludedAttributes` say.
    Always,
    /// Never returned.
    Never,
    /// Returned unless excluded.
    Default,
    /// Returned only when requested in `attributes`.
    Request,
}

/// `uniqueness` (RFC 7643 §2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Uniqueness {
    /// No uniqueness.
    None,
    /// Unique within the service provider (here: within a tenant).
    Server,
    /// Globally unique.
    Global,
}

/// One attribute definition with its characteristics.
#[derive(Debug, Clone)]
pub struct AttributeDef {
    /// Canonical name (case as published).
    pub name: &'static str,
    /// Data type.
    pub ty: AttrType,
    /// Whether the value is an array.
    pub multi_valued: bool,
    /// Whether the attribute is required on write.
    pub required: bool,
    /// Whether string comparison is case-sensitive.
    pub case_exact: bool,
    /// Who may write it.
    pub mutability: Mutability,
    /// When it is returned.
    pub returned: Returned,
    /// Uniqueness scope.
    pub uniqueness: Uniqueness,
    /// Suggested values (e.g. `work`, `home` for `type`).
    pub canonical_values: &'static [&'static str],
    /// Reference types for `reference` attributes.
    pub reference_types: &'static [&'static str],
    /// Sub-attributes of a complex attribute.
    pub sub_attributes: Vec<AttributeDef>,
    /// Human description.
    pub description: &'static str,
}

impl AttributeDef {
    fn new(name: &'static str, ty: AttrType) -> Self {
        AttributeDef {
            name,
            ty,
            multi_valued: false,
            required: false,
            case_exact: false,
            mutability: Mutability::ReadWrite,
            returned: Returned::Default,
            uniqueness: Uniqueness::None,
            canonical_values: &[],
            reference_types: &[],
            sub_attributes: Vec::new(),
            description: "",
        }
    }
    fn multi(mut self) -> Self {
        self.multi_valued = true;
        self
    }
    fn required(mut self) -> Self {
        self.required = true;
        self
    }
    fn case_exact(mut self) -> Self {
        self.case_exact = true;
        self
    }
    fn mutability(mut self, m: Mutability) -> Self {
        self.mutability = m;
        self
    }
    fn returned(mut self, r: Returned) -> Self {
        self.returned = r;
        self
    }
    fn unique(mut self, u: Uniqueness) -> Self {
        self.uniqueness = u;
        self
    }
    fn canonical(mut self, v: &'static [&'static str]) -> Self {
        self.canonical_values = v;
        self
    }
    fn refs(mut self, v: &'static [&'static str]) -> Self {
        self.reference_types = v;
        self
    }
    fn subs(mut self, s: Vec<AttributeDef>) -> Self {
        self.sub_attributes = s;
        self
    }
    fn desc(mut self, d: &'static str) -> Self {
        self.description = d;
        self
    }

    /// The sub-attribute called `name` (case-insensitive).
    pub fn sub(&self, name: &str) -> Option<&AttributeDef> {
        self.sub_attributes
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(name))
    }

    /// The attribute's definition as a `/Schemas` JSON object.
    pub fn to_json(&self) -> Value {
        let mut o = Map::new();
        o.insert("name".into(), json!(self.name));
        o.insert("type".into(), json!(self.ty.as_str()));
        o.insert("multiValued".into(), json!(self.multi_valued));
        o.insert("description".into(), json!(self.description));
        o.insert("required".into(), json!(self.required));
        if self.ty != AttrType::Complex {
            o.insert("caseExact".into(), json!(self.case_exact));
        }
        if !self.canonical_values.is_empty() {
            o.insert("canonicalValues".into(), json!(self.canonical_values));
        }
        if !self.reference_types.is_empty() {
            o.insert("referenceTypes".into(), json!(self.reference_types));
        }
        o.insert(
            "mutability".into(),
            json!(match self.mutability {
                Mutability::ReadOnly => "readOnly",
                Mutability::ReadWrite => "readWrite",
                Mutability::Immutable => "immutable",
                Mutability::WriteOnly => "writeOnly",
            }),
        );
        o.insert(
            "returned".into(),
            json!(match self.returned {
                Returned::Always => "always",
                Returned::Never => "never",
                Returned::Default => "default",
                Returned::Request => "request",
            }),
        );
        if self.ty != AttrType::Complex {
            o.insert(
                "uniqueness".into(),
                json!(match self.uniqueness {
                    Uniqueness::None => "none",
                    Uniqueness::Server => "server",
                    Uniqueness::Global => "global",
                }),
            );
        }
        if !self.sub_attributes.is_empty() {
            o.insert(
                "subAttributes".into(),
                Value::Array(self.sub_attributes.iter().map(|a| a.to_json()).collect()),
            );
        }
        Value::Object(o)
    }
}

/// A schema: an id (URN) and its attributes.
#[derive(Debug, Clone)]
pub struct Schema {
    /// The schema URN.
    pub id: &'static str,
    /// Short name.
    pub name: &'static str,
    /// Description.
    pub description: &'static str,
    /// Top-level attributes.
    pub attributes: Vec<AttributeDef>,
}

impl Schema {
    /// The attribute called `name` (case-insensitive).
    pub fn attribute(&self, name: &str) -> Option<&AttributeDef> {
        self.attributes
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(name))
    }

    /// The `/Schemas/{id}` document; `location` is the URL of the document.
    pub fn to_json(&self, location: &str) -> Value {
        json!({
            "schemas": [SCHEMA_SCHEMA],
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "attributes": self.attributes.iter().map(|a| a.to_json()).collect::<Vec<_>>(),
            "meta": {"resourceType": "Schema", "location": location},
        })
    }
}

use AttrType as T;
use Mutability as M;

fn string(name: &'static str) -> AttributeDef {
    AttributeDef::new(name, T::String)
}

/// The sub-attributes of a multi-valued attribute like `emails`.
fn multi_value_subs(value: AttributeDef, types: &'static [&'static str]) -> Vec<AttributeDef> {
    vec![
        value,
        string("display").desc("A human-readable name, primarily used for display purposes."),
        string("type")
            .canonical(types)
            .desc("A label indicating the attribute's function."),
        AttributeDef::new("primary", T::Boolean)
            .desc("Whether this is the primary or preferred value."),
    ]
}

fn common_attributes() -> Vec<AttributeDef> {
    vec![
        string("id")
            .case_exact()
            .mutability(M::ReadOnly)
            .returned(Returned::Always)
            .unique(Uniqueness::Server)
            .desc("Unique identifier for the resource, issued by the service provider."),
        string("externalId")
            .case_exact()
            .desc("An identifier for the resource as defined by the provisioning client."),
        AttributeDef::new("meta", T::Complex)
            .mutability(M::ReadOnly)
            .desc("Resource metadata.")
            .subs(vec![
                string("resourceType").case_exact().mutability(M::ReadOnly),
                AttributeDef::new("created", T::DateTime).mutability(M::ReadOnly),
                AttributeDef::new("lastModified", T::DateTime).mutability(M::ReadOnly),
                AttributeDef::new("location", T::Reference)
                    .case_exact()
                    .mutability(M::ReadOnly)
                    .refs(&["uri"]),
                string("version").case_exact().mutability(M::ReadOnly),
            ]),
    ]
}

fn user_schema() -> Schema {
    let mut attributes = vec![
        string("userName")
            .required()
            .unique(Uniqueness::Server)
            .desc("Unique identifier for the User, typically used to authenticate."),
        AttributeDef::new("name", T::Complex)
            .desc("The components of the user's real name.")
            .subs(vec![
                string("formatted"),
                string("familyName"),
                string("givenName"),
                string("middleName"),
                string("honorificPrefix"),
                string("honorificSuffix"),
            ]),
        string("displayName").desc("The name of the User, suitable for display."),
        string("nickName"),
        AttributeDef::new("profileUrl", T::Reference).refs(&["external"]),
        string("title"),
        string("userType"),
        string("preferredLanguage"),
        string("locale"),
        string("timezone"),
        AttributeDef::new("active", T::Boolean).desc("The User's administrative status."),
        string("password")
            .mutability(M::WriteOnly)
            .returned(Returned::Never)
            .desc("The User's cleartext password; never returned."),
        AttributeDef::new("emails", T::Complex)
            .multi()
            .subs(multi_value_subs(
                string("value"),
                &["work", "home", "other"],
            )),
        AttributeDef::new("phoneNumbers", T::Complex)
            .multi()
            .subs(multi_value_subs(
                string("value"),
                &["work", "home", "mobile", "fax", "pager", "other"],
            )),
        AttributeDef::new("ims", T::Complex)
            .multi()
            .subs(multi_value_subs(
                string("value"),
                &["aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"],
            )),
        AttributeDef::new("photos", T::Complex)
            .multi()
            .subs(multi_value_subs(
                AttributeDef::new("value", T::Reference).refs(&["external"]),
                &["photo", "thumbnail"],
            )),
        AttributeDef::new("addresses", T::Complex)
            .multi()
            .subs(vec![
                string("formatted"),
                string("streetAddress"),
                string("locality"),
                string("region"),
                string("postalCode"),
                string("country"),
                string("type").canonical(&["work", "home", "other"]),
                AttributeDef::new("primary", T::Boolean),
            ]),
        AttributeDef::new("groups", T::Complex)
            .multi()
            .mutability(M::ReadOnly)
            .subs(vec![
                string("value").mutability(M::ReadOnly),
                AttributeDef::new("$ref", T::Reference)
                    .mutability(M::ReadOnly)
                    .refs(&["User", "Group"]),
                string("display").mutability(M::ReadOnly),
                string("type")
                    .mutability(M::ReadOnly)
                    .canonical(&["direct", "indirect"]),
            ]),
        AttributeDef::new("entitlements", T::Complex)
            .multi()
            .subs(multi_value_subs(string("value"), &[])),
        AttributeDef::new("roles", T::Complex)
            .multi()
            .subs(multi_value_subs(string("value"), &[])),
        AttributeDef::new("x509Certificates", T::Complex)
            .multi()
            .subs(multi_value_subs(AttributeDef::new("value", T::Binary), &[])),
    ];
    attributes.extend(common_attributes());
    Schema {
        id: USER_SCHEMA,
        name: "User",
        description: "User Account",
        attributes,
    }
}

fn enterprise_user_schema() -> Schema {
    Schema {
        id: ENTERPRISE_USER_SCHEMA,
        name: "EnterpriseUser",
        description: "Enterprise User",
        attributes: vec![
            string("employeeNumber"),
            string("costCenter"),
            string("organization"),
            string("division"),
            string("department"),
            AttributeDef::new("manager", T::Complex).subs(vec![
                string("value"),
                AttributeDef::new("$ref", T::Reference).refs(&["User"]),
                string("displayName").mutability(M::ReadOnly),
            ]),
        ],
    }
}

fn group_schema() -> Schema {
    let mut attributes = vec![
        string("displayName")
            .required()
            .desc("A human-readable name for the Group."),
        AttributeDef::new("members", T::Complex)
            .multi()
            .desc("A list of members of the Group.")
            .subs(vec![
                string("value").mutability(M::Immutable),
                AttributeDef::new("$ref", T::Reference)
                    .mutability(M::Immutable)
                    .refs(&["User", "Group"]),
                string("display").mutability(M::Immutable),
                string("type")
                    .mutability(M::Immutable)
                    .canonical(&["User", "Group"]),
            ]),
    ];
    attributes.extend(common_attributes());
    Schema {
        id: GROUP_SCHEMA,
        name: "Group",
        description: "Group",
        attributes,
    }
}

/// The core User schema.
pub fn user() -> &'static Schema {
    static S: OnceLock<Schema> = OnceLock::new();
    S.get_or_init(user_schema)
}

/// The Enterprise User extension schema.
pub fn enterprise_user() -> &'static Schema {
    static S: OnceLock<Schema> = OnceLock::new();
    S.get_or_init(enterprise_user_schema)
}

/// The core Group schema.
pub fn group() -> &'static Schema {
    static S: OnceLock<Schema> = OnceLock::new();
    S.get_or_init(group_schema)
}

/// All schemas this library publishes.
pub fn all() -> [&'static Schema; 3] {
    [user(), enterprise_user(), group()]
}

/// A resource type: a core schema plus its extensions (RFC 7643 §6).
#[derive(Debug, Clone, Copy)]
pub struct ResourceType {
    /// `User` or `Group`.
    pub name: &'static str,
    /// The endpoint, e.g. `/Users`.
    pub endpoint: &'static str,
    /// The URN of the core schema.
    pub core_id: &'static str,
    /// Extension schemas (with whether they are required).
    pub extensions: &'static [(&'static str, bool)],
}

/// The User resource type (core User + Enterprise extension).
pub const USER: ResourceType = ResourceType {
    name: "User",
    endpoint: "/Users",
    core_id: USER_SCHEMA,
    extensions: &[(ENTERPRISE_USER_SCHEMA, false)],
};

/// The Group resource type.
pub const GROUP: ResourceType = ResourceType {
    name: "Group",
    endpoint: "/Groups",
    core_id: GROUP_SCHEMA,
    extensions: &[],
};

/// Where an attribute lives: in the core schema or under an extension URN.
#[derive(Debug, Clone, Copy)]
pub struct ResolvedAttr<'a> {
    /// The schema that defines it.
    pub schema: &'a Schema,
    /// Whether that schema is an extension (values live under its URN key).
    pub is_extension: bool,
    /// The attribute.
    pub attr: &'a AttributeDef,
}

impl ResourceType {
    /// The core schema, fully populated.
    pub fn core(&self) -> &'static Schema {
        if self.core_id == GROUP_SCHEMA {
            group()
        } else {
            user()
        }
    }

    /// The extension schemas.
    pub fn extension_schemas(&self) -> impl Iterator<Item = &'static Schema> + '_ {
        self.extensions
            .iter()
            .filter_map(|(id, _)| schema_by_id(id))
    }

    /// Every schema URN of this type, core first.
    pub fn schema_ids(&self) -> Vec<&'static str> {
        std::iter::once(self.core_id)
            .chain(self.extensions.iter().map(|(id, _)| *id))
            .collect()
    }

    /// Resolves `attr` (optionally URN-qualified) to its definition.
    /// `schemas` resolves too (RFC 7644 filters on it), as a multi-valued
    /// caseExact string.
    pub fn resolve(&self, urn: Option<&str>, attr: &str) -> Option<ResolvedAttr<'static>> {
        if urn.is_none() && attr.eq_ignore_ascii_case("schemas") {
            return Some(ResolvedAttr {
                schema: self.core(),
                is_extension: false,
                attr: schemas_attribute(),
            });
        }
        match urn {
            Some(u) if u.eq_ignore_ascii_case(self.core_id) => {
                self.core().attribute(attr).map(|a| ResolvedAttr {
                    schema: self.core(),
                    is_extension: false,
                    attr: a,
                })
            }
            Some(u) => self
                .extension_schemas()
                .find(|s| s.id.eq_ignore_ascii_case(u))
                .and_then(|s| {
                    s.attribute(attr).map(|a| ResolvedAttr {
                        schema: s,
                        is_extension: true,
                        attr: a,
                    })
                }),
            None => self.core().attribute(attr).map(|a| ResolvedAttr {
                schema: self.core(),
                is_extension: false,
                attr: a,
            }),
        }
    }

    /// Whether `urn` names one of this type's extension schemas (case-insensitive);
    /// returns the canonical URN.
    pub fn extension_urn(&self, urn: &str) -> Option<&'static str> {
        self.extensions
            .iter()
            .map(|(id, _)| *id)
            .find(|id| id.eq_ignore_ascii_case(urn))
    }

    /// The `/ResourceTypes/{name}` document.
    pub fn to_json(&self, base_url: &str) -> Value {
        json!({
            "schemas": [RESOURCE_TYPE_SCHEMA],
            "id": self.name,
            "name": self.name,
            "endpoint": self.endpoint,
            "description": self.core().description,
            "schema": self.core_id,
            "schemaExtensions": self.extensions.iter()
                .map(|(id, req)| json!({"schema": id, "required": req}))
                .collect::<Vec<_>>(),
            "meta": {
                "resourceType": "ResourceType",
                "location": format!("{base_url}/ResourceTypes/{}", self.name),
            },
        })
    }

    /// Rewrites the keys of a client-supplied resource to their canonical case
    /// (attribute names are case-insensitive, RFC 7643 §2.1) and checks each
    /// known attribute's JSON type. Unknown attributes are kept as sent.
    pub fn normalize(&self, resource: &mut Value) -> Result<(), ScimError> {
        let Some(obj) = resource.as_object_mut() else {
            return Err(ScimError::InvalidSyntax(
                "a resource must be a JSON object".into(),
            ));
        };
        let keys: Vec<String> = obj.keys().cloned().collect();
        for key in keys {
            if key == "schemas" {
                continue;
            }
            if let Some(urn) = self.extension_urn(&key) {
                let Some(mut v) = obj.remove(&key) else {
                    continue;
                };
                let Some(ext) = schema_by_id(urn) else {
                    continue;
                };
                normalize_object(&ext.attributes, &mut v, urn)?;
                obj.insert(urn.to_string(), v);
                continue;
            }
            if let Some(def) = self.core().attribute(&key) {
                let Some(mut v) = obj.remove(&key) else {
                    continue;
                };
                check_value(def, &mut v, def.name)?;
                obj.insert(def.name.to_string(), v);
            }
        }
        Ok(())
    }
}

fn normalize_object(attrs: &[AttributeDef], value: &mut Value, ctx: &str) -> Result<(), ScimError> {
    let Some(obj) = value.as_object_mut() else {
        return Err(ScimError::InvalidValue(format!("{ctx} must be an object")));
    };
    let keys: Vec<String> = obj.keys().cloned().collect();
    for key in keys {
        if let Some(def) = attrs.iter().find(|a| a.name.eq_ignore_ascii_case(&key)) {
            let Some(mut v) = obj.remove(&key) else {
                continue;
            };
            check_value(def, &mut v, def.name)?;
            obj.insert(def.name.to_string(), v);
        }
    }
    Ok(())
}

/// Checks (and canonicalises the sub-attribute names of) one attribute value.
pub fn check_value(def: &AttributeDef, v: &mut Value, ctx: &str) -> Result<(), ScimError> {
    if v.is_null() {
        return Ok(());
    }
    if def.multi_valued {
        let Some(items) = v.as_array_mut() else {
            return Err(ScimError::InvalidValue(format!(
                "attribute '{ctx}' is multi-valued and must be an array"
            )));
        };
        for item in items {
            check_single(def, item, ctx)?;
        }
        return Ok(());
    }
    check_single(def, v, ctx)
}

fn check_single(def: &AttributeDef, v: &mut Value, ctx: &str) -> Result<(), ScimError> {
    let ok = match def.ty {
        T::Complex => return normalize_object(&def.sub_attributes, v, ctx),
        _ if v.is_null() => true,
        T::String | T::Reference | T::Binary => v.is_string(),
        T::DateTime => v.as_str().is_some_and(|s| parse_datetime(s).is_some()),
        T::Boolean => {
            // Some clients send "true"/"false" strings; accept and canonicalise.
            if let Some(s) = v.as_str() {
                if s.eq_ignore_ascii_case("true") {
                    *v = Value::Bool(true);
                } else if s.eq_ignore_ascii_case("false") {
                    *v = Value::Bool(false);
                }
            }
            v.is_boolean()
        }
        T::Integer => v.is_i64() || v.is_u64(),
        T::Decimal => v.is_number(),
    };
    if ok {
        Ok(())
    } else {
        Err(ScimError::InvalidValue(format!(
            "attribute '{ctx}' must be of type {}",
            def.ty.as_str()
        )))
    }
}

/// Parses an xsd:dateTime (RFC 3339) value.
pub fn parse_datetime(s: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    chrono::DateTime::parse_from_rfc3339(s).ok()
}

/// The `schemas` attribute every resource carries (RFC 7643 §3).
pub fn schemas_attribute() -> &'static AttributeDef {
    static S: OnceLock<AttributeDef> = OnceLock::new();
    S.get_or_init(|| {
        string("schemas")
            .multi()
            .required()
            .case_exact()
            .mutability(M::ReadOnly)
            .returned(Returned::Always)
            .refs(&["uri"])
    })
}

/// The schema with this URN (case-insensitive).
pub fn schema_by_id(id: &str) -> Option<&'static Schema> {
    all().into_iter().find(|s| s.id.eq_ignore_ascii_case(id))
}

/// The resource type called `name` (`User` or `Group`).
pub fn resource_type(name: &str) -> Option<ResourceType> {
    [USER, GROUP]
        .into_iter()
        .find(|r| r.name.eq_ignore_ascii_case(name))
}

/// Settings a service provider advertises in `/ServiceProviderConfig`.
#[derive(Debug, Clone)]
pub struct ServiceProviderConfig {
    /// Documentation URL.
    pub documentation_uri: Option<String>,
    /// Whether PATCH is supported.
    pub patch: bool,
    /// Bulk support (max operations, max payload bytes); `None` when unsupported.
    pub bulk: Option<(u32, u64)>,
    /// Maximum results a filter may return.
    pub filter_max_results: u32,
    /// Whether changePassword is supported.
    pub change_password: bool,
    /// Whether sorting is supported.
    pub sort: bool,
    /// Whether ETags are supported.
    pub etag: bool,
}

impl Default for ServiceProviderConfig {
    fn default() -> Self {
        ServiceProviderConfig {
            documentation_uri: None,
            patch: true,
            bulk: None,
            filter_max_results: 1000,
            change_password: true,
            sort: true,
            etag: true,
        }
    }
}

impl ServiceProviderConfig {
    /// The `/ServiceProviderConfig` document.
    pub fn to_json(&self, base_url: &str) -> Value {
        let (bulk_ok, max_ops, max_payload) = match self.bulk {
            Some((o, p)) => (true, o, p),
            None => (false, 0, 0),
        };
        json!({
            "schemas": [SERVICE_PROVIDER_CONFIG_SCHEMA],
            "documentationUri": self.documentation_uri,
            "patch": {"supported": self.patch},
            "bulk": {"supported": bulk_ok, "maxOperations": max_ops, "maxPayloadSize": max_payload},
            "filter": {"supported": true, "maxResults": self.filter_max_results},
            "changePassword": {"supported": self.change_password},
            "sort": {"supported": self.sort},
            "etag": {"supported": self.etag},
            "authenticationSchemes": [{
                "type": "oauthbearertoken",
                "name": "OAuth Bearer Token",
                "description": "Authentication with an API key sent as a bearer token",
                "primary": true,
            }],
            "meta": {
                "resourceType": "ServiceProviderConfig",
                "location": format!("{base_url}/ServiceProviderConfig"),
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_schema_has_rfc_characteristics() {
        let u = user();
        let un = u.attribute("USERNAME").expect("userName");
        assert!(un.required && !un.case_exact);
        assert_eq!(un.uniqueness, Uniqueness::Server);
        let pw = u.attribute("password").expect("password");
        assert_eq!(pw.returned, Returned::Never);
        assert_eq!(pw.mutability, Mutability::WriteOnly);
        let groups = u.attribute("groups").expect("groups");
        assert_eq!(groups.mutability, Mutability::ReadOnly);
        assert!(u.attribute("emails").expect("emails").multi_valued);
    }

    #[test]
    fn resolve_urn_qualified() {
        let r = USER
            .resolve(Some(ENTERPRISE_USER_SCHEMA), "department")
            .expect("department");
        assert!(r.is_extension);
        let r = USER
            .resolve(
                Some("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER"),
                "username",
            )
            .expect("userName");
        assert_eq!(r.attr.name, "userName");
    }

    #[test]
    fn normalize_fixes_case_and_checks_types() {
        let mut v = json!({"USERNAME": "a", "Name": {"GIVENNAME": "x"}, "active": "true",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user": {"Department": "d"}});
        USER.normalize(&mut v).expect("normalize");
        assert_eq!(v["userName"], "a");
        assert_eq!(v["name"]["givenName"], "x");
        assert_eq!(v["active"], true);
        assert_eq!(v[ENTERPRISE_USER_SCHEMA]["department"], "d");
        let mut bad = json!({"emails": {"value": "x"}});
        assert!(matches!(
            USER.normalize(&mut bad),
            Err(ScimError::InvalidValue(_))
        ));
    }

    #[test]
    fn schema_documents_are_generated() {
        let doc = user().to_json("/scim/v2/Schemas/x");
        let attrs = doc["attributes"].as_array().expect("attributes");
        assert!(attrs.iter().any(|a| a["name"] == "userName"));
        assert_eq!(
            USER.to_json("")["schemaExtensions"][0]["schema"],
            ENTERPRISE_USER_SCHEMA
        );
    }
}
