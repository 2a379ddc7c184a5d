//! Emits enums that keep values the spec does not list, and aliases.

use super::{Docs, Scope, ident, rust_type};
use crate::ir::{Enum, EnumRepr, TypeDef, TypeRef, Variant, features};
use proc_macro2::TokenStream;
use quote::quote;

/// A variant's doc: its wire value (`shown` as code), and what it means where the spec
/// says.
fn variant_docs(v: &Variant, shown: &str, docs_out: &mut Docs) -> TokenStream {
    match &v.doc {
        Some(meaning) => docs_out.attr(Some(&format!("`{shown}`: {meaning}"))),
        None => {
            let doc = format!(" `{shown}`.");
            quote!(#[doc = #doc])
        }
    }
}

pub(super) fn enum_def(
    t: &TypeDef,
    e: &Enum,
    gate: &TokenStream,
    (docs, docs_out): (TokenStream, &mut Docs),
) -> TokenStream {
    if e.repr == EnumRepr::Integer {
        return int_enum_def(t, e, gate, (docs, docs_out));
    }
    let name = ident(&t.name);
    let unknown = ident(&e.unknown);
    let serde = enum_serde(&name, &unknown, e.repr, gate);
    let variants: Vec<TokenStream> = e
        .variants
        .iter()
        .map(|v| {
            let vname = ident(&v.name);
            let doc = variant_docs(v, &format!("{:?}", v.value), docs_out);
            quote! { #doc #vname, }
        })
        .collect();
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
        #gate
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

        #gate
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

        #gate
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #gate
        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => #name::#unknown(other.to_owned()),
                }
            }
        }

        #gate
        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(#name::from(value))
            }
        }

        #serde
    }
}

/// `Serialize` and `Deserialize` of an enum that keeps values the spec does not list: the
/// client keeps them, the mock refuses them as the API would.
pub(super) fn enum_serde(
    name: &proc_macro2::Ident,
    unknown: &proc_macro2::Ident,
    repr: EnumRepr,
    gate: &TokenStream,
) -> TokenStream {
    let mock = features::MOCK;
    let (serialize, decode, check) = match repr {
        EnumRepr::String => (
            quote!(serializer.serialize_str(self.as_str())),
            quote! {
                let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                let value = #name::from(value.as_str());
            },
            quote!(check_known::<D::Error, &str>(raw, #name::VALUES)),
        ),
        EnumRepr::Integer => (
            quote!(serializer.serialize_i64(self.value())),
            quote! {
                let value = #name::from(<i64 as ::serde::Deserialize>::deserialize(deserializer)?);
            },
            quote!(check_known::<D::Error, i64>(*raw, #name::VALUES)),
        ),
    };
    quote! {
        #gate
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                #serialize
            }
        }

        #gate
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                #decode
                #[cfg(feature = #mock)]
                if let #name::#unknown(raw) = &value {
                    crate::runtime::mock_support::#check?;
                }
                ::std::result::Result::Ok(value)
            }
        }
    }
}

/// An enum of integer values; like a string enum, it keeps values the spec does not list.
pub(super) fn int_enum_def(
    t: &TypeDef,
    e: &Enum,
    gate: &TokenStream,
    (docs, docs_out): (TokenStream, &mut Docs),
) -> TokenStream {
    let name = ident(&t.name);
    let unknown = ident(&e.unknown);
    let serde = enum_serde(&name, &unknown, e.repr, gate);
    // Values were read from JSON integers, so they parse back.
    let listed: Vec<(&Variant, i64)> = e
        .variants
        .iter()
        .filter_map(|v| Some((v, v.value.parse().ok()?)))
        .collect();
    let names: Vec<_> = listed.iter().map(|(v, _)| ident(&v.name)).collect();
    let lits: Vec<_> = listed
        .iter()
        .map(|(_, v)| proc_macro2::Literal::i64_unsuffixed(*v))
        .collect();
    let docs_each: Vec<TokenStream> = listed
        .iter()
        .map(|(v, value)| variant_docs(v, &value.to_string(), docs_out))
        .collect();
    quote! {
        #gate
        #docs
        ///
        /// Values the spec does not list are kept in the fallback variant rather than
        /// rejected, since the server may be newer than this client.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #docs_each #names, )*
            /// A value the spec does not list.
            #unknown(i64),
        }

        #gate
        impl #name {
            /// Every value the spec lists, in spec order.
            pub const VALUES: &'static [i64] = &[#(#lits),*];

            /// The value as sent on the wire.
            pub fn value(self) -> i64 {
                match self {
                    #(#name::#names => #lits,)*
                    #name::#unknown(value) => value,
                }
            }
        }

        #gate
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.value(), f)
            }
        }

        #gate
        impl ::std::convert::From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#lits => #name::#names,)*
                    other => #name::#unknown(other),
                }
            }
        }

        #serde
    }
}

pub(super) fn alias_def(
    t: &TypeDef,
    ty: &TypeRef,
    gate: &TokenStream,
    docs: TokenStream,
) -> TokenStream {
    let name = ident(&t.name);
    let ty = rust_type(ty, Scope::Models);
    quote! { #gate #docs pub type #name = #ty; }
}
