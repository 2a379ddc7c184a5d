//! Reaching around the spec, over HTTP: the builder's default headers and credential
//! header, and per-call `RequestOptions` (headers, query parameters, credentials, retries).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use client_runtime::{
    ClientBuilder, Error, ManualClock, Method, Operation, RequestOptions, ResponseContent, Scheme,
    SchemeKind, SendError,
};
use wiremock::{Mock, MockServer, ResponseTemplate};

const OAUTH: Scheme = Scheme {
    name: "oauth",
    kind: SchemeKind::Bearer,
};

/// Declares no security (`security: []`, or a spec without schemes).
static OPEN: Operation = Operation {
    id: "open",
    method: Method::GET,
    path: "/open",
    security: &[],
};

static SECURED: Operation = Operation {
    id: "secured",
    method: Method::GET,
    path: "/secured",
    security: &[&[OAUTH]],
};

async fn server(status: u16) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(status))
        .mount(&server)
        .await;
    server
}

fn header<'r>(request: &'r wiremock::Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn default_headers_options_and_the_operation_s_own_headers() {
    let server = server(200).await;
    let client = common::builder(&server, &ManualClock::new())
        .default_header("X-Client", "default")
        .default_header("X-Trace", "default")
        .credential_header("X-Api-Key", "key-value")
        .build()
        .unwrap();
    // The operation's own header wins over a default one of the same name.
    let mut request = client.request(&OPEN, &["open"]);
    request.header("x-trace", "operation").unwrap();
    client.send(request).await.unwrap();
    // Options replace the operation's header and add undeclared query filters.
    let scoped = client.with_options(
        RequestOptions::new()
            .header("X-Trace", "options")
            .query("done", "true")
            .query("tag", "a b"),
    );
    let mut request = scoped.request(&OPEN, &["open"]);
    request.query("limit", "5");
    request.header("x-trace", "operation").unwrap();
    scoped.send(request).await.unwrap();

    let received = common::received(&server).await;
    assert_eq!(received.len(), 2);
    for r in &received {
        assert_eq!(header(r, "x-client"), Some("default"));
        assert_eq!(header(r, "x-api-key"), Some("key-value"));
    }
    assert_eq!(header(&received[0], "x-trace"), Some("operation"));
    assert_eq!(header(&received[1], "x-trace"), Some("options"));
    assert_eq!(received[1].url.query(), Some("limit=5&done=true&tag=a+b"));
    // The original client is unchanged by `with_options`.
    assert_eq!(received[0].url.query(), None);
}

#[tokio::test]
async fn no_credentials_for_security_none_unless_the_options_give_them() {
    let server = server(200).await;
    let client = common::builder(&server, &ManualClock::new())
        .bearer_token("client-token")
        .build()
        .unwrap();
    client.send(client.request(&OPEN, &["open"])).await.unwrap();
    client
        .send(client.request(&SECURED, &["secured"]))
        .await
        .unwrap();
    let scoped = client.with_options(RequestOptions::new().bearer_token("call-token"));
    scoped.send(scoped.request(&OPEN, &["open"])).await.unwrap();
    scoped
        .send(scoped.request(&SECURED, &["secured"]))
        .await
        .unwrap();
    let basic = client.with_options(RequestOptions::new().basic_auth("ada", "pw"));
    basic
        .send(basic.request(&SECURED, &["secured"]))
        .await
        .unwrap();
    let received = common::received(&server).await;
    let auth: Vec<Option<&str>> = received
        .iter()
        .map(|r| header(r, "authorization"))
        .collect();
    assert_eq!(
        auth,
        [
            None,
            Some("Bearer client-token"),
            Some("Bearer call-token"),
            Some("Bearer call-token"),
            Some("Basic YWRhOnB3"),
        ]
    );
}

#[tokio::test]
async fn options_credentials_stand_in_for_missing_ones() {
    let server = server(200).await;
    let client = common::builder(&server, &ManualClock::new())
        .build()
        .unwrap();
    let refused = client.send(client.request(&SECURED, &["secured"])).await;
    assert!(matches!(refused, Err(SendError::MissingCredentials(_))));
    let scoped =
        client.with_options(RequestOptions::new().credential_header("Authorization", "Token t"));
    scoped
        .send(scoped.request(&SECURED, &["secured"]))
        .await
        .unwrap();
    let received = common::received(&server).await;
    assert_eq!(received.len(), 1);
    assert_eq!(header(&received[0], "authorization"), Some("Token t"));
}

#[tokio::test]
async fn options_set_the_retry_policy_of_their_calls() {
    let server = server(503).await;
    let clock = ManualClock::new();
    let client = common::builder(&server, &clock).build().unwrap();
    let response = client
        .with_options(RequestOptions::new().max_attempts(1))
        .send(client.request(&OPEN, &["open"]))
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(common::received(&server).await.len(), 1);
    // The client's own policy (three attempts) still holds without the options.
    let response = client.send(client.request(&OPEN, &["open"])).await.unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(common::received(&server).await.len(), 4);
}

#[tokio::test]
async fn bad_extras_fail_before_anything_is_sent() {
    let server = server(200).await;
    let client = common::builder(&server, &ManualClock::new())
        .build()
        .unwrap();
    let scoped = client.with_options(RequestOptions::new().header("bad header", "x"));
    let error = scoped
        .send(scoped.request(&OPEN, &["open"]))
        .await
        .unwrap_err();
    let SendError::InvalidRequest(e) = error else {
        panic!("{error:?}");
    };
    assert_eq!(e.field(), "bad header");
    // A typed operation reports it as `Error::InvalidRequest`.
    let typed: Result<_, Error<()>> = match scoped.send(scoped.request(&OPEN, &["open"])).await {
        Ok(r) => r.finish(ResponseContent::decode_empty, |_| ()),
        Err(e) => Err(e.into()),
    };
    assert!(matches!(typed, Err(Error::InvalidRequest(_))));
    assert!(ClientBuilder::new(None)
        .base_url(server.uri())
        .default_header("x", "line\nbreak")
        .build()
        .is_err());
    assert!(common::received(&server).await.is_empty());
}

#[tokio::test]
async fn credential_headers_need_https_or_loopback_and_stay_out_of_debug() {
    let builder = ClientBuilder::new(None)
        .base_url("http://api.example.invalid")
        .credential_header("X-Api-Key", "hunter2");
    assert!(!format!("{builder:?}").contains("hunter2"));
    let client = builder.build().unwrap();
    let error = client
        .send(client.request(&OPEN, &["open"]))
        .await
        .unwrap_err();
    assert!(matches!(error, SendError::InvalidRequest(_)), "{error:?}");
    let scoped = client.with_options(RequestOptions::new().bearer_token("hunter2"));
    assert!(!format!("{scoped:?}").contains("hunter2"));
    let error = scoped
        .send(scoped.request(&OPEN, &["open"]))
        .await
        .unwrap_err();
    assert!(matches!(error, SendError::InvalidRequest(_)), "{error:?}");
}
