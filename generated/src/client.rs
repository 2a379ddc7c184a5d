// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The operations of the API, as methods of [`Client`](crate::Client).
impl crate::Client {
    /// Starts configuring a client; the base URL defaults to `https://api.mediaconnect.no/capi`.
    pub fn builder() -> crate::ClientBuilder {
        crate::Client::rt_builder(
            ::std::option::Option::Some("https://api.mediaconnect.no/capi"),
        )
    }
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
        let check = || -> ::std::result::Result<(), crate::InvalidRequest> {
            body.validate().map_err(|e| e.within("body"))?;
            ::std::result::Result::Ok(())
        };
        check()
            .map_err(
                crate::Error::<crate::error::DeclineShareClientModeError>::InvalidRequest,
            )?;
        #[allow(unused_mut)]
        let mut request = self
            .rt_request::<
                crate::error::DeclineShareClientModeError,
            >(&OPERATION, &["v1", "client", "subscription", "share", "invitation"]);
        request.json("application/json", body)?;
        let response = self.rt_send(request).await?;
        match response.status().as_u16() {
            200..=299 => response.decode(),
            400 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::DeclineShareClientModeError::BadRequest(response),
                    ),
                )
            }
            429 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::DeclineShareClientModeError::TooManyRequests(
                            response,
                        ),
                    ),
                )
            }
            500 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::DeclineShareClientModeError::InternalServerError(
                            response,
                        ),
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::DeclineShareClientModeError::UnexpectedStatus(
                            response,
                        ),
                    ),
                )
            }
        }
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
        let check = || -> ::std::result::Result<(), crate::InvalidRequest> {
            body.validate().map_err(|e| e.within("body"))?;
            ::std::result::Result::Ok(())
        };
        check()
            .map_err(
                crate::Error::<
                    crate::error::SendSubscriptionShareInvitationError,
                >::InvalidRequest,
            )?;
        #[allow(unused_mut)]
        let mut request = self
            .rt_request::<
                crate::error::SendSubscriptionShareInvitationError,
            >(&OPERATION, &["v1", "subscription", "share", "invitation"]);
        request.json("application/json", body)?;
        let response = self.rt_send(request).await?;
        match response.status().as_u16() {
            200..=299 => response.decode(),
            400 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::SendSubscriptionShareInvitationError::BadRequest(
                            response,
                        ),
                    ),
                )
            }
            429 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::SendSubscriptionShareInvitationError::TooManyRequests(
                            response,
                        ),
                    ),
                )
            }
            500 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::SendSubscriptionShareInvitationError::InternalServerError(
                            response,
                        ),
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::SendSubscriptionShareInvitationError::UnexpectedStatus(
                            response,
                        ),
                    ),
                )
            }
        }
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
        #[allow(unused_mut)]
        let mut request = self
            .rt_request::<
                crate::error::ListShareableSubscriptionRulesError,
            >(&OPERATION, &["v1", "customer", "product", "share", "rule", product_code]);
        let response = self.rt_send(request).await?;
        match response.status().as_u16() {
            200..=299 => response.decode(),
            400 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::ListShareableSubscriptionRulesError::BadRequest(
                            response,
                        ),
                    ),
                )
            }
            429 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::ListShareableSubscriptionRulesError::TooManyRequests(
                            response,
                        ),
                    ),
                )
            }
            500 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::ListShareableSubscriptionRulesError::InternalServerError(
                            response,
                        ),
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::ListShareableSubscriptionRulesError::UnexpectedStatus(
                            response,
                        ),
                    ),
                )
            }
        }
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
        let check = || -> ::std::result::Result<(), crate::InvalidRequest> {
            body.validate().map_err(|e| e.within("body"))?;
            ::std::result::Result::Ok(())
        };
        check()
            .map_err(crate::Error::<crate::error::CancelSharingError>::InvalidRequest)?;
        #[allow(unused_mut)]
        let mut request = self
            .rt_request::<
                crate::error::CancelSharingError,
            >(&OPERATION, &["v1", "subscription", "share"]);
        request.json("application/json", body)?;
        let response = self.rt_send(request).await?;
        match response.status().as_u16() {
            200..=299 => response.decode(),
            400 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::CancelSharingError::BadRequest(response),
                    ),
                )
            }
            429 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::CancelSharingError::TooManyRequests(response),
                    ),
                )
            }
            500 => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::CancelSharingError::InternalServerError(response),
                    ),
                )
            }
            _ => {
                ::std::result::Result::Err(
                    crate::Error::Api(
                        crate::error::CancelSharingError::UnexpectedStatus(response),
                    ),
                )
            }
        }
    }
}
impl crate::ClientBuilder {
    /// Credentials for the `Client_Credentials` security scheme: Client mode: only the client application is authenticated, no end user is involved.
    /// The access token is sent as `Authorization: Bearer <token>`.
    ///
    /// The client runs the OAuth2 client-credentials flow at `https://connectid.no/user/oauth/token` with scopes `read`: it fetches a token when first needed, caches it, fetches a new one shortly before it expires or after a 401, and sends one token request when many calls need a token at once.
    pub fn client_credentials(
        self,
        client_id: impl ::std::convert::Into<::std::string::String>,
        client_secret: impl ::std::convert::Into<crate::Secret>,
    ) -> Self {
        self.client_credentials_for(
            "Client_Credentials",
            crate::runtime::TokenEndpoint {
                token_url: "https://connectid.no/user/oauth/token",
                scopes: &["read"],
            },
            client_id.into(),
            client_secret.into(),
        )
    }
    /// Credentials for the `Authorization_Code` security scheme: User mode: the end user must be logged in; the client acts with a token obtained on
    /// the user's behalf. The access token is sent as `Authorization: Bearer <token>`.
    ///
    /// Pass the user's tokens from the OAuth2 authorization-code flow; with a refresh token the client renews the access token at `https://connectid.no/user/oauth/token` when it expires or is rejected.
    pub fn authorization_code(self, tokens: crate::UserTokens) -> Self {
        self.user_tokens_for(
            "Authorization_Code",
            crate::runtime::TokenEndpoint {
                token_url: "https://connectid.no/user/oauth/token",
                scopes: &[],
            },
            tokens,
        )
    }
}
