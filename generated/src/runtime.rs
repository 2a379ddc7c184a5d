// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! HTTP plumbing shared by every operation: the client, credentials, requests, responses,
//! errors and request validation.
//!
//! This file is copied verbatim into every generated crate, so it is written once, as Rust,
//! and compiled and tested through the generated crate; the generated code stays thin.
#![allow(dead_code)]
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
pub use bytes::Bytes;
pub use reqwest::header::HeaderMap;
pub use reqwest::{Method, StatusCode, Url};
/// A credential (token, key or password) whose value never appears in `Debug` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);
impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    /// The credential itself, for sending it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}
impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}
impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}
impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_string())
    }
}
/// A boxed future, as returned by [`TokenSource::token`].
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
/// Supplies bearer tokens (OAuth2, OpenID Connect or HTTP bearer schemes).
///
/// The client asks for a token before every request that needs one, so an implementation
/// can cache, refresh or fetch tokens however it likes.
pub trait TokenSource: Send + Sync {
    /// Returns a token that is valid now.
    fn token(&self) -> BoxFuture<'_, Result<Secret, AuthError>>;
}
/// A fixed token, as given to [`ClientBuilder::bearer_token`].
struct StaticToken(Secret);
impl TokenSource for StaticToken {
    fn token(&self) -> BoxFuture<'_, Result<Secret, AuthError>> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}
/// Getting a token from a [`TokenSource`] failed.
#[derive(Debug)]
pub struct AuthError {
    message: String,
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
            source,
        }
    }
}
impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not get credentials: {}", self.message)
    }
}
impl std::error::Error for AuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as _)
    }
}
/// Where an API key goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum KeyLocation {
    Header,
    Query,
    Cookie,
}
/// How a security scheme puts credentials on a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SchemeKind {
    Bearer,
    Basic,
    ApiKey { location: KeyLocation, param: &'static str },
}
/// A security scheme, as an operation's requirement names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Scheme {
    pub(crate) name: &'static str,
    pub(crate) kind: SchemeKind,
}
#[derive(Clone, Default)]
struct Credentials {
    bearer: Option<Arc<dyn TokenSource>>,
    basic: Option<(String, Secret)>,
    api_keys: BTreeMap<String, Secret>,
}
impl Credentials {
    fn has(&self, scheme: &Scheme) -> bool {
        match scheme.kind {
            SchemeKind::Bearer => self.bearer.is_some(),
            SchemeKind::Basic => self.basic.is_some(),
            SchemeKind::ApiKey { .. } => self.api_keys.contains_key(scheme.name),
        }
    }
}
impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("bearer", &self.bearer.as_ref().map(|_| "<token source>"))
            .field("basic", &self.basic.as_ref().map(|(user, _)| (user, "<redacted>")))
            .field("api_keys", &self.api_keys.keys().collect::<Vec<_>>())
            .finish()
    }
}
/// The API client. Cheap to clone: clones share one connection pool and one set of
/// credentials.
///
/// Build one with `Client::builder()`; each operation of the API is an async method.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}
struct Inner {
    http: reqwest::Client,
    base_url: Url,
    credentials: Credentials,
}
impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url.as_str())
            .field("credentials", &self.inner.credentials)
            .finish()
    }
}
/// Configures a [`Client`].
#[derive(Debug)]
pub struct ClientBuilder {
    base_url: Option<Cow<'static, str>>,
    http: Option<reqwest::Client>,
    credentials: Credentials,
}
impl ClientBuilder {
    /// A builder whose base URL defaults to the spec's first server, if it has one.
    pub(crate) fn with_default_base_url(default: Option<&'static str>) -> Self {
        ClientBuilder {
            base_url: default.map(Cow::Borrowed),
            http: None,
            credentials: Credentials::default(),
        }
    }
    /// Sends requests to `url` instead of the spec's server, e.g. a test environment or a
    /// local mock. Operation paths are appended to it.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(Cow::Owned(url.into()));
        self
    }
    /// Sends `token` as `Authorization: Bearer <token>` to operations whose security
    /// scheme is OAuth2, OpenID Connect or HTTP bearer.
    pub fn bearer_token(mut self, token: impl Into<Secret>) -> Self {
        self.credentials.bearer = Some(Arc::new(StaticToken(token.into())));
        self
    }
    /// Asks `source` for a bearer token before each request that needs one; use this for
    /// tokens that expire.
    pub fn token_source(mut self, source: impl TokenSource + 'static) -> Self {
        self.credentials.bearer = Some(Arc::new(source));
        self
    }
    /// Sends `user` and `password` to operations whose security scheme is HTTP basic.
    pub fn basic_auth(
        mut self,
        user: impl Into<String>,
        password: impl Into<Secret>,
    ) -> Self {
        self.credentials.basic = Some((user.into(), password.into()));
        self
    }
    /// Sends `key` for the API-key security scheme named `scheme` in the spec.
    pub fn api_key(mut self, scheme: impl Into<String>, key: impl Into<Secret>) -> Self {
        self.credentials.api_keys.insert(scheme.into(), key.into());
        self
    }
    /// Uses a preconfigured `reqwest` client (timeouts, proxies, TLS settings).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }
    /// Builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        let Some(raw) = self.base_url else {
            return Err(
                BuildError(
                    "no base URL: the spec names no absolute server URL, so call `base_url`"
                        .into(),
                ),
            );
        };
        let base_url = Url::parse(&raw)
            .map_err(|e| BuildError(format!("invalid base URL `{raw}`: {e}")))?;
        if base_url.cannot_be_a_base() {
            return Err(BuildError(format!("`{raw}` cannot be used as a base URL")));
        }
        let http = match self.http {
            Some(http) => http,
            None => {
                reqwest::Client::builder()
                    .build()
                    .map_err(|e| BuildError(
                        format!("could not set up the HTTP client: {e}"),
                    ))?
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                credentials: self.credentials,
            }),
        })
    }
}
/// The client could not be built.
#[derive(Debug)]
pub struct BuildError(String);
impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for BuildError {}
/// What the generated code knows about an operation.
#[derive(Debug)]
pub(crate) struct Operation {
    pub(crate) id: &'static str,
    pub(crate) method: Method,
    pub(crate) path: &'static str,
    /// Alternatives: any one list, all of whose schemes are configured, will do.
    pub(crate) security: &'static [&'static [Scheme]],
}
enum RequestBody {
    Bytes { content_type: &'static str, data: Vec<u8> },
    Multipart(reqwest::multipart::Form),
}
/// A request being put together by an operation.
pub(crate) struct Request<E> {
    op: &'static Operation,
    url: Url,
    headers: HeaderMap,
    cookies: Vec<String>,
    body: Option<RequestBody>,
    _error: std::marker::PhantomData<fn() -> E>,
}
impl<E> Request<E> {
    /// Appends a query pair.
    pub(crate) fn query(&mut self, name: &str, value: &str) {
        self.url.query_pairs_mut().append_pair(name, value);
    }
    /// Sets a header; values that are not valid in a header are refused before sending.
    pub(crate) fn header(
        &mut self,
        name: &'static str,
        value: &str,
    ) -> Result<(), Error<E>> {
        let invalid = || Error::InvalidRequest(
            InvalidRequest::new(name, "is not a valid header name or value"),
        );
        let header = reqwest::header::HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| invalid())?;
        let value = reqwest::header::HeaderValue::from_str(value)
            .map_err(|_| invalid())?;
        self.headers.append(header, value);
        Ok(())
    }
    /// Adds a cookie to the `Cookie` header.
    pub(crate) fn cookie(&mut self, name: &str, value: &str) {
        self.cookies.push(format!("{name}={value}"));
    }
    /// Sends `body` as JSON.
    pub(crate) fn json<T: serde::Serialize + ?Sized>(
        &mut self,
        content_type: &'static str,
        body: &T,
    ) -> Result<(), Error<E>> {
        let data = serde_json::to_vec(body)
            .map_err(|e| Error::InvalidRequest(
                InvalidRequest::new("body", format!("cannot be encoded as JSON: {e}")),
            ))?;
        self.body = Some(RequestBody::Bytes {
            content_type,
            data,
        });
        Ok(())
    }
    /// Sends `body` form-encoded.
    pub(crate) fn form<T: serde::Serialize + ?Sized>(
        &mut self,
        content_type: &'static str,
        body: &T,
    ) -> Result<(), Error<E>> {
        let data = serde_urlencoded::to_string(body)
            .map_err(|e| Error::InvalidRequest(
                InvalidRequest::new("body", format!("cannot be form-encoded: {e}")),
            ))?;
        self.body = Some(RequestBody::Bytes {
            content_type,
            data: data.into_bytes(),
        });
        Ok(())
    }
    /// Sends `data` as it is.
    pub(crate) fn bytes(&mut self, content_type: &'static str, data: Vec<u8>) {
        self.body = Some(RequestBody::Bytes {
            content_type,
            data,
        });
    }
    /// Sends a multipart form.
    pub(crate) fn multipart(&mut self, form: Multipart) {
        self.body = Some(RequestBody::Multipart(form.0));
    }
}
/// A `multipart/form-data` body under construction.
pub(crate) struct Multipart(reqwest::multipart::Form);
impl Multipart {
    pub(crate) fn new() -> Self {
        Multipart(reqwest::multipart::Form::new())
    }
    pub(crate) fn text(self, name: &'static str, value: String) -> Self {
        Multipart(self.0.text(name, value))
    }
    pub(crate) fn bytes(self, name: &'static str, value: Vec<u8>) -> Self {
        Multipart(
            self.0.part(name, reqwest::multipart::Part::bytes(value).file_name(name)),
        )
    }
    pub(crate) fn json<T: serde::Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<Self, InvalidRequest> {
        let text = serde_json::to_string(value)
            .map_err(|e| InvalidRequest::new(
                name,
                format!("cannot be encoded as JSON: {e}"),
            ))?;
        Ok(self.text(name, text))
    }
}
impl Client {
    pub(crate) fn builder_with(default_base_url: Option<&'static str>) -> ClientBuilder {
        ClientBuilder::with_default_base_url(default_base_url)
    }
    /// The base URL requests go to.
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }
    /// Starts a request to the base URL plus `segments`, each percent-encoded as one path
    /// segment (so a `/` inside a parameter cannot change the path).
    pub(crate) fn request<E>(
        &self,
        op: &'static Operation,
        segments: &[&str],
    ) -> Request<E> {
        let mut url = self.inner.base_url.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        Request {
            op,
            url,
            headers: HeaderMap::new(),
            cookies: Vec::new(),
            body: None,
            _error: std::marker::PhantomData,
        }
    }
    /// Adds credentials, sends the request and reads the whole response.
    pub(crate) async fn send<E>(
        &self,
        mut req: Request<E>,
    ) -> Result<ResponseContent, Error<E>> {
        self.authorize(&mut req).await?;
        let mut builder = self.inner.http.request(req.op.method.clone(), req.url);
        if !req.cookies.is_empty() {
            let cookie = req.cookies.join("; ");
            let value = reqwest::header::HeaderValue::from_str(&cookie)
                .map_err(|_| Error::InvalidRequest(
                    InvalidRequest::new("Cookie", "is not a valid header value"),
                ))?;
            req.headers.append(reqwest::header::COOKIE, value);
        }
        builder = builder.headers(req.headers);
        builder = match req.body {
            Some(RequestBody::Bytes { content_type, data }) => {
                builder.header(reqwest::header::CONTENT_TYPE, content_type).body(data)
            }
            Some(RequestBody::Multipart(form)) => builder.multipart(form),
            None => builder,
        };
        let op = req.op;
        let response = builder
            .send()
            .await
            .map_err(|e| Error::Transport(TransportError::new(op, e)))?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|e| Error::Transport(TransportError::new(op, e)))?;
        Ok(
            ResponseContent(
                Box::new(ResponseParts {
                    status,
                    headers,
                    body,
                }),
            ),
        )
    }
    async fn authorize<E>(&self, req: &mut Request<E>) -> Result<(), Error<E>> {
        let security = req.op.security;
        if security.is_empty() {
            return Ok(());
        }
        let creds = &self.inner.credentials;
        let Some(chosen) = security.iter().find(|alt| alt.iter().all(|s| creds.has(s)))
        else {
            return Err(
                Error::MissingCredentials(MissingCredentials {
                    operation: req.op.id,
                    security,
                }),
            );
        };
        for scheme in chosen.iter() {
            match scheme.kind {
                SchemeKind::Bearer => {
                    if let Some(source) = &creds.bearer {
                        let token = source.token().await.map_err(Error::Auth)?;
                        let value = format!("Bearer {}", token.expose());
                        set_secret_header(
                            &mut req.headers,
                            reqwest::header::AUTHORIZATION,
                            &value,
                        )?;
                    }
                }
                SchemeKind::Basic => {
                    if let Some((user, password)) = &creds.basic {
                        use base64::Engine as _;
                        let encoded = base64::engine::general_purpose::STANDARD
                            .encode(format!("{user}:{}", password.expose()));
                        set_secret_header(
                            &mut req.headers,
                            reqwest::header::AUTHORIZATION,
                            &format!("Basic {encoded}"),
                        )?;
                    }
                }
                SchemeKind::ApiKey { location, param } => {
                    if let Some(key) = creds.api_keys.get(scheme.name) {
                        match location {
                            KeyLocation::Header => {
                                let name = reqwest::header::HeaderName::from_bytes(
                                        param.as_bytes(),
                                    )
                                    .map_err(|_| {
                                        Error::InvalidRequest(
                                            InvalidRequest::new(param, "is not a valid header name"),
                                        )
                                    })?;
                                set_secret_header(&mut req.headers, name, key.expose())?;
                            }
                            KeyLocation::Query => req.query(param, key.expose()),
                            KeyLocation::Cookie => req.cookie(param, key.expose()),
                        }
                    }
                }
            }
        }
        Ok(())
    }
}
/// Sets a header that carries a secret, marked sensitive so HTTP layers do not log it.
fn set_secret_header<E>(
    headers: &mut HeaderMap,
    name: reqwest::header::HeaderName,
    value: &str,
) -> Result<(), Error<E>> {
    let mut value = reqwest::header::HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidRequest(
            InvalidRequest::new(
                name.as_str().to_string(),
                "credential is not a valid header value",
            ),
        ))?;
    value.set_sensitive(true);
    headers.insert(name, value);
    Ok(())
}
/// A response as received: status, headers and the whole body.
pub struct ResponseContent(Box<ResponseParts>);
struct ResponseParts {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}
impl ResponseContent {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.0.status
    }
    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.0.headers
    }
    /// The raw body.
    pub fn body(&self) -> &Bytes {
        &self.0.body
    }
    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.0.body)
    }
    /// Decodes the body as JSON.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.0.body)
    }
    /// Decodes a successful response's JSON body into the type the spec declares.
    pub(crate) fn decode<T: serde::de::DeserializeOwned, E>(
        self,
    ) -> Result<T, Error<E>> {
        match self.json() {
            Ok(value) => Ok(value),
            Err(e) => {
                Err(
                    Error::Decode(DecodeError {
                        message: e.to_string(),
                        response: self,
                    }),
                )
            }
        }
    }
    /// Decodes a successful response's body as UTF-8 text.
    pub(crate) fn decode_text<E>(self) -> Result<String, Error<E>> {
        match std::str::from_utf8(&self.0.body) {
            Ok(text) => Ok(text.to_string()),
            Err(e) => {
                Err(
                    Error::Decode(DecodeError {
                        message: e.to_string(),
                        response: self,
                    }),
                )
            }
        }
    }
    /// Decodes an error response whose body the spec describes; a body that does not
    /// match is kept raw rather than hiding the error status behind a decode error.
    pub(crate) fn typed<T: serde::de::DeserializeOwned>(self) -> TypedResponse<T> {
        let body = self.json().ok().map(Box::new);
        TypedResponse {
            body,
            content: self,
        }
    }
}
impl fmt::Debug for ResponseContent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseContent")
            .field("status", &self.0.status)
            .field("headers", &self.0.headers)
            .field("body", &self.text())
            .finish()
    }
}
/// An error response whose body the spec describes.
#[derive(Debug)]
pub struct TypedResponse<T> {
    /// The decoded body, or `None` if the body did not match the spec.
    pub body: Option<Box<T>>,
    /// The response as received.
    pub content: ResponseContent,
}
/// Why an operation failed. `E` is the operation's own error enum, which has a variant for
/// each error status the spec declares.
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
        }
    }
}
impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidRequest(e) => Some(e),
            Error::MissingCredentials(e) => Some(e),
            Error::Auth(e) => Some(e),
            Error::Transport(e) => Some(e),
            Error::Decode(e) => Some(e),
            Error::Api(e) => Some(e),
        }
    }
}
/// A request that breaks a rule of the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidRequest {
    field: String,
    message: String,
}
impl InvalidRequest {
    pub(crate) fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        InvalidRequest {
            field: field.into(),
            message: message.into(),
        }
    }
    /// Puts the field inside `parent`, as `parent.field`.
    pub(crate) fn within(mut self, parent: &str) -> Self {
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
    /// The operation's id.
    pub fn operation(&self) -> &'static str {
        self.operation
    }
    /// The names of the security schemes of each alternative the operation accepts.
    pub fn accepted(&self) -> Vec<Vec<&'static str>> {
        self.security.iter().map(|alt| alt.iter().map(|s| s.name).collect()).collect()
    }
}
impl fmt::Display for MissingCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let alternatives: Vec<String> = self
            .accepted()
            .iter()
            .map(|alt| alt.join(" + "))
            .collect();
        write!(
            f,
            "operation `{}` needs credentials for {}, and the client has none configured for it",
            self.operation, alternatives.join(" or ")
        )
    }
}
impl std::error::Error for MissingCredentials {}
/// The request could not be sent or the response could not be read.
#[derive(Debug)]
pub struct TransportError(Box<(&'static str, &'static str, reqwest::Error)>);
impl TransportError {
    fn new(op: &'static Operation, error: reqwest::Error) -> Self {
        TransportError(Box::new((op.id, op.path, error.without_url())))
    }
    /// True if the server could not be reached.
    pub fn is_connect(&self) -> bool {
        self.0.2.is_connect()
    }
    /// True if the request timed out.
    pub fn is_timeout(&self) -> bool {
        self.0.2.is_timeout()
    }
}
impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` ({}) failed in transport: {}", self.0.0, self.0.1, self.0.2)
    }
}
impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0.2)
    }
}
/// A successful response whose body does not match the spec.
#[derive(Debug)]
pub struct DecodeError {
    message: String,
    response: ResponseContent,
}
impl DecodeError {
    /// The response as received.
    pub fn response(&self) -> &ResponseContent {
        &self.response
    }
    /// What did not match.
    pub fn message(&self) -> &str {
        &self.message
    }
}
impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f, "the {} response does not match the spec: {}", self.response.status(),
            self.message
        )
    }
}
impl std::error::Error for DecodeError {}
/// Checks `minLength`/`maxLength`, counted in characters as JSON Schema does.
pub(crate) fn check_length(
    field: &str,
    value: &str,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), InvalidRequest> {
    let len = value.chars().count() as u64;
    if let Some(min) = min.filter(|m| len < *m) {
        return Err(
            InvalidRequest::new(
                field,
                format!("must be at least {min} characters long, but is {len}"),
            ),
        );
    }
    if let Some(max) = max.filter(|m| len > *m) {
        return Err(
            InvalidRequest::new(
                field,
                format!("must be at most {max} characters long, but is {len}"),
            ),
        );
    }
    Ok(())
}
/// Checks `minItems`/`maxItems`.
pub(crate) fn check_items(
    field: &str,
    len: usize,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), InvalidRequest> {
    let len = len as u64;
    if let Some(min) = min.filter(|m| len < *m) {
        return Err(
            InvalidRequest::new(
                field,
                format!("must have at least {min} items, but has {len}"),
            ),
        );
    }
    if let Some(max) = max.filter(|m| len > *m) {
        return Err(
            InvalidRequest::new(
                field,
                format!("must have at most {max} items, but has {len}"),
            ),
        );
    }
    Ok(())
}
/// Checks `minimum`/`maximum`; the flag says whether the bound is exclusive.
pub(crate) fn check_range(
    field: &str,
    value: f64,
    min: Option<(f64, bool)>,
    max: Option<(f64, bool)>,
) -> Result<(), InvalidRequest> {
    if let Some((min, exclusive)) = min {
        if value < min || (exclusive && value == min) {
            let rel = if exclusive { "greater than" } else { "at least" };
            return Err(
                InvalidRequest::new(
                    field,
                    format!("must be {rel} {min}, but is {value}"),
                ),
            );
        }
    }
    if let Some((max, exclusive)) = max {
        if value > max || (exclusive && value == max) {
            let rel = if exclusive { "less than" } else { "at most" };
            return Err(
                InvalidRequest::new(
                    field,
                    format!("must be {rel} {max}, but is {value}"),
                ),
            );
        }
    }
    Ok(())
}
