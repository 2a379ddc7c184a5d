//! Pages served by the mock: a list's pages linked by the operation's own paging rule, so
//! that a consumer's paging code runs against them unchanged.

use super::mock_support::{MockOperation, ResponseTemplate};
use super::paginate::{text, PageRule};
use serde_json::Value;
use std::marker::PhantomData;
use wiremock::Request as WireRequest;

/// The query parameter that numbers the pages the mock links by URL (`Link`, next URL).
const MOCK_PAGE: &str = "mock_page";

/// A list operation the mock can serve page by page: the generated `mock` module
/// implements it for every operation that pages.
pub trait MockPaging: MockOperation {
    /// How the client finds the next page.
    const RULE: PageRule;
    /// The status of a page.
    const STATUS: u16;
    /// A page's body as the API sends it.
    fn page_json(body: &Self::Success) -> Result<Value, String>;
}

/// A page's body as JSON, for [`MockPaging::page_json`].
pub fn page_json<T: serde::Serialize + ?Sized>(body: &T) -> Result<Value, String> {
    serde_json::to_value(body).map_err(|e| format!("unserializable page: {e}"))
}

/// The pages one expectation serves, as JSON, and the rule that links them.
pub(super) struct ServedPages<O> {
    pages: Result<Vec<Value>, String>,
    operation: PhantomData<fn() -> O>,
}

impl<O: MockPaging> ServedPages<O> {
    pub(super) fn new(pages: impl IntoIterator<Item = O::Success>) -> Self {
        let pages = pages.into_iter().map(|p| O::page_json(&p)).collect();
        ServedPages {
            pages,
            operation: PhantomData,
        }
    }

    /// The page `request` asks for, or a 400 that says why there is none.
    pub(super) fn answer(&self, request: &WireRequest) -> ResponseTemplate {
        match self
            .pages
            .as_deref()
            .map_err(Clone::clone)
            .and_then(|pages| page(O::RULE, pages, request))
        {
            Ok((body, link)) => {
                let bytes = serde_json::to_vec(&body).unwrap_or_default();
                let template =
                    ResponseTemplate::new(O::STATUS).set_body_raw(bytes, "application/json");
                match link {
                    Some(url) => {
                        template.insert_header("link", format!("<{url}>; rel=\"next\"").as_str())
                    }
                    None => template,
                }
            }
            Err(why) => ResponseTemplate::new(400).set_body_string(format!("mock: {why}")),
        }
    }
}

/// Whether a list under `rule` ends on a page without items rather than on a flag or a
/// missing link.
fn ends_on_empty_page(rule: PageRule) -> bool {
    matches!(
        rule,
        PageRule::Offset { .. }
            | PageRule::PageNumber { .. }
            | PageRule::LastId { has_more: None, .. }
    )
}

/// The body (with its paging fields written) and `Link` target of the page `request`
/// asks for.
fn page(
    rule: PageRule,
    pages: &[Value],
    request: &WireRequest,
) -> Result<(Value, Option<String>), String> {
    let Some(last) = pages.last() else {
        return Err("`respond_with_pages` was given no pages".to_owned());
    };
    let n = pages.len();
    let query = |name: &str| {
        request
            .url
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    let number = |name: &str, default: i64| -> Result<i64, String> {
        query(name).map_or(Ok(default), |v| {
            v.parse()
                .map_err(|_| format!("`{name}={v}` is not a page this mock served"))
        })
    };
    let index = match rule {
        PageRule::Link | PageRule::NextUrl { .. } => number(MOCK_PAGE, 0)?,
        PageRule::Cursor { param, .. } => number(param, 0)?,
        PageRule::PageNumber { param, first, .. } => number(param, first)? - first,
        PageRule::Offset { param, items } => {
            let offset = number(param, 0)?;
            let mut start = 0;
            let mut found = None;
            for (i, page) in pages.iter().enumerate() {
                if start == offset {
                    found = Some(i);
                    break;
                }
                start += count(page, items) as i64;
            }
            match found {
                Some(i) => i as i64,
                None if start == offset => n as i64,
                None => return Err(format!("`{param}={offset}` is not where a page starts")),
            }
        }
        PageRule::LastId {
            param, items, id, ..
        } => match query(param) {
            None => 0,
            Some(v) => match pages
                .iter()
                .position(|p| last_id(p, items, id).as_deref() == Some(v.as_str()))
            {
                Some(i) => i as i64 + 1,
                None => return Err(format!("no page ends with the item `{v}` (`{param}`)")),
            },
        },
    };
    let limit = if ends_on_empty_page(rule) { n } else { n - 1 };
    let Some(index) = usize::try_from(index).ok().filter(|i| *i <= limit) else {
        return Err(format!("there is no page {index} of {n}"));
    };
    let more = index + 1 < n;
    let mut body = match pages.get(index) {
        Some(page) => page.clone(),
        None => empty(last, rule),
    };
    let next_url = || {
        let mut url = request.url.clone();
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| k != MOCK_PAGE)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        url.query_pairs_mut()
            .clear()
            .extend_pairs(pairs)
            .append_pair(MOCK_PAGE, &(index + 1).to_string());
        // Relative: the mock's own idea of its host is not the address the client used.
        format!("{}?{}", url.path(), url.query().unwrap_or_default())
    };
    let mut link = None;
    match rule {
        PageRule::Link => link = more.then(next_url),
        PageRule::NextUrl { next } => {
            let url = if more {
                Value::String(next_url())
            } else {
                Value::Null
            };
            set(&mut body, next, url);
        }
        PageRule::Cursor { next, has_more, .. } => {
            let cursor = if more {
                Value::String((index + 1).to_string())
            } else {
                Value::Null
            };
            set(&mut body, next, cursor);
            if let Some(flag) = has_more {
                set(&mut body, flag, Value::Bool(more));
            }
        }
        PageRule::LastId {
            has_more: Some(flag),
            ..
        } => set(&mut body, flag, Value::Bool(more)),
        PageRule::LastId { has_more: None, .. }
        | PageRule::Offset { .. }
        | PageRule::PageNumber { .. } => {}
    }
    Ok((body, link))
}

/// How many items a page holds.
fn count(page: &Value, items: &str) -> usize {
    page.pointer(items)
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

/// The id of a page's last item, as the client sends it on.
fn last_id(page: &Value, items: &str, id: &str) -> Option<String> {
    text(page.pointer(items)?.as_array()?.last()?.pointer(id)?)
}

/// The page that ends a list: the last page with its items taken out.
fn empty(last: &Value, rule: PageRule) -> Value {
    let mut page = last.clone();
    if let PageRule::Offset { items, .. }
    | PageRule::PageNumber { items, .. }
    | PageRule::LastId { items, .. } = rule
    {
        set(&mut page, items, Value::Array(Vec::new()));
    }
    page
}

/// Writes `value` at the JSON pointer `at`, making the objects on the way.
fn set(body: &mut Value, at: &str, value: Value) {
    let mut target = body;
    for token in at.split('/').skip(1) {
        let key = token.replace("~1", "/").replace("~0", "~");
        if !target.is_object() {
            *target = Value::Object(serde_json::Map::new());
        }
        let Value::Object(map) = target else { return };
        target = map.entry(key).or_insert(Value::Null);
    }
    *target = value;
}
