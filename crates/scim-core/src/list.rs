//! Listing: query parameters, `POST /.search` bodies, ListResponse, sorting
//! and `attributes` / `excludedAttributes` projection (RFC 7644 §3.4).

use std::cmp::Ordering;

use serde_json::{json, Map, Value};

use crate::filter::{get_ci, AttrPath, Filter};
use crate::schema::{AttrType, AttributeDef, ResourceType, Returned, LIST_RESPONSE_SCHEMA};
use crate::ScimError;

/// Default page size when `count` is absent.
pub const DEFAULT_COUNT: usize = 100;
/// Largest page size served; a larger `count` is clamped (RFC 7644 §3.4.2.4).
pub const MAX_COUNT: usize = 1000;

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Ascending (the default).
    #[default]
    Ascending,
    /// Descending.
    Descending,
}

/// A validated list request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListQuery {
    /// The filter, if any.
    pub filter: Option<Filter>,
    /// Attribute to sort by.
    pub sort_by: Option<AttrPath>,
    /// Sort direction.
    pub sort_order: SortOrder,
    /// 1-based index of the first result (values below 1 are treated as 1).
    pub start_index: usize,
    /// Page size (0 allowed: only `totalResults`).
    pub count: usize,
    /// `attributes`.
    pub attributes: Vec<AttrPath>,
    /// `excludedAttributes`.
    pub excluded_attributes: Vec<AttrPath>,
}

fn parse_paths(s: &str) -> Result<Vec<AttrPath>, ScimError> {
    s.split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            AttrPath::parse(p).map_err(|_| {
                ScimError::InvalidValue(format!("'{p}' is not a valid attribute path"))
            })
        })
        .collect()
}

fn parse_int(name: &str, s: &str) -> Result<i64, ScimError> {
    s.trim()
        .parse::<i64>()
        .map_err(|_| ScimError::InvalidValue(format!("'{name}' must be an integer, got '{s}'")))
}

impl ListQuery {
    /// Builds a query from URL query pairs (already percent-decoded; `+` as
    /// space is the caller's decoding). Parameter names are case-insensitive.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        rt: &ResourceType,
    ) -> Result<ListQuery, ScimError> {
        let mut q = ListQuery {
            start_index: 1,
            count: DEFAULT_COUNT,
            ..Default::default()
        };
        for (k, v) in pairs {
            match k.to_ascii_lowercase().as_str() {
                "filter" => q.filter = Some(parse_filter(v, rt)?),
                "sortby" => q.sort_by = Some(parse_sort_by(v)?),
                "sortorder" => q.sort_order = parse_sort_order(v)?,
                "startindex" => q.start_index = clamp_start(parse_int("startIndex", v)?),
                "count" => q.count = clamp_count(parse_int("count", v)?),
                "attributes" => q.attributes = parse_paths(v)?,
                "excludedattributes" => q.excluded_attributes = parse_paths(v)?,
                _ => {}
            }
        }
        Ok(q)
    }

    /// Builds a query from a `POST /.search` SearchRequest body.
    pub fn from_search_request(body: &Value, rt: &ResourceType) -> Result<ListQuery, ScimError> {
        if !body.is_object() {
            return Err(ScimError::InvalidSyntax(
                "SearchRequest must be an object".into(),
            ));
        }
        let mut q = ListQuery {
            start_index: 1,
            count: DEFAULT_COUNT,
            ..Default::default()
        };
        let as_list = |v: &Value, name: &str| -> Result<Vec<AttrPath>, ScimError> {
            match v {
                Value::Array(a) => a
                    .iter()
                    .map(|x| {
                        x.as_str()
                            .ok_or_else(|| {
                                ScimError::InvalidValue(format!("'{name}' must list strings"))
                            })
                            .and_then(parse_paths)
                    })
                    .collect::<Result<Vec<_>, _>>()
                    .map(|v| v.into_iter().flatten().collect()),
                Value::String(s) => parse_paths(s),
                _ => Err(ScimError::InvalidValue(format!(
                    "'{name}' must be an array"
                ))),
            }
        };
        let str_of = |v: &Value, name: &str| -> Result<String, ScimError> {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| ScimError::InvalidValue(format!("'{name}' must be a string")))
        };
        let int_of = |v: &Value, name: &str| -> Result<i64, ScimError> {
            v.as_i64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
                .ok_or_else(|| ScimError::InvalidValue(format!("'{name}' must be an integer")))
        };
        if let Some(v) = get_ci(body, "filter") {
            q.filter = Some(parse_filter(&str_of(v, "filter")?, rt)?);
        }
        if let Some(v) = get_ci(body, "sortBy") {
            q.sort_by = Some(parse_sort_by(&str_of(v, "sortBy")?)?);
        }
        if let Some(v) = get_ci(body, "sortOrder") {
            q.sort_order = parse_sort_order(&str_of(v, "sortOrder")?)?;
        }
        if let Some(v) = get_ci(body, "startIndex") {
            q.start_index = clamp_start(int_of(v, "startIndex")?);
        }
        if let Some(v) = get_ci(body, "count") {
            q.count = clamp_count(int_of(v, "count")?);
        }
        if let Some(v) = get_ci(body, "attributes") {
            q.attributes = as_list(v, "attributes")?;
        }
        if let Some(v) = get_ci(body, "excludedAttributes") {
            q.excluded_attributes = as_list(v, "excludedAttributes")?;
        }
        Ok(q)
    }

    /// Filters, sorts and pages an in-memory collection. The directory uses
    /// SQL for this; this reference implementation is what SQL is tested against.
    pub fn apply_in_memory<'v>(
        &self,
        all: &'v [Value],
        rt: &ResourceType,
    ) -> (usize, Vec<&'v Value>) {
        let mut hits: Vec<&Value> = all
            .iter()
            .filter(|r| self.filter.as_ref().is_none_or(|f| f.matches(r, rt)))
            .collect();
        if let Some(sb) = &self.sort_by {
            hits.sort_by(|a, b| {
                let o = compare_for_sort(a, b, sb, rt);
                if self.sort_order == SortOrder::Descending {
                    o.reverse()
                } else {
                    o
                }
            });
        }
        let total = hits.len();
        let page = hits
            .into_iter()
            .skip(self.start_index.saturating_sub(1))
            .take(self.count)
            .collect();
        (total, page)
    }
}

fn parse_filter(s: &str, rt: &ResourceType) -> Result<Filter, ScimError> {
    let f = Filter::parse(s)?;
    f.validate(rt)?;
    Ok(f)
}

fn parse_sort_by(s: &str) -> Result<AttrPath, ScimError> {
    AttrPath::parse(s.trim()).map_err(|_| {
        ScimError::InvalidValue(format!("'sortBy' is not a valid attribute path: '{s}'"))
    })
}

fn parse_sort_order(s: &str) -> Result<SortOrder, ScimError> {
    match s.trim().to_ascii_lowercase().as_str() {
        "ascending" => Ok(SortOrder::Ascending),
        "descending" => Ok(SortOrder::Descending),
        _ => Err(ScimError::InvalidValue(format!(
            "'sortOrder' must be 'ascending' or 'descending', got '{s}'"
        ))),
    }
}

/// RFC 7644 §3.4.2.4: a startIndex below 1 is interpreted as 1.
fn clamp_start(i: i64) -> usize {
    usize::try_from(i.max(1)).unwrap_or(1)
}

/// A negative count is interpreted as 0; a huge one is clamped to [`MAX_COUNT`].
fn clamp_count(c: i64) -> usize {
    usize::try_from(c.clamp(0, MAX_COUNT as i64)).unwrap_or(0)
}

/// The first value a sort path selects (for multi-valued: the primary one, else the first).
pub fn sort_key<'v>(resource: &'v Value, path: &AttrPath, rt: &ResourceType) -> Option<&'v Value> {
    let container = match &path.urn {
        Some(u) if rt.extension_urn(u).is_some() => get_ci(resource, u)?,
        _ => resource,
    };
    let v = get_ci(container, &path.attr)?;
    let v = match v {
        Value::Array(items) => items
            .iter()
            .find(|i| get_ci(i, "primary") == Some(&Value::Bool(true)))
            .or_else(|| items.first())?,
        other => other,
    };
    match &path.sub_attr {
        Some(s) => get_ci(v, s),
        None if v.is_object() => get_ci(v, "value"),
        None => Some(v),
    }
}

fn compare_for_sort(a: &Value, b: &Value, path: &AttrPath, rt: &ResourceType) -> Ordering {
    let def = rt.resolve(path.urn.as_deref(), &path.attr).map(|r| r.attr);
    let case_exact = def
        .and_then(|d| path.sub_attr.as_deref().map_or(Some(d), |s| d.sub(s)))
        .is_some_and(|d| d.case_exact);
    match (sort_key(a, path, rt), sort_key(b, path, rt)) {
        // Missing values sort last in ascending order (RFC 7644 §3.4.2.3).
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(Value::String(x)), Some(Value::String(y))) => {
            if case_exact {
                x.cmp(y)
            } else {
                x.to_lowercase().cmp(&y.to_lowercase())
            }
        }
        (Some(Value::Number(x)), Some(Value::Number(y))) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        (Some(Value::Bool(x)), Some(Value::Bool(y))) => x.cmp(y),
        _ => Ordering::Equal,
    }
}

/// A ListResponse document. `itemsPerPage` is the number of resources actually returned.
pub fn list_response(total: usize, start_index: usize, resources: Vec<Value>) -> Value {
    // Built by hand: `json!` would serialize (deep-copy) the resources.
    let mut m = Map::with_capacity(5);
    m.insert("schemas".into(), json!([LIST_RESPONSE_SCHEMA]));
    m.insert("totalResults".into(), json!(total));
    m.insert("itemsPerPage".into(), json!(resources.len()));
    m.insert("startIndex".into(), json!(start_index));
    m.insert("Resources".into(), Value::Array(resources));
    Value::Object(m)
}

/// [`list_response`] over resources that are already JSON text (each a
/// complete object): byte for byte what serializing `list_response` over
/// their values would give, without building them.
pub fn list_response_text(total: usize, start_index: usize, resources: &[String]) -> String {
    let len: usize = resources.iter().map(|r| r.len() + 1).sum();
    let mut out = String::with_capacity(len + 160);
    out.push_str("{\"schemas\":[\"");
    out.push_str(LIST_RESPONSE_SCHEMA);
    out.push_str("\"],\"totalResults\":");
    out.push_str(&total.to_string());
    out.push_str(",\"itemsPerPage\":");
    out.push_str(&resources.len().to_string());
    out.push_str(",\"startIndex\":");
    out.push_str(&start_index.to_string());
    out.push_str(",\"Resources\":[");
    for (i, r) in resources.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(r);
    }
    out.push_str("]}");
    out
}

/// Projects a resource for output: drops `returned: never` attributes always,
/// `returned: request` ones unless asked for, and applies `attributes` /
/// `excludedAttributes`; `returned: always` attributes are always kept.
/// It takes the resource by value and removes what is not shown in place
/// (a list page is projected resource by resource, with no copies).
pub fn project(
    mut resource: Value,
    rt: &ResourceType,
    attributes: &[AttrPath],
    excluded: &[AttrPath],
) -> Value {
    let Some(obj) = resource.as_object_mut() else {
        return resource;
    };
    obj.retain(|k, v| {
        if k == "schemas" {
            return true;
        }
        if let Some(urn) = rt.extension_urn(k) {
            let Some(ext) = crate::schema::schema_by_id(urn) else {
                return false;
            };
            project_object(v, &ext.attributes, Some(urn), attributes, excluded);
            return v.as_object().is_some_and(|o| !o.is_empty());
        }
        project_attr(k, v, rt.core().attribute(k), None, attributes, excluded)
    });
    resource
}

/// Whether [`project`] with no `attributes` and no `excludedAttributes`
/// keeps the top-level member `key` of a `rt` resource exactly as it is,
/// given its value as compact JSON text (`raw`). `false` means it might not
/// (the member may be dropped or trimmed), not that it will be.
///
/// This lets a caller that holds a resource as stored JSON text answer the
/// default projection without parsing it, when every member passes. It
/// mirrors `project`'s rules; a test checks the two agree.
pub fn kept_as_is_by_default(rt: &ResourceType, key: &str, raw: &str) -> bool {
    fn plain(d: &AttributeDef) -> bool {
        let drops_a_sub = d.ty == AttrType::Complex
            && d.sub_attributes
                .iter()
                .any(|s| s.returned == Returned::Never);
        !matches!(d.returned, Returned::Never | Returned::Request) && !drops_a_sub
    }
    if key == "schemas" {
        return true;
    }
    if let Some(urn) = rt.extension_urn(key) {
        // `project` drops an extension member that ends up empty or is not
        // an object, and projects each of its attributes.
        let t = raw.trim();
        let non_empty_object = t.len() > 2
            && t.starts_with('{')
            && t.ends_with('}')
            && !t[1..t.len() - 1].trim().is_empty();
        return non_empty_object
            && crate::schema::schema_by_id(urn)
                .is_some_and(|ext| ext.attributes.iter().all(plain));
    }
    rt.core().attribute(key).is_none_or(plain)
}

fn path_eq(p: &AttrPath, urn: Option<&str>, attr: &str) -> bool {
    p.attr.eq_ignore_ascii_case(attr)
        && match (&p.urn, urn) {
            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
            (None, None) => true,
            // A core-URN-qualified path names a core attribute.
            (Some(a), None) => !a.to_ascii_lowercase().contains(":extension:"),
            (None, Some(_)) => false,
        }
}

fn project_object(
    v: &mut Value,
    defs: &[AttributeDef],
    urn: Option<&str>,
    attributes: &[AttrPath],
    excluded: &[AttrPath],
) {
    if let Some(o) = v.as_object_mut() {
        o.retain(|k, sv| {
            let def = defs.iter().find(|d| d.name.eq_ignore_ascii_case(k));
            project_attr(k, sv, def, urn, attributes, excluded)
        });
    }
}

/// Projects one attribute's value in place; `false`: the attribute is not shown.
fn project_attr(
    name: &str,
    v: &mut Value,
    def: Option<&AttributeDef>,
    urn: Option<&str>,
    attributes: &[AttrPath],
    excluded: &[AttrPath],
) -> bool {
    let returned = def.map(|d| d.returned).unwrap_or(Returned::Default);
    match returned {
        Returned::Never => return false,
        Returned::Always => return true,
        _ => {}
    }
    if !attributes.is_empty() {
        let whole = attributes
            .iter()
            .any(|p| path_eq(p, urn, name) && p.sub_attr.is_none());
        if whole {
            strip_never(v, def);
            return true;
        }
        let subs: Vec<&str> = attributes
            .iter()
            .filter(|p| path_eq(p, urn, name))
            .filter_map(|p| p.sub_attr.as_deref())
            .collect();
        if subs.is_empty() {
            return false;
        }
        keep_subs(v, &subs, def);
        return true;
    }
    if returned == Returned::Request {
        return false;
    }
    if excluded
        .iter()
        .any(|p| path_eq(p, urn, name) && p.sub_attr.is_none())
    {
        return false;
    }
    let ex_subs: Vec<&str> = excluded
        .iter()
        .filter(|p| path_eq(p, urn, name))
        .filter_map(|p| p.sub_attr.as_deref())
        .collect();
    if ex_subs.is_empty() {
        strip_never(v, def);
    } else {
        drop_subs(v, &ex_subs, def);
    }
    true
}

/// Keeps the sub-attributes `keep` selects, of one complex value or of each
/// element of a multi-valued one.
fn retain_subs(v: &mut Value, keep: &dyn Fn(&str) -> bool) {
    match v {
        Value::Object(o) => o.retain(|k, _| keep(k)),
        Value::Array(a) => {
            for i in a.iter_mut() {
                if let Value::Object(o) = i {
                    o.retain(|k, _| keep(k));
                }
            }
        }
        _ => {}
    }
}

fn sub_always(def: Option<&AttributeDef>, k: &str) -> bool {
    def.and_then(|d| d.sub(k))
        .is_some_and(|s| s.returned == Returned::Always)
}

fn strip_never(v: &mut Value, def: Option<&AttributeDef>) {
    let Some(d) = def.filter(|d| d.ty == AttrType::Complex) else {
        return;
    };
    retain_subs(v, &|k| {
        d.sub(k).is_none_or(|s| s.returned != Returned::Never)
    });
}

fn keep_subs(v: &mut Value, subs: &[&str], def: Option<&AttributeDef>) {
    retain_subs(v, &|k| {
        subs.iter().any(|s| s.eq_ignore_ascii_case(k)) || sub_always(def, k)
    });
}

fn drop_subs(v: &mut Value, subs: &[&str], def: Option<&AttributeDef>) {
    retain_subs(v, &|k| {
        !subs.iter().any(|s| s.eq_ignore_ascii_case(k)) || sub_always(def, k)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::USER;

    #[test]
    fn list_response_text_is_list_response_serialized() {
        let items = vec![
            json!({"id": "1", "userName": "a\"b"}),
            json!({"id": "2", "name": {"givenName": "Zoë"}}),
        ];
        for items in [items.clone(), items[..1].to_vec(), Vec::new()] {
            let texts: Vec<String> = items.iter().map(Value::to_string).collect();
            let want = list_response(1234, 101, items).to_string();
            assert_eq!(list_response_text(1234, 101, &texts), want);
        }
    }

    #[test]
    fn query_params_are_case_insensitive_and_clamped() {
        let q = ListQuery::from_pairs(
            [
                ("StartIndex", "-5"),
                ("COUNT", "100000"),
                ("filter", "userName eq \"a\""),
            ],
            &USER,
        )
        .expect("q");
        assert_eq!(q.start_index, 1);
        assert_eq!(q.count, MAX_COUNT);
        assert!(q.filter.is_some());
        assert!(ListQuery::from_pairs([("count", "x")], &USER).is_err());
        assert!(matches!(
            ListQuery::from_pairs([("filter", "userName eq")], &USER),
            Err(ScimError::InvalidFilter { .. })
        ));
    }

    #[test]
    fn projection_honours_returned() {
        let u = json!({"schemas": ["s"], "id": "1", "userName": "a", "password": "p",
            "name": {"givenName": "G", "familyName": "F"}, "title": "T"});
        let all = project(u.clone(), &USER, &[], &[]);
        assert!(all.get("password").is_none());
        assert_eq!(all["title"], "T");
        let only = project(
            u.clone(),
            &USER,
            &[AttrPath::with_sub("name", "givenName")],
            &[],
        );
        assert_eq!(
            only,
            json!({"schemas": ["s"], "id": "1", "name": {"givenName": "G"}})
        );
        let ex = project(
            u,
            &USER,
            &[],
            &[AttrPath::new("title"), AttrPath::new("id")],
        );
        assert!(ex.get("title").is_none());
        assert_eq!(ex["id"], "1", "id is returned: always");
    }

    #[test]
    fn in_memory_paging_and_sort() {
        let all: Vec<Value> = (0..5)
            .map(|i| json!({"userName": format!("u{}", 4 - i)}))
            .collect();
        let q = ListQuery {
            sort_by: Some(AttrPath::new("userName")),
            start_index: 2,
            count: 2,
            ..Default::default()
        };
        let (total, page) = q.apply_in_memory(&all, &USER);
        assert_eq!(total, 5);
        assert_eq!(page[0]["userName"], "u1");
        assert_eq!(page[1]["userName"], "u2");
        let r = list_response(total, 2, page.into_iter().cloned().collect());
        assert_eq!(r["itemsPerPage"], 2);
    }
}
