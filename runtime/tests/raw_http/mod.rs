//! What the hand-written HTTP servers of the tests share (`hostile.rs`, `streams.rs`,
//! `uploads.rs`).

use tokio::io::AsyncReadExt as _;
use tokio::net::TcpStream;

/// Reads a request's head, which ends with an empty line (the requests these servers
/// answer have no body); false when the client went away first.
#[allow(
    dead_code,
    reason = "the upload tests read bodies, so heads, their own way"
)]
pub async fn read_request_head(stream: &mut TcpStream) -> bool {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return false,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    true
}

/// The process's peak resident memory, in KiB (Linux), for the tests that stream a
/// gigabyte through it.
#[allow(dead_code, reason = "not every test file measures memory")]
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Prints the peak RSS before and after a gigabyte went through, and fails when it grew
/// by 64 MiB or more: server and client share the process, and both should hold only a
/// few chunks. Silent where the peak cannot be read.
#[allow(dead_code, reason = "not every test file measures memory")]
pub fn assert_bounded_memory(what: &str, before: Option<u64>) {
    if let (Some(before), Some(after)) = (before, peak_rss_kib()) {
        println!(
            "{what}: peak RSS {} MiB before, {} MiB after",
            before / 1024,
            after / 1024
        );
        let grown = after.saturating_sub(before);
        assert!(grown < 64 * 1024, "peak RSS grew by {grown} KiB");
    }
}
