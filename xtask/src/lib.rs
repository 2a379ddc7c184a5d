//! Project automation behind `cargo xtask`; the library half lets tests run the same code.

pub mod bench;
pub mod contract;
pub mod corpus;
pub mod edits;
pub mod fuzz;
pub mod realworld;
pub mod selftest;

use generator::files::{self, Change, Mode};
use generator::release::{self, Release};
use generator::{Options, Source};
use std::path::{Path, PathBuf};

/// The spec the checked-in client is generated from, relative to the workspace root.
pub const SPEC: &str = "spec/connectid.yaml";
/// Where the checked-in client lives, relative to the workspace root.
pub const OUT: &str = "generated";
/// The command that regenerates it.
pub const COMMAND: &str = "cargo xtask codegen";

/// The `.rs` files under `dir`, at any depth, leaving out the folders named `skip` (a
/// generated crate's `runtime`), sorted; for the figures that count generated code.
pub fn rust_files(dir: &Path, skip: Option<&str>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                if skip.is_none_or(|s| path.file_name().is_some_and(|n| n != s)) {
                    folders.push(path);
                }
            } else if path.extension().is_some_and(|x| x == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The options the checked-in client is generated with. `crate_version` is the lowest
/// version the crate may have: each API change bumps the version recorded in
/// `generated/Cargo.toml`, and raising this one by hand sets a higher version.
pub fn options() -> Options {
    Options {
        command: COMMAND.to_string(),
        dev_dependencies: true,
        ..Options::new("connectid")
    }
}

/// The outcome of `codegen`.
#[derive(Debug)]
pub enum Outcome {
    /// The files that changed (or, with `--check`, would change), and the spec change's
    /// impact on the crate's API and version.
    Changes(Vec<Change>, Release),
    /// The spec is broken: rendered diagnostics.
    Diagnostics(String),
}

/// Generates `generated/` from the spec under `root`, writing it or only checking it.
/// `codegen` and `codegen --check` are this one function with a different mode.
pub fn codegen(root: &Path, mode: Mode) -> Result<Outcome, Box<dyn std::error::Error>> {
    codegen_dated(root, mode, &release::today())
}

/// [`codegen`] with the date a new changelog entry gets.
pub fn codegen_dated(
    root: &Path,
    mode: Mode,
    date: &str,
) -> Result<Outcome, Box<dyn std::error::Error>> {
    let text =
        std::fs::read_to_string(root.join(SPEC)).map_err(|e| format!("cannot read {SPEC}: {e}"))?;
    let source = Source {
        name: SPEC.to_string(),
        text,
    };
    let out = root.join(OUT);
    let previous = release::Previous::read(&out, date)?;
    let mut options = options();
    options.overrides = generator::overrides::Overrides::beside(&root.join(SPEC))?;
    let generated = match generator::generate(&source, &options, &previous) {
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
    Ok(Outcome::Changes(
        files::sync(&out, &generated.files, mode)?,
        generated.release,
    ))
}

/// The README's Rust examples, compiled as doctests so they cannot drift from the client.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::rust_files;

    #[test]
    fn rust_files_walks_every_depth_and_leaves_out_the_skipped_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        for path in ["lib.rs", "models/repos.rs", "runtime/mod.rs", "notes.txt"] {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
            std::fs::write(path, "fn f() {}\n").expect("file");
        }
        let names = |skip| -> Vec<String> {
            rust_files(root, skip)
                .iter()
                .map(|p| {
                    p.strip_prefix(root)
                        .expect("under root")
                        .display()
                        .to_string()
                })
                .collect()
        };
        assert_eq!(names(Some("runtime")), ["lib.rs", "models/repos.rs"]);
        assert_eq!(names(None), ["lib.rs", "models/repos.rs", "runtime/mod.rs"]);
    }
}
