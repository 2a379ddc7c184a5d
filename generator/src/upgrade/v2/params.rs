//! Parameters: `$ref`s followed, value keywords moved into a 3.0 `schema`, `collectionFormat` as a `style`.

use super::V2;
use crate::pointer::{child, pointer};
use crate::upgrade::Cx;
use serde_json::{Map, Value, json};

/// Parameter keywords that describe the value; 3.0 moves them into the parameter's `schema`.
pub(super) const SCHEMA_KEYS: &[&str] = &[
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
];

/// A parameter as written, with where it was written (a `$ref`erenced one is followed).
pub(super) struct Param<'a> {
    pub(super) p: &'a Map<String, Value>,
    pub(super) at: String,
}

impl<'a> V2<'a> {
    /// The parameters of a list, `$ref`s to `#/parameters` followed so body and form
    /// parameters can be told apart.
    pub(super) fn params(&self, list: Option<&'a Value>, at: &str, cx: &mut Cx) -> Vec<Param<'a>> {
        let Some(Value::Array(list)) = list else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, p) in list.iter().enumerate() {
            let here = child(at, &i.to_string());
            match p.get("$ref").and_then(Value::as_str) {
                Some(r) => {
                    let target = r
                        .strip_prefix("#/parameters/")
                        .map(crate::pointer::unescape)
                        .and_then(|name| {
                            let p = self.src.get("parameters")?.get(&name)?.as_object()?;
                            Some((p, pointer(["parameters", name.as_str()])))
                        });
                    match target {
                        Some((p, at)) => out.push(Param { p, at }),
                        None => cx.unsupported(
                            &child(&here, "$ref"),
                            format!("`$ref: {r}` points at a parameter that does not exist"),
                            "define it under `parameters`, or fix the reference",
                        ),
                    }
                }
                None => {
                    if let Value::Object(p) = p {
                        out.push(Param { p, at: here });
                    }
                }
            }
        }
        out
    }

    /// A non-body parameter: a reference to the component if it was one, else converted.
    pub(super) fn param_or_ref(&self, p: &Param<'_>, new: &str, cx: &mut Cx) -> Value {
        if let Some(name) = p.at.strip_prefix("#/parameters/") {
            return json!({ "$ref": format!("#/components/parameters/{name}") });
        }
        self.param(p.p, &p.at, new, cx)
    }

    pub(super) fn param(&self, p: &Map<String, Value>, at: &str, new: &str, cx: &mut Cx) -> Value {
        cx.origins.record(new, at);
        cx.origins.record(&child(new, "schema"), at);
        let location = p.get("in").and_then(Value::as_str).unwrap_or("");
        let mut out = Map::new();
        let mut schema = Map::new();
        for (k, v) in p {
            if SCHEMA_KEYS.contains(&k.as_str()) {
                schema.insert(k.clone(), v.clone());
            } else if k != "collectionFormat" {
                out.insert(k.clone(), v.clone());
            }
        }
        strip_item_formats(&mut schema, &child(at, "items"), cx);
        if schema.get("type").and_then(Value::as_str) == Some("array") {
            let format = p
                .get("collectionFormat")
                .and_then(Value::as_str)
                .unwrap_or("csv");
            let style = match (format, location) {
                ("csv", "query") => Some(("form", false)),
                ("csv", _) => Some(("simple", false)),
                ("multi", "query") => Some(("form", true)),
                ("ssv", "query") => Some(("spaceDelimited", false)),
                ("pipes", "query") => Some(("pipeDelimited", false)),
                _ => None,
            };
            match style {
                Some((style, explode)) => {
                    out.insert("style".into(), json!(style));
                    out.insert("explode".into(), json!(explode));
                }
                None => cx.unsupported(
                    &child(at, "collectionFormat"),
                    format!("`collectionFormat: {format}` in a {location} parameter has no OpenAPI 3 style"),
                    "use `csv`, or in a query `multi`, `ssv` or `pipes` (with `--skip-unsupported` the operation is left out)",
                ),
            }
        }
        out.insert("schema".into(), Value::Object(schema));
        Value::Object(out)
    }
}

pub(super) fn is_body(p: &Param<'_>) -> bool {
    matches!(
        p.p.get("in").and_then(Value::as_str),
        Some("body" | "formData")
    )
}

/// Array items of a parameter may carry their own `collectionFormat` (arrays of arrays);
/// 3.0 has no style for the inner level.
fn strip_item_formats(schema: &mut Map<String, Value>, at: &str, cx: &mut Cx) {
    if let Some(Value::Object(items)) = schema.get_mut("items") {
        if items.remove("collectionFormat").is_some() {
            cx.unsupported(
                &child(at, "collectionFormat"),
                "a `collectionFormat` on nested array items has no OpenAPI 3 style",
                "flatten the parameter to one array (with `--skip-unsupported` the operation is left out)",
            );
        }
    }
}
