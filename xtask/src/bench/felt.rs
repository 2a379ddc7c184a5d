//! The compile figures a user of a generated crate feels beyond its `cargo check`: a debug
//! build, and a consumer's rebuild after touching its own code.

use super::measure::{measured, median_of, run_quiet_env};
use super::{Measured, cargo, secs};
use std::path::Path;

/// A consumer's `main.rs`: one call of the generated crate, as an application makes it.
fn consumer_main(lib: &str, call: &str, edit: usize) -> String {
    format!(
        r#"//! Calls one operation of the generated crate, as an application would.

#[tokio::main(flavor = "current_thread")]
async fn main() {{
    let client = {lib}::ClientBuilder::new()
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("a client");
    // Nothing listens there: the build is what is measured, not the call.
    match client.{call}.await {{
        Ok(response) => println!("{{:?}}", response.status()),
        Err(e) => println!("{{e}}"),
    }}
}}
// edit {edit}
"#
    )
}

/// The crate a measurement builds, and how a consumer uses it.
pub(super) struct Felt<'a> {
    /// The generated crate's folder.
    pub dir: &'a Path,
    /// Its package name.
    pub package: &'a str,
    /// The features a consumer enables; `None`: the default ones.
    pub feature: Option<&'a str>,
    /// The call the consumer makes, after `client.`.
    pub call: &'a str,
}

/// The debug build of the crate (dependencies pre-built), with the consumer's features,
/// and a consumer's incremental rebuild after an edit of its own `main.rs`; `target` is
/// the shared target directory.
pub(super) fn felt_figures(work: &Path, felt: &Felt<'_>, target: &Path) -> Result<(), String> {
    let cargo = cargo();
    let target_env = target.to_string_lossy().into_owned();
    let env = [
        ("CARGO_TARGET_DIR", target_env.as_str()),
        ("CARGO_INCREMENTAL", "0"),
    ];
    let mut build_args = vec!["build", "-q"];
    if let Some(feature) = felt.feature {
        build_args.extend(["--no-default-features", "--features", feature]);
    }
    let which = felt
        .feature
        .map_or("default features".to_string(), |f| format!("`{f}` alone"));
    // The first build compiles the dependencies for `build` (the checks left only their
    // metadata); the second, after a touch, is the crate alone.
    run_quiet_env(felt.dir, &env, &cargo, &build_args)?;
    touch(&felt.dir.join("src/lib.rs"))?;
    let build = measured(felt.dir, &env, &cargo, &build_args)?;
    println!(
        "  debug `cargo build`, {which:<24} {:>9}  {:>7.0} MiB",
        secs(build.wall),
        build.mib()
    );

    let consumer = work.join(format!("{}-consumer", felt.package));
    let _ = std::fs::remove_dir_all(&consumer);
    std::fs::create_dir_all(consumer.join("src")).map_err(|e| e.to_string())?;
    let features = felt.feature.map_or(String::new(), |f| {
        format!(", default-features = false, features = [{f:?}]")
    });
    let manifest = format!(
        "[package]\nname = \"bench-consumer\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{} = {{ path = {:?}{features} }}\ntokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n\n[workspace]\n",
        felt.package,
        felt.dir.to_string_lossy()
    );
    std::fs::write(consumer.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    let main = consumer.join("src/main.rs");
    let lib = felt.package.replace('-', "_");
    std::fs::write(&main, consumer_main(&lib, felt.call, 0)).map_err(|e| e.to_string())?;
    // Incremental as cargo sets it for a workspace member: the consumer's own default.
    let consumer_env = [("CARGO_TARGET_DIR", target_env.as_str())];
    run_quiet_env(&consumer, &consumer_env, &cargo, &["build", "-q"])?;
    let mut edits = 0;
    let rebuild: Measured = median_of(3, || {
        edits += 1;
        std::fs::write(&main, consumer_main(&lib, felt.call, edits)).map_err(|e| e.to_string())?;
        measured(&consumer, &consumer_env, &cargo, &["build", "-q"])
    })?;
    println!(
        "  a consumer's rebuild after editing its main.rs  {:>9}  {:>7.0} MiB   (median of 3)",
        secs(rebuild.wall),
        rebuild.mib()
    );
    Ok(())
}

/// Sets a file's modification time to now, so that cargo rebuilds what reads it.
fn touch(path: &Path) -> Result<(), String> {
    let file = std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    file.set_modified(std::time::SystemTime::now())
        .map_err(|e| format!("{}: {e}", path.display()))
}
