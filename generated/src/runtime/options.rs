// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! `RequestOptions`: what a caller adds to calls beyond the spec (headers, query
//! parameters, credentials, timeout and retries), and how they are applied.

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::config::Config;
use super::error::InvalidRequest;
use super::secret::Secret;

/// Options for the calls of one client value, beyond what the spec declares: extra
/// headers and query parameters (servers accept undeclared filters), the credentials to
/// use, a timeout and a retry policy.
///
/// Give them to a client with `with_options`, which returns a client that applies them
/// to every call made through it (the original client is unchanged):
///
/// ```ignore
/// let records = client
///     .with_options(RequestOptions::new().query("done", "true").header("X-Trace", "t-1"))
///     .list_records(&params)
///     .await?;
/// ```
///
/// Extra headers replace a header of the same name that the operation sets; extra
/// query parameters are appended. Credentials given here replace the client's for these
/// calls, also on operations that declare no security (`security: []`), and are sent
/// only over https or to loopback, as the client's are. A header or value that is not
/// valid fails the call with `Error::InvalidRequest` before anything is sent.
#[derive(Clone, Default)]
pub struct RequestOptions {
    pub(crate) headers: HeaderMap,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) credentials: Option<Credentials>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_attempts: Option<u32>,
    pub(crate) retry_non_idempotent: Option<bool>,
    pub(crate) invalid: Option<InvalidRequest>,
}

/// Credentials given for some calls.
#[derive(Clone)]
pub(crate) enum Credentials {
    /// `Authorization: Bearer <token>`.
    Bearer(Secret),
    /// `Authorization: Basic ...`.
    Basic(String, Secret),
    /// Any header, e.g. `X-API-Key` or `Authorization: Token <key>`.
    Header(HeaderName, Secret),
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Header values may be secrets (sensitive ones are marked so by `HeaderMap`'s own
        // `Debug`, but extra ones are the caller's): names only.
        let credentials = match &self.credentials {
            None => None,
            Some(Credentials::Bearer(_)) => Some("Bearer".to_string()),
            Some(Credentials::Basic(user, _)) => Some(format!("Basic {{ user: {user:?} }}")),
            Some(Credentials::Header(name, _)) => Some(format!("Header({name})")),
        };
        f.debug_struct("RequestOptions")
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field(
                "query",
                &self.query.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            )
            .field("credentials", &credentials)
            .field("timeout", &self.timeout)
            .field("max_attempts", &self.max_attempts)
            .field("retry_non_idempotent", &self.retry_non_idempotent)
            .finish()
    }
}

impl RequestOptions {
    /// No options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends header `name: value` too, replacing a header of that name the operation sets.
    pub fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        let (name, value) = (name.as_ref(), value.as_ref());
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(name), Ok(value)) => {
                self.headers.insert(name, value);
            }
            _ => self.refuse(name, "is not a valid header name or value"),
        }
        self
    }

    /// Appends query parameter `name=value`, e.g. a filter the spec does not declare.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Sends `Authorization: Bearer <token>` instead of the client's credentials.
    pub fn bearer_token(mut self, token: impl Into<Secret>) -> Self {
        self.credentials = Some(Credentials::Bearer(token.into()));
        self
    }

    /// Sends `Authorization: Basic ...` instead of the client's credentials.
    pub fn basic_auth(mut self, user: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.credentials = Some(Credentials::Basic(user.into(), password.into()));
        self
    }

    /// Sends a credential in header `name` (`X-API-Key: <key>`, `Authorization: Token
    /// <key>`) instead of the client's credentials; its value is never logged.
    pub fn credential_header(mut self, name: impl AsRef<str>, value: impl Into<Secret>) -> Self {
        match HeaderName::from_bytes(name.as_ref().as_bytes()) {
            Ok(header) => self.credentials = Some(Credentials::Header(header, value.into())),
            Err(_) => self.refuse(name.as_ref(), "is not a valid header name"),
        }
        self
    }

    /// The timeout of one attempt (see [`Config::request_timeout`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Attempts, the first included (see [`Config::max_attempts`]); 1 turns retries off.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts.max(1));
        self
    }

    /// Also retries POST and PATCH (see [`Config::retry_non_idempotent`]).
    pub fn retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = Some(retry);
        self
    }

    /// These options, then `later` on top: its headers replace these of the same name,
    /// its query parameters come after these, and what else it sets wins.
    pub fn merged(mut self, later: RequestOptions) -> Self {
        for (name, value) in later.headers.iter() {
            self.headers.insert(name.clone(), value.clone());
        }
        self.query.extend(later.query);
        self.credentials = later.credentials.or(self.credentials);
        self.timeout = later.timeout.or(self.timeout);
        self.max_attempts = later.max_attempts.or(self.max_attempts);
        self.retry_non_idempotent = later.retry_non_idempotent.or(self.retry_non_idempotent);
        self.invalid = self.invalid.or(later.invalid);
        self
    }

    fn refuse(&mut self, field: &str, message: &str) {
        if self.invalid.is_none() {
            self.invalid = Some(InvalidRequest::new(field, message));
        }
    }

    /// The client's config with these options' timeout and retry policy, if they set any.
    /// Boxed: it lives in every call's send state, which stays smaller without it.
    pub(crate) fn config(&self, base: &Config) -> Option<Box<Config>> {
        if self.timeout.is_none()
            && self.max_attempts.is_none()
            && self.retry_non_idempotent.is_none()
        {
            return None;
        }
        let mut config = base.clone();
        if let Some(timeout) = self.timeout {
            config.request_timeout = timeout;
        }
        if let Some(attempts) = self.max_attempts {
            config.max_attempts = attempts;
        }
        if let Some(retry) = self.retry_non_idempotent {
            config.retry_non_idempotent = retry;
        }
        Some(Box::new(config))
    }
}

impl Credentials {
    /// The header this puts on a request.
    pub(crate) fn header(&self) -> Result<(HeaderName, HeaderValue), InvalidRequest> {
        let (name, text) = match self {
            Credentials::Bearer(token) => (
                reqwest::header::AUTHORIZATION,
                format!("Bearer {}", token.expose()),
            ),
            Credentials::Basic(user, password) => (
                reqwest::header::AUTHORIZATION,
                super::auth::basic_value(user, password),
            ),
            Credentials::Header(name, value) => (name.clone(), value.expose().to_string()),
        };
        let mut value = HeaderValue::from_str(&text).map_err(|_| {
            InvalidRequest::new(name.as_str(), "credential is not a valid header value")
        })?;
        value.set_sensitive(true);
        Ok((name, value))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_no_values() {
        let options = RequestOptions::new()
            .header("x-trace", "trace-value")
            .query("filter", "filter-value")
            .basic_auth("ada", "pw-value");
        let text = format!("{options:?}");
        assert!(text.contains("x-trace") && text.contains("filter") && text.contains("ada"));
        for secret in ["trace-value", "filter-value", "pw-value"] {
            assert!(!text.contains(secret), "{text}");
        }
    }

    #[test]
    fn invalid_headers_are_kept_for_the_call() {
        let options = RequestOptions::new().header("bad header", "x");
        assert_eq!(options.invalid.unwrap().field(), "bad header");
        let options = RequestOptions::new().credential_header("x-key", "line\nbreak");
        assert!(options.credentials.unwrap().header().is_err());
    }

    #[test]
    fn later_options_win() {
        let a = RequestOptions::new()
            .header("x-a", "1")
            .header("x-b", "1")
            .query("q", "1")
            .timeout(Duration::from_secs(1));
        let b = RequestOptions::new()
            .header("x-b", "2")
            .query("q", "2")
            .max_attempts(0);
        let m = a.merged(b);
        assert_eq!(m.headers["x-a"], "1");
        assert_eq!(m.headers["x-b"], "2");
        assert_eq!(m.query.len(), 2);
        let config = m.config(&Config::default()).unwrap();
        assert_eq!(config.request_timeout, Duration::from_secs(1));
        assert_eq!(config.max_attempts, 1, "at least one attempt");
        assert!(RequestOptions::new().config(&Config::default()).is_none());
    }
}
