//! Responses: `ResponseContent`, decoded `Response<T>`, `TypedResponse` and `RateLimit`.

use std::borrow::Cow;
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::decode::{self, Mismatch};
use super::error::{DecodeError, Error};
use super::stream::LiveBody;

/// Rate-limit information from a response's headers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RateLimit {
    /// `X-RateLimit-Remaining`: calls left before the server answers 429.
    pub remaining: Option<u64>,
    /// `X-RateLimit-Reset`: seconds until the window resets. A value that looks like an
    /// epoch timestamp (after 2001) is turned into seconds from now.
    pub reset: Option<u64>,
    /// `Retry-After`, in seconds (an HTTP date is turned into seconds from now).
    pub retry_after: Option<u64>,
}

impl RateLimit {
    /// Reads the headers of a response received now.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        Self::from_headers_at(headers, SystemTime::now())
    }

    /// Reads the headers, turning dates and timestamps into seconds from `now` (which the
    /// tests choose).
    ///
    /// A header is taken from its first occurrence; a value that is not a non-negative
    /// integer (or, for `Retry-After`, an HTTP date), or not ASCII, is ignored.
    pub(crate) fn from_headers_at(headers: &HeaderMap, now: SystemTime) -> Self {
        let text = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::trim)
        };
        let number = |name: &str| text(name).and_then(|v| v.parse::<u64>().ok());
        let secs_until = |t: SystemTime| t.duration_since(now).map_or(0, |d| d.as_secs());
        let reset = number("x-ratelimit-reset").map(|v| {
            // Servers send either a delay or an epoch timestamp; no delay is 30 years long.
            if v > 1_000_000_000 {
                // A timestamp past what `SystemTime` holds is as good as never.
                UNIX_EPOCH
                    .checked_add(Duration::from_secs(v))
                    .map_or(u64::MAX, secs_until)
            } else {
                v
            }
        });
        let retry_after = text("retry-after").and_then(|v| {
            v.parse::<u64>()
                .ok()
                .or_else(|| httpdate::parse_http_date(v).ok().map(secs_until))
        });
        RateLimit {
            remaining: number("x-ratelimit-remaining"),
            reset,
            retry_after,
        }
    }

    /// How long the server asked to wait: `Retry-After`, else `X-RateLimit-Reset`.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after.or(self.reset).map(Duration::from_secs)
    }
}

/// A successful response: the decoded body ([`body`](Self::body),
/// [`into_body`](Self::into_body)), the HTTP [`status`](Self::status), the headers (and
/// the rate-limit ones read, [`rate_limit`](Self::rate_limit)) and the body as received.
///
/// The body is reached through `body()` rather than by dereferencing, so that a body field
/// named like a method (`status`, `headers`) can never be taken for the response's own.
#[derive(Debug)]
pub struct Response<T> {
    value: T,
    status: StatusCode,
    headers: HeaderMap,
    raw: Bytes,
    mismatches: Vec<Mismatch>,
}

impl<T> Response<T> {
    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.value
    }

    /// The decoded body, by value.
    pub fn into_body(self) -> T {
        self.value
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Rate-limit headers, for pacing further calls.
    pub fn rate_limit(&self) -> RateLimit {
        RateLimit::from_headers(&self.headers)
    }

    /// The body as received, before decoding. It is kept for every response, also where
    /// the spec declares no body (some servers report errors inside a 200).
    pub fn raw_body(&self) -> &Bytes {
        &self.raw
    }

    /// What lenient decoding dropped from the body because it did not match the spec
    /// (see [`Config::lenient_decoding`](super::config::Config::lenient_decoding));
    /// always empty with strict decoding.
    pub fn mismatches(&self) -> &[Mismatch] {
        &self.mismatches
    }

    /// The same response with its body changed by `f` (a body decoded through a wrapper
    /// unwrapped).
    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            value: f(self.value),
            status: self.status,
            headers: self.headers,
            raw: self.raw,
            mismatches: self.mismatches,
        }
    }
}

/// A response as received: status, headers and the whole body.
pub struct ResponseContent(Box<ResponseParts>);

struct ResponseParts {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    // Set by the send path, for decode errors and the decoding mode.
    operation: &'static str,
    lenient: bool,
    /// A streamed success's body, still arriving (`body` is then empty).
    live: Option<LiveBody>,
}

impl ResponseContent {
    /// A response from its parts, as the client reads it (and the property tests build it).
    pub(crate) fn new(status: StatusCode, headers: HeaderMap, body: Bytes) -> Self {
        ResponseContent(Box::new(ResponseParts {
            status,
            headers,
            body,
            operation: "",
            lenient: false,
            live: None,
        }))
    }

    /// A success whose body is still arriving, for a streamed call.
    pub(crate) fn streaming(status: StatusCode, headers: HeaderMap, live: LiveBody) -> Self {
        let mut content = ResponseContent::new(status, headers, Bytes::new());
        content.0.live = Some(live);
        content
    }

    /// The body still arriving, taken out (once).
    pub(crate) fn take_live(&mut self) -> Option<LiveBody> {
        self.0.live.take()
    }

    /// A streamed success as the operation's `Response`: status and headers, and as its
    /// body what `make` builds to read the stream (`EventStream::new`, say).
    #[doc(hidden)]
    pub fn decode_stream<B>(
        self,
        make: impl FnOnce(Self) -> B,
    ) -> Result<Response<B>, DecodeError> {
        let status = self.0.status;
        let headers = self.0.headers.clone();
        Ok(Response {
            value: make(self),
            status,
            headers,
            raw: Bytes::new(),
            mismatches: Vec::new(),
        })
    }

    /// Names the operation it answers (for errors) and sets how it decodes.
    pub(crate) fn answering(mut self, operation: &'static str, lenient: bool) -> Self {
        self.0.operation = operation;
        self.0.lenient = lenient;
        self
    }

    /// The `operationId` of the call this answers (empty for a response built by hand).
    pub fn operation(&self) -> &'static str {
        self.0.operation
    }

    /// True when the `Content-Type` the server sent is JSON (`application/json` or a
    /// `+json` type); false when it sent none.
    pub fn is_json(&self) -> bool {
        let Some(value) = self.0.headers.get(reqwest::header::CONTENT_TYPE) else {
            return false;
        };
        let essence = value
            .to_str()
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        essence == "application/json" || essence.ends_with("+json")
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.0.status
    }

    /// True for a 2xx status.
    pub fn is_success(&self) -> bool {
        self.0.status.is_success()
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.0.headers
    }

    /// Rate-limit headers; on a 429 they say when to try again.
    pub fn rate_limit(&self) -> RateLimit {
        RateLimit::from_headers(&self.0.headers)
    }

    /// The raw body.
    pub fn body(&self) -> &Bytes {
        &self.0.body
    }

    /// The body as text, with invalid UTF-8 replaced.
    pub fn text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.0.body)
    }

    /// Decodes the body as JSON.
    pub fn json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.0.body)
    }

    fn into_response<T>(self, value: T, mismatches: Vec<Mismatch>) -> Response<T> {
        let parts = *self.0;
        Response {
            value,
            status: parts.status,
            headers: parts.headers,
            raw: parts.body,
            mismatches,
        }
    }

    /// Decodes a successful response's JSON body into the type the spec declares.
    ///
    /// A body that does not fit is read again to find where: the error names the path
    /// of the failing value. A body the server did not label as JSON (`text/plain`, say)
    /// is also tried as the declared value written as text, so a string the spec
    /// declares as JSON still arrives when the server sends it bare. With
    /// [`Config::lenient_decoding`](super::config::Config::lenient_decoding), values that
    /// do not fit are dropped instead and listed on the response.
    pub fn decode_json<T: serde::de::DeserializeOwned>(self) -> Result<Response<T>, DecodeError> {
        match self.json() {
            Ok(value) => Ok(self.into_response(value, Vec::new())),
            Err(_) => self.decode_json_again(),
        }
    }

    /// [`decode_json`](Self::decode_json) for an array or a map: an empty body or `null`
    /// is the empty collection, as Go servers send a nil slice or map.
    pub fn decode_json_collection<T>(self) -> Result<Response<T>, DecodeError>
    where
        T: serde::de::DeserializeOwned + Default,
    {
        let body = self.0.body.trim_ascii();
        if body.is_empty() || body == b"null" {
            return Ok(self.into_response(T::default(), Vec::new()));
        }
        self.decode_json()
    }

    // Off the fast path: a body that fits never gets here.
    fn decode_json_again<T: serde::de::DeserializeOwned>(self) -> Result<Response<T>, DecodeError> {
        if !self.is_json() {
            if let Ok(text) = std::str::from_utf8(&self.0.body) {
                let as_text = serde_json::Value::String(text.to_owned());
                if let Ok(value) = serde_json::from_value(as_text) {
                    return Ok(self.into_response(value, Vec::new()));
                }
            }
        }
        let failure = if self.0.lenient {
            match decode::lenient(&self.0.body) {
                Ok((value, mismatches)) => return Ok(self.into_response(value, mismatches)),
                Err(failure) => failure,
            }
        } else {
            decode::locate::<T>(&self.0.body)
        };
        Err(DecodeError::new(failure.message, Some(failure.path), self))
    }

    /// Decodes a successful response's body as UTF-8 text. A body the server sent as
    /// JSON that is one JSON string is that string, without its quotes.
    pub fn decode_text(self) -> Result<Response<String>, DecodeError> {
        if self.is_json() {
            if let Ok(text) = serde_json::from_slice::<String>(&self.0.body) {
                return Ok(self.into_response(text, Vec::new()));
            }
        }
        match String::from_utf8(self.0.body.to_vec()) {
            Ok(text) => Ok(self.into_response(text, Vec::new())),
            Err(e) => Err(DecodeError::new(e.to_string(), None, self)),
        }
    }

    /// A successful response whose body is kept as bytes.
    pub fn decode_bytes(self) -> Result<Response<Bytes>, DecodeError> {
        let body = self.0.body.clone();
        Ok(self.into_response(body, Vec::new()))
    }

    /// A successful response for which the spec declares no body; what the server sent
    /// anyway stays readable through [`Response::raw_body`].
    pub fn decode_empty(self) -> Result<Response<()>, DecodeError> {
        Ok(self.into_response((), Vec::new()))
    }

    /// Decodes an error response whose body the spec describes. A body that does not
    /// match is kept raw rather than hiding the error status behind a decode error; so
    /// is an object none of whose keys the declared type knows, which would otherwise
    /// decode into a value with every field empty and hide the server's message (it
    /// stays readable through `content`).
    pub fn typed<T: serde::de::DeserializeOwned>(self) -> TypedResponse<T> {
        let body = decode_known::<T>(&self.0.body).map(Box::new);
        TypedResponse {
            body,
            content: self,
        }
    }

    /// An operation's result: a 2xx is `decode(self)`, anything else
    /// `Err(Error::Api(error(self)))`. Both edges are plain functions, so the generic part
    /// each operation adds stays this small.
    pub fn finish<T, E>(
        self,
        decode: fn(Self) -> Result<Response<T>, DecodeError>,
        error: fn(Self) -> E,
    ) -> Result<Response<T>, Error<E>> {
        if self.is_success() {
            decode(self).map_err(Error::Decode)
        } else {
            Err(Error::Api(error(self)))
        }
    }
}

/// Decodes `body` as `T` unless it is a non-empty object of which `T` reads no key.
fn decode_known<T: serde::de::DeserializeOwned>(body: &[u8]) -> Option<T> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let mut keys = 0usize;
    let mut ignored = 0usize;
    let value = serde_ignored::deserialize(&mut de, |path| {
        if matches!(
            path,
            serde_ignored::Path::Map {
                parent: serde_ignored::Path::Root,
                ..
            }
        ) {
            ignored += 1;
        }
    })
    .ok()?;
    de.end().ok()?;
    if ignored > 0 {
        // Only then is it worth counting the keys the object has.
        if let Ok(serde_json::Value::Object(map)) = serde_json::from_slice(body) {
            keys = map.len();
        }
        if ignored == keys {
            return None;
        }
    }
    Some(value)
}

impl fmt::Debug for ResponseContent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseContent")
            .field("status", &self.0.status)
            .field("headers", &self.0.headers)
            .field("body", &self.text())
            .finish()
    }
}

/// An error response whose body the spec describes.
#[derive(Debug)]
pub struct TypedResponse<T> {
    /// The decoded body, or `None` if the body did not match the spec.
    pub body: Option<Box<T>>,
    /// The response as received.
    pub content: ResponseContent,
}

#[cfg(test)]
mod tests {
    use super::RateLimit;
    use reqwest::header::{HeaderMap, HeaderValue};
    use std::time::{Duration, UNIX_EPOCH};

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn retry_after_in_seconds() {
        let limit = RateLimit::from_headers(&headers(&[
            ("retry-after", "7"),
            ("x-ratelimit-remaining", "0"),
        ]));
        assert_eq!(limit.retry_after, Some(7));
        assert_eq!(limit.remaining, Some(0));
        assert_eq!(limit.retry_after(), Some(Duration::from_secs(7)));
    }

    #[test]
    fn retry_after_as_http_date() {
        // 1994-11-06 08:49:37 UTC, read 30 s earlier.
        let now = UNIX_EPOCH + Duration::from_secs(784_111_777 - 30);
        let limit = RateLimit::from_headers_at(
            &headers(&[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")]),
            now,
        );
        assert_eq!(limit.retry_after, Some(30));
        // A date in the past means "now".
        let later = UNIX_EPOCH + Duration::from_secs(784_111_777 + 30);
        let limit = RateLimit::from_headers_at(
            &headers(&[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")]),
            later,
        );
        assert_eq!(limit.retry_after, Some(0));
    }

    #[test]
    fn reset_as_delay_or_epoch() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let delay = RateLimit::from_headers_at(&headers(&[("x-ratelimit-reset", "12")]), now);
        assert_eq!(delay.reset, Some(12));
        let epoch =
            RateLimit::from_headers_at(&headers(&[("x-ratelimit-reset", "1700000045")]), now);
        assert_eq!(epoch.reset, Some(45));
        // Without Retry-After, the reset says how long to wait.
        assert_eq!(epoch.retry_after(), Some(Duration::from_secs(45)));
        assert_eq!(RateLimit::default().retry_after(), None);
    }
}
