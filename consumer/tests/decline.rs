//! The application's tests, written as a consumer of `connectid` writes them: with the
//! crate's `mock` feature and nothing else (no raw paths, no hand-written JSON).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use connectid::mock::{DeclineShareClientMode, ListShareableSubscriptionRules, MockServer, Reply};
use connectid::models::{
    DeclineChangeType, DeclineShareRequest, DeclineShareResponse, DeclineShareStatus,
    ShareRulesResponse,
};
use connectid::{Client, Config, ManualClock};
use connectid_consumer::{Outcome, Problem, decline, decline_invitation, shareable_rules};
use std::time::Duration;

fn client(server: &MockServer) -> Client {
    server
        .client_builder()
        .build()
        .expect("the mock's client builds")
}

fn declined() -> DeclineShareResponse {
    DeclineShareResponse::new(DeclineShareStatus::Value5)
}

#[tokio::test]
async fn a_decline_answered_with_status_5_is_declined() {
    let server = MockServer::start().await;
    server
        .on::<DeclineShareClientMode>()
        .body(|request| request.share_code == "32479VSA")
        .times(1)
        .respond_with(Reply::ok(declined()))
        .await;

    let outcome = decline_invitation(&client(&server), " 32479VSA ").await;

    assert_eq!(outcome, Ok(Outcome::Declined));
    // The request the application sent, read back as the crate's own type.
    let received = server.received::<DeclineShareClientMode>().await;
    assert_eq!(received.len(), 1);
    let body = received[0].body.as_ref().expect("a body the API accepts");
    assert_eq!(
        body,
        &DeclineShareRequest::new("32479VSA", DeclineChangeType::Decline)
    );
    assert!(
        received[0]
            .header("authorization")
            .is_some_and(|h| h.starts_with("Bearer mock-access-token-"))
    );
    // Client mode: the client fetched its token from the mock's token endpoint.
    assert_eq!(server.token_requests(), 1);
}

#[tokio::test]
async fn a_429_is_waited_out_and_then_the_decline_goes_through() {
    let server = MockServer::start().await;
    server
        .on::<DeclineShareClientMode>()
        .up_to(1)
        .times(1)
        .respond_with(DeclineShareClientMode::too_many_requests().retry_after(2))
        .await;
    server
        .on::<DeclineShareClientMode>()
        .times(1)
        .respond_with(Reply::ok(declined()))
        .await;
    let clock = ManualClock::new();
    let client = server
        .client_builder()
        .clock(clock.clone())
        .build()
        .expect("client");

    let outcome = decline_invitation(&client, "32479VSA").await;

    assert_eq!(outcome, Ok(Outcome::Declined));
    // The client waited what `Retry-After` asked (plus at most 10% jitter), on the test's
    // clock: the test itself did not sleep.
    let waits = clock.sleeps();
    assert_eq!(waits.len(), 1, "{waits:?}");
    assert!(waits[0] >= Duration::from_secs(2) && waits[0] <= Duration::from_millis(2200));
    assert_eq!(server.received::<DeclineShareClientMode>().await.len(), 2);
}

#[tokio::test]
async fn rate_limiting_that_outlasts_the_retries_means_try_later() {
    let server = MockServer::start().await;
    server
        .on::<DeclineShareClientMode>()
        .times(2)
        .respond_with(DeclineShareClientMode::too_many_requests().retry_after(1))
        .await;
    let client = server
        .client_builder()
        .clock(ManualClock::new())
        .config(Config::default().with_max_attempts(2))
        .build()
        .expect("client");

    assert_eq!(
        decline_invitation(&client, "32479VSA").await,
        Ok(Outcome::TryLater)
    );
}

#[tokio::test]
async fn a_400_is_shown_as_refused() {
    let server = MockServer::start().await;
    server
        .on::<DeclineShareClientMode>()
        .times(1)
        .respond_with(DeclineShareClientMode::bad_request())
        .await;

    assert_eq!(
        decline_invitation(&client(&server), "USED-CODE").await,
        Ok(Outcome::Refused)
    );
}

#[tokio::test]
async fn a_token_endpoint_that_refuses_the_client_is_reported_and_the_api_never_called() {
    let server = MockServer::start().await;
    server.fail_token_requests(10, 401, "invalid_client");
    server
        .on::<DeclineShareClientMode>()
        .times(0)
        .respond_with(Reply::ok(declined()))
        .await;

    let outcome = decline_invitation(&client(&server), "32479VSA").await;

    match outcome {
        Err(Problem::NotAuthorized(message)) => {
            assert!(message.contains("invalid_client"), "{message}")
        }
        other => panic!("expected NotAuthorized, got {other:?}"),
    }
    assert!(server.token_requests() >= 1);
    assert!(server.received::<DeclineShareClientMode>().await.is_empty());
}

#[tokio::test]
async fn a_too_long_share_code_is_refused_before_sending_and_by_the_mock() {
    let server = MockServer::start().await;
    server
        .on::<DeclineShareClientMode>()
        .times(0)
        .respond_with(Reply::ok(declined()))
        .await;
    let code = "X".repeat(256);

    // The generated client checks `maxLength: 255` itself: nothing is sent.
    let outcome = decline_invitation(&client(&server), &code).await;
    assert!(
        matches!(&outcome, Err(Problem::Invalid(m)) if m.contains("shareCode")),
        "{outcome:?}"
    );
    assert!(server.received::<DeclineShareClientMode>().await.is_empty());

    // Code that bypasses the client (another service, an older client) meets the same
    // rule at the mock, as it would at the API: 400, and the refusal says why.
    let answer = reqwest::Client::new()
        .patch(format!(
            "{}/v1/client/subscription/share/invitation",
            server.uri()
        ))
        .header(
            "authorization",
            format!("Bearer {}", connectid::mock::MOCK_BEARER_TOKEN),
        )
        .header("content-type", "application/json")
        .body(format!(
            r#"{{"shareCode":"{code}","changeType":"DECLINE"}}"#
        ))
        .send()
        .await
        .expect("the mock answers");
    assert_eq!(answer.status().as_u16(), 400);
    let rejections = server.rejections();
    assert_eq!(rejections.len(), 1);
    assert_eq!(rejections[0].operation, "declineShareClientMode");
    assert!(
        rejections[0].reason.contains("shareCode"),
        "{:?}",
        rejections[0]
    );
    assert!(
        rejections[0].reason.contains("at most 255"),
        "{:?}",
        rejections[0]
    );
}

#[tokio::test]
async fn a_change_type_the_api_does_not_know_is_refused_by_the_mock() {
    let server = MockServer::start().await;
    // The client keeps enum values it does not know (the server may be newer), so it
    // sends this; the API, and so the mock, refuses it.
    let request = DeclineShareRequest::new("32479VSA", DeclineChangeType::from("ACCEPT"));

    let outcome = decline(&client(&server), &request).await;

    assert_eq!(outcome, Ok(Outcome::Refused));
    let rejection = &server.rejections()[0];
    assert_eq!(rejection.status, 400);
    assert!(
        rejection.reason.contains("`ACCEPT` is not one of"),
        "{rejection:?}"
    );
    assert!(rejection.reason.contains("`DECLINE`"), "{rejection:?}");
}

#[tokio::test]
async fn a_request_no_expectation_matches_is_reported_with_the_reason() {
    let server = MockServer::start().await;
    server
        .on::<DeclineShareClientMode>()
        .body(|request| request.share_code == "EXPECTED")
        .respond_with(Reply::ok(declined()))
        .await;

    let outcome = decline_invitation(&client(&server), "SOMETHING-ELSE").await;

    // The mock answers 404, which the operation does not document.
    assert!(
        matches!(
            outcome,
            Err(Problem::Failed {
                operation: "declineShareClientMode",
                status: 404,
                declared: false,
                ..
            })
        ),
        "{outcome:?}"
    );
    // Taking the report keeps this test from failing when the server is dropped; a test
    // that did not expect it would fail with this message.
    let unanswered = server.take_unanswered();
    assert_eq!(unanswered.len(), 1, "{unanswered:?}");
    assert!(
        unanswered[0].contains("declineShareClientMode"),
        "{}",
        unanswered[0]
    );
    assert!(
        unanswered[0].contains("body predicate returned false"),
        "{}",
        unanswered[0]
    );
}

#[tokio::test]
async fn calls_built_from_short_lived_inputs_are_stored_and_sent_when_awaited() {
    let server = MockServer::start().await;
    server
        .on::<ListShareableSubscriptionRules>()
        .times(2)
        .respond_with(Reply::ok(ShareRulesResponse::default()))
        .await;
    let client = client(&server);

    // Each call is built from a code that is gone before it is awaited: the future owns
    // its request and borrows only the client, and it is `Send` and `Unpin`.
    let pending: Vec<connectid::Sending<'_, ShareRulesResponse, _>> = ["DAB", "NTB"]
        .iter()
        .map(|product| {
            let code = String::from(*product);
            client.list_shareable_subscription_rules(&code)
        })
        .collect();
    fn send_and_unpin<F: std::future::Future + Send + Unpin>(_: &F) {}
    send_and_unpin(&pending[0]);
    assert!(
        server
            .received::<ListShareableSubscriptionRules>()
            .await
            .is_empty(),
        "nothing is sent before the first poll"
    );

    for call in pending {
        call.await.expect("the mock answers");
    }
    let received = server.received::<ListShareableSubscriptionRules>().await;
    let codes: Vec<_> = received
        .iter()
        .map(|r| r.path_param("productCode").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(codes, ["DAB", "NTB"]);
}

#[tokio::test]
async fn user_mode_calls_refresh_a_rejected_token_at_the_mock_token_endpoint() {
    let server = MockServer::start().await;
    server
        .on::<ListShareableSubscriptionRules>()
        .path_param("productCode", "DAB")
        .times(2)
        .respond_with(Reply::ok(ShareRulesResponse::default()))
        .await;
    let client = client(&server);

    shareable_rules(&client, "DAB")
        .await
        .expect("the user's initial token works");
    assert_eq!(server.token_requests(), 0);

    // The token is revoked (as when it expires early): the API answers 401, the client
    // refreshes with the user's refresh token and repeats the call.
    server.revoke_tokens();
    shareable_rules(&client, "DAB")
        .await
        .expect("the refreshed token works");
    assert_eq!(server.token_requests(), 1);
    let rejections = server.rejections();
    assert_eq!(rejections.len(), 1);
    assert_eq!(rejections[0].status, 401);
}

#[tokio::test]
async fn every_operation_s_errors_go_through_the_one_handler() {
    let server = MockServer::start().await;
    server
        .on::<ListShareableSubscriptionRules>()
        .respond_with(ListShareableSubscriptionRules::internal_server_error())
        .await;
    server
        .on::<DeclineShareClientMode>()
        .respond_with(DeclineShareClientMode::internal_server_error())
        .await;
    let client = client(&server).with_config(|c| c.with_max_attempts(1));

    let rules = shareable_rules(&client, "DAB").await;
    let declined = decline_invitation(&client, "32479VSA").await;

    for (outcome, operation) in [
        (rules.map(drop), "listShareableSubscriptionRules"),
        (declined.map(drop), "declineShareClientMode"),
    ] {
        match outcome {
            Err(Problem::Failed {
                operation: op,
                status: 500,
                declared: true,
                ..
            }) => assert_eq!(op, operation),
            other => panic!("expected a declared 500 of `{operation}`, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn a_test_that_forgets_an_expectation_fails_with_the_operation_named() {
    let server = MockServer::start().await;
    let _ = decline_invitation(&client(&server), "32479VSA").await;

    // Dropping the server would fail the test with this message, naming the operation the
    // request was for; taking it reads it instead.
    let unanswered = server.take_unanswered();
    assert_eq!(unanswered.len(), 1, "{unanswered:?}");
    assert!(
        unanswered[0].contains("is operation `declineShareClientMode`, which has no expectation"),
        "{}",
        unanswered[0]
    );
}

#[tokio::test]
async fn an_expected_call_that_never_comes_fails_the_test() {
    let server = MockServer::start().await;
    server
        .on::<DeclineShareClientMode>()
        .times(1)
        .respond_with(Reply::ok(declined()))
        .await;

    // `verify()` or dropping the server would fail the test with this message; taking it
    // reads it instead.
    let unmet = server.take_unmet();
    assert_eq!(
        unmet,
        ["expectation 1 of `declineShareClientMode` was to answer 1 request(s) and answered 0"]
    );
    // Taken, the failure no longer fails the test.
    server.verify().await;
}
