//! Running commands under `cargo xtask measure`, and the medians of repeated measurements.

use super::Measured;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// `cargo xtask measure <cmd> [args..]`: runs the command, then prints
/// `measured wall_ns=<n> peak_kib=<n> status=<code>` on stdout. The command's own output
/// goes to stderr.
pub fn measure_main(args: &[String]) -> std::process::ExitCode {
    let Some((cmd, rest)) = args.split_first() else {
        eprintln!("usage: cargo xtask measure <command> [args..]");
        return std::process::ExitCode::FAILURE;
    };
    let start = Instant::now();
    let status = Command::new(cmd)
        .args(rest)
        .stdout(std::process::Stdio::from(std::io::stderr()))
        .status();
    let wall = start.elapsed();
    let peak = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)
        .map(|u| u.max_rss())
        .unwrap_or(0);
    let code = match status {
        Ok(s) => s.code().unwrap_or(-1),
        Err(e) => {
            eprintln!("cannot run {cmd}: {e}");
            -1
        }
    };
    println!(
        "measured wall_ns={} peak_kib={peak} status={code}",
        wall.as_nanos()
    );
    if code == 0 {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}

/// A copy of this executable to run `measure` with: cargo may rebuild (and so delete) the
/// original while a long benchmark runs.
fn measurer() -> Result<PathBuf, String> {
    static COPY: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    COPY.get_or_init(|| {
        let me = std::env::current_exe().map_err(|e| e.to_string())?;
        let dir = me
            .parent()
            .map(|d| d.join("bench-measure"))
            .ok_or("the executable has no folder")?;
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let copy = dir.join(format!("xtask-measure-{}", std::process::id()));
        std::fs::copy(&me, &copy).map_err(|e| format!("cannot copy {}: {e}", me.display()))?;
        Ok(copy)
    })
    .clone()
}

/// Runs `cmd` under `measure` in `dir` with extra `env`; fails if it fails.
pub(super) fn measured(
    dir: &Path,
    env: &[(&str, &str)],
    cmd: &str,
    args: &[&str],
) -> Result<Measured, String> {
    let me = measurer()?;
    let output = Command::new(me)
        .arg("measure")
        .arg(cmd)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .stderr(std::process::Stdio::piped())
        .output()
        .map_err(|e| format!("cannot run {cmd}: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find(|l| l.starts_with("measured "))
        .ok_or_else(|| format!("`{cmd} {}` printed no measurement", args.join(" ")))?;
    let field = |name: &str| -> u128 {
        line.split_whitespace()
            .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
        return Err(format!(
            "`{cmd} {}` failed in {}:\n{}",
            args.join(" "),
            dir.display(),
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        ));
    }
    Ok(Measured {
        wall: Duration::from_nanos(u64::try_from(field("wall_ns")).unwrap_or(u64::MAX)),
        peak_kib: u64::try_from(field("peak_kib")).unwrap_or(0),
    })
}

/// The median by wall time of `runs` measurements (peak memory is the largest seen).
pub(super) fn median_of(
    runs: usize,
    mut f: impl FnMut() -> Result<Measured, String>,
) -> Result<Measured, String> {
    let mut all = Vec::new();
    for _ in 0..runs.max(1) {
        all.push(f()?);
    }
    Ok(median(all))
}

/// `N` measurements taken in turn, `runs` rounds of them; the median of each.
pub(super) fn interleaved<const N: usize>(
    runs: usize,
    mut f: impl FnMut(usize) -> Result<Measured, String>,
) -> Result<[Measured; N], String> {
    let mut all: [Vec<Measured>; N] = std::array::from_fn(|_| Vec::new());
    for _ in 0..runs.max(1) {
        for (which, seen) in all.iter_mut().enumerate() {
            seen.push(f(which)?);
        }
    }
    Ok(all.map(median))
}

/// The measurement of median wall time, with the largest peak memory seen.
fn median(mut all: Vec<Measured>) -> Measured {
    let peak = all.iter().map(|m| m.peak_kib).max().unwrap_or(0);
    all.sort_by_key(|m| m.wall);
    Measured {
        wall: all.get(all.len() / 2).map_or(Duration::ZERO, |m| m.wall),
        peak_kib: peak,
    }
}

pub(super) fn run_quiet(dir: &Path, cmd: &str, args: &[&str]) -> Result<(), String> {
    run_quiet_env(dir, &[], cmd, args)
}

pub(super) fn run_quiet_env(
    dir: &Path,
    env: &[(&str, &str)],
    cmd: &str,
    args: &[&str],
) -> Result<(), String> {
    let output = Command::new(cmd)
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .output()
        .map_err(|e| format!("cannot run {cmd}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "`{cmd} {}` failed in {}:\n{}",
            args.join(" "),
            dir.display(),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}
