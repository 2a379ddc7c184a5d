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
mod error;
mod login;
mod multipart;
mod oauth;
mod params;
mod request;
mod response;
mod retry;
mod secret;
mod send;
mod serde_helpers;
mod validate;

pub use auth::{BoxFuture, TokenSource};
pub use bytes::Bytes;
pub use client::{ApiClient, Client, ClientBuilder};
pub use clock::{Clock, ManualClock, TokioClock};
pub use config::Config;
pub use error::{
    AuthError, BuildError, DecodeError, Error, InvalidRequest, MissingCredentials, SendError,
    TransportError,
};
pub use login::{AuthorizationEndpoint, Login, LoginError, PendingLogin};
pub use multipart::{Multipart, Upload};
pub use oauth::UserTokens;
pub use params::{path_value, simple_value, to_json, Style};
pub use request::{KeyLocation, Operation, Request, Scheme, SchemeKind, TokenEndpoint};
pub use reqwest::header::HeaderMap;
pub use reqwest::{Method, StatusCode, Url};
pub use response::{RateLimit, Response, ResponseContent, TypedResponse};
pub use secret::Secret;
pub use serde_helpers::double_option;
pub use validate::{check_items, check_length, check_pattern, check_range};
