//! Webhooks from each place a spec keeps them (3.1 `webhooks`, 3.0 `x-webhooks`,
//! callbacks), what tells them apart, and the signature scheme from `generator.toml`, the
//! spec's extensions or a declared header, in that order.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::overrides::Overrides;
use generator::{Options, Source};

/// The generated `webhooks.rs` (empty when there is none), and the warnings with their
/// pointers.
fn generate(spec: &str, config: &str) -> (String, Vec<(String, String)>) {
    let source = Source {
        name: "hooks.yaml".into(),
        text: spec.into(),
    };
    let options = Options {
        standalone: true,
        overrides: Overrides::parse(config).unwrap(),
        ..Options::new("hooks")
    };
    let generated = match generator::generate(&source, &options, &Default::default()) {
        Ok(g) => g,
        Err(d) => panic!("{}", generator::render_diagnostics(&source, &d)),
    };
    let hooks = generated
        .files
        .get("src/webhooks.rs")
        .cloned()
        .unwrap_or_default();
    let warnings = generated
        .warnings
        .iter()
        .map(|w| (w.pointer.clone(), w.message.clone()))
        .collect();
    (hooks, warnings)
}

const SPEC_30: &str = r#"
openapi: 3.0.3
info: {title: Hooks, version: "1"}
paths: {}
x-speakeasy-webhooks:
  security:
    type: signature
    headerName: x-signature
    signatureTextEncoding: base64
    algorithm: hmac-sha256
x-webhooks:
  pet.created:
    post:
      parameters:
        - {name: X-Hub-Signature-256, in: header, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
      responses: {'200': {description: ok}}
  pet.sync:
    put:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
      responses: {'200': {description: ok}}
    patch:
      requestBody:
        content:
          application/json:
            schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
      responses: {'200': {description: ok}}
  pet.form:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {name: {type: string}}}
      responses: {'200': {description: ok}}
  pet.bare:
    post:
      responses: {'200': {description: ok}}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
"#;

#[test]
fn x_webhooks_give_a_variant_per_request_with_a_json_payload() {
    let (hooks, warnings) = generate(SPEC_30, "");
    assert!(hooks.contains("PetCreated(Box<models::Pet>)"), "{hooks}");
    // A webhook with two methods: one variant each, named by the key and the method.
    assert!(hooks.contains("PetSyncPut(Box<models::Pet>)"), "{hooks}");
    assert!(
        hooks.contains("PetSyncPatch(Box<Vec<models::Pet>>)"),
        "{hooks}"
    );
    assert!(hooks.contains(r#"key: "pet.sync put""#), "{hooks}");
    // A form payload and a request without a body have no variant, and say so where they
    // are written.
    assert!(
        !hooks.contains("PetForm") && !hooks.contains("PetBare"),
        "{hooks}"
    );
    let at = |p: &str| {
        warnings
            .iter()
            .find(|(w, _)| w == p)
            .map(|(_, m)| m.as_str())
    };
    assert!(
        at("#/x-webhooks/pet.form/post/requestBody").is_some_and(|m| m.contains("only JSON")),
        "{warnings:?}"
    );
    assert!(
        at("#/x-webhooks/pet.bare/post").is_some_and(|m| m.contains("without a body")),
        "{warnings:?}"
    );
}

#[test]
fn the_signature_scheme_comes_from_the_file_then_the_extension_then_a_declared_header() {
    // The extension wins over the declared `X-Hub-Signature-256`.
    let (hooks, _) = generate(SPEC_30, "");
    assert!(
        hooks.contains(r#"Signature::base64("x-signature")"#),
        "{hooks}"
    );
    assert!(hooks.contains("as `x-speakeasy-webhooks` says"), "{hooks}");
    // The file wins over both.
    let (hooks, _) = generate(SPEC_30, "[webhooks]\nsignature = \"stripe\"\n");
    assert!(hooks.contains("Verifier::stripe(secret)"), "{hooks}");
    let (hooks, _) = generate(
        SPEC_30,
        "[webhooks]\nsignature = \"hmac-sha256\"\nheader = \"X-Sig\"\nprefix = \"sha256=\"\n",
    );
    assert!(
        hooks.contains(r#"Signature::hex("x-sig").prefix("sha256=")"#),
        "{hooks}"
    );
    // Without either, the header the webhooks declare.
    let declared = SPEC_30.replace("x-speakeasy-webhooks", "x-other");
    let (hooks, _) = generate(&declared, "");
    assert!(hooks.contains("Verifier::github(secret)"), "{hooks}");
    assert!(
        hooks.contains("the `x-hub-signature-256` header the webhooks declare"),
        "{hooks}"
    );
    // `none`: no verifier, and the example builds one by hand.
    let (hooks, _) = generate(SPEC_30, "[webhooks]\nsignature = \"none\"\n");
    assert!(!hooks.contains("pub fn verifier"), "{hooks}");
    assert!(
        hooks.contains("Verifier::standard_webhooks(secret)"),
        "{hooks}"
    );
    // A name the file does not know is a warning, and the spec decides.
    let (hooks, warnings) = generate(SPEC_30, "[webhooks]\nsignature = \"rsa\"\n");
    assert!(
        hooks.contains(r#"Signature::base64("x-signature")"#),
        "{hooks}"
    );
    assert!(
        warnings
            .iter()
            .any(|(_, m)| m.contains("signature = \"rsa\"")),
        "{warnings:?}"
    );
}

#[test]
fn a_signature_the_runtime_does_not_check_is_a_warning() {
    let asymmetric = SPEC_30.replace(
        "x-speakeasy-webhooks:\n  security:\n    type: signature",
        "x-fern-webhook-signature:\n  type: asymmetric\n  security:\n    type: signature",
    );
    let (hooks, warnings) = generate(&asymmetric, "");
    assert!(
        warnings
            .iter()
            .any(|(p, m)| p == "#/x-fern-webhook-signature" && m.contains("no verifier")),
        "{warnings:?}"
    );
    // The declared header still names a scheme.
    assert!(hooks.contains("Verifier::github(secret)"), "{hooks}");
}

#[test]
fn a_3_1_document_s_webhooks_are_located_where_they_are_written() {
    let spec = r#"
openapi: 3.1.0
info: {title: Hooks, version: "1"}
webhooks:
  ping:
    post:
      responses: {'200': {description: ok}}
  note:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                kind: {const: note}
                text: {type: [string, "null"]}
      responses: {'200': {description: ok}}
"#;
    let (hooks, warnings) = generate(spec, "");
    assert!(
        warnings.iter().any(|(p, _)| p == "#/webhooks/ping/post"),
        "{warnings:?}"
    );
    // The inline payload is typed as 3.1 writes it (`const`, a nullable string).
    assert!(
        hooks.contains("Note(Box<models::NoteWebhookRequest>)"),
        "{hooks}"
    );
    assert!(
        hooks.contains(r#"field: Some(("kind", "note"))"#),
        "{hooks}"
    );
    // No signature scheme anywhere: no verifier.
    assert!(!hooks.contains("pub fn verifier"), "{hooks}");
}
