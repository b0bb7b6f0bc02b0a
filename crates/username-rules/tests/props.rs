//! Property tests: `parse` accepts exactly the grammar, and derivation is idempotent.
use proptest::prelude::*;
use username_rules::{email_prefix, Username, MAX_LEN, RESERVED};

/// The grammar, written independently of the implementation.
fn in_grammar(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= MAX_LEN
        && b[0].is_ascii_alphabetic()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || b"-._".contains(c))
        && !RESERVED.iter().any(|r| r.eq_ignore_ascii_case(s))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn parse_agrees_with_the_grammar_on_any_string(s in any::<String>()) {
        prop_assert_eq!(Username::parse(&s).is_ok(), in_grammar(&s), "{:?}", s);
    }

    #[test]
    fn parse_agrees_with_the_grammar_near_the_boundary(s in "[a-zA-Z0-9._@ $-]{0,34}") {
        prop_assert_eq!(Username::parse(&s).is_ok(), in_grammar(&s), "{:?}", s);
    }

    #[test]
    fn accepted_names_are_kept_verbatim(s in "[a-zA-Z][a-zA-Z0-9._-]{0,29}") {
        if let Ok(u) = Username::parse(&s) {
            prop_assert_eq!(u.as_str(), s.as_str());
        }
    }

    #[test]
    fn derivation_is_idempotent(login in "[a-zA-Z0-9._@-]{0,40}") {
        if let Ok(u) = Username::from_login(&login) {
            let again = Username::from_login(u.as_str());
            prop_assert_eq!(again.as_ref(), Ok(&u));
            prop_assert_eq!(email_prefix(u.as_str()), u.as_str());
        }
    }
}

proptest! {
    #[test]
    fn sanitizing_yields_a_name_in_the_grammar(login in any::<String>()) {
        if let Ok(u) = Username::sanitized_from_login(&login) {
            prop_assert!(in_grammar(u.as_str()), "{:?} -> {:?}", login, u);
        } else {
            prop_assert!(email_prefix(&login).is_empty());
        }
    }
}
