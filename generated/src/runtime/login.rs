// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The OAuth2 authorization-code login (RFC 6749 section 4.1) with PKCE, ending in `UserTokens`.

use std::fmt;

use reqwest::Url;

use super::auth::transport_allows_credentials;
use super::config::Config;
use super::error::{AuthError, Failure};
use super::oauth::{oauth_http, UserTokens};
use super::secret::Secret;

/// An OAuth2 authorization-code flow as the spec declares it.
#[derive(Clone, Copy, Debug)]
pub struct AuthorizationEndpoint {
    /// The flow's `authorizationUrl`, where the user logs in.
    pub authorize_url: &'static str,
    /// The flow's `tokenUrl`, where the code is exchanged for tokens.
    pub token_url: &'static str,
    /// The scopes to ask for by default: all the spec declares for the flow.
    pub scopes: &'static [&'static str],
}

/// A user's login through the OAuth2 authorization-code flow with PKCE (RFC 7636).
///
/// [`authorize_url`](Self::authorize_url) gives the URL to send the user's browser to and a
/// [`PendingLogin`] to keep until the browser comes back to the redirect URI; its
/// [`exchange_redirect`](PendingLogin::exchange_redirect) checks the returned `state` and
/// exchanges the code for the [`UserTokens`] the client takes.
///
/// URLs that carry credentials or the user's login (the authorization and token URLs) must
/// be https or loopback, unless [`allow_insecure_http`](Self::allow_insecure_http) is set.
#[derive(Clone)]
pub struct Login {
    client_id: String,
    client_secret: Option<Secret>,
    redirect_uri: String,
    authorize_url: String,
    token_url: String,
    scopes: Vec<String>,
    http: Option<reqwest::Client>,
    allow_insecure_http: bool,
}

impl fmt::Debug for Login {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Public identifiers only: the client secret stays out.
        f.debug_struct("Login")
            .field("client_id", &self.client_id)
            .field("redirect_uri", &self.redirect_uri)
            .field("authorize_url", &self.authorize_url)
            .field("token_url", &self.token_url)
            .field("scopes", &self.scopes)
            .finish_non_exhaustive()
    }
}

impl Login {
    /// A login for the application `client_id` (with its secret, if it has one) that
    /// brings the user back to `redirect_uri`, at `endpoint`'s URLs with its scopes.
    pub fn new(
        endpoint: AuthorizationEndpoint,
        client_id: impl Into<String>,
        client_secret: Option<Secret>,
        redirect_uri: impl Into<String>,
    ) -> Self {
        Login {
            client_id: client_id.into(),
            client_secret,
            redirect_uri: redirect_uri.into(),
            authorize_url: endpoint.authorize_url.to_string(),
            token_url: endpoint.token_url.to_string(),
            scopes: endpoint.scopes.iter().map(|s| s.to_string()).collect(),
            http: None,
            allow_insecure_http: false,
        }
    }

    /// Sends the user to `url` instead of the spec's authorization URL, e.g. a test
    /// environment's login page or a local fake.
    pub fn authorization_endpoint(mut self, url: impl Into<String>) -> Self {
        self.authorize_url = url.into();
        self
    }

    /// Exchanges the code at `url` instead of the spec's token URL.
    pub fn token_endpoint(mut self, url: impl Into<String>) -> Self {
        self.token_url = url.into();
        self
    }

    /// Asks for `scopes` instead of the spec's scopes of the flow.
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Sends the token request through `client` (the API client's own, normally).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Allows plain http to hosts other than loopback; for test set-ups only.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// The URL to send the user's browser to, with a fresh random `state` and PKCE S256
    /// challenge, and the [`PendingLogin`] that remembers them for the way back.
    ///
    /// # Errors
    ///
    /// [`LoginError::Setup`] when the authorization URL or the redirect URI is not a
    /// valid URL, or the authorization URL is plain http to a host that is not loopback.
    pub fn authorize_url(&self) -> Result<(Url, PendingLogin), LoginError> {
        let auth_url = self.checked_url(&self.authorize_url, "authorization")?;
        let client = oauth2::basic::BasicClient::new(oauth2::ClientId::new(self.client_id.clone()))
            .set_auth_uri(oauth2::AuthUrl::from_url(auth_url))
            .set_redirect_uri(self.redirect()?);
        let (challenge, verifier) = oauth2::PkceCodeChallenge::new_random_sha256();
        let (url, state) = client
            .authorize_url(oauth2::CsrfToken::new_random)
            .add_scopes(self.scopes.iter().cloned().map(oauth2::Scope::new))
            .set_pkce_challenge(challenge)
            .url();
        let pending = PendingLogin {
            login: self.clone(),
            state: state.secret().clone(),
            verifier: Secret::new(verifier.secret().clone()),
        };
        Ok((url, pending))
    }

    fn redirect(&self) -> Result<oauth2::RedirectUrl, LoginError> {
        oauth2::RedirectUrl::new(self.redirect_uri.clone()).map_err(|e| {
            LoginError::Setup(format!("invalid redirect URI `{}`: {e}", self.redirect_uri))
        })
    }

    /// `raw` as a URL that may carry credentials or a user's login.
    fn checked_url(&self, raw: &str, what: &str) -> Result<Url, LoginError> {
        let url = Url::parse(raw)
            .map_err(|e| LoginError::Setup(format!("invalid {what} URL `{raw}`: {e}")))?;
        if !transport_allows_credentials(&url, self.allow_insecure_http) {
            return Err(LoginError::Setup(format!(
                "the {what} URL `{url}` is plain http to a host that is not loopback; logins only go over https"
            )));
        }
        Ok(url)
    }
}

/// A login waiting for the user's browser to come back to the redirect URI: it keeps the
/// `state` it issued and the PKCE code verifier. Keep it (e.g. in the user's session,
/// found by [`state`](Self::state)) until the redirect arrives.
#[derive(Clone)]
pub struct PendingLogin {
    login: Login,
    state: String,
    verifier: Secret,
}

impl fmt::Debug for PendingLogin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The code verifier is what makes a stolen code useless; it never shows.
        f.debug_struct("PendingLogin")
            .field("login", &self.login)
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

impl PendingLogin {
    /// The `state` sent with the authorization URL; the redirect must bring it back.
    pub fn state(&self) -> &str {
        &self.state
    }

    /// Finishes the login from the URL the user's browser was redirected to (its `code`
    /// and `state` query parameters, or the `error` the authorization server sent).
    ///
    /// # Errors
    ///
    /// [`LoginError::StateMismatch`] when the redirect's `state` is not the one issued (no
    /// request is sent); [`LoginError::Denied`] when the authorization server sent an
    /// error; [`LoginError::InvalidRedirect`] when the URL has no code; otherwise as
    /// [`exchange`](Self::exchange).
    pub async fn exchange_redirect(&self, redirect_url: &str) -> Result<UserTokens, LoginError> {
        let url = Url::parse(redirect_url)
            .map_err(|e| LoginError::InvalidRedirect(format!("the redirect is not a URL: {e}")))?;
        let redirect = Redirect::parse(&url);
        if redirect.state.as_deref() != Some(self.state.as_str()) {
            return Err(LoginError::StateMismatch);
        }
        if let Some(error) = redirect.error {
            return Err(LoginError::Denied {
                error,
                description: redirect.error_description,
            });
        }
        let Some(code) = redirect.code else {
            return Err(LoginError::InvalidRedirect(
                "the redirect has neither `code` nor `error`".into(),
            ));
        };
        self.exchange(&code, &self.state).await
    }

    /// Exchanges `code` for the user's tokens, after checking that `state` (both as the
    /// redirect brought them back) is the one issued. The tokens carry the refresh token
    /// (if the server issued one) with this login's client id and secret, so the client
    /// can refresh them.
    ///
    /// # Errors
    ///
    /// [`LoginError::StateMismatch`] when `state` is not the one issued (no request is
    /// sent); [`LoginError::Setup`] for an unusable token URL or redirect URI;
    /// [`LoginError::Token`] when the token endpoint refused the code (e.g.
    /// `invalid_grant`); [`LoginError::Transport`] when it could not be reached;
    /// [`LoginError::InvalidResponse`] when its answer is not a token response.
    pub async fn exchange(&self, code: &str, state: &str) -> Result<UserTokens, LoginError> {
        use oauth2::TokenResponse as _;
        if state != self.state {
            return Err(LoginError::StateMismatch);
        }
        let login = &self.login;
        let token_url = login.checked_url(&login.token_url, "token")?;
        let mut client =
            oauth2::basic::BasicClient::new(oauth2::ClientId::new(login.client_id.clone()))
                .set_token_uri(oauth2::TokenUrl::from_url(token_url))
                .set_redirect_uri(login.redirect()?)
                // RFC 6749 section 2.3.1: servers must support HTTP Basic client authentication.
                .set_auth_type(oauth2::AuthType::BasicAuth);
        if let Some(secret) = &login.client_secret {
            client =
                client.set_client_secret(oauth2::ClientSecret::new(secret.expose().to_string()));
        }
        let http = match &login.http {
            Some(http) => http.clone(),
            None => reqwest::Client::builder()
                // The code must reach the token URL itself, not wherever a redirect points.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|e| LoginError::Setup(format!("could not set up the HTTP client: {e}")))?,
        };
        // A login has no `Config`; its token answer gets the same default bound.
        let limit = Config::DEFAULT_MAX_RESPONSE_BYTES;
        let send = move |request| oauth_http(http.clone(), request, limit);
        let response = client
            .exchange_code(oauth2::AuthorizationCode::new(code.to_string()))
            .set_pkce_verifier(oauth2::PkceCodeVerifier::new(
                self.verifier.expose().to_string(),
            ))
            .request_async(&send)
            .await
            .map_err(LoginError::from_token_error)?;
        tracing::debug!(expires_in = ?response.expires_in(), "exchanged an authorization code");
        let mut tokens = UserTokens::new(response.access_token().secret().clone());
        if let Some(lifetime) = response.expires_in() {
            tokens = tokens.expires_in(lifetime);
        }
        if let Some(refresh) = response.refresh_token() {
            tokens = tokens.with_refresh(
                refresh.secret().clone(),
                login.client_id.clone(),
                login.client_secret.clone(),
            );
        }
        Ok(tokens)
    }
}

/// The query parameters of a redirect back from the authorization server.
#[derive(Debug, Default, PartialEq)]
struct Redirect {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

impl Redirect {
    fn parse(url: &Url) -> Self {
        let mut redirect = Redirect::default();
        for (name, value) in url.query_pairs() {
            let slot = match name.as_ref() {
                "code" => &mut redirect.code,
                "state" => &mut redirect.state,
                "error" => &mut redirect.error,
                "error_description" => &mut redirect.error_description,
                _ => continue,
            };
            // The first of repeated parameters counts.
            slot.get_or_insert_with(|| value.into_owned());
        }
        redirect
    }
}

/// Why a login failed. Each cause has its own variant, so callers can tell a forged or
/// stale redirect from a refused code and from a token endpoint that is down.
#[derive(Debug)]
#[non_exhaustive]
pub enum LoginError {
    /// The login cannot be run as configured (a URL that does not parse, or plain http to
    /// a host that is not loopback); nothing was sent.
    Setup(String),
    /// The redirect's `state` is not the one this login issued: the redirect belongs to
    /// another login or was forged (CSRF). Nothing was sent.
    StateMismatch,
    /// The authorization server sent the user back with an error instead of a code
    /// (RFC 6749 section 4.1.2.1), e.g. `access_denied` when the user declined.
    Denied {
        /// The `error` code.
        error: String,
        /// The `error_description`, if any.
        description: Option<String>,
    },
    /// The redirect URL is not a URL or carries no code.
    InvalidRedirect(String),
    /// The token endpoint refused the code with an RFC 6749 error; its code is
    /// [`AuthError::error`], e.g. `invalid_grant` for a code that is expired, used or
    /// issued for another redirect URI or verifier.
    Token(AuthError),
    /// The token endpoint could not be reached or its answer could not be read.
    Transport(AuthError),
    /// The token endpoint answered, but not with a token response (not JSON, a field
    /// missing, an error status without an RFC 6749 error body).
    InvalidResponse(AuthError),
}

impl LoginError {
    fn from_token_error(
        e: oauth2::RequestTokenError<Failure, oauth2::basic::BasicErrorResponse>,
    ) -> Self {
        match e {
            oauth2::RequestTokenError::ServerResponse(r) => LoginError::Token(AuthError::refused(
                r.error().to_string(),
                r.error_description().cloned(),
            )),
            oauth2::RequestTokenError::Request(e @ Failure::TooLarge(_)) => {
                LoginError::Transport(AuthError::new(
                    format!("the token endpoint's answer is too large: {e}"),
                    None,
                ))
            }
            oauth2::RequestTokenError::Request(e) => LoginError::Transport(AuthError::new(
                "the token endpoint could not be reached",
                Some(Box::new(e)),
            )),
            oauth2::RequestTokenError::Parse(e, _) => LoginError::InvalidResponse(AuthError::new(
                format!("the token endpoint's answer is not a token response: {e}"),
                None,
            )),
            oauth2::RequestTokenError::Other(message) => LoginError::InvalidResponse(
                AuthError::new(format!("the token endpoint's answer: {message}"), None),
            ),
        }
    }
}

impl fmt::Display for LoginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoginError::Setup(message) => write!(f, "login set-up: {message}"),
            LoginError::StateMismatch => f.write_str(
                "the redirect's `state` is not the one this login issued; the redirect was refused",
            ),
            LoginError::Denied { error, description } => {
                write!(f, "the authorization server refused the login (`{error}`")?;
                if let Some(description) = description {
                    write!(f, ": {description}")?;
                }
                f.write_str(")")
            }
            LoginError::InvalidRedirect(message) => write!(f, "invalid redirect: {message}"),
            LoginError::Token(e) | LoginError::Transport(e) | LoginError::InvalidResponse(e) => {
                e.fmt(f)
            }
        }
    }
}

// The token variants display their `AuthError`, so their source is the `AuthError`'s.
impl std::error::Error for LoginError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoginError::Token(e) | LoginError::Transport(e) | LoginError::InvalidResponse(e) => {
                std::error::Error::source(e)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{AuthorizationEndpoint, Login, LoginError, Redirect};
    use reqwest::Url;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    const ENDPOINT: AuthorizationEndpoint = AuthorizationEndpoint {
        authorize_url: "https://login.example/authorize?prompt=login",
        token_url: "https://login.example/token",
        scopes: &["read", "write"],
    };

    fn login() -> Login {
        Login::new(ENDPOINT, "my-app", None, "http://localhost:8080/callback")
    }

    fn query(url: &Url, name: &str) -> Option<String> {
        url.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }

    #[test]
    fn redirect_parameters_are_read_from_the_query() -> TestResult {
        let url = Url::parse("https://app.example/cb?state=s1&code=c%2F1&state=s2&x=y")?;
        assert_eq!(
            Redirect::parse(&url),
            Redirect {
                code: Some("c/1".into()),
                state: Some("s1".into()),
                error: None,
                error_description: None,
            }
        );
        Ok(())
    }

    #[test]
    fn each_authorization_url_has_fresh_state_and_keeps_the_spec_query() -> TestResult {
        let login = login();
        let (a, pa) = login.authorize_url()?;
        let (b, pb) = login.authorize_url()?;
        assert_ne!(pa.state(), pb.state());
        assert_eq!(query(&a, "state").as_deref(), Some(pa.state()));
        assert_ne!(query(&a, "code_challenge"), query(&b, "code_challenge"));
        assert_eq!(query(&a, "prompt").as_deref(), Some("login"));
        assert_eq!(query(&a, "scope").as_deref(), Some("read write"));
        let (only, _) = login.scopes(["profile"]).authorize_url()?;
        assert_eq!(query(&only, "scope").as_deref(), Some("profile"));
        Ok(())
    }

    #[test]
    fn no_scopes_no_scope_parameter() -> TestResult {
        let (url, _) = login().scopes(Vec::<String>::new()).authorize_url()?;
        assert_eq!(query(&url, "scope"), None);
        Ok(())
    }

    #[test]
    fn logins_need_https_or_loopback() {
        let insecure = login().authorization_endpoint("http://login.example/authorize");
        assert!(matches!(
            insecure.authorize_url(),
            Err(LoginError::Setup(_))
        ));
        assert!(insecure.allow_insecure_http(true).authorize_url().is_ok());
        let local = login().authorization_endpoint("http://127.0.0.1:1/authorize");
        assert!(local.authorize_url().is_ok());
        let bad_redirect = Login::new(ENDPOINT, "my-app", None, "not a url");
        assert!(matches!(
            bad_redirect.authorize_url(),
            Err(LoginError::Setup(_))
        ));
    }

    #[test]
    fn debug_shows_neither_verifier_nor_client_secret() -> TestResult {
        let login = Login::new(
            ENDPOINT,
            "my-app",
            Some("client-secret-1".into()),
            "https://app.example/cb",
        );
        let (_, pending) = login.authorize_url()?;
        let debug = format!("{pending:?}");
        assert!(!debug.contains("client-secret-1"), "{debug}");
        assert!(!debug.contains(pending.verifier.expose()), "{debug}");
        assert!(debug.contains("my-app"), "{debug}");
        Ok(())
    }
}
