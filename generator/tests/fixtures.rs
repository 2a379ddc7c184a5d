//! Snapshot, determinism and compile tests over the one-feature fixture specs.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::files::{self, FileSet, Mode};
use generator::{Options, Source};
use std::path::{Path, PathBuf};

const FIXTURES: &[&str] = &[
    "bodies",
    "compositions",
    "names",
    "params",
    "refs",
    "responses",
    "schemas",
    "security",
    "styles",
];

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn options(name: &str) -> Options {
    Options {
        crate_name: format!("fixture-{name}"),
        crate_version: "0.1.0".into(),
        command: "cargo test -p generator".into(),
        standalone: false,
        dev_dependencies: false,
        skip_unsupported: false,
    }
}

fn generate(name: &str, file: &Path) -> FileSet {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let source = Source {
        name: format!("{name}.yaml"),
        text,
    };
    match generator::generate(&source, &options(name)) {
        Ok(g) => g.files,
        Err(d) => panic!(
            "{name} failed:\n{}",
            generator::render_diagnostics(&source, &d)
        ),
    }
}

/// All files of a crate in one text, each under a `==> path` line.
fn concat(files: &FileSet) -> String {
    files
        .iter()
        .filter(|(p, _)| *p != "src/runtime.rs")
        .map(|(p, c)| format!("==> {p}\n{c}\n"))
        .collect()
}

#[test]
fn fixtures_match_their_snapshots() {
    for name in FIXTURES {
        let files = generate(name, &fixture_dir().join(format!("{name}.yaml")));
        insta::assert_snapshot!(*name, concat(&files));
    }
}

#[test]
fn output_is_byte_identical_across_runs() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/connectid.yaml");
    for (name, path) in FIXTURES
        .iter()
        .map(|n| (n.to_string(), fixture_dir().join(format!("{n}.yaml"))))
        .chain([("connectid".to_string(), spec)])
    {
        let first = generate(&name, &path);
        let second = generate(&name, &path);
        assert_eq!(first, second, "{name}");
    }
}

#[test]
fn every_generated_file_starts_with_the_generated_header() {
    let files = generate("params", &fixture_dir().join("params.yaml"));
    for (path, contents) in &files {
        let first = contents.lines().next().unwrap_or_default();
        assert!(
            first.contains("@generated") && first.contains("DO NOT EDIT"),
            "{path}: {first}"
        );
        assert!(first.contains("cargo test -p generator"), "{path}: {first}");
    }
}

/// Generates every fixture plus the petstore from the shared corpus into one scratch
/// workspace and runs `cargo check` on it with clippy's warnings as errors, so fixture
/// output is proven to compile, not only to look right. One target directory, shared by
/// all, keeps the dependencies to a single build.
#[test]
fn generated_fixture_crates_compile_without_warnings() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fixture-crates");
    let mut members = Vec::new();
    let petstore =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs/features/petstore.yaml");
    let mut specs: Vec<(String, PathBuf)> = FIXTURES
        .iter()
        .map(|n| (n.to_string(), fixture_dir().join(format!("{n}.yaml"))))
        .collect();
    if petstore.exists() {
        specs.push(("petstore".into(), petstore));
    }
    for (name, path) in &specs {
        let files = generate(name, path);
        files::sync(&scratch.join(name), &files, Mode::Write).expect("write fixture crate");
        members.push(format!("\"{name}\""));
    }
    let manifest = format!(
        "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
        members.join(", ")
    );
    std::fs::write(scratch.join("Cargo.toml"), manifest).expect("write workspace manifest");
    let cargo = |args: &[&str]| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let output = std::process::Command::new(cargo)
            .args(args)
            .current_dir(&scratch)
            .env("CARGO_TARGET_DIR", scratch.join("target"))
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .expect("run cargo");
        assert!(
            output.status.success(),
            "`cargo {}` fails on generated crates:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
    };
    cargo(&["clippy", "--quiet", "--workspace", "--", "-D", "warnings"]);
    // Docs come from spec prose, so rustdoc must accept them too (links, HTML, fences).
    cargo(&["doc", "--quiet", "--no-deps", "--workspace"]);
}
