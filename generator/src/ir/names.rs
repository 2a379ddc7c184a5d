//! Identifiers of the generated code, and the names and features the generator itself gives it.

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

/// The generated `Client`'s own methods: its settings, inherent so that they work without
/// importing a trait. Operation methods are named around them (`config` becomes
/// `config_2`); a unit test of the emitter checks that this list is what it emits.
pub const CLIENT_OWN_METHODS: &[&str] = &["base_url", "config", "with_config", "with_options"];

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
    /// The runtime's webhook signature checks and the crate's `webhooks` module.
    pub const WEBHOOKS: &str = "webhooks";
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

/// Names a parameter cannot take: every parameter becomes an argument or a local of the
/// method, a field of its args struct or request builder and a setter of that builder,
/// beside the method's own locals (`request`, `form`, `transport`), its other arguments
/// (`args`, `body`) and the builder's own methods (`send`, `into_future`).
pub const PARAM_RESERVED: &[&str] = &[
    "self",
    "args",
    "body",
    "request",
    "form",
    "transport",
    "send",
    "into_future",
];
