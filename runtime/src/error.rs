//! Errors: per-operation `Error<E>`, the `ApiError` trait of the operations' error enums,
//! the send path's non-generic `SendError` and their parts.
//!
//! A wrapper is transparent: it displays its inner error and returns that error's own
//! source, so an error chain (`{:#}` in anyhow, a loop over `source()`) names each layer
//! once.

use std::fmt;

use bytes::Bytes;
use reqwest::StatusCode;

use super::paginate::PaginationError;
use super::request::{Operation, Scheme};
use super::response::ResponseContent;

/// Why an operation failed. `E` is the operation's own error enum, which has a variant for
/// each error status the spec declares and implements [`ApiError`], so that one function
/// can handle the errors of every operation:
///
/// ```ignore
/// fn report<E: ApiError>(error: &Error<E>) {
///     match error.status() {
///         Some(status) => eprintln!("{error} (HTTP {status})"),
///         None => eprintln!("{error}"),
///     }
/// }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The request breaks a rule of the spec (e.g. `maxLength`); nothing was sent.
    InvalidRequest(InvalidRequest),
    /// The operation needs credentials the client was not given; nothing was sent.
    MissingCredentials(MissingCredentials),
    /// The token source failed; nothing was sent.
    Auth(AuthError),
    /// The request could not be sent or the response could not be read.
    Transport(TransportError),
    /// A successful response whose body does not match the spec.
    Decode(DecodeError),
    /// The server answered with an error status.
    Api(E),
    /// A list's next page could not be fetched: the server pointed back at a page
    /// already fetched, or gave a next link that is not a URL. The pages before it came.
    Pagination(PaginationError),
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(e) => e.fmt(f),
            Error::MissingCredentials(e) => e.fmt(f),
            Error::Auth(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::Decode(e) => e.fmt(f),
            Error::Api(e) => e.fmt(f),
            Error::Pagination(e) => e.fmt(f),
        }
    }
}

// Transparent: `Display` is the inner error's, so the source is the inner error's source.
impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidRequest(e) => std::error::Error::source(e),
            Error::MissingCredentials(e) => std::error::Error::source(e),
            Error::Auth(e) => std::error::Error::source(e),
            Error::Transport(e) => std::error::Error::source(e),
            Error::Decode(e) => std::error::Error::source(e),
            Error::Api(e) => std::error::Error::source(e),
            Error::Pagination(e) => std::error::Error::source(e),
        }
    }
}

impl<E> Error<E> {
    /// The operation's error enum, when the server answered with an error status.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The operation's error enum, by value, when the server answered with an error status.
    pub fn into_api_error(self) -> Option<E> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }
}

impl<E: ApiError> Error<E> {
    /// The response as received, when there was one: an error status (`Api`) or a
    /// success whose body does not match the spec (`Decode`).
    pub fn response(&self) -> Option<&ResponseContent> {
        match self {
            Error::Api(e) => Some(e.response()),
            Error::Decode(e) => Some(e.response()),
            _ => None,
        }
    }

    /// The HTTP status of that response.
    pub fn status(&self) -> Option<StatusCode> {
        self.response().map(ResponseContent::status)
    }

    /// The body of that response, as received.
    pub fn raw_body(&self) -> Option<&Bytes> {
        self.response().map(ResponseContent::body)
    }
}

/// What the error enums of all operations (the generated `error` module) share: the
/// response, its status, whether the spec declares that status, and the body, so that one
/// handler serves every operation (`fn report<E: ApiError>(error: &Error<E>)`). Each enum
/// still has a variant per declared status for code that tells them apart.
pub trait ApiError: std::error::Error + Send + Sync + 'static {
    /// The response as received: status, headers and raw body.
    fn response(&self) -> &ResponseContent;

    /// The HTTP status.
    fn status(&self) -> StatusCode {
        self.response().status()
    }

    /// True when the spec declares this status for the operation (the enum has a variant
    /// for it); false for a status it does not list (`UnexpectedStatus`).
    fn is_declared(&self) -> bool;

    /// The `operationId` of the call that failed.
    fn operation(&self) -> &'static str {
        self.response().operation()
    }

    /// The body decoded as the type the spec declares for this status, when it declares
    /// one and the body matched it: downcast it to that type (`models::Problem`, say).
    fn typed_body(&self) -> Option<&(dyn std::any::Any + Send + Sync)> {
        None
    }

    /// The body decoded from JSON as `T`, whatever the spec declares for the status.
    fn body_as<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error>
    where
        Self: Sized,
    {
        self.response().json()
    }
}

impl<E> From<SendError> for Error<E> {
    fn from(error: SendError) -> Self {
        match error {
            SendError::InvalidRequest(e) => Error::InvalidRequest(e),
            SendError::MissingCredentials(e) => Error::MissingCredentials(e),
            SendError::Auth(e) => Error::Auth(e),
            SendError::Transport(e) => Error::Transport(e),
        }
    }
}

impl<E> From<InvalidRequest> for Error<E> {
    fn from(error: InvalidRequest) -> Self {
        Error::InvalidRequest(error)
    }
}

impl<E> From<DecodeError> for Error<E> {
    fn from(error: DecodeError) -> Self {
        Error::Decode(error)
    }
}

/// Why `Client::send` got no response. It is the same for every operation, so the send
/// path is compiled once; `?` turns it into the operation's [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SendError {
    /// The request could not be put together (bad header value, credentials refused over
    /// plain http); nothing was sent.
    InvalidRequest(InvalidRequest),
    /// The operation needs credentials the client was not given; nothing was sent.
    MissingCredentials(MissingCredentials),
    /// The token source failed; nothing was sent.
    Auth(AuthError),
    /// The request could not be sent or the response could not be read.
    Transport(TransportError),
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SendError::InvalidRequest(e) => e.fmt(f),
            SendError::MissingCredentials(e) => e.fmt(f),
            SendError::Auth(e) => e.fmt(f),
            SendError::Transport(e) => e.fmt(f),
        }
    }
}

// Transparent, as `Error` is.
impl std::error::Error for SendError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SendError::InvalidRequest(e) => std::error::Error::source(e),
            SendError::MissingCredentials(e) => std::error::Error::source(e),
            SendError::Auth(e) => std::error::Error::source(e),
            SendError::Transport(e) => std::error::Error::source(e),
        }
    }
}

impl From<InvalidRequest> for SendError {
    fn from(error: InvalidRequest) -> Self {
        SendError::InvalidRequest(error)
    }
}

/// A request that breaks a rule of the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidRequest {
    field: String,
    message: String,
}

impl InvalidRequest {
    /// An error about `field`; called by generated code.
    #[doc(hidden)]
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        InvalidRequest {
            field: field.into(),
            message: message.into(),
        }
    }

    /// Puts the field inside `parent`, as `parent.field`; called by generated code.
    #[doc(hidden)]
    pub fn within(mut self, parent: &str) -> Self {
        self.field = format!("{parent}.{}", self.field);
        self
    }

    /// The offending field, by its name on the wire (`parent.child`, `items[2]`).
    pub fn field(&self) -> &str {
        &self.field
    }

    /// What is wrong with it.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for InvalidRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid request: `{}` {}", self.field, self.message)
    }
}

impl std::error::Error for InvalidRequest {}

/// The operation needs credentials the client was not given.
#[derive(Clone, Debug)]
pub struct MissingCredentials {
    operation: &'static str,
    security: &'static [&'static [Scheme]],
}

impl MissingCredentials {
    pub(crate) fn new(op: &'static Operation) -> Self {
        MissingCredentials {
            operation: op.id,
            security: op.security,
        }
    }

    /// The operation's id.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The names of the security schemes of each alternative the operation accepts.
    pub fn accepted(&self) -> Vec<Vec<&'static str>> {
        self.security
            .iter()
            .map(|alt| alt.iter().map(|s| s.name).collect())
            .collect()
    }
}

impl fmt::Display for MissingCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let alternatives: Vec<String> = self.accepted().iter().map(|alt| alt.join(" + ")).collect();
        write!(
            f,
            "operation `{}` needs credentials for {}, and the client has none configured for it",
            self.operation,
            alternatives.join(" or ")
        )
    }
}

impl std::error::Error for MissingCredentials {}

/// Getting a token failed. When the token endpoint answered with an OAuth2 error
/// (RFC 6749 section 5.2), its `error` code and `error_description` are kept.
#[derive(Debug)]
pub struct AuthError {
    message: String,
    error: Option<String>,
    error_description: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl AuthError {
    /// An error with a message and, optionally, its cause. Neither may contain a secret.
    pub fn new(
        message: impl Into<String>,
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        AuthError {
            message: message.into(),
            error: None,
            error_description: None,
            source,
        }
    }

    /// The token endpoint's RFC 6749 error answer.
    pub(crate) fn refused(error: String, error_description: Option<String>) -> Self {
        AuthError {
            message: "the token endpoint refused the request".into(),
            error: Some(error),
            error_description,
            source: None,
        }
    }

    /// The OAuth2 `error` code from the token endpoint, e.g. `invalid_client`.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// The OAuth2 `error_description` from the token endpoint.
    pub fn error_description(&self) -> Option<&str> {
        self.error_description.as_deref()
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not get credentials: {}", self.message)?;
        if let Some(code) = &self.error {
            write!(f, " (`{code}`")?;
            if let Some(description) = &self.error_description {
                write!(f, ": {description}")?;
            }
            f.write_str(")")?;
        }
        Ok(())
    }
}

impl std::error::Error for AuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as _)
    }
}

/// The request could not be sent or the response could not be read.
#[derive(Debug)]
pub struct TransportError(Box<(&'static str, &'static str, Failure)>);

impl TransportError {
    pub(crate) fn new(op: &'static Operation, error: Failure) -> Self {
        // The URL can carry an API key in its query, so it is dropped from the error.
        let error = match error {
            Failure::Http(e) => Failure::Http(e.without_url()),
            other => other,
        };
        TransportError(Box::new((op.id, op.path, error)))
    }

    /// True if the server could not be reached.
    pub fn is_connect(&self) -> bool {
        self.0 .2.is_connect()
    }

    /// True if the request timed out (`Config::request_timeout`, which covers the body).
    pub fn is_timeout(&self) -> bool {
        self.0 .2.is_timeout()
    }

    /// Set when the body was larger than `Config::max_response_bytes` allows; it was not
    /// read past the limit.
    pub fn too_large(&self) -> Option<&ResponseTooLarge> {
        match &self.0 .2 {
            Failure::TooLarge(e) => Some(e),
            Failure::Http(_) | Failure::Idle(_) => None,
        }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` ({}) failed in transport: {}",
            self.0 .0, self.0 .1, self.0 .2
        )
    }
}

// The failure's text is part of this error's, so its source is the failure's source.
impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.0 .2)
    }
}

/// A response body larger than the client accepts (`Config::max_response_bytes`): a
/// hostile or broken server must not make the client allocate without bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResponseTooLarge {
    limit: u64,
    content_length: Option<u64>,
}

impl ResponseTooLarge {
    pub(crate) fn new(limit: u64, content_length: Option<u64>) -> Self {
        ResponseTooLarge {
            limit,
            content_length,
        }
    }

    /// The limit in bytes that the body passed.
    pub fn limit(&self) -> u64 {
        self.limit
    }

    /// The `Content-Length` the server declared, if any. When it is over the limit the
    /// body was not read at all.
    pub fn content_length(&self) -> Option<u64> {
        self.content_length
    }
}

impl fmt::Display for ResponseTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the response body is larger than {} bytes", self.limit)?;
        if let Some(length) = self.content_length {
            write!(f, " (Content-Length: {length})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ResponseTooLarge {}

/// Why a response could not be read: reqwest failed, or the body passed the size limit.
/// Also the error type of the token endpoint's HTTP adapter, so `oauth2` can carry it.
#[derive(Debug)]
pub(crate) enum Failure {
    Http(reqwest::Error),
    TooLarge(ResponseTooLarge),
    /// No response, or no bytes of a streamed body, for this long.
    Idle(std::time::Duration),
}

impl Failure {
    pub(crate) fn is_connect(&self) -> bool {
        matches!(self, Failure::Http(e) if e.is_connect())
    }

    pub(crate) fn is_timeout(&self) -> bool {
        matches!(self, Failure::Http(e) if e.is_timeout()) || matches!(self, Failure::Idle(_))
    }
}

impl From<reqwest::Error> for Failure {
    fn from(error: reqwest::Error) -> Self {
        Failure::Http(error)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Http(e) => e.fmt(f),
            Failure::TooLarge(e) => e.fmt(f),
            Failure::Idle(d) => write!(f, "nothing received for {} ms", d.as_millis()),
        }
    }
}

// Transparent: it displays reqwest's error (or the size limit's), so its source is theirs.
impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Failure::Http(e) => std::error::Error::source(e),
            Failure::TooLarge(e) => std::error::Error::source(e),
            Failure::Idle(_) => None,
        }
    }
}

/// A successful response whose body does not match the spec.
#[derive(Debug)]
pub struct DecodeError {
    message: String,
    path: Option<String>,
    response: ResponseContent,
}

impl DecodeError {
    pub(crate) fn new(
        message: impl Into<String>,
        path: Option<String>,
        response: ResponseContent,
    ) -> Self {
        DecodeError {
            message: message.into(),
            path,
            response,
        }
    }

    /// The response as received, with its raw body.
    pub fn response(&self) -> &ResponseContent {
        &self.response
    }

    /// What did not match.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where in a JSON body the value that did not match is, e.g. `content[3].mimetype`
    /// (`.` for the body itself); `None` for a body that is not JSON.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let operation = self.response.operation();
        if !operation.is_empty() {
            write!(f, "`{operation}`: ")?;
        }
        write!(
            f,
            "the {} response does not match the spec",
            self.response.status()
        )?;
        match &self.path {
            Some(path) => write!(f, " at `{path}`: {}", self.message),
            None => write!(f, ": {}", self.message),
        }
    }
}

impl std::error::Error for DecodeError {}

/// The client could not be built.
#[derive(Debug)]
pub struct BuildError(String);

impl BuildError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        BuildError(message.into())
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BuildError {}
