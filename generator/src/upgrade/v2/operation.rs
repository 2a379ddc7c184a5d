//! Operations: path-level parameters merged in, and body or form parameters turned into a `requestBody`.

use super::params::Param;
use super::{JSON, V2, pointer_child, strings};
use crate::pointer::child;
use crate::upgrade::Cx;
use serde_json::{Map, Value, json};

impl V2<'_> {
    pub(super) fn operation(
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
        let responses = self.responses(op.get("responses"), at, &produces, cx);
        out.insert("responses".into(), responses);
        Value::Object(out)
    }

    pub(super) fn body(&self, b: &Param<'_>, new: &str, consumes: &[String], cx: &mut Cx) -> Value {
        cx.origins.record(new, &b.at);
        let schema = b.p.get("schema").cloned().unwrap_or_else(|| json!({}));
        let content = content(
            consumes,
            &schema,
            new,
            &child(&b.at, "schema"),
            |_| None,
            cx,
        );
        let mut out = Map::new();
        if let Some(d) = b.p.get("description") {
            out.insert("description".into(), d.clone());
        }
        if let Some(r) = b.p.get("required") {
            out.insert("required".into(), r.clone());
        }
        out.insert("content".into(), content);
        // The name 2.0 gave the body, under the extension other generators read it from.
        if let Some(name) = b.p.get("name") {
            out.insert("x-codegen-request-body-name".into(), name.clone());
        }
        Value::Object(out)
    }

    /// `formData` parameters as the properties of one object body, multipart when a file
    /// is sent or `consumes` asks for it, else URL-encoded.
    pub(super) fn form(
        &self,
        form: &[&Param<'_>],
        new: &str,
        consumes: &[String],
        cx: &mut Cx,
    ) -> Value {
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
}

/// A 3.0 `content` map: `schema` under each of the media types 2.0 lists (`consumes` or
/// `produces`; JSON when it lists none), with the example `example` gives for one.
pub(super) fn content(
    types: &[String],
    schema: &Value,
    new: &str,
    schema_at: &str,
    example: impl Fn(&str) -> Option<Value>,
    cx: &mut Cx,
) -> Value {
    let json = [JSON.to_string()];
    let types = if types.is_empty() { &json[..] } else { types };
    let mut content = Map::new();
    for t in types {
        cx.origins
            .record(&pointer_child(new, &["content", t, "schema"]), schema_at);
        let mut media = json!({ "schema": schema });
        if let Some(example) = example(t) {
            media["example"] = example;
        }
        content.insert(t.clone(), media);
    }
    Value::Object(content)
}
