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

use crate::ir::Api;

/// A generated Rust file as a list of pieces: the first holds the file's inner attributes,
/// each piece is whole items. Pieces are emitted, parsed and formatted one at a time, so
/// the token tree of a whole large file never exists at once, and they can be formatted
/// on several threads (token streams cannot cross threads; the IR can).
pub struct RustFile<'a> {
    /// The path in the crate.
    pub path: &'static str,
    /// How many pieces.
    pub pieces: usize,
    /// Emits piece `i` (`i < pieces`).
    pub piece: Box<dyn Fn(usize) -> TokenStream + Sync + 'a>,
    /// The cargo features each item of piece `i` is compiled under (any of them); empty:
    /// always.
    pub gate: Box<dyn Fn(usize) -> &'a [String] + Sync + 'a>,
}

/// No gate, for files whose pieces are always compiled.
pub(crate) fn ungated<'a>() -> Box<dyn Fn(usize) -> &'a [String] + Sync + 'a> {
    Box::new(|_| &[])
}

/// `#[cfg(...)]` for code compiled under any of `features`; nothing when empty.
pub(crate) fn gate_attr(features: &[String]) -> TokenStream {
    match features {
        [] => TokenStream::new(),
        [one] => quote!(#[cfg(feature = #one)]),
        many => quote!(#[cfg(any(#(feature = #many),*))]),
    }
}

impl RustFile<'_> {
    /// The whole file as one token stream (for tests that read emitted code as text).
    pub fn tokens(&self) -> TokenStream {
        (0..self.pieces).map(|i| (self.piece)(i)).collect()
    }
}

/// Every Rust file of the crate. The client comes first: its methods are one large piece,
/// which had better start early when pieces are formatted in parallel.
pub fn files(api: &Api) -> Vec<RustFile<'_>> {
    let has_params = api.operations.iter().any(|op| op.params_name.is_some());
    let mut files = vec![
        client::client_file(api),
        mock::mock_file(api),
        errors::errors_file(api),
        models::models_file(api),
        RustFile {
            path: "src/lib.rs",
            pieces: 1,
            piece: Box::new(move |_| lib_rs(api, has_params)),
            gate: ungated(),
        },
    ];
    if has_params {
        files.push(models::params_file(api));
    }
    files
}

/// An identifier token; raw identifiers (`r#type`) keep their prefix.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

thread_local! {
    /// While a piece is emitted for formatting: the doc texts its markers stand for.
    static DOC_TABLE: std::cell::RefCell<Option<Vec<String>>> =
        const { std::cell::RefCell::new(None) };
}

/// Runs `emit` with doc strings replaced by short markers, and returns the texts the
/// markers stand for (see [`crate::format`]). Escaping doc text into a token, parsing the
/// token back and printing it again was 7% of the instructions on GitHub's spec; copying
/// the text into place after printing gives the same bytes.
pub(crate) fn with_doc_markers<T>(emit: impl FnOnce() -> T) -> (T, Vec<String>) {
    DOC_TABLE.with(|t| *t.borrow_mut() = Some(Vec::new()));
    let out = emit();
    let docs = DOC_TABLE
        .with(|t| t.borrow_mut().take())
        .unwrap_or_default();
    (out, docs)
}

/// The text of the marker that stands for doc number `index` of a piece.
pub(crate) fn doc_marker(index: usize) -> String {
    format!("\u{1}{index}\u{2}")
}

/// `#[doc = ...]` attributes for an optional doc string: one per line, or, inside
/// [`with_doc_markers`], one marker for them all.
pub(crate) fn doc_attr(doc: Option<&str>) -> TokenStream {
    match doc {
        Some(text) => {
            if text.lines().next().is_none() {
                return TokenStream::new();
            }
            let marker = DOC_TABLE.with(|t| {
                t.borrow_mut().as_mut().map(|docs| {
                    docs.push(text.to_string());
                    doc_marker(docs.len() - 1)
                })
            });
            if let Some(marker) = marker {
                return quote! { #[doc = #marker] };
            }
            let lines = text.lines().map(|l| format!(" {l}"));
            quote! { #( #[doc = #lines] )* }
        }
        None => TokenStream::new(),
    }
}

/// Where a type is written: inside `models` named types need no path.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Inside the generated `models` module.
    Models,
    /// Anywhere else in the generated crate.
    Elsewhere,
}

/// The Rust type of a `TypeRef`. Std types are fully qualified so that spec names such
/// as `Option` or `String` cannot shadow them.
pub fn rust_type(ty: &TypeRef, scope: Scope) -> TokenStream {
    match ty {
        TypeRef::String => quote!(::std::string::String),
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::U64 => quote!(u64),
        TypeRef::I128 => quote!(i128),
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
        TypeRef::Nullable(inner) => {
            let inner = rust_type(inner, scope);
            quote!(::std::option::Option<#inner>)
        }
    }
}
