//! Changes to operations: method and path, arguments, body, response, errors and credentials.

use super::keyed::{Paired, paired};
use super::{Class, Diff, Visibility, show};
use crate::surface::{BodyRec, OpRec, ParamRec, Surface};
use std::collections::BTreeSet;

impl Diff {
    pub(super) fn operations(&mut self, old: &Surface, new: &Surface) {
        for op in paired(&old.operations, &new.operations, |op| op.rust.as_str()) {
            match op {
                Paired::Added(n) => self.push(
                    Class::Additive,
                    format!("Client::{}", n.rust),
                    format!("new operation `{} {}`", n.method, n.path),
                    Visibility::Rust,
                ),
                Paired::Removed(o) => self.push(
                    Class::Breaking,
                    format!("Client::{}", o.rust),
                    format!("operation `{} {}` removed or renamed", o.method, o.path),
                    Visibility::Rust,
                ),
                Paired::Both(o, n) => self.operation(o, n),
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
                Visibility::Wire,
            );
        }
        self.deprecated(&item, o.deprecated, n.deprecated);
        self.docs(&item, &o.docs, &n.docs);
        self.path_params(&item, &o.path_params, &n.path_params);
        match Paired::of(o.params_struct.as_ref(), n.params_struct.as_ref()) {
            Some(Paired::Added(s)) => self.push(
                Class::Breaking,
                &item,
                format!("takes a new `params: &params::{s}` argument"),
                Visibility::Rust,
            ),
            Some(Paired::Removed(s)) => self.push(
                Class::Breaking,
                &item,
                format!("no longer takes `params: &params::{s}`"),
                Visibility::Rust,
            ),
            Some(Paired::Both(os, ns)) => {
                if os != ns {
                    self.push(
                        Class::Breaking,
                        &item,
                        format!("params type renamed from `params::{os}` to `params::{ns}`"),
                        Visibility::Rust,
                    );
                }
                self.params(ns, &o.params, &n.params);
            }
            None => {}
        }
        self.body(&item, o.body.as_ref(), n.body.as_ref());
        if o.response != n.response {
            self.push(
                Class::Breaking,
                &item,
                format!("now returns `{}` (was `{}`)", n.response, o.response),
                Visibility::Rust,
            );
        }
        self.errors(o, n);
        self.security(&item, &o.security, &n.security);
    }

    /// Path parameters are positional arguments: any change to their list is a new
    /// signature.
    fn path_params(&mut self, item: &str, old: &[ParamRec], new: &[ParamRec]) {
        let sig = |ps: &[ParamRec]| -> Vec<(String, String)> {
            ps.iter()
                .map(|p| (p.name.clone(), p.rust_type.clone()))
                .collect()
        };
        if sig(old) != sig(new) {
            let show = |ps: &[ParamRec]| {
                ps.iter()
                    .map(|p| format!("{}: {}", p.name, p.rust_type))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            self.push(
                Class::Breaking,
                item,
                format!("path arguments now ({}) (were ({}))", show(new), show(old)),
                Visibility::Rust,
            );
        }
        for (op, np) in old.iter().zip(new) {
            if op.name == np.name {
                self.param_wire(&format!("{item}({})", np.name), op, np);
            }
        }
    }

    fn params(&mut self, s: &str, old: &[ParamRec], new: &[ParamRec]) {
        let base = format!("params::{s}");
        for param in paired(old, new, |p| p.name.as_str()) {
            match param {
                Paired::Added(n) if n.required => self.push(
                    Class::Breaking,
                    format!("{base}::{}", n.name),
                    format!(
                        "required {} parameter `{}` added (`{base}::new` takes it)",
                        n.location, n.wire_name
                    ),
                    Visibility::Rust,
                ),
                Paired::Added(n) => self.push(
                    Class::Additive,
                    format!("{base}::{}", n.name),
                    format!("optional {} parameter `{}` added", n.location, n.wire_name),
                    Visibility::Rust,
                ),
                Paired::Removed(o) => self.push(
                    Class::Breaking,
                    format!("{base}::{}", o.name),
                    format!("{} parameter `{}` removed", o.location, o.wire_name),
                    Visibility::Rust,
                ),
                Paired::Both(o, n) => self.param(&format!("{base}::{}", n.name), o, n),
            }
        }
        // All-optional params structs are built with `Default`; a first required one
        // takes that away and brings a `new`.
        let ctor = |ps: &[ParamRec]| ps.iter().any(|p| p.required);
        if ctor(old) != ctor(new) && !new.is_empty() {
            let what = if ctor(new) {
                "no longer `Default`: built with `new`"
            } else {
                "built with `Default` now, `new` removed"
            };
            self.push(Class::Breaking, base, what, Visibility::Rust);
        }
    }

    fn param(&mut self, item: &str, o: &ParamRec, n: &ParamRec) {
        if o.required != n.required {
            self.push(
                Class::Breaking,
                item,
                if n.required {
                    "made required"
                } else {
                    "made optional"
                },
                Visibility::Rust,
            );
        } else if o.rust_type != n.rust_type {
            self.push(
                Class::Breaking,
                item,
                format!("type `{}` -> `{}`", o.rust_type, n.rust_type),
                Visibility::Rust,
            );
        }
        self.deprecated(item, o.deprecated, n.deprecated);
        self.param_wire(item, o, n);
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
                Visibility::Wire,
            );
        }
        self.constraints(item, &o.constraints, &n.constraints);
        self.docs(item, &o.docs, &n.docs);
    }

    fn body(&mut self, item: &str, o: Option<&BodyRec>, n: Option<&BodyRec>) {
        match Paired::of(o, n) {
            Some(Paired::Added(n)) => self.push(
                Class::Breaking,
                item,
                format!("takes a new body argument `{}`", n.rust_type),
                Visibility::Rust,
            ),
            Some(Paired::Removed(o)) => self.push(
                Class::Breaking,
                item,
                format!("no longer takes a body (was `{}`)", o.rust_type),
                Visibility::Rust,
            ),
            Some(Paired::Both(o, n)) => {
                if o.rust_type != n.rust_type {
                    self.push(
                        Class::Breaking,
                        item,
                        format!("body argument `{}` -> `{}`", o.rust_type, n.rust_type),
                        Visibility::Rust,
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
                        Visibility::Wire,
                    );
                }
                self.docs(&format!("{item}(body)"), &o.docs, &n.docs);
            }
            None => {}
        }
    }

    fn errors(&mut self, o: &OpRec, n: &OpRec) {
        let base = format!("error::{}", n.error_enum);
        if o.error_enum != n.error_enum {
            self.push(
                Class::Breaking,
                &base,
                format!("error enum renamed from `error::{}`", o.error_enum),
                Visibility::Rust,
            );
            return;
        }
        for error in paired(&o.errors, &n.errors, |e| e.variant.as_str()) {
            match error {
                // The enum is `#[non_exhaustive]`: a new variant breaks no match.
                Paired::Added(e) => self.push(
                    Class::Additive,
                    format!("{base}::{}", e.variant),
                    format!("new error status {}", e.status),
                    Visibility::Rust,
                ),
                Paired::Removed(e) => self.push(
                    Class::Breaking,
                    format!("{base}::{}", e.variant),
                    format!("error status {} no longer declared", e.status),
                    Visibility::Rust,
                ),
                Paired::Both(oe, ne) => {
                    let item = format!("{base}::{}", ne.variant);
                    if oe.status != ne.status {
                        self.push(
                            Class::Breaking,
                            &item,
                            format!("now status {} (was {})", ne.status, oe.status),
                            Visibility::Wire,
                        );
                    }
                    if oe.body != ne.body {
                        // The body is read through `ResponseContent`, not a typed field.
                        self.push(
                            Class::Breaking,
                            &item,
                            format!("error body `{}` -> `{}`", show(&oe.body), show(&ne.body)),
                            Visibility::Wire,
                        );
                    }
                    self.docs(&item, &oe.docs, &ne.docs);
                }
            }
        }
    }

    /// Credentials: breaking when a set of schemes that used to be enough is no longer
    /// enough (no alternative of the new list is a subset of it).
    fn security(&mut self, item: &str, old: &[Vec<String>], new: &[Vec<String>]) {
        if old == new {
            return;
        }
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
        let lost = old.iter().any(|alt| !enough(&set(alt), new));
        let what = format!("credentials: {} (was {})", show(new), show(old));
        if lost {
            self.push(
                Class::Breaking,
                item,
                format!("new {what}"),
                Visibility::Wire,
            );
        } else {
            self.push(Class::Additive, item, what, Visibility::Wire);
        }
    }
}
