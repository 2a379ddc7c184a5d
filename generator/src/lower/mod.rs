//! Resolves references and checks the spec, turning `openapiv3` types into the IR.
//!
//! Every problem becomes a diagnostic with the pointer of the node that caused it; the
//! stage goes on after an error so that one run reports them all. The work is split by
//! concern: [`refs`] follows `$ref`s, `schema` and `compose` type schemas, `operation`
//! and `security` describe calls, `facts` reads docs and constraints, `passes` are pure
//! IR-to-IR steps run at the end, `annotate` marks every type use with the facts the
//! emitters read, and `usage` says what each type is used for and, with
//! features by tag, under which features it is compiled.

mod annotate;
mod compose;
mod enums;
mod facts;
mod hints;
mod operation;
mod paging;
mod passes;
pub mod refs;
mod schema;
mod stream_mode;
/// The pattern translation the client's checks use, for the contract program's inputs.
pub(crate) use facts::essence;
pub use schema::literal_braces;
mod security;
mod usage;
mod webhooks;
pub use usage::MAX_FEATURES;
pub(crate) use webhooks::OAS31_WEBHOOKS;

use crate::diag::{Diagnostic, Severity};
use crate::docs::doc;
use crate::ir::*;
use crate::names::{Namespace, model_name};
use crate::overrides::{FILE, Overrides};
use openapiv3::OpenAPI;
use refs::{Refs, Store};
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

/// The result of a successful lowering: the IR and the warnings met on the way.
pub struct Lowered {
    /// The API.
    pub api: Api,
    /// Warnings (nothing was dropped silently).
    pub warnings: Vec<Diagnostic>,
}

/// What lowering decides besides what the spec says.
#[derive(Clone, Copy, Debug, Default)]
pub struct LowerOptions {
    /// A construct the generator cannot express yet, or a reference that cannot be
    /// resolved, costs only what it affects, with a warning: a schema becomes
    /// `serde_json::Value`, an operation is left out. Without it, it is an error.
    pub skip_unsupported: bool,
    /// Whether each tag (or group of tags) gets a cargo feature that gates its operations
    /// and the types they reach. `generator.toml`'s `[features] by_tag` decides when this
    /// is [`FeaturesByTag::Auto`].
    pub features_by_tag: FeaturesByTag,
    /// How tags are grouped into features at the finest; coarser rules follow while there
    /// are more features than crates.io accepts. `None`: what `generator.toml` says, else
    /// one feature per tag.
    pub tag_grouping: Option<TagGrouping>,
    /// Do not guess how a list operation pages from the names of its parameters and
    /// response fields; only vendor extensions and declared `Link` headers count.
    pub no_paging_inference: bool,
    /// Fill the IR's [`Hints`] (examples, defaults, formats, ...), which only the contract
    /// harness reads. Off, every `Hints` is empty and a body's `constraints` default: on
    /// GitHub's spec they cost about 13 MB more at peak.
    pub hints: bool,
}

/// Lowers a parsed spec, or returns every error found.
pub fn lower(spec: &OpenAPI, options: LowerOptions) -> Result<Lowered, Vec<Diagnostic>> {
    lower_with(spec, options, &Overrides::default())
}

/// [`lower`], with what `generator.toml` says.
pub fn lower_with(
    spec: &OpenAPI,
    options: LowerOptions,
    overrides: &Overrides,
) -> Result<Lowered, Vec<Diagnostic>> {
    let store = Store::default();
    let mut cx = Lowerer::new(spec, Refs::new(spec, &store), options);
    cx.overrides = overrides.clone();
    cx.component_schemas();
    let security_schemes = cx.security_schemes();
    let operations = cx.operations(&security_schemes);
    // After the operations, so that the names of their types do not move.
    let (webhooks, webhook_signing) = cx.webhooks();
    for (section, id) in overrides.entries() {
        if !operations.iter().any(|o| o.id == id) {
            cx.warn(
                "#/paths",
                format!("{FILE}: [{section}.{id}] names no operation of the spec; it is ignored"),
            );
        }
    }
    for (group, tags) in &overrides.features.groups {
        for tag in tags {
            if !operations.iter().any(|o| o.tags.contains(tag)) {
                cx.warn(
                    "#/tags",
                    format!("{FILE}: [features.groups] {group} names tag {tag:?}, which no operation has; it is ignored"),
                );
            }
        }
    }
    let mut types = std::mem::take(&mut cx.types);
    passes::break_alias_cycles(&mut types, &mut cx.diags);
    passes::box_recursive_fields(&mut types);
    let components: BTreeSet<String> = cx.schema_names.values().cloned().collect();
    passes::merge_identical(&mut types, &components, &mut |title| {
        cx.type_names.claim(model_name(title, "Type"))
    });
    let mut api = Api {
        title: spec.info.title.clone(),
        doc: doc(&[
            Some(spec.info.title.as_str()),
            spec.info.description.as_deref(),
        ]),
        version: spec.info.version.clone(),
        servers: facts::servers(spec),
        security_schemes,
        types,
        operations,
        tag_features: Vec::new(),
        tag_grouping: TagGrouping::Tag,
        unused_schemas: 0,
        gate_modules: Vec::new(),
        webhooks,
        webhook_signing,
        type_index: Default::default(),
    };
    annotate::annotate(&mut api);
    let reserved = features::reserved();
    let wanted = &overrides.features;
    let by_tag = match (options.features_by_tag, wanted.by_tag) {
        (FeaturesByTag::On, _) | (FeaturesByTag::Auto, Some(true)) => true,
        (FeaturesByTag::Off, _) | (FeaturesByTag::Auto, Some(false)) => false,
        (FeaturesByTag::Auto, None) => {
            let tags: BTreeSet<&str> = api
                .operations
                .iter()
                .flat_map(|op| op.tags.iter().map(String::as_str))
                .collect();
            tags.len() > 1
        }
    };
    let by_tag = by_tag.then(|| usage::ByTag {
        reserved: &reserved,
        grouping: options
            .tag_grouping
            .or(wanted.grouping)
            .unwrap_or(TagGrouping::Tag),
        named: &wanted.groups,
    });
    if let Err(needed) = usage::usage(&mut api, by_tag) {
        cx.diags.push(
            Diagnostic::error(
                "#/tags",
                format!(
                    "features by tag would give the crate {needed} cargo features, even with the tags grouped by the first segment of their paths; crates.io accepts at most {MAX_FEATURES}"
                ),
            )
            .with_help("generate without features by tag (`--no-features-by-tag`), or name broader groups in generator.toml's [features.groups]"),
        );
    }
    name_operation_items(&mut api.operations);
    let (errors, mut warnings): (Vec<_>, Vec<_>) = cx
        .diags
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    // A global requirement is checked once per operation; say each problem once.
    let mut seen = BTreeSet::new();
    warnings.retain(|w| seen.insert((w.pointer.clone(), w.message.clone())));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Lowered { api, warnings })
}

/// Names the items each lowered operation gets besides its method: its `Operation`
/// static and its mock type, named around the mock module's own names.
fn name_operation_items(operations: &mut [Operation]) {
    use heck::ToShoutySnakeCase;
    let mut mock_names = Namespace::with_reserved(MOCK_OWN_NAMES);
    for op in operations {
        let base = op.fn_name.bare();
        op.static_name = format!("{}_OPERATION", base.to_shouty_snake_case());
        op.mock_name = mock_names
            .claim(model_name(&op.fn_name, "Operation"))
            .into();
    }
}

/// How an inline schema that needs its own type gets its name.
enum Naming {
    /// A component schema: its name is already claimed.
    Fixed(String),
    /// An inline schema: claim a name built from where it is used.
    Context(String),
}

impl Naming {
    fn hint(&self) -> &str {
        match self {
            Naming::Fixed(s) | Naming::Context(s) => s,
        }
    }
}

/// An operation-level failure, already reported: the operation is left out.
#[derive(Debug)]
struct Failed;

/// The lowering's state: what has been defined and named so far, and what went wrong.
struct Lowerer<'a> {
    spec: &'a OpenAPI,
    refs: Refs<'a>,
    diags: Vec<Diagnostic>,
    types: Vec<TypeDef>,
    /// Where each of `types` is, by name: paging and streaming look up a body's type once
    /// or more per operation (Microsoft Graph: 11,422 operations, up to 17,000 types).
    type_at: FxHashMap<RustName, usize>,
    type_names: Namespace,
    /// Component schema name -> Rust type name.
    schema_names: BTreeMap<String, String>,
    skip_unsupported: bool,
    /// Whether to fill [`Hints`] (see [`LowerOptions::hints`]).
    hints: bool,
    /// Schemas reached through `$ref`s outside `components/schemas`: pointer -> type name.
    /// This and `hoisted` are only looked up, never iterated, so their order cannot reach
    /// the output; hashed, a lookup reads the long pointer once instead of comparing its
    /// shared prefix (`#/paths/~1repos~1...`) at every level of a tree.
    pointer_names: FxHashMap<String, String>,
    /// Named types already defined for the schema at a pointer.
    hoisted: FxHashMap<String, String>,
    /// How many pointer `$ref`s deep the schema being lowered is, to stop circles.
    ref_depth: usize,
    /// Paging may be inferred from names (see `paging`).
    infer_paging: bool,
    /// What `generator.toml` says.
    overrides: Overrides,
}

impl<'a> Lowerer<'a> {
    fn new(spec: &'a OpenAPI, refs: Refs<'a>, options: LowerOptions) -> Self {
        let mut type_names = Namespace::default();
        let mut schema_names = BTreeMap::new();
        // Component schemas claim their names first so that hoisted inline types, which
        // are named after their context, never take a name the spec chose.
        if let Some(c) = &spec.components {
            for name in c.schemas.keys() {
                let rust = type_names.claim(model_name(name, "Type"));
                schema_names.insert(name.clone(), rust);
            }
        }
        Lowerer {
            spec,
            refs,
            diags: Vec::new(),
            types: Vec::new(),
            type_at: FxHashMap::default(),
            type_names,
            schema_names,
            skip_unsupported: options.skip_unsupported,
            hints: options.hints,
            pointer_names: FxHashMap::default(),
            hoisted: FxHashMap::default(),
            ref_depth: 0,
            infer_paging: !options.no_paging_inference,
            overrides: Overrides::default(),
        }
    }

    fn error(&mut self, ptr: &str, message: impl Into<String>, help: &str) {
        self.diags
            .push(Diagnostic::error(ptr, message).with_help(help));
    }

    fn warn(&mut self, ptr: &str, message: impl Into<String>) {
        self.diags.push(Diagnostic::warning(ptr, message));
    }

    /// An operation-level construct the generator cannot express: the operation is left
    /// out with a warning under `--skip-unsupported`, an error otherwise.
    fn unsupported(&mut self, ptr: &str, what: &str) -> Failed {
        if self.skip_unsupported {
            self.warn(
                ptr,
                format!("skipped: {what} is not supported by this generator yet, so the operation is left out"),
            );
        } else {
            self.error(
                ptr,
                format!("{what} is not supported by this generator yet"),
                "rewrite this part of the spec with supported constructs, or pass --skip-unsupported to leave out what it affects",
            );
        }
        Failed
    }

    /// A reference an operation needs that cannot be resolved: with `--skip-unsupported`
    /// only that operation is left out.
    fn broken_op_ref(&mut self, d: Diagnostic) -> Failed {
        self.diags.push(self.soften(d, "the operation is left out"));
        Failed
    }

    /// Under `--skip-unsupported`, an error becomes a warning that says what it cost.
    fn soften(&self, mut d: Diagnostic, cost: &str) -> Diagnostic {
        if self.skip_unsupported {
            d.severity = Severity::Warning;
            d.message = format!("skipped: {}; {cost}", d.message);
        }
        d
    }

    /// A schema the generator cannot express: `serde_json::Value` with a warning under
    /// `--skip-unsupported`, an error otherwise.
    fn unsupported_schema(&mut self, ptr: &str, what: &str) -> Option<TypeRef> {
        if self.skip_unsupported {
            self.warn(
                ptr,
                format!("loosened: {what} is not supported by this generator yet; the value is typed as `serde_json::Value`"),
            );
            Some(TypeRef::Json)
        } else {
            self.error(
                ptr,
                format!("{what} is not supported by this generator yet"),
                "rewrite this part of the spec with supported constructs, or pass --skip-unsupported to type it as serde_json::Value",
            );
            None
        }
    }

    /// A schema reference that cannot be resolved: `serde_json::Value` with a warning
    /// under `--skip-unsupported`, an error otherwise.
    fn broken_schema_ref(&mut self, d: Diagnostic) -> Option<TypeRef> {
        let skip = self.skip_unsupported;
        self.diags
            .push(self.soften(d, "the value is typed as `serde_json::Value`"));
        skip.then_some(TypeRef::Json)
    }
}
