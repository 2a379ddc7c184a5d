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
        self.call_shape(item, o, n);
        self.required_inputs(item, o, n);
        self.options(item, o, n);
        self.body(item, o.body.as_ref(), n.body.as_ref());
        if o.response != n.response {
            let what = format!("now returns `{}` (was `{}`)", n.response, o.response);
            self.rust(Breaking, item, what);
        }
        self.errors(o, n);
        self.security(item, &o.security, &n.security);
    }

    /// How the method takes its inputs: the args struct and the request builder.
    fn call_shape(&mut self, item: &str, o: &OpRec, n: &OpRec) {
        if let (Some(old), None) = (&o.params_struct, &n.params_struct) {
            // A record from before request builders: every call changed shape.
            let what = format!(
                "no longer takes `params: &params::{old}`: required parameters are \
                 arguments, optional ones setters of the request builder"
            );
            self.rust(Breaking, item, what);
        }
        // Each message: added, removed, renamed.
        let args: [fn(&str, &str) -> String; 3] = [
            |s, _| format!("takes its required inputs by name in `calls::{s}`"),
            |s, _| format!("takes its required inputs as arguments (was `calls::{s}`)"),
            |os, ns| format!("args struct renamed from `calls::{os}` to `calls::{ns}`"),
        ];
        self.call_item(item, o.args_struct.as_ref(), n.args_struct.as_ref(), args);
        for gone in o.streams.iter().filter(|s| !n.streams.contains(s)) {
            self.rust(
                Breaking,
                item,
                format!("`{gone}` removed: it no longer pages or streams"),
            );
        }
        for new in n.streams.iter().filter(|s| !o.streams.contains(s)) {
            self.rust(Additive, item, format!("`{new}`: new, to page or stream"));
        }
        let builder: [fn(&str, &str) -> String; 3] = [
            |s, _| {
                format!(
                    "returns the request builder `calls::{s}` (`.await` on it still \
                     sends the call)"
                )
            },
            |s, _| {
                format!("returns its `Sending` future now (returned `calls::{s}`, and its setters)")
            },
            |os, ns| format!("request builder renamed from `calls::{os}` to `calls::{ns}`"),
        ];
        self.call_item(
            item,
            o.call_builder.as_ref(),
            n.call_builder.as_ref(),
            builder,
        );
    }

    /// A struct in `calls` the method takes or returns, added, removed or renamed: each a
    /// breaking change, said by `what` (added, removed, renamed).
    fn call_item(
        &mut self,
        item: &str,
        old: Option<&String>,
        new: Option<&String>,
        what: [fn(&str, &str) -> String; 3],
    ) {
        let what = match Paired::of(old, new) {
            Some(Added(s)) => what[0](s, ""),
            Some(Removed(s)) => what[1](s, ""),
            Some(Both(os, ns)) if os != ns => what[2](os, ns),
            _ => return,
        };
        self.rust(Breaking, item, what);
    }

    /// The required inputs are arguments (or fields of the args struct) in a fixed
    /// order: any change to their list is a new signature.
    fn required_inputs(&mut self, item: &str, o: &OpRec, n: &OpRec) {
        let required = |op: &OpRec| -> Vec<ParamRec> {
            op.path_params
                .iter()
                .chain(op.params.iter().filter(|p| p.required))
                .cloned()
                .collect()
        };
        let (old, new) = (required(o), required(n));
        let sig = |ps: &[ParamRec]| -> Vec<(String, String)> {
            ps.iter()
                .map(|p| (p.name.clone(), p.rust_type.clone()))
                .collect()
        };
        if sig(&old) != sig(&new) {
            let show = |ps: &[ParamRec]| {
                ps.iter()
                    .map(|p| format!("{}: {}", p.name, p.rust_type))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let what = format!(
                "required inputs now ({}) (were ({}))",
                show(&new),
                show(&old)
            );
            self.rust(Breaking, item, what);
        }
        for (op, np) in old.iter().zip(&new) {
            if op.name == np.name {
                self.deprecated(
                    &format!("{item}({})", np.name),
                    op.deprecated,
                    np.deprecated,
                );
                self.param_wire(&format!("{item}({})", np.name), op, np);
            }
        }
    }

    /// Optional parameters are setters of the request builder: a new one is additive.
    fn options(&mut self, item: &str, o: &OpRec, n: &OpRec) {
        let optional = |op: &OpRec| -> Vec<ParamRec> {
            op.params.iter().filter(|p| !p.required).cloned().collect()
        };
        let base = match n.call_builder.as_ref().or(o.call_builder.as_ref()) {
            Some(b) => format!("calls::{b}"),
            None => item.to_string(),
        };
        let (old, new) = (optional(o), optional(n));
        for param in paired(&old, &new, |p| p.name.as_str()) {
            let item = format!("{base}::{}", param.latest().name);
            let what = |p: &ParamRec| format!("{} parameter `{}`", p.location, p.wire_name);
            let was_required =
                |p: &ParamRec, op: &OpRec| op.params.iter().any(|q| q.required && q.name == p.name);
            match param {
                Added(p) if was_required(p, o) => {
                    self.rust(Additive, item, "made optional: a setter now")
                }
                Added(p) => self.rust(Additive, item, format!("optional {} added", what(p))),
                Removed(p) if was_required(p, n) => {
                    self.rust(Breaking, item, "made required: an argument now")
                }
                Removed(p) => self.rust(Breaking, item, format!("optional {} removed", what(p))),
                Both(o, n) => self.param(&item, o, n),
            }
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
