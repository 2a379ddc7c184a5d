//! OpenAPI 3.2 into the 3.1 form: a sequential media type's `itemSchema` becomes the
//! `schema` the lowering reads as one item's, and what 3.2 adds that the client cannot
//! express yet is reported. The 3.1 conversion then does the rest.

use super::v31;
use super::{Cx, Upgraded, pointer_child};
use crate::pointer::{child, pointer};
use serde_json::{Map, Value, json};

/// The operations of a path item, as 3.2 names them (`query` is new).
const METHODS: [&str; 9] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

/// Converts a 3.2 document.
pub fn upgrade(mut doc: Value, skip_unsupported: bool) -> Upgraded {
    let mut cx = Cx::new(skip_unsupported);
    if let Value::Object(root) = &mut doc {
        root.remove("$self");
        if let Some(Value::Object(paths)) = root.get_mut("paths") {
            for (path, item) in paths.iter_mut() {
                if let Value::Object(item) = item {
                    path_item(item, &pointer(["paths", path.as_str()]), &mut cx);
                }
            }
        }
        if let Some(Value::Object(components)) = root.get_mut("components") {
            for kind in ["responses", "requestBodies"] {
                if let Some(Value::Object(map)) = components.get_mut(kind) {
                    for (name, node) in map.iter_mut() {
                        content(node, &pointer(["components", kind, name.as_str()]), &mut cx);
                    }
                }
            }
            if components.remove("mediaTypes").is_some() {
                cx.unsupported(
                    "#/components/mediaTypes",
                    "reusable media types (`components/mediaTypes`) are not read yet",
                    "write the media types where they are used",
                );
            }
        }
    }
    v31::upgrade_with(doc, cx)
}

fn path_item(item: &mut Map<String, Value>, ptr: &str, cx: &mut Cx) {
    if item.remove("additionalOperations").is_some() {
        cx.unsupported(
            &child(ptr, "additionalOperations"),
            "operations with other HTTP methods (`additionalOperations`) are not generated",
            "call them with the client's `request` and `send`, or leave them out of the spec",
        );
    }
    if item.remove("query").is_some() {
        cx.unsupported(
            &child(ptr, "query"),
            "the QUERY method is not generated",
            "call it with the client's `request` and `send`, or leave it out of the spec",
        );
    }
    for method in METHODS {
        let Some(Value::Object(op)) = item.get_mut(method) else {
            continue;
        };
        let op_ptr = child(ptr, method);
        if let Some(body) = op.get_mut("requestBody") {
            content(body, &child(&op_ptr, "requestBody"), cx);
        }
        if let Some(Value::Object(responses)) = op.get_mut("responses") {
            for (status, response) in responses.iter_mut() {
                content(
                    response,
                    &pointer_child(&op_ptr, &["responses", status]),
                    cx,
                );
            }
        }
    }
}

/// The media types of a request body or response.
fn content(node: &mut Value, ptr: &str, cx: &mut Cx) {
    let Some(Value::Object(content)) = node.get_mut("content") else {
        return;
    };
    for (media_type, media) in content.iter_mut() {
        let Value::Object(media) = media else {
            continue;
        };
        let at = pointer_child(ptr, &["content", media_type]);
        for key in ["itemEncoding", "prefixEncoding"] {
            if media.remove(key).is_some() {
                cx.warn(
                    &child(&at, key),
                    format!("`{key}` is not read: the parts are sent as their schema says"),
                );
            }
        }
        let Some(item) = media.remove("itemSchema") else {
            continue;
        };
        let item_at = child(&at, "itemSchema");
        let schema_at = child(&at, "schema");
        let schema = if crate::lower::essence(media_type) == "text/event-stream" {
            // An event's schema; what the lowering types is its `data`.
            match event_data(&item) {
                Some((data, data_at)) => {
                    cx.origins
                        .record(&schema_at, &pointer_child(&item_at, &data_at));
                    data
                }
                None => {
                    cx.warn(
                        &item_at,
                        "the events' `data` has no `contentSchema`: it is read as text",
                    );
                    json!({"type": "string"})
                }
            }
        } else {
            cx.origins.record(&schema_at, &item_at);
            item
        };
        // A stream's own `schema` (the whole body) says less than its items'.
        media.insert("schema".into(), schema);
    }
}

/// The schema of an event's `data`: its `contentSchema` (JSON data), or text; with
/// where it is, below the item schema.
fn event_data(item: &Value) -> Option<(Value, Vec<&'static str>)> {
    let data = item.get("properties")?.get("data")?;
    if let Some(schema) = data.get("contentSchema") {
        return Some((schema.clone(), vec!["properties", "data", "contentSchema"]));
    }
    (data.get("type").and_then(Value::as_str) == Some("string"))
        .then(|| (json!({"type": "string"}), vec!["properties", "data"]))
}
