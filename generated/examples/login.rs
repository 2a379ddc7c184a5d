//! Logs a user in through the OAuth2 authorization-code flow and prints how long the
//! token lasts (never the token).
//!
//! ```sh
//! CONNECTID_CLIENT_ID=... CONNECTID_CLIENT_SECRET=... CONNECTID_REDIRECT_URI=... \
//!     cargo run -p connectid --example login
//! ```
//!
//! Open the printed URL in a browser, log in, and paste the URL the browser is sent back
//! to (the redirect URI with `code` and `state`). `CONNECTID_AUTHORIZE_URL` and
//! `CONNECTID_TOKEN_URL` override the spec's authorization and token URLs (e.g. for the
//! test environment). Hand-written: the generator does not own this file.

use std::io::BufRead as _;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let (Some(client_id), Some(client_secret), Some(redirect_uri)) = (
        var("CONNECTID_CLIENT_ID"),
        var("CONNECTID_CLIENT_SECRET"),
        var("CONNECTID_REDIRECT_URI"),
    ) else {
        eprintln!(
            "usage: CONNECTID_CLIENT_ID=... CONNECTID_CLIENT_SECRET=... CONNECTID_REDIRECT_URI=... \
             [CONNECTID_AUTHORIZE_URL=...] [CONNECTID_TOKEN_URL=...] login"
        );
        return ExitCode::from(2);
    };
    let mut builder = connectid::ClientBuilder::new();
    if let Some(url) = var("CONNECTID_TOKEN_URL") {
        builder = builder.token_url(url);
    }
    let mut login =
        builder.authorization_code_login(client_id, Some(client_secret.into()), redirect_uri);
    if let Some(url) = var("CONNECTID_AUTHORIZE_URL") {
        login = login.authorization_endpoint(url);
    }
    let (url, pending) = match login.authorize_url() {
        Ok(started) => started,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("Open this URL in a browser and log in:\n\n{url}\n");
    println!("Then paste the URL the browser was sent back to:");
    let mut redirect = String::new();
    if let Err(e) = std::io::stdin().lock().read_line(&mut redirect) {
        eprintln!("error: could not read the redirect URL: {e}");
        return ExitCode::FAILURE;
    }
    match pending.exchange_redirect(redirect.trim()).await {
        Ok(tokens) => {
            match tokens.lifetime() {
                Some(lifetime) => println!(
                    "logged in; the access token expires in {} s",
                    lifetime.as_secs()
                ),
                None => {
                    println!("logged in; the token endpoint did not say when the token expires")
                }
            }
            if tokens.refreshable() {
                println!("a refresh token was issued: the client renews the access token itself");
            }
            // Next: builder.authorization_code(tokens).build() for user-mode calls.
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
