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
#[allow(
    clippy::large_enum_variant,
    reason = "a oneOf holds its alternatives as the spec gives them: boxing one would change how callers build it"
)]
pub mod models;
#[rustfmt::skip]
pub mod calls;
#[cfg(feature = "mock")]
#[rustfmt::skip]
pub mod mock;
#[allow(
    dead_code,
    unused_imports,
    reason = "each spec uses only the parts of the runtime its operations need"
)]
mod runtime;
pub use client::{Client, ClientBuilder};
#[rustfmt::skip]
pub use runtime::{
    ApiError, AuthError, Body, BoxFuture, BuildError, ByteStream, Bytes, Clock, Config,
    DecodeError, Error, Event, EventStream, HeaderMap, InvalidRequest, Items, JsonLines,
    Login, LoginError, ManualClock, Mismatch, MissingCredentials, Pages, PaginationError,
    PendingLogin, RateLimit, RequestOptions, Response, ResponseContent, ResponseTooLarge,
    Secret, Sending, StatusCode, TokenSource, TransportError, TypedResponse, Upload, Url,
    UserTokens,
};
#[doc(hidden)]
pub mod __private {
    pub use crate::runtime::formats;
    #[cfg(feature = "mock")]
    pub use crate::runtime::mock_support;
}
/// Webhook deliveries: each one's signature checked against the raw body before
/// anything in it is read (cargo feature `webhooks`). A [`Verifier`](webhooks::Verifier)
/// per endpoint knows the scheme (Standard Webhooks, GitHub, Stripe, or an
/// HMAC-SHA256 in a header) and the secret.
#[cfg(feature = "webhooks")]
pub mod webhooks {
    #[rustfmt::skip]
    pub use crate::runtime::webhook::{
        Signature, Verifier, WebhookError, DEFAULT_TOLERANCE,
    };
}
/// The README's Rust examples, compiled as doctests so that they cannot drift from
/// the crate.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
