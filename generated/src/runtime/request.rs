// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Operation metadata (`Operation`, `Scheme`) and the `Request` an operation builds.

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::{Method, Url};

use super::body::Body;
use super::error::InvalidRequest;
use super::multipart::Multipart;
use super::params::{form_pairs, query_pairs, Style};

/// What the generated code knows about an operation.
#[derive(Debug)]
pub struct Operation {
    /// The `operationId` (or the name the generator gave the operation).
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template, as the spec writes it (for logs and errors).
    pub path: &'static str,
    /// Alternatives: any one list, all of whose schemes are configured, will do. An
    /// empty list among them means the operation also works without credentials.
    pub security: &'static [&'static [Scheme]],
}

/// A security scheme, as an operation's requirement names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scheme {
    /// The scheme's name in `components.securitySchemes`.
    pub name: &'static str,
    /// How it puts credentials on a request.
    pub kind: SchemeKind,
}

/// How a security scheme puts credentials on a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>` (HTTP bearer, OAuth2, OpenID Connect).
    Bearer,
    /// `Authorization: Basic <user:password>`.
    Basic,
    /// Another HTTP scheme: the credentials come from a token source, sent after the name.
    Http {
        /// The scheme name put before the token in `Authorization`.
        scheme: &'static str,
    },
    /// An API key.
    ApiKey {
        /// Where the key goes.
        location: KeyLocation,
        /// The header, query parameter or cookie name.
        param: &'static str,
    },
}

/// Where an API key goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// An OAuth2 token endpoint as the spec declares it.
#[derive(Clone, Copy, Debug)]
pub struct TokenEndpoint {
    /// The flow's `tokenUrl`.
    pub token_url: &'static str,
    /// The scopes to ask for.
    pub scopes: &'static [&'static str],
}

pub(crate) enum RequestBody {
    Bytes {
        // Checked once here rather than on every attempt.
        content_type: reqwest::header::HeaderValue,
        data: Bytes,
    },
    // A multipart form is a stream that can be sent once, so such calls are not retried.
    Multipart(Option<reqwest::multipart::Form>),
    // So is a streamed binary body (`Body::from_stream`, `Body::from_file`).
    Stream {
        content_type: reqwest::header::HeaderValue,
        body: Option<reqwest::Body>,
        length: Option<u64>,
    },
}

impl RequestBody {
    /// The media type the body sets, replacing a `Content-Type` parameter.
    pub(crate) fn content_type(&self) -> Option<&reqwest::header::HeaderValue> {
        match self {
            RequestBody::Bytes { content_type, .. } | RequestBody::Stream { content_type, .. } => {
                Some(content_type)
            }
            RequestBody::Multipart(_) => None,
        }
    }

    /// Whether a second attempt can send the body again.
    pub(crate) fn replayable(&self) -> bool {
        matches!(self, RequestBody::Bytes { .. })
    }
}

/// A request being put together by an operation; `Client::send` sends it.
pub struct Request {
    pub(crate) op: &'static Operation,
    pub(crate) url: Url,
    pub(crate) headers: HeaderMap,
    pub(crate) cookies: Vec<String>,
    pub(crate) body: Option<RequestBody>,
    /// A problem found while adding a part that cannot report it itself (the builder
    /// style of `Multipart`); `send` returns it before sending anything.
    pub(crate) invalid: Option<InvalidRequest>,
    /// A success's body is read as a stream, not whole (see `stream.rs`).
    pub(crate) streamed: bool,
    /// The request carries an idempotency key, so a retry cannot apply it twice.
    pub(crate) keyed: bool,
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Headers and the query may hold caller secrets, so only the operation shows.
        f.debug_struct("Request")
            .field("operation", &self.op.id)
            .finish_non_exhaustive()
    }
}

impl Request {
    pub(crate) fn new(op: &'static Operation, url: Url) -> Self {
        Request {
            op,
            url,
            headers: HeaderMap::new(),
            cookies: Vec::new(),
            body: None,
            invalid: None,
            streamed: false,
            keyed: false,
        }
    }

    /// Keeps a success's body open for a stream (events, lines, a download) instead of
    /// reading it whole: the size limit then does not apply, the idle timeout does.
    pub fn stream(&mut self) {
        self.streamed = true;
    }

    /// Sends `key`, or without one a new random UUID, in header `name`: the same value on
    /// every attempt, so the server can tell a retry from a new request. The call is then
    /// retried as an idempotent one is, whatever its method.
    pub fn idempotency_key(
        &mut self,
        name: &'static str,
        key: Option<&str>,
    ) -> Result<(), InvalidRequest> {
        let new;
        let key = match key {
            Some(key) => key,
            None => {
                new = new_key();
                new.as_str()
            }
        };
        self.header(name, key)?;
        self.keyed = true;
        Ok(())
    }

    /// Appends a query pair.
    pub fn query(&mut self, name: &str, value: &str) {
        self.url.query_pairs_mut().append_pair(name, value);
    }

    /// Sets query parameter `name` to `value`, in place of every pair of that name: the
    /// next page's cursor or offset over the one the caller set.
    pub(crate) fn set_query(&mut self, name: &str, value: &str) {
        let kept: Vec<(String, String)> = self
            .url
            .query_pairs()
            .filter(|(k, _)| k != name)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let mut query = self.url.query_pairs_mut();
        query.clear();
        for (k, v) in &kept {
            query.append_pair(k, v);
        }
        query.append_pair(name, value);
    }

    /// A query parameter whose value is an object, a map or an array in a delimited
    /// style, serialized as its `style` and `explode` say.
    pub fn query_value(
        &mut self,
        name: &str,
        value: &serde_json::Value,
        style: Style,
        explode: bool,
    ) {
        for (k, v) in query_pairs(name, value, style, explode) {
            self.query(&k, &v);
        }
    }

    /// Sets a header, replacing an earlier value of the same name (so a spec's own
    /// `Accept` parameter, set after the client's default, is the one sent); values that
    /// are not valid in a header are refused before sending.
    pub fn header(&mut self, name: &'static str, value: &str) -> Result<(), InvalidRequest> {
        let invalid = || InvalidRequest::new(name, "is not a valid header name or value");
        let header =
            reqwest::header::HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
        let value = reqwest::header::HeaderValue::from_str(value).map_err(|_| invalid())?;
        self.headers.insert(header, value);
        Ok(())
    }

    /// Adds a cookie to the `Cookie` header.
    pub fn cookie(&mut self, name: &str, value: &str) {
        self.cookies.push(format!("{name}={value}"));
    }

    /// Sends `body` as JSON.
    pub fn json<T: serde::Serialize + ?Sized>(
        &mut self,
        content_type: &'static str,
        body: &T,
    ) -> Result<(), InvalidRequest> {
        let data = serde_json::to_vec(body)
            .map_err(|e| InvalidRequest::new("body", format!("cannot be encoded as JSON: {e}")))?;
        self.bytes(content_type, data);
        Ok(())
    }

    /// Sends `body` as JSON with its boolean property `field` set to `on`: the one switch
    /// of an operation that answers with JSON or with a stream (`"stream": true`), set by
    /// the method called rather than by the caller's body.
    pub fn json_with_flag<T: serde::Serialize + ?Sized>(
        &mut self,
        content_type: &'static str,
        body: &T,
        field: &str,
        on: bool,
    ) -> Result<(), InvalidRequest> {
        let invalid = |e: &dyn std::fmt::Display| {
            InvalidRequest::new("body", format!("cannot be encoded as JSON: {e}"))
        };
        let mut value = serde_json::to_value(body).map_err(|e| invalid(&e))?;
        match &mut value {
            serde_json::Value::Object(map) => {
                map.insert(field.to_owned(), serde_json::Value::Bool(on));
            }
            _ => return Err(invalid(&"the body is not an object")),
        }
        self.json(content_type, &value)
    }

    /// Sends `body` form-encoded. Each property is encoded as a query parameter of the
    /// same name would be, with the `style` and `explode` its `encoding` gives in `styles`
    /// (by property name; `form` and exploded otherwise), so nested objects and maps can
    /// be sent, e.g. as `address[city]=Oslo` with `deepObject`.
    pub fn form<T: serde::Serialize + ?Sized>(
        &mut self,
        content_type: &'static str,
        body: &T,
        styles: &[(&str, Style, bool)],
    ) -> Result<(), InvalidRequest> {
        let invalid = |e: &dyn std::fmt::Display| {
            InvalidRequest::new("body", format!("cannot be form-encoded: {e}"))
        };
        let value = serde_json::to_value(body).map_err(|e| invalid(&e))?;
        let data = match form_pairs(&value, styles) {
            Some(pairs) => serde_urlencoded::to_string(pairs),
            // Not an object (a list of pairs, say): serde_urlencoded knows what to do.
            None => serde_urlencoded::to_string(body),
        }
        .map_err(|e| invalid(&e))?;
        self.bytes(content_type, data);
        Ok(())
    }

    /// Sends a binary body: its bytes, or its stream as it is read (sent once, so the call
    /// is not retried).
    pub fn body(&mut self, content_type: &'static str, body: Body) {
        let (data, length) = match body.into_parts() {
            Ok(data) => return self.bytes(content_type, data),
            Err(Some(stream)) => stream,
            Err(None) => {
                self.invalid.get_or_insert_with(|| {
                    InvalidRequest::new(
                        "body",
                        "is a stream that was sent before; a stream is read once",
                    )
                });
                return;
            }
        };
        match reqwest::header::HeaderValue::from_str(content_type) {
            Ok(content_type) => {
                self.body = Some(RequestBody::Stream {
                    content_type,
                    body: Some(data),
                    length,
                });
            }
            Err(_) => {
                self.invalid.get_or_insert_with(|| {
                    InvalidRequest::new("Content-Type", "is not a valid header value")
                });
            }
        }
    }

    /// Sends `data` as it is.
    pub fn bytes(&mut self, content_type: &'static str, data: impl Into<Bytes>) {
        match reqwest::header::HeaderValue::from_str(content_type) {
            Ok(content_type) => {
                self.body = Some(RequestBody::Bytes {
                    content_type,
                    data: data.into(),
                });
            }
            Err(_) => {
                if self.invalid.is_none() {
                    self.invalid = Some(InvalidRequest::new(
                        "Content-Type",
                        "is not a valid header value",
                    ));
                }
            }
        }
    }

    /// Sends a multipart form.
    pub fn multipart(&mut self, form: Multipart) {
        let (form, invalid) = form.into_parts();
        if self.invalid.is_none() {
            self.invalid = invalid;
        }
        self.body = Some(RequestBody::Multipart(Some(form)));
    }
}

/// A random (version 4) UUID. A key must be unique, not secret, so the client's own
/// generator (fastrand, which the retry jitter uses) is enough; uuid's `v4` feature would
/// add getrandom for no gain.
fn new_key() -> String {
    let mut bytes = [0u8; 16];
    fastrand::fill(&mut bytes);
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}
