//! Facts read off spec nodes: docs, constraints, media types, servers and status names.

use crate::docs::doc;
use crate::ir::*;
use openapiv3::{self as oa, OpenAPI, Schema, SchemaKind, Type};

pub(super) fn location_of(p: &oa::Parameter) -> ParamLocation {
    match p {
        oa::Parameter::Query { .. } => ParamLocation::Query,
        oa::Parameter::Header { .. } => ParamLocation::Header,
        oa::Parameter::Path { .. } => ParamLocation::Path,
        oa::Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

/// The media type without its parameters, lower-cased: `Application/JSON; charset=utf-8`
/// is `application/json`.
pub(crate) fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

pub(super) fn encoding_of(media_type: &str) -> BodyEncoding {
    let mt = essence(media_type);
    if mt == "application/json" || mt.ends_with("+json") {
        BodyEncoding::Json
    } else if mt == "application/x-www-form-urlencoded" {
        BodyEncoding::Form
    } else if mt == "multipart/form-data" {
        BodyEncoding::Multipart
    } else if mt.starts_with("text/") {
        BodyEncoding::Text
    } else {
        BodyEncoding::Bytes
    }
}

/// `*/*` or `type/*`: a range of media types rather than one.
pub(super) fn is_wildcard(media_type: &str) -> bool {
    essence(media_type).ends_with("/*")
}

/// Picks the media type the client will use: JSON first, then forms, text, anything else.
pub(super) fn pick_media(
    content: &indexmap::IndexMap<String, oa::MediaType>,
) -> Option<(&str, &oa::MediaType)> {
    let rank = |mt: &str| match encoding_of(mt) {
        BodyEncoding::Json => 0,
        BodyEncoding::Form => 1,
        BodyEncoding::Multipart => 2,
        BodyEncoding::Text => 3,
        BodyEncoding::Bytes => 4,
    };
    content
        .iter()
        .min_by_key(|(mt, _)| rank(mt))
        .map(|(mt, m)| (mt.as_str(), m))
}

/// A property's docs: its description, plus the facts the Rust type does not show
/// (`format`, `default`, `readOnly`/`writeOnly`).
pub(super) fn field_doc(s: &Schema) -> Option<String> {
    let mut facts = Vec::new();
    let format = match &s.schema_kind {
        SchemaKind::Type(Type::String(t)) => match &t.format {
            oa::VariantOrUnknownOrEmpty::Item(f) => Some(format!("{f:?}")),
            oa::VariantOrUnknownOrEmpty::Unknown(f) => Some(f.clone()),
            oa::VariantOrUnknownOrEmpty::Empty => None,
        },
        _ => None,
    };
    if let Some(f) = format {
        facts.push(format!(
            "Format: `{}`.",
            f.to_ascii_lowercase().replace("datetime", "date-time")
        ));
    }
    if let Some(d) = &s.schema_data.default {
        let text: String = d.to_string().chars().take(200).collect();
        facts.push(format!("Default: `{}`.", text.replace('`', "'")));
    }
    if s.schema_data.read_only {
        facts.push("Read-only: set by the server, not sent.".into());
    }
    if s.schema_data.write_only {
        facts.push("Write-only: sent, never returned.".into());
    }
    let facts = facts.join(" ");
    doc(&[
        s.schema_data.title.as_deref(),
        s.schema_data.description.as_deref(),
        Some(facts.as_str()),
    ])
}

pub(super) fn schema_doc(s: &Schema) -> Option<String> {
    doc(&[
        s.schema_data.title.as_deref(),
        s.schema_data.description.as_deref(),
    ])
}

pub(super) fn constraints(s: &Schema) -> Constraints {
    let mut c = Constraints::default();
    match &s.schema_kind {
        SchemaKind::Type(Type::String(t)) => {
            c.min_length = t.min_length.map(|v| v as u64);
            c.max_length = t.max_length.map(|v| v as u64);
            c.pattern = t.pattern.clone();
        }
        SchemaKind::Type(Type::Integer(t)) => {
            c.minimum = t.minimum.map(|v| (v as f64, t.exclusive_minimum));
            c.maximum = t.maximum.map(|v| (v as f64, t.exclusive_maximum));
        }
        SchemaKind::Type(Type::Number(t)) => {
            c.minimum = t.minimum.map(|v| (v, t.exclusive_minimum));
            c.maximum = t.maximum.map(|v| (v, t.exclusive_maximum));
        }
        SchemaKind::Type(Type::Array(t)) => {
            c.min_items = t.min_items.map(|v| v as u64);
            c.max_items = t.max_items.map(|v| v as u64);
        }
        // What openapiv3 could not read as its `type` (a bound written as a float, or
        // past `i64`): the keywords as written.
        SchemaKind::Any(t) => {
            c.min_length = t.min_length.map(|v| v as u64);
            c.max_length = t.max_length.map(|v| v as u64);
            c.pattern = t.pattern.clone();
            c.minimum = t.minimum.map(|v| (v, t.exclusive_minimum.unwrap_or(false)));
            c.maximum = t.maximum.map(|v| (v, t.exclusive_maximum.unwrap_or(false)));
            c.min_items = t.min_items.map(|v| v as u64);
            c.max_items = t.max_items.map(|v| v as u64);
        }
        _ => {}
    }
    // YAML can spell infinities (`.inf`); such a bound checks nothing and has no literal.
    c.minimum = c.minimum.filter(|(v, _)| v.is_finite());
    c.maximum = c.maximum.filter(|(v, _)| v.is_finite());
    // A minimum of zero items or characters checks nothing.
    if c.min_length == Some(0) {
        c.min_length = None
    }
    if c.min_items == Some(0) {
        c.min_items = None
    }
    c
}

pub(super) fn servers(spec: &OpenAPI) -> Vec<Server> {
    spec.servers
        .iter()
        .map(|s| {
            let mut url = s.url.clone();
            for (name, var) in s.variables.iter().flatten() {
                url = url.replace(&format!("{{{name}}}"), &var.default);
            }
            Server {
                url,
                doc: doc(&[s.description.as_deref()]),
            }
        })
        .collect()
}

/// The name of a status code's variant: its reason phrase, or `StatusNNN`.
pub(super) fn status_name(code: u16) -> &'static str {
    match code {
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "Im A Teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "Http Version Not Supported",
        _ => "",
    }
}
