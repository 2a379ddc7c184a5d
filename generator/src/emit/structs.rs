//! Emits structs (models and parameter structs): fields, serde impls, the constructor, `with_*` setters and `validate`.

use super::checks::field_check;
use super::compose::flattened_serde_impls;
use super::models::{extra_cfg, extra_features_doc};
use super::{Docs, Scope, braced, ident, rust_type};
use crate::ir::{Constructor, Field, TypeRef, Usage, features};
use proc_macro2::TokenStream;
use quote::quote;

/// What [`struct_tokens`] writes a struct from.
pub(super) struct StructDef<'a> {
    pub(super) name: &'a str,
    pub(super) docs: TokenStream,
    pub(super) fields: &'a [Field],
    pub(super) constructor: Constructor,
    /// It has a `validate` that checks something.
    pub(super) validates: bool,
    pub(super) additional: Option<&'a TypeRef>,
    pub(super) scope: Scope,
    /// `None` for a parameter struct (no serde; built by callers).
    pub(super) usage: Option<&'a Usage>,
    /// The `#[cfg]` of every item written (the features of the type's use).
    pub(super) gate: &'a TokenStream,
}

/// A struct, with a constructor from its required fields, `with_*` setters for the
/// others and `validate` when it checks anything. It is `#[non_exhaustive]` so that a
/// property added to the spec later does not break code that builds it.
///
/// `usage` is `None` for a parameter struct (no serde; built by callers). A model derives
/// `Serialize` if it is sent and `Deserialize` if it is received; what its use does not
/// need, and the constructors of a type that is only received, are compiled only under
/// [`extra_cfg`], for tests and for callers who store or re-send values.
pub(super) fn struct_tokens(def: StructDef<'_>, docs_out: &mut Docs) -> TokenStream {
    let usage = Use::of(def.usage);
    let name = ident(def.name);
    let has_flatten = def.fields.iter().any(|f| f.flatten);
    // A struct of named properties gets its serde impls from the runtime's macros (see
    // `serialize_impl`); flattened members keep hand-written impls and additional
    // properties serde's derives.
    let derived_serde = usage.serde && !has_flatten && def.additional.is_some();
    let derives = derives(&def, &usage, derived_serde);
    // Serde attributes go on the struct's fields only for the derives; with flattened
    // fields they go on the helper structs of the hand-written impls.
    let field_defs: Vec<TokenStream> = def
        .fields
        .iter()
        .map(|f| field_def(f, def.scope, derived_serde, docs_out))
        .collect();
    let serde_impls = serde_impls(&def, &usage, &name, docs_out);
    let additional_field = def.additional.map(|ty| {
        let with = ty
            .in_format()
            .then(|| quote!(with = "crate::runtime::formats",));
        let ty = rust_type(ty, def.scope);
        let attr = (usage.serde && !has_flatten).then(|| quote!(#[serde(#with flatten)]));
        quote! {
            /// Properties the spec does not list by name.
            #attr
            pub additional_properties: ::std::collections::BTreeMap<String, #ty>,
        }
    });
    let methods = methods(&def, &usage, &name);
    let StructDef {
        docs,
        gate: type_gate,
        ..
    } = def;
    let mut out = quote! {
        #type_gate
        #docs
        #derives
        #[non_exhaustive]
        pub struct #name
    };
    // The fields and impls are moved in, not interpolated (see `braced`).
    out.extend([braced(field_defs.into_iter().chain(additional_field))]);
    out.extend(serde_impls);
    out.extend(methods);
    out
}

/// What a struct's use gives it, worked out once for its parts.
struct Use<'a> {
    usage: Option<&'a Usage>,
    /// It has serde impls (a model, not a parameter struct).
    serde: bool,
    sent: bool,
    received: bool,
    /// Its constructor and setters are compiled by default.
    builders: bool,
    /// The `cfg` under which what its use does not need is compiled.
    extra: TokenStream,
}

impl<'a> Use<'a> {
    fn of(usage: Option<&'a Usage>) -> Use<'a> {
        // A parameter struct is built by callers and checked, never encoded.
        let (sent, received, builders) = match usage {
            Some(u) => (u.serializes(), u.deserializes(), u.has_builders()),
            None => (true, false, true),
        };
        Use {
            usage,
            serde: usage.is_some(),
            sent,
            received,
            builders,
            extra: extra_cfg(usage),
        }
    }
}

/// The struct's derives: serde's only for a struct with additional properties, and what
/// its use does not need under [`extra_cfg`].
fn derives(def: &StructDef<'_>, usage: &Use<'_>, derived_serde: bool) -> TokenStream {
    let default = (def.constructor == Constructor::Default).then(|| quote!(Default,));
    if !derived_serde {
        return quote!(#[derive(Clone, Debug, #default PartialEq)]);
    }
    let mut plain = Vec::new();
    let mut extra_derives = Vec::new();
    for (wanted, path) in [
        (usage.sent, quote!(::serde::Serialize)),
        (usage.received, quote!(::serde::Deserialize)),
    ] {
        if wanted {
            plain.push(path);
        } else {
            extra_derives.push(path);
        }
    }
    let extra = &usage.extra;
    let extra_attr = (!extra_derives.is_empty())
        .then(|| quote!(#[cfg_attr(#extra, derive(#(#extra_derives),*))]));
    quote! {
        #[derive(Clone, Debug, #default PartialEq, #(#plain),*)]
        #extra_attr
    }
}

/// The hand-written serde impls: through the runtime's macros for named properties,
/// written out for flattened members; none for a parameter struct or one that derives.
fn serde_impls(
    def: &StructDef<'_>,
    usage: &Use<'_>,
    name: &proc_macro2::Ident,
    docs_out: &mut Docs,
) -> Option<TokenStream> {
    let extra = &usage.extra;
    let type_gate = def.gate;
    let fields = def.fields;
    if !usage.serde {
        return None;
    }
    if fields.iter().any(|f| f.flatten) {
        let with_attrs: Vec<TokenStream> = fields
            .iter()
            .map(|f| field_def(f, def.scope, true, docs_out))
            .collect();
        let gate = |wanted: bool| {
            let extra = (!wanted).then(|| quote!(#[cfg(#extra)]));
            Some(quote!(#type_gate #extra))
        };
        return Some(flattened_serde_impls(
            name,
            fields,
            &with_attrs,
            def.additional,
            (gate(usage.sent), gate(usage.received)),
        ));
    }
    if def.additional.is_some() {
        return None;
    }
    let gate = |wanted: bool| (!wanted).then(|| quote!(#[cfg(#extra)]));
    let ser = serialize_impl(name, fields, gate(usage.sent));
    let de = deserialize_impl(name, fields, gate(usage.received));
    // One item, so that a crate with features by tag writes the type's gate once; the
    // macros (crate-private, in the runtime) and the runtime items they use are named
    // through `__rt`, which `models.rs` brings into scope once at its head.
    let mut item = quote!(#type_gate const _: () =);
    item.extend([braced([ser, de])]);
    item.extend(quote!(;));
    Some(item)
}

/// The `impl` with the constructor and `validate`, when it has either, and the setters.
fn methods(def: &StructDef<'_>, usage: &Use<'_>, name: &proc_macro2::Ident) -> Option<TokenStream> {
    let builders_gate = builders_gate(usage);
    let new = constructor(def, name, builders_gate.as_ref());
    let setters = setters(def, name, builders_gate.as_ref());
    let validate = validate(def, usage.usage);
    let type_gate = def.gate;
    let methods = (new.is_some() || validate.is_some()).then(|| {
        let mut methods = quote!(#type_gate impl #name);
        methods.extend([braced(new.into_iter().chain(validate))]);
        methods
    });
    let setters = setters.map(|setters| {
        let mut gated = type_gate.clone();
        gated.extend(setters);
        gated
    });
    (methods.is_some() || setters.is_some()).then(|| methods.into_iter().chain(setters).collect())
}

/// Values only received are built by decoding: their constructors are for tests, under
/// [`extra_cfg`].
fn builders_gate(usage: &Use<'_>) -> Option<TokenStream> {
    if usage.builders {
        return None;
    }
    // A type a schema no operation uses holds may still be sent, by its holder's users.
    let why = if usage.usage.is_some_and(|u| u.held_by_unused) {
        "operations only receive it"
    } else {
        "values of this type are only received"
    };
    let note = format!(" With {}: {why}.", extra_features_doc(usage.usage));
    let extra = &usage.extra;
    Some(quote! {
        ///
        #[doc = #note]
        #[cfg(#extra)]
    })
}

/// `new`, from the required fields; none when every field is optional (`Default` is the
/// constructor then).
fn constructor(
    def: &StructDef<'_>,
    name: &proc_macro2::Ident,
    builders_gate: Option<&TokenStream>,
) -> Option<TokenStream> {
    if def.constructor == Constructor::Default {
        return None;
    }
    let required: Vec<&Field> = def.fields.iter().filter(|f| f.required).collect();
    let args = required.iter().map(|f| {
        let fname = ident(&f.name);
        let ty = arg_type(f, def.scope);
        quote!(#fname: #ty)
    });
    let inits = def.fields.iter().map(|f| {
        let fname = ident(&f.name);
        if !f.required {
            quote!(#fname: None)
        } else if f.nullable {
            let boxed = f.boxed.then(|| quote!(.map(Box::new)));
            match boxed {
                Some(boxed) => quote!(#fname: #fname #boxed),
                None => quote!(#fname),
            }
        } else if f.ty != TypeRef::String && !f.boxed {
            quote!(#fname)
        } else {
            let value = arg_value(f);
            quote!(#fname: #value)
        }
    });
    let additional_init = def
        .additional
        .map(|_| quote!(additional_properties: ::std::collections::BTreeMap::new(),));
    let many = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    Some(quote! {
        /// Creates a value from its required fields; set the others with the `with_*` methods.
        #builders_gate
        #many
        pub fn new(#(#args),*) -> Self {
            #name { #(#inits,)* #additional_init }
        }
    })
}

/// A `with_*` setter per optional field, from the runtime's `setters!`: each entry's mode
/// names what the setter takes and stores, as `arg_type` and `arg_value` below do for the
/// constructor.
fn setters(
    def: &StructDef<'_>,
    name: &proc_macro2::Ident,
    builders_gate: Option<&TokenStream>,
) -> Option<TokenStream> {
    let entries: Vec<TokenStream> = def
        .fields
        .iter()
        .filter(|f| !f.required)
        .map(|f| {
            let fname = ident(&f.name);
            let setter = ident(&f.name.setter());
            let string = f.ty == TypeRef::String;
            let (mode, ty) = match (f.nullable, string, f.boxed) {
                (true, _, true) => ("nullbox", rust_type(&f.ty, def.scope)),
                (true, _, false) => ("null", rust_type(&f.ty, def.scope)),
                // Strings are never boxed: only a type that holds itself is.
                (false, true, false) => ("into", quote!(String)),
                (false, _, true) => ("boxed", rust_type(&f.ty, def.scope)),
                (false, false, false) => ("val", rust_type(&f.ty, def.scope)),
            };
            let mode = proc_macro2::Ident::new(mode, proc_macro2::Span::call_site());
            // rustdoc cannot link to raw identifiers, so those are named without a link;
            // the others get the macro's link to their field.
            let doc = f.name.raw_name().map(|raw| {
                let doc = format!(" Sets the `{raw}` field.");
                quote!(#[doc = #doc])
            });
            quote!(#doc #setter #mode #fname: #ty)
        })
        .collect();
    (!entries.is_empty()).then(|| {
        quote! {
            __rt::setters!(#name, [#builders_gate], [#(#entries),*]);
        }
    })
}

/// `validate`, when the struct checks something. Only values that are sent are checked;
/// a schema no operation uses checks what it holds, with its feature.
fn validate(def: &StructDef<'_>, usage: Option<&Usage>) -> Option<TokenStream> {
    let validate_gate = match usage {
        Some(u) if !def.validates && u.validates && u.held_by_unused => {
            // A webhook's payload that holds it may be compiled with `webhooks` alone.
            let mut features = vec![features::UNUSED_SCHEMAS.to_string()];
            if u.in_webhooks {
                features.push(features::WEBHOOKS.to_string());
            }
            Some(super::gate_attr(&features))
        }
        _ => None,
    };
    (def.validates || validate_gate.is_some()).then(|| {
        let checks = def.fields.iter().filter_map(field_check);
        quote! {
            /// Checks the constraints the spec declares (lengths, ranges, item counts),
            /// including those of nested values.
            #validate_gate
            pub fn validate(&self) -> Result<(), crate::InvalidRequest> {
                #(#checks)*
                Ok(())
            }
        }
    })
}

/// `Serialize` for a struct of named properties, through the runtime's
/// `serialize_struct!` (what `#[derive(Serialize)]` with `skip_serializing_if =
/// "Option::is_none"` on the optional fields does, at a fraction of its compile time).
pub(super) fn serialize_impl(
    name: &proc_macro2::Ident,
    fields: &[Field],
    gate: Option<TokenStream>,
) -> TokenStream {
    let items = fields
        .iter()
        .map(|f| {
            let fname = ident(&f.name);
            let wire = &f.wire_name;
            let kind = if f.required { quote!(req) } else { quote!(opt) };
            let fmt = in_format(f).then(|| quote!(fmt));
            quote!((#wire #fname #kind #fmt))
        })
        .collect();
    let items = grouped(items);
    quote! {
        #gate
        __rt::serialize_struct!(#name, [#(#items),*]);
    }
}

/// `Deserialize` for a struct of named properties, through the runtime's
/// `deserialize_struct!`; each property's kind says what its absence gives.
pub(super) fn deserialize_impl(
    name: &proc_macro2::Ident,
    fields: &[Field],
    gate: Option<TokenStream>,
) -> TokenStream {
    let names = fields.iter().map(|f| {
        let fname = ident(&f.name);
        let wire = &f.wire_name;
        quote!(#wire #fname)
    });
    let plan = fields
        .iter()
        .map(|f| {
            let fname = ident(&f.name);
            let kind = if is_collection(f) {
                quote!(coll)
            } else if f.required && !f.nullable {
                quote!(req)
            } else if f.required || !f.nullable {
                quote!(default)
            } else {
                quote!(keep)
            };
            let fmt = in_format(f).then(|| quote!(fmt));
            quote!((#fname #kind #fmt))
        })
        .collect();
    let plan = grouped(plan);
    quote! {
        #gate
        __rt::deserialize_struct!(#name, [#(#names),*], [#(#plan),*]);
    }
}

/// `items` grouped by twelve, and the groups again, until one list of twelve holds them:
/// the runtime's `Fields` and `ReadFields` are implemented for tuples of up to twelve.
fn grouped(mut items: Vec<TokenStream>) -> Vec<TokenStream> {
    while items.len() > GROUP {
        items = items
            .chunks(GROUP)
            .map(|group| quote!([#(#group),*]))
            .collect();
    }
    items
}

/// The most items `serialize_struct!` and `deserialize_struct!` take in one list.
const GROUP: usize = 12;

/// A field definition, with its serde attributes when `serde`.
pub(super) fn field_def(f: &Field, scope: Scope, serde: bool, docs_out: &mut Docs) -> TokenStream {
    let fname = ident(&f.name);
    let ty = field_type(f, scope);
    let mut text = f
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` property.", f.wire_name));
    if f.flatten {
        text = f.doc.clone().unwrap_or_default();
    } else if f.deprecated {
        text.push_str("\n\n**Deprecated** in the spec.");
    }
    let docs = docs_out.attr(Some(text.as_str()).filter(|t| !t.is_empty()));
    if !serde {
        return quote! { #docs pub #fname: #ty, };
    }
    let wire = &f.wire_name;
    // A field named as on the wire needs no `rename`.
    let rename = (f.name != *wire).then(|| quote!(rename = #wire,));
    let attrs = if in_format(f) {
        format_attrs(f, rename)
    } else if f.flatten {
        quote!(#[serde(flatten)])
    } else if is_collection(f) {
        quote!(#[serde(#rename default, deserialize_with = "crate::runtime::null_as_default")])
    } else if f.required {
        match &rename {
            Some(_) => quote!(#[serde(rename = #wire)]),
            None => quote!(),
        }
    } else if f.nullable {
        quote!(#[serde(#rename default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::runtime::double_option")])
    } else {
        quote!(#[serde(#rename default, skip_serializing_if = "Option::is_none")])
    };
    quote! { #docs #attrs pub #fname: #ty, }
}

/// The field holds values in a format, which serde reads and writes through the runtime's
/// `formats` (marked `fmt` for the struct macros).
fn in_format(f: &Field) -> bool {
    !f.flatten && f.ty.in_format()
}

/// The serde attributes of a derived field in a format: those of [`field_def`], with the
/// runtime's `formats` functions in place of serde's own and of the plain helpers.
fn format_attrs(f: &Field, rename: Option<TokenStream>) -> TokenStream {
    let ser = quote!(serialize_with = "crate::runtime::formats::serialize");
    if is_collection(f) {
        quote!(#[serde(#rename default, #ser, deserialize_with = "crate::runtime::formats::null_as_default")])
    } else if f.required {
        quote!(#[serde(#rename with = "crate::runtime::formats")])
    } else if f.nullable {
        quote!(#[serde(#rename default, skip_serializing_if = "Option::is_none", #ser, deserialize_with = "crate::runtime::formats::double_option")])
    } else {
        quote!(#[serde(#rename default, skip_serializing_if = "Option::is_none", with = "crate::runtime::formats")])
    }
}

/// A required, non-nullable array or map, which decodes `null` or absence as empty: Go
/// servers send a nil slice or map as `null`.
pub(super) fn is_collection(f: &Field) -> bool {
    f.required && !f.nullable && !f.boxed && matches!(f.ty, TypeRef::Vec(_) | TypeRef::Map(_))
}

/// The declared type of a field: `Option` unless required and not nullable.
pub(super) fn field_type(f: &Field, scope: Scope) -> TokenStream {
    let mut ty = rust_type(&f.ty, scope);
    if f.boxed {
        ty = quote!(Box<#ty>);
    }
    if f.nullable {
        ty = quote!(Option<#ty>);
    }
    if !f.required {
        // Optional and nullable: `None` is absent, `Some(None)` is an explicit `null`.
        ty = quote!(Option<#ty>);
    }
    ty
}

/// The type a constructor or setter takes: strings as `impl Into<String>`.
pub(super) fn arg_type(f: &Field, scope: Scope) -> TokenStream {
    let base = match f.ty {
        TypeRef::String => quote!(impl Into<String>),
        _ => rust_type(&f.ty, scope),
    };
    if f.nullable {
        let ty = rust_type(&f.ty, scope);
        quote!(Option<#ty>)
    } else {
        base
    }
}

/// Converts a constructor or setter argument into the field's stored form.
pub(super) fn arg_value(f: &Field) -> TokenStream {
    let fname = ident(&f.name);
    // Only strings are taken as `impl Into`; converting anything else would be a no-op.
    if f.nullable {
        // Taken as `Option<T>`, where `None` means `null`.
        return if f.boxed {
            quote!(#fname.map(Box::new))
        } else {
            quote!(#fname)
        };
    }
    let value = if f.ty == TypeRef::String {
        quote!(#fname.into())
    } else {
        quote!(#fname)
    };
    if f.boxed {
        quote!(Box::new(#value))
    } else {
        value
    }
}
