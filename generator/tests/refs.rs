//! References to any JSON pointer of the document, the way bundlers write them, and what a
//! reference that cannot be resolved costs.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::diag::Severity;
use generator::files::{self, Mode};
use generator::{Options, Source};
use std::path::Path;

fn options(skip_unsupported: bool) -> Options {
    Options {
        standalone: true,
        skip_unsupported,
        ..Options::new("pointer-refs")
    }
}

/// A bundled spec on one line: responses, parameters, request bodies, headers and schemas
/// that refer to another operation's by `#/paths/...` pointers, a path item by `$ref`, and
/// a chain of references.
fn bundled() -> String {
    serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "Bundled", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/v2/account": {
                "get": {
                    "operationId": "getAccount",
                    "parameters": [
                        {"name": "per_page", "in": "query", "schema": {"type": "integer", "maximum": 200}},
                        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "The account",
                            "headers": {"X-Rate": {"schema": {"type": "integer"}}},
                            "content": {"application/json": {"schema": {
                                "type": "object",
                                "required": ["uuid"],
                                "properties": {"uuid": {"type": "string", "maxLength": 36}}
                            }}}
                        },
                        "401": {
                            "description": "Unauthorized",
                            "content": {"application/json": {"schema": {
                                "type": "object",
                                "properties": {"id": {"type": "string"}, "message": {"type": "string"}}
                            }}}
                        }
                    }
                }
            },
            "/v2/droplets": {
                "post": {
                    "operationId": "createDroplet",
                    "parameters": [
                        {"$ref": "#/paths/~1v2~1account/get/parameters/0"},
                        {"$ref": "#/paths/~1v2~1account/get/parameters/1"}
                    ],
                    "requestBody": {
                        "required": true,
                        "content": {"application/json": {"schema": {
                            "type": "object",
                            "properties": {
                                "owner": {"$ref": "#/paths/~1v2~1account/get/responses/200/content/application~1json/schema"}
                            }
                        }}}
                    },
                    "responses": {
                        "200": {"$ref": "#/paths/~1v2~1account/get/responses/200"},
                        "401": {"$ref": "#/paths/~1v2~1account/get/responses/401"},
                        "403": {"$ref": "#/components/responses/Forbidden"}
                    }
                }
            },
            "/v2/droplets/{id}": {"$ref": "#/x-shared/droplet"}
        },
        "x-shared": {
            "droplet": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                "delete": {
                    "operationId": "deleteDroplet",
                    "requestBody": {"$ref": "#/paths/~1v2~1droplets/post/requestBody"},
                    "responses": {"204": {"description": "Gone"}, "401": {"$ref": "#/components/responses/Chained"}}
                }
            }
        },
        "components": {
            "responses": {
                "Forbidden": {"$ref": "#/paths/~1v2~1account/get/responses/401"},
                "Chained": {"$ref": "#/components/responses/Forbidden"}
            }
        }
    })
    .to_string()
}

#[test]
fn a_minified_bundled_spec_with_pointer_refs_generates_a_crate_that_builds() {
    let text = bundled();
    assert!(!text.contains('\n'), "the spec is one line");
    let source = Source {
        name: "bundled.json".into(),
        text,
    };
    let generated = generator::generate(&source, &options(false), &Default::default())
        .unwrap_or_else(|d| panic!("{}", generator::render_diagnostics(&source, &d)));
    let client = &generated.files["src/client.rs"];
    for op in ["get_account", "create_droplet", "delete_droplet"] {
        // An `async fn`, or a method returning the request builder of optional inputs.
        assert!(
            client.contains(&format!("pub fn {op}("))
                || client.contains(&format!("pub fn {op}<'a>(")),
            "{op} is generated"
        );
    }
    // The referred-to parameters arrive with their names and types.
    let calls = &generated.files["src/calls.rs"];
    assert!(
        calls.contains("pub fn per_page(mut self, per_page: i64) -> Self"),
        "{calls}"
    );
    // The error status referred to by pointer keeps its typed body in every operation.
    let errors = &generated.files["src/error.rs"];
    assert!(
        errors.matches("Unauthorized(crate::TypedResponse<").count() >= 2,
        "{errors}"
    );

    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pointer-refs");
    files::sync(&scratch, &generated.files, Mode::Write).expect("write the crate");
    // The repository's lockfile, which holds every dependency of a generated crate, pins
    // the versions, and `--offline` fetches nothing: cargo keeps the locked versions and
    // drops what this crate does not use.
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock");
    std::fs::copy(&lock, scratch.join("Cargo.lock")).expect("copy the repository's Cargo.lock");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(["check", "--offline", "--quiet"])
        .current_dir(&scratch)
        // Shared with the fixture crates, so dependencies are built once.
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("fixture-crates/target"),
        )
        .output()
        .expect("run cargo");
    assert!(
        output.status.success(),
        "the generated crate does not build:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// One operation whose response points at nothing, beside one that is fine.
const ONE_BROKEN: &str = r##"{"openapi":"3.0.3","info":{"title":"T","version":"1"},"paths":{
"/ok":{"get":{"operationId":"fine","responses":{"200":{"description":"OK"}}}},
"/broken":{"get":{"operationId":"broken","parameters":[{"$ref":"#/paths/~1nowhere/get/parameters/0"}],
"responses":{"200":{"$ref":"#/paths/~1ok/get/responses/404"}}}}}}"##;

#[test]
fn an_unresolvable_reference_costs_only_its_operation_under_skip_unsupported() {
    let source = Source {
        name: "broken.json".into(),
        text: ONE_BROKEN.into(),
    };
    // Without the flag: errors naming each reference, nothing generated.
    let errors = generator::generate(&source, &options(false), &Default::default())
        .expect_err("broken refs fail");
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors.iter().all(|d| d.severity == Severity::Error));
    assert!(
        errors
            .iter()
            .any(|d| d.pointer == "#/paths/~1broken/get/parameters/0/$ref"
                && d.message.contains("#/paths/~1nowhere/get/parameters/0")),
        "{errors:?}"
    );
    // With it: the other operation is generated, and the warnings say what was left out.
    let generated = generator::generate(&source, &options(true), &Default::default())
        .expect("generates the rest");
    let client = &generated.files["src/client.rs"];
    assert!(client.contains("pub fn fine("));
    assert!(!client.contains("pub fn broken("));
    assert_eq!(generated.warnings.len(), 2, "{:?}", generated.warnings);
    assert!(
        generated
            .warnings
            .iter()
            .all(|w| w.message.contains("the operation is left out"))
    );
}

/// A component schema marked `nullable` (plaid's `PlaidError`) makes every property that
/// refers to it nullable: `null` decodes, into `None` when required and `Some(None)` when
/// not, instead of failing the whole response.
#[test]
fn a_property_referring_to_a_nullable_schema_is_nullable() {
    let spec = serde_json::json!({
        "openapi": "3.0.3",
        "info": {"title": "Nullable refs", "version": "1"},
        "paths": {"/items": {"get": {
            "operationId": "getItem",
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Item"}
            }}}}
        }}},
        "components": {"schemas": {
            "Problem": {
                "type": "object",
                "nullable": true,
                "required": ["code"],
                "properties": {"code": {"type": "string"}}
            },
            "Item": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {"$ref": "#/components/schemas/Problem"},
                    "last_error": {"$ref": "#/components/schemas/Problem"}
                }
            }
        }}
    });
    let source = Source {
        name: "nullable-refs.json".into(),
        text: spec.to_string(),
    };
    let generated =
        generator::generate(&source, &options(false), &Default::default()).expect("generates");
    let models = &generated.files["src/models.rs"];
    assert!(models.contains("pub error: Option<Problem>,"), "{models}");
    assert!(
        models.contains("pub last_error: Option<Option<Problem>>,"),
        "{models}"
    );
}
