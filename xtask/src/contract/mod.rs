//! `cargo xtask contract <spec or dir>`: generates each spec's crate and a program that
//! calls every operation against Prism (a third-party mock server that validates every
//! request against the spec), runs it, and reports per operation whether the request was
//! accepted and the response decoded.

mod conform;
mod inputs;
#[cfg(test)]
mod inputs_tests;
mod judge;
mod prism;
mod program;
mod stand_in;
mod synth;
#[cfg(test)]
mod synth_tests;
#[cfg(test)]
mod tests;
mod verdicts;

use generator::files::{self, FileSet, Mode};
use generator::ir::Api;
use generator::{Options, Source};
use prism::{Prism, attach_validation, crash_reason, prism_path};
use program::program;
use stand_in::{set_stand_in_answers, stand_in, stand_in_answers};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use verdicts::{
    RETRY_PASSES, body_without_media_type, merge_retry, no_responses, prism_cannot_answer,
    prism_limitation, proxy_verdict, spec_fault, swagger2_bodies_without_media_type,
    undecodable_response, validated_before_prism_failed,
};

/// Options of a contract run.
pub struct ContractOptions {
    /// A spec file, or a folder of them.
    pub path: PathBuf,
    /// Where to write the per-operation CSV.
    pub csv: Option<PathBuf>,
    /// The `prism` executable; installed with npm when not given and not found.
    pub prism: Option<PathBuf>,
}

/// One operation's verdict.
#[derive(Clone, Debug)]
pub struct OpRow {
    /// The spec, relative to the folder.
    pub spec: String,
    /// The operation id.
    pub operation: String,
    /// `ok`, or what went wrong first: `rejected`, `decode`, `inputs`, `status`,
    /// `transport`, `build`, `generate`, `prism`, `spec`, `crash`.
    pub status: String,
    /// Why, for anything but `ok`; for `ok`, a note when there is one (the spec's
    /// example that broke its schema, so the pass came from the second server).
    pub reason: String,
}

/// Runs the contract check and prints one line per spec; returns every operation's row.
pub fn run(
    root: &Path,
    options: &ContractOptions,
) -> Result<Vec<OpRow>, Box<dyn std::error::Error>> {
    let prism = prism_path(options.prism.as_deref())?;
    let specs = if options.path.is_dir() {
        crate::corpus::specs_under(&options.path)
    } else {
        vec![options.path.clone()]
    };
    if specs.is_empty() {
        return Err(format!("no specs under {}", options.path.display()).into());
    }
    let work = root.join("target/contract");
    let target = work.join("target");
    let mut rows = Vec::new();
    println!(
        "{:<58} {:>5} {:>5} {:>8} {:>6} {:>6} {:>6}",
        "spec", "ops", "ok", "rejected", "decode", "inputs", "other"
    );
    for spec in &specs {
        let rel = spec
            .strip_prefix(&options.path)
            .ok()
            .filter(|r| !r.as_os_str().is_empty())
            .unwrap_or(spec)
            .display()
            .to_string();
        let spec_rows = run_spec(spec, &rel, &work, &target, &prism);
        print_line(&rel, &spec_rows);
        rows.extend(spec_rows);
    }
    let total = rows.len();
    let ok = rows.iter().filter(|r| r.status == "ok").count();
    println!(
        "\n{ok} of {total} operations fully pass ({:.1}%)",
        if total == 0 {
            0.0
        } else {
            100.0 * ok as f64 / total as f64
        }
    );
    if let Some(csv) = &options.csv {
        std::fs::write(csv, to_csv(&rows))?;
        eprintln!("wrote {}", csv.display());
    }
    Ok(rows)
}

pub(crate) fn print_line(rel: &str, rows: &[OpRow]) {
    let count = |s: &str| rows.iter().filter(|r| r.status == s).count();
    let other = rows.len() - count("ok") - count("rejected") - count("decode") - count("inputs");
    println!(
        "{rel:<58} {:>5} {:>5} {:>8} {:>6} {:>6} {:>6}",
        rows.len(),
        count("ok"),
        count("rejected"),
        count("decode"),
        count("inputs"),
        other
    );
}

/// Generates, builds and runs one spec's program against its own Prism.
pub(crate) fn run_spec(
    spec: &Path,
    rel: &str,
    work: &Path,
    target: &Path,
    prism: &Path,
) -> Vec<OpRow> {
    let row = |operation: &str, status: &str, reason: String| OpRow {
        spec: rel.to_string(),
        operation: operation.to_string(),
        status: status.to_string(),
        reason,
    };
    let whole = |status: &str, reason: String| vec![row("*", status, reason)];
    let text = match std::fs::read_to_string(spec) {
        Ok(t) => t,
        Err(e) => return whole("generate", format!("cannot read the spec: {e}")),
    };
    let undeclared_bodies = swagger2_bodies_without_media_type(&text);
    let source = Source {
        name: rel.to_string(),
        text,
    };
    let (api, api_json, files, program) = match generate(&source) {
        Ok(g) => g,
        Err(e) => return whole("generate", e),
    };
    if api.operations.is_empty() {
        // Nothing for a client to call (a 3.1 document of webhooks alone, say), and
        // Prism refuses to start on it: no rows, and the spec's line shows 0 operations.
        return Vec::new();
    }
    let dir = work.join("current");
    let binary = match build(&dir, &files, program, target) {
        Ok(binary) => binary,
        Err(e) => return whole("build", e),
    };
    let log = dir.join("prism.log");
    let (mut calls, stderr_text) = match run_calls(prism, spec, &log, &[], None, &binary, None) {
        Ok(run) => run,
        Err((status, e)) => return whole(status, e),
    };
    let judge =
        |call: &mut serde_json::Value| judge_call(call, &api, &api_json, &undeclared_bodies);
    for call in &mut calls {
        judge(call);
    }
    let run = SpecRun {
        rel,
        spec,
        prism,
        dir: &dir,
        binary: &binary,
    };
    retry(&mut calls, &run, &api, &api_json, &judge);
    let mut rows = op_rows(&calls, &row);
    // An operation the program never reported on: it crashed before reaching it.
    for op in &api.operations {
        if !rows.iter().any(|r| r.operation == op.id) {
            let last = stderr_text
                .lines()
                .last()
                .unwrap_or("no output")
                .to_string();
            rows.push(row(&op.id, "crash", last));
        }
    }
    rows
}

/// One crate name and one folder for every spec: each build replaces the last one's
/// artifacts, so a run over a hundred specs needs the disk of one.
const CRATE: &str = "contract-api";

/// The spec's IR and 3.0 form, the generated crate's files and the contract program's
/// source, or why generation failed.
fn generate(source: &Source) -> Result<(Api, serde_json::Value, FileSet, String), String> {
    let name = CRATE.to_string();
    let lib = name.replace('-', "_");
    let options = Options {
        crate_name: name.clone(),
        crate_version: "0.1.0".into(),
        command: "cargo xtask contract".into(),
        standalone: true,
        dev_dependencies: false,
        skip_unsupported: true,
        features_by_tag: generator::ir::FeaturesByTag::Off,
        tag_grouping: None,
        no_paging_inference: false,
        contract_hints: true,
        overrides: Default::default(),
    };
    // Generation is the corpus run's concern; a panic here is reported, not fatal.
    let generated = std::panic::catch_unwind(|| {
        let first = |d: Vec<generator::diag::Diagnostic>| {
            d.first().map(|d| d.message.clone()).unwrap_or_default()
        };
        // One generation: the crate, and the IR (with its hints) it was emitted from,
        // which the program's inputs are made from.
        let generated =
            generator::generate(source, &options, &Default::default()).map_err(first)?;
        // The document in its OpenAPI 3.0 form, read (not lowered) for what the IR does
        // not hold: the responses as the spec writes them and their examples, which the
        // judging of undecodable responses and the stand-in answers report by pointer.
        // Skipping what the conversion cannot express, as `options.skip_unsupported`
        // makes `generate` do.
        let spec = generator::load::load_any(source, true)
            .map(|l| l.spec)
            .map_err(first)?;
        let json = serde_json::to_value(&spec).map_err(|e| e.to_string())?;
        drop(spec);
        let program = program(&generated.api, &json, &lib)?;
        Ok::<_, String>((generated.api, json, generated.files, program))
    });
    match generated {
        Ok(g) => g,
        Err(_) => Err("the generator panicked".into()),
    }
}

/// Writes the crate and the program under `dir` and builds the program into `target`;
/// returns its executable, or why it did not build.
fn build(dir: &Path, files: &FileSet, program: String, target: &Path) -> Result<PathBuf, String> {
    let name = CRATE;
    let _ = std::fs::remove_dir_all(dir);
    if let Err(e) = files::sync(&dir.join("api"), files, Mode::Write) {
        return Err(format!("cannot write the crate: {e}"));
    }
    let program_dir = dir.join("program");
    let manifest = format!(
        "[package]\nname = \"contract-{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [[bin]]\nname = \"contract\"\npath = \"main.rs\"\n\n\
         [dependencies]\n{name} = {{ path = \"../api\", features = [\"full-serde\"] }}\nserde = \"1\"\nserde_json = \"1\"\n\
         reqwest = {{ version = \"0.13\", default-features = false }}\n\
         time = \"0.3\"\nuuid = \"1\"\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n\n[workspace]\n"
    );
    let written = std::fs::create_dir_all(&program_dir)
        .and_then(|()| std::fs::write(program_dir.join("Cargo.toml"), manifest))
        .and_then(|()| std::fs::write(program_dir.join("main.rs"), program));
    if let Err(e) = written {
        return Err(format!("cannot write the program: {e}"));
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let build = Command::new(&cargo)
        .args(["build", "--quiet", "--manifest-path"])
        .arg(program_dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        // Each crate is built once: incremental state would only fill the disk.
        .env("CARGO_INCREMENTAL", "0")
        .output();
    match build {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let first = stderr
                .lines()
                .find(|l| l.starts_with("error"))
                .unwrap_or("cargo build failed");
            return Err(first.to_string());
        }
        Err(e) => return Err(format!("cannot run cargo: {e}")),
    }
    Ok(target.join("debug").join("contract"))
}

/// Gives a call of the first run or of a retry its verdict, from what the spec and Prism
/// are known to get wrong.
fn judge_call(
    call: &mut serde_json::Value,
    api: &Api,
    api_json: &serde_json::Value,
    undeclared_bodies: &[String],
) {
    prism_limitation(call);
    no_responses(call);
    let pointer = call
        .get("operation")
        .and_then(|o| o.as_str())
        .and_then(|id| api.operations.iter().find(|op| op.id == id))
        .map(|op| op.pointer.as_str());
    if let Some(pointer) = pointer.filter(|p| undeclared_bodies.iter().any(|u| u == p)) {
        body_without_media_type(call, pointer);
    }
    spec_fault(call);
    if let Some(pointer) = pointer {
        undecodable_response(call, api_json, pointer);
        prism_cannot_answer(call, api_json, pointer);
    }
    validated_before_prism_failed(call);
}

/// One spec's built program and the Prism it runs against.
struct SpecRun<'a> {
    rel: &'a str,
    spec: &'a Path,
    prism: &'a Path,
    dir: &'a Path,
    binary: &'a Path,
}

/// Sends again the calls whose verdict says nothing about the client: a response example
/// that breaks its own schema is the spec's fault, and a response Prism's static generator
/// could not make (or made wrong) is Prism's. They go to servers that answer otherwise
/// (see `RETRY_PASSES`) and validate the request again. A pass there is a pass, with the
/// first verdict kept as a note.
fn retry(
    calls: &mut [serde_json::Value],
    run: &SpecRun,
    api: &Api,
    api_json: &serde_json::Value,
    judge: &dyn Fn(&mut serde_json::Value),
) {
    for pass in RETRY_PASSES {
        let retry: Vec<String> = calls
            .iter()
            .filter(|c| pass.takes(c))
            .filter_map(|c| c.get("index").and_then(|i| i.as_u64()))
            .map(|i| i.to_string())
            .collect();
        if retry.is_empty() {
            continue;
        }
        // A log of its own: the first server's stays for whoever reads the run.
        let log = run.dir.join(pass.log);
        let list = retry.join(",");
        if pass.proxy {
            set_stand_in_answers(stand_in_answers(api, api_json));
        }
        let upstream = match pass.proxy.then(stand_in).transpose() {
            Ok(upstream) => upstream,
            Err(e) => {
                eprintln!(
                    "  {}: no stand-in server for {}: {e}",
                    run.rel, pass.answers
                );
                continue;
            }
        };
        let ran = run_calls(
            run.prism,
            run.spec,
            &log,
            pass.flags,
            upstream.as_deref(),
            run.binary,
            Some(&list),
        );
        let batch = match ran {
            Ok((mut batch, _)) => {
                for again in &mut batch {
                    if pass.proxy {
                        proxy_verdict(again);
                    }
                    judge(again);
                }
                batch
            }
            Err((_, e)) => {
                eprintln!(
                    "  {}: the pass against {} did not run: {e}",
                    run.rel, pass.answers
                );
                Vec::new()
            }
        };
        merge_retry(calls, &batch, pass);
    }
}

/// Runs the contract program's calls (all of them, or `only` these indices) against Prism
/// started with `flags` (as a proxy in front of `upstream` when given, else as a mock),
/// each call's result with Prism's verdict on its request attached.
/// Returns the results by index and the program's last stderr, or the row status and
/// reason that stop the whole spec.
///
/// Prism itself crashes on some valid requests: the call that crashed it is recorded as
/// such, and the run goes on from the next call against a fresh server.
pub(crate) fn run_calls(
    prism: &Path,
    spec: &Path,
    log: &Path,
    flags: &[&str],
    upstream: Option<&str>,
    binary: &Path,
    only: Option<&str>,
) -> Result<(Vec<serde_json::Value>, String), (&'static str, String)> {
    let mut calls: Vec<serde_json::Value> = Vec::new();
    let mut first = 0usize;
    loop {
        let mut server =
            Prism::start(prism, spec, log, flags, upstream).map_err(|e| ("prism", e))?;
        let mut program = Command::new(binary);
        program.arg(&server.url).arg(first.to_string());
        if let Some(only) = only {
            program.arg(only);
        }
        let output = program.output();
        let crashed = server.exited();
        server.stop();
        let output = output.map_err(|e| ("build", format!("cannot run the program: {e}")))?;
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        let mut batch: Vec<serde_json::Value> = String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        attach_validation(
            &mut batch,
            &std::fs::read_to_string(log).unwrap_or_default(),
            crashed,
        );
        let is_transport =
            |v: &serde_json::Value| v.get("status").and_then(|s| s.as_str()) == Some("transport");
        let Some(at) = batch.iter().position(is_transport).filter(|_| crashed) else {
            calls.extend(batch);
            return Ok((calls, stderr));
        };
        let mut call = batch[at].clone();
        let index = call.get("index").and_then(|i| i.as_u64()).unwrap_or(0) as usize;
        call["status"] = "prism".into();
        call["reason"] = format!(
            "Prism crashed on this request (a Prism bug): {}",
            crash_reason(log)
        )
        .into();
        batch.truncate(at);
        calls.extend(batch);
        calls.push(call);
        first = index + 1;
    }
}

/// One row per operation from its calls (one per mode): it passes when both modes do,
/// and the row says why when one fails (the first failure) or a pass has a note.
pub(crate) fn op_rows(
    calls: &[serde_json::Value],
    row: &dyn Fn(&str, &str, String) -> OpRow,
) -> Vec<OpRow> {
    let mut verdicts: BTreeMap<String, (usize, OpRow)> = BTreeMap::new();
    for (i, v) in calls.iter().enumerate() {
        let get = |k: &str| text_of(v, k);
        let (op, mode, status, reason) =
            (get("operation"), get("mode"), get("status"), get("reason"));
        let entry = verdicts
            .entry(op.clone())
            .or_insert_with(|| (i, row(&op, "ok", String::new())));
        if status != "ok" && entry.1.status == "ok" {
            entry.1.status = status;
            entry.1.reason = format!("{mode} inputs: {reason}");
        } else if entry.1.status == "ok" && entry.1.reason.is_empty() {
            // A pass with something to say (the spec's example that was not used).
            let note = get("note");
            if !note.is_empty() {
                entry.1.reason = format!("{mode} inputs: {note}");
            }
        }
    }
    let mut rows: Vec<(usize, OpRow)> = verdicts.into_values().collect();
    rows.sort_by_key(|(i, _)| *i);
    rows.into_iter().map(|(_, r)| r).collect()
}

/// A call's string field, empty when absent.
pub(crate) fn text_of(call: &serde_json::Value, key: &str) -> String {
    call.get(key)
        .and_then(|r| r.as_str())
        .unwrap_or_default()
        .to_string()
}

pub(crate) fn to_csv(rows: &[OpRow]) -> String {
    let field = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\"").replace('\n', " "))
        } else {
            s.to_string()
        }
    };
    let mut out = String::from("spec,operation,status,reason\n");
    for r in rows {
        out.push_str(&format!(
            "{},{},{},{}\n",
            field(&r.spec),
            field(&r.operation),
            field(&r.status),
            field(&r.reason)
        ));
    }
    out
}
