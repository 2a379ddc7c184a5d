//! The `api_call` span: operation, method, path, final status and attempt, no secrets.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use client_runtime::{KeyLocation, ManualClock, Method, Operation, Scheme, SchemeKind, Secret};
use tracing_subscriber::fmt::format::FmtSpan;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

static LIST: Operation = Operation {
    id: "listThings",
    method: Method::GET,
    path: "/things",
    security: &[&[Scheme {
        name: "key",
        kind: SchemeKind::ApiKey {
            location: KeyLocation::Query,
            param: "key",
        },
    }]],
};

/// Collects formatted log lines in memory.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    /// Captures what a fmt subscriber of spans and events up to `level` writes, span
    /// closes included, until the guard drops. The tests run on one thread, so the default
    /// subscriber covers the whole call.
    fn install(level: tracing::Level) -> (Captured, tracing::subscriber::DefaultGuard) {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_span_events(FmtSpan::CLOSE)
            .with_max_level(level)
            .with_ansi(false)
            .finish();
        let guard = tracing::subscriber::set_default(subscriber);
        (captured, guard)
    }

    fn log(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }

    /// The line that closes the `api_call` span.
    fn api_call_close(&self) -> String {
        let log = self.log();
        log.lines()
            .find(|l| l.contains("api_call") && l.contains("close"))
            .unwrap_or_else(|| panic!("no closed api_call span in:\n{log}"))
            .to_owned()
    }
}

/// A server that answers every `LIST` call with 200.
async fn answering_ok() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path("/things"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    server
}

/// A client of `server` with the API key `LIST` needs.
fn client(server: &MockServer) -> client_runtime::Client {
    common::builder(server, &ManualClock::new())
        .api_key("key", Secret::new("secret-key-value"))
        .build()
        .unwrap()
}

#[tokio::test]
async fn api_call_span_names_the_call() {
    let (captured, _guard) = Captured::install(tracing::Level::DEBUG);
    let server = MockServer::start().await;
    Mock::given(path("/things"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/things"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = client(&server);
    client
        .send(client.request(&LIST, &["things"]))
        .await
        .unwrap();

    assert_eq!(common::received(&server).await.len(), 2);
    let close = captured.api_call_close();
    for field in [
        "listThings",
        "method=GET",
        "/things",
        "status=200",
        "attempt=2",
    ] {
        assert!(close.contains(field), "{field} missing from {close}");
    }
    let log = captured.log();
    assert!(log.contains("retrying"), "{log}");
    assert!(!log.contains("secret-key-value"), "{log}");
}

#[tokio::test]
async fn api_call_span_nests_under_the_span_that_awaits_the_call() {
    let (captured, _guard) = Captured::install(tracing::Level::DEBUG);
    let server = answering_ok().await;
    let client = client(&server);
    // Made under one span and awaited under another, as a call handed to a task that is
    // spawned with `.instrument(...)` is.
    let call = {
        let _made = tracing::info_span!("maker").entered();
        client.send(client.request(&LIST, &["things"]))
    };
    tracing::Instrument::instrument(call, tracing::info_span!("worker"))
        .await
        .unwrap();

    let close = captured.api_call_close();
    assert!(close.contains("worker:api_call"), "{close}");
    assert!(!close.contains("maker"), "{close}");
}

#[tokio::test]
async fn a_disabled_api_call_span_records_nothing_on_the_callers_span() {
    // Warnings only: the caller's `warn_span!` is enabled, the call's `info_span!` is not.
    let (captured, _guard) = Captured::install(tracing::Level::WARN);
    let server = answering_ok().await;
    let client = client(&server);
    let worker = tracing::warn_span!(
        "worker",
        status = tracing::field::Empty,
        attempt = tracing::field::Empty
    );
    tracing::Instrument::instrument(client.send(client.request(&LIST, &["things"])), worker)
        .await
        .unwrap();

    let log = captured.log();
    let close = log
        .lines()
        .find(|l| l.contains("worker") && l.contains("close"))
        .unwrap_or_else(|| panic!("no closed worker span in:\n{log}"));
    assert!(
        !close.contains("status=") && !close.contains("attempt="),
        "{close}"
    );
    assert!(!log.contains("api_call"), "{log}");
}
