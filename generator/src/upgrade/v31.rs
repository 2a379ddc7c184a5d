//! OpenAPI 3.1 (JSON Schema 2020-12) to the OpenAPI 3.0 form the lowering reads.

use super::{Cx, Upgraded, each_schema};
use crate::pointer::child;
use serde_json::{Map, Value, json};

/// The dialect a 3.1 document uses when it names none; any other is not understood.
const DEFAULT_DIALECT: &str = "https://spec.openapis.org/oas/3.1/dialect/base";

/// Keywords that describe a value rather than constrain its shape: when a schema's only
/// alternative is merged into it, the schema's own ones win.
const DOC_KEYS: &[&str] = &[
    "title",
    "description",
    "default",
    "example",
    "deprecated",
    "readOnly",
    "writeOnly",
];

/// Converts a 3.1 document in place.
pub fn upgrade(doc: Value, skip_unsupported: bool) -> Upgraded {
    upgrade_with(doc, Cx::new(skip_unsupported))
}

/// [`upgrade`], after an earlier step (3.2's) that reported into `cx`.
pub(super) fn upgrade_with(mut doc: Value, mut cx: Cx) -> Upgraded {
    if let Value::Object(root) = &mut doc {
        document(root, &mut cx);
    }
    each_schema(&mut doc, &mut cx, &mut schema);
    // openapiv3 keeps only `x-` keys at the root; the webhooks' schemas are converted
    // above, where `webhooks` still is.
    if let Value::Object(root) = &mut doc {
        if let Some(hooks) = root.remove("webhooks") {
            root.insert(crate::lower::OAS31_WEBHOOKS.into(), hooks);
        }
    }
    cx.finish(doc)
}

fn document(root: &mut Map<String, Value>, cx: &mut Cx) {
    root.insert("openapi".into(), json!("3.0.3"));
    if let Some(dialect) = root.remove("jsonSchemaDialect") {
        if dialect.as_str() != Some(DEFAULT_DIALECT) {
            cx.unsupported(
                "#/jsonSchemaDialect",
                format!(
                    "the JSON Schema dialect `{}` is not supported",
                    plain(&dialect)
                ),
                &format!("remove `jsonSchemaDialect`, or set it to `{DEFAULT_DIALECT}`"),
            );
        }
    }
    if let Some(Value::Object(info)) = root.get_mut("info") {
        // 3.0 has no `summary`; it leads the description so the crate docs keep it.
        if let Some(Value::String(summary)) = info.remove("summary") {
            let text = match info.get("description").and_then(Value::as_str) {
                Some(d) => format!("{summary}\n\n{d}"),
                None => summary,
            };
            info.insert("description".into(), Value::String(text));
        }
        // `license.identifier` (SPDX) has no 3.0 field and nothing in the crate uses it.
        if let Some(Value::Object(license)) = info.get_mut("license") {
            license.remove("identifier");
        }
    }
    root.entry("paths").or_insert_with(|| json!({}));
    operations_without_responses(root);
    path_item_refs(root, cx);
    if let Some(Value::Object(schemes)) = root
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
    {
        let mutual: Vec<String> = schemes
            .iter()
            .filter(|(_, s)| s.get("type").and_then(Value::as_str) == Some("mutualTLS"))
            .map(|(k, _)| k.clone())
            .collect();
        for name in mutual {
            // The certificate is presented by the TLS layer, not by a request the client
            // builds, so there is nothing to generate; the user configures it.
            cx.warn(
                &crate::pointer::pointer(["components", "securitySchemes", name.as_str()]),
                "a `mutualTLS` security scheme is not generated: give the HTTP client its certificate yourself; requirements that name it are read as naming an undeclared scheme",
            );
            schemes.remove(&name);
        }
    }
}

/// 3.1 made an operation's `responses` optional; 3.0 requires it, and an empty one
/// means the same to the lowering (no documented outcome).
fn operations_without_responses(root: &mut Map<String, Value>) {
    let Some(Value::Object(paths)) = root.get_mut("paths") else {
        return;
    };
    for item in paths.values_mut() {
        let Value::Object(item) = item else { continue };
        for (method, op) in item.iter_mut() {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            if let Value::Object(op) = op {
                op.entry("responses").or_insert_with(|| json!({}));
            }
        }
    }
}

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Replaces path items that `$ref` `components/pathItems` (3.1 only) with their target.
fn path_item_refs(root: &mut Map<String, Value>, cx: &mut Cx) {
    let items = root
        .get("components")
        .and_then(|c| c.get("pathItems"))
        .cloned()
        .unwrap_or(Value::Null);
    if let Some(Value::Object(c)) = root.get_mut("components") {
        c.remove("pathItems");
    }
    let Some(Value::Object(paths)) = root.get_mut("paths") else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(reference) = item.get("$ref").and_then(Value::as_str) else {
            continue;
        };
        let here = crate::pointer::pointer(["paths", path.as_str()]);
        let Some(name) = reference.strip_prefix("#/components/pathItems/") else {
            continue;
        };
        let name = crate::pointer::unescape(name);
        match items.get(&name) {
            Some(target) => {
                *item = target.clone();
                cx.origins.record(
                    &here,
                    &crate::pointer::pointer(["components", "pathItems", name.as_str()]),
                );
            }
            None => cx.unsupported(
                &child(&here, "$ref"),
                format!("`$ref: {reference}` points at a path item that does not exist"),
                "define it under `components/pathItems`, or fix the reference",
            ),
        }
    }
}

/// Converts one schema's own keywords; [`each_schema`] then visits its subschemas.
fn schema(v: &mut Value, ptr: &str, cx: &mut Cx) {
    if let Value::Bool(allows) = v {
        *v = boolean_schema(*allows);
        return;
    }
    let Value::Object(s) = v else {
        return;
    };
    boolean_subschemas(s);
    // Structure first: a merged `Optional` branch brings keywords that are checked below.
    for key in ["anyOf", "oneOf"] {
        null_branches(s, key, ptr, cx);
    }
    type_list(s, ptr, cx);
    ref_siblings(s, ptr, cx);
    drop_unsupported(s, ptr, cx);
    example_and_const(s);
    exclusive_bound(s, "exclusiveMinimum", "minimum", true);
    exclusive_bound(s, "exclusiveMaximum", "maximum", false);
    whole_integer_bounds(s);
    content_format(s);
    read_loosely(s, ptr, cx);
    for key in ["$schema", "$id", "$anchor", "$comment", "$defs"] {
        s.remove(key);
    }
}

/// Removes the keywords that have no 3.0 form, diagnosing those that change what is
/// generated.
fn drop_unsupported(s: &mut Map<String, Value>, ptr: &str, cx: &mut Cx) {
    // `unevaluated*: false` forbids what no subschema names, which the client does not
    // check for `additionalProperties: false` either, and `true` is the default: both
    // generate as in 3.0. Only a schema for them has no 3.0 form.
    for key in ["unevaluatedProperties", "unevaluatedItems"] {
        if s.get(key).is_some_and(Value::is_boolean) {
            s.remove(key);
        }
    }
    for key in [
        "$dynamicRef",
        "$dynamicAnchor",
        "unevaluatedProperties",
        "unevaluatedItems",
    ] {
        if s.contains_key(key) {
            let at = cx.origins.original(&child(ptr, key));
            cx.unsupported(
                &at,
                format!("`{key}` is not supported"),
                "express the schema without it (e.g. `additionalProperties` instead of `unevaluatedProperties`)",
            );
            s.remove(key);
        }
    }
}

/// 3.1's `examples` list and `const` as 3.0's single `example` and one-value `enum`.
fn example_and_const(s: &mut Map<String, Value>) {
    if let Some(Value::Array(examples)) = s.remove("examples") {
        if let (false, Some(first)) = (s.contains_key("example"), examples.into_iter().next()) {
            s.insert("example".into(), first);
        }
    }
    if let Some(c) = s.remove("const") {
        if !s.contains_key("type") {
            if let Some(t) = json_type(&c) {
                s.insert("type".into(), json!(t));
            }
        }
        if !s.contains_key("enum") {
            s.insert("enum".into(), Value::Array(vec![c]));
        }
    }
}

/// `contentEncoding` and `contentMediaType` as the 3.0 `format` that says the same.
fn content_format(s: &mut Map<String, Value>) {
    let encoding = s.remove("contentEncoding");
    let media = s.remove("contentMediaType");
    if !s.contains_key("format") {
        let format = match (encoding.as_ref().and_then(Value::as_str), &media) {
            (Some("base64"), _) => Some("byte"),
            // A string that is a file's bytes; JSON text stays a plain string.
            (None, Some(Value::String(m))) if !m.contains("json") && !m.starts_with("text/") => {
                Some("binary")
            }
            _ => None,
        };
        if let Some(f) = format {
            s.insert("format".into(), json!(f));
        }
    }
}

/// Keywords the client can type only loosely or not check at all: each is dropped or
/// approximated, with a warning, since the rest of the schema still generates.
fn read_loosely(s: &mut Map<String, Value>, ptr: &str, cx: &mut Cx) {
    let orig = |cx: &Cx, key: &str| cx.origins.original(&child(ptr, key));
    if s.contains_key("prefixItems") {
        let at = orig(cx, "prefixItems");
        cx.warn(
            &at,
            "`prefixItems` is not typed as a tuple: the items are read as `items` says (any JSON value if it says nothing)",
        );
        s.remove("prefixItems");
    }
    if let Some(Value::Object(patterns)) = s.remove("patternProperties") {
        let at = orig(cx, "patternProperties");
        if patterns.len() == 1 && !s.contains_key("additionalProperties") {
            if let Some((_, value)) = patterns.into_iter().next() {
                s.insert("additionalProperties".into(), value);
                cx.origins
                    .record(&child(ptr, "additionalProperties"), &child(&at, "0"));
                cx.warn(
                    &at,
                    "`patternProperties` is read as a map: the key pattern is not checked",
                );
            }
        } else {
            cx.warn(&at, "`patternProperties` with several patterns, or beside `additionalProperties`, is not typed: those properties are left to `additionalProperties`");
        }
    }
    for key in [
        "propertyNames",
        "if",
        "then",
        "else",
        "dependentSchemas",
        "dependentRequired",
        "contains",
        "minContains",
        "maxContains",
    ] {
        if s.remove(key).is_some() {
            let at = orig(cx, key);
            cx.warn(&at, format!("`{key}` is not checked by the client"));
        }
    }
}

/// A numeric 3.1 `exclusiveMinimum: n` is 3.0's `minimum: n` with `exclusiveMinimum: true`;
/// beside an inclusive bound, the stricter of the two is kept.
fn exclusive_bound(s: &mut Map<String, Value>, exclusive: &str, inclusive: &str, lower: bool) {
    let Some(n) = s.get(exclusive).and_then(Value::as_f64) else {
        return;
    };
    let Some(bound) = s.get(exclusive).cloned() else {
        return;
    };
    let stricter = match s.get(inclusive).and_then(Value::as_f64) {
        None => true,
        Some(m) => {
            if lower {
                n >= m
            } else {
                n <= m
            }
        }
    };
    if stricter {
        s.insert(inclusive.into(), bound);
        s.insert(exclusive.into(), json!(true));
    } else {
        s.remove(exclusive);
    }
}

/// pydantic writes an integer's bounds as floats (`minimum: 1.0`), which JSON Schema
/// allows; the 3.0 reader takes an integer's bounds as integers only and would read the
/// whole schema as "any value". Whole-number floats become integers.
fn whole_integer_bounds(s: &mut Map<String, Value>) {
    if s.get("type").and_then(Value::as_str) != Some("integer") {
        return;
    }
    for key in ["minimum", "maximum", "multipleOf", "default", "example"] {
        let whole = s
            .get(key)
            .filter(|v| v.is_f64())
            .and_then(Value::as_f64)
            .filter(|n| n.fract() == 0.0 && n.abs() < 9.0e15);
        if let Some(n) = whole {
            s.insert(key.into(), json!(n as i64));
        }
    }
}

/// 3.1 lets `$ref` have siblings that apply too; 3.0 ignores them. One `allOf` member is
/// how 3.0 attaches them, and the lowering reads it as the referenced type itself (no
/// wrapper type), with the siblings as the field's docs and `nullable`.
fn ref_siblings(s: &mut Map<String, Value>, ptr: &str, cx: &mut Cx) {
    if !s.contains_key("$ref") || s.len() == 1 {
        return;
    }
    let at = cx.origins.original(&child(ptr, "$ref"));
    let Some(reference) = s.remove("$ref") else {
        return;
    };
    let member = json!({ "$ref": reference });
    match s.get_mut("allOf") {
        Some(Value::Array(all)) => {
            let i = all.len();
            all.push(member);
            cx.origins.record(&format!("{ptr}/allOf/{i}/$ref"), &at);
        }
        _ => {
            s.insert("allOf".into(), Value::Array(vec![member]));
            cx.origins.record(&format!("{ptr}/allOf/0/$ref"), &at);
        }
    }
}

/// A boolean schema in 3.0's form: `true` allows any value (`{}`), `false` none
/// (`{not: {}}`).
fn boolean_schema(allows: bool) -> Value {
    if allows {
        json!({})
    } else {
        json!({"not": {}})
    }
}

/// JSON Schema 2020-12 allows `true` and `false` wherever a schema may stand, which 3.0
/// does not: they are rewritten before [`each_schema`] visits the subschemas (it visits
/// only objects). A property whose schema is `false` can never be present, so it is left
/// out, and the object's description says so; `anyOf`/`oneOf` alternatives that are
/// `false` match nothing and are dropped; `items: false` is an array that must be empty.
/// `additionalProperties` keeps its booleans, which mean the same in 3.0.
fn boolean_subschemas(s: &mut Map<String, Value>) {
    let mut never = Vec::new();
    if let Some(Value::Object(props)) = s.get_mut("properties") {
        never = props
            .iter()
            .filter(|(_, p)| **p == Value::Bool(false))
            .map(|(name, _)| name.clone())
            .collect();
        for name in &never {
            props.shift_remove(name);
        }
    }
    if !never.is_empty() {
        if let Some(Value::Array(required)) = s.get_mut("required") {
            required.retain(|r| !r.as_str().is_some_and(|r| never.iter().any(|n| n == r)));
        }
        let names: Vec<String> = never.iter().map(|n| format!("`{n}`")).collect();
        let note = format!(
            "Never present (its schema is `false`, so it is left out): {}.",
            names.join(", ")
        );
        let description = match s.get("description").and_then(Value::as_str) {
            Some(d) => format!("{d}\n\n{note}"),
            None => note,
        };
        s.insert("description".into(), Value::String(description));
    }
    if s.get("items") == Some(&Value::Bool(false)) {
        s.insert("items".into(), json!({}));
        s.insert("maxItems".into(), json!(0));
    }
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(branches)) = s.get_mut(key) else {
            continue;
        };
        // A `false` branch matches nothing, unless it is all there is.
        if !branches.contains(&Value::Bool(false))
            || branches.iter().all(|b| *b == Value::Bool(false))
        {
            continue;
        }
        branches.retain(|b| *b != Value::Bool(false));
        if branches.len() == 1 && !s.contains_key("allOf") {
            // One alternative left is that schema itself (`allOf` of one member).
            if let Some(branches) = s.remove(key) {
                s.insert("allOf".into(), branches);
            }
        }
    }
    let is_bool = |v: &Value| v.is_boolean();
    for (key, sub) in s.iter_mut() {
        let key = key.as_str();
        if matches!(
            key,
            "additionalProperties" | "unevaluatedProperties" | "unevaluatedItems"
        ) {
            continue;
        }
        match sub {
            Value::Bool(allows) if super::ONE.contains(&key) => *sub = boolean_schema(*allows),
            Value::Array(list) if super::LIST.contains(&key) => {
                for item in list.iter_mut().filter(|v| is_bool(v)) {
                    *item = boolean_schema(item.as_bool().unwrap_or(true));
                }
            }
            Value::Object(map) if super::MAP.contains(&key) => {
                for item in map.values_mut().filter(|v| is_bool(v)) {
                    *item = boolean_schema(item.as_bool().unwrap_or(true));
                }
            }
            _ => {}
        }
    }
}

/// `type: [T, "null"]` is `type: T` with `nullable: true`; several non-null types are a
/// `oneOf` of one schema per type, each with the keywords that apply to it.
fn type_list(s: &mut Map<String, Value>, ptr: &str, cx: &mut Cx) {
    let types: Vec<String> = match s.get("type") {
        Some(Value::String(t)) if t == "null" => vec![t.clone()],
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(|t| t.as_str().map(String::from))
            .collect(),
        _ => return,
    };
    let at = cx.origins.original(&child(ptr, "type"));
    s.remove("type");
    let nullable = types.iter().any(|t| t == "null");
    let real: Vec<&String> = types.iter().filter(|t| *t != "null").collect();
    if nullable {
        s.insert("nullable".into(), json!(true));
    }
    match real.as_slice() {
        [] => cx.warn(
            &at,
            "a schema that allows only `null` is typed as any JSON value",
        ),
        [one] => {
            s.insert("type".into(), json!(one));
        }
        several => {
            let branches: Vec<Value> = several
                .iter()
                .map(|t| {
                    let mut b = Map::new();
                    b.insert("type".into(), json!(t));
                    for key in keys_for(t) {
                        if let Some(v) = s.get(*key) {
                            b.insert((*key).into(), v.clone());
                        }
                    }
                    if let Some(Value::Array(values)) = s.get("enum") {
                        let kept: Vec<Value> = values
                            .iter()
                            .filter(|v| {
                                json_type(v).is_some_and(|vt| {
                                    vt == t.as_str() || (vt == "integer" && t.as_str() == "number")
                                })
                            })
                            .cloned()
                            .collect();
                        if !kept.is_empty() {
                            b.insert("enum".into(), Value::Array(kept));
                        }
                    }
                    Value::Object(b)
                })
                .collect();
            let all: Vec<&str> = several
                .iter()
                .flat_map(|t| keys_for(t).iter().copied())
                .collect();
            for key in all.iter().chain(["enum"].iter()) {
                s.remove(*key);
            }
            let parent = cx.origins.original(ptr);
            for i in 0..branches.len() {
                cx.origins.record(&format!("{ptr}/oneOf/{i}"), &parent);
            }
            s.insert("oneOf".into(), Value::Array(branches));
        }
    }
}

/// The keywords that belong with one JSON type when a type list is split.
fn keys_for(t: &str) -> &'static [&'static str] {
    match t {
        "string" => &["minLength", "maxLength", "pattern", "format"],
        "integer" | "number" => &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "format",
        ],
        "array" => &["items", "minItems", "maxItems", "uniqueItems"],
        "object" => &[
            "properties",
            "required",
            "additionalProperties",
            "minProperties",
            "maxProperties",
            "discriminator",
        ],
        _ => &[],
    }
}

/// `anyOf`/`oneOf` with a `{type: "null"}` branch (pydantic's `Optional[T]`) is the other
/// branches with `nullable: true`; a single remaining branch becomes the schema itself.
fn null_branches(s: &mut Map<String, Value>, key: &str, ptr: &str, cx: &mut Cx) {
    let Some(Value::Array(branches)) = s.get(key) else {
        return;
    };
    let is_null = |b: &Value| {
        let t = b.get("type");
        (t == Some(&json!("null")) || t == Some(&json!(["null"])))
            && b.as_object().is_some_and(|o| {
                o.keys()
                    .all(|k| k == "type" || DOC_KEYS.contains(&k.as_str()))
            })
    };
    if !branches.iter().any(is_null) {
        return;
    }
    let list = child(ptr, key);
    // Where each kept branch was, computed before anything is recorded at this level.
    let kept: Vec<(Value, String)> = branches
        .iter()
        .enumerate()
        .filter(|(_, b)| !is_null(b))
        .map(|(i, b)| {
            (
                b.clone(),
                cx.origins.original(&child(&list, &i.to_string())),
            )
        })
        .collect();
    s.remove(key);
    s.insert("nullable".into(), json!(true));
    match kept.as_slice() {
        [] => {}
        [(Value::Object(only), at)] => {
            let clash = only
                .keys()
                .any(|k| s.contains_key(k) && !DOC_KEYS.contains(&k.as_str()));
            if only.contains_key("$ref") || clash {
                s.insert("allOf".into(), json!([only]));
                cx.origins.record(&format!("{ptr}/allOf/0"), at);
            } else {
                for (k, v) in only {
                    if !s.contains_key(k) {
                        s.insert(k.clone(), v.clone());
                        cx.origins.record(&child(ptr, k), &child(at, k));
                    }
                }
            }
        }
        several => {
            let mut out = Vec::new();
            for (i, (b, at)) in several.iter().enumerate() {
                cx.origins.record(&child(&list, &i.to_string()), at);
                out.push(b.clone());
            }
            s.insert(key.into(), Value::Array(out));
        }
    }
}

fn json_type(v: &Value) -> Option<&'static str> {
    Some(match v {
        Value::String(_) => "string",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::Bool(_) => "boolean",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => return None,
    })
}

fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn up(doc: Value) -> Upgraded {
        upgrade(doc, false)
    }

    fn schemas(u: &Upgraded) -> &Value {
        &u.doc["components"]["schemas"]
    }

    fn spec(schemas: Value) -> Value {
        json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "components": {"schemas": schemas}})
    }

    #[test]
    fn null_alternatives_become_nullable() {
        let u = up(spec(json!({
            "A": {"anyOf": [{"type": "string", "maxLength": 3}, {"type": "null"}], "title": "A"},
            "B": {"type": ["integer", "null"]},
            "C": {"anyOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}], "description": "d"},
            "D": {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
        })));
        let s = schemas(&u);
        assert_eq!(
            s["A"],
            json!({"type": "string", "maxLength": 3, "nullable": true, "title": "A"})
        );
        assert_eq!(s["B"], json!({"type": "integer", "nullable": true}));
        assert_eq!(
            s["C"],
            json!({"allOf": [{"$ref": "#/components/schemas/B"}], "nullable": true, "description": "d"})
        );
        assert_eq!(
            s["D"]["oneOf"],
            json!([{"type": "string"}, {"type": "integer"}])
        );
        assert_eq!(s["D"]["nullable"], json!(true));
        assert!(u.diags.is_empty(), "{:?}", u.diags);
        assert_eq!(
            u.origins.original("#/components/schemas/A/maxLength"),
            "#/components/schemas/A/anyOf/0/maxLength"
        );
        assert_eq!(
            u.origins.original("#/components/schemas/C/allOf/0/$ref"),
            "#/components/schemas/C/anyOf/0/$ref"
        );
    }

    #[test]
    fn type_lists_split_into_alternatives() {
        let u = up(spec(json!({
            "X": {"type": ["string", "integer"], "maxLength": 2, "minimum": 1, "description": "x"},
        })));
        assert_eq!(
            schemas(&u)["X"],
            json!({"description": "x", "oneOf": [{"type": "string", "maxLength": 2}, {"type": "integer", "minimum": 1}]})
        );
    }

    #[test]
    fn an_integer_s_whole_float_bounds_become_integers() {
        let u = up(spec(json!({
            "C": {"type": "integer", "minimum": 1.0, "exclusiveMaximum": 100.0, "multipleOf": 2.5},
        })));
        assert_eq!(
            schemas(&u)["C"],
            json!({"type": "integer", "minimum": 1, "maximum": 100, "exclusiveMaximum": true, "multipleOf": 2.5})
        );
    }

    #[test]
    fn keywords_map_to_their_3_0_forms() {
        let u = up(spec(json!({
            "K": {"type": "string", "const": "cat", "examples": ["cat", "dog"]},
            "N": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10, "maximum": 20},
            "F": {"type": "string", "contentMediaType": "application/octet-stream"},
            "E": {"type": "string", "contentEncoding": "base64"},
            "R": {"$ref": "#/components/schemas/K", "description": "why"},
            "L": {"const": 3},
        })));
        let s = schemas(&u);
        assert_eq!(
            s["K"],
            json!({"type": "string", "enum": ["cat"], "example": "cat"})
        );
        assert_eq!(
            s["N"],
            json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 10, "exclusiveMaximum": true})
        );
        assert_eq!(s["F"], json!({"type": "string", "format": "binary"}));
        assert_eq!(s["E"], json!({"type": "string", "format": "byte"}));
        assert_eq!(
            s["R"],
            json!({"allOf": [{"$ref": "#/components/schemas/K"}], "description": "why"})
        );
        assert_eq!(s["L"], json!({"type": "integer", "enum": [3]}));
        assert_eq!(u.doc["openapi"], json!("3.0.3"));
        assert_eq!(u.doc["paths"], json!({}));
    }

    #[test]
    fn what_has_no_3_0_form_is_diagnosed_where_it_was_written() {
        let mut doc = spec(json!({
            "P": {"properties": {"a": {"anyOf": [{"type": "object", "unevaluatedProperties": {"type": "string"}}, {"type": "null"}]}}},
        }));
        doc["jsonSchemaDialect"] = json!("https://example.com/dialect");
        let u = up(doc);
        let found: Vec<(String, bool)> = u
            .diags
            .iter()
            .map(|d| {
                (
                    d.pointer.clone(),
                    d.severity == crate::diag::Severity::Error,
                )
            })
            .collect();
        assert!(
            found.contains(&("#/jsonSchemaDialect".into(), true)),
            "{found:?}"
        );
        assert!(
            found.contains(&(
                "#/components/schemas/P/properties/a/anyOf/0/unevaluatedProperties".into(),
                true
            )),
            "{found:?}"
        );
        let skipped = upgrade(spec(json!({"Q": {"$dynamicRef": "#meta"}})), true);
        assert!(
            skipped
                .diags
                .iter()
                .all(|d| d.severity == crate::diag::Severity::Warning)
        );
    }

    #[test]
    fn path_item_refs_are_inlined() {
        let u = up(json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"$ref": "#/components/pathItems/A"}},
            "components": {"pathItems": {"A": {"get": {"responses": {"204": {"description": "ok"}}}}}},
        }));
        assert!(u.doc["paths"]["/a"]["get"].is_object());
        assert_eq!(
            u.origins.original("#/paths/~1a/get/responses"),
            "#/components/pathItems/A/get/responses"
        );
    }
}
