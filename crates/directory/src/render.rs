//! Rendering a stored user as a SCIM resource: as a `Value` (for
//! projections and PATCH) or straight to JSON text (Okta's GETs, lists and
//! imports, which are most of the traffic).
//!
//! A user is rendered from its stored profile plus what the directory
//! knows better than the profile: `active` (from the account state),
//! `id`, `groups` (from the memberships) and `meta`. Both paths give the
//! same bytes; `tests/conformance.rs` compares them on both backends.

use scim_core::{etag, USER};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{json, Value};

use crate::db::Dialect;
use crate::error::{DirectoryError, Result};
use crate::reads::Cols;
use crate::users::state;
use crate::Directory;

/// A user as SCIM returns it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScimUser {
    /// Server-issued id.
    pub id: String,
    /// Optimistic version (the ETag).
    pub version: u64,
    /// The full resource (with `id`, `active`, `groups`, `meta`; never `password`).
    pub resource: Value,
}

impl ScimUser {
    /// The weak ETag.
    pub fn etag(&self) -> String {
        etag::weak_etag(self.version)
    }
}

/// A user rendered as SCIM JSON text with the default projection (no
/// `attributes` or `excludedAttributes`): what `GET /Users/{id}` answers.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderedUser {
    /// Resource id.
    pub id: String,
    /// Version (for the ETag).
    pub version: u64,
    /// The JSON body.
    pub json: String,
}

/// The columns a SCIM rendering of a user needs: not the password state
/// or its verifier, which a read has no use for. With [`groups_column`].
pub(crate) const USER_VIEW_COLS: &str = "id, resource, state, version, created_at, modified_at";

/// A user's group memberships as one JSON text column `grp`
/// (`[[seq, id, displayName], ...]` in no particular order; `groups_value`
/// sorts them by `seq`), so a user and its groups are one statement.
/// `users` must be the unaliased users table.
///
/// Not `ORDER BY` inside the aggregate: SQLite implements an ordered
/// aggregate with an ephemeral table opened and closed for every row, which
/// was a quarter of a `GET /Users/{id}` in the directory (criterion
/// `request/directory get_user`: 22.1 → 16.7 µs without it). A user's few
/// groups sort faster in Rust.
pub(crate) fn groups_column(d: Dialect) -> &'static str {
    match d {
        Dialect::Sqlite => {
            "(SELECT json_group_array(json_array(g.seq, g.id, g.display_name)) \
             FROM group_members gm JOIN groups g ON g.id = gm.group_id WHERE gm.member_id = users.id) AS grp"
        }
        Dialect::Postgres => {
            "(SELECT json_agg(json_build_array(g.seq, g.id, g.display_name))::text \
             FROM group_members gm JOIN groups g ON g.id = gm.group_id WHERE gm.member_id = users.id) AS grp"
        }
    }
}

/// A user's `meta`, in the order SCIM renders it (a struct serializes
/// faster than a map is built).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct UserMeta<'a> {
    resource_type: &'static str,
    created: &'a str,
    last_modified: &'a str,
    location: String,
    version: String,
}

/// What a rendering needs besides the stored profile.
pub(crate) struct UserView<'a> {
    pub id: &'a str,
    pub version: u64,
    /// The account state: `active` is rendered from it.
    pub state: &'a str,
    pub created: &'a str,
    pub modified: &'a str,
    /// The `groups` attribute (see [`Directory::groups_value`]).
    pub groups: Vec<Value>,
}

impl Directory {
    pub(crate) fn location(&self, kind: &str, id: &str) -> String {
        format!("{}/{kind}/{id}", self.base_url)
    }

    /// Builds the SCIM resource from a row of [`USER_VIEW_COLS`] and the
    /// `grp` column of its group memberships.
    pub(crate) fn scim_user(&self, r: &impl Cols) -> Result<ScimUser> {
        let resource: Value =
            serde_json::from_str(&r.text("resource")?).map_err(DirectoryError::internal)?;
        let (id, state, created, modified) = (
            r.text("id")?,
            r.text("state")?,
            r.text("created_at")?,
            r.text("modified_at")?,
        );
        let view = UserView {
            id: &id,
            version: r.int("version")? as u64,
            state: &state,
            created: &created,
            modified: &modified,
            groups: self.groups_value(r)?,
        };
        self.scim_user_from(resource, view)
    }

    /// The SCIM resource of a stored `profile` and its [`UserView`].
    pub(crate) fn scim_user_from(&self, mut profile: Value, v: UserView<'_>) -> Result<ScimUser> {
        if let Some(o) = profile.as_object_mut() {
            // `active` is the state's, unless a client unassigned it (null).
            if o.get("active").is_some_and(Value::is_null) {
                o.shift_remove("active");
            } else {
                o.insert("active".into(), json!(v.state != state::SUSPENDED));
            }
            o.insert("id".into(), json!(v.id));
            if !v.groups.is_empty() {
                o.insert("groups".into(), Value::Array(v.groups));
            }
            let meta = self.user_meta(v.id, v.version, v.created, v.modified);
            o.insert(
                "meta".into(),
                serde_json::to_value(meta).map_err(DirectoryError::internal)?,
            );
        }
        Ok(ScimUser {
            id: v.id.to_string(),
            version: v.version,
            resource: profile,
        })
    }

    fn user_meta<'a>(
        &self,
        id: &str,
        version: u64,
        created: &'a str,
        modified: &'a str,
    ) -> UserMeta<'a> {
        UserMeta {
            resource_type: "User",
            created,
            last_modified: modified,
            location: self.location("Users", id),
            version: etag::weak_etag(version),
        }
    }

    /// [`Directory::scim_user`] projected by default and serialized, as
    /// JSON text. When every stored member passes the default projection
    /// as it is ([`scim_core::list::kept_as_is_by_default`]), the text is
    /// spliced: the stored JSON, then `id`, `groups` and `meta`, in the
    /// order `scim_user` adds them. No `Value` of the profile is built;
    /// parsing it was the largest single cost of a GET (BENCHMARKS.md).
    /// Otherwise the resource is built, projected and serialized.
    pub(crate) fn render_user(&self, r: &impl Cols) -> Result<RenderedUser> {
        let stored = r.text("resource")?;
        let active = r.text("state")? != state::SUSPENDED;
        let Some(head) = splice_head(&stored, active) else {
            let u = self.scim_user(r)?;
            let shown = scim_core::project(u.resource, &USER, &[], &[]);
            return Ok(RenderedUser {
                id: u.id,
                version: u.version,
                json: serde_json::to_string(&shown).map_err(DirectoryError::internal)?,
            });
        };
        let id = r.text("id")?;
        let version = r.int("version")? as u64;
        let groups = self.groups_value(r)?;
        let (created, modified) = (r.text("created_at")?, r.text("modified_at")?);
        let meta = self.user_meta(&id, version, &created, &modified);
        let mut out = Vec::with_capacity(stored.len() + 320);
        out.extend_from_slice(head.as_bytes());
        push_member(&mut out, "id", &id)?;
        if !groups.is_empty() {
            push_member(&mut out, "groups", &groups)?;
        }
        push_member(&mut out, "meta", &meta)?;
        out.push(b'}');
        Ok(RenderedUser {
            id,
            version,
            json: String::from_utf8(out).map_err(DirectoryError::internal)?,
        })
    }

    /// The `groups` attribute from a row's `grp` column (see [`groups_column`]).
    pub(crate) fn groups_value(&self, r: &impl Cols) -> Result<Vec<Value>> {
        let Some(text) = r.opt_text("grp")? else {
            return Ok(Vec::new());
        };
        let mut groups: Vec<(i64, String, String)> =
            serde_json::from_str(&text).map_err(DirectoryError::internal)?;
        groups.sort_unstable_by_key(|g| g.0);
        Ok(groups
            .into_iter()
            .map(|(_, gid, name)| {
                json!({
                    "value": gid, "display": name, "$ref": self.location("Groups", &gid), "type": "direct",
                })
            })
            .collect())
    }
}

/// A stored resource's text without its closing brace, when the default
/// projection would keep every member of it as it is, none of them is one
/// the rendering sets (`id`, `groups`, `meta`), and its `active` is the one
/// the account state gives (`active`): then the members a rendering appends
/// can follow it. Every write stores `active` from the state; a profile
/// stored before that was so may lack it or disagree. `None` sends the
/// caller to the full path (a `Value`, projected), where the state's value
/// is set.
fn splice_head(stored: &str, active: bool) -> Option<&str> {
    /// The top-level members of an object, borrowed from its text.
    struct Members<'a>(Vec<(&'a str, &'a RawValue)>);
    impl<'de> serde::Deserialize<'de> for Members<'de> {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
            struct V;
            impl<'de> serde::de::Visitor<'de> for V {
                type Value = Members<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> std::result::Result<Self::Value, A::Error> {
                    let mut members = Vec::new();
                    while let Some(m) = map.next_entry::<&'de str, &'de RawValue>()? {
                        members.push(m);
                    }
                    Ok(Members(members))
                }
            }
            d.deserialize_map(V)
        }
    }
    // A key with escapes cannot be borrowed: that, too, takes the full path.
    let Members(mut members) = serde_json::from_str(stored).ok()?;
    let want = if active { "true" } else { "false" };
    let passes = members
        .iter()
        .any(|(k, v)| *k == "active" && v.get() == want)
        && members.iter().all(|(k, v)| {
            !matches!(*k, "id" | "groups" | "meta")
                && scim_core::list::kept_as_is_by_default(&USER, k, v.get())
        });
    members.sort_unstable_by_key(|m| m.0);
    let unique = members.windows(2).all(|w| w[0].0 != w[1].0);
    let head = stored.trim_end().strip_suffix('}')?;
    (passes && unique).then_some(head)
}

/// Appends `,"name":<value as JSON>` to a JSON object being written.
fn push_member(out: &mut Vec<u8>, name: &str, v: &impl serde::Serialize) -> Result<()> {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
    serde_json::to_writer(out, v).map_err(DirectoryError::internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_head_takes_plain_profiles_and_refuses_the_rest() {
        let ext = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
        let plain = r#"{"userName":"ann@example.com","name":{"givenName":"Ann"},"active":true}"#;
        assert_eq!(splice_head(plain, true), Some(&plain[..plain.len() - 1]));
        let with_ext =
            format!(r#"{{"userName":"a","{ext}":{{"employeeNumber":"7"}},"active":false}}"#);
        assert!(splice_head(&with_ext, false).is_some());
        // `active` must be there and be the state's.
        assert_eq!(splice_head(plain, false), None, "suspended");
        assert_eq!(splice_head(r#"{"userName":"a"}"#, true), None, "no active");
        for refused in [
            // Members the default projection drops or the rendering sets.
            r#"{"userName":"a","active":true,"password":"x"}"#.to_string(),
            r#"{"userName":"a","active":true,"id":"1"}"#.to_string(),
            r#"{"userName":"a","active":true,"meta":{}}"#.to_string(),
            r#"{"userName":"a","active":true,"groups":[]}"#.to_string(),
            format!(r#"{{"userName":"a","active":true,"{ext}":{{}}}}"#),
            format!(r#"{{"userName":"a","active":true,"{ext}":"x"}}"#),
            // What cannot be spliced safely.
            r#"{"user\u004eame":"a","active":true}"#.to_string(),
            r#"{"userName":"a","userName":"b","active":true}"#.to_string(),
            "{}".to_string(),
            "[]".to_string(),
            "not json".to_string(),
        ] {
            assert_eq!(splice_head(&refused, true), None, "{refused}");
        }
    }
}
