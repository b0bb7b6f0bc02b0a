//! username-rules
