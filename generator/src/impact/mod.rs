//! Classifies the difference between two API-surface records as breaking, additive or docs-only, one line per Rust item, and turns it into the crate's next version.

mod bounds;
mod client;
mod exports;
mod keyed;
mod operations;
mod types;
mod webhooks;

use crate::surface::Surface;

/// How much a change matters to the crate's users; ordered from least to most.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// Descriptions, summaries, examples: nothing compiles or behaves differently.
    Docs,
    /// Code that compiled still compiles, and requests that were sent are still sent.
    Additive,
    /// Code that compiled may not compile, or a request that was sent will now be refused
    /// by the client or sent differently.
    Breaking,
}

impl Class {
    /// The word used in tables and the changelog.
    pub fn label(self) -> &'static str {
        match self {
            Class::Docs => "docs",
            Class::Additive => "additive",
            Class::Breaking => "breaking",
        }
    }
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// How much it matters.
    pub class: Class,
    /// The Rust item, e.g. `models::DeclineShareRequest::share_code`.
    pub item: String,
    /// What changed, in a few words.
    pub what: String,
    /// Where the change shows.
    pub visibility: Visibility,
}

/// Where a change shows: in the Rust API, or only in what goes over the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Visibility {
    /// In the Rust API: what cargo-semver-checks can see.
    Rust,
    /// Only on the wire: paths, constraints, media types, scopes.
    Wire,
}

/// All changes between two records, in record order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Impact {
    /// The changes.
    pub entries: Vec<Entry>,
}

impl Impact {
    /// The largest class, or `None` when nothing changed.
    pub fn class(&self) -> Option<Class> {
        self.entries.iter().map(|e| e.class).max()
    }

    /// The largest class among changes visible in the Rust API alone.
    pub fn rust_class(&self) -> Option<Class> {
        self.entries
            .iter()
            .filter(|e| e.visibility == Visibility::Rust)
            .map(|e| e.class)
            .max()
    }

    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The table: one line per change, breaking first, then additive, then docs.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let width = self
            .entries
            .iter()
            .map(|e| e.item.chars().count())
            .max()
            .unwrap_or(0);
        for class in [Class::Breaking, Class::Additive, Class::Docs] {
            for e in self.entries.iter().filter(|e| e.class == class) {
                out.push_str(&format!(
                    "{:<8}  {:<width$}  {}{}\n",
                    class.label(),
                    e.item,
                    e.what,
                    match e.visibility {
                        Visibility::Rust => "",
                        Visibility::Wire => " [wire]",
                    }
                ));
            }
        }
        out
    }
}

/// The version a crate at `current` needs after changes of `class`: before 1.0 a
/// breaking change bumps the minor and anything else the patch; from 1.0 on, breaking
/// bumps the major, additive the minor and docs the patch (Cargo's semver rules).
pub fn next_version(current: &semver::Version, class: Option<Class>) -> semver::Version {
    let Some(class) = class else {
        return current.clone();
    };
    let (major, minor, patch) = (current.major, current.minor, current.patch);
    let (major, minor, patch) = match (major, class) {
        (0, Class::Breaking) => (0, minor + 1, 0),
        (0, _) => (0, minor, patch + 1),
        (_, Class::Breaking) => (major + 1, 0, 0),
        (_, Class::Additive) => (major, minor + 1, 0),
        (_, Class::Docs) => (major, minor, patch + 1),
    };
    semver::Version::new(major, minor, patch)
}

/// What changed from `old` to `new`.
pub fn compare(old: &Surface, new: &Surface) -> Impact {
    let mut d = Diff::default();
    d.crate_level(old, new);
    d.schemes(&old.security_schemes, &new.security_schemes);
    d.operations(old, new);
    d.types(&old.types, &new.types);
    d.exports(old.exports.as_deref(), new.exports.as_deref());
    d.webhooks(old, new);
    Impact { entries: d.entries }
}

/// The entries so far, in the order the comparison meets the records.
#[derive(Default)]
struct Diff {
    entries: Vec<Entry>,
}

/// An optional value as messages show it.
fn show<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "none".to_string(), |v| v.to_string())
}

impl Diff {
    /// A change that shows in the Rust API.
    fn rust(&mut self, class: Class, item: impl Into<String>, what: impl Into<String>) {
        self.push(class, item, what, Visibility::Rust);
    }

    /// A change that shows only in what goes over the wire.
    fn wire(&mut self, class: Class, item: impl Into<String>, what: impl Into<String>) {
        self.push(class, item, what, Visibility::Wire);
    }

    fn push(
        &mut self,
        class: Class,
        item: impl Into<String>,
        what: impl Into<String>,
        visibility: Visibility,
    ) {
        self.entries.push(Entry {
            class,
            item: item.into(),
            what: what.into(),
            visibility,
        });
    }

    fn docs(&mut self, item: &str, old: &Option<String>, new: &Option<String>) {
        if old != new {
            self.rust(Class::Docs, item, "docs changed");
        }
    }

    /// A field or parameter only the new struct has, which `what` names. A required one is
    /// also an argument of the struct's constructor `new`, which breaks every call of it.
    fn member_added(&mut self, item: String, required: bool, what: String, new: &str) {
        if required {
            let what = format!("required {what} added ({new} takes it)");
            self.rust(Class::Breaking, item, what);
        } else {
            // Models and params structs are `#[non_exhaustive]`: nobody builds one with a literal.
            self.rust(Class::Additive, item, format!("optional {what} added"));
        }
    }

    fn deprecated(&mut self, item: &str, old: bool, new: bool) {
        if old != new {
            // `#[deprecated]` added or removed: a warning at most, a minor change for Cargo.
            let what = if new {
                "marked deprecated"
            } else {
                "no longer deprecated"
            };
            self.rust(Class::Additive, item, what);
        }
    }
}

#[cfg(test)]
mod tests;
