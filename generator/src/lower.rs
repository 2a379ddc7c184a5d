//! Resolves references and checks the spec, turning `openapiv3` types into the IR.
//!
//! Every problem becomes a diagnostic with the pointer of the node that caused it; the
//! stage goes on after an error so that one run reports them all.

use crate::diag::{Diagnostic, child, pointer};
use crate::docs::doc;
use crate::ir::*;
use crate::names::{Namespace, type_name, value_name};
use openapiv3::{self as oa, OpenAPI, ReferenceOr, Schema, SchemaKind, StatusCode, Type};
use std::collections::{BTreeMap, BTreeSet};

/// Names the client's own methods use; operations cannot take them.
const CLIENT_METHODS: &[&str] = &[
    "new",
    "builder",
    "base_url",
    "config",
    "with_config",
    "clone",
    "fmt",
    "rt_builder",
    "rt_request",
    "rt_send",
    "rt_send_with_retries",
    "rt_wait",
    "rt_prepare",
    "rt_credential",
    "rt_authorize",
];
/// Names `ClientBuilder` already uses; per-scheme credential setters cannot take them.
const BUILDER_METHODS: &[&str] = &[
    "base_url",
    "bearer_token",
    "token_source",
    "basic_auth",
    "api_key",
    "config",
    "http_client",
    "build",
    "client_credentials_for",
    "user_tokens_for",
    "static_token_for",
    "token_url",
];
/// Names of the fallback variants the emitters add to every error and string enum.
const UNKNOWN_VARIANT: &str = "Unknown";
const UNEXPECTED_VARIANT: &str = "UnexpectedStatus";
/// How many `$ref` hops are followed before a chain is called a cycle.
const MAX_REF_DEPTH: usize = 32;

/// The result of a successful lowering: the IR and the warnings met on the way.
pub struct Lowered {
    /// The API.
    pub api: Api,
    /// Warnings (nothing was dropped silently).
    pub warnings: Vec<Diagnostic>,
}

/// Lowers a parsed spec, or returns every error found.
/// With `skip_unsupported`, a construct the generator cannot express yet costs only what
/// it affects, with a warning: a schema becomes `serde_json::Value`, an operation is left
/// out. Without it, it is an error.
pub fn lower(spec: &OpenAPI, skip_unsupported: bool) -> Result<Lowered, Vec<Diagnostic>> {
    let (resolved, mut ref_errors) = inline_path_item_refs(spec);
    let spec = resolved.as_ref().unwrap_or(spec);
    let mut cx = Lowerer::new(spec);
    cx.diags.append(&mut ref_errors);
    cx.skip_unsupported = skip_unsupported;
    cx.component_schemas();
    let security_schemes = cx.security_schemes();
    let operations = cx.operations(&security_schemes);
    let servers = servers(spec);
    break_alias_cycles(&mut cx.types, &mut cx.diags);
    box_recursive_fields(&mut cx.types);
    let (errors, mut warnings): (Vec<_>, Vec<_>) = cx
        .diags
        .into_iter()
        .partition(|d| d.severity == crate::diag::Severity::Error);
    // A global requirement is checked once per operation; say each problem once.
    let mut seen = BTreeSet::new();
    warnings.retain(|w| seen.insert((w.pointer.clone(), w.message.clone())));
    if !errors.is_empty() {
        return Err(errors);
    }
    let api = Api {
        title: spec.info.title.clone(),
        doc: doc(&[
            Some(spec.info.title.as_str()),
            spec.info.description.as_deref(),
        ]),
        version: spec.info.version.clone(),
        servers,
        security_schemes,
        types: cx.types,
        operations,
    };
    Ok(Lowered { api, warnings })
}

/// How an inline schema that needs its own type gets its name.
enum Naming {
    /// A component schema: its name is already claimed.
    Fixed(String),
    /// An inline schema: claim a name built from where it is used.
    Context(String),
}

impl Naming {
    fn hint(&self) -> &str {
        match self {
            Naming::Fixed(s) | Naming::Context(s) => s,
        }
    }
}

struct Lowerer<'a> {
    spec: &'a OpenAPI,
    diags: Vec<Diagnostic>,
    types: Vec<TypeDef>,
    type_names: Namespace,
    /// Component schema name -> Rust type name.
    schema_names: BTreeMap<String, String>,
    skip_unsupported: bool,
    /// Operations-level constructs skipped so far (they drop the operation).
    skipped: usize,
    /// Schemas reached through `$ref`s outside `components/schemas`: pointer -> type name.
    pointer_names: BTreeMap<String, String>,
    /// Named types already defined for the schema at a pointer.
    hoisted: BTreeMap<String, String>,
    raw: Option<serde_json::Value>,
}

impl<'a> Lowerer<'a> {
    fn new(spec: &'a OpenAPI) -> Self {
        let mut type_names = Namespace::default();
        let mut schema_names = BTreeMap::new();
        // Component schemas claim their names first so that hoisted inline types, which
        // are named after their context, never take a name the spec chose.
        if let Some(c) = &spec.components {
            for name in c.schemas.keys() {
                let rust = type_names.claim(type_name(name, "Type"));
                schema_names.insert(name.clone(), rust);
            }
        }
        Lowerer {
            spec,
            diags: Vec::new(),
            types: Vec::new(),
            type_names,
            schema_names,
            skip_unsupported: false,
            skipped: 0,
            pointer_names: BTreeMap::new(),
            hoisted: BTreeMap::new(),
            raw: None,
        }
    }

    fn error(&mut self, ptr: &str, message: impl Into<String>, help: &str) {
        self.diags
            .push(Diagnostic::error(ptr, message).with_help(help));
    }

    /// An operation-level construct the generator cannot express: the operation is left
    /// out with a warning under `--skip-unsupported`, an error otherwise.
    fn unsupported(&mut self, ptr: &str, what: &str) {
        if self.skip_unsupported {
            self.skipped += 1;
            self.diags.push(Diagnostic::warning(
                ptr,
                format!("skipped: {what} is not supported by this generator yet, so the operation is left out"),
            ));
        } else {
            self.error(
                ptr,
                format!("{what} is not supported by this generator yet"),
                "rewrite this part of the spec with supported constructs, or pass --skip-unsupported to leave out what it affects",
            );
        }
    }

    /// A schema the generator cannot express: `serde_json::Value` with a warning under
    /// `--skip-unsupported`, an error otherwise.
    fn unsupported_schema(&mut self, ptr: &str, what: &str) -> Option<TypeRef> {
        if self.skip_unsupported {
            self.diags.push(Diagnostic::warning(
                ptr,
                format!("loosened: {what} is not supported by this generator yet; the value is typed as `serde_json::Value`"),
            ));
            Some(TypeRef::Json)
        } else {
            self.error(
                ptr,
                format!("{what} is not supported by this generator yet"),
                "rewrite this part of the spec with supported constructs, or pass --skip-unsupported to type it as serde_json::Value",
            );
            None
        }
    }

    // ---------------------------------------------------------------- schemas

    fn component_schemas(&mut self) {
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
                        if ty != TypeRef::Named(rust.clone()) {
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
    fn define(&mut self, name: String, schema: &Schema, ptr: &str, kind: TypeKind) -> TypeRef {
        let (doc, deprecated) = (schema_doc(schema), schema.schema_data.deprecated);
        self.push_type(name.clone(), doc, ptr.to_string(), deprecated, kind);
        TypeRef::Named(name)
    }

    fn push_type(
        &mut self,
        name: String,
        doc: Option<String>,
        pointer: String,
        deprecated: bool,
        kind: TypeKind,
    ) {
        self.types.push(TypeDef {
            name,
            doc,
            pointer,
            deprecated,
            kind,
        });
    }

    /// Resolves a `$ref` to a component schema into its Rust type.
    fn schema_ref(&mut self, reference: &str, ptr: &str) -> Option<TypeRef> {
        let ref_ptr = child(ptr, "$ref");
        let Some(name) = reference
            .strip_prefix("#/components/schemas/")
            .filter(|n| !n.contains('/'))
        else {
            return self.pointer_schema(reference, &ref_ptr);
        };
        let name = name.replace("~1", "/").replace("~0", "~");
        match self.schema_names.get(&name) {
            Some(rust) => Some(TypeRef::Named(rust.clone())),
            None => {
                self.error(
                    &ref_ptr,
                    format!("`$ref: {reference}` points at a schema that does not exist"),
                    &format!("define `{name}` under `components/schemas`, or fix the reference"),
                );
                None
            }
        }
    }

    /// A `$ref` to a schema anywhere else in the document (inside a path, a property, ...):
    /// the target becomes a named type once, however often it is referenced, which also
    /// ends recursion through such references.
    fn pointer_schema(&mut self, reference: &str, ref_ptr: &str) -> Option<TypeRef> {
        if let Some(rust) = self.pointer_names.get(reference) {
            return Some(TypeRef::Named(rust.clone()));
        }
        let target = reference
            .strip_prefix('#')
            .filter(|p| p.starts_with('/'))
            .and_then(|p| self.raw().pointer(p))
            .cloned();
        let Some(value) = target else {
            self.error(
                ref_ptr,
                format!("`$ref: {reference}` cannot be resolved"),
                "point it at a schema in this document (`#/components/schemas/Name` or another JSON pointer); external files are not supported",
            );
            return None;
        };
        let schema: Schema = match serde_json::from_value(value) {
            Ok(schema) => schema,
            Err(e) => {
                self.error(
                    ref_ptr,
                    format!("`$ref: {reference}` does not point at a schema: {e}"),
                    "point it at a schema",
                );
                return None;
            }
        };
        let hint = crate::diag::segments(reference)
            .iter()
            .rev()
            .find(|s| {
                !s.chars().all(|c| c.is_ascii_digit())
                    && !matches!(s.as_str(), "schema" | "items" | "properties")
            })
            .cloned()
            .unwrap_or_else(|| "Schema".into());
        let rust = self.type_names.claim(type_name(&hint, "Type"));
        self.pointer_names
            .insert(reference.to_string(), rust.clone());
        let ty = self.schema(&schema, reference, Naming::Fixed(rust.clone()))?;
        if ty != TypeRef::Named(rust.clone()) {
            self.push_type(
                rust.clone(),
                schema_doc(&schema),
                reference.to_string(),
                false,
                TypeKind::Alias(ty),
            );
        }
        Some(TypeRef::Named(rust))
    }

    /// The spec as JSON, for following `$ref`s that openapiv3's types cannot.
    fn raw(&mut self) -> &serde_json::Value {
        let spec = self.spec;
        self.raw
            .get_or_insert_with(|| serde_json::to_value(spec).unwrap_or_default())
    }

    fn schema_or_ref(
        &mut self,
        s: &ReferenceOr<Schema>,
        ptr: &str,
        naming: Naming,
    ) -> Option<TypeRef> {
        match s {
            ReferenceOr::Reference { reference } => self.schema_ref(reference, ptr),
            ReferenceOr::Item(schema) => self.schema(schema, ptr, naming),
        }
    }

    fn boxed_schema_or_ref(
        &mut self,
        s: &ReferenceOr<Box<Schema>>,
        ptr: &str,
        naming: Naming,
    ) -> Option<TypeRef> {
        match s {
            ReferenceOr::Reference { reference } => self.schema_ref(reference, ptr),
            ReferenceOr::Item(schema) => self.schema(schema, ptr, naming),
        }
    }

    /// Lowers a schema to a type, defining a named type when the schema needs one.
    fn schema(&mut self, schema: &Schema, ptr: &str, naming: Naming) -> Option<TypeRef> {
        if let Some(name) = self.hoisted.get(ptr) {
            return Some(TypeRef::Named(name.clone()));
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<&str> =
                    s.enumeration.iter().flatten().map(String::as_str).collect();
                if !values.is_empty() {
                    return Some(self.define_enum(schema, &values, ptr, naming));
                }
                Some(match &s.format {
                    oa::VariantOrUnknownOrEmpty::Item(oa::StringFormat::Binary) => TypeRef::Bytes,
                    _ => TypeRef::String,
                })
            }
            SchemaKind::Type(Type::Integer(i)) => Some(match &i.format {
                oa::VariantOrUnknownOrEmpty::Item(oa::IntegerFormat::Int32) => TypeRef::I32,
                _ => TypeRef::I64,
            }),
            SchemaKind::Type(Type::Number(n)) => Some(match &n.format {
                oa::VariantOrUnknownOrEmpty::Item(oa::NumberFormat::Float) => TypeRef::F32,
                _ => TypeRef::F64,
            }),
            SchemaKind::Type(Type::Boolean(_)) => Some(TypeRef::Bool),
            SchemaKind::Type(Type::Array(a)) => {
                let item = match &a.items {
                    Some(items) => {
                        let hint = format!("{} Item", naming.hint());
                        self.boxed_schema_or_ref(
                            items,
                            &child(ptr, "items"),
                            Naming::Context(hint),
                        )?
                    }
                    None => TypeRef::Json,
                };
                Some(TypeRef::Vec(Box::new(item)))
            }
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
                if !any.properties.is_empty() || any.typ.as_deref() == Some("object") {
                    self.object(
                        schema,
                        &any.properties,
                        &any.required,
                        any.additional_properties.as_ref(),
                        ptr,
                        naming,
                    )
                } else {
                    Some(TypeRef::Json)
                }
            }
        }
    }

    /// The name of the type defined for the schema at `ptr`, remembered before its parts
    /// are lowered: a schema reached again (an `allOf` that merges a type containing
    /// itself, the same inline schema merged into several types) reuses the one type
    /// instead of defining another, which also ends such recursion.
    fn claim(&mut self, naming: Naming, ptr: &str) -> String {
        let name = match naming {
            Naming::Fixed(name) => name,
            Naming::Context(hint) => self.type_names.claim(type_name(&hint, "Type")),
        };
        self.hoisted.insert(ptr.to_string(), name.clone());
        name
    }

    fn define_enum(
        &mut self,
        schema: &Schema,
        values: &[&str],
        ptr: &str,
        naming: Naming,
    ) -> TypeRef {
        let name = self.claim(naming, ptr);
        let mut ns = Namespace::with_reserved(&[UNKNOWN_VARIANT]);
        let mut seen = BTreeSet::new();
        let variants = values
            .iter()
            .filter(|v| seen.insert(**v))
            .map(|v| Variant {
                name: ns.claim(type_name(v, "Value")),
                value: v.to_string(),
            })
            .collect();
        let kind = TypeKind::Enum(Enum {
            variants,
            unknown: UNKNOWN_VARIANT.to_string(),
        });
        self.define(name, schema, ptr, kind)
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
    fn object_from_props(
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
                Some(self.schema_or_ref(s, &aptr, Naming::Context(hint))?)
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
            let hint = format!("{name} {wire}");
            let Some(ty) = self.boxed_schema_or_ref(prop, &prop_ptr, Naming::Context(hint)) else {
                continue;
            };
            let (doc_text, nullable, deprecated, constraints, one_way) = match prop {
                ReferenceOr::Item(s) => (
                    field_doc(s),
                    s.schema_data.nullable,
                    s.schema_data.deprecated,
                    constraints(s),
                    s.schema_data.read_only || s.schema_data.write_only,
                ),
                ReferenceOr::Reference { .. } => {
                    (None, false, false, Constraints::default(), false)
                }
            };
            fields.push(Field {
                name: ns.claim(value_name(&wire, "field")),
                // A readOnly property is never sent and a writeOnly one never received,
                // so "required" cannot hold in both directions: such fields are optional.
                required: required.contains(&wire) && !one_way,
                wire_name: wire,
                ty,
                nullable,
                doc: doc_text,
                deprecated,
                constraints,
                boxed: false,
                flatten: false,
            });
        }
        for (member, mptr) in flatten {
            let Some(ty) =
                self.schema_or_ref(member, &mptr, Naming::Context(format!("{name} Variant")))
            else {
                continue;
            };
            fields.push(Field {
                name: ns.claim("variant".into()),
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
        let kind = TypeKind::Struct(Struct { fields, additional });
        Some(self.define(name, schema, ptr, kind))
    }

    /// `allOf`: one struct with the properties of every member, later members overriding
    /// earlier ones, and the union of their `required` lists. `extra` is the schema's own
    /// properties when `allOf` sits beside them.
    fn all_of<'s>(
        &mut self,
        schema: &'s Schema,
        members: &'s [ReferenceOr<Schema>],
        extra: Option<&'s oa::AnySchema>,
        ptr: &str,
        naming: Naming,
    ) -> Option<TypeRef>
    where
        'a: 's,
    {
        let mut acc = Merged::default();
        for (i, member) in members.iter().enumerate() {
            let mptr = child(&child(ptr, "allOf"), &i.to_string());
            if let Err(why) = self.collect_props(member, mptr.clone(), &mut acc, 0) {
                return self.unsupported_schema(&mptr, &format!("an `allOf` member that {why}"));
            }
        }
        if let Some(any) = extra {
            acc.add(
                &any.properties,
                &any.required,
                any.additional_properties.as_ref(),
                ptr,
            );
        }
        if acc.props.is_empty() && acc.additional.is_none() && !acc.object && acc.flatten.is_empty()
        {
            // Members that constrain a value without describing an object (e.g. two
            // string schemas): the first member's type stands for the whole.
            return match members.first() {
                Some(first) => self.schema_or_ref(first, &child(&child(ptr, "allOf"), "0"), naming),
                // `allOf: []` constrains nothing.
                None => Some(TypeRef::Json),
            };
        }
        self.object_from_props(schema, acc, ptr, naming)
    }

    /// Adds the properties of an `allOf` member, following references and nested `allOf`s.
    fn collect_props<'s>(
        &self,
        member: &'s ReferenceOr<Schema>,
        ptr: String,
        acc: &mut Merged<'s>,
        depth: usize,
    ) -> Result<(), String>
    where
        'a: 's,
    {
        if depth > MAX_REF_DEPTH {
            return Err("refers back to itself".into());
        }
        let (schema, ptr): (&'s Schema, String) = match member {
            ReferenceOr::Item(s) => (s, ptr),
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/schemas/")
                    .ok_or_else(|| {
                        format!("points at `{reference}`, which is not a component schema")
                    })?;
                let name = name.replace("~1", "/").replace("~0", "~");
                let target = self
                    .spec
                    .components
                    .as_ref()
                    .and_then(|c| c.schemas.get(&name))
                    .ok_or_else(|| format!("points at `{reference}`, which does not exist"))?;
                if let ReferenceOr::Item(t) = target {
                    if is_union(t) {
                        acc.flatten.push((member, ptr));
                        return Ok(());
                    }
                }
                return self.collect_props(
                    target,
                    pointer(["components", "schemas", name.as_str()]),
                    acc,
                    depth + 1,
                );
            }
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                acc.object = true;
                acc.add(
                    &o.properties,
                    &o.required,
                    o.additional_properties.as_ref(),
                    &ptr,
                );
                Ok(())
            }
            SchemaKind::AllOf { all_of } => all_of.iter().enumerate().try_for_each(|(i, m)| {
                self.collect_props(
                    m,
                    child(&child(&ptr, "allOf"), &i.to_string()),
                    acc,
                    depth + 1,
                )
            }),
            SchemaKind::Any(any) if any.one_of.is_empty() && any.any_of.is_empty() => {
                for (i, m) in any.all_of.iter().enumerate() {
                    self.collect_props(
                        m,
                        child(&child(&ptr, "allOf"), &i.to_string()),
                        acc,
                        depth + 1,
                    )?;
                }
                acc.object |= any.typ.as_deref() == Some("object") || !any.properties.is_empty();
                acc.add(
                    &any.properties,
                    &any.required,
                    any.additional_properties.as_ref(),
                    &ptr,
                );
                Ok(())
            }
            SchemaKind::Any(any) => {
                // Properties beside a `oneOf`: they join the struct, the `oneOf` is flattened.
                acc.object = true;
                acc.add(
                    &any.properties,
                    &any.required,
                    any.additional_properties.as_ref(),
                    &ptr,
                );
                acc.flatten.push((member, ptr));
                Ok(())
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => {
                acc.flatten.push((member, ptr));
                Ok(())
            }
            SchemaKind::Not { .. } => Ok(()),
            SchemaKind::Type(_) if !acc.object && acc.props.is_empty() => Ok(()),
            SchemaKind::Type(_) => Err("is not an object, while other members are".into()),
        }
    }

    /// `oneOf`/`anyOf`: an enum with one variant per member, decoded by the discriminator
    /// when there is one, else by trying the members in order.
    fn one_of<'s>(
        &mut self,
        schema: &'s Schema,
        members: &'s [ReferenceOr<Schema>],
        ptr: &str,
        naming: Naming,
    ) -> Option<TypeRef> {
        // `ptr` names the `oneOf`/`anyOf` keyword; the type belongs to the schema above it.
        let schema_ptr = ptr.rsplit_once('/').map_or(ptr, |(parent, _)| parent);
        let name = self.claim(naming, schema_ptr);
        let mut ns = Namespace::default();
        let mut variants = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let mptr = child(ptr, &i.to_string());
            let ty =
                self.schema_or_ref(member, &mptr, Naming::Context(format!("{name} {}", i + 1)))?;
            let vname = ns.claim(match &ty {
                TypeRef::Named(n) => n.clone(),
                TypeRef::String => "String".into(),
                TypeRef::Bool => "Boolean".into(),
                TypeRef::I32 | TypeRef::I64 => "Integer".into(),
                TypeRef::F32 | TypeRef::F64 => "Number".into(),
                TypeRef::Bytes => "Bytes".into(),
                TypeRef::Json => "Value".into(),
                TypeRef::Vec(_) => "Array".into(),
                TypeRef::Map(_) => "Object".into(),
            });
            variants.push(OneOfVariant {
                name: vname,
                ty,
                boxed: false,
            });
        }
        let discriminator = schema.schema_data.discriminator.as_ref().map(|d| {
            let variant_of = |target: &str| {
                let spec_name = target
                    .strip_prefix("#/components/schemas/")
                    .unwrap_or(target);
                let rust = self.schema_names.get(spec_name)?;
                variants
                    .iter()
                    .find(|v| v.ty == TypeRef::Named(rust.clone()))
                    .map(|v| v.name.clone())
            };
            let mut mapping: Vec<(String, String)> = d
                .mapping
                .iter()
                .filter_map(|(value, target)| Some((value.clone(), variant_of(target)?)))
                .collect();
            // Without an explicit mapping, the value is the schema's name.
            for (spec_name, rust) in &self.schema_names {
                if let Some(v) = variants
                    .iter()
                    .find(|v| v.ty == TypeRef::Named(rust.clone()))
                {
                    if !mapping.iter().any(|(value, _)| value == spec_name)
                        && !d
                            .mapping
                            .values()
                            .any(|t| t.ends_with(&format!("/{spec_name}")))
                    {
                        mapping.push((spec_name.clone(), v.name.clone()));
                    }
                }
            }
            Discriminator {
                property: d.property_name.clone(),
                mapping,
            }
        });
        let kind = TypeKind::OneOf(OneOf {
            variants,
            discriminator,
        });
        Some(self.define(name, schema, ptr, kind))
    }

    // ---------------------------------------------------------------- security

    fn security_schemes(&mut self) -> Vec<SecurityScheme> {
        let Some(c) = &self.spec.components else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut builder_fns = Namespace::with_reserved(BUILDER_METHODS);
        for (name, scheme) in &c.security_schemes {
            let ptr = pointer(["components", "securitySchemes", name.as_str()]);
            let Some(scheme) = resolve(
                Some(&c.security_schemes),
                scheme,
                "#/components/securitySchemes/",
            ) else {
                self.error(
                    &ptr,
                    "this security scheme `$ref` cannot be resolved",
                    "point it at another entry of `components/securitySchemes`",
                );
                continue;
            };
            let (kind, description) = match scheme {
                oa::SecurityScheme::APIKey {
                    location,
                    name: param,
                    description,
                    ..
                } => {
                    let location = match location {
                        oa::APIKeyLocation::Query => ParamLocation::Query,
                        oa::APIKeyLocation::Header => ParamLocation::Header,
                        oa::APIKeyLocation::Cookie => ParamLocation::Cookie,
                    };
                    (
                        SchemeKind::ApiKey {
                            location,
                            param: param.clone(),
                        },
                        description,
                    )
                }
                oa::SecurityScheme::HTTP {
                    scheme: http,
                    description,
                    ..
                } => match http.to_ascii_lowercase().as_str() {
                    "bearer" => (
                        SchemeKind::Bearer {
                            client_credentials: None,
                            authorization_code: None,
                        },
                        description,
                    ),
                    "basic" => (SchemeKind::Basic, description),
                    // The client cannot compute these credentials (digest, OAuth 1.0
                    // signatures); the caller supplies them and the client sends them.
                    _ => (
                        SchemeKind::Http {
                            scheme: http.clone(),
                        },
                        description,
                    ),
                },
                oa::SecurityScheme::OAuth2 {
                    flows, description, ..
                } => {
                    let flow =
                        |token_url: &str, scopes: &indexmap::IndexMap<String, String>| OAuthFlow {
                            token_url: token_url.to_string(),
                            scopes: scopes.keys().cloned().collect(),
                        };
                    let client_credentials = flows
                        .client_credentials
                        .as_ref()
                        .map(|f| flow(&f.token_url, &f.scopes));
                    let authorization_code = flows
                        .authorization_code
                        .as_ref()
                        .map(|f| flow(&f.token_url, &f.scopes));
                    (
                        SchemeKind::Bearer {
                            client_credentials,
                            authorization_code,
                        },
                        description,
                    )
                }
                oa::SecurityScheme::OpenIDConnect { description, .. } => (
                    SchemeKind::Bearer {
                        client_credentials: None,
                        authorization_code: None,
                    },
                    description,
                ),
            };
            let builder_fn = builder_fns.claim(value_name(name, "auth"));
            out.push(SecurityScheme {
                name: name.clone(),
                doc: doc(&[description.as_deref()]),
                kind,
                builder_fn,
            });
        }
        out
    }

    // ---------------------------------------------------------------- operations

    fn operations(&mut self, schemes: &[SecurityScheme]) -> Vec<Operation> {
        let mut fn_names = Namespace::with_reserved(CLIENT_METHODS);
        let mut error_names = Namespace::with_reserved(&["Error"]);
        let mut params_names = Namespace::default();
        let mut out = Vec::new();
        for (path, item) in &self.spec.paths.paths {
            let item_ptr = pointer(["paths", path.as_str()]);
            // References were inlined before lowering; one left over was reported there.
            let ReferenceOr::Item(item) = item else {
                continue;
            };
            for (method, op) in item.iter() {
                let ptr = child(&item_ptr, method);
                let id = op
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{method} {path}"));
                let names = OpNames {
                    fn_name: fn_names.claim(value_name(&id, "op")),
                    error_name: error_names.claim(type_name(&format!("{id} error"), "Op")),
                    type_hint: type_name(&id, "Op"),
                };
                if let Some(o) = self.operation(
                    path,
                    method,
                    op,
                    &item.parameters,
                    &ptr,
                    id,
                    names,
                    &mut params_names,
                    schemes,
                ) {
                    out.push(o);
                }
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        path: &str,
        method: &str,
        op: &'a oa::Operation,
        shared_params: &'a [ReferenceOr<oa::Parameter>],
        ptr: &str,
        id: String,
        names: OpNames,
        params_names: &mut Namespace,
        schemes: &[SecurityScheme],
    ) -> Option<Operation> {
        let errors_before = self.error_count();
        let skipped_before = self.skipped;
        let mut arg_names = Namespace::with_reserved(&["self", "body", "params"]);
        let mut field_names = Namespace::default();
        let mut path_params = Vec::new();
        let mut params = Vec::new();
        // Operation parameters override path-item ones with the same name and location.
        let mut merged: Vec<(String, &oa::Parameter)> = Vec::new();
        let sources = shared_params
            .iter()
            .enumerate()
            .map(|(i, p)| (pointer(["paths", path, "parameters", &i.to_string()]), p))
            .chain(
                op.parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (child(&child(ptr, "parameters"), &i.to_string()), p)),
            );
        for (pptr, p) in sources {
            let Some(param) = self.resolve_param(p, &pptr) else {
                continue;
            };
            let key = (param.parameter_data_ref().name.clone(), location_of(param));
            merged.retain(|(_, q)| (q.parameter_data_ref().name.clone(), location_of(q)) != key);
            merged.push((pptr, param));
        }
        for (pptr, param) in merged {
            let data = param.parameter_data_ref();
            let location = location_of(param);
            let (style, explode) = match param {
                oa::Parameter::Query { style, .. } => {
                    let style = match style {
                        oa::QueryStyle::Form => ParamStyle::Form,
                        oa::QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                        oa::QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                        oa::QueryStyle::DeepObject => ParamStyle::DeepObject,
                    };
                    (style, data.explode.unwrap_or(style == ParamStyle::Form))
                }
                oa::Parameter::Cookie { .. } => (ParamStyle::Form, data.explode.unwrap_or(true)),
                oa::Parameter::Path { style, .. } => {
                    let style = match style {
                        oa::PathStyle::Simple => ParamStyle::Simple,
                        oa::PathStyle::Label => ParamStyle::Label,
                        oa::PathStyle::Matrix => ParamStyle::Matrix,
                    };
                    (style, data.explode.unwrap_or(false))
                }
                oa::Parameter::Header { .. } => (ParamStyle::Simple, data.explode.unwrap_or(false)),
            };
            let schema = match &data.format {
                oa::ParameterSchemaOrContent::Schema(s) => s,
                oa::ParameterSchemaOrContent::Content(_) => {
                    self.unsupported(
                        &child(&pptr, "content"),
                        "a parameter described by `content`",
                    );
                    continue;
                }
            };
            let hint = format!("{} {}", names.type_hint, data.name);
            let Some(ty) =
                self.schema_or_ref(schema, &child(&pptr, "schema"), Naming::Context(hint))
            else {
                continue;
            };
            let (constraints, schema_doc_text) = match schema {
                ReferenceOr::Item(s) => (constraints(s), schema_doc(s)),
                ReferenceOr::Reference { .. } => (Constraints::default(), None),
            };
            let is_path = location == ParamLocation::Path;
            let rust = if is_path {
                &mut arg_names
            } else {
                &mut field_names
            }
            .claim(value_name(&data.name, "param"));
            let param = Param {
                name: rust,
                wire_name: data.name.clone(),
                location,
                ty,
                required: data.required || is_path,
                explode,
                style,
                doc: doc(&[data.description.as_deref()]).or(schema_doc_text),
                deprecated: data.deprecated.unwrap_or(false),
                constraints,
            };
            if is_path {
                path_params.push(param)
            } else {
                params.push(param)
            }
        }
        let segments = self.segments(path, &mut path_params, ptr);
        let body = match &op.request_body {
            Some(b) => self.body(b, &child(ptr, "requestBody"), &names.type_hint),
            None => None,
        };
        let (success, errors, default_doc) =
            self.responses(&op.responses, &child(ptr, "responses"), &names.type_hint);
        let security = self.op_security(op, ptr, schemes);
        if !op.callbacks.is_empty() {
            self.diags.push(Diagnostic::warning(
                child(ptr, "callbacks"),
                "callbacks describe requests the server sends; they are not generated",
            ));
        }
        if self.error_count() > errors_before || self.skipped > skipped_before {
            return None;
        }
        let params_name = (!params.is_empty())
            .then(|| params_names.claim(type_name(&format!("{id} params"), "Op")));
        Some(Operation {
            fn_name: names.fn_name,
            id,
            error_name: names.error_name,
            params_name,
            method: method.to_ascii_uppercase(),
            path: path.to_string(),
            segments,
            doc: doc(&[op.summary.as_deref(), op.description.as_deref()]),
            deprecated: op.deprecated,
            path_params,
            params,
            body,
            success,
            errors,
            default_doc,
            security,
            pointer: ptr.to_string(),
        })
    }

    fn error_count(&self) -> usize {
        self.diags
            .iter()
            .filter(|d| d.severity == crate::diag::Severity::Error)
            .count()
    }

    fn resolve_param(
        &mut self,
        p: &'a ReferenceOr<oa::Parameter>,
        ptr: &str,
    ) -> Option<&'a oa::Parameter> {
        let params = self.spec.components.as_ref().map(|c| &c.parameters);
        match resolve(params, p, "#/components/parameters/") {
            Some(param) => Some(param),
            None => {
                self.dangling(p, ptr, "components/parameters");
                None
            }
        }
    }

    fn dangling<T>(&mut self, r: &ReferenceOr<T>, ptr: &str, section: &str) {
        let reference = match r {
            ReferenceOr::Reference { reference } => reference.as_str(),
            ReferenceOr::Item(_) => "",
        };
        self.error(
            &child(ptr, "$ref"),
            format!("`$ref: {reference}` cannot be resolved (missing target, a cycle, or not under `#/{section}/`)"),
            &format!("define the target under `{section}`, or fix the reference"),
        );
    }

    fn segments(&mut self, path: &str, path_params: &mut Vec<Param>, ptr: &str) -> Vec<Segment> {
        let mut out = Vec::new();
        let mut used = Vec::new();
        for raw in path.split('/').filter(|s| !s.is_empty()) {
            if !raw.contains('{') {
                out.push(Segment::Literal(raw.to_string()));
                continue;
            }
            let mut format = String::new();
            let mut params = Vec::new();
            let mut rest = raw;
            while let Some(open) = rest.find('{') {
                format.push_str(&rest[..open].replace('}', "}}"));
                let Some(close) = rest[open..].find('}') else {
                    self.error(
                        ptr,
                        format!("path `{path}` has an unclosed `{{`"),
                        "close the parameter with `}`",
                    );
                    return out;
                };
                let name = &rest[open + 1..open + close];
                match path_params.iter().find(|p| p.wire_name == name) {
                    Some(p) => {
                        format.push_str("{}");
                        params.push(p.name.clone());
                        used.push(name.to_string());
                    }
                    None => self.error(
                        ptr,
                        format!("path parameter `{{{name}}}` is not declared"),
                        &format!("add a parameter with `name: {name}` and `in: path` to the operation or its path item"),
                    ),
                }
                rest = &rest[open + close + 1..];
            }
            format.push_str(&rest.replace('{', "{{").replace('}', "}}"));
            out.push(Segment::Template { format, params });
        }
        // Order path parameters as they appear in the path, so arguments read like the URL.
        let unused: Vec<String> = path_params
            .iter()
            .filter(|p| !used.contains(&p.wire_name))
            .map(|p| p.wire_name.clone())
            .collect();
        for name in unused {
            self.diags.push(Diagnostic::warning(
                ptr,
                format!(
                    "path parameter `{name}` does not appear in the path `{path}`; it is ignored"
                ),
            ));
        }
        path_params.retain(|p| used.contains(&p.wire_name));
        path_params.sort_by_key(|p| used.iter().position(|u| *u == p.wire_name));
        out
    }

    fn body(&mut self, b: &ReferenceOr<oa::RequestBody>, ptr: &str, hint: &str) -> Option<Body> {
        let bodies = self.spec.components.as_ref().map(|c| &c.request_bodies);
        let Some(body) = resolve(bodies, b, "#/components/requestBodies/") else {
            self.dangling(b, ptr, "components/requestBodies");
            return None;
        };
        let (media_type, media) = pick_media(&body.content)?;
        let content_ptr = child(&child(ptr, "content"), media_type);
        let encoding = encoding_of(media_type);
        let ty = match (&media.schema, &encoding) {
            (Some(s), BodyEncoding::Json | BodyEncoding::Form | BodyEncoding::Multipart) => self
                .schema_or_ref(
                    s,
                    &child(&content_ptr, "schema"),
                    Naming::Context(format!("{hint} Request")),
                )?,
            (None, BodyEncoding::Json) => TypeRef::Json,
            (_, BodyEncoding::Text) => TypeRef::String,
            _ => TypeRef::Bytes,
        };
        Some(Body {
            ty,
            content_type: media_type.to_string(),
            encoding,
            required: body.required,
            doc: doc(&[body.description.as_deref()]),
        })
    }

    fn responses(
        &mut self,
        r: &oa::Responses,
        ptr: &str,
        hint: &str,
    ) -> (Success, Vec<ErrorCase>, Option<String>) {
        let components = self.spec.components.as_ref().map(|c| &c.responses);
        let mut success = None;
        let mut errors = Vec::new();
        let mut variants = Namespace::with_reserved(&[UNEXPECTED_VARIANT]);
        for (status, resp) in &r.responses {
            let rptr = child(ptr, &status.to_string());
            let Some(resp) = resolve(components, resp, "#/components/responses/") else {
                self.dangling(resp, &rptr, "components/responses");
                continue;
            };
            if !resp.links.is_empty() {
                self.diags.push(Diagnostic::warning(
                    child(&rptr, "links"),
                    "response links are not generated",
                ));
            }
            let is_success = match status {
                StatusCode::Code(c) => (200..300).contains(c),
                StatusCode::Range(r) => *r == 2,
            };
            if is_success {
                // The first 2xx that has a body decides the type; other 2xx share it.
                if success.is_none()
                    || (success == Some(Success::Empty) && !resp.content.is_empty())
                {
                    success = self.success(resp, &rptr, hint);
                }
                continue;
            }
            let (variant, status_match) = match status {
                StatusCode::Code(c) => {
                    (type_name(status_name(*c), "Status"), StatusMatch::Code(*c))
                }
                StatusCode::Range(r) => (format!("Status{r}xx"), StatusMatch::Range(*r)),
            };
            let variant = variants.claim(variant);
            let body = match pick_media(&resp.content) {
                Some((mt, media)) if encoding_of(mt) == BodyEncoding::Json => match &media.schema {
                    Some(s) => {
                        let sptr = child(&child(&child(&rptr, "content"), mt), "schema");
                        self.schema_or_ref(
                            s,
                            &sptr,
                            Naming::Context(format!("{hint} {variant} Body")),
                        )
                    }
                    None => None,
                },
                _ => None,
            };
            errors.push(ErrorCase {
                variant,
                status: status_match,
                doc: doc(&[Some(resp.description.as_str())]),
                body,
            });
        }
        let default_doc = r.default.as_ref().and_then(|d| {
            match resolve(components, d, "#/components/responses/") {
                Some(resp) => doc(&[Some(resp.description.as_str())]),
                None => {
                    self.dangling(d, &child(ptr, "default"), "components/responses");
                    None
                }
            }
        });
        // Ranges are checked after exact codes, whatever order the spec lists them in.
        errors.sort_by_key(|e| matches!(e.status, StatusMatch::Range(_)));
        (success.unwrap_or(Success::Empty), errors, default_doc)
    }

    fn success(&mut self, resp: &oa::Response, ptr: &str, hint: &str) -> Option<Success> {
        let Some((mt, media)) = pick_media(&resp.content) else {
            return Some(Success::Empty);
        };
        Some(match encoding_of(mt) {
            BodyEncoding::Json => match &media.schema {
                Some(s) => {
                    let sptr = child(&child(&child(ptr, "content"), mt), "schema");
                    Success::Json(self.schema_or_ref(
                        s,
                        &sptr,
                        Naming::Context(format!("{hint} Response")),
                    )?)
                }
                None => Success::Json(TypeRef::Json),
            },
            BodyEncoding::Text => Success::Text,
            _ => Success::Bytes,
        })
    }

    fn op_security(
        &mut self,
        op: &oa::Operation,
        ptr: &str,
        schemes: &[SecurityScheme],
    ) -> Vec<Vec<String>> {
        let (reqs, rptr) = match &op.security {
            Some(s) => (s, child(ptr, "security")),
            None => match &self.spec.security {
                Some(s) => (s, "#/security".to_string()),
                None => return Vec::new(),
            },
        };
        let mut out = Vec::new();
        for (i, req) in reqs.iter().enumerate() {
            let mut all = Vec::new();
            let mut usable = true;
            for name in req.keys() {
                if !schemes.iter().any(|s| s.name == *name) {
                    usable = false;
                    let declared = self
                        .spec
                        .components
                        .as_ref()
                        .is_some_and(|c| c.security_schemes.contains_key(name));
                    if !declared {
                        // A spec bug that says nothing about how to call the operation:
                        // this alternative is dropped, the others still count.
                        self.diags.push(Diagnostic::warning(
                            child(&child(&rptr, &i.to_string()), name),
                            format!("security scheme `{name}` is not declared under `components/securitySchemes`; this requirement is ignored"),
                        ));
                    }
                }
                all.push(name.clone());
            }
            if usable {
                out.push(all);
            }
        }
        let declared = |name: &String| {
            self.spec
                .components
                .as_ref()
                .is_some_and(|c| c.security_schemes.contains_key(name))
        };
        let only_undeclared = reqs.iter().all(|req| req.keys().any(|n| !declared(n)));
        if out.is_empty() && !reqs.is_empty() && !only_undeclared {
            // Declared schemes of a kind the client cannot send (e.g. HTTP digest).
            self.unsupported(
                &rptr,
                "a security requirement none of whose schemes is supported",
            );
        }
        out
    }
}

/// Replaces `$ref` path items by their targets (`#/paths/...` or any other pointer in the
/// document), so the lowering sees only inline path items. Returns `None` when there are
/// no such references.
fn inline_path_item_refs(spec: &OpenAPI) -> (Option<OpenAPI>, Vec<Diagnostic>) {
    let refs: Vec<&String> = spec
        .paths
        .paths
        .iter()
        .filter(|(_, item)| matches!(item, ReferenceOr::Reference { .. }))
        .map(|(path, _)| path)
        .collect();
    if refs.is_empty() {
        return (None, Vec::new());
    }
    let raw = serde_json::to_value(spec).unwrap_or_default();
    let mut out = spec.clone();
    let mut errors = Vec::new();
    for (path, item) in out.paths.paths.iter_mut() {
        let ReferenceOr::Reference { reference } = item else {
            continue;
        };
        let reference = reference.clone();
        let ptr = child(&pointer(["paths", path.as_str()]), "$ref");
        let mut target = reference.clone();
        // Follow chains of path-item references, but not forever.
        for _ in 0..MAX_REF_DEPTH {
            let value = target
                .strip_prefix('#')
                .filter(|p| p.starts_with('/'))
                .and_then(|p| raw.pointer(p));
            match value.map(|v| serde_json::from_value::<ReferenceOr<oa::PathItem>>(v.clone())) {
                Some(Ok(ReferenceOr::Item(resolved))) => {
                    *item = ReferenceOr::Item(resolved);
                    break;
                }
                Some(Ok(ReferenceOr::Reference { reference })) => target = reference,
                _ => break,
            }
        }
        if matches!(item, ReferenceOr::Reference { .. }) {
            errors.push(
                Diagnostic::error(
                    ptr,
                    format!("path item `$ref: {reference}` cannot be resolved"),
                )
                .with_help(
                    "point it at a path item in this document; external files are not supported",
                ),
            );
        }
    }
    (Some(out), errors)
}

/// A property: its wire name, its schema and where that schema is written.
type Prop<'s> = (String, &'s ReferenceOr<Box<Schema>>, String);

/// Properties gathered from the members of an `allOf`.
#[derive(Default)]
struct Merged<'s> {
    props: Vec<Prop<'s>>,
    required: Vec<String>,
    additional: Option<(&'s oa::AdditionalProperties, String)>,
    /// Some member said `type: object`.
    object: bool,
    /// `oneOf`/`anyOf` members, which become flattened fields.
    flatten: Vec<(&'s ReferenceOr<Schema>, String)>,
}

/// True for `oneOf`/`anyOf` schemas, which an `allOf` cannot merge property by property.
fn is_union(s: &Schema) -> bool {
    match &s.schema_kind {
        SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => true,
        SchemaKind::Any(any) => !any.one_of.is_empty() || !any.any_of.is_empty(),
        _ => false,
    }
}

impl<'s> Merged<'s> {
    fn add(
        &mut self,
        properties: &'s indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&'s oa::AdditionalProperties>,
        ptr: &str,
    ) {
        for (wire, prop) in properties {
            let entry = (wire.clone(), prop, child(&child(ptr, "properties"), wire));
            match self.props.iter_mut().find(|(w, _, _)| w == wire) {
                Some(existing) => *existing = entry,
                None => self.props.push(entry),
            }
        }
        for r in required {
            if !self.required.contains(r) {
                self.required.push(r.clone());
            }
        }
        if let Some(a) = additional {
            self.additional = Some((a, child(ptr, "additionalProperties")));
        }
    }
}

struct OpNames {
    fn_name: String,
    error_name: String,
    type_hint: String,
}

/// Follows `$ref`s within one component section, guarding against cycles.
fn resolve<'a, T>(
    section: Option<&'a indexmap::IndexMap<String, ReferenceOr<T>>>,
    mut r: &'a ReferenceOr<T>,
    prefix: &str,
) -> Option<&'a T> {
    for _ in 0..MAX_REF_DEPTH {
        match r {
            ReferenceOr::Item(t) => return Some(t),
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix(prefix)?
                    .replace("~1", "/")
                    .replace("~0", "~");
                r = section?.get(&name)?;
            }
        }
    }
    None
}

fn location_of(p: &oa::Parameter) -> ParamLocation {
    match p {
        oa::Parameter::Query { .. } => ParamLocation::Query,
        oa::Parameter::Header { .. } => ParamLocation::Header,
        oa::Parameter::Path { .. } => ParamLocation::Path,
        oa::Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

fn encoding_of(media_type: &str) -> BodyEncoding {
    let mt = media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if mt == "application/json" || mt.ends_with("+json") {
        BodyEncoding::Json
    } else if mt == "application/x-www-form-urlencoded" {
        BodyEncoding::Form
    } else if mt == "multipart/form-data" {
        BodyEncoding::Multipart
    } else if mt.starts_with("text/") {
        BodyEncoding::Text
    } else {
        BodyEncoding::Bytes
    }
}

/// Picks the media type the client will use: JSON first, then forms, text, anything else.
fn pick_media(
    content: &indexmap::IndexMap<String, oa::MediaType>,
) -> Option<(&str, &oa::MediaType)> {
    let rank = |mt: &str| match encoding_of(mt) {
        BodyEncoding::Json => 0,
        BodyEncoding::Form => 1,
        BodyEncoding::Multipart => 2,
        BodyEncoding::Text => 3,
        BodyEncoding::Bytes => 4,
    };
    content
        .iter()
        .min_by_key(|(mt, _)| rank(mt))
        .map(|(mt, m)| (mt.as_str(), m))
}

/// A property's docs: its description, plus the facts the Rust type does not show
/// (`format`, `default`, `readOnly`/`writeOnly`).
fn field_doc(s: &Schema) -> Option<String> {
    let mut facts = Vec::new();
    let format = match &s.schema_kind {
        SchemaKind::Type(Type::String(t)) => match &t.format {
            oa::VariantOrUnknownOrEmpty::Item(f) => Some(format!("{f:?}")),
            oa::VariantOrUnknownOrEmpty::Unknown(f) => Some(f.clone()),
            oa::VariantOrUnknownOrEmpty::Empty => None,
        },
        _ => None,
    };
    if let Some(f) = format {
        facts.push(format!(
            "Format: `{}`.",
            f.to_ascii_lowercase().replace("datetime", "date-time")
        ));
    }
    if let Some(d) = &s.schema_data.default {
        let text: String = d.to_string().chars().take(200).collect();
        facts.push(format!("Default: `{}`.", text.replace('`', "'")));
    }
    if s.schema_data.read_only {
        facts.push("Read-only: set by the server, not sent.".into());
    }
    if s.schema_data.write_only {
        facts.push("Write-only: sent, never returned.".into());
    }
    let facts = facts.join(" ");
    doc(&[
        s.schema_data.title.as_deref(),
        s.schema_data.description.as_deref(),
        Some(facts.as_str()),
    ])
}

fn schema_doc(s: &Schema) -> Option<String> {
    doc(&[
        s.schema_data.title.as_deref(),
        s.schema_data.description.as_deref(),
    ])
}

fn constraints(s: &Schema) -> Constraints {
    let mut c = Constraints::default();
    match &s.schema_kind {
        SchemaKind::Type(Type::String(t)) => {
            c.min_length = t.min_length.map(|v| v as u64);
            c.max_length = t.max_length.map(|v| v as u64);
        }
        SchemaKind::Type(Type::Integer(t)) => {
            c.minimum = t.minimum.map(|v| (v as f64, t.exclusive_minimum));
            c.maximum = t.maximum.map(|v| (v as f64, t.exclusive_maximum));
        }
        SchemaKind::Type(Type::Number(t)) => {
            c.minimum = t.minimum.map(|v| (v, t.exclusive_minimum));
            c.maximum = t.maximum.map(|v| (v, t.exclusive_maximum));
        }
        SchemaKind::Type(Type::Array(t)) => {
            c.min_items = t.min_items.map(|v| v as u64);
            c.max_items = t.max_items.map(|v| v as u64);
        }
        _ => {}
    }
    // YAML can spell infinities (`.inf`); such a bound checks nothing and has no literal.
    c.minimum = c.minimum.filter(|(v, _)| v.is_finite());
    c.maximum = c.maximum.filter(|(v, _)| v.is_finite());
    // A minimum of zero items or characters checks nothing.
    if c.min_length == Some(0) {
        c.min_length = None
    }
    if c.min_items == Some(0) {
        c.min_items = None
    }
    c
}

fn servers(spec: &OpenAPI) -> Vec<Server> {
    spec.servers
        .iter()
        .map(|s| {
            let mut url = s.url.clone();
            for (name, var) in s.variables.iter().flatten() {
                url = url.replace(&format!("{{{name}}}"), &var.default);
            }
            Server {
                url,
                doc: doc(&[s.description.as_deref()]),
            }
        })
        .collect()
}

/// The name of a status code's variant: its reason phrase, or `StatusNNN`.
fn status_name(code: u16) -> &'static str {
    match code {
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "Im A Teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "Http Version Not Supported",
        _ => "",
    }
}

/// Component schemas that are only `$ref`s to each other in a circle (`A: $ref B`,
/// `B: $ref A`) describe no value; Rust cannot have `type A = B; type B = A;` either.
/// Each alias on such a circle becomes `serde_json::Value`, with a warning.
fn break_alias_cycles(types: &mut [TypeDef], diags: &mut Vec<Diagnostic>) {
    let target = |types: &[TypeDef], name: &str| -> Option<String> {
        types
            .iter()
            .find(|t| t.name == name)
            .and_then(|t| match &t.kind {
                TypeKind::Alias(TypeRef::Named(n)) => Some(n.clone()),
                _ => None,
            })
    };
    let mut on_cycle = Vec::new();
    for t in types.iter() {
        let mut seen = BTreeSet::new();
        let mut current = t.name.clone();
        while let Some(next) = target(types, &current) {
            if next == t.name {
                on_cycle.push(t.name.clone());
                break;
            }
            if !seen.insert(next.clone()) {
                break;
            }
            current = next;
        }
    }
    for t in types.iter_mut().filter(|t| on_cycle.contains(&t.name)) {
        diags.push(Diagnostic::warning(
            t.pointer.clone(),
            format!("`{}` is a `$ref` circle that describes no value; it is typed as `serde_json::Value`", t.name),
        ));
        t.kind = TypeKind::Alias(TypeRef::Json);
    }
}

/// Boxes struct fields through which a type contains itself, so it has a finite size.
fn box_recursive_fields(types: &mut [TypeDef]) {
    // Edges of direct containment: a struct holds its field types inline (Vec and maps
    // already allocate), and an alias is its target.
    let direct = |ty: &TypeRef| match ty {
        TypeRef::Named(n) => Some(n.clone()),
        _ => None,
    };
    let edges: BTreeMap<String, Vec<String>> = types
        .iter()
        .map(|t| {
            let to = match &t.kind {
                TypeKind::Struct(s) => s.fields.iter().filter_map(|f| direct(&f.ty)).collect(),
                TypeKind::Alias(ty) => direct(ty).into_iter().collect(),
                TypeKind::Enum(_) => Vec::new(),
                TypeKind::OneOf(o) => o.variants.iter().filter_map(|v| direct(&v.ty)).collect(),
            };
            (t.name.clone(), to)
        })
        .collect();
    let reaches = |from: &str, to: &str| {
        let mut stack = vec![from.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if seen.insert(n.clone()) {
                stack.extend(edges.get(&n).into_iter().flatten().cloned());
            }
        }
        false
    };
    for t in types.iter_mut() {
        let name = t.name.clone();
        match &mut t.kind {
            TypeKind::Struct(s) => {
                for f in &mut s.fields {
                    if let Some(target) = direct(&f.ty) {
                        f.boxed = reaches(&target, &name);
                    }
                }
            }
            TypeKind::OneOf(o) => {
                for v in &mut o.variants {
                    if let Some(target) = direct(&v.ty) {
                        v.boxed = reaches(&target, &name);
                    }
                }
            }
            TypeKind::Alias(_) | TypeKind::Enum(_) => {}
        }
    }
}
