//! Application code that calls ConnectID through the generated `connectid` crate, the way
//! a team that consumes the crate writes it. Its tests (`tests/decline.rs`) use only the
//! crate's public API and its `mock` feature: they show what a consumer's tests look like
//! and keep the mock honest.

use connectid::error::DeclineShareClientModeError;
use connectid::models::{
    DeclineChangeType, DeclineShareRequest, DeclineShareStatus, ShareRulesResponse,
};
use connectid::{ApiError, Client, Error};

/// What declining a share invitation came to, as the application shows it.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// ConnectID answered status `5`, the one its reference shows for a decline.
    Declined,
    /// ConnectID answered another status code; the application logs it.
    OtherStatus(String),
    /// ConnectID refused the request (400): the code is wrong or already used.
    Refused,
    /// ConnectID kept rate-limiting after the client's retries: try again later.
    TryLater,
}

/// Why a call to ConnectID failed, as the application reports it.
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    /// The request breaks a rule of the API (a share code too long, say), so nothing was
    /// sent.
    Invalid(String),
    /// The application's own credentials were refused by the token endpoint.
    NotAuthorized(String),
    /// ConnectID answered an error status the call has no meaning of its own for.
    Failed {
        /// The operation that failed.
        operation: &'static str,
        /// The HTTP status.
        status: u16,
        /// Whether the spec lists that status for the operation.
        declared: bool,
        /// The body as received.
        body: String,
    },
    /// Anything else: the network, or a response the client could not read.
    Unavailable(String),
}

/// The application's one error handler, for the errors of every operation: what the
/// operations' error enums share (`ApiError`) is all it needs.
pub fn problem<E: ApiError>(error: &Error<E>) -> Problem {
    match error {
        Error::InvalidRequest(e) => Problem::Invalid(e.to_string()),
        Error::Auth(e) => Problem::NotAuthorized(e.to_string()),
        Error::Api(e) => Problem::Failed {
            operation: e.operation(),
            status: e.status().as_u16(),
            declared: e.is_declared(),
            body: e.response().text().into_owned(),
        },
        other => Problem::Unavailable(other.to_string()),
    }
}

/// Declines the share invitation with `code` on the recipient's behalf (client mode).
pub async fn decline_invitation(client: &Client, code: &str) -> Result<Outcome, Problem> {
    let request = DeclineShareRequest::new(code.trim(), DeclineChangeType::Decline);
    decline(client, &request).await
}

/// Sends a decline request as given; [`decline_invitation`] builds the usual one. The two
/// statuses that mean something to the application are told apart; every other failure
/// goes to [`problem`].
pub async fn decline(client: &Client, request: &DeclineShareRequest) -> Result<Outcome, Problem> {
    match client.decline_share_client_mode(request).await {
        Ok(response) => Ok(match &response.body().status {
            DeclineShareStatus::Value5 => Outcome::Declined,
            other => Outcome::OtherStatus(other.to_string()),
        }),
        Err(Error::Api(DeclineShareClientModeError::BadRequest(_))) => Ok(Outcome::Refused),
        Err(Error::Api(DeclineShareClientModeError::TooManyRequests(_))) => Ok(Outcome::TryLater),
        Err(other) => Err(problem(&other)),
    }
}

/// The share rules of the user's `product` (user mode), failures through [`problem`].
pub async fn shareable_rules(
    client: &Client,
    product: &str,
) -> Result<ShareRulesResponse, Problem> {
    match client.list_shareable_subscription_rules(product).await {
        Ok(response) => Ok(response.into_body()),
        Err(e) => Err(problem(&e)),
    }
}
