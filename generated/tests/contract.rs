//! Contract test: every operation, called with the spec's documented examples, is accepted
//! by Prism (a third-party mock server) serving `spec/connectid.yaml` with request
//! validation. `.ci/run` installs and starts Prism and runs this with `--ignored`; run it
//! by hand the same way, with `PRISM_URL` pointing at the server.
//!
//! Hand-written: the generator owns only files whose first line says `@generated`.

use connectid::models::{
    AssignUserRequest, CancelSharingRequest, CheckAccessRequest, ConsentEventRequest,
    ConsentSubjectType, CredentialType, DeclineChangeType, DeclineShareRequest, DeclineShareStatus,
    InvoiceAmount, InvoiceNumber, OrderId, RegisterCustomerRequest, RegisterExternalIdRequest,
    SendMessageRequest, ShareInvitationRequest, ShareStatus, StartSubscriptionRequest,
};
use connectid::params::{
    ListConsentEventHistoryClientModeParams, ListConsentGivenIssuerParams,
    ListConsentTextHistoryClientModeParams, ListInvoiceDetailsParams,
    ListInvoicesAndRemindersForProductParams, ListInvoicesClientModeParams,
    ListInvoicesForProductClientModeParams,
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

fn check_access_example() -> CheckAccessRequest {
    CheckAccessRequest::default()
        .with_product("CO27409")
        .with_article_id("578943434")
        .with_domain("unite.no")
        .with_ip("127.0.0.1")
        .with_category_type("SWISJ")
        .with_access_azure_ad(true)
        .with_access_aid_family(true)
        .with_unique_id("6ba7b8149dad11d180b400c04fd430c8")
        .with_customer_number(563457)
        .with_credential("+4723339100")
}

/// The operations beyond Sharing, each with its documented example.
#[tokio::test]
#[ignore = "needs a Prism mock server: .ci/run starts one and runs this with --ignored"]
async fn every_further_operation_with_its_documented_example_is_accepted() {
    let client = prism();

    let access = client
        .check_access(&check_access_example())
        .await
        .expect("check access accepted");
    assert_eq!(access.access, Some(true));

    let access = client
        .check_access_client_mode(&check_access_example())
        .await
        .expect("check access (client mode) accepted");
    assert_eq!(access.accesses.as_ref().map(Vec::len), Some(2));

    let assigned = client
        .assign_user_client_mode(
            "14",
            &AssignUserRequest::new("+4712345678")
                .with_is_send_message(true)
                .with_return_url("www.mediaconect.no/...")
                .with_error_url("www.mediaconect.no/...")
                .with_link_lifetime(2)
                .with_override_client_id("no.mediaconnect"),
        )
        .await
        .expect("assign user accepted");
    assert_eq!(assigned.order_id, Some(OrderId::Integer(14)));

    client
        .list_invoices_client_mode(
            563457,
            &ListInvoicesClientModeParams::default()
                .with_from("2019-01-01")
                .with_to("2020-12-31"),
        )
        .await
        .expect("list invoices (client mode) accepted");

    let invoices = client
        .list_invoices_for_product_client_mode(
            563457,
            "CO27409",
            &ListInvoicesForProductClientModeParams::default().with_from("2019-01-01"),
        )
        .await
        .expect("list invoices for product accepted")
        .into_inner();
    let list = invoices.client_invoice_info_list.expect("list");
    assert_eq!(list[0].invoice_amount, Some(InvoiceAmount::Number(295.0)));

    let both = client
        .list_invoices_and_reminders_for_product(
            "CO27409",
            &ListInvoicesAndRemindersForProductParams::default()
                .with_unpaid(true)
                .with_from("2022-01-01")
                .with_to("2022-12-31"),
        )
        .await
        .expect("list invoices and reminders accepted")
        .into_inner();
    assert_eq!(
        both.reminders.expect("reminders")[0].invoice_number,
        Some(InvoiceNumber::Integer(7435367))
    );

    client
        .list_invoice_details(&ListInvoiceDetailsParams::new("5646903690", 7435367, 0))
        .await
        .expect("list invoice details accepted");

    let events = client
        .list_consent_event_history_client_mode(
            "468979834",
            &ConsentSubjectType::Connect,
            "563457",
            &ListConsentEventHistoryClientModeParams::default().with_only_active(true),
        )
        .await
        .expect("consent event history accepted");
    assert_eq!(events.subject.as_deref(), Some("563457"));

    let texts = client
        .list_consent_text_history_client_mode(
            "468979834",
            &ListConsentTextHistoryClientModeParams::default()
                .with_consent_group_id(1)
                .with_consent_id(1)
                .with_target("editoral")
                .with_scope("email")
                .with_only_active(true),
        )
        .await
        .expect("consent text history accepted");
    assert_eq!(texts.issuer.as_deref(), Some("468979834"));

    let consents = client
        .list_consent_given_issuer(
            "468979834",
            &ListConsentGivenIssuerParams::default()
                .with_consent_group_id(1)
                .with_only_active(true),
        )
        .await
        .expect("consents accepted");
    assert_eq!(consents.consents.as_ref().map(Vec::len), Some(1));

    let event = client
        .register_consent_event_client_mode(
            &ConsentEventRequest::new("563457", "CONNECT", true)
                .with_consent_id(1)
                .with_consent_target("editoral")
                .with_consent_scope("telephone")
                .with_source("Selfservice")
                .with_event_time(1560277312000)
                .with_data("dHJ1ZQ=="),
        )
        .await
        .expect("register consent event accepted");
    assert_eq!(event.consent_event_id, Some(1));

    let registered = client
        .register_external_id_client_mode(&RegisterExternalIdRequest::new(
            "59cb6372-d3db-11e5-ab30-625662870761",
            CredentialType::D,
        ))
        .await
        .expect("register external id accepted");
    assert_eq!(registered.customer_number, Some(327492));

    let customer = client
        .register_customer_client_mode(&RegisterCustomerRequest::new(
            "59cb6372-d3db-11e5-ab30-625662870761",
            CredentialType::D,
            327492,
        ))
        .await
        .expect("register customer accepted");
    assert_eq!(customer.new_user, Some(true));

    let sent = client
        .send_message(
            &SendMessageRequest::new("CO27409", "Cancel my subscription")
                .with_case_type("B")
                .with_message_subject("cancel"),
        )
        .await
        .expect("send message accepted");
    assert_eq!(sent.messages.as_ref().map(Vec::len), Some(2));

    let messages = client
        .list_messages()
        .await
        .expect("list messages accepted");
    assert_eq!(messages.messages.as_ref().map(Vec::len), Some(1));

    let started = client
        .start_subscription(
            &StartSubscriptionRequest::default()
                .with_company_code("468979834")
                .with_product("CO27409")
                .with_start_time(1560336440000)
                .with_end_time(1591958840000)
                .with_copies("1")
                .with_coupon_code("WMDigi")
                .with_coupon_number(5223)
                .with_customer_reference("cvxgds"),
        )
        .await
        .expect("start subscription accepted");
    assert_eq!(started.status.as_deref(), Some("OK"));
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
