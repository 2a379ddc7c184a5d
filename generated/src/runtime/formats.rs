// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! The string formats the generated types carry as Rust types: `date-time` as
//! [`time::OffsetDateTime`], written as RFC 3339 (`2024-01-02T03:04:05Z`), and `date` as
//! [`time::Date`], written as RFC 3339's full-date (`2024-01-02`). (`uuid` is
//! [`uuid::Uuid`], whose own serde impls and `Display` already write it hyphenated and
//! lowercase.)
//!
//! Its functions are `#[doc(hidden)]`: only generated code calls them, and several share
//! their names with `serde_helpers`' (which the API record keys the runtime's items by).
//!
//! The `time` crate's types get no serde impls of their own here (its `serde` feature is
//! off, and its formats are not these): every place where generated code encodes or
//! decodes such a value goes through this module, and a place that forgot to would not
//! compile. The shapes a schema builds around them (`Option`, `Vec`, maps, `null`s inside
//! them) implement the same traits:
//!
//! - `#[serde(with = "formats")]` on a derived field, [`field`], [`collection`] and
//!   [`optional_field`] in the generated struct impls;
//! - [`As`] to encode one anywhere a `Serialize` is wanted (a body, a JSON parameter), and
//!   [`Parsed`] to decode one anywhere a `Deserialize` is wanted;
//! - [`text`] for the text of a path, query, header or cookie parameter or a form part.
//!
//! A value that is not in its format fails to decode like any value of the wrong type:
//! the response's decode error names its path, and lenient decoding drops it as a
//! [`Mismatch`](super::decode::Mismatch).

use super::error::{DecodeError, InvalidRequest};
use super::format_text::{date_text, date_time_text, parse_date, parse_date_time};
use super::response::{Response, ResponseContent, TypedResponse};
use serde::de::{self, Deserializer, MapAccess};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::{Date, OffsetDateTime};

/// A value (or a shape of values) that is encoded as its schema's format says.
pub trait WriteFormat {
    /// Encodes the value.
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

/// A value (or a shape of values) that is decoded from its schema's format.
pub trait ReadFormat: Sized {
    /// Decodes the value.
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

/// A scalar of a format, written as text.
pub trait WriteText {
    /// The value's text, or why it has none (a year the format cannot write).
    fn text(&self) -> Result<String, String>;
}

/// A scalar of a format, read from text.
pub trait ReadText: Sized {
    /// What the format is, for errors: `an RFC 3339 date-time`.
    const EXPECTED: &'static str;
    /// The value of a text, if it is one.
    fn parse(text: &str) -> Option<Self>;
}

impl WriteText for OffsetDateTime {
    fn text(&self) -> Result<String, String> {
        date_time_text(self)
    }
}

impl ReadText for OffsetDateTime {
    const EXPECTED: &'static str = "an RFC 3339 date-time";

    fn parse(text: &str) -> Option<Self> {
        parse_date_time(text)
    }
}

impl WriteText for Date {
    fn text(&self) -> Result<String, String> {
        date_text(self)
    }
}

impl ReadText for Date {
    const EXPECTED: &'static str = "an RFC 3339 full-date (YYYY-MM-DD)";

    fn parse(text: &str) -> Option<Self> {
        parse_date(text)
    }
}

// Generated code has a value or a reference to one, as its loops and `if let`s give it.
impl<T: WriteText + ?Sized> WriteText for &T {
    fn text(&self) -> Result<String, String> {
        (**self).text()
    }
}

/// Reads a scalar of a format from a JSON string.
struct TextVisitor<T>(std::marker::PhantomData<T>);

impl<T: ReadText> de::Visitor<'_> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(T::EXPECTED)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        T::parse(v).ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }
}

macro_rules! scalar_format {
    ($($ty:ty),*) => {$(
        impl WriteFormat for $ty {
            fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match WriteText::text(self) {
                    Ok(text) => serializer.serialize_str(&text),
                    Err(e) => Err(serde::ser::Error::custom(e)),
                }
            }
        }

        impl ReadFormat for $ty {
            fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str(TextVisitor(std::marker::PhantomData))
            }
        }
    )*};
}

scalar_format!(OffsetDateTime, Date);

impl<T: WriteFormat> WriteFormat for Option<T> {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&As(value)),
            None => serializer.serialize_none(),
        }
    }
}

impl<T: ReadFormat> ReadFormat for Option<T> {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<Parsed<T>>::deserialize(deserializer).map(|v| v.map(|p| p.0))
    }
}

impl<T: WriteFormat> WriteFormat for [T] {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(As))
    }
}

impl<T: WriteFormat> WriteFormat for Vec<T> {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_slice().write(serializer)
    }
}

impl<T: ReadFormat> ReadFormat for Vec<T> {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Parsed<T>>::deserialize(deserializer).map(|v| v.into_iter().map(|p| p.0).collect())
    }
}

impl<T: WriteFormat> WriteFormat for BTreeMap<String, T> {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(k, v)| (k, As(v))))
    }
}

impl<T: ReadFormat> ReadFormat for BTreeMap<String, T> {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        BTreeMap::<String, Parsed<T>>::deserialize(deserializer)
            .map(|m| m.into_iter().map(|(k, p)| (k, p.0)).collect())
    }
}

impl<T: WriteFormat + ?Sized> WriteFormat for &T {
    fn write<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).write(serializer)
    }
}

/// A value encoded in its format, wherever a `Serialize` is wanted.
pub struct As<'a, T: ?Sized>(pub &'a T);

impl<T: WriteFormat + ?Sized> Serialize for As<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.write(serializer)
    }
}

/// A value decoded from its format, wherever a `Deserialize` is wanted.
#[derive(Debug, Default)]
pub struct Parsed<T>(pub T);

impl<'de, T: ReadFormat> Deserialize<'de> for Parsed<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::read(deserializer).map(Parsed)
    }
}

/// `#[serde(with = "...")]`: encodes a field in its format.
#[doc(hidden)]
pub fn serialize<T: WriteFormat + ?Sized, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    value.write(serializer)
}

/// `#[serde(with = "...")]`: decodes a field from its format.
#[doc(hidden)]
pub fn deserialize<'de, T: ReadFormat, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    T::read(deserializer)
}

/// [`double_option`](super::serde_helpers::double_option) for a value in a format: a
/// present `null` is `Some(None)`.
#[doc(hidden)]
pub fn double_option<'de, T: ReadFormat, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::read(deserializer).map(Some)
}

/// [`null_as_default`](super::serde_helpers::null_as_default) for values in a format.
#[doc(hidden)]
pub fn null_as_default<'de, T: ReadFormat + Default, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    Option::<T>::read(deserializer).map(Option::unwrap_or_default)
}

/// [`field`](super::serde_helpers::field) for a value in a format.
#[doc(hidden)]
pub fn field<'de, A: MapAccess<'de>, T: ReadFormat>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value::<Parsed<T>>()?.0);
    Ok(())
}

/// [`collection`](super::serde_helpers::collection) for values in a format.
#[doc(hidden)]
pub fn collection<'de, A: MapAccess<'de>, T: ReadFormat + Default>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value::<Parsed<Option<T>>>()?.0.unwrap_or_default());
    Ok(())
}

/// [`optional_field`](super::serde_helpers::optional_field) for a value in a format.
#[doc(hidden)]
pub fn optional_field<S: SerializeStruct, T: WriteFormat>(
    s: &mut S,
    name: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error> {
    match value {
        Some(value) => s.serialize_field(name, &As(value)),
        None => s.skip_field(name),
    }
}

/// The text of parameter (or form part) `name`, in its format.
#[doc(hidden)]
pub fn text<T: WriteText + ?Sized>(name: &str, value: &T) -> Result<String, InvalidRequest> {
    value.text().map_err(|e| InvalidRequest::new(name, e))
}

/// The texts of array parameter `name`'s items, joined by commas.
#[doc(hidden)]
pub fn join<'a, T: WriteText + 'a>(
    name: &str,
    items: impl IntoIterator<Item = &'a T>,
) -> Result<String, InvalidRequest> {
    let texts: Result<Vec<String>, InvalidRequest> =
        items.into_iter().map(|item| text(name, item)).collect();
    Ok(texts?.join(","))
}

/// [`ResponseContent::decode_json`] for a body in a format.
#[doc(hidden)]
pub fn decode_json<T: ReadFormat>(content: ResponseContent) -> Result<Response<T>, DecodeError> {
    content.decode_json::<Parsed<T>>().map(|r| r.map(|p| p.0))
}

/// [`ResponseContent::decode_json_collection`] for a body of values in a format.
#[doc(hidden)]
pub fn decode_json_collection<T: ReadFormat + Default>(
    content: ResponseContent,
) -> Result<Response<T>, DecodeError> {
    content
        .decode_json_collection::<Parsed<T>>()
        .map(|r| r.map(|p| p.0))
}

/// [`ResponseContent::typed`] for an error body in a format.
#[doc(hidden)]
pub fn typed<T: ReadFormat>(content: ResponseContent) -> TypedResponse<T> {
    let typed = content.typed::<Parsed<T>>();
    TypedResponse {
        body: typed.body.map(|p| Box::new(p.0)),
        content: typed.content,
    }
}

/// Decodes a JSON value in a format (a `oneOf` alternative).
#[doc(hidden)]
pub fn from_value<T: ReadFormat>(value: serde_json::Value) -> Result<T, serde_json::Error> {
    serde_json::from_value::<Parsed<T>>(value).map(|p| p.0)
}
