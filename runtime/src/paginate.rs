//! Pagination: a list operation's pages, and their items, as streams that fetch each page
//! only when it is asked for.
//!
//! Nothing here knows an operation: the generated code hands over a way to build the
//! first request, the operation's decode and error functions, and the rule that finds the
//! next page ([`PageRule`]). Each page goes through [`Client::send`], so retries,
//! rate-limit waits and credentials are those of a single call.

use std::collections::HashSet;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_util::stream::{self, StreamExt as _};
use reqwest::header::{HeaderMap, LINK};
use reqwest::Url;
use serde_json::Value;

use super::client::Client;
use super::error::{DecodeError, Error, InvalidRequest};
use super::request::Request;
use super::response::{Response, ResponseContent};

/// How a list operation finds its next page; the generator picks the rule from the spec
/// and names it in the operation's docs. JSON pointers are relative to the response body
/// (`""` is the body itself); `id` is relative to an item.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageRule {
    /// RFC 8288: the URL of the response's `Link` header with `rel="next"`.
    Link,
    /// The URL at `next` in the response body.
    NextUrl {
        /// Where the URL is.
        next: &'static str,
    },
    /// The value at `next` goes into query parameter `param`; none (absent, `null`, `""`)
    /// or `false` at `has_more` ends the list.
    Cursor {
        /// The request's cursor parameter.
        param: &'static str,
        /// Where the next cursor is.
        next: &'static str,
        /// Where a "more pages follow" flag is, if the response has one.
        has_more: Option<&'static str>,
    },
    /// Stripe's rule: while `has_more` is true, the last item's `id` goes into `param`;
    /// without a `has_more`, until a page has no items.
    LastId {
        /// The request's parameter (`starting_after`).
        param: &'static str,
        /// Where the items are.
        items: &'static str,
        /// Where an item's id is, within the item.
        id: &'static str,
        /// Where the "more pages follow" flag is.
        has_more: Option<&'static str>,
    },
    /// `param` is an offset: it grows by the number of items each page holds, and a page
    /// without items ends the list. (A short page does not: servers cap the page size.)
    Offset {
        /// The request's offset parameter.
        param: &'static str,
        /// Where the items are.
        items: &'static str,
    },
    /// `param` is a page number, `first` when the request sets none: it grows by one, and
    /// a page without items ends the list.
    PageNumber {
        /// The request's page parameter.
        param: &'static str,
        /// Where the items are.
        items: &'static str,
        /// The first page's number.
        first: i64,
    },
}

/// Why a list could not go on to its next page.
#[derive(Debug)]
pub struct PaginationError {
    operation: &'static str,
    url: String,
    reason: &'static str,
}

impl PaginationError {
    /// The `operationId` of the list operation.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The next page's URL as the server gave it.
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl fmt::Display for PaginationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: cannot fetch the next page ({}): {}",
            self.operation, self.reason, self.url
        )
    }
}

impl std::error::Error for PaginationError {}

/// A boxed stream, as the pages and items keep theirs.
type BoxStream<'a, T> = Pin<Box<dyn Stream<Item = T> + Send + 'a>>;

/// What the generated code gives for one page: the operation's request, not yet sent.
type Build<'a> = Box<dyn FnMut() -> Result<Request, InvalidRequest> + Send + 'a>;

/// The pages of a list operation, each a [`Response`] with its status, headers and body,
/// fetched one by one as the stream is polled. It ends after the last page, after
/// [`max_pages`](Self::max_pages), or after an error (the error is its last item). A
/// next page whose URL was fetched before ends it with [`Error::Pagination`], so a server
/// that hands back the same cursor cannot make it loop.
#[must_use = "a stream fetches nothing until it is polled"]
pub struct Pages<'a, T, E> {
    inner: BoxStream<'a, Result<Response<T>, Error<E>>>,
}

impl<T, E> fmt::Debug for Pages<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}

struct State<'a, T, E> {
    transport: &'a Client,
    rule: PageRule,
    build: Build<'a>,
    decode: fn(ResponseContent) -> Result<Response<T>, DecodeError>,
    error: fn(ResponseContent) -> E,
    /// How to change the built request for the next page; `None` when the list ended.
    next: Option<Next>,
    seen: HashSet<String>,
}

/// The change to the built request that makes it ask for the next page.
#[derive(Clone, Debug)]
enum Next {
    First,
    Url(String),
    Query(&'static str, String),
}

impl<'a, T: Send + 'a, E: Send + 'a> Pages<'a, T, E> {
    /// Pages of the request `build` makes, sent through `transport` and finished with the
    /// operation's `decode` and `error`; generated list calls return this.
    #[doc(hidden)]
    pub fn new(
        transport: &'a Client,
        rule: PageRule,
        build: impl FnMut() -> Result<Request, InvalidRequest> + Send + 'a,
        decode: fn(ResponseContent) -> Result<Response<T>, DecodeError>,
        error: fn(ResponseContent) -> E,
    ) -> Self {
        Self::from_state(State {
            transport,
            rule,
            build: Box::new(build),
            decode,
            error,
            next: Some(Next::First),
            seen: HashSet::new(),
        })
    }

    fn from_state(state: State<'a, T, E>) -> Self {
        Pages {
            inner: Box::pin(stream::unfold(state, |mut state| async move {
                let next = state.next.take()?;
                let result = state.page(next).await;
                Some((result, state))
            })),
        }
    }

    /// Stops after `n` pages (a limit on requests, whatever the page size).
    pub fn max_pages(self, n: u64) -> Self {
        Pages {
            inner: Box::pin(self.inner.take(usize::try_from(n).unwrap_or(usize::MAX))),
        }
    }

    /// The items of every page, in order: `items` takes a page's body apart.
    #[doc(hidden)]
    pub fn items<I: Send + 'a>(self, items: fn(T) -> Vec<I>) -> Items<'a, I, E> {
        Items {
            inner: Box::pin(self.inner.flat_map(move |page| {
                let out: Vec<Result<I, Error<E>>> = match page {
                    Ok(page) => items(page.into_body()).into_iter().map(Ok).collect(),
                    Err(e) => vec![Err(e)],
                };
                stream::iter(out)
            })),
        }
    }
}

impl<T, E> State<'_, T, E> {
    async fn page(&mut self, next: Next) -> Result<Response<T>, Error<E>> {
        let mut request = (self.build)()?;
        let operation = request.op.id;
        let fail = |url: &str, reason| {
            Error::Pagination(PaginationError {
                operation,
                url: url.to_owned(),
                reason,
            })
        };
        match &next {
            Next::First => {}
            Next::Url(url) => match request.url.join(url) {
                Ok(joined) => request.url = joined,
                Err(_) => return Err(fail(url, "not a URL")),
            },
            Next::Query(param, value) => request.set_query(param, value),
        }
        if !self.seen.insert(request.url.as_str().to_owned()) {
            return Err(fail(request.url.as_str(), "it was fetched before"));
        }
        let url = request.url.clone();
        let page = self
            .transport
            .send(request)
            .await?
            .finish(self.decode, self.error)?;
        self.next = self.rule.next(&url, page.headers(), page.raw_body());
        Ok(page)
    }
}

impl PageRule {
    /// The next page after the page `url` answered with `headers` and `body`; `None` at
    /// the end of the list.
    fn next(&self, url: &Url, headers: &HeaderMap, body: &[u8]) -> Option<Next> {
        if let PageRule::Link = self {
            return next_link(headers).map(Next::Url);
        }
        let body: Value = serde_json::from_slice(body).ok()?;
        let count = |items: &str| body.pointer(items).and_then(Value::as_array).map(Vec::len);
        let current = |param: &str| {
            url.query_pairs()
                .find(|(k, _)| k == param)
                .and_then(|(_, v)| v.parse::<i64>().ok())
        };
        match *self {
            PageRule::Link => None,
            PageRule::NextUrl { next } => text(body.pointer(next)?).map(Next::Url),
            PageRule::Cursor {
                param,
                next,
                has_more,
            } => {
                if has_more.is_some_and(|p| body.pointer(p) == Some(&Value::Bool(false))) {
                    return None;
                }
                text(body.pointer(next)?).map(|v| Next::Query(param, v))
            }
            PageRule::LastId {
                param,
                items,
                id,
                has_more,
            } => {
                if has_more.is_some_and(|p| body.pointer(p) != Some(&Value::Bool(true))) {
                    return None;
                }
                let last = body.pointer(items)?.as_array()?.last()?;
                text(last.pointer(id)?).map(|v| Next::Query(param, v))
            }
            PageRule::Offset { param, items } => match count(items)? {
                0 => None,
                n => {
                    let offset = current(param).unwrap_or(0) + n as i64;
                    Some(Next::Query(param, offset.to_string()))
                }
            },
            PageRule::PageNumber {
                param,
                items,
                first,
            } => match count(items)? {
                0 => None,
                _ => {
                    let page = current(param).unwrap_or(first) + 1;
                    Some(Next::Query(param, page.to_string()))
                }
            },
        }
    }
}

/// A cursor or URL as text: a non-empty string, or a number.
pub(crate) fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The target of the first `rel="next"` link in the `Link` headers (RFC 8288): links
/// are separated by commas outside `<...>` and quotes, and `rel` may list several
/// relation types.
pub(crate) fn next_link(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(LINK)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(split_links)
        .find_map(|link| {
            let (target, params) = link.trim().strip_prefix('<')?.split_once('>')?;
            params
                .split(';')
                .filter_map(|p| p.split_once('='))
                .filter(|(k, _)| k.trim().eq_ignore_ascii_case("rel"))
                .any(|(_, v)| {
                    v.trim()
                        .trim_matches('"')
                        .split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("next"))
                })
                .then(|| target.to_owned())
        })
}

fn split_links(value: &str) -> Vec<&str> {
    let (mut out, mut start, mut in_target, mut in_quotes) = (Vec::new(), 0, false, false);
    for (i, c) in value.char_indices() {
        match c {
            '<' if !in_quotes => in_target = true,
            '>' if !in_quotes => in_target = false,
            '"' if !in_target => in_quotes = !in_quotes,
            ',' if !in_target && !in_quotes => {
                out.push(&value[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&value[start..]);
    out
}

/// Every item of a list operation, page after page, fetched as the stream is polled; an
/// error is the last item. See [`Pages`] for how it ends.
#[must_use = "a stream fetches nothing until it is polled"]
pub struct Items<'a, I, E> {
    inner: BoxStream<'a, Result<I, Error<E>>>,
}

impl<I, E> fmt::Debug for Items<'_, I, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items").finish_non_exhaustive()
    }
}

impl<'a, I: Send + 'a, E: Send + 'a> Items<'a, I, E> {
    /// Stops after `n` items; no page beyond the one that holds the `n`th is fetched.
    pub fn max_items(self, n: u64) -> Self {
        Items {
            inner: Box::pin(self.inner.take(usize::try_from(n).unwrap_or(usize::MAX))),
        }
    }
}

impl<T, E> Stream for Pages<'_, T, E> {
    type Item = Result<Response<T>, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<I, E> Stream for Items<'_, I, E> {
    type Item = Result<I, Error<E>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}
