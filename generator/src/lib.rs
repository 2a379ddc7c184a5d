//! Generates a typed Rust client crate from an OpenAPI 3.0, 3.1, 3.2 or Swagger 2.0 spec.
//!
//! The pipeline is a chain of plain stages, each reading only the previous one's output:
//! [`load`] (text to `openapiv3`, through [`upgrade`] for 3.1 and 2.0) → [`lower`] (resolve and check, to the [`ir`]) →
//! [`emit`] (IR to token streams) → format with prettyplease → [`render`] the non-Rust
//! files → [`files`] (write or check the result).
//!
//! Architecture invariant: nothing is written until every stage has succeeded, and the
//! output depends only on the spec text and [`Options`], so it is byte-identical on every run.

pub mod diag;
pub mod docs;
pub mod emit;
pub mod exports;
pub mod files;
pub mod format;
pub mod impact;
pub mod ir;
pub mod load;
pub mod locate;
pub mod lower;
pub mod names;
pub mod overrides;
pub mod pointer;
pub mod release;
pub mod render;
pub mod runtime;
pub mod surface;
pub mod upgrade;

use diag::{Diagnostic, Severity};
use files::FileSet;
pub use load::Source;

/// How to package the generated crate.
#[derive(Clone, Debug)]
pub struct Options {
    /// Cargo package name.
    pub crate_name: String,
    /// Cargo package version.
    pub crate_version: String,
    /// The command that regenerates the crate, quoted in every file's header.
    pub command: String,
    /// Give the crate its own `[workspace]` table, so it builds wherever it is written;
    /// off for a crate that is a member of an enclosing workspace.
    pub standalone: bool,
    /// Add the dev-dependencies (tokio, wiremock) that hand-written client tests use.
    pub dev_dependencies: bool,
    /// Generate what can be generated: a construct the generator cannot express yet
    /// becomes a warning that leaves out (or loosens to `serde_json::Value`) only what it
    /// affects, instead of an error.
    pub skip_unsupported: bool,
    /// One cargo feature per OpenAPI tag, so users compile only the operations (and the
    /// types they reach) that they use; `full`, the default, enables them all.
    pub features_by_tag: bool,
    /// Page only the list operations whose spec says how (a vendor extension or a
    /// declared `Link` header), not those whose parameter and field names suggest it.
    pub no_paging_inference: bool,
    /// Fill the IR's hints (the spec's examples, defaults, formats, ...) that
    /// [`Generated::api`] carries, for the contract harness, which makes its inputs from
    /// them; they change no generated file. Off everywhere else: on a large spec they
    /// cost memory (about 13 MB more at peak on GitHub's).
    pub contract_hints: bool,
    /// What `generator.toml` beside the spec says (see [`overrides`]).
    pub overrides: overrides::Overrides,
}

/// A generated crate.
#[derive(Debug)]
pub struct Generated {
    /// Files by relative path.
    pub files: FileSet,
    /// Warnings about parts of the spec that were read loosely.
    pub warnings: Vec<Diagnostic>,
    /// The change against the previous record, and the version it gives the crate.
    pub release: release::Release,
    /// The lowered API the files were emitted from, so that a caller that needs the IR
    /// (the contract harness) does not load and lower the spec a second time. It is
    /// alive until the files are done anyway; callers that need no IR drop it.
    pub api: ir::Api,
}

/// Runs the whole pipeline in memory: the crate's files, the API record, and the release
/// (version and changelog) its change from `previous` makes. On failure, returns every
/// error found, each with its location filled in where the spec text allows.
pub fn generate(
    source: &Source,
    options: &Options,
    previous: &release::Previous,
) -> Result<Generated, Vec<Diagnostic>> {
    let lowered = lowered(source, options)?;
    let api = &lowered.api;
    let mut files = FileSet::new();
    let spec_name = &source.name;
    let rust_files = emit::files(api, &options.crate_name);
    let header = |path: &str| format!("{}\n", files::header(path, spec_name, &options.command));
    // The API-surface record (the baseline the next spec change is judged against) is
    // built, compared with the previous one and written while the code is formatted: on a
    // large spec it is megabytes of JSON.
    let (formatted, surface) = std::thread::scope(|scope| {
        let surface = scope.spawn(|| {
            let surface = surface::Surface::from_api(api);
            let (baseline, impact) = release::compare(previous, &surface);
            let text = surface.to_file(&files::header_text(spec_name, &options.command));
            (text, baseline, impact)
        });
        let formatted = format::format_files(api, &rust_files, format::default_threads(), &header);
        (formatted, surface.join())
    });
    let (surface, baseline, impact) = surface.map_err(|_| {
        vec![Diagnostic::internal(
            "building the API-surface record stopped",
        )]
    })?;
    let release = release::plan(previous, options, baseline, impact)
        .map_err(|e| vec![Diagnostic::error("#", e)])?;
    let formatted = formatted.map_err(|e| {
        vec![Diagnostic::internal(format!(
            "generated `{}` is not valid Rust: {}",
            e.path, e.message
        ))]
    })?;
    for (file, text) in rust_files.iter().zip(formatted) {
        files.insert(file.path.to_string(), text);
    }
    files.extend(runtime_files(spec_name, &options.command));
    files.insert(surface::PATH.to_string(), surface);
    files.insert(
        release::CHANGELOG.to_string(),
        release::changelog(&release, previous, options, spec_name),
    );
    let version = release.version.to_string();
    files.extend(rendered_files(api, spec_name, options, &version)?);
    let warnings = locate_all(source, lowered.warnings);
    Ok(Generated {
        files,
        warnings,
        release,
        api: lowered.api,
    })
}

/// Loads and lowers the spec; the warnings are both stages', pointing into the file's own
/// document.
fn lowered(source: &Source, options: &Options) -> Result<lower::Lowered, Vec<Diagnostic>> {
    let loaded =
        load::load_any(source, options.skip_unsupported).map_err(|d| locate_all(source, d))?;
    // Later stages see the converted document; their pointers go back to the file's own.
    let lower_options = lower::LowerOptions {
        skip_unsupported: options.skip_unsupported,
        features_by_tag: options.features_by_tag,
        no_paging_inference: options.no_paging_inference,
        hints: options.contract_hints,
    };
    let mut lowered = lower::lower_with(&loaded.spec, lower_options, &options.overrides)
        .map_err(|d| locate_all(source, loaded.origins.restore(d)))?;
    let mut warnings = loaded.warnings;
    warnings.extend(
        loaded
            .origins
            .restore(std::mem::take(&mut lowered.warnings)),
    );
    lowered.warnings = warnings;
    // The document is not read after lowering. Freeing it now lets formatting reuse its
    // memory: on GitHub's spec, perf put a fifth of generation in the kernel zeroing fresh pages.
    drop(loaded.spec);
    Ok(lowered)
}

/// The runtime's files, by path, each under its header.
fn runtime_files<'a>(
    spec_name: &'a str,
    command: &'a str,
) -> impl Iterator<Item = (String, String)> + 'a {
    // The runtime is code, not a template: each file is copied as written, under the header.
    runtime::FILES.iter().map(move |(name, text)| {
        let path = format!("src/runtime/{name}");
        let header = files::header(&path, spec_name, command);
        let text = format!("{header}\n{text}");
        (path, text)
    })
}

/// `Cargo.toml` and the README, by path, rendered from their templates.
fn rendered_files(
    api: &ir::Api,
    spec_name: &str,
    options: &Options,
    version: &str,
) -> Result<Vec<(String, String)>, Vec<Diagnostic>> {
    let info = render::CrateInfo {
        crate_name: &options.crate_name,
        crate_version: version,
        spec: spec_name,
        command: &options.command,
        standalone: options.standalone,
        dev_dependencies: options.dev_dependencies,
    };
    let header = |path: &str| files::header(path, spec_name, &options.command);
    [
        (
            "Cargo.toml",
            render::cargo_toml(api, &info, &header("Cargo.toml")),
        ),
        (
            "README.md",
            render::readme(api, &info, &header("README.md")),
        ),
    ]
    .into_iter()
    .map(|(path, rendered)| {
        let text = rendered.map_err(|e| {
            vec![Diagnostic::error(
                "#",
                format!("internal error: rendering {path} failed: {e}"),
            )]
        })?;
        Ok((path.to_string(), text))
    })
    .collect()
}

/// Fills in the line and column of diagnostics that have none.
fn locate_all(source: &Source, mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let missing: Vec<usize> = (0..diags.len())
        .filter(|i| diags[*i].location.is_none())
        .collect();
    if missing.is_empty() {
        return diags;
    }
    let pointers: Vec<&str> = missing.iter().map(|i| diags[*i].pointer.as_str()).collect();
    let found = locate::locate_all(&source.text, &pointers);
    for (i, loc) in missing.into_iter().zip(found) {
        diags[i].location = loc;
    }
    diags
}

/// At most this many diagnostics are rendered in full by [`render_diagnostics`]; the rest
/// are counted by kind.
pub const MAX_RENDERED: usize = 50;

/// Renders diagnostics for a terminal, errors first, then a summary line.
///
/// The output stays small whatever the spec: the first [`MAX_RENDERED`] diagnostics are
/// shown in full (each with a bounded window of its source line), the rest as one count
/// per kind of problem (see [`Diagnostic::kind`]).
pub fn render_diagnostics(source: &Source, diags: &[Diagnostic]) -> String {
    let index = diag::SourceIndex::new(&source.text);
    let mut out = String::new();
    let ordered = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .chain(diags.iter().filter(|d| d.severity == Severity::Warning));
    let mut rest: Vec<&Diagnostic> = Vec::new();
    for (i, d) in ordered.enumerate() {
        if i < MAX_RENDERED {
            out.push_str(&d.render_indexed(&source.name, &index));
            out.push('\n');
        } else {
            rest.push(d);
        }
    }
    out.push_str(&summarize_rest(&rest));
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    if errors > 0 {
        out.push_str(&format!(
            "{errors} error(s), {warnings} warning(s): nothing was written\n"
        ));
    }
    out
}

/// The diagnostics left out of the full rendering, counted by severity and kind in the
/// order their kinds first appear.
fn summarize_rest(rest: &[&Diagnostic]) -> String {
    if rest.is_empty() {
        return String::new();
    }
    let mut groups: Vec<(Severity, String, usize)> = Vec::new();
    let mut seen: std::collections::HashMap<(bool, String), usize> =
        std::collections::HashMap::new();
    for d in rest {
        let kind = d.kind();
        let key = (d.severity == Severity::Error, kind.clone());
        match seen.get(&key) {
            Some(&i) => groups[i].2 += 1,
            None => {
                seen.insert(key, groups.len());
                groups.push((d.severity, kind, 1));
            }
        }
    }
    let errors = rest
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = rest.len() - errors;
    let mut out =
        format!("... and {errors} more error(s), {warnings} more warning(s) not shown, by kind:\n");
    const MAX_GROUPS: usize = 50;
    for (severity, kind, count) in groups.iter().take(MAX_GROUPS) {
        let label = match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!("  {count:>6} x {label}: {kind}\n"));
    }
    if groups.len() > MAX_GROUPS {
        let others: usize = groups[MAX_GROUPS..].iter().map(|g| g.2).sum();
        out.push_str(&format!(
            "  {others:>6} x of {} other kinds\n",
            groups.len() - MAX_GROUPS
        ));
    }
    out.push('\n');
    out
}
