//! The impls that every generated error enum and every generated enum of values repeat,
//! and the setters of every struct's optional fields, written once as macros that
//! generated code invokes per type.
//!
//! A spec of a thousand operations has a thousand error enums and hundreds of value enums,
//! each with the same handful of impls, and thousands of optional fields. Written out, they were a fifth of a large crate's
//! text, which the generator parses and pretty-prints item by item; as one invocation per
//! type they are a line or two. The code rustc compiles is the same. Runtime items, these
//! macros included, are named through `__rt`, which the caller brings into scope
//! (`use crate::runtime as __rt;`). Crate-private: only generated code calls them.

/// The impls of an operation's error enum `$name`, whose variants each hold one declared
/// status's response: `Variant status => kind`, where the status is a `match` pattern on
/// the numeric status and the kind says how the body is read: `typed` (JSON into the
/// variant's `TypedResponse<T>`), `fmt` (a value in its schema's format, through
/// [`formats`](super::formats)) or `raw` (no body: the variant holds the
/// `ResponseContent`). `$unexpected` is the variant for any other status, which holds the
/// `ResponseContent`. `$display` is the `Display` text, with one `{}` for the status.
#[allow(unused_macros, reason = "a spec without operations does not use it")]
macro_rules! api_error {
    ($name:ident, $unexpected:ident, $display:literal, [$($variant:ident $status:pat => $kind:ident),* $(,)?]) => {
        impl $name {
            /// Sorts an error response into its variant by status.
            pub(crate) fn from_response(response: __rt::ResponseContent) -> Self {
                match response.status().as_u16() {
                    $($status => $name::$variant(__rt::api_error!(@read response $kind)),)*
                    _ => $name::$unexpected(response),
                }
            }

            /// The response as received: status, headers and raw body.
            pub fn response(&self) -> &__rt::ResponseContent {
                match self {
                    $($name::$variant(_r) => __rt::api_error!(@content _r $kind),)*
                    $name::$unexpected(r) => r,
                }
            }
        }

        __rt::api_error!(@common $name, $display);

        impl __rt::ApiError for $name {
            fn response(&self) -> &__rt::ResponseContent {
                $name::response(self)
            }

            fn is_declared(&self) -> bool {
                !::std::matches!(self, $name::$unexpected(_))
            }

            fn typed_body(&self) -> ::std::option::Option<&(dyn ::std::any::Any + Send + Sync)> {
                match self {
                    $($name::$variant(_r) => __rt::api_error!(@body _r $kind),)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    };
    (@common $name:ident, $display:literal) => {
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::write!(f, $display, self.response().status())
            }
        }

        impl ::std::error::Error for $name {}
    };
    (@read $response:ident typed) => { $response.typed() };
    (@read $response:ident fmt) => { __rt::formats::typed($response) };
    (@read $response:ident raw) => { $response };
    (@content $r:ident raw) => { $r };
    (@content $r:ident $kind:ident) => { &$r.content };
    (@body $r:ident raw) => { ::std::option::Option::None };
    (@body $r:ident $kind:ident) => { $r.body.as_deref().map(|b| b as _) };
}

/// The impls of a generated enum of string values `$name`, whose fallback variant
/// `$unknown` keeps a value the spec does not list: `VALUES`, `as_str`, `Display`,
/// `From<&str>`, `FromStr`, `Serialize` and `Deserialize`. Each listed value is
/// `Variant "wire"`. Under the `mock` feature, decoding a value the spec does not list is
/// an error while the mock decodes a request, as the API would refuse it.
#[allow(unused_macros, reason = "a spec without string enums does not use it")]
macro_rules! string_enum {
    ($name:ident, $unknown:ident, [$($variant:ident $wire:literal),* $(,)?]) => {
        impl $name {
            /// Every value the spec lists, in spec order.
            pub const VALUES: &'static [&'static str] = &[$($wire),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)*
                    $name::$unknown(value) => value,
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($wire => $name::$variant,)*
                    other => $name::$unknown(other.to_owned()),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok($name::from(value))
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                let value = $name::from(value.as_str());
                #[cfg(feature = "mock")]
                if let $name::$unknown(raw) = &value {
                    __rt::mock_support::check_known::<D::Error, &str>(raw, $name::VALUES)?;
                }
                ::std::result::Result::Ok(value)
            }
        }
    };
}

/// The impls of a generated enum of integer values `$name`, whose fallback variant
/// `$unknown` keeps a value the spec does not list: `VALUES`, `value`, `Display`,
/// `From<i64>`, `Serialize` and `Deserialize`. Each listed value is `Variant value`; under
/// the `mock` feature, as for [`string_enum!`], an unlisted value is refused.
#[allow(unused_macros, reason = "a spec without integer enums does not use it")]
macro_rules! int_enum {
    ($name:ident, $unknown:ident, [$($variant:ident $value:literal),* $(,)?]) => {
        impl $name {
            /// Every value the spec lists, in spec order.
            pub const VALUES: &'static [i64] = &[$($value),*];

            /// The value as sent on the wire.
            pub fn value(self) -> i64 {
                match self {
                    $($name::$variant => $value,)*
                    $name::$unknown(value) => value,
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.value(), f)
            }
        }

        impl ::std::convert::From<i64> for $name {
            fn from(value: i64) -> Self {
                match value {
                    $($value => $name::$variant,)*
                    other => $name::$unknown(other),
                }
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = $name::from(<i64 as ::serde::Deserialize>::deserialize(deserializer)?);
                #[cfg(feature = "mock")]
                if let $name::$unknown(raw) = &value {
                    __rt::mock_support::check_known::<D::Error, i64>(*raw, $name::VALUES)?;
                }
                ::std::result::Result::Ok(value)
            }
        }
    };
}

/// The `with_*` setters of struct `$name`'s optional fields: each is
/// `with_field how field: Type`, where `how` says what the setter takes and stores: `into`
/// (`impl Into<Type>`, stored converted), `val` (the value), `boxed` (the value, stored
/// boxed), `null` (an `Option<Type>`, where `None` is an explicit `null`) or `nullbox`
/// (the same, stored boxed). A setter's docs link to its field unless the entry brings
/// docs of its own (a field named with `r#`, which rustdoc cannot link to); the attributes
/// in the first brackets go on every setter.
#[allow(
    unused_macros,
    reason = "a spec without optional fields does not use it"
)]
macro_rules! setters {
    ($name:ident, $all:tt, [$($(#[$own:meta])* $setter:ident $how:ident $field:ident: $t:ty),* $(,)?]) => {
        impl $name {
            $(__rt::setters!(@fn [$(#[$own])*] $all $setter $field $how $t);)*
        }
    };
    (@fn [] [$(#[$all:meta])*] $setter:ident $field:ident $how:ident $t:ty) => {
        __rt::setters!(@fn
            [#[doc = ::std::concat!(" Sets [`", ::std::stringify!($field), "`](Self::", ::std::stringify!($field), ").")]]
            [$(#[$all])*] $setter $field $how $t);
    };
    (@fn [$(#[$own:meta])+] [$(#[$all:meta])*] $setter:ident $field:ident $how:ident $t:ty) => {
        $(#[$own])+
        $(#[$all])*
        pub fn $setter(mut self, $field: __rt::setters!(@arg $how $t)) -> Self {
            self.$field = ::std::option::Option::Some(__rt::setters!(@store $how $field));
            self
        }
    };
    (@arg into $t:ty) => { impl ::std::convert::Into<$t> };
    (@arg null $t:ty) => { ::std::option::Option<$t> };
    (@arg nullbox $t:ty) => { ::std::option::Option<$t> };
    (@arg $how:ident $t:ty) => { $t };
    (@store into $field:ident) => { $field.into() };
    (@store boxed $field:ident) => { ::std::boxed::Box::new($field) };
    (@store nullbox $field:ident) => { $field.map(::std::boxed::Box::new) };
    (@store $how:ident $field:ident) => { $field };
}

#[allow(unused_imports, reason = "a spec without such types does not use them")]
pub(crate) use {api_error, int_enum, setters, string_enum};
