// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! `Sending`: the future every operation returns, sending a request built before it.

// One future serves every operation: `Client::send`'s, which is not generic, boxed. An
// `async fn` per operation costs the compiler a state machine, its borrow check and a
// `Send` proof each: on GitHub's spec, with about 1,200 of them, that was most of what
// the crate's check had grown by. Here the send path is checked once, and each operation
// only builds its request, in plain code, and names its two decoders. The price is an
// allocation per call for the boxed state, and one for each step of an attempt that
// `send.rs` boxes to keep that state small.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{ready, Context, Poll};

use super::auth::BoxFuture;
use super::client::Client;
use super::error::{DecodeError, Error, InvalidRequest, SendError};
use super::request::Request;
use super::response::{Response, ResponseContent};

/// A call on its way: `.await` it to send the request and read the answer.
///
/// Every operation's method (and its request builder's `send`) returns one. The request
/// is built and checked when the method is called, so the future borrows only the client,
/// not the inputs; nothing goes out until it is first polled. It is `Send` and `Unpin`,
/// so it can be spawned, stored or passed to `select!` as it is.
#[must_use = "a request is sent only when the call is awaited"]
pub struct Sending<'a, T, E> {
    // Not generic, so that rustc builds one send state machine for the whole crate, and
    // the decoders stay outside it: the box holds only what the send path keeps alive.
    future: BoxFuture<'a, Result<ResponseContent, SendError>>,
    decode: fn(ResponseContent) -> Result<Response<T>, DecodeError>,
    error: fn(ResponseContent) -> E,
}

impl<'a, T, E> Sending<'a, T, E> {
    /// Builds the request with `build` now and sends it with `client` when polled; a
    /// request that could not be built is the future's error. `decode` reads a success,
    /// `error` any other status.
    #[doc(hidden)]
    pub fn new(
        client: &'a Client,
        build: impl FnOnce() -> Result<Request, InvalidRequest>,
        decode: fn(ResponseContent) -> Result<Response<T>, DecodeError>,
        error: fn(ResponseContent) -> E,
    ) -> Self {
        let future: BoxFuture<'a, _> = match build() {
            Ok(request) => Box::pin(client.send(request)),
            Err(invalid) => Box::pin(std::future::ready(Err(SendError::InvalidRequest(invalid)))),
        };
        Self {
            future,
            decode,
            error,
        }
    }
}

impl<T, E> Future for Sending<'_, T, E> {
    type Output = Result<Response<T>, Error<E>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let content = ready!(self.future.as_mut().poll(cx))?;
        Poll::Ready(content.finish(self.decode, self.error))
    }
}

impl<T, E> fmt::Debug for Sending<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sending").finish_non_exhaustive()
    }
}
