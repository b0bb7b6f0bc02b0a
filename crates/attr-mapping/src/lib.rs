//! attr-mapping
