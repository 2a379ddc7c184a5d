//! Schemas to types: scalars, enums, arrays, maps and objects, named where they need a name.

use super::compose::Merged;
use super::facts::{constraints, field_doc, schema_doc};
use super::refs::{MAX_REF_DEPTH, Refs};
use super::{Lowerer, Naming};
use crate::diag::Diagnostic;
use crate::ir::*;
use crate::names::{Namespace, model_name, value_name};
use crate::pointer::{child, pointer};
use openapiv3::{self as oa, ReferenceOr, Schema, SchemaKind, Type};

impl<'a> Lowerer<'a> {
    pub(super) fn component_schemas(&mut self) {
        let Some(c) = &self.spec.components else {
            return;
        };
        for (name, schema) in &c.schemas {
            let ptr = pointer(["components", "schemas", name.as_str()]);
            let rust = self.schema_names[name].clone();
            match schema {
                ReferenceOr::Reference { reference } => {
                    // A component that is only a `$ref` is another name for its target.
                    if let Some(target) = self.schema_ref(reference, &ptr) {
                        self.push_type(rust, None, ptr, false, TypeKind::Alias(target));
                    }
                }
                ReferenceOr::Item(schema) => {
                    if let Some(ty) = self.schema(schema, &ptr, Naming::Fixed(rust.clone())) {
                        if ty != TypeRef::named(rust.clone()) {
                            let d = schema_doc(schema);
                            self.push_type(
                                rust,
                                d,
                                ptr,
                                schema.schema_data.deprecated,
                                TypeKind::Alias(ty),
                            );
                        }
                    }
                }
            }
        }
    }

    /// Records a type defined by `schema` and returns a use of it.
    pub(super) fn define(
        &mut self,
        name: String,
        schema: &Schema,
        ptr: &str,
        kind: TypeKind,
    ) -> TypeRef {
        let (doc, deprecated) = (schema_doc(schema), schema.schema_data.deprecated);
        self.push_type(name.clone(), doc, ptr.to_string(), deprecated, kind);
        if let Some(t) = self.types.last_mut() {
            t.title = schema.schema_data.title.clone();
        }
        TypeRef::named(name)
    }

    pub(super) fn push_type(
        &mut self,
        name: String,
        doc: Option<String>,
        pointer: String,
        deprecated: bool,
        kind: TypeKind,
    ) {
        let name = RustName::from(name);
        self.type_at.insert(name.clone(), self.types.len());
        self.types.push(TypeDef {
            name,
            doc,
            pointer,
            deprecated,
            kind,
            usage: Default::default(),
            title: None,
        });
    }

    /// The Rust type a schema `$ref` written at `ptr` stands for.
    pub(super) fn schema_ref(&mut self, reference: &str, ptr: &str) -> Option<TypeRef> {
        let ref_ptr = child(ptr, "$ref");
        let Some(name) = Refs::component_name::<Schema>(reference) else {
            return self.pointer_schema(reference, &ref_ptr);
        };
        match self.schema_names.get(&name) {
            Some(rust) => Some(TypeRef::named(rust.clone())),
            None => self.broken_schema_ref(
                Diagnostic::error(
                    &ref_ptr,
                    format!("`$ref: {reference}` points at a schema that does not exist"),
                )
                .with_help(format!(
                    "define `{name}` under `components/schemas`, or fix the reference"
                )),
            ),
        }
    }

    /// A `$ref` to a schema anywhere else in the document (inside a path, a property, ...):
    /// the target becomes a named type once, however often it is referenced, which also
    /// ends recursion through such references.
    fn pointer_schema(&mut self, reference: &str, ref_ptr: &str) -> Option<TypeRef> {
        if let Some(rust) = self.pointer_names.get(reference) {
            return Some(TypeRef::named(rust.clone()));
        }
        if self.ref_depth >= MAX_REF_DEPTH {
            return self.broken_schema_ref(
                Diagnostic::error(
                    ref_ptr,
                    format!("`$ref: {reference}` is a circle of references"),
                )
                .with_help("make one reference in the chain point at a definition"),
            );
        }
        let (node, at) = match self.refs.hop::<Schema>(reference, ref_ptr) {
            Ok(found) => found,
            Err(d) => return self.broken_schema_ref(d),
        };
        let schema = match node {
            // A pointer at another reference stands for what that one names.
            ReferenceOr::Reference { reference: next } => {
                self.ref_depth += 1;
                let ty = self.schema_ref(next, &at);
                self.ref_depth -= 1;
                return ty;
            }
            ReferenceOr::Item(schema) => schema,
        };
        let hint = crate::pointer::segments(reference)
            .iter()
            .rev()
            .find(|s| {
                !s.chars().all(|c| c.is_ascii_digit())
                    && !matches!(s.as_str(), "schema" | "items" | "properties")
            })
            .cloned()
            .unwrap_or_else(|| "Schema".into());
        let rust = self.type_names.claim(model_name(&hint, "Type"));
        self.pointer_names
            .insert(reference.to_string(), rust.clone());
        let ty = self.schema(schema, &at, Naming::Fixed(rust.clone()))?;
        if ty != TypeRef::named(rust.clone()) {
            self.push_type(
                rust.clone(),
                schema_doc(schema),
                at,
                false,
                TypeKind::Alias(ty),
            );
        }
        Some(TypeRef::named(rust))
    }

    /// A schema or a `$ref` to one; `S` is `Schema` or, for array items and properties,
    /// `Box<Schema>`.
    pub(super) fn schema_or_ref<S: std::borrow::Borrow<Schema>>(
        &mut self,
        s: &ReferenceOr<S>,
        ptr: &str,
        naming: Naming,
    ) -> Option<TypeRef> {
        match s {
            ReferenceOr::Reference { reference } => self.schema_ref(reference, ptr),
            ReferenceOr::Item(schema) => self.schema(schema.borrow(), ptr, naming),
        }
    }

    /// Lowers a schema to a type, defining a named type when the schema needs one.
    pub(super) fn schema(&mut self, schema: &Schema, ptr: &str, naming: Naming) -> Option<TypeRef> {
        if let Some(name) = self.hoisted.get(ptr) {
            return Some(TypeRef::named(name.clone()));
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values = &s.enumeration;
                if values.iter().any(Option::is_some) {
                    return Some(self.define_enum(schema, values, EnumRepr::String, ptr, naming));
                }
                Some(match &s.format {
                    oa::VariantOrUnknownOrEmpty::Item(oa::StringFormat::Binary) => TypeRef::Bytes,
                    oa::VariantOrUnknownOrEmpty::Item(oa::StringFormat::DateTime) => {
                        TypeRef::DateTime
                    }
                    oa::VariantOrUnknownOrEmpty::Item(oa::StringFormat::Date) => TypeRef::Date,
                    oa::VariantOrUnknownOrEmpty::Unknown(f) => string_type(f),
                    _ => TypeRef::String,
                })
            }
            SchemaKind::Type(Type::Integer(i)) => Some(self.integer(schema, i, ptr, naming)),
            SchemaKind::Type(Type::Number(n)) => {
                if n.enumeration.iter().flatten().next().is_some() {
                    // Floats have no exact Rust enum form; say so rather than drop it quietly.
                    self.warn(
                        &child(ptr, "enum"),
                        "a `number` enum is typed as a plain number: its values are not checked",
                    );
                }
                Some(match &n.format {
                    oa::VariantOrUnknownOrEmpty::Item(oa::NumberFormat::Float) => TypeRef::F32,
                    _ => TypeRef::F64,
                })
            }
            SchemaKind::Type(Type::Boolean(_)) => Some(TypeRef::Bool),
            SchemaKind::Type(Type::Array(a)) => self.array(a.items.as_ref(), ptr, &naming),
            SchemaKind::Type(Type::Object(o)) => self.object(
                schema,
                &o.properties,
                &o.required,
                o.additional_properties.as_ref(),
                ptr,
                naming,
            ),
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                // `allOf` with one member is how specs attach docs or `nullable` to a `$ref`.
                self.schema_or_ref(&all_of[0], &child(&child(ptr, "allOf"), "0"), naming)
            }
            SchemaKind::AllOf { all_of } => self.all_of(schema, all_of, None, ptr, naming),
            SchemaKind::OneOf { one_of } => {
                self.one_of(schema, one_of, &child(ptr, "oneOf"), naming)
            }
            SchemaKind::AnyOf { any_of } => {
                self.one_of(schema, any_of, &child(ptr, "anyOf"), naming)
            }
            // `not` only narrows what is valid; the value itself can be anything.
            SchemaKind::Not { .. } => Some(TypeRef::Json),
            SchemaKind::Any(any) => {
                if !any.all_of.is_empty() {
                    return self.all_of(schema, &any.all_of, Some(any), ptr, naming);
                }
                if !any.one_of.is_empty() {
                    return self.one_of(schema, &any.one_of, &child(ptr, "oneOf"), naming);
                }
                if !any.any_of.is_empty() {
                    return self.one_of(schema, &any.any_of, &child(ptr, "anyOf"), naming);
                }
                if is_object(any) {
                    return self.object(
                        schema,
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        ptr,
                        naming,
                    );
                }
                self.loose_typed(schema, any, ptr, naming)
            }
        }
    }

    /// An integer: an enum when the schema lists values, else the Rust integer its
    /// format and bounds call for.
    fn integer(
        &mut self,
        schema: &Schema,
        i: &oa::IntegerType,
        ptr: &str,
        naming: Naming,
    ) -> TypeRef {
        if i.enumeration.iter().any(Option::is_some) {
            let values: Vec<Option<String>> = i
                .enumeration
                .iter()
                .map(|v| v.map(|v| v.to_string()))
                .collect();
            return self.define_enum(schema, &values, EnumRepr::Integer, ptr, naming);
        }
        let format = match &i.format {
            oa::VariantOrUnknownOrEmpty::Item(oa::IntegerFormat::Int32) => "int32",
            oa::VariantOrUnknownOrEmpty::Item(oa::IntegerFormat::Int64) => "int64",
            oa::VariantOrUnknownOrEmpty::Unknown(f) => f.as_str(),
            oa::VariantOrUnknownOrEmpty::Empty => "",
        };
        integer_type(
            format,
            i.minimum.map(|v| v as f64),
            i.maximum.map(|v| v as f64),
        )
    }

    /// An array of `items` (any JSON value when it has none); a nullable item type is
    /// `Option<T>`.
    fn array(
        &mut self,
        items: Option<&ReferenceOr<Box<Schema>>>,
        ptr: &str,
        naming: &Naming,
    ) -> Option<TypeRef> {
        let item = match items {
            Some(items) => {
                let hint = format!("{} Item", naming.hint());
                let at = child(ptr, "items");
                let ty = self.schema_or_ref(items, &at, Naming::Context(hint))?;
                self.nullable_use(ty, items.as_item().map(|s| &**s), ref_of(items), &at)
            }
            None => TypeRef::Json,
        };
        Some(TypeRef::Vec(Box::new(item)))
    }

    /// `ty`, as `Option<ty>` when the schema it comes from (written at `ptr`, or what
    /// `reference` ends at) is nullable. Fields carry their nullability themselves; this
    /// is for array items and map values.
    pub(super) fn nullable_use(
        &self,
        ty: TypeRef,
        item: Option<&Schema>,
        reference: Option<&str>,
        ptr: &str,
    ) -> TypeRef {
        let nullable = match (item, reference) {
            (Some(s), _) => s.schema_data.nullable,
            (None, Some(reference)) => self
                .refs
                .follow::<Schema>(reference, &child(ptr, "$ref"))
                .is_ok_and(|t| t.value.schema_data.nullable),
            (None, None) => false,
        };
        // Any JSON value already includes `null`.
        if nullable && ty != TypeRef::Json {
            TypeRef::Nullable(Box::new(ty))
        } else {
            ty
        }
    }

    /// A schema whose keywords openapiv3 could not read as its `type` (an integer bound
    /// written as a float, `minimum: 0.5` or `multipleOf: 1.0`, or one past `i64`): typed
    /// from `type` all the same, with its bounds as written. Without a `type`, or with
    /// one this cannot type, it is any JSON value.
    fn loose_typed(
        &mut self,
        schema: &Schema,
        any: &oa::AnySchema,
        ptr: &str,
        naming: Naming,
    ) -> Option<TypeRef> {
        let format = any.format.as_deref().unwrap_or("");
        let typ = match any.typ.as_deref() {
            None if any.items.is_some() => "array",
            typ => typ.unwrap_or(""),
        };
        Some(match typ {
            "integer" => match enum_values(any, |v| v.as_i64().map(|i| i.to_string())) {
                Some(values) if values.iter().any(Option::is_some) => {
                    return Some(self.define_enum(schema, &values, EnumRepr::Integer, ptr, naming));
                }
                _ => integer_type(format, any.minimum, any.maximum),
            },
            "number" if format == "float" => TypeRef::F32,
            "number" => TypeRef::F64,
            "boolean" => TypeRef::Bool,
            "string" => match enum_values(any, |v| v.as_str().map(str::to_string)) {
                Some(values) if values.iter().any(Option::is_some) => {
                    return Some(self.define_enum(schema, &values, EnumRepr::String, ptr, naming));
                }
                _ => string_type(format),
            },
            "array" => return self.array(any.items.as_ref(), ptr, &naming),
            "" | "object" => TypeRef::Json,
            other => {
                self.warn(
                    &child(ptr, "type"),
                    format!("`type: {other}` is not an OpenAPI type; the value is typed as any JSON value"),
                );
                TypeRef::Json
            }
        })
    }

    /// The name of the type defined for the schema at `ptr`, remembered before its parts
    /// are lowered: a schema reached again (an `allOf` that merges a type containing
    /// itself, the same inline schema merged into several types) reuses the one type
    /// instead of defining another, which also ends such recursion.
    pub(super) fn claim(&mut self, naming: Naming, ptr: &str) -> String {
        let name = match naming {
            Naming::Fixed(name) => name,
            Naming::Context(hint) => self.type_names.claim(model_name(&hint, "Type")),
        };
        self.hoisted.insert(ptr.to_string(), name.clone());
        name
    }

    fn object(
        &mut self,
        schema: &Schema,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&oa::AdditionalProperties>,
        ptr: &str,
        naming: Naming,
    ) -> Option<TypeRef> {
        let mut merged = Merged::default();
        merged.add(properties, required, additional, ptr);
        self.object_from_props(schema, merged, ptr, naming)
    }

    /// A struct from properties that may come from several schemas (`allOf`), each with
    /// the pointer of where it is written.
    pub(super) fn object_from_props(
        &mut self,
        schema: &Schema,
        merged: Merged<'_>,
        ptr: &str,
        naming: Naming,
    ) -> Option<TypeRef> {
        let Merged {
            props,
            required,
            additional,
            flatten,
            ..
        } = merged;
        let additional = match additional {
            None | Some((oa::AdditionalProperties::Any(false), _)) => None,
            Some((oa::AdditionalProperties::Any(true), _)) => Some(TypeRef::Json),
            Some((oa::AdditionalProperties::Schema(s), aptr)) => {
                let hint = format!("{} Value", naming.hint());
                let ty = self.schema_or_ref(s, &aptr, Naming::Context(hint))?;
                let reference = match s.as_ref() {
                    ReferenceOr::Reference { reference } => Some(reference.as_str()),
                    ReferenceOr::Item(_) => None,
                };
                Some(self.nullable_use(ty, s.as_item(), reference, &aptr))
            }
        };
        if props.is_empty() && flatten.is_empty() {
            // A map, or an object about which nothing is known.
            return Some(TypeRef::Map(Box::new(additional.unwrap_or(TypeRef::Json))));
        }
        let name = self.claim(naming, ptr);
        let mut ns = Namespace::default();
        let mut fields = Vec::new();
        for (wire, prop, prop_ptr) in props {
            if let Some(field) = self.prop_field(&name, wire, prop, prop_ptr, &required, &mut ns) {
                fields.push(field);
            }
        }
        for (member, mptr) in flatten {
            let Some(ty) =
                self.schema_or_ref(member, &mptr, Naming::Context(format!("{name} Variant")))
            else {
                continue;
            };
            fields.push(Field {
                name: ns.claim("variant".into()).into(),
                wire_name: String::new(),
                doc: Some("The alternative this value is, with its own properties.".into()),
                ty,
                required: true,
                nullable: false,
                deprecated: false,
                constraints: Constraints::default(),
                boxed: false,
                flatten: true,
            });
        }
        let constructor = Constructor::for_fields(fields.iter().map(|f| f.required));
        let kind = TypeKind::Struct(Struct {
            fields,
            additional,
            constructor,
        });
        Some(self.define(name, schema, ptr, kind))
    }

    /// The field of one property of the struct `name`; none when its type failed (and
    /// was reported).
    fn prop_field(
        &mut self,
        name: &str,
        wire: String,
        prop: &ReferenceOr<Box<Schema>>,
        prop_ptr: String,
        required: &[String],
        ns: &mut Namespace,
    ) -> Option<Field> {
        let hint = format!("{name} {wire}");
        let ty = self.schema_or_ref(prop, &prop_ptr, Naming::Context(hint))?;
        let (doc_text, nullable, deprecated, mut constraints, one_way) = match prop {
            ReferenceOr::Item(s) => (
                field_doc(s),
                s.schema_data.nullable,
                s.schema_data.deprecated,
                self.schema_constraints(s, &prop_ptr),
                s.schema_data.read_only || s.schema_data.write_only,
            ),
            // A 3.0 schema marked `nullable` allows `null` wherever it is used, so a
            // property that refers to it can be `null` too.
            // Its constraints travel with the reference.
            ReferenceOr::Reference { reference } => {
                let nullable = self
                    .refs
                    .follow::<Schema>(reference, &child(&prop_ptr, "$ref"))
                    .is_ok_and(|t| t.value.schema_data.nullable);
                let constraints = self.ref_constraints(reference, &prop_ptr);
                (None, nullable, false, constraints, false)
            }
        };
        let listed = required.contains(&wire);
        if listed && one_way && self.hints {
            constraints.hints.get_mut().required = true;
        }
        Some(Field {
            name: ns.claim(value_name(&wire, "field")).into(),
            // A readOnly property is never sent and a writeOnly one never received,
            // so "required" cannot hold in both directions: such fields are optional.
            required: listed && !one_way,
            wire_name: wire,
            ty,
            nullable,
            doc: doc_text,
            deprecated,
            constraints,
            boxed: false,
            flatten: false,
        })
    }

    /// The constraints of the schema a `$ref` (written in the schema at `ptr`) ends at,
    /// so that a property or parameter of a constrained scalar type (`Code: {type:
    /// string, maxLength: 5}`) is checked, and recorded, as if written in place. Objects
    /// check their own constraints in their `validate`.
    pub(super) fn ref_constraints(&mut self, reference: &str, ptr: &str) -> Constraints {
        let Ok(target) = self.refs.follow::<Schema>(reference, &child(ptr, "$ref")) else {
            return Constraints::default();
        };
        let (schema, at) = (target.value, target.pointer);
        // `allOf` with one member is how specs attach docs to a `$ref`.
        match &schema.schema_kind {
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => match &all_of[0] {
                ReferenceOr::Reference { reference } => {
                    let next = child(&child(&at, "allOf"), "0");
                    self.ref_depth += 1;
                    let c = if self.ref_depth < MAX_REF_DEPTH {
                        self.ref_constraints(reference, &next)
                    } else {
                        Constraints::default()
                    };
                    self.ref_depth -= 1;
                    c
                }
                ReferenceOr::Item(s) => self.constraints(s, &child(&child(&at, "allOf"), "0")),
            },
            _ => self.constraints(schema, &at),
        }
    }

    /// The constraints of a property's or parameter's own schema. One that wraps a single
    /// `allOf` member, as specs attach `nullable` or docs to a `$ref` (and as a 3.1 `$ref`
    /// with siblings is read), has that member's constraints too; its own, where it sets
    /// them, win.
    pub(super) fn schema_constraints(&mut self, s: &Schema, ptr: &str) -> Constraints {
        let own = self.constraints(s, ptr);
        let SchemaKind::AllOf { all_of } = &s.schema_kind else {
            return own;
        };
        let [member] = all_of.as_slice() else {
            return own;
        };
        let member_ptr = child(&child(ptr, "allOf"), "0");
        let inner = match member {
            ReferenceOr::Reference { reference } => self.ref_constraints(reference, &member_ptr),
            ReferenceOr::Item(m) => self.constraints(m, &member_ptr),
        };
        Constraints {
            min_length: own.min_length.or(inner.min_length),
            max_length: own.max_length.or(inner.max_length),
            minimum: own.minimum.or(inner.minimum),
            maximum: own.maximum.or(inner.maximum),
            min_items: own.min_items.or(inner.min_items),
            max_items: own.max_items.or(inner.max_items),
            pattern: own.pattern.or(inner.pattern),
            hints: super::hints::merge_hints(own.hints, inner.hints),
        }
    }

    /// The constraints the client checks; a `pattern` the client's regex engine cannot
    /// compile is left unchecked, with a warning.
    pub(super) fn constraints(&mut self, s: &Schema, ptr: &str) -> Constraints {
        let mut c = constraints(s);
        c.pattern = c.pattern.as_deref().map(literal_braces);
        if let Some(pattern) = &c.pattern {
            if let Err(e) = regex_lite::Regex::new(pattern) {
                let message = e.to_string();
                self.warn(
                    &child(ptr, "pattern"),
                    format!(
                        "this `pattern` is not checked before sending: the client's regex engine cannot compile it ({})",
                        message.lines().last().unwrap_or("").trim()
                    ),
                );
                c.pattern = None;
            }
        }
        c.hints = self.hints(s, 0);
        c
    }
}

/// The `enum` values of a loosely typed schema, each read by `value` (`None` if one is
/// not of the schema's type); `null`, which `nullable` allows, is no value (`None` in
/// its place, so the list stays aligned with the names some specs give the values).
fn enum_values(
    any: &oa::AnySchema,
    value: impl Fn(&serde_json::Value) -> Option<String>,
) -> Option<Vec<Option<String>>> {
    any.enumeration
        .iter()
        .map(|v| {
            if v.is_null() {
                Some(None)
            } else {
                value(v).map(Some)
            }
        })
        .collect()
}

/// The type of a string of `format` (as written): bytes, a date-time, a date or a UUID,
/// else a plain string.
fn string_type(format: &str) -> TypeRef {
    match format {
        "binary" => TypeRef::Bytes,
        "date-time" => TypeRef::DateTime,
        "date" => TypeRef::Date,
        "uuid" => TypeRef::Uuid,
        _ => TypeRef::String,
    }
}

/// The `$ref` of a boxed schema use, if it is one.
fn ref_of(s: &ReferenceOr<Box<Schema>>) -> Option<&str> {
    match s {
        ReferenceOr::Reference { reference } => Some(reference),
        ReferenceOr::Item(_) => None,
    }
}

/// The Rust integer type for a `format` and the bounds as written: `i32` for `int32`,
/// `u64` for `uint64` or for bounds past `i64::MAX` that start at zero or above, `i128`
/// for bounds past both, `i64` otherwise.
///
/// Bounds arrive as `f64`, in which `i64::MAX` and 2^63 are one number, and so are
/// `u64::MAX` and 2^64: a bound of exactly 2^63 (how an int64 range comes out when a
/// server writes it as `2**63`, as Kinto does) stays `i64`, and one of 2^64 `u64`.
fn integer_type(format: &str, minimum: Option<f64>, maximum: Option<f64>) -> TypeRef {
    // 2^63 and 2^64, exactly representable as f64.
    const I64_END: f64 = 9_223_372_036_854_775_808.0;
    const U64_END: f64 = 18_446_744_073_709_551_616.0;
    let below_i64 = minimum.is_some_and(|m| m < -I64_END);
    let non_negative = minimum.is_some_and(|m| m >= 0.0);
    let past_i64 = maximum.is_some_and(|m| m > I64_END);
    let past_u64 = maximum.is_some_and(|m| m > U64_END);
    if below_i64 || past_u64 || (past_i64 && !non_negative && format != "uint64") {
        TypeRef::I128
    } else if past_i64 || format == "uint64" {
        TypeRef::U64
    } else if format == "int32" {
        TypeRef::I32
    } else {
        TypeRef::I64
    }
}

/// Escapes the braces of an ECMA-262 `pattern` that are not a quantifier. JavaScript
/// (Annex B) reads a `{` that starts no `{n}`, `{n,}` or `{n,m}` as a literal brace, and
/// specs rely on it (`^(?:{[0-9a-f]{4}})$`); Rust's regex engines reject it.
pub fn literal_braces(pattern: &str) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len());
    let mut in_class = false;
    let mut i = 0;
    // Where the quantifier that opened at a kept `{` ends.
    let mut quantifier_end = None;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                out.push(c);
                if let Some(next) = chars.get(i + 1) {
                    out.push(*next);
                }
                i += 2;
                continue;
            }
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '{' if !in_class => {
                let rest: String = chars[i..].iter().collect();
                let quantifier = rest
                    .find('}')
                    .map(|end| &rest[1..end])
                    .filter(|body| {
                        let mut parts = body.splitn(2, ',');
                        let min = parts.next().unwrap_or("");
                        let max = parts.next();
                        !min.is_empty()
                            && min.chars().all(|d| d.is_ascii_digit())
                            && max.is_none_or(|m| m.chars().all(|d| d.is_ascii_digit()))
                    })
                    .map(|body| body.chars().count() + 1);
                // A quantifier needs something before it to repeat.
                let repeats = i > 0 && !matches!(chars[i - 1], '(' | '|');
                match quantifier {
                    Some(len) if repeats => quantifier_end = Some(i + len),
                    _ => {
                        out.push_str("\\{");
                        i += 1;
                        continue;
                    }
                }
            }
            '}' if !in_class && quantifier_end != Some(i) => {
                out.push_str("\\}");
                i += 1;
                continue;
            }
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    out
}

/// A schema without one `type` that is an object all the same: it has properties, says
/// `type: object`, or is a map.
fn is_object(any: &oa::AnySchema) -> bool {
    // `additionalProperties` without a `type` is a map all the same; beside
    // another `type` (GitHub's `type: string` payload) it constrains nothing.
    let map = any.typ.is_none()
        && matches!(
            any.additional_properties,
            Some(oa::AdditionalProperties::Schema(_) | oa::AdditionalProperties::Any(true))
        );
    !any.properties.is_empty() || any.typ.as_deref() == Some("object") || map
}

#[cfg(test)]
mod tests {
    use super::literal_braces;

    #[test]
    fn braces_that_quantify_nothing_become_literals() {
        assert_eq!(literal_braces("a{2}b{1,}c{1,3}"), "a{2}b{1,}c{1,3}");
        assert_eq!(
            literal_braces("^(?:{[0-9a-f]{4}(?:-?[0-9a-f]{4}){7}}|x)$"),
            "^(?:\\{[0-9a-f]{4}(?:-?[0-9a-f]{4}){7}\\}|x)$"
        );
        assert_eq!(literal_braces("{x}"), "\\{x\\}");
        assert_eq!(literal_braces("[{}]\\{"), "[{}]\\{");
        for p in [
            "a{2}b{1,}c{1,3}",
            "^(?:{[0-9a-f]{4}(?:-?[0-9a-f]{4}){7}}|x)$",
            "{x}",
        ] {
            assert!(regex_lite::Regex::new(&literal_braces(p)).is_ok(), "{p}");
        }
    }
}
