//! HTTP plumbing shared by every operation of a generated client: the client,
//! credentials, requests, responses, errors and request validation.
//!
//! These files are copied byte for byte into each generated crate as `src/runtime/`
//! (this file becoming `mod.rs`), so modules reach each other through `super::` and this
//! file holds only declarations and re-exports. In a generated crate this module is
//! private: users reach only what its root re-exports, which is this file's list of
//! documented re-exports below (the generator reads it). The runtime crate's own root
//! (`crate/lib.rs`) lays it out the same way.

mod auth;
mod body;
mod client;
mod clock;
mod config;
mod decode;
mod error;
mod format_text;
mod impls;
// Named by generated code as `formats::...`, like a `#[serde(with)]` module.
#[doc(hidden)]
pub mod formats;
mod login;
#[cfg(feature = "mock")]
mod mock_check;
#[cfg(feature = "mock")]
mod mock_expect;
#[cfg(feature = "mock")]
mod mock_pages;
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
// Crate-visible for the unit tests in the runtime crate's root (`crate/`).
pub(crate) mod oauth;
mod options;
mod paginate;
mod params;
mod request;
pub(crate) mod response;
pub(crate) mod retry;
mod secret;
mod send;
mod sending;
pub(crate) mod serde_helpers;
mod stream;
mod validate;
// Re-exported as the generated crate's `webhooks` module.
#[cfg(feature = "webhooks")]
#[doc(hidden)]
pub mod webhook;
// The generated `webhooks::Event` reads deliveries through it.
#[cfg(feature = "webhooks")]
#[doc(hidden)]
pub mod webhook_events;

// What users of a generated client name: errors, responses, credentials and settings. A
// generated crate's root re-exports exactly these (but `Client` and `ClientBuilder`, which
// it wraps), so each one is part of its public API; everything else here is hidden.
pub use auth::{BoxFuture, TokenSource};
pub use body::Body;
pub use bytes::Bytes;
pub use client::{Client, ClientBuilder};
pub use clock::{Clock, ManualClock};
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
pub use paginate::{Items, Pages, PaginationError};
pub use reqwest::header::HeaderMap;
pub use reqwest::{StatusCode, Url};
pub use response::{RateLimit, Response, ResponseContent, TypedResponse};
pub use secret::Secret;
pub use sending::Sending;
pub use stream::{ByteStream, Event, EventStream, JsonLines};

// What generated code calls (as `crate::runtime::...`), and the runtime's HTTP tests.
// In a generated crate no path from outside reaches them.
#[doc(hidden)]
pub use error::SendError;
#[doc(hidden)]
pub use login::AuthorizationEndpoint;
#[doc(hidden)]
pub use multipart::Multipart;
#[doc(hidden)]
pub use paginate::PageRule;
#[doc(hidden)]
pub use params::{path_value, simple_value, to_json, Style};
#[doc(hidden)]
pub use request::{KeyLocation, Operation, Request, Scheme, SchemeKind, TokenEndpoint};
#[doc(hidden)]
pub use reqwest::Method;
#[doc(hidden)]
pub use serde_helpers::{
    double_option, null_as_default, read_struct, write_struct, Fields, ReadColl, ReadCollFmt,
    ReadDefault, ReadDefaultFmt, ReadFields, ReadKeep, ReadKeepFmt, ReadReq, ReadReqFmt, WriteOpt,
    WriteOptFmt, WriteReq,
};
// The models' serde impls (`__rt::serialize_struct!(...)`); a spec without such structs
// does not use them.
#[allow(
    unused_imports,
    reason = "a spec without plain structs does not use them"
)]
pub(crate) use serde_helpers::{deserialize_struct, serialize_struct};
// The error enums' and value enums' impls (`__rt::api_error!(...)`), the structs' setters.
#[allow(unused_imports, reason = "a spec without such types does not use them")]
pub(crate) use impls::{api_error, int_enum, setters, string_enum};
#[doc(hidden)]
pub use stream::{json as stream_json, text as stream_text};
#[doc(hidden)]
pub use validate::{check_items, check_length, check_pattern, check_range};
