//! Emits `client.rs`: the API's own `Client` with one method per operation, and its
//! `ClientBuilder` (written by [`super::builder`]).
//!
//! Generated code is the thin typed edge of each call: it checks the arguments, puts them
//! on a request, and maps the response; sending, credentials and retries are the
//! runtime's, compiled once for all operations.

use super::checks::value_check;
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

/// Every client method, in one `impl` block. The methods for each media type of a body
/// share the operation's static.
pub(super) fn methods(api: &Api, docs: &mut Docs) -> TokenStream {
    let mut ops = Vec::new();
    for op in &api.operations {
        let op_static = ident(&op.static_name);
        for method in op.methods() {
            ops.push(operation(&method, &op_static, docs));
        }
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
            transport: crate::runtime::Client,
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
    let gate = super::gate_attr(&op.gate);
    let id = &op.id;
    let method = ident(op.method.as_str());
    let path = &op.path;
    let security = op.security.iter().map(|alt| {
        let schemes = alt.iter().map(scheme_tokens);
        quote!(&[#(#schemes),*])
    });
    quote! {
        #gate
        pub(crate) static #name: crate::runtime::Operation = crate::runtime::Operation {
            id: #id,
            method: crate::runtime::Method::#method,
            path: #path,
            security: &[#(#security),*],
        };
    }
}

fn scheme_tokens(scheme: &SchemeUse) -> TokenStream {
    let name = &scheme.name;
    let kind = match &scheme.kind {
        SchemeKind::Basic => quote!(crate::runtime::SchemeKind::Basic),
        SchemeKind::Http { scheme } => {
            quote!(crate::runtime::SchemeKind::Http { scheme: #scheme })
        }
        SchemeKind::ApiKey { location, param } => {
            let loc = match location {
                ParamLocation::Query => quote!(crate::runtime::KeyLocation::Query),
                ParamLocation::Cookie => quote!(crate::runtime::KeyLocation::Cookie),
                _ => quote!(crate::runtime::KeyLocation::Header),
            };
            quote!(crate::runtime::SchemeKind::ApiKey { location: #loc, param: #param })
        }
        SchemeKind::Bearer { .. } => quote!(crate::runtime::SchemeKind::Bearer),
    };
    quote!(crate::runtime::Scheme { name: #name, kind: #kind })
}

fn style_tokens(style: ParamStyle) -> TokenStream {
    let variant = ident(match style {
        ParamStyle::Form => "Form",
        ParamStyle::SpaceDelimited => "SpaceDelimited",
        ParamStyle::PipeDelimited => "PipeDelimited",
        ParamStyle::DeepObject => "DeepObject",
        ParamStyle::Simple => "Simple",
        ParamStyle::Label => "Label",
        ParamStyle::Matrix => "Matrix",
    });
    quote!(crate::runtime::Style::#variant)
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

/// An expression that renders a value (given by reference) as a parameter string.
fn to_param_string(ty: &TypeRef, wire: &str, v: TokenStream) -> TokenStream {
    match ty {
        TypeRef::Vec(item) => {
            let joined = join(item, wire, v);
            quote!(&#joined)
        }
        // Already a `&str` (a required argument) or a `&String` (an optional one).
        TypeRef::String => v,
        _ => {
            let text = text(ty, wire, v);
            quote!(&#text)
        }
    }
}

/// The text of scalar `v` of type `ty` (a parameter `wire`, or a form part): its
/// `Display`, or for a date or date-time the format's text (which fails the call when
/// the value has none).
fn text(ty: &TypeRef, wire: &str, v: TokenStream) -> TokenStream {
    if ty.text_in_format() {
        quote!(crate::runtime::formats::text(#wire, &#v)?)
    } else {
        quote!(#v.to_string())
    }
}

/// The texts of the items of array `v` (of `item`s), joined by commas.
fn join(item: &TypeRef, wire: &str, v: TokenStream) -> TokenStream {
    if item.text_in_format() {
        quote!(crate::runtime::formats::join(#wire, #v.iter())?)
    } else {
        quote!(#v.iter().map(|item| item.to_string()).collect::<::std::vec::Vec<_>>().join(","))
    }
}

/// A value as JSON (for styles that walk arrays and objects, and `content` parameters),
/// through the runtime's `formats` when it holds values in one.
fn json_value(ty: &TypeRef, v: TokenStream) -> TokenStream {
    if ty.in_format() {
        quote!(crate::runtime::to_json(&crate::runtime::formats::As(&#v)))
    } else {
        quote!(crate::runtime::to_json(&#v))
    }
}

/// A body argument as what `request.json` and `request.form` encode.
fn body_value(ty: &TypeRef) -> TokenStream {
    if ty.in_format() {
        quote!(&crate::runtime::formats::As(body))
    } else {
        quote!(body)
    }
}

pub(super) fn success_type(op: &Operation) -> TokenStream {
    let error = ident(&op.error_name);
    match &op.success {
        Success::Empty => quote!(()),
        Success::Json(ty) => rust_type(ty, Scope::Elsewhere),
        Success::Text => quote!(::std::string::String),
        Success::Bytes => quote!(crate::Bytes),
        Success::Events { data, .. } => {
            let data = rust_type(data, Scope::Elsewhere);
            quote!(crate::EventStream<#data, crate::error::#error>)
        }
        Success::JsonLines(ty) => {
            let ty = rust_type(ty, Scope::Elsewhere);
            quote!(crate::JsonLines<#ty, crate::error::#error>)
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

/// The checks run before anything is sent: parameters and the body, each only when it
/// has something to check.
fn checks(op: &Operation) -> Vec<TokenStream> {
    let mut checks = Vec::new();
    for p in op.path_params.iter().chain(&op.params) {
        let name = ident(&p.name);
        let wire = &p.wire_name;
        if let Some(check) = value_check(&p.ty, &p.constraints, quote!(#wire), quote!(v)) {
            checks.push(if p.required {
                quote! { { let v = &#name; #check } }
            } else {
                quote! { if let ::std::option::Option::Some(v) = &#name { #check } }
            });
        }
    }
    if let Some(body) = &op.body {
        let whole = if body.ty.validates() {
            Some(quote! { body.validate().map_err(|e| e.within("body"))?; })
        } else if let TypeRef::Vec(inner) = &body.ty {
            inner.validates().then(|| {
                quote! {
                    for (i, item) in body.iter().enumerate() {
                        item.validate().map_err(|e| e.within(&format!("body[{i}]")))?;
                    }
                }
            })
        } else {
            None
        };
        match whole {
            Some(check) if body.required => checks.push(check),
            Some(check) => {
                checks.push(quote! { if let ::std::option::Option::Some(body) = body { #check } })
            }
            None => {}
        }
    }
    checks
}

/// The path segments, each an expression of type `&str`.
fn segments(op: &Operation) -> Vec<TokenStream> {
    op.segments
        .iter()
        .map(|s| match s {
            Segment::Literal(text) => quote!(#text),
            Segment::Template { format, params } => {
                let param = |p: &String| op.path_params.iter().find(|pp| pp.name == *p);
                let value = |p: &String| -> TokenStream {
                    let name = ident(p);
                    match param(p) {
                        Some(pp) if pp.style != ParamStyle::Simple || !pp.ty.is_simple() => {
                            let wire = &pp.wire_name;
                            let style = style_tokens(pp.style);
                            let explode = pp.explode;
                            let json = json_value(&pp.ty, quote!(#name));
                            quote!(crate::runtime::path_value(#wire, &#json, #style, #explode))
                        }
                        Some(pp) => match &pp.ty {
                            TypeRef::Vec(item) => join(item, &pp.wire_name, quote!(#name)),
                            TypeRef::String => quote!(#name),
                            ty => text(ty, &pp.wire_name, quote!(#name)),
                        },
                        None => quote!(#name.to_string()),
                    }
                };
                match (format.as_str(), params.as_slice()) {
                    // A whole segment that is one parameter needs no format string; a
                    // `&str` argument is already a reference, anything else a temporary.
                    ("{}", [p]) => {
                        let v = value(p);
                        match param(p) {
                            Some(pp)
                                if pp.ty == TypeRef::String && pp.style == ParamStyle::Simple =>
                            {
                                v
                            }
                            _ => quote!(&#v),
                        }
                    }
                    _ => {
                        let values = params.iter().map(value);
                        quote!(&format!(#format, #(#values),*))
                    }
                }
            }
        })
        .collect()
}

/// What the operation's call returns.
pub(super) fn result_type(op: &Operation) -> TokenStream {
    let error = ident(&op.error_name);
    let body_ty = success_type(op);
    quote!(::std::result::Result<crate::Response<#body_ty>, crate::Error<crate::error::#error>>)
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
            args.push(quote!(args: crate::calls::#ty #generics));
            let names = op.required_params().map(|p| ident(&p.name));
            unpack = quote!(let crate::calls::#ty { #(#names),* } = args;);
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
            args.push(quote!(body: impl ::std::convert::Into<crate::Body>));
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

/// A client method: an `async fn` that sends the request, or, when the operation has
/// optional inputs, a method that returns its request builder.
fn operation(op: &Operation, op_static: &proc_macro2::Ident, docs: &mut Docs) -> TokenStream {
    let fn_name = ident(&op.fn_name);
    let method_doc = method_docs(op, docs);
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let gate = super::gate_attr(&op.gate);
    let Some(call_name) = &op.call_name else {
        let (args, unpack) = required_args(op, &TokenStream::new());
        let sending = sending_type(op, &success_type(op), quote!('_));
        let send = send_statements(op, op_static);
        let download = stream_variant(op).map(|v| {
            let StreamVariant {
                fn_name,
                body,
                finish,
                ..
            } = &v;
            let doc = docs.attr(Some(&v.doc));
            let sending = sending_type(op, body, quote!('_));
            let send = send_expr(request_statements(&v.op, op_static, true), finish);
            quote! {
                #doc
                #gate
                #deprecated
                pub fn #fn_name(&self, #(#args),*) -> #sending {
                    let transport = &self.transport;
                    #unpack
                    #send
                }
            }
        });
        return quote! {
            #method_doc
            #gate
            #deprecated
            pub fn #fn_name(&self, #(#args),*) -> #sending {
                let transport = &self.transport;
                #unpack
                #send
            }

            #download
        };
    };
    let (args, unpack) = required_args(op, &quote!('a));
    let call = ident(call_name);
    let required = op.required_params().map(|p| ident(&p.name));
    let optional = op.optional_params().map(|p| ident(&p.name));
    let body = op.body.as_ref().map(|b| {
        if b.required {
            quote!(body,)
        } else {
            quote!(body: ::std::option::Option::None,)
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
        pub fn #fn_name<'a>(&'a self, #(#args),*) -> crate::calls::#call<'a> {
            #unpack
            crate::calls::#call {
                transport: &self.transport,
                #(#required,)*
                #(#optional: ::std::option::Option::None,)*
                #body
            }
        }

        #stream

        #download
    }
}

/// The body of a call, with its inputs as locals and `transport` the runtime client:
/// check the inputs, put them on a request, send it and map the response.
pub(super) fn send_statements(op: &Operation, op_static: &proc_macro2::Ident) -> TokenStream {
    send_expr(request_statements(op, op_static, false), &finish_args(op))
}

/// The `Sending` that builds the request with `build` now (in a closure, so that its
/// checks can use `?`) and sends it, ending with `finish`, when awaited.
pub(super) fn send_expr(build: TokenStream, finish: &TokenStream) -> TokenStream {
    quote! {
        crate::Sending::new(
            transport,
            || {
                #build
                ::std::result::Result::Ok(request)
            },
            #finish,
        )
    }
}

/// The future a method returns: the success `body` (or its stream) and the operation's
/// error, borrowing the client for `lt`.
pub(super) fn sending_type(op: &Operation, body: &TokenStream, lt: TokenStream) -> TokenStream {
    let error = ident(&op.error_name);
    quote!(crate::Sending<#lt, #body, crate::error::#error>)
}

/// The checks and the request as far as `request`, built but not sent: with the inputs
/// as locals and `transport` the runtime client.
pub(super) fn request_statements(
    op: &Operation,
    op_static: &proc_macro2::Ident,
    streamed: bool,
) -> TokenStream {
    let checks = checks(op);
    let segments = segments(op);
    let mut statements = super::calls::param_statements(op, param_statement);
    if let Some(media_type) = &op.accept {
        // The success type first; error bodies of another type are still welcome. When
        // the spec declares an `Accept` parameter, it lists the values the server takes:
        // the default keeps to the success type, and a value given for it replaces this.
        let declared = op.params.iter().any(|p| {
            p.location == ParamLocation::Header && p.wire_name.eq_ignore_ascii_case("accept")
        });
        let accept = if declared {
            media_type.clone()
        } else {
            format!("{media_type}, */*;q=0.1")
        };
        statements.insert(0, quote!(request.header("accept", #accept)?;));
    }
    // An operation that streams on request says which answer it wants.
    let flag = op
        .stream_mode
        .as_ref()
        .map(|m| (m.field.as_str(), op.success.streamed()));
    statements.extend(op.body.as_ref().map(|b| body_statement(b, flag)));
    if streamed || op.success.streamed() {
        statements.push(quote!(request.stream();));
    }
    let binding = if statements.is_empty() {
        quote!(let request)
    } else {
        quote!(let mut request)
    };
    quote! {
        #(#checks)*
        #binding = transport.request(&crate::client::#op_static, &[#(#segments),*]);
        #(#statements)*
    }
}

/// The two edges of `ResponseContent::finish`: how a success is decoded, and the
/// operation's error enum for the rest.
pub(super) fn finish_args(op: &Operation) -> TokenStream {
    let error = ident(&op.error_name);
    let decode = match &op.success {
        Success::Empty => quote!(crate::runtime::ResponseContent::decode_empty),
        // Values in a format are read through the runtime's `formats`.
        Success::Json(ty @ (TypeRef::Vec(_) | TypeRef::Map(_))) if ty.in_format() => {
            quote!(crate::runtime::formats::decode_json_collection)
        }
        Success::Json(ty) if ty.in_format() => quote!(crate::runtime::formats::decode_json),
        // Go servers send a nil slice or map as `null`.
        Success::Json(TypeRef::Vec(_) | TypeRef::Map(_)) => {
            quote!(crate::runtime::ResponseContent::decode_json_collection)
        }
        Success::Json(_) => quote!(crate::runtime::ResponseContent::decode_json),
        Success::Text => quote!(crate::runtime::ResponseContent::decode_text),
        Success::Bytes => quote!(crate::runtime::ResponseContent::decode_bytes),
        // The body stays open; the stream reads it as it arrives.
        Success::Events { data, done } => {
            let decode = match data {
                TypeRef::String => quote!(crate::runtime::stream_text),
                _ => quote!(crate::runtime::stream_json),
            };
            let done = match done {
                Some(d) => quote!(::std::option::Option::Some(#d)),
                None => quote!(::std::option::Option::None),
            };
            quote!(|c| c.decode_stream(|c| crate::EventStream::new(c, #decode, #done)))
        }
        Success::JsonLines(_) => {
            quote!(|c| c.decode_stream(|c| crate::JsonLines::new(c, crate::runtime::stream_json)))
        }
    };
    quote!(#decode, crate::error::#error::from_response)
}

fn param_statement(p: &Param) -> TokenStream {
    let field = ident(&p.name);
    let wire = &p.wire_name;
    let direct = p.ty.is_simple()
        && match p.location {
            ParamLocation::Query | ParamLocation::Cookie => p.style == ParamStyle::Form,
            _ => true,
        };
    let put = |v: TokenStream| -> TokenStream {
        match p.location {
            ParamLocation::Query => quote!(request.query(#wire, #v);),
            ParamLocation::Header => quote!(request.header(#wire, #v)?;),
            ParamLocation::Cookie => quote!(request.cookie(#wire, #v);),
            ParamLocation::Path => quote!(),
        }
    };
    let exploded_query =
        p.location == ParamLocation::Query && p.explode && matches!(p.ty, TypeRef::Vec(_));
    let emit_value = |v: TokenStream| -> TokenStream {
        let json = json_value(&p.ty, v.clone());
        if p.content.is_some() {
            return put(quote!(&#json.to_string()));
        }
        if !direct {
            // Objects, maps and delimited styles: the runtime walks the JSON form.
            let style = style_tokens(p.style);
            let explode = p.explode;
            return match p.location {
                ParamLocation::Query => {
                    quote!(request.query_value(#wire, &#json, #style, #explode);)
                }
                _ => put(quote!(&crate::runtime::simple_value(&#json, #explode))),
            };
        }
        match &p.ty {
            TypeRef::Vec(item) if exploded_query => {
                let text = text(item, wire, quote!(item));
                let one = put(quote!(&#text));
                quote! { for item in #v.iter() { #one } }
            }
            _ => put(to_param_string(&p.ty, wire, v)),
        }
    };
    if p.required {
        emit_value(quote!(#field))
    } else {
        let inner = emit_value(quote!(value));
        quote! { if let ::std::option::Option::Some(value) = &#field { #inner } }
    }
}

fn body_statement(b: &Body, flag: Option<(&str, bool)>) -> TokenStream {
    let ct = &b.content_type;
    let body = body_value(&b.ty);
    let put = match (&b.encoding, flag) {
        (BodyEncoding::Json, Some((field, on))) => {
            quote!(request.json_with_flag(#ct, #body, #field, #on)?;)
        }
        (BodyEncoding::Json, None) => quote!(request.json(#ct, #body)?;),
        (BodyEncoding::Form, _) => {
            let styles = b.form_styles.iter().map(|(name, style, explode)| {
                let style = style_tokens(*style);
                quote!((#name, #style, #explode))
            });
            quote!(request.form(#ct, #body, &[#(#styles),*])?;)
        }
        (BodyEncoding::Bytes, _) => quote!(request.body(#ct, body);),
        (BodyEncoding::Text, _) => quote!(request.bytes(#ct, body.as_bytes().to_vec());),
        (BodyEncoding::Multipart, _) => multipart_statement(b),
    };
    if b.required {
        put
    } else {
        quote! { if let ::std::option::Option::Some(body) = body { #put } }
    }
}

/// One part per property: a file part for binary fields, text for scalars, JSON for the rest.
fn multipart_statement(b: &Body) -> TokenStream {
    if b.parts.is_empty() {
        // No properties to walk at generation time: the runtime walks the JSON form.
        return quote! {
            request.multipart(crate::runtime::Multipart::from_json(&crate::runtime::to_json(body)));
        };
    }
    let parts = b.parts.iter().map(|part| {
        let f = &part.field;
        let name = ident(&f.name);
        let wire = &f.wire_name;
        // `v` is a place (`body.x`) when `place`, else already a reference.
        let add = |v: TokenStream, place: bool| -> TokenStream {
            let v_ref = if place { quote!(&#v) } else { v.clone() };
            match &f.ty {
                TypeRef::Bytes => {
                    let ct = part
                        .content_type
                        .as_deref()
                        .unwrap_or("application/octet-stream");
                    quote!(form = form.file(#wire, #v_ref, #ct);)
                }
                ty if ty.is_scalar() => {
                    let text = text(ty, wire, v.clone());
                    quote!(form = form.text(#wire, #text);)
                }
                // OpenAPI sends an array as one part per item, of the item's own type.
                TypeRef::Vec(item) if **item == TypeRef::Bytes => {
                    let ct = part
                        .content_type
                        .as_deref()
                        .unwrap_or("application/octet-stream");
                    quote! { for item in #v_ref { form = form.file(#wire, item, #ct); } }
                }
                TypeRef::Vec(item) if item.is_scalar() => {
                    let text = text(item, wire, quote!(item));
                    quote! { for item in #v_ref { form = form.text(#wire, #text); } }
                }
                ty if ty.in_format() => {
                    quote!(form = form.json(#wire, &crate::runtime::formats::As(#v_ref))?;)
                }
                _ => quote!(form = form.json(#wire, #v_ref)?;),
            }
        };
        let inner = add(quote!(value), false);
        match (f.required, f.nullable) {
            (true, false) => add(quote!(body.#name), true),
            // A `null` part has no form: absent and null both send nothing.
            (false, true) => quote! {
                if let ::std::option::Option::Some(::std::option::Option::Some(value)) = &body.#name { #inner }
            },
            _ => quote! { if let ::std::option::Option::Some(value) = &body.#name { #inner } },
        }
    });
    quote! {
        let mut form = crate::runtime::Multipart::new();
        #(#parts)*
        request.multipart(form);
    }
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
