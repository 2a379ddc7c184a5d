//! Helpers shared by the HTTP tests.

use client_runtime::{ClientBuilder, ManualClock};
use wiremock::MockServer;

/// A builder aimed at `server`, on a clock the test controls.
pub fn builder(server: &MockServer, clock: &ManualClock) -> ClientBuilder {
    ClientBuilder::new(None)
        .base_url(server.uri())
        .clock(clock.clone())
}

/// The requests `server` received.
pub async fn received(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap_or_default()
}
