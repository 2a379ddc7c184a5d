//! The API-surface record (`api.json`): the generated crate's public Rust API and the wire facts behind it, kept as the baseline the next spec change is judged against.

use crate::ir::{
    self, Api, BodyEncoding, Constraints, ParamLocation, ParamStyle, SchemeKind, StatusMatch,
    Success, TypeKind, TypeRef,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the record sits in the generated crate.
pub const PATH: &str = "api.json";

/// Bumped when the record's shape changes, so an old record is not misread as a change
/// of the API.
pub const FORMAT: u32 = 1;

/// The record. Everything the impact classification compares is here, and nothing else:
/// docs are kept as hashes, so a docs change is seen without storing the prose twice.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Surface {
    /// [`FORMAT`] of the writer.
    pub format: u32,
    /// `info.title`.
    pub title: String,
    /// `info.version`, the spec document's own version (not the crate's).
    pub spec_version: String,
    /// Hash of the crate docs.
    pub docs: Option<String>,
    /// Servers; the first is the client's default base URL.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub servers: Vec<ServerRec>,
    /// Security schemes and the `ClientBuilder` methods that set their credentials.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub security_schemes: Vec<SchemeRec>,
    /// `Client` methods, in spec order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operations: Vec<OpRec>,
    /// Types in `models`, in the generator's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<TypeRec>,
    /// The crate root's other exports (the client, its builder, the runtime's errors,
    /// responses, credentials and settings), by name, with their public members; the same
    /// for every spec. `None` in a record written before they were kept: nothing about
    /// them is compared then.
    pub exports: Option<Vec<ExportRec>>,
    /// The variants of `webhooks::Event` (cargo feature `webhooks`), in spec order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub webhooks: Vec<WebhookRec>,
    /// The scheme `webhooks::verifier` checks, when the spec names one.
    pub webhook_signing: Option<String>,
}

/// A webhook: its `Event` variant, payload and what recognizes its deliveries.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WebhookRec {
    /// Its key in the spec.
    pub key: String,
    /// The `Event` variant.
    pub variant: String,
    /// The payload type the variant boxes.
    pub payload: String,
    /// `header: value` and `field = value` rules, as `Event::parse` applies them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
    /// Docs hash.
    pub docs: Option<String>,
}

/// An item the crate root exports besides its modules.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExportRec {
    /// The name at the crate root.
    pub name: String,
    /// `struct`, `enum`, `trait`, `type` or `fn` (with ` (non_exhaustive)` when so
    /// marked), or `re-export of <path>` for another crate's item.
    pub kind: String,
    /// Public members, by key: `fn name` (a method, with its signature), `impl Trait`
    /// (a trait it implements, derives included; no text), `field name` (with its type),
    /// `variant Name` (with its fields). A member of the generated `Client` and
    /// `ClientBuilder` is kept without its signature.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub members: BTreeMap<String, String>,
}

/// A server.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServerRec {
    /// URL with variables replaced by their defaults.
    pub url: String,
    /// Docs hash.
    pub docs: Option<String>,
}

/// A security scheme.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SchemeRec {
    /// Name under `components/securitySchemes`.
    pub name: String,
    /// What it sends, e.g. `bearer`, `basic`, `apiKey header X-Key`.
    pub kind: String,
    /// The `ClientBuilder` method that sets its credentials.
    pub builder_fn: String,
    /// The `ClientBuilder` method that starts a user's login.
    pub login_fn: Option<String>,
    /// OAuth2 flows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flows: Vec<FlowRec>,
    /// Docs hash.
    pub docs: Option<String>,
}

/// An OAuth2 flow.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FlowRec {
    /// `client_credentials` or `authorization_code`.
    pub flow: String,
    /// `tokenUrl`.
    pub token_url: String,
    /// `authorizationUrl`.
    pub authorization_url: Option<String>,
    /// Scopes in spec order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scopes: Vec<String>,
}

/// A `Client` method.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OpRec {
    /// The Rust method name.
    pub rust: String,
    /// The operationId, or the name derived from method and path.
    pub id: String,
    /// HTTP method.
    pub method: String,
    /// Path template.
    pub path: String,
    /// Marked deprecated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// Docs hash (summary and description).
    pub docs: Option<String>,
    /// Path parameters, in path order: the first required inputs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path_params: Vec<ParamRec>,
    /// Query, header and cookie parameters: the required ones are the method's next
    /// inputs, the optional ones setters of its request builder.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<ParamRec>,
    /// The struct in `calls` that takes the required inputs by name.
    pub args_struct: Option<String>,
    /// The request builder in `calls` the method returns.
    pub call_builder: Option<String>,
    /// The streaming methods beside it: a list's item stream on the client and `pages`,
    /// `items` on its builder, a download's (or a stream-on-request's) `_stream` method
    /// and `send_stream`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub streams: Vec<String>,
    /// Records written before request builders name the struct in `params` that took the
    /// query, header and cookie parameters; read so that the change to calls shows.
    #[serde(default, skip_serializing)]
    pub params_struct: Option<String>,
    /// The request body argument.
    pub body: Option<BodyRec>,
    /// What a 2xx response decodes to: a Rust type, or `()`.
    pub response: String,
    /// The operation's error enum in `error`.
    pub error_enum: String,
    /// Its variants, one per declared error status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorRec>,
    /// Any one inner list (all of its schemes) suffices; `[[]]` is no credentials needed.
    pub security: Vec<Vec<String>>,
}

/// A parameter.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ParamRec {
    /// Rust name.
    pub name: String,
    /// Name on the wire.
    pub wire_name: String,
    /// `path`, `query`, `header` or `cookie`.
    pub location: String,
    /// Serialization on the wire: style, and `explode` when set.
    pub style: String,
    /// Declared Rust type (`Option<...>` when optional).
    pub rust_type: String,
    /// Required.
    pub required: bool,
    /// Marked deprecated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// Checked before sending.
    #[serde(default, skip_serializing_if = "ConstraintsRec::is_empty")]
    pub constraints: ConstraintsRec,
    /// Docs hash.
    pub docs: Option<String>,
}

/// A request body.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BodyRec {
    /// The argument's Rust type.
    pub rust_type: String,
    /// Media type sent as `Content-Type`.
    pub media_type: String,
    /// `json`, `form`, `multipart`, `bytes` or `text`.
    pub encoding: String,
    /// `required: true`; otherwise the argument is an `Option`.
    pub required: bool,
    /// Multipart part media types, by part name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub part_types: BTreeMap<String, String>,
    /// Docs hash.
    pub docs: Option<String>,
}

/// An error enum variant.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ErrorRec {
    /// Variant name.
    pub variant: String,
    /// Status code, or a range such as `4XX`.
    pub status: String,
    /// JSON body type, when declared.
    pub body: Option<String>,
    /// Docs hash.
    pub docs: Option<String>,
}

/// The validation keywords the client checks before sending.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConstraintsRec {
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `minimum`.
    pub minimum: Option<f64>,
    /// `minimum` is exclusive.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive_minimum: bool,
    /// `maximum`.
    pub maximum: Option<f64>,
    /// `maximum` is exclusive.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exclusive_maximum: bool,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `pattern`.
    pub pattern: Option<String>,
}

impl ConstraintsRec {
    fn is_empty(&self) -> bool {
        *self == ConstraintsRec::default()
    }
}

/// A type in `models`.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TypeRec {
    /// Rust name.
    pub name: String,
    /// `struct`, `enum`, `alias` or `one_of`.
    pub kind: String,
    /// Whether values of it are sent (`request`), received (`response`), or both: only
    /// what is sent is checked against constraints.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub used_in: Vec<String>,
    /// Marked deprecated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// Docs hash.
    pub docs: Option<String>,
    /// A struct's constructor: `new` (from the required fields) or `Default`.
    pub constructor: Option<String>,
    /// A struct's fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldRec>,
    /// The value type of `additional_properties`, when the struct has that field.
    pub additional: Option<String>,
    /// An enum's wire representation: `string` or `integer`.
    pub repr: Option<String>,
    /// An enum's listed values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<VariantRec>,
    /// The variant that keeps unlisted values.
    pub unknown: Option<String>,
    /// What an alias names.
    pub alias_of: Option<String>,
    /// A `oneOf`'s alternatives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<VariantRec>,
    /// A `oneOf`'s discriminator property.
    pub discriminator: Option<String>,
    /// The serde traits a struct or `oneOf` implements with the crate's default features
    /// (those its use needs: `Serialize` if sent, `Deserialize` if received). `None` in a
    /// record written before it was kept, and for kinds whose traits never vary.
    pub serde: Option<Vec<String>>,
    /// Whether a struct's constructor and `with_*` setters are compiled with the default
    /// features (not for a type that is only received). `None` as for `serde`.
    pub builders: Option<bool>,
    /// Whether a struct has a `validate` method. `None` as for `serde`.
    pub validate: Option<bool>,
}

/// A struct field.
// Every `Option` field is left out of the record when `None`.
#[serde_with::skip_serializing_none]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldRec {
    /// Rust name.
    pub name: String,
    /// Property name on the wire.
    pub wire_name: String,
    /// Declared Rust type, `Option` and `Box` included.
    pub rust_type: String,
    /// Listed under `required`.
    pub required: bool,
    /// `nullable: true`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub nullable: bool,
    /// Marked deprecated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
    /// Checked before sending.
    #[serde(default, skip_serializing_if = "ConstraintsRec::is_empty")]
    pub constraints: ConstraintsRec,
    /// Docs hash.
    pub docs: Option<String>,
}

/// An enum variant, or a `oneOf` alternative.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VariantRec {
    /// Rust name.
    pub name: String,
    /// The wire value of an enum variant, or the Rust type a `oneOf` alternative holds.
    pub value: String,
    /// Docs hash of an enum variant whose value the spec describes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

/// Why a record on disk cannot be read back.
#[derive(Debug)]
pub struct ReadError(pub String);

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReadError {}

impl Surface {
    /// The record of `api`.
    pub fn from_api(api: &Api) -> Surface {
        Surface {
            format: FORMAT,
            title: api.title.clone(),
            spec_version: api.version.clone(),
            docs: hash(api.doc.as_deref()),
            servers: api
                .servers
                .iter()
                .map(|s| ServerRec {
                    url: s.url.clone(),
                    docs: hash(s.doc.as_deref()),
                })
                .collect(),
            security_schemes: api.security_schemes.iter().map(scheme).collect(),
            operations: api
                .operations
                .iter()
                .flat_map(ir::Operation::methods)
                .map(|op| operation(&op))
                .collect(),
            types: api.types.iter().map(type_rec).collect(),
            exports: Some(crate::exports::records()),
            webhooks: api.webhooks.iter().map(webhook).collect(),
            webhook_signing: api
                .webhook_signing
                .as_ref()
                .map(|s| format!("{:?}", s.scheme)),
        }
    }

    /// The file text: pretty JSON whose first line carries the generated-file marker, as
    /// a `"@generated"` key, since JSON has no comments and ownership is read from line 1.
    pub fn to_file(&self, header_text: &str) -> String {
        // Serializing plain structs of strings, numbers and vectors cannot fail.
        let pretty = serde_json::to_string_pretty(self).unwrap_or_default();
        let text = header_text
            .strip_prefix("@generated ")
            .unwrap_or(header_text);
        let key = serde_json::Value::String(text.to_string()).to_string();
        let body = pretty.strip_prefix('{').unwrap_or(&pretty);
        format!("{{\"@generated\": {key},{body}\n")
    }

    /// Reads a record written by [`Surface::to_file`].
    pub fn parse(text: &str) -> Result<Surface, ReadError> {
        /// The field that says which shape the rest has. Reading it alone first skims the
        /// text without building anything, where a `serde_json::Value` of GitHub's record
        /// was tens of megabytes built only to be read a second time.
        #[derive(Deserialize)]
        struct Format {
            format: Option<serde_json::Value>,
        }
        let Format { format } =
            serde_json::from_str(text).map_err(|e| ReadError(format!("not a JSON object: {e}")))?;
        let format = format.as_ref().and_then(serde_json::Value::as_u64);
        if format != Some(u64::from(FORMAT)) {
            return Err(ReadError(format!(
                "record format {} is not the format {FORMAT} this generator writes",
                format.map_or_else(|| "(none)".to_string(), |f| f.to_string())
            )));
        }
        serde_json::from_str(text).map_err(|e| ReadError(format!("unexpected shape: {e}")))
    }
}

/// A short, stable fingerprint of doc text (FNV-1a, 64 bits): enough to tell that prose
/// changed, without keeping it twice in the repository.
fn hash(text: Option<&str>) -> Option<String> {
    let text = text?;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    Some(format!("{h:016x}"))
}

fn location(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

fn constraints(c: &Constraints) -> ConstraintsRec {
    ConstraintsRec {
        min_length: c.min_length,
        max_length: c.max_length,
        minimum: c.minimum.map(|m| m.0),
        exclusive_minimum: c.minimum.is_some_and(|m| m.1),
        maximum: c.maximum.map(|m| m.0),
        exclusive_maximum: c.maximum.is_some_and(|m| m.1),
        min_items: c.min_items,
        max_items: c.max_items,
        pattern: c.pattern.clone(),
    }
}

fn scheme(s: &ir::SecurityScheme) -> SchemeRec {
    let flow = |name: &str, f: &ir::OAuthFlow| FlowRec {
        flow: name.to_string(),
        token_url: f.token_url.clone(),
        authorization_url: f.authorization_url.clone(),
        scopes: f.scopes.clone(),
    };
    let (kind, flows) = match &s.kind {
        SchemeKind::Bearer {
            client_credentials,
            authorization_code,
        } => {
            let mut flows = Vec::new();
            if let Some(f) = client_credentials {
                flows.push(flow("client_credentials", f));
            }
            if let Some(f) = authorization_code {
                flows.push(flow("authorization_code", f));
            }
            ("bearer".to_string(), flows)
        }
        SchemeKind::Basic => ("basic".to_string(), Vec::new()),
        SchemeKind::Http { scheme } => (format!("http {scheme}"), Vec::new()),
        SchemeKind::ApiKey { location: l, param } => {
            (format!("apiKey {} {param}", location(*l)), Vec::new())
        }
    };
    SchemeRec {
        name: s.name.to_string(),
        kind,
        builder_fn: s.builder_fn.to_string(),
        login_fn: s.login_fn.as_ref().map(ir::RustName::to_string),
        flows,
        docs: hash(s.doc.as_deref()),
    }
}

fn param(p: &ir::Param) -> ParamRec {
    let style = match p.style {
        ParamStyle::Form => "form",
        ParamStyle::SpaceDelimited => "spaceDelimited",
        ParamStyle::PipeDelimited => "pipeDelimited",
        ParamStyle::DeepObject => "deepObject",
        ParamStyle::Simple => "simple",
        ParamStyle::Label => "label",
        ParamStyle::Matrix => "matrix",
    };
    let ty = p.ty.record_text();
    ParamRec {
        name: p.name.to_string(),
        wire_name: p.wire_name.clone(),
        location: location(p.location).to_string(),
        style: match &p.content {
            Some(media_type) => format!("content: {media_type}"),
            None if p.explode => format!("{style}, explode"),
            None => style.to_string(),
        },
        rust_type: if p.required || p.location == ParamLocation::Path {
            ty
        } else {
            format!("Option<{ty}>")
        },
        required: p.required,
        deprecated: p.deprecated,
        constraints: constraints(&p.constraints),
        docs: hash(p.doc.as_deref()),
    }
}

/// The streaming methods an operation has besides its own, as `Client::x` and
/// `calls::X::y`.
fn streams(op: &ir::Operation) -> Vec<String> {
    let builder = |m: &str| op.call_name.as_ref().map(|c| format!("calls::{c}::{m}"));
    let mut out = Vec::new();
    if let Some(paging) = &op.pagination {
        out.push(format!("Client::{}", paging.stream_fn));
        out.extend(builder("pages"));
        out.extend(builder("items"));
    }
    let second = op
        .download_fn
        .as_ref()
        .or(op.stream_mode.as_ref().map(|m| &m.fn_name));
    if let Some(second) = second {
        out.push(format!("Client::{second}"));
        out.extend(builder("send_stream"));
    }
    out
}

fn webhook(h: &ir::Webhook) -> WebhookRec {
    let header = h.header.iter().map(|(k, v)| format!("{k}: {v}"));
    let field = h.field.iter().map(|(k, v)| format!("{k} = {v}"));
    WebhookRec {
        key: h.key.clone(),
        variant: h.variant.to_string(),
        payload: h.payload.record_text(),
        rules: header.chain(field).collect(),
        docs: hash(h.doc.as_deref()),
    }
}

fn operation(op: &ir::Operation) -> OpRec {
    let body = op.body.as_ref().map(|b| {
        let ty = match (&b.encoding, &b.ty) {
            (BodyEncoding::Bytes, _) => "impl Into<Body>".to_string(),
            (_, TypeRef::String) => "&str".to_string(),
            (_, TypeRef::Vec(inner)) => format!("&[{}]", inner.record_text()),
            (_, ty) => format!("&{}", ty.record_text()),
        };
        BodyRec {
            rust_type: if b.required {
                ty
            } else {
                format!("Option<{ty}>")
            },
            media_type: b.content_type.clone(),
            encoding: match b.encoding {
                BodyEncoding::Json => "json",
                BodyEncoding::Form => "form",
                BodyEncoding::Multipart => "multipart",
                BodyEncoding::Bytes => "bytes",
                BodyEncoding::Text => "text",
            }
            .to_string(),
            required: b.required,
            part_types: b.part_types.iter().cloned().collect(),
            docs: hash(b.doc.as_deref()),
        }
    });
    let mut security: Vec<Vec<String>> = op
        .security
        .iter()
        .map(|alt| alt.iter().map(|s| s.name.clone()).collect())
        .collect();
    if security.is_empty() {
        security.push(Vec::new());
    }
    OpRec {
        rust: op.fn_name.to_string(),
        id: op.id.clone(),
        method: op.method.as_str().to_string(),
        path: op.path.clone(),
        deprecated: op.deprecated,
        docs: hash(op.doc.as_deref()),
        path_params: op.path_params.iter().map(param).collect(),
        params: op.params.iter().map(param).collect(),
        args_struct: op.args_name.as_ref().map(ir::RustName::to_string),
        call_builder: op.call_name.as_ref().map(ir::RustName::to_string),
        streams: streams(op),
        params_struct: None,
        body,
        response: match &op.success {
            Success::Empty => "()".to_string(),
            Success::Json(ty) => ty.record_text(),
            Success::Text => "String".to_string(),
            Success::Bytes => "Bytes".to_string(),
            Success::Events { data, .. } => format!("EventStream<{}>", data.record_text()),
            Success::JsonLines(ty) => format!("JsonLines<{}>", ty.record_text()),
        },
        error_enum: op.error_name.to_string(),
        errors: op
            .errors
            .iter()
            .map(|e| ErrorRec {
                variant: e.variant.to_string(),
                status: match e.status {
                    StatusMatch::Code(c) => c.to_string(),
                    StatusMatch::Range(d) => format!("{d}XX"),
                },
                body: e.body.as_ref().map(TypeRef::record_text),
                docs: hash(e.doc.as_deref()),
            })
            .collect(),
        security,
    }
}

fn field(f: &ir::Field) -> FieldRec {
    let mut ty = f.ty.record_text();
    if f.boxed {
        ty = format!("Box<{ty}>");
    }
    if f.nullable {
        ty = format!("Option<{ty}>");
    }
    if !f.required {
        ty = format!("Option<{ty}>");
    }
    FieldRec {
        name: f.name.to_string(),
        wire_name: f.wire_name.clone(),
        rust_type: ty,
        required: f.required,
        nullable: f.nullable,
        deprecated: f.deprecated,
        constraints: constraints(&f.constraints),
        docs: hash(f.doc.as_deref()),
    }
}

fn type_rec(t: &ir::TypeDef) -> TypeRec {
    let used = [
        (t.usage.in_requests, "request"),
        (t.usage.in_responses, "response"),
    ];
    let mut rec = TypeRec {
        name: t.name.to_string(),
        used_in: used
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, dir)| dir.to_string())
            .collect(),
        deprecated: t.deprecated,
        docs: hash(t.doc.as_deref()),
        ..TypeRec::default()
    };
    let serde_traits = || {
        let u = &t.usage;
        let traits = [
            (u.serializes(), "Serialize"),
            (u.deserializes(), "Deserialize"),
        ];
        Some(
            traits
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, n)| n.to_string())
                .collect(),
        )
    };
    match &t.kind {
        TypeKind::Struct(s) => {
            rec.serde = serde_traits();
            rec.builders = Some(t.usage.has_builders());
            rec.validate = Some(t.usage.has_validate());
            rec.kind = "struct".into();
            rec.constructor = Some(
                match s.constructor {
                    ir::Constructor::Default => "Default",
                    ir::Constructor::New => "new",
                }
                .into(),
            );
            rec.fields = s.fields.iter().map(field).collect();
            rec.additional = s.additional.as_ref().map(TypeRef::record_text);
        }
        TypeKind::Enum(e) => {
            rec.kind = "enum".into();
            rec.repr = Some(
                match e.repr {
                    ir::EnumRepr::String => "string",
                    ir::EnumRepr::Integer => "integer",
                }
                .into(),
            );
            rec.variants = e
                .variants
                .iter()
                .map(|v| VariantRec {
                    name: v.name.to_string(),
                    value: v.value.clone(),
                    docs: hash(v.doc.as_deref()),
                })
                .collect();
            rec.unknown = Some(e.unknown.to_string());
        }
        TypeKind::Alias(ty) => {
            rec.kind = "alias".into();
            rec.alias_of = Some(ty.record_text());
        }
        TypeKind::OneOf(o) => {
            rec.serde = serde_traits();
            rec.kind = "one_of".into();
            rec.one_of = o
                .variants
                .iter()
                .map(|v| VariantRec {
                    name: v.name.to_string(),
                    value: if v.boxed {
                        format!("Box<{}>", v.ty.record_text())
                    } else {
                        v.ty.record_text()
                    },
                    docs: None,
                })
                .collect();
            rec.discriminator = o.discriminator.as_ref().map(|d| d.property.clone());
        }
    }
    rec
}
