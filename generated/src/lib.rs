// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Connect/ConnectID API
//!
//! Hand-written description of the Mediaconnect Connect/ConnectID REST API, taken from the
//! public API reference ("Connect/ConnectID API Reference", publisher Unite AS).
//!
//! Only what the reference shows is described here. Clients must ignore JSON fields they do
//! not know: the API adds new elements over time without a new version.
#![deny(missing_docs)]
#![forbid(unsafe_code)]
#[rustfmt::skip]
mod client;
#[rustfmt::skip]
pub mod error;
#[rustfmt::skip]
pub mod models;
#[rustfmt::skip]
mod runtime;
pub use runtime::AuthError;
pub use runtime::BoxFuture;
pub use runtime::BuildError;
pub use runtime::Bytes;
pub use runtime::Client;
pub use runtime::ClientBuilder;
pub use runtime::Config;
pub use runtime::DecodeError;
pub use runtime::Error;
pub use runtime::HeaderMap;
pub use runtime::InvalidRequest;
pub use runtime::MissingCredentials;
pub use runtime::RateLimit;
pub use runtime::Response;
pub use runtime::ResponseContent;
pub use runtime::Secret;
pub use runtime::StatusCode;
pub use runtime::TokenSource;
pub use runtime::TransportError;
pub use runtime::TypedResponse;
pub use runtime::Url;
pub use runtime::UserTokens;
