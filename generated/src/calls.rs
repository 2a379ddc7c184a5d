// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Calls with named inputs: the request builders that operations with optional
//! inputs return, and the structs that take required inputs by name where two of
//! them have the same type.
#[allow(unused_imports)]
use crate::{calls, client, error, models, runtime as __rt};
/// A call to [`Client::list_invoices_client_mode`](crate::Client::list_invoices_client_mode): set its optional inputs, then `.await` it (or call [`send`](Self::send)) to send the request.
#[derive(Clone, Debug)]
#[must_use = "a call sends nothing until it is awaited"]
pub struct ListInvoicesClientModeCall<'a> {
    pub(crate) transport: &'a __rt::Client,
    pub(crate) customer_number: i64,
    pub(crate) from: Option<String>,
    pub(crate) to: Option<String>,
}
impl<'a> ListInvoicesClientModeCall<'a> {
    /// Lists invoices and payments from this date on. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `from`.
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }
    /// Lists invoices and payments up to this date. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `to`.
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.to = Some(to.into());
        self
    }
    /// Builds and checks the request now, and gives the future that sends it: what `.await` on the call does, as a [`Sending`](crate::Sending) to store or spawn.
    ///
    /// # Errors
    ///
    /// As [`Client::list_invoices_client_mode`](crate::Client::list_invoices_client_mode).
    pub fn send(
        self,
    ) -> crate::Sending<
        'a,
        models::ClientInvoiceListResponse,
        error::ListInvoicesClientModeError,
    > {
        let ListInvoicesClientModeCall { transport, customer_number, from, to } = self;
        crate::Sending::new(
            transport,
            || {
                if let Some(v) = &from {
                    __rt::check_length("from", v, None, Some(10))?;
                }
                if let Some(v) = &to {
                    __rt::check_length("to", v, None, Some(10))?;
                }
                let mut request = transport
                    .request(
                        &client::LIST_INVOICES_CLIENT_MODE_OPERATION,
                        &[
                            "v1",
                            "client",
                            "customer",
                            "invoice",
                            "payment",
                            &customer_number.to_string(),
                        ],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                if let Some(value) = &from {
                    request.query("from", value);
                }
                if let Some(value) = &to {
                    request.query("to", value);
                }
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::ListInvoicesClientModeError::from_response,
        )
    }
}
impl<'a> ::std::future::IntoFuture for ListInvoicesClientModeCall<'a> {
    type Output = Result<
        crate::Response<models::ClientInvoiceListResponse>,
        crate::Error<error::ListInvoicesClientModeError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        models::ClientInvoiceListResponse,
        error::ListInvoicesClientModeError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
/// A call to [`Client::list_invoices_for_product_client_mode`](crate::Client::list_invoices_for_product_client_mode): set its optional inputs, then `.await` it (or call [`send`](Self::send)) to send the request.
#[derive(Clone, Debug)]
#[must_use = "a call sends nothing until it is awaited"]
pub struct ListInvoicesForProductClientModeCall<'a> {
    pub(crate) transport: &'a __rt::Client,
    pub(crate) customer_number: i64,
    pub(crate) product_code: &'a str,
    pub(crate) from: Option<String>,
    pub(crate) to: Option<String>,
}
impl<'a> ListInvoicesForProductClientModeCall<'a> {
    /// Lists invoices and payments from this date on. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `from`.
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }
    /// Lists invoices and payments up to this date. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `to`.
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.to = Some(to.into());
        self
    }
    /// Builds and checks the request now, and gives the future that sends it: what `.await` on the call does, as a [`Sending`](crate::Sending) to store or spawn.
    ///
    /// # Errors
    ///
    /// As [`Client::list_invoices_for_product_client_mode`](crate::Client::list_invoices_for_product_client_mode).
    pub fn send(
        self,
    ) -> crate::Sending<
        'a,
        models::ClientInvoiceListResponse,
        error::ListInvoicesForProductClientModeError,
    > {
        let ListInvoicesForProductClientModeCall {
            transport,
            customer_number,
            product_code,
            from,
            to,
        } = self;
        crate::Sending::new(
            transport,
            || {
                {
                    let v = &product_code;
                    __rt::check_length("productCode", v, None, Some(12))?;
                }
                if let Some(v) = &from {
                    __rt::check_length("from", v, None, Some(10))?;
                }
                if let Some(v) = &to {
                    __rt::check_length("to", v, None, Some(10))?;
                }
                let mut request = transport
                    .request(
                        &client::LIST_INVOICES_FOR_PRODUCT_CLIENT_MODE_OPERATION,
                        &[
                            "v1",
                            "client",
                            "customer",
                            "invoice",
                            "payment",
                            &customer_number.to_string(),
                            product_code,
                        ],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                if let Some(value) = &from {
                    request.query("from", value);
                }
                if let Some(value) = &to {
                    request.query("to", value);
                }
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::ListInvoicesForProductClientModeError::from_response,
        )
    }
}
impl<'a> ::std::future::IntoFuture for ListInvoicesForProductClientModeCall<'a> {
    type Output = Result<
        crate::Response<models::ClientInvoiceListResponse>,
        crate::Error<error::ListInvoicesForProductClientModeError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        models::ClientInvoiceListResponse,
        error::ListInvoicesForProductClientModeError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
/// A call to [`Client::list_invoices_and_reminders_for_product`](crate::Client::list_invoices_and_reminders_for_product): set its optional inputs, then `.await` it (or call [`send`](Self::send)) to send the request.
#[derive(Clone, Debug)]
#[must_use = "a call sends nothing until it is awaited"]
pub struct ListInvoicesAndRemindersForProductCall<'a> {
    pub(crate) transport: &'a __rt::Client,
    pub(crate) product: &'a str,
    pub(crate) unpaid: Option<bool>,
    pub(crate) from: Option<String>,
    pub(crate) to: Option<String>,
}
impl<'a> ListInvoicesAndRemindersForProductCall<'a> {
    /// Presumably lists only unpaid invoices (inferred from the name).
    ///
    /// Sent as query parameter `unpaid`.
    pub fn unpaid(mut self, unpaid: bool) -> Self {
        self.unpaid = Some(unpaid);
        self
    }
    /// Lists invoices and payments from this date on. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `from`.
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }
    /// Lists invoices and payments up to this date. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `to`.
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.to = Some(to.into());
        self
    }
    /// Builds and checks the request now, and gives the future that sends it: what `.await` on the call does, as a [`Sending`](crate::Sending) to store or spawn.
    ///
    /// # Errors
    ///
    /// As [`Client::list_invoices_and_reminders_for_product`](crate::Client::list_invoices_and_reminders_for_product).
    pub fn send(
        self,
    ) -> crate::Sending<
        'a,
        models::InvoicesAndRemindersResponse,
        error::ListInvoicesAndRemindersForProductError,
    > {
        let ListInvoicesAndRemindersForProductCall {
            transport,
            product,
            unpaid,
            from,
            to,
        } = self;
        crate::Sending::new(
            transport,
            || {
                {
                    let v = &product;
                    __rt::check_length("product", v, None, Some(12))?;
                }
                if let Some(v) = &from {
                    __rt::check_length("from", v, None, Some(10))?;
                }
                if let Some(v) = &to {
                    __rt::check_length("to", v, None, Some(10))?;
                }
                let mut request = transport
                    .request(
                        &client::LIST_INVOICES_AND_REMINDERS_FOR_PRODUCT_OPERATION,
                        &["v1", "customer", "invoice", "payment", product],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                if let Some(value) = &unpaid {
                    request.query("unpaid", &value.to_string());
                }
                if let Some(value) = &from {
                    request.query("from", value);
                }
                if let Some(value) = &to {
                    request.query("to", value);
                }
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::ListInvoicesAndRemindersForProductError::from_response,
        )
    }
}
impl<'a> ::std::future::IntoFuture for ListInvoicesAndRemindersForProductCall<'a> {
    type Output = Result<
        crate::Response<models::InvoicesAndRemindersResponse>,
        crate::Error<error::ListInvoicesAndRemindersForProductError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        models::InvoicesAndRemindersResponse,
        error::ListInvoicesAndRemindersForProductError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
/// The required inputs of [`Client::list_invoice_details`](crate::Client::list_invoice_details), by name: two of them have the same type, so positional arguments could be swapped unnoticed.
#[derive(Clone, Debug)]
pub struct ListInvoiceDetailsArgs<'a> {
    /// The company the invoice belongs to.
    ///
    /// Sent as query parameter `companyCode`.
    pub company_code: &'a str,
    /// The invoice number.
    ///
    /// Sent as query parameter `invoiceNumber`.
    pub invoice_number: i64,
    /// The reminder number; `0` means the invoice itself.
    ///
    /// Sent as query parameter `reminderNumber`.
    pub reminder_number: i64,
}
/// The required inputs of [`Client::list_consent_event_history_client_mode`](crate::Client::list_consent_event_history_client_mode), by name: two of them have the same type, so positional arguments could be swapped unnoticed.
#[derive(Clone, Debug)]
pub struct ListConsentEventHistoryClientModeArgs<'a> {
    /// The issuer of the consents; the example value looks like an organisation number
    /// (inferred).
    ///
    /// Sent as path parameter `issuer`.
    pub issuer: &'a str,
    /// What kind of identifier `subject` is.
    ///
    /// Sent as path parameter `subjectType`.
    pub subject_type: &'a models::ConsentSubjectType,
    /// The subject whose consent events to list. The reference gives one meaning per
    /// `subjectType`, but the meanings are not in the stored text; presumably a
    /// customer number (`CONNECT`), a ConnectID user id, an external id or an order id
    /// (inferred).
    ///
    /// Sent as path parameter `subject`.
    pub subject: &'a str,
}
/// A call to [`Client::list_consent_event_history_client_mode`](crate::Client::list_consent_event_history_client_mode): set its optional inputs, then `.await` it (or call [`send`](Self::send)) to send the request.
#[derive(Clone, Debug)]
#[must_use = "a call sends nothing until it is awaited"]
pub struct ListConsentEventHistoryClientModeCall<'a> {
    pub(crate) transport: &'a __rt::Client,
    pub(crate) issuer: &'a str,
    pub(crate) subject_type: &'a models::ConsentSubjectType,
    pub(crate) subject: &'a str,
    pub(crate) only_active: Option<bool>,
}
impl<'a> ListConsentEventHistoryClientModeCall<'a> {
    /// Presumably lists only active consents (inferred from the name).
    ///
    /// Sent as query parameter `onlyActive`.
    pub fn only_active(mut self, only_active: bool) -> Self {
        self.only_active = Some(only_active);
        self
    }
    /// Builds and checks the request now, and gives the future that sends it: what `.await` on the call does, as a [`Sending`](crate::Sending) to store or spawn.
    ///
    /// # Errors
    ///
    /// As [`Client::list_consent_event_history_client_mode`](crate::Client::list_consent_event_history_client_mode).
    pub fn send(
        self,
    ) -> crate::Sending<
        'a,
        models::ConsentEventHistoryResponse,
        error::ListConsentEventHistoryClientModeError,
    > {
        let ListConsentEventHistoryClientModeCall {
            transport,
            issuer,
            subject_type,
            subject,
            only_active,
        } = self;
        crate::Sending::new(
            transport,
            || {
                {
                    let v = &issuer;
                    __rt::check_length("issuer", v, None, Some(255))?;
                }
                {
                    let v = &subject;
                    __rt::check_length("subject", v, None, Some(255))?;
                }
                let mut request = transport
                    .request(
                        &client::LIST_CONSENT_EVENT_HISTORY_CLIENT_MODE_OPERATION,
                        &[
                            "v1",
                            "client",
                            "customer",
                            "privacy",
                            "consentEvent",
                            "history",
                            issuer,
                            &subject_type.to_string(),
                            subject,
                        ],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                if let Some(value) = &only_active {
                    request.query("onlyActive", &value.to_string());
                }
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::ListConsentEventHistoryClientModeError::from_response,
        )
    }
}
impl<'a> ::std::future::IntoFuture for ListConsentEventHistoryClientModeCall<'a> {
    type Output = Result<
        crate::Response<models::ConsentEventHistoryResponse>,
        crate::Error<error::ListConsentEventHistoryClientModeError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        models::ConsentEventHistoryResponse,
        error::ListConsentEventHistoryClientModeError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
/// A call to [`Client::list_consent_text_history_client_mode`](crate::Client::list_consent_text_history_client_mode): set its optional inputs, then `.await` it (or call [`send`](Self::send)) to send the request.
#[derive(Clone, Debug)]
#[must_use = "a call sends nothing until it is awaited"]
pub struct ListConsentTextHistoryClientModeCall<'a> {
    pub(crate) transport: &'a __rt::Client,
    pub(crate) issuer: &'a str,
    pub(crate) consent_group_id: Option<i64>,
    pub(crate) consent_id: Option<i64>,
    pub(crate) target: Option<String>,
    pub(crate) scope: Option<String>,
    pub(crate) only_active: Option<bool>,
}
impl<'a> ListConsentTextHistoryClientModeCall<'a> {
    /// Only consents of this consent group (inferred from the name).
    ///
    /// Sent as query parameter `consentGroupId`.
    pub fn consent_group_id(mut self, consent_group_id: i64) -> Self {
        self.consent_group_id = Some(consent_group_id);
        self
    }
    /// Only this consent (inferred from the name).
    ///
    /// Sent as query parameter `consentId`.
    pub fn consent_id(mut self, consent_id: i64) -> Self {
        self.consent_id = Some(consent_id);
        self
    }
    /// The consent's target; with `scope` it can identify a consent.
    ///
    /// Sent as query parameter `target`.
    pub fn target(mut self, target: impl Into<String>) -> Self {
        self.target = Some(target.into());
        self
    }
    /// The consent's scope; with `target` it can identify a consent.
    ///
    /// Sent as query parameter `scope`.
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }
    /// Presumably lists only active consents (inferred from the name).
    ///
    /// Sent as query parameter `onlyActive`.
    pub fn only_active(mut self, only_active: bool) -> Self {
        self.only_active = Some(only_active);
        self
    }
    /// Builds and checks the request now, and gives the future that sends it: what `.await` on the call does, as a [`Sending`](crate::Sending) to store or spawn.
    ///
    /// # Errors
    ///
    /// As [`Client::list_consent_text_history_client_mode`](crate::Client::list_consent_text_history_client_mode).
    pub fn send(
        self,
    ) -> crate::Sending<
        'a,
        models::ConsentTextHistoryResponse,
        error::ListConsentTextHistoryClientModeError,
    > {
        let ListConsentTextHistoryClientModeCall {
            transport,
            issuer,
            consent_group_id,
            consent_id,
            target,
            scope,
            only_active,
        } = self;
        crate::Sending::new(
            transport,
            || {
                {
                    let v = &issuer;
                    __rt::check_length("issuer", v, None, Some(255))?;
                }
                if let Some(v) = &target {
                    __rt::check_length("target", v, None, Some(255))?;
                }
                if let Some(v) = &scope {
                    __rt::check_length("scope", v, None, Some(255))?;
                }
                let mut request = transport
                    .request(
                        &client::LIST_CONSENT_TEXT_HISTORY_CLIENT_MODE_OPERATION,
                        &[
                            "v1",
                            "client",
                            "customer",
                            "privacy",
                            "consent",
                            "text",
                            "history",
                            issuer,
                        ],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                if let Some(value) = &consent_group_id {
                    request.query("consentGroupId", &value.to_string());
                }
                if let Some(value) = &consent_id {
                    request.query("consentId", &value.to_string());
                }
                if let Some(value) = &target {
                    request.query("target", value);
                }
                if let Some(value) = &scope {
                    request.query("scope", value);
                }
                if let Some(value) = &only_active {
                    request.query("onlyActive", &value.to_string());
                }
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::ListConsentTextHistoryClientModeError::from_response,
        )
    }
}
impl<'a> ::std::future::IntoFuture for ListConsentTextHistoryClientModeCall<'a> {
    type Output = Result<
        crate::Response<models::ConsentTextHistoryResponse>,
        crate::Error<error::ListConsentTextHistoryClientModeError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        models::ConsentTextHistoryResponse,
        error::ListConsentTextHistoryClientModeError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
/// A call to [`Client::list_consent_given_issuer`](crate::Client::list_consent_given_issuer): set its optional inputs, then `.await` it (or call [`send`](Self::send)) to send the request.
#[derive(Clone, Debug)]
#[must_use = "a call sends nothing until it is awaited"]
pub struct ListConsentGivenIssuerCall<'a> {
    pub(crate) transport: &'a __rt::Client,
    pub(crate) issuer: &'a str,
    pub(crate) consent_group_id: Option<i64>,
    pub(crate) only_active: Option<bool>,
}
impl<'a> ListConsentGivenIssuerCall<'a> {
    /// Only consents of this consent group (inferred from the name).
    ///
    /// Sent as query parameter `consentGroupId`.
    pub fn consent_group_id(mut self, consent_group_id: i64) -> Self {
        self.consent_group_id = Some(consent_group_id);
        self
    }
    /// Presumably lists only active consents (inferred from the name).
    ///
    /// Sent as query parameter `onlyActive`.
    pub fn only_active(mut self, only_active: bool) -> Self {
        self.only_active = Some(only_active);
        self
    }
    /// Builds and checks the request now, and gives the future that sends it: what `.await` on the call does, as a [`Sending`](crate::Sending) to store or spawn.
    ///
    /// # Errors
    ///
    /// As [`Client::list_consent_given_issuer`](crate::Client::list_consent_given_issuer).
    pub fn send(
        self,
    ) -> crate::Sending<
        'a,
        models::ConsentsResponse,
        error::ListConsentGivenIssuerError,
    > {
        let ListConsentGivenIssuerCall {
            transport,
            issuer,
            consent_group_id,
            only_active,
        } = self;
        crate::Sending::new(
            transport,
            || {
                {
                    let v = &issuer;
                    __rt::check_length("issuer", v, None, Some(255))?;
                }
                let mut request = transport
                    .request(
                        &client::LIST_CONSENT_GIVEN_ISSUER_OPERATION,
                        &["v1", "customer", "privacy", "consents", issuer],
                    );
                request.header("accept", "application/json, */*;q=0.1")?;
                if let Some(value) = &consent_group_id {
                    request.query("consentGroupId", &value.to_string());
                }
                if let Some(value) = &only_active {
                    request.query("onlyActive", &value.to_string());
                }
                Ok(request)
            },
            __rt::ResponseContent::decode_json,
            error::ListConsentGivenIssuerError::from_response,
        )
    }
}
impl<'a> ::std::future::IntoFuture for ListConsentGivenIssuerCall<'a> {
    type Output = Result<
        crate::Response<models::ConsentsResponse>,
        crate::Error<error::ListConsentGivenIssuerError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        models::ConsentsResponse,
        error::ListConsentGivenIssuerError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
