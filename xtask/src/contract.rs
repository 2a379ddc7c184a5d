//! `cargo xtask contract <spec or dir>`: generates each spec's crate and a program that
//! calls every operation against Prism (a third-party mock server that validates every
//! request against the spec), runs it, and reports per operation whether the request was
//! accepted and the response decoded.

use generator::contract::StandInAnswer;
use generator::files::{self, Mode};
use generator::{Options, Source};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

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

fn print_line(rel: &str, rows: &[OpRow]) {
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
fn run_spec(spec: &Path, rel: &str, work: &Path, target: &Path, prism: &Path) -> Vec<OpRow> {
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
    // One crate name and one folder for every spec: each build replaces the last one's
    // artifacts, so a run over a hundred specs needs the disk of one.
    let name = "contract-api".to_string();
    let lib = name.replace('-', "_");
    let options = Options {
        crate_name: name.clone(),
        crate_version: "0.1.0".into(),
        command: "cargo xtask contract".into(),
        standalone: true,
        dev_dependencies: false,
        skip_unsupported: true,
        features_by_tag: false,
    };
    // Generation is the corpus run's concern; a panic here is reported, not fatal.
    let generated = std::panic::catch_unwind(|| {
        // Skipping what the conversion cannot express, as `options.skip_unsupported`
        // makes `generate` do, so the program is written for the crate that is built.
        let api = generator::load::load_any(&source, true)
            .map(|l| l.spec)
            .map_err(|d| d.first().map(|d| d.message.clone()).unwrap_or_default())
            .and_then(|spec| {
                let lowered = generator::lower::lower(&spec, true)
                    .map_err(|d| d.first().map(|d| d.message.clone()).unwrap_or_default())?;
                let json = serde_json::to_value(&spec).map_err(|e| e.to_string())?;
                Ok((lowered.api, json))
            })?;
        let files = generator::generate(&source, &options)
            .map_err(|d| d.first().map(|d| d.message.clone()).unwrap_or_default())?;
        let program = generator::contract::program(&api.0, &api.1, &lib)?;
        Ok::<_, String>((api.0, api.1, files.files, program))
    });
    let (api, api_json, files, program) = match generated {
        Ok(Ok(g)) => g,
        Ok(Err(e)) => return whole("generate", e),
        Err(_) => return whole("generate", "the generator panicked".into()),
    };
    if api.operations.is_empty() {
        // Nothing for a client to call (a 3.1 document of webhooks alone, say), and
        // Prism refuses to start on it: no rows, and the spec's line shows 0 operations.
        return Vec::new();
    }
    let dir = work.join("current");
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = files::sync(&dir.join("api"), &files, Mode::Write) {
        return whole("build", format!("cannot write the crate: {e}"));
    }
    let program_dir = dir.join("program");
    let manifest = format!(
        "[package]\nname = \"contract-{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [[bin]]\nname = \"contract\"\npath = \"main.rs\"\n\n\
         [dependencies]\n{name} = {{ path = \"../api\", features = [\"full-serde\"] }}\nserde = \"1\"\nserde_json = \"1\"\n\
         reqwest = {{ version = \"0.13\", default-features = false }}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n\n[workspace]\n"
    );
    let written = std::fs::create_dir_all(&program_dir)
        .and_then(|()| std::fs::write(program_dir.join("Cargo.toml"), manifest))
        .and_then(|()| std::fs::write(program_dir.join("main.rs"), program));
    if let Err(e) = written {
        return whole("build", format!("cannot write the program: {e}"));
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
            return whole("build", first.to_string());
        }
        Err(e) => return whole("build", format!("cannot run cargo: {e}")),
    }
    let binary = target.join("debug").join("contract");
    let log = dir.join("prism.log");
    let (mut calls, stderr_text) = match run_calls(prism, spec, &log, &[], None, &binary, None) {
        Ok(run) => run,
        Err((status, e)) => return whole(status, e),
    };
    let judge = |call: &mut serde_json::Value| {
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
            undecodable_response(call, &api_json, pointer);
            prism_cannot_answer(call, &api_json, pointer);
        }
        validated_before_prism_failed(call);
    };
    for call in &mut calls {
        judge(call);
    }
    // A response example that breaks its own schema is the spec's fault, and a response
    // Prism's static generator could not make (or made wrong) is Prism's: either way it
    // says nothing about the client. Those calls go again to servers that answer
    // otherwise (see `RETRY_PASSES`) and validate the request again. A pass there is a
    // pass, with the first verdict kept as a note.
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
        let log = dir.join(pass.log);
        let list = retry.join(",");
        if pass.proxy {
            set_stand_in_answers(generator::contract::stand_in_answers(&api, &api_json));
        }
        let upstream = match pass.proxy.then(stand_in).transpose() {
            Ok(upstream) => upstream,
            Err(e) => {
                eprintln!("  {rel}: no stand-in server for {}: {e}", pass.answers);
                continue;
            }
        };
        let ran = run_calls(
            prism,
            spec,
            &log,
            pass.flags,
            upstream.as_deref(),
            &binary,
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
                    "  {rel}: the pass against {} did not run: {e}",
                    pass.answers
                );
                Vec::new()
            }
        };
        merge_retry(&mut calls, &batch, pass);
    }
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

/// Runs the contract program's calls (all of them, or `only` these indices) against Prism
/// started with `flags` (as a proxy in front of `upstream` when given, else as a mock),
/// each call's result with Prism's verdict on its request attached.
/// Returns the results by index and the program's last stderr, or the row status and
/// reason that stop the whole spec.
///
/// Prism itself crashes on some valid requests: the call that crashed it is recorded as
/// such, and the run goes on from the next call against a fresh server.
fn run_calls(
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

/// A run of the calls marked `RETRY` (their responses said nothing about the client)
/// against a Prism that answers otherwise.
struct RetryPass {
    /// The `RETRY` kinds it sends again.
    kinds: &'static [&'static str],
    flags: &'static [&'static str],
    log: &'static str,
    /// What answered, for the CSV.
    answers: &'static str,
    /// Prism runs as a validating proxy in front of the stand-in server (`stand_in`),
    /// not as a mock.
    proxy: bool,
}

impl RetryPass {
    /// The call still fails for a reason this pass may remove.
    fn takes(&self, call: &serde_json::Value) -> bool {
        self.kinds.contains(&text_of(call, RETRY).as_str()) && text_of(call, "status") != "ok"
    }
}

/// In order: the second pass answers from the schemas, but still with the examples that
/// schemas themselves carry (`example` beside `type`), which can break the schema too
/// (GitHub's `meta/get`). The third generates every value from the schemas with
/// json-schema-faker (seeded, so that a run is repeatable), which has no budget to give
/// up on (static generation's SCHEMA_TOO_COMPLEX); it takes what is left of both kinds.
/// The last puts Prism's proxy in front of the stand-in (`stand_in`), for what no mock
/// answer can check: operations without declared responses, `*/*` objects, and what both
/// generators failed on.
const RETRY_PASSES: &[RetryPass] = &[
    RetryPass {
        kinds: &[EXAMPLE_FAULT],
        flags: &["--ignoreExamples"],
        log: "prism-ignore-examples.log",
        answers: "Prism answering from the schemas (--ignoreExamples)",
        proxy: false,
    },
    RetryPass {
        kinds: &[EXAMPLE_FAULT, GENERATOR_FAULT],
        flags: &["--dynamic", "--seed", "contract"],
        log: "prism-dynamic.log",
        answers: "Prism generating every value from the schemas (--dynamic, seeded)",
        proxy: false,
    },
    RetryPass {
        kinds: &[UNDECLARED, UNANSWERABLE, GENERATOR_FAULT],
        flags: &[],
        log: "prism-proxy.log",
        answers: "Prism validating as a proxy in front of a stand-in server that answers \
                  with a value of the response's schema",
        proxy: true,
    },
];

/// Folds a retry pass into the calls: a call that passes there passes, with the spec's
/// fault as its note; one that fails there, or that the pass never reached, keeps its
/// first verdict, which says so (and stays a candidate for the next pass).
fn merge_retry(calls: &mut [serde_json::Value], batch: &[serde_json::Value], pass: &RetryPass) {
    for call in calls.iter_mut().filter(|c| pass.takes(c)) {
        let Some(index) = call.get("index").and_then(|i| i.as_u64()) else {
            continue;
        };
        let again = batch
            .iter()
            .find(|a| a.get("index").and_then(|i| i.as_u64()) == Some(index));
        // The first pass's verdict, without what earlier retries added to it.
        if call.get("first_reason").is_none() {
            call["first_reason"] = text_of(call, "reason").into();
        }
        let fault = text_of(call, "first_reason");
        let answers = pass.answers;
        match again {
            Some(again) if text_of(again, "status") == "ok" => {
                call["status"] = "ok".into();
                call["note"] = format!(
                    "{fault}; against {answers}, the request passed and the response decoded"
                )
                .into();
            }
            Some(again) => {
                call["reason"] = format!(
                    "{} (against {answers}: {}: {})",
                    text_of(call, "reason"),
                    text_of(again, "status"),
                    text_of(again, "reason")
                )
                .into();
            }
            None => {
                call["reason"] = format!(
                    "{} (the pass against {answers} did not reach it)",
                    text_of(call, "reason")
                )
                .into();
            }
        }
    }
}

/// A call through Prism's proxy: an invalid request is forwarded all the same, and the
/// stand-in's answer decodes, so Prism's log is the verdict on the request, and on the
/// answer (which must meet the spec for its decoding to count).
fn proxy_verdict(call: &mut serde_json::Value) {
    if text_of(call, "status") != "ok" {
        return;
    }
    match call.get("prism_validation").and_then(|v| v.as_str()) {
        Some("passed") => {
            // An operation without declared responses has no status to match the answer to.
            let undeclared = call.get("no_responses").and_then(|n| n.as_bool()) == Some(true);
            let response = text_of(call, "prism_response");
            let broken: Vec<&str> = response
                .split("; ")
                .filter(|v| !v.is_empty())
                .filter(|v| !(undeclared && v.contains("Unable to match the returned status code")))
                .collect();
            if !broken.is_empty() {
                call["status"] = "stand-in".into();
                call["reason"] = format!(
                    "the request passed Prism's validation, but Prism found the stand-in's \
                     answer breaks the spec, so its decoding proves nothing: {}",
                    broken.join("; ")
                )
                .into();
            }
        }
        Some(errors) => {
            call["reason"] =
                format!("Prism's log: the request did not pass its validation: {errors}").into();
            call["status"] = "rejected".into();
        }
        None => {
            call["status"] = "prism".into();
            call["reason"] =
                "Prism's log does not say whether it validated the request it forwarded".into();
        }
    }
}

/// What the stand-in answers, per operation, for the spec being checked.
static STAND_IN_ANSWERS: Mutex<Vec<StandInAnswer>> = Mutex::new(Vec::new());

fn set_stand_in_answers(answers: Vec<StandInAnswer>) {
    match STAND_IN_ANSWERS.lock() {
        Ok(mut held) => *held = answers,
        Err(poisoned) => *poisoned.into_inner() = answers,
    }
}

/// The URL of a stand-in for the API behind Prism's proxy, started once per run. It
/// answers each request as `set_stand_in_answers` last said for the operation whose method
/// and path template match it (the template with the most fixed segments first), and a
/// request it has no answer for with 501 Not Implemented, which no client takes as success.
fn stand_in() -> Result<String, String> {
    static URL: OnceLock<Result<String, String>> = OnceLock::new();
    URL.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || answer(stream));
            }
        });
        Ok(format!("http://127.0.0.1:{port}"))
    })
    .clone()
}

/// The answer for a request line's method and path (query left off).
fn route(method: &str, target: &str) -> Option<StandInAnswer> {
    let path = target.split('?').next().unwrap_or("");
    let segments: Vec<String> = path.split('/').map(percent_decoded).collect();
    let answers = STAND_IN_ANSWERS.lock().ok()?;
    answers
        .iter()
        .filter(|a| a.method.eq_ignore_ascii_case(method))
        .filter_map(|a| {
            // A template may carry a fragment to tell operations apart (`/cookies#form`),
            // which the client sends percent-encoded, as part of the path.
            let template: Vec<&str> = a.path.split('/').collect();
            if template.len() != segments.len() {
                return None;
            }
            let mut fixed = 0;
            for (t, s) in template.iter().zip(&segments) {
                if t.contains('{') {
                    if s.is_empty() {
                        return None;
                    }
                } else if *t == s.as_str() {
                    fixed += 1;
                } else {
                    return None;
                }
            }
            Some((fixed, a))
        })
        .max_by_key(|(fixed, _)| *fixed)
        .map(|(_, a)| a.clone())
}

/// A path segment with its `%XX` escapes decoded.
fn percent_decoded(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (byte, hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads one request (its head, then a `Content-Length` or chunked body, so that closing
/// does not reset a connection with unread bytes), answers it, and closes the connection.
fn answer(mut stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut seen = Vec::new();
    let mut buf = [0u8; 8192];
    let complete = |seen: &[u8]| -> bool {
        let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") else {
            return false;
        };
        let head = String::from_utf8_lossy(&seen[..end]).to_ascii_lowercase();
        let body = &seen[end + 4..];
        if head.contains("transfer-encoding: chunked") {
            return body.ends_with(b"0\r\n\r\n");
        }
        let length = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|n| n.trim().parse::<usize>().ok())
            .unwrap_or(0);
        body.len() >= length
    };
    while !complete(&seen) {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => seen.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&seen);
    let mut line = head.lines().next().unwrap_or("").split_whitespace();
    let (method, target) = (line.next().unwrap_or(""), line.next().unwrap_or(""));
    let response = match route(method, target) {
        Some(a) => {
            let media = a
                .content_type
                .map(|m| format!("Content-Type: {m}\r\n"))
                .unwrap_or_default();
            format!(
                "HTTP/1.1 {} Stand-in\r\n{media}Content-Length: {}\r\nConnection: close\r\n\r\n{}",
                a.status,
                a.body.len(),
                a.body
            )
        }
        None => {
            let why = "the stand-in has no answer for this operation";
            format!(
                "HTTP/1.1 501 Not Implemented\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{why}",
                why.len()
            )
        }
    };
    let _ = stream.write_all(response.as_bytes());
}

/// One row per operation from its calls (one per mode): it passes when both modes do,
/// and the row says why when one fails (the first failure) or a pass has a note.
fn op_rows(calls: &[serde_json::Value], row: &dyn Fn(&str, &str, String) -> OpRow) -> Vec<OpRow> {
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

/// A Prism server (a mock, or a proxy) on a free port, stopped on drop.
struct Prism {
    child: Option<Child>,
    url: String,
}

impl Prism {
    fn start(
        prism: &Path,
        spec: &Path,
        log: &Path,
        extra: &[&str],
        upstream: Option<&str>,
    ) -> Result<Prism, String> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port();
        let file = std::fs::File::create(log)
            .map_err(|e| format!("cannot write {}: {e}", log.display()))?;
        let err = file.try_clone().map_err(|e| e.to_string())?;
        let child = Command::new(prism)
            .arg(if upstream.is_some() { "proxy" } else { "mock" })
            .args(["-h", "127.0.0.1", "-p", &port.to_string()])
            .args(extra)
            .arg(spec)
            .args(upstream)
            .stdout(Stdio::from(file))
            .stderr(Stdio::from(err))
            .spawn()
            .map_err(|e| format!("cannot start prism: {e}"))?;
        let mut server = Prism {
            child: Some(child),
            url: format!("http://127.0.0.1:{port}"),
        };
        let started = Instant::now();
        loop {
            let text = std::fs::read_to_string(log).unwrap_or_default();
            if text.contains("Prism is listening") {
                return Ok(server);
            }
            if server.exited() {
                let last = text
                    .lines()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("");
                return Err(format!("prism did not start: {last}"));
            }
            if started.elapsed() > Duration::from_secs(120) {
                server.stop();
                return Err("prism did not start within 120 s".into());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Whether the server has died.
    fn exited(&mut self) -> bool {
        match self.child.as_mut() {
            Some(child) => child.try_wait().ok().flatten().is_some(),
            None => true,
        }
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Known limitations of Prism 5 that refuse valid requests: a refusal whose every
/// complaint is one of them is reported as `prism`, with the reason, not as `rejected`.
const PRISM_LIMITATIONS: &[(&str, &str, &str)] = &[
    (
        "",
        "Request header must have required property 'content-type'",
        "Prism enforces a header parameter named Content-Type, which OpenAPI says SHALL be \
         ignored; the client sends the media type of the body it sends, and no Content-Type \
         with no body",
    ),
    (
        "multipart/form-data",
        "Reserved characters used in request body",
        "Prism applies `allowReserved` to multipart parts, which OpenAPI 3.0 limits to \
         application/x-www-form-urlencoded bodies",
    ),
    (
        "",
        "Body parameter is required",
        "Prism requires a request body the spec marks optional (`required` is not set)",
    ),
    (
        "multipart/form-data",
        "must be array",
        "without an `encoding` style, Prism reads an array property of a multipart body as \
         one value whatever is sent (repeated parts, as OpenAPI 3.0 says, a JSON array or a \
         comma list)",
    ),
    (
        "application/x-www-form-urlencoded",
        "must be array",
        "without an `encoding` style, Prism reads an array property of a form body only in \
         PHP's bracket form (`exec[]=a&exec[]=b`), not as the repeated `exec=a&exec=b` that \
         OpenAPI 3.0's default (style form, explode true) sends",
    ),
    (
        "multipart/form-data",
        "must be object",
        "Prism does not parse the application/json part OpenAPI 3.0 sends an object \
         property of a multipart body as",
    ),
];

/// The pointers (`#/paths/~1pets/post`) of a Swagger 2.0 spec's operations that take a
/// body parameter while neither they nor the document declare `consumes`: their body has
/// no media type (the generator sends JSON, the common reading).
fn swagger2_bodies_without_media_type(text: &str) -> Vec<String> {
    let Ok(doc) = serde_yaml::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    if doc.get("swagger").is_none() || doc.get("consumes").is_some() {
        return Vec::new();
    }
    let escape = |s: &str| s.replace('~', "~0").replace('/', "~1");
    let is_body = |p: &serde_json::Value| {
        let p = match p.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap_or(p),
            None => p,
        };
        p.get("in").and_then(|i| i.as_str()) == Some("body")
    };
    let mut out = Vec::new();
    let paths = doc.get("paths").and_then(|p| p.as_object());
    for (path, item) in paths.into_iter().flatten() {
        let shared = item.get("parameters").and_then(|p| p.as_array());
        for method in ["get", "put", "post", "delete", "options", "head", "patch"] {
            let Some(op) = item.get(method) else { continue };
            let own = op.get("parameters").and_then(|p| p.as_array());
            let body = own.into_iter().chain(shared).flatten().any(is_body);
            if body && op.get("consumes").is_none() {
                out.push(format!("#/paths/{}/{method}", escape(path)));
            }
        }
    }
    out
}

/// A request Prism refused for its media type, of an operation whose Swagger 2.0 spec
/// gives its body none: the spec's fault.
fn body_without_media_type(call: &mut serde_json::Value, pointer: &str) {
    let reason = text_of(call, "reason");
    let refused =
        reason.contains("No supported content types") || reason.contains("INVALID_CONTENT_TYPE");
    if call.get("status").and_then(|s| s.as_str()) != Some("rejected") || !refused {
        return;
    }
    call["status"] = "spec".into();
    call["reason"] = format!(
        "the Swagger 2.0 operation {pointer} has a body parameter but neither it nor the \
         document declares `consumes`, so its body has no media type and Prism refuses any \
         body (then: rejected: {reason})"
    )
    .into();
}

/// An operation whose spec declares no responses (OpenAPI 3.1 makes `responses`
/// optional): Prism validates the request first and answers an invalid one with 422, so
/// its `NO_RESPONSE_RESPONSE_DEFINED` means the request passed, but it mocks declared
/// responses only, so there is no response to decode (prism-http's
/// `negotiateOptionsForUnspecifiedCode`).
fn no_responses(call: &mut serde_json::Value) {
    let rejected = call.get("status").and_then(|s| s.as_str()) == Some("rejected");
    let undeclared = call.get("no_responses").and_then(|n| n.as_bool()) == Some(true);
    let reason = text_of(call, "reason");
    if rejected && undeclared && reason.contains("NO_RESPONSE_RESPONSE_DEFINED") {
        call["status"] = "prism".into();
        call["reason"] = format!(
            "{reason}(a Prism limitation: the request passed Prism's validation, but the spec \
             declares no responses, which OpenAPI 3.1 allows, and Prism can only answer with \
             a declared one, so there is no response to decode)"
        )
        .into();
        call[RETRY] = UNDECLARED.into();
    }
}

/// A response the client could not decode that does not match the spec's own schema for
/// it: the spec's fault when it is one of the spec's examples, else Prism's, whose
/// generated data breaks the schema (json-schema-faker ends a recursive schema with `{}`,
/// leaving out required properties).
fn undecodable_response(call: &mut serde_json::Value, spec: &serde_json::Value, pointer: &str) {
    if call.get("status").and_then(|s| s.as_str()) != Some("decode") {
        return;
    }
    let Some(response) = call.get("response").and_then(|r| r.as_array()) else {
        return;
    };
    let status = response.first().and_then(|s| s.as_u64()).unwrap_or(0) as u16;
    let text = |i: usize| response.get(i).and_then(|t| t.as_str()).unwrap_or("");
    let Some(verdict) =
        generator::contract::judge_response(spec, pointer, status, text(1), text(2))
    else {
        return;
    };
    let reason = text_of(call, "reason");
    if let (None, Some(schema)) = (&verdict.violation, &verdict.typeless_object) {
        call["status"] = "spec".into();
        call["reason"] = format!(
            "the spec's schema {schema} has properties but no `type`, so `null`, which Prism \
             sent, is valid for it, while the typed client reads it as the object it \
             describes (the spec should say `type: object`) (then: decode: {reason})"
        )
        .into();
        return;
    }
    let Some(violation) = verdict.violation else {
        return;
    };
    let (status, why) = match verdict.example {
        Some(example) => (
            "spec",
            format!(
                "the spec's example {example} does not match its own response schema \
                 (at {violation})"
            ),
        ),
        None => (
            "prism",
            format!(
                "the {status} response Prism generated does not match the spec's schema for it, \
                 at {violation} (a Prism limitation: its data generator does not keep every \
                 constraint, and ends a recursive schema with `{{}}`)"
            ),
        ),
    };
    call["status"] = status.into();
    call["reason"] = format!("{why} (then: decode: {reason})").into();
    call[RETRY] = if status == "spec" {
        EXAMPLE_FAULT
    } else {
        GENERATOR_FAULT
    }
    .into();
}

/// Marks a call whose response said nothing about the client, so that a retry pass
/// (`RETRY_PASSES`) sends it again; the value says why.
const RETRY: &str = "retry";

/// The response was one of the spec's examples, and it breaks the spec's schema.
const EXAMPLE_FAULT: &str = "example";

/// Prism's static data generator made no response, or one that breaks the schema.
const GENERATOR_FAULT: &str = "generator";

/// The spec declares no responses, so Prism's mock has none to answer with.
const UNDECLARED: &str = "undeclared";

/// Prism's mock cannot write the declared response (an object under `*/*`).
const UNANSWERABLE: &str = "unanswerable";

/// How the program's `spec_notes` say that the success response's example breaks its schema.
const RESPONSE_EXAMPLE_NOTE: &str = "response example does not match its own schema";

/// Prism's 500s that say it could not build a response at all.
/// - `NO_COMPLEX_OBJECT_TEXT`: a response the spec declares as `*/*` is served as
///   `text/plain` (prism-http's negotiator maps `*/*` to it), and an object cannot be
///   text; `Accept: application/json` gets 406, as no content is keyed by it. With no
///   `*/*` content, the spec itself declares an object schema for a text media type.
/// - `SCHEMA_TOO_COMPLEX`: the static generator (json-schema-sampler, on a budget of
///   2,500 steps) gives up on the response schema; such calls go to the dynamic pass.
fn prism_cannot_answer(call: &mut serde_json::Value, spec: &serde_json::Value, pointer: &str) {
    let text = |k: &str| {
        call.get(k)
            .and_then(|r| r.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let (status, reason) = (text("status"), text("reason"));
    // A documented error status that is Prism's own failure to answer (its 500 with a
    // problem body) does not decode as the spec's error body either.
    if status != "rejected" && status != "decode" {
        return;
    }
    let responses = spec
        .pointer(pointer.trim_start_matches('#'))
        .and_then(|op| op.get("responses"))
        .and_then(|r| r.as_object());
    let any_media = responses.into_iter().flatten().any(|(_, r)| {
        let r = match r.get("$ref").and_then(|x| x.as_str()) {
            Some(x) => spec.pointer(x.trim_start_matches('#')).unwrap_or(r),
            None => r,
        };
        r.get("content").and_then(|c| c.get("*/*")).is_some()
    });
    let (new_status, why) = if reason.contains("NO_COMPLEX_OBJECT_TEXT") {
        if any_media {
            (
                "prism",
                "a Prism limitation: it serves a response declared as `*/*` as text/plain \
                 and cannot write the object schema as text (NO_COMPLEX_OBJECT_TEXT), while \
                 Accept: application/json gets 406 since no content is keyed by it",
            )
        } else {
            (
                "spec",
                "the spec declares an object schema for a text response media type, which \
                 Prism cannot serialise (NO_COMPLEX_OBJECT_TEXT)",
            )
        }
    } else if reason.contains("SCHEMA_TOO_COMPLEX") {
        (
            "prism",
            "a Prism limitation: its static data generator gives up on the response schema \
             (SCHEMA_TOO_COMPLEX), so Prism returns no mocked response for this operation",
        )
    } else {
        return;
    };
    call["status"] = new_status.into();
    call["reason"] = format!("{reason}({why} at {pointer})").into();
    // The dynamic generator has no such budget; a `*/*` object goes to the stand-in.
    if reason.contains("SCHEMA_TOO_COMPLEX") {
        call[RETRY] = GENERATOR_FAULT.into();
    } else if new_status == "prism" {
        call[RETRY] = UNANSWERABLE.into();
    }
}

/// A failed call of an operation the spec itself makes impossible to pass (see
/// `generator::contract`): reported as `spec`, with the spec's fault and what happened.
fn spec_fault(call: &mut serde_json::Value) {
    let get = |k: &str| {
        call.get(k)
            .and_then(|s| s.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let (status, notes, reason) = (get("status"), get("spec_notes"), get("reason"));
    if status == "ok" || status == "prism" || status == "spec" || notes.is_empty() {
        return;
    }
    call["status"] = "spec".into();
    call["reason"] = format!("{notes} (then: {status}: {reason})").into();
    // The response did not decode, and the spec says why: its example breaks its schema.
    if status == "decode" && notes.contains(RESPONSE_EXAMPLE_NOTE) {
        call[RETRY] = EXAMPLE_FAULT.into();
    }
}

fn prism_limitation(call: &mut serde_json::Value) {
    let get = |k: &str| {
        call.get(k)
            .and_then(|s| s.as_str())
            .unwrap_or_default()
            .to_string()
    };
    if get("status") != "rejected" {
        return;
    }
    let (media, reason) = (get("body"), get("reason"));
    // Prism's own 422: the complaints follow the title, separated by `; `. A status the
    // spec declares: the `sl-violations` JSON, whose request complaints count.
    let complaints: Vec<String> = match reason.split_once("Invalid request ") {
        Some((_, list)) => list.split("; ").map(str::to_string).collect(),
        None => {
            let json = reason.split_once(": ").map_or("", |(_, j)| j);
            let Ok(serde_json::Value::Array(items)) = serde_json::from_str(json) else {
                return;
            };
            items
                .iter()
                .filter(|i| i["location"][0] != "response")
                .map(|i| i["message"].as_str().unwrap_or_default().to_string())
                .collect()
        }
    };
    // A property Prism read as text fails its anyOf/oneOf too: that follows from the
    // "must be object" complaint about the same property, not from the value.
    let property = |c: &str| {
        c.split_once("property ")
            .and_then(|(_, rest)| rest.split_once(" must"))
            .map(|(name, _)| name.to_string())
    };
    let unparsed: Vec<String> = complaints
        .iter()
        .filter(|c| c.contains("must be object"))
        .filter_map(|c| property(c))
        .collect();
    let complaints: Vec<String> = complaints
        .iter()
        .filter(|c| {
            let follows = c.contains("must match a schema in anyOf")
                || c.contains("must match exactly one schema in oneOf");
            !(follows
                && media.starts_with("multipart/form-data")
                && property(c).is_some_and(|p| unparsed.contains(&p)))
        })
        .cloned()
        .collect();
    let mut why = Vec::new();
    for complaint in &complaints {
        match PRISM_LIMITATIONS
            .iter()
            .find(|(m, text, _)| media.starts_with(m) && complaint.contains(text))
        {
            Some((_, _, explanation)) => why.push(*explanation),
            None => return,
        }
    }
    why.dedup();
    call["status"] = "prism".into();
    call["reason"] = format!("{reason} (a Prism limitation: {})", why.join("; ")).into();
}

/// One request's block of Prism's log.
struct LogBlock {
    /// The request's method, upper case.
    method: String,
    /// Whether the request passed (`Ok`) or not (`Err` with the validator's errors);
    /// `None` when the log said neither (Prism crashed first).
    verdict: Option<Result<(), String>>,
    /// The validator's `Violation: response ...` lines: as a proxy, Prism checks the
    /// upstream's answer too.
    response: Vec<String>,
}

/// Prism's log, one block per request, opened by `Request received`.
///
/// As a proxy, Prism forwards every request and says nothing when one passes: a request
/// it forwarded passed unless a `Violation: request` follows.
fn log_verdicts(log: &str) -> Vec<LogBlock> {
    let mut blocks: Vec<LogBlock> = Vec::new();
    let mut forwarded = false;
    for line in log.lines() {
        if let Some(head) = line
            .split_once("[HTTP SERVER] ")
            .map(|(_, rest)| rest)
            .filter(|_| line.contains("Request received"))
        {
            let method = head
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            blocks.push(LogBlock {
                method,
                verdict: None,
                response: Vec::new(),
            });
            forwarded = false;
        } else if let Some(block) = blocks.last_mut() {
            let verdict = &mut block.verdict;
            let error = line
                .split_once("[VALIDATOR] ✖  error")
                .map(|(_, e)| e.trim());
            let violation = error.and_then(|e| e.strip_prefix("Violation: "));
            let mut fail = |error: &str| {
                *verdict = Some(match verdict.take() {
                    Some(Err(e)) => Err(format!("{e}; {error}")),
                    _ => Err(error.to_string()),
                });
            };
            if line.contains("[VALIDATOR] ✔") && line.contains("passed the validation rules") {
                *verdict = Some(Ok(()));
            } else if line.contains("[PROXY]") && line.contains("Received forward response") {
                forwarded = true;
                verdict.get_or_insert(Ok(()));
            } else if let Some(v) = violation {
                if v.starts_with("response") {
                    block.response.push(v.to_string());
                } else if forwarded && v.starts_with("request") {
                    fail(v);
                }
            } else if let Some(error) = error {
                fail(error);
            }
        }
    }
    blocks
}

/// Marks each call of a batch with Prism's verdict on its request, as its log gives it
/// (`prism_validation`: `passed` or the validator's errors). Calls the client refused,
/// or whose inputs could not be made, sent nothing, nor did those after one Prism crashed
/// on; the others sent one request each, in order. When the counts or methods do not
/// line up, nothing is marked.
fn attach_validation(batch: &mut [serde_json::Value], log: &str, crashed: bool) {
    let blocks = log_verdicts(log);
    let status =
        |c: &serde_json::Value| c.get("status").and_then(|s| s.as_str()).map(str::to_owned);
    // When Prism crashed, the first transport failure is the call it crashed on, and
    // later calls reached no one. Otherwise a transport failure reached Prism (a response
    // the connection lost, say).
    let reached = batch
        .iter()
        .position(|c| crashed && status(c).as_deref() == Some("transport"))
        .map_or(batch.len(), |at| at + 1);
    let sent: Vec<usize> = (0..reached)
        // The program reports `inputs` or `spec` for calls whose inputs could not be made.
        .filter(|&i| !matches!(status(&batch[i]).as_deref(), Some("inputs" | "spec")))
        .collect();
    if sent.len() != blocks.len() {
        return;
    }
    let methods_agree = sent.iter().zip(&blocks).all(|(&i, block)| {
        batch[i].get("method").and_then(|m| m.as_str()) == Some(block.method.as_str())
    });
    if !methods_agree {
        return;
    }
    for (&i, block) in sent.iter().zip(blocks) {
        if !block.response.is_empty() {
            batch[i]["prism_response"] = block.response.join("; ").into();
        }
        match block.verdict {
            Some(Ok(())) => batch[i]["prism_validation"] = "passed".into(),
            Some(Err(e)) => batch[i]["prism_validation"] = e.into(),
            None => {}
        }
    }
}

/// A call's string field, empty when absent.
fn text_of(call: &serde_json::Value, key: &str) -> String {
    call.get(key)
        .and_then(|r| r.as_str())
        .unwrap_or_default()
        .to_string()
}

/// A call put down to a Prism limitation (no response it could build, a crash, a
/// generated response that breaks the schema) is one whose request Prism judged first:
/// if its log says the request failed validation, the call was rejected after all, and
/// says so; if it passed, the reason says that too.
fn validated_before_prism_failed(call: &mut serde_json::Value) {
    if call.get("status").and_then(|s| s.as_str()) != Some("prism") {
        return;
    }
    let reason = text_of(call, "reason");
    // A 4xx is Prism's rejection itself, already judged (as a Prism limitation) by the
    // rules above; the log only repeats it.
    let code = reason.get(..3).unwrap_or_default();
    if code.starts_with('4') && code.bytes().all(|b| b.is_ascii_digit()) {
        return;
    }
    match call.get("prism_validation").and_then(|v| v.as_str()) {
        Some("passed") => {
            call["reason"] =
                format!("{reason} [Prism's log: the request passed its validation]").into();
        }
        Some(errors) => {
            let errors = errors.to_string();
            call["status"] = "rejected".into();
            call["reason"] = format!(
                "Prism's log: the request did not pass its validation: {errors} (then: prism: {reason})"
            )
            .into();
        }
        None => {}
    }
}

/// The error line Node printed when Prism crashed, with the Prism file it came from.
fn crash_reason(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let error = text
        .lines()
        .find(|l| l.contains("Error:"))
        .unwrap_or("no error message")
        .trim();
    let place = text
        .lines()
        .find(|l| l.trim_start().starts_with("at ") && l.contains("prism"))
        .and_then(|l| l.split("node_modules/").nth(1))
        .map(|p| p.trim_end_matches(')').to_string())
        .unwrap_or_default();
    format!("{error} ({place})")
}

impl Drop for Prism {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The given `prism`, the one `.ci/run` installs, or a fresh npm install of it there.
fn prism_path(given: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(p) = given {
        return Ok(p.to_path_buf());
    }
    let dir = std::env::var_os("TMPDIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp"))
        .join("prism-cli");
    let bin = dir.join("node_modules/.bin/prism");
    if bin.exists() {
        return Ok(bin);
    }
    eprintln!("installing Prism with npm into {}...", dir.display());
    let status = Command::new("npm")
        .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
        .arg(&dir)
        .arg("@stoplight/prism-cli@5")
        .status()
        .map_err(|e| format!("cannot run npm (Node.js is needed for Prism): {e}"))?;
    if !status.success() || !bin.exists() {
        return Err("npm could not install @stoplight/prism-cli@5".into());
    }
    Ok(bin)
}

fn to_csv(rows: &[OpRow]) -> String {
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

#[cfg(test)]
mod tests {
    use super::{
        EXAMPLE_FAULT, GENERATOR_FAULT, OpRow, RETRY, RETRY_PASSES, attach_validation, merge_retry,
        op_rows, prism_cannot_answer, prism_limitation, proxy_verdict, route, set_stand_in_answers,
        spec_fault, stand_in, text_of, validated_before_prism_failed,
    };
    use generator::contract::StandInAnswer;
    use serde_json::json;

    // Prism 5's log of a rejected request, then of one that passed and whose response it
    // could not write (as `prism mock` prints them to a file).
    const LOG: &str = "\
[6:27:26 PM] › [CLI] ▶  start     Prism is listening on http://127.0.0.1:4055
[6:27:37 PM] › [HTTP SERVER] delete /v1/ha/tags ℹ  info      Request received
[6:27:37 PM] ›     [NEGOTIATOR] ℹ  info      Request contains an accept header: */*
[6:27:37 PM] ›     [VALIDATOR] ⚠  warning   Request did not pass the validation rules
[6:27:37 PM] ›     [VALIDATOR] ✖  error     Request body property tags must be object
[6:27:37 PM] ›     [VALIDATOR] ✖  error     Violation: request.body Request body property tags must be object
[6:27:37 PM] › [HTTP SERVER] delete /v1/ha/tags ✖  error     Request terminated with error: https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY: Invalid request
[6:27:41 PM] › [HTTP SERVER] delete /v1/ha/tags ℹ  info      Request received
[6:27:41 PM] ›     [VALIDATOR] ✔  success   The request passed the validation rules. Looking for the best response
[6:27:41 PM] › [HTTP SERVER] delete /v1/ha/tags ✖  error     Request terminated with error: https://stoplight.io/prism/errors#NO_COMPLEX_OBJECT_TEXT: Cannot serialise complex objects as text
";

    fn call(status: &str) -> serde_json::Value {
        json!({"method": "DELETE", "status": status, "reason": "500 NO_COMPLEX_OBJECT_TEXT"})
    }

    #[test]
    fn prism_s_log_says_which_requests_passed_its_validation() {
        // The middle call sent nothing (its inputs did not decode), so the two log blocks
        // belong to the first and the last.
        let mut batch = vec![call("prism"), call("inputs"), call("prism")];
        attach_validation(&mut batch, LOG, false);
        assert_eq!(
            batch[0]["prism_validation"],
            "Request body property tags must be object"
        );
        assert!(batch[1].get("prism_validation").is_none());
        assert_eq!(batch[2]["prism_validation"], "passed");
        for c in &mut batch {
            validated_before_prism_failed(c);
        }
        assert_eq!(batch[0]["status"], "rejected");
        assert_eq!(batch[2]["status"], "prism");
        assert!(
            batch[2]["reason"]
                .as_str()
                .is_some_and(|r| r.ends_with("[Prism's log: the request passed its validation]"))
        );
    }

    // Prism 5 as a proxy (`prism proxy`, without `--errors`): it forwards a valid request
    // and an invalid one alike, and names the invalid one's violations after the answer.
    const PROXY_LOG: &str = "\
[12:12:10 PM] › [HTTP SERVER] post /anything/strings ℹ  info      Request received
[12:12:10 PM] ›     [PROXY] ℹ  info      > Forwarding \"post\" request to http://127.0.0.1:4999/anything/strings...
[12:12:10 PM] ›     [PROXY] ℹ  info      The upstream call to /anything/strings has returned 204
[12:12:10 PM] ›     [PROXY] ℹ  info      < Received forward response
[12:12:10 PM] ›     [VALIDATOR] ✖  error     Violation: response Unable to match the returned status code with those defined in the document: 
[12:12:10 PM] › [HTTP SERVER] post /anything/strings ℹ  info      Request received
[12:12:10 PM] ›     [PROXY] ℹ  info      > Forwarding \"post\" request to http://127.0.0.1:4999/anything/strings...
[12:12:10 PM] ›     [PROXY] ℹ  info      The upstream call to /anything/strings has returned 204
[12:12:10 PM] ›     [PROXY] ℹ  info      < Received forward response
[12:12:10 PM] ›     [VALIDATOR] ✖  error     Violation: request.body Request body must be string
[12:12:10 PM] ›     [VALIDATOR] ✖  error     Violation: response Unable to match the returned status code with those defined in the document: 
";

    #[test]
    fn through_the_proxy_a_forwarded_request_passes_unless_a_request_violation_follows() {
        let mut batch = vec![call("ok"), call("ok"), call("ok")];
        for c in &mut batch {
            c["method"] = "POST".into();
            c["no_responses"] = true.into();
        }
        // The third call sent nothing Prism logged: the counts disagree, nothing is marked.
        attach_validation(&mut batch, PROXY_LOG, false);
        assert!(batch.iter().all(|c| c.get("prism_validation").is_none()));
        batch.pop();
        attach_validation(&mut batch, PROXY_LOG, false);
        assert_eq!(batch[0]["prism_validation"], "passed");
        assert_eq!(
            batch[1]["prism_validation"],
            "request.body Request body must be string"
        );
        // Each answer's status matched no declared response: the spec declares none.
        assert!(text_of(&batch[0], "prism_response").starts_with("response Unable to match"));
        let mut declared = batch[0].clone();
        declared["no_responses"] = false.into();
        for c in batch.iter_mut().chain([&mut declared]) {
            proxy_verdict(c);
        }
        assert_eq!(batch[0]["status"], "ok");
        assert_eq!(batch[1]["status"], "rejected");
        // Where the spec declares responses, an answer that breaks them proves nothing.
        assert_eq!(declared["status"], "stand-in");
        // Without a verdict in the log, a decoded 204 proves nothing about the request.
        let mut unknown = call("ok");
        proxy_verdict(&mut unknown);
        assert_eq!(unknown["status"], "prism");
        // A call that already failed keeps its own verdict.
        let mut failed = call("decode");
        failed["prism_validation"] = "passed".into();
        proxy_verdict(&mut failed);
        assert_eq!(failed["status"], "decode");
    }

    #[test]
    fn the_stand_in_reads_the_whole_request_before_it_answers() {
        use std::io::{Read, Write};
        let url = stand_in();
        assert!(url.is_ok(), "the stand-in did not start: {url:?}");
        let url = url.unwrap_or_default();
        let address = url.trim_start_matches("http://");
        for request in [
            "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello".to_string(),
            "PUT /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n".into(),
            "GET /c HTTP/1.1\r\nHost: x\r\n\r\n".into(),
        ] {
            let stream = std::net::TcpStream::connect(address);
            assert!(stream.is_ok(), "cannot connect to the stand-in: {stream:?}");
            let Ok(mut stream) = stream else { return };
            // Sent in two writes, so that the stand-in must wait for the rest.
            let (head, rest) = request.split_at(request.len() / 2);
            assert!(stream.write_all(head.as_bytes()).is_ok());
            assert!(stream.write_all(rest.as_bytes()).is_ok());
            let mut answer = String::new();
            assert!(stream.read_to_string(&mut answer).is_ok());
            assert!(
                answer.starts_with("HTTP/1.1 501 Not Implemented\r\n"),
                "{request:?} got {answer:?}"
            );
        }
    }

    #[test]
    fn the_stand_in_answers_the_operation_whose_template_fits_best() {
        let answer = |method: &str, path: &str, body: &str| StandInAnswer {
            method: method.into(),
            path: path.into(),
            status: 200,
            content_type: Some("application/json".into()),
            body: body.into(),
        };
        set_stand_in_answers(vec![
            answer("GET", "/zoo/{id}", "1"),
            answer("GET", "/zoo/mine", "2"),
            answer("DELETE", "/zoo/{id}", "3"),
            answer("GET", "/zoo/{id}/keepers", "4"),
            answer("GET", "/cage#small", "5"),
        ]);
        let body = |m: &str, t: &str| route(m, t).map(|a| a.body);
        assert_eq!(body("GET", "/zoo/7?x=1"), Some("1".into()));
        assert_eq!(body("GET", "/zoo/mine"), Some("2".into()));
        assert_eq!(body("delete", "/zoo/7"), Some("3".into()));
        assert_eq!(body("GET", "/zoo/7/keepers"), Some("4".into()));
        assert_eq!(body("GET", "/cage%23small"), Some("5".into()));
        assert_eq!(body("GET", "/cage"), None);
        assert_eq!(body("GET", "/zoo/"), None);
        assert_eq!(body("POST", "/zoo/7"), None);
    }

    #[test]
    fn a_request_prism_crashed_on_has_no_verdict() {
        let log = "[1:00:00 PM] › [HTTP SERVER] get /items ℹ  info      Request received\n\
                   [1:00:00 PM] ›     [VALIDATOR] ✔  success   The request passed the validation rules.\n\
                   [1:00:01 PM] › [HTTP SERVER] get /items ℹ  info      Request received\n\
                   TypeError: value.split is not a function\n";
        // A call without inputs, one that passed, the crash, and calls that found no server.
        let mut batch = vec![
            json!({"method": "GET", "status": "spec"}),
            json!({"method": "GET", "status": "ok"}),
            json!({"method": "GET", "status": "transport"}),
            json!({"method": "GET", "status": "transport"}),
            json!({"method": "POST", "status": "transport"}),
        ];
        attach_validation(&mut batch, log, true);
        assert_eq!(batch[1]["prism_validation"], "passed");
        assert!(
            batch
                .iter()
                .filter(|c| c.get("prism_validation").is_some())
                .count()
                == 1
        );
    }

    #[test]
    fn without_a_crash_a_transport_failure_reached_prism() {
        // A response the client could not read, from a server that is still up.
        let mut batch = vec![call("transport"), call("prism")];
        attach_validation(&mut batch, LOG, false);
        assert_eq!(batch[1]["prism_validation"], "passed");
    }

    #[test]
    fn a_rejection_already_judged_a_prism_limitation_stays_one() {
        let mut c = json!({"status": "prism", "prism_validation": "Reserved characters used",
                           "reason": "422 UNPROCESSABLE_ENTITY: Invalid request (a Prism limitation)"});
        validated_before_prism_failed(&mut c);
        assert_eq!(c["status"], "prism");
    }

    #[test]
    fn a_log_that_does_not_line_up_marks_nothing() {
        let mut batch = vec![call("prism")];
        attach_validation(&mut batch, LOG, false);
        assert!(batch[0].get("prism_validation").is_none());
        let mut batch = vec![call("prism"), json!({"method": "GET", "status": "ok"})];
        attach_validation(&mut batch, LOG, false);
        assert!(batch[0].get("prism_validation").is_none());
    }

    #[test]
    fn a_response_prism_s_static_generator_gives_up_on_goes_to_the_dynamic_pass() {
        let spec = json!({"paths": {"/a": {"get": {"responses": {"200": {}}}}}});
        let mut call =
            json!({"status": "rejected", "reason": "500 SCHEMA_TOO_COMPLEX: Schema too complex "});
        prism_cannot_answer(&mut call, &spec, "#/paths/~1a/get");
        assert_eq!(call["status"], "prism");
        assert_eq!(call[RETRY], GENERATOR_FAULT);
        let mut call = json!({"status": "rejected", "reason": "400: missing"});
        prism_cannot_answer(&mut call, &spec, "#/paths/~1a/get");
        assert!(call.get(RETRY).is_none());
    }

    #[test]
    fn a_response_example_that_breaks_its_schema_sends_the_call_again() {
        let note =
            "the spec's 200 response example does not match its own schema (#/paths/~1a/get)";
        let mut decode = json!({"status": "decode", "reason": "bad", "spec_notes": note});
        spec_fault(&mut decode);
        assert_eq!(decode["status"], "spec");
        assert_eq!(decode[RETRY], EXAMPLE_FAULT);
        // A refusal the spec explains is not a response to try again, nor a response the
        // spec explains otherwise.
        let mut rejected = json!({"status": "rejected", "reason": "400", "spec_notes": note});
        spec_fault(&mut rejected);
        assert!(rejected.get(RETRY).is_none());
        let two = "every security alternative of the spec needs two schemes";
        let mut other = json!({"status": "decode", "reason": "bad", "spec_notes": two});
        spec_fault(&mut other);
        assert!(other.get(RETRY).is_none());
    }

    #[test]
    fn each_retry_pass_decides_only_the_calls_it_reached_and_leaves_the_rest_to_the_next() {
        let fault = |i: u64| json!({"index": i, "status": "spec", "reason": "bad example", RETRY: EXAMPLE_FAULT});
        let mut calls = [
            fault(0),
            fault(1),
            fault(2),
            json!({"index": 3, "status": "rejected", "reason": "400"}),
            json!({"status": "spec", "reason": "no index", RETRY: EXAMPLE_FAULT}),
            json!({"index": 5, "status": "prism", "reason": "too complex", RETRY: GENERATOR_FAULT}),
        ];
        let batch = [
            json!({"index": 0, "status": "ok"}),
            json!({"index": 1, "status": "decode", "reason": "still bad"}),
            json!({"index": 3, "status": "ok"}),
            json!({"status": "ok"}),
        ];
        merge_retry(&mut calls, &batch, &RETRY_PASSES[0]);
        assert_eq!(calls[0]["status"], "ok");
        assert!(
            calls[0]["note"]
                .as_str()
                .is_some_and(|n| n.starts_with("bad example; "))
        );
        assert_eq!(calls[1]["status"], "spec");
        assert!(
            calls[1]["reason"]
                .as_str()
                .is_some_and(|r| r.contains("decode: still bad"))
        );
        assert_eq!(calls[2]["status"], "spec");
        assert!(
            calls[2]["reason"]
                .as_str()
                .is_some_and(|r| r.contains("did not reach it"))
        );
        // Only calls the first pass sent again are decided by the second.
        assert_eq!(calls[3]["status"], "rejected");
        assert_eq!(calls[4]["status"], "spec");
        // A response Prism's static generator could not make is not the second pass's.
        assert!(!RETRY_PASSES[0].takes(&calls[5]) && RETRY_PASSES[1].takes(&calls[5]));
        assert_eq!(calls[5]["reason"], "too complex");

        // The next pass takes what is still failing: call 1 passes there, with the first
        // pass's verdict as its note; call 2 fails again, and its reason tells both.
        let batch = [
            json!({"index": 0, "status": "decode", "reason": "not sent again"}),
            json!({"index": 1, "status": "ok"}),
            json!({"index": 2, "status": "decode", "reason": "random data off"}),
            json!({"index": 5, "status": "ok"}),
        ];
        merge_retry(&mut calls, &batch, &RETRY_PASSES[1]);
        assert_eq!(calls[5]["status"], "ok");
        assert!(
            calls[5]["note"]
                .as_str()
                .is_some_and(|n| n.starts_with("too complex; "))
        );
        assert_eq!(calls[0]["status"], "ok");
        assert!(
            calls[0]["note"]
                .as_str()
                .is_some_and(|n| n.contains("--ignoreExamples"))
        );
        assert_eq!(calls[1]["status"], "ok");
        assert!(calls[1]["note"].as_str().is_some_and(|n| n
            .starts_with("bad example; against Prism generating every value")));
        assert_eq!(calls[2]["status"], "spec");
        assert!(calls[2]["reason"].as_str().is_some_and(|r| {
            r.starts_with("bad example (the pass against Prism answering")
                && r.contains("--dynamic, seeded): decode: random data off")
        }));
    }

    #[test]
    fn an_operation_passes_when_both_modes_do_and_keeps_a_pass_s_note() {
        let row = |op: &str, status: &str, reason: String| OpRow {
            spec: "s".into(),
            operation: op.into(),
            status: status.into(),
            reason,
        };
        let calls = [
            json!({"operation": "a", "mode": "required", "status": "ok"}),
            json!({"operation": "a", "mode": "all", "status": "ok", "note": "example unused"}),
            json!({"operation": "b", "mode": "required", "status": "ok", "note": "n"}),
            json!({"operation": "b", "mode": "all", "status": "rejected", "reason": "400"}),
        ];
        let rows = op_rows(&calls, &row);
        let got: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r.operation.as_str(), r.status.as_str(), r.reason.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("a", "ok", "all inputs: example unused"),
                ("b", "rejected", "all inputs: 400")
            ]
        );
    }

    #[test]
    fn a_required_content_type_parameter_prism_enforces_is_its_limitation() {
        // just-eat, required inputs (no body): OpenAPI says to ignore the parameter.
        let refusal = r#"422: [{"location":["request","header"],"severity":"Error","code":"required","message":"Request header must have required property 'content-type'"}]"#;
        let mut call = json!({"status": "rejected", "body": "application/json", "reason": refusal});
        prism_limitation(&mut call);
        assert_eq!(call["status"], "prism");
        // With another complaint beside it, the refusal stands.
        let both = r#"400: [{"location":["request","header"],"message":"Request header must have required property 'content-type'"},{"location":["request","query"],"message":"Request query parameter id must be integer"}]"#;
        let mut call = json!({"status": "rejected", "body": "application/json", "reason": both});
        prism_limitation(&mut call);
        assert_eq!(call["status"], "rejected");
    }
}
