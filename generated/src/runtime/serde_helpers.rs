// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Serde helpers that generated models call: in `#[serde(...)]` attributes, and the
//! pieces their generated `Serialize` and `Deserialize` impls share.

/// Deserializes an optional, nullable property so that a present `null` is `Some(None)`
/// while an absent property (through `#[serde(default)]`) stays `None`.
pub fn double_option<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: serde::Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
}

/// A property name read from a map, borrowed from the input when it holds no escapes.
///
/// Generated `Deserialize` impls match on it instead of a field enum with a visitor of its
/// own per type, which is most of what `#[derive(Deserialize)]` expands to.
pub struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a property name")
            }
            fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v)))
            }
            // A name that is not UTF-8 matches no property, so it is skipped like any
            // unknown one (as the derived impls do).
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Key<'de>, E> {
                Ok(Key(String::from_utf8_lossy(v).into_owned().into()))
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// Reads the value of property `name` into `slot`; a property given twice is an error, as
/// with derived impls.
pub fn field<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error>
where
    A: serde::de::MapAccess<'de>,
    T: serde::Deserialize<'de>,
{
    if slot.is_some() {
        return Err(serde::de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Reads the value of a required, non-nullable array or map property into `slot`, a
/// `null` as the empty collection: Go's encoder writes a nil slice or map as `null`.
pub fn collection<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error>
where
    A: serde::de::MapAccess<'de>,
    T: serde::Deserialize<'de> + Default,
{
    if slot.is_some() {
        return Err(serde::de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value::<Option<T>>()?.unwrap_or_default());
    Ok(())
}

/// Deserializes a required, non-nullable array or map so that `null` is the empty
/// collection (with `#[serde(default)]`, so is an absent one), for derived impls.
pub fn null_as_default<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: serde::Deserialize<'de> + Default,
    D: serde::Deserializer<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Option::unwrap_or_default)
}

/// Skips the value of a property the type does not declare.
pub fn skip<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(drop)
}

/// Writes property `name` when it is present (`Some`); an absent one is skipped, as
/// `skip_serializing_if = "Option::is_none"` does.
pub fn optional_field<S, T>(
    s: &mut S,
    name: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error>
where
    S: serde::ser::SerializeStruct,
    T: serde::Serialize,
{
    match value {
        Some(value) => s.serialize_field(name, value),
        None => s.skip_field(name),
    }
}

/// Properties of a struct being written: one ([`WriteReq`], [`WriteOpt`],
/// [`WriteOptFmt`]) or a tuple of them, nested as deep as needed.
///
/// `serialize_struct!` hands a struct's properties to [`write_struct`] as one tuple of
/// these, so that each model's `Serialize` is one call: rustc types and borrow-checks the
/// writing once per tuple size here, rather than a call and an early return per property
/// in every model (in GitHub's crate, the models' `serialize` bodies took two thirds less
/// checking time this way).
pub trait Fields {
    /// How many properties are written: the absent optional ones are not.
    fn count(&self) -> usize;
    /// Writes them, in order.
    fn write<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error>;
}

/// A property that is always written: its wire name and value.
pub struct WriteReq<'a, T: ?Sized>(pub &'static str, pub &'a T);

/// An optional property, written when it is `Some`, as `skip_serializing_if =
/// "Option::is_none"` does.
pub struct WriteOpt<'a, T>(pub &'static str, pub &'a Option<T>);

/// An optional property in its schema's format (see [`formats`](super::formats)).
pub struct WriteOptFmt<'a, T>(pub &'static str, pub &'a Option<T>);

impl<T: serde::Serialize + ?Sized> Fields for WriteReq<'_, T> {
    #[inline]
    fn count(&self) -> usize {
        1
    }
    #[inline]
    fn write<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        s.serialize_field(self.0, self.1)
    }
}

impl<T: serde::Serialize> Fields for WriteOpt<'_, T> {
    #[inline]
    fn count(&self) -> usize {
        usize::from(self.1.is_some())
    }
    #[inline]
    fn write<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        optional_field(s, self.0, self.1)
    }
}

impl<T: super::formats::WriteFormat> Fields for WriteOptFmt<'_, T> {
    #[inline]
    fn count(&self) -> usize {
        usize::from(self.1.is_some())
    }
    #[inline]
    fn write<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        super::formats::optional_field(s, self.0, self.1)
    }
}

/// `Fields` for tuples of them, up to the twelve that the generator puts in one.
macro_rules! tuple_fields {
    ($($t:ident $i:tt),*) => {
        impl<$($t: Fields),*> Fields for ($($t,)*) {
            #[inline]
            fn count(&self) -> usize {
                0 $(+ self.$i.count())*
            }
            #[inline]
            #[allow(unused_variables, reason = "the empty tuple writes nothing")]
            fn write<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
                $(self.$i.write(s)?;)*
                Ok(())
            }
        }
    };
}
tuple_fields!();
tuple_fields!(A 0);
tuple_fields!(A 0, B 1);
tuple_fields!(A 0, B 1, C 2);
tuple_fields!(A 0, B 1, C 2, D 3);
tuple_fields!(A 0, B 1, C 2, D 3, E 4);
tuple_fields!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_fields!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_fields!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_fields!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_fields!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_fields!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_fields!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

/// Writes a struct named `name` with `fields`: what each generated `Serialize` calls.
#[inline]
pub fn write_struct<S: serde::Serializer, F: Fields>(
    serializer: S,
    name: &'static str,
    fields: F,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct as _;
    let mut s = serializer.serialize_struct(name, fields.count())?;
    fields.write(&mut s)?;
    s.end()
}

/// `Serialize` for a generated struct of named properties, as `#[derive(Serialize)]` with
/// `skip_serializing_if = "Option::is_none"` on the optional ones would write it, for a
/// fraction of the derive's compile time. Each property is `("wire" field req)` (always
/// written) or `("wire" field opt)` (written when `Some`); a trailing `fmt` (`("wire" field
/// req fmt)`) writes a value in its schema's format through [`formats`](super::formats).
/// A bracketed list groups at most twelve items, properties or lists (the tuples that
/// [`Fields`] is implemented for), and the whole is one such list. Runtime items, this
/// macro included, are named through `__rt`, which the caller brings into scope (`use
/// crate::runtime as __rt;`). Crate-private: only generated code calls it.
#[allow(unused_macros, reason = "a spec without plain structs does not use it")]
macro_rules! serialize_struct {
    ($name:ident, $fields:tt) => {
        impl ::serde::Serialize for $name {
            fn serialize<__S: ::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::std::result::Result<__S::Ok, __S::Error> {
                __rt::write_struct(
                    serializer,
                    ::std::stringify!($name),
                    __rt::serialize_struct!(@item self $fields),
                )
            }
        }
    };
    (@item $self:ident [$($item:tt),* $(,)?]) => {
        ($(__rt::serialize_struct!(@item $self $item),)*)
    };
    (@item $self:ident ($wire:literal $field:ident req)) => {
        __rt::WriteReq($wire, &$self.$field)
    };
    (@item $self:ident ($wire:literal $field:ident opt)) => {
        __rt::WriteOpt($wire, &$self.$field)
    };
    (@item $self:ident ($wire:literal $field:ident req fmt)) => {
        __rt::WriteReq($wire, &__rt::formats::As(&$self.$field))
    };
    (@item $self:ident ($wire:literal $field:ident opt fmt)) => {
        __rt::WriteOptFmt($wire, &$self.$field)
    };
}

/// How a struct's properties are read into its field values `V`: for one property, a
/// marker that says what its absence gives and how its value is read ([`ReadReq`] and the
/// others); for several, a tuple of plans, nested as deep as needed, giving a tuple of
/// values.
///
/// `deserialize_struct!` hands [`read_struct`] a tuple of markers, and destructures the
/// values it returns into the struct, so that each model's `Deserialize` is one call:
/// rustc types and borrow-checks the reading once per tuple size here, rather than a
/// slot, a read and a finish per property in every model (in GitHub's crate, the models'
/// `deserialize` bodies took half the checking time this way).
pub trait ReadFields<'de, V>: Sized {
    /// How many properties the plan reads.
    const LEN: usize;
    /// What holds the values read so far.
    type Slots;
    /// Slots with nothing read.
    fn empty(&self) -> Self::Slots;
    /// Reads the value of property `index` (of this plan's, counted in order) from `map`;
    /// `names` are the wire names of this plan's properties, for the errors.
    fn read<M: serde::de::MapAccess<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut M,
        names: &[&'static str],
    ) -> Result<(), M::Error>;
    /// The values, once the map is read: the error of the first missing required property.
    fn finish<X: serde::de::Error>(slots: Self::Slots, names: &[&'static str]) -> Result<V, X>;
}

/// The wire name at `index`: every index is in range, as the plans count their properties.
fn name_at(names: &[&'static str], index: usize) -> &'static str {
    names.get(index).copied().unwrap_or_default()
}

/// One plan per property kind: the marker, the bounds on the value, how it is read, the
/// field's type, and what the slot gives once the map is read.
macro_rules! read_plan {
    ($(#[$doc:meta])* $marker:ident, [$($bound:tt)*], $read:path, $value:ty,
     |$slot:ident, $names:ident| $finish:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug)]
        pub struct $marker;

        impl<'de, T: $($bound)*> ReadFields<'de, $value> for $marker {
            const LEN: usize = 1;
            type Slots = Option<T>;
            #[inline]
            fn empty(&self) -> Option<T> {
                None
            }
            #[inline]
            fn read<M: serde::de::MapAccess<'de>>(
                slots: &mut Option<T>,
                _: usize,
                map: &mut M,
                names: &[&'static str],
            ) -> Result<(), M::Error> {
                $read(map, slots, name_at(names, 0))
            }
            #[inline]
            fn finish<X: serde::de::Error>(
                $slot: Option<T>,
                $names: &[&'static str],
            ) -> Result<$value, X> {
                $finish
            }
        }
    };
}

read_plan!(
    /// A required property: its absence is the error that it is missing.
    ReadReq, [serde::Deserialize<'de>], field, T,
    |slot, names| slot.ok_or_else(|| X::missing_field(name_at(names, 0)))
);
read_plan!(
    /// A property whose absence gives `None` (an optional property, or a required nullable
    /// one, as the derive does).
    ReadDefault, [serde::Deserialize<'de> + Default], field, T,
    |slot, _names| Ok(slot.unwrap_or_default())
);
read_plan!(
    /// An optional nullable property, whose slot is the field: `Some(None)` for a `null`.
    ReadKeep, [serde::Deserialize<'de>], field, Option<T>,
    |slot, _names| Ok(slot)
);
read_plan!(
    /// A required, non-nullable array or map, which also reads `null` as empty.
    ReadColl, [serde::Deserialize<'de> + Default], collection, T,
    |slot, _names| Ok(slot.unwrap_or_default())
);
read_plan!(
    /// [`ReadReq`] for a value in its schema's format.
    ReadReqFmt, [super::formats::ReadFormat], super::formats::field, T,
    |slot, names| slot.ok_or_else(|| X::missing_field(name_at(names, 0)))
);
read_plan!(
    /// [`ReadDefault`] for a value in its schema's format.
    ReadDefaultFmt, [super::formats::ReadFormat + Default], super::formats::field, T,
    |slot, _names| Ok(slot.unwrap_or_default())
);
read_plan!(
    /// [`ReadKeep`] for a value in its schema's format.
    ReadKeepFmt, [super::formats::ReadFormat], super::formats::field, Option<T>,
    |slot, _names| Ok(slot)
);
read_plan!(
    /// [`ReadColl`] for a value in its schema's format.
    ReadCollFmt, [super::formats::ReadFormat + Default], super::formats::collection, T,
    |slot, _names| Ok(slot.unwrap_or_default())
);

/// `ReadFields` for tuples of plans, up to the twelve that the generator puts in one:
/// property `index` is found by counting each member's properties.
macro_rules! tuple_read_plan {
    ($($p:ident $v:ident $i:tt),*) => {
        impl<'de, $($p: ReadFields<'de, $v>, $v),*> ReadFields<'de, ($($v,)*)> for ($($p,)*) {
            const LEN: usize = 0 $(+ $p::LEN)*;
            type Slots = ($($p::Slots,)*);
            #[inline]
            #[allow(clippy::unused_unit, reason = "the empty tuple's slots are `()`")]
            fn empty(&self) -> Self::Slots {
                ($(self.$i.empty(),)*)
            }
            #[inline]
            #[allow(unused_variables, reason = "the empty tuple reads nothing")]
            fn read<M: serde::de::MapAccess<'de>>(
                slots: &mut Self::Slots,
                index: usize,
                map: &mut M,
                names: &[&'static str],
            ) -> Result<(), M::Error> {
                let offset = 0;
                $(
                    if index < offset + $p::LEN {
                        let names = names.get(offset..).unwrap_or_default();
                        return $p::read(&mut slots.$i, index - offset, map, names);
                    }
                    let offset = offset + $p::LEN;
                )*
                let _ = offset;
                Ok(())
            }
            #[inline]
            #[allow(
                unused_variables,
                unused_mut,
                unused_assignments,
                reason = "the last member's count, and the empty tuple's names, are not read"
            )]
            fn finish<X: serde::de::Error>(
                slots: Self::Slots,
                names: &[&'static str],
            ) -> Result<($($v,)*), X> {
                let mut offset = 0;
                Ok(($({
                    let value = $p::finish(slots.$i, names.get(offset..).unwrap_or_default())?;
                    offset += $p::LEN;
                    value
                },)*))
            }
        }
    };
}
tuple_read_plan!();
tuple_read_plan!(P0 V0 0);
tuple_read_plan!(P0 V0 0, P1 V1 1);
tuple_read_plan!(P0 V0 0, P1 V1 1, P2 V2 2);
tuple_read_plan!(P0 V0 0, P1 V1 1, P2 V2 2, P3 V3 3);
tuple_read_plan!(P0 V0 0, P1 V1 1, P2 V2 2, P3 V3 3, P4 V4 4);
tuple_read_plan!(P0 V0 0, P1 V1 1, P2 V2 2, P3 V3 3, P4 V4 4, P5 V5 5);
tuple_read_plan!(P0 V0 0, P1 V1 1, P2 V2 2, P3 V3 3, P4 V4 4, P5 V5 5, P6 V6 6);
tuple_read_plan!(P0 V0 0, P1 V1 1, P2 V2 2, P3 V3 3, P4 V4 4, P5 V5 5, P6 V6 6, P7 V7 7);
tuple_read_plan!(P0 V0 0, P1 V1 1, P2 V2 2, P3 V3 3, P4 V4 4, P5 V5 5, P6 V6 6, P7 V7 7, P8 V8 8);
tuple_read_plan!(
    P0 V0 0, P1 V1 1, P2 V2 2, P3 V3 3, P4 V4 4, P5 V5 5, P6 V6 6, P7 V7 7, P8 V8 8, P9 V9 9
);
tuple_read_plan!(
    P0 V0 0, P1 V1 1, P2 V2 2, P3 V3 3, P4 V4 4, P5 V5 5, P6 V6 6, P7 V7 7, P8 V8 8, P9 V9 9,
    P10 V10 10
);
tuple_read_plan!(
    P0 V0 0, P1 V1 1, P2 V2 2, P3 V3 3, P4 V4 4, P5 V5 5, P6 V6 6, P7 V7 7, P8 V8 8, P9 V9 9,
    P10 V10 10, P11 V11 11
);

/// The visitor of [`read_struct`]: one per plan, in the runtime rather than per model.
struct StructVisitor<P, V> {
    name: &'static str,
    names: &'static [&'static str],
    plan: P,
    values: std::marker::PhantomData<fn() -> V>,
}

impl<'de, P: ReadFields<'de, V>, V> serde::de::Visitor<'de> for StructVisitor<P, V> {
    type Value = V;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "struct {}", self.name)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<V, A::Error> {
        let mut slots = self.plan.empty();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            match self.names.iter().position(|name| *name == key.as_str()) {
                Some(index) => P::read(&mut slots, index, &mut map, self.names)?,
                None => skip(&mut map)?,
            }
        }
        P::finish(slots, self.names)
    }
}

/// Reads a struct named `name` whose properties, in `plan`'s order, are `names`: what
/// each generated `Deserialize` calls.
#[inline]
pub fn read_struct<'de, D, P, V>(
    deserializer: D,
    name: &'static str,
    names: &'static [&'static str],
    plan: P,
) -> Result<V, D::Error>
where
    D: serde::Deserializer<'de>,
    P: ReadFields<'de, V>,
{
    let visitor = StructVisitor {
        name,
        names,
        plan,
        values: std::marker::PhantomData,
    };
    deserializer.deserialize_struct(name, names, visitor)
}

/// `Deserialize` for a generated struct of named properties, as `#[derive(Deserialize)]`
/// would read it from a map: unknown properties skipped, a repeated one refused. The
/// first list gives each property's wire name and field, in order; the second the same
/// fields with their kinds, grouped as in `serialize_struct!` (at most twelve items to a
/// bracketed list). The kind says what a property's absence gives: `req` the error that it
/// is missing, `default` `None` (an optional property, or a required nullable one, as the
/// derive does), `keep` the slot itself (an optional nullable property, whose slot holds
/// `Some(None)` for a `null`), `coll` the empty collection (a required, non-nullable array
/// or map, which also reads `null` as empty). A trailing `fmt` reads a value in its
/// schema's format through [`formats`](super::formats). Names are matched as strings,
/// which spares the field enum and its visitor that the derive writes per type. Runtime
/// items, this macro included, are named through `__rt`, which the caller brings into
/// scope.
#[allow(unused_macros, reason = "a spec without plain structs does not use it")]
macro_rules! deserialize_struct {
    ($name:ident, [$($wire:literal $field:ident),* $(,)?], $plan:tt) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<__D: ::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::std::result::Result<Self, __D::Error> {
                let __rt::deserialize_struct!(@pat $plan) = __rt::read_struct(
                    deserializer,
                    ::std::stringify!($name),
                    &[$($wire),*],
                    __rt::deserialize_struct!(@plan $plan),
                )?;
                ::std::result::Result::Ok($name { $($field),* })
            }
        }
    };
    (@pat [$($item:tt),* $(,)?]) => { ($(__rt::deserialize_struct!(@pat $item),)*) };
    (@pat ($field:ident $($kind:ident)*)) => { $field };
    (@plan [$($item:tt),* $(,)?]) => { ($(__rt::deserialize_struct!(@plan $item),)*) };
    (@plan ($field:ident req)) => { __rt::ReadReq };
    (@plan ($field:ident default)) => { __rt::ReadDefault };
    (@plan ($field:ident keep)) => { __rt::ReadKeep };
    (@plan ($field:ident coll)) => { __rt::ReadColl };
    (@plan ($field:ident req fmt)) => { __rt::ReadReqFmt };
    (@plan ($field:ident default fmt)) => { __rt::ReadDefaultFmt };
    (@plan ($field:ident keep fmt)) => { __rt::ReadKeepFmt };
    (@plan ($field:ident coll fmt)) => { __rt::ReadCollFmt };
}

#[allow(
    unused_imports,
    reason = "a spec without plain structs does not use them"
)]
pub(crate) use {deserialize_struct, serialize_struct};

#[cfg(test)]
mod tests {
    #[derive(serde::Deserialize)]
    struct Patch {
        #[serde(default, deserialize_with = "super::double_option")]
        name: Option<Option<String>>,
    }

    #[test]
    fn absent_null_and_value_differ() {
        let parse = |s: &str| serde_json::from_str::<Patch>(s).map(|p| p.name).ok();
        assert_eq!(parse("{}"), Some(None));
        assert_eq!(parse(r#"{"name":null}"#), Some(Some(None)));
        assert_eq!(parse(r#"{"name":"x"}"#), Some(Some(Some("x".into()))));
    }
}
