//! `cargo xtask codegen [--check]`: regenerate the checked-in client, or check it for drift.

use generator::files::{ChangeKind, Mode};
use std::process::ExitCode;
use xtask::{COMMAND, OUT, Outcome, codegen, root};

const USAGE: &str = "usage: cargo xtask codegen [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["codegen"] => Mode::Write,
        ["codegen", "--check"] => Mode::Check,
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
        Ok(Outcome::Changes(changes)) if mode == Mode::Check => {
            if changes.is_empty() {
                eprintln!("{OUT}/ is up to date with the spec");
                return ExitCode::SUCCESS;
            }
            for c in &changes {
                print!("{}", c.diff);
            }
            eprintln!(
                "\n{} file(s) in {OUT}/ differ from what the spec gives:",
                changes.len()
            );
            for c in &changes {
                let kind = match c.kind {
                    ChangeKind::Added => "missing",
                    ChangeKind::Modified => "changed",
                    ChangeKind::Removed => "no longer generated",
                };
                eprintln!("  {OUT}/{} ({kind})", c.path);
            }
            eprintln!("run `{COMMAND}` and commit the result");
            ExitCode::FAILURE
        }
        Ok(Outcome::Changes(changes)) => {
            for c in &changes {
                eprintln!("  {OUT}/{} ({:?})", c.path, c.kind);
            }
            eprintln!("{OUT}/: {} file(s) written", changes.len());
            ExitCode::SUCCESS
        }
    }
}
