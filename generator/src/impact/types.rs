//! Changes to the models: types added, removed, merged or changed, with their fields, variants and generated traits.

use super::keyed::{Paired, paired};
use super::{Class, Diff, Visibility, show};
use crate::surface::{FieldRec, TypeRec};
use std::collections::HashMap;

/// Types by name, the first of each name as a list search would find it.
type Index<'a> = HashMap<&'a str, &'a TypeRec>;

fn index(types: &[TypeRec]) -> Index<'_> {
    let mut index = HashMap::with_capacity(types.len());
    for t in types {
        index.entry(t.name.as_str()).or_insert(t);
    }
    index
}

impl Diff {
    pub(super) fn types(&mut self, old: &[TypeRec], new: &[TypeRec]) {
        // Merged and split types look up their alias's target: indexed, so that records of
        // thousands of types never search a list per type.
        let (old_index, new_index) = (index(old), index(new));
        for ty in paired(old, new, |t| t.name.as_str()) {
            match ty {
                Paired::Added(n) => self.push(
                    Class::Additive,
                    format!("models::{}", n.name),
                    format!("new {}", n.kind.replace('_', " ")),
                    Visibility::Rust,
                ),
                Paired::Removed(o) => self.push(
                    Class::Breaking,
                    format!("models::{}", o.name),
                    format!("{} removed or renamed", o.kind.replace('_', " ")),
                    Visibility::Rust,
                ),
                Paired::Both(o, n)
                    if o.kind != n.kind && (o.kind == "alias" || n.kind == "alias") =>
                {
                    self.merged_or_split(o, n, &old_index, &new_index)
                }
                Paired::Both(o, n) => self.type_rec(o, n),
            }
        }
    }

    /// A type that became another name for a type the spec now describes the same way
    /// (the generator merges such inline schemas), or that stopped being one. Its own shape
    /// is compared with its target's; then, merged, its values are also the target's,
    /// which takes nothing away; split, they no longer are, which breaks code that passed
    /// one for the other. Any other change of kind is breaking.
    fn merged_or_split(&mut self, o: &TypeRec, n: &TypeRec, old: &Index, new: &Index) {
        let item = format!("models::{}", n.name);
        let target = |alias: &TypeRec, index: &Index| {
            let name = alias.alias_of.as_deref()?.strip_prefix("models::")?;
            index.get(name).map(|t| (*t).clone())
        };
        let merged = n.kind == "alias";
        let (alias, plain, index) = if merged { (n, o, new) } else { (o, n, old) };
        let Some(t) = target(alias, index).filter(|t| t.kind == plain.kind) else {
            return self.type_rec(o, n);
        };
        let (before, after) = if merged {
            (o.clone(), t.clone())
        } else {
            (t.clone(), n.clone())
        };
        let (class, what) = if merged {
            let why = "which the spec describes the same way";
            (
                Class::Additive,
                format!("now another name for `{}`, {why}", t.name),
            )
        } else {
            let why = "a value of one is not a value of the other";
            (
                Class::Breaking,
                format!("no longer another name for `{}`: {why}", t.name),
            )
        };
        self.push(class, &item, what, Visibility::Rust);
        self.docs(&item, &o.docs, &n.docs);
        self.deprecated(&item, o.deprecated, n.deprecated);
        // Docs and deprecation were compared above, on the type's own records.
        let shape = |t: TypeRec| TypeRec {
            name: n.name.clone(),
            docs: None,
            deprecated: false,
            ..t
        };
        self.type_rec(&shape(before), &shape(after));
    }

    fn type_rec(&mut self, o: &TypeRec, n: &TypeRec) {
        let item = format!("models::{}", n.name);
        self.docs(&item, &o.docs, &n.docs);
        self.deprecated(&item, o.deprecated, n.deprecated);
        if o.kind != n.kind {
            self.push(
                Class::Breaking,
                &item,
                format!("now a {} (was a {})", n.kind, o.kind),
                Visibility::Rust,
            );
            return;
        }
        self.generated_surface(&item, o, n);
        match n.kind.as_str() {
            "struct" => self.struct_rec(&item, o, n),
            "enum" => self.enum_rec(&item, o, n),
            "alias" => {
                if o.alias_of != n.alias_of {
                    self.push(
                        Class::Breaking,
                        &item,
                        format!(
                            "now names `{}` (was `{}`)",
                            show(&n.alias_of),
                            show(&o.alias_of)
                        ),
                        Visibility::Rust,
                    );
                }
            }
            _ => self.one_of_rec(&item, o, n),
        }
    }

    /// What a type gets by default besides its fields: serde traits, builders and
    /// `validate`, which follow from how operations use it. Compared only when both
    /// records have them.
    fn generated_surface(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        const RESTORE: &str = "the `full-serde` feature restores it";
        if let (Some(old), Some(new)) = (&o.serde, &n.serde) {
            for t in old.iter().filter(|t| !new.contains(t)) {
                let why = if t == "Serialize" {
                    "no operation sends it now"
                } else {
                    "no operation returns it now"
                };
                self.push(
                    Class::Breaking,
                    item,
                    format!("no longer implements `{t}` by default: {why}; {RESTORE}"),
                    Visibility::Rust,
                );
            }
            for t in new.iter().filter(|t| !old.contains(t)) {
                self.push(
                    Class::Additive,
                    item,
                    format!("now implements `{t}`"),
                    Visibility::Rust,
                );
            }
        }
        // With every field optional, the constructor is `Default`, which stays.
        let builders = if n.constructor.as_deref() == Some("new") {
            "`new` and the `with_*` setters"
        } else {
            "the `with_*` setters"
        };
        if let (Some(true), Some(false)) = (o.builders, n.builders) {
            self.push(
                Class::Breaking,
                item,
                format!(
                    "{builders} compiled only with `mock` or `full-serde`: the type is only \
                     received now; {RESTORE}"
                ),
                Visibility::Rust,
            );
        }
        if let (Some(false), Some(true)) = (o.builders, n.builders) {
            self.push(
                Class::Additive,
                item,
                format!("{builders} available: the type is sent now"),
                Visibility::Rust,
            );
        }
        match (o.validate, n.validate) {
            (Some(true), Some(false)) => self.push(
                Class::Breaking,
                format!("{item}::validate"),
                "removed: the type is no longer sent, or has nothing left to check",
                Visibility::Rust,
            ),
            (Some(false), Some(true)) => self.push(
                Class::Additive,
                format!("{item}::validate"),
                "added",
                Visibility::Rust,
            ),
            _ => {}
        }
    }

    fn struct_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        let sent = n.used_in.iter().any(|u| u == "request");
        for field in paired(&o.fields, &n.fields, |f| f.name.as_str()) {
            match field {
                Paired::Added(f) if f.required => self.push(
                    Class::Breaking,
                    format!("{item}::{}", f.name),
                    format!(
                        "required field `{}` added ({item}::new takes it)",
                        f.wire_name
                    ),
                    Visibility::Rust,
                ),
                // The struct is `#[non_exhaustive]`: nobody builds it with a literal.
                Paired::Added(f) => self.push(
                    Class::Additive,
                    format!("{item}::{}", f.name),
                    format!("optional field `{}` added", f.wire_name),
                    Visibility::Rust,
                ),
                Paired::Removed(f) => self.push(
                    Class::Breaking,
                    format!("{item}::{}", f.name),
                    format!("field `{}` removed", f.wire_name),
                    Visibility::Rust,
                ),
                Paired::Both(of, nf) => self.field(item, of, nf, sent),
            }
        }
        if o.constructor != n.constructor {
            self.push(
                Class::Breaking,
                item,
                format!(
                    "built with `{}` (was `{}`)",
                    show(&n.constructor),
                    show(&o.constructor)
                ),
                Visibility::Rust,
            );
        }
        if o.additional != n.additional {
            let map =
                |t: &Option<String>| show(&t.as_ref().map(|t| format!("BTreeMap<String, {t}>")));
            self.push(
                Class::Breaking,
                format!("{item}::additional_properties"),
                format!("`{}` -> `{}`", map(&o.additional), map(&n.additional)),
                Visibility::Rust,
            );
        }
    }

    fn field(&mut self, base: &str, o: &FieldRec, n: &FieldRec, sent: bool) {
        let item = format!("{base}::{}", n.name);
        if o.required != n.required {
            let what = if n.required {
                format!(
                    "made required: `{}` -> `{}`, and {base}::new takes it",
                    o.rust_type, n.rust_type
                )
            } else {
                format!(
                    "made optional: `{}` -> `{}`, and {base}::new no longer takes it",
                    o.rust_type, n.rust_type
                )
            };
            self.push(Class::Breaking, &item, what, Visibility::Rust);
        } else if o.rust_type != n.rust_type {
            self.push(
                Class::Breaking,
                &item,
                format!("type `{}` -> `{}`", o.rust_type, n.rust_type),
                Visibility::Rust,
            );
        }
        if o.wire_name != n.wire_name {
            self.push(
                Class::Breaking,
                &item,
                format!("sent as `{}` (was `{}`)", n.wire_name, o.wire_name),
                Visibility::Wire,
            );
        }
        self.deprecated(&item, o.deprecated, n.deprecated);
        if sent {
            self.constraints(&item, &o.constraints, &n.constraints);
        } else if o.constraints != n.constraints {
            self.push(
                Class::Docs,
                &item,
                "constraint changed on a value only received (not checked)",
                Visibility::Wire,
            );
        }
        self.docs(&item, &o.docs, &n.docs);
    }

    fn enum_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        if o.repr != n.repr || o.unknown != n.unknown {
            self.push(
                Class::Breaking,
                item,
                format!(
                    "{} values, fallback `{}` (were {} values, fallback `{}`)",
                    show(&n.repr),
                    show(&n.unknown),
                    show(&o.repr),
                    show(&o.unknown)
                ),
                Visibility::Rust,
            );
        }
        let received = n.used_in.iter().any(|u| u == "response");
        for variant in paired(&o.variants, &n.variants, |v| v.name.as_str()) {
            match variant {
                // `#[non_exhaustive]`, and unknown values already had the fallback.
                Paired::Added(v) => self.push(
                    Class::Additive,
                    format!("{item}::{}", v.name),
                    format!(
                        "new value `{}`{}",
                        v.value,
                        if received {
                            " (was received as the fallback variant)"
                        } else {
                            ""
                        }
                    ),
                    Visibility::Rust,
                ),
                Paired::Removed(v) => self.push(
                    Class::Breaking,
                    format!("{item}::{}", v.name),
                    format!("value `{}` removed", v.value),
                    Visibility::Rust,
                ),
                Paired::Both(ov, nv) if ov.value != nv.value => self.push(
                    Class::Breaking,
                    format!("{item}::{}", nv.name),
                    format!("now sent as `{}` (was `{}`)", nv.value, ov.value),
                    Visibility::Wire,
                ),
                Paired::Both(..) => {}
            }
        }
    }

    fn one_of_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        for variant in paired(&o.one_of, &n.one_of, |v| v.name.as_str()) {
            match variant {
                // `oneOf` enums are exhaustive (they have no fallback variant): a new
                // alternative breaks every `match` on the type.
                Paired::Added(v) => self.push(
                    Class::Breaking,
                    format!("{item}::{}", v.name),
                    format!("new alternative `{}` in an exhaustive enum", v.value),
                    Visibility::Rust,
                ),
                Paired::Removed(v) => self.push(
                    Class::Breaking,
                    format!("{item}::{}", v.name),
                    format!("alternative `{}` removed", v.value),
                    Visibility::Rust,
                ),
                Paired::Both(ov, nv) if ov.value != nv.value => self.push(
                    Class::Breaking,
                    format!("{item}::{}", nv.name),
                    format!("holds `{}` (was `{}`)", nv.value, ov.value),
                    Visibility::Rust,
                ),
                Paired::Both(..) => {}
            }
        }
        if o.discriminator != n.discriminator {
            self.push(
                Class::Breaking,
                item,
                format!(
                    "discriminator `{}` (was `{}`)",
                    show(&n.discriminator),
                    show(&o.discriminator)
                ),
                Visibility::Wire,
            );
        }
    }
}
