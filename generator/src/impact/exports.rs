//! Changes to the crate root's other exports: the client, its builder and the runtime's
//! types, with their methods, fields, variants and trait impls.

use super::Class::{Additive, Breaking};
use super::Diff;
use super::keyed::Paired::{Added, Both, Removed};
use super::keyed::paired;
use crate::surface::ExportRec;

impl Diff {
    /// Compared only when both records keep the exports.
    pub(super) fn exports(&mut self, old: Option<&[ExportRec]>, new: Option<&[ExportRec]>) {
        let (Some(old), Some(new)) = (old, new) else {
            return;
        };
        for export in paired(old, new, |e| e.name.as_str()) {
            let name = &export.latest().name;
            match export {
                Added(n) => self.rust(
                    Additive,
                    name,
                    format!("new at the crate root ({})", n.kind),
                ),
                Removed(o) => self.rust(
                    Breaking,
                    name,
                    format!("no longer exported from the crate root (was {})", o.kind),
                ),
                Both(o, n) => self.export(o, n),
            }
        }
    }

    fn export(&mut self, o: &ExportRec, n: &ExportRec) {
        let name = &n.name;
        if o.kind != n.kind {
            self.rust(Breaking, name, format!("now {} (was {})", n.kind, o.kind));
            return;
        }
        let open = !n.kind.contains("non_exhaustive");
        let (old_members, new_members) = (members(o), members(n));
        for member in paired(&old_members, &new_members, |m| m.0) {
            match member {
                Added(m) => self.export_member_added(name, m, open, &n.kind),
                Removed(m) => self.export_member_removed(name, m),
                Both(om, nm) if om.1 != nm.1 => {
                    let (what, item) = describe(name, nm.0);
                    let change = format!("{what} changed: `{}` (was `{}`)", nm.1, om.1);
                    self.rust(Breaking, item, change);
                }
                Both(..) => {}
            }
        }
    }

    /// A new member breaks nobody, except a field or variant of a type that is not
    /// `#[non_exhaustive]` (struct literals and exhaustive matches stop compiling) and a
    /// trait method without a default (implementations stop compiling).
    fn export_member_added(&mut self, name: &str, m: &Member, open: bool, kind: &str) {
        let (key, text) = *m;
        let (what, item) = describe(name, key);
        let trait_method = kind.starts_with("trait") && !text.ends_with("(provided)");
        let grows = key.starts_with("field ") || key.starts_with("variant ");
        if trait_method || (open && grows) {
            self.rust(
                Breaking,
                item,
                format!("new {what}, which implementations or matches must handle"),
            );
        } else if let Some(tr) = key.strip_prefix("impl ") {
            self.rust(Additive, item, format!("now implements `{tr}`"));
        } else {
            self.rust(Additive, item, format!("new {what}"));
        }
    }

    fn export_member_removed(&mut self, name: &str, m: &Member) {
        let (what, item) = describe(name, m.0);
        match m.0.strip_prefix("impl ") {
            Some(tr) => self.rust(Breaking, item, format!("no longer implements `{tr}`")),
            None => self.rust(Breaking, item, format!("{what} removed")),
        }
    }
}

/// A member's key and text.
type Member<'a> = (&'a str, &'a str);

fn members(e: &ExportRec) -> Vec<Member<'_>> {
    e.members
        .iter()
        .map(|(k, t)| (k.as_str(), t.as_str()))
        .collect()
}

/// What a member is, in words, and the item an entry names: `Type::member`, or the type
/// itself for a trait impl.
fn describe(name: &str, key: &str) -> (&'static str, String) {
    let (kind, member) = key.split_once(' ').unwrap_or((key, ""));
    let what = match kind {
        _ if member.is_empty() => "definition",
        "fn" => "method",
        "field" => "public field",
        "variant" => "variant",
        "impl" => "trait impl",
        _ => "definition",
    };
    let item = if kind == "impl" || member.is_empty() {
        name.to_string()
    } else {
        format!("{name}::{member}")
    };
    (what, item)
}

#[cfg(test)]
mod tests {
    use crate::impact::{Class, compare};
    use crate::surface::{ExportRec, Surface};

    fn export(name: &str, kind: &str, members: &[(&str, &str)]) -> ExportRec {
        ExportRec {
            name: name.into(),
            kind: kind.into(),
            members: members
                .iter()
                .map(|(k, t)| (k.to_string(), t.to_string()))
                .collect(),
        }
    }

    fn surface(exports: Option<Vec<ExportRec>>) -> Surface {
        Surface {
            exports,
            ..Surface::default()
        }
    }

    #[test]
    fn a_record_without_exports_compares_nothing() {
        let new = surface(Some(vec![export("Response", "struct", &[])]));
        assert!(compare(&surface(None), &new).is_empty());
    }

    #[test]
    fn removed_impls_methods_and_exports_break_and_new_ones_add() {
        let old = surface(Some(vec![
            export("ApiClient", "trait", &[]),
            export(
                "Response",
                "struct",
                &[
                    ("fn into_inner", "fn into_inner(self) -> T"),
                    ("fn status", "fn status(&self) -> StatusCode"),
                    ("impl Deref", ""),
                ],
            ),
            export("Error", "enum (non_exhaustive)", &[("variant Api", "(E)")]),
            export("Clock", "trait", &[("fn now", "fn now(&self) -> Instant")]),
        ]));
        let new = surface(Some(vec![
            export(
                "Response",
                "struct",
                &[
                    ("fn body", "fn body(&self) -> &T"),
                    ("fn status", "fn status(&self) -> u16"),
                ],
            ),
            export(
                "Error",
                "enum (non_exhaustive)",
                &[("variant Api", "(E)"), ("variant Other", "")],
            ),
            export(
                "Clock",
                "trait",
                &[
                    ("fn now", "fn now(&self) -> Instant"),
                    ("fn later", "fn later(&self) (provided)"),
                    ("fn must", "fn must(&self)"),
                ],
            ),
            export("ApiError", "trait", &[]),
        ]));
        let table = compare(&old, &new).table();
        let want = "\
breaking  Response::status  method changed: `fn status(&self) -> u16` (was `fn status(&self) -> StatusCode`)
breaking  Response::into_inner  method removed
breaking  Response          no longer implements `Deref`
breaking  Clock::must       new method, which implementations or matches must handle
breaking  ApiClient         no longer exported from the crate root (was trait)
additive  Response::body    new method
additive  Error::Other      new variant
additive  Clock::later      new method
additive  ApiError          new at the crate root (trait)
";
        let normalize = |t: &str| {
            t.lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(normalize(&table), normalize(want), "{table}");
        assert_eq!(compare(&old, &new).class(), Some(Class::Breaking));
    }
}
