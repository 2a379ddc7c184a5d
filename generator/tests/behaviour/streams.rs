//! The behaviour test of the `streams` fixture (compiled in the scratch workspace of
//! `generated_fixture_crates_compile_without_warnings`): a `text/event-stream` response is
//! a stream of typed events that the spec's terminator ends, an event stream without a
//! schema is text, JSON lines are typed values, and an error status is still the
//! operation's error enum.

use fixture_streams::error::StreamCompletionError;
use fixture_streams::models::{Chunk, StreamCompletionRequest};
use fixture_streams::{ClientBuilder, Error};
use futures_util::StreamExt as _;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn serve(server: &MockServer, at: &str, status: u16, content_type: &str, body: &str) {
    Mock::given(path(at))
        .respond_with(ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), content_type))
        .mount(server)
        .await;
}

fn client(server: &MockServer) -> fixture_streams::Client {
    ClientBuilder::new().base_url(server.uri()).build().unwrap()
}

#[tokio::test]
async fn events_are_typed_and_the_terminator_ends_them() {
    let server = MockServer::start().await;
    let body = ": connected\n\nid: 1\ndata: {\"delta\": \"Hel\", \"index\": 0}\n\nid: 2\nevent: token\ndata: {\"delta\":\ndata: \"lo\"}\n\ndata: [DONE]\n\ndata: {\"delta\": \"never\"}\n\n";
    serve(&server, "/chat/completions", 200, "text/event-stream", body).await;
    let client = client(&server);
    let response = client
        .stream_completion(&StreamCompletionRequest::new("hi"))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let events: Vec<_> = response.into_body().map(Result::unwrap).collect().await;
    let deltas: Vec<&str> = events.iter().map(|e| e.data.delta.as_str()).collect();
    assert_eq!(deltas, ["Hel", "lo"]);
    assert_eq!(events[0].data, Chunk::new("Hel").with_index(0));
    assert_eq!(events[1].id.as_deref(), Some("2"));
    assert_eq!(events[1].event.as_deref(), Some("token"));
}

#[tokio::test]
async fn an_error_status_is_the_operation_s_error() {
    let server = MockServer::start().await;
    serve(&server, "/chat/completions", 429, "application/json", r#"{"message": "slow down"}"#).await;
    let client = client(&server);
    let err = client
        .stream_completion(&StreamCompletionRequest::new("hi"))
        .await
        .unwrap_err();
    match err {
        Error::Api(StreamCompletionError::TooManyRequests(r)) => {
            assert_eq!(r.body.unwrap().message.as_deref(), Some("slow down"));
        }
        other => panic!("expected the 429 variant, got {other:?}"),
    }
}

#[tokio::test]
async fn events_without_a_schema_are_text_and_json_lines_are_typed() {
    let server = MockServer::start().await;
    serve(&server, "/logs/tail", 200, "text/event-stream", "data: line one\ndata: line two\n\ndata: three\n\n").await;
    serve(&server, "/exports", 200, "application/x-ndjson", "{\"id\": 1, \"name\": \"a\"}\n\n{\"id\": 2, \"name\": null}\n").await;
    let client = client(&server);
    let lines: Vec<String> = client
        .tail_logs()
        .await
        .unwrap()
        .into_body()
        .map(|e| e.unwrap().data)
        .collect()
        .await;
    assert_eq!(lines, ["line one\nline two", "three"]);
    let records: Vec<_> = client
        .export_records()
        .await
        .unwrap()
        .into_body()
        .map(Result::unwrap)
        .collect()
        .await;
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].id, 1);
    assert_eq!(records[1].name, Some(None), "an explicit null");
    // A line that does not decode ends the stream with a decode error.
    server.reset().await;
    serve(&server, "/exports", 200, "application/x-ndjson", "{\"id\": 1}\n{\"id\": \"x\"}\n{\"id\": 3}\n").await;
    let results: Vec<_> = client.export_records().await.unwrap().into_body().collect().await;
    assert_eq!(results.len(), 2);
    assert!(matches!(results[1], Err(Error::Decode(_))), "{:?}", results[1]);
}

#[tokio::test]
async fn downloads_stream_their_bytes_or_read_them_whole() {
    let server = MockServer::start().await;
    let file: Vec<u8> = (0..3 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
    Mock::given(path("/files/a.bin"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(file.clone(), "application/octet-stream"))
        .mount(&server)
        .await;
    Mock::given(path("/archive"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(b"PK".to_vec(), "application/zip"))
        .mount(&server)
        .await;
    let client = client(&server);
    let mut received = Vec::new();
    let mut chunks = client.download_file_stream("a.bin").await.unwrap().into_body();
    while let Some(chunk) = chunks.next().await {
        received.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(received, file);
    // The builder streams too, with its optional inputs; and whole reads still work.
    let streamed = client.download_file("a.bin").version(2).send_stream().await.unwrap();
    let total: usize = streamed.into_body().map(|c| c.unwrap().len()).collect::<Vec<_>>().await.iter().sum();
    assert_eq!(total, file.len());
    let whole = client.download_file("a.bin").await.unwrap();
    assert_eq!(whole.body().len(), file.len());
    let archive: Vec<_> = client.download_archive_stream().await.unwrap().into_body().collect().await;
    assert_eq!(archive.len(), 1);
    assert_eq!(archive[0].as_ref().unwrap().as_ref(), b"PK");
}

/// An operation that streams when its body asks: the JSON method sends the switch off and
/// decodes one value, the `_stream` method sends it on and reads the events; a body that
/// set the switch itself does not change which answer a method expects.
#[tokio::test]
async fn both_modes_of_one_operation_each_send_their_own_switch() {
    use fixture_streams::models::{CreateCompletionRequest, GenerateRequest};
    use wiremock::matchers::body_partial_json;
    let server = MockServer::start().await;
    Mock::given(path("/completions"))
        .and(body_partial_json(serde_json::json!({"stream": false})))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"text": "whole"})))
        .mount(&server)
        .await;
    Mock::given(path("/completions"))
        .and(body_partial_json(serde_json::json!({"stream": true})))
        .respond_with(ResponseTemplate::new(200).set_body_raw("data: {\"delta\": \"a\"}\n\ndata: {\"delta\": \"b\"}\n\n", "text/event-stream"))
        .mount(&server)
        .await;
    let client = client(&server);
    let asked = CreateCompletionRequest::new("hi").with_stream(true);
    let whole = client.create_completion(&asked).await.unwrap();
    assert_eq!(whole.body().text, "whole");
    let events = client.create_completion_stream(&CreateCompletionRequest::new("hi")).await.unwrap();
    let deltas: Vec<String> = events.into_body().map(|e| e.unwrap().data.delta).collect().await;
    assert_eq!(deltas, ["a", "b"]);
    // Fern's extension: the switch is `live`, and the stream is JSON lines of chunks.
    Mock::given(path("/fern/generate"))
        .and(body_partial_json(serde_json::json!({"live": true, "topic": "t"})))
        .respond_with(ResponseTemplate::new(200).set_body_raw("{\"delta\": \"x\"}\n{\"delta\": \"y\"}\n", "application/x-ndjson"))
        .mount(&server)
        .await;
    let lines = client.generate_stream(&GenerateRequest::default().with_topic("t")).await.unwrap();
    let deltas: Vec<String> = lines.into_body().map(|c| c.unwrap().delta).collect().await;
    assert_eq!(deltas, ["x", "y"]);
}
