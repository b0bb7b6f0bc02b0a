//! password-sync
