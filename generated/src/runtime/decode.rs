// @generated from spec/connectid.yaml. DO NOT EDIT: change the spec and run `cargo xtask codegen`.
//! Reading a JSON body into its declared type: where it fails, and the lenient reading.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// A value that lenient decoding dropped because it did not fit the spec (see
/// [`Config::lenient_decoding`](super::config::Config::lenient_decoding)).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mismatch {
    /// Where the value was in the body, e.g. `content[3].mimetype` (`.` is the body
    /// itself). Paths are read one after the other: an array item dropped earlier shifts
    /// the indexes of the items after it.
    pub path: String,
    /// What did not fit, as the decoder says it (`invalid type: null, expected a string`).
    pub message: String,
    /// The value that was there, as JSON, cut after 100 characters.
    pub found: String,
}

/// Where a body first breaks its type, and how.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) path: String,
    pub(crate) message: String,
}

impl Failure {
    fn at_root(error: impl std::fmt::Display) -> Self {
        Failure {
            path: ".".into(),
            message: error.to_string(),
        }
    }
}

/// Reads `body` once more, tracking the path, to say where it does not fit `T`. Only
/// called after the plain reading failed, so a body that fits never pays for the path.
pub(crate) fn locate<T: DeserializeOwned>(body: &[u8]) -> Failure {
    let mut de = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(_) => match de.end() {
            Err(e) => Failure::at_root(e),
            // Only reached if the two readings disagree, which they should not.
            Ok(()) => Failure::at_root("the body does not fit the declared type"),
        },
        Err(e) => Failure {
            path: e.path().to_string(),
            message: e.into_inner().to_string(),
        },
    }
}

/// How many values lenient decoding drops before it gives up on a body.
const MAX_MISMATCHES: usize = 100;

/// Decodes `body` as `T`, dropping each value that does not fit (and recording it) until
/// the rest does. A value whose removal would leave nothing (the body itself) fails.
pub(crate) fn lenient<T: DeserializeOwned>(body: &[u8]) -> Result<(T, Vec<Mismatch>), Failure> {
    let mut value: Value = serde_json::from_slice(body).map_err(Failure::at_root)?;
    let mut mismatches = Vec::new();
    loop {
        let error = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(decoded) => return Ok((decoded, mismatches)),
            Err(e) => e,
        };
        let failure = Failure {
            path: error.path().to_string(),
            message: error.inner().to_string(),
        };
        if mismatches.len() >= MAX_MISMATCHES {
            return Err(failure);
        }
        let Some(found) = remove(&mut value, error.path()) else {
            return Err(failure);
        };
        let found = short(&found);
        tracing::warn!(
            path = %failure.path,
            found = %found,
            "lenient decoding dropped a value that does not match the spec: {}",
            failure.message
        );
        mismatches.push(Mismatch {
            path: failure.path,
            message: failure.message,
            found,
        });
    }
}

/// Removes the value at `path` (as far as it leads through arrays and objects) from its
/// parent and returns it; `None` for the body itself.
fn remove(root: &mut Value, path: &serde_path_to_error::Path) -> Option<Value> {
    use serde_path_to_error::Segment;
    let steps: Vec<&Segment> = path
        .iter()
        .take_while(|s| matches!(s, Segment::Seq { .. } | Segment::Map { .. }))
        .collect();
    let (last, parents) = steps.split_last()?;
    let mut parent = root;
    for step in parents {
        parent = match (step, parent) {
            (Segment::Seq { index }, Value::Array(items)) => items.get_mut(*index)?,
            (Segment::Map { key }, Value::Object(map)) => map.get_mut(key.as_str())?,
            _ => return None,
        };
    }
    match (last, parent) {
        (Segment::Seq { index }, Value::Array(items)) if *index < items.len() => {
            Some(items.remove(*index))
        }
        (Segment::Map { key }, Value::Object(map)) => map.remove(key.as_str()),
        _ => None,
    }
}

/// A value as JSON, cut after 100 characters.
fn short(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(100) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Item {
        name: String,
        mimetype: Option<String>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Listing {
        content: Vec<Item>,
        size: Option<u32>,
    }

    #[test]
    fn locate_names_the_failing_path() {
        let body = br#"{"content":[{"name":"a"},{"name":null}],"size":1}"#;
        let failure = locate::<Listing>(body);
        assert_eq!(failure.path, "content[1].name");
        assert!(
            failure
                .message
                .starts_with("invalid type: null, expected a string"),
            "{}",
            failure.message
        );
    }

    #[test]
    fn lenient_drops_what_does_not_fit_and_says_so() {
        let body =
            br#"{"content":[{"name":"a","mimetype":7},{"name":null},{"name":"c"}],"size":"big"}"#;
        let (listing, mismatches) = lenient::<Listing>(body).unwrap();
        assert_eq!(
            listing,
            Listing {
                content: vec![
                    Item {
                        name: "a".into(),
                        mimetype: None
                    },
                    Item {
                        name: "c".into(),
                        mimetype: None
                    }
                ],
                size: None,
            }
        );
        let paths: Vec<&str> = mismatches.iter().map(|m| m.path.as_str()).collect();
        // The item whose required name is null goes with it: first the name, then the
        // item that misses it.
        assert_eq!(
            paths,
            [
                "content[0].mimetype",
                "content[1].name",
                "content[1]",
                "size"
            ]
        );
        assert_eq!(mismatches[0].found, "7");
        assert_eq!(mismatches[3].found, "\"big\"");
    }

    #[test]
    fn lenient_gives_up_on_the_body_itself() {
        let failure = lenient::<Listing>(br#"{"size":1}"#).unwrap_err();
        assert_eq!(failure.path, ".");
        assert!(failure.message.contains("missing field `content`"));
        assert_eq!(lenient::<Listing>(b"not json").unwrap_err().path, ".");
    }

    #[test]
    fn found_values_are_cut() {
        let long = Value::String("x".repeat(300));
        assert_eq!(short(&long).chars().count(), 101);
    }
}
