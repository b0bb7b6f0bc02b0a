//! The SCIM filter grammar (RFC 7644 §3.4.2.2): parse to an AST, print it
//! canonically, and evaluate it against a JSON resource.
//!
//! ```
//! use scim_core::filter::Filter;
//! let f = Filter::parse(r#"userName Eq "Jane@Example.com" and not (active eq false)"#).unwrap();
//! assert_eq!(f.to_string(), r#"userName eq "Jane@Example.com" and not (active eq false)"#);
//! let user = serde_json::json!({"userName": "jane@example.com", "active": true});
//! assert!(f.matches(&user, &scim_core::schema::USER));
//! ```

use std::cmp::Ordering;
use std::fmt;

use serde_json::{Number, Value};

use crate::schema::{self, AttrType, AttributeDef, ResourceType};
use crate::ScimError;

/// How deeply `(`, `not (` and `[` may nest before the parser refuses.
pub const MAX_DEPTH: usize = 64;
/// The longest filter text accepted, in bytes.
pub const MAX_LEN: usize = 8192;

/// An attribute path: `[urn:]attr[.subAttr]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AttrPath {
    /// Schema URN prefix, if the path was qualified.
    pub urn: Option<String>,
    /// Attribute name as written.
    pub attr: String,
    /// Sub-attribute name as written.
    pub sub_attr: Option<String>,
}

impl AttrPath {
    /// A plain `attr` path.
    pub fn new(attr: impl Into<String>) -> Self {
        AttrPath {
            urn: None,
            attr: attr.into(),
            sub_attr: None,
        }
    }

    /// A `attr.sub` path.
    pub fn with_sub(attr: impl Into<String>, sub: impl Into<String>) -> Self {
        AttrPath {
            urn: None,
            attr: attr.into(),
            sub_attr: Some(sub.into()),
        }
    }

    /// Parses a standalone attribute path such as `name.givenName`.
    pub fn parse(s: &str) -> Result<AttrPath, ScimError> {
        let mut p = Parser::new(s)?;
        let path = p.attr_path()?;
        p.skip_ws();
        if p.pos != p.src.len() {
            return Err(p.err("unexpected text after attribute path"));
        }
        Ok(path)
    }
}

impl fmt::Display for AttrPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(u) = &self.urn {
            write!(f, "{u}:")?;
        }
        f.write_str(&self.attr)?;
        if let Some(s) = &self.sub_attr {
            write!(f, ".{s}")?;
        }
        Ok(())
    }
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CompareOp {
    /// equal
    Eq,
    /// not equal
    Ne,
    /// contains
    Co,
    /// starts with
    Sw,
    /// ends with
    Ew,
    /// greater than
    Gt,
    /// greater than or equal
    Ge,
    /// less than
    Lt,
    /// less than or equal
    Le,
}

impl CompareOp {
    fn from_word(w: &str) -> Option<CompareOp> {
        Some(match w.to_ascii_lowercase().as_str() {
            "eq" => CompareOp::Eq,
            "ne" => CompareOp::Ne,
            "co" => CompareOp::Co,
            "sw" => CompareOp::Sw,
            "ew" => CompareOp::Ew,
            "gt" => CompareOp::Gt,
            "ge" => CompareOp::Ge,
            "lt" => CompareOp::Lt,
            "le" => CompareOp::Le,
            _ => return None,
        })
    }

    /// The lower-case keyword.
    pub fn as_str(self) -> &'static str {
        match self {
            CompareOp::Eq => "eq",
            CompareOp::Ne => "ne",
            CompareOp::Co => "co",
            CompareOp::Sw => "sw",
            CompareOp::Ew => "ew",
            CompareOp::Gt => "gt",
            CompareOp::Ge => "ge",
            CompareOp::Lt => "lt",
            CompareOp::Le => "le",
        }
    }
}

/// A comparison literal.
#[derive(Debug, Clone, PartialEq)]
pub enum CompValue {
    /// A JSON string (also used for dateTime and binary values).
    Str(String),
    /// A JSON number.
    Num(Number),
    /// `true` / `false`.
    Bool(bool),
    /// `null`.
    Null,
}

impl fmt::Display for CompValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompValue::Str(s) => f.write_str(&Value::String(s.clone()).to_string()),
            CompValue::Num(n) => write!(f, "{n}"),
            CompValue::Bool(b) => write!(f, "{b}"),
            CompValue::Null => f.write_str("null"),
        }
    }
}

/// A parsed filter.
#[derive(Debug, Clone, PartialEq)]
pub enum Filter {
    /// `a and b`
    And(Box<Filter>, Box<Filter>),
    /// `a or b`
    Or(Box<Filter>, Box<Filter>),
    /// `not (a)`
    Not(Box<Filter>),
    /// `path op value`
    Compare(AttrPath, CompareOp, CompValue),
    /// `path pr`
    Present(AttrPath),
    /// `path[filter]`: the inner filter is relative to each element of `path`.
    ValuePath(AttrPath, Box<Filter>),
}

impl Filter {
    /// Parses filter text.
    pub fn parse(s: &str) -> Result<Filter, ScimError> {
        let mut p = Parser::new(s)?;
        let f = p.filter()?;
        p.skip_ws();
        if p.pos != p.src.len() {
            return Err(p.err("unexpected text after filter"));
        }
        Ok(f)
    }

    fn precedence(&self) -> u8 {
        match self {
            Filter::Or(..) => 1,
            Filter::And(..) => 2,
            _ => 3,
        }
    }

    /// Evaluates the filter against a resource in memory. String comparisons
    /// honour each attribute's `caseExact`; unknown attributes compare as
    /// case-insensitive strings.
    pub fn matches(&self, resource: &Value, rt: &ResourceType) -> bool {
        eval(self, resource, rt, None)
    }

    /// Checks that every path names a known attribute and that every operator
    /// suits its attribute's type (e.g. no `gt` on booleans), as RFC 7644
    /// requires servers to report with `invalidFilter`.
    pub fn validate(&self, rt: &ResourceType) -> Result<(), ScimError> {
        validate(self, rt, None)
    }
}

fn fmt_child(f: &mut fmt::Formatter<'_>, child: &Filter, parens: bool) -> fmt::Result {
    if parens {
        write!(f, "({child})")
    } else {
        write!(f, "{child}")
    }
}

impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Filter::And(a, b) | Filter::Or(a, b) => {
                let p = self.precedence();
                // Left-associative: a right child of equal precedence needs parens.
                fmt_child(f, a, a.precedence() < p)?;
                f.write_str(if matches!(self, Filter::And(..)) {
                    " and "
                } else {
                    " or "
                })?;
                fmt_child(f, b, b.precedence() <= p)
            }
            Filter::Not(inner) => write!(f, "not ({inner})"),
            Filter::Compare(path, op, v) => write!(f, "{path} {} {v}", op.as_str()),
            Filter::Present(path) => write!(f, "{path} pr"),
            Filter::ValuePath(path, inner) => write!(f, "{path}[{inner}]"),
        }
    }
}

/// A recursive-descent parser over the filter text; positions are byte offsets.
pub(crate) struct Parser<'a> {
    pub(crate) src: &'a str,
    pub(crate) pos: usize,
    depth: usize,
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '$'
}

impl<'a> Parser<'a> {
    pub(crate) fn new(src: &'a str) -> Result<Self, ScimError> {
        if src.len() > MAX_LEN {
            return Err(ScimError::InvalidFilter {
                message: format!("filter longer than {MAX_LEN} bytes"),
                offset: MAX_LEN,
            });
        }
        Ok(Parser {
            src,
            pos: 0,
            depth: 0,
        })
    }

    pub(crate) fn err(&self, msg: &str) -> ScimError {
        ScimError::InvalidFilter {
            message: msg.to_string(),
            offset: self.pos,
        }
    }

    fn rest(&self) -> &'a str {
        self.src.get(self.pos..).unwrap_or("")
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    pub(crate) fn skip_ws(&mut self) {
        while let Some(c) = self.peek() {
            if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_ws();
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    /// Reads a run of name characters without consuming it.
    fn peek_word(&self) -> &'a str {
        let r = self.rest();
        let end = r.find(|c: char| !is_name_char(c)).unwrap_or(r.len());
        &r[..end]
    }

    /// Consumes keyword `kw` (case-insensitive) when it stands as a whole word.
    fn eat_keyword(&mut self, kw: &str) -> bool {
        self.skip_ws();
        let w = self.peek_word();
        if w.eq_ignore_ascii_case(kw) {
            self.pos += w.len();
            true
        } else {
            false
        }
    }

    fn enter(&mut self) -> Result<(), ScimError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err("filter nested too deeply"));
        }
        Ok(())
    }

    fn filter(&mut self) -> Result<Filter, ScimError> {
        let mut left = self.and_expr()?;
        while self.eat_keyword("or") {
            let right = self.and_expr()?;
            left = Filter::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and_expr(&mut self) -> Result<Filter, ScimError> {
        let mut left = self.unary()?;
        while self.eat_keyword("and") {
            let right = self.unary()?;
            left = Filter::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Filter, ScimError> {
        self.skip_ws();
        let save = self.pos;
        if self.eat_keyword("not") {
            self.skip_ws();
            if self.peek() == Some('(') {
                self.pos += 1;
                self.enter()?;
                let inner = self.filter()?;
                if !self.eat(')') {
                    return Err(self.err("expected ')' to close 'not ('"));
                }
                self.depth -= 1;
                return Ok(Filter::Not(Box::new(inner)));
            }
            // `not` used as an attribute name, e.g. `not pr`.
            self.pos = save;
        }
        if self.eat('(') {
            self.enter()?;
            let inner = self.filter()?;
            if !self.eat(')') {
                return Err(self.err("expected ')'"));
            }
            self.depth -= 1;
            return Ok(inner);
        }
        let path = self.attr_path()?;
        self.skip_ws();
        if self.peek() == Some('[') {
            if path.sub_attr.is_some() {
                return Err(self.err("a value filter cannot follow a sub-attribute"));
            }
            self.pos += 1;
            self.enter()?;
            let inner = self.filter()?;
            if !self.eat(']') {
                return Err(self.err("expected ']' to close value filter"));
            }
            self.depth -= 1;
            return Ok(Filter::ValuePath(path, Box::new(inner)));
        }
        self.skip_ws();
        let op_pos = self.pos;
        let word = self.peek_word();
        if word.eq_ignore_ascii_case("pr") {
            self.pos += word.len();
            return Ok(Filter::Present(path));
        }
        let Some(op) = CompareOp::from_word(word) else {
            self.pos = op_pos;
            return Err(self.err(if word.is_empty() {
                "expected an operator"
            } else {
                "unknown operator"
            }));
        };
        self.pos += word.len();
        let value = self.comp_value()?;
        Ok(Filter::Compare(path, op, value))
    }

    /// `[urn:]ATTRNAME[.subAttr]`
    pub(crate) fn attr_path(&mut self) -> Result<AttrPath, ScimError> {
        self.skip_ws();
        let start = self.pos;
        let r = self.rest();
        let end = r
            .find(|c: char| !(is_name_char(c) || c == ':' || c == '.'))
            .unwrap_or(r.len());
        let token = &r[..end];
        if token.is_empty() {
            return Err(self.err("expected an attribute name"));
        }
        let (urn, body) = if token.len() > 4 && token[..4].eq_ignore_ascii_case("urn:") {
            match token.rfind(':') {
                Some(i) => (Some(token[..i].to_string()), &token[i + 1..]),
                None => (None, token),
            }
        } else {
            (None, token)
        };
        if body.contains(':') || (urn.is_none() && token.contains(':')) {
            return Err(self.err("malformed schema URN in attribute path"));
        }
        let mut parts = body.split('.');
        let attr = parts.next().unwrap_or("");
        let sub = parts.next();
        if parts.next().is_some() {
            self.pos = start;
            return Err(self.err("attribute path has more than one sub-attribute"));
        }
        let valid = |n: &str| {
            n.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '$')
                && n.chars().all(is_name_char)
        };
        if !valid(attr) || sub.is_some_and(|s| !valid(s)) {
            self.pos = start;
            return Err(self.err("invalid attribute name"));
        }
        self.pos += end;
        Ok(AttrPath {
            urn,
            attr: attr.to_string(),
            sub_attr: sub.map(str::to_string),
        })
    }

    fn comp_value(&mut self) -> Result<CompValue, ScimError> {
        self.skip_ws();
        let start = self.pos;
        match self.peek() {
            Some('"') => {
                let bytes = self.src.as_bytes();
                let mut i = self.pos + 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' => i += 2,
                        b'"' => break,
                        _ => i += 1,
                    }
                }
                if i >= bytes.len() {
                    return Err(self.err("unterminated string"));
                }
                let lit = &self.src[start..=i];
                let s: String = serde_json::from_str(lit)
                    .map_err(|e| self.err(&format!("invalid string literal: {e}")))?;
                self.pos = i + 1;
                Ok(CompValue::Str(s))
            }
            Some(c) if c == '-' || c.is_ascii_digit() => {
                let r = self.rest();
                let end = r
                    .find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c)))
                    .unwrap_or(r.len());
                let n: Number = r[..end].parse().map_err(|_| self.err("invalid number"))?;
                self.pos += end;
                Ok(CompValue::Num(n))
            }
            _ => {
                let w = self.peek_word();
                let v = if w.eq_ignore_ascii_case("true") {
                    CompValue::Bool(true)
                } else if w.eq_ignore_ascii_case("false") {
                    CompValue::Bool(false)
                } else if w.eq_ignore_ascii_case("null") {
                    CompValue::Null
                } else {
                    return Err(self.err("expected a value: string, number, true, false or null"));
                };
                self.pos += w.len();
                Ok(v)
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Evaluation

/// The attribute definition for `path`, relative to `parent` when inside a value filter.
fn lookup<'a>(
    rt: &ResourceType,
    parent: Option<&'a AttributeDef>,
    path: &AttrPath,
) -> Option<&'a AttributeDef>
where
    'static: 'a,
{
    match parent {
        Some(p) => p.sub(&path.attr),
        None => rt.resolve(path.urn.as_deref(), &path.attr).map(|r| r.attr),
    }
}

/// Finds a key in a JSON object case-insensitively.
pub fn get_ci<'v>(obj: &'v Value, key: &str) -> Option<&'v Value> {
    let o = obj.as_object()?;
    o.get(key).or_else(|| {
        o.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

/// The JSON value(s) a path selects, flattened: multi-valued attributes yield
/// each element (or each element's sub-attribute).
fn select<'v>(
    resource: &'v Value,
    rt: &ResourceType,
    parent: Option<&AttributeDef>,
    path: &AttrPath,
) -> Vec<&'v Value> {
    let container = match (&path.urn, parent) {
        (Some(u), None) if rt.extension_urn(u).is_some() => match get_ci(resource, u) {
            Some(c) => c,
            None => return Vec::new(),
        },
        _ => resource,
    };
    let Some(v) = get_ci(container, &path.attr) else {
        return Vec::new();
    };
    let top: Vec<&Value> = match v {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        other => vec![other],
    };
    match &path.sub_attr {
        None => top,
        Some(sub) => top
            .into_iter()
            .filter_map(|item| get_ci(item, sub))
            .flat_map(|v| match v {
                Value::Array(a) => a.iter().collect::<Vec<_>>(),
                other => vec![other],
            })
            .collect(),
    }
}

/// The definition of the leaf a path compares, and whether it is complex.
fn leaf_def<'a>(
    rt: &ResourceType,
    parent: Option<&'a AttributeDef>,
    path: &AttrPath,
) -> Option<&'a AttributeDef> {
    let def = lookup(rt, parent, path)?;
    match &path.sub_attr {
        Some(s) => def.sub(s),
        None => Some(def),
    }
}

fn eval(f: &Filter, resource: &Value, rt: &ResourceType, parent: Option<&AttributeDef>) -> bool {
    match f {
        Filter::And(a, b) => eval(a, resource, rt, parent) && eval(b, resource, rt, parent),
        Filter::Or(a, b) => eval(a, resource, rt, parent) || eval(b, resource, rt, parent),
        Filter::Not(a) => !eval(a, resource, rt, parent),
        Filter::Present(path) => select(resource, rt, parent, path)
            .into_iter()
            .any(|v| match v {
                Value::Null => false,
                Value::String(s) => !s.is_empty(),
                Value::Array(a) => !a.is_empty(),
                Value::Object(o) => !o.is_empty(),
                _ => true,
            }),
        Filter::ValuePath(path, inner) => {
            let def = lookup(rt, parent, path);
            let container = AttrPath {
                sub_attr: None,
                ..path.clone()
            };
            select(resource, rt, parent, &container)
                .into_iter()
                .any(|elem| eval_in_element(inner, elem, rt, def))
        }
        Filter::Compare(path, op, lit) => {
            let def = leaf_def(rt, parent, path);
            let mut values = select(resource, rt, parent, path);
            // A complex multi-valued attribute compared directly compares its `value`.
            if def.is_some_and(|d| d.ty == AttrType::Complex) {
                values = values
                    .into_iter()
                    .filter_map(|v| get_ci(v, "value"))
                    .collect();
            }
            let (ty, case_exact) = def
                .map(|d| (d.ty, d.case_exact))
                .unwrap_or((AttrType::String, false));
            if values.is_empty() {
                // `ne` matches a missing attribute; `eq null` matches it too.
                return matches!((op, lit), (CompareOp::Ne, v) if *v != CompValue::Null)
                    || matches!((op, lit), (CompareOp::Eq, CompValue::Null));
            }
            if *op == CompareOp::Ne {
                return !values
                    .iter()
                    .any(|v| compare(v, CompareOp::Eq, lit, ty, case_exact));
            }
            values.iter().any(|v| compare(v, *op, lit, ty, case_exact))
        }
    }
}

/// Evaluates a value-filter's inner expression against one element of the
/// multi-valued attribute `def` (used by PATCH value-path targets).
pub(crate) fn eval_in_element(
    f: &Filter,
    elem: &Value,
    rt: &ResourceType,
    def: Option<&AttributeDef>,
) -> bool {
    match def {
        Some(d) => eval(f, elem, rt, Some(d)),
        // Unknown attribute: use a permissive stand-in definition.
        None => {
            let stand_in = AttributeDef {
                name: "",
                ty: AttrType::Complex,
                multi_valued: true,
                required: false,
                case_exact: false,
                mutability: schema::Mutability::ReadWrite,
                returned: schema::Returned::Default,
                uniqueness: schema::Uniqueness::None,
                canonical_values: &[],
                reference_types: &[],
                sub_attributes: Vec::new(),
                description: "",
            };
            eval(f, elem, rt, Some(&stand_in))
        }
    }
}

/// Compares one JSON value with a literal under `op`.
pub fn compare(v: &Value, op: CompareOp, lit: &CompValue, ty: AttrType, case_exact: bool) -> bool {
    match (v, lit) {
        (Value::String(s), CompValue::Str(l)) => {
            if ty == AttrType::DateTime {
                if let (Some(a), Some(b)) = (schema::parse_datetime(s), schema::parse_datetime(l)) {
                    return ordering_matches(a.cmp(&b), op);
                }
            }
            let (a, b) = if case_exact {
                (s.clone(), l.clone())
            } else {
                (s.to_lowercase(), l.to_lowercase())
            };
            match op {
                CompareOp::Eq => a == b,
                CompareOp::Ne => a != b,
                CompareOp::Co => a.contains(&b),
                CompareOp::Sw => a.starts_with(&b),
                CompareOp::Ew => a.ends_with(&b),
                _ => ordering_matches(a.cmp(&b), op),
            }
        }
        (Value::Number(n), CompValue::Num(l)) => match (n.as_f64(), l.as_f64()) {
            (Some(a), Some(b)) => a.partial_cmp(&b).is_some_and(|o| ordering_matches(o, op)),
            _ => false,
        },
        (Value::Bool(a), CompValue::Bool(b)) => match op {
            CompareOp::Eq => a == b,
            CompareOp::Ne => a != b,
            _ => false,
        },
        (Value::Null, CompValue::Null) => op == CompareOp::Eq,
        _ => op == CompareOp::Ne,
    }
}

fn ordering_matches(o: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Co | CompareOp::Sw | CompareOp::Ew => false,
    }
}

fn validate(f: &Filter, rt: &ResourceType, parent: Option<&AttributeDef>) -> Result<(), ScimError> {
    match f {
        Filter::And(a, b) | Filter::Or(a, b) => {
            validate(a, rt, parent)?;
            validate(b, rt, parent)
        }
        Filter::Not(a) => validate(a, rt, parent),
        Filter::Present(p) => check_path(rt, parent, p).map(|_| ()),
        Filter::ValuePath(p, inner) => {
            let def = check_path(rt, parent, p)?;
            if def.ty != AttrType::Complex {
                return Err(ScimError::UnsupportedFilter(format!(
                    "'{p}' is not a complex attribute and cannot take a value filter"
                )));
            }
            validate(inner, rt, Some(def))
        }
        Filter::Compare(p, op, lit) => {
            let def = check_path(rt, parent, p)?;
            let ty = if def.ty == AttrType::Complex {
                def.sub("value").map(|d| d.ty).unwrap_or(AttrType::String)
            } else {
                def.ty
            };
            let ordering = matches!(
                op,
                CompareOp::Gt | CompareOp::Ge | CompareOp::Lt | CompareOp::Le
            );
            let substring = matches!(op, CompareOp::Co | CompareOp::Sw | CompareOp::Ew);
            if (ordering || substring) && matches!(ty, AttrType::Boolean | AttrType::Binary) {
                return Err(ScimError::UnsupportedFilter(format!(
                    "operator '{}' cannot be used on {} attribute '{p}'",
                    op.as_str(),
                    if ty == AttrType::Boolean {
                        "boolean"
                    } else {
                        "binary"
                    }
                )));
            }
            if (ordering || substring) && *lit == CompValue::Null {
                return Err(ScimError::UnsupportedFilter(format!(
                    "operator '{}' cannot compare with null",
                    op.as_str()
                )));
            }
            Ok(())
        }
    }
}

fn check_path<'a>(
    rt: &ResourceType,
    parent: Option<&'a AttributeDef>,
    p: &AttrPath,
) -> Result<&'a AttributeDef, ScimError> {
    if let (Some(u), None) = (&p.urn, parent) {
        if !rt.schema_ids().iter().any(|id| id.eq_ignore_ascii_case(u)) {
            return Err(ScimError::UnsupportedFilter(format!(
                "unknown schema '{u}'"
            )));
        }
    }
    let def = lookup(rt, parent, p)
        .ok_or_else(|| ScimError::UnsupportedFilter(format!("unknown attribute '{p}'")))?;
    match &p.sub_attr {
        Some(s) => def
            .sub(s)
            .ok_or_else(|| ScimError::UnsupportedFilter(format!("unknown attribute '{p}'"))),
        None => Ok(def),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::USER;
    use serde_json::json;

    fn rt() -> ResourceType {
        USER
    }

    #[test]
    fn precedence_and_display() {
        let f = Filter::parse("a eq 1 or b eq 2 and c eq 3").expect("parse");
        assert!(matches!(f, Filter::Or(..)));
        assert_eq!(f.to_string(), "a eq 1 or b eq 2 and c eq 3");
        let g = Filter::parse("(a eq 1 or b eq 2) and c eq 3").expect("parse");
        assert_eq!(g.to_string(), "(a eq 1 or b eq 2) and c eq 3");
        let h = Filter::parse("a eq 1 and (b eq 2 and c eq 3)").expect("parse");
        assert_eq!(Filter::parse(&h.to_string()).expect("reparse"), h);
    }

    #[test]
    fn error_offsets() {
        match Filter::parse("userName xx \"a\"") {
            Err(ScimError::InvalidFilter { offset, .. }) => assert_eq!(offset, 9),
            other => panic!("unexpected {other:?}"),
        }
        match Filter::parse("userName eq \"a") {
            Err(ScimError::InvalidFilter { offset, .. }) => assert_eq!(offset, 12),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn depth_limit() {
        let deep = "(".repeat(10_000) + "a pr" + &")".repeat(10_000);
        assert!(matches!(
            Filter::parse(&deep),
            Err(ScimError::InvalidFilter { .. })
        ));
    }

    #[test]
    fn case_rules_follow_schema() {
        let u = json!({"userName": "Jane@Example.com", "id": "AbC"});
        assert!(Filter::parse(r#"USERNAME EQ "jane@example.COM""#)
            .expect("p")
            .matches(&u, &rt()));
        // id is caseExact.
        assert!(!Filter::parse(r#"id eq "abc""#)
            .expect("p")
            .matches(&u, &rt()));
        assert!(Filter::parse(r#"id eq "AbC""#)
            .expect("p")
            .matches(&u, &rt()));
    }

    #[test]
    fn value_paths_and_multi_valued() {
        let u = json!({"emails": [
            {"value": "a@x.com", "type": "home"},
            {"value": "b@work.example", "type": "work"}]});
        let f = Filter::parse(r#"emails[type eq "work" and value co "@work"]"#).expect("p");
        assert!(f.matches(&u, &rt()));
        let g = Filter::parse(r#"emails[type eq "work" and value co "@x.com"]"#).expect("p");
        assert!(!g.matches(&u, &rt()));
        assert!(Filter::parse(r#"emails co "a@x""#)
            .expect("p")
            .matches(&u, &rt()));
        assert!(Filter::parse(r#"emails.type eq "home""#)
            .expect("p")
            .matches(&u, &rt()));
    }

    #[test]
    fn validate_rejects_gt_on_boolean_and_unknown_attrs() {
        assert!(Filter::parse("active gt true")
            .expect("p")
            .validate(&rt())
            .is_err());
        assert!(Filter::parse("nope eq 1")
            .expect("p")
            .validate(&rt())
            .is_err());
        assert!(Filter::parse(r#"name.givenName sw "J""#)
            .expect("p")
            .validate(&rt())
            .is_ok());
    }
}
