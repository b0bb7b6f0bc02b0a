//! Parses arbitrary text as a SCIM filter; a filter that parses must print
//! to text that parses back to the same AST, and evaluate without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;
use scim_core::{Filter, USER};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(f) = Filter::parse(text) {
        let printed = f.to_string();
        assert_eq!(Filter::parse(&printed).as_ref(), Ok(&f), "{printed}");
        let user = serde_json::json!({"userName": "a", "emails": [{"value": "x", "type": "work"}]});
        let _ = f.matches(&user, &USER);
        let _ = f.validate(&USER);
    }
});
