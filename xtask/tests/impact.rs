//! The impact classification over the table of spec edits, the record's own properties, and the version and changelog that `cargo xtask codegen` derives from it.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::files::Mode;
use generator::impact::Class;
use std::path::Path;
use xtask::edits::{self, EDITS};
use xtask::{OUT, Outcome, SPEC, codegen_dated, root};

#[test]
fn every_edit_of_the_table_gets_its_class_and_bump() {
    assert!(EDITS.len() >= 30, "the table has {} edits", EDITS.len());
    let mut failures = Vec::new();
    let mut summary = String::new();
    let mut cache = Default::default();
    for edit in EDITS {
        // Named first, so a panic in the generator says which edit caused it.
        eprintln!("judging: {}", edit.name);
        let judged = match edits::judge_cached(&root(), edit, &mut cache) {
            Ok(j) => j,
            Err(e) => {
                failures.push(e);
                continue;
            }
        };
        let class = judged.impact.class();
        let label = class.map_or("none", Class::label);
        summary.push_str(&format!(
            "{:<9} {:<6} {:<60} ({} line(s))\n",
            label,
            judged.bump.to_string(),
            edit.name,
            judged.impact.entries.len()
        ));
        let mut wrong = Vec::new();
        if class != edit.class {
            wrong.push(format!(
                "class {label}, expected {}",
                edit.class.map_or("none", Class::label)
            ));
        }
        if judged.bump.to_string() != edit.bump {
            wrong.push(format!("bump {}, expected {}", judged.bump, edit.bump));
        }
        if !edit.item.is_empty()
            && !judged
                .impact
                .entries
                .iter()
                .any(|e| e.item.starts_with(edit.item))
        {
            wrong.push(format!("no line names `{}`", edit.item));
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{} ({}): {}\n{}",
                edit.name,
                edit.spec,
                wrong.join("; "),
                judged.impact.table()
            ));
        }
    }
    println!("{summary}");
    assert!(
        failures.is_empty(),
        "{} of {} edits misjudged:\n{}",
        failures.len(),
        EDITS.len(),
        failures.join("\n")
    );
}

#[test]
fn the_record_is_deterministic_owned_and_reads_back() {
    let judged = edits::judge(&root(), &EDITS[0]).expect("judge");
    let text = &judged.before[generator::surface::PATH];
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("{\"@generated\": ") && first.contains("DO NOT EDIT"),
        "{first}"
    );
    let value: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
    assert!(value.get("operations").is_some());
    let again = edits::judge(&root(), &EDITS[0]).expect("judge");
    assert_eq!(text, &again.before[generator::surface::PATH]);
    let parsed = generator::surface::Surface::parse(text).expect("reads back");
    assert_eq!(
        generator::impact::compare(&parsed, &parsed),
        Default::default()
    );
    assert!(generator::surface::Surface::parse("{\"format\": 99}").is_err());
}

/// A scratch copy of the workspace parts `codegen` reads and writes.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut stack = vec![root().join(OUT)];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "target") {
                    stack.push(path);
                }
            } else {
                let rel = path.strip_prefix(root()).expect("under root");
                let to = dir.path().join(rel);
                std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
                std::fs::copy(&path, to).expect("copy");
            }
        }
    }
    let spec = dir.path().join(SPEC);
    std::fs::create_dir_all(spec.parent().expect("parent")).expect("mkdir");
    std::fs::copy(root().join(SPEC), spec).expect("copy spec");
    // What the generator reads beside the spec (ConnectID's turns features by tag off).
    std::fs::copy(
        root().join("spec/generator.toml"),
        dir.path().join("spec/generator.toml"),
    )
    .expect("copy generator.toml");
    dir
}

fn edit_spec(dir: &Path, name: &str) {
    let edit = EDITS.iter().find(|e| e.name == name).expect("edit");
    let path = dir.join(SPEC);
    let text = std::fs::read_to_string(&path).expect("read spec");
    std::fs::write(&path, edits::apply(&text, edit).expect("apply")).expect("write spec");
}

fn run(
    dir: &Path,
    mode: Mode,
    date: &str,
) -> (Vec<generator::files::Change>, generator::release::Release) {
    match codegen_dated(dir, mode, date).expect("codegen runs") {
        Outcome::Changes(c, r) => (c, r),
        Outcome::Diagnostics(d) => panic!("the spec does not generate:\n{d}"),
    }
}

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(OUT).join(rel)).expect("read")
}

fn version(dir: &Path) -> String {
    read(dir, "Cargo.toml")
        .lines()
        .find_map(|l| l.strip_prefix("version = "))
        .expect("version line")
        .trim_matches('"')
        .to_string()
}

#[test]
fn an_optional_request_property_is_additive_and_bumps_the_patch() {
    let dir = scratch();
    let before = version(dir.path());
    edit_spec(dir.path(), "add an optional request property");
    let (changes, release) = run(dir.path(), Mode::Check, "2030-01-02");
    assert!(!changes.is_empty());
    assert_eq!(release.impact.class(), Some(Class::Additive));
    assert!(
        release
            .impact
            .table()
            .contains("additive  models::DeclineShareRequest::decline_reason")
    );
    let v = semver::Version::parse(&before).expect("semver");
    assert_eq!(
        release.version,
        generator::impact::next_version(&v, Some(Class::Additive))
    );
}

#[test]
fn a_required_request_property_is_breaking_and_codegen_applies_it_once() {
    let dir = scratch();
    let before = semver::Version::parse(&version(dir.path())).expect("semver");
    let old_log = read(dir.path(), "CHANGELOG.md");
    edit_spec(dir.path(), "add a required request property");
    let (_, release) = run(dir.path(), Mode::Check, "2030-01-02");
    assert_eq!(release.impact.class(), Some(Class::Breaking));
    let table = release.impact.table();
    assert!(
        table.contains("breaking  models::DeclineShareRequest::decline_reason"),
        "{table}"
    );
    let expected = generator::impact::next_version(&before, Some(Class::Breaking));
    assert_eq!(release.version, expected);
    // --check wrote nothing.
    assert_eq!(version(dir.path()), before.to_string());

    let (written, _) = run(dir.path(), Mode::Write, "2030-01-02");
    assert!(!written.is_empty());
    assert_eq!(version(dir.path()), expected.to_string());
    let log = read(dir.path(), "CHANGELOG.md");
    assert!(log.contains(&format!("## {expected} (2030-01-02)\n\n### Breaking\n\n- `models::DeclineShareRequest::decline_reason`")), "{log}");
    // The old entries follow, untouched.
    let old_entries = old_log.find("\n## ").map_or("", |i| &old_log[i + 1..]);
    assert!(log.ends_with(old_entries));

    // Idempotent: the record is the new baseline, so nothing changes, whatever the date.
    let (again, release) = run(dir.path(), Mode::Write, "2031-05-06");
    assert!(again.is_empty(), "{again:?}");
    assert!(release.impact.is_empty());
    let (check, _) = run(dir.path(), Mode::Check, "2031-05-06");
    assert!(check.is_empty());
    assert_eq!(read(dir.path(), "CHANGELOG.md"), log);
}

#[test]
fn shrinking_max_length_of_share_code_is_breaking() {
    let dir = scratch();
    edit_spec(dir.path(), "shrink maxLength of shareCode");
    let (_, release) = run(dir.path(), Mode::Check, "2030-01-02");
    assert_eq!(release.impact.class(), Some(Class::Breaking));
    // Breaking on the wire, invisible to the Rust API.
    assert_eq!(release.impact.rust_class(), None);
    assert!(release.impact.table().contains("maxLength 255 -> 100"));
}

#[test]
fn a_version_raised_by_hand_wins_and_versions_never_go_down() {
    // The record of the unedited spec: generating it again is no API change.
    let files = edits::judge(&root(), &EDITS[0]).expect("judge").before;
    let record = files[generator::surface::PATH].clone();
    let spec = generator::Source {
        name: "spec/connectid.yaml".into(),
        text: std::fs::read_to_string(root().join("spec/connectid.yaml")).expect("read spec"),
    };
    let cargo = |v: &str| format!("[package]\nname = \"edited\"\nversion = \"{v}\"\n");
    let previous = |v: &str| generator::release::Previous {
        date: "d".into(),
        record: Some(record.clone()),
        cargo_toml: Some(cargo(v)),
        changelog: None,
    };
    let mut options = edits::options();
    // The recorded version is higher than the configured one: kept, and written.
    let g = generator::generate(&spec, &options, &previous("0.4.2")).expect("generate");
    assert_eq!(g.release.version.to_string(), "0.4.2");
    assert!(g.files["Cargo.toml"].contains("\nversion = \"0.4.2\"\n"));
    // The configured one is raised by hand above it: it wins.
    options.crate_version = "1.0.0".into();
    let g = generator::generate(&spec, &options, &previous("0.4.2")).expect("generate");
    assert_eq!(g.release.version.to_string(), "1.0.0");
    assert!(g.files["Cargo.toml"].contains("\nversion = \"1.0.0\"\n"));
    options.crate_version = "not a version".into();
    assert!(generator::generate(&spec, &options, &previous("0.4.2")).is_err());
}
