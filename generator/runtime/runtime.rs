//! HTTP plumbing shared by every operation: the client, credentials, requests, responses,
//! errors and request validation.
//!
//! This file is copied verbatim into every generated crate, so it is written once, as Rust,
//! and compiled and tested through the generated crate; the generated code stays thin.

// Each generated crate uses only the helpers its spec needs (a spec without multipart
// bodies never builds a form), so unused ones are expected here.
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

// ------------------------------------------------------------------------------ secrets

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

// ------------------------------------------------------------------------------ credentials

/// A boxed future, as returned by [`TokenSource::token`].
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Supplies bearer tokens for an OAuth2, OpenID Connect or HTTP bearer scheme.
///
/// The client asks for a token before every request that needs one, so an implementation
/// can cache, refresh or fetch tokens however it likes. The client's own sources are the
/// client-credentials flow and [`UserTokens`]; implement this trait to bring another.
pub trait TokenSource: Send + Sync {
    /// Returns a token that is valid now.
    fn token(&self) -> BoxFuture<'_, Result<Secret, AuthError>>;

    /// The server answered 401 to a request that carried `rejected`. Return `true` if
    /// the next [`token`](TokenSource::token) call will return a different token, so that
    /// retrying once makes sense; the default returns `false`.
    fn invalidate(&self, rejected: &Secret) -> bool {
        let _ = rejected;
        false
    }
}

/// A fixed token, as given to [`ClientBuilder::bearer_token`].
struct StaticToken(Secret);

impl TokenSource for StaticToken {
    fn token(&self) -> BoxFuture<'_, Result<Secret, AuthError>> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}

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
        AuthError { message: message.into(), error: None, error_description: None, source }
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
    /// Another HTTP scheme: the credentials come from a token source, sent after the name.
    Http { scheme: &'static str },
    ApiKey { location: KeyLocation, param: &'static str },
}

/// A security scheme, as an operation's requirement names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Scheme {
    pub(crate) name: &'static str,
    pub(crate) kind: SchemeKind,
}

/// An OAuth2 token endpoint as the spec declares it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokenEndpoint {
    pub(crate) token_url: &'static str,
    pub(crate) scopes: &'static [&'static str],
}

/// A token endpoint in use: the spec's, or the one [`ClientBuilder::token_url`] set.
#[derive(Clone, Debug)]
struct Endpoint {
    token_url: String,
    scopes: &'static [&'static str],
}

/// A user's tokens for an authorization-code scheme (user mode), obtained by the
/// application through the OAuth2 login flow.
///
/// With only an access token, the client sends it until the server rejects it. Add a
/// refresh token and the application's client credentials, and the client refreshes the
/// access token through the spec's token URL when it expires or is rejected.
#[derive(Clone)]
pub struct UserTokens {
    access_token: Secret,
    expires_in: Option<std::time::Duration>,
    refresh: Option<(Secret, String, Option<Secret>)>,
}

impl UserTokens {
    /// The user's access token.
    pub fn new(access_token: impl Into<Secret>) -> Self {
        UserTokens { access_token: access_token.into(), expires_in: None, refresh: None }
    }

    /// How long the access token is valid from now, as the token response said.
    pub fn expires_in(mut self, lifetime: std::time::Duration) -> Self {
        self.expires_in = Some(lifetime);
        self
    }

    /// A refresh token and the client credentials to use it with.
    pub fn with_refresh(
        mut self,
        refresh_token: impl Into<Secret>,
        client_id: impl Into<String>,
        client_secret: Option<Secret>,
    ) -> Self {
        self.refresh = Some((refresh_token.into(), client_id.into(), client_secret));
        self
    }
}

impl fmt::Debug for UserTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserTokens")
            .field("access_token", &self.access_token)
            .field("expires_in", &self.expires_in)
            .field("refresh", &self.refresh.as_ref().map(|(_, id, _)| (Secret::new(""), id)))
            .finish()
    }
}

/// Credentials as configured on the builder, before the HTTP client exists.
#[derive(Clone)]
enum CredentialSpec {
    Source(Arc<dyn TokenSource>),
    ClientCredentials { client_id: String, client_secret: Secret, endpoint: TokenEndpoint },
    User { tokens: UserTokens, endpoint: TokenEndpoint },
    Basic(String, Secret),
    ApiKey(Secret),
}

impl fmt::Debug for CredentialSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Which kind of credential, and public identifiers only.
        match self {
            CredentialSpec::Source(_) => f.write_str("TokenSource"),
            CredentialSpec::ClientCredentials { client_id, endpoint, .. } => {
                write!(f, "ClientCredentials {{ client_id: {client_id:?}, token_url: {:?} }}", endpoint.token_url)
            }
            CredentialSpec::User { endpoint, .. } => write!(f, "UserTokens {{ token_url: {:?} }}", endpoint.token_url),
            CredentialSpec::Basic(user, _) => write!(f, "Basic {{ user: {user:?} }}"),
            CredentialSpec::ApiKey(_) => f.write_str("ApiKey"),
        }
    }
}

/// Credentials ready to use.
#[derive(Clone)]
enum Credential {
    Token(Arc<dyn TokenSource>),
    Basic(String, Secret),
    ApiKey(Secret),
}

/// True for hosts where plain http cannot leave the machine.
fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else { return false };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Credentials may only travel over https, or plain http to the local machine.
fn transport_allows_credentials(url: &Url, allow_insecure_http: bool) -> bool {
    url.scheme() == "https" || allow_insecure_http || is_loopback(url)
}

/// A token and when to stop using it.
struct CachedToken {
    token: Secret,
    refresh_at: Option<tokio::time::Instant>,
}

impl CachedToken {
    fn new(token: Secret, lifetime: Option<std::time::Duration>) -> Self {
        // Refresh a little early so a token does not expire in flight: a tenth of its
        // lifetime, at most a minute.
        let refresh_at = lifetime.map(|l| {
            let margin = (l / 10).min(std::time::Duration::from_secs(60));
            tokio::time::Instant::now() + l.saturating_sub(margin)
        });
        CachedToken { token, refresh_at }
    }

    fn fresh(&self) -> bool {
        self.refresh_at.is_none_or(|at| tokio::time::Instant::now() < at)
    }
}

/// Sends OAuth2 token requests through the client's own reqwest client, for `oauth2`.
async fn oauth_http(http: reqwest::Client, request: oauth2::HttpRequest) -> Result<oauth2::HttpResponse, reqwest::Error> {
    let request = reqwest::Request::try_from(request)?;
    let response = http.execute(request).await?;
    let mut builder = http::Response::builder().status(response.status());
    for (name, value) in response.headers() {
        builder = builder.header(name, value);
    }
    let body = response.bytes().await?.to_vec();
    // Status and headers come from a valid response, so building cannot fail; an empty
    // response is the harmless fallback the compiler asks for.
    Ok(builder.body(body).unwrap_or_default())
}

/// Maps an `oauth2` failure to an [`AuthError`] that keeps the endpoint's error fields.
fn token_error<RE: std::error::Error + Send + Sync + 'static>(
    e: oauth2::RequestTokenError<RE, oauth2::basic::BasicErrorResponse>,
) -> AuthError {
    match e {
        oauth2::RequestTokenError::ServerResponse(r) => AuthError {
            message: "the token endpoint refused the request".into(),
            error: Some(r.error().to_string()),
            error_description: r.error_description().cloned(),
            source: None,
        },
        oauth2::RequestTokenError::Request(e) => {
            AuthError::new("the token endpoint could not be reached", Some(Box::new(e)))
        }
        oauth2::RequestTokenError::Parse(e, _) => {
            AuthError::new(format!("the token endpoint's answer is not a token response: {e}"), None)
        }
        oauth2::RequestTokenError::Other(message) => AuthError::new(message, None),
    }
}

fn token_url(endpoint: &Endpoint, allow_insecure_http: bool) -> Result<oauth2::TokenUrl, AuthError> {
    let url = Url::parse(&endpoint.token_url)
        .map_err(|e| AuthError::new(format!("invalid token URL `{}`: {e}", endpoint.token_url), None))?;
    if !transport_allows_credentials(&url, allow_insecure_http) {
        return Err(AuthError::new(
            format!("refusing to send client credentials over plain http to `{url}`"),
            None,
        ));
    }
    Ok(oauth2::TokenUrl::from_url(url))
}

/// The client-credentials flow (client mode): fetches a token with the application's
/// credentials, caches it, and fetches a new one shortly before it expires.
struct ClientCredentialsSource {
    client_id: String,
    client_secret: Secret,
    endpoint: Endpoint,
    http: reqwest::Client,
    allow_insecure_http: bool,
    // Held across the token request, so concurrent callers wait for one request instead
    // of each sending their own.
    cache: tokio::sync::Mutex<Option<CachedToken>>,
}

impl ClientCredentialsSource {
    async fn fetch(&self) -> Result<CachedToken, AuthError> {
        use oauth2::TokenResponse as _;
        let client = oauth2::basic::BasicClient::new(oauth2::ClientId::new(self.client_id.clone()))
            .set_client_secret(oauth2::ClientSecret::new(self.client_secret.expose().to_string()))
            .set_token_uri(token_url(&self.endpoint, self.allow_insecure_http)?)
            // RFC 6749 section 2.3.1: servers must support HTTP Basic client authentication.
            .set_auth_type(oauth2::AuthType::BasicAuth);
        let http = self.http.clone();
        let send = move |request| oauth_http(http.clone(), request);
        let response = client
            .exchange_client_credentials()
            .add_scopes(self.endpoint.scopes.iter().map(|s| oauth2::Scope::new(s.to_string())))
            .request_async(&send)
            .await
            .map_err(token_error)?;
        tracing::debug!(expires_in = ?response.expires_in(), "fetched a client-credentials token");
        Ok(CachedToken::new(Secret::new(response.access_token().secret().clone()), response.expires_in()))
    }
}

impl TokenSource for ClientCredentialsSource {
    fn token(&self) -> BoxFuture<'_, Result<Secret, AuthError>> {
        Box::pin(async move {
            let mut cache = self.cache.lock().await;
            if let Some(cached) = cache.as_ref().filter(|c| c.fresh()) {
                return Ok(cached.token.clone());
            }
            let fetched = self.fetch().await?;
            let token = fetched.token.clone();
            *cache = Some(fetched);
            Ok(token)
        })
    }

    fn invalidate(&self, rejected: &Secret) -> bool {
        // A request holding the lock is fetching a new token anyway.
        if let Ok(mut cache) = self.cache.try_lock() {
            if cache.as_ref().is_some_and(|c| c.token == *rejected) {
                *cache = None;
            }
        }
        true
    }
}

/// The user's tokens (user mode), refreshed through the token URL when possible.
struct UserTokenSource {
    refresh: Option<(Secret, String, Option<Secret>)>,
    endpoint: Endpoint,
    http: reqwest::Client,
    allow_insecure_http: bool,
    state: tokio::sync::Mutex<(CachedToken, Option<Secret>)>,
}

impl UserTokenSource {
    async fn refresh(&self, refresh_token: &Secret) -> Result<(CachedToken, Option<Secret>), AuthError> {
        use oauth2::TokenResponse as _;
        let Some((_, client_id, client_secret)) = &self.refresh else {
            return Err(AuthError::new("the access token expired and no refresh token was given", None));
        };
        let mut client = oauth2::basic::BasicClient::new(oauth2::ClientId::new(client_id.clone()))
            .set_token_uri(token_url(&self.endpoint, self.allow_insecure_http)?)
            .set_auth_type(oauth2::AuthType::BasicAuth);
        if let Some(secret) = client_secret {
            client = client.set_client_secret(oauth2::ClientSecret::new(secret.expose().to_string()));
        }
        let http = self.http.clone();
        let send = move |request| oauth_http(http.clone(), request);
        let response = client
            .exchange_refresh_token(&oauth2::RefreshToken::new(refresh_token.expose().to_string()))
            .request_async(&send)
            .await
            .map_err(token_error)?;
        tracing::debug!(expires_in = ?response.expires_in(), "refreshed the user's token");
        let next_refresh = response.refresh_token().map(|r| Secret::new(r.secret().clone()));
        Ok((CachedToken::new(Secret::new(response.access_token().secret().clone()), response.expires_in()), next_refresh))
    }
}

impl TokenSource for UserTokenSource {
    fn token(&self) -> BoxFuture<'_, Result<Secret, AuthError>> {
        Box::pin(async move {
            let mut state = self.state.lock().await;
            if state.0.fresh() {
                return Ok(state.0.token.clone());
            }
            let Some(refresh_token) = state.1.clone() else {
                // Nothing to refresh with: send what we have and let the server decide.
                return Ok(state.0.token.clone());
            };
            let (cached, next_refresh) = self.refresh(&refresh_token).await?;
            let token = cached.token.clone();
            state.0 = cached;
            if next_refresh.is_some() {
                state.1 = next_refresh;
            }
            Ok(token)
        })
    }

    fn invalidate(&self, rejected: &Secret) -> bool {
        let Ok(mut state) = self.state.try_lock() else { return true };
        if state.1.is_none() {
            return false;
        }
        if state.0.token == *rejected {
            state.0.refresh_at = Some(tokio::time::Instant::now());
        }
        true
    }
}

// ------------------------------------------------------------------------------ config

/// How the client sends requests: retries, timeouts and transport security.
///
/// Set it with [`ClientBuilder::config`], or for some calls with [`Client::with_config`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Config {
    /// Attempts per call, the first included (default 3). A 401 that leads to a token
    /// refresh adds one attempt on top.
    pub max_attempts: u32,
    /// Backoff before the first retry (default 200 ms); it doubles with each retry.
    pub initial_backoff: std::time::Duration,
    /// Upper bound of one backoff (default 10 s).
    pub max_backoff: std::time::Duration,
    /// Time a call may take, retries and waits included (default 60 s). A 429 that asks
    /// for a longer wait than is left is returned instead of waited for.
    pub deadline: std::time::Duration,
    /// Also retry non-idempotent methods (POST, PATCH) after a 5xx or a connection
    /// error (default `false`: such a request may already have been applied). 429
    /// responses are retried for every method, since the server did not process them.
    pub retry_non_idempotent: bool,
    /// Timeout of one attempt, from sending to the end of the body (default 30 s).
    pub request_timeout: std::time::Duration,
    /// Timeout for opening a connection (default 10 s); applies to the HTTP client the
    /// builder creates, not to one given with [`ClientBuilder::http_client`].
    pub connect_timeout: std::time::Duration,
    /// Send credentials over plain http to hosts other than loopback (default `false`).
    pub allow_insecure_http: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_attempts: 3,
            initial_backoff: std::time::Duration::from_millis(200),
            max_backoff: std::time::Duration::from_secs(10),
            deadline: std::time::Duration::from_secs(60),
            retry_non_idempotent: false,
            request_timeout: std::time::Duration::from_secs(30),
            connect_timeout: std::time::Duration::from_secs(10),
            allow_insecure_http: false,
        }
    }
}

impl Config {
    /// Sets [`max_attempts`](Self::max_attempts) (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets [`initial_backoff`](Self::initial_backoff) and [`max_backoff`](Self::max_backoff).
    pub fn with_backoff(mut self, initial: std::time::Duration, max: std::time::Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// Sets [`deadline`](Self::deadline).
    pub fn with_deadline(mut self, deadline: std::time::Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Sets [`retry_non_idempotent`](Self::retry_non_idempotent).
    pub fn with_retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = retry;
        self
    }

    /// Sets [`request_timeout`](Self::request_timeout) and [`connect_timeout`](Self::connect_timeout).
    pub fn with_timeouts(mut self, request: std::time::Duration, connect: std::time::Duration) -> Self {
        self.request_timeout = request;
        self.connect_timeout = connect;
        self
    }

    /// Sets [`allow_insecure_http`](Self::allow_insecure_http).
    pub fn with_allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// Exponential backoff with full jitter: a random wait up to the doubled bound.
    fn backoff(&self, retry: u32) -> std::time::Duration {
        let bound = self.initial_backoff.saturating_mul(1u32 << retry.min(16)).min(self.max_backoff);
        bound.mul_f64(fastrand::f64())
    }
}

// ------------------------------------------------------------------------------ client

/// The API client. Cheap to clone: clones share one connection pool, one set of
/// credentials and one token cache.
///
/// Build one with `Client::builder()`; each operation of the API is an async method.
#[derive(Clone)]
pub struct Client {
    shared: Arc<Shared>,
    config: Config,
}

struct Shared {
    http: reqwest::Client,
    base_url: Url,
    credentials: BTreeMap<String, Credential>,
    /// Used for bearer schemes that have no credential of their own.
    default_bearer: Option<Arc<dyn TokenSource>>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Which credentials are set, never their values.
        f.debug_struct("Client")
            .field("base_url", &self.shared.base_url.as_str())
            .field("credentials", &self.shared.credentials.keys().collect::<Vec<_>>())
            .field("default_bearer", &self.shared.default_bearer.is_some())
            .field("config", &self.config)
            .finish()
    }
}

/// Configures a [`Client`].
#[derive(Debug)]
pub struct ClientBuilder {
    base_url: Option<Cow<'static, str>>,
    http: Option<reqwest::Client>,
    credentials: BTreeMap<String, CredentialSpec>,
    default_bearer: Option<CredentialSpec>,
    token_url: Option<String>,
    config: Config,
}

impl ClientBuilder {
    /// Sends requests to `url` instead of the spec's server, e.g. a test environment or a
    /// local mock. Operation paths are appended to it.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(Cow::Owned(url.into()));
        self
    }

    /// Sends OAuth2 token requests to `url` instead of the spec's token URLs, e.g. a test
    /// environment's login server or a local mock.
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = Some(url.into());
        self
    }

    /// Sends `token` as `Authorization: Bearer <token>` for every bearer-token scheme
    /// (OAuth2, OpenID Connect, HTTP bearer) that has no credential of its own.
    pub fn bearer_token(mut self, token: impl Into<Secret>) -> Self {
        self.default_bearer = Some(CredentialSpec::Source(Arc::new(StaticToken(token.into()))));
        self
    }

    /// Uses `source` for the bearer-token scheme named `scheme` in the spec.
    pub fn token_source(mut self, scheme: impl Into<String>, source: impl TokenSource + 'static) -> Self {
        self.credentials.insert(scheme.into(), CredentialSpec::Source(Arc::new(source)));
        self
    }

    /// Sends `user` and `password` for the HTTP basic scheme named `scheme` in the spec.
    pub fn basic_auth(mut self, scheme: impl Into<String>, user: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.credentials.insert(scheme.into(), CredentialSpec::Basic(user.into(), password.into()));
        self
    }

    /// Sends `key` for the API-key scheme named `scheme` in the spec.
    pub fn api_key(mut self, scheme: impl Into<String>, key: impl Into<Secret>) -> Self {
        self.credentials.insert(scheme.into(), CredentialSpec::ApiKey(key.into()));
        self
    }

    /// The client-credentials flow for the OAuth2 scheme `scheme`, at the spec's token URL.
    pub(crate) fn client_credentials_for(
        mut self,
        scheme: &'static str,
        endpoint: TokenEndpoint,
        client_id: String,
        client_secret: Secret,
    ) -> Self {
        self.credentials.insert(scheme.into(), CredentialSpec::ClientCredentials { client_id, client_secret, endpoint });
        self
    }

    /// A fixed bearer token for the scheme `scheme`.
    pub(crate) fn static_token_for(mut self, scheme: &'static str, token: Secret) -> Self {
        self.credentials.insert(scheme.into(), CredentialSpec::Source(Arc::new(StaticToken(token))));
        self
    }

    /// A user's tokens for the OAuth2 scheme `scheme`, refreshed at the spec's token URL.
    pub(crate) fn user_tokens_for(mut self, scheme: &'static str, endpoint: TokenEndpoint, tokens: UserTokens) -> Self {
        self.credentials.insert(scheme.into(), CredentialSpec::User { tokens, endpoint });
        self
    }

    /// Sets retries, timeouts and transport security; see [`Config`] for the defaults.
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Uses a preconfigured `reqwest` client (proxies, TLS settings, its own timeouts).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        let Some(raw) = self.base_url else {
            return Err(BuildError("no base URL: the spec names no absolute server URL, so call `base_url`".into()));
        };
        let base_url = Url::parse(&raw).map_err(|e| BuildError(format!("invalid base URL `{raw}`: {e}")))?;
        if base_url.cannot_be_a_base() {
            return Err(BuildError(format!("`{raw}` cannot be used as a base URL")));
        }
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .connect_timeout(self.config.connect_timeout)
                .build()
                .map_err(|e| BuildError(format!("could not set up the HTTP client: {e}")))?,
        };
        let allow_insecure_http = self.config.allow_insecure_http;
        let token_url_override = self.token_url;
        let endpoint = |e: TokenEndpoint| Endpoint {
            token_url: token_url_override.clone().unwrap_or_else(|| e.token_url.to_string()),
            scopes: e.scopes,
        };
        let ready = |spec: CredentialSpec| -> Credential {
            match spec {
                CredentialSpec::Source(source) => Credential::Token(source),
                CredentialSpec::ClientCredentials { client_id, client_secret, endpoint: endpoint_spec } => {
                    Credential::Token(Arc::new(ClientCredentialsSource {
                        client_id,
                        client_secret,
                        endpoint: endpoint(endpoint_spec),
                        http: http.clone(),
                        allow_insecure_http,
                        cache: tokio::sync::Mutex::new(None),
                    }))
                }
                CredentialSpec::User { tokens, endpoint: endpoint_spec } => {
                    let refresh_token = tokens.refresh.as_ref().map(|(r, _, _)| r.clone());
                    let cached = CachedToken::new(tokens.access_token.clone(), tokens.expires_in);
                    Credential::Token(Arc::new(UserTokenSource {
                        refresh: tokens.refresh,
                        endpoint: endpoint(endpoint_spec),
                        http: http.clone(),
                        allow_insecure_http,
                        state: tokio::sync::Mutex::new((cached, refresh_token)),
                    }))
                }
                CredentialSpec::Basic(user, password) => Credential::Basic(user, password),
                CredentialSpec::ApiKey(key) => Credential::ApiKey(key),
            }
        };
        let credentials = self.credentials.into_iter().map(|(name, spec)| (name, ready(spec))).collect();
        let default_bearer = match self.default_bearer.map(ready) {
            Some(Credential::Token(source)) => Some(source),
            _ => None,
        };
        Ok(Client { shared: Arc::new(Shared { http, base_url, credentials, default_bearer }), config: self.config })
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

// ------------------------------------------------------------------------------ requests

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
    Bytes { content_type: &'static str, data: Bytes },
    // A multipart form is a stream that can be sent once, so such calls are not retried.
    Multipart(Option<reqwest::multipart::Form>),
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
    pub(crate) fn header(&mut self, name: &'static str, value: &str) -> Result<(), Error<E>> {
        let invalid = || Error::InvalidRequest(InvalidRequest::new(name, "is not a valid header name or value"));
        let header = reqwest::header::HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
        let value = reqwest::header::HeaderValue::from_str(value).map_err(|_| invalid())?;
        self.headers.append(header, value);
        Ok(())
    }

    /// Adds a cookie to the `Cookie` header.
    pub(crate) fn cookie(&mut self, name: &str, value: &str) {
        self.cookies.push(format!("{name}={value}"));
    }

    /// Sends `body` as JSON.
    pub(crate) fn json<T: serde::Serialize + ?Sized>(&mut self, content_type: &'static str, body: &T) -> Result<(), Error<E>> {
        let data = serde_json::to_vec(body)
            .map_err(|e| Error::InvalidRequest(InvalidRequest::new("body", format!("cannot be encoded as JSON: {e}"))))?;
        self.body = Some(RequestBody::Bytes { content_type, data: data.into() });
        Ok(())
    }

    /// Sends `body` form-encoded.
    pub(crate) fn form<T: serde::Serialize + ?Sized>(&mut self, content_type: &'static str, body: &T) -> Result<(), Error<E>> {
        let data = serde_urlencoded::to_string(body)
            .map_err(|e| Error::InvalidRequest(InvalidRequest::new("body", format!("cannot be form-encoded: {e}"))))?;
        self.body = Some(RequestBody::Bytes { content_type, data: data.into() });
        Ok(())
    }

    /// Sends `data` as it is.
    pub(crate) fn bytes(&mut self, content_type: &'static str, data: Vec<u8>) {
        self.body = Some(RequestBody::Bytes { content_type, data: data.into() });
    }

    /// Sends a multipart form.
    pub(crate) fn multipart(&mut self, form: Multipart) {
        self.body = Some(RequestBody::Multipart(Some(form.0)));
    }
}

/// Deserializes an optional, nullable property so that a present `null` is `Some(None)`
/// while an absent property (through `#[serde(default)]`) stays `None`.
pub(crate) fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
}

/// The OpenAPI parameter styles, for values the generated code passes as JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
}

/// The JSON form of a parameter value, for styles that walk arrays and objects.
pub(crate) fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}

/// A scalar as parameter text; nested arrays and objects fall back to their JSON text.
fn scalar_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// `(key, value)` pairs of an object, or `(None, item)` for array items and scalars.
fn entries(value: &serde_json::Value) -> Vec<(Option<&str>, &serde_json::Value)> {
    match value {
        serde_json::Value::Object(map) => map.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (Some(k.as_str()), v)).collect(),
        serde_json::Value::Array(items) => items.iter().map(|v| (None, v)).collect(),
        other => vec![(None, other)],
    }
}

/// `simple` style (path and header): `a,b` for arrays; `k,v,k2,v2`, or `k=v,k2=v2` when
/// exploded, for objects.
pub(crate) fn simple_value(value: &serde_json::Value, explode: bool) -> String {
    entries(value)
        .into_iter()
        .map(|(k, v)| match k {
            Some(k) if explode => format!("{k}={}", scalar_text(v)),
            Some(k) => format!("{k},{}", scalar_text(v)),
            None => scalar_text(v),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A path parameter in `simple`, `label` (`.v`) or `matrix` (`;name=v`) style.
pub(crate) fn path_value(name: &str, value: &serde_json::Value, style: Style, explode: bool) -> String {
    match style {
        Style::Label => {
            let sep = if explode { "." } else { "," };
            let parts: Vec<String> = entries(value)
                .into_iter()
                .map(|(k, v)| match k {
                    Some(k) if explode => format!("{k}={}", scalar_text(v)),
                    Some(k) => format!("{k},{}", scalar_text(v)),
                    None => scalar_text(v),
                })
                .collect();
            format!(".{}", parts.join(sep))
        }
        Style::Matrix => match value {
            serde_json::Value::Array(_) | serde_json::Value::Object(_) if explode => entries(value)
                .into_iter()
                .map(|(k, v)| format!(";{}={}", k.unwrap_or(name), scalar_text(v)))
                .collect(),
            _ => format!(";{name}={}", simple_value(value, false)),
        },
        _ => simple_value(value, explode),
    }
}

impl<E> Request<E> {
    /// A query parameter whose value is an object, a map or an array in a delimited
    /// style, serialized as its `style` and `explode` say.
    pub(crate) fn query_value(&mut self, name: &str, value: &serde_json::Value, style: Style, explode: bool) {
        let delimiter = match style {
            Style::SpaceDelimited => " ",
            Style::PipeDelimited => "|",
            _ => ",",
        };
        match (value, style) {
            (serde_json::Value::Object(_), Style::DeepObject) => {
                let mut pairs = Vec::new();
                deep_object(name, value, &mut pairs);
                for (k, v) in pairs {
                    self.query(&k, &v);
                }
            }
            (serde_json::Value::Object(_), Style::Form) if explode => {
                for (k, v) in entries(value) {
                    self.query(k.unwrap_or(name), &scalar_text(v));
                }
            }
            (serde_json::Value::Array(items), Style::Form) if explode => {
                for item in items {
                    self.query(name, &scalar_text(item));
                }
            }
            _ => {
                let text = entries(value)
                    .into_iter()
                    .flat_map(|(k, v)| k.map(str::to_string).into_iter().chain([scalar_text(v)]))
                    .collect::<Vec<_>>()
                    .join(delimiter);
                self.query(name, &text);
            }
        }
    }
}

/// `deepObject` style: `name[key]=value`, nesting brackets for nested objects.
fn deep_object(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map.iter().filter(|(_, v)| !v.is_null()) {
                deep_object(&format!("{prefix}[{k}]"), v, out);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                out.push((format!("{prefix}[]"), scalar_text(item)));
            }
        }
        other => out.push((prefix.to_string(), scalar_text(other))),
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
        Multipart(self.0.part(name, reqwest::multipart::Part::bytes(value).file_name(name)))
    }

    /// One text part per top-level property of `value` (strings as they are, anything
    /// else as JSON text), for bodies whose schema names no properties.
    pub(crate) fn from_json(value: &serde_json::Value) -> Self {
        let mut form = reqwest::multipart::Form::new();
        if let serde_json::Value::Object(map) = value {
            for (k, v) in map.iter().filter(|(_, v)| !v.is_null()) {
                form = form.text(k.clone(), scalar_text(v));
            }
        }
        Multipart(form)
    }

    pub(crate) fn json<T: serde::Serialize + ?Sized>(self, name: &'static str, value: &T) -> Result<Self, InvalidRequest> {
        let text = serde_json::to_string(value)
            .map_err(|e| InvalidRequest::new(name, format!("cannot be encoded as JSON: {e}")))?;
        Ok(self.text(name, text))
    }
}

/// What to do after one attempt.
enum Next {
    Done,
    RetryAfter(std::time::Duration),
}

// Methods the generated operations call are prefixed `rt_`, and the generator keeps
// operation names off them and off the public methods, so no operationId can collide.
impl Client {
    /// A builder whose base URL defaults to the spec's first server, if it has one.
    pub(crate) fn rt_builder(default_base_url: Option<&'static str>) -> ClientBuilder {
        ClientBuilder {
            base_url: default_base_url.map(Cow::Borrowed),
            http: None,
            credentials: BTreeMap::new(),
            default_bearer: None,
            token_url: None,
            config: Config::default(),
        }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &Url {
        &self.shared.base_url
    }

    /// The configuration calls on this handle use.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// A handle whose calls use a different configuration, sharing this client's
    /// connection pool, credentials and token cache; e.g. to let one PATCH be retried:
    /// `client.with_config(|c| c.with_retry_non_idempotent(true))`.
    pub fn with_config(&self, change: impl FnOnce(Config) -> Config) -> Client {
        Client { shared: self.shared.clone(), config: change(self.config.clone()) }
    }

    /// Starts a request to the base URL plus `segments`, each percent-encoded as one path
    /// segment (so a `/` inside a parameter cannot change the path).
    pub(crate) fn rt_request<E>(&self, op: &'static Operation, segments: &[&str]) -> Request<E> {
        let mut url = self.shared.base_url.clone();
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

    /// Sends the request with credentials, retrying as [`Config`] allows, and reads the
    /// whole response. Runs inside a `tracing` span that names the operation.
    pub(crate) async fn rt_send<E>(&self, req: Request<E>) -> Result<ResponseContent, Error<E>> {
        use tracing::Instrument as _;
        let span = tracing::info_span!(
            "api_call",
            operation = req.op.id,
            method = %req.op.method,
            path = req.op.path,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
        );
        self.rt_send_with_retries(req).instrument(span).await
    }

    async fn rt_send_with_retries<E>(&self, mut req: Request<E>) -> Result<ResponseContent, Error<E>> {
        let op = req.op;
        let started = tokio::time::Instant::now();
        let deadline = started + self.config.deadline;
        if !req.cookies.is_empty() {
            let value = reqwest::header::HeaderValue::from_str(&req.cookies.join("; "))
                .map_err(|_| Error::InvalidRequest(InvalidRequest::new("Cookie", "is not a valid header value")))?;
            req.headers.append(reqwest::header::COOKIE, value);
        }
        let idempotent = matches!(op.method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE);
        let may_retry_failures = idempotent || self.config.retry_non_idempotent;
        let mut attempt = 0u32;
        let mut refreshed = false;
        loop {
            attempt += 1;
            tracing::Span::current().record("attempt", attempt);
            let (builder, token) = self.rt_prepare(&mut req).await?;
            let replayable = !matches!(req.body, Some(RequestBody::Multipart(_)));
            let last = attempt >= self.config.max_attempts || !replayable;
            let result = async {
                let response = builder.send().await?;
                let status = response.status();
                let headers = response.headers().clone();
                let body = response.bytes().await?;
                Ok::<_, reqwest::Error>(ResponseContent(Box::new(ResponseParts { status, headers, body })))
            }
            .await;
            let response = match result {
                Ok(response) => response,
                Err(e) => {
                    let transient = e.is_connect() || e.is_timeout();
                    tracing::debug!(attempt, connect = e.is_connect(), timeout = e.is_timeout(), "transport error");
                    if transient && may_retry_failures && !last && self.rt_wait(self.config.backoff(attempt - 1), deadline).await {
                        continue;
                    }
                    return Err(Error::Transport(TransportError::new(op, e)));
                }
            };
            let status = response.status();
            tracing::Span::current().record("status", status.as_u16());
            tracing::debug!(attempt, status = status.as_u16(), "response");
            let next = if status == StatusCode::UNAUTHORIZED && !refreshed && replayable {
                // One refresh and one retry, outside the attempt budget: an expired
                // token is the client's problem, not the server's.
                match &token {
                    Some((source, token)) if source.invalidate(token) => {
                        refreshed = true;
                        attempt -= 1;
                        Next::RetryAfter(std::time::Duration::ZERO)
                    }
                    _ => Next::Done,
                }
            } else if last {
                Next::Done
            } else if status == StatusCode::TOO_MANY_REQUESTS {
                let told = response.rate_limit().retry_after();
                Next::RetryAfter(told.map_or_else(|| self.config.backoff(attempt - 1), with_jitter))
            } else if status.is_server_error() && may_retry_failures {
                Next::RetryAfter(self.config.backoff(attempt - 1))
            } else {
                Next::Done
            };
            match next {
                Next::RetryAfter(wait) if self.rt_wait(wait, deadline).await => {
                    tracing::info!(attempt, status = status.as_u16(), wait_ms = wait.as_millis() as u64, "retrying");
                }
                _ => return Ok(response),
            }
        }
    }

    /// Sleeps for `wait` unless that would pass the deadline; returns whether it slept.
    async fn rt_wait(&self, wait: std::time::Duration, deadline: tokio::time::Instant) -> bool {
        let until = tokio::time::Instant::now() + wait;
        if until > deadline {
            return false;
        }
        tokio::time::sleep_until(until).await;
        true
    }

    /// Builds one attempt: URL, headers, body and credentials.
    #[allow(clippy::type_complexity)]
    async fn rt_prepare<E>(
        &self,
        req: &mut Request<E>,
    ) -> Result<(reqwest::RequestBuilder, Option<(Arc<dyn TokenSource>, Secret)>), Error<E>> {
        let mut url = req.url.clone();
        let mut headers = req.headers.clone();
        let token = self.rt_authorize(req.op, &mut url, &mut headers).await?;
        let mut builder = self
            .shared
            .http
            .request(req.op.method.clone(), url)
            .headers(headers)
            .timeout(self.config.request_timeout);
        match &mut req.body {
            Some(RequestBody::Bytes { content_type, data }) => {
                builder = builder.header(reqwest::header::CONTENT_TYPE, *content_type).body(data.clone());
            }
            Some(RequestBody::Multipart(form)) => {
                if let Some(form) = form.take() {
                    builder = builder.multipart(form);
                }
            }
            None => {}
        }
        Ok((builder, token))
    }

    fn rt_credential(&self, scheme: &Scheme) -> Option<Credential> {
        match (self.shared.credentials.get(scheme.name), scheme.kind) {
            (Some(c), _) => Some(c.clone()),
            (None, SchemeKind::Bearer) => self.shared.default_bearer.clone().map(Credential::Token),
            (None, _) => None,
        }
    }

    /// Puts the credentials of the first satisfiable security alternative on the request.
    /// Returns the token source and token used, so a 401 can invalidate them.
    #[allow(clippy::type_complexity)]
    async fn rt_authorize<E>(
        &self,
        op: &'static Operation,
        url: &mut Url,
        headers: &mut HeaderMap,
    ) -> Result<Option<(Arc<dyn TokenSource>, Secret)>, Error<E>> {
        if op.security.is_empty() {
            return Ok(None);
        }
        // The first alternative whose schemes are all configured; an empty alternative
        // means the operation also works without credentials.
        let Some(chosen) = op.security.iter().find(|alt| alt.iter().all(|s| self.rt_credential(s).is_some())) else {
            return Err(Error::MissingCredentials(MissingCredentials { operation: op.id, security: op.security }));
        };
        if !chosen.is_empty() && !transport_allows_credentials(url, self.config.allow_insecure_http) {
            return Err(Error::InvalidRequest(InvalidRequest::new(
                "base_url",
                "is plain http to a host that is not loopback; credentials are only sent over https (see `Config::allow_insecure_http`)",
            )));
        }
        let mut used = None;
        let mut cookies = Vec::new();
        for scheme in chosen.iter() {
            match (self.rt_credential(scheme), scheme.kind) {
                (Some(Credential::Token(source)), kind) => {
                    let token = source.token().await.map_err(Error::Auth)?;
                    let prefix = match kind {
                        SchemeKind::Http { scheme } => scheme,
                        _ => "Bearer",
                    };
                    set_secret_header(headers, reqwest::header::AUTHORIZATION, &format!("{prefix} {}", token.expose()))?;
                    used = Some((source, token));
                }
                (Some(Credential::Basic(user, password)), _) => {
                    use base64::Engine as _;
                    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{}", password.expose()));
                    set_secret_header(headers, reqwest::header::AUTHORIZATION, &format!("Basic {encoded}"))?;
                }
                (Some(Credential::ApiKey(key)), SchemeKind::ApiKey { location, param }) => match location {
                    KeyLocation::Header => {
                        let name = reqwest::header::HeaderName::from_bytes(param.as_bytes())
                            .map_err(|_| Error::InvalidRequest(InvalidRequest::new(param, "is not a valid header name")))?;
                        set_secret_header(headers, name, key.expose())?;
                    }
                    KeyLocation::Query => {
                        url.query_pairs_mut().append_pair(param, key.expose());
                    }
                    KeyLocation::Cookie => cookies.push(format!("{param}={}", key.expose())),
                },
                // A key configured for a scheme that is not an API-key scheme: nothing to send.
                (Some(Credential::ApiKey(_)), _) | (None, _) => {}
            }
        }
        if !cookies.is_empty() {
            let mut value = reqwest::header::HeaderValue::from_str(&cookies.join("; "))
                .map_err(|_| Error::InvalidRequest(InvalidRequest::new("Cookie", "credential is not a valid header value")))?;
            value.set_sensitive(true);
            headers.append(reqwest::header::COOKIE, value);
        }
        Ok(used)
    }
}

/// Adds up to a tenth on top of a wait the server asked for, so that clients told the
/// same moment do not all come back at once.
fn with_jitter(wait: std::time::Duration) -> std::time::Duration {
    wait + wait.mul_f64(fastrand::f64() / 10.0)
}

/// Sets a header that carries a secret, marked sensitive so HTTP layers do not log it.
fn set_secret_header<E>(headers: &mut HeaderMap, name: reqwest::header::HeaderName, value: &str) -> Result<(), Error<E>> {
    let mut value = reqwest::header::HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidRequest(InvalidRequest::new(name.as_str().to_string(), "credential is not a valid header value")))?;
    value.set_sensitive(true);
    headers.insert(name, value);
    Ok(())
}

// ------------------------------------------------------------------------------ responses

/// Rate-limit information from a response's headers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RateLimit {
    /// `X-RateLimit-Remaining`: calls left before the server answers 429.
    pub remaining: Option<u64>,
    /// `X-RateLimit-Reset`: seconds until the window resets. A value that looks like an
    /// epoch timestamp (after 2001) is turned into seconds from now.
    pub reset: Option<u64>,
    /// `Retry-After`, in seconds (an HTTP date is turned into seconds from now).
    pub retry_after: Option<u64>,
}

impl RateLimit {
    fn from_headers(headers: &HeaderMap) -> Self {
        let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim);
        let number = |name: &str| text(name).and_then(|v| v.parse::<u64>().ok());
        let now = std::time::SystemTime::now();
        let secs_until = |t: std::time::SystemTime| t.duration_since(now).map_or(0, |d| d.as_secs());
        let reset = number("x-ratelimit-reset").map(|v| {
            if v > 1_000_000_000 {
                secs_until(std::time::UNIX_EPOCH + std::time::Duration::from_secs(v))
            } else {
                v
            }
        });
        let retry_after = text("retry-after").and_then(|v| {
            v.parse::<u64>().ok().or_else(|| httpdate::parse_http_date(v).ok().map(secs_until))
        });
        RateLimit { remaining: number("x-ratelimit-remaining"), reset, retry_after }
    }

    /// How long the server asked to wait: `Retry-After`, else `X-RateLimit-Reset`.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        self.retry_after.or(self.reset).map(std::time::Duration::from_secs)
    }
}

/// A successful response: the decoded body, which it dereferences to, plus status and
/// headers.
#[derive(Debug)]
pub struct Response<T> {
    value: T,
    status: StatusCode,
    headers: HeaderMap,
}

impl<T> Response<T> {
    /// The decoded body.
    pub fn into_inner(self) -> T {
        self.value
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Rate-limit headers, for pacing further calls.
    pub fn rate_limit(&self) -> RateLimit {
        RateLimit::from_headers(&self.headers)
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
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

    /// Rate-limit headers; on a 429 they say when to try again.
    pub fn rate_limit(&self) -> RateLimit {
        RateLimit::from_headers(&self.0.headers)
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

    fn into_response<T>(self, value: T) -> Response<T> {
        let parts = *self.0;
        Response { value, status: parts.status, headers: parts.headers }
    }

    /// Decodes a successful response's JSON body into the type the spec declares.
    pub(crate) fn decode<T: serde::de::DeserializeOwned, E>(self) -> Result<Response<T>, Error<E>> {
        match self.json() {
            Ok(value) => Ok(self.into_response(value)),
            Err(e) => Err(Error::Decode(DecodeError { message: e.to_string(), response: self })),
        }
    }

    /// Decodes a successful response's body as UTF-8 text.
    pub(crate) fn decode_text<E>(self) -> Result<Response<String>, Error<E>> {
        match String::from_utf8(self.0.body.to_vec()) {
            Ok(text) => Ok(self.into_response(text)),
            Err(e) => Err(Error::Decode(DecodeError { message: e.to_string(), response: self })),
        }
    }

    /// A successful response whose body is kept as bytes.
    pub(crate) fn decode_bytes<E>(self) -> Result<Response<Bytes>, Error<E>> {
        let body = self.0.body.clone();
        Ok(self.into_response(body))
    }

    /// A successful response without a body.
    pub(crate) fn decode_empty<E>(self) -> Result<Response<()>, Error<E>> {
        Ok(self.into_response(()))
    }

    /// Decodes an error response whose body the spec describes; a body that does not
    /// match is kept raw rather than hiding the error status behind a decode error.
    pub(crate) fn typed<T: serde::de::DeserializeOwned>(self) -> TypedResponse<T> {
        let body = self.json().ok().map(Box::new);
        TypedResponse { body, content: self }
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

// ------------------------------------------------------------------------------ errors

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
        InvalidRequest { field: field.into(), message: message.into() }
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

/// The request could not be sent or the response could not be read.
#[derive(Debug)]
pub struct TransportError(Box<(&'static str, &'static str, reqwest::Error)>);

impl TransportError {
    fn new(op: &'static Operation, error: reqwest::Error) -> Self {
        // The URL can carry an API key in its query, so it is dropped from the error.
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
        write!(f, "the {} response does not match the spec: {}", self.response.status(), self.message)
    }
}

impl std::error::Error for DecodeError {}

// ------------------------------------------------------------------------------ validation

/// Checks `minLength`/`maxLength`, counted in characters as JSON Schema does.
pub(crate) fn check_length(field: &str, value: &str, min: Option<u64>, max: Option<u64>) -> Result<(), InvalidRequest> {
    let len = value.chars().count() as u64;
    if let Some(min) = min.filter(|m| len < *m) {
        return Err(InvalidRequest::new(field, format!("must be at least {min} characters long, but is {len}")));
    }
    if let Some(max) = max.filter(|m| len > *m) {
        return Err(InvalidRequest::new(field, format!("must be at most {max} characters long, but is {len}")));
    }
    Ok(())
}

/// Checks `minItems`/`maxItems`.
pub(crate) fn check_items(field: &str, len: usize, min: Option<u64>, max: Option<u64>) -> Result<(), InvalidRequest> {
    let len = len as u64;
    if let Some(min) = min.filter(|m| len < *m) {
        return Err(InvalidRequest::new(field, format!("must have at least {min} items, but has {len}")));
    }
    if let Some(max) = max.filter(|m| len > *m) {
        return Err(InvalidRequest::new(field, format!("must have at most {max} items, but has {len}")));
    }
    Ok(())
}

/// Checks `minimum`/`maximum`; the flag says whether the bound is exclusive.
pub(crate) fn check_range(field: &str, value: f64, min: Option<(f64, bool)>, max: Option<(f64, bool)>) -> Result<(), InvalidRequest> {
    if let Some((min, exclusive)) = min {
        if value < min || (exclusive && value == min) {
            let rel = if exclusive { "greater than" } else { "at least" };
            return Err(InvalidRequest::new(field, format!("must be {rel} {min}, but is {value}")));
        }
    }
    if let Some((max, exclusive)) = max {
        if value > max || (exclusive && value == max) {
            let rel = if exclusive { "less than" } else { "at most" };
            return Err(InvalidRequest::new(field, format!("must be {rel} {max}, but is {value}")));
        }
    }
    Ok(())
}
