//! Judges a response the client could not decode by the spec's own schema for it.

use super::synth::Synth;
use serde_json::Value;

/// A response body the client could not decode, judged by the spec's own schema for it.
pub struct ResponseVerdict {
    /// The first way the body breaks the schema (formats, patterns and all), if it does.
    pub violation: Option<String>,
    /// Where the body came from when it is one of the spec's examples for the response, or
    /// where the part that breaks the schema came from when it is the `example` of a schema
    /// on the way to it: the pointer of that example.
    pub example: Option<String>,
    /// For a `null` body: the schema that reads as an object (it has properties) but
    /// declares no `type`, so that `null` is valid for it.
    pub typeless_object: Option<String>,
}

/// Judges a response body that did not decode by the spec's own schema for it; `None`
/// when the spec gives no JSON schema to judge by. `spec` is the OpenAPI 3.0 form.
pub fn judge_response(
    spec: &Value,
    op_pointer: &str,
    status: u16,
    content_type: &str,
    body: &str,
) -> Option<ResponseVerdict> {
    let synth = Synth {
        doc: spec,
        faults: std::cell::RefCell::new(Vec::new()),
    };
    let responses = synth.pointer(op_pointer)?.get("responses")?;
    let code = status.to_string();
    let range = format!("{}XX", status / 100);
    let key = [
        code.as_str(),
        range.as_str(),
        &range.to_lowercase(),
        "default",
    ]
    .into_iter()
    .find(|k| responses.get(*k).is_some())?
    .to_string();
    let response = synth.resolve(responses.get(&key)?);
    let content = response.get("content")?.as_object()?;
    let essence = content_type.split(';').next().unwrap_or("").trim();
    let (media_type, media) = content
        .get_key_value(essence)
        .or_else(|| content.iter().find(|(k, _)| k.contains("json")))?;
    let schema = media.get("schema")?;
    let value: Value = serde_json::from_str(body).ok()?;
    let escape = |s: &str| s.replace('~', "~0").replace('/', "~1");
    let at = format!(
        "{op_pointer}/responses/{key}/content/{}",
        escape(media_type)
    );
    let mut examples: Vec<(String, Value)> = Vec::new();
    if let Some(e) = media.get("example") {
        examples.push((format!("{at}/example"), e.clone()));
    }
    for (name, e) in media
        .get("examples")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let e = synth.resolve(e);
        match e.get("value") {
            Some(v) => {
                examples.push((format!("{at}/examples/{}/value", escape(name)), v.clone()));
            }
            // `spec` went through `openapiv3`, whose example value is an `Option`: a
            // `value: null` comes back as no value at all (GitHub's `empty-object`
            // responses have such examples, and Prism serves them).
            None if e.get("externalValue").is_none() && e.get("$ref").is_none() => {
                examples.push((format!("{at}/examples/{}/value", escape(name)), Value::Null));
            }
            None => {}
        }
    }
    let typeless_object = value
        .is_null()
        .then(|| synth.typeless_object(schema, &format!("{at}/schema"), 0))
        .flatten();
    let violation = synth.violation(schema, &value, 0, "");
    // Else the part that breaks the schema may be the `example` a schema on the way to it
    // carries (GitHub's `meta/get`), which Prism serves when the response has none.
    let schema_example = || {
        let path = violation.as_deref()?.split_once(": ")?.0;
        let path = generator::pointer::segments(path);
        synth.example_on_path(schema, format!("{at}/schema"), &value, &path, 0)
    };
    let example = examples
        .into_iter()
        .find(|(_, e)| *e == value)
        .map(|(pointer, _)| pointer)
        .or_else(schema_example);
    Some(ResponseVerdict {
        typeless_object,
        violation,
        example,
    })
}
