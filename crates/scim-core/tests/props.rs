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
