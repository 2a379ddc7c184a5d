// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The operations of the API, as methods of [`Client`](crate::Client).
impl crate::Client {
    /// Starts configuring a client; the base URL defaults to `https://api.mediaconnect.no/capi`.
    pub fn builder() -> crate::ClientBuilder {
        crate::Client::builder_with(
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
        crate::models::DeclineShareResponse,
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
            .request::<
                crate::error::DeclineShareClientModeError,
            >(&OPERATION, &["v1", "client", "subscription", "share", "invitation"]);
        request.json("application/json", body)?;
        let response = self.send(request).await?;
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
}
