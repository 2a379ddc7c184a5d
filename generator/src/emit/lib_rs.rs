//! Emits `lib.rs`: crate docs, lints, module declarations and re-exports.

use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::quote;

/// The crate root.
pub fn lib_rs(api: &Api, has_calls: bool) -> TokenStream {
    let lines = api
        .doc
        .iter()
        .flat_map(|d| d.lines())
        .map(|l| format!(" {l}"));
    let inner_docs = quote! { #( #![doc = #lines] )* };
    let mock = crate::ir::features::MOCK;
    let calls = has_calls.then(|| quote! { #[rustfmt::skip] pub mod calls; });
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
        #calls
        #[cfg(feature = #mock)]
        #[rustfmt::skip]
        pub mod mock;
        // The runtime is copied as it is written (and formatted); it is tested in full in
        // its own crate, and each spec uses only the parts its operations need.
        #[allow(dead_code, reason = "each spec uses only the parts of the runtime its operations need")]
        mod runtime;

        pub use client::{Client, ClientBuilder};
        // The runtime's public items: errors, responses, credentials and settings.
        pub use runtime::*;
    }
}
