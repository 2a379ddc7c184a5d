//! Embeds the runtime crate (`../runtime`) into the generator: its source files, to be
//! copied byte for byte into every generated crate, and its `[dependencies]` and
//! `[features]` tables, which the generated `Cargo.toml` takes as the runtime declares them
//! (parsed, so without the manifest's comments). The runtime is declared in one place.
//! It also reads the runtime's public API from those files (`build/outline.rs`) for the
//! API record.

use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

#[path = "build/outline.rs"]
mod outline;

fn main() -> Result<(), Box<dyn Error>> {
    // Read at run time: `env!` would bake in the directory the build script was compiled
    // in, so a target directory shared between checkouts embeds another checkout's runtime.
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR")?).join("../runtime");
    let src = root.join("src");
    let manifest = root.join("Cargo.toml");
    println!("cargo::rerun-if-changed={}", src.display());
    println!("cargo::rerun-if-changed={}", manifest.display());

    let mut names: Vec<String> = fs::read_dir(&src)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .collect();
    // A stable order keeps the generator's output byte-identical on every machine.
    names.sort();
    let mut out = String::from(
        "/// The runtime's source files: the name each gets in a generated crate's\n\
         /// `src/runtime/` (`lib.rs` becomes `mod.rs`) and its text.\n\
         pub const FILES: &[(&str, &str)] = &[\n",
    );
    let mut files = Vec::new();
    for name in &names {
        let text = fs::read_to_string(src.join(name))?;
        let target = if name == "lib.rs" { "mod.rs" } else { name };
        // `{:?}` of a `str` is a valid Rust string literal of the same text.
        writeln!(out, "    ({target:?}, {text:?}),")?;
        files.push((name.clone(), text));
    }
    out.push_str("];\n");
    out.push_str(&outline::constants(&files)?);

    let manifest: toml::Table = fs::read_to_string(&manifest)?.parse()?;
    let deps =
        table(&manifest, "dependencies").ok_or("runtime/Cargo.toml has no [dependencies] table")?;
    writeln!(
        out,
        "/// The runtime's `[dependencies]` table, as `runtime/Cargo.toml` declares it.\n\
         pub const DEPENDENCIES: &str = {deps:?};"
    )?;
    let features =
        table(&manifest, "features").ok_or("runtime/Cargo.toml has no [features] table")?;
    writeln!(
        out,
        "/// The runtime's `[features]` table, as `runtime/Cargo.toml` declares it.\n\
         pub const FEATURES: &str = {features:?};"
    )?;
    fs::write(Path::new(&env::var("OUT_DIR")?).join("runtime.rs"), out)?;
    Ok(())
}

/// A table of the manifest as TOML text, one `key = value` line per entry (tables of a
/// dependency inline), in the manifest's order. Written from the parsed manifest rather
/// than cut from its text, so that its comments, which speak of the runtime crate, do
/// not end up in a generated crate's `Cargo.toml`.
fn table(manifest: &toml::Table, name: &str) -> Option<String> {
    let lines: Vec<String> = manifest
        .get(name)?
        .as_table()?
        .iter()
        .map(|(key, value)| format!("{} = {value}", toml_key(key)))
        .collect();
    Some(lines.join("\n"))
}

/// A key as TOML writes it: bare when it can be, quoted otherwise.
fn toml_key(key: &str) -> String {
    let bare = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if bare {
        key.to_string()
    } else {
        toml::Value::String(key.to_string()).to_string()
    }
}
