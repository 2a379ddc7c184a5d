//! The operations beyond Sharing (Access, User, Invoice, Consent, External Identity, Message,
//! Subscription) against wiremock on loopback: each sends the documented request with the
//! right method, path, query and credentials, and decodes the documented response example.
//! The decode tests at the end feed every shape the reference documents for a contradictory
//! field into the generated model.
//!
//! Hand-written: the generator owns only files whose first line says `@generated`.

use connectid::calls::{ListConsentEventHistoryClientModeArgs, ListInvoiceDetailsArgs};
use connectid::models::{
    AssignUserRequest, AssignUserResponse, CheckAccessRequest, ClientInvoiceInfo,
    ConsentChildEvents, ConsentEventRequest, ConsentEventResponse, ConsentSubjectType,
    CredentialType, CustomerInvoice, DateOrEpochMillis, InvoiceAmount, InvoiceLine, InvoiceNumber,
    InvoiceReminder, InvoicesAndRemindersResponse, OrderId, RegisterCustomerRequest,
    RegisterExternalIdRequest, SendMessageRequest, StartSubscriptionRequest,
};
use connectid::{Client, ClientBuilder, Error, UserTokens};
use serde_json::json;
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockBuilder, MockServer, ResponseTemplate};

const TOKEN_PATH: &str = "/user/oauth/token";
const CLIENT_TOKEN: &str = "client-token-7c1";
const USER_TOKEN: &str = "user-token";

/// A server with a token endpoint, and a client that has both client credentials and a
/// user's tokens: each operation must pick the credentials of its own mode.
async fn server() -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": CLIENT_TOKEN,
            "token_type": "bearer",
            "expires_in": 3600,
        })))
        .mount(&server)
        .await;
    let client = ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .token_url(format!("{}{TOKEN_PATH}", server.uri()))
        .client_credentials("my-client", "my-secret")
        .authorization_code(UserTokens::new(USER_TOKEN))
        .build()
        .expect("client builds");
    (server, client)
}

/// A client-mode call: the client-credentials token from the token endpoint.
fn client_mode(verb: &str, p: &str) -> MockBuilder {
    Mock::given(method(verb)).and(path(p)).and(header(
        "authorization",
        format!("Bearer {CLIENT_TOKEN}").as_str(),
    ))
}

/// A user-mode call: the user's own token.
fn user_mode(verb: &str, p: &str) -> MockBuilder {
    Mock::given(method(verb)).and(path(p)).and(header(
        "authorization",
        format!("Bearer {USER_TOKEN}").as_str(),
    ))
}

fn ok(body: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

async fn token_requests(server: &MockServer) -> usize {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path() == TOKEN_PATH)
        .count()
}

/// Client-mode calls fetch exactly one client token; user-mode calls none.
async fn assert_token_requests(server: &MockServer, expected: usize) {
    assert_eq!(token_requests(server).await, expected, "token requests");
    server.verify().await;
}

fn check_access_request(domain: &str) -> CheckAccessRequest {
    CheckAccessRequest::default()
        .with_product("CO27409")
        .with_article_id("578943434")
        .with_domain(domain)
        .with_ip("127.0.0.1")
        .with_category_type("SWISJ")
        .with_access_azure_ad(true)
        .with_access_aid_family(true)
        .with_unique_id("6ba7b8149dad11d180b400c04fd430c8")
        .with_customer_number(563457)
        .with_credential("+4723339100")
}

fn check_access_body() -> serde_json::Value {
    json!({
        "product": "CO27409", "articleId": "578943434", "domain": "unite.no", "ip": "127.0.0.1",
        "categoryType": "SWISJ", "accessAzureAd": true, "accessAidFamily": true,
        "uniqueId": "6ba7b8149dad11d180b400c04fd430c8", "customerNumber": 563457,
        "credential": "+4723339100"
    })
}

#[tokio::test]
async fn check_access_sends_the_users_token_and_decodes_the_accesses() {
    let (server, client) = server().await;
    user_mode("POST", "/capi/v1/customer/access")
        .and(header("content-type", "application/json"))
        .and(body_json(check_access_body()))
        .respond_with(ok(json!({
            "access": true,
            "accesses": [
                {"access": false, "accessLevel": "C", "accessType": "D"},
                {"access": true, "accessLevel": "B", "accessType": "A"}
            ]
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client
        .check_access(&check_access_request("unite.no"))
        .await
        .expect("200 decodes");
    assert_eq!(response.body().access, Some(true));
    let accesses = response.body().accesses.as_deref().expect("accesses");
    assert_eq!(accesses.len(), 2);
    assert_eq!(accesses[0].access, Some(false));
    assert_eq!(accesses[0].access_level.as_deref(), Some("C"));
    assert_eq!(accesses[1].access_type.as_deref(), Some("A"));
    assert_token_requests(&server, 0).await;
}

#[tokio::test]
async fn check_access_client_mode_sends_the_client_token() {
    let (server, client) = server().await;
    client_mode("POST", "/capi/v1/client/access")
        .and(body_json(check_access_body()))
        .respond_with(ok(json!({
            "access": true,
            "accesses": [
                {"access": false, "accessLevel": "C", "accessType": "D"},
                {"access": true, "accessLevel": "A", "accessType": "A"}
            ]
        })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client
        .check_access_client_mode(&check_access_request("unite.no"))
        .await
        .expect("200 decodes");
    assert_eq!(response.body().access, Some(true));
    let accesses = response.body().accesses.as_deref().expect("accesses");
    assert_eq!(accesses[1].access_level.as_deref(), Some("A"));
    assert_token_requests(&server, 1).await;
}

#[tokio::test]
async fn assign_user_percent_encodes_the_order_id_and_decodes_a_numeric_order_id() {
    let (server, client) = server().await;
    // A space and a slash stay inside the one path segment.
    client_mode("POST", "/capi/v1/client/order/A%2014%2F2/user")
        .and(body_json(json!({
            "credential": "+4712345678", "isSendMessage": true,
            "returnUrl": "www.mediaconect.no/...", "errorUrl": "www.mediaconect.no/...",
            "linkLifetime": 2, "overrideClientId": "no.mediaconnect"
        })))
        .respond_with(ok(json!({
            "orderId": 14, "uniqueUserId": "f21942404003447993b198bdd7ba2ef4",
            "isNewUser": true, "isPasswordSet": false
        })))
        .expect(1)
        .mount(&server)
        .await;

    let request = AssignUserRequest::new("+4712345678")
        .with_is_send_message(true)
        .with_return_url("www.mediaconect.no/...")
        .with_error_url("www.mediaconect.no/...")
        .with_link_lifetime(2)
        .with_override_client_id("no.mediaconnect");
    let response = client
        .assign_user_client_mode("A 14/2", &request)
        .await
        .expect("200 decodes");
    assert_eq!(response.body().order_id, Some(OrderId::Integer(14)));
    assert_eq!(
        response.body().unique_user_id.as_deref(),
        Some("f21942404003447993b198bdd7ba2ef4")
    );
    assert_eq!(response.body().is_new_user, Some(true));
    assert_eq!(response.body().is_password_set, Some(false));
    assert_token_requests(&server, 1).await;
}

#[tokio::test]
async fn assign_user_rejects_a_credential_over_60_characters_without_sending() {
    let (server, client) = server().await;
    Mock::given(method("POST"))
        .and(path("/capi/v1/client/order/14/user"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let err = client
        .assign_user_client_mode("14", &AssignUserRequest::new("x".repeat(61)))
        .await
        .expect_err("61 characters");
    match err {
        Error::InvalidRequest(e) => assert_eq!(e.field(), "body.credential"),
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    server.verify().await;
}

fn client_invoice_example() -> serde_json::Value {
    json!({ "clientInvoiceInfoList": [ {
        "invoiceId": "1", "invoiceDate": 1560333600000_i64, "invoiceOfferCount": "1",
        "customerNumber": 563457, "product": "CO27409", "productName": "Weekly Magazine",
        "amount": 2, "companyCode": "5646903690", "paymentStatus": "0", "invoiceAmount": 295,
        "paidAmount": 0, "paymentMethod": "A",
        "invoiceHotelUrl": "http://mediaconnect.no/invoice/view/gkcb93qgt94ca6943bloitxgq4de",
        "paymentDate": 1561716000000_i64, "dueDate": 1561716000000_i64,
        "desc": ["Weekly Magazine"], "period": 1, "periodUnit": "E",
        "fromTime": "2019-06-12", "incltime": "2020-06-12",
        "invoiceLineInfo": [ { "productCode": "CO27409", "invoiceAmount": 84.54,
                               "invoiceVatAmount": 13.47, "invoiceVatPercent": 36.73 } ] } ] })
}

fn assert_client_invoice(invoice: &ClientInvoiceInfo) {
    assert_eq!(invoice.invoice_id.as_deref(), Some("1"));
    assert_eq!(invoice.customer_number, Some(563457));
    assert_eq!(invoice.invoice_amount, Some(InvoiceAmount::Number(295.0)));
    assert_eq!(
        invoice.due_date,
        Some(DateOrEpochMillis::Integer(1561716000000))
    );
    assert_eq!(invoice.incltime.as_deref(), Some("2020-06-12"));
    let line = &invoice.invoice_line_info.as_deref().expect("lines")[0];
    assert_eq!(line.invoice_amount, Some(InvoiceAmount::Number(84.54)));
    assert_eq!(line.invoice_vat_percent, Some(36.73));
}

#[tokio::test]
async fn list_invoices_client_mode_sends_the_dates_as_query_parameters() {
    let (server, client) = server().await;
    client_mode("GET", "/capi/v1/client/customer/invoice/payment/563457")
        .and(query_param("from", "2019-01-01"))
        .and(query_param("to", "2020-12-31"))
        .respond_with(ok(client_invoice_example()))
        .expect(1)
        .mount(&server)
        .await;

    let response = client
        .list_invoices_client_mode(563457)
        .from("2019-01-01")
        .to("2020-12-31")
        .await
        .expect("200 decodes");
    let list = response
        .body()
        .client_invoice_info_list
        .as_deref()
        .expect("list");
    assert_client_invoice(&list[0]);
    assert_token_requests(&server, 1).await;
}

#[tokio::test]
async fn list_invoices_for_product_client_mode_encodes_the_product_code() {
    let (server, client) = server().await;
    client_mode(
        "GET",
        "/capi/v1/client/customer/invoice/payment/563457/CO%2027%2F409",
    )
    .and(query_param("from", "2019-01-01"))
    .and(query_param_is_missing("to"))
    .respond_with(ok(client_invoice_example()))
    .expect(1)
    .mount(&server)
    .await;

    let response = client
        .list_invoices_for_product_client_mode(563457, "CO 27/409")
        .from("2019-01-01")
        .await
        .expect("200 decodes");
    let list = response
        .body()
        .client_invoice_info_list
        .as_deref()
        .expect("list");
    assert_eq!(list.len(), 1);
    assert_client_invoice(&list[0]);
    assert_eq!(
        list[0].desc.as_deref(),
        Some(&["Weekly Magazine".to_string()][..])
    );
    assert_token_requests(&server, 1).await;
}

#[tokio::test]
async fn list_invoices_for_product_checks_the_product_code_length() {
    let (server, client) = server().await;
    let err = client
        .list_invoices_for_product_client_mode(1, "CO27409CO27409")
        .await
        .expect_err("14 characters");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    let err = client
        .list_invoices_client_mode(1)
        .from("2019-01-01T00")
        .await
        .expect_err("13 characters");
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

fn invoices_and_reminders_example() -> serde_json::Value {
    json!({ "invoices": [ { "customerNumber": 563457, "product": "CO27409", "invoiceOfferCount": "1",
          "productName": "Weekly Magazine", "amount": 49, "invoiceDate": "2022-01-07", "invoiceNumber": "7435367",
          "companyCode": "5646903690", "paymentDate": "2022-01-17", "dueDate": "2022-01-21", "paymentStatus": "0",
          "invoiceAmount": "295.00", "paidAmount": 0, "paymentMethod": "A",
          "invoiceHotelUrl": "http://mediaconnect.no/invoice/view/gkcb93qgt94ca6943bloitxgq4de",
          "invoiceStatus": "Invoiced" } ],
      "reminders": [ { "invoiceNumber": 7435367, "product": "CO27409", "fromTime": "2023-01-01",
          "includeTime": "2024-01-01", "reminderDate": 1560333600000_i64, "amount": 49, "dueDate": 1561716000000_i64,
          "reminderNumber": 1, "reminderType": "reminder",
          "invoiceHotelUrl": "http://mediaconnect.no/invoice/view/gkcb93qgt94ca6943bloitxgq4de" } ] })
}

#[tokio::test]
async fn list_invoices_and_reminders_for_product_sends_the_users_token_and_keeps_both_shapes() {
    let (server, client) = server().await;
    user_mode("GET", "/capi/v1/customer/invoice/payment/CO27409")
        .and(query_param("unpaid", "true"))
        .and(query_param("from", "2022-01-01"))
        .and(query_param("to", "2022-12-31"))
        .respond_with(ok(invoices_and_reminders_example()))
        .expect(1)
        .mount(&server)
        .await;

    let response = client
        .list_invoices_and_reminders_for_product("CO27409")
        .unpaid(true)
        .from("2022-01-01")
        .to("2022-12-31")
        .await
        .expect("200 decodes");
    let invoice = &response.body().invoices.as_deref().expect("invoices")[0];
    assert_eq!(
        invoice.invoice_number,
        Some(InvoiceNumber::String("7435367".into()))
    );
    assert_eq!(
        invoice.invoice_amount,
        Some(InvoiceAmount::String("295.00".into()))
    );
    assert_eq!(
        invoice.due_date,
        Some(DateOrEpochMillis::String("2022-01-21".into()))
    );
    assert_eq!(invoice.invoice_status.as_deref(), Some("Invoiced"));
    let reminder = &response.body().reminders.as_deref().expect("reminders")[0];
    assert_eq!(
        reminder.invoice_number,
        Some(InvoiceNumber::Integer(7435367))
    );
    assert_eq!(
        reminder.due_date,
        Some(DateOrEpochMillis::Integer(1561716000000))
    );
    assert_eq!(reminder.include_time.as_deref(), Some("2024-01-01"));
    assert_eq!(reminder.reminder_number, Some(1));
    assert_token_requests(&server, 0).await;
}

#[tokio::test]
async fn list_invoice_details_sends_the_required_query_and_keeps_the_untyped_invoice() {
    let (server, client) = server().await;
    user_mode("GET", "/capi/v1/customer/invoice/details")
        .and(query_param("companyCode", "5646903690"))
        .and(query_param("invoiceNumber", "7435367"))
        .and(query_param("reminderNumber", "0"))
        .respond_with(ok(
            json!({"invoiceInfoWithDetail": {"invoiceNumber": 7435367, "lines": []}}),
        ))
        .expect(1)
        .mount(&server)
        .await;

    let response = client
        .list_invoice_details(ListInvoiceDetailsArgs {
            company_code: "5646903690",
            invoice_number: 7435367,
            reminder_number: 0,
        })
        .await
        .expect("200 decodes");
    let invoice = response
        .body()
        .invoice_info_with_detail
        .as_ref()
        .expect("invoice");
    assert_eq!(invoice["invoiceNumber"], json!(7435367));
    assert_token_requests(&server, 0).await;
}

#[tokio::test]
async fn list_consent_event_history_encodes_every_path_parameter() {
    let (server, client) = server().await;
    client_mode(
        "GET",
        "/capi/v1/client/customer/privacy/consentEvent/history/468979834/CONNECT/ext%20id%2F1",
    )
    .and(query_param("onlyActive", "false"))
    .respond_with(ok(json!({
        "issuer": "468979834", "subject": "563457", "subjectType": "CONNECT",
        "consents": [ { "consentId": 1, "target": "editoral", "scope": "email",
            "events": [ { "consentEventId": 1, "created": 1560963388000_i64, "source": "Selfservice", "action": false },
                        { "consentEventId": 2, "created": 1560968512000_i64, "source": "Selfservice", "action": true } ] } ]
    })))
    .expect(1)
    .mount(&server)
    .await;

    let response = client
        .list_consent_event_history_client_mode(ListConsentEventHistoryClientModeArgs {
            issuer: "468979834",
            subject_type: &ConsentSubjectType::Connect,
            subject: "ext id/1",
        })
        .only_active(false)
        .await
        .expect("200 decodes");
    assert_eq!(response.body().subject_type.as_deref(), Some("CONNECT"));
    let consent = &response.body().consents.as_deref().expect("consents")[0];
    assert_eq!(consent.target.as_deref(), Some("editoral"));
    let events = consent.events.as_deref().expect("events");
    assert_eq!(events.len(), 2);
    assert_eq!(events[1].created, Some(1560968512000));
    assert_eq!(events[1].action, Some(true));
    assert_token_requests(&server, 1).await;
}

#[tokio::test]
async fn list_consent_text_history_sends_every_query_parameter() {
    let (server, client) = server().await;
    client_mode(
        "GET",
        "/capi/v1/client/customer/privacy/consent/text/history/468%20979%2F834",
    )
    .and(query_param("consentGroupId", "1"))
    .and(query_param("consentId", "1"))
    .and(query_param("target", "editoral"))
    .and(query_param("scope", "email"))
    .and(query_param("onlyActive", "true"))
    .respond_with(ok(json!({ "issuer": "468979834",
      "consents": [ { "consentId": 1, "consentGroupId": 1, "target": "editoral", "scope": "email",
          "texts": [ { "consentTextId": 1, "languageCode": "nb_NO",
              "textHistory": [
                { "consentTextHistoryId": 1, "text": "Samtykker du til å motta eposter?", "fromDate": 1559386588000_i64, "toDate": 1561892188000_i64 },
                { "consentTextHistoryId": 2, "text": "Samtykker du til å motta epostmeldinger?", "fromDate": 1561986769000_i64, "toDate": 1593609208000_i64 } ] } ] } ] })))
    .expect(1)
    .mount(&server)
    .await;

    let response = client
        .list_consent_text_history_client_mode("468 979/834")
        .consent_group_id(1)
        .consent_id(1)
        .target("editoral")
        .scope("email")
        .only_active(true)
        .await
        .expect("200 decodes");
    let text = &response.body().consents.as_deref().expect("consents")[0]
        .texts
        .as_deref()
        .expect("texts")[0];
    assert_eq!(text.language_code.as_deref(), Some("nb_NO"));
    let history = text.text_history.as_deref().expect("history");
    assert_eq!(
        history[1].text.as_deref(),
        Some("Samtykker du til å motta epostmeldinger?")
    );
    assert_eq!(history[1].to_date, Some(1593609208000));
    assert_token_requests(&server, 1).await;
}

#[tokio::test]
async fn list_consent_given_issuer_sends_the_users_token() {
    let (server, client) = server().await;
    user_mode("GET", "/capi/v1/customer/privacy/consents/468979834")
        .and(query_param("consentGroupId", "1"))
        .and(query_param_is_missing("onlyActive"))
        .respond_with(ok(json!({ "issuer": "468979834",
          "consents": [ { "consentId": 1, "consentGroupId": 1, "target": "editoral", "scope": "email",
              "parentConsentId": 1, "selectionOrder": 2, "displayMode": "A", "created": 1560855388000_i64,
              "texts": [ { "languageCode": "nb_NO", "name": "Kommunikasjon på epost", "description": "Samtykker du til å motta eposter?" },
                         { "languageCode": "en_GB", "name": "Communication on email", "description": "Do you agree to recevice emails?" } ],
              "active": true } ] })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client
        .list_consent_given_issuer("468979834")
        .consent_group_id(1)
        .await
        .expect("200 decodes");
    let consent = &response.body().consents.as_deref().expect("consents")[0];
    assert_eq!(consent.display_mode.as_deref(), Some("A"));
    assert_eq!(consent.selection_order, Some(2));
    assert_eq!(consent.active, Some(true));
    let texts = consent.texts.as_deref().expect("texts");
    assert_eq!(texts[1].name.as_deref(), Some("Communication on email"));
    assert_token_requests(&server, 0).await;
}

#[tokio::test]
async fn register_consent_event_sends_the_documented_body() {
    let (server, client) = server().await;
    client_mode("POST", "/capi/v1/client/customer/privacy/consentEvent")
        .and(body_json(json!({
            "consentId": 1, "consentTarget": "editoral", "consentScope": "telephone",
            "subject": "563457", "subjectType": "CONNECT", "source": "Selfservice",
            "action": true, "eventTime": 1560277312000_i64, "data": "dHJ1ZQ=="
        })))
        .respond_with(ok(json!({
            "consentId": 1, "subject": "563457", "subjectType": "CONNECT", "consentEventId": 1,
            "created": 1560963388000_i64, "source": "Selfservice", "action": true,
            "childEvents": { "consentEventId": 1, "consentId": 1, "created": 1560363712000_i64, "action": true }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let request = ConsentEventRequest::new("563457", "CONNECT", true)
        .with_consent_id(1)
        .with_consent_target("editoral")
        .with_consent_scope("telephone")
        .with_source("Selfservice")
        .with_event_time(1560277312000)
        .with_data("dHJ1ZQ==");
    let response = client
        .register_consent_event_client_mode(&request)
        .await
        .expect("200 decodes");
    assert_eq!(response.body().consent_event_id, Some(1));
    assert_eq!(response.body().created, Some(1560963388000));
    match &response.body().child_events {
        Some(ConsentChildEvents::ConsentChildEvent(child)) => {
            assert_eq!(child.created, Some(1560363712000));
            assert_eq!(child.action, Some(true));
        }
        other => panic!("expected one child event, got {other:?}"),
    }
    assert_token_requests(&server, 1).await;
}

#[tokio::test]
async fn register_external_id_sends_the_documented_body() {
    let (server, client) = server().await;
    client_mode("POST", "/capi/v1/client/extid")
        .and(body_json(json!({
            "externalId": "59cb6372-d3db-11e5-ab30-625662870761", "credentialType": "D"
        })))
        .respond_with(ok(json!({
            "credential": "AID:59cb6372-d3db-11e5-ab30-625662870761",
            "externalId": "59cb6372-d3db-11e5-ab30-625662870761",
            "credentialType": "D", "canLogin": true, "customerNumber": 327492,
            "uniqueId": "681b86aac2cf44ecb13eeb48cb3a7b7d", "enabled": true, "newUser": false,
            "extidCode": "eyJhbGciOiJIUzUxMiJ9.....eyJjdCI6IkRfQ"
        })))
        .expect(1)
        .mount(&server)
        .await;

    let request =
        RegisterExternalIdRequest::new("59cb6372-d3db-11e5-ab30-625662870761", CredentialType::D);
    let response = client
        .register_external_id_client_mode(&request)
        .await
        .expect("200 decodes");
    assert_eq!(
        response.body().credential.as_deref(),
        Some("AID:59cb6372-d3db-11e5-ab30-625662870761")
    );
    assert_eq!(response.body().customer_number, Some(327492));
    assert_eq!(response.body().can_login, Some(true));
    assert_eq!(
        response.body().extid_code.as_deref(),
        Some("eyJhbGciOiJIUzUxMiJ9.....eyJjdCI6IkRfQ")
    );
    assert_token_requests(&server, 1).await;
}

#[tokio::test]
async fn register_customer_sends_the_documented_body_and_decodes_without_customer_number() {
    let (server, client) = server().await;
    client_mode("POST", "/capi/v1/client/extid/customer")
        .and(body_json(json!({
            "externalId": "59cb6372-d3db-11e5-ab30-625662870761", "credentialType": "D",
            "customerNumber": 327492
        })))
        .respond_with(ok(json!({
            "credential": "AID:59cb6372-d3db-11e5-ab30-625662870761",
            "externalId": "59cb6372-d3db-11e5-ab30-625662870761",
            "credentialType": "D", "canLogin": false,
            "uniqueId": "681b86aac2cf44ecb13eeb48cb3a7b7d", "enabled": false, "newUser": true,
            "extidCode": "eyJhbGciOiJIUzUxMiJ9.....eyJjdCI6IkRfQ"
        })))
        .expect(1)
        .mount(&server)
        .await;

    let request = RegisterCustomerRequest::new(
        "59cb6372-d3db-11e5-ab30-625662870761",
        CredentialType::D,
        327492,
    );
    let response = client
        .register_customer_client_mode(&request)
        .await
        .expect("200 decodes");
    assert_eq!(response.body().customer_number, None);
    assert_eq!(response.body().new_user, Some(true));
    assert_eq!(response.body().enabled, Some(false));
    assert_token_requests(&server, 1).await;
}

#[tokio::test]
async fn send_message_sends_the_users_token_and_decodes_the_thread() {
    let (server, client) = server().await;
    user_mode("POST", "/capi/v1/customer/message")
        .and(body_json(json!({
            "product": "CO27409", "caseType": "B", "messageSubject": "cancel",
            "messageContent": "Cancel my subscription"
        })))
        .respond_with(ok(json!({ "messages": [
          { "id": 6, "date": 1560763683000_i64, "direction": "IN",  "messageSubject": "cancel",     "messageContent": "Cancel my subscription" },
          { "id": 6, "date": 1560855204000_i64, "direction": "OUT", "messageSubject": "creditcard", "messageContent": "Your subscription is canceled." } ] })))
        .expect(1)
        .mount(&server)
        .await;

    let request = SendMessageRequest::new("CO27409", "Cancel my subscription")
        .with_case_type("B")
        .with_message_subject("cancel");
    let response = client.send_message(&request).await.expect("200 decodes");
    let messages = response.body().messages.as_deref().expect("messages");
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[1].id, Some(6));
    assert_eq!(messages[1].direction.as_deref(), Some("OUT"));
    assert_eq!(
        messages[1].message_content.as_deref(),
        Some("Your subscription is canceled.")
    );
    assert_token_requests(&server, 0).await;
}

#[tokio::test]
async fn send_message_checks_the_documented_limits_without_sending() {
    let (server, client) = server().await;
    for (request, field) in [
        (
            SendMessageRequest::new("CO27409", "x".repeat(32001)),
            "body.messageContent",
        ),
        (
            SendMessageRequest::new("CO27409", "hi").with_message_subject("s".repeat(41)),
            "body.messageSubject",
        ),
        (
            SendMessageRequest::new("CO27409", "hi").with_case_type("AB"),
            "body.caseType",
        ),
    ] {
        match client.send_message(&request).await {
            Err(Error::InvalidRequest(e)) => assert_eq!(e.field(), field),
            other => panic!("{field}: expected InvalidRequest, got {other:?}"),
        }
    }
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

#[tokio::test]
async fn list_messages_sends_the_users_token() {
    let (server, client) = server().await;
    user_mode("GET", "/capi/v1/customer/message")
        .respond_with(ok(json!({ "messages": [
          { "id": 7, "date": 1560763683000_i64, "direction": "IN", "messageSubject": "creditcard", "messageContent": "Can I pay with creditcard?" } ] })))
        .expect(1)
        .mount(&server)
        .await;

    let response = client.list_messages().await.expect("200 decodes");
    let messages = response.body().messages.as_deref().expect("messages");
    assert_eq!(messages[0].id, Some(7));
    assert_eq!(messages[0].date, Some(1560763683000));
    assert_token_requests(&server, 0).await;
}

#[tokio::test]
async fn start_subscription_sends_the_documented_body() {
    let (server, client) = server().await;
    user_mode("POST", "/capi/v1/subscription")
        .and(body_json(json!({
            "companyCode": "468979834", "product": "CO27409", "startTime": 1560336440000_i64,
            "endTime": 1591958840000_i64, "copies": "1", "couponCode": "WMDigi",
            "couponNumber": 5223, "customerReference": "cvxgds"
        })))
        .respond_with(ok(json!({"status": "OK"})))
        .expect(1)
        .mount(&server)
        .await;

    let request = StartSubscriptionRequest::default()
        .with_company_code("468979834")
        .with_product("CO27409")
        .with_start_time(1560336440000)
        .with_end_time(1591958840000)
        .with_copies("1")
        .with_coupon_code("WMDigi")
        .with_coupon_number(5223)
        .with_customer_reference("cvxgds");
    let response = client
        .start_subscription(&request)
        .await
        .expect("200 decodes");
    assert_eq!(response.body().status.as_deref(), Some("OK"));
    assert_token_requests(&server, 0).await;
}

#[tokio::test]
async fn a_user_mode_operation_without_user_tokens_sends_nothing() {
    let server = MockServer::start().await;
    let client = ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .token_url(format!("{}{TOKEN_PATH}", server.uri()))
        .client_credentials("my-client", "my-secret")
        .build()
        .expect("client builds");
    let err = client
        .send_message(&SendMessageRequest::new("CO27409", "hi"))
        .await
        .expect_err("no user tokens");
    assert!(matches!(err, Error::MissingCredentials(_)), "{err:?}");
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

// --- Decoding every documented shape of the fields the reference types two ways. ---

#[test]
fn invoice_number_keeps_the_string_and_the_integer_shape() {
    let invoice: CustomerInvoice =
        serde_json::from_value(json!({"invoiceNumber": "7435367"})).expect("string");
    assert_eq!(
        invoice.invoice_number,
        Some(InvoiceNumber::String("7435367".into()))
    );
    let reminder: InvoiceReminder =
        serde_json::from_value(json!({"invoiceNumber": 7435367})).expect("integer");
    assert_eq!(
        reminder.invoice_number,
        Some(InvoiceNumber::Integer(7435367))
    );
    // Leading zeros would be lost as a number; the string keeps them.
    let zero: InvoiceNumber = serde_json::from_value(json!("007435367")).expect("string");
    assert_eq!(zero, InvoiceNumber::String("007435367".into()));
    // Encoding gives back the shape that came in.
    assert_eq!(
        serde_json::to_value(&reminder.invoice_number).unwrap(),
        json!(7435367)
    );
}

#[test]
fn due_date_keeps_the_date_string_and_the_epoch_millis_shape() {
    let invoice: CustomerInvoice =
        serde_json::from_value(json!({"dueDate": "2022-01-21"})).expect("date");
    assert_eq!(
        invoice.due_date,
        Some(DateOrEpochMillis::String("2022-01-21".into()))
    );
    let reminder: InvoiceReminder =
        serde_json::from_value(json!({"dueDate": 1561716000000_i64})).expect("epoch ms");
    assert_eq!(
        reminder.due_date,
        Some(DateOrEpochMillis::Integer(1561716000000))
    );
    let client: ClientInvoiceInfo = serde_json::from_value(json!({
        "dueDate": 1561716000000_i64, "invoiceDate": 1560333600000_i64, "paymentDate": "2022-01-17"
    }))
    .expect("both shapes in one object");
    assert_eq!(
        client.invoice_date,
        Some(DateOrEpochMillis::Integer(1560333600000))
    );
    assert_eq!(
        client.payment_date,
        Some(DateOrEpochMillis::String("2022-01-17".into()))
    );
}

#[test]
fn invoice_amount_keeps_the_string_and_the_number_shape() {
    let invoice: CustomerInvoice =
        serde_json::from_value(json!({"invoiceAmount": "295.00"})).expect("string");
    // The exact decimal text survives, trailing zeros included.
    assert_eq!(
        invoice.invoice_amount,
        Some(InvoiceAmount::String("295.00".into()))
    );
    let client: ClientInvoiceInfo =
        serde_json::from_value(json!({"invoiceAmount": 295})).expect("integer");
    assert_eq!(client.invoice_amount, Some(InvoiceAmount::Number(295.0)));
    let line: InvoiceLine =
        serde_json::from_value(json!({"invoiceAmount": 84.54})).expect("decimal");
    assert_eq!(line.invoice_amount, Some(InvoiceAmount::Number(84.54)));
}

#[test]
fn order_id_keeps_the_integer_and_the_string_shape() {
    let response: AssignUserResponse =
        serde_json::from_value(json!({"orderId": 14})).expect("integer");
    assert_eq!(response.order_id, Some(OrderId::Integer(14)));
    let response: AssignUserResponse =
        serde_json::from_value(json!({"orderId": "14"})).expect("string");
    assert_eq!(response.order_id, Some(OrderId::String("14".into())));
}

#[test]
fn child_events_decode_as_one_object_or_a_list() {
    let one: ConsentEventResponse = serde_json::from_value(json!({
        "childEvents": {"consentEventId": 1, "consentId": 1, "created": 1560363712000_i64, "action": true}
    }))
    .expect("object");
    assert!(matches!(
        one.child_events,
        Some(ConsentChildEvents::ConsentChildEvent(_))
    ));
    let many: ConsentEventResponse = serde_json::from_value(json!({
        "childEvents": [{"consentEventId": 1}, {"consentEventId": 2}]
    }))
    .expect("array");
    match many.child_events {
        Some(ConsentChildEvents::Array(events)) => {
            assert_eq!(events[1].consent_event_id, Some(2))
        }
        other => panic!("expected a list, got {other:?}"),
    }
}

#[test]
fn responses_ignore_unknown_fields_and_keep_unknown_codes() {
    let response: InvoicesAndRemindersResponse = serde_json::from_value(json!({
        "invoices": [{"invoiceStatus": "SomethingNew", "brandNewField": {"x": 1}}],
        "somethingElse": true
    }))
    .expect("unknown fields are ignored");
    assert_eq!(
        response.invoices.as_deref().unwrap()[0]
            .invoice_status
            .as_deref(),
        Some("SomethingNew")
    );
    let kind: CredentialType = serde_json::from_value(json!("Q")).expect("open enum");
    assert_eq!(kind, CredentialType::Unknown("Q".into()));
    let subject: ConsentSubjectType = serde_json::from_value(json!("CONNECTID")).expect("known");
    assert_eq!(subject, ConsentSubjectType::Connectid);
}
