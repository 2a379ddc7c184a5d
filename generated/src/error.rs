// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The error statuses each operation declares.
//!
//! An operation returns [`crate::Error`]; its `Api` variant holds the enum of that
//! operation from this module.
#[allow(unused_imports)]
use crate::{calls, client, error, models, runtime as __rt};
/// Error responses of [`Client::decline_share_client_mode`](crate::Client::decline_share_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum DeclineShareClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    DeclineShareClientModeError, UnexpectedStatus,
    "`declineShareClientMode` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::send_subscription_share_invitation`](crate::Client::send_subscription_share_invitation).
#[derive(Debug)]
#[non_exhaustive]
pub enum SendSubscriptionShareInvitationError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    SendSubscriptionShareInvitationError, UnexpectedStatus,
    "`sendSubscriptionShareInvitation` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::list_shareable_subscription_rules`](crate::Client::list_shareable_subscription_rules).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListShareableSubscriptionRulesError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    ListShareableSubscriptionRulesError, UnexpectedStatus,
    "`listShareableSubscriptionRules` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::cancel_sharing`](crate::Client::cancel_sharing).
#[derive(Debug)]
#[non_exhaustive]
pub enum CancelSharingError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    CancelSharingError, UnexpectedStatus, "`cancelSharing` failed with status {}",
    [BadRequest 400 => raw, TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::check_access`](crate::Client::check_access).
#[derive(Debug)]
#[non_exhaustive]
pub enum CheckAccessError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    CheckAccessError, UnexpectedStatus, "`checkAccess` failed with status {}",
    [BadRequest 400 => raw, TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::check_access_client_mode`](crate::Client::check_access_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum CheckAccessClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    CheckAccessClientModeError, UnexpectedStatus,
    "`checkAccessClientMode` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::assign_user_client_mode`](crate::Client::assign_user_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum AssignUserClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    AssignUserClientModeError, UnexpectedStatus,
    "`assignUserClientMode` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::list_invoices_client_mode`](crate::Client::list_invoices_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInvoicesClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 404: Not Found. The reference documents no body for this response.
    NotFound(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    ListInvoicesClientModeError, UnexpectedStatus,
    "`listInvoicesClientMode` failed with status {}", [BadRequest 400 => raw, NotFound
    404 => raw, TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::list_invoices_for_product_client_mode`](crate::Client::list_invoices_for_product_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInvoicesForProductClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 404: Not Found. The reference documents no body for this response.
    NotFound(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    ListInvoicesForProductClientModeError, UnexpectedStatus,
    "`listInvoicesForProductClientMode` failed with status {}", [BadRequest 400 => raw,
    NotFound 404 => raw, TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::list_invoices_and_reminders_for_product`](crate::Client::list_invoices_and_reminders_for_product).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInvoicesAndRemindersForProductError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    ListInvoicesAndRemindersForProductError, UnexpectedStatus,
    "`listInvoicesAndRemindersForProduct` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::list_invoice_details`](crate::Client::list_invoice_details).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListInvoiceDetailsError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    ListInvoiceDetailsError, UnexpectedStatus,
    "`listInvoiceDetails` failed with status {}", [BadRequest 400 => raw, TooManyRequests
    429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::list_consent_event_history_client_mode`](crate::Client::list_consent_event_history_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListConsentEventHistoryClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    ListConsentEventHistoryClientModeError, UnexpectedStatus,
    "`listConsentEventHistoryClientMode` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::list_consent_text_history_client_mode`](crate::Client::list_consent_text_history_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListConsentTextHistoryClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    ListConsentTextHistoryClientModeError, UnexpectedStatus,
    "`listConsentTextHistoryClientMode` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::list_consent_given_issuer`](crate::Client::list_consent_given_issuer).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListConsentGivenIssuerError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    ListConsentGivenIssuerError, UnexpectedStatus,
    "`listConsentGivenIssuer` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::register_consent_event_client_mode`](crate::Client::register_consent_event_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterConsentEventClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    RegisterConsentEventClientModeError, UnexpectedStatus,
    "`registerConsentEventClientMode` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::register_external_id_client_mode`](crate::Client::register_external_id_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterExternalIdClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    RegisterExternalIdClientModeError, UnexpectedStatus,
    "`registerExternalIdClientMode` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::register_customer_client_mode`](crate::Client::register_customer_client_mode).
#[derive(Debug)]
#[non_exhaustive]
pub enum RegisterCustomerClientModeError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    RegisterCustomerClientModeError, UnexpectedStatus,
    "`registerCustomerClientMode` failed with status {}", [BadRequest 400 => raw,
    TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::list_messages`](crate::Client::list_messages).
#[derive(Debug)]
#[non_exhaustive]
pub enum ListMessagesError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    ListMessagesError, UnexpectedStatus, "`listMessages` failed with status {}",
    [BadRequest 400 => raw, TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::send_message`](crate::Client::send_message).
#[derive(Debug)]
#[non_exhaustive]
pub enum SendMessageError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    SendMessageError, UnexpectedStatus, "`sendMessage` failed with status {}",
    [BadRequest 400 => raw, TooManyRequests 429 => raw, InternalServerError 500 => raw]
);
/// Error responses of [`Client::start_subscription`](crate::Client::start_subscription).
#[derive(Debug)]
#[non_exhaustive]
pub enum StartSubscriptionError {
    /// Status 400: Bad Request. The reference documents no body for this response.
    BadRequest(crate::ResponseContent),
    /// Status 429: Too Many Requests: the client went over its rate limit (100 calls per second and
    /// 2,000 calls per minute). The reference documents no body for this response.
    TooManyRequests(crate::ResponseContent),
    /// Status 500: Server Error. The reference documents no body for this response.
    InternalServerError(crate::ResponseContent),
    /// A status the spec does not list for this operation.
    UnexpectedStatus(crate::ResponseContent),
}
__rt::api_error!(
    StartSubscriptionError, UnexpectedStatus,
    "`startSubscription` failed with status {}", [BadRequest 400 => raw, TooManyRequests
    429 => raw, InternalServerError 500 => raw]
);
