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
    let webhooks = crate::ir::features::WEBHOOKS;
    let calls = has_calls.then(|| quote! { #[rustfmt::skip] pub mod calls; });
    let webhooks_mod = if api.webhooks.is_empty() {
        quote! {
            /// Webhook deliveries: each one's signature checked against the raw body before
            /// anything in it is read (cargo feature `webhooks`). A [`Verifier`](webhooks::Verifier)
            /// per endpoint knows the scheme (Standard Webhooks, GitHub, Stripe, or an
            /// HMAC-SHA256 in a header) and the secret.
            #[cfg(feature = #webhooks)]
            pub mod webhooks {
                #[rustfmt::skip]
                pub use crate::runtime::webhook::{Signature, Verifier, WebhookError, DEFAULT_TOLERANCE};
            }
        }
    } else {
        quote! {
            #[cfg(feature = #webhooks)]
            #[rustfmt::skip]
            pub mod webhooks;
        }
    };
    let exports = crate::exports::runtime_exports().map(|(name, _)| super::ident(name));
    quote! {
        #inner_docs
        #![deny(missing_docs)]
        #![forbid(unsafe_code)]

        #[rustfmt::skip]
        mod client;
        #[rustfmt::skip]
        pub mod error;
        #[rustfmt::skip]
        #[allow(clippy::large_enum_variant, reason = "a oneOf holds its alternatives as the spec gives them: boxing one would change how callers build it")]
        pub mod models;
        #calls
        #[cfg(feature = #mock)]
        #[rustfmt::skip]
        pub mod mock;
        // The runtime is copied as it is written (and formatted); it is tested in full in
        // its own crate, and each spec uses only the parts its operations need.
        // Private: what users name is re-exported below; the re-exports it keeps for the
        // generated code go unused where a spec does not need them.
        #[allow(dead_code, unused_imports, reason = "each spec uses only the parts of the runtime its operations need")]
        mod runtime;

        pub use client::{Client, ClientBuilder};
        // What users name of the runtime: errors, responses, credentials and settings. The
        // rest of it is for the generated code, which reaches it as `crate::runtime::...`.
        #[rustfmt::skip]
        pub use runtime::{#(#exports),*};

        // The mock's public types are built on the runtime's mock support (its server,
        // the traits of its operations), and code outside the crate that decodes JSON into
        // its types (the contract harness) needs the readers of typed formats; both must be
        // reachable, but they are no API of their own: one hidden path, left out of the docs
        // and of the API record.
        #[doc(hidden)]
        pub mod __private {
            pub use crate::runtime::formats;
            #[cfg(feature = #mock)]
            pub use crate::runtime::mock_support;
        }

        #webhooks_mod

        /// The README's Rust examples, compiled as doctests so that they cannot drift from
        /// the crate.
        #[doc = include_str!("../README.md")]
        #[cfg(doctest)]
        pub struct ReadmeDoctests;
    }
}
