//! Decodes arbitrary JSON as a PatchOp and applies it to a User and a Group.
#![no_main]
use libfuzzer_sys::fuzz_target;
use scim_core::{patch::PatchRequest, GROUP, USER};

fuzz_target!(|data: &[u8]| {
    let Ok(body) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    let Ok(req) = PatchRequest::from_json(&body) else { return };
    let mut user = serde_json::json!({"id": "1", "userName": "a",
        "emails": [{"value": "x", "type": "work", "primary": true}], "name": {"givenName": "g"}});
    let _ = req.apply(&mut user, &USER);
    let mut group = serde_json::json!({"id": "g", "displayName": "G", "members": [{"value": "1"}]});
    let _ = req.apply(&mut group, &GROUP);
});
