//! Emits the generated crate's Rust modules from the IR, one function per concern.

mod builder;
mod client;
mod compose;
mod errors;
mod lib_rs;
mod mock;
mod models;

use crate::ir::TypeRef;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

pub use client::client;
pub use errors::errors;
pub use lib_rs::lib_rs;
pub use mock::mock;
pub use models::{models, params};

/// An identifier token; raw identifiers (`r#type`) keep their prefix.
pub(crate) fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// `#[doc = ...]` attributes for an optional doc string.
pub(crate) fn doc_attr(doc: Option<&str>) -> TokenStream {
    match doc {
        Some(text) => {
            let lines = text.lines().map(|l| format!(" {l}"));
            quote! { #( #[doc = #lines] )* }
        }
        None => TokenStream::new(),
    }
}

/// Where a type is written: inside `models` named types need no path.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Models,
    Elsewhere,
}

/// The Rust type of a `TypeRef`. Std types are fully qualified so that spec names such
/// as `Option` or `String` cannot shadow them.
pub(crate) fn rust_type(ty: &TypeRef, scope: Scope) -> TokenStream {
    match ty {
        TypeRef::String => quote!(::std::string::String),
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::Bytes => quote!(crate::Upload),
        TypeRef::Json => quote!(::serde_json::Value),
        TypeRef::Named(n) => {
            let n = ident(&n.name);
            match scope {
                Scope::Models => quote!(#n),
                Scope::Elsewhere => quote!(crate::models::#n),
            }
        }
        TypeRef::Vec(inner) => {
            let inner = rust_type(inner, scope);
            quote!(::std::vec::Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = rust_type(inner, scope);
            quote!(::std::collections::BTreeMap<::std::string::String, #inner>)
        }
    }
}
