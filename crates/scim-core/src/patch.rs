//! PATCH (RFC 7644 §3.5.2) applied to a JSON resource, driven by the schema.
//!
//! ```
//! use scim_core::{patch::PatchRequest, schema::USER};
//! use serde_json::json;
//! let mut user = json!({"userName": "a", "active": true});
//! // The path-less deactivate Okta sends:
//! let req = PatchRequest::from_json(&json!({
//!     "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
//!     "Operations": [{"op": "Replace", "value": {"active": false}}]})).unwrap();
//! req.apply(&mut user, &USER).unwrap();
//! assert_eq!(user["active"], false);
//! ```

use std::fmt;

use serde_json::{Map, Value};

use crate::filter::{get_ci, AttrPath, CompValue, CompareOp, Filter, Parser};
use crate::schema::{AttrType, AttributeDef, Mutability, ResourceType, PATCH_OP_SCHEMA};
use crate::ScimError;

/// Most operations one PATCH request may carry.
pub const MAX_OPERATIONS: usize = 1000;

/// A PATCH path: `attrPath` or `valuePath[.subAttr]`.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchPath {
    /// The attribute (and, without a filter, optional sub-attribute).
    pub attr: AttrPath,
    /// The value filter selecting elements of a multi-valued attribute.
    pub filter: Option<Filter>,
    /// With a filter: the sub-attribute after `]`.
    pub sub_after_filter: Option<String>,
}

impl PatchPath {
    /// Parses a PATCH path.
    pub fn parse(s: &str) -> Result<PatchPath, ScimError> {
        let to_path_err = |e: ScimError| match e {
            ScimError::InvalidFilter { message, offset } => {
                ScimError::InvalidPath(format!("'{s}': {message} at byte {offset}"))
            }
            other => other,
        };
        let mut p = Parser::new(s).map_err(to_path_err)?;
        let attr = p.attr_path().map_err(to_path_err)?;
        p.skip_ws();
        let mut filter = None;
        let mut sub_after = None;
        if p.src[p.pos..].starts_with('[') {
            if attr.sub_attr.is_some() {
                return Err(ScimError::InvalidPath(format!(
                    "'{s}': a value filter cannot follow a sub-attribute"
                )));
            }
            // Reuse the filter grammar: parse `attr[...]` as a value-path filter.
            let f = Filter::parse(&s[..s.rfind(']').map(|i| i + 1).unwrap_or(s.len())])
                .map_err(to_path_err)?;
            let Filter::ValuePath(_, inner) = f else {
                return Err(ScimError::InvalidPath(format!(
                    "'{s}': malformed value filter"
                )));
            };
            filter = Some(*inner);
            let close = s.rfind(']').unwrap_or(s.len());
            let tail = s[close + 1..].trim();
            if !tail.is_empty() {
                let Some(name) = tail.strip_prefix('.') else {
                    return Err(ScimError::InvalidPath(format!(
                        "'{s}': unexpected text after ']'"
                    )));
                };
                if name.is_empty()
                    || !name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "-_$".contains(c))
                {
                    return Err(ScimError::InvalidPath(format!(
                        "'{s}': invalid sub-attribute"
                    )));
                }
                sub_after = Some(name.to_string());
            }
        } else if p.pos != s.len() {
            return Err(ScimError::InvalidPath(format!("'{s}': unexpected text")));
        }
        Ok(PatchPath {
            attr,
            filter,
            sub_after_filter: sub_after,
        })
    }
}

impl fmt::Display for PatchPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.attr)?;
        if let Some(flt) = &self.filter {
            write!(f, "[{flt}]")?;
        }
        if let Some(s) = &self.sub_after_filter {
            write!(f, ".{s}")?;
        }
        Ok(())
    }
}

/// The three PATCH operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    /// add
    Add,
    /// remove
    Remove,
    /// replace
    Replace,
}

/// One PATCH operation.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchOperation {
    /// The operation.
    pub op: OpKind,
    /// Target path, if any.
    pub path: Option<PatchPath>,
    /// The value, if any.
    pub value: Option<Value>,
}

/// A PatchOp request.
#[derive(Debug, Clone, PartialEq)]
pub struct PatchRequest {
    /// The operations, in order.
    pub operations: Vec<PatchOperation>,
}

impl PatchRequest {
    /// Decodes a PatchOp message. `op` is case-insensitive and `Operations`
    /// may be spelled in any case.
    pub fn from_json(body: &Value) -> Result<PatchRequest, ScimError> {
        let Some(obj) = body.as_object() else {
            return Err(ScimError::InvalidSyntax(
                "PatchOp must be a JSON object".into(),
            ));
        };
        if let Some(schemas) = get_ci(body, "schemas") {
            let ok = schemas
                .as_array()
                .is_some_and(|a| a.iter().any(|s| s.as_str() == Some(PATCH_OP_SCHEMA)));
            if !ok {
                return Err(ScimError::InvalidSyntax(format!(
                    "PatchOp 'schemas' must contain {PATCH_OP_SCHEMA}"
                )));
            }
        }
        let ops = obj
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Operations"))
            .map(|(_, v)| v)
            .ok_or_else(|| ScimError::InvalidSyntax("PatchOp has no 'Operations'".into()))?;
        let Some(ops) = ops.as_array() else {
            return Err(ScimError::InvalidSyntax(
                "'Operations' must be an array".into(),
            ));
        };
        if ops.len() > MAX_OPERATIONS {
            return Err(ScimError::TooMany(format!(
                "at most {MAX_OPERATIONS} operations per PATCH"
            )));
        }
        let mut operations = Vec::with_capacity(ops.len());
        for (i, op) in ops.iter().enumerate() {
            let kind = match get_ci(op, "op").and_then(Value::as_str) {
                Some(s) if s.eq_ignore_ascii_case("add") => OpKind::Add,
                Some(s) if s.eq_ignore_ascii_case("remove") => OpKind::Remove,
                Some(s) if s.eq_ignore_ascii_case("replace") => OpKind::Replace,
                Some(s) => {
                    return Err(ScimError::InvalidSyntax(format!(
                        "operation {i}: unknown op '{s}'"
                    )))
                }
                None => {
                    return Err(ScimError::InvalidSyntax(format!(
                        "operation {i}: missing 'op'"
                    )))
                }
            };
            let path = match get_ci(op, "path") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) if s.trim().is_empty() => None,
                Some(Value::String(s)) => Some(PatchPath::parse(s.trim())?),
                Some(_) => {
                    return Err(ScimError::InvalidPath(format!(
                        "operation {i}: 'path' must be a string"
                    )))
                }
            };
            let value = get_ci(op, "value").cloned();
            if kind != OpKind::Remove && value.is_none() {
                return Err(ScimError::InvalidValue(format!(
                    "operation {i}: '{}' needs a 'value'",
                    if kind == OpKind::Add {
                        "add"
                    } else {
                        "replace"
                    }
                )));
            }
            operations.push(PatchOperation {
                op: kind,
                path,
                value,
            });
        }
        Ok(PatchRequest { operations })
    }

    /// Applies every operation in order. On error the resource may be partly
    /// modified: apply to a copy and keep it only on success (the directory does).
    pub fn apply(&self, resource: &mut Value, rt: &ResourceType) -> Result<(), ScimError> {
        for op in &self.operations {
            apply_one(resource, op, rt)?;
        }
        check_primary(resource, rt)
    }
}

fn apply_one(
    resource: &mut Value,
    op: &PatchOperation,
    rt: &ResourceType,
) -> Result<(), ScimError> {
    match &op.path {
        Some(path) => apply_path(resource, op.op, path, op.value.as_ref(), rt, false),
        None => {
            if op.op == OpKind::Remove {
                return Err(ScimError::NoTarget(
                    "a remove operation needs a 'path'".into(),
                ));
            }
            let Some(Value::Object(map)) = &op.value else {
                return Err(ScimError::InvalidValue(
                    "an operation without 'path' needs an object 'value'".into(),
                ));
            };
            for (k, v) in map {
                if k.eq_ignore_ascii_case("schemas") {
                    continue;
                }
                if let Some(urn) = rt.extension_urn(k) {
                    let Value::Object(inner) = v else {
                        return Err(ScimError::InvalidValue(format!(
                            "'{urn}' must be an object"
                        )));
                    };
                    for (ik, iv) in inner {
                        let path = PatchPath::parse(&format!("{urn}:{ik}"))?;
                        apply_path(resource, op.op, &path, Some(iv), rt, true)?;
                    }
                    continue;
                }
                let path = PatchPath::parse(k)?;
                apply_path(resource, op.op, &path, Some(v), rt, true)?;
            }
            Ok(())
        }
    }
}

/// The object holding the attribute (root or an extension object).
fn container<'a>(
    resource: &'a mut Value,
    rt: &ResourceType,
    attr: &AttrPath,
    create: bool,
) -> Result<Option<&'a mut Map<String, Value>>, ScimError> {
    let Some(root) = resource.as_object_mut() else {
        return Err(ScimError::InvalidSyntax("resource is not an object".into()));
    };
    match &attr.urn {
        Some(u) if rt.core_id.eq_ignore_ascii_case(u) => Ok(Some(root)),
        Some(u) => {
            let Some(urn) = rt.extension_urn(u) else {
                return Err(ScimError::InvalidPath(format!("unknown schema '{u}'")));
            };
            if !root.contains_key(urn) {
                if !create {
                    return Ok(None);
                }
                root.insert(urn.to_string(), Value::Object(Map::new()));
                if let Some(Value::Array(schemas)) = root.get_mut("schemas") {
                    if !schemas.iter().any(|s| s.as_str() == Some(urn)) {
                        schemas.push(Value::String(urn.to_string()));
                    }
                }
            }
            Ok(root.get_mut(urn).and_then(Value::as_object_mut))
        }
        None => Ok(Some(root)),
    }
}

/// Finds the key in `obj` matching `name` case-insensitively.
fn key_of(obj: &Map<String, Value>, name: &str) -> Option<String> {
    if obj.contains_key(name) {
        return Some(name.to_string());
    }
    obj.keys().find(|k| k.eq_ignore_ascii_case(name)).cloned()
}

fn apply_path(
    resource: &mut Value,
    op: OpKind,
    path: &PatchPath,
    value: Option<&Value>,
    rt: &ResourceType,
    pathless: bool,
) -> Result<(), ScimError> {
    // The path may name a whole extension: `urn:...:enterprise:2.0:User`.
    if let (Some(u), None, None) = (&path.attr.urn, &path.attr.sub_attr, &path.filter) {
        if let Some(ext) = rt.extension_urn(&format!("{u}:{}", path.attr.attr)) {
            return apply_whole_extension(resource, op, ext, value, rt);
        }
    }
    let resolved = rt.resolve(path.attr.urn.as_deref(), &path.attr.attr);
    if path.attr.urn.is_some()
        && resolved.is_none()
        && rt
            .extension_urn(path.attr.urn.as_deref().unwrap_or(""))
            .is_some()
    {
        return Err(ScimError::InvalidPath(format!(
            "unknown attribute '{}'",
            path.attr
        )));
    }
    let def = resolved.map(|r| r.attr);
    let name = def
        .map(|d| d.name.to_string())
        .unwrap_or_else(|| path.attr.attr.clone());
    let sub_name = path
        .attr
        .sub_attr
        .as_deref()
        .or(path.sub_after_filter.as_deref());
    let sub_def = match (def, sub_name) {
        (Some(d), Some(s)) => {
            if d.ty != AttrType::Complex {
                return Err(ScimError::InvalidPath(format!(
                    "'{}' has no sub-attributes",
                    d.name
                )));
            }
            Some(d.sub(s).ok_or_else(|| {
                ScimError::InvalidPath(format!("unknown sub-attribute '{}.{s}'", d.name))
            })?)
        }
        _ => None,
    };
    let sub_name = sub_def
        .map(|d| d.name.to_string())
        .or(sub_name.map(str::to_string));

    // Mutability.
    let current = container(resource, rt, &path.attr, false)?
        .and_then(|c| key_of(c, &name).and_then(|k| c.get(&k).cloned()));
    if let Some(d) = def {
        match d.mutability {
            Mutability::ReadOnly => {
                // Okta's path-less group rename re-sends `id`: ignore a read-only
                // attribute written with its current value.
                if pathless && current.as_ref() == value {
                    return Ok(());
                }
                if pathless && (d.name == "meta" || d.name == "groups") {
                    return Ok(());
                }
                return Err(ScimError::Mutability(format!(
                    "attribute '{}' is readOnly",
                    d.name
                )));
            }
            Mutability::Immutable
                if current.as_ref().is_some_and(|c| !c.is_null()) && current.as_ref() != value =>
            {
                return Err(ScimError::Mutability(format!(
                    "attribute '{}' is immutable",
                    d.name
                )));
            }
            _ => {}
        }
        if let Some(sd) = sub_def {
            if sd.mutability == Mutability::ReadOnly {
                return Err(ScimError::Mutability(format!(
                    "attribute '{}.{}' is readOnly",
                    d.name, sd.name
                )));
            }
        }
        if op == OpKind::Remove && d.required && sub_name.is_none() && path.filter.is_none() {
            return Err(ScimError::Mutability(format!(
                "required attribute '{}' cannot be removed",
                d.name
            )));
        }
    }
    // Type-check the value against the schema.
    let mut value = value.cloned();
    if let (Some(v), Some(d)) = (value.as_mut(), def) {
        let target = sub_def.unwrap_or(d);
        check_patch_value(target, v, d, sub_def.is_some(), path.filter.is_some())?;
    }

    let multi = def.map(|d| d.multi_valued).unwrap_or_else(|| {
        current.as_ref().is_some_and(Value::is_array) || value.as_ref().is_some_and(Value::is_array)
    });
    let create = op != OpKind::Remove;
    let Some(obj) = container(resource, rt, &path.attr, create)? else {
        return Ok(()); // remove from an absent extension: nothing to do
    };
    let key = key_of(obj, &name).unwrap_or(name.clone());
    if key != name {
        // Canonicalise the stored key's case.
        if let Some(v) = obj.remove(&key) {
            obj.insert(name.clone(), v);
        }
    }

    if let Some(filter) = &path.filter {
        if !multi {
            return Err(ScimError::InvalidPath(format!(
                "'{name}' is not multi-valued and cannot take a value filter"
            )));
        }
        return apply_filtered(obj, &name, def, filter, sub_name.as_deref(), op, value, rt);
    }

    match op {
        OpKind::Remove => {
            match (sub_name, multi) {
                (Some(s), true) => {
                    if let Some(Value::Array(items)) = obj.get_mut(&name) {
                        for item in items.iter_mut() {
                            if let Some(o) = item.as_object_mut() {
                                if let Some(k) = key_of(o, &s) {
                                    o.remove(&k);
                                }
                            }
                        }
                    }
                }
                (Some(s), false) => {
                    if let Some(Value::Object(o)) = obj.get_mut(&name) {
                        if let Some(k) = key_of(o, &s) {
                            o.remove(&k);
                        }
                        if o.is_empty() {
                            obj.remove(&name);
                        }
                    }
                }
                (None, true) if value.is_some() => {
                    // Azure-style `remove members` with a value list of members.
                    let targets: Vec<Value> = match value {
                        Some(Value::Array(a)) => a,
                        Some(v) => vec![v],
                        None => Vec::new(),
                    };
                    if let Some(Value::Array(items)) = obj.get_mut(&name) {
                        items.retain(|item| !targets.iter().any(|t| element_matches(item, t)));
                        if items.is_empty() {
                            obj.remove(&name);
                        }
                    }
                }
                (None, _) => {
                    obj.remove(&name);
                }
            }
            Ok(())
        }
        OpKind::Add | OpKind::Replace => {
            let Some(value) = value else {
                return Err(ScimError::InvalidValue("missing 'value'".into()));
            };
            if let Some(s) = sub_name {
                if multi {
                    // `emails.type` without a filter: applies to every element.
                    if let Some(Value::Array(items)) = obj.get_mut(&name) {
                        for item in items.iter_mut().filter_map(Value::as_object_mut) {
                            item.insert(s.clone(), value.clone());
                        }
                        return Ok(());
                    }
                    return Err(ScimError::NoTarget(format!(
                        "'{name}' has no values to set '{s}' on"
                    )));
                }
                let entry = obj
                    .entry(name.clone())
                    .or_insert_with(|| Value::Object(Map::new()));
                if !entry.is_object() {
                    *entry = Value::Object(Map::new());
                }
                if let Some(o) = entry.as_object_mut() {
                    if let Some(k) = key_of(o, &s) {
                        o.remove(&k);
                    }
                    o.insert(s, value);
                }
                return Ok(());
            }
            if multi {
                let new_items = match value {
                    Value::Array(a) => a,
                    Value::Null => Vec::new(),
                    v => vec![v],
                };
                let new_primary = new_items
                    .iter()
                    .any(|i| get_ci(i, "primary") == Some(&Value::Bool(true)));
                let entry = obj
                    .entry(name.clone())
                    .or_insert_with(|| Value::Array(Vec::new()));
                if !entry.is_array() || op == OpKind::Replace {
                    *entry = Value::Array(Vec::new());
                }
                if let Value::Array(items) = entry {
                    if new_primary {
                        clear_primary(items);
                    }
                    for n in new_items {
                        if !items.iter().any(|i| i == &n) {
                            items.push(n);
                        }
                    }
                    if items.is_empty() && op == OpKind::Replace {
                        obj.remove(&name);
                    }
                }
                return Ok(());
            }
            // Single-valued complex: merge sub-attributes (RFC 7644 §3.5.2.1/3).
            let is_complex = def.is_some_and(|d| d.ty == AttrType::Complex);
            match (obj.get_mut(&name), value) {
                (Some(Value::Object(existing)), Value::Object(new)) if is_complex => {
                    for (k, v) in new {
                        if let Some(old) = key_of(existing, &k) {
                            existing.remove(&old);
                        }
                        existing.insert(k, v);
                    }
                }
                (_, v) => {
                    obj.insert(name, v);
                }
            }
            Ok(())
        }
    }
}

/// An operation whose path is an extension URN: `remove` drops the whole
/// extension; `add`/`replace` apply each attribute of the object value.
fn apply_whole_extension(
    resource: &mut Value,
    op: OpKind,
    ext: &str,
    value: Option<&Value>,
    rt: &ResourceType,
) -> Result<(), ScimError> {
    if op == OpKind::Remove {
        if let Some(root) = resource.as_object_mut() {
            root.remove(ext);
            if let Some(Value::Array(schemas)) = root.get_mut("schemas") {
                schemas.retain(|s| s.as_str() != Some(ext));
            }
        }
        return Ok(());
    }
    let Some(Value::Object(map)) = value else {
        return Err(ScimError::InvalidValue(format!(
            "'{ext}' needs an object value"
        )));
    };
    for (k, v) in map
        .iter()
        .filter(|(k, _)| !k.eq_ignore_ascii_case("schemas"))
    {
        let path = PatchPath::parse(&format!("{ext}:{k}"))?;
        apply_path(resource, op, &path, Some(v), rt, true)?;
    }
    Ok(())
}

/// Whether an existing element matches a target given in a remove's value
/// (compared on `value` when both have one, else whole-element equality).
fn element_matches(item: &Value, target: &Value) -> bool {
    match (get_ci(item, "value"), get_ci(target, "value")) {
        (Some(a), Some(b)) => a == b,
        _ => item == target,
    }
}

fn clear_primary(items: &mut [Value]) {
    for i in items.iter_mut().filter_map(Value::as_object_mut) {
        if i.get("primary") == Some(&Value::Bool(true)) {
            i.insert("primary".into(), Value::Bool(false));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn apply_filtered(
    obj: &mut Map<String, Value>,
    name: &str,
    def: Option<&AttributeDef>,
    filter: &Filter,
    sub: Option<&str>,
    op: OpKind,
    value: Option<Value>,
    rt: &ResourceType,
) -> Result<(), ScimError> {
    let wrapper_matches = |item: &Value| crate::filter::eval_in_element(filter, item, rt, def);
    let items = match obj.get_mut(name) {
        Some(Value::Array(items)) => items,
        _ => {
            return match op {
                OpKind::Remove => Ok(()),
                _ => create_from_filter(obj, name, filter, sub, value),
            }
        }
    };
    let matched: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, i)| wrapper_matches(i))
        .map(|(n, _)| n)
        .collect();
    match op {
        OpKind::Remove => {
            match sub {
                Some(s) => {
                    for &n in &matched {
                        if let Some(o) = items.get_mut(n).and_then(Value::as_object_mut) {
                            if let Some(k) = key_of(o, s) {
                                o.remove(&k);
                            }
                        }
                    }
                }
                None => {
                    let mut n = 0;
                    items.retain(|_| {
                        let keep = !matched.contains(&n);
                        n += 1;
                        keep
                    });
                    if items.is_empty() {
                        obj.remove(name);
                    }
                }
            }
            Ok(())
        }
        OpKind::Add | OpKind::Replace => {
            let Some(value) = value else {
                return Err(ScimError::InvalidValue("missing 'value'".into()));
            };
            if matched.is_empty() {
                return create_from_filter(obj, name, filter, sub, Some(value));
            }
            let sets_primary = match (sub, &value) {
                (Some(s), v) => s.eq_ignore_ascii_case("primary") && v == &Value::Bool(true),
                (None, v) => get_ci(v, "primary") == Some(&Value::Bool(true)),
            };
            if sets_primary {
                clear_primary(items);
            }
            for &n in &matched {
                let Some(item) = items.get_mut(n) else {
                    continue;
                };
                match sub {
                    Some(s) => {
                        if let Some(o) = item.as_object_mut() {
                            if let Some(k) = key_of(o, s) {
                                o.remove(&k);
                            }
                            o.insert(s.to_string(), value.clone());
                        }
                    }
                    None => match (item.as_object_mut(), &value) {
                        (Some(o), Value::Object(new)) => {
                            for (k, v) in new {
                                if let Some(old) = key_of(o, k) {
                                    o.remove(&old);
                                }
                                o.insert(k.clone(), v.clone());
                            }
                        }
                        _ => *item = value.clone(),
                    },
                }
            }
            Ok(())
        }
    }
}

/// `add`/`replace` through a filter that matched nothing: when the filter is
/// a conjunction of `eq` tests (e.g. `emails[type eq "work"].value`), create
/// the element it describes; otherwise there is no target.
fn create_from_filter(
    obj: &mut Map<String, Value>,
    name: &str,
    filter: &Filter,
    sub: Option<&str>,
    value: Option<Value>,
) -> Result<(), ScimError> {
    fn collect(f: &Filter, out: &mut Map<String, Value>) -> bool {
        match f {
            Filter::And(a, b) => collect(a, out) && collect(b, out),
            Filter::Compare(p, CompareOp::Eq, lit) if p.sub_attr.is_none() && p.urn.is_none() => {
                let v = match lit {
                    CompValue::Str(s) => Value::String(s.clone()),
                    CompValue::Num(n) => Value::Number(n.clone()),
                    CompValue::Bool(b) => Value::Bool(*b),
                    CompValue::Null => return false,
                };
                out.insert(p.attr.clone(), v);
                true
            }
            _ => false,
        }
    }
    let mut elem = Map::new();
    if !collect(filter, &mut elem) {
        return Err(ScimError::NoTarget(format!(
            "no value of '{name}' matches [{filter}]"
        )));
    }
    match (sub, value) {
        (Some(s), Some(v)) => {
            elem.insert(s.to_string(), v);
        }
        (None, Some(Value::Object(o))) => elem.extend(o),
        _ => {
            return Err(ScimError::NoTarget(format!(
                "no value of '{name}' matches [{filter}]"
            )))
        }
    }
    let entry = obj
        .entry(name.to_string())
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(items) = entry {
        if elem.get("primary") == Some(&Value::Bool(true)) {
            clear_primary(items);
        }
        items.push(Value::Object(elem));
    }
    Ok(())
}

fn check_patch_value(
    target: &AttributeDef,
    v: &mut Value,
    attr: &AttributeDef,
    is_sub: bool,
    filtered: bool,
) -> Result<(), ScimError> {
    // A value for matched elements (`emails[type eq "work"]`) or a single
    // element added to a multi-valued attribute is one element, not an array.
    let one_element =
        (filtered && !is_sub) || (!is_sub && target.multi_valued && !v.is_array() && !v.is_null());
    if one_element {
        let mut single = target.clone();
        single.multi_valued = false;
        return crate::schema::check_value(&single, v, attr.name);
    }
    crate::schema::check_value(target, v, target.name)
}

/// At most one `primary: true` per multi-valued attribute (RFC 7643 §2.4).
pub fn check_primary(resource: &Value, rt: &ResourceType) -> Result<(), ScimError> {
    for def in rt.core().attributes.iter().filter(|a| a.multi_valued) {
        if let Some(Value::Array(items)) = resource.get(def.name) {
            let n = items
                .iter()
                .filter(|i| get_ci(i, "primary") == Some(&Value::Bool(true)))
                .count();
            if n > 1 {
                return Err(ScimError::InvalidValue(format!(
                    "'{}' has {n} values marked primary; at most one may be",
                    def.name
                )));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{GROUP, USER};
    use serde_json::json;

    fn patch(resource: &mut Value, ops: Value, rt: &ResourceType) -> Result<(), ScimError> {
        PatchRequest::from_json(&json!({"schemas": [PATCH_OP_SCHEMA], "Operations": ops}))?
            .apply(resource, rt)
    }

    #[test]
    fn okta_password_shapes() {
        let mut u = json!({"userName": "a"});
        patch(
            &mut u,
            json!([{"op":"replace","value":{"password":"p1"}}]),
            &USER,
        )
        .expect("ok");
        assert_eq!(u["password"], "p1");
        patch(
            &mut u,
            json!([{"op":"replace","path":"password","value":"p2"}]),
            &USER,
        )
        .expect("ok");
        assert_eq!(u["password"], "p2");
    }

    #[test]
    fn group_membership_shapes() {
        let mut g = json!({"id": "g1", "displayName": "X",
            "members": [{"value": "u1"}, {"value": "u2"}]});
        patch(
            &mut g,
            json!([
            {"op":"remove","path":"members[value eq \"u1\"]"},
            {"op":"add","path":"members","value":[{"value":"u3","display":"c"}]}]),
            &GROUP,
        )
        .expect("ok");
        assert_eq!(
            g["members"],
            json!([{"value":"u2"},{"value":"u3","display":"c"}])
        );
        patch(
            &mut g,
            json!([{"op":"replace","value":{"id":"g1","displayName":"Y"}}]),
            &GROUP,
        )
        .expect("path-less rename with id");
        assert_eq!(g["displayName"], "Y");
        patch(
            &mut g,
            json!([{"op":"replace","path":"members","value":[]}]),
            &GROUP,
        )
        .expect("empty");
        assert!(g.get("members").is_none());
        patch(
            &mut g,
            json!([{"op":"replace","value":{"members":[{"value":"u9"}]}}]),
            &GROUP,
        )
        .expect("pathless members");
        assert_eq!(g["members"], json!([{"value":"u9"}]));
    }

    #[test]
    fn mutability_and_no_target() {
        let mut u = json!({"id": "x", "userName": "a"});
        assert!(matches!(
            patch(
                &mut u,
                json!([{"op":"replace","path":"id","value":"y"}]),
                &USER
            ),
            Err(ScimError::Mutability(_))
        ));
        assert!(matches!(
            patch(&mut u, json!([{"op":"remove"}]), &USER),
            Err(ScimError::NoTarget(_))
        ));
        assert!(matches!(
            patch(&mut u, json!([{"op":"remove","path":"userName"}]), &USER),
            Err(ScimError::Mutability(_))
        ));
    }

    #[test]
    fn primary_is_unique_after_add() {
        let mut u = json!({"emails": [{"value": "a", "primary": true}]});
        patch(
            &mut u,
            json!([{"op":"add","path":"emails","value":[{"value":"b","primary":true}]}]),
            &USER,
        )
        .expect("ok");
        assert_eq!(u["emails"][0]["primary"], false);
        assert_eq!(u["emails"][1]["primary"], true);
    }

    #[test]
    fn filtered_sub_attribute_creates_when_missing() {
        let mut u = json!({"userName": "a"});
        patch(
            &mut u,
            json!([{"op":"add","path":"emails[type eq \"work\"].value","value":"w@x"}]),
            &USER,
        )
        .expect("ok");
        assert_eq!(u["emails"], json!([{"type":"work","value":"w@x"}]));
        patch(
            &mut u,
            json!([{"op":"replace","path":"emails[type eq \"work\"].value","value":"v@x"}]),
            &USER,
        )
        .expect("ok");
        assert_eq!(u["emails"][0]["value"], "v@x");
    }

    #[test]
    fn extension_paths() {
        let mut u = json!({"schemas": [crate::schema::USER_SCHEMA], "userName": "a"});
        patch(&mut u, json!([{"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Eng"}]), &USER)
            .expect("ok");
        assert_eq!(
            u[crate::schema::ENTERPRISE_USER_SCHEMA]["department"],
            "Eng"
        );
        assert_eq!(u["schemas"][1], crate::schema::ENTERPRISE_USER_SCHEMA);
        patch(&mut u, json!([{"op":"replace","value":{"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"m"}}}}]), &USER)
            .expect("ok");
        assert_eq!(
            u[crate::schema::ENTERPRISE_USER_SCHEMA]["manager"]["value"],
            "m"
        );
    }

    #[test]
    fn whole_extension_paths() {
        let ext = crate::schema::ENTERPRISE_USER_SCHEMA;
        let mut u = json!({"schemas": [crate::schema::USER_SCHEMA], "userName": "a"});
        patch(
            &mut u,
            json!([{"op":"add","path": ext,"value":{"department":"Eng"}}]),
            &USER,
        )
        .expect("add");
        assert_eq!(u[ext]["department"], "Eng");
        patch(&mut u, json!([{"op":"remove","path": ext}]), &USER).expect("remove");
        assert!(u.get(ext).is_none());
        assert_eq!(u["schemas"], json!([crate::schema::USER_SCHEMA]));
    }

    #[test]
    fn type_errors_are_invalid_value() {
        let mut u = json!({"userName": "a"});
        assert!(matches!(
            patch(
                &mut u,
                json!([{"op":"replace","path":"active","value":"maybe"}]),
                &USER
            ),
            Err(ScimError::InvalidValue(_))
        ));
    }
}
