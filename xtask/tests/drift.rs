//! The drift check, through the same code path as `cargo xtask codegen --check`.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::files::{ChangeKind, Mode};
use std::path::Path;
use xtask::{OUT, Outcome, SPEC, codegen, root};

fn changes(root: &Path, mode: Mode) -> Vec<generator::files::Change> {
    match codegen(root, mode).expect("codegen runs") {
        Outcome::Changes(c) => c,
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
    for entry in [
        "Cargo.toml",
        "README.md",
        "src/lib.rs",
        "src/models.rs",
        "src/error.rs",
        "src/client.rs",
        "src/runtime.rs",
        "tests/client.rs",
    ] {
        copy(&format!("{OUT}/{entry}"));
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
        models.contains("pub fn with_decline_reason("),
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

    let drift = changes(dir.path(), Mode::Check);
    let kind = |p: &str| drift.iter().find(|c| c.path == p).map(|c| c.kind.clone());
    assert_eq!(kind("src/models.rs"), Some(ChangeKind::Modified));
    assert_eq!(kind("src/error.rs"), Some(ChangeKind::Added));
    assert_eq!(kind("src/old.rs"), Some(ChangeKind::Removed));
    assert!(
        drift
            .iter()
            .any(|c| c.diff.contains("-    pub share_code_edited"))
    );

    changes(dir.path(), Mode::Write);
    assert!(changes(dir.path(), Mode::Check).is_empty());
    assert!(!out.join("src/old.rs").exists());
    assert!(
        out.join("tests/client.rs").exists(),
        "hand-written tests are not owned"
    );
}

#[test]
fn unchanged_files_are_not_rewritten() {
    let dir = scratch();
    let lib = dir.path().join(OUT).join("src/lib.rs");
    let before = std::fs::metadata(&lib)
        .and_then(|m| m.modified())
        .expect("mtime");
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert!(changes(dir.path(), Mode::Write).is_empty());
    let after = std::fs::metadata(&lib)
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(before, after);
}
