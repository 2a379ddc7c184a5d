//! What the hand-written HTTP servers of the tests share (`hostile.rs`, `streams.rs`).

use tokio::io::AsyncReadExt as _;
use tokio::net::TcpStream;

/// Reads a request's head, which ends with an empty line (the requests these servers
/// answer have no body); false when the client went away first.
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
