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
/// A local mock of Connect/ConnectID API: start it with `MockServer::start().await`, get a client for it with `client_builder()`, and set up answers per operation with `on::<Operation>()`.
pub type MockServer = crate::runtime::mock_support::MockServer<Api>;
/// The API as the mock serves it: its operations, and how a client reaches the mock.
#[derive(Debug)]
pub struct Api;
static OPERATIONS: &[&crate::runtime::mock_support::OperationSpec] = &[
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
impl crate::runtime::mock_support::MockApi for Api {
    type Builder = crate::ClientBuilder;
    fn operations() -> &'static [&'static crate::runtime::mock_support::OperationSpec] {
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
                        ::std::option::Option::Some(
                            crate::Secret::from(MOCK_CLIENT_SECRET),
                        ),
                    ),
            )
    }
}
/// `PATCH /v1/client/subscription/share/invitation`: [`Client::decline_share_client_mode`](crate::Client::decline_share_client_mode), as the mock serves it (`server.on::<DeclineShareClientMode>()`).
#[derive(Debug)]
pub struct DeclineShareClientMode;
static DECLINE_SHARE_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::DECLINE_SHARE_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<DeclineShareClientMode>,
};
impl crate::runtime::mock_support::MockOperation for DeclineShareClientMode {
    type Api = Api;
    type Body = crate::models::DeclineShareRequest;
    type Success = crate::models::DeclineShareResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &DECLINE_SHARE_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::DeclineShareRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        value.validate().map_err(|e| e.within("body").to_string())?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl DeclineShareClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `POST /v1/subscription/share/invitation`: [`Client::send_subscription_share_invitation`](crate::Client::send_subscription_share_invitation), as the mock serves it (`server.on::<SendSubscriptionShareInvitation>()`).
#[derive(Debug)]
pub struct SendSubscriptionShareInvitation;
static SEND_SUBSCRIPTION_SHARE_INVITATION_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::SEND_SUBSCRIPTION_SHARE_INVITATION_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<
        SendSubscriptionShareInvitation,
    >,
};
impl crate::runtime::mock_support::MockOperation for SendSubscriptionShareInvitation {
    type Api = Api;
    type Body = crate::models::ShareInvitationRequest;
    type Success = crate::models::ShareStatusResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &SEND_SUBSCRIPTION_SHARE_INVITATION_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::ShareInvitationRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        value.validate().map_err(|e| e.within("body").to_string())?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl SendSubscriptionShareInvitation {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `GET /v1/customer/product/share/rule/{productCode}`: [`Client::list_shareable_subscription_rules`](crate::Client::list_shareable_subscription_rules), as the mock serves it (`server.on::<ListShareableSubscriptionRules>()`).
#[derive(Debug)]
pub struct ListShareableSubscriptionRules;
static LIST_SHAREABLE_SUBSCRIPTION_RULES_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::LIST_SHAREABLE_SUBSCRIPTION_RULES_OPERATION,
    params: &[
        crate::runtime::mock_support::ParamSpec {
            name: "productCode",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
    ],
    check_body: crate::runtime::mock_support::check_body::<
        ListShareableSubscriptionRules,
    >,
};
impl crate::runtime::mock_support::MockOperation for ListShareableSubscriptionRules {
    type Api = Api;
    type Body = ();
    type Success = crate::models::ShareRulesResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &LIST_SHAREABLE_SUBSCRIPTION_RULES_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        _ = bytes;
        ::std::result::Result::Ok(())
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl ListShareableSubscriptionRules {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `PATCH /v1/subscription/share`: [`Client::cancel_sharing`](crate::Client::cancel_sharing), as the mock serves it (`server.on::<CancelSharing>()`).
#[derive(Debug)]
pub struct CancelSharing;
static CANCEL_SHARING_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::CANCEL_SHARING_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<CancelSharing>,
};
impl crate::runtime::mock_support::MockOperation for CancelSharing {
    type Api = Api;
    type Body = crate::models::CancelSharingRequest;
    type Success = crate::models::ShareStatusResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &CANCEL_SHARING_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::CancelSharingRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl CancelSharing {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `POST /v1/customer/access`: [`Client::check_access`](crate::Client::check_access), as the mock serves it (`server.on::<CheckAccess>()`).
#[derive(Debug)]
pub struct CheckAccess;
static CHECK_ACCESS_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::CHECK_ACCESS_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<CheckAccess>,
};
impl crate::runtime::mock_support::MockOperation for CheckAccess {
    type Api = Api;
    type Body = crate::models::CheckAccessRequest;
    type Success = crate::models::CheckAccessResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &CHECK_ACCESS_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::CheckAccessRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl CheckAccess {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `POST /v1/client/access`: [`Client::check_access_client_mode`](crate::Client::check_access_client_mode), as the mock serves it (`server.on::<CheckAccessClientMode>()`).
#[derive(Debug)]
pub struct CheckAccessClientMode;
static CHECK_ACCESS_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::CHECK_ACCESS_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<CheckAccessClientMode>,
};
impl crate::runtime::mock_support::MockOperation for CheckAccessClientMode {
    type Api = Api;
    type Body = crate::models::CheckAccessRequest;
    type Success = crate::models::CheckAccessResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &CHECK_ACCESS_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::CheckAccessRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl CheckAccessClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `POST /v1/client/order/{orderId}/user`: [`Client::assign_user_client_mode`](crate::Client::assign_user_client_mode), as the mock serves it (`server.on::<AssignUserClientMode>()`).
#[derive(Debug)]
pub struct AssignUserClientMode;
static ASSIGN_USER_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::ASSIGN_USER_CLIENT_MODE_OPERATION,
    params: &[
        crate::runtime::mock_support::ParamSpec {
            name: "orderId",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
    ],
    check_body: crate::runtime::mock_support::check_body::<AssignUserClientMode>,
};
impl crate::runtime::mock_support::MockOperation for AssignUserClientMode {
    type Api = Api;
    type Body = crate::models::AssignUserRequest;
    type Success = crate::models::AssignUserResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &ASSIGN_USER_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::AssignUserRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        value.validate().map_err(|e| e.within("body").to_string())?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl AssignUserClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `GET /v1/client/customer/invoice/payment/{customerNumber}`: [`Client::list_invoices_client_mode`](crate::Client::list_invoices_client_mode), as the mock serves it (`server.on::<ListInvoicesClientMode>()`).
#[derive(Debug)]
pub struct ListInvoicesClientMode;
static LIST_INVOICES_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::LIST_INVOICES_CLIENT_MODE_OPERATION,
    params: &[
        crate::runtime::mock_support::ParamSpec {
            name: "customerNumber",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::Integer,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "from",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(10u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "to",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(10u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
    ],
    check_body: crate::runtime::mock_support::check_body::<ListInvoicesClientMode>,
};
impl crate::runtime::mock_support::MockOperation for ListInvoicesClientMode {
    type Api = Api;
    type Body = ();
    type Success = crate::models::ClientInvoiceListResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &LIST_INVOICES_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        _ = bytes;
        ::std::result::Result::Ok(())
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl ListInvoicesClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 404: Not Found. The reference documents no body for this response.
    pub fn not_found() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(404u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `GET /v1/client/customer/invoice/payment/{customerNumber}/{productCode}`: [`Client::list_invoices_for_product_client_mode`](crate::Client::list_invoices_for_product_client_mode), as the mock serves it (`server.on::<ListInvoicesForProductClientMode>()`).
#[derive(Debug)]
pub struct ListInvoicesForProductClientMode;
static LIST_INVOICES_FOR_PRODUCT_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::LIST_INVOICES_FOR_PRODUCT_CLIENT_MODE_OPERATION,
    params: &[
        crate::runtime::mock_support::ParamSpec {
            name: "customerNumber",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::Integer,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "productCode",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(12u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "from",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(10u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "to",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(10u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
    ],
    check_body: crate::runtime::mock_support::check_body::<
        ListInvoicesForProductClientMode,
    >,
};
impl crate::runtime::mock_support::MockOperation for ListInvoicesForProductClientMode {
    type Api = Api;
    type Body = ();
    type Success = crate::models::ClientInvoiceListResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &LIST_INVOICES_FOR_PRODUCT_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        _ = bytes;
        ::std::result::Result::Ok(())
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl ListInvoicesForProductClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 404: Not Found. The reference documents no body for this response.
    pub fn not_found() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(404u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `GET /v1/customer/invoice/payment/{product}`: [`Client::list_invoices_and_reminders_for_product`](crate::Client::list_invoices_and_reminders_for_product), as the mock serves it (`server.on::<ListInvoicesAndRemindersForProduct>()`).
#[derive(Debug)]
pub struct ListInvoicesAndRemindersForProduct;
static LIST_INVOICES_AND_REMINDERS_FOR_PRODUCT_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::LIST_INVOICES_AND_REMINDERS_FOR_PRODUCT_OPERATION,
    params: &[
        crate::runtime::mock_support::ParamSpec {
            name: "product",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(12u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "unpaid",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::Boolean,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "from",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(10u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "to",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(10u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
    ],
    check_body: crate::runtime::mock_support::check_body::<
        ListInvoicesAndRemindersForProduct,
    >,
};
impl crate::runtime::mock_support::MockOperation for ListInvoicesAndRemindersForProduct {
    type Api = Api;
    type Body = ();
    type Success = crate::models::InvoicesAndRemindersResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &LIST_INVOICES_AND_REMINDERS_FOR_PRODUCT_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        _ = bytes;
        ::std::result::Result::Ok(())
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl ListInvoicesAndRemindersForProduct {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `GET /v1/customer/invoice/details`: [`Client::list_invoice_details`](crate::Client::list_invoice_details), as the mock serves it (`server.on::<ListInvoiceDetails>()`).
#[derive(Debug)]
pub struct ListInvoiceDetails;
static LIST_INVOICE_DETAILS_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::LIST_INVOICE_DETAILS_OPERATION,
    params: &[
        crate::runtime::mock_support::ParamSpec {
            name: "companyCode",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(12u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "invoiceNumber",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::Integer,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "reminderNumber",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::Integer,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
    ],
    check_body: crate::runtime::mock_support::check_body::<ListInvoiceDetails>,
};
impl crate::runtime::mock_support::MockOperation for ListInvoiceDetails {
    type Api = Api;
    type Body = ();
    type Success = crate::models::InvoiceDetailsResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &LIST_INVOICE_DETAILS_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        _ = bytes;
        ::std::result::Result::Ok(())
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl ListInvoiceDetails {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `GET /v1/client/customer/privacy/consentEvent/history/{issuer}/{subjectType}/{subject}`: [`Client::list_consent_event_history_client_mode`](crate::Client::list_consent_event_history_client_mode), as the mock serves it (`server.on::<ListConsentEventHistoryClientMode>()`).
#[derive(Debug)]
pub struct ListConsentEventHistoryClientMode;
static LIST_CONSENT_EVENT_HISTORY_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::LIST_CONSENT_EVENT_HISTORY_CLIENT_MODE_OPERATION,
    params: &[
        crate::runtime::mock_support::ParamSpec {
            name: "issuer",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(255u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "subjectType",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &["CONNECT", "CONNECTID", "EXTERNAL", "ORDER"],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "subject",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(255u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "onlyActive",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::Boolean,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
    ],
    check_body: crate::runtime::mock_support::check_body::<
        ListConsentEventHistoryClientMode,
    >,
};
impl crate::runtime::mock_support::MockOperation for ListConsentEventHistoryClientMode {
    type Api = Api;
    type Body = ();
    type Success = crate::models::ConsentEventHistoryResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &LIST_CONSENT_EVENT_HISTORY_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        _ = bytes;
        ::std::result::Result::Ok(())
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl ListConsentEventHistoryClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `GET /v1/client/customer/privacy/consent/text/history/{issuer}`: [`Client::list_consent_text_history_client_mode`](crate::Client::list_consent_text_history_client_mode), as the mock serves it (`server.on::<ListConsentTextHistoryClientMode>()`).
#[derive(Debug)]
pub struct ListConsentTextHistoryClientMode;
static LIST_CONSENT_TEXT_HISTORY_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::LIST_CONSENT_TEXT_HISTORY_CLIENT_MODE_OPERATION,
    params: &[
        crate::runtime::mock_support::ParamSpec {
            name: "issuer",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(255u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "consentGroupId",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::Integer,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "consentId",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::Integer,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "target",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(255u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "scope",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(255u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "onlyActive",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::Boolean,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
    ],
    check_body: crate::runtime::mock_support::check_body::<
        ListConsentTextHistoryClientMode,
    >,
};
impl crate::runtime::mock_support::MockOperation for ListConsentTextHistoryClientMode {
    type Api = Api;
    type Body = ();
    type Success = crate::models::ConsentTextHistoryResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &LIST_CONSENT_TEXT_HISTORY_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        _ = bytes;
        ::std::result::Result::Ok(())
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl ListConsentTextHistoryClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `GET /v1/customer/privacy/consents/{issuer}`: [`Client::list_consent_given_issuer`](crate::Client::list_consent_given_issuer), as the mock serves it (`server.on::<ListConsentGivenIssuer>()`).
#[derive(Debug)]
pub struct ListConsentGivenIssuer;
static LIST_CONSENT_GIVEN_ISSUER_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::LIST_CONSENT_GIVEN_ISSUER_OPERATION,
    params: &[
        crate::runtime::mock_support::ParamSpec {
            name: "issuer",
            location: crate::runtime::mock_support::ParamIn::Path,
            required: true,
            kind: crate::runtime::mock_support::ValueKind::String,
            array: false,
            explode: false,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::Some(255u64),
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "consentGroupId",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::Integer,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
        crate::runtime::mock_support::ParamSpec {
            name: "onlyActive",
            location: crate::runtime::mock_support::ParamIn::Query,
            required: false,
            kind: crate::runtime::mock_support::ValueKind::Boolean,
            array: false,
            explode: true,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            minimum: ::std::option::Option::None,
            maximum: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
            values: &[],
        },
    ],
    check_body: crate::runtime::mock_support::check_body::<ListConsentGivenIssuer>,
};
impl crate::runtime::mock_support::MockOperation for ListConsentGivenIssuer {
    type Api = Api;
    type Body = ();
    type Success = crate::models::ConsentsResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &LIST_CONSENT_GIVEN_ISSUER_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        _ = bytes;
        ::std::result::Result::Ok(())
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl ListConsentGivenIssuer {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `POST /v1/client/customer/privacy/consentEvent`: [`Client::register_consent_event_client_mode`](crate::Client::register_consent_event_client_mode), as the mock serves it (`server.on::<RegisterConsentEventClientMode>()`).
#[derive(Debug)]
pub struct RegisterConsentEventClientMode;
static REGISTER_CONSENT_EVENT_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::REGISTER_CONSENT_EVENT_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<
        RegisterConsentEventClientMode,
    >,
};
impl crate::runtime::mock_support::MockOperation for RegisterConsentEventClientMode {
    type Api = Api;
    type Body = crate::models::ConsentEventRequest;
    type Success = crate::models::ConsentEventResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &REGISTER_CONSENT_EVENT_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::ConsentEventRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl RegisterConsentEventClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `POST /v1/client/extid`: [`Client::register_external_id_client_mode`](crate::Client::register_external_id_client_mode), as the mock serves it (`server.on::<RegisterExternalIdClientMode>()`).
#[derive(Debug)]
pub struct RegisterExternalIdClientMode;
static REGISTER_EXTERNAL_ID_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::REGISTER_EXTERNAL_ID_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<RegisterExternalIdClientMode>,
};
impl crate::runtime::mock_support::MockOperation for RegisterExternalIdClientMode {
    type Api = Api;
    type Body = crate::models::RegisterExternalIdRequest;
    type Success = crate::models::ExternalIdentity;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &REGISTER_EXTERNAL_ID_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::RegisterExternalIdRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        value.validate().map_err(|e| e.within("body").to_string())?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl RegisterExternalIdClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `POST /v1/client/extid/customer`: [`Client::register_customer_client_mode`](crate::Client::register_customer_client_mode), as the mock serves it (`server.on::<RegisterCustomerClientMode>()`).
#[derive(Debug)]
pub struct RegisterCustomerClientMode;
static REGISTER_CUSTOMER_CLIENT_MODE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::REGISTER_CUSTOMER_CLIENT_MODE_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<RegisterCustomerClientMode>,
};
impl crate::runtime::mock_support::MockOperation for RegisterCustomerClientMode {
    type Api = Api;
    type Body = crate::models::RegisterCustomerRequest;
    type Success = crate::models::ExternalIdentity;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &REGISTER_CUSTOMER_CLIENT_MODE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::RegisterCustomerRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl RegisterCustomerClientMode {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `GET /v1/customer/message`: [`Client::list_messages`](crate::Client::list_messages), as the mock serves it (`server.on::<ListMessages>()`).
#[derive(Debug)]
pub struct ListMessages;
static LIST_MESSAGES_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::LIST_MESSAGES_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<ListMessages>,
};
impl crate::runtime::mock_support::MockOperation for ListMessages {
    type Api = Api;
    type Body = ();
    type Success = crate::models::MessagesResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &LIST_MESSAGES_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        _ = bytes;
        ::std::result::Result::Ok(())
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl ListMessages {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `POST /v1/customer/message`: [`Client::send_message`](crate::Client::send_message), as the mock serves it (`server.on::<SendMessage>()`).
#[derive(Debug)]
pub struct SendMessage;
static SEND_MESSAGE_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::SEND_MESSAGE_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<SendMessage>,
};
impl crate::runtime::mock_support::MockOperation for SendMessage {
    type Api = Api;
    type Body = crate::models::SendMessageRequest;
    type Success = crate::models::MessagesResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &SEND_MESSAGE_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::SendMessageRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        value.validate().map_err(|e| e.within("body").to_string())?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl SendMessage {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
/// `POST /v1/subscription`: [`Client::start_subscription`](crate::Client::start_subscription), as the mock serves it (`server.on::<StartSubscription>()`).
#[derive(Debug)]
pub struct StartSubscription;
static START_SUBSCRIPTION_SPEC: crate::runtime::mock_support::OperationSpec = crate::runtime::mock_support::OperationSpec {
    operation: &crate::client::START_SUBSCRIPTION_OPERATION,
    params: &[],
    check_body: crate::runtime::mock_support::check_body::<StartSubscription>,
};
impl crate::runtime::mock_support::MockOperation for StartSubscription {
    type Api = Api;
    type Body = crate::models::StartSubscriptionRequest;
    type Success = crate::models::StartSubscriptionResponse;
    fn spec() -> &'static crate::runtime::mock_support::OperationSpec {
        &START_SUBSCRIPTION_SPEC
    }
    fn decode_body(
        bytes: &[u8],
    ) -> ::std::result::Result<Self::Body, ::std::string::String> {
        if bytes.is_empty() {
            return ::std::result::Result::Err(
                "the request body is required".to_string(),
            );
        }
        let value: crate::models::StartSubscriptionRequest = crate::runtime::mock_support::decode_json(
            bytes,
        )?;
        ::std::result::Result::Ok(value)
    }
    fn success(body: &Self::Success) -> crate::runtime::mock_support::ResponseTemplate {
        crate::runtime::mock_support::json_response(200u16, body)
    }
}
impl StartSubscription {
    /// The documented error response with status 400: Bad Request. The reference documents no body for this response.
    pub fn bad_request() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(400u16)
    }
    /// The documented error response with status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    ///
    /// Add `.retry_after(seconds)` for the `Retry-After` header.
    pub fn too_many_requests() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(429u16)
    }
    /// The documented error response with status 500: Server Error. The reference documents no body for this response.
    pub fn internal_server_error() -> crate::runtime::mock_support::Reply<Self> {
        crate::runtime::mock_support::Reply::status(500u16)
    }
}
