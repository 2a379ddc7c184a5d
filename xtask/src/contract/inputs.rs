//! Makes the contract program's inputs from the generator's IR: the types the lowering
//! resolved, with the spec's examples, defaults, formats and constraints it carries
//! (`ir::Constraints` and its `Hints`). No `$ref` is followed and no JSON schema read here:
//! the facts are the lowering's.

use super::synth::{MAX_DEPTH, SPEC_FAULT, format_ok, string_value};
use generator::ir::{Api, Constraints, EnumRepr, Field, OneOf, Struct, TypeDef, TypeKind, TypeRef};
use serde_json::{Map, Value, json};
use std::collections::HashMap;

/// Makes valid values of IR types: the spec's examples and defaults first (those that
/// fit), then values of the type that meet its format and constraints.
pub(crate) struct Inputs<'a> {
    types: HashMap<&'a str, &'a TypeDef>,
    /// What in the spec makes a valid value impossible to send (reported, not hidden).
    pub(crate) faults: std::cell::RefCell<Vec<String>>,
}

/// Nothing to check and nothing hinted: what a type reached without a use of its own has.
fn none() -> &'static Constraints {
    static NONE: std::sync::OnceLock<Constraints> = std::sync::OnceLock::new();
    NONE.get_or_init(Constraints::default)
}

impl<'a> Inputs<'a> {
    pub(crate) fn new(api: &'a Api) -> Self {
        Inputs {
            types: api.types.iter().map(|t| (t.name.as_str(), t)).collect(),
            faults: std::cell::RefCell::new(Vec::new()),
        }
    }

    fn kind(&self, name: &str) -> Option<&'a TypeKind> {
        self.types.get(name).map(|t| &t.kind)
    }

    /// An example as a value of `ty` (with the use's constraints `c`), or `None` when it
    /// is not one: a spec's example that breaks its own schema is not sent. Examples
    /// written as JSON text for an object or array are read as that JSON.
    pub(crate) fn fitting(&self, ty: &TypeRef, c: &Constraints, example: &Value) -> Option<Value> {
        if example.is_null() {
            return None;
        }
        if let Value::String(text) = example {
            if self.structured(ty) {
                let parsed: Value = serde_json::from_str(text).ok()?;
                return self.fitting(ty, c, &parsed);
            }
        }
        let fits = self.fits(ty, c, example, 0);
        if let Some(o) = self.one_of_type(ty).filter(|_| fits && !c.hints.any_of) {
            let accepting = (o.variants.iter().enumerate())
                .filter(|(i, a)| self.fits(&a.ty, alternative(c, o, *i), example, 0))
                .count();
            if accepting > 1 {
                self.faults.borrow_mut().push(format!(
                    "{SPEC_FAULT} oneOf alternatives overlap: {accepting} of them accept the \
                     spec's own example {example} (their differences are formats no \
                     validator knows, or none), while oneOf wants exactly one"
                ));
            }
        }
        fits.then(|| example.clone())
    }

    /// An object or array type.
    fn structured(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Vec(_) | TypeRef::Map(_) => true,
            TypeRef::Nullable(inner) => self.structured(inner),
            TypeRef::Named(n) => match self.kind(&n.name) {
                Some(TypeKind::Struct(_)) => true,
                Some(TypeKind::Alias(t)) => self.structured(t),
                _ => false,
            },
            _ => false,
        }
    }

    /// A value of `ty`, used with the constraints `c`; with `all`, optional properties too.
    pub(crate) fn value(
        &self,
        ty: &TypeRef,
        c: &Constraints,
        all: bool,
        depth: usize,
    ) -> Result<Value, String> {
        if depth > 2 * MAX_DEPTH {
            // Optional properties end at MAX_DEPTH and arrays there may be empty: what
            // still nests is a chain of required values that leads back to itself.
            return Err(format!(
                "{SPEC_FAULT} schema{} requires a value of its own type (a required property \
                 or non-empty array leads back to it), so no finite value satisfies it",
                ty.name().map(|n| format!(" `{n}`")).unwrap_or_default()
            ));
        }
        if let Some(v) = self.hinted(ty, c) {
            return v;
        }
        let h = &c.hints;
        match ty {
            TypeRef::Nullable(inner) => self.value(inner, c, all, depth),
            TypeRef::Named(n) => match self.kind(&n.name) {
                Some(TypeKind::Alias(target)) => self.value(target, c, all, depth),
                Some(TypeKind::Enum(e)) => Ok(match e.variants.first() {
                    Some(v) if e.repr == EnumRepr::Integer => {
                        serde_json::from_str(&v.value).unwrap_or(Value::String(v.value.clone()))
                    }
                    Some(v) => Value::String(v.value.clone()),
                    None => Value::String("value".into()),
                }),
                Some(TypeKind::Struct(s)) => self.object(s, c, all, depth),
                Some(TypeKind::OneOf(o)) => self.one_of(o, c, all, depth),
                None => Err(format!("type `{}` is not in the IR", n.name)),
            },
            TypeRef::Vec(item) => {
                let items = h.items.as_deref().unwrap_or(none());
                // Two items with all inputs, so that repeated-value encodings are exercised;
                // one where items must be unique (the copies would not be).
                let min = c.min_items.unwrap_or(0);
                let max = c.max_items.unwrap_or(u64::MAX);
                let wanted = if all && !h.unique_items { 2 } else { 1 };
                let n = wanted.max(min).min(max).max(1);
                if min == 0 && depth >= MAX_DEPTH {
                    return Ok(Value::Array(Vec::new()));
                }
                let item = self.value(item, items, all, depth + 1)?;
                Ok(Value::Array(vec![item; n as usize]))
            }
            TypeRef::Map(values) => {
                let mut out = Map::new();
                if all && depth < MAX_DEPTH && **values != TypeRef::Json {
                    out.insert("key".into(), self.value(values, none(), all, depth + 1)?);
                }
                // Required names without a property are the map's entries.
                self.undeclared(&mut out, Some(values), c, all, depth)?;
                Ok(Value::Object(out))
            }
            TypeRef::String | TypeRef::Bytes => self.string(c, None),
            TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid => self.string(c, typed_format(ty)),
            TypeRef::I32 | TypeRef::I64 | TypeRef::U64 | TypeRef::I128 => {
                Ok(Value::from(number(c, true) as i64))
            }
            TypeRef::F32 | TypeRef::F64 => Ok(json!(number(c, false))),
            TypeRef::Bool => Ok(Value::Bool(true)),
            // No type: any value will do.
            TypeRef::Json => Ok(Value::String("value".to_string())),
        }
    }

    /// What the use's hints make of a value: the spec's fault when no value satisfies
    /// it, else its first example or default that fits, else the first of the `enum`
    /// values the type does not list (the spec's fault when none is of the type); `None`
    /// when they say nothing.
    fn hinted(&self, ty: &TypeRef, c: &Constraints) -> Option<Result<Value, String>> {
        let h = &c.hints;
        if let Some(why) = &h.unsatisfiable {
            return Some(Err(format!("{SPEC_FAULT} {why}")));
        }
        for example in h.examples.iter().chain(&h.default) {
            if let Some(v) = self.fitting(ty, c, example) {
                return Some(Ok(v));
            }
        }
        if h.values.is_empty() {
            return None;
        }
        let of_type = |v: &&Value| self.fits(ty, none(), v, 0);
        let first = h.values.iter().find(|v| self.fits(ty, c, v, 0));
        Some(match first.or_else(|| h.values.iter().find(of_type)) {
            Some(v) => Ok(v.clone()),
            None => Err(format!(
                "{SPEC_FAULT} enum values ({}) are none of its type `{}`, so no value \
                 satisfies the schema",
                h.values
                    .iter()
                    .map(Value::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                self.wire_type(ty)
            )),
        })
    }

    /// The JSON Schema type a value of `ty` has, as a spec writes it.
    fn wire_type(&self, ty: &TypeRef) -> &'static str {
        match ty {
            TypeRef::Nullable(inner) => self.wire_type(inner),
            TypeRef::String
            | TypeRef::Bytes
            | TypeRef::DateTime
            | TypeRef::Date
            | TypeRef::Uuid => "string",
            TypeRef::I32 | TypeRef::I64 | TypeRef::U64 | TypeRef::I128 => "integer",
            TypeRef::F32 | TypeRef::F64 => "number",
            TypeRef::Bool => "boolean",
            TypeRef::Vec(_) => "array",
            TypeRef::Map(_) => "object",
            TypeRef::Json => "",
            TypeRef::Named(n) => match self.kind(&n.name) {
                Some(TypeKind::Alias(target)) => self.wire_type(target),
                Some(TypeKind::Struct(_)) => "object",
                Some(TypeKind::Enum(e)) if e.repr == EnumRepr::Integer => "integer",
                Some(TypeKind::Enum(_)) => "string",
                Some(TypeKind::OneOf(_)) | None => "",
            },
        }
    }

    fn object(
        &self,
        s: &Struct,
        c: &Constraints,
        all: bool,
        depth: usize,
    ) -> Result<Value, String> {
        let mut out = Map::new();
        let include_optional = all && depth < MAX_DEPTH;
        for f in &s.fields {
            if f.flatten {
                // The alternative's own properties sit beside the struct's.
                if let Value::Object(map) = self.value(&f.ty, &f.constraints, all, depth + 1)? {
                    for (k, v) in map {
                        out.entry(k).or_insert(v);
                    }
                }
                continue;
            }
            let listed = listed_required(f);
            // A request carries no read-only property.
            if f.constraints.hints.read_only && !listed {
                continue;
            }
            if listed || include_optional {
                out.insert(f.wire_name.clone(), self.field(f, all, depth)?);
            }
        }
        if out.is_empty() && include_optional {
            if let Some(values) = s.additional.as_ref().filter(|v| **v != TypeRef::Json) {
                out.insert("key".into(), self.value(values, none(), all, depth + 1)?);
            }
        }
        self.undeclared(&mut out, s.additional.as_ref(), c, all, depth)?;
        Ok(Value::Object(out))
    }

    /// Adds to `out` each name the object's schema requires without a property for it: a
    /// value of its additional properties (`values`), which the type keeps in its map;
    /// without them the typed client has no field to send it in, the spec's fault.
    fn undeclared(
        &self,
        out: &mut Map<String, Value>,
        values: Option<&TypeRef>,
        c: &Constraints,
        all: bool,
        depth: usize,
    ) -> Result<(), String> {
        for name in &c.hints.undeclared_required {
            if out.contains_key(name) {
                continue;
            }
            match values {
                Some(TypeRef::Json) => {
                    out.insert(name.clone(), Value::String("value".into()));
                }
                Some(values) => {
                    out.insert(name.clone(), self.value(values, none(), all, depth + 1)?);
                }
                None => self.faults.borrow_mut().push(format!(
                    "{SPEC_FAULT} schema requires the property `{name}`, which neither its \
                     `properties` nor its `additionalProperties` declare, so the typed client \
                     has no field for it"
                )),
            }
        }
        Ok(())
    }

    fn field(&self, f: &Field, all: bool, depth: usize) -> Result<Value, String> {
        // No type, but null allowed: what a 3.1 `type: 'null'` becomes. Null is the one
        // value both readings accept.
        if f.nullable && f.ty == TypeRef::Json && f.constraints.hints.examples.is_empty() {
            return Ok(Value::Null);
        }
        self.value(&f.ty, &f.constraints, all, depth + 1)
    }

    /// A value of one alternative (used with `c`): the first whose value the others
    /// refuse, as `oneOf` wants exactly one to accept it.
    fn one_of(&self, o: &OneOf, c: &Constraints, all: bool, depth: usize) -> Result<Value, String> {
        let first = o.variants.first().ok_or("a oneOf with no alternative")?;
        let mut chosen = None;
        for (i, candidate) in o.variants.iter().enumerate() {
            let Ok(v) = self.value(&candidate.ty, alternative(c, o, i), all, depth + 1) else {
                continue;
            };
            let others_refuse = o
                .variants
                .iter()
                .enumerate()
                .all(|(j, other)| i == j || !self.fits(&other.ty, alternative(c, o, j), &v, 0));
            if others_refuse {
                chosen = Some((candidate, v));
                break;
            }
        }
        let (chosen, mut value) = match chosen {
            Some(c) => c,
            None => {
                // Alternatives of an `anyOf` may overlap.
                if o.variants.len() > 1 && !c.hints.any_of {
                    let names: Vec<&str> = o.variants.iter().map(|v| v.name.as_str()).collect();
                    self.faults.borrow_mut().push(format!(
                        "{SPEC_FAULT} oneOf alternatives ({}) overlap: every value synthesized \
                         for one is also accepted by another (none requires a property the \
                         others lack), while oneOf wants exactly one",
                        names.join(", ")
                    ));
                }
                (
                    first,
                    self.value(&first.ty, alternative(c, o, 0), all, depth + 1)?,
                )
            }
        };
        // With a discriminator, the property must name the chosen alternative.
        if let (Some(d), Value::Object(map)) = (&o.discriminator, &mut value) {
            if let Some((wire, _)) = d.mapping.iter().find(|(_, v)| chosen.name == **v) {
                map.insert(d.property.clone(), Value::String(wire.clone()));
            }
        }
        Ok(value)
    }

    /// Whether `v` is a valid value of `ty` used with `c`, judged on what a validating
    /// server checks: type, enum values, required properties, lengths, ranges, patterns
    /// and formats, nested values, and one alternative of a `oneOf`.
    pub(crate) fn fits(&self, ty: &TypeRef, c: &Constraints, v: &Value, depth: usize) -> bool {
        if depth > 4 * MAX_DEPTH {
            return true;
        }
        let range = |n: f64| {
            let above = c
                .minimum
                .is_none_or(|(m, ex)| if ex { n > m } else { n >= m });
            let below = c
                .maximum
                .is_none_or(|(m, ex)| if ex { n < m } else { n <= m });
            let step = c.hints.multiple_of.filter(|m| *m > 0.0);
            above && below && step.is_none_or(|m| ((n / m) - (n / m).round()).abs() < 1e-9)
        };
        if !c.hints.values.is_empty() && !v.is_null() && !c.hints.values.contains(v) {
            return false;
        }
        match (ty, v) {
            // No type, but names an object must have (a `oneOf` alternative that only
            // lists `required` names, say).
            (TypeRef::Json, Value::Object(map)) => c
                .hints
                .undeclared_required
                .iter()
                .all(|k| map.contains_key(k)),
            (TypeRef::Json, _) => true,
            (TypeRef::Nullable(_), Value::Null) => true,
            (TypeRef::Nullable(inner), _) => self.fits(inner, c, v, depth),
            (TypeRef::String | TypeRef::Bytes, Value::String(s)) => {
                let n = s.chars().count() as u64;
                c.min_length.is_none_or(|m| n >= m)
                    && c.max_length.is_none_or(|m| n <= m)
                    && c.pattern
                        .as_deref()
                        .is_none_or(|p| regex_lite::Regex::new(p).map_or(true, |r| r.is_match(s)))
                    && format_ok(c.hints.format.as_deref().unwrap_or(""), s)
            }
            (TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid, Value::String(s)) => {
                typed_format(ty).is_some_and(|f| format_ok(f, s))
            }
            (TypeRef::I32 | TypeRef::I64 | TypeRef::U64 | TypeRef::I128, Value::Number(n)) => {
                n.as_f64().is_some_and(|f| f.fract() == 0.0 && range(f))
            }
            (TypeRef::F32 | TypeRef::F64, Value::Number(n)) => n.as_f64().is_some_and(range),
            (TypeRef::Bool, Value::Bool(_)) => true,
            (TypeRef::Vec(item), Value::Array(items)) => {
                let n = items.len() as u64;
                let ic = c.hints.items.as_deref().unwrap_or(none());
                c.min_items.is_none_or(|m| n >= m)
                    && c.max_items.is_none_or(|m| n <= m)
                    && items.iter().all(|i| self.fits(item, ic, i, depth + 1))
            }
            (TypeRef::Map(values), Value::Object(map)) => {
                let undeclared = &c.hints.undeclared_required;
                let present = undeclared.iter().all(|k| map.contains_key(k));
                present
                    && map
                        .values()
                        .all(|x| self.fits(values, none(), x, depth + 1))
            }
            (TypeRef::Named(n), _) => match self.kind(&n.name) {
                Some(TypeKind::Alias(target)) => self.fits(target, c, v, depth + 1),
                Some(TypeKind::Enum(e)) => {
                    let text = match (e.repr, v) {
                        (EnumRepr::String, Value::String(s)) => s.clone(),
                        (EnumRepr::Integer, Value::Number(n)) => n.to_string(),
                        _ => return false,
                    };
                    e.variants.iter().any(|x| x.value == text)
                }
                Some(TypeKind::Struct(s)) => self.fits_object(s, c, v, depth),
                Some(TypeKind::OneOf(o)) => o
                    .variants
                    .iter()
                    .enumerate()
                    .any(|(i, x)| self.fits(&x.ty, alternative(c, o, i), v, depth + 1)),
                None => true,
            },
            _ => false,
        }
    }

    fn fits_object(&self, s: &Struct, c: &Constraints, v: &Value, depth: usize) -> bool {
        let Value::Object(map) = v else {
            return false;
        };
        if !c
            .hints
            .undeclared_required
            .iter()
            .all(|k| map.contains_key(k))
        {
            return false;
        }
        s.fields.iter().all(|f| {
            if f.flatten {
                return self.fits(&f.ty, none(), v, depth + 1);
            }
            match map.get(&f.wire_name) {
                None => !listed_required(f),
                Some(Value::Null) if f.nullable => true,
                Some(x) => self.fits(&f.ty, &f.constraints, x, depth + 1),
            }
        }) && s.additional.as_ref().is_none_or(|values| {
            map.iter()
                .filter(|(k, _)| !s.fields.iter().any(|f| &f.wire_name == *k))
                .all(|(_, x)| self.fits(values, none(), x, depth + 1))
        })
    }

    /// A parameter's value travels as text, where `1` reads as a number and as a string
    /// alike, so a `oneOf` of both would accept it twice: there, a number or boolean gives
    /// way to a string alternative's value that reads as no number or boolean.
    /// `ty` is used with the constraints `c`.
    pub(crate) fn unambiguous_text(&self, ty: &TypeRef, c: &Constraints, value: Value) -> Value {
        if !(value.is_number() || value.is_boolean()) {
            return value;
        }
        let Some(o) = self.one_of_type(ty) else {
            return value;
        };
        let reads_as_scalar = |s: &str| s.parse::<f64>().is_ok() || s == "true" || s == "false";
        o.variants
            .iter()
            .enumerate()
            .filter(|(_, a)| a.ty == TypeRef::String)
            .filter_map(|(i, a)| self.value(&a.ty, alternative(c, o, i), true, 1).ok())
            .find(|v| v.as_str().is_some_and(|s| !reads_as_scalar(s)))
            .unwrap_or(value)
    }

    /// The `oneOf` that `ty` is, through aliases and nullability.
    fn one_of_type(&self, ty: &TypeRef) -> Option<&'a OneOf> {
        match ty {
            TypeRef::Nullable(inner) => self.one_of_type(inner),
            TypeRef::Named(n) => match self.kind(&n.name)? {
                TypeKind::Alias(target) => self.one_of_type(target),
                TypeKind::OneOf(o) => Some(o),
                _ => None,
            },
            _ => None,
        }
    }

    /// A string of the use's format that meets its lengths and pattern.
    /// A string for `c`, of `format` where the type says it (a typed date or uuid), else
    /// of the schema's own format.
    pub(crate) fn string(&self, c: &Constraints, format: Option<&str>) -> Result<Value, String> {
        // The lowering keeps only a pattern the client compiles, ECMA-262's literal
        // braces already escaped.
        string_value(
            format.or(c.hints.format.as_deref()).unwrap_or(""),
            c.min_length.unwrap_or(0) as usize,
            c.max_length.map(|m| m as usize),
            c.pattern.as_deref(),
        )
    }
}

/// The constraints the use `c` of the `oneOf` `o` gives its alternative `i` (none when
/// its hints do not match the alternatives).
fn alternative<'c>(c: &'c Constraints, o: &OneOf, i: usize) -> &'c Constraints {
    let alternatives = &c.hints.alternatives;
    match alternatives.get(i) {
        Some(a) if alternatives.len() == o.variants.len() => a,
        _ => none(),
    }
}

/// Whether the spec lists the field in its object's `required`: a required `writeOnly`
/// (or `readOnly`) property is an optional field, but a request carries it.
fn listed_required(f: &Field) -> bool {
    f.required || f.constraints.hints.required
}

/// A number within `minimum`/`maximum` (and a multiple of `multipleOf`).
pub(crate) fn number(c: &Constraints, integer: bool) -> f64 {
    let step = if integer { 1.0 } else { 0.5 };
    let mut n = match (c.minimum, c.maximum) {
        (Some((min, exclusive)), _) => min + if exclusive { step } else { 0.0 },
        (None, Some((max, exclusive))) => (max - if exclusive { step } else { 0.0 }).min(1.0),
        (None, None) => 1.0,
    };
    if let Some(m) = c.hints.multiple_of.filter(|m| *m > 0.0) {
        n = (n / m).ceil() * m;
    }
    if integer { n.ceil() } else { n }
}

/// The format of a type the client reads as more than text.
fn typed_format(ty: &TypeRef) -> Option<&'static str> {
    match ty {
        TypeRef::DateTime => Some("date-time"),
        TypeRef::Date => Some("date"),
        TypeRef::Uuid => Some("uuid"),
        _ => None,
    }
}
