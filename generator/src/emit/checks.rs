//! Emits the checks of the constraints the spec declares, which `validate` and the client run before sending.

use super::ident;
use crate::ir::{Constraints, Field, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// The checks of one field, or `None` if it has nothing to check.
pub(super) fn field_check(f: &Field) -> Option<TokenStream> {
    if f.flatten {
        return None;
    }
    let wire = &f.wire_name;
    let check = value_check(&f.ty, &f.constraints, quote!(#wire), quote!(v))?;
    let fname = ident(&f.name);
    Some(if !f.required && f.nullable {
        quote! { if let Some(Some(v)) = &self.#fname { #check } }
    } else if !f.required || f.nullable {
        quote! { if let Some(v) = &self.#fname { #check } }
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
            quote!(Some(#n))
        }
        None => quote!(None),
    };
    let bound = |x: Option<(f64, bool)>| match x {
        Some((n, excl)) => {
            let n = proc_macro2::Literal::f64_unsuffixed(n);
            quote!(Some((#n, #excl)))
        }
        None => quote!(None),
    };
    let mut out = TokenStream::new();
    match ty {
        TypeRef::String => {
            if c.min_length.is_some() || c.max_length.is_some() {
                let (min, max) = (opt(c.min_length), opt(c.max_length));
                out.extend(quote! { __rt::check_length(#field, #v, #min, #max)?; });
            }
            if let Some(pattern) = &c.pattern {
                // One compiled regex per pattern, built on first use.
                out.extend(quote! {
                    static PATTERN: ::std::sync::OnceLock<Option<::regex_lite::Regex>> = ::std::sync::OnceLock::new();
                    __rt::check_pattern(#field, #v, #pattern, &PATTERN)?;
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
            out.extend(quote! { __rt::check_range(#field, #value, #min, #max)?; });
        }
        TypeRef::Named(_) if ty.validates() => {
            out.extend(quote! { #v.validate().map_err(|e| e.within(#field))?; });
        }
        TypeRef::Vec(inner) => {
            if c.min_items.is_some() || c.max_items.is_some() {
                let (min, max) = (opt(c.min_items), opt(c.max_items));
                out.extend(quote! { __rt::check_items(#field, #v.len(), #min, #max)?; });
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
pub(super) fn skip_null(inner: &TypeRef) -> Option<TokenStream> {
    matches!(inner, TypeRef::Nullable(_)).then(|| quote!(let Some(item) = item else { continue };))
}
