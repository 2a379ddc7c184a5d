//! What operations do with each type: sent, received, or held by a schema no operation
//! uses; and the cargo features each operation and type is compiled under. Computed once
//! here; emitters and the API record read it.

use super::passes::type_index;
use crate::ir::features::{UNUSED_SCHEMAS, WEBHOOKS};
use crate::ir::*;
use crate::names::{Namespace, value_name};
use rustc_hash::FxHashMap;
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

/// Every type reachable from `roots` (by index into `types`), the roots included.
fn reach(types: &[TypeDef], index: &FxHashMap<&str, usize>, roots: Vec<String>) -> Vec<usize> {
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
fn op_marks(api: &Api, index: &FxHashMap<&str, usize>) -> Vec<(bool, bool)> {
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

/// How [`usage`] gives the crate features by tag.
pub(super) struct ByTag<'a> {
    /// The crate's other feature names.
    pub reserved: &'a [&'a str],
    /// The finest grouping to try; coarser ones follow while the features are too many.
    pub grouping: TagGrouping,
    /// Groups the user named (`generator.toml`): feature name and its tags.
    pub named: &'a BTreeMap<String, Vec<String>>,
}

/// Marks what each type is used for: sent, received, or (for a type no operation reaches,
/// which callers may still use however they like) both, with everything it holds. Such a
/// type is compiled only with [`UNUSED_SCHEMAS`] (or [`WEBHOOKS`], for a payload). With
/// `by_tag`, also gives each tag (or group of tags) a cargo feature and gates operations
/// and types by them (see [`gate`]); fails, with the number of features the
/// coarsest grouping would need, past crates.io's limit.
pub(super) fn usage(api: &mut Api, by_tag: Option<ByTag<'_>>) -> Result<(), usize> {
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
    let grouped = match by_tag {
        Some(by_tag) => grouped_features(api, &held, &by_tag)?,
        None => Grouped::default(),
    };
    api.tag_grouping = grouped.grouping;
    gate(api, &held, grouped.names, grouped.features);
    Ok(())
}

/// crates.io refuses a crate with more features than this.
pub const MAX_FEATURES: usize = 300;

/// Tags made into features.
#[derive(Default)]
struct Grouped {
    /// Each tag's feature name.
    names: BTreeMap<String, String>,
    /// The features.
    features: Vec<TagFeature>,
    /// The rule that grouped them.
    grouping: TagGrouping,
}

/// The tag features of the finest grouping, from `by_tag.grouping` on, that keeps the
/// crate within [`MAX_FEATURES`].
fn grouped_features(api: &Api, held: &[usize], by_tag: &ByTag<'_>) -> Result<Grouped, usize> {
    // `unused-schemas` is reserved always, but the manifest has it only when it compiles
    // something.
    let absent = usize::from(held.is_empty() && by_tag.reserved.contains(&UNUSED_SCHEMAS));
    let mut needed = 0;
    for grouping in TagGrouping::ALL
        .into_iter()
        .filter(|g| *g >= by_tag.grouping)
    {
        let (names, features) = tag_features(&api.operations, by_tag, grouping);
        needed = features.len() + by_tag.reserved.len() - absent;
        if needed <= MAX_FEATURES {
            return Ok(Grouped {
                names,
                features,
                grouping,
            });
        }
    }
    Err(needed)
}

/// Gates operations and types by the tag features (none: only what no operation reaches
/// is gated): an operation is compiled when a feature of one of its tags is on (always,
/// when it has no tag), a type when a feature of an operation that reaches it is. A type
/// no operation reaches comes with [`UNUSED_SCHEMAS`], and so does what it holds (`held`);
/// the derives such a holder needs beyond what the operations use come with that feature
/// too, so the default build pays only for the operations. `by_tag` maps each tag to its
/// feature.
fn gate(
    api: &mut Api,
    held: &[usize],
    by_tag: BTreeMap<String, String>,
    mut features: Vec<TagFeature>,
) {
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
    api.gate_modules = gate_modules(api);
    let module = |modules: &[GateModule], gate: &[String]| {
        modules
            .binary_search_by(|m| m.gate.as_slice().cmp(gate))
            .ok()
    };
    for op in &mut api.operations {
        op.module = module(&api.gate_modules, &op.gate);
    }
    for t in &mut api.types {
        t.usage.module = module(&api.gate_modules, &t.usage.gate);
    }
}

/// The gates whose items get a module of their own in each file: one feature's, and those
/// made only of features that `full` leaves off (`unused-schemas`, `webhooks`), so that a
/// build parses no file of a feature it does not enable. Items under several tags' features
/// stay in the file, which each of those builds reads anyway. Named from the features in
/// the order of the gates.
fn gate_modules(api: &Api) -> Vec<GateModule> {
    let tags: BTreeSet<&str> = api.tag_features.iter().map(|f| f.name.as_str()).collect();
    let gates: BTreeSet<&[String]> = api
        .operations
        .iter()
        .map(|op| op.gate.as_slice())
        .chain(api.types.iter().map(|t| t.usage.gate.as_slice()))
        .filter(|g| match g {
            [] => false,
            [_] => true,
            many => many.iter().all(|f| !tags.contains(f.as_str())),
        })
        .collect();
    let mut names = Namespace::with_reserved(crate::ir::CRATE_MODULES);
    gates
        .into_iter()
        .map(|gate| GateModule {
            gate: gate.to_vec(),
            name: names.claim(value_name(&gate.join("-or-"), "gated")),
        })
        .collect()
}

/// The group of each tag under `grouping`, or the name the user gave it; in the order the
/// operations first use the tags.
fn tag_groups(
    operations: &[Operation],
    by_tag: &ByTag<'_>,
    grouping: TagGrouping,
) -> Vec<(String, String)> {
    let mut order: Vec<&str> = Vec::new();
    // Per tag, how many of its operations' paths start with each segment.
    let mut segments: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for op in operations {
        for tag in &op.tags {
            let counts = segments.entry(tag).or_insert_with(|| {
                order.push(tag);
                BTreeMap::new()
            });
            *counts.entry(first_segment(&op.path)).or_default() += 1;
        }
    }
    let named: BTreeMap<&str, &str> = by_tag
        .named
        .iter()
        .flat_map(|(name, tags)| tags.iter().map(move |t| (t.as_str(), name.as_str())))
        .collect();
    order
        .into_iter()
        .map(|tag| {
            let group = match (named.get(tag), grouping) {
                (Some(name), _) => name.to_string(),
                (None, TagGrouping::Tag) => tag.to_string(),
                (None, TagGrouping::Prefix) => tag
                    .split(['.', '/'])
                    .find(|p| !p.trim().is_empty())
                    .unwrap_or(tag)
                    .to_string(),
                (None, TagGrouping::Path) => {
                    // The segment most of the tag's operations start with; the first in
                    // path order on a tie, so the choice is stable.
                    let counts = &segments[tag];
                    let most = counts.values().copied().max().unwrap_or(0);
                    counts
                        .iter()
                        .find(|(_, n)| **n == most)
                        .map_or("root", |(s, _)| *s)
                        .to_string()
                }
            };
            (tag.to_string(), group)
        })
        .collect()
}

/// The first segment of `path` that is not a template (`/{owner}/repos` gives `repos`);
/// `root` when there is none.
fn first_segment(path: &str) -> &str {
    path.split('/')
        .find(|s| !s.is_empty() && !s.starts_with('{'))
        .unwrap_or("root")
}

/// Each tag's feature and the features, named from the groups of [`tag_groups`] in kebab
/// case around the reserved names, in the order the operations first use the tags.
fn tag_features(
    operations: &[Operation],
    by_tag: &ByTag<'_>,
    grouping: TagGrouping,
) -> (BTreeMap<String, String>, Vec<TagFeature>) {
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut by_group: BTreeMap<String, usize> = BTreeMap::new();
    let mut taken: BTreeSet<String> = by_tag.reserved.iter().map(|r| r.to_string()).collect();
    let mut features: Vec<TagFeature> = Vec::new();
    for (tag, group) in tag_groups(operations, by_tag, grouping) {
        let at = *by_group.entry(group.clone()).or_insert_with(|| {
            features.push(TagFeature {
                name: feature_name(&group, &mut taken),
                tags: Vec::new(),
                operations: 0,
            });
            features.len() - 1
        });
        names.insert(tag.clone(), features[at].name.clone());
        features[at].tags.push(tag);
    }
    (names, features)
}

/// A cargo feature name for `group`, in kebab case, that no feature in `taken` has.
fn feature_name(group: &str, taken: &mut BTreeSet<String>) -> String {
    use heck::ToKebabCase;
    // Cargo feature names (and bare TOML keys): ASCII letters, digits and `-`.
    let ascii: String = group
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
    name
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
