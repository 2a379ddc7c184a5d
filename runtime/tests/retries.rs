//! Retries and responses over HTTP: 429 waits recorded on a ManualClock, the deadline,
//! 5xx retries by idempotency, and `finish` composing decode and error edges.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use client_runtime::{
    Client, Error, ManualClock, Method, Operation, ResponseContent, TypedResponse,
};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

static GET_ITEM: Operation = Operation {
    id: "getItem",
    method: Method::GET,
    path: "/item",
    security: &[],
};
static PATCH_ITEM: Operation = Operation {
    id: "patchItem",
    method: Method::PATCH,
    path: "/item",
    security: &[],
};

async fn client(server: &MockServer, clock: &ManualClock) -> Client {
    common::builder(server, clock).build().unwrap()
}

async fn count(server: &MockServer) -> usize {
    common::received(server).await.len()
}

#[tokio::test]
async fn too_many_requests_waits_as_told_then_retries() {
    let server = MockServer::start().await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = client(&server, &clock).await;
    // POST-like methods are retried on 429 too: the server did not process the request.
    let response = client
        .send(client.request(&PATCH_ITEM, &["item"]))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(count(&server).await, 2);
    let sleeps = clock.sleeps();
    assert_eq!(sleeps.len(), 1);
    assert!(
        sleeps[0] >= Duration::from_secs(1) && sleeps[0] <= Duration::from_millis(1100),
        "{sleeps:?}"
    );
}

#[tokio::test]
async fn rate_limit_reset_is_used_without_retry_after() {
    let server = MockServer::start().await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(429).insert_header("X-RateLimit-Reset", "2"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = client(&server, &clock).await;
    client
        .send(client.request(&GET_ITEM, &["item"]))
        .await
        .unwrap();
    let sleeps = clock.sleeps();
    assert!(sleeps[0] >= Duration::from_secs(2), "{sleeps:?}");
}

#[tokio::test]
async fn too_many_requests_past_the_deadline_is_returned_at_once() {
    let server = MockServer::start().await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "120"))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = client(&server, &clock).await;
    let response = client
        .send(client.request(&GET_ITEM, &["item"]))
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    assert_eq!(response.rate_limit().retry_after, Some(120));
    assert_eq!(count(&server).await, 1);
    assert!(clock.sleeps().is_empty());
}

#[tokio::test]
async fn get_server_error_retried_up_to_max_attempts() {
    let server = MockServer::start().await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = client(&server, &clock)
        .await
        .with_config(|c| c.with_max_attempts(4));
    let response = client
        .send(client.request(&GET_ITEM, &["item"]))
        .await
        .unwrap();
    assert_eq!(response.status(), 500);
    assert_eq!(count(&server).await, 4);
    let sleeps = clock.sleeps();
    assert_eq!(sleeps.len(), 3);
    // Full jitter: each wait is below its doubling bound (200, 400, 800 ms).
    for (wait, bound) in sleeps.iter().zip([200u64, 400, 800]) {
        assert!(*wait <= Duration::from_millis(bound), "{sleeps:?}");
    }
}

#[tokio::test]
async fn patch_server_error_not_retried_unless_opted_in() {
    let server = MockServer::start().await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = client(&server, &clock).await;
    let response = client
        .send(client.request(&PATCH_ITEM, &["item"]))
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(count(&server).await, 1);

    let opted_in = client.with_config(|c| c.with_retry_non_idempotent(true));
    assert!(opted_in.config().retry_non_idempotent);
    assert!(!client.config().retry_non_idempotent);
    opted_in
        .send(opted_in.request(&PATCH_ITEM, &["item"]))
        .await
        .unwrap();
    assert_eq!(count(&server).await, 1 + 3);
}

#[tokio::test]
async fn connection_errors_are_transport_errors_without_the_url() {
    // A port nothing listens on: bind, read the port, close.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let clock = ManualClock::new();
    let client = client_runtime::ClientBuilder::new(None)
        .base_url(format!("http://127.0.0.1:{port}"))
        .clock(clock.clone())
        .api_key("k", client_runtime::Secret::new("key-in-query"))
        .build()
        .unwrap();
    static KEYED: Operation = Operation {
        id: "keyed",
        method: Method::GET,
        path: "/item",
        security: &[&[client_runtime::Scheme {
            name: "k",
            kind: client_runtime::SchemeKind::ApiKey {
                location: client_runtime::KeyLocation::Query,
                param: "key",
            },
        }]],
    };
    let err = client
        .send(client.request(&KEYED, &["item"]))
        .await
        .unwrap_err();
    let client_runtime::SendError::Transport(transport) = err else {
        panic!("expected a transport error, got {err:?}");
    };
    assert!(transport.is_connect());
    let shown = format!("{transport} {transport:?}");
    assert!(!shown.contains("key-in-query"), "{shown}");
    // GET is idempotent: the connection was tried max_attempts times.
    assert_eq!(clock.sleeps().len(), 2);
}

/// The per-operation error enum generated code would declare.
#[derive(Debug)]
enum GetItemError {
    NotFound(TypedResponse<serde_json::Value>),
    Unknown(ResponseContent),
}

fn get_item_error(content: ResponseContent) -> GetItemError {
    match content.status().as_u16() {
        404 => GetItemError::NotFound(content.typed()),
        _ => GetItemError::Unknown(content),
    }
}

#[derive(Debug, serde::Deserialize, PartialEq)]
struct Item {
    id: u32,
}

/// A generated client: a newtype with the transport's settings and the operations as
/// methods.
struct Api(Client);

impl Api {
    fn base_url(&self) -> &reqwest::Url {
        self.0.base_url()
    }

    fn config(&self) -> &client_runtime::Config {
        self.0.config()
    }

    fn with_config(
        &self,
        change: impl FnOnce(client_runtime::Config) -> client_runtime::Config,
    ) -> Self {
        Api(self.0.with_config(change))
    }

    async fn get_item(
        &self,
        id: &str,
    ) -> Result<client_runtime::Response<Item>, Error<GetItemError>> {
        let req = self.0.request(&GET_ITEM, &["item", id]);
        let content = self.0.send(req).await?;
        content.finish(ResponseContent::decode_json, get_item_error)
    }
}

#[tokio::test]
async fn finish_decodes_success_and_maps_errors() {
    let server = MockServer::start().await;
    Mock::given(path("/item/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": 1})))
        .mount(&server)
        .await;
    Mock::given(path("/item/2"))
        .respond_with(
            ResponseTemplate::new(404).set_body_json(serde_json::json!({"message": "gone"})),
        )
        .mount(&server)
        .await;
    Mock::given(path("/item/3"))
        .respond_with(ResponseTemplate::new(200).set_body_string("{not json"))
        .mount(&server)
        .await;
    Mock::given(path("/item/4"))
        .respond_with(ResponseTemplate::new(418))
        .mount(&server)
        .await;
    let api = Api(client(&server, &ManualClock::new()).await);
    let api = api.with_config(|c| c.with_max_attempts(1));
    assert_eq!(api.config().max_attempts, 1);
    assert_eq!(api.base_url().as_str(), format!("{}/", server.uri()));

    let item = api.get_item("1").await.unwrap();
    assert_eq!(item.status(), 200);
    assert_eq!(item.body(), &Item { id: 1 });

    match api.get_item("2").await {
        Err(Error::Api(GetItemError::NotFound(typed))) => {
            assert_eq!(typed.body.unwrap()["message"], "gone");
            assert_eq!(typed.content.status(), 404);
        }
        other => panic!("expected NotFound, got {other:?}"),
    }

    match api.get_item("3").await {
        Err(Error::Decode(decode)) => {
            assert_eq!(decode.response().body().as_ref(), b"{not json");
            assert_eq!(decode.response().status(), 200);
            assert!(!decode.message().is_empty());
        }
        other => panic!("expected a decode error, got {other:?}"),
    }

    match api.get_item("4").await {
        Err(Error::Api(GetItemError::Unknown(content))) => assert_eq!(content.status(), 418),
        other => panic!("expected Unknown, got {other:?}"),
    }
}

#[tokio::test]
async fn other_decoders() {
    let server = MockServer::start().await;
    Mock::given(path("/item"))
        .respond_with(ResponseTemplate::new(200).set_body_string("plain text"))
        .mount(&server)
        .await;
    let client = client(&server, &ManualClock::new()).await;
    let send = || client.send(client.request(&GET_ITEM, &["item"]));
    let text = send().await.unwrap().decode_text().unwrap();
    assert_eq!(text.into_body(), "plain text");
    let bytes = send().await.unwrap().decode_bytes().unwrap();
    assert_eq!(bytes.body().as_ref(), b"plain text");
    let empty = send().await.unwrap().decode_empty().unwrap();
    assert_eq!(empty.status(), 200);
    let err: Error<()> = send()
        .await
        .unwrap()
        .decode_json::<Item>()
        .unwrap_err()
        .into();
    assert!(matches!(err, Error::Decode(_)));
}

static CREATE_ORDER: Operation = Operation {
    id: "createOrder",
    method: Method::POST,
    path: "/orders",
    security: &[],
};

/// A POST is not retried after a 5xx (it may have been applied), unless it carries an
/// idempotency key: then it is, with the same key, so the server applies it once.
#[tokio::test]
async fn a_post_with_an_idempotency_key_is_retried_with_the_same_key() {
    let server = MockServer::start().await;
    Mock::given(path("/orders"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/orders"))
        .respond_with(ResponseTemplate::new(201))
        .mount(&server)
        .await;
    let clock = ManualClock::new();
    let client = client(&server, &clock).await;
    let mut request = client.request(&CREATE_ORDER, &["orders"]);
    request.idempotency_key("Idempotency-Key", None).unwrap();
    let response = client.send(request).await.unwrap();
    assert_eq!(response.status(), 201);
    let received = common::received(&server).await;
    assert_eq!(received.len(), 2, "503, then the retry");
    let keys: Vec<&str> = received
        .iter()
        .map(|r| r.headers.get("idempotency-key").unwrap().to_str().unwrap())
        .collect();
    assert_eq!(keys[0], keys[1]);
    // A version 4 UUID, made per call.
    let key = uuid::Uuid::parse_str(keys[0]).unwrap();
    assert_eq!(key.get_version_num(), 4);

    // The caller's own key is sent as given; a second call gets its own new key.
    server.reset().await;
    Mock::given(path("/orders"))
        .respond_with(ResponseTemplate::new(201))
        .mount(&server)
        .await;
    let mut request = client.request(&CREATE_ORDER, &["orders"]);
    request
        .idempotency_key("Idempotency-Key", Some("order-42"))
        .unwrap();
    client.send(request).await.unwrap();
    let mut request = client.request(&CREATE_ORDER, &["orders"]);
    request.idempotency_key("Idempotency-Key", None).unwrap();
    client.send(request).await.unwrap();
    let received = common::received(&server).await;
    assert_eq!(
        received[0].headers.get("idempotency-key").unwrap(),
        "order-42"
    );
    assert_ne!(
        received[1]
            .headers
            .get("idempotency-key")
            .unwrap()
            .to_str()
            .unwrap(),
        keys[0]
    );

    // Without a key, the same 503 ends the call: the POST may have been applied.
    server.reset().await;
    Mock::given(path("/orders"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let response = client
        .send(client.request(&CREATE_ORDER, &["orders"]))
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(common::received(&server).await.len(), 1);
}
