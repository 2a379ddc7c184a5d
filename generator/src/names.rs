//! Turns spec names into Rust identifiers: case conversion, keyword escapes and collisions.

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::HashSet;

/// Words that cannot be identifiers, even as raw identifiers (`r#self` is rejected by rustc).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Strict and reserved keywords of the 2024 edition: these become raw identifiers.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where",
    "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];

/// Reduces a spec name to the ASCII words heck can case: anything else separates words.
fn words(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// An `UpperCamelCase` type or variant name; `fallback` prefixes names that start with a
/// digit and stands alone for names with no usable characters.
pub fn type_name(raw: &str, fallback: &str) -> String {
    let name = words(raw).to_upper_camel_case();
    let name = if name.is_empty() {
        fallback.to_string()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{fallback}{name}")
    } else {
        name
    };
    escape(name)
}

/// A `snake_case` field, parameter or function name.
pub fn value_name(raw: &str, fallback: &str) -> String {
    let name = words(raw).to_snake_case();
    let name = if name.is_empty() {
        fallback.to_string()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{fallback}_{name}")
    } else {
        name
    };
    escape(name)
}

fn escape(name: String) -> String {
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// Hands out names that are unique within one namespace (a module, a struct's fields, an
/// enum's variants). A clash gets the smallest free numeric suffix, so the result depends
/// only on the order in which names are asked for, which the spec fixes.
#[derive(Debug, Default)]
pub struct Namespace {
    // Only asked whether it holds a key, never iterated: hash order cannot reach the output.
    taken: HashSet<String>,
}

impl Namespace {
    /// A namespace in which `reserved` are already taken (names the generator itself uses).
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Namespace {
            taken: reserved.iter().map(|s| Self::key(s)).collect(),
        }
    }

    /// Claims `name`, or `name2`, `name3`, ... if it is taken. Comparison ignores case and
    /// raw-identifier prefixes, so `Pet` and `pet` cannot both appear in generated code.
    pub fn claim(&mut self, name: String) -> String {
        let bare = name
            .trim_start_matches("r#")
            .trim_end_matches('_')
            .to_string();
        // Types and variants run the number on (`Pet2`), snake-case names separate it (`id_2`).
        let sep = if bare.starts_with(char::is_uppercase) {
            ""
        } else {
            "_"
        };
        let mut candidate = name;
        let mut key = Self::key(&candidate);
        let mut n = 2;
        while self.taken.contains(&key) {
            candidate = format!("{bare}{sep}{n}");
            key = Self::key(&candidate);
            n += 1;
        }
        self.taken.insert(key);
        candidate
    }

    fn key(name: &str) -> String {
        name.trim_start_matches("r#")
            .trim_end_matches('_')
            .to_ascii_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_leading_digits() {
        assert_eq!(value_name("type", "field"), "r#type");
        assert_eq!(value_name("self", "field"), "self_");
        assert_eq!(type_name("Self", "Type"), "Self_");
        assert_eq!(type_name("1", "Value"), "Value1");
        assert_eq!(value_name("2fa-code", "field"), "field_2fa_code");
        assert_eq!(value_name("shareCode", "field"), "share_code");
        assert_eq!(type_name("", "Value"), "Value");
        assert_eq!(type_name("ÆØÅ", "Value"), "Value");
        assert_eq!(type_name("application/json", "Type"), "ApplicationJson");
    }

    #[test]
    fn collisions_get_a_suffix() {
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        assert_eq!(ns.claim("Pet".into()), "Pet");
        assert_eq!(ns.claim("PET".into()), "PET2");
        assert_eq!(ns.claim("Unknown".into()), "Unknown2");
        let mut fields = Namespace::default();
        assert_eq!(fields.claim("r#type".into()), "r#type");
        assert_eq!(fields.claim("type_".into()), "type_2");
        assert_eq!(fields.claim("pet_id".into()), "pet_id");
        assert_eq!(fields.claim("pet_id".into()), "pet_id_2");
    }
}
