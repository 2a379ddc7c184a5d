//! Loads a spec file into `openapiv3` types; the only module that knows YAML or JSON.
//!
//! OpenAPI 3.0 is read directly; 3.1 and Swagger 2.0 are parsed to `serde_json::Value`
//! and brought into the 3.0 form by [`crate::upgrade`] first.
//!
//! `serde_yaml` is deprecated upstream; keeping it behind this module means swapping it
//! for a successor touches nothing else.

use crate::diag::{Diagnostic, Location, Severity};
use crate::pointer::pointer;
use crate::upgrade::{self, Origins, Version};
use openapiv3::OpenAPI;
use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::borrow::Cow;

/// The text of a spec and the name to show for it in diagnostics and headers.
#[derive(Clone, Debug)]
pub struct Source {
    /// The path as the user should see it (relative where possible, `/`-separated).
    pub name: String,
    /// The whole file.
    pub text: String,
}

/// Which parser reads the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Yaml,
    Json,
}

impl Source {
    fn format(&self) -> Format {
        let lower = self.name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            Format::Json
        } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
            Format::Yaml
        } else if self.text.trim_start().starts_with('{') {
            Format::Json
        } else {
            Format::Yaml
        }
    }
}

/// Only the fields needed to tell which kind of document this is.
#[derive(Deserialize)]
struct Probe {
    openapi: Option<serde_json::Value>,
    swagger: Option<serde_json::Value>,
}

/// A parsed spec in the OpenAPI 3.0 form, with what it took to get there.
#[derive(Debug)]
pub struct Loaded {
    /// The spec, converted to OpenAPI 3.0 when it was written in another version.
    pub spec: OpenAPI,
    /// The version the file was written in.
    pub version: Version,
    /// Where the nodes of `spec` are in the file, for diagnostics found later.
    pub origins: Origins,
    /// What the conversion read loosely or left out.
    pub warnings: Vec<Diagnostic>,
}

/// The version a spec is written in, or `None` if it cannot be parsed or names none
/// that is read.
pub fn version(source: &Source) -> Option<Version> {
    let probe: Probe = parse(source, source.format()).ok()?;
    check_version(&probe).ok()
}

/// The text parsed straight into `openapiv3`, with no checks, no conversion and no
/// positions: the floor that benchmarks compare generation with.
pub fn parse_only(source: &Source) -> Result<OpenAPI, Diagnostic> {
    parse(source, source.format())
}

/// Parses the spec (OpenAPI 3.0, 3.1 or Swagger 2.0), failing at its first error.
pub fn load(source: &Source) -> Result<OpenAPI, Diagnostic> {
    load_any(source, false)
        .map(|l| l.spec)
        .map_err(|mut d| d.swap_remove(0))
}

/// Parses the spec and brings it into the OpenAPI 3.0 form. With `skip_unsupported`, a
/// construct the conversion cannot express is a warning instead of an error.
pub fn load_any(source: &Source, skip_unsupported: bool) -> Result<Loaded, Vec<Diagnostic>> {
    let format = source.format();
    // The duplicate-key check must pass before the spec is parsed into openapiv3 (which
    // panics on some duplicates), but the version probe, a serde pass over the whole text
    // too, can run beside it.
    let (duplicates, probe) = std::thread::scope(|scope| {
        let probe = scope.spawn(|| probe(source, format));
        (no_duplicate_keys(source, format), probe.join())
    });
    duplicates.map_err(|d| vec![d])?;
    let (probe, top) = probe
        .map_err(|_| vec![Diagnostic::internal("reading the spec's version stopped")])?
        .map_err(|d| vec![d])?;
    let version = check_version(&probe).map_err(|d| vec![d])?;
    if version == Version::OpenApi30 {
        // Read straight from the text, so syntax-level positions come from the parser.
        return load_30(source, format, top)
            .map(|spec| Loaded {
                spec,
                version,
                origins: Origins::default(),
                warnings: Vec::new(),
            })
            .map_err(|d| vec![d]);
    }
    let doc: serde_json::Value = parse(source, format).map_err(|d| vec![d])?;
    let upgraded = match version {
        Version::Swagger2 => upgrade::v2::upgrade(doc, skip_unsupported),
        Version::OpenApi32 => upgrade::v32::upgrade(doc, skip_unsupported),
        _ => upgrade::v31::upgrade(doc, skip_unsupported),
    };
    let (errors, warnings): (Vec<_>, Vec<_>) = upgraded
        .diags
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    if !errors.is_empty() {
        return Err(errors);
    }
    let origins = upgraded.origins;
    // Through YAML text rather than straight from the `Value`: YAML's deserializer reads a
    // plain scalar as a string where a string is wanted (`version: 1`), as the 3.0 path
    // does, so a converted spec is read as leniently as a 3.0 one.
    let text = serde_yaml::to_string(&upgraded.doc).map_err(|e| {
        vec![Diagnostic::internal(format!(
            "the converted document cannot be written out: {e}"
        ))]
    })?;
    // As in `load_30`, the path is tracked only when the plain parse fails.
    if let Ok(spec) = serde_yaml::from_str::<OpenAPI>(&text) {
        return Ok(Loaded {
            spec,
            version,
            origins,
            warnings,
        });
    }
    let de = serde_yaml::Deserializer::from_str(&text);
    let spec = serde_path_to_error::deserialize(de).map_err(|e| {
        // Positions in the converted text mean nothing to the user; the pointer is
        // mapped back and located in the original file instead.
        let ptr = origins.original(&path_to_pointer(e.path()));
        vec![Diagnostic::error(
            ptr,
            format!(
                "this is not a valid OpenAPI {} node: {}",
                version.label(),
                e.inner().to_string().split(" at line ").next().unwrap_or_default()
            ),
        )
        .with_help(match version {
            Version::Swagger2 => "compare the node with the Swagger 2.0 specification (https://spec.openapis.org/oas/v2.0)",
            Version::OpenApi32 => "compare the node with the OpenAPI 3.2 specification (https://spec.openapis.org/oas/v3.2.0)",
            _ => "compare the node with the OpenAPI 3.1 specification (https://spec.openapis.org/oas/v3.1.1)",
        })]
    })?;
    Ok(Loaded {
        spec,
        version,
        origins,
        warnings,
    })
}

/// The fields that tell the version and, for JSON, the top-level members as borrowed
/// text: reading the spec in parts starts from them, and one pass over the text gives
/// both. Without members (YAML, or a top-level key with an escape), a serde pass over the
/// whole text reads the fields alone.
fn probe(source: &Source, format: Format) -> Result<(Probe, Option<Members<'_>>), Diagnostic> {
    if format == Format::Json {
        if let Ok(top) = serde_json::from_str::<Members<'_>>(&source.text) {
            // As the derived reading does, a `null` field is an absent one.
            let field = |key: &str| {
                let raw = top.get(key)?;
                serde_json::from_str::<serde_json::Value>(raw.get())
                    .ok()
                    .filter(|v| !v.is_null())
            };
            let probe = Probe {
                openapi: field("openapi"),
                swagger: field("swagger"),
            };
            return Ok((probe, Some(top)));
        }
    }
    parse::<Probe>(source, format).map(|probe| (probe, None))
}

/// Parses the whole text as `T`, with the parser's position on a syntax error.
fn parse<T: serde::de::DeserializeOwned>(source: &Source, format: Format) -> Result<T, Diagnostic> {
    match format {
        Format::Json => serde_json::from_str(&source.text).map_err(|e| {
            syntax_error(
                &e.to_string(),
                Some(Location {
                    line: e.line(),
                    column: e.column(),
                }),
            )
        }),
        Format::Yaml => serde_yaml::from_str(&source.text).map_err(|e| {
            let loc = e.location().map(|l| Location {
                line: l.line(),
                column: l.column(),
            });
            syntax_error(&e.to_string(), loc)
        }),
    }
}

/// A JSON object's members as borrowed text, in the file's order.
type Members<'a> = indexmap::IndexMap<&'a str, &'a serde_json::value::RawValue>;

/// The text of an object holding the members of `members` that `keep` selects, then
/// `extra` (more members, already written out).
fn object_text(members: &Members<'_>, keep: impl Fn(&str) -> bool, extra: &str) -> String {
    let mut text = String::from("{");
    for (key, value) in members.iter().filter(|(k, _)| keep(k)) {
        // A borrowed key has no escapes, so it is written back as it was.
        text.push('"');
        text.push_str(key);
        text.push_str("\":");
        text.push_str(value.get());
        text.push(',');
    }
    text.push_str(extra);
    if text.ends_with(',') {
        text.pop();
    }
    text.push('}');
    text
}

/// [`read_parts`] from the whole text, for the tests.
#[cfg(test)]
fn parse_json_in_parts(text: &str) -> Option<OpenAPI> {
    read_parts(serde_json::from_str(text).ok()?)
}

/// A JSON spec parsed in three parts on as many threads: the paths, the component
/// schemas, and the rest. The same `openapiv3` types read each part, so the result is
/// what reading the whole text gives (a test compares them on every JSON spec at hand);
/// serde's `flatten`, which openapiv3 uses at most levels, makes that reading copy every
/// node once more. On GitHub's 13 MB spec, splitting takes 13 ms and the longest part (the
/// schemas) 63 ms, where the whole text took about 90 ms on one core. It starts from the
/// top-level members, which the version probe splits off on its pass over the text.
/// `None` for anything unusual (a key with escapes, a part that does not parse): the
/// caller then reads the whole text, with its precise diagnostics.
fn read_parts(top: Members<'_>) -> Option<OpenAPI> {
    use openapiv3::{Components, Paths, ReferenceOr, Schema};
    type Schemas = indexmap::IndexMap<String, ReferenceOr<Schema>>;
    let paths = *top.get("paths")?;
    let components: Option<Members<'_>> = match top.get("components") {
        Some(raw) => Some(serde_json::from_str(raw.get()).ok()?),
        None => None,
    };
    let schemas = components.as_ref().and_then(|c| c.get("schemas").copied());
    std::thread::scope(|scope| {
        let paths = scope.spawn(|| serde_json::from_str::<Paths>(paths.get()).ok());
        let schemas =
            schemas.map(|raw| scope.spawn(move || serde_json::from_str::<Schemas>(raw.get()).ok()));
        // `paths` is required; an empty object stands in for it until its part is read.
        let rest = object_text(&top, |k| k != "paths" && k != "components", "\"paths\":{}");
        let mut spec: OpenAPI = serde_json::from_str(&rest).ok()?;
        if let Some(members) = &components {
            let rest = object_text(members, |k| k != "schemas", "");
            let mut components: Components = serde_json::from_str(&rest).ok()?;
            if let Some(schemas) = schemas {
                components.schemas = schemas.join().ok()??;
            }
            spec.components = Some(components);
        }
        spec.paths = paths.join().ok()??;
        Some(spec)
    })
}

fn load_30(
    source: &Source,
    format: Format,
    top: Option<Members<'_>>,
) -> Result<OpenAPI, Diagnostic> {
    if let Some(spec) = top.and_then(read_parts) {
        return Ok(spec);
    }
    // Only a failure needs the path, and tracking it cost 33 ms of GitHub's 770 ms
    // generation: a spec is parsed without it first, and again with it when that fails.
    if let Ok(spec) = parse::<OpenAPI>(source, format) {
        return Ok(spec);
    }
    let result = match format {
        Format::Json => {
            let mut de = serde_json::Deserializer::from_str(&source.text);
            serde_path_to_error::deserialize(&mut de).map_err(|e| {
                let loc = Location {
                    line: e.inner().line(),
                    column: e.inner().column(),
                };
                (e.path().clone(), e.inner().to_string(), Some(loc))
            })
        }
        Format::Yaml => {
            let de = serde_yaml::Deserializer::from_str(&source.text);
            serde_path_to_error::deserialize(de).map_err(|e| {
                let loc = e.inner().location().map(|l| Location {
                    line: l.line(),
                    column: l.column(),
                });
                (e.path().clone(), e.inner().to_string(), loc)
            })
        }
    };
    result.map_err(|(path, message, location)| {
        let ptr = path_to_pointer(&path);
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_string();
        Diagnostic {
            location,
            ..Diagnostic::error(ptr, format!("this is not a valid OpenAPI 3.0 node: {message}"))
                .with_help("compare the node with the OpenAPI 3.0.3 specification (https://spec.openapis.org/oas/v3.0.3)")
        }
    })
}

/// Refuses a mapping with the same key twice. JSON and YAML parsers keep one of the two
/// silently, and `openapiv3` panics on some (a schema with two `example`s); which one the
/// author meant is theirs to say.
fn no_duplicate_keys(source: &Source, format: Format) -> Result<(), Diagnostic> {
    let duplicate = |message: &str, location: Option<Location>| {
        let message = message.split(" at line ").next().unwrap_or(message);
        Diagnostic {
            location,
            ..Diagnostic::error(
                "#",
                format!("a key appears twice in one mapping: {message}"),
            )
            .with_help("keep one of the two entries")
        }
    };
    match format {
        Format::Yaml => match serde_yaml::from_str::<serde_yaml::Value>(&source.text) {
            Err(e) if e.to_string().contains("duplicate entry") => {
                let location = e.location().map(|l| Location {
                    line: l.line(),
                    column: l.column(),
                });
                Err(duplicate(&e.to_string(), location))
            }
            // Other syntax errors are reported by the parse that follows.
            _ => Ok(()),
        },
        Format::Json => match serde_json::from_str::<UniqueKeys>(&source.text) {
            Err(e) if e.to_string().contains("duplicate key") => Err(duplicate(
                &e.to_string(),
                Some(Location {
                    line: e.line(),
                    column: e.column(),
                }),
            )),
            _ => Ok(()),
        },
    }
}

/// A JSON value read only to find a key that appears twice in one object.
struct UniqueKeys;

impl<'de> Deserialize<'de> for UniqueKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(UniqueKeysVisitor)
    }
}

struct UniqueKeysVisitor;

impl<'de> serde::de::Visitor<'de> for UniqueKeysVisitor {
    type Value = UniqueKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<UniqueKeys, M::Error> {
        let mut seen = Seen::Few(Vec::new());
        while let Some(KeyText(key)) = map.next_key()? {
            if let Some(key) = seen.insert(key) {
                return Err(serde::de::Error::custom(format!("duplicate key `{key}`")));
            }
            map.next_value::<UniqueKeys>()?;
        }
        Ok(UniqueKeys)
    }

    fn visit_seq<S: serde::de::SeqAccess<'de>>(self, mut seq: S) -> Result<UniqueKeys, S::Error> {
        while seq.next_element::<UniqueKeys>()?.is_some() {}
        Ok(UniqueKeys)
    }

    fn visit_bool<E>(self, _: bool) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }
    fn visit_i64<E>(self, _: i64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }
    fn visit_u64<E>(self, _: u64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }
    fn visit_f64<E>(self, _: f64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }
    fn visit_str<E>(self, _: &str) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }
    fn visit_unit<E>(self) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys)
    }
}

/// A key of a JSON object, borrowed from the text unless it has escapes. The check reads
/// every key of a spec (GitHub's has about a million); an owned copy of each, and a second
/// one for the set of keys seen, were most of its time.
struct KeyText<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for KeyText<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyTextVisitor)
    }
}

struct KeyTextVisitor;

impl<'de> serde::de::Visitor<'de> for KeyTextVisitor {
    type Value = KeyText<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, key: &'de str) -> Result<KeyText<'de>, E> {
        Ok(KeyText(Cow::Borrowed(key)))
    }
    fn visit_str<E>(self, key: &str) -> Result<KeyText<'de>, E> {
        Ok(KeyText(Cow::Owned(key.to_owned())))
    }
    fn visit_string<E>(self, key: String) -> Result<KeyText<'de>, E> {
        Ok(KeyText(Cow::Owned(key)))
    }
}

/// The keys of one object met so far. Most objects have a handful, which a list searched
/// in order holds without hashing; past `FEW` keys (`paths`, `schemas`) a hash set keeps
/// the check linear.
enum Seen<'de> {
    Few(Vec<Cow<'de, str>>),
    Many(FxHashSet<Cow<'de, str>>),
}

impl<'de> Seen<'de> {
    const FEW: usize = 16;

    /// Adds `key`, or gives it back when it was met before.
    fn insert(&mut self, key: Cow<'de, str>) -> Option<Cow<'de, str>> {
        match self {
            Seen::Few(keys) if keys.contains(&key) => Some(key),
            Seen::Few(keys) if keys.len() < Self::FEW => {
                keys.push(key);
                None
            }
            Seen::Few(keys) => {
                let mut set: FxHashSet<Cow<'de, str>> = keys.drain(..).collect();
                set.insert(key);
                *self = Seen::Many(set);
                None
            }
            Seen::Many(set) if set.contains(&key) => Some(key),
            Seen::Many(set) => {
                set.insert(key);
                None
            }
        }
    }
}

fn syntax_error(message: &str, location: Option<Location>) -> Diagnostic {
    let message = message.split(" at line ").next().unwrap_or(message);
    Diagnostic {
        location,
        ..Diagnostic::error("#", format!("the file cannot be parsed: {message}"))
            .with_help("fix the syntax; a YAML or JSON linter shows the exact spot")
    }
}

fn check_version(probe: &Probe) -> Result<Version, Diagnostic> {
    if let Some(v) = &probe.swagger {
        let version = plain(v);
        return if version == "2.0" {
            Ok(Version::Swagger2)
        } else {
            Err(Diagnostic::error(
                "#/swagger",
                format!("unknown Swagger version `{version}`; the only Swagger version is 2.0"),
            )
            .with_help("set `swagger: \"2.0\"`, or write the spec as OpenAPI 3"))
        };
    }
    let Some(v) = &probe.openapi else {
        return Err(Diagnostic::error(
            "#",
            "this is not an OpenAPI document: it has no `openapi` field",
        )
        .with_help("an OpenAPI document starts with `openapi: 3.1.0` or `openapi: 3.0.3` (a Swagger one with `swagger: \"2.0\"`)"));
    };
    let version = plain(v);
    if version.starts_with("3.0") {
        Ok(Version::OpenApi30)
    } else if version.starts_with("3.1") {
        Ok(Version::OpenApi31)
    } else if version.starts_with("3.2") {
        Ok(Version::OpenApi32)
    } else {
        Err(Diagnostic::error(
            "#/openapi",
            format!("unknown OpenAPI version `{version}`; this generator reads OpenAPI 3.0.x, 3.1.x and 3.2.x and Swagger 2.0"),
        )
        .with_help("set `openapi: 3.1.0` or `openapi: 3.0.3`"))
    }
}

fn plain(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    pointer(path.iter().filter_map(|seg| match seg {
        Segment::Seq { index } => Some(index.to_string()),
        Segment::Map { key } => Some(key.clone()),
        Segment::Enum { .. } | Segment::Unknown => None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What reading the whole text gives; the parts must give the same.
    fn whole(text: &str) -> Option<OpenAPI> {
        serde_json::from_str(text).ok()
    }

    #[test]
    fn parts_read_as_the_whole_text_reads() {
        let info = r#""openapi":"3.0.3","info":{"title":"T","version":"1"}"#;
        let op = r#"{"get":{"responses":{"200":{"description":"ok"}}}}"#;
        let schema = r##"{"type":"object","properties":{"a":{"$ref":"#/components/schemas/B"}}}"##;
        let cases = [
            format!(r#"{{{info},"paths":{{}}}}"#),
            format!(
                r#"{{"x-top":[1,{{"a":null}}],{info},"paths":{{"/a":{op},"x-p":1}},"tags":[{{"name":"t"}}],"x-end":"e","unknown":3}}"#
            ),
            format!(
                r#"{{{info},"paths":{{"/a":{op}}},"components":{{"schemas":{{"A":{schema},"B":{{"type":"string"}}}},"x-c":true,"responses":{{"R":{{"description":"r"}}}}}}}}"#
            ),
            format!(r#"{{"components":{{"parameters":{{}}}},{info},"paths":{{}},"security":[]}}"#),
            format!(r#"{{{info},"paths":{{}},"components":{{}}}}"#),
        ];
        for text in &cases {
            let parts = parse_json_in_parts(text);
            assert!(parts.is_some(), "read in parts: {text}");
            assert_eq!(parts, whole(text), "{text}");
        }
    }

    #[test]
    fn unusual_text_is_left_to_the_whole_reading() {
        let info = r#""openapi":"3.0.3","info":{"title":"T","version":"1"}"#;
        for text in [
            // A key with an escape cannot be borrowed.
            format!(r#"{{{info},"paths":{{}},"x-\u0061":1}}"#),
            format!(r#"{{{info},"paths":{{}},"components":null}}"#),
            format!(r#"{{{info}}}"#),
            format!(r#"{{{info},"paths":{{"/a":{{"get":7}}}}}}"#),
            format!(r#"{{{info},"paths":{{}},"components":{{"schemas":[]}}}}"#),
            "[]".to_string(),
        ] {
            assert_eq!(parse_json_in_parts(&text), None, "{text}");
        }
    }

    /// A key met twice is found however it is written (one spelled with an escape, which
    /// cannot be borrowed) and however many keys the object has (past the short list).
    #[test]
    fn duplicate_keys_are_found_escaped_and_in_large_objects() {
        let unique = |text: &str| serde_json::from_str::<UniqueKeys>(text).map(|_| ());
        let many = |last: &str| {
            let keys: Vec<String> = (0..40).map(|i| format!(r#""k{i}":{{"x":1}}"#)).collect();
            format!(r#"{{{},{last}}}"#, keys.join(","))
        };
        assert!(unique(&many(r#""k40":[{"a":1,"b":2}]"#)).is_ok());
        for text in [
            many(r#""k3":1"#),
            many(r#""k\u0033":1"#),
            r#"{"ab":1,"a\u0062":2}"#.to_string(),
            r#"{"a":{"b":1,"c":[{"d":1,"d":2}]}}"#.to_string(),
        ] {
            let error = unique(&text).err().map(|e| e.to_string());
            assert!(
                error.as_ref().is_some_and(|e| e.contains("duplicate key")),
                "{text}: {error:?}"
            );
        }
        assert!(unique(r#"{"a":{"b":1},"b":{"a":1}}"#).is_ok());
    }

    /// Every OpenAPI 3.0 JSON spec of the shared corpus, GitHub's included.
    #[test]
    fn parts_read_every_shared_json_spec_as_the_whole_text_does() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/specs");
        assert!(
            root.join("features").is_dir(),
            "the shared spec corpus is missing: looked for {}",
            root.display()
        );
        let mut read = 0;
        for dir in ["apis-guru", "features", "large"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_none_or(|e| e != "json") {
                    continue;
                }
                let Ok(text) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let Some(spec) = whole(&text) else { continue };
                if !spec.openapi.starts_with("3.0") {
                    continue;
                }
                assert!(
                    parse_json_in_parts(&text) == Some(spec),
                    "{} reads differently in parts",
                    path.display()
                );
                read += 1;
            }
        }
        assert!(read >= 20, "only {read} OpenAPI 3.0 JSON specs found");
    }
}
