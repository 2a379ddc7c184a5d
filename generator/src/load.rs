//! Loads a spec file into `openapiv3` types; the only module that knows YAML or JSON.
//!
//! `serde_yaml` is deprecated upstream; keeping it behind this module means swapping it
//! for a successor touches nothing else.

use crate::diag::{Diagnostic, Location};
use crate::pointer::pointer;
use openapiv3::OpenAPI;
use serde::Deserialize;

/// The text of a spec and the name to show for it in diagnostics and headers.
#[derive(Clone, Debug)]
pub struct Source {
    /// The path as the user should see it (relative where possible, `/`-separated).
    pub name: String,
    /// The whole file.
    pub text: String,
}

/// Which parser reads the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Yaml,
    Json,
}

impl Source {
    fn format(&self) -> Format {
        let lower = self.name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            Format::Json
        } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
            Format::Yaml
        } else if self.text.trim_start().starts_with('{') {
            Format::Json
        } else {
            Format::Yaml
        }
    }
}

/// Only the fields needed to tell which kind of document this is.
#[derive(Deserialize)]
struct Probe {
    openapi: Option<serde_json::Value>,
    swagger: Option<serde_json::Value>,
}

/// Parses the spec, after checking that it is OpenAPI 3.0.x.
pub fn load(source: &Source) -> Result<OpenAPI, Diagnostic> {
    let format = source.format();
    let probe: Probe = match format {
        Format::Json => serde_json::from_str(&source.text).map_err(|e| {
            syntax_error(
                &e.to_string(),
                Some(Location {
                    line: e.line(),
                    column: e.column(),
                }),
            )
        })?,
        Format::Yaml => serde_yaml::from_str(&source.text).map_err(|e| {
            let loc = e.location().map(|l| Location {
                line: l.line(),
                column: l.column(),
            });
            syntax_error(&e.to_string(), loc)
        })?,
    };
    check_version(&probe)?;
    let result = match format {
        Format::Json => {
            let mut de = serde_json::Deserializer::from_str(&source.text);
            serde_path_to_error::deserialize(&mut de).map_err(|e| {
                let loc = Location {
                    line: e.inner().line(),
                    column: e.inner().column(),
                };
                (e.path().clone(), e.inner().to_string(), Some(loc))
            })
        }
        Format::Yaml => {
            let de = serde_yaml::Deserializer::from_str(&source.text);
            serde_path_to_error::deserialize(de).map_err(|e| {
                let loc = e.inner().location().map(|l| Location {
                    line: l.line(),
                    column: l.column(),
                });
                (e.path().clone(), e.inner().to_string(), loc)
            })
        }
    };
    result.map_err(|(path, message, location)| {
        let ptr = path_to_pointer(&path);
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_string();
        Diagnostic {
            location,
            ..Diagnostic::error(ptr, format!("this is not a valid OpenAPI 3.0 node: {message}"))
                .with_help("compare the node with the OpenAPI 3.0.3 specification (https://spec.openapis.org/oas/v3.0.3)")
        }
    })
}

fn syntax_error(message: &str, location: Option<Location>) -> Diagnostic {
    let message = message.split(" at line ").next().unwrap_or(message);
    Diagnostic {
        location,
        ..Diagnostic::error("#", format!("the file cannot be parsed: {message}"))
            .with_help("fix the syntax; a YAML or JSON linter shows the exact spot")
    }
}

fn check_version(probe: &Probe) -> Result<(), Diagnostic> {
    if let Some(v) = &probe.swagger {
        return Err(Diagnostic::error(
            "#/swagger",
            format!("this is a Swagger {} document; only OpenAPI 3.0.x is supported", plain(v)),
        )
        .with_help("convert it to OpenAPI 3.0 first, e.g. with `npx swagger2openapi spec.yaml -o openapi.yaml`"));
    }
    let Some(v) = &probe.openapi else {
        return Err(Diagnostic::error(
            "#",
            "this is not an OpenAPI document: it has no `openapi` field",
        )
        .with_help("an OpenAPI 3.0 document starts with `openapi: 3.0.3`"));
    };
    let version = plain(v);
    if version.starts_with("3.0") {
        Ok(())
    } else if version.starts_with("3.1") {
        Err(Diagnostic::error(
            "#/openapi",
            format!("OpenAPI {version} is not supported; this generator reads OpenAPI 3.0.x"),
        )
        .with_help("write the spec as OpenAPI 3.0.3 (3.1 differs in `nullable`, `exclusiveMinimum` and JSON Schema keywords)"))
    } else {
        Err(Diagnostic::error(
            "#/openapi",
            format!("unknown OpenAPI version `{version}`; this generator reads OpenAPI 3.0.x"),
        )
        .with_help("set `openapi: 3.0.3`"))
    }
}

fn plain(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    pointer(path.iter().filter_map(|seg| match seg {
        Segment::Seq { index } => Some(index.to_string()),
        Segment::Map { key } => Some(key.clone()),
        Segment::Enum { .. } | Segment::Unknown => None,
    }))
}
