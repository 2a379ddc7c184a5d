//! The client runtime, as the generator embeds it: the runtime crate's files, copied byte
//! for byte into each generated crate's `src/runtime/`, and its dependencies.

include!(concat!(env!("OUT_DIR"), "/runtime.rs"));
