//! The one `$ref` resolver: follows references of every kind to any node of the document.
//!
//! A reference to `#/components/<section>/<name>` is looked up in the parsed spec; any other
//! local JSON pointer (`#/paths/~1v2~1account/get/responses/401`, the shape bundlers write)
//! is read from the document's JSON form and parsed as the kind of node the caller expects.
//! Chains of references are followed up to a bound; every failure is a diagnostic for the
//! caller to report, never swallowed.

use crate::diag::Diagnostic;
use crate::pointer::{self, child};
use indexmap::IndexMap;
use openapiv3::{self as oa, Components, OpenAPI, ReferenceOr};
use std::cell::OnceCell;
use typed_arena::Arena;

/// How many `$ref` hops are followed before a chain is called a circle.
pub(super) const MAX_REF_DEPTH: usize = 32;

/// A node kind that references can point at.
pub(super) trait Node: Clone + serde::de::DeserializeOwned + 'static {
    /// What the node is called in messages.
    const WHAT: &'static str;
    /// Its section under `components`, if it has one.
    const SECTION: Option<&'static str>;
    /// That section of a spec's components.
    fn section(c: &Components) -> Option<&IndexMap<String, ReferenceOr<Self>>>;
    /// Where nodes parsed from other pointers are kept.
    fn arena(a: &Store) -> &Arena<ReferenceOr<Self>>;
}

macro_rules! node {
    ($ty:ty, $what:literal, $section:literal, $field:ident, $arena:ident) => {
        impl Node for $ty {
            const WHAT: &'static str = $what;
            const SECTION: Option<&'static str> = Some($section);
            fn section(c: &Components) -> Option<&IndexMap<String, ReferenceOr<Self>>> {
                Some(&c.$field)
            }
            fn arena(a: &Store) -> &Arena<ReferenceOr<Self>> {
                &a.$arena
            }
        }
    };
}

node!(oa::Schema, "schema", "schemas", schemas, schemas);
node!(
    oa::Parameter,
    "parameter",
    "parameters",
    parameters,
    parameters
);
node!(
    oa::RequestBody,
    "request body",
    "requestBodies",
    request_bodies,
    bodies
);
node!(oa::Response, "response", "responses", responses, responses);
node!(oa::Header, "header", "headers", headers, headers);
node!(oa::Example, "example", "examples", examples, examples);
node!(
    oa::SecurityScheme,
    "security scheme",
    "securitySchemes",
    security_schemes,
    schemes
);

impl Node for oa::PathItem {
    const WHAT: &'static str = "path item";
    const SECTION: Option<&'static str> = None;
    fn section(_: &Components) -> Option<&IndexMap<String, ReferenceOr<Self>>> {
        None
    }
    fn arena(a: &Store) -> &Arena<ReferenceOr<Self>> {
        &a.path_items
    }
}

/// Nodes the resolver parsed from the document's JSON form, kept for as long as the
/// lowering borrows from the spec, so resolved nodes are plain references either way.
#[derive(Default)]
pub struct Store {
    json: OnceCell<serde_json::Value>,
    schemas: Arena<ReferenceOr<oa::Schema>>,
    parameters: Arena<ReferenceOr<oa::Parameter>>,
    bodies: Arena<ReferenceOr<oa::RequestBody>>,
    responses: Arena<ReferenceOr<oa::Response>>,
    headers: Arena<ReferenceOr<oa::Header>>,
    examples: Arena<ReferenceOr<oa::Example>>,
    schemes: Arena<ReferenceOr<oa::SecurityScheme>>,
    path_items: Arena<ReferenceOr<oa::PathItem>>,
}

/// A resolved node and the pointer of where it is written.
pub(super) struct Target<'a, T> {
    pub value: &'a T,
    pub pointer: String,
}

/// Follows references within one spec.
#[derive(Clone, Copy)]
pub(super) struct Refs<'a> {
    spec: &'a OpenAPI,
    store: &'a Store,
}

impl<'a> Refs<'a> {
    pub(super) fn new(spec: &'a OpenAPI, store: &'a Store) -> Self {
        Refs { spec, store }
    }

    /// The node `r` stands for: itself, or what its `$ref` chain ends at. `ptr` is where
    /// `r` is written.
    pub(super) fn resolve<T: Node>(
        &self,
        r: &'a ReferenceOr<T>,
        ptr: &str,
    ) -> Result<Target<'a, T>, Diagnostic> {
        match r {
            ReferenceOr::Item(value) => Ok(Target {
                value,
                pointer: ptr.to_string(),
            }),
            ReferenceOr::Reference { reference } => self.follow(reference, &child(ptr, "$ref")),
        }
    }

    /// What the `$ref: reference` written at `ref_ptr` ends at.
    pub(super) fn follow<T: Node>(
        &self,
        reference: &str,
        ref_ptr: &str,
    ) -> Result<Target<'a, T>, Diagnostic> {
        let mut current = reference.to_string();
        for _ in 0..MAX_REF_DEPTH {
            let (node, at) = self.hop_from::<T>(&current, reference, ref_ptr)?;
            match node {
                ReferenceOr::Item(value) => {
                    return Ok(Target { value, pointer: at });
                }
                ReferenceOr::Reference { reference: next } => current = next.clone(),
            }
        }
        Err(Diagnostic::error(
            ref_ptr,
            format!(
                "`$ref: {reference}` is a circle of references that never reaches a {}",
                T::WHAT
            ),
        )
        .with_help("make one reference in the chain point at a definition"))
    }

    /// The component name a `#/components/<section>/<name>` reference names.
    pub(super) fn component_name<T: Node>(reference: &str) -> Option<String> {
        let section = T::SECTION?;
        let reference = pointer::decode_fragment(reference);
        let rest = reference
            .strip_prefix("#/components/")?
            .strip_prefix(section)?;
        let name = rest.strip_prefix('/')?;
        (!name.contains('/')).then(|| pointer::unescape(name))
    }

    /// One hop: the node `reference` points at, and its pointer.
    pub(super) fn hop<T: Node>(
        &self,
        reference: &str,
        ref_ptr: &str,
    ) -> Result<(&'a ReferenceOr<T>, String), Diagnostic> {
        self.hop_from(reference, reference, ref_ptr)
    }

    /// The JSON form of the node at the local pointer `local`. A node inside an `x-`
    /// extension (GitHub's webhooks are `$ref`s into `x-webhooks`) is read from the
    /// extension's own JSON; anything else from the whole document converted once, which
    /// on a large spec costs a twentieth of generation.
    fn json_at(&self, local: &str) -> Option<&'a serde_json::Value> {
        let body = local.strip_prefix('/')?;
        let (first, rest) = body.split_at(body.find('/').unwrap_or(body.len()));
        if let Some(extension) = self.spec.extensions.get(&pointer::unescape(first)) {
            return extension.pointer(rest);
        }
        let store: &'a Store = self.store;
        let json = store
            .json
            .get_or_init(|| serde_json::to_value(self.spec).unwrap_or_default());
        json.pointer(local)
    }

    /// One hop of the chain that started at `original`.
    fn hop_from<T: Node>(
        &self,
        reference: &str,
        original: &str,
        ref_ptr: &str,
    ) -> Result<(&'a ReferenceOr<T>, String), Diagnostic> {
        let missing = || {
            Diagnostic::error(
                ref_ptr,
                format!(
                    "`$ref: {original}` points at nothing: `{reference}` is not in this document"
                ),
            )
            .with_help(format!(
                "define the {} it names, or fix the reference",
                T::WHAT
            ))
        };
        if let Some(name) = Self::component_name::<T>(reference) {
            let section = self.spec.components.as_ref().and_then(T::section);
            return match section.and_then(|s| s.get(&name)) {
                Some(node) => Ok((node, reference.to_string())),
                None => Err(missing()),
            };
        }
        let decoded = pointer::decode_fragment(reference);
        let Some(local) = pointer::local(&decoded) else {
            return Err(Diagnostic::error(
                ref_ptr,
                format!("`$ref: {original}` points into another file; external references are not supported"),
            )
            .with_help("bundle the spec into one file (e.g. with `redocly bundle`), or point at a node of this document"));
        };
        let value = self.json_at(local).ok_or_else(missing)?;
        // Read from the value in place: cloning it first was a fifth of the webhooks'
        // lowering on GitHub's spec, whose payloads are all `$ref`s into `x-webhooks`.
        let node = <ReferenceOr<T> as serde::Deserialize>::deserialize(value).map_err(|e| {
            Diagnostic::error(
                ref_ptr,
                format!("`$ref: {original}` does not point at a {}: {e}", T::WHAT),
            )
            .with_help(format!("point it at a {}", T::WHAT))
        })?;
        let stored: &'a ReferenceOr<T> = T::arena(self.store).alloc(node);
        Ok((stored, format!("#{local}")))
    }
}
