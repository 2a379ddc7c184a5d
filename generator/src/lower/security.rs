//! Security schemes and each operation's security requirements.

use super::{Failed, Lowerer};
use crate::diag::Diagnostic;
use crate::docs::doc;
use crate::ir::*;
use crate::names::{Namespace, value_name};
use crate::pointer::{child, pointer};
use openapiv3 as oa;

impl<'a> Lowerer<'a> {
    pub(super) fn security_schemes(&mut self) -> Vec<SecurityScheme> {
        let Some(c) = &self.spec.components else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut builder_fns = Namespace::with_reserved(BUILDER_OWN_METHODS);
        for (name, scheme) in &c.security_schemes {
            let ptr = pointer(["components", "securitySchemes", name.as_str()]);
            let scheme = match self.refs.resolve(scheme, &ptr) {
                Ok(target) => target.value,
                Err(d) => {
                    // Operations that need the scheme report it again as unsupported.
                    let d = self.soften(d, "operations that need it are left out");
                    self.diags.push(d);
                    continue;
                }
            };
            let (kind, description) = scheme_kind(scheme);
            let builder_fn = builder_fns.claim(value_name(name, "auth"));
            out.push(SecurityScheme {
                name: name.clone(),
                doc: doc(&[description]),
                kind,
                builder_fn: builder_fn.into(),
                login_fn: None,
            });
        }
        name_logins(&mut out, &mut builder_fns);
        out
    }

    /// The operation's security requirements (its own, else the spec's), each alternative
    /// with the schemes it needs.
    pub(super) fn op_security(
        &mut self,
        op: &oa::Operation,
        ptr: &str,
        schemes: &[SecurityScheme],
    ) -> Result<Vec<Vec<SchemeUse>>, Failed> {
        let (reqs, rptr) = match &op.security {
            Some(s) => (s, child(ptr, "security")),
            None => match &self.spec.security {
                Some(s) => (s, "#/security".to_string()),
                None => return Ok(Vec::new()),
            },
        };
        let mut out = Vec::new();
        for (i, req) in reqs.iter().enumerate() {
            let mut all = Vec::new();
            let mut usable = true;
            for name in req.keys() {
                let Some(scheme) = schemes.iter().find(|s| s.name == *name) else {
                    usable = false;
                    let declared = self
                        .spec
                        .components
                        .as_ref()
                        .is_some_and(|c| c.security_schemes.contains_key(name));
                    if !declared {
                        // A spec bug that says nothing about how to call the operation:
                        // this alternative is dropped, the others still count.
                        self.diags.push(Diagnostic::warning(
                            child(&child(&rptr, &i.to_string()), name),
                            format!("security scheme `{name}` is not declared under `components/securitySchemes`; this requirement is ignored"),
                        ));
                    }
                    continue;
                };
                all.push(SchemeUse {
                    name: name.clone(),
                    kind: scheme.kind.clone(),
                    builder_fn: scheme.builder_fn.clone(),
                });
            }
            if usable {
                out.push(all);
            }
        }
        let declared = |name: &String| {
            self.spec
                .components
                .as_ref()
                .is_some_and(|c| c.security_schemes.contains_key(name))
        };
        let only_undeclared = reqs.iter().all(|req| req.keys().any(|n| !declared(n)));
        if out.is_empty() && !reqs.is_empty() && !only_undeclared {
            // Declared schemes of a kind the client cannot send (e.g. HTTP digest).
            return Err(self.unsupported(
                &rptr,
                "a security requirement none of whose schemes is supported",
            ));
        }
        Ok(out)
    }
}

/// What a security scheme asks the client to send, and the scheme's description.
fn scheme_kind(scheme: &oa::SecurityScheme) -> (SchemeKind, Option<&str>) {
    let (kind, description) = match scheme {
        oa::SecurityScheme::APIKey {
            location,
            name: param,
            description,
            ..
        } => {
            let location = match location {
                oa::APIKeyLocation::Query => ParamLocation::Query,
                oa::APIKeyLocation::Header => ParamLocation::Header,
                oa::APIKeyLocation::Cookie => ParamLocation::Cookie,
            };
            (
                SchemeKind::ApiKey {
                    location,
                    param: param.clone(),
                },
                description,
            )
        }
        oa::SecurityScheme::HTTP {
            scheme: http,
            description,
            ..
        } => match http.to_ascii_lowercase().as_str() {
            "bearer" => (
                SchemeKind::Bearer {
                    client_credentials: None,
                    authorization_code: None,
                },
                description,
            ),
            "basic" => (SchemeKind::Basic, description),
            // The client cannot compute these credentials (digest, OAuth 1.0
            // signatures); the caller supplies them and the client sends them.
            _ => (
                SchemeKind::Http {
                    scheme: http.clone(),
                },
                description,
            ),
        },
        oa::SecurityScheme::OAuth2 {
            flows, description, ..
        } => (oauth2_kind(flows), description),
        oa::SecurityScheme::OpenIDConnect { description, .. } => (
            SchemeKind::Bearer {
                client_credentials: None,
                authorization_code: None,
            },
            description,
        ),
    };
    (kind, description.as_deref())
}

/// An OAuth2 scheme: a bearer token, which the client can fetch itself through a
/// client-credentials flow and renew through an authorization-code one.
fn oauth2_kind(flows: &oa::OAuth2Flows) -> SchemeKind {
    let flow = |token_url: &str, scopes: &indexmap::IndexMap<String, String>| OAuthFlow {
        authorization_url: None,
        token_url: token_url.to_string(),
        scopes: scopes.keys().cloned().collect(),
    };
    let client_credentials = flows
        .client_credentials
        .as_ref()
        .map(|f| flow(&f.token_url, &f.scopes));
    let authorization_code = flows.authorization_code.as_ref().map(|f| OAuthFlow {
        authorization_url: Some(f.authorization_url.clone()),
        ..flow(&f.token_url, &f.scopes)
    });
    SchemeKind::Bearer {
        client_credentials,
        authorization_code,
    }
}

/// Names the login method of each scheme with an authorization-code flow.
fn name_logins(schemes: &mut [SecurityScheme], builder_fns: &mut Namespace) {
    // Named after every setter, so a login method never takes a setter's name.
    for scheme in schemes {
        if let SchemeKind::Bearer {
            authorization_code: Some(_),
            ..
        } = scheme.kind
        {
            let base = scheme.builder_fn.bare();
            scheme.login_fn = Some(builder_fns.claim(format!("{base}_login")).into());
        }
    }
}
