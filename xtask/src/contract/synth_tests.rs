//! Tests of the values made from schemas and of the judging of responses.

use super::synth::Synth;
use serde_json::json;

fn synth(doc: &serde_json::Value) -> Synth<'_> {
    Synth {
        doc,
        faults: std::cell::RefCell::new(Vec::new()),
    }
}

#[test]
fn a_oneof_value_is_one_only_its_own_alternative_accepts() {
    let doc = json!({"components": {"schemas": {
        "Cat": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
        "Dog": {"type": "object", "required": ["name", "bark"], "properties": {"name": {"type": "string"}, "bark": {"type": "boolean"}}},
    }}});
    let s = synth(&doc);
    // Cat's value ({name}) is refused by Dog, which requires `bark`: Cat it is.
    let one_of = json!({"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]});
    assert_eq!(s.value(&one_of, false, 0), Ok(json!({"name": "contract"})));
    assert!(s.faults.borrow().is_empty());
    // Listed the other way round, Dog's value ({name, bark}) is accepted by Cat too,
    // so Cat's is taken.
    let reversed = json!({"oneOf": [{"$ref": "#/components/schemas/Dog"}, {"$ref": "#/components/schemas/Cat"}]});
    assert_eq!(
        s.value(&reversed, false, 0),
        Ok(json!({"name": "contract"}))
    );
}

#[test]
fn the_stand_in_answers_with_a_value_of_the_success_schema() {
    let text = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: a pet
          content:
            "*/*":
              schema:
                type: object
                required: [name]
                properties: {name: {type: string, example: Rex}}
  /ping:
    post:
      operationId: ping
      responses:
        "204": {description: done}
"#;
    let source = generator::Source {
        name: "t.yaml".into(),
        text: text.into(),
    };
    let spec = generator::load::load(&source);
    assert!(spec.is_ok(), "{spec:?}");
    let Ok(spec) = spec else { return };
    let api = generator::lower::lower(&spec, Default::default()).map(|l| l.api);
    assert!(api.is_ok());
    let Ok(api) = api else { return };
    let json = serde_json::to_value(&spec).unwrap_or_default();
    let answers = super::stand_in::stand_in_answers(&api, &json);
    assert_eq!(answers.len(), 2);
    let pet = &answers[0];
    assert_eq!(
        (pet.method.as_str(), pet.path.as_str()),
        ("GET", "/pets/{id}")
    );
    // `*/*` is served as JSON, the media type the client reads.
    assert_eq!(pet.content_type.as_deref(), Some("application/json"));
    assert_eq!(pet.body, r#"{"name":"Rex"}"#);
    let ping = &answers[1];
    assert_eq!((ping.status, ping.content_type.as_deref()), (204, None));
}

#[test]
fn a_schema_that_only_allows_null_gets_null() {
    // A 3.1 `type: 'null'` property, as the conversion to 3.0 leaves it.
    let doc = json!({});
    let s = synth(&doc);
    let object = json!({"type": "object", "properties": {"stock": {"nullable": true}}});
    assert_eq!(s.value(&object, true, 0), Ok(json!({"stock": null})));
    // Without `nullable`, an untyped schema takes any value.
    let any = json!({"type": "object", "properties": {"note": {}}});
    assert_eq!(s.value(&any, true, 0), Ok(json!({"note": "value"})));
}

#[test]
fn overlapping_alternatives_are_reported_as_the_spec_s_fault() {
    let doc = json!({});
    let s = synth(&doc);
    let one_of = json!({"oneOf": [
        {"type": "object", "properties": {"a": {"type": "string"}}},
        {"type": "object", "properties": {"b": {"type": "string"}}},
    ]});
    assert!(s.value(&one_of, false, 0).is_ok());
    assert_eq!(s.faults.borrow().len(), 1);
    assert!(s.faults.borrow()[0].contains("overlap"));
}

#[test]
fn pattern_strings_match_their_pattern_and_are_the_same_every_run() {
    let doc = json!({});
    let s = synth(&doc);
    for pattern in [
        r"[a-f\d]{24}",
        r"\/images\/([a-f\d]{24})",
        r"^(?:\{[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7}\}|[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7})$",
        r"\/(versions|branches)\/((v{0,1})(stable|([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(-.*)?)(_(.*))?)\/categories\/(guides|reference)\/((.*))",
        r"(([a-z0-9-_ ]|[^\\x00-\\x7F])+.(json|yaml|yml))",
        r"^(?:{[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7}}|[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7})$",
    ] {
        let schema = json!({"type": "string", "pattern": pattern});
        let value = s.value(&schema, false, 0).unwrap_or_default();
        let value = value.as_str().unwrap_or_default().to_string();
        // As the client checks it (ECMA-262's literal braces escaped).
        let pattern = &generator::lower::literal_braces(pattern);
        assert!(
            regex_lite::Regex::new(pattern).is_ok_and(|r| r.is_match(&value)),
            "`{value}` for `{pattern}`"
        );
        assert!(value.chars().all(|c| c.is_ascii() && !c.is_ascii_control()));
        assert_eq!(s.value(&schema, false, 0), Ok(json!(value)));
    }
    let bounded =
        json!({"type": "string", "pattern": "^[A-Z]+$", "minLength": 10, "maxLength": 12});
    let value = s.value(&bounded, false, 0).unwrap_or_default();
    assert!(
        (10..=12).contains(&value.as_str().map_or(0, str::len)),
        "{value}"
    );
}

#[test]
fn all_of_members_are_merged_into_one_value() {
    let doc = json!({"components": {"schemas": {
        "Category": {"type": "object", "properties": {"title": {"type": "string"}, "order": {"type": "integer"}}},
    }}});
    let s = synth(&doc);
    // The requirement of one member names a property of another.
    let body =
        json!({"allOf": [{"$ref": "#/components/schemas/Category"}, {"required": ["title"]}]});
    assert_eq!(s.value(&body, false, 0), Ok(json!({"title": "contract"})));
    // Scalars: the tightest bounds of all members.
    let label = json!({"allOf": [{"type": "string"}, {"type": "string", "minLength": 10}]});
    assert_eq!(s.value(&label, false, 0), Ok(json!("contractxx")));
    // Members of different types: the spec's fault.
    let clash = json!({"allOf": [{"type": "string"}, {"type": "integer"}]});
    assert!(
        s.value(&clash, false, 0)
            .is_err_and(|e| e.starts_with(super::synth::SPEC_FAULT))
    );
}

#[test]
fn a_schema_that_requires_itself_is_the_spec_s_fault() {
    let doc = json!({"components": {"schemas": {
        "Node": {"type": "object", "required": ["parent", "children"], "properties": {
            "parent": {"$ref": "#/components/schemas/Node"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        }},
        "Tree": {"type": "object", "required": ["children"], "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
        }},
    }}});
    let s = synth(&doc);
    let node = json!({"$ref": "#/components/schemas/Node"});
    let error = s.value(&node, false, 0).err().unwrap_or_default();
    assert!(
        error.starts_with(super::synth::SPEC_FAULT) && error.contains("Node"),
        "{error}"
    );
    // A required array of itself ends with an empty array.
    let tree = json!({"$ref": "#/components/schemas/Tree"});
    assert!(s.value(&tree, true, 0).is_ok());
}

#[test]
fn a_required_property_no_schema_declares_is_reported() {
    let doc = json!({});
    let s = synth(&doc);
    let schema =
        json!({"type": "object", "required": ["a", "b"], "properties": {"a": {"type": "boolean"}}});
    assert_eq!(s.value(&schema, false, 0), Ok(json!({"a": true})));
    assert!(s.faults.borrow().iter().any(|f| f.contains("`b`")));
    let map =
        json!({"type": "object", "required": ["b"], "additionalProperties": {"type": "integer"}});
    assert_eq!(s.value(&map, false, 0), Ok(json!({"b": 1})));
}

#[test]
fn a_length_no_value_of_the_format_has_is_the_spec_s_fault() {
    let doc = json!({});
    let s = synth(&doc);
    let uuid = json!({"type": "string", "format": "uuid", "minLength": 64, "maxLength": 64});
    let err = s.string(&uuid);
    assert!(
        err.as_ref()
            .is_err_and(|e| e.starts_with(super::synth::SPEC_FAULT)),
        "{err:?}"
    );
    let fine = json!({"type": "string", "format": "uuid", "maxLength": 64});
    assert!(s.string(&fine).is_ok());
}

#[test]
fn a_null_example_is_still_the_spec_s_example_after_openapiv3() {
    // GitHub's `empty-object` response with `value: null`, as openapiv3 writes it back.
    let text = json!({
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/secrets": {"put": {"responses": {"201": {
            "description": "created",
            "content": {"application/json": {
                "schema": {"type": "object", "properties": {}, "additionalProperties": false},
                "examples": {"default": {"value": null}}
            }}
        }}}}}
    });
    let spec: Result<openapiv3::OpenAPI, _> = serde_json::from_value(text);
    let json = spec.ok().and_then(|spec| serde_json::to_value(&spec).ok());
    assert!(json.is_some(), "the spec goes through openapiv3");
    let json = json.unwrap_or_default();
    let verdict = super::judge::judge_response(
        &json,
        "#/paths/~1secrets/put",
        201,
        "application/json",
        "null",
    )
    .map(|v| (v.violation, v.example));
    assert_eq!(
        verdict,
        Some((
            Some("/: null is not allowed".to_string()),
            Some(
                "#/paths/~1secrets/put/responses/201/content/application~1json/examples/default/value"
                    .to_string()
            )
        ))
    );
}

#[test]
fn a_schema_s_own_example_that_breaks_it_is_found_where_the_response_breaks() {
    // GitHub's `meta/get`: no response example, but a property's schema carries an
    // `example` of the wrong type, which Prism serves.
    let spec = json!({
        "paths": {"/meta": {"get": {"responses": {"200": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Meta"}}}}}}}},
        "components": {"schemas": {
            "Meta": {"type": "object", "properties": {
                "ssh_keys": {"type": "array", "items": {"type": "string"}, "example": [[1, 2]]},
                "domains": {"type": "object", "properties": {
                    "id": {"allOf": [{"type": "string", "example": 7}]}}}
            }}
        }}
    });
    let judge = |body: &str| {
        super::judge::judge_response(&spec, "#/paths/~1meta/get", 200, "application/json", body)
            .and_then(|v| v.example)
    };
    assert_eq!(
        judge(r#"{"ssh_keys": [[1, 2]]}"#).as_deref(),
        Some("#/components/schemas/Meta/properties/ssh_keys/example")
    );
    assert_eq!(
        judge(r#"{"domains": {"id": 7}}"#).as_deref(),
        Some("#/components/schemas/Meta/properties/domains/properties/id/allOf/0/example")
    );
    // A value that breaks the schema but is no example of it: Prism made it up.
    assert_eq!(judge(r#"{"ssh_keys": [[3]]}"#), None);
}

#[test]
fn a_url_needs_a_host() {
    assert!(!super::synth::format_ok("url", "https://***"));
    assert!(super::synth::format_ok(
        "url",
        "https://www.example.com/callout/AccountEdit"
    ));
}

#[test]
fn examples_that_break_their_format_or_pattern_are_not_used() {
    let doc = json!({});
    let s = synth(&doc);
    let duration = json!({"type": "string", "format": "duration", "example": "TBD"});
    assert_eq!(s.value(&duration, false, 0), Ok(json!("P1D")));
    let pointer = json!({"type": "string", "format": "json-pointer", "default": "#/foo"});
    assert_eq!(s.value(&pointer, false, 0), Ok(json!("/contract")));
    let uuid = json!({"type": "string", "format": "uuid", "example": "trip-1"});
    assert_eq!(
        s.value(&uuid, false, 0),
        Ok(json!("3fa85f64-5717-4562-b3fc-2c963f66afa6"))
    );
    let nested = json!({"type": "object", "properties": {"id": {"type": "string", "pattern": "^[0-9]+$"}}, "example": {"id": "x"}});
    let value = s.value(&nested, true, 0).unwrap_or_default();
    let id = value["id"].as_str().unwrap_or("x");
    assert!(
        !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()),
        "{value}"
    );
}

#[test]
fn a_null_body_for_a_typeless_object_schema_is_the_spec_s_looseness() {
    let spec = json!({
        "paths": {"/docs": {"get": {"responses": {"200": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Doc"}}}}}}}},
        "components": {"schemas": {
            "Base": {"required": ["href"], "properties": {"href": {"type": "string"}}},
            "Doc": {"allOf": [{"$ref": "#/components/schemas/Base"},
                              {"properties": {"items": {"type": "array"}}}]},
            "Typed": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object"}]}
        }}
    });
    let judge = |body: &str| {
        super::judge::judge_response(&spec, "#/paths/~1docs/get", 200, "application/json", body)
            .map(|v| (v.violation.is_some(), v.typeless_object))
    };
    assert_eq!(
        judge("null"),
        Some((false, Some("#/components/schemas/Doc".to_string())))
    );
    // An object that breaks the schema is no looseness of the spec's.
    assert_eq!(judge("{}"), Some((true, None)));
    let mut typed = spec.clone();
    typed["paths"]["/docs"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] =
        json!("#/components/schemas/Typed");
    let verdict = super::judge::judge_response(
        &typed,
        "#/paths/~1docs/get",
        200,
        "application/json",
        "null",
    );
    assert!(verdict.is_some_and(|v| v.typeless_object.is_none() && v.violation.is_some()));
}

#[test]
fn examples_that_break_their_schema_are_not_used() {
    let doc = json!({});
    let s = synth(&doc);
    let schema = json!({"type": "object", "required": ["id"], "properties": {"id": {"type": "integer", "minimum": 3}}, "example": {"name": "x"}});
    assert_eq!(s.value(&schema, false, 0), Ok(json!({"id": 3})));
    let text = json!({"type": "object", "example": "{\"a\": 1}"});
    assert_eq!(s.value(&text, false, 0), Ok(json!({"a": 1})));
}

#[test]
fn typed_formats_get_values_the_client_reads() {
    let doc = json!({});
    let s = synth(&doc);
    let long = json!({"type": "string", "format": "date-time", "minLength": 25, "maxLength": 30});
    assert_eq!(s.string(&long), Ok(json!("2024-01-02T03:04:05.0000Z")));
    let short = json!({"type": "string", "format": "date-time", "maxLength": 19});
    assert!(
        s.string(&short)
            .is_err_and(|e| e.starts_with(super::synth::SPEC_FAULT))
    );
    // A pattern's strings that are no date are not offered for a date.
    let patterned = json!({"type": "string", "format": "date", "pattern": "^[0-9-]+$"});
    assert_eq!(s.string(&patterned), Ok(json!("2024-01-02")));
    // An example the client cannot read is not used: a value is synthesized instead.
    let example =
        json!({"type": "string", "format": "date-time", "example": "2024-02-30T00:00:00Z"});
    assert_eq!(
        s.value(&example, true, 0),
        Ok(json!("2024-01-02T03:04:05Z"))
    );
    let example = json!({"type": "string", "format": "date", "example": "02/01/2024"});
    assert_eq!(s.value(&example, true, 0), Ok(json!("2024-01-02")));
    let loose =
        json!({"type": "string", "format": "date-time", "example": "2024-01-02 03:04:05+0100"});
    assert_eq!(
        s.value(&loose, true, 0),
        Ok(json!("2024-01-02 03:04:05+0100"))
    );
    assert!(super::synth::format_ok("date", "2024-02-29"));
    assert!(!super::synth::format_ok("date", "2023-02-29"));
}
