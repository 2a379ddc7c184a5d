//! `cargo xtask bench`: the performance figures of issue 9, each printed beside the
//! reference it is judged against, measured in the same run on the same machine (shared,
//! noisy machines make absolute times unstable; ratios hold).
//!
//! Every external command runs under `cargo xtask measure`, a child that runs it and then
//! reads its own `RUSAGE_CHILDREN` (through `nix`), so peak memory covers every process
//! the command waited for (for `cargo check`, the largest `rustc`).

mod check;
mod felt;
mod graph;
mod measure;
mod per_call;

pub use measure::measure_main;

use measure::{interleaved, measured, median_of, run_quiet};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What to run.
pub struct BenchOptions {
    /// Skip the slow parts: the GitHub crate's `cargo check`s, the "before" generator's
    /// build and the cold `codegen --check`.
    pub quick: bool,
    /// The git revision whose generator writes the "before" crate.
    pub base: String,
    /// The tag whose feature alone is checked on the GitHub crate.
    pub tag: String,
    /// Only the per-call figures (timed, then counted in instructions).
    pub per_call_only: bool,
    /// Also Microsoft Graph's figures (the spec is fetched with npm); the group whose
    /// feature alone is checked.
    pub graph: Option<String>,
}

/// One measured command.
#[derive(Clone, Copy, Debug)]
pub struct Measured {
    /// Wall time.
    pub wall: Duration,
    /// Peak resident memory of the largest process it waited for, in KiB.
    pub peak_kib: u64,
}

impl Measured {
    fn mib(&self) -> f64 {
        self.peak_kib as f64 / 1024.0
    }
}

fn secs(d: Duration) -> String {
    if d < Duration::from_secs(10) {
        format!("{:.0} ms", d.as_secs_f64() * 1000.0)
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// Collects a verdict line for the summary.
struct Verdicts(Vec<String>);

impl Verdicts {
    fn add(&mut self, what: &str, value: f64, target: f64, unit: &str) {
        let ok = if value <= target { "met" } else { "MISSED" };
        // Targets such as 1/3 print as 0.333, whole ones as they are.
        let target = if target.fract() == 0.0 {
            format!("{target}")
        } else {
            format!("{target:.3}")
        };
        self.0.push(format!(
            "{ok:<7}{what}: {value:.3}{unit} (target <= {target}{unit})"
        ));
    }
}

/// Runs the benchmark and prints its figures.
pub fn run(root: &Path, options: &BenchOptions) -> Result<(), String> {
    let work = root.join("target/bench");
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let github = root.join("../shared/specs/large/api.github.com.json");
    let mut verdicts = Verdicts(Vec::new());
    println!(
        "cargo xtask bench{}: {}",
        if options.quick { " --quick" } else { "" },
        machine()
    );

    if options.per_call_only {
        per_call::per_call_figures(root, options, &mut verdicts)?;
        per_call::instruction_counts(root, &work, &mut verdicts)?;
        return print_verdicts(&verdicts);
    }

    // The generator under test, built as users build it.
    run_quiet(
        root,
        &cargo(),
        &["build", "--release", "-q", "-p", "generator"],
    )?;
    let generator = root.join("target/release/generator");

    generation_figures(root, &work, &generator, &github, &mut verdicts)?;
    let after = github_crate(root, &work, &generator, &github)?;

    if options.quick {
        println!(
            "\n(--quick: the GitHub crate's cargo check, the \"before\" generator and the cold codegen --check are skipped)"
        );
    } else {
        check::check_figures(root, &work, &after, options, &mut verdicts)?;
    }

    per_call::per_call_figures(root, options, &mut verdicts)?;
    per_call::instruction_counts(root, &work, &mut verdicts)?;
    codegen_check_figures(root, &work, options, &mut verdicts)?;
    if let Some(group) = &options.graph {
        graph::graph_figures(root, &work, &generator, group, &mut verdicts)?;
    }

    print_verdicts(&verdicts)
}

/// Generation time and memory of the checked-in spec and GitHub's, each beside the floor
/// of parsing the same file.
fn generation_figures(
    root: &Path,
    work: &Path,
    generator: &Path,
    github: &Path,
    verdicts: &mut Verdicts,
) -> Result<(), String> {
    println!(
        "\n== generation (medians of interleaved runs; the floor is the same file parsed into openapiv3)"
    );
    for (spec, runs) in [
        (root.join("spec/connectid.yaml"), 9),
        (github.to_path_buf(), 7),
    ] {
        let name = spec
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut outs = FreshOuts::new(work.join("gen-out"));
        let (_, floor_args) = generator_args(&spec, outs.base(), "bench");
        let floor_args = strs(&floor_args);
        let generator = generator.to_string_lossy();
        // The three are measured in turn within each round, so that a change of load on
        // the machine falls on the floor and the generation alike, not on one of them.
        let [floor, gen_one, gen_all] = interleaved(runs, |which| {
            if which == 0 {
                return measured(root, &[], &generator, &floor_args);
            }
            let (args, _) = generator_args(&spec, &outs.next(), "bench");
            let threads: &[(&str, &str)] = match which {
                1 => &[("GENERATOR_THREADS", "1")],
                _ => &[],
            };
            measured(root, threads, &generator, &strs(&args))
        })?;
        drop(outs);
        let ratio = |m: &Measured| m.wall.as_secs_f64() / floor.wall.as_secs_f64();
        let mem = |m: &Measured| m.peak_kib as f64 / floor.peak_kib.max(1) as f64;
        println!("  {name}");
        println!(
            "    parse-only floor          {:>9}  {:>7.0} MiB",
            secs(floor.wall),
            floor.mib()
        );
        println!(
            "    generate, 1 thread        {:>9}  {:>7.0} MiB   {:.1}x floor time, {:.1}x floor memory",
            secs(gen_one.wall),
            gen_one.mib(),
            ratio(&gen_one),
            mem(&gen_one)
        );
        println!(
            "    generate, all cores       {:>9}  {:>7.0} MiB   {:.1}x floor time, {:.1}x floor memory",
            secs(gen_all.wall),
            gen_all.mib(),
            ratio(&gen_all),
            mem(&gen_all)
        );
        if spec == github {
            verdicts.add(
                "GitHub generation time / parse floor",
                ratio(&gen_all),
                8.0,
                "x",
            );
            verdicts.add(
                "GitHub generation peak memory",
                gen_all.mib(),
                300.0,
                " MiB",
            );
        }
    }
    Ok(())
}

/// A new output folder for each measured generation (`base/1`, `base/2`, ...), all removed
/// when dropped. Emptying one folder before each run put the kernel's deferred work of
/// deleting the last crate's files into the next run's time, in proportion to the number
/// of files rather than to anything the generator does.
pub(super) struct FreshOuts {
    base: PathBuf,
    count: usize,
}

impl FreshOuts {
    /// Folders under `base`, which is emptied first.
    pub(super) fn new(base: PathBuf) -> Self {
        let _ = std::fs::remove_dir_all(&base);
        FreshOuts { base, count: 0 }
    }

    /// The folder all the others are in.
    pub(super) fn base(&self) -> &Path {
        &self.base
    }

    /// A folder not used before.
    pub(super) fn next(&mut self) -> PathBuf {
        self.count += 1;
        self.base.join(self.count.to_string())
    }

    /// Moves the last folder handed out to `to` (replacing it) and removes the rest.
    pub(super) fn keep_last(self, to: &Path) -> Result<(), String> {
        let last = self.base.join(self.count.to_string());
        let _ = std::fs::remove_dir_all(to);
        std::fs::rename(&last, to).map_err(|e| format!("{}: {e}", last.display()))
    }
}

impl Drop for FreshOuts {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

/// The generator's arguments that write `spec`'s crate `name` into `out`, and those of the
/// parse-only floor of the same spec.
fn generator_args(spec: &Path, out: &Path, name: &str) -> (Vec<String>, Vec<String>) {
    let args: Vec<String> = [
        "--spec".into(),
        spec.to_string_lossy().into_owned(),
        "--out".into(),
        out.to_string_lossy().into_owned(),
        "--crate-name".into(),
        name.into(),
    ]
    .into();
    let mut floor = args.clone();
    floor.push("--parse-only".into());
    (args, floor)
}

/// Borrows each string, for a command's arguments.
fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

/// Writes the GitHub crate as the current generator writes it when run as README shows
/// (a feature per tag, the default), and prints its size; returns its folder.
fn github_crate(
    root: &Path,
    work: &Path,
    generator: &Path,
    github: &Path,
) -> Result<PathBuf, String> {
    let after = work.join("github-after");
    let _ = std::fs::remove_dir_all(&after);
    run_quiet(
        root,
        &generator.to_string_lossy(),
        &[
            "--spec",
            &github.to_string_lossy(),
            "--out",
            &after.to_string_lossy(),
            "--crate-name",
            "github-bench",
        ],
    )?;
    let (lines, bytes) = rust_size(&after.join("src"));
    println!("\n== the generated GitHub crate");
    println!(
        "  {lines} lines, {:.1} MB of Rust (src/, runtime included)",
        bytes as f64 / 1e6
    );
    Ok(after)
}

/// `cargo xtask codegen --check` with nothing to do, warm and (without `--quick`) cold.
fn codegen_check_figures(
    root: &Path,
    work: &Path,
    options: &BenchOptions,
    verdicts: &mut Verdicts,
) -> Result<(), String> {
    let cargo = cargo();
    println!("\n== cargo xtask codegen --check");
    let warm = median_of(5, || {
        measured(root, &[], &cargo, &["xtask", "codegen", "--check"])
    })?;
    println!("  warm (nothing changed): {}", secs(warm.wall));
    verdicts.add("warm codegen --check", warm.wall.as_secs_f64(), 0.5, " s");
    if !options.quick {
        let cold_target = work.join("cold-target");
        let _ = std::fs::remove_dir_all(&cold_target);
        let cold = measured(
            root,
            &[("CARGO_TARGET_DIR", &cold_target.to_string_lossy())],
            &cargo,
            &["xtask", "codegen", "--check"],
        )?;
        println!("  cold (empty target directory): {}", secs(cold.wall));
        let _ = std::fs::remove_dir_all(&cold_target);
    }
    Ok(())
}

fn print_verdicts(verdicts: &Verdicts) -> Result<(), String> {
    println!("\n== against the targets");
    for v in &verdicts.0 {
        println!("  {v}");
    }
    Ok(())
}
/// Lines and bytes of the `.rs` files under `dir`.
fn rust_size(dir: &Path) -> (usize, u64) {
    let texts = crate::rust_files(dir, None)
        .into_iter()
        .filter_map(|path| std::fs::read_to_string(path).ok());
    texts.fold((0, 0), |(lines, bytes), text| {
        (lines + text.lines().count(), bytes + text.len() as u64)
    })
}

/// What the figures were measured on.
fn machine() -> String {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|m| m.trim_start_matches([' ', '\t', ':']).to_string())
            })
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                l.strip_prefix("MemTotal:")?
                    .trim()
                    .trim_end_matches(" kB")
                    .parse::<u64>()
                    .ok()
            })
        })
        .map(|kb| format!("{:.0} GiB RAM", kb as f64 / 1048576.0))
        .unwrap_or_default();
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|t| {
            t.split_whitespace()
                .next()
                .map(|l| format!("load {l} at start"))
        })
        .unwrap_or_default();
    format!("{cores} cores ({model}), {mem}, {load}")
}
