//! Command-line entry point: `generator --spec <file> --out <dir> --crate-name <name>`.

use clap::Parser;
use generator::files::{self, Mode};
use generator::ir::{FeaturesByTag, TagGrouping};
use generator::{Options, Source};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generate a typed Rust client crate from an OpenAPI 3.0, 3.1, 3.2 or Swagger 2.0 spec (YAML or JSON).
#[derive(Parser, Debug)]
#[command(version)]
struct Args {
    /// The spec file.
    #[arg(long)]
    spec: PathBuf,
    /// Directory to write the crate into; created if missing. Files it holds that the
    /// generator did not write are left alone.
    #[arg(long)]
    out: PathBuf,
    /// Cargo package name of the generated crate.
    #[arg(long)]
    crate_name: String,
    /// Cargo package version of the generated crate.
    #[arg(long, default_value = "0.1.0")]
    crate_version: String,
    /// Write nothing; exit 1 and print a diff if the directory differs from the spec.
    #[arg(long)]
    check: bool,
    /// Leave out (with a warning) operations that use constructs the generator cannot
    /// express yet, and type such schemas as `serde_json::Value`, instead of failing.
    #[arg(long)]
    skip_unsupported: bool,
    /// Give the crate one cargo feature per OpenAPI tag even when the spec has only one.
    /// With several tags this is the default: users compile only the operations they use
    /// and the types those reach, and the default feature `full` enables every tag.
    #[arg(long, conflicts_with = "no_features_by_tag")]
    features_by_tag: bool,
    /// No cargo feature per tag: every operation is compiled always.
    #[arg(long)]
    no_features_by_tag: bool,
    /// Group the tags into features: `prefix` (by the tag's dotted or slashed prefix,
    /// `users.calendar` into `users`) or `path` (by the first segment of the tag's paths).
    /// Without it, tags are grouped only when there would be more than crates.io's 300
    /// features: by prefix, then by path.
    #[arg(long, value_parser = ["tag", "prefix", "path"])]
    group_tags: Option<String>,
    /// Page only the list operations whose spec says how (`x-fern-pagination`,
    /// `x-speakeasy-pagination`, a declared `Link` header); without it, a GET whose
    /// parameter and field names follow a common scheme (a cursor with a next cursor,
    /// offset and limit, page and page size) pages too, and its docs say so.
    #[arg(long)]
    no_paging_inference: bool,
    /// Benchmarks only: parse the spec into `openapiv3` and stop, writing nothing (the
    /// floor that `cargo xtask bench` compares generation with).
    #[arg(long, hide = true)]
    parse_only: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(code) | Err(code) => code,
    }
}

/// Generates (or, with `--check`, compares) the crate; a failure has been reported when it
/// is returned.
fn run(args: &Args) -> Result<ExitCode, ExitCode> {
    let source = source(args)?;
    if args.parse_only {
        return Ok(parse_only(&source));
    }
    let mut options = options(args, &source);
    // What `generator.toml` beside the spec says, if there is one.
    options.overrides = generator::overrides::Overrides::beside(&args.spec).map_err(|e| {
        eprintln!("error: {e}");
        ExitCode::FAILURE
    })?;
    // The version and changelog follow the API change measured against the record the
    // last run left in the output directory.
    let previous = generator::release::Previous::read(&args.out, &generator::release::today())
        .map_err(|e| {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        })?;
    let generated = generator::generate(&source, &options, &previous).map_err(|diags| {
        eprint!("{}", generator::render_diagnostics(&source, &diags));
        ExitCode::FAILURE
    })?;
    // The IR is not read here: freed now, it leaves writing the files the memory it had.
    drop(generated.api);
    if !generated.warnings.is_empty() {
        eprint!(
            "{}",
            generator::render_diagnostics(&source, &generated.warnings)
        );
    }
    let release = &generated.release;
    if !release.impact.is_empty() {
        print!("{}", release.impact.table());
        println!("{}", release.version_line());
    }
    Ok(sync(args, &generated.files))
}

/// The spec file's text, once the crate name is known to be valid.
fn source(args: &Args) -> Result<Source, ExitCode> {
    if !valid_crate_name(&args.crate_name) {
        eprintln!(
            "error: `{}` is not a valid crate name: use ASCII letters, digits, `-` and `_`, starting with a letter",
            args.crate_name
        );
        return Err(ExitCode::FAILURE);
    }
    let name = shown(&args.spec);
    match std::fs::read_to_string(&args.spec) {
        Ok(text) => Ok(Source { name, text }),
        Err(e) => {
            eprintln!("error: cannot read {name}: {e}");
            Err(ExitCode::FAILURE)
        }
    }
}

/// `--parse-only`: parses the spec and prints its number of paths.
fn parse_only(source: &Source) -> ExitCode {
    match generator::load::parse_only(source) {
        Ok(spec) => {
            println!("{} paths", spec.paths.paths.len());
            ExitCode::SUCCESS
        }
        Err(d) => {
            eprint!("{}", generator::render_diagnostics(source, &[d]));
            ExitCode::FAILURE
        }
    }
}

/// The packaging options the arguments ask for, with the command that repeats them.
fn options(args: &Args, source: &Source) -> Options {
    let mut command = format!(
        "generator --spec {} --out {} --crate-name {}",
        source.name,
        shown(&args.out),
        args.crate_name,
    );
    if args.features_by_tag {
        command.push_str(" --features-by-tag");
    }
    if args.no_features_by_tag {
        command.push_str(" --no-features-by-tag");
    }
    if let Some(group) = &args.group_tags {
        command.push_str(&format!(" --group-tags {group}"));
    }
    if args.no_paging_inference {
        command.push_str(" --no-paging-inference");
    }
    let features_by_tag = match (args.features_by_tag, args.no_features_by_tag) {
        (true, _) => FeaturesByTag::On,
        (_, true) => FeaturesByTag::Off,
        _ => FeaturesByTag::Auto,
    };
    Options {
        crate_name: args.crate_name.clone(),
        crate_version: args.crate_version.clone(),
        command,
        standalone: true,
        dev_dependencies: false,
        skip_unsupported: args.skip_unsupported,
        features_by_tag,
        tag_grouping: args.group_tags.as_deref().and_then(TagGrouping::from_name),
        no_paging_inference: args.no_paging_inference,
        contract_hints: false,
        overrides: Default::default(),
    }
}

/// Writes the files, or with `--check` prints how the directory differs from them.
fn sync(args: &Args, generated: &files::FileSet) -> ExitCode {
    let mode = if args.check { Mode::Check } else { Mode::Write };
    match files::sync(&args.out, generated, mode) {
        Ok(changes) if args.check && !changes.is_empty() => {
            for c in &changes {
                print!("{}", c.diff);
            }
            eprintln!(
                "{} file(s) out of date in {}; run without --check to update them",
                changes.len(),
                args.out.display()
            );
            ExitCode::FAILURE
        }
        Ok(changes) => {
            eprintln!("{}: {} file(s) changed", args.out.display(), changes.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A path as the generated files' headers show it, whichever way it was typed
/// (`spec.yaml`, `./spec.yaml`, `/work/spec.yaml`): relative to the working directory
/// when it is inside it, absolute otherwise, with `/` between components. The output then
/// depends on the files, not on how their paths were written.
fn shown(path: &Path) -> String {
    let cwd = std::env::current_dir().and_then(|d| d.canonicalize()).ok();
    // The output folder may not exist yet: its parent does, or will be made from it.
    let absolute = path.canonicalize().ok().or_else(|| {
        let parent = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let parent = parent.canonicalize().ok()?;
        Some(parent.join(path.file_name()?))
    });
    let Some(absolute) = absolute else {
        return path.display().to_string();
    };
    let shown = cwd
        .and_then(|c| absolute.strip_prefix(&c).ok().map(Path::to_path_buf))
        .filter(|rel| !rel.as_os_str().is_empty())
        .unwrap_or(absolute);
    shown.to_string_lossy().replace('\\', "/")
}

fn valid_crate_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && name.len() <= 64
}
