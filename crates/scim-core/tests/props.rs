use proptest::prelude::*;
use scim_core::{patch::PatchPath, AttrPath, CompValue, CompareOp, Filter};

fn name() -> impl Strategy<Value = String> {
    "[a-zA-Z][a-zA-Z0-9_-]{0,8}".prop_filter("keywords are not attribute names", |s| {
        ![
            "and", "or", "not", "pr", "eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "true",
            "false", "null",
        ]
        .contains(&s.to_ascii_lowercase().as_str())
    })
}

fn path() -> impl Strategy<Value = AttrPath> {
    (
        prop::option::of(Just(
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User".to_string(),
        )),
        name(),
        prop::option::of(name()),
    )
        .prop_map(|(urn, attr, sub_attr)| AttrPath {
            urn,
            attr,
            sub_attr,
        })
}

fn value() -> impl Strategy<Value = CompValue> {
    prop_oneof![
        any::<String>().prop_map(CompValue::Str),
        any::<i64>().prop_map(|n| CompValue::Num(n.into())),
        any::<bool>().prop_map(CompValue::Bool),
        Just(CompValue::Null),
    ]
}

fn op() -> impl Strategy<Value = CompareOp> {
    prop_oneof![
        Just(CompareOp::Eq),
        Just(CompareOp::Ne),
        Just(CompareOp::Co),
        Just(CompareOp::Sw),
        Just(CompareOp::Ew),
        Just(CompareOp::Gt),
        Just(CompareOp::Ge),
        Just(CompareOp::Lt),
        Just(CompareOp::Le),
    ]
}

fn filter() -> impl Strategy<Value = Filter> {
    let leaf = prop_oneof![
        (path(), op(), value()).prop_map(|(p, o, v)| Filter::Compare(p, o, v)),
        path().prop_map(Filter::Present),
    ];
    leaf.prop_recursive(6, 48, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Filter::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Filter::Or(Box::new(a), Box::new(b))),
            inner.clone().prop_map(|a| Filter::Not(Box::new(a))),
            (name(), inner)
                .prop_map(|(n, f)| Filter::ValuePath(AttrPath::new(n), Box::new(strip_urns(f)))),
        ]
    })
}

/// Inside a value filter, paths are relative sub-attributes: no URN, no nested value paths.
fn strip_urns(f: Filter) -> Filter {
    match f {
        Filter::And(a, b) => Filter::And(Box::new(strip_urns(*a)), Box::new(strip_urns(*b))),
        Filter::Or(a, b) => Filter::Or(Box::new(strip_urns(*a)), Box::new(strip_urns(*b))),
        Filter::Not(a) => Filter::Not(Box::new(strip_urns(*a))),
        Filter::Compare(p, o, v) => Filter::Compare(
            AttrPath {
                urn: None,
                sub_attr: None,
                ..p
            },
            o,
            v,
        ),
        Filter::Present(p) => Filter::Present(AttrPath {
            urn: None,
            sub_attr: None,
            ..p
        }),
        Filter::ValuePath(_, inner) => strip_urns(*inner),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics(s in any::<String>()) {
        let _ = Filter::parse(&s);
        let _ = PatchPath::parse(&s);
        let _ = AttrPath::parse(&s);
    }

    #[test]
    fn parse_never_panics_on_filterish_text(s in r#"[a-zA-Z ()\[\]".:0-9\\-]{0,60}"#) {
        let _ = Filter::parse(&s);
        let _ = PatchPath::parse(&s);
    }

    #[test]
    fn display_round_trips(f in filter()) {
        let text = f.to_string();
        let back = Filter::parse(&text);
        prop_assert_eq!(back.as_ref(), Ok(&f), "text: {}", text);
    }
}

#[test]
fn nesting_past_the_limit_is_an_error_not_a_stack_overflow() {
    for depth in [scim_core::filter::MAX_DEPTH + 1, 1_000, 4_000] {
        let parens = "(".repeat(depth) + "a pr" + &")".repeat(depth);
        assert!(Filter::parse(&parens).is_err(), "depth {depth}");
        let nots = "not (".repeat(depth) + "a pr" + &")".repeat(depth);
        assert!(Filter::parse(&nots).is_err(), "not depth {depth}");
    }
    let ok = "(".repeat(scim_core::filter::MAX_DEPTH)
        + "a pr"
        + &")".repeat(scim_core::filter::MAX_DEPTH);
    assert!(Filter::parse(&ok).is_ok());
}

/// Inputs the fuzzers found crashes with, kept as regression tests.
#[test]
fn fuzz_regressions_round_trip() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("dir") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("read");
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if let Ok(f) = Filter::parse(text) {
            let printed = f.to_string();
            assert_eq!(Filter::parse(&printed).as_ref(), Ok(&f), "{printed}");
        }
        n += 1;
    }
    assert!(n >= 1);
}

#[test]
fn long_numbers_round_trip() {
    let f = Filter::parse("a gt 22222222222222222222222222222222222222222222222").expect("parse");
    assert_eq!(Filter::parse(&f.to_string()).as_ref(), Ok(&f));
}

/// Member names of a User: its core attributes (in any case), the
/// enterprise extension's URN, a Group-only name and unknown ones.
fn user_member() -> impl Strategy<Value = String> {
    let mut names: Vec<String> = scim_core::USER
        .core()
        .attributes
        .iter()
        .map(|a| a.name.to_string())
        .collect();
    names.push("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User".into());
    names.push("members".into());
    names.push("x-custom".into());
    (prop::sample::select(names), any::<bool>()).prop_map(|(n, upper)| {
        if upper {
            n.to_ascii_uppercase()
        } else {
            n
        }
    })
}

/// A JSON value as stored: scalars, objects of sub-attributes (including a
/// `returned: never`-looking `password` and extension attributes), arrays.
fn member_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let leaf = prop_oneof![
        "[a-z@.]{0,6}".prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
    ];
    let sub = prop::sample::select(vec![
        "value",
        "display",
        "primary",
        "type",
        "givenName",
        "password",
        "manager",
        "employeeNumber",
        "department",
    ]);
    let object = prop::collection::vec((sub, leaf.clone()), 0..4)
        .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()));
    prop_oneof![
        leaf,
        object.clone(),
        prop::collection::vec(object, 0..3).prop_map(Value::Array),
        Just(json!({})),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    /// Every member `kept_as_is_by_default` vouches for comes out of the
    /// default projection unchanged (the fast rendering path relies on it).
    #[test]
    fn kept_as_is_by_default_agrees_with_project(
        members in prop::collection::vec((user_member(), member_value()), 0..8)
    ) {
        let resource = serde_json::Value::Object(members.into_iter().collect());
        let shown = scim_core::project(resource.clone(), &scim_core::USER, &[], &[]);
        for (k, v) in resource.as_object().into_iter().flatten() {
            if scim_core::list::kept_as_is_by_default(&scim_core::USER, k, &v.to_string()) {
                prop_assert_eq!(shown.get(k), Some(v), "member {}", k);
            }
        }
    }
}

#[test]
fn kept_as_is_by_default_refuses_what_project_changes() {
    use scim_core::list::kept_as_is_by_default as kept;
    let user = &scim_core::USER;
    let ext = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    assert!(!kept(user, "password", "\"secret\""));
    assert!(!kept(user, "PASSWORD", "\"secret\""));
    assert!(!kept(user, ext, "{}"));
    assert!(!kept(user, ext, "{ }"));
    assert!(!kept(user, ext, "\"not an object\""));
    assert!(kept(user, ext, r#"{"employeeNumber":"7"}"#));
    assert!(kept(user, "userName", "\"ann\""));
    assert!(kept(user, "schemas", "[]"));
    assert!(kept(user, "x-custom", "1"));
}
