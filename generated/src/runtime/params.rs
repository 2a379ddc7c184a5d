// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Parameter serialization: OpenAPI `style`/`explode` for path, query and header values.

use serde_json::Value;

/// The OpenAPI parameter styles, for values the generated code passes as JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `form` (query, cookie): `name=a,b`, or `name=a&name=b` when exploded.
    Form,
    /// `spaceDelimited` (query arrays): `name=a b`.
    SpaceDelimited,
    /// `pipeDelimited` (query arrays): `name=a|b`.
    PipeDelimited,
    /// `deepObject` (query objects): `name[key]=value`.
    DeepObject,
    /// `simple` (path, header): `a,b`.
    Simple,
    /// `label` (path): `.a,b`, or `.a.b` when exploded.
    Label,
    /// `matrix` (path): `;name=a,b`, or `;name=a;name=b` when exploded.
    Matrix,
}

/// The JSON form of a parameter value, for styles that walk arrays and objects.
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Value {
    // Generated parameter types always serialize; `null` (sent as empty) is the fallback
    // the signature needs.
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// A scalar as parameter text; nested arrays and objects fall back to their JSON text.
pub(crate) fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// `(key, value)` pairs of an object (absent `null`s skipped), or `(None, item)` for
/// array items and scalars.
fn entries(value: &Value) -> Vec<(Option<&str>, &Value)> {
    match value {
        Value::Object(map) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (Some(k.as_str()), v))
            .collect(),
        Value::Array(items) => items.iter().map(|v| (None, v)).collect(),
        other => vec![(None, other)],
    }
}

/// Entries as text: `k=v` when exploded, else `k,v`; items as they are.
fn entry_texts(value: &Value, explode: bool) -> Vec<String> {
    entries(value)
        .into_iter()
        .map(|(k, v)| match k {
            Some(k) if explode => format!("{k}={}", scalar_text(v)),
            Some(k) => format!("{k},{}", scalar_text(v)),
            None => scalar_text(v),
        })
        .collect()
}

/// `simple` style (path and header): `a,b` for arrays; `k,v,k2,v2`, or `k=v,k2=v2` when
/// exploded, for objects.
pub fn simple_value(value: &Value, explode: bool) -> String {
    entry_texts(value, explode).join(",")
}

/// A path parameter in `simple`, `label` (`.v`) or `matrix` (`;name=v`) style.
pub fn path_value(name: &str, value: &Value, style: Style, explode: bool) -> String {
    match style {
        Style::Label => {
            let sep = if explode { "." } else { "," };
            format!(".{}", entry_texts(value, explode).join(sep))
        }
        Style::Matrix => match value {
            Value::Array(_) | Value::Object(_) if explode => entries(value)
                .into_iter()
                .map(|(k, v)| format!(";{}={}", k.unwrap_or(name), scalar_text(v)))
                .collect(),
            _ => format!(";{name}={}", simple_value(value, false)),
        },
        _ => simple_value(value, explode),
    }
}

/// The query pairs of a parameter whose value is an object, a map or an array, as its
/// `style` and `explode` say.
pub(crate) fn query_pairs(
    name: &str,
    value: &Value,
    style: Style,
    explode: bool,
) -> Vec<(String, String)> {
    let delimiter = match style {
        Style::SpaceDelimited => " ",
        Style::PipeDelimited => "|",
        _ => ",",
    };
    match (value, style) {
        (Value::Object(_), Style::DeepObject) => {
            let mut pairs = Vec::new();
            deep_object(name, value, &mut pairs);
            pairs
        }
        (Value::Object(_), Style::Form) if explode => entries(value)
            .into_iter()
            .map(|(k, v)| (k.unwrap_or(name).to_string(), scalar_text(v)))
            .collect(),
        (Value::Array(items), Style::Form) if explode => items
            .iter()
            .map(|item| (name.to_string(), scalar_text(item)))
            .collect(),
        _ => {
            let text = entries(value)
                .into_iter()
                .flat_map(|(k, v)| k.map(str::to_string).into_iter().chain([scalar_text(v)]))
                .collect::<Vec<_>>()
                .join(delimiter);
            vec![(name.to_string(), text)]
        }
    }
}

/// The pairs of a form body: each property of the object encoded as a query parameter
/// with its `encoding` style (`form`, exploded, by default); `None` if not an object.
pub(crate) fn form_pairs(
    value: &Value,
    styles: &[(&str, Style, bool)],
) -> Option<Vec<(String, String)>> {
    let Value::Object(map) = value else {
        return None;
    };
    let mut pairs = Vec::new();
    for (name, v) in map.iter().filter(|(_, v)| !v.is_null()) {
        let (style, explode) = styles
            .iter()
            .find(|(n, _, _)| n == name)
            .map_or((Style::Form, true), |(_, s, e)| (*s, *e));
        match v {
            Value::Object(_) | Value::Array(_) => {
                pairs.extend(query_pairs(name, v, style, explode))
            }
            scalar => pairs.push((name.clone(), scalar_text(scalar))),
        }
    }
    Some(pairs)
}

/// `deepObject` style: `name[key]=value`, nesting brackets for nested objects.
fn deep_object(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter().filter(|(_, v)| !v.is_null()) {
                deep_object(&format!("{prefix}[{k}]"), v, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                out.push((format!("{prefix}[]"), scalar_text(item)));
            }
        }
        other => out.push((prefix.to_string(), scalar_text(other))),
    }
}

#[cfg(test)]
mod tests {
    use super::{path_value, query_pairs, simple_value, Style};
    use serde_json::json;

    fn pairs(
        name: &str,
        value: serde_json::Value,
        style: Style,
        explode: bool,
    ) -> Vec<(String, String)> {
        query_pairs(name, &value, style, explode)
    }

    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    // Object keys come out in serde_json's map order: sorted, unless a crate in the build
    // enables `preserve_order`. The keys below are sorted, so both orders agree.

    #[test]
    fn simple_style() {
        assert_eq!(simple_value(&json!("blue"), false), "blue");
        assert_eq!(simple_value(&json!(5), false), "5");
        assert_eq!(simple_value(&json!(["a", "b"]), false), "a,b");
        assert_eq!(simple_value(&json!({"e": 1, "g": 2}), false), "e,1,g,2");
        assert_eq!(simple_value(&json!({"e": 1, "g": 2}), true), "e=1,g=2");
        assert_eq!(simple_value(&json!({"e": 1, "g": null}), true), "e=1");
    }

    #[test]
    fn label_style() {
        assert_eq!(
            path_value("c", &json!("blue"), Style::Label, false),
            ".blue"
        );
        assert_eq!(
            path_value("c", &json!(["a", "b"]), Style::Label, false),
            ".a,b"
        );
        assert_eq!(
            path_value("c", &json!(["a", "b"]), Style::Label, true),
            ".a.b"
        );
        assert_eq!(
            path_value("c", &json!({"e": 1, "g": 2}), Style::Label, true),
            ".e=1.g=2"
        );
    }

    #[test]
    fn matrix_style() {
        assert_eq!(
            path_value("c", &json!("blue"), Style::Matrix, false),
            ";c=blue"
        );
        assert_eq!(
            path_value("c", &json!(["a", "b"]), Style::Matrix, false),
            ";c=a,b"
        );
        assert_eq!(
            path_value("c", &json!(["a", "b"]), Style::Matrix, true),
            ";c=a;c=b"
        );
        assert_eq!(
            path_value("c", &json!({"e": 1, "g": 2}), Style::Matrix, true),
            ";e=1;g=2"
        );
        assert_eq!(
            path_value("c", &json!({"e": 1}), Style::Matrix, false),
            ";c=e,1"
        );
    }

    #[test]
    fn form_style() {
        assert_eq!(
            pairs("c", json!(["a", "b"]), Style::Form, false),
            owned(&[("c", "a,b")])
        );
        assert_eq!(
            pairs("c", json!(["a", "b"]), Style::Form, true),
            owned(&[("c", "a"), ("c", "b")])
        );
        assert_eq!(
            pairs("c", json!({"e": 1, "g": "x"}), Style::Form, false),
            owned(&[("c", "e,1,g,x")])
        );
        assert_eq!(
            pairs("c", json!({"e": 1, "g": "x"}), Style::Form, true),
            owned(&[("e", "1"), ("g", "x")])
        );
    }

    #[test]
    fn delimited_styles() {
        assert_eq!(
            pairs("c", json!(["a", "b"]), Style::SpaceDelimited, false),
            owned(&[("c", "a b")])
        );
        assert_eq!(
            pairs("c", json!(["a", "b"]), Style::PipeDelimited, false),
            owned(&[("c", "a|b")])
        );
    }

    #[test]
    fn deep_object_style_nests() {
        // Keys in alphabetical order, so the test holds whether or not serde_json keeps
        // insertion order (its `preserve_order` feature depends on the whole build).
        let value = json!({"filter": {"min": 1, "tags": ["a", "b"]}, "gone": null, "name": "x"});
        assert_eq!(
            pairs("q", value, Style::DeepObject, true),
            owned(&[
                ("q[filter][min]", "1"),
                ("q[filter][tags][]", "a"),
                ("q[filter][tags][]", "b"),
                ("q[name]", "x"),
            ])
        );
    }
}
