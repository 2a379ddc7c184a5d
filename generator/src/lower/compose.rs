//! Composed schemas: `allOf` merged into one struct, `oneOf`/`anyOf` as enums with their
//! `discriminator`.

use super::refs::{MAX_REF_DEPTH, Refs};
use super::{Lowerer, Naming};
use crate::diag::Diagnostic;
use crate::ir::*;
use crate::names::Namespace;
use crate::pointer::child;
use openapiv3::{self as oa, ReferenceOr, Schema, SchemaKind, Type};

impl<'a> Lowerer<'a> {
    /// `allOf`: one struct with the properties of every member, later members overriding
    /// earlier ones, and the union of their `required` lists. `extra` is the schema's own
    /// properties when `allOf` sits beside them.
    pub(super) fn all_of<'s>(
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
            match self.collect_props(member, mptr.clone(), &mut acc, 0) {
                Ok(()) => {}
                Err(NotMerged::Unsupported(why)) => {
                    return self
                        .unsupported_schema(&mptr, &format!("an `allOf` member that {why}"));
                }
                Err(NotMerged::Broken(d)) => return self.broken_schema_ref(d),
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
    ) -> Result<(), NotMerged>
    where
        'a: 's,
    {
        if depth > MAX_REF_DEPTH {
            return Err(NotMerged::Unsupported("refers back to itself".into()));
        }
        let (schema, ptr): (&'s Schema, String) = match member {
            ReferenceOr::Item(s) => (s, ptr),
            ReferenceOr::Reference { reference } => {
                let (target, at) = self
                    .refs
                    .hop::<Schema>(reference, &child(&ptr, "$ref"))
                    .map_err(NotMerged::Broken)?;
                if let ReferenceOr::Item(t) = target {
                    if is_union(t) {
                        acc.flatten.push((member, ptr));
                        return Ok(());
                    }
                }
                return self.collect_props(target, at, acc, depth + 1);
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
            SchemaKind::AllOf { all_of } => self.collect_all_of(all_of, &ptr, acc, depth),
            SchemaKind::Any(any) if any.one_of.is_empty() && any.any_of.is_empty() => {
                self.collect_all_of(&any.all_of, &ptr, acc, depth)?;
                acc.object |= any.typ.as_deref() == Some("object") || !any.properties.is_empty();
                acc.add_any(any, &ptr);
                Ok(())
            }
            SchemaKind::Any(any) => {
                // Properties beside a `oneOf`: they join the struct, the `oneOf` is flattened.
                acc.object = true;
                acc.add_any(any, &ptr);
                acc.flatten.push((member, ptr));
                Ok(())
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => {
                acc.flatten.push((member, ptr));
                Ok(())
            }
            SchemaKind::Not { .. } => Ok(()),
            SchemaKind::Type(_) if !acc.object && acc.props.is_empty() => Ok(()),
            SchemaKind::Type(_) => Err(NotMerged::Unsupported(
                "is not an object, while other members are".into(),
            )),
        }
    }

    /// Adds the properties of each member of the `allOf` at `ptr`.
    fn collect_all_of<'s>(
        &self,
        members: &'s [ReferenceOr<Schema>],
        ptr: &str,
        acc: &mut Merged<'s>,
        depth: usize,
    ) -> Result<(), NotMerged>
    where
        'a: 's,
    {
        members.iter().enumerate().try_for_each(|(i, m)| {
            let at = child(&child(ptr, "allOf"), &i.to_string());
            self.collect_props(m, at, acc, depth + 1)
        })
    }

    /// `oneOf`/`anyOf`: an enum with one variant per member, decoded by the discriminator
    /// when there is one, else by trying the members in order.
    pub(super) fn one_of<'s>(
        &mut self,
        schema: &'s Schema,
        members: &'s [ReferenceOr<Schema>],
        ptr: &str,
        naming: Naming,
    ) -> Option<TypeRef> {
        // `ptr` names the `oneOf`/`anyOf` keyword; the type belongs to the schema above it.
        let schema_ptr = ptr.rsplit_once('/').map_or(ptr, |(parent, _)| parent);
        let name = self.claim(naming, schema_ptr);
        let mut types = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let mptr = child(ptr, &i.to_string());
            types.push(self.schema_or_ref(
                member,
                &mptr,
                Naming::Context(format!("{name} {}", i + 1)),
            )?);
        }
        // One array alternative is `Array`; several are told apart by what they hold.
        let arrays = types
            .iter()
            .filter(|t| matches!(t, TypeRef::Vec(_)))
            .count();
        let mut ns = Namespace::default();
        let variants = types
            .into_iter()
            .map(|ty| OneOfVariant {
                name: ns
                    .claim(match &ty {
                        TypeRef::Vec(_) if arrays == 1 => "Array".into(),
                        ty => variant_name(ty),
                    })
                    .into(),
                ty,
                boxed: false,
            })
            .collect::<Vec<_>>();
        let discriminator = schema.schema_data.discriminator.as_ref().map(|d| {
            // A mapping names a schema by `$ref` (any pointer) or by its bare name.
            let variant_of = |target: &str| {
                let rust = match Refs::component_name::<Schema>(target) {
                    Some(name) => self.schema_names.get(&name),
                    None => self
                        .schema_names
                        .get(target)
                        .or_else(|| self.pointer_names.get(target)),
                }?;
                variants
                    .iter()
                    .find(|v| v.ty == TypeRef::named(rust.clone()))
                    .map(|v| v.name.to_string())
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
                    .find(|v| v.ty == TypeRef::named(rust.clone()))
                {
                    if !mapping.iter().any(|(value, _)| value == spec_name)
                        && !d
                            .mapping
                            .values()
                            .any(|t| t.ends_with(&format!("/{spec_name}")))
                    {
                        mapping.push((spec_name.clone(), v.name.to_string()));
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
}

/// Why an `allOf` member could not be merged.
enum NotMerged {
    /// A shape the generator cannot merge.
    Unsupported(String),
    /// A reference that cannot be resolved.
    Broken(Diagnostic),
}

/// A property: its wire name, its schema and where that schema is written.
type Prop<'s> = (String, &'s ReferenceOr<Box<Schema>>, String);

/// Properties gathered from the members of an `allOf`.
#[derive(Default)]
pub(super) struct Merged<'s> {
    pub(super) props: Vec<Prop<'s>>,
    pub(super) required: Vec<String>,
    pub(super) additional: Option<(&'s oa::AdditionalProperties, String)>,
    /// Some member said `type: object`.
    pub(super) object: bool,
    /// `oneOf`/`anyOf` members, which become flattened fields.
    pub(super) flatten: Vec<(&'s ReferenceOr<Schema>, String)>,
}

/// True for `oneOf`/`anyOf` schemas, which an `allOf` cannot merge property by property.
pub(super) fn is_union(s: &Schema) -> bool {
    match &s.schema_kind {
        SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => true,
        SchemaKind::Any(any) => !any.one_of.is_empty() || !any.any_of.is_empty(),
        _ => false,
    }
}

impl<'s> Merged<'s> {
    /// [`Merged::add`] for a schema that mixes keywords.
    fn add_any(&mut self, any: &'s oa::AnySchema, ptr: &str) {
        self.add(
            &any.properties,
            &any.required,
            any.additional_properties.as_ref(),
            ptr,
        );
    }

    pub(super) fn add(
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

/// An alternative's variant name, from its type: `Meta`, `String`, and for arrays the
/// plural of what they hold (`Strings`, `Integers`, `Metas`), so that several array
/// alternatives do not read as `Array`, `Array2`, `Array3`.
fn variant_name(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(n) => n.name.to_string(),
        TypeRef::String => "String".into(),
        TypeRef::Bool => "Boolean".into(),
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 | TypeRef::I128 => "Integer".into(),
        TypeRef::F32 | TypeRef::F64 => "Number".into(),
        TypeRef::Bytes => "Bytes".into(),
        TypeRef::DateTime => "DateTime".into(),
        TypeRef::Date => "Date".into(),
        TypeRef::Uuid => "Uuid".into(),
        TypeRef::Json => "Value".into(),
        TypeRef::Vec(inner) => match inner.as_ref() {
            TypeRef::Json => "Array".into(),
            TypeRef::Vec(_) => "Arrays".into(),
            TypeRef::Map(_) => "Objects".into(),
            TypeRef::Bytes => "Files".into(),
            inner => format!("{}s", variant_name(inner)),
        },
        TypeRef::Map(_) => "Object".into(),
        TypeRef::Nullable(inner) => variant_name(inner),
    }
}
