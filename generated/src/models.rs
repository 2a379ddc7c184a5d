// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Data types from the spec's schemas.
/// Request to decline a subscription share invitation.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
        ::std::result::Result::Ok(DeclineChangeType::from(value.as_str()))
    }
}
/// Outcome of declining a share invitation.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeclineShareResponse {
    /// The `status` property.
    pub status: DeclineShareStatus,
}
impl DeclineShareResponse {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(status: DeclineShareStatus) -> Self {
        DeclineShareResponse { status }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        ::std::result::Result::Ok(())
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
        ::std::result::Result::Ok(DeclineShareStatus::from(value.as_str()))
    }
}
/// Request to share a subscription with another person.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ShareStatusResponse {
    /// The `status` property.
    pub status: ShareStatus,
}
impl ShareStatusResponse {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(status: ShareStatus) -> Self {
        ShareStatusResponse { status }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        ::std::result::Result::Ok(())
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
        ::std::result::Result::Ok(ShareStatus::from(value.as_str()))
    }
}
/// The sharing rules of a product. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
    pub fn with_customer_product_share_rules(
        mut self,
        customer_product_share_rules: ::std::vec::Vec<ShareRule>,
    ) -> Self {
        self.customer_product_share_rules = ::std::option::Option::Some(
            customer_product_share_rules,
        );
        self
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        ::std::result::Result::Ok(())
    }
}
/// How, and how many times, a product may be shared. Field types and meanings are
/// inferred from the documented example and the field names.
#[derive(Clone, Debug, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
    pub fn with_product_code(
        mut self,
        product_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(product_code.into());
        self
    }
    /// Sets [`share_type`](Self::share_type).
    pub fn with_share_type(
        mut self,
        share_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.share_type = ::std::option::Option::Some(share_type.into());
        self
    }
    /// Sets [`share_count`](Self::share_count).
    pub fn with_share_count(mut self, share_count: i64) -> Self {
        self.share_count = ::std::option::Option::Some(share_count);
        self
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        ::std::result::Result::Ok(())
    }
}
/// Request to end a sharing. Both fields appear in the documented example; their types
/// and the fact that they are required are inferred.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> ::std::result::Result<(), crate::InvalidRequest> {
        ::std::result::Result::Ok(())
    }
}
