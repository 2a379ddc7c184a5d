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

use crate::ir::{Api, CRATE_MODULES, GateModule, Operation, TypeDef};

/// A generated Rust file: its path and its pieces, in order.
pub struct RustFile<'a> {
    /// The path in the crate.
    pub path: String,
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
    /// The client methods of the operations in a gate module, by its index in
    /// [`Api::gate_modules`] (`None`: in none), in one `impl` block.
    ClientMethods(Option<usize>),
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
    /// The declaration of a gate module, and its re-export, in its file.
    ModuleDecl(&'a GateModule, Part),
    /// A gate module's doc and imports.
    ModuleHead(&'a GateModule, Part),
}

impl Piece<'_> {
    /// The piece's items, with their docs written through `docs`.
    pub fn emit(self, api: &Api, docs: &mut Docs) -> TokenStream {
        match self {
            Piece::Lib => lib_rs::lib_rs(api, has_calls(api)),
            Piece::ClientHead => with_crate_imports(client::head(api, docs), api),
            Piece::OperationStatic(op) => client::operation_static(op),
            Piece::ClientMethods(module) => client::methods(api, module, docs),
            Piece::ErrorsHead => with_crate_imports(errors::head(), api),
            Piece::Error(op) => errors::operation_error(op, docs),
            Piece::ModelsHead => models::head(),
            Piece::Type(t) => models::type_def(t, docs),
            Piece::CallsHead => with_crate_imports(calls::head(), api),
            Piece::Calls(op) => calls::operation(op, docs),
            Piece::MockHead => with_crate_imports(mock::head(api, docs), api),
            Piece::MockOperation(op) => mock::operation(api, op, docs),
            Piece::WebhooksHead(crate_name) => {
                with_crate_imports(webhooks::head(api, crate_name), api)
            }
            Piece::WebhookVerifier => match &api.webhook_signing {
                Some(signing) => webhooks::verifier(signing, docs),
                None => TokenStream::new(),
            },
            Piece::WebhookEvent => webhooks::event(api, docs),
            Piece::ModuleDecl(m, part) => module_decl(m, part),
            Piece::ModuleHead(m, part) => module_head(api, m, part),
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
/// comes first: its methods are large pieces, which had better start early when pieces
/// are formatted in parallel.
pub fn files<'a>(api: &'a Api, crate_name: &'a str) -> Vec<RustFile<'a>> {
    let ops = || api.operations.iter();
    let mut files = Vec::new();
    let statics = ops().map(|op| (op.module, Piece::OperationStatic(op)));
    let methods = |m| Some(Piece::ClientMethods(m));
    let client = Split::new(api, Part::Client, Piece::ClientHead);
    client.into_files(statics, &methods, &mut files);
    let mock = ops().map(|op| (op.module, Piece::MockOperation(op)));
    Split::new(api, Part::Mock, Piece::MockHead).into_files(mock, &|_| None, &mut files);
    let errors = ops().map(|op| (op.module, Piece::Error(op)));
    Split::new(api, Part::Error, Piece::ErrorsHead).into_files(errors, &|_| None, &mut files);
    let types = api.types.iter().map(|t| (t.usage.module, Piece::Type(t)));
    Split::new(api, Part::Models, Piece::ModelsHead).into_files(types, &|_| None, &mut files);
    files.push(RustFile {
        path: "src/lib.rs".to_string(),
        pieces: vec![Piece::Lib],
    });
    if has_calls(api) {
        let calls = ops()
            .filter(|op| has_call_items(op))
            .map(|op| (op.module, Piece::Calls(op)));
        Split::new(api, Part::Calls, Piece::CallsHead).into_files(calls, &|_| None, &mut files);
    }
    if !api.webhooks.is_empty() {
        files.push(RustFile {
            path: "src/webhooks.rs".to_string(),
            pieces: vec![
                Piece::WebhooksHead(crate_name),
                Piece::WebhookVerifier,
                Piece::WebhookEvent,
            ],
        });
    }
    files
}

/// A file whose items can go into gate modules (see [`crate::ir::GateModule`]).
#[derive(Clone, Copy)]
pub enum Part {
    /// `client.rs`: the operations' statics and client methods.
    Client,
    /// `mock.rs`: the operations' mock types.
    Mock,
    /// `error.rs`: the operations' error enums.
    Error,
    /// `models.rs`: the spec's types.
    Models,
    /// `calls.rs`: the operations' args structs and request builders.
    Calls,
}

impl Part {
    /// The file's module name: `models` is `src/models.rs`, its gate modules `src/models/`.
    fn name(self) -> &'static str {
        match self {
            Part::Client => "client",
            Part::Mock => "mock",
            Part::Error => "error",
            Part::Models => "models",
            Part::Calls => "calls",
        }
    }
}

/// One file's items, shared out between the file and a module of its own per gate module
/// (see [`crate::ir::GateModule`]).
struct Split<'a> {
    api: &'a Api,
    part: Part,
    own: Vec<Piece<'a>>,
}

impl<'a> Split<'a> {
    fn new(api: &'a Api, part: Part, head: Piece<'a>) -> Self {
        Split {
            api,
            part,
            own: vec![head],
        }
    }

    /// Puts each item in its module's file (by the module's index in
    /// [`Api::gate_modules`], as lowering recorded it) or the file's own, `tail` after each
    /// file's items, and adds the files to `files`: the file first, then its modules in the
    /// order of the gates.
    fn into_files(
        mut self,
        items: impl Iterator<Item = (Option<usize>, Piece<'a>)>,
        tail: &dyn Fn(Option<usize>) -> Option<Piece<'a>>,
        files: &mut Vec<RustFile<'a>>,
    ) {
        let gate_modules = &self.api.gate_modules;
        let mut by_module: Vec<Vec<Piece<'a>>> = gate_modules.iter().map(|_| Vec::new()).collect();
        let mut items_here = Vec::new();
        for (module, piece) in items {
            match module.and_then(|i| by_module.get_mut(i)) {
                Some(pieces) => pieces.push(piece),
                None => items_here.push(piece),
            }
        }
        let mut modules = Vec::new();
        for (i, (m, mut pieces)) in gate_modules.iter().zip(by_module).enumerate() {
            if pieces.is_empty() {
                continue;
            }
            self.own.push(Piece::ModuleDecl(m, self.part));
            pieces.insert(0, Piece::ModuleHead(m, self.part));
            pieces.extend(tail(Some(i)));
            let file = m.name.trim_start_matches("r#");
            modules.push(RustFile {
                path: format!("src/{}/{file}.rs", self.part.name()),
                pieces,
            });
        }
        self.own.extend(items_here);
        self.own.extend(tail(None));
        files.push(RustFile {
            path: format!("src/{}.rs", self.part.name()),
            pieces: self.own,
        });
        files.extend(modules);
    }
}

/// `mod repos;` and its re-export, under the module's gate.
fn module_decl(m: &GateModule, part: Part) -> TokenStream {
    let gate = gate_attr(&m.gate);
    let name = ident(&m.name);
    // The client's module is the crate's own; what its gate modules add is the statics.
    let vis = match part {
        Part::Client => quote!(pub(crate)),
        _ => quote!(pub),
    };
    quote! {
        #gate
        mod #name;
        #gate
        #vis use #name::*;
    }
}

/// A gate module's doc and the imports of its items: those of its file's head, and the
/// names of the file itself that they use. Only the models name each other bare, and a
/// glob import costs rustc a binding per name in every module that has one.
fn module_head(api: &Api, m: &GateModule, part: Part) -> TokenStream {
    let doc = format!(
        " The items of `{}` under `#[cfg({})]`, in a file of their own so that a build in \
         which that is false does not read them.",
        part.name(),
        gate_text(&m.gate)
    );
    let imports = match part {
        Part::Models => quote! {
            #[allow(unused_imports)]
            use super::*;
        },
        Part::Error | Part::Calls => crate_imports(api),
        Part::Client => with_crate_imports(
            quote!(
                use super::Client;
            ),
            api,
        ),
        Part::Mock => with_crate_imports(mock::module_imports(api), api),
    };
    quote! {
        #![doc = #doc]
        #imports
    }
}

/// `head` and then [`crate_imports`].
fn with_crate_imports(mut head: TokenStream, api: &Api) -> TokenStream {
    head.extend(crate_imports(api));
    head
}

/// The crate's modules by short name, for the files beside `models` (which names its own
/// types bare): `models::Pet` and `__rt::Operation` rather than `crate::models::Pet` and
/// `crate::runtime::Operation`. On GitHub's spec that is 26,000 paths three tokens shorter,
/// which generation formats and rustc reads. Gate modules cannot take these names (see
/// [`CRATE_MODULES`]).
fn crate_imports(api: &Api) -> TokenStream {
    let modules = CRATE_MODULES
        .iter()
        .filter(|m| **m != "calls" || has_calls(api))
        .map(|m| ident(m));
    quote! {
        #[allow(unused_imports)]
        use crate::{#(#modules,)* runtime as __rt};
    }
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

/// The predicate of [`gate_attr`], as text: `feature = "repos"`.
fn gate_text(features: &[String]) -> String {
    let each: Vec<String> = features
        .iter()
        .map(|f| format!("feature = \"{f}\""))
        .collect();
    match each.as_slice() {
        [one] => one.clone(),
        _ => format!("any({})", each.join(", ")),
    }
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

/// The Rust type of a `TypeRef`. Prelude types are written by name (no generated type can
/// take one's name); other std types are fully qualified.
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
                Scope::Elsewhere => quote!(models::#n),
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

/// `String` or `::std::collections::BTreeMap` for its path.
fn rust_path(path: RustPath) -> TokenStream {
    if path.prelude {
        let name = Ident::new(path.short, Span::call_site());
        return quote!(#name);
    }
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
