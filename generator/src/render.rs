//! Renders the generated crate's non-Rust files (Cargo.toml, README.md) from askama templates.

use crate::ir::{Api, TagFeature, TagGrouping};
use askama::Template;

/// What the templates need besides the IR.
pub struct CrateInfo<'a> {
    /// Package name.
    pub crate_name: &'a str,
    /// Package version.
    pub crate_version: &'a str,
    /// The spec path shown to readers.
    pub spec: &'a str,
    /// The command that regenerates the crate.
    pub command: &'a str,
    /// Whether the crate gets its own `[workspace]` table.
    pub standalone: bool,
    /// Whether the crate gets the dev-dependencies its hand-written tests use.
    pub dev_dependencies: bool,
}

#[derive(Template)]
#[template(path = "Cargo.toml.jinja", escape = "none")]
struct CargoToml {
    header: String,
    dependencies: &'static str,
    features: &'static str,
    /// Each per-tag feature's name and the comment lines above it.
    tag_features: Vec<(String, Vec<String>)>,
    /// What the per-tag features are, as comment lines.
    grouping: Vec<String>,
    /// The `full` feature's list, as TOML.
    full: String,
    /// What the `unused-schemas` feature compiles, as comment lines; empty: no such feature.
    unused: Vec<String>,
    crate_name: String,
    /// The name as a bare TOML key (cargo's package names are valid ones).
    crate_name_bare: String,
    crate_version: String,
    description: String,
    standalone: bool,
    dev_dependencies: bool,
}

struct FeatureRow {
    name: String,
    tags: String,
    operations: usize,
}

struct OpRow {
    name: String,
    method: String,
    path: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "README.md.jinja", escape = "none")]
struct Readme {
    header: String,
    /// What the crate's features are; empty when it has neither per-tag features nor
    /// unused schemas.
    features_text: String,
    /// Each per-tag feature: name, tags, operations.
    features: Vec<FeatureRow>,
    crate_name: String,
    lib_name: String,
    title: String,
    summary: String,
    spec: String,
    command: String,
    base_url: String,
    /// Builder lines that set the spec's own credentials, e.g. `.client_credentials(...)`.
    credentials: Vec<String>,
    operations: Vec<OpRow>,
}

/// How the usage example sets credentials: one line per security scheme the spec declares
/// (up to three), in the shape the scheme's setter takes, with values from the environment.
fn credential_lines(api: &Api, lib_name: &str) -> Vec<String> {
    use crate::ir::SchemeKind;
    let env = |what: &str| {
        format!(
            "std::env::var(\"{}_{}\")?",
            lib_name.to_ascii_uppercase(),
            what
        )
    };
    if api.security_schemes.is_empty() {
        return vec![
            "// The spec declares no security scheme. For an API that wants credentials".into(),
            "// anyway, a token goes on every request (or `.credential_header(name, key)`):".into(),
            format!(".bearer_token({})", env("TOKEN")),
        ];
    }
    api.security_schemes
        .iter()
        .take(3)
        .map(|s| {
            let f = s.builder_fn.bare();
            match &s.kind {
                SchemeKind::Bearer {
                    client_credentials: Some(_),
                    ..
                } => format!(".{f}({}, {})", env("CLIENT_ID"), env("CLIENT_SECRET")),
                SchemeKind::Bearer {
                    authorization_code: Some(_),
                    ..
                } => format!(".{f}({lib_name}::UserTokens::new({}))", env("USER_TOKEN")),
                SchemeKind::Basic => format!(".{f}({}, {})", env("USER"), env("PASSWORD")),
                SchemeKind::ApiKey { .. } => format!(".{f}({})", env("API_KEY")),
                SchemeKind::Bearer { .. } | SchemeKind::Http { .. } => {
                    format!(".{f}({})", env("TOKEN"))
                }
            }
        })
        .collect()
}

/// A TOML basic string: the `toml` crate escapes whatever the spec's title contains.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// Prose squeezed onto one line of at most `max` characters, for table cells and metadata.
fn one_line(s: &str, max: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// What the per-tag features stand for: one sentence on the rule, one on `full`.
fn grouping_text(api: &Api, full: &str) -> String {
    let tags: usize = api.tag_features.iter().map(|f| f.tags.len()).sum();
    let rule = match api.tag_grouping {
        TagGrouping::Tag => "One feature per tag of the spec".to_string(),
        TagGrouping::Prefix => format!(
            "One feature per group of the spec's {tags} tags, grouped by their dotted or slashed prefix (`users.calendar` goes with `users.user` into `users`)"
        ),
        TagGrouping::Path => format!(
            "One feature per group of the spec's {tags} tags, grouped by the first segment of their operations' paths (a tag whose paths mostly start with `/users/` goes into `users`)"
        ),
    };
    format!(
        "{rule}: each compiles its operations and the types they reach. {full}, enables them all; with `default-features = false`, list the ones you call."
    )
}

/// What the `unused-schemas` feature compiles, for the manifest; empty when nothing.
fn unused_text(api: &Api) -> String {
    if api.unused_schemas == 0 {
        return String::new();
    }
    let default = if api.tag_features.is_empty() {
        "Not a default feature"
    } else {
        "Not part of `full`"
    };
    format!(
        "The {} schema(s) of the spec that no operation uses (webhook payloads, say), with both serde traits, and what they hold. {default}: the default build compiles only what the operations need.",
        api.unused_schemas
    )
}

/// The README's paragraph on the crate's features; empty when it has none.
fn features_text(api: &Api) -> String {
    let mut text = if api.tag_features.is_empty() {
        String::new()
    } else {
        grouping_text(api, "The feature `full`, on by default")
    };
    if api.unused_schemas > 0 {
        let left_out = if api.tag_features.is_empty() {
            "which is not a default feature"
        } else {
            "which `full` leaves out"
        };
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!(
            "The {} schema(s) that no operation uses come with the feature `unused-schemas`, {left_out}: the default build compiles only what the operations need.",
            api.unused_schemas
        ));
    }
    text
}

/// The comment above one per-tag feature: its tags and how many operations it compiles.
fn feature_comment(f: &TagFeature) -> String {
    let tags: Vec<String> = f
        .tags
        .iter()
        .map(|t| format!("`{}`", one_line(t, 100)))
        .collect();
    let noun = if tags.len() == 1 { "Tag" } else { "Tags" };
    format!("{noun} {}: {} operation(s).", tags.join(", "), f.operations)
}

/// `text` in lines of at most `width` characters, broken between words (a longer word
/// has a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The crate's `Cargo.toml`.
pub fn cargo_toml(api: &Api, info: &CrateInfo, header: &str) -> Result<String, askama::Error> {
    CargoToml {
        header: header.to_string(),
        dependencies: crate::runtime::DEPENDENCIES,
        features: crate::runtime::FEATURES,
        tag_features: api
            .tag_features
            .iter()
            .map(|f| (f.name.clone(), wrap(&feature_comment(f), 88)))
            .collect(),
        grouping: wrap(&grouping_text(api, "`full`, the default"), 88),
        unused: wrap(&unused_text(api), 88),
        full: format!(
            "[{}]",
            api.tag_features
                .iter()
                .map(|f| toml_string(&f.name))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        crate_name: toml_string(info.crate_name),
        crate_name_bare: info.crate_name.to_string(),
        crate_version: toml_string(info.crate_version),
        // crates.io caps descriptions, and specs can carry very long titles.
        description: toml_string(&one_line(
            &format!("Generated client for {}", api.title),
            200,
        )),
        standalone: info.standalone,
        dev_dependencies: info.dev_dependencies,
    }
    .render()
}

/// The crate's `README.md`.
pub fn readme(api: &Api, info: &CrateInfo, header: &str) -> Result<String, askama::Error> {
    let summary = api
        .doc
        .as_deref()
        .and_then(|d| d.split("\n\n").nth(1))
        .map(|p| one_line(p, 600))
        .unwrap_or_default();
    let lib_name = info.crate_name.replace('-', "_");
    Readme {
        credentials: credential_lines(api, &lib_name),
        header: header.to_string(),
        features_text: wrap(&features_text(api), 90).join("\n"),
        features: api
            .tag_features
            .iter()
            .map(|f| FeatureRow {
                name: f.name.clone(),
                tags: f
                    .tags
                    .iter()
                    .map(|t| format!("`{}`", one_line(t, 100).replace('|', "\\|")))
                    .collect::<Vec<_>>()
                    .join(", "),
                operations: f.operations,
            })
            .collect(),
        crate_name: info.crate_name.to_string(),
        lib_name,
        title: one_line(&api.title, 120),
        summary,
        spec: info.spec.to_string(),
        command: info.command.to_string(),
        base_url: api
            .servers
            .first()
            .map(|s| s.url.clone())
            .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
            .unwrap_or_default(),
        operations: api
            .operations
            .iter()
            .map(|op| OpRow {
                name: op.fn_name.bare().to_string(),
                method: op.method.as_str().to_string(),
                path: op.path.replace('|', "\\|"),
                summary: one_line(
                    op.summary
                        .as_deref()
                        .or(op.doc.as_deref())
                        .unwrap_or_default(),
                    100,
                )
                .replace('|', "\\|"),
            })
            .collect(),
    }
    .render()
}
