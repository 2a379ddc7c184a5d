//! Conversions of whole Swagger 2.0 documents, checked against their 3.0 form and where each node came from.

use super::*;

fn up(doc: Value) -> Upgraded {
    upgrade(doc, false)
}

const PETSTORE: &str = r##"{
  "swagger": "2.0",
  "info": {"title": "Pets", "version": "1"},
  "host": "api.example.com", "basePath": "/v1", "schemes": ["https", "http"],
  "consumes": ["application/json"], "produces": ["application/json"],
  "securityDefinitions": {
    "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
    "basic": {"type": "basic"},
    "app": {"type": "oauth2", "flow": "application", "tokenUrl": "https://t", "scopes": {"r": "read"}}
  },
  "parameters": {"limit": {"name": "limit", "in": "query", "type": "integer"}},
  "paths": {"/pets/{id}": {
    "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}],
    "put": {
      "operationId": "updatePet",
      "parameters": [
        {"$ref": "#/parameters/limit"},
        {"name": "pet", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}},
        {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"}
      ],
      "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"},
                            "headers": {"X-Rate": {"type": "integer"}}}}
    },
    "post": {
      "consumes": ["multipart/form-data"],
      "parameters": [
        {"name": "file", "in": "formData", "type": "file", "required": true},
        {"name": "note", "in": "formData", "type": "string"}
      ],
      "responses": {"204": {"description": "done"}}
    }
  }},
  "definitions": {"Pet": {"type": "object", "properties": {"name": {"type": "string", "x-nullable": true},
                                                           "owner": {"$ref": "#/definitions/Pet", "x-nullable": true}}}}
}"##;

#[test]
fn a_petstore_converts_to_its_3_0_form() {
    let doc: Value = serde_json::from_str(PETSTORE).unwrap_or_default();
    let u = up(doc);
    assert!(u.diags.is_empty(), "{:?}", u.diags);
    let d = &u.doc;
    assert_eq!(
        d["servers"],
        json!([{"url": "https://api.example.com/v1"}, {"url": "http://api.example.com/v1"}])
    );
    let put = &d["paths"]["/pets/{id}"]["put"];
    assert_eq!(
        put["parameters"][0],
        json!({"$ref": "#/components/parameters/limit"})
    );
    assert_eq!(
        put["parameters"][1],
        json!({"name": "tags", "in": "query", "style": "form", "explode": true,
               "schema": {"type": "array", "items": {"type": "string"}}})
    );
    assert_eq!(
        put["requestBody"]["content"]["application/json"]["schema"],
        json!({"$ref": "#/components/schemas/Pet"})
    );
    assert_eq!(
        put["requestBody"]["x-codegen-request-body-name"],
        json!("pet")
    );
    assert_eq!(
        put["responses"]["200"]["headers"]["X-Rate"],
        json!({"schema": {"type": "integer"}})
    );
    let post = &d["paths"]["/pets/{id}"]["post"];
    let form = &post["requestBody"]["content"]["multipart/form-data"]["schema"];
    assert_eq!(
        form["properties"]["file"],
        json!({"type": "string", "format": "binary"})
    );
    assert_eq!(form["required"], json!(["file"]));
    assert_eq!(
        d["paths"]["/pets/{id}"]["parameters"][0]["schema"],
        json!({"type": "string"})
    );
    assert_eq!(
        d["components"]["schemas"]["Pet"]["properties"]["name"],
        json!({"type": "string", "nullable": true})
    );
    assert_eq!(
        d["components"]["securitySchemes"]["app"]["flows"]["clientCredentials"]["tokenUrl"],
        json!("https://t")
    );
    assert_eq!(
        d["components"]["securitySchemes"]["basic"]["scheme"],
        json!("basic")
    );
    assert_eq!(
        d["components"]["schemas"]["Pet"]["properties"]["owner"],
        json!({"allOf": [{"$ref": "#/components/schemas/Pet"}], "nullable": true})
    );
    let o = &u.origins;
    assert_eq!(
        o.original("#/paths/~1pets~1{id}/put/requestBody/content/application~1json/schema/$ref"),
        "#/paths/~1pets~1{id}/put/parameters/1/schema/$ref"
    );
    assert_eq!(
        o.original("#/paths/~1pets~1{id}/put/parameters/1/schema/items"),
        "#/paths/~1pets~1{id}/put/parameters/2/items"
    );
    assert_eq!(
        o.original("#/paths/~1pets~1{id}/post/requestBody/content/multipart~1form-data/schema/properties/note"),
        "#/paths/~1pets~1{id}/post/parameters/1"
    );
    assert_eq!(
        o.original("#/paths/~1pets~1{id}/put/responses/200/content/application~1json/schema"),
        "#/paths/~1pets~1{id}/put/responses/200/schema"
    );
    assert_eq!(
        o.original("#/components/schemas/Pet/properties/name"),
        "#/definitions/Pet/properties/name"
    );
}

#[test]
fn collection_formats_without_a_3_0_style_are_located_errors() {
    let doc = json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {
            "parameters": [{"name": "ids", "in": "query", "type": "array",
                            "items": {"type": "integer"}, "collectionFormat": "tsv"}],
            "responses": {"200": {"description": "ok"}}}}}
    });
    let u = up(doc);
    assert_eq!(u.diags.len(), 1, "{:?}", u.diags);
    assert_eq!(
        u.diags[0].pointer,
        "#/paths/~1a/get/parameters/0/collectionFormat"
    );
    assert_eq!(u.diags[0].severity, crate::diag::Severity::Error);
}

#[test]
fn under_skip_unsupported_an_operation_that_cannot_be_sent_right_is_left_out() {
    let doc = json!({
        "swagger": "2.0", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {
            "get": {
                "parameters": [{"name": "ids", "in": "query", "type": "array",
                                "items": {"type": "integer"}, "collectionFormat": "tsv"}],
                "responses": {"200": {"description": "ok"}}},
            "post": {"responses": {"204": {"description": "ok"}}}}}
    });
    let u = upgrade(doc, true);
    assert_eq!(u.diags.len(), 1, "{:?}", u.diags);
    assert_eq!(u.diags[0].severity, crate::diag::Severity::Warning);
    assert!(u.doc["paths"]["/a"].get("get").is_none(), "{}", u.doc);
    assert!(u.doc["paths"]["/a"]["post"].is_object());
}
