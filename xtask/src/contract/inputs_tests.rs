//! Tests of the inputs made from the IR: each lowers a small spec, as the harness does.

use super::inputs::Inputs;
use generator::ir::{Api, Constraints, TypeKind, TypeRef};
use serde_json::{Value, json};

/// The IR of a spec whose components are `schemas` (JSON), with an operation that sends
/// each of them as its body (`send<name>`), so that every schema is lowered.
fn lowered(schemas: Value) -> Api {
    let names: Vec<String> = schemas
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let paths: serde_json::Map<String, Value> = names
        .iter()
        .map(|n| {
            let op = json!({"post": {"operationId": format!("send{n}"),
                "requestBody": {"required": true, "content": {"application/json": {
                    "schema": {"$ref": format!("#/components/schemas/{n}")}}}},
                "responses": {"204": {"description": "done"}}}});
            (format!("/{n}"), op)
        })
        .collect();
    lowered_doc(
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": paths, "components": {"schemas": schemas}}),
    )
}

/// The IR of the spec `doc` (JSON), lowered as the harness lowers it.
fn lowered_doc(doc: Value) -> Api {
    let source = generator::Source {
        name: "t.json".into(),
        text: doc.to_string(),
    };
    let spec = generator::load::load_any(&source, true).map(|l| l.spec);
    let api = spec
        .ok()
        .and_then(|s| {
            let options = generator::lower::LowerOptions {
                skip_unsupported: true,
                hints: true,
                ..Default::default()
            };
            generator::lower::lower(&s, options).ok()
        })
        .map(|l| l.api);
    assert!(api.is_some(), "the spec lowers");
    api.unwrap_or_else(|| unreachable!())
}

/// The body of the operation that sends component `name`: its type and constraints.
fn body(api: &Api, name: &str) -> (TypeRef, Constraints) {
    let op = api
        .operations
        .iter()
        .find(|o| o.id == format!("send{name}"));
    let body = op.and_then(|o| o.body.clone());
    assert!(body.is_some(), "a body of {name}");
    body.map(|b| (b.ty, b.constraints))
        .unwrap_or_else(|| unreachable!())
}

fn value(api: &Api, name: &str, all: bool) -> Result<Value, String> {
    let (ty, c) = body(api, name);
    Inputs::new(api).value(&ty, &c, all, 0)
}

#[test]
fn a_oneof_value_is_one_only_its_own_alternative_accepts() {
    let cat =
        json!({"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}});
    let dog = json!({"type": "object", "required": ["name", "bark"], "properties": {"name": {"type": "string"}, "bark": {"type": "boolean"}}});
    let api = lowered(json!({
        "Cat": cat, "Dog": dog,
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]},
        "Reversed": {"oneOf": [{"$ref": "#/components/schemas/Dog"}, {"$ref": "#/components/schemas/Cat"}]},
    }));
    // Cat's value ({name}) is refused by Dog, which requires `bark`: Cat it is.
    assert_eq!(value(&api, "Pet", false), Ok(json!({"name": "contract"})));
    // Listed the other way round, Dog's value ({name, bark}) is accepted by Cat too,
    // so Cat's is taken.
    assert_eq!(
        value(&api, "Reversed", false),
        Ok(json!({"name": "contract"}))
    );
}

#[test]
fn a_schema_that_only_allows_null_gets_null() {
    let api = lowered(json!({
        "Stock": {"type": "object", "properties": {"stock": {"nullable": true}}},
        "Note": {"type": "object", "properties": {"note": {}}},
    }));
    assert_eq!(value(&api, "Stock", true), Ok(json!({"stock": null})));
    // Without `nullable`, an untyped schema takes any value.
    assert_eq!(value(&api, "Note", true), Ok(json!({"note": "value"})));
}

#[test]
fn overlapping_alternatives_are_reported_as_the_spec_s_fault() {
    let api = lowered(json!({"Either": {"oneOf": [
        {"type": "object", "properties": {"a": {"type": "string"}}},
        {"type": "object", "properties": {"b": {"type": "string"}}},
    ]}}));
    let (ty, c) = body(&api, "Either");
    let inputs = Inputs::new(&api);
    assert!(inputs.value(&ty, &c, false, 0).is_ok());
    assert_eq!(inputs.faults.borrow().len(), 1);
    assert!(inputs.faults.borrow()[0].contains("overlap"));
}

#[test]
fn strings_meet_their_pattern_format_and_lengths() {
    let api = lowered(json!({"Thing": {"type": "object",
    "required": ["hex", "bounded", "at", "ids"],
    "properties": {
        "hex": {"type": "string", "pattern": r"^(?:{[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7}}|[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7})$"},
        "bounded": {"type": "string", "pattern": "^[A-Z]+$", "minLength": 10, "maxLength": 12},
        "at": {"type": "string", "format": "date-time"},
        "ids": {"type": "array", "items": {"type": "string", "format": "uuid"}},
    }}}));
    let v = value(&api, "Thing", false).unwrap_or_default();
    let hex = v["hex"].as_str().unwrap_or_default();
    let pattern = generator::lower::literal_braces(
        r"^(?:{[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7}}|[0-9a-fA-F]{4}(?:-?[0-9a-fA-F]{4}){7})$",
    );
    assert!(
        regex_lite::Regex::new(&pattern).is_ok_and(|r| r.is_match(hex)),
        "{v}"
    );
    assert!(
        (10..=12).contains(&v["bounded"].as_str().map_or(0, str::len)),
        "{v}"
    );
    assert_eq!(v["at"], json!("2024-01-02T03:04:05Z"));
    assert_eq!(v["ids"], json!(["3fa85f64-5717-4562-b3fc-2c963f66afa6"]));
}

#[test]
fn a_schema_that_requires_itself_is_the_spec_s_fault() {
    let api = lowered(json!({
        "Node": {"type": "object", "required": ["parent", "children"], "properties": {
            "parent": {"$ref": "#/components/schemas/Node"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        }},
        "Tree": {"type": "object", "required": ["children"], "properties": {
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
        }},
    }));
    let error = value(&api, "Node", false).err().unwrap_or_default();
    assert!(
        error.starts_with(super::synth::SPEC_FAULT) && error.contains("Node"),
        "{error}"
    );
    // A required array of itself ends with an empty array.
    assert!(value(&api, "Tree", true).is_ok());
}

#[test]
fn a_length_no_value_of_the_format_has_is_the_spec_s_fault() {
    let api = lowered(json!({
        "Long": {"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string", "format": "uuid", "minLength": 64, "maxLength": 64}}},
        "Fine": {"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string", "format": "uuid", "maxLength": 64}}},
    }));
    let err = value(&api, "Long", false);
    assert!(
        err.as_ref()
            .is_err_and(|e| e.starts_with(super::synth::SPEC_FAULT)),
        "{err:?}"
    );
    assert!(value(&api, "Fine", false).is_ok());
}

#[test]
fn a_parameter_of_a_number_or_string_gets_a_string_no_number_reads_as() {
    let api = lowered(json!({
        "Loose": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
        "Digits": {"oneOf": [{"type": "integer"}, {"type": "string", "pattern": "^[0-9]+$"}]},
    }));
    let inputs = Inputs::new(&api);
    let named = |n: &str| {
        api.types
            .iter()
            .find(|t| t.name == n && matches!(t.kind, TypeKind::OneOf(_)))
            .map(|t| TypeRef::named(t.name.clone()))
            .unwrap_or(TypeRef::Json)
    };
    let none = &Constraints::default();
    let value = inputs.unambiguous_text(&named("Loose"), none, json!(1));
    assert!(
        value.as_str().is_some_and(|t| t.parse::<f64>().is_err()),
        "{value}"
    );
    // Without a oneOf there is nothing to tell apart.
    assert_eq!(
        inputs.unambiguous_text(&TypeRef::I64, none, json!(1)),
        json!(1)
    );
}

#[test]
fn examples_that_break_their_schema_format_or_pattern_are_not_used() {
    let api = lowered(json!({
        "Times": {"type": "object", "required": ["d", "p", "u"], "properties": {
            "d": {"type": "string", "format": "duration", "example": "TBD"},
            "p": {"type": "string", "format": "json-pointer", "default": "#/foo"},
            "u": {"type": "string", "format": "uuid", "example": "trip-1"},
        }},
        "Nested": {"type": "object", "properties": {"id": {"type": "string", "pattern": "^[0-9]+$"}},
            "example": {"id": "x"}},
        "Wrong": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer", "minimum": 3}},
            "example": {"name": "x"}},
        "Text": {"type": "object", "properties": {"a": {"type": "integer"}}, "example": "{\"a\": 1}"},
        "Good": {"type": "object", "properties": {"a": {"type": "integer"}}, "example": {"a": 7}},
    }));
    assert_eq!(
        value(&api, "Times", false),
        Ok(json!({"d": "P1D", "p": "/contract", "u": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}))
    );
    let nested = value(&api, "Nested", true).unwrap_or_default();
    let id = nested["id"].as_str().unwrap_or("x");
    assert!(
        !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()),
        "{nested}"
    );
    assert_eq!(value(&api, "Wrong", false), Ok(json!({"id": 3})));
    assert_eq!(value(&api, "Text", false), Ok(json!({"a": 1})));
    assert_eq!(value(&api, "Good", false), Ok(json!({"a": 7})));
}

#[test]
fn an_enum_the_ir_types_loosely_still_gives_one_of_its_values() {
    let api = lowered(
        json!({"Flags": {"type": "object", "required": ["inferred", "off"],
        "properties": {
            "inferred": {"enum": [true, false]},
            "off": {"type": "boolean", "enum": [false]},
        }}}),
    );
    assert_eq!(
        value(&api, "Flags", false),
        Ok(json!({"inferred": true, "off": false}))
    );
}

/// The values of the parameters of the operation `id` in `api`, by wire name.
fn params(api: &Api, id: &str) -> Vec<(String, Result<Value, String>)> {
    let inputs = Inputs::new(api);
    let op = api.operations.iter().find(|o| o.id == id);
    assert!(op.is_some(), "an operation {id}");
    op.into_iter()
        .flat_map(|o| o.path_params.iter().chain(&o.params))
        .map(|p| {
            let value = super::program::param_value(&inputs, p);
            (p.wire_name.clone(), value)
        })
        .collect()
}

#[test]
fn a_number_or_string_path_parameter_behind_an_alias_gets_a_string() {
    // Two operations' parameters of the same inline `oneOf`: the lowering keeps one
    // type, and the other parameter's type is an alias of it.
    let id = json!({"name": "id", "in": "path", "required": true,
        "schema": {"oneOf": [{"type": "integer"}, {"type": "string"}]}});
    let op = |name: &str| {
        json!({"get": {"operationId": name, "parameters": [id.clone()],
            "responses": {"204": {"description": "done"}}}})
    };
    let api = lowered_doc(
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/a/{id}": op("getA"), "/b/{id}": op("getB")}}),
    );
    let aliases = api
        .types
        .iter()
        .filter(|t| matches!(t.kind, TypeKind::Alias(_)))
        .count();
    assert_eq!(
        aliases, 1,
        "one parameter's type is an alias of the other's"
    );
    // `1` would read as the integer and the string alike.
    for id in ["getA", "getB"] {
        assert_eq!(
            params(&api, id),
            vec![("id".to_string(), Ok(json!("contract")))]
        );
    }
}

#[test]
fn a_required_write_only_property_is_sent() {
    // Its field is optional (it is never received), but a request must carry it.
    let api = lowered(
        json!({"Device": {"type": "object", "required": ["description", "secret"],
        "properties": {
            "description": {"type": "string"},
            "secret": {"type": "string", "writeOnly": true},
            "ips": {"type": "array", "items": {"type": "string"}, "writeOnly": true},
        }}}),
    );
    assert_eq!(
        value(&api, "Device", false),
        Ok(json!({"description": "contract", "secret": "contract"}))
    );
}

#[test]
fn a_oneof_alternative_s_format_is_met() {
    let uuid = json!({"type": "string", "format": "uuid"});
    let param = |name: &str, alternatives: Value| json!({"name": name, "in": "query", "schema": {"oneOf": alternatives}});
    let api = lowered_doc(
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/events": {"get": {"operationId": "events", "parameters": [
            param("one", json!([uuid, {"type": "array", "items": uuid}])),
            param("many", json!([{"type": "array", "items": uuid}, {"type": "integer"}])),
        ], "responses": {"204": {"description": "done"}}}}}}),
    );
    let id = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    assert_eq!(
        params(&api, "events"),
        vec![
            ("one".to_string(), Ok(json!(id))),
            ("many".to_string(), Ok(json!([id, id]))),
        ]
    );
}

#[test]
fn anyof_alternatives_may_overlap() {
    let api = lowered(json!({
        "File": {"description": "a file's bytes"},
        "Upload": {"type": "object", "required": ["file"], "properties": {
            "file": {"anyOf": [{"$ref": "#/components/schemas/File"}, {"type": "string"}]}}},
    }));
    let (ty, c) = body(&api, "Upload");
    let inputs = Inputs::new(&api);
    assert_eq!(
        inputs.value(&ty, &c, false, 0),
        Ok(json!({"file": "value"}))
    );
    // Both alternatives accept it, which `anyOf` allows: no fault of the spec.
    assert_eq!(*inputs.faults.borrow(), Vec::<String>::new());
}

#[test]
fn a_required_name_without_a_property_is_an_entry_of_the_map_or_the_spec_s_fault() {
    let api = lowered(json!({
        "Open": {"type": "object", "required": ["id", "limit"],
            "properties": {"id": {"type": "string"}},
            "additionalProperties": {"type": "integer"}},
        "Closed": {"type": "object", "required": ["id", "limit"],
            "properties": {"id": {"type": "string"}}},
        "Merged": {"allOf": [
            {"type": "object", "required": ["id", "name"], "properties": {"id": {"type": "string"}}},
            {"type": "object", "properties": {"name": {"type": "string"}}},
        ]},
    }));
    assert_eq!(
        value(&api, "Open", false),
        Ok(json!({"id": "contract", "limit": 1}))
    );
    let (ty, c) = body(&api, "Closed");
    let inputs = Inputs::new(&api);
    assert_eq!(
        inputs.value(&ty, &c, false, 0),
        Ok(json!({"id": "contract"}))
    );
    assert_eq!(
        *inputs.faults.borrow(),
        vec![
            "the spec's schema requires the property `limit`, which neither its `properties` \
             nor its `additionalProperties` declare, so the typed client has no field for it"
                .to_string()
        ]
    );
    // Required by one member of an allOf, declared by another: nothing is missing.
    let (ty, c) = body(&api, "Merged");
    let inputs = Inputs::new(&api);
    assert_eq!(
        inputs.value(&ty, &c, false, 0),
        Ok(json!({"id": "contract", "name": "contract"}))
    );
    assert_eq!(*inputs.faults.borrow(), Vec::<String>::new());
}

#[test]
fn an_allof_of_members_of_different_types_is_the_spec_s_fault() {
    let api = lowered(json!({
        "Text": {"type": "string"},
        "Clash": {"allOf": [{"$ref": "#/components/schemas/Text"}, {"type": "integer"}]},
        "Holder": {"type": "object", "properties": {
            "clash": {"allOf": [{"type": "string"}, {"type": "integer"}]}}},
        "Numbers": {"allOf": [{"type": "number"}, {"type": "integer", "minimum": 2}]},
    }));
    assert_eq!(
        value(&api, "Clash", false),
        Err(
            "the spec's allOf combines schemas of different types (number, string: \
             #/components/schemas/Text), which no value satisfies"
                .to_string()
        )
    );
    // Only where the value is made: an optional property is left out with required inputs.
    assert_eq!(value(&api, "Holder", false), Ok(json!({})));
    assert_eq!(
        value(&api, "Holder", true),
        Err(
            "the spec's allOf combines schemas of different types (number, string), which \
             no value satisfies"
                .to_string()
        )
    );
    // An integer is a number.
    assert!(value(&api, "Numbers", false).is_ok());
}

#[test]
fn enum_values_none_of_the_type_are_the_spec_s_fault() {
    let api = lowered_doc(
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/r/{rating}": {"get": {"operationId": "ratings", "parameters": [
            {"name": "rating", "in": "path", "required": true, "example": "9",
                "schema": {"type": "integer", "enum": ["1", "9"]}},
        ], "responses": {"204": {"description": "done"}}}}}}),
    );
    assert_eq!(
        params(&api, "ratings"),
        vec![(
            "rating".to_string(),
            Err(
                "the spec's enum values (\"1\", \"9\") are none of its type `integer`, so no \
                 value satisfies the schema"
                    .to_string()
            )
        )]
    );
}

#[test]
fn an_example_two_oneof_alternatives_accept_is_the_spec_s_fault() {
    let api = lowered_doc(
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/k": {"get": {"operationId": "keywords", "parameters": [
            {"name": "id", "in": "query", "required": true, "example": "U6ba",
                "schema": {"oneOf": [{"type": "string", "format": "upload-id"},
                    {"type": "string", "format": "asset-id"}]}},
        ], "responses": {"204": {"description": "done"}}}}}}),
    );
    let op = api.operations.iter().find(|o| o.id == "keywords");
    let inputs = Inputs::new(&api);
    let values: Vec<_> = op
        .into_iter()
        .flat_map(|o| &o.params)
        .map(|p| super::program::param_value(&inputs, p))
        .collect();
    // The example is sent, and why Prism refuses it is reported.
    assert_eq!(values, vec![Ok(json!("U6ba"))]);
    assert_eq!(
        *inputs.faults.borrow(),
        vec![
            "the spec's oneOf alternatives overlap: 2 of them accept the spec's own example \
             \"U6ba\" (their differences are formats no validator knows, or none), while oneOf \
             wants exactly one"
                .to_string()
        ]
    );
}

#[test]
fn an_example_only_one_alternative_s_required_names_accept_is_no_overlap() {
    // Alternatives that only list `required` names: untyped, but not alike.
    let api = lowered(
        json!({"Item": {"type": "object", "additionalProperties": false,
        "properties": {"id": {"type": "integer"}, "owner": {"type": "string"}},
        "oneOf": [{"required": ["id"]}, {"required": ["owner"]}],
        "example": {"id": 3}}}),
    );
    let (ty, c) = body(&api, "Item");
    let inputs = Inputs::new(&api);
    assert_eq!(inputs.value(&ty, &c, false, 0), Ok(json!({"id": 3})));
    assert_eq!(*inputs.faults.borrow(), Vec::<String>::new());
}
