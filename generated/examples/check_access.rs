//! Checks whether the client's reader has access to a product, in client mode.
//!
//! ```sh
//! CONNECTID_CLIENT_ID=... CONNECTID_CLIENT_SECRET=... \
//!     cargo run -p connectid --example check_access -- <product>
//! ```
//!
//! `CONNECTID_BASE_URL` and `CONNECTID_TOKEN_URL` override the spec's server and token URL
//! (e.g. for the test environment). Hand-written: the generator does not own this file.

use connectid::models::CheckAccessRequest;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let Some(product) = std::env::args().nth(1) else {
        eprintln!("usage: check_access <product>");
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
    let request = CheckAccessRequest::default().with_product(product.clone());
    match client.check_access_client_mode(&request).await {
        Ok(response) => {
            let granted = response.body().access.unwrap_or(false);
            println!(
                "access to {product}: {}",
                if granted { "granted" } else { "not granted" }
            );
            // The level codes (`A`, `B`, ...) are undocumented; they are shown as sent.
            for entry in response.body().accesses.iter().flatten() {
                println!(
                    "  access {} at level {} (type {})",
                    entry.access.map_or("?", |a| if a { "yes" } else { "no" }),
                    entry.access_level.as_deref().unwrap_or("-"),
                    entry.access_type.as_deref().unwrap_or("-"),
                );
            }
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
