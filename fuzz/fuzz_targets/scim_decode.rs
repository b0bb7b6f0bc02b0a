//! Decodes arbitrary JSON as a SCIM User and Group the way the directory
//! does (normalise, type-check, map), and checks the mapping's round trip.
#![no_main]
use libfuzzer_sys::fuzz_target;
use scim_core::{resource, GROUP, USER};

fuzz_target!(|data: &[u8]| {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    let mut u = v.clone();
    if USER.normalize(&mut u).is_ok() {
        let _ = scim_core::patch::check_primary(&u, &USER);
        if let Ok((record, _)) = attr_mapping::from_scim(&u) {
            let scim = attr_mapping::to_scim(&record);
            let (again, _) = attr_mapping::from_scim(&scim).expect("a mapped record maps back");
            assert_eq!(again, record, "record -> SCIM -> record is the identity");
        }
    }
    let _ = resource::User::from_json(&v);
    let mut g = v.clone();
    let _ = GROUP.normalize(&mut g);
    let _ = resource::Group::from_json(&v);
});
