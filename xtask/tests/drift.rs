//! The drift check, through the same code path as `cargo xtask codegen --check`.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::files::{ChangeKind, Mode};
use std::path::Path;
use xtask::{OUT, Outcome, SPEC, codegen, root};

fn changes(root: &Path, mode: Mode) -> Vec<generator::files::Change> {
    match codegen(root, mode).expect("codegen runs") {
        Outcome::Changes(c, _) => c,
        Outcome::Diagnostics(d) => panic!("the spec does not generate:\n{d}"),
    }
}

#[test]
fn checked_in_client_matches_the_spec() {
    let drift = changes(&root(), Mode::Check);
    let diffs: String = drift.iter().map(|c| c.diff.as_str()).collect();
    assert!(
        drift.is_empty(),
        "{OUT}/ is stale; run `cargo xtask codegen`:\n{diffs}"
    );
}

/// A scratch copy of the spec and the generated crate, to change without touching the repo.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = |rel: &str| {
        let to = dir.path().join(rel);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(root().join(rel), to).expect("copy");
    };
    copy(SPEC);
    // What the generator reads beside the spec (ConnectID's turns features by tag off).
    copy("spec/generator.toml");
    // The record and the changelog too: they are the baseline the spec change is judged
    // against, and without them the version would not be bumped.
    for entry in [
        "Cargo.toml",
        "README.md",
        "api.json",
        "CHANGELOG.md",
        "tests/client.rs",
    ] {
        copy(&format!("{OUT}/{entry}"));
    }
    // Every generated module, not a fixed list: which modules exist depends on the spec
    // (`params.rs` only when an operation has query, header or cookie parameters).
    for entry in std::fs::read_dir(root().join(OUT).join("src")).expect("src dir") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            let name = path.file_name().expect("file name").to_string_lossy();
            copy(&format!("{OUT}/src/{name}"));
        }
    }
    for entry in std::fs::read_dir(root().join(OUT).join("src/runtime")).expect("runtime dir") {
        let name = entry.expect("entry").file_name();
        copy(&format!("{OUT}/src/runtime/{}", name.to_string_lossy()));
    }
    dir
}

#[test]
fn a_spec_change_shows_as_a_diff_and_codegen_fixes_it() {
    let dir = scratch();
    let spec_path = dir.path().join(SPEC);
    let spec = std::fs::read_to_string(&spec_path).expect("read spec");
    let changed = spec.replacen(
        "        changeType:\n          $ref: '#/components/schemas/DeclineChangeType'\n",
        "        changeType:\n          $ref: '#/components/schemas/DeclineChangeType'\n        declineReason:\n          type: string\n          description: Why.\n",
        1,
    );
    assert_ne!(spec, changed, "the test's anchor in the spec moved");
    std::fs::write(&spec_path, changed).expect("write spec");

    let drift = changes(dir.path(), Mode::Check);
    assert!(
        drift
            .iter()
            .any(|c| c.path == "src/models.rs" && c.diff.contains("declineReason")),
        "{drift:?}"
    );
    assert!(drift.iter().all(|c| c.kind == ChangeKind::Modified));
    // --check writes nothing.
    assert_eq!(changes(dir.path(), Mode::Check).len(), drift.len());

    let written = changes(dir.path(), Mode::Write);
    assert_eq!(written.len(), drift.len());
    assert!(
        changes(dir.path(), Mode::Check).is_empty(),
        "codegen leaves no drift"
    );
    let models =
        std::fs::read_to_string(dir.path().join(OUT).join("src/models.rs")).expect("read models");
    assert!(
        // The runtime's `setters!` writes the method from this entry.
        models.contains("with_decline_reason into decline_reason"),
        "optional property gets a setter"
    );
}

#[test]
fn hand_edits_missing_and_stale_files_are_caught_and_hand_written_files_are_left_alone() {
    let dir = scratch();
    let out = dir.path().join(OUT);
    let models = out.join("src/models.rs");
    let text = std::fs::read_to_string(&models).expect("read models");
    std::fs::write(
        &models,
        text.replace("pub share_code", "pub share_code_edited"),
    )
    .expect("edit");
    std::fs::remove_file(out.join("src/error.rs")).expect("remove");
    std::fs::write(
        out.join("src/old.rs"),
        "// @generated from an older spec. DO NOT EDIT\n",
    )
    .expect("stale");
    // A gate module of a feature the spec no longer has: its folder goes with it.
    std::fs::create_dir_all(out.join("src/models")).expect("gate module folder");
    std::fs::write(
        out.join("src/models/pets.rs"),
        "// @generated from an older spec. DO NOT EDIT\n",
    )
    .expect("stale gate module");

    let drift = changes(dir.path(), Mode::Check);
    let kind = |p: &str| drift.iter().find(|c| c.path == p).map(|c| c.kind.clone());
    assert_eq!(kind("src/models.rs"), Some(ChangeKind::Modified));
    assert_eq!(kind("src/error.rs"), Some(ChangeKind::Added));
    assert_eq!(kind("src/old.rs"), Some(ChangeKind::Removed));
    assert_eq!(kind("src/models/pets.rs"), Some(ChangeKind::Removed));
    assert!(
        drift
            .iter()
            .any(|c| c.diff.contains("-    pub share_code_edited"))
    );

    changes(dir.path(), Mode::Write);
    assert!(changes(dir.path(), Mode::Check).is_empty());
    assert!(!out.join("src/old.rs").exists());
    assert!(
        !out.join("src/models").exists(),
        "the emptied folder is removed"
    );
    assert!(out.join("src").is_dir(), "a folder with files stays");
    assert!(
        out.join("tests/client.rs").exists(),
        "hand-written tests are not owned"
    );
}

/// A write that finds the files up to date leaves every one of them untouched. Each file's
/// modification time is first set to a fixed past instant: any write would set it to now,
/// so the check needs no sleep and does not depend on the clock's or the file system's
/// time resolution.
#[test]
fn unchanged_files_are_not_rewritten() {
    let dir = scratch();
    let past = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    let files = files_under(&dir.path().join(OUT));
    assert!(!files.is_empty());
    for file in &files {
        std::fs::File::options()
            .write(true)
            .open(file)
            .and_then(|f| f.set_modified(past))
            .expect("set mtime");
    }
    assert!(changes(dir.path(), Mode::Write).is_empty());
    for file in &files {
        let mtime = std::fs::metadata(file)
            .and_then(|m| m.modified())
            .expect("mtime");
        assert_eq!(mtime, past, "{} was rewritten", file.display());
    }
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// The runtime in the checked-in client is the runtime crate, file for file and byte for
/// byte, under one `@generated` header line: comments and all survive the copy.
#[test]
fn the_checked_in_runtime_is_a_byte_for_byte_copy_of_the_runtime_crate() {
    let crate_src = root().join("runtime/src");
    let copy_dir = root().join(OUT).join("src/runtime");
    let listing = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let expected: Vec<String> = listing(&crate_src)
        .into_iter()
        .map(|n| if n == "lib.rs" { "mod.rs".into() } else { n })
        .collect();
    let mut expected_sorted = expected.clone();
    expected_sorted.sort();
    assert_eq!(listing(&copy_dir), expected_sorted);
    for name in listing(&crate_src) {
        let original = std::fs::read(crate_src.join(&name)).expect("read original");
        let target = if name == "lib.rs" { "mod.rs" } else { &name };
        let copy = std::fs::read(copy_dir.join(target)).expect("read copy");
        let newline = copy
            .iter()
            .position(|b| *b == b'\n')
            .expect("a header line");
        let header = String::from_utf8_lossy(&copy[..newline]);
        assert!(
            header.starts_with("// @generated") && header.contains("DO NOT EDIT"),
            "{target}: {header}"
        );
        assert!(
            copy[newline + 1..] == original[..],
            "{target} differs from runtime/src/{name}"
        );
    }
}
