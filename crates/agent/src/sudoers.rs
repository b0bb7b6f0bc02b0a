//! The agent's sudoers drop-in: admin rights from the directory's group
//! bindings, one line per account, in one file the agent owns
//! ([`DROP_IN`]). Pure: the text it writes and the names it reads back; the
//! platform validates the file with `visudo -c` before it is moved into
//! place (see [`crate::linux`]).
//!
//! sudo skips files in `/etc/sudoers.d` whose name holds a `.` or ends in
//! `~`, so the drop-in's name has neither, and the file being checked
//! ([`STAGED`]) has a `.`: a leftover of an interrupted write is never read
//! by sudo.

/// The drop-in, under the system's root.
pub const DROP_IN: &str = "etc/sudoers.d/directory-agent";

/// The new text while `visudo` checks it.
pub const STAGED: &str = "etc/sudoers.d/.directory-agent.new";

const HEADER: &str = "# Managed by directory-agent: admin rights granted by the directory's\n\
# group bindings. Rewritten whenever they change; edits here are lost.\n";

/// What each admin may do: anything, as anyone, with their own password.
const RULE: &str = "ALL=(ALL:ALL) ALL";

/// The drop-in's text for `admins` (usernames the directory gave, which
/// hold only letters, digits, `.`, `_` and `-`; anything else is skipped
/// so a name can never change the rule's meaning).
pub fn render(admins: &[String]) -> String {
    let mut s = HEADER.to_string();
    for a in admins.iter().filter(|a| safe_name(a)) {
        s.push_str(a);
        s.push(' ');
        s.push_str(RULE);
        s.push('\n');
    }
    s
}

/// The accounts a drop-in's text grants (lines in [`render`]'s form only).
pub fn parse(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let (name, rule) = l.trim().split_once(' ')?;
            (rule.trim() == RULE && safe_name(name)).then(|| name.to_string())
        })
        .collect()
}

fn safe_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_and_parse_round_trip_and_unsafe_names_are_skipped() {
        let admins = vec!["ann".to_string(), "bob.smith".to_string()];
        let text = render(&admins);
        assert!(text.starts_with("# Managed by directory-agent"));
        assert!(text.contains("ann ALL=(ALL:ALL) ALL\n"));
        assert_eq!(parse(&text), admins);
        let evil = vec![
            "ALL ALL=(ALL) NOPASSWD: ALL\nx".to_string(),
            "%sudo".to_string(),
        ];
        assert_eq!(render(&evil), HEADER);
        assert_eq!(
            parse("# ann ALL=(ALL:ALL) ALL\nbob ALL=(ALL) NOPASSWD: ALL\n"),
            Vec::<String>::new()
        );
        assert!(!DROP_IN.rsplit('/').next().unwrap_or(".").contains('.'));
    }
}
