// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! `Client` (the shared transport under each generated client) and `ClientBuilder`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;

use super::auth::{Credential, Credentials, StaticToken, TokenSource};
use super::clock::{Clock, TokioClock};
use super::config::Config;
use super::error::BuildError;
use super::login::{AuthorizationEndpoint, Login};
use super::oauth::{ClientCredentialsSource, Context, Endpoint, UserTokenSource, UserTokens};
use super::options::RequestOptions;
use super::request::{Operation, Request, TokenEndpoint};
use super::secret::Secret;

/// The transport under every generated API client. Cheap to clone: clones share one
/// connection pool, one set of credentials and one token cache.
#[derive(Clone)]
pub struct Client {
    pub(crate) shared: Arc<Shared>,
    pub(crate) config: Config,
    /// What `with_options` added to every call of this handle.
    pub(crate) options: Option<Arc<RequestOptions>>,
}

pub(crate) struct Shared {
    pub(crate) http: reqwest::Client,
    pub(crate) base_url: Url,
    pub(crate) credentials: Credentials,
    pub(crate) clock: Arc<dyn Clock>,
    /// Headers sent on every request (`ClientBuilder::default_header`); sensitive ones
    /// are marked so.
    pub(crate) default_headers: reqwest::header::HeaderMap,
    /// The base URL is https or loopback, so credentials may go to it whatever the
    /// configuration says; worked out once, not on every request.
    pub(crate) safe_for_credentials: bool,
    /// The timeout the builder gave the HTTP client it created, if it created one. A call
    /// whose configured timeout is this one needs no timeout of its own: a per-request
    /// timeout costs reqwest three allocations per call.
    pub(crate) client_timeout: Option<Duration>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Which credentials are set, never their values.
        let credentials = &self.shared.credentials;
        f.debug_struct("Client")
            .field("base_url", &self.shared.base_url.as_str())
            .field(
                "credentials",
                &credentials.by_scheme.keys().collect::<Vec<_>>(),
            )
            .field("default_bearer", &credentials.default_bearer.is_some())
            .field("config", &self.config)
            .finish()
    }
}

impl Client {
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
        Client {
            shared: self.shared.clone(),
            config: change(self.config.clone()),
            options: self.options.clone(),
        }
    }

    /// A handle whose calls also carry `options` (headers, query parameters, credentials,
    /// timeout, retries; see [`RequestOptions`]), on top of any this handle has, sharing
    /// this client's connection pool, credentials and token cache.
    pub fn with_options(&self, options: RequestOptions) -> Client {
        let options = match &self.options {
            Some(earlier) => RequestOptions::clone(earlier).merged(options),
            None => options,
        };
        Client {
            shared: self.shared.clone(),
            config: self.config.clone(),
            options: Some(Arc::new(options)),
        }
    }

    /// Starts a request to the base URL plus `segments`, each percent-encoded as one path
    /// segment (so a `/` inside a parameter cannot change the path).
    pub fn request(&self, op: &'static Operation, segments: &[&str]) -> Request {
        let mut url = self.shared.base_url.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(segments);
        }
        Request::new(op, url)
    }
}

/// Credentials as configured on the builder, before the HTTP client exists.
#[derive(Clone)]
enum CredentialSpec {
    Source(Arc<dyn TokenSource>),
    ClientCredentials {
        client_id: String,
        client_secret: Secret,
        endpoint: TokenEndpoint,
    },
    User {
        tokens: UserTokens,
        endpoint: TokenEndpoint,
    },
    Basic(String, Secret),
    ApiKey(Secret),
}

impl fmt::Debug for CredentialSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Which kind of credential, and public identifiers only.
        match self {
            CredentialSpec::Source(_) => f.write_str("TokenSource"),
            CredentialSpec::ClientCredentials {
                client_id,
                endpoint,
                ..
            } => write!(
                f,
                "ClientCredentials {{ client_id: {client_id:?}, token_url: {:?} }}",
                endpoint.token_url
            ),
            CredentialSpec::User { endpoint, .. } => {
                write!(f, "UserTokens {{ token_url: {:?} }}", endpoint.token_url)
            }
            CredentialSpec::Basic(user, _) => write!(f, "Basic {{ user: {user:?} }}"),
            CredentialSpec::ApiKey(_) => f.write_str("ApiKey"),
        }
    }
}

/// Configures a [`Client`].
#[derive(Debug)]
pub struct ClientBuilder {
    base_url: Option<Cow<'static, str>>,
    http: Option<reqwest::Client>,
    credentials: BTreeMap<String, CredentialSpec>,
    default_bearer: Option<Secret>,
    token_url: Option<String>,
    config: Config,
    clock: Option<Arc<dyn Clock>>,
    // `Debug` shows sensitive values as `Sensitive`.
    default_headers: reqwest::header::HeaderMap,
    invalid_header: Option<String>,
}

impl ClientBuilder {
    /// A builder whose base URL defaults to the spec's first server, if it has one.
    pub fn new(default_base_url: Option<&'static str>) -> Self {
        ClientBuilder {
            base_url: default_base_url.map(Cow::Borrowed),
            http: None,
            credentials: BTreeMap::new(),
            default_bearer: None,
            token_url: None,
            config: Config::default(),
            clock: None,
            default_headers: reqwest::header::HeaderMap::new(),
            invalid_header: None,
        }
    }

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
        self.default_bearer = Some(token.into());
        self
    }

    /// Uses `source` for the bearer-token scheme named `scheme` in the spec.
    pub fn token_source(
        mut self,
        scheme: impl Into<String>,
        source: impl TokenSource + 'static,
    ) -> Self {
        self.credentials
            .insert(scheme.into(), CredentialSpec::Source(Arc::new(source)));
        self
    }

    /// Sends `user` and `password` for the HTTP basic scheme named `scheme` in the spec.
    pub fn basic_auth(mut self, scheme: &'static str, user: String, password: Secret) -> Self {
        self.credentials
            .insert(scheme.into(), CredentialSpec::Basic(user, password));
        self
    }

    /// Sends `key` for the API-key scheme named `scheme` in the spec.
    pub fn api_key(mut self, scheme: &'static str, key: Secret) -> Self {
        self.credentials
            .insert(scheme.into(), CredentialSpec::ApiKey(key));
        self
    }

    /// The client-credentials flow for the OAuth2 scheme `scheme`, at `endpoint` (or the
    /// URL given to [`token_url`](Self::token_url)).
    pub fn client_credentials(
        mut self,
        scheme: &'static str,
        endpoint: TokenEndpoint,
        client_id: String,
        client_secret: Secret,
    ) -> Self {
        self.credentials.insert(
            scheme.into(),
            CredentialSpec::ClientCredentials {
                client_id,
                client_secret,
                endpoint,
            },
        );
        self
    }

    /// A user's tokens for the OAuth2 scheme `scheme`, refreshed at `endpoint` (or the URL
    /// given to [`token_url`](Self::token_url)).
    pub fn user_tokens(
        mut self,
        scheme: &'static str,
        endpoint: TokenEndpoint,
        tokens: UserTokens,
    ) -> Self {
        self.credentials
            .insert(scheme.into(), CredentialSpec::User { tokens, endpoint });
        self
    }

    /// A fixed bearer token for the scheme `scheme`.
    pub fn static_token(mut self, scheme: &'static str, token: Secret) -> Self {
        self.credentials.insert(
            scheme.into(),
            CredentialSpec::Source(Arc::new(StaticToken(token))),
        );
        self
    }

    /// Sends header `name: value` on every request, unless the operation sets that header
    /// itself. A name or value that is not valid in a header fails `build`.
    pub fn default_header(self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        self.header(name.as_ref(), value.as_ref(), false)
    }

    /// Sends a credential in header `name` on every request (`X-API-Key: <key>`,
    /// `Authorization: Token <key>`), for an API that authenticates in a way its spec does
    /// not declare; the value never shows in `Debug` output or logs. It is sent only over
    /// https or to loopback (see `Config::allow_insecure_http`), and credentials of a
    /// scheme the operation declares replace it.
    pub fn credential_header(self, name: impl AsRef<str>, value: impl Into<Secret>) -> Self {
        let value: Secret = value.into();
        self.header(name.as_ref(), value.expose(), true)
    }

    fn header(mut self, name: &str, value: &str, sensitive: bool) -> Self {
        use reqwest::header::{HeaderName, HeaderValue};
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(header), Ok(mut value)) => {
                value.set_sensitive(sensitive);
                self.default_headers.insert(header, value);
            }
            _ => {
                self.invalid_header.get_or_insert_with(|| name.to_string());
            }
        }
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

    /// Uses `clock` for waits between retries and for token expiry instead of tokio's
    /// clock; tests pass a `ManualClock`.
    pub fn clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Some(Arc::new(clock));
        self
    }

    /// Starts a user's authorization-code login for an OAuth2 scheme at `endpoint`, for
    /// the application `client_id` (and its secret, if it has one), coming back to
    /// `redirect_uri`. The login follows this builder's settings as they are now: the
    /// code goes to the URL given to [`token_url`](Self::token_url) if any, through the
    /// [`http_client`](Self::http_client) if one was given, under the config's
    /// transport rules. The [`UserTokens`] it ends with go to [`user_tokens`](Self::user_tokens).
    pub fn login(
        &self,
        endpoint: AuthorizationEndpoint,
        client_id: String,
        client_secret: Option<Secret>,
        redirect_uri: String,
    ) -> Login {
        let mut login = Login::new(endpoint, client_id, client_secret, redirect_uri)
            .allow_insecure_http(self.config.allow_insecure_http);
        if let Some(url) = &self.token_url {
            login = login.token_endpoint(url.clone());
        }
        if let Some(http) = &self.http {
            login = login.http_client(http.clone());
        }
        login
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        if let Some(name) = &self.invalid_header {
            return Err(BuildError::new(format!(
                "default header `{name}`: not a valid header name or value"
            )));
        }
        let Some(raw) = self.base_url else {
            return Err(BuildError::new(
                "no base URL: the spec names no absolute server URL, so call `base_url`",
            ));
        };
        let base_url = Url::parse(&raw)
            .map_err(|e| BuildError::new(format!("invalid base URL `{raw}`: {e}")))?;
        if base_url.cannot_be_a_base() {
            return Err(BuildError::new(format!(
                "`{raw}` cannot be used as a base URL"
            )));
        }
        let (http, client_timeout) = match self.http {
            Some(http) => (http, None),
            None => (
                reqwest::Client::builder()
                    .connect_timeout(self.config.connect_timeout)
                    .timeout(self.config.request_timeout)
                    .build()
                    .map_err(|e| {
                        BuildError::new(format!("could not set up the HTTP client: {e}"))
                    })?,
                Some(self.config.request_timeout),
            ),
        };
        let clock = self.clock.unwrap_or_else(|| Arc::new(TokioClock));
        let context = Context {
            http: http.clone(),
            clock: clock.clone(),
            allow_insecure_http: self.config.allow_insecure_http,
            max_response_bytes: self.config.max_response_bytes,
        };
        let token_url = self.token_url.as_deref();
        let ready = |spec: CredentialSpec| -> Credential {
            match spec {
                CredentialSpec::Source(source) => Credential::Token(source),
                CredentialSpec::ClientCredentials {
                    client_id,
                    client_secret,
                    endpoint,
                } => Credential::Token(Arc::new(ClientCredentialsSource::new(
                    client_id,
                    client_secret,
                    Endpoint::new(endpoint, token_url),
                    context.clone(),
                ))),
                CredentialSpec::User { tokens, endpoint } => {
                    Credential::Token(Arc::new(UserTokenSource::new(
                        tokens,
                        Endpoint::new(endpoint, token_url),
                        context.clone(),
                    )))
                }
                CredentialSpec::Basic(user, password) => Credential::Basic(user, password),
                CredentialSpec::ApiKey(key) => Credential::ApiKey(key),
            }
        };
        let credentials = Credentials {
            by_scheme: self
                .credentials
                .into_iter()
                .map(|(name, spec)| (name, ready(spec)))
                .collect(),
            default_bearer: self
                .default_bearer
                .map(|token| Arc::new(StaticToken(token)) as Arc<dyn TokenSource>),
        };
        Ok(Client {
            shared: Arc::new(Shared {
                http,
                safe_for_credentials: super::auth::transport_allows_credentials(&base_url, false),
                client_timeout,
                base_url,
                credentials,
                clock,
                default_headers: self.default_headers,
            }),
            config: self.config,
            options: None,
        })
    }
}
