//! Mapping a full Okta user, and `Username::parse`.
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use serde_json::json;

fn mapping(c: &mut Criterion) {
    let okta = json!({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "john.doe@example.com", "externalId": "00ujl29u0le5T6Aj10h7",
        "name": {"givenName": "John", "familyName": "Doe", "middleName": "Q"},
        "emails": [{"value": "john.doe@example.com", "type": "work", "primary": true}],
        "title": "Engineer", "displayName": "John Doe", "locale": "en-US",
        "phoneNumbers": [{"value": "+1 555 0100", "type": "mobile", "primary": true}],
        "addresses": [{"type": "work", "streetAddress": "1 Main St", "locality": "Springfield",
                       "region": "IL", "postalCode": "62701", "primary": true}],
        "password": "1mz050nq", "active": true
    });
    c.bench_function("attr-mapping/from_scim full okta user", |b| {
        b.iter(|| attr_mapping::from_scim(black_box(&okta)))
    });
    let (record, _) = attr_mapping::from_scim(&okta).expect("maps");
    c.bench_function("attr-mapping/to_scim full record", |b| {
        b.iter(|| attr_mapping::to_scim(black_box(&record)))
    });
}

fn usernames(c: &mut Criterion) {
    c.bench_function("username-rules/parse valid", |b| {
        b.iter(|| username_rules::Username::parse(black_box("john.doe-smith_99")))
    });
    c.bench_function("username-rules/from_login", |b| {
        b.iter(|| username_rules::Username::from_login(black_box("john.doe@example.com")))
    });
}

criterion_group!(benches, mapping, usernames);
criterion_main!(benches);
