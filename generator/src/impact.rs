//! Classifies the difference between two API-surface records as breaking, additive or docs-only, one line per Rust item, and turns it into the crate's next version.

use crate::surface::{
    BodyRec, ConstraintsRec, FieldRec, OpRec, ParamRec, SchemeRec, Surface, TypeRec,
};
use std::collections::BTreeSet;

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
    /// Whether the change shows in the Rust API (what cargo-semver-checks can see); false
    /// for wire behaviour only (paths, constraints, media types, scopes).
    pub rust: bool,
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
            .filter(|e| e.rust)
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
                    if e.rust { "" } else { " [wire]" }
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
    Impact { entries: d.entries }
}

#[derive(Default)]
struct Diff {
    entries: Vec<Entry>,
}

/// Pairs items of two lists by key: (old, new) for kept, removed and added items, in the
/// order of the new list, then removed items in old order.
fn pair<'a, T>(
    old: &'a [T],
    new: &'a [T],
    key: impl Fn(&T) -> &str,
) -> Vec<(Option<&'a T>, Option<&'a T>)> {
    let mut out: Vec<(Option<&T>, Option<&T>)> = new
        .iter()
        .map(|n| (old.iter().find(|o| key(o) == key(n)), Some(n)))
        .collect();
    out.extend(
        old.iter()
            .filter(|o| !new.iter().any(|n| key(n) == key(o)))
            .map(|o| (Some(o), None)),
    );
    out
}

fn show<T: std::fmt::Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "none".to_string(), |v| v.to_string())
}

impl Diff {
    fn push(&mut self, class: Class, item: impl Into<String>, what: impl Into<String>, rust: bool) {
        self.entries.push(Entry {
            class,
            item: item.into(),
            what: what.into(),
            rust,
        });
    }

    fn docs(&mut self, item: &str, old: &Option<String>, new: &Option<String>) {
        if old != new {
            self.push(Class::Docs, item, "docs changed", true);
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
            self.push(Class::Additive, item, what, true);
        }
    }

    fn crate_level(&mut self, old: &Surface, new: &Surface) {
        self.docs("crate", &old.docs, &new.docs);
        if old.title != new.title || old.spec_version != new.spec_version {
            self.push(
                Class::Docs,
                "crate",
                format!(
                    "spec `{}` {} -> `{}` {}",
                    old.title, old.spec_version, new.title, new.spec_version
                ),
                true,
            );
        }
        let default = |s: &Surface| s.servers.first().map(|s| s.url.clone());
        if default(old) != default(new) {
            self.push(
                Class::Breaking,
                "ClientBuilder::base_url",
                format!(
                    "default server changed from {} to {}: requests go elsewhere unless the base URL is set",
                    show(&default(old)),
                    show(&default(new))
                ),
                false,
            );
        }
        for (o, n) in pair(&old.servers, &new.servers, |s| s.url.as_str()) {
            let item = "servers";
            match (o, n) {
                (None, Some(n)) => {
                    self.push(Class::Docs, item, format!("server {} listed", n.url), false)
                }
                (Some(o), None) => self.push(
                    Class::Docs,
                    item,
                    format!("server {} no longer listed", o.url),
                    false,
                ),
                (Some(o), Some(n)) => self.docs(&format!("servers[{}]", n.url), &o.docs, &n.docs),
                (None, None) => {}
            }
        }
    }

    fn schemes(&mut self, old: &[SchemeRec], new: &[SchemeRec]) {
        for (o, n) in pair(old, new, |s| s.name.as_str()) {
            match (o, n) {
                (None, Some(n)) => self.push(
                    Class::Additive,
                    format!("ClientBuilder::{}", n.builder_fn),
                    format!("new security scheme `{}`", n.name),
                    true,
                ),
                (Some(o), None) => self.push(
                    Class::Breaking,
                    format!("ClientBuilder::{}", o.builder_fn),
                    format!("security scheme `{}` removed", o.name),
                    true,
                ),
                (Some(o), Some(n)) => self.scheme(o, n),
                (None, None) => {}
            }
        }
    }

    fn scheme(&mut self, o: &SchemeRec, n: &SchemeRec) {
        let item = format!("ClientBuilder::{}", n.builder_fn);
        if o.builder_fn != n.builder_fn || o.login_fn != n.login_fn {
            self.push(
                Class::Breaking,
                &item,
                format!(
                    "credential setter renamed (was `{}`{})",
                    o.builder_fn,
                    o.login_fn
                        .as_ref()
                        .map(|l| format!(", login `{l}`"))
                        .unwrap_or_default()
                ),
                true,
            );
        }
        if o.kind != n.kind {
            self.push(
                Class::Breaking,
                &item,
                format!("scheme `{}` now sends {} (was {})", n.name, n.kind, o.kind),
                false,
            );
        }
        for (of, nf) in pair(&o.flows, &n.flows, |f| f.flow.as_str()) {
            match (of, nf) {
                (None, Some(f)) => self.push(
                    Class::Additive,
                    &item,
                    format!("OAuth2 flow {} added", f.flow),
                    true,
                ),
                (Some(f), None) => self.push(
                    Class::Breaking,
                    &item,
                    format!("OAuth2 flow {} removed", f.flow),
                    true,
                ),
                (Some(of), Some(nf)) => {
                    if of.token_url != nf.token_url || of.authorization_url != nf.authorization_url
                    {
                        self.push(
                            Class::Breaking,
                            &item,
                            format!("{} endpoints changed", nf.flow),
                            false,
                        );
                    }
                    for s in nf.scopes.iter().filter(|s| !of.scopes.contains(s)) {
                        self.push(
                            Class::Additive,
                            &item,
                            format!("{} scope `{s}` added", nf.flow),
                            false,
                        );
                    }
                    for s in of.scopes.iter().filter(|s| !nf.scopes.contains(s)) {
                        self.push(
                            Class::Breaking,
                            &item,
                            format!("{} scope `{s}` removed", nf.flow),
                            false,
                        );
                    }
                }
                (None, None) => {}
            }
        }
        self.docs(&item, &o.docs, &n.docs);
    }

    fn operations(&mut self, old: &Surface, new: &Surface) {
        for (o, n) in pair(&old.operations, &new.operations, |op| op.rust.as_str()) {
            match (o, n) {
                (None, Some(n)) => self.push(
                    Class::Additive,
                    format!("Client::{}", n.rust),
                    format!("new operation `{} {}`", n.method, n.path),
                    true,
                ),
                (Some(o), None) => self.push(
                    Class::Breaking,
                    format!("Client::{}", o.rust),
                    format!("operation `{} {}` removed or renamed", o.method, o.path),
                    true,
                ),
                (Some(o), Some(n)) => self.operation(o, n),
                (None, None) => {}
            }
        }
    }

    fn operation(&mut self, o: &OpRec, n: &OpRec) {
        let item = format!("Client::{}", n.rust);
        if o.method != n.method || o.path != n.path {
            self.push(
                Class::Breaking,
                &item,
                format!(
                    "now `{} {}` (was `{} {}`)",
                    n.method, n.path, o.method, o.path
                ),
                false,
            );
        }
        self.deprecated(&item, o.deprecated, n.deprecated);
        self.docs(&item, &o.docs, &n.docs);
        // Path parameters are positional arguments: any change to their list is a new
        // signature.
        let sig = |ps: &[ParamRec]| -> Vec<(String, String)> {
            ps.iter()
                .map(|p| (p.name.clone(), p.rust_type.clone()))
                .collect()
        };
        if sig(&o.path_params) != sig(&n.path_params) {
            let show = |ps: &[ParamRec]| {
                ps.iter()
                    .map(|p| format!("{}: {}", p.name, p.rust_type))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            self.push(
                Class::Breaking,
                &item,
                format!(
                    "path arguments now ({}) (were ({}))",
                    show(&n.path_params),
                    show(&o.path_params)
                ),
                true,
            );
        }
        for (op, np) in o.path_params.iter().zip(&n.path_params) {
            if op.name == np.name {
                self.param_wire(&format!("{item}({})", np.name), op, np);
            }
        }
        match (&o.params_struct, &n.params_struct) {
            (None, Some(s)) => self.push(
                Class::Breaking,
                &item,
                format!("takes a new `params: &params::{s}` argument"),
                true,
            ),
            (Some(s), None) => self.push(
                Class::Breaking,
                &item,
                format!("no longer takes `params: &params::{s}`"),
                true,
            ),
            (Some(os), Some(ns)) if os != ns => self.push(
                Class::Breaking,
                &item,
                format!("params type renamed from `params::{os}` to `params::{ns}`"),
                true,
            ),
            _ => {}
        }
        if let (Some(_), Some(s)) = (&o.params_struct, &n.params_struct) {
            self.params(s, &o.params, &n.params);
        }
        self.body(&item, o.body.as_ref(), n.body.as_ref());
        if o.response != n.response {
            self.push(
                Class::Breaking,
                &item,
                format!("now returns `{}` (was `{}`)", n.response, o.response),
                true,
            );
        }
        self.errors(o, n);
        self.security(&item, &o.security, &n.security);
    }

    fn params(&mut self, s: &str, old: &[ParamRec], new: &[ParamRec]) {
        let base = format!("params::{s}");
        // All-optional params structs are built with `Default`; a first required one
        // takes that away and brings a `new`.
        let ctor = |ps: &[ParamRec]| ps.iter().any(|p| p.required);
        for (o, n) in pair(old, new, |p| p.name.as_str()) {
            match (o, n) {
                (None, Some(n)) if n.required => self.push(
                    Class::Breaking,
                    format!("{base}::{}", n.name),
                    format!(
                        "required {} parameter `{}` added (`{base}::new` takes it)",
                        n.location, n.wire_name
                    ),
                    true,
                ),
                (None, Some(n)) => self.push(
                    Class::Additive,
                    format!("{base}::{}", n.name),
                    format!("optional {} parameter `{}` added", n.location, n.wire_name),
                    true,
                ),
                (Some(o), None) => self.push(
                    Class::Breaking,
                    format!("{base}::{}", o.name),
                    format!("{} parameter `{}` removed", o.location, o.wire_name),
                    true,
                ),
                (Some(o), Some(n)) => {
                    let item = format!("{base}::{}", n.name);
                    if o.required != n.required {
                        self.push(
                            Class::Breaking,
                            &item,
                            if n.required {
                                "made required"
                            } else {
                                "made optional"
                            },
                            true,
                        );
                    } else if o.rust_type != n.rust_type {
                        self.push(
                            Class::Breaking,
                            &item,
                            format!("type `{}` -> `{}`", o.rust_type, n.rust_type),
                            true,
                        );
                    }
                    self.deprecated(&item, o.deprecated, n.deprecated);
                    self.param_wire(&item, o, n);
                }
                (None, None) => {}
            }
        }
        if ctor(old) != ctor(new) && !new.is_empty() {
            let what = if ctor(new) {
                "no longer `Default`: built with `new`"
            } else {
                "built with `Default` now, `new` removed"
            };
            self.push(Class::Breaking, base, what, true);
        }
    }

    /// How a parameter goes on the wire, and the docs.
    fn param_wire(&mut self, item: &str, o: &ParamRec, n: &ParamRec) {
        if o.wire_name != n.wire_name || o.location != n.location || o.style != n.style {
            self.push(
                Class::Breaking,
                item,
                format!(
                    "sent as {} `{}` ({}) (was {} `{}` ({}))",
                    n.location, n.wire_name, n.style, o.location, o.wire_name, o.style
                ),
                false,
            );
        }
        self.constraints(item, &o.constraints, &n.constraints);
        self.docs(item, &o.docs, &n.docs);
    }

    fn body(&mut self, item: &str, o: Option<&BodyRec>, n: Option<&BodyRec>) {
        match (o, n) {
            (None, Some(n)) => self.push(
                Class::Breaking,
                item,
                format!("takes a new body argument `{}`", n.rust_type),
                true,
            ),
            (Some(o), None) => self.push(
                Class::Breaking,
                item,
                format!("no longer takes a body (was `{}`)", o.rust_type),
                true,
            ),
            (Some(o), Some(n)) => {
                if o.rust_type != n.rust_type {
                    self.push(
                        Class::Breaking,
                        item,
                        format!("body argument `{}` -> `{}`", o.rust_type, n.rust_type),
                        true,
                    );
                }
                if o.media_type != n.media_type
                    || o.encoding != n.encoding
                    || o.part_types != n.part_types
                {
                    self.push(
                        Class::Breaking,
                        item,
                        format!(
                            "body sent as {} {} (was {} {})",
                            n.media_type, n.encoding, o.media_type, o.encoding
                        ),
                        false,
                    );
                }
                self.docs(&format!("{item}(body)"), &o.docs, &n.docs);
            }
            (None, None) => {}
        }
    }

    fn errors(&mut self, o: &OpRec, n: &OpRec) {
        let base = format!("error::{}", n.error_enum);
        if o.error_enum != n.error_enum {
            self.push(
                Class::Breaking,
                &base,
                format!("error enum renamed from `error::{}`", o.error_enum),
                true,
            );
            return;
        }
        for (oe, ne) in pair(&o.errors, &n.errors, |e| e.variant.as_str()) {
            match (oe, ne) {
                // The enum is `#[non_exhaustive]`: a new variant breaks no match.
                (None, Some(e)) => self.push(
                    Class::Additive,
                    format!("{base}::{}", e.variant),
                    format!("new error status {}", e.status),
                    true,
                ),
                (Some(e), None) => self.push(
                    Class::Breaking,
                    format!("{base}::{}", e.variant),
                    format!("error status {} no longer declared", e.status),
                    true,
                ),
                (Some(oe), Some(ne)) => {
                    let item = format!("{base}::{}", ne.variant);
                    if oe.status != ne.status {
                        self.push(
                            Class::Breaking,
                            &item,
                            format!("now status {} (was {})", ne.status, oe.status),
                            false,
                        );
                    }
                    if oe.body != ne.body {
                        // The body is read through `ResponseContent`, not a typed field.
                        self.push(
                            Class::Breaking,
                            &item,
                            format!("error body `{}` -> `{}`", show(&oe.body), show(&ne.body)),
                            false,
                        );
                    }
                    self.docs(&item, &oe.docs, &ne.docs);
                }
                (None, None) => {}
            }
        }
    }

    /// Credentials: breaking when a set of schemes that used to be enough is no longer
    /// enough (no alternative of the new list is a subset of it).
    fn security(&mut self, item: &str, old: &[Vec<String>], new: &[Vec<String>]) {
        let set = |alt: &Vec<String>| alt.iter().cloned().collect::<BTreeSet<String>>();
        let enough = |have: &BTreeSet<String>, alts: &[Vec<String>]| {
            alts.iter().any(|alt| set(alt).is_subset(have))
        };
        let show = |alts: &[Vec<String>]| {
            alts.iter()
                .map(|a| {
                    if a.is_empty() {
                        "none".to_string()
                    } else {
                        a.join(" + ")
                    }
                })
                .collect::<Vec<_>>()
                .join(" or ")
        };
        if old == new {
            return;
        }
        let lost = old.iter().any(|alt| !enough(&set(alt), new));
        let what = format!("credentials: {} (was {})", show(new), show(old));
        if lost {
            self.push(Class::Breaking, item, format!("new {what}"), false);
        } else {
            self.push(Class::Additive, item, what, false);
        }
    }

    /// Tightened constraints refuse values the client used to send.
    fn constraints(&mut self, item: &str, o: &ConstraintsRec, n: &ConstraintsRec) {
        let mut tightened = Vec::new();
        let mut loosened = Vec::new();
        // For an upper bound a smaller value is tighter; for a lower bound a larger one.
        fn upper(
            name: &str,
            o: Option<u64>,
            n: Option<u64>,
            t: &mut Vec<String>,
            l: &mut Vec<String>,
        ) {
            match (o, n) {
                (None, Some(n)) => t.push(format!("{name} {n} added")),
                (Some(o), None) => l.push(format!("{name} {o} removed")),
                (Some(o), Some(n)) if n < o => t.push(format!("{name} {o} -> {n}")),
                (Some(o), Some(n)) if n > o => l.push(format!("{name} {o} -> {n}")),
                _ => {}
            }
        }
        fn lower(
            name: &str,
            o: Option<u64>,
            n: Option<u64>,
            t: &mut Vec<String>,
            l: &mut Vec<String>,
        ) {
            match (o, n) {
                (None, Some(n)) if n > 0 => t.push(format!("{name} {n} added")),
                (Some(o), None) if o > 0 => l.push(format!("{name} {o} removed")),
                (Some(o), Some(n)) if n > o => t.push(format!("{name} {o} -> {n}")),
                (Some(o), Some(n)) if n < o => l.push(format!("{name} {o} -> {n}")),
                _ => {}
            }
        }
        upper(
            "maxLength",
            o.max_length,
            n.max_length,
            &mut tightened,
            &mut loosened,
        );
        upper(
            "maxItems",
            o.max_items,
            n.max_items,
            &mut tightened,
            &mut loosened,
        );
        lower(
            "minLength",
            o.min_length,
            n.min_length,
            &mut tightened,
            &mut loosened,
        );
        lower(
            "minItems",
            o.min_items,
            n.min_items,
            &mut tightened,
            &mut loosened,
        );
        // A bound as a number on a line where larger is tighter: exclusivity counts as a
        // hair past the value.
        let bound = |v: Option<f64>, exclusive: bool, sign: f64| {
            v.map(|v| (sign * v, if exclusive { 1 } else { 0 }))
        };
        let cmp_bound = |name: &str,
                         ob: Option<(f64, i32)>,
                         nb: Option<(f64, i32)>,
                         t: &mut Vec<String>,
                         l: &mut Vec<String>| {
            match (ob, nb) {
                (None, Some(_)) => t.push(format!("{name} added")),
                (Some(_), None) => l.push(format!("{name} removed")),
                (Some(a), Some(b)) if b.partial_cmp(&a) == Some(std::cmp::Ordering::Greater) => {
                    t.push(format!("{name} raised"))
                }
                (Some(a), Some(b)) if b.partial_cmp(&a) == Some(std::cmp::Ordering::Less) => {
                    l.push(format!("{name} lowered"))
                }
                _ => {}
            }
        };
        cmp_bound(
            "minimum",
            bound(o.minimum, o.exclusive_minimum, 1.0),
            bound(n.minimum, n.exclusive_minimum, 1.0),
            &mut tightened,
            &mut loosened,
        );
        if let Some(last) = tightened.last_mut().filter(|s| s.starts_with("minimum")) {
            *last = format!("minimum {} -> {}", show(&o.minimum), show(&n.minimum));
        }
        if let Some(last) = loosened.last_mut().filter(|s| s.starts_with("minimum")) {
            *last = format!("minimum {} -> {}", show(&o.minimum), show(&n.minimum));
        }
        // For a maximum, smaller is tighter: negate so that larger means tighter.
        cmp_bound(
            "maximum",
            bound(o.maximum, o.exclusive_maximum, -1.0),
            bound(n.maximum, n.exclusive_maximum, -1.0),
            &mut tightened,
            &mut loosened,
        );
        if let Some(last) = tightened.last_mut().filter(|s| s.starts_with("maximum")) {
            *last = format!("maximum {} -> {}", show(&o.maximum), show(&n.maximum));
        }
        if let Some(last) = loosened.last_mut().filter(|s| s.starts_with("maximum")) {
            *last = format!("maximum {} -> {}", show(&o.maximum), show(&n.maximum));
        }
        match (&o.pattern, &n.pattern) {
            (None, Some(p)) => tightened.push(format!("pattern `{p}` added")),
            (Some(p), None) => loosened.push(format!("pattern `{p}` removed")),
            // Whether one regex accepts more than another is not decidable here: a
            // changed pattern may refuse what the old one took.
            (Some(a), Some(b)) if a != b => tightened.push(format!("pattern `{a}` -> `{b}`")),
            _ => {}
        }
        if !tightened.is_empty() {
            self.push(
                Class::Breaking,
                item,
                format!("constraint tightened: {}", tightened.join(", ")),
                false,
            );
        }
        if !loosened.is_empty() {
            self.push(
                Class::Additive,
                item,
                format!("constraint loosened: {}", loosened.join(", ")),
                false,
            );
        }
    }

    fn types(&mut self, old: &[TypeRec], new: &[TypeRec]) {
        for (o, n) in pair(old, new, |t| t.name.as_str()) {
            match (o, n) {
                (None, Some(n)) => self.push(
                    Class::Additive,
                    format!("models::{}", n.name),
                    format!("new {}", n.kind.replace('_', " ")),
                    true,
                ),
                (Some(o), None) => self.push(
                    Class::Breaking,
                    format!("models::{}", o.name),
                    format!("{} removed or renamed", o.kind.replace('_', " ")),
                    true,
                ),
                (Some(o), Some(n))
                    if o.kind != n.kind && (o.kind == "alias" || n.kind == "alias") =>
                {
                    self.merged_or_split(o, n, old, new)
                }
                (Some(o), Some(n)) => self.type_rec(o, n),
                (None, None) => {}
            }
        }
    }

    /// A type that became another name for a type the spec now describes the same way
    /// (the generator merges such inline schemas), or that stopped being one. Its own shape
    /// is compared with its target's; then, merged, its values are also the target's,
    /// which takes nothing away; split, they no longer are, which breaks code that passed
    /// one for the other. Any other change of kind is breaking.
    fn merged_or_split(&mut self, o: &TypeRec, n: &TypeRec, old: &[TypeRec], new: &[TypeRec]) {
        let item = format!("models::{}", n.name);
        let target = |alias: &TypeRec, list: &'_ [TypeRec]| {
            let name = alias.alias_of.as_deref()?.strip_prefix("models::")?;
            list.iter().find(|t| t.name == name).cloned()
        };
        let merged = n.kind == "alias";
        let (alias, plain, list) = if merged { (n, o, new) } else { (o, n, old) };
        let Some(t) = target(alias, list).filter(|t| t.kind == plain.kind) else {
            return self.type_rec(o, n);
        };
        let (before, after) = if merged {
            (o.clone(), t.clone())
        } else {
            (t.clone(), n.clone())
        };
        let (class, what) = if merged {
            let why = "which the spec describes the same way";
            (
                Class::Additive,
                format!("now another name for `{}`, {why}", t.name),
            )
        } else {
            let why = "a value of one is not a value of the other";
            (
                Class::Breaking,
                format!("no longer another name for `{}`: {why}", t.name),
            )
        };
        self.push(class, &item, what, true);
        self.docs(&item, &o.docs, &n.docs);
        self.deprecated(&item, o.deprecated, n.deprecated);
        // Docs and deprecation were compared above, on the type's own records.
        let shape = |t: TypeRec| TypeRec {
            name: n.name.clone(),
            docs: None,
            deprecated: false,
            ..t
        };
        self.type_rec(&shape(before), &shape(after));
    }

    fn type_rec(&mut self, o: &TypeRec, n: &TypeRec) {
        let item = format!("models::{}", n.name);
        self.docs(&item, &o.docs, &n.docs);
        self.deprecated(&item, o.deprecated, n.deprecated);
        if o.kind != n.kind {
            self.push(
                Class::Breaking,
                &item,
                format!("now a {} (was a {})", n.kind, o.kind),
                true,
            );
            return;
        }
        self.generated_surface(&item, o, n);
        match n.kind.as_str() {
            "struct" => self.struct_rec(&item, o, n),
            "enum" => self.enum_rec(&item, o, n),
            "alias" => {
                if o.alias_of != n.alias_of {
                    self.push(
                        Class::Breaking,
                        &item,
                        format!(
                            "now names `{}` (was `{}`)",
                            show(&n.alias_of),
                            show(&o.alias_of)
                        ),
                        true,
                    );
                }
            }
            _ => self.one_of_rec(&item, o, n),
        }
    }

    /// What a type gets by default besides its fields: serde traits, builders and
    /// `validate`, which follow from how operations use it. Compared only when both
    /// records have them.
    fn generated_surface(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        const RESTORE: &str = "the `full-serde` feature restores it";
        if let (Some(old), Some(new)) = (&o.serde, &n.serde) {
            for t in old.iter().filter(|t| !new.contains(t)) {
                let why = if t == "Serialize" {
                    "no operation sends it now"
                } else {
                    "no operation returns it now"
                };
                self.push(
                    Class::Breaking,
                    item,
                    format!("no longer implements `{t}` by default: {why}; {RESTORE}"),
                    true,
                );
            }
            for t in new.iter().filter(|t| !old.contains(t)) {
                self.push(Class::Additive, item, format!("now implements `{t}`"), true);
            }
        }
        // With every field optional, the constructor is `Default`, which stays.
        let builders = if n.constructor.as_deref() == Some("new") {
            "`new` and the `with_*` setters"
        } else {
            "the `with_*` setters"
        };
        if let (Some(true), Some(false)) = (o.builders, n.builders) {
            self.push(
                Class::Breaking,
                item,
                format!(
                    "{builders} compiled only with `mock` or `full-serde`: the type is only \
                     received now; {RESTORE}"
                ),
                true,
            );
        }
        if let (Some(false), Some(true)) = (o.builders, n.builders) {
            self.push(
                Class::Additive,
                item,
                format!("{builders} available: the type is sent now"),
                true,
            );
        }
        match (o.validate, n.validate) {
            (Some(true), Some(false)) => self.push(
                Class::Breaking,
                format!("{item}::validate"),
                "removed: the type is no longer sent, or has nothing left to check",
                true,
            ),
            (Some(false), Some(true)) => {
                self.push(Class::Additive, format!("{item}::validate"), "added", true)
            }
            _ => {}
        }
    }

    fn struct_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        let sent = n.used_in.iter().any(|u| u == "request");
        for (of, nf) in pair(&o.fields, &n.fields, |f| f.name.as_str()) {
            match (of, nf) {
                (None, Some(f)) if f.required => self.push(
                    Class::Breaking,
                    format!("{item}::{}", f.name),
                    format!(
                        "required field `{}` added ({item}::new takes it)",
                        f.wire_name
                    ),
                    true,
                ),
                // The struct is `#[non_exhaustive]`: nobody builds it with a literal.
                (None, Some(f)) => self.push(
                    Class::Additive,
                    format!("{item}::{}", f.name),
                    format!("optional field `{}` added", f.wire_name),
                    true,
                ),
                (Some(f), None) => self.push(
                    Class::Breaking,
                    format!("{item}::{}", f.name),
                    format!("field `{}` removed", f.wire_name),
                    true,
                ),
                (Some(of), Some(nf)) => self.field(item, of, nf, sent),
                (None, None) => {}
            }
        }
        if o.constructor != n.constructor {
            self.push(
                Class::Breaking,
                item,
                format!(
                    "built with `{}` (was `{}`)",
                    show(&n.constructor),
                    show(&o.constructor)
                ),
                true,
            );
        }
        if o.additional != n.additional {
            self.push(
                Class::Breaking,
                format!("{item}::additional_properties"),
                format!(
                    "`{}` -> `{}`",
                    show(
                        &o.additional
                            .as_ref()
                            .map(|t| format!("BTreeMap<String, {t}>"))
                    ),
                    show(
                        &n.additional
                            .as_ref()
                            .map(|t| format!("BTreeMap<String, {t}>"))
                    )
                ),
                true,
            );
        }
    }

    fn field(&mut self, base: &str, o: &FieldRec, n: &FieldRec, sent: bool) {
        let item = format!("{base}::{}", n.name);
        if o.required != n.required {
            let what = if n.required {
                format!(
                    "made required: `{}` -> `{}`, and {base}::new takes it",
                    o.rust_type, n.rust_type
                )
            } else {
                format!(
                    "made optional: `{}` -> `{}`, and {base}::new no longer takes it",
                    o.rust_type, n.rust_type
                )
            };
            self.push(Class::Breaking, &item, what, true);
        } else if o.rust_type != n.rust_type {
            self.push(
                Class::Breaking,
                &item,
                format!("type `{}` -> `{}`", o.rust_type, n.rust_type),
                true,
            );
        }
        if o.wire_name != n.wire_name {
            self.push(
                Class::Breaking,
                &item,
                format!("sent as `{}` (was `{}`)", n.wire_name, o.wire_name),
                false,
            );
        }
        self.deprecated(&item, o.deprecated, n.deprecated);
        if sent {
            self.constraints(&item, &o.constraints, &n.constraints);
        } else if o.constraints != n.constraints {
            self.push(
                Class::Docs,
                &item,
                "constraint changed on a value only received (not checked)",
                false,
            );
        }
        self.docs(&item, &o.docs, &n.docs);
    }

    fn enum_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        if o.repr != n.repr || o.unknown != n.unknown {
            self.push(
                Class::Breaking,
                item,
                format!(
                    "{} values, fallback `{}` (were {} values, fallback `{}`)",
                    show(&n.repr),
                    show(&n.unknown),
                    show(&o.repr),
                    show(&o.unknown)
                ),
                true,
            );
        }
        let received = n.used_in.iter().any(|u| u == "response");
        for (ov, nv) in pair(&o.variants, &n.variants, |v| v.name.as_str()) {
            match (ov, nv) {
                // `#[non_exhaustive]`, and unknown values already had the fallback.
                (None, Some(v)) => self.push(
                    Class::Additive,
                    format!("{item}::{}", v.name),
                    format!(
                        "new value `{}`{}",
                        v.value,
                        if received {
                            " (was received as the fallback variant)"
                        } else {
                            ""
                        }
                    ),
                    true,
                ),
                (Some(v), None) => self.push(
                    Class::Breaking,
                    format!("{item}::{}", v.name),
                    format!("value `{}` removed", v.value),
                    true,
                ),
                (Some(ov), Some(nv)) if ov.value != nv.value => self.push(
                    Class::Breaking,
                    format!("{item}::{}", nv.name),
                    format!("now sent as `{}` (was `{}`)", nv.value, ov.value),
                    false,
                ),
                _ => {}
            }
        }
    }

    fn one_of_rec(&mut self, item: &str, o: &TypeRec, n: &TypeRec) {
        for (ov, nv) in pair(&o.one_of, &n.one_of, |v| v.name.as_str()) {
            match (ov, nv) {
                // `oneOf` enums are exhaustive (they have no fallback variant): a new
                // alternative breaks every `match` on the type.
                (None, Some(v)) => self.push(
                    Class::Breaking,
                    format!("{item}::{}", v.name),
                    format!("new alternative `{}` in an exhaustive enum", v.value),
                    true,
                ),
                (Some(v), None) => self.push(
                    Class::Breaking,
                    format!("{item}::{}", v.name),
                    format!("alternative `{}` removed", v.value),
                    true,
                ),
                (Some(ov), Some(nv)) if ov.value != nv.value => self.push(
                    Class::Breaking,
                    format!("{item}::{}", nv.name),
                    format!("holds `{}` (was `{}`)", nv.value, ov.value),
                    true,
                ),
                _ => {}
            }
        }
        if o.discriminator != n.discriminator {
            self.push(
                Class::Breaking,
                item,
                format!(
                    "discriminator `{}` (was `{}`)",
                    show(&n.discriminator),
                    show(&o.discriminator)
                ),
                false,
            );
        }
    }
}

#[cfg(test)]
mod tests;
