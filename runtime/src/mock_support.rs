//! A local stand-in for the API in the tests of code that calls it (feature `mock`):
//! typed expectations per operation, the OAuth2 token endpoint, and every request checked
//! the way the API would check it.
//!
//! It is built on `wiremock`, which already serves this project's own client tests: it
//! runs a real HTTP server on loopback, matches requests against registered mocks in
//! priority order and verifies expected call counts when the server is dropped. The
//! generated `mock` module adds the typed layer: one marker type per operation
//! ([`MockOperation`]), whose request body, success body and documented errors are the
//! crate's own types.

use super::request::{KeyLocation, Operation, SchemeKind};
use base64::Engine as _;
use serde::de::DeserializeOwned;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt::{self, Debug, Display, Write as _};
use std::marker::PhantomData;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;
use wiremock::{Mock, Request as WireRequest};

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

// wiremock tries mocks by priority (1 first), then in the order they were mounted.
const TOKEN_PRIORITY: u8 = 1;
const GATE_PRIORITY: u8 = 2;
const EXPECTATION_PRIORITY: u8 = 5;
const FALLBACK_PRIORITY: u8 = u8::MAX;

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

/// Where a parameter is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamIn {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In the `Cookie` header.
    Cookie,
}

/// The JSON type of a parameter's values, which says how its text is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// Text.
    String,
    /// An integer.
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// Objects and other values the mock only checks for presence.
    Other,
}

/// One parameter and the constraints the API checks on it.
#[derive(Clone, Copy, Debug)]
pub struct ParamSpec {
    /// The name on the wire.
    pub name: &'static str,
    /// Where it goes.
    pub location: ParamIn,
    /// Whether a request without it is refused.
    pub required: bool,
    /// The type of its values (of each item, for arrays).
    pub kind: ValueKind,
    /// An array: each item is checked; without `explode`, items are comma-separated.
    pub array: bool,
    /// Whether array items come as repeated parameters.
    pub explode: bool,
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `minimum`, and whether it is exclusive.
    pub minimum: Option<(f64, bool)>,
    /// `maximum`, and whether it is exclusive.
    pub maximum: Option<(f64, bool)>,
    /// `pattern`.
    pub pattern: Option<&'static str>,
    /// The values an enum allows (empty: any).
    pub values: &'static [&'static str],
}

// Generated crates write a parameter as `ParamSpec::new(..)` and a call per constraint it
// has: a struct literal naming every field made the mock module of a large API several
// times longer, and slower to generate and to compile.
impl ParamSpec {
    /// An optional parameter with one value of `kind` and no constraints; the methods
    /// below add what the spec says.
    pub const fn new(name: &'static str, location: ParamIn, kind: ValueKind) -> Self {
        ParamSpec {
            name,
            location,
            required: false,
            kind,
            array: false,
            explode: false,
            min_length: None,
            max_length: None,
            minimum: None,
            maximum: None,
            pattern: None,
            values: &[],
        }
    }

    /// A request without it is refused.
    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// An array: its items as repeated parameters (`explode`) or comma-separated.
    pub const fn array(mut self, explode: bool) -> Self {
        self.array = true;
        self.explode = explode;
        self
    }

    /// `minLength`.
    pub const fn min_length(mut self, min: u64) -> Self {
        self.min_length = Some(min);
        self
    }

    /// `maxLength`.
    pub const fn max_length(mut self, max: u64) -> Self {
        self.max_length = Some(max);
        self
    }

    /// `minimum`, and whether it is exclusive.
    pub const fn minimum(mut self, min: f64, exclusive: bool) -> Self {
        self.minimum = Some((min, exclusive));
        self
    }

    /// `maximum`, and whether it is exclusive.
    pub const fn maximum(mut self, max: f64, exclusive: bool) -> Self {
        self.maximum = Some((max, exclusive));
        self
    }

    /// `pattern`.
    pub const fn pattern(mut self, pattern: &'static str) -> Self {
        self.pattern = Some(pattern);
        self
    }

    /// The values an enum allows.
    pub const fn values(mut self, values: &'static [&'static str]) -> Self {
        self.values = values;
        self
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

/// A response for one operation: its typed success body, a documented error (the
/// generated operation type has a constructor per documented status), or anything else.
pub struct Reply<O> {
    template: ResponseTemplate,
    operation: PhantomData<fn() -> O>,
}

impl<O> Debug for Reply<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reply").finish_non_exhaustive()
    }
}

impl<O: MockOperation> Reply<O> {
    /// The documented success response with `body`.
    pub fn ok(body: O::Success) -> Self {
        Self::raw(O::success(&body))
    }

    /// A response with `status` and no body.
    pub fn status(status: u16) -> Self {
        Self::raw(ResponseTemplate::new(status))
    }

    /// Any response, built with wiremock's `ResponseTemplate`.
    pub fn raw(template: ResponseTemplate) -> Self {
        Reply {
            template,
            operation: PhantomData,
        }
    }

    /// Sets a JSON body.
    pub fn json<T: serde::Serialize + ?Sized>(self, body: &T) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => Self::raw(self.template.set_body_raw(bytes, "application/json")),
            // Only a map with non-string keys fails here; answer so that the test sees it.
            Err(e) => Self::raw(
                ResponseTemplate::new(500)
                    .set_body_string(format!("mock: unserializable body: {e}")),
            ),
        }
    }

    /// Sets a body of any media type.
    pub fn body(self, bytes: impl Into<Vec<u8>>, content_type: &str) -> Self {
        Self::raw(self.template.set_body_raw(bytes.into(), content_type))
    }

    /// Adds a header.
    pub fn header(self, name: &str, value: &str) -> Self {
        Self::raw(self.template.insert_header(name, value))
    }

    /// Adds `Retry-After: <seconds>`, as a rate-limited API does on a 429.
    pub fn retry_after(self, seconds: u64) -> Self {
        self.header("retry-after", &seconds.to_string())
    }

    /// Answers only after `delay`, e.g. to exercise the client's timeout.
    pub fn delay(self, delay: Duration) -> Self {
        Self::raw(self.template.set_delay(delay))
    }
}

type Check<B> = Arc<dyn Fn(&Received<B>) -> Result<(), String> + Send + Sync>;

/// An expectation for one operation, mounted with [`respond_with`](Self::respond_with):
/// which of its requests it answers, how, and how often it must be called.
pub struct Expectation<'a, O: MockOperation> {
    server: &'a MockServer<O::Api>,
    checks: Vec<Check<O::Body>>,
    times: Option<(u64, u64)>,
    up_to: Option<u64>,
}

impl<O: MockOperation> Debug for Expectation<'_, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Expectation")
            .field("operation", &O::spec().operation.id)
            .field("checks", &self.checks.len())
            .field("times", &self.times)
            .finish_non_exhaustive()
    }
}

impl<'a, O: MockOperation> Expectation<'a, O> {
    fn check(
        mut self,
        f: impl Fn(&Received<O::Body>) -> Result<(), String> + Send + Sync + 'static,
    ) -> Self {
        self.checks.push(Arc::new(f));
        self
    }

    /// Answers only requests whose typed body satisfies `predicate`.
    pub fn body(self, predicate: impl Fn(&O::Body) -> bool + Send + Sync + 'static) -> Self {
        self.check(move |r| match &r.body {
            Ok(body) if predicate(body) => Ok(()),
            Ok(_) => Err("the body predicate returned false".to_string()),
            Err(e) => Err(e.clone()),
        })
    }

    /// Answers only requests whose typed body equals `expected`.
    pub fn body_eq(self, expected: O::Body) -> Self
    where
        O::Body: PartialEq,
    {
        self.check(move |r| match &r.body {
            Ok(body) if *body == expected => Ok(()),
            Ok(body) => Err(format!("the body was {body:?}, not {expected:?}")),
            Err(e) => Err(e.clone()),
        })
    }

    /// Answers only requests with this path parameter (by its name in the spec).
    pub fn path_param(self, name: &str, value: impl Display) -> Self {
        let (name, value) = (name.to_string(), value.to_string());
        self.check(move |r| match r.path_param(&name) {
            Some(v) if v == value => Ok(()),
            other => Err(format!(
                "path parameter `{name}` was {other:?}, not {value:?}"
            )),
        })
    }

    /// Answers only requests with this query parameter (any of its values).
    pub fn query_param(self, name: &str, value: impl Display) -> Self {
        let (name, value) = (name.to_string(), value.to_string());
        self.check(move |r| {
            let values: Vec<&str> = r
                .query
                .iter()
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| v.as_str())
                .collect();
            if values.contains(&value.as_str()) {
                Ok(())
            } else {
                Err(format!(
                    "query parameter `{name}` was {values:?}, not {value:?}"
                ))
            }
        })
    }

    /// Answers only requests with this header value.
    pub fn header(self, name: &str, value: &str) -> Self {
        let (name, value) = (name.to_string(), value.to_string());
        self.check(move |r| match r.header(&name) {
            Some(v) if v == value => Ok(()),
            other => Err(format!("header `{name}` was {other:?}, not {value:?}")),
        })
    }

    /// Answers only requests that satisfy `predicate`, described by `what` in the
    /// message of a request that does not.
    pub fn matching(
        self,
        what: &str,
        predicate: impl Fn(&Received<O::Body>) -> bool + Send + Sync + 'static,
    ) -> Self {
        let what = what.to_string();
        self.check(move |r| {
            if predicate(r) {
                Ok(())
            } else {
                Err(format!("`{what}` was not satisfied"))
            }
        })
    }

    /// The test fails (when the server is dropped or verified) unless exactly `n`
    /// requests matched.
    pub fn times(mut self, n: u64) -> Self {
        self.times = Some((n, n));
        self
    }

    /// Answers at most `n` requests; later ones fall through to the next expectation
    /// (e.g. a 429 once, then success).
    pub fn up_to(mut self, n: u64) -> Self {
        self.up_to = Some(n);
        self
    }

    /// Mounts the expectation with its answer.
    pub async fn respond_with(self, reply: Reply<O>) {
        let checks = Arc::new(self.checks);
        let record = Arc::clone(&checks);
        let id = O::spec().operation.id;
        let mut mock = Mock::given(move |request: &WireRequest| match received::<O>(request) {
            Some(r) => checks.iter().all(|c| c(&r).is_ok()),
            None => false,
        })
        .respond_with(reply.template)
        .with_priority(EXPECTATION_PRIORITY)
        .named(id);
        if let Some((min, max)) = self.times {
            mock = mock.expect(min..=max);
        }
        if let Some(n) = self.up_to {
            mock = mock.up_to_n_times(n);
        }
        let describe: ExpectationCheck = Box::new(move |request: &WireRequest| {
            let r = received::<O>(request)?;
            let reasons: Vec<String> = record.iter().filter_map(|c| c(&r).err()).collect();
            Some(reasons)
        });
        self.server.lock().expectations.push((id, describe));
        self.server.wire.register(mock).await;
    }
}

type ExpectationCheck = Box<dyn Fn(&WireRequest) -> Option<Vec<String>> + Send + Sync>;

#[derive(Default)]
struct State {
    expires_in: Option<u64>,
    token_failures: Option<(u32, u16, String)>,
    issued: Vec<String>,
    refresh_tokens: Vec<String>,
    revoked: Vec<String>,
    token_requests: usize,
    rejections: Vec<Rejection>,
    failures: Vec<String>,
    expectations: Vec<(&'static str, ExpectationCheck)>,
}

impl State {
    fn accepts_bearer(&self, token: &str) -> bool {
        let known = token == MOCK_USER_ACCESS_TOKEN
            || token == MOCK_BEARER_TOKEN
            || self.issued.iter().any(|t| t == token);
        known && !self.revoked.iter().any(|t| t == token)
    }
}

/// The mock server: a local HTTP server that answers the API's operations as the test
/// sets them up, serves the OAuth2 token endpoint, and checks every request against the
/// spec. A request no expectation answers fails the test when the server is dropped (or
/// at [`verify`](Self::verify)), with a message naming the operation it looked like and
/// why each of that operation's expectations did not match.
pub struct MockServer<A: MockApi> {
    wire: wiremock::MockServer,
    state: Arc<Mutex<State>>,
    api: PhantomData<fn() -> A>,
}

impl<A: MockApi> Debug for MockServer<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("uri", &self.wire.uri())
            .finish_non_exhaustive()
    }
}

impl<A: MockApi> MockServer<A> {
    /// Starts a server on a free loopback port, with the token endpoint and the request
    /// checks mounted and no expectations.
    pub async fn start() -> Self {
        let wire = wiremock::MockServer::start().await;
        let state = Arc::new(Mutex::new(State {
            expires_in: Some(3600),
            ..State::default()
        }));
        let tokens = Arc::clone(&state);
        Mock::given(wiremock::matchers::method("POST"))
            .and(wiremock::matchers::path(TOKEN_PATH))
            .respond_with(move |request: &WireRequest| token_answer(&tokens, request))
            .with_priority(TOKEN_PRIORITY)
            .named("token endpoint")
            .mount(&wire)
            .await;
        let gate = Arc::clone(&state);
        let refuse = Arc::clone(&state);
        Mock::given(move |request: &WireRequest| {
            matches!(
                check_request(A::operations(), &lock(&gate), request),
                Verdict::Refuse(..)
            )
        })
        .respond_with(move |request: &WireRequest| {
            let mut state = lock(&refuse);
            match check_request(A::operations(), &state, request) {
                Verdict::Refuse(operation, status, reason) => {
                    state.rejections.push(Rejection {
                        operation,
                        status,
                        reason: reason.clone(),
                    });
                    refusal(status, &reason)
                }
                // The state changed between match and answer (a token was revoked);
                // the request is let through to the next try of the client.
                _ => ResponseTemplate::new(503),
            }
        })
        .with_priority(GATE_PRIORITY)
        .named("request checks")
        .mount(&wire)
        .await;
        let fallback = Arc::clone(&state);
        Mock::given(|_: &WireRequest| true)
            .respond_with(move |request: &WireRequest| unanswered::<A>(&fallback, request))
            .with_priority(FALLBACK_PRIORITY)
            .named("no expectation")
            .mount(&wire)
            .await;
        MockServer {
            wire,
            state,
            api: PhantomData,
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        lock(&self.state)
    }

    /// The server's base URL, e.g. `http://127.0.0.1:41234`.
    pub fn uri(&self) -> String {
        self.wire.uri()
    }

    /// The URL of the mock's OAuth2 token endpoint.
    pub fn token_url(&self) -> String {
        format!("{}{TOKEN_PATH}", self.wire.uri())
    }

    /// A `ClientBuilder` pointed at this server, with the mock's credentials for every
    /// security scheme (client credentials, a user's tokens with a refresh token, bearer
    /// tokens, basic authentication and API keys): build it, or change it first.
    pub fn client_builder(&self) -> A::Builder {
        A::client_builder(&self.wire.uri(), &self.token_url())
    }

    /// Starts an expectation for the operation `O`.
    pub fn on<O: MockOperation<Api = A>>(&self) -> Expectation<'_, O> {
        Expectation {
            server: self,
            checks: Vec::new(),
            times: None,
            up_to: None,
        }
    }

    /// Every request the server received for the operation `O`, decoded, in order.
    pub async fn received<O: MockOperation<Api = A>>(&self) -> Vec<Received<O::Body>> {
        self.wire
            .received_requests()
            .await
            .unwrap_or_default()
            .iter()
            .filter_map(received::<O>)
            .collect()
    }

    /// The requests the mock refused (401, 400), in order.
    pub fn rejections(&self) -> Vec<Rejection> {
        self.lock().rejections.clone()
    }

    /// Takes the messages of requests no expectation answered, so that a test which sent
    /// them on purpose does not fail when the server is dropped.
    pub fn take_unanswered(&self) -> Vec<String> {
        std::mem::take(&mut self.lock().failures)
    }

    /// How many requests the token endpoint answered (successfully or not).
    pub fn token_requests(&self) -> usize {
        self.lock().token_requests
    }

    /// Sets `expires_in` of the tokens the endpoint hands out (`None`: omitted). The
    /// default is 3600 seconds.
    pub fn token_expires_in(&self, seconds: Option<u64>) {
        self.lock().expires_in = seconds;
    }

    /// Makes the next `times` token requests fail with `status` and the RFC 6749
    /// `error` code (e.g. `invalid_client`), then succeed again.
    pub fn fail_token_requests(&self, times: u32, status: u16, error: &str) {
        self.lock().token_failures = Some((times, status, error.to_string()));
    }

    /// Makes every access token handed out so far, and the user's initial one, invalid:
    /// the API answers them 401, as it does when a token expires early.
    pub fn revoke_tokens(&self) {
        let mut state = self.lock();
        let mut revoked = std::mem::take(&mut state.issued);
        revoked.push(MOCK_USER_ACCESS_TOKEN.to_string());
        state.revoked.extend(revoked);
    }

    /// Fails the test now if a request went unanswered or an expectation's call count
    /// is not met.
    #[allow(
        clippy::panic,
        reason = "failing the test is how a mock reports a request nobody expected (as wiremock does)"
    )]
    pub async fn verify(&self) {
        let failures = self.take_unanswered();
        if !failures.is_empty() {
            panic!("{}", failure_message(&failures));
        }
        self.wire.verify().await;
    }
}

impl<A: MockApi> Drop for MockServer<A> {
    #[allow(
        clippy::panic,
        reason = "failing the test is how a mock reports a request nobody expected (as wiremock does)"
    )]
    fn drop(&mut self) {
        let failures = std::mem::take(&mut self.lock().failures);
        // A test that already fails keeps its own message; the mock's would hide it.
        if !failures.is_empty() && !std::thread::panicking() {
            panic!("{}", failure_message(&failures));
        }
    }
}

fn failure_message(failures: &[String]) -> String {
    let mut message = format!(
        "the mock server got {} request(s) no expectation answered:",
        failures.len()
    );
    for f in failures {
        let _ = write!(message, "\n  - {f}");
    }
    message
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A test that panicked while holding the lock leaves the state as it was: still
    // usable for the other requests' answers.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The request decoded as `O`'s, when it is one (method and path).
fn received<O: MockOperation>(request: &WireRequest) -> Option<Received<O::Body>> {
    let operation = O::spec().operation;
    if request.method.as_str() != operation.method.as_str() {
        return None;
    }
    let path_params = match_path(operation.path, request.url.path())?;
    Some(Received {
        operation: operation.id,
        path_params,
        query: request.url.query_pairs().into_owned().collect(),
        headers: request.headers.clone(),
        body: O::decode_body(&request.body),
    })
}

enum Verdict {
    Pass,
    Refuse(&'static str, u16, String),
    NoOperation,
}

/// What the API would say to the request before any expectation sees it.
fn check_request(
    operations: &'static [&'static OperationSpec],
    state: &State,
    request: &WireRequest,
) -> Verdict {
    let Some((spec, path_params)) = find_operation(operations, request) else {
        return Verdict::NoOperation;
    };
    let id = spec.operation.id;
    if let Err(reason) = check_security(spec.operation, state, request) {
        return Verdict::Refuse(id, 401, reason);
    }
    if let Err(reason) = check_params(spec.params, &path_params, request) {
        return Verdict::Refuse(id, 400, reason);
    }
    if let Err(reason) = (spec.check_body)(&request.body) {
        return Verdict::Refuse(id, 400, reason);
    }
    Verdict::Pass
}

fn refusal(status: u16, reason: &str) -> ResponseTemplate {
    let body = serde_json::json!({ "error": if status == 401 { "unauthorized" } else { "bad_request" }, "message": reason });
    let template = ResponseTemplate::new(status).set_body_json(body);
    if status == 401 {
        template.insert_header("www-authenticate", "Bearer error=\"invalid_token\"")
    } else {
        template
    }
}

/// The operation whose method and path template match, preferring the template with
/// the most literal text (`/users/me` over `/users/{id}`).
fn find_operation(
    operations: &'static [&'static OperationSpec],
    request: &WireRequest,
) -> Option<(&'static OperationSpec, BTreeMap<String, String>)> {
    operations
        .iter()
        .filter(|s| s.operation.method.as_str() == request.method.as_str())
        .filter_map(|s| Some((*s, match_path(s.operation.path, request.url.path())?)))
        .max_by_key(|(s, _)| literal_len(s.operation.path))
}

fn literal_len(template: &str) -> usize {
    let mut depth = 0usize;
    template
        .chars()
        .filter(|c| match c {
            '{' => {
                depth += 1;
                false
            }
            '}' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .count()
}

/// Matches a request path against a template such as `/v1/order/{orderId}/user`,
/// returning the decoded parameters.
fn match_path(template: &str, path: &str) -> Option<BTreeMap<String, String>> {
    let wanted: Vec<&str> = template.trim_start_matches('/').split('/').collect();
    let got: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    if wanted.len() != got.len() {
        return None;
    }
    let mut params = BTreeMap::new();
    for (w, g) in wanted.iter().zip(&got) {
        if !w.contains('{') {
            if percent_decode(g) != *w {
                return None;
            }
            continue;
        }
        // A segment with parameters: literal pieces escaped, each `{name}` a group.
        let mut pattern = String::from("^");
        let mut names = Vec::new();
        let mut rest = *w;
        while let Some(open) = rest.find('{') {
            pattern.push_str(&regex_lite::escape(&rest[..open]));
            let close = rest[open..].find('}')? + open;
            names.push(&rest[open + 1..close]);
            pattern.push_str("(.*?)");
            rest = &rest[close + 1..];
        }
        pattern.push_str(&regex_lite::escape(rest));
        pattern.push('$');
        let regex = regex_lite::Regex::new(&pattern).ok()?;
        let caps = regex.captures(g)?;
        for (i, name) in names.iter().enumerate() {
            let value = caps.get(i + 1).map_or("", |m| m.as_str());
            if value.is_empty() {
                return None;
            }
            params.insert(name.to_string(), percent_decode(value));
        }
    }
    Some(params)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn check_security(
    operation: &Operation,
    state: &State,
    request: &WireRequest,
) -> Result<(), String> {
    if operation.security.is_empty() {
        return Ok(());
    }
    let mut reasons = Vec::new();
    for alternative in operation.security {
        match alternative
            .iter()
            .try_for_each(|scheme| check_scheme(scheme.name, scheme.kind, state, request))
        {
            Ok(()) => return Ok(()),
            Err(reason) => reasons.push(reason),
        }
    }
    Err(reasons.join("; or "))
}

fn check_scheme(
    name: &str,
    kind: SchemeKind,
    state: &State,
    request: &WireRequest,
) -> Result<(), String> {
    let header = |h: &str| request.headers.get(h).and_then(|v| v.to_str().ok());
    let authorization = header("authorization");
    match kind {
        SchemeKind::Bearer => match authorization.and_then(|a| a.strip_prefix("Bearer ")) {
            Some(token) if state.accepts_bearer(token) => Ok(()),
            Some(_) => Err(format!(
                "`{name}`: the bearer token is not valid (unknown, or revoked)"
            )),
            None => Err(format!("`{name}`: no `Authorization: Bearer` header")),
        },
        SchemeKind::Basic => {
            let expected = base64::engine::general_purpose::STANDARD
                .encode(format!("{MOCK_USER}:{MOCK_PASSWORD}"));
            match authorization.and_then(|a| a.strip_prefix("Basic ")) {
                Some(given) if given == expected => Ok(()),
                Some(_) => Err(format!("`{name}`: wrong basic credentials")),
                None => Err(format!("`{name}`: no `Authorization: Basic` header")),
            }
        }
        SchemeKind::Http { scheme } => {
            let given = authorization.and_then(|a| a.strip_prefix(scheme)?.strip_prefix(' '));
            match given {
                Some(MOCK_BEARER_TOKEN) => Ok(()),
                Some(_) => Err(format!("`{name}`: wrong `{scheme}` credentials")),
                None => Err(format!("`{name}`: no `Authorization: {scheme}` header")),
            }
        }
        SchemeKind::ApiKey { location, param } => {
            let given = match location {
                KeyLocation::Header => header(param).map(str::to_string),
                KeyLocation::Query => request
                    .url
                    .query_pairs()
                    .find(|(k, _)| k == param)
                    .map(|(_, v)| v.into_owned()),
                KeyLocation::Cookie => cookies(request).remove(param),
            };
            match given.as_deref() {
                Some(MOCK_API_KEY) => Ok(()),
                Some(_) => Err(format!("`{name}`: wrong API key in `{param}`")),
                None => Err(format!("`{name}`: no API key in `{param}`")),
            }
        }
    }
}

fn cookies(request: &WireRequest) -> BTreeMap<String, String> {
    request
        .headers
        .get_all("cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            Some((k.to_string(), v.to_string()))
        })
        .collect()
}

fn check_params(
    params: &[ParamSpec],
    path_params: &BTreeMap<String, String>,
    request: &WireRequest,
) -> Result<(), String> {
    let cookies = cookies(request);
    for p in params {
        let raw: Vec<String> = match p.location {
            ParamIn::Path => path_params.get(p.name).cloned().into_iter().collect(),
            ParamIn::Query => request
                .url
                .query_pairs()
                .filter(|(k, _)| k == p.name)
                .map(|(_, v)| v.into_owned())
                .collect(),
            ParamIn::Header => request
                .headers
                .get_all(p.name)
                .iter()
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
                .collect(),
            ParamIn::Cookie => cookies.get(p.name).cloned().into_iter().collect(),
        };
        let place = match p.location {
            ParamIn::Path => "path",
            ParamIn::Query => "query",
            ParamIn::Header => "header",
            ParamIn::Cookie => "cookie",
        };
        if raw.is_empty() {
            if p.required {
                return Err(format!(
                    "the required {place} parameter `{}` is missing",
                    p.name
                ));
            }
            continue;
        }
        let values: Vec<&str> = if p.array && !p.explode {
            raw.iter().flat_map(|v| v.split(',')).collect()
        } else {
            raw.iter().map(String::as_str).collect()
        };
        for value in values {
            check_value(p, value).map_err(|e| format!("{place} parameter `{}`: {e}", p.name))?;
        }
    }
    Ok(())
}

fn check_value(p: &ParamSpec, value: &str) -> Result<(), String> {
    let number = match p.kind {
        ValueKind::Integer => Some(
            value
                .parse::<i64>()
                .map_err(|_| format!("`{value}` is not an integer"))? as f64,
        ),
        ValueKind::Number => Some(
            value
                .parse::<f64>()
                .map_err(|_| format!("`{value}` is not a number"))?,
        ),
        ValueKind::Boolean if value != "true" && value != "false" => {
            return Err(format!("`{value}` is not `true` or `false`"));
        }
        _ => None,
    };
    if let Some(n) = number {
        super::validate::check_range("", n, p.minimum, p.maximum)
            .map_err(|e| e.message().to_string())?;
    }
    if p.kind == ValueKind::String {
        super::validate::check_length("", value, p.min_length, p.max_length)
            .map_err(|e| e.message().to_string())?;
        if let Some(pattern) = p.pattern {
            if let Ok(regex) = regex_lite::Regex::new(pattern) {
                if !regex.is_match(value) {
                    return Err(format!("`{value}` does not match the pattern `{pattern}`"));
                }
            }
        }
    }
    if !p.values.is_empty() && !p.values.contains(&value) {
        return Err(format!("`{value}` is not one of {:?}", p.values));
    }
    Ok(())
}

/// The answer to a request no expectation took, recorded as a test failure.
fn unanswered<A: MockApi>(state: &Mutex<State>, request: &WireRequest) -> ResponseTemplate {
    let mut state = lock(state);
    let what = format!("{} {}", request.method, request.url.path());
    let message = match find_operation(A::operations(), request) {
        Some((spec, _)) => {
            let id = spec.operation.id;
            let mut reasons = Vec::new();
            for (n, (_, describe)) in state
                .expectations
                .iter()
                .filter(|(op, _)| *op == id)
                .enumerate()
            {
                match describe(request) {
                    Some(r) if r.is_empty() => reasons.push(format!(
                        "expectation {} matches but has answered all the requests it may",
                        n + 1
                    )),
                    Some(r) => reasons.push(format!("expectation {}: {}", n + 1, r.join("; "))),
                    None => {}
                }
            }
            if reasons.is_empty() {
                format!("`{what}` is operation `{id}`, which has no expectation")
            } else {
                format!(
                    "`{what}` is operation `{id}`, but no expectation matched: {}",
                    reasons.join(" | ")
                )
            }
        }
        None => {
            let same_path: Vec<&str> = A::operations()
                .iter()
                .filter(|s| match_path(s.operation.path, request.url.path()).is_some())
                .map(|s| s.operation.method.as_str())
                .collect();
            if same_path.is_empty() {
                format!("`{what}` is no operation of the spec (no path matches)")
            } else {
                format!(
                    "`{what}` is no operation of the spec (this path takes {})",
                    same_path.join(", ")
                )
            }
        }
    };
    state.failures.push(message.clone());
    ResponseTemplate::new(404)
        .set_body_json(serde_json::json!({ "error": "not_mocked", "message": message }))
}

/// The OAuth2 token endpoint: client-credentials and refresh-token grants.
fn token_answer(state: &Mutex<State>, request: &WireRequest) -> ResponseTemplate {
    let mut state = lock(state);
    state.token_requests += 1;
    if let Some((times, status, error)) = state.token_failures.take() {
        if times > 1 {
            state.token_failures = Some((times - 1, status, error.clone()));
        }
        if times > 0 {
            return ResponseTemplate::new(status)
                .set_body_json(serde_json::json!({ "error": error }));
        }
    }
    let form: BTreeMap<String, String> =
        serde_urlencoded::from_bytes(&request.body).unwrap_or_default();
    let oauth_error = |error: &str| {
        ResponseTemplate::new(400).set_body_json(serde_json::json!({ "error": error }))
    };
    if !client_authenticated(&form, request) {
        return ResponseTemplate::new(401)
            .set_body_json(serde_json::json!({ "error": "invalid_client" }));
    }
    match form.get("grant_type").map(String::as_str) {
        Some("client_credentials") => {}
        Some("refresh_token") => {
            let given = form
                .get("refresh_token")
                .map(String::as_str)
                .unwrap_or_default();
            if given != MOCK_USER_REFRESH_TOKEN && !state.refresh_tokens.iter().any(|t| t == given)
            {
                return oauth_error("invalid_grant");
            }
        }
        _ => return oauth_error("unsupported_grant_type"),
    }
    let n = state.issued.len() + state.revoked.len() + 1;
    let access = format!("mock-access-token-{n}");
    let refresh = format!("mock-refresh-token-{n}");
    state.issued.push(access.clone());
    state.refresh_tokens.push(refresh.clone());
    let mut answer = serde_json::json!({
        "access_token": access,
        "token_type": "Bearer",
        "refresh_token": refresh,
    });
    if let (Some(seconds), Some(map)) = (state.expires_in, answer.as_object_mut()) {
        map.insert("expires_in".to_string(), seconds.into());
    }
    ResponseTemplate::new(200).set_body_json(answer)
}

/// The client authenticates with HTTP basic (what the runtime sends) or form fields.
fn client_authenticated(form: &BTreeMap<String, String>, request: &WireRequest) -> bool {
    let basic = request
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|v| base64::engine::general_purpose::STANDARD.decode(v).ok())
        .and_then(|v| String::from_utf8(v).ok());
    let expected = format!("{MOCK_CLIENT_ID}:{MOCK_CLIENT_SECRET}");
    // RFC 6749 2.3.1: the id and secret are form-encoded before basic encoding.
    let decoded = basic.map(|b| {
        let (id, secret) = b.split_once(':').unwrap_or((&b, ""));
        format!("{}:{}", percent_decode(id), percent_decode(secret))
    });
    decoded.as_deref() == Some(expected.as_str())
        || (form.get("client_id").map(String::as_str) == Some(MOCK_CLIENT_ID)
            && form.get("client_secret").map(String::as_str) == Some(MOCK_CLIENT_SECRET))
        // A user's refresh needs the client id only when the client has no secret.
        || (form.get("grant_type").map(String::as_str) == Some("refresh_token")
            && form.get("client_id").map(String::as_str) == Some(MOCK_CLIENT_ID)
            && basic_absent(request))
}

fn basic_absent(request: &WireRequest) -> bool {
    request.headers.get("authorization").is_none()
}

#[cfg(test)]
mod tests {
    use super::{
        check_value, literal_len, match_path, percent_decode, ParamIn, ParamSpec, ValueKind,
    };

    fn spec(kind: ValueKind) -> ParamSpec {
        ParamSpec::new("p", ParamIn::Query, kind)
    }

    #[test]
    fn paths_match_templates_with_parameters_inside_segments() {
        let params = match_path(
            "/items/{itemId}/tags/{tag}.json",
            "/items/7/tags/a%20b.json",
        );
        let params = params.unwrap_or_default();
        assert_eq!(params.get("itemId").map(String::as_str), Some("7"));
        assert_eq!(params.get("tag").map(String::as_str), Some("a b"));
        assert!(match_path("/items/{id}", "/items/7/more").is_none());
        assert!(match_path("/items/{id}", "/items/").is_none());
        assert!(match_path("/items/{id}.json", "/items/7.xml").is_none());
        assert!(match_path("/a/b", "/a/b").is_some_and(|p| p.is_empty()));
    }

    #[test]
    fn literal_text_prefers_the_more_specific_template() {
        assert!(literal_len("/users/me") > literal_len("/users/{id}"));
    }

    #[test]
    fn percent_decoding_keeps_malformed_escapes() {
        assert_eq!(percent_decode("A%2014%2F2"), "A 14/2");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }

    #[test]
    fn values_are_checked_by_type_and_constraints() {
        assert!(check_value(&spec(ValueKind::Integer), "12").is_ok());
        assert!(check_value(&spec(ValueKind::Integer), "1.5").is_err());
        assert!(check_value(&spec(ValueKind::Boolean), "yes").is_err());
        let bounded = spec(ValueKind::Number).maximum(10.0, true);
        assert!(check_value(&bounded, "9.5").is_ok());
        assert!(check_value(&bounded, "10").is_err());
        let text = spec(ValueKind::String)
            .max_length(3)
            .pattern("^[a-z]+$")
            .values(&["ab", "abc", "ABCD"]);
        assert!(check_value(&text, "abc").is_ok());
        assert!(
            check_value(&text, "ABCD").is_err(),
            "too long, and not lower case"
        );
        assert!(check_value(&text, "x").is_err(), "not listed");
    }

    #[test]
    fn each_method_sets_the_field_it_names_and_no_other() {
        // Built in a const, as generated crates build them in statics.
        const FULL: ParamSpec = ParamSpec::new("ids", ParamIn::Header, ValueKind::Integer)
            .required()
            .array(true)
            .min_length(1)
            .max_length(2)
            .minimum(0.0, false)
            .maximum(9.0, true)
            .pattern("^[0-9]$")
            .values(&["1"]);
        // Read at run time, so that the assertions test the const, not fold into it.
        let full = std::hint::black_box(FULL);
        assert_eq!(
            (full.name, full.location, full.kind),
            ("ids", ParamIn::Header, ValueKind::Integer)
        );
        assert!(full.required && full.array && full.explode);
        assert_eq!((full.min_length, full.max_length), (Some(1), Some(2)));
        assert_eq!(
            (full.minimum, full.maximum),
            (Some((0.0, false)), Some((9.0, true)))
        );
        assert_eq!((full.pattern, full.values), (Some("^[0-9]$"), &["1"][..]));
        let plain = ParamSpec::new("p", ParamIn::Path, ValueKind::Other);
        assert!(!plain.required && !plain.array && !plain.explode);
        assert_eq!(
            (plain.min_length, plain.max_length, plain.pattern),
            (None, None, None)
        );
        assert_eq!((plain.minimum, plain.maximum), (None, None));
        assert!(plain.values.is_empty());
        assert!(
            !ParamSpec::new("q", ParamIn::Query, ValueKind::String)
                .array(false)
                .explode
        );
    }
}
