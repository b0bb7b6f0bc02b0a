use scim_core::{patch::PatchRequest, schema, Filter, ScimError, USER};
use serde_json::Value;

fn load(name: &str) -> String {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {path}: {e}"))
}

#[test]
fn filter_cases() {
    let users: Vec<Value> = serde_json::from_str(&load("users.json")).expect("users.json");
    let text = load("filters.txt");
    let mut ran = 0;
    let mut failures = Vec::new();
    for block in text.split("\n\n") {
        let mut fields = std::collections::HashMap::new();
        for line in block.lines().filter(|l| !l.starts_with('#')) {
            if let Some((k, v)) = line.split_once(':') {
                fields.insert(k.trim(), v.trim_start().to_string());
            }
        }
        let Some(input) = fields.get("filter") else {
            continue;
        };
        ran += 1;
        match (Filter::parse(input), fields.get("error")) {
            (Err(ScimError::InvalidFilter { offset, .. }), Some(want)) => {
                if offset.to_string() != *want {
                    failures.push(format!("{input}: error at {offset}, want {want}"));
                }
            }
            (Ok(f), Some(_)) => failures.push(format!("{input}: parsed as {f}, want an error")),
            (Err(e), None) => failures.push(format!("{input}: {e}")),
            (Err(e), Some(_)) => failures.push(format!("{input}: wrong error {e:?}")),
            (Ok(f), None) => {
                let canonical = f.to_string();
                if Some(&canonical) != fields.get("canonical") {
                    failures.push(format!(
                        "{input}: canonical {canonical:?}, want {:?}",
                        fields.get("canonical")
                    ));
                }
                if Filter::parse(&canonical).as_ref() != Ok(&f) {
                    failures.push(format!(
                        "{input}: canonical form does not re-parse to the same AST"
                    ));
                }
                if let Err(e) = f.validate(&USER) {
                    failures.push(format!("{input}: validate: {e}"));
                }
                let got: Vec<&str> = users
                    .iter()
                    .filter(|u| f.matches(u, &USER))
                    .filter_map(|u| u["id"].as_str())
                    .collect();
                let want: Vec<&str> = fields
                    .get("matches")
                    .map(|m| {
                        m.split(',')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .collect()
                    })
                    .unwrap_or_default();
                if got != want {
                    failures.push(format!("{input}: matched {got:?}, want {want:?}"));
                }
            }
        }
    }
    assert!(ran >= 30, "only {ran} filter cases ran");
    assert!(
        failures.is_empty(),
        "filter cases failed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn patch_cases() {
    let cases: Vec<Value> = serde_json::from_str(&load("patch.json")).expect("patch.json");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap_or("?");
        let rt = schema::resource_type(case["type"].as_str().unwrap_or("User")).expect("type");
        let mut resource = case["before"].clone();
        let result =
            PatchRequest::from_json(&case["request"]).and_then(|r| r.apply(&mut resource, &rt));
        match (result, case.get("error").and_then(Value::as_str)) {
            (Ok(()), None) => {
                if resource != case["after"] {
                    failures.push(format!("{name}: got {resource}, want {}", case["after"]));
                }
            }
            (Ok(()), Some(want)) => failures.push(format!("{name}: succeeded, want {want}")),
            (Err(e), None) => failures.push(format!("{name}: {e}")),
            (Err(e), Some(want)) => {
                let got = e.scim_type().map(|t| t.as_str()).unwrap_or("");
                if got != want {
                    failures.push(format!("{name}: scimType {got}, want {want}"));
                }
            }
        }
    }
    assert!(cases.len() >= 20);
    assert!(
        failures.is_empty(),
        "PATCH cases failed:\n{}",
        failures.join("\n")
    );
}
