//! Responses: `schema` and `examples` as 3.0 `content` per produced media type, and headers with a `schema`.

use super::operation::content;
use super::params::SCHEMA_KEYS;
use super::{V2, pointer_child};
use crate::pointer::child;
use crate::upgrade::Cx;
use serde_json::{Map, Value, json};

impl V2<'_> {
    /// An operation's `responses`; their `x-` keys are extensions, not statuses, and stay
    /// as written.
    pub(super) fn responses(
        &self,
        rs: Option<&Value>,
        at: &str,
        produces: &[String],
        cx: &mut Cx,
    ) -> Value {
        let mut responses = Map::new();
        if let Some(Value::Object(rs)) = rs {
            for (status, r) in rs {
                let r_at = pointer_child(at, &["responses", status]);
                if status.starts_with("x-") {
                    responses.insert(status.clone(), r.clone());
                    continue;
                }
                responses.insert(status.clone(), self.response(r, &r_at, &r_at, produces, cx));
            }
        }
        Value::Object(responses)
    }

    pub(super) fn response(
        &self,
        r: &Value,
        at: &str,
        new: &str,
        produces: &[String],
        cx: &mut Cx,
    ) -> Value {
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
            let example = |t: &str| r.get("examples").and_then(|e| e.get(t)).cloned();
            let content = content(produces, schema, new, &child(at, "schema"), example, cx);
            out.insert("content".into(), content);
        }
        if let Some(Value::Object(headers)) = r.get("headers") {
            let mut hs = Map::new();
            for (name, h) in headers {
                let Value::Object(h) = h else { continue };
                let h_at = pointer_child(at, &["headers", name]);
                let h_new = pointer_child(new, &["headers", name]);
                hs.insert(name.clone(), header(h, &h_at, &h_new, cx));
            }
            out.insert("headers".into(), Value::Object(hs));
        }
        Value::Object(out)
    }
}

/// A response header: 2.0 writes its type beside the description, 3.0 under `schema`.
fn header(h: &Map<String, Value>, at: &str, new: &str, cx: &mut Cx) -> Value {
    cx.origins.record(new, at);
    cx.origins.record(&child(new, "schema"), at);
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
            &child(at, "collectionFormat"),
            "a response header's `collectionFormat` other than `csv` has no OpenAPI 3 style",
            "use `csv` (with `--skip-unsupported` the operation is left out)",
        );
    }
    header.insert("schema".into(), Value::Object(schema));
    Value::Object(header)
}
