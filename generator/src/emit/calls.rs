//! Emits `calls.rs`: the structs that take an operation's required inputs by name, and
//! the request builders of operations with optional inputs.

use super::client::{arg_type, args_lifetime, body_type, result_type, send_statements};
use super::models::param_field;
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
    let gate = super::gate_attr(&op.gate);
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
    let gate = super::gate_attr(&op.gate);
    let lt = quote!('a);
    let mut fields = vec![quote!(pub(crate) transport: &'a crate::runtime::Client,)];
    for p in op.required_params() {
        let field = ident(&p.name);
        let ty = arg_type(&p.ty, &lt);
        fields.push(quote!(pub(crate) #field: #ty,));
    }
    let mut setters = Vec::new();
    for p in op.optional_params() {
        let field = ident(&p.name);
        let ty = rust_type(&p.ty, Scope::Elsewhere);
        fields.push(quote!(pub(crate) #field: ::std::option::Option<#ty>,));
        let (arg, value) = match p.ty {
            TypeRef::String => (
                quote!(impl ::std::convert::Into<::std::string::String>),
                quote!(#field.into()),
            ),
            _ => (ty, quote!(#field)),
        };
        let doc = docs.attr(Some(&param_doc(p)));
        let deprecated = p.deprecated.then(|| quote!(#[deprecated]));
        setters.push(quote! {
            #doc
            #deprecated
            pub fn #field(mut self, #field: #arg) -> Self {
                self.#field = ::std::option::Option::Some(#value);
                self
            }
        });
    }
    if let Some(body) = &op.body {
        let ty = body_type(body, &lt);
        if body.required {
            fields.push(quote!(pub(crate) body: #ty,));
        } else {
            fields.push(quote!(pub(crate) body: ::std::option::Option<#ty>,));
            let doc = docs.attr(Some(&format!(
                "The request body, sent as `{}`; the spec makes it optional.",
                body.content_type
            )));
            setters.push(quote! {
                #doc
                pub fn body(mut self, body: #ty) -> Self {
                    self.body = ::std::option::Option::Some(body);
                    self
                }
            });
        }
    }
    let names = op
        .required_params()
        .chain(op.optional_params())
        .map(|p| ident(&p.name));
    let body = op.body.as_ref().map(|_| quote!(body,));
    let result = result_type(op);
    let send = send_statements(op, op_static);
    let send_doc = docs.attr(Some(&format!(
        "Sends the request; the same as `.await` on the call.\n\n# Errors\n\n\
         As [`Client::{method}`](crate::Client::{method})."
    )));
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
            pub async fn send(self) -> #result {
                let #name { transport, #(#names,)* #body } = self;
                #send
            }
        }

        #gate
        impl<'a> ::std::future::IntoFuture for #name<'a> {
            type Output = #result;
            type IntoFuture = crate::runtime::BoxFuture<'a, Self::Output>;

            fn into_future(self) -> Self::IntoFuture {
                ::std::boxed::Box::pin(self.send())
            }
        }
    }
}
