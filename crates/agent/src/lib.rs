//! # agent: the device agent's library
//!
//! The device half of the directory: it keeps a machine's local accounts
//! and password hashes as the directory says they should be.
//!
//! This first part is the Linux account files: [`etc::Table`] reads and
//! edits `/etc/passwd`, `/etc/shadow` and `/etc/group` while keeping every
//! line it does not change byte for byte, and [`files::AccountFiles`]
//! replaces them the way shadow-utils does (the `.pwd.lock` lock, a
//! temporary file renamed into place, the `NAME-` backup, the original's
//! owner and mode), so a crash never leaves a half-written file.
//! [`accounts`] creates, locks, unlocks and sets the hash of local accounts
//! in those tables, and never touches a system account.
//!
//! ```no_run
//! # fn demo() -> agent::Result<()> {
//! use agent::etc::{Kind, PasswdEntry};
//! let files = agent::files::AccountFiles::lock(std::path::Path::new("/"))?;
//! let passwd = files.read(Kind::Passwd)?;
//! let ann = PasswdEntry::read(&passwd, "ann")?;
//! # let _ = ann; Ok(()) }
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod accounts;
pub mod client;
pub mod daemon;
pub mod error;
pub mod etc;
pub mod files;
pub mod linux;
pub mod reconcile;
pub mod state;
pub mod sudoers;

pub use error::{AgentError, Result};
