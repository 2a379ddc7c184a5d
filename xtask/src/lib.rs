//! Project automation behind `cargo xtask`; the library half lets tests run the same code.

pub mod contract;
pub mod corpus;
pub mod fuzz;

use generator::files::{self, Change, Mode};
use generator::{Options, Source};
use std::path::{Path, PathBuf};

/// The spec the checked-in client is generated from, relative to the workspace root.
pub const SPEC: &str = "spec/connectid.yaml";
/// Where the checked-in client lives, relative to the workspace root.
pub const OUT: &str = "generated";
/// The command that regenerates it.
pub const COMMAND: &str = "cargo xtask codegen";

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The options the checked-in client is generated with.
pub fn options() -> Options {
    Options {
        crate_name: "connectid".to_string(),
        crate_version: "0.1.0".to_string(),
        command: COMMAND.to_string(),
        standalone: false,
        dev_dependencies: true,
        skip_unsupported: false,
    }
}

/// The outcome of `codegen`.
#[derive(Debug)]
pub enum Outcome {
    /// The files that changed (or, with `--check`, would change).
    Changes(Vec<Change>),
    /// The spec is broken: rendered diagnostics.
    Diagnostics(String),
}

/// Generates `generated/` from the spec under `root`, writing it or only checking it.
/// `codegen` and `codegen --check` are this one function with a different mode.
pub fn codegen(root: &Path, mode: Mode) -> Result<Outcome, Box<dyn std::error::Error>> {
    let text =
        std::fs::read_to_string(root.join(SPEC)).map_err(|e| format!("cannot read {SPEC}: {e}"))?;
    let source = Source {
        name: SPEC.to_string(),
        text,
    };
    let generated = match generator::generate(&source, &options()) {
        Ok(g) => g,
        Err(diags) => {
            return Ok(Outcome::Diagnostics(generator::render_diagnostics(
                &source, &diags,
            )));
        }
    };
    if !generated.warnings.is_empty() {
        eprint!(
            "{}",
            generator::render_diagnostics(&source, &generated.warnings)
        );
    }
    Ok(Outcome::Changes(files::sync(
        &root.join(OUT),
        &generated.files,
        mode,
    )?))
}

/// The README's Rust examples, compiled as doctests so they cannot drift from the client.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
