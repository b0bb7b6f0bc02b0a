//! Property tests: `parse` accepts exactly the grammar, and derivation is idempotent.
use proptest::prelude::*;
use username_rules::{email_prefix, group_name, Username, UsernameError, MAX_LEN, RESERVED};

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

proptest! {
    #[test]
    fn group_names_are_in_the_grammar_lower_case_and_stable(name in any::<String>()) {
        match group_name(&name) {
            Ok(g) => {
                prop_assert!(in_grammar(g.as_str()), "{:?} -> {:?}", name, g);
                prop_assert_eq!(g.as_str(), g.key());
                // Deriving again from the result gives the same name.
                prop_assert_eq!(group_name(g.as_str()), Ok(g.clone()));
            }
            Err(e) => {
                prop_assert_eq!(e, UsernameError::Empty);
                prop_assert!(!name.chars().any(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_'));
            }
        }
    }
}

#[test]
fn group_names_read_as_their_display_names() {
    let g = |s: &str| group_name(s).map(|u| u.as_str().to_string());
    assert_eq!(
        g("Engineering / Mac Admins").as_deref(),
        Ok("engineering-mac-admins")
    );
    assert_eq!(g("  Sales  ").as_deref(), Ok("sales"));
    assert_eq!(g("2024 Interns").as_deref(), Ok("g2024-interns"));
    assert_eq!(g("Root").as_deref(), Ok("root_"));
    assert_eq!(g("!!"), Err(UsernameError::Empty));
    assert_eq!(g(&"x".repeat(40)).map(|s| s.len()), Ok(MAX_LEN));
}
