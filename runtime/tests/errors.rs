//! Errors as callers read them: every error chain names each layer once (a wrapper shows
//! its inner error and passes on that error's source, never both), and `Error<E>` with the
//! `ApiError` trait lets one handler serve the errors of every operation.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use client_runtime::{
    ApiError, Client, ClientBuilder, Error, ManualClock, Method, Operation, ResponseContent,
    Scheme, SchemeKind, Secret, StatusCode, TokenEndpoint, TypedResponse,
};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

const OAUTH: Scheme = Scheme {
    name: "oauth",
    kind: SchemeKind::Bearer,
};
static GET_ITEM: Operation = Operation {
    id: "getItem",
    method: Method::GET,
    path: "/item/{id}",
    security: &[],
};
static GET_SECRET: Operation = Operation {
    id: "getSecret",
    method: Method::GET,
    path: "/secret",
    security: &[&[OAUTH]],
};

/// An operation's error enum as the generator writes it.
#[derive(Debug)]
enum GetItemError {
    NotFound(TypedResponse<Problem>),
    UnexpectedStatus(ResponseContent),
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct Problem {
    message: String,
}

impl GetItemError {
    fn from_response(response: ResponseContent) -> Self {
        match response.status().as_u16() {
            404 => GetItemError::NotFound(response.typed()),
            _ => GetItemError::UnexpectedStatus(response),
        }
    }
}

impl std::fmt::Display for GetItemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`getItem` failed with status {}", self.status())
    }
}

impl std::error::Error for GetItemError {}

impl ApiError for GetItemError {
    fn response(&self) -> &ResponseContent {
        match self {
            GetItemError::NotFound(r) => &r.content,
            GetItemError::UnexpectedStatus(r) => r,
        }
    }

    fn is_declared(&self) -> bool {
        !matches!(self, GetItemError::UnexpectedStatus(_))
    }

    fn typed_body(&self) -> Option<&(dyn std::any::Any + Send + Sync)> {
        match self {
            GetItemError::NotFound(r) => r.body.as_deref().map(|b| b as _),
            GetItemError::UnexpectedStatus(_) => None,
        }
    }
}

async fn get_item(client: &Client, id: &str) -> Result<serde_json::Value, Error<GetItemError>> {
    let response = client
        .send(client.request(&GET_ITEM, &["item", id]))
        .await?;
    response
        .finish(ResponseContent::decode_json, GetItemError::from_response)
        .map(client_runtime::Response::into_body)
}

async fn get_secret(client: &Client) -> Result<(), Error<GetItemError>> {
    let response = client
        .send(client.request(&GET_SECRET, &["secret"]))
        .await?;
    response
        .finish(ResponseContent::decode_empty, GetItemError::from_response)
        .map(drop)
}

/// The text of each layer of an error chain, outermost first.
fn chain(error: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut layers = vec![error.to_string()];
    let mut source = error.source();
    while let Some(e) = source {
        layers.push(e.to_string());
        source = e.source();
    }
    layers
}

/// The chain as `anyhow`'s `{:#}` prints it, checked to name every layer once.
fn assert_each_layer_once(error: &(dyn std::error::Error + 'static)) -> String {
    let layers = chain(error);
    let printed = layers.join(": ");
    for layer in &layers {
        assert_eq!(
            printed.matches(layer.as_str()).count(),
            1,
            "`{layer}` is printed more than once in `{printed}`"
        );
    }
    printed
}

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn client_at(base_url: &str) -> ClientBuilder {
    ClientBuilder::new(None)
        .base_url(base_url)
        .clock(ManualClock::new())
        .config(client_runtime::Config::default().with_max_attempts(1))
}

#[tokio::test]
async fn a_transport_error_chain_names_each_layer_once() {
    let client = client_at(&format!("http://127.0.0.1:{}", closed_port()))
        .build()
        .unwrap();
    let err = get_item(&client, "1").await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    let printed = assert_each_layer_once(&err);
    assert!(
        printed.starts_with("`getItem` (/item/{id}) failed in transport"),
        "{printed}"
    );
    assert!(
        chain(&err).len() > 1,
        "the causes below reqwest are kept: {printed}"
    );
    assert_eq!(err.status(), None);
    assert!(err.response().is_none() && err.raw_body().is_none() && err.api_error().is_none());
}

#[tokio::test]
async fn a_token_endpoint_that_cannot_be_reached_is_named_once() {
    let token_url = format!("http://127.0.0.1:{}/token", closed_port());
    let client = client_at("http://127.0.0.1:9")
        .token_url(token_url)
        .client_credentials(
            "oauth",
            TokenEndpoint {
                token_url: "https://login.example/token",
                scopes: &[],
            },
            "app".into(),
            Secret::new("app-secret"),
        )
        .build()
        .unwrap();
    let err = get_secret(&client).await.unwrap_err();
    assert!(matches!(err, Error::Auth(_)), "{err:?}");
    let printed = assert_each_layer_once(&err);
    assert!(
        printed.starts_with("could not get credentials"),
        "{printed}"
    );
}

#[tokio::test]
async fn api_and_decode_errors_have_status_body_and_one_handler() {
    let server = MockServer::start().await;
    Mock::given(path("/item/1"))
        .respond_with(
            ResponseTemplate::new(404).set_body_json(serde_json::json!({"message": "gone"})),
        )
        .mount(&server)
        .await;
    Mock::given(path("/item/2"))
        .respond_with(ResponseTemplate::new(503).set_body_string("down"))
        .mount(&server)
        .await;
    Mock::given(path("/item/3"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("{not json", "application/json"))
        .mount(&server)
        .await;
    let client = common::builder(&server, &ManualClock::new())
        .config(client_runtime::Config::default().with_max_attempts(1))
        .build()
        .unwrap();

    /// One handler for every operation's errors.
    fn report<E: ApiError>(error: &Error<E>) -> (Option<StatusCode>, bool, String) {
        let declared = error.api_error().is_some_and(ApiError::is_declared);
        let body = error
            .raw_body()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        (error.status(), declared, body)
    }

    let not_found = get_item(&client, "1").await.unwrap_err();
    assert_each_layer_once(&not_found);
    assert_eq!(
        not_found.to_string(),
        "`getItem` failed with status 404 Not Found"
    );
    assert_eq!(
        report(&not_found),
        (
            Some(StatusCode::NOT_FOUND),
            true,
            r#"{"message":"gone"}"#.into()
        )
    );
    let api = not_found.api_error().unwrap();
    let typed = api.typed_body().and_then(|b| b.downcast_ref::<Problem>());
    assert_eq!(typed.map(|p| p.message.as_str()), Some("gone"));
    assert_eq!(api.body_as::<Problem>().unwrap().message, "gone");
    assert_eq!(api.operation(), "getItem");

    let unexpected = get_item(&client, "2").await.unwrap_err();
    assert_eq!(
        report(&unexpected),
        (Some(StatusCode::SERVICE_UNAVAILABLE), false, "down".into())
    );
    let owned = unexpected.into_api_error().unwrap();
    assert!(owned.typed_body().is_none() && owned.body_as::<Problem>().is_err());
    // The trait is object-safe: errors of different operations fit in one collection.
    let boxed: Vec<Box<dyn ApiError>> = vec![Box::new(owned)];
    assert_eq!(boxed[0].status(), StatusCode::SERVICE_UNAVAILABLE);

    let decode = get_item(&client, "3").await.unwrap_err();
    assert!(matches!(decode, Error::Decode(_)), "{decode:?}");
    assert_each_layer_once(&decode);
    assert_eq!(
        report(&decode),
        (Some(StatusCode::OK), false, "{not json".into())
    );
    assert!(decode.into_api_error().is_none());
    assert_eq!(common::received(&server).await.len(), 3, "no retries");
}

#[tokio::test]
async fn a_login_whose_token_endpoint_is_down_is_named_once() {
    let token_url = format!("http://127.0.0.1:{}/token", closed_port());
    let login = ClientBuilder::new(None).token_url(token_url).login(
        client_runtime::AuthorizationEndpoint {
            authorize_url: "https://login.example/authorize",
            token_url: "https://login.example/token",
            scopes: &[],
        },
        "app".into(),
        None,
        "http://localhost/callback".into(),
    );
    let (_, pending) = login.authorize_url().unwrap();
    let err = pending.exchange("code", pending.state()).await.unwrap_err();
    let printed = assert_each_layer_once(&err);
    assert!(printed.contains("could not be reached"), "{printed}");
}
