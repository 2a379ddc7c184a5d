//! Emits the generated `ClientBuilder`: the runtime's settings, forwarded, a credential
//! setter per security scheme, and a login method per authorization-code flow.

use super::{Docs, ident};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::quote;

/// The builder: the runtime's settings, forwarded, and one setter per security scheme.
/// Its own method names are [`BUILDER_OWN_METHODS`]; the setters were named around them.
pub(super) fn builder(api: &Api, docs: &mut Docs) -> TokenStream {
    let new = new_method(api);
    let settings = forwarded_settings(bearer_token_method(api));
    let setters: Vec<TokenStream> = api
        .security_schemes
        .iter()
        .map(|s| credential_setter(s, docs))
        .collect();
    let logins: Vec<TokenStream> = api
        .security_schemes
        .iter()
        .filter_map(|s| login_method(s, docs))
        .collect();
    quote! {
        /// Configures a [`Client`]: base URL, credentials, retries and timeouts.
        #[derive(Debug)]
        pub struct ClientBuilder {
            inner: __rt::ClientBuilder,
        }

        impl ::std::default::Default for ClientBuilder {
            fn default() -> Self {
                Self::new()
            }
        }

        impl ClientBuilder {
            #new
            #settings
            #(#setters)*
            #(#logins)*
        }
    }
}

/// `ClientBuilder::new`, whose base URL defaults to the spec's first server when that
/// URL names a host.
fn new_method(api: &Api) -> TokenStream {
    let default_url = match api.servers.first().map(|s| s.url.as_str()) {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
            quote!(Some(#url))
        }
        _ => quote!(None),
    };
    let new_doc = match api.servers.first() {
        Some(s) if s.url.starts_with("http://") || s.url.starts_with("https://") => format!(
            " Starts configuring a client; the base URL defaults to `{}`.",
            s.url
        ),
        // A relative URL (`/v1.56`, a Swagger `basePath` without `host`) names no host.
        Some(s) => format!(
            " Starts configuring a client. The spec's server URL `{}` is relative, so there is \
             no default: set `base_url` to the server's address (with that path).",
            s.url
        ),
        None => {
            " Starts configuring a client; the spec names no server, so set `base_url`.".to_string()
        }
    };
    quote! {
        #[doc = #new_doc]
        pub fn new() -> Self {
            ClientBuilder { inner: __rt::ClientBuilder::new(#default_url) }
        }
    }
}

/// `bearer_token`, whose meaning depends on whether the spec declares a bearer scheme.
fn bearer_token_method(api: &Api) -> TokenStream {
    let has_bearer_scheme = api
        .security_schemes
        .iter()
        .any(|s| matches!(s.kind, SchemeKind::Bearer { .. }));
    // Without a bearer scheme in the spec, a bearer token would apply to nothing: it is
    // sent on every request instead, where an operation's own credentials do not replace
    // it (many APIs authenticate without declaring how).
    if has_bearer_scheme {
        quote! {
            /// Sends `token` as `Authorization: Bearer <token>` for every bearer-token scheme
            /// that has no credential of its own.
            pub fn bearer_token(self, token: impl Into<crate::Secret>) -> Self {
                ClientBuilder { inner: self.inner.bearer_token(token) }
            }
        }
    } else {
        quote! {
            /// Sends `token` as `Authorization: Bearer <token>` on every request. The spec
            /// declares no bearer-token scheme, so nothing says which operations need it:
            /// it goes on all of them (only over https or to loopback), and credentials of
            /// a scheme an operation declares replace it.
            pub fn bearer_token(self, token: impl Into<crate::Secret>) -> Self {
                let token: crate::Secret = token.into();
                let value = crate::Secret::new(::std::format!("Bearer {}", token.expose()));
                ClientBuilder { inner: self.inner.credential_header("authorization", value) }
            }
        }
    }
}

/// The runtime builder's settings, forwarded; `bearer_token` is the one the spec shapes.
fn forwarded_settings(bearer_token: TokenStream) -> TokenStream {
    quote! {
        /// Sends requests to `url` instead of the spec's server, e.g. a test environment
        /// or a local mock. Operation paths are appended to it.
        pub fn base_url(self, url: impl Into<String>) -> Self {
            ClientBuilder { inner: self.inner.base_url(url) }
        }

        /// Sends OAuth2 token requests to `url` instead of the spec's token URLs.
        pub fn token_url(self, url: impl Into<String>) -> Self {
            ClientBuilder { inner: self.inner.token_url(url) }
        }

        #bearer_token

        /// Uses `source` for the bearer-token scheme named `scheme` in the spec.
        pub fn token_source(
            self,
            scheme: impl Into<String>,
            source: impl crate::TokenSource + 'static,
        ) -> Self {
            ClientBuilder { inner: self.inner.token_source(scheme, source) }
        }

        /// Sends header `name: value` on every request, unless the operation sets that
        /// header itself. A name or value that is not valid in a header fails `build`.
        pub fn default_header(self, name: impl ::std::convert::AsRef<str>, value: impl ::std::convert::AsRef<str>) -> Self {
            ClientBuilder { inner: self.inner.default_header(name, value) }
        }

        /// Sends a credential in header `name` on every request (`X-API-Key: <key>`,
        /// `Authorization: Token <key>`), for an API that authenticates in a way the spec
        /// does not declare. The value never shows in `Debug` output or logs, is sent only
        /// over https or to loopback, and credentials of a scheme an operation declares
        /// replace it.
        pub fn credential_header(self, name: impl ::std::convert::AsRef<str>, value: impl Into<crate::Secret>) -> Self {
            ClientBuilder { inner: self.inner.credential_header(name, value) }
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
        pub fn build(self) -> Result<Client, crate::BuildError> {
            self.inner.build().map(|transport| Client { transport })
        }
    }
}

fn token_endpoint(flow: &OAuthFlow) -> TokenStream {
    let url = &flow.token_url;
    let scopes = &flow.scopes;
    quote!(__rt::TokenEndpoint { token_url: #url, scopes: &[#(#scopes),*] })
}

/// A `ClientBuilder` method that sets the credentials of one security scheme, shaped by
/// what the scheme needs: client credentials, a user's tokens, a token, a key or a password.
fn credential_setter(scheme: &SecurityScheme, docs: &mut Docs) -> TokenStream {
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
                quote!(client_id: impl Into<String>, client_secret: impl Into<crate::Secret>),
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
                        Some(login) =>
                            format!(" (e.g. from [`{}`](Self::{}))", login.bare(), login.bare()),
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
            quote!(token: impl Into<crate::Secret>),
        ),
        SchemeKind::Http { scheme: http } => (
            format!(
                "The client cannot compute `{http}` credentials itself: pass them (or a `TokenSource` \
                 through `token_source`) and they are sent as `Authorization: {http} <credentials>`."
            ),
            quote!(self.inner.static_token(#name, credentials.into())),
            quote!(credentials: impl Into<crate::Secret>),
        ),
        SchemeKind::Basic => (
            "Sent as HTTP basic authentication.".to_string(),
            quote!(self.inner.basic_auth(#name, user.into(), password.into())),
            quote!(user: impl Into<String>, password: impl Into<crate::Secret>),
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
                quote!(key: impl Into<crate::Secret>),
            )
        }
    };
    let docs = docs.attr(Some(&format!("{intro}\n\n{how}")));
    quote! {
        #docs
        pub fn #method(self, #args) -> Self {
            ClientBuilder { inner: #body }
        }
    }
}

/// A `ClientBuilder` method that starts a user's login for a scheme with an OAuth2
/// authorization-code flow; none for other schemes. The runtime's `Login` does the work.
fn login_method(scheme: &SecurityScheme, docs_out: &mut Docs) -> Option<TokenStream> {
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
    let setter = scheme.builder_fn.bare();
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
    let docs = docs_out.attr(Some(&docs));
    Some(quote! {
        #docs
        pub fn #method(
            &self,
            client_id: impl Into<String>,
            client_secret: Option<crate::Secret>,
            redirect_uri: impl Into<String>,
        ) -> crate::Login {
            self.inner.login(
                __rt::AuthorizationEndpoint {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The builder's own methods are exactly the names the setters are kept off.
    #[test]
    #[allow(clippy::expect_used)] // A failure here is a bug in the emitter, shown as such.
    fn builder_own_methods_match_the_list_in_the_ir() {
        let names = super::super::inherent_fns(builder(&Api::default(), &mut Docs::inline()));
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
        crate::lower::lower(&spec, Default::default())
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
        let code = builder(&api, &mut Docs::inline()).to_string();
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
        let code = builder(&api, &mut Docs::inline()).to_string();
        assert!(!code.contains("Login"), "{code}");
        assert!(!code.contains("AuthorizationEndpoint"), "{code}");
    }
}
