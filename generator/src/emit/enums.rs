//! Emits enums that keep values the spec does not list, and aliases.

use super::{Docs, Scope, ident, rust_type};
use crate::ir::{Enum, EnumRepr, TypeDef, TypeRef, Variant};
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
    let variants: Vec<TokenStream> = e
        .variants
        .iter()
        .map(|v| {
            let vname = ident(&v.name);
            let doc = variant_docs(v, &format!("{:?}", v.value), docs_out);
            quote! { #doc #vname, }
        })
        .collect();
    let listed = e.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let value = &v.value;
        quote!(#vname #value)
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
            #unknown(String),
        }

        #gate
        __rt::string_enum!(#name, #unknown, [#(#listed),*]);
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
        __rt::int_enum!(#name, #unknown, [#(#names #lits),*]);
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
