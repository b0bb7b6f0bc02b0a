//! Differential property test: for generated filters, the rows SQL returns
//! equal `scim-core`'s in-memory evaluation of the same filter on the same
//! users, on SQLite and (with DATABASE_URL) PostgreSQL.
mod common;

use proptest::prelude::*;
use proptest::test_runner::{Config as PtConfig, TestRunner};
use scim_core::{AttrPath, CompValue, CompareOp, Filter, ListQuery, USER};
use serde_json::{json, Value};

const WORDS: &[&str] = &["alpha", "Beta", "gamma", "ALPHA", "al", "a", "ph", "x", ""];

fn dataset() -> Vec<Value> {
    let mut users = Vec::new();
    for i in 0..24usize {
        let w = |k: usize| WORDS[(i * 7 + k * 3) % (WORDS.len() - 1)];
        let mut u = json!({
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName": format!("{}{i}@example.com", w(1)),
            "displayName": format!("{} {}", w(2), w(3)),
            "active": i % 3 != 0,
        });
        if i % 2 == 0 {
            u["name"] = json!({"givenName": w(4), "familyName": w(5)});
        }
        if i % 4 != 1 {
            u["title"] = json!(w(6));
        }
        if i % 5 != 0 {
            u["emails"] = json!([{"value": format!("{}@{}.org", w(7), w(8)), "type": if i % 2 == 0 { "work" } else { "home" }},
                                 {"value": format!("{}@mail.com", w(9)), "type": "other"}]);
        }
        if i % 3 == 1 {
            u["externalId"] = json!(format!("Ext{i}"));
        }
        if i % 4 == 2 {
            u["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] =
                json!({"department": w(10)});
        }
        users.push(u);
    }
    users
}

fn path() -> impl Strategy<Value = AttrPath> {
    prop::sample::select(vec![
        AttrPath::new("userName"),
        AttrPath::new("USERNAME"),
        AttrPath::new("displayName"),
        AttrPath::new("title"),
        AttrPath::new("externalId"),
        AttrPath::new("active"),
        AttrPath::new("emails"),
        AttrPath::with_sub("emails", "value"),
        AttrPath::with_sub("emails", "type"),
        AttrPath::with_sub("name", "givenName"),
        AttrPath::with_sub("name", "familyName"),
        AttrPath {
            urn: Some("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User".into()),
            attr: "department".into(),
            sub_attr: None,
        },
    ])
}

fn lit() -> impl Strategy<Value = CompValue> {
    prop_oneof![
        6 => prop::sample::select(WORDS.iter().map(|s| s.to_string()).collect::<Vec<_>>()).prop_map(CompValue::Str),
        1 => prop::sample::select(vec!["work".to_string(), "home".into(), "ext1".into(), "Ext4".into(), "alpha1@example.com".into()]).prop_map(CompValue::Str),
        1 => any::<bool>().prop_map(CompValue::Bool),
        1 => Just(CompValue::Null),
        1 => Just(CompValue::Num(3.into())),
    ]
}

fn op() -> impl Strategy<Value = CompareOp> {
    prop::sample::select(vec![
        CompareOp::Eq,
        CompareOp::Ne,
        CompareOp::Co,
        CompareOp::Sw,
        CompareOp::Ew,
        CompareOp::Gt,
        CompareOp::Ge,
        CompareOp::Lt,
        CompareOp::Le,
    ])
}

fn filter() -> impl Strategy<Value = Filter> {
    let leaf = prop_oneof![
        4 => (path(), op(), lit()).prop_map(|(p, o, v)| Filter::Compare(p, o, v)),
        1 => path().prop_map(Filter::Present),
        1 => (prop::sample::select(vec!["type", "value"]), op(), lit()).prop_map(|(s, o, v)| {
            Filter::ValuePath(AttrPath::new("emails"), Box::new(Filter::Compare(AttrPath::new(s), o, v)))
        }),
    ];
    leaf.prop_recursive(3, 12, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Filter::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Filter::Or(Box::new(a), Box::new(b))),
            inner.prop_map(|a| Filter::Not(Box::new(a))),
        ]
    })
}

async fn check(b: &common::Backend) {
    let org = b.dir.create_org("diff").await.expect("org").id;
    let mut stored = Vec::new();
    for u in dataset() {
        stored.push(b.dir.create_user(&org, &u).await.expect("create").resource);
    }
    let mut runner = TestRunner::new(PtConfig {
        cases: 300,
        ..PtConfig::default()
    });
    let handle = tokio::runtime::Handle::current();
    let checked = std::sync::atomic::AtomicUsize::new(0);
    let result = runner.run(&filter(), |f| {
        // Filters the server would refuse (e.g. `gt` on a boolean) are not compared.
        if f.validate(&USER).is_err() {
            return Ok(());
        }
        checked.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let text = f.to_string();
        let q = ListQuery::from_pairs([("filter", text.as_str()), ("count", "1000")], &USER)
            .expect("valid filter");
        let (_, sql_rows) =
            tokio::task::block_in_place(|| handle.block_on(b.dir.list_users(&org, &q)))
                .expect("list");
        let mut from_sql: Vec<String> = sql_rows.iter().map(|u| u.id.clone()).collect();
        let mut in_memory: Vec<String> = stored
            .iter()
            .filter(|u| f.matches(u, &USER))
            .filter_map(|u| u["id"].as_str().map(String::from))
            .collect();
        from_sql.sort();
        in_memory.sort();
        prop_assert_eq!(&from_sql, &in_memory, "{}: filter {}", b.name, text);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let checked = checked.into_inner();
    assert!(
        checked > 100,
        "{}: only {checked} filters were comparable",
        b.name
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sql_equals_in_memory() {
    on_all_backends!(check)
}
