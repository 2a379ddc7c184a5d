//! Swagger 2.0 to OpenAPI 3.0: servers, components, bodies, media types and security.

use super::{Cx, Upgraded, each_schema};
use crate::pointer::{child, pointer};
use serde_json::{Map, Value, json};

/// Parameter keywords that describe the value; 3.0 moves them into the parameter's `schema`.
const SCHEMA_KEYS: &[&str] = &[
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

/// A parameter as written, with where it was written (a `$ref`erenced one is followed).
struct Param<'a> {
    p: &'a Map<String, Value>,
    at: String,
}

impl<'a> V2<'a> {
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

    /// The parameters of a list, `$ref`s to `#/parameters` followed so body and form
    /// parameters can be told apart.
    fn params(&self, list: Option<&'a Value>, at: &str, cx: &mut Cx) -> Vec<Param<'a>> {
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
    fn param_or_ref(&self, p: &Param<'_>, new: &str, cx: &mut Cx) -> Value {
        if let Some(name) = p.at.strip_prefix("#/parameters/") {
            return json!({ "$ref": format!("#/components/parameters/{name}") });
        }
        self.param(p.p, &p.at, new, cx)
    }

    fn param(&self, p: &Map<String, Value>, at: &str, new: &str, cx: &mut Cx) -> Value {
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

    fn operation(
        &self,
        op: &Map<String, Value>,
        at: &str,
        shared: &[&Param<'_>],
        cx: &mut Cx,
    ) -> Value {
        let mut out = Map::new();
        for (k, v) in op {
            if !matches!(
                k.as_str(),
                "parameters" | "responses" | "consumes" | "produces" | "schemes"
            ) {
                out.insert(k.clone(), v.clone());
            }
        }
        if op.contains_key("schemes") {
            cx.warn(&child(at, "schemes"), "an operation's own `schemes` are not generated: it is called on the document's servers");
        }
        let consumes = op
            .get("consumes")
            .map_or_else(|| self.consumes.clone(), |c| strings(Some(c)));
        let produces = op
            .get("produces")
            .map_or_else(|| self.produces.clone(), |c| strings(Some(c)));
        let own = self.params(op.get("parameters"), &child(at, "parameters"), cx);
        // An operation's parameter overrides a path-level one of the same name and place.
        let key = |p: &Param<'_>| (p.p.get("name").cloned(), p.p.get("in").cloned());
        let mut all: Vec<&Param<'_>> = shared
            .iter()
            .copied()
            .filter(|s| !own.iter().any(|o| key(o) == key(s)))
            .collect();
        all.extend(own.iter());
        let mut params = Vec::new();
        let mut body = None;
        let mut form = Vec::new();
        for p in all {
            match p.p.get("in").and_then(Value::as_str) {
                Some("body") => body = Some(p),
                Some("formData") => form.push(p),
                _ => {
                    // Only the operation's own plain parameters are listed here.
                    if own.iter().any(|o| std::ptr::eq(o, p)) {
                        let new = format!("{at}/parameters/{}", params.len());
                        params.push(self.param_or_ref(p, &new, cx));
                    }
                }
            }
        }
        if !params.is_empty() {
            out.insert("parameters".into(), Value::Array(params));
        }
        let body_at = child(at, "requestBody");
        if let Some(b) = body {
            if !form.is_empty() {
                cx.unsupported(
                    &b.at,
                    "an operation cannot have both a `body` and `formData` parameters",
                    "keep one of them; Swagger 2.0 allows only one kind of request body",
                );
            }
            out.insert("requestBody".into(), self.body(b, &body_at, &consumes, cx));
        } else if !form.is_empty() {
            out.insert(
                "requestBody".into(),
                self.form(&form, &body_at, &consumes, cx),
            );
        }
        let mut responses = Map::new();
        if let Some(Value::Object(rs)) = op.get("responses") {
            for (status, r) in rs {
                let r_at = pointer_child(at, &["responses", status]);
                if status.starts_with("x-") {
                    responses.insert(status.clone(), r.clone());
                    continue;
                }
                responses.insert(
                    status.clone(),
                    self.response(r, &r_at, &r_at, &produces, cx),
                );
            }
        }
        out.insert("responses".into(), Value::Object(responses));
        Value::Object(out)
    }

    fn body(&self, b: &Param<'_>, new: &str, consumes: &[String], cx: &mut Cx) -> Value {
        cx.origins.record(new, &b.at);
        let schema = b.p.get("schema").cloned().unwrap_or_else(|| json!({}));
        let types = if consumes.is_empty() {
            vec![JSON.to_string()]
        } else {
            consumes.to_vec()
        };
        let mut content = Map::new();
        for t in &types {
            cx.origins.record(
                &pointer_child(new, &["content", t, "schema"]),
                &child(&b.at, "schema"),
            );
            content.insert(t.clone(), json!({ "schema": schema }));
        }
        let mut out = Map::new();
        if let Some(d) = b.p.get("description") {
            out.insert("description".into(), d.clone());
        }
        if let Some(r) = b.p.get("required") {
            out.insert("required".into(), r.clone());
        }
        out.insert("content".into(), Value::Object(content));
        // The name 2.0 gave the body, under the extension other generators read it from.
        if let Some(name) = b.p.get("name") {
            out.insert("x-codegen-request-body-name".into(), name.clone());
        }
        Value::Object(out)
    }

    /// `formData` parameters as the properties of one object body, multipart when a file
    /// is sent or `consumes` asks for it, else URL-encoded.
    fn form(&self, form: &[&Param<'_>], new: &str, consumes: &[String], cx: &mut Cx) -> Value {
        let has_file = form
            .iter()
            .any(|p| p.p.get("type").and_then(Value::as_str) == Some("file"));
        let multipart = has_file
            || consumes
                .iter()
                .any(|c| c.starts_with("multipart/form-data"));
        let media = if multipart {
            "multipart/form-data"
        } else {
            "application/x-www-form-urlencoded"
        };
        if let Some(first) = form.first() {
            cx.origins.record(new, &first.at);
        }
        let schema_at = pointer_child(new, &["content", media, "schema"]);
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut encoding = Map::new();
        for p in form {
            let Some(name) = p.p.get("name").and_then(Value::as_str) else {
                continue;
            };
            let prop_at = pointer_child(&schema_at, &["properties", name]);
            let converted = self.param(p.p, &p.at, &prop_at, cx);
            // The parameter itself is where a problem with the property was written.
            cx.origins.record(&prop_at, &p.at);
            let mut schema = converted
                .get("schema")
                .cloned()
                .unwrap_or_else(|| json!({}));
            if let (Some(d), Value::Object(s)) = (p.p.get("description"), &mut schema) {
                s.insert("description".into(), d.clone());
            }
            properties.insert(name.into(), schema);
            if p.p.get("required") == Some(&json!(true)) {
                required.push(json!(name));
            }
            if let Some(style) = converted.get("style") {
                encoding.insert(
                    name.into(),
                    json!({ "style": style, "explode": converted.get("explode") }),
                );
            }
        }
        // The body can be left out only when every field can.
        let body_required = !required.is_empty();
        let mut schema = json!({ "type": "object", "properties": properties });
        if body_required {
            schema["required"] = Value::Array(required);
        }
        let mut media_obj = json!({ "schema": schema });
        if !encoding.is_empty() {
            media_obj["encoding"] = Value::Object(encoding);
        }
        json!({ "required": body_required, "content": { media: media_obj } })
    }

    fn response(&self, r: &Value, at: &str, new: &str, produces: &[String], cx: &mut Cx) -> Value {
        cx.origins.record(new, at);
        let Value::Object(r) = r else {
            return r.clone();
        };
        if let Some(reference) = r.get("$ref").and_then(Value::as_str) {
            let rewritten = match reference.strip_prefix("#/responses/") {
                Some(name) => format!("#/components/responses/{name}"),
                None => reference.to_string(),
            };
            return json!({ "$ref": rewritten });
        }
        let mut out = Map::new();
        out.insert(
            "description".into(),
            r.get("description").cloned().unwrap_or_else(|| json!("")),
        );
        for (k, v) in r {
            if k.starts_with("x-") {
                out.insert(k.clone(), v.clone());
            }
        }
        if let Some(schema) = r.get("schema") {
            let types = if produces.is_empty() {
                vec![JSON.to_string()]
            } else {
                produces.to_vec()
            };
            let mut content = Map::new();
            for t in &types {
                cx.origins.record(
                    &pointer_child(new, &["content", t, "schema"]),
                    &child(at, "schema"),
                );
                let mut media = json!({ "schema": schema });
                if let Some(example) = r.get("examples").and_then(|e| e.get(t)) {
                    media["example"] = example.clone();
                }
                content.insert(t.clone(), media);
            }
            out.insert("content".into(), Value::Object(content));
        }
        if let Some(Value::Object(headers)) = r.get("headers") {
            let mut hs = Map::new();
            for (name, h) in headers {
                let Value::Object(h) = h else { continue };
                let h_at = pointer_child(at, &["headers", name]);
                let h_new = pointer_child(new, &["headers", name]);
                cx.origins.record(&h_new, &h_at);
                cx.origins.record(&child(&h_new, "schema"), &h_at);
                let mut header = Map::new();
                let mut schema = Map::new();
                for (k, v) in h {
                    if SCHEMA_KEYS.contains(&k.as_str()) {
                        schema.insert(k.clone(), v.clone());
                    } else if k == "description" || k.starts_with("x-") {
                        header.insert(k.clone(), v.clone());
                    }
                }
                if h.get("collectionFormat").is_some_and(|f| f != "csv") {
                    cx.unsupported(
                        &child(&h_at, "collectionFormat"),
                        "a response header's `collectionFormat` other than `csv` has no OpenAPI 3 style",
                        "use `csv` (with `--skip-unsupported` the operation is left out)",
                    );
                }
                header.insert("schema".into(), Value::Object(schema));
                hs.insert(name.clone(), Value::Object(header));
            }
            out.insert("headers".into(), Value::Object(hs));
        }
        Value::Object(out)
    }
}

fn is_body(p: &Param<'_>) -> bool {
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

fn security_scheme(d: &Value, at: &str, cx: &mut Cx) -> Option<Value> {
    let mut out = Map::new();
    if let Some(desc) = d.get("description") {
        out.insert("description".into(), desc.clone());
    }
    match d.get("type").and_then(Value::as_str) {
        Some("basic") => {
            out.insert("type".into(), json!("http"));
            out.insert("scheme".into(), json!("basic"));
        }
        Some("apiKey") => {
            out.insert("type".into(), json!("apiKey"));
            out.insert("name".into(), d.get("name").cloned().unwrap_or(Value::Null));
            out.insert("in".into(), d.get("in").cloned().unwrap_or(Value::Null));
        }
        Some("oauth2") => {
            let scopes = d.get("scopes").cloned().unwrap_or_else(|| json!({}));
            let auth = d
                .get("authorizationUrl")
                .cloned()
                .unwrap_or_else(|| json!(""));
            let token = d.get("tokenUrl").cloned().unwrap_or_else(|| json!(""));
            let flow = d.get("flow").and_then(Value::as_str).unwrap_or("");
            let flows = match flow {
                "implicit" => json!({ "implicit": { "authorizationUrl": auth, "scopes": scopes } }),
                "password" => json!({ "password": { "tokenUrl": token, "scopes": scopes } }),
                "application" => {
                    json!({ "clientCredentials": { "tokenUrl": token, "scopes": scopes } })
                }
                "accessCode" => {
                    json!({ "authorizationCode": { "authorizationUrl": auth, "tokenUrl": token, "scopes": scopes } })
                }
                other => {
                    cx.unsupported(
                        &child(at, "flow"),
                        format!("the OAuth2 flow `{other}` is not a Swagger 2.0 flow"),
                        "use `implicit`, `password`, `application` or `accessCode`",
                    );
                    return None;
                }
            };
            out.insert("type".into(), json!("oauth2"));
            out.insert("flows".into(), flows);
        }
        other => {
            cx.unsupported(
                &child(at, "type"),
                format!(
                    "the security type `{}` is not a Swagger 2.0 type",
                    other.unwrap_or("")
                ),
                "use `basic`, `apiKey` or `oauth2`",
            );
            return None;
        }
    }
    Some(Value::Object(out))
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

fn pointer_child(base: &str, segments: &[&str]) -> String {
    segments.iter().fold(base.to_string(), |p, s| child(&p, s))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn up(doc: Value) -> Upgraded {
        upgrade(doc, false)
    }

    const PETSTORE: &str = r##"{
      "swagger": "2.0",
      "info": {"title": "Pets", "version": "1"},
      "host": "api.example.com", "basePath": "/v1", "schemes": ["https", "http"],
      "consumes": ["application/json"], "produces": ["application/json"],
      "securityDefinitions": {
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "basic": {"type": "basic"},
        "app": {"type": "oauth2", "flow": "application", "tokenUrl": "https://t", "scopes": {"r": "read"}}
      },
      "parameters": {"limit": {"name": "limit", "in": "query", "type": "integer"}},
      "paths": {"/pets/{id}": {
        "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}],
        "put": {
          "operationId": "updatePet",
          "parameters": [
            {"$ref": "#/parameters/limit"},
            {"name": "pet", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}},
            {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"}
          ],
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"},
                                "headers": {"X-Rate": {"type": "integer"}}}}
        },
        "post": {
          "consumes": ["multipart/form-data"],
          "parameters": [
            {"name": "file", "in": "formData", "type": "file", "required": true},
            {"name": "note", "in": "formData", "type": "string"}
          ],
          "responses": {"204": {"description": "done"}}
        }
      }},
      "definitions": {"Pet": {"type": "object", "properties": {"name": {"type": "string", "x-nullable": true},
                                                               "owner": {"$ref": "#/definitions/Pet", "x-nullable": true}}}}
    }"##;

    #[test]
    fn a_petstore_converts_to_its_3_0_form() {
        let doc: Value = serde_json::from_str(PETSTORE).unwrap_or_default();
        let u = up(doc);
        assert!(u.diags.is_empty(), "{:?}", u.diags);
        let d = &u.doc;
        assert_eq!(
            d["servers"],
            json!([{"url": "https://api.example.com/v1"}, {"url": "http://api.example.com/v1"}])
        );
        let put = &d["paths"]["/pets/{id}"]["put"];
        assert_eq!(
            put["parameters"][0],
            json!({"$ref": "#/components/parameters/limit"})
        );
        assert_eq!(
            put["parameters"][1],
            json!({"name": "tags", "in": "query", "style": "form", "explode": true,
                   "schema": {"type": "array", "items": {"type": "string"}}})
        );
        assert_eq!(
            put["requestBody"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/Pet"})
        );
        assert_eq!(
            put["requestBody"]["x-codegen-request-body-name"],
            json!("pet")
        );
        assert_eq!(
            put["responses"]["200"]["headers"]["X-Rate"],
            json!({"schema": {"type": "integer"}})
        );
        let post = &d["paths"]["/pets/{id}"]["post"];
        let form = &post["requestBody"]["content"]["multipart/form-data"]["schema"];
        assert_eq!(
            form["properties"]["file"],
            json!({"type": "string", "format": "binary"})
        );
        assert_eq!(form["required"], json!(["file"]));
        assert_eq!(
            d["paths"]["/pets/{id}"]["parameters"][0]["schema"],
            json!({"type": "string"})
        );
        assert_eq!(
            d["components"]["schemas"]["Pet"]["properties"]["name"],
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(
            d["components"]["securitySchemes"]["app"]["flows"]["clientCredentials"]["tokenUrl"],
            json!("https://t")
        );
        assert_eq!(
            d["components"]["securitySchemes"]["basic"]["scheme"],
            json!("basic")
        );
        assert_eq!(
            d["components"]["schemas"]["Pet"]["properties"]["owner"],
            json!({"allOf": [{"$ref": "#/components/schemas/Pet"}], "nullable": true})
        );
        let o = &u.origins;
        assert_eq!(
            o.original(
                "#/paths/~1pets~1{id}/put/requestBody/content/application~1json/schema/$ref"
            ),
            "#/paths/~1pets~1{id}/put/parameters/1/schema/$ref"
        );
        assert_eq!(
            o.original("#/paths/~1pets~1{id}/put/parameters/1/schema/items"),
            "#/paths/~1pets~1{id}/put/parameters/2/items"
        );
        assert_eq!(
            o.original("#/paths/~1pets~1{id}/post/requestBody/content/multipart~1form-data/schema/properties/note"),
            "#/paths/~1pets~1{id}/post/parameters/1"
        );
        assert_eq!(
            o.original("#/paths/~1pets~1{id}/put/responses/200/content/application~1json/schema"),
            "#/paths/~1pets~1{id}/put/responses/200/schema"
        );
        assert_eq!(
            o.original("#/components/schemas/Pet/properties/name"),
            "#/definitions/Pet/properties/name"
        );
    }

    #[test]
    fn collection_formats_without_a_3_0_style_are_located_errors() {
        let doc = json!({
            "swagger": "2.0", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {
                "parameters": [{"name": "ids", "in": "query", "type": "array",
                                "items": {"type": "integer"}, "collectionFormat": "tsv"}],
                "responses": {"200": {"description": "ok"}}}}}
        });
        let u = up(doc);
        assert_eq!(u.diags.len(), 1, "{:?}", u.diags);
        assert_eq!(
            u.diags[0].pointer,
            "#/paths/~1a/get/parameters/0/collectionFormat"
        );
        assert_eq!(u.diags[0].severity, crate::diag::Severity::Error);
    }

    #[test]
    fn under_skip_unsupported_an_operation_that_cannot_be_sent_right_is_left_out() {
        let doc = json!({
            "swagger": "2.0", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {
                "get": {
                    "parameters": [{"name": "ids", "in": "query", "type": "array",
                                    "items": {"type": "integer"}, "collectionFormat": "tsv"}],
                    "responses": {"200": {"description": "ok"}}},
                "post": {"responses": {"204": {"description": "ok"}}}}}
        });
        let u = upgrade(doc, true);
        assert_eq!(u.diags.len(), 1, "{:?}", u.diags);
        assert_eq!(u.diags[0].severity, crate::diag::Severity::Warning);
        assert!(u.doc["paths"]["/a"].get("get").is_none(), "{}", u.doc);
        assert!(u.doc["paths"]["/a"]["post"].is_object());
    }
}
