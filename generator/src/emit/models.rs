//! Emits `models.rs` (schemas as structs, enums and aliases) and `params.rs` (the query,
//! header and cookie parameters of each operation).

use super::compose::{flattened_serde_impls, one_of_def};
use super::{Docs, Scope, gate_attr, ident, rust_type};
use crate::ir::{
    Constraints, Constructor, Enum, EnumRepr, Field, Operation, Param, TypeDef, TypeKind, TypeRef,
    Usage, features,
};
use proc_macro2::TokenStream;
use quote::quote;

/// The `models` module's doc.
pub(super) fn head() -> TokenStream {
    quote! {
        //! Data types from the spec's schemas.
    }
}

/// A type from the spec's schemas, under the features of its use.
pub(super) fn type_def(t: &TypeDef, docs: &mut Docs) -> TokenStream {
    let gate = gate_attr(&t.usage.gate);
    match &t.kind {
        TypeKind::Struct(s) => {
            let type_docs = type_docs(t, docs);
            struct_tokens(
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
            )
        }
        TypeKind::Enum(e) => enum_def(t, e, &gate, docs),
        TypeKind::Alias(ty) => alias_def(t, ty, &gate, docs),
        TypeKind::OneOf(o) => one_of_def(t, o, &gate, docs),
    }
}

/// The `params` module's doc.
pub(super) fn params_head() -> TokenStream {
    quote! {
        //! Parameters that operations take besides path parameters and the request body.
    }
}

/// An operation's parameter struct, under the operation's features.
pub(super) fn params_struct(op: &Operation, docs: &mut Docs) -> TokenStream {
    let Some(name) = op.params_name.as_ref() else {
        return TokenStream::new();
    };
    let fields: Vec<Field> = op.params.iter().map(param_field).collect();
    let method = op.fn_name.bare();
    let doc = format!(
        "Query, header and cookie parameters of [`Client::{method}`](crate::Client::{method})."
    );
    let gate = gate_attr(&op.gate);
    let struct_docs = docs.attr(Some(&doc));
    struct_tokens(
        StructDef {
            name,
            docs: struct_docs,
            fields: &fields,
            constructor: op.params_constructor,
            validates: op.params_validate,
            additional: None,
            scope: Scope::Elsewhere,
            usage: None,
            gate: &gate,
        },
        docs,
    )
}

fn param_field(p: &Param) -> Field {
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
/// (which decodes requests and encodes responses) and `full-serde`, and `unused-schemas`
/// for a type that a schema no operation uses holds.
fn extra_features(usage: Option<&Usage>) -> &'static [&'static str] {
    if usage.is_some_and(|u| u.held_by_unused) {
        &[
            features::MOCK,
            features::FULL_SERDE,
            features::UNUSED_SCHEMAS,
        ]
    } else {
        &[features::MOCK, features::FULL_SERDE]
    }
}

/// The `cfg` of [`extra_features`].
pub(super) fn extra_cfg(usage: Option<&Usage>) -> TokenStream {
    let features = extra_features(usage);
    quote!(any(#(feature = #features),*))
}

/// [`extra_features`] for a doc comment: "the `mock` or `full-serde` feature".
fn extra_features_doc(usage: Option<&Usage>) -> String {
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

/// What [`struct_tokens`] writes a struct from.
struct StructDef<'a> {
    name: &'a str,
    docs: TokenStream,
    fields: &'a [Field],
    constructor: Constructor,
    /// It has a `validate` that checks something.
    validates: bool,
    additional: Option<&'a TypeRef>,
    scope: Scope,
    /// `None` for a parameter struct (no serde; built by callers).
    usage: Option<&'a Usage>,
    /// The `#[cfg]` of every item written (the features of the type's use).
    gate: &'a TokenStream,
}

/// A struct, with a constructor from its required fields, `with_*` setters for the
/// others and `validate` when it checks anything. It is `#[non_exhaustive]` so that a
/// property added to the spec later does not break code that builds it.
///
/// `usage` is `None` for a parameter struct (no serde; built by callers). A model derives
/// `Serialize` if it is sent and `Deserialize` if it is received; what its use does not
/// need, and the constructors of a type that is only received, are compiled only under
/// [`extra_cfg`], for tests and for callers who store or re-send values.
fn struct_tokens(def: StructDef<'_>, docs_out: &mut Docs) -> TokenStream {
    let StructDef {
        name,
        docs,
        fields,
        constructor,
        validates,
        additional,
        scope,
        usage,
        gate: type_gate,
    } = def;
    let serde = usage.is_some();
    // A parameter struct is built by callers and checked, never encoded.
    let (sent, received, builders) = match usage {
        Some(u) => (u.serializes(), u.deserializes(), u.has_builders()),
        None => (true, false, true),
    };
    let extra = extra_cfg(usage);
    let name = ident(name);
    let all_optional = constructor == Constructor::Default;
    let default = all_optional.then(|| quote!(Default,));
    let has_flatten = fields.iter().any(|f| f.flatten);
    // A struct of named properties gets its serde impls from the runtime's macros (see
    // `serialize_impl`); flattened members keep hand-written impls and additional
    // properties serde's derives.
    let written_serde = serde && !has_flatten && additional.is_none();
    let derived_serde = serde && !has_flatten && additional.is_some();
    let derives = if derived_serde {
        let mut plain = Vec::new();
        let mut extra_derives = Vec::new();
        for (wanted, path) in [
            (sent, quote!(::serde::Serialize)),
            (received, quote!(::serde::Deserialize)),
        ] {
            if wanted {
                plain.push(path);
            } else {
                extra_derives.push(path);
            }
        }
        let extra_attr = (!extra_derives.is_empty())
            .then(|| quote!(#[cfg_attr(#extra, derive(#(#extra_derives),*))]));
        quote! {
            #[derive(Clone, Debug, #default PartialEq, #(#plain),*)]
            #extra_attr
        }
    } else {
        quote!(#[derive(Clone, Debug, #default PartialEq)])
    };
    let has_flatten = has_flatten && serde;
    // Serde attributes go on the struct's fields only for the derives; with flattened
    // fields they go on the helper structs of the hand-written impls.
    let field_defs: Vec<TokenStream> = fields
        .iter()
        .map(|f| field_def(f, scope, derived_serde, docs_out))
        .collect();
    let flattened_serde = has_flatten.then(|| {
        let with_attrs: Vec<TokenStream> = fields
            .iter()
            .map(|f| field_def(f, scope, true, docs_out))
            .collect();
        let gate = |wanted: bool| {
            let extra = (!wanted).then(|| quote!(#[cfg(#extra)]));
            Some(quote!(#type_gate #extra))
        };
        flattened_serde_impls(
            &name,
            fields,
            &with_attrs,
            additional.is_some(),
            (gate(sent), gate(received)),
        )
    });
    let written_serde_impls = written_serde.then(|| {
        let gate = |wanted: bool| (!wanted).then(|| quote!(#[cfg(#extra)]));
        let ser = serialize_impl(&name, fields, gate(sent));
        let de = deserialize_impl(&name, fields, gate(received));
        // One item, so that a crate with features by tag writes the type's gate once; the
        // macros name runtime items through `__rt`.
        quote! {
            #type_gate
            const _: () = {
                #[allow(unused_imports)]
                use crate::runtime as __rt;
                #ser
                #de
            };
        }
    });
    let additional_field = additional.map(|ty| {
        let ty = rust_type(ty, scope);
        let attr = (serde && !has_flatten).then(|| quote!(#[serde(flatten)]));
        quote! {
            /// Properties the spec does not list by name.
            #attr
            pub additional_properties: ::std::collections::BTreeMap<::std::string::String, #ty>,
        }
    });
    let required: Vec<&Field> = fields.iter().filter(|f| f.required).collect();
    let args = required.iter().map(|f| {
        let fname = ident(&f.name);
        let ty = arg_type(f, scope);
        quote!(#fname: #ty)
    });
    let inits = fields.iter().map(|f| {
        let fname = ident(&f.name);
        if !f.required {
            quote!(#fname: ::std::option::Option::None)
        } else if f.nullable {
            let boxed = f.boxed.then(|| quote!(.map(::std::boxed::Box::new)));
            match boxed {
                Some(boxed) => quote!(#fname: #fname #boxed),
                None => quote!(#fname),
            }
        } else if f.ty != TypeRef::String && !f.boxed {
            quote!(#fname)
        } else {
            let value = arg_value(f);
            quote!(#fname: #value)
        }
    });
    let additional_init =
        additional.map(|_| quote!(additional_properties: ::std::collections::BTreeMap::new(),));
    let many = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    // Values only received are built by decoding; their constructors are for tests.
    let builders_gate = (!builders).then(|| {
        // A type a schema no operation uses holds may still be sent, by its holder's users.
        let why = if usage.is_some_and(|u| u.held_by_unused) {
            "operations only receive it"
        } else {
            "values of this type are only received"
        };
        let note = format!(" With {}: {why}.", extra_features_doc(usage));
        quote! {
            ///
            #[doc = #note]
            #[cfg(#extra)]
        }
    });
    // With every field optional, `Default` (derived) is the constructor.
    let new = (!all_optional).then(|| {
        quote! {
            /// Creates a value from its required fields; set the others with the `with_*` methods.
            #builders_gate
            #many
            pub fn new(#(#args),*) -> Self {
                #name { #(#inits,)* #additional_init }
            }
        }
    });
    let setters: Vec<TokenStream> = fields
        .iter()
        .filter(|f| !f.required)
        .map(|f| {
            let fname = ident(&f.name);
            let setter = ident(&f.name.setter());
            let ty = arg_type(f, scope);
            let value = arg_value(f);
            // rustdoc cannot link to raw identifiers, so those are named without a link.
            let doc = match f.name.raw_name() {
                Some(raw) => format!(" Sets the `{raw}` field."),
                None => format!(" Sets [`{0}`](Self::{0}).", f.name),
            };
            quote! {
                #[doc = #doc]
                #builders_gate
                pub fn #setter(mut self, #fname: #ty) -> Self {
                    self.#fname = ::std::option::Option::Some(#value);
                    self
                }
            }
        })
        .collect();
    // Only values that are sent are checked, and only when there is something to check;
    // a schema no operation uses checks what it holds, with its feature.
    let validate_gate = match usage {
        Some(u) if !validates && u.validates && u.held_by_unused => {
            let unused = features::UNUSED_SCHEMAS;
            Some(quote!(#[cfg(feature = #unused)]))
        }
        _ => None,
    };
    let validate = (validates || validate_gate.is_some()).then(|| {
        let checks = fields.iter().filter_map(field_check);
        quote! {
            /// Checks the constraints the spec declares (lengths, ranges, item counts),
            /// including those of nested values.
            #validate_gate
            pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
                #(#checks)*
                ::std::result::Result::Ok(())
            }
        }
    });
    let methods = (new.is_some() || !setters.is_empty() || validate.is_some()).then(|| {
        quote! {
            #type_gate
            impl #name {
                #new

                #(#setters)*

                #validate
            }
        }
    });
    quote! {
        #type_gate
        #docs
        #derives
        #[non_exhaustive]
        pub struct #name {
            #(#field_defs)*
            #additional_field
        }

        #flattened_serde

        #written_serde_impls

        #methods
    }
}

/// `Serialize` for a struct of named properties, through the runtime's
/// `__serialize_struct!` (what `#[derive(Serialize)]` with `skip_serializing_if =
/// "Option::is_none"` on the optional fields does, at a fraction of its compile time).
fn serialize_impl(
    name: &proc_macro2::Ident,
    fields: &[Field],
    gate: Option<TokenStream>,
) -> TokenStream {
    let required =
        proc_macro2::Literal::usize_unsuffixed(fields.iter().filter(|f| f.required).count());
    let props = fields.iter().map(|f| {
        let fname = ident(&f.name);
        let wire = &f.wire_name;
        let kind = if f.required { quote!(req) } else { quote!(opt) };
        quote!(#wire #fname #kind)
    });
    quote! {
        #gate
        crate::__serialize_struct!(#name, #required, [#(#props),*]);
    }
}

/// `Deserialize` for a struct of named properties, through the runtime's
/// `__deserialize_struct!`; each property's kind says what its absence gives.
fn deserialize_impl(
    name: &proc_macro2::Ident,
    fields: &[Field],
    gate: Option<TokenStream>,
) -> TokenStream {
    let props = fields.iter().map(|f| {
        let fname = ident(&f.name);
        let wire = &f.wire_name;
        let kind = if is_collection(f) {
            quote!(coll)
        } else if f.required && !f.nullable {
            quote!(req)
        } else if f.required || !f.nullable {
            quote!(default)
        } else {
            quote!(keep)
        };
        quote!(#wire #fname #kind)
    });
    quote! {
        #gate
        crate::__deserialize_struct!(#name, [#(#props),*]);
    }
}

/// A field definition, with its serde attributes when `serde`.
fn field_def(f: &Field, scope: Scope, serde: bool, docs_out: &mut Docs) -> TokenStream {
    let fname = ident(&f.name);
    let ty = field_type(f, scope);
    let mut text = f
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` property.", f.wire_name));
    if f.flatten {
        text = f.doc.clone().unwrap_or_default();
    } else if f.deprecated {
        text.push_str("\n\n**Deprecated** in the spec.");
    }
    let docs = docs_out.attr(Some(text.as_str()).filter(|t| !t.is_empty()));
    if !serde {
        return quote! { #docs pub #fname: #ty, };
    }
    let wire = &f.wire_name;
    // A field named as on the wire needs no `rename`.
    let rename = (f.name != *wire).then(|| quote!(rename = #wire,));
    let attrs = if f.flatten {
        quote!(#[serde(flatten)])
    } else if is_collection(f) {
        quote!(#[serde(#rename default, deserialize_with = "crate::runtime::null_as_default")])
    } else if f.required {
        match &rename {
            Some(_) => quote!(#[serde(rename = #wire)]),
            None => quote!(),
        }
    } else if f.nullable {
        quote!(#[serde(#rename default, skip_serializing_if = "::std::option::Option::is_none", deserialize_with = "crate::runtime::double_option")])
    } else {
        quote!(#[serde(#rename default, skip_serializing_if = "::std::option::Option::is_none")])
    };
    quote! { #docs #attrs pub #fname: #ty, }
}

/// A required, non-nullable array or map, which decodes `null` or absence as empty: Go
/// servers send a nil slice or map as `null`.
fn is_collection(f: &Field) -> bool {
    f.required && !f.nullable && !f.boxed && matches!(f.ty, TypeRef::Vec(_) | TypeRef::Map(_))
}

/// The declared type of a field: `Option` unless required and not nullable.
fn field_type(f: &Field, scope: Scope) -> TokenStream {
    let mut ty = rust_type(&f.ty, scope);
    if f.boxed {
        ty = quote!(::std::boxed::Box<#ty>);
    }
    if f.nullable {
        ty = quote!(::std::option::Option<#ty>);
    }
    if !f.required {
        // Optional and nullable: `None` is absent, `Some(None)` is an explicit `null`.
        ty = quote!(::std::option::Option<#ty>);
    }
    ty
}

/// The type a constructor or setter takes: strings as `impl Into<String>`.
fn arg_type(f: &Field, scope: Scope) -> TokenStream {
    let base = match f.ty {
        TypeRef::String => quote!(impl ::std::convert::Into<::std::string::String>),
        _ => rust_type(&f.ty, scope),
    };
    if f.nullable {
        let ty = rust_type(&f.ty, scope);
        quote!(::std::option::Option<#ty>)
    } else {
        base
    }
}

/// Converts a constructor or setter argument into the field's stored form.
fn arg_value(f: &Field) -> TokenStream {
    let fname = ident(&f.name);
    // Only strings are taken as `impl Into`; converting anything else would be a no-op.
    if f.nullable {
        // Taken as `Option<T>`, where `None` means `null`.
        return if f.boxed {
            quote!(#fname.map(::std::boxed::Box::new))
        } else {
            quote!(#fname)
        };
    }
    let value = if f.ty == TypeRef::String {
        quote!(#fname.into())
    } else {
        quote!(#fname)
    };
    if f.boxed {
        quote!(::std::boxed::Box::new(#value))
    } else {
        value
    }
}

/// The checks of one field, or `None` if it has nothing to check.
fn field_check(f: &Field) -> Option<TokenStream> {
    if f.flatten {
        return None;
    }
    let wire = &f.wire_name;
    let check = value_check(&f.ty, &f.constraints, quote!(#wire), quote!(v))?;
    let fname = ident(&f.name);
    Some(if !f.required && f.nullable {
        quote! { if let ::std::option::Option::Some(::std::option::Option::Some(v)) = &self.#fname { #check } }
    } else if !f.required || f.nullable {
        quote! { if let ::std::option::Option::Some(v) = &self.#fname { #check } }
    } else {
        quote! { { let v = &self.#fname; #check } }
    })
}

/// Checks for a value `v` (a reference) of type `ty`; `field` evaluates to its name.
pub(crate) fn value_check(
    ty: &TypeRef,
    c: &Constraints,
    field: TokenStream,
    v: TokenStream,
) -> Option<TokenStream> {
    // An alias of a scalar (`pub type Code = String`) is checked as that scalar.
    if let TypeRef::Named(crate::ir::Named {
        alias_of: Some(base),
        ..
    }) = ty
    {
        return value_check(base, c, field, v);
    }
    let opt = |x: Option<u64>| match x {
        Some(n) => {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote!(::std::option::Option::Some(#n))
        }
        None => quote!(::std::option::Option::None),
    };
    let bound = |x: Option<(f64, bool)>| match x {
        Some((n, excl)) => {
            let n = proc_macro2::Literal::f64_unsuffixed(n);
            quote!(::std::option::Option::Some((#n, #excl)))
        }
        None => quote!(::std::option::Option::None),
    };
    let mut out = TokenStream::new();
    match ty {
        TypeRef::String => {
            if c.min_length.is_some() || c.max_length.is_some() {
                let (min, max) = (opt(c.min_length), opt(c.max_length));
                out.extend(quote! { crate::runtime::check_length(#field, #v, #min, #max)?; });
            }
            if let Some(pattern) = &c.pattern {
                // One compiled regex per pattern, built on first use.
                out.extend(quote! {
                    static PATTERN: ::std::sync::OnceLock<::std::option::Option<::regex_lite::Regex>> = ::std::sync::OnceLock::new();
                    crate::runtime::check_pattern(#field, #v, #pattern, &PATTERN)?;
                });
            }
        }
        TypeRef::I32
        | TypeRef::I64
        | TypeRef::U64
        | TypeRef::I128
        | TypeRef::F32
        | TypeRef::F64
            if c.minimum.is_some() || c.maximum.is_some() =>
        {
            let (min, max) = (bound(c.minimum), bound(c.maximum));
            // Bounds are compared as the spec writes them, which may be a fraction
            // (`minimum: 0.5`) or past `i64` (`maximum: 9223372036854775808`).
            let value = match ty {
                TypeRef::F64 => quote!(*#v),
                TypeRef::I64 | TypeRef::U64 | TypeRef::I128 => quote!(*#v as f64),
                _ => quote!(f64::from(*#v)),
            };
            out.extend(quote! { crate::runtime::check_range(#field, #value, #min, #max)?; });
        }
        TypeRef::Named(_) if ty.validates() => {
            out.extend(quote! { #v.validate().map_err(|e| e.within(#field))?; });
        }
        TypeRef::Vec(inner) => {
            if c.min_items.is_some() || c.max_items.is_some() {
                let (min, max) = (opt(c.min_items), opt(c.max_items));
                out.extend(quote! { crate::runtime::check_items(#field, #v.len(), #min, #max)?; });
            }
            if inner.validates() {
                let lead = skip_null(inner);
                out.extend(quote! {
                    for (i, item) in #v.iter().enumerate() {
                        #lead
                        item.validate().map_err(|e| e.within(&format!("{}[{}]", #field, i)))?;
                    }
                });
            }
        }
        TypeRef::Map(inner) if inner.validates() => {
            let lead = skip_null(inner);
            out.extend(quote! {
                for (key, item) in #v.iter() {
                    #lead
                    item.validate().map_err(|e| e.within(&format!("{}.{}", #field, key)))?;
                }
            });
        }
        _ => {}
    }
    (!out.is_empty()).then_some(out)
}

/// In a loop over the items of an array or map: skips a `null` item of a nullable type.
fn skip_null(inner: &TypeRef) -> Option<TokenStream> {
    matches!(inner, TypeRef::Nullable(_))
        .then(|| quote!(let ::std::option::Option::Some(item) = item else { continue };))
}

fn enum_def(t: &TypeDef, e: &Enum, gate: &TokenStream, docs: &mut Docs) -> TokenStream {
    if e.repr == EnumRepr::Integer {
        return int_enum_def(t, e, gate, docs);
    }
    let name = ident(&t.name);
    let docs = type_docs(t, docs);
    let unknown = ident(&e.unknown);
    let serde = enum_serde(&name, &unknown, e.repr, gate);
    let variants = e.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let doc = format!(" `{:?}`.", v.value);
        quote! { #[doc = #doc] #vname, }
    });
    let values: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
    let to_str = e.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let value = &v.value;
        quote!(#name::#vname => #value,)
    });
    let from_str = e.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let value = &v.value;
        quote!(#value => #name::#vname,)
    });
    quote! {
        #gate
        #docs
        ///
        /// Values the spec does not list are kept in the fallback variant rather than
        /// rejected, since the server may be newer than this client.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value the spec does not list.
            #unknown(::std::string::String),
        }

        #gate
        impl #name {
            /// Every value the spec lists, in spec order.
            pub const VALUES: &'static [&'static str] = &[#(#values),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    #name::#unknown(value) => value,
                }
            }
        }

        #gate
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #gate
        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => #name::#unknown(other.to_owned()),
                }
            }
        }

        #gate
        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(#name::from(value))
            }
        }

        #serde
    }
}

/// `Serialize` and `Deserialize` of an enum that keeps values the spec does not list: the
/// client keeps them, the mock refuses them as the API would.
fn enum_serde(
    name: &proc_macro2::Ident,
    unknown: &proc_macro2::Ident,
    repr: EnumRepr,
    gate: &TokenStream,
) -> TokenStream {
    let mock = features::MOCK;
    let (serialize, decode, check) = match repr {
        EnumRepr::String => (
            quote!(serializer.serialize_str(self.as_str())),
            quote! {
                let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                let value = #name::from(value.as_str());
            },
            quote!(check_known::<D::Error, &str>(raw, #name::VALUES)),
        ),
        EnumRepr::Integer => (
            quote!(serializer.serialize_i64(self.value())),
            quote! {
                let value = #name::from(<i64 as ::serde::Deserialize>::deserialize(deserializer)?);
            },
            quote!(check_known::<D::Error, i64>(*raw, #name::VALUES)),
        ),
    };
    quote! {
        #gate
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                #serialize
            }
        }

        #gate
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                #decode
                #[cfg(feature = #mock)]
                if let #name::#unknown(raw) = &value {
                    crate::runtime::mock_support::#check?;
                }
                ::std::result::Result::Ok(value)
            }
        }
    }
}

/// An enum of integer values; like a string enum, it keeps values the spec does not list.
fn int_enum_def(t: &TypeDef, e: &Enum, gate: &TokenStream, docs: &mut Docs) -> TokenStream {
    let name = ident(&t.name);
    let docs = type_docs(t, docs);
    let unknown = ident(&e.unknown);
    let serde = enum_serde(&name, &unknown, e.repr, gate);
    // Values were read from JSON integers, so they parse back.
    let values: Vec<i64> = e
        .variants
        .iter()
        .filter_map(|v| v.value.parse().ok())
        .collect();
    let names: Vec<_> = e
        .variants
        .iter()
        .filter(|v| v.value.parse::<i64>().is_ok())
        .map(|v| ident(&v.name))
        .collect();
    let lits: Vec<_> = values
        .iter()
        .map(|v| proc_macro2::Literal::i64_unsuffixed(*v))
        .collect();
    let docs_each = values.iter().map(|v| format!(" `{v}`."));
    quote! {
        #gate
        #docs
        ///
        /// Values the spec does not list are kept in the fallback variant rather than
        /// rejected, since the server may be newer than this client.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #docs_each] #names, )*
            /// A value the spec does not list.
            #unknown(i64),
        }

        #gate
        impl #name {
            /// Every value the spec lists, in spec order.
            pub const VALUES: &'static [i64] = &[#(#lits),*];

            /// The value as sent on the wire.
            pub fn value(self) -> i64 {
                match self {
                    #(#name::#names => #lits,)*
                    #name::#unknown(value) => value,
                }
            }
        }

        #gate
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.value(), f)
            }
        }

        #gate
        impl ::std::convert::From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#lits => #name::#names,)*
                    other => #name::#unknown(other),
                }
            }
        }

        #serde
    }
}

fn alias_def(t: &TypeDef, ty: &TypeRef, gate: &TokenStream, docs: &mut Docs) -> TokenStream {
    let name = ident(&t.name);
    let docs = type_docs(t, docs);
    let ty = rust_type(ty, Scope::Models);
    quote! { #gate #docs pub type #name = #ty; }
}
