//! Emits `client.rs`: the API's own `Client` with one method per operation, and its
//! `ClientBuilder` (written by [`super::builder`]).
//!
//! Generated code is the thin typed edge of each call: it checks the arguments, puts them
//! on a request, and maps the response; sending, credentials and retries are the
//! runtime's, compiled once for all operations.

use super::request::{request_statements, send_expr, send_statements, sending_type};
use super::streams::{StreamVariant, pass_required, stream_method, stream_variant};
use super::{Docs, Scope, ident, rust_type};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::quote;

/// The head of the `client` module: its doc, the client type and its builder.
pub(super) fn head(api: &Api, docs: &mut Docs) -> TokenStream {
    let client_type = client_type(api, docs);
    let builder = super::builder::builder(api, docs);
    quote! {
        //! The API's client: one method per operation, sent by `.await`.

        #client_type
        #builder
    }
}

/// The client methods of the operations in the gate module at index `module` of
/// [`Api::gate_modules`] (or in none), in one `impl` block;
/// nothing when there are none. The methods for each media type of a body share the
/// operation's static.
pub(super) fn methods(api: &Api, module: Option<usize>, docs: &mut Docs) -> TokenStream {
    let mut ops = Vec::new();
    for op in api.operations.iter().filter(|op| op.module == module) {
        let op_static = ident(&op.static_name);
        for method in op.methods() {
            ops.push(operation(&method, &op_static, docs));
        }
    }
    if ops.is_empty() {
        return TokenStream::new();
    }
    quote! {
        impl Client {
            #(#ops)*
        }
    }
}

fn client_type(api: &Api, docs: &mut Docs) -> TokenStream {
    let doc = format!(
        "A client for {}.\n\nBuild one with [`ClientBuilder`]. Each operation of the API is a method \
         whose result is sent by `.await`; the client's settings are its own methods ([`base_url`](Self::base_url), \
         [`config`](Self::config), [`with_config`](Self::with_config), \
         [`with_options`](Self::with_options)), and an operation whose name would clash with one \
         of them gets a number (`config_2`). Cheap to clone: clones share one connection pool, \
         one set of credentials and one token cache.",
        api.title.replace('`', "'")
    );
    let doc = docs.attr(Some(&doc));
    quote! {
        #doc
        #[derive(Clone, Debug)]
        pub struct Client {
            transport: __rt::Client,
        }

        impl Client {
            /// The base URL requests go to.
            pub fn base_url(&self) -> &crate::Url {
                self.transport.base_url()
            }

            /// The configuration calls on this client use (retries, timeouts, decoding).
            pub fn config(&self) -> &crate::Config {
                self.transport.config()
            }

            /// A client whose calls use a different configuration, sharing this one's
            /// connection pool, credentials and token cache; e.g. to let one PATCH be
            /// retried: `client.with_config(|c| c.with_retry_non_idempotent(true))`.
            pub fn with_config(&self, change: impl ::std::ops::FnOnce(crate::Config) -> crate::Config) -> Self {
                Client { transport: self.transport.with_config(change) }
            }

            /// A client whose calls also carry `options`: extra headers and query
            /// parameters (servers accept undeclared filters), other credentials, a timeout
            /// or a retry policy; see [`RequestOptions`](crate::RequestOptions).
            pub fn with_options(&self, options: crate::RequestOptions) -> Self {
                Client { transport: self.transport.with_options(options) }
            }
        }
    }
}

/// An operation's method, path template and security requirement, for the runtime.
pub(super) fn operation_static(op: &Operation) -> TokenStream {
    let name = ident(&op.static_name);
    let gate = super::gate_attr(op.own_gate());
    let id = &op.id;
    let method = ident(op.method.as_str());
    let path = &op.path;
    let security = op.security.iter().map(|alt| {
        let schemes = alt.iter().map(scheme_tokens);
        quote!(&[#(#schemes),*])
    });
    quote! {
        #gate
        pub(crate) static #name: __rt::Operation = __rt::Operation {
            id: #id,
            method: __rt::Method::#method,
            path: #path,
            security: &[#(#security),*],
        };
    }
}

fn scheme_tokens(scheme: &SchemeUse) -> TokenStream {
    let name = &scheme.name;
    let kind = match &scheme.kind {
        SchemeKind::Basic => quote!(__rt::SchemeKind::Basic),
        SchemeKind::Http { scheme } => {
            quote!(__rt::SchemeKind::Http { scheme: #scheme })
        }
        SchemeKind::ApiKey { location, param } => {
            let loc = match location {
                ParamLocation::Query => quote!(__rt::KeyLocation::Query),
                ParamLocation::Cookie => quote!(__rt::KeyLocation::Cookie),
                _ => quote!(__rt::KeyLocation::Header),
            };
            quote!(__rt::SchemeKind::ApiKey { location: #loc, param: #param })
        }
        SchemeKind::Bearer { .. } => quote!(__rt::SchemeKind::Bearer),
    };
    quote!(__rt::Scheme { name: #name, kind: #kind })
}

pub(super) fn style_tokens(style: ParamStyle) -> TokenStream {
    let variant = ident(match style {
        ParamStyle::Form => "Form",
        ParamStyle::SpaceDelimited => "SpaceDelimited",
        ParamStyle::PipeDelimited => "PipeDelimited",
        ParamStyle::DeepObject => "DeepObject",
        ParamStyle::Simple => "Simple",
        ParamStyle::Label => "Label",
        ParamStyle::Matrix => "Matrix",
    });
    quote!(__rt::Style::#variant)
}

/// True when a required input is taken by reference: strings, lists and named types.
pub(super) fn borrowed(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::String | TypeRef::Vec(_) | TypeRef::Named(_))
}

/// The argument type of a required parameter: borrowed (with lifetime `lt`, which may be
/// empty) for strings, lists and named types.
pub(super) fn arg_type(ty: &TypeRef, lt: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => quote!(&#lt str),
        TypeRef::Vec(inner) => {
            let inner = rust_type(inner, Scope::Elsewhere);
            quote!(&#lt [#inner])
        }
        TypeRef::Named(_) => {
            let ty = rust_type(ty, Scope::Elsewhere);
            quote!(&#lt #ty)
        }
        other => rust_type(other, Scope::Elsewhere),
    }
}

/// The type of a request body, as the method takes it when required and as the request
/// builder holds it when optional (wrapped in `Option` then).
pub(super) fn body_type(body: &Body, lt: &TokenStream) -> TokenStream {
    match (&body.encoding, &body.ty) {
        (BodyEncoding::Bytes, _) => quote!(crate::Body),
        (_, TypeRef::String) => quote!(&#lt str),
        (_, TypeRef::Vec(inner)) => {
            let inner = rust_type(inner, Scope::Elsewhere);
            quote!(&#lt [#inner])
        }
        (_, ty) => {
            let ty = rust_type(ty, Scope::Elsewhere);
            quote!(&#lt #ty)
        }
    }
}

pub(super) fn success_type(op: &Operation) -> TokenStream {
    let error = ident(&op.error_name);
    match &op.success {
        Success::Empty => quote!(()),
        Success::Json(ty) => rust_type(ty, Scope::Elsewhere),
        Success::Text => quote!(String),
        Success::Bytes => quote!(crate::Bytes),
        Success::Events { data, .. } => {
            let data = rust_type(data, Scope::Elsewhere);
            quote!(crate::EventStream<#data, error::#error>)
        }
        Success::JsonLines(ty) => {
            let ty = rust_type(ty, Scope::Elsewhere);
            quote!(crate::JsonLines<#ty, error::#error>)
        }
    }
}

fn method_docs(op: &Operation, docs: &mut Docs) -> TokenStream {
    let mut text = op
        .doc
        .clone()
        .unwrap_or_else(|| format!("Calls `{}`.", op.id));
    text.push_str(&format!(
        "\n\n`{} {}` (operation `{}`).",
        op.method.as_str(),
        op.path,
        op.id
    ));
    if !op.security.is_empty() {
        let alts: Vec<String> = op
            .security
            .iter()
            .map(|alt| {
                if alt.is_empty() {
                    "none".to_string()
                } else {
                    alt.iter()
                        .map(|s| {
                            let setter = s.builder_fn.bare();
                            format!(
                                "`{}` ([`ClientBuilder::{setter}`](crate::ClientBuilder::{setter}))",
                                s.name
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(" + ")
                }
            })
            .collect();
        text.push_str(&format!("\n\nCredentials: {}.", alts.join(" or ")));
    }
    if let Some(call) = &op.call_name {
        text.push_str(&format!(
            "\n\nReturns the call: set its optional inputs on the \
             [`{call}`](crate::calls::{call}), then `.await` it."
        ));
    }
    if let Some(args) = &op.args_name {
        text.push_str(&format!(
            "\n\nThe required inputs come by name in [`{args}`](crate::calls::{args}): \
             two of them have the same type."
        ));
    }
    text.push_str(&format!(
        "\n\n# Errors\n\n[`Error::Api`](crate::Error::Api) with [`{0}`](crate::error::{0}) when the server answers with an error status; \
         the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, \
         the transport fails or the response does not match the spec.",
        op.error_name
    ));
    docs.attr(Some(&text))
}

/// What the operation's call returns.
pub(super) fn result_type(op: &Operation) -> TokenStream {
    let error = ident(&op.error_name);
    let body_ty = success_type(op);
    quote!(Result<crate::Response<#body_ty>, crate::Error<error::#error>>)
}

/// The method's parameters for the required inputs (with lifetime `lt`, which may be
/// empty), and the statement that names them when they come in one args struct.
fn required_args(op: &Operation, lt: &TokenStream) -> (Vec<TokenStream>, TokenStream) {
    let mut args = Vec::new();
    let mut unpack = TokenStream::new();
    match &op.args_name {
        Some(args_name) => {
            let ty = ident(args_name);
            let generics = args_lifetime(op).then(|| {
                if lt.is_empty() {
                    quote!(<'_>)
                } else {
                    quote!(<#lt>)
                }
            });
            args.push(quote!(args: calls::#ty #generics));
            let names = op.required_params().map(|p| ident(&p.name));
            unpack = quote!(let calls::#ty { #(#names),* } = args;);
        }
        None => {
            for p in op.required_params() {
                let name = ident(&p.name);
                let ty = arg_type(&p.ty, lt);
                args.push(quote!(#name: #ty));
            }
        }
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        if body.encoding == BodyEncoding::Bytes {
            // Bytes in memory as before, or a stream (`Body::from_file`).
            args.push(quote!(body: impl Into<crate::Body>));
            unpack.extend(quote!(let body: crate::Body = body.into();));
        } else {
            let ty = body_type(body, lt);
            args.push(quote!(body: #ty));
        }
    }
    (args, unpack)
}

/// True when the operation's args struct borrows, so it has a lifetime.
pub(super) fn args_lifetime(op: &Operation) -> bool {
    op.required_params().any(|p| borrowed(&p.ty))
}

/// A client method: one that builds the request and returns the future that sends it,
/// or, when the operation has optional inputs, one that returns its request builder.
fn operation(op: &Operation, op_static: &proc_macro2::Ident, docs: &mut Docs) -> TokenStream {
    let fn_name = ident(&op.fn_name);
    let method_doc = method_docs(op, docs);
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let gate = super::gate_attr(op.own_gate());
    let Some(call_name) = &op.call_name else {
        return direct_methods(op, op_static, quote!(#gate #deprecated), method_doc, docs);
    };
    let (args, unpack) = required_args(op, &quote!('a));
    let call = ident(call_name);
    let required = op.required_params().map(|p| ident(&p.name));
    let optional = op.optional_params().map(|p| ident(&p.name));
    let body = op.body.as_ref().map(|b| {
        if b.required {
            quote!(body,)
        } else {
            quote!(body: None,)
        }
    });
    let stream = op
        .pagination
        .as_ref()
        .map(|paging| stream_method(op, paging, &args, docs));
    let download = stream_variant(op).map(|v| {
        let StreamVariant {
            fn_name: stream_fn,
            body,
            ..
        } = &v;
        let doc = docs.attr(Some(&v.doc));
        let pass = pass_required(op);
        let sending = sending_type(op, body, quote!('a));
        quote! {
            #doc
            #gate
            #deprecated
            pub fn #stream_fn<'a>(&'a self, #(#args),*) -> #sending {
                self.#fn_name(#(#pass),*).send_stream()
            }
        }
    });
    quote! {
        #method_doc
        #gate
        #deprecated
        pub fn #fn_name<'a>(&'a self, #(#args),*) -> calls::#call<'a> {
            #unpack
            calls::#call {
                transport: &self.transport,
                #(#required,)*
                #(#optional: None,)*
                #body
            }
        }

        #stream

        #download
    }
}

/// The methods of an operation without optional inputs, its own and its streaming
/// variant's (with `attrs`, the gate and deprecation): each builds the request and
/// returns the `Sending` that sends it.
fn direct_methods(
    op: &Operation,
    op_static: &proc_macro2::Ident,
    attrs: TokenStream,
    method_doc: TokenStream,
    docs: &mut Docs,
) -> TokenStream {
    let (args, unpack) = required_args(op, &TokenStream::new());
    let method = |doc: TokenStream, name: &proc_macro2::Ident, body: &TokenStream, send| {
        let sending = sending_type(op, body, quote!('_));
        quote! {
            #doc
            #attrs
            pub fn #name(&self, #(#args),*) -> #sending {
                let transport = &self.transport;
                #unpack
                #send
            }
        }
    };
    let own = send_statements(op, op_static);
    let mut out = method(method_doc, &ident(&op.fn_name), &success_type(op), own);
    if let Some(v) = stream_variant(op) {
        let send = send_expr(request_statements(&v.op, op_static, true), &v.finish);
        out.extend(method(docs.attr(Some(&v.doc)), &v.fn_name, &v.body, send));
    }
    out
}

#[cfg(test)]
#[allow(clippy::expect_used)] // A failure here is a bug in the generator, shown as such.
mod tests {
    use super::*;

    #[test]
    fn the_client_s_own_methods_are_the_ones_operations_are_named_around() {
        let names = super::super::inherent_fns(client_type(&Api::default(), &mut Docs::inline()));
        assert_eq!(names, CLIENT_OWN_METHODS);
    }
}
