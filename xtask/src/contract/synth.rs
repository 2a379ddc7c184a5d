//! Makes valid values from JSON schemas: examples, defaults and enums first, then values of the schema's type that meet its format and constraints.

use serde_json::{Map, Value, json};

/// The client's own reading and writing of `date-time` and `date` values (the runtime's
/// file, compiled here too): an input the harness makes must be one the generated types
/// decode, and a value a validator calls valid is one they read.
#[path = "../../../runtime/src/format_text.rs"]
#[allow(dead_code)]
mod format_text;

/// An example or default as a value of `schema`'s type, or `None` when it is not one (a
/// spec's example that breaks its own schema is not sent). Examples written as JSON
/// text for an object or array are read as that JSON.
pub(crate) fn fitting(synth: &Synth, schema: &Value, example: &Value) -> Option<Value> {
    let schema = synth.resolve(schema);
    if example.is_null() {
        return None;
    }
    let ty = schema.get("type").and_then(Value::as_str);
    match (ty, example) {
        (Some("object" | "array"), Value::String(text)) => {
            let parsed: Value = serde_json::from_str(text).ok()?;
            fitting(synth, schema, &parsed)
        }
        _ => {
            let fits = synth.conforms(schema, example, 0);
            if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) {
                let accepting = alternatives
                    .iter()
                    .filter(|a| synth.conforms(a, example, 0))
                    .count();
                if fits && accepting > 1 {
                    synth.faults.borrow_mut().push(format!(
                        "{SPEC_FAULT} oneOf alternatives overlap: {accepting} of them accept the \
                         spec's own example {example} (their differences are formats no \
                         validator knows, or none), while oneOf wants exactly one"
                    ));
                }
            }
            fits.then(|| example.clone())
        }
    }
}

/// Whether `s` is a valid `format` string, for the formats a validating server checks
/// (those of ajv-formats, which Prism uses); other formats accept any string.
pub(crate) fn format_ok(format: &str, s: &str) -> bool {
    let matches = |re: &str| regex_lite::Regex::new(re).is_ok_and(|r| r.is_match(s));
    let segment = r"(/([^~/]|~[01])*)*";
    match format {
        // Days the calendar has, as ajv-formats checks them too; the generated client
        // types these, and reads every such value.
        "date" => format_text::parse_date(s).is_some(),
        "date-time" => {
            matches(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$")
                && format_text::parse_date_time(s).is_some()
        }
        "time" => matches(r"^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$"),
        "uuid" => matches(
            r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ),
        "email" => matches(r"^[^@\s]+@[^@\s]+\.[^@\s]+$"),
        "ipv4" => s.parse::<std::net::Ipv4Addr>().is_ok(),
        "ipv6" => s.parse::<std::net::Ipv6Addr>().is_ok(),
        "duration" => {
            s != "P"
                && !s.ends_with('T')
                && matches(r"^P((\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?|\d+W)$")
        }
        "json-pointer" => matches(&format!("^{segment}$")),
        "relative-json-pointer" => matches(&format!("^\\d+(#|{segment})$")),
        "uri" => matches(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$"),
        // Not a JSON Schema format, but validators (ajv-formats, so Prism) check it as a
        // web address: a scheme, `://` and a host name.
        "url" => matches(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[A-Za-z0-9._~-]+(:[0-9]+)?([/?#][^\s]*)?$"),
        "hostname" => matches(
            r"^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$",
        ),
        "byte" => s.len() % 4 == 0 && matches(r"^[A-Za-z0-9+/]*={0,2}$"),
        _ => true,
    }
}

pub(crate) fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

pub(crate) fn first_example(examples: Option<&Value>, synth: &Synth) -> Option<Value> {
    let first = examples?.as_object()?.values().next()?;
    synth.resolve(first).get("value").cloned()
}

/// Makes valid values from JSON schemas: examples, defaults and enums first, then values
/// of the schema's type that meet its format and constraints.
pub(crate) struct Synth<'a> {
    pub(crate) doc: &'a Value,
    /// What in the schemas makes a valid value impossible to send (reported, not hidden).
    pub(crate) faults: std::cell::RefCell<Vec<String>>,
}

/// Nesting beyond this gets only required properties, so recursive schemas end.
pub(crate) const MAX_DEPTH: usize = 6;

impl<'a> Synth<'a> {
    pub(crate) fn pointer(&self, pointer: &str) -> Option<&'a Value> {
        self.doc.pointer(pointer.trim_start_matches('#'))
    }

    /// Follows `$ref`s (local ones) to the node they name.
    pub(crate) fn resolve<'s>(&'s self, mut node: &'s Value) -> &'s Value {
        for _ in 0..32 {
            match node.get("$ref").and_then(Value::as_str) {
                Some(r) if r.starts_with('#') => match self.pointer(r) {
                    Some(target) => node = target,
                    None => return node,
                },
                _ => return node,
            }
        }
        node
    }

    /// A value of `schema`; with `all`, optional properties too.
    pub(crate) fn value(&self, schema: &Value, all: bool, depth: usize) -> Result<Value, String> {
        let reference = schema.get("$ref").and_then(Value::as_str);
        let schema = self.resolve(schema);
        if depth > 2 * MAX_DEPTH {
            // Optional properties end at MAX_DEPTH and arrays there may be empty: what
            // still nests is a chain of required values that leads back to itself.
            return Err(format!(
                "{SPEC_FAULT} schema{} requires a value of its own type (a required property \
                 or non-empty array leads back to it), so no finite value satisfies it",
                reference.map(|r| format!(" `{r}`")).unwrap_or_default()
            ));
        }
        for key in ["example", "default"] {
            if let Some(v) = schema.get(key).and_then(|v| fitting(self, schema, v)) {
                return Ok(v);
            }
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            if let Some(v) = enum_value(schema, values, reference) {
                return v;
            }
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            return self.all_of(schema, parts, all, depth);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alternatives) = schema.get(key).and_then(Value::as_array) {
                return self.one_of(schema, alternatives, all, depth, key == "oneOf");
            }
        }
        // Without `type`, `items` makes an array and `additionalProperties` a map, as the
        // generator types them.
        let ty = schema.get("type").and_then(Value::as_str).or_else(|| {
            if schema.get("items").is_some() {
                Some("array")
            } else if schema
                .get("additionalProperties")
                .is_some_and(|a| a.is_object() || a == &Value::Bool(true))
            {
                Some("object")
            } else {
                None
            }
        });
        match ty {
            Some("object") | None if schema.get("properties").is_some() => {
                self.object(schema, all, depth)
            }
            Some("object") => self.object(schema, all, depth),
            Some("array") => self.array(schema, all, depth),
            Some("string") => self.string(schema),
            Some("integer") => Ok(Value::from(number(schema, true) as i64)),
            Some("number") => Ok(json!(number(schema, false))),
            Some("boolean") => Ok(Value::Bool(true)),
            // No type, but null allowed: what a 3.1 `type: 'null'` becomes. Null is the one
            // value both readings accept.
            _ if schema.get("nullable") == Some(&Value::Bool(true)) => Ok(Value::Null),
            // No type: any value will do.
            _ => Ok(Value::String("value".to_string())),
        }
    }

    /// A value of an array schema: copies of one item value, as many as its bounds allow.
    fn array(&self, schema: &Value, all: bool, depth: usize) -> Result<Value, String> {
        let items = schema.get("items").unwrap_or(&Value::Null);
        // Two items with all inputs, so that repeated-value encodings are exercised;
        // one where items must be unique (the copies would not be).
        let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        let max = schema
            .get("maxItems")
            .and_then(Value::as_u64)
            .unwrap_or(u64::MAX);
        let unique = schema.get("uniqueItems") == Some(&Value::Bool(true));
        let wanted = if all && !unique { 2 } else { 1 };
        let n = wanted.max(min).min(max).max(1);
        if min == 0 && depth >= MAX_DEPTH {
            return Ok(Value::Array(Vec::new()));
        }
        let item = self.value(items, all, depth + 1)?;
        Ok(Value::Array(vec![item; n as usize]))
    }

    pub(crate) fn object(&self, schema: &Value, all: bool, depth: usize) -> Result<Value, String> {
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut out = Map::new();
        let include_optional = all && depth < MAX_DEPTH;
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let is_required = required.contains(&name.as_str());
                let resolved = self.resolve(prop);
                // A request carries no read-only property.
                if resolved.get("readOnly") == Some(&Value::Bool(true)) && !is_required {
                    continue;
                }
                if is_required || include_optional {
                    out.insert(name.clone(), self.value(prop, all, depth + 1)?);
                }
            }
        }
        if out.is_empty() && include_optional {
            if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
                out.insert("key".to_string(), self.value(values, all, depth + 1)?);
            }
        }
        // A required name the properties do not declare: a value of `additionalProperties`
        // where the schema has one (the type keeps it in its map); else the typed client
        // has no field to send it in.
        let declared = schema.get("properties").and_then(Value::as_object);
        for name in required {
            if out.contains_key(name) || declared.is_some_and(|p| p.contains_key(name)) {
                continue;
            }
            match schema.get("additionalProperties") {
                Some(values) if values.is_object() => {
                    out.insert(name.to_string(), self.value(values, all, depth + 1)?);
                }
                Some(Value::Bool(true)) => {
                    out.insert(name.to_string(), Value::String("value".into()));
                }
                _ => self.faults.borrow_mut().push(format!(
                    "{SPEC_FAULT} schema requires the property `{name}`, which neither its \
                     `properties` nor its `additionalProperties` declare, so the typed client \
                     has no field for it"
                )),
            }
        }
        Ok(Value::Object(out))
    }

    pub(crate) fn all_of(
        &self,
        schema: &Value,
        parts: &[Value],
        all: bool,
        depth: usize,
    ) -> Result<Value, String> {
        // The members, nested allOfs expanded, and the schema's own keywords beside them.
        let mut members = Vec::new();
        self.all_of_members(schema, &mut members, 0);
        // An integer is a number too.
        let mut types: Vec<&str> = members
            .iter()
            .filter_map(|p| p.get("type").and_then(Value::as_str))
            .map(|t| if t == "integer" { "number" } else { t })
            .collect();
        types.sort_unstable();
        types.dedup();
        if types.len() > 1 {
            let refs: Vec<&str> = parts
                .iter()
                .filter_map(|p| p.get("$ref").and_then(Value::as_str))
                .collect();
            return Err(format!(
                "{SPEC_FAULT} allOf combines schemas of different types ({}{}), which no \
                 value satisfies",
                types.join(", "),
                if refs.is_empty() {
                    String::new()
                } else {
                    format!(": {}", refs.join(", "))
                }
            ));
        }
        if !members
            .iter()
            .any(|m| m.get("oneOf").is_some() || m.get("anyOf").is_some())
        {
            // One schema with every member's properties, requirements and bounds.
            return self.value(&merge_members(&members), all, depth + 1);
        }
        let mut out = Map::new();
        for part in parts {
            match self.value(part, all, depth + 1)? {
                Value::Object(map) => out.extend(map),
                other if parts.len() == 1 => return Ok(other),
                _ => {}
            }
        }
        // What a member requires that the value of another lacks.
        let merged = merge_members(&members);
        if let Value::Object(map) = self.object(&merged, false, depth)? {
            for (k, v) in map {
                out.entry(k).or_insert(v);
            }
        }
        Ok(Value::Object(out))
    }

    /// `schema` and its allOf members, resolved, recursively, each without its `allOf`.
    pub(crate) fn all_of_members(&self, schema: &Value, out: &mut Vec<Value>, depth: usize) {
        let schema = self.resolve(schema);
        let Some(map) = schema.as_object() else {
            return;
        };
        let own: Map<String, Value> = map
            .iter()
            .filter(|(k, _)| *k != "allOf")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if !own.is_empty() {
            out.push(Value::Object(own));
        }
        if depth < 2 * MAX_DEPTH {
            for part in map
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                self.all_of_members(part, out, depth + 1);
            }
        }
    }

    /// A value of one alternative; for `oneOf` (`exclusive`), one the others refuse.
    pub(crate) fn one_of(
        &self,
        schema: &Value,
        alternatives: &[Value],
        all: bool,
        depth: usize,
        exclusive: bool,
    ) -> Result<Value, String> {
        let candidates: Vec<&Value> = alternatives
            .iter()
            .filter(|a| self.resolve(a).get("type").and_then(Value::as_str) != Some("null"))
            .collect();
        let first = *candidates.first().ok_or("a oneOf with no alternative")?;
        // `oneOf` wants exactly one alternative to accept the value: the first alternative
        // whose value no other alternative could accept, when there is one.
        let mut chosen = first;
        let mut value = None;
        for (i, candidate) in candidates.iter().enumerate() {
            let Ok(v) = self.value(candidate, all, depth + 1) else {
                continue;
            };
            let others_refuse = candidates.iter().enumerate().all(|(j, other)| {
                i == j || !self.might_accept(other, &v) || !self.conforms(other, &v, 0)
            });
            if others_refuse {
                chosen = candidate;
                value = Some(v);
                break;
            }
        }
        let mut value = match value {
            Some(v) => v,
            None => {
                // A discriminator does not change that: JSON Schema's oneOf still wants one.
                if candidates.len() > 1 && exclusive {
                    let refs: Vec<&str> = candidates
                        .iter()
                        .filter_map(|c| c.get("$ref").and_then(Value::as_str))
                        .collect();
                    let named = if refs.len() == candidates.len() {
                        format!(" ({})", refs.join(", "))
                    } else {
                        String::new()
                    };
                    self.faults.borrow_mut().push(format!(
                        "{SPEC_FAULT} oneOf alternatives{named} overlap: every value synthesized \
                         for one is also accepted by another (none requires a property the \
                         others lack), while oneOf wants exactly one"
                    ));
                }
                self.value(first, all, depth + 1)?
            }
        };
        // With a discriminator, the property must name the chosen alternative.
        if let (Some(d), Value::Object(map)) = (schema.get("discriminator"), &mut value) {
            if let Some(property) = d.get("propertyName").and_then(Value::as_str) {
                let target = chosen.get("$ref").and_then(Value::as_str);
                let mapped = d
                    .get("mapping")
                    .and_then(Value::as_object)
                    .and_then(|m| m.iter().find(|(_, v)| v.as_str() == target))
                    .map(|(k, _)| k.clone());
                let implicit = target
                    .and_then(|t| t.rsplit('/').next())
                    .map(str::to_string);
                if let Some(name) = mapped.or(implicit) {
                    map.insert(property.to_string(), Value::String(name));
                }
            }
        }
        Ok(value)
    }

    pub(crate) fn string(&self, schema: &Value) -> Result<Value, String> {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let length = |key: &str| schema.get(key).and_then(Value::as_u64).map(|m| m as usize);
        // As the client reads it: ECMA-262's literal braces escaped.
        let pattern = schema
            .get("pattern")
            .and_then(Value::as_str)
            .map(generator::lower::literal_braces);
        string_value(
            format,
            length("minLength").unwrap_or(0),
            length("maxLength"),
            pattern.as_deref(),
        )
    }
}

/// A string of `format` with `min` to `max` characters that matches `pattern` (as the
/// client reads it), or why there is none.
pub(crate) fn string_value(
    format: &str,
    min: usize,
    max: Option<usize>,
    pattern: Option<&str>,
) -> Result<Value, String> {
    let base = example_of_format(format);
    // Formats whose every value has one length: a length range without it rules out
    // every value.
    let fixed = match format {
        "uuid" => Some(36),
        "date" => Some(10),
        _ => None,
    };
    if let Some(length) = fixed.filter(|&l| min > l || max.is_some_and(|m| m < l)) {
        return Err(format!(
            "{SPEC_FAULT} string format `{format}` has values of {length} characters, which \
             its minLength {min}{} rules out",
            max.map(|m| format!(" / maxLength {m}")).unwrap_or_default()
        ));
    }
    // The client types these formats: padding or cutting a value would make one it
    // cannot read, so a date-time grows by its fraction of a second instead.
    let typed = matches!(format, "date" | "date-time" | "uuid");
    let date_time;
    let base = if format == "date-time" && (min > base.len() || max.is_some_and(|m| m < base.len()))
    {
        date_time = date_time_of_length(min, max).ok_or_else(|| {
            format!(
                "{SPEC_FAULT} string format `date-time` has values of 20 or more characters \
                 (22 or more with a fraction of a second), which its minLength {min}{} rules out",
                max.map(|m| format!(" / maxLength {m}")).unwrap_or_default()
            )
        })?;
        date_time.as_str()
    } else {
        base
    };
    // A candidate the client reads back as the value it is.
    let readable = |s: &str| !typed || format_ok(format, s);
    let fit = |s: &str| -> String {
        let mut s: String = s.to_string();
        while s.chars().count() < min {
            s.push('x');
        }
        match max {
            Some(max) => s.chars().take(max).collect(),
            None => s,
        }
    };
    let Some(pattern) = pattern else {
        return Ok(Value::String(fit(base)));
    };
    let Ok(regex) = regex_lite::Regex::new(pattern) else {
        return Ok(Value::String(fit(base)));
    };
    std::iter::once(fit(base))
        .chain(pattern_strings(pattern).into_iter().map(|c| fit(&c)))
        .find(|c| regex.is_match(c) && readable(c))
        .map(Value::String)
        .ok_or_else(|| format!("no synthesized string matches the pattern `{pattern}`"))
}

/// A valid string of `format` (for the formats validators check, and the common others).
pub(crate) fn example_of_format(format: &str) -> &'static str {
    match format {
        "date" => "2024-01-02",
        "date-time" => "2024-01-02T03:04:05Z",
        "time" => "03:04:05Z",
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "email" | "idn-email" => "user@example.com",
        "uri" | "url" | "uri-reference" | "iri" | "iri-reference" => "https://example.com/contract",
        "hostname" | "idn-hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "byte" => "Y29udHJhY3Q=",
        "duration" => "P1D",
        "json-pointer" => "/contract",
        "relative-json-pointer" => "0/contract",
        "regex" => "^contract$",
        "uri-template" => "https://example.com/{id}",
        // A file's bytes, or in a JSON document a string: `Upload` reads either.
        _ => "contract",
    }
}

/// A date-time of a length in `min..=max`: `2024-01-02T03:04:05Z`, longer with a
/// fraction of a second (`2024-01-02T03:04:05.000Z`); `None` when no length from 20 on
/// (but 21) fits.
fn date_time_of_length(min: usize, max: Option<usize>) -> Option<String> {
    const PLAIN: &str = "2024-01-02T03:04:05";
    let length = match min {
        ..=20 => 20,
        21 => 22,
        n => n,
    };
    if max.is_some_and(|m| m < length) {
        return None;
    }
    Some(match length {
        20 => format!("{PLAIN}Z"),
        n => format!("{PLAIN}.{}Z", "0".repeat(n - 21)),
    })
}

/// Strings generated from `pattern` (deterministically: a fixed seed), printable ASCII
/// where the pattern allows it, short repetitions first. Empty when regex-syntax cannot
/// parse the pattern (ECMA-262 look-arounds and back-references, say); the caller checks
/// each string with the client's own regex engine.
pub(crate) fn pattern_strings(pattern: &str) -> Vec<String> {
    use rand::{RngExt as _, SeedableRng as _};
    let Ok(hir) = regex_syntax::ParserBuilder::new().build().parse(pattern) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for ascii in [true, false] {
        let tamed = tame(hir.clone(), ascii);
        for max_repeat in [2, 6, 24, 100] {
            let Ok(generator) = rand_regex::Regex::with_hir(tamed.clone(), max_repeat) else {
                continue;
            };
            let mut rng = rand::rngs::ChaCha8Rng::seed_from_u64(13);
            out.extend((0..16).map(|_| rng.sample::<String, _>(&generator)));
        }
    }
    out
}

/// `hir` as rand_regex can generate from it: look-arounds (anchors, word boundaries)
/// dropped, since a generated string is matched whole anyway, and with `ascii`, each
/// character class narrowed to printable ASCII where it has any (so `\d` gives `0`-`9`,
/// as it means in the ECMA-262 patterns of JSON Schema, and `.` no control character).
pub(crate) fn tame(hir: regex_syntax::hir::Hir, ascii: bool) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Repetition};
    match hir.into_kind() {
        HirKind::Empty | HirKind::Look(_) => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0),
        HirKind::Class(Class::Unicode(class)) if ascii => {
            let mut narrowed = class.clone();
            narrowed.intersect(&ClassUnicode::new([ClassUnicodeRange::new(' ', '~')]));
            Hir::class(Class::Unicode(if narrowed.ranges().is_empty() {
                class
            } else {
                narrowed
            }))
        }
        HirKind::Class(class) => Hir::class(class),
        HirKind::Repetition(r) => Hir::repetition(Repetition {
            sub: Box::new(tame(*r.sub, ascii)),
            ..r
        }),
        HirKind::Capture(c) => tame(*c.sub, ascii),
        HirKind::Concat(parts) => Hir::concat(parts.into_iter().map(|h| tame(h, ascii)).collect()),
        HirKind::Alternation(parts) => {
            Hir::alternation(parts.into_iter().map(|h| tame(h, ascii)).collect())
        }
    }
}

/// How an input failure that is the spec's own fault begins: such failures are reported
/// as `spec`, not `inputs`.
pub(crate) const SPEC_FAULT: &str = "the spec's";

/// One schema that is all of `members`: properties and requirements joined, the tightest
/// bounds, the enum values they share, anything else as its first member says.
pub(crate) fn merge_members(members: &[Value]) -> Value {
    let mut out = Map::new();
    let mut properties = Map::new();
    let mut required: Vec<Value> = Vec::new();
    for (key, value) in members.iter().filter_map(Value::as_object).flatten() {
        let tighter = |lower: bool| {
            let old = out.get(key.as_str()).and_then(Value::as_f64);
            match (old, value.as_f64()) {
                (Some(a), Some(b)) if (lower && a >= b) || (!lower && a <= b) => None,
                _ => Some(value.clone()),
            }
        };
        let replace = match key.as_str() {
            "properties" => {
                for (name, schema) in value.as_object().into_iter().flatten() {
                    properties
                        .entry(name.clone())
                        .or_insert_with(|| schema.clone());
                }
                None
            }
            "required" => {
                for name in value.as_array().into_iter().flatten() {
                    if !required.contains(name) {
                        required.push(name.clone());
                    }
                }
                None
            }
            // An integer member makes the whole an integer.
            "type" if value == "integer" => Some(value.clone()),
            "minLength" | "minimum" | "minItems" | "minProperties" => tighter(true),
            "maxLength" | "maximum" | "maxItems" | "maxProperties" => tighter(false),
            "enum" => match (out.get("enum").and_then(Value::as_array), value.as_array()) {
                (Some(old), Some(new)) => Some(Value::Array(
                    old.iter().filter(|v| new.contains(v)).cloned().collect(),
                )),
                _ => Some(value.clone()),
            },
            _ if out.contains_key(key.as_str()) => None,
            _ => Some(value.clone()),
        };
        if let Some(v) = replace {
            out.insert(key.clone(), v);
        }
    }
    if !properties.is_empty() {
        out.insert("properties".into(), Value::Object(properties));
    }
    if !required.is_empty() {
        out.insert("required".into(), Value::Array(required));
    }
    Value::Object(out)
}

/// The first value of an enum of the schema's own type (an enum of strings under
/// `type: integer` has none: no value is both), the spec's fault when no value is, and
/// `None` when the enum holds only `null`.
fn enum_value(
    schema: &Value,
    values: &[Value],
    reference: Option<&str>,
) -> Option<Result<Value, String>> {
    let typed = |v: &Value| match schema.get("type").and_then(Value::as_str) {
        Some("string") => v.is_string(),
        Some("integer") => v.is_i64() || v.is_u64(),
        Some("number") => v.is_number(),
        Some("boolean") => v.is_boolean(),
        Some("object") => v.is_object(),
        Some("array") => v.is_array(),
        _ => true,
    };
    match values.iter().find(|v| !v.is_null() && typed(v)) {
        Some(first) => Some(Ok(first.clone())),
        None if values.iter().any(|v| !v.is_null()) => Some(Err(format!(
            "{SPEC_FAULT} enum values ({}) are none of its type `{}`, so no value \
             satisfies the schema{}",
            values
                .iter()
                .map(Value::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            schema.get("type").and_then(Value::as_str).unwrap_or(""),
            reference.map(|r| format!(" `{r}`")).unwrap_or_default()
        ))),
        None => None,
    }
}

/// A number within `minimum`/`maximum` (and a multiple of `multipleOf`).
pub(crate) fn number(schema: &Value, integer: bool) -> f64 {
    let get = |k: &str| schema.get(k).and_then(Value::as_f64);
    let exclusive = |k: &str| schema.get(k) == Some(&Value::Bool(true));
    let step = if integer { 1.0 } else { 0.5 };
    let mut n = match (get("minimum"), get("maximum")) {
        (Some(min), _) => {
            min + if exclusive("exclusiveMinimum") {
                step
            } else {
                0.0
            }
        }
        (None, Some(max)) => (max
            - if exclusive("exclusiveMaximum") {
                step
            } else {
                0.0
            })
        .min(1.0),
        (None, None) => 1.0,
    };
    if let Some(m) = get("multipleOf").filter(|m| *m > 0.0) {
        n = (n / m).ceil() * m;
    }
    if integer { n.ceil() } else { n }
}
