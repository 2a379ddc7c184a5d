//! Emits `error.rs`: one enum per operation with a variant for each declared error status.

use super::{Docs, Scope, gate_attr, ident, rust_type};
use crate::ir::{ErrorCase, Operation, StatusMatch, UNEXPECTED_VARIANT};
use proc_macro2::TokenStream;
use quote::quote;

/// The `error` module's doc.
pub(super) fn head() -> TokenStream {
    quote! {
        //! The error statuses each operation declares.
        //!
        //! An operation returns [`crate::Error`]; its `Api` variant holds the enum of that
        //! operation from this module.
    }
}

fn status_text(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(c) => c.to_string(),
        StatusMatch::Range(r) => format!("{r}XX"),
    }
}

fn variant_payload(case: &ErrorCase) -> TokenStream {
    match &case.body {
        Some(ty) => {
            let ty = rust_type(ty, Scope::Elsewhere);
            quote!(crate::TypedResponse<#ty>)
        }
        None => quote!(crate::ResponseContent),
    }
}

pub(super) fn operation_error(op: &Operation, docs_out: &mut Docs) -> TokenStream {
    let name = ident(&op.error_name);
    let unexpected = ident(UNEXPECTED_VARIANT);
    let gate = gate_attr(op.own_gate());
    let method = op.fn_name.bare();
    let doc = format!(" Error responses of [`Client::{method}`](crate::Client::{method}).");
    let variants: Vec<TokenStream> = op
        .errors
        .iter()
        .map(|case| variant(case, docs_out))
        .collect();
    let unexpected_doc = match &op.default_doc {
        Some(d) => format!(
            "A status the spec does not list for this operation; the spec's `default` response says: {d}"
        ),
        None => "A status the spec does not list for this operation.".to_string(),
    };
    let unexpected_docs = docs_out.attr(Some(&unexpected_doc));
    let display = format!(
        "`{}` failed with status {{}}",
        op.id.replace('{', "{{").replace('}', "}}")
    );
    // What `api_error!` needs of each variant: the statuses it stands for, and how its
    // body is read.
    let cases = op.errors.iter().map(|case| {
        let v = ident(&case.variant);
        let pattern = status_pattern(case.status);
        let kind = match &case.body {
            Some(ty) if ty.in_format() => quote!(fmt),
            Some(_) => quote!(typed),
            None => quote!(raw),
        };
        quote!(#v #pattern => #kind)
    });
    quote! {
        #gate
        #[doc = #doc]
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            #unexpected_docs
            #unexpected(crate::ResponseContent),
        }

        #gate
        __rt::api_error!(#name, #unexpected, #display, [#(#cases),*]);
    }
}

/// One variant of an operation's error enum, documented with its status.
fn variant(case: &ErrorCase, docs_out: &mut Docs) -> TokenStream {
    let v = ident(&case.variant);
    let payload = variant_payload(case);
    let text = match &case.doc {
        Some(d) => format!("Status {}: {d}", status_text(case.status)),
        None => format!("Status {}.", status_text(case.status)),
    };
    let docs = docs_out.attr(Some(&text));
    quote! { #docs #v(#payload), }
}

/// The `match` pattern of the statuses a variant stands for.
fn status_pattern(status: StatusMatch) -> TokenStream {
    match status {
        StatusMatch::Code(c) => {
            let c = proc_macro2::Literal::u16_unsuffixed(c);
            quote!(#c)
        }
        StatusMatch::Range(r) => {
            let (lo, hi) = (
                proc_macro2::Literal::u16_unsuffixed(r * 100),
                proc_macro2::Literal::u16_unsuffixed(r * 100 + 99),
            );
            quote!(#lo..=#hi)
        }
    }
}
