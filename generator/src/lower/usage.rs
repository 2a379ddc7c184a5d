//! What operations do with each type: sent, received, or held by a schema no operation
//! uses; and, with features by tag, the cargo features each operation and type is
//! compiled under. Computed once here; emitters and the API record read it.

use crate::ir::features::{UNUSED_SCHEMAS, WEBHOOKS};
use crate::ir::*;
use std::collections::{BTreeMap, BTreeSet};

/// The named types a type refers to directly.
fn children(t: &TypeDef, out: &mut Vec<String>) {
    out.extend(
        t.kind
            .refs()
            .into_iter()
            .filter_map(TypeRef::held)
            .map(|n| n.name.to_string()),
    );
}

/// The named types an operation's request (`sent`) or responses (not `sent`) refer to.
fn op_roots(op: &Operation, sent: bool) -> Vec<String> {
    let mut tys: Vec<&TypeRef> = Vec::new();
    if sent {
        tys.extend(op.path_params.iter().chain(&op.params).map(|p| &p.ty));
        tys.extend(op.bodies().map(|b| &b.ty));
    } else {
        tys.extend(op.success.json_type());
        tys.extend(op.errors.iter().filter_map(|e| e.body.as_ref()));
    }
    tys.into_iter()
        .filter_map(TypeRef::held)
        .map(|n| n.name.to_string())
        .collect()
}

/// Each type's position in `types`, by name.
fn type_index(types: &[TypeDef]) -> BTreeMap<&str, usize> {
    types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect()
}

/// Every type reachable from `roots` (by index into `types`), the roots included.
fn reach(types: &[TypeDef], index: &BTreeMap<&str, usize>, roots: Vec<String>) -> Vec<usize> {
    let mut seen = vec![false; types.len()];
    let mut stack = roots;
    let mut out = Vec::new();
    let mut kids = Vec::new();
    while let Some(name) = stack.pop() {
        let Some(&i) = index.get(name.as_str()) else {
            continue;
        };
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        out.push(i);
        kids.clear();
        children(&types[i], &mut kids);
        stack.append(&mut kids);
    }
    out
}

/// The named types the webhooks' payloads refer to: types the crate receives.
fn webhook_roots(api: &Api) -> Vec<String> {
    api.webhooks
        .iter()
        .filter_map(|h| h.payload.held())
        .map(|n| n.name.to_string())
        .collect()
}

/// What the operations do with each type (by index into `types`): (sent, received).
fn op_marks(api: &Api, index: &BTreeMap<&str, usize>) -> Vec<(bool, bool)> {
    let roots = |sent: bool| {
        api.operations
            .iter()
            .flat_map(|op| op_roots(op, sent))
            .collect()
    };
    let mut marks = vec![(false, false); api.types.len()];
    for i in reach(&api.types, index, roots(true)) {
        marks[i].0 = true;
    }
    for i in reach(&api.types, index, roots(false)) {
        marks[i].1 = true;
    }
    marks
}

/// The types no operation reaches, by name.
fn unused_roots(types: &[TypeDef], marks: &[(bool, bool)]) -> Vec<String> {
    types
        .iter()
        .zip(marks)
        .filter(|(_, m)| **m == (false, false))
        .map(|(t, _)| t.name.to_string())
        .collect()
}

/// Marks what each type is used for: sent, received, or (for a type no operation reaches,
/// which callers may still use however they like) both, with everything it holds. With
/// `by_tag` (the crate's other feature names), also gives each tag a cargo feature and
/// gates operations and types by them (see [`gate_by_tag`]); fails, with the number of
/// features the spec would need, past crates.io's limit.
pub(super) fn usage(api: &mut Api, by_tag: Option<&[&str]>) -> Result<(), usize> {
    let held = {
        let index = type_index(&api.types);
        let marks = op_marks(api, &index);
        let unused = unused_roots(&api.types, &marks);
        let held = reach(&api.types, &index, unused);
        let mut from_webhooks = vec![false; api.types.len()];
        for i in reach(&api.types, &index, webhook_roots(api)) {
            from_webhooks[i] = true;
        }
        for ((t, (sent, received)), hook) in api.types.iter_mut().zip(&marks).zip(from_webhooks) {
            t.usage.in_requests = *sent;
            t.usage.in_responses = *received;
            // What a webhook's payload needs of it beyond what the operations do (reading
            // it, or writing it inside a payload type that derives both) comes with the
            // `webhooks` feature, so a crate that only calls the API pays nothing for it.
            t.usage.in_webhooks = hook;
        }
        held
    };
    for t in &mut api.types {
        t.usage.sent = t.usage.in_requests;
        t.usage.received = t.usage.in_responses;
    }
    for &i in &held {
        api.types[i].usage.sent = true;
        api.types[i].usage.received = true;
    }
    match by_tag {
        Some(reserved) => gate_by_tag(api, &held, reserved),
        None => Ok(()),
    }
}

/// crates.io refuses a crate with more features than this.
pub const MAX_FEATURES: usize = 300;

/// One cargo feature per OpenAPI tag: an operation is compiled when a feature of one of
/// its tags is on (always, when it has no tag), a type when a feature of an operation
/// that reaches it is. A type no operation reaches comes with [`UNUSED_SCHEMAS`], and so
/// does what it holds (`held`); the derives such a holder needs beyond what the operations
/// use come with that feature too, so the default build pays only for the operations.
/// `reserved` are the crate's other feature names.
fn gate_by_tag(api: &mut Api, held: &[usize], reserved: &[&str]) -> Result<(), usize> {
    let (by_tag, mut features) = tag_features(&api.operations, reserved);
    // `unused-schemas` is reserved always, but the manifest has it only when it compiles
    // something.
    let absent = usize::from(held.is_empty() && reserved.contains(&UNUSED_SCHEMAS));
    let total = features.len() + reserved.len() - absent;
    if total > MAX_FEATURES {
        return Err(total);
    }
    for op in &mut api.operations {
        let mut gate: Vec<String> = op
            .tags
            .iter()
            .filter_map(|t| by_tag.get(t).cloned())
            .collect();
        gate.sort();
        gate.dedup();
        for f in features.iter_mut().filter(|f| gate.contains(&f.name)) {
            f.operations += 1;
        }
        op.gate = gate;
    }
    let gates = type_gates(api, held, &features);
    let mut is_held = vec![false; api.types.len()];
    for &i in held {
        is_held[i] = true;
    }
    let mut unused_count = 0;
    for ((t, gate), held) in api.types.iter_mut().zip(gates).zip(is_held) {
        // A type no operation reaches, and what it holds, were made sent and received;
        // those that operations use go back to what the operations need, and the rest
        // of what their holders need comes with the feature.
        let u = &mut t.usage;
        if held && (u.in_requests || u.in_responses) {
            u.sent = u.in_requests;
            u.received = u.in_responses;
            u.held_by_unused = true;
        } else if held {
            unused_count += 1;
        }
        u.gate = gate;
    }
    api.tag_features = features;
    api.unused_schemas = unused_count;
    Ok(())
}

/// Each tag's feature, named from the tag in kebab case around `reserved`, in the order
/// the operations first use the tags.
fn tag_features(
    operations: &[Operation],
    reserved: &[&str],
) -> (BTreeMap<String, String>, Vec<TagFeature>) {
    use heck::ToKebabCase;
    let mut by_tag: BTreeMap<String, String> = BTreeMap::new();
    let mut taken: BTreeSet<String> = reserved.iter().map(|r| r.to_string()).collect();
    let mut features = Vec::new();
    for op in operations {
        for tag in &op.tags {
            if by_tag.contains_key(tag) {
                continue;
            }
            // Cargo feature names (and bare TOML keys): ASCII letters, digits and `-`.
            let ascii: String = tag
                .to_kebab_case()
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            let kebab = ascii
                .split('-')
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("-");
            let base = match kebab {
                k if k.starts_with(|c: char| c.is_ascii_alphabetic()) => k,
                k if k.is_empty() => "tag".to_string(),
                k => format!("tag-{k}"),
            };
            let mut name = base.clone();
            let mut n = 2;
            while !taken.insert(name.clone()) {
                name = format!("{base}-{n}");
                n += 1;
            }
            by_tag.insert(tag.clone(), name.clone());
            features.push(TagFeature {
                name,
                tag: tag.clone(),
                operations: 0,
            });
        }
    }
    (by_tag, features)
}

/// The features each type is compiled under: those of the operations that reach it, none
/// when an ungated operation does, [`WEBHOOKS`] for what a webhook's payload reaches, and
/// [`UNUSED_SCHEMAS`] for what a type no operation reaches holds.
fn type_gates(api: &Api, held: &[usize], features: &[TagFeature]) -> Vec<Vec<String>> {
    let index = &type_index(&api.types);
    let roots = |ops: &mut dyn Iterator<Item = &Operation>| -> Vec<String> {
        ops.flat_map(|op| {
            let mut r = op_roots(op, true);
            r.extend(op_roots(op, false));
            r
        })
        .collect()
    };
    // `None`: compiled always.
    let mut gates: Vec<Option<BTreeSet<&str>>> = vec![Some(BTreeSet::new()); api.types.len()];
    let always = roots(&mut api.operations.iter().filter(|op| op.gate.is_empty()));
    for i in reach(&api.types, index, always) {
        gates[i] = None;
    }
    for f in features {
        let ops = roots(&mut api.operations.iter().filter(|op| op.gate.contains(&f.name)));
        for i in reach(&api.types, index, ops) {
            if let Some(g) = &mut gates[i] {
                g.insert(f.name.as_str());
            }
        }
    }
    for i in reach(&api.types, index, webhook_roots(api)) {
        if let Some(g) = &mut gates[i] {
            g.insert(WEBHOOKS);
        }
    }
    for &i in held {
        if let Some(g) = &mut gates[i] {
            g.insert(UNUSED_SCHEMAS);
        }
    }
    gates
        .into_iter()
        .map(|g| g.map_or_else(Vec::new, |g| g.into_iter().map(str::to_string).collect()))
        .collect()
}
