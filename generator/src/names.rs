//! Turns spec names into Rust identifiers: case conversion, keyword escapes and collisions.

use heck::{ToSnakeCase, ToUpperCamelCase};
use rustc_hash::FxHashSet;

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

/// Reduces a spec name to the ASCII words heck can case: anything else separates words,
/// and acronyms that end in a lower-case letter stay one word (see [`fold_acronyms`]).
fn words(raw: &str) -> String {
    let plain: String = raw
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    fold_acronyms(&plain)
}

/// Writes an acronym that continues in lower case as one capitalized word, which heck then
/// keeps whole: a plural (`ExecIDs`, `URLs`: `Ids`, `Urls`), a rate (`ReadIOps`: `Iops`),
/// a version (`EnableIPv4`: `Ipv4`). Alone, heck reads the last capital as the start of
/// the next word: `exec_i_ds`, `read_i_ops`, `enable_i_pv4`. Any other capitals followed
/// by lower case (`HTTPServer`, `getHTTPSUrl`) are split as heck splits them.
fn fold_acronyms(s: &str) -> String {
    // `s` is ASCII (see `words`), so every byte is a character: read as bytes, without a
    // `Vec<char>` per name.
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        let run = b[i..].iter().take_while(|c| c.is_ascii_uppercase()).count();
        if run < 2 {
            out.push(char::from(b[i]));
            i += 1;
            continue;
        }
        let after = i + run;
        let tail = b[after..]
            .iter()
            .take_while(|c| c.is_ascii_lowercase())
            .count();
        let tail_text = &s[after..after + tail];
        let next = b.get(after + tail).copied();
        let boundary = next.is_none_or(|c| !c.is_ascii_lowercase());
        let whole = boundary
            && match tail_text {
                "s" | "ps" => true,
                "v" => next.is_some_and(|c| c.is_ascii_digit()),
                _ => false,
            };
        if whole {
            out.push(char::from(b[i]));
            out.extend(
                b[i + 1..after]
                    .iter()
                    .map(|c| char::from(c.to_ascii_lowercase())),
            );
            out.push_str(tail_text);
            i = after + tail;
        } else {
            out.push_str(&s[i..after]);
            i = after;
        }
    }
    out
}

/// An `UpperCamelCase` type or variant name; `fallback` prefixes names that start with a
/// digit and stands alone for names with no usable characters.
pub fn type_name(raw: &str, fallback: &str) -> String {
    named(cased(raw, true), fallback, "")
}

/// `raw` in `UpperCamelCase` (`camel`) or `snake_case`, as heck cases its [`words`].
fn cased(raw: &str, camel: bool) -> String {
    if let Some(plain) = lower_words(raw) {
        return joined(plain, raw.len(), camel);
    }
    if raw.is_ascii() {
        let words = words(raw);
        return joined(ascii_words(&words).into_iter(), raw.len(), camel);
    }
    // Beyond ASCII heck cases the words, as it did every name before the paths above.
    let words = words(raw);
    if camel {
        words.to_upper_camel_case()
    } else {
        words.to_snake_case()
    }
}

/// ASCII words, not empty, cased and joined: each capitalized (`camel`) or lower case and
/// joined by `_`.
fn joined<'w>(words: impl Iterator<Item = &'w str>, len: usize, camel: bool) -> String {
    let mut name = String::with_capacity(len);
    for word in words {
        if !camel && !name.is_empty() {
            name.push('_');
        }
        let start = name.len();
        name.push_str(word);
        name[start..].make_ascii_lowercase();
        if camel {
            name[start..=start].make_ascii_uppercase();
        }
    }
    name
}

/// The words of a name heck would case without looking inside them: ASCII with no
/// capitals, so that only the characters other than letters and digits separate words
/// (`simple-user`, `created_at`). `None` for any other name.
///
/// Most names in a spec are written so, and heck cases one character at a time through
/// `fmt`: on GitHub's spec it was a seventh of the lowering. The names module's proptest
/// holds these to heck's results.
fn lower_words(raw: &str) -> Option<impl Iterator<Item = &str>> {
    raw.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
        .then(|| {
            raw.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
        })
}

/// The case of the last letter since a word began, as heck tracks it.
#[derive(Clone, Copy, PartialEq)]
enum LastLetter {
    None,
    Lower,
    Upper,
}

/// The words heck finds in ASCII text, none empty: split at anything but letters and
/// digits, after a lower-case letter (with any digits after it) that a capital follows
/// (`simpleUser`), and before the last capital of a run that lower case follows
/// (`HTTPServer`: `HTTP`, `Server`).
///
/// Microsoft Graph's names are camelCase (`microsoft.graph.user`, `ListUser`): cased by
/// heck, they were about 2% of its generation's CPU in perf, all of it in the serial
/// lowering. The names module's proptest holds this to heck.
fn ascii_words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let bytes = word.as_bytes();
        let mut start = 0;
        let mut last = LastLetter::None;
        for (i, &c) in bytes.iter().enumerate() {
            let Some(&next) = bytes.get(i + 1) else {
                out.push(&word[start..]);
                break;
            };
            let with_c = if c.is_ascii_lowercase() {
                LastLetter::Lower
            } else if c.is_ascii_uppercase() {
                LastLetter::Upper
            } else {
                last
            };
            if with_c == LastLetter::Lower && next.is_ascii_uppercase() {
                out.push(&word[start..=i]);
                start = i + 1;
                last = LastLetter::None;
            } else if last == LastLetter::Upper
                && c.is_ascii_uppercase()
                && next.is_ascii_lowercase()
            {
                out.push(&word[start..i]);
                start = i;
                last = LastLetter::None;
            } else {
                last = with_c;
            }
        }
    }
    out
}

/// `name`, with `fallback` (joined by `sep`) before a leading digit or in place of an
/// empty name, escaped where it is a keyword.
fn named(name: String, fallback: &str, sep: &str) -> String {
    let name = if name.is_empty() {
        fallback.to_string()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{fallback}{sep}{name}")
    } else {
        name
    };
    escape(name)
}

/// Names of the Rust prelude and of the std types users name most, which a type in
/// `models` must not take: `use models::*` would shadow them in the user's code.
const STD_NAMES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "ToString",
    "ToOwned",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "AsRef",
    "AsMut",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "FromIterator",
    "HashMap",
    "HashSet",
    "BTreeMap",
    "BTreeSet",
    "Cow",
    "Rc",
    "Arc",
];

/// The name of a generated type (a model): [`type_name`], with `Model` after a name of the
/// prelude or a common std type (`Result` is `ResultModel`), so that `use models::*` does
/// not shadow `Result`, `String`, `Vec` and the like in the user's code.
pub fn model_name(raw: &str, fallback: &str) -> String {
    let name = type_name(raw, fallback);
    if STD_NAMES.contains(&name.as_str()) {
        format!("{name}Model")
    } else {
        name
    }
}

/// A `snake_case` field, parameter or function name.
pub fn value_name(raw: &str, fallback: &str) -> String {
    named(cased(raw, false), fallback, "_")
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
    taken: FxHashSet<String>,
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
    use proptest::prelude::*;

    proptest! {
        /// The fast path gives heck's names: any ASCII name without capitals, with the
        /// separators specs use and some they should not.
        #[test]
        fn names_without_capitals_are_cased_as_heck_cases_them(
            raw in "[a-z0-9_ ./:$@{}~+-]{0,24}",
        ) {
            prop_assert!(lower_words(&raw).is_some());
            prop_assert_eq!(type_name(&raw, "T"), named(words(&raw).to_upper_camel_case(), "T", ""));
            prop_assert_eq!(value_name(&raw, "v"), named(words(&raw).to_snake_case(), "v", "_"));
        }

        /// So do ASCII names with capitals: camelCase, acronyms, runs of capitals and
        /// digits between them.
        #[test]
        fn names_with_capitals_are_cased_as_heck_cases_them(
            raw in "([A-Z]{0,4}[a-z0-9]{0,3}[_ .-]?){0,6}",
        ) {
            prop_assert_eq!(type_name(&raw, "T"), named(words(&raw).to_upper_camel_case(), "T", ""));
            prop_assert_eq!(value_name(&raw, "v"), named(words(&raw).to_snake_case(), "v", "_"));
        }
    }

    #[test]
    fn names_with_capitals_or_beyond_ascii_leave_the_lower_case_path() {
        assert!(lower_words("simpleUser").is_none());
        assert!(lower_words("caf\u{e9}").is_none());
        assert_eq!(ascii_words("getHTTPSUrl2fa"), ["get", "HTTPS", "Url2fa"]);
        assert_eq!(value_name("caf\u{e9}Latte", "v"), "caf_latte");
        assert_eq!(value_name("simple-user", "v"), "simple_user");
        assert_eq!(type_name("simple-user_2fa", "T"), "SimpleUser2fa");
    }

    /// Each `(raw, expected)` through `name` with `fallback`.
    fn names(name: fn(&str, &str) -> String, fallback: &str, cases: &[(&str, &str)]) {
        for (raw, want) in cases {
            assert_eq!(name(raw, fallback), *want, "{raw}");
        }
    }

    #[test]
    fn keywords_and_leading_digits() {
        names(
            value_name,
            "field",
            &[
                ("type", "r#type"),
                ("self", "self_"),
                ("2fa-code", "field_2fa_code"),
                ("shareCode", "share_code"),
            ],
        );
        names(
            type_name,
            "Value",
            &[
                ("Self", "Self_"),
                ("1", "Value1"),
                ("", "Value"),
                ("ÆØÅ", "Value"),
            ],
        );
        names(
            type_name,
            "Type",
            &[("application/json", "ApplicationJson")],
        );
    }

    #[test]
    fn acronyms_that_continue_in_lower_case_stay_one_word() {
        names(
            value_name,
            "f",
            &[
                ("EnableIPv4", "enable_ipv4"),
                ("EnableIPv6Forwarding", "enable_ipv6_forwarding"),
                ("ExecIDs", "exec_ids"),
                ("BlkioDeviceReadIOps", "blkio_device_read_iops"),
                ("URLs", "urls"),
                ("userIDsList", "user_ids_list"),
                // Other runs of capitals split as before.
                ("HTTPServer", "http_server"),
                ("getHTTPSUrl", "get_https_url"),
                ("ID", "id"),
                ("userID", "user_id"),
                ("IOError", "io_error"),
                ("APIKey", "api_key"),
            ],
        );
        names(
            type_name,
            "T",
            &[("ExecIDs", "ExecIds"), ("EnableIPv4", "EnableIpv4")],
        );
    }

    #[test]
    fn models_do_not_take_std_names() {
        names(
            model_name,
            "Type",
            &[
                ("Result", "ResultModel"),
                ("vec", "VecModel"),
                ("hash_map", "HashMapModel"),
                ("Results", "Results"),
            ],
        );
        // Variants may: they are named through their enum.
        names(type_name, "Value", &[("String", "String")]);
    }

    /// Claims each name in turn, expecting what it gets.
    fn claims(mut ns: Namespace, cases: &[(&str, &str)]) {
        for (name, want) in cases {
            assert_eq!(ns.claim(name.to_string()), *want, "{name}");
        }
    }

    #[test]
    fn collisions_get_a_suffix() {
        claims(
            Namespace::with_reserved(&["Unknown"]),
            &[("Pet", "Pet"), ("PET", "PET2"), ("Unknown", "Unknown2")],
        );
        claims(
            Namespace::default(),
            &[
                ("r#type", "r#type"),
                ("type_", "type_2"),
                ("pet_id", "pet_id"),
                ("pet_id", "pet_id_2"),
            ],
        );
    }
}
