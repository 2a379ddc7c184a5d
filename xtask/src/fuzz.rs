//! `cargo xtask fuzz`: feeds mutated real specs to load → generate and fails on any panic.
//!
//! cargo-fuzz needs a nightly toolchain, which this project's machines do not have, so
//! this is a structure-aware mutation loop on stable: seeds are the real specs, mutations
//! work on their JSON form (delete, replace, rename, re-point `$ref`s, splice subtrees
//! between specs) and on raw text (truncate, inject bytes), and every input runs inside
//! `catch_unwind`. A panicking input is saved so it can be replayed, and so is one the
//! generator answers with an internal error (e.g. generated code that is not valid Rust):
//! both are generator bugs, not problems of the spec.

use generator::diag::Diagnostic;
use generator::{Options, Source};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a fuzz run found.
#[derive(Debug, Default)]
pub struct Report {
    /// Inputs run.
    pub runs: u64,
    /// Inputs that generated a crate.
    pub generated: u64,
    /// Inputs refused with diagnostics.
    pub diagnosed: u64,
    /// Saved inputs that panicked.
    pub panics: Vec<PathBuf>,
    /// Saved inputs that the generator refused with an internal error.
    pub internal_errors: Vec<PathBuf>,
}

impl Report {
    /// True when no input found a generator bug.
    pub fn passed(&self) -> bool {
        self.panics.is_empty() && self.internal_errors.is_empty()
    }
}

/// How one input ended, panics aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A crate was generated.
    Generated,
    /// The spec was refused with diagnostics about the spec.
    Diagnosed,
    /// Some diagnostic is an internal error: a bug in the generator, which the spec
    /// cannot be blamed for, so it counts as a failure like a panic.
    InternalError,
}

/// Classifies a generation result: `Ok` holds the warnings, `Err` the errors.
pub fn classify(result: &Result<Vec<Diagnostic>, Vec<Diagnostic>>) -> Outcome {
    let diags = match result {
        Ok(warnings) => warnings,
        Err(errors) => errors,
    };
    if diags
        .iter()
        .any(|d| d.message.starts_with("internal error"))
    {
        Outcome::InternalError
    } else if result.is_ok() {
        Outcome::Generated
    } else {
        Outcome::Diagnosed
    }
}

/// Seeds: every spec under `dirs` up to `max_bytes`, parsed by the generator's own loader
/// and turned into JSON values.
pub fn seeds(dirs: &[PathBuf], max_bytes: u64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = dirs.to_vec();
    let mut files = Vec::new();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            if let Ok(entries) = std::fs::read_dir(&p) {
                stack.extend(entries.flatten().map(|e| e.path()));
            }
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        ) && p.metadata().is_ok_and(|m| m.len() <= max_bytes)
        {
            files.push(p);
        }
    }
    files.sort();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let source = Source {
            name: f.display().to_string(),
            text,
        };
        if let Ok(spec) = generator::load::load(&source) {
            if let Ok(value) = serde_json::to_value(&spec) {
                out.push(value);
            }
        }
    }
    out
}

const WEIRD_STRINGS: &[&str] = &[
    "",
    " ",
    "type",
    "self",
    "Self",
    "crate",
    "super",
    "_",
    "r#type",
    "Option",
    "Result",
    "Box",
    "String",
    "Client",
    "Error",
    "1st",
    "9XX",
    "ünïcødé",
    "名前",
    "*/",
    "\"#",
    "```",
    "<b>x</b>",
    "#/components/schemas/Missing",
    "#/paths",
    "#",
    "http://x",
    "{id}",
    "{",
    "}",
    "a/b",
    "~1",
    "\u{0}",
    "\u{202e}",
    "x-nullable",
    "application/json",
    "multipart/form-data",
    "text/plain",
    "*/*",
    "oneOf",
    "allOf",
    "$ref",
    "99999999999999999999",
    "-1",
    "NaN",
];

struct Mutator {
    rng: fastrand::Rng,
}

impl Mutator {
    fn string(&mut self) -> String {
        if self.rng.bool() {
            WEIRD_STRINGS[self.rng.usize(..WEIRD_STRINGS.len())].to_string()
        } else {
            (0..self.rng.usize(0..12))
                .map(|_| self.rng.char(..))
                .collect()
        }
    }

    fn scalar(&mut self) -> Value {
        match self.rng.u8(..8) {
            0 => Value::Null,
            1 => Value::Bool(self.rng.bool()),
            2 => Value::from(self.rng.i64(..)),
            3 => serde_json::Number::from_f64(self.rng.f64() * 1e300)
                .map_or(Value::Null, Value::Number),
            4 => Value::Array(Vec::new()),
            5 => Value::Object(serde_json::Map::new()),
            _ => Value::String(self.string()),
        }
    }

    /// Collects JSON pointers of every node, up to a bound.
    fn pointers(value: &Value, prefix: String, out: &mut Vec<String>) {
        if out.len() > 20_000 {
            return;
        }
        out.push(prefix.clone());
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    Self::pointers(
                        v,
                        format!("{prefix}/{}", k.replace('~', "~0").replace('/', "~1")),
                        out,
                    );
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    Self::pointers(v, format!("{prefix}/{i}"), out);
                }
            }
            _ => {}
        }
    }

    fn mutate(&mut self, spec: &mut Value, donor: &Value) {
        let mut ptrs = Vec::new();
        Self::pointers(spec, String::new(), &mut ptrs);
        let target = ptrs[self.rng.usize(..ptrs.len())].clone();
        let mut donor_ptrs = Vec::new();
        Self::pointers(donor, String::new(), &mut donor_ptrs);
        let donor_node = donor
            .pointer(&donor_ptrs[self.rng.usize(..donor_ptrs.len())])
            .cloned()
            .unwrap_or(Value::Null);
        let reference = format!("#{}", ptrs[self.rng.usize(..ptrs.len())]);
        let choice = self.rng.u8(..7);
        let new_key = self.string();
        let scalar = self.scalar();
        let Some(node) = spec.pointer_mut(&target) else {
            return;
        };
        match choice {
            // Replace the node with a scalar of any type.
            0 => *node = scalar,
            // Splice in a subtree from another spec.
            1 => *node = donor_node,
            // Re-point or add a `$ref` (to a real node, or a dangling one).
            2 => {
                let r = if reference.len() > 1 {
                    reference
                } else {
                    "#/components/schemas/Nope".into()
                };
                *node = serde_json::json!({ "$ref": r });
            }
            // Delete a key or an item.
            3 => match node {
                Value::Object(map) if !map.is_empty() => {
                    let k = map
                        .keys()
                        .nth(self.rng.usize(..map.len()))
                        .cloned()
                        .unwrap_or_default();
                    map.remove(&k);
                }
                Value::Array(items) if !items.is_empty() => {
                    items.remove(self.rng.usize(..items.len()));
                }
                _ => *node = Value::Null,
            },
            // Rename a key to something hostile.
            4 => {
                if let Value::Object(map) = node {
                    if let Some(k) = map.keys().nth(self.rng.usize(..map.len().max(1))).cloned() {
                        if let Some(v) = map.remove(&k) {
                            map.insert(new_key, v);
                        }
                    }
                }
            }
            // Add a key with a donor value.
            5 => {
                if let Value::Object(map) = node {
                    map.insert(new_key, donor_node);
                }
            }
            // Duplicate array items (collisions, repeated names).
            _ => {
                if let Value::Array(items) = node {
                    if let Some(first) = items.first().cloned() {
                        items.push(first);
                    }
                }
            }
        }
    }

    /// Occasional raw-text damage, for the parsers and the position finder.
    fn damage_text(&mut self, text: &mut String) {
        if text.is_empty() {
            return;
        }
        let mut cut = self.rng.usize(..text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if self.rng.bool() {
            text.truncate(cut);
        } else {
            let junk = self.string();
            text.insert_str(cut, &junk);
        }
    }
}

/// Runs mutated seeds through load → generate for `duration`, saving panicking inputs
/// under `save_dir`.
pub fn run(seeds: &[Value], duration: Duration, seed: u64, save_dir: &Path) -> Report {
    let mut report = Report::default();
    if seeds.is_empty() {
        return report;
    }
    let mut m = Mutator {
        rng: fastrand::Rng::with_seed(seed),
    };
    let started = Instant::now();
    // Panics are expected to be caught here; keep their messages off the terminal.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    while started.elapsed() < duration {
        let mut spec = seeds[m.rng.usize(..seeds.len())].clone();
        let donor = &seeds[m.rng.usize(..seeds.len())];
        for _ in 0..m.rng.usize(1..6) {
            m.mutate(&mut spec, donor);
        }
        let mut text = if m.rng.u8(..4) == 0 {
            serde_json::to_string_pretty(&spec).unwrap_or_default()
        } else {
            serde_json::to_string(&spec).unwrap_or_default()
        };
        if m.rng.u8(..10) == 0 {
            m.damage_text(&mut text);
        }
        // JSON is YAML too, so both loaders (and both position finders) get exercised.
        let name = if m.rng.bool() {
            "fuzz.json"
        } else {
            "fuzz.yaml"
        };
        let source = Source {
            name: name.into(),
            text,
        };
        let options = Options {
            command: "cargo xtask fuzz".into(),
            standalone: true,
            skip_unsupported: m.rng.bool(),
            ..Options::new("fuzzed")
        };
        report.runs += 1;
        // A stack overflow aborts the process before `catch_unwind` sees it; keeping the
        // input on disk first means even that leaves a reproducer.
        let _ = std::fs::create_dir_all(save_dir);
        let _ = std::fs::write(save_dir.join("last-input"), &source.text);
        // Rendering is part of the path a user sees, so diagnostics are rendered too.
        let outcome = std::panic::catch_unwind(|| {
            let result =
                generator::generate(&source, &options, &Default::default()).map(|g| g.warnings);
            let (Ok(diags) | Err(diags)) = &result;
            let _ = generator::render_diagnostics(&source, diags);
            classify(&result)
        });
        let save = |kind: &str| {
            let _ = std::fs::create_dir_all(save_dir);
            let path = save_dir.join(format!(
                "{kind}-{}-{}.{}",
                seed,
                report.runs,
                if name.ends_with("json") {
                    "json"
                } else {
                    "yaml"
                }
            ));
            let _ = std::fs::write(&path, &source.text);
            path
        };
        match outcome {
            Ok(Outcome::Generated) => report.generated += 1,
            Ok(Outcome::Diagnosed) => report.diagnosed += 1,
            Ok(Outcome::InternalError) => {
                let path = save("internal-error");
                report.internal_errors.push(path);
            }
            Err(_) => {
                let path = save("panic");
                report.panics.push(path);
            }
        }
    }
    std::panic::set_hook(default_hook);
    report
}

#[cfg(test)]
mod tests {
    use super::{Outcome, classify};
    use generator::diag::Diagnostic;

    #[test]
    fn internal_errors_are_failures_not_diagnoses() {
        let spec_error = Diagnostic::error("#/paths", "`$ref: #/x` cannot be resolved");
        let invalid_rust = Diagnostic::error(
            "#",
            "internal error: generated `src/models.rs` is not valid Rust: expected `;`",
        );
        let warning = Diagnostic::warning("#/x", "skipped: callbacks");
        assert_eq!(classify(&Err(vec![spec_error.clone()])), Outcome::Diagnosed);
        assert_eq!(
            classify(&Err(vec![spec_error.clone(), invalid_rust.clone()])),
            Outcome::InternalError
        );
        assert_eq!(
            classify(&Err(vec![Diagnostic::error(
                "#",
                "internal error: rendering Cargo.toml failed: x"
            )])),
            Outcome::InternalError
        );
        assert_eq!(classify(&Ok(vec![])), Outcome::Generated);
        assert_eq!(classify(&Ok(vec![warning])), Outcome::Generated);
        assert_eq!(classify(&Ok(vec![invalid_rust])), Outcome::InternalError);
        // Only a message that starts with it counts: a spec may quote the words.
        assert_eq!(
            classify(&Err(vec![Diagnostic::error(
                "#",
                "`internal error` is not a valid name"
            )])),
            Outcome::Diagnosed
        );
    }
}
