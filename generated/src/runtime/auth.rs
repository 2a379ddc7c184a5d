// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Credentials on requests: `TokenSource`, choosing a security alternative, the 401 rule.

// Each piece is a small function of its own so it can be tested without HTTP.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{StatusCode, Url};

use super::error::{AuthError, InvalidRequest, MissingCredentials, SendError};
use super::request::{KeyLocation, Operation, Scheme, SchemeKind};
use super::secret::Secret;

/// A boxed future, as returned by [`TokenSource::token`] and `Clock::sleep`.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Supplies bearer tokens for an OAuth2, OpenID Connect or HTTP bearer scheme.
///
/// The client asks for a token before every request that needs one, so an implementation
/// can cache, refresh or fetch tokens however it likes. The client's own sources are the
/// client-credentials flow and `UserTokens`; implement this trait to bring another.
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

/// A fixed token, as given to `ClientBuilder::bearer_token` or `static_token`.
pub(crate) struct StaticToken(pub(crate) Secret);

impl TokenSource for StaticToken {
    fn token(&self) -> BoxFuture<'_, Result<Secret, AuthError>> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}

/// Credentials ready to use.
#[derive(Clone)]
pub(crate) enum Credential {
    Token(Arc<dyn TokenSource>),
    Basic(String, Secret),
    ApiKey(Secret),
}

/// The client's credentials, by scheme name.
#[derive(Clone, Default)]
pub(crate) struct Credentials {
    pub(crate) by_scheme: BTreeMap<String, Credential>,
    /// Used for bearer schemes that have no credential of their own.
    pub(crate) default_bearer: Option<Arc<dyn TokenSource>>,
}

impl Credentials {
    /// Whether the client has a credential for `scheme`.
    pub(crate) fn has(&self, scheme: &Scheme) -> bool {
        self.by_scheme.contains_key(scheme.name)
            || (scheme.kind == SchemeKind::Bearer && self.default_bearer.is_some())
    }

    /// The credential to use for `scheme`, if the client has one.
    pub(crate) fn get(&self, scheme: &Scheme) -> Option<Credential> {
        match (self.by_scheme.get(scheme.name), scheme.kind) {
            (Some(c), _) => Some(c.clone()),
            (None, SchemeKind::Bearer) => self.default_bearer.clone().map(Credential::Token),
            (None, _) => None,
        }
    }
}

/// The first security alternative all of whose schemes have credentials; an empty
/// alternative needs none, and an operation without requirements is such a case.
/// `None` when no alternative can be satisfied.
pub(crate) fn choose_alternative(
    security: &'static [&'static [Scheme]],
    has_credential: impl Fn(&Scheme) -> bool,
) -> Option<&'static [Scheme]> {
    if security.is_empty() {
        return Some(&[]);
    }
    security
        .iter()
        .copied()
        .find(|alt| alt.iter().all(&has_credential))
}

/// Whether a response is worth one token refresh and retry: a 401, on a request that
/// carried a token, that has not been refreshed yet, and whose body can be sent again.
/// The token source then has the last word (`TokenSource::invalidate`).
pub(crate) fn should_refresh(
    status: StatusCode,
    sent_token: bool,
    already_refreshed: bool,
    replayable: bool,
) -> bool {
    status == StatusCode::UNAUTHORIZED && sent_token && !already_refreshed && replayable
}

/// True for hosts where plain http cannot leave the machine.
fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Credentials may only travel over https, or plain http to the local machine.
pub(crate) fn transport_allows_credentials(url: &Url, allow_insecure_http: bool) -> bool {
    url.scheme() == "https" || allow_insecure_http || is_loopback(url)
}

/// The token a request carried, so a 401 can invalidate it.
pub(crate) type UsedToken = Option<(Arc<dyn TokenSource>, Secret)>;

/// Puts the credentials of the first satisfiable security alternative on the request.
pub(crate) async fn authorize(
    credentials: &Credentials,
    op: &'static Operation,
    allow_insecure_http: bool,
    url: &mut Url,
    headers: &mut HeaderMap,
) -> Result<UsedToken, SendError> {
    let Some(chosen) = choose_alternative(op.security, |s| credentials.has(s)) else {
        return Err(SendError::MissingCredentials(MissingCredentials::new(op)));
    };
    if !chosen.is_empty() && !transport_allows_credentials(url, allow_insecure_http) {
        return Err(insecure());
    }
    let mut used = None;
    let mut cookies = Vec::new();
    for scheme in chosen {
        match (credentials.get(scheme), scheme.kind) {
            (Some(Credential::Token(source)), kind) => {
                let token = source.token().await.map_err(SendError::Auth)?;
                let prefix = match kind {
                    SchemeKind::Http { scheme } => scheme,
                    _ => "Bearer",
                };
                // Written straight into the bytes the header keeps: a `String` first would
                // be one more allocation and copy on every call.
                let secret = token.expose();
                let mut value = Vec::with_capacity(prefix.len() + 1 + secret.len());
                value.extend_from_slice(prefix.as_bytes());
                value.push(b' ');
                value.extend_from_slice(secret.as_bytes());
                set_secret_header(headers, reqwest::header::AUTHORIZATION, value)?;
                used = Some((source, token));
            }
            (Some(Credential::Basic(user, password)), _) => {
                let value = basic_value(&user, &password);
                set_secret_header(headers, reqwest::header::AUTHORIZATION, value.into_bytes())?;
            }
            (Some(Credential::ApiKey(key)), SchemeKind::ApiKey { location, param }) => {
                match location {
                    KeyLocation::Header => {
                        let name = HeaderName::from_bytes(param.as_bytes()).map_err(|_| {
                            InvalidRequest::new(param, "is not a valid header name")
                        })?;
                        set_secret_header(headers, name, key.expose().as_bytes().to_vec())?;
                    }
                    KeyLocation::Query => {
                        // A parameter of the same name (specs declare the key as both) is
                        // replaced, as a header credential replaces a header parameter:
                        // sent twice, the server would read a list.
                        let others: Vec<(String, String)> = url
                            .query_pairs()
                            .filter(|(k, _)| k != param)
                            .map(|(k, v)| (k.into_owned(), v.into_owned()))
                            .collect();
                        if others.len() != url.query_pairs().count() {
                            url.query_pairs_mut().clear().extend_pairs(others);
                        }
                        url.query_pairs_mut().append_pair(param, key.expose());
                    }
                    KeyLocation::Cookie => cookies.push(format!("{param}={}", key.expose())),
                }
            }
            // A key configured for a scheme that is not an API-key scheme: nothing to send.
            (Some(Credential::ApiKey(_)), _) | (None, _) => {}
        }
    }
    if !cookies.is_empty() {
        let mut value = HeaderValue::from_str(&cookies.join("; "))
            .map_err(|_| InvalidRequest::new("Cookie", "credential is not a valid header value"))?;
        value.set_sensitive(true);
        headers.append(reqwest::header::COOKIE, value);
    }
    Ok(used)
}

/// The refusal to send credentials over plain http to a host that is not loopback.
pub(crate) fn insecure() -> SendError {
    SendError::InvalidRequest(InvalidRequest::new(
        "base_url",
        "is plain http to a host that is not loopback; credentials are only sent over https (see `Config::allow_insecure_http`)",
    ))
}

/// `Authorization: Basic` for a user and password.
pub(crate) fn basic_value(user: &str, password: &Secret) -> String {
    use base64::Engine as _;
    let encoded =
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{}", password.expose()));
    format!("Basic {encoded}")
}

/// Sets a header that carries a secret, marked sensitive so HTTP layers do not log it.
fn set_secret_header(
    headers: &mut HeaderMap,
    name: HeaderName,
    value: Vec<u8>,
) -> Result<(), InvalidRequest> {
    let invalid = || InvalidRequest::new(name.as_str(), "credential is not a valid header value");
    // Visible ASCII and tabs only, as `HeaderValue::from_str` accepts since http 1.6 (1.5
    // let bytes past ASCII through): a secret outside it is a paste gone wrong, not
    // something to send as opaque bytes. The header then takes the vector's buffer as it
    // is, where `from_str` would copy it.
    if !value.is_ascii() {
        return Err(invalid());
    }
    let mut value =
        HeaderValue::from_maybe_shared(bytes::Bytes::from(value)).map_err(|_| invalid())?;
    value.set_sensitive(true);
    headers.insert(name, value);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::request::{KeyLocation, Scheme, SchemeKind};
    use super::{
        choose_alternative, set_secret_header, should_refresh, transport_allows_credentials,
    };
    use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
    use reqwest::{StatusCode, Url};

    #[test]
    fn a_secret_header_is_visible_ascii_and_sensitive() {
        for value in ["Bearer abc.DEF-123_~+/=", "Bearer a\tb", "Bearer ", "x"] {
            let mut headers = HeaderMap::new();
            assert!(set_secret_header(&mut headers, AUTHORIZATION, value.into()).is_ok());
            let sent = &headers[AUTHORIZATION];
            assert_eq!(
                sent,
                &HeaderValue::from_str(value).unwrap_or_else(|_| unreachable!())
            );
            assert!(sent.is_sensitive(), "{value:?} must not be logged");
        }
        for value in [
            "Bearer é",
            "Bearer a\nb",
            "Bearer a\rb",
            "Bearer \u{7f}",
            "\0",
        ] {
            let mut headers = HeaderMap::new();
            let refused = set_secret_header(&mut headers, AUTHORIZATION, value.into());
            assert!(refused.is_err(), "{value:?} must be refused");
            assert!(headers.is_empty());
        }
    }

    const BEARER: Scheme = Scheme {
        name: "oauth",
        kind: SchemeKind::Bearer,
    };
    const KEY: Scheme = Scheme {
        name: "key",
        kind: SchemeKind::ApiKey {
            location: KeyLocation::Header,
            param: "X-Key",
        },
    };
    const BASIC: Scheme = Scheme {
        name: "basic",
        kind: SchemeKind::Basic,
    };

    fn names(alt: Option<&'static [Scheme]>) -> Option<Vec<&'static str>> {
        alt.map(|a| a.iter().map(|s| s.name).collect())
    }

    #[test]
    fn first_satisfiable_alternative_wins() {
        static SECURITY: &[&[Scheme]] = &[&[BEARER, KEY], &[BASIC], &[KEY]];
        let has =
            |configured: &'static [&'static str]| move |s: &Scheme| configured.contains(&s.name);
        assert_eq!(
            names(choose_alternative(
                SECURITY,
                has(&["oauth", "key", "basic"])
            )),
            Some(vec!["oauth", "key"])
        );
        assert_eq!(
            names(choose_alternative(SECURITY, has(&["key", "basic"]))),
            Some(vec!["basic"])
        );
        assert_eq!(
            names(choose_alternative(SECURITY, has(&["key"]))),
            Some(vec!["key"])
        );
    }

    #[test]
    fn empty_alternative_makes_credentials_optional() {
        static OPTIONAL: &[&[Scheme]] = &[&[BEARER], &[]];
        assert_eq!(
            names(choose_alternative(OPTIONAL, |_| true)),
            Some(vec!["oauth"])
        );
        assert_eq!(names(choose_alternative(OPTIONAL, |_| false)), Some(vec![]));
        assert_eq!(names(choose_alternative(&[], |_| false)), Some(vec![]));
    }

    #[test]
    fn none_satisfiable() {
        static SECURITY: &[&[Scheme]] = &[&[BEARER], &[KEY, BASIC]];
        assert_eq!(
            names(choose_alternative(SECURITY, |s: &Scheme| s.name == "key")),
            None
        );
    }

    #[test]
    fn refresh_once_on_401_with_a_token() {
        assert!(should_refresh(StatusCode::UNAUTHORIZED, true, false, true));
        assert!(
            !should_refresh(StatusCode::UNAUTHORIZED, true, true, true),
            "only once"
        );
        assert!(
            !should_refresh(StatusCode::UNAUTHORIZED, false, false, true),
            "no token sent"
        );
        assert!(
            !should_refresh(StatusCode::UNAUTHORIZED, true, false, false),
            "body not replayable"
        );
        assert!(!should_refresh(StatusCode::FORBIDDEN, true, false, true));
    }

    #[test]
    fn credentials_need_https_or_loopback() {
        let allows = |u: &str, insecure| {
            Url::parse(u).is_ok_and(|u| transport_allows_credentials(&u, insecure))
        };
        assert!(allows("https://api.example.com", false));
        assert!(allows("http://localhost:8080", false));
        assert!(allows("http://127.0.0.1:1", false));
        assert!(allows("http://[::1]:1", false));
        assert!(!allows("http://api.example.com", false));
        assert!(allows("http://api.example.com", true));
    }
}
