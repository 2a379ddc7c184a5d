//! Webhooks: the requests an API's server sends, typed by their payloads.

use super::{Method, RustName, TypeRef};

/// One webhook (from `webhooks`, `x-webhooks` or an operation's callbacks): a request the
/// server sends, which the generated `webhooks::Event` reads into its payload type.
#[derive(Clone, Debug, PartialEq)]
pub struct Webhook {
    /// Its key in the spec (`newPet`); a callback's is `<operationId>.<callback name>`.
    pub key: String,
    /// The `Event` variant that holds its payload.
    pub variant: RustName,
    /// Docs.
    pub doc: Option<String>,
    /// The method the server sends it with.
    pub method: Method,
    /// The JSON payload's type.
    pub payload: TypeRef,
    /// The event-type header that names it (lower case) and the value that does.
    pub header: Option<(String, String)>,
    /// The payload's property that names it and the value that does (its `const` or only
    /// `enum` value).
    pub field: Option<(String, String)>,
    /// Where it is written.
    pub pointer: String,
}

/// How the API signs its webhooks, and what said so.
#[derive(Clone, Debug, PartialEq)]
pub struct WebhookSigning {
    /// The scheme.
    pub scheme: SigningScheme,
    /// Where it comes from, as the docs say it (`x-speakeasy-webhooks`, a declared
    /// `X-Hub-Signature-256` header, `generator.toml`).
    pub source: String,
}

/// A signature scheme the runtime's `Verifier` checks.
#[derive(Clone, Debug, PartialEq)]
pub enum SigningScheme {
    /// Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
    StandardWebhooks,
    /// GitHub's `X-Hub-Signature-256`.
    GitHub,
    /// Stripe's `Stripe-Signature`.
    Stripe,
    /// A plain HMAC-SHA256 in one header.
    Hmac {
        /// The header (lower case).
        header: String,
        /// Base64, else hex.
        base64: bool,
        /// What precedes the signature in the header (`sha256=`).
        prefix: String,
        /// A signed timestamp's header and the text between it and the body.
        timestamp: Option<(String, String)>,
    },
}
