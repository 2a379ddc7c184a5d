//! Application code that calls ConnectID through the generated `connectid` crate, the way
//! a team that consumes the crate writes it. Its tests (`tests/decline.rs`) use only the
//! crate's public API and its `mock` feature: they show what a consumer's tests look like
//! and keep the mock honest.

use connectid::error::DeclineShareClientModeError;
use connectid::models::{DeclineChangeType, DeclineShareRequest, DeclineShareStatus};
use connectid::{Client, Error};

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

/// Why the application could not ask ConnectID at all.
#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    /// The code breaks a rule of the API, so nothing was sent.
    InvalidCode(String),
    /// The application's own credentials were refused by the token endpoint.
    NotAuthorized(String),
    /// Anything else: the network, or a response the client could not read.
    Unavailable(String),
}

/// Declines the share invitation with `code` on the recipient's behalf (client mode).
pub async fn decline_invitation(client: &Client, code: &str) -> Result<Outcome, Problem> {
    let request = DeclineShareRequest::new(code.trim(), DeclineChangeType::Decline);
    decline(client, &request).await
}

/// Sends a decline request as given; [`decline_invitation`] builds the usual one.
pub async fn decline(client: &Client, request: &DeclineShareRequest) -> Result<Outcome, Problem> {
    match client.decline_share_client_mode(request).await {
        Ok(response) => Ok(match &response.body().status {
            DeclineShareStatus::Value5 => Outcome::Declined,
            other => Outcome::OtherStatus(other.to_string()),
        }),
        Err(Error::Api(DeclineShareClientModeError::BadRequest(_))) => Ok(Outcome::Refused),
        Err(Error::Api(DeclineShareClientModeError::TooManyRequests(_))) => Ok(Outcome::TryLater),
        Err(Error::InvalidRequest(e)) => Err(Problem::InvalidCode(e.to_string())),
        Err(Error::Auth(e)) => Err(Problem::NotAuthorized(e.to_string())),
        Err(other) => Err(Problem::Unavailable(other.to_string())),
    }
}
