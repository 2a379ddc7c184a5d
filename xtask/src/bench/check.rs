//! The generated GitHub crate's `cargo check`, against the crate the base revision's generator writes.

use super::measure::{measured, run_quiet, run_quiet_env};
use super::{BenchOptions, Measured, Verdicts, cargo, rust_size, secs};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The GitHub crate's `cargo check` before and after, and with one tag's feature alone.
pub(super) fn check_figures(
    root: &Path,
    work: &Path,
    after: &Path,
    options: &BenchOptions,
    verdicts: &mut Verdicts,
) -> Result<(), String> {
    let before = before_crate(root, work, options)?;
    let target = prebuilt_dependencies(work, &[&before, after], "check-target")?;
    let cargo = cargo();
    let target_env = target.to_string_lossy().into_owned();
    let env = [
        ("CARGO_TARGET_DIR", target_env.as_str()),
        ("CARGO_INCREMENTAL", "0"),
    ];
    println!("\n== cargo check of the generated GitHub crate (dependencies pre-built)");
    let check = |dir: &Path, args: &[&str]| -> Result<Measured, String> {
        let mut all = vec!["check", "-q"];
        all.extend_from_slice(args);
        measured(dir, &env, &cargo, &all)
    };
    let ratio = |a: &Measured, b: &Measured| a.wall.as_secs_f64() / b.wall.as_secs_f64();
    let mem_ratio = |a: &Measured, b: &Measured| a.peak_kib as f64 / b.peak_kib.max(1) as f64;
    // Default features: what a user who adds the crate compiles. Before: everything;
    // after: `full`, every tag's operations and the types they reach.
    let before_default = check(&before, &[])?;
    println!(
        "  before, default features          {:>9}  {:>7.0} MiB",
        secs(before_default.wall),
        before_default.mib()
    );
    let after_default = check(after, &[])?;
    println!(
        "  after, default features (`full`)  {:>9}  {:>7.0} MiB   {:.2}x before's time, {:.2}x its memory",
        secs(after_default.wall),
        after_default.mib(),
        ratio(&after_default, &before_default),
        mem_ratio(&after_default, &before_default)
    );
    let tag = format!("github-bench/{}", options.tag);
    let after_tag = check(after, &["--no-default-features", "--features", &tag])?;
    println!(
        "  after, `{}` alone{:width$}{:>9}  {:>7.0} MiB   {:.2}x the default-features time",
        options.tag,
        "",
        secs(after_tag.wall),
        after_tag.mib(),
        ratio(&after_tag, &after_default),
        width = 26usize.saturating_sub(options.tag.len())
    );
    // All features adds the mock (and, after, `full-serde`: every derive on every type).
    let before_all = check(&before, &["--all-features"])?;
    println!(
        "  before, all features (mock)       {:>9}  {:>7.0} MiB",
        secs(before_all.wall),
        before_all.mib()
    );
    let after_all = check(after, &["--all-features"])?;
    println!(
        "  after, all features               {:>9}  {:>7.0} MiB   {:.2}x before's time, {:.2}x its memory",
        secs(after_all.wall),
        after_all.mib(),
        ratio(&after_all, &before_all),
        mem_ratio(&after_all, &before_all)
    );
    println!(
        "  after, `{}` alone: {:.3}x the all-features time",
        options.tag,
        ratio(&after_tag, &after_all)
    );
    judge(
        &Checks {
            before_default,
            after_default,
            after_tag,
            before_all,
            after_all,
        },
        &options.tag,
        verdicts,
    );
    println!("\n== what a user of the GitHub crate waits for besides `cargo check`");
    let felt = super::felt::Felt {
        dir: after,
        package: "github-bench",
        feature: None,
        call: "meta_root()",
    };
    super::felt::felt_figures(work, &felt, &target)
}

/// The GitHub crate as the "before" generator writes it: the base revision, built from
/// git in this run.
fn before_crate(root: &Path, work: &Path, options: &BenchOptions) -> Result<PathBuf, String> {
    let cargo = cargo();
    let github = root.join("../shared/specs/large/api.github.com.json");
    let base_src = work.join("base-src");
    let _ = std::fs::remove_dir_all(&base_src);
    let _ = Command::new("git")
        .args(["worktree", "prune"])
        .current_dir(root)
        .status();
    run_quiet(
        root,
        "git",
        &[
            "worktree",
            "add",
            "--detach",
            "--force",
            &base_src.to_string_lossy(),
            &options.base,
        ],
    )?;
    let base_target = work.join("base-target");
    let built = run_quiet_env(
        &base_src,
        &[("CARGO_TARGET_DIR", &base_target.to_string_lossy())],
        &cargo,
        &["build", "--release", "-q", "-p", "generator"],
    );
    let _ = Command::new("git")
        .args(["worktree", "remove", "--force", &base_src.to_string_lossy()])
        .current_dir(root)
        .status();
    built?;
    let before = work.join("github-before");
    let _ = std::fs::remove_dir_all(&before);
    run_quiet(
        root,
        &base_target.join("release/generator").to_string_lossy(),
        &[
            "--spec",
            &github.to_string_lossy(),
            "--out",
            &before.to_string_lossy(),
            "--crate-name",
            "github-bench",
        ],
    )?;
    let (lines, bytes) = rust_size(&before.join("src"));
    println!(
        "  before ({}): {lines} lines, {:.1} MB of Rust",
        options.base,
        bytes as f64 / 1e6
    );
    Ok(before)
}

/// Builds the dependencies of `crates` in the target directory `work/<target>`, by a crate
/// with each one's manifest and an empty library (in `work/<target>-deps`), so that the
/// figures are the generated crate alone; returns that target directory.
pub(super) fn prebuilt_dependencies(
    work: &Path,
    crates: &[&Path],
    target: &str,
) -> Result<PathBuf, String> {
    let cargo = cargo();
    let deps = work.join(format!("{target}-deps"));
    let target = work.join(target);
    let _ = std::fs::remove_dir_all(&deps);
    std::fs::create_dir_all(deps.join("src")).map_err(|e| e.to_string())?;
    for crate_dir in crates {
        let manifest =
            std::fs::read_to_string(crate_dir.join("Cargo.toml")).map_err(|e| e.to_string())?;
        std::fs::write(deps.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
        std::fs::write(deps.join("src/lib.rs"), "").map_err(|e| e.to_string())?;
        run_quiet_env(
            &deps,
            &[("CARGO_TARGET_DIR", &target.to_string_lossy())],
            &cargo,
            &["check", "-q", "--all-features"],
        )?;
    }
    Ok(target)
}

/// The `cargo check`s of the GitHub crate that the targets judge.
struct Checks {
    before_default: Measured,
    after_default: Measured,
    after_tag: Measured,
    before_all: Measured,
    after_all: Measured,
}

/// Adds the verdicts on the `cargo check` figures, `tag` being the feature checked alone.
fn judge(c: &Checks, tag: &str, verdicts: &mut Verdicts) {
    let ratio = |a: &Measured, b: &Measured| a.wall.as_secs_f64() / b.wall.as_secs_f64();
    for (which, after, before) in [
        ("default features", &c.after_default, &c.before_default),
        ("all features", &c.after_all, &c.before_all),
    ] {
        verdicts.add(
            &format!("GitHub check, {which}, after / before (time)"),
            ratio(after, before),
            1.0 / 3.0,
            "x",
        );
        verdicts.add(
            &format!("GitHub check, {which}, peak memory"),
            after.mib() / 1024.0,
            3.0,
            " GiB",
        );
    }
    // Issue 31's targets for the crate as README generates it: seconds, on this machine.
    verdicts.add(
        "GitHub check, default features (time)",
        c.after_default.wall.as_secs_f64(),
        20.0,
        " s",
    );
    verdicts.add(
        "GitHub check, default features, peak memory (issue 31)",
        c.after_default.mib() / 1024.0,
        2.0,
        " GiB",
    );
    verdicts.add(
        &format!("GitHub check, `{tag}` alone (time)"),
        c.after_tag.wall.as_secs_f64(),
        5.0,
        " s",
    );
    // The target: one tag against every feature on.
    verdicts.add(
        &format!("GitHub check, `{tag}` alone / all features (time)"),
        ratio(&c.after_tag, &c.after_all),
        0.2,
        "x",
    );
}
