//! Brings Swagger 2.0 and OpenAPI 3.1 and 3.2 documents into the OpenAPI 3.0 form the lowering reads.
//!
//! The conversion works on the parsed `serde_json::Value`, before `openapiv3` sees it, so
//! every later stage keeps one model. A node that moves (a Swagger `definitions` entry to
//! `components/schemas`, a body parameter to a `requestBody`, an `anyOf` branch into its
//! parent) is recorded in [`Origins`], so a diagnostic found later on the converted
//! document can still name the node in the file the user wrote. Diagnostics raised here
//! carry original pointers from the start.

pub mod v2;
pub mod v31;
pub mod v32;

use crate::diag::Diagnostic;
use crate::pointer::segments;
use serde_json::Value;
use std::collections::BTreeMap;

/// Which kind of document a spec is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// Swagger 2.0.
    Swagger2,
    /// OpenAPI 3.0.x.
    OpenApi30,
    /// OpenAPI 3.1.x.
    OpenApi31,
    /// OpenAPI 3.2.x.
    OpenApi32,
}

impl Version {
    /// How the version is written in reports (`2.0`, `3.0`, `3.1`).
    pub fn label(self) -> &'static str {
        match self {
            Version::Swagger2 => "2.0",
            Version::OpenApi30 => "3.0",
            Version::OpenApi31 => "3.1",
            Version::OpenApi32 => "3.2",
        }
    }
}

/// Where the nodes of a converted document were written in the original one.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    /// Converted pointer -> original pointer; a pointer below a recorded one moved with it.
    moved: BTreeMap<String, String>,
}

impl Origins {
    /// Records that the node now at `new` (and everything below it) was written at `original`.
    pub fn record(&mut self, new: &str, original: &str) {
        if new != original {
            self.moved.insert(new.to_string(), original.to_string());
        }
    }

    /// The pointer in the original document of the node now at `pointer`: the longest
    /// recorded prefix is swapped for where it came from; an unrecorded node never moved.
    pub fn original(&self, pointer: &str) -> String {
        if self.moved.is_empty() {
            return pointer.to_string();
        }
        let segs = segments(pointer);
        for n in (0..=segs.len()).rev() {
            let prefix = crate::pointer::pointer(&segs[..n]);
            if let Some(orig) = self.moved.get(&prefix) {
                let mut out = orig.clone();
                for s in &segs[n..] {
                    out = crate::pointer::child(&out, s);
                }
                return out;
            }
        }
        pointer.to_string()
    }

    /// Rewrites the pointers of diagnostics found on the converted document.
    pub fn restore(&self, mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        for d in &mut diags {
            d.pointer = self.original(&d.pointer);
        }
        diags
    }
}

/// A converted document, where its nodes came from, and what the conversion had to say.
#[derive(Debug)]
pub struct Upgraded {
    /// The document in OpenAPI 3.0 form.
    pub doc: Value,
    /// Converted pointer -> original pointer.
    pub origins: Origins,
    /// Errors and warnings, at original pointers.
    pub diags: Vec<Diagnostic>,
}

/// Shared state of a conversion: the pointer map and the diagnostics.
pub(crate) struct Cx {
    pub origins: Origins,
    pub diags: Vec<Diagnostic>,
    skip_unsupported: bool,
    /// How many constructs were unsupported so far, so a caller can tell whether the
    /// part it just converted had one and leave that part out.
    pub unsupported_count: usize,
}

impl Cx {
    pub fn new(skip_unsupported: bool) -> Self {
        Cx {
            origins: Origins::default(),
            diags: Vec::new(),
            skip_unsupported,
            unsupported_count: 0,
        }
    }

    /// Something the generator cannot express: an error, or with `--skip-unsupported` a
    /// warning (the caller then leaves the construct out or reads it loosely).
    pub fn unsupported(&mut self, ptr: &str, message: impl Into<String>, help: &str) {
        self.unsupported_count += 1;
        let d = if self.skip_unsupported {
            Diagnostic::warning(ptr, message)
        } else {
            Diagnostic::error(ptr, message)
        };
        self.diags.push(d.with_help(help));
    }

    /// Something read loosely that still generates: always a warning.
    pub fn warn(&mut self, ptr: &str, message: impl Into<String>) {
        self.diags.push(Diagnostic::warning(ptr, message));
    }

    pub fn finish(self, doc: Value) -> Upgraded {
        Upgraded {
            doc,
            origins: self.origins,
            diags: self.diags,
        }
    }
}

/// The pointer `segments` below `base`.
pub(crate) fn pointer_child(base: &str, segments: &[&str]) -> String {
    segments
        .iter()
        .fold(base.to_string(), |p, s| crate::pointer::child(&p, s))
}

/// Keys whose values are data (examples, defaults, enum values), never spec nodes, so
/// the walkers must not look inside them for schemas or references.
pub(crate) fn is_data_key(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum" | "const") || key.starts_with("x-")
}

/// Calls `visit` on every schema of an OpenAPI 3.x-shaped document, parents before their
/// subschemas, so a visit may restructure a schema before its children are reached. The
/// pointers passed are those of the converted document.
pub(crate) fn each_schema(
    doc: &mut Value,
    cx: &mut Cx,
    visit: &mut dyn FnMut(&mut Value, &str, &mut Cx),
) {
    walk_doc(doc, "#", cx, visit);
}

fn walk_doc(
    v: &mut Value,
    ptr: &str,
    cx: &mut Cx,
    visit: &mut dyn FnMut(&mut Value, &str, &mut Cx),
) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                if is_data_key(k) {
                    continue;
                }
                let cptr = crate::pointer::child(ptr, k);
                // A 3.1 `schema` may be a boolean schema.
                if k == "schema" && (child.is_object() || child.is_boolean()) {
                    walk_schema(child, &cptr, cx, visit);
                } else if k == "schemas" && ptr == "#/components" {
                    if let Value::Object(schemas) = child {
                        for (name, s) in schemas.iter_mut() {
                            walk_schema(s, &crate::pointer::child(&cptr, name), cx, visit);
                        }
                    }
                } else {
                    walk_doc(child, &cptr, cx, visit);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                walk_doc(
                    child,
                    &crate::pointer::child(ptr, &i.to_string()),
                    cx,
                    visit,
                );
            }
        }
        _ => {}
    }
}

/// Keywords whose value is one subschema.
pub(crate) const ONE: &[&str] = &[
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
];
/// Keywords whose value is a list of subschemas.
pub(crate) const LIST: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];
/// Keywords whose value maps names to subschemas.
pub(crate) const MAP: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "dependentSchemas",
];

fn walk_schema(
    v: &mut Value,
    ptr: &str,
    cx: &mut Cx,
    visit: &mut dyn FnMut(&mut Value, &str, &mut Cx),
) {
    visit(v, ptr, cx);
    let Value::Object(map) = v else {
        return;
    };
    for (k, child) in map.iter_mut() {
        let cptr = crate::pointer::child(ptr, k);
        if ONE.contains(&k.as_str()) && child.is_object() {
            walk_schema(child, &cptr, cx, visit);
        } else if LIST.contains(&k.as_str()) {
            if let Value::Array(items) = child {
                for (i, s) in items.iter_mut().enumerate() {
                    walk_schema(s, &crate::pointer::child(&cptr, &i.to_string()), cx, visit);
                }
            }
        } else if MAP.contains(&k.as_str()) {
            if let Value::Object(m) = child {
                for (name, s) in m.iter_mut() {
                    walk_schema(s, &crate::pointer::child(&cptr, name), cx, visit);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_follow_the_longest_moved_prefix() {
        let mut o = Origins::default();
        o.record("#/components/schemas", "#/definitions");
        o.record(
            "#/paths/~1a/get/requestBody",
            "#/paths/~1a/get/parameters/0",
        );
        o.record(
            "#/paths/~1a/get/requestBody/content/application~1json/schema",
            "#/paths/~1a/get/parameters/0/schema",
        );
        assert_eq!(
            o.original("#/components/schemas/Pet/properties/id"),
            "#/definitions/Pet/properties/id"
        );
        assert_eq!(
            o.original("#/paths/~1a/get/requestBody/content/application~1json/schema/items"),
            "#/paths/~1a/get/parameters/0/schema/items"
        );
        assert_eq!(
            o.original("#/paths/~1a/get/requestBody"),
            "#/paths/~1a/get/parameters/0"
        );
        assert_eq!(o.original("#/info/title"), "#/info/title");
    }
}
