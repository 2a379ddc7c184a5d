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
    #[serde(rename = "status")]
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
