//! `cargo xtask codegen [--check] [--impact-only]`: regenerate the checked-in client, or check it for drift and say what the drift does to the crate's users.

use generator::files::{Change, ChangeKind, Mode};
use generator::release::{Baseline, Release};
use std::process::ExitCode;
use xtask::{COMMAND, OUT, Outcome, codegen, root};

const USAGE: &str = "usage: cargo xtask codegen [--check] [--impact-only]\n       cargo xtask corpus <dir> [--csv <file>] [--skip-unsupported] [--timeout-secs <n>]\n       cargo xtask fuzz [--seconds <n>] [--seed <n>]\n       cargo xtask contract <spec or dir> [--csv <file>] [--prism <path>]\n       cargo xtask semver-selftest [--quick] [--edit <name part>]... [--keep <dir>]\n       cargo xtask bench [--quick] [--per-call] [--base <git rev>] [--tag <feature>] [--graph [<group>]]\n       cargo xtask realworld [--server <name>]... [--work <dir>]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("corpus") => corpus(&args[1..]),
        Some("contract") => contract(&args[1..]),
        Some("realworld") => realworld(&args[1..]),
        Some("fuzz") => fuzz(&args[1..]),
        Some("bench") => bench(&args[1..]),
        Some("measure") => xtask::bench::measure_main(&args[1..]),
        Some("semver-selftest") => semver_selftest(&args[1..]),
        _ => codegen_command(&args),
    }
}

/// `codegen`, `codegen --check` and `codegen --impact-only`; anything else is a usage error.
fn codegen_command(args: &[String]) -> ExitCode {
    // `--impact-only` implies `--check`: it prints the table for a pull-request comment
    // and writes nothing.
    let (mode, impact_only) = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["codegen"] => (Mode::Write, false),
        ["codegen", "--check"] => (Mode::Check, false),
        ["codegen", "--impact-only"]
        | ["codegen", "--check", "--impact-only"]
        | ["codegen", "--impact-only", "--check"] => (Mode::Check, true),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    match codegen(&root(), mode) {
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
        Ok(Outcome::Diagnostics(text)) => {
            eprint!("{text}");
            ExitCode::FAILURE
        }
        Ok(Outcome::Changes(changes, release)) if mode == Mode::Check => {
            drift(&changes, &release, impact_only)
        }
        Ok(Outcome::Changes(changes, release)) => {
            if !release.impact.is_empty() {
                eprint!("{}", impact_report(&release));
            }
            for c in &changes {
                eprintln!("  {OUT}/{} ({:?})", c.path, c.kind);
            }
            eprintln!("{OUT}/: {} file(s) written", changes.len());
            ExitCode::SUCCESS
        }
    }
}

/// Reports what `--check` found: nothing, or the impact table and (unless `impact_only`)
/// the diff and the files that differ; fails when anything differs.
fn drift(changes: &[Change], release: &Release, impact_only: bool) -> ExitCode {
    if changes.is_empty() {
        if impact_only {
            println!("No API change: {OUT}/ is up to date with the spec.");
        }
        eprintln!("{OUT}/ is up to date with the spec");
        return ExitCode::SUCCESS;
    }
    print!("{}", impact_report(release));
    if impact_only {
        return ExitCode::FAILURE;
    }
    println!();
    for c in changes {
        print!("{}", c.diff);
    }
    eprintln!(
        "\n{} file(s) in {OUT}/ differ from what the spec gives:",
        changes.len()
    );
    for c in changes {
        let kind = match c.kind {
            ChangeKind::Added => "missing",
            ChangeKind::Modified => "changed",
            ChangeKind::Removed => "no longer generated",
        };
        eprintln!("  {OUT}/{} ({kind})", c.path);
    }
    eprintln!("{}", release.version_line());
    eprintln!("run `{COMMAND}` and commit the result");
    ExitCode::FAILURE
}

/// The impact table and the version the crate needs, as printed before the diff.
fn impact_report(release: &Release) -> String {
    let mut out = String::new();
    match &release.baseline {
        Baseline::Recorded if release.impact.is_empty() => {
            out.push_str("API impact: none (the generated code changed, its API did not)\n");
        }
        Baseline::Recorded => {
            out.push_str(&format!(
                "API impact of the change ({} change(s); [wire] = not visible in the Rust API):\n",
                release.impact.entries.len()
            ));
            out.push_str(&release.impact.table());
        }
        Baseline::Missing => out.push_str(&format!(
            "API impact: unknown, {OUT}/{} does not exist yet; this run records the baseline\n",
            generator::surface::PATH
        )),
        Baseline::Unreadable(why) => out.push_str(&format!(
            "API impact: unknown, {OUT}/{} cannot be read ({why}); this run records a new baseline\n",
            generator::surface::PATH
        )),
    }
    out.push_str(&release.version_line());
    out.push('\n');
    out
}

fn bench(args: &[String]) -> ExitCode {
    let mut options = xtask::bench::BenchOptions {
        quick: false,
        // The last commit before the per-type derives, the streaming formatter and the
        // per-tag features: the "before" of the compile-time figures.
        base: "b571b83".into(),
        tag: "repos".into(),
        per_call_only: false,
        graph: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match (arg.as_str(), it.clone().next()) {
            ("--quick", _) => options.quick = true,
            ("--per-call", _) => options.per_call_only = true,
            // Microsoft Graph's figures, with `users` (or the group named) checked alone.
            ("--graph", next) => match next.filter(|n| !n.starts_with("--")) {
                Some(group) => {
                    options.graph = Some(group.clone());
                    it.next();
                }
                None => options.graph = Some("users".into()),
            },
            ("--base", Some(rev)) => {
                options.base = rev.clone();
                it.next();
            }
            ("--tag", Some(tag)) => {
                options.tag = tag.clone();
                it.next();
            }
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }
    match xtask::bench::run(&root(), &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn corpus(args: &[String]) -> ExitCode {
    let mut dir = None;
    let mut options = xtask::corpus::CorpusOptions {
        dir: Default::default(),
        csv: None,
        skip_unsupported: false,
        timeout: std::time::Duration::from_secs(300),
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--csv" => options.csv = it.next().map(Into::into),
            "--skip-unsupported" => options.skip_unsupported = true,
            "--timeout-secs" => match it.next().and_then(|s| s.parse().ok()) {
                Some(secs) => options.timeout = std::time::Duration::from_secs(secs),
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::FAILURE;
                }
            },
            other if dir.is_none() && !other.starts_with("--") => dir = Some(other.into()),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    };
    options.dir = dir;
    match xtask::corpus::run(&root(), &options) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn contract(args: &[String]) -> ExitCode {
    let mut options = xtask::contract::ContractOptions {
        path: Default::default(),
        csv: None,
        prism: None,
    };
    let mut path = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--csv" => options.csv = it.next().map(Into::into),
            "--prism" => options.prism = it.next().map(Into::into),
            other if path.is_none() && !other.starts_with("--") => path = Some(other.into()),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }
    let Some(path) = path else {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    };
    options.path = path;
    match xtask::contract::run(&root(), &options) {
        // Every operation must pass for the exit status to be 0.
        Ok(rows) if rows.iter().all(|r| r.status == "ok") => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn realworld(args: &[String]) -> ExitCode {
    let mut options = xtask::realworld::RealworldOptions::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match (arg.as_str(), it.next()) {
            ("--server", Some(name)) => options.servers.push(name.clone()),
            ("--work", Some(dir)) => options.work = Some(dir.into()),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }
    match xtask::realworld::run(&root(), &options) {
        Ok(rows) if rows.iter().all(|r| r.problem.is_none() && r.failed == 0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn fuzz(args: &[String]) -> ExitCode {
    let mut seconds = 60u64;
    let mut seed = 1u64;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let value = it.next().and_then(|v| v.parse().ok());
        match (arg.as_str(), value) {
            ("--seconds", Some(v)) => seconds = v,
            ("--seed", Some(v)) => seed = v,
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }
    let root = root();
    let dirs = [
        root.join("../shared/specs/features"),
        root.join("../shared/specs/apis-guru"),
        root.join("generator/tests/fixtures"),
        root.join("spec"),
    ];
    let seeds = xtask::fuzz::seeds(&dirs, 256 * 1024);
    eprintln!(
        "fuzzing load -> generate for {seconds}s from {} seed specs (seed {seed})",
        seeds.len()
    );
    let report = xtask::fuzz::run(
        &seeds,
        std::time::Duration::from_secs(seconds),
        seed,
        &root.join("target/fuzz"),
    );
    println!(
        "fuzz: {} runs, {} generated, {} diagnosed, {} panics, {} internal errors",
        report.runs,
        report.generated,
        report.diagnosed,
        report.panics.len(),
        report.internal_errors.len()
    );
    for p in &report.panics {
        println!("  panicking input saved to {}", p.display());
    }
    for p in &report.internal_errors {
        println!("  input with an internal error saved to {}", p.display());
    }
    if report.passed() && report.runs > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn semver_selftest(args: &[String]) -> ExitCode {
    let mut options = xtask::selftest::SelftestOptions::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--quick" => options.quick = true,
            "--edit" => match it.next() {
                Some(name) => options.edits.push(name.clone()),
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::FAILURE;
                }
            },
            "--keep" => match it.next() {
                Some(dir) => options.keep = Some(dir.into()),
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::FAILURE;
                }
            },
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }
    match xtask::selftest::run(&root(), &options) {
        Ok(report) if report.disagreements == report.known && report.failures == 0 => {
            ExitCode::SUCCESS
        }
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
