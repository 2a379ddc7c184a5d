//! Changes to the crate as a whole: its docs, servers and security schemes.

use super::keyed::{Paired, paired};
use super::{Class, Diff, Visibility, show};
use crate::surface::{FlowRec, SchemeRec, Surface};

impl Diff {
    pub(super) fn crate_level(&mut self, old: &Surface, new: &Surface) {
        self.docs("crate", &old.docs, &new.docs);
        if old.title != new.title || old.spec_version != new.spec_version {
            self.push(
                Class::Docs,
                "crate",
                format!(
                    "spec `{}` {} -> `{}` {}",
                    old.title, old.spec_version, new.title, new.spec_version
                ),
                Visibility::Rust,
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
                Visibility::Wire,
            );
        }
        for server in paired(&old.servers, &new.servers, |s| s.url.as_str()) {
            let item = "servers";
            match server {
                Paired::Added(n) => self.push(
                    Class::Docs,
                    item,
                    format!("server {} listed", n.url),
                    Visibility::Wire,
                ),
                Paired::Removed(o) => self.push(
                    Class::Docs,
                    item,
                    format!("server {} no longer listed", o.url),
                    Visibility::Wire,
                ),
                Paired::Both(o, n) => self.docs(&format!("servers[{}]", n.url), &o.docs, &n.docs),
            }
        }
    }

    pub(super) fn schemes(&mut self, old: &[SchemeRec], new: &[SchemeRec]) {
        for scheme in paired(old, new, |s| s.name.as_str()) {
            match scheme {
                Paired::Added(n) => self.push(
                    Class::Additive,
                    format!("ClientBuilder::{}", n.builder_fn),
                    format!("new security scheme `{}`", n.name),
                    Visibility::Rust,
                ),
                Paired::Removed(o) => self.push(
                    Class::Breaking,
                    format!("ClientBuilder::{}", o.builder_fn),
                    format!("security scheme `{}` removed", o.name),
                    Visibility::Rust,
                ),
                Paired::Both(o, n) => self.scheme(o, n),
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
                Visibility::Rust,
            );
        }
        if o.kind != n.kind {
            self.push(
                Class::Breaking,
                &item,
                format!("scheme `{}` now sends {} (was {})", n.name, n.kind, o.kind),
                Visibility::Wire,
            );
        }
        for flow in paired(&o.flows, &n.flows, |f| f.flow.as_str()) {
            match flow {
                Paired::Added(f) => self.push(
                    Class::Additive,
                    &item,
                    format!("OAuth2 flow {} added", f.flow),
                    Visibility::Rust,
                ),
                Paired::Removed(f) => self.push(
                    Class::Breaking,
                    &item,
                    format!("OAuth2 flow {} removed", f.flow),
                    Visibility::Rust,
                ),
                Paired::Both(of, nf) => self.flow(&item, of, nf),
            }
        }
        self.docs(&item, &o.docs, &n.docs);
    }

    fn flow(&mut self, item: &str, o: &FlowRec, n: &FlowRec) {
        if o.token_url != n.token_url || o.authorization_url != n.authorization_url {
            self.push(
                Class::Breaking,
                item,
                format!("{} endpoints changed", n.flow),
                Visibility::Wire,
            );
        }
        for scope in paired(&o.scopes, &n.scopes, String::as_str) {
            match scope {
                Paired::Added(s) => self.push(
                    Class::Additive,
                    item,
                    format!("{} scope `{s}` added", n.flow),
                    Visibility::Wire,
                ),
                Paired::Removed(s) => self.push(
                    Class::Breaking,
                    item,
                    format!("{} scope `{s}` removed", n.flow),
                    Visibility::Wire,
                ),
                Paired::Both(..) => {}
            }
        }
    }
}
