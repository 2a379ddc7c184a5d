//! Snapshot, determinism and compile tests over the one-feature fixture specs.

// A failed expectation is what a test reports, so tests may panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use generator::files::{self, FileSet, Mode};
use generator::ir::FeaturesByTag;
use generator::{Options, Source};
use std::path::{Path, PathBuf};

/// One `#[test]` per fixture spec, named `fixture_<name>`, so a failing snapshot does not
/// hide the others; `FIXTURES` lists the same names for the tests that run over all.
macro_rules! fixture_tests {
    ($($test:ident => $name:ident),* $(,)?) => {
        const FIXTURES: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $test() {
                check(stringify!($name));
            }
        )*
    };
}

fixture_tests! {
    fixture_bodies => bodies,
    fixture_calls => calls,
    fixture_compositions => compositions,
    fixture_exact => exact,
    fixture_exact31 => exact31,
    fixture_fastapi => fastapi,
    fixture_fastapi_app => fastapi_app,
    fixture_formats => formats,
    fixture_names => names,
    fixture_paging => paging,
    fixture_params => params,
    fixture_refs => refs,
    fixture_responses => responses,
    fixture_schemas => schemas,
    fixture_security => security,
    fixture_streams => streams,
    fixture_styles => styles,
    fixture_swagger2 => swagger2,
    fixture_tags => tags,
    fixture_webhooks => webhooks,
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn options(name: &str) -> Options {
    Options {
        command: "cargo test -p generator".into(),
        // The fixtures of several tags with shared types test the per-tag features, even
        // where a fixture has one tag; the rest get the default.
        features_by_tag: if name == "tags" || name == "webhooks" {
            FeaturesByTag::On
        } else {
            FeaturesByTag::Auto
        },
        ..Options::new(format!("fixture-{name}"))
    }
}

fn generate(name: &str, file: &Path) -> FileSet {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let source = Source {
        name: format!("{name}.yaml"),
        text,
    };
    match generator::generate(&source, &options(name), &Default::default()) {
        Ok(g) => g.files,
        Err(d) => panic!(
            "{name} failed:\n{}",
            generator::render_diagnostics(&source, &d)
        ),
    }
}

/// The generated files of a crate that have snapshots, by path.
fn snapshotted(files: &FileSet) -> impl Iterator<Item = (&String, &String)> {
    files
        .iter()
        // The runtime is a byte-for-byte copy of the runtime crate, checked on its own.
        .filter(|(p, _)| !p.starts_with("src/runtime/"))
        // The API-surface record and the changelog it drives are tested in xtask's
        // `tests/impact.rs`; a fixture generated from nothing has no entry anyway.
        .filter(|(p, _)| *p != generator::surface::PATH)
        .filter(|(p, _)| *p != generator::release::CHANGELOG)
}

/// The snapshot of file `path` of fixture `name`: `fixtures__<name>__<path>.snap` in
/// `tests/snapshots/`, with each `/` of the path as `__`.
fn snapshot_name(name: &str, path: &str) -> String {
    format!("{name}__{}", path.replace('/', "__"))
}

/// Generates fixture `name` and compares each generated file with its own snapshot, so
/// a change to one emitter rewrites the snapshots of the files it emits, not every one.
/// Every file is compared before the test fails, naming all that differ.
fn check(name: &str) {
    let files = generate(name, &fixture_dir().join(format!("{name}.yaml")));
    let mut differing = Vec::new();
    for (path, contents) in snapshotted(&files) {
        let compared = std::panic::catch_unwind(|| {
            insta::assert_snapshot!(snapshot_name(name, path), contents);
        });
        if compared.is_err() {
            differing.push(path.as_str());
        }
    }
    assert!(
        differing.is_empty(),
        "fixture {name}: the snapshots of {} differ (see above)",
        differing.join(", ")
    );
}

/// A snapshot whose file is no longer generated (or one of a fixture that is gone) would
/// be left unread and hide that the file went; each must name a file generated now.
#[test]
fn every_fixture_snapshot_names_a_generated_file() {
    let mut expected: Vec<String> = FIXTURES
        .iter()
        .flat_map(|name| {
            let files = generate(name, &fixture_dir().join(format!("{name}.yaml")));
            snapshotted(&files)
                .map(|(path, _)| format!("fixtures__{}.snap", snapshot_name(name, path)))
                .collect::<Vec<_>>()
        })
        .collect();
    expected.sort();
    let mut on_disk: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots"))
            .expect("read tests/snapshots")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("fixtures__") && n.ends_with(".snap"))
            .collect();
    on_disk.sort();
    let stale: Vec<&String> = on_disk.iter().filter(|n| !expected.contains(n)).collect();
    assert!(
        stale.is_empty(),
        "snapshots of no generated fixture file, to delete: {stale:?}"
    );
}

#[test]
fn every_fixture_file_has_a_test() {
    let mut on_disk: Vec<String> = std::fs::read_dir(fixture_dir())
        .expect("read tests/fixtures")
        .flatten()
        // Folders hold what produced a fixture (fastapi_app/), not fixtures.
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut tested: Vec<String> = FIXTURES.iter().map(|n| format!("{n}.yaml")).collect();
    tested.sort();
    assert_eq!(
        on_disk, tested,
        "every file in tests/fixtures needs a line in `fixture_tests!` (and a snapshot)"
    );
}

/// The petstore spec of the shared corpus, which must be checked out next to this
/// repository; its absence is a setup error, not a reason to test less.
fn shared_petstore() -> PathBuf {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs/features/petstore.yaml");
    assert!(
        path.is_file(),
        "the shared spec corpus is missing: looked for {} (check out `shared` next to this \
         repository, so that `../shared/specs` exists from the workspace root)",
        path.display()
    );
    path
}

/// Runs the generator binary in `dir` with a relative `--out`, so the command quoted in
/// the file headers is the same whichever directory it runs in.
fn generate_with_cli(spec: &Path, dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_generator"))
        .current_dir(dir)
        .arg("--spec")
        .arg(spec)
        .args(["--out", "out", "--crate-name", "determinism"])
        .output()
        .expect("run generator");
    assert!(
        output.status.success(),
        "{} failed:\n{}",
        spec.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let root = dir.join("out");
    let mut files = std::collections::BTreeMap::new();
    let mut stack = vec![root.clone()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read output dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).expect("read generated file");
                let relative = path.strip_prefix(&root).expect("under out").to_path_buf();
                files.insert(relative, bytes);
            }
        }
    }
    files
}

/// Two separate processes, so differences in `HashMap` iteration order (seeded per
/// process) would show up as different bytes.
#[test]
fn output_is_byte_identical_across_runs() {
    let connectid = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/connectid.yaml");
    for path in FIXTURES
        .iter()
        .map(|n| fixture_dir().join(format!("{n}.yaml")))
        .chain([shared_petstore(), connectid])
    {
        let (a, b) = (
            tempfile::tempdir().expect("tempdir"),
            tempfile::tempdir().expect("tempdir"),
        );
        let first = generate_with_cli(&path, a.path());
        let second = generate_with_cli(&path, b.path());
        assert!(!first.is_empty(), "{}: nothing generated", path.display());
        assert_eq!(
            first.keys().collect::<Vec<_>>(),
            second.keys().collect::<Vec<_>>(),
            "{}: the two runs wrote different files",
            path.display()
        );
        for (file, bytes) in &first {
            assert!(
                second.get(file) == Some(bytes),
                "{}: {} differs between two runs",
                path.display(),
                file.display()
            );
        }
    }
}

#[test]
fn every_generated_file_starts_with_the_generated_header() {
    let files = generate("params", &fixture_dir().join("params.yaml"));
    for (path, contents) in &files {
        let first = contents.lines().next().unwrap_or_default();
        assert!(
            first.contains("@generated") && first.contains("DO NOT EDIT"),
            "{path}: {first}"
        );
        assert!(first.contains("cargo test -p generator"), "{path}: {first}");
    }
}

/// Copies the repository's `Cargo.lock` into the scratch workspace `dir`, so that cargo run
/// there with `--offline` builds the versions this repository is tested with, not the
/// newest ones in the registry index (a `cargo fetch` first downloads those versions and
/// no others). It holds every dependency of a generated crate, `generated/` being a member
/// of the repository's workspace; cargo keeps those versions, adds the scratch members and
/// drops what they do not use (`--locked` would refuse that rewrite).
fn pin_to_repository_lockfile(dir: &Path) {
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock");
    std::fs::copy(&lock, dir.join("Cargo.lock"))
        .unwrap_or_else(|e| panic!("copy {} into {}: {e}", lock.display(), dir.display()));
}

/// Generates every fixture plus the petstore from the shared corpus into one scratch
/// workspace and runs `cargo check` on it with clippy's warnings as errors, so fixture
/// output is proven to compile, not only to look right. One target directory, shared by
/// all, keeps the dependencies to a single build. The repository's lockfile pins the
/// dependencies, the scratch copies' extra dev-dependency (tokio) included.
#[test]
fn generated_fixture_crates_compile_without_warnings() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fixture-crates");
    let mut members = Vec::new();
    let mut specs: Vec<(String, PathBuf)> = FIXTURES
        .iter()
        .map(|n| (n.to_string(), fixture_dir().join(format!("{n}.yaml"))))
        .collect();
    specs.push(("petstore".into(), shared_petstore()));
    for (name, path) in &specs {
        let files = generate(name, path);
        files::sync(&scratch.join(name), &files, Mode::Write).expect("write fixture crate");
        members.push(format!("\"{name}\""));
    }
    let manifest = format!(
        "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
        members.join(", ")
    );
    std::fs::write(scratch.join("Cargo.toml"), manifest).expect("write workspace manifest");
    pin_to_repository_lockfile(&scratch);
    let cargo_bin = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    // On a fresh machine the registry cache holds what the workspace's own build
    // downloaded, and `--all-features` needs a little more (the webhooks' `hmac`). `cargo
    // fetch` downloads the lockfile's versions and resolves nothing new; where it cannot
    // reach the registry, the offline build below names what is missing.
    let _ = std::process::Command::new(&cargo_bin)
        .arg("fetch")
        .current_dir(&scratch)
        .output();
    let cargo = |args: &[&str]| {
        let cargo = &cargo_bin;
        // `--offline` after the subcommand, where `cargo clippy` passes it on too.
        let (command, rest) = args.split_first().expect("a cargo subcommand");
        let output = std::process::Command::new(cargo)
            .arg(command)
            .arg("--offline")
            .args(rest)
            .current_dir(&scratch)
            .env("CARGO_TARGET_DIR", scratch.join("target"))
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .expect("run cargo");
        assert!(
            output.status.success(),
            "`cargo {}` fails on generated crates:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
    };
    // `--all-features` includes each crate's `mock` module.
    cargo(&[
        "clippy",
        "--quiet",
        "--workspace",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]);
    // Each tag's feature compiles on its own, and so does none of them (the untagged
    // operation and what it reaches), without warnings; so do `unused-schemas` (which
    // sends and checks types that operations only receive), `full-serde` and `mock`
    // without `full`.
    let tags_manifest =
        std::fs::read_to_string(scratch.join("tags/Cargo.toml")).expect("read tags manifest");
    let features: Vec<&str> = [
        "pets",
        "store",
        "users",
        "admin-tools",
        "unused-schemas",
        "full-serde",
        "mock",
    ]
    .into_iter()
    .inspect(|f| {
        assert!(
            tags_manifest.contains(&format!("\n{f} = ")),
            "feature {f} in:\n{tags_manifest}"
        )
    })
    .chain([""])
    .collect();
    for feature in features {
        let feature = format!("fixture-tags/{feature}");
        let mut args = vec![
            "clippy",
            "--quiet",
            "-p",
            "fixture-tags",
            "--no-default-features",
        ];
        if !feature.ends_with('/') {
            args.extend(["--features", &feature]);
        }
        args.extend(["--", "-D", "warnings"]);
        cargo(&args);
    }
    // Webhooks alone compile what their payloads need of types the operations only send
    // or only receive; the operations alone compile none of it.
    for feature in ["webhooks", "orders", "subscriptions"] {
        let feature = format!("fixture-webhooks/{feature}");
        cargo(&[
            "clippy",
            "--quiet",
            "-p",
            "fixture-webhooks",
            "--no-default-features",
            "--features",
            &feature,
            "--",
            "-D",
            "warnings",
        ]);
    }
    // Behaviour, not only shape: decode and encode through the generated types.
    for (name, test) in [
        ("compositions", COMPOSITIONS_TEST),
        ("schemas", SCHEMAS_TEST),
        ("params", PARAMS_MOCK_TEST),
        ("security", SECURITY_MOCK_TEST),
        ("fastapi", FASTAPI_TEST),
        ("exact", EXACT_TEST),
        ("exact31", EXACT31_TEST),
        ("names", NAMES_TEST),
        ("bodies", BODIES_TEST),
        ("formats", include_str!("behaviour/formats.rs")),
        ("calls", CALLS_TEST),
        ("paging", include_str!("behaviour/paging.rs")),
        ("streams", include_str!("behaviour/streams.rs")),
        ("webhooks", include_str!("behaviour/webhooks.rs")),
    ] {
        let dir = scratch.join(name).join("tests");
        std::fs::create_dir_all(&dir).expect("mkdir tests");
        std::fs::write(dir.join("behaviour.rs"), test).expect("write test");
    }
    // The mock tests are async: the scratch copies (not the generator's output) get tokio;
    // the formats test builds dates with `time`'s macros and checks the wire with wiremock.
    for name in [
        "params", "security", "bodies", "exact", "calls", "formats", "paging", "streams",
        "webhooks",
    ] {
        let manifest = scratch.join(name).join("Cargo.toml");
        let mut text = std::fs::read_to_string(&manifest).expect("read manifest");
        text.push_str(
            "\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n",
        );
        if name == "formats" {
            text.push_str(
                "time = { version = \"0.3\", features = [\"macros\"] }\nwiremock = \"0.6\"\n",
            );
        }
        if name == "paging" || name == "streams" {
            text.push_str("futures-util = \"0.3\"\nserde_json = \"1\"\nwiremock = \"0.6\"\n");
        }
        if name == "paging" {
            text.push_str("serde = \"1\"\n");
        }
        // The webhook test signs its deliveries itself.
        if name == "webhooks" {
            text.push_str("hmac = \"0.12\"\nsha2 = \"0.10\"\n");
        }
        std::fs::write(&manifest, text).expect("write manifest");
    }
    cargo(&[
        "test",
        "--quiet",
        // The behaviour tests encode received values and decode sent ones, which is what
        // `full-serde` is for; they also use schemas no operation uses, which come with
        // `unused-schemas`.
        "--features",
        "fixture-params/mock fixture-security/mock fixture-calls/mock fixture-compositions/full-serde \
         fixture-compositions/unused-schemas fixture-schemas/unused-schemas fixture-names/unused-schemas \
         fixture-schemas/full-serde fixture-fastapi/full-serde fixture-exact31/full-serde \
         fixture-formats/full-serde fixture-formats/mock fixture-streams/full-serde fixture-paging/mock \
         fixture-webhooks/webhooks",
        "-p",
        "fixture-compositions",
        "-p",
        "fixture-schemas",
        "-p",
        "fixture-params",
        "-p",
        "fixture-security",
        "-p",
        "fixture-fastapi",
        "-p",
        "fixture-exact",
        "-p",
        "fixture-exact31",
        "-p",
        "fixture-names",
        "-p",
        "fixture-bodies",
        "-p",
        "fixture-formats",
        "-p",
        "fixture-calls",
        "-p",
        "fixture-paging",
        "-p",
        "fixture-streams",
        "-p",
        "fixture-webhooks",
        // No behaviour test of its own: its README's example (basic auth, user tokens)
        // compiles as a doctest.
        "-p",
        "fixture-swagger2",
    ]);
    // Docs come from spec prose, so rustdoc must accept them too (links, HTML, fences).
    cargo(&[
        "doc",
        "--quiet",
        "--no-deps",
        "--workspace",
        "--all-features",
    ]);
}

/// How operations are called: no inputs at all when every one is optional, named inputs
/// where two have one type, positional ones otherwise.
const CALLS_TEST: &str = r##"
use fixture_calls::calls::GetMemberArgs;
use fixture_calls::mock::{CreateOrder, CreateRefund, DeclineShare, GetMember, ListThings, MockServer, Reply};
use fixture_calls::models::{Decline, Membership, MembershipStatus};

#[tokio::test]
async fn an_operation_whose_inputs_are_all_optional_needs_none() {
    let server = MockServer::start().await;
    // The first expectation that matches answers, so the narrower one comes first.
    server
        .on::<ListThings>()
        .query_param("limit", 5)
        .query_param("tag", "red")
        .times(1)
        .respond_with(Reply::ok(vec!["b".to_string()]))
        .await;
    server
        .on::<ListThings>()
        .times(1)
        .respond_with(Reply::ok(vec!["a".to_string()]))
        .await;
    let client = server.client_builder().build().unwrap();
    let all = client.list_things().await.unwrap();
    assert_eq!(all.into_body(), vec!["a".to_string()]);
    // The call is a value: set what it needs, then await it (or `send` it).
    let call = client.list_things().limit(5).tag("red");
    let some = call.send().await.unwrap();
    assert_eq!(some.into_body(), vec!["b".to_string()]);
    let received = server.received::<ListThings>().await;
    assert_eq!(received[0].query_param("limit"), None);
    assert_eq!(received[1].query_param("tag"), Some("red"));
}

#[tokio::test]
async fn two_path_parameters_of_one_type_are_named() {
    let server = MockServer::start().await;
    server
        .on::<GetMember>()
        .path_param("org", "acme")
        .path_param("user", "kari")
        .times(1)
        .respond_with(Reply::ok(Membership::new(MembershipStatus::Active)))
        .await;
    let client = server.client_builder().build().unwrap();
    let member = client
        .get_member(GetMemberArgs { org: "acme", user: "kari" })
        .verbose(true)
        .await
        .unwrap();
    assert_eq!(member.into_body().status, MembershipStatus::Active);
    let received = server.received::<GetMember>().await;
    assert_eq!(received[0].path_param("org"), Some("acme"));
    assert_eq!(received[0].query_param("verbose"), Some("true"));
}

#[tokio::test]
async fn inputs_of_different_types_stay_positional() {
    let server = MockServer::start().await;
    server
        .on::<DeclineShare>()
        .path_param("org", "acme")
        .times(1)
        .respond_with(Reply::ok(Membership::new(MembershipStatus::Declined)))
        .await;
    let client = server.client_builder().build().unwrap();
    let response = client.decline_share("acme", &Decline::new("c1")).await.unwrap();
    // The HTTP status and the body's own `status` field do not meet.
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.body().status, MembershipStatus::Declined);
    assert_eq!(response.into_body().status, MembershipStatus::Declined);
}

/// A POST with an idempotency key is retried after a 503, with the same key both times;
/// the caller's own key is sent as given.
#[tokio::test]
async fn a_post_with_an_idempotency_key_is_retried_with_the_same_key() {
    let server = MockServer::start().await;
    server.on::<CreateOrder>().up_to(1).respond_with(CreateOrder::service_unavailable()).await;
    server.on::<CreateOrder>().respond_with(Reply::ok(())).await;
    let client = server.client_builder().build().unwrap();
    client.create_order(&Decline::new("c1")).await.unwrap();
    let received = server.received::<CreateOrder>().await;
    assert_eq!(received.len(), 2, "the 503, then the retry");
    let key = received[0].header("idempotency-key").unwrap().to_string();
    assert_eq!(received[1].header("idempotency-key"), Some(key.as_str()));
    assert_eq!(key.len(), 36, "a UUID: {key}");
    client.create_order(&Decline::new("c2")).idempotency_key("order-2").await.unwrap();
    let received = server.received::<CreateOrder>().await;
    assert_eq!(received[2].header("idempotency-key"), Some("order-2"));
    // Without a declared header, Fern's extension still gets a key.
    server.on::<CreateRefund>().respond_with(Reply::ok(())).await;
    client.create_refund().await.unwrap();
    let received = server.received::<CreateRefund>().await;
    assert!(received[0].header("idempotency-key").is_some());
}
"##;

/// The mock of a spec with path templates inside a segment, required and array query
/// parameters, headers and cookies: what it matches, reads back and refuses.
const PARAMS_MOCK_TEST: &str = r##"
use fixture_params::mock::{ListTags, MockServer, Reply};
use fixture_params::models::ListTagsKindsItem;

#[tokio::test]
async fn parameters_are_matched_by_name_and_read_back_typed() {
    let server = MockServer::start().await;
    server
        .on::<ListTags>()
        .path_param("itemId", 7)
        .path_param("tag", "red")
        .query_param("limit", 5)
        .times(1)
        .respond_with(Reply::ok(vec!["a".to_string(), "b".to_string()]))
        .await;
    let client = server.client_builder().build().unwrap();
    let kinds = [ListTagsKindsItem::A, ListTagsKindsItem::B];
    let tags = client.list_tags(7, "red", &kinds).limit(5).ids(vec![1, 2]).await.unwrap();
    assert_eq!(tags.into_body(), vec!["a".to_string(), "b".to_string()]);
    let received = server.received::<ListTags>().await;
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].path_param("tag"), Some("red"));
    assert_eq!(received[0].query_param("kinds"), Some("a,b"));
}

#[tokio::test]
async fn the_mock_refuses_what_the_spec_does_not_allow() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    let url = |path_and_query: &str| format!("{}{path_and_query}", server.uri());
    for (request, why) in [
        ("/items/7/tags/red.json", "the required query parameter `kinds` is missing"),
        ("/items/7/tags/red.json?kinds=a,c", "query parameter `kinds`: `c` is not one of"),
        ("/items/7/tags/red.json?kinds=a&limit=101", "query parameter `limit`: must be at most 100"),
        ("/items/7/tags/red.json?kinds=a&limit=x", "`x` is not an integer"),
        ("/items/0/tags/red.json?kinds=a", "path parameter `itemId`: must be at least 1"),
        ("/items/7/tags/much-too-long.json?kinds=a", "path parameter `tag`: must be at most 10"),
    ] {
        let status = http.get(url(request)).send().await.unwrap().status();
        assert_eq!(status.as_u16(), 400, "{request}");
        let last = server.rejections().pop().unwrap();
        assert_eq!(last.operation, "listTags");
        assert!(last.reason.contains(why), "{request}: {}", last.reason);
    }
}
"##;

/// The mock of a spec with API keys in header, query and cookie, basic and bearer
/// authentication: the mock's client builder sets them all, and the mock checks them.
const SECURITY_MOCK_TEST: &str = r##"
use fixture_security::mock::{EitherBasicOrBearer, HeaderKey, MockServer, QueryAndCookieOrNone, Reply};

#[tokio::test]
async fn the_mock_client_carries_every_scheme_the_mock_accepts() {
    let server = MockServer::start().await;
    server.on::<HeaderKey>().times(1).respond_with(Reply::ok(())).await;
    server.on::<EitherBasicOrBearer>().times(1).respond_with(Reply::ok(())).await;
    server.on::<QueryAndCookieOrNone>().times(1).respond_with(Reply::ok(())).await;
    let client = server.client_builder().build().unwrap();
    client.header_key().await.unwrap();
    client.either_basic_or_bearer().await.unwrap();
    client.query_and_cookie_or_none().await.unwrap();
    assert!(server.rejections().is_empty(), "{:?}", server.rejections());
}

#[tokio::test]
async fn requests_without_the_credentials_get_401() {
    let server = MockServer::start().await;
    let http = reqwest::Client::new();
    let uri = server.uri();
    let answer = http.get(format!("{uri}/a")).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 401);
    let answer = http
        .get(format!("{uri}/a"))
        .header("x-api-key", "wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 401);
    let reasons: Vec<String> = server.rejections().into_iter().map(|r| r.reason).collect();
    assert!(reasons[0].contains("no API key in `X-API-Key`"), "{reasons:?}");
    assert!(reasons[1].contains("wrong API key"), "{reasons:?}");
}
"##;

const COMPOSITIONS_TEST: &str = r##"
use fixture_compositions::models::*;

#[test]
fn the_discriminator_chooses_the_variant_and_stays_in_the_value() {
    let cat: Pet = serde_json::from_str(r#"{"id": 1, "petType": "kitty", "indoor": true}"#).unwrap();
    assert!(matches!(&cat, Pet::Cat(c) if c.indoor == Some(true)));
    let dog: Pet = serde_json::from_str(r#"{"id": 2, "petType": "Dog", "barks": null}"#).unwrap();
    let Pet::Dog(d) = &dog else { panic!("{dog:?}") };
    assert_eq!(d.barks, Some(None), "an explicit null is kept apart from absence");
    assert_eq!(serde_json::to_value(&dog).unwrap()["petType"], "Dog");
    assert!(serde_json::from_str::<Pet>(r#"{"petType": "kitty"}"#).is_err(), "required id");
}

#[test]
fn untagged_alternatives_are_tried_in_order() {
    assert_eq!(serde_json::from_str::<IdOrName>("7").unwrap(), IdOrName::Integer(7));
    assert_eq!(serde_json::from_str::<IdOrName>("\"x\"").unwrap(), IdOrName::String("x".into()));
    assert!(matches!(serde_json::from_str::<IdOrName>("[\"a\"]").unwrap(), IdOrName::Array(_)));
    assert!(serde_json::from_str::<IdOrName>("{}").is_err());
    let tree: Tree = serde_json::from_str(r#"{"left": "a", "right": {"left": "b"}}"#).unwrap();
    assert!(matches!(tree, Tree::Branch(_)));
}

#[test]
fn all_of_merges_and_flattens() {
    let t: Tagged = serde_json::from_str(r#"{"id": 3, "name": "n", "petType": "Dog"}"#).unwrap();
    assert_eq!(t.id, 3);
    // No discriminator here, so the first alternative that decodes wins; it sees the
    // shared properties too (flatten alone would have taken `id` away from it).
    assert!(matches!(&t.variant, TaggedVariant::Cat(c) if c.id == 3), "{t:?}");
    let back = serde_json::to_value(&t).unwrap();
    assert_eq!(back, serde_json::json!({"id": 3, "name": "n", "petType": "Dog"}));
}
"##;

const SCHEMAS_TEST: &str = r##"
use fixture_schemas::models::*;

#[test]
fn absent_and_null_are_told_apart() {
    let a: Account = serde_json::from_str(r#"{"created": "2024-01-01T00:00:00Z", "nickname": null}"#).unwrap();
    assert_eq!(a.nickname, Some(None));
    assert_eq!(a.birthday, None);
    let v = serde_json::to_value(&a).unwrap();
    assert!(v["nickname"].is_null() && v.get("nickname").is_some());
    assert!(v.get("birthday").is_none());
    let too_long = a.clone().with_nickname(Some("abcdef".into()));
    assert!(too_long.validate().is_err());
}

#[test]
fn recursive_types_decode() {
    let n: Node = serde_json::from_str(r#"{"value": 1, "next": {"value": 2}, "children": [{"value": 3}]}"#).unwrap();
    assert_eq!(n.next.as_ref().map(|n| n.value), Some(2.0));
    assert!(Node::new(0.0).validate().is_err(), "exclusiveMinimum 0");
}
"##;

/// Nullable items and map values, integers past `i64`, constraints behind a `$ref`, and
/// `null` for a required list (OpenAPI 3.0 forms).
const EXACT_TEST: &str = r##"
use fixture_exact::models::*;

#[test]
fn null_items_and_values_round_trip() {
    let b: Batch = serde_json::from_str(
        r#"{"labels": ["a", null], "sizes": [1], "notes": [null, {"text": "x"}],
            "attributes": {"k": null, "l": "v"}, "stats": {"today": {"hits": 3}}}"#,
    )
    .unwrap();
    assert_eq!(b.labels, vec![Some("a".to_string()), None]);
    let notes = b.notes.as_ref().unwrap();
    assert!(notes[0].is_none() && notes[1].as_ref().unwrap().text.as_deref() == Some("x"));
    let attributes = b.attributes.as_ref().unwrap();
    assert_eq!(attributes["k"], None);
    assert_eq!(attributes["l"].as_deref(), Some("v"));
    assert_eq!(b.stats.as_ref().unwrap()["today"].hits, Some(3));
    // Sent back as received: the nulls included.
    let v = serde_json::to_value(&b).unwrap();
    assert_eq!(v["labels"], serde_json::json!(["a", null]));
    assert_eq!(v["attributes"]["k"], serde_json::Value::Null);
}

#[test]
fn a_required_list_sent_as_null_or_left_out_is_empty() {
    let b: Batch = serde_json::from_str(r#"{"labels": [], "sizes": null}"#).unwrap();
    assert!(b.sizes.is_empty());
    let b: Batch = serde_json::from_str(r#"{"labels": null}"#).unwrap();
    assert!(b.sizes.is_empty() && b.labels.is_empty());
    // Not any other wrong type.
    assert!(serde_json::from_str::<Batch>(r#"{"labels": [], "sizes": "none"}"#).is_err());
}

#[test]
fn integers_stay_integers_with_their_bounds() {
    let b: Batch = serde_json::from_str(
        r#"{"labels": [], "sizes": [], "counter": 18446744073709551615, "ratio": 7,
            "wide": -170141183460469231731687303715884105728}"#,
    )
    .unwrap();
    assert_eq!(b.counter, Some(u64::MAX));
    assert_eq!(b.ratio, Some(7_i64));
    assert_eq!(b.wide, Some(i128::MIN));
    assert!(b.clone().with_ratio(0).validate().is_err(), "minimum: 0.5");
    assert!(b.clone().with_ratio(1).validate().is_ok());
    assert!(b.clone().with_ratio(1001).validate().is_err(), "maximum: 1e3");
    let _: Option<i64> = b.offset; // maximum 2^63: an int64 range
}

#[test]
fn constraints_travel_with_the_reference() {
    let b = Batch::new(vec![], vec![]);
    assert!(b.clone().with_code("ABC".to_string()).validate().is_ok());
    let e = b.clone().with_code("TOOLONG".to_string()).validate().unwrap_err();
    assert_eq!(e.field(), "code");
    assert!(b.with_code("abc".to_string()).validate().is_err(), "pattern");
}

#[tokio::test]
async fn parameters_are_checked_before_sending() {
    // Port 9 (discard) is never asked: a parameter that breaks its constraint stops the call.
    let client = fixture_exact::ClientBuilder::new().base_url("http://127.0.0.1:9").build().unwrap();
    let e = client.get_batch("b").code("TOOLONG".to_string()).await.unwrap_err();
    assert!(matches!(&e, fixture_exact::Error::InvalidRequest(r) if r.field() == "code"), "{e:?}");
    let e = client.get_batch("b").limit(2000).await.unwrap_err();
    assert!(matches!(&e, fixture_exact::Error::InvalidRequest(r) if r.field() == "limit"), "{e:?}");
}
"##;

/// Models named like std types do not shadow them through a glob import; acronyms stay
/// whole in field names.
const NAMES_TEST: &str = r##"
#![allow(unused_imports)]
use fixture_names::models::*;

#[test]
fn a_glob_import_of_models_leaves_std_alone() {
    let text: String = String::from("s");
    let list: Vec<u8> = Vec::new();
    let result: Result<u8, ()> = Ok(1);
    let option: Option<u8> = None;
    let boxed: Box<u8> = Box::new(1);
    assert_eq!((text.len(), list.len(), result, option, *boxed), (1, 0, Ok(1), None, 1));
    // The spec's own types, renamed.
    let _: Option<ResultModel> = None;
    let _: Option<VecModel> = None;
    let _: Option<OptionModel> = None;
}

#[test]
fn operations_named_like_the_client_s_settings_get_a_number() {
    use fixture_names::{Client, Config, Url};
    // The settings are the client's own methods, no trait import needed...
    let _: fn(&Client) -> &Config = Client::config;
    let _: fn(&Client) -> &Url = Client::base_url;
    // ... and the operations that would have taken their names are numbered.
    let _ = Client::config_2;
    let _ = Client::base_url_2;
    let _ = Client::with_config_2;
}

#[test]
fn acronyms_stay_one_word() {
    let host: HostConfig =
        serde_json::from_str(r#"{"EnableIPv4": true, "ExecIDs": ["a"], "BlkioDeviceReadIOps": 7}"#)
            .unwrap();
    assert_eq!(host.enable_ipv4, Some(true));
    assert_eq!(host.exec_ids, Some(vec!["a".to_string()]));
    assert_eq!(host.blkio_device_read_iops, Some(7));
}
"##;

/// A body in several media types: each method sends its own, as its own Content-Type,
/// to a local server that records what arrives.
const BODIES_TEST: &str = r##"
use fixture_bodies::models::Note;
use fixture_bodies::ClientBuilder;
use std::io::{Read, Write};
use std::net::TcpListener;

/// Serves `n` requests with 204 on a local port and returns each (head, body).
fn serve(n: usize) -> (String, std::thread::JoinHandle<Vec<(String, String)>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for stream in listener.incoming().take(n) {
            let mut stream = stream.unwrap();
            let mut data = Vec::new();
            let mut buf = [0u8; 4096];
            loop {
                let read = stream.read(&mut buf).unwrap();
                data.extend_from_slice(&buf[..read]);
                let text = String::from_utf8_lossy(&data).to_string();
                if let Some(end) = text.find("\r\n\r\n") {
                    let head = text[..end].to_ascii_lowercase();
                    let length = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length: "))
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(0);
                    if data.len() >= end + 4 + length {
                        seen.push((head, text[end + 4..end + 4 + length].to_string()));
                        break;
                    }
                }
                if read == 0 {
                    break;
                }
            }
            stream
                .write_all(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                .unwrap();
        }
        seen
    });
    (url, handle)
}

#[tokio::test]
async fn each_media_type_has_its_method() {
    let (url, server) = serve(3);
    let client = ClientBuilder::new().base_url(url).build().unwrap();
    let note = Note::new("hello world").with_pinned(true);
    client.create_note(&note).await.unwrap();
    client.create_note_form(&note).await.unwrap();
    client.create_note_text("just text").await.unwrap();
    // Checked before sending, whichever the media type.
    assert!(client.create_note_form(&Note::new("x".repeat(21))).await.is_err());
    let seen = server.join().unwrap();
    let content_type = |head: &str| {
        head.lines()
            .find_map(|l| l.strip_prefix("content-type: "))
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(content_type(&seen[0].0), "application/json");
    assert_eq!(seen[0].1, r#"{"text":"hello world","pinned":true}"#);
    assert_eq!(content_type(&seen[1].0), "application/x-www-form-urlencoded");
    let mut pairs: Vec<&str> = seen[1].1.split('&').collect();
    pairs.sort();
    assert_eq!(pairs, ["pinned=true", "text=hello+world"]);
    assert_eq!(content_type(&seen[2].0), "text/plain");
    assert_eq!(seen[2].1, "just text");
}
"##;

/// The 3.1 forms of the nullable items and map values, and boolean schemas.
const EXACT31_TEST: &str = r##"
use fixture_exact31::models::*;

#[test]
fn null_items_and_values_in_their_3_1_forms() {
    let b: Batch = serde_json::from_str(
        r#"{"labels": [null, "b"], "notes": [{"text": "x"}, null], "attributes": {"k": null},
            "anything": [1, "two", null], "choice": "c"}"#,
    )
    .unwrap();
    assert_eq!(b.labels, vec![None, Some("b".to_string())]);
    assert!(b.notes.as_ref().unwrap()[1].is_none());
    assert_eq!(b.attributes.as_ref().unwrap()["k"], None);
    assert_eq!(b.anything.as_ref().map(Vec::len), Some(3));
    assert_eq!(b.choice.as_deref(), Some("c"));
}

#[test]
fn integers_constraints_and_maps_in_their_3_1_forms() {
    let b: Batch = serde_json::from_str(
        r#"{"labels": [], "counter": 18446744073709551615, "ratio": 3,
            "stats": {"today": {"hits": 3}}, "code": "ABC"}"#,
    )
    .unwrap();
    assert_eq!(b.counter, Some(u64::MAX));
    assert_eq!(b.stats.as_ref().unwrap()["today"].hits, Some(3));
    assert!(b.validate().is_ok());
    assert!(b.clone().with_code("TOOLONG".to_string()).validate().is_err());
    assert!(b.clone().with_ratio(0).validate().is_err(), "exclusiveMinimum: 0.5");
    assert!(b.clone().with_ratio(1001).validate().is_err(), "maximum: 1e3");
}

#[test]
fn a_property_whose_schema_is_false_is_left_out() {
    // `legacy` and `secret` have no field; a server that sends them anyway is not refused.
    let b: Batch = serde_json::from_str(r#"{"labels": [], "legacy": 1}"#).unwrap();
    let v = serde_json::to_value(&b).unwrap();
    assert!(v.get("legacy").is_none());
    let n: Note = serde_json::from_str(r#"{"text": "t", "secret": "s"}"#).unwrap();
    assert_eq!(n.text.as_deref(), Some("t"));
}
"##;

const FASTAPI_TEST: &str = r##"
use fixture_fastapi::models::*;

const OWNER: &str = r#"{"id": 1, "name": "Ada", "score": null, "color": "red",
    "pet": {"kind": "cat", "name": "Tom"}, "id_or_name": 7, "ratio": 0.5"#;

fn owner(extra: &str) -> Owner {
    serde_json::from_str(&format!("{OWNER}{extra}}}")).unwrap()
}

#[test]
fn optional_fields_tell_absent_null_and_value_apart() {
    let o = owner("");
    assert_eq!(o.nickname, None, "absent");
    assert_eq!(o.score, None, "required, and null");
    assert_eq!(o.legacy_count, None);
    let o = owner(r#", "nickname": null, "legacy_count": null"#);
    assert_eq!(o.nickname, Some(None), "explicit null");
    assert_eq!(o.legacy_count, Some(None));
    let o = owner(r#", "nickname": "A", "legacy_count": 2, "address": {"street": "Main", "zip": null}"#);
    assert_eq!(o.nickname, Some(Some("A".to_string())));
    assert_eq!(o.legacy_count, Some(Some(2)));
    let address = o.address.clone().flatten().unwrap();
    assert_eq!(address.zip, Some(None));
    let back = serde_json::to_value(&o).unwrap();
    assert_eq!(back["nickname"], "A");
    assert!(back["score"].is_null(), "a required nullable field is sent as null");
    assert!(serde_json::from_str::<Owner>(r#"{"id": 1}"#).is_err(), "required fields");
}

#[test]
fn unions_and_literals_decode() {
    let o = owner("");
    assert!(matches!(&o.pet, OwnerPet::Cat(c) if c.name == "Tom"), "{:?}", o.pet);
    assert!(matches!(o.id_or_name, OwnerIdOrName::Integer(7)));
    assert!(o.validate().is_ok());
    let mut out_of_range = o.clone();
    out_of_range.ratio = 1.0;
    assert!(out_of_range.validate().is_err(), "exclusiveMaximum 1 is checked");
}
"##;

/// The docs the generator writes have no double spaces: none inside a line, and no
/// paragraph that starts indented by one to three spaces (`///  Build one`), which
/// markdown ignores; list and code indentation, and code blocks, are kept as written. In
/// every fixture and in ConnectID's crate.
#[test]
fn generated_docs_have_no_double_spaces() {
    let connectid = Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec/connectid.yaml");
    let crates = FIXTURES
        .iter()
        .map(|name| (*name, fixture_dir().join(format!("{name}.yaml"))))
        .chain([("connectid", connectid)]);
    let mut found = Vec::new();
    for (name, spec) in crates {
        let files = generate(name, &spec);
        for (path, text) in snapshotted(&files).filter(|(p, _)| p.ends_with(".rs")) {
            let (mut in_code, mut paragraph_start) = (false, true);
            for (i, line) in text.lines().enumerate() {
                let trimmed = line.trim_start();
                let Some(doc) = trimmed
                    .strip_prefix("///")
                    .or_else(|| trimmed.strip_prefix("//!"))
                else {
                    paragraph_start = true;
                    continue;
                };
                let doc = doc.strip_prefix(' ').unwrap_or(doc);
                if doc.trim_start().starts_with("```") {
                    in_code = !in_code;
                    continue;
                }
                let indent = doc.len() - doc.trim_start().len();
                let stray_indent = paragraph_start && (1..4).contains(&indent);
                if !in_code && (doc.trim().contains("  ") || stray_indent) {
                    found.push(format!("{name}/{path}:{}: {line}", i + 1));
                }
                paragraph_start = doc.trim().is_empty();
            }
        }
    }
    assert!(
        found.is_empty(),
        "double spaces in docs:\n{}",
        found.join("\n")
    );
}
