// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Binary request bodies: bytes in memory, or a stream (a file, a channel) read as it is
//! sent, so an upload of any size takes bounded memory.

use bytes::Bytes;
use futures_core::Stream;
use std::fmt;
use std::path::Path;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type Chunks = Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send>>;

/// A binary request body: bytes, or a stream read as it is sent. Methods that send a
/// binary body take `impl Into<Body>`, so a `Vec<u8>`, [`Bytes`] or `&'static str` is
/// one; [`Body::from_file`] and [`Body::from_stream`] stream.
///
/// A streamed body is sent once: a call with one is not retried (the stream is spent),
/// and a clone of the call shares the stream, so a second send fails with
/// `InvalidRequest` before anything goes out.
#[derive(Clone)]
pub struct Body {
    kind: Kind,
}

#[derive(Clone)]
enum Kind {
    Bytes(Bytes),
    Stream {
        chunks: Arc<Mutex<Option<Chunks>>>,
        length: Option<u64>,
    },
}

impl Body {
    /// A body read from `stream` as it is sent, chunk by chunk; an error from the stream
    /// ends the request with `Error::Transport`.
    pub fn from_stream<S, E>(stream: S) -> Self
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<BoxError>,
    {
        let chunks: Chunks = Box::pin(futures_util::StreamExt::map(stream, |c| {
            c.map_err(Into::into)
        }));
        Body {
            kind: Kind::Stream {
                chunks: Arc::new(Mutex::new(Some(chunks))),
                length: None,
            },
        }
    }

    /// The file at `path`, read as it is sent, with its length as `Content-Length`.
    ///
    /// # Errors
    ///
    /// The file cannot be opened or its length read.
    pub async fn from_file(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let file = tokio::fs::File::open(path).await?;
        let length = file.metadata().await?.len();
        let chunks = futures_util::stream::unfold(file, |mut file| async move {
            let mut buf = bytes::BytesMut::with_capacity(CHUNK);
            match tokio::io::AsyncReadExt::read_buf(&mut file, &mut buf).await {
                Ok(0) => None,
                Ok(_) => Some((Ok(buf.freeze()), file)),
                Err(e) => Some((Err(e), file)),
            }
        });
        Ok(Body::from_stream(chunks).with_length(length))
    }

    /// Sends `Content-Length: length` with a streamed body (servers that refuse chunked
    /// uploads need it); the stream must then give exactly that many bytes.
    pub fn with_length(mut self, length: u64) -> Self {
        if let Kind::Stream { length: l, .. } = &mut self.kind {
            *l = Some(length);
        }
        self
    }

    /// True for a body that is read as it is sent.
    pub fn is_stream(&self) -> bool {
        matches!(self.kind, Kind::Stream { .. })
    }

    /// What the request sends: the bytes, or the stream (taken: `None` once sent) and
    /// its length.
    pub(crate) fn into_parts(self) -> Result<Bytes, Option<(reqwest::Body, Option<u64>)>> {
        match self.kind {
            Kind::Bytes(data) => Ok(data),
            Kind::Stream { chunks, length } => {
                let taken = chunks.lock().unwrap_or_else(PoisonError::into_inner).take();
                Err(taken.map(|c| (reqwest::Body::wrap(ChunkBody(Mutex::new(c))), length)))
            }
        }
    }
}

/// How much of a file one chunk reads.
const CHUNK: usize = 64 * 1024;

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Bytes(data) => write!(f, "Body({} bytes)", data.len()),
            Kind::Stream { length, .. } => match length {
                Some(n) => write!(f, "Body(stream of {n} bytes)"),
                None => f.write_str("Body(stream)"),
            },
        }
    }
}

impl From<Bytes> for Body {
    fn from(data: Bytes) -> Self {
        Body {
            kind: Kind::Bytes(data),
        }
    }
}

impl From<Vec<u8>> for Body {
    fn from(data: Vec<u8>) -> Self {
        Bytes::from(data).into()
    }
}

impl From<&'static [u8]> for Body {
    fn from(data: &'static [u8]) -> Self {
        Bytes::from_static(data).into()
    }
}

impl From<String> for Body {
    fn from(text: String) -> Self {
        Bytes::from(text).into()
    }
}

impl From<&'static str> for Body {
    fn from(text: &'static str) -> Self {
        Bytes::from_static(text.as_bytes()).into()
    }
}

/// The stream as an HTTP body. The mutex only makes it `Sync`, as reqwest asks: the body
/// is polled through `&mut`, which never locks.
struct ChunkBody(Mutex<Chunks>);

impl http_body::Body for ChunkBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, BoxError>>> {
        let chunks = self
            .get_mut()
            .0
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner);
        chunks
            .as_mut()
            .poll_next(cx)
            .map(|c| c.map(|c| c.map(http_body::Frame::data)))
    }
}
