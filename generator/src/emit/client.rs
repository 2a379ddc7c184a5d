//! Emits `client.rs`: the API's own `Client` with one async method per operation, and its
//! `ClientBuilder` with a credential setter per security scheme.
//!
//! Generated code is the thin typed edge of each call: it checks the arguments, puts them
//! on a request, and maps the response; sending, credentials and retries are the
//! runtime's, compiled once for all operations.

use super::models::value_check;
use super::{Scope, doc_attr, ident, rust_type};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::quote;

/// The `client` module.
pub fn client(api: &Api) -> TokenStream {
    let client_type = client_type(api);
    let builder = builder(api);
    let ops = api.operations.iter().map(operation);
    quote! {
        //! The API's client: one async method per operation.

        #client_type
        #builder

        impl Client {
            #(#ops)*
        }
    }
}

fn client_type(api: &Api) -> TokenStream {
    let doc = format!(
        " A client for {}.\n\n Build one with [`ClientBuilder`]. Each operation of the API is an async \
         method; the client's settings (base URL, [`Config`](crate::Config)) are read and changed \
         through the [`ApiClient`](crate::ApiClient) trait, so no operation name can clash with them. \
         Cheap to clone: clones share one connection pool, one set of credentials and one token cache.",
        api.title.replace('`', "'")
    );
    let doc = doc_attr(Some(doc.trim_start()));
    quote! {
        #doc
        #[derive(Clone, Debug)]
        pub struct Client {
            transport: crate::runtime::Client,
        }

        impl crate::runtime::ApiClient for Client {
            fn transport(&self) -> &crate::runtime::Client {
                &self.transport
            }

            fn from_transport(transport: crate::runtime::Client) -> Self {
                Client { transport }
            }
        }
    }
}

/// The builder: the runtime's settings, forwarded, and one setter per security scheme.
/// Its own method names are [`BUILDER_OWN_METHODS`]; the setters were named around them.
fn builder(api: &Api) -> TokenStream {
    let default_url = match api.servers.first().map(|s| s.url.as_str()) {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
            quote!(::std::option::Option::Some(#url))
        }
        _ => quote!(::std::option::Option::None),
    };
    let new_doc = match api.servers.first() {
        Some(s) => format!(
            " Starts configuring a client; the base URL defaults to `{}`.",
            s.url
        ),
        None => {
            " Starts configuring a client; the spec names no server, so set `base_url`.".to_string()
        }
    };
    let setters = api.security_schemes.iter().map(credential_setter);
    let logins = api.security_schemes.iter().filter_map(login_method);
    quote! {
        /// Configures a [`Client`]: base URL, credentials, retries and timeouts.
        #[derive(Debug)]
        pub struct ClientBuilder {
            inner: crate::runtime::ClientBuilder,
        }

        impl ::std::default::Default for ClientBuilder {
            fn default() -> Self {
                Self::new()
            }
        }

        impl ClientBuilder {
            #[doc = #new_doc]
            pub fn new() -> Self {
                ClientBuilder { inner: crate::runtime::ClientBuilder::new(#default_url) }
            }

            /// Sends requests to `url` instead of the spec's server, e.g. a test environment
            /// or a local mock. Operation paths are appended to it.
            pub fn base_url(self, url: impl ::std::convert::Into<::std::string::String>) -> Self {
                ClientBuilder { inner: self.inner.base_url(url) }
            }

            /// Sends OAuth2 token requests to `url` instead of the spec's token URLs.
            pub fn token_url(self, url: impl ::std::convert::Into<::std::string::String>) -> Self {
                ClientBuilder { inner: self.inner.token_url(url) }
            }

            /// Sends `token` as `Authorization: Bearer <token>` for every bearer-token scheme
            /// that has no credential of its own.
            pub fn bearer_token(self, token: impl ::std::convert::Into<crate::Secret>) -> Self {
                ClientBuilder { inner: self.inner.bearer_token(token) }
            }

            /// Uses `source` for the bearer-token scheme named `scheme` in the spec.
            pub fn token_source(
                self,
                scheme: impl ::std::convert::Into<::std::string::String>,
                source: impl crate::TokenSource + 'static,
            ) -> Self {
                ClientBuilder { inner: self.inner.token_source(scheme, source) }
            }

            /// Sets retries, timeouts and transport security; see [`Config`](crate::Config)
            /// for the defaults.
            pub fn config(self, config: crate::Config) -> Self {
                ClientBuilder { inner: self.inner.config(config) }
            }

            /// Uses a preconfigured `reqwest` client (proxies, TLS settings).
            pub fn http_client(self, client: ::reqwest::Client) -> Self {
                ClientBuilder { inner: self.inner.http_client(client) }
            }

            /// Uses `clock` for waits between retries and token expiry, e.g. a
            /// [`ManualClock`](crate::ManualClock) in tests.
            pub fn clock(self, clock: impl crate::Clock + 'static) -> Self {
                ClientBuilder { inner: self.inner.clock(clock) }
            }

            /// Builds the client.
            pub fn build(self) -> ::std::result::Result<Client, crate::BuildError> {
                self.inner.build().map(|transport| Client { transport })
            }

            #(#setters)*
            #(#logins)*
        }
    }
}

fn token_endpoint(flow: &OAuthFlow) -> TokenStream {
    let url = &flow.token_url;
    let scopes = &flow.scopes;
    quote!(crate::runtime::TokenEndpoint { token_url: #url, scopes: &[#(#scopes),*] })
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
    let (how, body, args) = match &scheme.kind {
        SchemeKind::Bearer {
            client_credentials: Some(flow),
            ..
        } => {
            let endpoint = token_endpoint(flow);
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
                quote!(self.inner.client_credentials(#name, #endpoint, client_id.into(), client_secret.into())),
                quote!(client_id: impl ::std::convert::Into<::std::string::String>, client_secret: impl ::std::convert::Into<crate::Secret>),
            )
        }
        SchemeKind::Bearer {
            authorization_code: Some(flow),
            ..
        } => {
            let endpoint = token_endpoint(flow);
            (
                format!(
                    "Pass the user's tokens from the OAuth2 authorization-code flow{}; with a refresh \
                     token the client renews the access token at `{}` when it expires or is rejected.",
                    match &scheme.login_fn {
                        Some(login) => format!(
                            " (e.g. from [`{}`](Self::{}))",
                            login.trim_start_matches("r#"),
                            login.trim_start_matches("r#")
                        ),
                        None => String::new(),
                    },
                    flow.token_url
                ),
                quote!(self.inner.user_tokens(#name, #endpoint, tokens)),
                quote!(tokens: crate::UserTokens),
            )
        }
        SchemeKind::Bearer { .. } => (
            "The token is sent as `Authorization: Bearer <token>`; for tokens that expire, use \
             `token_source` instead."
                .to_string(),
            quote!(self.inner.static_token(#name, token.into())),
            quote!(token: impl ::std::convert::Into<crate::Secret>),
        ),
        SchemeKind::Http { scheme: http } => (
            format!(
                "The client cannot compute `{http}` credentials itself: pass them (or a `TokenSource` \
                 through `token_source`) and they are sent as `Authorization: {http} <credentials>`."
            ),
            quote!(self.inner.static_token(#name, credentials.into())),
            quote!(credentials: impl ::std::convert::Into<crate::Secret>),
        ),
        SchemeKind::Basic => (
            "Sent as HTTP basic authentication.".to_string(),
            quote!(self.inner.basic_auth(#name, user.into(), password.into())),
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
                quote!(self.inner.api_key(#name, key.into())),
                quote!(key: impl ::std::convert::Into<crate::Secret>),
            )
        }
    };
    let docs = doc_attr(Some(&format!("{intro}\n\n{how}")));
    quote! {
        #docs
        pub fn #method(self, #args) -> Self {
            ClientBuilder { inner: #body }
        }
    }
}

/// A `ClientBuilder` method that starts a user's login for a scheme with an OAuth2
/// authorization-code flow; none for other schemes. The runtime's `Login` does the work.
fn login_method(scheme: &SecurityScheme) -> Option<TokenStream> {
    let SchemeKind::Bearer {
        authorization_code: Some(flow),
        ..
    } = &scheme.kind
    else {
        return None;
    };
    let method = ident(scheme.login_fn.as_deref()?);
    let authorize_url = flow.authorization_url.as_deref()?;
    let token_url = &flow.token_url;
    let scopes = &flow.scopes;
    let setter = scheme.builder_fn.trim_start_matches("r#");
    let pass_to = match &scheme.kind {
        SchemeKind::Bearer {
            client_credentials: Some(_),
            ..
        } => format!(
            "the [`UserTokens`](crate::UserTokens); this scheme also has a client-credentials \
             flow, which its setter [`{setter}`](Self::{setter}) runs, so the builder has no setter \
             for them"
        ),
        _ => {
            format!("the [`UserTokens`](crate::UserTokens) to pass to [`{setter}`](Self::{setter})")
        }
    };
    let asked = if scopes.is_empty() {
        "no scopes (the spec declares none)".to_string()
    } else {
        format!("the scopes `{}`", scopes.join(" "))
    };
    let docs = format!(
        "Starts a user's login for the `{name}` security scheme: the OAuth2 authorization-code \
         flow with PKCE, at `{authorize_url}` with the token URL `{token_url}`, asking for {asked} \
         (`scopes` on the login changes them).\n\n\
         `authorize_url()` on the login gives the URL to send the user's browser to, with a random \
         `state`, and a [`PendingLogin`](crate::PendingLogin) to keep until the browser comes back to \
         `redirect_uri`; its `exchange_redirect` checks the returned `state` and exchanges the code \
         for {pass_to}. The login follows this builder's `token_url`, `http_client` and `config` as set so far; \
         `authorization_endpoint` on the login replaces the authorization URL.",
        name = scheme.name,
    );
    let docs = doc_attr(Some(&docs));
    Some(quote! {
        #docs
        pub fn #method(
            &self,
            client_id: impl ::std::convert::Into<::std::string::String>,
            client_secret: ::std::option::Option<crate::Secret>,
            redirect_uri: impl ::std::convert::Into<::std::string::String>,
        ) -> crate::Login {
            self.inner.login(
                crate::runtime::AuthorizationEndpoint {
                    authorize_url: #authorize_url,
                    token_url: #token_url,
                    scopes: &[#(#scopes),*],
                },
                client_id.into(),
                client_secret,
                redirect_uri.into(),
            )
        }
    })
}

fn scheme_tokens(scheme: &SchemeUse) -> TokenStream {
    let name = &scheme.name;
    let kind = match &scheme.kind {
        SchemeKind::Basic => quote!(crate::runtime::SchemeKind::Basic),
        SchemeKind::Http { scheme } => {
            quote!(crate::runtime::SchemeKind::Http { scheme: #scheme })
        }
        SchemeKind::ApiKey { location, param } => {
            let loc = match location {
                ParamLocation::Query => quote!(crate::runtime::KeyLocation::Query),
                ParamLocation::Cookie => quote!(crate::runtime::KeyLocation::Cookie),
                _ => quote!(crate::runtime::KeyLocation::Header),
            };
            quote!(crate::runtime::SchemeKind::ApiKey { location: #loc, param: #param })
        }
        SchemeKind::Bearer { .. } => quote!(crate::runtime::SchemeKind::Bearer),
    };
    quote!(crate::runtime::Scheme { name: #name, kind: #kind })
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
        op.method.as_str(),
        op.path,
        op.id
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
                        .map(|s| format!("`{}`", s.name))
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

/// The checks run before anything is sent: path parameters, the parameter struct and
/// the body, each only when it has something to check.
fn checks(op: &Operation) -> Vec<TokenStream> {
    let mut checks = Vec::new();
    for p in &op.path_params {
        let name = ident(&p.name);
        let wire = &p.wire_name;
        if let Some(check) = value_check(&p.ty, &p.constraints, quote!(#wire), quote!(v)) {
            checks.push(quote! { { let v = &#name; #check } });
        }
    }
    if op.params_name.is_some()
        && op
            .params
            .iter()
            .any(|p| p.constraints.apply_to(&p.ty) || p.ty.validates())
    {
        checks.push(quote! { params.validate()?; });
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
            Some(check) => {
                checks.push(quote! { if let ::std::option::Option::Some(body) = body { #check } })
            }
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

fn operation(op: &Operation) -> TokenStream {
    let fn_name = ident(&op.fn_name);
    let error = ident(&op.error_name);
    let error_ty = quote!(crate::error::#error);
    let docs = method_docs(op);
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let id = &op.id;
    let path = &op.path;
    let method = ident(op.method.as_str());
    let security = op.security.iter().map(|alt| {
        let schemes = alt.iter().map(scheme_tokens);
        quote!(&[#(#schemes),*])
    });

    // Arguments: path parameters in path order, then the other parameters, then the body.
    let mut args = Vec::new();
    for p in &op.path_params {
        let name = ident(&p.name);
        let ty = path_arg_type(&p.ty);
        args.push(quote!(#name: #ty));
    }
    if let Some(params_name) = &op.params_name {
        let ty = ident(params_name);
        args.push(quote!(params: &crate::params::#ty));
    }
    if let Some(body) = &op.body {
        let ty = body_arg_type(body);
        args.push(quote!(body: #ty));
    }
    let checks = checks(op);
    let segments = segments(op);
    let mut statements: Vec<TokenStream> = op.params.iter().map(param_statement).collect();
    statements.extend(op.body.as_ref().map(body_statement));
    let binding = if statements.is_empty() {
        quote!(let request)
    } else {
        quote!(let mut request)
    };
    let decode = match &op.success {
        Success::Empty => quote!(crate::runtime::ResponseContent::decode_empty),
        Success::Json(_) => quote!(crate::runtime::ResponseContent::decode_json),
        Success::Text => quote!(crate::runtime::ResponseContent::decode_text),
        Success::Bytes => quote!(crate::runtime::ResponseContent::decode_bytes),
    };
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
            #(#checks)*
            #binding = self.transport.request(&OPERATION, &[#(#segments),*]);
            #(#statements)*
            self.transport
                .send(request)
                .await?
                .finish(#decode, #error_ty::from_response)
        }
    }
}

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

fn body_statement(b: &Body) -> TokenStream {
    let ct = &b.content_type;
    let put = match b.encoding {
        BodyEncoding::Json => quote!(request.json(#ct, body)?;),
        BodyEncoding::Form => quote!(request.form(#ct, body)?;),
        BodyEncoding::Bytes => quote!(request.bytes(#ct, body);),
        BodyEncoding::Text => quote!(request.bytes(#ct, body.as_bytes().to_vec());),
        BodyEncoding::Multipart => multipart_statement(b),
    };
    if b.required {
        put
    } else {
        quote! { if let ::std::option::Option::Some(body) = body { #put } }
    }
}

/// One part per property: a file part for binary fields, text for scalars, JSON for the rest.
fn multipart_statement(b: &Body) -> TokenStream {
    if b.parts.is_empty() {
        // No properties to walk at generation time: the runtime walks the JSON form.
        return quote! {
            request.multipart(crate::runtime::Multipart::from_json(&crate::runtime::to_json(body)));
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
                ty if ty.is_scalar() => quote!(form = form.text(#wire, #v.to_string());),
                _ => quote!(form = form.json(#wire, #v_ref)?;),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The builder's own methods are exactly the names the setters are kept off.
    #[test]
    #[allow(clippy::expect_used)] // A failure here is a bug in the emitter, shown as such.
    fn builder_own_methods_match_the_list_in_the_ir() {
        let api = Api {
            title: "t".into(),
            doc: None,
            version: "1".into(),
            servers: Vec::new(),
            security_schemes: Vec::new(),
            types: Vec::new(),
            operations: Vec::new(),
        };
        let file: syn::File = syn::parse2(builder(&api)).expect("the builder parses");
        let mut names = Vec::new();
        for item in file.items {
            if let syn::Item::Impl(imp) = item {
                if imp.trait_.is_none() {
                    for it in imp.items {
                        if let syn::ImplItem::Fn(f) = it {
                            names.push(f.sig.ident.to_string());
                        }
                    }
                }
            }
        }
        assert_eq!(names, BUILDER_OWN_METHODS);
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)] // A failure here is a bug in the generator, shown as such.
mod login_tests {
    use super::*;

    fn lowered(schemes: &str) -> Api {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths: {{}}\n\
             components:\n  securitySchemes:\n{schemes}"
        );
        let source = crate::load::Source {
            name: "t.yaml".into(),
            text,
        };
        let spec = crate::load::load(&source).expect("the spec loads");
        crate::lower::lower(&spec, false)
            .expect("the spec lowers")
            .api
    }

    #[test]
    fn authorization_code_flows_get_a_login_method_named_around_the_setters() {
        let api = lowered(
            "    user:\n      type: oauth2\n      flows:\n        authorizationCode:\n\
             \x20         authorizationUrl: https://login.example/authorize\n\
             \x20         tokenUrl: https://login.example/token\n\
             \x20         scopes: {read: Read., write: Write.}\n\
             \x20   user_login: {type: apiKey, in: header, name: X-Key}\n",
        );
        let user = api
            .security_schemes
            .iter()
            .find(|s| s.name == "user")
            .expect("the scheme is lowered");
        let SchemeKind::Bearer {
            authorization_code: Some(flow),
            ..
        } = &user.kind
        else {
            unreachable!("an authorization-code scheme");
        };
        assert_eq!(
            flow.authorization_url.as_deref(),
            Some("https://login.example/authorize")
        );
        assert_eq!(user.login_fn.as_deref(), Some("user_login_2"));
        let code = builder(&api).to_string();
        assert!(code.contains("pub fn user_login_2"), "{code}");
        assert!(
            code.contains("\"https://login.example/authorize\""),
            "{code}"
        );
        assert!(code.contains("\"read\" , \"write\""), "{code}");
    }

    #[test]
    fn specs_without_authorization_code_flows_get_no_login() {
        let api = lowered(
            "    app:\n      type: oauth2\n      flows:\n        clientCredentials:\n\
             \x20         tokenUrl: https://login.example/token\n\
             \x20         scopes: {}\n\
             \x20   bearer: {type: http, scheme: bearer}\n",
        );
        assert!(api.security_schemes.iter().all(|s| s.login_fn.is_none()));
        let code = client(&api).to_string();
        assert!(!code.contains("Login"), "{code}");
        assert!(!code.contains("AuthorizationEndpoint"), "{code}");
    }
}
