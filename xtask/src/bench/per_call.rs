//! The per-call figures: the consumer's per-call bench timed in several processes, then counted in instructions.

use super::{BenchOptions, Verdicts, cargo};
use std::path::{Path, PathBuf};
use std::process::Command;

/// How many times the per-call bench runs, each in a process of its own.
const PER_CALL_PROCESSES: usize = 5;

/// The per-call bench (`consumer/benches/per_call.rs`), run in several processes: within
/// one process the variants' ratio is stable, but from one process to the next it moved
/// by several percent (0.959x in one full bench, 1.054x in the next, for a call whose
/// instructions differ by 0.6% and whose system calls are the same), as where each
/// variant's data lands in memory changes. The median over processes
/// is judged; every process's ratio is printed.
pub(super) fn per_call_figures(
    root: &Path,
    options: &BenchOptions,
    verdicts: &mut Verdicts,
) -> Result<(), String> {
    let processes = if options.quick { 3 } else { PER_CALL_PROCESSES };
    println!("\n== per call (consumer/benches/per_call.rs, {processes} processes)");
    let mut args = vec![
        "bench",
        "-q",
        "-p",
        "connectid-consumer",
        "--bench",
        "per_call",
        "--",
    ];
    if options.quick {
        args.push("--quick");
    }
    // Each generated variant's median ratio to the hand-written call, one per process.
    let mut ratios: Vec<(String, Vec<f64>)> = Vec::new();
    for process in 0..processes {
        let output = Command::new(cargo())
            .args(&args)
            .current_dir(root)
            .output()
            .map_err(|e| e.to_string())?;
        if !output.status.success() {
            return Err(format!(
                "the per-call bench failed:\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let text = String::from_utf8_lossy(&output.stdout);
        for line in text.lines() {
            // The first process's whole report; the others add their ratios below.
            if process == 0 {
                println!("  {line}");
            }
            let ratio = line
                .trim()
                .strip_prefix("ratio ")
                .and_then(|rest| rest.split_once(": "))
                .and_then(|(what, value)| {
                    Some((what, value.split('x').next()?.parse::<f64>().ok()?))
                });
            // The targets are the generated client's; the no-timeout reference is shown only.
            if let Some((what, x)) = ratio.filter(|(what, _)| what.starts_with("generated")) {
                match ratios.iter_mut().find(|(w, _)| w == what) {
                    Some((_, seen)) => seen.push(x),
                    None => ratios.push((what.to_string(), vec![x])),
                }
            }
        }
    }
    for (what, seen) in &ratios {
        let mut sorted = seen.clone();
        sorted.sort_by(f64::total_cmp);
        let median = sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN);
        let each: Vec<String> = seen.iter().map(|x| format!("{x:.3}x")).collect();
        println!(
            "  median over processes, {what}: {median:.3}x (each: {})",
            each.join(", ")
        );
        verdicts.add(
            &format!("per call, {what} / hand-written (median of {processes} processes)"),
            median,
            1.03,
            "x",
        );
    }
    Ok(())
}

/// The per-call bench's variants, as `PER_CALL_ONLY` numbers them.
const VARIANTS: [(usize, &str); 3] = [
    (0, "hand-written reqwest"),
    (2, "generated, bearer token"),
    (3, "generated, client credentials"),
];

/// Instructions per call of each variant, counted by callgrind on the calling thread:
/// the work a call does, which a loaded machine does not change, where the times above
/// move by several percent from run to run. Each variant runs alone, and so does a run
/// that makes no call, whose count (setup) is taken off. Skipped without valgrind.
///
/// callgrind's cache simulation counts the first-level cache misses beside them, printed
/// but not judged: a call can run fewer instructions than the hand-written one and still
/// take longer, when its code and data span more cache lines (the simulated caches are
/// the host's, so the counts are comparable within one run only).
pub(super) fn instruction_counts(
    root: &Path,
    work: &Path,
    verdicts: &mut Verdicts,
) -> Result<(), String> {
    println!("\n== per call, instructions (callgrind, calling thread, setup taken off)");
    let has_valgrind = Command::new("valgrind")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_valgrind {
        println!("  skipped: valgrind is not installed");
        return Ok(());
    }
    let built = Command::new(cargo())
        .args([
            "bench",
            "-p",
            "connectid-consumer",
            "--bench",
            "per_call",
            "--no-run",
        ])
        .current_dir(root)
        .output()
        .map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&built.stderr);
    let binary = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("Executable benches/per_call.rs ("))
        .and_then(|rest| rest.strip_suffix(')'))
        .map(|path| root.join(path))
        .ok_or_else(|| format!("could not find the per-call bench binary:\n{stderr}"))?;
    // The counts of one run of variant `only` (none: 9), and the calls it made.
    let count = |only: usize| -> Result<(Counts, u64), String> {
        let out = work.join(format!("callgrind-{only}.out"));
        let run = Command::new("valgrind")
            .arg("--tool=callgrind")
            .arg("--separate-threads=yes")
            .arg("--cache-sim=yes")
            .arg(format!("--callgrind-out-file={}", out.display()))
            .arg(&binary)
            .arg("--quick")
            .env("PER_CALL_ONLY", only.to_string())
            .current_dir(root)
            .output()
            .map_err(|e| e.to_string())?;
        let stdout = String::from_utf8_lossy(&run.stdout);
        let calls = number_after(&stdout, "calls made: ")
            .ok_or_else(|| format!("the per-call bench under callgrind said:\n{stdout}"))?;
        // The main thread's file; the server runs on another thread, in `-02`.
        let main_thread = PathBuf::from(format!("{}-01", out.display()));
        let text = std::fs::read_to_string(&main_thread)
            .map_err(|e| format!("{}: {e}", main_thread.display()))?;
        let counts = Counts::read(&text)
            .ok_or_else(|| format!("no event totals in {}", main_thread.display()))?;
        Ok((counts, calls))
    };
    let (setup, _) = count(9)?;
    let mut per_call = Vec::new();
    for (only, name) in VARIANTS {
        let (total, calls) = count(only)?;
        let each = total.per_call(&setup, calls);
        println!(
            "  {name:<32} {:>9.0} instructions, {:>6.0} instruction-cache and {:>6.0} data-cache misses per call",
            each.instructions, each.code_misses, each.data_misses
        );
        per_call.push((name, each));
    }
    let reference = per_call[0].1;
    for (name, each) in &per_call[1..] {
        let ratio = each.instructions / reference.instructions;
        println!(
            "  ratio {name}: {ratio:.3}x the hand-written instructions; cache misses {:.3}x (code), {:.3}x (data)",
            each.code_misses / reference.code_misses.max(1.0),
            each.data_misses / reference.data_misses.max(1.0)
        );
        verdicts.add(
            &format!("per call, {name} / hand-written (instructions)"),
            ratio,
            1.03,
            "x",
        );
    }
    Ok(())
}

/// What callgrind counted on one thread: instructions, and first-level cache misses for
/// instruction fetches and for data reads and writes.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Counts {
    instructions: f64,
    code_misses: f64,
    data_misses: f64,
}

impl Counts {
    /// The `totals:` line of a callgrind file, its values named by the `events:` line.
    fn read(text: &str) -> Option<Counts> {
        let events: Vec<&str> = text
            .lines()
            .find_map(|l| l.strip_prefix("events: "))?
            .split_whitespace()
            .collect();
        let totals: Vec<f64> = text
            .lines()
            .find_map(|l| l.strip_prefix("totals: "))?
            .split_whitespace()
            .map(|n| n.parse().ok())
            .collect::<Option<_>>()?;
        let event = |name: &str| {
            events
                .iter()
                .position(|e| *e == name)
                .and_then(|i| totals.get(i).copied())
        };
        Some(Counts {
            instructions: event("Ir")?,
            code_misses: event("I1mr")?,
            data_misses: event("D1mr")? + event("D1mw")?,
        })
    }

    /// Each count less `setup`'s, divided by the calls made.
    fn per_call(&self, setup: &Counts, calls: u64) -> Counts {
        let each = |total: f64, setup: f64| (total - setup).max(0.0) / calls.max(1) as f64;
        Counts {
            instructions: each(self.instructions, setup.instructions),
            code_misses: each(self.code_misses, setup.code_misses),
            data_misses: each(self.data_misses, setup.data_misses),
        }
    }
}

/// The number after `prefix` on the first line of `text` that starts with it.
fn number_after(text: &str, prefix: &str) -> Option<u64> {
    text.lines()
        .find_map(|l| l.strip_prefix(prefix))
        .and_then(|n| n.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::Counts;

    #[test]
    fn counts_are_read_by_event_name_and_taken_per_call() {
        let file = "version: 1\ncreator: callgrind-3.22.0\n\
                    events: Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw\n\
                    fn=main\n1 5\n\
                    totals: 1000 50 40 30 20 10 3 2 1\n";
        let setup = Counts {
            instructions: 200.0,
            code_misses: 10.0,
            data_misses: 6.0,
        };
        let total = Counts::read(file);
        assert_eq!(
            total,
            Some(Counts {
                instructions: 1000.0,
                code_misses: 30.0,
                data_misses: 30.0,
            })
        );
        let each = total.map(|t| t.per_call(&setup, 4));
        assert_eq!(
            each,
            Some(Counts {
                instructions: 200.0,
                code_misses: 5.0,
                data_misses: 6.0,
            })
        );
        // Without cache simulation the miss events are absent: no counts rather than zeros.
        assert_eq!(Counts::read("events: Ir\ntotals: 1000\n"), None);
    }
}
