//! The plain-data model of an API that the emitters read: names are final Rust identifiers,
//! every reference is resolved, and each node keeps the JSON pointer it came from.

mod hints;
mod names;
mod operation;
mod paging;
mod security;
mod types;
mod webhook;

pub use hints::*;
pub use names::*;
pub use operation::*;
pub use paging::*;
pub use security::*;
pub use types::*;
pub use webhook::*;

/// Everything the emitters need to write a client crate.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.description`, cleaned for rustdoc.
    pub doc: Option<String>,
    /// `info.version`: the version of the spec document.
    pub version: String,
    /// Servers in spec order; the first is the default base URL.
    pub servers: Vec<Server>,
    /// Security schemes the operations use, in spec order.
    pub security_schemes: Vec<SecurityScheme>,
    /// Named types (component schemas and hoisted inline schemas), in a stable order.
    pub types: Vec<TypeDef>,
    /// Operations in spec order (paths, then methods in the order of the OpenAPI spec).
    pub operations: Vec<Operation>,
    /// Cargo features, one per tag or group of tags, that gate operations and the types
    /// they reach, with the tags each stands for; empty without features by tag.
    pub tag_features: Vec<TagFeature>,
    /// How the tags were put into [`Api::tag_features`].
    pub tag_grouping: TagGrouping,
    /// How many types no operation reaches, which the `unused-schemas` feature compiles
    /// (with what they hold).
    pub unused_schemas: usize,
    /// The gates whose items each generated file puts in a module of its own, by gate.
    pub gate_modules: Vec<GateModule>,
    /// Webhooks and callbacks with a JSON payload, in spec order.
    pub webhooks: Vec<Webhook>,
    /// How the webhooks are signed, where the spec or `generator.toml` says.
    pub webhook_signing: Option<WebhookSigning>,
    /// [`Api::types`] by name, for [`Api::type_named`].
    pub type_index: TypeIndex,
}

/// The index of [`Api::types`] by name, built on the first [`Api::type_named`] (by the
/// emitters, once lowering has settled the types). It says nothing of the API: equal APIs
/// compare equal whatever their indexes hold, and a clone starts without one.
#[derive(Default)]
pub struct TypeIndex(std::sync::OnceLock<rustc_hash::FxHashMap<RustName, usize>>);

impl Clone for TypeIndex {
    fn clone(&self) -> Self {
        TypeIndex::default()
    }
}

impl PartialEq for TypeIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for TypeIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TypeIndex")
    }
}

/// A module of its own, in each generated file that has such items, for the items under
/// one `#[cfg]` gate (`src/models/repos.rs`, re-exported by `src/models.rs`). rustc does not
/// read the file of a module whose `cfg` is false, so a build without the gate's features
/// does not parse its items.
#[derive(Clone, Debug, PartialEq)]
pub struct GateModule {
    /// The features, as an operation's or a type's `gate` lists them.
    pub gate: Vec<String>,
    /// The module's name, the same in every file; a Rust identifier.
    pub name: String,
}

/// The crate's modules that its other files import by name (`models::Pet`), which a gate
/// module therefore cannot be named.
pub const CRATE_MODULES: &[&str] = &["calls", "client", "error", "models"];

impl Api {
    /// The type named `name`. A search of every type per use was 4% of Microsoft Graph's
    /// generation (the mock reads each parameter's type).
    pub fn type_named(&self, name: &RustName) -> Option<&TypeDef> {
        let index = self.type_index.0.get_or_init(|| {
            let names = self.types.iter().map(|t| t.name.clone());
            names.zip(0..).collect()
        });
        self.types.get(*index.get(name)?)
    }
}

/// The `#[cfg]` gate an item defined in a gate module carries itself: none, because the
/// module's declaration carries it; elsewhere, its whole gate.
pub fn own_gate(gate: &[String], module: Option<usize>) -> &[String] {
    match module {
        Some(_) => &[],
        None => gate,
    }
}

/// A cargo feature that compiles the operations of one OpenAPI tag, or of a group of them.
#[derive(Clone, Debug, PartialEq)]
pub struct TagFeature {
    /// The feature name.
    pub name: String,
    /// The tags, as the spec writes them, in the order the operations first use them.
    pub tags: Vec<String>,
    /// How many operations it enables.
    pub operations: usize,
}

/// How tags become cargo features. crates.io accepts at most 300 features, and the largest
/// specs have more tags than that (Microsoft Graph: 417).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum TagGrouping {
    /// One feature per tag.
    #[default]
    Tag,
    /// One feature per dotted or slashed prefix of the tags (`users.calendar` and
    /// `users.user` give `users`); a tag without `.` or `/` is its own group.
    Prefix,
    /// One feature per first path segment: each tag goes with the first segment most of
    /// its operations' paths start with (`/users/{id}/events` gives `users`).
    Path,
}

impl TagGrouping {
    /// Each rule, from the finest grouping to the coarsest.
    pub const ALL: [TagGrouping; 3] = [TagGrouping::Tag, TagGrouping::Prefix, TagGrouping::Path];

    /// The rule's name in `generator.toml` and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            TagGrouping::Tag => "tag",
            TagGrouping::Prefix => "prefix",
            TagGrouping::Path => "path",
        }
    }

    /// The rule named `name`.
    pub fn from_name(name: &str) -> Option<TagGrouping> {
        TagGrouping::ALL.into_iter().find(|g| g.name() == name)
    }
}

/// Whether the crate gets cargo features by tag.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FeaturesByTag {
    /// When the spec has more than one tag.
    #[default]
    Auto,
    /// Always, even for a single tag.
    On,
    /// Never: every operation is compiled always.
    Off,
}

/// A server URL, with variables already replaced by their defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Server {
    /// The URL.
    pub url: String,
    /// Its description.
    pub doc: Option<String>,
}
