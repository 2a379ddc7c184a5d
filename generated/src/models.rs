// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Data types from the spec's schemas.
/// Request to decline a subscription share invitation.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct DeclineShareRequest {
    /// The code that identifies the share invitation.
    #[serde(rename = "shareCode")]
    pub share_code: ::std::string::String,
    /// The `changeType` property.
    #[serde(rename = "changeType")]
    pub change_type: DeclineChangeType,
}
impl DeclineShareRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        share_code: impl ::std::convert::Into<::std::string::String>,
        change_type: DeclineChangeType,
    ) -> Self {
        DeclineShareRequest {
            share_code: share_code.into(),
            change_type,
        }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        {
            let v = &self.share_code;
            crate::runtime::check_length(
                "shareCode",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(255),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The change to make to the invitation. Declining is the only allowed change.
///
/// Values the spec does not list are kept in the fallback variant rather than
/// rejected, since the server may be newer than this client.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeclineChangeType {
    /// `"DECLINE"`.
    Decline,
    /// A value the spec does not list.
    Unknown(::std::string::String),
}
impl DeclineChangeType {
    /// Every value the spec lists, in spec order.
    pub const VALUES: &'static [&'static str] = &["DECLINE"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            DeclineChangeType::Decline => "DECLINE",
            DeclineChangeType::Unknown(value) => value,
        }
    }
}
impl ::std::fmt::Display for DeclineChangeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for DeclineChangeType {
    fn from(value: &str) -> Self {
        match value {
            "DECLINE" => DeclineChangeType::Decline,
            other => DeclineChangeType::Unknown(other.to_owned()),
        }
    }
}
impl ::std::str::FromStr for DeclineChangeType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(DeclineChangeType::from(value))
    }
}
impl ::serde::Serialize for DeclineChangeType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DeclineChangeType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let value = DeclineChangeType::from(value.as_str());
        #[cfg(feature = "mock")]
        if let DeclineChangeType::Unknown(raw) = &value {
            crate::runtime::mock_support::check_known::<
                D::Error,
                &str,
            >(raw, DeclineChangeType::VALUES)?;
        }
        ::std::result::Result::Ok(value)
    }
}
/// Outcome of declining a share invitation.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct DeclineShareResponse {
    /// The `status` property.
    pub status: DeclineShareStatus,
}
impl DeclineShareResponse {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn new(status: DeclineShareStatus) -> Self {
        DeclineShareResponse { status }
    }
}
/// Outcome code of the decline. The reference declares the values `"1"` to `"7"` and
/// shows `"5"` in its example, but does not document what the values mean, and the
/// API may return values that are not listed here.
///
/// Unconfirmed reading (inferred, not documented): the codes may be positions in the
/// share-status list of "Send subscription share invitation" (`SHARE_OK`,
/// `NO_SUBSCRIPTION`, `SUBSCRIPTION_STOPPED`, `REQUEST_ACCEPTED`, `REQUEST_DECLINED`,
/// `SHARING_ENDED`, `SHARE_CODE_NOT_FOUND`), which would make `"5"` mean
/// `REQUEST_DECLINED`, matching the example. Do not rely on this reading.
///
/// Values the spec does not list are kept in the fallback variant rather than
/// rejected, since the server may be newer than this client.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeclineShareStatus {
    /// `"1"`.
    Value1,
    /// `"2"`.
    Value2,
    /// `"3"`.
    Value3,
    /// `"4"`.
    Value4,
    /// `"5"`.
    Value5,
    /// `"6"`.
    Value6,
    /// `"7"`.
    Value7,
    /// A value the spec does not list.
    Unknown(::std::string::String),
}
impl DeclineShareStatus {
    /// Every value the spec lists, in spec order.
    pub const VALUES: &'static [&'static str] = &["1", "2", "3", "4", "5", "6", "7"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            DeclineShareStatus::Value1 => "1",
            DeclineShareStatus::Value2 => "2",
            DeclineShareStatus::Value3 => "3",
            DeclineShareStatus::Value4 => "4",
            DeclineShareStatus::Value5 => "5",
            DeclineShareStatus::Value6 => "6",
            DeclineShareStatus::Value7 => "7",
            DeclineShareStatus::Unknown(value) => value,
        }
    }
}
impl ::std::fmt::Display for DeclineShareStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for DeclineShareStatus {
    fn from(value: &str) -> Self {
        match value {
            "1" => DeclineShareStatus::Value1,
            "2" => DeclineShareStatus::Value2,
            "3" => DeclineShareStatus::Value3,
            "4" => DeclineShareStatus::Value4,
            "5" => DeclineShareStatus::Value5,
            "6" => DeclineShareStatus::Value6,
            "7" => DeclineShareStatus::Value7,
            other => DeclineShareStatus::Unknown(other.to_owned()),
        }
    }
}
impl ::std::str::FromStr for DeclineShareStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(DeclineShareStatus::from(value))
    }
}
impl ::serde::Serialize for DeclineShareStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DeclineShareStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let value = DeclineShareStatus::from(value.as_str());
        #[cfg(feature = "mock")]
        if let DeclineShareStatus::Unknown(raw) = &value {
            crate::runtime::mock_support::check_known::<
                D::Error,
                &str,
            >(raw, DeclineShareStatus::VALUES)?;
        }
        ::std::result::Result::Ok(value)
    }
}
/// Request to share a subscription with another person.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct ShareInvitationRequest {
    /// Email address or phone number of the recipient; phone numbers must be in E.164
    /// form.
    pub contact: ::std::string::String,
    /// What kind of contact `contact` is. The reference lists the codes `A_EMAIL` (email)
    /// and `B_PHONENUMBER` (phone) without declaring an enum, and its example sends `A`:
    /// the wire values are probably the single letters `A` and `B` (inferred, not
    /// documented).
    #[serde(rename = "contactType")]
    pub contact_type: ::std::string::String,
    /// The product the subscriber wants to share.
    #[serde(rename = "productCode")]
    pub product_code: ::std::string::String,
    /// The recipient's given name.
    #[serde(
        rename = "firstName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_name: ::std::option::Option<::std::string::String>,
    /// The recipient's family name.
    #[serde(
        rename = "lastName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_name: ::std::option::Option<::std::string::String>,
}
impl ShareInvitationRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        contact: impl ::std::convert::Into<::std::string::String>,
        contact_type: impl ::std::convert::Into<::std::string::String>,
        product_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        ShareInvitationRequest {
            contact: contact.into(),
            contact_type: contact_type.into(),
            product_code: product_code.into(),
            first_name: ::std::option::Option::None,
            last_name: ::std::option::Option::None,
        }
    }
    /// Sets [`first_name`](Self::first_name).
    pub fn with_first_name(
        mut self,
        first_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.first_name = ::std::option::Option::Some(first_name.into());
        self
    }
    /// Sets [`last_name`](Self::last_name).
    pub fn with_last_name(
        mut self,
        last_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_name = ::std::option::Option::Some(last_name.into());
        self
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        {
            let v = &self.product_code;
            crate::runtime::check_length(
                "productCode",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(12),
            )?;
        }
        if let ::std::option::Option::Some(v) = &self.first_name {
            crate::runtime::check_length(
                "firstName",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(30),
            )?;
        }
        if let ::std::option::Option::Some(v) = &self.last_name {
            crate::runtime::check_length(
                "lastName",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(30),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// Outcome of a sharing request.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ShareStatusResponse {
    /// The `status` property.
    pub status: ShareStatus,
}
impl ShareStatusResponse {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn new(status: ShareStatus) -> Self {
        ShareStatusResponse { status }
    }
}
/// Outcome of a sharing request. `SHARE_OK`: the share request was sent.
/// `NO_SUBSCRIPTION`: the user has no subscription that can be shared.
/// `SUBSCRIPTION_STOPPED`: the subscription is stopped. `REQUEST_ACCEPTED`: the share
/// request has been accepted. `REQUEST_DECLINED`: the share request has been declined.
/// `SHARING_ENDED`: the sharing has ended. `SHARE_CODE_NOT_FOUND`: no share has the
/// given code. `SHARE_CHANGE_TYPE_NOT_SUPPORTED`: the `changeType` is not supported
/// here. `ALREADY_IN_USE`: a share for that contact is already in use. `SHARE_LIMIT`:
/// the recipient already accepted another share. `INVITATIONS_POOL_EXHAUSTED`: all
/// invitations are used until some sharing ends.
///
/// Values the spec does not list are kept in the fallback variant rather than
/// rejected, since the server may be newer than this client.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ShareStatus {
    /// `"SHARE_OK"`.
    ShareOk,
    /// `"NO_SUBSCRIPTION"`.
    NoSubscription,
    /// `"SUBSCRIPTION_STOPPED"`.
    SubscriptionStopped,
    /// `"REQUEST_ACCEPTED"`.
    RequestAccepted,
    /// `"REQUEST_DECLINED"`.
    RequestDeclined,
    /// `"SHARING_ENDED"`.
    SharingEnded,
    /// `"SHARE_CODE_NOT_FOUND"`.
    ShareCodeNotFound,
    /// `"SHARE_CHANGE_TYPE_NOT_SUPPORTED"`.
    ShareChangeTypeNotSupported,
    /// `"ALREADY_IN_USE"`.
    AlreadyInUse,
    /// `"SHARE_LIMIT"`.
    ShareLimit,
    /// `"INVITATIONS_POOL_EXHAUSTED"`.
    InvitationsPoolExhausted,
    /// A value the spec does not list.
    Unknown(::std::string::String),
}
impl ShareStatus {
    /// Every value the spec lists, in spec order.
    pub const VALUES: &'static [&'static str] = &[
        "SHARE_OK",
        "NO_SUBSCRIPTION",
        "SUBSCRIPTION_STOPPED",
        "REQUEST_ACCEPTED",
        "REQUEST_DECLINED",
        "SHARING_ENDED",
        "SHARE_CODE_NOT_FOUND",
        "SHARE_CHANGE_TYPE_NOT_SUPPORTED",
        "ALREADY_IN_USE",
        "SHARE_LIMIT",
        "INVITATIONS_POOL_EXHAUSTED",
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            ShareStatus::ShareOk => "SHARE_OK",
            ShareStatus::NoSubscription => "NO_SUBSCRIPTION",
            ShareStatus::SubscriptionStopped => "SUBSCRIPTION_STOPPED",
            ShareStatus::RequestAccepted => "REQUEST_ACCEPTED",
            ShareStatus::RequestDeclined => "REQUEST_DECLINED",
            ShareStatus::SharingEnded => "SHARING_ENDED",
            ShareStatus::ShareCodeNotFound => "SHARE_CODE_NOT_FOUND",
            ShareStatus::ShareChangeTypeNotSupported => "SHARE_CHANGE_TYPE_NOT_SUPPORTED",
            ShareStatus::AlreadyInUse => "ALREADY_IN_USE",
            ShareStatus::ShareLimit => "SHARE_LIMIT",
            ShareStatus::InvitationsPoolExhausted => "INVITATIONS_POOL_EXHAUSTED",
            ShareStatus::Unknown(value) => value,
        }
    }
}
impl ::std::fmt::Display for ShareStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for ShareStatus {
    fn from(value: &str) -> Self {
        match value {
            "SHARE_OK" => ShareStatus::ShareOk,
            "NO_SUBSCRIPTION" => ShareStatus::NoSubscription,
            "SUBSCRIPTION_STOPPED" => ShareStatus::SubscriptionStopped,
            "REQUEST_ACCEPTED" => ShareStatus::RequestAccepted,
            "REQUEST_DECLINED" => ShareStatus::RequestDeclined,
            "SHARING_ENDED" => ShareStatus::SharingEnded,
            "SHARE_CODE_NOT_FOUND" => ShareStatus::ShareCodeNotFound,
            "SHARE_CHANGE_TYPE_NOT_SUPPORTED" => ShareStatus::ShareChangeTypeNotSupported,
            "ALREADY_IN_USE" => ShareStatus::AlreadyInUse,
            "SHARE_LIMIT" => ShareStatus::ShareLimit,
            "INVITATIONS_POOL_EXHAUSTED" => ShareStatus::InvitationsPoolExhausted,
            other => ShareStatus::Unknown(other.to_owned()),
        }
    }
}
impl ::std::str::FromStr for ShareStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(ShareStatus::from(value))
    }
}
impl ::serde::Serialize for ShareStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ShareStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let value = ShareStatus::from(value.as_str());
        #[cfg(feature = "mock")]
        if let ShareStatus::Unknown(raw) = &value {
            crate::runtime::mock_support::check_known::<
                D::Error,
                &str,
            >(raw, ShareStatus::VALUES)?;
        }
        ::std::result::Result::Ok(value)
    }
}
/// The sharing rules of a product. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ShareRulesResponse {
    /// The `customerProductShareRules` property.
    #[serde(
        rename = "customerProductShareRules",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_product_share_rules: ::std::option::Option<::std::vec::Vec<ShareRule>>,
}
impl ShareRulesResponse {
    /// Sets [`customer_product_share_rules`](Self::customer_product_share_rules).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_customer_product_share_rules(
        mut self,
        customer_product_share_rules: ::std::vec::Vec<ShareRule>,
    ) -> Self {
        self.customer_product_share_rules = ::std::option::Option::Some(
            customer_product_share_rules,
        );
        self
    }
}
/// How, and how many times, a product may be shared. Field types and meanings are
/// inferred from the documented example and the field names.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ShareRule {
    /// The product the rule applies to.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// How the product may be shared; a short code whose values are not documented
    /// (the example shows `A`).
    #[serde(
        rename = "shareType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_type: ::std::option::Option<::std::string::String>,
    /// Presumably how many times the product may be shared (inferred).
    #[serde(
        rename = "shareCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_count: ::std::option::Option<i64>,
}
impl ShareRule {
    /// Sets [`product_code`](Self::product_code).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_product_code(
        mut self,
        product_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(product_code.into());
        self
    }
    /// Sets [`share_type`](Self::share_type).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_share_type(
        mut self,
        share_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_type = ::std::option::Option::Some(share_type.into());
        self
    }
    /// Sets [`share_count`](Self::share_count).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_share_count(mut self, share_count: i64) -> Self {
        self.share_count = ::std::option::Option::Some(share_count);
        self
    }
}
/// Request to end a sharing. Both fields appear in the documented example; their types
/// and the fact that they are required are inferred.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct CancelSharingRequest {
    /// The code of the sharing to end.
    #[serde(rename = "shareCode")]
    pub share_code: ::std::string::String,
    /// The change to make; the example sends `CANCEL`, and by analogy with declining
    /// it is probably the only accepted value (inferred).
    #[serde(rename = "changeType")]
    pub change_type: ::std::string::String,
}
impl CancelSharingRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        share_code: impl ::std::convert::Into<::std::string::String>,
        change_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        CancelSharingRequest {
            share_code: share_code.into(),
            change_type: change_type.into(),
        }
    }
}
/// What to check access for. No field is required; when two or more are sent, the user
/// must match all of them. The types of `customerNumber` and `credential` are inferred
/// from the example (their schema is cut off in the reference).
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct CheckAccessRequest {
    /// Checks access by product (subscription).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product: ::std::option::Option<::std::string::String>,
    /// Checks access to a specific article.
    #[serde(
        rename = "articleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub article_id: ::std::option::Option<::std::string::String>,
    /// Checks access by domain.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub domain: ::std::option::Option<::std::string::String>,
    /// Checks access by IP address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip: ::std::option::Option<::std::string::String>,
    /// Checks access through any subscription whose category has this category type.
    #[serde(
        rename = "categoryType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category_type: ::std::option::Option<::std::string::String>,
    /// `true`: check whether the user has Azure AD access.
    #[serde(
        rename = "accessAzureAd",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_azure_ad: ::std::option::Option<bool>,
    /// `true`: check whether the user or their aID family has access to the product.
    #[serde(
        rename = "accessAidFamily",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_aid_family: ::std::option::Option<bool>,
    /// `true`: check domain access based on the category type.
    #[serde(
        rename = "accessDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_domain: ::std::option::Option<bool>,
    /// `true`: return the complete list of article ids the user has access to (unless
    /// `articleId` is also given). The field of the response that holds that list is
    /// not documented.
    #[serde(
        rename = "accessArticle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_article: ::std::option::Option<bool>,
    /// Checks access by the unique ID from the Profile API.
    #[serde(
        rename = "uniqueId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unique_id: ::std::option::Option<::std::string::String>,
    /// The customer number; checked together with `credential`. The type is inferred
    /// from the example.
    #[serde(
        rename = "customerNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_number: ::std::option::Option<i64>,
    /// The user's credential, e.g. a phone number in E.164 form. The type is inferred
    /// from the example.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential: ::std::option::Option<::std::string::String>,
}
impl CheckAccessRequest {
    /// Sets [`product`](Self::product).
    pub fn with_product(
        mut self,
        product: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product = ::std::option::Option::Some(product.into());
        self
    }
    /// Sets [`article_id`](Self::article_id).
    pub fn with_article_id(
        mut self,
        article_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.article_id = ::std::option::Option::Some(article_id.into());
        self
    }
    /// Sets [`domain`](Self::domain).
    pub fn with_domain(
        mut self,
        domain: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domain = ::std::option::Option::Some(domain.into());
        self
    }
    /// Sets [`ip`](Self::ip).
    pub fn with_ip(
        mut self,
        ip: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ip = ::std::option::Option::Some(ip.into());
        self
    }
    /// Sets [`category_type`](Self::category_type).
    pub fn with_category_type(
        mut self,
        category_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category_type = ::std::option::Option::Some(category_type.into());
        self
    }
    /// Sets [`access_azure_ad`](Self::access_azure_ad).
    pub fn with_access_azure_ad(mut self, access_azure_ad: bool) -> Self {
        self.access_azure_ad = ::std::option::Option::Some(access_azure_ad);
        self
    }
    /// Sets [`access_aid_family`](Self::access_aid_family).
    pub fn with_access_aid_family(mut self, access_aid_family: bool) -> Self {
        self.access_aid_family = ::std::option::Option::Some(access_aid_family);
        self
    }
    /// Sets [`access_domain`](Self::access_domain).
    pub fn with_access_domain(mut self, access_domain: bool) -> Self {
        self.access_domain = ::std::option::Option::Some(access_domain);
        self
    }
    /// Sets [`access_article`](Self::access_article).
    pub fn with_access_article(mut self, access_article: bool) -> Self {
        self.access_article = ::std::option::Option::Some(access_article);
        self
    }
    /// Sets [`unique_id`](Self::unique_id).
    pub fn with_unique_id(
        mut self,
        unique_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unique_id = ::std::option::Option::Some(unique_id.into());
        self
    }
    /// Sets [`customer_number`](Self::customer_number).
    pub fn with_customer_number(mut self, customer_number: i64) -> Self {
        self.customer_number = ::std::option::Option::Some(customer_number);
        self
    }
    /// Sets [`credential`](Self::credential).
    pub fn with_credential(
        mut self,
        credential: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credential = ::std::option::Option::Some(credential.into());
        self
    }
}
/// The result of an access check. The reference shows no response schema; the field
/// types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct CheckAccessResponse {
    /// The overall result.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access: ::std::option::Option<bool>,
    /// One entry per checked access.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accesses: ::std::option::Option<::std::vec::Vec<AccessEntry>>,
}
impl CheckAccessResponse {
    /// Sets [`access`](Self::access).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_access(mut self, access: bool) -> Self {
        self.access = ::std::option::Option::Some(access);
        self
    }
    /// Sets [`accesses`](Self::accesses).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_accesses(mut self, accesses: ::std::vec::Vec<AccessEntry>) -> Self {
        self.accesses = ::std::option::Option::Some(accesses);
        self
    }
}
/// One checked access. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct AccessEntry {
    /// The `access` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access: ::std::option::Option<bool>,
    /// A short code; the example shows `A`, `B` and `C`, but the values and their
    /// meanings are not documented.
    #[serde(
        rename = "accessLevel",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_level: ::std::option::Option<::std::string::String>,
    /// A short code; the example shows `A` and `D`, but the values and their meanings
    /// are not documented.
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_type: ::std::option::Option<::std::string::String>,
}
impl AccessEntry {
    /// Sets [`access`](Self::access).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_access(mut self, access: bool) -> Self {
        self.access = ::std::option::Option::Some(access);
        self
    }
    /// Sets [`access_level`](Self::access_level).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_access_level(
        mut self,
        access_level: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_level = ::std::option::Option::Some(access_level.into());
        self
    }
    /// Sets [`access_type`](Self::access_type).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_access_type(
        mut self,
        access_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_type = ::std::option::Option::Some(access_type.into());
        self
    }
}
/// Whom to assign the order to, and whether to tell them. Only `credential` has a
/// documented schema; the types of the other fields are inferred from the example.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct AssignUserRequest {
    /// The user's credential: an email address, a mobile number in E.164 form, or an
    /// id from Facebook, Google, aID, Egmont ID, Coruscant ID, LRF Media ID and others
    /// (the reference's list is cut off).
    pub credential: ::std::string::String,
    /// `true`: tell the user by email or SMS. Then `overrideClientId` is required, and
    /// `returnUrl` and `errorUrl` must be given to build the link in the message.
    #[serde(
        rename = "isSendMessage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_send_message: ::std::option::Option<bool>,
    /// Where the link in the message leads on success. Must be given when a message is
    /// sent (presumably only then; inferred).
    #[serde(
        rename = "returnUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_url: ::std::option::Option<::std::string::String>,
    /// Where the link in the message leads on failure. Must be given when a message is
    /// sent (presumably only then; inferred).
    #[serde(
        rename = "errorUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_url: ::std::option::Option<::std::string::String>,
    /// Presumably how long the link in the message stays valid (inferred from the
    /// name); the unit is not documented.
    #[serde(
        rename = "linkLifetime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub link_lifetime: ::std::option::Option<i64>,
    /// Required when `isSendMessage` is `true`.
    #[serde(
        rename = "overrideClientId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub override_client_id: ::std::option::Option<::std::string::String>,
}
impl AssignUserRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(credential: impl ::std::convert::Into<::std::string::String>) -> Self {
        AssignUserRequest {
            credential: credential.into(),
            is_send_message: ::std::option::Option::None,
            return_url: ::std::option::Option::None,
            error_url: ::std::option::Option::None,
            link_lifetime: ::std::option::Option::None,
            override_client_id: ::std::option::Option::None,
        }
    }
    /// Sets [`is_send_message`](Self::is_send_message).
    pub fn with_is_send_message(mut self, is_send_message: bool) -> Self {
        self.is_send_message = ::std::option::Option::Some(is_send_message);
        self
    }
    /// Sets [`return_url`](Self::return_url).
    pub fn with_return_url(
        mut self,
        return_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.return_url = ::std::option::Option::Some(return_url.into());
        self
    }
    /// Sets [`error_url`](Self::error_url).
    pub fn with_error_url(
        mut self,
        error_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_url = ::std::option::Option::Some(error_url.into());
        self
    }
    /// Sets [`link_lifetime`](Self::link_lifetime).
    pub fn with_link_lifetime(mut self, link_lifetime: i64) -> Self {
        self.link_lifetime = ::std::option::Option::Some(link_lifetime);
        self
    }
    /// Sets [`override_client_id`](Self::override_client_id).
    pub fn with_override_client_id(
        mut self,
        override_client_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.override_client_id = ::std::option::Option::Some(override_client_id.into());
        self
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        {
            let v = &self.credential;
            crate::runtime::check_length(
                "credential",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(60),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The user the order was assigned to. The reference shows no response schema; the
/// field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct AssignUserResponse {
    /// The `orderId` property.
    #[serde(
        rename = "orderId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<OrderId>,
    /// The user's unique id.
    #[serde(
        rename = "uniqueUserId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unique_user_id: ::std::option::Option<::std::string::String>,
    /// Presumably whether the user was created by this call (inferred).
    #[serde(
        rename = "isNewUser",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_new_user: ::std::option::Option<bool>,
    /// Presumably whether the user has set a password (inferred).
    #[serde(
        rename = "isPasswordSet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_password_set: ::std::option::Option<bool>,
}
impl AssignUserResponse {
    /// Sets [`order_id`](Self::order_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_order_id(mut self, order_id: OrderId) -> Self {
        self.order_id = ::std::option::Option::Some(order_id);
        self
    }
    /// Sets [`unique_user_id`](Self::unique_user_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_unique_user_id(
        mut self,
        unique_user_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unique_user_id = ::std::option::Option::Some(unique_user_id.into());
        self
    }
    /// Sets [`is_new_user`](Self::is_new_user).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_is_new_user(mut self, is_new_user: bool) -> Self {
        self.is_new_user = ::std::option::Option::Some(is_new_user);
        self
    }
    /// Sets [`is_password_set`](Self::is_password_set).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_is_password_set(mut self, is_password_set: bool) -> Self {
        self.is_password_set = ::std::option::Option::Some(is_password_set);
        self
    }
}
/// An order id. The reference contradicts itself: the `orderId` path parameter of
/// "Assign user - client mode" is declared a string, while its response example
/// returns the number `14`. Both forms are accepted, so either decodes without loss.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    any(feature = "mock", feature = "full-serde"),
    derive(::serde::Serialize),
    serde(untagged)
)]
pub enum OrderId {
    /// The `Integer` alternative.
    Integer(i64),
    /// The `String` alternative.
    String(::std::string::String),
}
impl<'de> ::serde::Deserialize<'de> for OrderId {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(OrderId::Integer(v));
        }
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(OrderId::String(v));
        }
        ::std::result::Result::Err(
            D::Error::custom("the value matches none of the alternatives of `OrderId`"),
        )
    }
}
/// An invoice number. The reference contradicts itself: "List invoices and reminders
/// for product" shows it as the string `"7435367"` for an invoice and as the number
/// `7435367` for a reminder. Both forms are accepted, so either decodes without loss
/// (a string keeps any leading zeros).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    any(feature = "mock", feature = "full-serde"),
    derive(::serde::Serialize),
    serde(untagged)
)]
pub enum InvoiceNumber {
    /// The `String` alternative.
    String(::std::string::String),
    /// The `Integer` alternative.
    Integer(i64),
}
impl<'de> ::serde::Deserialize<'de> for InvoiceNumber {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(InvoiceNumber::String(v));
        }
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(InvoiceNumber::Integer(v));
        }
        ::std::result::Result::Err(
            D::Error::custom(
                "the value matches none of the alternatives of `InvoiceNumber`",
            ),
        )
    }
}
/// An amount of money. The reference contradicts itself: `invoiceAmount` is the string
/// `"295.00"` in "List invoices and reminders for product" and the number `295` (or
/// `84.54`) in "List invoices for product - client mode". Both forms are accepted, so
/// either decodes without loss (a string keeps its exact decimal text).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    any(feature = "mock", feature = "full-serde"),
    derive(::serde::Serialize),
    serde(untagged)
)]
pub enum InvoiceAmount {
    /// The `String` alternative.
    String(::std::string::String),
    /// The `Number` alternative.
    Number(f64),
}
impl<'de> ::serde::Deserialize<'de> for InvoiceAmount {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(InvoiceAmount::String(v));
        }
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(InvoiceAmount::Number(v));
        }
        ::std::result::Result::Err(
            D::Error::custom(
                "the value matches none of the alternatives of `InvoiceAmount`",
            ),
        )
    }
}
/// A point in time. The reference contradicts itself: the same fields (`dueDate`,
/// `invoiceDate`, `paymentDate`) are date strings (`"2022-01-21"`, `YYYY-MM-DD`) in
/// some examples and epoch milliseconds (`1561716000000`) in others, even within one
/// response. Both forms are accepted, so either decodes without loss.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    any(feature = "mock", feature = "full-serde"),
    derive(::serde::Serialize),
    serde(untagged)
)]
pub enum DateOrEpochMillis {
    /// The `String` alternative.
    String(::std::string::String),
    /// The `Integer` alternative.
    Integer(i64),
}
impl<'de> ::serde::Deserialize<'de> for DateOrEpochMillis {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(DateOrEpochMillis::String(v));
        }
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(DateOrEpochMillis::Integer(v));
        }
        ::std::result::Result::Err(
            D::Error::custom(
                "the value matches none of the alternatives of `DateOrEpochMillis`",
            ),
        )
    }
}
/// A customer's invoices. The reference shows no response schema; the field types are
/// inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ClientInvoiceListResponse {
    /// The `clientInvoiceInfoList` property.
    #[serde(
        rename = "clientInvoiceInfoList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_invoice_info_list: ::std::option::Option<
        ::std::vec::Vec<ClientInvoiceInfo>,
    >,
}
impl ClientInvoiceListResponse {
    /// Sets [`client_invoice_info_list`](Self::client_invoice_info_list).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_client_invoice_info_list(
        mut self,
        client_invoice_info_list: ::std::vec::Vec<ClientInvoiceInfo>,
    ) -> Self {
        self.client_invoice_info_list = ::std::option::Option::Some(
            client_invoice_info_list,
        );
        self
    }
}
/// One invoice with its payment, as the client-mode invoice operations return it. Field
/// types and meanings are inferred from the documented example and the field names;
/// the value sets of the short codes are not documented.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ClientInvoiceInfo {
    /// The `invoiceId` property.
    #[serde(
        rename = "invoiceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_id: ::std::option::Option<::std::string::String>,
    /// The `invoiceDate` property.
    #[serde(
        rename = "invoiceDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_date: ::std::option::Option<DateOrEpochMillis>,
    /// The `invoiceOfferCount` property.
    #[serde(
        rename = "invoiceOfferCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_offer_count: ::std::option::Option<::std::string::String>,
    /// The `customerNumber` property.
    #[serde(
        rename = "customerNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_number: ::std::option::Option<i64>,
    /// The `product` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product: ::std::option::Option<::std::string::String>,
    /// The `productName` property.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Typed as a number (whole in the examples) so that a decimal value still decodes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<f64>,
    /// The `companyCode` property.
    #[serde(
        rename = "companyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub company_code: ::std::option::Option<::std::string::String>,
    /// A numeric-looking code; the values are not documented.
    #[serde(
        rename = "paymentStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_status: ::std::option::Option<::std::string::String>,
    /// The `invoiceAmount` property.
    #[serde(
        rename = "invoiceAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_amount: ::std::option::Option<InvoiceAmount>,
    /// The `paidAmount` property.
    #[serde(
        rename = "paidAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub paid_amount: ::std::option::Option<f64>,
    /// A short code; the values are not documented.
    #[serde(
        rename = "paymentMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_method: ::std::option::Option<::std::string::String>,
    /// Presumably where the invoice can be viewed (inferred).
    #[serde(
        rename = "invoiceHotelUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_hotel_url: ::std::option::Option<::std::string::String>,
    /// The `paymentDate` property.
    #[serde(
        rename = "paymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_date: ::std::option::Option<DateOrEpochMillis>,
    /// The `dueDate` property.
    #[serde(
        rename = "dueDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub due_date: ::std::option::Option<DateOrEpochMillis>,
    /// The `desc` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub desc: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The `period` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub period: ::std::option::Option<i64>,
    /// A short code; the values are not documented.
    #[serde(
        rename = "periodUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// A date `YYYY-MM-DD`.
    #[serde(
        rename = "fromTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_time: ::std::option::Option<::std::string::String>,
    /// A date `YYYY-MM-DD`. Spelled `incltime` here; reminders use `includeTime`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub incltime: ::std::option::Option<::std::string::String>,
    /// The `invoiceLineInfo` property.
    #[serde(
        rename = "invoiceLineInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_line_info: ::std::option::Option<::std::vec::Vec<InvoiceLine>>,
}
impl ClientInvoiceInfo {
    /// Sets [`invoice_id`](Self::invoice_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_id(
        mut self,
        invoice_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoice_id = ::std::option::Option::Some(invoice_id.into());
        self
    }
    /// Sets [`invoice_date`](Self::invoice_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_date(mut self, invoice_date: DateOrEpochMillis) -> Self {
        self.invoice_date = ::std::option::Option::Some(invoice_date);
        self
    }
    /// Sets [`invoice_offer_count`](Self::invoice_offer_count).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_offer_count(
        mut self,
        invoice_offer_count: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoice_offer_count = ::std::option::Option::Some(
            invoice_offer_count.into(),
        );
        self
    }
    /// Sets [`customer_number`](Self::customer_number).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_customer_number(mut self, customer_number: i64) -> Self {
        self.customer_number = ::std::option::Option::Some(customer_number);
        self
    }
    /// Sets [`product`](Self::product).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_product(
        mut self,
        product: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product = ::std::option::Option::Some(product.into());
        self
    }
    /// Sets [`product_name`](Self::product_name).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_product_name(
        mut self,
        product_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(product_name.into());
        self
    }
    /// Sets [`amount`](Self::amount).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_amount(mut self, amount: f64) -> Self {
        self.amount = ::std::option::Option::Some(amount);
        self
    }
    /// Sets [`company_code`](Self::company_code).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_company_code(
        mut self,
        company_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.company_code = ::std::option::Option::Some(company_code.into());
        self
    }
    /// Sets [`payment_status`](Self::payment_status).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_payment_status(
        mut self,
        payment_status: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_status = ::std::option::Option::Some(payment_status.into());
        self
    }
    /// Sets [`invoice_amount`](Self::invoice_amount).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_amount(mut self, invoice_amount: InvoiceAmount) -> Self {
        self.invoice_amount = ::std::option::Option::Some(invoice_amount);
        self
    }
    /// Sets [`paid_amount`](Self::paid_amount).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_paid_amount(mut self, paid_amount: f64) -> Self {
        self.paid_amount = ::std::option::Option::Some(paid_amount);
        self
    }
    /// Sets [`payment_method`](Self::payment_method).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_payment_method(
        mut self,
        payment_method: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_method = ::std::option::Option::Some(payment_method.into());
        self
    }
    /// Sets [`invoice_hotel_url`](Self::invoice_hotel_url).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_hotel_url(
        mut self,
        invoice_hotel_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoice_hotel_url = ::std::option::Option::Some(invoice_hotel_url.into());
        self
    }
    /// Sets [`payment_date`](Self::payment_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_payment_date(mut self, payment_date: DateOrEpochMillis) -> Self {
        self.payment_date = ::std::option::Option::Some(payment_date);
        self
    }
    /// Sets [`due_date`](Self::due_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_due_date(mut self, due_date: DateOrEpochMillis) -> Self {
        self.due_date = ::std::option::Option::Some(due_date);
        self
    }
    /// Sets [`desc`](Self::desc).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_desc(mut self, desc: ::std::vec::Vec<::std::string::String>) -> Self {
        self.desc = ::std::option::Option::Some(desc);
        self
    }
    /// Sets [`period`](Self::period).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_period(mut self, period: i64) -> Self {
        self.period = ::std::option::Option::Some(period);
        self
    }
    /// Sets [`period_unit`](Self::period_unit).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_period_unit(
        mut self,
        period_unit: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.period_unit = ::std::option::Option::Some(period_unit.into());
        self
    }
    /// Sets [`from_time`](Self::from_time).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_from_time(
        mut self,
        from_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_time = ::std::option::Option::Some(from_time.into());
        self
    }
    /// Sets [`incltime`](Self::incltime).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_incltime(
        mut self,
        incltime: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.incltime = ::std::option::Option::Some(incltime.into());
        self
    }
    /// Sets [`invoice_line_info`](Self::invoice_line_info).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_line_info(
        mut self,
        invoice_line_info: ::std::vec::Vec<InvoiceLine>,
    ) -> Self {
        self.invoice_line_info = ::std::option::Option::Some(invoice_line_info);
        self
    }
}
/// One line of an invoice. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct InvoiceLine {
    /// The `productCode` property.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// The `invoiceAmount` property.
    #[serde(
        rename = "invoiceAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_amount: ::std::option::Option<InvoiceAmount>,
    /// The `invoiceVatAmount` property.
    #[serde(
        rename = "invoiceVatAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_vat_amount: ::std::option::Option<f64>,
    /// The `invoiceVatPercent` property.
    #[serde(
        rename = "invoiceVatPercent",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_vat_percent: ::std::option::Option<f64>,
}
impl InvoiceLine {
    /// Sets [`product_code`](Self::product_code).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_product_code(
        mut self,
        product_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(product_code.into());
        self
    }
    /// Sets [`invoice_amount`](Self::invoice_amount).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_amount(mut self, invoice_amount: InvoiceAmount) -> Self {
        self.invoice_amount = ::std::option::Option::Some(invoice_amount);
        self
    }
    /// Sets [`invoice_vat_amount`](Self::invoice_vat_amount).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_vat_amount(mut self, invoice_vat_amount: f64) -> Self {
        self.invoice_vat_amount = ::std::option::Option::Some(invoice_vat_amount);
        self
    }
    /// Sets [`invoice_vat_percent`](Self::invoice_vat_percent).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_vat_percent(mut self, invoice_vat_percent: f64) -> Self {
        self.invoice_vat_percent = ::std::option::Option::Some(invoice_vat_percent);
        self
    }
}
/// The user's invoices and reminders. The reference shows no response schema; the field
/// types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct InvoicesAndRemindersResponse {
    /// The `invoices` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invoices: ::std::option::Option<::std::vec::Vec<CustomerInvoice>>,
    /// The `reminders` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reminders: ::std::option::Option<::std::vec::Vec<InvoiceReminder>>,
}
impl InvoicesAndRemindersResponse {
    /// Sets [`invoices`](Self::invoices).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoices(mut self, invoices: ::std::vec::Vec<CustomerInvoice>) -> Self {
        self.invoices = ::std::option::Option::Some(invoices);
        self
    }
    /// Sets [`reminders`](Self::reminders).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_reminders(
        mut self,
        reminders: ::std::vec::Vec<InvoiceReminder>,
    ) -> Self {
        self.reminders = ::std::option::Option::Some(reminders);
        self
    }
}
/// One of the user's invoices. Field types and meanings are inferred from the
/// documented example and the field names; the value sets of the short codes are not
/// documented.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct CustomerInvoice {
    /// The `customerNumber` property.
    #[serde(
        rename = "customerNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_number: ::std::option::Option<i64>,
    /// The `product` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product: ::std::option::Option<::std::string::String>,
    /// The `invoiceOfferCount` property.
    #[serde(
        rename = "invoiceOfferCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_offer_count: ::std::option::Option<::std::string::String>,
    /// The `productName` property.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Typed as a number (whole in the examples) so that a decimal value still decodes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<f64>,
    /// The `invoiceDate` property.
    #[serde(
        rename = "invoiceDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_date: ::std::option::Option<DateOrEpochMillis>,
    /// The `invoiceNumber` property.
    #[serde(
        rename = "invoiceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_number: ::std::option::Option<InvoiceNumber>,
    /// The `companyCode` property.
    #[serde(
        rename = "companyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub company_code: ::std::option::Option<::std::string::String>,
    /// The `paymentDate` property.
    #[serde(
        rename = "paymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_date: ::std::option::Option<DateOrEpochMillis>,
    /// The `dueDate` property.
    #[serde(
        rename = "dueDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub due_date: ::std::option::Option<DateOrEpochMillis>,
    /// A numeric-looking code; the values are not documented.
    #[serde(
        rename = "paymentStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_status: ::std::option::Option<::std::string::String>,
    /// The `invoiceAmount` property.
    #[serde(
        rename = "invoiceAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_amount: ::std::option::Option<InvoiceAmount>,
    /// The `paidAmount` property.
    #[serde(
        rename = "paidAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub paid_amount: ::std::option::Option<f64>,
    /// A short code; the values are not documented.
    #[serde(
        rename = "paymentMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_method: ::std::option::Option<::std::string::String>,
    /// Presumably where the invoice can be viewed (inferred).
    #[serde(
        rename = "invoiceHotelUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_hotel_url: ::std::option::Option<::std::string::String>,
    /// The example shows `Invoiced`; the values are not documented.
    #[serde(
        rename = "invoiceStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_status: ::std::option::Option<::std::string::String>,
}
impl CustomerInvoice {
    /// Sets [`customer_number`](Self::customer_number).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_customer_number(mut self, customer_number: i64) -> Self {
        self.customer_number = ::std::option::Option::Some(customer_number);
        self
    }
    /// Sets [`product`](Self::product).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_product(
        mut self,
        product: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product = ::std::option::Option::Some(product.into());
        self
    }
    /// Sets [`invoice_offer_count`](Self::invoice_offer_count).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_offer_count(
        mut self,
        invoice_offer_count: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoice_offer_count = ::std::option::Option::Some(
            invoice_offer_count.into(),
        );
        self
    }
    /// Sets [`product_name`](Self::product_name).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_product_name(
        mut self,
        product_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(product_name.into());
        self
    }
    /// Sets [`amount`](Self::amount).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_amount(mut self, amount: f64) -> Self {
        self.amount = ::std::option::Option::Some(amount);
        self
    }
    /// Sets [`invoice_date`](Self::invoice_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_date(mut self, invoice_date: DateOrEpochMillis) -> Self {
        self.invoice_date = ::std::option::Option::Some(invoice_date);
        self
    }
    /// Sets [`invoice_number`](Self::invoice_number).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_number(mut self, invoice_number: InvoiceNumber) -> Self {
        self.invoice_number = ::std::option::Option::Some(invoice_number);
        self
    }
    /// Sets [`company_code`](Self::company_code).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_company_code(
        mut self,
        company_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.company_code = ::std::option::Option::Some(company_code.into());
        self
    }
    /// Sets [`payment_date`](Self::payment_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_payment_date(mut self, payment_date: DateOrEpochMillis) -> Self {
        self.payment_date = ::std::option::Option::Some(payment_date);
        self
    }
    /// Sets [`due_date`](Self::due_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_due_date(mut self, due_date: DateOrEpochMillis) -> Self {
        self.due_date = ::std::option::Option::Some(due_date);
        self
    }
    /// Sets [`payment_status`](Self::payment_status).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_payment_status(
        mut self,
        payment_status: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_status = ::std::option::Option::Some(payment_status.into());
        self
    }
    /// Sets [`invoice_amount`](Self::invoice_amount).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_amount(mut self, invoice_amount: InvoiceAmount) -> Self {
        self.invoice_amount = ::std::option::Option::Some(invoice_amount);
        self
    }
    /// Sets [`paid_amount`](Self::paid_amount).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_paid_amount(mut self, paid_amount: f64) -> Self {
        self.paid_amount = ::std::option::Option::Some(paid_amount);
        self
    }
    /// Sets [`payment_method`](Self::payment_method).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_payment_method(
        mut self,
        payment_method: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_method = ::std::option::Option::Some(payment_method.into());
        self
    }
    /// Sets [`invoice_hotel_url`](Self::invoice_hotel_url).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_hotel_url(
        mut self,
        invoice_hotel_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoice_hotel_url = ::std::option::Option::Some(invoice_hotel_url.into());
        self
    }
    /// Sets [`invoice_status`](Self::invoice_status).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_status(
        mut self,
        invoice_status: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoice_status = ::std::option::Option::Some(invoice_status.into());
        self
    }
}
/// A payment reminder for an invoice. Field types and meanings are inferred from the
/// documented example and the field names.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct InvoiceReminder {
    /// The `invoiceNumber` property.
    #[serde(
        rename = "invoiceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_number: ::std::option::Option<InvoiceNumber>,
    /// The `product` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product: ::std::option::Option<::std::string::String>,
    /// A date `YYYY-MM-DD`.
    #[serde(
        rename = "fromTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_time: ::std::option::Option<::std::string::String>,
    /// A date `YYYY-MM-DD`. Spelled `includeTime` here; client-mode invoices use
    /// `incltime`.
    #[serde(
        rename = "includeTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_time: ::std::option::Option<::std::string::String>,
    /// The `reminderDate` property.
    #[serde(
        rename = "reminderDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reminder_date: ::std::option::Option<DateOrEpochMillis>,
    /// Typed as a number (whole in the examples) so that a decimal value still decodes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<f64>,
    /// The `dueDate` property.
    #[serde(
        rename = "dueDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub due_date: ::std::option::Option<DateOrEpochMillis>,
    /// The `reminderNumber` property.
    #[serde(
        rename = "reminderNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reminder_number: ::std::option::Option<i64>,
    /// The example shows `reminder`; the values are not documented.
    #[serde(
        rename = "reminderType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reminder_type: ::std::option::Option<::std::string::String>,
    /// Presumably where the invoice can be viewed (inferred).
    #[serde(
        rename = "invoiceHotelUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_hotel_url: ::std::option::Option<::std::string::String>,
}
impl InvoiceReminder {
    /// Sets [`invoice_number`](Self::invoice_number).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_number(mut self, invoice_number: InvoiceNumber) -> Self {
        self.invoice_number = ::std::option::Option::Some(invoice_number);
        self
    }
    /// Sets [`product`](Self::product).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_product(
        mut self,
        product: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product = ::std::option::Option::Some(product.into());
        self
    }
    /// Sets [`from_time`](Self::from_time).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_from_time(
        mut self,
        from_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from_time = ::std::option::Option::Some(from_time.into());
        self
    }
    /// Sets [`include_time`](Self::include_time).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_include_time(
        mut self,
        include_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.include_time = ::std::option::Option::Some(include_time.into());
        self
    }
    /// Sets [`reminder_date`](Self::reminder_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_reminder_date(mut self, reminder_date: DateOrEpochMillis) -> Self {
        self.reminder_date = ::std::option::Option::Some(reminder_date);
        self
    }
    /// Sets [`amount`](Self::amount).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_amount(mut self, amount: f64) -> Self {
        self.amount = ::std::option::Option::Some(amount);
        self
    }
    /// Sets [`due_date`](Self::due_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_due_date(mut self, due_date: DateOrEpochMillis) -> Self {
        self.due_date = ::std::option::Option::Some(due_date);
        self
    }
    /// Sets [`reminder_number`](Self::reminder_number).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_reminder_number(mut self, reminder_number: i64) -> Self {
        self.reminder_number = ::std::option::Option::Some(reminder_number);
        self
    }
    /// Sets [`reminder_type`](Self::reminder_type).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_reminder_type(
        mut self,
        reminder_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reminder_type = ::std::option::Option::Some(reminder_type.into());
        self
    }
    /// Sets [`invoice_hotel_url`](Self::invoice_hotel_url).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_hotel_url(
        mut self,
        invoice_hotel_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoice_hotel_url = ::std::option::Option::Some(invoice_hotel_url.into());
        self
    }
}
/// One invoice with its details. The reference collapses the example and shows no
/// schema, so the invoice is left untyped.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct InvoiceDetailsResponse {
    /// The invoice with its offers, details and lines (not documented).
    #[serde(
        rename = "invoiceInfoWithDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_info_with_detail: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
impl InvoiceDetailsResponse {
    /// Sets [`invoice_info_with_detail`](Self::invoice_info_with_detail).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_invoice_info_with_detail(
        mut self,
        invoice_info_with_detail: ::std::collections::BTreeMap<
            ::std::string::String,
            ::serde_json::Value,
        >,
    ) -> Self {
        self.invoice_info_with_detail = ::std::option::Option::Some(
            invoice_info_with_detail,
        );
        self
    }
}
/// What kind of identifier a consent subject is. The meaning of each value is not in
/// the stored reference; presumably a Connect customer number (`CONNECT`), a ConnectID
/// user, an external id or an order (inferred).
///
/// Values the spec does not list are kept in the fallback variant rather than
/// rejected, since the server may be newer than this client.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ConsentSubjectType {
    /// `"CONNECT"`.
    Connect,
    /// `"CONNECTID"`.
    Connectid,
    /// `"EXTERNAL"`.
    External,
    /// `"ORDER"`.
    Order,
    /// A value the spec does not list.
    Unknown(::std::string::String),
}
impl ConsentSubjectType {
    /// Every value the spec lists, in spec order.
    pub const VALUES: &'static [&'static str] = &[
        "CONNECT",
        "CONNECTID",
        "EXTERNAL",
        "ORDER",
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            ConsentSubjectType::Connect => "CONNECT",
            ConsentSubjectType::Connectid => "CONNECTID",
            ConsentSubjectType::External => "EXTERNAL",
            ConsentSubjectType::Order => "ORDER",
            ConsentSubjectType::Unknown(value) => value,
        }
    }
}
impl ::std::fmt::Display for ConsentSubjectType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for ConsentSubjectType {
    fn from(value: &str) -> Self {
        match value {
            "CONNECT" => ConsentSubjectType::Connect,
            "CONNECTID" => ConsentSubjectType::Connectid,
            "EXTERNAL" => ConsentSubjectType::External,
            "ORDER" => ConsentSubjectType::Order,
            other => ConsentSubjectType::Unknown(other.to_owned()),
        }
    }
}
impl ::std::str::FromStr for ConsentSubjectType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(ConsentSubjectType::from(value))
    }
}
impl ::serde::Serialize for ConsentSubjectType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ConsentSubjectType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let value = ConsentSubjectType::from(value.as_str());
        #[cfg(feature = "mock")]
        if let ConsentSubjectType::Unknown(raw) = &value {
            crate::runtime::mock_support::check_known::<
                D::Error,
                &str,
            >(raw, ConsentSubjectType::VALUES)?;
        }
        ::std::result::Result::Ok(value)
    }
}
/// A subject's consents with their events. The reference shows no response schema;
/// the field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentEventHistoryResponse {
    /// The `issuer` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<::std::string::String>,
    /// The `subject` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// The subject type; presumably one of the values of the `subjectType` path
    /// parameter (`CONNECT`, `CONNECTID`, `EXTERNAL`, `ORDER`; inferred).
    #[serde(
        rename = "subjectType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subject_type: ::std::option::Option<::std::string::String>,
    /// The `consents` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consents: ::std::option::Option<::std::vec::Vec<ConsentWithEvents>>,
}
impl ConsentEventHistoryResponse {
    /// Sets [`issuer`](Self::issuer).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_issuer(
        mut self,
        issuer: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.issuer = ::std::option::Option::Some(issuer.into());
        self
    }
    /// Sets [`subject`](Self::subject).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_subject(
        mut self,
        subject: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subject = ::std::option::Option::Some(subject.into());
        self
    }
    /// Sets [`subject_type`](Self::subject_type).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_subject_type(
        mut self,
        subject_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subject_type = ::std::option::Option::Some(subject_type.into());
        self
    }
    /// Sets [`consents`](Self::consents).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consents(
        mut self,
        consents: ::std::vec::Vec<ConsentWithEvents>,
    ) -> Self {
        self.consents = ::std::option::Option::Some(consents);
        self
    }
}
/// A consent with its events. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentWithEvents {
    /// The `consentId` property.
    #[serde(
        rename = "consentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_id: ::std::option::Option<i64>,
    /// The `target` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    /// The `scope` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    /// The `events` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub events: ::std::option::Option<::std::vec::Vec<ConsentEventEntry>>,
}
impl ConsentWithEvents {
    /// Sets [`consent_id`](Self::consent_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_id(mut self, consent_id: i64) -> Self {
        self.consent_id = ::std::option::Option::Some(consent_id);
        self
    }
    /// Sets [`target`](Self::target).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_target(
        mut self,
        target: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target = ::std::option::Option::Some(target.into());
        self
    }
    /// Sets [`scope`](Self::scope).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_scope(
        mut self,
        scope: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scope = ::std::option::Option::Some(scope.into());
        self
    }
    /// Sets [`events`](Self::events).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_events(mut self, events: ::std::vec::Vec<ConsentEventEntry>) -> Self {
        self.events = ::std::option::Option::Some(events);
        self
    }
}
/// One consent event. Field types and meanings are inferred from the documented
/// example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentEventEntry {
    /// The `consentEventId` property.
    #[serde(
        rename = "consentEventId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_event_id: ::std::option::Option<i64>,
    /// When the event was created, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<i64>,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    /// Presumably `true` when consent was given, `false` when withdrawn.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub action: ::std::option::Option<bool>,
}
impl ConsentEventEntry {
    /// Sets [`consent_event_id`](Self::consent_event_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_event_id(mut self, consent_event_id: i64) -> Self {
        self.consent_event_id = ::std::option::Option::Some(consent_event_id);
        self
    }
    /// Sets [`created`](Self::created).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_created(mut self, created: i64) -> Self {
        self.created = ::std::option::Option::Some(created);
        self
    }
    /// Sets [`source`](Self::source).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_source(
        mut self,
        source: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source = ::std::option::Option::Some(source.into());
        self
    }
    /// Sets [`action`](Self::action).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_action(mut self, action: bool) -> Self {
        self.action = ::std::option::Option::Some(action);
        self
    }
}
/// An issuer's consents with the history of their texts. The reference shows no
/// response schema; the field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentTextHistoryResponse {
    /// The `issuer` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<::std::string::String>,
    /// The `consents` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consents: ::std::option::Option<::std::vec::Vec<ConsentTextHistory>>,
}
impl ConsentTextHistoryResponse {
    /// Sets [`issuer`](Self::issuer).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_issuer(
        mut self,
        issuer: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.issuer = ::std::option::Option::Some(issuer.into());
        self
    }
    /// Sets [`consents`](Self::consents).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consents(
        mut self,
        consents: ::std::vec::Vec<ConsentTextHistory>,
    ) -> Self {
        self.consents = ::std::option::Option::Some(consents);
        self
    }
}
/// A consent with its texts. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentTextHistory {
    /// The `consentId` property.
    #[serde(
        rename = "consentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_id: ::std::option::Option<i64>,
    /// The `consentGroupId` property.
    #[serde(
        rename = "consentGroupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_group_id: ::std::option::Option<i64>,
    /// The `target` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    /// The `scope` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    /// The `texts` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub texts: ::std::option::Option<::std::vec::Vec<ConsentTextVersions>>,
}
impl ConsentTextHistory {
    /// Sets [`consent_id`](Self::consent_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_id(mut self, consent_id: i64) -> Self {
        self.consent_id = ::std::option::Option::Some(consent_id);
        self
    }
    /// Sets [`consent_group_id`](Self::consent_group_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_group_id(mut self, consent_group_id: i64) -> Self {
        self.consent_group_id = ::std::option::Option::Some(consent_group_id);
        self
    }
    /// Sets [`target`](Self::target).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_target(
        mut self,
        target: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target = ::std::option::Option::Some(target.into());
        self
    }
    /// Sets [`scope`](Self::scope).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_scope(
        mut self,
        scope: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scope = ::std::option::Option::Some(scope.into());
        self
    }
    /// Sets [`texts`](Self::texts).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_texts(mut self, texts: ::std::vec::Vec<ConsentTextVersions>) -> Self {
        self.texts = ::std::option::Option::Some(texts);
        self
    }
}
/// The versions of a consent's text in one language. Field types are inferred from the
/// documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentTextVersions {
    /// The `consentTextId` property.
    #[serde(
        rename = "consentTextId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_text_id: ::std::option::Option<i64>,
    /// A language code in underscore form, such as `nb_NO`.
    #[serde(
        rename = "languageCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub language_code: ::std::option::Option<::std::string::String>,
    /// The `textHistory` property.
    #[serde(
        rename = "textHistory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub text_history: ::std::option::Option<::std::vec::Vec<ConsentTextVersion>>,
}
impl ConsentTextVersions {
    /// Sets [`consent_text_id`](Self::consent_text_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_text_id(mut self, consent_text_id: i64) -> Self {
        self.consent_text_id = ::std::option::Option::Some(consent_text_id);
        self
    }
    /// Sets [`language_code`](Self::language_code).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_language_code(
        mut self,
        language_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.language_code = ::std::option::Option::Some(language_code.into());
        self
    }
    /// Sets [`text_history`](Self::text_history).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_text_history(
        mut self,
        text_history: ::std::vec::Vec<ConsentTextVersion>,
    ) -> Self {
        self.text_history = ::std::option::Option::Some(text_history);
        self
    }
}
/// One version of a consent text and when it applied. Field types are inferred from the
/// documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentTextVersion {
    /// The `consentTextHistoryId` property.
    #[serde(
        rename = "consentTextHistoryId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_text_history_id: ::std::option::Option<i64>,
    /// The `text` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// Epoch milliseconds.
    #[serde(
        rename = "fromDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_date: ::std::option::Option<i64>,
    /// Epoch milliseconds.
    #[serde(
        rename = "toDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_date: ::std::option::Option<i64>,
}
impl ConsentTextVersion {
    /// Sets [`consent_text_history_id`](Self::consent_text_history_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_text_history_id(mut self, consent_text_history_id: i64) -> Self {
        self.consent_text_history_id = ::std::option::Option::Some(
            consent_text_history_id,
        );
        self
    }
    /// Sets [`text`](Self::text).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_text(
        mut self,
        text: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.text = ::std::option::Option::Some(text.into());
        self
    }
    /// Sets [`from_date`](Self::from_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_from_date(mut self, from_date: i64) -> Self {
        self.from_date = ::std::option::Option::Some(from_date);
        self
    }
    /// Sets [`to_date`](Self::to_date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_to_date(mut self, to_date: i64) -> Self {
        self.to_date = ::std::option::Option::Some(to_date);
        self
    }
}
/// An issuer's consents. The reference shows no response schema; the field types are
/// inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentsResponse {
    /// The `issuer` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<::std::string::String>,
    /// The `consents` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consents: ::std::option::Option<::std::vec::Vec<Consent>>,
}
impl ConsentsResponse {
    /// Sets [`issuer`](Self::issuer).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_issuer(
        mut self,
        issuer: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.issuer = ::std::option::Option::Some(issuer.into());
        self
    }
    /// Sets [`consents`](Self::consents).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consents(mut self, consents: ::std::vec::Vec<Consent>) -> Self {
        self.consents = ::std::option::Option::Some(consents);
        self
    }
}
/// A consent definition. Field types and meanings are inferred from the documented
/// example and the field names.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct Consent {
    /// The `consentId` property.
    #[serde(
        rename = "consentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_id: ::std::option::Option<i64>,
    /// The `consentGroupId` property.
    #[serde(
        rename = "consentGroupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_group_id: ::std::option::Option<i64>,
    /// The `target` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    /// The `scope` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    /// The `parentConsentId` property.
    #[serde(
        rename = "parentConsentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parent_consent_id: ::std::option::Option<i64>,
    /// The `selectionOrder` property.
    #[serde(
        rename = "selectionOrder",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub selection_order: ::std::option::Option<i64>,
    /// A short code; the example shows `A`, the values are not documented.
    #[serde(
        rename = "displayMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_mode: ::std::option::Option<::std::string::String>,
    /// Epoch milliseconds.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<i64>,
    /// The `texts` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub texts: ::std::option::Option<::std::vec::Vec<ConsentDisplayText>>,
    /// The `active` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<bool>,
}
impl Consent {
    /// Sets [`consent_id`](Self::consent_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_id(mut self, consent_id: i64) -> Self {
        self.consent_id = ::std::option::Option::Some(consent_id);
        self
    }
    /// Sets [`consent_group_id`](Self::consent_group_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_group_id(mut self, consent_group_id: i64) -> Self {
        self.consent_group_id = ::std::option::Option::Some(consent_group_id);
        self
    }
    /// Sets [`target`](Self::target).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_target(
        mut self,
        target: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target = ::std::option::Option::Some(target.into());
        self
    }
    /// Sets [`scope`](Self::scope).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_scope(
        mut self,
        scope: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scope = ::std::option::Option::Some(scope.into());
        self
    }
    /// Sets [`parent_consent_id`](Self::parent_consent_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_parent_consent_id(mut self, parent_consent_id: i64) -> Self {
        self.parent_consent_id = ::std::option::Option::Some(parent_consent_id);
        self
    }
    /// Sets [`selection_order`](Self::selection_order).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_selection_order(mut self, selection_order: i64) -> Self {
        self.selection_order = ::std::option::Option::Some(selection_order);
        self
    }
    /// Sets [`display_mode`](Self::display_mode).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_display_mode(
        mut self,
        display_mode: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_mode = ::std::option::Option::Some(display_mode.into());
        self
    }
    /// Sets [`created`](Self::created).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_created(mut self, created: i64) -> Self {
        self.created = ::std::option::Option::Some(created);
        self
    }
    /// Sets [`texts`](Self::texts).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_texts(mut self, texts: ::std::vec::Vec<ConsentDisplayText>) -> Self {
        self.texts = ::std::option::Option::Some(texts);
        self
    }
    /// Sets [`active`](Self::active).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_active(mut self, active: bool) -> Self {
        self.active = ::std::option::Option::Some(active);
        self
    }
}
/// A consent's name and description in one language. Field types are inferred from the
/// documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentDisplayText {
    /// A language code in underscore form, such as `nb_NO`.
    #[serde(
        rename = "languageCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub language_code: ::std::option::Option<::std::string::String>,
    /// The `name` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// The `description` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}
impl ConsentDisplayText {
    /// Sets [`language_code`](Self::language_code).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_language_code(
        mut self,
        language_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.language_code = ::std::option::Option::Some(language_code.into());
        self
    }
    /// Sets [`name`](Self::name).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_name(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(name.into());
        self
    }
    /// Sets [`description`](Self::description).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_description(
        mut self,
        description: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(description.into());
        self
    }
}
/// A consent event to register. The consent is identified either by `consentId` or by
/// both `consentTarget` and `consentScope`; if all three are sent they must refer to
/// the same consent. The reference shows only the example: every type here is
/// inferred from it, and `subject`, `subjectType` and `action` are marked required
/// because an event means nothing without them (inferred, not documented).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct ConsentEventRequest {
    /// The consent; or give `consentTarget` and `consentScope`.
    #[serde(
        rename = "consentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_id: ::std::option::Option<i64>,
    /// The consent's target; with `consentScope` it identifies the consent.
    #[serde(
        rename = "consentTarget",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_target: ::std::option::Option<::std::string::String>,
    /// The consent's scope; with `consentTarget` it identifies the consent.
    #[serde(
        rename = "consentScope",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_scope: ::std::option::Option<::std::string::String>,
    /// Whom the event is about, e.g. a customer number.
    pub subject: ::std::string::String,
    /// What kind of identifier `subject` is; presumably one of `CONNECT`, `CONNECTID`,
    /// `EXTERNAL`, `ORDER` as for "List consent event history - client mode"
    /// (inferred).
    #[serde(rename = "subjectType")]
    pub subject_type: ::std::string::String,
    /// Where the event comes from.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    /// Presumably `true` when consent is given, `false` when withdrawn.
    pub action: bool,
    /// When the event happened, in epoch milliseconds.
    #[serde(
        rename = "eventTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_time: ::std::option::Option<i64>,
    /// Not documented; the example `dHJ1ZQ==` is the base64 encoding of `true`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::string::String>,
}
impl ConsentEventRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        subject: impl ::std::convert::Into<::std::string::String>,
        subject_type: impl ::std::convert::Into<::std::string::String>,
        action: bool,
    ) -> Self {
        ConsentEventRequest {
            consent_id: ::std::option::Option::None,
            consent_target: ::std::option::Option::None,
            consent_scope: ::std::option::Option::None,
            subject: subject.into(),
            subject_type: subject_type.into(),
            source: ::std::option::Option::None,
            action,
            event_time: ::std::option::Option::None,
            data: ::std::option::Option::None,
        }
    }
    /// Sets [`consent_id`](Self::consent_id).
    pub fn with_consent_id(mut self, consent_id: i64) -> Self {
        self.consent_id = ::std::option::Option::Some(consent_id);
        self
    }
    /// Sets [`consent_target`](Self::consent_target).
    pub fn with_consent_target(
        mut self,
        consent_target: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consent_target = ::std::option::Option::Some(consent_target.into());
        self
    }
    /// Sets [`consent_scope`](Self::consent_scope).
    pub fn with_consent_scope(
        mut self,
        consent_scope: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consent_scope = ::std::option::Option::Some(consent_scope.into());
        self
    }
    /// Sets [`source`](Self::source).
    pub fn with_source(
        mut self,
        source: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source = ::std::option::Option::Some(source.into());
        self
    }
    /// Sets [`event_time`](Self::event_time).
    pub fn with_event_time(mut self, event_time: i64) -> Self {
        self.event_time = ::std::option::Option::Some(event_time);
        self
    }
    /// Sets [`data`](Self::data).
    pub fn with_data(
        mut self,
        data: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data = ::std::option::Option::Some(data.into());
        self
    }
}
/// The registered consent event. The reference shows no response schema; the field
/// types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentEventResponse {
    /// The `consentId` property.
    #[serde(
        rename = "consentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_id: ::std::option::Option<i64>,
    /// The `subject` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// The `subjectType` property.
    #[serde(
        rename = "subjectType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subject_type: ::std::option::Option<::std::string::String>,
    /// The `consentEventId` property.
    #[serde(
        rename = "consentEventId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_event_id: ::std::option::Option<i64>,
    /// Epoch milliseconds.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<i64>,
    /// The `source` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    /// The `action` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub action: ::std::option::Option<bool>,
    /// The `childEvents` property.
    #[serde(
        rename = "childEvents",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub child_events: ::std::option::Option<ConsentChildEvents>,
}
impl ConsentEventResponse {
    /// Sets [`consent_id`](Self::consent_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_id(mut self, consent_id: i64) -> Self {
        self.consent_id = ::std::option::Option::Some(consent_id);
        self
    }
    /// Sets [`subject`](Self::subject).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_subject(
        mut self,
        subject: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subject = ::std::option::Option::Some(subject.into());
        self
    }
    /// Sets [`subject_type`](Self::subject_type).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_subject_type(
        mut self,
        subject_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subject_type = ::std::option::Option::Some(subject_type.into());
        self
    }
    /// Sets [`consent_event_id`](Self::consent_event_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_event_id(mut self, consent_event_id: i64) -> Self {
        self.consent_event_id = ::std::option::Option::Some(consent_event_id);
        self
    }
    /// Sets [`created`](Self::created).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_created(mut self, created: i64) -> Self {
        self.created = ::std::option::Option::Some(created);
        self
    }
    /// Sets [`source`](Self::source).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_source(
        mut self,
        source: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source = ::std::option::Option::Some(source.into());
        self
    }
    /// Sets [`action`](Self::action).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_action(mut self, action: bool) -> Self {
        self.action = ::std::option::Option::Some(action);
        self
    }
    /// Sets [`child_events`](Self::child_events).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_child_events(mut self, child_events: ConsentChildEvents) -> Self {
        self.child_events = ::std::option::Option::Some(child_events);
        self
    }
}
/// The example shows a single object although the name is plural, so a list may be
/// what the API really sends (the schema is not documented); both forms are accepted.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(
    any(feature = "mock", feature = "full-serde"),
    derive(::serde::Serialize),
    serde(untagged)
)]
pub enum ConsentChildEvents {
    /// The `ConsentChildEvent` alternative.
    ConsentChildEvent(ConsentChildEvent),
    /// The `Array` alternative.
    Array(::std::vec::Vec<ConsentChildEvent>),
}
impl<'de> ::serde::Deserialize<'de> for ConsentChildEvents {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(ConsentChildEvents::ConsentChildEvent(v));
        }
        if let ::std::result::Result::Ok(v) = ::serde_json::from_value(value.clone()) {
            return ::std::result::Result::Ok(ConsentChildEvents::Array(v));
        }
        ::std::result::Result::Err(
            D::Error::custom(
                "the value matches none of the alternatives of `ConsentChildEvents`",
            ),
        )
    }
}
/// A child event of a consent event. Field types are inferred from the documented
/// example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ConsentChildEvent {
    /// The `consentEventId` property.
    #[serde(
        rename = "consentEventId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_event_id: ::std::option::Option<i64>,
    /// The `consentId` property.
    #[serde(
        rename = "consentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub consent_id: ::std::option::Option<i64>,
    /// Epoch milliseconds.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created: ::std::option::Option<i64>,
    /// The `action` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub action: ::std::option::Option<bool>,
}
impl ConsentChildEvent {
    /// Sets [`consent_event_id`](Self::consent_event_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_event_id(mut self, consent_event_id: i64) -> Self {
        self.consent_event_id = ::std::option::Option::Some(consent_event_id);
        self
    }
    /// Sets [`consent_id`](Self::consent_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_consent_id(mut self, consent_id: i64) -> Self {
        self.consent_id = ::std::option::Option::Some(consent_id);
        self
    }
    /// Sets [`created`](Self::created).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_created(mut self, created: i64) -> Self {
        self.created = ::std::option::Option::Some(created);
        self
    }
    /// Sets [`action`](Self::action).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_action(mut self, action: bool) -> Self {
        self.action = ::std::option::Option::Some(action);
        self
    }
}
/// The kind of external identity: `D` aID, `E` Egmont ID, `H` Byggforetagen OpenID,
/// `I` Coruscant ID, `L` LRF Media ID, `M` Mentor ID, `X` External, `Z` Zephr
/// (Hegnar).
///
/// Values the spec does not list are kept in the fallback variant rather than
/// rejected, since the server may be newer than this client.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CredentialType {
    /// `"D"`.
    D,
    /// `"E"`.
    E,
    /// `"H"`.
    H,
    /// `"I"`.
    I,
    /// `"L"`.
    L,
    /// `"M"`.
    M,
    /// `"X"`.
    X,
    /// `"Z"`.
    Z,
    /// A value the spec does not list.
    Unknown(::std::string::String),
}
impl CredentialType {
    /// Every value the spec lists, in spec order.
    pub const VALUES: &'static [&'static str] = &[
        "D",
        "E",
        "H",
        "I",
        "L",
        "M",
        "X",
        "Z",
    ];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            CredentialType::D => "D",
            CredentialType::E => "E",
            CredentialType::H => "H",
            CredentialType::I => "I",
            CredentialType::L => "L",
            CredentialType::M => "M",
            CredentialType::X => "X",
            CredentialType::Z => "Z",
            CredentialType::Unknown(value) => value,
        }
    }
}
impl ::std::fmt::Display for CredentialType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for CredentialType {
    fn from(value: &str) -> Self {
        match value {
            "D" => CredentialType::D,
            "E" => CredentialType::E,
            "H" => CredentialType::H,
            "I" => CredentialType::I,
            "L" => CredentialType::L,
            "M" => CredentialType::M,
            "X" => CredentialType::X,
            "Z" => CredentialType::Z,
            other => CredentialType::Unknown(other.to_owned()),
        }
    }
}
impl ::std::str::FromStr for CredentialType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(CredentialType::from(value))
    }
}
impl ::serde::Serialize for CredentialType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CredentialType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let value = CredentialType::from(value.as_str());
        #[cfg(feature = "mock")]
        if let CredentialType::Unknown(raw) = &value {
            crate::runtime::mock_support::check_known::<
                D::Error,
                &str,
            >(raw, CredentialType::VALUES)?;
        }
        ::std::result::Result::Ok(value)
    }
}
/// An external id to register in ConnectID.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct RegisterExternalIdRequest {
    /// The user's unique id in the third-party system.
    #[serde(rename = "externalId")]
    pub external_id: ::std::string::String,
    /// The `credentialType` property.
    #[serde(rename = "credentialType")]
    pub credential_type: CredentialType,
}
impl RegisterExternalIdRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        external_id: impl ::std::convert::Into<::std::string::String>,
        credential_type: CredentialType,
    ) -> Self {
        RegisterExternalIdRequest {
            external_id: external_id.into(),
            credential_type,
        }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        {
            let v = &self.external_id;
            crate::runtime::check_length(
                "externalId",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(60),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// A Connect customer to associate with a registered external id. The reference shows
/// only the example: the types, the required flags and `credentialType`'s codes are
/// inferred from "Register external Id - client mode". Its 60-character limit on
/// `externalId` is not documented here, so it is not checked.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct RegisterCustomerRequest {
    /// The user's unique id in the third-party system.
    #[serde(rename = "externalId")]
    pub external_id: ::std::string::String,
    /// The `credentialType` property.
    #[serde(rename = "credentialType")]
    pub credential_type: CredentialType,
    /// The Connect customer to associate with the external id.
    #[serde(rename = "customerNumber")]
    pub customer_number: i64,
}
impl RegisterCustomerRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        external_id: impl ::std::convert::Into<::std::string::String>,
        credential_type: CredentialType,
        customer_number: i64,
    ) -> Self {
        RegisterCustomerRequest {
            external_id: external_id.into(),
            credential_type,
            customer_number,
        }
    }
}
/// An external identity as registered in ConnectID. The reference documents the fields
/// but no required flags.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ExternalIdentity {
    /// How the user is represented in ConnectID, e.g. `AID:<externalId>`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential: ::std::option::Option<::std::string::String>,
    /// The user's unique id in the third-party system.
    #[serde(
        rename = "externalId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_id: ::std::option::Option<::std::string::String>,
    /// The kind of external identity; presumably the codes of the request's
    /// `credentialType` (the reference's list is cut off here).
    #[serde(
        rename = "credentialType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credential_type: ::std::option::Option<::std::string::String>,
    /// Not documented beyond its name.
    #[serde(
        rename = "canLogin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_login: ::std::option::Option<bool>,
    /// The Connect customer; returned only if it was set earlier.
    #[serde(
        rename = "customerNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_number: ::std::option::Option<i64>,
    /// The `uniqueId` property.
    #[serde(
        rename = "uniqueId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unique_id: ::std::option::Option<::std::string::String>,
    /// Not documented beyond its name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    /// The `newUser` property.
    #[serde(
        rename = "newUser",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub new_user: ::std::option::Option<bool>,
    /// The `code` for the token endpoint's extension grant
    /// `https://connectid.no/oauth2/grant_type/extid_code`.
    #[serde(
        rename = "extidCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extid_code: ::std::option::Option<::std::string::String>,
}
impl ExternalIdentity {
    /// Sets [`credential`](Self::credential).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_credential(
        mut self,
        credential: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credential = ::std::option::Option::Some(credential.into());
        self
    }
    /// Sets [`external_id`](Self::external_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_external_id(
        mut self,
        external_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_id = ::std::option::Option::Some(external_id.into());
        self
    }
    /// Sets [`credential_type`](Self::credential_type).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_credential_type(
        mut self,
        credential_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credential_type = ::std::option::Option::Some(credential_type.into());
        self
    }
    /// Sets [`can_login`](Self::can_login).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_can_login(mut self, can_login: bool) -> Self {
        self.can_login = ::std::option::Option::Some(can_login);
        self
    }
    /// Sets [`customer_number`](Self::customer_number).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_customer_number(mut self, customer_number: i64) -> Self {
        self.customer_number = ::std::option::Option::Some(customer_number);
        self
    }
    /// Sets [`unique_id`](Self::unique_id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_unique_id(
        mut self,
        unique_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unique_id = ::std::option::Option::Some(unique_id.into());
        self
    }
    /// Sets [`enabled`](Self::enabled).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_enabled(mut self, enabled: bool) -> Self {
        self.enabled = ::std::option::Option::Some(enabled);
        self
    }
    /// Sets [`new_user`](Self::new_user).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_new_user(mut self, new_user: bool) -> Self {
        self.new_user = ::std::option::Option::Some(new_user);
        self
    }
    /// Sets [`extid_code`](Self::extid_code).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_extid_code(
        mut self,
        extid_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extid_code = ::std::option::Option::Some(extid_code.into());
        self
    }
}
/// A message to customer service.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct SendMessageRequest {
    /// The product code the message is about.
    pub product: ::std::string::String,
    /// Overrides the case type: `A` follow-up complaint, `B` cancellation (listed in
    /// the description; the reference declares no enum).
    #[serde(
        rename = "caseType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub case_type: ::std::option::Option<::std::string::String>,
    /// The subject of the message.
    #[serde(
        rename = "messageSubject",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message_subject: ::std::option::Option<::std::string::String>,
    /// The message.
    #[serde(rename = "messageContent")]
    pub message_content: ::std::string::String,
}
impl SendMessageRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        product: impl ::std::convert::Into<::std::string::String>,
        message_content: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        SendMessageRequest {
            product: product.into(),
            case_type: ::std::option::Option::None,
            message_subject: ::std::option::Option::None,
            message_content: message_content.into(),
        }
    }
    /// Sets [`case_type`](Self::case_type).
    pub fn with_case_type(
        mut self,
        case_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.case_type = ::std::option::Option::Some(case_type.into());
        self
    }
    /// Sets [`message_subject`](Self::message_subject).
    pub fn with_message_subject(
        mut self,
        message_subject: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message_subject = ::std::option::Option::Some(message_subject.into());
        self
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        {
            let v = &self.product;
            crate::runtime::check_length(
                "product",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(12),
            )?;
        }
        if let ::std::option::Option::Some(v) = &self.case_type {
            crate::runtime::check_length(
                "caseType",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(1),
            )?;
        }
        if let ::std::option::Option::Some(v) = &self.message_subject {
            crate::runtime::check_length(
                "messageSubject",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(40),
            )?;
        }
        {
            let v = &self.message_content;
            crate::runtime::check_length(
                "messageContent",
                v,
                ::std::option::Option::None,
                ::std::option::Option::Some(32000),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// A message thread. The reference collapses the item schema; the field types are
/// inferred from the documented examples.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct MessagesResponse {
    /// The `messages` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub messages: ::std::option::Option<::std::vec::Vec<Message>>,
}
impl MessagesResponse {
    /// Sets [`messages`](Self::messages).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_messages(mut self, messages: ::std::vec::Vec<Message>) -> Self {
        self.messages = ::std::option::Option::Some(messages);
        self
    }
}
/// One message. Field types and meanings are inferred from the documented examples.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct Message {
    /// Both messages of the example share one id, so presumably the case (thread) id
    /// (inferred).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    /// Epoch milliseconds.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<i64>,
    /// Presumably `IN` from the customer and `OUT` from customer service (inferred from
    /// the examples).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub direction: ::std::option::Option<::std::string::String>,
    /// The `messageSubject` property.
    #[serde(
        rename = "messageSubject",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message_subject: ::std::option::Option<::std::string::String>,
    /// The `messageContent` property.
    #[serde(
        rename = "messageContent",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message_content: ::std::option::Option<::std::string::String>,
}
impl Message {
    /// Sets [`id`](Self::id).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_id(mut self, id: i64) -> Self {
        self.id = ::std::option::Option::Some(id);
        self
    }
    /// Sets [`date`](Self::date).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_date(mut self, date: i64) -> Self {
        self.date = ::std::option::Option::Some(date);
        self
    }
    /// Sets [`direction`](Self::direction).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_direction(
        mut self,
        direction: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(direction.into());
        self
    }
    /// Sets [`message_subject`](Self::message_subject).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_message_subject(
        mut self,
        message_subject: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message_subject = ::std::option::Option::Some(message_subject.into());
        self
    }
    /// Sets [`message_content`](Self::message_content).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_message_content(
        mut self,
        message_content: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message_content = ::std::option::Option::Some(message_content.into());
        self
    }
}
/// The subscription to start. The reference shows only the example: every type is
/// inferred from it, and the required flags and limits are not documented.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct StartSubscriptionRequest {
    /// The `companyCode` property.
    #[serde(
        rename = "companyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub company_code: ::std::option::Option<::std::string::String>,
    /// The product code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product: ::std::option::Option<::std::string::String>,
    /// Epoch milliseconds.
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<i64>,
    /// Epoch milliseconds.
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<i64>,
    /// The number of copies; the example sends it as a string.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub copies: ::std::option::Option<::std::string::String>,
    /// The `couponCode` property.
    #[serde(
        rename = "couponCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub coupon_code: ::std::option::Option<::std::string::String>,
    /// The `couponNumber` property.
    #[serde(
        rename = "couponNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub coupon_number: ::std::option::Option<i64>,
    /// The `customerReference` property.
    #[serde(
        rename = "customerReference",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_reference: ::std::option::Option<::std::string::String>,
}
impl StartSubscriptionRequest {
    /// Sets [`company_code`](Self::company_code).
    pub fn with_company_code(
        mut self,
        company_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.company_code = ::std::option::Option::Some(company_code.into());
        self
    }
    /// Sets [`product`](Self::product).
    pub fn with_product(
        mut self,
        product: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product = ::std::option::Option::Some(product.into());
        self
    }
    /// Sets [`start_time`](Self::start_time).
    pub fn with_start_time(mut self, start_time: i64) -> Self {
        self.start_time = ::std::option::Option::Some(start_time);
        self
    }
    /// Sets [`end_time`](Self::end_time).
    pub fn with_end_time(mut self, end_time: i64) -> Self {
        self.end_time = ::std::option::Option::Some(end_time);
        self
    }
    /// Sets [`copies`](Self::copies).
    pub fn with_copies(
        mut self,
        copies: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.copies = ::std::option::Option::Some(copies.into());
        self
    }
    /// Sets [`coupon_code`](Self::coupon_code).
    pub fn with_coupon_code(
        mut self,
        coupon_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.coupon_code = ::std::option::Option::Some(coupon_code.into());
        self
    }
    /// Sets [`coupon_number`](Self::coupon_number).
    pub fn with_coupon_number(mut self, coupon_number: i64) -> Self {
        self.coupon_number = ::std::option::Option::Some(coupon_number);
        self
    }
    /// Sets [`customer_reference`](Self::customer_reference).
    pub fn with_customer_reference(
        mut self,
        customer_reference: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.customer_reference = ::std::option::Option::Some(customer_reference.into());
        self
    }
}
/// The outcome of starting a subscription. The field type is inferred from the
/// documented example; the values are not documented.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Deserialize)]
#[cfg_attr(any(feature = "mock", feature = "full-serde"), derive(::serde::Serialize))]
#[non_exhaustive]
pub struct StartSubscriptionResponse {
    /// The `status` property.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
impl StartSubscriptionResponse {
    /// Sets [`status`](Self::status).
    ///
    /// With the `mock` or `full-serde` feature: values of this type are only received.
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    pub fn with_status(
        mut self,
        status: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(status.into());
        self
    }
}
