//! Username parsing and derivation: never panics; whatever is accepted is in
//! the grammar; derivation is idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use username_rules::Username;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(u) = Username::parse(s) {
        let b = u.as_str().as_bytes();
        assert!(b.len() <= 30 && b[0].is_ascii_alphabetic());
        assert!(b.iter().all(|c| c.is_ascii_alphanumeric() || b"-._".contains(c)));
    }
    if let Ok(u) = Username::from_login(s) {
        assert_eq!(Username::from_login(u.as_str()).as_ref(), Ok(&u));
    }
    if let Ok(u) = Username::sanitized_from_login(s) {
        assert!(Username::parse(u.as_str()).is_ok());
    }
});
