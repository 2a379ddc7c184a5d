//! OAuth2 flows, retries and secrecy of the generated client, against wiremock on loopback.
//!
//! Hand-written: the generator owns only files whose first line says `@generated`.

use connectid::error::{DeclineShareClientModeError, ListShareableSubscriptionRulesError};
use connectid::models::{
    CancelSharingRequest, DeclineChangeType, DeclineShareRequest, ShareInvitationRequest,
    ShareStatus,
};
use connectid::{Client, ClientBuilder, Config, Error, ManualClock, UserTokens};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use wiremock::matchers::{body_json, body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const DECLINE: &str = "/capi/v1/client/subscription/share/invitation";
const TOKEN: &str = "/user/oauth/token";

/// Answers token requests with `tok-1`, `tok-2`, ... and counts them.
#[derive(Clone)]
struct Tokens {
    issued: Arc<AtomicUsize>,
    expires_in: u64,
}

impl Tokens {
    fn new(expires_in: u64) -> Self {
        Tokens {
            issued: Arc::new(AtomicUsize::new(0)),
            expires_in,
        }
    }

    fn count(&self) -> usize {
        self.issued.load(Ordering::SeqCst)
    }
}

impl Respond for Tokens {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        ResponseTemplate::new(200)
            .set_body_json(serde_json::json!({
                "access_token": format!("tok-{n}"),
                "token_type": "bearer",
                "expires_in": self.expires_in,
            }))
            // A slow token endpoint widens the window in which concurrent calls race.
            .set_delay(Duration::from_millis(100))
    }
}

fn fast_retries() -> Config {
    Config::default().with_backoff(Duration::from_millis(10), Duration::from_millis(50))
}

/// A client in client mode whose token URL and base URL point at `server`.
fn client_mode(server: &MockServer) -> Client {
    ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .token_url(format!("{}{TOKEN}", server.uri()))
        .client_credentials("my-client", "my-secret")
        .config(fast_retries())
        .build()
        .expect("client builds")
}

/// A client in user mode with a fixed user token.
fn user_mode(server: &MockServer) -> Client {
    ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .authorization_code(UserTokens::new("user-token"))
        .config(fast_retries())
        .build()
        .expect("client builds")
}

fn decline() -> DeclineShareRequest {
    DeclineShareRequest::new("32479VSA", DeclineChangeType::Decline)
}

async fn requests_to(server: &MockServer, p: &str) -> usize {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path() == p)
        .count()
}

#[tokio::test]
async fn fifty_concurrent_calls_on_a_cold_client_make_one_token_request() {
    let server = MockServer::start().await;
    let tokens = Tokens::new(3600);
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .and(header(
            "authorization",
            "Basic bXktY2xpZW50Om15LXNlY3JldA==",
        ))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains("scope=read"))
        .respond_with(tokens.clone())
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path(DECLINE))
        .and(header("authorization", "Bearer tok-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"status": "5"})))
        .mount(&server)
        .await;
    let client = client_mode(&server);

    let calls = (0..50).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.decline_share_client_mode(&decline()).await })
    });
    let results = futures_join(calls).await;
    assert!(
        results.iter().all(|r| r.is_ok()),
        "{:?}",
        results.iter().find(|r| r.is_err())
    );
    assert_eq!(tokens.count(), 1, "token requests");
    assert_eq!(requests_to(&server, DECLINE).await, 50);
}

async fn futures_join<T: Send + 'static>(
    handles: impl Iterator<Item = tokio::task::JoinHandle<T>>,
) -> Vec<T> {
    let mut out = Vec::new();
    for h in handles.collect::<Vec<_>>() {
        out.push(h.await.expect("task"));
    }
    out
}

#[tokio::test]
async fn an_expired_token_is_replaced_before_the_next_call() {
    let server = MockServer::start().await;
    let tokens = Tokens::new(1);
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .respond_with(tokens.clone())
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"status": "5"})))
        .mount(&server)
        .await;
    // Time moves only when the test says so: no sleeping on the wall clock.
    let clock = ManualClock::new();
    let client = ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .token_url(format!("{}{TOKEN}", server.uri()))
        .client_credentials("my-client", "my-secret")
        .clock(clock.clone())
        .build()
        .expect("client builds");

    client
        .decline_share_client_mode(&decline())
        .await
        .expect("first call");
    client
        .decline_share_client_mode(&decline())
        .await
        .expect("second call, token still fresh");
    assert_eq!(tokens.count(), 1);
    clock.advance(Duration::from_millis(1100));
    client
        .decline_share_client_mode(&decline())
        .await
        .expect("after expiry");
    assert_eq!(tokens.count(), 2, "a new token after expires_in");
    let auth: Vec<String> = server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path() == DECLINE)
        .filter_map(|r| {
            r.headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .map(String::from)
        })
        .collect();
    assert_eq!(auth, ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]);
}

#[tokio::test]
async fn a_401_leads_to_one_refresh_and_one_retry() {
    let server = MockServer::start().await;
    let tokens = Tokens::new(3600);
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .respond_with(tokens.clone())
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(header("authorization", "Bearer tok-1"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(serde_json::json!({"error": "invalid_token"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(header("authorization", "Bearer tok-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"status": "5"})))
        .mount(&server)
        .await;
    let client = client_mode(&server);

    let response = client
        .decline_share_client_mode(&decline())
        .await
        .expect("retried with a new token");
    assert_eq!(response.body().status.as_str(), "5");
    assert_eq!(tokens.count(), 2);
    assert_eq!(requests_to(&server, DECLINE).await, 2);
}

#[tokio::test]
async fn a_second_401_is_returned_not_retried_again() {
    let server = MockServer::start().await;
    let tokens = Tokens::new(3600);
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .respond_with(tokens.clone())
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let client = client_mode(&server);

    let err = client
        .decline_share_client_mode(&decline())
        .await
        .expect_err("still 401");
    match err {
        Error::Api(DeclineShareClientModeError::UnexpectedStatus(r)) => {
            assert_eq!(r.status().as_u16(), 401)
        }
        other => panic!("expected a 401, got {other:?}"),
    }
    assert_eq!(tokens.count(), 2);
    assert_eq!(requests_to(&server, DECLINE).await, 2);
}

#[tokio::test]
async fn token_endpoint_errors_become_typed_auth_errors() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .respond_with(ResponseTemplate::new(401).set_body_json(
            serde_json::json!({"error": "invalid_client", "error_description": "unknown client"}),
        ))
        .mount(&server)
        .await;
    let client = client_mode(&server);

    let err = client
        .decline_share_client_mode(&decline())
        .await
        .expect_err("token refused");
    match &err {
        Error::Auth(e) => {
            assert_eq!(e.error(), Some("invalid_client"));
            assert_eq!(e.error_description(), Some("unknown client"));
        }
        other => panic!("expected Auth, got {other:?}"),
    }
    assert!(!err.to_string().contains("my-secret"));
    assert_eq!(requests_to(&server, DECLINE).await, 0);
}

#[tokio::test]
async fn a_429_is_retried_after_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-ratelimit-remaining", "99")
                .insert_header("x-ratelimit-reset", "42")
                .set_body_json(serde_json::json!({"status": "5"})),
        )
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .bearer_token("static")
        .clock(clock.clone())
        .build()
        .expect("client builds");

    let response = client
        .decline_share_client_mode(&decline())
        .await
        .expect("succeeds after the wait");
    // One wait, for what the server asked plus at most a tenth of jitter.
    let sleeps = clock.sleeps();
    assert_eq!(sleeps.len(), 1, "waits: {sleeps:?}");
    let waited = sleeps[0];
    assert!(waited >= Duration::from_secs(1), "waited {waited:?}");
    assert!(waited <= Duration::from_millis(1100), "waited {waited:?}");
    assert_eq!(response.rate_limit().remaining, Some(99));
    assert_eq!(response.rate_limit().reset, Some(42));
    assert_eq!(requests_to(&server, DECLINE).await, 2);
    eprintln!("429 with Retry-After: 1 -> retried after {waited:?}");
}

#[tokio::test]
async fn a_429_asking_for_more_than_the_deadline_is_returned_at_once() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(429).insert_header("x-ratelimit-reset", "30"))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .bearer_token("static")
        .config(Config::default().with_deadline(Duration::from_secs(5)))
        .clock(clock.clone())
        .build()
        .expect("client builds");

    let err = client
        .decline_share_client_mode(&decline())
        .await
        .expect_err("429");
    assert_eq!(
        clock.sleeps(),
        Vec::<Duration>::new(),
        "returned without waiting"
    );
    match err {
        Error::Api(DeclineShareClientModeError::TooManyRequests(r)) => {
            assert_eq!(r.rate_limit().reset, Some(30));
            assert_eq!(r.rate_limit().retry_after(), Some(Duration::from_secs(30)));
        }
        other => panic!("expected TooManyRequests, got {other:?}"),
    }
}

#[tokio::test]
async fn idempotent_calls_stop_retrying_at_the_attempt_bound() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let client = user_mode(&server);

    let err = client
        .list_shareable_subscription_rules("NAT")
        .await
        .expect_err("always 500");
    assert!(
        matches!(
            err,
            Error::Api(ListShareableSubscriptionRulesError::InternalServerError(_))
        ),
        "{err:?}"
    );
    assert_eq!(
        server.received_requests().await.unwrap_or_default().len(),
        3,
        "default max_attempts"
    );

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let client = user_mode(&server).with_config(|c| c.with_max_attempts(5));
    let _ = client.list_shareable_subscription_rules("NAT").await;
    assert_eq!(
        server.received_requests().await.unwrap_or_default().len(),
        5
    );
}

#[tokio::test]
async fn a_patch_answered_500_is_not_retried_unless_the_caller_opts_in() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let client = client_mode(&server);
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .respond_with(Tokens::new(3600))
        .mount(&server)
        .await;

    let err = client
        .decline_share_client_mode(&decline())
        .await
        .expect_err("500");
    assert!(
        matches!(
            err,
            Error::Api(DeclineShareClientModeError::InternalServerError(_))
        ),
        "{err:?}"
    );
    assert_eq!(
        requests_to(&server, DECLINE).await,
        1,
        "a PATCH is never silently sent twice"
    );

    let opted_in = client.with_config(|c| c.with_retry_non_idempotent(true));
    let _ = opted_in.decline_share_client_mode(&decline()).await;
    assert_eq!(requests_to(&server, DECLINE).await, 1 + 3);
}

#[tokio::test]
async fn each_user_mode_operation_works_against_its_documented_example() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/capi/v1/subscription/share/invitation"))
        .and(header("authorization", "Bearer user-token"))
        .and(body_json(serde_json::json!({"contact": "kari.nordmann@gmail.com", "contactType": "A", "productCode": "CO27409"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"status": "SHARE_OK"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/capi/v1/customer/product/share/rule/NAT"))
        .and(header("authorization", "Bearer user-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "customerProductShareRules": [{"productCode": "NAT", "shareType": "A", "shareCount": 3}]
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path("/capi/v1/subscription/share"))
        .and(body_json(
            serde_json::json!({"shareCode": "123AFDG", "changeType": "CANCEL"}),
        ))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"status": "SHARING_ENDED"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = user_mode(&server);

    let sent = client
        .send_subscription_share_invitation(&ShareInvitationRequest::new(
            "kari.nordmann@gmail.com",
            "A",
            "CO27409",
        ))
        .await
        .expect("send");
    assert_eq!(sent.body().status, ShareStatus::ShareOk);
    let rules = client
        .list_shareable_subscription_rules("NAT")
        .await
        .expect("rules")
        .into_body();
    let rule = &rules.customer_product_share_rules.expect("rules listed")[0];
    assert_eq!(
        (
            rule.product_code.as_deref(),
            rule.share_type.as_deref(),
            rule.share_count
        ),
        (Some("NAT"), Some("A"), Some(3))
    );
    let cancelled = client
        .cancel_sharing(&CancelSharingRequest::new("123AFDG", "CANCEL"))
        .await
        .expect("cancel");
    assert_eq!(cancelled.body().status, ShareStatus::SharingEnded);
    server.verify().await;
}

#[tokio::test]
async fn a_path_parameter_cannot_change_the_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/capi/v1/customer/product/share/rule/A%2F..%2Fx"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
        .expect(1)
        .mount(&server)
        .await;
    user_mode(&server)
        .list_shareable_subscription_rules("A/../x")
        .await
        .expect("encoded as one segment");
    server.verify().await;
}

#[tokio::test]
async fn a_user_mode_operation_cannot_run_with_client_credentials_alone() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let client = client_mode(&server);

    let err = client
        .cancel_sharing(&CancelSharingRequest::new("123AFDG", "CANCEL"))
        .await
        .expect_err("no user token");
    match err {
        Error::MissingCredentials(e) => assert_eq!(e.accepted(), vec![vec!["Authorization_Code"]]),
        other => panic!("expected MissingCredentials, got {other:?}"),
    }
    server.verify().await;
}

#[tokio::test]
async fn user_tokens_are_refreshed_with_the_refresh_token() {
    let server = MockServer::start().await;
    let tokens = Tokens::new(3600);
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .and(body_string_contains("grant_type=refresh_token"))
        .and(body_string_contains("refresh_token=refresh-1"))
        .respond_with(tokens.clone())
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(header("authorization", "Bearer expired"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(header("authorization", "Bearer tok-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
        .mount(&server)
        .await;
    let client = ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .token_url(format!("{}{TOKEN}", server.uri()))
        .authorization_code(UserTokens::new("expired").with_refresh("refresh-1", "my-client", None))
        .build()
        .expect("client builds");

    client
        .list_shareable_subscription_rules("NAT")
        .await
        .expect("refreshed after 401");
    assert_eq!(tokens.count(), 1);
}

#[tokio::test]
async fn credentials_are_not_sent_over_plain_http_to_other_hosts() {
    let client = ClientBuilder::new()
        .base_url("http://api.example.com/capi")
        .bearer_token("static")
        .build()
        .expect("client builds");
    let err = client
        .decline_share_client_mode(&decline())
        .await
        .expect_err("refused before sending");
    assert!(
        matches!(&err, Error::InvalidRequest(e) if e.field() == "base_url"),
        "{err:?}"
    );
}

#[test]
fn debug_output_shows_no_secret() {
    let client = ClientBuilder::new()
        .client_credentials("my-client", "my-secret")
        .authorization_code(UserTokens::new("user-access").with_refresh(
            "user-refresh",
            "my-client",
            Some("my-secret".into()),
        ))
        .bearer_token("fallback-token")
        .build()
        .expect("client builds");
    let builder = format!(
        "{:?}",
        ClientBuilder::new()
            .client_credentials("my-client", "my-secret")
            .bearer_token("fallback-token")
    );
    let tokens = format!(
        "{:?}",
        UserTokens::new("user-access").with_refresh("user-refresh", "id", None)
    );
    for text in [
        format!("{client:?}"),
        builder,
        tokens,
        format!("{:?}", Config::default()),
    ] {
        for secret in ["my-secret", "user-access", "user-refresh", "fallback-token"] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }
}
