//! Named types and type uses: structs, enums, `oneOf`s and aliases, with the facts the emitters read.

use super::*;

/// A named type.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    /// The Rust name.
    pub name: RustName,
    /// Docs from the schema.
    pub doc: Option<String>,
    /// Where the schema is.
    pub pointer: String,
    /// Whether the schema is marked `deprecated`.
    pub deprecated: bool,
    /// What kind of type.
    pub kind: TypeKind,
    /// How the operations use it, which decides the code it needs.
    pub usage: Usage,
    /// The schema's `title`: the spec's own name for an inline schema, which names the
    /// definition of inline types written alike (see the lowering's merge pass).
    pub title: Option<String>,
}

/// How operations use a named type. The derives and methods a type gets follow from it:
/// `Serialize` for what is sent, `Deserialize` for what is received.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Usage {
    /// Sent: reached from a request (a body or a parameter), or held by a schema no
    /// operation uses, which callers may send however they like.
    pub sent: bool,
    /// Received: reached from a response (a success or an error body), or held by a
    /// schema no operation uses.
    pub received: bool,
    /// Reached from an operation's request, as the API record lists it.
    pub in_requests: bool,
    /// Reached from an operation's response, as the API record lists it.
    pub in_responses: bool,
    /// `validate` checks something (its own constraints or those of values it holds).
    pub validates: bool,
    /// The cargo features it is compiled under (any of them); empty: always.
    pub gate: Vec<String>,
    /// Its gate module in `models`, an index into [`super::Api::gate_modules`].
    pub module: Option<usize>,
    /// Operations use it, and so does a type no operation reaches (with features by tag
    /// only): the derives and methods that holder needs beyond the type's own use come
    /// with the `unused-schemas` feature.
    pub held_by_unused: bool,
    /// A webhook's payload reaches it: the derives and methods that its operations do not
    /// need but a payload does come with the `webhooks` feature too.
    pub in_webhooks: bool,
}

// The emitters and the API record (`surface`) both read these, so the record cannot
// drift from the code.
impl Usage {
    /// The `#[cfg]` gate on the type's items (see [`super::own_gate`]).
    pub fn own_gate(&self) -> &[String] {
        super::own_gate(&self.gate, self.module)
    }

    /// Derives `Serialize` by default (without `full-serde`): it is sent.
    pub fn serializes(&self) -> bool {
        self.sent
    }

    /// Derives `Deserialize` by default: it is received.
    pub fn deserializes(&self) -> bool {
        self.received
    }

    /// Has its constructor and `with_*` setters by default: callers build it to send it.
    pub fn has_builders(&self) -> bool {
        self.sent
    }

    /// Has a `validate()`: it is sent and there is something to check.
    pub fn has_validate(&self) -> bool {
        self.sent && self.validates
    }
}

/// The shapes of named types.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// An object with known properties.
    Struct(Struct),
    /// A string enum that keeps unknown values.
    Enum(Enum),
    /// Another name for a type (a component schema that is an array, a string, ...).
    Alias(TypeRef),
    /// `oneOf`/`anyOf`: a value of one of several types.
    OneOf(OneOf),
}

impl TypeKind {
    /// The type uses a definition is made of, in order: field types then the additional
    /// properties' type, an alias's target, the alternatives. Passes that follow
    /// references between types walk these.
    pub fn refs(&self) -> Vec<&TypeRef> {
        match self {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .map(|f| &f.ty)
                .chain(s.additional.as_ref())
                .collect(),
            TypeKind::Alias(ty) => vec![ty],
            TypeKind::OneOf(o) => o.variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Enum(_) => Vec::new(),
        }
    }

    /// [`refs`](Self::refs), to change them.
    pub fn refs_mut(&mut self) -> Vec<&mut TypeRef> {
        match self {
            TypeKind::Struct(s) => s
                .fields
                .iter_mut()
                .map(|f| &mut f.ty)
                .chain(s.additional.as_mut())
                .collect(),
            TypeKind::Alias(ty) => vec![ty],
            TypeKind::OneOf(o) => o.variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeKind::Enum(_) => Vec::new(),
        }
    }
}

/// A `oneOf` or `anyOf` schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OneOf {
    /// The alternatives, in spec order; decoding tries them in this order.
    pub variants: Vec<OneOfVariant>,
    /// The `discriminator`, when the spec gives one.
    pub discriminator: Option<Discriminator>,
}

/// One alternative of a `oneOf`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OneOfVariant {
    /// Variant name.
    pub name: RustName,
    /// Its type.
    pub ty: TypeRef,
    /// Held in a `Box` because the type contains itself through this variant.
    pub boxed: bool,
}

/// Which property names the alternative, and which values mean which variant.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Discriminator {
    /// The property name on the wire.
    pub property: String,
    /// Property value -> variant name.
    pub mapping: Vec<(String, String)>,
}

/// An object schema.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Struct {
    /// Properties in spec order.
    pub fields: Vec<Field>,
    /// Type of the values of properties not listed, when `additionalProperties` allows them.
    pub additional: Option<TypeRef>,
    /// How callers create one.
    pub constructor: Constructor,
}

/// How callers create a struct (a model or a parameter struct).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Constructor {
    /// No field is required: `Default` (derived) creates it, `with_*` setters fill it.
    Default,
    /// `new` takes the required fields; `with_*` setters fill the others.
    New,
}

impl Constructor {
    /// The constructor of a struct whose fields are `required` or not.
    pub fn for_fields(mut required: impl Iterator<Item = bool>) -> Constructor {
        if required.any(|r| r) {
            Constructor::New
        } else {
            Constructor::Default
        }
    }
}

/// One property of an object.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// The Rust field name.
    pub name: RustName,
    /// The property name on the wire.
    pub wire_name: String,
    /// The type of a present, non-null value.
    pub ty: TypeRef,
    /// Listed under `required`.
    pub required: bool,
    /// `nullable: true`.
    pub nullable: bool,
    /// Docs.
    pub doc: Option<String>,
    /// Marked `deprecated`.
    pub deprecated: bool,
    /// Validation keywords checked before a request is sent.
    pub constraints: Constraints,
    /// Held in a `Box` because the type contains itself through this field.
    pub boxed: bool,
    /// `#[serde(flatten)]`: the field's own properties sit beside the struct's (a `oneOf`
    /// member of an `allOf`).
    pub flatten: bool,
}

/// The validation keywords the client checks before sending.
#[derive(Clone, Debug, Default)]
pub struct Constraints {
    /// `minLength`, in characters.
    pub min_length: Option<u64>,
    /// `maxLength`, in characters.
    pub max_length: Option<u64>,
    /// `minimum` and whether it is exclusive.
    pub minimum: Option<(f64, bool)>,
    /// `maximum` and whether it is exclusive.
    pub maximum: Option<(f64, bool)>,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `pattern`, already known to compile.
    pub pattern: Option<String>,
    /// What else the schema says about its values, which the client does not check. No
    /// emitter reads it (the contract harness does), and it is no part of equality.
    pub hints: Hints,
}

/// Bounds compare as the numbers the spec wrote (their bits), so that constraints can be
/// hashed and two definitions compared whole.
impl Constraints {
    fn key(&self) -> impl PartialEq + std::hash::Hash + '_ {
        let bits = |b: Option<(f64, bool)>| b.map(|(v, exclusive)| (v.to_bits(), exclusive));
        (
            self.min_length,
            self.max_length,
            bits(self.minimum),
            bits(self.maximum),
            self.min_items,
            self.max_items,
            &self.pattern,
        )
    }
}

impl PartialEq for Constraints {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Constraints {}

impl std::hash::Hash for Constraints {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl Constraints {
    /// True when there is nothing to check.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }

    /// True when some of these constraints apply to a value of type `ty`: lengths and
    /// `pattern` to strings, ranges to numbers, item counts to arrays.
    pub fn apply_to(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(Named {
                alias_of: Some(base),
                ..
            }) => self.apply_to(base),
            TypeRef::String => {
                self.min_length.is_some() || self.max_length.is_some() || self.pattern.is_some()
            }
            TypeRef::I32
            | TypeRef::I64
            | TypeRef::U64
            | TypeRef::I128
            | TypeRef::F32
            | TypeRef::F64 => self.minimum.is_some() || self.maximum.is_some(),
            TypeRef::Vec(_) => self.min_items.is_some() || self.max_items.is_some(),
            _ => false,
        }
    }
}

/// An enum of string or integer values.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Enum {
    /// What the values are on the wire.
    pub repr: EnumRepr,
    /// The values the spec lists.
    pub variants: Vec<Variant>,
    /// The name of the variant that keeps values the spec does not list.
    pub unknown: RustName,
}

/// What an enum's values are on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EnumRepr {
    /// JSON strings.
    String,
    /// JSON integers (`type: integer` with `enum`).
    Integer,
}

/// One enum value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Variant {
    /// The Rust variant name.
    pub name: RustName,
    /// The value on the wire (an integer enum's value in decimal).
    pub value: String,
    /// What the value means, where the spec says (`x-enum-descriptions`).
    pub doc: Option<String>,
}

/// A use of a type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `u64`: an integer whose bounds pass `i64::MAX` and start at zero or above (or
    /// `format: uint64`).
    U64,
    /// `i128`: an integer whose bounds pass both `i64` and `u64`.
    I128,
    /// `f32`.
    F32,
    /// `f64`.
    F64,
    /// Raw bytes (`format: binary`); a file part in a multipart body.
    Bytes,
    /// `time::OffsetDateTime` (`format: date-time`), written as RFC 3339 through the
    /// runtime's `formats`.
    DateTime,
    /// `time::Date` (`format: date`), written as `YYYY-MM-DD` through the runtime's
    /// `formats`.
    Date,
    /// `uuid::Uuid` (`format: uuid`), whose own serde impls and `Display` write it
    /// hyphenated and lowercase.
    Uuid,
    /// Any JSON value.
    Json,
    /// A named type.
    Named(Named),
    /// An array.
    Vec(Box<TypeRef>),
    /// An object used as a map from string keys.
    Map(Box<TypeRef>),
    /// `Option<T>`: an array item or map value that may be `null` (fields carry their
    /// nullability themselves).
    Nullable(Box<TypeRef>),
}

/// A use of a named type, with the facts about it that the emitters need (filled in by
/// the lowering's last pass, so emitters never look a type up by name).
#[derive(Clone, Debug, Eq)]
pub struct Named {
    /// The Rust type name.
    pub name: RustName,
    /// The type (through aliases) is a struct whose `validate` checks something.
    pub validates: bool,
    /// The type (through aliases) is an enum of scalar values, rendered by `Display`.
    pub scalar: bool,
    /// The scalar type the name is an alias of (`pub type Code = String`), whose
    /// constraints a use of it checks.
    pub alias_of: Option<Box<TypeRef>>,
    /// The type (through aliases) is another name for values in a format
    /// ([`TypeRef::in_format`]), so that serde reads and writes a use of it through the
    /// runtime's `formats` too.
    pub in_format: bool,
}

impl Named {
    /// A use of `name`, facts unknown yet.
    pub fn new(name: impl Into<RustName>) -> Self {
        Named {
            name: name.into(),
            validates: false,
            scalar: false,
            alias_of: None,
            in_format: false,
        }
    }
}

/// Two uses of a type are the same use whatever facts they carry so far.
impl PartialEq for Named {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl std::hash::Hash for Named {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.name.hash(state);
    }
}

impl TypeRef {
    /// A use of the named type `name`.
    pub fn named(name: impl Into<RustName>) -> Self {
        TypeRef::Named(Named::new(name))
    }

    /// The name, when this is a named type.
    pub fn name(&self) -> Option<&str> {
        match self {
            TypeRef::Named(n) => Some(&n.name),
            _ => None,
        }
    }

    /// The named type this holds, itself or as the items of vectors and maps.
    pub fn held(&self) -> Option<&Named> {
        match self {
            TypeRef::Named(n) => Some(n),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => inner.held(),
            _ => None,
        }
    }

    /// How the type is written in Rust: the one mapping from IR types to Rust types, which
    /// the emitters turn into tokens and the API record into text.
    pub fn rust(&self) -> RustType<'_> {
        const STRING: RustPath = RustPath::prelude(&["std", "string", "String"]);
        let primitive = RustType::Primitive;
        let external = |path, short| {
            RustType::Path(RustPath {
                path,
                short,
                prelude: false,
            })
        };
        match self {
            TypeRef::String => RustType::Path(STRING),
            TypeRef::Bool => primitive("bool"),
            TypeRef::I32 => primitive("i32"),
            TypeRef::I64 => primitive("i64"),
            TypeRef::U64 => primitive("u64"),
            TypeRef::I128 => primitive("i128"),
            TypeRef::F32 => primitive("f32"),
            TypeRef::F64 => primitive("f64"),
            TypeRef::Bytes => RustType::Crate("Upload"),
            TypeRef::DateTime => external(&["time", "OffsetDateTime"], "time::OffsetDateTime"),
            TypeRef::Date => external(&["time", "Date"], "time::Date"),
            TypeRef::Uuid => external(&["uuid", "Uuid"], "uuid::Uuid"),
            TypeRef::Json => external(&["serde_json", "Value"], "serde_json::Value"),
            TypeRef::Named(n) => RustType::Model(&n.name),
            TypeRef::Vec(inner) => RustType::Generic {
                outer: RustPath::prelude(&["std", "vec", "Vec"]),
                key: None,
                inner,
            },
            TypeRef::Map(inner) => RustType::Generic {
                outer: RustPath::std(&["std", "collections", "BTreeMap"]),
                key: Some(STRING),
                inner,
            },
            TypeRef::Nullable(inner) => RustType::Generic {
                outer: RustPath::prelude(&["std", "option", "Option"]),
                key: None,
                inner,
            },
        }
    }

    /// The type as the API record writes it: std and serde types by their short names,
    /// models as `models::Name` (`Vec<models::Pet>`).
    pub fn record_text(&self) -> String {
        match self.rust() {
            RustType::Primitive(name) | RustType::Crate(name) => name.to_string(),
            RustType::Path(p) => p.short.to_string(),
            RustType::Model(name) => format!("models::{name}"),
            RustType::Generic { outer, key, inner } => match key {
                Some(key) => format!("{}<{}, {}>", outer.short, key.short, inner.record_text()),
                None => format!("{}<{}>", outer.short, inner.record_text()),
            },
        }
    }

    /// [`held`](Self::held), to change it.
    pub fn held_mut(&mut self) -> Option<&mut Named> {
        match self {
            TypeRef::Named(n) => Some(n),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                inner.held_mut()
            }
            _ => None,
        }
    }

    /// Scalars and scalar enums: values a parameter renders directly as text.
    pub fn is_scalar(&self) -> bool {
        match self {
            TypeRef::String
            | TypeRef::Bool
            | TypeRef::I32
            | TypeRef::I64
            | TypeRef::U64
            | TypeRef::I128
            | TypeRef::F32
            | TypeRef::F64
            | TypeRef::DateTime
            | TypeRef::Date
            | TypeRef::Uuid => true,
            TypeRef::Named(n) => n.scalar,
            _ => false,
        }
    }

    /// Holds values of a format that serde must read and write through the runtime's
    /// `formats` (the `time` types have no serde impls of their own there): a date-time
    /// or date, `Option`s, arrays and maps of them, and aliases of those.
    pub fn in_format(&self) -> bool {
        match self {
            TypeRef::DateTime | TypeRef::Date => true,
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                inner.in_format()
            }
            TypeRef::Named(n) => n.in_format,
            _ => false,
        }
    }

    /// A scalar whose text (as a parameter or a form part) is written by the runtime's
    /// `formats::text`, because its `Display` is not the format's text.
    pub fn text_in_format(&self) -> bool {
        matches!(self, TypeRef::DateTime | TypeRef::Date)
    }

    /// Scalars, scalar enums and arrays of them.
    pub fn is_simple(&self) -> bool {
        match self {
            TypeRef::Vec(inner) => inner.is_scalar(),
            other => other.is_scalar(),
        }
    }

    /// A value of this type has a `validate` worth calling (for a nullable one: when it
    /// is not `null`).
    pub fn validates(&self) -> bool {
        match self {
            TypeRef::Named(n) => n.validates,
            TypeRef::Nullable(inner) => inner.validates(),
            _ => false,
        }
    }
}

/// How a [`TypeRef`] is written in Rust (see [`TypeRef::rust`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RustType<'a> {
    /// A primitive type: `bool`, `i64`, ...
    Primitive(&'static str),
    /// A type outside the crate, by its absolute path.
    Path(RustPath),
    /// A type at the generated crate's root (`crate::Upload`).
    Crate(&'static str),
    /// A type of the generated `models` module.
    Model(&'a str),
    /// A std generic around one type, keyed by another for maps.
    Generic {
        /// `Vec`, `BTreeMap` or `Option`.
        outer: RustPath,
        /// A map's key type.
        key: Option<RustPath>,
        /// The element, value or optional type.
        inner: &'a TypeRef,
    },
}

/// An absolute path to a type outside the generated crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RustPath {
    /// The segments after the leading `::` (`["std", "string", "String"]`).
    pub path: &'static [&'static str],
    /// The name the API record uses (`String`, `serde_json::Value`).
    pub short: &'static str,
    /// A type of the std prelude (`String`, `Vec`, `Option`), which generated code names
    /// by `short`: no generated type takes a prelude name (`names::model_name`), so none
    /// can shadow it.
    pub prelude: bool,
}

impl RustPath {
    /// A std type, which the API record names by its last segment.
    const fn std(path: &'static [&'static str]) -> RustPath {
        RustPath {
            path,
            short: match path {
                [.., last] => last,
                [] => "",
            },
            prelude: false,
        }
    }

    /// A std type of the prelude.
    const fn prelude(path: &'static [&'static str]) -> RustPath {
        RustPath {
            prelude: true,
            ..RustPath::std(path)
        }
    }
}
