//! Operations: their parameters, bodies, responses and errors.

use super::*;

/// An HTTP method an operation uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    /// GET.
    Get,
    /// PUT.
    Put,
    /// POST.
    Post,
    /// DELETE.
    Delete,
    /// OPTIONS.
    Options,
    /// HEAD.
    Head,
    /// PATCH.
    Patch,
    /// TRACE.
    Trace,
}

impl Method {
    /// The method from a path item key (`get`, `put`, ...).
    pub fn from_key(key: &str) -> Option<Method> {
        Some(match key {
            "get" => Method::Get,
            "put" => Method::Put,
            "post" => Method::Post,
            "delete" => Method::Delete,
            "options" => Method::Options,
            "head" => Method::Head,
            "patch" => Method::Patch,
            "trace" => Method::Trace,
            _ => return None,
        })
    }

    /// The method as sent, in upper case.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
}

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In the `Cookie` header.
    Cookie,
}

/// One operation: a method on the client.
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    /// The Rust method name.
    pub fn_name: RustName,
    /// The operationId, or the name derived from method and path.
    pub id: String,
    /// The name of the operation's error enum.
    pub error_name: RustName,
    /// The struct (in `calls`) that takes the required inputs by name, when two of them
    /// would otherwise be positional arguments of the same type and could be swapped
    /// silently. `None`: they are the method's arguments.
    pub args_name: Option<RustName>,
    /// The request builder (in `calls`) the method returns when the operation has
    /// optional inputs, set by name; `None`: the method's own `Sending` is awaited.
    pub call_name: Option<RustName>,
    /// The name of the operation's type in the `mock` module (`GetPetOperation`).
    pub mock_name: RustName,
    /// The name of the operation's `Operation` static (`GET_PET_OPERATION`), which the
    /// client and the mock module share.
    pub static_name: String,
    /// HTTP method.
    pub method: Method,
    /// The path template as written in the spec.
    pub path: String,
    /// The path split into segments.
    pub segments: Vec<Segment>,
    /// Summary and description.
    pub doc: Option<String>,
    /// The summary alone, on one line, for tables.
    pub summary: Option<String>,
    /// Marked `deprecated`.
    pub deprecated: bool,
    /// Path parameters, in the order they appear in the path.
    pub path_params: Vec<Param>,
    /// Query, header and cookie parameters, in spec order.
    pub params: Vec<Param>,
    /// The request body, in the media type the client prefers (JSON first).
    pub body: Option<Body>,
    /// The request body in each other media type the spec lists, in spec order, each sent
    /// by a method of its own.
    pub other_bodies: Vec<OtherBody>,
    /// What a 2xx response holds.
    pub success: Success,
    /// The status of that response (200 for `2XX` or when the spec declares none).
    pub success_status: u16,
    /// The media type of that response's body, asked for with `Accept`: a server that
    /// offers several (JSON and XML, say) otherwise picks its own first.
    pub accept: Option<String>,
    /// Declared non-2xx responses.
    pub errors: Vec<ErrorCase>,
    /// Description of the `default` response, if declared.
    pub default_doc: Option<String>,
    /// Security requirements: any one inner list (all of its schemes) suffices. Empty means
    /// no credentials; an empty inner list means credentials are optional.
    pub security: Vec<Vec<SchemeUse>>,
    /// Where the operation is.
    pub pointer: String,
    /// The spec's `tags`, in spec order.
    pub tags: Vec<String>,
    /// The cargo features it is compiled under (any of them); empty: always.
    pub gate: Vec<String>,
    /// Its items' gate module in each file, an index into [`Api::gate_modules`].
    pub module: Option<usize>,
    /// How it pages, when it is a list operation that does.
    pub pagination: Option<Pagination>,
    /// For a binary download: the method that streams its body instead of reading it
    /// whole (`get_file_stream`).
    pub download_fn: Option<RustName>,
    /// For an operation that streams or not by a field of its JSON body (`stream: true`):
    /// the method that streams. The operation's own method sends the field `false`.
    pub stream_mode: Option<StreamMode>,
    /// The idempotency key the operation sends, which makes its retries safe.
    pub idempotency: Option<IdempotencyKey>,
}

/// An idempotency key: a header sent with the same value on every attempt of a call.
#[derive(Clone, Debug, PartialEq)]
pub struct IdempotencyKey {
    /// The header (`Idempotency-Key`).
    pub header: String,
    /// The declared header parameter that lets the caller give the key (its Rust name);
    /// without one, or when the caller gives none, each call makes a random UUID.
    pub param: Option<RustName>,
}

/// The streaming side of an operation that answers either way, by a request field.
#[derive(Clone, Debug, PartialEq)]
pub struct StreamMode {
    /// The body property that asks for the stream, on the wire (`stream`).
    pub field: String,
    /// What the streaming answer holds: events or JSON lines.
    pub success: Success,
    /// What said so, as the docs say it: `generator.toml`, `x-fern-streaming`, or a
    /// streaming media type beside JSON and a boolean `stream` property.
    pub source: &'static str,
    /// The streaming media type asked for with `Accept`, where the spec lists it.
    pub accept: Option<String>,
    /// The method that streams (`create_completion_stream`).
    pub fn_name: RustName,
}

/// A request body in another media type than the operation's preferred one.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherBody {
    /// The client method that sends it (`create_pet_form`).
    pub fn_name: RustName,
    /// That method's request builder, as [`Operation::call_name`] is the operation's.
    pub call_name: Option<RustName>,
    /// The body.
    pub body: Body,
}

impl Operation {
    /// The `#[cfg]` gate on its own items (see [`own_gate`]).
    pub fn own_gate(&self) -> &[String] {
        own_gate(&self.gate, self.module)
    }

    /// The request bodies: the preferred one, then the others.
    pub fn bodies(&self) -> impl Iterator<Item = &Body> {
        self.body
            .iter()
            .chain(self.other_bodies.iter().map(|o| &o.body))
    }

    /// [`bodies`](Self::bodies), to change them.
    pub fn bodies_mut(&mut self) -> impl Iterator<Item = &mut Body> {
        self.body
            .iter_mut()
            .chain(self.other_bodies.iter_mut().map(|o| &mut o.body))
    }

    /// The operation as the method that sends its body in another media type sees it:
    /// the same call, under that method's name and with that body.
    pub fn with_other_body(&self, other: &OtherBody) -> Operation {
        let note = format!(
            "Sends the request body as `{}`; [`{}`](Self::{}) sends it as `{}`.",
            other.body.content_type,
            self.fn_name.bare(),
            self.fn_name.bare(),
            self.body.as_ref().map_or("", |b| b.content_type.as_str()),
        );
        Operation {
            fn_name: other.fn_name.clone(),
            call_name: other.call_name.clone(),
            body: Some(other.body.clone()),
            other_bodies: Vec::new(),
            // Only the operation's own method pages, or streams a download.
            pagination: None,
            download_fn: None,
            stream_mode: None,
            doc: Some(match &self.doc {
                Some(doc) => format!("{doc}\n\n{note}"),
                None => note,
            }),
            ..self.clone()
        }
    }

    /// The inputs a caller must give: path parameters in path order, then the required
    /// query, header and cookie parameters in spec order. The body comes after them.
    pub fn required_params(&self) -> impl Iterator<Item = &Param> {
        self.path_params
            .iter()
            .chain(self.params.iter().filter(|p| p.required))
    }

    /// The parameters a caller may leave out: setters of the request builder.
    pub fn optional_params(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|p| !p.required)
    }

    /// True when some input may be left out, so the method returns a request builder.
    pub fn has_optional_inputs(&self) -> bool {
        self.optional_params().next().is_some() || self.body.as_ref().is_some_and(|b| !b.required)
    }

    /// This operation's methods: its own, then one per other media type of its body.
    pub fn methods(&self) -> impl Iterator<Item = std::borrow::Cow<'_, Operation>> {
        std::iter::once(std::borrow::Cow::Borrowed(self)).chain(
            self.other_bodies
                .iter()
                .map(|o| std::borrow::Cow::Owned(self.with_other_body(o))),
        )
    }
}

/// A path segment.
#[derive(Clone, Debug, PartialEq)]
pub enum Segment {
    /// Fixed text.
    Literal(String),
    /// Text with parameters, e.g. `{id}` or `{name}.json`: a format string and its arguments.
    Template {
        /// `format!` string with `{}` for each parameter; literal braces are escaped.
        format: String,
        /// Rust names of the path parameters, in order.
        params: Vec<String>,
    },
}

/// The OpenAPI parameter serialization styles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamStyle {
    /// `form` (query, cookie default).
    Form,
    /// `spaceDelimited` (query arrays and objects).
    SpaceDelimited,
    /// `pipeDelimited` (query arrays and objects).
    PipeDelimited,
    /// `deepObject` (query objects).
    DeepObject,
    /// `simple` (path, header default).
    Simple,
    /// `label` (path).
    Label,
    /// `matrix` (path).
    Matrix,
}

/// An operation parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Rust name.
    pub name: RustName,
    /// Name on the wire.
    pub wire_name: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// Its type.
    pub ty: TypeRef,
    /// Required.
    pub required: bool,
    /// For arrays in the query: one pair per item (`explode: true`) or one comma list.
    pub explode: bool,
    /// How the value is serialized (`style`).
    pub style: ParamStyle,
    /// Docs.
    pub doc: Option<String>,
    /// Marked deprecated.
    pub deprecated: bool,
    /// Validation.
    pub constraints: Constraints,
    /// The media type of a parameter described by `content` (always JSON): the value is
    /// sent as its JSON text, and `style` does not apply.
    pub content: Option<String>,
}

/// How a request body is encoded.
#[derive(Clone, Debug, PartialEq)]
pub enum BodyEncoding {
    /// `application/json` and `+json` types.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`: one part per field of the named struct.
    Multipart,
    /// Any other media type: bytes sent as they are.
    Bytes,
    /// `text/*`.
    Text,
}

/// A request body.
#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    /// Rust type.
    pub ty: TypeRef,
    /// The media type sent as `Content-Type`.
    pub content_type: String,
    /// The key of the spec's `content` this body comes from; differs from `content_type`
    /// for a wildcard such as `*/*`, sent as JSON.
    pub spec_media_type: String,
    /// How it is encoded.
    pub encoding: BodyEncoding,
    /// `required: true`.
    pub required: bool,
    /// Docs.
    pub doc: Option<String>,
    /// `encoding.<part>.contentType` of a multipart body, by part name.
    pub part_types: Vec<(String, String)>,
    /// `encoding.<property>.style` and `explode` of a form body, by property name, for
    /// properties whose encoding is not the default (`form`, exploded).
    pub form_styles: Vec<(String, ParamStyle, bool)>,
    /// Multipart bodies of a struct type: one part per field, each with the media type of
    /// its `encoding` (filled in by the lowering's last pass).
    pub parts: Vec<Part>,
    /// The body schema's keywords, with the media type's examples first among its hints;
    /// default unless lowered with hints. No emitter reads them (a body is checked by its
    /// type's `validate`); the contract harness does.
    pub constraints: Constraints,
}

/// One part of a multipart body.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// The struct field it comes from.
    pub field: Field,
    /// `encoding.<name>.contentType`, for file parts.
    pub content_type: Option<String>,
}

/// How a response body is decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum Success {
    /// No body: `()`.
    Empty,
    /// JSON of the given type.
    Json(TypeRef),
    /// Text.
    Text,
    /// Bytes.
    Bytes,
    /// `text/event-stream`: server-sent events whose data is of the given type (a string
    /// when the spec gives no JSON type), read as they arrive.
    Events {
        /// The type of one event's data.
        data: TypeRef,
        /// The data that ends the stream (`[DONE]`), when the spec names one.
        done: Option<String>,
    },
    /// JSON lines (`application/x-ndjson`, `application/jsonl`): a value of the given
    /// type per line, read as they arrive.
    JsonLines(TypeRef),
}

impl Success {
    /// The type of the JSON values the body holds, whole or item by item.
    pub fn json_type(&self) -> Option<&TypeRef> {
        match self {
            Success::Json(ty) | Success::JsonLines(ty) | Success::Events { data: ty, .. } => {
                Some(ty)
            }
            Success::Empty | Success::Text | Success::Bytes => None,
        }
    }

    /// [`json_type`](Self::json_type), to change it.
    pub fn json_type_mut(&mut self) -> Option<&mut TypeRef> {
        match self {
            Success::Json(ty) | Success::JsonLines(ty) | Success::Events { data: ty, .. } => {
                Some(ty)
            }
            Success::Empty | Success::Text | Success::Bytes => None,
        }
    }

    /// The body is read as a stream, not whole.
    pub fn streamed(&self) -> bool {
        matches!(self, Success::Events { .. } | Success::JsonLines(_))
    }
}

/// A declared non-2xx response.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorCase {
    /// Variant name.
    pub variant: RustName,
    /// Status code, or the first digit of a range such as `4XX`.
    pub status: StatusMatch,
    /// Description.
    pub doc: Option<String>,
    /// JSON body type, when the spec declares one.
    pub body: Option<TypeRef>,
}

/// Which statuses an error case covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusMatch {
    /// One code.
    Code(u16),
    /// A range such as `5XX`.
    Range(u16),
}
