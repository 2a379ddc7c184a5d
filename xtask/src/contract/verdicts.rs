//! Verdicts on calls: which refusals are the spec's, Prism's or the client's, and which calls go again to a server that answers otherwise.

use super::judge::judge_response;
use super::text_of;

/// A run of the calls marked `RETRY` (their responses said nothing about the client)
/// against a Prism that answers otherwise.
pub(crate) struct RetryPass {
    /// The `RETRY` kinds it sends again.
    pub(crate) kinds: &'static [&'static str],
    pub(crate) flags: &'static [&'static str],
    pub(crate) log: &'static str,
    /// What answered, for the CSV.
    pub(crate) answers: &'static str,
    /// Prism runs as a validating proxy in front of the stand-in server (`stand_in`),
    /// not as a mock.
    pub(crate) proxy: bool,
}

impl RetryPass {
    /// The call still fails for a reason this pass may remove.
    pub(crate) fn takes(&self, call: &serde_json::Value) -> bool {
        self.kinds.contains(&text_of(call, RETRY).as_str()) && text_of(call, "status") != "ok"
    }
}

/// In order: the second pass answers from the schemas, but still with the examples that
/// schemas themselves carry (`example` beside `type`), which can break the schema too
/// (GitHub's `meta/get`). The third generates every value from the schemas with
/// json-schema-faker (seeded, so that a run is repeatable), which has no budget to give
/// up on (static generation's SCHEMA_TOO_COMPLEX); it takes what is left of both kinds.
/// The last puts Prism's proxy in front of the stand-in (`stand_in`), for what no mock
/// answer can check: operations without declared responses, `*/*` objects, and what both
/// generators failed on.
pub(crate) const RETRY_PASSES: &[RetryPass] = &[
    RetryPass {
        kinds: &[EXAMPLE_FAULT],
        flags: &["--ignoreExamples"],
        log: "prism-ignore-examples.log",
        answers: "Prism answering from the schemas (--ignoreExamples)",
        proxy: false,
    },
    RetryPass {
        kinds: &[EXAMPLE_FAULT, GENERATOR_FAULT],
        flags: &["--dynamic", "--seed", "contract"],
        log: "prism-dynamic.log",
        answers: "Prism generating every value from the schemas (--dynamic, seeded)",
        proxy: false,
    },
    RetryPass {
        kinds: &[UNDECLARED, UNANSWERABLE, GENERATOR_FAULT],
        flags: &[],
        log: "prism-proxy.log",
        answers: "Prism validating as a proxy in front of a stand-in server that answers \
                  with a value of the response's schema",
        proxy: true,
    },
];

/// Folds a retry pass into the calls: a call that passes there passes, with the spec's
/// fault as its note; one that fails there, or that the pass never reached, keeps its
/// first verdict, which says so (and stays a candidate for the next pass).
pub(crate) fn merge_retry(
    calls: &mut [serde_json::Value],
    batch: &[serde_json::Value],
    pass: &RetryPass,
) {
    for call in calls.iter_mut().filter(|c| pass.takes(c)) {
        let Some(index) = call.get("index").and_then(|i| i.as_u64()) else {
            continue;
        };
        let again = batch
            .iter()
            .find(|a| a.get("index").and_then(|i| i.as_u64()) == Some(index));
        // The first pass's verdict, without what earlier retries added to it.
        if call.get("first_reason").is_none() {
            call["first_reason"] = text_of(call, "reason").into();
        }
        let fault = text_of(call, "first_reason");
        let answers = pass.answers;
        match again {
            Some(again) if text_of(again, "status") == "ok" => {
                call["status"] = "ok".into();
                call["note"] = format!(
                    "{fault}; against {answers}, the request passed and the response decoded"
                )
                .into();
            }
            Some(again) => {
                call["reason"] = format!(
                    "{} (against {answers}: {}: {})",
                    text_of(call, "reason"),
                    text_of(again, "status"),
                    text_of(again, "reason")
                )
                .into();
            }
            None => {
                call["reason"] = format!(
                    "{} (the pass against {answers} did not reach it)",
                    text_of(call, "reason")
                )
                .into();
            }
        }
    }
}

/// A call through Prism's proxy: an invalid request is forwarded all the same, and the
/// stand-in's answer decodes, so Prism's log is the verdict on the request, and on the
/// answer (which must meet the spec for its decoding to count).
pub(crate) fn proxy_verdict(call: &mut serde_json::Value) {
    if text_of(call, "status") != "ok" {
        return;
    }
    match call.get("prism_validation").and_then(|v| v.as_str()) {
        Some("passed") => {
            // An operation without declared responses has no status to match the answer to.
            let undeclared = call.get("no_responses").and_then(|n| n.as_bool()) == Some(true);
            let response = text_of(call, "prism_response");
            let broken: Vec<&str> = response
                .split("; ")
                .filter(|v| !v.is_empty())
                .filter(|v| !(undeclared && v.contains("Unable to match the returned status code")))
                .collect();
            if !broken.is_empty() {
                call["status"] = "stand-in".into();
                call["reason"] = format!(
                    "the request passed Prism's validation, but Prism found the stand-in's \
                     answer breaks the spec, so its decoding proves nothing: {}",
                    broken.join("; ")
                )
                .into();
            }
        }
        Some(errors) => {
            call["reason"] =
                format!("Prism's log: the request did not pass its validation: {errors}").into();
            call["status"] = "rejected".into();
        }
        None => {
            call["status"] = "prism".into();
            call["reason"] =
                "Prism's log does not say whether it validated the request it forwarded".into();
        }
    }
}

/// Known limitations of Prism 5 that refuse valid requests: a refusal whose every
/// complaint is one of them is reported as `prism`, with the reason, not as `rejected`.
pub(crate) const PRISM_LIMITATIONS: &[(&str, &str, &str)] = &[
    (
        "",
        "Request header must have required property 'content-type'",
        "Prism enforces a header parameter named Content-Type, which OpenAPI says SHALL be \
         ignored; the client sends the media type of the body it sends, and no Content-Type \
         with no body",
    ),
    (
        "multipart/form-data",
        "Reserved characters used in request body",
        "Prism applies `allowReserved` to multipart parts, which OpenAPI 3.0 limits to \
         application/x-www-form-urlencoded bodies",
    ),
    (
        "",
        "Body parameter is required",
        "Prism requires a request body the spec marks optional (`required` is not set)",
    ),
    (
        "multipart/form-data",
        "must be array",
        "without an `encoding` style, Prism reads an array property of a multipart body as \
         one value whatever is sent (repeated parts, as OpenAPI 3.0 says, a JSON array or a \
         comma list)",
    ),
    (
        "application/x-www-form-urlencoded",
        "must be array",
        "without an `encoding` style, Prism reads an array property of a form body only in \
         PHP's bracket form (`exec[]=a&exec[]=b`), not as the repeated `exec=a&exec=b` that \
         OpenAPI 3.0's default (style form, explode true) sends",
    ),
    (
        "multipart/form-data",
        "must be object",
        "Prism does not parse the application/json part OpenAPI 3.0 sends an object \
         property of a multipart body as",
    ),
];

/// The pointers (`#/paths/~1pets/post`) of a Swagger 2.0 spec's operations that take a
/// body parameter while neither they nor the document declare `consumes`: their body has
/// no media type (the generator sends JSON, the common reading).
pub(crate) fn swagger2_bodies_without_media_type(text: &str) -> Vec<String> {
    let Ok(doc) = serde_yaml::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    if doc.get("swagger").is_none() || doc.get("consumes").is_some() {
        return Vec::new();
    }
    let escape = |s: &str| s.replace('~', "~0").replace('/', "~1");
    let is_body = |p: &serde_json::Value| {
        let p = match p.get("$ref").and_then(|r| r.as_str()) {
            Some(r) => doc.pointer(r.trim_start_matches('#')).unwrap_or(p),
            None => p,
        };
        p.get("in").and_then(|i| i.as_str()) == Some("body")
    };
    let mut out = Vec::new();
    let paths = doc.get("paths").and_then(|p| p.as_object());
    for (path, item) in paths.into_iter().flatten() {
        let shared = item.get("parameters").and_then(|p| p.as_array());
        for method in ["get", "put", "post", "delete", "options", "head", "patch"] {
            let Some(op) = item.get(method) else { continue };
            let own = op.get("parameters").and_then(|p| p.as_array());
            let body = own.into_iter().chain(shared).flatten().any(is_body);
            if body && op.get("consumes").is_none() {
                out.push(format!("#/paths/{}/{method}", escape(path)));
            }
        }
    }
    out
}

/// A request Prism refused for its media type, of an operation whose Swagger 2.0 spec
/// gives its body none: the spec's fault.
pub(crate) fn body_without_media_type(call: &mut serde_json::Value, pointer: &str) {
    let reason = text_of(call, "reason");
    let refused =
        reason.contains("No supported content types") || reason.contains("INVALID_CONTENT_TYPE");
    if call.get("status").and_then(|s| s.as_str()) != Some("rejected") || !refused {
        return;
    }
    call["status"] = "spec".into();
    call["reason"] = format!(
        "the Swagger 2.0 operation {pointer} has a body parameter but neither it nor the \
         document declares `consumes`, so its body has no media type and Prism refuses any \
         body (then: rejected: {reason})"
    )
    .into();
}

/// An operation whose spec declares no responses (OpenAPI 3.1 makes `responses`
/// optional): Prism validates the request first and answers an invalid one with 422, so
/// its `NO_RESPONSE_RESPONSE_DEFINED` means the request passed, but it mocks declared
/// responses only, so there is no response to decode (prism-http's
/// `negotiateOptionsForUnspecifiedCode`).
pub(crate) fn no_responses(call: &mut serde_json::Value) {
    let rejected = call.get("status").and_then(|s| s.as_str()) == Some("rejected");
    let undeclared = call.get("no_responses").and_then(|n| n.as_bool()) == Some(true);
    let reason = text_of(call, "reason");
    if rejected && undeclared && reason.contains("NO_RESPONSE_RESPONSE_DEFINED") {
        call["status"] = "prism".into();
        call["reason"] = format!(
            "{reason}(a Prism limitation: the request passed Prism's validation, but the spec \
             declares no responses, which OpenAPI 3.1 allows, and Prism can only answer with \
             a declared one, so there is no response to decode)"
        )
        .into();
        call[RETRY] = UNDECLARED.into();
    }
}

/// A response the client could not decode that does not match the spec's own schema for
/// it: the spec's fault when it is one of the spec's examples, else Prism's, whose
/// generated data breaks the schema (json-schema-faker ends a recursive schema with `{}`,
/// leaving out required properties).
pub(crate) fn undecodable_response(
    call: &mut serde_json::Value,
    spec: &serde_json::Value,
    pointer: &str,
) {
    if call.get("status").and_then(|s| s.as_str()) != Some("decode") {
        return;
    }
    let Some(response) = call.get("response").and_then(|r| r.as_array()) else {
        return;
    };
    let status = response.first().and_then(|s| s.as_u64()).unwrap_or(0) as u16;
    let text = |i: usize| response.get(i).and_then(|t| t.as_str()).unwrap_or("");
    let Some(verdict) = judge_response(spec, pointer, status, text(1), text(2)) else {
        return;
    };
    let reason = text_of(call, "reason");
    if let (None, Some(schema)) = (&verdict.violation, &verdict.typeless_object) {
        call["status"] = "spec".into();
        call["reason"] = format!(
            "the spec's schema {schema} has properties but no `type`, so `null`, which Prism \
             sent, is valid for it, while the typed client reads it as the object it \
             describes (the spec should say `type: object`) (then: decode: {reason})"
        )
        .into();
        return;
    }
    let Some(violation) = verdict.violation else {
        return;
    };
    let (status, why) = match verdict.example {
        Some(example) => (
            "spec",
            format!(
                "the spec's example {example} does not match its own response schema \
                 (at {violation})"
            ),
        ),
        None => (
            "prism",
            format!(
                "the {status} response Prism generated does not match the spec's schema for it, \
                 at {violation} (a Prism limitation: its data generator does not keep every \
                 constraint, and ends a recursive schema with `{{}}`)"
            ),
        ),
    };
    call["status"] = status.into();
    call["reason"] = format!("{why} (then: decode: {reason})").into();
    call[RETRY] = if status == "spec" {
        EXAMPLE_FAULT
    } else {
        GENERATOR_FAULT
    }
    .into();
}

/// Marks a call whose response said nothing about the client, so that a retry pass
/// (`RETRY_PASSES`) sends it again; the value says why.
pub(crate) const RETRY: &str = "retry";

/// The response was one of the spec's examples, and it breaks the spec's schema.
pub(crate) const EXAMPLE_FAULT: &str = "example";

/// Prism's static data generator made no response, or one that breaks the schema.
pub(crate) const GENERATOR_FAULT: &str = "generator";

/// The spec declares no responses, so Prism's mock has none to answer with.
pub(crate) const UNDECLARED: &str = "undeclared";

/// Prism's mock cannot write the declared response (an object under `*/*`).
pub(crate) const UNANSWERABLE: &str = "unanswerable";

/// How the program's `spec_notes` say that the success response's example breaks its schema.
pub(crate) const RESPONSE_EXAMPLE_NOTE: &str = "response example does not match its own schema";

/// Prism's 500s that say it could not build a response at all.
/// - `NO_COMPLEX_OBJECT_TEXT`: a response the spec declares as `*/*` is served as
///   `text/plain` (prism-http's negotiator maps `*/*` to it), and an object cannot be
///   text; `Accept: application/json` gets 406, as no content is keyed by it. With no
///   `*/*` content, the spec itself declares an object schema for a text media type.
/// - `SCHEMA_TOO_COMPLEX`: the static generator (json-schema-sampler, on a budget of
///   2,500 steps) gives up on the response schema; such calls go to the dynamic pass.
pub(crate) fn prism_cannot_answer(
    call: &mut serde_json::Value,
    spec: &serde_json::Value,
    pointer: &str,
) {
    let text = |k: &str| {
        call.get(k)
            .and_then(|r| r.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let (status, reason) = (text("status"), text("reason"));
    // A documented error status that is Prism's own failure to answer (its 500 with a
    // problem body) does not decode as the spec's error body either.
    if status != "rejected" && status != "decode" {
        return;
    }
    let responses = spec
        .pointer(pointer.trim_start_matches('#'))
        .and_then(|op| op.get("responses"))
        .and_then(|r| r.as_object());
    let any_media = responses.into_iter().flatten().any(|(_, r)| {
        let r = match r.get("$ref").and_then(|x| x.as_str()) {
            Some(x) => spec.pointer(x.trim_start_matches('#')).unwrap_or(r),
            None => r,
        };
        r.get("content").and_then(|c| c.get("*/*")).is_some()
    });
    let (new_status, why) = if reason.contains("NO_COMPLEX_OBJECT_TEXT") {
        if any_media {
            (
                "prism",
                "a Prism limitation: it serves a response declared as `*/*` as text/plain \
                 and cannot write the object schema as text (NO_COMPLEX_OBJECT_TEXT), while \
                 Accept: application/json gets 406 since no content is keyed by it",
            )
        } else {
            (
                "spec",
                "the spec declares an object schema for a text response media type, which \
                 Prism cannot serialise (NO_COMPLEX_OBJECT_TEXT)",
            )
        }
    } else if reason.contains("SCHEMA_TOO_COMPLEX") {
        (
            "prism",
            "a Prism limitation: its static data generator gives up on the response schema \
             (SCHEMA_TOO_COMPLEX), so Prism returns no mocked response for this operation",
        )
    } else {
        return;
    };
    call["status"] = new_status.into();
    call["reason"] = format!("{reason}({why} at {pointer})").into();
    // The dynamic generator has no such budget; a `*/*` object goes to the stand-in.
    if reason.contains("SCHEMA_TOO_COMPLEX") {
        call[RETRY] = GENERATOR_FAULT.into();
    } else if new_status == "prism" {
        call[RETRY] = UNANSWERABLE.into();
    }
}

/// A failed call of an operation the spec itself makes impossible to pass (see
/// `generator::contract`): reported as `spec`, with the spec's fault and what happened.
pub(crate) fn spec_fault(call: &mut serde_json::Value) {
    let get = |k: &str| {
        call.get(k)
            .and_then(|s| s.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let (status, notes, reason) = (get("status"), get("spec_notes"), get("reason"));
    if status == "ok" || status == "prism" || status == "spec" || notes.is_empty() {
        return;
    }
    call["status"] = "spec".into();
    call["reason"] = format!("{notes} (then: {status}: {reason})").into();
    // The response did not decode, and the spec says why: its example breaks its schema.
    if status == "decode" && notes.contains(RESPONSE_EXAMPLE_NOTE) {
        call[RETRY] = EXAMPLE_FAULT.into();
    }
}

pub(crate) fn prism_limitation(call: &mut serde_json::Value) {
    let get = |k: &str| {
        call.get(k)
            .and_then(|s| s.as_str())
            .unwrap_or_default()
            .to_string()
    };
    if get("status") != "rejected" {
        return;
    }
    let (media, reason) = (get("body"), get("reason"));
    // Prism's own 422: the complaints follow the title, separated by `; `. A status the
    // spec declares: the `sl-violations` JSON, whose request complaints count.
    let complaints: Vec<String> = match reason.split_once("Invalid request ") {
        Some((_, list)) => list.split("; ").map(str::to_string).collect(),
        None => {
            let json = reason.split_once(": ").map_or("", |(_, j)| j);
            let Ok(serde_json::Value::Array(items)) = serde_json::from_str(json) else {
                return;
            };
            items
                .iter()
                .filter(|i| i["location"][0] != "response")
                .map(|i| i["message"].as_str().unwrap_or_default().to_string())
                .collect()
        }
    };
    // A property Prism read as text fails its anyOf/oneOf too: that follows from the
    // "must be object" complaint about the same property, not from the value.
    let property = |c: &str| {
        c.split_once("property ")
            .and_then(|(_, rest)| rest.split_once(" must"))
            .map(|(name, _)| name.to_string())
    };
    let unparsed: Vec<String> = complaints
        .iter()
        .filter(|c| c.contains("must be object"))
        .filter_map(|c| property(c))
        .collect();
    let complaints: Vec<String> = complaints
        .iter()
        .filter(|c| {
            let follows = c.contains("must match a schema in anyOf")
                || c.contains("must match exactly one schema in oneOf");
            !(follows
                && media.starts_with("multipart/form-data")
                && property(c).is_some_and(|p| unparsed.contains(&p)))
        })
        .cloned()
        .collect();
    let mut why = Vec::new();
    for complaint in &complaints {
        match PRISM_LIMITATIONS
            .iter()
            .find(|(m, text, _)| media.starts_with(m) && complaint.contains(text))
        {
            Some((_, _, explanation)) => why.push(*explanation),
            None => return,
        }
    }
    why.dedup();
    call["status"] = "prism".into();
    call["reason"] = format!("{reason} (a Prism limitation: {})", why.join("; ")).into();
}

/// A call put down to a Prism limitation (no response it could build, a crash, a
/// generated response that breaks the schema) is one whose request Prism judged first:
/// if its log says the request failed validation, the call was rejected after all, and
/// says so; if it passed, the reason says that too.
pub(crate) fn validated_before_prism_failed(call: &mut serde_json::Value) {
    if call.get("status").and_then(|s| s.as_str()) != Some("prism") {
        return;
    }
    let reason = text_of(call, "reason");
    // A 4xx is Prism's rejection itself, already judged (as a Prism limitation) by the
    // rules above; the log only repeats it.
    let code = reason.get(..3).unwrap_or_default();
    if code.starts_with('4') && code.bytes().all(|b| b.is_ascii_digit()) {
        return;
    }
    match call.get("prism_validation").and_then(|v| v.as_str()) {
        Some("passed") => {
            call["reason"] =
                format!("{reason} [Prism's log: the request passed its validation]").into();
        }
        Some(errors) => {
            let errors = errors.to_string();
            call["status"] = "rejected".into();
            call["reason"] = format!(
                "Prism's log: the request did not pass its validation: {errors} (then: prism: {reason})"
            )
            .into();
        }
        None => {}
    }
}
