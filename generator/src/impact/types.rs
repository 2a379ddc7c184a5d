//! Changes to the models: types added, removed, merged or changed, with their fields, variants and generated traits.

use super::Class::{Additive, Breaking, Docs};
use super::keyed::Paired::{Added, Both, Removed};
use super::keyed::paired;
use super::{Diff, show};
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
        let kind = |t: &TypeRec| t.kind.replace('_', " ");
        for ty in paired(old, new, |t| t.name.as_str()) {
            let item = format!("models::{}", ty.latest().name);
            match ty {
                Added(n) => self.rust(Additive, item, format!("new {}", kind(n))),
                Removed(o) => self.rust(Breaking, item, format!("{} removed or renamed", kind(o))),
                Both(o, n) if o.kind != n.kind && (o.kind == "alias" || n.kind == "alias") => {
                    self.merged_or_split(&item, o, n, &old_index, &new_index)
                }
                Both(o, n) => self.type_rec(&item, o, n),
            }
        }
    }

    /// A type that became another name for a type the spec now describes the same way
    /// (the generator merges such inline schemas), or that stopped being one. Its own shape
    /// is compared with its target's; then, merged, its values are also the target's,
    /// which takes nothing away; split, they no longer are, which breaks code that passed
    /// one for the other. Any other change of kind is breaking.
    fn merged_or_split(&mut self, item: &str, o: &TypeRec, n: &TypeRec, old: &Index, new: &Index) {
        let target = |alias: &TypeRec, index: &Index| {
            let name = alias.alias_of.as_deref()?.strip_prefix("models::")?;
            index.get(name).map(|t| (*t).clone())
        };
        let merged = n.kind == "alias";
        let (alias, plain, index) = if merged { (n, o, new) } else { (o, n, old) };
        let Some(t) = target(alias, index).filter(|t| t.kind == plain.kind) else {
            return self.type_rec(item, o, n);
        };
        let (before, after, class, what) = if merged {
            let why = "which the spec describes the same way";
            let what = format!("now another name for `{}`, {why}", t.name);
            (o.clone(), t, Additive, what)
        } else {
            let why = "a value of one is not a value of the other";
            let what = format!("no longer another name for `{}`: {why}", t.name);
            (t, n.clone(), Breaking, what)
        };
        self.rust(class, item, what);
        self.docs_and_deprecation(item, o, n);
        // Docs and deprecation were compared above, on the type's own records.
        let shape = |t: TypeRec| TypeRec {
            name: n.name.clone(),
            docs: None,
            deprecated: false,
            ..t
        };
        self.type_rec(item, &shape(before), &shape(after));
    }

    /// A type's own docs and `#[deprecated]`, compared before anything about its shape.
    fn docs_and_deprecation(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        self.docs(item, &o.docs, &n.docs);
        self.deprecated(item, o.deprecated, n.deprecated);
    }

    fn type_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        self.docs_and_deprecation(item, o, n);
        if o.kind != n.kind {
            let what = format!("now a {} (was a {})", n.kind, o.kind);
            self.rust(Breaking, item, what);
            return;
        }
        self.generated_surface(item, o, n);
        match n.kind.as_str() {
            "struct" => self.struct_rec(item, o, n),
            "enum" => self.enum_rec(item, o, n),
            "alias" if o.alias_of != n.alias_of => {
                let (was, now) = (show(&o.alias_of), show(&n.alias_of));
                self.rust(Breaking, item, format!("now names `{now}` (was `{was}`)"));
            }
            "alias" => {}
            _ => self.one_of_rec(item, o, n),
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
                let what = format!("no longer implements `{t}` by default: {why}; {RESTORE}");
                self.rust(Breaking, item, what);
            }
            for t in new.iter().filter(|t| !old.contains(t)) {
                self.rust(Additive, item, format!("now implements `{t}`"));
            }
        }
        // With every field optional, the constructor is `Default`, which stays.
        let builders = if n.constructor.as_deref() == Some("new") {
            "`new` and the `with_*` setters"
        } else {
            "the `with_*` setters"
        };
        match (o.builders, n.builders) {
            (Some(true), Some(false)) => self.rust(
                Breaking,
                item,
                format!(
                    "{builders} compiled only with `mock` or `full-serde`: the type is only \
                     received now; {RESTORE}"
                ),
            ),
            (Some(false), Some(true)) => {
                let what = format!("{builders} available: the type is sent now");
                self.rust(Additive, item, what)
            }
            _ => {}
        }
        let validate = format!("{item}::validate");
        match (o.validate, n.validate) {
            (Some(true), Some(false)) => self.rust(
                Breaking,
                validate,
                "removed: the type is no longer sent, or has nothing left to check",
            ),
            (Some(false), Some(true)) => self.rust(Additive, validate, "added"),
            _ => {}
        }
    }

    fn struct_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        let sent = n.used_in.iter().any(|u| u == "request");
        for field in paired(&o.fields, &n.fields, |f| f.name.as_str()) {
            let field_item = format!("{item}::{}", field.latest().name);
            let what = |f: &FieldRec| format!("field `{}`", f.wire_name);
            match field {
                Added(f) => {
                    self.member_added(field_item, f.required, what(f), &format!("{item}::new"))
                }
                Removed(f) => self.rust(Breaking, field_item, format!("{} removed", what(f))),
                Both(of, nf) => self.field(item, of, nf, sent),
            }
        }
        if o.constructor != n.constructor {
            let (was, now) = (show(&o.constructor), show(&n.constructor));
            self.rust(Breaking, item, format!("built with `{now}` (was `{was}`)"));
        }
        if o.additional != n.additional {
            let map =
                |t: &Option<String>| show(&t.as_ref().map(|t| format!("BTreeMap<String, {t}>")));
            let what = format!("`{}` -> `{}`", map(&o.additional), map(&n.additional));
            self.rust(Breaking, format!("{item}::additional_properties"), what);
        }
    }

    fn field(&mut self, base: &str, o: &FieldRec, n: &FieldRec, sent: bool) {
        let item = format!("{base}::{}", n.name);
        let retyped = format!("`{}` -> `{}`", o.rust_type, n.rust_type);
        if o.required != n.required {
            let what = if n.required {
                format!("made required: {retyped}, and {base}::new takes it")
            } else {
                format!("made optional: {retyped}, and {base}::new no longer takes it")
            };
            self.rust(Breaking, &item, what);
        } else if o.rust_type != n.rust_type {
            self.rust(Breaking, &item, format!("type {retyped}"));
        }
        if o.wire_name != n.wire_name {
            let what = format!("sent as `{}` (was `{}`)", n.wire_name, o.wire_name);
            self.wire(Breaking, &item, what);
        }
        self.deprecated(&item, o.deprecated, n.deprecated);
        if sent {
            self.constraints(&item, &o.constraints, &n.constraints);
        } else if o.constraints != n.constraints {
            let what = "constraint changed on a value only received (not checked)";
            self.wire(Docs, &item, what);
        }
        self.docs(&item, &o.docs, &n.docs);
    }

    fn enum_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        if o.repr != n.repr || o.unknown != n.unknown {
            let values =
                |t: &TypeRec| format!("{} values, fallback `{}`", show(&t.repr), show(&t.unknown));
            let what = format!("{} (were {})", values(n), values(o));
            self.rust(Breaking, item, what);
        }
        let received = n.used_in.iter().any(|u| u == "response");
        let fallback = if received {
            " (was received as the fallback variant)"
        } else {
            ""
        };
        for variant in paired(&o.variants, &n.variants, |v| v.name.as_str()) {
            let item = format!("{item}::{}", variant.latest().name);
            match variant {
                // `#[non_exhaustive]`, and unknown values already had the fallback.
                Added(v) => self.rust(Additive, item, format!("new value `{}`{fallback}", v.value)),
                Removed(v) => self.rust(Breaking, item, format!("value `{}` removed", v.value)),
                Both(o, n) if o.value != n.value => {
                    let what = format!("now sent as `{}` (was `{}`)", n.value, o.value);
                    self.wire(Breaking, item, what)
                }
                Both(o, n) => self.docs(&item, &o.docs, &n.docs),
            }
        }
    }

    fn one_of_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        for variant in paired(&o.one_of, &n.one_of, |v| v.name.as_str()) {
            let item = format!("{item}::{}", variant.latest().name);
            // `oneOf` enums are exhaustive (they have no fallback variant): a new
            // alternative breaks every `match` on the type.
            let what = match variant {
                Added(v) => format!("new alternative `{}` in an exhaustive enum", v.value),
                Removed(v) => format!("alternative `{}` removed", v.value),
                Both(o, n) if o.value != n.value => {
                    format!("holds `{}` (was `{}`)", n.value, o.value)
                }
                Both(..) => continue,
            };
            self.rust(Breaking, item, what);
        }
        if o.discriminator != n.discriminator {
            let (was, now) = (show(&o.discriminator), show(&n.discriminator));
            let what = format!("discriminator `{now}` (was `{was}`)");
            self.wire(Breaking, item, what);
        }
    }
}
