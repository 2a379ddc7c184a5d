//! Streamed bodies over HTTP from a hand-written server that controls how the bytes are
//! cut and when the connection ends: server-sent events (multi-line data, comments, ids,
//! retry, a terminator, lines split across chunks), JSON lines, a connection dropped
//! mid-stream, the idle timeout, and a 1 GiB download read in bounded memory.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod raw_http;

use std::time::Duration;

use client_runtime::{
    stream_json, ByteStream, ClientBuilder, Config, Error, Event, EventStream, JsonLines, Method,
    Operation, Response, ResponseContent,
};
use futures_util::StreamExt as _;
use serde_json::{json, Value};
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpListener;

static EVENTS: Operation = Operation {
    id: "streamEvents",
    method: Method::GET,
    path: "/events",
    security: &[],
};

#[derive(Debug)]
struct StreamError(#[allow(dead_code)] ResponseContent);

/// What the server writes after the request: chunks of a chunked body, each after a
/// pause, then the end of the body, or a dropped connection.
#[derive(Clone)]
struct Script {
    status: u16,
    content_type: &'static str,
    chunks: Vec<(Duration, Vec<u8>)>,
    /// Then this many chunks of this many bytes (7s), written from one buffer.
    generated: (usize, usize),
    finish: bool,
}

impl Script {
    fn new(content_type: &'static str, chunks: &[&str]) -> Self {
        Script {
            status: 200,
            content_type,
            chunks: chunks
                .iter()
                .map(|c| (Duration::ZERO, c.as_bytes().to_vec()))
                .collect(),
            generated: (0, 0),
            finish: true,
        }
    }
}

async fn server(script: Script) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let script = script.clone();
            tokio::spawn(async move {
                if !raw_http::read_request_head(&mut stream).await {
                    return;
                }
                let head = format!(
                    "HTTP/1.1 {} X\r\ncontent-type: {}\r\ntransfer-encoding: chunked\r\n\r\n",
                    script.status, script.content_type
                );
                if stream.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                for (pause, chunk) in script.chunks {
                    if !pause.is_zero() {
                        tokio::time::sleep(pause).await;
                    }
                    let mut framed = format!("{:x}\r\n", chunk.len()).into_bytes();
                    framed.extend_from_slice(&chunk);
                    framed.extend_from_slice(b"\r\n");
                    if stream.write_all(&framed).await.is_err() {
                        return;
                    }
                }
                let (count, size) = script.generated;
                if count > 0 {
                    let mut framed = format!("{size:x}\r\n").into_bytes();
                    framed.extend(std::iter::repeat_n(7u8, size));
                    framed.extend_from_slice(b"\r\n");
                    for _ in 0..count {
                        if stream.write_all(&framed).await.is_err() {
                            return;
                        }
                    }
                }
                if script.finish {
                    let _ = stream.write_all(b"0\r\n\r\n").await;
                }
                let _ = stream.flush().await;
                // Dropping the socket here, without the last chunk, cuts the body.
            });
        }
    });
    format!("http://{address}")
}

async fn send(url: &str, config: Config) -> ResponseContent {
    let client = ClientBuilder::new(None)
        .base_url(url)
        .config(config)
        .build()
        .unwrap();
    let mut request = client.request(&EVENTS, &["events"]);
    request.stream();
    client.send(request).await.unwrap()
}

/// The events of the script's body, `[DONE]` ending them.
async fn events(script: Script) -> Vec<Result<Event<Value>, Error<StreamError>>> {
    let url = server(script).await;
    let content = send(&url, Config::default()).await;
    let response: Response<EventStream<Value, StreamError>> = content
        .finish(
            |c| c.decode_stream(|c| EventStream::new(c, stream_json::<Value>, Some("[DONE]"))),
            StreamError,
        )
        .unwrap();
    response.into_body().collect().await
}

#[tokio::test]
async fn events_are_typed_with_their_fields_and_the_terminator_ends_the_stream() {
    // Lines cut across chunks, CRLF and LF endings, a CR at a chunk's end, comments as
    // keep-alives, data over two lines, an event without data (not dispatched).
    let script = Script::new(
        "text/event-stream",
        &[
            ": keep-alive\r\n\r\n",
            "retry: 1500\nid: 1\nevent: delta\ndata: {\"n\":",
            " 1}\n\n: ping\n\nid: 2\ndata: {\"text\":\n",
            "data: \"two lines\"}\r",
            "\n\r\nevent: nothing\n\ndata: 3\n\n",
            "data: [DONE]\n\ndata: 4\n\n",
        ],
    );
    let events = events(script).await;
    let events: Vec<Event<Value>> = events.into_iter().map(Result::unwrap).collect();
    assert_eq!(events.len(), 3, "{events:?}");
    assert_eq!(events[0].event.as_deref(), Some("delta"));
    assert_eq!(events[0].id.as_deref(), Some("1"));
    assert_eq!(events[0].retry, Some(Duration::from_millis(1500)));
    assert_eq!(events[0].data, json!({"n": 1}));
    assert_eq!(events[1].id.as_deref(), Some("2"));
    assert_eq!(events[1].event, None, "the event type is per event");
    assert_eq!(events[1].data, json!({"text": "two lines"}));
    assert_eq!(events[2].data, json!(3));
    assert_eq!(
        events[2].id.as_deref(),
        Some("2"),
        "the last id stays in force"
    );
}

#[tokio::test]
async fn a_connection_dropped_mid_stream_is_a_transport_error_not_a_hang() {
    let mut script = Script::new("text/event-stream", &["data: 1\n\n", "data: 2\n"]);
    script.finish = false;
    let events = events(script).await;
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].as_ref().unwrap().data, json!(1));
    match &events[1] {
        Err(Error::Transport(e)) => assert!(!e.is_timeout(), "{e}"),
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[tokio::test]
async fn data_that_does_not_decode_ends_the_stream_with_a_decode_error() {
    let script = Script::new(
        "text/event-stream",
        &["data: 1\n\ndata: {oops\n\ndata: 3\n\n"],
    );
    let events = events(script).await;
    assert_eq!(events.len(), 2, "{events:?}");
    match &events[1] {
        Err(Error::Decode(e)) => {
            assert_eq!(e.response().body().as_ref(), b"{oops");
            assert!(e.to_string().contains("streamEvents"), "{e}");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn a_stream_that_goes_quiet_ends_with_a_timeout_after_the_idle_time() {
    let mut script = Script::new("text/event-stream", &["data: 1\n\n"]);
    script
        .chunks
        .push((Duration::from_secs(3600), b"data: 2\n\n".to_vec()));
    let url = server(script).await;
    let config = Config::default().with_stream_idle_timeout(Duration::from_secs(5));
    let content = send(&url, config).await;
    let stream = content
        .finish(
            |c| c.decode_stream(|c| EventStream::<Value, StreamError>::new(c, stream_json, None)),
            StreamError,
        )
        .unwrap()
        .into_body();
    let events: Vec<_> = stream.collect().await;
    assert_eq!(events.len(), 2, "{events:?}");
    match &events[1] {
        Err(Error::Transport(e)) => assert!(e.is_timeout(), "{e}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
}

#[tokio::test]
async fn json_lines_are_read_a_value_per_line_however_the_chunks_cut_them() {
    let script = Script::new(
        "application/x-ndjson",
        &["{\"a\":1}\n{\"a\"", ":2}\r\n\n  \n{\"a\":3}"],
    );
    let url = server(script).await;
    let lines: Response<JsonLines<Value, StreamError>> = send(&url, Config::default())
        .await
        .finish(
            |c| c.decode_stream(|c| JsonLines::new(c, stream_json::<Value>)),
            StreamError,
        )
        .unwrap();
    let values: Vec<Value> = lines.into_body().map(Result::unwrap).collect().await;
    assert_eq!(values, [json!({"a": 1}), json!({"a": 2}), json!({"a": 3})]);
}

#[tokio::test]
async fn an_error_status_is_read_whole_and_is_the_operation_s_error() {
    let mut script = Script::new("application/json", &["{\"message\":\"no\"}"]);
    script.status = 404;
    let url = server(script).await;
    let result = send(&url, Config::default()).await.finish(
        |c| c.decode_stream(|c| JsonLines::<Value, StreamError>::new(c, stream_json)),
        StreamError,
    );
    match result {
        Err(Error::Api(StreamError(content))) => {
            assert_eq!(content.status(), 404);
            assert_eq!(content.body().as_ref(), b"{\"message\":\"no\"}");
        }
        other => panic!("expected the API error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_gigabyte_download_streams_in_bounded_memory() {
    const CHUNK: usize = 256 * 1024;
    const TOTAL: usize = 1 << 30;
    let mut script = Script::new("application/octet-stream", &[]);
    script.generated = (TOTAL / CHUNK, CHUNK);
    let before = raw_http::peak_rss_kib();
    let url = server(script).await;
    // The whole-read limit stays at its default (32 MiB): a stream is not held to it.
    let stream: ByteStream<StreamError> = send(&url, Config::default())
        .await
        .finish(|c| c.decode_stream(ByteStream::new), StreamError)
        .unwrap()
        .into_body();
    let mut received = 0usize;
    let mut stream = stream;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        assert!(chunk.iter().all(|b| *b == 7));
        received += chunk.len();
    }
    assert_eq!(received, TOTAL);
    raw_http::assert_bounded_memory("1 GiB streamed", before);
}
