//! Webhooks and callbacks: each request the server sends, with its payload type and what
//! tells it from the others, and how the server signs them.

use super::Lowerer;
use crate::docs::doc;
use crate::ir::*;
use crate::names::{Namespace, type_name};
use crate::overrides::FILE;
use crate::pointer::{child, pointer};
use openapiv3::{self as oa, ReferenceOr};
use serde_json::Value;
use std::collections::BTreeSet;

/// Where the converted document keeps a 3.1 or 3.2 document's `webhooks` (openapiv3
/// keeps only `x-` keys at the root).
pub(crate) const OAS31_WEBHOOKS: &str = "x-oas31-webhooks";

/// Where webhooks are in the converted document, and where their author wrote them.
const SOURCES: &[(&str, &str)] = &[(OAS31_WEBHOOKS, "webhooks"), ("x-webhooks", "x-webhooks")];

/// Payload properties that name an event, the most telling first.
const TYPE_FIELDS: &[&str] = &["type", "event", "event_type", "eventType", "kind", "action"];

/// A header that names the event (`X-GitHub-Event`, `X-Shopify-Topic`), as opposed to its
/// id, delivery or signature.
fn is_event_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    (n.contains("event") || n.ends_with("topic"))
        && !n.ends_with("-id")
        && !n.contains("delivery")
        && !n.contains("signature")
}

/// A schema's one value: its `const`, or the only value of its `enum`.
fn one_value(schema: &oa::Schema) -> Option<String> {
    match &schema.schema_kind {
        oa::SchemaKind::Type(oa::Type::String(s)) => match s.enumeration.as_slice() {
            [Some(v)] => Some(v.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A webhook request found in the spec, before lowering.
struct Found<'a> {
    key: String,
    ptr: String,
    method: Method,
    op: &'a oa::Operation,
}

impl<'a> Lowerer<'a> {
    /// Every webhook and callback with a JSON payload, in spec order (webhooks, then
    /// callbacks), and how they are signed.
    pub(super) fn webhooks(&mut self) -> (Vec<Webhook>, Option<WebhookSigning>) {
        let found = self.found_webhooks();
        let mut variants = Namespace::with_reserved(&[UNKNOWN_VARIANT]);
        let mut headers = BTreeSet::new();
        let mut out = Vec::new();
        for f in found {
            headers.extend(
                self.header_params(f.op, &f.ptr)
                    .into_iter()
                    .map(|(d, _)| d.name.to_ascii_lowercase()),
            );
            if let Some(hook) = self.webhook(f, &mut variants) {
                out.push(hook);
            }
        }
        let signing = if out.is_empty() {
            None
        } else {
            self.signing(&headers)
        };
        (out, signing)
    }

    /// The webhook requests of `webhooks`, `x-webhooks` and the operations' callbacks.
    fn found_webhooks(&mut self) -> Vec<Found<'a>> {
        let spec = self.spec;
        let mut found = Vec::new();
        for (key, shown) in SOURCES {
            let Some(Value::Object(hooks)) = spec.extensions.get(*key) else {
                continue;
            };
            for name in hooks.keys() {
                let at = pointer([*key, name.as_str()]);
                let shown_ptr = pointer([*shown, name.as_str()]);
                let item = match self.refs.follow::<oa::PathItem>(&at, &shown_ptr) {
                    Ok(target) => target.value,
                    Err(d) => {
                        let d = self.soften(d, "the webhook is left out");
                        self.diags.push(d);
                        continue;
                    }
                };
                let methods = item.iter().filter(|(m, _)| Method::from_key(m).is_some());
                let several = methods.count() > 1;
                for (m, op) in item.iter() {
                    let Some(method) = Method::from_key(m) else {
                        continue;
                    };
                    found.push(Found {
                        key: if several {
                            format!("{name} {m}")
                        } else {
                            name.clone()
                        },
                        ptr: child(&shown_ptr, m),
                        method,
                        op,
                    });
                }
            }
        }
        for (path, item) in &spec.paths.paths {
            let ReferenceOr::Item(item) = item else {
                continue;
            };
            for (m, op) in item.iter() {
                let id = op
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{m} {path}"));
                for (name, callback) in &op.callbacks {
                    for (expression, cb_item) in callback {
                        for (cm, cb_op) in cb_item.iter() {
                            let Some(method) = Method::from_key(cm) else {
                                continue;
                            };
                            found.push(Found {
                                key: format!("{id}.{name}"),
                                ptr: pointer([
                                    "paths",
                                    path.as_str(),
                                    m,
                                    "callbacks",
                                    name.as_str(),
                                    expression.as_str(),
                                    cm,
                                ]),
                                method,
                                op: cb_op,
                            });
                        }
                    }
                }
            }
        }
        found
    }

    /// One webhook, or `None` (with a warning) when it has no JSON payload to type.
    fn webhook(&mut self, f: Found<'a>, variants: &mut Namespace) -> Option<Webhook> {
        let Some(body) = &f.op.request_body else {
            self.warn(
                &f.ptr,
                "a webhook request without a body has no payload to type: `webhooks::Event` has no variant for it",
            );
            return None;
        };
        let body_ptr = child(&f.ptr, "requestBody");
        let hint = format!("{} webhook", f.key);
        let payload = match self.body(body, &body_ptr, &hint) {
            Ok((Some(b), _)) if b.encoding == BodyEncoding::Json => b.ty,
            Ok((Some(b), _)) => {
                self.warn(
                    &body_ptr,
                    format!(
                        "only JSON webhook payloads are typed, not `{}`: `webhooks::Event` has no variant for it",
                        b.spec_media_type
                    ),
                );
                return None;
            }
            Ok((None, _)) => TypeRef::Json,
            Err(_) => return None,
        };
        let header = self.event_header(f.op, &f.ptr);
        let field = self.type_field(body, &body_ptr);
        Some(Webhook {
            variant: variants.claim(type_name(&f.key, "Webhook")).into(),
            doc: doc(&[f.op.summary.as_deref(), f.op.description.as_deref()]),
            method: f.method,
            payload,
            header,
            field,
            pointer: f.ptr,
            key: f.key,
        })
    }

    /// The header parameters of a webhook request, with their schemas where they have
    /// one.
    fn header_params(
        &self,
        op: &'a oa::Operation,
        ptr: &str,
    ) -> Vec<(&'a oa::ParameterData, Option<&'a oa::Schema>)> {
        let refs = self.refs;
        op.parameters
            .iter()
            .filter_map(|p| {
                let oa::Parameter::Header { parameter_data, .. } = refs.resolve(p, ptr).ok()?.value
                else {
                    return None;
                };
                let schema = match &parameter_data.format {
                    oa::ParameterSchemaOrContent::Schema(s) => {
                        refs.resolve(s, ptr).ok().map(|t| t.value)
                    }
                    oa::ParameterSchemaOrContent::Content(_) => None,
                };
                Some((parameter_data, schema))
            })
            .collect()
    }

    /// The event-type header and the value that names this webhook: its schema's one
    /// value, else its example (GitHub writes each event's name as the example of
    /// `X-GitHub-Event`).
    fn event_header(&self, op: &'a oa::Operation, ptr: &str) -> Option<(String, String)> {
        self.header_params(op, ptr)
            .into_iter()
            .find_map(|(data, schema)| {
                if !is_event_header(&data.name) {
                    return None;
                }
                let value = schema.and_then(one_value).or_else(|| {
                    let example = data
                        .example
                        .as_ref()
                        .or(schema.and_then(|s| s.schema_data.example.as_ref()))?;
                    example.as_str().map(str::to_string)
                })?;
                Some((data.name.to_ascii_lowercase(), value))
            })
    }

    /// The payload property that names the webhook, and its value: a string property
    /// with one value, preferring the usual names of an event's type, then a required one.
    fn type_field(
        &self,
        body: &'a ReferenceOr<oa::RequestBody>,
        ptr: &str,
    ) -> Option<(String, String)> {
        let body = self.refs.resolve(body, ptr).ok()?.value;
        let schema = body.content.values().find_map(|m| m.schema.as_ref())?;
        let schema = self.refs.resolve(schema, ptr).ok()?.value;
        let oa::SchemaKind::Type(oa::Type::Object(object)) = &schema.schema_kind else {
            return None;
        };
        let mut named: Vec<(&String, String)> = Vec::new();
        for (name, property) in &object.properties {
            let property = match property {
                ReferenceOr::Item(s) => &**s,
                ReferenceOr::Reference { reference } => {
                    self.refs.follow::<oa::Schema>(reference, ptr).ok()?.value
                }
            };
            if let Some(value) = one_value(property) {
                named.push((name, value));
            }
        }
        let rank = |name: &str| {
            TYPE_FIELDS.iter().position(|f| *f == name).unwrap_or(
                TYPE_FIELDS.len() + usize::from(!object.required.iter().any(|r| r == name)),
            )
        };
        named
            .into_iter()
            .min_by_key(|(name, _)| rank(name))
            .map(|(name, value)| (name.clone(), value))
    }

    /// How the webhooks are signed: as `generator.toml` says, else the spec's
    /// `x-speakeasy-webhooks` or `x-fern-webhook-signature`, else a signature header the
    /// webhooks declare.
    fn signing(&mut self, headers: &BTreeSet<String>) -> Option<WebhookSigning> {
        if let Some(o) = self.overrides.webhooks.clone() {
            let scheme = match o.signature.as_str() {
                "none" => return None,
                "standard-webhooks" => Some(SigningScheme::StandardWebhooks),
                "github" => Some(SigningScheme::GitHub),
                "stripe" => Some(SigningScheme::Stripe),
                "hmac-sha256" => o.header.as_ref().map(|h| SigningScheme::Hmac {
                    header: h.to_ascii_lowercase(),
                    base64: o.encoding.as_deref() == Some("base64"),
                    prefix: o.prefix.clone().unwrap_or_default(),
                    timestamp: None,
                }),
                _ => None,
            };
            match scheme {
                Some(scheme) => {
                    return Some(WebhookSigning {
                        scheme,
                        source: format!("`{FILE}`"),
                    });
                }
                None => self.warn(
                    "#/x-webhooks",
                    format!(
                        "{FILE}: [webhooks] signature = \"{}\" is not one of standard-webhooks, github, stripe, hmac-sha256 (with a header) or none; it is ignored",
                        o.signature
                    ),
                ),
            }
        }
        // Each extension, how it is read, and what the runtime checks of its kind.
        let extensions: [(&str, ReadScheme, &str); 2] = [
            (
                "x-speakeasy-webhooks",
                speakeasy,
                "an HMAC-SHA256 signature in a header",
            ),
            (
                "x-fern-webhook-signature",
                fern,
                "HMAC-SHA256 over the body, or a timestamp and the body",
            ),
        ];
        for (key, read, checked) in extensions {
            let Some(v) = self.spec.extensions.get(key) else {
                continue;
            };
            match read(v) {
                Some(scheme) => return Some(signed_by(scheme, &format!("`{key}`"))),
                None => self.warn(
                    &pointer([key]),
                    format!(
                        "this webhook signature is not one the runtime checks ({checked}): no verifier is generated; give one in {FILE} [webhooks]"
                    ),
                ),
            }
        }
        KNOWN_HEADERS
            .iter()
            .find(|(h, _)| headers.contains(*h))
            .map(|(h, scheme)| {
                signed_by(
                    scheme.clone(),
                    &format!("the `{h}` header the webhooks declare"),
                )
            })
    }
}

/// How a signature extension is read.
type ReadScheme = fn(&Value) -> Option<SigningScheme>;

fn signed_by(scheme: SigningScheme, source: &str) -> WebhookSigning {
    WebhookSigning {
        scheme,
        source: source.to_string(),
    }
}

/// The signature headers of the schemes the runtime knows, in the order a declared one is
/// preferred.
const KNOWN_HEADERS: &[(&str, SigningScheme)] = &[
    ("x-hub-signature-256", SigningScheme::GitHub),
    ("stripe-signature", SigningScheme::Stripe),
    ("webhook-signature", SigningScheme::StandardWebhooks),
];

/// A header named as one of the schemes the runtime knows ([`KNOWN_HEADERS`]) is that
/// scheme.
fn known_header(header: &str) -> Option<SigningScheme> {
    KNOWN_HEADERS
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(header))
        .map(|(_, scheme)| scheme.clone())
}

/// `x-speakeasy-webhooks: {security: {type: signature, headerName, signatureTextEncoding,
/// algorithm: hmac-sha256}}`.
fn speakeasy(v: &Value) -> Option<SigningScheme> {
    let security = v.get("security")?;
    let text = |k: &str| security.get(k).and_then(Value::as_str);
    if text("type")? != "signature" || text("algorithm").unwrap_or("hmac-sha256") != "hmac-sha256" {
        return None;
    }
    let header = text("headerName")?;
    known_header(header).or_else(|| {
        Some(SigningScheme::Hmac {
            header: header.to_ascii_lowercase(),
            base64: text("signatureTextEncoding") == Some("base64"),
            prefix: String::new(),
            timestamp: None,
        })
    })
}

/// `x-fern-webhook-signature: {type: hmac, header, algorithm: sha256, encoding,
/// payload-format: {components: [timestamp, body], delimiter}, timestamp: {header}}`.
fn fern(v: &Value) -> Option<SigningScheme> {
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    if text(v, "type")? != "hmac" || text(v, "algorithm").unwrap_or("sha256".into()) != "sha256" {
        return None;
    }
    let header = text(v, "header")?;
    if let Some(known) = known_header(&header) {
        return Some(known);
    }
    let format = v.get("payload-format");
    let components: Vec<String> = format
        .and_then(|f| f.get("components"))
        .and_then(Value::as_array)
        .map(|c| {
            c.iter()
                .filter_map(|c| c.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_else(|| vec!["body".into()]);
    let timestamp = match components
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["body"] => None,
        ["timestamp", "body"] => Some((
            text(v.get("timestamp")?, "header")?.to_ascii_lowercase(),
            format
                .and_then(|f| text(f, "delimiter"))
                .unwrap_or_default(),
        )),
        _ => return None,
    };
    Some(SigningScheme::Hmac {
        header: header.to_ascii_lowercase(),
        base64: text(v, "encoding").as_deref() == Some("base64"),
        prefix: String::new(),
        timestamp,
    })
}
