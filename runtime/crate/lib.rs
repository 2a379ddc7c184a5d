//! The client runtime as a crate of its own, laid out as a generated crate lays it out:
//! its files (`src/`) are the module `runtime`, which every generated crate gets byte for
//! byte as `src/runtime/`. This root, which is not copied, re-exports the runtime's public
//! items for the HTTP tests (`tests/`) and holds the unit tests of its crate-private parts
//! (the retry decision, token answers, the serde macros), so that a generated crate's own
//! tests neither run them nor need their dev-dependencies.

#[path = "../src/lib.rs"]
mod runtime;

pub use runtime::*;

#[cfg(test)]
mod formats_tests;
#[cfg(test)]
mod impls_tests;
#[cfg(all(test, feature = "mock"))]
mod mock_tests;
#[cfg(test)]
mod properties;
#[cfg(test)]
mod sending_tests;
#[cfg(test)]
mod serde_impls;
