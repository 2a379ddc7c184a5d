//! `cargo xtask corpus <dir>`: runs the generator on every spec in a folder, builds each
//! generated crate, and reports how many came through.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What happened to one spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// Generated with every operation, and the crate compiles.
    Ok,
    /// Compiles, but some operations or types were skipped or loosened, with a warning.
    Partial,
    /// The generator refused the spec with diagnostics (exit 1).
    Diagnosed,
    /// The generated crate does not compile.
    CompileFailed,
    /// The generator panicked.
    Panicked,
    /// The generator died another way or ran out of time.
    Crashed,
}

impl Verdict {
    fn label(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Partial => "partial",
            Verdict::Diagnosed => "diagnosed",
            Verdict::CompileFailed => "compile-failed",
            Verdict::Panicked => "panicked",
            Verdict::Crashed => "crashed",
        }
    }
}

/// One spec's row.
#[derive(Clone, Debug)]
pub struct Row {
    /// Path relative to the corpus folder.
    pub spec: String,
    /// The version the spec is written in (`2.0`, `3.0`, `3.1`), or `?`.
    pub version: &'static str,
    /// Outcome.
    pub verdict: Verdict,
    /// Generation time.
    pub generate: Duration,
    /// `cargo check` time, when the crate was checked.
    pub check: Option<Duration>,
    /// Lines of generated Rust.
    pub lines: usize,
    /// Warnings the generator printed.
    pub warnings: usize,
    /// The first line of the generator's or compiler's complaint.
    pub note: String,
    /// Operations that page, by what said how: a vendor extension, a declared `Link`
    /// header, the names of parameters and fields.
    pub paging: [usize; 3],
}

/// Options of a corpus run.
pub struct CorpusOptions {
    /// The folder to scan.
    pub dir: PathBuf,
    /// Where to write a CSV copy of the rows.
    pub csv: Option<PathBuf>,
    /// Pass `--skip-unsupported` to the generator.
    pub skip_unsupported: bool,
    /// Limit for one generator run.
    pub timeout: Duration,
}

pub(crate) fn specs_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            ) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

pub(crate) fn crate_name(spec: &str) -> String {
    let mut name: String = spec
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    name.truncate(60);
    format!("c-{}", name.trim_matches('-'))
}

/// Runs `cmd`, killing it after `timeout`; returns its exit status (None if killed) and
/// its stderr.
fn run_with_timeout(
    mut cmd: Command,
    timeout: Duration,
) -> std::io::Result<(Option<std::process::ExitStatus>, String)> {
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn()?;
    let mut stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(s) = stderr.as_mut() {
            let _ = std::io::Read::read_to_string(s, &mut text);
        }
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Ok((status, reader.join().unwrap_or_default()))
}

/// Lines of the generated Rust, without the runtime: `src/*.rs` and the gate modules in
/// `src/<file>/`.
fn rust_lines(dir: &Path) -> usize {
    generated_rust(&dir.join("src"))
        .iter()
        .map(|text| text.lines().count())
        .sum()
}

/// The text of each generated Rust file under `src` outside `src/runtime/`.
fn generated_rust(src: &Path) -> Vec<String> {
    crate::rust_files(src, Some("runtime"))
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect()
}

/// How many of the generated crate's operations page, by rule source, read from their
/// `_stream` methods' docs (each names what its paging follows, once) in `client.rs` and
/// its gate modules.
fn paging_counts(dir: &Path) -> [usize; 3] {
    let mut client = std::fs::read_to_string(dir.join("src/client.rs")).unwrap_or_default();
    for text in generated_rust(&dir.join("src/client")) {
        client.push_str(&text);
    }
    [
        client.matches(", as the spec's `x-").count(),
        client
            .matches(", as the response's declared `Link` header says")
            .count(),
        client
            .matches(", inferred from the names of its parameters")
            .count(),
    ]
}

fn first_line(text: &str, prefix: &str) -> String {
    text.lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or("")
        .chars()
        .take(160)
        .collect()
}

/// Runs the corpus and prints a line per spec and a summary.
pub fn run(root: &Path, options: &CorpusOptions) -> Result<Vec<Row>, Box<dyn std::error::Error>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    eprintln!("building the generator (release)...");
    let status = Command::new(&cargo)
        .args(["build", "--quiet", "--release", "-p", "generator"])
        .current_dir(root)
        .status()?;
    if !status.success() {
        return Err("could not build the generator".into());
    }
    let generator = root.join("target/release/generator");
    let work = root.join("target/corpus");
    let target = work.join("target");
    let specs = specs_under(&options.dir);
    if specs.is_empty() {
        return Err(format!(
            "no .yaml, .yml or .json files under {}",
            options.dir.display()
        )
        .into());
    }
    let mut rows = Vec::new();
    for spec in &specs {
        let rel = spec
            .strip_prefix(&options.dir)
            .unwrap_or(spec)
            .display()
            .to_string();
        let name = crate_name(&rel);
        let out = work.join("crates").join(&name);
        let (mut row, stderr) = generate_crate(&generator, spec, rel, &out, &name, options)?;
        if row.verdict == Verdict::Ok {
            check_crate(&mut row, &out, &cargo, &target, &stderr)?;
        }
        print_row(&row);
        rows.push(row);
    }
    print!("{}", summary(&rows));
    if let Some(csv) = &options.csv {
        std::fs::write(csv, to_csv(&rows))?;
        eprintln!("wrote {}", csv.display());
    }
    Ok(rows)
}

/// Runs the generator on one spec into `out`; returns the spec's row, judged on how the
/// generator exited, and the generator's stderr.
fn generate_crate(
    generator: &Path,
    spec: &Path,
    rel: String,
    out: &Path,
    name: &str,
    options: &CorpusOptions,
) -> std::io::Result<(Row, String)> {
    let _ = std::fs::remove_dir_all(out);
    let mut cmd = Command::new(generator);
    cmd.arg("--spec")
        .arg(spec)
        .arg("--out")
        .arg(out)
        .args(["--crate-name", name]);
    if options.skip_unsupported {
        cmd.arg("--skip-unsupported");
    }
    let started = Instant::now();
    let (status, stderr) = run_with_timeout(cmd, options.timeout)?;
    let generate = started.elapsed();
    let warnings = stderr.lines().filter(|l| l.starts_with("warning:")).count();
    let version = std::fs::read_to_string(spec)
        .ok()
        .and_then(|text| {
            generator::load::version(&generator::Source {
                name: rel.clone(),
                text,
            })
        })
        .map_or("?", |v| v.label());
    let mut row = Row {
        spec: rel,
        version,
        verdict: Verdict::Ok,
        generate,
        check: None,
        lines: 0,
        warnings,
        note: String::new(),
        paging: [0; 3],
    };
    match status.map(|s| s.code()) {
        Some(Some(0)) => {}
        Some(Some(1)) => {
            row.verdict = Verdict::Diagnosed;
            row.note = first_line(&stderr, "error:");
        }
        Some(Some(101)) => {
            row.verdict = Verdict::Panicked;
            row.note = first_line(&stderr, "thread");
        }
        None => {
            row.verdict = Verdict::Crashed;
            row.note = format!("timed out after {:?}", options.timeout);
        }
        // Another exit code, or killed by a signal (a stack overflow aborts).
        Some(code) => {
            row.verdict = Verdict::Crashed;
            row.note = format!("exit {code:?}: {}", stderr.lines().last().unwrap_or(""));
        }
    }
    Ok((row, stderr))
}

/// `cargo check`s a crate the generator wrote, and counts its lines; a crate that compiles
/// after warnings is partial, the warnings saying what was left out.
fn check_crate(
    row: &mut Row,
    out: &Path,
    cargo: &str,
    target: &Path,
    stderr: &str,
) -> std::io::Result<()> {
    row.lines = rust_lines(out);
    row.paging = paging_counts(out);
    let mut check = Command::new(cargo);
    check
        // `--all-features` includes the `mock` module, so it is proven on real specs too.
        .args(["check", "--quiet", "--all-features", "--manifest-path"])
        .arg(out.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target);
    let started = Instant::now();
    let (status, check_stderr) = run_with_timeout(check, Duration::from_secs(1800))?;
    row.check = Some(started.elapsed());
    if !status.is_some_and(|s| s.success()) {
        row.verdict = Verdict::CompileFailed;
        row.note = first_line(&check_stderr, "error");
    } else if row.warnings > 0 {
        // Something was skipped or read loosely, and the generator said what.
        row.verdict = Verdict::Partial;
        row.note = first_line(stderr, "warning:");
    }
    Ok(())
}

/// The spec's line of the report.
fn print_row(row: &Row) {
    println!(
        "{:<15} {:<4} {:<55} gen {:>7.2}s  check {:>7}  {:>7} lines  {}",
        row.verdict.label(),
        row.version,
        row.spec,
        row.generate.as_secs_f64(),
        row.check
            .map_or_else(|| "-".to_string(), |d| format!("{:.1}s", d.as_secs_f64())),
        row.lines,
        row.note
    );
}

/// The summary block: counts and shares of each verdict.
pub fn summary(rows: &[Row]) -> String {
    let total = rows.len().max(1);
    let count = |v: Verdict| rows.iter().filter(|r| r.verdict == v).count();
    let pct = |n: usize| 100.0 * n as f64 / total as f64;
    let mut out = String::new();
    let _ = writeln!(out, "\n{} specs", rows.len());
    for v in [
        Verdict::Ok,
        Verdict::Partial,
        Verdict::Diagnosed,
        Verdict::CompileFailed,
        Verdict::Panicked,
        Verdict::Crashed,
    ] {
        let n = count(v);
        let _ = writeln!(out, "  {:<15} {:>4}  ({:.1}%)", v.label(), n, pct(n));
    }
    let usable = count(Verdict::Ok) + count(Verdict::Partial);
    let _ = writeln!(
        out,
        "  ok or partial   {:>4}  ({:.1}%)",
        usable,
        pct(usable)
    );
    let paged: Vec<&Row> = rows
        .iter()
        .filter(|r| r.paging.iter().sum::<usize>() > 0)
        .collect();
    let _ = writeln!(
        out,
        "\noperations that page (item streams), by what said how: extension / Link header / inferred from names"
    );
    for r in &paged {
        let [e, l, i] = r.paging;
        let _ = writeln!(out, "  {:<55} {e:>4} / {l:>4} / {i:>4}", r.spec);
    }
    let total = |k: usize| rows.iter().map(|r| r.paging[k]).sum::<usize>();
    let _ = writeln!(
        out,
        "  {:<55} {:>4} / {:>4} / {:>4}   ({} of {} specs page)",
        "total",
        total(0),
        total(1),
        total(2),
        paged.len(),
        rows.len()
    );
    out
}

fn to_csv(rows: &[Row]) -> String {
    let mut out = String::from(
        "spec,version,verdict,generate_secs,check_secs,lines,warnings,paged_extension,paged_link,paged_inferred,note\n",
    );
    for r in rows {
        let note = r.note.replace('"', "\"\"");
        let _ = writeln!(
            out,
            "\"{}\",{},{},{:.3},{},{},{},{},{},{},\"{note}\"",
            r.spec.replace('"', "\"\""),
            r.version,
            r.verdict.label(),
            r.generate.as_secs_f64(),
            r.check
                .map_or_else(String::new, |d| format!("{:.3}", d.as_secs_f64())),
            r.lines,
            r.warnings,
            r.paging[0],
            r.paging[1],
            r.paging[2]
        );
    }
    out
}
