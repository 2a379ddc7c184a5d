//! `cargo xtask realworld`: generated clients against real servers installed from package
//! registries, each driven through a flow of calls that compares what it reads back with
//! what it wrote. No mock and no Prism: the server is the judge.
//!
//! For each server: install it (Debian, PyPI or npm, into the work folder where it can),
//! start it on loopback, take the spec it publishes (from its package or its endpoint),
//! generate the client, build the server's flow program (`xtask/realworld/<name>/main.rs`
//! with `xtask/realworld/flow.rs`) against it, run it, and read its closing line.

use generator::files::{self, Mode};
use generator::{Options, Source};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Options of a run.
#[derive(Clone, Debug, Default)]
pub struct RealworldOptions {
    /// Only these servers (by name); all when empty.
    pub servers: Vec<String>,
    /// Where servers are installed and clients built; `target/realworld` by default.
    pub work: Option<PathBuf>,
}

/// How one server's flow went.
#[derive(Clone, Debug)]
pub struct ServerRow {
    /// The server's name.
    pub name: &'static str,
    /// What it is written in and where it comes from.
    pub origin: String,
    /// The spec's version and where it was taken from.
    pub spec: String,
    /// Calls that passed.
    pub passed: usize,
    /// Calls that failed.
    pub failed: usize,
    /// Why the flow did not run to its end, if it did not.
    pub problem: Option<String>,
    /// The generator's warnings on the spec.
    pub warnings: usize,
}

/// A server the run knows how to install, start and ask for its spec.
struct Server {
    name: &'static str,
    /// Written in, and the registry it comes from.
    origin: &'static str,
    install: fn(&Path) -> Result<String, String>,
    start: fn(&Path, u16) -> Result<Command, String>,
    /// A path that answers 200 once the server is ready.
    ready: &'static str,
    spec: fn(&Path, u16) -> Result<String, String>,
    base_url: fn(u16) -> String,
}

const SERVERS: &[Server] = &[
    Server {
        name: "alertmanager",
        origin: "Go, Debian package prometheus-alertmanager",
        install: alertmanager_install,
        start: alertmanager_start,
        ready: "/-/ready",
        spec: alertmanager_spec,
        base_url: |port| format!("http://127.0.0.1:{port}/api/v2"),
    },
    Server {
        name: "kinto",
        origin: "Python, PyPI package kinto",
        install: kinto_install,
        start: kinto_start,
        ready: "/v1/__heartbeat__",
        spec: |_, port| get(&format!("http://127.0.0.1:{port}/v1/__api__")),
        base_url: |port| format!("http://127.0.0.1:{port}/v1"),
    },
    Server {
        name: "loopback",
        origin: "Node.js, npm package @loopback/example-todo",
        install: loopback_install,
        start: loopback_start,
        ready: "/openapi.json",
        spec: |_, port| get(&format!("http://127.0.0.1:{port}/openapi.json")),
        base_url: |port| format!("http://127.0.0.1:{port}"),
    },
];

/// The names of the servers a run knows.
pub fn server_names() -> Vec<&'static str> {
    SERVERS.iter().map(|s| s.name).collect()
}

/// Runs the flows and prints a table; `Err` only when the run could not start at all.
pub fn run(root: &Path, options: &RealworldOptions) -> Result<Vec<ServerRow>, String> {
    for name in &options.servers {
        if !SERVERS.iter().any(|s| s.name == name) {
            return Err(format!(
                "no server `{name}`; known: {}",
                server_names().join(", ")
            ));
        }
    }
    let work = options
        .work
        .clone()
        .unwrap_or_else(|| root.join("target").join("realworld"));
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let mut rows = Vec::new();
    for server in SERVERS {
        if !options.servers.is_empty() && !options.servers.iter().any(|n| n == server.name) {
            continue;
        }
        println!("== {} ({})", server.name, server.origin);
        let row = run_server(root, &work, server);
        if let Some(problem) = &row.problem {
            println!("   {problem}");
        }
        println!(
            "   {} passed, {} failed ({} generator warnings)",
            row.passed, row.failed, row.warnings
        );
        rows.push(row);
    }
    println!();
    println!("{:<13} {:<62} {:<40} calls", "server", "origin", "spec");
    for r in &rows {
        let total = r.passed + r.failed;
        let verdict = match &r.problem {
            Some(_) => format!("{}/{total} (did not finish)", r.passed),
            None => format!("{}/{total}", r.passed),
        };
        println!("{:<13} {:<62} {:<40} {verdict}", r.name, r.origin, r.spec);
    }
    Ok(rows)
}

fn run_server(root: &Path, work: &Path, server: &Server) -> ServerRow {
    let mut row = ServerRow {
        name: server.name,
        origin: server.origin.to_string(),
        spec: String::new(),
        passed: 0,
        failed: 0,
        problem: None,
        warnings: 0,
    };
    let dir = work.join(server.name);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        row.problem = Some(format!("cannot create {}: {e}", dir.display()));
        return row;
    }
    match (server.install)(&dir) {
        Ok(version) => row.origin = format!("{} {version}", server.origin),
        Err(e) => {
            row.problem = Some(format!("install failed: {e}"));
            return row;
        }
    }
    let port = match free_port() {
        Ok(p) => p,
        Err(e) => {
            row.problem = Some(e);
            return row;
        }
    };
    let mut running = match start(server, &dir, port) {
        Ok(r) => r,
        Err(e) => {
            row.problem = Some(e);
            return row;
        }
    };
    let spec = match (server.spec)(&dir, port) {
        Ok(s) => s,
        Err(e) => {
            row.problem = Some(format!("cannot get the spec: {e}"));
            return row;
        }
    };
    row.spec = spec_version(&spec);
    let result = build_and_run(
        root,
        work,
        server,
        &spec,
        &(server.base_url)(port),
        &mut row,
    );
    if let Err(e) = result {
        row.problem = Some(e);
    }
    if running.exited() {
        let problem = format!(
            "the server stopped during the flow; its log: {}",
            running.log_tail()
        );
        row.problem.get_or_insert(problem);
    }
    row
}

/// Generates the client, builds the flow program against it and runs it.
fn build_and_run(
    root: &Path,
    work: &Path,
    server: &Server,
    spec: &str,
    base_url: &str,
    row: &mut ServerRow,
) -> Result<(), String> {
    let dir = work.join(server.name);
    let spec_name = format!("{}-spec.json", server.name);
    std::fs::write(dir.join(&spec_name), spec).map_err(|e| e.to_string())?;
    let source = Source {
        name: spec_name,
        text: spec.to_string(),
    };
    let options = Options {
        command: "cargo xtask realworld".into(),
        standalone: true,
        // What the generator cannot express costs only what it affects, with a warning
        // counted in the row; the flow then fails to compile if it needed that part.
        skip_unsupported: true,
        ..Options::new("rw-api")
    };
    let generated = generator::generate(&source, &options, &Default::default()).map_err(|d| {
        format!(
            "the generator refused the spec:\n{}",
            generator::render_diagnostics(&source, &d)
        )
    })?;
    row.warnings = generated.warnings.len();
    files::sync(&dir.join("api"), &generated.files, Mode::Write)
        .map_err(|e| format!("cannot write the client: {e}"))?;
    let flows = root.join("xtask").join("realworld");
    let program = dir.join("flow");
    std::fs::create_dir_all(&program).map_err(|e| e.to_string())?;
    for (from, to) in [
        (
            flows.join(server.name).join("main.rs"),
            program.join("main.rs"),
        ),
        (flows.join("flow.rs"), program.join("flow.rs")),
    ] {
        std::fs::copy(&from, &to).map_err(|e| format!("cannot copy {}: {e}", from.display()))?;
    }
    let manifest = "[package]\nname = \"rw-flow\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
         [[bin]]\nname = \"rw-flow\"\npath = \"main.rs\"\n\n\
         [dependencies]\nrw-api = { path = \"../api\" }\nserde_json = \"1\"\ntime = \"0.3\"\nuuid = \"1\"\n\
         tokio = { version = \"1\", features = [\"macros\", \"rt\"] }\n\n[workspace]\n";
    std::fs::write(program.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    let target = work.join("target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let build = Command::new(&cargo)
        .args(["build", "--quiet", "--manifest-path"])
        .arg(program.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !build.status.success() {
        return Err(format!(
            "the flow does not build against the generated client:\n{}",
            String::from_utf8_lossy(&build.stderr)
        ));
    }
    let output = Command::new(target.join("debug").join("rw-flow"))
        .env("REALWORLD_BASE_URL", base_url)
        .output()
        .map_err(|e| format!("cannot run the flow: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    for line in stdout.lines() {
        println!("   {line}");
    }
    let closing = stdout.lines().rev().find_map(closing_line).ok_or_else(|| {
        format!(
            "the flow ended without its closing line: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })?;
    (row.passed, row.failed) = closing;
    Ok(())
}

/// `N passed, M failed`.
fn closing_line(line: &str) -> Option<(usize, usize)> {
    let (passed, failed) = line.split_once(" passed, ")?;
    let failed = failed.strip_suffix(" failed")?;
    Some((passed.trim().parse().ok()?, failed.trim().parse().ok()?))
}

/// The spec's version as it says it (`Swagger 2.0`, `OpenAPI 3.0.0`).
fn spec_version(spec: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(spec).unwrap_or_default();
    match (value.get("swagger"), value.get("openapi")) {
        (Some(v), _) => format!("Swagger {}", v.as_str().unwrap_or("?")),
        (_, Some(v)) => format!("OpenAPI {}", v.as_str().unwrap_or("?")),
        _ => "?".into(),
    }
}

/// A server process, stopped when dropped.
struct Running {
    child: Child,
    log: PathBuf,
}

impl Running {
    fn exited(&mut self) -> bool {
        !matches!(self.child.try_wait(), Ok(None))
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(15)..].join("\n")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the server and waits until its ready path answers.
fn start(server: &Server, dir: &Path, port: u16) -> Result<Running, String> {
    let log = dir.join("server.log");
    let out = std::fs::File::create(&log).map_err(|e| e.to_string())?;
    let err = out.try_clone().map_err(|e| e.to_string())?;
    let child = (server.start)(dir, port)?
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    let mut running = Running { child, log };
    let url = format!("http://127.0.0.1:{port}{}", server.ready);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(90) {
        if running.exited() {
            return Err(format!(
                "the server exited at start; its log:\n{}",
                running.log_tail()
            ));
        }
        if get(&url).is_ok() {
            return Ok(running);
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err(format!(
        "the server did not answer {url} within 90 s; its log:\n{}",
        running.log_tail()
    ))
}

/// A GET on loopback: the body of a 2xx answer.
fn get(url: &str) -> Result<String, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(10)))
        .build()
        .into();
    let mut response = agent.get(url).call().map_err(|e| e.to_string())?;
    response
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_to_string()
        .map_err(|e| e.to_string())
}

/// A port on loopback that nothing listens on now.
fn free_port() -> Result<u16, String> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

/// Runs a command to its end; its output on failure.
fn run_cmd(cmd: &mut Command) -> Result<String, String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", cmd.get_program()))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "{:?} failed: {}{}",
            cmd.get_program(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Runs an install from a registry, again after a pause when it fails: registries and
/// the network between drop a request now and then, and one dropped request should not
/// turn a whole CI run red. The last failure is returned with every attempt's error.
fn with_retries(mut install: impl FnMut() -> Result<String, String>) -> Result<String, String> {
    let mut errors = Vec::new();
    for pause in [5, 20, 0] {
        match install() {
            Ok(out) => return Ok(out),
            Err(e) => errors.push(e),
        }
        if pause > 0 {
            std::thread::sleep(std::time::Duration::from_secs(pause));
        }
    }
    Err(format!("3 attempts failed:\n{}", errors.join("\n")))
}

fn on_path(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

// Alertmanager: Debian's package. Its server does not serve its spec; the Go sources in
// Debian's golang-github-prometheus-alertmanager-dev (the same version) embed it as a
// JSON string, which is read from the package without installing it.

fn alertmanager_install(dir: &Path) -> Result<String, String> {
    if !on_path("prometheus-alertmanager") {
        run_cmd(Command::new("apt-get").args(["update", "-qq"]))?;
        run_cmd(Command::new("apt-get").args([
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "prometheus-alertmanager",
        ]))?;
    }
    // The source version: the Go sources come from the same source package, whose binary
    // rebuilds (`+b4`) the server package's own version may carry.
    let version = run_cmd(Command::new("dpkg-query").args([
        "-W",
        "-f=${source:Version}",
        "prometheus-alertmanager",
    ]))?;
    let spec = dir.join("embedded-spec.json");
    if !spec.exists() {
        let debs = dir.join("debs");
        std::fs::create_dir_all(&debs).map_err(|e| e.to_string())?;
        let package = format!("golang-github-prometheus-alertmanager-dev={version}");
        let download = || {
            run_cmd(
                Command::new("apt-get")
                    .args(["download", "-qq", &package])
                    .current_dir(&debs),
            )
        };
        if download().is_err() {
            run_cmd(Command::new("apt-get").args(["update", "-qq"]))?;
            download()?;
        }
        let deb = std::fs::read_dir(&debs)
            .map_err(|e| e.to_string())?
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "deb"))
            .ok_or("apt-get download left no .deb")?;
        let unpacked = dir.join("dev");
        run_cmd(Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&unpacked))?;
        let go =
            find_file(&unpacked, "embedded_spec.go").ok_or("no embedded_spec.go in the package")?;
        let text = std::fs::read_to_string(&go).map_err(|e| e.to_string())?;
        let json = embedded_swagger(&text).ok_or("no SwaggerJSON in embedded_spec.go")?;
        std::fs::write(&spec, json).map_err(|e| e.to_string())?;
    }
    Ok(version)
}

/// The JSON of `SwaggerJSON = json.RawMessage([]byte(`...`))` in go-swagger's output.
fn embedded_swagger(go: &str) -> Option<&str> {
    let start = go.find("SwaggerJSON = json.RawMessage([]byte(`")?;
    let rest = &go[start..];
    let open = rest.find('`')? + 1;
    let close = rest[open..].find('`')?;
    Some(&rest[open..open + close])
}

fn find_file(dir: &Path, name: &str) -> Option<PathBuf> {
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if let Some(found) = find_file(&path, name) {
                return Some(found);
            }
        } else if path.file_name().is_some_and(|n| n == name) {
            return Some(path);
        }
    }
    None
}

fn alertmanager_start(dir: &Path, port: u16) -> Result<Command, String> {
    let config = dir.join("alertmanager.yml");
    std::fs::write(
        &config,
        "route:\n  receiver: default\nreceivers:\n  - name: default\n",
    )
    .map_err(|e| e.to_string())?;
    let data = dir.join("data");
    let _ = std::fs::remove_dir_all(&data);
    let mut cmd = Command::new("prometheus-alertmanager");
    cmd.arg(format!("--config.file={}", config.display()))
        .arg(format!("--storage.path={}", data.display()))
        .arg(format!("--web.listen-address=127.0.0.1:{port}"))
        // No cluster: nothing listens beyond the one loopback port.
        .arg("--cluster.listen-address=");
    Ok(cmd)
}

fn alertmanager_spec(dir: &Path, _port: u16) -> Result<String, String> {
    std::fs::read_to_string(dir.join("embedded-spec.json")).map_err(|e| e.to_string())
}

// Kinto: PyPI, in a virtualenv of its own, with its in-memory backends and basic auth
// (any user and password is an identity).

const KINTO: &str = "kinto==26.5.0";

fn kinto_install(dir: &Path) -> Result<String, String> {
    let venv = dir.join("venv");
    let kinto = venv.join("bin").join("kinto");
    if !kinto.exists() {
        run_cmd(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
        with_retries(|| {
            run_cmd(Command::new(venv.join("bin").join("pip")).args([
                "install",
                "--quiet",
                "--disable-pip-version-check",
                KINTO,
            ]))
        })?;
    }
    Ok(KINTO.trim_start_matches("kinto==").to_string())
}

fn kinto_start(dir: &Path, port: u16) -> Result<Command, String> {
    let ini = dir.join("kinto.ini");
    std::fs::write(
        &ini,
        "[server:main]\nuse = egg:waitress#main\nhost = 127.0.0.1\nport = %(http_port)s\n\n\
         [app:main]\nuse = egg:kinto\n\
         kinto.storage_backend = kinto.core.storage.memory\nkinto.storage_url =\n\
         kinto.cache_backend = kinto.core.cache.memory\nkinto.cache_url =\n\
         kinto.permission_backend = kinto.core.permission.memory\nkinto.permission_url =\n\
         kinto.userid_hmac_secret = realworld-run\n\
         multiauth.policies = basicauth\n\
         kinto.bucket_create_principals = system.Authenticated\n",
    )
    .map_err(|e| e.to_string())?;
    let mut cmd = Command::new(dir.join("venv").join("bin").join("kinto"));
    cmd.args(["start", "--ini"])
        .arg(&ini)
        .args(["--port", &port.to_string()]);
    Ok(cmd)
}

// LoopBack 4's todo example: npm, run with Node.js. It keeps its data in memory and
// writes it to ./data/db.json, so it runs in a folder of its own.

const LOOPBACK: &str = "@loopback/example-todo@6.0.0";

fn loopback_install(dir: &Path) -> Result<String, String> {
    let entry = loopback_entry(dir);
    if !entry.exists() {
        // `--loglevel=error`, not `--silent`: a failed install must say why.
        with_retries(|| {
            run_cmd(
                Command::new("npm")
                    .args(["install", "--loglevel=error", "--no-audit", "--no-fund"])
                    .arg("--prefix")
                    .arg(dir)
                    .arg(LOOPBACK),
            )
        })?;
    }
    Ok(LOOPBACK.rsplit('@').next().unwrap_or("?").to_string())
}

fn loopback_entry(dir: &Path) -> PathBuf {
    dir.join("node_modules/@loopback/example-todo/dist/index.js")
}

fn loopback_start(dir: &Path, port: u16) -> Result<Command, String> {
    let run = dir.join("run");
    let _ = std::fs::remove_dir_all(&run);
    std::fs::create_dir_all(run.join("data")).map_err(|e| e.to_string())?;
    let mut cmd = Command::new("node");
    cmd.arg(loopback_entry(dir))
        .current_dir(&run)
        .env("HOST", "127.0.0.1")
        .env("PORT", port.to_string());
    Ok(cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closing_line_is_read() {
        assert_eq!(closing_line("12 passed, 0 failed"), Some((12, 0)));
        assert_eq!(closing_line("call ok    GET /x"), None);
    }

    #[test]
    fn go_swagger_s_embedded_spec_is_found() {
        let go = "var (\n\tSwaggerJSON json.RawMessage\n)\nfunc init() {\n\tSwaggerJSON = json.RawMessage([]byte(`{\"swagger\": \"2.0\"}`))\n\tFlatSwaggerJSON = json.RawMessage([]byte(`{}`))\n}";
        assert_eq!(embedded_swagger(go), Some("{\"swagger\": \"2.0\"}"));
    }

    #[test]
    fn the_spec_version_is_named() {
        assert_eq!(spec_version(r#"{"swagger": "2.0"}"#), "Swagger 2.0");
        assert_eq!(spec_version(r#"{"openapi": "3.1.0"}"#), "OpenAPI 3.1.0");
    }
}
