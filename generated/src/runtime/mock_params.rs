// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! An operation's parameters as the mock checks them: location, type and constraints.

use super::mock_check::cookies;
use std::collections::BTreeMap;
use wiremock::Request as WireRequest;

/// Where a parameter is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamIn {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In the `Cookie` header.
    Cookie,
}

/// The JSON type of a parameter's values, which says how its text is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// Text.
    String,
    /// An integer.
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// Objects and other values the mock only checks for presence.
    Other,
}

/// One parameter and the constraints the API checks on it.
#[derive(Clone, Copy, Debug)]
pub struct ParamSpec {
    /// The name on the wire.
    pub name: &'static str,
    /// Where it goes.
    pub location: ParamIn,
    /// Whether a request without it is refused.
    pub required: bool,
    /// The type of its values (of each item, for arrays).
    pub kind: ValueKind,
    /// An array: each item is checked; without `explode`, items are comma-separated.
    pub array: bool,
    /// Whether array items come as repeated parameters.
    pub explode: bool,
    /// `minLength`.
    pub min_length: Option<u64>,
    /// `maxLength`.
    pub max_length: Option<u64>,
    /// `minimum`, and whether it is exclusive.
    pub minimum: Option<(f64, bool)>,
    /// `maximum`, and whether it is exclusive.
    pub maximum: Option<(f64, bool)>,
    /// `pattern`.
    pub pattern: Option<&'static str>,
    /// The values an enum allows (empty: any).
    pub values: &'static [&'static str],
}

// Generated crates write a parameter as `ParamSpec::new(..)` and a call per constraint it
// has: a struct literal naming every field made the mock module of a large API several
// times longer, and slower to generate and to compile.
impl ParamSpec {
    /// An optional parameter with one value of `kind` and no constraints; the methods
    /// below add what the spec says.
    pub const fn new(name: &'static str, location: ParamIn, kind: ValueKind) -> Self {
        ParamSpec {
            name,
            location,
            required: false,
            kind,
            array: false,
            explode: false,
            min_length: None,
            max_length: None,
            minimum: None,
            maximum: None,
            pattern: None,
            values: &[],
        }
    }

    /// A request without it is refused.
    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// An array: its items as repeated parameters (`explode`) or comma-separated.
    pub const fn array(mut self, explode: bool) -> Self {
        self.array = true;
        self.explode = explode;
        self
    }

    /// `minLength`.
    pub const fn min_length(mut self, min: u64) -> Self {
        self.min_length = Some(min);
        self
    }

    /// `maxLength`.
    pub const fn max_length(mut self, max: u64) -> Self {
        self.max_length = Some(max);
        self
    }

    /// `minimum`, and whether it is exclusive.
    pub const fn minimum(mut self, min: f64, exclusive: bool) -> Self {
        self.minimum = Some((min, exclusive));
        self
    }

    /// `maximum`, and whether it is exclusive.
    pub const fn maximum(mut self, max: f64, exclusive: bool) -> Self {
        self.maximum = Some((max, exclusive));
        self
    }

    /// `pattern`.
    pub const fn pattern(mut self, pattern: &'static str) -> Self {
        self.pattern = Some(pattern);
        self
    }

    /// The values an enum allows.
    pub const fn values(mut self, values: &'static [&'static str]) -> Self {
        self.values = values;
        self
    }
}

pub(super) fn check_params(
    params: &[ParamSpec],
    path_params: &BTreeMap<String, String>,
    request: &WireRequest,
) -> Result<(), String> {
    let cookies = cookies(request);
    for p in params {
        let raw: Vec<String> = match p.location {
            ParamIn::Path => path_params.get(p.name).cloned().into_iter().collect(),
            ParamIn::Query => request
                .url
                .query_pairs()
                .filter(|(k, _)| k == p.name)
                .map(|(_, v)| v.into_owned())
                .collect(),
            ParamIn::Header => request
                .headers
                .get_all(p.name)
                .iter()
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
                .collect(),
            ParamIn::Cookie => cookies.get(p.name).cloned().into_iter().collect(),
        };
        let place = match p.location {
            ParamIn::Path => "path",
            ParamIn::Query => "query",
            ParamIn::Header => "header",
            ParamIn::Cookie => "cookie",
        };
        if raw.is_empty() {
            if p.required {
                return Err(format!(
                    "the required {place} parameter `{}` is missing",
                    p.name
                ));
            }
            continue;
        }
        let values: Vec<&str> = if p.array && !p.explode {
            raw.iter().flat_map(|v| v.split(',')).collect()
        } else {
            raw.iter().map(String::as_str).collect()
        };
        for value in values {
            check_value(p, value).map_err(|e| format!("{place} parameter `{}`: {e}", p.name))?;
        }
    }
    Ok(())
}

fn check_value(p: &ParamSpec, value: &str) -> Result<(), String> {
    let number = match p.kind {
        ValueKind::Integer => Some(
            value
                .parse::<i64>()
                .map_err(|_| format!("`{value}` is not an integer"))? as f64,
        ),
        ValueKind::Number => Some(
            value
                .parse::<f64>()
                .map_err(|_| format!("`{value}` is not a number"))?,
        ),
        ValueKind::Boolean if value != "true" && value != "false" => {
            return Err(format!("`{value}` is not `true` or `false`"));
        }
        _ => None,
    };
    if let Some(n) = number {
        super::validate::check_range("", n, p.minimum, p.maximum)
            .map_err(|e| e.message().to_string())?;
    }
    if p.kind == ValueKind::String {
        super::validate::check_length("", value, p.min_length, p.max_length)
            .map_err(|e| e.message().to_string())?;
        if let Some(pattern) = p.pattern {
            if let Ok(regex) = regex_lite::Regex::new(pattern) {
                if !regex.is_match(value) {
                    return Err(format!("`{value}` does not match the pattern `{pattern}`"));
                }
            }
        }
    }
    if !p.values.is_empty() && !p.values.contains(&value) {
        return Err(format!("`{value}` is not one of {:?}", p.values));
    }
    Ok(())
}
#[cfg(test)]
mod tests {
    use super::{check_value, ParamIn, ParamSpec, ValueKind};

    fn spec(kind: ValueKind) -> ParamSpec {
        ParamSpec::new("p", ParamIn::Query, kind)
    }
    #[test]
    fn values_are_checked_by_type_and_constraints() {
        assert!(check_value(&spec(ValueKind::Integer), "12").is_ok());
        assert!(check_value(&spec(ValueKind::Integer), "1.5").is_err());
        assert!(check_value(&spec(ValueKind::Boolean), "yes").is_err());
        let bounded = spec(ValueKind::Number).maximum(10.0, true);
        assert!(check_value(&bounded, "9.5").is_ok());
        assert!(check_value(&bounded, "10").is_err());
        let text = spec(ValueKind::String)
            .max_length(3)
            .pattern("^[a-z]+$")
            .values(&["ab", "abc", "ABCD"]);
        assert!(check_value(&text, "abc").is_ok());
        assert!(
            check_value(&text, "ABCD").is_err(),
            "too long, and not lower case"
        );
        assert!(check_value(&text, "x").is_err(), "not listed");
    }

    #[test]
    fn each_method_sets_the_field_it_names_and_no_other() {
        // Built in a const, as generated crates build them in statics.
        const FULL: ParamSpec = ParamSpec::new("ids", ParamIn::Header, ValueKind::Integer)
            .required()
            .array(true)
            .min_length(1)
            .max_length(2)
            .minimum(0.0, false)
            .maximum(9.0, true)
            .pattern("^[0-9]$")
            .values(&["1"]);
        // Read at run time, so that the assertions test the const, not fold into it.
        let full = std::hint::black_box(FULL);
        assert_eq!(
            (full.name, full.location, full.kind),
            ("ids", ParamIn::Header, ValueKind::Integer)
        );
        assert!(full.required && full.array && full.explode);
        assert_eq!((full.min_length, full.max_length), (Some(1), Some(2)));
        assert_eq!(
            (full.minimum, full.maximum),
            (Some((0.0, false)), Some((9.0, true)))
        );
        assert_eq!((full.pattern, full.values), (Some("^[0-9]$"), &["1"][..]));
        let plain = ParamSpec::new("p", ParamIn::Path, ValueKind::Other);
        assert!(!plain.required && !plain.array && !plain.explode);
        assert_eq!(
            (plain.min_length, plain.max_length, plain.pattern),
            (None, None, None)
        );
        assert_eq!((plain.minimum, plain.maximum), (None, None));
        assert!(plain.values.is_empty());
        assert!(
            !ParamSpec::new("q", ParamIn::Query, ValueKind::String)
                .array(false)
                .explode
        );
    }
}
