//! # scim-core: the SCIM 2.0 protocol as a pure library
//!
//! Everything RFC 7643 (schema) and RFC 7644 (protocol) define that a service
//! provider needs, with no I/O, no async and no HTTP types, so any Rust
//! service can embed it.
//!
//! - [`schema`]: attribute definitions with their characteristics (type,
//!   mutability, returned, caseExact, uniqueness, ...), the User, Enterprise
//!   User and Group schemas, the resource types, and the discovery documents
//!   (`/Schemas`, `/ResourceTypes`, `/ServiceProviderConfig`) generated from them.
//! - [`filter`]: the filter grammar parsed to a [`Filter`] AST with a canonical
//!   `Display`, a depth limit and byte-offset errors; in-memory evaluation
//!   honouring `caseExact`.
//! - [`patch`]: PATCH operations ([`PatchRequest`]) applied to a JSON resource.
//! - [`list`]: list queries, `POST /.search` bodies, ListResponse, sorting and
//!   `attributes`/`excludedAttributes` projection.
//! - [`etag`]: weak ETags and If-Match semantics.
//! - [`resource`]: typed `User`/`Group` views that keep unknown attributes.
//! - [`ScimError`]: the one error type; each variant knows its SCIM `status`
//!   and `scimType`, and [`ScimError::to_body`] writes the Error JSON.
//!
//! ```
//! use scim_core::{filter::Filter, list::{ListQuery, project}, schema::USER};
//! use serde_json::json;
//!
//! let users = vec![
//!     json!({"id": "1", "userName": "jane@example.com", "password": "x"}),
//!     json!({"id": "2", "userName": "joe@example.com"}),
//! ];
//! let q = ListQuery::from_pairs([("filter", r#"USERNAME eq "JANE@example.com""#)], &USER)?;
//! let (total, page) = q.apply_in_memory(&users, &USER);
//! assert_eq!(total, 1);
//! let shown = project(page[0].clone(), &USER, &q.attributes, &q.excluded_attributes);
//! assert!(shown.get("password").is_none()); // returned: never
//! # Ok::<(), scim_core::ScimError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod error;
pub mod etag;
pub mod filter;
pub mod list;
pub mod patch;
pub mod resource;
pub mod schema;

pub use error::{error_body, ScimError, ScimType, ERROR_SCHEMA};
pub use filter::{AttrPath, CompValue, CompareOp, Filter};
pub use list::{list_response, list_response_text, project, ListQuery, SortOrder};
pub use patch::{OpKind, PatchOperation, PatchPath, PatchRequest};
pub use schema::{ResourceType, GROUP, USER};
