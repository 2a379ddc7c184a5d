//! The hints of a schema (examples, `default`, `format`, ...): what the client does not
//! check but the contract harness needs to make values a validating server accepts.
//! Reading them emits no diagnostic, so lowering says what it said before. Without
//! [`LowerOptions::hints`](super::LowerOptions::hints) nothing here reads the spec.

use super::Lowerer;
use super::facts::constraints;
use super::refs::MAX_REF_DEPTH;
use crate::ir::{Constraints, HintData, Hints};
use crate::pointer::child;
use openapiv3::{self as oa, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

impl<'a> Lowerer<'a> {
    /// The hints of the schema `s` (empty unless lowering with hints); an array's items
    /// and a `oneOf`'s alternatives get theirs (and their constraints).
    pub(super) fn hints(&self, s: &Schema, depth: usize) -> Hints {
        if !self.hints {
            return Hints::default();
        }
        let data = &s.schema_data;
        let mut h = HintData {
            examples: data.example.iter().cloned().collect(),
            default: data.default.clone(),
            read_only: data.read_only,
            ..HintData::default()
        };
        let items = kind_hints(&mut h, &s.schema_kind);
        if let Some(items) = items.filter(|_| depth < MAX_REF_DEPTH) {
            h.items = Some(Box::new(self.quiet_constraints(items, "#", depth + 1)));
        }
        self.object_hints(&mut h, s);
        let (alternatives, any_of) = alternatives(&s.schema_kind);
        // Alternatives branch (unlike items), and those of alternatives that lead back to
        // their schema would multiply: only the first levels get theirs.
        if depth < MAX_ALTERNATIVES_DEPTH {
            h.alternatives = alternatives
                .iter()
                .map(|a| match a {
                    ReferenceOr::Item(a) => self.schema_quiet_constraints(a, depth + 1),
                    ReferenceOr::Reference { reference } => self
                        .refs
                        .follow::<Schema>(reference, "#")
                        .map(|t| self.schema_quiet_constraints(t.value, depth + 1))
                        .unwrap_or_default(),
                })
                .collect();
            h.any_of = any_of;
        }
        h.into()
    }

    /// An object's `required` names that no property declares, and an `allOf` whose
    /// members no one value satisfies (members of different types), into `h`. The
    /// members are read as written, `$ref`s followed: no diagnostic, no type.
    fn object_hints(&self, h: &mut HintData, s: &Schema) {
        let mut members = Members::default();
        self.all_of_members(s, &mut members, 0);
        h.undeclared_required = members
            .required
            .iter()
            .filter(|r| !members.properties.contains(r.as_str()))
            .cloned()
            .collect();
        if members.types.len() > 1 {
            let types: Vec<&str> = members.types.iter().copied().collect();
            let refs = all_of_refs(&s.schema_kind);
            h.unsatisfiable = Some(format!(
                "allOf combines schemas of different types ({}{}), which no value satisfies",
                types.join(", "),
                if refs.is_empty() {
                    String::new()
                } else {
                    format!(": {}", refs.join(", "))
                }
            ));
        }
    }

    /// Gathers what `s` and its `allOf` members (nested ones too) say of an object: its
    /// properties, its `required` names and the types they are written with.
    fn all_of_members<'s>(&'s self, s: &'s Schema, out: &mut Members<'s>, depth: usize) {
        let (properties, required, ty, all_of): (_, &[String], _, &[ReferenceOr<Schema>]) =
            match &s.schema_kind {
                SchemaKind::Type(Type::Object(o)) => (Some(&o.properties), &o.required, None, &[]),
                SchemaKind::Type(t) => (None, &[], Some(type_name(t)), &[]),
                SchemaKind::AllOf { all_of } => (None, &[], None, all_of),
                SchemaKind::Any(a) => {
                    let ty = a
                        .typ
                        .as_deref()
                        .map(|t| if t == "integer" { "number" } else { t });
                    (Some(&a.properties), &a.required, ty, &a.all_of)
                }
                _ => (None, &[], None, &[]),
            };
        out.properties.extend(
            properties
                .into_iter()
                .flat_map(|p| p.keys().map(String::as_str)),
        );
        for r in required {
            if !out.required.contains(r) {
                out.required.push(r.clone());
            }
        }
        out.types.extend(ty);
        if depth >= MAX_REF_DEPTH {
            return;
        }
        for member in all_of {
            let member = match member {
                ReferenceOr::Item(m) => m,
                ReferenceOr::Reference { reference } => {
                    match self.refs.follow::<Schema>(reference, "#") {
                        Ok(t) => t.value,
                        Err(_) => continue,
                    }
                }
            };
            self.all_of_members(member, out, depth + 1);
        }
    }

    /// The constraints and hints of the schema `s` (written at `ptr`), read without a
    /// diagnostic: a pattern the client cannot compile is kept, as the spec wrote it.
    fn quiet_constraints(
        &self,
        s: &ReferenceOr<Box<Schema>>,
        ptr: &str,
        depth: usize,
    ) -> Constraints {
        let schema = match s {
            ReferenceOr::Item(s) => s.as_ref(),
            ReferenceOr::Reference { reference } => {
                match self.refs.follow::<Schema>(reference, &child(ptr, "$ref")) {
                    Ok(target) => target.value,
                    Err(_) => return Constraints::default(),
                }
            }
        };
        self.schema_quiet_constraints(schema, depth)
    }

    /// [`quiet_constraints`](Self::quiet_constraints) of a schema in hand.
    fn schema_quiet_constraints(&self, schema: &Schema, depth: usize) -> Constraints {
        let mut c = constraints(schema);
        c.pattern = c.pattern.as_deref().map(crate::lower::literal_braces);
        c.hints = self.hints(schema, depth);
        c
    }

    /// A request body's constraints and hints (`content_ptr` is its media type's
    /// pointer), its media type's own example first; default unless lowering with hints.
    pub(super) fn body_constraints(&self, media: &oa::MediaType, content_ptr: &str) -> Constraints {
        if !self.hints {
            return Constraints::default();
        }
        let mut c = match &media.schema {
            Some(ReferenceOr::Item(s)) => self.schema_quiet_constraints(s, 0),
            Some(ReferenceOr::Reference { reference }) => self
                .refs
                .follow::<Schema>(reference, &child(&child(content_ptr, "schema"), "$ref"))
                .map(|t| self.schema_quiet_constraints(t.value, 0))
                .unwrap_or_default(),
            None => Constraints::default(),
        };
        self.add_own_example(&mut c, media.example.as_ref(), &media.examples, content_ptr);
        c
    }

    /// Puts the example a parameter or media type (at `ptr`) gives itself first among
    /// `c`'s examples: `example`, else the first of `examples` (followed where it is a
    /// `$ref`). Nothing without hints.
    pub(super) fn add_own_example(
        &self,
        c: &mut Constraints,
        example: Option<&Value>,
        examples: &indexmap::IndexMap<String, ReferenceOr<oa::Example>>,
        ptr: &str,
    ) {
        if !self.hints {
            return;
        }
        let own = example.cloned().or_else(|| {
            let (name, first) = examples.first()?;
            let at = child(&child(ptr, "examples"), name);
            self.refs.resolve(first, &at).ok()?.value.value.clone()
        });
        if let Some(e) = own {
            c.hints.get_mut().examples.insert(0, e);
        }
    }
}

/// Fills the hints the schema's kind gives (format, `multipleOf`, loose `enum` values,
/// ...) into `h`; returns an array's items.
fn kind_hints<'s>(h: &mut HintData, kind: &'s SchemaKind) -> Option<&'s ReferenceOr<Box<Schema>>> {
    match kind {
        SchemaKind::Type(Type::String(t)) => h.format = format_name(&t.format),
        SchemaKind::Type(Type::Integer(t)) => {
            h.format = format_name(&t.format);
            h.multiple_of = t.multiple_of.map(|m| m as f64);
        }
        SchemaKind::Type(Type::Number(t)) => {
            h.format = format_name(&t.format);
            h.multiple_of = t.multiple_of;
            h.values = listed(&t.enumeration);
        }
        SchemaKind::Type(Type::Boolean(t)) => h.values = listed(&t.enumeration),
        SchemaKind::Type(Type::Array(t)) => {
            h.unique_items = t.unique_items;
            return t.items.as_ref();
        }
        SchemaKind::Any(t) => {
            h.format = t.format.clone();
            h.multiple_of = t.multiple_of;
            h.unique_items = t.unique_items.unwrap_or(false);
            h.values = t
                .enumeration
                .iter()
                .filter(|v| !v.is_null())
                .cloned()
                .collect();
            return t.items.as_ref();
        }
        _ => {}
    }
    None
}

/// How deep in a use's hints `oneOf` alternatives get theirs.
const MAX_ALTERNATIVES_DEPTH: usize = 3;

/// What an object schema and its `allOf` members say (see `all_of_members`).
#[derive(Default)]
struct Members<'s> {
    properties: std::collections::BTreeSet<&'s str>,
    required: Vec<String>,
    /// The types the members are written with, an integer being a number too.
    types: std::collections::BTreeSet<&'s str>,
}

/// A typed schema's type, as the members of an `allOf` are compared: an integer is a
/// number too.
fn type_name(t: &Type) -> &'static str {
    match t {
        Type::String(_) => "string",
        Type::Number(_) | Type::Integer(_) => "number",
        Type::Object(_) => "object",
        Type::Array(_) => "array",
        Type::Boolean(_) => "boolean",
    }
}

/// The `$ref`s among a schema's own `allOf` members.
fn all_of_refs(kind: &SchemaKind) -> Vec<&str> {
    let members = match kind {
        SchemaKind::AllOf { all_of } => all_of.as_slice(),
        SchemaKind::Any(a) => a.all_of.as_slice(),
        _ => &[],
    };
    members
        .iter()
        .filter_map(|m| match m {
            ReferenceOr::Reference { reference } => Some(reference.as_str()),
            ReferenceOr::Item(_) => None,
        })
        .collect()
}

/// A `oneOf`'s or `anyOf`'s alternatives (none for other schemas), and whether they are
/// an `anyOf`'s; an `allOf` beside them wins, as the lowering reads the schema.
fn alternatives(kind: &SchemaKind) -> (&[ReferenceOr<Schema>], bool) {
    match kind {
        SchemaKind::OneOf { one_of } => (one_of, false),
        SchemaKind::AnyOf { any_of } => (any_of, true),
        SchemaKind::Any(a) if a.all_of.is_empty() && !a.one_of.is_empty() => (&a.one_of, false),
        SchemaKind::Any(a) if a.all_of.is_empty() && !a.any_of.is_empty() => (&a.any_of, true),
        _ => (&[], false),
    }
}

/// The `enum` values of a typed scalar schema, `null` left out.
fn listed<T: Copy + Into<Value>>(values: &[Option<T>]) -> Vec<Value> {
    values.iter().flatten().map(|v| (*v).into()).collect()
}

/// `own`'s hints, with `inner`'s where `own` has none (its examples after `own`'s).
pub(super) fn merge_hints(own: Hints, inner: Hints) -> Hints {
    if inner.is_empty() {
        return own;
    }
    if own.is_empty() {
        return inner;
    }
    let (own, inner) = (own.into_data(), inner.into_data());
    let mut examples = own.examples;
    examples.extend(inner.examples);
    Hints::from(HintData {
        examples,
        default: own.default.or(inner.default),
        format: own.format.or(inner.format),
        read_only: own.read_only || inner.read_only,
        multiple_of: own.multiple_of.or(inner.multiple_of),
        unique_items: own.unique_items || inner.unique_items,
        values: own_or(own.values, inner.values),
        items: own.items.or(inner.items),
        any_of: if own.alternatives.is_empty() {
            inner.any_of
        } else {
            own.any_of
        },
        alternatives: if own.alternatives.is_empty() {
            inner.alternatives
        } else {
            own.alternatives
        },
        required: own.required || inner.required,
        undeclared_required: own_or(own.undeclared_required, inner.undeclared_required),
        unsatisfiable: own.unsatisfiable.or(inner.unsatisfiable),
    })
}

/// A `format` as written, when there is one.
fn format_name<T: serde::Serialize>(format: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(f) => serde_json::to_value(f)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string)),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// A list the schema gives itself, else the one its `$ref` target gives.
fn own_or<T>(own: Vec<T>, inner: Vec<T>) -> Vec<T> {
    if own.is_empty() { inner } else { own }
}

#[cfg(test)]
mod tests {
    use crate::ir::{Api, Constraints, HintData, Hints};
    use crate::lower::{LowerOptions, lower};

    /// The IR of a spec with one operation: a query parameter with an example, and a
    /// JSON body of a string with a format and a default.
    fn lowered(hints: bool) -> Option<Api> {
        let text = serde_json::json!({
            "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/p": {"post": {"operationId": "send",
                "parameters": [{"name": "q", "in": "query", "example": 7,
                    "schema": {"type": "integer", "minimum": 3}}],
                "requestBody": {"content": {"application/json": {
                    "schema": {"type": "string", "format": "uuid", "default": "x"}}}},
                "responses": {"204": {"description": "done"}}}}}
        });
        let spec: openapiv3::OpenAPI = serde_json::from_value(text).ok()?;
        let options = LowerOptions {
            hints,
            ..LowerOptions::default()
        };
        lower(&spec, options).ok().map(|l| l.api)
    }

    #[test]
    fn hints_are_filled_only_when_asked_for() {
        let (with, without) = (lowered(true), lowered(false));
        let op = |api: &Option<Api>| api.as_ref().map(|a| a.operations[0].clone());
        let (with, without) = (op(&with), op(&without));
        assert!(with.is_some() && without.is_some(), "the spec lowers");
        let (with, without) = (
            with.unwrap_or_else(|| unreachable!()),
            without.unwrap_or_else(|| unreachable!()),
        );
        assert_eq!(
            with.params[0].constraints.hints.examples,
            vec![serde_json::json!(7)]
        );
        let body = with.body.as_ref().map(|b| &b.constraints.hints);
        assert_eq!(body.and_then(|h| h.format.as_deref()), Some("uuid"));
        assert_eq!(
            body.and_then(|h| h.default.clone()),
            Some(serde_json::json!("x"))
        );
        assert!(without.params[0].constraints.hints.examples.is_empty());
        assert!(
            without
                .body
                .as_ref()
                .is_some_and(|b| b.constraints.hints.format.is_none())
        );
        // Hints are no part of equality: the two lowerings compare equal.
        assert_eq!(with.params, without.params);
    }

    #[test]
    fn constraints_that_differ_only_in_hints_are_equal() {
        let hinted = Constraints {
            hints: Hints::from(HintData {
                format: Some("uuid".into()),
                ..HintData::default()
            }),
            ..Constraints::default()
        };
        assert_eq!(hinted, Constraints::default());
        assert!(hinted.is_empty());
    }
}
