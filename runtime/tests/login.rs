//! The authorization-code login against a fake authorization server: the authorization
//! URL, the code exchange with PKCE, the tokens it ends with, and each way it can fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use base64::Engine as _;
use client_runtime::{
    AuthorizationEndpoint, ClientBuilder, Login, LoginError, ManualClock, Method, Operation,
    PendingLogin, Scheme, SchemeKind, TokenEndpoint, Url,
};
use sha2::Digest as _;
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The spec's URLs; every test points the login at its own server instead.
const ENDPOINT: AuthorizationEndpoint = AuthorizationEndpoint {
    authorize_url: "https://login.example/oauth/authorize",
    token_url: "https://login.example/oauth/token",
    scopes: &["read", "profile"],
};
const REDIRECT_URI: &str = "http://localhost:8080/callback";
const USER: Scheme = Scheme {
    name: "user",
    kind: SchemeKind::Bearer,
};
static ME: Operation = Operation {
    id: "me",
    method: Method::GET,
    path: "/me",
    security: &[&[USER]],
};

fn login(server: &MockServer) -> Login {
    ClientBuilder::new(None)
        .token_url(format!("{}/token", server.uri()))
        .login(
            ENDPOINT,
            "my-app".into(),
            Some("app-secret".into()),
            REDIRECT_URI.into(),
        )
        .authorization_endpoint(format!("{}/authorize", server.uri()))
}

fn query(url: &Url, name: &str) -> Option<String> {
    url.query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// What the fake authorization server redirects the browser to after the user logs in.
fn redirect(pending: &PendingLogin, code: &str) -> String {
    let mut url = Url::parse(REDIRECT_URI).unwrap();
    url.query_pairs_mut()
        .append_pair("code", code)
        .append_pair("state", pending.state());
    url.to_string()
}

fn token_response() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({
        "access_token": "access-1",
        "token_type": "Bearer",
        "expires_in": 3600,
        "refresh_token": "refresh-1",
    }))
}

async fn token_requests(server: &MockServer) -> Vec<wiremock::Request> {
    common::received(server)
        .await
        .into_iter()
        .filter(|r| r.url.path() == "/token")
        .collect()
}

fn form(request: &wiremock::Request) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes(&request.body).unwrap()
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn authorization_url_carries_the_login_parameters() {
    let server = MockServer::start().await;
    let (url, pending) = login(&server).authorize_url().unwrap();
    assert_eq!(url.path(), "/authorize");
    assert!(url.as_str().starts_with(&server.uri()));
    assert_eq!(query(&url, "response_type").as_deref(), Some("code"));
    assert_eq!(query(&url, "client_id").as_deref(), Some("my-app"));
    assert_eq!(query(&url, "redirect_uri").as_deref(), Some(REDIRECT_URI));
    assert_eq!(query(&url, "scope").as_deref(), Some("read profile"));
    assert_eq!(query(&url, "state").as_deref(), Some(pending.state()));
    assert!(pending.state().len() >= 16, "a random state");
    assert_eq!(
        query(&url, "code_challenge_method").as_deref(),
        Some("S256")
    );
    let challenge = query(&url, "code_challenge").unwrap();
    assert_eq!(challenge.len(), 43, "base64url of a SHA-256 digest");
    assert!(
        !url.as_str().contains("app-secret"),
        "the client secret never goes to the browser"
    );
}

#[tokio::test]
async fn the_code_is_exchanged_with_the_verifier_for_tokens_that_work_and_refresh() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .and(body_string_contains("grant_type=authorization_code"))
        .respond_with(token_response())
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .and(body_string_contains("grant_type=refresh_token"))
        .and(body_string_contains("refresh_token=refresh-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "access-2",
            "token_type": "Bearer",
            "expires_in": 3600,
        })))
        .mount(&server)
        .await;
    for token in ["access-1", "access-2"] {
        Mock::given(method("GET"))
            .and(path("/me"))
            .and(header("authorization", format!("Bearer {token}").as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_string(token))
            .mount(&server)
            .await;
    }

    let (url, pending) = login(&server).authorize_url().unwrap();
    let tokens = pending
        .exchange_redirect(&redirect(&pending, "code-1"))
        .await
        .unwrap();

    let requests = token_requests(&server).await;
    assert_eq!(requests.len(), 1);
    let sent = form(&requests[0]);
    assert_eq!(field(&sent, "grant_type"), Some("authorization_code"));
    assert_eq!(field(&sent, "code"), Some("code-1"));
    assert_eq!(field(&sent, "redirect_uri"), Some(REDIRECT_URI));
    let verifier = field(&sent, "code_verifier").unwrap();
    let digest = sha2::Sha256::digest(verifier.as_bytes());
    let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest);
    assert_eq!(Some(challenge), query(&url, "code_challenge"));
    // The application authenticates with HTTP Basic (RFC 6749 section 2.3.1).
    let basic = base64::engine::general_purpose::STANDARD.encode("my-app:app-secret");
    assert_eq!(
        requests[0].headers.get("authorization").unwrap(),
        format!("Basic {basic}").as_str()
    );

    assert_eq!(tokens.lifetime(), Some(Duration::from_secs(3600)));
    assert!(tokens.refreshable());
    let debug = format!("{tokens:?} {pending:?}");
    for secret in ["access-1", "refresh-1", "app-secret", verifier] {
        assert!(!debug.contains(secret), "{debug}");
    }

    let clock = ManualClock::new();
    let client = common::builder(&server, &clock)
        .token_url(format!("{}/token", server.uri()))
        .user_tokens(
            "user",
            TokenEndpoint {
                token_url: ENDPOINT.token_url,
                scopes: ENDPOINT.scopes,
            },
            tokens,
        )
        .build()
        .unwrap();
    let first = client.send(client.request(&ME, &["me"])).await.unwrap();
    assert_eq!(first.text(), "access-1");
    clock.advance(Duration::from_secs(3600));
    let second = client.send(client.request(&ME, &["me"])).await.unwrap();
    assert_eq!(
        second.text(),
        "access-2",
        "refreshed with the refresh token from the login"
    );
}

#[tokio::test]
async fn a_mismatched_state_is_refused_before_any_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(token_response())
        .mount(&server)
        .await;
    let (_, pending) = login(&server).authorize_url().unwrap();
    let (_, other) = login(&server).authorize_url().unwrap();

    let forged = redirect(&other, "code-1");
    let err = pending.exchange_redirect(&forged).await.unwrap_err();
    assert!(matches!(err, LoginError::StateMismatch), "{err:?}");
    let err = pending
        .exchange_redirect(&format!("{REDIRECT_URI}?code=code-1"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, LoginError::StateMismatch),
        "no state: {err:?}"
    );
    let err = pending.exchange("code-1", other.state()).await.unwrap_err();
    assert!(matches!(err, LoginError::StateMismatch), "{err:?}");
    assert!(token_requests(&server).await.is_empty());
}

#[tokio::test]
async fn invalid_grant_is_the_token_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(400).set_body_json(serde_json::json!({
            "error": "invalid_grant",
            "error_description": "the code has expired",
        })))
        .mount(&server)
        .await;
    let (_, pending) = login(&server).authorize_url().unwrap();
    let err = pending
        .exchange_redirect(&redirect(&pending, "stale"))
        .await
        .unwrap_err();
    let LoginError::Token(e) = &err else {
        panic!("expected the token error, got {err:?}");
    };
    assert_eq!(e.error(), Some("invalid_grant"));
    assert_eq!(e.error_description(), Some("the code has expired"));
    assert!(err.to_string().contains("invalid_grant"), "{err}");
}

#[tokio::test]
async fn an_unreachable_token_endpoint_is_the_transport_error() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (_, pending) = Login::new(ENDPOINT, "my-app", None, REDIRECT_URI)
        .token_endpoint(format!("http://127.0.0.1:{port}/token"))
        .authorize_url()
        .unwrap();
    let err = pending
        .exchange_redirect(&redirect(&pending, "code-1"))
        .await
        .unwrap_err();
    assert!(matches!(err, LoginError::Transport(_)), "{err:?}");
    assert!(std::error::Error::source(&err).is_some());
}

#[tokio::test]
async fn a_token_endpoint_that_does_not_answer_json_is_the_invalid_response_error() {
    for (content_type, body) in [
        ("text/html", "<html>login</html>"),
        ("application/json", "not json"),
        ("application/json", r#"{"token_type":"Bearer"}"#),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/token"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(body, content_type))
            .mount(&server)
            .await;
        let (_, pending) = login(&server).authorize_url().unwrap();
        let err = pending
            .exchange_redirect(&redirect(&pending, "code-1"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, LoginError::InvalidResponse(_)),
            "{content_type} {body}: {err:?}"
        );
    }
}

#[tokio::test]
async fn a_refused_login_comes_back_as_denied() {
    let server = MockServer::start().await;
    let (_, pending) = login(&server).authorize_url().unwrap();
    let denied = format!(
        "{REDIRECT_URI}?error=access_denied&error_description=no+thanks&state={}",
        pending.state()
    );
    let err = pending.exchange_redirect(&denied).await.unwrap_err();
    let LoginError::Denied { error, description } = &err else {
        panic!("expected the denied error, got {err:?}");
    };
    assert_eq!(error, "access_denied");
    assert_eq!(description.as_deref(), Some("no thanks"));
    let no_code = format!("{REDIRECT_URI}?state={}", pending.state());
    let err = pending.exchange_redirect(&no_code).await.unwrap_err();
    assert!(matches!(err, LoginError::InvalidRedirect(_)), "{err:?}");
    let err = pending.exchange_redirect("code-1").await.unwrap_err();
    assert!(matches!(err, LoginError::InvalidRedirect(_)), "{err:?}");
    assert!(token_requests(&server).await.is_empty());
}

#[tokio::test]
async fn the_code_is_not_sent_over_plain_http_to_other_hosts() {
    let (_, pending) = Login::new(ENDPOINT, "my-app", None, REDIRECT_URI)
        .token_endpoint("http://login.example/token")
        .authorize_url()
        .unwrap();
    let err = pending
        .exchange_redirect(&redirect(&pending, "code-1"))
        .await
        .unwrap_err();
    assert!(matches!(err, LoginError::Setup(_)), "{err:?}");
}
