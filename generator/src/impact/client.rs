//! Changes to the crate as a whole: its docs, servers and security schemes.

use super::Class::{Additive, Breaking, Docs};
use super::keyed::Paired::{Added, Both, Removed};
use super::keyed::paired;
use super::{Diff, show};
use crate::surface::{FlowRec, SchemeRec, Surface};

impl Diff {
    pub(super) fn crate_level(&mut self, old: &Surface, new: &Surface) {
        self.docs("crate", &old.docs, &new.docs);
        if (&old.title, &old.spec_version) != (&new.title, &new.spec_version) {
            let spec = |s: &Surface| format!("`{}` {}", s.title, s.spec_version);
            let what = format!("spec {} -> {}", spec(old), spec(new));
            self.rust(Docs, "crate", what);
        }
        let default = |s: &Surface| s.servers.first().map(|s| s.url.clone());
        if default(old) != default(new) {
            let (old, new) = (show(&default(old)), show(&default(new)));
            self.wire(
                Breaking,
                "ClientBuilder::base_url",
                format!(
                    "default server changed from {old} to {new}: requests go elsewhere unless \
                     the base URL is set"
                ),
            );
        }
        for server in paired(&old.servers, &new.servers, |s| s.url.as_str()) {
            let url = &server.latest().url;
            match server {
                Added(_) => self.wire(Docs, "servers", format!("server {url} listed")),
                Removed(_) => self.wire(Docs, "servers", format!("server {url} no longer listed")),
                Both(o, n) => self.docs(&format!("servers[{url}]"), &o.docs, &n.docs),
            }
        }
    }

    pub(super) fn schemes(&mut self, old: &[SchemeRec], new: &[SchemeRec]) {
        for scheme in paired(old, new, |s| s.name.as_str()) {
            let latest = scheme.latest();
            let item = format!("ClientBuilder::{}", latest.builder_fn);
            let name = format!("security scheme `{}`", latest.name);
            match scheme {
                Added(_) => self.rust(Additive, item, format!("new {name}")),
                Removed(_) => self.rust(Breaking, item, format!("{name} removed")),
                Both(o, n) => self.scheme(&item, o, n),
            }
        }
    }

    fn scheme(&mut self, item: &str, o: &SchemeRec, n: &SchemeRec) {
        if o.builder_fn != n.builder_fn || o.login_fn != n.login_fn {
            let login = o.login_fn.as_ref().map(|l| format!(", login `{l}`"));
            let was = format!("`{}`{}", o.builder_fn, login.unwrap_or_default());
            self.rust(
                Breaking,
                item,
                format!("credential setter renamed (was {was})"),
            );
        }
        if o.kind != n.kind {
            let what = format!("scheme `{}` now sends {} (was {})", n.name, n.kind, o.kind);
            self.wire(Breaking, item, what);
        }
        for flow in paired(&o.flows, &n.flows, |f| f.flow.as_str()) {
            match flow {
                Added(f) => self.rust(Additive, item, format!("OAuth2 flow {} added", f.flow)),
                Removed(f) => self.rust(Breaking, item, format!("OAuth2 flow {} removed", f.flow)),
                Both(of, nf) => self.flow(item, of, nf),
            }
        }
        self.docs(item, &o.docs, &n.docs);
    }

    fn flow(&mut self, item: &str, o: &FlowRec, n: &FlowRec) {
        if o.token_url != n.token_url || o.authorization_url != n.authorization_url {
            self.wire(Breaking, item, format!("{} endpoints changed", n.flow));
        }
        for scope in paired(&o.scopes, &n.scopes, String::as_str) {
            match scope {
                Added(s) => self.wire(Additive, item, format!("{} scope `{s}` added", n.flow)),
                Removed(s) => self.wire(Breaking, item, format!("{} scope `{s}` removed", n.flow)),
                Both(..) => {}
            }
        }
    }
}
