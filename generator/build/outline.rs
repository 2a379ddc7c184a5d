//! The runtime's public API as its sources declare it, for the API record (`api.json`):
//! what `lib.rs` re-exports, and for each public type, trait, alias or function its public
//! members (methods with their signatures, fields, variants, trait impls and derives).
//! Items marked `#[doc(hidden)]` or `#[cfg(test)]` are left out, as are `pub(crate)` ones.
//! Written into the generator as Rust constants, so generating costs no parsing.

use quote::ToTokens;
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write as _;
use syn::{Attribute, Fields, ImplItem, Item, TraitItem, UseTree, Visibility};

/// A public item: its kind and its members, by key (`fn body`, `impl Deref`, `field x`).
#[derive(Default)]
struct Declared {
    kind: String,
    members: BTreeMap<String, String>,
}

/// What the runtime's files declare, by item name.
#[derive(Default)]
struct Outline {
    items: BTreeMap<String, Declared>,
    /// Members found in `impl` blocks, by the name of the type they are for.
    impls: BTreeMap<String, BTreeMap<String, String>>,
    /// Every trait the runtime declares, public or not, and whether it is public.
    traits: BTreeMap<String, bool>,
    /// `lib.rs`'s public, documented re-exports: the name and the path it comes from.
    uses: Vec<(String, String)>,
}

/// The Rust text of the constants `PUBLIC_USES` and `PUBLIC_ITEMS`.
pub fn constants(files: &[(String, String)]) -> Result<String, Box<dyn Error>> {
    let mut outline = Outline::default();
    for (name, text) in files {
        let file = syn::parse_file(text).map_err(|e| format!("runtime/src/{name}: {e}"))?;
        if name == "lib.rs" {
            for item in &file.items {
                if let Item::Use(u) = item {
                    if is_public(&u.vis) && shown(&u.attrs) {
                        flatten(&u.tree, String::new(), &mut outline.uses)?;
                    }
                }
            }
        }
        outline.walk(&file.items, name)?;
    }
    outline.uses.sort();
    let mut out = String::from(
        "/// The runtime's public, documented re-exports in its `lib.rs`: the name and the\n\
         /// path it comes from.\n\
         pub const PUBLIC_USES: &[(&str, &str)] = &[\n",
    );
    for (name, path) in &outline.uses {
        writeln!(out, "    ({name:?}, {path:?}),")?;
    }
    out.push_str(
        "];\n/// A public item of the runtime: name, kind and members (`fn name`, `impl Trait`,\n\
         /// `field name`, `variant Name`) with their signature, type or fields.\n\
         pub type PublicItem = (&'static str, &'static str, &'static [(&'static str, &'static str)]);\n\
         /// The runtime's public items.\n\
         pub const PUBLIC_ITEMS: &[PublicItem] = &[\n",
    );
    for (name, mut item) in std::mem::take(&mut outline.items) {
        if let Some(members) = outline.impls.remove(&name) {
            item.members.extend(members);
        }
        let members: Vec<String> = item
            .members
            .iter()
            .map(|(k, v)| format!("({k:?}, {v:?})"))
            .collect();
        writeln!(
            out,
            "    ({name:?}, {:?}, &[{}]),",
            item.kind,
            members.join(", ")
        )?;
    }
    out.push_str("];\n");
    Ok(out)
}

impl Outline {
    fn walk(&mut self, items: &[Item], file: &str) -> Result<(), Box<dyn Error>> {
        for item in items {
            match item {
                Item::Mod(m) if shown(&m.attrs) => {
                    if let Some((_, inner)) = &m.content {
                        self.walk(inner, file)?;
                    }
                }
                Item::Struct(s) if is_public(&s.vis) && shown(&s.attrs) => {
                    let mut d = declared("struct", &s.attrs);
                    fields(&s.fields, &mut d.members);
                    self.declare(&s.ident.to_string(), d, file)?;
                }
                Item::Enum(e) if is_public(&e.vis) && shown(&e.attrs) => {
                    let mut d = declared("enum", &e.attrs);
                    for v in e.variants.iter().filter(|v| shown(&v.attrs)) {
                        d.members
                            .insert(format!("variant {}", v.ident), shape(&v.fields));
                    }
                    self.declare(&e.ident.to_string(), d, file)?;
                }
                Item::Trait(t) => {
                    let public = is_public(&t.vis) && shown(&t.attrs);
                    self.traits.insert(t.ident.to_string(), public);
                    if public {
                        let mut d = declared("trait", &t.attrs);
                        for i in &t.items {
                            if let TraitItem::Fn(f) = i {
                                let provided = if f.default.is_some() {
                                    " (provided)"
                                } else {
                                    ""
                                };
                                let sig = tidy(&f.sig.to_token_stream().to_string());
                                d.members.insert(
                                    format!("fn {}", f.sig.ident),
                                    format!("{sig}{provided}"),
                                );
                            }
                        }
                        self.declare(&t.ident.to_string(), d, file)?;
                    }
                }
                Item::Type(t) if is_public(&t.vis) && shown(&t.attrs) => {
                    let mut d = declared("type", &t.attrs);
                    let target = tidy(&t.ty.to_token_stream().to_string());
                    d.members.insert("type".to_string(), target);
                    self.declare(&t.ident.to_string(), d, file)?;
                }
                Item::Fn(f) if is_public(&f.vis) && shown(&f.attrs) => {
                    let mut d = declared("fn", &f.attrs);
                    let sig = tidy(&f.sig.to_token_stream().to_string());
                    d.members.insert("fn".to_string(), sig);
                    self.declare(&f.sig.ident.to_string(), d, file)?;
                }
                Item::Impl(i) if shown(&i.attrs) => self.implementation(i),
                _ => {}
            }
        }
        Ok(())
    }

    fn declare(&mut self, name: &str, d: Declared, file: &str) -> Result<(), Box<dyn Error>> {
        if self.items.insert(name.to_string(), d).is_some() {
            return Err(format!(
                "runtime/src/{file}: a second public item named `{name}`; the API record \
                 keys the runtime's items by name"
            )
            .into());
        }
        Ok(())
    }

    fn implementation(&mut self, i: &syn::ItemImpl) {
        let syn::Type::Path(ty) = &*i.self_ty else {
            return;
        };
        let Some(type_name) = ty.path.segments.last().map(|s| s.ident.to_string()) else {
            return;
        };
        let members = self.impls.entry(type_name).or_default();
        if let Some((_, path, _)) = &i.trait_ {
            let Some(last) = path.segments.last() else {
                return;
            };
            members.insert(
                format!("impl {}", tidy(&last.to_token_stream().to_string())),
                String::new(),
            );
            return;
        }
        for item in &i.items {
            if let ImplItem::Fn(f) = item {
                if is_public(&f.vis) && shown(&f.attrs) {
                    let sig = tidy(&f.sig.to_token_stream().to_string());
                    members.insert(format!("fn {}", f.sig.ident), sig);
                }
            }
        }
    }
}

/// A declared item of `kind`, with its derives as trait impls; `#[non_exhaustive]` is
/// part of the kind, since it decides whether a new field or variant breaks anyone.
fn declared(kind: &str, attrs: &[Attribute]) -> Declared {
    let mut d = Declared {
        kind: kind.to_string(),
        members: BTreeMap::new(),
    };
    for attr in attrs {
        if attr.path().is_ident("non_exhaustive") {
            d.kind.push_str(" (non_exhaustive)");
        }
        if attr.path().is_ident("derive") {
            let _ = attr.parse_nested_meta(|meta| {
                if let Some(last) = meta.path.segments.last() {
                    d.members
                        .insert(format!("impl {}", last.ident), String::new());
                }
                Ok(())
            });
        }
    }
    d
}

/// A struct's public fields with their types.
fn fields(fields: &Fields, members: &mut BTreeMap<String, String>) {
    for (i, f) in fields.iter().enumerate() {
        if is_public(&f.vis) && shown(&f.attrs) {
            let name = f
                .ident
                .as_ref()
                .map_or_else(|| i.to_string(), |n| n.to_string());
            members.insert(
                format!("field {name}"),
                tidy(&f.ty.to_token_stream().to_string()),
            );
        }
    }
}

/// A variant's fields as written, without their docs: `(T)`, `{ a: T, b: U }` or nothing.
fn shape(fields: &Fields) -> String {
    let ty = |f: &syn::Field| tidy(&f.ty.to_token_stream().to_string());
    match fields {
        Fields::Unit => String::new(),
        Fields::Unnamed(u) => {
            let types: Vec<String> = u.unnamed.iter().map(ty).collect();
            format!("({})", types.join(", "))
        }
        Fields::Named(n) => {
            let named: Vec<String> = n
                .named
                .iter()
                .map(|f| {
                    let name = f
                        .ident
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    format!("{name}: {}", ty(f))
                })
                .collect();
            format!("{{ {} }}", named.join(", "))
        }
    }
}

/// `pub` without restriction.
fn is_public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

/// Not `#[doc(hidden)]` and not `#[cfg(test)]`.
fn shown(attrs: &[Attribute]) -> bool {
    !attrs.iter().any(|a| {
        let text = a.meta.to_token_stream().to_string().replace(' ', "");
        text == "doc(hidden)" || text == "cfg(test)"
    })
}

/// The names a `use` tree brings in, with their paths.
fn flatten(
    tree: &UseTree,
    prefix: String,
    out: &mut Vec<(String, String)>,
) -> Result<(), Box<dyn Error>> {
    let join = |name: &str| {
        if prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}::{name}")
        }
    };
    match tree {
        UseTree::Path(p) => flatten(&p.tree, join(&p.ident.to_string()), out)?,
        UseTree::Name(n) => out.push((n.ident.to_string(), join(&n.ident.to_string()))),
        UseTree::Rename(r) => out.push((r.rename.to_string(), join(&r.ident.to_string()))),
        UseTree::Group(g) => {
            for t in &g.items {
                flatten(t, prefix.clone(), out)?;
            }
        }
        UseTree::Glob(_) => {
            return Err(format!(
                "runtime/src/lib.rs: `pub use {prefix}::*` cannot be recorded; list the names"
            )
            .into());
        }
    }
    Ok(())
}

/// Token text as Rust is written: no space inside brackets, before punctuation or after
/// `&` and `::`.
fn tidy(tokens: &str) -> String {
    let mut text = tokens.to_string();
    for (from, to) in [
        (" (", "("),
        ("( ", "("),
        (" )", ")"),
        (" ,", ","),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" ::", "::"),
        (":: ", "::"),
        ("& ", "&"),
        (" :", ":"),
        ("[ ", "["),
        (" ]", "]"),
        (" ;", ";"),
        ("' ", "'"),
        ("! ", "!"),
        ("? ", "?"),
        (",)", ")"),
    ] {
        while text.contains(from) {
            text = text.replace(from, to);
        }
    }
    // The rules above take the space after a comma that comes before a bracket.
    let mut out = String::with_capacity(text.len());
    let mut chars = text.trim_end_matches(',').chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == ',' && chars.peek().is_some_and(|n| !n.is_whitespace()) {
            out.push(' ');
        }
    }
    out.replace("->", " -> ").replace("  ", " ")
}
