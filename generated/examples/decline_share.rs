//! Declines a share invitation in client mode.
//!
//! ```sh
//! CONNECTID_CLIENT_ID=... CONNECTID_CLIENT_SECRET=... \
//!     cargo run -p connectid --example decline_share -- <share code>
//! ```
//!
//! `CONNECTID_BASE_URL` and `CONNECTID_TOKEN_URL` override the spec's server and token URL
//! (e.g. for the test environment). Hand-written: the generator does not own this file.

use connectid::models::{DeclineChangeType, DeclineShareRequest};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let Some(share_code) = std::env::args().nth(1) else {
        eprintln!("usage: decline_share <share code>");
        return ExitCode::from(2);
    };
    let (Ok(client_id), Ok(client_secret)) = (
        std::env::var("CONNECTID_CLIENT_ID"),
        std::env::var("CONNECTID_CLIENT_SECRET"),
    ) else {
        eprintln!("set CONNECTID_CLIENT_ID and CONNECTID_CLIENT_SECRET");
        return ExitCode::from(2);
    };
    let mut builder = connectid::ClientBuilder::new().client_credentials(client_id, client_secret);
    if let Ok(url) = std::env::var("CONNECTID_BASE_URL") {
        builder = builder.base_url(url);
    }
    if let Ok(url) = std::env::var("CONNECTID_TOKEN_URL") {
        builder = builder.token_url(url);
    }
    let client = match builder.build() {
        Ok(client) => client,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let request = DeclineShareRequest::new(share_code, DeclineChangeType::Decline);
    match client.decline_share_client_mode(&request).await {
        Ok(response) => {
            println!("status: {}", response.body().status);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            if let connectid::Error::Api(api) = &e {
                eprintln!("body: {}", api.response().text());
            }
            ExitCode::FAILURE
        }
    }
}
