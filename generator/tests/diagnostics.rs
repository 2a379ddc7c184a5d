//! Broken and unsupported specs: a clear diagnostic with pointer and position, exit code 1,
//! nothing written, no panic.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::diag::{Location, Severity};
use generator::{Options, Source};
use std::process::Command;

fn options() -> Options {
    Options {
        standalone: true,
        ..Options::new("broken")
    }
}

fn errors(name: &str, text: &str) -> Vec<generator::diag::Diagnostic> {
    let source = Source {
        name: name.into(),
        text: text.into(),
    };
    match generator::generate(&source, &options(), &Default::default()) {
        Ok(_) => panic!("{name} should not generate"),
        Err(d) => {
            assert!(d.iter().all(|d| d.severity == Severity::Error));
            d
        }
    }
}

const DANGLING: &str = "openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Missing'
        '404':
          description: Gone
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/AlsoMissing'
";

#[test]
fn a_dangling_ref_names_pointer_line_and_column() {
    let d = errors("dangling.yaml", DANGLING);
    assert_eq!(d.len(), 2, "both problems are reported in one run: {d:?}");
    assert_eq!(
        d[0].pointer,
        "#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"
    );
    assert!(
        d[0].message.contains("#/components/schemas/Missing"),
        "{}",
        d[0].message
    );
    assert_eq!(
        d[0].location,
        Some(Location {
            line: 13,
            column: 23
        })
    );
    assert!(
        d[0].help
            .as_deref()
            .is_some_and(|h| h.contains("components/schemas"))
    );
    assert!(d[1].message.contains("AlsoMissing"));
    let source = Source {
        name: "dangling.yaml".into(),
        text: DANGLING.into(),
    };
    let text = generator::render_diagnostics(&source, &d);
    assert!(text.contains("dangling.yaml:13:23"), "{text}");
    assert!(
        text.contains("$ref: '#/components/schemas/Missing'"),
        "{text}"
    );
}

#[test]
fn a_dangling_ref_in_json_is_located_too() {
    let json = r##"{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},
 "paths": {"/a": {"get": {"responses": {"200": {"description": "x",
   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nope"}}}}}}}}}"##;
    let d = errors("spec.json", json);
    assert_eq!(
        d[0].pointer,
        "#/paths/~1a/get/responses/200/content/application~1json/schema/$ref"
    );
    assert_eq!(d[0].location.map(|l| l.line), Some(3));
}

#[test]
fn unknown_versions_are_refused_clearly() {
    let d = errors(
        "old.yaml",
        "swagger: '1.2'\ninfo: {title: T, version: '1'}\npaths: {}\n",
    );
    assert_eq!(d[0].pointer, "#/swagger");
    assert!(d[0].message.contains("1.2"), "{}", d[0].message);
    let d = errors(
        "new.yaml",
        "openapi: 4.0.0\ninfo: {title: T, version: '1'}\npaths: {}\n",
    );
    assert_eq!(d[0].pointer, "#/openapi");
    assert!(d[0].message.contains("4.0.0"), "{}", d[0].message);
    let d = errors("none.json", "{\"info\": {}}");
    assert!(d[0].message.contains("no `openapi` field"));
}

const DYNAMIC_31: &str = "openapi: 3.1.0
info: {title: T, version: '1'}
components:
  schemas:
    Tree:
      type: object
      properties:
        children:
          type: array
          items:
            $dynamicRef: '#node'
";

#[test]
fn an_unsupported_3_1_keyword_names_its_own_pointer_line_and_column() {
    let d = errors("tree.yaml", DYNAMIC_31);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].pointer,
        "#/components/schemas/Tree/properties/children/items/$dynamicRef"
    );
    assert_eq!(
        d[0].location,
        Some(Location {
            line: 11,
            column: 26
        })
    );
    assert!(d[0].message.contains("$dynamicRef"), "{}", d[0].message);
}

/// The dangling `$ref` is reported by the lowering on the converted document (where the
/// `Optional` branch became `allOf: [{$ref}]`), and must still point into the file.
const OPTIONAL_DANGLING_31: &str = "openapi: 3.1.0
info: {title: T, version: '1'}
components:
  schemas:
    Pet:
      type: object
      properties:
        owner:
          anyOf:
            - type: 'null'
            - $ref: '#/components/schemas/Missing'
";

#[test]
fn a_problem_found_after_conversion_names_the_original_node() {
    let d = errors("pet.yaml", OPTIONAL_DANGLING_31);
    assert_eq!(
        d[0].pointer,
        "#/components/schemas/Pet/properties/owner/anyOf/1/$ref"
    );
    assert_eq!(
        d[0].location,
        Some(Location {
            line: 11,
            column: 21
        })
    );
}

#[test]
fn the_cli_writes_nothing_for_an_unsupported_3_1_construct() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("tree.yaml");
    std::fs::write(&spec, DYNAMIC_31).expect("write spec");
    let out = dir.path().join("out");
    let output = run_cli(&spec, &out);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("tree.yaml:11:26"), "{stderr}");
    assert!(!out.exists(), "nothing may be written");
}

const TSV_20: &str = "swagger: '2.0'
info: {title: T, version: '1'}
paths:
  /a:
    get:
      parameters:
        - name: ids
          in: query
          type: array
          items: {type: integer}
          collectionFormat: tsv
      responses:
        '200': {description: OK}
";

#[test]
fn a_swagger_2_construct_with_no_3_0_form_names_its_own_pointer_line_and_column() {
    let d = errors("tsv.yaml", TSV_20);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].pointer,
        "#/paths/~1a/get/parameters/0/collectionFormat"
    );
    assert_eq!(
        d[0].location,
        Some(Location {
            line: 11,
            column: 29
        })
    );
    assert!(d[0].message.contains("tsv"), "{}", d[0].message);
}

/// The body parameter becomes a `requestBody` and `#/definitions` becomes
/// `#/components/schemas` before the lowering finds the reference dangling.
const BODY_DANGLING_20: &str = "swagger: '2.0'
info: {title: T, version: '1'}
paths:
  /pets:
    post:
      parameters:
        - name: pet
          in: body
          schema:
            $ref: '#/definitions/Missing'
      responses:
        '204': {description: OK}
";

#[test]
fn a_problem_in_a_converted_swagger_2_body_names_the_original_parameter() {
    let d = errors("body.yaml", BODY_DANGLING_20);
    assert_eq!(d[0].pointer, "#/paths/~1pets/post/parameters/0/schema/$ref");
    assert_eq!(
        d[0].location,
        Some(Location {
            line: 10,
            column: 19
        })
    );
}

#[test]
fn the_cli_writes_nothing_for_a_swagger_2_construct_it_cannot_convert() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("tsv.yaml");
    std::fs::write(&spec, TSV_20).expect("write spec");
    let out = dir.path().join("out");
    let output = run_cli(&spec, &out);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("tsv.yaml:11:29"), "{stderr}");
    assert!(!out.exists(), "nothing may be written");
}

#[test]
fn syntax_and_shape_errors_have_positions() {
    let d = errors("bad.yaml", "openapi: 3.0.3\ninfo: [unclosed\n");
    assert!(d[0].location.is_some(), "{d:?}");
    let d = errors(
        "shape.yaml",
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      responses: 7\n",
    );
    // openapiv3 reads path items through a buffered (flattened) map, so serde reports
    // the error at the path item rather than at `responses`; the message names the cause.
    assert!(d[0].pointer.starts_with("#/paths"), "{}", d[0].pointer);
    assert!(
        d[0].message.contains("expected struct Responses"),
        "{}",
        d[0].message
    );
    assert_eq!(d[0].location.map(|l| l.line), Some(4));
}

#[test]
fn unsupported_constructs_and_undeclared_path_params_are_errors_not_panics() {
    let d = errors("u.yaml", UNSUPPORTED);
    assert!(
        d.iter()
            .any(|d| d.message.contains("`{id}` is not declared")),
        "{d:?}"
    );
    assert!(
        d.iter()
            .any(|d| d.message.contains("described by `content`")
                && d.pointer.ends_with("/parameters/0/content")),
        "{d:?}"
    );
}

const UNSUPPORTED: &str = "openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /a/{id}:
    get:
      operationId: getA
      parameters:
        - name: filter
          in: query
          content: {application/xml: {schema: {type: object}}}
      responses:
        '200': {description: OK}
  /b:
    get:
      operationId: getB
      responses:
        '200': {description: OK}
";

#[test]
fn skip_unsupported_leaves_out_only_what_it_affects() {
    let source = Source {
        name: "u.yaml".into(),
        text: UNSUPPORTED.replace("/a/{id}", "/a"),
    };
    let options = Options {
        skip_unsupported: true,
        features_by_tag: generator::ir::FeaturesByTag::Off,
        no_paging_inference: false,
        ..options()
    };
    let generated = generator::generate(&source, &options, &Default::default())
        .expect("generates with --skip-unsupported");
    assert!(
        generated
            .warnings
            .iter()
            .any(|w| w.message.starts_with("skipped:") && w.pointer.ends_with("/content")),
        "{:?}",
        generated.warnings
    );
    let client = &generated.files["src/client.rs"];
    assert!(
        client.contains("pub fn get_b("),
        "the supported operation stays"
    );
    assert!(
        !client.contains("pub fn get_a("),
        "the unsupported one is left out"
    );
}

/// `/a/{id}` has no `id` parameter: an error, or with `--skip-unsupported` the cost of
/// that operation alone.
const UNDECLARED_PATH_PARAM: &str = "openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /a/{id}:
    get:
      operationId: getA
      responses:
        '200': {description: OK}
  /b:
    get:
      operationId: getB
      responses:
        '200': {description: OK}
";

#[test]
fn an_undeclared_path_parameter_costs_only_its_operation_when_skipping() {
    let source = Source {
        name: "p.yaml".into(),
        text: UNDECLARED_PATH_PARAM.into(),
    };
    let errors = generator::generate(&source, &options(), &Default::default())
        .expect_err("an error by default");
    assert!(
        errors
            .iter()
            .any(|d| d.message == "path parameter `{id}` is not declared"
                && d.pointer == "#/paths/~1a~1{id}/get"),
        "{errors:?}"
    );
    let options = Options {
        skip_unsupported: true,
        ..options()
    };
    let generated = generator::generate(&source, &options, &Default::default())
        .expect("generates when skipping");
    assert!(
        generated
            .warnings
            .iter()
            .any(|w| w.message.contains("`{id}` is not declared")),
        "{:?}",
        generated.warnings
    );
    let client = &generated.files["src/client.rs"];
    assert!(client.contains("pub fn get_b(") && !client.contains("pub fn get_a("));
}

/// The headers name the spec and the output folder the same way however their paths are
/// typed, so two people who generate the same spec get the same files.
#[test]
fn output_does_not_depend_on_how_paths_are_typed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().canonicalize().expect("canonical tempdir");
    std::fs::create_dir_all(root.join("spec")).expect("mkdir");
    std::fs::write(
        root.join("spec/api.yaml"),
        UNDECLARED_PATH_PARAM.replace("/a/{id}", "/a"),
    )
    .expect("write spec");
    let run = |spec: &std::path::Path, out: &std::path::Path| {
        let output = Command::new(env!("CARGO_BIN_EXE_generator"))
            .current_dir(&root)
            .arg("--spec")
            .arg(spec)
            .arg("--out")
            .arg(out)
            .args(["--crate-name", "x"])
            .output()
            .expect("run generator");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    run(
        std::path::Path::new("spec/api.yaml"),
        std::path::Path::new("out-a"),
    );
    run(&root.join("spec/../spec/api.yaml"), &root.join("out-b"));
    run(
        std::path::Path::new("./spec/api.yaml"),
        std::path::Path::new("./out-c/"),
    );
    let read = |name: &str| {
        let mut files = Vec::new();
        for entry in walk(&root.join(name)) {
            let rel = entry
                .strip_prefix(root.join(name))
                .expect("inside")
                .to_path_buf();
            // The output folder's own name is in the command line; make it the same.
            let text = std::fs::read_to_string(&entry)
                .unwrap_or_default()
                .replace(name, "out");
            files.push((rel, text));
        }
        files.sort();
        files
    };
    let a = read("out-a");
    assert!(
        a.iter()
            .any(|(_, t)| t.contains("@generated from spec/api.yaml.")),
        "{a:?}"
    );
    assert_eq!(a, read("out-b"));
    assert_eq!(a, read("out-c"));
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Runs the generator binary as a user would.
fn run_cli(spec: &std::path::Path, out: &std::path::Path) -> std::process::Output {
    let (spec, out) = (
        spec.to_str().unwrap_or_default(),
        out.to_str().unwrap_or_default(),
    );
    Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(["--spec", spec, "--out", out, "--crate-name", "x"])
        .output()
        .expect("run generator")
}

#[test]
fn the_cli_exits_1_and_writes_nothing_on_a_broken_spec() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("dangling.yaml");
    std::fs::write(&spec, DANGLING).expect("write spec");
    let out = dir.path().join("out");
    let output = run_cli(&spec, &out);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"),
        "{stderr}"
    );
    assert!(stderr.contains("dangling.yaml:13:23"), "{stderr}");
    assert!(!out.exists(), "nothing may be written");
}

#[test]
fn the_cli_refuses_to_overwrite_files_it_did_not_write() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("ok.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n",
    )
    .expect("write spec");
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).expect("mkdir");
    std::fs::write(out.join("Cargo.toml"), "[package]\nname = \"mine\"\n").expect("write own file");
    let output = run_cli(&spec, &out);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(out.join("Cargo.toml")).unwrap_or_default(),
        "[package]\nname = \"mine\"\n"
    );
    assert!(!out.join("src").exists(), "a refusal writes nothing");
}

/// A minified (one-line) JSON spec of at least 1 MB with `operations` operations, each
/// answering with `$ref: #/components/schemas/{target}{i}`, and `operations` schemas named
/// `Present{i}`. Long descriptions make up the size.
fn minified_spec(operations: usize, target: &str) -> String {
    let prose =
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod. ".repeat(4);
    let mut paths = Vec::new();
    let mut schemas = Vec::new();
    for i in 0..operations {
        paths.push(format!(
            r##""/items{i}":{{"get":{{"operationId":"getItem{i}","description":"{prose}","responses":{{"200":{{"description":"OK","content":{{"application/json":{{"schema":{{"$ref":"#/components/schemas/{target}{i}"}}}}}}}}}}}}}}"##
        ));
        schemas.push(format!(
            r##""Present{i}":{{"type":"object","description":"{prose}","properties":{{"id":{{"type":"integer","description":"{prose}"}}}}}}"##
        ));
    }
    format!(
        r##"{{"openapi":"3.0.3","info":{{"title":"Big","version":"1"}},"paths":{{{}}},"components":{{"schemas":{{{}}}}}}}"##,
        paths.join(","),
        schemas.join(",")
    )
}

#[test]
fn a_huge_minified_spec_with_a_thousand_dangling_refs_gives_a_small_report() {
    const DANGLING_REFS: usize = 1_000;
    let dir = tempfile::tempdir().expect("tempdir");
    let broken = minified_spec(DANGLING_REFS, "Missing");
    assert!(broken.len() >= 1_000_000, "{} bytes", broken.len());
    assert_eq!(broken.lines().count(), 1);
    let spec = dir.path().join("big.json");
    std::fs::write(&spec, &broken).expect("write spec");
    let out = dir.path().join("out");
    let started = std::time::Instant::now();
    let output = run_cli(&spec, &out);
    let failing = started.elapsed();
    assert_eq!(output.status.code(), Some(1));
    assert!(!out.exists(), "nothing may be written");
    let total = output.stdout.len() + output.stderr.len();
    assert!(total < 200_000, "{total} bytes of output");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let shown = generator::MAX_RENDERED;
    assert!(
        stderr.contains(&format!("and {} more error(s)", DANGLING_REFS - shown)),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{} x error: `…` points at a schema that does not exist",
            DANGLING_REFS - shown
        )),
        "{stderr}"
    );
    assert!(
        stderr.ends_with(&format!(
            "{DANGLING_REFS} error(s), 0 warning(s): nothing was written\n"
        )),
        "{stderr}"
    );
    let longest = stderr.lines().map(|l| l.chars().count()).max();
    assert!(
        longest.is_some_and(|n| n <= 300),
        "longest line: {longest:?}"
    );
    // The first errors are shown in full, with their position in the one line.
    let column = broken
        .find("\"#/components/schemas/Missing0\"")
        .unwrap_or_default()
        + 1;
    assert!(stderr.contains(&format!("big.json:1:{column}")), "{stderr}");
    assert_eq!(stderr.matches("error: `$ref").count(), shown);

    // The same spec with every reference resolved, for the timing comparison only: wall
    // clock is too noisy to assert on, so the ratio is printed.
    let valid = minified_spec(DANGLING_REFS, "Present");
    let valid_spec = dir.path().join("valid.json");
    std::fs::write(&valid_spec, &valid).expect("write spec");
    let started = std::time::Instant::now();
    let ok = run_cli(&valid_spec, &dir.path().join("valid-out"));
    let succeeding = started.elapsed();
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    eprintln!(
        "{} byte spec: {DANGLING_REFS} dangling refs diagnosed in {failing:.2?} with {total} bytes of output; \
         the valid spec of {} bytes generated in {succeeding:.2?} (error/success = {:.2})",
        broken.len(),
        valid.len(),
        failing.as_secs_f64() / succeeding.as_secs_f64().max(1e-9)
    );
}

/// A key written twice in one mapping is refused where it is, in YAML and in JSON; it
/// used to make `openapiv3` panic (two `example`s in a schema).
#[test]
fn a_duplicated_key_is_a_located_error_not_a_panic() {
    let yaml = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: string\n      example: a\n      example: b\n";
    let d = errors("dup.yaml", yaml);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].message.contains("appears twice"), "{}", d[0].message);
    assert!(d[0].message.contains("example"), "{}", d[0].message);
    assert_eq!(d[0].location.map(|l| l.line), Some(7), "{d:?}");

    let json = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"T\", \"version\": \"1\"},\n \"paths\": {}, \"paths\": {}}";
    let d = errors("dup.json", json);
    assert!(
        d[0].message.contains("duplicate key `paths`"),
        "{}",
        d[0].message
    );
    assert_eq!(d[0].location.map(|l| l.line), Some(2), "{d:?}");
}

/// One feature per tag must stay within what crates.io accepts (300 features); past it,
/// generation stops with a diagnostic that says how many and what to do.
#[test]
fn features_by_tag_past_the_crates_io_limit_is_refused_with_a_fix() {
    let mut spec = String::from("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n");
    for i in 0..300 {
        spec.push_str(&format!(
            "  /r{i}:\n    get:\n      operationId: get{i}\n      tags: [resource{i}]\n      responses:\n        '204': {{description: ok}}\n"
        ));
    }
    let source = Source {
        name: "many-tags.yaml".into(),
        text: spec,
    };
    let by_tag = Options {
        features_by_tag: generator::ir::FeaturesByTag::On,
        no_paging_inference: false,
        ..options()
    };
    let Err(d) = generator::generate(&source, &by_tag, &Default::default()) else {
        panic!("300 tags plus the crate's own features should be refused");
    };
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].message.contains("accepts at most 300"),
        "{}",
        d[0].message
    );
    assert!(
        d[0].message.contains("305 cargo features"),
        "{}",
        d[0].message
    );
    let help = d[0].help.as_deref().unwrap_or_default();
    assert!(help.contains("--no-features-by-tag"), "{help}");
    assert!(help.contains("[features.groups]"), "{help}");
    // The same spec without features by tag generates.
    let off = Options {
        features_by_tag: generator::ir::FeaturesByTag::Off,
        ..options()
    };
    assert!(generator::generate(&source, &off, &Default::default()).is_ok());
}

/// OpenAPI says a header parameter named Content-Type is ignored: the client sends the
/// media type of its body, and says it left the parameter out.
#[test]
fn a_content_type_header_parameter_is_ignored_with_a_warning() {
    let source = Source {
        name: "ct.yaml".into(),
        text: "openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /connections:
    post:
      operationId: connect
      parameters:
        - {name: content-type, in: header, required: true, schema: {type: string}}
        - {name: X-Track, in: header, schema: {type: string}}
      responses:
        '204': {description: Connected}
"
        .into(),
    };
    let generated =
        generator::generate(&source, &options(), &Default::default()).expect("generates");
    assert!(
        generated
            .warnings
            .iter()
            .any(|w| w.message.contains("Content-Type is ignored")
                && w.pointer == "#/paths/~1connections/post/parameters/0"),
        "{:?}",
        generated.warnings
    );
    let calls = &generated.files["src/calls.rs"];
    assert!(calls.contains("pub fn x_track("), "{calls}");
    assert!(!calls.to_lowercase().contains("content_type"), "{calls}");
}

/// Numeric enums take their variant names from `x-enum-varnames` / `x-enumNames`, claimed
/// like any other name (keywords, clashes, the fallback variant); a list of the wrong
/// length is ignored with a warning, and the names fall back to `Value1`, ...
#[test]
fn enum_names_from_vendor_extensions_are_claimed_and_a_bad_list_is_a_warning() {
    let source = Source {
        name: "enums.yaml".into(),
        text: "openapi: 3.0.3
info: {title: T, version: '1'}
paths: {}
components:
  schemas:
    Day:
      type: integer
      enum: [0, 1, 2, 3, 4]
      x-enumNames: [Unknown, Self, type, Monday, monday]
      x-enum-descriptions: [Not known, '', The <type> day, First day, Also first]
    Kind:
      type: string
      enum: ['1', '2', '3']
      x-enum-varnames: [One, Two]
    Letter:
      type: string
      enum: [a, b]
      x-enum-varnames: [Alpha, Beta]
"
        .into(),
    };
    let generated =
        generator::generate(&source, &options(), &Default::default()).expect("generates");
    // Types no operation uses are in the `unused-schemas` gate module of `models`.
    let models = &generated.files["src/models/unused_schemas.rs"];
    for variant in [
        "Unknown2,",
        "Self_,",
        "Type,",
        "Monday,",
        "Monday2,",
        "Value1,",
        "Value2,",
        "Value3,",
        "A,",
        "B,",
    ] {
        assert!(models.contains(variant), "{variant} in {models}");
    }
    // Names are only for values that say nothing themselves.
    assert!(!models.contains("Alpha"), "{models}");
    assert!(models.contains("/// `0`: Not known"), "{models}");
    assert!(models.contains("/// `2`: The &lt;type&gt; day"), "{models}");
    assert!(
        generated
            .warnings
            .iter()
            .any(|w| w.pointer == "#/components/schemas/Kind/x-enum-varnames"
                && w.message.contains("has 2 entries for 3 `enum` values")),
        "{:?}",
        generated.warnings
    );
}
