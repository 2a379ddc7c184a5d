//! A hostile server: bodies too large, truncated or trickled, bodies that are not what
//! the spec says, absurd rate-limit headers and token endpoints that answer garbage. The
//! client must answer each with a typed error or a bounded wait, never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

mod raw_http;

use std::time::{Duration, Instant};

use client_runtime::{
    Client, ClientBuilder, Config, Error, LoginError, ManualClock, Method, Operation,
    ResponseContent, Scheme, SchemeKind, Secret, SendError, TokenEndpoint, TransportError,
};
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpListener;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

static GET_ITEM: Operation = Operation {
    id: "getItem",
    method: Method::GET,
    path: "/item",
    security: &[],
};
const OAUTH: Scheme = Scheme {
    name: "oauth",
    kind: SchemeKind::Bearer,
};
static BEARER_OP: Operation = Operation {
    id: "bearer",
    method: Method::GET,
    path: "/item",
    security: &[&[OAUTH]],
};

// ---------------------------------------------------------------------------------------
// A hand-written HTTP/1.1 server, for what wiremock cannot send: lying lengths, trickled
// bytes, repeated and non-UTF-8 headers.

/// What the raw server does on one connection, after reading the request head.
#[derive(Clone)]
enum Script {
    /// Writes these bytes, then closes.
    Send(Vec<u8>),
    /// Writes the head, then the body one byte at a time with a pause between bytes.
    Trickle {
        head: Vec<u8>,
        body: Vec<u8>,
        pause: Duration,
    },
}

/// Serves `scripts` in order, one per connection (the last one repeats), and returns
/// the base URL.
async fn raw_server(scripts: Vec<Script>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut index = 0;
        while let Ok((mut stream, _)) = listener.accept().await {
            let script = scripts[index.min(scripts.len() - 1)].clone();
            index += 1;
            tokio::spawn(async move {
                if !raw_http::read_request_head(&mut stream).await {
                    return;
                }
                match script {
                    Script::Send(bytes) => {
                        let _ = stream.write_all(&bytes).await;
                    }
                    Script::Trickle { head, body, pause } => {
                        let _ = stream.write_all(&head).await;
                        for byte in body {
                            tokio::time::sleep(pause).await;
                            if stream.write_all(&[byte]).await.is_err() {
                                return;
                            }
                        }
                    }
                }
                let _ = stream.shutdown().await;
            });
        }
    });
    format!("http://{address}")
}

/// A complete response with `headers` (each line without its CRLF) and `body`.
fn http(status: &str, headers: &[&[u8]], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\nConnection: close\r\n").into_bytes();
    for header in headers {
        out.extend_from_slice(header);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body);
    out
}

fn raw_client(base: &str, clock: &ManualClock, config: Config) -> Client {
    ClientBuilder::new(None)
        .base_url(base)
        .clock(clock.clone())
        .config(config)
        .build()
        .unwrap()
}

async fn get(client: &Client) -> Result<ResponseContent, SendError> {
    client.send(client.request(&GET_ITEM, &["item"])).await
}

fn transport(result: Result<ResponseContent, SendError>) -> TransportError {
    match result {
        Err(SendError::Transport(e)) => e,
        other => panic!("expected a transport error, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Body size, truncation and slowness.

#[tokio::test]
async fn content_length_over_the_limit_fails_before_reading() {
    let server = MockServer::start().await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(vec![b'x'; 10_000]))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = common::builder(&server, &clock)
        .config(Config::default().with_max_response_bytes(1_000))
        .build()
        .unwrap();
    let error = transport(get(&client).await);
    let too_large = error.too_large().expect("a size error");
    assert_eq!(too_large.limit(), 1_000);
    assert_eq!(too_large.content_length(), Some(10_000));
    assert!(!error.is_timeout() && !error.is_connect());
    // Not retried: the same body would come back.
    assert!(clock.sleeps().is_empty());
    assert!(
        error.to_string().contains("larger than 1000 bytes"),
        "{error}"
    );
}

#[tokio::test]
async fn chunked_body_over_the_limit_stops_reading() {
    // No Content-Length: the limit can only be found while reading.
    let mut response =
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..100 {
        response.extend_from_slice(b"400\r\n");
        response.extend_from_slice(&[b'y'; 0x400]);
        response.extend_from_slice(b"\r\n");
    }
    response.extend_from_slice(b"0\r\n\r\n");
    let base = raw_server(vec![Script::Send(response)]).await;
    let clock = ManualClock::new();
    let client = raw_client(
        &base,
        &clock,
        Config::default().with_max_response_bytes(4_096),
    );
    let error = transport(get(&client).await);
    let too_large = error.too_large().expect("a size error");
    assert_eq!(too_large.content_length(), None);
}

#[tokio::test]
async fn body_exactly_at_the_limit_is_read() {
    let base = raw_server(vec![Script::Send(http("200 OK", &[], &[b'z'; 512]))]).await;
    let client = raw_client(
        &base,
        &ManualClock::new(),
        Config::default().with_max_response_bytes(512),
    );
    assert_eq!(get(&client).await.unwrap().body().len(), 512);
}

#[tokio::test]
async fn truncated_body_is_a_transport_error() {
    // Promises 100 bytes, sends 10, closes.
    let response =
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 100\r\n\r\n0123456789".to_vec();
    let base = raw_server(vec![Script::Send(response)]).await;
    let clock = ManualClock::new();
    let client = raw_client(&base, &clock, Config::default());
    let error = transport(get(&client).await);
    assert!(error.too_large().is_none());
    assert!(!error.is_timeout() && !error.is_connect(), "{error}");
    // A broken body is not worth repeating.
    assert!(clock.sleeps().is_empty());
}

/// Calls a server that sends its headers at once and its body a byte every 20 ms, with
/// a client made by `client_for`, and checks that a 300 ms request timeout ends it.
async fn trickled_body_times_out(client_for: impl FnOnce(&str, &ManualClock) -> Client) {
    let base = raw_server(vec![Script::Trickle {
        head: b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1000\r\n\r\n".to_vec(),
        body: vec![b't'; 1000],
        pause: Duration::from_millis(20),
    }])
    .await;
    let clock = ManualClock::new();
    let client = client_for(&base, &clock);
    let started = Instant::now();
    let error = transport(get(&client).await);
    // The headers arrived at once, so only a timeout that covers the body ends this.
    assert!(error.is_timeout(), "{error}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

fn short_timeout(config: Config) -> Config {
    config
        .with_max_attempts(1)
        .with_timeouts(Duration::from_millis(300), Duration::from_secs(1))
}

#[tokio::test]
async fn trickled_body_hits_the_request_timeout() {
    // The builder gives the HTTP client it creates the configured timeout.
    trickled_body_times_out(|base, clock| {
        raw_client(base, clock, short_timeout(Config::default()))
    })
    .await;
}

#[tokio::test]
async fn a_timeout_changed_after_building_still_applies() {
    // The HTTP client was built with the default 30 s; the call must carry its own.
    trickled_body_times_out(|base, clock| {
        raw_client(base, clock, Config::default()).with_config(short_timeout)
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// Bodies that are not what the spec says.

#[derive(Debug, serde::Deserialize)]
struct Item {
    // Only ever decoded, to give the JSON a shape to miss.
    #[allow(dead_code)]
    id: u64,
}

fn finish_item(content: ResponseContent) -> Result<client_runtime::Response<Item>, Error<u16>> {
    content.finish(ResponseContent::decode_json::<Item>, |c| {
        c.status().as_u16()
    })
}

async fn body_on_200(body: &'static str) -> Result<client_runtime::Response<Item>, Error<u16>> {
    let base = raw_server(vec![Script::Send(http(
        "200 OK",
        &[b"Content-Type: application/json"],
        body.as_bytes(),
    ))])
    .await;
    let client = raw_client(&base, &ManualClock::new(), Config::default());
    finish_item(get(&client).await.unwrap())
}

#[tokio::test]
async fn html_on_a_2xx_is_a_decode_error() {
    match body_on_200("<html><body>Bad gateway</body></html>").await {
        Err(Error::Decode(e)) => {
            assert_eq!(e.response().status(), 200);
            assert!(e.response().text().contains("Bad gateway"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn wrong_shape_json_on_a_2xx_is_a_decode_error() {
    for body in [
        r#"{"id":"seven"}"#,
        r#"[1,2,3]"#,
        "null",
        r#"{"id":-1}"#,
        r#"{"id":1e400}"#,
    ] {
        match body_on_200(body).await {
            Err(Error::Decode(e)) => assert!(!e.message().is_empty()),
            other => panic!("{body}: {other:?}"),
        }
    }
}

#[tokio::test]
async fn deeply_nested_json_is_a_decode_error_not_a_stack_overflow() {
    let body: &'static str =
        Box::leak(format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_boxed_str());
    assert!(matches!(body_on_200(body).await, Err(Error::Decode(_))));
}

// ---------------------------------------------------------------------------------------
// Absurd rate-limit headers. Each 429 is followed by a 200; the client either waits a
// bounded time (recorded by the ManualClock) and retries, or returns the 429 at once.

/// Sends one call against a 429 carrying `headers`, then 200s. Returns the final status
/// and the waits.
async fn after_429(headers: &[&[u8]]) -> (u16, Vec<Duration>) {
    let base = raw_server(vec![
        Script::Send(http("429 Too Many Requests", headers, b"slow down")),
        Script::Send(http("200 OK", &[], b"")),
    ])
    .await;
    let clock = ManualClock::new();
    let client = raw_client(&base, &clock, Config::default());
    let status = get(&client).await.unwrap().status().as_u16();
    let sleeps = clock.sleeps();
    let deadline = Config::default().deadline;
    assert!(sleeps.iter().all(|s| *s <= deadline), "{sleeps:?}");
    (status, sleeps)
}

/// The default first backoff (200 ms, with full jitter): what an unreadable header gets.
fn backed_off(status: u16, sleeps: &[Duration]) {
    assert_eq!(status, 200);
    assert_eq!(sleeps.len(), 1);
    assert!(sleeps[0] <= Duration::from_millis(200), "{sleeps:?}");
}

#[tokio::test]
async fn retry_after_negative_is_ignored() {
    let (status, sleeps) = after_429(&[b"Retry-After: -1"]).await;
    backed_off(status, &sleeps);
}

#[tokio::test]
async fn retry_after_u64_max_returns_the_429_at_once() {
    let (status, sleeps) = after_429(&[b"Retry-After: 18446744073709551615"]).await;
    assert_eq!((status, sleeps), (429, vec![]));
}

#[tokio::test]
async fn retry_after_past_u64_is_ignored() {
    let (status, sleeps) = after_429(&[b"Retry-After: 99999999999999999999999999"]).await;
    backed_off(status, &sleeps);
}

#[tokio::test]
async fn retry_after_float_exponent_is_ignored() {
    let (status, sleeps) = after_429(&[b"Retry-After: 1e30"]).await;
    backed_off(status, &sleeps);
}

#[tokio::test]
async fn retry_after_text_is_ignored() {
    let (status, sleeps) = after_429(&[b"Retry-After: soon, promise"]).await;
    backed_off(status, &sleeps);
}

#[tokio::test]
async fn retry_after_longer_than_the_deadline_returns_the_429() {
    let (status, sleeps) = after_429(&[b"Retry-After: 3600"]).await;
    assert_eq!((status, sleeps), (429, vec![]));
}

#[tokio::test]
async fn retry_after_date_far_in_the_future_returns_the_429() {
    let (status, sleeps) = after_429(&[b"Retry-After: Fri, 31 Dec 9999 23:59:59 GMT"]).await;
    assert_eq!((status, sleeps), (429, vec![]));
}

#[tokio::test]
async fn retry_after_date_in_the_past_retries_at_once() {
    let (status, sleeps) = after_429(&[b"Retry-After: Thu, 01 Jan 1970 00:00:00 GMT"]).await;
    assert_eq!((status, sleeps), (200, vec![Duration::ZERO]));
}

#[tokio::test]
async fn reset_negative_is_ignored() {
    let (status, sleeps) = after_429(&[b"X-RateLimit-Reset: -30"]).await;
    backed_off(status, &sleeps);
}

#[tokio::test]
async fn reset_timestamp_past_system_time_returns_the_429() {
    // An epoch timestamp no `SystemTime` can hold: "never".
    let (status, sleeps) = after_429(&[b"X-RateLimit-Reset: 18446744073709551615"]).await;
    assert_eq!((status, sleeps), (429, vec![]));
}

#[tokio::test]
async fn reset_timestamp_in_the_past_retries_at_once() {
    let (status, sleeps) = after_429(&[b"X-RateLimit-Reset: 1000000001"]).await;
    assert_eq!((status, sleeps), (200, vec![Duration::ZERO]));
}

#[tokio::test]
async fn reset_1e30_is_ignored() {
    let (status, sleeps) = after_429(&[b"X-RateLimit-Reset: 1e30"]).await;
    backed_off(status, &sleeps);
}

#[tokio::test]
async fn duplicated_retry_after_uses_the_first() {
    let (status, sleeps) = after_429(&[b"Retry-After: 1", b"Retry-After: 99999"]).await;
    assert_eq!(status, 200);
    assert_eq!(sleeps.len(), 1);
    assert!(
        sleeps[0] >= Duration::from_secs(1) && sleeps[0] <= Duration::from_millis(1100),
        "{sleeps:?}"
    );
}

#[tokio::test]
async fn duplicated_reset_with_garbage_first_is_ignored() {
    let (status, sleeps) = after_429(&[b"X-RateLimit-Reset: never", b"X-RateLimit-Reset: 5"]).await;
    backed_off(status, &sleeps);
}

#[tokio::test]
async fn non_utf8_retry_after_is_ignored() {
    let (status, sleeps) = after_429(&[b"Retry-After: \xff\xfe1\x80"]).await;
    backed_off(status, &sleeps);
}

#[tokio::test]
async fn non_utf8_reset_and_remaining_are_ignored() {
    let base = raw_server(vec![Script::Send(http(
        "200 OK",
        &[
            b"X-RateLimit-Reset: \xc3\x28",
            b"X-RateLimit-Remaining: \xe2\x82",
            b"X-Other: caf\xe9",
        ],
        b"ok",
    ))])
    .await;
    let client = raw_client(&base, &ManualClock::new(), Config::default());
    let response = get(&client).await.unwrap();
    let limit = response.rate_limit();
    assert_eq!(
        (limit.remaining, limit.reset, limit.retry_after),
        (None, None, None)
    );
    // The header is kept, as bytes.
    assert_eq!(response.headers()["x-other"].as_bytes(), b"caf\xe9");
}

// ---------------------------------------------------------------------------------------
// Token endpoints answering garbage.

fn endpoint() -> TokenEndpoint {
    TokenEndpoint {
        token_url: "https://login.example.com/token",
        scopes: &["read"],
    }
}

/// A server whose `/token` answers `token` and whose `/item` answers 200, and a client
/// in client-credentials mode against it.
async fn token_server(
    token: ResponseTemplate,
    clock: &ManualClock,
    config: Config,
) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(path("/token"))
        .respond_with(token)
        .mount(&server)
        .await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = common::builder(&server, clock)
        .config(config)
        .token_url(format!("{}/token", server.uri()))
        .client_credentials("oauth", endpoint(), "app".into(), Secret::new("app-secret"))
        .build()
        .unwrap();
    (server, client)
}

async fn bearer_call(client: &Client) -> Result<ResponseContent, SendError> {
    client.send(client.request(&BEARER_OP, &["item"])).await
}

fn raw_token(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

/// Runs one call against a token endpoint answering `body` with `status`, expecting an
/// `AuthError`; returns its text.
async fn token_refused(status: u16, body: &str) -> String {
    let (server, client) = token_server(
        raw_token(status, body),
        &ManualClock::new(),
        Config::default(),
    )
    .await;
    let error = match bearer_call(&client).await {
        Err(SendError::Auth(e)) => e.to_string(),
        other => panic!("{body}: expected an auth error, got {other:?}"),
    };
    // Nothing went to the API without a token.
    let received = common::received(&server).await;
    assert!(received.iter().all(|r| r.url.path() == "/token"));
    error
}

#[tokio::test]
async fn token_garbage_body_is_an_auth_error() {
    let error = token_refused(200, "\u{0}\u{1}garbage{{{").await;
    assert!(error.contains("not a token response"), "{error}");
}

#[tokio::test]
async fn token_html_is_an_auth_error() {
    token_refused(200, "<!doctype html><html><body>Login</body></html>").await;
}

#[tokio::test]
async fn token_html_error_page_is_an_auth_error() {
    token_refused(502, "<html>Bad Gateway</html>").await;
}

#[tokio::test]
async fn token_without_access_token_is_an_auth_error() {
    let error = token_refused(200, r#"{"token_type":"bearer","expires_in":60}"#).await;
    assert!(error.contains("access_token"), "{error}");
}

#[tokio::test]
async fn token_negative_expires_in_is_an_auth_error() {
    token_refused(
        200,
        r#"{"access_token":"t","token_type":"bearer","expires_in":-5}"#,
    )
    .await;
}

#[tokio::test]
async fn token_float_expires_in_is_an_auth_error() {
    token_refused(
        200,
        r#"{"access_token":"t","token_type":"bearer","expires_in":1e30}"#,
    )
    .await;
}

#[tokio::test]
async fn token_expires_in_zero_is_used_once_then_replaced() {
    let clock = ManualClock::new();
    let body = r#"{"access_token":"t0","token_type":"bearer","expires_in":0}"#;
    let (server, client) = token_server(raw_token(200, body), &clock, Config::default()).await;
    assert_eq!(bearer_call(&client).await.unwrap().status(), 200);
    assert_eq!(bearer_call(&client).await.unwrap().status(), 200);
    let received = common::received(&server).await;
    let fetches = received.iter().filter(|r| r.url.path() == "/token").count();
    assert_eq!(
        fetches, 2,
        "a token of no lifetime is fetched for each call"
    );
}

#[tokio::test]
async fn token_expires_in_u64_max_is_cached_at_most_a_day() {
    let clock = ManualClock::new();
    let body = r#"{"access_token":"t0","token_type":"bearer","expires_in":18446744073709551615}"#;
    let (server, client) = token_server(raw_token(200, body), &clock, Config::default()).await;
    assert_eq!(bearer_call(&client).await.unwrap().status(), 200);
    clock.advance(Duration::from_secs(3600));
    assert_eq!(bearer_call(&client).await.unwrap().status(), 200);
    clock.advance(Duration::from_secs(24 * 3600));
    assert_eq!(bearer_call(&client).await.unwrap().status(), 200);
    let received = common::received(&server).await;
    let fetches = received.iter().filter(|r| r.url.path() == "/token").count();
    assert_eq!(fetches, 2, "cached for an hour, replaced after a day");
}

#[tokio::test]
async fn token_answer_over_the_limit_is_an_auth_error() {
    let body = format!(
        r#"{{"access_token":"{}","token_type":"bearer"}}"#,
        "a".repeat(10_000)
    );
    let (_server, client) = token_server(
        raw_token(200, &body),
        &ManualClock::new(),
        Config::default().with_max_response_bytes(1_000),
    )
    .await;
    match bearer_call(&client).await {
        Err(SendError::Auth(e)) => assert!(e.to_string().contains("too large"), "{e}"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn login_token_answer_over_the_default_limit_is_a_transport_error() {
    const ENDPOINT: client_runtime::AuthorizationEndpoint = client_runtime::AuthorizationEndpoint {
        authorize_url: "https://login.example/oauth/authorize",
        token_url: "https://login.example/oauth/token",
        scopes: &["read"],
    };
    let server = MockServer::start().await;
    let limit = usize::try_from(Config::DEFAULT_MAX_RESPONSE_BYTES).unwrap();
    Mock::given(path("/token"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(vec![b' '; limit + 1]))
        .mount(&server)
        .await;
    let login = ClientBuilder::new(None)
        .token_url(format!("{}/token", server.uri()))
        .login(
            ENDPOINT,
            "my-app".into(),
            None,
            "http://localhost:8080/callback".into(),
        )
        .authorization_endpoint(format!("{}/authorize", server.uri()));
    let (_, pending) = login.authorize_url().unwrap();
    match pending.exchange("code", pending.state()).await {
        Err(LoginError::Transport(e)) => assert!(e.to_string().contains("too large"), "{e}"),
        other => panic!("{other:?}"),
    }
}
