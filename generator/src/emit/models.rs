//! Emits `models.rs` (schemas as structs, enums and aliases) and `params.rs` (the query,
//! header and cookie parameters of each operation).

use super::{Scope, doc_attr, ident, is_struct, rust_type};
use crate::ir::{Api, Constraints, Enum, Field, OneOf, Param, Struct, TypeDef, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// The `models` module.
pub fn models(api: &Api) -> TokenStream {
    let items = api.types.iter().map(|t| match &t.kind {
        TypeKind::Struct(s) => struct_def(api, t, s),
        TypeKind::Enum(e) => enum_def(t, e),
        TypeKind::Alias(ty) => alias_def(t, ty),
        TypeKind::OneOf(o) => one_of_def(t, o),
    });
    quote! {
        //! Data types from the spec's schemas.
        #(#items)*
    }
}

/// The `params` module, or nothing when no operation has such parameters.
pub fn params(api: &Api) -> Option<TokenStream> {
    let items: Vec<TokenStream> = api
        .operations
        .iter()
        .filter_map(|op| {
            let name = op.params_name.as_ref()?;
            let fields: Vec<Field> = op.params.iter().map(param_field).collect();
            let doc = format!(
                "Query, header and cookie parameters of [`Client::{}`](crate::Client::{}).",
                op.fn_name.trim_start_matches("r#"),
                op.fn_name.trim_start_matches("r#")
            );
            let def = TypeDef {
                name: name.clone(),
                doc: Some(doc),
                pointer: op.pointer.clone(),
                deprecated: false,
                kind: TypeKind::Struct(Struct {
                    fields,
                    additional: None,
                }),
            };
            Some(struct_tokens(
                api,
                &def,
                &def_fields(&def),
                None,
                Scope::Elsewhere,
                false,
            ))
        })
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(quote! {
        //! Parameters that operations take besides path parameters and the request body.
        #(#items)*
    })
}

fn def_fields(def: &TypeDef) -> Vec<Field> {
    match &def.kind {
        TypeKind::Struct(s) => s.fields.clone(),
        _ => Vec::new(),
    }
}

fn param_field(p: &Param) -> Field {
    let location = match p.location {
        crate::ir::ParamLocation::Query => "query",
        crate::ir::ParamLocation::Header => "header",
        crate::ir::ParamLocation::Cookie => "cookie",
        crate::ir::ParamLocation::Path => "path",
    };
    let doc = match &p.doc {
        Some(d) => format!("{d}\n\nSent as {location} parameter `{}`.", p.wire_name),
        None => format!("Sent as {location} parameter `{}`.", p.wire_name),
    };
    Field {
        name: p.name.clone(),
        wire_name: p.wire_name.clone(),
        ty: p.ty.clone(),
        required: p.required,
        nullable: false,
        doc: Some(doc),
        deprecated: p.deprecated,
        constraints: p.constraints.clone(),
        boxed: false,
        flatten: false,
    }
}

fn type_docs(t: &TypeDef) -> TokenStream {
    let mut text = t
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` schema.", t.name.trim_start_matches("r#")));
    if t.deprecated {
        text.push_str("\n\n**Deprecated** in the spec.");
    }
    doc_attr(Some(&text))
}

fn struct_def(api: &Api, t: &TypeDef, s: &Struct) -> TokenStream {
    struct_tokens(
        api,
        t,
        &s.fields,
        s.additional.as_ref(),
        Scope::Models,
        true,
    )
}

/// A struct with a constructor from its required fields, `with_*` setters for the others
/// and `validate`. It is `#[non_exhaustive]` so that a property added to the spec later
/// does not break code that builds it.
fn struct_tokens(
    api: &Api,
    t: &TypeDef,
    fields: &[Field],
    additional: Option<&TypeRef>,
    scope: Scope,
    serde: bool,
) -> TokenStream {
    let name = ident(&t.name);
    let docs = type_docs(t);
    let all_optional = fields.iter().all(|f| !f.required);
    let default = all_optional.then(|| quote!(Default,));
    let has_flatten = fields.iter().any(|f| f.flatten);
    let derives = if serde && !has_flatten {
        quote!(#[derive(Clone, Debug, #default PartialEq, ::serde::Serialize, ::serde::Deserialize)])
    } else {
        quote!(#[derive(Clone, Debug, #default PartialEq)])
    };
    let field_defs: Vec<TokenStream> = fields.iter().map(|f| {
        let fname = ident(&f.name);
        let ty = field_type(f, scope);
        let mut text = f.doc.clone().unwrap_or_else(|| format!("The `{}` property.", f.wire_name));
        if f.deprecated {
            text.push_str("\n\n**Deprecated** in the spec.");
        }
        let docs = doc_attr(Some(&text));
        let wire = &f.wire_name;
        let serde_attrs = if !serde {
            quote!()
        } else if f.flatten {
            quote!(#[serde(flatten)])
        } else if f.required {
            quote!(#[serde(rename = #wire)])
        } else {
            if f.nullable {
                quote!(#[serde(rename = #wire, default, skip_serializing_if = "::std::option::Option::is_none", deserialize_with = "crate::runtime::double_option")])
            } else {
                quote!(#[serde(rename = #wire, default, skip_serializing_if = "::std::option::Option::is_none")])
            }
        };
        quote! { #docs #serde_attrs pub #fname: #ty, }
    }).collect();
    let flattened_serde = (serde && has_flatten)
        .then(|| flattened_serde_impls(&name, fields, &field_defs, additional.is_some()));
    let field_defs = if serde && has_flatten {
        // The attributes of flattened fields are handled by the hand-rolled impls.
        fields
            .iter()
            .zip(&field_defs)
            .map(|(f, def)| {
                if f.flatten {
                    let fname = ident(&f.name);
                    let ty = field_type(f, scope);
                    let docs = doc_attr(f.doc.as_deref());
                    quote! { #docs pub #fname: #ty, }
                } else {
                    strip_serde(def)
                }
            })
            .collect()
    } else {
        field_defs
    };
    let additional_field = additional.map(|ty| {
        let ty = rust_type(ty, scope);
        let attr = (serde && !has_flatten).then(|| quote!(#[serde(flatten)]));
        quote! {
            /// Properties the spec does not list by name.
            #attr
            pub additional_properties: ::std::collections::BTreeMap<::std::string::String, #ty>,
        }
    });
    let required: Vec<&Field> = fields.iter().filter(|f| f.required).collect();
    let args = required.iter().map(|f| {
        let fname = ident(&f.name);
        let ty = arg_type(f, scope);
        quote!(#fname: #ty)
    });
    let inits = fields.iter().map(|f| {
        let fname = ident(&f.name);
        if !f.required {
            quote!(#fname: ::std::option::Option::None)
        } else if f.nullable {
            let boxed = f.boxed.then(|| quote!(.map(::std::boxed::Box::new)));
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
    let additional_init =
        additional.map(|_| quote!(additional_properties: ::std::collections::BTreeMap::new(),));
    let many = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let setters = fields.iter().filter(|f| !f.required).map(|f| {
        let fname = ident(&f.name);
        let setter = ident(&format!("with_{}", f.name.trim_start_matches("r#")));
        let ty = arg_type(f, scope);
        let value = arg_value(f);
        // rustdoc cannot link to raw identifiers, so those are named without a link.
        let doc = match f.name.strip_prefix("r#") {
            Some(raw) => format!(" Sets the `{raw}` field."),
            None => format!(" Sets [`{0}`](Self::{0}).", f.name),
        };
        quote! {
            #[doc = #doc]
            pub fn #setter(mut self, #fname: #ty) -> Self {
                self.#fname = ::std::option::Option::Some(#value);
                self
            }
        }
    });
    let checks = fields.iter().filter_map(|f| field_check(api, f));
    quote! {
        #docs
        #derives
        #[non_exhaustive]
        pub struct #name {
            #(#field_defs)*
            #additional_field
        }

        #flattened_serde

        impl #name {
            /// Creates a value from its required fields; set the others with the `with_*` methods.
            #many
            pub fn new(#(#args),*) -> Self {
                #name { #(#inits,)* #additional_init }
            }

            #(#setters)*

            /// Checks the constraints the spec declares (lengths, ranges, item counts),
            /// including those of nested values.
            pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
                #(#checks)*
                ::std::result::Result::Ok(())
            }
        }
    }
}

/// The declared type of a field: `Option` unless required and not nullable.
fn field_type(f: &Field, scope: Scope) -> TokenStream {
    let mut ty = rust_type(&f.ty, scope);
    if f.boxed {
        ty = quote!(::std::boxed::Box<#ty>);
    }
    if f.nullable {
        ty = quote!(::std::option::Option<#ty>);
    }
    if !f.required {
        // Optional and nullable: `None` is absent, `Some(None)` is an explicit `null`.
        ty = quote!(::std::option::Option<#ty>);
    }
    ty
}

/// The type a constructor or setter takes: strings as `impl Into<String>`.
fn arg_type(f: &Field, scope: Scope) -> TokenStream {
    let base = match f.ty {
        TypeRef::String => quote!(impl ::std::convert::Into<::std::string::String>),
        _ => rust_type(&f.ty, scope),
    };
    if f.nullable {
        let ty = rust_type(&f.ty, scope);
        quote!(::std::option::Option<#ty>)
    } else {
        base
    }
}

/// Converts a constructor or setter argument into the field's stored form.
fn arg_value(f: &Field) -> TokenStream {
    let fname = ident(&f.name);
    // Only strings are taken as `impl Into`; converting anything else would be a no-op.
    if f.nullable {
        // Taken as `Option<T>`, where `None` means `null`.
        return if f.boxed {
            quote!(#fname.map(::std::boxed::Box::new))
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
        quote!(::std::boxed::Box::new(#value))
    } else {
        value
    }
}

/// The checks of one field, or `None` if it has nothing to check.
fn field_check(api: &Api, f: &Field) -> Option<TokenStream> {
    if f.flatten {
        return None;
    }
    let wire = &f.wire_name;
    let check = value_check(api, &f.ty, &f.constraints, quote!(#wire), quote!(v))?;
    let fname = ident(&f.name);
    Some(if !f.required && f.nullable {
        quote! { if let ::std::option::Option::Some(::std::option::Option::Some(v)) = &self.#fname { #check } }
    } else if !f.required || f.nullable {
        quote! { if let ::std::option::Option::Some(v) = &self.#fname { #check } }
    } else {
        quote! { { let v = &self.#fname; #check } }
    })
}

/// Checks for a value `v` (a reference) of type `ty`; `field` evaluates to its name.
pub(crate) fn value_check(
    api: &Api,
    ty: &TypeRef,
    c: &Constraints,
    field: TokenStream,
    v: TokenStream,
) -> Option<TokenStream> {
    let opt = |x: Option<u64>| match x {
        Some(n) => {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote!(::std::option::Option::Some(#n))
        }
        None => quote!(::std::option::Option::None),
    };
    let bound = |x: Option<(f64, bool)>| match x {
        Some((n, excl)) => {
            let n = proc_macro2::Literal::f64_unsuffixed(n);
            quote!(::std::option::Option::Some((#n, #excl)))
        }
        None => quote!(::std::option::Option::None),
    };
    let mut out = TokenStream::new();
    match ty {
        TypeRef::String if c.min_length.is_some() || c.max_length.is_some() => {
            let (min, max) = (opt(c.min_length), opt(c.max_length));
            out.extend(quote! { crate::runtime::check_length(#field, #v, #min, #max)?; });
        }
        TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64
            if c.minimum.is_some() || c.maximum.is_some() =>
        {
            let (min, max) = (bound(c.minimum), bound(c.maximum));
            let value = match ty {
                TypeRef::F64 => quote!(*#v),
                TypeRef::I64 => quote!(*#v as f64),
                _ => quote!(f64::from(*#v)),
            };
            out.extend(quote! { crate::runtime::check_range(#field, #value, #min, #max)?; });
        }
        TypeRef::Named(_) if is_struct(api, ty) => {
            out.extend(quote! { #v.validate().map_err(|e| e.within(#field))?; });
        }
        TypeRef::Vec(inner) => {
            if c.min_items.is_some() || c.max_items.is_some() {
                let (min, max) = (opt(c.min_items), opt(c.max_items));
                out.extend(quote! { crate::runtime::check_items(#field, #v.len(), #min, #max)?; });
            }
            if is_struct(api, inner) {
                out.extend(quote! {
                    for (i, item) in #v.iter().enumerate() {
                        item.validate().map_err(|e| e.within(&format!("{}[{}]", #field, i)))?;
                    }
                });
            }
        }
        TypeRef::Map(inner) if is_struct(api, inner) => {
            out.extend(quote! {
                for (key, item) in #v.iter() {
                    item.validate().map_err(|e| e.within(&format!("{}.{}", #field, key)))?;
                }
            });
        }
        _ => {}
    }
    (!out.is_empty()).then_some(out)
}

fn enum_def(t: &TypeDef, e: &Enum) -> TokenStream {
    let name = ident(&t.name);
    let docs = type_docs(t);
    let unknown = ident(&e.unknown);
    let variants = e.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let doc = format!(" `{:?}`.", v.value);
        quote! { #[doc = #doc] #vname, }
    });
    let values: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
    let to_str = e.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let value = &v.value;
        quote!(#name::#vname => #value,)
    });
    let from_str = e.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let value = &v.value;
        quote!(#value => #name::#vname,)
    });
    quote! {
        #docs
        ///
        /// Values the spec does not list are kept in the fallback variant rather than
        /// rejected, since the server may be newer than this client.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value the spec does not list.
            #unknown(::std::string::String),
        }

        impl #name {
            /// Every value the spec lists, in spec order.
            pub const VALUES: &'static [&'static str] = &[#(#values),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    #name::#unknown(value) => value,
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => #name::#unknown(other.to_owned()),
                }
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(#name::from(value))
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                ::std::result::Result::Ok(#name::from(value.as_str()))
            }
        }
    }
}

fn alias_def(t: &TypeDef, ty: &TypeRef) -> TokenStream {
    let name = ident(&t.name);
    let docs = type_docs(t);
    let ty = rust_type(ty, Scope::Models);
    quote! { #docs pub type #name = #ty; }
}

/// A `oneOf`/`anyOf` enum. It serializes as the chosen value itself; decoding uses the
/// discriminator when the value has a known one, and otherwise takes the first variant
/// that decodes, in spec order (what `#[serde(untagged)]` would do, but with the
/// discriminator consulted first, since the tag property stays part of the variant).
fn one_of_def(t: &TypeDef, o: &OneOf) -> TokenStream {
    let name = ident(&t.name);
    let docs = type_docs(t);
    let variants = o.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let mut ty = rust_type(&v.ty, Scope::Models);
        if v.boxed {
            ty = quote!(::std::boxed::Box<#ty>);
        }
        let doc = format!(" The `{}` alternative.", v.name.trim_start_matches("r#"));
        quote! { #[doc = #doc] #vname(#ty), }
    });
    let by_tag = o.discriminator.as_ref().map(|d| {
        let prop = &d.property;
        let arms = d.mapping.iter().map(|(value, variant)| {
            let vname = ident(variant);
            let wrap = if o.variants.iter().any(|v| v.name == *variant && v.boxed) {
                quote!(|v| #name::#vname(::std::boxed::Box::new(v)))
            } else {
                quote!(#name::#vname)
            };
            quote! {
                ::std::option::Option::Some(#value) => {
                    return ::serde_json::from_value(value).map(#wrap).map_err(D::Error::custom);
                }
            }
        });
        quote! {
            let tag = value.get(#prop).and_then(|tag| tag.as_str()).map(::std::borrow::ToOwned::to_owned);
            match tag.as_deref() {
                #(#arms)*
                _ => {}
            }
        }
    });
    let tries = o.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let wrap = if v.boxed {
            quote!(#name::#vname(::std::boxed::Box::new(v)))
        } else {
            quote!(#name::#vname(v))
        };
        quote! {
            if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
                return ::std::result::Result::Ok(#wrap);
            }
        }
    });
    let expecting = format!(
        "the value matches none of the alternatives of `{}`",
        t.name.trim_start_matches("r#")
    );
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
        #[serde(untagged)]
        pub enum #name {
            #(#variants)*
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                use ::serde::de::Error as _;
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                #by_tag
                #(#tries)*
                ::std::result::Result::Err(D::Error::custom(#expecting))
            }
        }
    }
}

/// Removes `#[serde(...)]` attributes from a field definition.
fn strip_serde(def: &TokenStream) -> TokenStream {
    let text = def.to_string();
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("# [serde") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let mut depth = 0usize;
        let mut end = after.len();
        for (i, c) in after.char_indices() {
            match c {
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out.parse().unwrap_or_else(|_| def.clone())
}

/// Serde impls for a struct with flattened `oneOf` fields (an `allOf` with a `oneOf`
/// member). `#[serde(flatten)]` would hand each property to only one side, but the
/// alternatives need the shared properties too: decoding reads the object once and
/// decodes both the named fields and each alternative from it; encoding merges them.
fn flattened_serde_impls(
    name: &proc_macro2::Ident,
    fields: &[Field],
    defs: &[TokenStream],
    additional: bool,
) -> TokenStream {
    let plain: Vec<(&Field, &TokenStream)> = fields
        .iter()
        .zip(defs)
        .filter(|(f, _)| !f.flatten)
        .collect();
    let plain_defs: Vec<&TokenStream> = plain.iter().map(|(_, d)| *d).collect();
    let plain_names: Vec<proc_macro2::Ident> = plain.iter().map(|(f, _)| ident(&f.name)).collect();
    let flat_names: Vec<proc_macro2::Ident> = fields
        .iter()
        .filter(|f| f.flatten)
        .map(|f| ident(&f.name))
        .collect();
    let (extra_def, extra_name) = if additional {
        (
            quote! { #[serde(flatten)] pub additional_properties: ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>, },
            Some(quote!(additional_properties)),
        )
    } else {
        (quote!(), None)
    };
    let extra_from = extra_name.as_ref().map(|n| quote!(#n: fields.#n.into_iter().filter_map(|(k, v)| ::serde_json::from_value(v).ok().map(|v| (k, v))).collect(),));
    let extra_to = extra_name.as_ref().map(|n| quote!(#n: self.#n.iter().filter_map(|(k, v)| ::serde_json::to_value(v).ok().map(|v| (k.clone(), v))).collect(),));
    quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                use ::serde::de::Error as _;
                #[derive(::serde::Deserialize)]
                struct Fields {
                    #(#plain_defs)*
                    #extra_def
                }
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let fields: Fields = ::serde_json::from_value(value.clone()).map_err(D::Error::custom)?;
                ::std::result::Result::Ok(#name {
                    #(#plain_names: fields.#plain_names,)*
                    #(#flat_names: ::serde_json::from_value(value.clone()).map_err(D::Error::custom)?,)*
                    #extra_from
                })
            }
        }

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::Error as _;
                #[derive(::serde::Serialize)]
                struct Fields {
                    #(#plain_defs)*
                    #extra_def
                }
                let fields = Fields { #(#plain_names: ::std::clone::Clone::clone(&self.#plain_names),)* #extra_to };
                let mut map = match ::serde_json::to_value(fields).map_err(S::Error::custom)? {
                    ::serde_json::Value::Object(map) => map,
                    _ => ::serde_json::Map::new(),
                };
                #(
                    if let ::serde_json::Value::Object(more) = ::serde_json::to_value(&self.#flat_names).map_err(S::Error::custom)? {
                        for (k, v) in more {
                            map.entry(k).or_insert(v);
                        }
                    }
                )*
                ::serde::Serialize::serialize(&map, serializer)
            }
        }
    }
}
