// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The API's client: one async method per operation.
/// A client for Connect/ConnectID API.
///
///  Build one with [`ClientBuilder`]. Each operation of the API is an async method; the client's settings (base URL, [`Config`](crate::Config)) are read and changed through the [`ApiClient`](crate::ApiClient) trait, so no operation name can clash with them. Cheap to clone: clones share one connection pool, one set of credentials and one token cache.
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
    /// Starts configuring a client; the base URL defaults to `https://api.mediaconnect.no/capi`.
    pub fn new() -> Self {
        ClientBuilder {
            inner: crate::runtime::ClientBuilder::new(
                ::std::option::Option::Some("https://api.mediaconnect.no/capi"),
            ),
        }
    }
    /// Sends requests to `url` instead of the spec's server, e.g. a test environment
    /// or a local mock. Operation paths are appended to it.
    pub fn base_url(
        self,
        url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.base_url(url),
        }
    }
    /// Sends OAuth2 token requests to `url` instead of the spec's token URLs.
    pub fn token_url(
        self,
        url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.token_url(url),
        }
    }
    /// Sends `token` as `Authorization: Bearer <token>` for every bearer-token scheme
    /// that has no credential of its own.
    pub fn bearer_token(self, token: impl ::std::convert::Into<crate::Secret>) -> Self {
        ClientBuilder {
            inner: self.inner.bearer_token(token),
        }
    }
    /// Uses `source` for the bearer-token scheme named `scheme` in the spec.
    pub fn token_source(
        self,
        scheme: impl ::std::convert::Into<::std::string::String>,
        source: impl crate::TokenSource + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.token_source(scheme, source),
        }
    }
    /// Sets retries, timeouts and transport security; see [`Config`](crate::Config)
    /// for the defaults.
    pub fn config(self, config: crate::Config) -> Self {
        ClientBuilder {
            inner: self.inner.config(config),
        }
    }
    /// Uses a preconfigured `reqwest` client (proxies, TLS settings).
    pub fn http_client(self, client: ::reqwest::Client) -> Self {
        ClientBuilder {
            inner: self.inner.http_client(client),
        }
    }
    /// Uses `clock` for waits between retries and token expiry, e.g. a
    /// [`ManualClock`](crate::ManualClock) in tests.
    pub fn clock(self, clock: impl crate::Clock + 'static) -> Self {
        ClientBuilder {
            inner: self.inner.clock(clock),
        }
    }
    /// Builds the client.
    pub fn build(self) -> ::std::result::Result<Client, crate::BuildError> {
        self.inner.build().map(|transport| Client { transport })
    }
    /// Credentials for the `Client_Credentials` security scheme: Client mode: only the client application is authenticated, no end user is involved.
    /// The access token is sent as `Authorization: Bearer <token>`.
    ///
    /// The client runs the OAuth2 client-credentials flow at `https://connectid.no/user/oauth/token` with scopes `read`: it fetches a token when first needed, caches it, fetches a new one shortly before it expires or after a 401, and sends one token request when many calls need a token at once.
    pub fn client_credentials(
        self,
        client_id: impl ::std::convert::Into<::std::string::String>,
        client_secret: impl ::std::convert::Into<crate::Secret>,
    ) -> Self {
        ClientBuilder {
            inner: self
                .inner
                .client_credentials(
                    "Client_Credentials",
                    crate::runtime::TokenEndpoint {
                        token_url: "https://connectid.no/user/oauth/token",
                        scopes: &["read"],
                    },
                    client_id.into(),
                    client_secret.into(),
                ),
        }
    }
    /// Credentials for the `Authorization_Code` security scheme: User mode: the end user must be logged in; the client acts with a token obtained on
    /// the user's behalf. The access token is sent as `Authorization: Bearer <token>`.
    ///
    /// Pass the user's tokens from the OAuth2 authorization-code flow (e.g. from [`authorization_code_login`](Self::authorization_code_login)); with a refresh token the client renews the access token at `https://connectid.no/user/oauth/token` when it expires or is rejected.
    pub fn authorization_code(self, tokens: crate::UserTokens) -> Self {
        ClientBuilder {
            inner: self
                .inner
                .user_tokens(
                    "Authorization_Code",
                    crate::runtime::TokenEndpoint {
                        token_url: "https://connectid.no/user/oauth/token",
                        scopes: &[],
                    },
                    tokens,
                ),
        }
    }
    /// Starts a user's login for the `Authorization_Code` security scheme: the OAuth2 authorization-code flow with PKCE, at `https://connectid.no/user/oauth/authorize` with the token URL `https://connectid.no/user/oauth/token`, asking for no scopes (the spec declares none) (`scopes` on the login changes them).
    ///
    /// `authorize_url()` on the login gives the URL to send the user's browser to, with a random `state`, and a [`PendingLogin`](crate::PendingLogin) to keep until the browser comes back to `redirect_uri`; its `exchange_redirect` checks the returned `state` and exchanges the code for the [`UserTokens`](crate::UserTokens) to pass to [`authorization_code`](Self::authorization_code). The login follows this builder's `token_url`, `http_client` and `config` as set so far; `authorization_endpoint` on the login replaces the authorization URL.
    pub fn authorization_code_login(
        &self,
        client_id: impl ::std::convert::Into<::std::string::String>,
        client_secret: ::std::option::Option<crate::Secret>,
        redirect_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> crate::Login {
        self.inner
            .login(
                crate::runtime::AuthorizationEndpoint {
                    authorize_url: "https://connectid.no/user/oauth/authorize",
                    token_url: "https://connectid.no/user/oauth/token",
                    scopes: &[],
                },
                client_id.into(),
                client_secret,
                redirect_uri.into(),
            )
    }
}
impl Client {
    /// Decline share - client mode
    ///
    /// Declines a subscription share invitation on behalf of the recipient, who does not
    /// need to be logged in: only the client application authenticates (client mode).
    ///
    /// NB: `changeType` in the request has to be `DECLINE`.
    ///
    /// `PATCH /v1/client/subscription/share/invitation` (operation `declineShareClientMode`).
    ///
    /// Credentials: `Client_Credentials`.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`DeclineShareClientModeError`](crate::error::DeclineShareClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub async fn decline_share_client_mode(
        &self,
        body: &crate::models::DeclineShareRequest,
    ) -> ::std::result::Result<
        crate::Response<crate::models::DeclineShareResponse>,
        crate::Error<crate::error::DeclineShareClientModeError>,
    > {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "declineShareClientMode",
            method: crate::runtime::Method::PATCH,
            path: "/v1/client/subscription/share/invitation",
            security: &[
                &[
                    crate::runtime::Scheme {
                        name: "Client_Credentials",
                        kind: crate::runtime::SchemeKind::Bearer,
                    },
                ],
            ],
        };
        body.validate().map_err(|e| e.within("body"))?;
        let mut request = self
            .transport
            .request(
                &OPERATION,
                &["v1", "client", "subscription", "share", "invitation"],
            );
        request.json("application/json", body)?;
        self.transport
            .send(request)
            .await?
            .finish(
                crate::runtime::ResponseContent::decode_json,
                crate::error::DeclineShareClientModeError::from_response,
            )
    }
    /// Send subscription share invitation
    ///
    /// Starts sharing a subscription by sending a share request to the recipient. The end
    /// user must be logged in (user mode).
    ///
    /// `POST /v1/subscription/share/invitation` (operation `sendSubscriptionShareInvitation`).
    ///
    /// Credentials: `Authorization_Code`.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`SendSubscriptionShareInvitationError`](crate::error::SendSubscriptionShareInvitationError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub async fn send_subscription_share_invitation(
        &self,
        body: &crate::models::ShareInvitationRequest,
    ) -> ::std::result::Result<
        crate::Response<crate::models::ShareStatusResponse>,
        crate::Error<crate::error::SendSubscriptionShareInvitationError>,
    > {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "sendSubscriptionShareInvitation",
            method: crate::runtime::Method::POST,
            path: "/v1/subscription/share/invitation",
            security: &[
                &[
                    crate::runtime::Scheme {
                        name: "Authorization_Code",
                        kind: crate::runtime::SchemeKind::Bearer,
                    },
                ],
            ],
        };
        body.validate().map_err(|e| e.within("body"))?;
        let mut request = self
            .transport
            .request(&OPERATION, &["v1", "subscription", "share", "invitation"]);
        request.json("application/json", body)?;
        self.transport
            .send(request)
            .await?
            .finish(
                crate::runtime::ResponseContent::decode_json,
                crate::error::SendSubscriptionShareInvitationError::from_response,
            )
    }
    /// List shareable subscription rules
    ///
    /// Lists the sharing rules of the customer's product: how, and how many times, it may
    /// be shared. The end user must be logged in (user mode).
    ///
    /// `GET /v1/customer/product/share/rule/{productCode}` (operation `listShareableSubscriptionRules`).
    ///
    /// Credentials: `Authorization_Code`.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListShareableSubscriptionRulesError`](crate::error::ListShareableSubscriptionRulesError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub async fn list_shareable_subscription_rules(
        &self,
        product_code: &str,
    ) -> ::std::result::Result<
        crate::Response<crate::models::ShareRulesResponse>,
        crate::Error<crate::error::ListShareableSubscriptionRulesError>,
    > {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "listShareableSubscriptionRules",
            method: crate::runtime::Method::GET,
            path: "/v1/customer/product/share/rule/{productCode}",
            security: &[
                &[
                    crate::runtime::Scheme {
                        name: "Authorization_Code",
                        kind: crate::runtime::SchemeKind::Bearer,
                    },
                ],
            ],
        };
        let request = self
            .transport
            .request(
                &OPERATION,
                &["v1", "customer", "product", "share", "rule", product_code],
            );
        self.transport
            .send(request)
            .await?
            .finish(
                crate::runtime::ResponseContent::decode_json,
                crate::error::ListShareableSubscriptionRulesError::from_response,
            )
    }
    /// Cancel sharing
    ///
    /// Ends an existing sharing (the owner's side). The end user must be logged in (user
    /// mode). The reference shows the request and response examples only; the field types
    /// and the error responses are inferred from the other Sharing operations.
    ///
    /// `PATCH /v1/subscription/share` (operation `cancelSharing`).
    ///
    /// Credentials: `Authorization_Code`.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`CancelSharingError`](crate::error::CancelSharingError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub async fn cancel_sharing(
        &self,
        body: &crate::models::CancelSharingRequest,
    ) -> ::std::result::Result<
        crate::Response<crate::models::ShareStatusResponse>,
        crate::Error<crate::error::CancelSharingError>,
    > {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "cancelSharing",
            method: crate::runtime::Method::PATCH,
            path: "/v1/subscription/share",
            security: &[
                &[
                    crate::runtime::Scheme {
                        name: "Authorization_Code",
                        kind: crate::runtime::SchemeKind::Bearer,
                    },
                ],
            ],
        };
        let mut request = self
            .transport
            .request(&OPERATION, &["v1", "subscription", "share"]);
        request.json("application/json", body)?;
        self.transport
            .send(request)
            .await?
            .finish(
                crate::runtime::ResponseContent::decode_json,
                crate::error::CancelSharingError::from_response,
            )
    }
}
