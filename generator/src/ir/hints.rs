//! What the spec says about valid values beyond what the client checks.

use super::Constraints;

/// What a schema (or the parameter or media type that uses it) says about valid values
/// beyond what the client checks: the spec's examples, formats and the like. Read by the
/// contract harness, to make values a validating server accepts; no emitter reads it.
/// Filled only when lowering is asked for them ([`LowerOptions::hints`]); empty otherwise.
/// Every two `Hints` are equal, so that carrying them changes no comparison of types.
/// Boxed, and absent when empty: every field, parameter and body has `Hints`, and inline
/// they cost GitHub's spec 12 MiB at peak where nothing reads them.
///
/// [`LowerOptions::hints`]: crate::lower::LowerOptions::hints
#[derive(Clone, Debug, Default)]
pub struct Hints(Option<Box<HintData>>);

/// What [`Hints`] holds.
#[derive(Clone, Debug, Default)]
pub struct HintData {
    /// Examples, the use's own first (a parameter's or media type's `example`, or the
    /// first of its `examples`), then the schema's `example`.
    pub examples: Vec<serde_json::Value>,
    /// `default`.
    pub default: Option<serde_json::Value>,
    /// `format`, as written (`date-time`, `uuid`, ...).
    pub format: Option<String>,
    /// `readOnly`.
    pub read_only: bool,
    /// `multipleOf`.
    pub multiple_of: Option<f64>,
    /// `uniqueItems`.
    pub unique_items: bool,
    /// `enum` values of a schema the IR does not make an enum type of (one without a
    /// `type`, booleans, numbers), `null` left out.
    pub values: Vec<serde_json::Value>,
    /// An array's items: their constraints and hints.
    pub items: Option<Box<Constraints>>,
    /// A `oneOf`'s or `anyOf`'s alternatives, in order: each one's constraints and hints
    /// (a string alternative's `format`, say), which the IR's alternatives do not carry.
    pub alternatives: Vec<Constraints>,
    /// The alternatives are an `anyOf`'s, which a value may match several of (a `oneOf`'s
    /// must match exactly one).
    pub any_of: bool,
    /// Listed in `required` by the object it is a property of, where the IR's field is
    /// optional because the property travels one way (`readOnly`/`writeOnly`): a request
    /// still carries a required `writeOnly` property.
    pub required: bool,
    /// An object's `required` names that no property declares (its `allOf` members' taken
    /// together): the struct has no field for them.
    pub undeclared_required: Vec<String>,
    /// Why no value satisfies the schema, the spec's fault: an `allOf` whose members are
    /// of different types (the IR types it as its first member).
    pub unsatisfiable: Option<String>,
}

/// The hints of a schema that has none.
static NONE: HintData = HintData {
    examples: Vec::new(),
    default: None,
    format: None,
    read_only: false,
    multiple_of: None,
    unique_items: false,
    values: Vec::new(),
    items: None,
    alternatives: Vec::new(),
    any_of: false,
    required: false,
    undeclared_required: Vec::new(),
    unsatisfiable: None,
};

impl std::ops::Deref for Hints {
    type Target = HintData;
    fn deref(&self) -> &HintData {
        self.0.as_deref().unwrap_or(&NONE)
    }
}

impl Hints {
    /// The hints, to change them (made when there were none).
    pub fn get_mut(&mut self) -> &mut HintData {
        self.0.get_or_insert_with(Default::default)
    }

    /// No hints were read (lowering without them, or a schema with none).
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// The hints, taken out.
    pub fn into_data(self) -> HintData {
        self.0.map(|b| *b).unwrap_or_default()
    }
}

impl From<HintData> for Hints {
    fn from(data: HintData) -> Hints {
        Hints(Some(Box::new(data)))
    }
}

impl PartialEq for Hints {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Hints {}

impl std::hash::Hash for Hints {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}
