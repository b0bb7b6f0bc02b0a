//! The round-trip laws, property-tested.
use attr_mapping::{from_scim, to_scim, Address, DirectoryUser, Typed};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

fn s() -> impl Strategy<Value = String> {
    "[ -~]{0,12}"
}
fn os() -> impl Strategy<Value = Option<String>> {
    prop::option::of(s())
}

fn typed() -> impl Strategy<Value = Typed> {
    (s(), os(), prop::option::of(any::<bool>()), os()).prop_map(
        |(value, kind, primary, display)| Typed {
            value,
            kind,
            primary,
            display,
        },
    )
}

fn address() -> impl Strategy<Value = Address> {
    (
        os(),
        os(),
        os(),
        os(),
        os(),
        os(),
        os(),
        prop::option::of(any::<bool>()),
    )
        .prop_map(
            |(kind, street_address, locality, region, postal_code, country, formatted, primary)| {
                Address {
                    kind,
                    street_address,
                    locality,
                    region,
                    postal_code,
                    country,
                    formatted,
                    primary,
                }
            },
        )
}

fn extension() -> impl Strategy<Value = Map<String, Value>> {
    prop::collection::btree_map(
        prop::sample::select(vec![
            "nickName",
            "locale",
            "timezone",
            "profileUrl",
            "urn:example:ext",
        ]),
        s(),
        0..4,
    )
    .prop_map(|m| {
        m.into_iter()
            .map(|(k, v)| (k.to_string(), Value::String(v)))
            .collect()
    })
}

fn record() -> impl Strategy<Value = DirectoryUser> {
    (
        (
            "[a-z][a-z0-9.]{0,10}@example\\.com",
            os(),
            os(),
            os(),
            os(),
            os(),
            os(),
        ),
        (
            prop::collection::vec(typed(), 0..3),
            prop::collection::vec(typed(), 0..3),
            prop::collection::vec(address(), 0..3),
        ),
        (os(), os(), os(), os(), extension()),
    )
        .prop_map(
            |(
                (
                    user_name,
                    external_id,
                    first_name,
                    last_name,
                    middle_name,
                    display_name,
                    job_title,
                ),
                (emails, phone_numbers, addresses),
                (department, cost_center, employee_number, manager, extension_data),
            )| DirectoryUser {
                user_name,
                external_id,
                first_name,
                last_name,
                middle_name,
                display_name,
                job_title,
                emails,
                phone_numbers,
                addresses,
                department,
                cost_center,
                employee_number,
                manager,
                extension_data,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// directory record → SCIM → directory record is the identity.
    #[test]
    fn record_scim_record(r in record()) {
        let scim = to_scim(&r);
        let (back, _) = from_scim(&scim).expect("a record's SCIM form maps back");
        prop_assert_eq!(back, r);
    }

    /// SCIM → directory → SCIM keeps every attribute, including unmapped ones
    /// and unknown sub-attributes of mapped ones.
    #[test]
    fn scim_record_scim(r in record(), extra_sub in s(), nick in s()) {
        let mut scim = to_scim(&r);
        scim["nickName"] = json!(nick);
        if scim.get("name").is_some() {
            scim["name"]["honorificSuffix"] = json!(extra_sub);
        }
        if let Some(Value::Array(emails)) = scim.get_mut("emails") {
            if let Some(first) = emails.first_mut() {
                first["x-verified"] = json!(true);
            }
        }
        let (rec, _) = from_scim(&scim).expect("maps");
        prop_assert_eq!(to_scim(&rec), scim);
    }
}
