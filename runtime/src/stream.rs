//! Streamed response bodies: server-sent events, JSON lines and raw bytes, read chunk by
//! chunk as the stream is polled, each chunk within the idle timeout.
//!
//! A streamed call sends and retries like any other until the response's headers arrive;
//! a success then keeps its body open (see `send.rs`), and these types read it. An error
//! status is read whole and goes through the operation's error enum as usual.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::{Buf as _, Bytes, BytesMut};
use futures_core::Stream;
use futures_util::stream;

use super::error::{DecodeError, Error, Failure, TransportError};
use super::request::Operation;
use super::response::ResponseContent;

/// A success response's body, still arriving.
pub(crate) struct LiveBody {
    pub(crate) response: reqwest::Response,
    pub(crate) op: &'static Operation,
    pub(crate) idle: Duration,
}

impl fmt::Debug for LiveBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LiveBody")
            .field("idle", &self.idle)
            .finish_non_exhaustive()
    }
}

impl LiveBody {
    /// The next chunk; `None` at the end. No chunk within the idle timeout, or a
    /// connection dropped before the body ended, is a transport error.
    async fn chunk(&mut self) -> Option<Result<Bytes, TransportError>> {
        match tokio::time::timeout(self.idle, self.response.chunk()).await {
            Ok(Ok(Some(chunk))) => Some(Ok(chunk)),
            Ok(Ok(None)) => None,
            Ok(Err(e)) => Some(Err(TransportError::new(self.op, Failure::Http(e)))),
            Err(_) => Some(Err(TransportError::new(self.op, Failure::Idle(self.idle)))),
        }
    }
}

type BoxStream<'a, T> = Pin<Box<dyn Stream<Item = T> + Send + 'a>>;

/// A streamed body's raw bytes, chunk by chunk: a download of any size in bounded memory
/// (the size limit applies to whole reads only). A connection dropped mid-body, or no
/// bytes within [`Config::stream_idle_timeout`](super::config::Config::stream_idle_timeout),
/// is an error, and the last item.
#[must_use = "a stream reads nothing until it is polled"]
pub struct ByteStream<E> {
    inner: BoxStream<'static, Result<Bytes, Error<E>>>,
}

/// One server-sent event: its `data` decoded as the spec's type, with its `event` name,
/// `id` and `retry` when the server sent them.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Event<T> {
    /// The event type (`event:`), when given (`message` is the default).
    pub event: Option<String>,
    /// The last event id (`id:`) in force for this event.
    pub id: Option<String>,
    /// The reconnection time the server asked for (`retry:`), with this event or before.
    pub retry: Option<Duration>,
    /// The event's data, its `data:` lines joined by newlines and decoded.
    pub data: T,
}

/// A `text/event-stream` body as typed events. Comments (keep-alives) are skipped and
/// multi-line data is joined. The terminator the spec names (`[DONE]`, say) ends it; so
/// does the end of the body. A connection dropped mid-stream, no bytes within the idle
/// timeout, or an event whose data does not decode is an error, and the last item.
#[must_use = "a stream reads nothing until it is polled"]
pub struct EventStream<T, E> {
    inner: BoxStream<'static, Result<Event<T>, Error<E>>>,
}

/// A JSON-lines (`application/x-ndjson`, `application/jsonl`) body, a value per line.
/// Blank lines are skipped; a line that does not decode is an error, and the last item.
#[must_use = "a stream reads nothing until it is polled"]
pub struct JsonLines<T, E> {
    inner: BoxStream<'static, Result<T, Error<E>>>,
}

macro_rules! stream_impls {
    ($name:ident <$($p:ident),*>, $item:ty) => {
        impl<$($p),*> Stream for $name<$($p),*> {
            type Item = Result<$item, Error<E>>;

            fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
                self.inner.as_mut().poll_next(cx)
            }
        }

        impl<$($p),*> fmt::Debug for $name<$($p),*> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name)).finish_non_exhaustive()
            }
        }
    };
}

stream_impls!(ByteStream<E>, Bytes);
stream_impls!(EventStream<T, E>, Event<T>);
stream_impls!(JsonLines<T, E>, T);

/// The live body of `content`, or an empty one read whole (a body the send path did not
/// keep open, which a mock or a test may give).
fn chunks<E: Send + 'static>(
    mut content: ResponseContent,
) -> BoxStream<'static, Result<Bytes, Error<E>>> {
    match content.take_live() {
        Some(live) => Box::pin(stream::unfold(Some(live), |live| async move {
            let mut live = live?;
            match live.chunk().await? {
                Ok(chunk) => Some((Ok(chunk), Some(live))),
                Err(e) => Some((Err(Error::Transport(e)), None)),
            }
        })),
        None => {
            let body = content.body().clone();
            Box::pin(stream::iter((!body.is_empty()).then_some(Ok(body))))
        }
    }
}

impl<E: Send + 'static> ByteStream<E> {
    /// The body of a streamed success; generated calls return it in their `Response`.
    #[doc(hidden)]
    pub fn new(content: ResponseContent) -> Self {
        ByteStream {
            inner: chunks(content),
        }
    }
}

/// What decoding one event's data, or one line, gives.
type Decode<T> = fn(&[u8]) -> Result<T, serde_json::Error>;

/// Lines out of chunks, however the chunks split them; `\r\n`, `\n` and `\r` end a line
/// (a `\r` at the end of a chunk waits for the next one, which may start with `\n`).
#[derive(Default)]
struct Lines {
    pending: BytesMut,
}

impl Lines {
    fn push(&mut self, chunk: &[u8], out: &mut Vec<Bytes>) {
        self.pending.extend_from_slice(chunk);
        loop {
            let Some(end) = self.pending.iter().position(|b| *b == b'\n' || *b == b'\r') else {
                return;
            };
            let crlf = self.pending[end] == b'\r';
            if crlf && end + 1 == self.pending.len() {
                return;
            }
            let line = self.pending.split_to(end).freeze();
            let skip = if crlf && self.pending.get(1) == Some(&b'\n') {
                2
            } else {
                1
            };
            self.pending.advance(skip);
            out.push(line);
        }
    }

    /// What is left at the end of the body: a last line without its line break.
    fn finish(&mut self, out: &mut Vec<Bytes>) {
        // A `\r` that waited for a `\n` that never came ends the last line after all.
        let ended = self.pending.last() == Some(&b'\r');
        if ended {
            self.pending.truncate(self.pending.len() - 1);
        }
        if ended || !self.pending.is_empty() {
            out.push(std::mem::take(&mut self.pending).freeze());
        }
    }
}

/// An event as the event-stream format reads it, before its data is decoded.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct RawEvent {
    pub(crate) event: Option<String>,
    pub(crate) id: Option<String>,
    pub(crate) retry: Option<Duration>,
    pub(crate) data: String,
}

/// The event-stream format (the HTML standard's "interpreting an event stream"), line by
/// line.
#[derive(Default)]
pub(crate) struct SseParser {
    lines: Lines,
    started: bool,
    event: Option<String>,
    data: Option<String>,
    id: Option<String>,
    retry: Option<Duration>,
}

impl SseParser {
    /// Feeds a chunk; the events it completes go to `out`.
    pub(crate) fn push(&mut self, chunk: &[u8], out: &mut Vec<RawEvent>) {
        let mut lines = Vec::new();
        self.lines.push(chunk, &mut lines);
        self.read_lines(lines, out);
    }

    /// The end of the body: an event without its closing blank line is not dispatched,
    /// as the standard says.
    pub(crate) fn finish(&mut self, out: &mut Vec<RawEvent>) {
        let mut lines = Vec::new();
        self.lines.finish(&mut lines);
        self.read_lines(lines, out);
    }

    fn read_lines(&mut self, lines: Vec<Bytes>, out: &mut Vec<RawEvent>) {
        for line in lines {
            self.line(&line, out);
        }
    }

    fn line(&mut self, line: &[u8], out: &mut Vec<RawEvent>) {
        let mut line = String::from_utf8_lossy(line);
        if !self.started {
            self.started = true;
            if let Some(rest) = line.strip_prefix('\u{feff}') {
                line = rest.to_string().into();
            }
        }
        if line.is_empty() {
            // A blank line dispatches the event, if it has data.
            let event = self.event.take();
            if let Some(data) = self.data.take() {
                out.push(RawEvent {
                    event,
                    id: self.id.clone(),
                    retry: self.retry,
                    data,
                });
            }
            return;
        }
        if line.starts_with(':') {
            return; // a comment: keep-alives
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line.as_ref(), ""),
        };
        match field {
            "event" => self.event = Some(value.to_string()),
            "data" => match &mut self.data {
                Some(data) => {
                    data.push('\n');
                    data.push_str(value);
                }
                None => self.data = Some(value.to_string()),
            },
            "id" if !value.contains('\0') => self.id = Some(value.to_string()),
            "retry" => {
                if let Ok(ms) = value.parse::<u64>() {
                    self.retry = Some(Duration::from_millis(ms));
                }
            }
            _ => {}
        }
    }
}

/// A streamed response's status and headers, kept for the errors of its items.
#[derive(Clone)]
struct Head {
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    operation: &'static str,
}

impl Head {
    fn of(content: &ResponseContent) -> Self {
        Head {
            status: content.status(),
            headers: content.headers().clone(),
            operation: content.operation(),
        }
    }

    /// A decode error for one event or line, with the text that failed as its body.
    fn decode_error(&self, text: Bytes, e: &serde_json::Error) -> DecodeError {
        let part = ResponseContent::new(self.status, self.headers.clone(), text)
            .answering(self.operation, false);
        DecodeError::new(
            format!(
                "`{}`: a streamed item does not match the spec: {e}",
                self.operation
            ),
            None,
            part,
        )
    }
}

/// How a body is cut into items: server-sent events, or lines.
trait Framing: Send + 'static {
    type Raw: Send + 'static;
    /// Feeds a chunk; the items it completes go to `out`.
    fn push(&mut self, chunk: &[u8], out: &mut Vec<Self::Raw>);
    /// The end of the body: what is left, if it is an item.
    fn finish(&mut self, out: &mut Vec<Self::Raw>);
}

impl Framing for Lines {
    type Raw = Bytes;

    fn push(&mut self, chunk: &[u8], out: &mut Vec<Bytes>) {
        Lines::push(self, chunk, out);
    }

    fn finish(&mut self, out: &mut Vec<Bytes>) {
        Lines::finish(self, out);
    }
}

impl Framing for SseParser {
    type Raw = RawEvent;

    fn push(&mut self, chunk: &[u8], out: &mut Vec<RawEvent>) {
        SseParser::push(self, chunk, out);
    }

    fn finish(&mut self, out: &mut Vec<RawEvent>) {
        SseParser::finish(self, out);
    }
}

/// What one raw item comes to.
enum Step<T, E> {
    Skip,
    Item(T),
    /// The terminator: the stream ends here.
    End,
    /// The stream ends with this error.
    Fail(Error<E>),
}

/// The items of `content`'s body as `framing` cuts it and `step` reads each one; an error
/// (the transport's, or `step`'s) is the last item.
fn framed<F: Framing, T: Send + 'static, E: Send + 'static>(
    content: ResponseContent,
    framing: F,
    step: impl FnMut(F::Raw) -> Step<T, E> + Send + 'static,
) -> BoxStream<'static, Result<T, Error<E>>> {
    struct State<F: Framing, S, E> {
        chunks: BoxStream<'static, Result<Bytes, Error<E>>>,
        framing: F,
        ready: std::collections::VecDeque<F::Raw>,
        ended: bool,
        step: S,
    }
    let state = State {
        chunks: chunks::<E>(content),
        framing,
        ready: Default::default(),
        ended: false,
        step,
    };
    Box::pin(stream::unfold(state, |mut st| async move {
        use futures_util::StreamExt as _;
        let mut cut = Vec::new();
        loop {
            while let Some(raw) = st.ready.pop_front() {
                match (st.step)(raw) {
                    Step::Skip => {}
                    Step::Item(item) => return Some((Ok(item), st)),
                    Step::End => return None,
                    Step::Fail(e) => {
                        st.ready.clear();
                        st.ended = true;
                        return Some((Err(e), st));
                    }
                }
            }
            if st.ended {
                return None;
            }
            match st.chunks.next().await {
                Some(Ok(chunk)) => st.framing.push(&chunk, &mut cut),
                Some(Err(e)) => {
                    st.ended = true;
                    return Some((Err(e), st));
                }
                None => {
                    st.framing.finish(&mut cut);
                    st.ended = true;
                }
            }
            st.ready.extend(cut.drain(..));
        }
    }))
}

impl<T: Send + 'static, E: Send + 'static> EventStream<T, E> {
    /// The events of a streamed success, their data decoded by `decode`; `done` is the
    /// data that ends the stream (`[DONE]`), if the spec names one.
    #[doc(hidden)]
    pub fn new(content: ResponseContent, decode: Decode<T>, done: Option<&'static str>) -> Self {
        let head = Head::of(&content);
        let step = move |raw: RawEvent| {
            if done.is_some_and(|d| raw.data == d) {
                return Step::End;
            }
            match decode(raw.data.as_bytes()) {
                Ok(data) => Step::Item(Event {
                    event: raw.event,
                    id: raw.id,
                    retry: raw.retry,
                    data,
                }),
                Err(e) => Step::Fail(Error::Decode(head.decode_error(Bytes::from(raw.data), &e))),
            }
        };
        EventStream {
            inner: framed(content, SseParser::default(), step),
        }
    }
}

impl<T: Send + 'static, E: Send + 'static> JsonLines<T, E> {
    /// The values of a streamed success, a line each, decoded by `decode`.
    #[doc(hidden)]
    pub fn new(content: ResponseContent, decode: Decode<T>) -> Self {
        let head = Head::of(&content);
        let step = move |line: Bytes| {
            if line.iter().all(u8::is_ascii_whitespace) {
                return Step::Skip;
            }
            match decode(&line) {
                Ok(value) => Step::Item(value),
                Err(e) => Step::Fail(Error::Decode(head.decode_error(line, &e))),
            }
        };
        JsonLines {
            inner: framed(content, Lines::default(), step),
        }
    }
}

/// Decodes JSON text as `T`: the decoder of an event's data or a line.
#[doc(hidden)]
pub fn json<T: serde::de::DeserializeOwned>(text: &[u8]) -> Result<T, serde_json::Error> {
    serde_json::from_slice(text)
}

/// An event's data as text, when the spec gives it no JSON type.
#[doc(hidden)]
pub fn text(text: &[u8]) -> Result<String, serde_json::Error> {
    Ok(String::from_utf8_lossy(text).into_owned())
}
