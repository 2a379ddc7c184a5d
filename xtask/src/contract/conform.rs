//! Whether a value conforms to a JSON schema, and where it breaks it first.

use super::synth::{MAX_DEPTH, Synth, format_ok};
use serde_json::Value;

impl<'a> Synth<'a> {
    /// Whether `schema` could accept `value`, judged on what tells object schemas apart:
    /// type, required properties, closed properties and enum (or const) values.
    pub(crate) fn might_accept(&self, schema: &Value, value: &Value) -> bool {
        let schema = self.resolve(schema);
        let ty = schema.get("type").and_then(Value::as_str);
        let Value::Object(map) = value else {
            return match ty {
                Some("object") => false,
                Some("string") => value.is_string(),
                Some("integer" | "number") => value.is_number(),
                Some("boolean") => value.is_boolean(),
                Some("array") => value.is_array(),
                _ => true,
            };
        };
        if ty.is_some_and(|t| t != "object") {
            return false;
        }
        let required = schema.get("required").and_then(Value::as_array);
        if required.is_some_and(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .any(|k| !map.contains_key(k))
        }) {
            return false;
        }
        let props = schema.get("properties").and_then(Value::as_object);
        if schema.get("additionalProperties") == Some(&Value::Bool(false))
            && map
                .keys()
                .any(|k| !props.is_some_and(|p| p.contains_key(k)))
        {
            return false;
        }
        for (k, v) in map {
            let Some(prop) = props.and_then(|p| p.get(k)).map(|p| self.resolve(p)) else {
                continue;
            };
            if let Some(values) = prop.get("enum").and_then(Value::as_array) {
                if !values.contains(v) {
                    return false;
                }
            }
        }
        // allOf parts must all accept it.
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            return parts.iter().all(|p| self.might_accept(p, value));
        }
        true
    }

    /// Whether `value` is valid for `schema` (see `violation`).
    pub(crate) fn conforms(&self, schema: &Value, value: &Value, depth: usize) -> bool {
        self.violation(schema, value, depth, "").is_none()
    }

    /// The first way `value` (at the JSON pointer `at`) breaks `schema`, judged on what a
    /// validating server checks: type, enum, required and closed properties, lengths,
    /// ranges, patterns and formats, nested values and combinators (`anyOf`/`oneOf`
    /// leniently: one alternative).
    pub(crate) fn violation(
        &self,
        schema: &Value,
        value: &Value,
        depth: usize,
        at: &str,
    ) -> Option<String> {
        let schema = self.resolve(schema);
        let fail = |what: String| failure(at, what);
        if depth > 4 * MAX_DEPTH {
            return None;
        }
        if value.is_null() {
            if schema.get("nullable") == Some(&Value::Bool(true)) {
                return None;
            }
            if schema.get("type").is_some() {
                return fail("null is not allowed".into());
            }
            // No type: the enum and the combinators below judge it.
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if !values.contains(value) {
                return fail(format!("{value} is not one of the enum values"));
            }
        }
        if let Some(v) = self.combinator_violation(schema, value, depth, at) {
            return Some(v);
        }
        let ty = schema.get("type").and_then(Value::as_str);
        match (ty, value) {
            (Some("string") | None, Value::String(s)) => {
                string_violation(schema, value, s).and_then(fail)
            }
            (Some("integer"), Value::Number(n)) if n.as_f64().is_some_and(|f| f.fract() != 0.0) => {
                fail(format!("{value} is not an integer"))
            }
            (Some("integer" | "number") | None, Value::Number(n)) => {
                if n.as_f64().is_some_and(|n| in_range(schema, n)) {
                    None
                } else {
                    fail(format!("{value} is out of range"))
                }
            }
            (Some("boolean") | None, Value::Bool(_)) => None,
            (Some("array") | None, Value::Array(items)) => {
                if !length(schema, items.len(), "minItems", "maxItems") {
                    return fail(format!("{} items break minItems/maxItems", items.len()));
                }
                let item_schema = schema.get("items")?;
                items.iter().enumerate().find_map(|(i, item)| {
                    self.violation(item_schema, item, depth + 1, &format!("{at}/{i}"))
                })
            }
            (Some("object") | None, Value::Object(map)) => {
                self.object_violation(schema, map, depth, at)
            }
            (None, _) => None,
            (Some(ty), _) => fail(format!("{value} is not of type {ty}")),
        }
    }

    /// The first violation of `allOf`, or of every `oneOf` or `anyOf` alternative.
    fn combinator_violation(
        &self,
        schema: &Value,
        value: &Value,
        depth: usize,
        at: &str,
    ) -> Option<String> {
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            if let Some(v) = parts
                .iter()
                .find_map(|p| self.violation(p, value, depth + 1, at))
            {
                return Some(v);
            }
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(parts) = schema.get(key).and_then(Value::as_array) {
                let first = parts
                    .iter()
                    .map(|p| self.violation(p, value, depth + 1, at))
                    .try_fold(None, |first: Option<String>, v| match v {
                        None => Err(()),
                        Some(v) => Ok(first.or(Some(v))),
                    });
                if let Ok(Some(v)) = first {
                    return Some(format!("no {key} alternative matches (the first: {v})"));
                }
            }
        }
        None
    }

    /// The first required property an object lacks, or the first of its properties that
    /// breaks its schema or is not allowed.
    fn object_violation(
        &self,
        schema: &Value,
        map: &serde_json::Map<String, Value>,
        depth: usize,
        at: &str,
    ) -> Option<String> {
        let fail = |what: String| failure(at, what);
        let props = schema.get("properties").and_then(Value::as_object);
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        let extra = schema.get("additionalProperties").filter(|a| a.is_object());
        let required = schema.get("required").and_then(Value::as_array);
        if let Some(missing) = required
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .find(|k| !map.contains_key(*k))
        {
            return fail(format!("the required property `{missing}` is missing"));
        }
        map.iter().find_map(|(k, v)| {
            let inner = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
            match props.and_then(|p| p.get(k)) {
                Some(prop) => self.violation(prop, v, depth + 1, &inner),
                None if closed => fail(format!("the property `{k}` is not allowed")),
                None => extra.and_then(|e| self.violation(e, v, depth + 1, &inner)),
            }
        })
    }

    /// The pointer of the `example` of a schema on `path` (from `schema`, at `at`, down
    /// through properties, items and combinators) that equals the part of `value` it
    /// describes: where that part of a response came from.
    pub(crate) fn example_on_path(
        &self,
        schema: &Value,
        at: String,
        value: &Value,
        path: &[String],
        depth: usize,
    ) -> Option<String> {
        if depth > 4 * MAX_DEPTH {
            return None;
        }
        let (schema, at) = match schema.get("$ref").and_then(Value::as_str) {
            Some(r) if r.starts_with('#') => (self.resolve(schema), r.to_string()),
            _ => (schema, at),
        };
        if schema.get("example") == Some(value) {
            return Some(format!("{at}/example"));
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for (i, part) in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let found =
                    self.example_on_path(part, format!("{at}/{key}/{i}"), value, path, depth + 1);
                if found.is_some() {
                    return found;
                }
            }
        }
        let (step, rest) = path.split_first()?;
        let (inner, inner_at, inner_value) = match value {
            Value::Object(map) => {
                let inner_value = map.get(step)?;
                match schema.get("properties").and_then(|p| p.get(step)) {
                    Some(prop) => (
                        prop,
                        generator::pointer::child(&format!("{at}/properties"), step),
                        inner_value,
                    ),
                    None => (
                        schema.get("additionalProperties")?,
                        format!("{at}/additionalProperties"),
                        inner_value,
                    ),
                }
            }
            Value::Array(items) => (
                schema.get("items")?,
                format!("{at}/items"),
                items.get(step.parse::<usize>().ok()?)?,
            ),
            _ => return None,
        };
        self.example_on_path(inner, inner_at, inner_value, rest, depth + 1)
    }

    /// The pointer of `schema` (at `at`) when it has object keywords but neither it nor any
    /// `allOf` member declares a `type`, so any JSON value, `null` too, is valid for it.
    pub(crate) fn typeless_object(&self, schema: &Value, at: &str, depth: usize) -> Option<String> {
        let at = match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => r.to_string(),
            None => at.to_string(),
        };
        let schema = self.resolve(schema);
        if depth > MAX_DEPTH || schema.get("type").is_some() || schema.get("nullable").is_some() {
            return None;
        }
        let members = schema.get("allOf").and_then(Value::as_array);
        let typeless_members = members.is_none_or(|m| {
            m.iter().enumerate().all(|(i, member)| {
                self.typeless_object(member, &format!("{at}/allOf/{i}"), depth + 1)
                    .is_some()
                    || !["type", "allOf", "properties", "required"]
                        .iter()
                        .any(|k| self.resolve(member).get(*k).is_some())
            })
        });
        let object_like = ["properties", "required", "additionalProperties"]
            .iter()
            .any(|k| schema.get(*k).is_some())
            || members.is_some_and(|m| !m.is_empty());
        (object_like && typeless_members).then_some(at)
    }
}

/// A violation at the JSON pointer `at`, which is empty at the root.
fn failure(at: &str, what: String) -> Option<String> {
    let here = if at.is_empty() { "/" } else { at };
    Some(format!("{here}: {what}"))
}

/// How a string breaks its schema's length, pattern or format, if it does.
fn string_violation(schema: &Value, value: &Value, s: &str) -> Option<String> {
    let pattern = schema.get("pattern").and_then(Value::as_str);
    let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
    if !length(schema, s.chars().count(), "minLength", "maxLength") {
        Some(format!("{value} breaks minLength/maxLength"))
    } else if !pattern.is_none_or(|p| {
        regex_lite::Regex::new(&generator::lower::literal_braces(p)).map_or(true, |r| r.is_match(s))
    }) {
        Some(format!(
            "{value} does not match the pattern `{}`",
            pattern.unwrap_or("")
        ))
    } else if !format_ok(format, s) {
        Some(format!("{value} is not a valid `{format}`"))
    } else {
        None
    }
}

/// Whether `n` is within the schema's bounds and a multiple of its `multipleOf`.
fn in_range(schema: &Value, n: f64) -> bool {
    let get = |k: &str| schema.get(k).and_then(Value::as_f64);
    let exclusive = |k: &str| schema.get(k) == Some(&Value::Bool(true));
    get("minimum").is_none_or(|m| {
        if exclusive("exclusiveMinimum") {
            n > m
        } else {
            n >= m
        }
    }) && get("maximum").is_none_or(|m| {
        if exclusive("exclusiveMaximum") {
            n < m
        } else {
            n <= m
        }
    }) && get("multipleOf")
        .filter(|m| *m > 0.0)
        .is_none_or(|m| ((n / m) - (n / m).round()).abs() < 1e-9)
}

/// Whether a length `n` is within the schema's `min` and `max` keywords.
fn length(schema: &Value, n: usize, min: &str, max: &str) -> bool {
    let get = |k: &str| schema.get(k).and_then(Value::as_f64);
    get(min).is_none_or(|m| n as f64 >= m) && get(max).is_none_or(|m| n as f64 <= m)
}
