// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The error statuses each operation declares.
//!
//! An operation returns [`crate::Error`]; its `Api` variant holds the enum of that
//! operation from this module.
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
impl DeclineShareClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => DeclineShareClientModeError::BadRequest(response),
            429 => DeclineShareClientModeError::TooManyRequests(response),
            500 => DeclineShareClientModeError::InternalServerError(response),
            _ => DeclineShareClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            DeclineShareClientModeError::BadRequest(r) => r,
            DeclineShareClientModeError::TooManyRequests(r) => r,
            DeclineShareClientModeError::InternalServerError(r) => r,
            DeclineShareClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for DeclineShareClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`declineShareClientMode` failed with status {}", self.response().status()
        )
    }
}
impl ::std::error::Error for DeclineShareClientModeError {}
impl crate::ApiError for DeclineShareClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        DeclineShareClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, DeclineShareClientModeError::UnexpectedStatus(_))
    }
}
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
impl SendSubscriptionShareInvitationError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => SendSubscriptionShareInvitationError::BadRequest(response),
            429 => SendSubscriptionShareInvitationError::TooManyRequests(response),
            500 => SendSubscriptionShareInvitationError::InternalServerError(response),
            _ => SendSubscriptionShareInvitationError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            SendSubscriptionShareInvitationError::BadRequest(r) => r,
            SendSubscriptionShareInvitationError::TooManyRequests(r) => r,
            SendSubscriptionShareInvitationError::InternalServerError(r) => r,
            SendSubscriptionShareInvitationError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for SendSubscriptionShareInvitationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`sendSubscriptionShareInvitation` failed with status {}", self.response()
            .status()
        )
    }
}
impl ::std::error::Error for SendSubscriptionShareInvitationError {}
impl crate::ApiError for SendSubscriptionShareInvitationError {
    fn response(&self) -> &crate::ResponseContent {
        SendSubscriptionShareInvitationError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, SendSubscriptionShareInvitationError::UnexpectedStatus(_))
    }
}
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
impl ListShareableSubscriptionRulesError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => ListShareableSubscriptionRulesError::BadRequest(response),
            429 => ListShareableSubscriptionRulesError::TooManyRequests(response),
            500 => ListShareableSubscriptionRulesError::InternalServerError(response),
            _ => ListShareableSubscriptionRulesError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            ListShareableSubscriptionRulesError::BadRequest(r) => r,
            ListShareableSubscriptionRulesError::TooManyRequests(r) => r,
            ListShareableSubscriptionRulesError::InternalServerError(r) => r,
            ListShareableSubscriptionRulesError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for ListShareableSubscriptionRulesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`listShareableSubscriptionRules` failed with status {}", self.response()
            .status()
        )
    }
}
impl ::std::error::Error for ListShareableSubscriptionRulesError {}
impl crate::ApiError for ListShareableSubscriptionRulesError {
    fn response(&self) -> &crate::ResponseContent {
        ListShareableSubscriptionRulesError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, ListShareableSubscriptionRulesError::UnexpectedStatus(_))
    }
}
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
impl CancelSharingError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => CancelSharingError::BadRequest(response),
            429 => CancelSharingError::TooManyRequests(response),
            500 => CancelSharingError::InternalServerError(response),
            _ => CancelSharingError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            CancelSharingError::BadRequest(r) => r,
            CancelSharingError::TooManyRequests(r) => r,
            CancelSharingError::InternalServerError(r) => r,
            CancelSharingError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for CancelSharingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "`cancelSharing` failed with status {}", self.response().status())
    }
}
impl ::std::error::Error for CancelSharingError {}
impl crate::ApiError for CancelSharingError {
    fn response(&self) -> &crate::ResponseContent {
        CancelSharingError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, CancelSharingError::UnexpectedStatus(_))
    }
}
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
impl CheckAccessError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => CheckAccessError::BadRequest(response),
            429 => CheckAccessError::TooManyRequests(response),
            500 => CheckAccessError::InternalServerError(response),
            _ => CheckAccessError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            CheckAccessError::BadRequest(r) => r,
            CheckAccessError::TooManyRequests(r) => r,
            CheckAccessError::InternalServerError(r) => r,
            CheckAccessError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for CheckAccessError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "`checkAccess` failed with status {}", self.response().status())
    }
}
impl ::std::error::Error for CheckAccessError {}
impl crate::ApiError for CheckAccessError {
    fn response(&self) -> &crate::ResponseContent {
        CheckAccessError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, CheckAccessError::UnexpectedStatus(_))
    }
}
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
impl CheckAccessClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => CheckAccessClientModeError::BadRequest(response),
            429 => CheckAccessClientModeError::TooManyRequests(response),
            500 => CheckAccessClientModeError::InternalServerError(response),
            _ => CheckAccessClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            CheckAccessClientModeError::BadRequest(r) => r,
            CheckAccessClientModeError::TooManyRequests(r) => r,
            CheckAccessClientModeError::InternalServerError(r) => r,
            CheckAccessClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for CheckAccessClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`checkAccessClientMode` failed with status {}", self.response().status()
        )
    }
}
impl ::std::error::Error for CheckAccessClientModeError {}
impl crate::ApiError for CheckAccessClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        CheckAccessClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, CheckAccessClientModeError::UnexpectedStatus(_))
    }
}
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
impl AssignUserClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => AssignUserClientModeError::BadRequest(response),
            429 => AssignUserClientModeError::TooManyRequests(response),
            500 => AssignUserClientModeError::InternalServerError(response),
            _ => AssignUserClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            AssignUserClientModeError::BadRequest(r) => r,
            AssignUserClientModeError::TooManyRequests(r) => r,
            AssignUserClientModeError::InternalServerError(r) => r,
            AssignUserClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for AssignUserClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`assignUserClientMode` failed with status {}", self.response().status()
        )
    }
}
impl ::std::error::Error for AssignUserClientModeError {}
impl crate::ApiError for AssignUserClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        AssignUserClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, AssignUserClientModeError::UnexpectedStatus(_))
    }
}
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
impl ListInvoicesClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => ListInvoicesClientModeError::BadRequest(response),
            404 => ListInvoicesClientModeError::NotFound(response),
            429 => ListInvoicesClientModeError::TooManyRequests(response),
            500 => ListInvoicesClientModeError::InternalServerError(response),
            _ => ListInvoicesClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            ListInvoicesClientModeError::BadRequest(r) => r,
            ListInvoicesClientModeError::NotFound(r) => r,
            ListInvoicesClientModeError::TooManyRequests(r) => r,
            ListInvoicesClientModeError::InternalServerError(r) => r,
            ListInvoicesClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for ListInvoicesClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`listInvoicesClientMode` failed with status {}", self.response().status()
        )
    }
}
impl ::std::error::Error for ListInvoicesClientModeError {}
impl crate::ApiError for ListInvoicesClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        ListInvoicesClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, ListInvoicesClientModeError::UnexpectedStatus(_))
    }
}
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
impl ListInvoicesForProductClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => ListInvoicesForProductClientModeError::BadRequest(response),
            404 => ListInvoicesForProductClientModeError::NotFound(response),
            429 => ListInvoicesForProductClientModeError::TooManyRequests(response),
            500 => ListInvoicesForProductClientModeError::InternalServerError(response),
            _ => ListInvoicesForProductClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            ListInvoicesForProductClientModeError::BadRequest(r) => r,
            ListInvoicesForProductClientModeError::NotFound(r) => r,
            ListInvoicesForProductClientModeError::TooManyRequests(r) => r,
            ListInvoicesForProductClientModeError::InternalServerError(r) => r,
            ListInvoicesForProductClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for ListInvoicesForProductClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`listInvoicesForProductClientMode` failed with status {}", self
            .response().status()
        )
    }
}
impl ::std::error::Error for ListInvoicesForProductClientModeError {}
impl crate::ApiError for ListInvoicesForProductClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        ListInvoicesForProductClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(
            self, ListInvoicesForProductClientModeError::UnexpectedStatus(_)
        )
    }
}
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
impl ListInvoicesAndRemindersForProductError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => ListInvoicesAndRemindersForProductError::BadRequest(response),
            429 => ListInvoicesAndRemindersForProductError::TooManyRequests(response),
            500 => ListInvoicesAndRemindersForProductError::InternalServerError(response),
            _ => ListInvoicesAndRemindersForProductError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            ListInvoicesAndRemindersForProductError::BadRequest(r) => r,
            ListInvoicesAndRemindersForProductError::TooManyRequests(r) => r,
            ListInvoicesAndRemindersForProductError::InternalServerError(r) => r,
            ListInvoicesAndRemindersForProductError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for ListInvoicesAndRemindersForProductError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`listInvoicesAndRemindersForProduct` failed with status {}", self
            .response().status()
        )
    }
}
impl ::std::error::Error for ListInvoicesAndRemindersForProductError {}
impl crate::ApiError for ListInvoicesAndRemindersForProductError {
    fn response(&self) -> &crate::ResponseContent {
        ListInvoicesAndRemindersForProductError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(
            self, ListInvoicesAndRemindersForProductError::UnexpectedStatus(_)
        )
    }
}
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
impl ListInvoiceDetailsError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => ListInvoiceDetailsError::BadRequest(response),
            429 => ListInvoiceDetailsError::TooManyRequests(response),
            500 => ListInvoiceDetailsError::InternalServerError(response),
            _ => ListInvoiceDetailsError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            ListInvoiceDetailsError::BadRequest(r) => r,
            ListInvoiceDetailsError::TooManyRequests(r) => r,
            ListInvoiceDetailsError::InternalServerError(r) => r,
            ListInvoiceDetailsError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for ListInvoiceDetailsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "`listInvoiceDetails` failed with status {}", self.response().status())
    }
}
impl ::std::error::Error for ListInvoiceDetailsError {}
impl crate::ApiError for ListInvoiceDetailsError {
    fn response(&self) -> &crate::ResponseContent {
        ListInvoiceDetailsError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, ListInvoiceDetailsError::UnexpectedStatus(_))
    }
}
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
impl ListConsentEventHistoryClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => ListConsentEventHistoryClientModeError::BadRequest(response),
            429 => ListConsentEventHistoryClientModeError::TooManyRequests(response),
            500 => ListConsentEventHistoryClientModeError::InternalServerError(response),
            _ => ListConsentEventHistoryClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            ListConsentEventHistoryClientModeError::BadRequest(r) => r,
            ListConsentEventHistoryClientModeError::TooManyRequests(r) => r,
            ListConsentEventHistoryClientModeError::InternalServerError(r) => r,
            ListConsentEventHistoryClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for ListConsentEventHistoryClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`listConsentEventHistoryClientMode` failed with status {}", self
            .response().status()
        )
    }
}
impl ::std::error::Error for ListConsentEventHistoryClientModeError {}
impl crate::ApiError for ListConsentEventHistoryClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        ListConsentEventHistoryClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(
            self, ListConsentEventHistoryClientModeError::UnexpectedStatus(_)
        )
    }
}
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
impl ListConsentTextHistoryClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => ListConsentTextHistoryClientModeError::BadRequest(response),
            429 => ListConsentTextHistoryClientModeError::TooManyRequests(response),
            500 => ListConsentTextHistoryClientModeError::InternalServerError(response),
            _ => ListConsentTextHistoryClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            ListConsentTextHistoryClientModeError::BadRequest(r) => r,
            ListConsentTextHistoryClientModeError::TooManyRequests(r) => r,
            ListConsentTextHistoryClientModeError::InternalServerError(r) => r,
            ListConsentTextHistoryClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for ListConsentTextHistoryClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`listConsentTextHistoryClientMode` failed with status {}", self
            .response().status()
        )
    }
}
impl ::std::error::Error for ListConsentTextHistoryClientModeError {}
impl crate::ApiError for ListConsentTextHistoryClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        ListConsentTextHistoryClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(
            self, ListConsentTextHistoryClientModeError::UnexpectedStatus(_)
        )
    }
}
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
impl ListConsentGivenIssuerError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => ListConsentGivenIssuerError::BadRequest(response),
            429 => ListConsentGivenIssuerError::TooManyRequests(response),
            500 => ListConsentGivenIssuerError::InternalServerError(response),
            _ => ListConsentGivenIssuerError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            ListConsentGivenIssuerError::BadRequest(r) => r,
            ListConsentGivenIssuerError::TooManyRequests(r) => r,
            ListConsentGivenIssuerError::InternalServerError(r) => r,
            ListConsentGivenIssuerError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for ListConsentGivenIssuerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`listConsentGivenIssuer` failed with status {}", self.response().status()
        )
    }
}
impl ::std::error::Error for ListConsentGivenIssuerError {}
impl crate::ApiError for ListConsentGivenIssuerError {
    fn response(&self) -> &crate::ResponseContent {
        ListConsentGivenIssuerError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, ListConsentGivenIssuerError::UnexpectedStatus(_))
    }
}
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
impl RegisterConsentEventClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => RegisterConsentEventClientModeError::BadRequest(response),
            429 => RegisterConsentEventClientModeError::TooManyRequests(response),
            500 => RegisterConsentEventClientModeError::InternalServerError(response),
            _ => RegisterConsentEventClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            RegisterConsentEventClientModeError::BadRequest(r) => r,
            RegisterConsentEventClientModeError::TooManyRequests(r) => r,
            RegisterConsentEventClientModeError::InternalServerError(r) => r,
            RegisterConsentEventClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for RegisterConsentEventClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`registerConsentEventClientMode` failed with status {}", self.response()
            .status()
        )
    }
}
impl ::std::error::Error for RegisterConsentEventClientModeError {}
impl crate::ApiError for RegisterConsentEventClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        RegisterConsentEventClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, RegisterConsentEventClientModeError::UnexpectedStatus(_))
    }
}
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
impl RegisterExternalIdClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => RegisterExternalIdClientModeError::BadRequest(response),
            429 => RegisterExternalIdClientModeError::TooManyRequests(response),
            500 => RegisterExternalIdClientModeError::InternalServerError(response),
            _ => RegisterExternalIdClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            RegisterExternalIdClientModeError::BadRequest(r) => r,
            RegisterExternalIdClientModeError::TooManyRequests(r) => r,
            RegisterExternalIdClientModeError::InternalServerError(r) => r,
            RegisterExternalIdClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for RegisterExternalIdClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`registerExternalIdClientMode` failed with status {}", self.response()
            .status()
        )
    }
}
impl ::std::error::Error for RegisterExternalIdClientModeError {}
impl crate::ApiError for RegisterExternalIdClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        RegisterExternalIdClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, RegisterExternalIdClientModeError::UnexpectedStatus(_))
    }
}
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
impl RegisterCustomerClientModeError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => RegisterCustomerClientModeError::BadRequest(response),
            429 => RegisterCustomerClientModeError::TooManyRequests(response),
            500 => RegisterCustomerClientModeError::InternalServerError(response),
            _ => RegisterCustomerClientModeError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            RegisterCustomerClientModeError::BadRequest(r) => r,
            RegisterCustomerClientModeError::TooManyRequests(r) => r,
            RegisterCustomerClientModeError::InternalServerError(r) => r,
            RegisterCustomerClientModeError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for RegisterCustomerClientModeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(
            f, "`registerCustomerClientMode` failed with status {}", self.response()
            .status()
        )
    }
}
impl ::std::error::Error for RegisterCustomerClientModeError {}
impl crate::ApiError for RegisterCustomerClientModeError {
    fn response(&self) -> &crate::ResponseContent {
        RegisterCustomerClientModeError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, RegisterCustomerClientModeError::UnexpectedStatus(_))
    }
}
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
impl ListMessagesError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => ListMessagesError::BadRequest(response),
            429 => ListMessagesError::TooManyRequests(response),
            500 => ListMessagesError::InternalServerError(response),
            _ => ListMessagesError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            ListMessagesError::BadRequest(r) => r,
            ListMessagesError::TooManyRequests(r) => r,
            ListMessagesError::InternalServerError(r) => r,
            ListMessagesError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for ListMessagesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "`listMessages` failed with status {}", self.response().status())
    }
}
impl ::std::error::Error for ListMessagesError {}
impl crate::ApiError for ListMessagesError {
    fn response(&self) -> &crate::ResponseContent {
        ListMessagesError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, ListMessagesError::UnexpectedStatus(_))
    }
}
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
impl SendMessageError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => SendMessageError::BadRequest(response),
            429 => SendMessageError::TooManyRequests(response),
            500 => SendMessageError::InternalServerError(response),
            _ => SendMessageError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            SendMessageError::BadRequest(r) => r,
            SendMessageError::TooManyRequests(r) => r,
            SendMessageError::InternalServerError(r) => r,
            SendMessageError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for SendMessageError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "`sendMessage` failed with status {}", self.response().status())
    }
}
impl ::std::error::Error for SendMessageError {}
impl crate::ApiError for SendMessageError {
    fn response(&self) -> &crate::ResponseContent {
        SendMessageError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, SendMessageError::UnexpectedStatus(_))
    }
}
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
impl StartSubscriptionError {
    /// Sorts an error response into its variant by status.
    pub(crate) fn from_response(response: crate::ResponseContent) -> Self {
        match response.status().as_u16() {
            400 => StartSubscriptionError::BadRequest(response),
            429 => StartSubscriptionError::TooManyRequests(response),
            500 => StartSubscriptionError::InternalServerError(response),
            _ => StartSubscriptionError::UnexpectedStatus(response),
        }
    }
    /// The response as received: status, headers and raw body.
    pub fn response(&self) -> &crate::ResponseContent {
        match self {
            StartSubscriptionError::BadRequest(r) => r,
            StartSubscriptionError::TooManyRequests(r) => r,
            StartSubscriptionError::InternalServerError(r) => r,
            StartSubscriptionError::UnexpectedStatus(r) => r,
        }
    }
}
impl ::std::fmt::Display for StartSubscriptionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        write!(f, "`startSubscription` failed with status {}", self.response().status())
    }
}
impl ::std::error::Error for StartSubscriptionError {}
impl crate::ApiError for StartSubscriptionError {
    fn response(&self) -> &crate::ResponseContent {
        StartSubscriptionError::response(self)
    }
    fn is_declared(&self) -> bool {
        !::std::matches!(self, StartSubscriptionError::UnexpectedStatus(_))
    }
}
