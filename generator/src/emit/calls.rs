//! Emits `calls.rs`: the structs that take an operation's required inputs by name, and
//! the request builders of operations with optional inputs.

use super::client::{arg_type, args_lifetime, body_type, result_type, success_type};
use super::models::param_field;
use super::request::{finish_args, request_statements, send_expr, send_statements, sending_type};
use super::streams::{StreamVariant, stream_variant};
use super::{Docs, Scope, ident, rust_type};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::quote;

/// The `calls` module's doc.
pub(super) fn head() -> TokenStream {
    quote! {
        //! Calls with named inputs: the request builders that operations with optional
        //! inputs return, and the structs that take required inputs by name where two of
        //! them have the same type.
    }
}

/// An operation's args struct, if it has one, and the request builder of each of its
/// methods that has one.
pub(super) fn operation(op: &Operation, docs: &mut Docs) -> TokenStream {
    let op_static = ident(&op.static_name);
    let mut out = args_struct(op, docs);
    for method in op.methods() {
        out.extend(call_builder(&method, &op_static, docs));
    }
    out
}

/// A parameter's doc, with where it is sent.
fn param_doc(p: &Param) -> String {
    param_field(p).doc.unwrap_or_default()
}

fn args_struct(op: &Operation, docs: &mut Docs) -> TokenStream {
    let Some(name) = &op.args_name else {
        return TokenStream::new();
    };
    let name = ident(name);
    let method = op.fn_name.bare();
    let doc = docs.attr(Some(&format!(
        "The required inputs of [`Client::{method}`](crate::Client::{method}), by name: \
         two of them have the same type, so positional arguments could be swapped unnoticed."
    )));
    let gate = super::gate_attr(op.own_gate());
    let generics = args_lifetime(op).then(|| quote!(<'a>));
    let lt = quote!('a);
    let fields: Vec<TokenStream> = op
        .required_params()
        .map(|p| {
            let field = ident(&p.name);
            let ty = arg_type(&p.ty, &lt);
            let doc = docs.attr(Some(&param_doc(p)));
            quote! { #doc pub #field: #ty, }
        })
        .collect();
    quote! {
        #doc
        #gate
        #[derive(Clone, Debug)]
        pub struct #name #generics {
            #(#fields)*
        }
    }
}

/// The request builder of one method: required inputs are given to the method, optional
/// ones set here; `.await` (or `send`) sends it.
fn call_builder(op: &Operation, op_static: &proc_macro2::Ident, docs: &mut Docs) -> TokenStream {
    let Some(name) = &op.call_name else {
        return TokenStream::new();
    };
    let name = ident(name);
    let method = op.fn_name.bare();
    let doc = docs.attr(Some(&format!(
        "A call to [`Client::{method}`](crate::Client::{method}): set its optional inputs, \
         then `.await` it (or call [`send`](Self::send)) to send the request."
    )));
    let gate = super::gate_attr(op.own_gate());
    let lt = quote!('a);
    let mut fields = vec![quote!(pub(crate) transport: &'a __rt::Client,)];
    for p in op.required_params() {
        let field = ident(&p.name);
        let ty = arg_type(&p.ty, &lt);
        fields.push(quote!(pub(crate) #field: #ty,));
    }
    let mut setters = Vec::new();
    for p in op.optional_params() {
        let field = ident(&p.name);
        let ty = rust_type(&p.ty, Scope::Elsewhere);
        fields.push(quote!(pub(crate) #field: Option<#ty>,));
        let (arg, value) = match p.ty {
            TypeRef::String => (quote!(impl Into<String>), quote!(#field.into())),
            _ => (ty, quote!(#field)),
        };
        let doc = docs.attr(Some(&param_doc(p)));
        let deprecated = p.deprecated.then(|| quote!(#[deprecated]));
        setters.push(quote! {
            #doc
            #deprecated
            pub fn #field(mut self, #field: #arg) -> Self {
                self.#field = Some(#value);
                self
            }
        });
    }
    if let Some(body) = &op.body {
        let ty = body_type(body, &lt);
        if body.required {
            fields.push(quote!(pub(crate) body: #ty,));
        } else {
            fields.push(quote!(pub(crate) body: Option<#ty>,));
            let doc = docs.attr(Some(&format!(
                "The request body, sent as `{}`; the spec makes it optional.",
                body.content_type
            )));
            let (arg, value) = match body.encoding {
                BodyEncoding::Bytes => (quote!(impl Into<crate::Body>), quote!(body.into())),
                _ => (ty.clone(), quote!(body)),
            };
            setters.push(quote! {
                #doc
                pub fn body(mut self, body: #arg) -> Self {
                    self.body = Some(#value);
                    self
                }
            });
        }
    }
    let taken = call_fields(op);
    let result = result_type(op);
    let sending = sending_type(op, &success_type(op), quote!('a));
    let send_doc = docs.attr(Some(&format!(
        "Builds and checks the request now, and gives the future that sends it: what \
         `.await` on the call does, as a [`Sending`](crate::Sending) to store or spawn.\n\n\
         # Errors\n\n\
         As [`Client::{method}`](crate::Client::{method})."
    )));
    // A list that pages builds its request once per page, so building is a method of
    // its own; other calls build and send in one.
    let (send, paging) = match &op.pagination {
        Some(paging) => {
            let build = request_statements(op, op_static, false);
            let finish = finish_args(op);
            let send = quote! {
                let transport = self.transport;
                crate::Sending::new(transport, move || self.request(), #finish)
            };
            let methods = paging_methods(op, paging, &name, build, docs);
            (send, methods)
        }
        None => {
            let statements = send_statements(op, op_static);
            let send = quote! {
                let #name { transport, #taken } = self;
                #statements
            };
            (send, TokenStream::new())
        }
    };
    let download = stream_variant(op).map(|v| {
        let StreamVariant { body, finish, .. } = &v;
        let send_doc = docs.attr(Some(&v.send_doc));
        let send = send_expr(request_statements(&v.op, op_static, true), finish);
        let sending = sending_type(op, body, quote!('a));
        let taken = call_fields(op);
        quote! {
            #send_doc
            pub fn send_stream(self) -> #sending {
                let #name { transport, #taken } = self;
                #send
            }
        }
    });
    quote! {
        #doc
        #gate
        #[derive(Clone, Debug)]
        #[must_use = "a call sends nothing until it is awaited"]
        pub struct #name<'a> {
            #(#fields)*
        }

        #gate
        impl<'a> #name<'a> {
            #(#setters)*

            #send_doc
            pub fn send(self) -> #sending {
                #send
            }

            #paging

            #download
        }

        #gate
        impl<'a> ::std::future::IntoFuture for #name<'a> {
            type Output = #result;
            type IntoFuture = #sending;

            fn into_future(self) -> Self::IntoFuture {
                self.send()
            }
        }
    }
}

/// A paging call's `request` (built from a copy of the call, once per page), `pages` and
/// `items`; the paging itself is the runtime's, generic over the operation.
fn paging_methods(
    op: &Operation,
    paging: &Pagination,
    name: &proc_macro2::Ident,
    build: TokenStream,
    docs: &mut Docs,
) -> TokenStream {
    let taken = call_fields(op);
    let finish = finish_args(op);
    let error = ident(&op.error_name);
    let body_ty = success_type(op);
    let item_ty = rust_type(&paging.item, Scope::Elsewhere);
    let rule = rule_tokens(&paging.rule);
    let items = if paging.whole_pages {
        quote!(::std::vec![body])
    } else {
        items_expr(&paging.items_path)
    };
    let describe = paging.describe();
    let pages_doc = docs.attr(Some(&format!(
        "Every page of the list, each a [`Response`](crate::Response), fetched as the stream \
         is polled. {describe} The stream ends after the last page, or with an error as its \
         last item (a page already fetched coming back is \
         [`Error::Pagination`](crate::Error::Pagination))."
    )));
    let items_doc = docs.attr(Some(&format!(
        "Every item of every page, fetched page by page as the stream is polled; \
         [`Items::max_items`](crate::Items::max_items) stops early. {describe}"
    )));
    quote! {
        fn request(&self) -> Result<__rt::Request, crate::InvalidRequest> {
            let #name { transport, #taken } = self.clone();
            #build
            Ok(request)
        }

        #pages_doc
        pub fn pages(self) -> crate::Pages<'a, #body_ty, error::#error> {
            let transport = self.transport;
            crate::Pages::new(transport, #rule, move || self.request(), #finish)
        }

        #items_doc
        pub fn items(self) -> crate::Items<'a, #item_ty, error::#error> {
            self.pages().items(|body: #body_ty| #items)
        }
    }
}

/// The fields of a call struct after `transport`, as its destructuring names them.
fn call_fields(op: &Operation) -> TokenStream {
    let names = op
        .required_params()
        .chain(op.optional_params())
        .map(|p| ident(&p.name));
    let body = op.body.as_ref().map(|_| quote!(body,));
    quote!(#(#names,)* #body)
}

/// The runtime's `PageRule` for the IR's.
pub(super) fn rule_tokens(rule: &PageRule) -> TokenStream {
    let opt = |v: &Option<String>| match v {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    };
    let rule = match rule {
        PageRule::Link => quote!(Link),
        PageRule::NextUrl { next } => quote!(NextUrl { next: #next }),
        PageRule::Cursor {
            param,
            next,
            has_more,
        } => {
            let has_more = opt(has_more);
            quote!(Cursor { param: #param, next: #next, has_more: #has_more })
        }
        PageRule::LastId {
            param,
            items,
            id,
            has_more,
        } => {
            let has_more = opt(has_more);
            quote!(LastId { param: #param, items: #items, id: #id, has_more: #has_more })
        }
        PageRule::Offset { param, items } => quote!(Offset { param: #param, items: #items }),
        PageRule::PageNumber {
            param,
            items,
            first,
        } => {
            quote!(PageNumber { param: #param, items: #items, first: #first })
        }
    };
    quote!(__rt::PageRule::#rule)
}

/// The expression that takes a page's `body` apart into its items: the fields down to
/// the array, through the `Option`s on the way (absent or `null` is no items).
fn items_expr(path: &[ItemsStep]) -> TokenStream {
    let mut expr = quote!(body);
    let mut optional = false;
    for step in path {
        let field = ident(&step.field);
        let flatten: TokenStream = (1..step.options).map(|_| quote!(.flatten())).collect();
        expr = match (optional, step.options) {
            (false, 0) => quote!(#expr.#field),
            (false, _) => quote!(#expr.#field #flatten),
            (true, 0) => quote!(#expr.map(|v| v.#field)),
            (true, _) => quote!(#expr.and_then(|v| v.#field #flatten)),
        };
        optional |= step.options > 0;
    }
    if optional {
        quote!(#expr.unwrap_or_default())
    } else {
        expr
    }
}

/// The statements that put the parameters on the request, with `put`; an idempotency
/// key's parameter goes through the key's statement instead.
pub(super) fn param_statements(op: &Operation, put: fn(&Param) -> TokenStream) -> Vec<TokenStream> {
    let key_param = op.idempotency.as_ref().and_then(|k| k.param.as_ref());
    let mut out: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| Some(&p.name) != key_param)
        .map(put)
        .collect();
    out.extend(idempotency_statement(op));
    out
}

/// The idempotency key: the caller's, else a new one, on every attempt of the call.
fn idempotency_statement(op: &Operation) -> Option<TokenStream> {
    let key = op.idempotency.as_ref()?;
    let header = &key.header;
    let given = match key
        .param
        .as_ref()
        .and_then(|name| op.params.iter().find(|p| &p.name == name))
    {
        Some(p) if p.required => {
            let name = ident(&p.name);
            quote!(Some(#name))
        }
        Some(p) => {
            let name = ident(&p.name);
            quote!(#name.as_deref())
        }
        None => quote!(None),
    };
    Some(quote!(request.idempotency_key(#header, #given)?;))
}
