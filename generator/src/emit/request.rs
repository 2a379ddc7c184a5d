//! Emits the statements that build an operation's request (checks, path, parameters,
//! body) and the `Sending` future that sends it and reads the answer.

use super::checks::value_check;
use super::client::style_tokens;
use super::ident;
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::quote;

/// The body of a call, with its inputs as locals and `transport` the runtime client:
/// check the inputs, put them on a request, send it and map the response.
pub(super) fn send_statements(op: &Operation, op_static: &proc_macro2::Ident) -> TokenStream {
    send_expr(request_statements(op, op_static, false), &finish_args(op))
}

/// The `Sending` that builds the request with `build` now (in a closure, so that its
/// checks can use `?`) and sends it, ending with `finish`, when awaited.
pub(super) fn send_expr(build: TokenStream, finish: &TokenStream) -> TokenStream {
    quote! {
        crate::Sending::new(
            transport,
            || {
                #build
                Ok(request)
            },
            #finish,
        )
    }
}

/// The future a method returns: the success `body` (or its stream) and the operation's
/// error, borrowing the client for `lt`.
pub(super) fn sending_type(op: &Operation, body: &TokenStream, lt: TokenStream) -> TokenStream {
    let error = ident(&op.error_name);
    quote!(crate::Sending<#lt, #body, error::#error>)
}

/// The checks and the request as far as `request`, built but not sent: with the inputs
/// as locals and `transport` the runtime client.
pub(super) fn request_statements(
    op: &Operation,
    op_static: &proc_macro2::Ident,
    streamed: bool,
) -> TokenStream {
    let checks = checks(op);
    let segments = segments(op);
    let mut statements = super::calls::param_statements(op, param_statement);
    if let Some(media_type) = &op.accept {
        // The success type first; error bodies of another type are still welcome. When
        // the spec declares an `Accept` parameter, it lists the values the server takes:
        // the default keeps to the success type, and a value given for it replaces this.
        let declared = op.params.iter().any(|p| {
            p.location == ParamLocation::Header && p.wire_name.eq_ignore_ascii_case("accept")
        });
        let accept = if declared {
            media_type.clone()
        } else {
            format!("{media_type}, */*;q=0.1")
        };
        statements.insert(0, quote!(request.header("accept", #accept)?;));
    }
    // An operation that streams on request says which answer it wants.
    let flag = op
        .stream_mode
        .as_ref()
        .map(|m| (m.field.as_str(), op.success.streamed()));
    statements.extend(op.body.as_ref().map(|b| body_statement(b, flag)));
    if streamed || op.success.streamed() {
        statements.push(quote!(request.stream();));
    }
    let binding = if statements.is_empty() {
        quote!(let request)
    } else {
        quote!(let mut request)
    };
    quote! {
        #(#checks)*
        #binding = transport.request(&client::#op_static, &[#(#segments),*]);
        #(#statements)*
    }
}

/// The two edges of `ResponseContent::finish`: how a success is decoded, and the
/// operation's error enum for the rest.
pub(super) fn finish_args(op: &Operation) -> TokenStream {
    let error = ident(&op.error_name);
    let decode = match &op.success {
        Success::Empty => quote!(__rt::ResponseContent::decode_empty),
        // Values in a format are read through the runtime's `formats`.
        Success::Json(ty @ (TypeRef::Vec(_) | TypeRef::Map(_))) if ty.in_format() => {
            quote!(__rt::formats::decode_json_collection)
        }
        Success::Json(ty) if ty.in_format() => quote!(__rt::formats::decode_json),
        // Go servers send a nil slice or map as `null`.
        Success::Json(TypeRef::Vec(_) | TypeRef::Map(_)) => {
            quote!(__rt::ResponseContent::decode_json_collection)
        }
        Success::Json(_) => quote!(__rt::ResponseContent::decode_json),
        Success::Text => quote!(__rt::ResponseContent::decode_text),
        Success::Bytes => quote!(__rt::ResponseContent::decode_bytes),
        // The body stays open; the stream reads it as it arrives.
        Success::Events { data, done } => {
            let decode = match data {
                TypeRef::String => quote!(__rt::stream_text),
                _ => quote!(__rt::stream_json),
            };
            let done = match done {
                Some(d) => quote!(Some(#d)),
                None => quote!(None),
            };
            quote!(|c| c.decode_stream(|c| crate::EventStream::new(c, #decode, #done)))
        }
        Success::JsonLines(_) => {
            quote!(|c| c.decode_stream(|c| crate::JsonLines::new(c, __rt::stream_json)))
        }
    };
    quote!(#decode, error::#error::from_response)
}

/// The checks run before anything is sent: parameters and the body, each only when it
/// has something to check.
fn checks(op: &Operation) -> Vec<TokenStream> {
    let mut checks = Vec::new();
    for p in op.path_params.iter().chain(&op.params) {
        let name = ident(&p.name);
        let wire = &p.wire_name;
        if let Some(check) = value_check(&p.ty, &p.constraints, quote!(#wire), quote!(v)) {
            checks.push(if p.required {
                quote! { { let v = &#name; #check } }
            } else {
                quote! { if let Some(v) = &#name { #check } }
            });
        }
    }
    if let Some(body) = &op.body {
        let whole = if body.ty.validates() {
            Some(quote! { body.validate().map_err(|e| e.within("body"))?; })
        } else if let TypeRef::Vec(inner) = &body.ty {
            inner.validates().then(|| {
                quote! {
                    for (i, item) in body.iter().enumerate() {
                        item.validate().map_err(|e| e.within(&format!("body[{i}]")))?;
                    }
                }
            })
        } else {
            None
        };
        match whole {
            Some(check) if body.required => checks.push(check),
            Some(check) => checks.push(quote! { if let Some(body) = body { #check } }),
            None => {}
        }
    }
    checks
}

/// The path segments, each an expression of type `&str`.
fn segments(op: &Operation) -> Vec<TokenStream> {
    op.segments
        .iter()
        .map(|s| match s {
            Segment::Literal(text) => quote!(#text),
            Segment::Template { format, params } => {
                let param = |p: &String| op.path_params.iter().find(|pp| pp.name == *p);
                let value = |p: &String| -> TokenStream {
                    let name = ident(p);
                    match param(p) {
                        Some(pp) if pp.style != ParamStyle::Simple || !pp.ty.is_simple() => {
                            let wire = &pp.wire_name;
                            let style = style_tokens(pp.style);
                            let explode = pp.explode;
                            let json = json_value(&pp.ty, quote!(#name));
                            quote!(__rt::path_value(#wire, &#json, #style, #explode))
                        }
                        Some(pp) => match &pp.ty {
                            TypeRef::Vec(item) => join(item, &pp.wire_name, quote!(#name)),
                            TypeRef::String => quote!(#name),
                            ty => text(ty, &pp.wire_name, quote!(#name)),
                        },
                        None => quote!(#name.to_string()),
                    }
                };
                match (format.as_str(), params.as_slice()) {
                    // A whole segment that is one parameter needs no format string; a
                    // `&str` argument is already a reference, anything else a temporary.
                    ("{}", [p]) => {
                        let v = value(p);
                        match param(p) {
                            Some(pp)
                                if pp.ty == TypeRef::String && pp.style == ParamStyle::Simple =>
                            {
                                v
                            }
                            _ => quote!(&#v),
                        }
                    }
                    _ => {
                        let values = params.iter().map(value);
                        quote!(&format!(#format, #(#values),*))
                    }
                }
            }
        })
        .collect()
}

/// The statement that puts one parameter on the request, where and as the spec says.
fn param_statement(p: &Param) -> TokenStream {
    let field = ident(&p.name);
    let wire = &p.wire_name;
    let direct = p.ty.is_simple()
        && match p.location {
            ParamLocation::Query | ParamLocation::Cookie => p.style == ParamStyle::Form,
            _ => true,
        };
    let put = |v: TokenStream| -> TokenStream {
        match p.location {
            ParamLocation::Query => quote!(request.query(#wire, #v);),
            ParamLocation::Header => quote!(request.header(#wire, #v)?;),
            ParamLocation::Cookie => quote!(request.cookie(#wire, #v);),
            ParamLocation::Path => quote!(),
        }
    };
    let exploded_query =
        p.location == ParamLocation::Query && p.explode && matches!(p.ty, TypeRef::Vec(_));
    let emit_value = |v: TokenStream| -> TokenStream {
        let json = json_value(&p.ty, v.clone());
        if p.content.is_some() {
            return put(quote!(&#json.to_string()));
        }
        if !direct {
            // Objects, maps and delimited styles: the runtime walks the JSON form.
            let style = style_tokens(p.style);
            let explode = p.explode;
            return match p.location {
                ParamLocation::Query => {
                    quote!(request.query_value(#wire, &#json, #style, #explode);)
                }
                _ => put(quote!(&__rt::simple_value(&#json, #explode))),
            };
        }
        match &p.ty {
            TypeRef::Vec(item) if exploded_query => {
                let text = text(item, wire, quote!(item));
                let one = put(quote!(&#text));
                quote! { for item in #v.iter() { #one } }
            }
            _ => put(to_param_string(&p.ty, wire, v)),
        }
    };
    if p.required {
        emit_value(quote!(#field))
    } else {
        let inner = emit_value(quote!(value));
        quote! { if let Some(value) = &#field { #inner } }
    }
}

/// The statement that puts the body on the request in its encoding; `flag` is the field
/// of an operation that streams on request, and whether this call streams.
fn body_statement(b: &Body, flag: Option<(&str, bool)>) -> TokenStream {
    let ct = &b.content_type;
    let body = body_value(&b.ty);
    let put = match (&b.encoding, flag) {
        (BodyEncoding::Json, Some((field, on))) => {
            quote!(request.json_with_flag(#ct, #body, #field, #on)?;)
        }
        (BodyEncoding::Json, None) => quote!(request.json(#ct, #body)?;),
        (BodyEncoding::Form, _) => {
            let styles = b.form_styles.iter().map(|(name, style, explode)| {
                let style = style_tokens(*style);
                quote!((#name, #style, #explode))
            });
            quote!(request.form(#ct, #body, &[#(#styles),*])?;)
        }
        (BodyEncoding::Bytes, _) => quote!(request.body(#ct, body);),
        (BodyEncoding::Text, _) => quote!(request.bytes(#ct, body.as_bytes().to_vec());),
        (BodyEncoding::Multipart, _) => multipart_statement(b),
    };
    if b.required {
        put
    } else {
        quote! { if let Some(body) = body { #put } }
    }
}

/// One part per property: a file part for binary fields, text for scalars, JSON for the rest.
fn multipart_statement(b: &Body) -> TokenStream {
    if b.parts.is_empty() {
        // No properties to walk at generation time: the runtime walks the JSON form.
        return quote! {
            request.multipart(__rt::Multipart::from_json(&__rt::to_json(body)));
        };
    }
    let parts = b.parts.iter().map(|part| {
        let f = &part.field;
        let name = ident(&f.name);
        let wire = &f.wire_name;
        // `v` is a place (`body.x`) when `place`, else already a reference.
        let add = |v: TokenStream, place: bool| -> TokenStream {
            let v_ref = if place { quote!(&#v) } else { v.clone() };
            match &f.ty {
                TypeRef::Bytes => {
                    let ct = part
                        .content_type
                        .as_deref()
                        .unwrap_or("application/octet-stream");
                    quote!(form = form.file(#wire, #v_ref, #ct);)
                }
                ty if ty.is_scalar() => {
                    let text = text(ty, wire, v.clone());
                    quote!(form = form.text(#wire, #text);)
                }
                // OpenAPI sends an array as one part per item, of the item's own type.
                TypeRef::Vec(item) if **item == TypeRef::Bytes => {
                    let ct = part
                        .content_type
                        .as_deref()
                        .unwrap_or("application/octet-stream");
                    quote! { for item in #v_ref { form = form.file(#wire, item, #ct); } }
                }
                TypeRef::Vec(item) if item.is_scalar() => {
                    let text = text(item, wire, quote!(item));
                    quote! { for item in #v_ref { form = form.text(#wire, #text); } }
                }
                ty if ty.in_format() => {
                    quote!(form = form.json(#wire, &__rt::formats::As(#v_ref))?;)
                }
                _ => quote!(form = form.json(#wire, #v_ref)?;),
            }
        };
        let inner = add(quote!(value), false);
        match (f.required, f.nullable) {
            (true, false) => add(quote!(body.#name), true),
            // A `null` part has no form: absent and null both send nothing.
            (false, true) => quote! {
                if let Some(Some(value)) = &body.#name { #inner }
            },
            _ => quote! { if let Some(value) = &body.#name { #inner } },
        }
    });
    quote! {
        let mut form = __rt::Multipart::new();
        #(#parts)*
        request.multipart(form);
    }
}

/// An expression that renders a value (given by reference) as a parameter string.
fn to_param_string(ty: &TypeRef, wire: &str, v: TokenStream) -> TokenStream {
    match ty {
        TypeRef::Vec(item) => {
            let joined = join(item, wire, v);
            quote!(&#joined)
        }
        // Already a `&str` (a required argument) or a `&String` (an optional one).
        TypeRef::String => v,
        _ => {
            let text = text(ty, wire, v);
            quote!(&#text)
        }
    }
}

/// The text of scalar `v` of type `ty` (a parameter `wire`, or a form part): its
/// `Display`, or for a date or date-time the format's text (which fails the call when
/// the value has none).
fn text(ty: &TypeRef, wire: &str, v: TokenStream) -> TokenStream {
    if ty.text_in_format() {
        quote!(__rt::formats::text(#wire, &#v)?)
    } else {
        quote!(#v.to_string())
    }
}

/// The texts of the items of array `v` (of `item`s), joined by commas.
fn join(item: &TypeRef, wire: &str, v: TokenStream) -> TokenStream {
    if item.text_in_format() {
        quote!(__rt::formats::join(#wire, #v.iter())?)
    } else {
        quote!(#v.iter().map(|item| item.to_string()).collect::<Vec<_>>().join(","))
    }
}

/// A value as JSON (for styles that walk arrays and objects, and `content` parameters),
/// through the runtime's `formats` when it holds values in one.
fn json_value(ty: &TypeRef, v: TokenStream) -> TokenStream {
    if ty.in_format() {
        quote!(__rt::to_json(&__rt::formats::As(&#v)))
    } else {
        quote!(__rt::to_json(&#v))
    }
}

/// A body argument as what `request.json` and `request.form` encode.
fn body_value(ty: &TypeRef) -> TokenStream {
    if ty.in_format() {
        quote!(&__rt::formats::As(body))
    } else {
        quote!(body)
    }
}
