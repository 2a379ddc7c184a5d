//! The generated client against a real HTTP server (wiremock on loopback).
//!
//! Hand-written: the generator owns only files whose first line says `@generated`.

use connectid::error::DeclineShareClientModeError;
use connectid::models::{DeclineChangeType, DeclineShareRequest, DeclineShareStatus};
use connectid::{Client, ClientBuilder, Error};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "test-token-3f9a";
const PATH: &str = "/capi/v1/client/subscription/share/invitation";

/// A server mounted under `/capi`, as the production base URL is.
async fn server() -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .bearer_token(TOKEN)
        .build()
        .expect("client builds");
    (server, client)
}

fn documented_request() -> DeclineShareRequest {
    DeclineShareRequest::new("32479VSA", DeclineChangeType::Decline)
}

#[tokio::test]
async fn sends_the_documented_request_and_decodes_the_documented_response() {
    let (server, client) = server().await;
    Mock::given(method("PATCH"))
        .and(path(PATH))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header("content-type", "application/json"))
        .and(body_json(
            serde_json::json!({"shareCode": "32479VSA", "changeType": "DECLINE"}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"status": "5"})))
        .expect(1)
        .mount(&server)
        .await;

    let response = client
        .decline_share_client_mode(&documented_request())
        .await
        .expect("200 decodes");
    assert_eq!(response.body().status, DeclineShareStatus::Value5);
    assert_eq!(response.body().status.as_str(), "5");
}

#[tokio::test]
async fn keeps_a_status_value_the_spec_does_not_list() {
    let (server, client) = server().await;
    Mock::given(method("PATCH"))
        .and(path(PATH))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"status": "REQUEST_DECLINED", "extra": 1})),
        )
        .mount(&server)
        .await;

    let response = client
        .decline_share_client_mode(&documented_request())
        .await
        .expect("unknown value is kept");
    assert_eq!(
        response.body().status,
        DeclineShareStatus::Unknown("REQUEST_DECLINED".into())
    );
    assert_eq!(response.body().status.to_string(), "REQUEST_DECLINED");
}

#[tokio::test]
async fn maps_each_documented_error_status_to_its_variant_and_keeps_the_response() {
    for status in [400u16, 429, 500] {
        let (server, client) = server().await;
        let body = format!("{{\"errorMessage\":\"failed with {status}\"}}");
        Mock::given(method("PATCH"))
            .and(path(PATH))
            .respond_with(
                ResponseTemplate::new(status)
                    .insert_header("x-ratelimit-remaining", "0")
                    .set_body_string(body.clone()),
            )
            .mount(&server)
            .await;

        let err = client
            .decline_share_client_mode(&documented_request())
            .await
            .expect_err("error status");
        let Error::Api(api) = err else {
            panic!("{status}: expected Error::Api, got {err:?}")
        };
        let matches_variant = match status {
            400 => matches!(api, DeclineShareClientModeError::BadRequest(_)),
            429 => matches!(api, DeclineShareClientModeError::TooManyRequests(_)),
            _ => matches!(api, DeclineShareClientModeError::InternalServerError(_)),
        };
        assert!(matches_variant, "{status} mapped to {api:?}");
        let response = api.response();
        assert_eq!(response.status().as_u16(), status);
        assert_eq!(response.text(), body);
        assert_eq!(response.headers()["x-ratelimit-remaining"], "0");
        assert!(api.to_string().contains(&status.to_string()));
    }
}

#[tokio::test]
async fn an_undeclared_status_is_unexpected_not_a_panic() {
    let (server, client) = server().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(418).set_body_string("teapot"))
        .mount(&server)
        .await;

    let err = client
        .decline_share_client_mode(&documented_request())
        .await
        .expect_err("418");
    match err {
        Error::Api(DeclineShareClientModeError::UnexpectedStatus(r)) => {
            assert_eq!(r.status().as_u16(), 418);
            assert_eq!(r.text(), "teapot");
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
}

#[tokio::test]
async fn rejects_a_share_code_over_max_length_without_sending() {
    let (server, client) = server().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;

    // 255 characters is the documented limit; multi-byte characters count once.
    let at_limit = DeclineShareRequest::new("ø".repeat(255), DeclineChangeType::Decline);
    assert!(at_limit.validate().is_ok());
    let too_long = DeclineShareRequest::new("A".repeat(256), DeclineChangeType::Decline);
    let err = client
        .decline_share_client_mode(&too_long)
        .await
        .expect_err("256 characters");
    match err {
        Error::InvalidRequest(e) => {
            assert_eq!(e.field(), "body.shareCode");
            assert!(e.message().contains("at most 255"), "{}", e.message());
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    server.verify().await;
}

#[tokio::test]
async fn a_malformed_success_body_is_a_decode_error_that_keeps_the_body() {
    for body in [
        "{\"status\":",
        "{\"state\":\"5\"}",
        "",
        "[1,2]",
        "{\"status\":5}",
    ] {
        let (server, client) = server().await;
        Mock::given(method("PATCH"))
            .respond_with(ResponseTemplate::new(200).set_body_string(body))
            .mount(&server)
            .await;
        let err = client
            .decline_share_client_mode(&documented_request())
            .await
            .expect_err(body);
        match err {
            Error::Decode(e) => {
                assert_eq!(e.response().status().as_u16(), 200);
                assert_eq!(e.response().text(), body);
            }
            other => panic!("{body:?}: expected Decode, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn without_credentials_nothing_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let client = ClientBuilder::new()
        .base_url(server.uri())
        .build()
        .expect("client builds");

    let err = client
        .decline_share_client_mode(&documented_request())
        .await
        .expect_err("no token");
    match &err {
        Error::MissingCredentials(e) => {
            assert_eq!(e.operation(), "declineShareClientMode");
            assert_eq!(e.accepted(), vec![vec!["Client_Credentials"]]);
        }
        other => panic!("expected MissingCredentials, got {other:?}"),
    }
    assert!(err.to_string().contains("Client_Credentials"));
    server.verify().await;
}

#[tokio::test]
async fn a_connection_failure_is_a_transport_error() {
    // Bind and drop a listener so the port is very likely closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let client = ClientBuilder::new()
        .base_url(format!("http://127.0.0.1:{port}/capi"))
        .bearer_token(TOKEN)
        .build()
        .expect("client builds");
    let err = client
        .decline_share_client_mode(&documented_request())
        .await
        .expect_err("closed port");
    match &err {
        Error::Transport(e) => assert!(e.is_connect(), "{e}"),
        other => panic!("expected Transport, got {other:?}"),
    }
    assert!(!err.to_string().contains(TOKEN));
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let client = ClientBuilder::new()
        .bearer_token(TOKEN)
        .build()
        .expect("client builds");
    let debug = format!("{client:?}");
    assert!(!debug.contains(TOKEN), "{debug}");
    assert!(
        debug.contains("https://api.mediaconnect.no/capi"),
        "{debug}"
    );
    assert!(!format!("{:?}", connectid::Secret::new(TOKEN)).contains(TOKEN));
}

#[test]
fn the_base_url_defaults_to_the_spec_server_and_bad_ones_are_refused() {
    let client = ClientBuilder::new().build().expect("client builds");
    assert_eq!(
        client.base_url().as_str(),
        "https://api.mediaconnect.no/capi"
    );
    let err = ClientBuilder::new()
        .base_url("not a url")
        .build()
        .expect_err("invalid URL");
    assert!(err.to_string().contains("not a url"));
}

#[test]
fn enums_round_trip_through_json() {
    let request = documented_request();
    let json = serde_json::to_value(&request).expect("serializes");
    assert_eq!(
        json,
        serde_json::json!({"shareCode": "32479VSA", "changeType": "DECLINE"})
    );
    assert_eq!(
        DeclineShareStatus::VALUES,
        &["1", "2", "3", "4", "5", "6", "7"]
    );
    for value in DeclineShareStatus::VALUES {
        let parsed: DeclineShareStatus = value.parse().expect("infallible");
        assert!(!matches!(parsed, DeclineShareStatus::Unknown(_)), "{value}");
        assert_eq!(parsed.as_str(), *value);
    }
}
