//! Contract test: every operation, called with the spec's documented examples, is accepted
//! by Prism (a third-party mock server) serving `spec/connectid.yaml` with request
//! validation. `.ci/run` installs and starts Prism and runs this with `--ignored`; run it
//! by hand the same way, with `PRISM_URL` pointing at the server.
//!
//! Hand-written: the generator owns only files whose first line says `@generated`.

use connectid::models::{
    CancelSharingRequest, DeclineChangeType, DeclineShareRequest, DeclineShareStatus,
    ShareInvitationRequest, ShareStatus,
};
use connectid::{Client, ClientBuilder, Error};

fn prism() -> Client {
    let url = std::env::var("PRISM_URL")
        .expect("PRISM_URL names the Prism mock server, e.g. http://127.0.0.1:4010");
    ClientBuilder::new()
        .base_url(url)
        .bearer_token("contract-test")
        .build()
        .expect("client builds")
}

#[tokio::test]
#[ignore = "needs a Prism mock server: .ci/run starts one and runs this with --ignored"]
async fn every_operation_with_its_documented_example_is_accepted() {
    let client = prism();

    let declined = client
        .decline_share_client_mode(&DeclineShareRequest::new(
            "32479VSA",
            DeclineChangeType::Decline,
        ))
        .await
        .expect("decline accepted");
    assert_eq!(declined.status, DeclineShareStatus::Value5);

    let sent = client
        .send_subscription_share_invitation(&ShareInvitationRequest::new(
            "kari.nordmann@gmail.com",
            "A",
            "CO27409",
        ))
        .await
        .expect("send accepted");
    assert_eq!(sent.status, ShareStatus::ShareOk);

    let rules = client
        .list_shareable_subscription_rules("NAT")
        .await
        .expect("rules accepted")
        .into_inner();
    assert_eq!(rules.customer_product_share_rules.map(|r| r.len()), Some(1));

    let cancelled = client
        .cancel_sharing(&CancelSharingRequest::new("123AFDG", "CANCEL"))
        .await
        .expect("cancel accepted");
    assert_eq!(cancelled.status, ShareStatus::SharingEnded);
}

/// The negative control: Prism really validates, so the test above means something.
#[tokio::test]
#[ignore = "needs a Prism mock server: .ci/run starts one and runs this with --ignored"]
async fn prism_rejects_a_request_the_spec_forbids() {
    let client = prism();
    // Open enums let a caller send a value the spec does not list; the spec forbids it.
    let err = client
        .decline_share_client_mode(&DeclineShareRequest::new(
            "32479VSA",
            DeclineChangeType::from("ACCEPT"),
        ))
        .await
        .expect_err("Prism must reject changeType ACCEPT");
    assert!(matches!(err, Error::Api(_)), "{err:?}");
}
