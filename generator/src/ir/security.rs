//! Security schemes, their OAuth2 flows, and what an operation requires of them.

use super::*;

/// How one security scheme puts credentials on a request.
#[derive(Clone, Debug, PartialEq)]
pub struct SecurityScheme {
    /// The name under `components/securitySchemes`.
    pub name: String,
    /// Its description.
    pub doc: Option<String>,
    /// What the scheme sends.
    pub kind: SchemeKind,
    /// The `ClientBuilder` method that sets credentials for this scheme.
    pub builder_fn: RustName,
    /// The `ClientBuilder` method that starts a user's login, for schemes with an OAuth2
    /// authorization-code flow.
    pub login_fn: Option<RustName>,
}

/// An OAuth2 flow's endpoints and the scopes the spec declares for it.
#[derive(Clone, Debug, PartialEq)]
pub struct OAuthFlow {
    /// `authorizationUrl`, for the authorization-code flow (where the user logs in).
    pub authorization_url: Option<String>,
    /// `tokenUrl`.
    pub token_url: String,
    /// Scope names in spec order.
    pub scopes: Vec<String>,
}

/// The kinds of credentials the client knows how to send.
#[derive(Clone, Debug, PartialEq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>`: http bearer, oauth2 and openIdConnect.
    Bearer {
        /// The OAuth2 client-credentials flow, which the client runs itself.
        client_credentials: Option<OAuthFlow>,
        /// The OAuth2 authorization-code flow: the generated login gets the user's tokens,
        /// or the caller brings them, and the client refreshes them here.
        authorization_code: Option<OAuthFlow>,
    },
    /// `Authorization: Basic ...`.
    Basic,
    /// Another HTTP scheme (`digest`, `oauth`, ...): `Authorization: <scheme> <credentials>`
    /// with credentials the caller computes.
    Http {
        /// The scheme name as the spec writes it.
        scheme: String,
    },
    /// An API key in a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ParamLocation,
        /// The header, query or cookie name.
        param: String,
    },
}

/// One scheme of a security requirement, with what it sends.
#[derive(Clone, Debug, PartialEq)]
pub struct SchemeUse {
    /// The name under `components/securitySchemes`.
    pub name: String,
    /// What the scheme sends.
    pub kind: SchemeKind,
    /// The `ClientBuilder` method that sets its credentials, which the operation's docs
    /// link to.
    pub builder_fn: RustName,
}
