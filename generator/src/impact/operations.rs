//! Changes to operations: method and path, arguments, body, response, errors and credentials.

use super::Class::{Additive, Breaking};
use super::keyed::Paired::{self, Added, Both, Removed};
use super::keyed::paired;
use super::{Diff, show};
use crate::surface::{BodyRec, OpRec, ParamRec, Surface};
use std::collections::BTreeSet;

/// An operation's method and path, as messages show them.
fn route(op: &OpRec) -> String {
    format!("`{} {}`", op.method, op.path)
}

impl Diff {
    pub(super) fn operations(&mut self, old: &Surface, new: &Surface) {
        for op in paired(&old.operations, &new.operations, |op| op.rust.as_str()) {
            let item = format!("Client::{}", op.latest().rust);
            match op {
                Added(n) => self.rust(Additive, item, format!("new operation {}", route(n))),
                Removed(o) => {
                    let what = format!("operation {} removed or renamed", route(o));
                    self.rust(Breaking, item, what)
                }
                Both(o, n) => self.operation(&item, o, n),
            }
        }
    }

    fn operation(&mut self, item: &str, o: &OpRec, n: &OpRec) {
        if (&o.method, &o.path) != (&n.method, &n.path) {
            let what = format!("now {} (was {})", route(n), route(o));
            self.wire(Breaking, item, what);
        }
        self.deprecated(item, o.deprecated, n.deprecated);
        self.docs(item, &o.docs, &n.docs);
        self.path_params(item, &o.path_params, &n.path_params);
        match Paired::of(o.params_struct.as_ref(), n.params_struct.as_ref()) {
            Some(Added(s)) => {
                let what = format!("takes a new `params: &params::{s}` argument");
                self.rust(Breaking, item, what);
            }
            Some(Removed(s)) => {
                let what = format!("no longer takes `params: &params::{s}`");
                self.rust(Breaking, item, what);
            }
            Some(Both(os, ns)) => {
                if os != ns {
                    let what = format!("params type renamed from `params::{os}` to `params::{ns}`");
                    self.rust(Breaking, item, what);
                }
                self.params(ns, &o.params, &n.params);
            }
            None => {}
        }
        self.body(item, o.body.as_ref(), n.body.as_ref());
        if o.response != n.response {
            let what = format!("now returns `{}` (was `{}`)", n.response, o.response);
            self.rust(Breaking, item, what);
        }
        self.errors(o, n);
        self.security(item, &o.security, &n.security);
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
            let what = format!("path arguments now ({}) (were ({}))", show(new), show(old));
            self.rust(Breaking, item, what);
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
            let item = format!("{base}::{}", param.latest().name);
            let what = |p: &ParamRec| format!("{} parameter `{}`", p.location, p.wire_name);
            match param {
                Added(n) => self.member_added(item, n.required, what(n), &format!("`{base}::new`")),
                Removed(o) => self.rust(Breaking, item, format!("{} removed", what(o))),
                Both(o, n) => self.param(&item, o, n),
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
            self.rust(Breaking, base, what);
        }
    }

    fn param(&mut self, item: &str, o: &ParamRec, n: &ParamRec) {
        if o.required != n.required {
            let what = if n.required {
                "made required"
            } else {
                "made optional"
            };
            self.rust(Breaking, item, what);
        } else if o.rust_type != n.rust_type {
            let what = format!("type `{}` -> `{}`", o.rust_type, n.rust_type);
            self.rust(Breaking, item, what);
        }
        self.deprecated(item, o.deprecated, n.deprecated);
        self.param_wire(item, o, n);
    }

    /// How a parameter goes on the wire, and the docs.
    fn param_wire(&mut self, item: &str, o: &ParamRec, n: &ParamRec) {
        if (&o.wire_name, &o.location, &o.style) != (&n.wire_name, &n.location, &n.style) {
            let sent = |p: &ParamRec| format!("{} `{}` ({})", p.location, p.wire_name, p.style);
            let what = format!("sent as {} (was {})", sent(n), sent(o));
            self.wire(Breaking, item, what);
        }
        self.constraints(item, &o.constraints, &n.constraints);
        self.docs(item, &o.docs, &n.docs);
    }

    fn body(&mut self, item: &str, o: Option<&BodyRec>, n: Option<&BodyRec>) {
        match Paired::of(o, n) {
            Some(Added(n)) => {
                let what = format!("takes a new body argument `{}`", n.rust_type);
                self.rust(Breaking, item, what)
            }
            Some(Removed(o)) => {
                let what = format!("no longer takes a body (was `{}`)", o.rust_type);
                self.rust(Breaking, item, what)
            }
            Some(Both(o, n)) => {
                if o.rust_type != n.rust_type {
                    let what = format!("body argument `{}` -> `{}`", o.rust_type, n.rust_type);
                    self.rust(Breaking, item, what);
                }
                if (&o.media_type, &o.encoding, &o.part_types)
                    != (&n.media_type, &n.encoding, &n.part_types)
                {
                    let what = format!(
                        "body sent as {} {} (was {} {})",
                        n.media_type, n.encoding, o.media_type, o.encoding
                    );
                    self.wire(Breaking, item, what);
                }
                self.docs(&format!("{item}(body)"), &o.docs, &n.docs);
            }
            None => {}
        }
    }

    fn errors(&mut self, o: &OpRec, n: &OpRec) {
        let base = format!("error::{}", n.error_enum);
        if o.error_enum != n.error_enum {
            let what = format!("error enum renamed from `error::{}`", o.error_enum);
            self.rust(Breaking, &base, what);
            return;
        }
        for error in paired(&o.errors, &n.errors, |e| e.variant.as_str()) {
            let item = format!("{base}::{}", error.latest().variant);
            match error {
                // The enum is `#[non_exhaustive]`: a new variant breaks no match.
                Added(e) => self.rust(Additive, item, format!("new error status {}", e.status)),
                Removed(e) => {
                    let what = format!("error status {} no longer declared", e.status);
                    self.rust(Breaking, item, what)
                }
                Both(o, n) => {
                    if o.status != n.status {
                        let what = format!("now status {} (was {})", n.status, o.status);
                        self.wire(Breaking, &item, what);
                    }
                    if o.body != n.body {
                        // The body is read through `ResponseContent`, not a typed field.
                        let what = format!("error body `{}` -> `{}`", show(&o.body), show(&n.body));
                        self.wire(Breaking, &item, what);
                    }
                    self.docs(&item, &o.docs, &n.docs);
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
            self.wire(Breaking, item, format!("new {what}"));
        } else {
            self.wire(Additive, item, what);
        }
    }
}
