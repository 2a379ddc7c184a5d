//! Binary uploads from a stream or a file, to a hand-written server that reads the body
//! as it arrives (chunked or by `Content-Length`) and keeps only a count: a 1 GiB upload
//! in bounded memory, a file sent with its length, and a streamed body that is sent once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod raw_http;

use std::sync::Arc;

use bytes::Bytes;
use client_runtime::{Body, ClientBuilder, Config, ManualClock, Method, Operation};
use futures_util::StreamExt as _;
use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::TcpListener;

static UPLOAD: Operation = Operation {
    id: "upload",
    method: Method::PUT,
    path: "/files",
    security: &[],
};

/// What the server saw of one request's body.
#[derive(Debug, Default, Clone)]
struct Seen {
    length_header: Option<usize>,
    bytes: usize,
    /// Every byte was the expected one.
    uniform: bool,
}

/// A server that answers every request with `status` once it has read the body, counting
/// its bytes; it records what it saw.
async fn server(status: u16, byte: u8) -> (String, Arc<std::sync::Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let record = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let record = Arc::clone(&record);
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut reader = BufReader::with_capacity(64 * 1024, read);
                loop {
                    let Some(s) = read_request(&mut reader, byte).await else {
                        return;
                    };
                    record.lock().unwrap().push(s);
                    let head = format!("HTTP/1.1 {status} X\r\ncontent-length: 0\r\n\r\n");
                    if write.write_all(head.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (format!("http://{address}"), seen)
}

/// Reads one request's head and body (by `Content-Length` or chunked), counting bytes.
async fn read_request<R: tokio::io::AsyncBufRead + Unpin>(
    reader: &mut R,
    byte: u8,
) -> Option<Seen> {
    let mut seen = Seen {
        uniform: true,
        ..Seen::default()
    };
    let mut chunked = false;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let line = line.trim_end().to_ascii_lowercase();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("content-length:") {
            seen.length_header = v.trim().parse().ok();
        }
        chunked |= line == "transfer-encoding: chunked";
    }
    if chunked {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size).await.ok()?;
            let size = usize::from_str_radix(size.trim(), 16).ok()?;
            let uniform = count(reader, size, byte).await?;
            seen.uniform &= uniform;
            seen.bytes += size;
            let mut end = String::new();
            reader.read_line(&mut end).await.ok()?;
            if size == 0 {
                return Some(seen);
            }
        }
    }
    let n = seen.length_header.unwrap_or(0);
    seen.uniform &= count(reader, n, byte).await?;
    seen.bytes = n;
    Some(seen)
}

/// A client of `url`; its retry waits go to a clock the test holds, so none is slept.
/// Reads `n` bytes of a body; whether each was `byte`.
async fn count<R: tokio::io::AsyncRead + Unpin>(
    reader: &mut R,
    n: usize,
    byte: u8,
) -> Option<bool> {
    let mut left = n;
    let mut uniform = true;
    let mut buf = vec![0u8; 64 * 1024];
    while left > 0 {
        let want = left.min(buf.len());
        let got = reader.read(&mut buf[..want]).await.ok()?;
        if got == 0 {
            return None;
        }
        uniform &= buf[..got].iter().all(|b| *b == byte);
        left -= got;
    }
    Some(uniform)
}

fn client(url: &str) -> client_runtime::Client {
    ClientBuilder::new(None)
        .base_url(url)
        .config(Config::default())
        .clock(ManualClock::new())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_gigabyte_upload_from_a_stream_goes_out_in_bounded_memory() {
    const CHUNK: usize = 256 * 1024;
    const TOTAL: usize = 1 << 30;
    let (url, seen) = server(200, 7).await;
    let before = raw_http::peak_rss_kib();
    // Each chunk is made when the upload asks for it and dropped once sent.
    let chunks = futures_util::stream::iter(0..TOTAL / CHUNK)
        .map(|_| Ok::<_, std::io::Error>(Bytes::from(vec![7u8; CHUNK])));
    let client = client(&url);
    let mut request = client.request(&UPLOAD, &["files"]);
    request.body("application/octet-stream", Body::from_stream(chunks));
    let response = client.send(request).await.unwrap();
    assert_eq!(response.status(), 200);
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].bytes, TOTAL);
    assert!(seen[0].uniform);
    // Without a length, the body goes out chunked.
    assert_eq!(seen[0].length_header, None);
    raw_http::assert_bounded_memory("1 GiB uploaded", before);
}

#[tokio::test]
async fn a_file_is_read_as_it_is_sent_with_its_length() {
    let path = std::env::temp_dir().join(format!("upload-test-{}.bin", std::process::id()));
    std::fs::write(&path, vec![9u8; 3 * 1024 * 1024 + 17]).unwrap();
    let (url, seen) = server(201, 9).await;
    let body = Body::from_file(&path).await.unwrap();
    assert!(body.is_stream());
    assert_eq!(
        format!("{body:?}"),
        format!("Body(stream of {} bytes)", 3 * 1024 * 1024 + 17)
    );
    let client = client(&url);
    let mut request = client.request(&UPLOAD, &["files"]);
    request.body("application/octet-stream", body);
    let response = client.send(request).await.unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(response.status(), 201);
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen[0].length_header, Some(3 * 1024 * 1024 + 17));
    assert_eq!(seen[0].bytes, 3 * 1024 * 1024 + 17);
    assert!(seen[0].uniform);
    // A missing file is the caller's error, before any request.
    assert!(Body::from_file(std::env::temp_dir().join("no-such-upload"))
        .await
        .is_err());
}

#[tokio::test]
async fn a_streamed_body_is_sent_once_where_bytes_are_retried() {
    let (url, seen) = server(503, 5).await;
    let client = client(&url);
    let attempts = |seen: &Arc<std::sync::Mutex<Vec<Seen>>>| seen.lock().unwrap().len();

    // Bytes in memory: the 503 is retried as the client's policy says.
    let mut request = client.request(&UPLOAD, &["files"]);
    request.body("application/octet-stream", Body::from(vec![5u8; 10]));
    let _ = client.send(request).await;
    let with_bytes = attempts(&seen);
    assert!(with_bytes > 1, "bytes were sent {with_bytes} time(s)");

    // A stream cannot be sent again: one attempt, and its answer.
    let chunks = futures_util::stream::iter([Ok::<_, std::io::Error>(Bytes::from(vec![5u8; 10]))]);
    let body = Body::from_stream(chunks);
    let again = body.clone();
    let mut request = client.request(&UPLOAD, &["files"]);
    request.body("application/octet-stream", body);
    let response = client.send(request).await;
    assert_eq!(attempts(&seen) - with_bytes, 1);
    assert_eq!(response.unwrap().status(), 503);

    // The clone shares the stream, which is spent: refused before anything is sent.
    let mut request = client.request(&UPLOAD, &["files"]);
    request.body("application/octet-stream", again);
    let err = client.send(request).await.unwrap_err();
    assert!(err.to_string().contains("sent before"), "{err}");
    assert_eq!(attempts(&seen) - with_bytes, 1);
}
