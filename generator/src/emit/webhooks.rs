//! Emits `webhooks.rs`: the `Event` enum a webhook delivery is read into, and the verifier
//! of the spec's signature scheme.

use super::{Docs, Scope, ident, rust_type};
use crate::ir::{Api, SigningScheme, UNKNOWN_VARIANT, Webhook, WebhookSigning};
use proc_macro2::TokenStream;
use quote::quote;

/// The module's doc and re-exports, with a handler example that names the crate.
pub(super) fn head(api: &Api, crate_name: &str) -> TokenStream {
    let krate = crate_name.replace('-', "_");
    let verifier = match &api.webhook_signing {
        Some(_) => "let verifier = webhooks::verifier(secret)?;",
        None => "let verifier = webhooks::Verifier::standard_webhooks(secret)?;",
    };
    let first = api.webhooks.first().map(|h| {
        format!(
            "        Event::{}(payload) => println!(\"{}: {{payload:?}}\"),\n",
            h.variant.as_str(),
            h.key.replace('"', "\\\"")
        )
    });
    let matching = "A delivery is matched to its webhook as the spec tells them apart: by an \
        event-type header (`X-GitHub-Event`), by a payload property with one value per \
        webhook (`type`, `action`), or, at an endpoint that receives one webhook, by its key \
        ([`Event::parse_as`]). Nothing in the body is read before its signature matches \
        ([`Event::verify_and_parse`]).";
    let example = format!(
        "```no_run\n\
         use {krate}::webhooks::{{self, Event}};\n\
         \n\
         /// Answers one delivery: `Ok` (a 2xx answer) once it is verified and handled.\n\
         fn handle(secret: &str, headers: &{krate}::HeaderMap, body: &[u8]) -> Result<(), webhooks::WebhookError> {{\n\
         \x20   {verifier}\n\
         \x20   match Event::verify_and_parse(&verifier, headers, body)? {{\n\
         {}\
         \x20       other => println!(\"not handled: {{:?}}\", other.key()),\n\
         \x20   }}\n\
         \x20   Ok(())\n\
         }}\n\
         ```",
        first.unwrap_or_default()
    );
    let lines = [
        "Webhook deliveries (cargo feature `webhooks`): each one's signature checked against \
         the raw body, then read into the payload type of the webhook it is.",
        "",
        matching,
        "",
    ]
    .into_iter()
    .map(str::to_string)
    .chain(example.lines().map(str::to_string))
    .map(|l| format!(" {l}"));
    quote! {
        #( #![doc = #lines] )*

        pub use crate::runtime::webhook::{Signature, Verifier, WebhookError, DEFAULT_TOLERANCE};
    }
}

/// `verifier(secret)`, for the scheme the spec (or `generator.toml`) names.
pub(super) fn verifier(signing: &WebhookSigning, docs: &mut Docs) -> TokenStream {
    let (what, build) = match &signing.scheme {
        SigningScheme::StandardWebhooks => (
            "Standard Webhooks".to_string(),
            quote!(Verifier::standard_webhooks(secret)),
        ),
        SigningScheme::GitHub => (
            "GitHub's `X-Hub-Signature-256`".to_string(),
            quote!(Ok(Verifier::github(secret))),
        ),
        SigningScheme::Stripe => (
            "Stripe's `Stripe-Signature`".to_string(),
            quote!(Ok(Verifier::stripe(secret))),
        ),
        SigningScheme::Hmac {
            header,
            base64,
            prefix,
            timestamp,
        } => {
            let encoding = if *base64 { "base64" } else { "hex" };
            let make = ident(encoding);
            let prefix = (!prefix.is_empty()).then(|| quote!(.prefix(#prefix)));
            let stamp = timestamp.as_ref().map(|(h, d)| quote!(.timestamp(#h, #d)));
            (
                format!("an HMAC-SHA256 in `{header}`, {encoding}"),
                quote! {
                    Ok(Verifier::hmac_sha256(
                        secret,
                        Signature::#make(#header) #prefix #stamp,
                    ))
                },
            )
        }
    };
    let doc = format!(
        "The verifier of this API's webhooks: {what}, as {} says, with the endpoint's \
         `secret`.\n\n# Errors\n\n[`WebhookError::InvalidSecret`] when the secret is not in \
         the scheme's form.",
        signing.source
    );
    let doc = docs.attr(Some(&doc));
    quote! {
        #doc
        pub fn verifier(secret: &str) -> Result<Verifier, WebhookError> {
            #build
        }
    }
}

/// How a webhook is recognized, for its variant's doc.
fn recognized(hook: &Webhook) -> String {
    let mut by = Vec::new();
    if let Some((h, v)) = &hook.header {
        by.push(format!("the `{h}` header is `{v}`"));
    }
    if let Some((f, v)) = &hook.field {
        by.push(format!("the payload's `{f}` is `{v}`"));
    }
    let by = if by.is_empty() {
        "any delivery whose payload fits".to_string()
    } else {
        by.join(" and ")
    };
    format!("`{}` webhook `{}`: {by}.", hook.method.as_str(), hook.key)
}

/// The `Event` enum and how a delivery is read into it.
pub(super) fn event(api: &Api, docs: &mut Docs) -> TokenStream {
    let hooks = &api.webhooks;
    let unknown = ident(UNKNOWN_VARIANT);
    let unknown_link = format!(" [`Event::{UNKNOWN_VARIANT}`].");
    let variants = hooks.iter().map(|h| {
        let name = ident(h.variant.as_str());
        let ty = rust_type(&h.payload, Scope::Elsewhere);
        let text = match &h.doc {
            Some(d) => format!("{d}\n\n{}", recognized(h)),
            None => recognized(h),
        };
        let doc = docs.attr(Some(&text));
        quote! { #doc #name(Box<#ty>), }
    });
    let variants: Vec<TokenStream> = variants.collect();
    let routes = hooks.iter().map(|h| {
        let key = &h.key;
        let pair = |p: &Option<(String, String)>| match p {
            Some((a, b)) => quote!(Some((#a, #b))),
            None => quote!(None),
        };
        let (header, field) = (pair(&h.header), pair(&h.field));
        quote! {
            __rt::webhook_events::Route { key: #key, header: #header, field: #field },
        }
    });
    let keys = hooks.iter().map(|h| {
        let (name, key) = (ident(h.variant.as_str()), &h.key);
        quote!(Event::#name(_) => Some(#key),)
    });
    let decodes = hooks.iter().map(|h| {
        let (name, key) = (ident(h.variant.as_str()), &h.key);
        quote! {
            #key => __rt::webhook_events::decode(key, payload)
                .map(|p| Event::#name(Box::new(p))),
        }
    });
    let enum_doc = docs.attr(Some(
        "A webhook delivery, read into its payload type: one variant per webhook the spec \
         describes.",
    ));
    let unknown_doc = docs.attr(Some(
        "A delivery that no webhook of the spec matches (an event newer than the spec, say): \
         its payload as JSON.",
    ));
    quote! {
        #enum_doc
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum Event {
            #(#variants)*
            #unknown_doc
            #unknown(::serde_json::Value),
        }

        const ROUTES: &[__rt::webhook_events::Route] = &[#(#routes)*];

        impl Event {
            /// Checks the delivery's signature with `verifier`, then reads it: nothing in
            /// the body is read before the signature matches.
            ///
            /// # Errors
            ///
            /// The [`WebhookError`] that says why the delivery is refused or cannot be read.
            pub fn verify_and_parse(
                verifier: &Verifier,
                headers: &crate::HeaderMap,
                body: &[u8],
            ) -> Result<Self, WebhookError> {
                verifier.verify(headers, body)?;
                Self::parse(headers, body)
            }

            /// Reads a delivery whose signature was checked: as the first webhook whose
            /// header and payload rules it meets (those that meet the most rules first)
            /// and whose payload type it fits. A delivery that meets no webhook's rules is
            #[doc = #unknown_link]
            ///
            /// # Errors
            ///
            /// [`WebhookError::NotJson`], or [`WebhookError::Payload`] with where the payload
            /// breaks the type of the first webhook it was matched to.
            pub fn parse(
                headers: &crate::HeaderMap,
                body: &[u8],
            ) -> Result<Self, WebhookError> {
                __rt::webhook_events::parse(ROUTES, headers, body, Self::decode, Event::#unknown)
            }

            /// Reads a delivery as the webhook `key` (its key in the spec), whatever its
            /// headers say: for an endpoint that receives one webhook.
            ///
            /// # Errors
            ///
            /// [`WebhookError::UnknownWebhook`] for a key the spec does not have,
            /// [`WebhookError::NotJson`] or [`WebhookError::Payload`].
            pub fn parse_as(key: &str, body: &[u8]) -> Result<Self, WebhookError> {
                __rt::webhook_events::parse_as(ROUTES, key, body, Self::decode)
            }

            /// The webhook's key in the spec; `None` for a delivery no webhook matches.
            pub fn key(&self) -> Option<&'static str> {
                match self {
                    #(#keys)*
                    Event::#unknown(_) => None,
                }
            }

            fn decode(
                key: &'static str,
                payload: &::serde_json::Value,
            ) -> Result<Self, WebhookError> {
                match key {
                    #(#decodes)*
                    _ => Err(WebhookError::UnknownWebhook(key.to_string())),
                }
            }
        }
    }
}
