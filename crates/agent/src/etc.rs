//! The account databases of a Linux system (`/etc/passwd`, `/etc/shadow`,
//! `/etc/group`, `/etc/gshadow`) as tables of colon-separated lines, read and written the
//! way shadow-utils does: every line the agent does not change is written
//! back byte for byte (comments, blank lines, NIS `+`/`-` lines, unknown
//! extra fields and malformed lines included), and a changed or new entry
//! is rendered from its fields.
//!
//! Pure: text in, text out. Where the files live and how they are replaced
//! is [`crate::files`]'s.

use crate::error::{AgentError, Result};

/// Which database a table holds (for field counts and messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `/etc/passwd`: name, password, uid, gid, gecos, home, shell.
    Passwd,
    /// `/etc/shadow`: name, hash, last change, min, max, warn, inactive,
    /// expire, reserved.
    Shadow,
    /// `/etc/group`: name, password, gid, members.
    Group,
    /// `/etc/gshadow`: name, password, administrators, members.
    Gshadow,
}

impl Kind {
    /// The number of fields of a well-formed entry.
    pub fn fields(self) -> usize {
        match self {
            Kind::Passwd => 7,
            Kind::Shadow => 9,
            Kind::Group | Kind::Gshadow => 4,
        }
    }

    /// The file's name under `/etc`.
    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Passwd => "passwd",
            Kind::Shadow => "shadow",
            Kind::Group => "group",
            Kind::Gshadow => "gshadow",
        }
    }
}

/// One line: its text as read, and its fields once the agent changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Line {
    /// The line as read (without its newline), or as rendered after a change.
    text: String,
}

impl Line {
    /// The entry's name, if the line is an entry (not a comment, a blank
    /// line, or a NIS line).
    fn name(&self) -> Option<&str> {
        let t = self.text.as_str();
        if t.is_empty() || t.starts_with('#') || t.starts_with('+') || t.starts_with('-') {
            return None;
        }
        t.split(':').next().filter(|n| !n.is_empty())
    }
}

/// A database file as lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    kind: Kind,
    lines: Vec<Line>,
    /// Whether the text ended with a newline (kept as found).
    final_newline: bool,
}

impl Table {
    /// Reads a file's text. Never fails: what is not an entry is kept as it is.
    pub fn parse(kind: Kind, text: &str) -> Table {
        let final_newline = text.is_empty() || text.ends_with('\n');
        let body = text.strip_suffix('\n').unwrap_or(text);
        let lines = if text.is_empty() {
            Vec::new()
        } else {
            body.split('\n')
                .map(|l| Line {
                    text: l.to_string(),
                })
                .collect()
        };
        Table {
            kind,
            lines,
            final_newline,
        }
    }

    /// An empty table.
    pub fn new(kind: Kind) -> Table {
        Table::parse(kind, "")
    }

    /// Which database this is.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The file's text: unchanged lines exactly as read.
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(self.lines.iter().map(|l| l.text.len() + 1).sum());
        for (i, l) in self.lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&l.text);
        }
        if self.final_newline && !self.lines.is_empty() {
            out.push('\n');
        }
        out
    }

    /// The fields of the entry named `name` (the first, as the C library
    /// reads them), split on `:`.
    pub fn get(&self, name: &str) -> Option<Vec<&str>> {
        self.lines
            .iter()
            .find(|l| l.name() == Some(name))
            .map(|l| l.text.split(':').collect())
    }

    /// The fields of every entry, in file order.
    pub fn entries(&self) -> impl Iterator<Item = Vec<&str>> {
        self.lines
            .iter()
            .filter(|l| l.name().is_some())
            .map(|l| l.text.split(':').collect())
    }

    /// The names of every entry, in file order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().filter_map(Line::name)
    }

    /// Whether `name` has an entry.
    pub fn contains(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// Replaces the entry named `fields[0]` in place, or appends it. Every
    /// field is checked first: a field holding `:` or a line break (or a
    /// NUL) would corrupt the file and is refused; nothing changes then.
    pub fn upsert(&mut self, fields: &[&str]) -> Result<()> {
        let Some(name) = fields.first().copied() else {
            return Err(AgentError::Field {
                file: self.kind.file_name(),
                reason: "an entry needs a name".into(),
            });
        };
        if fields.len() != self.kind.fields() {
            return Err(AgentError::Field {
                file: self.kind.file_name(),
                reason: format!(
                    "an entry has {} fields, not {}",
                    self.kind.fields(),
                    fields.len()
                ),
            });
        }
        for f in fields {
            check_field(self.kind, f)?;
        }
        if name.is_empty() || name.starts_with(['#', '+', '-']) {
            return Err(AgentError::Field {
                file: self.kind.file_name(),
                reason: format!("'{name}' cannot name an entry"),
            });
        }
        let text = fields.join(":");
        match self.lines.iter_mut().find(|l| l.name() == Some(name)) {
            Some(l) => l.text = text,
            None => {
                self.lines.push(Line { text });
                self.final_newline = true;
            }
        }
        Ok(())
    }

    /// Sets one field of the entry named `name`; `false` when there is no
    /// such entry or field. The other fields keep their text.
    pub fn set_field(&mut self, name: &str, index: usize, value: &str) -> Result<bool> {
        check_field(self.kind, value)?;
        let Some(l) = self.lines.iter_mut().find(|l| l.name() == Some(name)) else {
            return Ok(false);
        };
        let mut fields: Vec<&str> = l.text.split(':').collect();
        let Some(f) = fields.get_mut(index) else {
            return Ok(false);
        };
        *f = value;
        l.text = fields.join(":");
        Ok(true)
    }

    /// Removes the entry named `name`; whether there was one.
    pub fn remove(&mut self, name: &str) -> bool {
        let before = self.lines.len();
        self.lines.retain(|l| l.name() != Some(name));
        self.lines.len() != before
    }
}

/// Refuses a field that would break the file's format.
fn check_field(kind: Kind, f: &str) -> Result<()> {
    if let Some(c) = f.chars().find(|c| matches!(c, ':' | '\n' | '\r' | '\0')) {
        return Err(AgentError::Field {
            file: kind.file_name(),
            reason: format!("a field may not hold {c:?}"),
        });
    }
    Ok(())
}

/// An `/etc/passwd` entry, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswdEntry {
    /// Login name.
    pub name: String,
    /// User id.
    pub uid: u32,
    /// Primary group id.
    pub gid: u32,
    /// Full name and other GECOS text.
    pub gecos: String,
    /// Home directory.
    pub home: String,
    /// Login shell.
    pub shell: String,
}

impl PasswdEntry {
    /// The entry named `name` in a passwd table, if it is well-formed.
    pub fn read(t: &Table, name: &str) -> Result<Option<PasswdEntry>> {
        let Some(f) = t.get(name) else {
            return Ok(None);
        };
        let bad = |what: &str| AgentError::Field {
            file: "passwd",
            reason: format!("the entry of '{name}' has {what}"),
        };
        if f.len() < 7 {
            return Err(bad("too few fields"));
        }
        Ok(Some(PasswdEntry {
            name: f[0].to_string(),
            uid: f[2]
                .parse()
                .map_err(|_| bad("a uid that is not a number"))?,
            gid: f[3]
                .parse()
                .map_err(|_| bad("a gid that is not a number"))?,
            gecos: f[4].to_string(),
            home: f[5].to_string(),
            shell: f[6].to_string(),
        }))
    }

    /// Writes this entry (password field `x`: the hash is in shadow).
    pub fn write(&self, t: &mut Table) -> Result<()> {
        let (uid, gid) = (self.uid.to_string(), self.gid.to_string());
        t.upsert(&[
            &self.name,
            "x",
            &uid,
            &gid,
            &self.gecos,
            &self.home,
            &self.shell,
        ])
    }
}

/// Field indexes of `/etc/shadow`.
pub mod shadow {
    /// The password hash (`!` in front locks it).
    pub const HASH: usize = 1;
    /// Days since the epoch of the last change.
    pub const LAST_CHANGE: usize = 2;
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PASSWD: &str = "root:x:0:0:root:/root:/bin/bash\n# local admins\n\n+nisuser::::::\nann:x:1000:1000:Ann,,,:/home/ann:/bin/bash:extra\nbroken line\n";

    #[test]
    fn unchanged_tables_render_byte_for_byte() {
        for text in [PASSWD, "", "a:x:1:1::/:/bin/sh", "\n\n", "x\r\ny\n"] {
            assert_eq!(Table::parse(Kind::Passwd, text).render(), text);
        }
    }

    #[test]
    fn edits_touch_only_their_line() {
        let mut t = Table::parse(Kind::Passwd, PASSWD);
        assert_eq!(
            t.names().collect::<Vec<_>>(),
            ["root", "ann", "broken line"]
        );
        t.upsert(&["bob", "x", "1001", "1001", "Bob", "/home/bob", "/bin/sh"])
            .expect("valid");
        assert!(t.set_field("ann", 6, "/bin/zsh").expect("valid"));
        let out = t.render();
        assert_eq!(
            out,
            PASSWD.replace(":/bin/bash:extra", ":/bin/zsh:extra")
                + "bob:x:1001:1001:Bob:/home/bob:/bin/sh\n"
        );
        assert!(t.remove("bob"));
        assert!(!t.remove("bob"));
        assert_eq!(
            t.render(),
            PASSWD.replace(":/bin/bash:extra", ":/bin/zsh:extra")
        );
    }

    #[test]
    fn fields_that_would_corrupt_the_file_are_refused() {
        let mut t = Table::parse(Kind::Passwd, PASSWD);
        for evil in ["a:b", "a\nroot::0:0::/:/bin/sh", "a\0", "a\r"] {
            let e = t
                .upsert(&["eve", "x", "1", "1", evil, "/home/eve", "/bin/sh"])
                .expect_err("refused");
            assert!(e.to_string().contains("may not hold"), "{e}");
            assert!(t.set_field("ann", 4, evil).is_err());
        }
        assert!(t
            .upsert(&["+eve", "x", "1", "1", "", "/", "/bin/sh"])
            .is_err());
        assert!(t.upsert(&["eve", "x"]).is_err(), "too few fields");
        assert_eq!(t.render(), PASSWD, "nothing changed");
    }

    #[test]
    fn typed_entries() {
        let t = Table::parse(Kind::Passwd, PASSWD);
        let ann = PasswdEntry::read(&t, "ann")
            .expect("well-formed")
            .expect("present");
        assert_eq!(
            (ann.uid, ann.gid, ann.home.as_str()),
            (1000, 1000, "/home/ann")
        );
        assert!(PasswdEntry::read(&t, "nobody").expect("fine").is_none());
        assert!(PasswdEntry::read(&t, "broken line").is_err());
    }

    fn line() -> impl Strategy<Value = String> {
        prop_oneof![
            // Entries with arbitrary (colon-free) fields, sometimes extra ones.
            proptest::collection::vec("[^:\n]{0,12}", 1..10).prop_map(|f| f.join(":")),
            // Comments, blanks, NIS lines, anything else on one line.
            "#[^\n]{0,20}",
            Just(String::new()),
            "[+-][^\n]{0,20}",
            "[^\n]{0,30}",
        ]
    }

    proptest! {
        #[test]
        fn any_file_round_trips(lines in proptest::collection::vec(line(), 0..20), nl in any::<bool>()) {
            let mut text = lines.join("\n");
            if nl && !text.is_empty() { text.push('\n'); }
            for kind in [Kind::Passwd, Kind::Shadow, Kind::Group, Kind::Gshadow] {
                prop_assert_eq!(Table::parse(kind, &text).render(), text.clone());
            }
        }

        #[test]
        fn an_upsert_changes_one_line_or_appends_one(
            lines in proptest::collection::vec(line(), 0..20),
            name in "[a-z][a-z0-9]{0,8}",
            gecos in "[^:\n\r\0]{0,20}",
        ) {
            let text = lines.join("\n") + "\n";
            let mut t = Table::parse(Kind::Passwd, &text);
            let existed = t.contains(&name);
            t.upsert(&[&name, "x", "1000", "1000", &gecos, "/home/x", "/bin/sh"]).expect("valid");
            let before: Vec<&str> = text.lines().collect();
            let after_text = t.render();
            let after: Vec<&str> = after_text.lines().collect();
            if existed {
                prop_assert_eq!(before.len(), after.len());
                let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
                prop_assert!(changed <= 1);
            } else {
                prop_assert_eq!(&after[..after.len() - 1], &before[..]);
            }
            let e = PasswdEntry::read(&t, &name);
            prop_assert!(matches!(e, Ok(Some(ref p)) if p.gecos == gecos));
        }
    }
}
