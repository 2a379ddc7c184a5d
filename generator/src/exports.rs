//! The crate root's exports besides its modules: the generated `Client` and `ClientBuilder`
//! and the runtime's items, with the record of their public API that `api.json` keeps, so
//! that a change of the runtime's API shows in the impact table like a change of the spec.

use crate::ir::{BUILDER_OWN_METHODS, CLIENT_OWN_METHODS};
use crate::runtime::{FILES, PUBLIC_ITEMS, PUBLIC_USES};
use crate::surface::ExportRec;
use std::collections::BTreeMap;

/// The types the generated crate defines itself, wrapping the runtime's of the same name.
pub const WRAPPED: &[&str] = &["Client", "ClientBuilder"];

/// The runtime items the crate root re-exports: the name and the path in the runtime.
pub fn runtime_exports() -> impl Iterator<Item = (&'static str, &'static str)> {
    PUBLIC_USES
        .iter()
        .copied()
        .filter(|(name, _)| !WRAPPED.contains(name))
}

/// The record of every export, by name.
pub fn records() -> Vec<ExportRec> {
    let mut out = vec![client(), builder()];
    out.extend(runtime_exports().map(|(name, path)| runtime_record(name, path)));
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The generated `Client`: a newtype around the runtime's, with its own settings methods
/// (the operations are recorded as such).
fn client() -> ExportRec {
    own_struct("Client", CLIENT_OWN_METHODS, ["impl Clone", "impl Debug"])
}

/// The generated `ClientBuilder`: its own methods (the credential setters are recorded
/// with the security schemes).
fn builder() -> ExportRec {
    own_struct(
        "ClientBuilder",
        BUILDER_OWN_METHODS,
        ["impl Debug", "impl Default"],
    )
}

/// A struct the generator writes itself, with its own methods and trait impls.
fn own_struct(name: &str, methods: &[&str], impls: [&str; 2]) -> ExportRec {
    let members: BTreeMap<String, String> = methods
        .iter()
        .map(|name| format!("fn {name}"))
        .chain(impls.map(String::from))
        .map(|key| (key, String::new()))
        .collect();
    ExportRec {
        name: name.into(),
        kind: "struct".into(),
        members,
    }
}

/// A runtime item as the runtime's sources declare it, or another crate's item that the
/// runtime re-exports.
fn runtime_record(name: &str, path: &str) -> ExportRec {
    let first = path.split("::").next().unwrap_or_default();
    let own_module = FILES
        .iter()
        .any(|(file, _)| file.strip_suffix(".rs") == Some(first));
    let item = path.rsplit("::").next().unwrap_or(name);
    let declared = own_module
        .then(|| PUBLIC_ITEMS.iter().find(|(n, _, _)| *n == item))
        .flatten();
    match declared {
        Some((_, kind, members)) => ExportRec {
            name: name.into(),
            kind: (*kind).into(),
            members: members
                .iter()
                .map(|(k, t)| (k.to_string(), t.to_string()))
                .collect(),
        },
        None => ExportRec {
            name: name.into(),
            kind: format!("re-export of {path}"),
            members: BTreeMap::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runtime_export_is_a_declared_item_or_another_crate_s() {
        for (name, path) in runtime_exports() {
            let record = runtime_record(name, path);
            let external = ["bytes::", "reqwest::", "http::"]
                .iter()
                .any(|p| path.starts_with(p));
            assert_eq!(
                record.kind.starts_with("re-export"),
                external,
                "{name} ({path}): {}",
                record.kind
            );
        }
    }

    #[test]
    fn response_records_its_methods_and_impls() {
        let records = records();
        let response = records.iter().find(|r| r.name == "Response");
        let keys: Vec<&str> = response
            .map(|r| r.members.keys().map(String::as_str).collect())
            .unwrap_or_default();
        assert!(keys.contains(&"fn status"), "{keys:?}");
        assert!(keys.contains(&"impl Debug"), "{keys:?}");
    }
}
