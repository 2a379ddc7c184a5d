// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The API's client: one method per operation, sent by `.await`.
/// A client for Connect/ConnectID API.
///
/// Build one with [`ClientBuilder`]. Each operation of the API is a method whose result is sent by `.await`; the client's settings are its own methods ([`base_url`](Self::base_url), [`config`](Self::config), [`with_config`](Self::with_config), [`with_options`](Self::with_options)), and an operation whose name would clash with one of them gets a number (`config_2`). Cheap to clone: clones share one connection pool, one set of credentials and one token cache.
#[derive(Clone, Debug)]
pub struct Client {
    transport: __rt::Client,
}
impl Client {
    /// The base URL requests go to.
    pub fn base_url(&self) -> &crate::Url {
        self.transport.base_url()
    }
    /// The configuration calls on this client use (retries, timeouts, decoding).
    pub fn config(&self) -> &crate::Config {
        self.transport.config()
    }
    /// A client whose calls use a different configuration, sharing this one's
    /// connection pool, credentials and token cache; e.g. to let one PATCH be
    /// retried: `client.with_config(|c| c.with_retry_non_idempotent(true))`.
    pub fn with_config(
        &self,
        change: impl ::std::ops::FnOnce(crate::Config) -> crate::Config,
    ) -> Self {
        Client {
            transport: self.transport.with_config(change),
        }
    }
    /// A client whose calls also carry `options`: extra headers and query
    /// parameters (servers accept undeclared filters), other credentials, a timeout
    /// or a retry policy; see [`RequestOptions`](crate::RequestOptions).
    pub fn with_options(&self, options: crate::RequestOptions) -> Self {
        Client {
            transport: self.transport.with_options(options),
        }
    }
}
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
    /// Starts configuring a client; the base URL defaults to `https://api.mediaconnect.no/capi`.
    pub fn new() -> Self {
        ClientBuilder {
            inner: __rt::ClientBuilder::new(Some("https://api.mediaconnect.no/capi")),
        }
    }
    /// Sends requests to `url` instead of the spec's server, e.g. a test environment
    /// or a local mock. Operation paths are appended to it.
    pub fn base_url(self, url: impl Into<String>) -> Self {
        ClientBuilder {
            inner: self.inner.base_url(url),
        }
    }
    /// Sends OAuth2 token requests to `url` instead of the spec's token URLs.
    pub fn token_url(self, url: impl Into<String>) -> Self {
        ClientBuilder {
            inner: self.inner.token_url(url),
        }
    }
    /// Sends `token` as `Authorization: Bearer <token>` for every bearer-token scheme
    /// that has no credential of its own.
    pub fn bearer_token(self, token: impl Into<crate::Secret>) -> Self {
        ClientBuilder {
            inner: self.inner.bearer_token(token),
        }
    }
    /// Uses `source` for the bearer-token scheme named `scheme` in the spec.
    pub fn token_source(
        self,
        scheme: impl Into<String>,
        source: impl crate::TokenSource + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.token_source(scheme, source),
        }
    }
    /// Sends header `name: value` on every request, unless the operation sets that
    /// header itself. A name or value that is not valid in a header fails `build`.
    pub fn default_header(
        self,
        name: impl ::std::convert::AsRef<str>,
        value: impl ::std::convert::AsRef<str>,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.default_header(name, value),
        }
    }
    /// Sends a credential in header `name` on every request (`X-API-Key: <key>`,
    /// `Authorization: Token <key>`), for an API that authenticates in a way the spec
    /// does not declare. The value never shows in `Debug` output or logs, is sent only
    /// over https or to loopback, and credentials of a scheme an operation declares
    /// replace it.
    pub fn credential_header(
        self,
        name: impl ::std::convert::AsRef<str>,
        value: impl Into<crate::Secret>,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.credential_header(name, value),
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
    pub fn build(self) -> Result<Client, crate::BuildError> {
        self.inner.build().map(|transport| Client { transport })
    }
    /// Credentials for the `Client_Credentials` security scheme: Client mode: only the client application is authenticated, no end user is involved.
    /// The access token is sent as `Authorization: Bearer <token>`.
    ///
    /// The client runs the OAuth2 client-credentials flow at `https://connectid.no/user/oauth/token` with scopes `read`: it fetches a token when first needed, caches it, fetches a new one shortly before it expires or after a 401, and sends one token request when many calls need a token at once.
    pub fn client_credentials(
        self,
        client_id: impl Into<String>,
        client_secret: impl Into<crate::Secret>,
    ) -> Self {
        ClientBuilder {
            inner: self
                .inner
                .client_credentials(
                    "Client_Credentials",
                    __rt::TokenEndpoint {
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
                    __rt::TokenEndpoint {
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
        client_id: impl Into<String>,
        client_secret: Option<crate::Secret>,
        redirect_uri: impl Into<String>,
    ) -> crate::Login {
        self.inner
            .login(
                __rt::AuthorizationEndpoint {
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
#[allow(unused_imports)]
use crate::{calls, client, error, models, runtime as __rt};
pub(crate) static DECLINE_SHARE_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "declineShareClientMode",
    method: __rt::Method::PATCH,
    path: "/v1/client/subscription/share/invitation",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static SEND_SUBSCRIPTION_SHARE_INVITATION_OPERATION: __rt::Operation = __rt::Operation {
    id: "sendSubscriptionShareInvitation",
    method: __rt::Method::POST,
    path: "/v1/subscription/share/invitation",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static LIST_SHAREABLE_SUBSCRIPTION_RULES_OPERATION: __rt::Operation = __rt::Operation {
    id: "listShareableSubscriptionRules",
    method: __rt::Method::GET,
    path: "/v1/customer/product/share/rule/{productCode}",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static CANCEL_SHARING_OPERATION: __rt::Operation = __rt::Operation {
    id: "cancelSharing",
    method: __rt::Method::PATCH,
    path: "/v1/subscription/share",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static CHECK_ACCESS_OPERATION: __rt::Operation = __rt::Operation {
    id: "checkAccess",
    method: __rt::Method::POST,
    path: "/v1/customer/access",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static CHECK_ACCESS_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "checkAccessClientMode",
    method: __rt::Method::POST,
    path: "/v1/client/access",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static ASSIGN_USER_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "assignUserClientMode",
    method: __rt::Method::POST,
    path: "/v1/client/order/{orderId}/user",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static LIST_INVOICES_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "listInvoicesClientMode",
    method: __rt::Method::GET,
    path: "/v1/client/customer/invoice/payment/{customerNumber}",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static LIST_INVOICES_FOR_PRODUCT_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "listInvoicesForProductClientMode",
    method: __rt::Method::GET,
    path: "/v1/client/customer/invoice/payment/{customerNumber}/{productCode}",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static LIST_INVOICES_AND_REMINDERS_FOR_PRODUCT_OPERATION: __rt::Operation = __rt::Operation {
    id: "listInvoicesAndRemindersForProduct",
    method: __rt::Method::GET,
    path: "/v1/customer/invoice/payment/{product}",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static LIST_INVOICE_DETAILS_OPERATION: __rt::Operation = __rt::Operation {
    id: "listInvoiceDetails",
    method: __rt::Method::GET,
    path: "/v1/customer/invoice/details",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static LIST_CONSENT_EVENT_HISTORY_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "listConsentEventHistoryClientMode",
    method: __rt::Method::GET,
    path: "/v1/client/customer/privacy/consentEvent/history/{issuer}/{subjectType}/{subject}",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static LIST_CONSENT_TEXT_HISTORY_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "listConsentTextHistoryClientMode",
    method: __rt::Method::GET,
    path: "/v1/client/customer/privacy/consent/text/history/{issuer}",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static LIST_CONSENT_GIVEN_ISSUER_OPERATION: __rt::Operation = __rt::Operation {
    id: "listConsentGivenIssuer",
    method: __rt::Method::GET,
    path: "/v1/customer/privacy/consents/{issuer}",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static REGISTER_CONSENT_EVENT_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "registerConsentEventClientMode",
    method: __rt::Method::POST,
    path: "/v1/client/customer/privacy/consentEvent",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static REGISTER_EXTERNAL_ID_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "registerExternalIdClientMode",
    method: __rt::Method::POST,
    path: "/v1/client/extid",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static REGISTER_CUSTOMER_CLIENT_MODE_OPERATION: __rt::Operation = __rt::Operation {
    id: "registerCustomerClientMode",
    method: __rt::Method::POST,
    path: "/v1/client/extid/customer",
    security: &[
        &[
            __rt::Scheme {
                name: "Client_Credentials",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static LIST_MESSAGES_OPERATION: __rt::Operation = __rt::Operation {
    id: "listMessages",
    method: __rt::Method::GET,
    path: "/v1/customer/message",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static SEND_MESSAGE_OPERATION: __rt::Operation = __rt::Operation {
    id: "sendMessage",
    method: __rt::Method::POST,
    path: "/v1/customer/message",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
pub(crate) static START_SUBSCRIPTION_OPERATION: __rt::Operation = __rt::Operation {
    id: "startSubscription",
    method: __rt::Method::POST,
    path: "/v1/subscription",
    security: &[
        &[
            __rt::Scheme {
                name: "Authorization_Code",
                kind: __rt::SchemeKind::Bearer,
            },
        ],
    ],
};
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
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`DeclineShareClientModeError`](crate::error::DeclineShareClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn decline_share_client_mode(
        &self,
        body: &models::DeclineShareRequest,
    ) -> crate::Sending<
        '_,
        models::DeclineShareResponse,
        error::DeclineShareClientModeError,
    > {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                body.validate().map_err(|e| e.within("body"))?;
                let mut request = transport
                    .request(
                        &client::DECLINE_SHARE_CLIENT_MODE_OPERATION,
                        &["v1", "client", "subscription", "share", "invitation"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::DeclineShareClientModeError::from_response,
        )
    }
    /// Send subscription share invitation
    ///
    /// Starts sharing a subscription by sending a share request to the recipient. The end
    /// user must be logged in (user mode).
    ///
    /// `POST /v1/subscription/share/invitation` (operation `sendSubscriptionShareInvitation`).
    ///
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`SendSubscriptionShareInvitationError`](crate::error::SendSubscriptionShareInvitationError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn send_subscription_share_invitation(
        &self,
        body: &models::ShareInvitationRequest,
    ) -> crate::Sending<
        '_,
        models::ShareStatusResponse,
        error::SendSubscriptionShareInvitationError,
    > {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                body.validate().map_err(|e| e.within("body"))?;
                let mut request = transport
                    .request(
                        &client::SEND_SUBSCRIPTION_SHARE_INVITATION_OPERATION,
                        &["v1", "subscription", "share", "invitation"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::SendSubscriptionShareInvitationError::from_response,
        )
    }
    /// List shareable subscription rules
    ///
    /// Lists the sharing rules of the customer's product: how, and how many times, it may
    /// be shared. The end user must be logged in (user mode).
    ///
    /// `GET /v1/customer/product/share/rule/{productCode}` (operation `listShareableSubscriptionRules`).
    ///
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListShareableSubscriptionRulesError`](crate::error::ListShareableSubscriptionRulesError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn list_shareable_subscription_rules(
        &self,
        product_code: &str,
    ) -> crate::Sending<
        '_,
        models::ShareRulesResponse,
        error::ListShareableSubscriptionRulesError,
    > {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                let mut request = transport
                    .request(
                        &client::LIST_SHAREABLE_SUBSCRIPTION_RULES_OPERATION,
                        &["v1", "customer", "product", "share", "rule", product_code],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::ListShareableSubscriptionRulesError::from_response,
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
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`CancelSharingError`](crate::error::CancelSharingError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn cancel_sharing(
        &self,
        body: &models::CancelSharingRequest,
    ) -> crate::Sending<'_, models::ShareStatusResponse, error::CancelSharingError> {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                let mut request = transport
                    .request(
                        &client::CANCEL_SHARING_OPERATION,
                        &["v1", "subscription", "share"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::CancelSharingError::from_response,
        )
    }
    /// Check access
    ///
    /// Returns the accesses of the logged-in user (user mode). Access can be granted on
    /// several levels: a product subscription, a domain, an IP address, a specific
    /// article or a category type that was bought; also through Azure AD, the aID family,
    /// a `uniqueId` from the Profile API or a `customerNumber` with a `credential`.
    ///
    /// NB: when two or more fields are sent, the user must match all of them. When access
    /// is checked on anything other than the IP address, `uniqueId` or `credential` must be
    /// sent together with that field.
    ///
    /// The reference lists no status codes other than 200 for this operation; 400, 429
    /// and 500 are inferred from the rest of the API.
    ///
    /// `POST /v1/customer/access` (operation `checkAccess`).
    ///
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`CheckAccessError`](crate::error::CheckAccessError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn check_access(
        &self,
        body: &models::CheckAccessRequest,
    ) -> crate::Sending<'_, models::CheckAccessResponse, error::CheckAccessError> {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                let mut request = transport
                    .request(
                        &client::CHECK_ACCESS_OPERATION,
                        &["v1", "customer", "access"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::CheckAccessError::from_response,
        )
    }
    /// Check access - client mode
    ///
    /// Returns the accesses of a given user; only the client application authenticates,
    /// the user does not need to be logged in (client mode). Access can be granted on the
    /// same levels as in "Check access".
    ///
    /// NB: when two or more fields are sent, the user must match all of them. When access
    /// is checked on anything other than the IP address, `uniqueId` or `credential` must be
    /// sent together with that field. Without a logged-in user, the user is presumably
    /// identified by `uniqueId` or by `customerNumber` with `credential` (inferred).
    ///
    /// The reference shows this operation's request example (the same fields as "Check
    /// access") but not its body schema, so the body schema of "Check access" is assumed
    /// (inferred). Its status codes are not shown; 400, 429 and 500 are inferred from the
    /// rest of the API.
    ///
    /// `POST /v1/client/access` (operation `checkAccessClientMode`).
    ///
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`CheckAccessClientModeError`](crate::error::CheckAccessClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn check_access_client_mode(
        &self,
        body: &models::CheckAccessRequest,
    ) -> crate::Sending<
        '_,
        models::CheckAccessResponse,
        error::CheckAccessClientModeError,
    > {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                let mut request = transport
                    .request(
                        &client::CHECK_ACCESS_CLIENT_MODE_OPERATION,
                        &["v1", "client", "access"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::CheckAccessClientModeError::from_response,
        )
    }
    /// Assign user - client mode
    ///
    /// Assigns a previously fulfilled order (registered through the client order API) to
    /// the ConnectID user identified by `credential`; when no such user exists, one is
    /// created from the credential. Only the client application authenticates (client
    /// mode). Using this operation requires `LOGIN_BASE_URL` to be configured.
    ///
    /// If `isSendMessage` is true, `overrideClientId` is required, and the user is told by
    /// email or SMS (built from a template that Unite support must configure) with a link
    /// to log in (existing user) or to set a password (new user); `returnUrl` and
    /// `errorUrl` are used to build that link. Sending is asynchronous. Whether a
    /// credential already exists can be checked first with "Check credential - client
    /// mode".
    ///
    /// The status codes of this operation are not shown; 400, 429 and 500 are inferred
    /// from the rest of the API.
    ///
    /// `POST /v1/client/order/{orderId}/user` (operation `assignUserClientMode`).
    ///
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`AssignUserClientModeError`](crate::error::AssignUserClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn assign_user_client_mode(
        &self,
        order_id: &str,
        body: &models::AssignUserRequest,
    ) -> crate::Sending<
        '_,
        models::AssignUserResponse,
        error::AssignUserClientModeError,
    > {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                body.validate().map_err(|e| e.within("body"))?;
                let mut request = transport
                    .request(
                        &client::ASSIGN_USER_CLIENT_MODE_OPERATION,
                        &["v1", "client", "order", order_id, "user"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::AssignUserClientModeError::from_response,
        )
    }
    /// List invoices - client mode
    ///
    /// Extracts the payment history and payment method of a customer, identified by
    /// `customerNumber`. Only the client application authenticates (client mode).
    ///
    /// With `from`, invoices and payments from that date are returned; with `to`, up to
    /// that date; with neither, only the last invoice for the (first) product on the
    /// invoice.
    ///
    /// The reference describes the response as an array of objects and shows the example
    /// `{"clientInvoiceInfoList": [...]}` with its items collapsed; the item schema of
    /// "List invoices for product - client mode", whose response has the same list, is
    /// assumed (inferred).
    ///
    /// `GET /v1/client/customer/invoice/payment/{customerNumber}` (operation `listInvoicesClientMode`).
    ///
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// Returns the call: set its optional inputs on the [`ListInvoicesClientModeCall`](crate::calls::ListInvoicesClientModeCall), then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListInvoicesClientModeError`](crate::error::ListInvoicesClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn list_invoices_client_mode<'a>(
        &'a self,
        customer_number: i64,
    ) -> calls::ListInvoicesClientModeCall<'a> {
        calls::ListInvoicesClientModeCall {
            transport: &self.transport,
            customer_number,
            from: None,
            to: None,
        }
    }
    /// List invoices for product - client mode
    ///
    /// Extracts the payment history and payment method of a customer, identified by
    /// `customerNumber`, for one product. The reference's description is cut off; the
    /// reading above comes from "List invoices - client mode" (inferred).
    ///
    /// Client mode is inferred from the title and the `/v1/client/` path (the sibling "List
    /// invoices - client mode" uses client credentials). The reference shows this
    /// operation's 200 response only; 400, 404, 429 and 500 are inferred from that sibling.
    /// With neither `from` nor `to`, the sibling returns only the last invoice (inferred
    /// here).
    ///
    /// `GET /v1/client/customer/invoice/payment/{customerNumber}/{productCode}` (operation `listInvoicesForProductClientMode`).
    ///
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// Returns the call: set its optional inputs on the [`ListInvoicesForProductClientModeCall`](crate::calls::ListInvoicesForProductClientModeCall), then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListInvoicesForProductClientModeError`](crate::error::ListInvoicesForProductClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn list_invoices_for_product_client_mode<'a>(
        &'a self,
        customer_number: i64,
        product_code: &'a str,
    ) -> calls::ListInvoicesForProductClientModeCall<'a> {
        calls::ListInvoicesForProductClientModeCall {
            transport: &self.transport,
            customer_number,
            product_code,
            from: None,
            to: None,
        }
    }
    /// List invoices and reminders for product
    ///
    /// The logged-in user's invoices and payment reminders for one product (inferred from
    /// the title and the fields; the reference has no description).
    ///
    /// User mode is inferred: the title has no "client mode" suffix and the path is under
    /// `/v1/customer/`. The reference shows the 200 response only; 400, 429 and 500 are
    /// inferred from the rest of the API.
    ///
    /// `GET /v1/customer/invoice/payment/{product}` (operation `listInvoicesAndRemindersForProduct`).
    ///
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// Returns the call: set its optional inputs on the [`ListInvoicesAndRemindersForProductCall`](crate::calls::ListInvoicesAndRemindersForProductCall), then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListInvoicesAndRemindersForProductError`](crate::error::ListInvoicesAndRemindersForProductError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn list_invoices_and_reminders_for_product<'a>(
        &'a self,
        product: &'a str,
    ) -> calls::ListInvoicesAndRemindersForProductCall<'a> {
        calls::ListInvoicesAndRemindersForProductCall {
            transport: &self.transport,
            product,
            unpaid: None,
            from: None,
            to: None,
        }
    }
    /// List invoice details
    ///
    /// Returns one invoice, identified by company code, invoice number and reminder
    /// number, with its offers, details and lines. The end user must be logged in (user
    /// mode).
    ///
    /// The reference collapses the response example (`{"invoiceInfoWithDetail": {...}}`)
    /// and shows no response schema, so the content of `invoiceInfoWithDetail` is left
    /// untyped.
    ///
    /// `GET /v1/customer/invoice/details` (operation `listInvoiceDetails`).
    ///
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// The required inputs come by name in [`ListInvoiceDetailsArgs`](crate::calls::ListInvoiceDetailsArgs): two of them have the same type.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListInvoiceDetailsError`](crate::error::ListInvoiceDetailsError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn list_invoice_details(
        &self,
        args: calls::ListInvoiceDetailsArgs<'_>,
    ) -> crate::Sending<
        '_,
        models::InvoiceDetailsResponse,
        error::ListInvoiceDetailsError,
    > {
        let transport = &self.transport;
        let calls::ListInvoiceDetailsArgs {
            company_code,
            invoice_number,
            reminder_number,
        } = args;
        crate::Sending::new(
            transport,
            || {
                {
                    let v = &company_code;
                    __rt::check_length("companyCode", v, None, Some(12))?;
                }
                let mut request = transport
                    .request(
                        &client::LIST_INVOICE_DETAILS_OPERATION,
                        &["v1", "customer", "invoice", "details"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.query("companyCode", company_code);
                request.query("invoiceNumber", &invoice_number.to_string());
                request.query("reminderNumber", &reminder_number.to_string());
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::ListInvoiceDetailsError::from_response,
        )
    }
    /// List consent event history - client mode
    ///
    /// The consent events of one subject (of the given subject type) under one issuer.
    ///
    /// Client mode is inferred from the title and the `/v1/client/` path. The reference
    /// shows the 200 response only; 400, 429 and 500 are inferred from the rest of the API.
    ///
    /// `GET /v1/client/customer/privacy/consentEvent/history/{issuer}/{subjectType}/{subject}` (operation `listConsentEventHistoryClientMode`).
    ///
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// Returns the call: set its optional inputs on the [`ListConsentEventHistoryClientModeCall`](crate::calls::ListConsentEventHistoryClientModeCall), then `.await` it.
    ///
    /// The required inputs come by name in [`ListConsentEventHistoryClientModeArgs`](crate::calls::ListConsentEventHistoryClientModeArgs): two of them have the same type.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListConsentEventHistoryClientModeError`](crate::error::ListConsentEventHistoryClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn list_consent_event_history_client_mode<'a>(
        &'a self,
        args: calls::ListConsentEventHistoryClientModeArgs<'a>,
    ) -> calls::ListConsentEventHistoryClientModeCall<'a> {
        let calls::ListConsentEventHistoryClientModeArgs {
            issuer,
            subject_type,
            subject,
        } = args;
        calls::ListConsentEventHistoryClientModeCall {
            transport: &self.transport,
            issuer,
            subject_type,
            subject,
            only_active: None,
        }
    }
    /// List consent text history - client mode
    ///
    /// The history of the texts of an issuer's consents, per language (inferred from the
    /// response; the reference has no description). `target` and `scope` together can
    /// identify a consent.
    ///
    /// Client mode is inferred from the title and the `/v1/client/` path. The reference
    /// shows the 200 response only; 400, 429 and 500 are inferred from the rest of the API.
    ///
    /// `GET /v1/client/customer/privacy/consent/text/history/{issuer}` (operation `listConsentTextHistoryClientMode`).
    ///
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// Returns the call: set its optional inputs on the [`ListConsentTextHistoryClientModeCall`](crate::calls::ListConsentTextHistoryClientModeCall), then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListConsentTextHistoryClientModeError`](crate::error::ListConsentTextHistoryClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn list_consent_text_history_client_mode<'a>(
        &'a self,
        issuer: &'a str,
    ) -> calls::ListConsentTextHistoryClientModeCall<'a> {
        calls::ListConsentTextHistoryClientModeCall {
            transport: &self.transport,
            issuer,
            consent_group_id: None,
            consent_id: None,
            target: None,
            scope: None,
            only_active: None,
        }
    }
    /// List consent given issuer
    ///
    /// The consent definitions of an issuer: texts, grouping and display data (inferred
    /// from the response; the reference has no description). Whether the user's own
    /// consent state is included is not documented.
    ///
    /// User mode is inferred: the title has no "client mode" suffix and the path is under
    /// `/v1/customer/`. The reference shows the 200 response only; 400, 429 and 500 are
    /// inferred from the rest of the API.
    ///
    /// `GET /v1/customer/privacy/consents/{issuer}` (operation `listConsentGivenIssuer`).
    ///
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// Returns the call: set its optional inputs on the [`ListConsentGivenIssuerCall`](crate::calls::ListConsentGivenIssuerCall), then `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListConsentGivenIssuerError`](crate::error::ListConsentGivenIssuerError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn list_consent_given_issuer<'a>(
        &'a self,
        issuer: &'a str,
    ) -> calls::ListConsentGivenIssuerCall<'a> {
        calls::ListConsentGivenIssuerCall {
            transport: &self.transport,
            issuer,
            consent_group_id: None,
            only_active: None,
        }
    }
    /// Register consent event - client mode
    ///
    /// Registers a consent event (consent given or withdrawn) for a subject.
    ///
    /// NB: the consent must be identified either by `consentId` or by both
    /// `consentTarget` and `consentScope`; if all three are sent they must refer to the
    /// same consent.
    ///
    /// The method and path are seen only in the reference's curl example. Client mode is
    /// inferred from the title and the `/v1/client/` path. The reference shows the 200
    /// response only; 400, 429 and 500 are inferred from the rest of the API.
    ///
    /// `POST /v1/client/customer/privacy/consentEvent` (operation `registerConsentEventClientMode`).
    ///
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`RegisterConsentEventClientModeError`](crate::error::RegisterConsentEventClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn register_consent_event_client_mode(
        &self,
        body: &models::ConsentEventRequest,
    ) -> crate::Sending<
        '_,
        models::ConsentEventResponse,
        error::RegisterConsentEventClientModeError,
    > {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                let mut request = transport
                    .request(
                        &client::REGISTER_CONSENT_EVENT_CLIENT_MODE_OPERATION,
                        &["v1", "client", "customer", "privacy", "consentEvent"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::RegisterConsentEventClientModeError::from_response,
        )
    }
    /// Register external Id - client mode
    ///
    /// Makes sure an external id (the user's id in a third-party identity system) is
    /// registered in ConnectID: looks it up, checks whether it is linked to a Connect
    /// customer, and on the first call creates a user handle. Returns basic data of the
    /// external id; `customerNumber` is returned only if it was set earlier. Only the
    /// client application authenticates (client mode).
    ///
    /// The returned `extidCode` is the `code` for the token endpoint's extension grant
    /// `https://connectid.no/oauth2/grant_type/extid_code`.
    ///
    /// `POST /v1/client/extid` (operation `registerExternalIdClientMode`).
    ///
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`RegisterExternalIdClientModeError`](crate::error::RegisterExternalIdClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn register_external_id_client_mode(
        &self,
        body: &models::RegisterExternalIdRequest,
    ) -> crate::Sending<
        '_,
        models::ExternalIdentity,
        error::RegisterExternalIdClientModeError,
    > {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                body.validate().map_err(|e| e.within("body"))?;
                let mut request = transport
                    .request(
                        &client::REGISTER_EXTERNAL_ID_CLIENT_MODE_OPERATION,
                        &["v1", "client", "extid"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::RegisterExternalIdClientModeError::from_response,
        )
    }
    /// Register customer - client mode
    ///
    /// Associates a Connect customer (`customerNumber`) with an external id registered
    /// earlier with "Register external Id - client mode"; the user handle is created, or
    /// returned if it exists. Returns the same data as "Register external Id - client
    /// mode". Only the client application authenticates (client mode).
    ///
    /// (The Order Management group has another operation with the same title; this is the
    /// External Identity one.) The status codes of this operation are not shown; 400, 429
    /// and 500 are inferred from the rest of the API.
    ///
    /// `POST /v1/client/extid/customer` (operation `registerCustomerClientMode`).
    ///
    /// Credentials: `Client_Credentials` ([`ClientBuilder::client_credentials`](crate::ClientBuilder::client_credentials)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`RegisterCustomerClientModeError`](crate::error::RegisterCustomerClientModeError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn register_customer_client_mode(
        &self,
        body: &models::RegisterCustomerRequest,
    ) -> crate::Sending<
        '_,
        models::ExternalIdentity,
        error::RegisterCustomerClientModeError,
    > {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                let mut request = transport
                    .request(
                        &client::REGISTER_CUSTOMER_CLIENT_MODE_OPERATION,
                        &["v1", "client", "extid", "customer"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::RegisterCustomerClientModeError::from_response,
        )
    }
    /// List messages
    ///
    /// The messages between the logged-in user and customer service, including those the
    /// customer created in self service. The end user must be logged in (user mode).
    ///
    /// `GET /v1/customer/message` (operation `listMessages`).
    ///
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`ListMessagesError`](crate::error::ListMessagesError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn list_messages(
        &self,
    ) -> crate::Sending<'_, models::MessagesResponse, error::ListMessagesError> {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                let mut request = transport
                    .request(
                        &client::LIST_MESSAGES_OPERATION,
                        &["v1", "customer", "message"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::ListMessagesError::from_response,
        )
    }
    /// Send message
    ///
    /// Sends a message to customer service. The end user must be logged in (user mode).
    ///
    /// `POST /v1/customer/message` (operation `sendMessage`).
    ///
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`SendMessageError`](crate::error::SendMessageError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn send_message(
        &self,
        body: &models::SendMessageRequest,
    ) -> crate::Sending<'_, models::MessagesResponse, error::SendMessageError> {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                body.validate().map_err(|e| e.within("body"))?;
                let mut request = transport
                    .request(
                        &client::SEND_MESSAGE_OPERATION,
                        &["v1", "customer", "message"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::SendMessageError::from_response,
        )
    }
    /// Start subscription
    ///
    /// Starts a recurring product for the logged-in user with the given parameters. The
    /// end user must be logged in (user mode).
    ///
    /// The reference shows the request and response examples but not the body schema: the
    /// field types are inferred from the example, and no field is marked required because
    /// the required flags are not documented. 400, 429 and 500 are inferred from the rest
    /// of the API.
    ///
    /// `POST /v1/subscription` (operation `startSubscription`).
    ///
    /// Credentials: `Authorization_Code` ([`ClientBuilder::authorization_code`](crate::ClientBuilder::authorization_code)).
    ///
    /// # Errors
    ///
    /// [`Error::Api`](crate::Error::Api) with [`StartSubscriptionError`](crate::error::StartSubscriptionError) when the server answers with an error status; the other [`Error`](crate::Error) variants when the request is invalid, credentials are missing, the transport fails or the response does not match the spec.
    pub fn start_subscription(
        &self,
        body: &models::StartSubscriptionRequest,
    ) -> crate::Sending<
        '_,
        models::StartSubscriptionResponse,
        error::StartSubscriptionError,
    > {
        let transport = &self.transport;
        crate::Sending::new(
            transport,
            || {
                let mut request = transport
                    .request(
                        &client::START_SUBSCRIPTION_OPERATION,
                        &["v1", "subscription"],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                request.json("application/json", body)?;
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::StartSubscriptionError::from_response,
        )
    }
}
