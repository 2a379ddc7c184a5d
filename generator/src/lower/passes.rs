//! Pure IR-to-IR passes run after lowering: breaking alias circles, boxing recursive
//! fields and merging identical inline types. The facts each type use carries come after
//! them, in `annotate`.

use crate::diag::Diagnostic;
use crate::ir::*;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

/// Component schemas that are only `$ref`s to each other in a circle (`A: $ref B`,
/// `B: $ref A`) describe no value; Rust cannot have `type A = B; type B = A;` either.
/// Each alias on such a circle becomes `serde_json::Value`, with a warning.
pub(super) fn break_alias_cycles(types: &mut [TypeDef], diags: &mut Vec<Diagnostic>) {
    let aliases: BTreeMap<&str, &str> = types
        .iter()
        .filter_map(|t| match &t.kind {
            TypeKind::Alias(TypeRef::Named(n)) => Some((t.name.as_str(), n.name.as_str())),
            _ => None,
        })
        .collect();
    let mut on_cycle = BTreeSet::new();
    for start in aliases.keys() {
        let mut seen = BTreeSet::new();
        let mut current = *start;
        while let Some(next) = aliases.get(current) {
            if next == start {
                on_cycle.insert(start.to_string());
                break;
            }
            if !seen.insert(*next) {
                break;
            }
            current = next;
        }
    }
    for t in types
        .iter_mut()
        .filter(|t| on_cycle.contains(t.name.as_str()))
    {
        diags.push(Diagnostic::warning(
            t.pointer.clone(),
            format!("`{}` is a `$ref` circle that describes no value; it is typed as `serde_json::Value`", t.name),
        ));
        t.kind = TypeKind::Alias(TypeRef::Json);
    }
}

/// Each type's position in `types`, by name: looked up only, so hashed.
pub(super) fn type_index(types: &[TypeDef]) -> FxHashMap<&str, usize> {
    types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect()
}

/// Boxes struct fields through which a type contains itself, so it has a finite size.
///
/// A field from `A` to `B` is such a field when `B` reaches `A` again, which is when the
/// two are in the same strongly connected component of the containment graph (the field
/// itself is the edge from `A` to `B`): one pass over the graph answers every field.
pub(super) fn box_recursive_fields(types: &mut [TypeDef]) {
    // Edges of direct containment: a struct holds its field types inline (Vec and maps
    // already allocate), and an alias is its target.
    fn direct(ty: &TypeRef) -> Option<&str> {
        match ty {
            TypeRef::Named(n) => Some(n.name.as_str()),
            _ => None,
        }
    }
    fn held(kind: &TypeKind) -> Vec<&TypeRef> {
        match kind {
            TypeKind::Struct(s) => s.fields.iter().map(|f| &f.ty).collect(),
            TypeKind::Alias(ty) => vec![ty],
            TypeKind::Enum(_) => Vec::new(),
            TypeKind::OneOf(o) => o.variants.iter().map(|v| &v.ty).collect(),
        }
    }
    let component = {
        let index = type_index(types);
        let mut graph = petgraph::Graph::<(), ()>::with_capacity(types.len(), types.len());
        let nodes: Vec<_> = types.iter().map(|_| graph.add_node(())).collect();
        for (from, t) in types.iter().enumerate() {
            for to in held(&t.kind).into_iter().filter_map(direct) {
                if let Some(&to) = index.get(to) {
                    graph.add_edge(nodes[from], nodes[to], ());
                }
            }
        }
        let mut component = vec![0; types.len()];
        for (c, members) in petgraph::algo::tarjan_scc(&graph).into_iter().enumerate() {
            for node in members {
                component[node.index()] = c;
            }
        }
        // By name, for the fields' targets; owned, as `types` changes below.
        index
            .into_iter()
            .map(|(name, i)| (name.to_string(), component[i]))
            .collect::<FxHashMap<String, usize>>()
    };
    for t in types.iter_mut() {
        let Some(&own) = component.get(t.name.as_str()) else {
            continue;
        };
        match &mut t.kind {
            TypeKind::Struct(s) => {
                for f in &mut s.fields {
                    if let Some(target) = direct(&f.ty) {
                        f.boxed = component.get(target) == Some(&own);
                    }
                }
            }
            TypeKind::OneOf(o) => {
                for v in &mut o.variants {
                    if let Some(target) = direct(&v.ty) {
                        v.boxed = component.get(target) == Some(&own);
                    }
                }
            }
            TypeKind::Alias(_) | TypeKind::Enum(_) => {}
        }
    }
}

/// An inline schema whose type would be written exactly as another type is, field docs
/// included, becomes an alias of that type. Specs like GitHub's repeat the same inline
/// object or enum hundreds of times (a `read`/`write` permission, the issue inside each
/// webhook payload), and one definition per repetition is most of the crate's size and
/// compile time; the aliases keep every name, and callers can pass one value where the
/// spec means the same thing. Component schemas are never merged with each other (the
/// spec's author named them apart), but an inline schema may become an alias of one.
/// Types are compared bottom-up: two are the same when their shapes match and the types
/// they hold are already known to be the same, so a recursive type only merges with one
/// that recurses the same way.
///
/// A group of inline types is named by the spec where the spec names it: when its
/// members share a `title` that no other type has (`ErrorSchema`, as Swagger 2.0 and JSON
/// Schema write names), the definition takes that title's name (`claim` makes it unique
/// among type names) and every member, the first one included, is another name for it.
/// Otherwise the first member met names the definition, as the operation it came from
/// named it.
pub(super) fn merge_identical(
    types: &mut Vec<TypeDef>,
    components: &BTreeSet<String>,
    claim: &mut dyn FnMut(&str) -> String,
) {
    let component: Vec<bool> = types
        .iter()
        .map(|t| components.contains(t.name.as_str()))
        .collect();
    let class = classes(&shapes(types), &component);
    let titled = titled_groups(types, &class, &component);
    // The definitions that take their group's title, and the names they had.
    let mut renamed: Vec<(usize, RustName)> = Vec::new();
    for (rep, title) in titled {
        let name = claim(&title).into();
        renamed.push((rep, std::mem::replace(&mut types[rep].name, name)));
    }
    for i in 0..types.len() {
        let rep = class[i];
        if rep != i {
            let target = types[rep].name.clone();
            let t = &mut types[i];
            t.doc = Some(alias_doc(t.doc.take().as_deref(), &target));
            t.kind = TypeKind::Alias(TypeRef::named(target));
        }
    }
    // The first member keeps its name, as another name for the titled definition; placed
    // right after it, so the order of types stays the spec's.
    for (rep, old) in renamed.into_iter().rev() {
        let definition = &types[rep];
        let alias = TypeDef {
            name: old,
            doc: Some(alias_doc(definition.doc.as_deref(), &definition.name)),
            pointer: definition.pointer.clone(),
            deprecated: definition.deprecated,
            kind: TypeKind::Alias(TypeRef::named(definition.name.clone())),
            usage: Usage::default(),
            title: definition.title.clone(),
        };
        types.insert(rep + 1, alias);
    }
}

/// An interned shape, and the types it holds (by index, or by name if unknown).
type Shape = (usize, Vec<Result<usize, RustName>>);

/// Each type's shape: its definition with the names of the types it holds blanked
/// (interned), and those types in the order met. Aliases keep their own definition.
fn shapes(types: &[TypeDef]) -> Vec<Option<Shape>> {
    let index = type_index(types);
    // Definitions are hashed and compared whole, not through a text of each: on GitHub's
    // spec, writing the texts was a tenth of the lowering.
    let mut interned: FxHashMap<(bool, TypeKind), usize> = FxHashMap::default();
    types
        .iter()
        .map(|t| {
            if matches!(t.kind, TypeKind::Alias(_)) {
                return None;
            }
            let mut kind = t.kind.clone();
            let mut held = Vec::new();
            for n in kind.refs_mut().into_iter().filter_map(TypeRef::held_mut) {
                let name = std::mem::take(&mut n.name);
                held.push(index.get(name.as_str()).copied().ok_or(name));
            }
            let next = interned.len();
            Some((*interned.entry((t.deprecated, kind)).or_insert(next), held))
        })
        .collect()
}

/// A type held by a shape, as far as telling classes apart goes.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Held {
    Itself,
    Class(usize),
    Unknown(RustName),
}

/// The representative of each type's class: the first type met with the same shape
/// holding the same classes; a component schema is always its own.
fn classes(shapes: &[Option<Shape>], component: &[bool]) -> Vec<usize> {
    let len = shapes.len();
    // Components claim first, so a group with one names it; the rest follow in order.
    let order: Vec<usize> = (0..len)
        .filter(|&i| component[i])
        .chain((0..len).filter(|&i| !component[i]))
        .collect();
    let mut class: Vec<usize> = (0..len).collect();
    // The partition only coarsens, so this ends; the bound is a guard.
    for _ in 0..len {
        let mut first: FxHashMap<(usize, Vec<Held>), usize> = FxHashMap::default();
        let mut next: Vec<usize> = (0..len).collect();
        for &i in &order {
            let Some((shape, held)) = &shapes[i] else {
                continue;
            };
            let key = (
                *shape,
                held.iter()
                    .map(|h| match h {
                        Ok(j) if *j == i => Held::Itself,
                        Ok(j) => Held::Class(class[*j]),
                        Err(name) => Held::Unknown(name.clone()),
                    })
                    .collect(),
            );
            let rep = *first.entry(key).or_insert(i);
            if !component[i] {
                next[i] = rep;
            }
        }
        if next == class {
            break;
        }
        class = next;
    }
    class
}

/// The doc of a type that became another name for `target`: its own doc, then why.
fn alias_doc(doc: Option<&str>, target: &RustName) -> String {
    let note = format!(
        "The spec describes this type exactly as [`{target}`], so it is another name for it."
    );
    match doc {
        Some(doc) => format!("{doc}\n\n{note}"),
        None => note,
    }
}

/// The groups of merged inline types (by their representative) whose members all carry
/// one `title` that no type outside the group carries, with that title.
fn titled_groups(types: &[TypeDef], class: &[usize], component: &[bool]) -> Vec<(usize, String)> {
    let mut by_title: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    let mut untitled_member: BTreeSet<usize> = BTreeSet::new();
    for (i, t) in types.iter().enumerate() {
        match t.title.as_deref() {
            Some(title) if !title.trim().is_empty() => {
                by_title.entry(title).or_default().insert(class[i]);
            }
            _ => {
                untitled_member.insert(class[i]);
            }
        }
    }
    let size = |rep: usize| class.iter().filter(|&&c| c == rep).count();
    by_title
        .into_iter()
        .filter_map(|(title, reps)| {
            let rep = *reps.iter().next()?;
            (reps.len() == 1 && !component[rep] && size(rep) > 1 && !untitled_member.contains(&rep))
                .then(|| (rep, title.to_string()))
        })
        .collect()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(crate) fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.into(),
            doc: None,
            pointer: format!("#/components/schemas/{name}"),
            deprecated: false,
            kind,
            usage: Default::default(),
            title: None,
        }
    }

    pub(crate) fn field(name: &str, ty: TypeRef, constraints: Constraints) -> Field {
        Field {
            name: name.into(),
            wire_name: name.into(),
            ty,
            required: true,
            nullable: false,
            doc: None,
            deprecated: false,
            constraints,
            boxed: false,
            flatten: false,
        }
    }

    /// A field without constraints.
    pub(crate) fn plain(name: &str, ty: TypeRef) -> Field {
        field(name, ty, Constraints::default())
    }

    /// A vector of the named type.
    pub(crate) fn vec_of(name: &str) -> TypeRef {
        TypeRef::Vec(Box::new(TypeRef::named(name)))
    }

    pub(crate) fn api(types: Vec<TypeDef>) -> Api {
        Api {
            title: "t".into(),
            doc: None,
            version: "1".into(),
            servers: Vec::new(),
            security_schemes: Vec::new(),
            types,
            operations: Vec::new(),
            tag_features: Vec::new(),
            tag_grouping: TagGrouping::Tag,
            unused_schemas: 0,
            gate_modules: Vec::new(),
            webhooks: Vec::new(),
            webhook_signing: None,
            type_index: Default::default(),
        }
    }

    pub(crate) fn strukt(fields: Vec<Field>) -> TypeKind {
        TypeKind::Struct(Struct {
            constructor: Constructor::for_fields(fields.iter().map(|f| f.required)),
            fields,
            additional: None,
        })
    }

    fn kind_of<'a>(types: &'a [TypeDef], name: &str) -> Option<&'a TypeKind> {
        types.iter().find(|t| t.name == name).map(|t| &t.kind)
    }

    #[test]
    fn a_type_is_found_by_name_and_the_index_is_not_part_of_the_api() {
        let api = api(vec![
            def("Pet", strukt(Vec::new())),
            def("Owner", TypeKind::Alias(TypeRef::String)),
        ]);
        let found = |api: &Api, name: &str| api.type_named(&name.into()).map(|t| t.name.clone());
        let copy = api.clone();
        assert_eq!(found(&api, "Owner"), Some("Owner".into()));
        assert_eq!(found(&api, "Pet"), Some("Pet".into()));
        assert_eq!(found(&api, "Cat"), None);
        // One has built its index, the other not: they say the same.
        assert_eq!(api, copy);
        assert_eq!(found(&copy, "Pet"), Some("Pet".into()));
    }

    #[test]
    fn inline_types_written_alike_become_aliases() {
        let inline = |name: &str, kind| TypeDef {
            pointer: format!("#/paths/~1x/get/{name}"),
            ..def(name, kind)
        };
        let status = || {
            TypeKind::Enum(Enum {
                repr: EnumRepr::String,
                variants: vec![Variant {
                    name: "Open".into(),
                    value: "open".into(),
                    doc: None,
                }],
                unknown: UNKNOWN_VARIANT.into(),
            })
        };
        let holder = |held: &str| {
            strukt(vec![field(
                "s",
                TypeRef::named(held),
                Constraints::default(),
            )])
        };
        let list = |of: &str| {
            strukt(vec![field(
                "next",
                TypeRef::Vec(Box::new(TypeRef::named(of))),
                Constraints::default(),
            )])
        };
        let mut types = vec![
            // Two components written alike stay apart: their author named them apart.
            def("CompA", status()),
            def("CompB", status()),
            // Inline and written like a component: another name for the first one.
            inline("InA", status()),
            inline("InB", status()),
            // Holding types that merged, these two merge in the next round.
            inline("HoldA", holder("InA")),
            inline("HoldB", holder("InB")),
            // Holding a component the others do not hold: apart.
            inline("HoldC", holder("CompB")),
            // Each holds itself: alike.
            inline("SelfA", list("SelfA")),
            inline("SelfB", list("SelfB")),
            // One holds itself, the other holds the first: not alike.
            inline("SelfC", list("SelfA")),
        ];
        let components = ["CompA", "CompB"].map(String::from).into();
        merge_identical(&mut types, &components, &mut |t| t.to_string());
        let alias = |to: &str| TypeKind::Alias(TypeRef::named(to));
        assert_eq!(kind_of(&types, "CompA"), Some(&status()));
        assert_eq!(kind_of(&types, "CompB"), Some(&status()));
        assert_eq!(kind_of(&types, "InA"), Some(&alias("CompA")));
        assert_eq!(kind_of(&types, "HoldA"), Some(&holder("InA")));
        assert_eq!(kind_of(&types, "InB"), Some(&alias("CompA")));
        assert_eq!(kind_of(&types, "HoldB"), Some(&alias("HoldA")));
        assert_eq!(kind_of(&types, "HoldC"), Some(&holder("CompB")));
        assert_eq!(kind_of(&types, "SelfA"), Some(&list("SelfA")));
        assert_eq!(kind_of(&types, "SelfB"), Some(&alias("SelfA")));
        assert_eq!(kind_of(&types, "SelfC"), Some(&list("SelfA")));
        let doc = types
            .iter()
            .find(|t| t.name == "SelfB")
            .and_then(|t| t.doc.clone());
        assert_eq!(
            doc.as_deref(),
            Some(
                "The spec describes this type exactly as [`SelfA`], so it is another name for it."
            )
        );
    }

    #[test]
    fn a_title_the_group_alone_carries_names_its_definition() {
        let titled = |name: &str, title: Option<&str>| TypeDef {
            pointer: format!("#/paths/~1{name}/get"),
            title: title.map(str::to_string),
            ..def(name, strukt(vec![plain("code", TypeRef::I64)]))
        };
        let other = |name: &str, title: Option<&str>| TypeDef {
            title: title.map(str::to_string),
            ..titled(name, None)
        };
        let mut types = vec![
            titled("CreateError", Some("ErrorSchema")),
            titled("DeleteError", Some("ErrorSchema")),
            titled("PatchError", Some("ErrorSchema")),
        ];
        let mut claimed = Vec::new();
        merge_identical(&mut types, &BTreeSet::new(), &mut |t| {
            claimed.push(t.to_string());
            t.to_string()
        });
        assert_eq!(claimed, ["ErrorSchema"]);
        let names: Vec<&str> = types.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            ["ErrorSchema", "CreateError", "DeleteError", "PatchError"]
        );
        let alias = |to: &str| TypeKind::Alias(TypeRef::named(to));
        assert!(matches!(
            kind_of(&types, "ErrorSchema"),
            Some(TypeKind::Struct(_))
        ));
        for name in ["CreateError", "DeleteError", "PatchError"] {
            assert_eq!(kind_of(&types, name), Some(&alias("ErrorSchema")), "{name}");
        }
        // A title another type carries too, or one a member lacks, names nothing.
        for extra in [other("Lone", Some("ErrorSchema")), other("Untitled", None)] {
            let mut types = vec![
                titled("CreateError", Some("ErrorSchema")),
                titled("DeleteError", Some("ErrorSchema")),
            ];
            if extra.title.is_some() {
                // Another shape with the same title.
                types.push(TypeDef {
                    kind: strukt(vec![plain("other", TypeRef::Bool)]),
                    ..extra
                });
            } else {
                types.push(extra);
            }
            let mut claimed = 0;
            merge_identical(&mut types, &BTreeSet::new(), &mut |t| {
                claimed += 1;
                t.to_string()
            });
            assert_eq!(claimed, 0, "no title names the group");
            assert!(matches!(
                kind_of(&types, "CreateError"),
                Some(TypeKind::Struct(_))
            ));
        }
    }

    #[test]
    fn alias_circles_become_json_with_a_warning() {
        let mut types = vec![
            def("A", TypeKind::Alias(TypeRef::named("B"))),
            def("B", TypeKind::Alias(TypeRef::named("A"))),
            def("C", TypeKind::Alias(TypeRef::named("A"))),
        ];
        let mut diags = Vec::new();
        break_alias_cycles(&mut types, &mut diags);
        assert_eq!(types[0].kind, TypeKind::Alias(TypeRef::Json));
        assert_eq!(types[1].kind, TypeKind::Alias(TypeRef::Json));
        // C points into the circle but is not on it.
        assert_eq!(types[2].kind, TypeKind::Alias(TypeRef::named("A")));
        assert_eq!(diags.len(), 2);
    }

    #[test]
    fn fields_through_which_a_type_contains_itself_are_boxed() {
        let mut types = vec![
            def(
                "Node",
                strukt(vec![
                    plain("next", TypeRef::named("Node")),
                    plain("children", vec_of("Node")),
                ]),
            ),
            def("Leaf", strukt(vec![plain("n", TypeRef::I64)])),
        ];
        box_recursive_fields(&mut types);
        let TypeKind::Struct(s) = &types[0].kind else {
            unreachable!()
        };
        assert!(s.fields[0].boxed, "a direct self-reference needs a box");
        assert!(!s.fields[1].boxed, "a Vec already allocates");
    }
}
