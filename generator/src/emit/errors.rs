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
    let gate = gate_attr(&op.gate);
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
    let arms = op.errors.iter().map(|case| {
        let v = ident(&case.variant);
        match case.body {
            Some(_) => quote!(#name::#v(r) => &r.content,),
            None => quote!(#name::#v(r) => r,),
        }
    });
    let sort = sort_by_status(op);
    let api_error = api_error_impl(op);
    let display = format!(
        "`{}` failed with status {{}}",
        op.id.replace('{', "{{").replace('}', "}}")
    );
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
        impl #name {
            /// Sorts an error response into its variant by status.
            pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
                #sort
            }

            /// The response as received: status, headers and raw body.
            pub fn response(&self) -> &crate::ResponseContent {
                match self {
                    #(#arms)*
                    #name::#unexpected(r) => r,
                }
            }
        }

        #gate
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, #display, self.response().status())
            }
        }

        #gate
        impl ::std::error::Error for #name {}

        #api_error
    }
}

/// The shared `ApiError` impl: the response, whether the status is declared and, for
/// variants with a typed body, that body.
fn api_error_impl(op: &Operation) -> TokenStream {
    let name = ident(&op.error_name);
    let unexpected = ident(UNEXPECTED_VARIANT);
    let gate = gate_attr(&op.gate);
    let declared = if op.errors.is_empty() {
        quote!(false)
    } else {
        quote!(!::std::matches!(self, #name::#unexpected(_)))
    };
    let typed: Vec<TokenStream> = op
        .errors
        .iter()
        .filter(|case| case.body.is_some())
        .map(|case| {
            let v = ident(&case.variant);
            quote!(#name::#v(r) => r.body.as_deref().map(|b| b as _),)
        })
        .collect();
    let typed_body = (!typed.is_empty()).then(|| {
        quote! {
            fn typed_body(&self) -> ::std::option::Option<&(dyn ::std::any::Any + Send + Sync)> {
                match self {
                    #(#typed)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    });
    quote! {
        #gate
        impl crate::ApiError for #name {
            fn response(&self) -> &crate::ResponseContent {
                #name::response(self)
            }

            fn is_declared(&self) -> bool {
                #declared
            }

            #typed_body
        }
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

/// The body of `from_response`: which variant each status goes to.
fn sort_by_status(op: &Operation) -> TokenStream {
    let name = ident(&op.error_name);
    let unexpected = ident(UNEXPECTED_VARIANT);
    let by_status = op.errors.iter().map(|case| {
        let v = ident(&case.variant);
        let pattern = status_pattern(case.status);
        let payload = match &case.body {
            // Values in a format are read through the runtime's `formats`.
            Some(ty) if ty.in_format() => quote!(crate::runtime::formats::typed(response)),
            Some(_) => quote!(response.typed()),
            None => quote!(response),
        };
        quote!(#pattern => #name::#v(#payload),)
    });
    if op.errors.is_empty() {
        quote!(#name::#unexpected(response))
    } else {
        quote! {
            match response.status().as_u16() {
                #(#by_status)*
                _ => #name::#unexpected(response),
            }
        }
    }
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
