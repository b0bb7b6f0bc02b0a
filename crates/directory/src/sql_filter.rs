//! Translation of a `scim-core` [`Filter`] to a SQL `WHERE` fragment over the
//! stored resource JSON (and indexed columns where one exists), for SQLite
//! and PostgreSQL. The semantics follow `Filter::matches` exactly; a
//! differential property test checks that both give the same rows.
//!
//! Longer than the other rooms (about 630 lines): one translator, whose
//! root, element and column cases call each other; it reads top-down as
//! the filter grammar does.
//!
//! Safety: attribute names reach the SQL text only after the filter was
//! validated against the schema (so they are the schema's canonical names);
//! every literal is a bound parameter.
//!
//! Known limit: SQLite's `lower()` folds ASCII only, so case-insensitive
//! matching of non-ASCII letters differs from Rust's `to_lowercase` there.

use scim_core::filter::{AttrPath, CompValue, CompareOp, Filter};
use scim_core::schema::{AttrType, AttributeDef, ResourceType};

use crate::db::{fmt_time, Dialect};

/// `column` compared and sorted byte by byte (code point order): SQLite's
/// default (BINARY); on PostgreSQL the database's collation may order
/// otherwise, so `COLLATE "C"`, which migration 9's
/// `users_org_login_bytewise` index matches.
pub(crate) fn bytewise(dialect: Dialect, column: &str) -> String {
    match dialect {
        Dialect::Sqlite => column.to_string(),
        Dialect::Postgres => format!("({column} COLLATE \"C\")"),
    }
}

/// A column that stands in for an attribute.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    /// Column expression.
    pub name: &'static str,
    /// A column holding the value lower-cased in Rust (for case-insensitive
    /// attributes), or `None`.
    pub lower: Option<&'static str>,
    /// Whether the value is a dateTime in the stored format.
    pub datetime: bool,
    /// Whether the column can be NULL.
    pub nullable: bool,
}

/// Maps root-level paths to columns, for a table.
pub(crate) type ColumnMap = fn(&AttrPath) -> Option<Column>;

pub(crate) fn user_columns(p: &AttrPath) -> Option<Column> {
    if p.urn
        .as_deref()
        .is_some_and(|u| u.to_ascii_lowercase().contains(":extension:"))
    {
        return None;
    }
    let col = |name, lower, datetime, nullable| {
        Some(Column {
            name,
            lower,
            datetime,
            nullable,
        })
    };
    match (
        p.attr.to_ascii_lowercase().as_str(),
        p.sub_attr
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref(),
    ) {
        ("id", None) => col("id", None, false, false),
        ("username", None) => col("user_name", Some("user_name_lower"), false, false),
        ("externalid", None) => col("external_id", None, false, true),
        ("meta", Some("created")) => col("created_at", None, true, false),
        ("meta", Some("lastmodified")) => col("modified_at", None, true, false),
        _ => None,
    }
}

pub(crate) fn group_columns(p: &AttrPath) -> Option<Column> {
    let col = |name, datetime, nullable| {
        Some(Column {
            name,
            lower: None,
            datetime,
            nullable,
        })
    };
    match (
        p.attr.to_ascii_lowercase().as_str(),
        p.sub_attr
            .as_deref()
            .map(str::to_ascii_lowercase)
            .as_deref(),
    ) {
        ("id", None) => col("id", false, false),
        ("externalid", None) => col("external_id", false, true),
        ("meta", Some("created")) => col("created_at", true, false),
        ("meta", Some("lastmodified")) => col("modified_at", true, false),
        _ => None,
    }
}

/// Where a JSON value is read from.
#[derive(Clone, Copy)]
enum Node {
    /// The row's `resource` column.
    Root,
    /// The current array element inside an `EXISTS` over a multi-valued attribute.
    Elem,
}

pub(crate) struct Translator<'a> {
    dialect: Dialect,
    rt: &'a ResourceType,
    columns: ColumnMap,
    /// Bound text parameters, numbered from `first_param`.
    pub binds: Vec<String>,
    first_param: usize,
}

impl<'a> Translator<'a> {
    pub fn new(
        dialect: Dialect,
        rt: &'a ResourceType,
        columns: ColumnMap,
        first_param: usize,
    ) -> Self {
        Translator {
            dialect,
            rt,
            columns,
            binds: Vec::new(),
            first_param,
        }
    }

    fn bind(&mut self, s: String) -> String {
        self.binds.push(s);
        format!("${}", self.first_param + self.binds.len() - 1)
    }

    fn t(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "1",
            Dialect::Postgres => "TRUE",
        }
    }
    fn f(&self) -> &'static str {
        match self.dialect {
            Dialect::Sqlite => "0",
            Dialect::Postgres => "FALSE",
        }
    }

    /// NULL-safe: a predicate that is NULL (missing value) becomes false.
    fn safe(&self, cond: String) -> String {
        format!("COALESCE(({cond}), {})", self.f())
    }

    fn path_sqlite(keys: &[&str]) -> String {
        let mut p = String::from("$");
        for k in keys {
            p.push_str(&format!(".\"{k}\""));
        }
        p
    }

    fn path_pg(keys: &[&str]) -> String {
        format!("'{{{}}}'", keys.join(","))
    }

    /// The value at `keys` under `node`, as text (strings; other types per dialect).
    fn text_of(&self, node: Node, keys: &[&str]) -> String {
        match (self.dialect, node) {
            (Dialect::Sqlite, Node::Root) => {
                format!("json_extract(resource, '{}')", Self::path_sqlite(keys))
            }
            (Dialect::Sqlite, Node::Elem) if keys.is_empty() => "e.value".into(),
            (Dialect::Sqlite, Node::Elem) => format!(
                "(CASE WHEN e.type = 'object' THEN json_extract(e.value, '{}') END)",
                Self::path_sqlite(keys)
            ),
            (Dialect::Postgres, Node::Root) => {
                format!("(resource::jsonb #>> {})", Self::path_pg(keys))
            }
            (Dialect::Postgres, Node::Elem) => format!("(e.v #>> {})", Self::path_pg(keys)),
        }
    }

    /// The JSON type at `keys`: SQLite `json_type` names or PostgreSQL `jsonb_typeof` names.
    fn type_of(&self, node: Node, keys: &[&str]) -> String {
        match (self.dialect, node) {
            (Dialect::Sqlite, Node::Root) => {
                format!("json_type(resource, '{}')", Self::path_sqlite(keys))
            }
            (Dialect::Sqlite, Node::Elem) if keys.is_empty() => "e.type".into(),
            (Dialect::Sqlite, Node::Elem) => format!(
                "(CASE WHEN e.type = 'object' THEN json_type(e.value, '{}') END)",
                Self::path_sqlite(keys)
            ),
            (Dialect::Postgres, Node::Root) => {
                format!("jsonb_typeof(resource::jsonb #> {})", Self::path_pg(keys))
            }
            (Dialect::Postgres, Node::Elem) => {
                format!("jsonb_typeof(e.v #> {})", Self::path_pg(keys))
            }
        }
    }

    fn is_string(&self, node: Node, keys: &[&str]) -> String {
        let ty = self.type_of(node, keys);
        match self.dialect {
            Dialect::Sqlite => format!("{ty} = 'text'"),
            Dialect::Postgres => format!("{ty} = 'string'"),
        }
    }

    fn is_bool(&self, node: Node, keys: &[&str], b: bool) -> String {
        let ty = self.type_of(node, keys);
        match self.dialect {
            Dialect::Sqlite => format!("{ty} = '{b}'"),
            Dialect::Postgres => format!(
                "({ty} = 'boolean' AND {} = '{b}')",
                self.text_of(node, keys)
            ),
        }
    }

    /// Non-null and not an empty string, array or object (as `pr`).
    fn present(&self, node: Node, keys: &[&str]) -> String {
        let ty = self.type_of(node, keys);
        match self.dialect {
            Dialect::Sqlite => {
                let raw = match node {
                    Node::Root => format!("json_extract(resource, '{}')", Self::path_sqlite(keys)),
                    Node::Elem if keys.is_empty() => "e.value".into(),
                    Node::Elem => self.text_of(node, keys),
                };
                format!(
                    "({ty} IS NOT NULL AND {ty} != 'null' AND NOT ({ty} = 'text' AND {raw} = '') \
                     AND NOT ({ty} = 'array' AND {raw} = '[]') AND NOT ({ty} = 'object' AND {raw} = '{{}}'))"
                )
            }
            Dialect::Postgres => {
                let v = match node {
                    Node::Root => format!("(resource::jsonb #> {})", Self::path_pg(keys)),
                    Node::Elem => format!("(e.v #> {})", Self::path_pg(keys)),
                };
                format!(
                    "({ty} IS NOT NULL AND {ty} != 'null' AND {v} NOT IN ('\"\"'::jsonb, '{{}}'::jsonb, '[]'::jsonb))"
                )
            }
        }
    }

    /// `EXISTS` over the elements of the array at `keys` (root level).
    fn exists_elem(&self, keys: &[&str], cond: &str) -> String {
        match self.dialect {
            Dialect::Sqlite => format!(
                "EXISTS (SELECT 1 FROM json_each(resource, '{}') AS e WHERE {cond})",
                Self::path_sqlite(keys)
            ),
            Dialect::Postgres => {
                let p = format!("(resource::jsonb #> {})", Self::path_pg(keys));
                format!(
                    "EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof({p}) = 'array' \
                     THEN {p} ELSE '[]'::jsonb END) AS e(v) WHERE {cond})"
                )
            }
        }
    }

    /// String comparison of `text` (already known to be a string) with a literal.
    fn string_cmp(&mut self, text: &str, op: CompareOp, lit: &str, case_exact: bool) -> String {
        let (x, l) = if case_exact {
            (text.to_string(), lit.to_string())
        } else {
            (format!("lower({text})"), lit.to_lowercase())
        };
        let p = self.bind(l);
        let collate = if self.dialect == Dialect::Postgres {
            " COLLATE \"C\""
        } else {
            ""
        };
        match op {
            CompareOp::Eq => format!("{x} = {p}"),
            CompareOp::Ne => format!("{x} != {p}"),
            CompareOp::Co => match self.dialect {
                Dialect::Sqlite => format!("instr({x}, {p}) > 0"),
                Dialect::Postgres => format!("strpos({x}, {p}) > 0"),
            },
            CompareOp::Sw => match self.dialect {
                Dialect::Sqlite => format!("substr({x}, 1, length({p})) = {p}"),
                Dialect::Postgres => format!("left({x}, length({p})) = {p}"),
            },
            CompareOp::Ew => match self.dialect {
                Dialect::Sqlite => {
                    format!("(length({x}) >= length({p}) AND substr({x}, length({x}) - length({p}) + 1) = {p})")
                }
                Dialect::Postgres => format!("right({x}, length({p})) = {p}"),
            },
            CompareOp::Gt => format!("{x}{collate} > {p}"),
            CompareOp::Ge => format!("{x}{collate} >= {p}"),
            CompareOp::Lt => format!("{x}{collate} < {p}"),
            CompareOp::Le => format!("{x}{collate} <= {p}"),
        }
    }

    /// Translates the filter to a boolean SQL expression.
    pub fn translate(&mut self, f: &Filter) -> String {
        self.expr(f)
    }

    fn expr(&mut self, f: &Filter) -> String {
        match f {
            Filter::And(a, b) => format!("({} AND {})", self.expr(a), self.expr(b)),
            Filter::Or(a, b) => format!("({} OR {})", self.expr(a), self.expr(b)),
            Filter::Not(a) => format!("(NOT {})", self.expr(a)),
            Filter::Present(p) => self.leaf(p, None),
            Filter::Compare(p, op, v) => self.leaf(p, Some((*op, v))),
            Filter::ValuePath(p, inner) => {
                // Inside an element: translate the inner filter relative to it.
                let def = self.rt.resolve(p.urn.as_deref(), &p.attr).map(|r| r.attr);
                let keys = self.keys(p);
                let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
                let inner_sql = self.elem_expr(inner, def);
                self.safe(self.exists_elem(&keys, &inner_sql))
            }
        }
    }

    fn elem_expr(&mut self, f: &Filter, def: Option<&AttributeDef>) -> String {
        match f {
            Filter::And(a, b) => format!(
                "({} AND {})",
                self.elem_expr(a, def),
                self.elem_expr(b, def)
            ),
            Filter::Or(a, b) => {
                format!("({} OR {})", self.elem_expr(a, def), self.elem_expr(b, def))
            }
            Filter::Not(a) => format!("(NOT {})", self.elem_expr(a, def)),
            Filter::ValuePath(_, inner) => self.elem_expr(inner, def),
            Filter::Present(p) | Filter::Compare(p, _, _) => {
                let sub = def.and_then(|d| d.sub(&p.attr));
                let mut keys = vec![sub.map_or(p.attr.as_str(), |s| s.name)];
                if let Some(s) = &p.sub_attr {
                    keys.push(s.as_str());
                }
                let (ty, ce) = sub.map_or((AttrType::String, false), |s| (s.ty, s.case_exact));
                let cond = match f {
                    Filter::Compare(_, op, v) => self.value_cmp(Node::Elem, &keys, ty, ce, *op, v),
                    _ => self.present(Node::Elem, &keys),
                };
                self.safe(cond)
            }
        }
    }

    /// JSON keys of a root-level path (canonical names from the schema).
    fn keys(&self, p: &AttrPath) -> Vec<String> {
        let mut keys = Vec::new();
        let resolved = self.rt.resolve(p.urn.as_deref(), &p.attr);
        if let Some(r) = resolved {
            if r.is_extension {
                keys.push(r.schema.id.to_string());
            }
            keys.push(r.attr.name.to_string());
        } else {
            keys.push(p.attr.clone());
        }
        keys
    }

    /// A comparison (or `pr`) at the root, or a column.
    fn leaf(&mut self, p: &AttrPath, cmp: Option<(CompareOp, &CompValue)>) -> String {
        if let Some(col) = (self.columns)(p) {
            return self.column_leaf(col, cmp);
        }
        let Some(r) = self.rt.resolve(p.urn.as_deref(), &p.attr) else {
            return self.f().into();
        };
        let def = r.attr;
        let keys = self.keys(p);
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let sub_def = p.sub_attr.as_deref().and_then(|s| def.sub(s));
        if def.multi_valued {
            // Any element (or any element's sub-attribute; a complex element
            // compared directly compares its `value`).
            let (elem_keys, leaf_def): (Vec<&str>, Option<&AttributeDef>) =
                match (&p.sub_attr, sub_def) {
                    (Some(_), Some(sd)) => (vec![sd.name], Some(sd)),
                    (Some(s), None) => (vec![s.as_str()], None),
                    (None, _) if def.ty == AttrType::Complex => match cmp {
                        Some(_) => (vec!["value"], def.sub("value")),
                        None => (vec![], None),
                    },
                    (None, _) => (vec![], Some(def)),
                };
            let (ty, ce) = leaf_def.map_or((AttrType::String, false), |d| (d.ty, d.case_exact));
            return match cmp {
                None => self.safe(self.exists_elem(&keys, &self.present(Node::Elem, &elem_keys))),
                // `eq null`: no element has a value; `ne null`: some element has one.
                Some((op @ (CompareOp::Eq | CompareOp::Ne), CompValue::Null)) => {
                    let ty = self.type_of(Node::Elem, &elem_keys);
                    let has = self.safe(format!("({ty} IS NOT NULL AND {ty} != 'null')"));
                    let any = self.safe(self.exists_elem(&keys, &has));
                    if op == CompareOp::Eq {
                        format!("(NOT {any})")
                    } else {
                        any
                    }
                }
                Some((CompareOp::Ne, v)) if *v != CompValue::Null => {
                    let eq = self.value_cmp(Node::Elem, &elem_keys, ty, ce, CompareOp::Eq, v);
                    let eq = self.safe(eq);
                    format!("(NOT {})", self.safe(self.exists_elem(&keys, &eq)))
                }
                Some((op, v)) => {
                    let c = self.value_cmp(Node::Elem, &elem_keys, ty, ce, op, v);
                    let c = self.safe(c);
                    self.safe(self.exists_elem(&keys, &c))
                }
            };
        }
        let mut all_keys = keys.clone();
        let (ty, ce) = match (&p.sub_attr, sub_def) {
            (Some(_), Some(sd)) => {
                all_keys.push(sd.name);
                (sd.ty, sd.case_exact)
            }
            (Some(s), None) => {
                all_keys.push(s.as_str());
                (AttrType::String, false)
            }
            (None, _) if def.ty == AttrType::Complex && cmp.is_some() => {
                all_keys.push("value");
                (AttrType::String, false)
            }
            (None, _) => (def.ty, def.case_exact),
        };
        match cmp {
            None => self.safe(self.present(Node::Root, &all_keys)),
            Some((CompareOp::Ne, v)) if *v != CompValue::Null => {
                let eq = self.value_cmp(Node::Root, &all_keys, ty, ce, CompareOp::Eq, v);
                format!("(NOT {})", self.safe(eq))
            }
            Some((op, v)) => {
                let c = self.value_cmp(Node::Root, &all_keys, ty, ce, op, v);
                self.safe(c)
            }
        }
    }

    /// Compares one JSON value (by type) with a literal, as `scim_core::filter::compare`.
    fn value_cmp(
        &mut self,
        node: Node,
        keys: &[&str],
        ty: AttrType,
        case_exact: bool,
        op: CompareOp,
        v: &CompValue,
    ) -> String {
        match v {
            CompValue::Null => {
                let present = format!(
                    "({} IS NOT NULL AND {} != 'null')",
                    self.type_of(node, keys),
                    self.type_of(node, keys)
                );
                match op {
                    CompareOp::Eq => format!("(NOT {})", self.safe(present)),
                    CompareOp::Ne => present,
                    _ => self.f().into(),
                }
            }
            CompValue::Bool(b) => match op {
                CompareOp::Eq => self.is_bool(node, keys, *b),
                CompareOp::Ne => format!("(NOT {})", self.safe(self.is_bool(node, keys, *b))),
                _ => self.f().into(),
            },
            // No numeric attributes exist in the published schemas: a number
            // never equals a string or boolean value.
            CompValue::Num(_) => match op {
                CompareOp::Ne => self.t().into(),
                _ => self.f().into(),
            },
            CompValue::Str(s) => {
                if ty == AttrType::DateTime {
                    if let Some(dt) = scim_core::schema::parse_datetime(s) {
                        let text = self.text_of(node, keys);
                        let lit = fmt_time(dt.with_timezone(&chrono::Utc));
                        return format!(
                            "({} AND {})",
                            self.is_string(node, keys),
                            self.string_cmp(&text, op, &lit, true)
                        );
                    }
                }
                let text = self.text_of(node, keys);
                format!(
                    "({} AND {})",
                    self.is_string(node, keys),
                    self.string_cmp(&text, op, s, case_exact)
                )
            }
        }
    }

    /// A NULL-safe column predicate that keeps the column's index usable
    /// (wrapping it in COALESCE would hide the column from the planner).
    fn col_safe(col: Column, cond: String) -> String {
        if col.nullable {
            format!("({} IS NOT NULL AND {cond})", col.name)
        } else {
            format!("({cond})")
        }
    }

    fn column_leaf(&mut self, col: Column, cmp: Option<(CompareOp, &CompValue)>) -> String {
        let Some((op, v)) = cmp else {
            return if col.nullable {
                format!("({0} IS NOT NULL AND {0} != '')", col.name)
            } else {
                self.t().into()
            };
        };
        match v {
            CompValue::Str(s) => {
                if col.datetime {
                    if let Some(dt) = scim_core::schema::parse_datetime(s) {
                        let lit = fmt_time(dt.with_timezone(&chrono::Utc));
                        let c = self.string_cmp(col.name, op, &lit, true);
                        return Self::col_safe(col, c);
                    }
                }
                // `ne` is "not eq", so a missing (NULL) value matches it.
                let cmp_op = if op == CompareOp::Ne {
                    CompareOp::Eq
                } else {
                    op
                };
                let c = match col.lower {
                    // Case-insensitive comparison on the Rust-lowered column uses its index.
                    Some(lower) => {
                        let l = s.to_lowercase();
                        self.string_cmp(lower, cmp_op, &l, true)
                    }
                    None => {
                        let exact = col.name == "id" || col.name == "external_id";
                        self.string_cmp(col.name, cmp_op, s, exact)
                    }
                };
                if op == CompareOp::Ne {
                    return format!("(NOT {})", Self::col_safe(col, c));
                }
                Self::col_safe(col, c)
            }
            CompValue::Null => match (op, col.nullable) {
                (CompareOp::Eq, true) => format!("({} IS NULL)", col.name),
                (CompareOp::Ne, true) => format!("({} IS NOT NULL)", col.name),
                (CompareOp::Eq, false) => self.f().into(),
                (CompareOp::Ne, false) => self.t().into(),
                _ => self.f().into(),
            },
            _ => match op {
                CompareOp::Ne => self.t().into(),
                _ => self.f().into(),
            },
        }
    }

    /// `ORDER BY` expression for `sortBy`.
    pub fn order_expr(&self, p: &AttrPath) -> String {
        if let Some(col) = (self.columns)(p) {
            return col.lower.unwrap_or(col.name).to_string();
        }
        let Some(r) = self.rt.resolve(p.urn.as_deref(), &p.attr) else {
            return "seq".into();
        };
        let mut keys = self.keys(p);
        if r.attr.multi_valued {
            // Sort by the first element (its sub-attribute, or `value`).
            let last = keys.pop().unwrap_or_default();
            let sub = p.sub_attr.clone().unwrap_or_else(|| "value".into());
            return match self.dialect {
                Dialect::Sqlite => {
                    let mut path =
                        Self::path_sqlite(&keys.iter().map(String::as_str).collect::<Vec<_>>());
                    path.push_str(&format!(".\"{last}\"[0].\"{sub}\""));
                    format!("lower(json_extract(resource, '{path}'))")
                }
                Dialect::Postgres => {
                    keys.push(last);
                    keys.push("0".into());
                    keys.push(sub);
                    format!("lower(resource::jsonb #>> '{{{}}}')", keys.join(","))
                }
            };
        }
        if let Some(s) = &p.sub_attr {
            keys.push(r.attr.sub(s).map_or(s.clone(), |d| d.name.to_string()));
        }
        let k: Vec<&str> = keys.iter().map(String::as_str).collect();
        let text = self.text_of(Node::Root, &k);
        let ce = p
            .sub_attr
            .as_deref()
            .and_then(|s| r.attr.sub(s))
            .map_or(r.attr.case_exact, |d| d.case_exact);
        if ce {
            text
        } else {
            format!("lower({text})")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scim_core::{Filter, USER};

    #[test]
    fn indexed_columns_stay_visible_to_the_planner() {
        for dialect in [Dialect::Sqlite, Dialect::Postgres] {
            let mut t = Translator::new(dialect, &USER, user_columns, 2);
            let f = Filter::parse(r#"userName eq "Jane@Example.com""#).expect("filter");
            let sql = t.translate(&f);
            assert_eq!(sql, "(user_name_lower = $2)", "{dialect:?}");
            assert_eq!(t.binds, vec!["jane@example.com".to_string()]);
            let mut t = Translator::new(dialect, &USER, user_columns, 2);
            let f = Filter::parse(r#"externalId eq "x""#).expect("filter");
            assert_eq!(
                t.translate(&f),
                "(external_id IS NOT NULL AND external_id = $2)"
            );
        }
    }
}
