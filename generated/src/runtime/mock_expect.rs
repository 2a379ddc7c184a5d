// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Expectations and their replies: which requests a test answers, how, and how often.

use super::mock_check::received;
use super::mock_pages::{MockPaging, ServedPages};
use super::mock_server::{ExpectationCheck, MockServer, EXPECTATION_PRIORITY};
use super::mock_support::{MockOperation, Received, ResponseTemplate};
use std::fmt::{self, Debug, Display};
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use wiremock::{Mock, Request as WireRequest};

/// A response for one operation: its typed success body, a documented error (the
/// generated operation type has a constructor per documented status), or anything else.
pub struct Reply<O> {
    template: ResponseTemplate,
    operation: PhantomData<fn() -> O>,
}

impl<O> Debug for Reply<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reply").finish_non_exhaustive()
    }
}

impl<O: MockOperation> Reply<O> {
    /// The documented success response with `body`.
    pub fn ok(body: O::Success) -> Self {
        Self::raw(O::success(&body))
    }

    /// A response with `status` and no body.
    pub fn status(status: u16) -> Self {
        Self::raw(ResponseTemplate::new(status))
    }

    /// Any response, built with wiremock's `ResponseTemplate`.
    pub fn raw(template: ResponseTemplate) -> Self {
        Reply {
            template,
            operation: PhantomData,
        }
    }

    /// Sets a JSON body.
    pub fn json<T: serde::Serialize + ?Sized>(self, body: &T) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => Self::raw(self.template.set_body_raw(bytes, "application/json")),
            // Only a map with non-string keys fails here; answer so that the test sees it.
            Err(e) => Self::raw(
                ResponseTemplate::new(500)
                    .set_body_string(format!("mock: unserializable body: {e}")),
            ),
        }
    }

    /// Sets a body of any media type.
    pub fn body(self, bytes: impl Into<Vec<u8>>, content_type: &str) -> Self {
        Self::raw(self.template.set_body_raw(bytes.into(), content_type))
    }

    /// Adds a header.
    pub fn header(self, name: &str, value: &str) -> Self {
        Self::raw(self.template.insert_header(name, value))
    }

    /// Adds `Retry-After: <seconds>`, as a rate-limited API does on a 429.
    pub fn retry_after(self, seconds: u64) -> Self {
        self.header("retry-after", &seconds.to_string())
    }

    /// Answers only after `delay`, e.g. to exercise the client's timeout.
    pub fn delay(self, delay: Duration) -> Self {
        Self::raw(self.template.set_delay(delay))
    }
}

type Check<B> = Arc<dyn Fn(&Received<B>) -> Result<(), String> + Send + Sync>;

/// An expectation for one operation, mounted with [`respond_with`](Self::respond_with):
/// which of its requests it answers, how, and how often it must be called.
pub struct Expectation<'a, O: MockOperation> {
    server: &'a MockServer<O::Api>,
    checks: Vec<Check<O::Body>>,
    times: Option<(u64, u64)>,
    up_to: Option<u64>,
}

impl<O: MockOperation> Debug for Expectation<'_, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Expectation")
            .field("operation", &O::spec().operation.id)
            .field("checks", &self.checks.len())
            .field("times", &self.times)
            .finish_non_exhaustive()
    }
}

impl<'a, O: MockOperation> Expectation<'a, O> {
    /// An expectation with no checks and no call count, for [`MockServer::on`].
    pub(super) fn new(server: &'a MockServer<O::Api>) -> Self {
        Expectation {
            server,
            checks: Vec::new(),
            times: None,
            up_to: None,
        }
    }

    fn check(
        mut self,
        f: impl Fn(&Received<O::Body>) -> Result<(), String> + Send + Sync + 'static,
    ) -> Self {
        self.checks.push(Arc::new(f));
        self
    }

    /// Answers only requests whose typed body satisfies `predicate`.
    pub fn body(self, predicate: impl Fn(&O::Body) -> bool + Send + Sync + 'static) -> Self {
        self.check(move |r| match &r.body {
            Ok(body) if predicate(body) => Ok(()),
            Ok(_) => Err("the body predicate returned false".to_string()),
            Err(e) => Err(e.clone()),
        })
    }

    /// Answers only requests whose typed body equals `expected`.
    pub fn body_eq(self, expected: O::Body) -> Self
    where
        O::Body: PartialEq,
    {
        self.check(move |r| match &r.body {
            Ok(body) if *body == expected => Ok(()),
            Ok(body) => Err(format!("the body was {body:?}, not {expected:?}")),
            Err(e) => Err(e.clone()),
        })
    }

    /// Answers only requests with this path parameter (by its name in the spec).
    pub fn path_param(self, name: &str, value: impl Display) -> Self {
        let (name, value) = (name.to_string(), value.to_string());
        self.check(move |r| match r.path_param(&name) {
            Some(v) if v == value => Ok(()),
            other => Err(format!(
                "path parameter `{name}` was {other:?}, not {value:?}"
            )),
        })
    }

    /// Answers only requests with this query parameter (any of its values).
    pub fn query_param(self, name: &str, value: impl Display) -> Self {
        let (name, value) = (name.to_string(), value.to_string());
        self.check(move |r| {
            let values: Vec<&str> = r
                .query
                .iter()
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| v.as_str())
                .collect();
            if values.contains(&value.as_str()) {
                Ok(())
            } else {
                Err(format!(
                    "query parameter `{name}` was {values:?}, not {value:?}"
                ))
            }
        })
    }

    /// Answers only requests with this header value.
    pub fn header(self, name: &str, value: &str) -> Self {
        let (name, value) = (name.to_string(), value.to_string());
        self.check(move |r| match r.header(&name) {
            Some(v) if v == value => Ok(()),
            other => Err(format!("header `{name}` was {other:?}, not {value:?}")),
        })
    }

    /// Answers only requests that satisfy `predicate`, described by `what` in the
    /// message of a request that does not.
    pub fn matching(
        self,
        what: &str,
        predicate: impl Fn(&Received<O::Body>) -> bool + Send + Sync + 'static,
    ) -> Self {
        let what = what.to_string();
        self.check(move |r| {
            if predicate(r) {
                Ok(())
            } else {
                Err(format!("`{what}` was not satisfied"))
            }
        })
    }

    /// The test fails (when the server is dropped or verified) unless exactly `n`
    /// requests matched; [`MockServer::take_unmet`] reads and takes that failure.
    pub fn times(mut self, n: u64) -> Self {
        self.times = Some((n, n));
        self
    }

    /// Answers at most `n` requests; later ones fall through to the next expectation
    /// (e.g. a 429 once, then success).
    pub fn up_to(mut self, n: u64) -> Self {
        self.up_to = Some(n);
        self
    }

    /// Mounts the expectation with its answer.
    pub async fn respond_with(self, reply: Reply<O>) {
        let template = reply.template;
        self.answer_with(move |_| template.clone()).await;
    }

    /// Mounts the expectation with its answers: the pages of a list, each linked to the
    /// next by the operation's own paging rule, so that the client's `pages()` and
    /// `items()` walk them in order.
    ///
    /// The mock writes the paging fields itself, replacing what the given pages hold: the
    /// `Link` header or next URL (pointing back at the mock), the next cursor (`"1"`,
    /// `"2"`, ...), the `has_more` flag, and, for the rules that end on an empty page
    /// (offset, page number, last id without `has_more`), that empty page after the last.
    /// A request for a page that does not exist (an unknown cursor, an offset inside a
    /// page) is answered with status 400 and a body that says why.
    pub async fn respond_with_pages(self, pages: impl IntoIterator<Item = O::Success>)
    where
        O: MockPaging,
    {
        let pages = ServedPages::<O>::new(pages);
        self.answer_with(move |request| pages.answer(request)).await;
    }

    async fn answer_with(
        self,
        respond: impl Fn(&WireRequest) -> ResponseTemplate + Send + Sync + 'static,
    ) {
        let checks = Arc::new(self.checks);
        let record = Arc::clone(&checks);
        let id = O::spec().operation.id;
        // The mock counts the requests it answers itself, rather than with wiremock's
        // `expect`, which only panics: `take_unmet` reads the count without failing.
        let answered = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&answered);
        let mut mock = Mock::given(move |request: &WireRequest| match received::<O>(request) {
            Some(r) => checks.iter().all(|c| c(&r).is_ok()),
            None => false,
        })
        .respond_with(move |request: &WireRequest| {
            counter.fetch_add(1, Ordering::SeqCst);
            respond(request)
        })
        .with_priority(EXPECTATION_PRIORITY)
        .named(id);
        if let Some(n) = self.up_to {
            mock = mock.up_to_n_times(n);
        }
        let describe: ExpectationCheck = Box::new(move |request: &WireRequest| {
            let r = received::<O>(request)?;
            let reasons: Vec<String> = record.iter().filter_map(|c| c(&r).err()).collect();
            Some(reasons)
        });
        let count = self.times.map(|times| (times, answered));
        self.server.mount(id, describe, count, mock).await;
    }
}
