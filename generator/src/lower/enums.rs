//! Enums: their values, and the names and meanings specs give the values in vendor
//! extensions.

use super::{Lowerer, Naming};
use crate::docs::doc;
use crate::ir::*;
use crate::names::{Namespace, type_name};
use crate::pointer::child;
use openapiv3::Schema;
use std::collections::BTreeSet;

/// The extensions that name an enum's values, one name per value in `enum` order:
/// openapi-generator's, then NSwag's.
const NAME_KEYS: &[&str] = &["x-enum-varnames", "x-enumNames"];

/// The extensions that say what each value means, in `enum` order.
const DESCRIPTION_KEYS: &[&str] = &["x-enum-descriptions", "x-enumDescriptions"];

impl Lowerer<'_> {
    /// Defines the enum of `values` (in `enum` order; `None` where the list has `null`,
    /// which is no value). Values that are numbers (or numbers written as strings) take
    /// their variant names from `x-enum-varnames` / `x-enumNames` where the schema has
    /// them, since `Value1`, `Value2` say nothing; every value takes its doc from
    /// `x-enum-descriptions`. A list of the wrong length is ignored, with a warning.
    pub(super) fn define_enum(
        &mut self,
        schema: &Schema,
        values: &[Option<String>],
        repr: EnumRepr,
        ptr: &str,
        naming: Naming,
    ) -> TypeRef {
        let name = self.claim(naming, ptr);
        let numeric =
            repr == EnumRepr::Integer || values.iter().flatten().all(|v| reads_as_number(v));
        let names = if numeric {
            self.enum_labels(schema, NAME_KEYS, values.len(), ptr)
        } else {
            None
        };
        let docs = self.enum_labels(schema, DESCRIPTION_KEYS, values.len(), ptr);
        let label = |labels: &Option<Vec<Option<String>>>, i: usize| -> Option<String> {
            labels.as_ref()?.get(i)?.clone()
        };
        let mut ns = Namespace::with_reserved(&[UNKNOWN_VARIANT]);
        let mut seen = BTreeSet::new();
        let mut variants = Vec::new();
        for (i, value) in values.iter().enumerate() {
            let Some(value) = value else { continue };
            if !seen.insert(value.as_str()) {
                continue;
            }
            let rust = match label(&names, i).filter(|n| n.chars().any(|c| c.is_ascii_alphabetic()))
            {
                Some(given) => type_name(&given, "Value"),
                // `-1` reads as `Minus1`, not as a second `Value1`.
                None => type_name(&value.replace('-', "minus "), "Value"),
            };
            variants.push(Variant {
                name: ns.claim(rust).into(),
                value: value.clone(),
                doc: label(&docs, i).and_then(|d| doc(&[Some(d.as_str())])),
            });
        }
        let kind = TypeKind::Enum(Enum {
            repr,
            variants,
            unknown: UNKNOWN_VARIANT.into(),
        });
        self.define(name, schema, ptr, kind)
    }

    /// The texts under the first of `keys` the schema has, one per `enum` entry (`None`
    /// where an entry is not a string). A list whose length is not `count` cannot be
    /// matched to the values: it is ignored, with a warning.
    fn enum_labels(
        &mut self,
        schema: &Schema,
        keys: &[&str],
        count: usize,
        ptr: &str,
    ) -> Option<Vec<Option<String>>> {
        let (key, list) = keys
            .iter()
            .find_map(|k| Some((*k, schema.schema_data.extensions.get(*k)?)))?;
        let at = child(ptr, key);
        let Some(items) = list.as_array() else {
            self.warn(&at, format!("`{key}` is not a list, so it is ignored"));
            return None;
        };
        if items.len() != count {
            self.warn(
                &at,
                format!(
                    "`{key}` has {} entries for {count} `enum` values, so it is ignored",
                    items.len()
                ),
            );
            return None;
        }
        Some(
            items
                .iter()
                .map(|i| i.as_str().map(str::to_string))
                .collect(),
        )
    }
}

/// A string enum value that is a number written as text (`"1"`, `"-2"`, `"0.5"`), whose
/// variant name would say nothing (`Value1`).
fn reads_as_number(value: &str) -> bool {
    value.chars().any(|c| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'))
        && value.parse::<f64>().is_ok()
}
