//! Pagination: how a list operation finds its next page, and where its items are.

use super::*;

/// A list operation's paging, as `lower` found it in the spec.
#[derive(Clone, Debug, PartialEq)]
pub struct Pagination {
    /// How the next page is found.
    pub rule: PageRule,
    /// What said so.
    pub source: PageSource,
    /// The type of one item.
    pub item: TypeRef,
    /// The fields from the response body to the items; empty when the body is the array.
    pub items_path: Vec<ItemsStep>,
    /// Each item is a whole page's body (`item` is the body's type): the page holds no
    /// single list, but several, or one of several types of list.
    pub whole_pages: bool,
    /// The client method that streams the items (`list_pets_stream`).
    pub stream_fn: RustName,
}

/// One field on the way from a page's body to its items.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemsStep {
    /// The Rust field.
    pub field: RustName,
    /// The property on the wire.
    pub wire_name: String,
    /// How many `Option`s the field's Rust type has around its value (absent, `null`).
    pub options: u8,
}

/// The runtime's `PageRule`, with the names and JSON pointers it needs. Parameters are
/// query parameters, by their wire names; pointers are into the response body.
#[derive(Clone, Debug, PartialEq)]
pub enum PageRule {
    /// RFC 8288 `Link: <...>; rel="next"`.
    Link,
    /// A URL in the body.
    NextUrl {
        /// Where it is.
        next: String,
    },
    /// A cursor from the body into a parameter.
    Cursor {
        /// The parameter.
        param: String,
        /// Where the next cursor is.
        next: String,
        /// Where a "more pages follow" flag is.
        has_more: Option<String>,
    },
    /// Stripe's: the last item's id into a parameter, while `has_more`.
    LastId {
        /// The parameter.
        param: String,
        /// Where the items are.
        items: String,
        /// The id within an item.
        id: String,
        /// Where the flag is; without one, a page without items ends the list.
        has_more: Option<String>,
    },
    /// An offset that grows by the items received.
    Offset {
        /// The parameter.
        param: String,
        /// Where the items are.
        items: String,
    },
    /// A page number that grows by one.
    PageNumber {
        /// The parameter.
        param: String,
        /// Where the items are.
        items: String,
        /// The first page's number.
        first: i64,
    },
}

/// What told the generator how an operation pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageSource {
    /// A vendor extension on the operation (`x-fern-pagination`, `x-speakeasy-pagination`).
    Extension(&'static str),
    /// The success response declares a `Link` header.
    LinkHeader,
    /// The names of the operation's parameters and response fields; the docs say so.
    Inferred,
    /// The user's `generator.toml`.
    Config,
}

impl Pagination {
    /// One sentence for the docs: the rule, and what it was taken from.
    pub fn describe(&self) -> String {
        let rule = match &self.rule {
            PageRule::Link => "follows the `Link: <...>; rel=\"next\"` response header".to_string(),
            PageRule::NextUrl { next } => format!("follows the URL at `{next}` in each page"),
            PageRule::Cursor { param, next, .. } => {
                format!("sends the cursor at `{next}` of each page as query parameter `{param}`")
            }
            PageRule::LastId {
                param,
                id,
                has_more,
                ..
            } => format!(
                "sends the last item's `{}` as query parameter `{param}` {}",
                id.trim_start_matches('/'),
                match has_more {
                    Some(flag) => format!("while `{flag}` is true"),
                    None => "until a page is empty".to_string(),
                }
            ),
            PageRule::Offset { param, .. } => {
                format!(
                    "advances query parameter `{param}` by the items received, until a page is empty"
                )
            }
            PageRule::PageNumber { param, .. } => {
                format!("advances query parameter `{param}` by one page, until a page is empty")
            }
        };
        let source = match self.source {
            PageSource::Extension(name) => format!("as the spec's `{name}` says"),
            PageSource::LinkHeader => "as the response's declared `Link` header says".to_string(),
            PageSource::Config => "as `generator.toml` says".to_string(),
            PageSource::Inferred => {
                "inferred from the names of its parameters and response fields (the spec does not say how it pages)".to_string()
            }
        };
        let items = if self.whole_pages {
            " Each item is one page's whole body, which holds more than one list."
        } else {
            ""
        };
        format!("Paging {rule}, {source}.{items}")
    }
}
