//! Emits `lib.rs`: crate docs, lints, module declarations and re-exports.

use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::quote;

/// Runtime items users name; re-exported one per line so rustfmt and prettyplease agree.
const REEXPORTS: &[&str] = &[
    "AuthError",
    "BoxFuture",
    "BuildError",
    "Bytes",
    "Client",
    "ClientBuilder",
    "Config",
    "DecodeError",
    "Error",
    "HeaderMap",
    "InvalidRequest",
    "MissingCredentials",
    "RateLimit",
    "Response",
    "ResponseContent",
    "Secret",
    "StatusCode",
    "TokenSource",
    "TransportError",
    "TypedResponse",
    "Url",
    "UserTokens",
];

/// The crate root.
pub fn lib_rs(api: &Api, has_params: bool) -> TokenStream {
    let lines = api
        .doc
        .iter()
        .flat_map(|d| d.lines())
        .map(|l| format!(" {l}"));
    let inner_docs = quote! { #( #![doc = #lines] )* };
    let params = has_params.then(|| quote! { #[rustfmt::skip] pub mod params; });
    let reexports = REEXPORTS.iter().map(|name| {
        let name = super::ident(name);
        quote! { pub use runtime::#name; }
    });
    quote! {
        #inner_docs
        #![deny(missing_docs)]
        #![forbid(unsafe_code)]

        #[rustfmt::skip]
        mod client;
        #[rustfmt::skip]
        pub mod error;
        #[rustfmt::skip]
        pub mod models;
        #params
        #[rustfmt::skip]
        mod runtime;

        #(#reexports)*
    }
}
