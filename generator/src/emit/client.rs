//! Emits `client.rs`: `Client::builder` and one async method per operation.

use super::models::value_check;
use super::{Scope, doc_attr, ident, is_struct, rust_type};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::quote;

/// The `client` module.
pub fn client(api: &Api) -> TokenStream {
    let default_url = match api.servers.first().map(|s| s.url.as_str()) {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
            quote!(::std::option::Option::Some(#url))
        }
        _ => quote!(::std::option::Option::None),
    };
    let builder_doc = match api.servers.first() {
        Some(s) => format!(
            " Starts configuring a client; the base URL defaults to `{}`.",
            s.url
        ),
        None => {
            " Starts configuring a client; the spec names no server, so set `base_url`.".to_string()
        }
    };
    let ops = api.operations.iter().map(|op| operation(api, op));
    let credential_setters = api.security_schemes.iter().map(credential_setter);
    quote! {
        //! The operations of the API, as methods of [`Client`](crate::Client).

        impl crate::Client {
            #[doc = #builder_doc]
            pub fn builder() -> crate::ClientBuilder {
                crate::Client::rt_builder(#default_url)
            }

            #(#ops)*
        }

        impl crate::ClientBuilder {
            #(#credential_setters)*
        }
    }
}

/// A `ClientBuilder` method that sets the credentials of one security scheme, shaped by
/// what the scheme needs: client credentials, a user's tokens, a token, a key or a password.
fn credential_setter(scheme: &SecurityScheme) -> TokenStream {
    let name = &scheme.name;
    let method = ident(&scheme.builder_fn);
    let intro = match &scheme.doc {
        Some(d) => format!("Credentials for the `{name}` security scheme: {d}"),
        None => format!("Credentials for the `{name}` security scheme."),
    };
    let endpoint = |flow: &OAuthFlow| {
        let url = &flow.token_url;
        let scopes = &flow.scopes;
        quote!(crate::runtime::TokenEndpoint { token_url: #url, scopes: &[#(#scopes),*] })
    };
    let (how, body, args) = match &scheme.kind {
        SchemeKind::Bearer {
            client_credentials: Some(flow),
            ..
        } => {
            let endpoint = endpoint(flow);
            let scopes = if flow.scopes.is_empty() {
                String::new()
            } else {
                format!(" with scopes `{}`", flow.scopes.join(" "))
            };
            (
                format!(
                    "The client runs the OAuth2 client-credentials flow at `{}`{scopes}: it fetches a \
                     token when first needed, caches it, fetches a new one shortly before it expires \
                     or after a 401, and sends one token request when many calls need a token at once.",
                    flow.token_url
                ),
                quote!(self.client_credentials_for(#name, #endpoint, client_id.into(), client_secret.into())),
                quote!(client_id: impl ::std::convert::Into<::std::string::String>, client_secret: impl ::std::convert::Into<crate::Secret>),
            )
        }
        SchemeKind::Bearer {
            authorization_code: Some(flow),
            ..
        } => {
            let endpoint = endpoint(flow);
            (
                format!(
                    "Pass the user's tokens from the OAuth2 authorization-code flow; with a refresh \
                     token the client renews the access token at `{}` when it expires or is rejected.",
                    flow.token_url
                ),
                quote!(self.user_tokens_for(#name, #endpoint, tokens)),
                quote!(tokens: crate::UserTokens),
            )
        }
        SchemeKind::Bearer { .. } => (
            "The token is sent as `Authorization: Bearer <token>`; for tokens that expire, use \
             `token_source` instead."
                .to_string(),
            quote!(self.static_token_for(#name, token.into())),
            quote!(token: impl ::std::convert::Into<crate::Secret>),
        ),
        SchemeKind::Http { scheme: http } => (
            format!(
                "The client cannot compute `{http}` credentials itself: pass them (or a `TokenSource` \
                 through `token_source`) and they are sent as `Authorization: {http} <credentials>`."
            ),
            quote!(self.static_token_for(#name, credentials.into())),
            quote!(credentials: impl ::std::convert::Into<crate::Secret>),
        ),
        SchemeKind::Basic => (
            "Sent as HTTP basic authentication.".to_string(),
            quote!(self.basic_auth(#name, user, password)),
            quote!(user: impl ::std::convert::Into<::std::string::String>, password: impl ::std::convert::Into<crate::Secret>),
        ),
        SchemeKind::ApiKey { location, param } => {
            let place = match location {
                ParamLocation::Query => "query parameter",
                ParamLocation::Cookie => "cookie",
                _ => "header",
            };
            (
                format!("The key is sent as {place} `{param}`."),
                quote!(self.api_key(#name, key)),
                quote!(key: impl ::std::convert::Into<crate::Secret>),
            )
        }
    };
    let docs = doc_attr(Some(&format!("{intro}\n\n{how}")));
    quote! {
        #docs
        pub fn #method(self, #args) -> Self {
            #body
        }
    }
}

fn scheme_tokens(api: &Api, name: &str) -> TokenStream {
    let kind = match api
        .security_schemes
        .iter()
        .find(|s| s.name == name)
        .map(|s| &s.kind)
    {
        Some(SchemeKind::Basic) => quote!(crate::runtime::SchemeKind::Basic),
        Some(SchemeKind::Http { scheme }) => {
            quote!(crate::runtime::SchemeKind::Http { scheme: #scheme })
        }
        Some(SchemeKind::ApiKey { location, param }) => {
            let loc = match location {
                ParamLocation::Query => quote!(crate::runtime::KeyLocation::Query),
                ParamLocation::Cookie => quote!(crate::runtime::KeyLocation::Cookie),
                _ => quote!(crate::runtime::KeyLocation::Header),
            };
            quote!(crate::runtime::SchemeKind::ApiKey { location: #loc, param: #param })
        }
        _ => quote!(crate::runtime::SchemeKind::Bearer),
    };
    quote!(crate::runtime::Scheme { name: #name, kind: #kind })
}

/// Scalars, string enums and arrays of them: values the generated code renders directly.
/// Anything else is serialized through JSON by the runtime, by its `style`.
fn is_simple(api: &Api, ty: &TypeRef) -> bool {
    let scalar = |t: &TypeRef| match t {
        TypeRef::String
        | TypeRef::Bool
        | TypeRef::I32
        | TypeRef::I64
        | TypeRef::F32
        | TypeRef::F64 => true,
        TypeRef::Named(n) => api
            .types
            .iter()
            .any(|t| t.name == *n && matches!(t.kind, TypeKind::Enum(_))),
        _ => false,
    };
    match ty {
        TypeRef::Vec(inner) => scalar(inner),
        other => scalar(other),
    }
}

fn style_tokens(style: ParamStyle) -> TokenStream {
    let variant = ident(match style {
        ParamStyle::Form => "Form",
        ParamStyle::SpaceDelimited => "SpaceDelimited",
        ParamStyle::PipeDelimited => "PipeDelimited",
        ParamStyle::DeepObject => "DeepObject",
        ParamStyle::Simple => "Simple",
        ParamStyle::Label => "Label",
        ParamStyle::Matrix => "Matrix",
    });
    quote!(crate::runtime::Style::#variant)
}

/// The argument type of a path parameter: borrowed for strings and named types.
fn path_arg_type(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(&str),
        TypeRef::Vec(inner) => {
            let inner = rust_type(inner, Scope::Elsewhere);
            quote!(&[#inner])
        }
        TypeRef::Named(_) => {
            let ty = rust_type(ty, Scope::Elsewhere);
            quote!(&#ty)
        }
        other => rust_type(other, Scope::Elsewhere),
    }
}

/// The argument type of a request body.
fn body_arg_type(body: &Body) -> TokenStream {
    let ty = match (&body.encoding, &body.ty) {
        (BodyEncoding::Bytes, _) => quote!(::std::vec::Vec<u8>),
        (_, TypeRef::String) => quote!(&str),
        (_, TypeRef::Vec(inner)) => {
            let inner = rust_type(inner, Scope::Elsewhere);
            quote!(&[#inner])
        }
        (_, ty) => {
            let ty = rust_type(ty, Scope::Elsewhere);
            quote!(&#ty)
        }
    };
    if body.required {
        ty
    } else {
        quote!(::std::option::Option<#ty>)
    }
}

/// An expression that renders a value (given by reference) as a parameter string.
fn to_param_string(ty: &TypeRef, v: TokenStream) -> TokenStream {
    match ty {
        TypeRef::Vec(_) => quote! {
            &#v.iter().map(|item| item.to_string()).collect::<::std::vec::Vec<_>>().join(",")
        },
        _ => quote!(&#v.to_string()),
    }
}

fn success_type(s: &Success) -> TokenStream {
    match s {
        Success::Empty => quote!(()),
        Success::Json(ty) => rust_type(ty, Scope::Elsewhere),
        Success::Text => quote!(::std::string::String),
        Success::Bytes => quote!(crate::Bytes),
    }
}

fn method_docs(op: &Operation) -> TokenStream {
    let mut text = op
        .doc
        .clone()
        .unwrap_or_else(|| format!("Calls `{}`.", op.id));
    text.push_str(&format!(
        "\n\n`{} {}` (operation `{}`).",
        op.method, op.path, op.id
    ));
    if !op.security.is_empty() {
        let alts: Vec<String> = op
            .security
            .iter()
            .map(|alt| {
                if alt.is_empty() {
                    "none".to_string()
                } else {
                    alt.iter()
                        .map(|s| format!("`{s}`"))
                        .collect::<Vec<_>>()
                        .join(" + ")
                }
            })
            .collect();
        text.push_str(&format!("\n\nCredentials: {}.", alts.join(" or ")));
    }
    text.push_str(&format!(
        "\n\n# Errors\n\n[`Error::Api`](crate::Error::Api) with [`{0}`](crate::error::{0}) when the server answers with an error status; \
         the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, \
         the transport fails or the response does not match the spec.",
        op.error_name
    ));
    doc_attr(Some(&text))
}

fn operation(api: &Api, op: &Operation) -> TokenStream {
    let fn_name = ident(&op.fn_name);
    let error = ident(&op.error_name);
    let error_ty = quote!(crate::error::#error);
    let docs = method_docs(op);
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let id = &op.id;
    let path = &op.path;
    let method = ident(&op.method);
    let security = op.security.iter().map(|alt| {
        let schemes = alt.iter().map(|s| scheme_tokens(api, s));
        quote!(&[#(#schemes),*])
    });

    // Arguments: path parameters in path order, then the other parameters, then the body.
    let mut args = Vec::new();
    let mut checks = Vec::new();
    for p in &op.path_params {
        let name = ident(&p.name);
        let ty = path_arg_type(&p.ty);
        args.push(quote!(#name: #ty));
        let wire = &p.wire_name;
        if let Some(check) = value_check(api, &p.ty, &p.constraints, quote!(#wire), quote!(v)) {
            checks.push(quote! { { let v = &#name; #check } });
        }
    }
    if let Some(params_name) = &op.params_name {
        let ty = ident(params_name);
        args.push(quote!(params: &crate::params::#ty));
        checks.push(quote! { params.validate()?; });
    }
    if let Some(body) = &op.body {
        let ty = body_arg_type(body);
        args.push(quote!(body: #ty));
        if is_struct(api, &body.ty) {
            checks.push(if body.required {
                quote! { body.validate().map_err(|e| e.within("body"))?; }
            } else {
                quote! { if let ::std::option::Option::Some(body) = body { body.validate().map_err(|e| e.within("body"))?; } }
            });
        } else if let TypeRef::Vec(inner) = &body.ty {
            if is_struct(api, inner) && body.required {
                checks.push(quote! {
                    for (i, item) in body.iter().enumerate() {
                        item.validate().map_err(|e| e.within(&format!("body[{i}]")))?;
                    }
                });
            }
        }
    }

    let segments = op.segments.iter().map(|s| match s {
        Segment::Literal(text) => quote!(#text),
        Segment::Template { format, params } => {
            let value = |p: &String| -> TokenStream {
                let name = ident(p);
                match op.path_params.iter().find(|pp| pp.name == *p) {
                    Some(pp) if pp.style != ParamStyle::Simple || !is_simple(api, &pp.ty) => {
                        let wire = &pp.wire_name;
                        let style = style_tokens(pp.style);
                        let explode = pp.explode;
                        quote!(crate::runtime::path_value(#wire, &crate::runtime::to_json(&#name), #style, #explode))
                    }
                    Some(pp) if matches!(pp.ty, TypeRef::Vec(_)) => {
                        quote!(#name.iter().map(|item| item.to_string()).collect::<::std::vec::Vec<_>>().join(","))
                    }
                    Some(pp) if pp.ty == TypeRef::String => quote!(#name),
                    _ => quote!(#name.to_string()),
                }
            };
            match (format.as_str(), params.as_slice()) {
                // A whole segment that is one parameter needs no format string.
                ("{}", [p]) => {
                    let v = value(p);
                    // A `&str` argument is already a reference; everything else is a
                    // temporary `String`.
                    match op.path_params.iter().find(|pp| pp.name == *p) {
                        Some(pp) if pp.ty == TypeRef::String && pp.style == ParamStyle::Simple => v,
                        _ => quote!(&#v),
                    }
                }
                _ => {
                    let values = params.iter().map(value);
                    quote!(&format!(#format, #(#values),*))
                }
            }
        }
    });

    let params = op.params.iter().map(|p| param_statement(api, p));
    let body_statement = op.body.as_ref().map(|b| body_statement(api, b, &error_ty));
    // All checks run before anything is sent; one closure keeps `?` on a single error type.
    let validate = (!checks.is_empty()).then(|| {
        quote! {
            let check = || -> ::std::result::Result<(), crate::InvalidRequest> {
                #(#checks)*
                ::std::result::Result::Ok(())
            };
            check().map_err(crate::Error::<#error_ty>::InvalidRequest)?;
        }
    });
    let decode = match &op.success {
        Success::Empty => quote!(response.decode_empty()),
        Success::Json(_) => quote!(response.decode()),
        Success::Text => quote!(response.decode_text()),
        Success::Bytes => quote!(response.decode_bytes()),
    };
    let error_arms = op.errors.iter().map(|case| {
        let v = ident(&case.variant);
        let pattern = match case.status {
            StatusMatch::Code(c) => {
                let c = proc_macro2::Literal::u16_unsuffixed(c);
                quote!(#c)
            }
            StatusMatch::Range(r) => {
                let (lo, hi) = (
                    proc_macro2::Literal::u16_unsuffixed(r * 100),
                    proc_macro2::Literal::u16_unsuffixed(r * 100 + 99),
                );
                quote!(#lo..=#hi)
            }
        };
        let payload = if case.body.is_some() {
            quote!(response.typed())
        } else {
            quote!(response)
        };
        quote!(#pattern => ::std::result::Result::Err(crate::Error::Api(#error_ty::#v(#payload))),)
    });
    let body_ty = success_type(&op.success);
    let ok = quote!(crate::Response<#body_ty>);
    quote! {
        #docs
        #deprecated
        pub async fn #fn_name(&self, #(#args),*) -> ::std::result::Result<#ok, crate::Error<#error_ty>> {
            static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
                id: #id,
                method: crate::runtime::Method::#method,
                path: #path,
                security: &[#(#security),*],
            };
            #validate
            #[allow(unused_mut)]
            let mut request = self.rt_request::<#error_ty>(&OPERATION, &[#(#segments),*]);
            #(#params)*
            #body_statement
            let response = self.rt_send(request).await?;
            match response.status().as_u16() {
                200..=299 => #decode,
                #(#error_arms)*
                _ => ::std::result::Result::Err(crate::Error::Api(#error_ty::UnexpectedStatus(response))),
            }
        }
    }
}

fn param_statement(api: &Api, p: &Param) -> TokenStream {
    let field = ident(&p.name);
    let wire = &p.wire_name;
    let direct = is_simple(api, &p.ty)
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
        if !direct {
            // Objects, maps and delimited styles: the runtime walks the JSON form.
            let style = style_tokens(p.style);
            let explode = p.explode;
            return match p.location {
                ParamLocation::Query => {
                    quote!(request.query_value(#wire, &crate::runtime::to_json(&#v), #style, #explode);)
                }
                _ => put(
                    quote!(&crate::runtime::simple_value(&crate::runtime::to_json(&#v), #explode)),
                ),
            };
        }
        if exploded_query {
            let one = put(quote!(&item.to_string()));
            quote! { for item in #v.iter() { #one } }
        } else {
            put(to_param_string(&p.ty, v))
        }
    };
    if p.required {
        emit_value(quote!(params.#field))
    } else {
        let inner = emit_value(quote!(value));
        quote! { if let ::std::option::Option::Some(value) = &params.#field { #inner } }
    }
}

fn body_statement(api: &Api, b: &Body, error_ty: &TokenStream) -> TokenStream {
    let ct = &b.content_type;
    let put = match b.encoding {
        BodyEncoding::Json => quote!(request.json(#ct, body)?;),
        BodyEncoding::Form => quote!(request.form(#ct, body)?;),
        BodyEncoding::Bytes => quote!(request.bytes(#ct, body);),
        BodyEncoding::Text => quote!(request.bytes(#ct, body.as_bytes().to_vec());),
        BodyEncoding::Multipart => multipart_statement(api, b, error_ty),
    };
    if b.required {
        put
    } else {
        quote! { if let ::std::option::Option::Some(body) = body { #put } }
    }
}

/// One part per property: text for scalars, a file part for bytes, JSON for the rest.
fn multipart_statement(api: &Api, b: &Body, error_ty: &TokenStream) -> TokenStream {
    let fields = match &b.ty {
        TypeRef::Named(n) => api
            .types
            .iter()
            .find(|t| t.name == *n)
            .and_then(|t| match &t.kind {
                TypeKind::Struct(s) => Some(s.fields.clone()),
                _ => None,
            }),
        _ => None,
    }
    .unwrap_or_default();
    if !is_struct(api, &b.ty) {
        // No properties to walk at generation time: the runtime walks the JSON form.
        return quote! {
            request.multipart(crate::runtime::Multipart::from_json(&crate::runtime::to_json(body)));
        };
    }
    let parts = fields.iter().map(|f| {
        let name = ident(&f.name);
        let wire = &f.wire_name;
        // `v` is a place (`body.x`) when `place`, else already a reference.
        let add = |v: TokenStream, place: bool| -> TokenStream {
            let v_ref = if place { quote!(&#v) } else { v.clone() };
            match &f.ty {
                TypeRef::Bytes => quote!(form = form.bytes(#wire, #v.clone());),
                TypeRef::String | TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 => {
                    quote!(form = form.text(#wire, #v.to_string());)
                }
                // String enums print as their wire value; other named types go as JSON.
                TypeRef::Named(_) if is_simple(api, &f.ty) => quote!(form = form.text(#wire, #v.to_string());),
                _ => quote!(form = form.json(#wire, #v_ref).map_err(crate::Error::<#error_ty>::InvalidRequest)?;),
            }
        };
        let inner = add(quote!(value), false);
        match (f.required, f.nullable) {
            (true, false) => add(quote!(body.#name), true),
            // A `null` part has no form: absent and null both send nothing.
            (false, true) => quote! {
                if let ::std::option::Option::Some(::std::option::Option::Some(value)) = &body.#name { #inner }
            },
            _ => quote! { if let ::std::option::Option::Some(value) = &body.#name { #inner } },
        }
    });
    quote! {
        let mut form = crate::runtime::Multipart::new();
        #(#parts)*
        request.multipart(form);
    }
}
