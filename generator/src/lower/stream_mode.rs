//! Streams in responses: an event stream's terminator, and the operations that stream or
//! not by a field of their request body (`stream: true`), each mode with its own method.
//! And idempotency keys, the other per-operation fact of how a call is sent.

use super::facts::essence;
use super::operation::OpContext;
use super::paging::Shapes;
use super::{Lowerer, Naming};
use crate::ir::*;
use crate::pointer::child;
use openapiv3 as oa;
use serde_json::Value;

/// Fern's extension for streaming responses.
const FERN: &str = "x-fern-streaming";

/// A streaming media type listed beside the JSON one of the success response, with where
/// its schema is.
pub(super) struct StreamMedia<'a> {
    pub media_type: &'a str,
    pub media: &'a oa::MediaType,
    pub pointer: String,
}

/// The media types whose bodies are read as a stream of items.
pub(super) fn is_stream_media(media_type: &str) -> bool {
    matches!(
        essence(media_type).as_str(),
        "text/event-stream"
            | "application/x-ndjson"
            | "application/ndjson"
            | "application/jsonl"
            | "application/x-jsonlines"
            | "application/jsonlines"
    )
}

/// The terminator of an event stream, as Fern's `x-fern-streaming: {terminator: "[DONE]"}`
/// names it.
pub(super) fn set_terminator(op: &oa::Operation, success: &mut Success) {
    if let Success::Events { done, .. } = success {
        *done = op
            .extensions
            .get(FERN)
            .and_then(|s| s.get("terminator"))
            .and_then(Value::as_str)
            .map(str::to_string);
    }
}

impl<'a> Lowerer<'a> {
    /// The streaming side of an operation that answers with JSON or with a stream as a
    /// field of its JSON body asks: Fern's `stream-condition` names the field and
    /// `response-stream` the events; otherwise a streaming media type beside the JSON one
    /// and a boolean `stream` property say so.
    pub(super) fn stream_mode(
        &mut self,
        cx: &OpContext<'_, '_>,
        body: Option<&Body>,
        success: &Success,
        media: Option<StreamMedia<'a>>,
    ) -> Option<StreamMode> {
        let (op, id, ptr, hint) = (
            cx.op,
            cx.id.as_str(),
            cx.ptr.as_str(),
            cx.type_hint.as_str(),
        );
        let body = body.filter(|b| b.encoding == BodyEncoding::Json)?;
        if !matches!(success, Success::Json(_)) {
            return None;
        }
        let fern = op
            .extensions
            .get(FERN)
            .filter(|f| f.get("stream-condition").is_some());
        let shapes = Shapes {
            types: self.types_so_far(),
            params: &[],
        };
        let has_flag = |name: &str| {
            shapes
                .fields(&body.ty)
                .iter()
                .any(|f| f.wire_name == name && f.ty == TypeRef::Bool)
        };
        let configured = self.overrides.streaming.get(id).map(|s| s.field.clone());
        let (field, mut stream, source, accept) = match (configured, fern) {
            (Some(field), _) if field == "none" => return None,
            (Some(field), _) => {
                let file = crate::overrides::FILE;
                let why = if !has_flag(&field) {
                    format!("`{field}` is not a boolean property of the JSON request body")
                } else if media.is_none() {
                    "the success response lists no event stream or JSON lines beside JSON".into()
                } else {
                    String::new()
                };
                let Some(media) = media.filter(|_| why.is_empty()) else {
                    self.warn(
                        ptr,
                        format!("{file}: [streaming.{id}] is not followed: {why}"),
                    );
                    return None;
                };
                let accept = Some(media.media_type.to_string());
                (
                    field,
                    self.stream_success(media, hint)?,
                    "as `generator.toml` says",
                    accept,
                )
            }
            (None, Some(fern)) => {
                let fptr = child(ptr, FERN);
                let condition = fern
                    .get("stream-condition")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                let Some(field) = condition.strip_prefix("$request.").filter(|f| has_flag(f))
                else {
                    self.warn(
                        &child(&fptr, "stream-condition"),
                        format!(
                            "`{condition}` is not a boolean property of the request body, as \
                             `$request.<property>`: only the JSON method is generated"
                        ),
                    );
                    return None;
                };
                let (events, accept) = match fern.get("response-stream") {
                    Some(schema) => (self.fern_events(fern, schema, &fptr, hint)?, None),
                    None => {
                        let media = media?;
                        let accept = media.media_type.to_string();
                        (self.stream_success(media, hint)?, Some(accept))
                    }
                };
                (
                    field.to_string(),
                    events,
                    "as the spec's `x-fern-streaming` says",
                    accept,
                )
            }
            (None, None) if has_flag("stream") => {
                let media = media?;
                let source = if essence(media.media_type) == "text/event-stream" {
                    "the spec lists an event stream beside JSON, and the body has a boolean `stream`"
                } else {
                    "the spec lists JSON lines beside JSON, and the body has a boolean `stream`"
                };
                let accept = Some(media.media_type.to_string());
                (
                    "stream".to_string(),
                    self.stream_success(media, hint)?,
                    source,
                    accept,
                )
            }
            (None, None) => return None,
        };
        set_terminator(op, &mut stream);
        Some(StreamMode {
            field,
            success: stream,
            source,
            accept,
            fn_name: RustName::default(),
        })
    }

    /// A streaming media type's success: events (text data without a schema) or lines.
    pub(super) fn stream_success(&mut self, media: StreamMedia<'a>, hint: &str) -> Option<Success> {
        let events = essence(media.media_type) == "text/event-stream";
        let item = match &media.media.schema {
            Some(s) => {
                self.schema_or_ref(s, &media.pointer, Naming::Context(format!("{hint} Item")))?
            }
            None if events => TypeRef::String,
            None => TypeRef::Json,
        };
        Some(stream_of(events, item))
    }

    /// The events of Fern's `response-stream` schema; `format: json` is JSON lines.
    fn fern_events(
        &mut self,
        fern: &Value,
        schema: &Value,
        fptr: &str,
        hint: &str,
    ) -> Option<Success> {
        let sptr = child(fptr, "response-stream");
        let schema: oa::ReferenceOr<oa::Schema> = match serde_json::from_value(schema.clone()) {
            Ok(s) => s,
            Err(e) => {
                self.warn(
                    &sptr,
                    format!("not a schema ({e}): only the JSON method is generated"),
                );
                return None;
            }
        };
        let item = self.schema_or_ref(
            &schema,
            &sptr,
            Naming::Context(format!("{hint} Stream Item")),
        )?;
        let events = fern.get("format").and_then(Value::as_str) != Some("json");
        Some(stream_of(events, item))
    }
}

/// Events of `item`, or lines of it; values in a format have no serde impls of their own,
/// so an event's data is then its text, a line its JSON.
fn stream_of(events: bool, item: TypeRef) -> Success {
    match (events, item.in_format()) {
        (true, true) => Success::Events {
            data: TypeRef::String,
            done: None,
        },
        (true, false) => Success::Events {
            data: item,
            done: None,
        },
        (false, true) => Success::JsonLines(TypeRef::Json),
        (false, false) => Success::JsonLines(item),
    }
}

impl Lowerer<'_> {
    /// The operation's idempotency key: a declared `Idempotency-Key` (or
    /// `X-Idempotency-Key`) header parameter, Fern's
    /// `x-fern-idempotent: true`, or a header `generator.toml` names.
    pub(super) fn idempotency(
        &self,
        cx: &OpContext<'_, '_>,
        params: &[Param],
    ) -> Option<IdempotencyKey> {
        let configured = self.overrides.idempotency.get(&cx.id);
        let header = match configured {
            Some(header) => header.clone(),
            None if cx.op.extensions.get("x-fern-idempotent") == Some(&Value::Bool(true)) => {
                IDEMPOTENCY_KEY.to_string()
            }
            None => params
                .iter()
                .find(|p| KEY_HEADERS.iter().any(|h| is_key_param(p, h)))?
                .wire_name
                .clone(),
        };
        let param = params
            .iter()
            .find(|p| is_key_param(p, &header))
            .map(|p| p.name.clone());
        Some(IdempotencyKey { header, param })
    }
}

/// The header idempotency keys are sent in (the IETF draft's and Stripe's).
const IDEMPOTENCY_KEY: &str = "Idempotency-Key";
/// The headers a declared key parameter is recognised by: the IETF draft's, and Open
/// Banking UK's `x-idempotency-key`.
const KEY_HEADERS: [&str; 2] = [IDEMPOTENCY_KEY, "X-Idempotency-Key"];

/// A string header parameter named `header`, whose value the caller may give.
fn is_key_param(p: &Param, header: &str) -> bool {
    p.location == ParamLocation::Header
        && p.wire_name.eq_ignore_ascii_case(header)
        && p.ty == TypeRef::String
}
