// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! `Config`: retries, timeouts and transport security of a client.

use std::time::Duration;

/// How the client sends requests: retries, timeouts and transport security.
///
/// Set it with `ClientBuilder::config`, or for some calls with `Client::with_config`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Config {
    /// Attempts per call, the first included (default 3). A 401 that leads to a token
    /// refresh adds one attempt on top.
    pub max_attempts: u32,
    /// Backoff before the first retry (default 200 ms); it doubles with each retry.
    pub initial_backoff: Duration,
    /// Upper bound of one backoff (default 10 s).
    pub max_backoff: Duration,
    /// Time a call may take, retries and waits included (default 60 s). A 429 that asks
    /// for a longer wait than is left is returned instead of waited for.
    pub deadline: Duration,
    /// Also retry non-idempotent methods (POST, PATCH) after a 5xx or a connection
    /// error (default `false`: such a request may already have been applied). 429
    /// responses are retried for every method, since the server did not process them.
    pub retry_non_idempotent: bool,
    /// Timeout of one attempt, from sending to the end of the body (default 30 s). With
    /// the HTTP client the builder creates, it bounds requests for tokens too.
    pub request_timeout: Duration,
    /// Timeout for opening a connection (default 10 s); applies to the HTTP client the
    /// builder creates, not to one given with `ClientBuilder::http_client`.
    pub connect_timeout: Duration,
    /// Send credentials over plain http to hosts other than loopback (default `false`).
    pub allow_insecure_http: bool,
    /// Largest response body the client reads, in bytes (default 32 MiB, see
    /// [`DEFAULT_MAX_RESPONSE_BYTES`](Self::DEFAULT_MAX_RESPONSE_BYTES)). A body past it,
    /// or a `Content-Length` above it, fails the attempt with a `TransportError` whose
    /// `too_large()` says so, instead of exhausting memory. Token endpoint answers are
    /// held to it too.
    pub max_response_bytes: u64,
    /// Decode responses leniently (default `false`: strict). Strict decoding refuses a
    /// response whose body breaks the spec with a `DecodeError` that names the failing
    /// path. Lenient decoding drops each value that does not fit its type instead (an
    /// optional field becomes `None`, a bad array item is left out, and a required field
    /// that cannot be read takes the object holding it along) and lists what it dropped
    /// in [`Response::mismatches`](super::response::Response::mismatches), each also a
    /// `tracing` warning. Use it for a server known to contradict its own spec, where
    /// the rest of the answer is still worth having. Either way, `null` or an absent value
    /// for a required, non-nullable array or map reads as empty: Go servers send `null`
    /// for an empty list.
    pub lenient_decoding: bool,
    /// How long a streamed body (server-sent events, JSON lines, a streamed download)
    /// may send nothing before the stream ends with a timeout error (default 60 s). It
    /// replaces [`request_timeout`](Self::request_timeout) once a stream's headers have
    /// arrived, since a stream may rightly last longer than any request.
    pub stream_idle_timeout: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            deadline: Duration::from_secs(60),
            retry_non_idempotent: false,
            request_timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            allow_insecure_http: false,
            max_response_bytes: Self::DEFAULT_MAX_RESPONSE_BYTES,
            lenient_decoding: false,
            stream_idle_timeout: Duration::from_secs(60),
        }
    }
}

impl Config {
    /// The default [`max_response_bytes`](Self::max_response_bytes): 32 MiB, far above
    /// any JSON answer an API sends, far below what would hurt a process.
    pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 32 * 1024 * 1024;

    /// Sets [`max_attempts`](Self::max_attempts) (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets [`initial_backoff`](Self::initial_backoff) and [`max_backoff`](Self::max_backoff).
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// Sets [`deadline`](Self::deadline).
    pub fn with_deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline;
        self
    }

    /// Sets [`retry_non_idempotent`](Self::retry_non_idempotent).
    pub fn with_retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = retry;
        self
    }

    /// Sets [`request_timeout`](Self::request_timeout) and [`connect_timeout`](Self::connect_timeout).
    pub fn with_timeouts(mut self, request: Duration, connect: Duration) -> Self {
        self.request_timeout = request;
        self.connect_timeout = connect;
        self
    }

    /// Sets [`stream_idle_timeout`](Self::stream_idle_timeout).
    pub fn with_stream_idle_timeout(mut self, idle: Duration) -> Self {
        self.stream_idle_timeout = idle;
        self
    }

    /// Sets [`max_response_bytes`](Self::max_response_bytes).
    pub fn with_max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// Sets [`lenient_decoding`](Self::lenient_decoding).
    pub fn with_lenient_decoding(mut self, lenient: bool) -> Self {
        self.lenient_decoding = lenient;
        self
    }

    /// Sets [`allow_insecure_http`](Self::allow_insecure_http).
    pub fn with_allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }
}
