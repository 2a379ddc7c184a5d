//! Emits `models.rs` (schemas as structs, enums and aliases) and `params.rs` (the query,
//! header and cookie parameters of each operation).

use super::compose::one_of_def;
use super::enums::{alias_def, enum_def};
use super::structs::{StructDef, struct_tokens};
use super::{Docs, Scope, gate_attr};
use crate::ir::{Field, Param, TypeDef, TypeKind, Usage, features};
use proc_macro2::TokenStream;
use quote::quote;

/// The `models` module's doc.
pub(super) fn head() -> TokenStream {
    quote! {
        //! Data types from the spec's schemas.

        #[allow(unused_imports)]
        use crate::runtime as __rt;
    }
}

/// A type from the spec's schemas, under the features of its use.
pub(super) fn type_def(t: &TypeDef, docs: &mut Docs) -> TokenStream {
    let gate = gate_attr(t.usage.own_gate());
    let type_docs = type_docs(t, docs);
    match &t.kind {
        TypeKind::Struct(s) => struct_tokens(
            StructDef {
                name: &t.name,
                docs: type_docs,
                fields: &s.fields,
                constructor: s.constructor,
                validates: t.usage.has_validate(),
                additional: s.additional.as_ref(),
                scope: Scope::Models,
                usage: Some(&t.usage),
                gate: &gate,
            },
            docs,
        ),
        TypeKind::Enum(e) => enum_def(t, e, &gate, (type_docs, docs)),
        TypeKind::Alias(ty) => alias_def(t, ty, &gate, type_docs),
        TypeKind::OneOf(o) => one_of_def(t, o, &gate, type_docs),
    }
}

pub(super) fn param_field(p: &Param) -> Field {
    let location = match p.location {
        crate::ir::ParamLocation::Query => "query",
        crate::ir::ParamLocation::Header => "header",
        crate::ir::ParamLocation::Cookie => "cookie",
        crate::ir::ParamLocation::Path => "path",
    };
    let doc = match &p.doc {
        Some(d) => format!("{d}\n\nSent as {location} parameter `{}`.", p.wire_name),
        None => format!("Sent as {location} parameter `{}`.", p.wire_name),
    };
    Field {
        name: p.name.clone(),
        wire_name: p.wire_name.clone(),
        ty: p.ty.clone(),
        required: p.required,
        nullable: false,
        doc: Some(doc),
        deprecated: p.deprecated,
        constraints: p.constraints.clone(),
        boxed: false,
        flatten: false,
    }
}

pub(super) fn type_docs(t: &TypeDef, docs: &mut Docs) -> TokenStream {
    let mut text = t
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` schema.", t.name.bare()));
    if t.deprecated {
        text.push_str("\n\n**Deprecated** in the spec.");
    }
    docs.attr(Some(&text))
}

/// The features under which code a type's use does not need is still compiled: `mock`
/// (which decodes requests and encodes responses) and `full-serde`, `unused-schemas` for a
/// type that a schema no operation uses holds, and `webhooks` for one a webhook's payload
/// reaches.
pub(super) fn extra_features(usage: Option<&Usage>) -> Vec<&'static str> {
    let mut features = vec![features::MOCK, features::FULL_SERDE];
    if usage.is_some_and(|u| u.held_by_unused) {
        features.push(features::UNUSED_SCHEMAS);
    }
    if usage.is_some_and(|u| u.in_webhooks) {
        features.push(features::WEBHOOKS);
    }
    features
}

/// The `cfg` of [`extra_features`].
pub(super) fn extra_cfg(usage: Option<&Usage>) -> TokenStream {
    let features = extra_features(usage);
    quote!(any(#(feature = #features),*))
}

/// [`extra_features`] for a doc comment: "the `mock` or `full-serde` feature".
pub(super) fn extra_features_doc(usage: Option<&Usage>) -> String {
    let named: Vec<String> = extra_features(usage)
        .iter()
        .map(|f| format!("`{f}`"))
        .collect();
    match named.split_last() {
        Some((last, [])) => format!("the {last} feature"),
        Some((last, rest)) => format!("the {} or {last} feature", rest.join(", ")),
        None => String::new(),
    }
}
