//! Per-call cost of the generated client beside the same request written by hand with
//! reqwest, against one local keep-alive HTTP/1.1 server: `cargo bench -p
//! connectid-consumer --bench per_call` (also run by `cargo xtask bench`).
//!
//! The call is ConnectID's decline (`PATCH`, a JSON body in, a JSON body out), made by the
//! generated client with a bearer token and with client credentials (the token fetched
//! once and cached), each with retries and auth in their default configuration, and by
//! hand: build the request, send it, check the status, decode the body. The hand-written
//! call is the reference with the same 30 s request timeout as the generated client's
//! default `Config` (a call without one can hang forever, so neither would ship without
//! it); the same call without a timeout is measured too, to show what the timer costs.
//! The variants run in interleaved rounds so that load on a shared machine falls on all
//! of them alike; the figures are the median and 99th percentile of every call's time,
//! and the ratios of each median to the reference's. Beside them, the CPU time the
//! calling thread spent per call (its `CLOCK_THREAD_CPUTIME_ID` over a round, divided by
//! the calls; the median round): wall time on a loaded 2-core machine is mostly waiting
//! for a core, which CPU time leaves out.
//!
//! A custom harness rather than criterion: the figures wanted are percentiles and
//! same-run ratios of interleaved variants, which criterion's per-benchmark estimates do
//! not give.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use connectid::models::{DeclineChangeType, DeclineShareRequest};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const TOKEN_PATH: &str = "/oauth/token";
const DECLINE_PATH: &str = "/v1/client/subscription/share/invitation";

/// Answers every request on a connection, keeping it open: the token endpoint with a
/// token, anything else with the decline's success body.
async fn serve(listener: tokio::net::TcpListener) {
    loop {
        let Ok((mut socket, _)) = listener.accept().await else {
            return;
        };
        tokio::spawn(async move {
            let mut buf = Vec::with_capacity(4096);
            let mut chunk = [0u8; 4096];
            loop {
                // Headers, then as many body bytes as Content-Length says.
                let (head_end, length) = loop {
                    if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
                        let length = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(0);
                        break (end + 4, length);
                    }
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                };
                while buf.len() < head_end + length {
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                let body: &[u8] = if buf
                    .windows(TOKEN_PATH.len())
                    .any(|w| w == TOKEN_PATH.as_bytes())
                    && buf.starts_with(b"POST")
                {
                    br#"{"access_token":"bench-token","token_type":"Bearer","expires_in":86400}"#
                } else {
                    br#"{"status":"5"}"#
                };
                buf.drain(..head_end + length);
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                    body.len()
                );
                let mut response = head.into_bytes();
                response.extend_from_slice(body);
                if socket.write_all(&response).await.is_err() {
                    return;
                }
            }
        });
    }
}

#[derive(serde::Serialize)]
struct HandRequest<'a> {
    #[serde(rename = "shareCode")]
    share_code: &'a str,
    #[serde(rename = "changeType")]
    change_type: &'a str,
}

#[derive(serde::Deserialize)]
struct HandResponse {
    status: String,
}

/// The same call by hand: what a careful engineer writes with reqwest alone.
async fn hand_call(http: &reqwest::Client, url: &str) -> String {
    let body = serde_json::to_vec(&HandRequest {
        share_code: "ABC123",
        change_type: "DECLINE",
    })
    .unwrap();
    let response = http
        .patch(url)
        .bearer_auth("bench-token")
        .header("content-type", "application/json")
        .header("accept", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    let bytes = response.bytes().await.unwrap();
    let decoded: HandResponse = serde_json::from_slice(&bytes).unwrap();
    decoded.status
}

/// CPU time the calling thread has used so far.
fn thread_cpu() -> Duration {
    nix::time::clock_gettime(nix::time::ClockId::CLOCK_THREAD_CPUTIME_ID)
        .map(Duration::from)
        .unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    // `cargo bench` passes `--bench`; `--quick` (ours) runs fewer calls.
    let quick = std::env::args().any(|a| a == "--quick");
    let only: Option<usize> = std::env::var("PER_CALL_ONLY")
        .ok()
        .and_then(|v| v.parse().ok());
    let (rounds, per_round) = if quick { (4, 500) } else { (10, 2000) };

    let server_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let listener = server_rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || server_rt.block_on(serve(listener)));

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let base = format!("http://{addr}");
    let url = format!("{base}{DECLINE_PATH}");
    let timeout = connectid::Config::default().request_timeout;
    let http = reqwest::Client::builder().timeout(timeout).build().unwrap();
    let http_no_timeout = reqwest::Client::new();
    let bearer = connectid::ClientBuilder::new()
        .base_url(base.clone())
        .bearer_token("bench-token")
        .build()
        .unwrap();
    let credentials = connectid::ClientBuilder::new()
        .base_url(base.clone())
        .token_url(format!("{base}{TOKEN_PATH}"))
        .client_credentials("bench-client", "bench-secret")
        .build()
        .unwrap();
    let request = DeclineShareRequest::new("ABC123", DeclineChangeType::Decline);

    let names = [
        "hand-written reqwest",
        "hand-written, no timeout",
        "generated, bearer token",
        "generated, client credentials",
    ];
    let mut samples: [Vec<Duration>; 4] = Default::default();
    let mut cpu: [Vec<Duration>; 4] = Default::default();
    rt.block_on(async {
        for round in 0..=rounds {
            // Each round starts with another variant, so that none always follows the same one.
            for turn in 0..samples.len() {
                let which = (turn + round) % samples.len();
                let out = &mut samples[which];
                // `PER_CALL_ONLY=<0|1|2|3>` runs one variant alone, for profiling it.
                if only.is_some_and(|o| o != which) {
                    continue;
                }
                let cpu_start = thread_cpu();
                for _ in 0..per_round {
                    let start = Instant::now();
                    match which {
                        0 => {
                            std::hint::black_box(hand_call(&http, &url).await);
                        }
                        1 => {
                            std::hint::black_box(hand_call(&http_no_timeout, &url).await);
                        }
                        2 => {
                            std::hint::black_box(
                                bearer.decline_share_client_mode(&request).await.unwrap(),
                            );
                        }
                        _ => {
                            std::hint::black_box(
                                credentials
                                    .decline_share_client_mode(&request)
                                    .await
                                    .unwrap(),
                            );
                        }
                    }
                    // Round 0 warms connections, the token cache and the allocator.
                    if round > 0 {
                        out.push(start.elapsed());
                    }
                }
                if round > 0 {
                    cpu[which].push((thread_cpu() - cpu_start) / per_round as u32);
                }
            }
        }
    });
    println!(
        "per call, {} calls each in {rounds} interleaved rounds:",
        rounds * per_round
    );
    if only.is_some() {
        // Read by `cargo xtask bench`, which counts a variant's instructions with
        // callgrind and divides by the calls it made, warm-up round included.
        println!("calls made: {}", (rounds + 1) * per_round);
        return;
    }
    let medians = samples.map(|mut s| {
        s.sort();
        let median = percentile(&s, 0.5);
        (median, percentile(&s, 0.99))
    });
    for (name, (median, p99)) in names.iter().zip(medians) {
        println!(
            "  {name:<32} median {:>7.1} µs   p99 {:>7.1} µs",
            median.as_secs_f64() * 1e6,
            p99.as_secs_f64() * 1e6
        );
    }
    ratios(
        &names,
        &medians.map(|(m, _)| m),
        "ratio",
        "the hand-written median",
    );
    let cpu_medians = cpu.map(|mut c| {
        c.sort();
        percentile(&c, 0.5)
    });
    for (name, cpu) in names.iter().zip(cpu_medians) {
        println!(
            "  {name:<32} client CPU per call {:>6.1} µs (median of {rounds} rounds)",
            cpu.as_secs_f64() * 1e6
        );
    }
    ratios(
        &names,
        &cpu_medians,
        "cpu ratio",
        "the hand-written CPU per call",
    );
}

/// Each variant's figure over the reference's (the first).
fn ratios(names: &[&str], figures: &[Duration], label: &str, of: &str) {
    for (name, figure) in names.iter().zip(figures).skip(1) {
        println!(
            "  {label} {name}: {:.3}x {of}",
            figure.as_secs_f64() / figures[0].as_secs_f64()
        );
    }
}
