//! `cargo xtask semver-selftest`: checks the impact classification against cargo-semver-checks, on the edits of the table whose impact shows in the Rust API.

use crate::edits::{self, EDITS, Edit, Judged};
use generator::files::FileSet;
use generator::impact::Class;
use std::path::{Path, PathBuf};
use std::process::Command;

/// How to run.
#[derive(Clone, Debug, Default)]
pub struct SelftestOptions {
    /// Only a few edits (one additive, two breaking): for CI.
    pub quick: bool,
    /// Keep the generated crates here instead of a temporary directory.
    pub keep: Option<PathBuf>,
    /// Only the edits whose name contains one of these (all when empty): to check the
    /// edits a change touched without running the whole table.
    pub edits: Vec<String>,
}

/// The edits `--quick` runs: the drift test's three (optional field, required field,
/// tighter `maxLength`, the last invisible in Rust and so skipped) plus a removed enum value.
const QUICK: &[&str] = &[
    "add an optional request property",
    "add a required request property",
    "remove a response enum value",
];

/// Disagreements already explained: edits where cargo-semver-checks (0.51, checked with
/// minimal crates) misses a change that breaks code. They are still printed and counted,
/// but do not fail the run.
const KNOWN_MISSES: &[(&str, &str)] = &[
    (
        "change a field's type",
        "cargo-semver-checks does not compare field or parameter types (its issue #149)",
    ),
    (
        "make a response field nullable",
        "cargo-semver-checks does not compare field or parameter types (its issue #149)",
    ),
    (
        "give a string property format: date-time",
        "cargo-semver-checks does not compare field or parameter types (its issue #149)",
    ),
    (
        "add a required query parameter",
        "the params struct stops deriving `Default`; cargo-semver-checks flags a removed derived `Clone` but not a removed derived `Default`",
    ),
    (
        "an inline object stops being written like another",
        "a type alias that becomes a struct of the same fields: cargo-semver-checks sees the name kept, not that values of the two names no longer pass for each other",
    ),
    (
        "add a required field to an all-optional (Default) struct",
        "the struct stops deriving `Default`; cargo-semver-checks flags a removed derived `Clone` but not a removed derived `Default`",
    ),
];

/// The counts.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Edits cargo-semver-checks judged.
    pub judged: usize,
    /// Of those, where its verdict (major needed or not) matched ours.
    pub agreements: usize,
    /// Where it did not.
    pub disagreements: usize,
    /// Of those, the ones `KNOWN_MISSES` explains.
    pub known: usize,
    /// Edits it could not judge (build or tool failures).
    pub failures: usize,
    /// Edits skipped because their impact does not show in the Rust API.
    pub skipped: usize,
}

/// Runs cargo-semver-checks on each edit (or the quick subset) and prints each verdict,
/// each disagreement, and the totals.
pub fn run(root: &Path, options: &SelftestOptions) -> Result<Report, String> {
    let version = Command::new("cargo")
        .args(["semver-checks", "--version"])
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !version.status.success() {
        return Err(
            "cargo-semver-checks is not installed: `cargo install cargo-semver-checks --locked`"
                .to_string(),
        );
    }
    println!("using {}", String::from_utf8_lossy(&version.stdout).trim());
    let temp;
    let base = match &options.keep {
        Some(dir) => dir.clone(),
        None => {
            temp = std::env::temp_dir().join(format!("semver-selftest-{}", std::process::id()));
            temp.clone()
        }
    };
    // One target directory for every run, so the dependencies build once.
    let target = root.join("target/semver-selftest");
    let lock = std::fs::read(root.join("Cargo.lock")).ok();
    let mut report = Report::default();
    let chosen: Vec<&Edit> = EDITS
        .iter()
        .filter(|e| !options.quick || QUICK.contains(&e.name))
        .filter(|e| {
            options.edits.is_empty() || options.edits.iter().any(|n| e.name.contains(n.as_str()))
        })
        .collect();
    for (i, edit) in chosen.iter().enumerate() {
        let judged = edits::judge(root, edit)?;
        let Some(ours) = judged.impact.rust_class() else {
            println!(
                "[{}/{}] skip  {}: no change in the Rust API",
                i + 1,
                chosen.len(),
                edit.name
            );
            report.skipped += 1;
            continue;
        };
        let dir = base.join(format!("edit-{i:02}"));
        let before = dir.join("before");
        let after = dir.join("after");
        // Versions 1.0.0 -> 1.1.0: a minor release, so cargo-semver-checks fails exactly
        // when it finds a change that needs a major one.
        write_crate(&before, &judged.before, "1.0.0", lock.as_deref())?;
        write_crate(&after, &judged.after, "1.1.0", lock.as_deref())?;
        let (theirs_major, text) = semver_checks(&before, &after, &target)?;
        tally(
            &mut report,
            (i + 1, chosen.len()),
            edit,
            &judged,
            ours,
            theirs_major,
            &text,
        );
    }
    if options.keep.is_none() {
        let _ = std::fs::remove_dir_all(&base);
    }
    println!(
        "semver-selftest: {} agreements / {} edits judged by cargo-semver-checks, {} disagreements ({} known misses of cargo-semver-checks), {} could not be judged, {} skipped (no Rust-visible change)",
        report.agreements,
        report.judged,
        report.disagreements,
        report.known,
        report.failures,
        report.skipped
    );
    Ok(report)
}

/// What cargo-semver-checks says of the release from `before` to `after`: whether it needs
/// a major version (`None` when it could not judge), and its output.
fn semver_checks(
    before: &Path,
    after: &Path,
    target: &Path,
) -> Result<(Option<bool>, String), String> {
    let output = Command::new("cargo")
        .args(["semver-checks", "check-release", "--manifest-path"])
        .arg(after.join("Cargo.toml"))
        .arg("--baseline-root")
        .arg(before)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .map_err(|e| format!("cannot run cargo semver-checks: {e}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let theirs_major = if text.contains("requires new major version") {
        Some(true)
    } else if output.status.success() {
        Some(false)
    } else {
        None
    };
    Ok((theirs_major, text))
}

/// Counts and prints cargo-semver-checks' verdict on an edit beside ours; `progress` is
/// the edit's number and how many run.
fn tally(
    report: &mut Report,
    progress: (usize, usize),
    edit: &Edit,
    judged: &Judged,
    ours: Class,
    theirs_major: Option<bool>,
    text: &str,
) {
    let ours_major = ours == Class::Breaking;
    let word = |major: bool| if major { "major" } else { "not major" };
    match theirs_major {
        None => {
            report.failures += 1;
            println!(
                "[{}/{}] FAIL  {}: cargo-semver-checks could not judge it:\n{}",
                progress.0,
                progress.1,
                edit.name,
                tail(text, 30)
            );
        }
        Some(theirs) => {
            report.judged += 1;
            if theirs == ours_major {
                report.agreements += 1;
                println!(
                    "[{}/{}] agree {}: {}",
                    progress.0,
                    progress.1,
                    edit.name,
                    word(theirs)
                );
            } else {
                report.disagreements += 1;
                let known = KNOWN_MISSES.iter().find(|(name, _)| *name == edit.name);
                if known.is_some() {
                    report.known += 1;
                }
                println!(
                    "[{}/{}] DISAGREE {}: ours {} (Rust-level {}), cargo-semver-checks {}\n  {}\n  our table:\n{}  its lints:\n{}",
                    progress.0,
                    progress.1,
                    edit.name,
                    word(ours_major),
                    ours.label(),
                    word(theirs),
                    known.map_or_else(
                        || "not explained: one of the two is wrong".to_string(),
                        |(_, why)| format!("known: {why}")
                    ),
                    indent(&judged.impact.table()),
                    indent(&lints(text))
                );
            }
        }
    }
}

fn write_crate(
    dir: &Path,
    files: &FileSet,
    version: &str,
    lock: Option<&[u8]>,
) -> Result<(), String> {
    let io = |e: std::io::Error| format!("{}: {e}", dir.display());
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        let text = if rel == "Cargo.toml" {
            text.replacen(
                "\nversion = \"0.1.0\"\n",
                &format!("\nversion = \"{version}\"\n"),
                1,
            )
        } else {
            text.clone()
        };
        std::fs::write(&path, text).map_err(io)?;
    }
    // The workspace's lock file pins the dependencies to the versions already built here;
    // cargo drops what the crate does not use.
    if let Some(lock) = lock {
        std::fs::write(dir.join("Cargo.lock"), lock).map_err(io)?;
    }
    Ok(())
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// The lint lines of cargo-semver-checks' output (`--- failure <lint>: ...`).
fn lints(text: &str) -> String {
    let found: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("--- failure") || l.contains("FAIL "))
        .collect();
    if found.is_empty() {
        tail(text, 5)
    } else {
        found.join("\n")
    }
}
