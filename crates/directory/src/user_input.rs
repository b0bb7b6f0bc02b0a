//! What a SCIM User body means for the directory: the body decoded (the
//! password taken out into a zeroizing string, the profile mapped through
//! `attr-mapping`), and the rules that tie `active` to the account state.
//! Pure: no storage.

use password_sync::{Action, UserSync, Zeroizing};
use scim_core::{ScimError, USER};
use serde_json::{Map, Value};

use crate::error::Result;
use crate::users::state;

/// A SCIM User body decoded for the directory.
pub(crate) struct Prepared {
    /// The profile as stored: `attr_mapping::to_scim(record)`, and `active`
    /// once the writer knows the state ([`set_active`]).
    pub resource: Value,
    pub user_name: String,
    pub external_id: Option<String>,
    pub password: Option<Zeroizing<String>>,
    pub active: Option<bool>,
    pub report: attr_mapping::MappingReport,
}

/// Most values a multi-valued User attribute may hold.
pub const MAX_VALUES: usize = 100;

/// Decodes and validates a client's User body. The password is taken out
/// into a zeroizing string; it is never copied into the working copy.
pub(crate) fn prepare(body: &Value) -> Result<Prepared> {
    let Some(members) = body.as_object() else {
        return Err(ScimError::InvalidSyntax("a User must be a JSON object".into()).into());
    };
    let mut password = None;
    let mut copy = Map::with_capacity(members.len());
    for (k, v) in members {
        if k.eq_ignore_ascii_case("password") {
            password = match v {
                Value::Null => None,
                Value::String(s) => Some(Zeroizing::new(s.clone())),
                _ => {
                    return Err(
                        ScimError::InvalidValue("'password' must be a string".into()).into(),
                    )
                }
            };
        } else {
            copy.insert(k.clone(), v.clone());
        }
    }
    let mut v = Value::Object(copy);
    USER.normalize(&mut v)?;
    let Some(obj) = v.as_object_mut() else {
        return Err(ScimError::InvalidSyntax("a User must be a JSON object".into()).into());
    };
    if let Some(schemas) = obj.get("schemas") {
        let ok = schemas.as_array().is_some_and(|a| {
            a.iter().all(Value::is_string)
                && a.iter().any(|s| {
                    s.as_str()
                        .is_some_and(|s| s.eq_ignore_ascii_case(scim_core::schema::USER_SCHEMA))
                })
        });
        if !ok {
            return Err(ScimError::InvalidValue(format!(
                "'schemas' must include {}",
                scim_core::schema::USER_SCHEMA
            ))
            .into());
        }
    }
    // Bounded arrays: a user has at most this many values per attribute.
    for (k, v) in obj.iter() {
        if v.as_array().is_some_and(|a| a.len() > MAX_VALUES) {
            return Err(ScimError::InvalidValue(format!(
                "'{k}' has more than {MAX_VALUES} values"
            ))
            .into());
        }
    }
    let active = obj.remove("active").and_then(|a| a.as_bool());
    for ro in ["id", "meta", "groups"] {
        obj.remove(ro);
    }
    scim_core::patch::check_primary(&v, &USER)?;
    let (record, report) = attr_mapping::from_scim(&v).map_err(|e| match e {
        attr_mapping::MappingError::MissingUserName => {
            ScimError::InvalidValue("'userName' is required".into())
        }
        other => ScimError::InvalidValue(other.to_string()),
    })?;
    if record.user_name.trim().is_empty() {
        return Err(ScimError::InvalidValue("'userName' must not be empty".into()).into());
    }
    Ok(Prepared {
        resource: attr_mapping::to_scim(&record),
        user_name: record.user_name.clone(),
        external_id: record.external_id.clone(),
        password,
        active,
        report,
    })
}

/// Stores `active` in a profile from the account state it is written with,
/// so a filter on `active` sees what SCIM renders (the rendering takes it
/// from the state).
/// What Okta sent, as the audit log keeps it: every password replaced by
/// a mask (an attribute named `password` in any case, and the value of a
/// PATCH operation whose path is `password`).
pub(crate) fn masked(v: &Value) -> Value {
    const MASK: &str = "********";
    match v {
        Value::Object(o) => {
            let path_is_password = o
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("path"))
                .and_then(|(_, p)| p.as_str())
                .is_some_and(|p| p.trim().eq_ignore_ascii_case("password"));
            Value::Object(
                o.iter()
                    .map(|(k, x)| {
                        let secret = k.eq_ignore_ascii_case("password")
                            || (path_is_password && k.eq_ignore_ascii_case("value"));
                        let x = if secret { Value::from(MASK) } else { masked(x) };
                        (k.clone(), x)
                    })
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(masked).collect()),
        other => other.clone(),
    }
}

/// A decoded PATCH request as the audit log keeps it (passwords masked).
pub(crate) fn masked_patch(p: &scim_core::PatchRequest) -> Value {
    let ops: Vec<Value> = p
        .operations
        .iter()
        .map(|o| {
            let mut m = Map::new();
            m.insert(
                "op".into(),
                Value::from(format!("{:?}", o.op).to_lowercase()),
            );
            if let Some(path) = &o.path {
                m.insert("path".into(), Value::from(path.to_string()));
            }
            if let Some(v) = &o.value {
                m.insert("value".into(), v.clone());
            }
            masked(&Value::Object(m))
        })
        .collect();
    serde_json::json!({ "Operations": ops })
}

pub(crate) fn set_active(resource: &mut Value, st: &str) {
    if let Some(o) = resource.as_object_mut() {
        o.insert("active".into(), Value::Bool(st != state::SUSPENDED));
    }
}

/// `active` for a replaced profile: from the state when the client gave
/// it, or unassigned (stored as `null`, rendered absent: RFC 7644
/// §3.5.2.2) when a PUT left it out or a PATCH removed it. The account
/// state itself does not change then.
pub(crate) fn keep_active(resource: &mut Value, given: Option<bool>, st: &str) {
    match (given, resource.as_object_mut()) {
        (Some(_), _) => set_active(resource, st),
        (None, Some(o)) => {
            o.insert("active".into(), Value::Null);
        }
        (None, None) => {}
    }
}

/// The state a SCIM write leaves the user in: `active` decides; without
/// it the state stays (a STAGED or SUSPENDED user stays so).
pub(crate) fn next_state(active: Option<bool>, current: &str) -> &'static str {
    match (active, current) {
        (Some(false), _) => state::SUSPENDED,
        (Some(true), _) => state::ACTIVATED,
        (None, s) if s == state::SUSPENDED => state::SUSPENDED,
        (None, s) if s == state::STAGED => state::STAGED,
        (None, _) => state::ACTIVATED,
    }
}

/// The transition of a state change: suspending cancels and locks,
/// restoring unlocks and delivers; other changes touch no device.
pub(crate) fn follow_state(s: &mut UserSync, from: &str, to: &str) -> Vec<Action> {
    if from == to || (from != state::SUSPENDED && to != state::SUSPENDED) {
        Vec::new()
    } else if to == state::SUSPENDED {
        s.suspend()
    } else {
        s.reactivate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_okta_sent_is_kept_without_passwords() {
        let body = serde_json::json!({"userName": "a@b.c", "Password": "s3cret-1",
            "Operations": [{"op": "replace", "value": {"password": "s3cret-2"}},
                           {"op": "replace", "path": "PASSWORD", "value": "s3cret-3"},
                           {"op": "replace", "path": "title", "value": "Boss"}]});
        let text = masked(&body).to_string();
        for s in ["s3cret-1", "s3cret-2", "s3cret-3"] {
            assert!(!text.contains(s), "{text}");
        }
        assert!(text.contains("Boss") && text.contains("a@b.c"), "{text}");
        let p = scim_core::PatchRequest::from_json(&serde_json::json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "password", "value": "s3cret-4"},
                           {"op": "Replace", "value": {"active": false, "password": "s3cret-5"}}]}))
        .expect("patch");
        let text = masked_patch(&p).to_string();
        assert!(
            !text.contains("s3cret-4") && !text.contains("s3cret-5"),
            "{text}"
        );
        assert!(text.contains("\"active\":false"), "{text}");
    }
    use serde_json::json;

    #[test]
    fn without_active_the_state_stays() {
        assert_eq!(next_state(None, state::SUSPENDED), state::SUSPENDED);
        assert_eq!(next_state(None, state::STAGED), state::STAGED);
        assert_eq!(next_state(None, state::ACTIVATED), state::ACTIVATED);
        assert_eq!(next_state(Some(true), state::SUSPENDED), state::ACTIVATED);
        assert_eq!(next_state(Some(false), state::ACTIVATED), state::SUSPENDED);
    }

    #[test]
    fn the_password_is_taken_out_not_copied() {
        let body = json!({"userName": "a@b.c", "Password": "Secr3t-Horse", "active": true});
        let p = prepare(&body).expect("valid");
        assert_eq!(
            p.password.as_deref().map(String::as_str),
            Some("Secr3t-Horse")
        );
        assert!(!p.resource.to_string().contains("Secr3t"));
        assert_eq!(p.active, Some(true));
        let bad = json!({"userName": "a@b.c", "password": 7});
        assert!(prepare(&bad).is_err());
    }
}
