// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Parameters that operations take besides path parameters and the request body.
/// Query, header and cookie parameters of [`Client::list_invoices_client_mode`](crate::Client::list_invoices_client_mode).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInvoicesClientModeParams {
    /// Lists invoices and payments from this date on. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `from`.
    pub from: ::std::option::Option<::std::string::String>,
    /// Lists invoices and payments up to this date. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `to`.
    pub to: ::std::option::Option<::std::string::String>,
}
impl ListInvoicesClientModeParams {
    /// Sets [`from`](Self::from).
    pub fn with_from(
        mut self,
        from: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from = ::std::option::Option::Some(from.into());
        self
    }
    /// Sets [`to`](Self::to).
    pub fn with_to(
        mut self,
        to: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to = ::std::option::Option::Some(to.into());
        self
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        if let ::std::option::Option::Some(v) = &self.from {
            crate::runtime::check_length(
                "from",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(10),
            )?;
        }
        if let ::std::option::Option::Some(v) = &self.to {
            crate::runtime::check_length(
                "to",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(10),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Query, header and cookie parameters of [`Client::list_invoices_for_product_client_mode`](crate::Client::list_invoices_for_product_client_mode).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInvoicesForProductClientModeParams {
    /// Lists invoices and payments from this date on. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `from`.
    pub from: ::std::option::Option<::std::string::String>,
    /// Lists invoices and payments up to this date. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `to`.
    pub to: ::std::option::Option<::std::string::String>,
}
impl ListInvoicesForProductClientModeParams {
    /// Sets [`from`](Self::from).
    pub fn with_from(
        mut self,
        from: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from = ::std::option::Option::Some(from.into());
        self
    }
    /// Sets [`to`](Self::to).
    pub fn with_to(
        mut self,
        to: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to = ::std::option::Option::Some(to.into());
        self
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        if let ::std::option::Option::Some(v) = &self.from {
            crate::runtime::check_length(
                "from",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(10),
            )?;
        }
        if let ::std::option::Option::Some(v) = &self.to {
            crate::runtime::check_length(
                "to",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(10),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Query, header and cookie parameters of [`Client::list_invoices_and_reminders_for_product`](crate::Client::list_invoices_and_reminders_for_product).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListInvoicesAndRemindersForProductParams {
    /// Presumably lists only unpaid invoices (inferred from the name).
    ///
    /// Sent as query parameter `unpaid`.
    pub unpaid: ::std::option::Option<bool>,
    /// Lists invoices and payments from this date on. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `from`.
    pub from: ::std::option::Option<::std::string::String>,
    /// Lists invoices and payments up to this date. A date `YYYY-MM-DD` (the format is
    /// documented for "List invoices - client mode" and inferred for the other invoice
    /// operations).
    ///
    /// Sent as query parameter `to`.
    pub to: ::std::option::Option<::std::string::String>,
}
impl ListInvoicesAndRemindersForProductParams {
    /// Sets [`unpaid`](Self::unpaid).
    pub fn with_unpaid(mut self, unpaid: bool) -> Self {
        self.unpaid = ::std::option::Option::Some(unpaid);
        self
    }
    /// Sets [`from`](Self::from).
    pub fn with_from(
        mut self,
        from: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from = ::std::option::Option::Some(from.into());
        self
    }
    /// Sets [`to`](Self::to).
    pub fn with_to(
        mut self,
        to: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to = ::std::option::Option::Some(to.into());
        self
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        if let ::std::option::Option::Some(v) = &self.from {
            crate::runtime::check_length(
                "from",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(10),
            )?;
        }
        if let ::std::option::Option::Some(v) = &self.to {
            crate::runtime::check_length(
                "to",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(10),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Query, header and cookie parameters of [`Client::list_invoice_details`](crate::Client::list_invoice_details).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ListInvoiceDetailsParams {
    /// The company the invoice belongs to.
    ///
    /// Sent as query parameter `companyCode`.
    pub company_code: ::std::string::String,
    /// The invoice number.
    ///
    /// Sent as query parameter `invoiceNumber`.
    pub invoice_number: i64,
    /// The reminder number; `0` means the invoice itself.
    ///
    /// Sent as query parameter `reminderNumber`.
    pub reminder_number: i64,
}
impl ListInvoiceDetailsParams {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        company_code: impl ::std::convert::Into<::std::string::String>,
        invoice_number: i64,
        reminder_number: i64,
    ) -> Self {
        ListInvoiceDetailsParams {
            company_code: company_code.into(),
            invoice_number,
            reminder_number,
        }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        {
            let v = &self.company_code;
            crate::runtime::check_length(
                "companyCode",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(12),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Query, header and cookie parameters of [`Client::list_consent_event_history_client_mode`](crate::Client::list_consent_event_history_client_mode).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListConsentEventHistoryClientModeParams {
    /// Presumably lists only active consents (inferred from the name).
    ///
    /// Sent as query parameter `onlyActive`.
    pub only_active: ::std::option::Option<bool>,
}
impl ListConsentEventHistoryClientModeParams {
    /// Sets [`only_active`](Self::only_active).
    pub fn with_only_active(mut self, only_active: bool) -> Self {
        self.only_active = ::std::option::Option::Some(only_active);
        self
    }
}
/// Query, header and cookie parameters of [`Client::list_consent_text_history_client_mode`](crate::Client::list_consent_text_history_client_mode).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListConsentTextHistoryClientModeParams {
    /// Only consents of this consent group (inferred from the name).
    ///
    /// Sent as query parameter `consentGroupId`.
    pub consent_group_id: ::std::option::Option<i64>,
    /// Only this consent (inferred from the name).
    ///
    /// Sent as query parameter `consentId`.
    pub consent_id: ::std::option::Option<i64>,
    /// The consent's target; with `scope` it can identify a consent.
    ///
    /// Sent as query parameter `target`.
    pub target: ::std::option::Option<::std::string::String>,
    /// The consent's scope; with `target` it can identify a consent.
    ///
    /// Sent as query parameter `scope`.
    pub scope: ::std::option::Option<::std::string::String>,
    /// Presumably lists only active consents (inferred from the name).
    ///
    /// Sent as query parameter `onlyActive`.
    pub only_active: ::std::option::Option<bool>,
}
impl ListConsentTextHistoryClientModeParams {
    /// Sets [`consent_group_id`](Self::consent_group_id).
    pub fn with_consent_group_id(mut self, consent_group_id: i64) -> Self {
        self.consent_group_id = ::std::option::Option::Some(consent_group_id);
        self
    }
    /// Sets [`consent_id`](Self::consent_id).
    pub fn with_consent_id(mut self, consent_id: i64) -> Self {
        self.consent_id = ::std::option::Option::Some(consent_id);
        self
    }
    /// Sets [`target`](Self::target).
    pub fn with_target(
        mut self,
        target: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target = ::std::option::Option::Some(target.into());
        self
    }
    /// Sets [`scope`](Self::scope).
    pub fn with_scope(
        mut self,
        scope: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scope = ::std::option::Option::Some(scope.into());
        self
    }
    /// Sets [`only_active`](Self::only_active).
    pub fn with_only_active(mut self, only_active: bool) -> Self {
        self.only_active = ::std::option::Option::Some(only_active);
        self
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        if let ::std::option::Option::Some(v) = &self.target {
            crate::runtime::check_length(
                "target",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(255),
            )?;
        }
        if let ::std::option::Option::Some(v) = &self.scope {
            crate::runtime::check_length(
                "scope",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(255),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Query, header and cookie parameters of [`Client::list_consent_given_issuer`](crate::Client::list_consent_given_issuer).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListConsentGivenIssuerParams {
    /// Only consents of this consent group (inferred from the name).
    ///
    /// Sent as query parameter `consentGroupId`.
    pub consent_group_id: ::std::option::Option<i64>,
    /// Presumably lists only active consents (inferred from the name).
    ///
    /// Sent as query parameter `onlyActive`.
    pub only_active: ::std::option::Option<bool>,
}
impl ListConsentGivenIssuerParams {
    /// Sets [`consent_group_id`](Self::consent_group_id).
    pub fn with_consent_group_id(mut self, consent_group_id: i64) -> Self {
        self.consent_group_id = ::std::option::Option::Some(consent_group_id);
        self
    }
    /// Sets [`only_active`](Self::only_active).
    pub fn with_only_active(mut self, only_active: bool) -> Self {
        self.only_active = ::std::option::Option::Some(only_active);
        self
    }
}
