//! Embeds the runtime crate (`../runtime`) into the generator: its source files, to be
//! copied byte for byte into every generated crate, and its `[dependencies]` and
//! `[features]` tables, which the generated `Cargo.toml` takes as written. The runtime is
//! declared in one place.

use std::error::Error;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

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
    for name in &names {
        let text = fs::read_to_string(src.join(name))?;
        let target = if name == "lib.rs" { "mod.rs" } else { name };
        // `{:?}` of a `str` is a valid Rust string literal of the same text.
        writeln!(out, "    ({target:?}, {text:?}),")?;
    }
    out.push_str("];\n");

    let manifest = fs::read_to_string(&manifest)?;
    let deps = table(&manifest, "[dependencies]")
        .ok_or("runtime/Cargo.toml has no [dependencies] table")?;
    writeln!(
        out,
        "/// The runtime's `[dependencies]` table, as written in `runtime/Cargo.toml`.\n\
         pub const DEPENDENCIES: &str = {deps:?};"
    )?;
    let features =
        table(&manifest, "[features]").ok_or("runtime/Cargo.toml has no [features] table")?;
    writeln!(
        out,
        "/// The runtime's `[features]` table, as written in `runtime/Cargo.toml`.\n\
         pub const FEATURES: &str = {features:?};"
    )?;
    fs::write(Path::new(&env::var("OUT_DIR")?).join("runtime.rs"), out)?;
    Ok(())
}

/// The lines of a TOML table, from its header (excluded) to the next header.
fn table<'a>(manifest: &'a str, header: &str) -> Option<&'a str> {
    let start = manifest.find(&format!("\n{header}\n"))? + header.len() + 2;
    let rest = &manifest[start..];
    let end = rest.find("\n[").map_or(rest.len(), |i| i + 1);
    Some(rest[..end].trim_end())
}
