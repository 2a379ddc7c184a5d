//! Emits the generated crate's Rust modules from the IR, one function per concern.

mod builder;
mod calls;
mod checks;
mod client;
mod compose;
mod enums;
mod errors;
mod lib_rs;
mod mock;
mod models;
mod request;
mod streams;
mod structs;
mod webhooks;

use crate::ir::{RustPath, RustType, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{Api, Operation, TypeDef};

/// A generated Rust file: its path and its pieces, in order.
pub struct RustFile<'a> {
    /// The path in the crate.
    pub path: &'static str,
    /// The pieces; the first holds the file's inner attributes.
    pub pieces: Vec<Piece<'a>>,
}

/// Whole items of a generated file. Pieces are emitted, parsed and formatted one at a
/// time, so the token tree of a whole large file never exists at once, and they can be
/// formatted on several threads (token streams cannot cross threads; the IR can). Each
/// piece writes the `#[cfg]` gate of its items itself.
#[derive(Clone, Copy)]
pub enum Piece<'a> {
    /// `lib.rs`: crate docs, lints, modules and re-exports.
    Lib,
    /// `client.rs`'s doc, the client type and its builder.
    ClientHead,
    /// An operation's `Operation` static, which the client and the mock share.
    OperationStatic(&'a Operation),
    /// Every client method, in one `impl` block.
    ClientMethods,
    /// `error.rs`'s doc.
    ErrorsHead,
    /// An operation's error enum.
    Error(&'a Operation),
    /// `models.rs`'s doc.
    ModelsHead,
    /// A type from the spec's schemas.
    Type(&'a TypeDef),
    /// `calls.rs`'s doc.
    CallsHead,
    /// An operation's args struct and request builders.
    Calls(&'a Operation),
    /// `mock.rs`'s doc, server, imports and operation list.
    MockHead,
    /// An operation's mock type.
    MockOperation(&'a Operation),
    /// `webhooks.rs`'s doc (with an example that names the crate) and re-exports.
    WebhooksHead(&'a str),
    /// The verifier of the spec's webhook signatures.
    WebhookVerifier,
    /// The `Event` enum of the webhooks.
    WebhookEvent,
}

impl Piece<'_> {
    /// The piece's items, with their docs written through `docs`.
    pub fn emit(self, api: &Api, docs: &mut Docs) -> TokenStream {
        match self {
            Piece::Lib => lib_rs::lib_rs(api, has_calls(api)),
            Piece::ClientHead => client::head(api, docs),
            Piece::OperationStatic(op) => client::operation_static(op),
            Piece::ClientMethods => client::methods(api, docs),
            Piece::ErrorsHead => errors::head(),
            Piece::Error(op) => errors::operation_error(op, docs),
            Piece::ModelsHead => models::head(),
            Piece::Type(t) => models::type_def(t, docs),
            Piece::CallsHead => calls::head(),
            Piece::Calls(op) => calls::operation(op, docs),
            Piece::MockHead => mock::head(api, docs),
            Piece::MockOperation(op) => mock::operation(api, op, docs),
            Piece::WebhooksHead(crate_name) => webhooks::head(api, crate_name),
            Piece::WebhookVerifier => match &api.webhook_signing {
                Some(signing) => webhooks::verifier(signing, docs),
                None => TokenStream::new(),
            },
            Piece::WebhookEvent => webhooks::event(api, docs),
        }
    }
}

impl RustFile<'_> {
    /// The whole file as one token stream, docs written in full (for tests that read
    /// emitted code as text).
    pub fn tokens(&self, api: &Api) -> TokenStream {
        let mut docs = Docs::inline();
        self.pieces.iter().map(|p| p.emit(api, &mut docs)).collect()
    }
}

/// True when an operation has an args struct or a request builder, which `calls` holds.
fn has_calls(api: &Api) -> bool {
    api.operations.iter().any(has_call_items)
}

fn has_call_items(op: &Operation) -> bool {
    op.args_name.is_some() || op.methods().any(|m| m.call_name.is_some())
}

/// Every Rust file of the crate (`crate_name` is what its doc examples import). The client
/// comes first: its methods are one large piece, which had better start early when pieces
/// are formatted in parallel.
pub fn files<'a>(api: &'a Api, crate_name: &'a str) -> Vec<RustFile<'a>> {
    let ops = || api.operations.iter();
    let file = |path, head, each: &dyn Fn(&Operation) -> Option<Piece<'_>>| RustFile {
        path,
        pieces: std::iter::once(head)
            .chain(ops().filter_map(each))
            .collect(),
    };
    let mut client = file("src/client.rs", Piece::ClientHead, &|op| {
        Some(Piece::OperationStatic(op))
    });
    client.pieces.push(Piece::ClientMethods);
    let mut files = vec![
        client,
        file("src/mock.rs", Piece::MockHead, &|op| {
            Some(Piece::MockOperation(op))
        }),
        file("src/error.rs", Piece::ErrorsHead, &|op| {
            Some(Piece::Error(op))
        }),
        RustFile {
            path: "src/models.rs",
            pieces: std::iter::once(Piece::ModelsHead)
                .chain(api.types.iter().map(Piece::Type))
                .collect(),
        },
        RustFile {
            path: "src/lib.rs",
            pieces: vec![Piece::Lib],
        },
    ];
    if has_calls(api) {
        files.push(file("src/calls.rs", Piece::CallsHead, &|op| {
            has_call_items(op).then_some(Piece::Calls(op))
        }));
    }
    if !api.webhooks.is_empty() {
        files.push(RustFile {
            path: "src/webhooks.rs",
            pieces: vec![
                Piece::WebhooksHead(crate_name),
                Piece::WebhookVerifier,
                Piece::WebhookEvent,
            ],
        });
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

/// `{ parts }`: the parts moved into a braced group. For the large parts of a struct or an
/// impl: `quote!` copies every token of each stream it interpolates, token by token, at
/// each level of nesting; moving them copies none.
pub(super) fn braced(parts: impl IntoIterator<Item = TokenStream>) -> proc_macro2::TokenTree {
    let body: TokenStream = parts.into_iter().collect();
    proc_macro2::Group::new(proc_macro2::Delimiter::Brace, body).into()
}

/// `#[cfg(...)]` for code compiled under any of `features`; nothing when empty.
pub(crate) fn gate_attr(features: &[String]) -> TokenStream {
    match features {
        [] => TokenStream::new(),
        [one] => quote!(#[cfg(feature = #one)]),
        many => quote!(#[cfg(any(#(feature = #many),*))]),
    }
}

/// How a piece's doc strings are written. Escaping doc text into a token, parsing the
/// token back and printing it again was 7% of the instructions on GitHub's spec, so for
/// formatting each doc becomes a short marker and the text is copied into place after
/// printing (see [`crate::format`]), which gives the same bytes.
pub struct Docs {
    /// The texts the markers stand for, in marker order; `None`: docs written in full.
    table: Option<Vec<String>>,
}

impl Docs {
    /// Docs as markers, their texts kept in [`Docs::into_texts`].
    pub fn markers() -> Docs {
        Docs {
            table: Some(Vec::new()),
        }
    }

    /// Docs written in full, as `#[doc]` attributes.
    pub fn inline() -> Docs {
        Docs { table: None }
    }

    /// The texts the markers stand for, by marker number.
    pub fn into_texts(self) -> Vec<String> {
        self.table.unwrap_or_default()
    }

    /// `#[doc = ...]` attributes for an optional doc string: one per line, or one marker
    /// for them all.
    pub fn attr(&mut self, doc: Option<&str>) -> TokenStream {
        let Some(text) = doc else {
            return TokenStream::new();
        };
        if text.lines().next().is_none() {
            return TokenStream::new();
        }
        if let Some(table) = &mut self.table {
            table.push(text.to_string());
            let marker = doc_marker(table.len() - 1);
            return quote! { #[doc = #marker] };
        }
        let lines = text.lines().map(|l| format!(" {l}"));
        quote! { #( #[doc = #lines] )* }
    }
}

/// The text of the marker that stands for doc number `index` of a piece.
pub(crate) fn doc_marker(index: usize) -> String {
    format!("\u{1}{index}\u{2}")
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
    match ty.rust() {
        RustType::Primitive(name) => {
            let name = Ident::new(name, Span::call_site());
            quote!(#name)
        }
        RustType::Path(path) => rust_path(path),
        RustType::Crate(name) => {
            let name = Ident::new(name, Span::call_site());
            quote!(crate::#name)
        }
        RustType::Model(name) => {
            let n = ident(name);
            match scope {
                Scope::Models => quote!(#n),
                Scope::Elsewhere => quote!(crate::models::#n),
            }
        }
        RustType::Generic { outer, key, inner } => {
            let outer = rust_path(outer);
            let key = key.map(|k| {
                let k = rust_path(k);
                quote!(#k,)
            });
            let inner = rust_type(inner, scope);
            quote!(#outer<#key #inner>)
        }
    }
}

/// `::std::string::String` for its path.
fn rust_path(path: RustPath) -> TokenStream {
    let segments = path.path.iter().map(|s| Ident::new(s, Span::call_site()));
    quote!(#(::#segments)*)
}

/// The functions of the inherent impls in emitted `tokens`, in order: what a type the
/// emitters write offers of its own.
#[cfg(test)]
#[allow(clippy::expect_used)] // A failure here is a bug in an emitter, shown as such.
fn inherent_fns(tokens: TokenStream) -> Vec<String> {
    let file: syn::File = syn::parse2(tokens).expect("the emitted code parses");
    file.items
        .into_iter()
        .filter_map(|item| match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => Some(imp.items),
            _ => None,
        })
        .flatten()
        .filter_map(|item| match item {
            syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
            _ => None,
        })
        .collect()
}
