//! Filter parse + evaluate, and PATCH apply.
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use scim_core::{patch::PatchRequest, Filter, GROUP, USER};
use serde_json::json;

fn filters(c: &mut Criterion) {
    let okta = r#"userName eq "test.user@okta.local""#;
    let complex = r#"userType eq "Employee" and emails[type eq "work" and value co "@example.com"] or not (title pr)"#;
    let user = json!({"userName": "Test.User@okta.local", "userType": "Employee", "title": "x",
        "emails": [{"value": "a@example.com", "type": "work"}, {"value": "b@home.org", "type": "home"}]});
    c.bench_function("filter/parse okta eq", |b| {
        b.iter(|| Filter::parse(black_box(okta)))
    });
    c.bench_function("filter/parse complex", |b| {
        b.iter(|| Filter::parse(black_box(complex)))
    });
    let f = Filter::parse(complex).expect("filter");
    c.bench_function("filter/evaluate complex", |b| {
        b.iter(|| f.matches(black_box(&user), &USER))
    });
}

fn patches(c: &mut Criterion) {
    let deactivate = PatchRequest::from_json(&json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "value": {"active": false}}]}))
    .expect("patch");
    let user = json!({"id": "1", "userName": "a", "active": true, "emails": [{"value": "a@x", "primary": true}]});
    c.bench_function("patch/okta deactivate", |b| {
        b.iter(|| {
            let mut u = user.clone();
            deactivate.apply(&mut u, &USER)
        })
    });
    let members: Vec<_> = (0..1000)
        .map(|i| json!({"value": format!("u{i}")}))
        .collect();
    let group = json!({"id": "g", "displayName": "G", "members": members});
    let membership = PatchRequest::from_json(&json!({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "remove", "path": "members[value eq \"u500\"]"},
                       {"op": "add", "path": "members", "value": [{"value": "new"}]}]}))
    .expect("patch");
    c.bench_function("patch/group membership (1000 members)", |b| {
        b.iter(|| {
            let mut g = group.clone();
            membership.apply(&mut g, &GROUP)
        })
    });
}

criterion_group!(benches, filters, patches);
criterion_main!(benches);
