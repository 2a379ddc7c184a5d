//! The same spec written as Swagger 2.0, OpenAPI 3.0 and 3.1 gives the same public Rust
//! API: the evidence that the 2.0 and 3.1 conversions are faithful.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::Source;
use generator::ir::{Api, TypeKind};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The folders of `@readme/oas-examples` in the shared corpus, by version.
const FOLDERS: &[(&str, &str)] = &[
    ("2.0", "features-2.0"),
    ("3.0", "features"),
    ("3.1", "features-3.1"),
];

/// Files that share a name with another version's but describe another API, so there is
/// nothing to compare them with: (spec, version, why).
const DIFFERENT_DOCUMENTS: &[(&str, &str, &str)] = &[
    (
        "petstore-simple.yaml",
        "2.0",
        "the 2.0 file is a 182-line pet API (getPetById, updatePetWithForm, deletePet); \
         the 3.0 and 3.1 files are a 39-line one with only `/pet/{id}`",
    ),
    (
        "schema-circular.yaml",
        "2.0",
        "the 2.0 file is a 26-line spec with one `Node` schema; the 3.0 file is a \
         349-line one with multipart and JAX-RS body-part schemas",
    ),
];

/// Differences the versions are allowed to have, each because the files themselves say
/// different things: (spec, the versions whose API has the line, how the line starts, why).
const ALLOWED: &[(&str, &str, &str, &str)] = &[
    (
        "petstore.yaml",
        "2.0 3.0",
        "fn upload_file body: Named",
        "the 2.0 and 3.0 files upload the image as a multipart form; the 3.1 file as an \
         `application/octet-stream` body",
    ),
    (
        "petstore.yaml",
        "2.0 3.0",
        "struct UploadFileRequest",
        "the multipart form of `uploadFile`, which the 3.1 file does not have",
    ),
    (
        "petstore.yaml",
        "3.1",
        "fn upload_file body: Bytes",
        "the 3.1 file's `application/octet-stream` upload",
    ),
    (
        "readme-extensions.yaml",
        "3.0",
        "fn x_metrics_enabled",
        "only the 3.0 file has the `/x-metrics-enabled` path",
    ),
    (
        "readme-extensions.yaml",
        "3.0",
        "fn x_readme_metrics_enabled",
        "only the 3.0 file has the `/x-readme-metrics-enabled` path",
    ),
    (
        "readme-extensions.yaml",
        "3.0",
        "fn x_readme_code_samples",
        "in the 3.0 file `x-readme_code-samples` has a request body and a JSON response; \
         in the 3.1 file it has neither",
    ),
    (
        "readme-extensions.yaml",
        "3.1",
        "fn x_readme_code_samples",
        "the 3.1 file's `x-readme_code-samples` has no request body and no response content",
    ),
    (
        "schema-types.yaml",
        "3.1",
        "fn mixed_schema_support",
        "only the 3.1 file has `/anything/mixed`, written with 3.1-only `type` lists",
    ),
    (
        "schema-types.yaml",
        "3.1",
        "oneof MixedSchemaSupportRequest",
        "the `type: [string, number]` and `[string, boolean]` lists of `/anything/mixed`",
    ),
    (
        "schema-types.yaml",
        "3.1",
        "struct MixedSchemaSupportRequest",
        "the body of `/anything/mixed`",
    ),
    (
        "schema-types.yaml",
        "3.1",
        "fn null_schema_support",
        "only the 3.1 file has `/anything/null`, written with the 3.1-only `type: null`",
    ),
    (
        "schema-types.yaml",
        "3.1",
        "struct NullSchemaSupportRequest",
        "the body of `/anything/null`",
    ),
    (
        "schema-types.yaml",
        "3.0 3.1",
        "struct StringSchemaSupportRequest field enum_with_default_and_required",
        "the 3.1 file lists `enum (with default and required)` under `required`; the 3.0 \
         file does not",
    ),
    (
        "security.yaml",
        "3.0",
        "fn get_anything_optional_auth",
        "only the 3.0 file has `/anything/optional-auth`",
    ),
    (
        "security.yaml",
        "3.1",
        "fn post_anything_mutual_tls",
        "only the 3.1 file has `/anything/mutualTLS` (a 3.1-only scheme type)",
    ),
];

/// The shared spec corpus, which must be checked out next to this repository; its absence
/// is a setup error, not a reason to test less.
fn shared_specs() -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs");
    assert!(
        path.join("features").is_dir(),
        "the shared spec corpus is missing: looked for {} (check out `shared` next to this \
         repository, so that `../shared/specs` exists from the workspace root)",
        path.display()
    );
    path
}

/// One line per public item: each operation with its arguments and result, each type
/// with its fields or variants.
fn public_api(api: &Api) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for op in &api.operations {
        let f = &op.fn_name;
        out.insert(format!("fn {f} -> {:?}", op.success));
        for p in op.path_params.iter().chain(&op.params) {
            out.insert(format!("fn {f} param {}: {:?}", p.name, p.ty));
        }
        if let Some(b) = &op.body {
            out.insert(format!("fn {f} body: {:?} required={}", b.ty, b.required));
        }
    }
    for t in &api.types {
        let n = &t.name;
        match &t.kind {
            TypeKind::Struct(s) => {
                out.insert(format!("struct {n}"));
                for field in &s.fields {
                    out.insert(format!(
                        "struct {n} field {}: {:?} required={} nullable={}",
                        field.name, field.ty, field.required, field.nullable
                    ));
                }
            }
            TypeKind::Enum(e) => {
                out.insert(format!("enum {n}"));
                for v in &e.variants {
                    out.insert(format!("enum {n} variant {}", v.name));
                }
            }
            TypeKind::Alias(ty) => {
                out.insert(format!("alias {n} = {ty:?}"));
            }
            TypeKind::OneOf(o) => {
                out.insert(format!("oneof {n}"));
                for v in &o.variants {
                    out.insert(format!("oneof {n} variant {}: {:?}", v.name, v.ty));
                }
            }
        }
    }
    out
}

fn lower(path: &Path) -> BTreeSet<String> {
    let source = Source {
        name: path.display().to_string(),
        text: std::fs::read_to_string(path).expect("read spec"),
    };
    let loaded = generator::load::load_any(&source, false)
        .unwrap_or_else(|d| panic!("{}: {d:?}", source.name));
    let lowered = generator::lower::lower(&loaded.spec, Default::default())
        .unwrap_or_else(|d| panic!("{}: {d:?}", source.name));
    public_api(&lowered.api)
}

#[test]
fn every_spec_in_several_versions_has_one_public_api() {
    let root = shared_specs();
    let mut by_name: BTreeMap<String, Vec<(&str, PathBuf)>> = BTreeMap::new();
    for (version, folder) in FOLDERS {
        for entry in std::fs::read_dir(root.join(folder))
            .expect("read folder")
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".yaml") || name.ends_with(".json") {
                by_name
                    .entry(name)
                    .or_default()
                    .push((version, entry.path()));
            }
        }
    }
    let mut compared = 0;
    let mut unexplained = Vec::new();
    let mut used = BTreeSet::new();
    for (name, versions) in &by_name {
        let versions: Vec<_> = versions
            .iter()
            .filter(|(v, _)| {
                !DIFFERENT_DOCUMENTS
                    .iter()
                    .any(|(spec, dv, _)| spec == name && dv == v)
            })
            .collect();
        if versions.len() < 2 {
            continue;
        }
        compared += 1;
        let apis: Vec<(&str, BTreeSet<String>)> =
            versions.iter().map(|(v, p)| (*v, lower(p))).collect();
        for (i, (a_version, a)) in apis.iter().enumerate() {
            for (b_version, b) in &apis[i + 1..] {
                for (side, other, line) in a
                    .difference(b)
                    .map(|l| (*a_version, *b_version, l))
                    .chain(b.difference(a).map(|l| (*b_version, *a_version, l)))
                {
                    let allowed = ALLOWED.iter().position(|(spec, vs, prefix, _)| {
                        spec == name && vs.split(' ').any(|v| v == side) && line.starts_with(prefix)
                    });
                    match allowed {
                        Some(i) => {
                            used.insert(i);
                        }
                        None => {
                            unexplained.push(format!("{name}: only {side} (vs {other}): {line}"))
                        }
                    }
                }
            }
        }
    }
    assert!(
        compared >= 5,
        "only {compared} specs are in several versions"
    );
    assert!(
        unexplained.is_empty(),
        "public API differences without a reason in ALLOWED:\n{}",
        unexplained.join("\n")
    );
    let stale: Vec<_> = (0..ALLOWED.len()).filter(|i| !used.contains(i)).collect();
    assert!(
        stale.is_empty(),
        "ALLOWED entries that no longer match a difference: {:?}",
        stale.iter().map(|i| ALLOWED[*i]).collect::<Vec<_>>()
    );
}

/// YAML reads a plain `1` as a string where a string is wanted; a converted document must
/// be read that way too, as a 3.0 one is.
#[test]
fn converted_specs_read_plain_scalars_as_strings_like_3_0_does() {
    let options = generator::Options::new("lenient");
    for head in ["openapi: 3.0.3", "openapi: 3.1.0", "swagger: '2.0'"] {
        let source = Source {
            name: "lenient.yaml".into(),
            text: format!("{head}\ninfo: {{title: T, version: 1}}\npaths: {{}}\n"),
        };
        let generated = generator::generate(&source, &options, &Default::default());
        assert!(generated.is_ok(), "{head}: {:?}", generated.err());
    }
}

/// OpenAPI 3.2: a sequential media type's `itemSchema` types the items (an event's
/// `data` through its `contentSchema`, a JSON line as it is), and the QUERY method, which
/// the client cannot call yet, is reported where it is written.
#[test]
fn openapi_3_2_item_schemas_type_the_streams() {
    let spec = r##"openapi: 3.2.0
info: {title: Streams, version: '1'}
paths:
  /chat:
    post:
      operationId: chat
      responses:
        '200':
          description: Events.
          content:
            text/event-stream:
              itemSchema:
                type: object
                properties:
                  event: {type: string}
                  data:
                    type: string
                    contentMediaType: application/json
                    contentSchema: {$ref: '#/components/schemas/Chunk'}
  /export:
    get:
      operationId: exportAll
      responses:
        '200':
          description: Lines.
          content:
            application/jsonl:
              itemSchema: {$ref: '#/components/schemas/Chunk'}
  /search:
    query:
      operationId: search
      responses: {'200': {description: Found.}}
components:
  schemas:
    Chunk:
      type: object
      required: [delta]
      properties:
        delta: {type: string}
"##;
    let source = Source {
        name: "streams32.yaml".into(),
        text: spec.into(),
    };
    // QUERY cannot be generated: an error, or with --skip-unsupported a warning.
    let Err(errors) = generator::load::load_any(&source, false) else {
        panic!("QUERY is refused");
    };
    assert!(
        errors
            .iter()
            .any(|d| d.pointer == "#/paths/~1search/query" && d.message.contains("QUERY")),
        "{errors:?}"
    );
    let loaded = generator::load::load_any(&source, true).expect("3.2 loads");
    assert!(loaded.warnings.iter().any(|d| d.message.contains("QUERY")));
    let lowered = generator::lower::lower(&loaded.spec, Default::default()).expect("lowers");
    let success = |id: &str| {
        lowered
            .api
            .operations
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.success.clone())
            .expect("operation")
    };
    let chunk = generator::ir::TypeRef::named("Chunk");
    assert_eq!(
        success("chat"),
        generator::ir::Success::Events {
            data: chunk.clone(),
            done: None
        }
    );
    assert_eq!(
        success("exportAll"),
        generator::ir::Success::JsonLines(chunk)
    );
    assert!(lowered.api.operations.iter().all(|o| o.id != "search"));
}
