//! `generator.toml` beside the spec: what the user knows about the API that its spec
//! does not say: method names, how list operations page, which operations stream on
//! request.
//!
//! ```toml
//! # Method names by operationId, instead of the name made from the id.
//! [methods]
//! getUserByIdV2 = "get_user"
//!
//! # By operationId: the boolean body property that asks for a stream (both methods are
//! # generated), or "none" (the JSON method only).
//! [streaming.createCompletion]
//! field = "stream"
//!
//! # By operationId: the header of an idempotency key the spec does not declare.
//! [idempotency]
//! createOrder = "Idempotency-Key"
//!
//! # By operationId. `rule` is one of "link", "next-url", "cursor", "last-id", "offset",
//! # "page", or "none" (no paging, whatever the spec or its names suggest).
//! [paging.listThings]
//! rule = "cursor"
//! param = "cursor"        # the query parameter the next page's value goes into
//! next = "/meta/next"     # JSON pointer: the next cursor (cursor) or URL (next-url)
//! items = "/data"         # JSON pointer: the items (absent: the body, or its only array)
//! has_more = "/has_more"  # JSON pointer: a "more pages follow" flag (cursor, last-id)
//!
//! # Cargo features by tag: on by default when the spec has more than one tag. `group`
//! # is the finest grouping of tags into features: "tag" (one feature per tag, the
//! # default), "prefix" (by the tag's dotted or slashed prefix) or "path" (by the first
//! # segment of the tag's paths); a coarser one follows past crates.io's 300 features.
//! [features]
//! by_tag = true
//! group = "prefix"
//!
//! # Features the user names, each with its tags, whatever the grouping.
//! [features.groups]
//! calendar = ["users.calendar", "me.calendar"]
//!
//! # How the webhooks are signed, where the spec does not say: "standard-webhooks",
//! # "github", "stripe", "hmac-sha256" (with `header`, and `encoding` "hex" or "base64"),
//! # or "none".
//! [webhooks]
//! signature = "hmac-sha256"
//! header = "X-Signature"
//! encoding = "base64"
//! ```

use crate::ir::TagGrouping;
use std::collections::BTreeMap;
use std::path::Path;

/// The file's name; it is read from the spec's folder.
pub const FILE: &str = "generator.toml";

/// What `generator.toml` says.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overrides {
    /// Method names by operationId.
    #[serde(default)]
    pub methods: BTreeMap<String, String>,
    /// Paging by operationId.
    #[serde(default)]
    pub paging: BTreeMap<String, PagingOverride>,
    /// Streaming on request by operationId.
    #[serde(default)]
    pub streaming: BTreeMap<String, StreamingOverride>,
    /// The idempotency key header by operationId.
    #[serde(default)]
    pub idempotency: BTreeMap<String, String>,
    /// How the webhooks are signed.
    pub webhooks: Option<WebhooksOverride>,
    /// How the crate's cargo features follow the tags.
    #[serde(default)]
    pub features: FeaturesOverride,
}

/// How the crate's cargo features follow the tags.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[serde(try_from = "RawFeatures")]
pub struct FeaturesOverride {
    /// One feature per tag (or group), or none; absent: when the spec has more than one tag.
    pub by_tag: Option<bool>,
    /// The finest grouping of tags into features.
    pub grouping: Option<TagGrouping>,
    /// Features the user names, each with its tags.
    pub groups: BTreeMap<String, Vec<String>>,
}

/// `[features]` as written.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeatures {
    by_tag: Option<bool>,
    group: Option<String>,
    #[serde(default)]
    groups: BTreeMap<String, Vec<String>>,
}

impl TryFrom<RawFeatures> for FeaturesOverride {
    type Error = String;

    fn try_from(raw: RawFeatures) -> Result<Self, String> {
        let grouping = match raw.group.as_deref() {
            None => None,
            Some(name) => Some(TagGrouping::from_name(name).ok_or_else(|| {
                format!("[features] group = {name:?}: expected \"tag\", \"prefix\" or \"path\"")
            })?),
        };
        let mut seen = std::collections::BTreeSet::new();
        for (name, tags) in &raw.groups {
            let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid {
                return Err(format!(
                    "[features.groups] {name:?}: a feature name takes ASCII letters, digits, `-` and `_`, and starts with a letter"
                ));
            }
            if let Some(tag) = tags.iter().find(|t| !seen.insert(t.as_str())) {
                return Err(format!(
                    "[features.groups] tag {tag:?} is in more than one group"
                ));
            }
        }
        Ok(FeaturesOverride {
            by_tag: raw.by_tag,
            grouping,
            groups: raw.groups,
        })
    }
}

/// How the webhooks are signed.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhooksOverride {
    /// `standard-webhooks`, `github`, `stripe`, `hmac-sha256` or `none`.
    pub signature: String,
    /// The signature's header (`hmac-sha256`).
    pub header: Option<String>,
    /// `hex` (the default) or `base64` (`hmac-sha256`).
    pub encoding: Option<String>,
    /// What precedes the signature in the header, such as `sha256=` (`hmac-sha256`).
    pub prefix: Option<String>,
}

/// Which body property asks one operation for a stream.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StreamingOverride {
    /// The boolean property, on the wire; `none`: the operation never streams.
    pub field: String,
}

/// How one operation pages.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PagingOverride {
    /// `link`, `next-url`, `cursor`, `last-id`, `offset`, `page` or `none`.
    pub rule: String,
    /// The query parameter (cursor, last-id, offset, page).
    pub param: Option<String>,
    /// Where the next cursor or URL is (cursor, next-url).
    pub next: Option<String>,
    /// Where the items are; absent: the body, or its only array property.
    pub items: Option<String>,
    /// Where a "more pages follow" flag is (cursor, last-id).
    pub has_more: Option<String>,
    /// Where an item's id is, within the item (last-id; default `/id`).
    pub id: Option<String>,
    /// The first page's number (page; default 1).
    pub first: Option<i64>,
}

impl Overrides {
    /// Every entry as its section and operationId (`paging.listThings`).
    pub fn entries(&self) -> Vec<(&'static str, &str)> {
        let mut out: Vec<(&'static str, &str)> = Vec::new();
        out.extend(self.methods.keys().map(|id| ("methods", id.as_str())));
        out.extend(self.paging.keys().map(|id| ("paging", id.as_str())));
        out.extend(self.streaming.keys().map(|id| ("streaming", id.as_str())));
        out.extend(
            self.idempotency
                .keys()
                .map(|id| ("idempotency", id.as_str())),
        );
        out
    }

    /// Reads `text` as the file's content.
    pub fn parse(text: &str) -> Result<Overrides, String> {
        toml::from_str(text).map_err(|e| format!("{FILE}: {e}"))
    }

    /// The file in `spec`'s folder, or no overrides when there is none.
    pub fn beside(spec: &Path) -> Result<Overrides, String> {
        let path = spec.parent().unwrap_or(Path::new(".")).join(FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => Overrides::parse(&text).map_err(|e| format!("{}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Overrides::default()),
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }
}
