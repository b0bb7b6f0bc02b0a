//! Every shipped scenario file parses, and each seed workflow has one.
use std::path::Path;

#[test]
fn shipped_scenarios_parse_and_cover_the_seed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("scenarios dir") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        let s =
            agent_sim::scenario::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!s.steps.is_empty(), "{}", path.display());
        names.push(s.name);
    }
    for want in [
        "Single Mac, online",
        "Single Mac, offline",
        "Multiple Macs, online",
        "one online and one offline",
        "Windows",
        "Linux",
        "user portal",
        "suspended while a device is offline",
        "Three password changes",
    ] {
        assert!(
            names.iter().any(|n| n.contains(want)),
            "no scenario for '{want}': {names:?}"
        );
    }
}

#[test]
fn unknown_actions_are_refused_with_a_clear_message() {
    let bad = "name = \"x\"\nusers = []\ndevices = []\n[[steps]]\naction = \"teleport\"\n";
    let e = agent_sim::scenario::parse(bad).expect_err("invalid");
    assert!(e.to_string().contains("teleport"), "{e}");
}
