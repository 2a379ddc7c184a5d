// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Data types from the spec's schemas.
#[allow(unused_imports)]
use crate::runtime as __rt;
/// Request to decline a subscription share invitation.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct DeclineShareRequest {
    /// The code that identifies the share invitation.
    pub share_code: String,
    /// The `changeType` property.
    pub change_type: DeclineChangeType,
}
const _: () = {
    __rt::serialize_struct!(
        DeclineShareRequest, [("shareCode" share_code req), ("changeType" change_type
        req)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        DeclineShareRequest, ["shareCode" share_code, "changeType" change_type],
        [(share_code req), (change_type req)]
    );
};
impl DeclineShareRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(share_code: impl Into<String>, change_type: DeclineChangeType) -> Self {
        DeclineShareRequest {
            share_code: share_code.into(),
            change_type,
        }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> Result<(), crate::InvalidRequest> {
        {
            let v = &self.share_code;
            __rt::check_length("shareCode", v, None, Some(255))?;
        }
        Ok(())
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
    Unknown(String),
}
__rt::string_enum!(DeclineChangeType, Unknown, [Decline "DECLINE"]);
/// Outcome of declining a share invitation.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct DeclineShareResponse {
    /// The `status` property.
    pub status: DeclineShareStatus,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(DeclineShareResponse, [("status" status req)]);
    __rt::deserialize_struct!(DeclineShareResponse, ["status" status], [(status req)]);
};
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
    Unknown(String),
}
__rt::string_enum!(
    DeclineShareStatus, Unknown, [Value1 "1", Value2 "2", Value3 "3", Value4 "4", Value5
    "5", Value6 "6", Value7 "7"]
);
/// Request to share a subscription with another person.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ShareInvitationRequest {
    /// Email address or phone number of the recipient; phone numbers must be in E.164
    /// form.
    pub contact: String,
    /// What kind of contact `contact` is. The reference lists the codes `A_EMAIL` (email)
    /// and `B_PHONENUMBER` (phone) without declaring an enum, and its example sends `A`:
    /// the wire values are probably the single letters `A` and `B` (inferred, not
    /// documented).
    pub contact_type: String,
    /// The product the subscriber wants to share.
    pub product_code: String,
    /// The recipient's given name.
    pub first_name: Option<String>,
    /// The recipient's family name.
    pub last_name: Option<String>,
}
const _: () = {
    __rt::serialize_struct!(
        ShareInvitationRequest, [("contact" contact req), ("contactType" contact_type
        req), ("productCode" product_code req), ("firstName" first_name opt), ("lastName"
        last_name opt)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        ShareInvitationRequest, ["contact" contact, "contactType" contact_type,
        "productCode" product_code, "firstName" first_name, "lastName" last_name],
        [(contact req), (contact_type req), (product_code req), (first_name default),
        (last_name default)]
    );
};
impl ShareInvitationRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        contact: impl Into<String>,
        contact_type: impl Into<String>,
        product_code: impl Into<String>,
    ) -> Self {
        ShareInvitationRequest {
            contact: contact.into(),
            contact_type: contact_type.into(),
            product_code: product_code.into(),
            first_name: None,
            last_name: None,
        }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> Result<(), crate::InvalidRequest> {
        {
            let v = &self.product_code;
            __rt::check_length("productCode", v, None, Some(12))?;
        }
        if let Some(v) = &self.first_name {
            __rt::check_length("firstName", v, None, Some(30))?;
        }
        if let Some(v) = &self.last_name {
            __rt::check_length("lastName", v, None, Some(30))?;
        }
        Ok(())
    }
}
__rt::setters!(
    ShareInvitationRequest, [], [with_first_name into first_name : String, with_last_name
    into last_name : String]
);
/// Outcome of a sharing request.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ShareStatusResponse {
    /// The `status` property.
    pub status: ShareStatus,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(ShareStatusResponse, [("status" status req)]);
    __rt::deserialize_struct!(ShareStatusResponse, ["status" status], [(status req)]);
};
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
    Unknown(String),
}
__rt::string_enum!(
    ShareStatus, Unknown, [ShareOk "SHARE_OK", NoSubscription "NO_SUBSCRIPTION",
    SubscriptionStopped "SUBSCRIPTION_STOPPED", RequestAccepted "REQUEST_ACCEPTED",
    RequestDeclined "REQUEST_DECLINED", SharingEnded "SHARING_ENDED", ShareCodeNotFound
    "SHARE_CODE_NOT_FOUND", ShareChangeTypeNotSupported
    "SHARE_CHANGE_TYPE_NOT_SUPPORTED", AlreadyInUse "ALREADY_IN_USE", ShareLimit
    "SHARE_LIMIT", InvitationsPoolExhausted "INVITATIONS_POOL_EXHAUSTED"]
);
/// The sharing rules of a product. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ShareRulesResponse {
    /// The `customerProductShareRules` property.
    pub customer_product_share_rules: Option<Vec<ShareRule>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ShareRulesResponse, [("customerProductShareRules" customer_product_share_rules
        opt)]
    );
    __rt::deserialize_struct!(
        ShareRulesResponse, ["customerProductShareRules" customer_product_share_rules],
        [(customer_product_share_rules default)]
    );
};
__rt::setters!(
    ShareRulesResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]],
    [with_customer_product_share_rules val customer_product_share_rules : Vec < ShareRule
    >]
);
/// How, and how many times, a product may be shared. Field types and meanings are
/// inferred from the documented example and the field names.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ShareRule {
    /// The product the rule applies to.
    pub product_code: Option<String>,
    /// How the product may be shared; a short code whose values are not documented
    /// (the example shows `A`).
    pub share_type: Option<String>,
    /// Presumably how many times the product may be shared (inferred).
    pub share_count: Option<i64>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ShareRule, [("productCode" product_code opt), ("shareType" share_type opt),
        ("shareCount" share_count opt)]
    );
    __rt::deserialize_struct!(
        ShareRule, ["productCode" product_code, "shareType" share_type, "shareCount"
        share_count], [(product_code default), (share_type default), (share_count
        default)]
    );
};
__rt::setters!(
    ShareRule, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_product_code into
    product_code : String, with_share_type into share_type : String, with_share_count val
    share_count : i64]
);
/// Request to end a sharing. Both fields appear in the documented example; their types
/// and the fact that they are required are inferred.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CancelSharingRequest {
    /// The code of the sharing to end.
    pub share_code: String,
    /// The change to make; the example sends `CANCEL`, and by analogy with declining
    /// it is probably the only accepted value (inferred).
    pub change_type: String,
}
const _: () = {
    __rt::serialize_struct!(
        CancelSharingRequest, [("shareCode" share_code req), ("changeType" change_type
        req)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        CancelSharingRequest, ["shareCode" share_code, "changeType" change_type],
        [(share_code req), (change_type req)]
    );
};
impl CancelSharingRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(share_code: impl Into<String>, change_type: impl Into<String>) -> Self {
        CancelSharingRequest {
            share_code: share_code.into(),
            change_type: change_type.into(),
        }
    }
}
/// What to check access for. No field is required; when two or more are sent, the user
/// must match all of them. The types of `customerNumber` and `credential` are inferred
/// from the example (their schema is cut off in the reference).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckAccessRequest {
    /// Checks access by product (subscription).
    pub product: Option<String>,
    /// Checks access to a specific article.
    pub article_id: Option<String>,
    /// Checks access by domain.
    pub domain: Option<String>,
    /// Checks access by IP address.
    pub ip: Option<String>,
    /// Checks access through any subscription whose category has this category type.
    pub category_type: Option<String>,
    /// `true`: check whether the user has Azure AD access.
    pub access_azure_ad: Option<bool>,
    /// `true`: check whether the user or their aID family has access to the product.
    pub access_aid_family: Option<bool>,
    /// `true`: check domain access based on the category type.
    pub access_domain: Option<bool>,
    /// `true`: return the complete list of article ids the user has access to (unless
    /// `articleId` is also given). The field of the response that holds that list is
    /// not documented.
    pub access_article: Option<bool>,
    /// Checks access by the unique ID from the Profile API.
    pub unique_id: Option<String>,
    /// The customer number; checked together with `credential`. The type is inferred
    /// from the example.
    pub customer_number: Option<i64>,
    /// The user's credential, e.g. a phone number in E.164 form. The type is inferred
    /// from the example.
    pub credential: Option<String>,
}
const _: () = {
    __rt::serialize_struct!(
        CheckAccessRequest, [("product" product opt), ("articleId" article_id opt),
        ("domain" domain opt), ("ip" ip opt), ("categoryType" category_type opt),
        ("accessAzureAd" access_azure_ad opt), ("accessAidFamily" access_aid_family opt),
        ("accessDomain" access_domain opt), ("accessArticle" access_article opt),
        ("uniqueId" unique_id opt), ("customerNumber" customer_number opt), ("credential"
        credential opt)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        CheckAccessRequest, ["product" product, "articleId" article_id, "domain" domain,
        "ip" ip, "categoryType" category_type, "accessAzureAd" access_azure_ad,
        "accessAidFamily" access_aid_family, "accessDomain" access_domain,
        "accessArticle" access_article, "uniqueId" unique_id, "customerNumber"
        customer_number, "credential" credential], [(product default), (article_id
        default), (domain default), (ip default), (category_type default),
        (access_azure_ad default), (access_aid_family default), (access_domain default),
        (access_article default), (unique_id default), (customer_number default),
        (credential default)]
    );
};
__rt::setters!(
    CheckAccessRequest, [], [with_product into product : String, with_article_id into
    article_id : String, with_domain into domain : String, with_ip into ip : String,
    with_category_type into category_type : String, with_access_azure_ad val
    access_azure_ad : bool, with_access_aid_family val access_aid_family : bool,
    with_access_domain val access_domain : bool, with_access_article val access_article :
    bool, with_unique_id into unique_id : String, with_customer_number val
    customer_number : i64, with_credential into credential : String]
);
/// The result of an access check. The reference shows no response schema; the field
/// types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CheckAccessResponse {
    /// The overall result.
    pub access: Option<bool>,
    /// One entry per checked access.
    pub accesses: Option<Vec<AccessEntry>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        CheckAccessResponse, [("access" access opt), ("accesses" accesses opt)]
    );
    __rt::deserialize_struct!(
        CheckAccessResponse, ["access" access, "accesses" accesses], [(access default),
        (accesses default)]
    );
};
__rt::setters!(
    CheckAccessResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_access val access :
    bool, with_accesses val accesses : Vec < AccessEntry >]
);
/// One checked access. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AccessEntry {
    /// The `access` property.
    pub access: Option<bool>,
    /// A short code; the example shows `A`, `B` and `C`, but the values and their
    /// meanings are not documented.
    pub access_level: Option<String>,
    /// A short code; the example shows `A` and `D`, but the values and their meanings
    /// are not documented.
    pub access_type: Option<String>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        AccessEntry, [("access" access opt), ("accessLevel" access_level opt),
        ("accessType" access_type opt)]
    );
    __rt::deserialize_struct!(
        AccessEntry, ["access" access, "accessLevel" access_level, "accessType"
        access_type], [(access default), (access_level default), (access_type default)]
    );
};
__rt::setters!(
    AccessEntry, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_access val access :
    bool, with_access_level into access_level : String, with_access_type into access_type
    : String]
);
/// Whom to assign the order to, and whether to tell them. Only `credential` has a
/// documented schema; the types of the other fields are inferred from the example.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AssignUserRequest {
    /// The user's credential: an email address, a mobile number in E.164 form, or an
    /// id from Facebook, Google, aID, Egmont ID, Coruscant ID, LRF Media ID and others
    /// (the reference's list is cut off).
    pub credential: String,
    /// `true`: tell the user by email or SMS. Then `overrideClientId` is required, and
    /// `returnUrl` and `errorUrl` must be given to build the link in the message.
    pub is_send_message: Option<bool>,
    /// Where the link in the message leads on success. Must be given when a message is
    /// sent (presumably only then; inferred).
    pub return_url: Option<String>,
    /// Where the link in the message leads on failure. Must be given when a message is
    /// sent (presumably only then; inferred).
    pub error_url: Option<String>,
    /// Presumably how long the link in the message stays valid (inferred from the
    /// name); the unit is not documented.
    pub link_lifetime: Option<i64>,
    /// Required when `isSendMessage` is `true`.
    pub override_client_id: Option<String>,
}
const _: () = {
    __rt::serialize_struct!(
        AssignUserRequest, [("credential" credential req), ("isSendMessage"
        is_send_message opt), ("returnUrl" return_url opt), ("errorUrl" error_url opt),
        ("linkLifetime" link_lifetime opt), ("overrideClientId" override_client_id opt)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        AssignUserRequest, ["credential" credential, "isSendMessage" is_send_message,
        "returnUrl" return_url, "errorUrl" error_url, "linkLifetime" link_lifetime,
        "overrideClientId" override_client_id], [(credential req), (is_send_message
        default), (return_url default), (error_url default), (link_lifetime default),
        (override_client_id default)]
    );
};
impl AssignUserRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(credential: impl Into<String>) -> Self {
        AssignUserRequest {
            credential: credential.into(),
            is_send_message: None,
            return_url: None,
            error_url: None,
            link_lifetime: None,
            override_client_id: None,
        }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> Result<(), crate::InvalidRequest> {
        {
            let v = &self.credential;
            __rt::check_length("credential", v, None, Some(60))?;
        }
        Ok(())
    }
}
__rt::setters!(
    AssignUserRequest, [], [with_is_send_message val is_send_message : bool,
    with_return_url into return_url : String, with_error_url into error_url : String,
    with_link_lifetime val link_lifetime : i64, with_override_client_id into
    override_client_id : String]
);
/// The user the order was assigned to. The reference shows no response schema; the
/// field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AssignUserResponse {
    /// The `orderId` property.
    pub order_id: Option<OrderId>,
    /// The user's unique id.
    pub unique_user_id: Option<String>,
    /// Presumably whether the user was created by this call (inferred).
    pub is_new_user: Option<bool>,
    /// Presumably whether the user has set a password (inferred).
    pub is_password_set: Option<bool>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        AssignUserResponse, [("orderId" order_id opt), ("uniqueUserId" unique_user_id
        opt), ("isNewUser" is_new_user opt), ("isPasswordSet" is_password_set opt)]
    );
    __rt::deserialize_struct!(
        AssignUserResponse, ["orderId" order_id, "uniqueUserId" unique_user_id,
        "isNewUser" is_new_user, "isPasswordSet" is_password_set], [(order_id default),
        (unique_user_id default), (is_new_user default), (is_password_set default)]
    );
};
__rt::setters!(
    AssignUserResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_order_id val order_id :
    OrderId, with_unique_user_id into unique_user_id : String, with_is_new_user val
    is_new_user : bool, with_is_password_set val is_password_set : bool]
);
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
    String(String),
}
impl<'de> ::serde::Deserialize<'de> for OrderId {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(OrderId::Integer(v));
        }
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(OrderId::String(v));
        }
        Err(D::Error::custom("the value matches none of the alternatives of `OrderId`"))
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
    String(String),
    /// The `Integer` alternative.
    Integer(i64),
}
impl<'de> ::serde::Deserialize<'de> for InvoiceNumber {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(InvoiceNumber::String(v));
        }
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(InvoiceNumber::Integer(v));
        }
        Err(
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
    String(String),
    /// The `Number` alternative.
    Number(f64),
}
impl<'de> ::serde::Deserialize<'de> for InvoiceAmount {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(InvoiceAmount::String(v));
        }
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(InvoiceAmount::Number(v));
        }
        Err(
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
    String(String),
    /// The `Integer` alternative.
    Integer(i64),
}
impl<'de> ::serde::Deserialize<'de> for DateOrEpochMillis {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(DateOrEpochMillis::String(v));
        }
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(DateOrEpochMillis::Integer(v));
        }
        Err(
            D::Error::custom(
                "the value matches none of the alternatives of `DateOrEpochMillis`",
            ),
        )
    }
}
/// A customer's invoices. The reference shows no response schema; the field types are
/// inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ClientInvoiceListResponse {
    /// The `clientInvoiceInfoList` property.
    pub client_invoice_info_list: Option<Vec<ClientInvoiceInfo>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ClientInvoiceListResponse, [("clientInvoiceInfoList" client_invoice_info_list
        opt)]
    );
    __rt::deserialize_struct!(
        ClientInvoiceListResponse, ["clientInvoiceInfoList" client_invoice_info_list],
        [(client_invoice_info_list default)]
    );
};
__rt::setters!(
    ClientInvoiceListResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]],
    [with_client_invoice_info_list val client_invoice_info_list : Vec < ClientInvoiceInfo
    >]
);
/// One invoice with its payment, as the client-mode invoice operations return it. Field
/// types and meanings are inferred from the documented example and the field names;
/// the value sets of the short codes are not documented.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ClientInvoiceInfo {
    /// The `invoiceId` property.
    pub invoice_id: Option<String>,
    /// The `invoiceDate` property.
    pub invoice_date: Option<DateOrEpochMillis>,
    /// The `invoiceOfferCount` property.
    pub invoice_offer_count: Option<String>,
    /// The `customerNumber` property.
    pub customer_number: Option<i64>,
    /// The `product` property.
    pub product: Option<String>,
    /// The `productName` property.
    pub product_name: Option<String>,
    /// Typed as a number (whole in the examples) so that a decimal value still decodes.
    pub amount: Option<f64>,
    /// The `companyCode` property.
    pub company_code: Option<String>,
    /// A numeric-looking code; the values are not documented.
    pub payment_status: Option<String>,
    /// The `invoiceAmount` property.
    pub invoice_amount: Option<InvoiceAmount>,
    /// The `paidAmount` property.
    pub paid_amount: Option<f64>,
    /// A short code; the values are not documented.
    pub payment_method: Option<String>,
    /// Presumably where the invoice can be viewed (inferred).
    pub invoice_hotel_url: Option<String>,
    /// The `paymentDate` property.
    pub payment_date: Option<DateOrEpochMillis>,
    /// The `dueDate` property.
    pub due_date: Option<DateOrEpochMillis>,
    /// The `desc` property.
    pub desc: Option<Vec<String>>,
    /// The `period` property.
    pub period: Option<i64>,
    /// A short code; the values are not documented.
    pub period_unit: Option<String>,
    /// A date `YYYY-MM-DD`.
    pub from_time: Option<String>,
    /// A date `YYYY-MM-DD`. Spelled `incltime` here; reminders use `includeTime`.
    pub incltime: Option<String>,
    /// The `invoiceLineInfo` property.
    pub invoice_line_info: Option<Vec<InvoiceLine>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ClientInvoiceInfo, [[("invoiceId" invoice_id opt), ("invoiceDate" invoice_date
        opt), ("invoiceOfferCount" invoice_offer_count opt), ("customerNumber"
        customer_number opt), ("product" product opt), ("productName" product_name opt),
        ("amount" amount opt), ("companyCode" company_code opt), ("paymentStatus"
        payment_status opt), ("invoiceAmount" invoice_amount opt), ("paidAmount"
        paid_amount opt), ("paymentMethod" payment_method opt)], [("invoiceHotelUrl"
        invoice_hotel_url opt), ("paymentDate" payment_date opt), ("dueDate" due_date
        opt), ("desc" desc opt), ("period" period opt), ("periodUnit" period_unit opt),
        ("fromTime" from_time opt), ("incltime" incltime opt), ("invoiceLineInfo"
        invoice_line_info opt)]]
    );
    __rt::deserialize_struct!(
        ClientInvoiceInfo, ["invoiceId" invoice_id, "invoiceDate" invoice_date,
        "invoiceOfferCount" invoice_offer_count, "customerNumber" customer_number,
        "product" product, "productName" product_name, "amount" amount, "companyCode"
        company_code, "paymentStatus" payment_status, "invoiceAmount" invoice_amount,
        "paidAmount" paid_amount, "paymentMethod" payment_method, "invoiceHotelUrl"
        invoice_hotel_url, "paymentDate" payment_date, "dueDate" due_date, "desc" desc,
        "period" period, "periodUnit" period_unit, "fromTime" from_time, "incltime"
        incltime, "invoiceLineInfo" invoice_line_info], [[(invoice_id default),
        (invoice_date default), (invoice_offer_count default), (customer_number default),
        (product default), (product_name default), (amount default), (company_code
        default), (payment_status default), (invoice_amount default), (paid_amount
        default), (payment_method default)], [(invoice_hotel_url default), (payment_date
        default), (due_date default), (desc default), (period default), (period_unit
        default), (from_time default), (incltime default), (invoice_line_info default)]]
    );
};
__rt::setters!(
    ClientInvoiceInfo, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_invoice_id into
    invoice_id : String, with_invoice_date val invoice_date : DateOrEpochMillis,
    with_invoice_offer_count into invoice_offer_count : String, with_customer_number val
    customer_number : i64, with_product into product : String, with_product_name into
    product_name : String, with_amount val amount : f64, with_company_code into
    company_code : String, with_payment_status into payment_status : String,
    with_invoice_amount val invoice_amount : InvoiceAmount, with_paid_amount val
    paid_amount : f64, with_payment_method into payment_method : String,
    with_invoice_hotel_url into invoice_hotel_url : String, with_payment_date val
    payment_date : DateOrEpochMillis, with_due_date val due_date : DateOrEpochMillis,
    with_desc val desc : Vec < String >, with_period val period : i64, with_period_unit
    into period_unit : String, with_from_time into from_time : String, with_incltime into
    incltime : String, with_invoice_line_info val invoice_line_info : Vec < InvoiceLine
    >]
);
/// One line of an invoice. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvoiceLine {
    /// The `productCode` property.
    pub product_code: Option<String>,
    /// The `invoiceAmount` property.
    pub invoice_amount: Option<InvoiceAmount>,
    /// The `invoiceVatAmount` property.
    pub invoice_vat_amount: Option<f64>,
    /// The `invoiceVatPercent` property.
    pub invoice_vat_percent: Option<f64>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        InvoiceLine, [("productCode" product_code opt), ("invoiceAmount" invoice_amount
        opt), ("invoiceVatAmount" invoice_vat_amount opt), ("invoiceVatPercent"
        invoice_vat_percent opt)]
    );
    __rt::deserialize_struct!(
        InvoiceLine, ["productCode" product_code, "invoiceAmount" invoice_amount,
        "invoiceVatAmount" invoice_vat_amount, "invoiceVatPercent" invoice_vat_percent],
        [(product_code default), (invoice_amount default), (invoice_vat_amount default),
        (invoice_vat_percent default)]
    );
};
__rt::setters!(
    InvoiceLine, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_product_code into
    product_code : String, with_invoice_amount val invoice_amount : InvoiceAmount,
    with_invoice_vat_amount val invoice_vat_amount : f64, with_invoice_vat_percent val
    invoice_vat_percent : f64]
);
/// The user's invoices and reminders. The reference shows no response schema; the field
/// types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvoicesAndRemindersResponse {
    /// The `invoices` property.
    pub invoices: Option<Vec<CustomerInvoice>>,
    /// The `reminders` property.
    pub reminders: Option<Vec<InvoiceReminder>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        InvoicesAndRemindersResponse, [("invoices" invoices opt), ("reminders" reminders
        opt)]
    );
    __rt::deserialize_struct!(
        InvoicesAndRemindersResponse, ["invoices" invoices, "reminders" reminders],
        [(invoices default), (reminders default)]
    );
};
__rt::setters!(
    InvoicesAndRemindersResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_invoices val invoices :
    Vec < CustomerInvoice >, with_reminders val reminders : Vec < InvoiceReminder >]
);
/// One of the user's invoices. Field types and meanings are inferred from the
/// documented example and the field names; the value sets of the short codes are not
/// documented.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomerInvoice {
    /// The `customerNumber` property.
    pub customer_number: Option<i64>,
    /// The `product` property.
    pub product: Option<String>,
    /// The `invoiceOfferCount` property.
    pub invoice_offer_count: Option<String>,
    /// The `productName` property.
    pub product_name: Option<String>,
    /// Typed as a number (whole in the examples) so that a decimal value still decodes.
    pub amount: Option<f64>,
    /// The `invoiceDate` property.
    pub invoice_date: Option<DateOrEpochMillis>,
    /// The `invoiceNumber` property.
    pub invoice_number: Option<InvoiceNumber>,
    /// The `companyCode` property.
    pub company_code: Option<String>,
    /// The `paymentDate` property.
    pub payment_date: Option<DateOrEpochMillis>,
    /// The `dueDate` property.
    pub due_date: Option<DateOrEpochMillis>,
    /// A numeric-looking code; the values are not documented.
    pub payment_status: Option<String>,
    /// The `invoiceAmount` property.
    pub invoice_amount: Option<InvoiceAmount>,
    /// The `paidAmount` property.
    pub paid_amount: Option<f64>,
    /// A short code; the values are not documented.
    pub payment_method: Option<String>,
    /// Presumably where the invoice can be viewed (inferred).
    pub invoice_hotel_url: Option<String>,
    /// The example shows `Invoiced`; the values are not documented.
    pub invoice_status: Option<String>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        CustomerInvoice, [[("customerNumber" customer_number opt), ("product" product
        opt), ("invoiceOfferCount" invoice_offer_count opt), ("productName" product_name
        opt), ("amount" amount opt), ("invoiceDate" invoice_date opt), ("invoiceNumber"
        invoice_number opt), ("companyCode" company_code opt), ("paymentDate"
        payment_date opt), ("dueDate" due_date opt), ("paymentStatus" payment_status
        opt), ("invoiceAmount" invoice_amount opt)], [("paidAmount" paid_amount opt),
        ("paymentMethod" payment_method opt), ("invoiceHotelUrl" invoice_hotel_url opt),
        ("invoiceStatus" invoice_status opt)]]
    );
    __rt::deserialize_struct!(
        CustomerInvoice, ["customerNumber" customer_number, "product" product,
        "invoiceOfferCount" invoice_offer_count, "productName" product_name, "amount"
        amount, "invoiceDate" invoice_date, "invoiceNumber" invoice_number, "companyCode"
        company_code, "paymentDate" payment_date, "dueDate" due_date, "paymentStatus"
        payment_status, "invoiceAmount" invoice_amount, "paidAmount" paid_amount,
        "paymentMethod" payment_method, "invoiceHotelUrl" invoice_hotel_url,
        "invoiceStatus" invoice_status], [[(customer_number default), (product default),
        (invoice_offer_count default), (product_name default), (amount default),
        (invoice_date default), (invoice_number default), (company_code default),
        (payment_date default), (due_date default), (payment_status default),
        (invoice_amount default)], [(paid_amount default), (payment_method default),
        (invoice_hotel_url default), (invoice_status default)]]
    );
};
__rt::setters!(
    CustomerInvoice, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_customer_number val
    customer_number : i64, with_product into product : String, with_invoice_offer_count
    into invoice_offer_count : String, with_product_name into product_name : String,
    with_amount val amount : f64, with_invoice_date val invoice_date : DateOrEpochMillis,
    with_invoice_number val invoice_number : InvoiceNumber, with_company_code into
    company_code : String, with_payment_date val payment_date : DateOrEpochMillis,
    with_due_date val due_date : DateOrEpochMillis, with_payment_status into
    payment_status : String, with_invoice_amount val invoice_amount : InvoiceAmount,
    with_paid_amount val paid_amount : f64, with_payment_method into payment_method :
    String, with_invoice_hotel_url into invoice_hotel_url : String, with_invoice_status
    into invoice_status : String]
);
/// A payment reminder for an invoice. Field types and meanings are inferred from the
/// documented example and the field names.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvoiceReminder {
    /// The `invoiceNumber` property.
    pub invoice_number: Option<InvoiceNumber>,
    /// The `product` property.
    pub product: Option<String>,
    /// A date `YYYY-MM-DD`.
    pub from_time: Option<String>,
    /// A date `YYYY-MM-DD`. Spelled `includeTime` here; client-mode invoices use
    /// `incltime`.
    pub include_time: Option<String>,
    /// The `reminderDate` property.
    pub reminder_date: Option<DateOrEpochMillis>,
    /// Typed as a number (whole in the examples) so that a decimal value still decodes.
    pub amount: Option<f64>,
    /// The `dueDate` property.
    pub due_date: Option<DateOrEpochMillis>,
    /// The `reminderNumber` property.
    pub reminder_number: Option<i64>,
    /// The example shows `reminder`; the values are not documented.
    pub reminder_type: Option<String>,
    /// Presumably where the invoice can be viewed (inferred).
    pub invoice_hotel_url: Option<String>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        InvoiceReminder, [("invoiceNumber" invoice_number opt), ("product" product opt),
        ("fromTime" from_time opt), ("includeTime" include_time opt), ("reminderDate"
        reminder_date opt), ("amount" amount opt), ("dueDate" due_date opt),
        ("reminderNumber" reminder_number opt), ("reminderType" reminder_type opt),
        ("invoiceHotelUrl" invoice_hotel_url opt)]
    );
    __rt::deserialize_struct!(
        InvoiceReminder, ["invoiceNumber" invoice_number, "product" product, "fromTime"
        from_time, "includeTime" include_time, "reminderDate" reminder_date, "amount"
        amount, "dueDate" due_date, "reminderNumber" reminder_number, "reminderType"
        reminder_type, "invoiceHotelUrl" invoice_hotel_url], [(invoice_number default),
        (product default), (from_time default), (include_time default), (reminder_date
        default), (amount default), (due_date default), (reminder_number default),
        (reminder_type default), (invoice_hotel_url default)]
    );
};
__rt::setters!(
    InvoiceReminder, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_invoice_number val
    invoice_number : InvoiceNumber, with_product into product : String, with_from_time
    into from_time : String, with_include_time into include_time : String,
    with_reminder_date val reminder_date : DateOrEpochMillis, with_amount val amount :
    f64, with_due_date val due_date : DateOrEpochMillis, with_reminder_number val
    reminder_number : i64, with_reminder_type into reminder_type : String,
    with_invoice_hotel_url into invoice_hotel_url : String]
);
/// One invoice with its details. The reference collapses the example and shows no
/// schema, so the invoice is left untyped.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct InvoiceDetailsResponse {
    /// The invoice with its offers, details and lines (not documented).
    pub invoice_info_with_detail: Option<
        ::std::collections::BTreeMap<String, ::serde_json::Value>,
    >,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        InvoiceDetailsResponse, [("invoiceInfoWithDetail" invoice_info_with_detail opt)]
    );
    __rt::deserialize_struct!(
        InvoiceDetailsResponse, ["invoiceInfoWithDetail" invoice_info_with_detail],
        [(invoice_info_with_detail default)]
    );
};
__rt::setters!(
    InvoiceDetailsResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]],
    [with_invoice_info_with_detail val invoice_info_with_detail :
    ::std::collections::BTreeMap < String, ::serde_json::Value >]
);
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
    Unknown(String),
}
__rt::string_enum!(
    ConsentSubjectType, Unknown, [Connect "CONNECT", Connectid "CONNECTID", External
    "EXTERNAL", Order "ORDER"]
);
/// A subject's consents with their events. The reference shows no response schema;
/// the field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentEventHistoryResponse {
    /// The `issuer` property.
    pub issuer: Option<String>,
    /// The `subject` property.
    pub subject: Option<String>,
    /// The subject type; presumably one of the values of the `subjectType` path
    /// parameter (`CONNECT`, `CONNECTID`, `EXTERNAL`, `ORDER`; inferred).
    pub subject_type: Option<String>,
    /// The `consents` property.
    pub consents: Option<Vec<ConsentWithEvents>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentEventHistoryResponse, [("issuer" issuer opt), ("subject" subject opt),
        ("subjectType" subject_type opt), ("consents" consents opt)]
    );
    __rt::deserialize_struct!(
        ConsentEventHistoryResponse, ["issuer" issuer, "subject" subject, "subjectType"
        subject_type, "consents" consents], [(issuer default), (subject default),
        (subject_type default), (consents default)]
    );
};
__rt::setters!(
    ConsentEventHistoryResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_issuer into issuer :
    String, with_subject into subject : String, with_subject_type into subject_type :
    String, with_consents val consents : Vec < ConsentWithEvents >]
);
/// A consent with its events. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentWithEvents {
    /// The `consentId` property.
    pub consent_id: Option<i64>,
    /// The `target` property.
    pub target: Option<String>,
    /// The `scope` property.
    pub scope: Option<String>,
    /// The `events` property.
    pub events: Option<Vec<ConsentEventEntry>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentWithEvents, [("consentId" consent_id opt), ("target" target opt), ("scope"
        scope opt), ("events" events opt)]
    );
    __rt::deserialize_struct!(
        ConsentWithEvents, ["consentId" consent_id, "target" target, "scope" scope,
        "events" events], [(consent_id default), (target default), (scope default),
        (events default)]
    );
};
__rt::setters!(
    ConsentWithEvents, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_consent_id val
    consent_id : i64, with_target into target : String, with_scope into scope : String,
    with_events val events : Vec < ConsentEventEntry >]
);
/// One consent event. Field types and meanings are inferred from the documented
/// example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentEventEntry {
    /// The `consentEventId` property.
    pub consent_event_id: Option<i64>,
    /// When the event was created, in epoch milliseconds.
    pub created: Option<i64>,
    /// The `source` property.
    pub source: Option<String>,
    /// Presumably `true` when consent was given, `false` when withdrawn.
    pub action: Option<bool>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentEventEntry, [("consentEventId" consent_event_id opt), ("created" created
        opt), ("source" source opt), ("action" action opt)]
    );
    __rt::deserialize_struct!(
        ConsentEventEntry, ["consentEventId" consent_event_id, "created" created,
        "source" source, "action" action], [(consent_event_id default), (created
        default), (source default), (action default)]
    );
};
__rt::setters!(
    ConsentEventEntry, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_consent_event_id val
    consent_event_id : i64, with_created val created : i64, with_source into source :
    String, with_action val action : bool]
);
/// An issuer's consents with the history of their texts. The reference shows no
/// response schema; the field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentTextHistoryResponse {
    /// The `issuer` property.
    pub issuer: Option<String>,
    /// The `consents` property.
    pub consents: Option<Vec<ConsentTextHistory>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentTextHistoryResponse, [("issuer" issuer opt), ("consents" consents opt)]
    );
    __rt::deserialize_struct!(
        ConsentTextHistoryResponse, ["issuer" issuer, "consents" consents], [(issuer
        default), (consents default)]
    );
};
__rt::setters!(
    ConsentTextHistoryResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_issuer into issuer :
    String, with_consents val consents : Vec < ConsentTextHistory >]
);
/// A consent with its texts. Field types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentTextHistory {
    /// The `consentId` property.
    pub consent_id: Option<i64>,
    /// The `consentGroupId` property.
    pub consent_group_id: Option<i64>,
    /// The `target` property.
    pub target: Option<String>,
    /// The `scope` property.
    pub scope: Option<String>,
    /// The `texts` property.
    pub texts: Option<Vec<ConsentTextVersions>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentTextHistory, [("consentId" consent_id opt), ("consentGroupId"
        consent_group_id opt), ("target" target opt), ("scope" scope opt), ("texts" texts
        opt)]
    );
    __rt::deserialize_struct!(
        ConsentTextHistory, ["consentId" consent_id, "consentGroupId" consent_group_id,
        "target" target, "scope" scope, "texts" texts], [(consent_id default),
        (consent_group_id default), (target default), (scope default), (texts default)]
    );
};
__rt::setters!(
    ConsentTextHistory, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_consent_id val
    consent_id : i64, with_consent_group_id val consent_group_id : i64, with_target into
    target : String, with_scope into scope : String, with_texts val texts : Vec <
    ConsentTextVersions >]
);
/// The versions of a consent's text in one language. Field types are inferred from the
/// documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentTextVersions {
    /// The `consentTextId` property.
    pub consent_text_id: Option<i64>,
    /// A language code in underscore form, such as `nb_NO`.
    pub language_code: Option<String>,
    /// The `textHistory` property.
    pub text_history: Option<Vec<ConsentTextVersion>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentTextVersions, [("consentTextId" consent_text_id opt), ("languageCode"
        language_code opt), ("textHistory" text_history opt)]
    );
    __rt::deserialize_struct!(
        ConsentTextVersions, ["consentTextId" consent_text_id, "languageCode"
        language_code, "textHistory" text_history], [(consent_text_id default),
        (language_code default), (text_history default)]
    );
};
__rt::setters!(
    ConsentTextVersions, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_consent_text_id val
    consent_text_id : i64, with_language_code into language_code : String,
    with_text_history val text_history : Vec < ConsentTextVersion >]
);
/// One version of a consent text and when it applied. Field types are inferred from the
/// documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentTextVersion {
    /// The `consentTextHistoryId` property.
    pub consent_text_history_id: Option<i64>,
    /// The `text` property.
    pub text: Option<String>,
    /// Epoch milliseconds.
    pub from_date: Option<i64>,
    /// Epoch milliseconds.
    pub to_date: Option<i64>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentTextVersion, [("consentTextHistoryId" consent_text_history_id opt),
        ("text" text opt), ("fromDate" from_date opt), ("toDate" to_date opt)]
    );
    __rt::deserialize_struct!(
        ConsentTextVersion, ["consentTextHistoryId" consent_text_history_id, "text" text,
        "fromDate" from_date, "toDate" to_date], [(consent_text_history_id default),
        (text default), (from_date default), (to_date default)]
    );
};
__rt::setters!(
    ConsentTextVersion, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_consent_text_history_id
    val consent_text_history_id : i64, with_text into text : String, with_from_date val
    from_date : i64, with_to_date val to_date : i64]
);
/// An issuer's consents. The reference shows no response schema; the field types are
/// inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentsResponse {
    /// The `issuer` property.
    pub issuer: Option<String>,
    /// The `consents` property.
    pub consents: Option<Vec<Consent>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentsResponse, [("issuer" issuer opt), ("consents" consents opt)]
    );
    __rt::deserialize_struct!(
        ConsentsResponse, ["issuer" issuer, "consents" consents], [(issuer default),
        (consents default)]
    );
};
__rt::setters!(
    ConsentsResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_issuer into issuer :
    String, with_consents val consents : Vec < Consent >]
);
/// A consent definition. Field types and meanings are inferred from the documented
/// example and the field names.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Consent {
    /// The `consentId` property.
    pub consent_id: Option<i64>,
    /// The `consentGroupId` property.
    pub consent_group_id: Option<i64>,
    /// The `target` property.
    pub target: Option<String>,
    /// The `scope` property.
    pub scope: Option<String>,
    /// The `parentConsentId` property.
    pub parent_consent_id: Option<i64>,
    /// The `selectionOrder` property.
    pub selection_order: Option<i64>,
    /// A short code; the example shows `A`, the values are not documented.
    pub display_mode: Option<String>,
    /// Epoch milliseconds.
    pub created: Option<i64>,
    /// The `texts` property.
    pub texts: Option<Vec<ConsentDisplayText>>,
    /// The `active` property.
    pub active: Option<bool>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        Consent, [("consentId" consent_id opt), ("consentGroupId" consent_group_id opt),
        ("target" target opt), ("scope" scope opt), ("parentConsentId" parent_consent_id
        opt), ("selectionOrder" selection_order opt), ("displayMode" display_mode opt),
        ("created" created opt), ("texts" texts opt), ("active" active opt)]
    );
    __rt::deserialize_struct!(
        Consent, ["consentId" consent_id, "consentGroupId" consent_group_id, "target"
        target, "scope" scope, "parentConsentId" parent_consent_id, "selectionOrder"
        selection_order, "displayMode" display_mode, "created" created, "texts" texts,
        "active" active], [(consent_id default), (consent_group_id default), (target
        default), (scope default), (parent_consent_id default), (selection_order
        default), (display_mode default), (created default), (texts default), (active
        default)]
    );
};
__rt::setters!(
    Consent, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_consent_id val
    consent_id : i64, with_consent_group_id val consent_group_id : i64, with_target into
    target : String, with_scope into scope : String, with_parent_consent_id val
    parent_consent_id : i64, with_selection_order val selection_order : i64,
    with_display_mode into display_mode : String, with_created val created : i64,
    with_texts val texts : Vec < ConsentDisplayText >, with_active val active : bool]
);
/// A consent's name and description in one language. Field types are inferred from the
/// documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentDisplayText {
    /// A language code in underscore form, such as `nb_NO`.
    pub language_code: Option<String>,
    /// The `name` property.
    pub name: Option<String>,
    /// The `description` property.
    pub description: Option<String>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentDisplayText, [("languageCode" language_code opt), ("name" name opt),
        ("description" description opt)]
    );
    __rt::deserialize_struct!(
        ConsentDisplayText, ["languageCode" language_code, "name" name, "description"
        description], [(language_code default), (name default), (description default)]
    );
};
__rt::setters!(
    ConsentDisplayText, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_language_code into
    language_code : String, with_name into name : String, with_description into
    description : String]
);
/// A consent event to register. The consent is identified either by `consentId` or by
/// both `consentTarget` and `consentScope`; if all three are sent they must refer to
/// the same consent. The reference shows only the example: every type here is
/// inferred from it, and `subject`, `subjectType` and `action` are marked required
/// because an event means nothing without them (inferred, not documented).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ConsentEventRequest {
    /// The consent; or give `consentTarget` and `consentScope`.
    pub consent_id: Option<i64>,
    /// The consent's target; with `consentScope` it identifies the consent.
    pub consent_target: Option<String>,
    /// The consent's scope; with `consentTarget` it identifies the consent.
    pub consent_scope: Option<String>,
    /// Whom the event is about, e.g. a customer number.
    pub subject: String,
    /// What kind of identifier `subject` is; presumably one of `CONNECT`, `CONNECTID`,
    /// `EXTERNAL`, `ORDER` as for "List consent event history - client mode"
    /// (inferred).
    pub subject_type: String,
    /// Where the event comes from.
    pub source: Option<String>,
    /// Presumably `true` when consent is given, `false` when withdrawn.
    pub action: bool,
    /// When the event happened, in epoch milliseconds.
    pub event_time: Option<i64>,
    /// Not documented; the example `dHJ1ZQ==` is the base64 encoding of `true`.
    pub data: Option<String>,
}
const _: () = {
    __rt::serialize_struct!(
        ConsentEventRequest, [("consentId" consent_id opt), ("consentTarget"
        consent_target opt), ("consentScope" consent_scope opt), ("subject" subject req),
        ("subjectType" subject_type req), ("source" source opt), ("action" action req),
        ("eventTime" event_time opt), ("data" data opt)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        ConsentEventRequest, ["consentId" consent_id, "consentTarget" consent_target,
        "consentScope" consent_scope, "subject" subject, "subjectType" subject_type,
        "source" source, "action" action, "eventTime" event_time, "data" data],
        [(consent_id default), (consent_target default), (consent_scope default),
        (subject req), (subject_type req), (source default), (action req), (event_time
        default), (data default)]
    );
};
impl ConsentEventRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        subject: impl Into<String>,
        subject_type: impl Into<String>,
        action: bool,
    ) -> Self {
        ConsentEventRequest {
            consent_id: None,
            consent_target: None,
            consent_scope: None,
            subject: subject.into(),
            subject_type: subject_type.into(),
            source: None,
            action,
            event_time: None,
            data: None,
        }
    }
}
__rt::setters!(
    ConsentEventRequest, [], [with_consent_id val consent_id : i64, with_consent_target
    into consent_target : String, with_consent_scope into consent_scope : String,
    with_source into source : String, with_event_time val event_time : i64, with_data
    into data : String]
);
/// The registered consent event. The reference shows no response schema; the field
/// types are inferred from the documented example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentEventResponse {
    /// The `consentId` property.
    pub consent_id: Option<i64>,
    /// The `subject` property.
    pub subject: Option<String>,
    /// The `subjectType` property.
    pub subject_type: Option<String>,
    /// The `consentEventId` property.
    pub consent_event_id: Option<i64>,
    /// Epoch milliseconds.
    pub created: Option<i64>,
    /// The `source` property.
    pub source: Option<String>,
    /// The `action` property.
    pub action: Option<bool>,
    /// The `childEvents` property.
    pub child_events: Option<ConsentChildEvents>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentEventResponse, [("consentId" consent_id opt), ("subject" subject opt),
        ("subjectType" subject_type opt), ("consentEventId" consent_event_id opt),
        ("created" created opt), ("source" source opt), ("action" action opt),
        ("childEvents" child_events opt)]
    );
    __rt::deserialize_struct!(
        ConsentEventResponse, ["consentId" consent_id, "subject" subject, "subjectType"
        subject_type, "consentEventId" consent_event_id, "created" created, "source"
        source, "action" action, "childEvents" child_events], [(consent_id default),
        (subject default), (subject_type default), (consent_event_id default), (created
        default), (source default), (action default), (child_events default)]
    );
};
__rt::setters!(
    ConsentEventResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_consent_id val
    consent_id : i64, with_subject into subject : String, with_subject_type into
    subject_type : String, with_consent_event_id val consent_event_id : i64, with_created
    val created : i64, with_source into source : String, with_action val action : bool,
    with_child_events val child_events : ConsentChildEvents]
);
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
    Array(Vec<ConsentChildEvent>),
}
impl<'de> ::serde::Deserialize<'de> for ConsentChildEvents {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use ::serde::de::Error as _;
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(ConsentChildEvents::ConsentChildEvent(v));
        }
        if let Ok(v) = ::serde_json::from_value(value.clone()) {
            return Ok(ConsentChildEvents::Array(v));
        }
        Err(
            D::Error::custom(
                "the value matches none of the alternatives of `ConsentChildEvents`",
            ),
        )
    }
}
/// A child event of a consent event. Field types are inferred from the documented
/// example.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsentChildEvent {
    /// The `consentEventId` property.
    pub consent_event_id: Option<i64>,
    /// The `consentId` property.
    pub consent_id: Option<i64>,
    /// Epoch milliseconds.
    pub created: Option<i64>,
    /// The `action` property.
    pub action: Option<bool>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ConsentChildEvent, [("consentEventId" consent_event_id opt), ("consentId"
        consent_id opt), ("created" created opt), ("action" action opt)]
    );
    __rt::deserialize_struct!(
        ConsentChildEvent, ["consentEventId" consent_event_id, "consentId" consent_id,
        "created" created, "action" action], [(consent_event_id default), (consent_id
        default), (created default), (action default)]
    );
};
__rt::setters!(
    ConsentChildEvent, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_consent_event_id val
    consent_event_id : i64, with_consent_id val consent_id : i64, with_created val
    created : i64, with_action val action : bool]
);
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
    Unknown(String),
}
__rt::string_enum!(
    CredentialType, Unknown, [D "D", E "E", H "H", I "I", L "L", M "M", X "X", Z "Z"]
);
/// An external id to register in ConnectID.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RegisterExternalIdRequest {
    /// The user's unique id in the third-party system.
    pub external_id: String,
    /// The `credentialType` property.
    pub credential_type: CredentialType,
}
const _: () = {
    __rt::serialize_struct!(
        RegisterExternalIdRequest, [("externalId" external_id req), ("credentialType"
        credential_type req)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        RegisterExternalIdRequest, ["externalId" external_id, "credentialType"
        credential_type], [(external_id req), (credential_type req)]
    );
};
impl RegisterExternalIdRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(external_id: impl Into<String>, credential_type: CredentialType) -> Self {
        RegisterExternalIdRequest {
            external_id: external_id.into(),
            credential_type,
        }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> Result<(), crate::InvalidRequest> {
        {
            let v = &self.external_id;
            __rt::check_length("externalId", v, None, Some(60))?;
        }
        Ok(())
    }
}
/// A Connect customer to associate with a registered external id. The reference shows
/// only the example: the types, the required flags and `credentialType`'s codes are
/// inferred from "Register external Id - client mode". Its 60-character limit on
/// `externalId` is not documented here, so it is not checked.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RegisterCustomerRequest {
    /// The user's unique id in the third-party system.
    pub external_id: String,
    /// The `credentialType` property.
    pub credential_type: CredentialType,
    /// The Connect customer to associate with the external id.
    pub customer_number: i64,
}
const _: () = {
    __rt::serialize_struct!(
        RegisterCustomerRequest, [("externalId" external_id req), ("credentialType"
        credential_type req), ("customerNumber" customer_number req)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        RegisterCustomerRequest, ["externalId" external_id, "credentialType"
        credential_type, "customerNumber" customer_number], [(external_id req),
        (credential_type req), (customer_number req)]
    );
};
impl RegisterCustomerRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(
        external_id: impl Into<String>,
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExternalIdentity {
    /// How the user is represented in ConnectID, e.g. `AID:<externalId>`.
    pub credential: Option<String>,
    /// The user's unique id in the third-party system.
    pub external_id: Option<String>,
    /// The kind of external identity; presumably the codes of the request's
    /// `credentialType` (the reference's list is cut off here).
    pub credential_type: Option<String>,
    /// Not documented beyond its name.
    pub can_login: Option<bool>,
    /// The Connect customer; returned only if it was set earlier.
    pub customer_number: Option<i64>,
    /// The `uniqueId` property.
    pub unique_id: Option<String>,
    /// Not documented beyond its name.
    pub enabled: Option<bool>,
    /// The `newUser` property.
    pub new_user: Option<bool>,
    /// The `code` for the token endpoint's extension grant
    /// `https://connectid.no/oauth2/grant_type/extid_code`.
    pub extid_code: Option<String>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        ExternalIdentity, [("credential" credential opt), ("externalId" external_id opt),
        ("credentialType" credential_type opt), ("canLogin" can_login opt),
        ("customerNumber" customer_number opt), ("uniqueId" unique_id opt), ("enabled"
        enabled opt), ("newUser" new_user opt), ("extidCode" extid_code opt)]
    );
    __rt::deserialize_struct!(
        ExternalIdentity, ["credential" credential, "externalId" external_id,
        "credentialType" credential_type, "canLogin" can_login, "customerNumber"
        customer_number, "uniqueId" unique_id, "enabled" enabled, "newUser" new_user,
        "extidCode" extid_code], [(credential default), (external_id default),
        (credential_type default), (can_login default), (customer_number default),
        (unique_id default), (enabled default), (new_user default), (extid_code default)]
    );
};
__rt::setters!(
    ExternalIdentity, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_credential into
    credential : String, with_external_id into external_id : String, with_credential_type
    into credential_type : String, with_can_login val can_login : bool,
    with_customer_number val customer_number : i64, with_unique_id into unique_id :
    String, with_enabled val enabled : bool, with_new_user val new_user : bool,
    with_extid_code into extid_code : String]
);
/// A message to customer service.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SendMessageRequest {
    /// The product code the message is about.
    pub product: String,
    /// Overrides the case type: `A` follow-up complaint, `B` cancellation (listed in
    /// the description; the reference declares no enum).
    pub case_type: Option<String>,
    /// The subject of the message.
    pub message_subject: Option<String>,
    /// The message.
    pub message_content: String,
}
const _: () = {
    __rt::serialize_struct!(
        SendMessageRequest, [("product" product req), ("caseType" case_type opt),
        ("messageSubject" message_subject opt), ("messageContent" message_content req)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        SendMessageRequest, ["product" product, "caseType" case_type, "messageSubject"
        message_subject, "messageContent" message_content], [(product req), (case_type
        default), (message_subject default), (message_content req)]
    );
};
impl SendMessageRequest {
    /// Creates a value from its required fields; set the others with the `with_*` methods.
    pub fn new(product: impl Into<String>, message_content: impl Into<String>) -> Self {
        SendMessageRequest {
            product: product.into(),
            case_type: None,
            message_subject: None,
            message_content: message_content.into(),
        }
    }
    /// Checks the constraints the spec declares (lengths, ranges, item counts),
    /// including those of nested values.
    pub fn validate(&self) -> Result<(), crate::InvalidRequest> {
        {
            let v = &self.product;
            __rt::check_length("product", v, None, Some(12))?;
        }
        if let Some(v) = &self.case_type {
            __rt::check_length("caseType", v, None, Some(1))?;
        }
        if let Some(v) = &self.message_subject {
            __rt::check_length("messageSubject", v, None, Some(40))?;
        }
        {
            let v = &self.message_content;
            __rt::check_length("messageContent", v, None, Some(32000))?;
        }
        Ok(())
    }
}
__rt::setters!(
    SendMessageRequest, [], [with_case_type into case_type : String, with_message_subject
    into message_subject : String]
);
/// A message thread. The reference collapses the item schema; the field types are
/// inferred from the documented examples.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MessagesResponse {
    /// The `messages` property.
    pub messages: Option<Vec<Message>>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(MessagesResponse, [("messages" messages opt)]);
    __rt::deserialize_struct!(
        MessagesResponse, ["messages" messages], [(messages default)]
    );
};
__rt::setters!(
    MessagesResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_messages val messages :
    Vec < Message >]
);
/// One message. Field types and meanings are inferred from the documented examples.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Message {
    /// Both messages of the example share one id, so presumably the case (thread) id
    /// (inferred).
    pub id: Option<i64>,
    /// Epoch milliseconds.
    pub date: Option<i64>,
    /// Presumably `IN` from the customer and `OUT` from customer service (inferred from
    /// the examples).
    pub direction: Option<String>,
    /// The `messageSubject` property.
    pub message_subject: Option<String>,
    /// The `messageContent` property.
    pub message_content: Option<String>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(
        Message, [("id" id opt), ("date" date opt), ("direction" direction opt),
        ("messageSubject" message_subject opt), ("messageContent" message_content opt)]
    );
    __rt::deserialize_struct!(
        Message, ["id" id, "date" date, "direction" direction, "messageSubject"
        message_subject, "messageContent" message_content], [(id default), (date
        default), (direction default), (message_subject default), (message_content
        default)]
    );
};
__rt::setters!(
    Message, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_id val id : i64,
    with_date val date : i64, with_direction into direction : String,
    with_message_subject into message_subject : String, with_message_content into
    message_content : String]
);
/// The subscription to start. The reference shows only the example: every type is
/// inferred from it, and the required flags and limits are not documented.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StartSubscriptionRequest {
    /// The `companyCode` property.
    pub company_code: Option<String>,
    /// The product code.
    pub product: Option<String>,
    /// Epoch milliseconds.
    pub start_time: Option<i64>,
    /// Epoch milliseconds.
    pub end_time: Option<i64>,
    /// The number of copies; the example sends it as a string.
    pub copies: Option<String>,
    /// The `couponCode` property.
    pub coupon_code: Option<String>,
    /// The `couponNumber` property.
    pub coupon_number: Option<i64>,
    /// The `customerReference` property.
    pub customer_reference: Option<String>,
}
const _: () = {
    __rt::serialize_struct!(
        StartSubscriptionRequest, [("companyCode" company_code opt), ("product" product
        opt), ("startTime" start_time opt), ("endTime" end_time opt), ("copies" copies
        opt), ("couponCode" coupon_code opt), ("couponNumber" coupon_number opt),
        ("customerReference" customer_reference opt)]
    );
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::deserialize_struct!(
        StartSubscriptionRequest, ["companyCode" company_code, "product" product,
        "startTime" start_time, "endTime" end_time, "copies" copies, "couponCode"
        coupon_code, "couponNumber" coupon_number, "customerReference"
        customer_reference], [(company_code default), (product default), (start_time
        default), (end_time default), (copies default), (coupon_code default),
        (coupon_number default), (customer_reference default)]
    );
};
__rt::setters!(
    StartSubscriptionRequest, [], [with_company_code into company_code : String,
    with_product into product : String, with_start_time val start_time : i64,
    with_end_time val end_time : i64, with_copies into copies : String, with_coupon_code
    into coupon_code : String, with_coupon_number val coupon_number : i64,
    with_customer_reference into customer_reference : String]
);
/// The outcome of starting a subscription. The field type is inferred from the
/// documented example; the values are not documented.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct StartSubscriptionResponse {
    /// The `status` property.
    pub status: Option<String>,
}
const _: () = {
    #[cfg(any(feature = "mock", feature = "full-serde"))]
    __rt::serialize_struct!(StartSubscriptionResponse, [("status" status opt)]);
    __rt::deserialize_struct!(
        StartSubscriptionResponse, ["status" status], [(status default)]
    );
};
__rt::setters!(
    StartSubscriptionResponse, [#[doc = r""] #[doc =
    " With the `mock` or `full-serde` feature: values of this type are only received."]
    #[cfg(any(feature = "mock", feature = "full-serde"))]], [with_status into status :
    String]
);
