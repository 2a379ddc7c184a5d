//! OAuth2 token sources (client credentials, user tokens with refresh), cached until expiry.

use std::fmt;
use std::sync::{Arc, PoisonError};
use std::time::{Duration, Instant};

use reqwest::Url;

use super::auth::{transport_allows_credentials, BoxFuture, TokenSource};
use super::clock::Clock;
use super::error::{AuthError, Failure};
use super::request::TokenEndpoint;
use super::secret::Secret;
use super::send::read_body;

/// A user's tokens for an authorization-code scheme (user mode), obtained by the
/// application through the OAuth2 login flow (e.g. with `Login`).
///
/// With only an access token, the client sends it until the server rejects it. Add a
/// refresh token and the application's client credentials, and the client refreshes the
/// access token through the spec's token URL when it expires or is rejected.
#[derive(Clone)]
pub struct UserTokens {
    access_token: Secret,
    expires_in: Option<Duration>,
    refresh: Option<Refresh>,
}

/// What refreshing a user's token takes: the refresh token and the client credentials.
#[derive(Clone)]
struct Refresh {
    client_id: String,
    client_secret: Option<Secret>,
    refresh_token: Secret,
}

impl UserTokens {
    /// The user's access token.
    pub fn new(access_token: impl Into<Secret>) -> Self {
        UserTokens {
            access_token: access_token.into(),
            expires_in: None,
            refresh: None,
        }
    }

    /// How long the access token is valid from now, as the token response said.
    pub fn expires_in(mut self, lifetime: Duration) -> Self {
        self.expires_in = Some(lifetime);
        self
    }

    /// How long the access token was valid when it was issued, if that is known.
    pub fn lifetime(&self) -> Option<Duration> {
        self.expires_in
    }

    /// Whether the tokens can be refreshed: a refresh token and client credentials are set.
    pub fn refreshable(&self) -> bool {
        self.refresh.is_some()
    }

    /// A refresh token and the client credentials to use it with.
    pub fn with_refresh(
        mut self,
        refresh_token: impl Into<Secret>,
        client_id: impl Into<String>,
        client_secret: Option<Secret>,
    ) -> Self {
        self.refresh = Some(Refresh {
            refresh_token: refresh_token.into(),
            client_id: client_id.into(),
            client_secret,
        });
        self
    }
}

impl fmt::Debug for UserTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Public identifiers only: the client id, not the tokens or the client secret.
        f.debug_struct("UserTokens")
            .field("access_token", &self.access_token)
            .field("expires_in", &self.expires_in)
            .field(
                "refresh_client_id",
                &self.refresh.as_ref().map(|r| &r.client_id),
            )
            .finish()
    }
}

/// A token endpoint in use: the spec's, or the one `ClientBuilder::token_url` set.
#[derive(Clone, Debug)]
pub(crate) struct Endpoint {
    pub(crate) token_url: String,
    pub(crate) scopes: &'static [&'static str],
}

impl Endpoint {
    pub(crate) fn new(spec: TokenEndpoint, token_url_override: Option<&str>) -> Self {
        Endpoint {
            token_url: token_url_override.unwrap_or(spec.token_url).to_string(),
            scopes: spec.scopes,
        }
    }

    fn url(&self, allow_insecure_http: bool) -> Result<oauth2::TokenUrl, AuthError> {
        let url = Url::parse(&self.token_url).map_err(|e| {
            AuthError::new(format!("invalid token URL `{}`: {e}", self.token_url), None)
        })?;
        if !transport_allows_credentials(&url, allow_insecure_http) {
            return Err(AuthError::new(
                format!("refusing to send client credentials over plain http to `{url}`"),
                None,
            ));
        }
        Ok(oauth2::TokenUrl::from_url(url))
    }
}

/// What a token source needs besides its own state: HTTP, the clock, transport rules.
#[derive(Clone, Debug)]
pub(crate) struct Context {
    pub(crate) http: reqwest::Client,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) allow_insecure_http: bool,
    /// `Config::max_response_bytes`, which token endpoint answers are held to as well.
    pub(crate) max_response_bytes: u64,
}

/// A token and when to stop using it.
struct CachedToken {
    token: Secret,
    refresh_at: Option<Instant>,
}

impl CachedToken {
    /// Longest a token is cached, whatever `expires_in` the endpoint claimed: a server
    /// that says "forever" (`u64::MAX` seconds) gets asked again after a day.
    const MAX_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

    fn new(token: Secret, lifetime: Option<Duration>, now: Instant) -> Self {
        CachedToken {
            token,
            refresh_at: lifetime.map(|l| refresh_at(l, now)),
        }
    }

    fn fresh(&self, now: Instant) -> bool {
        self.refresh_at.is_none_or(|at| now < at)
    }
}

/// When to replace a token of `lifetime` issued at `now`: a little early so that it does
/// not expire in flight (a tenth of its lifetime, at most a minute), and no later than
/// [`CachedToken::MAX_LIFETIME`]. A lifetime of zero means "refresh on next use".
fn refresh_at(lifetime: Duration, now: Instant) -> Instant {
    let lifetime = lifetime.min(CachedToken::MAX_LIFETIME);
    let margin = (lifetime / 10).min(Duration::from_secs(60));
    // Cannot overflow with the cap, but an `Instant` near its end must not panic either.
    now.checked_add(lifetime.saturating_sub(margin))
        .unwrap_or(now)
}

/// Reads a token endpoint's answer (`status`, `content_type`, `body`) as the
/// client-credentials flow does, without HTTP, and says how long the token would be
/// cached (`None`: until rejected). For the property tests (`crate/properties.rs`), which
/// feed it arbitrary answers; the answer goes through `oauth2`'s parser and this module's
/// error mapping exactly as a fetched one does.
#[cfg(test)]
pub(crate) async fn cache_lifetime_of_token_answer(
    status: u16,
    content_type: &str,
    body: Vec<u8>,
) -> Result<Option<Duration>, AuthError> {
    use oauth2::TokenResponse as _;
    let answer = http::Response::builder()
        .status(status)
        .header(http::header::CONTENT_TYPE, content_type)
        .body(body)
        .map_err(|e| AuthError::new(format!("not an HTTP answer: {e}"), None))?;
    let url = oauth2::TokenUrl::new("https://token.invalid/token".into())
        .map_err(|e| AuthError::new(e.to_string(), None))?;
    let client = oauth2::basic::BasicClient::new(oauth2::ClientId::new("id".into()))
        .set_client_secret(oauth2::ClientSecret::new("secret".into()))
        .set_token_uri(url);
    let send = move |_request| {
        let answer = answer.clone();
        async move { Ok::<_, Failure>(answer) }
    };
    let response = client
        .exchange_client_credentials()
        .request_async(&send)
        .await
        .map_err(token_error)?;
    let now = Instant::now();
    let cached = CachedToken::new(
        Secret::new(response.access_token().secret().clone()),
        response.expires_in(),
        now,
    );
    Ok(cached
        .refresh_at
        .map(|at| at.saturating_duration_since(now)))
}

/// Sends OAuth2 token requests through the client's own reqwest client, for `oauth2`,
/// reading at most `limit` bytes of the answer.
pub(crate) async fn oauth_http(
    http: reqwest::Client,
    request: oauth2::HttpRequest,
    limit: u64,
) -> Result<oauth2::HttpResponse, Failure> {
    let request = reqwest::Request::try_from(request)?;
    let response = http.execute(request).await?;
    let mut builder = http::Response::builder().status(response.status());
    for (name, value) in response.headers() {
        builder = builder.header(name, value);
    }
    let body = read_body(response, limit).await?.to_vec();
    // Status and headers come from a valid response, so building cannot fail; an empty
    // response is the harmless fallback the compiler asks for.
    Ok(builder.body(body).unwrap_or_default())
}

/// Maps an `oauth2` failure to an [`AuthError`] that keeps the endpoint's error fields.
fn token_error(
    e: oauth2::RequestTokenError<Failure, oauth2::basic::BasicErrorResponse>,
) -> AuthError {
    match e {
        oauth2::RequestTokenError::ServerResponse(r) => {
            AuthError::refused(r.error().to_string(), r.error_description().cloned())
        }
        oauth2::RequestTokenError::Request(e @ Failure::TooLarge(_)) => AuthError::new(
            format!("the token endpoint's answer is too large: {e}"),
            None,
        ),
        oauth2::RequestTokenError::Request(e) => {
            AuthError::new("the token endpoint could not be reached", Some(Box::new(e)))
        }
        oauth2::RequestTokenError::Parse(e, _) => AuthError::new(
            format!("the token endpoint's answer is not a token response: {e}"),
            None,
        ),
        oauth2::RequestTokenError::Other(message) => AuthError::new(message, None),
    }
}

/// The client-credentials flow (client mode): fetches a token with the application's
/// credentials, caches it, and fetches a new one shortly before it expires.
pub(crate) struct ClientCredentialsSource {
    client_id: String,
    client_secret: Secret,
    endpoint: Endpoint,
    context: Context,
    // Every request reads the token here, so a fresh token costs a lock without waiting:
    // an async mutex on this path made each call measurably slower than a bearer token.
    current: std::sync::RwLock<Option<CachedToken>>,
    // Held across the token request, so concurrent callers wait for one request instead
    // of each sending their own.
    fetching: tokio::sync::Mutex<()>,
}

impl ClientCredentialsSource {
    pub(crate) fn new(
        client_id: String,
        client_secret: Secret,
        endpoint: Endpoint,
        context: Context,
    ) -> Self {
        ClientCredentialsSource {
            client_id,
            client_secret,
            endpoint,
            context,
            current: std::sync::RwLock::new(None),
            fetching: tokio::sync::Mutex::new(()),
        }
    }

    /// The cached token, if it is still fresh.
    fn fresh(&self) -> Option<Secret> {
        let now = self.context.clock.now();
        // A panic elsewhere while the lock was held cannot leave a half-written token.
        let current = self.current.read().unwrap_or_else(PoisonError::into_inner);
        current
            .as_ref()
            .filter(|c| c.fresh(now))
            .map(|c| c.token.clone())
    }

    async fn fetch(&self) -> Result<CachedToken, AuthError> {
        use oauth2::TokenResponse as _;
        let client = oauth2::basic::BasicClient::new(oauth2::ClientId::new(self.client_id.clone()))
            .set_client_secret(oauth2::ClientSecret::new(
                self.client_secret.expose().to_string(),
            ))
            .set_token_uri(self.endpoint.url(self.context.allow_insecure_http)?)
            // RFC 6749 section 2.3.1: servers must support HTTP Basic client authentication.
            .set_auth_type(oauth2::AuthType::BasicAuth);
        let http = self.context.http.clone();
        let limit = self.context.max_response_bytes;
        let send = move |request| oauth_http(http.clone(), request, limit);
        let response = client
            .exchange_client_credentials()
            .add_scopes(
                self.endpoint
                    .scopes
                    .iter()
                    .map(|s| oauth2::Scope::new(s.to_string())),
            )
            .request_async(&send)
            .await
            .map_err(token_error)?;
        tracing::debug!(expires_in = ?response.expires_in(), "fetched a client-credentials token");
        Ok(CachedToken::new(
            Secret::new(response.access_token().secret().clone()),
            response.expires_in(),
            self.context.clock.now(),
        ))
    }
}

impl TokenSource for ClientCredentialsSource {
    fn token(&self) -> BoxFuture<'_, Result<Secret, AuthError>> {
        // Checked before boxing: the fetching future is large, and boxing it on every call
        // cost more than the cached token's read.
        if let Some(token) = self.fresh() {
            return Box::pin(std::future::ready(Ok(token)));
        }
        Box::pin(async move {
            let _fetching = self.fetching.lock().await;
            // Whoever held the lock before may have fetched a token this caller can use.
            if let Some(token) = self.fresh() {
                return Ok(token);
            }
            let fetched = self.fetch().await?;
            let token = fetched.token.clone();
            *self.current.write().unwrap_or_else(PoisonError::into_inner) = Some(fetched);
            Ok(token)
        })
    }

    fn invalidate(&self, rejected: &Secret) -> bool {
        let mut current = self.current.write().unwrap_or_else(PoisonError::into_inner);
        // Only the rejected token goes: one fetched meanwhile by another request stays.
        if current.as_ref().is_some_and(|c| c.token == *rejected) {
            *current = None;
        }
        true
    }
}

/// The user's tokens (user mode), refreshed through the token URL when possible.
pub(crate) struct UserTokenSource {
    refresh: Option<Refresh>,
    endpoint: Endpoint,
    context: Context,
    /// The access token, and the refresh token to use next (servers may rotate it).
    state: tokio::sync::Mutex<(CachedToken, Option<Secret>)>,
}

impl UserTokenSource {
    pub(crate) fn new(tokens: UserTokens, endpoint: Endpoint, context: Context) -> Self {
        let cached = CachedToken::new(tokens.access_token, tokens.expires_in, context.clock.now());
        let refresh_token = tokens.refresh.as_ref().map(|r| r.refresh_token.clone());
        UserTokenSource {
            refresh: tokens.refresh,
            endpoint,
            context,
            state: tokio::sync::Mutex::new((cached, refresh_token)),
        }
    }

    async fn refresh(
        &self,
        refresh_token: &Secret,
    ) -> Result<(CachedToken, Option<Secret>), AuthError> {
        use oauth2::TokenResponse as _;
        let Some(refresh) = &self.refresh else {
            return Err(AuthError::new(
                "the access token expired and no refresh token was given",
                None,
            ));
        };
        let mut client =
            oauth2::basic::BasicClient::new(oauth2::ClientId::new(refresh.client_id.clone()))
                .set_token_uri(self.endpoint.url(self.context.allow_insecure_http)?)
                .set_auth_type(oauth2::AuthType::BasicAuth);
        if let Some(secret) = &refresh.client_secret {
            client =
                client.set_client_secret(oauth2::ClientSecret::new(secret.expose().to_string()));
        }
        let http = self.context.http.clone();
        let limit = self.context.max_response_bytes;
        let send = move |request| oauth_http(http.clone(), request, limit);
        let response = client
            .exchange_refresh_token(&oauth2::RefreshToken::new(
                refresh_token.expose().to_string(),
            ))
            .request_async(&send)
            .await
            .map_err(token_error)?;
        tracing::debug!(expires_in = ?response.expires_in(), "refreshed the user's token");
        let next_refresh = response
            .refresh_token()
            .map(|r| Secret::new(r.secret().clone()));
        let cached = CachedToken::new(
            Secret::new(response.access_token().secret().clone()),
            response.expires_in(),
            self.context.clock.now(),
        );
        Ok((cached, next_refresh))
    }
}

impl TokenSource for UserTokenSource {
    fn token(&self) -> BoxFuture<'_, Result<Secret, AuthError>> {
        Box::pin(async move {
            let mut state = self.state.lock().await;
            if state.0.fresh(self.context.clock.now()) {
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
        let Ok(mut state) = self.state.try_lock() else {
            return true;
        };
        if state.1.is_none() {
            return false;
        }
        if state.0.token == *rejected {
            state.0.refresh_at = Some(self.context.clock.now());
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::secret::Secret;
    use super::{CachedToken, UserTokens};
    use std::time::{Duration, Instant};

    #[test]
    fn token_is_replaced_a_little_before_it_expires() {
        let t0 = Instant::now();
        let cached = CachedToken::new(Secret::new("t"), Some(Duration::from_secs(1)), t0);
        assert!(cached.fresh(t0 + Duration::from_millis(800)));
        assert!(!cached.fresh(t0 + Duration::from_millis(900)));
        let long = CachedToken::new(Secret::new("t"), Some(Duration::from_secs(3600)), t0);
        assert!(long.fresh(t0 + Duration::from_secs(3539)));
        assert!(
            !long.fresh(t0 + Duration::from_secs(3540)),
            "at most a minute early"
        );
        let forever = CachedToken::new(Secret::new("t"), None, t0);
        assert!(forever.fresh(t0 + Duration::from_secs(1_000_000)));
    }

    #[test]
    fn absurd_lifetimes_are_bounded() {
        let t0 = Instant::now();
        let day = Duration::from_secs(24 * 60 * 60);
        let huge = CachedToken::new(Secret::new("t"), Some(Duration::MAX), t0);
        assert!(huge.fresh(t0 + day - Duration::from_secs(61)));
        assert!(!huge.fresh(t0 + day), "cached at most a day");
        let zero = CachedToken::new(Secret::new("t"), Some(Duration::ZERO), t0);
        assert!(
            !zero.fresh(t0),
            "a token of no lifetime is replaced on next use"
        );
    }

    #[test]
    fn user_tokens_debug_shows_no_secret() {
        let tokens = UserTokens::new("access-123")
            .expires_in(Duration::from_secs(60))
            .with_refresh("refresh-456", "my-app", Some(Secret::new("client-789")));
        let debug = format!("{tokens:?}");
        for secret in ["access-123", "refresh-456", "client-789"] {
            assert!(!debug.contains(secret), "{debug}");
        }
        assert!(debug.contains("my-app"));
    }
}
