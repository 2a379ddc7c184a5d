//! Operations: parameters, path segments, request bodies and responses.

use super::facts::{
    encoding_of, essence, is_wildcard, location_of, pick_media, schema_doc, status_name,
};
use super::stream_mode::{StreamMedia, is_stream_media, set_terminator};
use super::{Failed, Lowerer, Naming};
use crate::diag::Diagnostic;
use crate::docs::doc;
use crate::ir::*;
use crate::names::{Namespace, type_name, value_name};
use crate::pointer::{child, pointer};
use openapiv3::{self as oa, ReferenceOr, StatusCode};

/// Names shared by all operations, handed out in spec order.
#[derive(Default)]
struct OpNamespaces {
    fns: Namespace,
    errors: Namespace,
    /// Args structs and request builders, which share the `calls` module.
    calls: Namespace,
}

/// What lowering one operation needs to know about where it is.
pub(super) struct OpContext<'a, 's> {
    path: &'a str,
    pub(super) method: Method,
    pub(super) op: &'a oa::Operation,
    /// The path item's parameters, which the operation's own override.
    shared_params: &'a [ReferenceOr<oa::Parameter>],
    /// Where the path item's parameters are written.
    item_ptr: String,
    /// Where the operation is written.
    pub(super) ptr: String,
    pub(super) id: String,
    /// The base of names of types hoisted from the operation.
    pub(super) type_hint: String,
    schemes: &'s [SecurityScheme],
}

/// True when two of the operation's required inputs would be positional arguments of
/// one Rust type, which a caller could swap without the compiler noticing.
fn swappable(op: &Operation) -> bool {
    let mut types: Vec<&TypeRef> = op.required_params().map(|p| &p.ty).collect();
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        types.push(&body.ty);
    }
    types
        .iter()
        .enumerate()
        .any(|(i, t)| types[i + 1..].contains(t))
}

impl<'a> Lowerer<'a> {
    pub(super) fn operations(&mut self, schemes: &[SecurityScheme]) -> Vec<Operation> {
        let mut names = OpNamespaces {
            // The client's own methods are taken: an operation called `config` is `config_2`.
            fns: Namespace::with_reserved(CLIENT_OWN_METHODS),
            errors: Namespace::with_reserved(&["Error"]),
            ..OpNamespaces::default()
        };
        let mut out = Vec::new();
        let spec = self.spec;
        for (path, item) in &spec.paths.paths {
            let path_ptr = pointer(["paths", path.as_str()]);
            // A path item may be a `$ref` to any path item in the document.
            let (item, item_ptr) = match self.refs.resolve(item, &path_ptr) {
                Ok(target) => (target.value, target.pointer),
                Err(d) => {
                    let d = self.soften(d, "its operations are left out");
                    self.diags.push(d);
                    continue;
                }
            };
            for (key, op) in item.iter() {
                let Some(method) = Method::from_key(key) else {
                    continue;
                };
                let id = op
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{key} {path}"));
                let cx = OpContext {
                    path,
                    method,
                    op,
                    shared_params: &item.parameters,
                    ptr: child(&path_ptr, key),
                    item_ptr: item_ptr.clone(),
                    type_hint: type_name(&id, "Op"),
                    id,
                    schemes,
                };
                // Names are claimed whether or not the operation lowers, so leaving one out
                // under `--skip-unsupported` does not rename the others.
                let method = self.overrides.methods.get(&cx.id).unwrap_or(&cx.id);
                let fn_name = names.fns.claim(value_name(method, "op"));
                let error_name = names
                    .errors
                    .claim(type_name(&format!("{} error", cx.id), "Op"));
                if let Ok(mut o) = self.operation(&cx) {
                    o.fn_name = fn_name.into();
                    o.error_name = error_name.into();
                    if swappable(&o) {
                        let name = type_name(&format!("{} args", cx.id), "Op");
                        o.args_name = Some(names.calls.claim(name).into());
                    }
                    out.push(o);
                }
            }
        }
        // The methods for other media types are named after every operation's own
        // method, so that they never rename one: `create_pet` sends JSON, `create_pet_form`
        // the same body form-encoded.
        for o in &mut out {
            let base = o.fn_name.bare().to_string();
            for other in &mut o.other_bodies {
                other.fn_name = names
                    .fns
                    .claim(value_name(&format!("{base} {}", other.fn_name), "op"))
                    .into();
            }
        }
        // Request builders are named after the methods that return them, so they come
        // once every method is named.
        for o in &mut out {
            // A list that pages takes its cursor through the builder, so it has one.
            let optional_params = o.optional_params().next().is_some() || o.pagination.is_some();
            let mut call_name = |fn_name: &RustName, body: Option<&Body>| {
                let optional = optional_params || body.is_some_and(|b| !b.required);
                optional.then(|| {
                    let name = type_name(&format!("{} call", fn_name.bare()), "Op");
                    RustName::from(names.calls.claim(name))
                })
            };
            o.call_name = call_name(&o.fn_name, o.body.as_ref());
            if let Some(paging) = &mut o.pagination {
                let name = value_name(&format!("{} stream", o.fn_name.bare()), "op");
                paging.stream_fn = names.fns.claim(name).into();
            }
            if let Some(mode) = &mut o.stream_mode {
                let name = value_name(&format!("{} stream", o.fn_name.bare()), "op");
                mode.fn_name = names.fns.claim(name).into();
            }
            if o.success == Success::Bytes {
                let name = value_name(&format!("{} stream", o.fn_name.bare()), "op");
                o.download_fn = Some(names.fns.claim(name).into());
            }
            for other in &mut o.other_bodies {
                other.call_name = call_name(&other.fn_name, Some(&other.body));
            }
        }
        out
    }

    /// One operation, or `Err` when something it needs failed (already reported).
    fn operation(&mut self, cx: &OpContext<'a, '_>) -> Result<Operation, Failed> {
        let (path_params, params, params_ok) = self.parameters(cx);
        let mut path_params = path_params;
        let segments = self.segments(cx.path, &mut path_params, &cx.ptr);
        let body = match &cx.op.request_body {
            Some(b) => self.body(b, &child(&cx.ptr, "requestBody"), &cx.type_hint),
            None => Ok((None, Vec::new())),
        };
        let responses = self.responses(
            &cx.op.responses,
            &child(&cx.ptr, "responses"),
            &cx.type_hint,
        );
        let security = self.op_security(cx.op, &cx.ptr, cx.schemes);
        // Every part is lowered before failing, so one run reports all of an operation's
        // problems.
        let segments = segments?;
        let (body, other_bodies) = body?;
        let responses = responses?;
        let security = security?;
        params_ok?;
        let mut success = responses.success;
        set_terminator(cx.op, &mut success);
        let pagination = self.paging(cx, &params, &success, responses.link_header);
        let stream_mode = self.stream_mode(cx, body.as_ref(), &success, responses.stream_media);
        let idempotency = self.idempotency(cx, &params);
        let mut doc = doc(&[cx.op.summary.as_deref(), cx.op.description.as_deref()]);
        if let Some(key) = &idempotency {
            let note = format!(
                "Each call sends an `{}` header, the same on every attempt ({}), so the client \
                 retries it as it does an idempotent call.",
                key.header,
                if key.param.is_some() {
                    "the one you set, else a random UUID"
                } else {
                    "a random UUID"
                }
            );
            doc = Some(doc.map_or(note.clone(), |d| format!("{d}\n\n{note}")));
        }
        Ok(Operation {
            fn_name: RustName::default(),
            id: cx.id.clone(),
            error_name: RustName::default(),
            args_name: None,
            call_name: None,
            mock_name: RustName::default(),
            static_name: String::new(),
            method: cx.method,
            path: cx.path.to_string(),
            segments,
            doc,
            summary: cx
                .op
                .summary
                .as_deref()
                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|s| !s.is_empty()),
            deprecated: cx.op.deprecated,
            path_params,
            params,
            body,
            // Named once every operation has its name (see `operations`).
            other_bodies,
            success,
            success_status: responses.success_status,
            accept: responses.accept,
            errors: responses.errors,
            default_doc: responses.default_doc,
            security,
            pointer: cx.ptr.clone(),
            tags: cx.op.tags.clone(),
            gate: Vec::new(),
            module: None,
            pagination,
            // Named once every operation has its name (see `operations`).
            download_fn: None,
            stream_mode,
            idempotency,
        })
    }

    /// Path parameters and the others, after operation parameters override path-item
    /// ones with the same name and location.
    fn parameters(
        &mut self,
        cx: &OpContext<'a, '_>,
    ) -> (Vec<Param>, Vec<Param>, Result<(), Failed>) {
        let mut names = Namespace::with_reserved(PARAM_RESERVED);
        let mut path_params = Vec::new();
        let mut params = Vec::new();
        let (merged, mut ok) = self.merged_params(cx);
        for (pptr, param) in merged {
            match self.param(cx, pptr, param, &mut names) {
                Ok(Some(param)) if param.location == ParamLocation::Path => path_params.push(param),
                Ok(Some(param)) => params.push(param),
                Ok(None) => {}
                Err(failed) => ok = Err(failed),
            }
        }
        (path_params, params, ok)
    }

    /// The parameters that apply, each with where it is written: an operation's own
    /// override the path item's with the same name and location.
    fn merged_params(
        &mut self,
        cx: &OpContext<'a, '_>,
    ) -> (Vec<(String, &'a oa::Parameter)>, Result<(), Failed>) {
        let mut ok = Ok(());
        let mut merged: Vec<(String, &'a oa::Parameter)> = Vec::new();
        let sources = cx
            .shared_params
            .iter()
            .enumerate()
            .map(|(i, p)| (child(&child(&cx.item_ptr, "parameters"), &i.to_string()), p))
            .chain(
                cx.op
                    .parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (child(&child(&cx.ptr, "parameters"), &i.to_string()), p)),
            );
        for (pptr, p) in sources {
            let param = match self.refs.resolve(p, &pptr) {
                Ok(target) => target.value,
                Err(d) => {
                    ok = Err(self.broken_op_ref(d));
                    continue;
                }
            };
            let key = (param.parameter_data_ref().name.clone(), location_of(param));
            merged.retain(|(_, q)| (q.parameter_data_ref().name.clone(), location_of(q)) != key);
            merged.push((pptr, param));
        }
        (merged, ok)
    }

    /// One parameter, or none for one OpenAPI says to ignore.
    fn param(
        &mut self,
        cx: &OpContext<'a, '_>,
        pptr: String,
        param: &'a oa::Parameter,
        names: &mut Namespace,
    ) -> Result<Option<Param>, Failed> {
        let data = param.parameter_data_ref();
        let location = location_of(param);
        // OpenAPI: a header parameter named Content-Type "SHALL be ignored". The client
        // sends the body's media type, and a request without a body has no content to
        // type (zuora declares one on bodiless calls, and Prism cannot parse the value).
        if location == ParamLocation::Header && data.name.eq_ignore_ascii_case("content-type") {
            self.diags.push(Diagnostic::warning(
                pptr,
                "a header parameter named Content-Type is ignored, as OpenAPI says: the \
                 client sends the media type of the body it sends",
            ));
            return Ok(None);
        }
        let (style, explode) = style_of(param, data);
        let (schema, schema_ptr, content) = self.param_schema(data, &pptr)?;
        let hint = format!("{} {}", cx.type_hint, data.name);
        let Some(ty) = self.schema_or_ref(schema, &schema_ptr, Naming::Context(hint)) else {
            return Err(Failed);
        };
        // A parameter is text on the wire: `format: binary` there is a string, not
        // the bytes of a file part.
        let ty = match ty {
            TypeRef::Bytes => TypeRef::String,
            TypeRef::Vec(item) if *item == TypeRef::Bytes => {
                TypeRef::Vec(Box::new(TypeRef::String))
            }
            other => other,
        };
        let (mut constraints, schema_doc_text) = match schema {
            ReferenceOr::Item(s) => (self.schema_constraints(s, &schema_ptr), schema_doc(s)),
            // A constrained scalar behind a `$ref` keeps its constraints.
            ReferenceOr::Reference { reference } => {
                (self.ref_constraints(reference, &schema_ptr), None)
            }
        };
        let example = data.example.as_ref();
        self.add_own_example(&mut constraints, example, &data.examples, &pptr);
        let is_path = location == ParamLocation::Path;
        let rust = names.claim(value_name(&data.name, "param"));
        Ok(Some(Param {
            name: rust.into(),
            wire_name: data.name.clone(),
            location,
            ty,
            required: data.required || is_path,
            explode,
            style,
            doc: doc(&[data.description.as_deref()]).or(schema_doc_text),
            deprecated: data.deprecated.unwrap_or(false),
            constraints,
            content,
        }))
    }

    /// A parameter's schema, where it is written, and the media type it is sent as when
    /// `content` describes it.
    fn param_schema(
        &mut self,
        data: &'a oa::ParameterData,
        pptr: &str,
    ) -> Result<(&'a ReferenceOr<oa::Schema>, String, Option<String>), Failed> {
        // A parameter described by `content` (LoopBack's `filter`, JSON in the query
        // string) is sent as that media type's text; JSON is the one the client writes.
        match &data.format {
            oa::ParameterSchemaOrContent::Schema(s) => Ok((s, child(pptr, "schema"), None)),
            oa::ParameterSchemaOrContent::Content(content) => {
                let json = match content.iter().next() {
                    Some((mt, m))
                        if content.len() == 1 && encoding_of(mt) == BodyEncoding::Json =>
                    {
                        m.schema.as_ref().map(|s| (mt, s))
                    }
                    _ => None,
                };
                let Some((mt, s)) = json else {
                    return Err(self.unsupported(
                        &child(pptr, "content"),
                        "a parameter described by `content` other than one JSON media type with a schema",
                    ));
                };
                let at = child(&child(&child(pptr, "content"), mt), "schema");
                Ok((s, at, Some(mt.clone())))
            }
        }
    }

    /// The path split into segments; path parameters end up in the order the path names
    /// them, so arguments read like the URL.
    fn segments(
        &mut self,
        path: &str,
        path_params: &mut Vec<Param>,
        ptr: &str,
    ) -> Result<Vec<Segment>, Failed> {
        let mut ok = Ok(());
        let mut out = Vec::new();
        let mut used = Vec::new();
        for raw in path.split('/').filter(|s| !s.is_empty()) {
            if !raw.contains('{') {
                out.push(Segment::Literal(raw.to_string()));
                continue;
            }
            let mut format = String::new();
            let mut params = Vec::new();
            let mut rest = raw;
            while let Some(open) = rest.find('{') {
                format.push_str(&rest[..open].replace('}', "}}"));
                let Some(close) = rest[open..].find('}') else {
                    self.error(
                        ptr,
                        format!("path `{path}` has an unclosed `{{`"),
                        "close the parameter with `}`",
                    );
                    return Err(Failed);
                };
                let name = &rest[open + 1..open + close];
                match path_params.iter().find(|p| p.wire_name == name) {
                    Some(p) => {
                        format.push_str("{}");
                        params.push(p.name.to_string());
                        used.push(name.to_string());
                    }
                    None => {
                        // With `--skip-unsupported` this costs the operation, not the spec.
                        let d = Diagnostic::error(
                            ptr,
                            format!("path parameter `{{{name}}}` is not declared"),
                        )
                        .with_help(format!("add a parameter with `name: {name}` and `in: path` to the operation or its path item"));
                        self.diags.push(self.soften(d, "the operation is left out"));
                        ok = Err(Failed);
                    }
                }
                rest = &rest[open + close + 1..];
            }
            format.push_str(&rest.replace('{', "{{").replace('}', "}}"));
            out.push(Segment::Template { format, params });
        }
        // A trailing slash is part of the path (`/items/` is another resource than
        // `/items`, and servers route them apart): an empty last segment keeps it.
        if path.len() > 1 && path.ends_with('/') {
            out.push(Segment::Literal(String::new()));
        }
        // Order path parameters as they appear in the path, so arguments read like the URL.
        let unused: Vec<String> = path_params
            .iter()
            .filter(|p| !used.contains(&p.wire_name))
            .map(|p| p.wire_name.clone())
            .collect();
        for name in unused {
            self.diags.push(Diagnostic::warning(
                ptr,
                format!(
                    "path parameter `{name}` does not appear in the path `{path}`; it is ignored"
                ),
            ));
        }
        path_params.retain(|p| used.contains(&p.wire_name));
        path_params.sort_by_key(|p| used.iter().position(|u| *u == p.wire_name));
        ok.map(|()| out)
    }

    /// The request body, in the media type the client sends (`None` when the spec gives
    /// no content).
    /// The request body in the media type the client prefers (JSON, then forms, text,
    /// anything else), and in each other media type the spec lists, named for now by the
    /// word its method adds (`form`, `text`, `xml`).
    pub(super) fn body(
        &mut self,
        b: &'a ReferenceOr<oa::RequestBody>,
        ptr: &str,
        hint: &str,
    ) -> Result<(Option<Body>, Vec<OtherBody>), Failed> {
        let target = self
            .refs
            .resolve(b, ptr)
            .map_err(|d| self.broken_op_ref(d))?;
        let body = target.value;
        let ptr = target.pointer.as_str();
        let Some((preferred, _)) = pick_media(&body.content) else {
            return Ok((None, Vec::new()));
        };
        let main = self.media_body(body, preferred, ptr, hint)?;
        let mut others = Vec::new();
        let mut suffixes = Namespace::default();
        suffixes.claim(media_suffix(preferred));
        for media_type in body.content.keys().filter(|mt| *mt != preferred) {
            let suffix = suffixes.claim(media_suffix(media_type));
            let other = self.media_body(body, media_type, ptr, &format!("{hint} {suffix}"))?;
            others.push(OtherBody {
                fn_name: suffix.into(),
                call_name: None,
                body: other,
            });
        }
        Ok((Some(main), others))
    }

    /// The request body as sent in `media_type`.
    fn media_body(
        &mut self,
        body: &'a oa::RequestBody,
        media_type: &str,
        ptr: &str,
        hint: &str,
    ) -> Result<Body, Failed> {
        let Some(media) = body.content.get(media_type) else {
            return Err(Failed);
        };
        let content_ptr = child(&child(ptr, "content"), media_type);
        let mut encoding = encoding_of(media_type);
        let mut content_type = media_type.to_string();
        // `*/*` (or `application/*`) with a structured schema: the server takes any type,
        // and a typed body goes as JSON, with a Content-Type a server can read (a wildcard
        // is no Content-Type at all).
        let wildcard = is_wildcard(media_type) && matches!(encoding, BodyEncoding::Bytes);
        let typed = matches!(
            encoding,
            BodyEncoding::Json | BodyEncoding::Form | BodyEncoding::Multipart
        );
        let ty = match &media.schema {
            Some(s) if typed || wildcard => {
                let ty = self
                    .schema_or_ref(
                        s,
                        &child(&content_ptr, "schema"),
                        Naming::Context(format!("{hint} Request")),
                    )
                    .ok_or(Failed)?;
                let structured = matches!(
                    ty,
                    TypeRef::Named(_) | TypeRef::Vec(_) | TypeRef::Map(_) | TypeRef::Json
                );
                if typed {
                    ty
                } else if structured {
                    encoding = BodyEncoding::Json;
                    content_type = "application/json".to_string();
                    ty
                } else {
                    TypeRef::Bytes
                }
            }
            None if matches!(encoding, BodyEncoding::Json) => TypeRef::Json,
            _ if matches!(encoding, BodyEncoding::Text) => TypeRef::String,
            _ => TypeRef::Bytes,
        };
        let part_types = media
            .encoding
            .iter()
            .filter_map(|(part, e)| Some((part.clone(), e.content_type.clone()?)))
            .collect();
        let form_styles = match encoding {
            BodyEncoding::Form => form_styles(&media.encoding),
            _ => Vec::new(),
        };
        Ok(Body {
            constraints: self.body_constraints(media, &content_ptr),
            ty,
            content_type,
            spec_media_type: media_type.to_string(),
            encoding,
            required: body.required,
            doc: doc(&[body.description.as_deref()]),
            part_types,
            form_styles,
            parts: Vec::new(),
        })
    }

    /// What a 2xx response holds, the declared error statuses, and the `default`
    /// response's description.
    fn responses(
        &mut self,
        r: &'a oa::Responses,
        ptr: &str,
        hint: &str,
    ) -> Result<Responses<'a>, Failed> {
        let mut ok = Ok(());
        let mut success = None;
        let mut success_status = 200;
        let mut accept = None;
        let mut link_header = false;
        let mut stream_media = None;
        let mut errors = Vec::new();
        let mut variants = Namespace::with_reserved(&[UNEXPECTED_VARIANT]);
        for (status, resp) in &r.responses {
            let rptr = child(ptr, &status.to_string());
            let (resp, rptr) = match self.refs.resolve(resp, &rptr) {
                Ok(target) => (target.value, target.pointer),
                Err(d) => {
                    ok = Err(self.broken_op_ref(d));
                    continue;
                }
            };
            if !resp.links.is_empty() {
                self.diags.push(Diagnostic::warning(
                    child(&rptr, "links"),
                    "response links are not generated",
                ));
            }
            let is_success = match status {
                StatusCode::Code(c) => (200..300).contains(c),
                StatusCode::Range(r) => *r == 2,
            };
            if is_success {
                // The first 2xx that has a body decides the type; other 2xx share it.
                if success.is_none()
                    || (success == Some(Success::Empty) && !resp.content.is_empty())
                {
                    match self.success(resp, &rptr, hint) {
                        Ok(s) => {
                            success = Some(s);
                            if let StatusCode::Code(c) = status {
                                success_status = *c;
                            }
                            accept = pick_media(&resp.content).map(|(mt, _)| mt.to_string());
                            // A stream beside JSON, for an operation that answers either way.
                            stream_media = resp
                                .content
                                .iter()
                                .find(|(mt, _)| {
                                    is_stream_media(mt) && accept.as_deref() != Some(mt.as_str())
                                })
                                .map(|(mt, media)| StreamMedia {
                                    media_type: mt,
                                    media,
                                    pointer: child(&child(&child(&rptr, "content"), mt), "schema"),
                                });
                            link_header =
                                resp.headers.keys().any(|h| h.eq_ignore_ascii_case("link"));
                        }
                        Err(f) => ok = Err(f),
                    }
                }
                continue;
            }
            let (variant, status_match) = match status {
                StatusCode::Code(c) => {
                    (type_name(status_name(*c), "Status"), StatusMatch::Code(*c))
                }
                StatusCode::Range(r) => (format!("Status{r}xx"), StatusMatch::Range(*r)),
            };
            let variant = variants.claim(variant);
            let body = match pick_media(&resp.content) {
                Some((mt, media)) if encoding_of(mt) == BodyEncoding::Json => match &media.schema {
                    Some(s) => {
                        let sptr = child(&child(&child(&rptr, "content"), mt), "schema");
                        self.schema_or_ref(
                            s,
                            &sptr,
                            Naming::Context(format!("{hint} {variant} Body")),
                        )
                    }
                    None => None,
                },
                _ => None,
            };
            errors.push(ErrorCase {
                variant: variant.into(),
                status: status_match,
                doc: doc(&[Some(resp.description.as_str())]),
                body,
            });
        }
        let mut default_doc = None;
        if let Some(d) = &r.default {
            match self.refs.resolve(d, &child(ptr, "default")) {
                Ok(target) => default_doc = doc(&[Some(target.value.description.as_str())]),
                Err(d) => ok = Err(self.broken_op_ref(d)),
            }
        }
        // Ranges are checked after exact codes, whatever order the spec lists them in.
        errors.sort_by_key(|e| matches!(e.status, StatusMatch::Range(_)));
        ok.map(|()| Responses {
            success: success.unwrap_or(Success::Empty),
            success_status,
            accept,
            errors,
            default_doc,
            link_header,
            stream_media,
        })
    }

    fn success(
        &mut self,
        resp: &'a oa::Response,
        ptr: &str,
        hint: &str,
    ) -> Result<Success, Failed> {
        let Some((mt, media)) = pick_media(&resp.content) else {
            return Ok(Success::Empty);
        };
        if is_stream_media(mt) {
            // A stream's schema is that of one event's data, or one line.
            let pointer = child(&child(&child(ptr, "content"), mt), "schema");
            let media = StreamMedia {
                media_type: mt,
                media,
                pointer,
            };
            return self.stream_success(media, hint).ok_or(Failed);
        }
        Ok(match encoding_of(mt) {
            BodyEncoding::Json => match &media.schema {
                Some(s) => {
                    let sptr = child(&child(&child(ptr, "content"), mt), "schema");
                    Success::Json(
                        self.schema_or_ref(s, &sptr, Naming::Context(format!("{hint} Response")))
                            .ok_or(Failed)?,
                    )
                }
                None => Success::Json(TypeRef::Json),
            },
            BodyEncoding::Text => Success::Text,
            _ => Success::Bytes,
        })
    }
}

/// What an operation's responses come to.
struct Responses<'a> {
    success: Success,
    success_status: u16,
    accept: Option<String>,
    errors: Vec<ErrorCase>,
    default_doc: Option<String>,
    /// The success response declares a `Link` header (RFC 8288 paging).
    link_header: bool,
    /// A streaming media type beside the success's JSON.
    stream_media: Option<StreamMedia<'a>>,
}

/// The word a media type adds to the name of the method that sends a body in it.
fn media_suffix(media_type: &str) -> String {
    let essence = essence(media_type);
    let subtype = essence.rsplit('/').next().unwrap_or("body").to_string();
    match (encoding_of(media_type), essence.as_str()) {
        (BodyEncoding::Json, "application/json") => "json".into(),
        (BodyEncoding::Form, _) => "form".into(),
        (BodyEncoding::Multipart, _) => "multipart".into(),
        (BodyEncoding::Text, "text/plain") => "text".into(),
        (_, "application/octet-stream") => "bytes".into(),
        _ => value_name(&subtype, "body"),
    }
}

/// The non-default `style`/`explode` of each property of a form body.
///
/// `openapiv3` reads an absent `explode` as `false`, although OpenAPI makes it `true` for
/// `form`; so an encoding without `style` keeps the default (`form`, exploded), and one
/// that names a style is taken as written.
fn form_styles(
    encoding: &indexmap::IndexMap<String, oa::Encoding>,
) -> Vec<(String, ParamStyle, bool)> {
    encoding
        .iter()
        .filter_map(|(name, e)| {
            let style = match e.style.as_ref()? {
                oa::QueryStyle::Form => ParamStyle::Form,
                oa::QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                oa::QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                oa::QueryStyle::DeepObject => ParamStyle::DeepObject,
            };
            (style != ParamStyle::Form || !e.explode).then(|| (name.clone(), style, e.explode))
        })
        .collect()
}

/// How a parameter is serialized: its style and whether it is exploded, with OpenAPI's
/// defaults for what the spec leaves out.
fn style_of(param: &oa::Parameter, data: &oa::ParameterData) -> (ParamStyle, bool) {
    match param {
        oa::Parameter::Query { style, .. } => {
            let style = match style {
                oa::QueryStyle::Form => ParamStyle::Form,
                oa::QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                oa::QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                oa::QueryStyle::DeepObject => ParamStyle::DeepObject,
            };
            (style, data.explode.unwrap_or(style == ParamStyle::Form))
        }
        oa::Parameter::Cookie { .. } => (ParamStyle::Form, data.explode.unwrap_or(true)),
        oa::Parameter::Path { style, .. } => {
            let style = match style {
                oa::PathStyle::Simple => ParamStyle::Simple,
                oa::PathStyle::Label => ParamStyle::Label,
                oa::PathStyle::Matrix => ParamStyle::Matrix,
            };
            (style, data.explode.unwrap_or(false))
        }
        oa::Parameter::Header { .. } => (ParamStyle::Simple, data.explode.unwrap_or(false)),
    }
}
