// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Client-side checks of the spec's constraints, called by generated `validate()` methods.

use std::sync::OnceLock;

use super::error::InvalidRequest;

/// Checks `minLength`/`maxLength`, counted in characters as JSON Schema does.
pub fn check_length(
    field: &str,
    value: &str,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), InvalidRequest> {
    let len = value.chars().count() as u64;
    if let Some(min) = min.filter(|m| len < *m) {
        return Err(InvalidRequest::new(
            field,
            format!("must be at least {min} characters long, but is {len}"),
        ));
    }
    if let Some(max) = max.filter(|m| len > *m) {
        return Err(InvalidRequest::new(
            field,
            format!("must be at most {max} characters long, but is {len}"),
        ));
    }
    Ok(())
}

/// Checks `minItems`/`maxItems`.
pub fn check_items(
    field: &str,
    len: usize,
    min: Option<u64>,
    max: Option<u64>,
) -> Result<(), InvalidRequest> {
    let len = len as u64;
    if let Some(min) = min.filter(|m| len < *m) {
        return Err(InvalidRequest::new(
            field,
            format!("must have at least {min} items, but has {len}"),
        ));
    }
    if let Some(max) = max.filter(|m| len > *m) {
        return Err(InvalidRequest::new(
            field,
            format!("must have at most {max} items, but has {len}"),
        ));
    }
    Ok(())
}

/// Checks `minimum`/`maximum`; the flag says whether the bound is exclusive.
pub fn check_range(
    field: &str,
    value: f64,
    min: Option<(f64, bool)>,
    max: Option<(f64, bool)>,
) -> Result<(), InvalidRequest> {
    if let Some((min, exclusive)) = min {
        if value < min || (exclusive && value == min) {
            let rel = if exclusive {
                "greater than"
            } else {
                "at least"
            };
            return Err(InvalidRequest::new(
                field,
                format!("must be {rel} {min}, but is {value}"),
            ));
        }
    }
    if let Some((max, exclusive)) = max {
        if value > max || (exclusive && value == max) {
            let rel = if exclusive { "less than" } else { "at most" };
            return Err(InvalidRequest::new(
                field,
                format!("must be {rel} {max}, but is {value}"),
            ));
        }
    }
    Ok(())
}

/// Checks `pattern` (an ECMA-262 regex, searched, not anchored, as JSON Schema says).
///
/// The generated code keeps one `static` cache per pattern, so each regex is compiled
/// once. A pattern regex-lite cannot compile checks nothing: the server still checks it,
/// and the generator warns about such patterns.
pub fn check_pattern(
    field: &str,
    value: &str,
    pattern: &'static str,
    cache: &'static OnceLock<Option<regex_lite::Regex>>,
) -> Result<(), InvalidRequest> {
    let regex = cache.get_or_init(|| regex_lite::Regex::new(pattern).ok());
    match regex {
        Some(regex) if !regex.is_match(value) => Err(InvalidRequest::new(
            field,
            format!("must match the pattern `{pattern}`"),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::{check_items, check_length, check_pattern, check_range};
    use std::sync::OnceLock;

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(check_length("n", "äöü", Some(3), Some(3)).is_ok());
        assert!(check_length("n", "äö", Some(3), None).is_err());
        let err = check_length("n", "abcd", None, Some(3)).err();
        assert_eq!(err.as_ref().map(|e| e.field()), Some("n"));
        assert!(check_length("n", "", None, None).is_ok());
    }

    #[test]
    fn items() {
        assert!(check_items("l", 2, Some(1), Some(2)).is_ok());
        assert!(check_items("l", 0, Some(1), None).is_err());
        assert!(check_items("l", 3, None, Some(2)).is_err());
    }

    #[test]
    fn range_inclusive_and_exclusive() {
        assert!(check_range("x", 1.0, Some((1.0, false)), Some((2.0, false))).is_ok());
        assert!(check_range("x", 2.0, Some((1.0, false)), Some((2.0, false))).is_ok());
        assert!(check_range("x", 1.0, Some((1.0, true)), None).is_err());
        assert!(check_range("x", 2.0, None, Some((2.0, true))).is_err());
        assert!(check_range("x", 0.5, Some((1.0, false)), None).is_err());
        assert!(check_range("x", 2.5, None, Some((2.0, false))).is_err());
        assert!(check_range("x", 1.5, Some((1.0, true)), Some((2.0, true))).is_ok());
    }

    #[test]
    fn pattern_is_searched_and_cached() {
        static DIGITS: OnceLock<Option<regex_lite::Regex>> = OnceLock::new();
        assert!(check_pattern("p", "ab12", "[0-9]+", &DIGITS).is_ok());
        assert!(check_pattern("p", "abc", "[0-9]+", &DIGITS).is_err());
        static ANCHORED: OnceLock<Option<regex_lite::Regex>> = OnceLock::new();
        assert!(check_pattern("p", "x12", "^[0-9]+$", &ANCHORED).is_err());
        // Look-around is beyond regex-lite: the check is skipped, not failed.
        static UNSUPPORTED: OnceLock<Option<regex_lite::Regex>> = OnceLock::new();
        assert!(check_pattern("p", "anything", "(?=a)b", &UNSUPPORTED).is_ok());
    }
}
