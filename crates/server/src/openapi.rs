//! The OpenAPI 3.1 document of the admin, sign-in, portal and agent APIs,
//! served at `/api/v1/openapi.json`.
//!
//! It is generated from the code: each handler carries its description
//! (`#[utoipa::path]`: method, path, parameters, request body, answers,
//! credential), and the routers are built from those same attributes
//! (`utoipa_axum::routes!`), so a route cannot exist without its entry nor
//! an entry without its route. Request bodies defined in this crate have
//! their schemas; bodies of `directory` and `agent_protocol` types are
//! described as JSON values. Every refusal is a SCIM Error ([`ErrorBody`]).
//! `scripts/schemathesis.sh` checks the running server against it.

use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

/// The body of every refusal: a SCIM 2.0 Error (RFC 7644 section 3.12).
#[derive(Debug, ToSchema)]
#[allow(dead_code)] // a schema only: the body is written by `error::ApiError`
pub struct ErrorBody {
    /// `["urn:ietf:params:scim:api:messages:2.0:Error"]`.
    schemas: Vec<String>,
    /// The HTTP status, as a string.
    status: String,
    /// What was wrong, for a person.
    detail: String,
    /// The SCIM error type, when one applies (`invalidValue`, `uniqueness`...).
    #[serde(rename = "scimType")]
    scim_type: Option<String>,
}

/// The document's fixed parts: title, version, credentials, tags.
#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "okta-directory",
        description = "The admin API (/api/v1), admin sign-in and MFA, the user portal (/portal/v1) and the device agents' API (/agent/v1). SCIM 2.0 for Okta is under /scim/v2 and described by its own discovery endpoints.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    components(schemas(ErrorBody)),
    modifiers(&Credentials),
    tags(
        (name = "admin", description = "Users, devices, groups on devices, admins, settings, diagnostics"),
        (name = "sign-in", description = "Admin sign-in, MFA and sessions"),
        (name = "portal", description = "The user portal: a user's own password and attributes"),
        (name = "agent", description = "Device agents: enrolment, check-in, reports"),
    ),
)]
pub struct Base;

/// The four credentials the APIs take.
struct Credentials;

impl Modify for Credentials {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let bearer = |what: &str| {
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(what.to_string()))
                    .build(),
            )
        };
        let c = openapi.components.get_or_insert_with(Default::default);
        c.add_security_scheme(
            "api_key",
            bearer("An admin's API key (also accepted as `x-api-key`)"),
        );
        c.add_security_scheme(
            "device_credential",
            bearer("A device's credential from its enrolment"),
        );
        c.add_security_scheme(
            "enrolment_token",
            bearer("A single-use enrolment token (et_...) an admin minted"),
        );
        c.add_security_scheme(
            "admin_session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "__Host-directory-admin",
                "An admin's session cookie from POST /api/v1/sign-in (`directory-admin` without TLS; state-changing requests also send its CSRF token as x-csrf-token)",
            ))),
        );
        c.add_security_scheme(
            "user_session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "__Host-directory-user",
                "A user's session cookie from POST /portal/v1/sign-in (`directory-user` without TLS)",
            ))),
        );
    }
}

/// The base document with the server's version.
pub fn base() -> utoipa::openapi::OpenApi {
    let mut doc = Base::openapi();
    doc.info.version = crate::VERSION.to_string();
    doc
}
