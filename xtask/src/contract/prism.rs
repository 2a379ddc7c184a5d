//! A Prism server on a free port, and what its log says about each request.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A Prism server (a mock, or a proxy) on a free port, stopped on drop.
pub(crate) struct Prism {
    pub(crate) child: Option<Child>,
    pub(crate) url: String,
}

impl Prism {
    pub(crate) fn start(
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
    pub(crate) fn exited(&mut self) -> bool {
        match self.child.as_mut() {
            Some(child) => child.try_wait().ok().flatten().is_some(),
            None => true,
        }
    }

    pub(crate) fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// One request's block of Prism's log.
pub(crate) struct LogBlock {
    /// The request's method, upper case.
    pub(crate) method: String,
    /// Whether the request passed (`Ok`) or not (`Err` with the validator's errors);
    /// `None` when the log said neither (Prism crashed first).
    pub(crate) verdict: Option<Result<(), String>>,
    /// The validator's `Violation: response ...` lines: as a proxy, Prism checks the
    /// upstream's answer too.
    pub(crate) response: Vec<String>,
}

/// Prism's log, one block per request, opened by `Request received`.
///
/// As a proxy, Prism forwards every request and says nothing when one passes: a request
/// it forwarded passed unless a `Violation: request` follows.
pub(crate) fn log_verdicts(log: &str) -> Vec<LogBlock> {
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
pub(crate) fn attach_validation(batch: &mut [serde_json::Value], log: &str, crashed: bool) {
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

/// The error line Node printed when Prism crashed, with the Prism file it came from.
pub(crate) fn crash_reason(log: &Path) -> String {
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
pub(crate) fn prism_path(given: Option<&Path>) -> Result<PathBuf, String> {
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
