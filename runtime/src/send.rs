//! The send path: credentials, the attempt loop with retries and waits, reading the body.

// Nothing here is generic over operations, so it is compiled once however many there are.

use reqwest::header::{HeaderMap, HeaderValue, CONTENT_LENGTH, CONTENT_TYPE, COOKIE};

use super::auth::{authorize, insecure, should_refresh, transport_allows_credentials, UsedToken};
use super::client::Client;
use super::config::Config;
use super::error::{Failure, InvalidRequest, ResponseTooLarge, SendError, TransportError};
use super::options::RequestOptions;
use super::request::{Operation, Request, RequestBody};
use super::response::ResponseContent;
use super::retry::{decide, is_idempotent, Attempt, Decision, Outcome};
use super::stream::LiveBody;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

impl Client {
    /// Sends the request with credentials, retrying as [`Config`](super::config::Config)
    /// allows, and reads the whole response, whatever its status. Runs inside a `tracing`
    /// span `api_call` that names the operation, method, path, final status and attempt.
    //
    // Plain functions that return the future, rather than `async fn`s: an `async fn`
    // keeps its arguments twice in its state, as arguments and as locals, and this state
    // is what every call allocates.
    pub fn send(
        &self,
        request: Request,
    ) -> impl Future<Output = Result<ResponseContent, SendError>> + Send + '_ {
        InSpan {
            op: request.op,
            span: None,
            inner: self.send_attempts(request),
        }
    }

    #[allow(clippy::manual_async_fn)] // see `send`: an `async fn` would keep `req` twice
    fn send_attempts(
        &self,
        mut req: Request,
    ) -> impl Future<Output = Result<ResponseContent, SendError>> + Send + '_ {
        async move {
            // Looked up once, not per attempt: the lookup goes through the dispatcher even
            // when nothing subscribes. `InSpan` has entered `api_call` by now, unless the
            // subscriber disabled it: the current span is then the caller's, whose fields
            // (a `status` of its own, say) are not this call's to record.
            let span = tracing::Span::current();
            let ours = span
                .metadata()
                .is_some_and(|m| m.name() == API_CALL && m.target() == std::module_path!());
            let span = if ours { span } else { tracing::Span::none() };
            if let Some(invalid) = req.invalid.take() {
                return Err(SendError::InvalidRequest(invalid));
            }
            let options = self.options.as_deref();
            let per_call = options.and_then(|o| o.config(&self.config));
            let config = per_call.as_deref().unwrap_or(&self.config);
            self.add_extras(&mut req, options)?;
            let op = req.op;
            let clock = &self.shared.clock;
            // Measured from the start rather than as `start + deadline`, which would panic
            // for a deadline too far out for an `Instant`.
            let start = clock.now();
            if !req.cookies.is_empty() {
                let value = HeaderValue::from_str(&req.cookies.join("; "))
                    .map_err(|_| InvalidRequest::new("Cookie", "is not a valid header value"))?;
                req.headers.append(COOKIE, value);
            }
            // A key makes a retry safe whatever the method: the server applies it once.
            let idempotent = is_idempotent(&op.method) || req.keyed;
            let mut number = 0u32;
            let mut refreshed = false;
            loop {
                number += 1;
                span.record("attempt", number);
                // Each step is boxed, so that the call's own state (which `Sending` boxes)
                // stays within the allocator's small sizes: one allocation of several
                // kilobytes costs more than three small ones.
                let (request, token) = Box::pin(self.prepare(&mut req, config, options)).await?;
                let replayable = req.body.as_ref().is_none_or(RequestBody::replayable);
                let result = if req.streamed {
                    Box::pin(read_streamed(&self.shared.http, request, config, op)).await
                } else {
                    Box::pin(read(&self.shared.http, request, config.max_response_bytes)).await
                }
                .map(|r| r.answering(op.id, config.lenient_decoding));
                let attempt = Attempt {
                    number,
                    idempotent,
                    replayable,
                    remaining: config
                        .deadline
                        .saturating_sub(clock.now().saturating_duration_since(start)),
                };
                let (outcome, response) = match result {
                    Ok(response) => {
                        let status = response.status();
                        span.record("status", status.as_u16());
                        tracing::debug!(attempt = number, status = status.as_u16(), "response");
                        // Past the deadline a refresh would only make the call later still.
                        if should_refresh(status, token.is_some(), refreshed, replayable)
                            && !attempt.remaining.is_zero()
                            && invalidate(&token)
                        {
                            // One refresh and one retry, outside the attempt budget: an
                            // expired token is the client's problem, not the server's.
                            refreshed = true;
                            number -= 1;
                            continue;
                        }
                        (status_outcome(&response), Ok(response))
                    }
                    Err(e) => (
                        transport_outcome(&e, number),
                        Err(SendError::Transport(TransportError::new(op, e))),
                    ),
                };
                match decide(config, attempt, outcome, fastrand::f64()) {
                    Decision::RetryAfter(wait) => {
                        tracing::info!(
                            attempt = number,
                            status = status_of(&outcome),
                            wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                            "retrying"
                        );
                        clock.sleep(wait).await;
                    }
                    Decision::Stop => return response,
                }
            }
        }
    }

    /// Adds what the caller asked for beyond the spec: the builder's default headers (where
    /// the operation sets none of that name), then the options' headers (replacing) and
    /// query parameters (appended).
    fn add_extras(
        &self,
        req: &mut Request,
        options: Option<&RequestOptions>,
    ) -> Result<(), SendError> {
        for (name, value) in &self.shared.default_headers {
            if !req.headers.contains_key(name) {
                req.headers.insert(name.clone(), value.clone());
            }
        }
        let Some(options) = options else {
            return Ok(());
        };
        if let Some(invalid) = &options.invalid {
            return Err(SendError::InvalidRequest(invalid.clone()));
        }
        for (name, value) in &options.headers {
            req.headers.insert(name.clone(), value.clone());
        }
        if !options.query.is_empty() {
            req.url.query_pairs_mut().extend_pairs(&options.query);
        }
        Ok(())
    }

    /// Builds one attempt: URL, headers, body and credentials (the options', when they
    /// give any, else the client's for the operation's security).
    async fn prepare(
        &self,
        req: &mut Request,
        config: &Config,
        options: Option<&RequestOptions>,
    ) -> Result<(reqwest::Request, UsedToken), SendError> {
        let mut url = req.url.clone();
        // A clone's table is exactly full, so the credential's header grew it: a
        // reallocation on every call. Built with room instead: for the credential and the
        // Content-Type here, and for what the HTTP stack adds (reqwest's default `Accept`
        // when the operation sets none, hyper's `Host`).
        let mut headers = HeaderMap::with_capacity(req.headers.len() + 4);
        for (name, value) in &req.headers {
            headers.append(name.clone(), value.clone());
        }
        let allow_insecure = config.allow_insecure_http || self.shared.safe_for_credentials;
        // Credentials the caller gave as headers go where credentials may go.
        let carries_secret = headers.values().any(HeaderValue::is_sensitive);
        if carries_secret && !transport_allows_credentials(&url, allow_insecure) {
            return Err(insecure());
        }
        let token = match options.and_then(|o| o.credentials.as_ref()) {
            Some(credentials) => {
                if !transport_allows_credentials(&url, allow_insecure) {
                    return Err(insecure());
                }
                let (name, value) = credentials.header()?;
                headers.insert(name, value);
                None
            }
            None => {
                authorize(
                    &self.shared.credentials,
                    req.op,
                    allow_insecure,
                    &mut url,
                    &mut headers,
                )
                .await?
            }
        };
        if let Some(content_type) = req.body.as_ref().and_then(RequestBody::content_type) {
            // The body's media type replaces a Content-Type header parameter: OpenAPI says
            // such a parameter definition is to be ignored, and sent twice, the server
            // would read a list.
            headers.insert(CONTENT_TYPE, content_type.clone());
        }
        // Built directly rather than through `RequestBuilder`, which copies every header
        // once more into a map of its own.
        let mut request = reqwest::Request::new(req.op.method.clone(), url);
        *request.headers_mut() = headers;
        if self.shared.client_timeout != Some(config.request_timeout) {
            *request.timeout_mut() = Some(config.request_timeout);
        }
        match &mut req.body {
            Some(RequestBody::Bytes { data, .. }) => {
                *request.body_mut() = Some(data.clone().into());
            }
            Some(RequestBody::Multipart(form)) => {
                if let Some(form) = form.take() {
                    // The builder adds the boundary's Content-Type and streams the parts.
                    request =
                        reqwest::RequestBuilder::from_parts(self.shared.http.clone(), request)
                            .multipart(form)
                            .build()
                            .map_err(|e| {
                                SendError::Transport(TransportError::new(req.op, e.into()))
                            })?;
                }
            }
            Some(RequestBody::Stream { body, length, .. }) => {
                // Taken by the first attempt; the call is not retried (see `replayable`).
                if let Some(body) = body.take() {
                    if let Some(length) = length {
                        request
                            .headers_mut()
                            .insert(CONTENT_LENGTH, HeaderValue::from(*length));
                    }
                    *request.body_mut() = Some(body);
                }
            }
            None => {}
        }
        Ok((request, token))
    }
}

/// The name of a call's span.
const API_CALL: &str = "api_call";

pin_project_lite::pin_project! {
    // A call's future inside its `api_call` span. The span is made when the call is first
    // polled, so that it nests under the span current then (the task's that awaits it,
    // say one spawned with `.instrument(...)`), not the one current where the call was
    // made; `tracing`'s `Instrumented` would need the span up front.
    struct InSpan<F> {
        op: &'static Operation,
        span: Option<tracing::Span>,
        #[pin]
        inner: F,
    }
}

impl<F: Future> Future for InSpan<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.project();
        let op = *this.op;
        let span = this.span.get_or_insert_with(|| {
            tracing::info_span!(
                API_CALL,
                operation = op.id,
                method = %op.method,
                path = op.path,
                status = tracing::field::Empty,
                attempt = tracing::field::Empty,
            )
        });
        let _entered = span.enter();
        this.inner.poll(cx)
    }
}

/// reqwest's own timeout for a streamed request, which would otherwise cut a long stream:
/// as far out as tokio's timers go (about two years).
const STREAM_LIFETIME: std::time::Duration = std::time::Duration::from_secs(2 * 365 * 24 * 3600);

/// Sends one attempt of a streamed call: a success keeps its body open, anything else is
/// read whole, as `read` does, for the retry decision and the operation's errors.
async fn read_streamed(
    http: &reqwest::Client,
    mut request: reqwest::Request,
    config: &Config,
    op: &'static super::request::Operation,
) -> Result<ResponseContent, Failure> {
    // The request timeout bounds the wait for the headers; the body then has the idle
    // timeout between chunks instead (see `stream.rs`), since a stream may rightly
    // outlast any request timeout.
    *request.timeout_mut() = Some(STREAM_LIFETIME);
    let response = tokio::time::timeout(config.request_timeout, http.execute(request))
        .await
        .map_err(|_| Failure::Idle(config.request_timeout))??;
    let mut response = response;
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    if status.is_success() {
        let live = LiveBody {
            response,
            op,
            idle: config.stream_idle_timeout,
        };
        return Ok(ResponseContent::streaming(status, headers, live));
    }
    let body = tokio::time::timeout(
        config.request_timeout,
        read_body(response, config.max_response_bytes),
    )
    .await
    .map_err(|_| Failure::Idle(config.request_timeout))??;
    Ok(ResponseContent::new(status, headers, body))
}

/// Sends one attempt and reads the whole body, so a timeout covers both.
async fn read(
    http: &reqwest::Client,
    request: reqwest::Request,
    limit: u64,
) -> Result<ResponseContent, Failure> {
    let mut response = http.execute(request).await?;
    let status = response.status();
    // Taken, not cloned: reading the body does not look at the headers.
    let headers = std::mem::take(response.headers_mut());
    let body = read_body(response, limit).await?;
    Ok(ResponseContent::new(status, headers, body))
}

/// Reads a body of at most `limit` bytes, chunk by chunk, so a server cannot make the
/// client hold more than the limit (plus one chunk). A declared `Content-Length` above
/// the limit fails before any of the body is read.
pub(crate) async fn read_body(
    mut response: reqwest::Response,
    limit: u64,
) -> Result<bytes::Bytes, Failure> {
    let declared = response.content_length();
    let too_large = || Failure::TooLarge(ResponseTooLarge::new(limit, declared));
    if declared.is_some_and(|length| length > limit) {
        return Err(too_large());
    }
    // A body that arrives in one chunk (most of them) is kept as it came, without a copy;
    // from the second chunk on they are gathered. The limit counts every byte either way.
    let mut first: Option<bytes::Bytes> = None;
    let mut gathered: Option<bytes::BytesMut> = None;
    let mut length: u64 = 0;
    while let Some(chunk) = response.chunk().await? {
        length = length.saturating_add(u64::try_from(chunk.len()).unwrap_or(u64::MAX));
        if length > limit {
            return Err(too_large());
        }
        match (&mut gathered, first.take()) {
            (Some(body), _) => body.extend_from_slice(&chunk),
            (None, None) => first = Some(chunk),
            (None, Some(earlier)) => {
                // Reserve what the server declared, but never more than the limit or 1 MiB:
                // the header may lie, and growing past that costs little next to the
                // transfer.
                let reserve = declared.unwrap_or(0).min(limit).min(1 << 20);
                let mut body = bytes::BytesMut::with_capacity(
                    usize::try_from(reserve)
                        .unwrap_or(0)
                        .max(earlier.len() + chunk.len()),
                );
                body.extend_from_slice(&earlier);
                body.extend_from_slice(&chunk);
                gathered = Some(body);
            }
        }
    }
    Ok(match gathered {
        Some(body) => body.freeze(),
        None => first.unwrap_or_default(),
    })
}

/// What a response tells `decide`: its status, and a 429's wait. Only a 429's wait is
/// read (see `decide`), so only a 429's headers are.
fn status_outcome(response: &ResponseContent) -> Outcome {
    let status = response.status();
    let retry_after = if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
        response.rate_limit().retry_after()
    } else {
        None
    };
    Outcome::Status {
        status,
        retry_after,
    }
}

/// What a failed attempt `number` tells `decide`, logged at debug level.
fn transport_outcome(e: &Failure, number: u32) -> Outcome {
    tracing::debug!(
        attempt = number,
        connect = e.is_connect(),
        timeout = e.is_timeout(),
        too_large = matches!(e, Failure::TooLarge(_)),
        "transport error"
    );
    Outcome::Transport {
        connect: e.is_connect(),
        timeout: e.is_timeout(),
    }
}

/// Asks the token source whether a retry will carry a different token.
fn invalidate(token: &UsedToken) -> bool {
    token
        .as_ref()
        .is_some_and(|(source, token)| source.invalidate(token))
}

/// The status to log for a retried attempt; 0 when there was no response.
fn status_of(outcome: &Outcome) -> u16 {
    match outcome {
        Outcome::Status { status, .. } => status.as_u16(),
        Outcome::Transport { .. } => 0,
    }
}
