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
