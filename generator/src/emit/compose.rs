//! Emits the serde glue of composed schemas: `oneOf`/`anyOf` enums decoded by their
//! discriminator, and structs that flatten a `oneOf` member of an `allOf`.

use super::{Scope, ident, rust_type};
use crate::ir::{Field, OneOf, TypeDef, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// A `oneOf`/`anyOf` enum. It serializes as the chosen value itself; decoding uses the
/// discriminator when the value has a known one, and otherwise takes the first variant
/// that decodes, in spec order (what `#[serde(untagged)]` would do, but with the
/// discriminator consulted first, since the tag property stays part of the variant).
pub(super) fn one_of_def(
    t: &TypeDef,
    o: &OneOf,
    gate: &TokenStream,
    docs: TokenStream,
) -> TokenStream {
    let name = ident(&t.name);
    let extra = super::models::extra_cfg(Some(&t.usage));
    let variants = variant_defs(t, o, &extra);
    let by_tag = o.discriminator.as_ref().map(|d| {
        let prop = &d.property;
        let arms = d.mapping.iter().map(|(value, variant)| {
            let vname = ident(variant);
            let alternative = o.variants.iter().find(|v| v.name == *variant);
            let wrap = if alternative.is_some_and(|v| v.boxed) {
                quote!(|v| #name::#vname(Box::new(v)))
            } else {
                quote!(#name::#vname)
            };
            let decode = match alternative {
                Some(v) => from_value(&v.ty),
                None => from_value(&TypeRef::Json),
            };
            quote! {
                Some(#value) => {
                    return #decode(value).map(#wrap).map_err(D::Error::custom);
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
            quote!(#name::#vname(Box::new(v)))
        } else {
            quote!(#name::#vname(v))
        };
        let decode = from_value(&v.ty);
        quote! {
            if let Ok(v) = #decode(value.clone()) {
                return Ok(#wrap);
            }
        }
    });
    let expecting = format!(
        "the value matches none of the alternatives of `{}`",
        t.name.bare()
    );
    let serialize = if t.usage.serializes() {
        quote! {
            #[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
            #[serde(untagged)]
        }
    } else {
        quote! {
            #[derive(Clone, Debug, PartialEq)]
            #[cfg_attr(#extra, derive(::serde::Serialize), serde(untagged))]
        }
    };
    let de_gate = (!t.usage.deserializes()).then(|| quote!(#[cfg(#extra)]));
    quote! {
        #gate
        #docs
        #serialize
        pub enum #name {
            #(#variants)*
        }

        #gate
        #de_gate
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use ::serde::de::Error as _;
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                #by_tag
                #(#tries)*
                Err(D::Error::custom(#expecting))
            }
        }
    }
}

/// The variants of a `oneOf` enum, one per alternative; one holding values in a format is
/// written through the runtime's `formats`, under the `cfg` the enum's `Serialize` has.
fn variant_defs(t: &TypeDef, o: &OneOf, extra: &TokenStream) -> Vec<TokenStream> {
    let with = quote!(serialize_with = "crate::runtime::formats::serialize");
    o.variants
        .iter()
        .map(|v| {
            let vname = ident(&v.name);
            let mut ty = rust_type(&v.ty, Scope::Models);
            if v.boxed {
                ty = quote!(Box<#ty>);
            }
            let format = match v.ty.in_format() {
                false => None,
                true if t.usage.serializes() => Some(quote!(#[serde(#with)])),
                true => Some(quote!(#[cfg_attr(#extra, serde(#with))])),
            };
            let doc = format!(" The `{}` alternative.", v.name.bare());
            quote! { #[doc = #doc] #vname(#format #ty), }
        })
        .collect()
}

/// The function that decodes a JSON value into an alternative of type `ty`.
fn from_value(ty: &TypeRef) -> TokenStream {
    if ty.in_format() {
        quote!(__rt::formats::from_value)
    } else {
        quote!(::serde_json::from_value)
    }
}

/// Serde impls for a struct with flattened `oneOf` fields (an `allOf` with a `oneOf`
/// member). `#[serde(flatten)]` would hand each property to only one side, but the
/// alternatives need the shared properties too: decoding reads the object once and
/// decodes both the named fields and each alternative from it; encoding merges them.
pub(super) fn flattened_serde_impls(
    name: &proc_macro2::Ident,
    fields: &[Field],
    defs: &[TokenStream],
    additional: Option<&TypeRef>,
    (ser_gate, de_gate): (Option<TokenStream>, Option<TokenStream>),
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
    let (extra_def, extra_name) = if additional.is_some() {
        (
            quote! { #[serde(flatten)] pub additional_properties: ::std::collections::BTreeMap<String, ::serde_json::Value>, },
            Some(quote!(additional_properties)),
        )
    } else {
        (quote!(), None)
    };
    // Values of the additional properties go through the runtime's `formats` when they
    // are in one.
    let in_format = additional.is_some_and(TypeRef::in_format);
    let (from_value, to_value) = if in_format {
        (
            quote!(__rt::formats::from_value(v)),
            quote!(::serde_json::to_value(__rt::formats::As(v))),
        )
    } else {
        (
            quote!(::serde_json::from_value(v)),
            quote!(::serde_json::to_value(v)),
        )
    };
    let extra_from = extra_name.as_ref().map(|n| quote!(#n: fields.#n.into_iter().filter_map(|(k, v)| #from_value.ok().map(|v| (k, v))).collect(),));
    let extra_to = extra_name.as_ref().map(|n| quote!(#n: self.#n.iter().filter_map(|(k, v)| #to_value.ok().map(|v| (k.clone(), v))).collect(),));
    quote! {
        #de_gate
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                use ::serde::de::Error as _;
                #[derive(::serde::Deserialize)]
                struct Fields {
                    #(#plain_defs)*
                    #extra_def
                }
                let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                let fields: Fields = ::serde_json::from_value(value.clone()).map_err(D::Error::custom)?;
                Ok(#name {
                    #(#plain_names: fields.#plain_names,)*
                    #(#flat_names: ::serde_json::from_value(value.clone()).map_err(D::Error::custom)?,)*
                    #extra_from
                })
            }
        }

        #ser_gate
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
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
