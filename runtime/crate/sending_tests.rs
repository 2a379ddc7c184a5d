//! The state a call allocates: `Sending` boxes the send path's future once per call.

#![allow(clippy::expect_used)]

use crate::runtime::{ClientBuilder, Operation};
use reqwest::Method;

static OP: Operation = Operation {
    id: "getThing",
    method: Method::GET,
    path: "/things",
    security: &[],
};

// glibc serves requests up to 1,032 bytes from its per-thread cache; a larger block goes
// through the bins, and before that merges the fast bins: 3,632 bytes here cost the
// decline call 900 (bearer) to 1,400 (client credentials) instructions more than this
// does (callgrind, `cargo xtask bench`). The steps inside are boxed apart so that
// this stays small; a step added unboxed, or an `async fn` that keeps its arguments
// twice, shows here first.
#[test]
fn the_boxed_send_state_fits_a_small_allocation() {
    let client = ClientBuilder::new(None)
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("a client with a base URL");
    let future = client.send(client.request(&OP, &["things"]));
    let size = std::mem::size_of_val(&future);
    assert!(size <= 1024, "the send state is {size} bytes");
}
