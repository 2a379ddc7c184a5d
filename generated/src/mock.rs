// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! A local mock of the API for the tests of code that calls it (cargo feature `mock`).
//!
//! [`MockServer::start`] runs an HTTP server on loopback that serves the spec's
//! operations and its OAuth2 token endpoint. `client_builder()` gives a
//! [`ClientBuilder`](crate::ClientBuilder) already pointed at it, with credentials it
//! accepts for every security scheme. Each operation has a type here; `on::<Type>()`
//! sets up an answer for its requests, matched on the typed body and parameters, with
//! the typed success body ([`Reply::ok`]), a documented error (the type's own
//! constructors) or any response. Requests are checked as the API would check them
//! (credentials, required fields, enum values, the spec's constraints) and refused
//! with 401 or 400; a request that no expectation answers fails the test when the
//! server is dropped, with a message saying which operation it looked like and why
//! it did not match. `received::<Type>()` reads the requests back, typed.
pub use crate::runtime::mock_support::{
    Expectation, RawBody, Received, Rejection, Reply, ResponseTemplate, MOCK_API_KEY,
    MOCK_BEARER_TOKEN, MOCK_CLIENT_ID, MOCK_CLIENT_SECRET, MOCK_PASSWORD, MOCK_USER,
    MOCK_USER_ACCESS_TOKEN, MOCK_USER_REFRESH_TOKEN,
};
use crate::runtime::mock_support::{
    check_body, OperationSpec, ParamIn, ParamSpec, ValueKind,
};
/// A local mock of Connect/ConnectID API: start it with `MockServer::start().await`, get a client for it with `client_builder()`, and set up answers per operation with `on::<Operation>()`.
pub type MockServer = __rt::mock_support::MockServer<Api>;
/// The API as the mock serves it: its operations, and how a client reaches the mock.
#[derive(Debug)]
pub struct Api;
static OPERATIONS: &[&OperationSpec] = &[
    &DECLINE_SHARE_CLIENT_MODE_SPEC,
    &SEND_SUBSCRIPTION_SHARE_INVITATION_SPEC,
    &LIST_SHAREABLE_SUBSCRIPTION_RULES_SPEC,
    &CANCEL_SHARING_SPEC,
    &CHECK_ACCESS_SPEC,
    &CHECK_ACCESS_CLIENT_MODE_SPEC,
    &ASSIGN_USER_CLIENT_MODE_SPEC,
    &LIST_INVOICES_CLIENT_MODE_SPEC,
    &LIST_INVOICES_FOR_PRODUCT_CLIENT_MODE_SPEC,
    &LIST_INVOICES_AND_REMINDERS_FOR_PRODUCT_SPEC,
    &LIST_INVOICE_DETAILS_SPEC,
    &LIST_CONSENT_EVENT_HISTORY_CLIENT_MODE_SPEC,
    &LIST_CONSENT_TEXT_HISTORY_CLIENT_MODE_SPEC,
    &LIST_CONSENT_GIVEN_ISSUER_SPEC,
    &REGISTER_CONSENT_EVENT_CLIENT_MODE_SPEC,
    &REGISTER_EXTERNAL_ID_CLIENT_MODE_SPEC,
    &REGISTER_CUSTOMER_CLIENT_MODE_SPEC,
    &LIST_MESSAGES_SPEC,
    &SEND_MESSAGE_SPEC,
    &START_SUBSCRIPTION_SPEC,
];
impl __rt::mock_support::MockApi for Api {
    type Builder = crate::ClientBuilder;
    fn operations() -> &'static [&'static OperationSpec] {
        OPERATIONS
    }
    fn client_builder(base_url: &str, token_url: &str) -> crate::ClientBuilder {
        crate::ClientBuilder::new()
            .base_url(base_url)
            .token_url(token_url)
            .client_credentials(MOCK_CLIENT_ID, MOCK_CLIENT_SECRET)
            .authorization_code(
                crate::UserTokens::new(MOCK_USER_ACCESS_TOKEN)
                    .with_refresh(
                        MOCK_USER_REFRESH_TOKEN,
                        MOCK_CLIENT_ID,
                        Some(crate::Secret::from(MOCK_CLIENT_SECRET)),
                    ),
            )
    }
}
#[allow(unused_imports)]
use crate::{calls, client, error, models, runtime as __rt};
/// `PATCH /v1/client/subscription/share/invitation`: [`Client::decline_share_client_mode`](crate::Client::decline_share_client_mode), as the mock serves it (`server.on::<DeclineShareClientMode>()`).
#[derive(Debug)]
pub struct DeclineShareClientMode;
static DECLINE_SHARE_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::DECLINE_SHARE_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: check_body::<DeclineShareClientMode>,
};
__rt::mock_support::mock_operation!(
    DeclineShareClientMode, DECLINE_SHARE_CLIENT_MODE_SPEC, (json req valid
    models::DeclineShareRequest), (json 200u16 models::DeclineShareResponse)
);
impl DeclineShareClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `POST /v1/subscription/share/invitation`: [`Client::send_subscription_share_invitation`](crate::Client::send_subscription_share_invitation), as the mock serves it (`server.on::<SendSubscriptionShareInvitation>()`).
#[derive(Debug)]
pub struct SendSubscriptionShareInvitation;
static SEND_SUBSCRIPTION_SHARE_INVITATION_SPEC: OperationSpec = OperationSpec {
    operation: &client::SEND_SUBSCRIPTION_SHARE_INVITATION_OPERATION,
    params: &[],
    check_body: check_body::<SendSubscriptionShareInvitation>,
};
__rt::mock_support::mock_operation!(
    SendSubscriptionShareInvitation, SEND_SUBSCRIPTION_SHARE_INVITATION_SPEC, (json req
    valid models::ShareInvitationRequest), (json 200u16 models::ShareStatusResponse)
);
impl SendSubscriptionShareInvitation {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `GET /v1/customer/product/share/rule/{productCode}`: [`Client::list_shareable_subscription_rules`](crate::Client::list_shareable_subscription_rules), as the mock serves it (`server.on::<ListShareableSubscriptionRules>()`).
#[derive(Debug)]
pub struct ListShareableSubscriptionRules;
static LIST_SHAREABLE_SUBSCRIPTION_RULES_SPEC: OperationSpec = OperationSpec {
    operation: &client::LIST_SHAREABLE_SUBSCRIPTION_RULES_OPERATION,
    params: &[
        ParamSpec::new("productCode", ParamIn::Path, ValueKind::String).required(),
    ],
    check_body: check_body::<ListShareableSubscriptionRules>,
};
__rt::mock_support::mock_operation!(
    ListShareableSubscriptionRules, LIST_SHAREABLE_SUBSCRIPTION_RULES_SPEC, (none), (json
    200u16 models::ShareRulesResponse)
);
impl ListShareableSubscriptionRules {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `PATCH /v1/subscription/share`: [`Client::cancel_sharing`](crate::Client::cancel_sharing), as the mock serves it (`server.on::<CancelSharing>()`).
#[derive(Debug)]
pub struct CancelSharing;
static CANCEL_SHARING_SPEC: OperationSpec = OperationSpec {
    operation: &client::CANCEL_SHARING_OPERATION,
    params: &[],
    check_body: check_body::<CancelSharing>,
};
__rt::mock_support::mock_operation!(
    CancelSharing, CANCEL_SHARING_SPEC, (json req plain models::CancelSharingRequest),
    (json 200u16 models::ShareStatusResponse)
);
impl CancelSharing {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `POST /v1/customer/access`: [`Client::check_access`](crate::Client::check_access), as the mock serves it (`server.on::<CheckAccess>()`).
#[derive(Debug)]
pub struct CheckAccess;
static CHECK_ACCESS_SPEC: OperationSpec = OperationSpec {
    operation: &client::CHECK_ACCESS_OPERATION,
    params: &[],
    check_body: check_body::<CheckAccess>,
};
__rt::mock_support::mock_operation!(
    CheckAccess, CHECK_ACCESS_SPEC, (json req plain models::CheckAccessRequest), (json
    200u16 models::CheckAccessResponse)
);
impl CheckAccess {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `POST /v1/client/access`: [`Client::check_access_client_mode`](crate::Client::check_access_client_mode), as the mock serves it (`server.on::<CheckAccessClientMode>()`).
#[derive(Debug)]
pub struct CheckAccessClientMode;
static CHECK_ACCESS_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::CHECK_ACCESS_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: check_body::<CheckAccessClientMode>,
};
__rt::mock_support::mock_operation!(
    CheckAccessClientMode, CHECK_ACCESS_CLIENT_MODE_SPEC, (json req plain
    models::CheckAccessRequest), (json 200u16 models::CheckAccessResponse)
);
impl CheckAccessClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `POST /v1/client/order/{orderId}/user`: [`Client::assign_user_client_mode`](crate::Client::assign_user_client_mode), as the mock serves it (`server.on::<AssignUserClientMode>()`).
#[derive(Debug)]
pub struct AssignUserClientMode;
static ASSIGN_USER_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::ASSIGN_USER_CLIENT_MODE_OPERATION,
    params: &[ParamSpec::new("orderId", ParamIn::Path, ValueKind::String).required()],
    check_body: check_body::<AssignUserClientMode>,
};
__rt::mock_support::mock_operation!(
    AssignUserClientMode, ASSIGN_USER_CLIENT_MODE_SPEC, (json req valid
    models::AssignUserRequest), (json 200u16 models::AssignUserResponse)
);
impl AssignUserClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `GET /v1/client/customer/invoice/payment/{customerNumber}`: [`Client::list_invoices_client_mode`](crate::Client::list_invoices_client_mode), as the mock serves it (`server.on::<ListInvoicesClientMode>()`).
#[derive(Debug)]
pub struct ListInvoicesClientMode;
static LIST_INVOICES_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::LIST_INVOICES_CLIENT_MODE_OPERATION,
    params: &[
        ParamSpec::new("customerNumber", ParamIn::Path, ValueKind::Integer).required(),
        ParamSpec::new("from", ParamIn::Query, ValueKind::String).max_length(10u64),
        ParamSpec::new("to", ParamIn::Query, ValueKind::String).max_length(10u64),
    ],
    check_body: check_body::<ListInvoicesClientMode>,
};
__rt::mock_support::mock_operation!(
    ListInvoicesClientMode, LIST_INVOICES_CLIENT_MODE_SPEC, (none), (json 200u16
    models::ClientInvoiceListResponse)
);
impl ListInvoicesClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 404: Not Found. The reference documents no body for this response.
    pub fn not_found() -> Reply<Self> {
        Reply::status(404u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `GET /v1/client/customer/invoice/payment/{customerNumber}/{productCode}`: [`Client::list_invoices_for_product_client_mode`](crate::Client::list_invoices_for_product_client_mode), as the mock serves it (`server.on::<ListInvoicesForProductClientMode>()`).
#[derive(Debug)]
pub struct ListInvoicesForProductClientMode;
static LIST_INVOICES_FOR_PRODUCT_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::LIST_INVOICES_FOR_PRODUCT_CLIENT_MODE_OPERATION,
    params: &[
        ParamSpec::new("customerNumber", ParamIn::Path, ValueKind::Integer).required(),
        ParamSpec::new("productCode", ParamIn::Path, ValueKind::String)
            .required()
            .max_length(12u64),
        ParamSpec::new("from", ParamIn::Query, ValueKind::String).max_length(10u64),
        ParamSpec::new("to", ParamIn::Query, ValueKind::String).max_length(10u64),
    ],
    check_body: check_body::<ListInvoicesForProductClientMode>,
};
__rt::mock_support::mock_operation!(
    ListInvoicesForProductClientMode, LIST_INVOICES_FOR_PRODUCT_CLIENT_MODE_SPEC, (none),
    (json 200u16 models::ClientInvoiceListResponse)
);
impl ListInvoicesForProductClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 404: Not Found. The reference documents no body for this response.
    pub fn not_found() -> Reply<Self> {
        Reply::status(404u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `GET /v1/customer/invoice/payment/{product}`: [`Client::list_invoices_and_reminders_for_product`](crate::Client::list_invoices_and_reminders_for_product), as the mock serves it (`server.on::<ListInvoicesAndRemindersForProduct>()`).
#[derive(Debug)]
pub struct ListInvoicesAndRemindersForProduct;
static LIST_INVOICES_AND_REMINDERS_FOR_PRODUCT_SPEC: OperationSpec = OperationSpec {
    operation: &client::LIST_INVOICES_AND_REMINDERS_FOR_PRODUCT_OPERATION,
    params: &[
        ParamSpec::new("product", ParamIn::Path, ValueKind::String)
            .required()
            .max_length(12u64),
        ParamSpec::new("unpaid", ParamIn::Query, ValueKind::Boolean),
        ParamSpec::new("from", ParamIn::Query, ValueKind::String).max_length(10u64),
        ParamSpec::new("to", ParamIn::Query, ValueKind::String).max_length(10u64),
    ],
    check_body: check_body::<ListInvoicesAndRemindersForProduct>,
};
__rt::mock_support::mock_operation!(
    ListInvoicesAndRemindersForProduct, LIST_INVOICES_AND_REMINDERS_FOR_PRODUCT_SPEC,
    (none), (json 200u16 models::InvoicesAndRemindersResponse)
);
impl ListInvoicesAndRemindersForProduct {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `GET /v1/customer/invoice/details`: [`Client::list_invoice_details`](crate::Client::list_invoice_details), as the mock serves it (`server.on::<ListInvoiceDetails>()`).
#[derive(Debug)]
pub struct ListInvoiceDetails;
static LIST_INVOICE_DETAILS_SPEC: OperationSpec = OperationSpec {
    operation: &client::LIST_INVOICE_DETAILS_OPERATION,
    params: &[
        ParamSpec::new("companyCode", ParamIn::Query, ValueKind::String)
            .required()
            .max_length(12u64),
        ParamSpec::new("invoiceNumber", ParamIn::Query, ValueKind::Integer).required(),
        ParamSpec::new("reminderNumber", ParamIn::Query, ValueKind::Integer).required(),
    ],
    check_body: check_body::<ListInvoiceDetails>,
};
__rt::mock_support::mock_operation!(
    ListInvoiceDetails, LIST_INVOICE_DETAILS_SPEC, (none), (json 200u16
    models::InvoiceDetailsResponse)
);
impl ListInvoiceDetails {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `GET /v1/client/customer/privacy/consentEvent/history/{issuer}/{subjectType}/{subject}`: [`Client::list_consent_event_history_client_mode`](crate::Client::list_consent_event_history_client_mode), as the mock serves it (`server.on::<ListConsentEventHistoryClientMode>()`).
#[derive(Debug)]
pub struct ListConsentEventHistoryClientMode;
static LIST_CONSENT_EVENT_HISTORY_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::LIST_CONSENT_EVENT_HISTORY_CLIENT_MODE_OPERATION,
    params: &[
        ParamSpec::new("issuer", ParamIn::Path, ValueKind::String)
            .required()
            .max_length(255u64),
        ParamSpec::new("subjectType", ParamIn::Path, ValueKind::String)
            .required()
            .values(&["CONNECT", "CONNECTID", "EXTERNAL", "ORDER"]),
        ParamSpec::new("subject", ParamIn::Path, ValueKind::String)
            .required()
            .max_length(255u64),
        ParamSpec::new("onlyActive", ParamIn::Query, ValueKind::Boolean),
    ],
    check_body: check_body::<ListConsentEventHistoryClientMode>,
};
__rt::mock_support::mock_operation!(
    ListConsentEventHistoryClientMode, LIST_CONSENT_EVENT_HISTORY_CLIENT_MODE_SPEC,
    (none), (json 200u16 models::ConsentEventHistoryResponse)
);
impl ListConsentEventHistoryClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `GET /v1/client/customer/privacy/consent/text/history/{issuer}`: [`Client::list_consent_text_history_client_mode`](crate::Client::list_consent_text_history_client_mode), as the mock serves it (`server.on::<ListConsentTextHistoryClientMode>()`).
#[derive(Debug)]
pub struct ListConsentTextHistoryClientMode;
static LIST_CONSENT_TEXT_HISTORY_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::LIST_CONSENT_TEXT_HISTORY_CLIENT_MODE_OPERATION,
    params: &[
        ParamSpec::new("issuer", ParamIn::Path, ValueKind::String)
            .required()
            .max_length(255u64),
        ParamSpec::new("consentGroupId", ParamIn::Query, ValueKind::Integer),
        ParamSpec::new("consentId", ParamIn::Query, ValueKind::Integer),
        ParamSpec::new("target", ParamIn::Query, ValueKind::String).max_length(255u64),
        ParamSpec::new("scope", ParamIn::Query, ValueKind::String).max_length(255u64),
        ParamSpec::new("onlyActive", ParamIn::Query, ValueKind::Boolean),
    ],
    check_body: check_body::<ListConsentTextHistoryClientMode>,
};
__rt::mock_support::mock_operation!(
    ListConsentTextHistoryClientMode, LIST_CONSENT_TEXT_HISTORY_CLIENT_MODE_SPEC, (none),
    (json 200u16 models::ConsentTextHistoryResponse)
);
impl ListConsentTextHistoryClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `GET /v1/customer/privacy/consents/{issuer}`: [`Client::list_consent_given_issuer`](crate::Client::list_consent_given_issuer), as the mock serves it (`server.on::<ListConsentGivenIssuer>()`).
#[derive(Debug)]
pub struct ListConsentGivenIssuer;
static LIST_CONSENT_GIVEN_ISSUER_SPEC: OperationSpec = OperationSpec {
    operation: &client::LIST_CONSENT_GIVEN_ISSUER_OPERATION,
    params: &[
        ParamSpec::new("issuer", ParamIn::Path, ValueKind::String)
            .required()
            .max_length(255u64),
        ParamSpec::new("consentGroupId", ParamIn::Query, ValueKind::Integer),
        ParamSpec::new("onlyActive", ParamIn::Query, ValueKind::Boolean),
    ],
    check_body: check_body::<ListConsentGivenIssuer>,
};
__rt::mock_support::mock_operation!(
    ListConsentGivenIssuer, LIST_CONSENT_GIVEN_ISSUER_SPEC, (none), (json 200u16
    models::ConsentsResponse)
);
impl ListConsentGivenIssuer {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `POST /v1/client/customer/privacy/consentEvent`: [`Client::register_consent_event_client_mode`](crate::Client::register_consent_event_client_mode), as the mock serves it (`server.on::<RegisterConsentEventClientMode>()`).
#[derive(Debug)]
pub struct RegisterConsentEventClientMode;
static REGISTER_CONSENT_EVENT_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::REGISTER_CONSENT_EVENT_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: check_body::<RegisterConsentEventClientMode>,
};
__rt::mock_support::mock_operation!(
    RegisterConsentEventClientMode, REGISTER_CONSENT_EVENT_CLIENT_MODE_SPEC, (json req
    plain models::ConsentEventRequest), (json 200u16 models::ConsentEventResponse)
);
impl RegisterConsentEventClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `POST /v1/client/extid`: [`Client::register_external_id_client_mode`](crate::Client::register_external_id_client_mode), as the mock serves it (`server.on::<RegisterExternalIdClientMode>()`).
#[derive(Debug)]
pub struct RegisterExternalIdClientMode;
static REGISTER_EXTERNAL_ID_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::REGISTER_EXTERNAL_ID_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: check_body::<RegisterExternalIdClientMode>,
};
__rt::mock_support::mock_operation!(
    RegisterExternalIdClientMode, REGISTER_EXTERNAL_ID_CLIENT_MODE_SPEC, (json req valid
    models::RegisterExternalIdRequest), (json 200u16 models::ExternalIdentity)
);
impl RegisterExternalIdClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `POST /v1/client/extid/customer`: [`Client::register_customer_client_mode`](crate::Client::register_customer_client_mode), as the mock serves it (`server.on::<RegisterCustomerClientMode>()`).
#[derive(Debug)]
pub struct RegisterCustomerClientMode;
static REGISTER_CUSTOMER_CLIENT_MODE_SPEC: OperationSpec = OperationSpec {
    operation: &client::REGISTER_CUSTOMER_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: check_body::<RegisterCustomerClientMode>,
};
__rt::mock_support::mock_operation!(
    RegisterCustomerClientMode, REGISTER_CUSTOMER_CLIENT_MODE_SPEC, (json req plain
    models::RegisterCustomerRequest), (json 200u16 models::ExternalIdentity)
);
impl RegisterCustomerClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `GET /v1/customer/message`: [`Client::list_messages`](crate::Client::list_messages), as the mock serves it (`server.on::<ListMessages>()`).
#[derive(Debug)]
pub struct ListMessages;
static LIST_MESSAGES_SPEC: OperationSpec = OperationSpec {
    operation: &client::LIST_MESSAGES_OPERATION,
    params: &[],
    check_body: check_body::<ListMessages>,
};
__rt::mock_support::mock_operation!(
    ListMessages, LIST_MESSAGES_SPEC, (none), (json 200u16 models::MessagesResponse)
);
impl ListMessages {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `POST /v1/customer/message`: [`Client::send_message`](crate::Client::send_message), as the mock serves it (`server.on::<SendMessage>()`).
#[derive(Debug)]
pub struct SendMessage;
static SEND_MESSAGE_SPEC: OperationSpec = OperationSpec {
    operation: &client::SEND_MESSAGE_OPERATION,
    params: &[],
    check_body: check_body::<SendMessage>,
};
__rt::mock_support::mock_operation!(
    SendMessage, SEND_MESSAGE_SPEC, (json req valid models::SendMessageRequest), (json
    200u16 models::MessagesResponse)
);
impl SendMessage {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
/// `POST /v1/subscription`: [`Client::start_subscription`](crate::Client::start_subscription), as the mock serves it (`server.on::<StartSubscription>()`).
#[derive(Debug)]
pub struct StartSubscription;
static START_SUBSCRIPTION_SPEC: OperationSpec = OperationSpec {
    operation: &client::START_SUBSCRIPTION_OPERATION,
    params: &[],
    check_body: check_body::<StartSubscription>,
};
__rt::mock_support::mock_operation!(
    StartSubscription, START_SUBSCRIPTION_SPEC, (json req plain
    models::StartSubscriptionRequest), (json 200u16 models::StartSubscriptionResponse)
);
impl StartSubscription {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> Reply<Self> {
        Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> Reply<Self> {
        Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> Reply<Self> {
        Reply::status(500u16)
    }
}
