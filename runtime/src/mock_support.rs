//! A local stand-in for the API in the tests of code that calls it (feature `mock`):
//! typed expectations per operation, the OAuth2 token endpoint, and every request checked
//! the way the API would check it.
//!
//! It is built on `wiremock`, which already serves this project's own client tests: it
//! runs a real HTTP server on loopback and matches requests against registered mocks in
//! priority order. The mock counts the requests each expectation answers and checks the
//! counts when the server is dropped. The generated `mock` module adds the typed layer:
//! one marker type per operation ([`MockOperation`]), whose request body, success body and
//! documented errors are the crate's own types.
//!
//! This file holds what generated code names; the server (`mock_server`), expectations
//! and replies (`mock_expect`), served pages (`mock_pages`), the request checks (`mock_check`, `mock_params`) and the
//! token endpoint (`mock_token`) are its siblings, re-exported here.

use super::request::Operation;
use serde::de::DeserializeOwned;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt::{Debug, Display, Write as _};

pub use super::mock_expect::{Expectation, Reply};
pub use super::mock_pages::{page_json, MockPaging};
pub use super::mock_params::{ParamIn, ParamSpec, ValueKind};
pub use super::mock_server::MockServer;

/// A JSON value, as [`MockPaging::page_json`] gives a page.
pub use serde_json::Value;

/// wiremock's response builder, for [`Reply::raw`].
pub use wiremock::ResponseTemplate;

/// The client id the mock's token endpoint accepts (and the mock's client builder sends).
pub const MOCK_CLIENT_ID: &str = "mock-client-id";
/// The client secret the mock's token endpoint accepts.
pub const MOCK_CLIENT_SECRET: &str = "mock-client-secret";
/// The user's access token the mock's client builder starts with, for user-mode schemes.
pub const MOCK_USER_ACCESS_TOKEN: &str = "mock-user-access-token";
/// The user's refresh token the mock's token endpoint accepts.
pub const MOCK_USER_REFRESH_TOKEN: &str = "mock-user-refresh-token";
/// The token sent for plain bearer and other HTTP-scheme credentials.
pub const MOCK_BEARER_TOKEN: &str = "mock-bearer-token";
/// The user name of basic authentication.
pub const MOCK_USER: &str = "mock-user";
/// The password of basic authentication.
pub const MOCK_PASSWORD: &str = "mock-password";
/// The API key of every API-key scheme.
pub const MOCK_API_KEY: &str = "mock-api-key";

/// Where the mock serves the OAuth2 token endpoint; the mock's client builder points
/// every scheme's token URL there.
pub const TOKEN_PATH: &str = "/__mock/oauth2/token";

/// A generated crate's API as the mock sees it: every operation, and how to point the
/// crate's `ClientBuilder` at the mock with the mock's credentials.
pub trait MockApi: Send + Sync + 'static {
    /// The generated crate's `ClientBuilder`.
    type Builder;
    /// Every operation of the spec.
    fn operations() -> &'static [&'static OperationSpec];
    /// A builder with `base_url` and `token_url` set, and the mock's credentials for
    /// every security scheme.
    fn client_builder(base_url: &str, token_url: &str) -> Self::Builder;
}

/// One operation of a generated crate, as a type: what its request and response are.
/// The generated `mock` module has one implementing type per operation.
pub trait MockOperation: Sized + Send + Sync + 'static {
    /// The crate the operation belongs to.
    type Api: MockApi;
    /// The request body as decoded from the wire: the body type, `Option` of it when the
    /// body is optional, `()` without a body, [`RawBody`] for bodies that are not JSON.
    type Body: Debug + Send + Sync + 'static;
    /// The body of the success response: the crate's type, `()` when there is none.
    type Success;
    /// The operation's method, path, parameters and body check.
    fn spec() -> &'static OperationSpec;
    /// Decodes and checks a request body the way the API would: required fields, enum
    /// values and the spec's constraints.
    fn decode_body(bytes: &[u8]) -> Result<Self::Body, String>;
    /// The success response with `body`: its documented status, media type and content.
    fn success(body: &Self::Success) -> ResponseTemplate;
}

/// What the mock checks of one operation's requests.
#[derive(Debug)]
pub struct OperationSpec {
    /// Method, path template and security requirement.
    pub operation: &'static Operation,
    /// Query, header, cookie and path parameters.
    pub params: &'static [ParamSpec],
    /// Decodes and checks a body; see [`MockOperation::decode_body`].
    pub check_body: fn(&[u8]) -> Result<(), String>,
}

/// The body check of an [`OperationSpec`], from its operation type.
pub fn check_body<O: MockOperation>(bytes: &[u8]) -> Result<(), String> {
    O::decode_body(bytes).map(|_| ())
}

/// The [`MockOperation`] impl of the generated marker type `$name`, whose
/// [`OperationSpec`] is the static `$spec`. The body is one of `(none)`, `(raw req|opt)`
/// (kept as bytes) or `(json|fmt req|opt plain|valid|items T)` (JSON decoded strictly as
/// `T`, through [`formats`](super::formats) for `fmt`, then checked with `T`'s `validate`,
/// each item's for `items`, or not at all for `plain`); `opt` bodies may be empty. The
/// success is `(empty|text|bytes|events|lines STATUS)` or `(json|fmt STATUS T)`. Written
/// out, these impls were the largest part of `mock.rs`, which the generator formats item
/// by item; the code rustc compiles is the same.
#[allow(unused_macros, reason = "a spec without operations does not use it")]
macro_rules! mock_operation {
    ($name:ident, $spec:ident, ($($body:tt)*), ($($success:tt)*)) => {
        impl __rt::mock_support::MockOperation for $name {
            type Api = Api;
            type Body = __rt::mock_support::mock_operation!(@body_type $($body)*);
            type Success = __rt::mock_support::mock_operation!(@success_type $($success)*);

            fn spec() -> &'static __rt::mock_support::OperationSpec {
                &$spec
            }

            fn decode_body(bytes: &[u8]) -> ::std::result::Result<Self::Body, ::std::string::String> {
                __rt::mock_support::mock_operation!(@decode bytes $($body)*)
            }

            fn success(body: &Self::Success) -> __rt::mock_support::ResponseTemplate {
                __rt::mock_support::mock_operation!(@success body $($success)*)
            }
        }
    };
    (@body_type none) => { () };
    (@body_type raw $required:ident) => { __rt::mock_support::RawBody };
    (@body_type $read:ident req $check:ident $t:ty) => { $t };
    (@body_type $read:ident opt $check:ident $t:ty) => { ::std::option::Option<$t> };
    (@decode $bytes:ident none) => {{
        let _ = $bytes;
        ::std::result::Result::Ok(())
    }};
    (@decode $bytes:ident raw req) => {{
        __rt::mock_support::mock_operation!(@required $bytes);
        ::std::result::Result::Ok(__rt::mock_support::RawBody($bytes.to_vec()))
    }};
    (@decode $bytes:ident raw opt) => {
        ::std::result::Result::Ok(__rt::mock_support::RawBody($bytes.to_vec()))
    };
    (@decode $bytes:ident $read:ident req $check:ident $t:ty) => {{
        __rt::mock_support::mock_operation!(@required $bytes);
        let value: $t = __rt::mock_support::mock_operation!(@read $read $bytes $t);
        __rt::mock_support::mock_operation!(@check $check value);
        ::std::result::Result::Ok(value)
    }};
    (@decode $bytes:ident $read:ident opt $check:ident $t:ty) => {{
        if $bytes.is_empty() {
            return ::std::result::Result::Ok(::std::option::Option::None);
        }
        let value: $t = __rt::mock_support::mock_operation!(@read $read $bytes $t);
        __rt::mock_support::mock_operation!(@check $check value);
        ::std::result::Result::Ok(::std::option::Option::Some(value))
    }};
    (@required $bytes:ident) => {
        if $bytes.is_empty() {
            return ::std::result::Result::Err("the request body is required".to_string());
        }
    };
    (@read json $bytes:ident $t:ty) => { __rt::mock_support::decode_json::<$t>($bytes)? };
    (@read fmt $bytes:ident $t:ty) => {
        __rt::mock_support::decode_json::<__rt::formats::Parsed<$t>>($bytes)?.0
    };
    (@check plain $value:ident) => {};
    (@check valid $value:ident) => {
        $value.validate().map_err(|e| e.within("body").to_string())?;
    };
    (@check items $value:ident) => {
        for (i, item) in $value.iter().enumerate() {
            item.validate().map_err(|e| e.within(&::std::format!("body[{i}]")).to_string())?;
        }
    };
    (@success_type empty $status:literal) => { () };
    (@success_type text $status:literal) => { ::std::string::String };
    (@success_type events $status:literal) => { ::std::string::String };
    (@success_type lines $status:literal) => { ::std::string::String };
    (@success_type bytes $status:literal) => { __rt::Bytes };
    (@success_type $write:ident $status:literal $t:ty) => { $t };
    (@success $body:ident empty $status:literal) => {{
        let _ = $body;
        __rt::mock_support::ResponseTemplate::new($status)
    }};
    (@success $body:ident json $status:literal $t:ty) => {
        __rt::mock_support::json_response($status, $body)
    };
    (@success $body:ident fmt $status:literal $t:ty) => {
        __rt::mock_support::json_response($status, &__rt::formats::As($body))
    };
    (@success $body:ident text $status:literal) => {
        __rt::mock_support::mock_operation!(@raw $status $body.as_bytes(), "text/plain")
    };
    (@success $body:ident bytes $status:literal) => {
        __rt::mock_support::mock_operation!(@raw $status $body, "application/octet-stream")
    };
    (@success $body:ident events $status:literal) => {
        __rt::mock_support::mock_operation!(@raw $status $body.as_bytes(), "text/event-stream")
    };
    (@success $body:ident lines $status:literal) => {
        __rt::mock_support::mock_operation!(@raw $status $body.as_bytes(), "application/x-ndjson")
    };
    (@raw $status:literal $bytes:expr, $media:literal) => {
        __rt::mock_support::ResponseTemplate::new($status).set_body_raw($bytes.to_vec(), $media)
    };
}
#[allow(unused_imports, reason = "a spec without operations does not use it")]
pub(crate) use mock_operation;

/// A success response with a JSON body.
pub fn json_response<T: serde::Serialize + ?Sized>(status: u16, body: &T) -> ResponseTemplate {
    match serde_json::to_vec(body) {
        Ok(bytes) => ResponseTemplate::new(status).set_body_raw(bytes, "application/json"),
        // Only a map with non-string keys fails here; answer so that the test sees it.
        Err(e) => {
            ResponseTemplate::new(500).set_body_string(format!("mock: unserializable body: {e}"))
        }
    }
}

/// A request body the mock keeps as bytes: form, multipart, text and binary bodies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawBody(pub Vec<u8>);

impl RawBody {
    /// The body as text, if it is UTF-8.
    pub fn text(&self) -> Option<&str> {
        std::str::from_utf8(&self.0).ok()
    }
}

thread_local! {
    // Set while the mock decodes a request body, so that generated enums refuse values
    // the spec does not list (the client keeps them, the API refuses them).
    static STRICT: Cell<bool> = const { Cell::new(false) };
}

/// Decodes a JSON request body the way the API reads it: unknown enum values are errors.
pub fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    STRICT.with(|s| s.set(true));
    let result = serde_json::from_slice(bytes);
    STRICT.with(|s| s.set(false));
    result.map_err(|e| format!("the body does not match the spec: {e}"))
}

/// Called by generated enums on a value the spec does not list: an error while the mock
/// decodes a request, nothing otherwise.
pub fn check_known<E: serde::de::Error, V: Display>(value: V, listed: &[V]) -> Result<(), E> {
    if !STRICT.with(Cell::get) {
        return Ok(());
    }
    let mut values = String::new();
    for (i, v) in listed.iter().enumerate() {
        let sep = if i == 0 { "" } else { ", " };
        let _ = write!(values, "{sep}`{v}`");
    }
    Err(E::custom(format_args!(
        "`{value}` is not one of the values the spec lists ({values})"
    )))
}

/// A request the mock received for an operation, with its parts decoded.
#[derive(Debug)]
pub struct Received<B> {
    /// The operation's id.
    pub operation: &'static str,
    /// Path parameters by name, percent-decoded.
    pub path_params: BTreeMap<String, String>,
    /// Query pairs in order, decoded.
    pub query: Vec<(String, String)>,
    /// The request headers.
    pub headers: http::HeaderMap,
    /// The typed body, or why it does not decode as the spec says.
    pub body: Result<B, String>,
}

impl<B> Received<B> {
    /// A path parameter by its name in the spec.
    pub fn path_param(&self, name: &str) -> Option<&str> {
        self.path_params.get(name).map(String::as_str)
    }

    /// The first value of a query parameter.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// A request the mock refused, as the API would: bad credentials (401) or a parameter or
/// body the spec does not allow (400). A refusal is an answer, not a test failure: the
/// code under test may be meant to handle it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    /// The operation the request was for.
    pub operation: &'static str,
    /// The status the mock answered.
    pub status: u16,
    /// Why.
    pub reason: String,
}
