// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! HTTP plumbing shared by every operation of a generated client: the client,
//! credentials, requests, responses, errors and request validation.
//!
//! These files are copied byte for byte into each generated crate as `src/runtime/`
//! (this file becoming `mod.rs`), so modules reach each other through `super::` and this
//! file holds only declarations and re-exports.

mod auth;
mod client;
mod clock;
mod config;
mod decode;
mod error;
mod format_text;
// Named by generated code as `formats::...`, like a `#[serde(with)]` module.
#[doc(hidden)]
pub mod formats;
mod login;
#[cfg(feature = "mock")]
mod mock_check;
#[cfg(feature = "mock")]
mod mock_expect;
#[cfg(feature = "mock")]
mod mock_params;
#[cfg(feature = "mock")]
mod mock_server;
#[cfg(feature = "mock")]
#[doc(hidden)]
pub mod mock_support;
#[cfg(feature = "mock")]
mod mock_token;
mod multipart;
mod oauth;
mod options;
mod params;
mod request;
mod response;
mod retry;
mod secret;
mod send;
mod serde_helpers;
mod validate;

// What users of a generated client name: errors, responses, credentials and settings.
pub use auth::{BoxFuture, TokenSource};
pub use bytes::Bytes;
pub use client::{ApiClient, Client, ClientBuilder};
pub use clock::{Clock, ManualClock, TokioClock};
pub use config::Config;
pub use decode::Mismatch;
pub use error::{
    ApiError, AuthError, BuildError, DecodeError, Error, InvalidRequest, MissingCredentials,
    ResponseTooLarge, TransportError,
};
pub use login::{Login, LoginError, PendingLogin};
pub use multipart::Upload;
pub use oauth::UserTokens;
pub use options::RequestOptions;
pub use reqwest::header::HeaderMap;
pub use reqwest::{StatusCode, Url};
pub use response::{RateLimit, Response, ResponseContent, TypedResponse};
pub use secret::Secret;

// What generated code calls. Public so that it can, hidden from the docs because it is
// not meant for anyone else (a generated crate re-exports this file's items as its own).
#[doc(hidden)]
pub use error::SendError;
#[doc(hidden)]
pub use login::AuthorizationEndpoint;
#[doc(hidden)]
pub use multipart::Multipart;
#[doc(hidden)]
pub use params::{path_value, simple_value, to_json, Style};
#[doc(hidden)]
pub use request::{KeyLocation, Operation, Request, Scheme, SchemeKind, TokenEndpoint};
#[doc(hidden)]
pub use reqwest::Method;
#[doc(hidden)]
pub use serde_helpers::{
    collection, double_option, field, missing, null_as_default, optional_field, skip, Key,
};
// Public for the property tests only (`tests/properties.rs`), which need the retry policy
// and the token answer parsing without HTTP.
#[doc(hidden)]
pub use oauth::cache_lifetime_of_token_answer;
#[doc(hidden)]
pub use retry::{decide, Attempt, Decision, Outcome};
#[doc(hidden)]
pub use validate::{check_items, check_length, check_pattern, check_range};
