//! Swagger 2.0 to OpenAPI 3.0: servers, components, bodies, media types and security.

mod operation;
mod params;
mod responses;
mod security;
#[cfg(test)]
mod tests;

use super::{Cx, Upgraded, each_schema, pointer_child};
use crate::pointer::{child, pointer};
use params::is_body;
use security::security_scheme;
use serde_json::{Map, Value, json};

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch"];

/// What 2.0 assumes when a document names no media type.
const JSON: &str = "application/json";

/// Converts a Swagger 2.0 document.
pub fn upgrade(doc: Value, skip_unsupported: bool) -> Upgraded {
    let mut cx = Cx::new(skip_unsupported);
    let Value::Object(src) = doc else {
        return cx.finish(doc);
    };
    let mut out = Map::new();
    out.insert("openapi".into(), json!("3.0.3"));
    for (k, v) in &src {
        if matches!(k.as_str(), "info" | "tags" | "externalDocs" | "security")
            || k.starts_with("x-")
        {
            out.insert(k.clone(), v.clone());
        }
    }
    if let Some(servers) = servers(&src, &mut cx) {
        out.insert("servers".into(), servers);
    }
    let v2 = V2 {
        src: &src,
        consumes: strings(src.get("consumes")),
        produces: strings(src.get("produces")),
    };
    out.insert("components".into(), v2.components(&mut cx));
    out.insert("paths".into(), v2.paths(&mut cx));
    let mut doc = Value::Object(out);
    each_schema(&mut doc, &mut cx, &mut schema);
    cx.finish(doc)
}

/// `schemes`, `host` and `basePath` as 3.0 server URLs, one per scheme.
fn servers(src: &Map<String, Value>, cx: &mut Cx) -> Option<Value> {
    let base = src.get("basePath").and_then(Value::as_str).unwrap_or("");
    let Some(host) = src.get("host").and_then(Value::as_str) else {
        if base.is_empty() || base == "/" {
            return None;
        }
        cx.origins.record("#/servers/0/url", "#/basePath");
        return Some(json!([{ "url": base }]));
    };
    // Without `schemes`, 2.0 means the scheme the spec was fetched with; https is the
    // one a client should assume.
    let mut schemes = strings(src.get("schemes"));
    if schemes.is_empty() {
        schemes.push("https".into());
    }
    let list: Vec<Value> = schemes
        .iter()
        .enumerate()
        .map(|(i, s)| {
            cx.origins.record(&format!("#/servers/{i}/url"), "#/host");
            json!({ "url": format!("{s}://{host}{base}") })
        })
        .collect();
    Some(Value::Array(list))
}

struct V2<'a> {
    src: &'a Map<String, Value>,
    consumes: Vec<String>,
    produces: Vec<String>,
}

impl V2<'_> {
    fn components(&self, cx: &mut Cx) -> Value {
        let mut c = Map::new();
        if let Some(defs) = self.src.get("definitions") {
            c.insert("schemas".into(), defs.clone());
            cx.origins.record("#/components/schemas", "#/definitions");
        }
        if let Some(Value::Object(params)) = self.src.get("parameters") {
            let mut out = Map::new();
            for (name, p) in params {
                let Value::Object(p) = p else { continue };
                // Body and form parameters are inlined where they are used: in 3.0 they
                // are part of a request body, not parameters.
                if matches!(
                    p.get("in").and_then(Value::as_str),
                    Some("body" | "formData")
                ) {
                    continue;
                }
                let at = pointer(["parameters", name.as_str()]);
                let new = pointer(["components", "parameters", name.as_str()]);
                let before = cx.unsupported_count;
                let converted = self.param(p, &at, &new, cx);
                // Left out, its users' `$ref`s dangle and cost only those operations.
                if cx.unsupported_count == before {
                    out.insert(name.clone(), converted);
                }
            }
            c.insert("parameters".into(), Value::Object(out));
        }
        if let Some(Value::Object(responses)) = self.src.get("responses") {
            let mut out = Map::new();
            for (name, r) in responses {
                let at = pointer(["responses", name.as_str()]);
                let new = pointer(["components", "responses", name.as_str()]);
                out.insert(
                    name.clone(),
                    self.response(r, &at, &new, &self.produces, cx),
                );
            }
            c.insert("responses".into(), Value::Object(out));
        }
        if let Some(Value::Object(defs)) = self.src.get("securityDefinitions") {
            let mut out = Map::new();
            for (name, d) in defs {
                let at = pointer(["securityDefinitions", name.as_str()]);
                cx.origins.record(
                    &pointer(["components", "securitySchemes", name.as_str()]),
                    &at,
                );
                if let Some(s) = security_scheme(d, &at, cx) {
                    out.insert(name.clone(), s);
                }
            }
            c.insert("securitySchemes".into(), Value::Object(out));
        }
        Value::Object(c)
    }

    fn paths(&self, cx: &mut Cx) -> Value {
        let mut out = Map::new();
        let Some(Value::Object(paths)) = self.src.get("paths") else {
            return Value::Object(out);
        };
        for (path, item) in paths {
            let Value::Object(item) = item else { continue };
            let at = pointer(["paths", path.as_str()]);
            if path.starts_with("x-") {
                out.insert(path.clone(), Value::Object(item.clone()));
                continue;
            }
            let before = cx.unsupported_count;
            let shared = self.params(item.get("parameters"), &child(&at, "parameters"), cx);
            let mut new_item = Map::new();
            let (plain, bodies): (Vec<_>, Vec<_>) = shared.iter().partition(|p| !is_body(p));
            let plain: Vec<Value> = plain
                .iter()
                .enumerate()
                .map(|(i, p)| self.param_or_ref(p, &format!("{at}/parameters/{i}"), cx))
                .collect();
            if cx.unsupported_count > before {
                // A shared parameter that cannot be sent right costs the whole path (the
                // diagnostic says why); without `--skip-unsupported` it is an error anyway.
                continue;
            }
            if !plain.is_empty() {
                new_item.insert("parameters".into(), Value::Array(plain));
            }
            for (k, v) in item {
                if k == "parameters" {
                    continue;
                }
                if METHODS.contains(&k.as_str()) {
                    if let Value::Object(op) = v {
                        let op_at = child(&at, k);
                        let before = cx.unsupported_count;
                        let converted = self.operation(op, &op_at, &bodies, cx);
                        // Sent wrongly is worse than not generated: the operation is left out.
                        if cx.unsupported_count == before {
                            new_item.insert(k.clone(), converted);
                        }
                    }
                } else {
                    new_item.insert(k.clone(), v.clone());
                }
            }
            out.insert(path.clone(), Value::Object(new_item));
        }
        Value::Object(out)
    }
}

/// Converts one 2.0 schema's own keywords; [`each_schema`] then visits its subschemas.
fn schema(v: &mut Value, ptr: &str, cx: &mut Cx) {
    let Value::Object(s) = v else { return };
    if let Some(n) = s.remove("x-nullable") {
        s.insert("nullable".into(), n);
        // Beside a `$ref`, 3.0 would ignore it; one `allOf` member carries it, and the
        // lowering reads that as the referenced type itself.
        if let Some(reference) = s.remove("$ref") {
            let at = cx.origins.original(&child(ptr, "$ref"));
            s.insert("allOf".into(), json!([{ "$ref": reference }]));
            cx.origins.record(&format!("{ptr}/allOf/0/$ref"), &at);
        }
    }
    if s.get("type").and_then(Value::as_str) == Some("file") {
        s.insert("type".into(), json!("string"));
        s.insert("format".into(), json!("binary"));
    }
    // A `$ref` just moved into `allOf` is rewritten when that member is visited.
    if let Some(Value::String(r)) = s.get_mut("$ref") {
        if let Some(name) = r.strip_prefix("#/definitions/") {
            *r = format!("#/components/schemas/{name}");
        }
    }
    if let Some(Value::String(property)) = s.get("discriminator") {
        let d = json!({ "propertyName": property });
        s.insert("discriminator".into(), d);
    }
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(|s| s.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}
