//! `generator.toml`: paging named for operations whose spec does not say how they page,
//! turned off where the names mislead, method names, streaming on request named or turned
//! off, and every mistake in the file reported.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::overrides::Overrides;
use generator::{Options, Source};
use std::path::Path;

fn generate(config: &str) -> (String, Vec<String>) {
    generate_from("paging.yaml", config)
}

fn generate_from(fixture: &str, config: &str) -> (String, Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let source = Source {
        name: fixture.into(),
        text: std::fs::read_to_string(path).unwrap(),
    };
    let options = Options {
        standalone: true,
        overrides: Overrides::parse(config).unwrap(),
        ..Options::new("paging-overrides")
    };
    let generated = generator::generate(&source, &options, &Default::default()).unwrap();
    // The client's methods and the request builders that some of them return.
    let client = ["src/client.rs", "src/calls.rs"]
        .iter()
        .filter_map(|f| generated.files.get(*f))
        .cloned()
        .collect::<Vec<String>>()
        .join("\n");
    let warnings = generated
        .warnings
        .iter()
        .map(|w| w.message.clone())
        .collect();
    (client, warnings)
}

#[test]
fn the_file_names_a_rule_the_spec_does_not_and_turns_off_a_guess() {
    let (client, warnings) = generate(
        r#"
        # A POST is never guessed; the file says how it pages.
        [paging.search]
        rule = "cursor"
        param = "cursor"
        next = "/next_cursor"
        items = "/hits"

        # Offset and limit would be inferred; this API's offset means something else.
        [paging.listItems]
        rule = "none"
        "#,
    );
    assert!(client.contains("pub fn search_stream<"), "{client}");
    assert!(
        client.contains("sends the cursor at `/next_cursor` of each page as query parameter `cursor`, as `generator.toml` says"),
        "{client}"
    );
    assert!(!client.contains("list_items_stream"));
    // The others still page as before.
    assert!(client.contains("pub fn list_events_stream<"));
    assert!(
        warnings.iter().all(|w| !w.contains("generator.toml")),
        "{warnings:?}"
    );
}

#[test]
fn a_rule_that_cannot_be_followed_and_an_unknown_operation_are_reported() {
    let (client, warnings) = generate(
        r#"
        [paging.listEvents]
        rule = "cursor"
        param = "token"
        next = "/meta/next_cursor"

        [paging.listRepositories]
        rule = "link"
        "#,
    );
    // The file's word replaces the guess, so a broken entry leaves the operation unpaged.
    assert!(!client.contains("list_events_stream"));
    assert!(
        warnings.iter().any(|w| w
            == "generator.toml: [paging.listEvents] is not followed: the operation has no query parameter `token`"),
        "{warnings:?}"
    );
    assert!(
        warnings.iter().any(|w| w
            == "generator.toml: [paging.listRepositories] names no operation of the spec; it is ignored"),
        "{warnings:?}"
    );
}

#[test]
fn a_malformed_file_is_an_error_that_names_it() {
    let unknown = Overrides::parse("[paging.listItems]\nrule = \"offset\"\nparm = \"offset\"\n");
    let e = unknown.unwrap_err();
    assert!(e.starts_with("generator.toml: "), "{e}");
    assert!(e.contains("parm"), "{e}");
    assert!(Overrides::parse("[paging\n").is_err());
    // No file beside the spec: nothing to override.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/paging.yaml");
    assert_eq!(Overrides::beside(&dir).unwrap(), Overrides::default());
}

#[test]
fn methods_are_renamed_by_operation_id() {
    let (client, warnings) = generate(
        r#"
        [methods]
        listRepos = "repos_of"
        noSuchOperation = "x"
        "#,
    );
    assert!(client.contains("pub fn repos_of<"), "{client}");
    // Its item stream follows the new name.
    assert!(client.contains("pub fn repos_of_stream<"), "{client}");
    assert!(!client.contains("pub fn list_repos<"));
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("[methods.noSuchOperation] names no operation")),
        "{warnings:?}"
    );
}

#[test]
fn streaming_on_request_is_named_turned_off_or_reported() {
    // The spec's own signs (event stream beside JSON, a boolean `stream`) give both methods.
    let (client, _) = generate_from("streams.yaml", "");
    assert!(
        client.contains("pub fn create_completion_stream("),
        "{client}"
    );
    let (client, _) = generate_from(
        "streams.yaml",
        "[streaming.createCompletion]\nfield = \"none\"\n",
    );
    assert!(!client.contains("create_completion_stream"));
    assert!(client.contains("pub fn create_completion("));
    let (client, warnings) = generate_from(
        "streams.yaml",
        "[streaming.createCompletion]\nfield = \"prompt\"\n",
    );
    assert!(!client.contains("create_completion_stream"));
    assert!(
        warnings.iter().any(|w| w.contains(
            "[streaming.createCompletion] is not followed: `prompt` is not a boolean property"
        )),
        "{warnings:?}"
    );
}

#[test]
fn an_idempotency_key_the_spec_does_not_declare_is_named() {
    let (client, _) = generate("[idempotency]\nsearch = \"X-Request-Id\"\n");
    assert!(
        client.contains(r#"request.idempotency_key("X-Request-Id", None)?;"#),
        "{client}"
    );
    assert!(
        client.contains("Each call sends an `X-Request-Id` header"),
        "{client}"
    );
}
