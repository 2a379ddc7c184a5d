//! The plain-data model of an API that the emitters read: names are final Rust identifiers,
//! every reference is resolved, and each node keeps the JSON pointer it came from.

mod hints;
mod names;
mod operation;
mod paging;
mod security;
mod types;
mod webhook;

pub use hints::*;
pub use names::*;
pub use operation::*;
pub use paging::*;
pub use security::*;
pub use types::*;
pub use webhook::*;

/// Everything the emitters need to write a client crate.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.description`, cleaned for rustdoc.
    pub doc: Option<String>,
    /// `info.version`: the version of the spec document.
    pub version: String,
    /// Servers in spec order; the first is the default base URL.
    pub servers: Vec<Server>,
    /// Security schemes the operations use, in spec order.
    pub security_schemes: Vec<SecurityScheme>,
    /// Named types (component schemas and hoisted inline schemas), in a stable order.
    pub types: Vec<TypeDef>,
    /// Operations in spec order (paths, then methods in the order of the OpenAPI spec).
    pub operations: Vec<Operation>,
    /// Cargo features, one per tag, that gate operations and the types they reach, with
    /// the tags each stands for; empty unless generated with features by tag.
    pub tag_features: Vec<TagFeature>,
    /// With features by tag: how many types no operation reaches, which the
    /// `unused-schemas` feature compiles (with what they hold).
    pub unused_schemas: usize,
    /// Webhooks and callbacks with a JSON payload, in spec order.
    pub webhooks: Vec<Webhook>,
    /// How the webhooks are signed, where the spec or `generator.toml` says.
    pub webhook_signing: Option<WebhookSigning>,
}

/// A cargo feature that compiles the operations of one OpenAPI tag.
#[derive(Clone, Debug, PartialEq)]
pub struct TagFeature {
    /// The feature name.
    pub name: String,
    /// The tag, as the spec writes it.
    pub tag: String,
    /// How many operations it enables.
    pub operations: usize,
}

/// A server URL, with variables already replaced by their defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Server {
    /// The URL.
    pub url: String,
    /// Its description.
    pub doc: Option<String>,
}
