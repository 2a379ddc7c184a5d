//! Credentials over HTTP: API keys, basic and bearer auth, the client-credentials flow
//! with caching, expiry and 401 refresh, and refusals before anything is sent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use client_runtime::{
    ClientBuilder, Config, KeyLocation, ManualClock, Method, Operation, Scheme, SchemeKind, Secret,
    SendError, TokenEndpoint, UserTokens,
};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const HEADER_KEY: Scheme = Scheme {
    name: "headerKey",
    kind: SchemeKind::ApiKey {
        location: KeyLocation::Header,
        param: "X-Api-Key",
    },
};
const QUERY_KEY: Scheme = Scheme {
    name: "queryKey",
    kind: SchemeKind::ApiKey {
        location: KeyLocation::Query,
        param: "api_key",
    },
};
const COOKIE_KEY: Scheme = Scheme {
    name: "cookieKey",
    kind: SchemeKind::ApiKey {
        location: KeyLocation::Cookie,
        param: "key",
    },
};
const BASIC: Scheme = Scheme {
    name: "basic",
    kind: SchemeKind::Basic,
};
const OAUTH: Scheme = Scheme {
    name: "oauth",
    kind: SchemeKind::Bearer,
};

static KEYS: Operation = Operation {
    id: "keys",
    method: Method::GET,
    path: "/keys",
    security: &[&[HEADER_KEY, QUERY_KEY, COOKIE_KEY]],
};
static BASIC_OP: Operation = Operation {
    id: "basic",
    method: Method::GET,
    path: "/basic",
    security: &[&[BASIC]],
};
static BEARER_OP: Operation = Operation {
    id: "bearer",
    method: Method::GET,
    path: "/data",
    security: &[&[OAUTH]],
};

fn endpoint() -> TokenEndpoint {
    TokenEndpoint {
        token_url: "https://login.example.com/token",
        scopes: &["read"],
    }
}

fn token(access: &str, expires_in: u64) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({
        "access_token": access,
        "token_type": "bearer",
        "expires_in": expires_in,
    }))
}

async fn ok_everywhere(server: &MockServer) {
    Mock::given(path("/data"))
        .respond_with(ResponseTemplate::new(200))
        .mount(server)
        .await;
}

fn oauth_client(server: &MockServer, clock: &ManualClock) -> client_runtime::Client {
    common::builder(server, clock)
        .token_url(format!("{}/token", server.uri()))
        .client_credentials("oauth", endpoint(), "app".into(), Secret::new("app-secret"))
        .build()
        .unwrap()
}

fn bearer(request: &wiremock::Request) -> &str {
    request
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn api_requests(received: &[wiremock::Request]) -> Vec<&wiremock::Request> {
    received
        .iter()
        .filter(|r| r.url.path() == "/data")
        .collect()
}

#[tokio::test]
async fn api_keys_in_header_query_and_cookie() {
    let server = MockServer::start().await;
    Mock::given(path("/keys"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = common::builder(&server, &ManualClock::new())
        .api_key("headerKey", Secret::new("h-key"))
        .api_key("queryKey", Secret::new("q-key"))
        .api_key("cookieKey", Secret::new("c-key"))
        .build()
        .unwrap();
    let mut req = client.request(&KEYS, &["keys"]);
    req.cookie("session", "s1");
    client.send(req).await.unwrap();
    let received = common::received(&server).await;
    let request = &received[0];
    assert_eq!(request.headers.get("x-api-key").unwrap(), "h-key");
    assert!(request
        .url
        .query_pairs()
        .any(|(k, v)| k == "api_key" && v == "q-key"));
    let cookies: Vec<_> = request
        .headers
        .get_all("cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    let cookies = cookies.join("; ");
    assert!(cookies.contains("session=s1"), "{cookies}");
    assert!(cookies.contains("key=c-key"), "{cookies}");
}

#[tokio::test]
async fn basic_auth_header() {
    let server = MockServer::start().await;
    Mock::given(path("/basic"))
        .and(header("authorization", "Basic dXNlcjpwYXNz"))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    let client = common::builder(&server, &ManualClock::new())
        .basic_auth("basic", "user".into(), Secret::new("pass"))
        .build()
        .unwrap();
    let response = client
        .send(client.request(&BASIC_OP, &["basic"]))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn bearer_token_default_and_per_scheme() {
    let server = MockServer::start().await;
    ok_everywhere(&server).await;
    let default = common::builder(&server, &ManualClock::new())
        .bearer_token("default-token")
        .build()
        .unwrap();
    default
        .send(default.request(&BEARER_OP, &["data"]))
        .await
        .unwrap();
    let own = common::builder(&server, &ManualClock::new())
        .bearer_token("default-token")
        .static_token("oauth", Secret::new("scheme-token"))
        .build()
        .unwrap();
    own.send(own.request(&BEARER_OP, &["data"])).await.unwrap();
    let received = common::received(&server).await;
    assert_eq!(bearer(&received[0]), "Bearer default-token");
    assert_eq!(bearer(&received[1]), "Bearer scheme-token");
}

#[tokio::test]
async fn client_credentials_fetch_once_for_concurrent_calls_and_reuse() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        // RFC 6749 section 2.3.1: the client authenticates with HTTP Basic.
        .and(header("authorization", "Basic YXBwOmFwcC1zZWNyZXQ="))
        .respond_with(token("tok-1", 3600))
        .expect(1)
        .mount(&server)
        .await;
    ok_everywhere(&server).await;
    let client = oauth_client(&server, &ManualClock::new());
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let client = client.clone();
        calls.spawn(async move { client.send(client.request(&BEARER_OP, &["data"])).await });
    }
    while let Some(result) = calls.join_next().await {
        assert_eq!(result.unwrap().unwrap().status(), 200);
    }
    client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap();
    let received = common::received(&server).await;
    let api = api_requests(&received);
    assert_eq!(api.len(), 9);
    assert!(api.iter().all(|r| bearer(r) == "Bearer tok-1"));
    let token_request = received.iter().find(|r| r.url.path() == "/token").unwrap();
    let form = String::from_utf8_lossy(&token_request.body);
    assert!(form.contains("grant_type=client_credentials"), "{form}");
    assert!(form.contains("scope=read"), "{form}");
}

#[tokio::test]
async fn client_credentials_token_replaced_after_expiry() {
    let server = MockServer::start().await;
    Mock::given(path("/token"))
        .respond_with(token("tok-1", 1))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/token"))
        .respond_with(token("tok-2", 3600))
        .mount(&server)
        .await;
    ok_everywhere(&server).await;
    let clock = ManualClock::new();
    let client = oauth_client(&server, &clock);
    client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap();
    client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap();
    clock.advance(Duration::from_millis(1100));
    client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap();
    let received = common::received(&server).await;
    let tokens: Vec<_> = api_requests(&received).into_iter().map(bearer).collect();
    assert_eq!(tokens, ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]);
    assert!(clock.sleeps().is_empty(), "nothing waited on");
}

#[tokio::test]
async fn unauthorized_refreshes_once_and_retries_once() {
    let server = MockServer::start().await;
    Mock::given(path("/token"))
        .respond_with(token("tok-1", 3600))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/token"))
        .respond_with(token("tok-2", 3600))
        .mount(&server)
        .await;
    Mock::given(path("/data"))
        .and(header("authorization", "Bearer tok-1"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    Mock::given(path("/data"))
        .and(header("authorization", "Bearer tok-2"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = oauth_client(&server, &ManualClock::new());
    let response = client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let received = common::received(&server).await;
    assert_eq!(
        received.iter().filter(|r| r.url.path() == "/token").count(),
        2
    );
    assert_eq!(api_requests(&received).len(), 2);
}

#[tokio::test]
async fn unauthorized_twice_is_returned_after_one_refresh() {
    let server = MockServer::start().await;
    Mock::given(path("/token"))
        .respond_with(token("tok", 3600))
        .mount(&server)
        .await;
    Mock::given(path("/data"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let client = oauth_client(&server, &ManualClock::new());
    let response = client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    let received = common::received(&server).await;
    assert_eq!(api_requests(&received).len(), 2);
}

#[tokio::test]
async fn token_endpoint_error_keeps_oauth_fields() {
    let server = MockServer::start().await;
    Mock::given(path("/token"))
        .respond_with(ResponseTemplate::new(400).set_body_json(serde_json::json!({
            "error": "invalid_client",
            "error_description": "unknown client",
        })))
        .mount(&server)
        .await;
    let client = oauth_client(&server, &ManualClock::new());
    let err = client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap_err();
    let SendError::Auth(auth) = err else {
        panic!("expected an auth error, got {err:?}");
    };
    assert_eq!(auth.error(), Some("invalid_client"));
    assert_eq!(auth.error_description(), Some("unknown client"));
    assert!(api_requests(&common::received(&server).await).is_empty());
}

#[tokio::test]
async fn user_tokens_refresh_when_expired() {
    let server = MockServer::start().await;
    Mock::given(path("/token"))
        .respond_with(token("fresh", 3600))
        .expect(1)
        .mount(&server)
        .await;
    ok_everywhere(&server).await;
    let clock = ManualClock::new();
    let tokens = UserTokens::new("stale")
        .expires_in(Duration::from_secs(1))
        .with_refresh("refresh-1", "app", None);
    let client = common::builder(&server, &clock)
        .token_url(format!("{}/token", server.uri()))
        .user_tokens("oauth", endpoint(), tokens)
        .build()
        .unwrap();
    client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap();
    clock.advance(Duration::from_millis(1100));
    client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap();
    let received = common::received(&server).await;
    let tokens: Vec<_> = api_requests(&received).into_iter().map(bearer).collect();
    assert_eq!(tokens, ["Bearer stale", "Bearer fresh"]);
    let refresh = received.iter().find(|r| r.url.path() == "/token").unwrap();
    let form = String::from_utf8_lossy(&refresh.body);
    assert!(form.contains("grant_type=refresh_token"), "{form}");
    assert!(form.contains("refresh_token=refresh-1"), "{form}");
}

#[tokio::test]
async fn missing_credentials_send_nothing() {
    let server = MockServer::start().await;
    ok_everywhere(&server).await;
    let client = common::builder(&server, &ManualClock::new())
        .api_key("headerKey", Secret::new("only-one"))
        .build()
        .unwrap();
    let err = client
        .send(client.request(&KEYS, &["keys"]))
        .await
        .unwrap_err();
    let SendError::MissingCredentials(missing) = err else {
        panic!("expected missing credentials, got {err:?}");
    };
    assert_eq!(missing.operation(), "keys");
    assert_eq!(
        missing.accepted(),
        vec![vec!["headerKey", "queryKey", "cookieKey"]]
    );
    assert!(common::received(&server).await.is_empty());
}

#[tokio::test]
async fn plain_http_to_another_host_refuses_credentials() {
    let client = ClientBuilder::new(Some("http://api.example.com"))
        .api_key("headerKey", Secret::new("k"))
        .api_key("queryKey", Secret::new("k"))
        .api_key("cookieKey", Secret::new("k"))
        .build()
        .unwrap();
    let err = client
        .send(client.request(&KEYS, &["keys"]))
        .await
        .unwrap_err();
    let SendError::InvalidRequest(invalid) = err else {
        panic!("expected a refusal, got {err:?}");
    };
    assert_eq!(invalid.field(), "base_url");
}

#[tokio::test]
async fn token_endpoint_over_plain_http_is_refused() {
    let client = ClientBuilder::new(Some("https://api.example.com"))
        .token_url("http://login.example.com/token")
        .client_credentials("oauth", endpoint(), "app".into(), Secret::new("s"))
        .build()
        .unwrap();
    let err = client
        .send(client.request(&BEARER_OP, &["data"]))
        .await
        .unwrap_err();
    assert!(matches!(err, SendError::Auth(_)), "{err:?}");
}

#[test]
fn debug_output_shows_no_secret() {
    let builder = ClientBuilder::new(Some("https://api.example.com"))
        .bearer_token("secret-bearer")
        .api_key("headerKey", Secret::new("secret-key"))
        .basic_auth("basic", "alice".into(), Secret::new("secret-password"))
        .client_credentials(
            "oauth",
            endpoint(),
            "app-id".into(),
            Secret::new("secret-client"),
        )
        .user_tokens(
            "user",
            endpoint(),
            UserTokens::new("secret-access").with_refresh(
                "secret-refresh",
                "app-id",
                Some(Secret::new("secret-client")),
            ),
        )
        .config(Config::default());
    let builder_debug = format!("{builder:?}");
    let client = builder.build().unwrap();
    let client_debug = format!("{client:?}");
    for debug in [&builder_debug, &client_debug] {
        assert!(!debug.contains("secret-"), "{debug}");
    }
    assert!(builder_debug.contains("alice") && builder_debug.contains("app-id"));
    assert!(client_debug.contains("headerKey"));
}
