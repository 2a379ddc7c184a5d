//! The plain-data model of an API that the emitters read: names are final Rust identifiers,
//! every reference is resolved, and each node keeps the JSON pointer it came from.

/// The generated `ClientBuilder`'s own methods. The emitter defines them; the per-scheme
/// credential setters, whose names come from the spec, are named around them (a unit test
/// of the emitter checks that this list is exactly what it emits).
pub const BUILDER_OWN_METHODS: &[&str] = &[
    "new",
    "base_url",
    "token_url",
    "bearer_token",
    "token_source",
    "default_header",
    "credential_header",
    "config",
    "http_client",
    "clock",
    "build",
];

/// An identifier of the generated code, as claimed in `lower`. A keyword is a raw
/// identifier (`r#type`): code writes it so, while docs, links and the names built from it
/// (`with_type`) use the bare form, [`RustName::bare`].
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RustName(String);

impl RustName {
    /// The name as code writes it (`r#type`).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name without a raw identifier's `r#` (`type`).
    pub fn bare(&self) -> &str {
        self.raw_name().unwrap_or(&self.0)
    }

    /// The name of the setter of a field of this name (`with_type`): a field name is unique
    /// in its struct and no other method starts with `with_`, so it needs no claiming.
    pub fn setter(&self) -> RustName {
        RustName(format!("with_{}", self.bare()))
    }

    /// The bare name when the name is a raw identifier.
    pub fn raw_name(&self) -> Option<&str> {
        self.0.strip_prefix("r#")
    }
}

impl From<String> for RustName {
    fn from(code: String) -> RustName {
        RustName(code)
    }
}

impl From<&str> for RustName {
    fn from(code: &str) -> RustName {
        RustName(code.to_string())
    }
}

impl std::ops::Deref for RustName {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for RustName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for RustName {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<String> for RustName {
    fn eq(&self, other: &String) -> bool {
        self.0 == *other
    }
}

// Maps keyed by names look them up by `&str`; `RustName` orders and hashes as its text.
impl std::borrow::Borrow<str> for RustName {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<RustName> for String {
    fn from(name: RustName) -> String {
        name.0
    }
}

impl PartialEq<&str> for RustName {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// The generated crate's cargo features besides the per-tag ones: every emitter, the
/// manifest template and the tag gating read their names from here.
pub mod features {
    /// The default feature; with features by tag, it enables [`FULL`].
    pub const DEFAULT: &str = "default";
    /// With features by tag: every tag's feature.
    pub const FULL: &str = "full";
    /// Both serde traits and the constructors on every model, whatever its use.
    pub const FULL_SERDE: &str = "full-serde";
    /// With features by tag: the component schemas no operation uses.
    pub const UNUSED_SCHEMAS: &str = "unused-schemas";
    /// The runtime's mock server and the crate's `mock` module (a feature of the runtime's
    /// manifest, which a generator test checks).
    pub const MOCK: &str = "mock";
    /// The crate's own features, which tag features are named around.
    pub const CRATE: &[&str] = &[DEFAULT, FULL, FULL_SERDE, UNUSED_SCHEMAS];

    /// Every feature name a tag's feature must not take: the crate's and the runtime's.
    pub fn reserved() -> Vec<&'static str> {
        let mut names = CRATE.to_vec();
        names.extend(crate::runtime::feature_names());
        names
    }
}

/// The fallback variant of every string enum: a value the spec does not list.
pub const UNKNOWN_VARIANT: &str = "Unknown";

/// The fallback variant of every operation's error enum: a status the spec does not list.
pub const UNEXPECTED_VARIANT: &str = "UnexpectedStatus";

/// Names the generated `mock` module defines or imports besides the operation types, which
/// are named around them.
pub const MOCK_OWN_NAMES: &[&str] = &[
    "Api",
    "MockServer",
    "Reply",
    "Expectation",
    "Received",
    "Rejection",
    "RawBody",
    "ResponseTemplate",
    // Imported for the operation statics and impls.
    "MockOperation",
    "OperationSpec",
    "ParamIn",
    "ParamSpec",
    "ValueKind",
];

/// Everything the emitters need to write a client crate.
#[derive(Clone, Debug, PartialEq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.description`, cleaned for rustdoc.
    pub doc: Option<String>,
    /// `info.version`: the version of the spec document.
    pub version: String,
    /// Servers in spec order; the first is the default base URL.
    pub servers: Vec<Server>,
    /// Security schemes the operations use, in spec order.
    pub security_schemes: Vec<SecurityScheme>,
    /// Named types (component schemas and hoisted inline schemas), in a stable order.
    pub types: Vec<TypeDef>,
    /// Operations in spec order (paths, then methods in the order of the OpenAPI spec).
    pub operations: Vec<Operation>,
    /// Cargo features, one per tag, that gate operations and the types they reach, with
    /// the tags each stands for; empty unless generated with features by tag.
    pub tag_features: Vec<TagFeature>,
    /// With features by tag: how many types no operation reaches, which the
    /// `unused-schemas` feature compiles (with what they hold).
    pub unused_schemas: usize,
}

/// A cargo feature that compiles the operations of one OpenAPI tag.
#[derive(Clone, Debug, PartialEq)]
pub struct TagFeature {
    /// The feature name.
    pub name: String,
    /// The tag, as the spec writes it.
    pub tag: String,
    /// How many operations it enables.
    pub operations: usize,
}

/// A server URL, with variables already replaced by their defaults.
#[derive(Clone, Debug, PartialEq)]
pub struct Server {
    /// The URL.
    pub url: String,
    /// Its description.
    pub doc: Option<String>,
}

/// How one security scheme puts credentials on a request.
#[derive(Clone, Debug, PartialEq)]
pub struct SecurityScheme {
    /// The name under `components/securitySchemes`.
    pub name: String,
    /// Its description.
    pub doc: Option<String>,
    /// What the scheme sends.
    pub kind: SchemeKind,
    /// The `ClientBuilder` method that sets credentials for this scheme.
    pub builder_fn: RustName,
    /// The `ClientBuilder` method that starts a user's login, for schemes with an OAuth2
    /// authorization-code flow.
    pub login_fn: Option<RustName>,
}

/// An OAuth2 flow's endpoints and the scopes the spec declares for it.
#[derive(Clone, Debug, PartialEq)]
pub struct OAuthFlow {
    /// `authorizationUrl`, for the authorization-code flow (where the user logs in).
    pub authorization_url: Option<String>,
    /// `tokenUrl`.
    pub token_url: String,
    /// Scope names in spec order.
    pub scopes: Vec<String>,
}

/// The kinds of credentials the client knows how to send.
#[derive(Clone, Debug, PartialEq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>`: http bearer, oauth2 and openIdConnect.
    Bearer {
        /// The OAuth2 client-credentials flow, which the client runs itself.
        client_credentials: Option<OAuthFlow>,
        /// The OAuth2 authorization-code flow: the generated login gets the user's tokens,
        /// or the caller brings them, and the client refreshes them here.
        authorization_code: Option<OAuthFlow>,
    },
    /// `Authorization: Basic ...`.
    Basic,
    /// Another HTTP scheme (`digest`, `oauth`, ...): `Authorization: <scheme> <credentials>`
    /// with credentials the caller computes.
    Http {
        /// The scheme name as the spec writes it.
        scheme: String,
    },
    /// An API key in a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ParamLocation,
        /// The header, query or cookie name.
        param: String,
    },
}

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
    /// Operations use it, and so does a type no operation reaches (with features by tag
    /// only): the derives and methods that holder needs beyond the type's own use come
    /// with the `unused-schemas` feature.
    pub held_by_unused: bool,
}

// The emitters and the API record (`surface`) both read these, so the record cannot
// drift from the code.
impl Usage {
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
}

impl Named {
    /// A use of `name`, facts unknown yet.
    pub fn new(name: impl Into<RustName>) -> Self {
        Named {
            name: name.into(),
            validates: false,
            scalar: false,
            alias_of: None,
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
        const STRING: RustPath = RustPath {
            path: &["std", "string", "String"],
            short: "String",
        };
        let primitive = RustType::Primitive;
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
            TypeRef::Json => RustType::Path(RustPath {
                path: &["serde_json", "Value"],
                short: "serde_json::Value",
            }),
            TypeRef::Named(n) => RustType::Model(&n.name),
            TypeRef::Vec(inner) => RustType::Generic {
                outer: RustPath {
                    path: &["std", "vec", "Vec"],
                    short: "Vec",
                },
                key: None,
                inner,
            },
            TypeRef::Map(inner) => RustType::Generic {
                outer: RustPath {
                    path: &["std", "collections", "BTreeMap"],
                    short: "BTreeMap",
                },
                key: Some(STRING),
                inner,
            },
            TypeRef::Nullable(inner) => RustType::Generic {
                outer: RustPath {
                    path: &["std", "option", "Option"],
                    short: "Option",
                },
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
            | TypeRef::F64 => true,
            TypeRef::Named(n) => n.scalar,
            _ => false,
        }
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
}

/// An HTTP method an operation uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    /// GET.
    Get,
    /// PUT.
    Put,
    /// POST.
    Post,
    /// DELETE.
    Delete,
    /// OPTIONS.
    Options,
    /// HEAD.
    Head,
    /// PATCH.
    Patch,
    /// TRACE.
    Trace,
}

impl Method {
    /// The method from a path item key (`get`, `put`, ...).
    pub fn from_key(key: &str) -> Option<Method> {
        Some(match key {
            "get" => Method::Get,
            "put" => Method::Put,
            "post" => Method::Post,
            "delete" => Method::Delete,
            "options" => Method::Options,
            "head" => Method::Head,
            "patch" => Method::Patch,
            "trace" => Method::Trace,
            _ => return None,
        })
    }

    /// The method as sent, in upper case.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
}

/// One scheme of a security requirement, with what it sends.
#[derive(Clone, Debug, PartialEq)]
pub struct SchemeUse {
    /// The name under `components/securitySchemes`.
    pub name: String,
    /// What the scheme sends.
    pub kind: SchemeKind,
}

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In the `Cookie` header.
    Cookie,
}

/// One operation: a method on the client.
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    /// The Rust method name.
    pub fn_name: RustName,
    /// The operationId, or the name derived from method and path.
    pub id: String,
    /// The name of the operation's error enum.
    pub error_name: RustName,
    /// The name of the struct holding query, header and cookie parameters, if any.
    pub params_name: Option<RustName>,
    /// How callers create that struct.
    pub params_constructor: Constructor,
    /// That struct's `validate` checks something, and the client calls it.
    pub params_validate: bool,
    /// The name of the operation's type in the `mock` module (`GetPetOperation`).
    pub mock_name: RustName,
    /// The name of the operation's `Operation` static (`GET_PET_OPERATION`), which the
    /// client and the mock module share.
    pub static_name: String,
    /// HTTP method.
    pub method: Method,
    /// The path template as written in the spec.
    pub path: String,
    /// The path split into segments.
    pub segments: Vec<Segment>,
    /// Summary and description.
    pub doc: Option<String>,
    /// The summary alone, on one line, for tables.
    pub summary: Option<String>,
    /// Marked `deprecated`.
    pub deprecated: bool,
    /// Path parameters, in the order they appear in the path.
    pub path_params: Vec<Param>,
    /// Query, header and cookie parameters, in spec order.
    pub params: Vec<Param>,
    /// The request body, in the media type the client prefers (JSON first).
    pub body: Option<Body>,
    /// The request body in each other media type the spec lists, in spec order, each sent
    /// by a method of its own.
    pub other_bodies: Vec<OtherBody>,
    /// What a 2xx response holds.
    pub success: Success,
    /// The status of that response (200 for `2XX` or when the spec declares none).
    pub success_status: u16,
    /// The media type of that response's body, asked for with `Accept`: a server that
    /// offers several (JSON and XML, say) otherwise picks its own first.
    pub accept: Option<String>,
    /// Declared non-2xx responses.
    pub errors: Vec<ErrorCase>,
    /// Description of the `default` response, if declared.
    pub default_doc: Option<String>,
    /// Security requirements: any one inner list (all of its schemes) suffices. Empty means
    /// no credentials; an empty inner list means credentials are optional.
    pub security: Vec<Vec<SchemeUse>>,
    /// Where the operation is.
    pub pointer: String,
    /// The spec's `tags`, in spec order.
    pub tags: Vec<String>,
    /// The cargo features it is compiled under (any of them); empty: always.
    pub gate: Vec<String>,
}

/// A request body in another media type than the operation's preferred one.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherBody {
    /// The client method that sends it (`create_pet_form`).
    pub fn_name: RustName,
    /// The body.
    pub body: Body,
}

impl Operation {
    /// The request bodies: the preferred one, then the others.
    pub fn bodies(&self) -> impl Iterator<Item = &Body> {
        self.body
            .iter()
            .chain(self.other_bodies.iter().map(|o| &o.body))
    }

    /// [`bodies`](Self::bodies), to change them.
    pub fn bodies_mut(&mut self) -> impl Iterator<Item = &mut Body> {
        self.body
            .iter_mut()
            .chain(self.other_bodies.iter_mut().map(|o| &mut o.body))
    }

    /// The operation as the method that sends its body in another media type sees it:
    /// the same call, under that method's name and with that body.
    pub fn with_other_body(&self, other: &OtherBody) -> Operation {
        let note = format!(
            "Sends the request body as `{}`; [`{}`](Self::{}) sends it as `{}`.",
            other.body.content_type,
            self.fn_name.bare(),
            self.fn_name.bare(),
            self.body.as_ref().map_or("", |b| b.content_type.as_str()),
        );
        Operation {
            fn_name: other.fn_name.clone(),
            body: Some(other.body.clone()),
            other_bodies: Vec::new(),
            doc: Some(match &self.doc {
                Some(doc) => format!("{doc}\n\n{note}"),
                None => note,
            }),
            ..self.clone()
        }
    }

    /// This operation's methods: its own, then one per other media type of its body.
    pub fn methods(&self) -> impl Iterator<Item = std::borrow::Cow<'_, Operation>> {
        std::iter::once(std::borrow::Cow::Borrowed(self)).chain(
            self.other_bodies
                .iter()
                .map(|o| std::borrow::Cow::Owned(self.with_other_body(o))),
        )
    }
}

/// A path segment.
#[derive(Clone, Debug, PartialEq)]
pub enum Segment {
    /// Fixed text.
    Literal(String),
    /// Text with parameters, e.g. `{id}` or `{name}.json`: a format string and its arguments.
    Template {
        /// `format!` string with `{}` for each parameter; literal braces are escaped.
        format: String,
        /// Rust names of the path parameters, in order.
        params: Vec<String>,
    },
}

/// The OpenAPI parameter serialization styles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamStyle {
    /// `form` (query, cookie default).
    Form,
    /// `spaceDelimited` (query arrays and objects).
    SpaceDelimited,
    /// `pipeDelimited` (query arrays and objects).
    PipeDelimited,
    /// `deepObject` (query objects).
    DeepObject,
    /// `simple` (path, header default).
    Simple,
    /// `label` (path).
    Label,
    /// `matrix` (path).
    Matrix,
}

/// An operation parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Rust name.
    pub name: RustName,
    /// Name on the wire.
    pub wire_name: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// Its type.
    pub ty: TypeRef,
    /// Required.
    pub required: bool,
    /// For arrays in the query: one pair per item (`explode: true`) or one comma list.
    pub explode: bool,
    /// How the value is serialized (`style`).
    pub style: ParamStyle,
    /// Docs.
    pub doc: Option<String>,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Validation.
    pub constraints: Constraints,
    /// The media type of a parameter described by `content` (always JSON): the value is
    /// sent as its JSON text, and `style` does not apply.
    pub content: Option<String>,
}

/// How a request body is encoded.
#[derive(Clone, Debug, PartialEq)]
pub enum BodyEncoding {
    /// `application/json` and `+json` types.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`: one part per field of the named struct.
    Multipart,
    /// Any other media type: bytes sent as they are.
    Bytes,
    /// `text/*`.
    Text,
}

/// A request body.
#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    /// Rust type.
    pub ty: TypeRef,
    /// The media type sent as `Content-Type`.
    pub content_type: String,
    /// The key of the spec's `content` this body comes from; differs from `content_type`
    /// for a wildcard such as `*/*`, sent as JSON.
    pub spec_media_type: String,
    /// How it is encoded.
    pub encoding: BodyEncoding,
    /// `required: true`.
    pub required: bool,
    /// Docs.
    pub doc: Option<String>,
    /// `encoding.<part>.contentType` of a multipart body, by part name.
    pub part_types: Vec<(String, String)>,
    /// `encoding.<property>.style` and `explode` of a form body, by property name, for
    /// properties whose encoding is not the default (`form`, exploded).
    pub form_styles: Vec<(String, ParamStyle, bool)>,
    /// Multipart bodies of a struct type: one part per field, each with the media type of
    /// its `encoding` (filled in by the lowering's last pass).
    pub parts: Vec<Part>,
}

/// One part of a multipart body.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The struct field it comes from.
    pub field: Field,
    /// `encoding.<name>.contentType`, for file parts.
    pub content_type: Option<String>,
}

/// How a response body is decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum Success {
    /// No body: `()`.
    Empty,
    /// JSON of the given type.
    Json(TypeRef),
    /// Text.
    Text,
    /// Bytes.
    Bytes,
}

/// A declared non-2xx response.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorCase {
    /// Variant name.
    pub variant: RustName,
    /// Status code, or the first digit of a range such as `4XX`.
    pub status: StatusMatch,
    /// Description.
    pub doc: Option<String>,
    /// JSON body type, when the spec declares one.
    pub body: Option<TypeRef>,
}

/// Which statuses an error case covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusMatch {
    /// One code.
    Code(u16),
    /// A range such as `5XX`.
    Range(u16),
}
