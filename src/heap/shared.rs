//! The shared heap (see heap/mod.rs).
