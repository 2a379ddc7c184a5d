//! Cargo features by tag: on by default for a spec with several tags, grouped past
//! crates.io's 300 features, named by the user in `generator.toml`; and the schemas no
//! operation uses, which are behind `unused-schemas` whatever the rest.

#![allow(clippy::expect_used, clippy::panic)] // A failure is a bug in the generator, shown as such.

use generator::ir::{FeaturesByTag, TagGrouping};
use generator::overrides::Overrides;
use generator::{Options, Source};

/// A spec with one GET per `(path, tags)`, and one component schema no operation uses.
fn spec(ops: &[(String, Vec<String>)]) -> Source {
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n");
    for (i, (path, tags)) in ops.iter().enumerate() {
        let tags: Vec<String> = tags.iter().map(|t| format!("'{t}'")).collect();
        let params: Vec<String> = path
            .split('/')
            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
            .map(|name| {
                format!("{{name: {name}, in: path, required: true, schema: {{type: string}}}}")
            })
            .collect();
        text.push_str(&format!(
            "  '{path}':\n    get:\n      operationId: op{i}\n      tags: [{}]\n      parameters: [{}]\n      responses:\n        '204': {{description: ok}}\n",
            tags.join(", "),
            params.join(", ")
        ));
    }
    text.push_str("components:\n  schemas:\n    Orphan:\n      type: object\n      properties:\n        name: {type: string}\n");
    Source {
        name: "tags.yaml".into(),
        text,
    }
}

fn generate(source: &Source, options: &Options) -> (String, String, String) {
    let generated = generator::generate(source, options, &Default::default())
        .unwrap_or_else(|d| panic!("{}", generator::render_diagnostics(source, &d)));
    let file = |name: &str| generated.files.get(name).cloned().unwrap_or_default();
    // `models.rs`, then its gate modules.
    let models = generated
        .files
        .iter()
        .filter(|(path, _)| *path == "src/models.rs" || path.starts_with("src/models/"))
        .map(|(_, text)| text.as_str())
        .collect();
    (file("Cargo.toml"), file("README.md"), models)
}

fn options() -> Options {
    Options {
        standalone: true,
        ..Options::new("tags")
    }
}

/// The feature names the manifest declares after `full`, in order.
fn tag_feature_names(manifest: &str) -> Vec<String> {
    let Some(start) = manifest.find("\nfull = ") else {
        return Vec::new();
    };
    manifest[start + 1..]
        .lines()
        .skip(1)
        .filter(|l| l.ends_with(" = []"))
        .map(|l| l.trim_end_matches(" = []").to_string())
        .filter(|n| n != "unused-schemas")
        .collect()
}

#[test]
fn several_tags_get_features_by_default_and_one_tag_gets_none() {
    let two = spec(&[
        ("/pets".into(), vec!["pets".into()]),
        ("/store".into(), vec!["store".into()]),
    ]);
    let (manifest, readme, _) = generate(&two, &options());
    assert_eq!(tag_feature_names(&manifest), ["pets", "store"]);
    assert!(
        manifest.contains("default = [\"full\"]\nfull = [\"pets\", \"store\"]"),
        "{manifest}"
    );
    assert!(
        manifest.contains("# Tag `pets`: 1 operation(s).\npets = []"),
        "{manifest}"
    );
    assert!(readme.contains("| `store` | `store` | 1 |"), "{readme}");

    let off = Options {
        features_by_tag: FeaturesByTag::Off,
        ..options()
    };
    let (manifest, readme, _) = generate(&two, &off);
    assert!(!manifest.contains("full = "), "{manifest}");
    assert!(!readme.contains("| Feature |"), "{readme}");

    let one = spec(&[
        ("/pets".into(), vec!["pets".into()]),
        ("/pets/{id}".into(), vec!["pets".into()]),
    ]);
    let (manifest, _, _) = generate(&one, &options());
    assert!(!manifest.contains("full = "), "{manifest}");
    let on = Options {
        features_by_tag: FeaturesByTag::On,
        ..options()
    };
    let (manifest, _, _) = generate(&one, &on);
    assert_eq!(tag_feature_names(&manifest), ["pets"]);
}

#[test]
fn schemas_no_operation_uses_are_behind_their_feature_with_or_without_tags() {
    let one = spec(&[("/pets".into(), vec!["pets".into()])]);
    let (manifest, readme, models) = generate(&one, &options());
    assert!(manifest.contains("\nunused-schemas = []"), "{manifest}");
    assert!(manifest.contains("Not a default feature"), "{manifest}");
    assert!(
        readme.contains("The 1 schema(s) that no operation uses come with the feature"),
        "{readme}"
    );
    let at = models
        .find("pub struct Orphan")
        .expect("Orphan is generated");
    let before = &models[..at];
    let gate = before
        .rfind("#[cfg(feature = \"unused-schemas\")]")
        .expect("Orphan is gated");
    assert!(
        !before[gate..].contains("pub struct"),
        "the gate is Orphan's own"
    );
}

#[test]
fn the_items_of_one_feature_are_in_files_a_build_without_it_does_not_read() {
    let source = spec(&[
        ("/pets".into(), vec!["pets".into()]),
        ("/shared".into(), vec!["pets".into(), "store".into()]),
        ("/types".into(), vec!["type".into()]),
        ("/models".into(), vec!["models".into()]),
    ]);
    let generated = generator::generate(&source, &options(), &Default::default())
        .unwrap_or_else(|d| panic!("{}", generator::render_diagnostics(&source, &d)));
    let file = |path: &str| {
        generated
            .files
            .get(path)
            .unwrap_or_else(|| panic!("{path} is generated"))
            .as_str()
    };
    // The module is declared and re-exported under the feature, in each file that has
    // items of it; a keyword names its module as a raw identifier, its file without `r#`.
    let client = file("src/client.rs");
    for (feature, module) in [("pets", "pets"), ("type", "r#type")] {
        let gate = format!("#[cfg(feature = \"{feature}\")]");
        for line in [
            format!("mod {module};"),
            format!("pub(crate) use {module}::*;"),
        ] {
            assert!(
                client.contains(&format!("{gate}\n{line}")),
                "{line} in {client}"
            );
        }
        let error = file("src/error.rs");
        assert!(
            error.contains(&format!("{gate}\npub use {module}::*;")),
            "{error}"
        );
    }
    // One feature's operations are in its files; one of several features' stays in the
    // file, which a build of any of them reads.
    let pets = file("src/client/pets.rs");
    assert!(pets.contains("pub fn op0("), "{pets}");
    assert!(!pets.contains("pub fn op1("), "{pets}");
    assert!(client.contains("pub fn op1("), "{client}");
    assert!(file("src/client/type.rs").contains("pub fn op2("));
    assert!(file("src/error/pets.rs").contains("pub enum Op0Error"));
    assert!(file("src/mock/pets.rs").contains("pub struct Op0;"));
    // What no operation uses has the `unused-schemas` module.
    let unused = file("src/models/unused_schemas.rs");
    assert!(unused.contains("pub struct Orphan"), "{unused}");
    assert!(
        file("src/models.rs").contains("#[cfg(feature = \"unused-schemas\")]\nmod unused_schemas;")
    );
    assert!(!generated.files.contains_key("src/models/pets.rs"));
    // The files import the crate's modules by name (`models::Pet`), so a tag cannot name
    // its gate module after one of them.
    assert!(client.contains("use crate::{client, error, models, runtime as __rt};"));
    assert!(
        client.contains("#[cfg(feature = \"models\")]\nmod models_2;"),
        "{client}"
    );
    assert!(file("src/client/models_2.rs").contains("pub fn op3("));
    // The items of a gate module do not repeat its gate; an item in the file keeps its own.
    let gated = |text: &str| text.lines().any(|l| l.trim_start().starts_with("#[cfg("));
    for path in [
        "src/client/pets.rs",
        "src/error/pets.rs",
        "src/mock/pets.rs",
    ] {
        assert!(!gated(file(path)), "{path}: {}", file(path));
    }
    assert!(!gated(unused), "{unused}");
    assert!(
        client.contains("#[cfg(any(feature = \"pets\", feature = \"store\"))]\n    pub fn op1("),
        "{client}"
    );
}

#[test]
fn past_300_features_tags_are_grouped_by_their_dotted_or_slashed_prefix() {
    // 320 tags in 32 groups: `g0.t0` .. `g0.t9`, `g1.t10`, ...; every tenth written with a
    // slash.
    let ops: Vec<(String, Vec<String>)> = (0..320)
        .map(|i| {
            let sep = if i % 10 == 0 { '/' } else { '.' };
            (format!("/r{i}"), vec![format!("g{}{sep}t{i}", i / 10)])
        })
        .collect();
    let source = spec(&ops);
    let (manifest, readme, _) = generate(&source, &options());
    let names = tag_feature_names(&manifest);
    assert_eq!(names.len(), 32, "{names:?}");
    assert_eq!(names[0], "g0");
    assert!(
        manifest.contains("# Tags `g0/t0`, `g0.t1`, `g0.t2`,"),
        "each group lists its tags: {manifest}"
    );
    assert!(manifest.contains("10 operation(s).\ng0 = []"), "{manifest}");
    assert!(
        manifest.contains("grouped by their dotted or slashed"),
        "{manifest}"
    );
    assert!(
        readme.contains("| `g31` | `g31/t310`, `g31.t311`,"),
        "{readme}"
    );
    assert!(
        readme.contains("grouped by their dotted or slashed prefix"),
        "{readme}"
    );

    // Asked for, the same grouping applies below the limit too.
    let few = spec(&[
        ("/a".into(), vec!["users.user".into()]),
        ("/b".into(), vec!["users.calendar".into()]),
        ("/c".into(), vec!["groups.group".into()]),
    ]);
    let prefix = Options {
        tag_grouping: Some(TagGrouping::Prefix),
        ..options()
    };
    let (manifest, _, _) = generate(&few, &prefix);
    assert_eq!(tag_feature_names(&manifest), ["users", "groups"]);
    assert!(
        manifest.contains("# Tags `users.user`, `users.calendar`: 2 operation(s).\nusers = []"),
        "{manifest}"
    );
}

#[test]
fn when_prefixes_are_still_too_many_tags_are_grouped_by_first_path_segment() {
    // 310 tags without a prefix; their paths start with one of five segments (after a
    // template, which does not count).
    let ops: Vec<(String, Vec<String>)> = (0..310)
        .map(|i| {
            (
                format!("/{{tenant}}/area{}/r{i}", i % 5),
                vec![format!("tag{i}")],
            )
        })
        .collect();
    let (manifest, readme, _) = generate(&spec(&ops), &options());
    assert_eq!(
        tag_feature_names(&manifest),
        ["area0", "area1", "area2", "area3", "area4"]
    );
    assert!(
        manifest.contains("62 operation(s).\narea0 = []"),
        "{manifest}"
    );
    assert!(
        readme.contains("grouped by the first segment of their\noperations' paths"),
        "{readme}"
    );
}

#[test]
fn groups_named_in_generator_toml_take_their_tags_whatever_the_grouping() {
    let source = spec(&[
        ("/a".into(), vec!["users.calendar".into()]),
        ("/b".into(), vec!["me.calendar".into()]),
        ("/c".into(), vec!["users.user".into()]),
    ]);
    let overrides = Overrides::parse(
        "[features]\ngroup = \"prefix\"\n[features.groups]\ncalendar = [\"users.calendar\", \"me.calendar\"]\n",
    )
    .expect("valid overrides");
    let named = Options {
        overrides,
        ..options()
    };
    let (manifest, _, _) = generate(&source, &named);
    assert_eq!(tag_feature_names(&manifest), ["calendar", "users"]);
    assert!(
        manifest.contains("# Tags `users.calendar`, `me.calendar`: 2 operation(s).\ncalendar = []"),
        "{manifest}"
    );

    // `by_tag = false` turns them off; the command line wins over the file.
    let off = Overrides::parse("[features]\nby_tag = false\n").expect("valid overrides");
    let (manifest, _, _) = generate(
        &source,
        &Options {
            overrides: off.clone(),
            ..options()
        },
    );
    assert!(!manifest.contains("full = "), "{manifest}");
    let (manifest, _, _) = generate(
        &source,
        &Options {
            overrides: off,
            features_by_tag: FeaturesByTag::On,
            ..options()
        },
    );
    assert!(manifest.contains("full = "), "{manifest}");
}

#[test]
fn a_wrong_features_section_is_refused_with_what_to_write() {
    let bad_rule =
        Overrides::parse("[features]\ngroup = \"segments\"\n").expect_err("unknown rule");
    assert!(
        bad_rule.contains("\"tag\", \"prefix\" or \"path\""),
        "{bad_rule}"
    );
    let twice = Overrides::parse("[features.groups]\na = [\"x\"]\nb = [\"x\"]\n")
        .expect_err("a tag in two groups");
    assert!(
        twice.contains("tag \"x\" is in more than one group"),
        "{twice}"
    );
    let name =
        Overrides::parse("[features.groups]\n\"1st\" = [\"x\"]\n").expect_err("a bad feature name");
    assert!(name.contains("starts with a letter"), "{name}");
}

#[test]
fn a_named_group_whose_tag_the_spec_lacks_is_a_warning() {
    let source = spec(&[
        ("/a".into(), vec!["a".into()]),
        ("/b".into(), vec!["b".into()]),
    ]);
    let overrides =
        Overrides::parse("[features.groups]\nmine = [\"a\", \"zzz\"]\n").expect("valid");
    let generated = generator::generate(
        &source,
        &Options {
            overrides,
            ..options()
        },
        &Default::default(),
    )
    .expect("generates");
    assert!(
        generated.warnings.iter().any(|w| w
            .message
            .contains("[features.groups] mine names tag \"zzz\"")),
        "{:?}",
        generated.warnings
    );
}
