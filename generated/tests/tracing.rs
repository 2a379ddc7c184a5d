//! The `api_call` span of the generated client, against wiremock on loopback.
//!
//! In a test binary of its own: `tracing` caches per call site whether anyone listens, and
//! tests on other threads without a subscriber would race with this one's.
//!
//! Hand-written: the generator owns only files whose first line says `@generated`.

use connectid::models::{DeclineChangeType, DeclineShareRequest};
use connectid::ClientBuilder;
use std::sync::Arc;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "/user/oauth/token";

/// A `tracing` writer that keeps everything in memory.
#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map(|mut v| v.extend_from_slice(buf))
            .map_err(|_| std::io::Error::other("poisoned"))?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn calls_are_traced_without_secrets() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": "tok-1",
            "token_type": "bearer",
            "expires_in": 3600,
        })))
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"status": "5"})))
        .mount(&server)
        .await;
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    ClientBuilder::new()
        .base_url(format!("{}/capi", server.uri()))
        .token_url(format!("{}{TOKEN}", server.uri()))
        .client_credentials("my-client", "my-secret")
        .build()
        .expect("client builds")
        .decline_share_client_mode(&DeclineShareRequest::new(
            "32479VSA",
            DeclineChangeType::Decline,
        ))
        .await
        .expect("call");
    let log = String::from_utf8_lossy(&captured.0.lock().expect("lock")).into_owned();
    assert!(
        log.contains("operation=\"declineShareClientMode\""),
        "{log}"
    );
    assert!(log.contains("status=200"), "{log}");
    assert!(log.contains("attempt=1"), "{log}");
    for secret in ["my-secret", "tok-1", "bXktY2xpZW50Om15LXNlY3JldA"] {
        assert!(!log.contains(secret), "{secret} in {log}");
    }
}
