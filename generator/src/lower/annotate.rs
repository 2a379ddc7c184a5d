//! Annotates every use of a named type with the facts the emitters need (whether it
//! validates, is a scalar, ends in a format) and multipart bodies with their parts, so
//! emitters read them instead of looking types up.

use crate::ir::*;
use rustc_hash::FxHashMap;

/// What the emitters need to know about a named type, through aliases.
#[derive(Clone, Default, PartialEq, Eq)]
struct Facts {
    validates: bool,
    scalar: bool,
    /// The scalar type an alias chain ends at (`pub type Code = String`).
    alias_of: Option<TypeRef>,
    /// The alias chain ends at values in a format (see [`TypeRef::in_format`]).
    in_format: bool,
}

/// Fills in the facts of every use of a named type, and the parts of multipart bodies, so
/// that emitters read them instead of looking types up.
pub(super) fn annotate(api: &mut Api) {
    let types = Types::new(&api.types);
    let mut facts = types.own_facts();
    types.mark_validating(&mut facts);
    let parts = types.multipart_parts(&api.operations);
    for t in &mut api.types {
        t.usage.validates = facts.get(t.name.as_str()).is_some_and(|f| f.validates);
        for ty in t.kind.refs_mut() {
            set(ty, &facts);
        }
    }
    for op in &mut api.operations {
        annotate_operation(op, &facts, &parts);
    }
}

/// The named types, looked up by name. These tables, like the facts and parts built from
/// them, are only looked up, never iterated, so hashing them cannot reach the output.
struct Types<'t> {
    /// The definitions in spec order.
    all: &'t [TypeDef],
    /// Each definition by its name.
    by_name: FxHashMap<&'t str, &'t TypeDef>,
}

impl<'t> Types<'t> {
    /// Indexes `types` by name.
    fn new(all: &'t [TypeDef]) -> Self {
        let by_name = all.iter().map(|t| (t.name.as_str(), t)).collect();
        Types { all, by_name }
    }

    /// The type an alias chain ends at.
    fn end(&self, name: &str) -> Option<&'t TypeDef> {
        let by_name = &self.by_name;
        let mut t = *by_name.get(name)?;
        for _ in 0..by_name.len() {
            match &t.kind {
                TypeKind::Alias(TypeRef::Named(n)) => t = by_name.get(n.name.as_str())?,
                _ => return Some(t),
            }
        }
        None
    }

    /// Each type's facts that do not depend on other types' (none validates yet).
    fn own_facts(&self) -> FxHashMap<RustName, Facts> {
        self.all
            .iter()
            .map(|t| {
                let scalar = self
                    .end(&t.name)
                    .is_some_and(|e| matches!(e.kind, TypeKind::Enum(_)));
                let alias_of = self.end(&t.name).and_then(|e| match &e.kind {
                    TypeKind::Alias(ty) if ty.is_scalar() && ty.name().is_none() => {
                        Some(ty.clone())
                    }
                    _ => None,
                });
                (
                    t.name.clone(),
                    Facts {
                        validates: false,
                        scalar,
                        alias_of,
                        in_format: self.in_format(&t.name, 0),
                    },
                )
            })
            .collect()
    }

    /// Whether the alias chain from `name` ends at values in a format, through the aliases
    /// that the values it ends at name in turn (`pub type Days = Vec<Day>; pub type Day =
    /// time::Date`); `depth` ends a circle, which `break_alias_cycles` has already broken.
    fn in_format(&self, name: &str, depth: usize) -> bool {
        fn holds(types: &Types<'_>, ty: &TypeRef, depth: usize) -> bool {
            match ty {
                TypeRef::Named(n) => types.in_format(&n.name, depth + 1),
                TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                    holds(types, inner, depth)
                }
                other => other.in_format(),
            }
        }
        if depth > self.all.len() {
            return false;
        }
        match self.end(name).map(|e| &e.kind) {
            Some(TypeKind::Alias(ty)) => holds(self, ty, depth),
            _ => false,
        }
    }

    /// Marks the types whose `validate` checks something.
    fn mark_validating(&self, facts: &mut FxHashMap<RustName, Facts>) {
        // Whether a struct checks anything depends on the structs it holds: grow the set
        // until nothing changes (it only grows, so this ends).
        loop {
            let mut changed = false;
            for t in self.all {
                let Some(TypeKind::Struct(s)) = self.end(&t.name).map(|e| &e.kind) else {
                    continue;
                };
                let validates = s.fields.iter().any(|f| {
                    !f.flatten
                        && (f.constraints.apply_to(scalar_of(&f.ty, facts))
                            || holds_validating(&f.ty, facts))
                });
                if let Some(entry) = facts.get_mut(t.name.as_str()) {
                    if validates && !entry.validates {
                        entry.validates = true;
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// The fields of the structs sent as multipart bodies, which become the parts.
    fn multipart_parts(&self, operations: &[Operation]) -> FxHashMap<String, Vec<Field>> {
        operations
            .iter()
            .flat_map(Operation::bodies)
            .filter(|b| b.encoding == BodyEncoding::Multipart)
            .filter_map(|b| b.ty.name())
            .filter_map(|name| match self.end(name).map(|e| &e.kind) {
                Some(TypeKind::Struct(s)) => Some((name.to_string(), s.fields.clone())),
                _ => None,
            })
            .collect()
    }
}

/// Fills in the facts of the types one operation uses, and its multipart bodies' parts.
fn annotate_operation(
    op: &mut Operation,
    facts: &FxHashMap<RustName, Facts>,
    parts: &FxHashMap<String, Vec<Field>>,
) {
    for p in op.path_params.iter_mut().chain(op.params.iter_mut()) {
        set(&mut p.ty, facts);
    }
    for b in op.bodies_mut() {
        set(&mut b.ty, facts);
        if b.encoding == BodyEncoding::Multipart {
            let fields =
                b.ty.name()
                    .and_then(|n| parts.get(n))
                    .cloned()
                    .unwrap_or_default();
            b.parts = fields
                .into_iter()
                .filter(|f| !f.flatten)
                .map(|mut field| {
                    set(&mut field.ty, facts);
                    let content_type = b
                        .part_types
                        .iter()
                        .find(|(name, _)| *name == field.wire_name)
                        .map(|(_, ct)| ct.clone());
                    Part {
                        field,
                        content_type,
                    }
                })
                .collect();
        }
    }
    if let Some(ty) = op.success.json_type_mut() {
        set(ty, facts);
    }
    for e in &mut op.errors {
        if let Some(ty) = &mut e.body {
            set(ty, facts);
        }
    }
}

/// The value holds a struct whose `validate` checks something.
fn holds_validating(ty: &TypeRef, facts: &FxHashMap<RustName, Facts>) -> bool {
    ty.held()
        .is_some_and(|n| facts.get(n.name.as_str()).is_some_and(|f| f.validates))
}

/// The type a use stands for where it names an alias of a scalar, else the use itself.
fn scalar_of<'t>(ty: &'t TypeRef, facts: &'t FxHashMap<RustName, Facts>) -> &'t TypeRef {
    ty.name()
        .and_then(|n| facts.get(n))
        .and_then(|f| f.alias_of.as_ref())
        .unwrap_or(ty)
}

fn set(ty: &mut TypeRef, facts: &FxHashMap<RustName, Facts>) {
    if let Some(n) = ty.held_mut() {
        let f = facts.get(n.name.as_str()).cloned().unwrap_or_default();
        n.validates = f.validates;
        n.scalar = f.scalar;
        n.alias_of = f.alias_of.map(Box::new);
        n.in_format = f.in_format;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::passes::tests::{api, def, field, plain, strukt, vec_of};

    #[test]
    fn validation_facts_flow_through_fields_aliases_and_arrays() {
        let short = Constraints {
            max_length: Some(3),
            ..Constraints::default()
        };
        let mut api = api(vec![
            def("Inner", strukt(vec![field("code", TypeRef::String, short)])),
            def("Outer", strukt(vec![plain("items", vec_of("Inner"))])),
            def("Plain", strukt(vec![plain("n", TypeRef::I64)])),
            def("Alias", TypeKind::Alias(TypeRef::named("Outer"))),
            def(
                "Color",
                TypeKind::Enum(Enum {
                    repr: EnumRepr::String,
                    variants: Vec::new(),
                    unknown: UNKNOWN_VARIANT.into(),
                }),
            ),
            def(
                "Holder",
                strukt(vec![
                    plain("a", TypeRef::named("Alias")),
                    plain("c", TypeRef::named("Color")),
                    plain("p", TypeRef::named("Plain")),
                ]),
            ),
        ]);
        annotate(&mut api);
        let TypeKind::Struct(holder) = &api.types[5].kind else {
            unreachable!()
        };
        assert!(
            holder.fields[0].ty.validates(),
            "an alias of a validating struct validates"
        );
        assert!(holder.fields[1].ty.is_scalar(), "a string enum is a scalar");
        assert!(
            !holder.fields[2].ty.validates(),
            "a struct with nothing to check is not called"
        );
    }
}
