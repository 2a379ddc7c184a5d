//! Emits `mock.rs` (cargo feature `mock`): one type per operation that ties the runtime's
//! mock server to the crate's own request, response and error types.

use super::{Docs, Scope, ident, rust_type};
use crate::ir::*;
use crate::names::value_name;
use heck::ToShoutySnakeCase;
use proc_macro2::TokenStream;
use quote::quote;

/// The head of the `mock` module: its doc, the server, the imports the operations use
/// and the list of operations.
pub(super) fn head(api: &Api, docs: &mut Docs) -> TokenStream {
    let statics: Vec<_> = api
        .operations
        .iter()
        .map(|op| {
            let spec = spec_static(&op.mock_name);
            let gate = super::gate_attr(&op.gate);
            quote!(#gate &#spec)
        })
        .collect();
    let builder = client_builder(api);
    let imports = runtime_imports(api).into_iter().map(ident);
    let exports = EXPORTS.iter().map(|name| ident(name));
    // With a feature per tag, the enabled features may leave no operation to use them.
    let allow_unused = (!api.tag_features.is_empty()).then(|| quote!(#[allow(unused_imports)]));
    let title = api.title.replace('`', "'");
    let server_doc = docs.attr(Some(&format!(
        "A local mock of {title}: start it with `MockServer::start().await`, get a client for it \
         with `client_builder()`, and set up answers per operation with `on::<Operation>()`."
    )));
    quote! {
        //! A local mock of the API for the tests of code that calls it (cargo feature `mock`).
        //!
        //! [`MockServer::start`] runs an HTTP server on loopback that serves the spec's
        //! operations and its OAuth2 token endpoint. `client_builder()` gives a
        //! [`ClientBuilder`](crate::ClientBuilder) already pointed at it, with credentials it
        //! accepts for every security scheme. Each operation has a type here; `on::<Type>()`
        //! sets up an answer for its requests, matched on the typed body and parameters, with
        //! the typed success body ([`Reply::ok`]), a documented error (the type's own
        //! constructors) or any response. Requests are checked as the API would check them
        //! (credentials, required fields, enum values, the spec's constraints) and refused
        //! with 401 or 400; a request that no expectation answers fails the test when the
        //! server is dropped, with a message saying which operation it looked like and why
        //! it did not match. `received::<Type>()` reads the requests back, typed.

        pub use crate::runtime::mock_support::{#(#exports),*};
        #allow_unused
        use crate::runtime::mock_support::{#(#imports),*};

        #server_doc
        pub type MockServer = __rt::mock_support::MockServer<Api>;

        /// The API as the mock serves it: its operations, and how a client reaches the mock.
        #[derive(Debug)]
        pub struct Api;

        static OPERATIONS: &[&OperationSpec] = &[#(#statics),*];

        impl __rt::mock_support::MockApi for Api {
            type Builder = crate::ClientBuilder;

            fn operations() -> &'static [&'static OperationSpec] {
                OPERATIONS
            }

            fn client_builder(base_url: &str, token_url: &str) -> crate::ClientBuilder {
                #builder
            }
        }
    }
}

/// The runtime's items that `mock.rs` re-exports.
const EXPORTS: &[&str] = &[
    "Expectation",
    "RawBody",
    "Received",
    "Rejection",
    "Reply",
    "ResponseTemplate",
    "MOCK_API_KEY",
    "MOCK_BEARER_TOKEN",
    "MOCK_CLIENT_ID",
    "MOCK_CLIENT_SECRET",
    "MOCK_PASSWORD",
    "MOCK_USER",
    "MOCK_USER_ACCESS_TOKEN",
    "MOCK_USER_REFRESH_TOKEN",
];

/// The imports of a gate module of `mock.rs`: what the head imports and re-exports, and
/// the head's `Api`, which each operation's type names.
pub(super) fn module_imports(api: &Api) -> TokenStream {
    let names = EXPORTS
        .iter()
        .copied()
        .chain(runtime_imports(api))
        .map(ident);
    quote! {
        #[allow(unused_imports)]
        use crate::runtime::mock_support::{#(#names),*};
        use super::Api;
    }
}

/// The runtime items `mock.rs` names, the parameter checks' only if some operation has
/// parameters: an unused import is a warning in the generated crate. Each operation's
/// `MockOperation` impl names the runtime through `mock_operation!`.
fn runtime_imports(api: &Api) -> Vec<&'static str> {
    let ops = &api.operations;
    let params = ops
        .iter()
        .any(|op| !op.path_params.is_empty() || !op.params.is_empty());
    let mut names = vec!["OperationSpec"];
    if !ops.is_empty() {
        names.push("check_body");
    }
    if params {
        names.extend(["ParamIn", "ParamSpec", "ValueKind"]);
    }
    names.sort_by_key(|n| n.to_ascii_lowercase());
    names
}

fn spec_static(type_name: &RustName) -> proc_macro2::Ident {
    ident(&format!("{}_SPEC", type_name.bare().to_shouty_snake_case()))
}

/// The builder with the mock's URLs and credentials for every scheme.
fn client_builder(api: &Api) -> TokenStream {
    let setters = api.security_schemes.iter().map(|s| {
        let f = ident(&s.builder_fn);
        match &s.kind {
            SchemeKind::Bearer {
                client_credentials: Some(_),
                ..
            } => quote!(.#f(MOCK_CLIENT_ID, MOCK_CLIENT_SECRET)),
            SchemeKind::Bearer {
                authorization_code: Some(_),
                ..
            } => quote! {
                .#f(crate::UserTokens::new(MOCK_USER_ACCESS_TOKEN).with_refresh(
                    MOCK_USER_REFRESH_TOKEN,
                    MOCK_CLIENT_ID,
                    Some(crate::Secret::from(MOCK_CLIENT_SECRET)),
                ))
            },
            SchemeKind::Bearer { .. } | SchemeKind::Http { .. } => quote!(.#f(MOCK_BEARER_TOKEN)),
            SchemeKind::Basic => quote!(.#f(MOCK_USER, MOCK_PASSWORD)),
            SchemeKind::ApiKey { .. } => quote!(.#f(MOCK_API_KEY)),
        }
    });
    quote! {
        crate::ClientBuilder::new()
            .base_url(base_url)
            .token_url(token_url)
            #(#setters)*
    }
}

/// One operation's type: its spec for the mock, its body and success types, and a
/// constructor per documented error response.
pub(super) fn operation(api: &Api, op: &Operation, docs: &mut Docs) -> TokenStream {
    let type_name = &op.mock_name;
    let name = ident(type_name);
    let gate = super::gate_attr(op.own_gate());
    let spec = spec_static(type_name);
    // In a gate module, the operation list of `mock.rs` names it from outside.
    let spec_vis = op.module.map(|_| quote!(pub(super)));
    let method_name = op.fn_name.bare();
    let doc = docs.attr(Some(&format!(
        "`{} {}`: [`Client::{method_name}`](crate::Client::{method_name}), as the mock serves it \
         (`server.on::<{}>()`).",
        op.method.as_str(),
        op.path.replace('`', "'"),
        type_name.bare(),
    )));
    let op_static = ident(&op.static_name);
    let params = op
        .path_params
        .iter()
        .chain(&op.params)
        .map(|p| param_spec(api, p));
    let body = body(op.body.as_ref());
    let success = success(op);
    let errors: Vec<TokenStream> = op.errors.iter().map(|e| error_reply(e, docs)).collect();
    let paging = op
        .pagination
        .as_ref()
        .and_then(|p| paging_impl(op, p, &name));
    // An operation without documented errors has no constructors of its own.
    let constructors = (!errors.is_empty()).then(|| quote! { #gate impl #name { #(#errors)* } });
    quote! {
        #gate
        #doc
        #[derive(Debug)]
        pub struct #name;

        #gate
        #spec_vis static #spec: OperationSpec = OperationSpec {
            operation: &client::#op_static,
            params: &[#(#params),*],
            check_body: check_body::<#name>,
        };

        #gate
        __rt::mock_support::mock_operation!(#name, #spec, (#body), (#success));

        #constructors

        #paging
    }
}

/// How the mock serves a paging operation's pages (`respond_with_pages`).
fn paging_impl(
    op: &Operation,
    paging: &Pagination,
    name: &proc_macro2::Ident,
) -> Option<TokenStream> {
    let Success::Json(ty) = &op.success else {
        return None;
    };
    let rule = super::calls::rule_tokens(&paging.rule);
    let status = op.success_status;
    let body = if ty.in_format() {
        quote!(&__rt::formats::As(body))
    } else {
        quote!(body)
    };
    let gate = super::gate_attr(op.own_gate());
    Some(quote! {
        #gate
        impl __rt::mock_support::MockPaging for #name {
            const RULE: __rt::PageRule = #rule;
            const STATUS: u16 = #status;

            fn page_json(body: &Self::Success) -> Result<__rt::mock_support::Value, String> {
                __rt::mock_support::page_json(#body)
            }
        }
    })
}

/// What the mock checks of a parameter: its type, enum values and constraints.
fn param_spec(api: &Api, p: &Param) -> TokenStream {
    let name = &p.wire_name;
    let location = ident(match p.location {
        ParamLocation::Path => "Path",
        ParamLocation::Query => "Query",
        ParamLocation::Header => "Header",
        ParamLocation::Cookie => "Cookie",
    });
    let required = p.required || p.location == ParamLocation::Path;
    let (array, item) = match &p.ty {
        // JSON text in one parameter, whatever it holds.
        _ if p.content.is_some() => (false, &TypeRef::Json),
        TypeRef::Vec(inner) => (true, inner.as_ref()),
        other => (false, other),
    };
    let (kind, values) = value_kind(api, item);
    let kind = ident(kind);
    let c = &p.constraints;
    // Only what differs from `ParamSpec::new`'s defaults is written.
    let mut calls = TokenStream::new();
    if required {
        calls.extend(quote!(.required()));
    }
    if array {
        let explode = p.explode;
        calls.extend(quote!(.array(#explode)));
    }
    if let Some(v) = c.min_length {
        calls.extend(quote!(.min_length(#v)));
    }
    if let Some(v) = c.max_length {
        calls.extend(quote!(.max_length(#v)));
    }
    if let Some((v, exclusive)) = c.minimum {
        calls.extend(quote!(.minimum(#v, #exclusive)));
    }
    if let Some((v, exclusive)) = c.maximum {
        calls.extend(quote!(.maximum(#v, #exclusive)));
    }
    if let Some(pattern) = &c.pattern {
        calls.extend(quote!(.pattern(#pattern)));
    }
    if !values.is_empty() {
        calls.extend(quote!(.values(&[#(#values),*])));
    }
    quote!(ParamSpec::new(#name, ParamIn::#location, ValueKind::#kind) #calls)
}

/// The JSON type of a parameter value, and an enum's values.
fn value_kind(api: &Api, ty: &TypeRef) -> (&'static str, Vec<String>) {
    match ty {
        TypeRef::String => ("String", Vec::new()),
        TypeRef::Bool => ("Boolean", Vec::new()),
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 | TypeRef::I128 => ("Integer", Vec::new()),
        TypeRef::F32 | TypeRef::F64 => ("Number", Vec::new()),
        TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid => ("String", Vec::new()),
        TypeRef::Named(n) => match api.type_named(&n.name).map(|t| &t.kind) {
            Some(TypeKind::Enum(e)) => {
                let values = e.variants.iter().map(|v| v.value.clone()).collect();
                match e.repr {
                    EnumRepr::String => ("String", values),
                    EnumRepr::Integer => ("Integer", values),
                }
            }
            Some(TypeKind::Alias(inner)) => value_kind(api, inner),
            _ => ("Other", Vec::new()),
        },
        _ => ("Other", Vec::new()),
    }
}

/// How the mock decodes the body (see the runtime's `mock_operation!`): JSON bodies
/// typed, strictly, with the same `validate` the client runs; other media types as bytes.
fn body(body: Option<&Body>) -> TokenStream {
    let Some(body) = body else {
        return quote!(none);
    };
    let required = if body.required {
        quote!(req)
    } else {
        quote!(opt)
    };
    if body.encoding != BodyEncoding::Json {
        return quote!(raw #required);
    }
    let ty = rust_type(&body.ty, Scope::Elsewhere);
    let check = if body.ty.validates() {
        quote!(valid)
    } else if matches!(&body.ty, TypeRef::Vec(inner) if inner.validates()) {
        quote!(items)
    } else {
        quote!(plain)
    };
    // Values in a format are read through the runtime's `formats`.
    let read = if body.ty.in_format() {
        quote!(fmt)
    } else {
        quote!(json)
    };
    quote!(#read #required #check #ty)
}

/// The success response (see the runtime's `mock_operation!`): its kind, status and type.
fn success(op: &Operation) -> TokenStream {
    let status = op.success_status;
    match &op.success {
        Success::Empty => quote!(empty #status),
        Success::Json(ty) => {
            let kind = if ty.in_format() {
                quote!(fmt)
            } else {
                quote!(json)
            };
            let ty = rust_type(ty, Scope::Elsewhere);
            quote!(#kind #status #ty)
        }
        Success::Text => quote!(text #status),
        Success::Bytes => quote!(bytes #status),
        // A stream is answered with its text as written: events or lines.
        Success::Events { .. } => quote!(events #status),
        Success::JsonLines(_) => quote!(lines #status),
    }
}

/// A constructor for one documented error response, with its typed body where the spec
/// declares one.
fn error_reply(case: &ErrorCase, docs: &mut Docs) -> TokenStream {
    let fn_name = ident(&value_name(&case.variant, "status"));
    let (status_arg, status, which) = match case.status {
        StatusMatch::Code(c) => (TokenStream::new(), quote!(#c), format!("status {c}")),
        StatusMatch::Range(d) => (
            quote!(status: u16,),
            quote!(status),
            format!("a status in {d}XX (`status`)"),
        ),
    };
    let mut doc = format!("The documented error response with {which}");
    match &case.doc {
        Some(d) => doc.push_str(&format!(": {d}")),
        None => doc.push('.'),
    }
    if case.status == StatusMatch::Code(429) {
        doc.push_str("\n\nAdd `.retry_after(seconds)` for the `Retry-After` header.");
    }
    let doc = docs.attr(Some(&doc));
    match &case.body {
        Some(ty) => {
            let json = if ty.in_format() {
                quote!(&__rt::formats::As(body))
            } else {
                quote!(body)
            };
            let ty = rust_type(ty, Scope::Elsewhere);
            quote! {
                #doc
                pub fn #fn_name(#status_arg body: &#ty) -> Reply<Self> {
                    Reply::status(#status).json(#json)
                }
            }
        }
        None => quote! {
            #doc
            pub fn #fn_name(#status_arg) -> Reply<Self> {
                Reply::status(#status)
            }
        },
    }
}
